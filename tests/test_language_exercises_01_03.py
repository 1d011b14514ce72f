"""Exercise feedback of lessons 01-03 in Chinese.

Each wrong answer is checked twice: in English, then under ``set_language("zh")``.
The Chinese message must be Chinese and carry every number and every quoted
name of the English one; the English message must be exactly what it always was
(the existing tests of lessons 01-03 assert more English besides). English is
set back after every test, also when one fails.
"""

import math
import re
from collections import Counter

import pytest
from test_lesson02 import _mutating, _subclass, neuron_of_the_seed_numbers
from test_lesson03 import (
    backward_adding_one_to_the_root,
    backward_returning_its_grads,
    backward_zeroing_every_grad_first,
    BACKWARD_WITH_GLOBAL_ORDER,
    BACKWARD_WITH_GLOBAL_VISITED,
    STATE_OUTSIDE,
    learner_namespace,
    reversed_pairs,
    root_first,
    sort_by_data,
    sort_by_label,
    sort_cutting_the_inputs,
    sort_of_at_most,
    sort_revisiting_with_a_table,
    sort_visiting_before_testing,
    sort_with_shared_defaults,
)

from micrograd_lite import set_language
from micrograd_lite.engine import Value
from micrograd_lite.exercises import answers, lesson01, lesson02, lesson03
from micrograd_lite.exercises.fallback import yours_or_worked
from micrograd_lite.exercises.feedback import Feedback
from micrograd_lite.exercises.learner_code import call_learner_code
from micrograd_lite.language import language
from micrograd_lite.locales import TABLES

CJK = re.compile(r"[\u3400-\u9fff]")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")
# code a message quotes: `spans`, dotted names, names with _, calls, 'quoted' things
CODE = re.compile(r"`[^`]+`|\b[A-Za-z_]\w*(?:\.\w+)+|\b\w*_\w+\b|\b\w+\(|'[^']*'")


@pytest.fixture(autouse=True)
def english_after():
    """Every test starts and ends in English, whatever happens inside it."""
    set_language("en")
    yield
    set_language("en")


def in_both(check, make):
    """``check(make())``'s message in English, then in Chinese; checks the English
    one again afterwards (a fresh answer each time: some answers keep state)."""
    english = check(make())
    set_language("zh")
    try:
        chinese = check(make())
    finally:
        set_language("en")
    again = check(make())
    assert (again.correct, again.message) == (english.correct, english.message)
    assert chinese.correct == english.correct
    return english.message, chinese.message


def assert_same_facts(english, chinese):
    """Chinese prose, with every number and every quoted name of the English message."""
    assert CJK.search(chinese), chinese
    assert not CJK.search(english), english
    # "a factor 10" is "缩小到原来的十分之一" in Chinese: read the fraction words as numbers
    said = chinese.replace("十分之一", "1/10").replace("千分之一", "1/1000")
    # Chinese quotes an error's English text as code: compare the names inside it
    said, english = said.replace("`", ""), english.replace("`", "")
    # a label English quotes as 'a' Chinese quotes as “a”
    said = said.replace("“", "'").replace("”", "'")
    for pattern in (NUMBER, CODE):
        missing = Counter(pattern.findall(english)) - Counter(pattern.findall(said))
        assert not missing, (dict(missing), english, chinese)


# ----------------------------------------------------------------------
# learner answers: wrong ones, as a learner writes them
# ----------------------------------------------------------------------
def neuron_without_bias(x1, w1, x2, w2, b):
    return (x1 * w1 + x2 * w2).tanh()


def neuron_from_new_values(x1, w1, x2, w2, b):
    return (x1 * w1 + x2 * w2 + Value(b.data)).tanh()


def neuron_with_a_typo(x1, w1, x2, w2, b):
    n = x1 * w1 + x2 * w2 + b
    return n.tanhh()


class TinyValue:
    """The lesson's TinyValue, as lesson 02 defines it."""

    def __init__(self, data, _children=(), _op="", label=""):
        self.data = data
        self._prev = tuple(_children)
        self._op = _op
        self.label = label


class Reversed(TinyValue):
    def __sub__(self, other):
        return type(self)(other.data - self.data, (self, other), "-")


class PrevAsSet(TinyValue):
    def __sub__(self, other):
        out = type(self)(self.data - other.data, (), "-")
        out._prev = {self, other}
        return out


class ReturnsTheBase(TinyValue):
    def __sub__(self, other):
        return TinyValue(self.data - other.data, (self, other), "-")


def divide_sign_slip(a, b):
    return 1 / b, a / b**2


def divide_wrong_b(a, b):
    return 1 / b, 3.0


def topological_sort_without_visited(root):
    order = []

    def visit(node):
        for child in node._prev:
            visit(child)
        order.append(node)
    visit(root)
    return order


def backward_pass_twice(root):
    lesson03.worked_backward_pass(root)
    for node in lesson03.worked_topological_sort(root):
        node.grad *= 2


def _sigmoid(z):
    return 1 / (1 + math.exp(-z))


def grad_b1_flipped(x, y, w1, b1, w2, b2):
    h = _sigmoid(w1 * x + b1)
    y_hat = w2 * h + b2
    return 2 * (y - y_hat) * w2 * h * (1 - h)


def grad_b1_half(x, y, w1, b1, w2, b2):
    return 0.5 * w2


def neuron_overwriting_its_inputs(x1, w1, x2, w2, b):
    x1.data = (x1 * w1).data
    x2.data = (x2 * w2).data
    return (x1 + x2 + b).tanh()


