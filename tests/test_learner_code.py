"""Running a learner's code inside a check: an exception is reported with the
learner's line, never raised out of the check."""

import pytest

from languages import in_chinese
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


@pytest.mark.parametrize("walks_graph", [False, True])
def test_a_graph_walk_is_a_candidate_only_for_code_that_walks_a_graph(walks_graph):
    _, feedback = call_learner_code(endless, 0, doing="calling endless(0)", seconds=0.2,
                                    walks_graph=walks_graph)
    assert ("visits a node again on every path to it" in feedback.message) == walks_graph


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
    assert feedback.message.startswith("调用 endless(0)时，你的代码 0.2 秒内没有结束。")


def _raise_in_both(function):
    from micrograd_lite import set_language
    _, english = call_learner_code(function, doing="calling it")
    set_language("zh")
    try:
        _, chinese = call_learner_code(function, doing="调用它")
    finally:
        set_language("en")
    return english.message, chinese.message


class _AddsWithoutConverting:
    """A learner's Value whose __add__ forgets to turn a plain number into a Value."""

    def __init__(self, data):
        self.data = data

    def __add__(self, other):
        return _AddsWithoutConverting(self.data + other.data)

    def __rmul__(self, other):
        return other * self  # calls __rmul__ again, for ever


def test_a_plain_number_where_a_value_is_needed_is_explained_not_blamed_on_a_typo():
    english, chinese = _raise_in_both(lambda: _AddsWithoutConverting(1.0) + 2)
    assert "A plain number (int) has no .data. Candidates: .data read from what is already a " \
           "plain number (use the number itself), or a number given to an operation, which " \
           "must first make it a Value" in english
    assert "意思是普通的数（int）没有 .data。" in chinese and "拼错" not in chinese


def test_python_errors_a_learner_meets_are_explained_in_chinese():
    _, recursion = _raise_in_both(lambda: 2 * _AddsWithoutConverting(1.0))
    assert "意思是 `__rmul__` 一直在调用自己。对“数 * Value”" in recursion
    _, unsupported = _raise_in_both(lambda: 1 / _AddsWithoutConverting(1.0))
    assert "意思是这两种对象之间不能做这个运算" in unsupported
    _, compared = _raise_in_both(lambda: _AddsWithoutConverting(1.0) < 0.5)
    assert "意思是这两种对象之间不能比较大小" in compared
    _, index = _raise_in_both(lambda: [0.0, 0.0][2])
    assert "意思是下标超出了列表的范围" in index

    def neuron(x1, w1, x2, w2):  # one argument more than the exercise's call gives
        return x1 * w1 + x2 * w2

    english, arguments = _raise_in_both(lambda: neuron(1.0, 2.0, 3.0))
    assert "missing 1 required positional argument" in english
    assert "意思是调用函数时给的参数，和函数定义里的参数对不上" in arguments

    def unpack():
        a, b = [1.0, 2.0, 3.0]
        return a, b

    _, unpacked = _raise_in_both(unpack)
    assert "意思是拆包时左边变量的个数，和右边的值的个数不一样" in unpacked


def test_numpy_arrays_and_complex_numbers_are_named_in_chinese():
    import numpy as np

    from micrograd_lite import set_language
    from micrograd_lite.exercises.answers import kind_of
    set_language("zh")
    try:
        assert kind_of(np.zeros(2)) == "一个 NumPy 数组（ndarray）"
        assert kind_of(1j) == "一个复数（complex），不是实数"
    finally:
        set_language("en")
    assert kind_of(np.zeros(2)) == "ndarray" and kind_of(1j) == "complex, not a real number"


# ----------------------------------------------------------------------
# State kept between calls: found even when every result the check saw was right
# ----------------------------------------------------------------------
_calls_seen = []  # a learner's global, filled by the answers below
order = []  # a global left from an earlier attempt, which the class below never uses


def make_neuron_logging_in_a_global():
    """Right at every call: it only records its calls."""
    def neuron(x1, w1, x2, w2, b):
        _calls_seen.append(1)
        return (x1 * w1 + x2 * w2 + b).tanh()
    return neuron


def make_neuron_counting_in_a_global():
    """Right for the first 100 calls: more than the check makes (walk finding)."""
    from micrograd_lite import Value

    def neuron(x1, w1, x2, w2, b):
        _calls_seen.append(1)
        n = x1 * w1 + x2 * w2 + b
        return (n + Value(1.0) if len(_calls_seen) > 100 else n).tanh()
    return neuron


class SorterWithAnAttribute:
    def __init__(self):
        self.order = []  # `order` here is an attribute: not the global above

    def sort(self, root):
        return root.topological_order()


