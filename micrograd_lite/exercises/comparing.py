"""Comparing a learner's class before and after its objects are used: the
attributes its objects change, state kept on the class itself, which every
object shares (what the coding checks of lessons 04 and 05 look for).
"""

from .answers import differing

__all__ = ["differing", "class_snapshot", "changed_since"]


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
