"""Lesson 04: the explorers driven headlessly, and the exercise checks."""

import json
import warnings
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pytest

from fresh_answers import Fresh, answer
from languages import in_chinese
from micrograd_lite.datasets import sigmoid_net_data
from micrograd_lite.descent import (BOWL_START, PARABOLA_START, elongated_bowl, parabola, run_descent,
                                    train_sigmoid_net)
from micrograd_lite.engine import Value
from micrograd_lite.timing import SECONDS
from micrograd_lite.exercises import lesson04
from micrograd_lite.exercises.fallback import yours_or_worked
from micrograd_lite.exercises.feedback import Feedback
from micrograd_lite.plots import Picture
from micrograd_lite.widgets.descent import (
    bowl_explorer,
    bowl_picture,
    parabola_explorer,
    parabola_picture,
    sigmoid_net_explorer,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Controls that exist in both ipywidgets 7.7 (Colab) and 8.
PORTABLE_CONTROLS = (widgets.FloatSlider, widgets.FloatLogSlider, widgets.IntSlider)


def _slider_positions(slider, count):
    """Every reachable value of a log slider, end to end (its own clamping applies)."""
    exponents = np.linspace(slider.min, slider.max, count)
    return [float(slider.base ** e) for e in exponents]


# ----------------------------------------------------------------------
# 1-D explorer
# ----------------------------------------------------------------------
def test_parabola_explorer_starts_at_its_defaults():
    explorer = parabola_explorer()
    assert isinstance(explorer.controls["lr"], widgets.FloatLogSlider)
    assert all(isinstance(c, PORTABLE_CONTROLS) for c in explorer.controls.values())
    picture = explorer.picture
    assert isinstance(picture, Picture) and picture.png.startswith(PNG_SIGNATURE)
    assert "learning rate 0.1, 30 steps: good" in picture.description


@pytest.mark.parametrize(
    "lr, words",
    [
        (0.001, "too small (slow)"),
        (0.1, "good"),
        (0.9, "good; settles near the bottom after 21 steps, jumping across it on every one of them"),
        (0.97, "too large (oscillating)"),
        (1.5, "divergent; diverged at step 5: the learning rate is too large"),
    ],
)
def test_moving_the_lr_slider_changes_the_regime_in_the_picture(lr, words):
    explorer = parabola_explorer()
    explorer.controls["lr"].value = lr
    assert f"learning rate {lr:.3g}, 30 steps: {words}" in explorer.picture.description


def test_every_lr_slider_position_draws_a_figure_without_error_or_warning():
    explorer = parabola_explorer()
    slider = explorer.controls["lr"]
    seen = set()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for value in _slider_positions(slider, count=15):
            slider.value = value
            picture = explorer.picture
            assert picture.png.startswith(PNG_SIGNATURE)
            seen.add(picture.description.split(": ")[1].split(";")[0])
    assert seen == {"too small (slow)", "good", "too large (oscillating)", "divergent"}
    assert "diverged at step" in explorer.picture.description  # the right end


def test_the_steps_slider_sets_the_run_length():
    explorer = parabola_explorer()
    explorer.controls["steps"].value = 3
    # three steps of factor 0.8 from w - 3 = -4: w = 3 - 4 * 0.512 = 0.952
    assert "3 steps" in explorer.picture.description
    assert "w = 0.9520" in explorer.picture.description


# ----------------------------------------------------------------------
# 2-D explorer
# ----------------------------------------------------------------------
def test_bowl_explorer_redraws_for_each_control():
    explorer = bowl_explorer()
    assert set(explorer.controls) == {"lr", "momentum", "w1", "w2"}
    assert all(isinstance(c, PORTABLE_CONTROLS) for c in explorer.controls.values())
    assert "from (-4.00, 1.50) with learning rate 0.08 and momentum 0.00" in explorer.picture.description
    explorer.controls["w1"].value = 3.0
    explorer.controls["w2"].value = -2.0
    assert "from (3.00, -2.00)" in explorer.picture.description
    explorer.controls["momentum"].value = 0.5
    assert "momentum 0.50" in explorer.picture.description
    explorer.controls["lr"].value = 0.5
    assert "divergent; diverged at step" in explorer.picture.description


def test_bowl_zigzags_just_below_the_limit_and_diverges_above():
    assert "too large (oscillating)" in bowl_picture(lr=0.098).description
    assert "divergent" in bowl_picture(lr=0.2).description


def test_every_bowl_lr_position_draws_without_warning():
    explorer = bowl_explorer()
    explorer.controls["momentum"].value = 0.9
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for value in _slider_positions(explorer.controls["lr"], count=8):
            explorer.controls["lr"].value = value
            assert explorer.picture.png.startswith(PNG_SIGNATURE)


# ----------------------------------------------------------------------
# The sigmoid network's explorer
# ----------------------------------------------------------------------
def test_sigmoid_net_explorer_retrains_when_the_rate_moves():
    xs, ys = sigmoid_net_data()
    explorer = sigmoid_net_explorer(xs, ys, steps=100)
    first = explorer.picture.description
    assert "learning rate 0.3: finished 100 steps" in first
    explorer.controls["lr"].value = 10.0
    assert "diverged at step" in explorer.picture.description
    assert "no fitted curve" in explorer.picture.description
    explorer.controls["lr"].value = 0.3
    assert explorer.picture.description == first  # same start, same numbers


def test_sigmoid_net_every_rate_draws_without_warning():
    xs, ys = sigmoid_net_data()
    explorer = sigmoid_net_explorer(xs, ys, steps=20)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for value in _slider_positions(explorer.controls["lr"], count=6):
            explorer.controls["lr"].value = value
            assert explorer.picture.png.startswith(PNG_SIGNATURE)


def test_pictures_are_deterministic():
    assert parabola_picture(0.37).description == parabola_picture(0.37).description
    assert parabola_picture(0.37).png == parabola_picture(0.37).png


# ----------------------------------------------------------------------
# Exercise checks: the right answer, and every wrong answer a learner would
# really give, each with a message that is true for it
# ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "check", [lesson04.check_second_step, lesson04.check_largest_rate, lesson04.check_bowl_rate]
)
def test_placeholder_and_non_numbers_are_answered_kindly(check):
    feedback = check(None)
    assert not feedback and "Replace `None`" in feedback.message
    feedback = check("0.1")
    assert not feedback and "typed the number as text" in feedback.message
    assert "Remove the quotes so that it is a number: 0.1" in feedback.message
    # (0.1 is the answer of check_bowl_rate alone: the others say it is wrong as a number too)
    assert feedback.message.endswith(": 0.1") == (check is lesson04.check_bowl_rate)
    feedback = check("a tenth")
    assert not feedback and "you gave a str" in feedback.message
    feedback = check([0.1])
    assert not feedback and "you gave a list" in feedback.message


def test_one_update_by_hand_oracle():
    # the lesson's first step, then the second by the rule, by hand
    w = -1 - 0.1 * (2 * (-1 - 3))
    assert w == pytest.approx(-0.2)
    assert w - 0.1 * (2 * (w - 3)) == pytest.approx(0.44)


@pytest.mark.parametrize(
    "answer",
    [0.44, -0.2 - 0.1 * (2 * (-0.2 - 3)), 0.4400001],
)
def test_check_second_step_accepts_the_answer_and_its_roundings(answer):
    feedback = lesson04.check_second_step(answer)
    assert feedback and "= 0.44" in feedback.message


@pytest.mark.parametrize(
    "answer, words",
    [
        (-0.84, "walks uphill"),             # added the step
        (-6.4, "is the gradient"),           # the gradient itself
        (0.64, "how far the second step moves w"),   # the step
        (-0.64, "is the step learning_rate * gradient"),
        (1.24, "w.grad is not reset"),       # -8 and -6.4 added
        (0.6, "reuses the first step's gradient"),  # old gradient -8
        (-0.36, "You started from w = -1"),  # new gradient, old w
        (-0.2, "after the first update"),    # the first step's answer (off by one)
        (Value(-0.2), "answer = w.data"),  # a Value is never taken for a number
        (Value(0.44), "whose data, 0.44, is the number asked for"),
        (-1.0, "the starting w"),            # no update
        (-1, "the starting w"),
        (3.0, "bottom of the curve"),
        (10.24, "the loss at w = -0.2"),
        (6.4, "wrong sign"),
        (0.0, "0 is not w after the second update"),
        (0.45, "0.45 is not w after the second update"),
        (0.44001, "0.44001 is not w after the second update"),      # never rounded onto the answer
    ],
)
def test_check_second_step_mistakes(answer, words):
    feedback = lesson04.check_second_step(answer)
    assert not feedback and words in feedback.message


def test_check_largest_rate_accepts_exactly_one():
    for answer in (1, 1.0, (1 - (-1)) / 2):
        feedback = lesson04.check_largest_rate(answer)
        assert feedback and "-1 and 7 forever" in feedback.message


@pytest.mark.parametrize(
    "answer, words",
    [
        (0.5, "0.5 is the fastest rate"),
        (0, "At lr = 0 nothing moves"),
        (0.0, "At lr = 0 nothing moves"),
        (-1, "negative learning rate (lr = -1)"),
        (-1, "the run diverges"),
        (-1e-8, "walks uphill"),
        (0.999999, "At lr = 0.999999 the factor 1 - 2 * lr is -0.999998, between -1 and 1"),
        (0.9, "factor 1 - 2 * lr is -0.8, between -1 and 1"),
        (1e-8, "At lr = 1e-8 the factor 1 - 2 * lr is 0.99999998"),
        (0.1, "At lr = 0.1 the factor 1 - 2 * lr is 0.8"),  # walk 66: exercise 5's answer not given away
        (1.0000001, "At lr = 1.0000001 the factor 1 - 2 * lr is -1.0000002, below -1"),
        (1.01, "is -1.02, below -1: every jump is longer"),
        (2, "is -3, below -1"),
        (2.0, "is -3, below -1"),
    ],
)
def test_check_largest_rate_mistakes(answer, words):
    feedback = lesson04.check_largest_rate(answer)
    assert not feedback and words in feedback.message
    assert "At lr = 1 " not in feedback.message  # never rounded onto the answer


@pytest.mark.parametrize("lr", [0.001, 0.3, 0.7, 0.9, 0.999999, 1.0])
def test_largest_rate_claims_run_not_diverging(lr):
    # what the check says ("does not diverge") is what run_descent does
    assert lesson04.check_largest_rate(lr) or "does not diverge" in lesson04.check_largest_rate(lr).message
    run = run_descent(parabola, -1.0, lr, steps=200)
    assert run.regime != "divergent"


@pytest.mark.parametrize("lr", [1.01, 1.0000001, 2.0])
def test_largest_rate_claims_run_diverging(lr):
    assert "diverges" in lesson04.check_largest_rate(lr).message
    # the closed form: |w - 3| is multiplied by |1 - 2 lr| > 1 at every step
    assert abs(1 - 2 * lr) > 1
    assert run_descent(parabola, -1.0, lr, steps=100_000 if lr < 1.001 else 200).regime == "divergent"


def test_check_bowl_rate_accepts_the_answer():
    for answer in (0.1, 2 / 20):
        feedback = lesson04.check_bowl_rate(answer)
        assert feedback and "ten times steeper" in feedback.message


@pytest.mark.parametrize(
    "answer, words",
    [
        (1.0, "limit for the w1 direction alone"),
        (0.05, "exactly 0"),
        (0, "At lr = 0 nothing moves"),
        (-0.1, "both factors are larger than 1"),
        (0.09, "0.82 for w1 (1 - 2 * lr) and -0.8 for w2"),
        (0.099999, "between -1 and 1: the run does not diverge"),
        (0.11, "the w2 factor 1 - 20 * lr is -1.2, below -1"),
        (0.5, "is -9, below -1"),
        (0.5, "w1's factor is still between -1 and 1"),
        (2, "w1's factor is below -1 too"),
        (0.10000001, "below -1"),
        # lr written rounded: both factors to the same digits, from lr itself (walk 22)
        (1 / 11, "At lr = 0.09091 the factors are 0.8182 for w1 (1 - 2 * lr) and -0.8182 for w2"),
        (1 / 15, "0.8667 for w1 (1 - 2 * lr) and -0.3333 for w2"),
    ],
)
def test_check_bowl_rate_mistakes(answer, words):
    feedback = lesson04.check_bowl_rate(answer)
    assert not feedback and words in feedback.message


@pytest.mark.parametrize("lr, diverges", [(0.09, False), (0.099999, False), (0.11, True), (0.5, True)])
def test_bowl_rate_claims_are_what_the_runs_do(lr, diverges):
    run = run_descent(elongated_bowl, BOWL_START, lr, steps=300)
    assert (run.regime == "divergent") is diverges


# ----------------------------------------------------------------------
# Coding exercise: descend
# ----------------------------------------------------------------------
def descend_right(loss, start, learning_rate, steps):
    w = Value(start, label="w")
    path = [w.data]
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data = w.data - learning_rate * w.grad
        path.append(w.data)
    return path


def descend_fresh_value_each_step(loss, start, learning_rate, steps):
    path = [start]
    for _ in range(steps):
        w = Value(path[-1])  # a new Value each step needs no reset
        loss(w).backward()
        path.append(w.data - learning_rate * w.grad)
    return path


def descend_stub(loss, start, learning_rate, steps):
    # the notebook's starting point, as a learner gets it
    w = Value(start, label="w")
    path = [w.data]
    for step in range(steps):
        ...  # build the loss, reset w.grad, backward(), update w.data
        path.append(w.data)
    return path


