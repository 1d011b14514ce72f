"""micrograd_lite.datasets: shapes, labels, reproducibility, the curves they follow."""

import math

import numpy as np
import pytest

from micrograd_lite.datasets import SIGMOID_NET_TARGET, make_moons, sigmoid_net_data


def test_moons_shape_labels_and_balance():
    X, y = make_moons(100, noise=0.1, seed=0)
    assert X.shape == (100, 2) and X.dtype == float
    assert set(y.tolist()) == {-1, 1}
    assert (y == -1).sum() == (y == 1).sum() == 50
    assert (y[:10] == -1).any() and (y[:10] == 1).any()  # shuffled


def test_moons_odd_count():
    _, y = make_moons(7, seed=0)
    assert (y == -1).sum() == 3 and (y == 1).sum() == 4


def test_moons_without_noise_lie_on_the_two_half_circles():
    X, y = make_moons(40, noise=0.0, seed=0)
    upper, lower = X[y == -1], X[y == 1]
    assert np.allclose(np.hypot(upper[:, 0], upper[:, 1]), 1.0)  # centre (0, 0)
    assert (upper[:, 1] >= -1e-12).all()
    assert np.allclose(np.hypot(lower[:, 0] - 1.0, lower[:, 1] - 0.5), 1.0)  # centre (1, 0.5)
    assert (lower[:, 1] <= 0.5 + 1e-12).all()


def test_moons_are_reproducible():
    a, b = make_moons(50, seed=3), make_moons(50, seed=3)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[0], make_moons(50, seed=4)[0])


@pytest.mark.parametrize("kwargs", [{"n_samples": 1}, {"n_samples": 2.5}, {"noise": -0.1},
                                    {"noise": math.nan}])
def test_moons_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        make_moons(**kwargs)


def test_sigmoid_net_data_is_plain_floats_spread_over_minus3_to_3():
    xs, ys = sigmoid_net_data()
    assert len(xs) == len(ys) == 20
    assert all(type(v) is float for v in xs + ys)
    assert xs == sorted(xs) and -3.0 <= xs[0] < -2.5 and 2.5 < xs[-1] <= 3.0
    assert max(b - a for a, b in zip(xs, xs[1:])) < 2 * 6 / 19  # no big gaps


def test_sigmoid_net_data_follows_its_target_curve():
    xs, ys = sigmoid_net_data(n=200, seed=1)
    t = SIGMOID_NET_TARGET
    residuals = [y - (t["w2"] / (1 + math.exp(-(t["w1"] * x + t["b1"]))) + t["b2"])
                 for x, y in zip(xs, ys)]
    assert abs(sum(residuals) / len(residuals)) < 0.02
    assert 0.03 < (sum(r * r for r in residuals) / len(residuals)) ** 0.5 < 0.07  # noise 0.05
    exact_xs, exact_ys = sigmoid_net_data(n=5, noise=0.0)
    assert exact_ys[0] == pytest.approx(2 / (1 + math.exp(-(1.5 * exact_xs[0] - 0.5))) - 0.3)


def test_sigmoid_net_data_is_reproducible():
    assert sigmoid_net_data(seed=5) == sigmoid_net_data(seed=5)
    assert sigmoid_net_data(seed=5) != sigmoid_net_data(seed=6)
