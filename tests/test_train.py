"""micrograd_lite.train: losses, SGD (with momentum), the training loop and divergence."""

import math
import sys

import pytest

from micrograd_lite import MLP, Value
from micrograd_lite.datasets import sigmoid_net_data
from micrograd_lite.train import SGD, History, fit, hinge, loss_blew_up, mse


# ----------------------------------------------------------------------
# Losses
# ----------------------------------------------------------------------
def test_mse_value_and_gradients_by_hand():
    predictions = [Value(1.0), Value(2.0)]
    loss = mse(predictions, [0.0, 4.0])
    assert loss.data == 2.5  # (1^2 + 2^2) / 2
    loss.backward()
    assert [p.grad for p in predictions] == [1.0, -2.0]  # 2 (p - t) / n


def test_mse_of_a_single_prediction():
    p = Value(3.0)
    loss = mse(p, 1.0)
    assert loss.data == 4.0
    loss.backward()
    assert p.grad == 4.0


def test_mse_of_constants_is_still_a_value():
    loss = mse([1.0, 3.0], [1.0, 1.0])
    assert isinstance(loss, Value) and loss.data == 2.0


def test_hinge_value_and_gradients_by_hand():
    scores = [Value(2.0), Value(0.5), Value(-1.0), Value(0.25)]
    loss = hinge(scores, [1, 1, 1, -1])
    # relu(1 - y s): 0 (margin met), 0.5, 2, 1.25; mean 3.75 / 4
    assert loss.data == pytest.approx(3.75 / 4)
    loss.backward()
    assert [s.grad for s in scores] == [0.0, -0.25, -0.25, 0.25]  # -y / n where active


@pytest.mark.parametrize("loss", [mse, hinge])
def test_losses_reject_mismatched_or_empty_input(loss):
    with pytest.raises(ValueError, match="same length"):
        loss([Value(1.0), Value(2.0)], [1])
    with pytest.raises(ValueError, match="empty"):
        loss([], [])


@pytest.mark.parametrize("label", [0, 2, 0.5, "1"])
def test_hinge_labels_must_be_plus_or_minus_one(label):
    with pytest.raises(ValueError, match="-1 or \\+1"):
        hinge([Value(1.0)], [label])


# ----------------------------------------------------------------------
# SGD
# ----------------------------------------------------------------------
def test_sgd_step_without_momentum():
    p, q = Value(1.0), Value(-2.0)
    p.grad, q.grad = 2.0, -0.5
    SGD([p, q], lr=0.1).step()
    assert (p.data, q.data) == (pytest.approx(0.8), pytest.approx(-1.95))


def test_sgd_momentum_two_steps_by_hand():
    # loss = p^2 from p = 1 with lr 0.1 and momentum 0.9:
    # step 1: grad 2,   v = 2,               p = 1 - 0.1*2 = 0.8
    # step 2: grad 1.6, v = 0.9*2 + 1.6 = 3.4, p = 0.8 - 0.1*3.4 = 0.46
    p = Value(1.0)
    optimizer = SGD([p], lr=0.1, momentum=0.9)
    for expected_p, expected_v in [(0.8, 2.0), (0.46, 3.4)]:
        optimizer.zero_grad()
        (p**2).backward()
        optimizer.step()
        assert p.data == pytest.approx(expected_p, rel=1e-12)
        assert optimizer.velocities == [pytest.approx(expected_v, rel=1e-12)]


def test_fit_with_momentum_matches_the_hand_computation():
    p = Value(1.0)
    history = fit(lambda: p**2, [p], lr=0.1, steps=2, momentum=0.9)
    assert history.losses == [1.0, pytest.approx(0.64)]
    assert p.data == pytest.approx(0.46)


def test_zero_grad():
    p = Value(1.0)
    p.grad = 3.0
    SGD([p], 0.1).zero_grad()
    assert p.grad == 0.0


@pytest.mark.parametrize("lr", [0, 0.0, -0.1, math.inf, math.nan, "0.1", None])
def test_lr_must_be_a_positive_finite_number(lr):
    with pytest.raises(ValueError, match="lr must be a positive finite number"):
        SGD([Value(1.0)], lr)
    with pytest.raises(ValueError, match="lr must be a positive finite number"):
        fit(lambda: Value(1.0), [Value(1.0)], lr, steps=1)


