"""The ipywidgets explorers the lessons use: a pure drawing function per
explorer, wired to controls by :class:`~micrograd_lite.widgets.core.Explorer`."""

from .core import Explorer, LiveOutput

__all__ = ["Explorer", "LiveOutput"]

# Lessons 01-03's explorers, loaded on first use (PEP 562), so that importing
# one lesson's widgets does not import what every other lesson needs.
_LESSON_WIDGETS = {
    "tangent_explorer": "derivatives",
    "error_explorer": "derivatives",
    "graph_explorer": "graphs",
    "backprop_stepper": "graphs",
}
__all__ += list(_LESSON_WIDGETS)


def __getattr__(name):
    if name in _LESSON_WIDGETS:
        import importlib

        return getattr(importlib.import_module(f".{_LESSON_WIDGETS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Lessons 04-05's explorers, loaded the same way.
_LESSONS_04_05 = {
    "parabola_explorer": "descent",
    "bowl_explorer": "descent",
    "seed002_explorer": "descent",
    "MoonsTrainer": "training",
    "ProgressBar": "training",
}
_LESSON_WIDGETS.update(_LESSONS_04_05)
__all__ += list(_LESSONS_04_05)
