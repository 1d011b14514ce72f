"""Reading a learner's answer: the small steps every exercise check shares."""

import math
from numbers import Real

from ..engine import Value
from ..language import text
from .feedback import Feedback

__all__ = [
    "as_number",
    "is_close",
    "placeholder",
    "not_a_number",
    "check_number",
    "text_as_number",
    "a_value_instead_of",
    "rounded_from",
    "listed",
    "kind_of",
]


def as_number(answer):
    """The answer as a float, or ``None`` if it is not a single real number.

    A ``Value`` counts as its ``data``; ``True``/``False`` are not numbers here.
    """
    if isinstance(answer, Value):
        return answer.data
    if isinstance(answer, bool) or not isinstance(answer, Real):
        # numpy scalars are Real; a one-element array is not accepted on purpose
        return None
    return float(answer)


def is_close(value, target, tol):
    """``|value - target| <= tol`` for finite numbers."""
    return math.isfinite(value) and abs(value - target) <= tol


def placeholder(what):
    """The kind answer to an untouched ``answer = None`` cell."""
    return Feedback(False, text("answers.placeholder", what=what))


def text_as_number(answer):
    """The number a text such as ``"1e-8"`` or ``" -10 "`` spells, or ``None``."""
    if not isinstance(answer, str):
        return None
    try:
        value = float(answer.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def not_a_number(answer, what):
    """The answer to something that is not a number at all.

    A text that spells a number (``"1e-8"``) is told to drop the quotes.
    """
    spelled = text_as_number(answer)
    if spelled is not None:
        return Feedback(False, text("answers.text_spells_number", answer=answer,
                                    number=answer.strip()))
    if type(answer).__name__[:1].lower() in "aeiou":
        return Feedback(False, text("answers.wrong_kind.an", what=what, kind=kind_of(answer)))
    return Feedback(False, text("answers.wrong_kind.a", what=what, kind=kind_of(answer)))


def kind_of(answer):
    """The type of a learner's answer as a message names it.

    English keeps Python's name (``list``, ``str``; the template says "a list");
    Chinese says the word with its measure word (一个列表, 一个字符串) for the
    common built-in types, and 一个 plus Python's name (一个 Value) for any other.
    """
    kind = type(answer)
    if kind in _KIND_KEYS:
        return text(_KIND_KEYS[kind])
    return text("types.other", name=kind.__name__)


_KIND_KEYS = {bool: "types.bool", int: "types.int", float: "types.float", str: "types.str",
              list: "types.list", tuple: "types.tuple", dict: "types.dict", set: "types.set"}


def a_value_instead_of(answer, attribute, name):
    """The message for a whole ``Value`` given where its ``attribute`` (``"grad"`` or
    ``"data"``), a plain number, is asked for; ``name`` is how the lesson calls it."""
    number = getattr(answer, attribute)
    if attribute == "grad" and number == 0.0:
        return Feedback(False, text("answers.whole_value.grad_still_zero", data=answer.data,
                                    grad=answer.grad, attribute=attribute, name=name))
    return Feedback(False, text("answers.whole_value", data=answer.data, grad=answer.grad,
                                attribute=attribute, name=name))


def rounded_from(value, target, tol):
    """The number of decimals ``value`` keeps of ``target`` when it is ``target``
    rounded (and then too coarse for ``tol``), or ``None``."""
    if not math.isfinite(value):
        return None
    for decimals in range(0, 4):
        rounded = round(target, decimals)
        if abs(rounded - target) > tol and abs(value - rounded) <= 1e-12 * max(1.0, abs(value)):
            return decimals
    return None


def check_number(answer, *, what, kind=None, target, tol, right, mistakes=(), otherwise,
                 value_means="data", name=None, rounding=False):
    """The whole of a numeric exercise check, written as data.

    - ``what``: what to put in place of ``None`` (see :func:`placeholder`);
    - ``kind``: what the answer should be if it is no number (see :func:`not_a_number`);
      "a number" in the language in use unless given;
    - ``target``, ``tol``: the answer is right if it is within ``tol`` of ``target``
      (``tol=0`` asks for exactly ``target``, e.g. a count);
    - ``right``: the message for a right answer;
    - ``mistakes``: ``(wrong_value, tol, hint)`` for typical slips, tried in order;
    - ``otherwise``: the message for any other number.

    - ``value_means``: what a ``Value`` given as the answer counts as: ``"data"``
      (its number), or ``"grad"``: then a Value is told to give ``name.grad``;
    - ``rounding``: tell an answer that is ``target`` rounded to 0-3 decimals
      (and so too coarse for ``tol``) to keep more digits.

    A message is a string, or a function that takes the learner's number and
    returns a string, e.g. ``lambda value: f"{value:.4g} is not it."``.
    """
    if answer is None:
        return placeholder(what)
    if value_means != "data" and isinstance(answer, Value):
        return a_value_instead_of(answer, value_means, name or "x")
    value = as_number(answer)
    if value is None:
        return not_a_number(answer, text("answers.a_number") if kind is None else kind)
    if is_close(value, target, tol):
        return Feedback(True, _say(right, value))
    for wrong, wrong_tol, hint in mistakes:
        if is_close(value, wrong, wrong_tol):
            return Feedback(False, _say(hint, value))
    decimals = rounded_from(value, target, tol) if rounding else None
    if decimals is not None:
        return Feedback(False, text("answers.rounded", value=value, decimals=decimals))
    return Feedback(False, _say(otherwise, value))


def _say(message, value):
    """``message`` itself, or ``message(value)`` if it is a function."""
    return message(value) if callable(message) else message


def listed(items):
    """``items`` (strings) joined as a list in the language in use: "a, b" or "a、b"."""
    return text("answers.list_separator").join(items)


# ----------------------------------------------------------------------
# Added for lessons 04-05: numbers shown exactly, numbers typed as text
# ----------------------------------------------------------------------
__all__ += ["shown", "number_in_text", "check_typed_number", "not_code_yet"]

def shown(value):
    """``value`` written with as few digits as still give back exactly ``value``.

    A message that quotes a learner's number must never round it onto the right
    answer: 0.4000001 is shown as 0.4000001, not as 0.4; 0.999999 not as 1.
    """
    for digits in range(4, 18):
        written = f"{value:.{digits}g}"
        if float(written) == value:
            return written
    return repr(value)


def number_in_text(answer):
    """The number a string spells (``"1e-8"``, ``" 0.4 "``), or ``None``."""
    if not isinstance(answer, str):
        return None
    try:
        return float(answer.strip())
    except ValueError:
        return None


def check_typed_number(answer, **kwargs):
    """:func:`check_number`, except that a number typed as text (``"0.1"``) is
    told to drop the quotes instead of being called "a str"."""
    if number_in_text(answer) is not None:
        return Feedback(False, text("answers.typed_as_text", answer=answer,
                                    number=answer.strip()))
    return check_number(answer, **kwargs)


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
