"""micrograd_lite.descent: gradient-descent runs, their regimes, the sigmoid network's trainer.

The oracles are closed forms worked out by hand: on (w - 3)**2 one update
multiplies w - 3 by (1 - 2 lr); on w1**2 + 10 w2**2 each coordinate has its own
factor; the sigmoid network's gradients are its chain-rule formulas.
"""

import math
import random
import warnings

import numpy as np
import pytest

from languages import in_chinese
from micrograd_lite.datasets import SIGMOID_NET_TARGET, sigmoid_net_data
from micrograd_lite.descent import (
    BOWL_START,
    PARABOLA_START,
    REGIMES,
    elongated_bowl,
    parabola,
    run_descent,
    sigmoid_net_init,
    sigmoid_net_loss,
    sigmoid_net_predict,
    train_sigmoid_net,
)
from micrograd_lite.engine import Value


# ----------------------------------------------------------------------
# The four regimes on the lesson's default loss
# ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "lr, regime",
    [
        (0.001, "too small (slow)"),
        (0.1, "good"),
        (0.95, "too large (oscillating)"),
        (1.5, "divergent"),
    ],
)
def test_the_four_regimes_on_the_default_loss(lr, regime):
    run = run_descent(parabola, PARABOLA_START, lr, steps=30)
    assert run.regime == regime
    assert regime in REGIMES


def test_divergence_is_reported_at_the_step_the_loss_blows_up():
    # lr = 1.5: w - 3 is multiplied by -2 each step, the loss by 4: 16 * 4**k.
    # The first k with 16 * 4**k > 1000 * 16 is k = 5 (4**5 = 1024).
    run = run_descent(parabola, -1.0, 1.5, steps=30)
    assert run.diverged and run.diverged_at == 5
    assert run.message == "diverged at step 5: the learning rate is too large"
    assert run.path[-1] == (3.0 + (-2.0) ** 5 * (-4.0),)  # the jump that blew up is kept
    assert len(run.path) == 6 and len(run.grads) == 5


def test_a_run_that_starts_at_a_loss_of_zero_has_no_growth_to_measure():
    # L(w) = w from w = 0: the losses 0, -0.1, -0.2, ... are finite and never blow up,
    # though each is larger in size than 1000 times the first
    run = run_descent(lambda w: w, 0.0, 0.1, steps=5)
    assert not run.diverged and len(run.losses) == 6
    # a loss that is no longer a finite number still stops such a run: 1 - e^100000
    assert run_descent(lambda w: 1 - (-1000 * w).exp(), 0.0, 0.1, steps=5).diverged_at == 1


def test_a_slowly_growing_run_is_divergent_without_blowing_up():
    # lr = 1.01: factor -1.02, the loss grows by 1.0404 per step: x3.3 in 30 steps
    run = run_descent(parabola, -1.0, 1.01, steps=30)
    assert not run.diverged
    assert run.regime == "divergent"
    assert "grew" in run.message and run.losses[-1] > run.losses[0]


def test_lr_one_oscillates_forever_between_minus_one_and_seven():
    run = run_descent(parabola, -1.0, 1.0, steps=6)
    assert [p[0] for p in run.path] == [-1.0, 7.0, -1.0, 7.0, -1.0, 7.0, -1.0]
    assert run.regime == "too large (oscillating)"
    assert run.message == (
        "the steps still jump past the bottom and back after 6 steps "
        "(the loss is 16; it started at 16)"
    )


def _settling_step(lr, tol=1e-2):
    """By hand: |w - 3| is multiplied by |1 - 2 lr| per step, and so is the gradient;
    the run settles at the first k with |1 - 2 lr|**k <= tol."""
    factor = abs(1 - 2 * lr)
    return next(k for k in range(10_000) if factor ** k <= tol)


@pytest.mark.parametrize("lr", [0.1, 0.2, 0.3, 0.35, 0.4])
def test_lr_and_one_minus_lr_settle_in_the_same_number_of_steps(lr):
    # |1 - 2 lr| is the same for lr and 1 - lr: one approaches from one side,
    # the other jumps across the bottom at every step, at the same speed
    below = run_descent(parabola, -1.0, lr, steps=30)
    above = run_descent(parabola, -1.0, 1 - lr, steps=30)
    k = _settling_step(lr)
    assert below.regime == above.regime == "good"
    assert below.message == f"settles near the bottom after {k} steps"
    assert above.message == f"settles near the bottom after {k} steps, jumping across it on every one of them"


def test_lesson_table_lr_0_1_and_0_9_settle_after_21_steps():
    # 0.8**21 = 0.0092 <= 0.01 < 0.8**20 = 0.0115
    assert _settling_step(0.1) == _settling_step(0.9) == 21
    assert run_descent(parabola, -1.0, 0.1, 30).message == "settles near the bottom after 21 steps"
    assert run_descent(parabola, -1.0, 0.9, 30).message.startswith("settles near the bottom after 21 steps")


