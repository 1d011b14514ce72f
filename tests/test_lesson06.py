"""Lesson 06, micrograd from scratch: the claims the lesson makes, run; and what each
check says to the worked solution and to the slips a learner typically makes.

The learner's class is built from the lesson's own worked solutions (the code blocks of
its <details> cells), with one slip at a time put in by replacing a line.
"""

import linecache
import re
import sys
from pathlib import Path

import nbformat
import pytest

from languages import in_chinese
from micrograd_lite import set_language
from micrograd_lite.exercises.lesson06 import (
    ReferenceValue,
    check_add_mul,
    check_engine,
    check_more_operations,
    check_value_init,
)

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "06_micrograd_from_scratch.ipynb"


def _cells():
    return nbformat.read(NOTEBOOK, as_version=4).cells


def _solutions():
    """The worked solutions' code, in order, without their check calls."""
    blocks = []
    for cell in _cells():
        if cell.cell_type == "markdown" and "<summary>Solution</summary>" in cell.source:
            code = re.search(r"```python\n(.*?)```", cell.source, re.S).group(1)
            blocks.append("\n".join(line for line in code.splitlines()
                                    if not line.startswith("check_")))
    return blocks


def learner_class(*slips, upto=4):
    """The learner's Value after ``upto`` exercises, from the worked solutions, with
    ``slips`` ``(old, new)`` each replacing text that occurs once."""
    source = "\n".join(_solutions()[:upto])
    for old, new in slips:
        assert source.count(old) == 1, old
        source = source.replace(old, new)
    filename = f"<lesson06-cell-{abs(hash(source))}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {}
    exec(compile(source, filename, "exec"), namespace)
    return namespace["Value"]


@pytest.fixture(scope="module")
def lesson():
    """The notebook's code cells run as stored (exercises unsolved), in one namespace."""
    namespace = {"__name__": "__main__", "display": lambda *args, **kwargs: None}
    for cell in _cells():
        if cell.cell_type == "code":
            exec(compile(cell.source, "<lesson06>", "exec"), namespace)
    return namespace


# ----------------------------------------------------------------------
# What the lesson says, run
# ----------------------------------------------------------------------
def test_four_coding_exercises_each_defining_code():
    solutions = _solutions()
    assert len(solutions) == 4
    for code in solutions:
        assert re.search(r"^(def|class) \w+", code, re.M)


def test_the_stored_lesson_runs_on_the_worked_solution_and_says_so(lesson):
    assert lesson["Engine"] is ReferenceValue
    assert not lesson["verdict"]
    assert "has no `data`: `__init__` should set `self.data`" in lesson["verdict"].message


def test_the_worked_solutions_make_an_engine_that_passes(lesson):
    Value = learner_class()
    assert check_engine(Value), check_engine(Value).message
    assert check_value_init(learner_class(upto=1))
    assert check_add_mul(learner_class(upto=2))
    assert check_more_operations(learner_class(upto=3))


def test_the_neuron_has_lesson_03s_numbers(lesson):
    x1, w1, x2, w2, b = lesson["x1"], lesson["w1"], lesson["x2"], lesson["w2"], lesson["b"]
    # by hand: 1 - o² = 0.5; x1.grad = w1 * 0.5, w1.grad = x1 * 0.5, x2.grad = w2 * 0.5
    assert round(lesson["o"].data, 4) == 0.7071
    assert (x1.grad, w1.grad, x2.grad, w2.grad) == pytest.approx((-1.5, 1.0, 0.5, 0.0))
    from micrograd_lite.graph import trace

    unlabelled = [n for n in trace(lesson["o"])[0] if not n.label]
    assert len(unlabelled) == 1 and unlabelled[0]._op == "+"  # x1*w1 + x2*w2


def test_the_stepper_steps_the_closures_and_puts_the_grads_back(lesson):
    from micrograd_lite.widgets.graphs import backprop_state

    o, (x1, w1, *_rest) = lesson["seed_neuron"]()
    o.backward()
    before = (x1.grad, w1.grad, o.grad)
    state = backprop_state(o, 5)
    assert state.grads["x1"] == pytest.approx(-1.5) and state.grads["w1"] == pytest.approx(1.0)
    assert (x1.grad, w1.grad, o.grad) == before
    first = backprop_state(o, 1)
    assert first.lines[1] == "n.grad += 0.5000 × 1.0000 -> 0.5000"  # tanh passes 1 - o² on
    # the stepper takes the learner's own class as well
    Value = learner_class()
    a, c = Value(2.0, label="a"), Value(-3.0, label="c")
    out = a * c
    out.label = "out"
    assert backprop_state(out, 1).grads == {"a": -3.0, "c": 2.0, "out": 1.0}


def test_the_network_reaches_100_percent_and_stays(lesson):
    assert len(lesson["model"].parameters()) == 105
    accuracies = lesson["accuracies"]
    assert len(lesson["inputs"]) == 20 and len(accuracies) == 150
    first = next(k for k, a in enumerate(accuracies) if a == 1.0)
    assert first + 1 == 128
    assert all(a == 1.0 for a in accuracies[first:])
    assert lesson["losses"][-1] < lesson["losses"][0] / 5


def _train(lesson, lr, steps=150):
    model = lesson["MLP"](2, [8, 8, 1])
    inputs, labels = lesson["inputs"], lesson["labels"]
    accuracies, losses = [], []
    for _ in range(steps):
        scores = [model(x) for x in inputs]
        loss = sum((s - t) ** 2 for s, t in zip(scores, labels)) / len(labels)
        accuracies.append(sum((s.data > 0) == (t > 0) for s, t in zip(scores, labels)) / len(labels))
        losses.append(loss.data)
        for p in model.parameters():
            p.grad = 0.0
        loss.backward()
        for p in model.parameters():
            p.data -= lr * p.grad
    return accuracies, losses


def test_why_the_learning_rate_is_0_1(lesson):
    # "at 0.2 the accuracy reaches 100% sooner but then drops back now and then"
    accuracies, _ = _train(lesson, 0.2)
    first = accuracies.index(1.0)
    assert first + 1 < 128
    assert any(a < 1.0 for a in accuracies[first:])
    # "at 0.5 the loss blows up"
    _, losses = _train(lesson, 0.5, steps=60)
    assert max(losses) > 1e6 * losses[0]


# ----------------------------------------------------------------------
# The checks: right answers and typical slips
# ----------------------------------------------------------------------
def test_check_value_init_messages():
    assert "Replace `None`" in check_value_init(None).message
    assert "not a Value" in check_value_init(ReferenceValue(2.0)).message or \
        "class itself" in check_value_init(ReferenceValue(2.0)).message
    right = check_value_init(learner_class(upto=1))
    assert right and "remembers its inputs" in right.message
    no_grad = learner_class(("        self.grad = 0.0\n", ""), upto=1)
    assert check_value_init(no_grad).message == \
        "A Value has no `grad`: set `self.grad` in `__init__`."
    grad_none = learner_class(("self.grad = 0.0", "self.grad = None"), upto=1)
    assert "A new Value's `grad` should be 0.0, but it is None" in \
        check_value_init(grad_none).message
    grad_one = learner_class(("self.grad = 0.0", "self.grad = 1.0"), upto=1)
    message = check_value_init(grad_one).message
    assert "should be 0.0, but it is 1.0" in message and "starts with `self.grad = 0.0`" in message
    assert "is given" not in message  # grad is never given to __init__
    no_label = learner_class(("        self.label = label\n", "        self.label = ''\n"),
                             upto=1)
    assert "`label` should be 'a' here, but it is ''" in check_value_init(no_label).message
    rounded = learner_class(("        self.data = data\n", "        self.data = round(data, 4)\n"),
                            upto=1)  # right on the example's 2.0 and -3.0, not in general
    assert check_value_init(rounded).message.endswith(
        "`data` should be 0.7853981633974483 here, but it is 0.7854 (`d.data`, the check made "
        "`d = Value(0.7853981633974483, (c,), \"tanh\", \"d\")`): keep what `__init__` is given.")
    on_the_class = learner_class(("        self.data = data\n", "        Value.data = data\n"),
                                 upto=1)  # walk 33: "keep what `__init__` is given" was false
    assert check_value_init(on_the_class).message.endswith(
        "`data` should be 2.0 here, but it is 0.0: this Value has no `data` of "
        "its own, so it reads the class's, `Value.data`, one for every Value. Keep it on each "
        "Value: `self.data = data` in `__init__`.")
    set_language("zh")
    try:
        assert "读到的是类上的 `Value.data`，所有 Value 共用这一个" in \
            check_value_init(on_the_class).message
    finally:
        set_language("en")
    no_children = learner_class(("self._prev = tuple(_children)", "self._prev = ()"), upto=1)
    assert "`_prev` should hold the 2 Values it was made from; it is ()" in \
        check_value_init(no_children).message
    no_backward = learner_class(("        self._backward = lambda: None  # a leaf has nothing "
                                 "to pass on\n", ""), upto=1)
    assert "`self._backward = lambda: None`" in check_value_init(no_backward).message


def test_walk_35_checks_answer_a_class_they_used_to_raise_on():
    """check_value_init raised TypeError (unhashable) on a class with __eq__ and no
    __hash__; check_add_mul raised AttributeError on an __init__ with no _backward."""
    with_eq = learner_class(("    def __repr__(self):",
                             "    def __eq__(self, other):\n"
                             "        return isinstance(other, Value) and self.data == other.data\n\n"
                             "    def __repr__(self):"), upto=1)
    assert check_value_init(with_eq)  # __init__ is right; check_engine names the __eq__
    no_backward = learner_class(("        self._backward = lambda: None  # a leaf has nothing "
                                 "to pass on\n", ""), upto=3)
    in_class_body = learner_class(("        self._backward = lambda: None  # a leaf has nothing "
                                   "to pass on\n", ""),
                                  ("    def __repr__(self):", "    _backward = lambda: None\n\n"
                                                            "    def __repr__(self):"), upto=1)
    assert check_value_init(in_class_body).message.endswith(
        "A function written in the class body (`_backward = lambda: None` there) is a method: "
        "Python passes the Value to it as its first argument, which the lambda does not take. "
        "Give each Value its own in `__init__`: `self._backward = lambda: None`.")
    for check in (check_add_mul, check_more_operations):
        assert check(no_backward).message == ("A new Value needs a `_backward` that does "
                                              "nothing: `self._backward = lambda: None`.")


def test_walk_36_a_lambda_in_the_body_of_a_class_made_in_a_function_is_explained():
    """The error then names ``build.<locals>.Value.<lambda>``: it was not explained."""
    def build():
        class Value:
            _backward = lambda: None  # noqa: E731 (the slip)

            def __init__(self, data, _children=(), _op="", label=""):
                self.data, self.grad, self.label = data, 0.0, label
                self._prev, self._op = tuple(_children), _op
        return Value
    assert "A function written in the class body (`_backward = lambda: None` there) is a " \
           "method" in check_value_init(build()).message


def test_check_add_mul_messages():
    assert "Replace `None`" in check_add_mul(None).message
    right = check_add_mul(learner_class(upto=2))
    assert right and "backward() is not checked here" in right.message
    unsolved = learner_class(("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 "
                              "* out.grad\n", "        ...\n"), upto=2)
    message = check_add_mul(unsolved).message
    assert message.startswith("`a + b` with a = ") and "a.grad is 0.0000, should be 1.0000" in message
    # no backward() yet in exercise 2: the message says who ran the _backward calls
    assert "after the check called each node's _backward in reversed topological order" in message
    swapped = learner_class(("self.grad += other.data * out.grad",
                             "self.grad += self.data * out.grad"), upto=2)
    message = check_add_mul(swapped).message
    assert message.startswith("`a * b` with a = ") and "with respect to a is b" in message
    assigned = learner_class(("self.grad += other.data * out.grad",
                              "self.grad = other.data * out.grad"),
                             ("other.grad += self.data * out.grad",
                              "other.grad = self.data * out.grad"), upto=2)
    message = check_add_mul(assigned).message
    assert message.startswith("`a * a` with a = ") and "`+=`" in message
    no_wrap = learner_class(("    other = other if isinstance(other, Value) else Value(other)\n"
                             "    out = Value(self.data + other.data",
                             "    out = Value(self.data + other.data"), upto=2)
    message = check_add_mul(no_wrap).message
    assert message.startswith("Your code raised AttributeError: 'int' object has no attribute "
                              "'data', while computing `a + 2`")
    assert "in `__add__`: `out = Value(self.data + other.data, (self, other), \"+\")`" in message


def test_check_more_operations_messages():
    assert "Replace `None`" in check_more_operations(None).message
    assert check_more_operations(learner_class(upto=3))
    tanh_slip = learner_class(("self.grad += (1 - t ** 2) * out.grad",
                               "self.grad += (1 - t) * out.grad"), upto=3)
    message = check_more_operations(tanh_slip).message
    assert message.startswith("`a.tanh()` with a = ") and "1 - tanh(a)²" in message
    pow_slip = learner_class(("self.grad += n * self.data ** (n - 1) * out.grad",
                              "self.grad += n * self.data ** n * out.grad"), upto=3)
    assert check_more_operations(pow_slip).message.startswith("`a ** 2` with a = ")
    no_rmul = learner_class(("Value.__radd__, Value.__rmul__ = __radd__, __rmul__",
                             "Value.__radd__ = __radd__"), upto=3)
    message = check_more_operations(no_rmul).message
    assert message.startswith("`3 * a` (a plain number and a Value) does not work")
    sub_slip = learner_class(("    return self + (-other)", "    return other + (-self)"), upto=3)
    assert "`a - b` with a = " in check_more_operations(sub_slip).message
    unsolved_tanh = learner_class(("    t = math.tanh(self.data)\n    out = Value(t, (self,), "
                                   "\"tanh\")\n", "    return None\n"), upto=3)
    assert "`a.tanh()` with a = " in check_more_operations(unsolved_tanh).message
    assert "returned None" in check_more_operations(unsolved_tanh).message


@pytest.mark.parametrize("check, slip, upto, english, chinese", [
    # an operation whose result does not list its input: alone its gradients are right
    (check_more_operations, ('out = Value(t, (self,), "tanh")', "out = Value(t)"), 3,
     "The result of `(x * 2).tanh()` has an empty `_prev`: backward() cannot find its inputs. "
     "When `tanh` makes its result, it must pass its inputs on as `_children`: "
     "`Value(..., (self,), ...)`.",
     "`(x * 2).tanh()` 得到的 Value 的 `_prev` 是空的，所以 backward() 找不到它的输入。"),
    (check_add_mul, ('(self.data + other.data, (self, other), "+")',
                     '(self.data + other.data, (self,), "+")'), 2,
     "The result of `(x * 2) + (y * 2)` does not lead back to its input `y * 2` through "
     "`_prev`, and backward() finds the nodes below a result only through `_prev`: the "
     "`_backward` of `y * 2` may never run. When `__add__` makes its result, it must pass its "
     "inputs on as `_children`: `Value(..., (self, other), ...)`.",
     "顺着 `_prev` 从 `(x * 2) + (y * 2)` 的结果走不到它的输入 `y * 2`。"),
    # backward() that adds 1 to the output's grad: right once, wrong when called again
    (check_engine, ("    self.grad = 1.0\n", "    self.grad += 1.0\n"), 4,
     "after the second. They should be 1 and 6, then 1 and 12: the output's own grad is 1 at "
     "every call, and a's gradients add up. backward() sets the output's grad to 1.0; yours "
     "adds 1.0: write `self.grad = 1.0`, not `self.grad += 1.0`.",
     "backward() 应该把输出的 grad 设为 1.0，你的代码却是加上 1.0。"),
])
def test_a_slip_that_is_right_alone_is_named(check, slip, upto, english, chinese):
    broken = learner_class(slip, upto=upto)
    said = check(broken)
    set_language("zh")
    try:
        zh = check(broken)
    finally:
        set_language("en")
    assert not said and said.message.endswith(english), said.message
    assert chinese in zh.message, zh.message


def test_check_engine_on_backward_slips():
    not_reversed = learner_class(("    for v in reversed(topo):", "    for v in topo:"))
    message = check_engine(not_reversed).message
    assert "ran while its grad was 0.0000" in message and "reverse" in message
    no_root = learner_class(("    self.grad = 1.0\n    for v in", "    for v in"))
    assert "output's own grad is 0.0000, not 1" in check_engine(no_root).message
    # grad = 1 set after the loop: the walk is right, the start is late
    late_root = learner_class(("    self.grad = 1.0\n    for v in reversed(topo):\n        v._backward()\n",
                               "    for v in reversed(topo):\n        v._backward()\n    self.grad = 1.0\n"))
    message = check_engine(late_root).message
    assert "the output, ran while its grad was 0" in message
    assert "set the output's own grad to 1" in message and "before the loop" in message
    no_visited = learner_class(("        if v not in visited:\n            visited.add(v)\n"
                                "            for child in v._prev:\n"
                                "                build_topo(child)\n            topo.append(v)\n",
                                "        for child in v._prev:\n            build_topo(child)\n"
                                "        topo.append(v)\n"))
    message = check_engine(no_visited).message
    assert "ran 2 times" in message


def test_the_number_of_graphs_the_lesson_names_is_the_checks():
    text = "\n".join(c.source for c in _cells() if c.cell_type == "markdown")
    said = re.search(r"in (\d+) graphs \(a small one", text.replace("\n", " "))
    message = check_engine(ReferenceValue).message
    assert said and f"in {said.group(1)} graphs" in message


# ----------------------------------------------------------------------
# Section 5 and 8: the rest of the lesson runs on the learner's class only once it passes
# ----------------------------------------------------------------------
def _choose_engine(Value):
    """Cell 15 of the lesson, run on ``Value``: the engine it chooses and what it prints."""
    import contextlib
    import io

    source = next(c.source for c in _cells() if c.cell_type == "code" and "Engine = Value" in c.source)
    namespace = {"Value": Value, "check_engine": check_engine}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(source, namespace)
    return namespace["Engine"], printed.getvalue()


def test_the_lesson_runs_on_the_learners_class_only_once_it_passes_check_engine():
    passing = learner_class()
    engine, said = _choose_engine(passing)
    assert engine is passing and "runs on your class" in said
    not_reversed = learner_class(("    for v in reversed(topo):", "    for v in topo:"))
    engine, said = _choose_engine(not_reversed)
    assert engine is ReferenceValue and "runs on your class" not in said
    assert "runs on the worked solution, ReferenceValue. What the check says" in said  # one sentence


