"""Checks for lesson 03, "Backpropagation is the chain rule".

Seed 002's network: z = w1*x + b1, h = sigmoid(z), y_hat = w2*h + b2,
L = (y - y_hat)**2. The coding exercises: the local derivatives of a / b, the
topological sort and the backward loop; the worked solutions of the last two
are here too, for the cells that come after those exercises.
"""

import math

from ..engine import Value
from ..language import text
from .answers import as_number, check_number, is_close, kind_of, listed, not_a_number, placeholder
from .feedback import Feedback
from .learner_code import call_learner_code
from .lesson02 import seed_neuron

__all__ = [
    "check_times_grad",
    "check_divide_local_grads",
    "check_topological_sort",
    "check_backward_pass",
    "check_accumulation",
    "check_grad_b1",
    "worked_topological_sort",
    "worked_backward_pass",
]


def check_times_grad(answer):
    """Exercise: p = q * r, q = 3, r = -4, p.grad = 2. q.grad = r * p.grad = -8."""
    if isinstance(answer, Value):
        return Feedback(False, text("lesson03.times.value", data=answer.data, grad=answer.grad))
    return check_number(
        answer,
        what=text("lesson03.times.what"),
        target=-8.0,
        tol=1e-9,
        right=text("lesson03.times.right"),
        mistakes=[
            (-4.0, 1e-9, text("lesson03.times.local_only")),
            (6.0, 1e-9, text("lesson03.times.own_input")),
            (2.0, 1e-9, text("lesson03.times.passed_through")),
            (8.0, 1e-9, text("lesson03.times.sign")),
            (-12.0, 1e-9, text("lesson03.times.value_of_p")),
        ],
        otherwise=lambda value: text("lesson03.times.otherwise", value=value),
        value_means="grad",
        name="q",
    )


# ----------------------------------------------------------------------
# Coding exercise: the local derivatives of p = a / b
# ----------------------------------------------------------------------
_DIVIDE_POINTS = ((6.0, 3.0), (-2.0, 0.5), (1.5, -4.0))

_DIVIDE_SLIPS = (
    (lambda a, b: (1 / b, a / b**2), lambda: text("lesson03.divide.sign_db")),
    (lambda a, b: (b, a), lambda: text("lesson03.divide.product")),
    (lambda a, b: (-a / b**2, 1 / b), lambda: text("lesson03.divide.swapped")),
    (lambda a, b: (1 / b, -1 / b**2), lambda: text("lesson03.divide.no_factor_a")),
    (lambda a, b: (1 / b, -a / b), lambda: text("lesson03.divide.not_squared")),
    (lambda a, b: (1.0, 1.0), lambda: text("lesson03.divide.sum")),
)


def _divide_exact(a, b):
    return (1 / b, -a / b**2)


