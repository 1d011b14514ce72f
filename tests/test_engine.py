"""The engine's gradients against independent oracles.

Every operation is checked three ways: its forward value against the ``math``
module, its gradient against the derivative worked out by hand, and against a
central difference of the plain-float function (no Value involved). Then the
seeds' worked examples with their published numbers, and PyTorch's
accumulation rules.
"""

import math

import pytest

from micrograd_lite import Value


def central(f, x, h=1e-6):
    """A central difference written out here, independent of the package."""
    return (f(x + h) - f(x - h)) / (2 * h)


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def grad_of(build, x):
    """(output data, d output / d x) from the engine."""
    v = Value(x)
    out = build(v)
    out.backward()
    return out.data, v.grad


# (name, the operation on a Value, the same on a float, its derivative by hand, points)
UNARY = [
    ("v + 3", lambda v: v + 3, lambda x: x + 3, lambda x: 1.0, [-2.0, 0.5]),
    ("3 + v", lambda v: 3 + v, lambda x: 3 + x, lambda x: 1.0, [-2.0, 0.5]),
    ("v - 3", lambda v: v - 3, lambda x: x - 3, lambda x: 1.0, [-2.0, 0.5]),
    ("3 - v", lambda v: 3 - v, lambda x: 3 - x, lambda x: -1.0, [-2.0, 0.5]),
    ("v * 3", lambda v: v * 3, lambda x: x * 3, lambda x: 3.0, [-2.0, 0.5]),
    ("3 * v", lambda v: 3 * v, lambda x: 3 * x, lambda x: 3.0, [-2.0, 0.5]),
    ("v / 4", lambda v: v / 4, lambda x: x / 4, lambda x: 0.25, [-2.0, 0.5]),
    ("4 / v", lambda v: 4 / v, lambda x: 4 / x, lambda x: -4 / x**2, [-2.0, 0.5]),
    ("-v", lambda v: -v, lambda x: -x, lambda x: -1.0, [-2.0, 0.5]),
    ("v ** 3", lambda v: v**3, lambda x: x**3, lambda x: 3 * x**2, [-2.0, 0.5]),
    ("v ** 0.5", lambda v: v**0.5, lambda x: x**0.5, lambda x: 0.5 / x**0.5, [0.3, 4.0]),
    ("v ** -2", lambda v: v**-2, lambda x: x**-2, lambda x: -2 / x**3, [-1.5, 0.7]),
    ("2 ** v", lambda v: 2**v, lambda x: 2**x, lambda x: 2**x * math.log(2), [-1.0, 2.5]),
    ("exp", lambda v: v.exp(), math.exp, math.exp, [-1.0, 2.0]),
    ("log", lambda v: v.log(), math.log, lambda x: 1 / x, [0.2, 3.0]),
    ("tanh", lambda v: v.tanh(), math.tanh, lambda x: 1 - math.tanh(x) ** 2, [-0.7, 1.3]),
    ("sigmoid", lambda v: v.sigmoid(), sigmoid,
     lambda x: sigmoid(x) * (1 - sigmoid(x)), [-2.0, 0.4]),
    ("relu", lambda v: v.relu(), lambda x: max(0.0, x),
     lambda x: 1.0 if x > 0 else 0.0, [-1.5, 0.8]),
]


@pytest.mark.parametrize(
    "name, op, plain, derivative, x",
    [(name, op, plain, d, x) for name, op, plain, d, xs in UNARY for x in xs],
)
def test_one_input_operation(name, op, plain, derivative, x):
    data, grad = grad_of(op, x)
    assert data == pytest.approx(plain(x), rel=1e-12)
    assert grad == pytest.approx(derivative(x), rel=1e-12)
    assert grad == pytest.approx(central(plain, x), rel=1e-6, abs=1e-8)


# (name, op on two Values, op on floats, (d/da, d/db) by hand, points)
BINARY = [
    ("a + b", lambda a, b: a + b, lambda a, b: a + b, lambda a, b: (1.0, 1.0)),
    ("a - b", lambda a, b: a - b, lambda a, b: a - b, lambda a, b: (1.0, -1.0)),
    ("a * b", lambda a, b: a * b, lambda a, b: a * b, lambda a, b: (b, a)),
    ("a / b", lambda a, b: a / b, lambda a, b: a / b, lambda a, b: (1 / b, -a / b**2)),
    ("a ** b", lambda a, b: a**b, lambda a, b: a**b,
     lambda a, b: (b * a ** (b - 1), a**b * math.log(a))),
]
POINTS = [(1.5, -0.5), (0.3, 2.0), (2.0, 3.0)]  # a > 0 for a ** b


