"""Reading a learner's answer: the small steps every exercise check shares.

A numeric answer goes through :func:`check_number` (or :func:`read_number`, its
first half, for a check that judges the number itself), so that every lesson
applies the same two rules.

**A Value is not a number.** Where an exercise asks for a number, a Value (the
package's or the learner's own class: any object with ``.data`` and ``.grad``)
is never accepted, not even when its ``.data`` is right: the message says it is
a Value and names the attribute the exercise asks for when the check knows it
(``answer = s.grad``), else tells to give its ``.data`` or its ``.grad``. Only
an exercise that asks for "a Value or a number" accepts one, and reads its
``.data`` (``accepts_value=True``).

**Rounded answers.** Each check has one target, the number the exercise asks
for, and knows how many significant digits of it the lesson's text shows
(``digits``, 4 unless said otherwise):

1. an answer within ``tol`` of the target is right. ``tol`` is the noise of
   computing the target another way (float rounding, or a central difference
   where the exercise allows one); it is not a rounding allowance;
2. when the target has more digits than the text shows (o = 0.954614...), an
   answer that agrees with it to ``digits`` significant digits (0.9546) is
   right too, and the message says to how many digits and gives more of them;
3. the same target rounded to fewer digits (0.95, 0.955) is too coarse: the
   message says so and asks for ``digits`` significant digits;
4. a target that is a measurement (a finite difference with a given h, such as
   lesson 01's slope -9.997) is not the exact derivative beside it (-10): when
   the exercise asks for the measurement, the exact value is not accepted, and
   the message says that it is the exact derivative and that the measurement
   differs from it (``exact_derivative=``). A target that has no more digits
   than the text shows (7, 0.44, -9.997) is never "rounded": an answer near it
   is simply another number;
5. a number the exercise lets the learner read off a figure (lesson 01's
   factor by which an error shrinks, on log-log axes) is right within what the
   figure can be read to, a tenth of a decade (80 to 125 for 100), and the
   message names the number it is about.
"""

import inspect
import math
from decimal import Decimal
import re
import types
import unicodedata
from numbers import Integral, Real

from ..language import text, text_count
from .feedback import Feedback

__all__ = [
    "is_value",
    "as_number",
    "is_close",
    "placeholder",
    "not_a_number",
    "uncalled",
    "parameter_names",
    "parameters_named",
    "read_number",
    "check_number",
    "a_value_given",
    "a_value_instead_of",
    "agreeing_digits",
    "shown",
    "shown_beside",
    "differing",
    "off_by",
    "listed",
    "numbered",
    "kind_of",
]


def is_value(answer):
    """Whether ``answer`` is a Value: an object with ``.data`` and ``.grad`` (the
    package's class or a learner's own) that is not itself a plain number."""
    if isinstance(answer, (Real, str)) or answer is None:
        return False
    try:
        return hasattr(answer, "data") and hasattr(answer, "grad")
    except Exception:  # a learner's property that raises: not a Value we can read
        return False


def as_number(answer):
    """The answer as a float, or ``None`` if it is not a single real number.

    A Value is not a number here (read its ``.data`` where a Value is wanted);
    ``True``/``False`` are not numbers either.
    """
    if (not isinstance(answer, Real) and getattr(answer, "ndim", None) == 0
            and callable(getattr(answer, "item", None))):
        answer = answer.item()  # numpy's 0-d array (np.array(-6.0)): the number it holds
    if isinstance(answer, bool) or not isinstance(answer, (Real, Decimal)):
        # numpy scalars are Real; a one-element array is not accepted on purpose
        return None
    if _short_float(answer):  # numpy's float32 0.1 is 0.100000001 as a float: read 0.1
        return float(str(answer))
    try:
        return float(answer)  # Decimal too: a number, though not a numbers.Real
    except OverflowError:  # an int beyond any float, such as 10**400: as large as a float goes
        return math.inf if answer > 0 else -math.inf


def _short_float(answer):
    """A float of fewer than 64 bits (numpy's float32, float16), whose ``str`` is the
    number the learner wrote."""
    itemsize = getattr(answer, "itemsize", 8)
    return isinstance(answer, Real) and not isinstance(answer, Integral) and itemsize < 8


def is_close(value, target, tol):
    """``|value - target| <= tol`` for finite numbers."""
    return math.isfinite(value) and abs(value - target) <= tol


