"""micrograd_lite.numeric: finite differences and the gradient check."""

import math

import pytest

from micrograd_lite import Value
from micrograd_lite.numeric import (
    backward_difference,
    central_difference,
    check_gradients,
    forward_difference,
    numeric_gradient,
    relative_error,
)

DIFFERENCES = [forward_difference, backward_difference, central_difference]


def cube(x):
    return x**3


@pytest.mark.parametrize("h", [1e-1, 1e-3])
def test_differences_of_a_cube_match_their_expansions(h):
    # ((x+h)^3 - x^3) / h = 3x^2 + 3xh + h^2, and so on; at x = 2:
    assert forward_difference(cube, 2.0, h) == pytest.approx(12 + 6 * h + h**2, rel=1e-9)
    assert backward_difference(cube, 2.0, h) == pytest.approx(12 - 6 * h + h**2, rel=1e-9)
    assert central_difference(cube, 2.0, h) == pytest.approx(12 + h**2, rel=1e-9)


def test_default_h_is_1e_minus_3():
    assert forward_difference(cube, 2.0) == pytest.approx(12.006001, rel=1e-9)
    assert backward_difference(cube, 2.0) == pytest.approx(11.994001, rel=1e-9)
    assert central_difference(cube, 2.0) == pytest.approx(12.000001, rel=1e-9)


def test_central_error_shrinks_like_h_squared_and_one_sided_like_h():
    exact = math.cos(1.0)
    errors = {
        f.__name__: [abs(f(math.sin, 1.0, h) - exact) for h in (1e-2, 1e-3)]
        for f in DIFFERENCES
    }
    for name in ("forward_difference", "backward_difference"):
        big, small = errors[name]
        assert 8 < big / small < 12  # h / 10 -> error / 10
    big, small = errors["central_difference"]
    assert 80 < big / small < 120  # h / 10 -> error / 100


def test_a_function_may_return_a_value():
    assert central_difference(lambda x: Value(x).tanh(), 0.0) == pytest.approx(1.0, rel=1e-6)


def test_numeric_gradient_of_several_inputs():
    def f(xs):
        x, y, z = xs
        return x * y**2 + math.exp(z)

    expected = [9.0, 12.0, 1.0]  # y^2, 2xy, e^z at (2, 3, 0)
    for method in ("forward", "backward", "central"):
        tolerance = 1e-8 if method == "central" else 1e-5
        grad = numeric_gradient(f, [2.0, 3.0, 0.0], method=method)
        assert grad == pytest.approx(expected, rel=tolerance)


def test_numeric_gradient_does_not_change_its_input():
    xs = [1.0, 2.0]
    numeric_gradient(lambda v: v[0] * v[1], xs)
    assert xs == [1.0, 2.0]


# ----------------------------------------------------------------------
# Bad input: clear errors
# ----------------------------------------------------------------------
@pytest.mark.parametrize("f", DIFFERENCES)
@pytest.mark.parametrize("h", [0, 0.0, -1e-3, math.inf, math.nan])
def test_h_must_be_positive_and_finite(f, h):
    with pytest.raises(ValueError, match="h must be a positive finite number"):
        f(cube, 1.0, h)


@pytest.mark.parametrize("h", ["0.1", None, 1j])
def test_h_must_be_a_number(h):
    with pytest.raises(TypeError, match="h must be a real number"):
        central_difference(cube, 1.0, h)
    with pytest.raises(TypeError, match="h must be a real number"):
        check_gradients(lambda a: a * a, [1.0], h=h)


@pytest.mark.parametrize("f", DIFFERENCES)
def test_f_must_be_callable(f):
    with pytest.raises(TypeError, match="f must be a function"):
        f(42, 1.0)


def test_x_must_be_a_number():
    with pytest.raises(TypeError, match="str"):
        central_difference(cube, "1.0")
    with pytest.raises(TypeError, match=r"xs\[1\].*NoneType"):
        numeric_gradient(lambda xs: sum(xs), [1.0, None])


def test_f_must_return_a_number():
    with pytest.raises(TypeError, match="str"):
        central_difference(lambda x: "abc", 1.0)


def test_unknown_method():
    with pytest.raises(ValueError, match="method"):
        numeric_gradient(lambda xs: xs[0], [1.0], method="centered")
    with pytest.raises(ValueError, match=r"h must be"):
        numeric_gradient(lambda xs: xs[0], [1.0], h=-1.0)


# ----------------------------------------------------------------------
# The gradient check
# ----------------------------------------------------------------------
def test_relative_error():
    assert relative_error(3.0, 3.0) == 0.0
    assert relative_error(1e-9, 2e-9) == pytest.approx(1e-9)  # near 0: absolute
    assert relative_error(100.0, 101.0) == pytest.approx(1 / 101)  # large: relative
    assert relative_error(math.inf, math.inf) == 0.0
    assert relative_error(math.inf, 1.0) == math.inf
    assert relative_error(math.nan, 1.0) == math.inf


def test_check_gradients_passes_a_correct_graph():
    def build(a, b, c):
        return (a * b + c.exp()).tanh() / (1 + b * b) + a**c

    result = check_gradients(build, [0.7, -1.3, 0.4])
    assert result.ok and bool(result)
    assert result.max_rel_error < 1e-7
    a, b, c = 0.7, -1.3, 0.4
    # d/da by hand: (1 - tanh(u)^2) * b / (1 + b^2) + c * a^(c-1), u = ab + e^c
    t = math.tanh(a * b + math.exp(c))
    assert result.analytic[0] == pytest.approx((1 - t * t) * b / (1 + b * b) + c * a ** (c - 1))
    assert result.numeric == pytest.approx(result.analytic, rel=1e-7)
    assert len(result.errors) == 3
    assert "ok" in repr(result)


def test_check_gradients_catches_a_wrong_local_derivative():
    def wrong_square(v):  # the forward value of v**2 with a local derivative of v, not 2v
        return Value.operation(v.data**2, (v,), (v.data,), "wrong")

    result = check_gradients(lambda a, b: wrong_square(a) * b, [1.5, 2.0])
    assert not result.ok
    assert result.analytic == [3.0, 2.25]
    assert result.numeric == pytest.approx([6.0, 2.25], rel=1e-7)
    assert result.max_rel_error == pytest.approx(0.5, rel=1e-6)  # |3 - 6| / 6
    assert "MISMATCH" in repr(result)


def test_check_gradients_bad_input():
    with pytest.raises(TypeError, match="build must be a function"):
        check_gradients(None, [1.0])
    with pytest.raises(TypeError, match="build must return a Value"):
        check_gradients(lambda a: 3.0, [1.0])
    with pytest.raises(ValueError, match="h must be"):
        check_gradients(lambda a: a * a, [1.0], h=0.0)
    with pytest.raises(TypeError, match="str"):
        check_gradients(lambda a: a * a, ["x"])