def check_divide_local_grads(divide_local_grads):
    """Coding exercise: ``divide_local_grads(a, b)`` returns (∂p/∂a, ∂p/∂b) of
    p = a / b, that is (1/b, -a/b²)."""
    if divide_local_grads is None:
        return placeholder(text("lesson03.divide.what"))
    if not callable(divide_local_grads):
        return not_a_number(divide_local_grads, text("lesson03.divide.kind"))
    pairs = []  # ((a, b), (dp_da, dp_db)) at every trial point
    for a, b in _DIVIDE_POINTS:
        got, trouble = call_learner_code(
            divide_local_grads, a, b, doing=text("lesson03.divide.doing", a=a, b=b))
        if trouble is not None:
            return trouble
        if isinstance(got, (tuple, list)) and len(got) == 2:
            pair = (as_number(got[0]), as_number(got[1]))
        else:
            pair = (None, None)
        if None in pair:
            return Feedback(False, text("lesson03.divide.not_two_numbers", a=a, b=b, got=got))
        pairs.append(((a, b), pair))

    def matches(pair, target):
        return all(is_close(g, t, 1e-9 * max(1.0, abs(t))) for g, t in zip(pair, target))

    wrong = [(point, pair) for point, pair in pairs if not matches(pair, _divide_exact(*point))]
    if wrong:
        (a, b), pair = wrong[0]
        for slip, hint in _DIVIDE_SLIPS:  # named only if it explains every point
            if all(matches(got, slip(*point)) for point, got in pairs):
                return Feedback(False, text("lesson03.divide.slip", a=a, b=b, da=pair[0],
                                            db=pair[1], hint=hint()))
        expected = _divide_exact(a, b)
        wrong_a, wrong_b = (not matches((g,), (e,)) for g, e in zip(pair, expected))
        near = all(is_close(g, t, 1e-3 * max(1.0, abs(t)))
                   for point, got in pairs for g, t in zip(got, _divide_exact(*point)))
        if near:
            return Feedback(False, text("lesson03.divide.estimate", a=a, b=b, da=pair[0],
                                        db=pair[1], exact_da=expected[0], exact_db=expected[1]))
        if wrong_a and wrong_b:
            key_message = text("lesson03.divide.wrong_both", a=a, b=b, da=pair[0], db=pair[1],
                               exact_da=expected[0], exact_db=expected[1])
        elif wrong_a:
            key_message = text("lesson03.divide.wrong_da", a=a, b=b, da=pair[0], db=pair[1],
                               exact_da=expected[0], exact_db=expected[1])
        else:
            key_message = text("lesson03.divide.wrong_db", a=a, b=b, da=pair[0], db=pair[1],
                               exact_da=expected[0], exact_db=expected[1])
        return Feedback(False, key_message)
    return Feedback(True, text("lesson03.divide.right"))


# ----------------------------------------------------------------------
# The graphs on which a learner's sort and backward loop are tried
# ----------------------------------------------------------------------
def _reused():
    """b = a + a; c = b + b: a node reused, twice over."""
    a = Value(3.0, label="a")
    b = a + a; b.label = "b"  # noqa: E702
    c = b + b; c.label = "c"  # noqa: E702
    return c


def _lecture():
    """a and b reach f along two paths each (the lecture's example)."""
    a = Value(-2.0, label="a")
    b = Value(3.0, label="b")
    d = a * b; d.label = "d"  # noqa: E702
    e = a + b; e.label = "e"  # noqa: E702
    f = d * e; f.label = "f"  # noqa: E702
    return f


def _neuron():
    """Seed 000's neuron, o = tanh(x1*w1 + x2*w2 + b)."""
    return seed_neuron()


def _lesson01():
    """L = (a*b + c) * f."""
    a, b = Value(2.0, label="a"), Value(-3.0, label="b")
    c, f = Value(10.0, label="c"), Value(-2.0, label="f")
    e = a * b; e.label = "e"  # noqa: E702
    d = e + c; d.label = "d"  # noqa: E702
    L = d * f; L.label = "L"  # noqa: E702
    return L


def _leaf():
    return Value(5.0, label="x")


def _lecture_unlabelled():
    """The lecture's graph with no labels at all: a sort that tracks visited nodes by
    their label sees one node only."""
    a, b = Value(-2.0), Value(3.0)
    return (a * b) * (a + b)


def _describe_node(node, quote=True):
    """A node's label for a message (quoted unless ``quote`` is false), or what it is."""
    if not node.label:
        return text("lesson03.node.unlabelled", data=node.data)
    return repr(node.label) if quote else node.label


# the graphs, each with what it is, said in the language in use (a noun phrase:
# "the graph of {description}")
_GRAPHS = (
    (lambda: text("lesson03.graph.reused"), _reused),
    (lambda: text("lesson03.graph.lecture"), _lecture),
    (lambda: text("lesson03.graph.lesson01"), _lesson01),
    (lambda: text("lesson03.graph.neuron"), _neuron),
    (lambda: text("lesson03.graph.leaf"), _leaf),
    (lambda: text("lesson03.graph.unlabelled"), _lecture_unlabelled),
)


def _all_nodes(root):
    """Every node ``root`` depends on, by identity (the package's own walk)."""
    return {id(node): node for node in root.topological_order()}


