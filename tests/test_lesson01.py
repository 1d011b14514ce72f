"""Lesson 01: the tangent and error-against-h explorers, and the exercise checks."""

import math
from pathlib import Path

import ipywidgets as widgets
import pytest

from languages import in_chinese
from micrograd_lite import Value
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
    assert "central difference exactly right (error 0) at h = 1, the largest h where it is" in errors.description


def _loglog_slope(hs, errors, low, high):
    """The slope of log10(error) against log10(h) for low <= h <= high (errors of 0 left out)."""
    points = [(math.log10(h), math.log10(e)) for h, e in zip(hs, errors) if low <= h <= high and e > 0]
    assert len(points) >= 5
    mx = sum(p[0] for p in points) / len(points)
    my = sum(p[1] for p in points) / len(points)
    return (sum((px - mx) * (py - my) for px, py in points)
            / sum((px - mx) ** 2 for px, _ in points))


@pytest.mark.parametrize("name", list(EXAMPLE_FUNCTIONS))
def test_each_description_says_how_the_errors_grow_and_they_do(name):
    """What the description claims, measured as slopes on the log-log axes:
    truncation right of the best h (forward ~ h, central ~ h²), round-off
    (~ 1/h) left of it; a central difference with no truncation error is
    round-off all the way and is said to be."""
    errors = difference_errors(name)
    text = errors.description
    for errs, (best, _) in ((errors.forward, errors.best_forward),
                            (errors.central, errors.best_central)):
        assert _loglog_slope(errors.hs, errs, 1e-16, best / 100) == pytest.approx(-1, abs=0.15)
    assert _loglog_slope(errors.hs, errors.forward, 100 * errors.best_forward[0], 0.1) == \
        pytest.approx(1, abs=0.05)
    if name.startswith("3x²"):
        assert errors.central_has_no_truncation
        assert errors.central[0] == 0.0 and errors.hs[0] == 1.0
        assert _loglog_slope(errors.hs, errors.central, 1e-16, 1.0) == pytest.approx(-1, abs=0.15)
        assert "central ~ h²" not in text
        assert "central difference has no truncation error" in text
        assert "round-off (~ 1/h) only" in text
    else:
        assert not errors.central_has_no_truncation
        assert _loglog_slope(errors.hs, errors.central, 100 * errors.best_central[0], 0.1) == \
            pytest.approx(2, abs=0.05)
        assert "truncation (forward ~ h, central ~ h²)" in text
        assert "round-off (~ 1/h)" in text


def test_error_figure_says_the_parabolas_central_difference_is_exact():
    """Its error 0 cannot sit on a log axis: the star is at the floor, and the
    figure says so."""
    picture = error_figure(difference_errors("3x² - 4x + 5 at x = 3"))
    ax = picture.figure.axes[0]
    notes = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert "central difference exact for a parabola: error 0 at h = 1, drawn on the bottom edge" in notes
    star = [line for line in ax.get_lines() if line.get_marker() == "*"][1]
    assert list(star.get_ydata()) == [1e-17] and list(star.get_xdata()) == [1.0]
    assert ax.get_ylim()[0] < 1e-17
    # exp has no exact difference: its notes name the best h
    other = error_figure(difference_errors("exp(x) at x = 1")).figure.axes[0]
    assert not any("exact" in t.get_text() for t in other.texts)


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
    label = ax.get_xlabel()
    assert "step size h" in label
    assert label.index("smaller h: round-off") < label.index("larger h: truncation")
    assert len(ax.get_legend().get_texts()) == 2
    assert "forward difference best near h = 1e-08" in picture.description


def test_error_explorer_menu_redraws():
    explorer = error_explorer()
    menu = explorer.controls["function"]
    assert isinstance(menu, widgets.Dropdown)
    assert [value for _, value in menu.options] == list(EXAMPLE_FUNCTIONS)
    assert [label for label, _ in menu.options] == list(EXAMPLE_FUNCTIONS)  # English names
    assert "exp(x) at x = 1" in explorer.picture.description
    menu.value = "3x² - 4x + 5 at x = 3"
    assert "3x² - 4x + 5 at x = 3" in explorer.picture.description
    assert "exactly right (error 0)" in explorer.picture.description