def neuron_running_backward(x1, w1, x2, w2, b):
    o = (x1 * w1 + x2 * w2 + b).tanh()
    o.backward()
    return o


class WithoutSign(TinyValue):
    def __sub__(self, other):
        return type(self)(abs(self.data - other.data), (self, other), "-")


class ChangesQ(TinyValue):
    def __sub__(self, other):
        other.data = -other.data
        return type(self)(self.data + other.data, (self, other), "-")


def one_result_for_all():
    """A fresh class whose subtractions all hand back one node, rewritten."""
    class OneResult(TinyValue):
        def __sub__(self, other):
            if not hasattr(OneResult, "result"):
                OneResult.result = OneResult(0.0)
            OneResult.result.data = self.data - other.data
            OneResult.result._prev, OneResult.result._op = (self, other), "-"
            return OneResult.result
    return OneResult


class SmallNumbersOnly(TinyValue):
    def __sub__(self, other):
        return type(self)(self.data - other.data if abs(self.data) < 100 else 0.0, (self, other), "-")


def neuron_for_small_x1_only(x1, w1, x2, w2, b):
    return (x1 * w1 + x2 * w2 + b).tanh() if abs(x1.data) < 50 else Value(0.0)


def divide_for_small_b_only(a, b):
    return (1 / b, -a / b**2) if abs(b) < 10 else (0, 0)


def backward_two_levels_deep(root):
    root.grad = 1.0
    for child, local in zip(root._prev, root._local_grads):
        child.grad += local * root.grad
        for grandchild, local_below in zip(child._prev, child._local_grads):
            grandchild.grad += local_below * child.grad


def learner_cell(source, name):
    """A maker of ``name`` as a notebook cell defines it, in a fresh namespace each time."""
    return lambda: learner_namespace(source)[name]


def backward_changing_data(root):
    lesson03.worked_backward_pass(root)
    for node in root.topological_order():
        node.data -= 0.1 * node.grad


def fresh(answer):
    return lambda: answer


