"""Checks for lesson 02, "Values and the computational graph".

The neuron of the post 《神经网络原理1 - 导数的作用》: x1 = 2, w1 = -3, x2 = 0, w2 = 1, b = 6.8813735870195432,
n = x1*w1 + x2*w2 + b = 0.8814, o = tanh(n) = 0.7071.
"""

import math
import weakref

from ..engine import Value
from ..language import text
from ..graph import quoted
from .answers import (as_number, check_number, is_close, is_value, kind_of, listed, not_a_number,
                      parameter_names, parameters_named, placeholder, shown, shown_beside, uncalled)
from .comparing import differing
from .feedback import Feedback
from .learner_code import (call_learner_code, changed_on_repeat, mutable_defaults,
                           reads_answer_in_time, same_result, watches_kept_state)
from .special_numbers import one_at_a_time

__all__ = ["check_value_count", "check_forward", "check_neuron", "check_subtraction"]

SEED_NEURON = {"x1": 2.0, "w1": -3.0, "x2": 0.0, "w2": 1.0, "b": 6.8813735870195432}


def seed_neuron(x1=2.0, w1=-3.0, x2=0.0, w2=1.0, b=6.8813735870195432):
    """The neuron of the post 《神经网络原理1 - 导数的作用》, o = tanh(x1*w1 + x2*w2 + b), labelled as lessons 02 and 03 build it."""
    x1, w1 = Value(x1, label="x1"), Value(w1, label="w1")
    x2, w2 = Value(x2, label="x2"), Value(w2, label="w2")
    b = Value(b, label="b")
    x1w1 = x1 * w1; x1w1.label = "x1*w1"  # noqa: E702
    x2w2 = x2 * w2; x2w2.label = "x2*w2"  # noqa: E702
    s = x1w1 + x2w2; s.label = "x1*w1 + x2*w2"  # noqa: E702
    n = s + b; n.label = "n"  # noqa: E702
    o = n.tanh(); o.label = "o"  # noqa: E702
    return o


@reads_answer_in_time
def check_value_count(answer):
    """Exercise: how many Values make up the graph of L = (a*b + c) * f? (7)

    A Value is never taken for its data here: the answer is a count."""
    if is_value(answer):
        data = shown(answer.data) if as_number(answer.data) is not None else repr(answer.data)
        return Feedback(False, text("lesson02.count.value", data=data))
    return check_number(
        answer,
        what=text("lesson02.count.what"),
        kind=text("lesson02.count.kind"),
        target=7,
        tol=0,
        right=text("lesson02.count.right"),
        mistakes=[
            (10, 0, text("lesson02.count.operations_too")),
            (4, 0, text("lesson02.count.inputs_only")),
            (3, 0, text("lesson02.count.results_only")),
            (6, 0, text("lesson02.count.one_missing")),
            (8, 0, text("lesson02.count.one_too_many")),
        ],
        otherwise=lambda value: text("lesson02.count.otherwise", value=shown_beside(value, 7)),
    )


# the inputs of the exercise's neuron, by label: x2 = 1, the rest the seed's
_FORWARD_INPUTS = {"x1": 2.0, "w1": -3.0, "x2": 1.0, "w2": 1.0, "b": SEED_NEURON["b"]}


@reads_answer_in_time
def check_forward(answer):
    """Exercise: o for the seed's neuron with x2 = 1 (n = 1.8814, o = tanh(n) = 0.9546)."""
    n = 2.0 * -3.0 + 1.0 * 1.0 + SEED_NEURON["b"]
    o = math.tanh(n)
    if is_value(answer):  # a graph: its inputs must be the exercise's, not only its o
        held = {node.label: node.data for node in answer.topological_order()
                if not node._prev and getattr(node, "label", None) in _FORWARD_INPUTS}
        # (an input rounded, b = 6.881, is the o rounded: the number below says how close)
        other = [name for name in _FORWARD_INPUTS if name in held
                 and not is_close(held[name], _FORWARD_INPUTS[name], 1e-3)]
        if other:
            pairs = [differing(held[name], _FORWARD_INPUTS[name]) for name in other]
            message = text("lesson02.forward.other_input",
                           got=listed([f"{name} = {got}" for name, (got, _) in zip(other, pairs)]),
                           want=listed([f"{name} = {_FORWARD_INPUTS[name]:.17g}"  # b in full
                                        for name in other]))
            rounded = [name for name in other if _FORWARD_INPUTS[name] % 1
                       and is_close(held[name], _FORWARD_INPUTS[name], 0.005)]  # b = 6.88
            if rounded:
                message += text("lesson02.forward.input_rounded", names=listed(rounded))
            if is_close(answer.data, o, 1e-9):
                message += text("lesson02.forward.other_input_same_o")
            return Feedback(False, message + text("lesson02.forward.build_again"))
        stale = _data_overwritten(answer)
        if stale is not None:  # x2.data = 1.0 after the graph was built: its nodes keep their numbers
            node, computed = stale
            held, computed = differing(node.data, computed)
            return Feedback(False, text("lesson02.forward.stale", op=node._op, held=held,
                                        computed=computed))
    return check_number(
        answer,
        what=text("lesson02.forward.what"),
        kind=text("lesson02.forward.kind"),
        target=o,
        tol=1e-9,
        right=text("lesson02.forward.right", n=n, o=o),
        mistakes=[
            (n, 1e-4, lambda value: text("lesson02.forward.gave_n", value=value)),
            (-o, 1e-4, text("lesson02.forward.sign")),
            (math.tanh(SEED_NEURON["b"] - 6.0), 1e-4, text("lesson02.forward.lesson_o")),
            (SEED_NEURON["b"] - 6.0, 1e-4, text("lesson02.forward.lesson_n")),
            (math.tanh(2.0 * -3.0 + 1.0 * 2.0 + SEED_NEURON["b"]), 1e-4,
             text("lesson02.forward.w2_is_2")),
            (round(o), 0, lambda value: text("lesson02.forward.whole_number", value=value)),
            (math.tanh(2.0 * -3.0 + 1.0 * 1.0), 1e-4, text("lesson02.forward.no_bias")),
            (math.tanh(2.0 * -3.0 + 1.0 * 1.0 + 6.88), 5e-5,
             lambda value: text("lesson02.forward.b_rounded", value=value)),
        ],
        otherwise=lambda value: text("lesson02.forward.otherwise", value=shown_beside(value, o)),
        accepts_value=True,
    )