def test_explorers_use_controls_from_ipywidgets_7_and_8():
    for explorer in (tangent_explorer(), error_explorer()):
        assert all(isinstance(c, PORTABLE_CONTROLS) for c in explorer.controls.values())


# ----------------------------------------------------------------------
# The exercise checks: the placeholder, the worked solution, a typical slip.
# ----------------------------------------------------------------------
CHECKS = [lesson01.check_slope, lesson01.check_nudge_b, lesson01.check_direction,
          lesson01.check_error_factor]


@pytest.mark.parametrize("check", CHECKS)
def test_placeholder_is_answered_kindly(check):
    feedback = check(None)
    assert not feedback.correct
    assert feedback.message.startswith("Replace `None` with")


def test_check_slope():
    h, x = 0.001, -1.0
    assert lesson01.check_slope((hand_f(x + h) - hand_f(x)) / h).correct  # the worked solution
    exact = lesson01.check_slope(-10)  # the exact derivative, not the measurement asked for
    assert not exact.correct and exact.message.startswith("Your number is (or is all but) the exact derivative, -10")
    wrong = {
        12.0: "value f(-1), not its slope",  # f(-1) itself
        -(hand_f(x + h) - hand_f(x)) / h: "sign is not",  # 9.997: f(x) - f(x + h)
        hand_f(x + h) - hand_f(x): "Divide it by h",  # forgot to divide
        3.0: "is not the slope",
    }
    for answer, hint in wrong.items():
        feedback = lesson01.check_slope(answer)
        assert not feedback.correct and hint in feedback.message
    assert "without quotes" in lesson01.check_slope("-10").message


def compute_L(a, b, c, f):
    return (a * b + c) * f


def test_check_nudge_b():
    h = 0.001
    solution = (compute_L(3.0, -3.0 + h, 10.0, -2.0) - compute_L(3.0, -3.0, 10.0, -2.0)) / h
    assert lesson01.check_nudge_b(solution).correct
    from_seed_a = (compute_L(2.0, -3.0 + h, 10.0, -2.0) - compute_L(2.0, -3.0, 10.0, -2.0)) / h
    feedback = lesson01.check_nudge_b(from_seed_a)  # forgot to set a = 3
    assert not feedback.correct and "a = 3" in feedback.message
    assert "wrong sign" in lesson01.check_nudge_b(-solution).message
    assert "Divide" in lesson01.check_nudge_b(solution * h).message


def test_check_error_factor():
    assert lesson01.check_error_factor(100).correct  # the worked solution
    errors = difference_errors("exp(x) at x = 1", hs=(1e-2, 1e-3))
    measured = errors.central[0] / errors.central[1]
    assert lesson01.check_error_factor(measured).correct  # computed, 100.0006
    assert lesson01.check_error_factor(90).correct  # read off log axes, roughly


# ----------------------------------------------------------------------
# Every check against the wrong answers a learner really gives: the message
# must be true for that answer.
# ----------------------------------------------------------------------
@pytest.mark.parametrize("answer, says", [
    (-9.997, "about -9.997; the exact slope 6x - 4 gives -10"),
])
def test_check_slope_right_answers(answer, says):
    feedback = lesson01.check_slope(answer)
    assert feedback.correct and says in feedback.message


