"""Checks for lesson 03, "Backpropagation is the chain rule".

Seed 002's network: z = w1*x + b1, h = sigmoid(z), y_hat = w2*h + b2,
L = (y - y_hat)**2.
"""

import math

from ..engine import Value
from .answers import as_number, check_number, is_close, not_a_number, placeholder
from .feedback import Feedback

__all__ = ["check_times_grad", "check_accumulation", "check_grad_b1"]


def check_times_grad(answer):
    """Exercise: p = q * r, q = 3, r = -4, p.grad = 2. q.grad = r * p.grad = -8."""
    return check_number(
        answer,
        what="q.grad (a number)",
        target=-8.0,
        tol=1e-9,
        right="q.grad = r × p.grad = (-4) × 2 = -8: the local derivative of q * r with "
              "respect to q is the other input r, times the gradient from above.",
        mistakes=[
            (-4.0, 1e-9, "-4 is the local derivative dp/dq = r. Multiply it by the gradient "
                         "that arrives from above, p.grad = 2."),
            (6.0, 1e-9, "A * node hands each input the OTHER input: q's local derivative is "
                        "r = -4, not q = 3."),
            (2.0, 1e-9, "Passing the gradient through unchanged is what a + node does. Here "
                        "the operation is *."),
        ],
        otherwise=lambda value: f"{value:g} is not q.grad. Use q.grad = (dp/dq) × p.grad.",
    )


def _overwritten(value):
    return (
        f"{value:g} is what a backward pass with '=' instead of '+=' leaves behind: "
        "the last path overwrites the others. Gradients from all paths add up."
    )


def check_accumulation(answer):
    """Exercise: a = 3, c = a*a + a: dc/da = 2a + 1 = 7."""
    return check_number(
        answer,
        what="a.grad (a number)",
        target=7.0,
        tol=1e-9,
        right="a.grad = 3 + 3 + 1 = 7: a reaches c along three paths (twice through a*a, "
              "once directly), and the three contributions add up. Calculus agrees: "
              "d(a² + a)/da = 2a + 1 = 7.",
        mistakes=[
            (6.0, 1e-9, "6 counts only a*a. a is also added on its own (+ a): that path "
                        "adds 1 more."),
            (4.0, 1e-9, "a appears twice in a*a: each of the two inputs of that * node gets "
                        "3 (the other input), so a*a alone gives 3 + 3."),
            (3.0, 1e-9, _overwritten),
            (1.0, 1e-9, _overwritten),
        ],
        otherwise=lambda value: (
            f"{value:g} is not a.grad. Add up what every path from a to c contributes."
        ),
    )


def _network(x, y, w1, b1, w2, b2):
    h = 1.0 / (1.0 + math.exp(-(w1 * x + b1)))
    y_hat = w2 * h + b2
    return h, y_hat


# points (x, y, w1, b1, w2, b2) at which a learner's formula is compared
_TRIAL_POINTS = (
    (2.0, 0.5, 0.8, -0.2, 1.5, 0.1),
    (-1.0, 1.0, 0.3, 0.4, -2.0, 0.5),
    (0.5, -0.5, -1.2, 0.7, 0.9, -0.3),
)


def _autograd_b1(x, y, w1, b1, w2, b2):
    """dL/db1 by the engine's backward pass (an independent oracle)."""
    b1_value = Value(b1)
    z = w1 * x + b1_value
    y_hat = w2 * z.sigmoid() + b2
    loss = (y - y_hat) ** 2
    loss.backward()
    return b1_value.grad


def check_grad_b1(grad_b1):
    """Exercise: ``grad_b1(x, y, w1, b1, w2, b2)`` returns 2 (y_hat - y) w2 h (1 - h)."""
    if grad_b1 is None:
        return placeholder("your function `grad_b1`")
    if not callable(grad_b1):
        return not_a_number(grad_b1, "a function grad_b1(x, y, w1, b1, w2, b2)")
    for point in _TRIAL_POINTS:
        try:
            got = as_number(grad_b1(*point))
        except Exception as error:  # the learner's code: report, never raise
            return Feedback(
                False,
                f"Calling grad_b1(x, y, w1, b1, w2, b2) with numbers raised "
                f"{type(error).__name__}: {error}",
            )
        if got is None:
            return Feedback(False, "grad_b1 should return a number.")
        expected = _autograd_b1(*point)
        if is_close(got, expected, 1e-6 * max(1.0, abs(expected))):
            continue
        x, y, w1, b1, w2, b2 = point
        h, y_hat = _network(*point)
        slips = (
            (-expected, "The sign is flipped: dL/dy_hat = 2 (y_hat - y), not 2 (y - y_hat)."),
            (2 * (y_hat - y) * w2, "The sigmoid's derivative h (1 - h) is missing (dh/dz)."),
            (2 * (y_hat - y) * h * (1 - h), "The factor w2 (dy_hat/dh) is missing."),
            (2 * (y_hat - y) * w2 * h * (1 - h) * x,
             "That is dL/dw1: the last factor dz/db1 is 1, not x."),
            ((y_hat - y) * w2 * h * (1 - h), "The factor 2 from the square is missing."),
        )
        for wrong, hint in slips:
            if is_close(got, wrong, 1e-6 * max(1.0, abs(wrong))):
                return Feedback(False, hint)
        return Feedback(
            False,
            f"At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives "
            f"{expected:.6f}, your formula {got:.6f}. Multiply the four local derivatives "
            "dL/dy_hat × dy_hat/dh × dh/dz × dz/db1.",
        )
    return Feedback(
        True,
        "dL/db1 = 2 (y_hat - y) × w2 × h (1 - h) × 1 matches autograd at every point tried.",
    )
