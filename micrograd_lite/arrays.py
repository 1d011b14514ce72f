"""The same MLP with numpy arrays: forward and backward written out by hand.

The scalar engine builds one graph node per neuron (or per ``+`` and ``*``) and
walks them one at a time. Here a whole layer is one matrix product, and the
backward pass is the chain rule written once per layer instead of once per
node:

    forward                          backward (G = dL/dZ of the layer)
    Z = A_prev @ W + b               dL/dW      = A_prev.T @ G  (+ 2 alpha W)
    A = act(Z)                       dL/db      = G summed over the rows (+ 2 alpha b)
                                     dL/dA_prev = G @ W.T
                                     G_prev     = dL/dA_prev * act'(Z_prev)

The loss is micrograd's demo loss: the mean hinge loss ``relu(1 - y * score)``
plus ``alpha`` times the sum of the squares of every weight and bias.

``NumpyMLP.from_mlp(mlp)`` copies the weights of a ``micrograd_lite`` (or
``micrograd``) ``MLP``, so both can be trained side by side from the same start
and give the same losses, step after step.

Layer ``l`` keeps its weights as a matrix ``W`` of shape ``(nin, nout)``:
column ``j`` holds the weights of neuron ``j``, and ``b[j]`` its bias.
"""

import numpy as np

__all__ = ["NumpyMLP"]


def _relu(z):
    # as the engine: nan passes through (np.maximum keeps it), with slope 1
    return np.maximum(z, 0.0), ((z > 0.0) | np.isnan(z)).astype(float)


def _tanh(z):
    t = np.tanh(z)
    return t, 1.0 - t * t