@pytest.mark.parametrize("answer, says", [
    (-10, "Your number is (or is all but) the exact derivative, -10. A central difference gives it too, up to rounding, and so do a forward difference with an h far smaller than the one asked for, or the measured slope rounded to fewer digits."),
    (-9.99, "-9.99 is not the slope at x = -1. Compute (f(-1 + h) - f(-1)) / h"),  # cut off
    (hand_f(-1.0), "12 is the value f(-1)"),
    (9.997, "sign is not"),  # f(x) - f(x + h)
    ((hand_f(-1.0 - 0.001) - hand_f(-1.0)) / 0.001, "That is (f(x - h) - f(x)) / h: x nudged down"),
    (hand_f(-1.0 + 0.001) - hand_f(-1.0), "That is the change of f"),
    ((hand_f(-1.0 + 0.01) - hand_f(-1.0)) / 0.01, "measured with h = 0.01"),
    ((hand_f(1.0 + 0.001) - hand_f(1.0)) / 0.001, "slope at x = 1"),
    ((hand_f(3.0 + 0.001) - hand_f(3.0)) / 0.001, "slope at x = 3"),
    (0, "0 is not the slope at x = -1"),
    (-11, "-11 is not the slope at x = -1"),
    ("-10", "without quotes"),
    ([-10], "you gave a list"),
])
def test_check_slope_wrong_answers(answer, says):
    feedback = lesson01.check_slope(answer)
    assert not feedback.correct and says in feedback.message


def test_neighbouring_numbers_really_are_what_the_slope_messages_say():
    assert round((hand_f(-1 + 0.01) - hand_f(-1)) / 0.01, 6) == -9.97
    assert round((hand_f(1 + 0.001) - hand_f(1)) / 0.001, 2) == 2.0
    assert hand_f(-1.0) == 12.0


@pytest.mark.parametrize("answer, says", [
    (-4, "-4 is dL/db for a = 2"),
    (6, "it is dL/da (b × f), from nudging a instead of b; or the 3 went into f instead of a"),
    (-0.006, "That is L2 - L1"),
    (compute_L(3.0, -3.0, 10.0, -2.0), "value of L itself for a = 3"),
    ((compute_L(3.0, -3.0, 10.0 + 0.001, -2.0) - compute_L(3.0, -3.0, 10.0, -2.0)) / 0.001,
     "so something after the product a × b was nudged (c, or the intermediate e or d) "
     "instead of b."),  # walks 25 and 29
    (1, "dL/df for a = 3"),
    (4, "4 is dL/df for a = 2"),
    (-8, "value of L for a = 2"),
    (Value(-8.0), "-8 is the value of L itself (for a = 2)"),
    (Value(-6.0), "You gave a Value"),  # the right number in a Value: never silently right
    (0, "0 is not dL/db"),
    ("-6", "without quotes"),
])
def test_check_nudge_b_wrong_answers(answer, says):
    feedback = lesson01.check_nudge_b(answer)
    assert not feedback.correct and says in feedback.message


def test_check_nudge_b_calls_l2_close_to_minus_2_l_after_the_nudge():
    """Walk finding: L2 (-2.006) was told "-2 is the value of L itself"."""
    l2 = compute_L(3.0, -3.0 + 0.001, 10.0, -2.0)
    assert l2 == pytest.approx(-2.006)
    feedback = lesson01.check_nudge_b(l2)
    assert not feedback and feedback.message.startswith(
        "That is close to -2, the value of L for a = 3: it looks like L after b is nudged (L2)")
    assert in_chinese(lambda: lesson01.check_nudge_b(l2).message).startswith(
        "这个数接近 -2，也就是 a = 3 时 L 的值。它看起来是挪动 b 之后的 L（L2）")
    assert lesson01.check_nudge_b(-2.0).message.startswith("-2 is the value of L itself for a = 3")


def test_check_error_factor_exactly_100_is_not_called_close_enough():
    assert lesson01.check_error_factor(100).message.startswith("Yes, 100: the central")
    assert "close enough" in lesson01.check_error_factor(99).message
    assert in_chinese(lambda: lesson01.check_error_factor(100).message).startswith(
        "误差缩小到原来的 1/100。中心差分")


def test_neighbouring_numbers_really_are_what_the_nudge_messages_say():
    h = 0.001
    at_a3 = compute_L(3.0, -3.0, 10.0, -2.0)
    assert at_a3 == -2.0  # "the value of L itself for a = 3"
    assert (compute_L(3.0, -3.0, 10.0 + h, -2.0) - at_a3) / h == pytest.approx(-2.0)  # dL/dc
    assert (compute_L(3.0 + h, -3.0, 10.0, -2.0) - at_a3) / h == pytest.approx(6.0)  # dL/da
    assert (compute_L(3.0, -3.0, 10.0, -2.0 + h) - at_a3) / h == pytest.approx(1.0)  # dL/df


