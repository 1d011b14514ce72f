"""The check functions behind the lessons' exercises, one module per lesson.

Each check takes the learner's answer and returns a :class:`Feedback` that says
what is right, or what to look at next. It never raises on a wrong answer.
:func:`check_engine` checks a learner's own Value class against the package's
engine (lesson 06).
"""

from .engine_check import check_engine
from .feedback import Feedback

__all__ = ["Feedback", "check_engine"]
