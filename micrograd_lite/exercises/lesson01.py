"""Checks for lesson 01, "What a derivative tells you".

The lesson's function is f(x) = 3x² - 4x + 5 (exact slope 6x - 4); the expression of
the post 《神经网络原理1 - 导数的作用》 is L = (a*b + c) * f with a = 2, b = -3, c = 10, f = -2.
"""

import math

from ..engine import Value
from ..language import text
from ..numeric import central_difference, forward_difference
from .answers import (as_number, check_number, not_a_number, placeholder, read_number,
                      shown, shown_beside)
from .direction_answer import judge_direction
from .feedback import Feedback
from .learner_code import reads_answer_in_time

__all__ = ["check_slope", "check_nudge_b", "check_direction", "check_error_factor"]


def _f(x):
    return 3 * x**2 - 4 * x + 5


# The forward difference of this parabola is exactly 6x - 4 + 3h: each h gives its own number
_OTHER_STEPS = (1.0, 0.1, 0.01, 1e-4, 1e-5, 1e-6)


def _forward(h, x=-1.0):
    return (_f(x + h) - _f(x)) / h


_SLOPE = _forward(0.001)  # what the exercise measures: -9.997


@reads_answer_in_time
def check_slope(answer):
    """Exercise: the slope of f at x = -1, measured with h = 0.001: -9.997 (the
    exact derivative is -10)."""
    return check_number(
        answer,
        what=text("lesson01.slope.what"),
        target=_SLOPE,
        tol=1e-6,
        exact_derivative=-10.0,
        right=lambda value: text("lesson01.slope.right", value=value),
        mistakes=[
            (12.0, 1e-6, text("lesson01.slope.value_not_slope")),
            (10.0, 1e-9, text("lesson01.slope.exact_sign")),  # 4 - 6x, or 6x + 4 at x = 1
            (10.003, 1e-6, text("lesson01.slope.minus_h")),  # (f(x - h) - f(x)) / h
            (10.0, 0.01, text("lesson01.slope.sign")),
            (-0.01, 1e-4, text("lesson01.slope.change_not_divided")),
            (-10.003, 1e-6, text("lesson01.slope.backward")),
            *((_forward(h), 1e-8, text("lesson01.slope.other_h", h=f"{h:g}"))
              for h in _OTHER_STEPS),
            (_forward(0.001, x=1.0), 1e-8, text("lesson01.slope.at_plus_one")),  # 2.003
            (2.0, 0.01, text("lesson01.slope.two")),  # 6x - 4 at x = 1, or f typed 2x + 5
            (14.0, 0.01, text("lesson01.slope.at_three")),
        ],
        otherwise=lambda value: text("lesson01.slope.otherwise", value=shown_beside(value, _SLOPE)),
    )


@reads_answer_in_time
def check_nudge_b(answer):
    """Exercise: dL/db when a = 3 (b = -3, c = 10, f = -2): exactly a*f = -6."""
    if isinstance(answer, Value):
        if answer.data == -8.0:
            message = text("lesson01.nudge_b.value_is_L_a2", data=answer.data)
        elif answer.data == -2.0:
            message = text("lesson01.nudge_b.value_is_L_a3", data=answer.data)
        else:
            message = text("lesson01.nudge_b.value", data=answer.data)
        return Feedback(False, message)
    return check_number(
        answer,
        what=text("lesson01.nudge_b.what"),
        target=-6.0,
        tol=1e-6,
        right=lambda value: text("lesson01.nudge_b.right", value=value),
        mistakes=[
            (-4.0, 0.01, text("lesson01.nudge_b.a2")),
            (6.0, 0.01, text("lesson01.nudge_b.sign")),
            (-0.006, 1e-4, text("lesson01.nudge_b.not_divided")),
            (-2.0, 0.0, text("lesson01.nudge_b.L_a3")),
            (-2.0, 1e-9, text("lesson01.nudge_b.dL_dc_a3")),  # -1.99999999999889: c nudged
            (-2.0, 0.07, text("lesson01.nudge_b.L2_a3")),  # L2 for h up to 0.01
            (1.0, 0.01, text("lesson01.nudge_b.dL_df_a3")),
            (4.0, 0.01, text("lesson01.nudge_b.dL_df_a2")),
            (-8.0, 0.01, text("lesson01.nudge_b.L_a2")),
            (3.0, 0.01, text("lesson01.nudge_b.dd_db")),  # dd/db = a, with no factor f
            (-3.0, 0.01, text("lesson01.nudge_b.half")),
            (-60.0, 0.1, text("lesson01.nudge_b.ten_times")),  # b + 0.01, divided by 0.001
            (-0.6, 0.001, text("lesson01.nudge_b.tenth")),
        ],
        otherwise=lambda value: text("lesson01.nudge_b.otherwise", value=shown_beside(value, -6.0)),
    )