def test_right_results_from_code_that_changes_a_global_pass_with_a_note_in_both_languages():
    """Logging and counting are fine (a learner walk found right answers rejected for a
    global list of losses); the note names the state, which a counter that goes wrong
    after more calls than the check makes keeps (an earlier walk's finding)."""
    from micrograd_lite import set_language
    from micrograd_lite.exercises import lesson02

    _calls_seen.clear()
    feedback = lesson02.check_neuron(make_neuron_logging_in_a_global())
    assert feedback and feedback.message.endswith(
        " One more thing: while the check called your code it changed the global "
        "`_calls_seen`. That is fine for logging or counting, but a result that depends on it "
        "can differ on a later call: compute each result from the arguments alone.")
    set_language("zh")
    try:
        _calls_seen.clear()
        chinese = lesson02.check_neuron(make_neuron_logging_in_a_global()).message
    finally:
        set_language("en")
    assert "另外提醒一下，检查函数调用你的代码时，它改动了全局变量 `_calls_seen`。" in chinese
    # code that changed its state is checked again: one right only for its first 100 calls
    # (more than one check makes) fails a run after the first (walk 74)
    _calls_seen.clear()
    drifting = lesson02.check_neuron(make_neuron_counting_in_a_global())
    assert not drifting and drifting.message.startswith(
        "Your code passed this check at its first run, and changed the global `_calls_seen` while "
        "it ran; the same check, run on your code again, fails at its run 2 (what it counts, it counts in that run alone): «"), drifting.message
    # without a change, no note
    assert "One more thing" not in lesson02.check_neuron(
        lambda x1, w1, x2, w2, b: (x1 * w1 + x2 * w2 + b).tanh()).message


def test_state_is_read_from_globals_defaults_closures_and_class_attributes_not_attribute_names():
    from micrograd_lite.exercises.learner_code import state_changed, state_of

    def counting(x, seen=[]):
        seen.append(x)
        return x

    before = state_of(counting)
    counting(1)
    assert state_changed(before, state_of(counting)) == ["the default argument `seen`"]
    assert "global order" not in state_of(SorterWithAnAttribute.sort)

    class Counted:
        made = 0

        def __init__(self):
            Counted.made += 1
    before = state_of(Counted)
    Counted()
    assert state_changed(before, state_of(Counted)) == ["the attribute `Counted.made`"]
    nan = float("nan")
    assert state_changed(state_of(lambda: nan), state_of(lambda: nan)) == []  # NaN is itself


def test_a_wrong_result_from_code_that_changes_its_state_names_the_place_as_a_candidate():
    from micrograd_lite.exercises import lesson03

    kept = []

    def divide_local_grads(a, b):
        kept.append(a)
        return 1 / b, -a / b**2 * (1 if len(kept) < 3 else 2)

    message = lesson03.check_divide_local_grads(divide_local_grads).message
    assert message.endswith("While the check called it, your code changed `kept`, a variable of "
                            "an enclosing function: a place that keeps something from one call to "
                            "the next, and may be the cause.")


class _Calls:  # a learner's helper class, whose count the checked function keeps
    n = 0


def divide_counting_on_a_helper_class(a, b):
    _Calls.n += 1
    return (1 / b, a / b**2) if _Calls.n > 100 else (1 / b, -a / b**2)


_ticks = None  # an itertools.count, made by the test


def divide_on_a_clock(a, b):
    return (1 / b, a / b**2) if next(_ticks) > 100 else (1 / b, -a / b**2)


def notebook_function():
    """Stands in for a function the lesson defined and a later cell calls."""


def neuron_rebinding_a_notebook_function(x1, w1, x2, w2, b):
    global notebook_function
    notebook_function = None
    return (x1 * w1 + x2 * w2 + b).tanh()


def test_state_kept_on_a_helper_class_or_a_rebound_notebook_name_is_found():
    """Walk finding: counters on another class of the learner's, an itertools.count, and
    a cell that rebinds the notebook's functions were not watched."""
    import itertools

    from micrograd_lite.exercises import lesson02, lesson03

    _Calls.n = 0
    message = lesson03.check_divide_local_grads(divide_counting_on_a_helper_class).message
    assert "changed the attribute `_Calls.n`" in message, message
    global _ticks
    _ticks = itertools.count()
    message = lesson03.check_divide_local_grads(divide_on_a_clock).message
    assert "changed the global `_ticks`" in message, message
    message = lesson02.check_neuron(neuron_rebinding_a_notebook_function).message
    assert "changed the global `notebook_function`" in message


def test_a_memo_of_right_results_and_a_helper_function_pass():
    from micrograd_lite.exercises import lesson03, lesson05

    def count_parameters(nin, nouts, _memo={}):
        key = (nin, tuple(nouts))
        if key not in _memo:  # only grows, and every result is right
            sizes = [nin, *nouts]
            _memo[key] = sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))
        return _memo[key]
    assert lesson05.check_count_parameters(count_parameters)

    def local_grads(a, b):
        return 1 / b, -a / b**2
    assert lesson03.check_divide_local_grads(lambda a, b: local_grads(a, b))


