"""Lesson 02: the forward-graph explorer and the exercise checks."""

import math

import ipywidgets as widgets
import pytest

from languages import in_chinese
from micrograd_lite import Value, to_mermaid
from micrograd_lite.exercises import lesson02
from micrograd_lite.widgets.graphs import GraphView, graph_explorer, graph_view

SEED_B = 6.8813735870195432


def seed_neuron(x1=2.0, w1=-3.0, x2=0.0, w2=1.0, b=SEED_B):
    """The lecture's neuron, built from + and * as lesson 02 builds it."""
    x1 = Value(x1, label="x1")
    w1 = Value(w1, label="w1")
    x2 = Value(x2, label="x2")
    w2 = Value(w2, label="w2")
    b = Value(b, label="b")
    x1w1 = x1 * w1; x1w1.label = "x1*w1"  # noqa: E702
    x2w2 = x2 * w2; x2w2.label = "x2*w2"  # noqa: E702
    s = x1w1 + x2w2; s.label = "x1*w1 + x2*w2"  # noqa: E702
    n = s + b; n.label = "n"  # noqa: E702
    o = n.tanh(); o.label = "o"  # noqa: E702
    return o


def test_seed_numbers():
    o = seed_neuron()
    by_label = {v.label: v.data for v in o.topological_order()}
    assert by_label["x1*w1"] == -6.0
    assert by_label["x2*w2"] == 0.0
    assert by_label["x1*w1 + x2*w2"] == -6.0
    assert round(by_label["n"], 4) == 0.8814
    assert round(o.data, 4) == 0.7071
    assert o.data == pytest.approx(1 / math.sqrt(2), abs=1e-12)  # why b has 16 digits


def test_graph_view_draws_forward_values_without_grads():
    view = graph_view(seed_neuron, {"x1": 2.0, "w1": -3.0, "x2": 0.0, "w2": 1.0, "b": SEED_B})
    assert isinstance(view, GraphView)
    assert view.description == (
        "forward pass with x1 = 2.0000, w1 = -3.0000, x2 = 0.0000, w2 = 1.0000, "
        "b = 6.8814: o = 0.7071 (10 values in the graph)"
    )
    source = view.drawing.source
    for text in ("data 0.8814", "data 0.7071", "data -6.0000", "tanh"):
        assert text in source
    assert "grad" not in source  # show_grad=False: a picture of the forward pass


def test_graph_view_displays_svg_with_the_description():
    view = graph_view(lambda a=1.0: Value(a, label="a") * 2, {"a": 1.5})
    bundle = view._repr_mimebundle_()
    assert bundle["image/svg+xml"].lstrip().startswith(("<?xml", "<svg"))
    assert bundle["text/plain"] == view.description == repr(view)
    assert "[*] = 3.0000" in view.description  # an unlabelled root is named by its operation


def test_graph_explorer_sliders_redraw_the_graph():
    explorer = graph_explorer(seed_neuron, ranges={"b": (-8.0, 8.0)})
    assert list(explorer.controls) == ["x1", "w1", "x2", "w2", "b"]
    assert all(isinstance(c, widgets.FloatSlider) for c in explorer.controls.values())
    assert explorer.controls["b"].value == SEED_B  # the exact seed number, not a rounded one
    assert (explorer.controls["b"].min, explorer.controls["b"].max) == (-8.0, 8.0)
    assert (explorer.controls["x2"].min, explorer.controls["x2"].max) == (-4.0, 4.0)
    assert "o = 0.7071" in explorer.picture.description

    explorer.controls["x2"].value = 1.0
    expected = math.tanh(2.0 * -3.0 + 1.0 * 1.0 + SEED_B)  # 0.9546, by hand
    assert f"o = {expected:.4f}" in explorer.picture.description
    assert "data 1.8814" in explorer.picture.drawing.source

    explorer.controls["w1"].value = -4.0
    assert "data -8.0000" in explorer.picture.drawing.source  # x1*w1 = 2 * -4


def test_graph_explorer_starting_values_override_defaults():
    explorer = graph_explorer(seed_neuron, x1=1.0)
    assert explorer.controls["x1"].value == 1.0
    assert "x1*w1" in explorer.picture.drawing.source
    assert f"o = {math.tanh(-3.0 + SEED_B):.4f}" in explorer.picture.description


def test_graph_explorer_bad_input():
    with pytest.raises(TypeError, match="function"):
        graph_explorer(42)
    with pytest.raises(ValueError, match="does not take"):
        graph_explorer(seed_neuron, ranges={"z": (0, 1)})
    with pytest.raises(TypeError, match="finite number"):
        graph_explorer(seed_neuron, x1="2")
    with pytest.raises(TypeError, match="must be a Value"):
        graph_view(lambda a=1.0: a * 2, {"a": 1.0})


def test_mermaid_export_has_the_seed_lines():
    o = seed_neuron()
    n = o._prev[0]
    text = to_mermaid(n)
    assert text.startswith("graph LR")
    assert '    w2["w2 | data 1.0000 | grad 0.0000"]' in text.splitlines()
    assert '    b["b | data 6.8814 | grad 0.0000"]' in text.splitlines()
    assert "mul1((*))" in text and "add2((+))" in text


# ----------------------------------------------------------------------
# Exercise checks
# ----------------------------------------------------------------------
@pytest.mark.parametrize("check", [lesson02.check_value_count, lesson02.check_forward,
                                   lesson02.check_neuron])
def test_placeholder_is_answered_kindly(check):
    feedback = check(None)
    assert not feedback.correct and feedback.message.startswith("Replace `None` with")


def test_check_value_count():
    a, b, c, f = (Value(v) for v in (2.0, -3.0, 10.0, -2.0))
    L = (a * b + c) * f
    assert lesson02.check_value_count(len(L.topological_order())).correct  # the worked solution
    feedback = lesson02.check_value_count(10)
    assert not feedback.correct and "operation nodes" in feedback.message
    assert "every result is a Value too" in lesson02.check_value_count(4).message
    assert not lesson02.check_value_count(8).correct
    assert "whole number" in lesson02.check_value_count("seven").message


def test_check_forward():
    o = seed_neuron(x2=1.0)
    assert lesson02.check_forward(o).correct  # a Value is accepted ...
    assert lesson02.check_forward(round(o.data, 4)).correct  # ... and so is a number
    n = 2.0 * -3.0 + 1.0 + SEED_B
    feedback = lesson02.check_forward(n)
    assert not feedback.correct and "is n" in feedback.message
    feedback = lesson02.check_forward(seed_neuron())  # forgot to change x2
    assert not feedback.correct and "x2 = 1" in feedback.message
    assert not lesson02.check_forward(0.5).correct


