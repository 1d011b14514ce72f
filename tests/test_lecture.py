"""Karpathy's lecture, typed along, on micrograd_lite.

The lecture "The spelled-out intro to neural networks and backpropagation:
building micrograd" builds a ``Value`` class step by step. Many learners type
along. :func:`follow_the_lecture` is such a learner's script, written for this
test in the video's order: grads by hand, ``_backward`` node by node,
``backward()``, exp, pow and division added as operations, tanh rewritten with
exp, Neuron/Layer/MLP, the training loop.

It runs on two engines:

* :class:`LectureValue`, a Value written here the lecture's way (a
  ``_backward`` closure on every node, ``_prev`` a set, constants wrapped in
  Values), with the lecture's own Neuron/Layer/MLP (:class:`LectureMLP`);
* micrograd_lite, with only the import and the network's one line changed.

Both runs must give the same numbers, and the numbers the lecture shows.
"""

import math
import random

import pytest

import micrograd_lite
from micrograd_lite import MLP, Value


# ----------------------------------------------------------------------
# The reference: a Value written the lecture's way, and its network
# ----------------------------------------------------------------------
class LectureValue:
    def __init__(self, data, _children=(), _op="", label=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label

    def __repr__(self):
        return f"LectureValue(data={self.data})"

    def __add__(self, other):
        other = other if isinstance(other, LectureValue) else LectureValue(other)
        out = LectureValue(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, LectureValue) else LectureValue(other)
        out = LectureValue(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, k):
        out = LectureValue(self.data**k, (self,), f"**{k}")

        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad
        out._backward = _backward
        return out

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other**-1

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def exp(self):
        out = LectureValue(math.exp(self.data), (self,), "exp")

        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        e2 = math.exp(2 * self.data)
        t = (e2 - 1) / (e2 + 1)
        out = LectureValue(t, (self,), "tanh")

        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo, visited = [], set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()


class LectureNeuron:
    def __init__(self, nin, Value):
        self.w = [Value(random.uniform(-1, 1)) for _ in range(nin)]
        self.b = Value(random.uniform(-1, 1))

    def __call__(self, x):
        return sum((wi * xi for wi, xi in zip(self.w, x)), self.b).tanh()

    def parameters(self):
        return self.w + [self.b]


class LectureLayer:
    def __init__(self, nin, nout, Value):
        self.neurons = [LectureNeuron(nin, Value) for _ in range(nout)]

    def __call__(self, x):
        outs = [n(x) for n in self.neurons]
        return outs[0] if len(outs) == 1 else outs

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]


class LectureMLP:
    """The lecture's MLP: tanh in every layer, random biases."""

    def __init__(self, nin, nouts, Value=LectureValue):
        sizes = [nin] + nouts
        self.layers = [LectureLayer(sizes[i], sizes[i + 1], Value) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]


def lite_network(nin, nouts):
    """The one line that changes: the lecture's network, from micrograd_lite."""
    return MLP(nin, nouts, activation="tanh", output_activation="tanh", random_bias=True)


# ----------------------------------------------------------------------
# The learner's script: the lecture's steps in the video's order
# ----------------------------------------------------------------------
def the_neuron(Value):
    """The lecture's neuron: o = tanh(x1*w1 + x2*w2 + b)."""
    x1, x2 = Value(2.0, label="x1"), Value(0.0, label="x2")
    w1, w2 = Value(-3.0, label="w1"), Value(1.0, label="w2")
    b = Value(6.8813735870195432, label="b")
    x1w1 = x1 * w1; x1w1.label = "x1*w1"
    x2w2 = x2 * w2; x2w2.label = "x2*w2"
    x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = "x1*w1 + x2*w2"
    n = x1w1x2w2 + b; n.label = "n"
    return dict(x1=x1, x2=x2, w1=w1, w2=w2, b=b, x1w1=x1w1, x2w2=x2w2, x1w1x2w2=x1w1x2w2, n=n)


def input_grads(v):
    return {name: v[name].grad for name in ("x1", "w1", "x2", "w2")}


