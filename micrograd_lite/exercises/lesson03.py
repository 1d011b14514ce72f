"""Checks for lesson 03, "Backpropagation is the chain rule".

The sigmoid network of the post 《导函数 和 更新权重的简单的例子 梯度下降法》: z = w1*x + b1, h = sigmoid(z), y_hat = w2*h + b2,
L = (y - y_hat)**2. The coding exercises: the local derivatives of a / b, the
topological sort and the backward loop; the worked solutions of the last two
are here too, for the cells that come after those exercises.
"""

import contextlib
import functools
import inspect
import itertools
import math
import re
import types
from collections import Counter

from ..engine import Value
from ..language import text, text_count
from ..graph import quoted
from .answers import (as_number, check_number, is_close, kind_of, listed, not_a_number, numbered,
                      parameter_names, parameters_named, placeholder, shown, shown_beside)
from .comparing import differing
from .feedback import Feedback
from . import learner_code
from .learner_code import (CONTAINERS, call_learner_code, changed_on_repeat, describe_error, global_names,
                           mutable_defaults, names_used, reads_answer_in_time, watches_kept_state)
from .lesson02 import seed_neuron
from .special_numbers import one_at_a_time

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


@reads_answer_in_time
def check_times_grad(answer):
    """Exercise: p = q * r, q = 3, r = -4, p.grad = 2. q.grad = r * p.grad = -8."""
    if isinstance(answer, Value):
        for part, number in (("data", answer.data), ("grad", answer.grad)):
            if number == -8.0:  # the right number, inside a Value
                return Feedback(False, text("lesson03.times.value_right", part=part, number=number))
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
            (-8.0, 0.15, lambda value: text("lesson03.times.estimate", value=value)),
        ],
        otherwise=lambda value: text("lesson03.times.otherwise", value=shown_beside(value, -8.0)),
        value_means="grad",
        name="q",
    )


# ----------------------------------------------------------------------
# Coding exercise: the local derivatives of p = a / b
# ----------------------------------------------------------------------
# the fourth and fifth: a b seen before with another a, and an a seen before with another
# b, so an answer kept from an earlier call (by a, by b, or by counting calls) shows; then
# a = 0 (a formula that divides by a fails there), and the first point again (an answer
# that changes when a point comes back keeps something between calls). Last, a and b
# beyond 10, then beyond 100, not whole: formulas right only for small a or b show there.
_FAR_DIVIDE_POINTS = ((-37.25, 12.5), (143.75, -118.5))
_DIVIDE_POINTS = ((6.0, 3.0), (-2.0, 0.5), (1.5, -4.0), (3.0, 3.0), (6.0, -2.0), (0.0, 2.0),
                  (7, 2),  # whole numbers, as a learner types them
                  (6.0, 3.0),
                  (1.0, 0.25), (-0.5, -0.125),  # b small: 1/b**2 is 16 and 64
                  (0.125, 0.8),  # a small
                  ) + one_at_a_time((2.5, 1.5), allowed=lambda point: point[1] != 0) + _FAR_DIVIDE_POINTS

_DIVIDE_SLIPS = (
    (lambda a, b: (1 / b, a / b**2), lambda: text("lesson03.divide.sign_db")),
    (lambda a, b: (b, a), lambda: text("lesson03.divide.product")),
    (lambda a, b: (-a / b**2, 1 / b), lambda: text("lesson03.divide.swapped")),
    (lambda a, b: (1 / b, -1 / b**2), lambda: text("lesson03.divide.no_factor_a")),
    (lambda a, b: (1 / b, -a / b), lambda: text("lesson03.divide.not_squared")),
    (lambda a, b: (1.0, 1.0), lambda: text("lesson03.divide.sum")),
)


# whether the pairs before a = 0 were those of b / a -> what a division by zero there says
_BY_ZERO_KEYS = {True: "lesson03.divide.by_zero_swapped", False: "lesson03.divide.by_zero"}


def _divide_raised(trouble, a, b, pairs, matches):
    """What to say when divide_local_grads raised at (a, b), after returning ``pairs``."""
    if a == 0 and "ZeroDivisionError" in trouble.message:
        # p = a / b divides by b alone, 2 here: its formulas never divide by a
        swapped = pairs and all(matches(got, _divide_exact(y, x)) for (x, y), got in pairs)
        return Feedback(False, trouble.message + text(_BY_ZERO_KEYS[bool(swapped)], a=a, b=b))
    wrong = next(((point, pair) for point, pair in pairs
                  if not matches(pair, _divide_exact(*point))), None)
    if wrong is None:
        return trouble
    (a0, b0), pair = wrong  # wrong before it raised: the formula is at fault too
    (da, exact_da), (db, exact_db) = (differing(g, e) for g, e in zip(pair, _divide_exact(a0, b0)))
    return Feedback(False, trouble.message + text(
        "lesson03.divide.wrong_before_raising", a=a0, b=b0, da=da, db=db,
        exact_da=exact_da, exact_db=exact_db))


def _divide_exact(a, b):
    return (1 / b, -a / b**2)


@watches_kept_state
def check_divide_local_grads(divide_local_grads):
    """Coding exercise: ``divide_local_grads(a, b)`` returns (∂p/∂a, ∂p/∂b) of
    p = a / b, that is (1/b, -a/b²)."""
    if divide_local_grads is None:
        return placeholder(text("lesson03.divide.what"))
    if not callable(divide_local_grads):
        return not_a_number(divide_local_grads, text("lesson03.divide.kind"))
    def matches(pair, target):  # the formula is exact: only float rounding may differ
        return all(is_close(g, t, 1e-11 * max(1.0, abs(t))) for g, t in zip(pair, target))

    pairs = []  # ((a, b), (dp_da, dp_db)) at every call: each point twice, in two rounds
    for a, b in _DIVIDE_POINTS * 2:
        with _watching() as called:
            got, trouble = call_learner_code(
                divide_local_grads, a, b, doing=text("lesson03.divide.doing", a=a, b=b))
        if trouble is not None:
            return _divide_raised(trouble, a, b, pairs, matches)
        if called:  # right or not, the numbers came from the package's division
            return Feedback(False, text("lesson03.divide.autograd"))
        items = _two_items(got)
        pair = tuple(as_number(item) for item in items) if items else (None, None)
        if items and any(isinstance(item, Value) for item in items):
            return Feedback(False, text("lesson03.divide.values", a=a, b=b))
        if None in pair:
            return Feedback(False, text("lesson03.divide.not_two_numbers", a=a, b=b, got=got))
        pairs.append(((a, b), pair))

    wrong = [(point, pair) for point, pair in pairs if not matches(pair, _divide_exact(*point))]
    code = getattr(divide_local_grads, "__code__", None)
    if not wrong and code is not None and "_local_grads" in names_used(code)[1]:
        return Feedback(False, text("lesson03.divide.package_local_grads"))  # read off a / b
    if not wrong:
        return Feedback(True, text("lesson03.divide.right"))
    repeat = changed_on_repeat(pairs)
    if repeat is not None:  # the same a and b gave two pairs
        (a, b), earlier, later, call = repeat
        (da1, da2), (db1, db2) = (differing(g1, g2) for g1, g2 in zip(earlier, later))
        return Feedback(False, text("lesson03.divide.not_repeatable", a=a, b=b, da1=da1,
                                    db1=db1, da2=da2, db2=db2, call=call))
    (a, b), pair = wrong[0]
    expected = _divide_exact(a, b)
    (da, exact_da), (db, exact_db) = (differing(g, e) for g, e in zip(pair, expected))
    numbers = dict(a=a, b=b, da=da, db=db, exact_da=exact_da, exact_db=exact_db)
    for slip, hint in _DIVIDE_SLIPS:  # named only if it explains every point
        if all(matches(got, slip(*point)) for point, got in pairs):
            return Feedback(False, text("lesson03.divide.slip", hint=hint(), **numbers))
    if all(point in _FAR_DIVIDE_POINTS for point, _ in wrong):  # right wherever a and b are small
        return Feedback(False, text("lesson03.divide.wrong_only_far", **numbers))
    # (a forward difference with the lesson's h = 0.001 is off by up to about 1e-2 here)
    near = all(is_close(g, t, 2e-2 * max(1.0, abs(t)))
               for point, got in pairs for g, t in zip(got, _divide_exact(*point)))
    if near:
        return Feedback(False, text("lesson03.divide.estimate", **numbers))
    wrong_a, wrong_b = (not matches((g,), (e,)) for g, e in zip(pair, expected))
    message = text(_DIVIDE_WRONG_KEYS[wrong_a, wrong_b], **numbers)
    # this very pair, returned at an earlier call for other a and b, where it was right:
    # the numbers do not follow a and b (a formula that is wrong may meet another
    # point's right pair by chance, but not give the same pair at both points)
    other = next((point for point, earlier in pairs[:pairs.index(wrong[0])]
                  if point != (a, b) and earlier == pair and 0 not in pair  # (a 0, right at a = 0,
                  and matches(earlier, _divide_exact(*point))), None)  # meets others by chance)
    if other is not None:
        message += text("lesson03.divide.other_point", a=other[0], b=other[1], here_a=a, here_b=b)
    elif len({got for _, got in pairs}) == 1:  # one pair at every a and b
        message += text("lesson03.divide.same_everywhere", count=len({point for point, _ in pairs}))
    return Feedback(False, message)


def _two_items(got):
    """The two items of ``got``, a sequence of two (a tuple, a list, a numpy array), else
    ``None`` (a set or dict has no order; a text is not two numbers)."""
    if isinstance(got, (str, bytes, set, frozenset, dict)) or not hasattr(got, "__len__"):
        return None
    try:
        items = list(got) if len(got) == 2 else None
    except Exception:  # a learner's object whose len or iteration raises
        return None
    return items if items is not None and len(items) == 2 else None


