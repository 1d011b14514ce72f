"""Checks for lesson 03, "Backpropagation is the chain rule".

Seed 002's network: z = w1*x + b1, h = sigmoid(z), y_hat = w2*h + b2,
L = (y - y_hat)**2. The coding exercises: the local derivatives of a / b, the
topological sort and the backward loop; the worked solutions of the last two
are here too, for the cells that come after those exercises.
"""

import math

from ..engine import Value
from .answers import as_number, check_number, is_close, not_a_number, placeholder
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
        return Feedback(
            False,
            f"You gave a Value (data {answer.data:g}, grad {answer.grad:g}). The exercise "
            "gives p.grad = 2 by hand (p is not the end of a graph you run backward on): "
            "work out the number q.grad = (dp/dq) × p.grad and put that number in answer.",
        )
    return check_number(
        answer,
        what="q.grad (a number)",
        target=-8.0,
        tol=1e-9,
        right="q.grad = r × p.grad = (-4) × 2 = -8: the local derivative of q * r with "
              "respect to q is the other input r, times the gradient from above.",
        mistakes=[
            (-4.0, 1e-9, "-4 is the local derivative dp/dq = r. Multiply it by the gradient "
                         "that arrives from above, p.grad = 2."),
            (6.0, 1e-9, "A * node hands each input the OTHER input: q's local derivative is "
                        "r = -4, not q = 3."),
            (2.0, 1e-9, "Passing the gradient through unchanged is what a + node does. Here "
                        "the operation is *."),
            (8.0, 1e-9, "The size is right, the sign is not: r = -4 is negative."),
            (-12.0, 1e-9, "-12 is p's value, q × r. The question is q.grad: (dp/dq) × p.grad."),
        ],
        otherwise=lambda value: f"{value:g} is not q.grad. Use q.grad = (dp/dq) × p.grad.",
        value_means="grad",
        name="q",
    )


# ----------------------------------------------------------------------
# Coding exercise: the local derivatives of p = a / b
# ----------------------------------------------------------------------
_DIVIDE_POINTS = ((6.0, 3.0), (-2.0, 0.5), (1.5, -4.0))

_DIVIDE_SLIPS = (
    (lambda a, b: (1 / b, a / b**2),
     "The sign of ∂p/∂b is wrong. 1/b shrinks as b grows: d(1/b)/db = -1/b², so "
     "∂p/∂b = -a/b²."),
    (lambda a, b: (b, a), "Those are the local derivatives of a * b. For a / b: ∂p/∂a = 1/b."),
    (lambda a, b: (-a / b**2, 1 / b),
     "The two are swapped: return (∂p/∂a, ∂p/∂b) = (1/b, -a/b²), in that order."),
    (lambda a, b: (1 / b, -1 / b**2),
     "∂p/∂b is missing the factor a: p = a × (1/b), so ∂p/∂b = a × (-1/b²)."),
    (lambda a, b: (1 / b, -a / b),
     "∂p/∂b: the derivative of 1/b is -1/b² (not -1/b), so ∂p/∂b = -a/b²."),
    (lambda a, b: (1.0, 1.0), "Local derivatives 1 and 1 belong to a + node. For a / b: "
                              "∂p/∂a = 1/b."),
)


def _divide_exact(a, b):
    return (1 / b, -a / b**2)