# points at which a learner's neuron function is tried: (x1, w1, x2, w2, b). The
# first ones make every term matter (no input is 0 or 1, n is not 0, n < 0 once);
# the seed's own numbers come next, and the first point once more, so that a
# function that keeps something from one call to the next shows it. Last, inputs
# beyond 100, not whole (x1 and x2, then w1, w2 and b), with n still small, so that
# tanh(n) is no plain 1: a neuron right only for small inputs shows there.
_FAR_POINTS = (
    (112.5, 0.75, -104.25, 0.875, 6.25),  # n = -0.59375
    (0.625, 181.25, -0.375, 570.5, 101.375),  # n = 0.71875
)
_TRIAL_POINTS = (
    (0.5, 1.5, -1.0, 2.0, 0.25),
    (-1.0, 0.3, 2.0, -0.7, -0.1),
    (2.0, -3.0, 0.0, 1.0, 6.8813735870195432),
    (3.0, 2.0, -1.0, -0.5, 0.0),  # n = 6.5: tanh is 0.999995 there, not 1
    (0.5, 1.5, -1.0, 2.0, 0.25),
    (1.0, -0.25, 2.0, 0.5, -0.75),  # n = 0 exactly: a result made apart there (Value(0.0)) shows
    (1.0, 2.0, -2.0, 1.0, 0.5),  # x1*w1 + x2*w2 = 0 exactly: the terms left out there show
    (0.0, -3.0, 1.0, 1.0, 0.0),  # x1 and b both 0 (a shortcut for two zeros shows)
    # x1 = x2 and w1 = w2 (equal numbers in two Values), with n = 0.2 near 0: code that treats
    # equal numbers apart, or leaves tanh out near 0, shows
    (0.5, 0.7, 0.5, 0.7, -0.5),
    # n = 18.5 and -250.25, beyond the lesson's slider (tanh left out above some |n| shows)
    (3.0, 4.0, -2.0, -3.0, 0.5),
    (12.5, -20.0, 3.0, -1.5, 4.25),
) + one_at_a_time((0.5, 1.5, -2.0, 2.0, 0.25)) + _FAR_POINTS  # (a shortcut for 0, 1 or -1 shows)
_NAMES = ("x1", "w1", "x2", "w2", "b")

# what a neuron that leaves something out computes, and what to tell it
_SLIPS = (
    (lambda x1, w1, x2, w2, b: math.tanh(x1 * w1 + b),
     lambda: text("lesson02.neuron.no_x2w2")),
    (lambda x1, w1, x2, w2, b: math.tanh(x2 * w2 + b),
     lambda: text("lesson02.neuron.no_x1w1")),
    (lambda x1, w1, x2, w2, b: math.tanh(x1 * w1 + x2 * w2),
     lambda: text("lesson02.neuron.no_bias")),
    (lambda x1, w1, x2, w2, b: x1 * w1 + x2 * w2 + b,
     lambda: text("lesson02.neuron.no_tanh")),
    (lambda x1, w1, x2, w2, b: max(0.0, x1 * w1 + x2 * w2 + b),
     lambda: text("lesson02.neuron.relu")),
    # tanh where n > 0 and 0 below, as relu cuts off
    (lambda x1, w1, x2, w2, b: max(0.0, math.tanh(x1 * w1 + x2 * w2 + b)),
     lambda: text("lesson02.neuron.cut_below_0")),
    (lambda x1, w1, x2, w2, b: 1.0 / (1.0 + math.exp(-(x1 * w1 + x2 * w2 + b))),
     lambda: text("lesson02.neuron.sigmoid")),
    (lambda x1, w1, x2, w2, b: math.tanh(x1 * w2 + x2 * w1 + b),
     lambda: text("lesson02.neuron.swapped")),
    (lambda x1, w1, x2, w2, b: math.tanh((x1 + w1) + (x2 + w2) + b),
     lambda: text("lesson02.neuron.added")),
    # w1 and x2 trading places: def neuron(x1, x2, w1, w2, b), or x1 * x2 + w1 * w2 written
    (lambda x1, w1, x2, w2, b: math.tanh(x1 * x2 + w1 * w2 + b), None),
)
# whether the def line lists the exercise's parameters in its order -> where w1 and x2 trade places
_TRADED_KEYS = {True: "lesson02.neuron.pairs_inputs", False: "lesson02.neuron.parameter_order",
                None: "lesson02.neuron.traded_places"}


def _n(point):
    x1, w1, x2, w2, b = point
    return x1 * w1 + x2 * w2 + b


def _changed_input(inputs, point):
    """A Feedback if the learner's neuron changed the data, grad, links or label of a
    Value it was given, else ``None``: its inputs must be left as they are."""
    for name, value, was in zip(_NAMES, inputs, point):  # by position: labels may change
        if value.data != was:
            if isinstance(value.data, float):
                now, was_text = differing(value.data, was)  # never "0.25, not 0.25"
            else:
                now, was_text = repr(value.data), f"{was:g}"
            return Feedback(False, text("lesson02.neuron.changes_data", name=name,
                                        was=was_text, now=now))
    for name, value in zip(_NAMES, inputs):
        if value.grad != 0.0:
            return Feedback(False, text("lesson02.neuron.changes_grad", name=name,
                                        now=value.grad))
    for name, value in zip(_NAMES, inputs):
        if value._prev or value._op:  # an input links to nothing
            changed = text(_LINKS_CHANGED_KEYS[bool(value._prev), bool(value._op)], name=name,
                           count=len(value._prev), op=value._op)
            return Feedback(False, text("lesson02.neuron.changes_links", changed=changed))
    for name, value in zip(_NAMES, inputs):
        if value.label != name:  # the check labels each input by its name
            return Feedback(False, text("lesson02.neuron.changes_label", name=name,
                                        now=quoted(value.label), was=quoted(name)))
    return None