# which of (∂p/∂a, ∂p/∂b) is wrong -> the message
_DIVIDE_WRONG_KEYS = {(True, True): "lesson03.divide.wrong_both",
                      (True, False): "lesson03.divide.wrong_da",
                      (False, True): "lesson03.divide.wrong_db"}


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
    """The neuron of the post 《神经网络原理1 - 导数的作用》, o = tanh(x1*w1 + x2*w2 + b)."""
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


def _same_labels():
    """w*x and its tanh both labelled 'h' (as two layers may be), all data different:
    a sort that tells nodes apart by label takes the two for one."""
    w, x = Value(0.5, label="w"), Value(2.0, label="x")
    h = w * x; h.label = "h"  # noqa: E702
    h = h.tanh(); h.label = "h"  # noqa: E702
    out = h * 3.0; out.label = "out"  # noqa: E702
    return out


def _skip():
    """y reaches r directly and through z = tanh(y): paths of different lengths, so
    an order by distance from the root (breadth first, then reversed) puts z before
    its input y."""
    x = Value(0.5, label="x")
    y = x.tanh(); y.label = "y"  # noqa: E702
    z = y.tanh(); z.label = "z"  # noqa: E702
    r = y + z; r.label = "r"  # noqa: E702
    return r


def _skip_mirrored():
    """The graph of :func:`_skip` with u = z + y: a sort by distance from the root that
    keeps ties in the order it met them (a stable sort) lists z before y here."""
    x = Value(0.5, label="x")
    y = x.tanh(); y.label = "y"  # noqa: E702
    z = y.tanh(); z.label = "z"  # noqa: E702
    u = z + y; u.label = "u"  # noqa: E702
    return u


def _twins():
    """p = a*b and q = a*b: two nodes alike in data, operation and inputs, so a sort
    that tells nodes apart by what they hold takes them for one."""
    a, b = Value(2.0, label="a"), Value(-3.0, label="b")
    p = a * b; p.label = "p"  # noqa: E702
    q = a * b; q.label = "q"  # noqa: E702
    q.data = p.data  # one float object for both: a sort keyed by id(node.data) takes them for one too
    s = p + q; s.label = "s"  # noqa: E702
    return s


CHAIN_LENGTH = 250


def _long_chain():
    """x0 -> x1 -> ... -> x249, each node the tanh of the one before: far longer than
    the lesson's graphs, so a sort that stops after a fixed number of steps shows; short
    enough for a recursive sort of a few frames per node within Python's recursion limit."""
    node = Value(0.5, label="x0")
    for i in range(1, CHAIN_LENGTH):
        node = node.tanh()
        node.label = f"x{i}"
    return node


WIDE_LEAVES = 1024


def _wide():
    """The sum of 1024 inputs x0 ... x1023, added in pairs: 2047 nodes, 11 deep, more
    than any limit a sort might stop at, and shallow enough for any recursion."""
    level = [Value(0.1 * i - 3.0, label=f"x{i}") for i in range(WIDE_LEAVES)]
    count = 0
    while len(level) > 1:
        pairs = []
        for left, right in zip(level[::2], level[1::2]):
            count += 1
            total = left + right
            total.label = f"s{count}"
            pairs.append(total)
        level = pairs
    return level[0]


def _diamonds(count):
    """A stack of ``count`` diamonds: x(i+1) = l(i) + r(i), with l(i) = x(i) * 0.5 and
    r(i) = x(i) * 0.25. Each x(i) is reached from the root along 2**(count - i) paths,
    so a sort that visits a node again on every path to it does 2**count steps."""
    node = Value(1.0, label="x0")
    for i in range(count):
        left = node * 0.5; left.label = f"l{i}"  # noqa: E702
        right = node * 0.25; right.label = f"r{i}"  # noqa: E702
        node = left + right
        node.label = f"x{i + 1}"
    return node


#: the small stack on which a sort's reads of node._prev are counted, and the tall one
#: on which a sort that revisits nodes runs out of time
SMALL_STACK, TALL_STACK = 12, 30


def _small_stack():
    return _diamonds(SMALL_STACK)


def _tall_stack():
    return _diamonds(TALL_STACK)


def _describe_node(node, quote=True):
    """A node's label for a message (quoted unless ``quote`` is false), or what it is."""
    return _described(getattr(node, "label", ""), getattr(node, "data", None), quote)


def _described(label, data, quote=True):
    """A node with ``label`` and ``data`` for a message, as :func:`_describe_node` says it."""
    if not label:
        return text("lesson03.node.unlabelled", data=data)
    return quoted(label) if quote else label


def _special_data():
    """g = q + a with q = e + p, p = a * m, e = 1, a = 2, m = -0.5: a computed node of data -1
    (p) and one of data 0 (q), each just before the node that uses it in the worked order."""
    e, a, m = Value(1.0, label="e"), Value(2.0, label="a"), Value(-0.5, label="m")
    p = a * m; p.label = "p"  # noqa: E702
    q = e + p; q.label = "q"  # noqa: E702
    g = q + a; g.label = "g"  # noqa: E702
    return g


# the graphs, each with what it is, said in the language in use (a noun phrase:
# "the graph of {description}"); the lesson's small graphs first, then graphs of
# other sizes and shapes
_GRAPHS = (
    (lambda: text("lesson03.graph.reused"), _reused),
    (lambda: text("lesson03.graph.lecture"), _lecture),
    (lambda: text("lesson03.graph.lesson01"), _lesson01),
    (lambda: text("lesson03.graph.neuron"), _neuron),
    (lambda: text("lesson03.graph.leaf"), _leaf),
    (lambda: text("lesson03.graph.unlabelled"), _lecture_unlabelled),
    (lambda: text("lesson03.graph.same_labels"), _same_labels),
    (lambda: text("lesson03.graph.skip"), _skip),
    (lambda: text("lesson03.graph.skip_mirrored"), _skip_mirrored),
    (lambda: text("lesson03.graph.twins"), _twins),
    (lambda: text("lesson03.graph.chain", count=CHAIN_LENGTH, last=CHAIN_LENGTH - 1), _long_chain),
    (lambda: text("lesson03.graph.wide", count=WIDE_LEAVES, last=WIDE_LEAVES - 1), _wide),
    (lambda: text("lesson03.graph.diamonds", count=SMALL_STACK), _small_stack),
    (lambda: text("lesson03.graph.diamonds", count=TALL_STACK), _tall_stack),
    # nodes whose data is 0 and -1 (a line that treats such a node apart shows)
    (lambda: text("lesson03.graph.special_data"), _special_data),
    # the neuron again, built anew: its root has the label and data of the first
    (lambda: text("lesson03.graph.neuron_again"), _neuron),
)
_LESSON_GRAPHS = _GRAPHS[:4]  # labelled, small: the backward loop's slips are told apart on them


def _zero_factor():
    """c = s * z with z = 0: the grad of s is exactly 0, and so is a's. A loop that takes
    a grad of 0 for "not reached yet" (``node.grad or 1``) passes something on."""
    a, z = Value(1.5, label="a"), Value(0.0, label="z")
    s = a * a; s.label = "s"  # noqa: E702
    c = s * z; c.label = "c"  # noqa: E702
    return c


def _self_difference():
    """r = d + a with d = a - a: a is both inputs of d, with local derivatives 1 and -1, so
    a loop that finds a child's local derivative by its place (``_prev.index(child)``)
    takes the first one twice."""
    a = Value(3.0, label="a")
    d = a - a; d.label = "d"  # noqa: E702
    r = d + a; r.label = "r"  # noqa: E702
    return r


def _fourth_power():
    """p = x * x * x * x with x = 5: shares of 25 and 125 pass along the arrows, and x.grad
    is 500 (a share clipped or capped to a bound under them shows)."""
    x = Value(5.0, label="x")
    q = x * x; q.label = "q"  # noqa: E702
    r = q * x; r.label = "r"  # noqa: E702
    p = r * x; p.label = "p"  # noqa: E702
    return p


def _minus_one_share():
    """L = d * c + a with d = a * b and c = -1: the grad of d is exactly -1, and a gets a
    share along a second path too (a loop that skips a node whose grad is -1, or writes = for
    += there, shows): a.grad is 1 + 3 * -1 = -2."""
    a, b, c = Value(2.0, label="a"), Value(3.0, label="b"), Value(-1.0, label="c")
    d = a * b; d.label = "d"  # noqa: E702
    e = d * c; e.label = "e"  # noqa: E702
    L = e + a; L.label = "L"  # noqa: E702
    return L


def _zero_locals():
    """L = t + a with t = p + r, p = q * z, r = a * z, q = a + 1, a = 3, z = 0: a gets 1 from
    L first, then a share of 0 through a local derivative of 0 (r) and through a node whose
    grad is 0 (q); a loop that sets a grad to 0 there, instead of adding 0, shows. a.grad 1."""
    a, z = Value(3.0, label="a"), Value(0.0, label="z")
    q = a + 1; q.label = "q"  # noqa: E702
    p = q * z; p.label = "p"  # noqa: E702
    r = a * z; r.label = "r"  # noqa: E702
    t = p + r; t.label = "t"  # noqa: E702
    L = t + a; L.label = "L"  # noqa: E702
    return L


def _minus_one_twice():
    """L = p + q with p = a * m, q = a * n and m = n = -1: a's first share is exactly -1,
    whichever comes first (a loop that writes = for += once a grad is -1 shows): a.grad is -2."""
    a, m, n = Value(5.0, label="a"), Value(-1.0, label="m"), Value(-1.0, label="n")
    p = a * m; p.label = "p"  # noqa: E702
    q = a * n; q.label = "q"  # noqa: E702
    L = p + q; L.label = "L"  # noqa: E702
    return L


# the backward pass's graphs beyond the others: labels that tell no node apart, a grad of 0,
# one node twice among the inputs of another with two different local derivatives, large
# shares, a grad of -1
_BACKWARD_MORE = ((lambda: text("lesson03.graph.unlabelled"), _lecture_unlabelled),
                  (lambda: text("lesson03.graph.same_labels"), _same_labels),
                  (lambda: text("lesson03.graph.zero_factor"), _zero_factor),
                  (lambda: text("lesson03.graph.self_difference"), _self_difference),
                  (lambda: text("lesson03.graph.fourth_power"), _fourth_power),
                  (lambda: text("lesson03.graph.minus_one_share"), _minus_one_share),
                  (lambda: text("lesson03.graph.minus_one_twice"), _minus_one_twice),
                  (lambda: text("lesson03.graph.zero_locals"), _zero_locals))