@pytest.mark.parametrize("name, op, plain, derivatives", BINARY, ids=[b[0] for b in BINARY])
@pytest.mark.parametrize("a, b", POINTS)
def test_two_input_operation(name, op, plain, derivatives, a, b):
    va, vb = Value(a), Value(b)
    out = op(va, vb)
    out.backward()
    assert out.data == pytest.approx(plain(a, b), rel=1e-12)
    da, db = derivatives(a, b)
    assert va.grad == pytest.approx(da, rel=1e-12)
    assert vb.grad == pytest.approx(db, rel=1e-12)
    assert va.grad == pytest.approx(central(lambda x: plain(x, b), a), rel=1e-6)
    assert vb.grad == pytest.approx(central(lambda y: plain(a, y), b), rel=1e-6)


def test_a_plain_number_is_a_constant_without_a_node():
    v = Value(2.0)
    for out in (v + 1, 1 + v, v - 1, 1 - v, v * 2, 2 * v, v / 2, 2 / v, v**2, 2**v):
        assert out._prev == (v,)
        assert len(out._local_grads) == 1


def test_op_names():
    a, b = Value(2.0), Value(3.0)
    assert (a + b)._op == "+"
    assert (a - b)._op == "-"
    assert (a * b)._op == "*"
    assert (a / b)._op == "/"
    assert (a**2)._op == "**2"
    assert (a**0.5)._op == "**0.5"
    assert (a**b)._op == "**"
    assert (2**a)._op == "**"
    assert (-a)._op == "neg"
    assert [f(a)._op for f in (Value.exp, Value.log, Value.tanh, Value.sigmoid, Value.relu)] == [
        "exp", "log", "tanh", "sigmoid", "ReLU"
    ]


def test_sum_of_values():
    xs = [Value(1.0), Value(-2.0), Value(4.5)]
    total = sum(xs)
    assert total.data == 3.5
    total.backward()
    assert [x.grad for x in xs] == [1.0, 1.0, 1.0]


def test_sum_of_products_gives_each_the_other_factor():
    ws = [Value(0.5), Value(-1.0), Value(2.0)]
    xs = [3.0, 4.0, -5.0]
    out = sum(w * x for w, x in zip(ws, xs))
    out.backward()
    assert out.data == 0.5 * 3 - 4 - 10
    assert [w.grad for w in ws] == xs


def test_repr_shows_data_grad_and_label():
    v = Value(2.0, label="a")
    v.grad = -1.5
    assert repr(v) == "Value(data=2.0, grad=-1.5, label='a')"
    assert repr(Value(3)) == "Value(data=3.0, grad=0.0)"


# ----------------------------------------------------------------------
# 《神经网络原理1 - 导数的作用》: the expression L = (a*b + c) * f and the tanh neuron
# ----------------------------------------------------------------------
def test_the_derivative_posts_expression():
    a, b, c, f = (Value(v, label=n) for v, n in ((2.0, "a"), (-3.0, "b"), (10.0, "c"), (-2.0, "f")))
    e = a * b
    d = e + c
    L = d * f
    assert (e.data, d.data, L.data) == (-6.0, 4.0, -8.0)
    L.backward()
    assert L.grad == 1.0  # dL/dL
    assert (f.grad, d.grad) == (4.0, -2.0)  # dL/df = d, dL/dd = f
    assert (c.grad, e.grad) == (-2.0, -2.0)  # + passes the gradient through
    assert (a.grad, b.grad) == (6.0, -4.0)  # * hands each input the other input