losses_for_a_plot = []


def training_step_logging_its_loss(model, loss_fn, learning_rate):
    from micrograd_lite.exercises.lesson05 import worked_training_step
    loss, accuracy = worked_training_step(model, loss_fn, learning_rate)
    losses_for_a_plot.append(loss)  # written, never read back: a record for a plot
    return loss, accuracy


def test_a_right_answer_that_logs_into_a_global_list_passes():
    """Walk finding: lesson 05's own loop logs losses this way, and such a step was rejected."""
    from micrograd_lite.exercises import lesson05

    losses_for_a_plot.clear()
    feedback = lesson05.check_training_step(training_step_logging_its_loss)
    assert feedback and "changed the global `losses_for_a_plot`" in feedback.message


_KEEPS_H = '''
{name} = {{}}
def grad_b1(x, y, w1, b1, w2, b2):
    if "h" not in {name}:
        {name}["h"] = 1 / (1 + math.exp(-(w1 * x + b1)))
    h = {name}["h"]
    return 2 * (w2 * h + b2 - y) * w2 * h * (1 - h)
'''


@pytest.mark.parametrize("name", ["dh", "_h", "y_h", "_hat", "lo"])
def test_a_changed_global_whose_name_occurs_inside_the_message_text_is_still_named(name):
    """Walk finding: "already named" was a substring test, so a global `dh` (in "dh/dz"),
    `y_h` (in "y_hat") or `lo` (in "look") lost the sentence naming it."""
    import math

    from languages import in_chinese
    from micrograd_lite.exercises import lesson03

    def make():
        namespace = {"math": math}
        exec(_KEEPS_H.format(name=name), namespace)
        return namespace["grad_b1"]
    message = lesson03.check_grad_b1(make()).message
    assert message.endswith(f" While the check called it, your code changed the global `{name}`: "
                            "a place that keeps something from one call to the next, and may be the cause.")
    chinese = in_chinese(lambda: lesson03.check_grad_b1(make()).message)
    assert chinese.endswith(f"在检查函数调用你的代码期间，你的代码改动了全局变量 `{name}`。这类变量"
                            "会把状态从一次调用带到下一次，可能就是出错的原因。")


def test_a_typed_answer_of_the_learners_own_class_that_never_ends_is_stopped():
    """Walk finding: check_forward(LoopV(0.0)), a Value whose .data never returns, hung."""
    from micrograd_lite import Value
    from micrograd_lite.exercises import lesson01, lesson02, lesson04

    class LoopingValue(Value):
        @property
        def data(self):
            while True:
                pass

        @data.setter
        def data(self, number):
            pass

    for check in (lesson02.check_forward, lesson01.check_slope, lesson04.check_bowl_rate):
        message = check(LoopingValue(0.0)).message
        assert "did not finish within" in message and "while reading your answer" in message, message
    assert "读取你的答案" in in_chinese(lambda: lesson02.check_forward(LoopingValue(0.0)).message)


def test_a_class_attribute_of_a_global_class_holding_a_value_is_named():
    """Walk finding: a neuron that kept x1*w1 + x2*w2 in `K.n` (None at first) got the
    number it was off by and no cause."""
    from micrograd_lite.exercises import lesson02

    class K:
        n = None

    def my_neuron(x1, w1, x2, w2, b):
        if K.n is None:
            K.n = x1 * w1 + x2 * w2  # kept from the first call
        return (K.n + b).tanh()

    message = lesson02.check_neuron(my_neuron).message
    assert "your code changed the attribute `K.n`: a place that keeps something" in message, message


def test_an_unhashable_class_of_the_learners_is_explained_and_a_list_is_not():
    """Walk finding: a Value with `__eq__` (so `__hash__ = None`) got a bare TypeError
    pointing at the visited set."""
    class Node:
        def __eq__(self, other):
            return True

    def put_in_a_set(thing):
        return {thing}

    _, feedback = call_learner_code(put_in_a_set, Node(), doing="testing")
    assert "does your Node define `__eq__`?" in feedback.message, feedback.message
    _, feedback = call_learner_code(put_in_a_set, [1], doing="testing")
    assert "__eq__" not in feedback.message, feedback.message


def test_the_line_named_for_an_error_is_the_learners_not_a_librarys():
    """An error raised inside the standard library (or a tool's wrapper around the
    learner's code, as mutmut's) is placed at the learner's line that called it."""
    import json

    def reads_json(text):
        return json.loads(text)  # the learner's line
    _, error = call_learner_code(reads_json, "{", doing="calling reads_json('{')")
    assert "in `reads_json`: `return json.loads(text)  # the learner's line`" in error.message, \
        error.message