_BIGGER = (_long_chain, _wide, _small_stack, _tall_stack)
_SHAPES = (_skip, _skip_mirrored, _twins)  # small, with the shapes a wrong order or a wrong "visited" misses


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


@watches_kept_state
def check_topological_sort(topological_sort):
    """Coding exercise: ``topological_sort(root)`` lists every node ``root`` depends on,
    once each, every node after its inputs (so ``root`` last).

    It is tried on the lesson's graphs and on bigger ones of other shapes, each
    graph after the others (nothing may carry over between calls), and on the
    first graph once more at the end; it must leave every graph as it was and
    visit each node once."""
    if topological_sort is None:
        return placeholder(text("lesson03.topo.what"))
    if not callable(topological_sort):
        return not_a_number(topological_sort, text("lesson03.topo.kind"))
    if _is_package_method(topological_sort, "topological_order"):
        return Feedback(False, text("lesson03.topo.is_package"))
    earlier = {}  # the nodes of the graphs sorted before, kept alive so ids stay theirs
    first = None  # (graph, root) sorted first, sorted again at the end
    previous = None  # (graph, the list returned for it, the ids it held)
    package_sorted = False  # whether it called the package's own sort
    state_at_start = learner_code.state_of(topological_sort)
    calls = 0  # of topological_sort, so far
    for describe, build in _GRAPHS:
        graph = describe()
        root = build()
        nodes = _all_nodes(root)
        for number, node in enumerate(nodes.values(), 1):  # grads that a sort leaves alone
            node.grad = float(number)
        before = _snapshot(nodes, with_grad=True)
        doing = text("lesson03.topo.doing", graph=graph)
        with _counting_reads(nodes if build is _small_stack else {}) as reads, \
                _watching("topological_order") as called:
            got, trouble = _call(topological_sort, root, doing=doing)
        calls += 1
        package_sorted = package_sorted or bool(called)
        earlier_graphs = dict(earlier)
        earlier.update(nodes)
        if trouble is not None:
            if build is _tall_stack and _took_too_long(trouble, doing):
                return Feedback(False, text("lesson03.topo.exponential_timeout", graph=graph,
                                            count=TALL_STACK,
                                            seconds=f"{learner_code.SECONDS:g}"))
            return trouble
        changed = _changed(nodes, before)
        if changed:
            return Feedback(False, text(_CHANGED_KEYS[changed["attribute"]], graph=graph,
                                        **changed))
        verdict = _judge_order(got, root, nodes, graph, build, earlier_graphs, topological_sort)
        if verdict is None and previous is not None:
            verdict = _overwrote(previous, got, graph, topological_sort)
        drifted = None
        if verdict is not None and first is not None:  # right on the first graph then: still?
            drifted = _sorts_first_again(topological_sort, first, calls, state_at_start)
            verdict = verdict if drifted is None else drifted  # (a failing Feedback is falsy)
        if verdict is not None and build in _SORT_TRIES and drifted is None:
            verdict = Feedback(False, verdict.message + text(_SORT_TRIES[build]))
        if verdict is not None:
            return verdict
        if _reads_past_quadratic(reads.count, nodes) and _doubles_per_diamond(topological_sort, reads.count):
            return Feedback(False, text("lesson03.topo.revisits", graph=graph, reads=reads.count,
                                        nodes=len(nodes), count=SMALL_STACK, tall=TALL_STACK))
        again, trouble = _call(topological_sort, root, doing=doing)  # at once, the same root
        calls += 1
        if trouble is not None:
            return trouble
        if not _is_topological(again, root):
            return Feedback(False, text("lesson03.topo.second_time", graph=graph,
                                        where=_where_state_is_kept(topological_sort, root)))
        first = first or (graph, root)
        previous = (graph, got, _ids(got))
    graph, root = first
    again, trouble = _call(topological_sort, root, doing=text("lesson03.topo.doing", graph=graph))
    if trouble is not None:
        return trouble
    if not _is_topological(again, root):
        return Feedback(False, text("lesson03.topo.second_time", graph=graph,
                                    where=_where_state_is_kept(topological_sort, root)))
    if package_sorted:  # right because the package's sort is
        return Feedback(False, text("lesson03.topo.package_sort"))
    return Feedback(True, text("lesson03.topo.right"))


# what a sort changed -> the message
_CHANGED_KEYS = {"grad": "lesson03.topo.changes_grads", "label": "lesson03.topo.changes_label",
                 "data": "lesson03.topo.changes_graph", "_prev": "lesson03.topo.changes_graph",
                 "_op": "lesson03.topo.changes_graph",
                 "_local_grads": "lesson03.topo.changes_graph"}


def _call(function, *args, doing):
    """call_learner_code, with the time limit read when called (a test may shorten it)."""
    return call_learner_code(function, *args, doing=doing, seconds=learner_code.SECONDS,
                             walks_graph=True)


def _took_too_long(trouble, doing):
    """Whether ``trouble`` is call_learner_code's report of a call stopped by the time limit."""
    return trouble.message == learner_code.too_long(doing, learner_code.SECONDS, walks_graph=True)


def _judge_order(got, root, nodes, graph, build, earlier_graphs, topological_sort):
    """What is wrong with the list ``got`` that the learner's sort returned for the
    graph of ``root`` (``nodes``), or ``None`` if it is a topological order."""
    if got is None:
        return Feedback(False, text("lesson03.topo.none"))
    if isinstance(got, (set, frozenset, dict)):
        return Feedback(False, text("lesson03.topo.unordered", type=kind_of(got)))
    if not hasattr(got, "__iter__"):
        return not_a_number(got, text("lesson03.topo.list_kind"))
    if hasattr(got, "__next__"):  # a generator or iterator: read once, and never reversed
        return Feedback(False, text("lesson03.topo.iterator", type=kind_of(got)))
    # reading a container of the learner's own class runs their code: under the time limit too
    order, trouble = _call(list, got, doing=text("lesson03.topo.doing_read", graph=graph))
    if trouble is not None:
        return trouble
    strangers = [item for item in order if id(item) not in nodes]
    if any(id(item) in earlier_graphs for item in strangers) or (
            strangers and any(_kept_state(topological_sort).values())):
        return Feedback(False, text("lesson03.topo.carried_over", graph=graph,
                                    where=_where_state_is_kept(topological_sort, root)))
    if not order and len(nodes) > 1 and build not in _BIGGER:
        return Feedback(False, text("lesson03.topo.empty", graph=graph))
    if strangers:
        item = strangers[0]
        if isinstance(item, Value) or (hasattr(item, "_prev") and hasattr(item, "data")):
            return Feedback(False, text("lesson03.topo.stranger_value", graph=graph,
                                        node=_describe_node(item)))
        return Feedback(False, text("lesson03.topo.stranger", graph=graph, type=kind_of(item)))
    seen = Counter(id(item) for item in order)
    repeated = [node for key, node in nodes.items() if seen[key] > 1]
    missing = [node for key, node in nodes.items() if key not in seen]
    if repeated:
        node = repeated[0]
        # nodes left out too ([*root._prev, root]: no walk below the root's inputs) are said
        also = text("lesson03.topo.also_missing", nodes=listed(
            [_describe_node(n) for n in missing])) if missing else ""
        if node is root:  # nothing uses the root: a walk from it reaches it once
            return Feedback(False, text("lesson03.topo.root_twice", graph=graph,
                                        node=_describe_node(node), count=seen[id(node)]) + also)
        return Feedback(False, text(_TWICE_KEYS[build is _lecture_unlabelled], graph=graph,
                                    node=_describe_node(node), count=seen[id(node)]) + also)
    if missing:
        return _missing(missing, order, nodes, graph, build, topological_sort)
    position = {id(node): i for i, node in enumerate(order)}
    backwards = all(
        position[id(child)] > position[id(node)] for node in order for child in node._prev
    )
    if backwards and len(order) > 1:
        chance = _reversed_by_chance(topological_sort, root, build, graph)
        return Feedback(False, text(_REVERSED_KEYS[chance], graph=graph, root=quoted(root.label)))
    for node in order:
        for child in node._prev:
            if position[id(child)] > position[id(node)]:
                return Feedback(False, text("lesson03.topo.before_input", graph=graph,
                                            node=_describe_node(node),
                                            child=_describe_node(child)))
    return None


# whether the order is reversed by chance (another for a copy of the graph) -> the message
_REVERSED_KEYS = {True: "lesson03.topo.order_by_chance", False: "lesson03.topo.reversed"}


def _reversed_by_chance(topological_sort, original, build, graph):
    """Whether the sort, whose list was the reverse of a topological order, gives a new
    copy of the same graph (new objects, the same shape) an order that is not reversed:
    the order follows the objects (a set's, by their ids), not the graph. Not said where
    the same graph sorted again comes out otherwise too (code that changes between calls)."""
    for root in (original, build()):
        got, trouble = _call(topological_sort, root, doing=text("lesson03.topo.doing", graph=graph))
        if trouble is not None or not hasattr(got, "__iter__"):
            return False
        order, trouble = _call(list, got, doing=text("lesson03.topo.doing_read", graph=graph))
        if trouble is not None or sorted(map(id, order)) != sorted(_all_nodes(root)):
            return False
        position = {id(node): i for i, node in enumerate(order)}
        reversed_again = all(position[id(child)] > position[id(node)]
                             for node in order for child in node._prev)
        if reversed_again != (root is original):  # the same reversed; a copy not
            return False
    return True


# whether the graph is the unlabelled one (the labelled graphs before it, with nodes on
# several paths too, were sorted right: the sort tells nodes apart by label) -> the message
_TWICE_KEYS = {True: "lesson03.topo.twice_unlabelled", False: "lesson03.topo.twice"}


