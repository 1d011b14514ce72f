"""Running a learner's code inside a check: an exception is reported with the
learner's line, never raised out of the check."""

from micrograd_lite.exercises.learner_code import call_learner_code


def learners_function(x):
    y = x + 1
    return 1 / (y - y)  # the learner's bug


def test_a_result_passes_through():
    assert call_learner_code(lambda x: 2 * x, 3, doing="doubling") == (6, None)


def test_an_exception_becomes_feedback_naming_the_learners_line():
    result, feedback = call_learner_code(learners_function, 1.0, doing="calling your function")
    assert result is None and not feedback
    message = feedback.message
    assert message.startswith("Your code raised ZeroDivisionError: float division by zero, "
                              "while calling your function.")
    assert "in `learners_function`" in message
    assert "`return 1 / (y - y)  # the learner's bug`" in message
    line = learners_function.__code__.co_firstlineno + 2
    assert f"line {line}" in message