def placeholder(what):
    """The kind answer to an untouched ``answer = None`` cell."""
    return Feedback(False, text("answers.placeholder", what=what))


def not_a_number(answer, what):
    """The answer to something that is not a number at all.

    A text that spells a number (``"1e-8"``) is told to drop the quotes, and one that
    holds one number among other characters (``"w=0.44"``, ``"0,44"``) to write it alone.
    """
    spelled = number_in_text(answer)
    if spelled is not None:
        return Feedback(False, text("answers.text_spells_number", answer=answer,
                                    number=_as_typed_in_code(answer)))
    held = _NUMBERS_IN_TEXT.findall(answer) if isinstance(answer, str) else []
    if held and _BOUND.search(answer):  # "<1", "less than 1", "(0, 1]": a bound or a range
        return Feedback(False, text("answers.text_bound", answer=answer))
    number = number_held(answer)
    if number is not None and _PERCENT.search(answer):  # "10%": 0.1
        return Feedback(False, text("answers.text_percent", answer=answer, held=held[0],
                                    number=f"{number:g}"))
    if number is not None:  # "w=0.44", "约0.44", "0,44": one number, among other characters
        return Feedback(False, text(_HELD_KEYS["," in held[0]], answer=answer, held=held[0],
                                    number=held[0].replace(",", ".")))
    article = "an" if type(answer).__name__[:1].lower() in "aeiou" else "a"
    return Feedback(False, text(_WRONG_KIND_KEYS[article], what=what, kind=kind_of(answer))
                    + uncalled(answer))


_WRONG_KIND_KEYS = {"a": "answers.wrong_kind.a", "an": "answers.wrong_kind.an"}
# a text that states a bound or a range where one number is asked for
_BOUND = re.compile(r"[<>≤≥＜＞]|^\s*[\[(（【].*[,，].*[\])）】]\s*$|\b(?:less|more|under|below|"
                    r"above|greater|exclusive|inclusive|at most|at least|up to)\b|"
                    r"小于|大于|低于|高于|不超过|不到|以下|以上|之间", re.IGNORECASE)


def number_held(answer):
    """The one number a text holds among other characters that :func:`not_a_number` tells
    the learner to write alone ("w=0.44": 0.44, "10%": 0.1), or None (none, several, a
    bound or a range)."""
    held = _NUMBERS_IN_TEXT.findall(answer) if isinstance(answer, str) else []
    if len(held) != 1 or _BOUND.search(answer) or re.fullmatch(r"[-+]?\d+,\d{3}", held[0]):
        return None  # (none, several, a bound, or "1,000": a thousand?)
    number = float(held[0].replace(",", "."))
    return number / 100 if _PERCENT.search(answer) else number


_PERCENT = re.compile("[%％]")
# a number inside a text, its decimal mark a point or a comma ("0,44")
_NUMBERS_IN_TEXT = re.compile(r"(?<![A-Za-z_\d.])[-+]?(?:\d+(?:[.,]\d+)?|\.\d+)(?:e[-+]?\d+)?")
_HELD_KEYS = {False: "answers.text_holds_number", True: "answers.text_holds_comma_number"}


