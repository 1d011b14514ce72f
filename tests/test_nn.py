"""micrograd_lite.nn: sizes, micrograd compatibility, the fused neuron, seeding, bad input."""

import importlib.util
import math
import random

import pytest

from micrograd_lite import MLP, Layer, Module, Neuron, Value

ACTIVATIONS = ["relu", "tanh", "sigmoid", "linear"]

needs_micrograd = pytest.mark.skipif(
    importlib.util.find_spec("micrograd") is None,
    reason="the micrograd package (a test-only dependency) is not installed",
)


def test_mlp_2_16_16_1_has_337_parameters():
    # (2*16 + 16) + (16*16 + 16) + (16*1 + 1) = 48 + 272 + 17
    assert len(MLP(2, [16, 16, 1]).parameters()) == 337


def test_parameters_are_distinct_values():
    params = MLP(3, [4, 2], seed=0).parameters()
    assert all(isinstance(p, Value) for p in params)
    assert len({id(p) for p in params}) == len(params) == (3 * 4 + 4) + (4 * 2 + 2)


@pytest.mark.parametrize("fused", [True, False])
def test_mlp_accepts_floats_and_values(fused):
    model = MLP(2, [16, 16, 1], seed=3, fused=fused)
    from_floats = model([0.5, -1.25])
    xs = [Value(0.5), Value(-1.25)]
    from_values = model(xs)
    assert isinstance(from_floats, Value)
    assert from_values.data == pytest.approx(from_floats.data, rel=1e-12)
    from_values.backward()
    assert any(x.grad != 0.0 for x in xs)  # inputs given as Values get gradients


def test_layer_with_several_outputs_returns_a_list_and_one_output_a_value():
    assert isinstance(Layer(3, 1, seed=0)([1.0, 2.0, 3.0]), Value)
    out = Layer(3, 4, seed=0)([1.0, 2.0, 3.0])
    assert isinstance(out, list) and len(out) == 4


def test_a_one_unit_hidden_layer_feeds_the_next_layer():
    # the sigmoid network of 《导函数 和 更新权重的简单的例子 梯度下降法》: 1 input -> 1 sigmoid neuron -> 1 linear output
    model = MLP(1, [1, 1], activation="sigmoid", seed=0)
    (w1,), b1 = model.layers[0].neurons[0].w, model.layers[0].neurons[0].b
    (w2,), b2 = model.layers[1].neurons[0].w, model.layers[1].neurons[0].b
    x = 0.7
    expected = w2.data / (1 + math.exp(-(w1.data * x + b1.data))) + b2.data
    assert model([x]).data == pytest.approx(expected, rel=1e-12)


def test_zero_grad_zeroes_every_parameter():
    model = MLP(2, [3, 1], seed=1)
    model([1.0, 2.0]).backward()
    assert any(p.grad != 0.0 for p in model.parameters())
    model.zero_grad()
    assert all(p.grad == 0.0 for p in model.parameters())
    assert Module().parameters() == []


# ----------------------------------------------------------------------
# Activations
# ----------------------------------------------------------------------
def by_hand(activation, n):
    return {
        "relu": max(0.0, n),
        "tanh": math.tanh(n),
        "sigmoid": 1 / (1 + math.exp(-n)),
        "linear": n,
    }[activation]


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("fused", [True, False])
def test_neuron_computes_its_activation(activation, fused):
    neuron = Neuron(3, activation=activation, seed=5, fused=fused)
    neuron.b.data = 0.25
    x = [0.5, -2.0, 1.5]
    n = sum(w.data * xi for w, xi in zip(neuron.w, x)) + 0.25
    assert neuron(x).data == pytest.approx(by_hand(activation, n), rel=1e-12)


def test_nonlin_is_micrograds_switch():
    assert Neuron(2, seed=0).activation == "relu"
    assert Neuron(2, nonlin=False, seed=0).activation == "linear"
    assert Neuron(2, nonlin=False, activation="tanh", seed=0).activation == "tanh"


def test_mlp_hidden_and_output_activations():
    model = MLP(2, [3, 3, 2], activation="tanh", output_activation="sigmoid", seed=0)
    kinds = [[n.activation for n in layer.neurons] for layer in model.layers]
    assert kinds == [["tanh"] * 3, ["tanh"] * 3, ["sigmoid"] * 2]
    default = MLP(2, [3, 1], seed=0)
    assert [layer.neurons[0].activation for layer in default.layers] == ["relu", "linear"]


