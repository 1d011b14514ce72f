"""Wrong answers that keep state between calls, made anew for every test run.

A parametrize list is built once per process, when its module is imported. An
answer that keeps state (a default list, a closure, a module-level list) made
there would carry the state of one run into the next when pytest runs twice in
one process, as a mutation tester does. ``Fresh(make)`` stands in the list and
``answer()`` makes the answer when the test runs.
"""


class Fresh:
    def __init__(self, make):
        self.make = make

    def __repr__(self):
        return self.make.__name__


def answer(given):
    """The learner's answer a test feeds the check: made now if it is a ``Fresh``."""
    return given.make() if isinstance(given, Fresh) else given