def check_divide_local_grads(divide_local_grads):
    """Coding exercise: ``divide_local_grads(a, b)`` returns (∂p/∂a, ∂p/∂b) of
    p = a / b, that is (1/b, -a/b²)."""
    if divide_local_grads is None:
        return placeholder("your function `divide_local_grads`")
    if not callable(divide_local_grads):
        return not_a_number(divide_local_grads, "a function divide_local_grads(a, b)")
    pairs = []  # ((a, b), (dp_da, dp_db)) at every trial point
    for a, b in _DIVIDE_POINTS:
        got, trouble = call_learner_code(
            divide_local_grads, a, b, doing=f"calling divide_local_grads({a:g}, {b:g})")
        if trouble is not None:
            return trouble
        if isinstance(got, (tuple, list)) and len(got) == 2:
            pair = (as_number(got[0]), as_number(got[1]))
        else:
            pair = (None, None)
        if None in pair:
            return Feedback(
                False,
                f"divide_local_grads({a:g}, {b:g}) returned {got!r}. Return two numbers: "
                "return dp_da, dp_db",
            )
        pairs.append(((a, b), pair))

    def matches(pair, target):
        return all(is_close(g, t, 1e-9 * max(1.0, abs(t))) for g, t in zip(pair, target))

    wrong = [(point, pair) for point, pair in pairs if not matches(pair, _divide_exact(*point))]
    if wrong:
        (a, b), pair = wrong[0]
        where = f"At a = {a:g}, b = {b:g} you return ({pair[0]:.4g}, {pair[1]:.4g})."
        for slip, hint in _DIVIDE_SLIPS:  # named only if it explains every point
            if all(matches(got, slip(*point)) for point, got in pairs):
                return Feedback(False, f"{where} {hint}")
        expected = _divide_exact(a, b)
        which = [name for name, g, e in zip(("∂p/∂a", "∂p/∂b"), pair, expected)
                 if not matches((g,), (e,))]
        near = all(is_close(g, t, 1e-3 * max(1.0, abs(t)))
                   for point, got in pairs for g, t in zip(got, _divide_exact(*point)))
        if near:
            return Feedback(
                False,
                f"At a = {a:g}, b = {b:g} you return ({pair[0]:.10g}, {pair[1]:.10g}); the "
                f"exact pair is ({expected[0]:.10g}, {expected[1]:.10g}). Close: this looks "
                "like a numerical estimate (nudging a and b). Return the exact formulas for "
                "∂p/∂a and ∂p/∂b instead.",
            )
        return Feedback(
            False,
            f"{where} {' and '.join(which)} should be as in ({expected[0]:.4g}, "
            f"{expected[1]:.4g}). Nudge a, then b, in your head: p = a × (1/b).",
        )
    return Feedback(
        True,
        "∂p/∂a = 1/b and ∂p/∂b = -a/b²: with these two numbers stored on the node, the "
        "backward loop can pass a gradient through a division like through any other "
        "operation.",
    )


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
        return f"an unlabelled node (data {node.data:g})"
    return repr(node.label) if quote else node.label


