"""What a learner's code prints while a check runs it.

A check calls the learner's function hundreds of times (more inputs, more sizes,
the same call again). A ``print`` the learner put in it to see what happens would
fill the cell with hundreds of lines above the verdict. The first few lines are
shown as they come; the rest are counted, and the verdict says how many there were.
"""

import contextlib
import functools
import io
import sys

from ..language import text
from .feedback import Feedback

__all__ = ["shows_first_lines", "SHOWN_LINES"]

SHOWN_LINES = 10


class _FirstLines(io.TextIOBase):
    """A stream that passes the first ``shown`` lines written to it on to ``out`` and
    counts every line."""

    def __init__(self, out, shown):
        self.out = out
        self.shown = shown
        self.lines = 0  # lines ended so far
        self.open_line = False  # whether text follows the last line end

    def write(self, written):
        for piece in written.splitlines(keepends=True):
            if self.lines < self.shown:
                self.out.write(piece)
            ended = piece != piece.rstrip("\r\n")
            self.lines += ended
            self.open_line = not ended
        return len(written)

    def flush(self):
        self.out.flush()

    def count(self):
        """How many lines were written (an unfinished last line counts)."""
        return self.lines + self.open_line


def shows_first_lines(check):
    """``check``, with what the learner's code prints while it runs cut to its first
    :data:`SHOWN_LINES` lines, and the verdict saying how many lines there were
    when some were left out. A check run inside another is left to the outer one."""
    @functools.wraps(check)
    def checked(*args, **kwargs):
        if isinstance(sys.stdout, _FirstLines):
            return check(*args, **kwargs)
        printed = _FirstLines(sys.stdout, SHOWN_LINES)
        with contextlib.redirect_stdout(printed):
            verdict = check(*args, **kwargs)
        printed.flush()
        if printed.count() <= SHOWN_LINES:
            return verdict
        return Feedback(verdict.correct, verdict.message + text(
            "printed.left_out", count=printed.count(), shown=SHOWN_LINES))
    return checked