# which links an input was given (a _prev, an _op, both) -> how the message says so
_LINKS_CHANGED_KEYS = {(True, False): "lesson02.neuron.links.prev",
                       (False, True): "lesson02.neuron.links.op",
                       (True, True): "lesson02.neuron.links.both"}


@watches_kept_state
def check_neuron(neuron):
    """Exercise: ``neuron(x1, w1, x2, w2, b)`` builds o = tanh(x1*w1 + x2*w2 + b) from Values."""
    if neuron is None:
        return placeholder(text("lesson02.neuron.what"))
    if not callable(neuron):
        return not_a_number(neuron, text("lesson02.neuron.kind"))
    name = getattr(neuron, "__name__", "neuron")
    if not name.isidentifier():  # a lambda
        name = None
    outputs = []  # (point, inputs, out) at every call: each point twice, in two rounds
    for point in _TRIAL_POINTS * 2:
        inputs = [Value(v, label=label) for v, label in zip(point, _NAMES)]
        if name is None:
            doing = text("lesson02.neuron.doing_lambda")
        else:
            doing = text("lesson02.neuron.doing", name=name)
        out, trouble = call_learner_code(neuron, *inputs, doing=doing)
        changed = _changed_input(inputs, point)
        if changed is not None:  # the first thing to fix, also when it then raised
            return changed
        if trouble is not None:
            return trouble
        x1, w1, x2, w2, b = point
        n = x1 * w1 + x2 * w2 + b
        if out is None and name is not None:  # no return at the end
            return Feedback(False, text("lesson02.neuron.none", name=name))
        if not isinstance(out, Value):
            got = as_number(out)
            if got is not None and is_close(got, math.tanh(n), 1e-9):
                return Feedback(False, text("lesson02.neuron.plain_number"))
            if name is None:
                return Feedback(False, text("lesson02.neuron.not_a_value_lambda",
                                            type=kind_of(out)) + uncalled(out))
            return Feedback(False, text("lesson02.neuron.not_a_value", name=name,
                                        type=kind_of(out)) + uncalled(out))
        outputs.append((point, inputs, out))
    wrong = [(point, out) for point, _, out in outputs
             if not is_close(out.data, math.tanh(_n(point)), 1e-9)]
    filled = [name for name, value in mutable_defaults(neuron) if value]
    # a default made once, now holding what the earlier calls put in it
    kept_default = text("lesson02.neuron.kept_default",
                        names=listed([f"`{name}`" for name in filled])) if filled else ""
    repeat = changed_on_repeat([(point, out.data) for point, _, out in outputs])
    if repeat is not None:  # the same five numbers gave two outputs
        point, earlier, later, call = repeat
        earlier, later = differing(earlier, later)
        return Feedback(False, text("lesson02.neuron.not_repeatable", earlier=earlier,
                                    later=later, call=call, **dict(zip(_NAMES, point)))
                        + kept_default)
    if wrong:
        for slip, hint in _SLIPS:  # a slip is named only if it explains every point
            if all(is_close(out.data, slip(*point), 1e-9) for point, _, out in outputs):
                (x1, w1, x2, w2, b), out = wrong[0]
                said = hint() if hint else text(_TRADED_KEYS[parameters_named(neuron, _NAMES)])
                return Feedback(False, text("lesson02.neuron.slip", x1=x1, w1=w1, x2=x2, w2=w2,
                                            b=b, out=shown(out.data), hint=said))
        point, out = wrong[0]
        x1, w1, x2, w2, b = point
        n = _n(point)
        out_written, o_written = differing(out.data, math.tanh(n))
        message = text("lesson02.neuron.wrong", x1=x1, w1=w1, x2=x2, w2=w2, b=b,
                       n=shown(n), o=o_written, out=out_written)
        decimals = next((d for d in range(11) if all(
            out.data == round(math.tanh(_n(p)), d) for p, _, out in outputs)), None)
        if decimals is not None:  # every output is the right one, rounded
            message += text("lesson02.neuron.rounded", decimals=decimals)
        # the right output of other inputs: the number does not come from these arguments
        def right_elsewhere(at, given):  # a point other than ``at`` whose right output is ``given``
            return next((p for p in _TRIAL_POINTS
                         if p != at and is_close(given, math.tanh(_n(p)), 1e-9)), None)
        other = right_elsewhere(point, out.data)
        # (certain only where it holds at every wrong point, of two or more: one output of
        # tanh(1) where the arguments give tanh(-1) may meet another point's by chance)
        # (and never for 0, which code cutting n off gives as well as a point where n = 0, nor
        # for ±1, which code capping tanh gives as well as a point where n is far from 0)
        if len({p for p, _ in wrong}) < 2 or any(
                o.data == 0 or is_close(abs(o.data), 1.0, 1e-9) or right_elsewhere(p, o.data) is None
                for p, o in wrong):
            other = None
        if other is not None:
            message += text("lesson02.neuron.not_from_arguments", x1=other[0], w1=other[1],
                            x2=other[2], w2=other[3], b=shown(other[4]))
        elif all(p in _FAR_POINTS for p, _ in wrong):  # right wherever the inputs are small
            message += text("lesson02.neuron.wrong_only_far")
        return Feedback(False, message + kept_default)
    for point, inputs, out in outputs:
        reached = {id(node) for node in out.topological_order()}
        # named by position: the learner's function may relabel its inputs
        missing = [name for name, v in zip(_NAMES, inputs) if id(v) not in reached]
        if missing:
            return Feedback(False, text("lesson02.neuron.graph_cut", names=listed(missing)))
    # the graph must also carry gradients back: lesson 03 runs backward() on it
    point, inputs, out = outputs[0]
    overwritten = _data_overwritten(out)
    if overwritten is not None:  # n.data = math.tanh(n.data): a step the graph has not got
        node, computed = overwritten
        held, computed = differing(node.data, computed)
        return Feedback(False, text("lesson02.neuron.data_overwritten", op=node._op,
                                    held=held, computed=computed))
    if any(node._prev and node._local_grads is None and "_backward" not in vars(node)
           for node in out.topological_order()):  # Value(number, children, op): no derivatives
        return Feedback(False, text("lesson02.neuron.made_from_number"))
    _, trouble = call_learner_code(out.backward, doing=text("lesson02.neuron.doing_backward"))
    if trouble is not None:
        return Feedback(False, text("lesson02.neuron.backward_fails", problem=trouble.message))
    reference = dict(zip("x1 w1 x2 w2 b".split(), (Value(v) for v in point)))
    n = sum((reference[x] * reference[w] for x, w in (("x1", "w1"), ("x2", "w2"))),
            reference["b"])
    n.tanh().backward()
    for name, v in zip(_NAMES, inputs):
        if not math.isclose(v.grad, reference[name].grad, rel_tol=1e-9, abs_tol=1e-12):
            return Feedback(False, text("lesson02.neuron.wrong_grad", name=name,
                                        got=shown(v.grad), want=shown(reference[name].grad)))
    problem = _unlabelled_problem(neuron, point, out.data)
    return Feedback(True, text("lesson02.neuron.right")) if problem is None else problem


