"""Checks for lesson 02, "Values and the computational graph".

Seed 000's neuron: x1 = 2, w1 = -3, x2 = 0, w2 = 1, b = 6.8813735870195432,
n = x1*w1 + x2*w2 + b = 0.8814, o = tanh(n) = 0.7071.
"""

import math

from ..engine import Value
from .answers import as_number, check_number, is_close, not_a_number, placeholder
from .feedback import Feedback
from .learner_code import call_learner_code

__all__ = ["check_value_count", "check_forward", "check_neuron", "check_subtraction"]

SEED_NEURON = {"x1": 2.0, "w1": -3.0, "x2": 0.0, "w2": 1.0, "b": 6.8813735870195432}


def seed_neuron(x1=2.0, w1=-3.0, x2=0.0, w2=1.0, b=6.8813735870195432):
    """Seed 000's neuron, o = tanh(x1*w1 + x2*w2 + b), labelled as lessons 02 and 03 build it."""
    x1, w1 = Value(x1, label="x1"), Value(w1, label="w1")
    x2, w2 = Value(x2, label="x2"), Value(w2, label="w2")
    b = Value(b, label="b")
    x1w1 = x1 * w1; x1w1.label = "x1*w1"  # noqa: E702
    x2w2 = x2 * w2; x2w2.label = "x2*w2"  # noqa: E702
    s = x1w1 + x2w2; s.label = "x1*w1 + x2*w2"  # noqa: E702
    n = s + b; n.label = "n"  # noqa: E702
    o = n.tanh(); o.label = "o"  # noqa: E702
    return o


def check_value_count(answer):
    """Exercise: how many Values make up the graph of L = (a*b + c) * f? (7)"""
    return check_number(
        answer,
        what="the number of Values in the graph of L",
        kind="a whole number",
        target=7,
        tol=0,
        right="7 Values: the inputs a, b, c, f and the results e, d, L. The three small "
              "nodes between them are operations, not Values.",
        mistakes=[
            (10, 0, "You counted the operation nodes (*, +, *) too. They show how a Value "
                    "was made; count only the boxes that hold data and grad."),
            (4, 0, "a, b, c and f are the inputs, but every result is a Value too: e, d "
                   "and L."),
            (3, 0, "e, d and L are Values, and so are the inputs a, b, c, f."),
            (6, 0, "One is missing. Count the inputs a, b, c, f and the results e, d, L."),
            (8, 0, "One too many. Count only the boxes that hold data and grad: the inputs "
                   "a, b, c, f and the results e, d, L."),
        ],
        otherwise=lambda value: (
            f"{value:g} is not the count. Look at the drawing: each box with data and "
            "grad is one Value."
        ),
    )


def check_forward(answer):
    """Exercise: o for the seed's neuron with x2 = 1 (n = 1.8814, o = tanh(n) = 0.9546)."""
    n = 2.0 * -3.0 + 1.0 * 1.0 + SEED_NEURON["b"]
    o = math.tanh(n)
    return check_number(
        answer,
        what="o, the neuron's output with x2 = 1 (a Value or a number)",
        kind="a Value or a number",
        target=o,
        tol=1e-4,
        right=f"With x2 = 1, x2*w2 = 1, so n = {n:.4f} and o = tanh(n) = {o:.4f}.",
        mistakes=[
            (n, 1e-4, lambda value: f"{value:.4f} is n. The neuron's output is o = tanh(n)."),
            (math.tanh(SEED_NEURON["b"] - 6.0), 1e-4,
             "That is the output with x2 = 0, from the lesson. Build the graph again "
             "with x2 = 1."),
            (SEED_NEURON["b"] - 6.0, 1e-4,
             "That is n with x2 = 0, from the lesson. Build the graph again with x2 = 1 "
             "and give o = tanh(n)."),
            (math.tanh(2.0 * -3.0 + 1.0 * 2.0 + SEED_NEURON["b"]), 1e-4,
             "That is o with w2 = 2. Keep w2 = 1 and set x2 = 1."),
            (round(o), 0, lambda value: (
                f"{value:g} is o rounded to a whole number, too coarse to check: o is a "
                "little below 1. Give four decimals, or put the Value itself in answer.")),
            (math.tanh(2.0 * -3.0 + 1.0 * 1.0 + 6.88), 5e-5, lambda value: (
                f"{value:.4f} is what b = 6.88 gives: b was rounded. Use the lesson's b, "
                "6.8813735870195432 (or call seed_neuron(x2=1.0)).")),
        ],
        otherwise=lambda value: (
            f"{value:.4f} is not o. Compute n = x1*w1 + x2*w2 + b with x2 = 1, "
            "then o = n.tanh()."
        ),
        rounding=True,
    )


