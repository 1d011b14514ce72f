"""Reading a learner's answer: the small steps every exercise check shares."""

import math
from numbers import Real

from ..engine import Value
from .feedback import Feedback

__all__ = ["as_number", "is_close", "placeholder", "not_a_number"]


def as_number(answer):
    """The answer as a float, or ``None`` if it is not a single real number.

    A ``Value`` counts as its ``data``; ``True``/``False`` are not numbers here.
    """
    if isinstance(answer, Value):
        return answer.data
    if isinstance(answer, bool) or not isinstance(answer, Real):
        # numpy scalars are Real; a one-element array is not accepted on purpose
        return None
    return float(answer)


def is_close(value, target, tol):
    """``|value - target| <= tol`` for finite numbers."""
    return math.isfinite(value) and abs(value - target) <= tol


def placeholder(what):
    """The kind answer to an untouched ``answer = None`` cell."""
    return Feedback(False, f"Replace `None` with {what}, then run the cell again.")


def not_a_number(answer, what):
    """The answer to something that is not a number at all."""
    return Feedback(
        False,
        f"The answer should be {what}; you gave a {type(answer).__name__}.",
    )
