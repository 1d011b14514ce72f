"""Checks for lesson 01, "What a derivative tells you".

The lesson's function is f(x) = 3x² - 4x + 5 (exact slope 6x - 4); seed 000's
expression is L = (a*b + c) * f with a = 2, b = -3, c = 10, f = -2.
"""

from ..engine import Value
from .answers import as_number, check_number, not_a_number, placeholder
from .feedback import Feedback

__all__ = ["check_slope", "check_nudge_b", "check_direction", "check_error_factor"]


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
            (-9.97, 1e-3, "That is the slope measured with h = 0.01. Use h = 0.001."),
            (2.0, 0.01, "That is the slope at x = 1. The exercise asks for x = -1 (minus one)."),
            (14.0, 0.01, "That is the slope at x = 3, from the lesson. Set x = -1."),
        ],
        otherwise=lambda value: (
            f"{value:.4g} is not the slope at x = -1. Compute (f(-1 + h) - f(-1)) / h "
            "with h = 0.001."
        ),
    )


def check_nudge_b(answer):
    """Exercise: dL/db when a = 3 (b = -3, c = 10, f = -2): exactly a*f = -6."""
    if isinstance(answer, Value):
        what = ""
        if answer.data == -8.0:
            what = " -8 is the value of L itself (for a = 2)."
        elif answer.data == -2.0:
            what = " -2 is the value of L itself for a = 3."
        return Feedback(
            False,
            f"You gave a Value (data {answer.data:g}).{what} The answer is a plain number, "
            "the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, "
            "which works on plain numbers).",
        )
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
            (6.0, 0.01, "6 has the right size and the wrong sign; it is also dL/da (b × f). "
                        "Nudge b, not a, and compute (L2 - L1) / h, where L2 is the L "
                        "computed with b + h."),
            (-0.006, 1e-4, "That is L2 - L1. Divide it by h to get the slope."),
            (-2.0, 0.01, "-2 is the value of L itself for a = 3 (and also dL/dc). The "
                         "exercise asks how fast L changes when b moves: (L2 - L1) / h."),
            (1.0, 0.01, "1 is dL/df for a = 3 (a × b + c). Nudge b, not f."),
            (4.0, 0.01, "4 is dL/df for a = 2 (a × b + c). Set a = 3 and nudge b, not f."),
            (-8.0, 0.01, "-8 is the value of L for a = 2, not a slope. Set a = 3, nudge b and "
                         "compute (L2 - L1) / h."),
        ],
        otherwise=lambda value: (
            f"{value:.4g} is not dL/db. Compute L1 with a = 3, b = -3, c = 10, f = -2, "
            "then L2 with b + h, and print (L2 - L1) / h."
        ),
    )


_UP = {"increase", "up", "larger", "bigger", "more", "higher", "greater", "raise", "+"}
_DOWN = {"decrease", "down", "smaller", "lower", "less", "reduce", "-"}


def check_direction(answer):
    """Exercise: to make L larger, move b up or down? dL/db = -4 < 0, so down."""
    if answer is None:
        return placeholder('"increase" or "decrease"')
    if not isinstance(answer, str):
        if as_number(answer) is not None:
            return Feedback(
                False,
                "That is a number. Answer with a word, in quotes: \"increase\" or "
                "\"decrease\".",
            )
        return not_a_number(answer, 'the text "increase" or "decrease"')
    words = set(answer.strip().lower().replace(".", " ").replace("!", " ").split())
    if words & {"not", "don't", "dont", "never"}:
        return Feedback(False, 'Answer with one word: "increase" or "decrease".')
    if "l" in words and (words - {"l", "b"}):
        return Feedback(
            False,
            "The question is what to do with b (making L larger is the goal). Answer with "
            'one word for b: "increase" or "decrease".',
        )
    up = any(word in _UP or word.startswith("increas") for word in words)
    down = any(word in _DOWN or word.startswith("decreas") for word in words)
    if down and not up:
        return Feedback(
            True,
            "dL/db = -4 is negative: making b larger makes L smaller, so to make L "
            "larger you decrease b.",
        )
    if up and not down:
        return Feedback(
            False,
            "Look at the sign of dL/db. It is -4: when b goes up by h, L goes down "
            "by about 4h.",
        )
    return Feedback(False, 'Answer with the word "increase" or "decrease".')


def check_error_factor(answer):
    """Exercise: by what factor does the central difference's error shrink when h
    shrinks from 1e-2 to 1e-3 (exp at x = 1)? It shrinks like h², so by 100."""
    if answer is None:
        return placeholder("a number: how many times smaller the error gets")
    value = as_number(answer)
    if value is None:
        return not_a_number(answer, "a number")
    if 80.0 <= value <= 125.0:
        return Feedback(
            True,
            f"About {value:g}: the central difference's error shrinks like h², so ten "
            "times smaller h gives 10² = 100 times smaller error (two decades down per "
            "decade on the figure). The forward difference gains only a factor 10.",
        )
    if 8.0 <= value <= 12.5:
        return Feedback(
            False,
            "A factor 10 is what the forward difference gains, whose error shrinks like h. "
            "The central difference's error shrinks like h².",
        )
    if 1.5 <= value <= 2.5:
        return Feedback(
            False,
            "2 is the power: the error shrinks like h², the slope 2 of the central line on "
            "log-log axes. Ten times smaller h then gives how many times smaller error?",
        )
    if 0.0 < value < 1e-3:
        return Feedback(
            False,
            f"{value:g} looks like an error value, read off the curve. The factor is "
            "a ratio: divide the error at h = 1e-2 by the error at h = 1e-3.",
        )
    if 0.0 < value < 1.0:
        return Feedback(
            False,
            f"{value:g} is below 1, which would mean the error grows. Give how many times "
            "SMALLER it gets: the error at 1e-2 divided by the error at 1e-3.",
        )
    if 800.0 <= value <= 1250.0:
        return Feedback(
            False,
            "A factor 1000 would be an error shrinking like h³. The central difference's "
            "shrinks like h².",
        )
    if value <= 0.0:
        return Feedback(
            False,
            "A factor between two errors (sizes) is a positive number: the error at "
            "h = 1e-2 divided by the error at h = 1e-3.",
        )
    return Feedback(
        False,
        f"{value:g} is not the factor. Read the central curve at h = 1e-2 and at h = 1e-3 "
        "on the log axes, or use how its error shrinks: like h².",
    )
