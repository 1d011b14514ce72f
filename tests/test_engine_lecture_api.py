"""The engine speaks micrograd's and the lecture's language.

``Value(data, _children, _op, label)``; a ``_backward()`` on every node; an
operation added the lecture's way (a ``_backward`` closure) or the course's
way (``Value.operation``: its value and its local derivatives). Bad input is
a clear TypeError at once, never a silently wrong node.
"""

import math

import pytest

from micrograd_lite import Value, draw_dot


def test_the_constructor_takes_micrographs_arguments_in_order():
    a, b = Value(2.0), Value(3.0)
    z = Value(5.0, (a, b), "+", "z")
    assert (z.data, z._prev, z._op, z.label) == (5.0, (a, b), "+", "z")
    y = Value(5.0, (z,))
    assert y._prev == (z,) and y.label == "" and y._op == ""
    assert Value(1.0, [a])._prev == (a,)  # any collection of Values becomes a tuple
    assert Value(1.0, {a})._prev == (a,)  # micrograd keeps a set
    assert Value(1.0, label="x").label == "x"


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda: Value(2.0, "a"), ["_children", "str", "label="]),
        (lambda: Value(2.0, (1.0,)), ["_children", "tuple"]),
        (lambda: Value(2.0, Value(1.0)), ["_children", "Value"]),
        (lambda: Value(2.0, (), 3), ["_op", "int"]),
        (lambda: Value(2.0, (), "+", ("x",)), ["label", "tuple"]),
        (lambda: Value("2.0"), ["real number", "str"]),
        (lambda: Value(Value(2.0)), ["real number", ".data"]),
    ],
)
def test_bad_arguments_are_a_clear_type_error_at_once(make, words):
    with pytest.raises(TypeError) as error:
        make()
    for word in words:
        assert word in str(error.value)


def test_a_node_made_with_children_draws():
    z = Value(2.0, label="z")
    draw_dot(Value(5.0, (z,)))  # failed when (z,) became a label


def test_every_node_has_a_backward_step():
    a, b = Value(2.0), Value(-3.0)
    out = a * b + 1.0
    out.grad = 1.0
    out._backward()  # passes 1 * 1.0 to a*b
    product = out._prev[0]
    assert product.grad == 1.0
    product._backward()
    assert (a.grad, b.grad) == (-3.0, 2.0)
    a._backward()  # an input: nothing to pass on
    assert (a.grad, b.grad) == (-3.0, 2.0)
    product._backward()  # a step adds, as += does in the lecture
    assert (a.grad, b.grad) == (-6.0, 4.0)


def lecture_cube(x):
    """An operation added the lecture's way."""
    out = Value(x.data**3, (x,), "cube")

    def _backward():
        x.grad += 3 * x.data**2 * out.grad
    out._backward = _backward
    return out


def test_a_backward_closure_set_on_a_node_is_honoured():
    x = Value(2.0)
    y = lecture_cube(x) * 2.0
    y.backward()
    assert x.grad == 24.0
    # also on a node made by a built-in operation
    a = Value(1.0)
    doubled = a * 2.0

    def _backward():
        a.grad += 100.0 * doubled.grad
    doubled._backward = _backward
    doubled.backward()
    assert a.grad == 100.0


def test_a_node_with_children_and_no_backward_says_so():
    x = Value(2.0)
    out = Value(8.0, (x,), "cube")
    with pytest.raises(TypeError, match="_backward.*Value.operation"):
        out.backward()


def sin(x):
    """An operation added the course's way: its value and its local derivative."""
    return Value.operation(math.sin(x.data), (x,), (math.cos(x.data),), "sin")


def test_an_operation_from_its_value_and_local_derivatives():
    x = Value(0.5)
    y = sin(x) * x  # d/dx = cos(x) x + sin(x)
    y.backward()
    assert y.data == pytest.approx(math.sin(0.5) * 0.5, rel=1e-15)
    assert x.grad == pytest.approx(math.cos(0.5) * 0.5 + math.sin(0.5), rel=1e-15)
    h = 1e-6
    numeric = (math.sin(0.5 + h) * (0.5 + h) - math.sin(0.5 - h) * (0.5 - h)) / (2 * h)
    assert x.grad == pytest.approx(numeric, rel=1e-8)
    node = sin(x)
    assert (node._op, node._prev, node._local_grads) == ("sin", (x,), (math.cos(0.5),))


@pytest.mark.parametrize(
    "arguments, error, words",
    [
        ((1.0, (1.0,), (1.0,)), TypeError, ["children", "tuple"]),
        ((1.0, "ab", (1.0, 1.0)), TypeError, ["children", "str"]),
        (("1", (), ()), TypeError, ["real number", "str"]),
        ((1.0, ("x",), ("1",)), TypeError, ["children"]),
        ((1.0, (None,), ()), TypeError, ["children"]),
        ((1.0, (), ("1",)), TypeError, ["local derivative", "str"]),
        ((1.0, (), (), 3), TypeError, ["op", "int"]),
    ],
)
def test_operation_refuses_bad_input(arguments, error, words):
    with pytest.raises(error) as raised:
        Value.operation(*arguments)
    for word in words:
        assert word in str(raised.value)


def test_operation_needs_one_local_derivative_per_input():
    a = Value(1.0)
    with pytest.raises(ValueError, match="1 inputs need 1 local derivatives, got 2"):
        Value.operation(1.0, (a,), (1.0, 2.0))


def test_both_ways_give_the_same_gradients():
    def course_cube(x):
        return Value.operation(x.data**3, (x,), (3 * x.data**2,), "cube")

    grads = []
    for cube in (lecture_cube, course_cube):
        x = Value(-1.5)
        (cube(x) * x + cube(x)).backward()
        grads.append(x.grad)
    assert grads[0] == grads[1] == pytest.approx(4 * (-1.5) ** 3 + 3 * (-1.5) ** 2)
