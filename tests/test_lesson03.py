"""Lesson 03: the backprop stepper, gradient accumulation, seed 002's network,
and the exercise checks."""

import math

import ipywidgets as widgets
import pytest

from micrograd_lite import Value, draw_dot
from micrograd_lite.exercises import lesson03
from micrograd_lite.numeric import numeric_gradient
from micrograd_lite.widgets.graphs import backprop_state, backprop_stepper, copy_graph

SEED_B = 6.8813735870195432


def seed_neuron():
    x1 = Value(2.0, label="x1")
    w1 = Value(-3.0, label="w1")
    x2 = Value(0.0, label="x2")
    w2 = Value(1.0, label="w2")
    b = Value(SEED_B, label="b")
    x1w1 = x1 * w1; x1w1.label = "x1*w1"  # noqa: E702
    x2w2 = x2 * w2; x2w2.label = "x2*w2"  # noqa: E702
    s = x1w1 + x2w2; s.label = "x1*w1 + x2*w2"  # noqa: E702
    n = s + b; n.label = "n"  # noqa: E702
    o = n.tanh(); o.label = "o"  # noqa: E702
    return o


# The neuron's backward pass by hand (chain rule, seed 000's numbers):
# o.grad = 1; n.grad = 1 - o² = 0.5; "+" passes 0.5 on to (x1*w1 + x2*w2) and b, then to
# x1*w1 and x2*w2; "*" hands each input the other input: x1 gets w1 * 0.5 = -1.5,
# w1 gets x1 * 0.5 = 1.0, x2 gets w2 * 0.5 = 0.5, w2 gets x2 * 0.5 = 0.0.
ZERO = {k: 0.0 for k in ("x1", "w1", "x2", "w2", "b", "x1*w1", "x2*w2", "x1*w1 + x2*w2", "n", "o")}
EXPECTED = [
    {**ZERO, "o": 1.0},
    {**ZERO, "o": 1.0, "n": 0.5},
    {**ZERO, "o": 1.0, "n": 0.5, "x1*w1 + x2*w2": 0.5, "b": 0.5},
    {**ZERO, "o": 1.0, "n": 0.5, "x1*w1 + x2*w2": 0.5, "b": 0.5, "x1*w1": 0.5, "x2*w2": 0.5},
    {**ZERO, "o": 1.0, "n": 0.5, "x1*w1 + x2*w2": 0.5, "b": 0.5, "x1*w1": 0.5, "x2*w2": 0.5,
     "x1": -1.5, "w1": 1.0},
    {**ZERO, "o": 1.0, "n": 0.5, "x1*w1 + x2*w2": 0.5, "b": 0.5, "x1*w1": 0.5, "x2*w2": 0.5,
     "x1": -1.5, "w1": 1.0, "x2": 0.5, "w2": 0.0},
]
# node processed at each step, and the inputs whose grads it fills
PROCESSED = [("o", ()), ("o", ("n",)), ("n", ("x1*w1 + x2*w2", "b")),
             ("x1*w1 + x2*w2", ("x1*w1", "x2*w2")), ("x1*w1", ("x1", "w1")),
             ("x2*w2", ("x2", "w2"))]


def rounded(grads):
    return {k: round(v, 12) + 0.0 for k, v in grads.items()}


@pytest.mark.parametrize("k", range(6))
def test_backprop_state_after_k_steps(k):
    state = backprop_state(seed_neuron(), k)
    assert state.step == k and state.total == 5
    assert rounded(state.grads) == EXPECTED[k]
    node, filled = PROCESSED[k]
    assert state.node.label == node
    assert tuple(v.label for v in state.filled) == filled
    assert state.done == (k == 5)


def test_descriptions_show_the_multiplications():
    o = seed_neuron()
    assert backprop_state(o, 0).description == "step 0 of 5: o.grad = 1 (do/do = 1)"
    assert backprop_state(o, 1).description == (
        "step 1 of 5: 'tanh' node o (grad 1.0000): n.grad += 0.5000 × 1.0000 -> 0.5000"
    )
    assert backprop_state(o, 4).description == (
        "step 4 of 5: '*' node 'x1*w1' (grad 0.5000): x1.grad += -3.0000 × 0.5000 -> -1.5000; "
        "w1.grad += 2.0000 × 0.5000 -> 1.0000"
    )


def test_the_learners_graph_is_left_alone():
    o = seed_neuron()
    backprop_state(o, 5)
    assert all(v.grad == 0.0 for v in o.topological_order())


def test_final_state_equals_backward():
    for build in (seed_neuron, lambda: build_f()[0]):
        root = build()
        final = backprop_state(root, len([v for v in root.topological_order() if v._prev]))
        root.backward()
        assert final.grads == {v.label: v.grad for v in root.topological_order()}


