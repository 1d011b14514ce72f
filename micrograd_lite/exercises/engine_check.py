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
from ..nodes import depth_first as _topological_order
from .answers import placeholder
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
    local: tuple  # for each input: its local derivative, in words
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
    _Case("a.relu()", "relu", "relu", lambda a: a.relu(), ("1 if a > 0, else 0",),
          lambda a: abs(a) >= 0.1),
    _Case("-a", "neg", "__neg__", lambda a: -a, ("-1",)),
    _Case("a - b", "-", "__sub__", lambda a, b: a - b, ("1", "-1")),
    _Case("a - 2", "-", "__sub__", lambda a: a - 2, ("1",)),
    _Case("1 - a", "rsub", "__rsub__", lambda a: 1 - a, ("-1",)),
    _Case("a / b", "/", "__truediv__", lambda a, b: a / b, ("1/b", "-a/b²"),
          lambda a, b: abs(b) >= 0.5),
    _Case("a / 2", "/", "__truediv__", lambda a: a / 2, ("1/2",)),
    _Case("1 / a", "rtruediv", "__rtruediv__", lambda a: 1 / a, ("-1/a²",), _away_from_zero),
    _Case("a.sigmoid()", "sigmoid", "sigmoid", lambda a: a.sigmoid(), ("s·(1 - s), s = sigmoid(a)",)),
    _Case("a.log()", "log", "log", lambda a: a.log(), ("1/a",), lambda a: a >= 0.5),
)

#: The operations check_engine knows, in the order it checks them; the first
#: four are needed by every engine, the others are checked when the class has them.
OPERATION_GROUPS = tuple(dict.fromkeys(case.group for case in _CASES))
_REQUIRED = ("+", "*", "radd", "rmul")

_REFLECTED_HINTS = {
    "radd": "`2 + a` asks the number first; a number does not know your Value, so Python "
            "then calls your class's `__radd__`. Add `def __radd__(self, other): return self + other`.",
    "rmul": "`3 * a` asks the number first; a number does not know your Value, so Python "
            "then calls your class's `__rmul__`. Add `def __rmul__(self, other): return self * other`.",
}

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
        return placeholder("your Value class (the class itself, e.g. `answer = Value`)")
    if not isinstance(Value, type):
        return Feedback(False, f"check_engine takes your Value class itself, not a "
                               f"{type(Value).__name__}: pass `Value`, not `Value(2.0)`.")
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


def _fmt(x):
    return f"{x:.4f}" if math.isfinite(x) else str(x)