def parameter_names(function):
    """The names of ``function``'s parameters (a class's: its ``__init__``'s, without self),
    in the order of its def line; None when they cannot be read, or when it takes *args or
    **kwargs, whose names say nothing."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
        return None
    return tuple(p.name for p in parameters)


def parameters_named(function, names):
    """Whether ``function``'s def line lists exactly the parameters ``names``, in order
    (None when it cannot be read, as for *args)."""
    found = parameter_names(function)
    return None if found is None else found == tuple(names)


def uncalled(obj):
    """The sentence for a method given where its result belongs (``n.tanh`` for
    ``n.tanh()``), or ``""``."""
    if isinstance(obj, types.MethodType):
        return text("answers.method_not_called", name=obj.__name__)
    return ""


def kind_of(answer):
    """The type of a learner's answer as a message names it.

    English keeps Python's name (``list``, ``str``; the template says "a list");
    Chinese says the word with its measure word (一个列表, 一个字符串) for the
    common built-in types, and 一个 plus Python's name (一个 Value) for any other.
    """
    kind = type(answer)
    if kind in _KIND_KEYS:
        return text(_KIND_KEYS[kind])
    if kind.__name__ == "ndarray":  # numpy's arrays, without importing numpy here
        return text("types.ndarray")
    return text("types.other", name=kind.__name__)


_KIND_KEYS = {bool: "types.bool", int: "types.int", float: "types.float", str: "types.str",
              list: "types.list", tuple: "types.tuple", dict: "types.dict", set: "types.set",
              complex: "types.complex", types.FunctionType: "types.function",
              types.BuiltinFunctionType: "types.function", types.GeneratorType: "types.generator",
              types.MethodType: "types.method", type: "types.class"}


# ----------------------------------------------------------------------
# Numbers in messages
# ----------------------------------------------------------------------
_TYPED_DIGITS = 8  # a number with at most this many digits is shown as it was typed
_NOISE = 1e-12  # relative: what float arithmetic adds to a number (0.1 + 0.2)


def shown(value):
    """``value`` written for a message: the digits the learner typed, or 4
    significant digits of a computed number.

    A short number is shown whole (0.4000001, 1e-8, 7). A long one (a computed
    float) gets 4 significant digits, and more where 4 would round it onto a
    rounder number it is not: 0.4400021341 is shown as 0.440002, never as 0.44,
    while float noise goes (1.0800000000000003 is shown as 1.08).
    """
    if not isinstance(value, Real) or isinstance(value, bool):
        return repr(value)
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if _significant_digits(repr(value)) <= _TYPED_DIGITS:
        return _plain(repr(value))
    for digits in range(4, 18):
        written = f"{value:.{digits}g}"
        if (_is_noise(float(written), value)
                or _significant_digits(written) == digits):  # no zero dropped: visibly rounded
            return _plain(written)
    return _plain(repr(value))


def differing(got, want):
    """``got`` and ``want`` written with the same, fewest digits (at least 4) that
    tell them apart: ``differing(0.95140893, 1.00936968)`` is ``("0.9514", "1.009")``.

    A learner's number is never rounded onto the right one; the two are written
    in full (each as Python prints it) only when they differ in the last digits of a float.
    """
    if not all(isinstance(v, Real) and not isinstance(v, bool) for v in (got, want)):
        return shown(got), shown(want)
    got, want = got + 0, want + 0  # -0.0 is written 0
    for digits in range(4, 17):
        a, b = f"{got:.{digits}g}", f"{want:.{digits}g}"
        if a != b and not _looks_whole(a, got) and not _looks_whole(b, want):
            return _padded(a, got, b, want, digits), _padded(b, want, a, got, digits)
    if got != want:  # apart in the 17th digit: each in its shortest form (0.3, not 0.29999999999999999)
        return repr(got), repr(want)
    return shown(got), shown(want)


def _padded(written, value, other, other_value, digits):
    """``written`` with the zeros ``g`` dropped put back where without them it reads as
    ``other`` rounded to the 4 or more digits a message shows: 0.38240323 beside
    0.382403229 is written 0.382403230 (0.4 beside 0.375 stays 0.4)."""
    short = _significant_digits(written)
    if (float(value).is_integer() or "e" in written + other or not 4 <= short < digits
            or f"{other_value:.{short}g}" != written):
        return written
    return f"{value:#.{digits}g}"


def _looks_whole(written, value):
    """Whether ``written`` reads as a whole number that ``value`` is not: "1" for
    tanh(6.5) = 0.9999955, which never reaches 1. (-59.99999999999872, float noise
    about -60, reads as -60, as :func:`shown` writes it.)"""
    return (float(written) != value and not _is_noise(float(written), value)
            and not any(c in written for c in ".einf"))


def shown_beside(value, target):
    """``value`` written for a message that also speaks of ``target``: as
    :func:`shown` writes it, or with as many more digits as tell it from
    ``target`` (-6.0001 is never written -6 beside -6)."""
    return max(shown(value), differing(value, target)[0], key=_significant_digits)


def _significant_digits(written):
    mantissa = written.lstrip("-").split("e")[0].replace(".", "")
    return len(mantissa.strip("0")) or 1


def _plain(written):
    """``1e-08`` as ``1e-8``: the exponent without Python's padding zero."""
    return re.sub(r"e([+-])0*(\d)", lambda m: "e" + ("-" if m[1] == "-" else "") + m[2], written)