@pytest.mark.parametrize("lr", [0.001, 0.03, 0.06, 0.94, 0.97, 0.999])
def test_a_run_that_has_not_settled_is_slow_below_one_half_and_oscillating_above(lr):
    # |1 - 2 lr|**30 > 0.01: not settled after 30 steps; the side it is on is the sign
    assert abs(1 - 2 * lr) ** 30 > 1e-2
    run = run_descent(parabola, -1.0, lr, steps=30)
    assert run.regime == ("too small (slow)" if lr < 0.5 else "too large (oscillating)")


def test_lr_just_above_one_half_lands_next_to_the_bottom_and_is_good():
    # factor -0.002: one step takes w from -1 to 3.008
    run = run_descent(parabola, -1.0, 0.501, steps=30)
    assert run.path[1][0] == pytest.approx(3.008)
    assert run.regime == "good"
    assert run.message == "settles near the bottom after 1 step, jumping across it once on the way"


def test_a_run_jumping_across_on_some_steps_only_counts_them():
    # on w**4 from 1.05 at lr 0.45 the step -1.8 w**3 jumps past 0 while w**2 > 1/1.8:
    # w goes 1.05, -1.0337, 0.9546, -0.6112, -0.2002: three jumps, then the fourth step stays on its side
    run = run_descent(lambda w: w ** 4, 1.05, 0.45, 60)
    signs = [p[0] > 0 for p in run.path[:5]]
    assert signs == [True, False, True, False, False]
    assert run.message == "settles near the bottom after 4 steps, jumping across it 3 times on the way"
    message = in_chinese(lambda: run_descent(lambda w: w ** 4, 1.05, 0.45, 60).message)
    assert message == "4 步后收敛到最低点附近，途中有 3 步越过了最低点"


@pytest.mark.parametrize("lr", [0.001, 0.5, 0.999, 1.2])
def test_one_step_is_singular_in_every_message(lr):
    message = run_descent(parabola, -1.0, lr, steps=1).message
    assert "1 steps" not in message and ("1 step" in message or "step 1" in message)


@pytest.mark.parametrize("lr, regime, message", [
    (0.95, "too large (oscillating)",
     "after 1 step it has jumped past the bottom (the loss is 12.96; it started at 16)"),
    (0.3, "too small (slow)", "after 1 step the loss is still 2.56 (it started at 16)"),
])
def test_one_step_past_the_bottom_is_never_too_small(lr, regime, message):
    """w = -1 -> 6.6 at lr 0.95: past the bottom (w = 3), so not "too small",
    although the loss is still high; lr 0.3 stops short of it and is slow."""
    run = run_descent(parabola, -1.0, lr, steps=1)
    assert (run.regime, run.message) == (regime, message)


def test_one_step_past_the_bottom_in_chinese():
    from micrograd_lite.language import set_language

    set_language("zh")
    try:
        run = run_descent(parabola, -1.0, 0.95, steps=1)
    finally:
        set_language("en")
    assert run.message == "1 步后已越过最低点（损失是 12.96，开始时是 16）"


def test_sigmoid_net_status_after_one_step_is_singular():
    status = train_sigmoid_net([0.0, 1.0], [0.0, 1.0], lr=0.1, steps=1).status
    assert status.startswith("finished 1 step:")


def test_lr_one_half_lands_on_the_bottom_in_one_step():
    run = run_descent(parabola, -1.0, 0.5, steps=5)
    assert run.path[1] == (3.0,)
    assert run.regime == "good"


@pytest.mark.parametrize("lr", [0.001, 0.03, 0.1, 0.37, 0.9])
def test_path_follows_the_closed_form(lr):
    run = run_descent(parabola, -1.0, lr, steps=20)
    for k, (w,) in enumerate(run.path):
        assert w == pytest.approx(3.0 + (1 - 2 * lr) ** k * (-4.0), abs=1e-12)
        assert run.losses[k] == pytest.approx((w - 3.0) ** 2, abs=1e-12)
        assert run.grads[k][0] == pytest.approx(2 * (w - 3.0), abs=1e-12)


def test_slider_range_and_beyond_never_raises_or_warns():
    lrs = list(np.geomspace(1e-3, 10**0.5, 151)) + [1e-9, 5.0, 1e3, 1e6, 1e150, 1e300]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for lr in lrs:
            run = run_descent(parabola, PARABOLA_START, float(lr), steps=100)
            assert run.regime in REGIMES
            assert all(math.isfinite(L) for L in run.losses)
            if lr > 1.0 + 1e-9:
                assert run.regime == "divergent"


