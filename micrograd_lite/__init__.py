"""micrograd-lite: a scalar autograd engine and tiny neural-network library for teaching."""

from .engine import Value
from .nn import MLP, Layer, Module, Neuron

__version__ = "0.1.0"
__all__ = ["Value", "Module", "Neuron", "Layer", "MLP"]
