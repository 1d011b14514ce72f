"""The cells after a coding exercise run whether or not the learner has solved it.

They use the learner's code once it passes its check, and the worked solution
from the package until then, and they say which one they use.
"""

from ..language import text

__all__ = ["yours_or_worked"]


def yours_or_worked(feedback, yours, worked, name):
    """``yours`` if ``feedback`` (a check's verdict on it) is correct, else ``worked``.

    Prints one line saying which of the two the following code uses.
    """
    if feedback:
        print(text("fallback.yours", name=name))
        return yours
    print(text("fallback.worked", name=name))
    return worked