# ----------------------------------------------------------------------
# Coding exercise: the topological sort
# ----------------------------------------------------------------------
def worked_topological_sort(root):
    """The worked solution: every node once, each after the nodes it was computed from."""
    order = []
    visited = set()

    def visit(node):
        if node not in visited:
            visited.add(node)
            for child in node._prev:
                visit(child)
            order.append(node)  # after all of its inputs

    visit(root)
    return order


def check_topological_sort(topological_sort):
    """Coding exercise: ``topological_sort(root)`` lists every node ``root`` depends on,
    once each, every node after its inputs (so ``root`` last)."""
    if topological_sort is None:
        return placeholder(text("lesson03.topo.what"))
    if not callable(topological_sort):
        return not_a_number(topological_sort, text("lesson03.topo.kind"))
    earlier = {}  # the nodes of the graphs sorted before, kept alive so ids stay theirs
    for describe, build in _GRAPHS:
        graph = describe()
        root = build()
        got, trouble = call_learner_code(
            topological_sort, root, doing=text("lesson03.topo.doing", graph=graph))
        earlier_graphs = dict(earlier)
        earlier.update(_all_nodes(root))
        if trouble is not None:
            return trouble
        if got is None:
            return Feedback(False, text("lesson03.topo.none"))
        if isinstance(got, (set, frozenset, dict)):
            return Feedback(False, text("lesson03.topo.unordered", type=kind_of(got)))
        try:
            order = list(got)
        except TypeError:
            return not_a_number(got, text("lesson03.topo.list_kind"))
        nodes = _all_nodes(root)
        strangers = [item for item in order if id(item) not in nodes]
        if any(id(item) in earlier_graphs for item in strangers):
            return Feedback(False, text("lesson03.topo.carried_over", graph=graph))
        if not order and len(_all_nodes(root)) > 1:
            return Feedback(False, text("lesson03.topo.empty", graph=graph))
        if strangers:
            item = strangers[0]
            if isinstance(item, Value):
                return Feedback(False, text("lesson03.topo.stranger_value", graph=graph,
                                            label=item.label))
            return Feedback(False, text("lesson03.topo.stranger", graph=graph,
                                        type=kind_of(item)))
        seen = {}
        for item in order:
            seen[id(item)] = seen.get(id(item), 0) + 1
        repeated = [node for key, node in nodes.items() if seen.get(key, 0) > 1]
        if repeated:
            node = repeated[0]
            return Feedback(False, text("lesson03.topo.twice", graph=graph,
                                        node=_describe_node(node), count=seen[id(node)]))
        missing = [_describe_node(node, quote=False) for key, node in nodes.items() if key not in seen]
        if missing and build is _lecture_unlabelled:
            return Feedback(False, text("lesson03.topo.missing_unlabelled", graph=graph,
                                        missing=len(missing), nodes=len(nodes)))
        if missing:
            return Feedback(False, text("lesson03.topo.missing", graph=graph,
                                        names=listed(missing)))
        position = {id(node): i for i, node in enumerate(order)}
        backwards = all(
            position[id(child)] > position[id(node)] for node in order for child in node._prev
        )
        if backwards and len(order) > 1:
            return Feedback(False, text("lesson03.topo.reversed", graph=graph, root=root.label))
        for node in order:
            for child in node._prev:
                if position[id(child)] > position[id(node)]:
                    return Feedback(False, text("lesson03.topo.before_input", graph=graph,
                                                node=_describe_node(node),
                                                child=_describe_node(child)))
    return Feedback(True, text("lesson03.topo.right"))


# ----------------------------------------------------------------------
# Coding exercise: the backward loop
# ----------------------------------------------------------------------
def worked_backward_pass(root):
    """The worked solution: the chain rule in reverse topological order."""
    order = worked_topological_sort(root)
    root.grad = 1.0  # dL/dL = 1
    for node in reversed(order):  # from the output back to the inputs
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad  # add up: a node may be used more than once


