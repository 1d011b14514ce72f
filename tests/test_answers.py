"""The rules every numeric check shares (exercises/answers.py), in both languages:
a Value is not a number, one tolerance policy for rounded answers, which way a
number is off, numbers as messages show them; and an error in the learner's
code explained in Chinese (exercises/learner_code.py)."""

import math

import numpy as np
import pytest
from languages import in_chinese

from micrograd_lite import set_language
from micrograd_lite.engine import Value
from micrograd_lite.exercises import answers, lesson01, lesson02, lesson03, lesson04, lesson05
from micrograd_lite.exercises.learner_code import call_learner_code, explanation_of
from micrograd_lite.widgets.graphs import backprop_state


@pytest.fixture(autouse=True)
def english_after():
    set_language("en")
    yield
    set_language("en")


def in_both(make):
    """``make()`` in English, then in Chinese: two Feedbacks (or strings)."""
    english = make()
    set_language("zh")
    try:
        chinese = make()
    finally:
        set_language("en")
    return english, chinese


# ----------------------------------------------------------------------
# A Value given where a number is asked for
# ----------------------------------------------------------------------
class LearnersValue:
    """A learner's own Value class (lesson 06): data and grad, nothing else."""

    def __init__(self, data):
        self.data, self.grad = data, 0.0


def lesson01_L():
    a, b, c, f = (Value(x, label=name) for x, name in zip((2.0, -3.0, 10.0, -2.0), "abcf"))
    return (a * b + c) * f


VALUE_GIVEN = ("You gave a Value (data {data}, grad 0); the answer is a plain number. If a "
               "Value holds the number asked for, give its .data, not the whole Value.",
               "你给的是一个 Value（data {data}，grad 0）。答案是一个普通的数。如果要的数存放在"
               "某个 Value 里，请给出它的 .data，而不是整个 Value。")


HOLDING_ANSWER = ("You gave a Value whose data, {data}, is the number asked for. The answer is "
                  "that number itself, not a Value: answer = {data}",
                  "你给的 Value 的 data 是 {data}，正是要的数。答案要的是这个数本身，不是 Value，"
                  "写成 answer = {data}。")


@pytest.mark.parametrize("check, make, data, said", [
    (lesson01.check_slope, lambda: Value(-10.0), "-10", VALUE_GIVEN),
    (lesson04.check_largest_rate, lambda: Value(1.0), "1", HOLDING_ANSWER),
    (lesson04.check_bowl_rate, lambda: Value(0.1), "0.1", HOLDING_ANSWER),
    (lesson05.check_hinge_loss, lambda: Value(0.4), "0.4", HOLDING_ANSWER),
    (lesson05.check_constant_score, lambda: Value(2.0), "2", HOLDING_ANSWER),
])
def test_a_value_is_never_accepted_as_a_number(check, make, data, said):
    english, chinese = in_both(lambda: check(make()))
    assert not english.correct and not chinese.correct
    assert english.message == said[0].format(data=data)
    assert chinese.message == said[1].format(data=data)


@pytest.mark.parametrize("make, data", [
    (lesson01_L, "-8"),  # answer = L
    (lambda: Value(7.0), "7"),  # its data is the right count
    (lambda: LearnersValue(7.0), "7"),
])
def test_a_value_given_as_a_count_is_told_a_count_is_asked(make, data):
    english, chinese = in_both(lambda: lesson02.check_value_count(make()))
    assert not english.correct and not chinese.correct
    assert english.message == (f"You gave a Value (data {data}). The answer is a count, a whole "
                               "number: how many Values make up the graph of L.")
    assert chinese.message.startswith(f"你给的是一个 Value（data {data}）")


def test_a_value_given_for_its_grad_is_told_which_attribute():
    s = Value(3.0)
    s.grad = 7.0  # even with the right grad inside, the whole Value is not the number
    english, chinese = in_both(lambda: lesson03.check_accumulation(s))
    assert not english.correct
    assert english.message == ("You gave a whole Value (data 3, grad 7). The answer is one "
                               "number, the .grad of s: answer = s.grad")
    assert chinese.message == ("你给的是整个 Value（data 3，grad 7）。答案是一个数，也就是 s 的 "
                               ".grad，写成 answer = s.grad。")


