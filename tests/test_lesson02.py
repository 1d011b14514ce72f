"""Lesson 02: the forward-graph explorer and the exercise checks."""

import math

import ipywidgets as widgets
import pytest

from micrograd_lite import Value, to_mermaid
from micrograd_lite.exercises import lesson02
from micrograd_lite.widgets.graphs import GraphView, graph_explorer, graph_view

SEED_B = 6.8813735870195432


def seed_neuron(x1=2.0, w1=-3.0, x2=0.0, w2=1.0, b=SEED_B):
    """Seed 000's neuron, built from + and * as lesson 02 builds it."""
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