def _ids(got):
    """The ids of the items of a list that ``_judge_order`` read without trouble."""
    order, trouble = _call(list, got, doing=text("lesson03.topo.doing_read", graph=""))
    return None if trouble is not None else [id(item) for item in order]


def _overwrote(previous, got, graph, topological_sort):
    """``None`` if the list returned for the graph sorted before (``previous``) still
    holds what it held, else the message: the sort returns one list over and over."""
    earlier, earlier_list, ids = previous
    if _ids(earlier_list) == ids:
        return None
    where = " ".join(_kept_places(topological_sort)) or text("lesson03.state.unknown")
    return Feedback(False, text(_OVERWROTE_KEYS[earlier_list is got], graph=graph,
                                earlier=earlier, where=where))


# whether the sort returned the very list it returned before -> the message
_OVERWROTE_KEYS = {True: "lesson03.topo.same_list", False: "lesson03.topo.list_changed"}


def _is_topological(got, root):
    """Whether ``got`` lists every node of the graph of ``root`` once, each after its inputs."""
    if not hasattr(got, "__iter__"):
        return False
    order, trouble = _call(list, got, doing=text("lesson03.topo.doing_read", graph=""))
    if trouble is not None:
        return False
    position = {id(node): i for i, node in enumerate(order)}
    nodes = _all_nodes(root)
    return (len(order) == len(nodes) == len(position) and position.keys() == nodes.keys()
            and all(position[id(child)] < position[id(node)]
                    for node in order for child in node._prev))


#: at most how many missing nodes a message names
_NAMED_AT_MOST = 6


def _missing(missing, order, nodes, graph, build, topological_sort):
    """The message for a list that leaves out the nodes ``missing``."""
    if build is _lecture_unlabelled or (
            build is _same_labels and _sorts_all_when_distinct(topological_sort, build, "label")):
        return Feedback(False, text("lesson03.topo.missing_unlabelled", graph=graph,
                                    missing=len(missing), nodes=len(nodes)))
    inputs = {id(child) for node in nodes.values() for child in node._prev}
    if len(missing) == 1 and id(missing[0]) not in inputs:  # the one node nothing uses
        return Feedback(False, text("lesson03.topo.no_root", graph=graph,
                                    name=_describe_node(missing[0], quote=False)))
    listed_data = {node.data: node for node in order}
    twins = [listed_data.get(node.data) for node in missing]
    if all(twins) and _sorts_all_when_distinct(topological_sort, build, "data"):
        node, twin = missing[0], twins[0]
        return Feedback(False, text("lesson03.topo.missing_same_data", graph=graph,
                                    names=listed(_describe_node(n, quote=False) for n in missing),
                                    data=node.data, twin=_describe_node(twin, quote=False)))
    names = [_describe_node(node, quote=False) for node in missing]
    listed_ids = {id(node) for node in order}
    if all(not node._prev for node in missing) and all(
            id(node) in listed_ids for node in nodes.values() if node._prev):
        return Feedback(False, text_count("lesson03.topo.missing_leaves", len(names), graph=graph,
                                          names=listed(names)))
    if all(node._prev for node in missing) and all(
            (id(node) in listed_ids) != bool(node._prev) for node in nodes.values()
            if id(node) in inputs):  # (the root, which nothing uses, may be listed)
        # every leaf listed, every operation's node below the root left out: the walk
        # reached them all
        return Feedback(False, text_count("lesson03.topo.missing_operations", len(names),
                                          graph=graph, names=listed(names)))
    if build in _BIGGER:  # after the lesson's graphs were sorted right
        return Feedback(False, text("lesson03.topo.missing_many", graph=graph,
                                    missing=len(missing), nodes=len(nodes),
                                    names=listed(names[:_NAMED_AT_MOST])))
    if len(names) > _NAMED_AT_MOST:  # (a list cut short: not each of 240 names)
        return Feedback(False, text("lesson03.topo.missing_many", graph=graph,
                                    missing=len(missing), nodes=len(nodes),
                                    names=listed(names[:_NAMED_AT_MOST])))
    return Feedback(False, text("lesson03.topo.missing", graph=graph, names=listed(names)))


def _sorts_all_when_distinct(topological_sort, build, attribute):
    """Whether the learner's sort lists every node of the graph ``build()`` once every
    node has an ``attribute`` ("data" or "label") of its own: then equal data, or equal
    labels, is what made it skip nodes."""
    root = build()
    for i, node in enumerate(root.topological_order()):
        setattr(node, attribute, _DISTINCT[attribute](i))
    got, trouble = _call(topological_sort, root, doing=text(_DISTINCT_DOING[attribute]))
    return trouble is None and _is_topological(got, root)


# the i-th node's own data or label, and what the sort is doing then
_DISTINCT = {"data": lambda i: 1000.0 + i, "label": lambda i: f"n{i}"}
_DISTINCT_DOING = {"data": "lesson03.topo.doing_distinct",
                   "label": "lesson03.topo.doing_distinct_labels"}


# ----------------------------------------------------------------------
# What a learner's code may not do: change the graph, keep state, revisit
# ----------------------------------------------------------------------
def _snapshot(nodes, with_grad=False):
    """What a sort or backward loop must leave as it was, node by node (a sort also
    the grads)."""
    return {key: (node.data, tuple(id(child) for child in node._prev), node._op, node.label,
                  tuple(node._local_grads)) + ((node.grad,) if with_grad else ())
            for key, node in nodes.items()}


_SNAPSHOT_FIELDS = ("data", "_prev", "_op", "label", "_local_grads", "grad")


def _changed(nodes, before):
    """``{"node": ..., "attribute": ..., "now": ...}`` for the first node whose data,
    inputs, operation or label (and grad, if ``before`` has it) differ from ``before``,
    or ``{}``; the node is named by the label and data it had, ``now`` is the new label."""
    after = _snapshot(nodes, with_grad=len(next(iter(before.values()))) == len(_SNAPSHOT_FIELDS))
    for key, was in before.items():
        for field, old, new in zip(_SNAPSHOT_FIELDS, was, after[key]):
            if old != new:
                return {"node": _described(was[3], was[0]), "attribute": field,
                        "now": quoted(nodes[key].label)}
    return {}


class _Counted(Value):
    """A node that counts how often its inputs (``_prev``) are read."""

    __slots__ = ()
    reads = 0

    @property
    def _prev(self):
        _Counted.reads += 1
        return Value._prev.__get__(self)

    @_prev.setter
    def _prev(self, value):
        Value._prev.__set__(self, value)


@contextlib.contextmanager
def _counting_reads(nodes):
    """Count the reads of ``node._prev`` of ``nodes`` inside the block (in ``.count``)."""
    reads = types.SimpleNamespace(count=0)
    for node in nodes.values():
        node.__class__ = _Counted
    _Counted.reads = 0
    try:
        yield reads
    finally:
        reads.count = _Counted.reads
        for node in nodes.values():
            node.__class__ = Value


#: a sort that visits each node once reads a node's inputs a few times at most (once
#: to go down, maybe once more per input to see that it is done), and a slower one that
#: is still right in general (a list for visited, or sorting by each node's number of
#: ancestors) at most about once per pair of nodes; one that visits a node again on
#: every path to it reads them about 2^13 times on the small stack's 37 nodes
def _reads_past_quadratic(reads, nodes):
    return reads > len(nodes) ** 2


def _doubles_per_diamond(topological_sort, reads):
    """Whether ``topological_sort``, which read the small stack's inputs ``reads`` times,
    reads them more than 3 times as often on a stack two diamonds taller: about 4 times
    for a sort that visits a node again on every path to it, at most (43/37)^4 = 1.8
    times for one whose work grows as a power of the number of nodes (or it ran out of time)."""
    root = _diamonds(SMALL_STACK + 2)
    nodes = _all_nodes(root)
    with _counting_reads(nodes) as taller:
        _, trouble = _call(topological_sort, root, doing=text(
            "lesson03.topo.doing", graph=text("lesson03.graph.diamonds", count=SMALL_STACK + 2)))
    return trouble is not None or taller.count > 3 * reads


# the containers a learner's function keeps, and how to make a fresh one
def _holds_nodes(value):
    if type(value) not in CONTAINERS:
        return False
    items = list(value.keys()) + list(value.values()) if isinstance(value, dict) else value
    return any(isinstance(item, Value) for item in items)


def _kept_state(function):
    """Where ``function`` keeps lists or sets of nodes from one call to the next:
    ``{"default": [(name, "[]"), ...], "global": [...], "enclosing": [...]}``.
    The functions it calls by a global name are looked into too."""
    found = {"default": [], "global": [], "enclosing": [], "attribute": []}
    owner = getattr(function, "__self__", None)  # a method's object
    if isinstance(function, types.MethodType):
        attributes = {**vars(type(owner)), **getattr(owner, "__dict__", {})}
        found["attribute"] = [(name, CONTAINERS[type(value)]) for name, value in attributes.items()
                              if _holds_nodes(value)]
    for reached in _reached_functions(function):
        places = {"default": mutable_defaults(reached), "enclosing": _closure_values(reached),
                  "global": [(name, reached.__globals__.get(name))
                             for name in sorted(global_names(reached.__code__))]}
        for place, named in places.items():
            for name, value in named:
                if _holds_nodes(value) and (name, CONTAINERS[type(value)]) not in found[place]:
                    found[place].append((name, CONTAINERS[type(value)]))
    return found


def _closure_values(function):
    """(name, value) of each variable ``function`` reads from an enclosing function."""
    named = []
    for name, cell in zip(function.__code__.co_freevars, function.__closure__ or ()):
        try:
            named.append((name, cell.cell_contents))
        except ValueError:  # a cell not filled yet
            continue
    return named


