"""How a node stores its inputs, and what that costs in memory.

An operation of one or two inputs keeps each input next to its local
derivative in slots of its own; ``_prev`` and ``_local_grads`` show them as
tuples, as micrograd's ``_prev`` does. The memory test is the issue's target:
a graph node takes at most a quarter of the memory of a micrograd node.
"""

import gc
import tracemalloc

import pytest

from micrograd_lite import Neuron, Value


def test_inputs_and_local_derivatives_of_each_kind_of_node():
    a, b = Value(2.0), Value(-3.0)
    assert (a._prev, a._local_grads) == ((), ())  # an input
    product = a * b
    assert product._prev == (a, b) and product._local_grads == (-3.0, 2.0)
    scaled = a * 5
    assert scaled._prev == (a,) and scaled._local_grads == (5.0,)
    neuron = Neuron(3, activation="linear", seed=0)
    x = [Value(1.0), Value(2.0), Value(3.0)]
    out = neuron(x)  # one fused node with 3 weights, 3 inputs and a bias
    assert out._prev == (*neuron.w, *x, neuron.b)
    assert out._local_grads == (1.0, 2.0, 3.0, *(w.data for w in neuron.w), 1.0)


def test_a_node_made_from_tuples_of_any_length():
    a, b, c = Value(1.0), Value(2.0), Value(3.0)
    assert Value._node(6.0, (a, b, c), (1.0, 2.0, 3.0), "f")._prev == (a, b, c)
    assert Value._node(6.0, (a, b), (1.0, 2.0), "f")._local_grads == (1.0, 2.0)
    assert Value._node(6.0, (), (), "f")._prev == ()
    with pytest.raises(ValueError, match="one local derivative per input"):
        Value._node(6.0, (a, b), (1.0,), "f")


def _bytes_per_node(value_class, operations, nodes_per_operation):
    """tracemalloc's peak while building ``x = x * 1.0001 + 0.5`` ``operations`` times."""
    gc.collect()
    x = value_class(1.0)
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        for _ in range(operations // 2):
            x = x * 1.0001 + 0.5
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return (peak - start) / (operations * nodes_per_operation)


def test_a_graph_node_takes_at_most_a_quarter_of_a_micrograd_node():
    micrograd = pytest.importorskip(
        "micrograd.engine", reason="karpathy's micrograd (requirements-test.txt) is not installed"
    )
    # micrograd wraps each constant in a node of its own: 2 nodes per operation
    theirs = _bytes_per_node(micrograd.Value, 20_000, 2)
    ours = _bytes_per_node(Value, 20_000, 1)
    assert ours <= 0.25 * theirs, (ours, theirs)