def test_a_value_whose_number_is_wrong_too_is_not_told_its_number_is_the_answer():
    """Walk finding: Value(0.6) in lesson 04 was told "answer = w.data" alone, which
    reads as if 0.6 were right; its number gets the check's verdict too."""
    english, chinese = in_both(lambda: lesson04.check_second_step(Value(0.6)))
    assert not english.correct
    assert english.message == (
        "You gave a whole Value (data 0.6, grad 0). The answer is one number, the .data of w: "
        "answer = w.data. The .data of the Value you gave, 0.6, is not the answer either. 0.6 reuses the first "
        "step's gradient, -8. The gradient must be computed again at the new w = -0.2.")
    assert chinese.message.endswith("你给的这个 Value 的 .data（0.6）也不是答案。0.6 用的还是第一步的梯度 -8。"
                                    "梯度要在新的 w = -0.2 处重新计算。")
    s = Value(3.0)
    s.grad = 5.0
    message = lesson03.check_accumulation(s).message
    assert message.endswith("answer = s.grad. The .grad of the Value you gave, 5, is not the answer either.")
    # walk 17: t = s*s + s given, its grad (1) is not "its .grad" the answer asks for
    t = s * s + s
    t.backward()
    assert "The answer is one number, the .grad of s: answer = s.grad. The .grad of the Value " \
           "you gave, 1, is not the answer either." in lesson03.check_accumulation(t).message


def test_only_an_exercise_that_asks_for_a_value_reads_its_data():
    def check(answer, **kwargs):
        return answers.check_number(answer, what="o", target=0.5, tol=1e-9, right="R",
                                    otherwise="O", **kwargs)
    assert check(Value(0.5), accepts_value=True).correct
    assert not check(Value(0.5)).correct
    assert answers.as_number(Value(0.5)) is None
    assert answers.is_value(LearnersValue(1.0)) and not answers.is_value(np.float64(1.0))
    assert answers.as_number(np.float64(0.5)) == 0.5


# ----------------------------------------------------------------------
# The tolerance policy for rounded answers
# ----------------------------------------------------------------------
O = math.tanh(2.0 * -3.0 + 1.0 + 6.8813735870195432)  # 0.9546141..., shown as 0.9546
MEASURED = ((3 * (-1 + 1e-3) ** 2 - 4 * (-1 + 1e-3) + 5) - (3 + 4 + 5)) / 1e-3  # -9.997


def check_o(answer):
    return answers.check_number(answer, what="o", target=O, tol=1e-9, right="R.",
                                otherwise=lambda value: f"{answers.shown(value)} is not o.")


def check_slope(answer):
    return answers.check_number(answer, what="the slope", target=MEASURED, tol=1e-6,
                                exact_derivative=-10.0, right="R.",
                                otherwise=lambda value: f"{answers.shown(value)} is not it.")


@pytest.mark.parametrize("answer, english, chinese", [
    (0.9546, "R. Your number is right to 4 significant digits; with more digits it is 0.95461413.",
     "R.你的数在 4 位有效数字内是对的；保留更多位是 0.95461413。"),
    (0.954614, "R. Your number is right to 6 significant digits; with more digits it is "
     "0.95461413.", "R.你的数在 6 位有效数字内是对的；保留更多位是 0.95461413。"),
    # walk 17: within half a unit of the 5th digit, but 0.95462 and 0.95461 rounded: 4 digits
    (0.9546164695, "R. Your number is right to 4 significant digits; with more digits it is "
     "0.95461413.", "R.你的数在 4 位有效数字内是对的；保留更多位是 0.95461413。"),
])
def test_an_answer_right_to_the_digits_shown_is_right_and_told_so(answer, english, chinese):
    en, zh = in_both(lambda: check_o(answer))
    assert en.correct and zh.correct
    assert (en.message, zh.message) == (english, chinese)