def _overwrites(root):
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad = local * node.grad


def _no_root_grad(root):
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad


def _forward_order(root):
    root.grad = 1.0
    for node in worked_topological_sort(root):
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad


def _local_only(root):
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local


def _upstream_only(root):
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child in node._prev:
            child.grad += node.grad


_BACKWARD_SLIPS = (
    (_no_root_grad, lambda: text("lesson03.backward.no_root_grad")),
    (_overwrites, lambda: text("lesson03.backward.overwrites")),
    (_forward_order, lambda: text("lesson03.backward.forward_order")),
    (_local_only, lambda: text("lesson03.backward.local_only")),
    (_upstream_only, lambda: text("lesson03.backward.upstream_only")),
)


def _grads(root):
    return [(node.label, node.grad) for node in worked_topological_sort(root)]


def _same(grads, other):
    return all(
        is_close(g, o, 1e-9 * max(1.0, abs(o))) for (_, g), (_, o) in zip(grads, other)
    )


class _WatchedRoot(Value):
    """A root whose ``backward()`` notes that it was called (then does its work)."""

    __slots__ = ()
    called = {}

    def backward(self):
        _WatchedRoot.called[id(self)] = True
        return super().backward()


def check_backward_pass(backward_pass):
    """Coding exercise: ``backward_pass(root)`` fills every grad of the graph of
    ``root`` by the chain rule, as ``Value.backward()`` does on a fresh graph."""
    if backward_pass is None:
        return placeholder(text("lesson03.backward.what"))
    if not callable(backward_pass):
        return not_a_number(backward_pass, text("lesson03.backward.kind"))
    for describe, build in _GRAPHS[:4]:
        graph = describe()
        root = build()
        root.__class__ = _WatchedRoot  # records a call of the package's backward()
        _, trouble = call_learner_code(
            backward_pass, root, doing=text("lesson03.backward.doing", graph=graph))
        called = root.__class__ is _WatchedRoot and _WatchedRoot.called.pop(id(root), False)
        root.__class__ = Value
        if trouble is not None:
            return trouble
        if called:
            return Feedback(False, text("lesson03.backward.calls_backward"))
        got = _grads(root)
        oracle = build()
        oracle.backward()
        expected = _grads(oracle)
        if _same(got, expected):
            continue
        for slip, hint in _BACKWARD_SLIPS:
            twin = build()
            slip(twin)
            if _same(got, _grads(twin)):
                return Feedback(False, text("lesson03.backward.slip", graph=graph, hint=hint()))
        wrong = [(label, g, e) for (label, g), (_, e) in zip(got, expected)
                 if not is_close(g, e, 1e-9 * max(1.0, abs(e)))]
        label, g, e = wrong[0]
        return Feedback(False, text("lesson03.backward.wrong", graph=graph, label=label,
                                    got=g, expected=e))
    return Feedback(True, text("lesson03.backward.right"))


# ----------------------------------------------------------------------
# Exercise: gradients add up
# ----------------------------------------------------------------------
def _overwritten(value):
    return text("lesson03.accumulate.overwritten", value=value)


def check_accumulation(answer):
    """Exercise: s = 3, t = s*s + s: dt/ds = 2s + 1 = 7."""
    return check_number(
        answer,
        what=text("lesson03.accumulate.what"),
        target=7.0,
        tol=7e-6,  # a central difference's estimate counts as right
        right=text("lesson03.accumulate.right"),
        mistakes=[
            (6.0, 1e-9, text("lesson03.accumulate.square_only")),
            (4.0, 1e-9, text("lesson03.accumulate.one_input")),
            (3.0, 1e-9, _overwritten),
            (1.0, 1e-9, _overwritten),
            (12.0, 1e-9, text("lesson03.accumulate.value_of_t")),
            (9.0, 1e-9, text("lesson03.accumulate.value_of_square")),
            (14.0, 1e-9, text("lesson03.accumulate.twice")),
            (7.0, 0.01, lambda value: text("lesson03.accumulate.estimate", value=value)),
        ],
        otherwise=lambda value: text("lesson03.accumulate.otherwise", value=value),
        value_means="grad",
        name="s",
    )