def test_unknown_activation_is_a_value_error():
    with pytest.raises(ValueError, match="softmax"):
        Neuron(2, activation="softmax")
    with pytest.raises(ValueError, match="Relu"):
        MLP(2, [3, 1], activation="Relu")


@pytest.mark.parametrize("fused", [True, False])
def test_wrong_number_of_inputs_is_a_value_error(fused):
    model = MLP(3, [4, 1], seed=0, fused=fused)
    with pytest.raises(ValueError, match="3 inputs, got 2"):
        model([1.0, 2.0])


def test_non_numeric_input_is_a_type_error():
    with pytest.raises(TypeError, match="str"):
        Neuron(2, seed=0)([1.0, "abc"])


# ----------------------------------------------------------------------
# The fused neuron equals the node-by-node graph
# ----------------------------------------------------------------------
def forward_backward(model, x):
    """Output, parameter grads and input grads (None for a plain-number input)."""
    out = model(x)
    out.backward()
    return out.data, [p.grad for p in model.parameters()], [
        xi.grad if isinstance(xi, Value) else None for xi in x
    ]


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_fused_and_unfused_give_the_same_numbers(activation):
    """Eight random points per activation (one test, not one per point): all Values,
    or Values and plain numbers mixed, which must stay constants."""
    for point in range(8):
        _check_fused_against_unfused(activation, random.Random(point), mixed=point % 2 == 1)


def _check_fused_against_unfused(activation, rng, mixed):
    models = [
        MLP(3, [4, 2, 1], activation=activation, output_activation=activation, fused=fused,
            seed=0)
        for fused in (True, False)
    ]
    # redraw until the output unit is active: a dead ReLU would compare only zeros
    for _attempt in range(100):
        for p, q in zip(*(m.parameters() for m in models)):  # random biases too
            p.data = q.data = rng.uniform(-1.5, 1.5)
        x = [rng.uniform(-2, 2) for _ in range(3)]
        make_inputs = (lambda: [Value(x[0]), x[1], Value(x[2])]) if mixed else (
            lambda: [Value(v) for v in x])
        (out_f, grads_f, xgrads_f), (out_u, grads_u, xgrads_u) = [
            forward_backward(model, make_inputs()) for model in models
        ]
        if any(g != 0.0 for g in grads_u):
            break
    else:
        pytest.fail("every random draw gave zero gradients")
    assert out_f == pytest.approx(out_u, rel=1e-12, abs=1e-15)
    assert grads_f == pytest.approx(grads_u, rel=1e-10, abs=1e-14)
    assert [g is None for g in xgrads_f] == [g is None for g in xgrads_u]
    assert [g for g in xgrads_f if g is not None] == pytest.approx(
        [g for g in xgrads_u if g is not None], rel=1e-10, abs=1e-14
    )


def test_fused_neuron_is_one_node():
    neuron = Neuron(2, activation="tanh", seed=0)
    x = [Value(1.0), Value(2.0)]
    out = neuron(x)
    assert out._op == "tanh(w·x+b)"
    assert out._prev == (*neuron.w, *x, neuron.b)
    unfused = Neuron(2, activation="tanh", seed=0, fused=False)(x)
    assert len(unfused.topological_order()) > len(out.topological_order()) == 6


def test_the_same_input_twice_gets_both_gradients():
    neuron = Neuron(2, activation="linear", seed=0)
    x = Value(1.5)
    neuron([x, x]).backward()
    assert x.grad == pytest.approx(neuron.w[0].data + neuron.w[1].data)


# ----------------------------------------------------------------------
# Initialisation: seeds, global random state, micrograd's weights
# ----------------------------------------------------------------------
def weights(model):
    return [p.data for p in model.parameters()]


def test_a_seed_gives_reproducible_weights_and_leaves_global_random_alone():
    random.seed(42)
    state = random.getstate()
    first = weights(MLP(2, [16, 16, 1], seed=7))
    assert random.getstate() == state
    assert weights(MLP(2, [16, 16, 1], seed=7)) == first
    assert weights(MLP(2, [16, 16, 1], seed=8)) != first
    assert weights(Neuron(3, seed=7)) == weights(Neuron(3, seed=7))
    assert weights(Layer(3, 2, seed=7)) == weights(Layer(3, 2, seed=7))
    assert random.getstate() == state