@pytest.mark.parametrize("answer, says", [
    (10, "forward difference gains"),
    (2, "2 is the power"),
    # the ratio the other way round: said as such, with what to give instead
    (0.01, "0.01 is 1/100: the error at h = 1e-3 divided by the error at h = 1e-2, the ratio "
           "the other way round."),
    (1 / 100, "turn your ratio around."),
    (0.1, "0.1 is 1/10, a ratio the other way round"),
    (0.5, "0.5 is below 1"),
    # read off a curve: which curve and which h it is said
    (4.53e-05, "4.53e-05 is close to the error of the central difference at h = 1e-2 (4.53e-05): "
               "a value read off a curve, not a factor."),
    (4.5e-07, "close to the error of the central difference at h = 1e-3 (4.53e-07)"),
    (0.0136, "0.0136 is close to the error of the forward difference at h = 1e-2 (0.0136)"),
    (0.00136, "close to the error of the forward difference at h = 1e-3 (0.00136)"),
    (5e-4, "looks like an error value"),  # on no curve at these two steps
    (1000, "like h³"),
    (0, "positive number"),
    (-100, "positive number"),
    (-2, "positive number"),
    (50, "50 is not the factor"),
    ("100", "without quotes"),
    ("1e2", "without quotes"),
    ("a hundred", "you gave a str"),
])
def test_check_error_factor_wrong_answers(answer, says):
    feedback = lesson01.check_error_factor(answer)
    assert not feedback.correct and says in feedback.message


def test_the_factor_messages_are_what_the_figure_shows():
    errors = difference_errors("exp(x) at x = 1", hs=(1e-2, 1e-3))
    assert errors.forward[0] / errors.forward[1] == pytest.approx(10, rel=0.01)  # "a factor 10"
    assert errors.central[0] / errors.central[1] == pytest.approx(100, rel=0.01)
    assert errors.central[0] > errors.central[1]  # shrinks: a factor below 1 would be growth
    assert max(errors.central[:2]) < 1e-3  # an answer below 1e-3 "looks like an error value"
    assert errors.central[0] == pytest.approx(4.53e-05, rel=0.01)
    assert compute_L(2.0, -3.0, 10.0, -2.0) == -8.0 and (2.0 * -3.0 + 10.0) == 4.0  # L, dL/df


# ----------------------------------------------------------------------
# What the lesson's text says about what its code shows
# ----------------------------------------------------------------------
def test_claim_the_measured_slope_at_3_is_14_003_and_exact_14():
    h = 0.001
    assert round((hand_f(3.0 + h) - hand_f(3.0)) / h, 4) == 14.003
    assert 6 * 3.0 - 4 == 14.0


def test_claim_slope_negative_at_minus_2_zero_at_two_thirds_positive_at_3():
    h = 0.001
    slopes = {x: (hand_f(x + h) - hand_f(x)) / h for x in (-2.0, 2 / 3, 3.0)}
    assert slopes[-2.0] < 0 and slopes[3.0] > 0
    assert abs(slopes[2 / 3]) < 0.01 and 6 * (2 / 3) - 4 == pytest.approx(0.0)


def test_claim_things_to_try_error_shrinks_to_1e_8_then_grows():
    errors = {h: abs(tangent_view(3.0, h).error) for h in (1.0, 1e-2, 1e-4, 1e-6, 1e-8, 1e-10, 1e-12)}
    assert errors[1.0] > errors[1e-2] > errors[1e-4] > errors[1e-6] > errors[1e-8]
    assert errors[1e-12] > errors[1e-10] > errors[1e-8]
    # h = 1: the secant tilts away from the tangent (slope 17 against 14)
    assert tangent_view(3.0, 1.0).secant_slope == pytest.approx(17.0)