def _network(x, y, w1, b1, w2, b2):
    h = 1.0 / (1.0 + math.exp(-(w1 * x + b1)))
    y_hat = w2 * h + b2
    return h, y_hat


# points (x, y, w1, b1, w2, b2) at which a learner's formula is compared
_TRIAL_POINTS = (
    (2.0, 0.5, 0.8, -0.2, 1.5, 0.1),
    (-1.0, 1.0, 0.3, 0.4, -2.0, 0.5),
    (0.5, -0.5, -1.2, 0.7, 0.9, -0.3),
)


def _autograd_b1(x, y, w1, b1, w2, b2):
    """dL/db1 by the engine's backward pass (an independent oracle)."""
    b1_value = Value(b1)
    z = w1 * x + b1_value
    y_hat = w2 * z.sigmoid() + b2
    loss = (y - y_hat) ** 2
    loss.backward()
    return b1_value.grad


def _slip(formula):
    """A wrong dL/db1 as a function of the trial point, from ``formula(x, y, w2, h, y_hat)``."""
    def wrong(x, y, w1, b1, w2, b2):
        h, y_hat = _network(x, y, w1, b1, w2, b2)
        return formula(x, y, w2, h, y_hat)
    return wrong


_GRAD_B1_SLIPS = (
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y - y_hat) * w2 * h * (1 - h)),
     lambda: text("lesson03.grad_b1.sign")),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y) * w2),
     lambda: text("lesson03.grad_b1.no_sigmoid")),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y) * h * (1 - h)),
     lambda: text("lesson03.grad_b1.no_w2")),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y) * w2 * h * (1 - h) * x),
     lambda: text("lesson03.grad_b1.dL_dw1")),
    (_slip(lambda x, y, w2, h, y_hat: (y_hat - y) * w2 * h * (1 - h)),
     lambda: text("lesson03.grad_b1.no_two")),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y)),
     lambda: text("lesson03.grad_b1.dL_db2")),
)


def check_grad_b1(grad_b1):
    """Exercise: ``grad_b1(x, y, w1, b1, w2, b2)`` returns 2 (y_hat - y) w2 h (1 - h)."""
    if grad_b1 is None:
        return placeholder(text("lesson03.grad_b1.what"))
    if not callable(grad_b1):
        return not_a_number(grad_b1, text("lesson03.grad_b1.kind"))
    answers = []  # (point, the learner's number) at every trial point
    for point in _TRIAL_POINTS:
        result, trouble = call_learner_code(
            grad_b1, *point, doing=text("lesson03.grad_b1.doing"))
        if trouble is not None:
            return trouble
        if isinstance(result, Value):
            return Feedback(False, text("lesson03.grad_b1.value", data=result.data,
                                        grad=result.grad))
        got = as_number(result)
        if got is None:
            return Feedback(False, text("lesson03.grad_b1.not_a_number", result=result))
        answers.append((point, got))

    def close(value, target):
        return is_close(value, target, 1e-6 * max(1.0, abs(target)))

    wrong = [(point, got) for point, got in answers if not close(got, _autograd_b1(*point))]
    if not wrong:
        return Feedback(True, text("lesson03.grad_b1.right"))
    for slip, hint in _GRAD_B1_SLIPS:  # named only if it explains every point
        if all(close(got, slip(*point)) for point, got in answers):
            return Feedback(False, hint())
    point, got = wrong[0]
    x, y, w1, b1, w2, b2 = point
    where = dict(x=x, y=y, w1=w1, b1=b1, w2=w2, b2=b2, autograd=_autograd_b1(*point), got=got)
    if all(is_close(got, _autograd_b1(*point), 1e-2 * max(1.0, abs(_autograd_b1(*point))))
           for point, got in answers):
        return Feedback(False, text("lesson03.grad_b1.estimate", **where))
    return Feedback(False, text("lesson03.grad_b1.wrong", **where))