# what the package's operations compute from their inputs' data (a node made with a plain
# number, 2 * n, records n alone: its number is not in the graph, and it is not recomputed)
_OPERATIONS = {"+": (2, lambda a, b: a + b), "*": (2, lambda a, b: a * b), "tanh": (1, math.tanh)}


def _data_overwritten(out):
    """(node, what its operation gives) for a node of ``out``'s graph whose data is not
    what its operation makes of its inputs (its .data written afterwards); else None."""
    for node in out.topological_order():
        arity, operation = _OPERATIONS.get(node._op, (None, None))
        if arity != len(node._prev):
            continue
        computed = operation(*(child.data for child in node._prev))
        if not is_close(node.data, computed, 1e-9):
            return node, computed
    return None


def _unlabelled_problem(neuron, point, labelled):
    """A Feedback if ``neuron`` on Values of ``point`` made with no label (as a network's
    are) gives another output than ``labelled``, its output on labelled ones; else None."""
    out, trouble = call_learner_code(neuron, *(Value(v) for v in point),
                                     doing=text("lesson02.neuron.doing_unlabelled"))
    if trouble is not None:
        return trouble
    data = getattr(out, "data", out)
    if isinstance(out, Value) and is_close(data, labelled, 1e-12):
        return None
    got, want = differing(data, labelled) if as_number(data) is not None else (repr(out), shown(labelled))
    return Feedback(False, text("lesson02.neuron.labels_matter", got=got, want=want))


# ----------------------------------------------------------------------
# Coding exercise: subtraction for the lesson's TinyValue
# ----------------------------------------------------------------------
_NODE_PARTS = ("_prev", "_op", "grad", "label")  # what an operation leaves alone in its inputs


def _is_tiny(obj):
    return not _missing_parts(obj)


def _missing_parts(obj):
    """The attributes of a node (``data``, ``_prev``, ``_op``) that ``obj`` lacks, as a
    message lists them; "" when it has them all."""
    return listed([f"`{name}`" for name in ("data", "_prev", "_op") if not hasattr(obj, name)])


def _labels(nodes, names):
    written = [names.get(id(node)) or text("lesson02.sub.something_else") for node in nodes]
    return "(" + ", ".join(written) + ("," if len(written) == 1 else "") + ")"  # (p,): a tuple


# the pairs each subtraction is tried on: (p, q), then one whose difference is negative,
# so that q - p, p + q and |p - q| all differ from p - q on one pair or the other
_SUB_PAIRS = ((5.0, 2.0), (-1.5, 4.0))


def _takes_label(cls):
    """Whether ``cls(number, label=...)`` can be called: a class whose own ``__init__``
    takes no ``label`` (the exercise asks only for ``__sub__``) cannot. Read once per
    class, before any node is made, so that making nodes allocates nothing else (a cache
    keyed by id() shows only where the ids of freed nodes are given out again)."""
    if cls not in _TAKES_LABEL:
        names = parameter_names(cls)  # (None for **kwargs, or one Python cannot read)
        _TAKES_LABEL[cls] = names is None or "label" in names
    return _TAKES_LABEL[cls]


_TAKES_LABEL = weakref.WeakKeyDictionary()


def _labelled(cls, number, label):
    """``cls(number, label=label)``, or for a class that takes no label, ``cls(number)``
    with the label set after it is made."""
    if _TAKES_LABEL.get(cls, True):
        return cls(number, label=label)
    node = cls(number)
    node.label = label
    return node


