"""Checks for lesson 01, "What a derivative tells you".

The lesson's function is f(x) = 3x² - 4x + 5 (exact slope 6x - 4); seed 000's
expression is L = (a*b + c) * f with a = 2, b = -3, c = 10, f = -2.
"""

from .answers import as_number, check_number, not_a_number, placeholder
from .feedback import Feedback

__all__ = ["check_slope", "check_nudge_b", "check_direction", "check_best_h"]


def check_slope(answer):
    """Exercise: the slope of f at x = -1, measured with h = 0.001 (exactly -10)."""
    return check_number(
        answer,
        what="the slope of f at x = -1 (a number)",
        target=-10.0,
        tol=0.01,
        right=lambda value: (
            f"The slope of f at x = -1 is about {value:.3f}; the exact slope 6x - 4 "
            "gives -10. It is negative: f goes down as x grows there."
        ),
        mistakes=[
            (12.0, 1e-6, "12 is the value f(-1), not its slope. Divide the change "
                         "f(x + h) - f(x) by h."),
            (10.0, 0.01, "The size is right but the sign is not. Compute f(x + h) - f(x) "
                         "in that order, with x = -1."),
            (-0.01, 1e-4, "That is the change of f, f(x + h) - f(x). Divide it by h = 0.001 to "
                          "get the slope."),
        ],
        otherwise=lambda value: (
            f"{value:.4g} is not the slope at x = -1. Compute (f(-1 + h) - f(-1)) / h "
            "with h = 0.001."
        ),
    )


def check_nudge_b(answer):
    """Exercise: dL/db when a = 3 (b = -3, c = 10, f = -2): exactly a*f = -6."""
    return check_number(
        answer,
        what="your estimate of dL/db (a number)",
        target=-6.0,
        tol=0.01,
        right=lambda value: (
            f"dL/db is about {value:.3f} (exactly -6). With a = 3, each step in b "
            "moves e = a*b three times as far, and L = (e + c) * f turns that "
            "into -6."
        ),
        mistakes=[
            (-4.0, 0.01, "-4 is dL/db for a = 2. Set a = 3 in both computations of L, then "
                         "nudge b."),
            (6.0, 0.01, "The sign is wrong. Subtract in the order (L2 - L1) / h, where L2 is "
                        "the L computed with b + h."),
            (-0.006, 1e-4, "That is L2 - L1. Divide it by h to get the slope."),
        ],
        otherwise=lambda value: (
            f"{value:.4g} is not dL/db. Compute L1 with a = 3, b = -3, c = 10, f = -2, "
            "then L2 with b + h, and print (L2 - L1) / h."
        ),
    )


_UP = {"increase", "up", "larger", "bigger", "+"}
_DOWN = {"decrease", "down", "smaller", "lower", "-"}


def check_direction(answer):
    """Exercise: to make L larger, move b up or down? dL/db = -4 < 0, so down."""
    if answer is None:
        return placeholder('"increase" or "decrease"')
    if not isinstance(answer, str):
        return not_a_number(answer, 'the text "increase" or "decrease"')
    word = answer.strip().lower()
    if word in _DOWN:
        return Feedback(
            True,
            "dL/db = -4 is negative: making b larger makes L smaller, so to make L "
            "larger you decrease b.",
        )
    if word in _UP:
        return Feedback(
            False,
            "Look at the sign of dL/db. It is -4: when b goes up by h, L goes down "
            "by about 4h.",
        )
    return Feedback(False, 'Answer with the word "increase" or "decrease".')


def check_best_h(answer):
    """Exercise: a good h for the forward difference (about 1e-8)."""
    if answer is None:
        return placeholder("a step size h (a number such as 1e-3)")
    value = as_number(answer)
    if value is None:
        return not_a_number(answer, "a number")
    if not value > 0.0:
        return Feedback(False, "A step size h must be a positive number.")
    if 1e-9 <= value <= 1e-7:
        return Feedback(
            True,
            f"h = {value:.0e} is close to the best step of the forward difference: "
            "a larger h suffers from truncation error, a smaller one from round-off.",
        )
    if value < 1e-9:
        return Feedback(
            False,
            f"h = {value:.0e} is too small: f(x + h) - f(x) loses its digits to "
            "round-off and the error grows like 1/h. Look left of the lowest point "
            "of the forward curve.",
        )
    return Feedback(
        False,
        f"h = {value:.0e} is larger than needed: the truncation error of the forward "
        "difference shrinks like h. Find the lowest point of the forward curve.",
    )