def test_claim_the_posts_derivatives_and_the_changes_for_a_step_of_0_01():
    h, step = 0.001, 0.01
    L1 = compute_L(2.0, -3.0, 10.0, -2.0)
    assert L1 == -8.0
    nudged = [(compute_L(2.0 + h, -3.0, 10.0, -2.0) - L1) / h,
              (compute_L(2.0, -3.0 + h, 10.0, -2.0) - L1) / h,
              (compute_L(2.0, -3.0, 10.0 + h, -2.0) - L1) / h,
              (compute_L(2.0, -3.0, 10.0, -2.0 + h) - L1) / h]
    assert [round(v, 4) for v in nudged] == [6.0, -4.0, -2.0, 4.0]
    assert round(((L1 + h) - L1) / h, 4) == 1.0  # dL/dL
    changes = [compute_L(2.0 + step, -3.0, 10.0, -2.0) - L1,
               compute_L(2.0, -3.0 + step, 10.0, -2.0) - L1,
               compute_L(2.0, -3.0, 10.0 + step, -2.0) - L1,
               compute_L(2.0, -3.0, 10.0, -2.0 + step) - L1]
    assert [round(c, 4) for c in changes] == [0.06, -0.04, -0.02, 0.04]


def test_claim_best_h_is_about_1e_8_forward_and_1e_5_to_1e_6_central():
    errors = difference_errors("exp(x) at x = 1")
    assert 1e-9 <= errors.best_forward[0] <= 1e-7
    assert 1e-6 <= errors.best_central[0] <= 1e-5
    # and the central difference is far more accurate at its best
    assert errors.best_central[1] < errors.best_forward[1] / 10


def test_claim_the_x_slider_steps_by_0_05_and_misses_two_thirds():
    x = tangent_explorer().controls["x"]
    assert x.step == 0.05
    reachable = [round(x.min + k * x.step, 10) for k in range(int((x.max - x.min) / x.step) + 1)]
    assert 2 / 3 not in reachable and 0.65 in reachable and 0.7 in reachable
    assert 6 * 0.65 - 4 == pytest.approx(-0.1) and 6 * 0.70 - 4 == pytest.approx(0.2)


def test_claim_tanh_at_0_8814_is_the_neurons_n():
    n = 2.0 * -3.0 + 0.0 * 1.0 + 6.8813735870195432  # lesson 02's neuron
    assert round(n, 4) == 0.8814


@pytest.mark.parametrize("answer, english, chinese", [
    ((hand_f(-1.0) - hand_f(-1.0 - 0.001)) / 0.001,
     "That is the backward difference (f(x) - f(x - h)) / h", "这是后向差分"),
    ((hand_f(-1.0 + 1e-6) - hand_f(-1.0)) / 1e-6,
     "That is the slope measured with h = 1e-06. If you measured it, use h = 0.001; if you "
     "worked out the derivative by hand instead, check it term by term (3x² gives 6x).",
     "这是用 h = 1e-06 测出的斜率。"),
    ((hand_f(-1.0 + 1e-4) - hand_f(-1.0)) / 1e-4,
     "That is the slope measured with h = 0.0001.", "这是用 h = 0.0001 测出的斜率。"),
    ((hand_f(-1.0 + 1e-6) - hand_f(-1.0 - 1e-6)) / 2e-6,
     "Your number is (or is all but) the exact derivative, -10. A central difference gives it too",
     "你的数就是（或几乎就是）精确的导数 -10。用中心差分、用比要求小得多的 h 做前向差分"),
    (-9.996, "-9.996 is not the slope at x = -1.", "-9.996 不是 x = -1 处的斜率。"),
])
def test_a_slope_measured_another_way_is_named_and_never_shown_as_minus_ten(answer, english, chinese):
    said = lesson01.check_slope(answer)
    zh = in_chinese(lambda: lesson01.check_slope(answer))
    assert not said and said.message.startswith(english), said.message
    assert zh.message.startswith(chinese), zh.message