def follow_the_lecture(Value, make_network, seed=1337, steps=20):
    seen = {}

    # 1. An expression, and its derivatives by hand
    a = Value(2.0, label="a")
    b = Value(-3.0, label="b")
    c = Value(10.0, label="c")
    e = a * b; e.label = "e"
    d = e + c; d.label = "d"
    f = Value(-2.0, label="f")
    L = d * f; L.label = "L"
    seen["L"] = L.data
    L.grad = 1.0
    f.grad = d.data  # dL/df = d
    d.grad = f.data  # dL/dd = f
    c.grad = d.grad  # a plus passes its grad on unchanged
    e.grad = d.grad
    a.grad = b.data * e.grad  # the chain rule
    b.grad = a.data * e.grad
    seen["grads by hand"] = [v.grad for v in (a, b, c, e, d, f)]
    for v in (a, b, c, f):  # one small step up the gradient
        v.data += 0.01 * v.grad
    seen["L after a step"] = ((a * b + c) * f).data

    # the same derivative by a finite difference
    h = 0.001
    L1 = ((Value(2.0) * Value(-3.0) + Value(10.0)) * Value(-2.0)).data
    L2 = ((Value(2.0) * Value(-3.0 + h) + Value(10.0)) * Value(-2.0)).data
    seen["dL/db numerically"] = (L2 - L1) / h

    # 2. The neuron; its grads by hand
    v = the_neuron(Value)
    o = v["n"].tanh(); o.label = "o"
    seen["o"] = o.data
    o.grad = 1.0
    v["n"].grad = 1 - o.data**2
    v["x1w1x2w2"].grad = v["b"].grad = v["n"].grad
    v["x1w1"].grad = v["x2w2"].grad = v["x1w1x2w2"].grad
    v["x2"].grad = v["w2"].data * v["x2w2"].grad
    v["w2"].grad = v["x2"].data * v["x2w2"].grad
    v["x1"].grad = v["w1"].data * v["x1w1"].grad
    v["w1"].grad = v["x1"].data * v["x1w1"].grad
    seen["neuron grads by hand"] = input_grads(v)

    # 3. _backward, node by node
    v = the_neuron(Value)
    o = v["n"].tanh()
    o.grad = 1.0
    o._backward()
    v["n"]._backward()
    v["b"]._backward()  # an input: nothing to do
    v["x1w1x2w2"]._backward()
    v["x2w2"]._backward()
    v["x1w1"]._backward()
    seen["neuron grads by _backward"] = input_grads(v)

    # the learner's own trace of the graph, as drawn in the lecture
    nodes, edges = set(), set()

    def trace(node):
        if node not in nodes:
            nodes.add(node)
            for child in node._prev:
                edges.add((child, node))
                trace(child)
    trace(o)
    seen["graph of o: values, edges, operations"] = (
        len(nodes), len(edges), sorted(node._op for node in nodes if node._op))

    # 4. backward(), and the learner's own topological sort
    v = the_neuron(Value)
    o = v["n"].tanh()
    topo, visited = [], set()

    def build_topo(node):
        if node not in visited:
            visited.add(node)
            for child in node._prev:
                build_topo(child)
            topo.append(node)
    build_topo(o)
    seen["topo: size, o last"] = (len(topo), topo[-1] is o)
    seen["topo: data"] = sorted(node.data for node in topo)
    o.backward()
    seen["neuron grads by backward()"] = input_grads(v)

    # the bug the lecture fixes: a value used twice
    a = Value(3.0, label="a")
    b = a + a; b.label = "b"
    b.backward()
    seen["a + a"] = a.grad
    a, b = Value(-2.0, label="a"), Value(3.0, label="b")
    d = a * b; d.label = "d"
    e = a + b; e.label = "e"
    f = d * e; f.label = "f"
    f.backward()
    seen["a and b used twice"] = (a.grad, b.grad)

    # 5. Operations added the lecture's way: value, inputs, and a _backward closure
    def exp(x):
        out = Value(math.exp(x.data), (x,), "exp")

        def _backward():
            x.grad += out.data * out.grad
        out._backward = _backward
        return out

    def power(x, k):
        out = Value(x.data**k, (x,), f"**{k}")

        def _backward():
            x.grad += k * x.data ** (k - 1) * out.grad
        out._backward = _backward
        return out

    def divide(x, y):
        return x * power(y, -1)

    # 6. tanh rewritten with exp: with the operations just added, and with the built-in ones
    for how, write_tanh in [
        ("added", lambda n: divide(exp(2 * n) - 1, exp(2 * n) + 1)),
        ("built in", lambda n: ((2 * n).exp() - 1) / ((2 * n).exp() + 1)),
    ]:
        v = the_neuron(Value)
        o = write_tanh(v["n"]); o.label = "o"
        o.backward()
        seen[f"o with exp, {how}"] = o.data
        seen[f"neuron grads with exp, {how}"] = input_grads(v)
    a = Value(2.0)
    out = a**3 / 4 + 2 * a.exp()
    out.backward()
    seen["a**3/4 + 2e^a and its slope"] = (out.data, a.grad)

    # 7. Neuron, Layer, MLP, and the training loop
    random.seed(seed)
    n = make_network(3, [4, 4, 1])
    seen["initial weights"] = [p.data for p in n.parameters()]
    seen["n(x)"] = n([2.0, 3.0, -1.0]).data
    xs = [
        [2.0, 3.0, -1.0],
        [3.0, -1.0, 0.5],
        [0.5, 1.0, 1.0],
        [1.0, 1.0, -1.0],
    ]
    ys = [1.0, -1.0, -1.0, 1.0]
    losses = []
    for k in range(steps):
        ypred = [n(x) for x in xs]
        loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
        for p in n.parameters():
            p.grad = 0.0
        loss.backward()
        for p in n.parameters():
            p.data += -0.1 * p.grad
        losses.append(loss.data)
    seen["losses"] = losses
    seen["predictions"] = [y.data for y in ypred]
    return seen


