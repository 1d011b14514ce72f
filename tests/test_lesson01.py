"""Lesson 01: the tangent and error-against-h explorers, and the exercise checks."""

import math

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
    assert not exact.correct and exact.message.startswith("That is the exact derivative, -10")
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


def test_check_direction():
    assert lesson01.check_direction("decrease").correct
    assert lesson01.check_direction(" Decrease ").correct
    feedback = lesson01.check_direction("increase")
    assert not feedback.correct and "-4" in feedback.message
    assert "increase" in lesson01.check_direction("sideways").message
    assert not lesson01.check_direction(-1).correct


@pytest.mark.parametrize("sign", ["-", "+", " - "])
def test_check_direction_asks_a_lone_sign_for_the_word(sign):
    """Walk finding: "-" passed as "decrease", though it may be dL/db's sign."""
    feedback = lesson01.check_direction(sign)
    assert not feedback and feedback.message == (
        f'"{sign.strip()}" could be the sign of dL/db or the way to move b: write the word for '
        'b, "increase" or "decrease".')
    said = in_chinese(lambda: lesson01.check_direction(sign).message)
    assert said.startswith(f'“{sign.strip()}”可能是 dL/db 的符号')


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
    (-10, "That is the exact derivative, -10. A central difference gives it too, up to rounding, and so do a forward difference with an h far smaller than the one asked for and the measured slope rounded to fewer digits."),
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


@pytest.mark.parametrize("answer", ["decrease", " Decrease ", "decrease b", "Decrease.", "down",
                                    "b should be decreased", "lower", "less", "smaller",
                                    "decrease it a little", "decrease b a bit", "b: decrease",
                                    "decrease (a negative number)", "make a decrease in b",
                                    # the goal written in too: what is left answers for b
                                    "decrease it to increase L", "decrease b to make L larger",
                                    "to increase L, decrease b", "decrease b so L increases",
                                    "减小 b 来让 L 变大", "减小b，使L增大",
                                    # the goal as a clause of its own (walk 22)
                                    "b down, L up", "L up, b down", "decrease b, L increases",
                                    "b 减小，L 增大", "减小b，L就变大", "b down so L up",
                                    "b down -> L up", "减小 b → L 增大", "downwards",
                                    # the goal before the answer, or after it (walk 33)
                                    "increase L by decreasing b", "decrease b, making L larger",
                                    "decrease b, which makes L increase", "通过减小 b 来增大 L",
                                    "减小 b，这样 L 会变大", "增大 L 要减小 b",
                                    # the answer with its reason, read clause by clause (walk 34)
                                    "decrease: increasing b would make L smaller",
                                    "decrease - a larger b would give a smaller L",
                                    "decrease (increasing b makes L go down)",
                                    "Decrease. dL/db = -4, so increasing b decreases L.",
                                    "decrease b, since b going up makes L go down",
                                    "decrease (not increase)", "b must go down, not up",
                                    "b 减小的话 L 会变大", "b 变小 L 变大", "减小，不是增大",
                                    "增大 b 会让 L 变小，所以减小", "b 增大 L 就减小，所以要减小 b",
                                    "往小调", "调低", "缩小", "让 b 更小", "b 要小一点",
                                    "decrease because dL/db is negative"])
def test_check_direction_accepts_the_word_down(answer):
    assert lesson01.check_direction(answer).correct


@pytest.mark.parametrize("answer, says", [
    ("increase", "It is -4"),
    ("increase b", "It is -4"),
    ("increase L by increasing b", "It is -4"),
    ("increase, not decrease", "It is -4"),  # walk 34: was told only "one word"
    ("b 增大 L 就增大，所以要增大 b", "It is -4"),
    ("decrease, since decreasing b decreases L", "not for the reason you give"),
    ("减小 b 会让 L 变小，所以减小", "not for the reason you give"),
    ("descrease", 'Is "descrease" meant to be "decrease"?'),
    ("decrease, because dL/db > 0", "not for the reason you give"),  # walk 35
    ("减小，因为导数大于零", "not for the reason you give"),
    ("减小，因为 dL/db = 6", "not for the reason you give"),
    ("减小，因为 b 越大 L 越大", "not for the reason you give"),
    ("通过增大 b 来增大 L", "It is -4"),
    ("don't increase", "not which way it should not"),
    ("increase or decrease", "one word"),
    ("increase/decrease", "one word"),  # walk finding: read as "increase" before
    ("decrease L", "what to do with b"),  # the goal is a larger L: never accepted
    ("higher", "It is -4"),  # every "up" word gets the same sign hint
    ("up", "It is -4"),
    ("larger", "It is -4"),
    ("sideways", "the word"),
    (-1, "That is a number"),
    (-4, "That is a number"),
    (True, "you gave a bool"),
    # the right word for another variable: the answer says which one it is about
    ("decrease a", "Your answer is about a, but the question is about b"),
    ("a should decrease", "Your answer is about a, but the question is about b"),
    # "a" before a direction: the article or the variable? (walk 15: told "about a")
    ("a decrease", 'Is the "a" in your answer the word "a" or the variable a?'),
    ("increase (a negative number)", "It is -4"),  # the article: the answer is "increase"
    ("Decrease c.", "Your answer is about c, but the question is about b"),
    ("f should go down", "Your answer is about f, but the question is about b"),
    ("decrease e and d", "Your answer is about d, e, but the question is about b"),
    # "d" alone: the variable, or short for "decrease"; both are named
    ("d", '"d" could be short for "decrease" or the variable d of L'),
    ("D.", '"d" could be short for "decrease" or the variable d of L'),
    ("increase b to increase L", "It is -4"),  # the goal stripped, the answer is still wrong
    ("increase L", "what to do with b"),
    ("increase b, L up", "It is -4"),
    ("b up, L down", "What you write is true: making b larger makes L smaller"),  # b up: the wrong way, whatever follows
    ("L up", "what to do with b"),
    ("the opposite of increase", "one word"),  # walk 25: read as "increase" before
    ("upwards", "It is -4"),
    ("decrease, because dL/db is positive", "not for the reason you give: dL/db is -4, negative"),
    ("减小，因为 dL/db 是正的", "not for the reason you give"),
])
def test_check_direction_wrong_answers(answer, says):
    feedback = lesson01.check_direction(answer)
    assert not feedback.correct and says in feedback.message