@reads_answer_in_time
def check_direction(answer):
    """Exercise: to make L larger, move b up or down? dL/db = -4 < 0, so down.

    The words "increase"/"decrease" (and the like) count, and in Chinese
    增大/减小 (and the like); a reason beside the word is read (see
    :mod:`.direction_answer`)."""
    if answer is None:
        return placeholder(text("lesson01.direction.what"))
    if not isinstance(answer, str):
        if as_number(answer) is not None:
            return Feedback(False, text("lesson01.direction.number"))
        return not_a_number(answer, text("lesson01.direction.kind"))
    return judge_direction(answer)


_ERROR_FACTOR_RIGHT_KEYS = {True: "lesson01.error_factor.right_exact",
                            False: "lesson01.error_factor.right"}


# the two curves of the error figure, as a message names them
_CURVE_KEYS = {"forward": "lesson01.error_factor.curve_forward",
               "central": "lesson01.error_factor.curve_central"}
_DIFFERENCES = {"forward": forward_difference, "central": central_difference}
# what they show at the question's two steps: (curve, h as the question writes it, error)
_READ_OFF_ERRORS = tuple((curve, step, abs(_DIFFERENCES[curve](math.exp, 1.0, float(step)) - math.e))
                         for curve in _DIFFERENCES for step in ("1e-2", "1e-3"))


@reads_answer_in_time
def check_error_factor(answer):
    """Exercise: by what factor does the central difference's error shrink when h
    shrinks from 1e-2 to 1e-3 (exp at x = 1)? It shrinks like h², so by 100."""
    value = read_number(answer, what=text("lesson01.error_factor.what"))
    if isinstance(value, Feedback):
        return value
    if 80.0 <= value <= 125.0:
        exact = math.isclose(value, 100.0, rel_tol=1e-9)  # 99.99999999999999 too
        return Feedback(True, text(_ERROR_FACTOR_RIGHT_KEYS[exact], value=shown(value)))
    if 8.0 <= value <= 12.5:
        return Feedback(False, text("lesson01.error_factor.forward"))
    if 1.5 <= value <= 2.5:
        return Feedback(False, text("lesson01.error_factor.power"))
    for curve, h, error in _READ_OFF_ERRORS:
        if math.isclose(value, error, rel_tol=0.2):
            return Feedback(False, text("lesson01.error_factor.read_off", value=value,
                                        curve=text(_CURVE_KEYS[curve]), h=h, error=error))
    if 0.0 < value < 1e-3:
        return Feedback(False, text("lesson01.error_factor.an_error", value=value))
    if 0.0 < value < 1.0 and 80.0 <= 1.0 / value <= 125.0:
        return Feedback(False, text("lesson01.error_factor.reciprocal", value=value,
                                    denominator=round(1.0 / value)))
    if 0.0 < value < 1.0 and 8.0 <= 1.0 / value <= 12.5:
        return Feedback(False, text("lesson01.error_factor.reciprocal_forward", value=value,
                                    denominator=round(1.0 / value)))
    if 0.0 < value < 1.0:
        return Feedback(False, text("lesson01.error_factor.below_one", value=value))
    if 800.0 <= value <= 1250.0:
        return Feedback(False, text("lesson01.error_factor.cubic"))
    if value <= 0.0:
        return Feedback(False, text("lesson01.error_factor.negative"))
    return Feedback(False, text("lesson01.error_factor.otherwise", value=value))