def test_check_nudge_b_quotes_a_near_miss_with_its_own_digits():
    # -6.0001 is not -6 (L is linear in b, so the measured slope is -6 to 1e-12)
    feedback = lesson01.check_nudge_b(-6.0001)
    assert not feedback and feedback.message.startswith("-6.0001 is not dL/db.")


def test_walk_two_lesson_01_answers():
    """Walk findings: a Value was told to give its .grad (lesson 01 has no grads yet);
    numpy's 0-d array of the right number was "not a number"; the forward curve hid
    under the central one where both errors are equal."""
    import numpy as np
    message = lesson01.check_error_factor(Value(100.0)).message
    assert message.endswith("give its .data, not the whole Value.") and ".grad" not in message
    assert ".grad" not in in_chinese(lambda: lesson01.check_error_factor(Value(100.0)).message)
    assert lesson01.check_slope(np.array(-9.997)) and lesson01.check_nudge_b(np.array(-6.0))
    forward, central = error_figure(difference_errors("3x² - 4x + 5 at x = 3")).figure.axes[0].lines[:2]
    assert forward.get_linewidth() > 2 * central.get_linewidth()
    assert in_chinese(lambda: lesson01.check_error_factor(-100).message).startswith(
        "两个误差都取绝对值，所以它们的比值是正数。")


def test_a_sign_slipped_in_a_is_among_the_candidates():
    """Walk finding: a = -3 for a = 3 gives +6; the list named b, f and L2 - L1 only."""
    h = 0.001
    slope = (compute_L(-3.0, -3.0 + h, 10.0, -2.0) - compute_L(-3.0, -3.0, 10.0, -2.0)) / h
    assert "(in a, f or the difference L2 - L1; dL/db = a × f does not depend on b)" in lesson01.check_nudge_b(slope).message
    assert "（1）某处符号弄反了，比如 a 或 f 的符号，或者把差值写成了 L1 - L2" in in_chinese(lambda: lesson01.check_nudge_b(slope).message)


def test_a_factor_that_prints_as_100_is_not_called_close_enough():
    assert lesson01.check_error_factor(99.99999999999999).message.startswith("Yes, 100: ")


@pytest.mark.parametrize("answer, words, chinese", [
    (-8.0, "Candidates: L itself, with the lecture's a = 2, where a slope was asked for; or the "
     "slope with a = 4.", "也可能是用 a = 4 算了斜率"),
    ((-3 * (-2) * -0.001 - 0) / 0.002, "-3 is half of dL/db", "是 dL/db 的一半"),
    # walk 15: b + 0.01 divided by h = 0.001 was shown as -59.999999999999 with no cause
    ((compute_L(3.0, -3.0 + 0.01, 10.0, -2.0) - compute_L(3.0, -3.0, 10.0, -2.0)) / 0.001,
     "That is ten times dL/db: the step you added to b is ten times the h you divided by",
     "这是 dL/db 的十倍。"),
    ((compute_L(3.0, -3.0 + 0.001, 10.0, -2.0) - compute_L(3.0, -3.0, 10.0, -2.0)) / 0.01,
     "That is a tenth of dL/db", "这是 dL/db 的十分之一。"),
])
def test_check_nudge_b_names_every_cause_a_number_fits(answer, words, chinese):
    """Walk finding: -8 (the slope with a = 4) was told it was L, not a slope; -3 (divided
    by 2h) got the number and no cause."""
    assert words in lesson01.check_nudge_b(answer).message
    assert chinese in in_chinese(lambda: lesson01.check_nudge_b(answer).message)


def test_check_error_factor_calls_the_factor_a_denominator_in_chinese():
    """Walk finding: "不是这个倍数" for the number the error is divided by."""
    said = in_chinese(lambda: lesson01.check_error_factor(7).message)
    assert said.startswith("7 不是这个分母。"), said


@pytest.mark.parametrize("typed, number", [("－９．９９７", "-9.997"), ("−9.997", "-9.997")])
def test_a_number_typed_with_full_width_or_typographic_signs_is_told_to_drop_the_quotes(typed, number):
    """Walk finding: a full-width minus or point, or "−", got only "you gave a string"."""
    assert lesson01.check_slope(typed).message.endswith(f"Write the number without quotes: answer = {number}")


