"""The small, seeded datasets the lessons train on.

* :func:`make_moons`: two interleaving half circles in the plane (like
  scikit-learn's ``make_moons``), labels -1 and +1, for lesson 05's MLP.
* :func:`sigmoid_net_data`: a 1-D curve that the one-hidden-neuron sigmoid
  network of the post 《导函数 和 更新权重的简单的例子 梯度下降法》 can fit,
  for lesson 04.

The same seed always gives the same numbers (numpy's ``default_rng``).
"""

import math
from numbers import Integral, Real

import numpy as np

from .arrays import sigmoid

__all__ = ["make_moons", "sigmoid_net_data", "SIGMOID_NET_TARGET"]


def _check_count(n, name, minimum):
    if isinstance(n, bool) or not isinstance(n, Integral) or n < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {n!r}")
    return int(n)


def _check_noise(noise):
    if isinstance(noise, bool) or not isinstance(noise, Real) or not (
        math.isfinite(noise) and noise >= 0.0
    ):
        raise ValueError(f"noise must be a finite number >= 0, got {noise!r}")
    return float(noise)


def make_moons(n_samples=100, noise=0.1, seed=0):
    """Two interleaving half circles: ``(X, y)``.

    ``X`` is a float array of shape ``(n_samples, 2)``; ``y`` an int array of
    -1 (the upper moon, centred at (0, 0)) and +1 (the lower moon, centred at
    (1, 0.5)). Each class has ``n_samples // 2`` points (the lower moon gets
    the extra one if ``n_samples`` is odd). The points are shuffled, then
    Gaussian noise of standard deviation ``noise`` is added to both coordinates.
    """
    n_samples = _check_count(n_samples, "n_samples", 2)
    noise = _check_noise(noise)
    rng = np.random.default_rng(seed)
    n_upper = n_samples // 2
    n_lower = n_samples - n_upper
    t_upper = np.linspace(0.0, np.pi, n_upper)
    t_lower = np.linspace(0.0, np.pi, n_lower)
    X = np.concatenate([
        np.column_stack([np.cos(t_upper), np.sin(t_upper)]),
        np.column_stack([1.0 - np.cos(t_lower), 0.5 - np.sin(t_lower)]),
    ])
    y = np.concatenate([-np.ones(n_upper, dtype=int), np.ones(n_lower, dtype=int)])
    order = rng.permutation(n_samples)
    X, y = X[order], y[order]
    X = X + rng.normal(scale=noise, size=X.shape)
    return X, y


# The curve behind sigmoid_net_data. It is exactly what the one-hidden-neuron sigmoid
# network of the post 《导函数 和 更新权重的简单的例子 梯度下降法》,
# y_hat = w2 * sigmoid(w1 * x + b1) + b2 computes with w1 = 1.5, b1 = -0.5,
# w2 = 2.0, b2 = -0.3, so a perfect fit exists (up to the noise).
SIGMOID_NET_TARGET = {"w1": 1.5, "b1": -0.5, "w2": 2.0, "b2": -0.3}


def _target(x):
    t = SIGMOID_NET_TARGET
    return t["w2"] * sigmoid(t["w1"] * x + t["b1"]) + t["b2"]


def sigmoid_net_data(n=20, seed=0, noise=0.05):
    """A small seeded 1-D dataset: ``(xs, ys)``, two lists of Python floats.

    ``xs``: ``n`` points spread evenly over [-3, 3], each moved at random by up
    to a quarter of the spacing (then sorted), so the points are irregular but
    cover the whole interval.
    ``ys = 2 * sigmoid(1.5 * x - 0.5) - 0.3`` plus Gaussian noise of standard
    deviation ``noise``: an S-shaped curve from about -0.3 to 1.7 that one
    sigmoid hidden neuron fits well (see ``SIGMOID_NET_TARGET``).
    """
    n = _check_count(n, "n", 2)
    noise = _check_noise(noise)
    rng = np.random.default_rng(seed)
    grid = np.linspace(-3.0, 3.0, n)
    spacing = 6.0 / (n - 1)
    xs = np.sort(np.clip(grid + rng.uniform(-spacing / 4, spacing / 4, size=n), -3.0, 3.0))
    ys = _target(xs) + rng.normal(scale=noise, size=n)
    return [float(x) for x in xs], [float(y) for y in ys]
