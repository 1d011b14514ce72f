"""A tiny neural-network library on top of ``Value``: Neuron, Layer, MLP.

The names and signatures follow karpathy/micrograd's ``nn.py``, so code written
for micrograd runs with only the import changed.

The fast path, and why
----------------------
A neuron computes ``act(w1*x1 + ... + wn*xn + b)``. Built from ``*`` and ``+``
that is 2n+1 graph nodes, each walked once forward and once backward. By default
(``fused=True``) a ``Neuron`` makes **one** node instead, whose local
derivatives are written out by hand:

    d out / d wi = act'(n) * xi      d out / d xi = act'(n) * wi
    d out / d b  = act'(n)           where n = w . x + b

The numbers are the same as the unfused graph's; the graph is just ~30x
smaller, which is what makes training in the lessons interactive. Pass
``fused=False`` to get the node-by-node graph that lessons 02 and 03 draw.
"""

import math
import random
from numbers import Real
from operator import mul

from .engine import Value, _result, stable_sigmoid

__all__ = ["Module", "Neuron", "Layer", "MLP", "ACTIVATIONS"]


def _relu(n):
    return (n, 1.0) if n > 0.0 or n != n else (0.0, 0.0)  # nan passes through


def _tanh(n):
    t = math.tanh(n)
    return t, 1.0 - t * t


def _sigmoid(n):
    s = stable_sigmoid(n)
    return s, s * (1.0 - s)


def _linear(n):
    return n, 1.0


# name -> (function giving (act(n), act'(n)), the Value method for the unfused graph, display name)
ACTIVATIONS = {
    "relu": (_relu, Value.relu, "ReLU"),
    "tanh": (_tanh, Value.tanh, "tanh"),
    "sigmoid": (_sigmoid, Value.sigmoid, "sigmoid"),
    "linear": (_linear, None, "Linear"),
}
_FUSED_OP = {name: f"{display}(w·x+b)" for name, (_, _, display) in ACTIVATIONS.items()}


class Module:
    """Anything with parameters: knows how to list them and zero their grads."""

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0

    def parameters(self):
        return []


def _uniform(rng):
    """micrograd's initialisation, uniform in [-1, 1]. With no rng it uses the
    global ``random`` module exactly as micrograd does, so ``random.seed(1337)``
    gives micrograd's weights."""
    return rng.uniform(-1, 1) if rng is not None else random.uniform(-1, 1)


def _make_rng(seed, rng):
    if rng is not None:
        return rng
    return random.Random(seed) if seed is not None else None


class Neuron(Module):
    """One neuron: ``act(w . x + b)``.

    ``nonlin`` is micrograd's switch (True = ReLU, False = linear);
    ``activation`` ("relu", "tanh", "sigmoid", "linear") overrides it.
    ``random_bias=True`` draws the bias uniform in [-1, 1] after the weights,
    as the lecture's Neuron does (micrograd starts it at 0).
    ``seed`` (or a ``random.Random`` as ``rng``) makes the initial weights
    reproducible without touching global random state.
    """

    def __init__(self, nin, nonlin=True, activation=None, seed=None, rng=None, fused=True,
                 random_bias=False):
        if activation is None:
            activation = "relu" if nonlin else "linear"
        if activation not in ACTIVATIONS:
            raise ValueError(
                f"unknown activation {activation!r}; choose one of {sorted(ACTIVATIONS)}"
            )
        rng = _make_rng(seed, rng)
        self.w = [Value(_uniform(rng)) for _ in range(nin)]
        self.b = Value(_uniform(rng) if random_bias else 0)  # after the weights, as in the lecture
        self.activation = activation
        self.nonlin = activation != "linear"
        self.fused = fused

    def __call__(self, x):
        if len(x) != len(self.w):
            raise ValueError(f"this neuron takes {len(self.w)} inputs, got {len(x)}")
        if self.fused:
            return self._fused_call(*_fused_inputs(x))
        # the plain graph: one node per * and +, as micrograd builds it
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        method = ACTIVATIONS[self.activation][1]
        return method(n) if method is not None else n

    def _fused_call(self, x_data, x_nodes, positions):
        """One node for the whole neuron: its value and its local derivatives."""
        w = self.w
        w_data = [wi.data for wi in w]
        n = sum(map(mul, w_data, x_data), self.b.data)
        out, slope = ACTIVATIONS[self.activation][0](n)
        w_of_nodes = w_data if positions is None else [w_data[i] for i in positions]
        # d out/d wi = slope * xi,  d out/d xi = slope * wi,  d out/d b = slope
        if slope == 1.0:
            local = (*x_data, *w_of_nodes, 1.0)
        elif slope == 0.0 and math.isfinite(n):  # every input finite: all the products are 0
            local = (0.0,) * (len(x_data) + len(w_of_nodes) + 1)
        else:
            local = (*[xd * slope for xd in x_data], *[wd * slope for wd in w_of_nodes], slope)
        return _result(out, (*w, *x_nodes, self.b), local, _FUSED_OP[self.activation])

    def parameters(self):
        return self.w + [self.b]

    def __repr__(self):
        return f"{ACTIVATIONS[self.activation][2]}Neuron({len(self.w)})"


