"""What an exercise check says back."""

from dataclasses import dataclass

from ..language import text

__all__ = ["Feedback"]


@dataclass(frozen=True)
class Feedback:
    """The verdict of one exercise check: ``correct`` and a message for the learner.

    The message is written in the language in use when the check ran
    (:func:`micrograd_lite.set_language`); the verdict words in the language in
    use when it is shown.
    """

    correct: bool
    message: str

    def __bool__(self):
        return self.correct

    def __repr__(self):
        if self.correct:
            return text("feedback.plain.correct", message=self.message)
        return text("feedback.plain.not_yet", message=self.message)

    def _repr_markdown_(self):
        if self.correct:
            return text("feedback.markdown.correct", message=self.message)
        return text("feedback.markdown.not_yet", message=self.message)