@pytest.mark.parametrize("momentum", [-0.1, 1.0, math.nan])
def test_momentum_must_be_in_zero_one(momentum):
    with pytest.raises(ValueError, match="momentum"):
        SGD([Value(1.0)], 0.1, momentum=momentum)


def test_params_must_be_values():
    with pytest.raises(TypeError, match="float"):
        SGD([Value(1.0), 2.0], 0.1)


# ----------------------------------------------------------------------
# fit
# ----------------------------------------------------------------------
def test_fit_records_one_loss_per_step_and_finishes():
    p = Value(3.0)
    # loss = (p - 1)^2 with lr 0.25: p - 1 halves every step (2, 1, 0.5, ...)
    history = fit(lambda: (p - 1) ** 2, [p], lr=0.25, steps=4)
    assert history.losses == [4.0, 1.0, 0.25, 0.0625]
    assert history.status == "finished after 4 steps"
    assert not history.diverged and history.diverged_at is None
    assert history.final_loss == 0.0625
    assert p.data == 1.125
    assert "finished after 4 steps" in repr(history)


def test_fit_sigmoid_net_network_on_sigmoid_net_data():
    xs, ys = sigmoid_net_data()
    model = MLP(1, [1, 1], activation="sigmoid", seed=2)
    history = fit(lambda: mse([model([x]) for x in xs], ys), model, lr=0.5, steps=300)
    assert history.status == "finished after 300 steps"
    assert len(history.losses) == 300
    assert history.final_loss < history.losses[0] / 20
    assert history.final_loss < 0.01  # the noise alone is 0.05^2 = 0.0025


def test_fit_an_mlp_on_xor():
    points = [([0.0, 0.0], -1.0), ([0.0, 1.0], 1.0), ([1.0, 0.0], 1.0), ([1.0, 1.0], -1.0)]
    model = MLP(2, [8, 1], activation="tanh", seed=0)

    def loss():
        return mse([model(x) for x, _ in points], [y for _, y in points])

    history = fit(loss, model.parameters(), lr=0.1, steps=200, momentum=0.5)
    assert history.final_loss < history.losses[0] / 10
    assert all((model(x).data > 0) == (y > 0) for x, y in points)


def test_the_callback_sees_every_step_and_can_stop_the_run():
    p = Value(5.0)
    seen = []

    def callback(step, loss, history):
        seen.append((step, loss, len(history.losses)))
        return step < 3

    history = fit(lambda: p * p, [p], lr=0.1, steps=10, callback=callback)
    assert [s[0] for s in seen] == [1, 2, 3]
    assert [s[2] for s in seen] == [1, 2, 3]
    assert seen[0][1] == 25.0
    assert history.status == "stopped by the callback after 3 steps"
    assert not history.diverged


def test_lr_schedule_gets_the_step_number():
    p = Value(0.0)
    # loss = p has gradient 1, so each step moves p by -lr(k)
    history = fit(lambda: p * 1.0, [p], lr=1.0, steps=3, lr_schedule=lambda k: 0.1 * k)
    assert p.data == pytest.approx(-(0.1 + 0.2 + 0.3))
    assert history.losses == pytest.approx([0.0, -0.1, -0.3])


def test_lr_schedule_must_give_a_valid_lr():
    with pytest.raises(ValueError, match="lr must be"):
        fit(lambda: Value(1.0) * 1, [Value(1.0)], 0.1, 3, lr_schedule=lambda k: -1.0)


def test_zero_steps():
    history = fit(lambda: Value(1.0) * 1, [Value(1.0)], 0.1, 0)
    assert history.losses == [] and history.final_loss is None
    assert history.status == "finished after 0 steps"


def test_fit_bad_arguments():
    p = Value(1.0)
    with pytest.raises(TypeError, match="loss_fn"):
        fit(None, [p], 0.1, 1)
    with pytest.raises(TypeError, match="loss_fn must return a Value"):
        fit(lambda: 1.0, [p], 0.1, 1)
    with pytest.raises(ValueError, match="steps"):
        fit(lambda: p * p, [p], 0.1, -1)
    with pytest.raises(ValueError, match="steps"):
        fit(lambda: p * p, [p], 0.1, 2.5)
    with pytest.raises(TypeError, match="callback"):
        fit(lambda: p * p, [p], 0.1, 1, callback="print")