def _is_noise(a, b):
    """Whether finite ``a`` and ``b`` differ by float rounding at most."""
    return math.isfinite(a) and math.isfinite(b) and abs(a - b) <= _NOISE * max(abs(a), abs(b))


def off_by(got, want):
    """Which way and how far ``got`` is from ``want``, in words: "too large by 1"."""
    # the difference to 4 digits, as a computed number is shown: beyond them, two floats'
    # difference may be their rounding (-7.3014 - -7.301384 is 1.60000000005e-5)
    amount = float(f"{abs(got - want):.4g}")
    if float(got).is_integer() and float(want).is_integer():  # counts: the exact difference
        amount = abs(int(got) - int(want))
    if got > want:
        return text("answers.too_large_by", amount=shown(amount))
    return text("answers.too_small_by", amount=shown(amount))


def one_rate(before, after, directions):
    """The one number r with ``after = before - r * direction`` for every entry whose
    direction is not 0 (a step of one learning rate along the gradients or the
    velocities); None when the entries need different numbers, or none has a direction."""
    rates = [(b - a) / d for b, a, d in zip(before, after, directions) if d != 0]
    if not rates or not all(math.isfinite(r) and math.isclose(r, rates[0], rel_tol=1e-9, abs_tol=1e-12)
                            for r in rates):
        return None
    return rates[0]


__all__ += ["one_rate"]


# ----------------------------------------------------------------------
# A Value given as a number
# ----------------------------------------------------------------------
def _attribute_shown(answer, attribute):
    number = getattr(answer, attribute, None)
    return shown(number) if isinstance(number, Real) else repr(number)


def a_value_given(answer):
    """The message for a Value given where a plain number is asked for, when the
    check does not know which of its numbers is meant."""
    grad = getattr(answer, "grad", 0.0)
    return Feedback(False, text(_VALUE_NOT_NUMBER_KEYS[bool(grad == grad and grad != 0)],
                                data=_attribute_shown(answer, "data"),
                                grad=_attribute_shown(answer, "grad")))


# whether the Value's grad could hold the number asked for (a grad of 0 cannot, nor one
# before lesson 03 fills it) -> the message
_VALUE_NOT_NUMBER_KEYS = {True: "answers.value_not_number", False: "answers.value_not_number_data"}


def a_value_instead_of(answer, attribute, name):
    """The message for a whole ``Value`` given where its ``attribute`` (``"grad"`` or
    ``"data"``), a plain number, is asked for; ``name`` is how the lesson calls it."""
    values = dict(data=_attribute_shown(answer, "data"), grad=_attribute_shown(answer, "grad"),
                  attribute=attribute, name=name)
    if attribute == "grad" and getattr(answer, "grad", None) == 0.0:
        return Feedback(False, text("answers.whole_value.grad_still_zero", **values))
    return Feedback(False, text("answers.whole_value", **values))


# ----------------------------------------------------------------------
# The tolerance policy for rounded answers (see the module's docstring)
# ----------------------------------------------------------------------
def _half_unit(target, digits):
    """Half a unit in the ``digits``-th significant digit of ``target``."""
    if target == 0.0:
        return 0.0
    return 0.5 * 10.0 ** (math.floor(math.log10(abs(target))) - digits + 1)


def agreeing_digits(value, target):
    """To how many significant digits ``value`` is ``target`` rounded (0 if not even one)."""
    if not (math.isfinite(value) and math.isfinite(target)):
        return 0
    agree = 0
    for digits in range(1, 16):
        if abs(value - target) > _half_unit(target, digits) * (1 + 1e-9):
            break
        agree = digits
    return agree


def _digits_in_common(value, target):
    """How many significant digits ``value`` and ``target`` share when both are rounded
    to them: 0.9546165 and 0.9546141 share 4 (0.95462 and 0.95461 differ)."""
    return next((d for d in range(1, 16) if f"{value:.{d}g}" != f"{target:.{d}g}"), 16) - 1


def _shows_more_digits(target, digits):
    """Whether ``target`` has more significant digits than the lesson's text shows."""
    return math.isfinite(target) and not _is_noise(float(f"{target:.{digits}g}"), target)


