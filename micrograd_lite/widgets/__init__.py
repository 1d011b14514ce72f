"""The ipywidgets explorers the lessons use: a pure drawing function per
explorer, wired to controls by :class:`~micrograd_lite.widgets.core.Explorer`."""

from .core import Explorer, LiveOutput

# Each lesson's explorers, loaded on first use (PEP 562), so that importing one
# lesson's widgets does not import what every other lesson needs.
_LESSON_WIDGETS = {
    "tangent_explorer": "derivatives",  # lesson 01
    "error_explorer": "derivatives",
    "graph_explorer": "graphs",  # lessons 02 and 03
    "backprop_stepper": "graphs",
    "paths_explorer": "paths",  # lesson 03
    "parabola_explorer": "descent",  # lesson 04
    "bowl_explorer": "descent",
    "sigmoid_net_explorer": "descent",
    "MoonsTrainer": "training",  # lesson 05
    "ProgressBar": "training",
}

__all__ = ["Explorer", "LiveOutput", *_LESSON_WIDGETS]


def __getattr__(name):
    if name in _LESSON_WIDGETS:
        import importlib

        return getattr(importlib.import_module(f".{_LESSON_WIDGETS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