def descend_updating(update=lambda w, grad, learning_rate: w - learning_rate * grad, stored=None):
    """The worked loop with its update line replaced: ``w.data = update(w.data, w.grad,
    learning_rate)`` (the one line a slip changes), or what it appends after each update:
    ``stored(w, learning_rate, loss)`` in w.data's place."""
    def descend(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data = update(w.data, w.grad, learning_rate)
            path.append(w.data if stored is None else stored(w, learning_rate, loss))
        return path
    return descend


descend_plus = descend_updating(lambda w, grad, lr: w + lr * grad)
descend_step_alone = descend_updating(lambda w, grad, lr: - lr * grad)  # walk 34: the old w left out
descend_rate_twice = descend_updating(lambda w, grad, lr: w - lr * lr * grad)  # walk 35


def descend_no_zero_grad(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        loss(w).backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_zero_after_backward(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        loss(w).backward()
        w.grad = 0.0
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_appends_the_value(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w]
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w)
    return path


def descend_no_start(loss, start, learning_rate, steps):
    return descend_right(loss, start, learning_rate, steps)[1:]


def descend_one_short(loss, start, learning_rate, steps):
    return descend_right(loss, start, learning_rate, steps - 1)


def descend_forgets_return(loss, start, learning_rate, steps):
    descend_right(loss, start, learning_rate, steps)


def descend_only_the_parabola(loss, start, learning_rate, steps):
    return descend_right(lambda w: (w - 3) ** 2, start, learning_rate, steps)


def descend_no_learning_rate(loss, start, learning_rate, steps):
    return descend_right(loss, start, 1.0, steps)


def descend_uses_data(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        L = loss(w.data)  # a float: no graph, no gradient
        L.backward()
        path.append(w.data)
    return path


def descend_builds_the_loss_once(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    L = loss(w)  # the graph of the start: backward() keeps giving its gradient
    for _ in range(steps):
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_builds_the_loss_once_and_keeps_the_grad(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    L = loss(w)
    for _ in range(steps):
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_returns_final(loss, start, learning_rate, steps):
    return descend_right(loss, start, learning_rate, steps)[-1]


def descend_steps_too_long_from_step_three(loss, start, learning_rate, steps):
    path = descend_right(loss, start, learning_rate, steps)
    path[3] += 0.01
    return path


def make_descend_keeping_the_first_gradient_on_itself():
    def descend(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)  # built at every step, but its gradient is not used
            w.grad = 0.0
            L.backward()
            if not hasattr(descend, "first"):
                descend.first = w.grad  # kept on the function, from the first step ever
            w.data -= learning_rate * descend.first
            path.append(w.data)
        return path
    return descend


def make_descend_returning_one_list():
    kept = []  # one list for every call, emptied and filled again

    def descend(loss, start, learning_rate, steps):
        kept.clear()
        w = Value(start)
        kept.append(w.data)
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data -= learning_rate * w.grad
            kept.append(w.data)
        return kept
    return descend


def descend_stops_when_the_gradient_is_small(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        if abs(w.grad) < 1e-3:  # "close enough to the bottom"
            break
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_breaks_at_a_zero_gradient(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        if w.grad == 0:  # "at the bottom: nothing left to do"
            break
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_stands_still_when_the_gradient_is_small(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        if abs(w.grad) >= 5e-8:
            w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_stops_when_w_runs_away(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        if abs(w.data) > 20:  # "it diverged: no point going on"
            break
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


descend_clips_the_gradient = descend_updating(lambda w, grad, lr: w - lr * max(-100.0, min(100.0, grad)))


def descend_rounds_w(loss, start, learning_rate, steps):
    return [round(w, 2) for w in descend_right(loss, start, learning_rate, steps)]


def descend_appends_before_the_update(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        path.append(w.data)
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
    return path


def descend_at_most_ten_updates(loss, start, learning_rate, steps):
    return descend_right(loss, start, learning_rate, min(steps, 10))


loss = parabola  # the notebook's loss function, a global there as here


def descend_uses_the_lessons_loss(loss_function, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        L = loss(w)  # the notebook's global loss, (w - 3)**2, not the argument
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


def descend_gradient_by_hand(loss, start, learning_rate, steps):
    path = [start]
    for _ in range(steps):
        path.append(path[-1] - learning_rate * 2 * (path[-1] - 3))
    return path


def descend_new_node_each_step(loss, start, learning_rate, steps):
    # w becomes a new node each step, so the graph grows: still the right path
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w = w - learning_rate * w.grad
        path.append(w.data)
    return path


def descend_fixed_rate(loss, start, learning_rate, steps):
    return descend_right(loss, start, 0.05, steps)


def descend_half_gradient(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad / 2
        path.append(w.data)
    return path


def make_descend_with_a_shrinking_rate():
    shrink = [1.0]

    def descend(loss, start, learning_rate, steps):
        path = descend_right(loss, start, learning_rate * shrink[0], steps)
        shrink[0] /= 2  # the rate of every later call is half that of the one before
        return path
    return descend


def make_descend_with_default_list():
    def descend(loss, start, learning_rate, steps, path=[]):  # one list for every call
        w = Value(start)
        path.append(w.data)
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data -= learning_rate * w.grad
            path.append(w.data)
        return path
    return descend


def make_descend_that_remembers():
    seen = set()

    def descend(loss, start, learning_rate, steps):
        path = descend_right(loss, start, learning_rate, steps)
        if start in seen:  # state kept from one call to the next
            path[-1] += 0.5
        seen.add(start)
        return path
    return descend


def descend_never_ends(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w.data]
    while len(path) > 0:  # a condition that stays true
        w.grad = 0.0
    return path


def descend_until_the_gradient_is_small(loss, start, learning_rate, steps):
    w, path = Value(start), [start]
    w.grad = 1.0
    while abs(w.grad) > 1e-6 or len(path) < steps + 1:  # never ends where w swings
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path[:steps + 1]


def descend_two_numbers_at_least(loss, start, learning_rate, steps):
    w, path = Value(start), [start]
    while True:  # a do-while: one update even when steps is 0
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
        if len(path) >= steps + 1:
            return path


def descend_as_a_generator(loss, start, learning_rate, steps):
    w = Value(start)
    yield w.data
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data -= learning_rate * w.grad
        yield w.data


@pytest.fixture
def short_time_limit(monkeypatch):
    """Learner code stopped after 0.8 s instead of 3 s, so that the test is quick (and
    far above a busy machine's pauses in the calls before the endless one)."""
    import functools

    from micrograd_lite.exercises import learner_code, lesson05

    short = functools.partial(learner_code.call_learner_code, seconds=0.8)
    for module in (lesson04, lesson05):
        monkeypatch.setattr(module, "call_learner_code", short)


def test_worked_descend_is_the_closed_form():
    path = lesson04.worked_descend(parabola, -1.0, 0.1, 30)
    assert path == pytest.approx([3 - 4 * 0.8 ** k for k in range(31)])
    assert lesson04.worked_descend(parabola, -1.0, 1.5, 40)[-1] == pytest.approx(3 - 4 * 2.0 ** 40)  # (-2)**40 * (-4)


@pytest.mark.parametrize("descend", [descend_right, descend_fresh_value_each_step, lesson04.worked_descend,
                                     descend_new_node_each_step])
def test_check_descend_accepts_right_loops(descend):
    feedback = lesson04.check_descend(descend)
    assert feedback and "backward() adds" in feedback.message


@pytest.mark.parametrize(
    "descend, words",
    [
        (None, "Define descend"),
        (3, "should be a function; it is a int"),
        (descend_stub, "w never moves from -1.0"),
        (descend_zero_after_backward, "w never moves from -1.0"),
        (descend_plus, "walks uphill"),
        (descend_rate_twice, "It is also 0.1 × 0.1: the learning rate used twice"),
        (descend_step_alone, "is -learning_rate * w.grad, the step alone: the update leaves "
                             "the old w out, as `w.data = -learning_rate * w.grad` does (`=` "
                             "where `-=` belongs)."),
        (descend_no_zero_grad, "Candidates: w.grad not set back to 0 (backward() adds to .grad: "
                               "set w.grad = 0.0 before each L.backward(), with one =, as w.grad "
                               "== 0.0 only compares and changes nothing), or a running sum"),
        (descend_appends_the_value, "same Value object more than once"),
        (descend_no_start, "leaves out the start"),
        (descend_one_short, "the w after update 5 is missing. Candidates: w appended before "
                            "the update inside the loop"),
        (descend_forgets_return, "returned None"),
        (descend_only_the_parabola, "on L(w) = (w*w - 2)**2"),
        (descend_no_learning_rate, "multiply the gradient by learning_rate"),
        (descend_returns_final, "returned one number (float), not a list"),
        (descend_steps_too_long_from_step_three, "your w after update 3 is"),
        (descend_builds_the_loss_once, "put `L = loss(w)` inside the loop"),
        (Fresh(make_descend_returning_one_list),
         "Every path is right, but the list that descend(loss, -1.0, 0.1, 5) returned changed "
         "when the check then called descend(loss, 0.5, 0.05, 4)"),
        (Fresh(make_descend_keeping_the_first_gradient_on_itself),
         "your steps all use the gradient at the start. Candidates: the loss built once, before "
         "the loop (put `L = loss(w)` inside the loop, to build it again from the current w at "
         "every step), or a gradient kept from the first step (in a variable set once, or on the "
         "function)"),
        (descend_builds_the_loss_once_and_keeps_the_grad, "put `L = loss(w)` inside the loop"),
        (descend_stops_when_the_gradient_is_small,
         "With descend(loss, 0.0, 10000000.0, 12) on L(w) = 1e-8 * (w - 5)**2, your loop stops "
         "updating w before the first of the 12 updates, at w = 0, where the gradient's size is only 1e-07. "
         "The earlier calls made more updates, each from a larger gradient: your loop seems to "
         "stop once the gradient (or the loss, or the step) is small, at some value of w itself, or at "
         "some number of steps (here 12)."),
        (descend_stands_still_when_the_gradient_is_small, "stops updating w after 4 of the 12"),
        (descend_breaks_at_a_zero_gradient,
         "With descend(loss, 5.0, 0.5, 4) on L(w) = (w - 3)**2, your loop stops updating w after "
         "1 of the 4 updates, at w = 3, where the gradient is exactly 0: w is at the bottom. The "
         "earlier calls made more updates: your loop seems to stop once the gradient (or the "
         "loss, or the step) is zero or small, at some value of w itself, or at some number of steps "
         "(here 4). Make all 4 updates all the same"),
        (descend_at_most_ten_updates, "your list has 11 numbers; it should have 13"),
        (lambda loss, start, learning_rate, steps: descend_right(loss, start, learning_rate, min(steps, 25)),
         "With descend(loss, 6.0, 0.02, 60) on L(w) = (w - 3)**2, your list has 26 numbers; it should have 61"),
        (lambda loss, start, learning_rate, steps: descend_right(loss, start, learning_rate, 30)[:steps + 1],
         "With descend(loss, 6.0, 0.02, 60) on L(w) = (w - 3)**2, your list has 31 numbers; it should have 61"),
        (descend_stops_when_w_runs_away,
         "With descend(loss, -7.0, 1.5, 20) on L(w) = (w - 3)**2, your loop stops updating w "
         "after 1 of the 20 updates, at w = 23, where the gradient's size is 40, larger than any "
         "gradient your loop went on from: it seems to stop once w, the gradient or the loss "
         "grows large (or the loss rises)."),
        (descend_clips_the_gradient, "your w after update 4 is -67; it should be -157 (the w before "
                                     "it in your list is 83), and the updates before it are right. "
                                     "Candidates: "),
        (descend_rounds_w, "w rounded before it is stored"),
        (descend_appends_before_the_update,
         "With descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2, your list holds the start "
         "twice, then each w one update late, and leaves out the last. Candidates: your loop "
         "appends w before it updates it (append w.data after the update, at the end of the "
         "loop's body), or it updates w before L.backward() has filled w.grad for this step"),
        (lambda loss, start, learning_rate, steps: [start], "your list has 1 number; it should have 6"),
        (descend_uses_the_lessons_loss,
         "With descend(loss, 0.5, 0.05, 4) on L(w) = (w*w - 2)**2, your w follows the path it "
         "would take on the lesson's loss (w - 3)**2: your loop does not use the loss it is given."),
        (descend_gradient_by_hand, "your loop does not use the loss it is given"),
        (descend_fixed_rate, "your steps are those of learning rate 0.05; this call asks for 0.1. "
                             "Candidates: a rate of your own in the update instead of the "
                             "learning_rate argument (a global such as the notebook's learning_rate, or the argument rounded, or capped), a "
                             "gradient or a step scaled or clipped (such as w.grad / 2, or a step "
                             "held within ±1), or a rate your descend changes and keeps from one call to the next."),
        (descend_half_gradient, "your steps are those of learning rate 0.05; this call asks for 0.1. "
                                "Candidates: a rate of your own"),
        (Fresh(make_descend_with_a_shrinking_rate),  # walk 64: not "a rate of your own"
         "descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2 gave the right list the first time, "
         "and another list when the check called it again after one other call"),
        (Fresh(make_descend_with_default_list), "your list begins with the w's of the earlier calls"),
        (descend_as_a_generator, "Your descend returned a generator; it should return a list"),
        (descend_until_the_gradient_is_small,
         f"Your code did not finish within {SECONDS:g} seconds, while running descend(loss, 1.0, 1.0, 6) "
         "on L(w) = (w - 3)**2."),
        (descend_two_numbers_at_least, "With descend(loss, 2.0, 0.3, 0)"),
        (Fresh(make_descend_that_remembers),
         "descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2 gave the right list the first time, "
         "and another list when the check called it again after 10 other calls: your descend "
         "keeps something from one call to the next"),
    ],
)
def test_check_descend_names_each_typical_bug(descend, words):
    feedback = lesson04.check_descend(answer(descend))
    assert not feedback and words in feedback.message


@pytest.mark.parametrize("descend", [descend_at_most_ten_updates, descend_one_short])
def test_a_loop_that_stops_for_another_reason_is_not_said_to_stop_on_a_small_gradient(descend):
    message = lesson04.check_descend(descend).message
    assert "gradient" not in message and "update" in message


def test_a_loop_that_never_ends_is_stopped_and_reported(short_time_limit):
    feedback = lesson04.check_descend(descend_never_ends)
    assert not feedback and feedback.message.startswith(
        "Your code did not finish within 0.8 seconds, while running "
        "descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2.")


def test_a_loss_built_once_is_not_told_about_the_learning_rate():
    """Walk 2, finding 25: the graph built before the loop gives the gradient of
    the start at every step (w moves by the same 0.8 each time), and the message
    says that, not "use the learning_rate argument"."""
    path = descend_builds_the_loss_once(parabola, -1.0, 0.1, 5)
    assert [b - a for a, b in zip(path, path[1:])] == pytest.approx([0.8] * 5)
    message = lesson04.check_descend(descend_builds_the_loss_once).message
    assert "gradient at the start" in message and "learning_rate argument" not in message


def test_check_descend_reports_an_exception_with_the_learners_line():
    feedback = lesson04.check_descend(descend_uses_data)
    assert not feedback
    assert feedback.message.startswith("Your code raised AttributeError")
    assert "running descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2" in feedback.message
    assert "`L.backward()`" in feedback.message and "in `descend_uses_data`" in feedback.message


def test_the_no_zero_grad_message_is_true():
    # "the first step is right and the later ones too long"
    right = descend_right(parabola, -1.0, 0.1, 5)
    buggy = descend_no_zero_grad(parabola, -1.0, 0.1, 5)
    assert buggy[1] == right[1]
    assert abs(buggy[2] - buggy[1]) > abs(right[2] - right[1])


# ----------------------------------------------------------------------
# Coding exercise: Momentum
# ----------------------------------------------------------------------
class MomentumRight:
    def __init__(self, params, learning_rate, momentum):
        self.params, self.learning_rate, self.momentum = list(params), learning_rate, momentum
        self.velocities = [0.0] * len(self.params)

    def zero_grad(self):
        for p in self.params:
            p.grad = 0.0

    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]


class MomentumStopsAfterThreeSteps(MomentumRight):
    """Right for the example's three steps, then step() does nothing."""

    def __init__(self, params, learning_rate, momentum):
        super().__init__(params, learning_rate, momentum)
        self.steps = 0

    def step(self):
        self.steps += 1
        if self.steps <= 3:
            super().step()


class MomentumLearningRateInside(MomentumRight):
    """v = m v + lr g, p -= v: the same steps, written the other common way."""

    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + self.learning_rate * p.grad
            p.data -= self.velocities[i]


class MomentumNotCarried(MomentumRight):
    def step(self):
        for p in self.params:
            v = self.momentum * 0.0 + p.grad  # a fresh velocity every step
            p.data -= self.learning_rate * v


class MomentumUpdatesWithTheGradient(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * p.grad  # the velocity kept, but not used


class MomentumShared(MomentumRight):
    def step(self):
        v = self.velocities[0]
        for p in self.params:
            v = self.momentum * v + p.grad
            p.data -= self.learning_rate * v
        self.velocities[0] = v


class MomentumAverage(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + (1 - self.momentum) * p.grad
            p.data -= self.learning_rate * self.velocities[i]


class MomentumLate(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            p.data -= self.learning_rate * self.velocities[i]
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad


class MomentumPlus(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data += self.learning_rate * self.velocities[i]


class MomentumAssigned(MomentumRight):  # walk 58: = where -= belongs
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data = -self.learning_rate * self.velocities[i]


class MomentumVelocityMinusGrad(MomentumRight):  # walk 33: its update already subtracts
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] - p.grad
            p.data -= self.learning_rate * self.velocities[i]


class MomentumRateTwice(MomentumRight):  # walk 34: 0.1 × 0.1 = 0.1 × (1 - 0.9)
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + self.learning_rate * p.grad
            p.data = p.data - self.learning_rate * self.velocities[i]


def make_momentum_with_default_velocities():  # walk 33: the default was not named
    class Momentum(MomentumRight):
        def step(self, _v=[]):
            if not _v:
                _v.extend(0.0 for _ in self.params)
            for i, p in enumerate(self.params):
                _v[i] = self.momentum * _v[i] + p.grad
                p.data -= self.learning_rate * _v[i]
    return Momentum


class MomentumVelocitiesAreValues(MomentumRight):
    def __init__(self, params, learning_rate, momentum):
        super().__init__(params, learning_rate, momentum)
        self.velocities = [Value(0.0) for _ in self.params]


def make_momentum_that_counts_its_optimizers():
    made = [0]  # in an enclosing function: neither the class nor the module holds it

    class Momentum(MomentumRight):
        def __init__(self, params, learning_rate, momentum):
            made[0] += 1
            super().__init__(params, learning_rate if made[0] == 1 else learning_rate / 2,
                             momentum)
    return Momentum


class MomentumNoZeroGrad(MomentumRight):
    def zero_grad(self):
        pass


class MomentumZeroGradZeroesData(MomentumRight):
    def zero_grad(self):
        for p in self.params:
            p.grad = 0.0
            p.data = 0.0


class MomentumZeroGradResetsVelocity(MomentumRight):
    def zero_grad(self):
        for i, p in enumerate(self.params):
            p.grad = 0.0
            self.velocities[i] = 0.0


class MomentumNoStep:
    def __init__(self, params, learning_rate, momentum):
        self.params = params

    def zero_grad(self):
        for p in self.params:
            p.grad = 0.0


class MomentumStub:
    # the notebook's starting point
    def __init__(self, params, learning_rate, momentum):
        self.params = list(params)
        self.learning_rate = learning_rate
        self.momentum = momentum
        # your code: one velocity per parameter, all 0.0

    def zero_grad(self):
        for p in self.params:
            p.grad = 0.0

    def step(self):
        ...  # your code: for each parameter, v = momentum * v + grad, then p.data -= learning_rate * v


class MomentumWrongIndex(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i] * (1 if i == 0 else 2)


def momentum_keyed_by(key, name, doc):
    """A learner's Momentum whose velocities sit in a dict keyed by ``key(p)``."""
    def step(self):
        for p in self.params:
            v = self.momentum * self.keyed.get(key(p), 0.0) + p.grad
            self.keyed[key(p)] = v
            p.data -= self.learning_rate * v

    def __init__(self, params, learning_rate, momentum):
        MomentumRight.__init__(self, params, learning_rate, momentum)
        self.keyed = {}
    return type(name, (MomentumRight,), {"__doc__": doc, "__init__": __init__, "step": step})


MomentumByLabel = momentum_keyed_by(
    lambda p: p.label, "MomentumByLabel", "Velocities in a dict of its own, keyed by label: right while labels differ.")


class MomentumByValue(MomentumRight):
    """Velocities keyed by the parameter's value: lost when it moves, or taken by another."""

    def __init__(self, params, learning_rate, momentum):
        super().__init__(params, learning_rate, momentum)
        self.by_value = {}

    def step(self):
        for p in self.params:
            v = self.momentum * self.by_value.pop(p.data, 0.0) + p.grad
            p.data -= self.learning_rate * v
            self.by_value[p.data] = v


class MomentumRaises(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocity[i] = self.momentum * self.velocity[i] + p.grad  # a typo: velocity


def make_momentum_with_class_velocities():
    """Velocities in a list on the class: one optimizer alone is right, two are not."""
    class Momentum(MomentumRight):
        velocities = []

        def __init__(self, params, learning_rate, momentum):
            self.params, self.learning_rate, self.momentum = list(params), learning_rate, momentum
            self.velocities.extend([0.0] * len(self.params))
    return Momentum


def make_momentum_that_resets_the_class_velocities():
    class Momentum(MomentumRight):
        def __init__(self, params, learning_rate, momentum):
            self.params, self.learning_rate, self.momentum = list(params), learning_rate, momentum
            Momentum.velocities = [0.0] * len(self.params)  # on the class: every optimizer's
    return Momentum


def make_momentum_with_module_velocities():
    shared = []

    class Momentum(MomentumRight):
        kind = "heavy ball"  # a constant on the class: not what the optimizers share

        def __init__(self, params, learning_rate, momentum):
            self.params, self.learning_rate, self.momentum = list(params), learning_rate, momentum
            shared[:] = [0.0] * len(self.params)
            self.velocities = shared
    return Momentum


class MomentumNeverEnds(MomentumRight):
    def step(self):
        i = 0
        while i < len(self.params):  # i never grows
            self.velocities[i] = self.momentum * self.velocities[i] + self.params[i].grad


SHARED_VELOCITIES = "Your optimizers share `velocities`, an attribute of the class itself"


@pytest.mark.parametrize(
    "make, words",
    [
        (make_momentum_with_class_velocities,
         "One optimizer on its own steps right, but two side by side do not. The check made a "
         "new first one and a second Momentum(params, 0.05, 0.5) on three other parameters, "
         "and stepped them in turn. After step 1, parameter p1 of the first optimizer is "
         "0.7911; it should be 0.9. " + SHARED_VELOCITIES),
        (make_momentum_that_resets_the_class_velocities,
         "After step 1, parameter p1 of the second optimizer is 0.375; it should be 0.4. "
         + SHARED_VELOCITIES),
        (make_momentum_with_module_velocities,
         "A new second optimizer stepped alone is right, so your optimizers use state shared "
         "outside them"),
    ],
)
def test_momentum_state_shared_by_every_optimizer_is_named(make, words):
    Momentum = make()
    feedback = lesson04.check_momentum(Momentum)
    assert not feedback and words in feedback.message


def test_momentum_with_class_velocities_is_named_again_on_a_second_check():
    # what the next cell's yours_or_worked does: the check runs again on the same class
    Momentum = make_momentum_with_class_velocities()
    lesson04.check_momentum(Momentum)
    message = lesson04.check_momentum(Momentum).message
    assert "Your Momentum changes `velocities`, an attribute of the class itself" in message


def test_a_step_that_never_ends_is_stopped_and_reported(short_time_limit):
    feedback = lesson04.check_momentum(MomentumNeverEnds)
    assert not feedback and feedback.message.startswith(
        "Your code did not finish within 0.8 seconds, while calling step() (step 1 of 3).")


def test_the_check_momentum_expectations_are_the_hand_recursion():
    # p1: grads 1, 1, -0.5; v = 1, 1.9, 1.21; p = 1 - 0.1 v cumulatively
    from micrograd_lite.exercises.lesson04 import _momentum_paths
    p1 = [round(t[0], 12) for t in _momentum_paths(None)]
    assert p1 == pytest.approx([0.9, 0.71, 0.589])


@pytest.mark.parametrize("Momentum", [MomentumRight, MomentumLearningRateInside, lesson04.WorkedMomentum])
def test_check_momentum_accepts_right_classes(Momentum):
    feedback = lesson04.check_momentum(Momentum)
    assert feedback and "own velocity" in feedback.message


@pytest.mark.parametrize(
    "Momentum, words",
    [
        (None, "Define the class Momentum"),
        ("Momentum", "should be a class; it is a str"),
        (MomentumStub, "no parameter moved"),
        (MomentumNotCarried, "plain gradient descent"),
        (MomentumUpdatesWithTheGradient, "Candidates: an update that uses p.grad where it should "
                                         "use the velocity"),
        (MomentumZeroGradResetsVelocity, "a zero_grad() that resets the velocities too"),
        (MomentumShared, "share one velocity"),
        (MomentumAverage, "an average"),
        (MomentumLate, "updates the velocity afterwards"),
        (MomentumPlus, "the update adds (`p.data += learning_rate * v`), or the velocity "
                       "subtracts the gradient (`v = momentum * v - grad`)"),
        (Fresh(make_momentum_with_default_velocities),
         "in `step`: `_v[i] = self.momentum * _v[i] + p.grad`. While the check called it, your "
         "code changed the default argument `_v`"),
        (MomentumVelocityMinusGrad, "the update adds (`p.data += learning_rate * v`), or the "
                                    "velocity subtracts the gradient"),
        (MomentumNoZeroGrad, "After zero_grad() a parameter's grad is still 5"),
        (MomentumZeroGradZeroesData, "zero_grad() changed a parameter's data"),
        (Fresh(make_momentum_that_counts_its_optimizers),
         "Your first optimizer on two parameters stepped right, but a new Momentum(params, 0.1, "
         "0.9) made later, on two parameters starting at (1.0, -2.0) again, does not, even alone: "
         "after step 1, parameter p1 is 0.95; it should be 0.9 (the grads of step 1 were 1 and -2). "
         "Your optimizer keeps something from the earlier optimizers"),
        (MomentumVelocitiesAreValues,
         "After step 1, the data of parameter p1 is a Value, not a number: p.data must hold a "
         "number. Candidates: the parameter itself in the update (p - learning_rate * v makes a "
         "new Value, where p.data - learning_rate * v uses p's number), or a velocity that is a "
         "Value (keep each v a number, v = momentum * v + p.grad)."),
        (MomentumStopsAfterThreeSteps,
         "A new optimizer with learning rate 0.05 and momentum 0.5 on 3 parameters steps "
         "right 3 times; from step 4 on, step() leaves every parameter where it is, though "
         "their gradients are not 0 (the check made 5 steps)."),
        (MomentumNoStep, "has no method step()"),
        (MomentumWrongIndex, "After step 1, parameter p2 is"),
        (MomentumRaises, "Your code raised AttributeError"),
        (MomentumByLabel, "labelled u and v, the same two step right. Your velocities are kept "
                          "by label"),
        (MomentumByValue, "it took the velocity of the first, whose new value, -0.1, is the "
                          "second's"),
    ],
)
def test_check_momentum_names_each_typical_bug(Momentum, words):
    feedback = lesson04.check_momentum(answer(Momentum))
    assert not feedback and words in feedback.message


def test_walk_58_check_momentum_names_an_update_written_with_equals():
    english, chinese = in_english_and_chinese(lesson04.check_momentum, lambda: MomentumAssigned)
    assert english.startswith("After each step your parameters are -learning_rate * v, "
                              "whatever they were before"), english
    assert "每一步之后，你的参数都等于 -learning_rate * v，不管它原来是多少。" in chinese, chinese


def test_check_momentum_names_the_grads_of_the_step_as_a_list_in_each_language():
    """The grads of the step read "1 and -2" in English, "1 和 -2" in Chinese (never the
    ASCII "1, -2" inside full-width brackets)."""
    english, chinese = in_english_and_chinese(lesson04.check_momentum, lambda: MomentumWrongIndex)
    assert "After step 1, parameter p2 is -1.6; it should be -1.8 (the grads of step 1 were " \
           "1 and -2). The rule" in english, english
    assert "第 1 步之后，参数 p2 是 -1.6，应该是 -1.8（第 1 步的 grad 分别是 1 和 -2）。规则是" in chinese, chinese


def test_momentum_on_the_valley_matches_the_lesson():
    # the lesson's comparison: lr 0.01, momentum 0.8, 50 steps, loss 0.000161
    w = [Value(-4.0), Value(1.5)]
    optimizer = MomentumRight(w, 0.01, 0.8)
    for _ in range(50):
        optimizer.zero_grad()
        L = elongated_bowl(*w)
        L.backward()
        optimizer.step()
    assert elongated_bowl(*w).data == pytest.approx(
        run_descent(elongated_bowl, BOWL_START, 0.01, 50, momentum=0.8).final_loss
    )


# ----------------------------------------------------------------------
# The cells after a coding exercise use the learner's code only once it passes
# ----------------------------------------------------------------------

def test_a_passing_solution_is_used_and_said(capsys):
    assert yours_or_worked(Feedback(True, "ok"), "mine", "worked", "descend") == "mine"
    assert capsys.readouterr().out == "Using your descend: it passes its check.\n"


def test_until_then_the_worked_solution_is_used_and_said(capsys):
    assert yours_or_worked(Feedback(False, "no"), "mine", "worked", "descend") == "worked"
    assert "worked solution's descend from the package" in capsys.readouterr().out


# ----------------------------------------------------------------------
# Every "things to try" of the lesson is what the code does
# ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "lr, words",
    [
        (0.501, "good; settles near the bottom after 1 step, jumping across it once"),
        (0.1, "good; settles near the bottom after 21 steps."),
        (0.9, "good; settles near the bottom after 21 steps, jumping across it on every one of them"),
        (0.95, "too large (oscillating); the steps still jump past the bottom and back after 30 steps"),
        (1.0, "too large (oscillating)"),
        (1.2, "divergent"),
    ],
)
def test_parabola_things_to_try(lr, words):
    explorer = parabola_explorer()
    explorer.controls["lr"].value = lr
    assert f"learning rate {lr:.3g}, 30 steps: {words}" in explorer.picture.description


def test_parabola_things_to_try_numbers():
    assert run_descent(parabola, -1.0, 0.501, 30).path[1][0] == pytest.approx(3.008)
    assert {p[0] for p in run_descent(parabola, -1.0, 1.0, 30).path} == {-1.0, 7.0}
    explorer = parabola_explorer()
    explorer.controls["lr"].value = 10 ** explorer.controls["lr"].max  # the right end
    assert "divergent; diverged at step" in explorer.picture.description


def test_bowl_things_to_try():
    zigzag = run_descent(elongated_bowl, BOWL_START, 0.09, 50)
    w2 = [p[1] for p in zigzag.path[:24]]
    assert all(a * b < 0 for a, b in zip(w2, w2[1:]))  # w2 changes sign at every step
    # settled when each coordinate is within 1 % of where it started from the bottom: w1
    # shrinks by 1 - 2 * 0.09 = 0.82 a step, and 0.82 ** 24 < 0.01 < 0.82 ** 23
    assert 0.82 ** 24 < 0.01 < 0.82 ** 23
    assert zigzag.regime == "good" and "after 24 steps" in zigzag.message
    assert "learning rate 0.09 and momentum 0.00, 50 steps: good" in bowl_picture(lr=0.09).description
    assert run_descent(elongated_bowl, BOWL_START, 0.098, 50).regime == "too large (oscillating)"
    runaway = run_descent(elongated_bowl, BOWL_START, 0.11, 50)
    assert runaway.regime == "divergent" and runaway.diverged_at == 21
    slow = run_descent(elongated_bowl, BOWL_START, 0.01, 50)
    assert slow.regime == "too small (slow)" and round(slow.final_loss, 1) == 2.1


@pytest.fixture(scope="module")
def sigmoid_net_runs():
    xs, ys = sigmoid_net_data(n=20, seed=0)
    return {lr: train_sigmoid_net(xs, ys, lr=lr, steps=200, seed=0) for lr in (0.01, 0.3, 0.8, 1.0)}


def test_sigmoid_net_things_to_try(sigmoid_net_runs):
    assert round(sigmoid_net_runs[0.01].losses[-1], 2) == 0.26
    up_and_down = sigmoid_net_runs[0.8].losses
    lowest = min(range(len(up_and_down)), key=up_and_down.__getitem__)
    assert lowest + 1 == 72 and round(up_and_down[lowest], 3) == 0.051  # a U: down, then up
    assert max(up_and_down[:lowest + 1][11:]) < up_and_down[10] and up_and_down[-1] > 3 * up_and_down[lowest]
    assert round(up_and_down[-1], 2) == 0.18 and round(sigmoid_net_runs[0.3].losses[-1], 3) == 0.001
    only_up = sigmoid_net_runs[1.0].losses
    assert all(b > a for a, b in zip(only_up, only_up[1:]))  # the loss only rises
    assert round(only_up[0], 2) == 2.03 and 39 < only_up[-1] < 41


def test_sigmoid_net_from_1_5_to_the_slider_end_diverges_within_five_steps():
    xs, ys = sigmoid_net_data(n=20, seed=0)
    slider = sigmoid_net_explorer(xs, ys, steps=20).controls["lr"]
    top = slider.max
    for exponent in np.linspace(np.log10(1.5), top, 9):
        result = train_sigmoid_net(xs, ys, lr=float(10 ** exponent), steps=200, seed=0)
        assert result.diverged and result.diverged_at <= 5


# ----------------------------------------------------------------------
# The worked solutions shown in the notebook pass their checks
# ----------------------------------------------------------------------
def _notebook_solutions(name, check_names):
    import re
    from pathlib import Path

    import nbformat

    nb = nbformat.read(Path(__file__).resolve().parents[1] / "notebooks" / name, as_version=4)
    found = {}
    for cell, following in zip(nb.cells, nb.cells[1:]):
        for check in check_names:
            if (cell.cell_type == "code" and f"{check}(" in cell.source
                    and "<details>" in following.source):
                found[check] = (cell.source, re.search(r"```python\n(.*?)```", following.source, re.S).group(1))
    return found


@pytest.mark.parametrize("check", ["check_descend", "check_momentum"])
def test_the_notebooks_coding_exercise_stub_fails_and_its_solution_passes(check):
    stub, solution = _notebook_solutions("04_gradient_descent.ipynb", [check])[check]
    for source, passes in ((stub, False), (solution, True)):
        namespace = {"Value": Value}
        body, _, last = source.rstrip().rpartition("\n")
        exec(body, namespace)
        if "import" not in body:
            exec(f"from micrograd_lite.exercises.lesson04 import {check}", namespace)
        assert bool(eval(last, namespace)) is passes


def test_the_second_step_messages_are_true():
    # the step message's arithmetic, and the 1.24 of grads that were not reset
    assert 0.1 * (-6.4) == pytest.approx(-0.64)
    assert -0.2 - (-0.64) == pytest.approx(0.44)
    w = Value(-1.0)
    for _ in range(2):
        loss = (w - 3) ** 2
        loss.backward()  # no reset: the grads add
        w.data -= 0.1 * w.grad
    assert w.data == pytest.approx(1.24)


def test_the_bowl_counter_counts_the_crossings_the_words_say():
    # at lr 0.08 the factor across the valley is 1 - 20 * 0.08 = -0.6: w2 changes sign at every step
    run = run_descent(elongated_bowl, BOWL_START, 0.08, 50)
    w2 = [p[1] for p in run.path[:28]]
    crossings = sum(a * b < 0 for a, b in zip(w2, w2[1:]))
    assert crossings == 27 and run.message == (
        "settles near the bottom after 27 steps, jumping across it in at least one direction on "
        "every one of them")
    assert run_descent(elongated_bowl, BOWL_START, 0.09, 50).message.startswith(
        "settles near the bottom after 24 steps, jumping across it in at least one direction on every")
    assert in_chinese(lambda: run_descent(elongated_bowl, BOWL_START, 0.08, 50).message) == \
        "27 步后收敛到最低点附近，途中每一步都越过了最低点（至少在一个坐标方向上）"
    # the teaching guide's question to the class gives the same count
    guides = Path(__file__).resolve().parent.parent / "docs" / "teaching" / "src"
    assert '"0.08 settles after 27 steps.' in (guides / "en" / "04.md").read_text(encoding="utf-8")
    assert "0.08 走 27 步就稳定了" in (guides / "zh" / "04.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("momentum", [0.5, 0.9, 0.95])
def test_an_unsettled_run_with_momentum_does_not_blame_the_learning_rate(momentum):
    for lr in (0.01, 0.08):
        run = run_descent(elongated_bowl, BOWL_START, lr, 50, momentum=momentum)
        assert run.regime in ("good", "not settled")
        assert "too small" not in bowl_picture(lr=lr, momentum=momentum).description


def test_momentum_can_be_too_large_as_the_lesson_says():
    large = run_descent(elongated_bowl, BOWL_START, 0.01, 50, momentum=0.95)
    assert large.regime == "not settled" and round(large.final_loss, 1) == 1.3
    assert "momentum 0.95 has carried it across the bottom 9 times" in large.message
    good = run_descent(elongated_bowl, BOWL_START, 0.01, 50, momentum=0.8)
    assert round(good.final_loss, 5) == 0.00016
    assert good.regime == "good"  # "with momentum 0.8 the same learning rate settles"
    slow = run_descent(elongated_bowl, BOWL_START, 0.01, 50, momentum=0.5)  # cell 29: slow, and
    assert slow.regime == "not settled" and slow.final_loss > 0.2  # "not settled", whatever the cause


def test_a_loss_that_barely_grew_is_printed_with_the_digits_that_show_it():
    run = run_descent(parabola, -1.0, 1.0000001, 30)
    assert run.regime == "divergent" and "grew from 16 to 16.0002" in run.message


def test_every_rate_the_lesson_quotes_can_be_typed_into_its_slider():
    xs, ys = sigmoid_net_data(n=20, seed=0)
    quoted = [
        (parabola_explorer(), [0.501, 0.1, 0.9, 0.95, 1.0, 1.2, 1.0000001]),
        (bowl_explorer(), [0.08, 0.09, 0.098, 0.11, 0.01]),
        (sigmoid_net_explorer(xs, ys, steps=20), [0.01, 0.3, 0.8, 1.0, 1.5]),
    ]
    for explorer, rates in quoted:
        slider = explorer.controls["lr"]
        assert slider.readout  # the number beside the slider, where a rate can be typed
        for rate in rates:
            assert 10 ** slider.min <= rate <= 10 ** slider.max, rate
            slider.value = rate  # what typing it does
            assert f"{rate:.3g}" in explorer.picture.description


def test_the_lesson_tells_how_to_reach_its_rates_and_makes_no_unsupported_claim():
    import nbformat
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "notebooks" / "04_gradient_descent.ipynb"
    text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    assert "loss surfaces of real networks often are" not in text
    assert text.count("type the rate") >= 2 and "Momentum can be too large" in text
    assert "rising on about half of the steps" not in text and "the loss curve is roughly a U" in text


def test_check_momentum_given_an_object_asks_for_the_class():
    feedback = lesson04.check_momentum(MomentumRight([Value(1.0)], 0.1, 0.9))
    assert not feedback and "not the class itself" in feedback.message
    assert "should be a class; it is a MomentumRight" not in feedback.message


def test_check_descend_shows_its_own_numbers_rounded_and_names_the_learning_rate():
    def descend_fixed_rate(loss, start, learning_rate, steps):
        w, path = Value(start), [start]
        for _ in range(steps):
            w.grad = 0.0
            loss(w).backward()
            w.data -= 0.05 * w.grad  # a rate of its own
            path.append(w.data)
        return path

    feedback = lesson04.check_descend(descend_fixed_rate)
    assert not feedback and "learning_rate argument" in feedback.message
    assert "0000000" not in feedback.message and "9999999" not in feedback.message


def test_the_verdict_on_0_95_depends_on_the_number_of_steps():
    # "Its loss falls at every step, but each step shrinks the distance by only 10 %
    # (the factor is -0.9). Set the steps slider to 44 or more and the same run settles"
    run = run_descent(parabola, -1.0, 0.95, 30)
    losses = [(p[0] - 3) ** 2 for p in run.path]
    assert run.regime == "too large (oscillating)"
    assert all(b < a for a, b in zip(losses, losses[1:]))
    assert all((b[0] - 3) / (a[0] - 3) == pytest.approx(-0.9) for a, b in zip(run.path, run.path[1:]))
    assert run_descent(parabola, -1.0, 0.95, 43).regime == "too large (oscillating)"
    settled = run_descent(parabola, -1.0, 0.95, 44)
    assert settled.regime == "good" and "after 44 steps" in settled.message
    explorer = parabola_explorer()
    explorer.controls["lr"].value = 0.95
    explorer.controls["steps"].value = 44
    assert "learning rate 0.95, 44 steps: good" in explorer.picture.description


def test_at_0_8_the_loss_first_climbs_to_3_52_at_step_5(sigmoid_net_runs):
    # "the loss first climbs from 2.03 to 3.52 at step 5; from there the loss curve is roughly a U"
    losses = sigmoid_net_runs[0.8].losses
    peak = max(range(len(losses)), key=losses.__getitem__)
    assert peak + 1 == 5 and round(losses[peak], 2) == 3.52 and round(losses[0], 2) == 2.03


def test_a_momentum_step_that_stores_a_value_in_data_is_told_so_not_a_crash():
    """p.data = p - lr * v puts a Value into .data: the check says so in both
    languages instead of failing inside its own comparison."""
    class Momentum:
        def __init__(self, params, learning_rate, momentum):
            self.params, self.lr, self.m = params, learning_rate, momentum
            self.v = [0.0] * len(params)

        def zero_grad(self):
            for p in self.params:
                p.grad = 0.0

        def step(self):
            for i, p in enumerate(self.params):
                self.v[i] = self.m * self.v[i] + p.grad
                p.data = p - self.lr * self.v[i]

    from micrograd_lite import set_language
    english = lesson04.check_momentum(Momentum)
    set_language("zh")
    try:
        chinese = lesson04.check_momentum(Momentum)
    finally:
        set_language("en")
    assert not english and english.message.startswith(
        "After step 1, the data of parameter p1 is a Value, not a number: p.data must hold "
        "a number. Candidates: the parameter itself in the update")
    assert chinese.message.startswith("第 1 步之后，参数 p1 的 data 是一个 Value 对象，不是数，而 p.data "
                                      "里要放一个数。可能的原因有以下几种：更新时用了参数本身")


def test_a_descend_that_keeps_w_between_calls_is_told_it_starts_where_the_last_call_ended():
    from micrograd_lite import Value, set_language

    def make():
        kept = {}

        def descend(loss, start, learning_rate, steps):
            w = kept.setdefault("w", Value(start))  # made once, kept between calls
            path = [w.data]
            for _ in range(steps):
                L = loss(w)
                w.grad = 0.0
                L.backward()
                w.data -= learning_rate * w.grad
                path.append(w.data)
            return path
        return descend
    said = lesson04.check_descend(make())
    set_language("zh")
    try:
        zh = lesson04.check_descend(make())
    finally:
        set_language("en")
    assert not said and "where your previous call ended" in said.message, said.message
    assert "这正是你上一次调用结束的地方" in zh.message, zh.message


def _momentum_with(step_body):
    namespace = {}
    exec("class Momentum:\n"
         "    def __init__(self, params, learning_rate, momentum):\n"
         "        self.params, self.lr, self.m = params, learning_rate, momentum\n"
         "        self.vd = {}\n"
         "    def zero_grad(self):\n"
         "        for p in self.params:\n"
         "            p.grad = 0.0\n"
         "    def step(self):\n"
         "        for p in self.params:\n" + step_body, namespace)
    return namespace["Momentum"]


@pytest.mark.parametrize("step_body, english, chinese", [
    ("            p.v = self.m * getattr(p, 'v', 0.0) + p.grad\n"
     "            p.data -= self.lr * p.v\n",
     "A new Momentum on parameters that an earlier one had stepped moved the first parameter",
     "在一个旧优化器走过的参数上新建一个 Momentum"),
    ("            v = self.m * self.vd.get(p.data, 0.0) + p.grad\n"
     "            p.data -= self.lr * v\n"
     "            self.vd[p.data] = v\n",
     "one step moved the second parameter, though its gradient was 0",
     "第二个参数动了，可是它的梯度是 0"),
])
def test_momentum_keeps_one_velocity_per_parameter_by_position(step_body, english, chinese):
    from micrograd_lite import set_language
    said = lesson04.check_momentum(_momentum_with(step_body))
    set_language("zh")
    try:
        zh = lesson04.check_momentum(_momentum_with(step_body))
    finally:
        set_language("en")
    assert not said and english in said.message, said.message
    assert chinese in zh.message, zh.message


# ----------------------------------------------------------------------
# Each message below names its cause in both languages
# ----------------------------------------------------------------------
def in_english_and_chinese(check, make):
    """The messages of ``check(make())`` in English and in Chinese (a learner's code
    made afresh for each, as state it keeps would carry over)."""
    from micrograd_lite import set_language
    english = check(make())
    set_language("zh")
    try:
        chinese = check(make())
    finally:
        set_language("en")
    assert not english and not chinese
    return english.message, chinese.message


class MomentumLoopsOverTwo(MomentumRight):
    """range(2): the example's number of parameters."""

    def step(self):
        for i in range(2):
            p = self.params[i]
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]


class MomentumLoopsOverOne(MomentumRight):
    def step(self):
        p = self.params[0]
        self.velocities[0] = self.momentum * self.velocities[0] + p.grad
        p.data -= self.learning_rate * self.velocities[0]


class MomentumOfTheExample(MomentumRight):
    """The example's momentum written in, not the argument."""

    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = 0.9 * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]


class MomentumDoublesTheThird(MomentumRight):
    """Wrong on a third parameter only: right on the example, wrong alone on three."""

    def step(self):
        super().step()
        for p in self.params[2:]:
            p.data += 0.01


def descend_finite_difference(loss, start, learning_rate, steps):
    """The gradient estimated by nudging w: within about 1e-9 of the right one."""
    w, path, h = start, [start], 1e-6
    for _ in range(steps):
        gradient = (loss(Value(w + h)).data - loss(Value(w - h)).data) / (2 * h)
        w = w - learning_rate * gradient
        path.append(w)
    return path


def descend_rounded(loss, start, learning_rate, steps):
    return [round(w, 7) for w in descend_right(loss, start, learning_rate, steps)]


def make_descend_that_caches_by_its_numbers():
    """Results kept by (start, learning_rate, steps), the loss left out of the key."""
    cache = {}

    def descend(loss, start, learning_rate, steps):
        key = (start, learning_rate, steps)
        if key not in cache:
            cache[key] = descend_right(loss, start, learning_rate, steps)
        return list(cache[key])
    return descend


def descend_first_update_off(loss, start, learning_rate, steps):
    path = descend_right(loss, start, learning_rate, steps)
    return path[:1] + [w + 0.5 for w in path[1:]]


NOT_SHARED = ("share", "共用", "共享状态")


@pytest.mark.parametrize("Momentum, english, chinese", [
    (MomentumLoopsOverTwo,
     "The check made Momentum(params, 0.05, 0.5) on 3 parameters and called step() three "
     "times: only the first 2 of the 3 parameters moved. Loop over every parameter the "
     "optimizer was given (for i, p in enumerate(self.params)): no count written into the "
     "code (the example's two, say), none left out",
     "检查函数在 3 个参数上新建了 Momentum(params, 0.05, 0.5)，调用了三次 step()。"
     "3 个参数里只有前 2 个动了。请对优化器拿到的每一个参数都做更新"
     "（for i, p in enumerate(self.params)）。不要把参数的个数写死"),
    (MomentumLoopsOverOne,
     "The check made Momentum(params, 0.1, 0.9) on 2 parameters and called step() three "
     "times: only the first 1 of the 2 parameters moved.",
     "2 个参数里只有前 1 个动了。"),
    (MomentumOfTheExample,
     "Your optimizer on two parameters steps right, but a new Momentum(params, 0.05, 0.5) "
     "on three others steps as if made with learning rate 0.05 and momentum 0.9, even "
     "alone. Use the learning rate and momentum given to __init__",
     "即使单独使用，走的也是学习率 0.05、动量 0.9 的步子。请用传给 __init__ 的学习率和动量"),
    (MomentumDoublesTheThird,
     "on three others, starting at (0.5, 1.5, -1.0), does not, even alone: after step 1, "
     "parameter p3 is -1.015; it should be -1.025 (the grads of step 1 were 2, -1 and 0.5). "
     "Candidates: something sized for the example's two parameters",
     "即使单独使用也不对。第 1 步之后，参数 p3 是 -1.015，应该是 -1.025（第 1 步的 grad 分别是 2、-1 和 0.5）。"),
])
def test_a_momentum_wrong_beside_another_is_not_said_to_share_unless_it_does(
        Momentum, english, chinese):
    said, zh = in_english_and_chinese(lesson04.check_momentum, lambda: Momentum)
    assert english in said, said
    assert chinese in zh, zh
    if Momentum is not MomentumDoublesTheThird:  # listed there as one candidate
        assert not any(word in said + zh for word in NOT_SHARED), (said, zh)


def descend_example_written_in(loss, start, learning_rate, steps):  # walk 64
    if (start, learning_rate) == (-1, 0.1):  # the lesson's example, its path written out
        return [-1.0 + 4 * (1 - 0.8 ** k) for k in range(steps + 1)]
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        w.grad = 0.0
        loss(w).backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


@pytest.mark.parametrize("make, english, chinese", [
    (lambda: descend_finite_difference,
     "With descend(loss, 10.0, 0.9, 1) on L(w) = (w - 3)**2, your w after update 1 is "
     "-2.59999999; it should be -2.6 (the w before it in your list is 10). Every w of your list is within a "
     "millionth of the right one, but not exactly it. Numbers this close come from a "
     "gradient estimated by nudging w (a finite difference), or from w rounded before it "
     "is stored. The exercise wants the exact gradient that L.backward() leaves in w.grad",
     "你第 1 次更新后的 w 是 -2.59999999，应该是 -2.6（你的列表里它前面的 w 是 10）。你列表里的每一个 w "
     "都和正确的 w 相差不到百万分之一，但并不完全相等。这么接近的数，可能来自轻推 w 估算出来的"
     "梯度（有限差分），也可能是 w 在存入之前被四舍五入了。练习要的是 L.backward() 留在 w.grad "
     "里的精确梯度"),
    (lambda: descend_rounded, "within a millionth of the right one", "相差不到百万分之一"),
    (make_descend_that_caches_by_its_numbers,
     "With descend(loss, -1.0, 0.1, 5) on L(w) = (w*w - 2)**2, your descend returned the "
     "path of the lesson's example, called earlier with the same start, learning rate and "
     "steps on another loss, L(w) = (w - 3)**2. Candidates: it keeps results from one call to "
     "the next and does not tell losses apart, or it returns that path, written into the code",
     "在 L(w) = (w*w - 2)**2 上运行 descend(loss, -1.0, 0.1, 5) 时，你的 descend 返回的是本课例子的路径。"
     "前面那次调用的起点、学习率和步数都一样，损失却是另一个函数 L(w) = (w - 3)**2。"
     "可能的原因有两种：你的 descend 把结果从一次调用留到了下一次，却不区分损失函数；"
     "或者只要这几个数和例子一样，它就返回写在代码里的那条路径。"),
    (lambda: descend_example_written_in,
     "your descend returned the path of the lesson's example, called earlier with the same "
     "start, learning rate and steps on another loss, L(w) = (w - 3)**2. Candidates:",
     "或者只要这几个数和例子一样，它就返回写在代码里的那条路径。"),
    (lambda: descend_first_update_off,
     "your w after update 1 is 0.3; it should be -0.2 (the w before it in your list is -1). Candidates: a "
     "learning rate other than the learning_rate argument",
     "你第 1 次更新后的 w 是 0.3，应该是 -0.2（你的列表里它前面的 w 是 -1）。可能的原因有以下几种：（1）用的学习率不是参数 "
     "learning_rate。"),
    (lambda: descend_steps_too_long_from_step_three,
     "(the w before it in your list is 0.44), and the updates before it are right. Candidates:",
     "（你的列表里它前面的 w 是 0.44）。这之前的更新都是对的。可能的原因有以下几种："),
])
def test_check_descend_names_what_its_numbers_show(make, english, chinese):
    said, zh = in_english_and_chinese(lesson04.check_descend, make)
    assert english in said, said
    assert chinese in zh, zh
    if "after update 1 " in said:  # no update before it to call right
        assert "updates before it are right" not in said and "这之前的更新都是对的" not in zh


@pytest.mark.parametrize("check, answer, english, chinese", [
    (lesson04.check_second_step, 0.64,
     "0.64 is how far the second step moves w (the size of learning_rate * gradient), not "
     "the new w. The new w is the old one minus learning_rate * gradient: -0.2 - 0.1 * (-6.4).",
     "0.64 是第二步让 w 移动的距离（learning_rate * 梯度的大小），不是新的 w。"
     "新的 w 是旧的 w 减去 learning_rate * 梯度，要算 -0.2 - 0.1 * (-6.4)。"),
    (lesson04.check_second_step, -0.64,
     "-0.64 is the step learning_rate * gradient = 0.1 * (-6.4), not the new w. The new w "
     "is the old one minus it: -0.2 - (-0.64).",
     "-0.64 是这一步的 learning_rate * 梯度 = 0.1 * (-6.4)，不是新的 w。"
     "新的 w 是旧的 w 减去它，要算 -0.2 - (-0.64)。"),
    (lesson04.check_largest_rate, float("inf"),
     "At lr = infinity the factor 1 - 2 * lr is -infinity, below -1:",
     "lr = ∞ 时，系数 1 - 2 * lr 是 -∞，小于 -1。"),
    (lesson04.check_bowl_rate, float("inf"),
     "At lr = infinity the w2 factor 1 - 20 * lr is -infinity, below -1:",
     "lr = ∞ 时，w2 的系数 1 - 20 * lr 是 -∞，小于 -1。"),
    (lesson04.check_largest_rate, float("-inf"),
     "A negative learning rate (lr = -infinity) adds the gradient",
     "负的学习率（lr = -∞）会加上梯度。"),
    (lesson04.check_largest_rate, 1e300,
     "At lr = 1e300 the factor 1 - 2 * lr is -2e+300, below -1:",
     "lr = 1e300 时，系数 1 - 2 * lr 是 -2e+300，小于 -1。"),
    (lesson04.check_bowl_rate, float("nan"),
     "nan is not a number: a run with it gives nan at every step, neither diverging nor "
     "staying bounded.",
     "nan 不是一个数。用它运行，每一步得到的都是 nan，既谈不上发散，也谈不上不发散。"),
])
def test_numbers_and_infinities_are_said_in_words(check, answer, english, chinese):
    said, zh = in_english_and_chinese(check, lambda: answer)
    assert english in said, said
    assert chinese in zh, zh
    assert "inf " not in said + zh and "Infinity" not in said + zh


class MomentumEmptyingTheCallersList(MomentumRight):
    def __init__(self, params, learning_rate, momentum):
        super().__init__([], learning_rate, momentum)
        while params:
            self.params.append(params.pop(0))  # the caller's list is left empty
        self.velocities = [0.0] * len(self.params)


@pytest.mark.parametrize("language, message", [
    ("en", "Momentum(params, 0.1, 0.9) changed the list params it was given: it held 2 Values, "
           "and 0 after your __init__. Leave the caller's list as it is"),
    ("zh", "Momentum(params, 0.1, 0.9) 改动了传给它的列表 params。它原来有 2 个 Value，你的 "
           "__init__ 之后变成了 0 个。"),
])
def test_check_momentum_names_an_init_that_empties_the_callers_list(language, message):
    from micrograd_lite import set_language
    set_language(language)
    try:
        feedback = lesson04.check_momentum(MomentumEmptyingTheCallersList)
    finally:
        set_language("en")
    assert not feedback and feedback.message.startswith(message), feedback.message


def test_a_generator_for_descend_is_named_in_chinese():
    from micrograd_lite import set_language
    set_language("zh")
    try:
        message = lesson04.check_descend(descend_as_a_generator).message
    finally:
        set_language("en")
    assert message == "你的 descend 返回了一个生成器（generator）；它应该返回一个数的列表。"


class MomentumZeroingGrads(lesson04.WorkedMomentum):
    def step(self):
        super().step()
        for p in self.params:  # "a fresh start for the next step": zero_grad's job
            p.grad = 0.0


class MomentumKeepingTheCallersList(lesson04.WorkedMomentum):
    def __init__(self, params, learning_rate, momentum):
        super().__init__(params, learning_rate, momentum)
        self.given = params  # the caller's list itself

    def step(self):
        super().step()
        self.given.reverse()


def test_check_momentum_rejects_a_step_that_changes_grads_or_the_callers_list():
    """Walk finding: both were accepted; the grads and the list are not step()'s."""
    assert lesson04.check_momentum(MomentumZeroingGrads).message == (
        "Step 1 changed the grad of parameter p1 from 1 to 0. step() moves the parameters and "
        "their velocities; the grads belong to backward() and zero_grad(), and code after step() "
        "may still read them.")
    assert lesson04.check_momentum(MomentumKeepingTheCallersList).message.startswith(
        "After step 1, the list of parameters your optimizer was given is not as it was")


def test_check_descend_names_a_loop_capped_at_a_number_of_updates():
    """Walk finding: `range(min(steps, 20))` got candidates without its cause."""
    right = lesson04.worked_descend

    def capped_right(loss, w0, learning_rate, steps):
        path = right(loss, w0, learning_rate, min(steps, 20))
        return path + [path[-1]] * (steps - min(steps, 20))
    message = lesson04.check_descend(capped_right).message
    assert "your loop stops updating w after 20 of the" in message, message
    assert "a loop that runs a fixed number of times (range(20), say)" in message
    assert "range(20)" in in_chinese(lambda: lesson04.check_descend(capped_right).message)


def test_check_momentum_names_parameters_kept_as_an_iterator():
    """Walk finding: `self.params = iter(params)` was told its step() changes nothing."""
    class Used:
        def __init__(self, params, learning_rate, momentum):
            self.params, self.learning_rate, self.momentum, self.v = iter(params), learning_rate, momentum, {}

        def zero_grad(self):
            for p in self.params:
                p.grad = 0.0

        def step(self):
            for p in self.params:
                self.v[p] = self.momentum * self.v.get(p, 0.0) + p.grad
                p.data -= self.learning_rate * self.v[p]

    message = lesson04.check_momentum(Used).message
    assert "keeps its parameters as an iterator (`self.params`)" in message, message
    assert "迭代器（`self.params`）" in in_chinese(lambda: lesson04.check_momentum(Used).message)


def test_walk_four_descend_and_momentum_messages():
    """Walk findings: one update short with the last w twice; backward() twice (rate
    doubled); an __init__ that sorts the caller's list."""
    right = lesson04.worked_descend

    def one_short_twice(loss, w0, learning_rate, steps):
        path = right(loss, w0, learning_rate, steps - 1)
        return path + path[-1:]
    message = lesson04.check_descend(one_short_twice).message
    assert "the last of the 5 updates is not in it. Candidates: a loop that makes one update too few" in message, message
    assert "少做了一次更新" in in_chinese(lambda: lesson04.check_descend(one_short_twice).message)

    def doubled(loss, w0, learning_rate, steps):
        return right(loss, w0, 2 * learning_rate, steps)
    message = lesson04.check_descend(doubled).message
    assert ("It is exactly 2 times the rate asked for, as backward() called 2 times before each "
            "update (the grads add up), or the update line written 2 times, would make it too.") in message, message
    assert "或者更新的那一行写了 2 遍，也会这样" in in_chinese(lambda: lesson04.check_descend(doubled).message)

    class Sorting(lesson04.WorkedMomentum):
        def __init__(self, params, learning_rate, momentum):
            params.sort(key=lambda p: p.data)
            super().__init__(params, learning_rate, momentum)
    message = lesson04.check_momentum(Sorting).message
    assert "changed the order of the list params it was given" in message, message


@pytest.mark.parametrize("check, answer, words", [
    (lesson04.check_largest_rate, 1 - 1e-12, "At lr = 0.999999999999 the factor 1 - 2 * lr is "
     "-0.999999999998, between -1 and 1"),
    (lesson04.check_bowl_rate, 0.1 - 1e-12, "At lr = 0.099999999999 the factors are 0.800000000002"),
    (lesson04.check_bowl_rate, 0.1 + 1e-13, "At lr = 0.1000000000001 the w2 factor 1 - 20 * lr is "
     "-1.000000000002, below -1"),
    (lesson04.check_largest_rate, 1 + 1e-13, "At lr = 1.0000000000001 the factor 1 - 2 * lr is "
     "-1.0000000000002, below -1"),
])
def test_the_rate_checks_accept_only_the_limit_itself(check, answer, words):
    """Walk finding: 1 - 1e-12 passed in exercise 3 while 0.1 - 1e-12 was rejected in
    exercise 5 (float rounding on either side of one absolute tolerance)."""
    feedback = check(answer)
    assert not feedback and words in feedback.message, feedback.message
    assert "lr = " + words.split("lr = ")[1].split(" ")[0] + " 时" in in_chinese(lambda: check(answer).message)


def test_check_momentum_rejects_an_init_that_zeroes_the_grads_it_is_given():
    """Walk finding: `for p in self.params: p.grad = 0.0` in __init__ passed; made after a
    backward(), such an optimizer's first step does nothing."""
    from micrograd_lite.train import SGD

    class Wiping(SGD):
        def __init__(self, params, learning_rate=0.1, momentum=0.9):
            super().__init__(params, learning_rate, momentum)
            for p in self.params:
                p.grad = 0.0

    message = lesson04.check_momentum(Wiping).message
    assert "changed params[0] (its grad or its data) while it was made" in message, message


def _descend_with_rate(rate_of):
    def descend(loss, start, learning_rate, steps):
        lr = rate_of(learning_rate)
        w = Value(start, label="w")
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data = w.data - lr * w.grad
            path.append(w.data)
        return path
    return descend


@pytest.mark.parametrize("rate_of, english, chinese", [
    (lambda lr: round(lr, 2),
     "With descend(loss, -1.0, 0.0012345, 3) on L(w) = (w - 3)**2, w never moves from -1.0, "
     "though your loop moved w in the calls before.",
     "（比如把参数取整，0.0012345 就变成了 0）"),
    (lambda lr: round(lr, 4), "your steps are those of learning rate 0.0012; this call asks for "
     "0.0012345. Candidates: a rate of your own in the update instead of the learning_rate "
     "argument (a global such as the notebook's learning_rate, or the argument rounded, or capped)",
     "或者把参数取整了、限制了大小）"),
    (lambda lr: min(lr, 1.0), "your steps are whole gradients, those of learning rate 1. "
     "Candidates: the update does not multiply the gradient by learning_rate, or it uses a rate "
     "of its own in its place (1, or the argument capped at 1).", "（1，或者被限制在 1 以内的参数）"),
])
def test_check_descend_tells_a_rate_rounded_or_capped(rate_of, english, chinese):
    """Walk finding: round(lr, 2) passed (every rate tried had 2 decimals); min(lr, 1) was
    told it does not multiply by learning_rate, which it does."""
    descend = _descend_with_rate(rate_of)
    assert english in lesson04.check_descend(descend).message
    assert chinese in in_chinese(lambda: lesson04.check_descend(descend).message)


def _momentum_stepping_with(update):
    """The worked Momentum with the step() ``update``."""
    return type("Momentum", (MomentumRight,), {"step": update})


def _skip_small(self):
    for i, p in enumerate(self.params):
        if abs(p.grad) < 1e-3:
            continue
        self.velocities[i] = self.momentum * self.velocities[i] + p.grad
        p.data -= self.learning_rate * self.velocities[i]


def _capped(self):
    m, lr = min(self.momentum, 0.9), min(self.learning_rate, 0.5)
    for i, p in enumerate(self.params):
        self.velocities[i] = m * self.velocities[i] + p.grad
        p.data -= lr * self.velocities[i]


def _momentum_zero_apart(self):
    for i, p in enumerate(self.params):
        if self.momentum == 0:
            p.data -= p.grad
            continue
        self.velocities[i] = self.momentum * self.velocities[i] + p.grad
        p.data -= self.learning_rate * self.velocities[i]


@pytest.mark.parametrize("update, english", [
    (_skip_small, "after step 2, parameter p1 is 0.3"),
    (_capped, "after step 1, parameter p1 is 0.5; it should be 0.3"),
    (_momentum_zero_apart, "Momentum(params, 0.3, 0.0) on parameters starting at (1.0, -2.0) "
     "does not, alone: after step 1, parameter p1 is 0; it should be 0.7"),
])
def test_check_momentum_tries_the_lessons_momentum_a_large_rate_zero_grads_and_momentum_0(update, english):
    """Walk findings: a step that skips small grads, one that caps the rate and momentum,
    and one that ignores the rate at momentum 0 passed."""
    message = lesson04.check_momentum(_momentum_stepping_with(update)).message
    assert english in message and "What differs is this call's numbers." in message, message
    assert "这次和之前唯一的不同是传入的这几个数" in in_chinese(
        lambda: lesson04.check_momentum(_momentum_stepping_with(update)).message)


def _velocities_by_value(self):
    velocities = getattr(self, "by_value", {})
    self.by_value = {}
    for p in self.params:
        v = self.momentum * velocities.get(p.data, 0.0) + p.grad
        p.data -= self.learning_rate * v
        self.by_value[p.data] = v


def test_check_momentum_tries_two_parameters_that_step_to_one_value():
    """Walk finding: velocities keyed by the parameters' new values passed."""
    Momentum = _momentum_stepping_with(_velocities_by_value)
    message = lesson04.check_momentum(Momentum).message
    assert message.startswith("Your optimizer steps right until two parameters hold the same "
                              "value."), message
    assert "after step 2, parameter p1 is 0.275; it should be 0.05." in message
    assert "两个参数的值变得相同之前" in in_chinese(lambda: lesson04.check_momentum(Momentum).message)


def test_plain_descent_lists_velocities_looked_up_by_what_the_update_changes():
    """Walk finding: a dict keyed by p.data (a new key at every step) was given three
    candidates, none its own."""
    def keyed_by_data(self):
        velocities = getattr(self, "by_data", {})
        for p in self.params:
            v = self.momentum * velocities.get(p.data, 0.0) + p.grad
            velocities[p.data] = v  # under the value the update is about to change
            p.data -= self.learning_rate * v
        self.by_data = velocities
    message = lesson04.check_momentum(_momentum_stepping_with(keyed_by_data)).message
    assert message.startswith("Your step is plain gradient descent"), message
    assert "such as p.data as a dict key" in message


def test_check_momentum_names_a_zero_grad_that_updates_the_velocities():
    """Walk finding: the velocity updated in zero_grad() was told step 1's numbers, though
    the check's own grads of 5 moved the parameter."""
    class InZeroGrad(MomentumRight):
        def zero_grad(self):
            for i, p in enumerate(self.params):
                self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                p.grad = 0.0

        def step(self):
            for i, p in enumerate(self.params):
                p.data -= self.learning_rate * self.velocities[i]
    message = lesson04.check_momentum(InZeroGrad).message
    assert message.startswith("The check set every parameter's grad to 5 and called zero_grad(): "
                              "it changed `self.velocities` too, not only the grads."), message


def test_check_descend_lists_a_copy_of_w_among_the_causes_of_a_w_that_never_moves():
    """Walk finding: a loss built from Value(w.data) was told to update after backward()."""
    def from_a_copy(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(Value(w.data))
            w.grad = 0.0
            L.backward()
            w.data = w.data - learning_rate * w.grad
            path.append(w.data)
        return path
    message = lesson04.check_descend(from_a_copy).message
    assert "a loss built from something other than w itself (a copy such as Value(w.data))" in message


def test_check_descend_tries_more_steps_than_the_lesson_makes():
    """Walk finding: a loop capped at 60 updates passed (60 was the most steps tried)."""
    def capped(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(min(steps, 100)):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data = w.data - learning_rate * w.grad
            path.append(w.data)
        return path
    assert lesson04.check_descend(capped).message.startswith(
        "With descend(loss, 8.0, 0.01, 150) on L(w) = (w + 2)**2, your list has 101 numbers; "
        "it should have 151")


def _descend_with(update_line, backward="L.backward()"):
    namespace = {"Value": Value}
    exec("def descend(loss, start, learning_rate, steps):\n"
         "    w = Value(start)\n"
         "    path = [w.data]\n"
         "    for _ in range(steps):\n"
         "        L = loss(w)\n"
         "        w.grad = 0.0\n"
         f"        {backward}\n"
         f"        {update_line}\n"
         "        path.append(w.data)\n"
         "    return path\n", namespace)
    return namespace["descend"]


@pytest.mark.parametrize("descend, english, chinese", [
    # walk 15: L.backward with no () was given four candidates, none of them its cause
    (_descend_with("w.data = w.data - learning_rate * w.grad", backward="L.backward"),
     "w never moves from -1.0. Candidates: no update of w.data after L.backward(); L.backward "
     "written without its () (it names the method and does not call it, so w.grad stays 0)",
     "L.backward 后面漏了 ()"),
    # walk 15: abs(w.grad) was told "yours adds it"
    (_descend_with("w.data = w.data - learning_rate * abs(w.grad)"),
     "Candidates: the step added (w.data + learning_rate * w.grad), or the size of the gradient "
     "used (abs(w.grad))", "或者用了梯度的大小 abs(w.grad)"),
    (_descend_with("w.data = w.data + learning_rate * w.grad"), "or the size of the gradient "
     "used (abs(w.grad)), which drops its sign", "这条路径上的梯度全是负的"),
])
def test_round_15_descend_messages_list_the_real_cause(descend, english, chinese):
    said = lesson04.check_descend(descend)
    assert not said and english in said.message, said.message
    assert chinese in in_chinese(lambda: lesson04.check_descend(descend).message)


def test_round_15_descend_on_the_lesson_loss_with_a_rate_of_its_own_says_both():
    """Walk finding: the notebook's loss and learning_rate used by their names got the
    candidates for a wrong rate only, not the loss."""
    namespace = {"Value": Value, "loss": parabola, "learning_rate": 0.1}
    exec("def descend(loss_fn, start, lr, steps):\n"
         "    w = Value(start)\n"
         "    path = [w.data]\n"
         "    for _ in range(steps):\n"
         "        L = loss(w)\n"
         "        w.grad = 0.0\n"
         "        L.backward()\n"
         "        w.data -= learning_rate * w.grad\n"
         "        path.append(w.data)\n"
         "    return path\n", namespace)
    said = lesson04.check_descend(namespace["descend"]).message
    assert said.endswith("your loop does not use the loss it is given. Build L = loss(w) from "
                         "the function passed in as the argument `loss` (not the lesson's loss "
                         "by its name, and not a gradient written out by hand such as "
                         "2 * (w - 3)). Its steps are also those of learning rate 0.1, where "
                         "this call asks for 0.05: use the argument `learning_rate` too, not a "
                         "rate of your own or one from an earlier cell."), said
    assert "而且这条路径每一步用的学习率是 0.1，这次调用要的是 0.05。" in in_chinese(
        lambda: lesson04.check_descend(namespace["descend"]).message)


def test_round_17_a_list_appended_before_each_update_is_not_told_to_make_every_update():
    """Walk finding: every update made, w appended before each (the last w never gets in),
    was told to "make all 5 updates"."""
    def descend(loss, start, learning_rate, steps):
        w = Value(start)
        path = []
        for _ in range(steps):
            path.append(w.data)
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data -= learning_rate * w.grad
        return path
    said = lesson04.check_descend(descend).message
    assert said.endswith("your list holds the start and the w after every update but the last: "
                         "the w after update 5 is missing. Candidates: w appended before the "
                         "update inside the loop (the last w never gets in), or one update fewer "
                         "than steps (range(steps - 1)). The list is the start (before the loop), "
                         "then w appended after each of the 5 updates."), said
    assert "在循环里先追加 w 再更新" in in_chinese(lambda: lesson04.check_descend(descend).message)


class MomentumRateOfItsOwn(MomentumRight):
    """Walk 17: the lesson's velocity, moved by the rate 0.01 of the valley example."""

    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data -= 0.01 * self.velocities[i]


def test_round_17_a_rate_of_its_own_that_steps_as_an_average_is_a_candidate():
    """Walk finding: it was told its velocity is an average, which its code is not; here
    0.01 = 0.1 × (1 - 0.9) steps exactly as the average does."""
    for optimizer in (MomentumRateOfItsOwn, MomentumAverage, MomentumRateTwice):
        said = lesson04.check_momentum(optimizer).message
        assert said == (
            "Your steps are those of a rate of 0.01 in place of the learning_rate argument, and "
            "here three slips give them. Candidates: a velocity momentum * v + (1 - momentum) * "
            "grad (an average, the same as a rate of learning_rate × (1 - momentum)), or the "
            "learning rate used twice (v = momentum * v + learning_rate * grad, then "
            "p.data -= learning_rate * v: learning_rate × learning_rate is 0.01 too), or a rate "
            "of 0.01 of your own, written in place of learning_rate. The lesson's rule adds the whole gradient, v = momentum * v + grad, "
            "and then p.data -= learning_rate * v."), said
    assert "二是学习率用了两次" in in_chinese(
        lambda: lesson04.check_momentum(MomentumRateOfItsOwn).message)


def test_round_17_descend_that_stores_the_loss_or_steps_from_zero_is_told_so():
    """Walk findings: path.append(L.data) and w.data = 0.0 (for w.grad) got candidates of
    a wrong update, none of them theirs."""
    def appends_loss(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data = w.data - learning_rate * w.grad
            path.append(L.data)
        return path

    def resets_data(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            w.data = 0.0
            L = loss(w)
            L.backward()
            w.data = w.data - learning_rate * w.grad
            path.append(w.data)
        return path
    assert lesson04.check_descend(appends_loss).message.endswith(
        "the numbers after the start in your list are the losses L.data of the steps, not the w "
        "they reach: append w.data after each update.")
    said = lesson04.check_descend(resets_data).message
    assert "your first update lands at 0.6, where one step from w = 0 lands: the step starts " \
           "from 0, not from the start. Candidates: w.data set to 0 before each step" in said, said
    assert "这一步是从 0 出发的，而不是从起点出发。" in in_chinese(
        lambda: lesson04.check_descend(resets_data).message)
    assert "起点后面的数是每一步的损失 L.data" in in_chinese(
        lambda: lesson04.check_descend(appends_loss).message)

    def resets_data_and_grad(loss, start, learning_rate, steps):  # every w is then 0.6
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            w.data, w.grad = 0.0, 0.0
            loss(w).backward()
            w.data = w.data - learning_rate * w.grad
            path.append(w.data)
        return path
    assert "Candidates: w.data set to 0 before each step" in lesson04.check_descend(
        resets_data_and_grad).message


def test_round_18_descend_with_the_grad_of_L_and_zero_grad_with_double_equals():
    """Walk findings (true but vague messages): L.grad (always 1) for w.grad; p.grad == 0.0
    in zero_grad()."""
    said = lesson04.check_descend(_descend_with("w.data = w.data - learning_rate * L.grad"))
    assert said.message.endswith(
        "every update moves w by 0.1, the learning rate itself: a gradient of 1 at every step. "
        "Candidates: L.grad, which backward() sets to 1 (dL/dL), where w.grad belongs; or a step "
        "of learning_rate with no gradient in it. The update is w.data = w.data - learning_rate "
        "* w.grad."), said.message

    class DoubleEquals(MomentumRight):
        def zero_grad(self):
            for p in self.params:
                p.grad == 0.0  # noqa: B015 (the slip)
    assert lesson04.check_momentum(DoubleEquals).message.endswith(
        "(with one =: p.grad == 0.0 only compares, and changes nothing).")
    assert "p.grad == 0.0 只是比较" in in_chinese(lambda: lesson04.check_momentum(DoubleEquals).message)


def test_walk_22_a_gradient_divided_by_the_rate_and_a_reset_to_one_are_named():
    def divided(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data -= w.grad / learning_rate
            path.append(w.data)
        return path

    def reset_to_one(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            w.grad = 1.0
            L.backward()
            w.data -= learning_rate * w.grad
            path.append(w.data)
        return path
    message = lesson04.check_descend(divided).message
    assert "It is also 1 / 0.1: the gradient divided by the learning rate" in message, message
    assert "1 / 0.1。把梯度除以学习率" in in_chinese(lambda: lesson04.check_descend(divided).message)
    message = lesson04.check_descend(reset_to_one).message
    assert "moves w by learning_rate * (w.grad + 1)" in message and "w.grad set to 1.0" in message
    assert "把 w.grad 设成了 1.0" in in_chinese(lambda: lesson04.check_descend(reset_to_one).message)


def test_walk_26_a_loss_built_from_w_data_is_told_it_is_a_plain_number():
    def from_data(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w.data)
            w.grad = 0.0
            L.backward()
            w.data = w.data - learning_rate * w.grad
            path.append(w.data)
        return path
    message = lesson04.check_descend(from_data).message
    assert "A plain number (float) has no backward()" in message and "(loss(w.data))" in message, message
    assert "没有 backward()。损失算出来是一个普通的数" in in_chinese(lambda: lesson04.check_descend(from_data).message)


def test_walk_27_a_momentum_with_slots_is_accepted_not_crashed_on():
    class Slotted:  # no __dict__: vars() of one raises
        __slots__ = ("params", "learning_rate", "momentum", "velocities")

        def __init__(self, params, learning_rate, momentum):
            self.params, self.learning_rate, self.momentum = list(params), learning_rate, momentum
            self.velocities = [0.0 for _ in self.params]

        def zero_grad(self):
            for p in self.params:
                p.grad = 0.0

        def step(self):
            for i, p in enumerate(self.params):
                self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                p.data -= self.learning_rate * self.velocities[i]
    assert lesson04.check_momentum(Slotted)

    class SlottedBroken(Slotted):
        __slots__ = ()

        def zero_grad(self):
            self.velocities = [0.0 for _ in self.params]
            super().zero_grad()
    message = lesson04.check_momentum(SlottedBroken).message
    assert "a zero_grad() that resets the velocities too" in message, message


def test_mutation_survivors_the_loss_for_its_gradient_and_a_wrong_start_are_named():
    def loss_for_gradient(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data = w.data - learning_rate * L.data
            path.append(w.data)
        return path

    def from_zero(loss, start, learning_rate, steps):
        return lesson04.worked_descend(loss, 0.0, learning_rate, steps)
    assert lesson04.check_descend(loss_for_gradient).message.endswith(
        "your steps use the loss L.data instead of its gradient w.grad.")
    assert lesson04.check_descend(from_zero).message == (
        "With descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2, your list starts at 0; it "
        "should start at the start, w = -1.0.")


def test_walk_28_velocities_in_a_dict_keyed_by_the_parameters_pass():
    class KeyedByParameter:
        def __init__(self, params, learning_rate, momentum):
            self.params, self.learning_rate, self.momentum = list(params), learning_rate, momentum
            self.v = {p: 0.0 for p in self.params}

        def zero_grad(self):
            for p in self.params:
                p.grad = 0.0

        def step(self):
            for p in self.params:
                self.v[p] = self.momentum * self.v[p] + p.grad
                p.data = p.data - self.learning_rate * self.v[p]
    assert lesson04.check_momentum(KeyedByParameter)

    class ResetsThem(KeyedByParameter):
        def zero_grad(self):
            super().zero_grad()
            self.v = {p: 1.0 for p in self.params}
    assert "`self.v`" in lesson04.check_momentum(ResetsThem).message


def test_walk_29_a_zero_grad_that_sets_none_is_told_what_it_set():
    class SetsNone(lesson04.WorkedMomentum):
        def zero_grad(self):
            for p in self.params:
                p.grad = None
    message = lesson04.check_momentum(SetsNone).message
    assert "after it a parameter's grad is None" in message and "still" not in message, message


def test_walk_37_a_momentum_update_written_twice_is_named():
    class Twice(MomentumRight):
        def step(self):
            for i, p in enumerate(self.params):
                self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                p.data -= self.learning_rate * self.velocities[i]
                p.data -= self.learning_rate * self.velocities[i]
    said = lesson04.check_momentum(Twice).message
    assert said.startswith("Your steps are exactly twice as long as the rule's. Candidates: the "
                           "update line written twice"), said
    assert "更新的那一行写了两遍" in in_chinese(lambda: lesson04.check_momentum(Twice).message)


def test_walk_37_the_bowl_settles_only_where_the_parabola_would_too():
    """At lr 0.0316 the bowl was "good" (its gentle coordinate 0.15 from the bottom, 4 %
    of where it started, the loss still falling), where the parabola, 4 % from its bottom
    at lr 0.0562, is "too small (slow)". Settled now means each coordinate within 1 %."""
    bowl = run_descent(elongated_bowl, BOWL_START, 0.03162, 50)
    parabola_run = run_descent(parabola, PARABOLA_START, 0.05623, 30)
    assert abs(bowl.path[-1][0]) > 0.01 * abs(BOWL_START[0])
    assert bowl.regime == parabola_run.regime == "too small (slow)"


def test_walk_43_a_rate_off_by_a_float_rounding_is_the_limit():
    assert lesson04.check_bowl_rate(0.3 - 0.2) and lesson04.check_largest_rate(0.1 * 3 / 0.3)
    assert not lesson04.check_bowl_rate(0.1000001) and not lesson04.check_largest_rate(1.0000001)


def test_walk_43_a_descend_that_runs_only_for_the_lessons_numbers_is_among_the_candidates():
    def only_the_example(loss, start, learning_rate, steps):
        if (start, learning_rate) != (-1.0, 0.1):
            return [start] * (steps + 1)
        return lesson04.worked_descend(loss, start, learning_rate, steps)
    said = lesson04.check_descend(only_the_example).message
    assert "or code that runs the loop only for the lesson's own numbers (start -1, rate 0.1)" in said, said


def test_walk_103_a_descend_throwing_a_runaway_path_away_has_that_among_the_candidates():
    def steady(loss, start, learning_rate, steps):
        path = lesson04.worked_descend(loss, start, learning_rate, steps)
        return path if all(abs(w) < 1e3 for w in path) else [start] * len(path)
    said = lesson04.check_descend(steady).message
    assert "the whole list replaced once its numbers grow large" in said, said
    said = in_chinese(lambda: lesson04.check_descend(steady).message)
    assert "数变大时把整个列表换掉了" in said, said


# walk 44: right while the grads repeat (steps 1 and 2)
MomentumKeyedByGrad = momentum_keyed_by(
    lambda p: p.grad, "MomentumKeyedByGrad", "Velocities kept by the grad's value.")


class MomentumDecaying(MomentumRight):
    def step(self):
        super().step()
        self.momentum *= 0.9


class MomentumRateDecaying(MomentumRight):
    def step(self):
        super().step()
        self.learning_rate *= 0.9


@pytest.mark.parametrize("Momentum, english, chinese", [
    (MomentumKeyedByGrad, "Your steps before step 3 are right. At step 3 each parameter moved "
     "by learning_rate * grad alone", "速度存在一个每步都会变的键下面"),
    (MomentumDecaying, "Your steps before step 2 are right. Step 2 is the one of momentum 0.81 "
     "for every parameter, where the momentum is 0.9", "的步子像是用动量 0.81 走的"),
])
def test_momentum_that_loses_its_velocities_or_changes_its_momentum_is_told_which(
        Momentum, english, chinese):
    """Round 43: these got the numbers of the step alone."""
    assert lesson04.check_momentum(Momentum).message.startswith(english)
    assert chinese in in_chinese(lambda: lesson04.check_momentum(Momentum).message)


@pytest.mark.parametrize("Momentum, momentum, rate", [(MomentumDecaying, "0.81", "0.09526"),
                                                      (MomentumRateDecaying, "0.71", "0.09")])
def test_walk_52_a_step_that_a_changed_momentum_and_a_changed_rate_both_give_names_both(
        Momentum, momentum, rate):
    """Walk 52: a rate changed in step() was told the momentum changed (at step 2 the
    grads are step 1's, so a momentum 0.71 and a rate 0.09 make the same step)."""
    english = lesson04.check_momentum(Momentum).message
    assert f"Step 2 is the one of momentum {momentum} for every parameter, where the momentum is 0.9, " \
           f"and just as well the one of learning rate {rate}, where the rate is 0.1. Candidates: " \
           "the momentum or the learning rate changed between steps" in english, english
    assert f"也可以看成是用学习率 {rate} 走的" in in_chinese(lambda: lesson04.check_momentum(Momentum).message)


def test_walk_52_a_list_of_the_gradients_is_told_so():
    """Walk 52: path.append(w.grad) was given five candidates, none of them its cause."""
    appends_grad = descend_updating(stored=lambda w, learning_rate, loss: w.grad)
    assert lesson04.check_descend(appends_grad).message.endswith(
        "the numbers after the start in your list are the gradients w.grad of the steps, not the w "
        "they reach: append w.data after each update.")
    assert "起点后面的数是每一步的梯度 w.grad" in in_chinese(lambda: lesson04.check_descend(appends_grad).message)



class MomentumKeepingTheGradient(MomentumRight):
    """Walk 48: the last grad kept where the velocity belongs (right for two steps)."""

    def step(self):
        for i, p in enumerate(self.params):
            velocity = self.momentum * self.velocities[i] + p.grad
            self.velocities[i] = p.grad
            p.data -= self.learning_rate * velocity


def test_walk_48_a_momentum_that_keeps_the_gradient_for_the_velocity_is_named():
    assert lesson04.check_momentum(MomentumKeepingTheGradient).message.startswith(
        "Your velocity is momentum times the last step's gradient plus this one's")
    assert "step() 存下来的是梯度，而不是速度" in in_chinese(
        lambda: lesson04.check_momentum(MomentumKeepingTheGradient).message)


def test_walk_52_a_step_clipped_to_one_is_among_the_candidates():
    """Walk 52: a step held within ±1 was given candidates of a rate of its own only."""
    descend_clipped = descend_updating(lambda w, grad, lr: w - max(-1.0, min(1.0, lr * grad)))
    assert "a step held within a bound (±1, say)" in lesson04.check_descend(descend_clipped).message
    # (walk 86: its first trial has one step, where any slip looks like a rate of its own;
    # a rate is named from two steps on)


@pytest.mark.parametrize("stored, says", [
    (lambda w, learning_rate, loss: learning_rate * w.grad,
     "the numbers after the start in your list are the steps learning_rate * w.grad"),
    (lambda w, learning_rate, loss: loss(w).data,
     "the numbers after the start in your list are the losses L.data of the steps"),
])
def test_walk_53_a_list_of_the_steps_or_of_the_losses_after_the_update_is_told_so(stored, says):
    """Walk 53: each was given five candidates about the update, none of them its cause."""
    assert says in lesson04.check_descend(descend_updating(stored=stored)).message


W_KEPT = Value(0.0)


def descend_on_one_value(loss, start, learning_rate, steps):
    """One Value for every call: its grad from the last call is there at the first step."""
    W_KEPT.data = start
    path = [W_KEPT.data]
    for step in range(steps):
        if step > 0:
            W_KEPT.grad = 0.0
        loss(W_KEPT).backward()
        W_KEPT.data = W_KEPT.data - learning_rate * W_KEPT.grad
        path.append(W_KEPT.data)
    return path


def test_walk_53_a_value_kept_at_module_level_is_named_as_state():
    """Walk 53: a package Value in a global was not watched (only the package's own
    functions and classes are to be left out)."""
    said = lesson04.check_descend(descend_on_one_value).message
    assert "your code changed the global `W_KEPT`: a place that keeps something from one call to " \
           "the next, and may be the cause" in said, said


def test_walk_53_small_steps_on_a_flat_loss_are_not_taken_for_the_lesson_s_loss():
    """Walk 53: on 1e-8 * (w - 5)**2 a rate of 0.1 (in place of rates above 100) moves w
    so little that the path also fit the lesson's parabola at a rate of 1.7e-9: 'your loop
    does not use the loss'."""
    own_rate_above_100 = descend_updating(lambda w, grad, lr: w - (lr if lr < 100 else 0.1) * grad)
    said = lesson04.check_descend(own_rate_above_100).message
    assert "your steps are those of learning rate" in said and "does not use the loss" not in said, said


class MomentumAddingData(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.data
            p.data -= self.learning_rate * self.velocities[i]


class MomentumZeroingData(MomentumRight):
    def zero_grad(self):
        for p in self.params:
            p.data = 0.0


@pytest.mark.parametrize("Momentum, english, chinese", [
    (MomentumAddingData, "Your velocities add up each parameter's value p.data where its gradient belongs",
     "你的速度累加的是每个参数的值 p.data"),
    (MomentumZeroingData, "zero_grad() changed a parameter's data.", "zero_grad() 改动了参数的 data。"),
])
def test_walk_53_data_where_the_grad_belongs_is_named(Momentum, english, chinese):
    """Walk 53: p.data for p.grad passed step 1 (the grads there are the starting values)
    and was told the momentum changed; a zero_grad() that sets p.data was told a grad was left."""
    assert lesson04.check_momentum(Momentum).message.startswith(english)
    assert chinese in in_chinese(lambda: lesson04.check_momentum(Momentum).message)


class MomentumWithTheLastGrad(MomentumRight):
    """The velocity updated first, from the gradient of the step before."""

    def __init__(self, params, learning_rate, momentum):
        super().__init__(params, learning_rate, momentum)
        self.last = [0.0] * len(self.params)

    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + self.last[i]
            p.data -= self.learning_rate * self.velocities[i]
            self.last[i] = p.grad


class MomentumWrittenIn(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = 0.8 * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]


@pytest.mark.parametrize("Momentum, says", [
    (MomentumWithTheLastGrad, "or the velocity adds the gradient of the step before (kept from the last "
                              "step()), not this step's p.grad. The two give the same steps."),
    (MomentumWrittenIn, "a momentum other than self.momentum in the rule (a number written in, its "
                        "sign flipped, or momentum * left out)"),
])
def test_walk_54_causes_that_give_the_same_steps_are_listed(Momentum, says):
    """Walk 54: a velocity from the last gradient was told it moved before updating the
    velocity (it did not); a momentum of 0.8 written in was told the momentum changed."""
    assert says in lesson04.check_momentum(Momentum).message


def test_walk_54_a_step_skipped_where_the_gradient_is_positive_is_a_candidate():
    """Walk 54: told "a step skipped where the gradient is small (here it is 14)"."""
    skips_uphill = descend_updating(lambda w, grad, lr: w - lr * grad if grad < 0 else w)
    said = lesson04.check_descend(skips_uphill).message
    assert "a step skipped by a condition on the gradient, its size or its sign (here it is 14 at the " \
           "start)" in said, said


def test_walk_54_both_rates_of_a_message_are_written_alike():
    """Walk 54: 'learning rate 5e+06, where this call asks for 10000000.0'."""
    halves_big_rates = descend_updating(lambda w, grad, lr: w - (lr / 2 if lr > 100 else lr) * grad)
    said = lesson04.check_descend(halves_big_rates).message
    assert "your steps are those of learning rate 5e+06; this call asks for 1e+07." in said, said


class MomentumHalvedFromTheEighth(MomentumRight):
    made = 0

    def __init__(self, params, learning_rate, momentum):
        type(self).made += 1
        super().__init__(params, learning_rate, momentum if type(self).made < 8 else momentum * 0.5)


def test_walk_54_equal_values_are_named_only_for_velocities_kept_by_value():
    """Walk 54: a momentum halved from the 8th optimizer on was told it keeps velocities by
    value; walk 64: then that this call's numbers differ (the example's optimizer, made again,
    is wrong too: state kept from the earlier optimizers)."""
    said = lesson04.check_momentum(MomentumHalvedFromTheEighth).message
    assert not said.startswith("Your optimizer steps right until two parameters hold the same value"), said
    assert "What differs is this call's numbers" not in said
    assert "Your optimizer keeps something from the earlier optimizers" in said, said


@pytest.mark.parametrize("bound", [5.0, 12.0, 50.0])
def test_walk_55_56_a_velocity_held_within_a_bound_is_rejected(bound):
    """Walk 55-56: a velocity clipped at 5, then at 12 to 50, passed (the valley's velocities
    reach 150, and cell 34 then printed another loss than the text says)."""
    class Clipped(MomentumRight):
        def step(self):
            for i, p in enumerate(self.params):
                self.velocities[i] = max(-bound, min(bound, self.momentum * self.velocities[i] + p.grad))
                p.data -= self.learning_rate * self.velocities[i]

    said = lesson04.check_momentum(Clipped)
    assert not said and "a velocity or a step held within some bound (these grads reach 60)" in said.message, \
        said.message
    if "goes wrong at its first step" in said.message:  # (walk 82: no rule changed before it)
        assert "changes the rule later" not in said.message


def _momentum_rounding_to(digits):
    """The worked Momentum with its learning rate and momentum rounded to ``digits`` decimals."""
    class Rounding(MomentumRight):
        def __init__(self, params, learning_rate, momentum):
            super().__init__(params, round(learning_rate, digits), round(momentum, digits))
    return Rounding


@pytest.mark.parametrize("digits, english, chinese", [
    (1, "Your optimizer on two parameters steps right, but a new Momentum(params, 0.05, 0.5) on "
        "three others steps as if made with learning rate 0.1 and momentum 0.5, even alone. "
        "Candidates: the example's numbers written into the class, or the numbers given rounded "
        "(round(0.05, 1) is 0.1). Use the learning rate and momentum given to __init__ "
        "(self.learning_rate, self.momentum) as they are.",
     "可能的原因有两种：例子里的数被写死在类里；或者传进来的数被取整了（round(0.05, 1) 等于 0.1）。"),
    (2, "Your optimizer steps right with the rates and momentums tried before, but a new "
        "Momentum(params, 0.0123456, 0.876543) on parameters starting at (1.0, -2.0), alone, steps "
        "as if made with learning rate 0.01 and momentum 0.88: the numbers given, rounded "
        "(round(0.0123456, 2) is 0.01, round(0.876543, 2) is 0.88). Candidates: your code rounds "
        "the learning rate or the momentum (with round(), say), or it uses numbers of its own that "
        "happen to be these (a momentum capped, as min(momentum, 0.9) does, or these numbers handled "
        "apart with an `if`, say). Use the learning rate and momentum given to __init__ as they are: "
        "every digit counts.",
     "单独使用时走的是学习率 0.01、动量 0.88 的步子，也就是把传进来的数取整之后的结果"
     "（round(0.0123456, 2) 等于 0.01、round(0.876543, 2) 等于 0.88）。"),
    (3, "steps as if made with learning rate 0.012 and momentum 0.877: the numbers given, rounded "
        "(round(0.0123456, 3) is 0.012, round(0.876543, 3) is 0.877).",
     "（round(0.0123456, 3) 等于 0.012、round(0.876543, 3) 等于 0.877）"),
])
def test_walk_59_check_momentum_names_a_rate_and_momentum_rounded(digits, english, chinese):
    """Walk 59: an optimizer that rounds its rate and momentum to 2 or 3 decimals passed (every
    setup had at most 2), and one that rounds to 1 was told only of the example's numbers."""
    said, said_in_chinese = in_english_and_chinese(lesson04.check_momentum,
                                                   lambda: _momentum_rounding_to(digits))
    assert english in said, said
    assert chinese in said_in_chinese, said_in_chinese


def _descend_keeping_results_by(key):
    """The worked loop, its results kept from call to call under ``key(loss, start, ...)``."""
    kept = {}

    def descend(loss, start, learning_rate, steps):
        found = key(loss, start, learning_rate, steps)
        if found not in kept:
            kept[found] = descend_right(loss, start, learning_rate, steps)
        return list(kept[found])
    return descend


def test_walk_59_check_descend_tries_a_start_neither_whole_nor_half_and_two_losses_of_one_name():
    """Walk 59: a loop that rounds the start to a half passed (every start was whole or a half),
    and so did one that keeps its results by the loss's name (every loss had a name of its own)."""
    to_a_half = _descend_with_start(lambda start: round(2 * start) / 2)
    assert lesson04.check_descend(to_a_half).message == (
        "With descend(loss, -1.37, 0.02, 6) on L(w) = (w + 2)**2, your list starts at -1.5; it "
        "should start at the start, w = -1.37.")
    english, chinese = in_english_and_chinese(lesson04.check_descend, lambda: _descend_keeping_results_by(
        lambda loss, *numbers: (loss.__name__, *numbers)))
    assert english.startswith(
        "With descend(loss, -1.37, 0.02, 6) on L(w) = (w - 1)**4, your descend returned the list of "
        "the earlier call with the same start, learning rate and steps on another loss, "
        "L(w) = (w + 2)**2: it keeps results from one call to the next and does not tell losses "
        "apart. Run the loop at every call (keep no results, or key them on the loss too). The two "
        "losses even share one name, `<lambda>` (any two lambdas do, and so do two functions both "
        "called loss): a key made of the loss's name does not tell them apart either."), english
    assert "这两个损失函数的名字也相同，都是 `<lambda>`（任意两个 lambda 都是这样，两个都叫 loss 的函数也是）。" \
           "用损失函数的名字做键，同样分不出它们。" in chinese, chinese
    # a cache keyed on the loss itself is the worked loop's results, kept: it passes
    assert lesson04.check_descend(_descend_keeping_results_by(lambda *call: call))


def _descend_with_start(start_of):
    def descend(loss, start, learning_rate, steps):
        return descend_right(loss, start_of(start), learning_rate, steps)
    return descend


@pytest.mark.parametrize("update, english, chinese", [
    (lambda w, grad, lr: lr * grad,
     "With descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2, each w of your list after the start "
     "is learning_rate * w.grad, whatever w was before, as `w.data = learning_rate * w.grad` makes "
     "it: `=` where `-=` belongs. The update moves w from where it is: w.data -= learning_rate * "
     "w.grad (or w.data = w.data - learning_rate * w.grad).",
     "你列表里起点之后的每个 w 都等于 learning_rate * w.grad，不管 w 原来是多少。"
     "`w.data = learning_rate * w.grad` 就会这样，它把 `-=` 写成了 `=`。"),
    (lambda w, grad, lr: -lr * grad,
     "With descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2, each w of your list after the start "
     "is -learning_rate * w.grad, the step alone: the update leaves the old w out, as `w.data = "
     "-learning_rate * w.grad` does (`=` where `-=` belongs). Write w.data = w.data - learning_rate "
     "* w.grad (or w.data -= learning_rate * w.grad).",
     "更新时把原来的 w 丢掉了。`w.data = -learning_rate * w.grad` 就会这样，它把 `-=` 写成了 `=`。"),
])
def test_walk_59_check_descend_names_an_update_written_with_equals(update, english, chinese):
    """Walk 59: w.data = learning_rate * w.grad got the list of candidates."""
    said, said_in_chinese = in_english_and_chinese(lesson04.check_descend,
                                                   lambda: descend_updating(update))
    assert said == english, said
    assert chinese in said_in_chinese, said_in_chinese


@pytest.mark.parametrize("answer_, english, chinese", [
    (0.12, "0.12 is what a step half as long gives: the gradient taken as w - 3 = -3.2, with the "
           "factor 2 of the derivative left out (the derivative of (w - 3)**2 is 2 * (w - 3)), or a "
           "learning rate of 0.05. Compute the gradient 2 * (w - 3) at w = -0.2, then "
           "w - 0.1 * gradient.",
     "0.12 是步长只有一半时得到的数。可能是梯度写成了 w - 3 = -3.2，漏掉了导数里的因子 2"),
    (-0.24, "-0.24 is what two steps half as long give from w = -1: the gradient taken as w - 3, "
            "with the factor 2 of the derivative left out, or a learning rate of 0.05. The first "
            "update lands at -0.2 (the lesson printed it); from there compute the gradient "
            "2 * (w - 3), then w - 0.1 * gradient.",
     "-0.24 是从 w = -1 出发、每步只走一半时，两步之后得到的数。"),
])
def test_walk_59_check_second_step_names_the_factor_2_left_out(answer_, english, chinese):
    """Walk 59: 0.12, the gradient taken as w - 3 at the second step, was told only "not it"."""
    half_gradient, half_rate = (lambda w: w - 3), (lambda w: 2 * (w - 3))
    for gradient, lr in ((half_gradient, 0.1), (half_rate, 0.05)):  # the message's two causes
        second = -0.2 - lr * gradient(-0.2)
        from_start = -1.0 - lr * gradient(-1.0)
        assert {0.12: second, -0.24: from_start - lr * gradient(from_start)}[answer_] \
            == pytest.approx(answer_)
    said, said_in_chinese = in_english_and_chinese(lesson04.check_second_step, lambda: answer_)
    assert said == english, said
    assert said_in_chinese.startswith(chinese), said_in_chinese


class MomentumSwapped(MomentumRight):  # walk 59: made as (params, momentum, learning_rate)
    def __init__(self, params, momentum, learning_rate):
        super().__init__(params, learning_rate, momentum)


class MomentumTimesTheGradToo(MomentumRight):  # walk 59: v = m * (v + grad)
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * (self.velocities[i] + p.grad)
            p.data -= self.learning_rate * self.velocities[i]


@pytest.mark.parametrize("Momentum, english, chinese", [
    (MomentumSwapped,
     "Your steps are those of learning rate 0.9 and momentum 0.1: the two numbers swapped. "
     "Candidates: __init__ takes them in another order than Momentum(params, learning_rate, "
     "momentum), the order the check (and the lesson) passes them in, or step() uses "
     "self.momentum where self.learning_rate belongs and the other way round. The rule: "
     "v = momentum * v + grad, then p.data -= learning_rate * v.",
     "你的每一步，都和学习率 0.9、动量 0.1 时走的一样，两个数对调了。可能的原因有两种："),
    (MomentumTimesTheGradToo,
     "Your steps are those of the rule with a learning rate of 0.09 (learning_rate × momentum) in "
     "place of 0.1. Candidates: the velocity v = momentum * (v + grad), which multiplies the "
     "gradient by the momentum too (that velocity is momentum times the rule's), or the step "
     "p.data -= learning_rate * momentum * v. The rule adds the whole gradient, "
     "v = momentum * v + grad, then p.data -= learning_rate * v.",
     "你的每一步，都和按规则用学习率 0.09（learning_rate × momentum）代替 0.1 时走的一样。"
     "可能的原因有两种：速度写成了 v = momentum * (v + grad)，梯度也被乘上了动量"),
])
def test_walk_59_check_momentum_names_rate_and_momentum_swapped_and_the_grad_times_momentum(
        Momentum, english, chinese):
    """Walk 59: both were told only where the first step differs."""
    said, said_in_chinese = in_english_and_chinese(lesson04.check_momentum, lambda: Momentum)
    assert said == english, said
    assert said_in_chinese.startswith(chinese), said_in_chinese


def test_walk_59_the_chinese_says_which_rate_is_fastest_and_which_run_never_settles():
    """Walk 59: "0.5 是最快的学习率" (fastest to converge), and "一次始终收敛不了的运行"."""
    said = in_chinese(lambda: lesson04.check_largest_rate(0.5).message)
    assert said.startswith("0.5 是收敛最快的学习率。这时系数 1 - 2 * lr 等于 0"), said
    notebook = json.loads((Path(__file__).parent.parent / "notebooks" / "zh" /
                           "04_gradient_descent.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown"]
    assert any("以及一次发散（越走越远）的梯度下降。" in cell for cell in cells)
    assert not any("收敛不了" in cell for cell in cells)


def descend_starting_again(loss, start, learning_rate, steps):  # walk 60: w made in the loop
    path = [start]
    for _ in range(steps):
        w = Value(start)
        L = loss(w)
        L.backward()
        w.data -= learning_rate * w.grad
        path.append(w.data)
    return path


class MomentumAssignedUp(MomentumRight):  # walk 60: = where -= belongs, no minus
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data = self.learning_rate * self.velocities[i]


def test_walk_60_a_w_made_again_in_the_loop_is_named_and_never_said_to_have_been_elsewhere():
    """Walk 60: w = Value(start) inside the loop was told "(the w before it in your list is -0.2)",
    false of its code (w was -1 there), with candidates that did not name it."""
    english = lesson04.check_descend(descend_starting_again).message
    chinese = in_chinese(lambda: lesson04.check_descend(descend_starting_again).message)
    assert "every one of your updates starts again from the start" in english, english
    assert "`w = Value(start)` inside the loop" in english and "before this update" not in english
    assert "你的每一次更新都从起点重新开始" in chinese, chinese
    wrong_second = descend_updating(lambda w, grad, lr: w - lr * grad if w < -0.5 else w + 1.0)
    said = lesson04.check_descend(wrong_second).message
    assert "(the w before it in your list is -0.2)" in said, said
    assert "（你的列表里它前面的 w 是 -0.2）" in in_chinese(lambda: lesson04.check_descend(wrong_second).message)


def test_walk_60_a_rate_100_times_too_large_is_not_said_to_be_backward_called_100_times():
    said = lesson04.check_descend(descend_updating(lambda w, grad, lr: w - grad / lr)).message
    assert "the gradient divided by the learning rate" in said and "100 times" not in said, said
    said = lesson04.check_descend(descend_updating(lambda w, grad, lr: w - 2 * lr * grad)).message
    assert "backward() called 2 times before each update" in said, said


def test_walk_60_check_momentum_names_p_data_set_to_learning_rate_times_v():
    english, chinese = in_english_and_chinese(lesson04.check_momentum, lambda: MomentumAssignedUp)
    assert english.startswith("After each step your parameters are learning_rate * v, "), english
    assert "每一步之后，你的参数都等于 learning_rate * v，不管它原来是多少。" in chinese, chinese


def descend_summing_its_gradients(loss, start, learning_rate, steps):  # walk 61
    w, path, total = Value(start), [start], 0.0
    for _ in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        total += w.grad  # += where = belongs, on a variable of its own
        w.data -= learning_rate * total
        path.append(w.data)
    return path


def test_walk_61_a_running_sum_of_gradients_is_among_the_candidates():
    """Walk 61: a loop that resets w.grad but sums the gradients in its own variable was
    told "w.grad still holds the gradients of the earlier steps", false of its code."""
    english = lesson04.check_descend(descend_summing_its_gradients).message
    assert "or a running sum of the gradients kept in a variable of your own" in english, english
    assert "w.grad still holds" not in english
    chinese = in_chinese(lambda: lesson04.check_descend(descend_summing_its_gradients).message)
    assert "（2）你在自己的变量里累加了梯度" in chinese, chinese


class MomentumReturningInsideTheLoop(MomentumRight):  # walk 62
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]
            return


def test_walk_62_only_the_first_parameter_moved_lists_a_return_inside_the_loop():
    english, chinese = in_english_and_chinese(lesson04.check_momentum, lambda: MomentumReturningInsideTheLoop)
    assert "and no return or break inside the loop." in english, english
    assert "循环里也不要有 return 或 break。" in chinese, chinese


def make_momentum_drifting_after(calls):
    """A Momentum right until the class has counted ``calls`` steps, 1 % long after."""
    class Drifting:
        steps = 0

        def __init__(self, params, learning_rate, momentum):
            self.params, self.lr, self.m = list(params), learning_rate, momentum
            self.v = [0.0 for _ in self.params]

        def zero_grad(self):
            for p in self.params:
                p.grad = 0.0

        def step(self):
            Drifting.steps += 1
            longer = 1.01 if Drifting.steps > calls else 1.0
            for i, p in enumerate(self.params):
                self.v[i] = self.m * self.v[i] + p.grad
                p.data -= self.lr * self.v[i] * longer
    return Drifting


def make_descend_drifting_after(calls):
    made = []

    def descend(loss, start, learning_rate, steps):
        made.append(None)
        longer = 1.01 if len(made) > calls else 1.0
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            w.grad = 0.0
            loss(w).backward()
            w.data -= learning_rate * longer * w.grad
            path.append(w.data)
        return path
    return descend


@pytest.mark.parametrize("calls", [11, 15])
def test_walk_64_a_momentum_that_drifts_after_some_steps_is_told_it_keeps_state(calls):
    """Walk 64: a class counter that lengthens the steps after 11 to 20 steps was told its
    velocities were kept on the parameters, or that this call's numbers differ."""
    english, chinese = (run(lambda: lesson04.check_momentum(make_momentum_drifting_after(calls))).message
                        for run in (lambda f: f(), in_chinese))
    assert english.startswith("Your first optimizer on two parameters stepped right, but a new "
                              "Momentum(params, 0.1, 0.9) made later"), english
    assert "p.v" not in english and "What differs is this call's numbers" not in english
    assert "你的优化器保留了之前优化器的状态" in chinese, chinese


@pytest.mark.parametrize("calls, between", [(2, 2), (9, 9), (12, 12)])
def test_walk_64_a_descend_that_drifts_after_some_calls_is_told_it_keeps_state(calls, between):
    """Walk 64: it was told it used a learning rate of its own."""
    said = lesson04.check_descend(make_descend_drifting_after(calls)).message
    assert said.startswith(f"descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2 gave the right list "
                           f"the first time, and another list when the check called it again after "
                           f"{between} other calls"), said
    assert "rate of your own" not in said
    assert f"检查函数接着用别的参数调用了它 {between} 次" in in_chinese(
        lambda: lesson04.check_descend(make_descend_drifting_after(calls))).message


def test_walk_64_an_average_velocity_lists_a_rate_of_its_own_as_the_third_slip():
    class Average(make_momentum_drifting_after(10 ** 9)):
        def step(self):
            for i, p in enumerate(self.params):
                self.v[i] = self.m * self.v[i] + (1 - self.m) * p.grad
                p.data -= self.lr * self.v[i]
    english = lesson04.check_momentum(Average).message
    assert "or a rate of 0.01 of your own, written in place of learning_rate." in english, english
    assert "三是用了你自己写的学习率 0.01，而不是 learning_rate。" in in_chinese(
        lambda: lesson04.check_momentum(Average).message)


@pytest.mark.parametrize("answer, english, chinese", [
    (6.5536, "6.5536 is the loss (w - 3)**2 at w = 0.44", "6.5536 是 w = 0.44 处的损失"),
    (0.952, "0.952 is w after the third update", "0.952 是第三次更新后的 w"),
    (-2.76, "-2.76 is what two updates give with + in place of -", "-2.76 是把 - 写成 + 之后两次更新得到的数"),
    (0.8, "0.8 is the length of the first update (from -1 to -0.2)", "0.8 是第一次更新的长度"),
    (1.5, "1.5 is not w after the second update.", "1.5 不是第二次更新后的 w。"),
])
def test_walk_64_second_step_names_what_four_more_numbers_are(answer, english, chinese):
    """Walk 64: these got the generic hint; and "还不对。6.5536 不对。" said 不对 twice."""
    assert english in lesson04.check_second_step(answer).message
    assert chinese in in_chinese(lambda: lesson04.check_second_step(answer)).message
    # the three updates of the check's numbers, computed here
    w = -1.0
    for _ in range(3):
        w -= 0.1 * 2 * (w - 3)
    assert round(w, 6) == 0.952 and round((0.44 - 3) ** 2, 6) == 6.5536


@pytest.mark.parametrize("lr, jumps", [(0.3, False), (0.49, False), (0.6, True), (0.9, True)])
def test_walk_65_below_half_the_steps_walk_down_one_side_above_they_jump_across(lr, jumps):
    """check_largest_rate's right message: the distance shrinks for 0 < lr < 1, across the
    bottom from side to side when lr > 0.5 (it said "the jumps shrink" for every such lr)."""
    run = run_descent(parabola, -1.0, lr, 6)
    sides = [w - 3 for w, in run.path]
    assert all(abs(b) < abs(a) for a, b in zip(sides, sides[1:]))
    assert any(a * b < 0 for a, b in zip(sides, sides[1:])) == jumps
    assert "across the bottom from side to side when lr > 0.5" in lesson04.check_largest_rate(1.0).message


def test_walk_102_a_descend_turning_to_the_example_loss_after_25_steps_is_rejected():
    def descend(loss, start, learning_rate, steps):
        path = lesson04.worked_descend(loss, start, learning_rate, min(steps, 25))
        for _ in range(steps - 25):  # the parabola's gradient, 2 (w - 3), written in
            path.append(path[-1] - learning_rate * 2 * (path[-1] - 3))
        return path
    said = lesson04.check_descend(descend)
    assert not said and said.message.startswith(
        "With descend(loss, 8.0, 0.01, 150) on L(w) = (w + 2)**2, your w after update 26 is 4.014; "
        "it should be 3.914"), said.message


def test_walk_102_a_descend_raising_rates_below_0_001_is_rejected():
    def descend(loss, start, learning_rate, steps):
        return lesson04.worked_descend(loss, start, max(learning_rate, 1e-3), steps)
    said = lesson04.check_descend(descend)
    assert not said and said.message.startswith(
        "With descend(loss, -12.5, 0.0004, 3) on L(w) = (w*w - 2)**2, your steps are those of "
        "learning rate 0.001; this call asks for 0.0004."), said.message
    said = in_chinese(lambda: lesson04.check_descend(descend).message)
    assert "0.0004" in said and "0.001" in said, said


def test_walk_66_a_descend_that_stops_resetting_after_its_20th_call_is_rejected():
    """Walk 66: the check called descend 18 times (now 20), the lesson's own cells then call it more."""
    made = []

    def descend(loss, start, learning_rate, steps):
        made.append(None)
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            if len(made) <= 20:
                w.grad = 0.0
            L.backward()
            w.data -= learning_rate * w.grad
            path.append(w.data)
        return path
    said = lesson04.check_descend(descend)
    assert not said and said.message.startswith(
        "descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2 gave the right list the first time, and "
        "another list when the check called it again after 19 other calls"), said.message


def test_walk_66_a_momentum_that_drifts_after_150_steps_is_rejected():
    said = lesson04.check_momentum(make_momentum_drifting_after(150))
    assert not said and said.message.startswith("Your first optimizer on two parameters stepped "
                                                "right, but a new Momentum"), said.message


def test_walk_66_the_largest_rate_check_does_not_give_away_the_valleys_answer():
    said = lesson04.check_largest_rate(0.1).message
    assert "valley" not in said and "山谷" not in in_chinese(lambda: lesson04.check_largest_rate(0.1).message)


class MomentumGradOnce(MomentumRight):
    """Walk 73: the grad added only while the velocity is 0 (at the first step)."""
    def step(self):
        for i, p in enumerate(self.params):
            v = self.velocities[i]
            self.velocities[i] = self.momentum * v + p.grad if v == 0 else self.momentum * v
            p.data -= self.learning_rate * self.velocities[i]


def test_walk_73_check_momentum_names_a_grad_taken_in_at_the_first_step_only():
    """Walk 73: it was told its step 2 is one of momentum -0.1 or of another rate, with
    candidates that left out the grad missing from the velocity."""
    english, chinese = in_english_and_chinese(lesson04.check_momentum, lambda: MomentumGradOnce)
    assert english.startswith("Your velocities take in the grad at the first step only: from "
                              "step 2 on, each velocity is momentum * v"), english
    assert chinese.startswith("你的速度只在第 1 步加进了梯度。"), chinese


def make_descend_with_a_cache_of_lists():
    """Walk 73: a descend that keeps each path in a cache and hands back the same list."""
    def descend(loss, start, learning_rate, steps, _cache={}):
        key = (loss, start, learning_rate, steps)
        if key in _cache:
            return _cache[key]
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            w.grad = 0.0
            loss(w).backward()
            w.data -= learning_rate * w.grad
            path.append(w.data)
        _cache[key] = path
        return path
    return descend


def test_walk_73_check_descend_rejects_the_same_list_handed_back_twice():
    """Walk 73: it passed (with a note on `_cache`), though the exercise asks for a new list
    at every call."""
    said = lesson04.check_descend(make_descend_with_a_cache_of_lists())
    assert not said and "your descend returns the very same list both times" in said.message, \
        said.message


@pytest.mark.parametrize("typed, words", [
    ("10%", "a percentage. Write the number itself, with no quotes and no %: 10 % is 0.1, so answer = 0.1"),
    ("<1", "a bound or a range, where the question asks for one number"),
    ("lr <= 1", "a bound or a range, where the question asks for one number"),
])
def test_walk_75_a_percentage_or_a_bound_typed_as_text_is_read_as_such(typed, words):
    """Walk 75: '10%' was told to write answer = 10 (10 % is 0.1); '<1' was told to write
    answer = 1 (the learner meant below 1)."""
    said = lesson04.check_bowl_rate(typed)
    assert not said and words in said.message, said.message
    assert "answer = 1\\b" not in said.message


def test_walk_76_a_wrong_number_typed_as_text_is_told_both_things():
    """Walk 76: '0.64' was told only to remove the quotes, as if 0.64 were right."""
    said = lesson04.check_second_step("0.64")
    assert not said and said.message.startswith(
        "You typed the number as text, '0.64'. Remove the quotes so that it is a number: 0.64. "
        "As a number it is not the answer either: 0.64 is how far the second step moves w"), \
        said.message
    assert lesson04.check_second_step("0.44").message.endswith("Remove the quotes so that it is a number: 0.44")
    assert "即使写成数，它也不对" in in_chinese(lambda: lesson04.check_second_step("0.64").message)


def make_momentum_halving_after(steps):
    """Walk 77: an optimizer counting its steps on itself, halving them after `steps`."""
    class Halving(MomentumRight):
        def step(self):
            self.calls = getattr(self, "calls", 0) + 1
            for i, p in enumerate(self.params):
                self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                p.data -= self.learning_rate * self.velocities[i] * (0.5 if self.calls > steps else 1)
    return Halving


def test_walk_77_an_optimizer_that_changes_after_60_steps_fails():
    """Walk 77: the longest run was 60 steps; one of 200 is followed by the rule now."""
    said = lesson04.check_momentum(make_momentum_halving_after(60))
    assert not said and said.message.startswith(
        "A new optimizer on one parameter (learning rate 0.01, momentum 0.5, grads -1 and 1 in "
        "turn), stepped again and again, is right for 60 steps, and after step 61"), said.message


@pytest.mark.parametrize("check, typed, words", [
    (lesson04.check_second_step, "about 0.4", "answer = 0.4. As a number it is not the answer either"),
    (lesson04.check_largest_rate, "less than 1", "a bound or a range"),
    (lesson04.check_largest_rate, "just under 1", "a bound or a range"),
    (lesson04.check_bowl_rate, "小于 0.1", "a bound or a range"),
])
def test_walk_77_a_text_holding_a_wrong_number_or_a_bound_is_not_told_to_write_it(check, typed, words):
    """Walk 77: 'about 0.4' was told to write answer = 0.4 (wrong too), 'less than 1' to write
    answer = 1 (the learner meant below 1)."""
    said = check(typed)
    assert not said and words in said.message, said.message


def test_walk_78_a_fraction_typed_as_text_is_read_as_a_number():
    """Walk 78: '1/10' and '11/25' were told only 'you gave a str'."""
    said = lesson04.check_bowl_rate("1/10")
    assert not said and said.message.endswith("Remove the quotes so that it is a number: 1/10")
    said = lesson04.check_bowl_rate("1/20")
    assert "As a number it is not the answer either" in said.message, said.message


@pytest.mark.parametrize("skipped", [
    lambda self, p: abs(p.data) > 20,  # (the long run's parameters stay below 20)
    lambda self, p: abs(p.grad) > 100,  # (its grads reach 60)
    lambda self, p: False,  # (the momentum capped below)
])
def test_walk_79_parameters_and_grads_in_the_hundreds_and_a_momentum_above_095_are_tried(skipped):
    """Walk 79: a step() that skipped a parameter beyond 20, or a grad beyond 100, passed;
    so did a momentum capped at 0.95 (the largest tried)."""
    class Skipping(MomentumRight):
        def __init__(self, params, learning_rate, momentum):
            super().__init__(params, learning_rate, min(momentum, 0.95))

        def step(self):
            for i, p in enumerate(self.params):
                if not skipped(self, p):
                    self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                    p.data -= self.learning_rate * self.velocities[i]

    said = lesson04.check_momentum(Skipping)
    assert not said and said.message.startswith(
        "Your optimizer steps right with the rates and momentums tried before, but a new "
        "Momentum(params, 0.01, 0.97) on parameters starting at (150.0, -240.0, 0.5) does not"), said.message
    assert said.message.endswith("a velocity rounded or capped; or a parameter skipped or changed "
                                 "for some grads or values (one whose grad is 0 still moves while "
                                 "its velocity is not 0: v = momentum * v + 0)."), said.message
    chinese = in_chinese(lambda: lesson04.check_momentum(Skipping))
    assert "（3）参数的 grad 或值取某些数时跳过或改动了这个参数" in chinese.message, chinese.message


def test_walk_79_check_descend_tries_a_start_a_rate_and_steps_between_the_others():
    """Walk 79: a descend wrong only for 0.2 < rate < 0.5 (no step at such a rate was taken),
    or only for a start between 1 and 2.5, passed."""
    def descend(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            w.grad = 0.0
            loss(w).backward()
            w.data -= learning_rate * w.grad * (1.001 if 1 < start < 2.5 else 1)
            path.append(w.data)
        return path
    said = lesson04.check_descend(descend)
    assert not said and said.message.startswith("With descend(loss, 1.7, 0.35, 8) on "), said.message


class MomentumFlipped(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = -self.momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]


def test_walk_79_a_flipped_momentum_is_among_the_candidates():
    """Walk 79: `-momentum * v` was told "momentum -0.9", with no flipped sign among the causes."""
    said = lesson04.check_momentum(MomentumFlipped)
    assert not said and "Step 2 is the one of momentum -0.9" in said.message
    assert "(a number written in, its sign flipped, or momentum * left out)" in said.message, said.message
    assert "（写死了一个数，符号弄反了，或者漏了 momentum *）" in in_chinese(
        lambda: lesson04.check_momentum(MomentumFlipped)).message


def test_walk_80_a_start_cut_to_a_whole_number_and_a_step_skipped_by_w_are_candidates():
    """Walk 80: `Value(round(start))` and a step skipped once w >= 10 were given candidates
    that left them out."""
    def rounded_start(loss, start, learning_rate, steps):
        w = Value(round(start))
        path = [start]
        for _ in range(steps):
            w.grad = 0.0
            loss(w).backward()
            w.data -= learning_rate * w.grad
            path.append(w.data)
        return path

    def still_beyond_10(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            w.grad = 0.0
            loss(w).backward()
            if w.data < 10:
                w.data -= learning_rate * w.grad
            path.append(w.data)
        return path
    said = lesson04.check_descend(rounded_start).message
    assert "or w made from start cut to a whole number (int(start) and round(start) make 0.5 a 0)" in said, said
    assert "或者 w 是用取整后的 start 建的" in in_chinese(lambda: lesson04.check_descend(rounded_start)).message
    said = lesson04.check_descend(still_beyond_10).message
    assert "on w itself (here w starts at 10.0)" in said, said
    assert "按 w 本身的值跳过了这一步（这次 w 从 10.0 出发）" in in_chinese(
        lambda: lesson04.check_descend(still_beyond_10)).message


class MomentumSkippingMomentumZero(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            if self.momentum:
                self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                p.data -= self.learning_rate * self.velocities[i]


def test_walk_81_a_step_skipped_at_momentum_0_is_not_told_it_rounds():
    """Walk 81: `if self.momentum:` (nothing moves at momentum 0) was told its numbers were
    rounded (round(0.3, 0) is 0.0)."""
    said = lesson04.check_momentum(MomentumSkippingMomentumZero)
    assert not said and "round(" not in said.message, said.message
    assert "moves no parameter at any step" in said.message and "`if self.momentum:`" in said.message
    assert "每一步都没有移动任何参数" in in_chinese(
        lambda: lesson04.check_momentum(MomentumSkippingMomentumZero)).message


@pytest.mark.parametrize("rate_used", [
    lambda lr: 0.5 if lr >= 1 else lr,  # (walk 82: no rate above 0.7 was tried)
    lambda lr: 0.0 if lr < 0.01 else lr,  # (nor one below 0.01)
])
def test_walk_82_rates_of_1_and_below_001_are_tried(rate_used):
    class WrittenApart(MomentumRight):
        def step(self):
            for i, p in enumerate(self.params):
                self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                p.data -= rate_used(self.learning_rate) * self.velocities[i]
    said = lesson04.check_momentum(WrittenApart)
    assert not said and "Momentum(params, 1.0, 0.5)" in said.message or \
        "Momentum(params, 0.005, 0.5)" in said.message, said.message


class MomentumSkippingZero(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            if p.data != 0:
                p.data -= self.learning_rate * self.velocities[i]


def test_walk_82_a_parameter_at_0_left_unmoved_is_not_told_of_an_earlier_optimizer():
    """Walk 82: a step skipping parameters at 0 was told the earlier optimizer's velocities
    were kept outside it (there was no earlier optimizer, and nothing was kept)."""
    said = lesson04.check_momentum(MomentumSkippingZero)
    assert not said and said.message.startswith(
        "Momentum(params, 0.1, 0.9), with grads 1 and 0, left the first parameter at 0 on its "
        "first step; it should go to -0.1"), said.message
    assert "kept outside it" not in said.message
    assert "对某些参数跳过了这一步" in in_chinese(lambda: lesson04.check_momentum(MomentumSkippingZero)).message


def test_walk_83_a_rate_of_1_is_not_said_to_round_to_0_and_the_steps_are_a_candidate():
    """Walk 83: "the argument rounded, which makes 1.0 0" (round(1.0) is 1); a loop right only
    up to 10 steps was given causes that left the number of steps out."""
    def frozen_at_rate_1(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            w.grad = 0.0
            loss(w).backward()
            if learning_rate != 1:
                w.data -= learning_rate * w.grad
            path.append(w.data)
        return path
    said = lesson04.check_descend(frozen_at_rate_1).message
    assert "which makes 1.0 0" not in said and "w never moves from 1.0" in said, said
    assert "or on the number of steps (here 6)" in said, said

    def at_most_10_steps(loss, start, learning_rate, steps):
        return [start] * (steps + 1) if steps > 10 else descend_right(loss, start, learning_rate, steps)
    said = lesson04.check_descend(at_most_10_steps).message
    assert "or on the number of steps (here 12)" in said, said  # (walk 91: w never moves)


def test_walk_84_a_loop_that_stops_updating_but_keeps_appending_is_told_w_did_not_move():
    """Walk 84: `if i < 3:` around the update got candidates that left a skipped update out."""
    def three_updates(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for i in range(steps):
            w.grad = 0.0
            loss(w).backward()
            if i < 3:
                w.data -= learning_rate * w.grad
            path.append(w.data)
        return path
    said = lesson04.check_descend(three_updates)
    assert not said and "So w did not move at that update, though your list goes on." in said.message
    assert "这次更新时 w 没有动" in in_chinese(lambda: lesson04.check_descend(three_updates)).message


def _momentum_with_extra(extra):
    """The worked Momentum with ``extra(self, p, grad)`` run after each parameter's update."""
    class Extra(MomentumRight):
        def step(self):
            for i, p in enumerate(self.params):
                grad = p.grad
                self.velocities[i] = self.momentum * self.velocities[i] + grad
                p.data -= self.learning_rate * self.velocities[i]
                extra(self, p, grad)
    return Extra


def _nudge(p):
    p.data += 0.25


@pytest.mark.parametrize("extra, english", [
    (lambda self, p, grad: 0 < self.momentum <= 0.3 and _nudge(p), "Momentum(params, 0.05, 0.1)"),
    (lambda self, p, grad: self.learning_rate < 0.003 and _nudge(p), "Momentum(params, 0.001, 0.25)"),
    (lambda self, p, grad: p.data == 1 and _nudge(p), "Momentum(params, 0.05, 0.1)"),
])
def test_walk_86_momentum_written_apart_for_small_momentums_tiny_rates_or_a_parameter_at_1_fails(
        extra, english):
    """Walk 86: a Momentum wrong only for momentums up to 0.3 (the bowl explorer's slider has
    0.05 to 0.3), for rates below 0.005 (the slider goes down to 0.001), or for a parameter
    that is 1 after its step, passed. Each is rejected now, with the call's numbers."""
    said = lesson04.check_momentum(_momentum_with_extra(extra))
    assert not said and english in said.message and "What differs is this call's numbers." \
        in said.message, said.message


def test_walk_86_a_parameter_of_grad_0_handled_apart_is_not_told_it_took_another_velocity():
    """Walk 86: a step() that moves a parameter whose grad is 0 was told it took the velocity
    of the parameter that stepped onto its value; it moves beside one that does not too, so
    the message gives both candidates and the number it moved to."""
    moving = _momentum_with_extra(lambda self, p, grad: grad == 0 and _nudge(p))
    english = lesson04.check_momentum(moving).message
    chinese = in_chinese(lambda: lesson04.check_momentum(moving).message)
    assert english.startswith(
        "With parameters 0.0 and -0.1 and gradients 1 and 0, one step moved the second parameter "
        "to 0.15, though its gradient was 0 and it had no velocity yet: it should stay at -0.1. "), english
    assert "Candidates: a parameter whose grad is 0 handled apart, or a velocity that is not the " \
        "parameter's own." in english and "whose new value, -0.1, is the second's" not in english
    assert "（1）对 grad 为 0 的参数另作了处理" in chinese and "正好等于第二个参数的值" not in chinese, chinese


def test_walk_86_a_momentum_of_08_handled_apart_is_among_the_long_runs_candidates():
    """Walk 86: a step() wrong only at momentum 0.8 (the long run's, no short run's) was given
    candidates of a size and a bound only."""
    apart = _momentum_with_extra(lambda self, p, grad: self.momentum == 0.8 and _nudge(p))
    english = lesson04.check_momentum(apart).message
    chinese = in_chinese(lambda: lesson04.check_momentum(apart).message)
    assert "goes wrong at its first step" in english and \
        "or this momentum, 0.8, handled apart (no short run used it)." in english, english
    assert "（3）对 0.8 这个动量另作了处理" in chinese, chinese


def test_walk_86_a_descend_wrong_at_one_step_is_not_told_its_rate():
    """Walk 86: a descend wrong only when steps is 1 was told its steps are those of learning
    rate 0.864286 (one step fits a rate for any slip); a rate is named from two steps on."""
    def descend(loss, start, learning_rate, steps):
        path = descend_right(loss, start, learning_rate, steps)
        return path[:-1] + [path[-1] + 0.5] if steps == 1 else path
    english = lesson04.check_descend(descend).message
    assert english.startswith("With descend(loss, 10.0, 0.9, 1) on L(w) = (w - 3)**2, your w after "
                              "update 1 is -2.1; it should be -2.6"), english
    assert "those of learning rate" not in english and \
        "this call's numbers handled apart (an `if` on steps, the rate or start)" in english
    chinese = in_chinese(lambda: lesson04.check_descend(descend).message)
    assert "（7）对这次调用的数另作了处理" in chinese, chinese


def test_walk_87_a_descend_wrong_at_the_lessons_own_30_steps_fails():
    """Walk 87: a descend wrong only with 30 steps passed; the cell after the exercise calls
    walk(loss, -1.0, 0.1, 30) and would print other numbers than the text."""
    def descend(loss, start, learning_rate, steps):
        path = descend_right(loss, start, learning_rate, steps)
        return path[:-1] + [path[-1] + 0.01] if steps == 30 else path
    said = lesson04.check_descend(descend)
    assert not said and said.message.startswith(
        "With descend(loss, -1.0, 0.1, 30) on L(w) = (w - 3)**2, your w after update 30 is 3.005") and \
        "this call's numbers handled apart (an `if` on steps, the rate or start)" in said.message, said.message


def test_walk_87_momentum_wrong_at_the_lessons_own_rate_and_momentum_fails():
    """Walk 87: a Momentum wrong only for the pair (0.01, 0.8) the lesson's cell 34 uses
    passed; that pair is tried now."""
    class Apart(MomentumRight):
        def step(self):
            saved = self.learning_rate
            if (self.learning_rate, self.momentum) == (0.01, 0.8):
                self.learning_rate *= 1.1
            super().step()
            self.learning_rate = saved
    said = lesson04.check_momentum(Apart)
    assert not said and "Momentum(params, 0.01, 0.8)" in said.message, said.message


def test_walk_87_momentum_as_plain_descent_off_the_example_is_not_told_only_of_rounding():
    """Walk 87: a step() right only at the example's (0.1, 0.9) and plain descent elsewhere
    was told it rounds momentum 0.5 to 0; the momentum left out is the first candidate now."""
    class OnlyExample(MomentumRight):
        def step(self):
            if (self.learning_rate, self.momentum) == (0.1, 0.9):
                return super().step()
            for p in self.params:
                p.data -= self.learning_rate * p.grad
    english = lesson04.check_momentum(OnlyExample).message
    chinese = in_chinese(lambda: lesson04.check_momentum(OnlyExample).message)
    assert "plain gradient descent, with no velocity carried from step to step. Candidates: the " \
        "momentum left out for these numbers" in english, english
    assert "（1）对这些数没有用动量" in chinese, chinese


def test_walk_87_a_momentum_of_08_apart_is_among_the_later_steps_candidates():
    """Walk 87: a step() wrong from its second step at momentum 0.8 was given a counter, a size
    and a bound as candidates; the momentum handled apart is one now."""
    class Apart(MomentumRight):
        def step(self):  # (its velocities with momentum 0.8 halved before they are used)
            for i, p in enumerate(self.params):
                kept = self.velocities[i] * (0.5 if self.momentum == 0.8 else 1.0)
                self.velocities[i] = self.momentum * kept + p.grad
                p.data -= self.learning_rate * self.velocities[i]
    english = lesson04.check_momentum(Apart).message
    assert "goes wrong at step " in english and "this momentum, 0.8, handled apart" in english, english


def test_walk_88_momentum_wrong_late_with_two_parameters_fails():
    """Walk 88: a step() 10% long from its 11th call when it holds two parameters passed (the
    lesson's cell 34 has two, for 50 steps; the check's two-parameter runs had 3)."""
    class Late(MomentumRight):
        def step(self):
            self.calls = getattr(self, "calls", 0) + 1
            for i, p in enumerate(self.params):
                self.velocities[i] = self.momentum * self.velocities[i] + p.grad
                p.data -= self.learning_rate * self.velocities[i] * (
                    1.1 if len(self.params) == 2 and self.calls > 10 else 1.0)
    said = lesson04.check_momentum(Late)
    assert not said, said.message


def test_walk_88_the_network_explorer_says_why_there_is_no_curve():
    """Walk 88: at rate 1.5 the description said the parameters overflowed (they are below
    50); the run was stopped as divergent."""
    from micrograd_lite.datasets import sigmoid_net_data
    from micrograd_lite.widgets.descent import sigmoid_net_explorer
    explorer = sigmoid_net_explorer(*sigmoid_net_data(n=20, seed=0))
    explorer.controls["lr"].value = 1.5
    explorer.wait()
    assert "the run was stopped as divergent, so no fitted curve is drawn" in explorer.picture.description


def _momentum_with_a_dead_zone(on_velocity, below):
    class DeadZone(MomentumRight):
        def step(self):
            for i, p in enumerate(self.params):
                grad = p.grad if on_velocity or abs(p.grad) >= below else 0.0
                self.velocities[i] = self.momentum * self.velocities[i] + grad
                if on_velocity and abs(self.velocities[i]) < below:
                    self.velocities[i] = 0.0
                p.data -= self.learning_rate * self.velocities[i]
    return DeadZone


@pytest.mark.parametrize("on_velocity, below", [(True, 1e-3), (True, 0.05), (False, 1e-3),
                                                (False, 1e-6)])
def test_walk_91_a_momentum_with_a_dead_zone_for_small_numbers_fails(on_velocity, below):
    """Walk 91: velocities below 0.05, or grads below 1e-3, set to 0 passed check_momentum (the
    smallest grads tried were about 0.04). Grads of 1e-7 are tried now, and the message says
    what is new in them."""
    said = lesson04.check_momentum(_momentum_with_a_dead_zone(on_velocity, below))
    assert not said and said.message.startswith(
        "Your optimizer steps right with every grad tried before, but not with tiny ones"), \
        said.message
    assert "(the grads of step 1 were 2e-07 and -1e-07)" in said.message, said.message


class MomentumFlippingAGradOfMinusOne(MomentumRight):
    def step(self):
        for i, p in enumerate(self.params):
            grad = 1.0 if p.grad == -1 else p.grad
            self.velocities[i] = self.momentum * self.velocities[i] + grad
            p.data -= self.learning_rate * self.velocities[i]


def test_walk_91_a_grad_of_minus_1_treated_apart_is_among_the_candidates():
    """Walk 91: a step() that turns a grad of -1 into 1 was given five candidates, none of them
    its cause (the three-parameter trial's first grads are 2, -1 and 0.5)."""
    said = lesson04.check_momentum(MomentumFlippingAGradOfMinusOne)
    assert not said and "a parameter skipped or changed for some grads or values (one of step " \
        "1's grads, say)" in said.message, said.message
    zh = in_chinese(lambda: lesson04.check_momentum(MomentumFlippingAGradOfMinusOne).message)
    assert "比如第 1 步的某个 grad" in zh, zh


def _descend_appending_w_itself(loss, start, learning_rate, steps):
    w = Value(start)
    path = [w]
    for _ in range(steps):
        w.grad = 0.0
        loss(w).backward()
        w.data -= learning_rate * w.grad
        path.append(w)  # the same object every time
    return [v.data for v in path]


def _descend_still_at_0(loss, start, learning_rate, steps):
    return [0.0] * (steps + 1) if start == 0 else descend_right(loss, start, learning_rate, steps)


def _descend_held_within_50(loss, start, learning_rate, steps):
    w, path = Value(start), [start]
    for _ in range(steps):
        w.grad = 0.0
        loss(w).backward()
        w.data = max(-50.0, min(50.0, w.data - learning_rate * w.grad))
        path.append(w.data)
    return path


@pytest.mark.parametrize("descend, english", [
    (_descend_appending_w_itself, "every number of your list is 1.689, the w after the last update. "
                                  "Candidates: one object appended at every step"),
    (_descend_still_at_0, "w never moves from 0.0, though your loop moved w in the calls before"),
    (_descend_held_within_50, "w rounded before it is stored (or held within a bound, ±50 say)"),
])
def test_walk_91_descend_messages_name_what_the_code_did(descend, english):
    """Walk 91: the same Value appended at every step was told its list started at the wrong
    place; a list of 0s for a start of 0 was told the loop stopped early (it gave every w); a w
    held within ±50 had no candidate for it."""
    said = lesson04.check_descend(descend)
    assert not said and english in said.message, said.message


@pytest.mark.parametrize("on_velocity", [False, True])
def test_walk_93_a_momentum_capping_grads_or_velocities_at_1000_fails(on_velocity):
    """Walk 93: a grad, or a velocity, held within ±1000 passed check_momentum (the largest grad
    tried was 800). Grads up to 1.5e8 are tried now, and the message says what is new in them."""
    class Capped(MomentumRight):
        def step(self):
            for i, p in enumerate(self.params):
                grad = p.grad if on_velocity else max(-1000.0, min(1000.0, p.grad))
                v = self.momentum * self.velocities[i] + grad
                self.velocities[i] = max(-1000.0, min(1000.0, v)) if on_velocity else v
                p.data -= self.learning_rate * self.velocities[i]
    said = lesson04.check_momentum(Capped)
    assert not said and said.message.startswith(
        "Your optimizer steps right with every grad tried before, but not with huge ones"), \
        said.message


def test_walk_95_a_last_w_written_again_after_every_update_is_not_told_range():
    """Walk 95: a descend that makes all 60 updates but writes the 59th w again as the last
    (wrong only from 30 steps on) was told "range(59), say"; a loop over range(59) gives a
    list one shorter. It is told the last update is missing from the list."""
    right = lesson04.worked_descend

    def last_written_again(loss, w0, learning_rate, steps):
        path = right(loss, w0, learning_rate, steps)
        return path[:-1] + path[-2:-1] if steps >= 30 else path
    message = lesson04.check_descend(last_written_again).message
    assert "the last of the 60 updates is not in it" in message and "range(59)" not in message, message
    chinese = in_chinese(lambda: lesson04.check_descend(last_written_again).message)
    assert "60 次更新里的最后一次没有记进去" in chinese and "range(59)" not in chinese, chinese


def test_walk_96_a_step_taken_from_the_start_is_told_so():
    """Walk 96: `w.data = start - learning_rate * w.grad` (each step from the start, with the
    gradient at the current w) got the general list of causes, "loss not built again" among
    them; it is told its steps start from the start."""
    def from_start(loss, start, learning_rate, steps):
        w = Value(start)
        path = [w.data]
        for _ in range(steps):
            L = loss(w)
            w.grad = 0.0
            L.backward()
            w.data = start - learning_rate * w.grad
            path.append(w.data)
        return path
    message = lesson04.check_descend(from_start).message
    assert "is the start minus learning_rate * w.grad" in message, message
    assert "每一步都是从起点出发走的" in in_chinese(lambda: lesson04.check_descend(from_start).message)


def test_walk_99_a_descend_that_replaces_an_operation_of_value_is_told_so_and_undone():
    """Walks 98-99: a descend that replaces `Value.__sub__` (or adds a method to Value) for
    the session was told it keeps something between calls, or passed; the package's Value
    stayed changed for the lesson's other cells. The check names what was replaced and puts
    the package's own back."""
    own_sub = Value.__sub__
    worked = descend_updating()

    def replacing(loss, start, learning_rate, steps):
        Value.__sub__ = lambda a, b: a + (-1.01 * b)
        return worked(loss, start, learning_rate, steps)

    def adding(loss, start, learning_rate, steps):
        Value.halved = lambda self: self * 0.5
        return worked(loss, start, learning_rate, steps)

    english = lesson04.check_descend(replacing).message
    assert english.startswith("While the check ran, your code changed the package: it replaced "
                              "`Value.__sub__`."), english
    assert Value.__sub__ is own_sub and (Value(5.0) - 2).data == 3.0
    assert "it added `Value.halved`" in lesson04.check_descend(adding).message \
        and not hasattr(Value, "halved")
    assert "你的代码改动了课程包，它替换了 `Value.__sub__`" in in_chinese(lambda: lesson04.check_descend(replacing).message)
    assert Value.__sub__ is own_sub


def test_walk_99_a_descend_right_only_on_the_example_or_reusing_a_default_list_is_told_so():
    """Walk 99: a descend that runs its loop only for the lesson's example was given causes
    that left this out; one whose default argument path=[] is emptied and returned at every
    call was told its list is kept "outside" it."""
    worked = descend_updating()

    def example_only(loss, start, learning_rate, steps):
        if (start, learning_rate, steps) == (-1.0, 0.1, 30):
            return worked(loss, start, learning_rate, steps)
        return [start] * (steps + 1)

    def default_list(loss, start, learning_rate, steps, path=[]):
        path.clear()
        path.extend(worked(loss, start, learning_rate, steps))
        return path

    english = lesson04.check_descend(example_only).message
    assert "w never moves from" in english and "or a loop run only for some numbers" in english, english
    assert "只在遇到某些数时才运行循环" in in_chinese(lambda: lesson04.check_descend(example_only).message)
    english = lesson04.check_descend(default_list).message
    assert "or a default argument such as path=[]" in english, english
    assert "或者是默认参数" in in_chinese(lambda: lesson04.check_descend(default_list).message)


class MomentumStepInZeroGrad(MomentumRight):  # walk 98
    """step() only updates the velocities; zero_grad() moves the parameters by them."""

    def zero_grad(self):
        for i, p in enumerate(self.params):
            p.data -= self.learning_rate * self.velocities[i]
            p.grad = 0.0

    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad


class MomentumMakingNewParameters(MomentumRight):  # walk 99
    def step(self):
        super().step()
        self.params = [Value(p.data) for p in self.params]


def test_walks_98_99_a_momentum_moving_in_zero_grad_or_making_new_parameters_is_told_so():
    """Walk 98: a Momentum whose zero_grad() makes the pending update was told about step()'s
    momentum and rate. Walk 99: one whose step() puts new Values in self.params (the model's
    parameters stop moving) got candidates that left it out."""
    english = lesson04.check_momentum(MomentumStepInZeroGrad).message
    assert english.startswith("zero_grad() before step 2 changed the parameters' data."), english
    assert "zero_grad() 改动了参数的 data" in in_chinese(
        lambda: lesson04.check_momentum(MomentumStepInZeroGrad).message)
    english = lesson04.check_momentum(MomentumMakingNewParameters).message
    assert english.startswith("After the first steps your optimizer's `self.params` holds other "
                              "Values than the parameters it was given"), english
    assert "里放的已经不是交给它的那些参数" in in_chinese(
        lambda: lesson04.check_momentum(MomentumMakingNewParameters).message)


class MomentumOfCopies(MomentumRight):  # walk 100
    def __init__(self, params, learning_rate, momentum):
        super().__init__([Value(p.data) for p in params], learning_rate, momentum)


class MomentumReplacingWithoutMoving(MomentumRight):  # walk 100
    def step(self):
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
        self.params = [Value(p.data - self.learning_rate * v) for p, v in zip(self.params, self.velocities)]


def test_walk_100_a_momentum_of_copies_or_of_new_values_is_told_so():
    """Walk 100: a Momentum keeping copies of its parameters was told its zero_grad() left a
    grad at 5 ("= for =="); one whose step() puts new Values in place of the parameters
    was told nothing moved, without why."""
    english = lesson04.check_momentum(MomentumOfCopies).message
    assert english.startswith("Your Momentum(params, ...) keeps in `self.params` other Values than "
                              "the parameters it was given (copies"), english
    assert "副本" in in_chinese(lambda: lesson04.check_momentum(MomentumOfCopies).message)
    english = lesson04.check_momentum(MomentumReplacingWithoutMoving).message
    assert english.startswith("After the first steps your optimizer's `self.params` holds other "
                              "Values"), english


def test_walk_101_code_that_replaces_a_name_of_a_package_module_is_told_so_and_undone():
    """Walk 101: a Momentum setting `micrograd_lite.train.SGD`, and a descend replacing
    `micrograd_lite.descent.run_descent`, passed; the lesson's later cells then ran theirs."""
    import micrograd_lite.descent as descent_module
    import micrograd_lite.train as train_module
    own_sgd, own_run = train_module.SGD, descent_module.run_descent

    class Replacing(MomentumRight):
        def step(self):
            train_module.SGD = MomentumRight
            super().step()

    worked = descend_updating()

    def replacing(loss, start, learning_rate, steps):
        descent_module.run_descent = lambda *args, **kwargs: None
        return worked(loss, start, learning_rate, steps)

    english = lesson04.check_momentum(Replacing).message
    assert "your code changed the package: it replaced `micrograd_lite.train.SGD`" in english, english
    assert train_module.SGD is own_sgd
    english = lesson04.check_descend(replacing).message
    assert "it replaced `micrograd_lite.descent.run_descent`" in english, english
    assert descent_module.run_descent is own_run


def test_walk_102_a_descend_right_only_for_starts_within_10_is_rejected():
    def descend(loss, start, learning_rate, steps):
        path = lesson04.worked_descend(loss, start, learning_rate, steps)
        return path if abs(start) <= 10 else [w + 0.5 for w in path]
    said = lesson04.check_descend(descend)
    assert not said and "descend(loss, -12.5, 0.0004, 3)" in said.message, said.message


class _CountingOnTheClass(MomentumRight):
    """Right for its first 10 steps, counted on the class; its momentum lower after."""
    steps = 0

    def step(self):
        _CountingOnTheClass.steps += 1
        momentum = self.momentum if _CountingOnTheClass.steps <= 10 else 0.9 * self.momentum
        for i, p in enumerate(self.params):
            self.velocities[i] = momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]


def test_walk_102_a_momentum_changing_after_ten_steps_counted_on_the_class_is_told_so():
    """Before, it was told two optimizers side by side share `steps`: a new one alone is
    wrong too."""
    for run, says in ((lambda make: make(), "Your first optimizer stepped right, but a new "
                       "Momentum(params, 0.05, 0.5), made after the check's other optimizers and "
                       "stepped alone, does not"),
                      (in_chinese, "可是检查函数用过别的优化器之后，新建一个 Momentum(params, 0.05, 0.5)，单独让它走，就不对了")):
        _CountingOnTheClass.steps = 0
        said = run(lambda: lesson04.check_momentum(_CountingOnTheClass))
        assert not said and says in said.message and "`steps`" in said.message, said.message
        assert "side by side" not in said.message and "两个同时" not in said.message


class _RateFloored(MomentumRight):
    def step(self):
        rate = max(self.learning_rate, 1e-3)
        for i, p in enumerate(self.params):
            self.velocities[i] = self.momentum * self.velocities[i] + p.grad
            p.data -= rate * self.velocities[i]


def test_walk_103_a_momentum_raising_small_rates_is_not_told_its_grads_are_capped():
    """Walk 103: only the huge grads' setup (rate 1e-6) showed it, and the message said a grad
    or a velocity was capped, though every step went a thousand times too far."""
    said = lesson04.check_momentum(_RateFloored)
    assert not said and said.message.startswith(
        "Your optimizer steps right with the rates and momentums tried before, but a new "
        "Momentum(params, 0.0002, 0.5) on parameters starting at (1.0, -2.0) does not, alone"), \
        said.message
    said = in_chinese(lambda: lesson04.check_momentum(_RateFloored).message)
    assert "Momentum(params, 0.0002, 0.5)" in said, said


def test_walk_103_a_second_step_without_the_learning_rate_is_told_so():
    said = lesson04.check_second_step(6.2)
    assert not said and "the whole gradient taken as the step" in said.message, said.message
    assert "把整个梯度当成了这一步" in in_chinese(lambda: lesson04.check_second_step(6.2).message)


def test_walk_104_a_descend_holding_its_start_within_100_is_rejected():
    """Walk 104: the check's starts went from -12.5 to 10."""
    def descend(loss, start, learning_rate, steps):
        return lesson04.worked_descend(loss, max(-100.0, min(100.0, start)), learning_rate, steps)
    said = lesson04.check_descend(descend)
    assert not said and "descend(loss, 250.5, 0.1, 3)" in said.message, said.message


class _MomentumOnlyForTheLessonsNumbers(MomentumRight):
    def step(self):
        momentum = self.momentum if self.momentum in (0.0, 0.5, 0.8) else 0.0
        for i, p in enumerate(self.params):
            self.velocities[i] = momentum * self.velocities[i] + p.grad
            p.data -= self.learning_rate * self.velocities[i]


def test_walk_105_a_momentum_used_only_for_the_lessons_numbers_is_among_the_candidates():
    said = lesson04.check_momentum(_MomentumOnlyForTheLessonsNumbers)
    assert not said and "a momentum used only when it is one of some numbers written in" in \
        said.message, said.message
    assert "（7）只有动量是代码里写死的某几个数" in in_chinese(
        lambda: lesson04.check_momentum(_MomentumOnlyForTheLessonsNumbers).message)