def _coarser_rounding(value, target, digits):
    """The number of decimals of ``target`` that ``value`` keeps when it is ``target``
    rounded to fewer than ``digits`` significant digits (at least 2), else ``None``."""
    for kept in range(2, digits):
        decimals = kept - 1 - math.floor(math.log10(abs(target)))
        if decimals >= 1 and _is_noise(value, round(target, decimals)):
            return decimals
    return None


def read_number(answer, *, what, kind=None, value_means=None, name=None, accepts_value=False):
    """The number a numeric answer gives, or the Feedback that says why it gives none.

    - ``what``: what to put in place of ``None`` (see :func:`placeholder`);
    - ``kind``: what the answer should be if it is no number (see :func:`not_a_number`);
      "a number" in the language in use unless given;
    - ``value_means``: ``"data"`` or ``"grad"`` when the number asked for is that
      attribute of a Value the lesson calls ``name``: a Value given whole is then
      told ``answer = name.grad``; ``None``: told to give its .data or its .grad;
    - ``accepts_value``: the exercise asks for "a Value or a number": a Value
      counts as its ``.data``.
    """
    if answer is None:
        return placeholder(what)
    if is_value(answer):
        if accepts_value and isinstance(getattr(answer, "data", None), Real):
            return float(answer.data)
        if value_means is not None:
            return a_value_instead_of(answer, value_means, name or "x")
        return a_value_given(answer)
    value = as_number(answer)
    if value is None:
        return not_a_number(answer, text("answers.a_number") if kind is None else kind)
    return value


def check_number(answer, *, what, kind=None, target, tol, right, mistakes=(), otherwise,
                 value_means=None, name=None, accepts_value=False, digits=4,
                 exact_derivative=None):
    """The whole of a numeric exercise check, written as data.

    - ``what``, ``kind``, ``value_means``, ``name``, ``accepts_value``: how the
      answer is read (see :func:`read_number`);
    - ``target``, ``tol``: the answer is right if it is within ``tol`` of ``target``
      (``tol=0`` asks for exactly ``target``, e.g. a count);
    - ``digits``: the significant digits of ``target`` the lesson's text shows;
    - ``exact_derivative``: when ``target`` is a measurement (a finite
      difference), the exact derivative it estimates;
    - ``right``: the message for a right answer;
    - ``mistakes``: ``(wrong_value, tol, hint)`` for typical slips, tried in order;
    - ``otherwise``: the message for any other number.

    Rounded answers follow the policy in this module's docstring. A message is a
    string, or a function that takes the learner's number and returns a string,
    e.g. ``lambda value: text("...", value=shown_beside(value, target))``.
    """
    if (not accepts_value and is_value(answer) and as_number(answer.data) is not None
            and is_close(answer.data, target, tol)):  # Value(7.0): the number, wrapped
        return Feedback(False, text("answers.value_holding_answer", data=shown(answer.data)))
    value = read_number(answer, what=what, kind=kind, value_means=value_means, name=name,
                        accepts_value=accepts_value)
    if isinstance(value, Feedback):
        return _and_its_number(value, answer, value_means, locals())
    if is_close(value, target, tol):
        return Feedback(True, _say(right, value))
    more_digits = _shows_more_digits(target, digits)
    if more_digits and agreeing_digits(value, target) >= digits:
        return Feedback(True, _say(right, value) + text(
            "answers.right_to_digits", digits=_digits_in_common(value, target),
            more=f"{target:.{digits + 4}g}"))
    if exact_derivative is not None and is_close(value, exact_derivative, tol):
        return Feedback(False, text("answers.exact_not_measured", exact=shown(exact_derivative)))
    for wrong, wrong_tol, hint in mistakes:
        if is_close(value, wrong, wrong_tol):
            return Feedback(False, _say(hint, value))
    decimals = _coarser_rounding(value, target, digits) if more_digits else None
    if decimals is not None:
        return Feedback(False, text_count("answers.rounded", decimals, value=shown(value),
                                          digits=digits))
    return Feedback(False, _say(otherwise, value))


