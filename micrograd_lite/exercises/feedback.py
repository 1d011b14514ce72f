"""What an exercise check says back."""

from dataclasses import dataclass

__all__ = ["Feedback"]


@dataclass(frozen=True)
class Feedback:
    """The verdict of one exercise check: ``correct`` and a message for the learner."""

    correct: bool
    message: str

    def __bool__(self):
        return self.correct

    def __repr__(self):
        return ("Correct! " if self.correct else "Not yet. ") + self.message

    def _repr_markdown_(self):
        mark = "✅ **Correct!**" if self.correct else "❌ **Not yet.**"
        return f"{mark} {self.message}"