def test_round_19_ten_is_the_exact_slope_with_its_sign_flipped():
    """Walk finding: 4 - 6x at x = -1 (10) was told to compute f(x + h) - f(x) in order."""
    assert lesson01.check_slope(10.0).message.startswith(
        "10 is the exact derivative with its sign flipped")
    assert "The size is right but the sign is not" in lesson01.check_slope(9.997).message


def test_round_21_about_two_lists_a_mistyped_f_beside_the_slope_at_x_1():
    """Walk finding: f typed 3 * x * 2 (slope 2 everywhere) was told it measured at x = 1."""
    def f(x):
        return 3 * x * 2 - 4 * x + 5
    said = lesson01.check_slope((f(-1.0 + 0.001) - f(-1.0)) / 0.001).message
    assert said.startswith("About 2, which the lesson's f does not give at x = -1. Candidates: "
                           "the slope at x = 1"), said
    assert "f typed with a term wrong" in said


def test_round_22_three_for_dL_db_is_a_without_f():
    assert lesson01.check_nudge_b(3).message.startswith("3 is a, how fast e = a*b changes with b.")


def test_round_23_the_ten_message_names_only_a_formula_that_gives_ten():
    """Walk finding: it said 6x + 4 gives 10 at x = -1 (it gives -2)."""
    said = lesson01.check_slope(10.0).message
    assert "6x + 4" not in said and "(4 - 6x there gives 10)" in said, said
    assert "6x + 4" not in in_chinese(lambda: lesson01.check_slope(10.0).message)




# ----------------------------------------------------------------------
# check_direction: the exercise asks for one word, and the check reads that word alone
# ----------------------------------------------------------------------
RIGHT_WORDS = ["decrease", " Decrease ", "Decrease.", '"decrease"', "'decrease'", "ｄｅｃｒｅａｓｅ",
               "décrease", "decrease b", "decrease it", "b should decrease", "b should be decreased",
               "you should decrease b", "I would decrease it", "move b down", "make b smaller",
               "b down", "lower b", "reduce", "lessen", "decrement", "downwards",
               "减小", "減小", "“减小”", "「减小」", "减小 b", "减小b", "b 应该减小", "应该把 b 减小",
               "b 减小一点", "往下", "往小调", "左移", "调低", "decrease（减小）", "减小 (decrease)",
               "减少b的值", "decrease the value of b", "b: decrease", "b：减小",
               "decrease (b)", "decrease(b)", "减小（b）"]  # (walk 79: b in brackets was refused)


@pytest.mark.parametrize("answer", RIGHT_WORDS)
def test_check_direction_passes_the_word_decrease_said_for_b(answer):
    said = lesson01.check_direction(answer)
    assert said and said.message.startswith("dL/db = -4 is negative"), said.message
    up = answer.replace("decrease", "increase").replace("减小", "增大").replace("down", "up")
    up = up.replace("smaller", "larger").replace("lower", "raise").replace("左移", "右移")
    if up != answer:  # the same words for the other way: told to look at the sign
        said = lesson01.check_direction(up)
        assert not said and said.message.startswith("Look at the sign of dL/db"), (up, said.message)


def _direction_corpus():
    path = Path(__file__).with_name("direction_answers.txt")
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


def test_check_direction_passes_no_answer_the_walks_have_typed_beyond_the_word():
    """Walks 1 to 58 fed the check about 400 answers: steps written as code, new values
    of b, reasons, what L becomes, other variables moved too. Where the old reader of
    reasons passed some wrong ones ("b -= 0.01 * dL_db", "decrease, since b is negative",
    "减小 b，同时把 f 调小"), the one-word reading passes none."""
    corpus = _direction_corpus()
    assert len(corpus) > 350
    passed = [answer for answer in corpus if lesson01.check_direction(answer)]
    assert passed == []


