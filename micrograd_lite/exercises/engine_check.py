"""``check_engine(Value)``: a learner's own Value class, checked against ours.

The check builds the same expressions with the learner's class and with
:class:`micrograd_lite.engine.Value` and compares the values and gradients,
in three stages, each on seeded random inputs:

1. every operation alone (``a + b``, ``2 + a``, ``a.tanh()``, ...), also with
   one Value used twice (``a * a``), so a ``=`` instead of ``+=`` shows;
2. every operation with a gradient other than 1 arriving from above;
3. random expression graphs over the operations, where a node is used by
   several later ones, so a backward pass that does not follow a
   topological order shows.

The first thing that differs is reported: the operation, its inputs, what
came out (value or gradient) and by how much. An exception raised by the
learner's code is reported with the line of their code it came from; the
check itself never raises on a broken class.
"""

import math
import random
from dataclasses import dataclass

from ..engine import Value as _Reference
from ..language import text
from ..nodes import depth_first as _topological_order
from .answers import kind_of, placeholder
from .feedback import Feedback
from .learner_code import call_learner_code

__all__ = ["check_engine", "OPERATION_GROUPS"]


@dataclass(frozen=True)
class _Case:
    """One way of using an operation: ``a ** 2``, ``2 + a``, ``a / b``, ..."""

    text: str  # how the messages write it, with the inputs a (and b)
    group: str  # the operation it belongs to (see OPERATION_GROUPS)
    method: str  # the method the learner's class needs for it
    apply: object  # (a) or (a, b) -> the result
    local: tuple  # for each input: its local derivative, a formula (or a function giving it in words)
    domain: object = None  # inputs -> whether the operation is defined and smooth there

    @property
    def arity(self):
        return len(self.local)


def _away_from_zero(*xs):
    return all(abs(x) >= 0.5 for x in xs)


_CASES = (
    _Case("a + b", "+", "__add__", lambda a, b: a + b, ("1", "1")),
    _Case("a + 2", "+", "__add__", lambda a: a + 2, ("1",)),
    _Case("a * b", "*", "__mul__", lambda a, b: a * b, ("b", "a")),
    _Case("a * 3", "*", "__mul__", lambda a: a * 3, ("3",)),
    _Case("2 + a", "radd", "__radd__", lambda a: 2 + a, ("1",)),
    _Case("3 * a", "rmul", "__rmul__", lambda a: 3 * a, ("3",)),
    _Case("a ** 2", "**", "__pow__", lambda a: a ** 2, ("2·a",)),
    _Case("a ** 3", "**", "__pow__", lambda a: a ** 3, ("3·a²",)),
    _Case("a ** -1", "**", "__pow__", lambda a: a ** -1, ("-1/a²",), _away_from_zero),
    _Case("a ** 0.5", "**", "__pow__", lambda a: a ** 0.5, ("0.5/√a",), lambda a: a >= 0.5),
    _Case("a.tanh()", "tanh", "tanh", lambda a: a.tanh(), ("1 - tanh(a)²",)),
    _Case("a.exp()", "exp", "exp", lambda a: a.exp(), ("exp(a)",), lambda a: abs(a) <= 3),
    _Case("a.relu()", "relu", "relu", lambda a: a.relu(), (lambda: text("engine_check.local.relu"),),
          lambda a: abs(a) >= 0.1),
    _Case("-a", "neg", "__neg__", lambda a: -a, ("-1",)),
    _Case("a - b", "-", "__sub__", lambda a, b: a - b, ("1", "-1")),
    _Case("a - 2", "-", "__sub__", lambda a: a - 2, ("1",)),
    _Case("1 - a", "rsub", "__rsub__", lambda a: 1 - a, ("-1",)),
    _Case("a / b", "/", "__truediv__", lambda a, b: a / b, ("1/b", "-a/b²"),
          lambda a, b: abs(b) >= 0.5),
    _Case("a / 2", "/", "__truediv__", lambda a: a / 2, ("1/2",)),
    _Case("1 / a", "rtruediv", "__rtruediv__", lambda a: 1 / a, ("-1/a²",), _away_from_zero),
    _Case("a.sigmoid()", "sigmoid", "sigmoid", lambda a: a.sigmoid(),
          (lambda: text("engine_check.local.sigmoid"),)),
    _Case("a.log()", "log", "log", lambda a: a.log(), ("1/a",), lambda a: a >= 0.5),
)