@watches_kept_state
def check_subtraction(cls):
    """Coding exercise: a ``TinyValue`` subclass whose ``p - q`` gives a new node with
    data ``p.data - q.data``, ``_prev == (p, q)`` and ``_op == "-"``.

    Tried on two pairs, the second while the first result is still in use, then
    subtracted again: ``(p - q) - r``."""
    if cls is None:
        return placeholder(text("lesson02.sub.what"))
    if not isinstance(cls, type):
        return not_a_number(cls, text("lesson02.sub.kind"))
    name = cls.__name__
    if getattr(cls, "__sub__", None) is None:
        return Feedback(False, text("lesson02.sub.no_method", name=name))
    _takes_label(cls)  # (read before any node is made)
    if issubclass(cls, Value) and cls.__sub__ is Value.__sub__:  # class A(Value): no __sub__
        return Feedback(False, text("lesson02.sub.package_base", name=name))
    made, trouble = call_learner_code(
        lambda: [(_labelled(cls, a, "p"), _labelled(cls, b, "q")) for a, b in _SUB_PAIRS]
        + [_labelled(cls, 1.0, "r")],
        doing=text("lesson02.sub.doing_make", name=name),
    )
    if trouble is not None:
        return trouble
    *pairs, r = made
    for node, number in zip([v for pair in pairs for v in pair] + [r],
                            [v for pair in _SUB_PAIRS for v in pair] + [1.0]):
        missing = _missing_parts(node)
        if missing:  # an __init__ of the learner's that leaves some out
            return Feedback(False, text("lesson02.sub.made_missing", made=f"{name}({number:g})",
                                        missing=missing))
        if node.data != number:  # before any subtraction: the class itself changes it
            return Feedback(False, text("lesson02.sub.made_changed", name=name, number=number,
                                        data=node.data))
    # each input as the class made it: what p - q must leave as it was
    as_made = {id(node): {attribute: getattr(node, attribute, None) for attribute in _NODE_PARTS}
               for pair in pairs for node in pair}
    results = []
    for (p, q), (a, b) in zip(pairs, _SUB_PAIRS):
        out, trouble = call_learner_code(lambda: p - q,
                                         doing=text("lesson02.sub.doing_subtract", p=a, q=b))
        if trouble is not None:
            return trouble
        if out is None:
            return Feedback(False, text("lesson02.sub.none"))
        if isinstance(out, cls) and _missing_parts(out):
            return Feedback(False, text("lesson02.sub.made_missing", made="p - q",
                                        missing=_missing_parts(out)))
        if not _is_tiny(out):
            got = as_number(out)
            if got is not None:
                return Feedback(False, text("lesson02.sub.plain_number", got=got, name=name))
            return Feedback(False, text("lesson02.sub.not_a_node", type=kind_of(out)))
        if not isinstance(out, cls) and hasattr(out, "__sub__"):  # (p - q) - r would run
            # another class's __sub__ (one with none is told at (p - q) - r)
            if type(out).__name__ == name:  # a cell run again: a new class of the same name
                return Feedback(False, text("lesson02.sub.other_class_same_name", name=name))
            return Feedback(False, text("lesson02.sub.other_class", got=type(out).__name__,
                                        name=name))
        for node, label, was in ((p, "p", a), (q, "q", b)):
            if node.data != was:
                data = shown(node.data) if as_number(node.data) is not None else repr(node.data)
                return Feedback(False, text("lesson02.sub.changed_input", input=label, was=was,
                                            data=data, name=name))
            changed = next((f"{attribute} = {getattr(node, attribute)!r}" for attribute, fresh
                            in as_made[id(node)].items()
                            if _differs(getattr(node, attribute, fresh), fresh)), None)
            if changed is not None:  # an input is still a leaf: nothing else made it
                return Feedback(False, text("lesson02.sub.changed_input_node", input=label,
                                            changed=changed, name=name))
            if out is node:
                return Feedback(False, text("lesson02.sub.returned_input", input=label,
                                            name=name))
        if as_number(out.data) is None:  # a node, a str ...: the number goes in data
            return Feedback(False, text("lesson02.sub.data_not_number", p=a, q=b,
                                        kind=kind_of(out.data), data=repr(out.data)))
        results.append((out, out.data))
    verdict = _after_first_round(cls, pairs, r, results)
    changed = _changed_on_second_round(cls, [data for _, data in results])
    if changed is None and verdict:
        changed = _stale_after_nudge(cls)
    return verdict if changed is None else changed


def _stale_after_nudge(cls):
    """A Feedback if ``p - q``, made again after ``p.data`` changed (as lesson 01 nudges
    ``b.data += h``), does not give the new difference, else None."""
    p, q = _labelled(cls, 5.0, "p"), _labelled(cls, 2.0, "q")
    first, trouble = call_learner_code(lambda: p - q, doing=text("lesson02.sub.doing_subtract", p=5, q=2))
    if trouble is not None:
        return trouble
    p.data = 6.0
    again, trouble = call_learner_code(lambda: p - q, doing=text("lesson02.sub.doing_subtract", p=6, q=2))
    if trouble is not None:
        return trouble
    now = getattr(again, "data", None)
    if same_result(now, 4.0):
        return None
    return Feedback(False, text(_STALE_KEYS[again is first], got=now, name=cls.__name__))


# whether p - q gave back the very node it gave before the nudge -> the message
_STALE_KEYS = {True: "lesson02.sub.stale_node", False: "lesson02.sub.stale_data"}


def _changed_on_second_round(cls, first):
    """The pairs subtracted once more, on new nodes: a Feedback if one gives data other
    than ``first`` (the data of the first round), else None."""
    for (a, b), was in zip(_SUB_PAIRS, first):
        out, trouble = call_learner_code(lambda: _labelled(cls, a, "p") - _labelled(cls, b, "q"),
                                         doing=text("lesson02.sub.doing_subtract", p=a, q=b))
        if trouble is not None:
            return trouble
        now = getattr(out, "data", None)
        if not same_result(now, was):
            return Feedback(False, text("lesson02.sub.not_repeatable", p=a, q=b, was=was,
                                        now=now, name=cls.__name__))
    return None