@pytest.mark.parametrize("answer, english, chinese", [
    ("decrease, because dL/db is negative", 'Answer with the word alone: "increase" or "decrease"',
     "请只写一个词作答"),
    ("减小 b，同时把 f 调小", 'Answer with the word alone', "请只写一个词作答"),
    ("b = b - 0.01 * dL_db", 'Answer with the word alone', "请只写一个词作答"),
    ("b 除以 2", 'Answer with the word alone', "请只写一个词作答"),
    ("sideways", 'Answer with the word "increase" or "decrease".', "请用"),
    ("increase", "Look at the sign of dL/db. It is -4", "看看 dL/db 的符号，它是 -4"),
    ("增大 b", "Look at the sign of dL/db. It is -4", "看看 dL/db 的符号，它是 -4"),
    ("decrease a", "Your answer is about a, but the question is about b", "你的答案说的是 a，但问题问的是 b"),
    ("减小c", "Your answer is about c, but the question is about b", "你的答案说的是 c，但问题问的是 b"),
    ("a decrease", 'Is the "a" in your answer the word "a" or the variable a?', None),
    ("increase L", "The question is what to do with b", None),
    ("make L larger", "The question is what to do with b", None),
    ("d", '"d" could be short for "decrease" or the variable d of L', None),
    ("-", '"-" could be the sign of dL/db or the way to move b', "“-”可能是 dL/db 的符号"),
    ("-4", "\"-4\" is a number. Write the word for b", "“-4”是一个数。请用一个词说明 b 该怎么变"),
    ("负", '"负" could be the sign of dL/db', "“负”可能是 dL/db 的符号"),
    ("don't increase b", "Say which way b should go, not which way it should not", None),
    ("别增大 b", "Say which way b should go", "请说 b 该往哪边变，而不是不该往哪边变"),
    ("b should not increase", "Say which way b should go", None),  # (walk 80: the word alone was asked)
    ("decreasee", 'Is "decreasee" meant to be "decrease"?', None),  # (walk 82: read as "decrease e")
    ("减小还是增大", "Your answer names both ways. Choose one", "你的答案里两个方向都有。"),  # (walk 83)
    ("不是增大", "Say which way b should go", None),  # (walk 84: the word alone was asked)
    ("b 不应该增大", "Say which way b should go", None),
    ("不用动 b", "Leaving b as it is leaves L as it is", "b 不动，L 也不会变"),
    ("leave b as it is", "Leaving b as it is leaves L as it is", None),
    ("descrease", 'Is "descrease" meant to be "decrease"?', None),
    ("de crease", 'Is "de crease" meant to be "decrease"?', None),
    ("减", 'Is "减" meant to be "减小"?', "你写的“减”，是想写“减小”吗？"),
    # walk 59: a word of size, for b = -3: towards 0, or down?
    ("缩小 b", "b is -3, so a word of size could go either way", "b 是 -3，所以“缩小”“放大”这样说大小的词两边都说得通。"),
    ("shrink", "b is -3, so a word of size could go either way", None),
    ("enlarge b", "b is -3, so a word of size could go either way", None),
    (-1, "That is a number.", None),
])
def test_check_direction_says_what_it_read(answer, english, chinese):
    said = lesson01.check_direction(answer)
    assert not said and said.message.startswith(english), said.message
    if chinese is not None:
        assert in_chinese(lambda: lesson01.check_direction(answer).message).startswith(chinese)


def test_walk_74_a_word_with_a_question_mark_is_read_as_the_word():
    """Walk 74: "decrease?" was asked for one word, though it is one; "decrease!" passed."""
    assert lesson01.check_direction("decrease?") and lesson01.check_direction("减小？")
    assert not lesson01.check_direction("increase?")


@pytest.mark.parametrize("answer", ["decrease, b", "减小，b"])
def test_walk_92_the_word_and_b_with_a_comma_between_are_right(answer):
    """Walk 92: "decrease, b" was asked for the word alone ("decrease b" passed)."""
    assert lesson01.check_direction(answer)
