"""The numbers a learner's shortcut is written for (``if b == 1: ...``): 0, 1 and -1,
tried in each argument of a check's function in turn."""

__all__ = ["SPECIAL_NUMBERS", "one_at_a_time"]

SPECIAL_NUMBERS = (0.0, 1.0, -1.0)


def one_at_a_time(base, allowed=None):
    """``base`` (a tuple of numbers) with each of its numbers in turn set to 0, 1 and -1,
    where it is not that already, and where ``allowed(point)`` (if given) is true: code
    right everywhere but at one such number in one argument shows at one of them."""
    points = []
    for i, held in enumerate(base):
        for number in SPECIAL_NUMBERS:
            point = base[:i] + (number,) + base[i + 1:]
            if held != number and (allowed is None or allowed(point)):
                points.append(point)
    return tuple(points)