def _fused_inputs(x):
    """What a fused neuron needs of its inputs ``x``: (their numbers, the Values
    among them, and where those stand, or None when every input is a Value).
    Plain numbers are constants: no node, no gradient."""
    if all(isinstance(xi, Value) for xi in x):
        return [xi.data for xi in x], tuple(x), None
    positions = [i for i, xi in enumerate(x) if isinstance(xi, Value)]
    x_data = [xi.data if isinstance(xi, Value) else _checked_float(xi) for xi in x]
    return x_data, tuple(x[i] for i in positions), positions


def _checked_float(x):
    return Value(x).data  # the engine's check: a clear TypeError for "abc", None, ...


class Layer(Module):
    """``nout`` neurons that all see the same inputs."""

    def __init__(self, nin, nout, seed=None, rng=None, **kwargs):
        rng = _make_rng(seed, rng)
        self.neurons = [Neuron(nin, rng=rng, **kwargs) for _ in range(nout)]

    def __call__(self, x):
        neurons = self.neurons
        if all(n.fused and len(n.w) == len(x) for n in neurons):
            inputs = _fused_inputs(x)  # worked out once, for all the neurons
            out = [n._fused_call(*inputs) for n in neurons]
        else:
            out = [n(x) for n in neurons]
        return out[0] if len(out) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]

    def __repr__(self):
        return f"Layer of [{', '.join(str(n) for n in self.neurons)}]"


class MLP(Module):
    """A multi-layer perceptron: ``MLP(2, [16, 16, 1])``.

    Hidden layers use ``activation`` (ReLU, as in micrograd); the last layer
    uses ``output_activation`` (linear, as in micrograd).

    The network of Karpathy's lecture (tanh in every layer, the output too,
    and biases drawn uniform in [-1, 1] after each neuron's weights) is::

        MLP(3, [4, 4, 1], activation="tanh", output_activation="tanh", random_bias=True)

    With the same ``random.seed`` it starts from the lecture's weights.
    """

    def __init__(self, nin, nouts, activation="relu", output_activation="linear",
                 seed=None, rng=None, fused=True, random_bias=False):
        rng = _make_rng(seed, rng)
        sizes = [nin] + list(nouts)
        self.layers = [
            Layer(
                sizes[i], sizes[i + 1], rng=rng, fused=fused, random_bias=random_bias,
                activation=activation if i != len(nouts) - 1 else output_activation,
            )
            for i in range(len(nouts))
        ]

    def __call__(self, x):
        for layer in self.layers:
            # a one-output layer returns a lone Value: the next layer gets [it]
            x = layer([x] if isinstance(x, (Value, Real)) else x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def __repr__(self):
        return f"MLP of [{', '.join(str(layer) for layer in self.layers)}]"