def _reached_functions(function):
    """``function`` (a method's own function) and the learner's functions it calls by a
    global name, and those they call in turn: each once, in the order reached. The
    package's own functions, and callables with no code, are left out."""
    reached, todo = [], [getattr(function, "__func__", function)]
    while todo:
        current = todo.pop()
        if getattr(current, "__code__", None) is None or any(current is f for f in reached):
            continue
        reached.append(current)
        called = [current.__globals__.get(name) for name in sorted(global_names(current.__code__))]
        todo.extend(reversed([value for value in called if isinstance(value, types.FunctionType)
                              and not _in_package(value)]))
    return reached


def _in_package(function):
    return (function.__module__ or "").startswith("micrograd_lite")


_STATE_KEYS = {"default": "lesson03.state.default", "global": "lesson03.state.global",
               "enclosing": "lesson03.state.enclosing", "attribute": "lesson03.state.attribute"}


def _where_state_is_kept(function, root):
    """The sentences that say where ``function`` keeps nodes between calls: the
    places found in its code, or else marks left on the nodes, or else where to look."""
    said = _kept_places(function)
    if said:
        return " ".join(said)
    marks = {}  # attribute name -> the nodes that hold it
    for node in root.topological_order():
        for name in getattr(node, "__dict__", {}):
            marks.setdefault(name, []).append(node)
    on_root = sorted(name for name, held in marks.items() if len(held) == 1 and held[0] is root)
    on_nodes = sorted(name for name in marks if name not in on_root)
    if on_root:
        said.append(text("lesson03.state.root_marks", root=_describe_node(root),
                         names=listed(f"`{name}`" for name in on_root)))
    if on_nodes:
        said.append(text("lesson03.state.marks",
                         names=listed(f"node.{name}" for name in on_nodes)))
    return " ".join(said) or text("lesson03.state.unknown")


def _kept_places(function):
    """Sentences that say where ``function`` keeps lists or sets of nodes between calls
    and how to make them inside it, or ``[]``."""
    said = []
    for place, kept in _kept_state(function).items():
        if kept:
            if place == "default":
                names = listed(f"{name}={empty}" for name, empty in kept)
            elif place == "attribute":
                names = listed(f"self.{name}" for name, _ in kept)
            else:
                names = listed(name for name, _ in kept)
            fix = "; ".join(f"{name} = {empty}" for name, empty in kept)
            said.append(text(_STATE_KEYS[place], names=names, fix=fix))
    return said


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