#: The operations check_engine knows, in the order it checks them; the first
#: four are needed by every engine, the others are checked when the class has them.
OPERATION_GROUPS = tuple(dict.fromkeys(case.group for case in _CASES))
_REQUIRED = ("+", "*", "radd", "rmul")


def _local(case, i):
    """The local derivative of ``case`` with respect to its input ``i``, as the messages write it."""
    local = case.local[i]
    return local() if callable(local) else local


_NAMES = "abcdefghijklmnopqrstuvwxyz"


def check_engine(Value, operations=None, seed=0, graphs=30):
    """Check a learner's ``Value`` class against micrograd_lite's engine.

    - ``operations``: which operation groups to check (names from
      :data:`OPERATION_GROUPS`: ``"+"``, ``"*"``, ``"radd"``, ``"rmul"``,
      ``"neg"``, ``"-"``, ``"/"``, ``"**"``, ``"tanh"``, ``"exp"``, ...). By
      default ``+``, ``*``, ``radd`` and ``rmul``, and every other one the class
      has a method for.
    - ``seed``: the random inputs and graphs; ``graphs``: how many random graphs.

    Gradients come from the class's own ``backward()``; a class without one
    yet (its nodes have ``_prev`` and ``_backward``) is stepped by the
    check, which calls each node's ``_backward`` in reverse topological order.
    Returns a :class:`Feedback`, truthy when everything agrees.
    """
    if Value is None:
        return placeholder(text("engine_check.what"))
    if isinstance(Value, str) and Value.strip().isidentifier():
        return Feedback(False, text("engine_check.a_name_in_quotes", got=repr(Value),
                                    name=Value.strip()))
    if not isinstance(Value, type):
        return Feedback(False, text("engine_check.not_a_class", kind=kind_of(Value)))
    groups = _groups(Value, operations)
    try:
        return _Checker(Value, groups, seed, graphs).run()
    except _Verdict as verdict:
        return verdict.feedback


def _groups(Value, operations):
    if operations is None:
        return [g for g in OPERATION_GROUPS
                if g in _REQUIRED or any(hasattr(Value, c.method) for c in _CASES if c.group == g)]
    if isinstance(operations, str):
        operations = (operations,)
    unknown = [g for g in operations if g not in OPERATION_GROUPS]
    if unknown:
        raise ValueError(f"unknown operations {unknown}; known: {', '.join(OPERATION_GROUPS)}")
    return [g for g in OPERATION_GROUPS if g in operations]


class _Verdict(Exception):
    """Raised inside the checker to stop at the first difference."""

    def __init__(self, message):
        super().__init__(message)
        self.feedback = Feedback(False, message)


def _fail(message):
    raise _Verdict(message)


def _close(got, want):
    if math.isnan(want):
        return math.isnan(got)
    return math.isfinite(got) and abs(got - want) <= 1e-6 * max(1.0, abs(want))


def _backward_adds_nothing(node):
    """Whether ``node._backward()``, run with ``node.grad = 1``, leaves every
    input's grad as it was (every grad is put back afterwards). False when it
    cannot be tried, or the node keeps its local derivatives (our design)."""
    if hasattr(node, "_local_grads") or not callable(getattr(node, "_backward", None)):
        return False
    try:
        children = list(node._prev)
        saved = [(child, child.grad) for child in children] + [(node, node.grad)]
    except Exception:
        return False
    try:
        node.grad = 1.0
        node._backward()
        return all(child.grad == grad for child, grad in saved[:-1])
    except Exception:
        return False
    finally:
        for item, grad in saved:
            item.grad = grad


def _fmt(x):
    return f"{x:.4f}" if math.isfinite(x) else str(x)


def _off(got, want):
    if math.isfinite(got) and math.isfinite(want):
        if got < want:
            return text("engine_check.off_by_less", amount=_fmt(want - got))
        return text("engine_check.off_by_more", amount=_fmt(got - want))
    return text("engine_check.not_finite")