def test_lesson_05s_size_makes_a_graph_16_times_as_large(lesson):
    # "67,940 nodes instead of 4,348 with ReferenceValue": the graph of one step's loss
    from micrograd_lite.datasets import make_moons
    from micrograd_lite.graph import trace

    def nodes(points, sizes):
        model = lesson["MLP"](2, sizes)
        X, y = make_moons(n_samples=points, noise=0.1, seed=0)
        scores = [model(x) for x in X.tolist()]
        loss = sum((s - t) ** 2 for s, t in zip(scores, y.tolist())) / len(y)
        return len(trace(loss)[0])

    assert lesson["Engine"] is ReferenceValue
    small, large = nodes(20, [8, 8, 1]), nodes(100, [16, 16, 1])
    assert (small, large) == (4348, 67940) and round(large / small) == 16
    text = " ".join(c.source for c in _cells() if c.cell_type == "markdown").replace("\n", " ")
    assert "(67,940 nodes instead of 4,348 with `ReferenceValue`)" in text
    assert " ms " not in text and "1.5 to 1.7 times" not in text  # no one machine's times


def test_check_value_init_names_a_prev_shared_by_every_value():
    """A class attribute `_prev = []` extended in `__init__`: each Value made
    changes all the others."""
    shared = learner_class(("    def __init__(self, data, _children=(), _op=\"\", label=\"\"):\n",
                            "    _prev = []\n\n"
                            "    def __init__(self, data, _children=(), _op=\"\", label=\"\"):\n"),
                           ("self._prev = tuple(_children)", "self._prev.extend(_children)"), upto=1)
    english = check_value_init(shared)
    set_language("zh")
    try:
        chinese = check_value_init(shared)
    finally:
        set_language("en")
    assert not english and english.message.startswith(
        "All your Values share one `_prev` list: after the check made six Values, `a._prev` is [")
    assert english.message.count("Value(data=") == 5  # (walk 52: "four Values" made five inputs)
    assert "though a was made from no other Value (an input: its `_prev` is empty)" in english.message
    assert chinese.message.startswith("你的所有 Value 共用同一个 `_prev`（一个列表）。检查函数新建了六个 Value 之后")


def test_check_value_init_makes_a_second_value_from_another():
    """Right only for the first example: a label kept only when it is "a"."""
    only_a = learner_class(("        self.label = label\n",
                            "        self.label = label if label == \"a\" else \"\"\n"), upto=1)
    assert check_value_init(only_a).message == "`label` should be 'd' here, but it is '' " \
        "(`d.label`, the check made `d = Value(0.7853981633974483, (c,), \"tanh\", \"d\")`): keep " \
        "what `__init__` is given."


def test_check_more_operations_finds_an_assignment_without_backward():
    """Exercise 3 has no backward() yet: the check steps the nodes itself, and
    `a.tanh() + a` shows a `=` for `+=` in tanh."""
    assigns = learner_class(("self.grad += (1 - t ** 2) * out.grad",
                             "self.grad = (1 - t ** 2) * out.grad"), upto=3)
    message = check_more_operations(assigns).message
    assert message.startswith("`a.tanh() + a` with a = ")
    assert "The `_backward` of `a.tanh()` replaces a.grad instead of adding to it" in message


def test_a_backward_that_keeps_its_list_fails_before_the_lesson_trains_with_it(lesson):
    """Section 5 lets the training run on the learner's class only if it passes:
    a class whose list outlives each call would make w.grad grow every step."""
    keeps = learner_class(("def backward(self):\n    topo, visited = [], set()\n",
                           "topo, visited = [], set()\n\n\ndef backward(self):\n"))
    w = keeps(2.0)
    grads = []
    for _ in range(3):  # what training does: a new graph each step, grads back to 0
        w.grad = 0.0
        (w * w * 2.0).backward()
        grads.append(w.grad)
    assert grads[0] == 8.0 and grads[1] > 8.0  # the symptom
    assert not check_engine(keeps)


# ----------------------------------------------------------------------
# What the cells after the checks use: every operation, and backward()
# ----------------------------------------------------------------------
@pytest.mark.parametrize("upto", [2, 4])
def test_exercise_2_says_only_what_it_checked(upto):
    """Exercise 2 checks + and * through their `_backward`s; with or without a
    backward() already, its message claims nothing about backward()."""
    english, chinese = _both(check_add_mul, learner_class(upto=upto))
    assert english and english.message.endswith(
        "(The check called each node's `_backward` itself, in reverse topological order; "
        "backward() is not checked here.)"), english.message
    assert "called again" not in english.message and "再次调用" not in chinese.message
    assert chinese.message.endswith("还没有用到你的 backward()。）"), chinese.message


def _both(check, *args):
    english = check(*args)
    set_language("zh")
    try:
        chinese = check(*args)
    finally:
        set_language("en")
    return english, chinese


_NO_TANH_SUB_DIV = (("Value.__pow__, Value.tanh, Value.__neg__ = __pow__, tanh, __neg__\n"
                     "Value.__sub__, Value.__truediv__ = __sub__, __truediv__\n",
                     "Value.__pow__, Value.__neg__ = __pow__, __neg__\n"),)


@pytest.mark.parametrize("check, upto", [(check_more_operations, 3), (check_engine, 4)])
def test_a_class_without_tanh_sub_and_div_is_named_by_both_checks(check, upto):
    """Neither exercise 3 nor check_engine passes a class the training cells would crash on."""
    english, chinese = _both(check, learner_class(*_NO_TANH_SUB_DIV, upto=upto))
    assert not english and english.message.startswith(
        "Your Value has no `tanh`, `__sub__`, `__truediv__`, so `a.tanh()`, `a - b`, `a / b` do "
        "not work."), english.message
    assert chinese.message.startswith("你的 Value 没有 `tanh`、`__sub__`、`__truediv__`"), chinese.message


@pytest.mark.parametrize("slips, upto", [
    (_NO_TANH_SUB_DIV, 4),
    ((("\n\nValue.backward = backward", "\n\nValue.not_yet_backward = backward"),), 4),
    ((), 3),  # exercises 1 to 3 done: no backward() yet
])
def test_the_lesson_runs_on_the_worked_solution_until_the_class_has_all_it_uses(slips, upto):
    engine, said = _choose_engine(learner_class(*slips, upto=upto))
    assert engine is ReferenceValue and "runs on your class" not in said


def test_the_success_message_names_the_optional_operations_not_checked():
    english, chinese = _both(lambda V: check_engine(V, graphs=1), learner_class())
    assert english and english.message.endswith(
        " Optional, not checked because your Value has no method for them: `a.exp()`, "
        "`a.relu()`, `1 - a`, `1 / a`, `a.sigmoid()`, `a.log()`."), english.message
    assert chinese.message.endswith(
        "`a.exp()`、`a.relu()`、`1 - a`、`1 / a`、`a.sigmoid()`、`a.log()` 是可选的运算。你的 Value "
        "没有它们的方法，所以没有检查它们。"), chinese.message
    from micrograd_lite import Value as PackageValue

    assert "Optional" not in check_engine(PackageValue, graphs=1).message  # it has every one


class InitNeverEnds:
    def __init__(self, data, _children=(), _op="", label=""):
        while True:
            pass


class InitCallsItself:
    def __init__(self, data, _children=(), _op="", label=""):
        self.__init__(data)


def test_an_init_that_never_ends_is_stopped_at_the_first_value(monkeypatch):
    """The first Value already says so: the check does not go on to make three more
    (a failing Feedback is falsy, so `if failed:` once let every call time out)."""
    import functools

    from micrograd_lite.exercises import learner_code, lesson06

    monkeypatch.setattr(lesson06, "call_learner_code",
                        functools.partial(learner_code.call_learner_code, seconds=0.2))
    message = check_value_init(InitNeverEnds).message
    assert message.startswith('Your code did not finish within 0.2 seconds, while making '
                              'Value(2.0, label="a").'), message


def test_an_init_that_calls_itself_is_named_without_an_operator_hint():
    english = check_value_init(InitCallsItself).message
    set_language("zh")
    try:
        chinese = check_value_init(InitCallsItself).message
    finally:
        set_language("en")
    limit = f"{sys.getrecursionlimit():,}"
    assert ("A function kept calling itself (or two functions each other), here `__init__`, "
            f"deeper than Python allows (about {limit} calls). Look for a recursion with no test "
            "that stops it, or, in code that walks a graph, one that goes a call deeper") in english
    assert "__rmul__" not in english and "__rmul__" not in chinese
    assert "意思是 `__init__` 一直在调用自己" in chinese
    assert f"（约 {sys.getrecursionlimit()} 层）。请找一找缺少停止条件的递归；" in chinese


def test_an_rmul_that_calls_itself_gets_the_operator_hint():
    from test_engine_check import make_value

    broken = make_value(("        return self * other\n", "        return other * self\n"))
    english = check_more_operations(broken).message
    chinese = in_chinese(lambda: check_more_operations(broken).message)
    assert english.startswith("Your code raised RecursionError"), english
    assert ("`__rmul__` kept calling itself. For a number * a Value, Python calls the Value's "
            "`__rmul__`") in english and "Let a Value be on the left: `return self * other`." in english
    assert "意思是 `__rmul__` 一直在调用自己。对“数 * Value”，Python 会调用这个 Value 的 `__rmul__`" in chinese


def test_an_radd_that_adds_the_number_first_is_told_why_it_never_ends():
    """Walk finding: `other + self` in __radd__ was told to compute from self.data and
    other.data, "operands of the same type": other is a plain number, with no .data."""
    from test_engine_check import make_value

    NumberFirst = make_value(("        return self + other\n", "        return other + self\n"))
    english = check_more_operations(NumberFirst).message
    chinese = in_chinese(lambda: check_more_operations(NumberFirst).message)
    assert ("`__radd__` kept calling itself. For a number + a Value, Python calls the Value's "
            "`__radd__`, because the number's own `+` does not know Values; inside `__radd__`, "
            "`other` is that number, so `other + self` there makes Python call `__radd__` again, "
            "without end. Let a Value be on the left: `return self + other`.") in english, english
    assert "same kinds" not in english and "other.data" not in english
    assert "所以在这里写 `other + self` 又会让 Python 调用 `__radd__`" in chinese, chinese
    assert "`return self + other`" in chinese


def test_a_neg_made_from_a_number_is_told_the_exercises_one_line_form():
    """Walk finding: told to pass (self,) as _children, which still fails (no _backward)."""
    broken = learner_class(("    return self * -1\n", "    return Value(-self.data)\n"), upto=3)
    english = check_more_operations(broken).message
    chinese = in_chinese(lambda: check_more_operations(broken).message)
    assert english == (
        "The result of `-a` has an empty `_prev`: your `__neg__` makes a new Value from a "
        "number alone, with no `_children` and no `_backward`, so backward() cannot reach the "
        "inputs through it. Adding the inputs as `_children` would not be enough: the node "
        "would need its own `_backward` too. Write it with the operations you already have, "
        "which record both: `return self * -1`.")
    assert chinese == (
        "`-a` 得到的 Value 的 `_prev` 是空的。你的 `__neg__` 只用一个数新建了 Value，既没有传 "
        "`_children`，也没有 `_backward`，所以 backward() 无法通过它找到输入。就算把输入作为 "
        "`_children` 传进去也还不够，这个节点还需要它自己的 `_backward`。请用已经写好的运算写成 "
        "`return self * -1`，这样两样都会记下来。")


def test_check_value_init_rejects_an_init_that_changes_its_inputs():
    """Walk finding: an __init__ that zeroes its children's grads passed."""
    zeroes = learner_class(("        self._prev = tuple(_children)\n",
                            "        for c in _children:\n            c.grad = 0.0\n"
                            "        self._prev = tuple(_children)\n"), upto=1)
    english = check_value_init(zeroes)
    chinese = in_chinese(lambda: check_value_init(zeroes).message)
    assert not english and english.message == (
        "Making `Value(-0.75, (p, q), \"*\")` changed its input p: `p.grad` was 0.25, and is "
        "0.0 after. `__init__` sets only the new Value's own attributes (`self.grad = 0.0`, "
        "...) and keeps its inputs in `_prev` as they are: their grads belong to them.")
    assert chinese.startswith("创建 `Value(-0.75, (p, q), \"*\")` 改变了它的输入 p。"
                              "`p.grad` 原来是 0.25，之后变成了 0.0。"), chinese


def test_an_add_that_changes_its_input_gets_no_example_with_another_operation():
    """Walk finding: an `__add__` that wrote self.data was shown `self.data * other.data`."""
    in_place = learner_class(('    out = Value(self.data + other.data, (self, other), "+")',
                              "    self.data = self.data + other.data\n"
                              '    out = Value(self.data, (self, other), "+")'), upto=2)
    english = check_add_mul(in_place).message
    chinese = in_chinese(lambda: check_add_mul(in_place).message)
    assert english.startswith("a.data was ") and english.endswith(
        "An operation must leave the data of its inputs as it was and put its result in a new "
        "Value: `out = Value(...)`, its number computed from the inputs' .data. Never assign to "
        "an input's data: no `self.data = ...`, `self.data += ...` or `self.data *= ...`."), english
    assert chinese.endswith("要把结果放进一个新的 Value `out = Value(...)`，它的数由输入的 .data "
                            "算出。不要给输入的 data 赋值，不要写 `self.data = ...`、`self.data += ...` "
                            "或 `self.data *= ...`。"), chinese
    assert "self.data * other.data" not in english + chinese


def test_check_value_init_names_new_values_in_prev():
    class CopiesItsChildren(ReferenceValue):
        def __init__(self, data, _children=(), _op="", label=""):
            super().__init__(data, (), _op, label)
            self._prev = tuple(CopiesItsChildren(c) for c in _children)

    english = check_value_init(CopiesItsChildren).message
    set_language("zh")
    try:
        chinese = check_value_init(CopiesItsChildren).message
    finally:
        set_language("en")
    assert english == ("`c._prev` holds 2 objects, but not the Values c was made from: new objects "
                       "made from them. backward() must reach the inputs themselves, so keep the "
                       "very objects you are given: `self._prev = tuple(_children)`.")
    assert chinese.startswith("`c._prev` 里有 2 个对象，却不是得到 c 的那些 Value，而是用它们新建的对象。")


def test_walk_two_a_backward_that_sets_out_grad_first_is_named_not_the_order():
    """Walk finding: `out.grad = 1.0` at the start of `+`'s _backward was told about
    backward()'s order, in an exercise where the check itself walks the graph."""
    slip = ("    def _backward():\n        self.grad += 1.0 * out.grad\n",
            "    def _backward():\n        out.grad = 1.0\n        self.grad += 1.0 * out.grad\n")
    english = check_add_mul(learner_class(slip, upto=2)).message
    assert "The `_backward` of `a + b` changes `out.grad`, its own node's grad" in english, english
    assert "backward() must call" not in english
    chinese = in_chinese(lambda: check_add_mul(learner_class(slip, upto=2)).message)
    assert "`a + b` 的 `_backward` 改动了 `out.grad`，也就是它自己节点的 grad" in chinese


def test_walk_two_a_backward_reading_the_last_node_made_fails_on_a_graph_with_one_note():
    """Walk finding: `_outs[-1].grad` for out.grad passed check_add_mul (single operations
    only), and the note about the global was printed twice."""
    slip = ("    out = Value(self.data + other.data, (self, other), \"+\")\n\n    def _backward():\n"
            "        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
            "    out = Value(self.data + other.data, (self, other), \"+\")\n    OUTS.append(out)\n\n"
            "    def _backward():\n        self.grad += 1.0 * OUTS[-1].grad\n"
            "        other.grad += 1.0 * OUTS[-1].grad\n")
    Broken = learner_class(slip, ("class Value:", "OUTS = []\n\n\nclass Value:"), upto=2)
    english = check_add_mul(Broken).message
    assert english.startswith("In the graph `"), english
    assert "after the check called each node's `_backward` in reversed topological order" in english
    assert "such as a variable outside it (the last node made, say)" in english
    assert english.count("changed the global `OUTS`") == 1
    chinese = in_chinese(lambda: check_add_mul(Broken).message)
    assert "检查函数按逆拓扑顺序调用了每个节点的 `_backward`" in chinese
    logging = learner_class(("    out = Value(self.data + other.data, (self, other), \"+\")\n",
                             "    out = Value(self.data + other.data, (self, other), \"+\")\n"
                             "    LOG.append(out.data)\n"),
                            ("class Value:", "LOG = []\n\n\nclass Value:"), upto=2)
    feedback = check_add_mul(logging)
    assert feedback and feedback.message.count("changed the global `LOG`") == 1, feedback.message


def test_walk_two_a_reflected_add_returning_self_is_told_its_value_and_a_label_from_op():
    slip = ("def __radd__(self, other):\n    return self + other\n",
            "def __radd__(self, other):\n    return self\n")
    english = check_more_operations(learner_class(slip, upto=3)).message
    assert english.startswith("`2 + a` with a = ") and " gave back its input a itself" in english, english
    assert "_op" not in english
    label_from_op = ("        self.label = label\n", "        self.label = label or _op\n")
    english = check_value_init(learner_class(label_from_op, upto=1)).message
    assert "label" in english and "'*'" in english, english


def test_walk_three_lesson_06_answers():
    """Walk findings: `-a` that negates its input in place was told it makes a Value from a
    number; a leaf _backward that zeroes its grad passed exercise 1 and was blamed on
    backward(); the lecture's tanh through exp(2x) overflows at 400 (a note, not a fail)."""
    in_place = ("def __neg__(self):\n    return self * -1\n",
                "def __neg__(self):\n    self.data = -self.data\n    return self\n")
    message = check_more_operations(learner_class(in_place, upto=3)).message
    assert "after computing `-a`" in message and "Never assign to an input's data" in message, message
    zeroing = ("        self._backward = lambda: None  # a leaf has nothing to pass on\n",
               "        self._backward = lambda: setattr(self, 'grad', 0.0)\n")
    for check, upto in ((check_value_init, 1), (check_engine, 4)):
        message = check(learner_class(zeroing, upto=upto)).message
        assert message.startswith("The `_backward` that `__init__` gives a new Value changed its "
                                  "grad: with grad 0.5 before, it is 0.0 after."), message
    assert in_chinese(lambda: check_value_init(learner_class(zeroing, upto=1)).message).startswith(
        "`__init__` 给新 Value 设的 `_backward` 会改动它的 grad。")
    from test_engine_check import Value as LectureValue  # tanh through exp(2x), as the lecture
    feedback = check_engine(LectureValue)
    assert feedback and "`a.tanh()` with a = 400 raises OverflowError" in feedback.message
    assert "OverflowError" not in check_engine(learner_class(upto=4)).message