def _and_its_number(feedback, answer, value_means, arguments):
    """``feedback`` for a whole Value given where its ``value_means`` attribute is
    asked for; when that attribute is a number that is not the answer either (and
    not a grad still 0, which the feedback names), that is said too, so that
    "answer = w.data" is never read as "w.data is right". For a .data, what the check
    says of that number follows; a .grad may be another node's than the one asked
    for, whose causes the check's verdict would name falsely."""
    number = as_number(getattr(answer, value_means, None)) if value_means else None
    if number is None or (value_means == "grad" and number == 0.0):
        return feedback
    arguments = {k: v for k, v in arguments.items()
                 if k not in ("answer", "value", "feedback")}
    verdict = check_number(number, **arguments)
    if verdict:
        return feedback
    return Feedback(False, text(_NUMBER_WRONG_KEYS[value_means], said=feedback.message.rstrip("。."),
                                attribute=value_means, number=shown(number),
                                verdict=verdict.message))


# What is added to a whole Value's message when its number is wrong too: the
# verdict on that number for a .data only (see _and_its_number).
_NUMBER_WRONG_KEYS = {"data": "answers.whole_value.number_wrong_because",
                      "grad": "answers.whole_value.number_wrong"}


def _say(message, value):
    """``message`` itself, or ``message(value)`` if it is a function."""
    return message(value) if callable(message) else message


def listed(items):
    """``items`` (strings) joined as a list in the language in use: "a, b" or "a、b"."""
    return text("answers.list_separator").join(items)


def numbered(items):
    """``items`` (sentences) numbered in the language in use: "(1) A. (2) B." or "（1）A。（2）B。"."""
    return text("answers.numbered_separator").join(
        text("answers.numbered", number=number, item=item) for number, item in enumerate(items, 1))


# ----------------------------------------------------------------------
# Numbers typed as text, code not written yet
# ----------------------------------------------------------------------
__all__ += ["number_in_text", "check_typed_number", "not_code_yet"]


def _as_typed_in_code(text_answer):
    """A number written in a string as Python reads it in code: full-width digits, signs
    and points (typed with a Chinese input method, "－９．９９７") become ASCII ones
    ("-9.997"), and so does the minus sign "−" that text copied from a page has."""
    return unicodedata.normalize("NFKC", text_answer.strip()).replace("\u2212", "-")


def number_in_text(answer):
    """The finite number a string spells (``"1e-8"``, ``" -10 "``, a fraction ``"11/25"``),
    or ``None``."""
    if not isinstance(answer, str):
        return None
    typed = _as_typed_in_code(answer)
    fraction = re.fullmatch(r"([-+]?\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)", typed)
    try:
        value = float(fraction[1]) / float(fraction[2]) if fraction else float(typed)
    except (ValueError, ZeroDivisionError):
        return None
    return value if math.isfinite(value) else None


def check_typed_number(answer, **kwargs):
    """:func:`check_number`, except that a number typed as text (``"0.1"``) is
    told to drop the quotes instead of being called "a str"."""
    if number_in_text(answer) is not None:
        said = text("answers.typed_as_text", answer=answer, number=_as_typed_in_code(answer))
        as_a_number = check_number(number_in_text(answer), **kwargs)
        if not as_a_number:  # (a quoted number that is wrong too: not told it is right)
            said += text("answers.typed_and_wrong", message=as_a_number.message)
        return Feedback(False, said)
    verdict = check_number(answer, **kwargs)
    held = number_held(answer)  # "about 0.4": told to write 0.4, which is wrong too
    if not verdict and held is not None:
        as_a_number = check_number(held, **kwargs)
        if not as_a_number:
            return Feedback(False, verdict.message
                            + text("answers.typed_and_wrong", message=as_a_number.message))
    return verdict


def not_code_yet(code, name, kind, signature=None):
    """For a coding exercise: a Feedback if the learner's ``code`` is still ``None``
    or is not a function or class at all, else ``None``.

    ``kind`` is "function" or "class"; ``signature`` (e.g.
    ``"descend(loss, start, learning_rate, steps)"``) is what to define.
    """
    if kind not in ("function", "class"):
        raise ValueError(f"kind should be 'function' or 'class', got {kind!r}")
    if code is None:
        if signature:
            return Feedback(False, text("answers.define", what=signature))
        if kind == "class":
            return Feedback(False, text("answers.define_class", name=name))
        return Feedback(False, text("answers.define", what=name))
    if not callable(code):
        if kind == "class":
            return Feedback(False, text("answers.should_be_class", name=name,
                                        type=kind_of(code)))
        return Feedback(False, text("answers.should_be_function", name=name,
                                    type=kind_of(code)))
    return None