CASES = {
    # lesson 01
    "slope is f(-1)": (lesson01.check_slope, fresh(12)),
    "slope with h = 0.01": (lesson01.check_slope, fresh(-9.97)),
    "slope otherwise": (lesson01.check_slope, fresh(3.5)),
    "slope as text": (lesson01.check_slope, fresh("1e-8")),
    "slope as a list": (lesson01.check_slope, fresh([1])),
    "nudge_b a Value": (lesson01.check_nudge_b, lambda: Value(-8.0)),
    "nudge_b wrong sign": (lesson01.check_nudge_b, fresh(6)),
    "nudge_b otherwise": (lesson01.check_nudge_b, fresh(2.5)),
    "direction up": (lesson01.check_direction, fresh("increase")),
    "direction about L": (lesson01.check_direction, fresh("make L larger")),
    "direction a number": (lesson01.check_direction, fresh(3)),
    "direction another variable": (lesson01.check_direction, fresh("decrease a")),
    "direction the letter d": (lesson01.check_direction, fresh("d")),
    "direction another variable, in Chinese": (lesson01.check_direction, fresh("减小a")),
    "error factor reciprocal": (lesson01.check_error_factor, fresh(1 / 100)),
    "error factor reciprocal of forward": (lesson01.check_error_factor, fresh(0.1)),
    "error factor forward": (lesson01.check_error_factor, fresh(10)),
    "error factor below one": (lesson01.check_error_factor, fresh(0.5)),
    "error factor an error": (lesson01.check_error_factor, fresh(5e-4)),
    "error factor read off a curve": (lesson01.check_error_factor, fresh(0.0136)),
    # lesson 02
    "count with operations": (lesson02.check_value_count, fresh(10)),
    "count one too many": (lesson02.check_value_count, fresh(8)),
    "count otherwise": (lesson02.check_value_count, fresh(11)),
    "count a Value": (lesson02.check_value_count, lambda: Value(7.0)),
    "forward gives n": (lesson02.check_forward, fresh(1.8814)),
    "forward rounded": (lesson02.check_forward, fresh(0.95)),
    "forward otherwise": (lesson02.check_forward, fresh(0.5)),
    "neuron without bias": (lesson02.check_neuron, fresh(neuron_without_bias)),
    "neuron from new Values": (lesson02.check_neuron, fresh(neuron_from_new_values)),
    "neuron with a typo": (lesson02.check_neuron, fresh(neuron_with_a_typo)),
    "neuron overwriting its inputs": (lesson02.check_neuron, fresh(neuron_overwriting_its_inputs)),
    "neuron of the seed numbers": (lesson02.check_neuron, fresh(neuron_of_the_seed_numbers)),
    "neuron running backward": (lesson02.check_neuron, fresh(neuron_running_backward)),
    "subtraction reversed": (lesson02.check_subtraction, fresh(Reversed)),
    "subtraction _prev a set": (lesson02.check_subtraction, fresh(PrevAsSet)),
    "subtraction twice fails": (lesson02.check_subtraction, fresh(ReturnsTheBase)),
    "subtraction placeholder": (lesson02.check_subtraction, fresh(None)),
    "subtraction without sign": (lesson02.check_subtraction, fresh(WithoutSign)),
    "subtraction changes q": (lesson02.check_subtraction, fresh(ChangesQ)),
    "subtraction _prev of numbers": (lesson02.check_subtraction, fresh(_subclass(
        lambda self, other: type(self)(self.data - other.data, (self.data, other.data), "-")))),
    "subtraction _prev a generator": (lesson02.check_subtraction, fresh(_subclass(
        lambda self, other: type(self)(self.data - other.data, (x for x in (self, other)), "-")))),
    "subtraction changes q's _op": (lesson02.check_subtraction, fresh(_mutating("_op", "-"))),
    "subtraction one result for all": (lesson02.check_subtraction, one_result_for_all),
    # lesson 03
    "times_grad local only": (lesson03.check_times_grad, fresh(-4)),
    "times_grad a Value": (lesson03.check_times_grad, lambda: Value(-12.0)),
    "divide sign": (lesson03.check_divide_local_grads, fresh(divide_sign_slip)),
    "divide wrong b": (lesson03.check_divide_local_grads, fresh(divide_wrong_b)),
    "backward zeroes first": (lesson03.check_backward_pass, fresh(backward_zeroing_every_grad_first)),
    "backward adds to the root": (lesson03.check_backward_pass, fresh(backward_adding_one_to_the_root)),
    "backward returns its grads": (lesson03.check_backward_pass, fresh(backward_returning_its_grads)),
    "sort default arguments": (lesson03.check_topological_sort, sort_with_shared_defaults),
    "sort without visited": (lesson03.check_topological_sort, fresh(topological_sort_without_visited)),
    "sort preorder": (lesson03.check_topological_sort, fresh(root_first)),
    "sort by label": (lesson03.check_topological_sort, fresh(sort_by_label)),
    "sort of at most 60 steps": (lesson03.check_topological_sort, fresh(sort_of_at_most(60))),
    "sort visiting before testing": (lesson03.check_topological_sort,
                                     fresh(sort_visiting_before_testing)),
    "sort by data": (lesson03.check_topological_sort, fresh(sort_by_data)),
    "sort cutting the inputs": (lesson03.check_topological_sort, fresh(sort_cutting_the_inputs)),
    "sort with a global visited": (lesson03.check_topological_sort,
                                   learner_cell(STATE_OUTSIDE["global visited"][0], "topological_sort")),
    "sort in an enclosing function": (lesson03.check_topological_sort,
                                      learner_cell(STATE_OUTSIDE["enclosing function"][0],
                                                   "topological_sort")),
    "backward overwrites": (lesson03.check_backward_pass, fresh(lesson03._overwrites)),
    "backward twice": (lesson03.check_backward_pass, fresh(backward_pass_twice)),
    "backward pairs mismatched": (lesson03.check_backward_pass, fresh(reversed_pairs)),
    "backward with a global order": (lesson03.check_backward_pass,
                                     learner_cell(BACKWARD_WITH_GLOBAL_ORDER, "backward_pass")),
    "backward with a global visited": (lesson03.check_backward_pass,
                                       learner_cell(BACKWARD_WITH_GLOBAL_VISITED, "backward_pass")),
    "backward changing data": (lesson03.check_backward_pass, fresh(backward_changing_data)),
    "backward two levels deep": (lesson03.check_backward_pass, fresh(backward_two_levels_deep)),
    "subtraction for small numbers only": (lesson02.check_subtraction, fresh(SmallNumbersOnly)),
    "neuron for small x1 only": (lesson02.check_neuron, fresh(neuron_for_small_x1_only)),
    "divide for small b only": (lesson03.check_divide_local_grads, fresh(divide_for_small_b_only)),
    "accumulation one path": (lesson03.check_accumulation, fresh(3)),
    "accumulation two passes": (lesson03.check_accumulation, fresh(14)),
    "accumulation a Value": (lesson03.check_accumulation, lambda: Value(3.0)),
    "grad_b1 flipped": (lesson03.check_grad_b1, fresh(grad_b1_flipped)),
    "grad_b1 otherwise": (lesson03.check_grad_b1, fresh(grad_b1_half)),
}