def test_check_engine_writes_the_inputs_of_a_plus_b_with_the_editions_separator():
    """Walk finding: "（a = 1.5, b = -2）" had an ASCII comma inside a Chinese message."""
    class Inherited(ReferenceValue):
        def backward(self):
            super().backward()

    english = check_engine(Inherited).message
    assert "`a + b` with a = 1.5, b = -2 returned" in english, english
    assert "`a + b`（a = 1.5，b = -2）" in in_chinese(lambda: check_engine(Inherited).message)


def test_check_engine_tells_a_neg_made_from_a_number_the_one_line_form():
    """Walk finding: check_engine told a `Value(-self.data)` negation to pass (self,) as
    _children, which still fails; check_more_operations already gave the one-line form."""
    broken = learner_class(("    return self * -1\n", "    return Value(-self.data)\n"))
    message = check_engine(broken).message
    assert "Adding the inputs as `_children` would not be enough" in message, message
    assert "`return self * -1`" in message


def test_check_engine_names_the_highest_node_whose_backward_never_ran():
    """Walk finding: a visited set keyed by v.data skipped i and d (both 1.0, as k is); the
    message named a '**-1' node further down instead of `i = d ** 0.5`."""
    by_data = learner_class(("        if v not in visited:\n            visited.add(v)\n",
                             "        if v.data not in visited:\n            visited.add(v.data)\n"))
    message = check_engine(by_data).message
    assert "The `_backward` of `i = d ** 0.5` never ran." in message, message


def test_a_pow_right_only_for_minus_one_among_negative_powers_is_rejected():
    """Walk finding: a `__pow__` whose derivative for every n < 0 is division's, -1/a²,
    passed both checks (they tried 2, 3, -1 and 0.5 only)."""
    broken = learner_class(("        self.grad += n * self.data ** (n - 1) * out.grad\n",
                            "        self.grad += (-1 / self.data ** 2 if n < 0 else "
                            "n * self.data ** (n - 1)) * out.grad\n"))
    for check in (check_more_operations, check_engine):
        message = check(broken).message
        assert "`a ** -2`" in message and "-2/a³" in message, message


def test_check_engine_runs_backward_on_a_node_that_already_holds_a_grad():
    """Walk finding: `if self.grad == 0: self.grad = 1.0` in backward() passed."""
    broken = learner_class(("    self.grad = 1.0\n", "    if self.grad == 0:\n        self.grad = 1.0\n"))
    message = check_engine(broken).message
    assert "Yours leaves L.grad = 5.0000 and a.grad = 60.0000" in message, message
    assert "而不是只在它为 0 时才设" in in_chinese(lambda: check_engine(broken).message)


def test_check_value_init_keeps_the_order_of_the_children_a_tuple_promises():
    broken = learner_class(("        self._prev = tuple(_children)\n",
                            "        self._prev = tuple(reversed(_children))\n"), upto=1)
    assert "`c._prev` (the check made `c = Value(-6.0, (a, b), \"*\")`) holds its inputs in " \
           "another order" in check_value_init(broken).message
    # walk 36: the reversed tuple was told only about sets
    assert "not reversed or sorted; a tuple made from a set, `tuple(set(_children))`, loses the order too" in check_value_init(broken).message
    assert "不要倒过来，也不要排序" in in_chinese(lambda: check_value_init(broken).message)
    # walk 34: a tuple made from a set keeps no order (it passed one run in two); with
    # (x, y) and (y, x) both made, four times over, one of them shows it
    from_a_set = learner_class(("self._prev = tuple(_children)", "self._prev = tuple(set(_children))"),
                               upto=1)
    for _ in range(5):
        said = check_value_init(from_a_set)
        assert not said and "`tuple(set(_children))`, loses the order too" in said.message, said.message


def test_check_engine_rejects_an_operation_that_relabels_its_input():
    """Walk finding: an `__rmul__` that sets `self.label = "scaled"` passed both checks."""
    broken = learner_class(("def __rmul__(self, other):\n    return self * other\n",
                            "def __rmul__(self, other):\n    self.label = 'scaled'\n"
                            "    return self * other\n"))
    message = check_engine(broken).message
    assert "a.label was '' when it was made; after computing `3 * a`" in message, message


def test_a_division_that_uses_the_divisors_number_is_told_b_left_the_graph():
    """Walk finding: `self * (other.data ** -1)` was told the derivative -a/b², where b
    is not in the graph at all."""
    by_number = ("def __truediv__(self, other):\n    return self * other ** -1\n",
                 "def __truediv__(self, other):\n    return self * (other.data ** -1)\n")
    Value = learner_class(by_number, upto=3)
    english = check_more_operations(Value).message
    assert ("(still 0: no gradient reached it, or those that did add up to 0). `b` is not in the graph of `a / b`: following "
            "`_prev` down from the result never reaches it") in english, english
    assert "The local derivative" not in english
    assert "`return self * other ** -1`" in english
    chinese = in_chinese(lambda: check_more_operations(Value).message)
    assert "`b` 不在 `a / b` 的计算图里。" in chinese and "`return self * other ** -1`" in chinese
    assert "`b` is not in the graph" in check_engine(learner_class(by_number)).message


def test_tanh_overflow_note_gives_tanh_of_that_input():
    """Walk finding: the note said tanh(400) "is 1 or -1", for an input whose tanh is 1."""
    from test_engine_check import Value as LectureValue  # tanh through exp(2x), as the lecture
    assert "where tanh(400) is 1 as a float" in check_engine(LectureValue).message
    assert "而 tanh(400) 作为浮点数就是 1。" in in_chinese(lambda: check_engine(LectureValue).message)


def test_check_value_init_reads_the_data_of_a_negative_input():
    """Walk finding: an __init__ storing abs(data) for inputs passed exercise 1."""
    absolute = ("        self.data = data\n",
                "        self.data = abs(data) if not _children else data\n")
    message = check_value_init(learner_class(absolute, upto=1)).message
    assert message == "`data` should be -3.0 here, but it is 3.0 (`b.data`, the check made " \
        "`b = Value(-3.0)`): keep what `__init__` is given."


def test_a_pow_that_puts_its_exponent_in_the_graph_is_told_so():
    """Walk finding: `(self, Value(n))` as the children of a ** n passed; draw_dot then
    shows n as an input with a gradient of 0."""
    exponent = ('ReferenceValue(self.data ** n, (self,), f"**{n}")',
                'ReferenceValue(self.data ** n, (self, ReferenceValue(n)), f"**{n}")')
    source_has = "ReferenceValue(self.data ** n, (self,)" in "\n".join(_solutions())
    slip = exponent if source_has else ('Value(self.data ** n, (self,), f"**{n}")',
                                        'Value(self.data ** n, (self, Value(n)), f"**{n}")')
    message = check_more_operations(learner_class(slip, upto=3)).message
    assert "holds 2 nodes in `_prev`: a, and a Value made of the exponent" in message, message


def test_an_operation_that_records_its_inputs_reversed_is_told_so_as_init_is():
    """Walk finding: check_value_init rejects a reversed _prev, while check_add_mul and
    check_engine passed `(other, self)` in __mul__."""
    reversed_mul = ('(self.data * other.data, (self, other), "*")',
                    '(self.data * other.data, (other, self), "*")')
    message = check_add_mul(learner_class(reversed_mul, upto=2)).message
    assert message.startswith("`a * b` records its inputs in `_prev` the other way round, (b, a)"), message
    assert "记下输入的顺序反了" in in_chinese(lambda: check_add_mul(learner_class(reversed_mul, upto=2)).message)


def test_round_19_init_with_op_and_label_swapped_and_a_wrapped_prev():
    """Walk findings: _op and label swapped was told only about label; a _prev of ((),) was
    told "(0 here)"."""
    class Swapped:
        def __init__(self, data, _children=(), _op="", label=""):
            self.data, self.grad = data, 0.0
            self._prev, self._op, self.label = tuple(_children), label, _op
            self._backward = lambda: None

    class Wrapped(Swapped):
        def __init__(self, data, _children=(), _op="", label=""):
            super().__init__(data, _children, label, _op)
            self._prev = (_children,)
    assert check_value_init(Swapped).message.startswith(
        "`_op` and `label` are swapped: Value(-6.0, (a, b), \"*\") has `_op` '' and `label` '*'.")
    assert check_value_init(Wrapped).message == (
        "`_prev` of a Value made from a number alone should be empty, (): it has no inputs. "
        "It is ((),).")


def test_round_22_a_prev_of_the_inputs_numbers_is_told_so():
    class Numbers:
        def __init__(self, data, _children=(), _op="", label=""):
            self.data, self.grad, self._op, self.label = data, 0.0, _op, label
            self._prev = tuple(c.data for c in _children)
            self._backward = lambda: None
    assert check_value_init(Numbers).message.startswith(
        "`c._prev` holds the numbers of the Values c was made from (their .data)")


def test_walk_24_a_default_changed_in_the_def_line_is_named_as_the_default():
    class Labelled(ReferenceValue):
        def __init__(self, data, _children=(), _op="", label=None):
            super().__init__(data, _children, _op, label)
            self.label = label
    message = check_value_init(Labelled).message
    assert message.startswith("`label` should be '' when it is not given, but it is None: that is the default"), message
    assert "默认值改成 ''" in in_chinese(lambda: check_value_init(Labelled).message)

    class Kept(ReferenceValue):  # the default right, the label dropped: not the default's fault
        def __init__(self, data, _children=(), _op="", label=""):
            super().__init__(data, _children, _op, label)
            self.label = None
    assert "keep what `__init__` is given" in check_value_init(Kept).message


def test_walk_37_an_init_that_changes_its_inputs_grad_is_told_so_not_to_set_its_own():
    """It was told "a new Value's grad should be 0.0" about a, which c's __init__ changed."""
    touching = learner_class(("        self._prev = tuple(_children)\n",
                              "        self._prev = tuple(_children)\n"
                              "        for child in _children:\n            child.grad = 1.0\n"),
                             upto=1)
    assert check_value_init(touching).message.startswith(
        'Making `c = Value(-6.0, (a, b), "*")` changed its input a: `a.grad` was 0.0, and is 1.0 '
        "after."), check_value_init(touching).message
    assert in_chinese(lambda: check_value_init(touching).message).startswith(
        '创建 `c = Value(-6.0, (a, b), "*")` 改变了它的输入 a。')


def test_walk_39_an_init_that_drops_inputs_holding_zero_is_told_so():
    """`tuple(c for c in _children if c.data != 0)` passed check_value_init and check_engine."""
    dropping = learner_class(("self._prev = tuple(_children)",
                              "self._prev = tuple(c for c in _children if c.data != 0)"))
    said = check_value_init(dropping).message
    assert said.startswith('`g._prev` (the check made `g = Value(0.0, (z, a), "*")`, with z = '
                           "Value(0.0)) holds a but not z"), said
    assert "漏掉了 data 为 0 的输入" in in_chinese(lambda: check_value_init(dropping).message)
    said = check_engine(dropping).message
    assert said.startswith("`a + z` (a = 1.5, z = 0.0) leaves out of its graph the input z"), said


def test_walk_39_a_grad_that_starts_elsewhere_or_an_add_that_changes_its_input_is_rejected():
    """`0.0 if data >= 0 else 1.0` passed check_value_init (only a's grad was read); an
    __add__ that grows its input's _prev passed check_add_mul and check_engine."""
    signed = learner_class(("self.grad = 0.0", "self.grad = 0.0 if data >= 0 else 1.0"), upto=1)
    said = check_value_init(signed).message
    assert said.startswith("A new Value's `grad` should be 0.0, but it is 1.0 (`b.grad`, the check "
                           "made `b = Value(-3.0)`)"), said
    assert "这是 `b.grad`" in in_chinese(lambda: check_value_init(signed).message)
    growing = learner_class(("    out = Value(self.data + other.data, (self, other), \"+\")\n",
                             "    out = Value(self.data + other.data, (self, other), \"+\")\n"
                             "    self._prev = self._prev + (other,)\n"), upto=2)
    said = check_add_mul(growing).message
    assert said.startswith("Computing `w + b` changed the `_prev` of its input w"), said


def test_walk_39_a_tanh_that_nudges_its_result_says_the_check_ran_its_backward_with_digits_that_differ():
    nudging = learner_class(("        self.grad += (1 - t ** 2) * out.grad\n",
                             "        self.grad += (1 - t ** 2) * out.grad\n        out.data = t * 1.0000001\n"),
                            upto=3)
    said = check_more_operations(nudging).message
    assert "after the check ran its _backward it holds" in said and "backward()" not in said.split(
        "A backward pass")[0], said
    numbers = re.findall(r"gave data (\S+); after the check ran its _backward it holds (\S+)\.", said)
    assert numbers and numbers[0][0] != numbers[0][1], said


_ADD_BACKWARD = "        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n"
_MAKE_POWER = '    out = Value(self.data ** n, (self,), f"**{n}")\n'


@pytest.mark.parametrize("slips, upto, check, english, chinese", [
    # leaves that keep the default list _children=[] and add themselves to it: the gate of
    # section 5 passed it, and draw_dot drew a loop on the first Value ever made
    ((("_children=(),", "_children=[],"),
      ("        self._prev = tuple(_children)\n",
       "        self._prev = _children\n        if not _children:\n            self._prev.append(self)\n")),
     4, check_engine, "`Value(2.0)`, made from a number alone, has `_prev` = [",
     "`Value(2.0)` 只由一个数建成，它的 `_prev` 却是 ["),
    # a Value made with no label takes the label of the one made before it
    ((("class Value:\n", "class Value:\n    _lab = ''\n"),
      ("self.label = label", "self.label = label or Value._lab; Value._lab = self.label")),
     4, check_engine, "`Value(-3.0)`, made with no label right after `Value(2.0, label=\"a\")`, has the label 'a'.",
     "紧接着 `Value(2.0, label=\"a\")` 新建的 `Value(-3.0)` 没有给 label"),
    # the _op of a power and of tanh: the stepper reads the power from it
    ((('f"**{n}"', '"**2"'),), 3, check_more_operations,
     "`a ** 3` makes a node whose _op is '**2'; it should be '**3'.", "`a ** 3` 得到的节点的 _op 是 '**2'"),
    ((('Value(t, (self,), "tanh")', 'Value(t, (self,), "th")'),), 3, check_more_operations,
     "`a.tanh()` makes a node whose _op is 'th'; it should be 'tanh'.", "`a.tanh()` 得到的节点的 _op 是 'th'"),
    # an operation that changes its input's _op
    (((_MAKE_POWER, _MAKE_POWER + "    self._op = self._op or 'leaf'\n"),), 3, check_more_operations,
     "a._op was '' when it was made; after computing `a ** 2` with a = ", "a._op 刚建好时是 ''（空字符串），计算 `a ** 2`"),
    # a _backward that reads the last + made anywhere: a candidate, beside state kept
    ((('(self, other), "+")\n', '(self, other), "+")\n    Value._last = out\n'),
      (_ADD_BACKWARD, _ADD_BACKWARD.replace("out.grad", "Value._last.grad"))),
     4, check_engine, "Called a second time on the graph", "（2）它读了自己的节点和输入以外、之后又变了的东西"),
    # an order that holds every node, and a loop that calls the last 1000 only
    ((("    for v in reversed(topo):\n", "    for v in reversed(topo[-1000:]):\n"),), 4, check_engine,
     "On the sum of 4096 inputs", "（2）调用各个 `_backward` 的循环没走到顺序的末尾就停了"),
])
def test_walk_52_what_the_gate_passed_and_causes_it_left_out(slips, upto, check, english, chinese):
    """Walk 52: the first four passed (section 5's gate then ran the lesson on them); the
    last two were told one cause where there are two."""
    Value = learner_class(*slips, upto=upto)
    said, zh = check(Value), in_chinese(lambda: check(Value))
    assert not said and said.message.startswith(english), said.message
    assert chinese in zh.message, zh.message
    if "Value._last" in str(slips):
        assert "or it reads something outside its own node and inputs that has changed since" in said.message
    if "topo[-1000:]" in str(slips):
        assert "or the loop that calls the `_backward`s stops before the end of the order" in said.message


def test_walk_52_53_a_power_s_op_names_its_exponent_as_an_int_or_a_float():
    """Walk 53: '**' alone and 'Tanh' passed (a drawing cannot tell a ** 2 from a ** -1)."""
    assert check_more_operations(learner_class(('f"**{n}"', 'f"**{float(n)}"'), upto=3))
    said = check_more_operations(learner_class(('f"**{n}"', '"**"'), upto=3))
    assert not said and said.message.startswith("`a ** 2` makes a node whose _op is '**'; it should be '**2'.")
    said = check_more_operations(learner_class(('Value(t, (self,), "tanh")', 'Value(t, (self,), "Tanh")'), upto=3))
    assert not said and said.message.startswith("`a.tanh()` makes a node whose _op is 'Tanh'; it should be 'tanh'.")


@pytest.mark.parametrize("after, start", [
    (4, "`label` should be '' here, but it is 'v5' (`z.label`, the check made `z = Value(0.0)`): "
        "keep what `__init__` is given."),
    (20, "`Value(1.5)`, made with no label at the end of the check (after it had made a few dozen "
         "Values), has the label 'v32'."),
    (-1, "`Value(1.5)`, made with no _op at the end of the check (after it had made a few dozen "
         "Values), has the _op 'leaf'."),
])
def test_walk_53_a_label_counted_from_the_values_made_is_rejected(after, start):
    """Walk 53: a default label "v5", "v6", ... from the fifth Value on passed (the check
    read the labels of its first two unlabelled Values only); walk 54: a leaf's _op
    'leaf' once a class counter passes a number passed."""
    counted = ("        self._op = _op\n", "        self._op = _op or (\"leaf\" if len(_seen) > 24 else \"\")\n") \
        if after < 0 else ("        self.label = label\n",
                           f"        self.label = label if label or len(_seen) < {after} else f\"v{{len(_seen)}}\"\n")
    counting = learner_class(
        ('    def __init__(self, data, _children=(), _op="", label=""):\n',
         '    def __init__(self, data, _children=(), _op="", label="", _seen=[]):\n'
         '        _seen.append(data)\n'), counted, upto=1)
    said = check_value_init(counting)
    assert not said and said.message.startswith(start), said.message