# points at which a learner's neuron function is tried: (x1, w1, x2, w2, b). The
# first ones make every term matter (no input is 0 or 1, n is not 0, n < 0 once);
# the seed's own numbers come last.
_TRIAL_POINTS = (
    (0.5, 1.5, -1.0, 2.0, 0.25),
    (-1.0, 0.3, 2.0, -0.7, -0.1),
    (2.0, -3.0, 0.0, 1.0, 6.8813735870195432),
)
_NAMES = ("x1", "w1", "x2", "w2", "b")

# what a neuron that leaves something out computes, and what to tell it
_SLIPS = (
    (lambda x1, w1, x2, w2, b: math.tanh(x1 * w1 + b), "The term x2*w2 is missing from n."),
    (lambda x1, w1, x2, w2, b: math.tanh(x2 * w2 + b), "The term x1*w1 is missing from n."),
    (lambda x1, w1, x2, w2, b: math.tanh(x1 * w1 + x2 * w2),
     "The bias b is missing from n = x1*w1 + x2*w2 + b."),
    (lambda x1, w1, x2, w2, b: x1 * w1 + x2 * w2 + b,
     "That is n = x1*w1 + x2*w2 + b. The neuron's output applies tanh to it."),
    (lambda x1, w1, x2, w2, b: max(0.0, x1 * w1 + x2 * w2 + b),
     "That is relu(n). This neuron's activation is tanh: o = n.tanh()."),
    (lambda x1, w1, x2, w2, b: 1.0 / (1.0 + math.exp(-(x1 * w1 + x2 * w2 + b))),
     "That is sigmoid(n). This neuron's activation is tanh: o = n.tanh()."),
    (lambda x1, w1, x2, w2, b: math.tanh(x1 * w2 + x2 * w1 + b),
     "The weights are swapped: x1 goes with w1, x2 with w2."),
    (lambda x1, w1, x2, w2, b: math.tanh((x1 + w1) + (x2 + w2) + b),
     "The inputs are added to the weights; a neuron multiplies them: x1*w1 + x2*w2 + b."),
)


def _n(point):
    x1, w1, x2, w2, b = point
    return x1 * w1 + x2 * w2 + b


def _where(point):
    x1, w1, x2, w2, b = point
    return f"For x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:g}"


def check_neuron(neuron):
    """Exercise: ``neuron(x1, w1, x2, w2, b)`` builds o = tanh(x1*w1 + x2*w2 + b) from Values."""
    if neuron is None:
        return placeholder("your neuron function (it takes five Values and returns o)")
    if not callable(neuron):
        return not_a_number(neuron, "a function my_neuron(x1, w1, x2, w2, b)")
    name = getattr(neuron, "__name__", "neuron")
    if not name.isidentifier():  # a lambda
        name = "your function"
    outputs = []  # (point, inputs, out) at every trial point
    for point in _TRIAL_POINTS:
        inputs = [Value(v, label=label) for v, label in zip(point, _NAMES)]
        doing = f"calling {name}(x1, w1, x2, w2, b) with five Values"
        out, trouble = call_learner_code(neuron, *inputs, doing=doing)
        if trouble is not None:
            return trouble
        x1, w1, x2, w2, b = point
        n = x1 * w1 + x2 * w2 + b
        if not isinstance(out, Value):
            got = as_number(out)
            if got is not None and is_close(got, math.tanh(n), 1e-9):
                return Feedback(
                    False,
                    "The number is right, but it is a plain number, not a Value, so the "
                    "graph is lost. Use the Values' own operations: (...).tanh() instead "
                    "of math.tanh(... .data).",
                )
            return Feedback(
                False,
                f"{name} should return a Value; it returned a {type(out).__name__}.",
            )
        outputs.append((point, inputs, out))
    wrong = [(point, out) for point, _, out in outputs
             if not is_close(out.data, math.tanh(_n(point)), 1e-9)]
    if wrong:
        for slip, hint in _SLIPS:  # a slip is named only if it explains every point
            if all(is_close(out.data, slip(*point), 1e-9) for point, _, out in outputs):
                point, out = wrong[0]
                return Feedback(False, f"{_where(point)} your neuron gives {out.data:.4f}. {hint}")
        point, out = wrong[0]
        n = _n(point)
        return Feedback(
            False,
            f"{_where(point)} the output should be tanh({n:.4f}) = {math.tanh(n):.4f}, "
            f"but it is {out.data:.4f}.",
        )
    for point, inputs, out in outputs:
        reached = {id(node) for node in out.topological_order()}
        missing = [v.label for v in inputs if id(v) not in reached]
        if missing:
            return Feedback(
                False,
                f"The number is right, but the output's graph does not reach the Values you "
                f"were given for {', '.join(missing)}: build o from the arguments "
                "themselves, not from new Values made of their data.",
            )
    return Feedback(
        True,
        "Your neuron builds o = tanh(x1*w1 + x2*w2 + b) from Values, so the whole graph "
        "is recorded; it gives 0.7071 for the seed's numbers.",
    )