def _after_first_round(cls, pairs, r, results):
    """The verdict once each pair was subtracted once: ``results`` holds (node, data)."""
    verdict = _judge_difference([data for _, data in results])
    if verdict is not None:
        return verdict
    (p, q), (out, _) = pairs[0], results[0]
    if out.data != 3.0:  # the second subtraction changed the first result
        return Feedback(False, text("lesson02.sub.shared", data=out.data))
    earlier = set()  # ids of every node made or used by the subtractions before
    for (left, right), (result, _) in zip(pairs, results):
        problem = _structure_problem(result, left, right, earlier, cls)
        if problem is not None:
            return problem
        earlier |= {id(left), id(right), id(result)}
    chained, links = [], []

    def subtract_twice():
        chained.append(p - q)
        links.append(tuple(chained[0]._prev))  # what p - q records, before it is used again
        return chained[0] - r
    twice, trouble = call_learner_code(subtract_twice, doing=text("lesson02.sub.doing_twice"))
    if trouble is not None:
        if chained and not isinstance(chained[0], cls):  # p - q made another class
            return Feedback(False, text("lesson02.sub.twice_fails", problem=trouble.message,
                                        name=cls.__name__))
        return Feedback(False, text("lesson02.sub.twice_fails_in_code",
                                    problem=trouble.message))
    if links and tuple(chained[0]._prev) != links[0]:  # the second subtraction rewrote it
        return Feedback(False, text("lesson02.sub.twice_changed_input",
                                    prev=repr(chained[0]._prev), name=cls.__name__))
    if not _is_tiny(twice) or twice.data != 2.0 or p.data != 5.0:
        return Feedback(False, text("lesson02.sub.twice_wrong"))
    # a result on the right too: p - (q - r), on new nodes, is 5 - (2 - 1) = 4
    right_side, trouble = call_learner_code(
        lambda: _labelled(cls, 5.0, "p") - (_labelled(cls, 2.0, "q") - _labelled(cls, 1.0, "r")),
        doing=text("lesson02.sub.doing_right_result"))
    if trouble is not None:
        return trouble
    if not _is_tiny(right_side) or not same_result(right_side.data, 4.0):
        return Feedback(False, text("lesson02.sub.right_result_wrong",
                                    got=getattr(right_side, "data", right_side)))
    # the result subtracted again must record its own two inputs, as any other, and so
    # must p - p, whose two inputs are one node
    same, trouble = call_learner_code(lambda: p - p, doing=text("lesson02.sub.doing_same"))
    if trouble is not None:
        return trouble
    if not _is_tiny(same) or same.data != 0.0:
        return Feedback(False, text("lesson02.sub.same_wrong"))
    for result, left, right in ((chained[0], p, q), (twice, chained[0], r), (same, p, p)):
        problem = _structure_problem(result, left, right, earlier, cls, first_round=False)
        if problem is not None:  # (a Feedback is falsy when it says "not yet")
            return problem
        earlier |= {id(result)}
    # numbers with more digits than the pairs above: a difference rounded shows here
    out, problem = _subtract_numbers(cls, *_LONG_PAIR)
    if problem is None:
        problem = _subtract_numbers(cls, *_SMALL_PAIR)[1]
    if problem is not None:
        return problem
    # the first pair's numbers again, on new nodes: a result kept by its numbers (a
    # cache keyed by data) records the old nodes
    (a, b), made = _SUB_PAIRS[0], []
    again, trouble = call_learner_code(
        lambda: made.extend((_labelled(cls, a, "p"), _labelled(cls, b, "q"))) or made[0] - made[1],
        doing=text("lesson02.sub.doing_subtract", p=a, q=b))
    if trouble is not None:
        return trouble
    problem = _structure_problem(again, made[0], made[1], earlier | {id(out)}, cls,
                                 first_round=False)
    if problem is not None:
        return problem
    problem = _special_pairs_problem(cls, earlier | {id(out), id(again)})
    if problem is not None:
        return problem
    problem = _plain_nodes_problem(cls)
    if problem is not None:
        return problem
    problem = _fresh_pairs_problem(cls)
    if problem is None:
        problem = _far_pairs_problem(cls)
    return Feedback(True, text("lesson02.sub.right")) if problem is None else problem


def _subtract_new(cls, p, q):
    """``p - q`` on two new nodes, each made from (number, label): (the two nodes, the
    result, None) or (the nodes made, None, the Feedback of the code's trouble)."""
    made = []
    out, trouble = call_learner_code(
        lambda: made.extend((_labelled(cls, *p), _labelled(cls, *q))) or made[0] - made[1],
        doing=text("lesson02.sub.doing_subtract", p=p[0], q=q[0]))
    return made, out, trouble


def _plain_nodes_problem(cls):
    """A Feedback if subtraction goes wrong on nodes as the lesson makes them, with no
    label and whole numbers (7 - 3), or three levels deep (((7 - 3) - 1) - 2), else None."""
    made = []

    def subtract():
        made.extend(cls(n) for n in (7, 3, 1, 2))
        first = made[0] - made[1]
        second = first - made[2]
        made_second = getattr(second, "data", None)  # (before it is subtracted from)
        return first, second, second - made[3], made_second
    result, trouble = call_learner_code(subtract, doing=text("lesson02.sub.doing_plain"))
    if trouble is not None:
        return trouble
    first, second, deep, made_second = result
    if made_second == 3 and isinstance(second, cls) and second.data != 3:  # changed as an input
        return Feedback(False, text("lesson02.sub.changed_input", input="p", data=second.data,
                                    was=3, name=cls.__name__))
    if not _is_tiny(first) or first.data != 4:
        return Feedback(False, text("lesson02.sub.wrong_data", p=7, q=3,
                                    data=_short_float(getattr(first, "data", first), 4), right=4))
    problem = _structure_problem(first, made[0], made[1], set(), cls, first_round=False)
    if problem is not None:
        return problem
    for made_here, p, q, right in ((second, 4, 1, 3), (deep, 3, 2, 1)):
        if isinstance(made_here, cls) and getattr(made_here, "data", None) != right:  # the
            return Feedback(False, text("lesson02.sub.wrong_data", p=p, q=q, right=right,  # number
                                        data=_short_float(getattr(made_here, "data", None), right)))
        if not isinstance(made_here, cls):
            break
    if not isinstance(deep, cls) or getattr(deep, "data", None) != 1:
        return Feedback(False, text("lesson02.sub.deep_wrong", name=cls.__name__,
                                    kind=type(deep).__name__, data=getattr(deep, "data", deep)))
    return None


# p or q of 0, 1 or -1: a subtraction written apart for such a number (its data, _prev or
# _op, or p itself handed back for q = 0) shows
_SPECIAL_PAIRS = ((2.5, 0.0), (0.0, 2.5), (1.0, 2.5), (-1.0, 2.5), (2.5, 1.0), (2.5, -1.0),
                  (1.0, 1.0), (0.0, 0.0))


