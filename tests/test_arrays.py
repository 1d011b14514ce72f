"""The numpy MLP against the scalar engine and against finite differences."""

import random

import numpy as np
import pytest

from micrograd_lite.arrays import NumpyMLP
from micrograd_lite.datasets import make_moons
from micrograd_lite.engine import Value
from micrograd_lite.nn import MLP
from micrograd_lite.numeric import numeric_gradient


def engine_loss(model, X, y, alpha):
    """micrograd's demo loss, built node by node with the scalar engine."""
    scores = [model([Value(a), Value(b)]) for a, b in X.tolist()]
    losses = [(1 + -yi * s).relu() for yi, s in zip(y.tolist(), scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    reg_loss = alpha * sum(p * p for p in model.parameters())
    accuracy = sum((yi > 0) == (s.data > 0) for yi, s in zip(y.tolist(), scores)) / len(y)
    return data_loss + reg_loss, accuracy


def with_random_biases(model, seed=0):
    """micrograd starts every bias at 0; give them values so their gradients are tested too."""
    rng = random.Random(seed)
    for layer in model.layers:
        for neuron in layer.neurons:
            neuron.b.data = rng.uniform(-0.5, 0.5)
    return model


@pytest.fixture
def moons():
    X, y = make_moons(n_samples=30, noise=0.1, seed=3)
    return X, y


NETWORKS = [
    dict(activation="relu", output_activation="linear"),
    dict(activation="tanh", output_activation="linear"),
    dict(activation="sigmoid", output_activation="tanh"),
    dict(activation="relu", output_activation="linear", fused=False),
]


def test_from_mlp_copies_every_weight_in_the_engines_order():
    model = MLP(2, [4, 3, 1], seed=7)
    net = NumpyMLP.from_mlp(model)
    assert net.flatten().tolist() == [p.data for p in model.parameters()]
    assert [W.shape for W in net.weights] == [(2, 4), (4, 3), (3, 1)]
    assert net.activations == ["relu", "relu", "linear"]
    # a copy, not a view: changing the engine's weights leaves the arrays alone
    model.parameters()[0].data += 1.0
    assert net.flatten()[0] == model.parameters()[0].data - 1.0


@pytest.mark.parametrize("kwargs", NETWORKS, ids=lambda k: "-".join(map(str, k.values())))
def test_loss_accuracy_and_every_gradient_equal_the_engines(moons, kwargs):
    X, y = moons
    model = with_random_biases(MLP(2, [8, 8, 1], seed=1, **kwargs))
    net = NumpyMLP.from_mlp(model)

    loss, accuracy, grads = net.loss_and_grads(X, y, alpha=1e-3)
    total, engine_accuracy = engine_loss(model, X, y, alpha=1e-3)
    total.backward()

    assert loss == pytest.approx(total.data, abs=1e-9)
    assert accuracy == engine_accuracy
    engine_grads = np.array([p.grad for p in model.parameters()])
    assert np.abs(engine_grads).max() > 1e-3  # something to compare
    np.testing.assert_allclose(net.flatten(grads), engine_grads, rtol=0, atol=1e-9)


def test_losses_still_agree_after_several_sgd_steps(moons):
    X, y = moons
    model = MLP(2, [16, 16, 1], seed=2)
    net = NumpyMLP.from_mlp(model)
    losses = []
    for k in range(8):
        lr = 1.0 - 0.9 * k / 100
        total, _ = engine_loss(model, X, y, alpha=1e-4)
        model.zero_grad()
        total.backward()
        for p in model.parameters():
            p.data -= lr * p.grad
        loss, _, _ = net.loss_and_grads(X, y, alpha=1e-4)
        net.step(lr)
        losses.append((total.data, loss))
    assert losses[-1][0] < losses[0][0]  # it did learn something
    for engine_value, array_value in losses:
        assert array_value == pytest.approx(engine_value, abs=1e-9)
    np.testing.assert_allclose(
        net.flatten(), [p.data for p in model.parameters()], rtol=0, atol=1e-9
    )


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
def test_gradients_match_finite_differences(moons, activation):
    X, y = moons
    net = NumpyMLP.from_mlp(with_random_biases(MLP(2, [5, 4, 1], seed=4, activation=activation)))
    params = net.parameters()
    sizes = [p.size for p in params]

    def loss_at(values):
        for p, chunk in zip(params, np.split(np.array(values), np.cumsum(sizes)[:-1])):
            p[...] = chunk.reshape(p.shape)
        return net.loss_and_grads(X, y, alpha=1e-2)[0]

    start = np.concatenate([p.ravel() for p in params])
    analytic = np.concatenate([g.ravel() for g in net.loss_and_grads(X, y, alpha=1e-2)[2]])
    numeric = np.array(numeric_gradient(loss_at, start.tolist(), h=1e-6))
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-7)


def test_from_a_micrograd_mlp_gives_the_same_network():
    micrograd_nn = pytest.importorskip("micrograd.nn", reason="micrograd (PyPI) is a test-only extra")
    random.seed(1337)
    theirs = NumpyMLP.from_mlp(micrograd_nn.MLP(2, [16, 16, 1]))
    random.seed(1337)
    ours = NumpyMLP.from_mlp(MLP(2, [16, 16, 1]))
    assert theirs.activations == ours.activations == ["relu", "relu", "linear"]
    assert theirs.flatten().tolist() == ours.flatten().tolist()


def test_scores_predict_and_score_agree_with_the_engine(moons):
    X, y = moons
    model = MLP(2, [6, 1], seed=5)
    net = NumpyMLP.from_mlp(model)
    expected = [model([Value(a), Value(b)]).data for a, b in X.tolist()]
    np.testing.assert_allclose(net.scores(X), expected, rtol=0, atol=1e-12)
    np.testing.assert_allclose(net(X), expected, rtol=0, atol=1e-12)
    assert net.predict(X).tolist() == [1.0 if s > 0 else -1.0 for s in expected]
    assert net.score(X, y) == np.mean(net.predict(X) == y)


def test_several_outputs_give_a_matrix_of_scores():
    net = NumpyMLP.from_mlp(MLP(3, [4, 2], seed=0))
    assert net.scores(np.zeros((5, 3))).shape == (5, 2)


def test_bad_input_gets_a_clear_error(moons):
    X, y = moons
    net = NumpyMLP.from_mlp(MLP(2, [4, 1], seed=0))
    with pytest.raises(ValueError, match=r"X must have shape \(n, 2\)"):
        net.scores(X[:, :1])
    with pytest.raises(ValueError, match="labels -1 and \\+1"):
        net.loss_and_grads(X, (y > 0).astype(int))
    with pytest.raises(ValueError, match=r"y must have shape \(30,\)"):
        net.loss_and_grads(X, y[:-1])
    with pytest.raises(RuntimeError, match="loss_and_grads"):
        net.step(0.1)
    with pytest.raises(ValueError, match="one output"):
        NumpyMLP.from_mlp(MLP(2, [4, 2], seed=0)).loss_and_grads(X, y)
    with pytest.raises(ValueError, match="unknown activation 'swish'"):
        NumpyMLP([np.ones((2, 1))], [np.zeros(1)], ["swish"])
    with pytest.raises(ValueError, match="layer 1 takes 3 inputs but layer 0 gives 4"):
        NumpyMLP([np.ones((2, 4)), np.ones((3, 1))], [np.zeros(4), np.zeros(1)], ["relu", "linear"])


def test_step_is_gradient_descent_with_the_last_gradients(moons):
    X, y = moons
    net = NumpyMLP.from_mlp(MLP(2, [4, 1], seed=0))
    before = net.flatten()
    _, _, grads = net.loss_and_grads(X, y)
    net.step(0.5)
    np.testing.assert_allclose(net.flatten(), before - 0.5 * net.flatten(grads), rtol=0, atol=1e-15)
    with pytest.raises(RuntimeError):  # the gradients were used up
        net.step(0.5)