_GRAPHS = (
    ("c, from b = a + a and c = b + b", _reused),
    ("f, from d = a*b, e = a + b, f = d*e", _lecture),
    ("L, from lesson 01", _lesson01),
    ("the neuron's o", _neuron),
    ("a single Value x, with no inputs", _leaf),
    ("(a*b) * (a + b), whose nodes have no labels", _lecture_unlabelled),
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
        return placeholder("your function `topological_sort`")
    if not callable(topological_sort):
        return not_a_number(topological_sort, "a function topological_sort(root)")
    earlier = {}  # the nodes of the graphs sorted before, kept alive so ids stay theirs
    for description, build in _GRAPHS:
        root = build()
        got, trouble = call_learner_code(
            topological_sort, root, doing=f"sorting the graph of {description}")
        earlier_graphs = dict(earlier)
        earlier.update(_all_nodes(root))
        if trouble is not None:
            return trouble
        if got is None:
            return Feedback(False, "topological_sort returned None: end it with return order.")
        if isinstance(got, (set, frozenset, dict)):
            return Feedback(
                False,
                f"topological_sort returned a {type(got).__name__}, which keeps no order. "
                "Return a list, and use the set only to remember the visited nodes.",
            )
        try:
            order = list(got)
        except TypeError:
            return not_a_number(got, "the list that topological_sort returns")
        nodes = _all_nodes(root)
        strangers = [item for item in order if id(item) not in nodes]
        if any(id(item) in earlier_graphs for item in strangers):
            return Feedback(
                False,
                f"Sorting the graph of {description} after another graph, your list still "
                "holds nodes of the graph before: it carries over between calls. A default "
                "argument such as order=[] or visited=set() is made once, when def runs, and "
                "shared by every call. Make them inside the function: order = [] and "
                "visited = set().",
            )
        if not order and len(_all_nodes(root)) > 1:
            return Feedback(
                False,
                f"For the graph of {description} your list is empty. Did you call "
                "visit(root) after defining visit? Then return order.",
            )
        if strangers:
            item = strangers[0]
            what = repr(item.label) if isinstance(item, Value) else f"a {type(item).__name__}"
            return Feedback(
                False,
                f"For the graph of {description} your list holds {what}, which is not one "
                "of its nodes. Append the nodes themselves (node, not node.data or "
                "node.label).",
            )
        seen = {}
        for item in order:
            seen[id(item)] = seen.get(id(item), 0) + 1
        repeated = [node for key, node in nodes.items() if seen.get(key, 0) > 1]
        if repeated:
            node = repeated[0]
            return Feedback(
                False,
                f"For the graph of {description} your list has {_describe_node(node)} "
                f"{seen[id(node)]} times. A node used more than once is reached along "
                "several paths; list it once: remember the nodes you visited (a set) and "
                "skip them.",
            )
        missing = [_describe_node(node, quote=False) for key, node in nodes.items() if key not in seen]
        if missing and build is _lecture_unlabelled:
            return Feedback(
                False,
                f"For the graph of {description} your list misses {len(missing)} of its "
                f"{len(nodes)} nodes, though it sorted the labelled graphs. Nodes without "
                "labels (or with the same label) look alike by label: remember the visited "
                "nodes themselves (visited.add(node)), not node.label.",
            )
        if missing:
            return Feedback(
                False,
                f"For the graph of {description} your list misses {', '.join(missing)}. "
                "Visit every input in node._prev, and their inputs, down to the leaves.",
            )
        position = {id(node): i for i, node in enumerate(order)}
        backwards = all(
            position[id(child)] > position[id(node)] for node in order for child in node._prev
        )
        if backwards and len(order) > 1:
            return Feedback(
                False,
                f"For the graph of {description} your list starts with the root "
                f"{root.label!r}: it is in reverse. A topological order lists the inputs "
                "first and the root last (the backward pass then walks it reversed). "
                "Append each node after visiting its children, and return the list as it "
                "is, not reversed.",
            )
        for node in order:
            for child in node._prev:
                if position[id(child)] > position[id(node)]:
                    return Feedback(
                        False,
                        f"For the graph of {description} your list has {_describe_node(node)} "
                        f"before its input {_describe_node(child)}. Every node must come after the "
                        "nodes it was computed from: append a node after visiting its "
                        "children.",
                    )
    return Feedback(
        True,
        "Every node once, each after its inputs, the root last, also when a node is "
        "reused (b = a + a; c = b + b).",
    )


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
    (_no_root_grad, "Every grad stays 0: set root.grad = 1 before the loop (dL/dL = 1), "
                    "or there is nothing to pass on."),
    (_overwrites, "Your grads are the ones that child.grad = ... (instead of +=) leaves: "
                  "the last path overwrites the others. Use child.grad += ... so that the paths add up."),
    (_forward_order, "These are the grads of a walk in forward order: a node passes on its "
                     "grad before it has received it. Walk reversed(order), from the root "
                     "to the inputs."),
    (_local_only, "Each child got only the local derivative. Multiply it by the gradient "
                  "from above: child.grad += local * node.grad."),
    (_upstream_only, "Each child got the node's grad unchanged, as if every operation "
                     "were +. Multiply by the local derivative: child.grad += local * "
                     "node.grad."),
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
        return placeholder("your function `backward_pass`")
    if not callable(backward_pass):
        return not_a_number(backward_pass, "a function backward_pass(root)")
    for description, build in _GRAPHS[:4]:
        root = build()
        root.__class__ = _WatchedRoot  # records a call of the package's backward()
        _, trouble = call_learner_code(
            backward_pass, root, doing=f"running backward_pass on the graph of {description}")
        called = root.__class__ is _WatchedRoot and _WatchedRoot.called.pop(id(root), False)
        root.__class__ = Value
        if trouble is not None:
            return trouble
        if called:
            return Feedback(
                False,
                "Your backward_pass calls root.backward(), the package's backward pass. "
                "Write the loop yourself: root.grad = 1, then for each node in reversed "
                "topological order, child.grad += local * node.grad.",
            )
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
                return Feedback(False, f"On the graph of {description}: {hint}")
        wrong = [(label, g, e) for (label, g), (_, e) in zip(got, expected)
                 if not is_close(g, e, 1e-9 * max(1.0, abs(e)))]
        label, g, e = wrong[0]
        return Feedback(
            False,
            f"On the graph of {description}, {label}.grad is {g:.4g} but should be {e:.4g}. "
            "Set root.grad = 1, then for each node in reversed topological order add "
            "local * node.grad into each child's grad. (If you use your own "
            "topological_sort, check it first.)",
        )
    return Feedback(
        True,
        "Your loop gives the same grads as Value.backward() on every graph tried, also "
        "where a node is used more than once.",
    )


# ----------------------------------------------------------------------
# Exercise: gradients add up
# ----------------------------------------------------------------------
def _overwritten(value):
    return (
        f"{value:g} is one path alone; it is also what a backward pass with '=' instead of "
        "'+=' can leave behind, when the last path overwrites the others. Gradients from "
        "all paths add up."
    )


def check_accumulation(answer):
    """Exercise: s = 3, t = s*s + s: dt/ds = 2s + 1 = 7."""
    return check_number(
        answer,
        what="s.grad (a number)",
        target=7.0,
        tol=7e-6,  # a central difference's estimate counts as right
        right="s.grad = 3 + 3 + 1 = 7: s reaches t along three paths (twice through s*s, "
              "once directly), and the three contributions add up. Calculus agrees: "
              "d(s² + s)/ds = 2s + 1 = 7.",
        mistakes=[
            (6.0, 1e-9, "6 counts only s*s. s is also added on its own (+ s): that path "
                        "adds 1 more."),
            (4.0, 1e-9, "4 is one input of s*s (3) plus the direct path (1). s appears twice "
                        "in s*s: each of the two inputs of that * node gets 3 (the other "
                        "input), so s*s alone gives 3 + 3."),
            (3.0, 1e-9, _overwritten),
            (1.0, 1e-9, _overwritten),
            (12.0, 1e-9, "12 is t's value, s*s + s. The question is s.grad, dt/ds."),
            (9.0, 1e-9, "9 is the value of s*s. The question is s.grad, dt/ds."),
            (14.0, 1e-9, "14 is twice 7: the backward pass ran twice on the same graph, and "
                         "s.grad (a leaf's grad) adds up over passes. Build s and t afresh and "
                         "call t.backward() once."),
            (7.0, 0.01, lambda value: (
                f"{value:.10g} is close to the answer: it looks like a finite-difference "
                "estimate. The backward pass gives the exact number: put s.grad in answer "
                "after t.backward().")),
        ],
        otherwise=lambda value: (
            f"{value:g} is not s.grad. Add up what every path from s to t contributes."
        ),
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
     "The sign is flipped: dL/dy_hat = 2 (y_hat - y), not 2 (y - y_hat)."),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y) * w2),
     "The sigmoid's derivative h (1 - h) is missing (dh/dz)."),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y) * h * (1 - h)),
     "The factor w2 (dy_hat/dh) is missing."),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y) * w2 * h * (1 - h) * x),
     "That is dL/dw1: the last factor dz/db1 is 1, not x."),
    (_slip(lambda x, y, w2, h, y_hat: (y_hat - y) * w2 * h * (1 - h)),
     "The factor 2 from the square is missing."),
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y)),
     "That is dL/db2. b1 sits deeper: multiply by w2 (dy_hat/dh) and h (1 - h) (dh/dz) too."),
)