def test_the_derivative_posts_neuron():
    x1, x2 = Value(2.0), Value(0.0)
    w1, w2 = Value(-3.0), Value(1.0)
    b = Value(6.8813735870195432)
    n = x1 * w1 + x2 * w2 + b
    o = n.tanh()
    assert round(n.data, 4) == 0.8814
    assert round(o.data, 4) == 0.7071
    o.backward()
    assert n.grad == pytest.approx(0.5)  # do/dn = 1 - o**2
    assert x1.grad == pytest.approx(-1.5)
    assert w1.grad == pytest.approx(1.0)
    assert x2.grad == pytest.approx(0.5)
    assert w2.grad == pytest.approx(0.0)
    assert b.grad == pytest.approx(0.5)


# ----------------------------------------------------------------------
# 《导函数 和 更新权重的简单的例子 梯度下降法》: z = w1*x + b1, h = sigmoid(z), y_hat = w2*h + b2, L = (y - y_hat)^2
# ----------------------------------------------------------------------
def sigmoid_net_by_hand(x, y, w1, b1, w2, b2):
    """The four chain-rule gradients, written out as in the gradient-descent post."""
    h = sigmoid(w1 * x + b1)
    y_hat = w2 * h + b2
    return {
        "w2": 2 * (y_hat - y) * h,
        "b2": 2 * (y_hat - y),
        "w1": 2 * (y_hat - y) * w2 * h * (1 - h) * x,
        "b1": 2 * (y_hat - y) * w2 * h * (1 - h),
    }


SIGMOID_NET_POINTS = [
    # x, y, w1, b1, w2, b2
    (0.5, 1.0, 0.8, -0.2, 1.5, 0.1),
    (-2.0, 0.3, 1.5, 0.5, -0.7, 0.0),
    (3.0, -1.0, -0.4, 2.0, 2.0, -0.3),
    (0.0, 0.0, 0.1, 0.1, 0.1, 0.1),
    (1.0, 2.0, 4.0, -3.0, 0.5, 1.0),
]


@pytest.mark.parametrize("x, y, w1, b1, w2, b2", SIGMOID_NET_POINTS)
def test_sigmoid_net_gradients_match_the_hand_formulas(x, y, w1, b1, w2, b2):
    params = {"w1": Value(w1), "b1": Value(b1), "w2": Value(w2), "b2": Value(b2)}
    h = (params["w1"] * x + params["b1"]).sigmoid()
    y_hat = params["w2"] * h + params["b2"]
    L = (y - y_hat) ** 2
    L.backward()
    expected = sigmoid_net_by_hand(x, y, w1, b1, w2, b2)
    for name, value in params.items():
        assert value.grad == pytest.approx(expected[name], rel=1e-12, abs=1e-15), name


# ----------------------------------------------------------------------
# Accumulation, as in PyTorch
# ----------------------------------------------------------------------
def test_a_value_used_twice_gets_both_contributions():
    a = Value(3.0)
    b = a + a
    b.backward()
    assert a.grad == 2.0


def test_gradients_add_up_over_paths():
    a, b = Value(-2.0), Value(3.0)
    d = a * b
    e = a + b
    f = d * e
    f.backward()
    assert (a.grad, b.grad) == (-3.0, -8.0)  # a: b*e + d = -3, b: a*e + d = -8


def test_leaves_accumulate_and_intermediates_show_the_latest_pass():
    x = Value(3.0)
    xx = x * x
    y = xx * x
    y.backward()
    assert x.grad == 27.0  # 3 x^2
    assert xx.grad == 3.0  # dy/d(xx) = x
    y.backward()
    assert x.grad == 54.0  # leaves accumulate
    assert xx.grad == 3.0  # intermediates: this pass only


def test_backward_of_a_leaf_accumulates_one():
    x = Value(5.0)
    x.backward()
    x.backward()
    assert x.grad == 2.0


def test_topological_order_puts_inputs_first():
    a, b = Value(1.0), Value(2.0)
    c = a * b
    d = c + a
    order = d.topological_order()
    assert order[-1] is d
    assert len(order) == len({id(n) for n in order}) == 4
    position = {id(n): i for i, n in enumerate(order)}
    for node in order:
        for child in node._prev:
            assert position[id(child)] < position[id(node)]


@pytest.mark.slow
def test_a_million_node_chain_backprops_without_recursion_error():
    c = 1.0000001
    x = Value(1.0)
    y = x
    for _ in range(1_000_000):
        y = y * c
    y.backward()
    assert x.grad == pytest.approx(c**1_000_000, rel=1e-8)  # = e^0.1 approx