def _off(got, want):
    return f"off by {_fmt(got - want)}" if math.isfinite(got) and math.isfinite(want) else "not a finite number"


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
        value = self.call(getattr, node, attribute, doing=f"reading {what}")
        try:
            return float(value)
        except (TypeError, ValueError, OverflowError):
            _fail(f"{what} should be a number, but it is {type(value).__name__} {value!r}.")

    def leaf(self, x, name):
        node = self.call(self.Value, x, doing=f"making the input {name} = Value({x})")
        if not isinstance(node, self.Value):  # pragma: no cover - a class always makes its instances
            _fail(f"Value({x}) did not make a Value.")
        for attribute in ("data", "grad"):
            if not hasattr(node, attribute):
                _fail(f"Value({x}) has no `{attribute}`: `__init__` should set `self.{attribute}`.")
        data = self.number(node, "data", f"Value({x}).data")
        if data != x:
            _fail(f"Value({x}).data is {data!r}: `__init__` should keep the number it is given.")
        grad = self.number(node, "grad", f"Value({x}).grad")
        if grad != 0:
            _fail(f"A new Value's grad is {grad!r}: it should start at 0 "
                  "(nothing has been backpropagated yet).")
        return node

    def result(self, case_text, out, where):
        if out is None:
            _fail(f"`{case_text}` {where} returned None, not a Value: does the method end with `return out`?")
        if not isinstance(out, self.Value):
            _fail(f"`{case_text}` {where} returned a {type(out).__name__}, not a Value, so the "
                  "graph is lost: build the result with Value(...) and return it.")
        return out

    def grad_against(self, node, reference, name):
        """``(got, want, "")``, or with what is wrong: "a.grad is 1, should be 2 (off by -1)"."""
        got = self.number(node, "grad", f"{name}.grad")
        want = reference.grad
        if _close(got, want):
            return got, want, ""
        return got, want, f"{name}.grad is {_fmt(got)}, should be {_fmt(want)} ({_off(got, want)})"

    # -- backward ------------------------------------------------------------
    def backward(self, root, doing):
        if self.own_backward:
            self.call(root.backward, doing=f"running backward() on {doing}")
            return
        # no backward() yet: walk the graph the way backward() will
        if not hasattr(root, "_prev") or not hasattr(root, "_backward"):
            _fail("Your Value has no backward() method, and its nodes have no `_prev` and "
                  "`_backward` to walk, so gradients cannot be checked yet.")
        order = self.call(_topological_order, root, doing=f"reading `_prev` of {doing}")
        root.grad = 1.0
        for node in reversed(order):
            self.call(node._backward, doing=f"calling `_backward` of a '{getattr(node, '_op', '')}' "
                                            f"node in {doing}")

    # -- stage 1 and 2: each operation ------------------------------------------
    def points(self, case, count=3):
        found = []
        while len(found) < count:
            xs = tuple(round(self.rng.uniform(-2.0, 2.0), 2) for _ in range(case.arity))
            if any(abs(x) < 0.2 for x in xs):
                continue
            if case.domain is None or case.domain(*xs):
                found.append(xs)
        return found

    def missing_method(self, case):
        if hasattr(self.Value, case.method):
            return
        if case.group in _REFLECTED_HINTS:
            _fail(f"`{case.text}` (a plain number and a Value) does not work: your Value has no "
                  f"`{case.method}`. {_REFLECTED_HINTS[case.group]}")
        _fail(f"`{case.text}` does not work: your Value has no `{case.method}` method.")

    def check_case(self, case, xs, upstream=None, same=False):
        """One use of an operation; ``same``: both inputs are one Value (``a op a``)."""
        names = "ab"[: case.arity]
        if same:
            text = case.text.replace("b", "a")
            values = {"a": xs[0]}
        else:
            text = case.text
            values = dict(zip(names, xs))
        inputs = ", ".join(f"{n} = {v:g}" for n, v in values.items())
        where = f"with {inputs}"
        mine = {n: self.leaf(v, n) for n, v in values.items()}
        ref = {n: _Reference(v) for n, v in values.items()}

        def build(nodes):
            args = [nodes["a"]] * case.arity if same else [nodes[n] for n in names]
            return case.apply(*args)

        out = self.result(text, self.call(build, mine, doing=f"computing `{text}` {where}"), where)
        ref_out = build(ref)
        got = self.number(out, "data", f"the data of `{text}`")
        if not _close(got, ref_out.data):
            _fail(f"`{text}` {where}: the value is {_fmt(got)}, should be {_fmt(ref_out.data)} "
                  f"({_off(got, ref_out.data)}).")
        root, ref_root, chain = out, ref_out, ""
        if upstream is not None:
            k = self.leaf(upstream, "k")
            root = self.result(f"({text}) * k", self.call(lambda: out * k,
                               doing=f"computing `({text}) * k`"), where)
            ref_root = ref_out * _Reference(upstream)
            chain = f", then times k = {upstream:g} (so out.grad = {upstream:g})"
        calls = _record_backward_calls(root)
        self.backward(root, f"`{text}` {where}{chain}")
        ref_root.backward()
        root_grad = self.number(root, "grad", "the output's grad after backward()")
        if root_grad != 1.0:
            _fail(f"`{text}` {where}: after backward() the output's own grad is "
                  f"{_fmt(root_grad)}, not 1. backward() must start by setting it to 1 "
                  "(d out / d out = 1), then pass it back.")
        for i, n in enumerate(values):
            got, want, wrong = self.grad_against(mine[n], ref[n], n)
            if not wrong:
                continue
            message = f"`{text}` {where}{chain}: after backward(), {wrong}."
            order = _order_problem(calls, {id(out): text}, root)
            if order:  # a node built from others: the walk, not the derivative
                message += " " + order
            elif same:
                message += (" Here one Value is both inputs, so both its gradients must add up: "
                            "use `+=` in `_backward`, never `=`.")
            elif upstream is not None:
                local = want / upstream
                if _close(got, local):
                    message += (f" That is the local derivative alone: multiply it by the grad "
                                f"from above, `out.grad`.")
                else:
                    message += f" It should be the local derivative ({case.local[i]}) times out.grad."
            else:
                message += f" The local derivative of {case.text} with respect to {n} is {case.local[i]}."
            _fail(message)

    # -- stage 3: random graphs --------------------------------------------------
    def check_graph(self, lines, leaves):
        """Build ``lines`` ([(name, case, input names)]) in both engines and compare."""
        mine = {n: self.leaf(x, n) for n, x in leaves.items()}
        ref = {n: _Reference(x) for n, x in leaves.items()}
        texts = {}
        for name, case, args in lines:
            text = f"{name} = " + _substitute(case.text, args)
            texts[name] = text
            out = self.call(case.apply, *[mine[a] for a in args], doing=f"computing `{text}`")
            mine[name] = self.result(text, out, "in a graph")
            ref[name] = case.apply(*[ref[a] for a in args])
        listing = "; ".join(texts.values())
        inputs = ", ".join(f"{n} = {x:g}" for n, x in leaves.items())
        graph = f"In the graph `{listing}` ({inputs})"
        for name in mine:
            got = self.number(mine[name], "data", f"{name}.data")
            if not _close(got, ref[name].data):
                _fail(f"{graph}: {name} is {_fmt(got)}, should be {_fmt(ref[name].data)} "
                      f"({_off(got, ref[name].data)}), at `{texts.get(name, name)}`.")
        root = lines[-1][0]
        calls = _record_backward_calls(mine[root])
        self.backward(mine[root], f"the graph `{listing}`")
        ref[root].backward()
        users = {}
        for name, _case, args in lines:
            for a in dict.fromkeys(args):
                users.setdefault(a, []).append(texts[name])
        for name in reversed(list(mine)):
            _got, _want, wrong = self.grad_against(mine[name], ref[name], name)
            if not wrong:
                continue
            message = (f"{graph}, after {root}.backward(): every operation alone is right, "
                       f"but {wrong}.")
            order = _order_problem(calls, {id(mine[n]): texts[n] for n in texts}, mine[root])
            if order:
                message += " " + order
            else:
                used = users.get(name, [])
                message += (f" {name} is used by " + " and ".join(f"`{u}`" for u in used) + ": "
                            if used else " ")
                message += ("backward() must call each node's `_backward` exactly once, after "
                            "every node that uses it: in reverse topological order.")
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
        checked = "; ".join(", ".join(f"`{t}`" for t in texts) for texts in by_group.values())
        if not self.cases:
            return Feedback(True, "Your Value keeps its number as `data` and starts with grad 0.")
        if not self.own_backward:
            return Feedback(True, f"Each operation gives the right value and, through its "
                                  f"`_backward`, the right gradients: {checked}. (Your Value has "
                                  "no backward() yet, so the check called each node's "
                                  "`_backward` itself, in reverse topological order.)")
        # the classic diamond first (b is used twice), then random graphs
        diamond = [("d", _case("a * b"), ["a", "b"]), ("e", _case("a + b"), ["d", "c"]),
                   ("f", _case("a * b"), ["d", "e"])]
        if {"+", "*"} <= set(self.groups):
            self.check_graph(diamond, {"a": 1.5, "b": -2.0, "c": 0.5})
        sizes = [2 + (i * 7) // max(1, self.n_graphs - 1) for i in range(self.n_graphs)]
        for size in sizes:
            self.check_graph(*self.random_graph(size))
        return Feedback(
            True,
            f"Your Value agrees with micrograd_lite's engine, values and gradients: {checked}; "
            f"each alone, with a gradient arriving from above, and in {self.n_graphs + 1} graphs "
            f"of up to {max(sizes, default=3)} operations where results are reused (seed {self.seed}).",
        )


def _case(text):
    return next(c for c in _CASES if c.text == text)


def _substitute(text, args):
    """``a * b`` with the inputs' names: ``d * c``."""
    mapping = dict(zip("ab", args))
    return "".join(mapping.get(ch, ch) if ch in "ab" and _is_name_position(text, i) else ch
                   for i, ch in enumerate(text))


def _is_name_position(text, i):
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
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
        return f"`{texts[id(node)]}`" if id(node) in texts else f"the '{getattr(node, '_op', '')}' node"

    advice = (" backward() must call each node's `_backward` exactly once, after every node "
              "that uses it has added into its grad: go through a topological order in reverse.")
    counts = {}
    for node, _ in calls:
        counts[id(node)] = counts.get(id(node), 0) + 1
    for node, grad in calls:
        final = float(node.grad)
        if counts[id(node)] > 1:
            return f"The `_backward` of {name(node)} ran {counts[id(node)]} times." + advice
        if node is root and float(grad) == 0.0 and final == 1.0:
            return (f"The `_backward` of {name(node)}, the output, ran while its grad was 0 "
                    "and it became 1 only afterwards: set the output's own grad to 1 "
                    "(dL/dL = 1) before the loop, then call each node's `_backward` in "
                    "reverse topological order.")
        if not _close(float(grad), final):
            return (f"The `_backward` of {name(node)} ran while its grad was {_fmt(float(grad))}, "
                    f"before all its users had added theirs (it ends at {_fmt(final)})." + advice)
    for key, node in wrapped.items():
        if key not in counts:
            return f"The `_backward` of {name(node)} never ran." + advice
    return ""
