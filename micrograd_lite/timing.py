"""A time limit for code a learner wrote: the checks and the graph tools run it, and
an endless loop in it must end in a message, not a frozen notebook."""

import contextlib
import signal
import sys
import threading
import time

__all__ = ["SECONDS", "TookTooLong", "time_limit"]

#: How long one call of a learner's code may take. The checks' examples are
#: small: right code finishes each call in milliseconds.
SECONDS = 3.0


class TookTooLong(BaseException):
    """Raised inside code that ran past its :func:`time_limit`.

    A BaseException, like KeyboardInterrupt, so that a learner's
    ``except Exception:`` cannot swallow it.
    """


_deadline = None  # the earliest deadline of the time limits in force, or None


def _check_deadline():
    if _deadline is not None and time.monotonic() > _deadline:
        raise TookTooLong


def _on_alarm(signum, frame):
    raise TookTooLong


@contextlib.contextmanager
def time_limit(seconds=SECONDS):
    """Raise :class:`TookTooLong` inside the block once it has run ``seconds``.

    Nested limits keep the earliest deadline. In the main thread of a Unix
    process (Jupyter, Colab, Kaggle) a timer signal interrupts the block at no
    cost while it runs; elsewhere (Windows, other threads) a trace function
    checks the clock on every line the block runs in Python.
    """
    global _deadline
    outer = _deadline
    deadline = time.monotonic() + seconds
    _deadline = deadline if outer is None else min(outer, deadline)
    use_alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if use_alarm:
        previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, max(_deadline - time.monotonic(), 1e-3))
    else:
        previous_trace = sys.gettrace()

        def trace(frame, event, arg):
            _check_deadline()
            return trace

        sys.settrace(trace)
    try:
        yield
    finally:
        _deadline = outer
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
            if outer is not None:  # the outer limit's timer goes on
                signal.setitimer(signal.ITIMER_REAL, max(outer - time.monotonic(), 1e-3))
        else:
            sys.settrace(previous_trace)
