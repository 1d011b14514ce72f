"""Checks for lesson 06, "micrograd from scratch", and its worked solution.

The learner writes a whole Value class, micrograd style: ``__init__``, then
``+`` and ``*`` with their ``_backward`` functions, then the other operations,
then ``backward()``. :class:`ReferenceValue` is the worked solution: the cells
after an exercise use it until the learner's own class passes its check.
"""

import inspect
import math
import traceback

from ..language import text, text_count
from .answers import kind_of, placeholder
from .comparing import instance_attributes
from .engine_check import COMPOSED_FORMS, LESSON_OPERATIONS, check_engine, leaf_backward_problem
from .feedback import Feedback
from .learner_code import call_learner_code, watches_kept_state

__all__ = ["ReferenceValue", "check_value_init", "check_add_mul", "check_more_operations",
           "check_engine"]


class ReferenceValue:
    """The worked solution of lesson 06: a scalar that remembers how it was made."""

    def __init__(self, data, _children=(), _op="", label=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None  # an input has nothing to pass on
        self._prev = tuple(_children)
        self._op = _op
        self.label = label

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"

    def __add__(self, other):
        other = other if isinstance(other, ReferenceValue) else ReferenceValue(other)
        out = ReferenceValue(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, ReferenceValue) else ReferenceValue(other)
        out = ReferenceValue(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, n):
        out = ReferenceValue(self.data ** n, (self,), f"**{n}")

        def _backward():
            self.grad += n * self.data ** (n - 1) * out.grad

        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = ReferenceValue(t, (self,), "tanh")

        def _backward():
            self.grad += (1 - t ** 2) * out.grad

        out._backward = _backward
        return out

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other ** -1

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def backward(self):
        topo, visited = [], set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)

        build_topo(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()


_ADD_MUL = ("+", "*")


# how check_value_init makes the Values whose _prev it reads, as a message quotes them
_MADE_BY_THE_CHECK = {"a": 'Value(2.0, label="a")', "b": "Value(-3.0)", "c": 'Value(-6.0, (a, b), "*")',
                      "z": "Value(0.0)", "g": 'Value(0.0, (z, a), "*")',
                      "d": 'Value(0.7853981633974483, (c,), "tanh", "d")'}
# how many inputs the Value has (0, 1, more) -> the message for a wrong _prev
_WRONG_PREV_KEYS = {0: "lesson06.init.wrong_prev.none", 1: "lesson06.init.wrong_prev.one",
                    2: "lesson06.init.wrong_prev.other"}


@watches_kept_state
def check_value_init(Value):
    """Exercise 1: ``Value(data, _children=(), _op="", label="")`` keeps what it is given,
    each Value its own (a second Value made from another must not change the first)."""
    if Value is None:
        return placeholder(text("lesson06.init.what"))
    if not isinstance(Value, type):
        return Feedback(False, text("lesson06.init.not_a_class", kind=kind_of(Value)))
    a, failed = _make(Value, 'Value(2.0, label="a")', 2.0, label="a")
    if failed is not None:
        return failed
    b, failed = _make(Value, "Value(-3.0)", -3.0)
    if failed is not None:
        return failed
    # what each Value holds when it is made, before another is made from it
    as_made = {"a": _held(a), "b": _held(b)}
    c, failed = _make(Value, 'Value(-6.0, (a, b), "*")', -6.0, (a, b), "*")
    if failed is not None:
        return failed
    as_made["c"] = _held(c)
    # a second Value made from others, of another size: it must leave them as they were
    # (its data has every digit a float holds: a Value keeps the number it is given)
    d, failed = _make(Value, 'Value(0.7853981633974483, (c,), "tanh", "d")', 0.7853981633974483,
                      (c,), "tanh", "d")
    if failed is not None:
        return failed
    names = {id(a): "a", id(b): "b", id(c): "c"}
    # an input that holds 0 is an input too ("if c.data != 0" in __init__ would drop it)
    z, failed = _make(Value, "Value(0.0)", 0.0)
    if failed is not None:
        return failed
    g, failed = _make(Value, 'Value(0.0, (z, a), "*")', 0.0, (z, a), "*")
    if failed is not None:
        return failed
    called = {id(node): who for who, node in (("a", a), ("b", b), ("c", c), ("d", d), ("z", z),
                                               ("g", g))}
    expected = [("data", a, 2.0), ("grad", a, 0.0), ("label", a, "a"), ("_op", a, ""),
                ("data", b, -3.0), ("grad", b, 0.0), ("label", b, ""), ("data", c, -6.0),
                ("grad", c, 0.0), ("_op", c, "*"), ("label", c, ""), ("data", d, 0.7853981633974483),
                ("grad", d, 0.0), ("_op", d, "tanh"), ("label", d, "d"), ("data", z, 0.0),
                ("label", z, ""), ("data", g, 0.0), ("grad", g, 0.0), ("label", g, "")]
    # (by position, not in a dict: a class with __eq__ and no __hash__ makes unhashable Values)
    swapped = [node for node, op, label in ((a, "a", ""), (c, "", "*"), (d, "d", "tanh"))
               if (getattr(node, "_op", None), getattr(node, "label", None)) == (op, label)]
    if len(swapped) == 3:  # self._op = label, self.label = _op, on every Value
        return Feedback(False, text("lesson06.init.op_label_swapped"))
    for name, node, want in expected:
        if not hasattr(node, name):
            return Feedback(False, text("lesson06.init.missing", name=name))
        got = getattr(node, name)
        made = as_made.get(names.get(id(node)), {})
        if got != want and name in made and _same(made[name], want):  # right until used
            user = "c" if node is not c else "d"
            return Feedback(False, text("lesson06.init.changes_inputs", call=f"{user} = {_MADE_BY_THE_CHECK[user]}",
                                        name=names[id(node)], attribute=name, before=repr(want),
                                        after=repr(got)))
        owner = next((k for k in type(node).__mro__ if name in vars(k)), None)
        if got != want and name != "grad" and owner is not None \
                and name not in instance_attributes(node):  # `Value.data = data`
            return Feedback(False, text("lesson06.init.on_the_class", name=name, want=repr(want),
                                        got=repr(got), owner=owner.__name__,
                                        form=f"self.{name} = {name}"))
        if got != want and name == "grad":
            who = names.get(id(node)) or ("d" if node is d else "g")
            return Feedback(False, text("lesson06.init.grad", got=repr(got), name=who,
                                        made=_MADE_BY_THE_CHECK[who]))
        if got != want and (name, node) in (("_op", a), ("label", b), ("label", c)) \
                and _default_of(Value, name) == got:  # label=None in the def line
            return Feedback(False, text("lesson06.init.default", name=name, want=repr(want),
                                        got=repr(got)))
        if got != want:
            who = called[id(node)]
            return Feedback(False, text("lesson06.init.not_kept", name=name, want=repr(want),
                                        got=repr(got), who=who, made=_MADE_BY_THE_CHECK[who]))
    for call, number in _NUMBERS_KEPT:  # not whole, large, small: kept as given
        node, failed = _make(Value, call, number)
        if failed is not None:
            return failed
        if not _same(getattr(node, "data", None), number):
            return Feedback(False, text("lesson06.init.not_kept", name="data", want=repr(number),
                                        got=repr(getattr(node, "data", None)), who="v", made=call))
    for name, node, inputs in (("a", a, ()), ("c", c, (a, b)), ("d", d, (c,)), ("g", g, (z, a))):
        if not hasattr(node, "_prev"):
            return Feedback(False, text("lesson06.init.no_prev"))
        prev = node._prev
        if not isinstance(prev, (tuple, list, set, frozenset)) or \
                sorted(map(id, prev)) != sorted(map(id, inputs)):
            # one list or set for all of them: making a Value changed the others
            if isinstance(prev, (list, set)) and any(
                    other is not node and getattr(other, "_prev", None) is prev
                    for other in (a, b, c, d)):
                if not inputs:  # an input of the graph: made from no Value
                    return Feedback(False, text("lesson06.init.shared_prev_input", name=name,
                                                got=repr(prev), kind=kind_of(prev)))
                return Feedback(False, text_count("lesson06.init.shared_prev", len(inputs), name=name,
                                                  got=repr(prev), kind=kind_of(prev)))
            owner = next((k for k in type(node).__mro__ if "_prev" in vars(k)), None)
            if owner is not None and "_prev" not in instance_attributes(node):  # `Value._prev = ...`
                return Feedback(False, text("lesson06.init.on_the_class", name="_prev",
                                            want=repr(tuple(inputs)), got=repr(prev),
                                            owner=owner.__name__, form="self._prev = tuple(_children)"))
            if _copies_of(prev, inputs) and all(  # the inputs' numbers, c.data for c in ...
                    isinstance(item, (int, float)) and item == inp.data
                    for item, inp in zip(prev, inputs)):
                return Feedback(False, text("lesson06.init.numbers_in_prev", name=name))
            if _copies_of(prev, inputs):
                return Feedback(False, text("lesson06.init.copies_in_prev", name=name,
                                            count=len(inputs)))
            if node is g and _holds_only(prev, [a]):  # the input of data 0 left out
                return Feedback(False, text("lesson06.init.drops_zero", made=_MADE_BY_THE_CHECK["g"]))
            return Feedback(False, text(_WRONG_PREV_KEYS[min(len(inputs), 2)],
                                        count=len(inputs), got=repr(prev)))
        if not _keeps_order(prev, inputs):
            return Feedback(False, text("lesson06.init.prev_order", name=name,
                                        made=_MADE_BY_THE_CHECK[name]))
    if not callable(getattr(a, "_backward", None)):
        return Feedback(False, text("lesson06.init.no_backward"))
    problem = leaf_backward_problem(a)
    if problem is not None:
        return problem
    problem = _order_kept_problem(Value)
    if problem is not None:
        return problem
    problem = _inputs_kept_problem(Value)  # a failing Feedback is falsy: no `or`
    if problem is not None:
        return problem
    for k in range(_MANY_VALUES):  # a label, _op, grad or _prev counted from the Values made
        late, failed = _make(Value, "Value(1.5)", 1.5)
        if failed is not None:
            return failed
        for name in ("label", "_op"):  # ("leaf" as _op once a class counter passes 2)
            if getattr(late, name, "") != "":
                return Feedback(False, text("lesson06.init.later", name=name,
                                            got=repr(getattr(late, name))))
        for name, want in (("grad", 0.0), ("data", 1.5)):
            if getattr(late, name, want) != want:
                return Feedback(False, text("lesson06.init.later_value", call="Value(1.5)",
                                            name=name, got=repr(getattr(late, name)),
                                            want=repr(want)))
        node, failed = _make(Value, 'Value(3.0, (x, a), "+")', 3.0, (late, a), "+")
        if failed is not None:
            return failed
        prev = getattr(node, "_prev", None)
        if not isinstance(prev, (tuple, list, set, frozenset)) or \
                sorted(map(id, prev)) != sorted(map(id, (late, a))):
            if k == 0:  # the first such node: its inputs, or how many came before
                return Feedback(False, text("lesson06.init.prev_not_inputs", count=2, got=repr(prev),
                                            made='Value(3.0, (x, a), "+")', want="(x, a)"))
            return Feedback(False, text("lesson06.init.later_value", call='Value(3.0, (x, a), "+")',
                                        name="_prev", got=repr(prev), want="(x, a)"))
    return Feedback(True, text("lesson06.init.right"))


# Values whose data check_value_init looks at, each made alone: an __init__ that rounds or
# cuts its number beyond some size (int(data), round beyond 10) shows, and one that treats
# 1 or -1 apart
_NUMBERS_KEPT = (("Value(1.5)", 1.5), ("Value(-13.375)", -13.375), ("Value(123.456)", 123.456),
                 ("Value(0.001)", 0.001), ("Value(1.0)", 1.0), ("Value(-1.0)", -1.0))


# Values made at the end of check_value_init, each looked at: an __init__ that goes wrong after
# some Values (a counter kept between calls) shows, as check_engine's graphs would meet it.
_MANY_VALUES = 200


def _order_kept_problem(Value, count=6):
    """New inputs x, y made into Value(1.0, (x, y), "+") and Value(1.0, (y, x), "+"): a
    _prev that does not keep the order it is given (a set made into a tuple) has the two
    in one order both times, and so shows on one of them, unless x and y share a slot of
    the set, which then keeps both orders. So ``count`` inputs are made and kept alive
    (a freed one's memory, and hash, would come back), and y is each of the others in
    turn, those in another slot than x first."""
    made, spacers = [], []
    for k in range(count):
        # (objects of one size made in a row may sit a multiple of 128 bytes apart, all in
        # one slot of a small set: a spacer of another size between them moves the next)
        spacers.append(bytearray(24 * (k % 3 + 1)))
        node, failed = _make(Value, f"Value({k + 0.5})", k + 0.5)
        if failed is not None:
            return failed
        made.append(node)
    x, others = made[0], made[1:]
    try:  # a small set has 8 slots: a hash's last 3 bits pick one
        others.sort(key=lambda y: (hash(y) - hash(x)) % 8 == 0)
    except Exception:  # unhashable (__eq__ without __hash__), or a __hash__ that raises
        pass
    for y in others:
        for call, inputs, shown_inputs in (('Value(1.0, (x, y), "+")', (x, y), "(x, y)"),
                                           ('Value(1.0, (y, x), "+")', (y, x), "(y, x)")):
            node, failed = _make(Value, call, 1.0, inputs, "+")
            if failed is not None:
                return failed
            prev = getattr(node, "_prev", None)
            if not _keeps_order(prev, inputs):
                if sorted(map(id, prev or ())) != sorted(map(id, inputs)):  # not the inputs at all
                    return Feedback(False, text("lesson06.init.prev_not_inputs", count=2,
                                                got=repr(prev), made=call, want=shown_inputs))
                return Feedback(False, text("lesson06.init.prev_order", name="e", made=call))
    return None


def _keeps_order(prev, inputs):
    """Whether ``prev`` lists ``inputs`` in their order; a set keeps no order (micrograd's
    own), and passes: a tuple or a list keeps the one it was given."""
    return not isinstance(prev, (tuple, list)) or list(map(id, prev)) == list(map(id, inputs))


def _default_of(Value, name):
    """The default that ``Value.__init__`` gives its parameter ``name`` (``inspect``'s
    ``empty`` if it has none, or no such parameter)."""
    try:
        parameter = inspect.signature(Value.__init__).parameters.get(name)
    except (TypeError, ValueError):  # a signature Python cannot read
        return inspect.Parameter.empty
    return inspect.Parameter.empty if parameter is None else parameter.default


def _inputs_kept_problem(Value):
    """A Feedback if making a Value from two others changes them (their grad, which a
    backward pass has filled, their data, ...), else None."""
    inputs = []
    for call, number in (("Value(1.5)", 1.5), ("Value(-0.5)", -0.5)):
        node, failed = _make(Value, call, number)
        if failed is not None:
            return failed
        inputs.append(node)
    p, q = inputs
    p.grad, q.grad = 0.25, -2.0  # as a backward pass leaves them
    before = [(name, node, dict(getattr(node, "__dict__", {})))
              for name, node in (("p", p), ("q", q))]
    call = 'Value(-0.75, (p, q), "*")'
    _, failed = _make(Value, call, -0.75, (p, q), "*")
    if failed is not None:
        return failed
    for name, node, attributes in before:
        for attribute, was in attributes.items():
            now = getattr(node, attribute, None)
            if now is not was and not (type(now) is type(was) and _same(now, was)):
                return Feedback(False, text("lesson06.init.changes_inputs", call=call, name=name,
                                            attribute=attribute, before=repr(was), after=repr(now)))
    return None


def _holds_only(prev, nodes):
    """Whether ``prev`` holds exactly ``nodes`` (themselves), in any order."""
    try:
        return sorted(map(id, prev)) == sorted(map(id, nodes))
    except TypeError:
        return False


def _held(node):
    """``node``'s data, grad, label and _op as they are now (those it has)."""
    return {name: getattr(node, name) for name in ("data", "grad", "label", "_op")
            if hasattr(node, name)}


def _same(a, b):
    try:
        return bool(a == b)
    except Exception:  # a learner's __eq__ that raises: not the same
        return False


def _copies_of(prev, inputs):
    """Whether ``prev`` holds as many items as ``inputs``, none of them an input itself
    (new objects made from them, ``Value(c) for c in _children``)."""
    try:
        items = list(prev)
    except TypeError:
        return False
    return len(items) == len(inputs) > 0 and not any(
        item is inp for item in items for inp in inputs)


def _make(Value, call, *args, **kwargs):
    """``Value(*args, **kwargs)`` and ``None``, or ``None`` and the feedback on
    what it raised; ``call`` is how the message writes the call."""
    return call_learner_code(Value, *args, **kwargs, doing=text("lesson06.doing.make", call=call))


@watches_kept_state
def check_add_mul(Value):
    """Exercise 2: ``+`` and ``*`` (also with plain numbers on the right), with ``_backward``.

    backward() comes in Exercise 4: the check calls each node's ``_backward``
    itself, even if the class has a backward() already."""
    if Value is None:
        return placeholder(text("lesson06.add_mul.what"))
    return check_engine(Value, operations=_ADD_MUL, backward=False)


@watches_kept_state
def check_more_operations(Value):
    """Exercise 3: ``**``, tanh, and -, /, neg, number + Value, number * Value: every
    operation check_engine requires, before backward() is written."""
    if Value is None:
        return placeholder(text("lesson06.more_operations.what"))
    verdict = check_engine(Value, operations=LESSON_OPERATIONS, backward=False)
    if verdict or not isinstance(Value, type):
        return verdict
    problem = _made_from_a_number(Value)
    return verdict if problem is None else problem


# the operations the exercise writes from others, each with its one-line form
_COMPOSED = (("__neg__", "-a", lambda a, b: -a, COMPOSED_FORMS["neg"]),
             ("__sub__", "a - b", lambda a, b: a - b, COMPOSED_FORMS["-"]),
             ("__truediv__", "a / b", lambda a, b: a / b, COMPOSED_FORMS["/"]))


def _made_from_a_number(Value):
    """A Feedback if ``-a``, ``a - b`` or ``a / b`` gives a Value with an empty ``_prev``
    (made from a number alone: no graph, no backward) while ``__init__`` keeps the
    ``_children`` it is given; else None."""
    def alone(compute):
        a, b = Value(0.75), Value(-1.25)
        if len(Value(1.0, (a, b), "+")._prev) != 2:
            return False
        out = compute(a, b)  # a new Value (not an input, changed or not), with no _prev
        return out is not a and out is not b and (a.data, b.data) == (0.75, -1.25) \
            and len(out._prev) == 0
    for method, expr, compute, form in _COMPOSED:
        empty, failed = call_learner_code(alone, compute,
                                          doing=text("lesson06.doing.compute", expr=expr))
        if failed is None and empty:
            return Feedback(False, text("engine_check.prev_empty.composite",
                                        expr=expr, method=method, form=form))
    return None