def _and_then(first, second):
    """Two whole sentences of a message, one after the other."""
    return text("engine_check.and_then", first=first, second=second)


class _Checker:
    def __init__(self, Value, groups, seed, graphs):
        self.Value = Value
        self.groups = groups
        self.cases = [case for case in _CASES if case.group in groups]
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_graphs = graphs
        self.own_backward = callable(getattr(Value, "backward", None))

    # -- reading the learner's objects -------------------------------------
    def call(self, function, *args, doing):
        result, feedback = call_learner_code(function, *args, doing=doing)
        if feedback is not None:
            raise _Verdict(feedback.message)
        return result

    def number(self, node, attribute, what):
        value = self.call(getattr, node, attribute, doing=text("engine_check.doing.read", what=what))
        try:
            return float(value)
        except (TypeError, ValueError, OverflowError):
            _fail(text("engine_check.not_a_number", what=what, kind=kind_of(value),
                       got=repr(value)))

    def leaf(self, x, name):
        node = self.call(self.Value, x, doing=text("engine_check.doing.make_input", name=name, x=x))
        if not isinstance(node, self.Value):  # pragma: no cover - a class always makes its instances
            _fail(text("engine_check.leaf.not_a_value", x=x))
        for attribute in ("data", "grad"):
            if not hasattr(node, attribute):
                _fail(text("engine_check.leaf.missing", x=x, attribute=attribute))
        data = self.number(node, "data", f"Value({x}).data")
        if data != x:
            _fail(text("engine_check.leaf.data", x=x, got=repr(data)))
        grad = self.number(node, "grad", f"Value({x}).grad")
        if grad != 0:
            _fail(text("engine_check.leaf.grad", got=repr(grad)))
        return node

    def result(self, case_text, out, inputs=None):
        """``out``, checked to be one of the class's Values; ``inputs`` (``a = 1.5``)
        names the inputs it was computed from, ``None`` for a node in a graph."""
        if out is None:
            if inputs is None:
                _fail(text("engine_check.result.none_in_graph", expr=case_text))
            _fail(text("engine_check.result.none", expr=case_text, inputs=inputs))
        if not isinstance(out, self.Value):
            if inputs is None:
                _fail(text("engine_check.result.not_a_value_in_graph", expr=case_text,
                           kind=kind_of(out)))
            _fail(text("engine_check.result.not_a_value", expr=case_text, inputs=inputs,
                       kind=kind_of(out)))
        return out

    def grad_against(self, node, reference, name):
        """``(got, want, right)``: ``name``'s grad in the learner's graph and in ours."""
        got = self.number(node, "grad", f"{name}.grad")
        want = reference.grad
        return got, want, _close(got, want)

    def cut_off(self, results, got, want):
        """What to say if a gradient that should not be 0 is 0 (``got``, ``want``)
        and one of ``results`` ([(how the message writes it, node)]), each made by
        an operation, forgot its inputs (an empty ``_prev``): then backward()
        never reaches the nodes below it, whatever the derivatives are. Or one
        keeps its inputs but its ``_backward`` adds nothing to them (a closure
        written but never attached: ``out._backward = _backward`` left out).
        ``""`` otherwise."""
        if got != 0.0 or want == 0.0:
            return ""
        for expr, node in results:
            try:
                empty = len(node._prev) == 0
            except Exception:  # no _prev, or not a container: another engine design
                continue
            if empty:
                if self.init_drops_children():
                    return text("engine_check.prev_empty.init", expr=expr)
                return text("engine_check.prev_empty.operation", expr=expr)
            if _backward_adds_nothing(node):
                return text("engine_check.backward_not_attached", expr=expr)
        return ""

    def init_drops_children(self):
        """Whether ``Value(data, (a, b), op)`` forgets ``a`` and ``b`` (an ``__init__``
        that does not keep ``_children``); False if the class is not made that way."""
        try:
            a, b = self.Value(1.0), self.Value(2.0)
            return len(self.Value(3.0, (a, b), "+")._prev) == 0
        except Exception:
            return False

    # -- backward ------------------------------------------------------------
    def backward(self, root, subject):
        """Run the backward pass from ``root``; ``subject`` says what it is the output of."""
        if self.own_backward:
            self.call(root.backward, doing=text("engine_check.doing.backward", subject=subject))
            return
        # no backward() yet: walk the graph the way backward() will
        if not hasattr(root, "_prev") or not hasattr(root, "_backward"):
            _fail(text("engine_check.no_backward"))
        order = self.call(_topological_order, root,
                          doing=text("engine_check.doing.read_prev", subject=subject))
        root.grad = 1.0
        for node in reversed(order):
            self.call(node._backward, doing=text("engine_check.doing.call_backward",
                                                 op=getattr(node, "_op", ""), subject=subject))

    # -- stage 1 and 2: each operation ------------------------------------------
    def points(self, case, count=3):
        found = []
        while len(found) < count:
            xs = tuple(round(self.rng.uniform(-2.0, 2.0), 2) for _ in range(case.arity))
            if any(abs(x) < 0.2 for x in xs):
                continue
            if case.domain is None or case.domain(*xs):
                found.append(xs)
        if case.group == "relu" and count > 1:
            # both sides of 0, so a wrong derivative on either side is named as relu's
            signs = {x > 0 for xs in found for x in xs}
            if len(signs) == 1:
                found[-1] = tuple(-x for x in found[-1])
        return found

    def missing_method(self, case):
        if hasattr(self.Value, case.method):
            return
        if case.group == "radd":
            _fail(text("engine_check.missing.radd", expr=case.text, method=case.method))
        if case.group == "rmul":
            _fail(text("engine_check.missing.rmul", expr=case.text, method=case.method))
        _fail(text("engine_check.missing.method", expr=case.text, method=case.method))

    def check_case(self, case, xs, upstream=None, same=False):
        """One use of an operation; ``same``: both inputs are one Value (``a op a``)."""
        names = "ab"[: case.arity]
        if same:
            expr = case.text.replace("b", "a")
            values = {"a": xs[0]}
        else:
            expr = case.text
            values = dict(zip(names, xs))
        inputs = ", ".join(f"{n} = {v:g}" for n, v in values.items())
        mine = {n: self.leaf(v, n) for n, v in values.items()}
        ref = {n: _Reference(v) for n, v in values.items()}

        def build(nodes):
            args = [nodes["a"]] * case.arity if same else [nodes[n] for n in names]
            return case.apply(*args)

        out = self.result(expr, self.call(build, mine, doing=text(
            "engine_check.doing.compute", expr=expr, inputs=inputs)), inputs)
        ref_out = build(ref)
        got = self.number(out, "data", text("engine_check.what.data_of", expr=expr))
        if not _close(got, ref_out.data):
            _fail(text("engine_check.case.value", expr=expr, inputs=inputs, got=_fmt(got),
                       want=_fmt(ref_out.data), off=_off(got, ref_out.data)))
        root, ref_root = out, ref_out
        subject = text("engine_check.subject.case", expr=expr, inputs=inputs)
        if upstream is not None:
            k = self.leaf(upstream, "k")
            root = self.result(f"({expr}) * k", self.call(lambda: out * k, doing=text(
                "engine_check.doing.compute_times_k", expr=expr)), inputs)
            ref_root = ref_out * _Reference(upstream)
            subject = text("engine_check.subject.case_times_k", expr=expr, inputs=inputs,
                           k=upstream)
        calls = _record_backward_calls(root)
        self.backward(root, subject)
        ref_root.backward()
        root_grad = self.number(root, "grad", text("engine_check.what.output_grad"))
        if root_grad != 1.0:
            _fail(text("engine_check.case.root_grad", expr=expr, inputs=inputs,
                       got=_fmt(root_grad)))
        for i, n in enumerate(values):
            got, want, right = self.grad_against(mine[n], ref[n], n)
            if right:
                continue
            message = text("engine_check.case.grad", subject=subject, name=n, got=_fmt(got),
                           want=_fmt(want), off=_off(got, want))
            results = [(expr, out)] if root is out else [(expr, out), (f"({expr}) * k", root)]
            # the order first: cut_off may run a _backward, which the record would count
            order = _order_problem(calls, {id(out): expr}, root)
            cut = self.cut_off(results, got, want)
            if cut:
                message = _and_then(message, cut)
            elif order:  # a node built from others: the walk, not the derivative
                message = _and_then(message, order)
            elif same:
                message = _and_then(message, text("engine_check.case.same_input"))
            elif upstream is not None:
                local = want / upstream
                if _close(got, local):
                    message = _and_then(message, text("engine_check.case.local_alone"))
                else:
                    message = _and_then(message, text("engine_check.case.times_upstream",
                                                      local=_local(case, i)))
            else:
                message = _and_then(message, text("engine_check.case.local", expr=case.text,
                                                  name=n, local=_local(case, i)))
            _fail(message)

    # -- stage 3: random graphs --------------------------------------------------
    def check_graph(self, lines, leaves):
        """Build ``lines`` ([(name, case, input names)]) in both engines and compare."""
        mine = {n: self.leaf(x, n) for n, x in leaves.items()}
        ref = {n: _Reference(x) for n, x in leaves.items()}
        texts = {}
        for name, case, args in lines:
            line = f"{name} = " + _substitute(case.text, args)
            texts[name] = line
            out = self.call(case.apply, *[mine[a] for a in args],
                            doing=text("engine_check.doing.compute_line", line=line))
            mine[name] = self.result(line, out)
            ref[name] = case.apply(*[ref[a] for a in args])
        listing = "; ".join(texts.values())
        inputs = ", ".join(f"{n} = {x:g}" for n, x in leaves.items())
        for name in mine:
            got = self.number(mine[name], "data", f"{name}.data")
            if not _close(got, ref[name].data):
                _fail(text("engine_check.graph.value", listing=listing, inputs=inputs, name=name,
                           got=_fmt(got), want=_fmt(ref[name].data), off=_off(got, ref[name].data),
                           line=texts.get(name, name)))
        root = lines[-1][0]
        calls = _record_backward_calls(mine[root])
        self.backward(mine[root], text("engine_check.subject.graph", listing=listing))
        ref[root].backward()
        users = {}
        for name, _case, args in lines:
            for a in dict.fromkeys(args):
                users.setdefault(a, []).append(texts[name])
        for name in reversed(list(mine)):
            got, want, right = self.grad_against(mine[name], ref[name], name)
            if right:
                continue
            message = text("engine_check.graph.grad", listing=listing, inputs=inputs, root=root,
                           name=name, got=_fmt(got), want=_fmt(want), off=_off(got, want))
            order = _order_problem(calls, {id(mine[n]): texts[n] for n in texts}, mine[root])
            cut = self.cut_off([(texts[n], mine[n]) for n in texts], got, want)
            if cut:
                message = _and_then(message, cut)
            elif order:
                message = _and_then(message, order)
            elif users.get(name):
                used = text("engine_check.graph.and").join(f"`{u}`" for u in users[name])
                message = _and_then(message, text("engine_check.graph.used_by", name=name,
                                                  users=used))
            else:
                message = _and_then(message, text("engine_check.graph.walk"))
            _fail(message)

    def random_graph(self, size):
        ops = [c for c in self.cases if hasattr(self.Value, c.method)]
        n_leaves = self.rng.randint(2, 3)
        leaves = {}
        for name in _NAMES[:n_leaves]:
            x = 0.0
            while abs(x) < 0.3:
                x = round(self.rng.uniform(-1.5, 1.5), 2)
            leaves[name] = x
        values = {n: _Reference(x) for n, x in leaves.items()}
        lines = []
        while len(lines) < size:
            case = self.rng.choice(ops)
            names = list(values)
            # prefer recent nodes, so later nodes reuse earlier results
            args = [self.rng.choice(names[-3:] if self.rng.random() < 0.6 else names)
                    for _ in range(case.arity)]
            xs = [values[a].data for a in args]
            if any(abs(x) > 20 for x in xs) or (case.domain and not case.domain(*xs)):
                continue
            if case.group == "relu" and min(abs(x) for x in xs) < 0.1:
                continue
            name = _NAMES[len(values)]
            values[name] = case.apply(*[values[a] for a in args])
            lines.append((name, case, args))
        return lines, leaves

    # -- all of it -------------------------------------------------------------
    def run(self):
        for case in self.cases:
            self.missing_method(case)
        for case in self.cases:
            for xs in self.points(case):
                self.check_case(case, xs)
            if case.arity == 2:
                self.check_case(case, self.points(case, 1)[0], same=True)
        for case in self.cases:
            self.check_case(case, self.points(case, 1)[0], upstream=-1.5)
        by_group = {g: [c.text for c in self.cases if c.group == g] for g in self.groups}
        case_separator = text("engine_check.checked.case_separator")
        checked = text("engine_check.checked.group_separator").join(
            case_separator.join(f"`{t}`" for t in texts) for texts in by_group.values())
        if not self.cases:
            return Feedback(True, text("engine_check.right.no_operations"))
        if not self.own_backward:
            return Feedback(True, text("engine_check.right.stepped", checked=checked))
        # the classic diamond first (b is used twice), then random graphs
        diamond = [("d", _case("a * b"), ["a", "b"]), ("e", _case("a + b"), ["d", "c"]),
                   ("f", _case("a * b"), ["d", "e"])]
        if {"+", "*"} <= set(self.groups):
            self.check_graph(diamond, {"a": 1.5, "b": -2.0, "c": 0.5})
        sizes = [2 + (i * 7) // max(1, self.n_graphs - 1) for i in range(self.n_graphs)]
        for size in sizes:
            self.check_graph(*self.random_graph(size))
        return Feedback(True, text("engine_check.right.all", checked=checked,
                                   graphs=self.n_graphs + 1, size=max(sizes, default=3),
                                   seed=self.seed))


def _case(expr):
    return next(c for c in _CASES if c.text == expr)


def _substitute(expr, args):
    """``a * b`` with the inputs' names: ``d * c``."""
    mapping = dict(zip("ab", args))
    return "".join(mapping.get(ch, ch) if ch in "ab" and _is_name_position(expr, i) else ch
                   for i, ch in enumerate(expr))


def _is_name_position(expr, i):
    before = expr[i - 1] if i > 0 else " "
    after = expr[i + 1] if i + 1 < len(expr) else " "
    return not before.isalnum() and not after.isalnum() and before != "."


def _record_backward_calls(root):
    """Wrap each operation node's own ``_backward`` so the calls are recorded.

    Returns a list that fills with ``(node, grad at the call)`` as backward()
    runs, and ``{id: node}`` of the wrapped nodes; ``None`` if the nodes have
    no per-node ``_backward`` to wrap (another engine design).
    """
    try:
        nodes = _topological_order(root)
    except Exception:  # a broken _prev: the comparison will say what is wrong
        return None
    calls, wrapped = [], {}
    for node in nodes:
        if not node._prev or "_backward" not in getattr(node, "__dict__", {}):
            continue
        original = node._backward

        def recording(node=node, original=original):
            calls.append((node, node.grad))
            return original()

        node._backward = recording
        wrapped[id(node)] = node
    return (calls, wrapped) if wrapped else None


def _order_problem(recorded, texts, root=None):
    """What went wrong with the order of the ``_backward`` calls, or ``""``.

    ``root`` is the node whose backward() was called: its grad must be 1
    before its own ``_backward`` runs."""
    if not recorded:
        return ""
    calls, wrapped = recorded

    def name(node):
        if id(node) in texts:
            return f"`{texts[id(node)]}`"
        return text("engine_check.order.op_node", op=getattr(node, "_op", ""))

    counts = {}
    for node, _ in calls:
        counts[id(node)] = counts.get(id(node), 0) + 1
    for node, grad in calls:
        final = float(node.grad)
        if counts[id(node)] > 1:
            return text("engine_check.order.twice", node=name(node), count=counts[id(node)])
        if node is root and float(grad) == 0.0 and final == 1.0:
            return text("engine_check.order.output_late", node=name(node))
        if not _close(float(grad), final):
            return text("engine_check.order.early", node=name(node), got=_fmt(float(grad)),
                        final=_fmt(final))
    for key, node in wrapped.items():
        if key not in counts:
            return text("engine_check.order.never", node=name(node))
    return ""