def test_copy_graph():
    o = seed_neuron()
    o.grad = 7.0
    twin = copy_graph(o)
    pairs = list(zip(o.topological_order(), twin.topological_order()))
    assert len(pairs) == 10
    for original, copy in pairs:
        assert copy is not original
        assert (copy.data, copy.label, copy._op, copy._local_grads) == (
            original.data, original.label, original._op, original._local_grads)
        assert copy.grad == 0.0


def test_backprop_state_bad_input():
    o = seed_neuron()
    with pytest.raises(ValueError, match="between 0 and 5"):
        backprop_state(o, 6)
    with pytest.raises(ValueError, match="between 0 and 5"):
        backprop_state(o, -1)
    with pytest.raises(TypeError, match="whole number"):
        backprop_state(o, 1.0)
    with pytest.raises(TypeError, match="must be a Value"):
        backprop_state(3.0, 0)


# ----------------------------------------------------------------------
# The stepper widget, driven headlessly
# ----------------------------------------------------------------------
def test_stepper_step_button_fills_grads_in_order():
    stepper = backprop_stepper(seed_neuron())
    slider = stepper.controls["step"]
    assert isinstance(slider, widgets.IntSlider)
    assert (slider.min, slider.max, slider.value) == (0, 5, 0)
    assert [b.description for b in stepper.buttons] == ["Step", "Reset"]
    for k in range(6):
        assert slider.value == k
        assert rounded(stepper.state.grads) == EXPECTED[k]
        assert stepper.picture.description == stepper.state.description
        stepper.step_button.click()  # what pressing Step does
    assert slider.value == 5  # a press after the last step stays at the end
    assert rounded(stepper.state.grads) == EXPECTED[5]


def test_stepper_drawing_shows_grads_and_highlights():
    stepper = backprop_stepper(seed_neuron())
    for _ in range(4):
        stepper.step_button.click()
    state = stepper.state
    source = stepper.picture.drawing.source
    assert "grad -1.5000" in source and "grad 1.0000" in source  # x1 and w1 just filled
    assert "grad 0.0000" in source  # x2 and w2 not yet
    plain = draw_dot(state.root).source
    changed = [line for line in source.splitlines() if line not in plain.splitlines()]
    caption = [line for line in changed if 'label="step 4 of 5' in line]
    assert len(caption) == 1  # the step's arithmetic, one left-aligned line each
    assert r"\l    x1.grad += -3.0000 × 0.5000 -> -1.5000\l" in caption[0]
    changed.remove(caption[0])
    # exactly the processed node and its two inputs are drawn differently
    assert len(changed) == 3
    for label in ('"x1*w1 |', '"x1 |', '"w1 |'):
        assert sum(label in line for line in changed) == 1
    svg = stepper.picture._repr_mimebundle_()["image/svg+xml"]
    assert "grad &#45;1.5000" in svg  # Graphviz writes "-" as "&#45;" in SVG text


def test_stepper_reset_and_slider():
    stepper = backprop_stepper(seed_neuron(), step=3)
    assert rounded(stepper.state.grads) == EXPECTED[3]
    stepper.reset_button.click()
    assert stepper.controls["step"].value == 0
    assert rounded(stepper.state.grads) == EXPECTED[0]
    stepper.controls["step"].value = 5
    assert stepper.state.grads["x1"] == pytest.approx(-1.5)


# ----------------------------------------------------------------------
# Gradient accumulation
# ----------------------------------------------------------------------
def build_f():
    a = Value(-2.0, label="a")
    b = Value(3.0, label="b")
    d = a * b; d.label = "d"  # noqa: E702
    e = a + b; e.label = "e"  # noqa: E702
    f = d * e; f.label = "f"  # noqa: E702
    return f, a, b


def backward_with_bug(root):
    root.grad = 1.0
    for node in reversed(root.topological_order()):
        for child, local in zip(node._prev, node._local_grads):
            child.grad = local * node.grad


def test_a_plus_a_gives_two():
    a = Value(3.0, label="a")
    b = a + a
    state = backprop_state(b, 1)
    assert state.grads["a"] == 2.0
    assert state.description.endswith("a.grad += 1.0000 × 1.0000 -> 2.0000")


def test_two_paths_add_up():
    f, a, b = build_f()
    f.backward()
    # by hand: f = (ab)(a + b); df/da = b(a+b) + ab = 3 - 6 = -3; df/db = a(a+b) + ab = -2 - 6 = -8
    assert (a.grad, b.grad) == (-3.0, -8.0)
    f, a, b = build_f()
    backward_with_bug(f)
    assert (a.grad, b.grad) != (-3.0, -8.0)  # the bug the lesson shows