def check_grad_b1(grad_b1):
    """Exercise: ``grad_b1(x, y, w1, b1, w2, b2)`` returns 2 (y_hat - y) w2 h (1 - h)."""
    if grad_b1 is None:
        return placeholder("your function `grad_b1`")
    if not callable(grad_b1):
        return not_a_number(grad_b1, "a function grad_b1(x, y, w1, b1, w2, b2)")
    answers = []  # (point, the learner's number) at every trial point
    for point in _TRIAL_POINTS:
        result, trouble = call_learner_code(
            grad_b1, *point, doing="calling grad_b1(x, y, w1, b1, w2, b2) with numbers")
        if trouble is not None:
            return trouble
        if isinstance(result, Value):
            return Feedback(
                False,
                f"grad_b1 returned a Value (data {result.data:g}, grad {result.grad:g}), "
                "not a number. If it is b1 after backward(), return its .grad; the exercise "
                "asks for the number from the chain-rule formula.",
            )
        got = as_number(result)
        if got is None:
            return Feedback(
                False,
                f"grad_b1 should return a number; it returned {result!r}.",
            )
        answers.append((point, got))

    def close(value, target):
        return is_close(value, target, 1e-6 * max(1.0, abs(target)))

    wrong = [(point, got) for point, got in answers if not close(got, _autograd_b1(*point))]
    if not wrong:
        return Feedback(
            True,
            "dL/db1 = 2 (y_hat - y) × w2 × h (1 - h) × 1 matches autograd at every point tried.",
        )
    for slip, hint in _GRAD_B1_SLIPS:  # named only if it explains every point
        if all(close(got, slip(*point)) for point, got in answers):
            return Feedback(False, hint)
    point, got = wrong[0]
    x, y, w1, b1, w2, b2 = point
    if all(is_close(got, _autograd_b1(*point), 1e-2 * max(1.0, abs(_autograd_b1(*point))))
           for point, got in answers):
        return Feedback(
            False,
            f"At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives "
            f"{_autograd_b1(*point):.8f}, your function {got:.8f}: close, so this looks like "
            "a finite-difference estimate (nudging b1). Return the chain-rule formula: "
            "dL/dy_hat × dy_hat/dh × dh/dz × dz/db1.",
        )
    return Feedback(
        False,
        f"At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives "
        f"{_autograd_b1(*point):.6f}, your formula {got:.6f}. Multiply the four local "
        "derivatives dL/dy_hat × dy_hat/dh × dh/dz × dz/db1.",
    )