@pytest.fixture(scope="module")
def lecture():
    return follow_the_lecture(LectureValue, LectureMLP)


@pytest.fixture(scope="module")
def lite():
    return follow_the_lecture(Value, lite_network)


def test_the_reference_is_the_lecture(lecture):
    """The reference engine gives the numbers the lecture shows."""
    check_the_lectures_numbers(lecture)


def test_micrograd_lite_gives_the_lectures_numbers(lite):
    check_the_lectures_numbers(lite)


def check_the_lectures_numbers(seen):
    assert seen["L"] == -8.0
    assert seen["grads by hand"] == [6.0, -4.0, -2.0, -2.0, -2.0, 4.0]
    assert seen["L after a step"] == pytest.approx(-7.286496, abs=1e-12)
    assert seen["dL/db numerically"] == pytest.approx(-4.0, abs=1e-9)
    assert seen["o"] == pytest.approx(0.7071, abs=1e-4)
    assert seen["o"] == pytest.approx(math.sqrt(0.5), rel=1e-12)
    hand = {"x1": -1.5, "w1": 1.0, "x2": 0.5, "w2": 0.0}
    for step in ("neuron grads by hand", "neuron grads by _backward",
                 "neuron grads by backward()", "neuron grads with exp, added",
                 "neuron grads with exp, built in"):
        assert seen[step] == pytest.approx(hand, abs=1e-9), step
    assert seen["o with exp, added"] == pytest.approx(math.sqrt(0.5), rel=1e-12)
    assert seen["o with exp, built in"] == pytest.approx(math.sqrt(0.5), rel=1e-12)
    # the lecture's graph of o has 10 values; its data as the lecture prints them
    assert seen["graph of o: values, edges, operations"] == (10, 9, ["*", "*", "+", "+", "tanh"])
    assert seen["topo: size, o last"] == (10, True)
    assert seen["topo: data"] == pytest.approx(sorted(
        [6.881373587019543, 2.0, -3.0, -6.0, 0.0, 1.0, 0.0, -6.0, 0.8813735870195432,
         0.7071067811865476]), rel=1e-12)
    assert seen["a + a"] == 2.0
    assert seen["a and b used twice"] == (-3.0, -8.0)
    # a**3/4 + 2 e^a at a = 2, and its slope 3a^2/4 + 2 e^a
    assert seen["a**3/4 + 2e^a and its slope"] == pytest.approx(
        (2.0 + 2 * math.exp(2.0), 3.0 + 2 * math.exp(2.0)), rel=1e-12)
    losses = seen["losses"]
    assert losses[-1] < 0.1 * losses[0]  # it learns
    assert all(abs(p - y) < 0.3 for p, y in zip(seen["predictions"], [1.0, -1.0, -1.0, 1.0]))