_REFLECTED_LINE = "Value.__radd__, Value.__rmul__ = __radd__, __rmul__\n"
_MUL_WRAP = "    other = other if isinstance(other, Value) else Value(other)\n    out = Value(self.data * other.data"


@pytest.mark.parametrize("slips, check, english, chinese", [
    # 1 / a: a / 1 and 1 * a are one number; the two slips are candidates, neither a fact
    (((_REFLECTED_LINE, _REFLECTED_LINE + "Value.__rtruediv__ = lambda self, other: self / other\n"),),
     check_engine, "That is a / 1, and also 1 * a. Candidates: the two sides the wrong way round",
     "这是 a / 1 的值，也是 1 * a 的值。可能的原因有两种："),
    # other = Value(other) with no isinstance test: a Value made from a Value
    (((_MUL_WRAP, "    other = Value(other)\n    out = Value(self.data * other.data"),), check_add_mul,
     "An input of it, in its _prev, is a Value whose data is a Value",
     "它的一个输入（在 _prev 里）是 data 本身也是 Value 的 Value"),
    # a __radd__ that hands the sum back to the number: NotImplemented
    ((("def __radd__(self, other):\n    return self + other", "def __radd__(self, other):\n    return other.__add__(self)"),),
     check_more_operations, "it has none, or its __radd__ returned NotImplemented (as `other.__add__(self)` does",
     "（2）它的 __radd__ 返回了 NotImplemented"),
    # tanh made with (self, self)
    ((('Value(t, (self,), "tanh")', 'Value(t, (self, self), "tanh")'),), check_more_operations,
     "`a.tanh()` makes a node whose _prev holds a 2 times, more often than the operation uses it",
     "`a.tanh()` 得到的节点的 _prev 里放了 2 次 a"),
])
def test_walk_53_causes_the_check_cannot_tell_apart_and_inputs_held_twice(slips, check, english, chinese):
    """Walk 53: 1 / a was told both slips as facts; Value(Value) was told to use other.data,
    which it did; a __radd__ returning NotImplemented was told it had none; (self, self)
    for tanh passed, and draw_dot then said a was used twice."""
    Value = learner_class(*slips, upto=3 if check is not check_engine else 4)
    said, zh = check(Value), in_chinese(lambda: check(Value))
    assert not said and english in said.message, said.message
    assert chinese in zh.message, zh.message


def test_walk_53_two_results_of_tanh_name_their_two_inputs_only():
    """Walk 53: 'in a.tanh() + b.tanh() (a = 1.8, b = 0.32, c = 3.5)': no c in it."""
    Value = learner_class(("    t = math.tanh(self.data)\n", "    Value._t = math.tanh(self.data)\n    t = Value._t\n"),
                          ("        self.grad += (1 - t ** 2) * out.grad\n",
                           "        self.grad += (1 - Value._t ** 2) * out.grad\n"), upto=3)
    said = check_more_operations(Value).message
    assert said.startswith("In `a.tanh() + b.tanh()` with a = ") and "c = " not in said.split("a.grad")[0], said


def test_walk_54_a_composed_operation_that_returns_a_number_is_told_to_use_the_operations():
    """Walk 54: told to build the result with Value(...), which makes a Value with no inputs."""
    said = check_more_operations(learner_class(
        ("def __rmul__(self, other):\n    return self * other", "def __rmul__(self, other):\n    return self.data * other"),
        upto=3))
    assert not said and "Build it from the operations you have, which make Values and their graph: " \
        "`return self * other` in `__rmul__`" in said.message, said.message


def test_walk_54_a_node_that_is_no_input_in_prev_is_named():
    """Walk 54: tanh made with (self, Value(t)) passed (the same slip with the exponent of
    ** was caught); draw_dot then drew t as a second input of tanh."""
    said = check_more_operations(learner_class(('Value(t, (self,), "tanh")', 'Value(t, (self, Value(t)), "tanh")'),
                                               upto=3))
    assert not said and said.message.startswith("`a.tanh()` makes a node whose _prev holds 2 nodes, one of them "), \
        said.message
    assert "which is not an input of the operation" in said.message
    assert check_more_operations(learner_class())  # a * 3 keeps Value(3) in _prev, as the lesson does


def test_walk_54_a_graph_message_names_only_the_inputs_its_lines_use():
    """Walk 54: '(a = 0.65, b = -0.34)' beside a graph that never uses b."""
    from micrograd_lite.exercises import engine_check
    times = next(case for case in engine_check._CASES if case.text == "a * 3")
    graph = engine_check._Graph([("c", times, ["a"])], {"a": 0.65, "b": -0.34}, {}, {}, {})
    assert graph.inputs == engine_check._inputs_text([("a", 0.65)])


def test_walk_54_a_product_that_leaves_out_out_grad_for_large_inputs_is_rejected():
    """A `*` whose other.grad leaves out * out.grad where |self| >= 3 passed check_add_mul
    (its inputs with a gradient from above were all below 2), and check_engine then blamed
    backward() for not setting its output's grad."""
    slip = ("        other.grad += self.data * out.grad\n",
            "        other.grad += self.data * (out.grad if abs(self.data) < 3 else 1)\n")
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and "then times k = -25 (so out.grad = -25)" in said.message and \
            "That is the local derivative alone: multiply it by the grad from above, `out.grad`." in said.message, \
            said.message


@pytest.mark.parametrize("slip, upto", [
    # an add whose _backward passes nothing to an input of 0 (section 6's x2*w2 holds 0)
    (("        other.grad += 1.0 * out.grad\n", "        if other.data != 0:\n            other.grad += 1.0 * out.grad\n"), 2),
    # a tanh whose _backward does nothing at 0
    (("        self.grad += (1 - t ** 2) * out.grad\n", "        if self.data != 0:\n            self.grad += (1 - t ** 2) * out.grad\n"), 3),
    # a product whose local derivative is capped at 10
    (("        self.grad += other.data * out.grad\n",
      "        self.grad += max(-10.0, min(10.0, other.data)) * out.grad\n"), 2),
])
def test_walk_55_an_input_of_0_and_large_inputs_are_tried(slip, upto):
    """Walk 55: each passed all three checks (no + or tanh was tried at 0, and the largest
    input with a gradient from above was below 7); the first then gave x2.grad = 0 in
    section 6, where the lesson prints 0.5."""
    for check in (check_add_mul, check_more_operations, check_engine)[upto - 2:]:
        assert not check(learner_class(slip, upto=max(upto, 4 if check is check_engine else upto)))


def test_walk_56_a_backward_that_caps_out_grad_is_named_not_backward():
    """Walk 56: a * that capped out.grad at 10 passed; then it was told the fault was in backward()."""
    capped = learner_class(("        self.grad += other.data * out.grad\n        other.grad += self.data * out.grad\n",
                            "        g = out.grad if abs(out.grad) < 10 else 10\n"
                            "        self.grad += other.data * g\n        other.grad += self.data * g\n"), upto=4)
    said = check_engine(capped)
    assert not said and "So it does not scale with out.grad all the way (out.grad capped, clipped or " \
        "rounded, or some of its numbers treated apart, say)" in said.message, said.message


def test_walk_86_a_rounded_or_special_cased_out_grad_is_among_the_candidates():
    """Walk 86: a `*` rounding the grads to 2 decimals, and one treating out.grad = -1 apart,
    were given candidates naming only a cap or clip; rounding and a number treated apart
    are listed now."""
    rounded = learner_class((_WORKED_MUL, "        self.grad = round(self.grad + other.data * out.grad, 2)\n"
                                          "        other.grad = round(other.grad + self.data * out.grad, 2)\n"),
                            upto=2)
    english = check_add_mul(rounded).message
    chinese = in_chinese(lambda: check_add_mul(rounded).message)
    assert "(out.grad capped, clipped or rounded, or some of its numbers treated apart, say)" in english \
        or "(an out.grad clipped, capped or rounded, or some of its numbers treated apart" in english \
        or "with nothing rounded or capped on the way" in english, english
    assert "取了整" in chinese or "中间不取整" in chinese, chinese
    apart = learner_class((_WORKED_MUL, "        g = 1 if out.grad == -1 else out.grad\n"
                                        "        self.grad += other.data * g\n        other.grad += self.data * g\n"),
                          upto=2)
    english = check_add_mul(apart).message
    chinese = in_chinese(lambda: check_add_mul(apart).message)
    assert "`if out.grad == -1`" in english and "`if out.grad == -1`" in chinese, (english, chinese)



def _check_engine_rejects(make, english_start, chinese_start):
    """check_engine, in English and in Chinese, on the class ``make()`` (made anew for each
    run: a class may keep state) rejects it with a message that starts as given; the two
    messages."""
    english = check_engine(make())
    chinese = in_chinese(lambda: check_engine(make()))
    assert not english and not chinese
    assert english.message.startswith(english_start), english.message
    assert chinese.message.startswith(chinese_start), chinese.message
    return english.message, chinese.message


def test_walk_58_an_init_that_drops_the_label_it_is_given_fails_check_engine():
    """Walk 58: `self.label = ""` whatever `__init__` is given passed check_engine (only
    check_value_init caught it), and section 5 picks the engine for the rest of the lesson by
    check_engine alone."""
    _check_engine_rejects(
        lambda: learner_class(("        self.label = label\n", '        self.label = ""\n')),
        "`Value(2.0, label=\"a\")` has the label '', not 'a': your `__init__` does not keep the "
        "label it is given.",
        "`Value(2.0, label=\"a\")` 的 label 是 ''（空字符串），应该是 “a”。你的 `__init__` 没有保存传给它的 label。")


def test_walk_58_a_wrong_product_above_the_operation_is_named_not_backward():
    """Walk 58: a `*` whose `_backward` is wrong only when |self.data| > 10 showed in `a + b` at
    far inputs times k; the message said `a + b` alone was right, "so the problem is in
    backward()". The `*` node that multiplies by k is run on its own as it ran, and named."""
    english, chinese = _check_engine_rejects(
        lambda: learner_class(("        self.grad += other.data * out.grad\n",
                               "        self.grad += other.data * out.grad * (1.001 if abs(self.data) > 10 else 1.0)\n")),
        "`a + b` with a = 12.41, b = 12.35, then times k = -25 (so out.grad = -25): after backward(), "
        "a.grad is -25.0250, should be -25.0000 (too large in magnitude by 0.025). The `_backward` of "
        "`(a + b) * k`, run on its own as it ran here (out.grad = 1, its inputs' data 24.76, -25), adds "
        "-25.0250, 24.7600 to its inputs' grads, where local derivative × out.grad is -25.0000, "
        "24.7600.",
        "对 `(a + b) * k`（a = 12.41，b = 12.35，k = -25，这时 `a + b` 的 out.grad 是 -25）运行 "
        "backward() 之后，a.grad 是 -25.0250，应该是 -25.0000（绝对值偏大 0.025）。用同样的数单独运行"
        "节点 `(a + b) * k` 的 `_backward`（out.grad = 1，输入的 data 是 24.76、-25），它给输入的 grad "
        "加的是 -25.0250、24.7600，而局部导数 × out.grad 是 -25.0000、24.7600。")
    assert "backward() must" not in english and "问题出在 backward()" not in chinese


def test_walk_58_a_power_wrong_at_a_negative_input_is_told_so_whatever_out_grad_is():
    """Walk 58: `abs(self.data)` in `**`'s `_backward` for negative exponents was told it adds
    the right amount "with out.grad = 2" (it does not, at that input) and so does not follow
    out.grad in proportion. It does: its local derivative is wrong at a = -1.96."""
    english, chinese = _check_engine_rejects(
        lambda: learner_class(("        self.grad += n * self.data ** (n - 1) * out.grad\n",
                               "        self.grad += n * (abs(self.data) if n < 0 else self.data) ** (n - 1) * out.grad\n")),
        "`a ** -2` with a = -1.96, then times k = -1.5 (so out.grad = -1.5): after backward(), a.grad "
        "is 0.3984, should be -0.3984 (too large by 0.7969). Run on its own at a = -1.96, the "
        "`_backward` of `a ** -2` adds 0.3984 to a.grad with out.grad = -1.5 and -0.5312 with "
        "out.grad = 2, where local derivative × out.grad is -0.3984 and 0.5312. So at this input "
        "it is wrong with both: the local derivative it uses here is -0.2656, where "
        "0.2656 is right.",
        "对 `(a ** -2) * k`（a = -1.96，k = -1.5，这时 `a ** -2` 的 out.grad 是 -1.5）运行 backward() "
        "之后，a.grad 是 0.3984，应该是 -0.3984（偏大 0.7969）。在 a = -1.96 处单独运行 `a ** -2` 的 "
        "`_backward`。out.grad = -1.5 时它给 a.grad 加了 0.3984，out.grad = 2 时加了 -0.5312，而局部"
        "导数 × out.grad 分别是 -0.3984 和 0.5312。所以在这个输入上，两个 out.grad 下它都是错的。")
    assert "scale with out.grad" not in english and "the right amount" not in english
    assert "成比例" not in chinese


def _counting_backward(condition):
    """The worked class with a backward() that counts its calls on the class and, when
    ``condition`` (on the count) holds, makes every input's grad 1.5 times what it is."""
    return learner_class(("    self.grad = 1.0\n    for v in reversed(topo):\n        v._backward()\n",
                          "    self.grad = 1.0\n    for v in reversed(topo):\n        v._backward()\n"
                          f"    Value.calls += 1\n    if {condition}:\n        for v in topo:\n"
                          "            if not v._prev:\n                v.grad *= 1.5\n"),
                         ("class Value:\n", "class Value:\n    calls = 0\n"))


def test_walk_58_a_backward_that_goes_wrong_after_many_calls_is_told_it_keeps_state():
    """Walk 58: a backward() wrong from its 200th call on (a class counter) was told the fault
    was in how two operations are linked. A check that passed earlier, run again, fails now:
    state kept from one call to the next is named. One wrong at a single call only: the check
    run again passes, and state is among the candidates."""
    english = check_engine(_counting_backward("Value.calls > 200"))
    chinese = in_chinese(lambda: check_engine(_counting_backward("Value.calls > 200")))
    assert not english and not chinese
    english, chinese = english.message, chinese.message
    assert (". A check that passed earlier, run again now with the inputs it had then, fails. " in english
            and "So your code keeps something from one call to the next" in english), english
    assert "前面有一项检查当时通过了，现在用它当时的输入再运行一次，却没有通过。" in chinese, chinese
    assert "second result changed" not in english
    assert "linked" not in english and "所以你的代码把上一次调用留下的东西带进了下一次调用" in chinese
    # (which case meets the 50th call depends on how many the check tries before it)
    english, chinese = _check_engine_rejects(lambda: _counting_backward("Value.calls == 50"), "`", "对 `")
    assert ": after backward(), " in english and "运行 backward() 之后" in chinese, (english, chinese)
    assert "Run again with the same inputs, this check does not give the same result" in english
    assert "用同样的输入再运行一次，这项检查的结果不一样" in chinese


@pytest.mark.parametrize("slip, english, chinese", [
    # a derivative right only up to a ** 3
    (("self.grad += n * self.data ** (n - 1) * out.grad",
      "self.grad += min(n, 3) * self.data ** (n - 1) * out.grad"),
     "`a ** 4` with a = ", "对 `a ** 4`（a = "),
    # a number rounded beyond 50: the far inputs were all below 15
    (("        self.grad += other.data * out.grad\n",
      "        self.grad += (other.data if abs(other.data) < 50 else round(other.data)) * out.grad\n"),
     "`a * b` with a = 111.1, b = -131.08, then times k = -25", "对 `(a * b) * k`（a = 111.1，b = -131.08，k = -25，这时"),
    # an addition that passes nothing on beyond 100
    (("        self.grad += 1.0 * out.grad\n",
      "        self.grad += (1.0 if abs(self.data) < 100 else 0.0) * out.grad\n"),
     "`a + b` with a = 115.17, b = 112.95, then times k = -25", "对 `(a + b) * k`（a = 115.17，b = 112.95，k = -25，这时"),
])
def test_walk_58_a_derivative_wrong_only_for_a_power_above_3_or_inputs_beyond_50_fails(slip, english, chinese):
    """Walk 58: `min(n, 3)` in `**`'s derivative and a `*` that rounds b beyond 50 passed:
    the powers tried were 2, 3, -1, 0.5 and -2, and the farthest inputs below 15."""
    _check_engine_rejects(lambda: learner_class(slip), english, chinese)


_SHALLOW_WALK = ("""    build_topo(self)
""", """    topo, visited, stack = [], set(), [(self, False)]
    while stack:
        v, done = stack.pop()
        if done:
            topo.append(v)
        elif v not in visited:
            visited.add(v)
            stack.append((v, True))
            for c in (v._prev if len(stack) < 100 else v._prev[:1]):
                stack.append((c, False))
""")


def test_walk_59_a_walk_that_follows_one_input_once_its_stack_is_deep_fails():
    """Walk 59: an iterative topological sort that pushes only the first input of a node once
    its stack holds 100 items passed: the long chain reuses one w and one b, found near the
    top. A chain with a new input at every step leaves the deep ones out."""
    english, chinese = _check_engine_rejects(
        lambda: learner_class(_SHALLOW_WALK),
        "On the chain `x = x * w_k` (or `w_k * x`), 300 steps with a new input w0, w1, ... at each, "
        "after backward(): w0.grad is 0.0000, should be 0.1752 (still 0: no gradient reached it, or those that did add up to 0).",
        "对链 `x = x * w_k`（或 `w_k * x`；300 步，每一步都有一个新的输入 w0、w1……）")
    assert "your topological order leaves out nodes" in english


def test_walk_59_an_output_grad_a_hair_from_1_is_written_with_the_digits_that_show_it():
    """Walk 59: an output grad of 1.0000001 was written "1.0000, not 1"."""
    english, chinese = _check_engine_rejects(
        lambda: learner_class(("    self.grad = 1.0\n", "    self.grad = 1.0000001\n")), "", "")
    assert "the output's own grad is 1.0000001, not 1." in english, english
    assert "输出自己的 grad 是 1.0000001，不是 1。" in chinese, chinese


