"""The engine's numbers follow IEEE as PyTorch does, and bad input fails clearly.

Overflow gives inf (never an exception), tanh and sigmoid stay exact at +-1000,
an operation outside its domain raises ValueError naming the operation and the
value, and anything that is not a real number raises TypeError naming its type.
"""

import math
from fractions import Fraction

import pytest

from micrograd_lite import Value

INF = math.inf


# ----------------------------------------------------------------------
# Not a real number: TypeError naming the type
# ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "bad, type_name",
    [("abc", "str"), (None, "NoneType"), (1 + 2j, "complex"), ([1], "list")],
)
def test_value_of_a_non_real_is_a_type_error_naming_the_type(bad, type_name):
    with pytest.raises(TypeError, match=type_name):
        Value(bad)


@pytest.mark.parametrize(
    "operation",
    [
        lambda v: v + "abc",
        lambda v: "abc" + v,
        lambda v: v - "abc",
        lambda v: v * None,
        lambda v: v / [1],
        lambda v: v ** "2",
        lambda v: v + 1j,
        lambda v: 1j * v,
    ],
)
def test_arithmetic_with_a_non_real_is_a_type_error(operation):
    with pytest.raises(TypeError):
        operation(Value(2.0))


def test_arithmetic_type_error_names_the_type():
    with pytest.raises(TypeError, match="str"):
        Value(2) + "abc"


def test_real_numbers_of_other_types_are_accepted():
    assert Value(3).data == 3.0 and isinstance(Value(3).data, float)
    assert Value(Fraction(1, 4)).data == 0.25
    assert (Value(4.0) ** Fraction(1, 2)).data == 2.0


# ----------------------------------------------------------------------
# Outside the domain: ValueError naming the operation and the value
# ----------------------------------------------------------------------
@pytest.mark.parametrize("x", [0.0, -1.0])
def test_log_outside_its_domain(x):
    with pytest.raises(ValueError, match=rf"log.*{x!r}"):
        Value(x).log()


@pytest.mark.parametrize("exponent", [0.5, -0.5, 1 / 3])
def test_negative_base_to_a_fractional_power_names_the_exponent_given(exponent):
    with pytest.raises(ValueError, match=rf"pow: a negative base \(-8\.0\) to a fractional power \({exponent!r}\)"):
        Value(-8.0) ** exponent


@pytest.mark.parametrize("base", [-2.0, 0.0])
def test_non_positive_base_to_a_value_power(base):
    with pytest.raises(ValueError, match=rf"pow.*{base!r}"):
        Value(base) ** Value(2.0)
    with pytest.raises(ValueError, match=rf"pow.*{base!r}"):
        base ** Value(2.0)


def test_negative_base_to_an_integer_power_is_fine():
    x = Value(-2.0)
    y = x**3
    y.backward()
    assert (y.data, x.grad) == (-8.0, 12.0)


# ----------------------------------------------------------------------
# Overflow and division by zero: inf or nan, never an exception
# ----------------------------------------------------------------------
def test_exp_overflows_to_inf():
    x = Value(1000.0)
    y = x.exp()
    assert y.data == INF
    y.backward()
    assert x.grad == INF


def test_product_overflows_to_inf():
    a, b = Value(1e200), Value(1e200)
    y = a * b
    assert y.data == INF
    y.backward()
    assert a.grad == b.grad == 1e200


def test_power_overflows_to_inf():
    x = Value(1e200)
    y = x**2
    assert y.data == INF
    y.backward()
    assert x.grad == 2e200
    assert (Value(-1e200) ** 3).data == -INF
    assert (Value(2.0) ** Value(1e5)).data == INF
    assert (10 ** Value(400.0)).data == INF


def test_exp_underflows_to_zero():
    assert Value(-1000.0).exp().data == 0.0


def test_division_by_zero_follows_ieee():
    assert (Value(1.0) / Value(0.0)).data == INF
    assert (Value(-1.0) / 0).data == -INF
    assert (1 / Value(0.0)).data == INF
    assert math.isnan((Value(0.0) / Value(0.0)).data)


def test_zero_to_a_negative_power_is_inf():
    assert (Value(0.0) ** -1).data == INF
    assert (Value(0.0) ** -2).data == INF


@pytest.mark.parametrize(
    "x, t, s",
    [(1000.0, 1.0, 1.0), (-1000.0, -1.0, 0.0), (1e308, 1.0, 1.0), (-1e308, -1.0, 0.0)],
)
def test_tanh_and_sigmoid_are_exact_far_out(x, t, s):
    v = Value(x)
    tanh, sig = v.tanh(), v.sigmoid()
    assert tanh.data == t
    assert sig.data == s
    (tanh + sig).backward()
    assert v.grad == 0.0  # finite: both curves are flat there


def test_sigmoid_stays_accurate_for_large_negative_inputs():
    # sigmoid(-40) is about exp(-40): the stable form keeps its full relative accuracy
    assert Value(-40.0).sigmoid().data == pytest.approx(math.exp(-40.0), rel=1e-12)


def test_nan_passes_through_instead_of_raising():
    nan = math.nan
    for f in (Value.exp, Value.log, Value.tanh, Value.sigmoid, Value.relu):
        assert math.isnan(f(Value(nan)).data), f.__name__
    assert math.isnan((Value(nan) ** 2).data)