@pytest.mark.parametrize("answer, english, chinese", [
    (0.95, "0.95 is the answer rounded to 2 decimals, too coarse to tell it from nearby wrong "
     "answers. Keep at least 4 significant digits, or put the variable itself in answer.",
     "0.95 是答案四舍五入到 2 位小数的结果，太粗了，没法和附近的错误答案区分开。请至少保留 4 位有效数字，"
     "或者直接把那个变量放进 answer。"),
    (0.955, "0.955 is the answer rounded to 3 decimals, too coarse to tell it from nearby wrong "
     "answers. Keep at least 4 significant digits, or put the variable itself in answer.",
     "0.955 是答案四舍五入到 3 位小数的结果，太粗了，没法和附近的错误答案区分开。请至少保留 4 位有效数字，"
     "或者直接把那个变量放进 answer。"),
    (0.9545, "0.9545 is not o.", "0.9545 is not o."),  # cut off, not rounded: another number
])
def test_an_answer_rounded_to_fewer_digits_is_too_coarse(answer, english, chinese):
    en, zh = in_both(lambda: check_o(answer))
    assert not en.correct and not zh.correct
    assert (en.message, zh.message) == (english, chinese)


def test_one_decimal_is_said_in_the_singular():
    en, zh = in_both(lambda: answers.check_number(12.3, what="x", target=12.3456, tol=1e-9,
                                                  right="R", otherwise="O"))
    assert en.message.startswith("12.3 is the answer rounded to 1 decimal, too coarse")
    assert zh.message.startswith("12.3 是答案四舍五入到 1 位小数的结果")


@pytest.mark.parametrize("answer", [0.4, 0.44004, 0.440001])
def test_a_target_with_no_more_digits_than_shown_is_never_called_rounded(answer):
    feedback = answers.check_number(answer, what="w", target=0.44, tol=1e-9, right="R",
                                    otherwise="O")
    assert (feedback.correct, feedback.message) == (False, "O")


def test_a_measured_target_is_not_its_exact_derivative():
    assert check_slope(-9.997).message == "R." and check_slope(MEASURED).correct
    assert check_slope(-9.99).message == "-9.99 is not it."
    en, zh = in_both(lambda: check_slope(-10))
    assert not en.correct and not zh.correct
    assert en.message == ("Your number is (or is all but) the exact derivative, -10. A central difference gives it too, "
                          "up to rounding, and so do a forward difference with an h far smaller "
                          "than the one asked for, or the measured slope rounded to fewer "
                          "digits. The exercise asks for the slope measured "
                          "with the h it gives, (f(x + h) - f(x)) / h, which differs a little "
                          "from the exact derivative. Measure it and put that number, unrounded, "
                          "in answer.")
    assert zh.message == ("你的数就是（或几乎就是）精确的导数 -10。用中心差分、用比要求小得多"
                          "的 h 做前向差分，或者把测得的斜率四舍五入，都会得到这个数。"
                          "练习要的是用给定的 h 测量出来的斜率 "
                          "(f(x + h) - f(x)) / h，它和精确导数差一点。请测量它，再把测量出来的数原样"
                          "放进 answer，不要四舍五入。")


@pytest.mark.parametrize("value, target, digits", [
    (0.9546, O, 4), (0.95, O, 2), (0.9545, O, 3), (-10.0, MEASURED, 3), (-9.997, MEASURED, 13),
    (1.0, -1.0, 0), (math.inf, O, 0),
])
def test_agreeing_digits(value, target, digits):
    assert answers.agreeing_digits(value, target) == digits


# ----------------------------------------------------------------------
# Which way a number is off, and numbers as messages show them
# ----------------------------------------------------------------------
@pytest.mark.parametrize("got, want, english, chinese", [
    (0.0, -1.0, "too large by 1", "偏大 1"),
    (0.786, 1.786, "too small by 1", "偏小 1"),  # 0.786 - 1.786 is -0.9999999999999999
    (2.5, 2.25, "too large by 0.25", "偏大 0.25"),
])
def test_off_by_says_which_way_in_words(got, want, english, chinese):
    assert in_both(lambda: answers.off_by(got, want)) == (english, chinese)