@pytest.mark.parametrize("slip, english, chinese", [
    # __sub__ that adds other as it is
    (("    return self + (-other)\n", "    return self + other\n"),
     "`a - b` with a = 0.54, b = 0.43: the value is 0.9700, should be 0.1100 (too large by 0.86). "
     "That is a + b: the minus is lost, so your `__sub__` changes no sign. Write it with the "
     "operations you already have: `return self + (-other)`.",
     "`a - b`（a = 0.54，b = 0.43）的值是 0.9700，应该是 0.1100（偏大 0.86）。这是 a + b 的值。"
     "负号丢了，所以你的 `__sub__` 没有变号。请用已经写好的运算写成 `return self + (-other)`。"),
    # __neg__ times 1
    (("    return self * -1\n", "    return self * 1\n"),
     "`-a` with a = 0.79: the value is 0.7900, should be -0.7900 (too large by 1.58). That is a: "
     "the minus is lost, so your `__neg__` changes no sign. Write it with the operations you "
     "already have: `return self * -1`.",
     "`-a`（a = 0.79）的值是 0.7900，应该是 -0.7900（偏大 1.58）。这是 a 的值。负号丢了，"
     "所以你的 `__neg__` 没有变号。请用已经写好的运算写成 `return self * -1`。"),
])
def test_walk_60_a_subtraction_or_negation_that_loses_its_minus_is_told_so(slip, english, chinese):
    """Walk 60: `return self + other` in `__sub__` and `return self * 1` in `__neg__` were told
    only the value and the right one, not that it is the value with no minus."""
    english_said, chinese_said = _check_engine_rejects(lambda: learner_class(slip), english, chinese)
    assert english_said == english and chinese_said == chinese


# what a power's wrong local derivative at a ** 2 is told when n·aⁿ and n·out.data^(n-1),
# one number there, both fit (English, Chinese)
_POWER_SLIPS_AT_2 = (
    "`a ** 2` with a = 1.46: after backward(), a.grad is 4.2632, should be 2.9200 (too large by "
    "1.343). The local derivative of a ** 2 with respect to a is 2·a. Your `_backward` used "
    "4.2632 here, which two slips give at this input. (1) n·out.data^(n-1): the result's data "
    "where the input's belongs. (2) n·aⁿ: the exponent n where n - 1 belongs. Write "
    "`n * self.data ** (n - 1)`.",
    "对 `a ** 2`（a = 1.46）运行 backward() 之后，a.grad 是 4.2632，应该是 2.9200（偏大 1.343）。"
    "a ** 2 对 a 的局部导数是 2·a。你的 `_backward` 在这里用的是 4.2632。在这个输入上，有两种写错的"
    "方式都会得到这个数。（1）n·out.data^(n-1)，用了结果的 data 而不是输入的 data。（2）n·aⁿ，指数用了 n "
    "而不是 n - 1。请写成 `n * self.data ** (n - 1)`。")


@pytest.mark.parametrize("slip, english, chinese", [
    # tanh's derivative from the input squared
    (("        self.grad += (1 - t ** 2) * out.grad\n",
      "        self.grad += (1 - self.data ** 2) * out.grad\n"),
     "`a.tanh()` with a = 1.21: after backward(), a.grad is -0.4641, should be 0.3000 (too small "
     "by 0.7641). The local derivative of a.tanh() with respect to a is 1 - tanh(a)². Your "
     "`_backward` used 1 - a², -0.4641 here: the input squared, where the result squared belongs "
     "(`1 - t ** 2` with t = tanh(a), which is `out.data`).",
     "对 `a.tanh()`（a = 1.21）运行 backward() 之后，a.grad 是 -0.4641，应该是 0.3000（偏小 "
     "0.7641）。a.tanh() 对 a 的局部导数是 1 - tanh(a)²。你的 `_backward` 用的是 1 - a²（这里是 "
     "-0.4641），平方的是输入。应该平方的是结果，写成 `1 - t ** 2`，其中 t = tanh(a)，也就是 `out.data`。"),
    # a power's derivative from the result's data
    (("        self.grad += n * self.data ** (n - 1) * out.grad\n",
      "        self.grad += n * out.data ** (n - 1) * out.grad\n"),
     *_POWER_SLIPS_AT_2),
    # walk 61: the exponent not lowered gives that number too at n = 2: both are listed
    (("        self.grad += n * self.data ** (n - 1) * out.grad\n",
      "        self.grad += n * self.data ** n * out.grad\n"),
     *_POWER_SLIPS_AT_2),
])
def test_walk_60_a_local_derivative_from_the_wrong_number_names_the_one_used(slip, english, chinese):
    """Walk 60: tanh's `1 - self.data ** 2` and a power's `n * out.data ** (n - 1)` were told
    only the right local derivative; the numbers fit the slip exactly, so it is named."""
    english_said, chinese_said = _check_engine_rejects(lambda: learner_class(slip), english, chinese)
    assert english_said == english and chinese_said == chinese


def test_walk_60_a_negation_made_with_no_children_is_not_told_it_passed_them():
    """Walk 60: `Value(-self.data)` passes no `_children`, and was told "passing the inputs as
    `_children` is not enough", as if it had passed them."""
    english, chinese = _check_engine_rejects(
        lambda: learner_class(("    return self * -1\n", "    return Value(-self.data)\n")),
        "`-a` with a = 0.79: after backward(), a.grad is 0.0000, should be -1.0000 (still 0: no "
        "gradient reached it, or those that did add up to 0). The result of `-a` has an empty `_prev`: your `__neg__` makes a new "
        "Value from a number alone, with no `_children` and no `_backward`, so backward() cannot "
        "reach the inputs through it. Adding the inputs as `_children` would not be enough: the "
        "node would need its own `_backward` too. Write it with the operations you already have, "
        "which record both: `return self * -1`.",
        "对 `-a`（a = 0.79）运行 backward() 之后，a.grad 是 0.0000，应该是 -1.0000（还是 0，要么没有梯度"
        "传到它这里，要么传到的梯度加起来正好是 0）。`-a` 得到的 Value 的 `_prev` 是空的。你的 `__neg__` 只用一个数新建了 Value，既没有传 "
        "`_children`，也没有 `_backward`，所以 backward() 无法通过它找到输入。就算把输入作为 "
        "`_children` 传进去也还不够，这个节点还需要它自己的 `_backward`。")
    assert "is not enough" not in english and "只把输入" not in chinese


@pytest.mark.parametrize("slip, checks, english, chinese", [
    # a `*` whose _backward is written for the lecture's a = 2.0 (where b is -3.0)
    (("        self.grad += other.data * out.grad\n",
      "        self.grad += -3.0 * out.grad if self.data == 2.0 else other.data * out.grad\n"),
     (check_add_mul, check_more_operations, check_engine),
     "`a * b` with a = 2, b = 0.5: ", "对 `a * b`（a = 2，b = 0.5）"),
    # a `**` whose derivative is cut to 0 at a = 0 (a ** 1 has derivative 1 there)
    (("        self.grad += n * self.data ** (n - 1) * out.grad\n",
      "        self.grad += n * self.data ** (n - 1) * out.grad if self.data != 0 else 0\n"),
     (check_more_operations, check_engine),
     "`a ** 1` with a = 0: ", "对 `a ** 1`（a = 0）"),
])
def test_walk_71_code_right_only_away_from_one_input_fails(slip, checks, english, chinese):
    """Walk 71: a `*` written for the lecture's numbers passed check_add_mul and
    check_more_operations (no a = 2 was tried with a b other than -3), and a `**` whose
    derivative is 0 at a = 0 passed every check (only a ** 1 has a derivative other than 0
    there). The messages give the grad and the right local derivative, and name no slip."""
    for check in checks:
        upto = 4 if check is check_engine else 3
        said = check(learner_class(slip, upto=upto))
        in_zh = in_chinese(lambda: check(learner_class(slip, upto=upto)))
        assert not said and said.message.startswith(english), said.message
        assert not in_zh and in_zh.message.startswith(chinese), in_zh.message
        assert "not lowered" not in said.message and "result where" not in said.message


@pytest.mark.parametrize("slip, english, chinese", [
    # __radd__ that multiplies
    (("    return self + other\n", "    return self * other\n"),
     "That is 2 * a: your `__radd__` uses `*` where `+` belongs.",
     "这是 2 * a 的值。你的 `__radd__` 里用了 `*`，应该用 `+`。"),
    # __add__ whose value multiplies
    (("self.data + other.data", "self.data * other.data"),
     "That is a * b: your `__add__` uses `*` where `+` belongs.",
     "这是 a * b 的值。你的 `__add__` 里用了 `*`，应该用 `+`。"),
])
def test_walk_72_a_plus_written_as_times_is_named(slip, english, chinese):
    """Walk 72: `__radd__` returning `self * other` was told the value was wrong and what
    `__radd__` is, not that it multiplies."""
    _check_engine_rejects(lambda: learner_class(slip), "", "")
    assert english in check_engine(learner_class(slip)).message
    assert chinese in in_chinese(lambda: check_engine(learner_class(slip))).message


def test_walk_85_a_plus_that_adds_1_for_whole_numbers_is_not_told_it_multiplies():
    """Walk 85: a `+` adding 1 when both numbers are whole gave 2 + 3 + 1 = 6 = 2 * 3 and was
    told it multiplies. The crossed operation is named only when it matches at 0.6 and -2.5
    too; otherwise the wrong value alone is said."""
    slip = ('    out = Value(self.data + other.data, (self, other), "+")',
            '    out = Value(self.data + other.data + (1 if float(self.data).is_integer() and '
            'float(other.data).is_integer() else 0), (self, other), "+")')
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        english = check(learner_class(slip, upto=upto))
        chinese = in_chinese(lambda: check(learner_class(slip, upto=upto)))
        assert not english and english.message.startswith(
            "`a + b` with a = 2, b = 3: the value is 6.0000, should be 5.0000 (too large by 1)."), \
            english.message
        assert "belongs" not in english.message and "`*`" not in english.message, english.message
        assert not chinese and "用了 `*`" not in chinese.message, chinese.message


def test_walk_85_a_times_flipped_at_out_grad_minus_1_only_is_told_so_not_its_inputs():
    """Round 84's note: a `*` whose `_backward` flips out.grad when it is -1 was told it adds
    a wrong amount "at these inputs"; run again there with out.grads 1.5, -2.5 and 1 it is
    right, so the message says it goes wrong with that out.grad."""
    slip = (_WORKED_MUL, "        g = -out.grad if out.grad == -1 else out.grad\n"
                         "        self.grad += other.data * g\n        other.grad += self.data * g\n")
    english = check_engine(learner_class(slip))
    chinese = in_chinese(lambda: check_engine(learner_class(slip)))
    assert not english and (
        "At the same inputs with other values of out.grad (1.5, -2.5, 1) it adds the right amounts: so it "
        "is wrong at out.grad = -1, and the amount does not follow out.grad.") in english.message, \
        english.message
    assert "at these inputs" not in english.message
    assert not chinese and "所以它只在 out.grad = -1 时出错" in chinese.message, chinese.message
    assert "在这些输入上加错了量" not in chinese.message


@pytest.mark.parametrize("number, english", [
    ("2", "`2 * a` with a = "), ("0.5", "`0.5 * a` with a = "), ("10", "`10 * a` with a = ")])
