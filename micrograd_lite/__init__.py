"""micrograd-lite: a scalar autograd engine and tiny neural-network library for teaching.

``import micrograd_lite`` (and ``import micrograd_lite.engine``) loads the
standard library only; the drawing functions import graphviz when first used.
"""

from .engine import Value
from .language import set_language
from .nn import MLP, Layer, Module, Neuron

__version__ = "0.1.0"
__all__ = ["Value", "set_language", "Module", "Neuron", "Layer", "MLP", "draw_dot", "to_mermaid"]

_LAZY = {"draw_dot": "graph", "to_mermaid": "graph"}


def __getattr__(name):
    # PEP 562: the drawing functions live in micrograd_lite.graph, which needs
    # graphviz; load it only when a drawing is asked for.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