@pytest.mark.parametrize("value, written", [
    (0.44 + 0.64, "1.08"),  # 1.0800000000000003: float noise goes
    (0.1 + 0.2, "0.3"),
    (0.4000001, "0.4000001"),  # typed: every digit stays
    (0.999999, "0.999999"),
    (0.44000213412, "0.440002"),  # computed: never rounded onto 0.44
    (2 / 3, "0.6667"),
    (MEASURED, "-9.997"),
    (1e-8, "1e-8"),
    (7.0, "7"),
    (-0.0, "0"),
    (math.inf, "inf"),
])
def test_shown(value, written):
    assert answers.shown(value) == written


def test_a_computed_answer_is_quoted_without_float_noise():
    assert lesson04.check_second_step(0.44 + 0.64).message.startswith("1.08 is not w after the second update.")


def test_a_negative_factor_in_the_stepper_is_in_parentheses():
    step = lambda: backprop_state(lesson01_L(), 2).lines[1:]  # noqa: E731  the + node
    english, chinese = in_both(step)
    assert english == ["[*].grad += 1.0000 × (-2.0000) -> -2.0000",
                       "c.grad += 1.0000 × (-2.0000) -> -2.0000"]
    assert chinese == ["[*].grad += 1.0000 × (-2.0000) → -2.0000",
                       "c.grad += 1.0000 × (-2.0000) → -2.0000"]
    assert backprop_state(lesson01_L(), 1).lines[1] == "[+].grad += -2.0000 × 1.0000 -> -2.0000"


# ----------------------------------------------------------------------
# An error in the learner's code, in Chinese
# ----------------------------------------------------------------------
def bad_power():
    return Value(-8.0) ** 0.5


def made_without_local_derivatives():
    Value(2.0, (Value(1.0),), "+").backward()


ENGINE_ERRORS = {
    "a str given to Value": (lambda: Value("x"), "意思是这里只能用实数（int 或 float）。"),
    "a Value given to Value": (lambda: Value(Value(2.0)),
                               "意思是这里只能用实数（int 或 float），不能用整个 Value。"
                               "要用 Value 里的数，就取它的 .data。"),
    "a number as a child": (lambda: Value(1.0, (2.0,)),
                            "意思是 _children 必须是一个元组，里面放算出这个节点的那些 Value，"
                            "而且是这个包自己的 Value 类。别的类（比如你自己写的 Value）的对象不算。"
                            "要给 Value 起名字，请用 label=...。"),
    "no local derivatives": (made_without_local_derivatives,
                             "意思是这个节点是用 Value(data, _children, _op) 造的，没有局部导数。"
                             "请给它一个 _backward 闭包（out._backward = ...），或者用 "
                             "Value.operation(data, children, local_grads, op) 来造它。"),
    "log of a negative number": (lambda: Value(-2.0).log(), "意思是 log 只对正数有定义。"),
    "a negative base to a fractional power": (bad_power, "意思是负数的小数次幂不是实数。"),
    "a Value exponent of a negative base": (lambda: (-2.0) ** Value(0.5),
                                            "意思是指数是 Value 时，底数必须是正数。"
                                            "指数的局部导数要用到底数的自然对数。"),
    "a misspelt method": (lambda: Value(1.0).tanhh(),
                          "意思是这个对象没有这个属性或方法。可能是名字拼错了，也可能是类里还没有定义它。"),
    "an undefined name": (lambda: undefined_name,  # noqa: F821
                          "意思是这个名字还没有定义。可能是名字拼错了，也可能是定义它的单元格还没有运行。"),
    "a division by zero": (lambda: 1 / 0, "意思是除数是 0。"),
    "not recognised": (lambda: {}["a"], ""),
}


def raised_by(code):
    try:
        code()
    except Exception as error:  # the error the learner's code raises
        return error
    raise AssertionError("no error")


@pytest.mark.parametrize("case", list(ENGINE_ERRORS))
def test_an_error_is_explained_in_chinese_after_its_own_text_in_code_quotes(case):
    code, explanation = ENGINE_ERRORS[case]
    error = raised_by(code)
    english = call_learner_code(code, doing="building a node")[1].message
    set_language("zh")
    try:
        chinese = call_learner_code(code, doing="构造节点")[1].message
    finally:
        set_language("en")
    kind = type(error).__name__
    # English as before: the error's own text, no explanation
    assert english.startswith(f"Your code raised {kind}: {error}, while building a node. "
                              "It came from line ")
    assert explanation_of(error) == ""
    assert chinese.startswith(f"构造节点时，你的代码抛出了 {kind}。错误信息是 `{error}`。"
                              f"{explanation}出错的是")