def test_an_overflowing_step_is_a_divergence_not_an_exception():
    run = run_descent(parabola, -1.0, 1e300, steps=10)  # (8e300)**2 overflows to inf
    assert run.diverged_at == 1
    assert run.path == [(-1.0,)]  # the inf point cannot be drawn, so it is left out


# ----------------------------------------------------------------------
# Two dimensions and momentum
# ----------------------------------------------------------------------
@pytest.mark.parametrize("lr", [0.01, 0.04, 0.09])
def test_bowl_coordinates_shrink_by_their_own_factors(lr):
    w1, w2 = BOWL_START
    run = run_descent(elongated_bowl, (w1, w2), lr, steps=15)
    for k, (a, b) in enumerate(run.path):
        assert a == pytest.approx((1 - 2 * lr) ** k * w1, abs=1e-12)
        assert b == pytest.approx((1 - 20 * lr) ** k * w2, abs=1e-12)


def test_bowl_limit_is_set_by_the_steep_direction():
    assert run_descent(elongated_bowl, BOWL_START, 0.095, steps=200).regime != "divergent"
    assert run_descent(elongated_bowl, BOWL_START, 0.11, steps=200).regime == "divergent"


def test_momentum_matches_the_heavy_ball_recursion():
    lr, m = 0.05, 0.6
    w, v = -1.0, 0.0
    expected = [w]
    for _ in range(12):  # v <- m v + dL/dw ; w <- w - lr v
        v = m * v + 2 * (w - 3.0)
        w = w - lr * v
        expected.append(w)
    run = run_descent(parabola, -1.0, lr, steps=12, momentum=m)
    assert [p[0] for p in run.path] == pytest.approx(expected, abs=1e-12)


def test_momentum_speeds_up_the_gentle_direction():
    plain = run_descent(elongated_bowl, BOWL_START, 0.01, steps=50)
    heavy = run_descent(elongated_bowl, BOWL_START, 0.01, steps=50, momentum=0.8)
    assert heavy.final_loss < plain.final_loss / 10


def test_a_momentum_run_that_passes_the_bottom_and_climbs_out_has_not_settled():
    """lr 0.001, momentum 0.95 from (0, 2.5): the gradient is below 1% of its start at
    step 12 (w2 swings through 0), but the loss climbs back to about 20 and ends at 3.04.
    Settled means staying near the bottom to the end, so this run is "not settled"."""
    def run():
        return run_descent(elongated_bowl, (0.0, 2.5), 0.001, steps=50, momentum=0.95)

    english = run()
    assert max(english.losses[13:]) > 20 and english.final_loss == pytest.approx(3.036, abs=1e-3)
    assert english.regime == "not settled"
    assert english.message == ("after 50 steps the loss is still 3.036 (it started at 62.5); "
                               "momentum 0.95 has carried it across the bottom 2 times")
    assert in_chinese(lambda: (run().regime.label(), run().message)) == (
        "未收敛", "50 步后损失仍是 3.036（开始时是 62.5）；在动量 0.95 的带动下，路径有 2 步越过了最低点")


def test_starting_at_the_minimum_stays_there():
    run = run_descent(elongated_bowl, (0.0, 0.0), 0.05, steps=5)
    assert set(run.path) == {(0.0, 0.0)}
    assert run.regime == "good"


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"lr": 0.0}, ValueError),
        ({"lr": -0.1}, ValueError),
        ({"lr": float("nan")}, ValueError),
        ({"steps": -1}, ValueError),
        ({"steps": 2.5}, ValueError),
        ({"start": ()}, ValueError),
        ({"start": float("inf")}, ValueError),
        ({"momentum": 1.0}, ValueError),
        ({"loss": "w**2"}, TypeError),
        ({"loss": lambda w: 3.0}, TypeError),
    ],
)
def test_bad_arguments_get_clear_errors(kwargs, error):
    arguments = {"loss": parabola, "start": -1.0, "lr": 0.1, "steps": 3}
    arguments.update(kwargs)
    with pytest.raises(error):
        run_descent(**arguments)


# ----------------------------------------------------------------------
# The sigmoid network of 《导函数 和 更新权重的简单的例子 梯度下降法》
# ----------------------------------------------------------------------
def _sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def test_forward_pass_is_the_seed_formula():
    p = {"w1": 0.7, "b1": -0.2, "w2": 1.3, "b2": 0.4}
    for x in (-2.0, 0.0, 1.5):
        expected = 1.3 * _sigmoid(0.7 * x - 0.2) + 0.4
        assert sigmoid_net_predict(p, x) == pytest.approx(expected, abs=1e-15)
        values = {k: Value(v) for k, v in p.items()}
        assert sigmoid_net_predict(values, x).data == pytest.approx(expected, abs=1e-15)


