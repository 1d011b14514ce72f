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


def endless(x):
    while True:  # the learner's endless loop
        try:
            x += 1
        except Exception:  # swallows what it can: the time limit must get through
            pass


def stops_the_endless_loop(**kwargs):
    result, feedback = call_learner_code(endless, 0, doing="calling endless(0)", seconds=0.3,
                                         **kwargs)
    assert result is None and not feedback
    assert feedback.message.startswith("Your code did not finish within 0.3 seconds, "
                                       "while calling endless(0).")
    assert "a loop that never ends" in feedback.message
    return True


def test_an_endless_loop_is_stopped_and_reported():
    assert stops_the_endless_loop()


def test_an_endless_loop_is_stopped_outside_the_main_thread_too():
    """Where no timer signal can be used (another thread, Windows), a trace
    function stops the loop."""
    import threading
    took = []
    thread = threading.Thread(target=lambda: took.append(stops_the_endless_loop()))
    thread.start()
    thread.join(60)  # a guard against hanging, not a measure of speed
    assert took == [True]


def test_nested_limits_keep_the_earliest_deadline_and_restore_the_outer_one():
    import time
    from micrograd_lite.exercises.learner_code import TookTooLong, time_limit
    stopped = False
    try:
        with time_limit(0.3):
            assert call_learner_code(lambda: 1, doing="one", seconds=60) == (1, None)
            while True:  # the outer limit still fires after the inner call returned
                pass
    except TookTooLong:
        stopped = True
    assert stopped
    # and no timer is left behind to interrupt code after the block
    time.sleep(0.5)


def test_the_time_limit_message_in_chinese():
    from micrograd_lite import set_language
    set_language("zh")
    try:
        _, feedback = call_learner_code(endless, 0, doing="调用 endless(0)", seconds=0.2)
    finally:
        set_language("en")
    assert feedback.message.startswith("你的代码在 0.2 秒内没有结束，当时正在调用 endless(0)。")
