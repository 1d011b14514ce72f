"""The check functions behind the lessons' exercises, one module per lesson.

Each check takes the learner's answer and returns a :class:`Feedback` that says
what is right, or what to look at next. It never raises on a wrong answer.
"""

from .feedback import Feedback

__all__ = ["Feedback"]
