"""The ipywidgets explorers the lessons use: a pure drawing function per
explorer, wired to controls by :class:`~micrograd_lite.widgets.core.Explorer`."""

from .core import Explorer, LiveOutput

__all__ = ["Explorer", "LiveOutput"]