# whether p is 0 too -> the message for an input given back where q = 0
_RETURNED_ZERO_KEYS = {False: "lesson02.sub.returned_input_zero",
                       True: "lesson02.sub.returned_input_zeros"}


def _special_pairs_problem(cls, earlier):
    """A Feedback if ``p - q`` for a pair of :data:`_SPECIAL_PAIRS` is not a new node with
    data p - q that records p and q with "-" and leaves them as they were, else None.
    ``earlier``: the ids of the nodes made before."""
    for a, b in _SPECIAL_PAIRS:
        made, out, trouble = _subtract_new(cls, (a, "p"), (b, "q"))
        if trouble is not None:
            return trouble
        if b == 0 and (out is made[0] or out is made[1]):  # (its number right: p - 0 is p)
            given, other = ("p", "q") if out is made[0] else ("q", "p")
            return Feedback(False, text(_RETURNED_ZERO_KEYS[a == 0], input=given, other=other,
                                        name=cls.__name__))
        for role, node, was in zip(("p", "q"), made, (a, b)):  # (changed only for such a number)
            if not same_result(getattr(node, "data", was), was):
                return Feedback(False, text("lesson02.sub.changed_input", input=role, data=node.data,
                                            was=was, name=cls.__name__))
        if not _is_tiny(out) or not same_result(out.data, a - b) or out is made[0] or out is made[1]:
            return Feedback(False, text("lesson02.sub.wrong_data", p=a, q=b, right=a - b,
                                        data=_short_float(getattr(out, "data", out), a - b)))
        problem = _structure_problem(out, made[0], made[1], earlier, cls, first_round=False)
        if problem is not None:
            return problem
    return None


def _fresh_pairs_problem(cls):
    """Pairs made, subtracted and dropped one after another, as a loop does: Python then
    gives a new node the id of one just freed, so a result kept by id shows. A Feedback
    (falsy) for a wrong difference, else None."""
    pairs = [(1.5 + 2 * i, 0.25 * i) for i in range(12)]
    got, trouble = call_learner_code(
        lambda: [getattr(cls(a) - cls(b), "data", None) for a, b in pairs],
        doing=text("lesson02.sub.doing_fresh_pairs", count=len(pairs)))
    if trouble is not None:
        return trouble
    for (a, b), data in zip(pairs, got):
        if not same_result(data, a - b):
            return Feedback(False, text("lesson02.sub.wrong_data", p=a, q=b,
                                        data=_short_float(data, a - b), right=a - b))
    return _relabels_problem(cls)


# numbers beyond 100, not whole (both, then q alone): every pair tried before is below 25,
# so a difference right only for small numbers shows here
_FAR_PAIRS = ((143.75, -118.375), (-2.5, 251.125))


def _far_pairs_problem(cls):
    """A Feedback (falsy) if p - q is wrong for a pair of :data:`_FAR_PAIRS`, else None:
    every smaller pair was right by now, so the message says so."""
    for a, b in _FAR_PAIRS:
        _, problem = _subtract_numbers(cls, a, b, note=text("lesson02.sub.wrong_only_far"))
        if problem is not None:
            return problem
    return None


def _subtract_numbers(cls, a, b, note=""):
    """``cls(a) - cls(b)``: (the result, None) if its data is a - b, else (the result,
    a Feedback: the code's trouble, or the wrong difference with ``note`` after it)."""
    out, trouble = call_learner_code(lambda: cls(a) - cls(b),
                                     doing=text("lesson02.sub.doing_subtract", p=a, q=b))
    if trouble is not None:
        return out, trouble
    data = getattr(out, "data", out)
    if not _is_tiny(out) or not same_result(data, a - b):
        return out, Feedback(False, text("lesson02.sub.wrong_data", p=a, q=b,
                                         data=_short_float(data, a - b), right=a - b) + note)
    return out, None


def _relabels_problem(cls):
    """A Feedback if ``income - cost`` changes the label of an input (to "p", say, the
    name the other subtractions of the check give it), else None."""
    made, _, trouble = _subtract_new(cls, (5.0, "income"), (2.0, "cost"))
    if trouble is not None:
        return trouble
    for node, role, was in zip(made, ("p", "q"), ("income", "cost")):
        if getattr(node, "label", was) != was:
            return Feedback(False, text("lesson02.sub.relabels", input=role, was=quoted(was),
                                        now=quoted(node.label)))
    return None


# signs that look like the hyphen-minus "-" but are other characters
_MINUS_LOOKALIKES = {"\u2212", "\u2013", "\u2014", "\uff0d", "\u2010", "\u2011"}

_LONG_PAIR = (0.37125, -1.91634)  # q < 0: p - |q| shows too; 5 decimals: a difference rounded to 4 shows
# both below 1, their difference small and below 0: code written apart for small numbers shows
_SMALL_PAIR = (0.25, 0.3)


def _class_attribute_holding(cls, obj):
    """``Class.name`` of the attribute of ``cls`` (or of a class it inherits from) that is
    ``obj`` itself, for a list or dict; else None."""
    if not isinstance(obj, (list, dict)):
        return None
    return next((f"{klass.__name__}.{name}" for klass in getattr(cls, "__mro__", (cls,))
                 for name, value in vars(klass).items() if value is obj), None)