def test_the_same_numbers_at_every_step(lecture, lite):
    assert lite.keys() == lecture.keys()
    assert lite["initial weights"] == lecture["initial weights"]  # exactly: the same draws
    for key in lecture:
        if key.startswith("graph"):  # counts and names
            assert lite[key] == lecture[key], key
        else:
            assert lite[key] == pytest.approx(lecture[key], rel=1e-9, abs=1e-12), key


def test_the_lecture_network_on_micrograd_lites_value_gives_the_same_losses(lite):
    """The lecture's own Neuron/Layer/MLP, typed with micrograd_lite's Value."""
    seen = follow_the_lecture(Value, lambda nin, nouts: LectureMLP(nin, nouts, Value))
    assert seen["initial weights"] == lite["initial weights"]
    assert seen["losses"] == pytest.approx(lite["losses"], rel=1e-12)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 42])
def test_the_one_line_network_starts_from_the_lectures_weights(seed):
    random.seed(seed)
    theirs = [p.data for p in LectureMLP(3, [4, 4, 1]).parameters()]
    random.seed(seed)
    ours = lite_network(3, [4, 4, 1])
    assert [p.data for p in ours.parameters()] == theirs
    # every layer is tanh, the output too; the biases are not zero
    assert all(n.activation == "tanh" for layer in ours.layers for n in layer.neurons)
    assert all(n.b.data != 0.0 for layer in ours.layers for n in layer.neurons)


def test_the_lectures_loop_trains_the_lectures_network_where_micrograds_stalls():
    """micrograd's MLP (ReLU, linear output, zero biases) mostly ends the lecture's
    loop at loss 4.0 with every prediction 0; the lecture's network trains."""
    def final_loss(make_network, seed):
        return follow_the_lecture(Value, make_network, seed=seed)["losses"][-1]

    lecture_like = [final_loss(lite_network, seed) for seed in range(20)]
    micrograd_like = [final_loss(MLP, seed) for seed in range(20)]
    assert all(loss < 0.1 for loss in lecture_like), lecture_like
    assert sum(loss == pytest.approx(4.0, abs=1e-3) for loss in micrograd_like) >= 15, micrograd_like


def test_only_the_import_and_the_network_change():
    """The script itself names no engine: Value and the network are its arguments."""
    import inspect

    source = inspect.getsource(follow_the_lecture)
    assert "micrograd_lite" not in source and "LectureValue" not in source
    assert micrograd_lite.Value is Value


# ----------------------------------------------------------------------
# README's section on the lecture says what this file checks
# ----------------------------------------------------------------------
def readme_section():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = text.index("## Following Karpathy's lecture with micrograd_lite")
    return text[start:text.index("\n## ", start + 1)]


def test_readmes_one_line_network_is_the_one_tested_here():
    import inspect
    import re

    section = readme_section()
    line = re.search(r"^\s*n = (MLP\(.*\))$", section, re.M).group(1)
    tested = inspect.getsource(lite_network)
    assert line.replace("3, [4, 4, 1]", "nin, nouts") in tested


def test_readmes_code_runs_and_both_ways_of_adding_exp_agree():
    import re
    import textwrap

    blocks = re.findall(r"```python\n(.*?)```", readme_section(), re.S)
    namespace = {}
    exec("import math\nfrom micrograd_lite import Value\n", namespace)
    grads = []
    for block in blocks:
        block = textwrap.dedent(block)  # (the network's block is indented in a list)
        exec(block, namespace)
        if "def exp" in block:
            # the block defines exp twice: run each definition on its own
            for definition in re.split(r"\n(?=def exp)", block.strip()):
                exec(definition, namespace)
                x = Value(0.5)
                (namespace["exp"](x) * 3).backward()
                grads.append(x.grad)
    assert isinstance(namespace["n"], MLP)
    assert grads == [pytest.approx(3 * math.exp(0.5), rel=1e-15)] * 2