def _overwrites(root, order=worked_topological_sort):
    """= for +=: the last share into a node stays, and which is last depends on the order."""
    root.grad = 1.0
    for node in reversed(order(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad = local * node.grad


def _subtracts(root):
    """-= for +=: each share taken away, so signs turn at every node between."""
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad -= local * node.grad


def _every_grad_one(root):
    for node in reversed(worked_topological_sort(root)):
        node.grad = 1.0
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad


def _reset_after_passing(root):
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad
        if node is not root:
            node.grad = 0.0


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


def _root_grad_for_node_grad(root):
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * root.grad


def _pairs_mismatched(root):
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, reversed(node._local_grads)):
            child.grad += local * node.grad


def _first_share_only(root, per_node=True, order=worked_topological_sort):
    """A child passed on only the first share it is given. ``per_node``: within one
    operation, zip(set(node._prev), ...) or dict(zip(...)), so a node used twice as an
    input of one operation (a + a) gets one share instead of two. Otherwise a visited set
    kept by the whole backward loop (as by the sort): the later paths are skipped, and
    which share is first depends on the order walked (the lesson's sort, or
    Value.topological_order)."""
    root.grad = 1.0
    seen = set()
    for node in reversed(order(root)):
        if per_node:
            seen = set()
        for child, local in zip(node._prev, node._local_grads):
            if child not in seen:
                seen.add(child)
                child.grad += local * node.grad


def _first_input_only(root):
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        if node._prev:
            node._prev[0].grad += node._local_grads[0] * node.grad


def _leaves_skipped(root):
    """Grads passed only to children that have inputs (if child._prev: ...)."""
    root.grad = 1.0
    for node in reversed(worked_topological_sort(root)):
        for child, local in zip(node._prev, node._local_grads):
            if child._prev:
                child.grad += local * node.grad


def _naive_order(node):
    """Lesson 03's ``naive_order``: a node listed once for every path to it."""
    return [listed for child in node._prev for listed in _naive_order(child)] + [node]


def _naive_walk(root):
    """The worked loop, over the lesson's naive_order: a node's _backward runs once per path."""
    root.grad = 1.0
    for node in reversed(_naive_order(root)):
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad


def _pushed_down(root):
    """Each share passed on down at once, with no order (here by recursion; a loop that
    pushes each share on down as soon as it is added gives the same grads): a node passes
    on its grad every time it gets a share, all it holds so far."""
    def push(node):
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad
            push(child)
    root.grad = 1.0
    push(root)


_BACKWARD_SLIPS = (
    (_naive_walk, lambda: text("lesson03.backward.naive_order")),
    (_pushed_down, None),  # told after the learner's code: see _hint_text
    (_no_root_grad, lambda: text("lesson03.backward.no_root_grad")),
    (_overwrites, lambda: text("lesson03.backward.overwrites")),
    (_subtracts, lambda: text("lesson03.backward.subtracts")),
    (lambda root: _overwrites(root, Value.topological_order),
     lambda: text("lesson03.backward.overwrites")),
    (_forward_order, lambda: text("lesson03.backward.forward_order")),
    (_local_only, lambda: text("lesson03.backward.local_only")),
    (_root_grad_for_node_grad, lambda: text("lesson03.backward.root_grad")),
    (_upstream_only, lambda: text("lesson03.backward.upstream_only")),
    (_pairs_mismatched, lambda: text("lesson03.backward.pairs_mismatched")),
    (_first_share_only, lambda: text("lesson03.backward.inputs_deduplicated")),
    (_first_input_only, lambda: text("lesson03.backward.first_input_only")),
    (lambda root: _first_share_only(root, per_node=False),
     lambda: text("lesson03.backward.children_once")),
    (lambda root: _first_share_only(root, per_node=False, order=Value.topological_order),
     lambda: text("lesson03.backward.children_once")),
    (_leaves_skipped, lambda: text("lesson03.backward.leaves_skipped")),
    (_every_grad_one, lambda: text("lesson03.backward.every_grad_one")),
    (_reset_after_passing, lambda: text("lesson03.backward.reset_in_loop")),
)


# whether the learner's code passes grads on by a recursion -> how a push down each path
# at once is told: a loop can do it too, so recursion is named alone only when it is seen
_PUSHED_DOWN_KEYS = {True: "lesson03.backward.pushed_down",
                     False: "lesson03.backward.pushed_down_at_once"}


def _hint_text(hint, backward_pass):
    """What a slip of :data:`_BACKWARD_SLIPS` tells ``backward_pass``."""
    return hint() if hint else text(_PUSHED_DOWN_KEYS[_recurses_on_grads(backward_pass)])


def _recurses_on_grads(function):
    """Whether ``function``, a function defined inside it, or a function of the learner's
    it calls by a global name, calls itself and uses ``.grad``: a recursion that passes
    grads on (a recursive sort uses no grad). Read from the code: a recursion reached
    otherwise (through a method, say) is not seen."""
    return any(_calls_own_name(code) and "grad" in names_used(code)[1]
               for reached in _reached_functions(function)
               for code in _codes_within(reached.__code__))


def _codes_within(code):
    """``code`` and the code of every function defined inside it."""
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _codes_within(constant)


def _calls_own_name(code):
    """Whether ``code`` reads its own function's name: by a global, or, for a function
    defined inside another, from the one that encloses it."""
    return code.co_name in global_names(code) | set(code.co_freevars)


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


@watches_kept_state
def check_backward_pass(backward_pass):
    """Coding exercise: ``backward_pass(root)`` fills every grad of the graph of
    ``root`` by the chain rule, as ``Value.backward()`` does on a fresh graph.

    It is tried on the lesson's graphs and on bigger ones of other shapes, one
    after the other; it must leave the graphs it ran on before alone, give the
    same grads when run again on a graph whose grads were set back to 0, and
    change nothing but grads."""
    if backward_pass is None:
        return placeholder(text("lesson03.backward.what"))
    if not callable(backward_pass):
        return not_a_number(backward_pass, text("lesson03.backward.kind"))
    if inspect.isgeneratorfunction(backward_pass):  # a call makes a generator, runs nothing
        return Feedback(False, text("lesson03.backward.generator_function",
                                    name=backward_pass.__name__))
    if _is_package_method(backward_pass, "backward"):
        return Feedback(False, text("lesson03.backward.is_package"))
    done = []  # (graph, root, grads) of the graphs run on before
    state_at_start = learner_code.state_of(backward_pass)
    calls = 0  # of backward_pass, so far
    # (a lone input too: its grad is 1 after a pass, as backward() leaves it)
    for describe, build in _LESSON_GRAPHS + tuple(g for g in _GRAPHS[4:]
                                                  if g[1] in _BIGGER + _SHAPES + (_neuron, _leaf)) \
            + _BACKWARD_MORE:
        graph = describe()
        root = build()
        nodes = _all_nodes(root)
        before = _snapshot(nodes)
        returned, verdict = _run_backward_pass(backward_pass, root, graph)
        calls += 1
        if verdict is not None:
            return verdict
        changed = _changed(nodes, before)
        if changed:
            return Feedback(False, text(_BACKWARD_CHANGED_KEYS[changed["attribute"]],
                                        graph=graph, **changed))
        got = _grads(root)
        # (every grad 0, or all but the root's 1: the grads went into what it returned, a
        # dict or a list; a Value returned, root say, for chaining, holds no grads)
        if isinstance(returned, (dict, list, tuple)) and len(got) > 1 and \
                [g for _, g in got if g != 0.0] in ([], [1.0]):
            return Feedback(False, text("lesson03.backward.returned_grads", graph=graph,
                                        kind=kind_of(returned)))
        for earlier, earlier_root, grads in done:  # first: it explains wrong grads here too
            now = _grads(earlier_root)
            if not _same(now, grads):
                label, after, was = _first_difference(now, grads)
                return Feedback(False, text(
                    "lesson03.backward.touches_earlier", graph=graph, earlier=earlier,
                    label=label, was=was, now=after,
                    where=_where_state_is_kept(backward_pass, earlier_root)))
        verdict = _judge_grads(got, build, graph, backward_pass)
        if verdict is not None and done:  # right on the first graph then: is it still?
            drifted = _first_graph_again(backward_pass, first_graph, calls, state_at_start)
            verdict = verdict if drifted is None else drifted  # (a failing Feedback is falsy)
        if verdict is not None and _calls_itself(backward_pass):
            oracle = build()
            oracle.backward()
            label, mine, right = _first_difference(got, _grads(oracle))
            mine, right = differing(mine, right)
            return Feedback(False, text("lesson03.backward.recursive", graph=graph, label=label,
                                        got=mine, expected=right))
        if verdict is not None and _rules_per_operation(backward_pass):
            # a rule per operation: one with no rule (tanh, say) passes nothing on
            return Feedback(False, verdict.message + text("lesson03.backward.rules_per_operation"))
        if verdict is not None:
            return verdict
        if not done:  # the first graph: run again from grads set back to 0
            for node in nodes.values():
                node.grad = 0.0
            _, verdict = _run_backward_pass(backward_pass, root, graph)
            calls += 1
            if verdict is not None:
                return verdict
            first_graph = (graph, build, got)
            again = _grads(root)
            if not _same(again, got):
                label, second, first = _first_difference(again, got)
                second, first = differing(second, first)
                return Feedback(False, text(
                    "lesson03.backward.second_time", graph=graph, label=label, got=second,
                    expected=first, where=_where_state_is_kept(backward_pass, root)))
        done.append((graph, root, got))
    verdict = _twice_problem(backward_pass)
    if verdict is None:
        verdict = _other_operations_problem(backward_pass)
    if verdict is not None:
        return verdict
    return Feedback(True, text("lesson03.backward.right"))


def _other_operations():
    """r = (a / b) ** 2: operations the other graphs do not hold (their _op is neither
    +, * nor tanh), so a loop with a rule for each of those alone shows."""
    a, b = Value(3.0, label="a"), Value(-2.0, label="b")
    q = a / b; q.label = "q"  # noqa: E702
    r = q ** 2; r.label = "r"  # noqa: E702
    return r


def _other_operations_problem(backward_pass):
    """A Feedback if ``backward_pass`` is wrong on :func:`_other_operations`, else None."""
    graph = text("lesson03.graph.other_operations")
    root = _other_operations()
    _, trouble = _run_backward_pass(backward_pass, root, graph)
    if trouble is not None:
        return trouble
    oracle = _other_operations()
    oracle.backward()
    got, expected = _grads(root), _grads(oracle)
    if _same(got, expected):
        return None
    label, mine, right = _first_difference(got, expected)
    mine, right = differing(mine, right)
    message = text("lesson03.backward.wrong", graph=graph, label=label, got=mine, expected=right)
    if _rules_per_operation(backward_pass):
        message += text("lesson03.backward.rules_per_operation")
    return Feedback(False, message)


# what a backward pass changed besides grads -> the message
_BACKWARD_CHANGED_KEYS = {
    "label": "lesson03.backward.changes_label", "data": "lesson03.backward.changes_graph",
    "_prev": "lesson03.backward.changes_graph", "_op": "lesson03.backward.changes_graph",
    "_local_grads": "lesson03.backward.changes_graph"}


def _calls_itself(function):
    """Whether ``function`` calls itself (a recursive pass), seen as it runs on the
    lesson's first graph: its global name stands for a spy meanwhile, so a function that
    only reads its own attributes (a counter kept on it) is not taken for a recursion.
    A function defined inside another (its name a closure's) is judged by its code."""
    name, names = getattr(function, "__name__", None), getattr(function, "__globals__", None)
    if name is None:  # an object with __call__: its method is the code
        return False
    code = getattr(function, "__code__", None)
    if names is None or names.get(name) is not function:
        return code is not None and name in code.co_names + code.co_freevars
    calls = []

    def spy(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)

    names[name] = spy
    try:
        call_learner_code(function, _reused(), doing=text(
            "lesson03.backward.doing", graph=text("lesson03.graph.reused")))
    finally:
        names[name] = function
    return bool(calls)


def _twice_problem(backward_pass):
    """``None`` if two calls on p = a * b, with no zeroing between, leave p.grad = 1
    and add the two passes into a and b (as cell 39 shows), else the message."""
    a, b = Value(2.0, label="a"), Value(-3.0, label="b")
    p = a * b; p.label = "p"  # noqa: E702
    graph = text("lesson03.backward.twice_graph")
    for _ in range(2):
        _, verdict = _run_backward_pass(backward_pass, p, graph)
        if verdict is not None:
            return verdict
    if p.grad != 1.0:
        return Feedback(False, text("lesson03.backward.twice_root", got=shown(p.grad)))
    if (a.grad, b.grad) == (-3.0, 2.0):  # one pass only: the first was set back to 0
        return Feedback(False, text("lesson03.backward.twice_reset"))
    if (a.grad, b.grad) != (-6.0, 4.0):
        return Feedback(False, text("lesson03.backward.twice_wrong", a=shown(a.grad),
                                    b=shown(b.grad)))
    return None


def _run_backward_pass(backward_pass, root, graph):
    """Run the learner's ``backward_pass(root)``: ``(what it returned, None)``, or
    ``(None, a Feedback)`` if it raised, ran too long or called the package's
    ``backward()``."""
    root.__class__ = _WatchedRoot  # records a call of the package's backward()
    returned, trouble = _call(backward_pass, root,
                              doing=text("lesson03.backward.doing", graph=graph))
    called = root.__class__ is _WatchedRoot and _WatchedRoot.called.pop(id(root), False)
    root.__class__ = Value
    if trouble is not None and _rules_per_operation(backward_pass) and any(
            node._op == "*" and len(node._prev) == 1 for node in _all_nodes(root).values()):
        # x0 * 0.5: the number is no node, so this '*' has one input (and one local derivative)
        return None, Feedback(False, trouble.message + text("lesson03.backward.one_input_product"))
    if trouble is not None:
        return None, trouble
    if called:
        return None, Feedback(False, text("lesson03.backward.calls_backward"))
    return returned, None


def _sorts_first_again(topological_sort, first, calls, state_at_start):
    """A Feedback if ``topological_sort``, right on the first graph at first (``first``:
    its description and root), does not sort it now, after ``calls`` calls: what it
    computes changes from one call to the next. Else None, also where the list holds
    nodes of other graphs (a list kept between calls: the message for it names it)."""
    graph, root = first
    again, trouble = _call(topological_sort, root, doing=text("lesson03.topo.doing", graph=graph))
    if trouble is not None or _is_topological(again, root):
        return None
    order, trouble = _call(list, again, doing=text("lesson03.topo.doing_read", graph=graph))
    nodes = _all_nodes(root)
    if trouble is not None or any(id(item) not in nodes for item in order):
        return None
    kept = learner_code.state_changed(state_at_start, learner_code.state_of(topological_sort))
    return Feedback(False, text(_SORTS_AGAIN_KEYS[bool(kept)], graph=graph, calls=calls,
                                where=_where_state_is_kept(topological_sort, root)))


# whether the check saw a place that can keep something change -> the message
_SORTS_AGAIN_KEYS = {True: "lesson03.topo.first_again", False: "lesson03.topo.first_again_unseen"}


def _first_graph_again(backward_pass, first, calls, state_at_start):
    """A Feedback if ``backward_pass``, right on the first graph at first (``first``: its
    description, its builder and those grads), is wrong on a new copy of it now, after
    ``calls`` calls: what it computes changes from one call to the next. Certain that it
    keeps something only where a place of :func:`state_of` changed. Else None."""
    graph, build, right = first
    root = build()
    _, trouble = _run_backward_pass(backward_pass, root, graph)
    if trouble is not None:
        return None
    now = _grads(root)
    if _same(now, right):
        return None
    label, got, expected = _first_difference(now, right)
    got, expected = differing(got, expected)
    kept = learner_code.state_changed(state_at_start, learner_code.state_of(backward_pass))
    return Feedback(False, text(_FIRST_AGAIN_KEYS[bool(kept)], graph=graph, calls=calls,
                                label=label, got=got, expected=expected,
                                where=_where_state_is_kept(backward_pass, root)))


# whether the check saw a place that can keep something change -> the message
_FIRST_AGAIN_KEYS = {True: "lesson03.backward.first_again",
                     False: "lesson03.backward.first_again_unseen"}


def _rules_per_operation(function):
    """Whether ``function`` reads the nodes' ``_op`` and names an operation ("*", "tanh"...):
    a backward loop with a rule per operation (one that reads ``_op`` only to find the
    leaves, ``_op == ""``, has none)."""
    code = getattr(function, "__code__", None)
    return code is not None and "_op" in names_used(code)[1] and any(
        name in _OPERATION_NAMES for inner in _codes_within(code) for const in inner.co_consts
        for name in (const if isinstance(const, (tuple, frozenset)) else (const,)))


_OPERATION_NAMES = {"+", "*", "-", "/", "**", "tanh", "exp", "relu", "neg"}


def _judge_grads(got, build, graph, backward_pass):
    """``None`` if the grads ``got`` of the graph ``build()`` are right, else the
    message: a slip named when it explains them, else the first wrong grad."""
    oracle = build()
    oracle.backward()
    expected = _grads(oracle)
    if _same(got, expected):
        return None
    # A slip is named from the lesson's graphs, which tell the slips apart. A loop right on
    # those and wrong on a later graph made none of them, though its grads there may match
    # one by chance (on the graph with paths of different lengths a wrong order gives
    # what "local derivative only" gives): it is told what that graph tries instead.
    if build in (g for _, g in _LESSON_GRAPHS):
        fits = [(slip, hint) for slip, hint in _BACKWARD_SLIPS if _slip_gives(slip, build, got)]
        if len(fits) == 1:  # a slip that gets another lesson graph wrong where the loop gets
            # it right is not the loop's (= once a child's grad is 1 looks like a share lost on
            # a + a); (where several fit, the list says so, and other slips are among them)
            fits = [(slip, hint) for slip, hint in fits
                    if not any(_slip_wrong_where_right(slip, other, backward_pass, graph)
                               for _, other in _LESSON_GRAPHS if other is not build)]
        if len(fits) > 1:  # the other lesson graphs may tell them apart, and a - a (where
            # = keeps the last share of a and a skip after the first share keeps the first)
            for _, other in _LESSON_GRAPHS + ((None, _self_difference),):
                root = other()
                if other is build or _run_backward_pass(backward_pass, root, graph)[1] is not None:
                    continue
                fits = [(slip, hint) for slip, hint in fits
                        if _slip_gives(slip, other, _grads(root))] or fits
        fits = list(dict.fromkeys(_hint_text(hint, backward_pass)  # (one slip in two orders)
                                  for _, hint in fits))
        if len(fits) == 1:
            return Feedback(False, text("lesson03.backward.slip", graph=graph, hint=fits[0]))
        if fits:  # several slips give these grads here: the check cannot tell which (and a
            # walk down each path at once gives them too where a node is used twice)
            return Feedback(False, text("lesson03.backward.slips", graph=graph, hints=numbered(
                [_within_a_list(hint) for hint in fits]
                + [text("lesson03.backward.slip.walk_order"),
                   text("lesson03.backward.slip.some_assigned"),
                   text("lesson03.backward.slip.other_change")])))
    if build in (_lecture_unlabelled, _same_labels):  # right where every label is another
        return Feedback(False, text("lesson03.backward.by_label", graph=graph))
    label, g, e = _first_difference(got, expected)
    if build is _zero_factor:
        g, e = differing(g, e)
        return Feedback(False, text("lesson03.backward.zero_grad", graph=graph, label=label,
                                    got=g, expected=e))
    leaves = {node.label for node in worked_topological_sort(oracle) if not node._prev}
    wrong = [(lab, grad) for (lab, grad), (_, want) in zip(got, expected)
             if not is_close(grad, want, 1e-9 * max(1.0, abs(want)))]
    if len(got) > 1 and [lab for lab, _ in wrong] == [oracle.label]:  # the root's own alone
        return Feedback(False, text("lesson03.backward.root_changed", graph=graph,
                                    label=oracle.label, got=shown(g)))
    if all(lab not in leaves and grad == 0 for lab, grad in wrong):  # the inputs are right
        return Feedback(False, text("lesson03.backward.between_zero", graph=graph, label=label,
                                    expected=shown(e)))
    g, e = differing(g, e)
    message = text("lesson03.backward.wrong", graph=graph, label=label, got=g, expected=e)
    if build in _TRIES:
        message += text(_TRIES[build])
    return Feedback(False, message)


def _within_a_list(hint):
    """``hint`` as an item of a numbered list: a list of its own numbered (1), (2)... in
    Chinese is numbered ①, ②... so that no number stands twice."""
    return re.sub(r"（([1-9])）", lambda m: "①②③④⑤⑥⑦⑧⑨"[int(m.group(1)) - 1], hint)


def _slip_wrong_where_right(slip, build, backward_pass, graph):
    """Whether ``backward_pass`` gets the graph ``build()`` right while ``slip`` gets it
    wrong there."""
    root = build()
    if _run_backward_pass(backward_pass, root, graph)[1] is not None:
        return False
    oracle = build()
    oracle.backward()
    right = _grads(oracle)
    return _same(_grads(root), right) and not _slip_gives(slip, build, right)


def _slip_gives(slip, build, grads):
    """Whether the slip ``slip`` leaves ``grads`` on a fresh graph ``build()``."""
    twin = build()
    slip(twin)
    return _same(grads, _grads(twin))


# what a small graph of an unusual shape tries, for a loop right on the lesson's graphs
# what a wrong sort of a graph is told besides (see _TRIES for the backward pass)
_SORT_TRIES = {_special_data: "lesson03.topo.tries_special_data"}

_TRIES = {_skip: "lesson03.backward.tries_skip", _twins: "lesson03.backward.tries_twins",
          _minus_one_share: "lesson03.backward.tries_minus_one",
          _minus_one_twice: "lesson03.backward.tries_minus_one_twice",
          _zero_locals: "lesson03.backward.tries_zero_locals"}


def _first_difference(grads, other):
    """``(label, grad, other grad)`` of the first node whose grads differ."""
    return next((label, g, o) for (label, g), (_, o) in zip(grads, other)
                if not is_close(g, o, 1e-9 * max(1.0, abs(o))))


# ----------------------------------------------------------------------
# Exercise: gradients add up
# ----------------------------------------------------------------------
def _overwritten(value):
    return text("lesson03.accumulate.overwritten", value=value)


@reads_answer_in_time
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
            (1.0, 1e-9, text("lesson03.accumulate.direct_only")),
            (12.0, 1e-9, text("lesson03.accumulate.value_of_t")),
            (9.0, 1e-9, text("lesson03.accumulate.value_of_square")),
            (14.0, 1e-9, text("lesson03.accumulate.twice")),
            (0.0, 0.0, text("lesson03.accumulate.zero")),  # s.grad before any backward pass
            (7.0, 0.15, lambda value: text("lesson03.accumulate.estimate", value=value)),  # h up to 0.1
        ],
        otherwise=lambda value: text("lesson03.accumulate.otherwise", value=shown_beside(value, 7.0)),
        value_means="grad",
        name="s",
    )


