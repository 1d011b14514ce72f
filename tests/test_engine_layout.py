"""How a node stores its inputs, and what that costs in memory.

Each node keeps its inputs in ``_prev`` and their local derivatives in
``_local_grads``, two tuples in the same order, in slots of its own; a
``__dict__`` slot takes extra attributes. The memory test holds the engine to
its limit: a graph node takes at most half the memory of a micrograd node.
"""

import gc
import sys
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


def test_prev_and_local_grads_are_tuples_stored_on_the_node():
    a, b = Value(2.0), Value(-3.0)
    node = a * b + a.tanh()
    for n in node.topological_order():
        assert type(n._prev) is tuple and type(n._local_grads) is tuple
    # stored on the node, not computed by a property
    assert not isinstance(Value.__dict__["_prev"], property)


def test_the_backward_loop_is_lesson_03s_loop():
    # backward() asks every node for its _backward step, which is the zip loop:
    # replacing _local_grads on a node changes what its inputs receive
    a, b = Value(2.0), Value(-3.0)
    out = a * b
    out._local_grads = (10.0, 100.0)
    out.backward()
    assert (a.grad, b.grad) == (10.0, 100.0)


def test_extra_attributes_are_allowed_and_cost_nothing_until_set():
    p = Value(1.0)
    p.m = 0.0  # an optimizer's state (AdamW in EurekaLabsAI/micrograd)
    p._vis_color = "red"  # a drawing's note
    assert (p.m, p._vis_color) == (0.0, "red")
    assert vars(p) == {"m": 0.0, "_vis_color": "red"}
    plain = Value(1.0) * 2
    # no dictionary is made for a node on which nothing is set
    assert not any(isinstance(r, dict) for r in gc.get_referents(plain))
    assert any(isinstance(r, dict) for r in gc.get_referents(p))


def test_a_node_made_from_tuples_of_any_length():
    a, b, c = Value(1.0), Value(2.0), Value(3.0)
    assert Value.operation(6.0, (a, b, c), (1.0, 2.0, 3.0), "f")._prev == (a, b, c)
    assert Value.operation(6.0, [a, b], [1.0, 2.0], "f")._local_grads == (1.0, 2.0)
    assert Value.operation(6.0, (), (), "f")._prev == ()
    with pytest.raises(ValueError, match="2 inputs need 2 local derivatives, got 1"):
        Value.operation(6.0, (a, b), (1.0,), "f")


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


def test_a_graph_node_takes_at_most_half_of_a_micrograd_node():
    micrograd = pytest.importorskip(
        "micrograd.engine", reason="karpathy's micrograd (requirements-test.txt) is not installed"
    )
    # micrograd wraps each constant in a node of its own: 2 nodes per operation
    theirs = _bytes_per_node(micrograd.Value, 20_000, 2)
    ours = _bytes_per_node(Value, 20_000, 1)
    assert ours <= 0.5 * theirs, (ours, theirs)
    # and honest: a node, its two tuples and its float are all counted
    assert ours >= sys.getsizeof(Value(1.0)) + 2 * sys.getsizeof((1.0,)) + sys.getsizeof(1.0)
