"""Property-based tests (hypothesis): random expression graphs against central differences.

A random "program" is a list of operations, each applied to earlier nodes
(leaves or results), so subexpressions are shared and the graph is a DAG.
The same program runs twice: on Values (the engine) and on plain floats with
the ``math`` module (the oracle). The engine's forward values must match the
floats, and its gradients must match central differences of the float program.
"""

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from micrograd_lite import MLP, Value
from micrograd_lite.numeric import check_gradients

# modest, deterministic runs: a few seconds in all, the same examples in CI every time
SETTINGS = settings(
    max_examples=100, deadline=None, database=None, derandomize=True,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


# name -> (number of operands, on Values, on floats). Each keeps its inputs
# inside its domain by construction (e.g. log(a^2 + 1), a positive base for a Value power).
OPS = {
    "add": (2, lambda a, b: a + b, lambda a, b: a + b),
    "sub": (2, lambda a, b: a - b, lambda a, b: a - b),
    "mul": (2, lambda a, b: a * b, lambda a, b: a * b),
    "div": (2, lambda a, b: a / (b * b + 1), lambda a, b: a / (b * b + 1)),
    "pow": (2, lambda a, b: (a.sigmoid() + 0.5) ** b.tanh(),
            lambda a, b: (sigmoid(a) + 0.5) ** math.tanh(b)),
    "neg": (1, lambda a: -a, lambda a: -a),
    "add_number": (1, lambda a: a + 1.5, lambda a: a + 1.5),
    "number_minus": (1, lambda a: 0.5 - a, lambda a: 0.5 - a),
    "times_number": (1, lambda a: -1.25 * a, lambda a: -1.25 * a),
    "number_over": (1, lambda a: 2 / (a * a + 1), lambda a: 2 / (a * a + 1)),
    "square": (1, lambda a: a**2, lambda a: a**2),
    "cube": (1, lambda a: a**3, lambda a: a**3),
    "sqrt": (1, lambda a: (a * a + 0.5) ** 0.5, lambda a: (a * a + 0.5) ** 0.5),
    "number_to_power": (1, lambda a: 1.5 ** a.tanh(), lambda a: 1.5 ** math.tanh(a)),
    "exp": (1, lambda a: a.tanh().exp(), lambda a: math.exp(math.tanh(a))),
    "log": (1, lambda a: (a * a + 1).log(), lambda a: math.log(a * a + 1)),
    "tanh": (1, lambda a: a.tanh(), math.tanh),
    "sigmoid": (1, lambda a: a.sigmoid(), sigmoid),
    "relu": (1, lambda a: a.relu(), lambda a: max(0.0, a)),
}

leaf_values = st.floats(min_value=-2.0, max_value=2.0, allow_nan=False)


@st.composite
def programs(draw):
    """(leaf values, [(op name, operand indices), ...])."""
    leaves = draw(st.lists(leaf_values, min_size=1, max_size=4))
    steps = []
    for i in range(draw(st.integers(min_value=1, max_value=10))):
        name = draw(st.sampled_from(sorted(OPS)))
        arity = OPS[name][0]
        available = len(leaves) + i
        operands = tuple(
            draw(st.integers(min_value=0, max_value=available - 1)) for _ in range(arity)
        )
        steps.append((name, operands))
    return leaves, steps


def run(program, leaves, on_values):
    """Evaluate a program; returns every node (leaves first, output last)."""
    _, steps = program
    nodes = list(leaves)
    for name, operands in steps:
        op = OPS[name][1 if on_values else 2]
        nodes.append(op(*(nodes[j] for j in operands)))
    return nodes


def float_output(program, xs):
    return run(program, xs, on_values=False)[-1]


def relu_inputs(program, xs):
    nodes = run(program, xs, on_values=False)
    return [nodes[ops[0]] for (name, ops) in program[1] if name == "relu"]


def safe(program):
    """Values stay moderate (so h = 1e-6 is accurate) and no ReLU sits on its kink."""
    xs = program[0]
    nodes = run(program, xs, on_values=False)
    return all(abs(v) < 1e4 for v in nodes) and all(abs(v) > 1e-3 for v in relu_inputs(program, xs))


@SETTINGS
@given(programs())
def test_random_graphs_match_central_differences(program):
    assume(safe(program))
    xs = program[0]
    leaves = [Value(x) for x in xs]
    nodes = run(program, leaves, on_values=True)
    out = nodes[-1]
    assert out.data == pytest.approx(float_output(program, xs), rel=1e-12, abs=1e-12)
    out.backward()
    h = 1e-6
    for i, leaf in enumerate(leaves):
        plus, minus = list(xs), list(xs)
        plus[i] += h
        minus[i] -= h
        numeric = (float_output(program, plus) - float_output(program, minus)) / (2 * h)
        assert abs(leaf.grad - numeric) <= 1e-4 * max(1.0, abs(leaf.grad), abs(numeric)), (
            i, leaf.grad, numeric
        )


@SETTINGS
@given(programs())
def test_backward_twice_doubles_leaves_and_repeats_intermediates(program):
    assume(safe(program))
    leaves = [Value(x) for x in program[0]]
    nodes = run(program, leaves, on_values=True)
    out = nodes[-1]
    out.backward()
    leaf_grads = [leaf.grad for leaf in leaves]
    inner = [n for n in out.topological_order() if n._prev]
    inner_grads = [n.grad for n in inner]
    out.backward()
    # (approx: the second pass adds its contributions one by one onto the first's sum)
    assert [leaf.grad for leaf in leaves] == pytest.approx([2 * g for g in leaf_grads], rel=1e-12)
    assert [n.grad for n in inner] == inner_grads


@SETTINGS
@given(programs())
def test_the_packages_gradient_check_agrees(program):
    assume(safe(program))
    xs = program[0]
    result = check_gradients(lambda *v: run(program, list(v), on_values=True)[-1], xs)
    assert result.ok, result


finite = st.floats(min_value=-3.0, max_value=3.0, allow_nan=False)


@settings(max_examples=150, deadline=None, database=None, derandomize=True)
@given(x=finite, y=finite, w1=finite, b1=finite, w2=finite, b2=finite)
def test_sigmoid_net_hand_formulas_equal_autograd(x, y, w1, b1, w2, b2):
    # by hand, as in the gradient-descent post: z = w1 x + b1, h = sigmoid(z), y_hat = w2 h + b2, L = (y - y_hat)^2
    h = sigmoid(w1 * x + b1)
    y_hat = w2 * h + b2
    by_hand = {
        "w2": 2 * (y_hat - y) * h,
        "b2": 2 * (y_hat - y),
        "w1": 2 * (y_hat - y) * w2 * h * (1 - h) * x,
        "b1": 2 * (y_hat - y) * w2 * h * (1 - h),
    }
    # the network as an MLP with a fused neuron, and as plain Value arithmetic
    model = MLP(1, [1, 1], activation="sigmoid", seed=0)
    hidden, output = model.layers[0].neurons[0], model.layers[1].neurons[0]
    hidden.w[0].data, hidden.b.data, output.w[0].data, output.b.data = w1, b1, w2, b2
    ((y - model([x])) ** 2).backward()
    from_mlp = {"w1": hidden.w[0], "b1": hidden.b, "w2": output.w[0], "b2": output.b}

    plain = {"w1": Value(w1), "b1": Value(b1), "w2": Value(w2), "b2": Value(b2)}
    z = plain["w1"] * x + plain["b1"]
    ((y - (plain["w2"] * z.sigmoid() + plain["b2"])) ** 2).backward()

    for name, expected in by_hand.items():
        assert plain[name].grad == pytest.approx(expected, rel=1e-9, abs=1e-12), name
        assert from_mlp[name].grad == pytest.approx(expected, rel=1e-9, abs=1e-12), name