def test_check_neuron():
    def solution(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n.tanh()

    assert lesson02.check_neuron(solution).correct

    def plain_float(x1, w1, x2, w2, b):
        return math.tanh(x1.data * w1.data + x2.data * w2.data + b.data)

    feedback = lesson02.check_neuron(plain_float)
    assert not feedback.correct and "not a Value" in feedback.message

    def no_tanh(x1, w1, x2, w2, b):
        return x1 * w1 + x2 * w2 + b

    feedback = lesson02.check_neuron(no_tanh)
    assert not feedback.correct and "applies tanh" in feedback.message

    def fresh_values(x1, w1, x2, w2, b):
        return (Value(x1.data) * w1 + x2 * w2 + b).tanh()

    feedback = lesson02.check_neuron(fresh_values)
    assert not feedback.correct and "x1" in feedback.message

    def wrong_formula(x1, w1, x2, w2, b):
        return (x1 * w1 + x2 + b).tanh()

    assert not lesson02.check_neuron(wrong_formula).correct

    def crashes(x1, w1, x2, w2, b):
        raise ZeroDivisionError("oops")

    feedback = lesson02.check_neuron(crashes)
    assert not feedback.correct and "ZeroDivisionError: oops" in feedback.message


def _overwrites_the_inputs(x1, w1, x2, w2, b):
    x1.data = (x1 * w1).data  # the number is right, the graph no longer reaches w1
    x2.data = (x2 * w2).data
    return (x1 + x2 + b).tanh()


def _puts_a_value_in_data(x1, w1, x2, w2, b):
    x1.data = x1 * w1  # a Value as data: the next operation then raises
    return (x1 + x2 * w2 + b).tanh()


def _runs_backward(x1, w1, x2, w2, b):
    o = (x1 * w1 + x2 * w2 + b).tanh()
    o.backward()
    return o


_calls = []


def _right_only_once(x1, w1, x2, w2, b):
    """Keeps its first output and hands it back on later calls of the same point."""
    _calls.append((x1.data, w1.data))
    n = x1 * w1 + x2 * w2 + b
    return n.tanh() if _calls.count(_calls[-1]) == 1 else n


@pytest.mark.parametrize("neuron, says", [
    (_overwrites_the_inputs, "Your function changes the Values it is given: after the call, "
                             "x1.data is 0.75, not 0.5."),
    (_puts_a_value_in_data, "Your function changes the Values it is given: after the call, "
                            "x1.data is Value(data=0.75, grad=0.0), not 0.5."),
    (_runs_backward, "Your function changes the grads of the Values it is given: after the "
                     "call, x1.grad is "),
    (_right_only_once, "Called more than once with the same numbers, x1=0.5, w1=1.5, x2=-1, w2=2, "
                       "b=0.25, your function gave o = -0.7616 the first time and o = -1 when the check called it with them again (its call 5 in this check). "),
])
def test_check_neuron_tells_a_function_that_changes_its_inputs_or_keeps_state(neuron, says):
    _calls.clear()
    feedback = lesson02.check_neuron(neuron)
    assert not feedback.correct and says in feedback.message, feedback.message
    assert "does not reach" not in feedback.message


# ----------------------------------------------------------------------
# Every check against the wrong answers a learner really gives: the message
# must be true for that answer.
# ----------------------------------------------------------------------
@pytest.mark.parametrize("answer, says", [
    (6, "One is missing"),
    (8, "One too many"),
    (10, "operation nodes"),
    (3, "3 is the number of results (e, d, L), and of operations (*, +, *) too."),
    (9, "9 is not the count"),
    ("7", "without quotes"),
    (7.5, "7.5 is not the count"),
    # a Value is never read as its data, not even one holding the right number
    (Value(-8.0), "You gave a Value (data -8). The answer is a count, a whole number"),
    (Value(7.0), "You gave a Value (data 7). The answer is a count, a whole number"),
])
def test_check_value_count_wrong_answers(answer, says):
    feedback = lesson02.check_value_count(answer)
    assert not feedback.correct and says in feedback.message


def test_value_count_of_the_graph_and_its_operations():
    a, b, c, f = (Value(v) for v in (2.0, -3.0, 10.0, -2.0))
    L = (a * b + c) * f
    nodes = L.topological_order()
    assert len(nodes) == 7  # "7 Values"
    assert sum(1 for node in nodes if node._op) == 3  # "*, +, *": 7 + 3 = 10


O_X2_IS_1 = math.tanh(2.0 * -3.0 + 1.0 + SEED_B)


@pytest.mark.parametrize("answer, says", [
    (0.95, "rounded to 2 decimals"),
    (0.955, "rounded to 3 decimals"),
    (2.0 * -3.0 + 1.0 + SEED_B, "is n"),
    (math.tanh(SEED_B - 6.0), "output with x2 * w2 = 0: the lesson's neuron as it was (x2 = 0), or w2 set to 0"),
    (SEED_B - 6.0, "n with x2 = 0"),
    (math.tanh(2.0 * -3.0 + 2.0 + SEED_B), "w2 = 2"),
    (-O_X2_IS_1, "The size is right but the sign is not"),
    ("0.9546", "without quotes"),
])
def test_check_forward_wrong_answers(answer, says):
    feedback = lesson02.check_forward(answer)
    assert not feedback.correct and says in feedback.message


def test_check_forward_right_answers_say_the_true_numbers():
    feedback = lesson02.check_forward(0.9546)
    assert feedback.correct and "n = 1.8814" in feedback.message and "0.9546" in feedback.message
    assert round(O_X2_IS_1, 4) == 0.9546


def _neuron_variant(formula):
    def neuron(x1, w1, x2, w2, b):
        return formula(x1, w1, x2, w2, b)
    return neuron


@pytest.mark.parametrize("formula, says", [
    (lambda x1, w1, x2, w2, b: (x1 * w1 + b).tanh(), "x2*w2 is missing"),
    (lambda x1, w1, x2, w2, b: (x2 * w2 + b).tanh(), "x1*w1 is missing"),
    (lambda x1, w1, x2, w2, b: (x1 * w1 + x2 * w2).tanh(), "bias b is missing"),
    (lambda x1, w1, x2, w2, b: (x1 * w1 + x2 * w2 + b).relu(), "That is relu(n)"),
    (lambda x1, w1, x2, w2, b: (x1 * w1 + x2 * w2 + b).sigmoid(), "That is sigmoid(n)"),
    (lambda x1, w1, x2, w2, b: x1 * w1 + x2 * w2 + b, "That is n ="),
    (lambda x1, w1, x2, w2, b: (x1 * w2 + x2 * w1 + b).tanh(), "weights are swapped"),
    (lambda x1, w1, x2, w2, b: (x1 + w1 + x2 + w2 + b).tanh(), "added to the weights"),
    (lambda x1, w1, x2, w2, b: (x1 * w1 + x2 + b).tanh(), "the output should be tanh("),
])
def test_check_neuron_names_what_is_wrong(formula, says):
    feedback = lesson02.check_neuron(_neuron_variant(formula))
    assert not feedback.correct and says in feedback.message
    assert "does not reach" not in feedback.message  # never blames the graph for a wrong number


def test_a_relu_neuron_is_not_told_it_returns_n():
    feedback = lesson02.check_neuron(_neuron_variant(
        lambda x1, w1, x2, w2, b: (x1 * w1 + x2 * w2 + b).relu()))
    assert "That is n" not in feedback.message


def test_a_neuron_without_x2_w2_fails_at_the_first_point_tried():
    # the first trial point has x2*w2 != 0, so the slip shows as a wrong number
    x1, w1, x2, w2, b = lesson02._TRIAL_POINTS[0]
    assert x2 * w2 != 0 and x1 * w1 != 0 and b != 0
    assert min(x1 * w1 + x2 * w2 + b for x1, w1, x2, w2, b in lesson02._TRIAL_POINTS) < 0


def test_check_neuron_reports_the_learners_line():
    def neuron(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n.tanhh()  # the learner's typo

    feedback = lesson02.check_neuron(neuron)
    assert not feedback.correct
    assert "AttributeError" in feedback.message and "return n.tanhh()" in feedback.message


def test_check_neuron_with_a_graph_that_forgets_one_input():
    def copies_w2(x1, w1, x2, w2, b):
        return (x1 * w1 + x2 * Value(w2.data) + b).tanh()

    feedback = lesson02.check_neuron(copies_w2)
    assert not feedback.correct and "for w2" in feedback.message and "number is right" in feedback.message


# ----------------------------------------------------------------------
# Coding exercise: subtraction for TinyValue
# ----------------------------------------------------------------------
class TinyValue:  # the lesson's class, as in the notebook
    def __init__(self, data, _children=(), _op="", label=""):
        self.data = data
        self.grad = 0.0
        self._prev = _children
        self._op = _op
        self.label = label

    def __add__(self, other):
        return TinyValue(self.data + other.data, (self, other), "+")

    def __mul__(self, other):
        return TinyValue(self.data * other.data, (self, other), "*")

    def __repr__(self):
        return f"{type(self).__name__}(data={self.data})"  # the class's own name


def _subclass(sub):
    return type("MyTinyValue", (TinyValue,), {"__sub__": sub})


def test_check_subtraction_worked_solution_and_its_claim():
    class MyTinyValue(TinyValue):
        def __sub__(self, other):
            return MyTinyValue(self.data - other.data, (self, other), "-")

    assert lesson02.check_subtraction(MyTinyValue).correct
    p, q = MyTinyValue(5.0), MyTinyValue(2.0)
    out = p - q
    assert repr(out) == "MyTinyValue(data=3.0)" and out._op == "-" and out._prev == (p, q)


def test_check_subtraction_accepts_type_self_and_tells_a_set_it_has_no_order():
    assert lesson02.check_subtraction(_subclass(
        lambda self, other: type(self)(self.data - other.data, (self, other), "-"))).correct
    feedback = lesson02.check_subtraction(_subclass(
        lambda self, other: type(self)(self.data - other.data, {self, other}, "-")))
    assert not feedback.correct and "a set has no order" in feedback.message


def _changes_self(self, other):
    self.data -= other.data
    self._prev, self._op = (self, other), "-"
    return self


def _changes_self_returns_new(self, other):
    self.data = self.data - other.data
    return type(self)(self.data, (self, other), "-")


def _changes_other(self, other):
    other.data = -other.data
    return type(self)(self.data + other.data, (self, other), "-")


@pytest.mark.parametrize("sub, says", [
    (_changes_self, "p - q changed p itself (p.data is now 3, was 5)."),
    (_changes_self_returns_new, "p - q changed p itself (p.data is now 3, was 5)."),
    (_changes_other, "p - q changed q itself (q.data is now -2, was 2)."),
])
def test_check_subtraction_names_a_sub_that_changes_an_input_in_place(sub, says):
    feedback = lesson02.check_subtraction(_subclass(sub))
    assert not feedback.correct and says in feedback.message, feedback.message
    assert "returned" not in feedback.message  # the new node it returned is not blamed


def _negation(self):
    return type(self)(-self.data, (self,), "neg")


def _one_result_for_all(self, other):
    """Every subtraction hands back the same node, rewritten: results share their data."""
    cls = type(self)
    if "result" not in cls.__dict__:
        cls.result = cls(0.0)
    cls.result.data, cls.result._prev, cls.result._op = self.data - other.data, (self, other), "-"
    return cls.result


@pytest.mark.parametrize("cls, says", [
    # other + (-self): the lesson's TinyValue has + but no -, so a learner adds negation
    (type("MyTinyValue", (TinyValue,), {"__neg__": _negation,
                                         "__sub__": lambda self, other: other + (-self)}),
     "p - q came out as q - p: -3 for p = 5, q = 2, and 5.5 for p = -1.5, q = 4. "
     "The operands are the wrong way round"),
    (_subclass(_one_result_for_all), "that first result holds -5.5: your results share"),
])
def test_check_subtraction_names_what_a_second_pair_shows(cls, says):
    feedback = lesson02.check_subtraction(cls)
    assert not feedback.correct and says in feedback.message, feedback.message


def test_check_subtraction_one_child_is_not_told_about_new_nodes():
    feedback = lesson02.check_subtraction(_subclass(
        lambda self, other: type(self)(self.data - other.data, (self,), "-")))
    assert "should be (p, q)" in feedback.message and "it is (p,)" in feedback.message
    assert "new nodes" not in feedback.message


@pytest.mark.parametrize("answer, says", [
    (1, "rounded to a whole number"),
    (1.0, "rounded to a whole number"),
    (0.9545, "Candidates: b rounded to 6.88, or n rounded to 1.88 before tanh."),
    (math.tanh(2.0 * -3.0 + 1.0 * 1.0 + 6.88), "b = 6.88 gives"),
])
def test_check_forward_rounded_answers_are_named(answer, says):
    feedback = lesson02.check_forward(answer)
    assert not feedback.correct and says in feedback.message, feedback.message
    assert "neighbours" not in feedback.message
    assert round(math.tanh(-5.0 + 6.88), 4) == 0.9545  # what b = 6.88 really gives


def test_check_neuron_messages_use_the_learners_function_name():
    def my_neuron(x1, w1, x2, w2, b):
        return (x1 * w1 + x2 * w2 + b).data
    feedback = lesson02.check_neuron(my_neuron)
    assert "my_neuron should return a Value" in feedback.message, feedback.message

    def my_neuron(x1, w1, x2, w2, b):  # noqa: F811
        raise ValueError("oops")
    assert "calling my_neuron(" in lesson02.check_neuron(my_neuron).message


def test_check_neuron_rejects_a_function_that_rewires_an_input():
    """Walk finding: x1._prev = (o,) (a cycle) was accepted."""
    def rewires(x1, w1, x2, w2, b):
        o = (x1 * w1 + x2 * w2 + b).tanh()
        x1._prev, x1._op = (o,), "tanh"
        return o
    english = lesson02.check_neuron(rewires).message
    assert english.startswith("Your function changes the Values it is given: after the call, "
                              "x1._prev has length 1 and x1._op is 'tanh'"), english
    chinese = in_chinese(lambda: lesson02.check_neuron(rewires).message)
    assert chinese.startswith("你的函数改动了传给它的 Value。调用之后，x1._prev 里有 1 个节点，x1._op 是 'tanh'")


def test_check_subtraction_names_a_result_of_another_class():
    """Walk finding: a right __sub__ that makes an older class's node was told about the
    older class's _prev order, as if it were the learner's p - q."""
    class Older(TinyValue):
        def __sub__(self, other):
            return Older(self.data - other.data, (other, self), "-")

    class Newer(TinyValue):
        def __sub__(self, other):
            return Older(self.data - other.data, (self, other), "-")

    english = lesson02.check_subtraction(Newer).message
    assert english == ("p - q returned a Older, not a Newer. A subtraction of that result, "
                       "(p - q) - r, would then run the __sub__ of Older, not yours. Make the "
                       "result with type(self)(...) (or Newer(...))."), english
    assert in_chinese(lambda: lesson02.check_subtraction(Newer).message).startswith(
        "p - q 返回的是一个 Older，不是 Newer。")


_BY_ID = {}


class KeepsDifferencesById(TinyValue):
    def __sub__(self, other):
        key = (id(self), id(other))  # Python gives a new node the id of one just freed
        if key not in _BY_ID:
            _BY_ID[key] = self.data - other.data
        return KeepsDifferencesById(_BY_ID[key], (self, other), "-")


def test_check_subtraction_rejects_differences_kept_by_id():
    """Walk finding: a cache keyed by id passed, while the check kept its nodes alive."""
    _BY_ID.clear()
    english = lesson02.check_subtraction(KeepsDifferencesById).message
    # which subtraction first gets a reused id depends on the allocator: either message is
    # true (a wrong difference, or one that changed on new nodes), and both name the cache
    assert (english.startswith("p - q gave data ") and "; it should be " in english) or \
        "when the check did it again on new nodes" in english, english
    assert "changed the global `_BY_ID`" in english
    _BY_ID.clear()
    chinese = in_chinese(lambda: lesson02.check_subtraction(KeepsDifferencesById).message)
    assert "全局变量 `_BY_ID`" in chinese, chinese


def test_check_neuron_calls_a_kept_dict_a_dict_and_tanh_near_1_not_1():
    """Walk findings: a dict default was called "the list"; tanh(6.5) was written "= 1"."""
    def caching(x1, w1, x2, w2, b, cache={}):
        cache.setdefault("o", (x1 * w1 + x2 * w2 + b).tanh())
        return cache["o"]
    english = lesson02.check_neuron(caching).message
    assert english.endswith("Make it inside the function (a list, a dict or a set), or do without it.")
    assert in_chinese(lambda: lesson02.check_neuron(caching).message).endswith(
        "请在函数里面新建它（列表、字典或集合），或者不用它。")

    def zero_without_bias(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2
        return n.tanh() * 0 if b.data == 0 else (n + b).tanh()
    message = lesson02.check_neuron(zero_without_bias).message
    assert "tanh(6.5) = 0.999995, but it is 0." in message, message


def test_check_neuron_a_right_number_without_its_graph_lists_both_causes():
    """Walk finding: `.tanh().data` was told to use .tanh() instead of math.tanh."""
    def ends_in_data(x1, w1, x2, w2, b):
        return (x1 * w1 + x2 * w2 + b).tanh().data
    english = lesson02.check_neuron(ends_in_data).message
    assert "Candidates: a `.data` at the end (return the Value itself), or math.tanh(n.data)" in english
    chinese = in_chinese(lambda: lesson02.check_neuron(ends_in_data).message)
    assert "可能是结尾多了 `.data`（请直接返回 Value），也可能是用了 math.tanh(n.data)" in chinese


def test_claim_counting_by_following_prev_gives_7():
    a, b, c, f = Value(2.0), Value(-3.0), Value(10.0), Value(-2.0)
    L = (a * b + c) * f
    seen, to_visit = set(), [L]
    while to_visit:
        node = to_visit.pop()
        if node not in seen:
            seen.add(node)
            to_visit.extend(node._prev)
    assert len(seen) == 7


def test_claim_graph_explorer_ranges_are_centred_and_o_shows_1_0000_at_the_ends():
    from micrograd_lite.widgets.graphs import graph_explorer
    seed = dict(x1=2.0, w1=-3.0, x2=0.0, w2=1.0, b=6.8813735870195432)

    def seed_neuron(x1=2.0, w1=-3.0, x2=0.0, w2=1.0, b=6.8813735870195432):
        return (Value(x1) * Value(w1) + Value(x2) * Value(w2) + Value(b)).tanh()
    controls = graph_explorer(seed_neuron, ranges={"b": (-8.0, 8.0)}).controls
    for name in ("x1", "w1", "x2", "w2"):
        assert (controls[name].min, controls[name].max) == (seed[name] - 4, seed[name] + 4)
    assert (controls["b"].min, controls["b"].max) == (-8.0, 8.0)
    o = math.tanh(6.0 * 1.0 + 4.0 * 5.0 + 8.0)  # every slider at its top end
    assert f"{o:.4f}" == "1.0000" and abs(o) <= 1.0 and 1.0 - o < 0.00005
    # "once |n| is above about 5.3"; one slider moved from the seed: either end of x1 and
    # w1 and b = -8 show ±1.0000, b = 8 shows 0.9640, x2 and w2 alone never do
    assert f"{math.atanh(0.99995):.1f}" == "5.3"
    shown = {}
    for name in seed:
        for end in (controls[name].min, controls[name].max):
            args = dict(seed, **{name: end})
            shown[name, end] = f"{seed_neuron(**args).data:.4f}"
    ones = {key for key, o in shown.items() if o in ("1.0000", "-1.0000")}
    assert ones == {("x1", -2.0), ("x1", 6.0), ("w1", -7.0), ("w1", 1.0), ("b", -8.0)}
    assert shown["b", 8.0] == "0.9640"
    assert math.tanh(18.0) < 1.0 and math.tanh(20.0) == 1.0  # a float rounds to 1 above about 19


@pytest.mark.parametrize("sub, says", [
    (lambda self, other: type(self)(other.data - self.data, (self, other), "-"),
     "The operands are the wrong way round"),
    (lambda self, other: type(self)(self.data + other.data, (self, other), "-"),
     "p - q came out as p + q: 7 for p = 5, q = 2, and 2.5 for p = -1.5, q = 4."),
    (lambda self, other: type(self)(abs(self.data - other.data), (self, other), "-"),
     "p - q came out without its sign: 3 for p = 5, q = 2, and 5.5 for p = -1.5, q = 4"),
    (lambda self, other: self, "p - q returned p itself, not a new node."),
    (lambda self, other: self.data - other.data, "plain number 3"),
    (lambda self, other: None, "gave None"),
    (lambda self, other: type(self)(self.data - other.data), "does not remember its inputs"),
    (lambda self, other: type(self)(self.data - other.data, (other, self), "-"), "is (q, p)"),
    (lambda self, other: type(self)(self.data - other.data, (self,), "-"), "should be (p, q)"),
    (lambda self, other: type(self)(self.data - other.data,
                                    (type(self)(self.data), type(self)(other.data)), "-"),
     "not nodes made from them"),
    (lambda self, other: type(self)(self.data - other.data, (self, other)), 'record "-"'),
    (lambda self, other: type(self)(self.data - other.data, (self, other), "+"), "'+'"),
    (lambda self, other: TinyValue(self.data - other.data, (self, other), "-"),
     "subtracted again"),
    (lambda self, other: type(self)(self.data - other, (self, other), "-"), "TypeError"),
    (lambda self, other: type(self)(self.data * 2 - other.data * 2, (self, other), "-"),
     "should be 3"),
])
def test_check_subtraction_typical_slips(sub, says):
    feedback = lesson02.check_subtraction(_subclass(sub))
    assert not feedback.correct and says in feedback.message, feedback.message


@pytest.mark.parametrize("answer, says", [
    (None, "Replace `None`"),
    (TinyValue, "has no __sub__"),
    (TinyValue(1.0), "a class"),
    ("MyTinyValue", "a class"),
])
def test_check_subtraction_wrong_things_given(answer, says):
    feedback = lesson02.check_subtraction(answer)
    assert not feedback.correct and says in feedback.message


def test_check_subtraction_reports_the_learners_line():
    class MyTinyValue(TinyValue):
        def __sub__(self, other):
            return MyTinyValue(self.data - other.value, (self, other), "-")

    feedback = lesson02.check_subtraction(MyTinyValue)
    assert not feedback.correct and "AttributeError" in feedback.message
    assert "MyTinyValue(self.data - other.value" in feedback.message


def test_claim_the_seed_neuron_numbers():
    o = seed_neuron()
    n = o._prev[0]
    assert round(n.data, 4) == 0.8814 and round(o.data, 4) == 0.7071
    assert len(o.topological_order()) == 10  # 'o': 10 values


def test_claim_every_grad_is_still_0_after_the_forward_pass():
    a, b, c, f = (Value(v) for v in (2.0, -3.0, 10.0, -2.0))
    L = (a * b + c) * f
    assert L.data == -8.0
    assert all(node.grad == 0.0 for node in L.topological_order())


def test_claim_tanh_adds_one_operation_and_one_value():
    o = seed_neuron()
    n = o._prev[0]
    ops = lambda root: sum(1 for node in root.topological_order() if node._op)  # noqa: E731
    assert (len(n.topological_order()), ops(n)) == (9, 4)
    assert (len(o.topological_order()), ops(o)) == (10, 5)
    assert o.data == pytest.approx(1 / math.sqrt(2), abs=1e-12)  # "that is 1/sqrt(2)"


@pytest.mark.parametrize("inputs", [{"x2": 1.0}, {"w1": -10.0}, {"w1": 10.0, "b": 8.0},
                                    {"x1": -10.0, "w1": 10.0, "b": -8.0}])
def test_claim_n_can_be_any_number_but_o_stays_between_minus_1_and_1(inputs):
    o = seed_neuron(**inputs)
    assert -1.0 <= o.data <= 1.0
    assert abs(o._prev[0].data) > 1.0  # n itself leaves that range


def test_claim_the_neurons_intermediate_numbers():
    o = seed_neuron()
    values = {node.label: round(node.data, 4) for node in o.topological_order()}
    assert values["x1*w1"] == -6.0 and values["x2*w2"] == 0.0
    assert values["x1*w1 + x2*w2"] == -6.0 and values["n"] == 0.8814 and values["o"] == 0.7071


def test_check_forward_two_decimals_are_called_too_coarse_in_plain_words():
    feedback = lesson02.check_forward(0.95)
    assert not feedback.correct and "rounded to 2 decimals" in feedback.message
    assert "nearby wrong answers" in feedback.message and "neighbours" not in feedback.message


SUBTRACTIONS_THE_WALK_GOT_ACCEPTED = {
    "flattened when chained": (
        "    def __sub__(self, other):\n"
        "        kids = (self._prev if self._op == '-' else (self,)) + (other,)\n"
        "        return type(self)(self.data - other.data, kids, '-')\n",
        "with the inputs of p in place of p", "p 的位置上放的是 p 的输入"),
    "swapped when chained": (
        "    def __sub__(self, other):\n"
        "        kids = (self, other) if not self._prev else (other, self)\n"
        "        return type(self)(self.data - other.data, kids, '-')\n",
        "_prev of p - q is (q, p)", "p - q 的 _prev 是 (q, p)"),
    "no _op when chained": (
        "    def __sub__(self, other):\n"
        "        return type(self)(self.data - other.data, (self, other), '-' if not self._prev else '')\n",
        "records the operation ''", "_op 是 ''"),
    "a default list": (
        "    def __sub__(self, other, kids=[]):\n"
        "        kids.extend([self, other])\n"
        "        return type(self)(self.data - other.data, tuple(kids), '-')\n",
        "Your __sub__ has a default argument holding a list, dict or set (`kids`)",
        "你的 __sub__ 有一个默认参数是列表、字典或集合（`kids`）"),
    "a class list": (
        "    last = []\n"
        "    def __sub__(self, other):\n"
        "        type(self).last.append(other)\n"
        "        return type(self)(self.data - other.data, (self, type(self).last[0]), '-')\n",
        "with a node of an earlier subtraction in it. Does __sub__ keep something from one call "
        "to the next", "里面有前面某次减法的节点"),
}


@pytest.mark.parametrize("case", list(SUBTRACTIONS_THE_WALK_GOT_ACCEPTED))
def test_every_result_records_its_own_inputs_also_when_chained(case):
    body, english, chinese = SUBTRACTIONS_THE_WALK_GOT_ACCEPTED[case]

    def make():
        namespace = {"TinyValue": TinyValue}
        exec("class Mine(TinyValue):\n" + body, namespace)
        return namespace["Mine"]
    said = lesson02.check_subtraction(make())
    zh = in_chinese(lambda: lesson02.check_subtraction(make()))
    assert not said and english in said.message, said.message
    assert chinese in zh.message, zh.message


def test_a_neuron_rewrapping_tanh_as_a_new_value_is_told_gradients_cannot_flow_back():
    import math

    def rewraps(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return Value(math.tanh(n.data), (n,), "tanh")  # right number, no local derivative
    said = lesson02.check_neuron(rewraps)
    zh = in_chinese(lambda: lesson02.check_neuron(rewraps))
    assert not said and said.message.startswith(
        "The number is right, but a node of your graph is a Value made from a number you "
        "computed (Value(number, children, op))")
    # in lesson 02's words: no _backward closures or Value.operation, not shown yet
    assert "_backward" not in said.message and "Value.operation" not in said.message
    assert zh.message.startswith("这个数是对的，但你的图里有一个节点是用你算好的数新建的 Value")


def test_a_neuron_writing_tanh_into_the_data_of_its_sum_is_told_data_was_overwritten():
    import math

    def overwrites(x1, w1, x2, w2, b):  # walk 14: told it made a Value from a number
        n = x1 * w1 + x2 * w2 + b
        n.data = math.tanh(n.data)
        return n
    said = lesson02.check_neuron(overwrites)
    zh = in_chinese(lambda: lesson02.check_neuron(overwrites))
    assert not said and said.message == (
        "The number is right, but the + node of your graph holds -0.7616, while its operation, "
        "+, gives -1 from its inputs: its .data was written after the operation made it (as "
        "n.data = ... does). o.backward() (lesson 03) goes back through each node's operation, "
        "so a step written into .data is not in the graph and no gradient passes through it. "
        "Build o with the Value operations themselves: n.tanh() for the last step.")
    assert zh.message.startswith("这个数是对的，但你的图里那个 + 节点存的是 -0.7616，而由它的输入按 + "
                                 "运算得到的是 -1。"), zh.message


def test_a_neuron_whose_last_node_has_a_wrong_local_derivative_is_told_which_grad():
    import math

    def wrong_local(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        t = math.tanh(n.data)
        return Value.operation(t, (n,), (1 + t**2,), "tanh")  # 1 + t², not 1 - t²
    message = lesson02.check_neuron(wrong_local).message
    assert message.startswith("The number is right, but o.backward() gives x1.grad = "), message


def test_p_minus_p_records_p_twice():
    body = ("    def __sub__(self, other):\n"
            "        kids = (self,) if self is other else (self, other)\n"
            "        return type(self)(self.data - other.data, kids, '-')\n")
    namespace = {"TinyValue": TinyValue}
    exec("class Mine(TinyValue):\n" + body, namespace)
    message = lesson02.check_subtraction(namespace["Mine"]).message
    assert message.startswith("_prev of p - p should be (p, p), the one node twice"), message


def _sub_failing_on_a_result(self, other):
    if self._op == "-":  # a result subtracted again: the learner's own mistake, not its class
        raise ValueError("cannot subtract from a difference")
    return type(self)(self.data - other.data, (self, other), "-")


def test_check_subtraction_tells_a_result_of_another_class_from_a_failure_in_the_code():
    feedback = lesson02.check_subtraction(_subclass(_sub_failing_on_a_result))
    assert not feedback and feedback.message.startswith(
        "p - q is right, but (p - q) - r fails. Your code raised ValueError")
    assert "Make the result a" not in feedback.message
    other = lesson02.check_subtraction(_subclass(
        lambda self, other: TinyValue(self.data - other.data, (self, other), "-")))
    assert "Make the result an instance of MyTinyValue" in other.message


def make_neuron_that_keeps_its_first_output():
    kept = []

    def my_neuron(x1, w1, x2, w2, b):
        if not kept:
            kept.append((x1 * w1 + x2 * w2 + b).tanh())
        return kept[0]
    return my_neuron


def neuron_of_the_seed_numbers(x1, w1, x2, w2, b):
    return (Value(2.0) * Value(-3.0) + Value(0.0) * Value(1.0) + Value(6.8813735870195432)).tanh()


@pytest.mark.parametrize("make", [make_neuron_that_keeps_its_first_output,
                                  lambda: neuron_of_the_seed_numbers])
def test_check_neuron_names_a_number_that_does_not_follow_the_arguments(make):
    feedback = lesson02.check_neuron(make())
    assert not feedback and "the number does not follow the arguments. Likely causes: numbers " \
        "written in the code, the notebook's own x1, w1, x2, w2, b used instead of the " \
        "arguments, or a result kept from an earlier call." in feedback.message


def test_check_subtraction_names_the_first_difference_given_again():
    kept = {}

    def sub(self, other):
        kept.setdefault("data", self.data - other.data)  # the first result, for every call
        return type(self)(kept["data"], (self, other), "-")
    feedback = lesson02.check_subtraction(_subclass(sub))
    assert not feedback and feedback.message == (
        "p - q gave data 3.0 for p = -1.5, q = 4; it should be -5.5. That is the difference of "
        "the first pair, p = 5, q = 2: a number written in the code, or a result kept from the "
        "earlier subtraction (in a global, a class attribute or a default argument)? Compute it "
        "from self.data and other.data at every call. While the check called it, your code "
        "changed `kept`, a variable of an enclosing function: a place that keeps something from "
        "one call to the next, and may be the cause.")


def make_subtraction_counting_on_the_class():
    class MyTinyValue(TinyValue):
        calls = 0

        def __sub__(self, other):
            MyTinyValue.calls += 1  # right for the first 3 subtractions only
            return MyTinyValue(self.data - other.data + (MyTinyValue.calls > 3), (self, other),
                               "-")
    return MyTinyValue


def make_subtraction_counting_in_a_closure():
    count = []

    def sub(self, other):
        count.append(1)  # right for the first 6 subtractions only
        return type(self)(self.data - other.data - (len(count) > 6), (self, other), "-")
    return _subclass(sub)


@pytest.mark.parametrize("make, where", [
    (make_subtraction_counting_on_the_class, "the attribute `MyTinyValue.calls`"),
    (make_subtraction_counting_in_a_closure, "`count`, a variable of an enclosing function"),
])
def test_check_subtraction_names_state_kept_between_subtractions(make, where):
    """Walk finding: counters that go wrong after a few calls were told only the number."""
    feedback = lesson02.check_subtraction(make())
    said = feedback.message
    assert not feedback and said.startswith("p - q with p = 5, q = 2 gave data 3.0 the first "
                                            "time and ") and "keeps something from one "\
        "subtraction to the next" in said and said.endswith(
            f"other.data alone. While the check called it, your code changed {where}: a place "
            "that keeps something from one call to the next, and may be the cause.")
    chinese = in_chinese(lambda: lesson02.check_subtraction(make()).message)
    assert chinese.startswith("p = 5，q = 2 时，p - q 第一次得到的 data 是 3.0")
    assert "在检查函数调用你的代码期间，你的代码改动了" in chinese and "还改动了" not in chinese


def make_neuron_with_a_default_accumulator():
    def neuron(x1, w1, x2, w2, b, terms=[]):
        terms.append(x1 * w1)  # every call adds one more term to the sum
        return (sum(terms[1:], terms[0]) + x2 * w2 + b).tanh()
    return neuron


def test_check_neuron_names_a_default_argument_that_accumulates():
    feedback = lesson02.check_neuron(make_neuron_with_a_default_accumulator())
    assert not feedback and feedback.message.startswith(
        "Called more than once with the same numbers, x1=0.5, w1=1.5, x2=-1, w2=2, b=0.25, your "
        "function gave o = ") and feedback.message.endswith(
        "now holds what the earlier calls put in it: a default is made once, when def runs, "
        "and every call shares it. Make it inside the function (a list, a dict or a set), or do without it.")
    chinese = in_chinese(lambda: lesson02.check_neuron(make_neuron_with_a_default_accumulator()).message)
    assert chinese.startswith("用同一组数 x1 = 0.5，w1 = 1.5") and "默认参数 `terms`" in chinese
    assert "多次调用，你的函数第一次给出 o = " in chinese and "两次" not in chinese


def test_check_subtraction_tries_numbers_with_more_digits():
    rounding = _subclass(lambda self, other: type(self)(
        float(f"{self.data - other.data:.1f}"), (self, other), "-"))
    feedback = lesson02.check_subtraction(rounding)
    assert not feedback and feedback.message.startswith(
        "p - q gave data 2.3 for p = 0.37125, q = -1.91634; it should be 2.28759.")


def test_check_subtraction_names_a_class_that_changes_the_number_it_is_given():
    class Rounding(TinyValue):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.data = round(self.data)

        def __sub__(self, other):
            return type(self)(self.data - other.data, (self, other), "-")
    feedback = lesson02.check_subtraction(Rounding)
    assert not feedback and feedback.message.startswith(
        "Rounding(-1.5) has data -2: your class changes the number it is given")


def test_check_neuron_tries_a_large_sum():
    def cut_at_five(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n.tanh() if abs(n.data) < 5 else Value(1.0)
    feedback = lesson02.check_neuron(cut_at_five)
    assert not feedback and "For x1=3, w1=2, x2=-1, w2=-0.5, b=0" in feedback.message


def test_a_sub_that_calls_itself_is_told_about_its_own_operator():
    """Walk finding: `return self - other` inside __sub__ was told about __rmul__ and
    self * other."""
    def __sub__(self, other):
        return self - other

    feedback = lesson02.check_subtraction(_subclass(__sub__))
    assert not feedback.correct
    assert "`__sub__` kept calling itself: `-` used inside `__sub__`" in feedback.message
    assert "__rmul__" not in feedback.message and "self * other" not in feedback.message


def test_a_subtraction_kept_by_its_numbers_is_told_about_state():
    """Walk finding: a __sub__ that caches its result by (self.data, other.data)
    passed; two new nodes holding 5 and 2 then got the old node back."""
    memo = {}

    def __sub__(self, other):
        key = (self.data, other.data)
        if key not in memo:
            memo[key] = type(self)(self.data - other.data, (self, other), "-")
        return memo[key]

    feedback = lesson02.check_subtraction(_subclass(__sub__))
    assert not feedback.correct
    assert "with a node of an earlier subtraction in it. Does __sub__ keep something from one " \
           "call to the next" in feedback.message, feedback.message


def test_a_neuron_that_relabels_its_inputs_is_judged_by_position_never_crashes_the_check():
    def relabelling(x1, w1, x2, w2, b):
        b.label = "bias"  # changes the caller's node: told, as check_subtraction tells it
        return (x1 * w1 + x2 * w2 + b).tanh()

    def relabelling_and_cutting(x1, w1, x2, w2, b):
        x1.label = "X"
        return (Value(x1.data) * w1 + x2 * w2 + b).tanh()

    assert "the input b is labelled 'bias', not 'b' as it came" in lesson02.check_neuron(relabelling).message
    message = lesson02.check_neuron(relabelling_and_cutting).message
    assert "x1" in message, message


def _mutating(attribute, value):
    def sub(self, other):
        setattr(other, attribute, value)  # the right node, but an input changed on the way
        return type(self)(self.data - other.data, (self, other), "-")
    return _subclass(sub)


@pytest.mark.parametrize("sub, says", [
    (lambda self, other: type(self)(self.data - abs(other.data), (self, other), "-"),
     "p - q gave data -1.545 for p = 0.37125, q = -1.91634; it should be 2.28759."),
    (lambda self, other: type(self)(self.data - other.data, (x for x in (self, other)), "-"),
     "_prev of p - q (p = 5, q = 2) is a generator; it should be a tuple of the two nodes"),
    (lambda self, other: type(self)(self.data - other.data, (self.data, other.data), "-"),
     "_prev of p - q (p = 5, q = 2) holds numbers, (5.0, 2.0), not the nodes."),
])
def test_check_subtraction_right_on_the_first_numbers_only_or_with_a_strange_prev(sub, says):
    feedback = lesson02.check_subtraction(_subclass(sub))
    assert not feedback and feedback.message.startswith(says), feedback.message


@pytest.mark.parametrize("attribute, value, says", [
    ("_prev", None, "p - q changed q itself: it now has _prev = "),
    ("_op", "-", "p - q changed q itself: it now has _op = '-'"),
])
def test_check_subtraction_names_an_input_changed_on_the_way(attribute, value, says):
    made = _mutating(attribute, value) if value is not None else _subclass(
        lambda self, other: (setattr(other, "_prev", (self,)),
                             type(self)(self.data - other.data, (self, other), "-"))[1])
    feedback = lesson02.check_subtraction(made)
    assert not feedback and feedback.message.startswith(says), feedback.message


def neuron_with_a_default_list(x1, w1, x2, w2, b, acc=[]):
    acc.append(x1 * w1)  # the first call's product, ever after
    return (acc[0] + x2 * w2 + b).tanh()


def neuron_nudging_b(x1, w1, x2, w2, b):
    b.data += 1e-12
    return (x1 * w1 + x2 * w2 + b).tanh()


def test_check_neuron_names_a_filled_default_and_writes_a_changed_input_with_its_digits():
    message = lesson02.check_neuron(neuron_with_a_default_list).message
    assert message.endswith("Your function's default argument `acc` now holds what the earlier "
                            "calls put in it: a default is made once, when def runs, and every "
                            "call shares it. Make it inside the function (a list, a dict or a set), or do without it.")
    assert "after the call, b.data is 0.250000000001, not 0.25." in \
        lesson02.check_neuron(neuron_nudging_b).message
    chinese = in_chinese(lambda: lesson02.check_neuron(neuron_with_a_default_list).message)
    assert "你的函数的默认参数 `acc` 里现在装着前几次调用放进去的东西。" in chinese


def make_neuron_kept_by_its_numbers():
    kept = {}

    def my_neuron(x1, w1, x2, w2, b):
        key = (x1.data, w1.data, x2.data, w2.data, b.data)
        if key not in kept:
            kept[key] = (x1 * w1 + x2 * w2 + b).tanh()
        return kept[key]
    return my_neuron


def test_check_neuron_lists_an_output_kept_by_its_numbers_among_the_causes():
    message = lesson02.check_neuron(make_neuron_kept_by_its_numbers()).message
    assert "an output kept from an earlier call with the same numbers, a term left out" in message, message



def neuron_rounding_its_output(x1, w1, x2, w2, b):
    o = (x1 * w1 + x2 * w2 + b).tanh()
    o.data = round(o.data, 4)  # "the lesson shows 4 decimals"
    return o


def test_check_neuron_says_when_every_output_is_the_right_one_rounded():
    """Walk finding: "should be -0.76159, but it is -0.7616" read as a contradiction."""
    message = lesson02.check_neuron(neuron_rounding_its_output).message
    assert message.endswith("Every output you returned is the right one rounded to 4 decimals: "
                            "keep o as tanh(n) gives it, unrounded (round only where you print).")
    chinese = in_chinese(lambda: lesson02.check_neuron(neuron_rounding_its_output).message)
    assert "你返回的每个输出都是正确的数四舍五入到 4 位小数的结果。" in chinese


def test_check_subtraction_says_a_lookalike_minus_is_another_character():
    feedback = lesson02.check_subtraction(_subclass(
        lambda self, other: type(self)(self.data - other.data, (self, other), "\u2212")))
    assert not feedback and feedback.message.endswith(
        "That character only looks like a minus: it is another one than the keyboard's \"-\" "
        "(U+002D). Type it again with the minus key.")


def test_check_subtraction_names_an_input_whose_grad_or_links_the_subtraction_changed():
    """Walk findings: `other.grad = 1.0` passed; `self._prev = ()` was told to pass its inputs."""
    def sets_a_grad(self, other):
        other.grad = 1.0
        return type(self)(self.data - other.data, (self, other), "-")

    def wipes_its_left_input(self, other):
        out = type(self)(self.data - other.data, (self, other), "-")
        self._prev = ()
        return out
    assert lesson02.check_subtraction(_subclass(sets_a_grad)).message.startswith(
        "p - q changed q itself: it now has grad = 1.0, which a new MyTinyValue has not.")
    assert lesson02.check_subtraction(_subclass(wipes_its_left_input)).message.startswith(
        "(p - q) - r changed its left input, the node p - q: its _prev is now ()")


def keeps_results_by_numbers():
    class KeepsResultsByNumbers(TinyValue):
        def __sub__(self, other, _cache={}):
            key = (self.data, other.data)
            if key not in _cache:
                _cache[key] = KeepsResultsByNumbers(self.data - other.data, (self, other), "-")
            return _cache[key]
    return KeepsResultsByNumbers


def test_check_subtraction_names_an_old_result_given_back_not_a_children_default():
    """Walk finding: a cache of results keyed by the numbers was told to pass
    (self, other) as _children, which it does, and its default was named twice."""
    english = lesson02.check_subtraction(keeps_results_by_numbers()).message
    assert "p - q gave back a node made before, kept in the default argument `_cache`" in english
    assert "Pass (self, other) as _children" not in english and english.count("_cache") == 1
    chinese = in_chinese(lambda: lesson02.check_subtraction(keeps_results_by_numbers()).message)
    assert "p - q 返回了一个以前创建的节点，它存放在默认参数 `_cache` 里" in chinese


def test_no_space_is_left_between_two_chinese_characters_by_a_field():
    """Walk finding: "你的列表把 一个没有标签的节点（data 3） 列了 2 次"."""
    from micrograd_lite.language import text
    said = in_chinese(lambda: text("lesson03.topo.twice", graph="g 的计算图", count=2,
                                   node="一个没有标签的节点（data 3）"))
    assert "一个没有标签的节点（data 3）" in said and " 一个" not in said and "） " not in said
    assert "'a' " in in_chinese(lambda: text("lesson03.topo.twice", graph="g", count=2, node="'a'"))


def test_check_subtraction_names_children_and_op_swapped():
    """Walk finding: a str _prev was told "a str can be read only once"."""
    swapped = _subclass(lambda self, other: type(self)(self.data - other.data, "-", (self, other)))
    english = lesson02.check_subtraction(swapped).message
    assert "is the text '-'" in english and "the two may be swapped" in english, english
    assert "only once" not in english
    # walk 16: the order is given for the learner's class, not for Value
    name = swapped.__name__
    assert f"The order is {name}(data, _children, _op)" in english, english
    assert f"参数的顺序是 {name}(data, _children, _op)。" in in_chinese(
        lambda: lesson02.check_subtraction(swapped).message)


def test_check_subtraction_tells_an_op_that_changes_between_calls():
    """Walk finding: a class counter that records "+" from the third call on was told
    to record "-", which its first calls did."""
    class Counting(TinyValue):
        calls = 0

        def __sub__(self, other):
            Counting.calls += 1
            return Counting(self.data - other.data, (self, other), "-" if Counting.calls <= 2 else "+")

    message = lesson02.check_subtraction(Counting).message
    assert "records the operation '+', though the first subtractions of this check recorded \"-\"" \
        in message, message
    Counting.calls = 0
    assert "在不同的调用之间变了" in in_chinese(lambda: lesson02.check_subtraction(Counting).message)


def test_check_subtraction_tells_a_filled_default_to_go_and_not_to_pass_the_children():
    """Walk finding: a default `_seen=[]` that drops `other` from the third call on was
    told, last, to pass (self, other), which it does."""
    def sub(self, other, _seen=[]):
        _seen.append(1)
        return type(self)(self.data - other.data, (self, other) if len(_seen) < 3 else (self,), "-")

    message = lesson02.check_subtraction(_subclass(sub)).message
    assert message.endswith("Make such a container inside __sub__ instead, so that every call "
                            "starts afresh; _children is always (self, other)."), message


def test_check_subtraction_in_chinese_says_what_a_new_node_is_not():
    def sub(self, other):
        self._prev = (self, other)
        return type(self)(self.data - other.data, (self, other), "-")

    chinese = in_chinese(lambda: lesson02.check_subtraction(_subclass(sub)).message)
    assert "与新建的 MyTinyValue 不同。运算只能新建节点，不能改动输入的任何属性" in chinese, chinese


def test_check_subtraction_names_a_pair_wrapped_in_a_tuple_and_p_minus_p_kept_once():
    """Walk finding: ((self, other),) was told not to make new nodes, and p - p recorded
    as (p,) was told it kept a node of an earlier subtraction."""
    def nested(self, other):
        return type(self)(self.data - other.data, ((self, other),), "-")

    def once(self, other):
        if self is other:
            return type(self)(0.0, (self,), "-")
        return type(self)(self.data - other.data, (self, other), "-")

    message = lesson02.check_subtraction(_subclass(nested)).message
    assert "it is ((p, q),), that pair inside another tuple" in message, message
    message = lesson02.check_subtraction(_subclass(once)).message
    assert message.startswith("_prev of p - p should be (p, p), the one node twice, once for each "
                              "operand; it is (p,)."), message
    assert "同一个节点出现两次" in in_chinese(lambda: lesson02.check_subtraction(_subclass(once)).message)


def test_check_neuron_rejects_a_neuron_that_relabels_its_inputs():
    """Walk finding: `x1.label = "input1"` passed, where check_subtraction rejects it."""
    def relabelling(x1, w1, x2, w2, b):
        x1.label = "input1"
        return (x1 * w1 + x2 * w2 + b).tanh()

    def same_labels(x1, w1, x2, w2, b):
        x1.label = "x1"  # the label it already has: nothing changes
        return (x1 * w1 + x2 * w2 + b).tanh()

    message = lesson02.check_neuron(relabelling).message
    assert "the input x1 is labelled 'input1', not 'x1' as it came" in message, message
    assert "输入 x1 的 label 变成了 “input1”" in in_chinese(lambda: lesson02.check_neuron(relabelling).message)
    assert lesson02.check_neuron(same_labels)


def test_check_subtraction_names_a_node_in_data_and_a_relabelled_input():
    """Walk findings: data holding a TinyValue was told it kept state; `self.label = "p"`
    passed (the check names its inputs p and q)."""
    def nested_data(self, other):
        return type(self)(TinyValue(self.data - other.data), (self, other), "-")

    def relabelling(self, other):
        self.label, other.label = "p", "q"
        return type(self)(self.data - other.data, (self, other), "-")

    message = lesson02.check_subtraction(_subclass(nested_data)).message
    assert message.startswith("p - q with p = 5, q = 2 gave a node whose data is a TinyValue"), message
    message = lesson02.check_subtraction(_subclass(relabelling)).message
    assert "made with label 'income', it is labelled 'p' afterwards" in message, message
    assert "创建时是 “income”" in in_chinese(lambda: lesson02.check_subtraction(_subclass(relabelling)).message)


def test_a_number_typed_in_full_width_digits_is_given_back_in_ascii():
    """Walk finding: '７' was told to write `answer = ７`, a SyntaxError."""
    assert lesson02.check_value_count("７").message.endswith("answer = 7")
    assert in_chinese(lambda: lesson02.check_value_count("７").message).endswith("answer = 7。")


def test_check_forward_reads_the_inputs_of_a_value_given_as_the_answer():
    """Walk finding: seed_neuron(b=b + 1), x2 left at 0, gives the right o and passed."""
    wrong = lesson02.seed_neuron(b=6.8813735870195432 + 1)
    message = lesson02.check_forward(wrong).message
    assert message == ("Your Value's graph has x2 = 0, b = 7.881, where the exercise has x2 = 1, "
                       "b = 6.8813735870195432. Its o comes out right all the same, from another "
                       "input made up "
                       "for it. Build the neuron with x2 = 1 and the seed's other numbers: "
                       "seed_neuron(x2=1.0).")
    assert lesson02.check_forward(lesson02.seed_neuron(x2=1.0))


@pytest.mark.parametrize("inputs, says", [
    # walk 15: told "its o may come out right all the same", with o wrong
    (dict(x1=1.0, x2=1.0), "Your Value's graph has x1 = 1, where the exercise has x1 = 2. Build"),
    (dict(), "Your Value's graph has x2 = 0, where the exercise has x2 = 1. Build"),  # the lesson's o
    (dict(x1=1.0, w2=5.0), "Your Value's graph has x1 = 1, x2 = 0, w2 = 5, where the exercise has x1 = 2, "
                           "x2 = 1, w2 = 1. Build"),
])
def test_check_forward_names_every_input_of_another_graph(inputs, says):
    feedback = lesson02.check_forward(lesson02.seed_neuron(**inputs))
    zh = in_chinese(lambda: lesson02.check_forward(lesson02.seed_neuron(**inputs)).message)
    assert not feedback and feedback.message.startswith(says), feedback.message
    assert "right all the same" not in feedback.message and "碰巧" not in zh


def test_check_subtraction_compares_an_input_with_how_its_class_made_it():
    """Walk finding: a class whose nodes start with grad 1 was told p - q changed p."""
    class StartsAtOne(TinyValue):
        def __init__(self, data, _children=(), _op="", label=""):
            super().__init__(data, _children, _op, label)
            self.grad = 1.0

        def __sub__(self, other):
            return StartsAtOne(self.data - other.data, (self, other), "-")

    assert lesson02.check_subtraction(StartsAtOne)


def test_check_subtraction_without_sub_quotes_the_def_line_as_code_in_chinese():
    """Walk finding: "def __sub__(self, other):。" ran code and a full stop together."""
    message = in_chinese(lambda: lesson02.check_subtraction(TinyValue).message)
    assert message.endswith("请在类里写上 `def __sub__(self, other):` 这一行来定义它。"), message


def neuron_skipping_a_zero_term(x1, w1, x2, w2, b):
    if x2.data == 0:  # "x2*w2 adds nothing, save the work"
        return (x1 * w1 + b).tanh()
    return (x1 * w1 + x2 * w2 + b).tanh()


def test_check_neuron_lists_a_term_left_out_where_it_adds_nothing():
    """Walk finding: skipping x2*w2 when x2 = 0 was given two candidates, neither its own."""
    message = lesson02.check_neuron(neuron_skipping_a_zero_term).message
    assert message.startswith("The number is right, but the output's graph does not reach the "
                              "Values you were given for x2, w2"), message
    assert "(x2 * w2 when x2 is 0, say)" in message
    assert "（比如 x2 为 0 时省掉 x2 * w2）" in in_chinese(
        lambda: lesson02.check_neuron(neuron_skipping_a_zero_term).message)


def test_check_subtraction_tries_a_zero_and_names_p_minus_p():
    """Walk findings: `return self` when q is 0 passed; an empty _prev only for p - p was
    said of p - q."""
    def zero_shortcut(self, other):
        if other.data == 0:
            return self
        return type(self)(self.data - other.data, (self, other), "-")

    def forgets_itself(self, other):
        if self is other:
            return type(self)(0.0)
        return type(self)(self.data - other.data, (self, other), "-")
    message = lesson02.check_subtraction(_subclass(zero_shortcut)).message
    assert message.startswith("With q = 0, p - q returned p itself, not a new node."), message
    assert in_chinese(lambda: lesson02.check_subtraction(_subclass(zero_shortcut)).message
                      ).startswith("q = 0 时，p - q 返回的是 p 本身")
    message = lesson02.check_subtraction(_subclass(forgets_itself)).message
    assert message.startswith("p - p, one node subtracted from itself, gives a result that does "
                              "not remember its inputs"), message


def test_check_subtraction_tries_unlabelled_whole_numbers_three_levels_deep():
    """Walk findings: _prev swapped only on unlabelled or int nodes passed, and so did a
    result that is a plain TinyValue once subtracted again."""
    def swapped_without_labels(self, other):
        children = (self, other) if self.label or other.label else (other, self)
        return type(self)(self.data - other.data, children, "-")

    def one_level(self, other):
        cls = type(self) if self._op == "" else TinyValue
        return cls(self.data - other.data, (self, other), "-")
    assert lesson02.check_subtraction(_subclass(swapped_without_labels)).message.startswith(
        "_prev of p - q is (q, p)")
    assert "((7 - 3) - 1) - 2" in lesson02.check_subtraction(_subclass(one_level)).message


def test_check_neuron_calls_the_function_on_unlabelled_values_too():
    """Walk finding: a neuron that decides by x1.label passed."""
    def by_label(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n.tanh() if x1.label == "x1" else n
    message = lesson02.check_neuron(by_label).message
    assert message.startswith("Called with Values made with no label (as a network's are), at "
                              "the same numbers, your function gives"), message
    assert "所以它是按 label 来决定怎么算的" in in_chinese(lambda: lesson02.check_neuron(by_label).message)


def test_check_subtraction_sees_a_difference_rounded_to_4_decimals():
    """Walk finding: round(p - q, 4) passed, every pair tried being exact to 4 decimals."""
    rounding = _subclass(lambda self, other: type(self)(round(self.data - other.data, 4),
                                                        (self, other), "-"))
    assert lesson02.check_subtraction(rounding).message.startswith(
        "p - q gave data 2.2876 for p = 0.37125, q = -1.91634; it should be 2.28759.")


def test_check_neuron_lists_an_output_made_from_a_computed_number():
    """Walk finding: Value(math.tanh(n.data)) was given causes not its own."""
    def wrapped(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return Value(math.tanh(n.data))
    assert "an output made anew from a number you computed (Value(math.tanh(n.data)), say)" in \
        lesson02.check_neuron(wrapped).message


def test_a_neuron_with_no_return_is_told_to_return_o():
    """Walk finding: it was told it returned "a NoneType object", with no word of return."""
    def no_return(x1, w1, x2, w2, b):
        o = (x1 * w1 + x2 * w2 + b).tanh()
    assert lesson02.check_neuron(no_return).message == (
        "no_return returned None: end it with return o, the output Value (a function with no "
        "return gives None).")
    assert in_chinese(lambda: lesson02.check_neuron(no_return).message).startswith(
        "no_return 返回了 None。请在函数最后写上 return o")


def test_a_class_that_does_not_build_on_tinyvalue_is_told_the_candidates():
    """Walk finding: `class MyTinyValue:` (no base class) got Python's "takes no arguments"
    and no next step."""
    class MyTinyValue:
        def __sub__(self, other):
            return MyTinyValue(self.data - other.data)
    said = lesson02.check_subtraction(MyTinyValue).message
    assert said.endswith("Candidates: the base class left out of the class line (class "
                         "MyTinyValue(TinyValue): in lesson 02), or __init__ misspelled "
                         "(__int__, _init_)."), said
    assert "class 那一行漏写了基类（第 02 课要写 class MyTinyValue(TinyValue):）" in in_chinese(
        lambda: lesson02.check_subtraction(MyTinyValue).message)


@pytest.mark.parametrize("body", [
    "return sum([x1 * w1, x2 * w2, b]).tanh()",  # sum() starts from 0: 0 + Value
    "e = (2 * (x1 * w1 + x2 * w2 + b)).exp()\n    return (e - 1) / (e + 1)",  # the lesson's formula
    "return ((x1 * w1 + x2 * w2 + b) * 1).tanh()",
    "return (0 + x1 * w1 + x2 * w2 + b + 0.0).tanh()",
])
def test_a_right_neuron_with_plain_numbers_in_its_graph_passes(body):
    """Walk 16: nodes made with a plain number (2 * n, 0 + n) record one input; the check
    that reads each node's data from its inputs raised TypeError on them."""
    namespace = {}
    exec("def my_neuron(x1, w1, x2, w2, b):\n    " + body + "\n", namespace)
    said = lesson02.check_neuron(namespace["my_neuron"])
    assert said, said.message


def test_check_forward_takes_a_rounded_input_as_a_rounded_o_and_writes_inputs_apart():
    """Walk 17: seed_neuron(x2=1.0, b=6.881) was told "b = 6.881, where the exercise has
    b = 6.881", though o.data, given as a number, was accepted as rounded."""
    rounded = lesson02.check_forward(lesson02.seed_neuron(x2=1.0, b=6.881))
    assert rounded and "right to 4 significant digits" in rounded.message, rounded.message
    other = lesson02.check_forward(lesson02.seed_neuron(x2=1.0, b=6.87))
    assert not other and other.message.startswith(
        "Your Value's graph has b = 6.87, where the exercise has b = 6.8813735870195432. "
        "Build"), other.message  # (6.8814 rounds to 6.88, not 6.87)
    # walk 27: 6.88 was told the exercise's b is 6.881, which passes as the whole truth
    assert "the exercise has b = 6.8813735870195432. If your b is the lesson's number " \
        "rounded, type it in full." in lesson02.check_forward(
            lesson02.seed_neuron(x2=1.0, b=6.88)).message
    assert "rounded" not in lesson02.check_forward(lesson02.seed_neuron(x2=1.0, b=7)).message


def test_round_18_a_class_redefined_under_the_same_name_is_told_so():
    """Walk finding: "p - q 返回的是一个 C，不是 C" for a __sub__ that builds the newer class
    of the same name (its cell run again)."""
    namespace = {"TinyValue": TinyValue}
    exec("class MyTinyValue(TinyValue):\n"
         "    def __sub__(self, other):\n"
         "        return MyTinyValue(self.data - other.data, (self, other), '-')\n"
         "First = MyTinyValue\n"
         "class MyTinyValue(TinyValue):\n"
         "    def __sub__(self, other):\n"
         "        return MyTinyValue(self.data - other.data, (self, other), '-')\n", namespace)
    said = lesson02.check_subtraction(namespace["First"]).message
    assert said.startswith("p - q returned a MyTinyValue of another class with the same name"), said
    assert "另一个同样叫 MyTinyValue 的类" in in_chinese(
        lambda: lesson02.check_subtraction(namespace["First"]).message)


def test_round_19_check_forward_and_check_neuron_name_a_stale_graph_and_a_parameter_order():
    """Walk findings: x2.data = 1.0 on the lesson's graph (its nodes keep their numbers) was
    told x2 = 0 or w2 = 0; def neuron(x1, x2, w1, w2, b) got numbers and no cause."""
    o = lesson02.seed_neuron()
    next(n for n in o.topological_order() if n.label == "x2").data = 1.0
    said = lesson02.check_forward(o).message
    assert said.startswith("Your Value's graph holds numbers from before a change: a * node "
                           "holds 0, while * of its inputs now gives 1."), said

    def my_neuron(x1, x2, w1, w2, b):
        return (x1 * w1 + x2 * w2 + b).tanh()
    assert "Your outputs are the neuron's with w1 and x2 trading places" in \
        lesson02.check_neuron(my_neuron).message
    assert "你的输出和把 w1 与 x2 对调之后的神经元一样" in in_chinese(
        lambda: lesson02.check_neuron(my_neuron).message)


def test_round_20_check_forward_names_a_sign_slip():
    import math
    said = lesson02.check_forward(math.tanh(-1.8813735870195432)).message
    assert said.startswith("The size is right but the sign is not: tanh is odd"), said


def test_round_20_w1_and_x2_trading_places_is_told_where():
    """Walk finding: a formula pairing x1 with x2 (def line in order) was told to reorder the
    def line."""
    def pairs_inputs(x1, w1, x2, w2, b):
        return (x1 * x2 + w1 * w2 + b).tanh()
    assert "and your def line lists the parameters in the exercise's order: the formula pairs " \
           "them otherwise" in lesson02.check_neuron(pairs_inputs).message

    def reordered(x1, x2, w1, w2, b):
        return (x1 * w1 + x2 * w2 + b).tanh()
    assert "your def line lists its parameters in another" in lesson02.check_neuron(reordered).message
    starred = lambda *v: (v[0] * v[2] + v[1] * v[3] + v[4]).tanh()  # noqa: E731
    assert "Candidates: parameters listed in another order" in lesson02.check_neuron(starred).message


def test_walk_25_only_the_link_that_was_changed_is_named():
    def sets_op(x1, w1, x2, w2, b):
        x1._op = "in"
        return (x1 * w1 + x2 * w2 + b).tanh()
    message = lesson02.check_neuron(sets_op).message
    assert "after the call, x1._op is 'in', where an input made from nothing has it empty." in message
    assert "_prev has length" not in message


def test_walk_25_a_class_built_on_the_packages_value_with_no_sub_is_told_so():
    class MyTinyValue(Value):
        pass
    message = lesson02.check_subtraction(MyTinyValue).message
    assert message.startswith("MyTinyValue is built on the package's Value, not on the lesson's "
                              "TinyValue, and has no __sub__ of its own"), message
    assert "继承的是包里的 Value" in in_chinese(lambda: lesson02.check_subtraction(MyTinyValue).message)


def test_walk_28_a_subclass_with_its_own_init_and_no_label_passes():
    class OwnInit(TinyValue):
        def __init__(self, data, _children=(), _op=""):
            super().__init__(data, _children, _op)

        def __sub__(self, other):
            return OwnInit(self.data - other.data, (self, other), "-")
    feedback = lesson02.check_subtraction(OwnInit)
    assert feedback, feedback.message


def test_walk_30_math_tanh_on_a_value_is_explained():
    def my_neuron(x1, w1, x2, w2, b):
        return math.tanh(x1 * w1 + x2 * w2 + b)
    message = lesson02.check_neuron(my_neuron).message
    assert "must be real number, not Value" in message and "use the Value's own method" in message, message


def test_walk_37_a_graph_built_from_no_inputs_is_described_without_an_empty_list():
    def product():
        return Value(1.0) * Value(2.0)
    assert graph_view(product, {}).description == "forward pass: [*] = 2.0000 (3 values in the graph)"


def test_walk_54_a_subtraction_wrong_with_a_result_on_the_right_is_rejected():
    """Walk 54: a __sub__ that reads the first input of a result on the right passed:
    only (p - q) - r was tried, never p - (q - r)."""
    def first_input_of_a_result(self, other):
        subtracted = other._prev[0].data if other._prev else other.data
        return type(self)(self.data - subtracted, (self, other), "-")

    said = lesson02.check_subtraction(_subclass(first_input_of_a_result))
    assert not said and said.message.startswith(
        "p - (q - r) with p = 5, q = 2, r = 1 gave data 3.0; it should be 5 - (2 - 1) = 4."), said.message
    assert "p - (q - r)（p = 5，q = 2，r = 1）得到的 data 是 3.0" in in_chinese(
        lambda: lesson02.check_subtraction(_subclass(first_input_of_a_result))).message


def test_walk_59_a_subtraction_right_only_below_100_is_rejected():
    """Walk 59: a __sub__ that gives 0 once p reaches 100 passed: the largest number the
    check subtracted was 23.5. It subtracts numbers beyond 100, not whole, too."""
    def small_only(self, other):
        return type(self)(self.data - other.data if abs(self.data) < 100 else 0.0, (self, other), "-")

    def small_q_only(self, other):  # q alone, and farther
        return type(self)(self.data - other.data if abs(other.data) < 200 else self.data,
                          (self, other), "-")
    said = lesson02.check_subtraction(_subclass(small_only))
    assert not said and said.message == (
        "p - q gave data 0.0 for p = 143.75, q = -118.375; it should be 262.125. Every pair of "
        "smaller numbers the check tried before gave the right difference, so something in your "
        "__sub__ treats large numbers otherwise (a condition on their size, or a cap, say). "
        "Compute self.data - other.data for any numbers."), said.message
    said = lesson02.check_subtraction(_subclass(small_q_only))
    assert not said and said.message.startswith(
        "p - q gave data -2.5 for p = -2.5, q = 251.125; it should be -253.625. Every pair of "
        "smaller numbers"), said.message
    chinese = in_chinese(lambda: lesson02.check_subtraction(_subclass(small_only))).message
    assert chinese == (
        "p = 143.75，q = -118.375 时，p - q 的 data 是 0.0，应该是 262.125。检查函数之前试过的几对较小的数，"
        "差都是对的，所以你的 __sub__ 里有什么东西把大的数另作处理（比如按数的大小分情况，或者设了上限）。"
        "不管是什么数，都请算 self.data - other.data。"), chinese


def test_walk_59_a_neuron_right_only_for_small_inputs_is_rejected():
    """Walk 59: a neuron that gives Value(0.0) once |x1| reaches 50 passed: no input the
    check tried was beyond 7. It tries inputs beyond 100, not whole, with n still small."""
    def small_x1_only(x1, w1, x2, w2, b):
        return (x1 * w1 + x2 * w2 + b).tanh() if abs(x1.data) < 50 else Value(0.0)

    def small_bias_only(x1, w1, x2, w2, b):
        return (x1 * w1 + x2 * w2 + b).tanh() if abs(b.data) < 50 else Value(0.0)
    said = lesson02.check_neuron(small_x1_only)
    assert not said and said.message == (
        "For x1=112.5, w1=0.75, x2=-104.25, w2=0.875, b=6.25 the output should be "
        "tanh(-0.59375) = -0.5326, but it is 0. At every point of smaller numbers the check "
        "tried, the output was right, so something in your function treats large inputs "
        "otherwise (a condition on their size, or a cap, say). Compute o = tanh(x1*w1 + x2*w2 + b) "
        "for any numbers."), said.message
    said = lesson02.check_neuron(small_bias_only)
    assert not said and said.message.startswith(
        "For x1=0.625, w1=181.25, x2=-0.375, w2=570.5, b=101.375 the output should be "
        "tanh(0.71875) = 0.6161, but it is 0. At every point of smaller numbers"), said.message
    chinese = in_chinese(lambda: lesson02.check_neuron(small_x1_only)).message
    assert chinese == (
        "当 x1 = 112.5，w1 = 0.75，x2 = -104.25，w2 = 0.875，b = 6.25 时，输出应该是 tanh(-0.59375) = "
        "-0.5326，但你的是 0。检查函数试过的那些数较小的点上，输出都是对的，所以你的函数里有什么东西把大的输入"
        "另作处理（比如按数的大小分情况，或者设了上限）。不管是什么数，都请算 o = tanh(x1*w1 + x2*w2 + b)。"), chinese


def test_walk_74_a_subtraction_that_goes_wrong_after_30_calls_fails():
    """Walk 74: a class counter that makes p - q give 0 from the 31st call passed with a
    note (the check makes fewer calls); a check passed by code that changed its state is
    run again."""
    class Counting(TinyValue):
        calls = 0

        def __sub__(self, other):
            Counting.calls += 1
            data = self.data - other.data if Counting.calls <= 30 else 0.0
            return Counting(data, (self, other), "-")
    english = lesson02.check_subtraction(Counting)
    Counting.calls = 0
    chinese = in_chinese(lambda: lesson02.check_subtraction(Counting))
    # (since walk 81 the check makes more than 30 subtractions: the first run meets it)
    assert not english and "keeps something from one subtraction to the next" in english.message
    assert "the attribute `Counting.calls`" in english.message, english.message
    assert not chinese and "`Counting.calls`" in chinese.message, chinese.message


class _NeuronCountingOnItsClass:
    """Walk 75: a callable object whose class counts its calls; wrong from the 31st."""
    calls = 0

    def __call__(self, x1, w1, x2, w2, b):
        type(self).calls += 1
        n = x1 * w1 + x2 * w2 + (b if type(self).calls <= 30 else 0)
        return n.tanh()


def test_walk_75_a_callable_object_that_drifts_is_watched_through_its_class():
    """Walk 75: the check watched nothing of an object with __call__, passed it, and never
    ran again."""
    _NeuronCountingOnItsClass.calls = 0
    said = lesson02.check_neuron(_NeuronCountingOnItsClass())
    assert not said and "`_NeuronCountingOnItsClass.calls`" in said.message, said.message


_subtractions = 0


class _CountingInAGlobal(TinyValue):
    """Walk 75: a global number read by a method: wrong from the 61st subtraction."""
    def __sub__(self, other):
        global _subtractions
        _subtractions += 1
        data = self.data - other.data + (1e-3 if _subtractions > 60 else 0.0)
        return _CountingInAGlobal(data, (self, other), "-")


def test_walk_75_a_class_whose_method_counts_in_a_global_is_run_again():
    """Walk 75: a class's method counting in a global number changed no attribute of the
    class, so the check did not run again, and passed it."""
    global _subtractions
    _subtractions = 0
    said = lesson02.check_subtraction(_CountingInAGlobal)
    assert not said and "changed the global `_subtractions`" in said.message, said.message


class _NeuronCountingOnItself:
    """Walk 77: an object with __call__ that counts its calls on itself; wrong from the 30th."""
    def __init__(self):
        self.calls = 0

    def __call__(self, x1, w1, x2, w2, b):
        self.calls += 1
        return (x1 * w1 + x2 * w2 + b * (1 if self.calls < 30 else 2)).tanh()


def test_walk_77_an_object_that_counts_on_itself_is_watched():
    """Walk 77: the check made 15 calls, watched the object's class but not the object, and
    passed it."""
    said = lesson02.check_neuron(_NeuronCountingOnItself())
    assert not said and "changed the attribute `calls` of your `_NeuronCountingOnItself` object" \
        in said.message, said.message
    said = in_chinese(lambda: lesson02.check_neuron(_NeuronCountingOnItself()).message)
    assert "你的 `_NeuronCountingOnItself` 对象的属性 `calls`" in said, said  # (walk 104: `self.n`)


def test_walk_80_a_subtraction_that_sets_a_grad_fails():
    """Walk 80: a `__sub__` that also set `result.grad = 1.0` passed."""
    class Node(TinyValue):
        def __sub__(self, other):
            result = Node(self.data - other.data, (self, other), "-")
            result.grad = 1.0
            return result
    said = lesson02.check_subtraction(Node)
    assert not said and said.message.startswith("After p - q (p = 5, q = 2), the grad of p - q "
                                                "is 1.0; it should still be 0."), said.message
    chinese = in_chinese(lambda: lesson02.check_subtraction(Node))
    assert "之后，p - q 的 grad 是 1.0，应该仍然是 0。" in chinese.message, chinese.message


def test_walk_81_a_subtraction_or_a_neuron_written_apart_for_0_1_or_minus_1_fails():
    """Walk 81: no subtraction had p of 0, 1 or -1 or q of -1, and no neuron a w1 of 0: code
    written apart for them passed."""
    class DropsP(TinyValue):
        def __sub__(self, other):
            if self.data == 0:
                return DropsP(-other.data, (other,), "-")
            return DropsP(self.data - other.data, (self, other), "-")
    said = lesson02.check_subtraction(DropsP)
    assert not said and said.message.startswith("_prev of p - q (p = 0, q = 2.5) should be (p, q)"), said.message

    def neuron(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return (n * 1.5).tanh() if w1.data == 0 else n.tanh()
    assert not lesson02.check_neuron(neuron)


def test_walk_83_a_neuron_cut_at_n_0_or_coinciding_with_another_point_and_inputs_changed():
    """Walk 83: a neuron returning Value(0.0) at n = 0 passed (no point had n = 0); one
    wrong only for n <= -1 was told its number did not follow the arguments (tanh(1) met
    another point's output by chance); a __sub__ changing q only when q = 1, or p only
    when p = 3, passed or was told a wrong difference."""
    from micrograd_lite import Value

    def cut_at_zero(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n.tanh() if n.data != 0 else Value(0.0)
    said = lesson02.check_neuron(cut_at_zero)
    assert not said and "the output's graph does not reach the Values you were given" in said.message

    def flipped_below_minus_1(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n.tanh() if n.data > -1 else (-n).tanh()
    said = lesson02.check_neuron(flipped_below_minus_1)
    assert not said and "does not follow the arguments" not in said.message, said.message

    class ChangesQ(TinyValue):
        def __sub__(self, other):
            out = ChangesQ(self.data - other.data, (self, other), "-")
            other.data = 0.0 if other.data == 1 else other.data
            return out

    class ChangesP(TinyValue):
        def __sub__(self, other):
            out = ChangesP(self.data - other.data, (self, other), "-")
            if self.data == 3:
                self.data = 99.0
            return out
    said = lesson02.check_subtraction(ChangesQ)
    assert not said and said.message.startswith("p - q changed q itself (q.data is now 0.0, was 1)")
    said = lesson02.check_subtraction(ChangesP)
    assert not said and said.message.startswith("p - q changed p itself (p.data is now 99.0, was 3)")


def test_walk_95_a_neuron_giving_0_below_0_is_told_it_cuts_off_not_that_it_ignores_its_arguments():
    """Walk 95: `n.tanh() if n.data > 0 else Value(0.0)` was told "the number does not follow
    the arguments" (a trial point has n = 0, where the right output is 0 too); it is told it
    cuts n off below 0, as relu does."""
    def cut_off(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n.tanh() if n.data > 0 else Value(0.0)
    english = lesson02.check_neuron(cut_off).message
    assert "and 0 where it is below, as relu cuts off" in english and \
        "does not follow the arguments" not in english, english
    assert "像 relu 那样截掉了" in in_chinese(lambda: lesson02.check_neuron(cut_off).message)


def test_walk_95_a_prev_kept_in_a_class_list_is_named_not_told_nodes_made_from_the_inputs():
    """Walk 95: a __sub__ whose nodes all share one class-level list as _prev (each new
    subtraction writes over it) was told "not nodes made from them (such as other * -1)"
    first; the list on the class is named."""
    class Shared(TinyValue):
        kids = []

        def __sub__(self, other):
            Shared.kids[:] = [self, other]
            return Shared(self.data - other.data, Shared.kids, "-")

    english = lesson02.check_subtraction(Shared).message
    assert "held in the list `Shared.kids`, an attribute of the class" in english and \
        "other * -1" not in english, english
    assert "类属性 `Shared.kids`" in in_chinese(lambda: lesson02.check_subtraction(Shared).message)


def test_walk_100_a_subtraction_keeping_its_results_by_id_is_told_so():
    """Walk 100: a `__sub__` that keeps each result by (id(p), id(q)) on the class passed
    (with a note); after `p.data` changes, as lesson 01 nudges b.data, p - q is stale."""
    class Kept(TinyValue):
        made = {}

        def __sub__(self, other):
            key = (id(self), id(other))
            if key not in Kept.made:
                Kept.made[key] = Kept(self.data - other.data, (self, other), "-")
            return Kept.made[key]
    said = lesson02.check_subtraction(Kept)
    assert not said and "p - q gave back the very node it gave before, with data 3.0" in said.message, \
        said.message
    Kept.made.clear()
    assert "得到的却还是之前那个节点" in in_chinese(lambda: lesson02.check_subtraction(Kept).message)


@pytest.mark.parametrize("neuron", [
    lambda x1, w1, x2, w2, b: (x1 * w1 + x2 * w2 + b).tanh() if b.data != 0 or x1.data != 0 else b,
    lambda x1, w1, x2, w2, b: ((x1 * w1 + x2 * w2) + b if (x1 * w1 + x2 * w2).data != 0 else b).tanh(),
])
def test_walk_100_a_neuron_wrong_where_two_numbers_are_0_or_the_terms_add_to_0_fails(neuron):
    """Walk 100: a neuron giving back b where x1 and b are both 0, and one leaving out
    x1*w1 + x2*w2 where it is exactly 0 (no gradient reaches the weights), passed."""
    assert not lesson02.check_neuron(neuron)


def test_walk_100_a_subtraction_giving_back_an_input_where_both_are_0_is_told_so():
    """Walk 100: a `__sub__` returning q (or p) where p = q = 0 passed."""
    class GivesQ(TinyValue):
        def __sub__(self, other):
            if self.data == 0 and other.data == 0:
                return other
            return GivesQ(self.data - other.data, (self, other), "-")
    english = lesson02.check_subtraction(GivesQ).message
    assert english.startswith("With p = q = 0, p - q returned q itself, not a new node.") and \
        "and p is not in it" in english, english


def test_walk_102_a_sub_that_rewrites_the_lessons_tinyvalue_add_is_told_and_put_back():
    own = TinyValue.__add__

    class Rewriting(TinyValue):
        def __sub__(self, other):
            TinyValue.__add__ = lambda a, b: TinyValue(a.data - b.data, (a, b), "+")
            return Rewriting(self.data - other.data, (self, other), "-")
    for run in (lambda make: make(), in_chinese):
        said = run(lambda: lesson02.check_subtraction(Rewriting))
        assert not said and TinyValue.__add__ is own
        assert said.message in (
            "While the check ran, your code changed `TinyValue`, the class yours builds "
            "on: it replaced `TinyValue.__add__`. From then on this session, every object of "
            "`TinyValue`, in the lesson's other cells too, would run yours. The check has put it "
            "back as it was. Write what your class does in your class, and leave the class it "
            "builds on as it is.",
            "检查函数运行时，你的代码改动了你的类所继承的 `TinyValue`，它替换了 `TinyValue.__add__`。"
            "这样一来，这个会话里所有 `TinyValue` 的对象都会改用你的版本，课程的其他单元格也一样。"
            "检查函数已经把它换回了原样。你的类要做的事，请写在你自己的类里，不要改动它继承的类。"), said.message


def test_walk_102_a_sub_that_counts_its_calls_on_the_lessons_tinyvalue_passes():
    """Keeping count on the class it builds on changes no method: right, as counting is."""
    class Counting(TinyValue):
        def __sub__(self, other):
            TinyValue.subtractions = getattr(TinyValue, "subtractions", 0) + 1
            return Counting(self.data - other.data, (self, other), "-")
    try:
        assert lesson02.check_subtraction(Counting)
        assert TinyValue.subtractions > 0  # left as the learner's code made it
    finally:
        del TinyValue.subtractions


@pytest.mark.parametrize("beyond", [6.6, 12.0])
def test_walk_103_a_neuron_leaving_tanh_out_far_from_0_is_rejected(beyond):
    """Walk 103: the largest n the check tried was 6.5."""
    def my_neuron(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        return n if abs(n.data) > beyond else n.tanh()
    said = lesson02.check_neuron(my_neuron)
    assert not said and "18.5" in said.message, said.message
    said = in_chinese(lambda: lesson02.check_neuron(my_neuron).message)
    assert "18.5" in said, said


def test_walk_104_a_neuron_capping_tanh_at_1_is_not_told_its_number_comes_from_elsewhere():
    """Walk 104: tanh(18.5) is 1.0 in floating point, so a cap at ±1 gave "the right output for
    other inputs: the number does not follow the arguments"."""
    def my_neuron(x1, w1, x2, w2, b):
        n = x1 * w1 + x2 * w2 + b
        if abs(n.data) > 3:
            return Value(1.0 if n.data > 0 else -1.0, (n,), "tanh")
        return n.tanh()
    for said in (lesson02.check_neuron(my_neuron).message,
                 in_chinese(lambda: lesson02.check_neuron(my_neuron).message)):
        assert "6.5" in said and "x1=3, w1=4" not in said and "x1=3，w1=4" not in said, said


def test_walk_104_an_output_without_the_bias_is_told_so():
    said = lesson02.check_forward(math.tanh(-5.0))
    assert not said and "the bias b = 6.8814 is left out of n" in said.message, said.message
    assert "漏掉了偏置 b = 6.8814" in in_chinese(lambda: lesson02.check_forward(-0.9999).message)


@pytest.mark.parametrize("difference", [
    lambda p, q: p + q if abs(p) < 1 and abs(q) < 1 else p - q,
    lambda p, q: abs(p - q) if abs(p - q) < 1 else p - q,
    lambda p, q: 0.0 if abs(p - q) < 0.1 else p - q,
])
def test_walk_106_a_sub_wrong_only_for_small_numbers_is_rejected(difference):
    class Small(TinyValue):
        def __sub__(self, other):
            return Small(difference(self.data, other.data), (self, other), "-")
    assert not lesson02.check_subtraction(Small)


@pytest.mark.parametrize("shortcut", [
    lambda x1, w1, x2, w2, b: (x1 * w1 + b).tanh() if x1.data == x2.data else None,
    lambda x1, w1, x2, w2, b: (x1 * w1 + x2 * w1 * 2 + b).tanh() if w1.data == w2.data else None,
    lambda x1, w1, x2, w2, b: (lambda n: n if abs(n.data) < 0.3 else None)(x1 * w1 + x2 * w2 + b),
])
def test_walk_106_a_neuron_wrong_for_equal_numbers_or_near_0_is_rejected(shortcut):
    def my_neuron(x1, w1, x2, w2, b):
        apart = shortcut(x1, w1, x2, w2, b)
        return apart if apart is not None else (x1 * w1 + x2 * w2 + b).tanh()
    assert not lesson02.check_neuron(my_neuron)
