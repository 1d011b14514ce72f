"""Checks for lesson 02, "Values and the computational graph".

Seed 000's neuron: x1 = 2, w1 = -3, x2 = 0, w2 = 1, b = 6.8813735870195432,
n = x1*w1 + x2*w2 + b = 0.8814, o = tanh(n) = 0.7071.
"""

import math

from ..engine import Value
from .answers import as_number, check_number, is_close, not_a_number, placeholder
from .feedback import Feedback

__all__ = ["check_value_count", "check_forward", "check_neuron"]

SEED_NEURON = {"x1": 2.0, "w1": -3.0, "x2": 0.0, "w2": 1.0, "b": 6.8813735870195432}


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
        ],
        otherwise=lambda value: (
            f"{value:g} is not the count. Look at the drawing: each box with data and "
            "grad is one Value."
        ),
    )


def check_forward(answer):
    """Exercise: o for the seed's neuron with x2 = 1 (n = 1.8814, o = tanh(n) = 0.9548)."""
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
        ],
        otherwise=lambda value: (
            f"{value:.4f} is not o. Compute n = x1*w1 + x2*w2 + b with x2 = 1, "
            "then o = n.tanh()."
        ),
    )


# points at which a learner's neuron function is tried: (x1, w1, x2, w2, b)
_TRIAL_POINTS = (
    (2.0, -3.0, 0.0, 1.0, 6.8813735870195432),
    (0.5, 1.5, -1.0, 2.0, 0.25),
    (-1.0, 0.3, 2.0, -0.7, -0.1),
)


def check_neuron(neuron):
    """Exercise: ``neuron(x1, w1, x2, w2, b)`` builds o = tanh(x1*w1 + x2*w2 + b) from Values."""
    if neuron is None:
        return placeholder("your neuron function (it takes five Values and returns o)")
    if not callable(neuron):
        return not_a_number(neuron, "a function neuron(x1, w1, x2, w2, b)")
    for point in _TRIAL_POINTS:
        inputs = [Value(v, label=name) for v, name in zip(point, ("x1", "w1", "x2", "w2", "b"))]
        try:
            out = neuron(*inputs)
        except Exception as error:  # the learner's code: report, never raise
            return Feedback(
                False,
                f"Calling neuron(x1, w1, x2, w2, b) with five Values raised "
                f"{type(error).__name__}: {error}",
            )
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
                f"neuron should return a Value; it returned a {type(out).__name__}.",
            )
        if is_close(out.data, n, 1e-9) and not is_close(n, math.tanh(n), 1e-9):
            return Feedback(
                False,
                "That is n = x1*w1 + x2*w2 + b. The neuron's output applies tanh to it.",
            )
        if not is_close(out.data, math.tanh(n), 1e-9):
            return Feedback(
                False,
                f"For x1={x1}, w1={w1}, x2={x2}, w2={w2}, b={b} the output should be "
                f"tanh({n:.4f}) = {math.tanh(n):.4f}, but it is {out.data:.4f}.",
            )
        reached = {id(node) for node in out.topological_order()}
        missing = [v.label for v in inputs if id(v) not in reached]
        if missing:
            return Feedback(
                False,
                f"The output does not depend on the Values you were given for "
                f"{', '.join(missing)}: build o from the arguments themselves, not from "
                "new Values.",
            )
    return Feedback(
        True,
        "Your neuron builds o = tanh(x1*w1 + x2*w2 + b) from Values, so the whole graph "
        "is recorded; it gives 0.7071 for the seed's numbers.",
    )
