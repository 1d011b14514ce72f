"""Running a learner's own code inside a check.

A check that calls a learner's function (their operation, their backward pass,
their network) must never end in a traceback out of the check: an exception
raised inside the learner's code becomes feedback that names the error and the
line of *their* code it came from.
"""

import os
import traceback

from ..language import text
from .feedback import Feedback

__all__ = ["call_learner_code", "where_in_learner_code", "describe_error"]

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def where_in_learner_code(error):
    """The innermost traceback frame of ``error`` outside this package, or ``None``.

    In a notebook that frame is in the learner's cell; its ``lineno`` counts
    from the cell's first line and ``line`` is the text of that line.
    """
    frames = traceback.extract_tb(error.__traceback__)
    outside = [f for f in frames if not os.path.abspath(f.filename).startswith(_PACKAGE_DIR)]
    return outside[-1] if outside else None


def describe_error(error, doing):
    """What the learner's code raised while ``doing`` something, and where.

    ``doing`` is a phrase in the language in use: in English a gerund
    ("calling f(2)"), in Chinese a verb phrase without 在/时 ("调用 f(2)").
    """
    kind = type(error).__name__
    if str(error):
        message = text("learner_code.raised_with_message", kind=kind, error=error, doing=doing)
    else:
        message = text("learner_code.raised", kind=kind, doing=doing)
    frame = where_in_learner_code(error)
    if frame is not None:
        line = (frame.line or "").strip()
        lineno = frame.lineno
        if frame.name not in ("<module>", "<lambda>"):
            if line:
                message += text("learner_code.from_line_in_code", lineno=lineno,
                                name=frame.name, line=line)
            else:
                message += text("learner_code.from_line_in", lineno=lineno, name=frame.name)
        elif line:
            message += text("learner_code.from_line_code", lineno=lineno, line=line)
        else:
            message += text("learner_code.from_line", lineno=lineno)
    return message


def call_learner_code(function, *args, doing, **kwargs):
    """``function(*args, **kwargs)`` as ``(result, None)``, or ``(None, Feedback)``
    when it raises: the feedback says what was raised while ``doing`` what, and
    on which line of the learner's code."""
    try:
        return function(*args, **kwargs), None
    except Exception as error:  # the learner's bug is the check's answer, not a crash
        return None, Feedback(False, describe_error(error, doing))