ENGLISH = {
    'slope is f(-1)':
        '12 is the value f(-1), not its slope. Divide the change f(x + h) - f(x) by h.',
    'slope with h = 0.01':
        'That is the slope measured with h = 0.01. If you measured it, use h = 0.001; if you worked out the derivative by hand instead, check it term by term (3x² gives 6x).',
    'slope otherwise':
        '3.5 is not the slope at x = -1. Compute (f(-1 + h) - f(-1)) / h with h = 0.001.',
    'slope as text':
        "You gave the text '1e-8' (a str, in quotes). Write the number without quotes: answer = 1e-8",
    'slope as a list':
        'The answer should be a number; you gave a list.',
    'nudge_b a Value':
        'You gave a Value (data -8). -8 is the value of L itself (for a = 2). The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).',
    'nudge_b wrong sign':
        '6 has the right size and the wrong sign. Candidates: a sign slipped (in a, f or the difference L2 - L1; dL/db = a × f does not depend on b); it is dL/da (b × f), from nudging a instead of b; or the 3 went into f instead of a (a = 2 and f = 3 give a × f = 6: set a = 3 and keep f = -2). Compute (L2 - L1) / h, where L2 is the L computed with b + h.',
    'nudge_b otherwise':
        '2.5 is not dL/db. Compute L1 with a = 3, b = -3, c = 10, f = -2, then L2 with b + h, and print (L2 - L1) / h.',
    'direction up':
        'Look at the sign of dL/db. It is -4: when b goes up by h, L goes down by about 4h.',
    'direction about L':
        'The question is what to do with b (making L larger is the goal). Answer with one word for b: "increase" or "decrease".',
    'direction a number':
        'That is a number. Answer with a word, in quotes: "increase" or "decrease".',
    'error factor forward':
        "A factor 10 is what the forward difference gains, whose error shrinks like h. The central difference's error shrinks like h².",
    'error factor below one':
        '0.5 is below 1, which would mean the error grows. Give how many times SMALLER it gets: the error at 1e-2 divided by the error at 1e-3.',
    'error factor an error':
        '0.0005 looks like an error value, read off the curve. The factor is a ratio: divide the error at h = 1e-2 by the error at h = 1e-3.',
    'error factor read off a curve':
        '0.0136 is close to the error of the forward difference at h = 1e-2 (0.0136): a value read off a curve, not a factor. The factor is a ratio of two errors of the central curve: its error at h = 1e-2 divided by its error at h = 1e-3.',
    'count with operations':
        'You counted the operation nodes (*, +, *) too. They show how a Value was made; count only the boxes that hold data and grad.',
    'count one too many':
        'One too many. Count only the boxes that hold data and grad: the inputs a, b, c, f and the results e, d, L.',
    'count otherwise':
        '11 is not the count. Look at the drawing: each box with data and grad is one Value.',
    'forward gives n':
        "1.8814 is n. The neuron's output is o = tanh(n).",
    'forward rounded':
        '0.95 is the answer rounded to 2 decimals, too coarse to tell it from nearby wrong answers. Keep at least 4 significant digits, or put the variable itself in answer.',
    'forward otherwise':
        '0.5 is not o. Compute n = x1*w1 + x2*w2 + b with x2 = 1, then o = n.tanh().',
    'neuron without bias':
        'For x1=0.5, w1=1.5, x2=-1, w2=2, b=0.25 your neuron gives -0.8483. The bias b is missing from n = x1*w1 + x2*w2 + b.',
    'neuron from new Values':
        "The number is right, but the output's graph does not reach the Values you were given for b: build o from the arguments themselves. Candidates: new Values made of their data, an output made anew from a number you computed (Value(math.tanh(n.data)), say), an output kept from an earlier call with the same numbers, a term left out where it adds nothing at these numbers (x2 * w2 when x2 is 0, say), or a product left out where a factor is 1 (x2 in place of x2 * w2 when w2 is 1, say). In each case the backward pass of lesson 03 gives these Values no gradient.",
    'neuron with a typo':
        f"Your code raised AttributeError: 'Value' object has no attribute 'tanhh', while calling neuron_with_a_typo(x1, w1, x2, w2, b) with five Values. It came from line {neuron_with_a_typo.__code__.co_firstlineno + 2} in `neuron_with_a_typo`: `return n.tanhh()`.",
    'subtraction reversed':
        'p - q came out as q - p: -3 for p = 5, q = 2, and 5.5 for p = -1.5, q = 4. The operands are the wrong way round: self is the left operand, so compute self.data - other.data (other + (-self) turns them round too).',
    'subtraction _prev a set':
        '_prev of p - q is a set, and a set has no order: it cannot say which input is subtracted from which. Pass the tuple (self, other) as _children.',
    'subtraction twice fails':
        "p - q is right, but (p - q) - r fails. Your code raised TypeError: unsupported operand type(s) for -: 'TinyValue' and 'ReturnsTheBase', while computing (p - q) - r, a result subtracted again. Make the result an instance of ReturnsTheBase (for example type(self)(...)), so that it can be subtracted again.",
    'subtraction placeholder':
        'Replace `None` with your class (class MyTinyValue(TinyValue): ... with a __sub__), then run the cell again.',
    'times_grad local only':
        '-4 is the local derivative ∂p/∂q = r. Multiply it by the gradient that arrives from above, p.grad = 2.',
    'times_grad a Value':
        'You gave a Value (data -12, grad 0). The exercise gives p.grad = 2 by hand (p is not the end of a graph you run backward on): work out the number q.grad = (∂p/∂q) × p.grad and put that number in answer.',
    'divide sign':
        'At a = 6, b = 3 you return (0.3333, 0.6667). The sign of ∂p/∂b is wrong. 1/b shrinks as b grows: d(1/b)/db = -1/b², so ∂p/∂b = -a/b².',
    'backward zeroes first':
        'Called twice on p = a * b (a = 2, b = -3) with no zeroing between, your backward_pass gives a.grad = -3 and b.grad = 2, one pass only; they should be -6 and 4. Each call adds into .grad (the inputs\' grads of two passes add up), and only the caller sets grads back to 0. Candidates: grads set to 0 when your backward_pass starts, or a grad written with = (node.grad = ...) where += adds to what is there.',
    'backward adds to the root':
        'Called twice on p = a * b with no zeroing between, your backward_pass leaves p.grad = 2; it should be 1 after every call. Set root.grad = 1.0 (∂L/∂L is 1), do not add 1 to it.',
    'backward returns its grads':
        "On the graph of c (from b = a + a and c = b + b), your backward_pass returned a dict and left every grad below the root at 0. The check reads the gradients where backward() leaves them, in the .grad of each node. If your dict holds the gradients, store them in .grad instead (set root.grad = 1, then, node by node in reversed topological order, child.grad += local * node.grad); if not, set root.grad = 1 before the loop (∂L/∂L = 1), or there is nothing to pass on.",
    'divide wrong b':
        'At a = 6, b = 3 you return (0.3333, 3). ∂p/∂b should be -0.6667. Nudge a alone, then b alone (the other held still), in your head: p = a × (1/b).',
    'sort default arguments':
        'Sorting the graph of f (from d = a*b, e = a + b, f = d*e) after another graph, your list still holds nodes of the graph before: it carries over between calls. Default arguments are made once, when def runs, and shared by every call: order=[], visited=set(). Make them inside the function instead: order = []; visited = set().',
    'sort without visited':
        "For the graph of c (from b = a + a and c = b + b), your list has 'a' 4 times. A node used more than once is reached along several paths; list it once: mark each node as visited when you first reach it (visited.add(node), in a set) and skip the nodes already marked. If you do, look at where the append stands and what it appends: outside the `if node not in visited` block it runs for nodes already visited too, and an append of each child inside the loop over node._prev (order.append(child)) lists a child once for every node that uses it. Append the node itself, once, after that loop.",
    'sort preorder':
        "For the graph of c (from b = a + a and c = b + b), your list starts with the root 'c': it is in reverse. A topological order lists the inputs first and the root last (the backward pass then walks it reversed). Candidates: appending a node before visiting its children, reversing the list before returning it, or an order lost on the way (a set() keeps none). Append each node after visiting its children, and return that list as it is.",
    'sort by label':
        'For the graph of (a*b) * (a + b), whose nodes have no labels, your list misses 4 of its 5 nodes, though it sorted the labelled graphs. Nodes without labels (or with the same label) look alike by label: remember the visited nodes themselves (visited.add(node)), not node.label.',
    'backward overwrites':
        'The check ran it on the graph of c (from b = a + a and c = b + b). Your grads are the ones that child.grad = ... (instead of +=) leaves: the last path overwrites the others. Use child.grad += ... so that the paths add up.',
    'backward twice':
        "On the graph of c (from b = a + a and c = b + b), a.grad is 8 but should be 4. Places to look: root.grad = 1 before the loop; the walk in reversed topological order, from the root to the inputs, through every node (the nodes in between get their grads too, before their own turn); each child paired with its own local derivative, zip(node._prev, node._local_grads); child.grad += local * node.grad, with += for every node (not = for some, such as the ones in between); no node or child handled apart (an `if` on a grad or a local derivative, such as one for 0, 1 or -1); and your own topological_sort, if you use it.",
    'accumulation one path':
        "3 is one path alone; it is also what a backward pass with `=` instead of `+=` can leave behind, when the last path overwrites the others. Gradients from all paths add up.",
    'accumulation two passes':
        "14 is twice 7: two backward passes added into s.grad, and a leaf's grad adds up over passes. Either t.backward() ran twice, or a second graph built on the same s (t = s * s + s once more) was passed backward without setting s.grad to 0 first. Build s and t afresh and call t.backward() once.",
    'accumulation a Value':
        'You gave a whole Value (data 3, grad 0). The answer is one number, the .grad of s: answer = s.grad. The grad of the Value you gave is still 0: run the backward pass first.',
    'grad_b1 flipped':
        'The sign is flipped: ∂L/∂y_hat = 2 (y_hat - y), not 2 (y - y_hat).',
    'grad_b1 otherwise':
        "At x=2.0, y=0.5, w1=0.8, b1=-0.2, w2=1.5, b2=0.1 autograd gives 0.3824, your formula 0.75. Multiply the four local derivatives ∂L/∂y_hat × ∂y_hat/∂h × ∂h/∂z × ∂z/∂b1, each computed from the arguments the function is given (places to look: a factor left out, one too many, or a sign; the sigmoid's derivative h(1 - h); which weight each factor uses; and the forward pass, how z, h and y_hat are computed, b2 included).",
    'subtraction _prev of numbers':
        '_prev of p - q (p = 5, q = 2) holds numbers, (5.0, 2.0), not the nodes. Put the nodes themselves in it, (self, other): the graph is walked from the result back to p and q through _prev.',
    'subtraction _prev a generator':
        '_prev of p - q (p = 5, q = 2) is a generator; it should be a tuple of the two nodes, (self, other). A generator can be read only once: the first walk over the graph uses it up.',
    "subtraction changes q's _op":
        'p - q changed q itself: it now has _op = \'-\', which a new MyTinyValue has not. An operation makes a new node and changes nothing in its inputs; the new node it returns records them: MyTinyValue(self.data - other.data, (self, other), "-").',
    'direction the letter d':
        '"d" could be short for "decrease" or the variable d of L: write the whole word, "increase" or "decrease", for b.',
    'direction another variable':
        'Your answer is about a, but the question is about b: which way to move b to make L larger? Answer for b: "increase" or "decrease".',
    'direction another variable, in Chinese':
        'Your answer is about a, but the question is about b: which way to move b to make L larger? Answer for b: "increase" or "decrease".',
    'error factor reciprocal':
        '0.01 is 1/100: the error at h = 1e-3 divided by the error at h = 1e-2, the ratio the other way round. The question asks how many times smaller the error gets, the error at 1e-2 divided by the error at 1e-3: turn your ratio around.',
    'error factor reciprocal of forward':
        "0.1 is 1/10, a ratio the other way round: give how many times smaller the error gets, the error at 1e-2 divided by the error at 1e-3. And a factor 10 is what the forward difference gains, whose error shrinks like h; the central difference's error shrinks like h².",
    'count a Value':
        'You gave a Value (data 7). The answer is a count, a whole number: how many Values make up the graph of L.',
    'neuron of the seed numbers':
        "For x1=0.5, w1=1.5, x2=-1, w2=2, b=0.25 the output should be tanh(-1) = -0.7616, but it is 0.7071. That is the right output for x1=2, w1=-3, x2=0, w2=1, b=6.881, other inputs: the number does not follow the arguments. Likely causes: numbers written in the code, the notebook's own x1, w1, x2, w2, b used instead of the arguments, or a result kept from an earlier call.",
    'neuron overwriting its inputs':
        'Your function changes the Values it is given: after the call, x1.data is 0.75, not 0.5. Leave the inputs as they are and build new Values with their operations (x1 * w1 is a new node); o must be built from the inputs, so that its graph reaches every one of them.',
    'neuron running backward':
        'Your function changes the grads of the Values it is given: after the call, x1.grad is 0.629962, not 0. Only build o and return it; the backward pass that fills the grads comes in lesson 03.',
    'subtraction without sign':
        'p - q came out without its sign: 3 for p = 5, q = 2, and 5.5 for p = -1.5, q = 4, the size of the difference only. Compute self.data - other.data, without abs().',
    'subtraction changes q':
        'p - q changed q itself (q.data is now -2, was 2). An operation must leave its inputs alone and return a new node: ChangesQ(self.data - other.data, (self, other), "-").',
    'subtraction one result for all':
        'p - q gave 3 for p = 5, q = 2, but after one more subtraction of two other nodes that first result holds -5.5: your results share their data. Each p - q must return a node of its own. While the check called it, your code changed the attribute `OneResult.result`: a place that keeps something from one call to the next, and may be the cause.',
    'sort of at most 60 steps':
        "For the graph of x249, the end of a chain of 250 nodes x0, x1, ..., each the tanh of the one before, your list misses 250 of its 250 nodes, among them x0, x1, x2, x3, x4, x5, though it sorted the lesson's smaller graphs. Look for a limit: a loop that stops after a fixed number of steps (for _ in range(...)), a counter, or a depth at which the visit stops. Visit every input, however big the graph.",
    'sort visiting before testing':
        'Your list for the graph of x12, the top of a stack of 12 diamonds (x1 = x0*0.5 + x0*0.25, and so on) is right, but to make it your sort read the inputs of its 37 nodes 16381 times. It visits a node again on every path to it, and the work doubles with every diamond: a stack of 30 would take about 2^30 steps. Test visited first: if node not in visited, mark it visited, then visit its inputs.',
    'sort by data':
        'For the graph of f (from d = a*b, e = a + b, f = d*e), your list misses d, though f, with the same data -6, is in it; when every node holds different data, your sort lists them all. It tells nodes apart by what they hold (their data, and perhaps more), not by the nodes themselves, so two nodes with the same value look like one: remember the nodes themselves, visited.add(node) and node in visited.',
    'sort cutting the inputs':
        "Sorting the graph of c (from b = a + a and c = b + b) changed the graph: the _prev of 'b' is not what it was. A sort only reads the graph: remember what you visited in a set of your own.",
    'sort with a global visited':
        'Sorting the graph of c (from b = a + a and c = b + b) once more, your sort no longer lists every node once, in order: it keeps something from one call to the next. Global variables are made once and shared by every call: visited. Make them inside the function instead: visited = set().',
    'sort in an enclosing function':
        'Sorting the graph of f (from d = a*b, e = a + b, f = d*e) after another graph, your list still holds nodes of the graph before: it carries over between calls. Variables of an enclosing function are made once and shared by every call: order, visited. Make them inside the function instead: order = []; visited = set().',
    'backward pairs mismatched':
        "The check ran it on the graph of f (from d = a*b, e = a + b, f = d*e). Your grads are what you get when the local derivatives of each node go to the wrong inputs: the first input gets the local derivative of the second. Pair them in order, zip(node._prev, node._local_grads), without reversing either.",
    'backward with a global order':
        'Running backward_pass on the graph of f (from d = a*b, e = a + b, f = d*e) changed the grads of the graph of c (from b = a + a and c = b + b), which it ran on before and was not given this time: a.grad went from 4 to 12. It keeps nodes from one call to the next. Global variables are made once and shared by every call: order, visited. Make them inside the function instead: order = []; visited = set().',
    'backward with a global visited':
        'Run again on the graph of c (from b = a + a and c = b + b), after its grads were set back to 0, backward_pass gives a.grad = 0 instead of 4. It keeps something from one call to the next. Global variables are made once and shared by every call: visited. Make them inside the function instead: visited = set().',
    'backward changing data':
        "Running backward_pass on the graph of c (from b = a + a and c = b + b) changed the graph: the data of 'a' is not what it was. A backward pass changes only grads.",
    'backward two levels deep':
        "The check ran it on the graph of c (from b = a + a and c = b + b). Your grads are what you get when each node passes its grad on as soon as it gets a share, down each path at once: by a recursion, or by a loop that pushes each share on down as soon as it is added. A node on two paths passes on what it holds twice, the first share a second time. Pass a node's grad on only once every node that uses it has added into it: walk the nodes in reversed topological order. If your loop walks that order already, look at the line that passes a share on: child.grad += local * node.grad adds the share to what the child holds, and changes nothing else.",
    'subtraction for small numbers only':
        'p - q gave data 0.0 for p = 143.75, q = -118.375; it should be 262.125. Every pair of smaller numbers the check tried before gave the right difference, so something in your __sub__ treats large numbers otherwise (a condition on their size, or a cap, say). Compute self.data - other.data for any numbers.',
    'neuron for small x1 only':
        'For x1=112.5, w1=0.75, x2=-104.25, w2=0.875, b=6.25 the output should be tanh(-0.59375) = -0.5326, but it is 0. At every point of smaller numbers the check tried, the output was right, so something in your function treats large inputs otherwise (a condition on their size, or a cap, say). Compute o = tanh(x1*w1 + x2*w2 + b) for any numbers.',
    'divide for small b only':
        'Your numbers were right at every smaller a and b the check tried, and wrong at a = -37.25, b = 12.5, so something in your function treats large numbers otherwise (a condition on their size, or a cap, say). There you return (0, 0), where 1/b and -a/b² give (0.08, 0.2384). Return (1/b, -a/b²) for any a and b (b not 0).',
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_wrong_answer_is_told_in_chinese_with_the_same_numbers(case):
    check, make = CASES[case]
    english, chinese = in_both(check, make)
    assert english == ENGLISH[case]
    assert_same_facts(english, chinese)


@pytest.mark.parametrize("check, answer", [
    (lesson01.check_slope, (3 * 0.999**2 + 4 * 0.999 + 5 - 12) / 0.001),
    (lesson01.check_nudge_b, -6.0),
    (lesson01.check_error_factor, 100),
    (lesson02.check_value_count, 7),
    (lesson03.check_times_grad, -8),
    (lesson03.check_accumulation, 7),
    (lesson03.check_divide_local_grads, lambda a, b: (1 / b, -a / b**2)),
    (lesson03.check_topological_sort, lesson03.worked_topological_sort),
    (lesson03.check_backward_pass, lesson03.worked_backward_pass),
])
def test_a_right_answer_is_praised_in_chinese(check, answer):
    english, chinese = in_both(check, fresh(answer))
    assert check(answer).correct
    assert_same_facts(english, chinese)


def test_the_placeholder_message_in_every_check_is_chinese():
    checks = [lesson01.check_slope, lesson01.check_nudge_b, lesson01.check_direction,
              lesson01.check_error_factor, lesson02.check_value_count, lesson02.check_forward,
              lesson02.check_neuron, lesson02.check_subtraction, lesson03.check_times_grad,
              lesson03.check_divide_local_grads, lesson03.check_topological_sort,
              lesson03.check_backward_pass, lesson03.check_accumulation, lesson03.check_grad_b1]
    for check in checks:
        english, chinese = in_both(check, fresh(None))
        assert english.startswith("Replace `None` with ") and english.endswith(
            ", then run the cell again.")
        head, tail = "把 `None` 换成你的答案（", "），然后再运行这个单元格。"
        assert chinese.startswith(head) and chinese.endswith(tail)
        what = chinese[len(head):-len(tail)]  # one bracket, no bracket inside it
        assert what.strip() == what and not set("（）") & set(what), chinese
        assert_same_facts(english, chinese)


def test_verdict_words_follow_the_language_in_text_and_markdown():
    right, wrong = Feedback(True, "m"), Feedback(False, "m")
    assert (repr(right), repr(wrong)) == ("Correct! m", "Not yet. m")
    assert right._repr_markdown_() == "✅ **Correct!** m"
    assert wrong._repr_markdown_() == "❌ **Not yet.** m"
    set_language("zh")
    assert (repr(right), repr(wrong)) == ("正确！m", "还不对。m")
    # the bold closes before the full-width mark: CommonMark does not close "**还不对。**"
    # when a letter follows it
    assert right._repr_markdown_() == "✅ **正确**！m"
    assert wrong._repr_markdown_() == "❌ **还不对**。m"


def test_bold_verdicts_render_as_bold_in_chinese():
    mistune = pytest.importorskip("mistune")  # nbconvert's Markdown renderer
    render = mistune.create_markdown()
    assert "<strong>" not in render("❌ **还不对。**把")  # the trap the verdict avoids
    set_language("zh")
    for feedback in (lesson01.check_slope(12), lesson01.check_slope(-10)):
        html = render(feedback._repr_markdown_())
        assert re.search(r"<strong>(还不对|正确)</strong>[。！]", html), html


def test_the_fallback_note_says_which_code_runs_in_chinese(capsys):
    assert yours_or_worked(Feedback(True, ""), "mine", "worked", "descend") == "mine"
    assert yours_or_worked(Feedback(False, ""), "mine", "worked", "descend") == "worked"
    english = capsys.readouterr().out
    assert english == ("Using your descend: it passes its check.\n"
                       "Using the worked solution's descend from the package, until yours passes "
                       "its check.\n")
    set_language("zh")
    assert yours_or_worked(Feedback(True, ""), "mine", "worked", "descend") == "mine"
    assert yours_or_worked(Feedback(False, ""), "mine", "worked", "descend") == "worked"
    chinese = capsys.readouterr().out.splitlines()
    assert chinese == ["使用你的 descend。它通过了检查。",
                       "先使用包里参考答案的 descend，等你的 descend 通过检查后再换成你的。"]


def learners_function(x):
    y = x + 1
    return 1 / (y - y)


def test_an_error_in_the_learners_code_is_reported_in_chinese_with_its_line():
    line = learners_function.__code__.co_firstlineno + 2
    _, english = call_learner_code(learners_function, 1.0, doing="calling f(1.0)")
    set_language("zh")
    _, chinese = call_learner_code(learners_function, 1.0, doing="调用 f(1.0)")
    assert english.message == (
        "Your code raised ZeroDivisionError: float division by zero, while calling f(1.0). "
        f"It came from line {line} in `learners_function`: `return 1 / (y - y)`.")
    assert chinese.message == (
        "调用 f(1.0)时，你的代码抛出了 ZeroDivisionError。错误信息是 `float division by zero`。"
        f"意思是除数是 0。出错的是第 {line} 行 `return 1 / (y - y)`，在 `learners_function` 里。")
    # an error without a message, raised on a line with no source text (as from exec)
    _, bare = call_learner_code(lambda: exec("raise KeyError"), doing="运行一段代码")
    assert bare.message == "运行一段代码时，你的代码抛出了 KeyError。出错的是第 1 行。"


@pytest.mark.parametrize("answer, correct", [
    ("减小", True), ("减小 b", True), ("变小", True), ("降低", True),
    ("增大", False), ("增加 b", False), ("不要增大", False), ("减小还是增大", False),
])
def test_the_direction_may_be_answered_in_chinese(answer, correct):
    english = lesson01.check_direction(answer)
    assert english.correct is correct
    assert not CJK.search(english.message)
    set_language("zh")
    chinese = lesson01.check_direction(answer)
    assert chinese.correct is correct and CJK.search(chinese.message)
    if answer == "增大":  # the wrong way gets the hint about the sign of dL/db
        assert "-4" in chinese.message and "dL/db" in chinese.message


def test_english_words_for_the_direction_are_read_as_before():
    for answer, correct in (("decrease", True), ("Decrease b.", True), ("increase", False),
                            ("not increase", False), ("down", True), ("up", False)):
        assert lesson01.check_direction(answer).correct is correct


def test_shared_answer_messages_in_chinese():
    cases = [
        lambda: answers.not_code_yet(None, "descend", "function",
                                     "descend(loss, start, learning_rate, steps)"),
        lambda: answers.not_code_yet(None, "Momentum", "class"),
        lambda: answers.not_code_yet(3, "descend", "function"),
        lambda: answers.not_code_yet(3, "Momentum", "class"),
        lambda: answers.check_typed_number("0.1", what="w", target=0.1, tol=0.0,
                                           right="right", otherwise="wrong"),
        lambda: answers.a_value_instead_of(Value(2.5), "data", "w"),
        lambda: answers.not_a_number(object(), answers.text("answers.a_number")),
    ]
    expected = [
        "Define descend(loss, start, learning_rate, steps) in the cell above, then run this "
        "cell again.",
        "Define the class Momentum in the cell above, then run this cell again.",
        "descend should be a function; it is a int.",
        "Momentum should be a class; it is a int.",
        "You typed the number as text, '0.1'. Remove the quotes so that it is a number: 0.1",
        "You gave a whole Value (data 2.5, grad 0). The answer is one number, the .data of w: "
        "answer = w.data",
        "The answer should be a number; you gave an object.",
    ]
    for make, english in zip(cases, expected):
        assert make().message == english
        set_language("zh")
        try:
            chinese = make().message
        finally:
            set_language("en")
        assert_same_facts(english, chinese)
    assert answers.listed(["x1", "w1"]) == "x1, w1"
    set_language("zh")
    assert answers.listed(["x1", "w1"]) == "x1、w1"


def test_a_kind_other_than_function_or_class_is_refused_in_english():
    set_language("zh")
    with pytest.raises(ValueError, match="kind should be 'function' or 'class'"):
        answers.not_code_yet(None, "x", "method")


def test_an_infinite_answer_is_not_called_a_rounded_one():
    message = lesson02.check_forward(float("inf")).message
    assert message.startswith("inf is not o.")
    assert "rounded" not in message


SECTION = ("answers.", "feedback.", "fallback.", "learner_code.", "lesson01.", "lesson02.",
           "lesson03.")


def test_chinese_strings_of_these_exercises_use_full_width_punctuation():
    """A full-width mark after a Chinese character, never an ASCII one (code aside)."""
    zh = {key: value for key, value in TABLES["zh"].items() if key.startswith(SECTION)}
    assert len(zh) > 150
    ascii_after_cjk = re.compile(r"[\u3400-\u9fff][,.;:?!()]")
    wrong = {key: value for key, value in zh.items() if ascii_after_cjk.search(value)}
    assert not wrong, wrong
    untranslated = [key for key, value in zh.items()
                    if not CJK.search(value) and value != TABLES["en"][key]
                    and key not in ("answers.list_separator", "answers.numbered_separator",
                                    "answers.numbered")]
    assert not untranslated, untranslated
    # only the separator and the verdict marks are allowed to be free of Chinese
    same = [key for key, value in zh.items() if value == TABLES["en"][key]]
    assert not same, same


def test_the_language_is_english_again_after_these_tests():
    assert language() == "en"


def test_a_sort_stopped_by_the_time_limit_is_told_its_likely_cause_in_chinese(monkeypatch):
    from micrograd_lite.exercises import learner_code
    monkeypatch.setattr(learner_code, "SECONDS", 0.8)
    english, chinese = in_both(lesson03.check_topological_sort,
                               fresh(sort_revisiting_with_a_table))
    assert english.startswith("Sorting the graph of x30, the top of a stack of 30 diamonds")
    assert "2^30 steps" in english and "Test visited first" in english
    assert_same_facts(english, chinese)


@pytest.mark.parametrize("answer, english, chinese", [
    (lambda: 1, "a function", "一个函数"), (print, "a function", "一个函数"),
    (int, "a class", "一个类"), (Value(1.0).tanh, "a method", "一个方法"),
])
def test_functions_and_classes_given_for_a_number_are_named_in_words(answer, english, chinese):
    said = lesson01.check_slope(answer).message
    set_language("zh")
    try:
        zh = lesson01.check_slope(answer).message
    finally:
        set_language("en")
    if english == "a method":  # and that it is called with ()
        english += ". A method named without () is the method itself, not its result: call it, .tanh()"
        chinese += "。方法名后面不加 () 得到的是方法本身，而不是它的结果。请调用它，写成 .tanh()"
    assert said.endswith(f"you gave {english}.") and zh.endswith(f"你给的是{chinese}。"), (said, zh)