# ----------------------------------------------------------------------
# Seed 002's network: hand formula, autograd and finite difference agree
# ----------------------------------------------------------------------
def test_seed_002_three_ways():
    x, y, w1, b1, w2, b2 = 2.0, 0.5, 0.8, -0.2, 1.5, 0.1  # the lesson's example point
    h = 1 / (1 + math.exp(-(w1 * x + b1)))
    y_hat = w2 * h + b2
    hand = [2 * (y_hat - y) * w2 * h * (1 - h) * x, 2 * (y_hat - y) * w2 * h * (1 - h),
            2 * (y_hat - y) * h, 2 * (y_hat - y)]

    def loss(w1, b1, w2, b2):
        return (y - (w2 * (w1 * x + b1).sigmoid() + b2)) ** 2

    params = [Value(v) for v in (w1, b1, w2, b2)]
    loss(*params).backward()
    nudged = numeric_gradient(lambda ps: loss(*[Value(p) for p in ps]), [w1, b1, w2, b2])
    for by_hand, param, by_nudging in zip(hand, params, nudged):
        assert param.grad == pytest.approx(by_hand, rel=1e-12)
        assert by_nudging == pytest.approx(by_hand, abs=1e-8)


# ----------------------------------------------------------------------
# Exercise checks
# ----------------------------------------------------------------------
@pytest.mark.parametrize("check", [lesson03.check_times_grad, lesson03.check_accumulation,
                                   lesson03.check_grad_b1])
def test_placeholder_is_answered_kindly(check):
    feedback = check(None)
    assert not feedback.correct and feedback.message.startswith("Replace `None` with")


def test_check_times_grad():
    q, r = Value(3.0), Value(-4.0)
    p = q * r
    p.backward()  # p.grad = 1 here; the exercise's p.grad is 2
    assert lesson03.check_times_grad(q.grad * 2).correct
    assert "gradient that arrives from above" in lesson03.check_times_grad(-4).message
    assert "OTHER input" in lesson03.check_times_grad(6).message
    assert "+ node" in lesson03.check_times_grad(2).message
    assert not lesson03.check_times_grad(8).correct
    assert "a number" in lesson03.check_times_grad([-8]).message


def test_check_accumulation():
    a = Value(3.0)
    c = a * a + a
    c.backward()
    assert lesson03.check_accumulation(a.grad).correct  # the worked solution
    a = Value(3.0)
    c = a * a + a
    backward_with_bug(c)
    feedback = lesson03.check_accumulation(a.grad)  # what "=" instead of "+=" gives
    assert not feedback.correct and "'+='" in feedback.message
    assert "a*a" in lesson03.check_accumulation(6).message
    assert "twice" in lesson03.check_accumulation(4).message
    assert not lesson03.check_accumulation(2).correct


def test_check_grad_b1():
    def solution(x, y, w1, b1, w2, b2):
        h = 1 / (1 + math.exp(-(w1 * x + b1)))
        y_hat = w2 * h + b2
        return 2 * (y_hat - y) * w2 * h * (1 - h) * 1

    assert lesson03.check_grad_b1(solution).correct

    def variant(fn):
        def grad(x, y, w1, b1, w2, b2):
            h = 1 / (1 + math.exp(-(w1 * x + b1)))
            return fn(x, y, h, w2 * h + b2, w2)
        return grad

    slips = {
        "sign is flipped": lambda x, y, h, yh, w2: 2 * (y - yh) * w2 * h * (1 - h),
        "h (1 - h) is missing": lambda x, y, h, yh, w2: 2 * (yh - y) * w2,
        "w2 (dy_hat/dh) is missing": lambda x, y, h, yh, w2: 2 * (yh - y) * h * (1 - h),
        "That is dL/dw1": lambda x, y, h, yh, w2: 2 * (yh - y) * w2 * h * (1 - h) * x,
        "factor 2": lambda x, y, h, yh, w2: (yh - y) * w2 * h * (1 - h),
        "Multiply the four local derivatives": lambda x, y, h, yh, w2: 2 * (yh - y) * h,
    }
    for hint, fn in slips.items():
        feedback = lesson03.check_grad_b1(variant(fn))
        assert not feedback.correct and hint in feedback.message, hint

    feedback = lesson03.check_grad_b1(lambda *args: 1 / 0)
    assert not feedback.correct and "ZeroDivisionError" in feedback.message
    assert "return a number" in lesson03.check_grad_b1(lambda *args: "0.38").message


def test_widgets_package_exports_the_lesson_widgets():
    import micrograd_lite.widgets as package
    from micrograd_lite.widgets import derivatives, graphs

    assert package.tangent_explorer is derivatives.tangent_explorer
    assert package.error_explorer is derivatives.error_explorer
    assert package.graph_explorer is graphs.graph_explorer
    assert package.backprop_stepper is graphs.backprop_stepper
    with pytest.raises(AttributeError):
        package.no_such_widget  # noqa: B018