# ----------------------------------------------------------------------
# Coding exercise: subtraction for the lesson's TinyValue
# ----------------------------------------------------------------------
def _is_tiny(obj):
    return all(hasattr(obj, name) for name in ("data", "_prev", "_op"))


def _labels(nodes, names):
    return "(" + ", ".join(names.get(id(node), "something else") for node in nodes) + ")"


def check_subtraction(cls):
    """Coding exercise: a ``TinyValue`` subclass whose ``p - q`` gives a new node with
    data ``p.data - q.data``, ``_prev == (p, q)`` and ``_op == "-"``."""
    if cls is None:
        return placeholder("your class (class MyTinyValue(TinyValue): ... with a __sub__)")
    if not isinstance(cls, type):
        return not_a_number(cls, "a class, such as class MyTinyValue(TinyValue): ...")
    if getattr(cls, "__sub__", None) is None:
        return Feedback(
            False,
            f"{cls.__name__} has no __sub__ method yet. Python turns p - q into "
            "p.__sub__(q): define def __sub__(self, other): inside the class.",
        )
    made, trouble = call_learner_code(
        lambda: (cls(5.0, label="p"), cls(2.0, label="q"), cls(1.0, label="r")),
        doing=f"making {cls.__name__}(5.0, label='p')",
    )
    if trouble is not None:
        return trouble
    p, q, r = made
    names = {id(p): "p", id(q): "q", id(r): "r"}
    out, trouble = call_learner_code(lambda: p - q, doing="computing p - q with p = 5, q = 2")
    if trouble is not None:
        return trouble
    if out is None:
        return Feedback(False, "p - q gave None: __sub__ must return the new node.")
    if not _is_tiny(out):
        got = as_number(out)
        if got is not None:
            return Feedback(
                False,
                f"p - q gave the plain number {got:g}, so the graph is lost. Return a new "
                f"node: {cls.__name__}(self.data - other.data, (self, other), \"-\").",
            )
        return Feedback(False, f"p - q should give a node; it gave a {type(out).__name__}.")
    if out is p or p.data != 5.0:
        return Feedback(
            False,
            f"p - q changed p itself (p.data is now {p.data!r}, was 5) and returned it. "
            "An operation must leave its inputs alone and return a new node: "
            f"{cls.__name__}(self.data - other.data, (self, other), \"-\").",
        )
    if out.data == -3.0:
        return Feedback(
            False,
            "p - q gave -3 for p = 5, q = 2: the order is reversed. self is the left "
            "operand: self.data - other.data.",
        )
    if out.data == 7.0:
        return Feedback(False, "p - q gave 7 for p = 5, q = 2: that is p + q.")
    if out.data != 3.0:
        return Feedback(False, f"p - q gave data {out.data!r} for p = 5, q = 2; it should be 3.")
    prev = tuple(out._prev) if isinstance(out._prev, (tuple, list)) else out._prev
    if isinstance(prev, (set, frozenset)):
        return Feedback(
            False,
            "_prev of p - q is a set, and a set has no order: it cannot say which input "
            "is subtracted from which. Pass the tuple (self, other) as _children.",
        )
    elif not prev:
        return Feedback(
            False,
            "The result of p - q does not remember its inputs (_prev is empty): pass "
            "(self, other) as _children, so that the graph is recorded.",
        )
    elif [id(node) for node in prev] == [id(q), id(p)]:
        return Feedback(
            False,
            "_prev of p - q is (q, p): keep the order of the operation, (self, other), "
            "so that a drawing shows which input is subtracted.",
        )
    elif [id(node) for node in prev] != [id(p), id(q)]:
        return Feedback(
            False,
            f"_prev of p - q should be (p, q), the two nodes themselves; it is "
            f"{_labels(prev, names)}. Pass (self, other)"
            + (", not new nodes." if any(id(node) not in names for node in prev) else ".")
            ,
        )
    if out._op != "-":
        return Feedback(
            False,
            f"The result of p - q records the operation {out._op!r}; record \"-\" as _op.",
        )
    twice, trouble = call_learner_code(
        lambda: (p - q) - r, doing="computing (p - q) - r, a result subtracted again")
    if trouble is not None:
        return Feedback(
            False,
            "p - q is right, but (p - q) - r fails: " + trouble.message + " Make the "
            f"result a {cls.__name__} (for example type(self)(...)), so that it can be "
            "subtracted again.",
        )
    if not _is_tiny(twice) or twice.data != 2.0 or p.data != 5.0:
        return Feedback(False, "(p - q) - r should give a node with data 2 for p = 5, q = 2, r = 1.")
    return Feedback(
        True,
        "p - q gives a new node with data 3, _prev (p, q) and _op \"-\": the graph "
        "records the subtraction, and results can be subtracted again.",
    )
