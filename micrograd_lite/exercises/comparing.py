"""Comparing a learner's class before and after its objects are used: the
attributes its objects change, state kept on the class itself, which every
object shares (what the coding checks of lessons 04 and 05 look for).
"""

from .answers import differing

__all__ = ["differing", "class_snapshot", "changed_since", "instance_attributes"]


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


def instance_attributes(obj):
    """``{name: value}`` of what ``obj`` holds itself: its ``__dict__``, or the slots that
    its class declares (``__slots__``) and that are set."""
    held = dict(getattr(obj, "__dict__", {}))
    for klass in type(obj).__mro__:
        slots = vars(klass).get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                held.setdefault(name, getattr(obj, name))
    return held