def _network(x, y, w1, b1, w2, b2):
    h = 1.0 / (1.0 + math.exp(-(w1 * x + b1)))
    y_hat = w2 * h + b2
    return h, y_hat


# two points where every argument is beyond 100 in one of them, not whole, with z = w1 x + b1
# still small (0.60625, -0.125), so that h(1 - h) is no plain 0: a formula right only for
# small numbers shows there. No two of the numbers make more than 660 in size (a z built with
# w2 for w1, or b1 with its sign lost), so that math.exp(±z) of such a slip still gives a
# number, and the slip gets its message, not an OverflowError
_FAR_B1_POINTS = (
    (112.5, -130.75, 0.0125, -0.8, -5.25, 104.5),
    (0.625, -410.5, -480.0, 299.875, 570.5, -290.25),
)
# points (x, y, w1, b1, w2, b2) at which a learner's formula is compared
# (the fourth shares the first's w1 and b1 with another x: a formula that keeps h, or
# anything, from an earlier call shows)
_TRIAL_POINTS = (
    (2.0, 0.5, 0.8, -0.2, 1.5, 0.1),
    (-1.0, 1.0, 0.3, 0.4, -2.0, 0.5),
    (0.5, -0.5, -1.2, 0.7, 0.9, -0.3),
    (1.0, 0.5, 0.8, -0.2, 1.5, 0.1),
    # the first point's x with another target: dL/db1 < 0 here (abs() shows), and a
    # result kept by x alone is the first point's
    (2.0, 1.5, 0.8, -0.2, 1.5, 0.1),
    # z = w1 x + b1 below 0 (-1.05), where the others have it above: a sigmoid right only
    # for z >= 0 shows
    (1.5, -0.2, -0.9, 0.3, 1.2, -0.1),
    # x = 0 and y = 0, with z far below 0 (-3.5): a formula that divides by x, skips y = 0
    # or cuts the sigmoid off below some z shows
    (0.0, 0.0, 0.7, -3.5, 1.1, 0.2),
    # whole numbers, as a learner types them (z = 1)
    (2, 1, 1, -1, 2, 0),
    # the first point's x and y with other weights: a result kept by (x, y) is the first's
    (2.0, 0.5, -0.4, 0.6, -1.1, 0.3),
    # z far above 0 (4.5), where the sigmoid is flat but not 0, and y far off: one cut off to 1
    # beyond some z shows
    (2.0, -5.0, 2.0, 0.5, 1.3, -0.2),
    # z = 6.5: a z clamped to [-5, 5] "against overflow" shows
    (3.0, -5.0, 2.0, 0.5, 1.3, -0.2),
    # the same z with y near ŷ: dL/db1 is 0.00077 (a small gradient rounded to 0 shows)
    (3.0, 0.9, 2.0, 0.5, 1.3, -0.2),
    # w1 = w2 and y = b2 (a formula that treats equal numbers apart shows)
    (1.5, 0.25, 0.6, -0.1, 0.6, 0.25),
    # and 0, 1 and -1 in each of the six numbers in turn: a shortcut written for one shows
) + one_at_a_time((0.7, -0.4, 1.3, -0.6, 0.8, 0.2)) + _FAR_B1_POINTS


_B1_ARGUMENTS = ("x", "y", "w1", "b1", "w2", "b2")


def _arguments_ignored(answers, close):
    """The one or two arguments (``["x", "y"]``, say) that a function gives the right
    dL/db1 for only at the lesson's values, as if they were fixed there; else None."""
    lesson = _TRIAL_POINTS[0]
    for count in (1, 2):
        for chosen in itertools.combinations(range(len(_B1_ARGUMENTS)), count):
            def fixed(point):
                return [lesson[i] if i in chosen else v for i, v in enumerate(point)]
            if all(close(got, _autograd_b1(*fixed(point))) for point, got in answers):
                return [_B1_ARGUMENTS[i] for i in chosen]
    return None


def _arguments_swapped(answers, close):
    """The def line (``y, x, w1, b1, w2, b2``, say) of a function that gives, at every
    point, the right dL/db1 with two of its arguments swapped; else None."""
    for i, j in itertools.combinations(range(len(_B1_ARGUMENTS)), 2):
        def swapped(point):
            values = list(point)
            values[i], values[j] = values[j], values[i]
            return values
        if all(close(got, _autograd_b1(*swapped(point))) for point, got in answers):
            return ", ".join(swapped(_B1_ARGUMENTS))
    return None


