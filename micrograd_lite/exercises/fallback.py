"""The cells after a coding exercise run whether or not the learner has solved it.

They use the learner's code once it passes its check, and the worked solution
from the package until then, and they say which one they use.
"""

__all__ = ["yours_or_worked"]


def yours_or_worked(feedback, yours, worked, name):
    """``yours`` if ``feedback`` (a check's verdict on it) is correct, else ``worked``.

    Prints one line saying which of the two the following code uses.
    """
    if feedback:
        print(f"Using your {name}: it passes its check.")
        return yours
    print(f"Using the worked solution's {name} from the package, until yours passes its check.")
    return worked
