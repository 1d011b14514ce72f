"""Lesson 01: the tangent and error-against-h explorers, and the exercise checks."""

import math

import ipywidgets as widgets
import pytest

from micrograd_lite.exercises import lesson01
from micrograd_lite.widgets.derivatives import (
    EXAMPLE_FUNCTIONS,
    difference_errors,
    error_explorer,
    error_figure,
    tangent_explorer,
    tangent_figure,
    tangent_view,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Controls that exist in both ipywidgets 7.7 (Colab) and 8.
PORTABLE_CONTROLS = (widgets.FloatSlider, widgets.FloatLogSlider, widgets.IntSlider,
                     widgets.Dropdown, widgets.Button)


def hand_f(x):
    return 3 * x**2 - 4 * x + 5


# ----------------------------------------------------------------------
# tangent_view: the pure function
# ----------------------------------------------------------------------
@pytest.mark.parametrize("x", [-2.0, 0.0, 2 / 3, 3.0])
@pytest.mark.parametrize("h", [1.0, 0.1, 0.001])
def test_secant_slope_of_the_parabola(x, h):
    view = tangent_view(x, h)
    # algebra by hand: (f(x+h) - f(x)) / h = 6x - 4 + 3h for f = 3x² - 4x + 5
    assert view.secant_slope == pytest.approx(6 * x - 4 + 3 * h, abs=1e-9)
    assert view.exact_slope == pytest.approx(6 * x - 4)
    assert view.error == pytest.approx(3 * h, abs=1e-9)
    assert view.fx == pytest.approx(hand_f(x))
    assert view.fx_h == pytest.approx(hand_f(x + h))


def test_seed_numbers_at_x_3():
    view = tangent_view(3.0, 0.001)
    assert view.fx == 20.0
    assert round(view.secant_slope, 4) == 14.003
    assert view.exact_slope == 14.0


def test_round_off_grows_at_tiny_h():
    errors = {h: abs(tangent_view(3.0, h).error) for h in (1e-4, 1e-8, 1e-12)}
    assert errors[1e-8] < errors[1e-4]  # truncation shrinks with h ...
    assert errors[1e-12] > 100 * errors[1e-8]  # ... until round-off takes over


def test_description_states_the_numbers():
    assert tangent_view(3.0, 0.1).description == (
        "f(x)=3x²-4x+5 at x=3.00: secant slope (h=0.1) 14.3000, exact 6x-4 = 14.0000, "
        "error 3.0e-01"
    )


@pytest.mark.parametrize("h", [0.0, -0.1, math.nan, math.inf])
def test_bad_h_is_a_clear_error(h):
    with pytest.raises(ValueError, match="h must be"):
        tangent_view(3.0, h)


def test_non_numbers_are_a_type_error():
    with pytest.raises(TypeError, match="x must be a real number"):
        tangent_view("3", 0.1)
    with pytest.raises(TypeError, match="h must be a real number"):
        tangent_view(3.0, None)


def test_tangent_figure_is_a_png_with_the_description():
    view = tangent_view(1.0, 0.5)
    picture = tangent_figure(view)
    assert picture.png.startswith(PNG_SIGNATURE)
    assert picture.description == view.description
    ax = picture.figure.axes[0]
    assert ax.get_xlabel() and ax.get_ylabel() and ax.get_title()
    assert len(ax.get_legend().get_texts()) == 3  # curve, tangent, secant


# ----------------------------------------------------------------------
# tangent_explorer: driven headlessly
# ----------------------------------------------------------------------
def test_tangent_explorer_default_and_sliders():
    explorer = tangent_explorer(x=3.0, h=0.1)
    assert isinstance(explorer.controls["x"], widgets.FloatSlider)
    assert isinstance(explorer.controls["h"], widgets.FloatLogSlider)
    assert "secant slope (h=0.1) 14.3000" in explorer.picture.description

    explorer.controls["x"].value = 1.0
    explorer.controls["h"].value = 0.001
    assert explorer.picture.description.startswith(
        "f(x)=3x²-4x+5 at x=1.00: secant slope (h=0.001) 2.0030, exact 6x-4 = 2.0000"
    )


def test_tangent_explorer_h_slider_reaches_1e_minus_12():
    explorer = tangent_explorer()
    h = explorer.controls["h"]
    assert h.base == 10 and h.min == -12 and h.max == 0
    h.value = 1e-12
    assert "(h=1e-12)" in explorer.picture.description
    # the measured slope is visibly off again: round-off
    assert "secant slope (h=1e-12) 14.0000" not in explorer.picture.description


# ----------------------------------------------------------------------
# difference_errors: forward and central against h
# ----------------------------------------------------------------------
def test_exp_errors_truncation_orders():
    errors = difference_errors("exp(x) at x = 1", hs=(1e-2, 1e-3))
    assert errors.exact == pytest.approx(math.e)
    # forward error ~ (h/2) e, central error ~ (h²/6) e (Taylor series, by hand)
    assert errors.forward[0] == pytest.approx(1e-2 / 2 * math.e, rel=0.01)
    assert errors.central[0] == pytest.approx(1e-4 / 6 * math.e, rel=0.01)
    assert errors.forward[0] / errors.forward[1] == pytest.approx(10, rel=0.01)
    assert errors.central[0] / errors.central[1] == pytest.approx(100, rel=0.01)


@pytest.mark.parametrize("name", ["exp(x) at x = 1", "tanh(x) at x = 0.8814"])
def test_best_h_forward_near_1e_8_central_near_1e_5(name):
    errors = difference_errors(name)
    h_forward, e_forward = errors.best_forward
    h_central, e_central = errors.best_central
    assert 1e-9 <= h_forward <= 1e-7
    assert 1e-7 <= h_central <= 1e-4
    assert e_central < e_forward < 1e-7
    # the tiniest h is far worse than the best: round-off
    assert errors.forward[-1] > 1e6 * e_forward


def test_parabola_central_difference_has_no_truncation_error():
    errors = difference_errors("3x² - 4x + 5 at x = 3")
    for h, central, forward in zip(errors.hs, errors.central, errors.forward):
        if h >= 1e-3:
            assert central < 1e-9
            assert forward == pytest.approx(3 * h, rel=1e-6)
    assert "central difference exact (error 0)" in errors.description


def test_custom_function_and_bad_names():
    errors = difference_errors("x³ at x = 2", f=lambda x: x**3, exact_slope=lambda x: 3 * x**2,
                               x=2.0, hs=(1e-3,))
    assert errors.exact == 12.0
    assert errors.central[0] == pytest.approx(1e-6, rel=1e-3)  # h² f'''/6 = h²
    with pytest.raises(ValueError, match="unknown example"):
        difference_errors("sin(x)")
    with pytest.raises(TypeError, match="together"):
        difference_errors("x", f=abs)


def test_error_figure_is_log_log_and_labelled():
    picture = error_figure(difference_errors("exp(x) at x = 1"))
    assert picture.png.startswith(PNG_SIGNATURE)
    ax = picture.figure.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    assert ax.get_xlabel() == "step size h"
    assert len(ax.get_legend().get_texts()) == 2
    assert "forward difference best near h = 1e-08" in picture.description


def test_error_explorer_menu_redraws():
    explorer = error_explorer()
    menu = explorer.controls["function"]
    assert isinstance(menu, widgets.Dropdown)
    assert list(menu.options) == list(EXAMPLE_FUNCTIONS)
    assert "exp(x) at x = 1" in explorer.picture.description
    menu.value = "3x² - 4x + 5 at x = 3"
    assert "3x² - 4x + 5 at x = 3" in explorer.picture.description
    assert "exact (error 0)" in explorer.picture.description


def test_explorers_use_controls_from_ipywidgets_7_and_8():
    for explorer in (tangent_explorer(), error_explorer()):
        assert all(isinstance(c, PORTABLE_CONTROLS) for c in explorer.controls.values())


# ----------------------------------------------------------------------
# The exercise checks: the placeholder, the worked solution, a typical slip.
# ----------------------------------------------------------------------
CHECKS = [lesson01.check_slope, lesson01.check_nudge_b, lesson01.check_direction,
          lesson01.check_best_h]


@pytest.mark.parametrize("check", CHECKS)
def test_placeholder_is_answered_kindly(check):
    feedback = check(None)
    assert not feedback.correct
    assert feedback.message.startswith("Replace `None` with")


def test_check_slope():
    h, x = 0.001, -1.0
    assert lesson01.check_slope((hand_f(x + h) - hand_f(x)) / h).correct  # the worked solution
    assert lesson01.check_slope(-10).correct
    wrong = {
        12.0: "value f(-1), not its slope",  # f(-1) itself
        10.003: "sign",
        hand_f(x + h) - hand_f(x): "Divide it by h",  # forgot to divide
        3.0: "is not the slope",
    }
    for answer, hint in wrong.items():
        feedback = lesson01.check_slope(answer)
        assert not feedback.correct and hint in feedback.message
    assert "should be a number" in lesson01.check_slope("-10").message


def compute_L(a, b, c, f):
    return (a * b + c) * f


def test_check_nudge_b():
    h = 0.001
    solution = (compute_L(3.0, -3.0 + h, 10.0, -2.0) - compute_L(3.0, -3.0, 10.0, -2.0)) / h
    assert lesson01.check_nudge_b(solution).correct
    from_seed_a = (compute_L(2.0, -3.0 + h, 10.0, -2.0) - compute_L(2.0, -3.0, 10.0, -2.0)) / h
    feedback = lesson01.check_nudge_b(from_seed_a)  # forgot to set a = 3
    assert not feedback.correct and "a = 3" in feedback.message
    assert "sign is wrong" in lesson01.check_nudge_b(-solution).message
    assert "Divide" in lesson01.check_nudge_b(solution * h).message


def test_check_direction():
    assert lesson01.check_direction("decrease").correct
    assert lesson01.check_direction(" Decrease ").correct
    feedback = lesson01.check_direction("increase")
    assert not feedback.correct and "-4" in feedback.message
    assert "increase" in lesson01.check_direction("sideways").message
    assert not lesson01.check_direction(-1).correct


def test_check_best_h():
    assert lesson01.check_best_h(1e-8).correct
    too_small = lesson01.check_best_h(1e-15)
    assert not too_small.correct and "round-off" in too_small.message
    too_large = lesson01.check_best_h(1e-3)
    assert not too_large.correct and "truncation" in too_large.message
    assert "positive" in lesson01.check_best_h(-1e-8).message