@pytest.mark.parametrize("answer, says", [
    (10, "forward difference gains"),
    (2, "2 is the power"),
    # the ratio the other way round: said as such, with what to give instead
    (0.01, "0.01 is 1/100: the error at h = 1e-3 divided by the error at h = 1e-2, the ratio "
           "the other way round."),
    (1 / 100, "give 100, not 1/100."),
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
     "That is the exact derivative, -10. A central difference gives it too",
     "这是精确的导数 -10。中心差分也会得到它"),
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


@pytest.mark.parametrize("answer, right", [("more negative", True), ("make b more negative", True),
                                           ("less negative", False), ("more positive", False)])
def test_check_direction_reads_the_signs_words(answer, right):
    """Walk finding: "more negative" (b = -3, so down) was told to look at the sign."""
    assert bool(lesson01.check_direction(answer)) is right


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
    assert "（a、f 或者差值 L2 - L1；dL/db = a × f 与 b 无关）" in in_chinese(lambda: lesson01.check_nudge_b(slope).message)


def test_a_factor_that_prints_as_100_is_not_called_close_enough():
    assert lesson01.check_error_factor(99.99999999999999).message.startswith("Yes, 100: ")


@pytest.mark.parametrize("answer", ['"decrease"', "'decrease'", "“减小”", "「减小」"])
def test_check_direction_reads_a_word_typed_with_its_quotes(answer):
    """Walk finding: '"decrease"' was told to answer with "increase" or "decrease"."""
    assert lesson01.check_direction(answer).correct
    assert not lesson01.check_direction(answer.replace("decrease", "increase").replace("减小", "增大"))


@pytest.mark.parametrize("answer, right", [("shrink", True), ("lessen", True), ("decrement", True),
                                           ("grow", False), ("increment", False)])
def test_check_direction_reads_the_synonyms_alike(answer, right):
    """Walk finding: "shrink", "lessen", "decrement" were asked for "increase" or
    "decrease", and "grow" got no word about the sign, where "reduce" and "raise" did."""
    feedback = lesson01.check_direction(answer)
    assert feedback.correct is right
    if not right:
        assert "Look at the sign of dL/db" in feedback.message, feedback.message


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


def test_check_direction_reads_full_width_letters():
    """Walk finding: "ｄｅｃｒｅａｓｅ" was told to answer "decrease"."""
    assert lesson01.check_direction("ｄｅｃｒｅａｓｅ").correct


@pytest.mark.parametrize("answer", ["shouldn't decrease b", "no decrease", "you can't decrease b"])
def test_check_direction_does_not_accept_a_decrease_turned_round(answer):
    """Walk finding: "shouldn't decrease b" and "no decrease" passed; walk 48: they are
    asked for the way b goes, not for one word."""
    assert lesson01.check_direction(answer).message == (
        'Say which way b should go, not which way it should not: "increase" or "decrease".')


def test_check_direction_with_a_reason_is_not_told_it_answered_about_L():
    """Walk finding: "decrease, since increasing b lowers L" was told it answered about L;
    walk 35: then "answer with one word", though answers with a reason pass. A reason that
    can be read is judged; any other is said to be unread, the direction judged alone."""
    assert lesson01.check_direction("decrease, since increasing b lowers L")
    assert lesson01.check_direction("decrease: dL/db = a*f = -4")  # not "about a, f"
    said = lesson01.check_direction("decrease because b is negative")
    assert said and said.message.startswith("The check could not read your reason, so it "
                                            "judged the direction alone, which is right."), said
    assert "检查函数没能读懂你写的理由，只判断了方向" in in_chinese(
        lambda: lesson01.check_direction("减小，因为 a 是正的").message)


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


@pytest.mark.parametrize("answer, says", [
    # only what is said of dL/db is judged, the last value of a chain (walk 36)
    ("decrease: dL/db = af = 2*(-2) = -4", "right"),
    ("decrease, a = 2 and f = -2 give dL/db = -4", "partly"),
    ("decrease because dL/db = -4 is negative while dL/da = 6 is positive", "partly"),
    ("decrease because dL/db = a*f = 2*2 = 4", "wrong"),
    # a denial is no claim
    ("减小，因为 dL/db 不是正数", "right"),
    ("减小，因为导数不为正", "right"),
    ("减小，因为导数并非大于零", "right"),
    ("decrease, since dL/db is not positive", "right"),
    ("减小，因为 dL/db 不是 4", "unread"),
    # every value stated for dL/db is judged
    ("减小，因为 dL/db 为 -6", "wrong"),
    ("减小，因为 dL/db 是 4", "wrong"),
    ("减小，因为 dL/db = −4", "right"),
    # a reason in two clauses, a supposition, another variable's slope
    ("减小，因为 dL/db = -4，b 每增加 1，L 减少 4", "right"),
    ("减小。如果 dL/db 大于零就该增大", "unread"),
    ("decrease. If dL/db were positive we would increase b.", "unread"),
    ("decrease, the derivative with respect to a is positive", "other"),
    ("减小，因为 L 对 a 的导数是 6", "other"),
    ("decrease because the derivative is a negative number", "right"),
    # traditional characters, and "the negative direction"
    ("減小", "right"), ("減少", "right"), ("向负方向移动", "right"), ("減小，因為導數是負的", "right"),
    # walk 37: products written with · and ×; a change measured; a clause after 不过; denials
    ("decrease，因为 dL/db = a·f = -4", "right"),
    ("decrease，因为 dL/db = a×f = 2×(−2) = −4", "right"),
    ("decrease，b 增大 0.01 时 L 变化 -0.04", "right"),
    ("减小，b 增加 0.01，L 变化了 -0.04", "right"),
    ("decrease，b 增大 0.01 时 L 变化 +0.04", "wrong"),
    ("decrease，因为 dL/db = -4，不过 b 增大时 L 会增大", "wrong"),
    ("decrease，dL/db = -4 这个说法是错的", "wrong"),
    ("decrease，我不认为 dL/db 是负的", "wrong"),
    ("decrease，dL/db = -4 不对", "wrong"),
    ("减小，因为 dL/db = -4，所以说增大是错的", "right"),
    ("decrease, dL/db = 6 is wrong", "unread"),
    # walk 37: L named before b; "falls"; a clause that goes on with a reason of its own
    ("decrease because L goes down when b goes up", "right"),
    ("decrease because L gets smaller as b gets larger", "right"),
    ("decrease because L falls as b rises", "right"),
    ("decrease because dL/db = -4, i.e. L goes down by 4h when b goes up by h", "right"),
    ("decrease: I don't think dL/db is positive", "unread"),
    ("decrease: I don't think dL/db is negative", "wrong"),
    ("decrease: when b goes up, L goes up", "wrong"),
    ("decrease because dL/db = -4 so L goes up when b goes up", "wrong"),
    ("decrease b so L goes up", "right"),
    # walk 38: where dL/db is taken; 4e0; both ways; a false clause or sign after the value;
    # questions (不是负的吗, 难道); Chinese numerals; a value that goes on in words
    ("decrease because dL/db = -4 at b = -3", "partly"),
    ("decrease because dL/db = -4e0", "right"),
    ("decrease because dL/db was -6 with a = 3 but is -4 here", "unread"),
    ("decrease since L drops when b rises and rises when b drops", "unread"),
    ("decrease because dL/db = -4, so L grows with b", "wrong"),
    ("decrease because dL/db is -4, a positive number", "wrong"),
    ("decrease, dL/db = -4 and b is negative", "partly"),
    ("decrease，dL/db 不是负的吗", "unread"),
    ("decrease，dL/db 难道是正的吗", "unread"),
    ("decrease，dL/db 是 4 吗？不是，是 -4", "unread"),
    ("decrease，因为 dL/db 为负六", "wrong"),
    ("减小，因为 dL/db 为负四", "right"),
    ("decrease，因为 dL/db 是 -4 的两倍", "unread"),
    ("decrease 因为 b 每加 0.01，L 多 0.04", "measured"),
    # walk 40: b and L said to move opposite ways, or together
    ("应该减小 b，因为导数为负，b 和 L 变化方向相反", "right"),
    ("减小，因为 dL/db 是 -4，是负的，所以 b 和 L 同向变化", "wrong"),
    ("decrease, b and L move in opposite directions", "right"),
    ("decrease: L and b move together", "wrong"),
    # walk 44: a sign alone; a reason on another variable's slope alone; a move of L denied;
    # a result said with 会让; a sign after arithmetic in words; the question said again
    ("decrease because the sign is +", "wrong"),
    ("decrease because the derivative's sign is -", "right"),
    ("decrease as dL/da = 6", "other"),
    ("decrease since a's gradient is positive", "other"),
    ("decrease as dL/da = 6 and dL/db = -4", "partly"),
    ("decrease, dL/da = 6 is irrelevant", "unread"),
    ("减小b会让L变小", "wrong"),
    ("减小b会让L变大", "right"),
    ("减小，因为减小 b 不会让 L 变大", "wrong"),
    ("减小，因为增大 b 不会让 L 变大", "right"),
    ("减小，因为增大 b 会让 L 变大", "wrong"),
    ("decrease, because increasing b doesn't make L larger", "right"),
    ("减小，因为导数 -4 乘上负的挪动量得正", "unread"),
    ("增大还是减小？减小", "right"),
    ("increase or decrease? decrease", "right"),
    # walk 45: b left out before L; L alone said to go down; dL/db by its formula a*f; a
    # concession; "otherwise"
    ("减小会让 L 变大", "right"),
    ("减小会让 L 变小", "wrong"),
    ("decreasing makes L larger", "right"),
    ("减小，这样 L 就变小了", "wrong"),
    ("减小，因为 L 会变小", "wrong"),
    ("减小，否则 L 会变小", "unread"),
    ("减小，因为 a*f 是正的", "wrong"),
    ("减小，因为 a*f 是负的", "right"),
    ("减小，虽然 dL/df = 4 是正的", "unread"),
    ("decrease: L would go down if we increased b", "right"),
    # walk 46: a pair of b and L led by b; a result with 会让 or "makes"; 而不是, rather than;
    # the loss for L; -b said to grow; along or against the derivative; changes measured
    ("b 减小，L 就增大；b 增大，L 就减小", "right"),
    ("b 增大，L 就减小；b 减小，L 就增大", "right"),
    ("减小 b 会让 d 变小，而 f 是负的，所以 L 变大", "right"),
    ("要减小 b 而不是增大 b", "right"),
    ("decrease b rather than increase it", "right"),
    ("decrease b makes L larger", "right"),
    ("decrease b makes L smaller", "wrong"),
    ("减小 b，因为我们要让损失下降", "wrong"),
    ("decrease because dL/db is -4, and -b grows", "right"),
    ("b 要沿着导数的方向走", "right"),
    ("b 减小 1，L 增加 6", "measured"),
    ("b 减小 1，L 增加 4", "right"),
    ("decrease: when b increases by 0.01, L decreases by 0.04", "right"),
    # walk 47: L said to become a number, or have a number taken from it; against or along
    # the gradient as a reason; gradient ascent; a new value for b; b more negative
    ("Decrease: with dL/db = -4, each 0.01 down in b subtracts 0.04 from L", "wrong"),
    ("decrease b by 1 and L becomes -12", "wrong"),
    ("decrease b by 1 and L becomes -4", "right"),
    ("decrease, against the gradient", "against"),
    ("减小，因为梯度是负的，沿着梯度反方向走", "against"),
    ("decrease, along the gradient", "right"),
    ("梯度上升", "right"),
    ("让 b 更负一点", "right"),
    ("b 取 -3.01", "right"),
    # walk 48: dL/db's value in brackets or alone; a step written on b; the question said again
    ("decrease (dL/db = -4)", "right"),
    ("decrease (-4)", "right"),
    ("b -= h", "right"),
    ("b 减去 h", "right"),
    ("让 b 小于 -3", "right"),
    ("应该增大还是减小？减小", "right"),
    # walk 49: b written with its step; the negative direction
    ("b = b - 0.01", "right"),
    ("b 要减去一点", "right"),
    ("b 往负的方向走", "right"),
    # walk 50: a move by a negative amount is the move the other way
    ("increase b by -0.01", "right"),
    ("递减", "right"),
    ("b += -0.01", "right"),
    ("subtract from b", "right"),
    ("decrease: when b increases by 0.01, L decreases by 0.04", "right"),
])
def test_walk_36_check_direction_judges_what_a_reason_says_dL_db_is(answer, says):
    said, zh = lesson01.check_direction(answer), in_chinese(lambda: lesson01.check_direction(answer))
    start = {"right": ("dL/db = -4 is negative", "dL/db = -4 是负的。"),
             "wrong": ("Decrease is the right direction, but not for the reason you give",
                       "减小 b 的方向是对的，可是你给的理由不对。"),
             "unread": ("The check could not read your reason", "检查函数没能读懂你写的理由"),
             "partly": ("What you say of dL/db is right", "你对 dL/db 的说法是对的"),
             "other": ("Decrease is the right direction for b, but your reason speaks of dL/da",
                       "减小 b 的方向是对的，可是你的理由说的是 dL/da"),
             "measured": ("Decrease is the right direction, but the changes you give do not fit",
                          "减小 b 的方向是对的，可是你给的变化量对不上"),
             "against": ("Decrease is the right direction, but not because it goes against the gradient",
                         "减小 b 的方向是对的，可是理由不是“沿梯度的反方向走”")}[says]
    assert bool(said) is (says not in ("wrong", "other", "measured", "against")) and said.message.startswith(start[0]), said.message
    assert zh.message.startswith(start[1]), zh.message


def test_walk_40_an_accent_and_both_words_for_b():
    assert lesson01.check_direction("décrease")
    said = lesson01.check_direction("increase (no: decrease)")
    assert not said and said.message == 'Answer with one word: "increase" or "decrease".', said


@pytest.mark.parametrize("answer, right", [
    ("增大 -b", True), ("-b 增大", True), ("让 -b 变大", True), ("increase -b", True), ("减小 -b", False)])
def test_walk_42_52_a_direction_for_minus_b_is_the_other_way_for_b(answer, right):
    """Walk 42: "增大 -b" passed as "增大"; walk 52: asked for the word, it was rejected."""
    said = lesson01.check_direction(answer)
    assert bool(said) is right and said.message.startswith(
        "dL/db = -4 is negative" if right else "Look at the sign of dL/db"), said.message
    assert lesson01.check_direction("decrease because dL/db = -4, b = -3")


def judged(answer, start, passing=("dL/db",)):
    """Whether check_direction passes ``answer`` exactly when ``start`` is a passing message's
    start (one of ``passing``), and its message begins with ``start``."""
    said = lesson01.check_direction(answer)
    assert bool(said) is start.startswith(passing) and said.message.startswith(start), said.message


@pytest.mark.parametrize("answer, right", [
    # a step's amount and its sign: a minus, a negative number, dL/db itself (-4)
    ("b 减去 -0.01", False), ("把b减去一个负数", False), ("subtract a negative number from b", False),
    ("b 加上 -0.01", True), ("给b加一个负数", True), ("add a negative number to b", True),
    ("b -= 0.01 * b.grad", False), ("b = b - 0.01*dL/db", False), ("b -= lr * (-4)", False),
    ("b += 0.01 * b.grad", True), ("b = b - 0.01*4", True),
    # a step with a bare 减 or a minus, and L's move beside it; a new value from the old
    ("b减0.01，L增加0.04", True), ("b-0.01，L+0.04", True), ("b+0.01，L-0.04", False),
    ("把 b 从 -3 改成 -4", True), ("b=-4", True), ("b = -2", False),
    # arrows and infinities
    ("b↓", True), ("b↓ L↑", True), ("b↑", False), ("move b towards -infinity", True), ("b 往正无穷走", False),
])
def test_walk_52_a_step_on_b_is_read_with_its_amount_s_sign(answer, right):
    """Walk 52: "b 减去 -0.01" and "b -= 0.01 * b.grad" (gradient descent: b goes up)
    passed as decreases; "b 加上 -0.01", "b减0.01", "b=-4", "b↓" were rejected."""
    said = lesson01.check_direction(answer)
    assert bool(said) is right and said.message.startswith(
        "dL/db = -4 is negative" if right else "Look at the sign of dL/db"), said.message


@pytest.mark.parametrize("answer, right", [
    # a step's amount written with 乘以 or 乘, with 学习率 or 步长: times dL/db (-4) turns it round
    ("b 减去 0.01 乘以导数", False), ("b 减去 0.01 乘以 -4", False), ("b 减去学习率乘以导数", False),
    ("b 减 0.01 乘导数", False), ("b 减去步长乘以梯度", False),
    ("b 加上 0.01 乘以导数", True), ("b 加上学习率乘以梯度", True), ("b = b + 学习率 × 导数", True),
    # new values written with 改为, 新值, or the arithmetic that gives them
    ("b 改为 -3.04", True), ("b 取 -3 - 0.01 = -3.01", True), ("b 新值 = -3 + 0.01 × (-4) = -3.04", True),
    ("b = -3 + 0.01 = -2.99", False),
    # b.data, a bare 减 after 要, away from 0, 左移, the same way as the derivative's sign
    ("b.data -= 0.01", True), ("b.data += 0.01", False), ("梯度为负，所以 b 要减", True), ("b 要加", False),
    ("b 远离 0", True), ("b 靠近 0", False), ("左移", True), ("右移", False),
    ("与导数符号相同的方向", True),
])
def test_walk_53_steps_with_chinese_products_new_values_and_ways_to_0(answer, right):
    """Walk 53: "b 减去 0.01 乘以导数" (b goes up) passed, read as 减去 alone; the rest
    of the right ones were rejected."""
    said = lesson01.check_direction(answer)
    assert bool(said) is right and said.message.startswith(
        "dL/db = -4 is negative" if right else "Look at the sign of dL/db"), said.message


@pytest.mark.parametrize("answer, start", [
    # a move by a negative amount, in symbols or words: the other way
    ("increase b by -h", "dL/db = -4 is negative"), ("increase b by a negative amount", "dL/db = -4 is negative"),
    ("增大一个负数", "dL/db = -4 is negative"), ("decrease b by -h", "Look at the sign"),
    ("decrease b by a negative amount", "Look at the sign"), ("decrease it by -4", "Look at the sign"),
    # against "its" gradient, the opposite of dL/db: gradient descent's reason
    ("decrease b: move it against its gradient", "Decrease is the right direction, but not because"),
    ("decrease b, opposite of dL/db", "Decrease is the right direction, but not because"),
    ("decrease b (opposite to its derivative)", "Decrease is the right direction, but not because"),
    ("follow the gradient", "dL/db = -4 is negative"),
    # L said to become a number, or changed by one: false reasons
    ("decrease, L would become -8.04", "Decrease is the right direction, but not for the reason"),
    ("decrease; increasing b by 0.01 changes L by +0.04", "Decrease is the right direction, but not for"),
    # b's new value by its arithmetic, its values with an arrow, b- and b+
    ("b = -3 - 0.01", "dL/db = -4 is negative"), ("b = -3 + 0.01", "Look at the sign"),
    ("-3 -> -3.01", "dL/db = -4 is negative"), ("-3 -> -2.99", "Look at the sign"),
    ("b-", "dL/db = -4 is negative"), ("b+", "Look at the sign"), ("move b away from zero", "dL/db = -4"),
])
def test_walk_53_negative_amounts_its_gradient_and_b_s_arithmetic(answer, start):
    """Walk 53: the right ones were rejected, the wrong ones passed ("decrease b by -h")
    or passed with an unread reason ("against its gradient")."""
    judged(answer, start)


@pytest.mark.parametrize("answer, start", [
    ("减小 b，每减 0.01，L 增大 0.4", "Decrease is the right direction, but the changes you give do not fit"),
    ("减小 b，b 减 0.01 时 L 增大 0.4", "Decrease is the right direction, but the changes you give do not fit"),
    ("减小，和导数符号相反", "Decrease is the right direction, but not because it goes against"),
    ("把 b 调到 -4", "dL/db = -4 is negative"), ("把 b 调到 -2", "Look at the sign of dL/db"),
    ("b = b + (-h)", "dL/db = -4 is negative"), ("b 要变负一些", "dL/db = -4 is negative"),
    ("b 往 -∞ 方向", "dL/db = -4 is negative"), ("b *= 2", "dL/db = -4 is negative"),
    ("b *= 0.5", "Look at the sign of dL/db"), ("增大 b 不行，要减小", "dL/db = -4 is negative"),
])
def test_walk_54_chinese_measures_new_values_and_denials(answer, start):
    """Walk 54: the first three passed with a false reason; the rest were rejected."""
    judged(answer, start)


@pytest.mark.parametrize("answer, start", [
    # a direction word for b with an amount: the amount's sign turns it
    ("b 应该减小 0.01 乘以梯度", "Look at the sign of dL/db"), ("b 应该增大 0.01 乘以梯度", "dL/db = -4"),
    ("decrease b by 0.01 * b.grad", "Look at the sign of dL/db"), ("decrease b by -0.01 * b.grad", "dL/db = -4"),
    # another variable moved the right way before b's answer; b left as it is
    ("增大 a 并减小 b", "dL/db = -4 is negative"), ("b 不变，减小 f", "Leaving b as it is leaves L as it is"),
])
def test_walk_57_amounts_after_a_direction_word_and_b_left_as_it_is(answer, start):
    """Walk 57: the first passed (b + 0.04); 'b 不变，减小 f' was told f moved 'the same way'
    as b, which did not move; '增大 a 并减小 b' was asked for one word."""
    judged(answer, start)


@pytest.mark.parametrize("answer, start", [
    # b's gradient in words, subtracted or added
    ("b 减去 b 的梯度", "Look at the sign of dL/db"), ("b 加上 b 的梯度", "dL/db = -4 is negative"),
    # another variable moved in a clause of its own: judged by its own slope
    ("减小 b，同时减小 a", "The question is about b alone, and your answer also moves a the way that makes L smaller"),
    ("减小 b，增大 c", "The question is about b alone, and your answer also moves c the way that makes L smaller"),
    ("减小 b 并增大 c", "The question is about b alone, and your answer also moves c the way that makes L smaller"),
    ("减小 b，增大 a", "dL/db = -4 is negative"),  # a up takes L up too (dL/da = 6)
    # what L becomes, with 会 or 时
    ("减小，L 会从 -8 变成 -8.04", "Decrease is the right direction, but not for the reason"),
    ("减小，b 变成 -4 时 L = -12", "Decrease is the right direction, but not for the reason"),
    # b's values with from ... to, towards a number, the negative direction, left
    ("让 b 更接近 -4", "dL/db = -4 is negative"), ("b goes from -3 to -3.01", "dL/db = -4 is negative"),
    ("b: -3 -> -3.01", "dL/db = -4 is negative"), ("b goes from -3 to -2.99", "Look at the sign"),
    ("move b towards -4", "dL/db = -4 is negative"), ("negative direction", "dL/db = -4 is negative"),
    ("move b left", "dL/db = -4 is negative"), ("move b right", "Look at the sign of dL/db"),
])
def test_walk_56_gradients_in_words_other_variables_in_clauses_and_b_s_values(answer, start):
    """Walk 56: 'b 减去 b 的梯度' (b up) and a wrong move of a, c or f beside b passed."""
    judged(answer, start, ("dL/db", "The check could not"))


@pytest.mark.parametrize("answer, start", [
    # lesson 03's own line for b's grad
    ("decrease, since b.grad = a.data * e.grad = -4", "dL/db = -4 is negative"),
    ("decrease since b.grad = a * e.grad = -4", "dL/db = -4 is negative"),
    ("decrease since b.grad = a.data * e.grad = 4", "Decrease is the right direction, but not for the reason"),
    # new values, products and distances from 0 in Chinese; L said to become k times itself
    ("b 从 -3 减到 -4，L 从 -8 变成 -4", "dL/db = -4 is negative"), ("把 b 减到 -5，L 会变为 0", "dL/db = -4"),
    ("b 乘以 2", "dL/db = -4 is negative"), ("b = 2*b", "dL/db = -4 is negative"),
    ("b 变成 2b", "dL/db = -4 is negative"), ("b 乘以 0.5", "Look at the sign of dL/db"),
    ("让 b 离 0 更远", "dL/db = -4 is negative"), ("让 b 变得更远离零", "dL/db = -4 is negative"),
    ("减小 b，L 变成 4 倍", "Decrease is the right direction, but not for the reason"),
])
def test_walk_55_grads_by_lesson_03_s_line_products_and_l_times_itself(answer, start):
    """Walk 55: the right ones were rejected; 'L 变成 4 倍' (-32: L falls) passed."""
    judged(answer, start)


@pytest.mark.parametrize("answer, start", [
    # ∂L/∂b, as lesson 03 writes it, is dL/db (it was read as dL/dd)
    ("decrease, because ∂L/∂b = -4", "dL/db = -4 is negative"), ("decrease (∂L/∂b = −4)", "dL/db = -4"),
    ("decrease, because ∂L/∂b = 4", "Decrease is the right direction, but not for the reason"),
    # the reason first, then a colon and the answer
    ("dL/db = -4: decrease", "dL/db = -4 is negative"), ("the sign of dL/db = -4: decrease", "dL/db = -4"),
    # a slope of another variable with its way to b is the chain rule, not another variable's reason
    ("decrease, dL/de = -2 and de/db = a = 2", "The check could not read your reason"),
    # a new value of b, and what L becomes then
    ("decrease b to -4, then L becomes -4", "dL/db = -4 is negative"),
    ("b = -5 gives L = 0, so decrease", "dL/db = -4 is negative"), ("b should be -3.01", "dL/db = -4"),
    # L said to move the same way as b: a false reason; b moved together with another variable
    ("decrease, -4 means L moves 4 times as far as b, in the same direction",
     "Decrease is the right direction, but not for the reason"),
    ("decrease b and a", "The question is about b alone, and your answer also moves a the way "
                         "that makes L smaller: dL/da = 6."),
    ("减小 a 和 b", "The question is about b alone, and your answer also moves a the way that makes L smaller"),
    ("减小 b 和 c", "dL/db = -4 is negative"),  # walk 55: c down takes L up too (dL/dc = -2)
    ("decrease b and a little", "dL/db = -4 is negative"),
    # the slope with its value and no verb
    ("decrease; gradient +4", "Decrease is the right direction, but not for the reason"),
    ("decrease; gradient -4", "dL/db = -4 is negative"),
])
def test_walk_54_partial_derivatives_reasons_first_and_other_variables(answer, start):
    """Walk 54: each was rejected though right, or passed though wrong (or unread)."""
    judged(answer, start, ("dL/db", "The check could not", "What you say"))


@pytest.mark.parametrize("answer", ["b 要减小，dL/db = -4 表示 b 每增大 1，L 增大 4",
                                    "减小b，b 变化 -0.01 时 L 变化 -0.04"])
def test_walk_53_a_change_measured_the_wrong_way_is_a_wrong_reason(answer):
    """Walk 53: the first passed (its measure was taken out with the statement of dL/db),
    the second was not read ("b 变化 -0.01")."""
    said = lesson01.check_direction(answer)
    assert not said and said.message.startswith("Decrease is the right direction, but"), said.message


@pytest.mark.parametrize("answer, start", [
    # a step against "it", the gradient named before: the reason of gradient descent
    ("decrease: the gradient is -4, go against it", "Decrease is the right direction, but not because it goes"),
    ("减小，导数是 -4，往它的反方向走", "Decrease is the right direction, but not because it goes"),
    # dL/db said in words
    ("decrease because the derivative is four", "Decrease is the right direction, but not for the reason"),
    ("减小，因为导数是负四", "dL/db = -4 is negative"),
    ("decrease since the slope is minus four", "dL/db = -4 is negative"),
    # L's change said with "go from": -8.04 is down, a false reason
    ("decrease; b = -3 -> -3.01 makes L go from -8 to -8.04", "Decrease is the right direction, but not for"),
    # an answer that says both ways (a step that moves b up after "decrease")
    ("decrease, gradient -4, step against it: b = b - 0.01*(-4)", "Answer with one word"),
    ("decrease, the opposite of the gradient sign... wait the gradient is negative so increase",
     "Look at the sign of dL/db"),
])
def test_walk_52_reasons_against_it_in_words_and_both_ways(answer, start):
    """Walk 52: each passed, or was judged as the decrease the learner took back."""
    judged(answer, start)


@pytest.mark.parametrize("answer, close", [("减", "减小"), ("大。", "变大")])
def test_walk_43_one_chinese_character_is_asked_about_as_the_word_it_may_start(answer, close):
    english, chinese = lesson01.check_direction(answer), in_chinese(lambda: lesson01.check_direction(answer))
    word = answer.rstrip("。")
    assert not english and english.message == (
        f'Is "{word}" meant to be "{close}"? Write the word for b as "increase" or "decrease".')
    assert chinese.message.startswith(f"“{word}”是不是想写“{close}”？请用一个完整的词")


@pytest.mark.parametrize("answer, right, english, chinese", [
    ("increase the magnitude of b", True, "b is -3, so a larger |b| is a smaller b: you decrease b",
     "b 是 -3，所以 |b| 变大就是 b 变小"),
    ("减小 b 的绝对值", False, "b is -3, so a smaller |b| is a larger b: that increases b",
     "b 是 -3，所以 |b| 变小就是 b 变大"),
    ("don't increase |b|", False, "Your answer speaks of the size of b (its magnitude, |b| = 3)",
     "你的回答说的是 b 的绝对值 |b| = 3"),
])
def test_walk_45_an_answer_for_the_magnitude_of_b_is_read_as_one(answer, right, english, chinese):
    """b is -3: "decrease the magnitude of b" passed as "decrease", and "increase the
    magnitude of b", right, was told to look at the sign."""
    said, zh = lesson01.check_direction(answer), in_chinese(lambda: lesson01.check_direction(answer))
    assert bool(said) is right and said.message.startswith(english), said.message
    assert zh.message.startswith(chinese), zh.message
    assert lesson01.check_direction("decrease, b is negative so its magnitude grows")


@pytest.mark.parametrize("answer, start", [
    ("decrease? or increase?", "Answer with one word"),
    ("减小？还是增大？", "Answer with one word"),
    ("L 要变大，所以 b 要往导数的反方向走", "Look at the sign of dL/db"),
    ("梯度下降", "Look at the sign of dL/db"),
    ("沿负梯度方向", "Look at the sign of dL/db"),
    ("L 要变大，所以 b 要往导数的反方向走", "Look at the sign of dL/db"),
    ("b 取 -2.9", "Look at the sign of dL/db"),
    ("负", '"负" could be the sign of dL/db or the way to move b'),
    ("b减", 'Is "减" meant to be "减小"?'),
    # walk 48: a fact with no answer; a third way; a way b does not go; b + h
    ("增大b会使L变小", "What you write is true: making b larger makes L smaller. But it does not say"),
    ("不变", "Leaving b as it is leaves L as it is"),
    ("不应该增大", "Say which way b should go, not which way it should not"),
    ("b + h", "Look at the sign of dL/db"),
    # walk 49: the opposite of a way; a sign's word alone
    ("增大的反方向", "Write the way itself rather than the opposite of the other"),
    ("minus", '"minus" could be the sign of dL/db or the way to move b'),
    ("decrease b by -0.01", "Look at the sign of dL/db"),
    ("de crease", 'Is "de crease" meant to be "decrease"?'),
    ("b -= -0.01", "Look at the sign of dL/db"),  # b goes up: it passed, read as "b -="
    ("减小 -0.01", "Look at the sign of dL/db"),
])
def test_walk_46_answers_that_offer_both_ways_or_the_way_against_the_slope_fail(answer, start):
    said = lesson01.check_direction(answer)
    assert not said and said.message.startswith(start), said.message