def descend_printing_each_step(loss, start, learning_rate, steps):
    """The worked descend, with the print a learner adds to watch it."""
    from micrograd_lite import Value
    w = Value(start)
    path = [w.data]
    for step in range(steps):
        L = loss(w)
        w.grad = 0.0
        L.backward()
        w.data = w.data - learning_rate * w.grad
        print(f"step {step}: w = {w.data}")
        path.append(w.data)
    return path


def test_a_check_shows_the_first_lines_the_learners_code_prints_and_counts_the_rest(capsys):
    """A print in the learner's loop printed about 530 lines above the verdict: the check
    calls the code hundreds of times."""
    from micrograd_lite.exercises import lesson04
    verdict = lesson04.check_descend(descend_printing_each_step)
    shown = capsys.readouterr().out.splitlines()
    assert verdict and shown[:2] == ["step 0: w = -0.19999999999999996", "step 1: w = 0.44000000000000017"]
    assert len(shown) == 10, shown
    count = int(verdict.message.split("your code printed ")[1].split(" lines")[0])
    assert count > 100 and verdict.message.endswith(
        f"printed {count} lines; only the first 10 are shown above. A check calls your code many "
        "times: to see what it prints, call it in a cell of your own."), verdict.message
    chinese = in_chinese(lambda: lesson04.check_descend(descend_printing_each_step))
    assert f"你的代码一共打印了 {count} 行，上面只显示了前 10 行。" in chinese.message, chinese.message


def test_a_few_lines_printed_pass_unchanged_with_no_count(capsys):
    from micrograd_lite.exercises.printed import shows_first_lines
    from micrograd_lite.exercises.feedback import Feedback

    @shows_first_lines
    def check(lines):
        print("\n".join(f"line {i}" for i in range(lines)), end="")
        return Feedback(False, "Not yet.")
    assert check(10) == Feedback(False, "Not yet.")
    assert capsys.readouterr().out == "".join(f"line {i}\n" for i in range(9)) + "line 9"
    assert check(11).message == ("Not yet. While the check ran it, your code printed 11 lines; "
                                 "only the first 10 are shown above. A check calls your code many "
                                 "times: to see what it prints, call it in a cell of your own.")
    assert capsys.readouterr().out == "".join(f"line {i}\n" for i in range(10))


def test_state_kept_by_a_function_held_in_an_enclosing_variable_is_watched():
    """Walk 79: a method made by a factory (`rule` held in its closure) whose rule counted its
    calls in a global: the global was not watched, and a switch after 60 calls passed."""
    from micrograd_lite.exercises.learner_code import state_changed, state_of

    def make_method(rule):
        def method(x):
            return rule(x)
        return method

    def counting_rule(x):
        _COUNTED.append(x)
        return x
    method = make_method(counting_rule)
    before = state_of(method)
    method(1)
    assert state_changed(before, state_of(method)) == ["the global `_COUNTED`"]


_COUNTED = []


class _Counter:
    def __init__(self):
        self.k = 0

    def __call__(self, x):
        self.k += 1
        return x


_COUNTING = _Counter()


def test_state_kept_in_a_global_object_of_the_learners_is_watched():
    """Walk 80: a neuron that passed its sum through a module-level object with __call__
    (`fix.k` counting) was not told of it: the object's repr never changed."""
    from micrograd_lite.exercises.learner_code import state_changed, state_of

    def neuron(x):
        return _COUNTING(x)
    before = state_of(neuron)
    neuron(1)
    # (walk 86: "the global `ctr.n`" read as a global variable; it is an object's attribute)
    assert state_changed(before, state_of(neuron)) == ["`_COUNTING.k`, an attribute of a global object"]
    before = state_of(neuron)
    neuron(1)
    after = state_of(neuron)
    assert in_chinese(lambda: state_changed(before, after)) == ["全局对象的属性 `_COUNTING.k`"]


def test_a_rerun_quotes_up_to_the_first_sentence_with_a_number():
    """Walk 80: a rerun quoted 「你的第一个优化器在两个参数上每一步都对。」 alone, a sentence of
    praise, as what went wrong."""
    from micrograd_lite.exercises.learner_code import _what_went_wrong
    assert _what_went_wrong("你的第一个优化器在两个参数上每一步都对。可是新建的 Momentum(params, 0.1, 0.9) "
                            "也不对。可能的原因有以下几种：（1）某个计数器。") == (
        "你的第一个优化器在两个参数上每一步都对。可是新建的 Momentum(params, 0.1, 0.9) 也不对。")
    assert _what_went_wrong("At a = 2 it gave 3. Candidates: a counter.") == "At a = 2 it gave 3."
    assert _what_went_wrong("It looks fine. So does this. And this. But not that 1.") == (
        "It looks fine. So does this. And this.")