def test_gradients_are_the_seeds_chain_rule_formulas():
    xs, ys = sigmoid_net_data(n=7, seed=3)
    params = sigmoid_net_init(seed=5)
    sigmoid_net_loss(params, xs, ys).backward()
    w1, b1, w2, b2 = (params[k].data for k in ("w1", "b1", "w2", "b2"))
    hand = {"w1": 0.0, "b1": 0.0, "w2": 0.0, "b2": 0.0}
    for x, y in zip(xs, ys):  # dL/dy_hat = 2 (y_hat - y), dh/dz = h (1 - h)
        h = _sigmoid(w1 * x + b1)
        d = 2 * (w2 * h + b2 - y) / len(xs)
        hand["w2"] += d * h
        hand["b2"] += d
        hand["w1"] += d * w2 * h * (1 - h) * x
        hand["b1"] += d * w2 * h * (1 - h)
    for name, g in hand.items():
        assert params[name].grad == pytest.approx(g, rel=1e-12, abs=1e-15)


def test_one_training_step_is_the_update_rule():
    xs, ys = sigmoid_net_data()
    start = sigmoid_net_init(seed=0)
    sigmoid_net_loss(start, xs, ys).backward()
    result = train_sigmoid_net(xs, ys, lr=0.3, steps=1, seed=0)
    for name, p in start.items():
        assert result.initial[name] == p.data
        assert result.params[name] == pytest.approx(p.data - 0.3 * p.grad, abs=1e-15)


def test_initialisation_is_seeded_and_in_range():
    rng = random.Random(4)
    expected = [rng.uniform(-1, 1) for _ in range(4)]
    assert [p.data for p in sigmoid_net_init(seed=4).values()] == expected
    assert [p.data for p in sigmoid_net_init(seed=4).values()] != [
        p.data for p in sigmoid_net_init(seed=5).values()
    ]


def test_a_good_rate_fits_the_curve_behind_the_data():
    xs, ys = sigmoid_net_data()
    result = train_sigmoid_net(xs, ys, lr=0.3, steps=200)
    assert not result.diverged
    assert result.losses[-1] < 0.01 * result.losses[0]
    assert result.losses[-1] < 0.005  # noise of std 0.05 gives about 0.0025
    for name, target in SIGMOID_NET_TARGET.items():  # the parameters the data was made with
        assert result.params[name] == pytest.approx(target, abs=0.15)
    assert result.status.startswith("finished 200 steps")


@pytest.mark.parametrize("lr", [10.0, 100.0, 1e6, 1e300])
def test_a_huge_rate_is_reported_as_diverged(lr):
    xs, ys = sigmoid_net_data()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = train_sigmoid_net(xs, ys, lr=lr, steps=200)
    assert result.diverged
    assert result.status == f"diverged at step {result.diverged_at}: the learning rate is too large"
    assert result.diverged_at <= 10


def test_a_rate_too_large_to_settle_says_the_loss_grew():
    xs, ys = sigmoid_net_data()
    result = train_sigmoid_net(xs, ys, lr=1.0, steps=200)
    assert result.losses[-1] > result.losses[0]
    assert "grew" in result.status


def test_descent_needs_no_numpy_matplotlib_or_widgets():
    import subprocess
    import sys

    probe = (
        "import sys, micrograd_lite.descent; "
        "print(sorted(m for m in ('numpy', 'matplotlib', 'ipywidgets') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_run_that_starts_at_the_bottom_is_said_to_start_there():
    """Walk finding: "settles near the bottom after 0 steps" at (0, 0)."""
    run = run_descent(elongated_bowl, (0.0, 0.0), 0.08, 50)
    assert run.regime == "good" and run.message == (
        "starts at the bottom: the gradient there is 0, so it never moves")
    assert run_descent(parabola, 3.0, 0.1, 5).message.startswith("starts at the bottom")


def test_walk_38_a_slow_run_with_momentum_is_not_said_to_be_carried_across():
    """At lr 0.001 and momentum 0.8, w2 crossed once, early, where it settled; w1, far
    from the bottom, only walks towards it: the caption said momentum carried it across."""
    run = run_descent(elongated_bowl, BOWL_START, 0.001, 50, momentum=0.8)
    assert run.regime == "not settled"
    assert run.message == "after 50 steps the loss is still 6.136 (it started at 38.5), still on its way down"
    carried = run_descent(elongated_bowl, BOWL_START, 0.01, 50, momentum=0.95)
    assert "momentum 0.95 has carried it across the bottom 9 times" in carried.message


def test_a_bowl_run_jumping_across_on_some_steps_only_counts_them():
    run = run_descent(elongated_bowl, (-4.0, 1.5), 0.05, 50, momentum=0.5)
    assert run.message == ("settles near the bottom after 15 steps, jumping across it in at "
                           "least one direction 5 times on the way")