def test_an_rng_can_be_shared():
    a = MLP(2, [3, 1], rng=random.Random(9))
    b = MLP(2, [3, 1], seed=9)
    assert weights(a) == weights(b)


def test_without_a_seed_the_global_random_module_is_used():
    random.seed(1337)
    first = weights(MLP(2, [4, 1]))
    after = random.getstate()
    random.seed(1337)
    assert weights(MLP(2, [4, 1])) == first
    random.seed(1337)
    assert random.getstate() != after  # building the MLP drew from global random
    expected = [random.uniform(-1, 1) for _ in range(2)]  # the first neuron's weights
    assert first[:2] == expected
    assert first[2] == 0.0  # biases start at 0, as in micrograd


@needs_micrograd
def test_random_seed_1337_gives_micrograds_weights():
    from micrograd import nn as micrograd_nn

    random.seed(1337)
    theirs = micrograd_nn.MLP(2, [16, 16, 1])
    random.seed(1337)
    ours = MLP(2, [16, 16, 1])
    assert weights(ours) == [p.data for p in theirs.parameters()]


@needs_micrograd
def test_micrograd_training_code_runs_with_only_the_import_changed():
    """micrograd's demo loop (hinge loss + L2, SGD), run with both libraries."""
    from micrograd import engine as micrograd_engine
    from micrograd import nn as micrograd_nn

    points = [([0.5, 1.0], 1), ([-1.0, 0.2], -1), ([1.5, -0.5], 1), ([-0.3, -1.2], -1)]

    def demo(nn_module, value_class):
        random.seed(1337)
        model = nn_module.MLP(2, [16, 16, 1])
        losses = []
        for k in range(3):
            inputs = [list(map(value_class, x)) for x, _ in points]
            scores = list(map(model, inputs))
            hinge = [(1 + -y * s).relu() for (_, y), s in zip(points, scores)]
            data_loss = sum(hinge) * (1.0 / len(hinge))
            reg_loss = 1e-4 * sum((p * p for p in model.parameters()))
            total = data_loss + reg_loss
            model.zero_grad()
            total.backward()
            for p in model.parameters():
                p.data -= (1.0 - 0.9 * k / 100) * p.grad
            losses.append(total.data)
        return losses, [p.data for p in model.parameters()]

    import micrograd_lite.engine
    import micrograd_lite.nn

    theirs = demo(micrograd_nn, micrograd_engine.Value)
    ours = demo(micrograd_lite.nn, micrograd_lite.engine.Value)
    assert ours[0] == pytest.approx(theirs[0], rel=1e-12)
    assert ours[1] == pytest.approx(theirs[1], rel=1e-10, abs=1e-12)
    assert theirs[0][-1] < theirs[0][0]  # the comparison is not between two idle runs


def test_random_bias_is_drawn_after_the_weights_as_in_the_lecture():
    random.seed(7)
    draws = [random.uniform(-1, 1) for _ in range(4)]
    random.seed(7)
    neuron = Neuron(3, activation="tanh", random_bias=True)
    assert [w.data for w in neuron.w] + [neuron.b.data] == draws
    assert Neuron(3, seed=7).b.data == 0.0  # micrograd's zero bias by default
    layer = Layer(2, 3, seed=1, random_bias=True)
    assert all(-1.0 <= n.b.data <= 1.0 and n.b.data != 0.0 for n in layer.neurons)


@pytest.mark.parametrize("x2", [-5.0, -math.inf])
def test_a_relu_neuron_that_is_off_passes_back_what_the_unfused_graph_does(x2):
    grads = []
    for fused in (True, False):
        neuron = Neuron(2, seed=0, fused=fused)
        neuron.w[0].data, neuron.w[1].data, neuron.b.data = 1.0, 1.0, -1.0
        x = [Value(0.5), Value(x2)]
        out = neuron(x)  # 0.5 + x2 - 1 < 0: the neuron is off
        out.backward()
        assert out.data == 0.0
        grads.append([v.grad for v in (*neuron.w, neuron.b, *x)])
    fused, unfused = grads
    assert [math.isnan(g) for g in fused] == [math.isnan(g) for g in unfused]
    assert [g for g in fused if g == g] == [g for g in unfused if g == g]
    if x2 == -5.0:
        assert fused == [0.0] * 5
    else:  # -inf * 0 is nan, in both graphs (IEEE, as PyTorch's matmul)
        assert math.isnan(fused[1])