def sigmoid(z):
    """``1 / (1 + e ** -z)`` of every element, in the stable form: exp of a large
    positive number is never taken."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid(z):
    s = sigmoid(z)
    return s, s * (1.0 - s)


def _linear(z):
    return z, np.ones_like(z)


# name -> function giving (act(Z), act'(Z)); the same names as micrograd_lite.nn
_ACTIVATIONS = {"relu": _relu, "tanh": _tanh, "sigmoid": _sigmoid, "linear": _linear}


def _neuron_activation(neuron):
    """A neuron's activation name; micrograd's neurons only have ``nonlin``."""
    activation = getattr(neuron, "activation", None)
    if activation is None:
        activation = "relu" if neuron.nonlin else "linear"
    return activation


class NumpyMLP:
    """A multi-layer perceptron whose layers are numpy matrices.

    ``weights[l]`` has shape ``(nin, nout)``, ``biases[l]`` shape ``(nout,)``;
    ``activations[l]`` is one of "relu", "tanh", "sigmoid", "linear".
    """

    def __init__(self, weights, biases, activations):
        if not (len(weights) == len(biases) == len(activations)) or not weights:
            raise ValueError(
                "weights, biases and activations need one entry per layer "
                f"(got {len(weights)}, {len(biases)}, {len(activations)})"
            )
        self.weights = [np.array(W, dtype=float) for W in weights]
        self.biases = [np.array(b, dtype=float) for b in biases]
        for i, (W, b, act) in enumerate(zip(self.weights, self.biases, activations)):
            if W.ndim != 2 or b.shape != (W.shape[1],):
                raise ValueError(
                    f"layer {i}: weights must be (nin, nout) and biases (nout,), "
                    f"got {W.shape} and {b.shape}"
                )
            if i and W.shape[0] != self.weights[i - 1].shape[1]:
                raise ValueError(
                    f"layer {i} takes {W.shape[0]} inputs but layer {i - 1} "
                    f"gives {self.weights[i - 1].shape[1]}"
                )
            if act not in _ACTIVATIONS:
                raise ValueError(
                    f"unknown activation {act!r}; choose one of {sorted(_ACTIVATIONS)}"
                )
        self.activations = list(activations)
        self.grads = None  # filled by loss_and_grads, used by step

    @classmethod
    def from_mlp(cls, mlp):
        """Copy the weights of an engine ``MLP`` (micrograd_lite's or micrograd's)."""
        weights, biases, activations = [], [], []
        for i, layer in enumerate(mlp.layers):
            neurons = layer.neurons
            names = {_neuron_activation(n) for n in neurons}
            if len(names) != 1:
                raise ValueError(f"layer {i} mixes activations {sorted(names)}")
            weights.append([[n.w[k].data for n in neurons] for k in range(len(neurons[0].w))])
            biases.append([n.b.data for n in neurons])
            activations.append(names.pop())
        return cls(weights, biases, activations)

    # ------------------------------------------------------------------
    def parameters(self):
        """The parameter arrays in the order ``[W1, b1, W2, b2, ...]``."""
        return [p for W, b in zip(self.weights, self.biases) for p in (W, b)]

    def flatten(self, arrays=None):
        """Parameters (or gradients laid out like them) as one vector in the
        order of the engine's ``mlp.parameters()``: neuron by neuron, its
        weights then its bias."""
        arrays = self.parameters() if arrays is None else arrays
        pieces = []
        for W, b in zip(arrays[0::2], arrays[1::2]):
            pieces.append(np.hstack([W.T, b[:, None]]).ravel())
        return np.concatenate(pieces)

    def _check_inputs(self, X):
        X = np.asarray(X, dtype=float)
        nin = self.weights[0].shape[0]
        if X.ndim != 2 or X.shape[1] != nin:
            raise ValueError(f"X must have shape (n, {nin}), got {X.shape}")
        return X

    def _forward(self, X):
        """Every layer's input and its activation's slope, then the output."""
        inputs, slopes = [], []
        A = X
        for W, b, act in zip(self.weights, self.biases, self.activations):
            inputs.append(A)
            A, slope = _ACTIVATIONS[act](A @ W + b)
            slopes.append(slope)
        return A, inputs, slopes

    def scores(self, X):
        """The network's raw outputs: shape (n,) for one output neuron, else (n, nout)."""
        out = self._forward(self._check_inputs(X))[0]
        return out[:, 0] if out.shape[1] == 1 else out

    __call__ = scores

    def predict(self, X):
        """Class labels, +1 where the score is positive and -1 elsewhere."""
        return np.where(self.scores(X) > 0.0, 1.0, -1.0)

    def score(self, X, y):
        """Accuracy on (X, y) with labels -1/+1, as scikit-learn names it."""
        y = self._check_labels(y, len(self._check_inputs(X)))
        return float(np.mean((y > 0) == (self.scores(X) > 0.0)))

    @staticmethod
    def _check_labels(y, n):
        y = np.asarray(y, dtype=float)
        if y.shape != (n,):
            raise ValueError(f"y must have shape ({n},), got {y.shape}")
        if not np.all((y == 1.0) | (y == -1.0)):
            raise ValueError("the hinge loss needs labels -1 and +1")
        return y

    # ------------------------------------------------------------------
    def loss_and_grads(self, X, y, alpha=1e-4):
        """micrograd's demo loss, its accuracy, and the gradient of every parameter.

        loss = mean(relu(1 - y * score)) + alpha * sum(p ** 2 over all parameters)

        Returns ``(loss, accuracy, grads)`` with ``grads`` laid out like
        :meth:`parameters`; they are also kept for :meth:`step`.
        """
        X = self._check_inputs(X)
        if self.weights[-1].shape[1] != 1:
            raise ValueError("the hinge loss needs a network with one output")
        y = self._check_labels(y, len(X))
        out, inputs, slopes = self._forward(X)
        s = out[:, 0]
        margins = 1.0 - y * s
        data_loss = np.mean(np.maximum(margins, 0.0))
        reg_loss = alpha * sum(float(np.sum(p * p)) for p in self.parameters())
        accuracy = float(np.mean((y > 0) == (s > 0.0)))

        # d loss / d score_i = -y_i / n where the hinge is active, else 0
        G = (-y * (margins > 0.0) / len(X))[:, None] * slopes[-1]
        grads = [None] * (2 * len(self.weights))
        for layer in reversed(range(len(self.weights))):
            W, b = self.weights[layer], self.biases[layer]
            grads[2 * layer] = inputs[layer].T @ G + 2.0 * alpha * W
            grads[2 * layer + 1] = G.sum(axis=0) + 2.0 * alpha * b
            if layer:
                G = (G @ W.T) * slopes[layer - 1]
        self.grads = grads
        return float(data_loss + reg_loss), accuracy, grads

    def step(self, lr):
        """One step of gradient descent with the gradients of the last
        :meth:`loss_and_grads`: ``p -= lr * grad``."""
        if self.grads is None:
            raise RuntimeError("call loss_and_grads(X, y) before step(lr)")
        for p, g in zip(self.parameters(), self.grads):
            p -= lr * g
        self.grads = None
