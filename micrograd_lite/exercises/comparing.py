"""Comparing a learner's code with the worked solution: what lessons 04 and 05 share.

Two things the coding checks of those lessons need alike: a wrong number and the
right one written so that a learner sees where they differ (never a 17-digit
float), and the attributes of a learner's class that its objects change: state
kept on the class itself, which every object shares.
"""

from numbers import Real

from .answers import shown

__all__ = ["differing", "class_snapshot", "changed_since"]


def differing(got, want):
    """``got`` and ``want`` written with the same, fewest digits (at least 4) that
    tell them apart: ``differing(0.95140893, 1.00936968)`` is ``("0.9514", "1.009")``.

    A learner's number is never rounded onto the right one; the two are written
    in full only when they differ in the last digits of a float.
    """
    if not all(isinstance(v, Real) and not isinstance(v, bool) for v in (got, want)):
        return shown(got), shown(want)
    for digits in range(4, 18):
        a, b = f"{got:.{digits}g}", f"{want:.{digits}g}"
        if a != b:
            return a, b
    return shown(got), shown(want)


def _is_state(name, value):
    """Whether a class attribute is data (not a method, property or ``__name__``)."""
    return not (name.startswith("__") or callable(value) or hasattr(value, "__get__"))


def class_snapshot(cls):
    """What the data attributes of ``cls`` hold now, to compare with later."""
    return {name: repr(value) for name, value in vars(cls).items() if _is_state(name, value)}


def changed_since(cls, snapshot):
    """The data attributes of ``cls`` made or changed since ``snapshot`` was taken:
    state that the learner's code keeps on the class, shared by every instance."""
    return [name for name, now in class_snapshot(cls).items() if snapshot.get(name) != now]