# ----------------------------------------------------------------------
# Divergence: reported, never raised
# ----------------------------------------------------------------------
def test_divergence_on_an_infinite_loss_is_reported_at_the_right_step():
    # loss = p^2 from p = 1 with lr 3: p <- p - 3*2p = -5p, so the loss at the
    # start of step k is 25^(k-1). It is inf once that exceeds the largest float.
    k = 1
    while 25 ** (k - 1) <= sys.float_info.max:
        k += 1
    p = Value(1.0)
    history = fit(lambda: p**2, [p], lr=3.0, steps=1000)
    assert history.diverged
    assert history.diverged_at == k == len(history.losses)
    assert history.status == f"diverged at step {k}"
    assert history.losses[-1] == math.inf
    assert all(math.isfinite(loss) for loss in history.losses[:-1])
    assert history.losses[:3] == [1.0, 25.0, 625.0]


def test_divergence_on_an_infinite_parameter_is_reported():
    p = Value(1.0)
    # the loss 1e10 * p is finite, but the update 1 - 1e300 * 1e10 is -inf
    history = fit(lambda: p * 1e10, [p], lr=1e300, steps=5)
    assert history.status == "diverged at step 1"
    assert history.losses == [1e10]
    assert p.data == -math.inf


def test_a_huge_learning_rate_on_a_network_diverges_without_an_exception():
    xs, ys = sigmoid_net_data()
    model = MLP(1, [4, 1], activation="tanh", seed=0)
    history = fit(lambda: mse([model([x]) for x in xs], ys), model, lr=1e200, steps=100)
    assert history.diverged
    assert history.status == f"diverged at step {history.diverged_at}"
    assert 1 <= history.diverged_at <= 100
    assert len(history.losses) == history.diverged_at


def test_history_repr_and_defaults():
    history = History()
    assert history.final_loss is None and history.losses == []
    assert "not started" in repr(history)


def test_max_growth_stops_a_run_whose_loss_grows_while_still_finite():
    # L(w) = w^2 from w = 1 with lr = 1.5: each step multiplies w by (1 - 2*1.5) = -2,
    # so the loss at step k is 4**(k-1): finite for hundreds of steps.
    w = Value(1.0)
    history = fit(lambda: w * w, [w], lr=1.5, steps=50, max_growth=1000)
    # 4**(k-1) > 1000 first at k = 6 (4**5 = 1024)
    assert history.diverged and history.diverged_at == 6
    assert history.losses == [4.0 ** k for k in range(6)]
    assert history.status == "diverged at step 6"
    # without max_growth the same run goes on (4**49 is still finite)
    w.data = 1.0
    assert not fit(lambda: w * w, [w], lr=1.5, steps=50).diverged


@pytest.mark.parametrize("loss, first, max_growth, blew_up", [
    (math.nan, 1.0, None, True),
    (-math.inf, 1.0, 1000, True),
    (999.0, 1.0, None, False),  # no limit: only a number that is not finite counts
    (1000.0, 1.0, 1000, False),  # exactly the limit is still fine
    (-1000.5, -1.0, 1000, True),  # sizes are compared, so a negative loss can blow up
    (5.0, 0.0, 1000, False),  # a first loss of 0: no growth to measure
    (math.inf, 0.0, 1000, True),  # ... but a loss that is not finite still counts
])
def test_loss_blew_up_is_the_one_divergence_rule(loss, first, max_growth, blew_up):
    assert loss_blew_up(loss, first, max_growth) is blew_up


@pytest.mark.parametrize("bad", [0, -1.0, "big"])
def test_max_growth_must_be_a_positive_number(bad):
    w = Value(1.0)
    with pytest.raises(ValueError, match="max_growth"):
        fit(lambda: w * w, [w], lr=0.1, steps=1, max_growth=bad)


def test_one_step_reads_one_step():
    w = Value(-1.0)
    assert fit(lambda: (w - 3) ** 2, [w], 0.1, 1).status == "finished after 1 step"
    stopped = fit(lambda: (w - 3) ** 2, [w], 0.1, 5, callback=lambda k, loss, h: False)
    assert stopped.status == "stopped by the callback after 1 step" and stopped.stopped_at == 1
    assert repr(stopped).startswith("History(stopped by the callback after 1 step; loss ")
