"""Lesson 04: the explorers driven headlessly, and the exercise checks."""

import warnings

import ipywidgets as widgets
import numpy as np
import pytest

from micrograd_lite.datasets import seed002_data
from micrograd_lite.exercises import lesson04
from micrograd_lite.plots import Picture
from micrograd_lite.widgets.descent import (
    bowl_explorer,
    bowl_picture,
    parabola_explorer,
    parabola_picture,
    seed002_explorer,
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
        (0.9, "good; settles near the bottom after 21 steps, jumping across it 21 times"),
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
# Seed 002's explorer
# ----------------------------------------------------------------------
def test_seed002_explorer_retrains_when_the_rate_moves():
    xs, ys = seed002_data()
    explorer = seed002_explorer(xs, ys, steps=100)
    first = explorer.picture.description
    assert "learning rate 0.3: finished 100 steps" in first
    explorer.controls["lr"].value = 10.0
    assert "diverged at step" in explorer.picture.description
    assert "no fitted curve" in explorer.picture.description
    explorer.controls["lr"].value = 0.3
    assert explorer.picture.description == first  # same start, same numbers


def test_seed002_every_rate_draws_without_warning():
    xs, ys = seed002_data()
    explorer = seed002_explorer(xs, ys, steps=20)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for value in _slider_positions(explorer.controls["lr"], count=6):
            explorer.controls["lr"].value = value
            assert explorer.picture.png.startswith(PNG_SIGNATURE)


def test_pictures_are_deterministic():
    assert parabola_picture(0.37).description == parabola_picture(0.37).description
    assert parabola_picture(0.37).png == parabola_picture(0.37).png


# ----------------------------------------------------------------------
# Exercise checks: accept the worked solution, reject typical mistakes with a hint
# ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "check", [lesson04.check_one_step, lesson04.check_largest_rate, lesson04.check_bowl_rate]
)
def test_placeholder_and_non_numbers_are_answered_kindly(check):
    feedback = check(None)
    assert not feedback and "Replace `None`" in feedback.message
    feedback = check("0.1")
    assert not feedback and "str" in feedback.message


def test_check_one_step():
    gradient = 2 * (-1 - 3)
    assert lesson04.check_one_step(-1 - 0.1 * gradient)
    wrong = lesson04.check_one_step(-1 + 0.1 * gradient)  # walked uphill
    assert not wrong and "subtracts" in wrong.message
    assert "gradient" in lesson04.check_one_step(-8.0).message
    assert "size of the step" in lesson04.check_one_step(0.8).message
    assert not lesson04.check_one_step(3.0)


def test_check_largest_rate():
    assert lesson04.check_largest_rate(1.0)
    half = lesson04.check_largest_rate(0.5)
    assert not half and "best rate" in half.message
    too_big = lesson04.check_largest_rate(2.0)
    assert not too_big and "-3" in too_big.message
    assert not lesson04.check_largest_rate(0.9)


def test_check_bowl_rate():
    assert lesson04.check_bowl_rate(0.1)
    one = lesson04.check_bowl_rate(1.0)
    assert not one and "ten times steeper" in one.message
    assert not lesson04.check_bowl_rate(0.05)
    assert "1 - 20 * lr" in lesson04.check_bowl_rate(0.5).message