class _Overflowed:
    """What _far_overflow_kept returns for an overflow at a far point: the error raised."""

    def __init__(self, error):
        self.error = error


def _far_overflow_kept(grad_b1):
    """``grad_b1``, but returning an _Overflowed where it overflows at a far point: a slip
    in z (w2 for w1, a sign lost) overflows math.exp there, and is named better by the
    smaller points."""
    def call(*point):
        try:
            return grad_b1(*point)
        except OverflowError as error:
            if point in _FAR_B1_POINTS:
                return _Overflowed(error)
            raise
    return call


def _b1_doing(point):
    return text("lesson03.grad_b1.doing", point=", ".join(f"{v:g}" for v in point))


def _autograd_b1(x, y, w1, b1, w2, b2):
    """dL/db1 by the engine's backward pass (an independent oracle)."""
    b1_value = Value(b1)
    z = w1 * x + b1_value
    y_hat = w2 * z.sigmoid() + b2
    loss = (y - y_hat) ** 2
    loss.backward()
    return b1_value.grad


# whether the def line lists the exercise's parameters in its order -> where two trade places
_SWAPPED_KEYS = {True: "lesson03.grad_b1.swapped_in_body", False: "lesson03.grad_b1.arguments_swapped",
                 None: "lesson03.grad_b1.arguments_swapped"}


def _tanh_network_b1(x, y, w1, b1, w2, b2):
    """dL/db1 of the same network with tanh where the sigmoid belongs (lessons 02 and 03's
    activation): h = tanh(z), its derivative 1 - h²."""
    h = math.tanh(w1 * x + b1)
    return 2 * (w2 * h + b2 - y) * w2 * (1 - h * h)


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
    (_slip(lambda x, y, w2, h, y_hat: 2 * (y_hat - y) * h),
     lambda: text("lesson03.grad_b1.dL_dw2")),
    (_tanh_network_b1, lambda: text("lesson03.grad_b1.tanh")),
)


def _is_package_method(function, method):
    """Whether ``function`` is the package's ``Value.<method>`` itself (or bound to a Value),
    given as the answer in place of code of the learner's own."""
    return getattr(function, "__func__", function) is getattr(Value, method)


@contextlib.contextmanager
def _watching(method="backward"):
    """A list that is not empty once the package's ``Value.<method>`` ran in the block."""
    called = []
    original = getattr(Value, method)

    @functools.wraps(original)  # its name too: "call it, .topological_order()"
    def watched(self, *args, **kwargs):
        called.append(True)
        return original(self, *args, **kwargs)
    setattr(Value, method, watched)
    try:
        yield called
    finally:
        setattr(Value, method, original)


def _near_or_rounded(got, right):
    """Whether ``got`` is within 1% or 0.001 of ``right`` (as an estimate by nudging b1 is),
    or ``right`` rounded to some number of decimals: a number 50% off a small gradient
    (0.0169 for 0.0113) is neither, though it is within 0.01."""
    return (is_close(got, right, max(1e-2 * abs(right), 1e-3))
            or got != 0 and any(is_close(got, round(right, digits), 1e-12) for digits in range(1, 7)))


@watches_kept_state
def check_grad_b1(grad_b1):
    """Exercise: ``grad_b1(x, y, w1, b1, w2, b2)`` returns 2 (y_hat - y) w2 h (1 - h)."""
    if grad_b1 is None:
        return placeholder(text("lesson03.grad_b1.what"))
    if not callable(grad_b1):
        return not_a_number(grad_b1, text("lesson03.grad_b1.kind"))
    answers = []  # (point, the learner's number) at every call: each point twice
    overflowed = []  # far points where math.exp overflowed: a z the right formula has not
    for point in _TRIAL_POINTS * 2:
        with _watching() as called:
            result, trouble = call_learner_code(_far_overflow_kept(grad_b1), *point,
                                                doing=_b1_doing(point))
        if trouble is not None:
            return trouble
        if isinstance(result, _Overflowed):
            overflowed.append((point, result.error))
            continue
        if called:  # right or not, the number came from autograd, not from a formula
            return Feedback(False, text("lesson03.grad_b1.autograd"))
        if isinstance(result, Value):
            if is_close(result.data, _autograd_b1(*point), 1e-9):  # Value(the formula's number)
                return Feedback(False, text("lesson03.grad_b1.value_of_the_number",
                                            data=shown(result.data)))
            return Feedback(False, text("lesson03.grad_b1.value", data=result.data,
                                        grad=result.grad))
        got = as_number(result)
        if got is None:
            return Feedback(False, text("lesson03.grad_b1.not_a_number", result=result))
        answers.append((point, got))

    def close(value, target):  # the formula is exact: only float rounding may differ
        return is_close(value, target, 1e-11 * max(1.0, abs(target)))

    wrong = [(point, got) for point, got in answers if not close(got, _autograd_b1(*point))]
    if not wrong and overflowed:  # right at every smaller point: the overflow is the problem
        point, error = overflowed[0]
        x, _, w1, b1, *_ = point
        return Feedback(False, describe_error(error, _b1_doing(point))
                        + text("lesson03.grad_b1.overflow_far", z=f"{w1 * x + b1:g}"))
    if not wrong:
        return Feedback(True, text("lesson03.grad_b1.right"))
    repeat = changed_on_repeat(answers)
    if repeat is not None:  # the same six numbers gave two answers
        point, earlier, later, call = repeat
        earlier, later = differing(earlier, later)
        return Feedback(False, text("lesson03.grad_b1.not_repeatable", earlier=earlier,
                                    later=later, call=call,
                                    **dict(zip(("x", "y", "w1", "b1", "w2", "b2"), point))))
    if len({got for _, got in answers}) == 1:  # while dL/db1 differs from point to point
        return Feedback(False, text("lesson03.grad_b1.same_everywhere", got=shown(answers[0][1]),
                                    points=len(_TRIAL_POINTS)))
    names = parameter_names(grad_b1)
    if (names is not None and names != _B1_ARGUMENTS and sorted(names) == sorted(_B1_ARGUMENTS)
            and all(close(got, _autograd_b1(**dict(zip(names, point)))) for point, got in answers)):
        # right by the names of its def line, which lists them in another order
        return Feedback(False, text("lesson03.grad_b1.def_order", order=", ".join(names)))
    for slip, hint in _GRAD_B1_SLIPS:  # named only if it explains every point
        if all(close(got, slip(*point)) for point, got in answers):
            return Feedback(False, hint())
    order = _arguments_swapped(answers, close)
    if order is not None:
        in_order = parameters_named(grad_b1, ("x", "y", "w1", "b1", "w2", "b2"))
        return Feedback(False, text(_SWAPPED_KEYS[in_order], order=order))
    ignored = _arguments_ignored(answers, close)
    if ignored is not None:
        return Feedback(False, text_count("lesson03.grad_b1.ignores", len(ignored),
                                         names=listed(ignored), values=listed(
                                             f"{name} = {_TRIAL_POINTS[0][_B1_ARGUMENTS.index(name)]:g}"
                                             for name in ignored)))
    point, got = wrong[0]
    x, y, w1, b1, w2, b2 = point
    # an earlier point gave this very number, where autograd differs: kept by the arguments
    # the two share
    kept = next((p for p, g in answers[:answers.index(wrong[0])]  # (0, right where w2 = 0,
                 if p != point and g == got and got != 0  # says nothing of what was kept)
                 and not close(_autograd_b1(*p), _autograd_b1(*point))), None)
    size_only = all(close(g, abs(_autograd_b1(*p))) for p, g in answers)
    got, autograd = differing(got, _autograd_b1(*point))
    where = dict(x=x, y=y, w1=w1, b1=b1, w2=w2, b2=b2, autograd=autograd, got=got)
    if size_only:
        return Feedback(False, text("lesson03.grad_b1.size_only", **where))
    if kept is not None:
        differ = [name for name, a, b in zip(_B1_ARGUMENTS, kept, point) if a != b]
        # the same point with those arguments moved on: a result kept by the others comes
        # back; code that treats this point's numbers apart follows them there
        moved = tuple(v + 0.37 if a != v else v for a, v in zip(kept, point))
        again, trouble = call_learner_code(grad_b1, *moved, doing=_b1_doing(moved))
        if trouble is None and as_number(again) is not None and not close(
                as_number(again), wrong[0][1]) and close(as_number(again), _autograd_b1(*moved)):
            return Feedback(False, text("lesson03.grad_b1.apart_at", **where, differ=listed(differ),
                                        values=listed(f"{name} = {v:g}" for name, a, v in
                                                      zip(_B1_ARGUMENTS, kept, point) if a != v)))
        return Feedback(False, text("lesson03.grad_b1.kept_between_calls", **where,
                                    differ=listed(differ)))
    if all(p in _FAR_B1_POINTS for p, _ in wrong):  # right wherever the numbers are small
        return Feedback(False, text("lesson03.grad_b1.wrong_only_far", **where))
    # (an estimate, or rounding, is off at most points: one wrong among exact ones is not it)
    if 2 * len(wrong) > len(answers) and all(_near_or_rounded(g, _autograd_b1(*p)) for p, g in answers):
        return Feedback(False, text("lesson03.grad_b1.estimate", **where))
    # shown at the lesson's point, the one a learner can work through by hand, if it is
    # clearly wrong there; else where it is furthest off (a number typed for the lesson's
    # point is off there by its rounding alone, and a formula's slip shows at another point)
    def off(pg):
        return abs(pg[1] - _autograd_b1(*pg[0])) / max(1.0, abs(_autograd_b1(*pg[0])))
    lesson = next((pg for pg in wrong if pg[0] == _TRIAL_POINTS[0] and off(pg) > 1e-3), None)
    point, got = lesson or max(wrong, key=off)
    got, autograd = differing(got, _autograd_b1(*point))
    where = dict(zip(("x", "y", "w1", "b1", "w2", "b2"), point), autograd=autograd, got=got)
    return Feedback(False, text("lesson03.grad_b1.wrong", **where))