def test_a_decimal_is_read_as_the_number_it_is():
    """Walk finding: Decimal(1) was refused as "not a number" while Fraction(1) passed."""
    from decimal import Decimal
    from fractions import Fraction
    assert answers.as_number(Decimal("0.44")) == 0.44 == answers.as_number(Fraction(11, 25))
    assert lesson04.check_second_step(Decimal("0.44")).correct


def test_an_int_too_large_for_a_float_is_answered_not_raised():
    """Walk finding: check_slope(10**400) raised OverflowError out of the check."""
    feedback = lesson01.check_slope(10**400)
    assert not feedback and feedback.message.startswith("inf is not the slope at x = -1.")
    assert not lesson01.check_slope(-10**400)


def test_a_numpy_float32_is_read_as_the_number_written():
    """Walk finding: lesson04.check_bowl_rate(np.float32(0.1)) was told "at lr = 0.100000001 the
    run diverges"; a float32 is read as what its str shows."""
    assert answers.as_number(np.float32(0.1)) == 0.1 and answers.as_number(np.float16(0.5)) == 0.5
    assert answers.as_number(np.float64(0.1)) == 0.1 and answers.as_number(np.int16(3)) == 3.0
    assert lesson04.check_bowl_rate(np.float32(0.1)).message == lesson04.check_bowl_rate(0.1).message


@pytest.mark.parametrize("got, want, written", [
    (0.38240323, 0.382403229, ("0.382403230", "0.382403229")),  # never read as one rounded
    (-7.3014, -7.301384, ("-7.30140", "-7.30138")),
    (0.5, 0.5000001, ("0.5", "0.5000001")),  # fewer than 4 digits: no rounding read into it
    (0.375, 0.4, ("0.375", "0.4")),
    (0.25, 0.3, ("0.25", "0.3")),
    (1, 1.0000001, ("1", "1.0000001")),  # a whole number stays whole
    (-0.0, 0.5, ("0", "0.5")),  # never "-0"
    (-59.99999999999872, -6.0, ("-60", "-6")),  # float noise about -60 reads as -60 (walk 15)
    (0.1 + 0.2, 0.3, ("0.30000000000000004", "0.3")),  # not 0.29999999999999999
])
def test_differing_writes_two_numbers_that_cannot_be_read_alike(got, want, written):
    """Walk finding: "0.38240323" and "0.382403229" read as the same number rounded."""
    assert answers.differing(got, want) == written


@pytest.mark.parametrize("answer, english, chinese", [
    ("w=0.44", "You gave the text 'w=0.44' (a str, in quotes), with the number 0.44 in it. Write the "
     "number alone, with no quotes and nothing around it: answer = 0.44", "你给的是字符串 'w=0.44'（带引号），里面有数 0.44。"),
    ("约0.44", "You gave the text '约0.44' (a str, in quotes), with the number 0.44 in it.", "你给的是字符串 '约0.44'（带引号），里面有数 0.44。"),
    ("0,44", "You gave the text '0,44' (a str, in quotes). If you mean the number 0.44: Python writes a "
     "decimal point, not a comma", "你给的是字符串 '0,44'（带引号）。如果你想写的是 0.44，Python 的小数点是“.”"),
    # a thousand, or 1.000? two numbers? a variable's name? no number is named
    ("1,000", "The answer should be a number; you gave a str.", "答案应该是一个数；你给的是"),
    ("0.44 or 0.45", "The answer should be a number; you gave a str.", "答案应该是一个数；你给的是"),
    ("w1", "The answer should be a number; you gave a str.", "答案应该是一个数；你给的是"),
])
def test_walk_58_a_text_holding_one_number_is_told_to_write_the_number_alone(answer, english, chinese):
    from micrograd_lite.exercises.lesson04 import check_second_step
    assert check_second_step(answer).message.startswith(english)
    assert in_chinese(lambda: check_second_step(answer).message).startswith(chinese)