def _structure_problem(out, left, right, earlier, cls, first_round=True):
    """What is wrong with the ``_prev`` or ``_op`` of ``out = left - right`` (a Feedback),
    or None. ``earlier``: the ids of the nodes of the subtractions done before;
    ``first_round``: False once the first subtractions passed this very test."""
    where = text("lesson02.sub.where", p=shown(left.data), q=shown(right.data))
    if isinstance(out._prev, str):  # the _op where _children goes: arguments swapped?
        return Feedback(False, text("lesson02.sub.prev_text", where=where, prev=repr(out._prev),
                                    op=repr(getattr(out, "_op", None)), cls=cls.__name__))
    if not isinstance(out._prev, (tuple, list, set, frozenset)):  # a generator: read once
        return Feedback(False, text("lesson02.sub.prev_kind", where=where,
                                    kind=kind_of(out._prev)))
    prev = tuple(out._prev) if isinstance(out._prev, (tuple, list)) else out._prev
    if isinstance(prev, (set, frozenset)):
        return Feedback(False, text("lesson02.sub.prev_set"))
    if not prev:
        if left is right:  # p - q of two nodes recorded them: only p - p does not
            return Feedback(False, text("lesson02.sub.prev_empty_same"))
        return Feedback(False, text("lesson02.sub.prev_empty"))
    ids = [id(node) for node in prev]
    inner = prev[0] if len(prev) == 1 and isinstance(prev[0], (tuple, list)) else ()
    if [id(node) for node in inner] == [id(left), id(right)]:  # ((self, other),)
        return Feedback(False, text("lesson02.sub.prev_nested", where=where))
    if left is right and ids != [id(left), id(left)]:  # p - p: the one node, twice
        return Feedback(False, text("lesson02.sub.prev_same", prev=_labels(prev, {id(left): "p"})))
    if ids == [id(right), id(left)] and left is not right:
        return Feedback(False, text("lesson02.sub.prev_reversed"))
    if ids != [id(left), id(right)]:
        names = {id(left): "p", id(right): "q"}
        shared = _class_attribute_holding(cls, out._prev)
        if shared is not None:  # one list for every node, which each subtraction rewrites
            return Feedback(False, text("lesson02.sub.prev_on_class", where=where,
                                        prev=_labels(prev, names), name=shared))
        kept = [f"`{name}`" for name, _ in mutable_defaults(cls.__sub__)]
        if kept and len(prev) == 2 and all(i in earlier for i in ids):  # a result made before
            return Feedback(False, text("lesson02.sub.prev_old_result", where=where,
                                        prev=_labels(prev, names), names=listed(kept)))
        if kept:
            return Feedback(False, text("lesson02.sub.prev_default", where=where,
                                        prev=_labels(prev, names), names=listed(kept)))
        inputs_of_left = {id(node) for node in getattr(left, "_prev", ())}
        if inputs_of_left and id(left) not in ids and inputs_of_left <= set(ids):
            return Feedback(False, text("lesson02.sub.prev_flattened", where=where,
                                        prev=_labels(prev, names)))
        if any(as_number(node) is not None and not _is_tiny(node) for node in prev):
            return Feedback(False, text("lesson02.sub.prev_numbers", where=where,
                                        prev=repr(prev)))
        if any(i in earlier for i in ids):
            return Feedback(False, text("lesson02.sub.prev_earlier", where=where,
                                        prev=_labels(prev, names)))
        if any(i not in names for i in ids):
            return Feedback(False, text("lesson02.sub.prev_new_nodes", where=where,
                                        prev=_labels(prev, names)))
        return Feedback(False, text("lesson02.sub.prev_wrong", where=where,
                                    prev=_labels(prev, names)))
    if out._op != "-":
        lookalike = (text("lesson02.sub.op_lookalike")
                     if str(out._op).strip() in _MINUS_LOOKALIKES else "")
        return Feedback(False, text(_OP_KEYS[first_round], where=where, op=out._op) + lookalike)
    # the result's grad as the class makes a node's (0 in the lesson; the inputs show it,
    # and a check of their own tells whether the subtraction changed them)
    made, grad = getattr(left, "grad", None), getattr(out, "grad", None)
    if same_result(made, getattr(right, "grad", None)) and not same_result(grad, made):
        return Feedback(False, text("lesson02.sub.grad_set", where=where, name="p - q", grad=grad))
    return None  # (the forward pass sets no grad: backward() does, later)


# whether earlier subtractions of the check recorded "-" -> the message for another _op
_OP_KEYS = {True: "lesson02.sub.op", False: "lesson02.sub.op_changed"}


def _short_float(data, right):
    """A float written with the digits that tell it from ``right`` (-1.546, not
    -1.5459999999999998); anything else as it is."""
    if isinstance(data, float) and data == data:
        return float(shown_beside(data, right))
    return data


def _differs(value, fresh):
    """Whether an input's ``_prev`` or ``_op`` is no longer what a new leaf has."""
    try:
        return bool(value != fresh) and bool(value or fresh)  # () and [] are both empty
    except Exception:  # a comparison of the learner's own making
        return True


# what p - q gives on the pairs when it computes something else, and what to say
_DIFFERENCE_SLIPS = (
    (lambda p, q: q - p, "reversed"),
    (lambda p, q: p + q, "added"),
    (lambda p, q: abs(p - q), "no_sign"),
)
_SLIP_KEYS = {"reversed": "lesson02.sub.reversed", "added": "lesson02.sub.added",
              "no_sign": "lesson02.sub.no_sign"}


def _judge_difference(got):
    """``None`` if ``got`` (the data of p - q on each pair) is right; else what it is."""
    if all(g == p - q for g, (p, q) in zip(got, _SUB_PAIRS)):
        return None
    (p1, q1), (p2, q2) = _SUB_PAIRS
    for slip, key in _DIFFERENCE_SLIPS:  # named only if it explains both pairs
        if all(g == slip(p, q) for g, (p, q) in zip(got, _SUB_PAIRS)):
            return Feedback(False, text(_SLIP_KEYS[key], p1=p1, q1=q1, got1=got[0],
                                        p2=p2, q2=q2, got2=got[1]))
    (p, q), data = next(((pair, g) for g, pair in zip(got, _SUB_PAIRS) if g != pair[0] - pair[1]))
    message = text("lesson02.sub.wrong_data", p=p, q=q, data=_short_float(data, p - q),
                   right=p - q)
    if (p, q) != (p1, q1) and data == p1 - q1:  # the first pair's difference again
        message += text("lesson02.sub.first_again", p=p1, q=q1)
    return Feedback(False, message)