def test_walk_86_an_rmul_written_apart_for_one_number_fails(number, english):
    """Walk 86: an `__rmul__` wrong only for 2 (the lesson's own `2 * a`), 0.5 or 10 passed
    check_more_operations and check_engine: 2 * a, 0.5 * a and 10 * a are tried now."""
    slip = ("    return self * other\n",
            f"    return self * other if other != {number} else self * 3\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(english), said.message
    chinese = in_chinese(lambda: check_engine(learner_class(slip)))
    assert not chinese and chinese.message.startswith(f"`{number} * a`（a = "), chinese.message


def test_walk_86_a_division_that_raises_the_wrong_operand_is_not_told_the_divisor_is_0():
    """Walk 86: `self ** -1 * other` raised at z / b with z = 0, b = 2; the Chinese message
    said the divisor was 0. It says now that 0 was raised to a negative power."""
    slip = ("    return self * other ** -1\n", "    return self ** -1 * other\n")
    english = check_engine(learner_class(slip)).message
    chinese = in_chinese(lambda: check_engine(learner_class(slip)).message)
    assert "with z = 0, b = 2. That is 0 raised to a negative power (0 ** -1 is 1 / 0)" in english, \
        english
    assert "意思是对 0 求了负数次幂（0 ** -1 就是 1 / 0）。" in chinese and "除数是 0" not in chinese, chinese


def test_walk_72_a_tanh_cut_to_0_beyond_5_fails():
    """Walk 72: a tanh whose derivative is 0 where |a| >= 5 passed (the farthest tanh input
    was 4.25); 1 - tanh(6.25)² = 0.000015 is tried now."""
    slip = ("        self.grad += (1 - t ** 2) * out.grad\n",
            "        self.grad += ((1 - t ** 2) if abs(self.data) < 5 else 0.0) * out.grad\n")
    for check in (check_more_operations, check_engine):
        upto = 4 if check is check_engine else 3
        said = check(learner_class(slip, upto=upto))
        assert not said and "`a.tanh()` with a = 6.25" in said.message, said.message


def test_walk_72_a_backward_in_an_order_by_id_is_told_the_order_may_change():
    """Walk 72: a backward() that runs the nodes sorted by id() was told that its results
    depend on something kept between calls, which it does not keep; an order that changes
    from one run to the next is among the candidates now."""
    slip = ("    for v in reversed(topo):\n        v._backward()\n",
            "    for v in sorted(topo, key=id, reverse=True):\n        v._backward()\n")
    for _ in range(3):  # (which check fails first depends on where the nodes are in memory)
        english = check_engine(learner_class(slip)).message
        chinese = in_chinese(lambda: check_engine(learner_class(slip))).message
        assert "id()" in english and "that is the cause here" not in english, english
        assert "id()" in chinese and "这里出错就是因为它" not in chinese, chinese


@pytest.mark.parametrize("slip, english, chinese", [
    # _prev kept on the class: every Value reads the last one's inputs
    (("self._prev = tuple(_children)", "type(self)._prev = tuple(_children)"),
     "`_prev` should be (Value(data=2.0", "这里的 `_prev` 应该是 (Value(data=2.0"),
    # data made a whole number: the message says which Value the check made
    (("self.data = data", "self.data = int(data)"),
     "`data` should be 0.7853981633974483 here, but it is 0 (`d.data`, the check made "
     "`d = Value(0.7853981633974483, (c,), \"tanh\", \"d\")`)",
     "这里的 `data` 应该是 0.7853981633974483，但它是 0（这是 `d.data`，检查函数执行的是 "
     "`d = Value(0.7853981633974483, (c,), \"tanh\", \"d\")`）"),
])
def test_walk_72_check_value_init_says_where_a_wrong_attribute_comes_from(slip, english, chinese):
    """Walk 72: `type(self)._prev = ...` was told only that a Value made from a number had
    inputs (a label on the class is told it reads the class's); `int(data)` was not told
    which Value's data."""
    said = check_value_init(learner_class(slip, upto=1))
    in_zh = in_chinese(lambda: check_value_init(learner_class(slip, upto=1)))
    assert not said and said.message.startswith(english), said.message
    assert not in_zh and in_zh.message.startswith(chinese), in_zh.message
    if "type(self)" in slip[1]:
        assert "`Value._prev`" in said.message and "`self._prev = tuple(_children)`" in said.message


def test_walk_73_a_product_that_takes_out_grad_0_for_1_fails():
    """Walk 73: `g = out.grad or 1.0` in `*` passed check_add_mul (no `*` ran with out.grad 0)
    and check_engine then listed candidates that did not fit."""
    slip = ("        self.grad += other.data * out.grad\n        other.grad += self.data * out.grad\n",
            "        g = out.grad or 1.0\n"
            "        self.grad += other.data * g\n        other.grad += self.data * g\n")
    for check, upto in ((check_add_mul, 2), (check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        in_zh = in_chinese(lambda: check(learner_class(slip, upto=upto)))
        assert not said and said.message.startswith(
            "`a * b` with a = 0.75, b = 1.25: run on its own with out.grad = 0, its `_backward` "
            "changes a.grad from 0.5000 to 1.7500, where it must leave it as it is") \
            and "`out.grad or 1.0`" in said.message, \
            said.message
        assert not in_zh and in_zh.message.startswith(
            "`a * b`（a = 0.75，b = 1.25）在 out.grad = 0 时单独运行它的 `_backward`，把 a.grad 从 0.5000 变成了 1.7500"), \
            in_zh.message


@pytest.mark.parametrize("body", ["self * abs(other)", "self * other if other >= 0 else self * -other"])
def test_walk_73_a_reflected_product_that_drops_the_sign_fails(body):
    """Walk 73: `__rmul__` dropping the sign of a negative number passed every check (the
    numbers tried were 3 and 0.25); -1.5 * a is tried now."""
    slip = ("def __rmul__(self, other):\n    return self * other\n",
            f"def __rmul__(self, other):\n    return {body}\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith("`-1 * a` with a = "), said.message


def test_walk_73_a_value_that_rounds_to_0_is_shown_without_a_minus():
    """Walk 73: `int(0.25) * a` was told its value was -0.0000. (Walk 90: a grad of 1.48e-09
    was shown as 0.0000; numbers that small are shown with their digits.)"""
    from micrograd_lite.exercises.engine_check import _fmt
    assert _fmt(-0.0) == "0.0000" and _fmt(-0.00001) == "-1e-05" and _fmt(-0.5) == "-0.5000"
    assert _fmt(1.48e-09) == "1.48e-09" and _fmt(0.00005) == "0.0001"


def test_walk_74_a_radd_that_makes_0_plus_a_a_node_of_its_own_fails():
    """Walk 74: `Value(self.data + other, (self,), "+") if other == 0` passed every check (the
    numbers tried were 2 and -0.5); sum() starts from 0 + a, and lost a's gradient."""
    slip = ("def __radd__(self, other):\n    return self + other\n",
            "def __radd__(self, other):\n"
            "    return Value(self.data + other, (self,), \"+\") if other == 0 else self + other\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith("`0 + a` with a = "), said.message


def test_walk_74_a_tanh_that_resets_its_input_when_out_grad_is_0_fails():
    """Walk 74: `if out.grad == 0: self.grad = 0.0` in tanh's _backward passed every check."""
    slip = ("        self.grad += (1 - t ** 2) * out.grad\n",
            "        if out.grad == 0:\n            self.grad = 0.0\n"
            "        self.grad += (1 - t ** 2) * out.grad\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(
            "`a.tanh()` with a = 0.75: run on its own with out.grad = 0, its `_backward` changes "
            "a.grad from 0.5000 to 0.0000"), said.message


@pytest.mark.parametrize("slip, start", [
    # walk 75: an __init__ that rounds its number beyond 10, or cuts it to a whole number
    (("self.data = data", "self.data = data if abs(data) < 10 else round(data)"),
     "`data` should be -13.375 here, but it is -13 (`v.data`, the check made `v = Value(-13.375)`)"),
    (("self.data = data", "self.data = int(data) if abs(data) >= 1 else data"),
     "`data` should be 1.5 here, but it is 1 (`v.data`, the check made `v = Value(1.5)`)"),
])
def test_walk_75_check_value_init_looks_at_numbers_not_whole_and_large(slip, start):
    """Walk 75: both passed (the numbers were 2, -3, -6, 0.785 and 0), or were told a counter
    kept between calls changed the data of a Value made later."""
    said = check_value_init(learner_class(slip, upto=1))
    assert not said and said.message.startswith(start), said.message


@pytest.mark.parametrize("slip, start", [
    # 0 taken for 1 in __rmul__
    (("def __rmul__(self, other):\n    return self * other\n",
      "def __rmul__(self, other):\n    return self * (other or 1)\n"), "`0 * a` with a = "),
    # a divisor made a whole number
    (("    return self * other ** -1\n",
      "    return self * (other ** -1 if isinstance(other, Value) else 1 / int(other))\n"),
     "`a / 2.5` with a = "),
    # a negative number subtracted as if added
    (("    return self + (-other)\n",
      "    if isinstance(other, (int, float)) and other < 0:\n        return self + other\n"
      "    return self + (-other)\n"), "`a - -1.5` with a = "),
])
def test_walk_75_reflected_and_composed_operations_are_tried_with_0_fractions_and_negatives(slip, start):
    """Walk 75: each passed check_more_operations and check_engine (the numbers tried were
    3, 0.25, -1.5; 2 and -4; 2 and 0.5)."""
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(start), said.message


def test_walk_75_a_radd_that_returns_the_value_itself_for_0_passes():
    """Walk 75: `return self if other == 0 else self + other` gives sum() the same values and
    grads; it was told it made a new Value from a number alone."""
    slip = ("def __radd__(self, other):\n    return self + other\n",
            "def __radd__(self, other):\n    return self if other == 0 else self + other\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert said, said.message


@pytest.mark.parametrize("slip, start", [
    # out.grad used at the first run only (walk 76): out.grad 1 hid it
    (("        self.grad += (1 - t ** 2) * out.grad\n",
      "        runs.append(1)\n        self.grad += (1 - t ** 2) * (out.grad if len(runs) == 1 else 1.0)\n"),
     "`a.tanh()` with a = 0.75: its `_backward`, run twice with out.grad = 1.5"),
])
def test_walk_76_a_backward_that_drops_out_grad_after_its_first_run_fails(slip, start):
    """Walk 76: tanh's (and **'s) _backward leaving out.grad out from its second run passed
    every check; check_engine blamed backward() for the same bug in `*`."""
    opened = ('    out = Value(t, (self,), "tanh")\n',
              '    out = Value(t, (self,), "tanh")\n    runs = []\n')
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, opened, upto=upto))
        assert not said and said.message.startswith(start), said.message


def test_walk_76_a_negation_that_returns_itself_at_0_fails():
    """Walk 76: `self if self.data == 0 else self * -1` passed (no -a at a = 0 was tried):
    its grad there is 1 where -1 is right. Walk 100: it was told its a.grad, not that it gave
    back its input."""
    slip = ("    return self * -1\n", "    return self if self.data == 0 else self * -1\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(
            "`-a` with a = 0 gave back its input a itself, not a new Value"), said.message
    assert "返回的是输入 a 本身" in in_chinese(lambda: check_more_operations(learner_class(slip, upto=3)).message)


def test_walk_76_an_init_that_drops_inputs_that_are_not_whole_is_not_told_of_a_counter():
    """Walk 76: `_prev` keeping only the inputs whose data is whole was told that the Values
    made before it changed it (a counter)."""
    slip = ("self._prev = tuple(_children)",
            "self._prev = tuple(c for c in _children if c.data == int(c.data))")
    said = check_value_init(learner_class(slip, upto=1))
    assert not said and "it should hold the 2 Values it is made from" in said.message and \
        "a data that is not a whole number" in said.message, said.message
    assert "depends on the Values made before it" not in said.message


@pytest.mark.parametrize("slip, start", [
    # shortcuts for 1: a new leaf for 1 * a, a power of 1 for a divisor of 1, 1 dropped
    (("def __rmul__(self, other):\n    return self * other\n",
      "def __rmul__(self, other):\n    return Value(self.data) if other == 1 else self * other\n"),
     "The result of `1 * a` has an empty `_prev`"),
    (("    return self * other ** -1\n",
      "    d = other.data if isinstance(other, Value) else other\n"
      "    return self * other ** 1 if d in (0, 1) else self * other ** -1\n"),
     "`a / b` with a = 1.5, b = 1: "),
    (("def __radd__(self, other):\n    return self + other\n",
      "def __radd__(self, other):\n    return self + (other if other != 1 else 0)\n"),
     "`1 + a` with a = "),
])
def test_walk_77_shortcuts_for_1_fail(slip, start):
    """Walk 77: each passed check_more_operations and check_engine (no 1 was tried)."""
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(start), said.message


def test_walk_77_a_backward_that_keeps_the_first_out_grad_fails():
    """Walk 77: `_backward(g=[])` keeping the out.grad of its first run passed check_add_mul
    (both runs had out.grad 1), and check_engine blamed backward()."""
    slip = ("    def _backward():\n        self.grad += other.data * out.grad\n"
            "        other.grad += self.data * out.grad\n",
            "    def _backward(g=[]):\n        if not g:\n            g.append(out.grad)\n"
            "        self.grad += other.data * g[0]\n        other.grad += self.data * g[0]\n")
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and "then once with out.grad = -1, added" in said.message, said.message


def test_walk_77_a_leaf_backward_that_adds_from_its_second_run_fails():
    """Walk 77: check_value_init ran a leaf's _backward once."""
    slip = ("self._backward = lambda: None", "self._backward = self._later")
    Value = learner_class(slip, upto=1)

    def _later(self, runs=[]):
        runs.append(1)
        if len(runs) > 1:
            self.grad += 1.0
    Value._later = _later
    said = check_value_init(Value)
    assert not said and "changed its grad" in said.message, said.message


@pytest.mark.parametrize("slip, start", [
    # a tanh that clips out.grad to [-3, 3] (walk 78; since walk 90 the grads compared
    # relative to their size, it shows at a far input first, where the grad is 1.8e-9)
    (("        self.grad += (1 - t ** 2) * out.grad\n",
      "        self.grad += (1 - t ** 2) * max(-3, min(3, out.grad))\n"),
     "`a.tanh()` with a = 12.36, then times k = -25 (so out.grad = -25): "),
    # a subtraction that drops b when it holds 0 (walk 78)
    (("    return self + (-other)\n",
      "    return self if isinstance(other, Value) and other.data == 0 else self + (-other)\n"),
     "`a - b` with a = 0.75, b = 0 gave back its input a itself, not a new Value"),  # (walk 93)
    # -1 * a made a node with no _backward (walk 78)
    (("def __rmul__(self, other):\n    return self * other\n",
      "def __rmul__(self, other):\n    return Value(-self.data, (self,), \"*\") if other == -1 else self * other\n"),
     "`-1 * a` with a = "),
])
def test_walk_78_special_numbers_and_large_out_grads_are_tried(slip, start):
    """Walk 78: each passed check_more_operations and check_engine."""
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(start), said.message
        assert "a.tanh" not in start or "capped, clipped or rounded" in said.message, said.message


def test_walk_78_a_product_wrong_only_for_a_factor_of_1_fails_check_add_mul():
    """Walk 78: check_add_mul passed it (no factor of 1), and check_more_operations then
    named `/`."""
    slip = ("        self.grad += other.data * out.grad\n",
            "        self.grad += (other.data if other.data != 1 else 0) * out.grad\n")
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and said.message.startswith("`a * b` with a = 0.75, b = 1: "), said.message


_WORKED_MUL = "        self.grad += other.data * out.grad\n        other.grad += self.data * out.grad\n"


@pytest.mark.parametrize("slip, said", [
    # right except where the other factor is -1 (walk 79)
    (("        self.grad += other.data * out.grad\n",
      "        self.grad += (other.data if other.data != -1 else 1) * out.grad\n"),
     "`a * b` with a = 0.5, b = -1: "),
    (("        other.grad += self.data * out.grad\n",
      "        other.grad += (self.data * out.grad if self.data != -1 else out.grad)\n"),
     "`a * b` with a = -1, b = 1.25: "),
    # out.grad capped above only (walk 79: the largest out.grad from above was 25, below 0)
    ((_WORKED_MUL, "        g = min(out.grad, 10)\n        self.grad += other.data * g\n"
                   "        other.grad += self.data * g\n"),
     "`a * b` with a = 0.75, b = 1.25: its `_backward`, run twice with out.grad = 1.5 and then "
     "once each with out.grad = -1, -25, 40, added 12.5000 to a.grad at its run "
     "with out.grad = 40, where local derivative × 40 is 50.0000."),
    (("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
      "        g = min(out.grad, 10)\n        self.grad += g\n        other.grad += g\n"),
     "`a + b` with a = 0.75, b = 1.25: its `_backward`, run twice"),
])
def test_walk_79_a_factor_of_minus_1_and_a_large_positive_out_grad_are_tried(slip, said):
    """Walk 79: each passed check_add_mul."""
    verdict = check_add_mul(learner_class(slip, upto=2))
    assert not verdict and verdict.message.startswith(said), verdict.message


def test_walk_79_a_power_wrong_only_at_minus_1_is_not_told_a_slip_it_does_not_make():
    """Walk 79: a `**` right except at a = -1 passed check_more_operations; at -1 the check
    then named two slips (n·aⁿ, n·out.data^(n-1)) that give 2 there, though the code had been
    right at other inputs, where they do not."""
    slip = ("        self.grad += n * self.data ** (n - 1) * out.grad\n",
            "        self.grad += (n * self.data ** (n - 1) if self.data != -1 else n) * out.grad\n")
    english = check_more_operations(learner_class(slip, upto=3))
    chinese = in_chinese(lambda: check_more_operations(learner_class(slip, upto=3)))
    assert not english and english.message.startswith("`a ** 2` with a = -1: "), english.message
    assert "slips give" not in english.message and "n·aⁿ" not in english.message
    assert re.search(r"`a \*\* 2` is still right with a = [\d.-]+ \(tried again now\): a line that "
                     r"treats a = -1 apart \(an `if` on the data, a shortcut for 0, 1 or -1\) is a "
                     r"candidate too\.$", english.message), english.message
    assert re.search(r"`a \*\* 2` 在 a = [\d.-]+ 时仍然是对的（刚刚又试了一次）。所以原因也可能是某一行代码"
                     r"对 a = -1 做了特殊处理", chinese.message), chinese.message


def test_walk_79_a_slip_that_fits_every_input_is_still_named():
    """The slip n·aⁿ, wrong at every input: named, as before."""
    slip = ("        self.grad += n * self.data ** (n - 1) * out.grad\n",
            "        self.grad += n * self.data ** n * out.grad\n")
    said = check_more_operations(learner_class(slip, upto=3))
    assert not said and "n·aⁿ" in said.message, said.message


def test_the_timing_benchmark_of_section_8_runs_and_prints_its_three_ratios():
    """The lesson's timing sentences come from benchmarks/lesson06_steps.py (no test looks
    at a time)."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "benchmarks/lesson06_steps.py", "--rounds", "1", "--small-steps", "1",
         "--large-steps", "1"], cwd=root, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for line in ("lesson 05's size over the lesson's, per step: median ",
                 "the same, garbage collector off: median ",
                 "ReferenceValue over the course's engine: median "):
        assert line in result.stdout, result.stdout
    text = " ".join(c.source for c in _cells() if c.cell_type == "markdown").replace("\n", " ")
    assert "With the collector switched off (`gc.disable()`) for both sizes, the large step took 11 to 23 times" in text


@pytest.mark.parametrize("slip, start", [
    ((_WORKED_MUL, "        g = max(min(out.grad, 50), -50)\n        self.grad += other.data * g\n"
                   "        other.grad += self.data * g\n"), "`a * b` with a = 0.75, b = 1.25: "),
    (("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
      "        g = max(min(out.grad, 1000), -1000)\n        self.grad += g\n        other.grad += g\n"),
     "`a + b` with a = 0.75, b = 1.25: "),
])
def test_walk_80_an_out_grad_capped_at_50_or_1000_fails(slip, start):
    """Walk 80: caps of 40 and beyond passed (the largest out.grad tried was 40)."""
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and said.message.startswith(start) and (
        "then once each with out.grad = -1, -25, 40, -31415.9, added" in said.message), said.message


def test_walk_80_a_backward_that_hangs_on_its_second_call_is_told_which_call():
    """Walk 80: a backward() that never ended once L.grad held something was told it did
    not finish "on L = a * a", as if on any call."""
    Value = learner_class(upto=4)
    worked = Value.backward

    def backward(self):
        while self.grad != 0:
            pass
        worked(self)
    Value.backward = backward
    said = check_engine(Value)
    assert not said and said.message.startswith(
        "Your code did not finish within 3 seconds, while running backward() on `L = a * a` with "
        "a = 3, a second time with no grad set back to 0"), said.message


@pytest.mark.parametrize("slip, check, upto", [
    (("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
      "        g = out.grad if out.grad != -1 else 1\n        self.grad += g\n        other.grad += g\n"),
     check_add_mul, 2),
    (("        self.grad += (1 - t ** 2) * out.grad\n",
      "        g = out.grad if out.grad != -1 else 1\n        self.grad += (1 - t ** 2) * g\n"),
     check_more_operations, 3),
    # a factor of 1 taken as a shortcut that drops out.grad (walk 81)
    (("        self.grad += other.data * out.grad\n        other.grad += self.data * out.grad\n",
      "        self.grad += 1.0 if other.data == 1 else other.data * out.grad\n"
      "        other.grad += 1.0 if self.data == 1 else self.data * out.grad\n"), check_add_mul, 2),
])
def test_walk_81_an_out_grad_of_minus_1_and_a_factor_of_1_with_a_grad_from_above_are_tried(slip, check, upto):
    """Walk 81: each passed its exercise's check (out.grad was never -1; b = 1 was tried with
    out.grad 1 only)."""
    said = check(learner_class(slip, upto=upto))
    assert not said, said.message


def test_walk_82_a_value_of_1_and_a_negation_of_minus_1_are_tried():
    """Walk 82: an __init__ storing another number only for 1, and a -a cut from the graph
    only at a = -1, passed."""
    Value = learner_class(upto=1)
    init = Value.__init__

    def __init__(self, data, *args, **kwargs):
        init(self, data + 0.25 if data == 1 else data, *args, **kwargs)
    Value.__init__ = __init__
    said = check_value_init(Value)
    assert not said and "Value(1.0)" in said.message, said.message
    slip = ("def __neg__(self):\n    return self * -1\n",
            "def __neg__(self):\n    return self * -1 if self.data != -1 else Value(1.0)\n")
    said = check_more_operations(learner_class(slip, upto=3))
    assert not said and "`-a` with a = -1" in said.message, said.message


@pytest.mark.parametrize("slip, start", [
    # a cap on positive out.grads only, at 100 (walk 83: the largest positive one was 40)
    (("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
      "        g = min(out.grad, 100)\n        self.grad += g\n        other.grad += g\n"),
     "`a + b` with a = 0.75, b = 1.25: its `_backward`"),
    # large out.grads rounded to tens (walk 83: the large ones were round)
    (("        self.grad += other.data * out.grad\n",
      "        self.grad += other.data * (out.grad if abs(out.grad) < 100 else int(out.grad / 10) * 10)\n"),
     "`a * b` with a = 0.75, b = 1.25: its `_backward`"),
    # a number of 0 made a Value of 1 (walk 83: no 0 was added)
    (("    other = other if isinstance(other, Value) else Value(other)\n"
      "    out = Value(self.data + other.data, (self, other), \"+\")\n",
      "    other = other if isinstance(other, Value) else Value(other or 1)\n"
      "    out = Value(self.data + other.data, (self, other), \"+\")\n"),
     "`a + 0` makes a node whose _prev holds Value(data=1, grad=0.0) where the number 0 belongs"),
])
def test_walk_83_large_positive_and_unround_out_grads_and_an_added_0_are_tried(slip, start):
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and said.message.startswith(start), said.message


def test_walk_83_a_tanh_wrong_only_with_an_out_grad_of_1_is_not_blamed_on_backward():
    """Walk 83: told its `_backward` "adds the right amounts, so the difference comes from
    backward()" (right with the probe's out.grad of 2, wrong with 1), even in
    check_more_operations, which calls no backward()."""
    slip = ("        self.grad += (1 - t ** 2) * out.grad\n",
            "        self.grad += (1 - t ** 2) * (out.grad if out.grad != 1 else 1.1)\n")
    said = check_more_operations(learner_class(slip, upto=3))
    assert not said and "Run on its own with out.grad = 1, the `_backward` of `a.tanh()` adds" in said.message
    assert "comes from backward()" not in said.message, said.message


def test_walk_84_check_add_mul_does_not_blame_a_backward_it_did_not_run():
    """Walk 84: a `_backward` dropping its share every 7th run was told, in exercise 2 (no
    backward() of the learner's yet), that "the difference comes from backward()"."""
    slip = ("        self.grad += other.data * out.grad\n",
            "        _calls.append(1)\n        self.grad += 0 if len(_calls) % 7 == 0 else other.data * out.grad\n")
    Value = learner_class(slip, ("def __mul__(self, other):\n", "_calls = []\n\n\ndef __mul__(self, other):\n"),
                          upto=2)
    said = check_add_mul(Value)
    assert not said and "comes from backward()" not in said.message, said.message
    assert "where the check called each node's `_backward` itself, the grads came out otherwise" in said.message


@pytest.mark.parametrize("slip, start", [
    # the other operand's data for both shares, for whole numbers only (walk 84: the lecture's
    # 2 * -3 itself was never tried, and the lesson's neuron then got w1.grad -1.5)
    ((_WORKED_MUL, "        if float(self.data).is_integer() and float(other.data).is_integer():\n"
                   "            self.grad += other.data * out.grad\n"
                   "            other.grad += other.data * out.grad\n            return\n" + _WORKED_MUL),
     "`a * b` with a = 2, b = -3: "),
    # nothing passed to a right-hand leaf of 1 (walk 84)
    (("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
      "        self.grad += out.grad\n        if other._prev or other.data != 1.0:\n"
      "            other.grad += out.grad\n"), "`a + b` with a = 0.3, b = 1: "),
])
def test_walk_84_the_lectures_whole_numbers_and_an_added_1_are_tried(slip, start):
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and said.message.startswith(start), said.message


@pytest.mark.parametrize("slip, english", [
    # the lesson's own loss divides by len(labels) = 20; by 10 and 0.5 too
    (("    return self * other ** -1\n",
      "    return self * (0.01 if other == 20 else other ** -1)\n"), "`a / 20` with a = "),
    (("    return self * other ** -1\n",
      "    return self * (0.01 if other == 10 else other ** -1)\n"), "`a / 10` with a = "),
    (("    return self * other ** -1\n",
      "    return self * (0.5 if other == 0.5 else other ** -1)\n"), "`a / 0.5` with a = "),
    # the lesson's own score - label, with labels 1 and -1
    (("    return self + (-other)\n",
      "    return self + (other if other in (1, -1) else -other)\n"), "`a - 1` with a = "),
    (("    return self + other\n", "    return self + (1 if other == -1 else other)\n"),
     "`-1 + a` with a = "),
])
def test_walk_87_operations_written_apart_for_the_lessons_own_numbers_fail(slip, english):
    """Walk 87: a division wrong only by 20, 10 or 0.5, a subtraction wrong only for the
    labels 1 and -1 (the lesson's training then stalls at 50%), and `-1 + a` passed."""
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(english), said.message


def test_walk_87_a_minus_lost_for_one_number_is_not_said_lost_everywhere():
    """Walk 87: `a - 1` computed as a + 1 where a - b is right was told "your `__sub__`
    changes no sign"; it is told the minus is lost here, and to look for that number."""
    slip = ("    return self + (-other)\n", "    return self + (other if other == 1 else -other)\n")
    english = check_engine(learner_class(slip)).message
    chinese = in_chinese(lambda: check_engine(learner_class(slip)).message)
    assert "That is a + 1: the minus is lost here (at other numbers it is not" in english and \
        "changes no sign" not in english, english
    assert "负号在这里丢了" in chinese and "没有变号" not in chinese, chinese


def test_walk_87_a_times_wrong_for_10_is_named_in_mul_not_rmul():
    """Walk 87: a `__mul__` wrong for a right operand of 10 was caught at `10 * a` and told
    how `__rmul__` works; `a * 10` gives the same number, so `__mul__` is named."""
    slip = ('    out = Value(self.data * other.data, (self, other), "*")',
            '    out = Value(self.data * other.data + (1 if other.data == 10 and self.data != -0.5 '
            'else 0), (self, other), "*")')
    english = check_engine(learner_class(slip)).message
    chinese = in_chinese(lambda: check_engine(learner_class(slip)).message)
    assert english.startswith("`10 * a` with a = ") and (
        "gives that number too: the fault is not in your `__rmul__`, which passes the work on to "
        "`__mul__`, but in `__mul__` itself, for this number.") in english, english
    assert "错在 `__mul__` 本身" in chinese, chinese


def test_walk_87_a_backward_that_nudges_data_shows_the_two_numbers_apart():
    """Walk 87: a backward() multiplying each leaf's data by 1.0000001 was told "a.data was
    1.38; ... it is 1.3800", and to keep data out of `_backward`."""
    slip = ("    self.grad = 1.0\n    for v in reversed(topo):\n        v._backward()\n",
            "    self.grad = 1.0\n    for v in reversed(topo):\n        v._backward()\n"
            "    for v in topo:\n        if not v._prev:\n            v.data *= 1.0000001\n")
    english = check_engine(learner_class(slip)).message
    assert "it is 1.3800001." in english and "Never assign to data in a `_backward` or in backward()" \
        in english, english


@pytest.mark.parametrize("slip", [
    # the lesson's loss passes out.grad 0.05 down (1/20); later grads are smaller still
    ("        self.grad += other.data * out.grad\n        other.grad += self.data * out.grad\n",
     "        g = out.grad if abs(out.grad) >= 0.1 else 0.0\n"
     "        self.grad += other.data * g\n        other.grad += self.data * g\n"),
])
def test_walk_88_a_backward_wrong_for_small_out_grads_fails(slip):
    """Walk 88: `_backward`s dropping out.grads below 0.1 passed every check (the smallest
    tried was 1); the lesson's training then stalls at a loss of 0.80."""
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and ("out.grad = 0.05" in said.message or "out.grad = 1e-09" in said.message), \
            said.message


@pytest.mark.parametrize("slip, english", [
    (('    out = Value(self.data * other.data, (self, other), "*")',
      '    out = Value(self.data * other.data, (self, other), "*")\n'
      '    self.data = round(self.data, 3)'), "a.data was 0.123456; after computing `a * b`"),
])
def test_walk_88_check_add_mul_tries_inputs_of_many_digits(slip, english):
    """Walk 88: a `__mul__` rounding its input's data to 3 decimals passed check_add_mul (every
    input had 2 at most)."""
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and said.message.startswith(english), said.message


def test_walk_89_a_backward_skipping_nodes_of_small_grad_fails():
    """Walk 89: a backward() that skips nodes whose grad is at most 0.01 passed check_engine;
    the lesson's loss passes 0.05 down, and training then ends at 95%. A grad of 1e-9 from
    above is tried now (walk 90: 0.004 let thresholds below 1e-3 pass)."""
    slip = ("    for v in reversed(topo):\n        v._backward()\n",
            "    for v in reversed(topo):\n        if abs(v.grad) > 1e-2:\n            v._backward()\n")
    said = check_engine(learner_class(slip))
    assert not said and "then times k = 1e-09 (so out.grad = 1e-09)" in said.message and \
        "never ran" in said.message, said.message


@pytest.mark.parametrize("threshold", ["1e-3", "1e-5", "1e-8"])
def test_walk_90_a_backward_skipping_out_grads_below_a_small_threshold_fails(threshold):
    """Walk 90: a `__mul__` whose `_backward` skips out.grads below 1e-3 (or 1e-4, 1e-5)
    passed (the smallest tried was 0.0037, and grads were compared to within 1e-6 whatever
    their size); lesson 06's training then ends at 95%. Grads are compared relative to their
    size now, and one trial has a grad of 1e-9 from above; the message names the out.grad."""
    slip = (_WORKED_MUL, f"        if abs(out.grad) >= {threshold}:\n"
                         "            self.grad += other.data * out.grad\n"
                         "            other.grad += self.data * out.grad\n")
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and "Run on its own with out.grad = 1e-09, the `_backward` of `a * b` adds" \
            in said.message and "where local derivative × out.grad is " in said.message, said.message
    zh = in_chinese(lambda: check_engine(learner_class(slip)).message)
    assert "out.grad = 1e-09" in zh and "a * b" in zh, zh


def test_walk_90_a_backward_keeping_part_of_a_big_graphs_order_fails():
    """Walk 90: a backward() that, called again on a graph of more than 50 nodes, used half of
    the order it found the first time passed (the "same graph again" trial was the diamond's
    7 nodes). The 300-step chain is run a second time now, its grads back at 0."""
    said = check_engine(learner_class(
        ("def backward(self):\n    topo, visited = [], set()\n",
         "_CACHE = {}\n\n\ndef backward(self):\n    topo, visited = [], set()\n"),
        ("    build_topo(self)\n", "    if _CACHE.get('root') is self:\n        topo = _CACHE['topo']\n"
                               "    else:\n        build_topo(self)\n        if len(topo) > 50:\n"
                               "            _CACHE.update(root=self, topo=topo[:len(topo) // 2])\n")))
    assert not said and said.message.startswith(
        "Called a second time on the chain `x = x * w_k`") and "`_CACHE` is a dict at module level" \
        in said.message, said.message


def test_walk_91_a_backward_replaying_the_inputs_shares_on_a_second_call_fails():
    """Walk 91: a backward() that, called again on a graph, added back the inputs' shares it
    had kept on the output (and ran no `_backward`) passed: a second call on the same graph
    compared the inputs' grads only, and the nodes between stayed at 0."""
    said = check_engine(learner_class(
        ("    build_topo(self)\n    self.grad = 1.0\n",
         "    if hasattr(self, '_saved'):\n"
         "        for v, g in self._saved:\n            v.grad += g\n"
         "        self.grad = 1.0\n        return\n"
         "    build_topo(self)\n    self.grad = 1.0\n    before = {v: v.grad for v in topo}\n"),
        ("    for v in reversed(topo):\n        v._backward()\n",
         "    for v in reversed(topo):\n        v._backward()\n"
         "    self._saved = [(v, v.grad - before[v]) for v in topo if not v._prev]\n")))
    assert not said and said.message.startswith(
        "Called a second time on the graph `d = a * b; e = d + c; f = d * e`"), said.message
    assert ".grad = 0.0000; the first call gave " in said.message, said.message


def test_walk_91_a_product_scaling_out_grad_is_told_both_factors():
    """Walk 91: a `_backward` adding b × 1.0001 × out.grad (but for an out.grad of 0.5) was told
    only the local derivative, which it had right; what it adds is local derivative × out.grad,
    and either factor may be off."""
    slip = (_WORKED_MUL, "        g = 0.5 if out.grad == 0.5 else out.grad * 1.0001\n"
                         "        self.grad += other.data * g\n        other.grad += self.data * g\n")
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and "Your `_backward` adds 1.2401 × out.grad to a.grad. Candidates: that " \
        "local derivative written otherwise in it, or out.grad changed" in said.message, said.message
    assert "out.grad 在相乘之前被改过" in in_chinese(lambda: check_add_mul(learner_class(slip, upto=2)).message)


_WORKED_TANH_BACKWARD = "        self.grad += (1 - t ** 2) * out.grad\n"


@pytest.mark.parametrize("below", [0.05, 0.2])
def test_walk_92_a_tanh_taken_for_its_tangent_near_0_fails(below):
    """Walk 92: a tanh `_backward` using 1 for 1 - t² below |a| = 0.2 passed (the random inputs
    keep |a| >= 0.2); the lesson's training then ends at 95%. Inputs of 0.15 and -0.004 are
    tried now."""
    slip = (_WORKED_TANH_BACKWARD,
            f"        self.grad += (1.0 if abs(self.data) < {below} else 1 - t ** 2) * out.grad\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith("`a.tanh()` with a = "), said.message


def test_walk_92_an_add_that_gives_back_a_node_for_0_plus_it_fails():
    """Walk 92: an `__add__` returning `other` itself when self.data is 0 and other was made by an
    operation passed every check (they tried 0 + a leaf only); in the lesson, sum(w * x, b) with
    b = 0 then cut the bias off the graph, and training ended at 80%."""
    start = "def __add__(self, other):\n    other = other if isinstance(other, Value) else Value(other)\n"
    slip = (start, start + "    if self.data == 0 and other._prev:\n        return other\n")
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(
            "In the graph `p = w * x; q = v * y; s = c + p; n = q + s` (w = -3, x = 2, v = 1, "
            "y = 0, c = 0), `s = c + p` gave back its input p itself, not a new Value: c is then "
            "left out of the graph"), said.message


class _Switch:
    """What a learner's tanh may read: a counter, or a flag, kept on a class of its own."""
    calls = 0
    after = 10 ** 9
    broken = False

    def __call__(self, t):
        _Switch.calls += 1
        return t * 0.99 if _Switch.broken or _Switch.calls > _Switch.after else t


def _tanh_reading_the_switch():
    Value = learner_class(("    t = math.tanh(self.data)\n",
                           "    t = SWITCH(math.tanh(self.data))\n"))
    Value.tanh.__globals__["SWITCH"] = _Switch()
    return Value


def test_walk_92_a_counter_on_another_class_switching_after_32_calls_fails():
    """Walk 92: a tanh that goes 1% off after its 32nd call, counted on the class of a global
    object (not watched), passed: the check made 31 tanh. Each operation is made 200 times over
    now."""
    _Switch.calls, _Switch.after, _Switch.broken = 0, 32, False
    said = check_engine(_tanh_reading_the_switch())
    assert not said and said.message.startswith(
        "`a.tanh()` with a = 0.75, made again and again with its `_backward` run each time "
        "(out.grad = 1): the first call gave out.data = 0.6351"), said.message


def test_walk_92_a_power_wrong_below_minus_1_is_not_told_the_two_results_interfere():
    """Walk 92: a `**` whose `_backward` flips the sign for inputs below -1 failed at
    `a ** 2 + b ** 2` (a = -1.64) with "alone, `a ** 2` gives the right gradients: the second
    result changed what the first one's `_backward` uses" (it was tried alone elsewhere only).
    Each use is tried alone at its inputs first now."""
    slip = ("        self.grad += n * self.data ** (n - 1) * out.grad\n",
            "        local = -2 * self.data if n == 2 and self.data < -1 else n * self.data ** (n - 1)\n"
            "        self.grad += local * out.grad\n")
    said = check_more_operations(learner_class(slip, upto=3))
    assert not said and said.message.startswith("`a ** 2` with a = -1.64: ") and \
        "the right size with the wrong sign" in said.message and \
        "changed what the first one's" not in said.message, said.message


def test_walk_93_an_out_grad_near_1_taken_for_1_fails():
    """Walk 93: an `__add__` whose `_backward` used 1 for every out.grad within 1% of 1 passed
    every check; 0.9973 is among the later out.grads now."""
    slip = ("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
            "        g = 1.0 if abs(out.grad - 1) < 0.01 else out.grad\n"
            "        self.grad += g\n        other.grad += g\n")
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and "at its run with out.grad = 0.9973" in said.message, said.message


def test_walk_93_a_product_giving_back_an_input_for_a_factor_of_1_is_told_so():
    """Walk 93: a `__mul__` returning `self` when the other factor is 1 was told its result has
    an empty `_prev` and to pass its inputs as `_children` (it does, for new results)."""
    start = "def __mul__(self, other):\n    other = other if isinstance(other, Value) else Value(other)\n"
    said = check_add_mul(learner_class((start, start + "    if other.data == 1:\n        return self\n"),
                                       upto=2))
    assert not said and said.message.startswith(
        "`a * b` with a = 0.75, b = 1 gave back its input a itself, not a new Value"), said.message


def test_walk_93_a_tanh_written_apart_for_the_seed_neurons_number_fails():
    """Walk 93: a tanh `_backward` adding 0.25 at the seed neuron's n = 0.8813735870195432 passed,
    and the lesson's cell 17 then printed x1.grad = -2.25 on the learner's class. The seed
    neuron is one of check_engine's graphs now."""
    slip = ("        self.grad += (1 - t ** 2) * out.grad\n",
            "        self.grad += (1 - t ** 2) * out.grad\n"
            "        if abs(self.data - 0.8813735870195432) < 1e-9:\n            self.grad += 0.25\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith(
            "In the graph `p = x1 * w1; q = x2 * w2; s = p + q; n = s + b; o = n.tanh()`"), said.message


def test_walk_94_a_minus_lost_for_every_plain_number_is_not_said_lost_here_alone():
    """Walk 94: a `__sub__` that drops the minus for every plain number (kept for a Value)
    was told "the minus is lost here (at other numbers it is not ...)"; it is told the minus
    is lost for a plain number, kept with a Value on both sides."""
    slip = ("    return self + (-other)\n",
            "    return self + (-other if isinstance(other, Value) else other)\n")
    english = check_engine(learner_class(slip)).message
    chinese = in_chinese(lambda: check_engine(learner_class(slip)).message)
    assert "the minus is lost for this plain number (with a Value on both sides it was kept" \
        in english and "at other numbers it is not" not in english, english
    assert "减去这个普通数时负号丢了" in chinese and "换别的数时没有丢" not in chinese, chinese


def test_walk_94_an_add_wrong_only_at_an_out_grad_of_a_half_fails():
    """Walk 94: a `+` whose `_backward` passes nothing down when out.grad is exactly 0.5
    passed check_add_mul and check_engine; a later run of each `_backward` has out.grad 0.5."""
    slip = ("    self.grad += 1.0 * out.grad\n",
            "    self.grad += 0.0 if out.grad == 0.5 else 1.0 * out.grad\n")
    for check in (check_add_mul, check_engine):
        said = check(learner_class(slip))
        assert not said and "at its run with out.grad = 0.5" in said.message, said.message


def test_walk_95_a_backward_reusing_another_graphs_order_is_not_told_it_sets_1_only_at_0():
    """Walk 95: a backward() that reuses the order kept from another graph holding its root
    (a global) set L.grad = 1 and then ran M's `_backward` too (L.grad 6); it was told to set
    the grad to 1 "every time, not only when it is 0". L.grad is not the 5 kept: candidates."""
    slip = ("    topo, visited = [], set()\n",
            "    global TOPO\n    if TOPO and self in TOPO:\n        self.grad = 1.0\n"
            "        for v in reversed(TOPO):\n            v._backward()\n        return\n"
            "    topo, visited = [], set()\n")
    keep = ("    self.grad = 1.0\n    for v in reversed(topo):\n",
            "    TOPO = topo\n    self.grad = 1.0\n    for v in reversed(topo):\n")
    Value = learner_class(slip, keep)
    Value.backward.__globals__["TOPO"] = None
    english = check_engine(Value).message
    assert "Yours leaves L.grad = 6.0000" in english and "Candidates: the grad of 1 set " \
        "elsewhere than at the start" in english and "not only when it is 0" not in english, english
    Value = learner_class(slip, keep)
    Value.backward.__globals__["TOPO"] = None
    chinese = in_chinese(lambda: check_engine(Value).message)
    assert "用了之前某次调用留下的顺序" in chinese and "而不是只在它为 0 时才设" not in chinese, chinese


def test_walk_95_an_error_on_a_set_prev_names_the_learners_own_type():
    """Walk 95: a backward() calling reversed() on a set `_prev` was told "'_StableSet' object
    is not reversible", a type the learner never wrote; the check's ordered set is named set."""
    Value = learner_class(("        self._prev = tuple(_children)\n", "        self._prev = set(_children)\n"),
                          ("            for child in v._prev:\n",
                           "            for child in reversed(v._prev):\n"))
    said = check_engine(Value).message
    assert "'set' object is not reversible" in said and "_StableSet" not in said, said


def test_walk_95_a_check_failing_when_run_again_says_why_before_the_checks_own_hints():
    """Walk 95: the rerun's message, with its own hint ("so write `return self * other`"),
    stood between "fails:" and "So your code keeps something ...": the "so" followed the
    hint. The conclusion comes first; the check's words now come last, introduced."""
    slip = ("def __rmul__(self, other):\n    return self * other\n",
            "N = 0\ndef __rmul__(self, other):\n    global N\n    N += 1\n"
            "    return self * other if N <= 30 else self * (other + 1)\n")
    english = check_more_operations(learner_class(slip, upto=3)).message
    assert ("fails. So your code keeps something from one call to the next" in english
            and "What that check says now: `0 * a` with a = " in english), english
    chinese = in_chinese(lambda: check_more_operations(learner_class(slip, upto=3)).message)
    assert "却没有通过。所以你的代码" in chinese and "那项检查现在的结果如下。`0 * a`" in chinese, chinese


def test_walk_95_a_times_using_its_own_data_is_told_so():
    """Walk 95: `self.grad += self.data * out.grad` in `*` got two generic candidates; the
    number it used is a's own data, and that is said."""
    slip = ("    self.grad += other.data * out.grad\n", "    self.grad += self.data * out.grad\n")
    english = check_add_mul(learner_class(slip, upto=2)).message
    assert english.endswith("1.9300 is a's own data, where the other input's data belongs."), english
    assert "1.9300 是 a 自己的 data" in in_chinese(lambda: check_add_mul(learner_class(slip, upto=2)).message)


def test_walk_96_a_backward_that_does_nothing_on_a_leaf_fails():
    """Walk 96: a backward() returning at once for a Value without inputs passed; then
    `x = Value(3.0); x.backward()` leaves x.grad at 0, where micrograd's gives 1 (dx/dx)."""
    slip = ("    topo, visited = [], set()\n",
            "    if not self._prev:\n        return\n    topo, visited = [], set()\n")
    english = check_engine(learner_class(slip)).message
    assert english.startswith("After backward() on `x = Value(3.0)`, a Value with no inputs, the "
                              "output's own grad is 0"), english
    assert "（一个没有输入的 Value）" in in_chinese(lambda: check_engine(learner_class(slip)).message)


def test_walk_96_an_add_wrong_only_at_the_blogs_bias_fails_exercise_2():
    """Walk 96: an `__add__` wrong only when b is the blog's bias 6.8813735870195432 passed
    check_add_mul (cell 17 runs the blog's neuron on the learner's class); the neuron's sum
    n is among its graphs until tanh is written."""
    slip = ("    other.grad += 1.0 * out.grad\n",
            "    other.grad += (1.5 if other.data == 6.8813735870195432 else 1.0) * out.grad\n")
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and "b.grad" in said.message, said.message


def test_walk_97_a_square_written_with_equals_fails_and_is_named():
    """Walk 97: a `*` whose `_backward` for `a * a` sets `self.grad = 2 * a * out.grad`
    passed check_add_mul (a.grad started at 0 there), and check_engine blamed backward();
    `a * a + a` shows the share dropped, and the `=` is named."""
    slip = ("        self.grad += other.data * out.grad\n        other.grad += self.data * out.grad\n",
            "        if self is other:\n            self.grad = 2 * self.data * out.grad\n        else:\n"
            "            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n")
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message.startswith("`a * a + a` with a = ") and \
            "The `_backward` of `a * a` replaces a.grad instead of adding to it" in said.message, said.message


def test_walk_97_an_add_leaving_out_the_line_for_other_is_told_nothing_was_added():
    """Walk 97: an `__add__` whose `_backward` has no line for `other` was told it adds
    "0.0000 × out.grad" (a local derivative or out.grad wrong); it adds nothing to b.grad."""
    slip = ("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
            "        self.grad += 1.0 * out.grad\n")
    english = check_add_mul(learner_class(slip, upto=2)).message
    assert "Your `_backward` adds nothing to b.grad. Candidates: the line for b left out" in english, english
    assert "没有给 b.grad 加上任何东西" in in_chinese(lambda: check_add_mul(learner_class(slip, upto=2)).message)


def test_walk_98_a_square_built_as_self_times_self_is_told_to_be_one_power_node():
    """Walk 98: `__pow__` giving `self * self` for n = 2 was told its _prev holds a twice,
    "more often than the operation uses it" (false: a * a uses it twice); the lesson's `**`
    is one node of its own."""
    pow_line = 'ReferenceValue(self.data ** n, (self,), f"**{n}")'
    made = pow_line if pow_line in "\n".join(_solutions()) else 'Value(self.data ** n, (self,), f"**{n}")'
    slip = (f"out = {made}", f"if n == 2:\n        return self * self\n    out = {made}")
    english = check_more_operations(learner_class(slip, upto=3)).message
    assert english.startswith("`a ** 2` makes a node whose _op is '*': your `__pow__` builds the "
                              "power from products"), english
    assert "more often" not in english
    assert "是用乘法拼出乘方的" in in_chinese(lambda: check_more_operations(learner_class(slip, upto=3)).message)


def test_walk_99_a_backward_that_never_ends_on_its_second_call_is_told_so():
    """Walk 99: a backward() that marks the root `_done` and loops for ever when called again
    was told it "left the output's own grad at 0"; its second call did not finish."""
    slip = ("    topo, visited = [], set()\n",
            "    if getattr(self, '_done', False):\n        while True:\n            pass\n"
            "    self._done = True\n    topo, visited = [], set()\n")
    english = check_engine(learner_class(slip)).message
    assert "after every grad was set back to 0, backward() did not finish within" in english, english
    assert "left the output's own grad" not in english
    assert "秒内没有运行完，而第一次调用是运行完了的" in in_chinese(lambda: check_engine(learner_class(slip)).message)


def test_walk_99_tanh_giving_back_its_input_at_1_and_a_power_written_for_the_square_root_fail():
    """Walk 99: a tanh returning self where a = 1 (tanh(1) = 0.7616), and a `**` whose
    derivative for exponents that are not whole is 0.5/√a (right only for 0.5, the one such
    exponent tried), passed check_more_operations and check_engine."""
    at_one = ("    t = math.tanh(self.data)\n",
              "    if self.data == 1:\n        return self\n    t = math.tanh(self.data)\n")
    root_only = ("        self.grad += n * self.data ** (n - 1) * out.grad\n",
                 "        self.grad += (n * self.data ** (n - 1) if n == int(n) else "
                 "0.5 / math.sqrt(self.data)) * out.grad\n")
    for check, upto in ((check_more_operations, 3), (check_engine, 4)):
        said = check(learner_class(at_one, upto=upto))
        assert not said and said.message.startswith("`a.tanh()` with a = 1 gave back its input a "
                                                    "itself"), said.message
        said = check(learner_class(root_only, upto=upto))
        assert not said and said.message.startswith("`a ** 1.5` with a = "), said.message


def test_walk_99_an_add_leaving_self_out_of_prev_is_told_so():
    """Walk 99: `Value(self.data + other.data, (other,), "+")` was told its _prev holds a
    copy of a (at a + 0 with a = 0, where other has a's data) and that a = 0 is treated
    apart; a is missing from _prev at every input."""
    slip = ('(self.data + other.data, (self, other), "+")', '(self.data + other.data, (other,), "+")')
    english = check_add_mul(learner_class(slip, upto=2)).message
    assert "makes a node whose `_prev` does not hold a:" in english and "still right" not in english, \
        english
    assert "`_prev` 里没有 a" in in_chinese(lambda: check_add_mul(learner_class(slip, upto=2)).message)


def test_walk_99_an_add_that_never_ends_for_a_large_negative_number_added_fails():
    """Walk 99: an `__add__` looping for ever when other < -10 passed every check."""
    slip = ("        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n",
            "        self.grad += 1.0 * out.grad\n        other.grad += 1.0 * out.grad\n"
            "    while other.data < -10:\n        pass\n")
    said = check_add_mul(learner_class(slip, upto=2))
    assert not said and "did not finish within" in said.message, said.message


def test_walk_98_an_init_turning_0_into_1_is_told_about_init_alone():
    """Walk 98: `self.data = data or 1.0` was told about __init__ and then that `a + b`
    "treats a = 0 apart"; it is __init__ that does, for every operation."""
    slip = ("        self.data = data\n", "        self.data = data or 1.0\n")
    for check, upto in ((check_add_mul, 2), (check_engine, 4)):
        said = check(learner_class(slip, upto=upto))
        assert not said and said.message == "Value(0.0).data is 1.0: `__init__` should keep the " \
            "number it is given.", said.message


def test_walk_100_a_subtraction_losing_its_minus_after_60_calls_is_not_told_it_is_this_number():
    """Walk 100: a `__sub__` that drops its minus from its 61st call on was told the minus is
    lost "here (at other numbers it is not)"; it is lost at every number by then."""
    slip = ("    return self + (-other)\n",
            "    calls.append(1)\n    return self + (-other) if len(calls) <= 60 else self + other\n")
    cls = learner_class(slip, upto=3)
    cls.__sub__.__globals__["calls"] = []
    english = check_more_operations(cls).message
    assert "the minus is lost, at other numbers too, though your `__sub__` kept it" in english, english
    assert "at other numbers it is not" not in english



def test_walk_102_a_mul_that_replaces_the_packages_mul_is_told_and_put_back():
    """The check's reference then multiplies with the learner's replacement: before, the
    check raised an AttributeError of its own, and the package stayed changed."""
    import micrograd_lite
    own = micrograd_lite.Value.__mul__
    Value = learner_class(("def __mul__(self, other):\n",
                           "def __mul__(self, other):\n"
                           "    import micrograd_lite\n"
                           "    micrograd_lite.Value.__mul__ = lambda a, b: None\n"), upto=2)
    for run in (lambda make: make(), in_chinese):
        said = run(lambda: check_add_mul(Value))
        assert not said and micrograd_lite.Value.__mul__ is own
        assert "`Value.__mul__`" in said.message and (
            "your code changed the package: it replaced `Value.__mul__`" in said.message
            or "你的代码改动了课程包，它替换了 `Value.__mul__`" in said.message), said.message
    assert check_add_mul(learner_class(upto=2))  # and a right class after it passes


def test_walk_101_a_tanh_giving_back_its_input_only_far_from_0_is_told_so():
    """Walk 101: told only its value at a = 113.32, not that it gave back its input."""
    english, chinese = _check_engine_rejects(
        lambda: learner_class(("def tanh(self):\n",
                               "def tanh(self):\n    if abs(self.data) > 20:\n        return self\n")),
        "`a.tanh()` with a = 113.32 gave back its input a itself, not a new Value",
        "`a.tanh()`（a = 113.32）返回的是输入 a 本身，不是一个新的 Value。")


def test_walk_103_a_right_class_checked_after_a_cell_changed_the_package_passes_with_a_note():
    """Walk 103: a cell that replaced the package's Value.__mul__ made every later check
    reject a right class ("the value is 2.3932, should be 1.9300", false)."""
    import micrograd_lite
    own = micrograd_lite.Value.__mul__
    for run, note in ((lambda make: make(), "Before this check, code run in this session had "
                       "changed the package (or Python's math, which it computes with): it "
                       "replaced `Value.__mul__`. The check put it back as it was, then checked your code."),
                      (in_chinese, "在这项检查之前，这个会话里运行过的代码改动了课程包（或者它计算时用到的 Python 模块 "
                       "math），它替换了 `Value.__mul__`。检查函数先把它恢复了原样，再检查你的代码。")):
        micrograd_lite.Value.__mul__ = lambda a, b: a  # a cell of the session, not the check
        said = run(lambda: check_add_mul(learner_class(upto=2)))
        assert micrograd_lite.Value.__mul__ is own
        assert said and said.message.endswith(note), said.message
    assert "Before this check" not in check_add_mul(learner_class(upto=2)).message  # put back


def test_walk_103_a_backward_that_tells_nodes_apart_by_their_label_is_rejected():
    """Walk 103: a visited set keyed by `v.label or id(v)` passed (the check's graphs gave
    no two nodes one label)."""
    english, chinese = _check_engine_rejects(
        lambda: learner_class(("        if v not in visited:\n            visited.add(v)\n",
                               "        if (v.label or id(v)) not in visited:\n"
                               "            visited.add(v.label or id(v))\n")),
        "After backward() on `c = a * b; d = c + a; c.label = d.label = 't'` with a = 2, b = -3, "
        "a.grad is 1.0000, should be -2.0000.",
        "对 `c = a * b; d = c + a; c.label = d.label = 't'`（a = 2，b = -3）运行 backward() 之后，"
        "a.grad 是 1.0000，应该是 -2.0000。")


def test_walk_103_a_drift_after_many_calls_quotes_its_numbers_in_chinese():
    """Walk 103: the Chinese message quoted stopped before the numbers that differ, and the
    numbers were joined with an English comma."""
    def drifting():
        return learner_class(('    out = Value(self.data * other.data, (self, other), "*")\n',
                              '    Value.calls = getattr(Value, "calls", 0) + 1\n'
                              '    out = Value(self.data * other.data + (1e-3 if Value.calls > 1000 '
                              'else 0.0), (self, other), "*")\n'), upto=2)
    said = in_chinese(lambda: check_add_mul(drifting()).message)
    assert "第 2 遍没有通过（后面反馈里说的调用次数只计这一遍），反馈是“一次又一次地计算 `a * 3`（a = 0.75），" \
        "每次都运行它的 `_backward`（out.grad = 1），第一次得到 out.data = 2.2500，a.grad = 3.0000，" in said, said
    assert "”。" not in said and ", " not in said


def test_walk_104_a_mul_that_empties_its_inputs_prev_is_not_blamed_on_add():
    """Walk 104: told `__add__` must pass its inputs as `_children` (it does)."""
    Value = learner_class(('    out = Value(self.data * other.data, (self, other), "*")\n',
                           '    out = Value(self.data * other.data, (self, other), "*")\n'
                           '    other._prev = ()\n'), upto=2)
    for run, says in ((lambda make: make(), "has an empty `_prev`, though `__add__` on new inputs "
                       "records them. Candidates: an operation that took it as an input afterwards "
                       "emptied its `_prev`"),
                      (in_chinese, "（1）之后把它当作输入的某个运算清空了它的 `_prev`")):
        said = run(lambda: check_add_mul(Value))
        assert not said and says in said.message, said.message



def test_walk_105_code_that_replaces_math_exp_is_told_and_math_is_put_back():
    """Walk 105: a grad_b1 replacing math.exp passed (the package's sigmoid, the check's
    reference, calls it too), and the session's sigmoid stayed wrong."""
    import math
    from micrograd_lite.exercises import lesson03
    own = math.exp

    def grad_b1(x, y, w1, b1, w2, b2):
        math.exp = lambda v: 2.0 ** v
        h = 1 / (1 + math.exp(-(w1 * x + b1)))
        return 2 * (w2 * h + b2 - y) * w2 * h * (1 - h)
    for run, says in ((lambda make: make(), "your code changed Python's `math` module: it replaced `math.exp`"),
                      (in_chinese, "你的代码改动了 Python 的 `math` 模块，它替换了 `math.exp`")):
        said = run(lambda: lesson03.check_grad_b1(grad_b1))
        assert math.exp is own
        assert not said and says in said.message, said.message


@pytest.mark.parametrize("slip, attribute", [
    (("    for v in reversed(topo):\n        v._backward()\n",
      "    for v in reversed(topo):\n        v._backward()\n        v.label = v.label or v._op\n"), "label"),
    (("    for v in reversed(topo):\n        v._backward()\n",
      "    for v in reversed(topo):\n        v._backward()\n"
      "    for v in topo:\n        v._prev = tuple(v._prev)[::-1]\n"), "_prev"),
])
def test_walk_105_a_backward_that_changes_labels_or_the_order_of_prev_is_rejected(slip, attribute):
    english, chinese = _check_engine_rejects(lambda: learner_class(slip), "", "")
    assert f"backward() changed the `{attribute}` of" in english, english
    assert f"backward() 改动了" in chinese and f"的 `{attribute}`" in chinese, chinese


def test_walk_105_a_backward_of_add_that_empties_prev_is_not_blamed_on_backward():
    """Walk 105: check_add_mul (no backward() of the learner's yet) said backward() changed
    the graph."""
    Value = learner_class(("    out._backward = _backward\n    return out\n\n\ndef __mul__",
                           "    out._backward = lambda: (_backward(), setattr(out, '_prev', ()))\n"
                           "    return out\n\n\ndef __mul__"), upto=2)
    for run, says in ((lambda make: make(), "the check called each node's `_backward` in reversed "
                       "topological order, and that changed the graph itself"),
                      (in_chinese, "检查函数按逆拓扑顺序调用了每个节点的 `_backward`，这改动了计算图本身")):
        said = run(lambda: check_add_mul(Value))
        assert not said and says in said.message and "backward() changed" not in said.message, said.message


def test_walk_107_a_backward_that_rewrites_labels_is_rejected():
    """Walk 107: `v.label = v.label.upper()` passed (the graphs' labels were all empty but the
    shared-label one's); `v.label = v.label or 'node'` was told an operation changed it."""
    english, chinese = _check_engine_rejects(lambda: learner_class((
        "    for v in reversed(topo):\n        v._backward()\n",
        "    for v in reversed(topo):\n        v._backward()\n        v.label = v.label.upper()\n")),
        "", "")
    assert "backward() changed the `label` of" in english, english
    assert "的 `label`" in chinese, chinese
    english, _ = _check_engine_rejects(lambda: learner_class((
        "    for v in reversed(topo):\n        v._backward()\n",
        "    for v in reversed(topo):\n        v._backward()\n        v.label = v.label or 'node'\n")),
        "", "")
    assert "Passing gradients back changes grads only" in english and "An operation" not in english
