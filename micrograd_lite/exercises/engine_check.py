"""``check_engine(Value)``: a learner's own Value class, checked against ours.

The check builds the same expressions with the learner's class and with
:class:`micrograd_lite.engine.Value` and compares the values and gradients,
on seeded random inputs:

1. each operation that has a local derivative of its own (``+``, ``*``,
   ``**``, tanh, ...), before the ones usually made from them (``-``, ``/``,
   ``2 + a``, ...), so a wrong derivative is named where it is written: alone,
   with one Value as both inputs (``a * a``), with a gradient other than 1
   arriving from above, with an input used once more (``a.tanh() + a``),
   so that a ``=`` instead of ``+=`` shows for every operation, and with its
   inputs made by another operation (``(x * 2).tanh()``), so that a result
   that does not list its inputs in ``_prev`` shows;
2. random expression graphs where a node is used by several later ones, so a
   backward pass that does not follow a topological order shows; a chain of
   a few hundred operations, so an order that misses nodes on a long graph
   shows; and diamonds stacked on each other, where a walk that goes into a
   node again on every path to it takes 2^30 steps;
3. backward() called again: on a second graph, on the same graph with its
   grads set back to 0, and on the graph built again from the same inputs,
   so that a list or visited set kept from one call to the next shows; and
   twice on ``a * a`` with nothing set back to 0, so that an output's grad
   added to (``+= 1``) instead of set to 1 shows.

The first thing that differs is reported: the operation, its inputs, what
came out (value or gradient) and which way it is off, and the cause when the
check can tell it for certain (it runs a ``_backward`` on its own, with known
grads, to see what it adds, and every other node's of that graph as it ran
there; it runs checks that passed earlier again, to see whether something kept
from one call to the next changed what the code computes); otherwise the
candidates. An exception raised by
the learner's code is reported with the line of their code it came from;
every call of the learner's code runs under a time limit; the check itself
never raises on a broken class.
"""

import dis
import functools
import inspect
import math
import re
import random
import time
import types
from dataclasses import dataclass, field

from ..engine import Value as _Reference
from ..language import text, text_count
from ..graph import quoted
from ..nodes import depth_first as _topological_order
from ..nodes import inputs as _inputs_in_order
from ..nodes import changes_its_grad, data_of, local_derivatives, rule_derivatives
from ..nodes import reachable
from .answers import as_number, differing, kind_of, listed, numbered, off_by, placeholder, shown
from .feedback import Feedback
from .learner_code import (CONTAINERS, SECONDS, TookTooLong, call_learner_code, describe_error,
                           mutable_defaults, names_used, same_result, state_changed, state_of,
                           time_limit, watches_kept_state)
from .special_numbers import SPECIAL_NUMBERS

__all__ = ["check_engine", "OPERATION_GROUPS", "LESSON_OPERATIONS"]

#: The whole check stops after this many times ``SECONDS``: right code needs
#: a few tens of milliseconds for all of it.
TOTAL_LIMIT = 4


@dataclass(frozen=True)
class _Case:
    """One way of using an operation: ``a ** 2``, ``2 + a``, ``a / b``, ..."""

    text: str  # how the messages write it, with the inputs a (and b)
    group: str  # the operation it belongs to (see OPERATION_GROUPS)
    method: str  # the method the learner's class needs for it
    apply: object  # (a) or (a, b) -> the result
    local: tuple  # for each input: its local derivative, a formula (or a function giving it in words)
    domain: object = None  # inputs -> whether the operation is defined and smooth there
    swapped: tuple = None  # (the operation with its sides the other way round, its value on numbers)
    # (a division through a power written 1 for -1: self * other ** 1, its value on numbers)
    power_one: tuple = None
    # (the operation with its minus left out: a + b for a - b, a for -a; its value on numbers)
    unsigned: tuple = None
    # (the operation with + and * exchanged: a * b for a + b, 2 * a for 2 + a; its value on numbers)
    crossed: tuple = None
    # the same use with another number (a + 0.5 after a + 2): a method that works for
    # the first number only fails here. Left out of the random graphs and the listing.
    again: bool = False
    # drawn from a generator of its own: added later, it leaves every other check's inputs
    # (and the messages the tests hold) as they were
    own_draws: bool = False
    # checked alone only, not in context: its result holds what its input holds (a ** 1, 0 + a),
    # which would name a walk that tells nodes apart by their data here, not in a graph
    alone_only: bool = False
    # a result that is its input itself passes (0 + a returning a: the same value and grads)
    may_return_input: bool = False

    @property
    def arity(self):
        return len(self.local)

    @property
    def children(self):
        """The ``_children`` its result is made with, as the lecture writes them."""
        return "(self, other)" if self.group in _BINARY_GROUPS else "(self,)"


#: Operations whose method takes another operand: a Value, or a number made into one.
_BINARY_GROUPS = ("+", "*", "radd", "rmul", "-", "rsub", "/", "rtruediv")


#: The ``_op`` of an addition's and a multiplication's result, as the lecture writes it,
#: and the operator symbols that would name another operation.
_OP_SYMBOLS = {"+": "+", "radd": "+", "*": "*", "rmul": "*"}
#: The ``_op`` of the operations the stepper knows by name (it finds their rule by it),
#: as the lecture writes them (ReLU as micrograd does, or relu); a power's is "**3"
#: (the stepper reads the exponent from it).
_OP_NAMES = {"tanh": "tanh", "exp": "exp", "relu": "ReLU"}

#: How far out each input is tried again in context, x -> ±(reach + spread·|x|) (see
#: _Checker.check_in_context): beyond 12, and beyond 100.
_FAR_REACHES = ((12, 1), (100, 37))

#: Operations whose inputs are also tried at 0 (see _Checker.points).
_ZERO_INPUT_GROUPS = ("*", "rmul", "**", "relu", "+", "tanh", "neg")  # relu: its derivative at 0 is 0;
# + and tanh: a _backward that passes nothing to an input of 0 shows


#: Points tried besides (see _Checker.points): the numbers of the lecture's products
#: (a * b = 2 * -3, d * f = 4 * -2), each with another number beside it, so a ``_backward``
#: written for the lecture's example (``-3.0 * out.grad if self.data == 2.0``) shows; and
#: the numbers a shortcut is written for (a factor or divisor of ±1, 0 or -1 subtracted, ±1
#: negated).
_SPECIAL_POINTS = {"a * b": ((2.0, 0.5), (1.25, -3.0), (4.0, 0.5), (1.25, -2.0), (0.75, 1.0),
                               (1.0, -0.75), (-1.0, 1.25), (0.5, -1.0),  # (and a factor of ±1)
                               (2.0, -3.0), (4.0, -2.0),  # (and the lecture's own, whole numbers)
                               (10.0, 0.75), (-0.5, 10.0),  # (and a factor of 10)
                               (0.123456, 1.5)),  # (and many digits: an input rounded shows)
                   "a + b": ((0.3, 1.0), (0.3, -1.0), (2.0, 3.0),  # (a ±1 or whole numbers added)
                             (0.123456, -0.5),  # (and many digits: an input rounded shows)
                             (0.3, -12.5)),  # (and a large negative one added)
                     "a ** 2": ((-1.0,), (10.0,)),  # (and a base of -1: n·x^(n-1) differs from n
                     # there; and one of 10)
                     "a / b": ((1.5, 1.0), (-0.75, -1.0)),  # (and a divisor of ±1)
                     "a - b": ((0.75, 0.0), (0.75, -1.0)),  # (and 0 or -1 subtracted)
                     "-a": ((-1.0,), (1.0,)),  # (and -1 and 1 negated)
                     # (and the functions at 0, 1 and -1: `if self.data == 1: return self`)
                     "a.tanh()": ((1.0,), (-1.0,)), "a.relu()": ((1.0,), (-1.0,)),
                     "a.exp()": ((0.0,), (1.0,), (-1.0,)), "a.sigmoid()": ((0.0,), (1.0,)),
                     "a.log()": ((1.0,),)}


#: The out.grads of a ``_backward``'s later runs on its own (see
#: _Checker.check_backward_runs_again): one below 0, one above (a clip on one side shows).
_LATER_OUT_GRADS = (-1.0, -25.0, 40.0, -31415.9, 27182.8, 0.05, -0.0037, 0.9973, 0.5)  # (-1:
# a shortcut for it; then two far beyond any cap, on both sides, and not round: a rounding to
# tens shows; small ones, as the lesson's loss gives: (score - label) ** 2 / 20 passes 0.05
# down; one within 1% of 1, where a grad taken for 1 shows; and a half, as a + a passes on)


#: The grad from above of one trial of each operation in context (see
#: _Checker.check_in_context): far below any the lessons reach.
_TINY_OUT_GRAD = 1e-9


#: Inputs far out on the flat of a saturating curve (tanh: 1 - tanh(3.5)² = 0.0036,
#: 1 - tanh(6.25)² = 0.000015), also tried (see _Checker.points): a ``_backward`` that
#: gives 0 beyond |a| = 3, or 5, fails.
_FAR_INPUTS = {"tanh": (3.5, -4.25, 6.25), "sigmoid": (6.5,), "exp": (2.9,)}  # (exp: at the edge of its domain)

#: And inputs near 0, which the random points keep away from (|x| >= 0.2): a ``_backward``
#: that takes a curve for its tangent there (tanh' as 1 below |a| = 0.2, say) fails.
_NEAR_ZERO_INPUTS = {"tanh": (0.15, -0.004), "sigmoid": (-0.004,), "exp": (0.004,)}


def _members(prev):
    """The nodes a ``_prev`` holds, [] where it is no collection of them."""
    try:
        return list(prev)
    except TypeError:
        return []


def _away_from_zero(*xs):
    return all(abs(x) >= 0.5 for x in xs)


#: How many times each operation is made again on the same inputs (see
#: _Checker.check_many_calls): more than every other check together makes of most of them.
_MANY_CALLS = 200

#: The out.grads a node's `_backward` found wrong at one out.grad is run with again.
_OTHER_OUT_GRADS = (1.5, -2.5, 1.0)

#: What to say of a node's `_backward` found wrong as it ran in the pass: by whether it is
#: right at the same inputs with other out.grads.
_NODE_WRONG_KEYS = {False: "engine_check.node.wrong_here",
                    True: "engine_check.node.wrong_at_this_out_grad"}

#: Where a `+` that gave the number of a `*` (or the other way) is tried again: the two
#: differ here, and neither number is whole.
_CROSSED_AGAIN_AT = (0.6, -2.5)

_CASES = (
    _Case("a + b", "+", "__add__", lambda a, b: a + b, ("1", "1"),
          crossed=("a * b", lambda a, b: a * b)),
    _Case("a + 2", "+", "__add__", lambda a: a + 2, ("1",),
          crossed=("a * 2", lambda a: a * 2)),
    _Case("a * b", "*", "__mul__", lambda a, b: a * b, ("b", "a"),
          crossed=("a + b", lambda a, b: a + b)),
    _Case("a * 3", "*", "__mul__", lambda a: a * 3, ("3",),
          crossed=("a + 3", lambda a: a + 3)),
    _Case("2 + a", "radd", "__radd__", lambda a: 2 + a, ("1",),
          crossed=("2 * a", lambda a: 2 * a)),
    _Case("3 * a", "rmul", "__rmul__", lambda a: 3 * a, ("3",),
          crossed=("3 + a", lambda a: 3 + a)),
    _Case("a ** 2", "**", "__pow__", lambda a: a ** 2, ("2·a",)),
    _Case("a ** 3", "**", "__pow__", lambda a: a ** 3, ("3·a²",)),
    _Case("a ** -1", "**", "__pow__", lambda a: a ** -1, ("-1/a²",), _away_from_zero),
    _Case("a ** 0.5", "**", "__pow__", lambda a: a ** 0.5, ("0.5/√a",), lambda a: a >= 0.5),
    _Case("a.tanh()", "tanh", "tanh", lambda a: a.tanh(), ("1 - tanh(a)²",)),
    _Case("a.exp()", "exp", "exp", lambda a: a.exp(), ("exp(a)",), lambda a: abs(a) <= 3),
    _Case("a.relu()", "relu", "relu", lambda a: a.relu(), (lambda: text("engine_check.local.relu"),),
          lambda a: abs(a) >= 0.1 or a == 0),  # at 0 itself too: 0, as a > 0 is false
    _Case("-a", "neg", "__neg__", lambda a: -a, ("-1",), unsigned=("a", lambda a: a)),
    _Case("a - b", "-", "__sub__", lambda a, b: a - b, ("1", "-1"),
          swapped=("b - a", lambda a, b: b - a), unsigned=("a + b", lambda a, b: a + b)),
    _Case("a - 2", "-", "__sub__", lambda a: a - 2, ("1",), swapped=("2 - a", lambda a: 2 - a),
          unsigned=("a + 2", lambda a: a + 2)),
    _Case("1 - a", "rsub", "__rsub__", lambda a: 1 - a, ("-1",), swapped=("a - 1", lambda a: a - 1),
          unsigned=("1 + a", lambda a: 1 + a)),
    _Case("a / b", "/", "__truediv__", lambda a, b: a / b, ("1/b", "-a/b²"),
          lambda a, b: abs(b) >= 0.5, swapped=("b / a", lambda a, b: b / a),
          power_one=("a * b", lambda a, b: a * b)),
    _Case("a / 2", "/", "__truediv__", lambda a: a / 2, ("1/2",), swapped=("2 / a", lambda a: 2 / a),
          power_one=("a * 2", lambda a: a * 2)),
    _Case("1 / a", "rtruediv", "__rtruediv__", lambda a: 1 / a, ("-1/a²",), _away_from_zero,
          swapped=("a / 1", lambda a: a / 1), power_one=("1 * a", lambda a: a)),
    _Case("a + 0.5", "+", "__add__", lambda a: a + 0.5, ("1",), again=True,
          crossed=("a * 0.5", lambda a: a * 0.5)),
    _Case("a * 0.75", "*", "__mul__", lambda a: a * 0.75, ("0.75",), again=True,
          crossed=("a + 0.75", lambda a: a + 0.75)),
    _Case("-0.5 + a", "radd", "__radd__", lambda a: -0.5 + a, ("1",), again=True,
          crossed=("-0.5 * a", lambda a: -0.5 * a)),
    _Case("0.25 * a", "rmul", "__rmul__", lambda a: 0.25 * a, ("0.25",), again=True,
          crossed=("0.25 + a", lambda a: 0.25 + a)),
    # a number of 0 added (Value(other or 1) makes it 1)
    _Case("a + 0", "+", "__add__", lambda a: a + 0, ("1",), again=True, own_draws=True,
          may_return_input=True, alone_only=True),
    _Case("a - 0.5", "-", "__sub__", lambda a: a - 0.5, ("1",),
          swapped=("0.5 - a", lambda a: 0.5 - a), unsigned=("a + 0.5", lambda a: a + 0.5), again=True),
    _Case("-3 - a", "rsub", "__rsub__", lambda a: -3 - a, ("-1",),
          swapped=("a - (-3)", lambda a: a + 3), unsigned=("-3 + a", lambda a: -3 + a), again=True),
    _Case("a / -4", "/", "__truediv__", lambda a: a / -4, ("-1/4",),
          swapped=("-4 / a", lambda a: -4 / a), again=True),
    _Case("3 / a", "rtruediv", "__rtruediv__", lambda a: 3 / a, ("-3/a²",), _away_from_zero,
          swapped=("a / 3", lambda a: a / 3), again=True),
    _Case("a.sigmoid()", "sigmoid", "sigmoid", lambda a: a.sigmoid(),
          (lambda: text("engine_check.local.sigmoid"),)),
    _Case("a.log()", "log", "log", lambda a: a.log(), ("1/a",), lambda a: a >= 0.5),
    # a power above 3: a derivative right only up to a ** 3 (n capped at 3) shows here
    _Case("a ** 4", "**", "__pow__", lambda a: a ** 4, ("4·a³",), again=True, own_draws=True),
    # another negative power: a derivative right only for -1 (division's) shows here
    _Case("a ** -2", "**", "__pow__", lambda a: a ** -2, ("-2/a³",), _away_from_zero, again=True,
          own_draws=True),
    # a power that is not whole besides 0.5 (a derivative written for the square root alone
    # shows)
    _Case("a ** 1.5", "**", "__pow__", lambda a: a ** 1.5, ("1.5·√a",), lambda a: a >= 0.5,
          again=True, own_draws=True),
    # at a = 0 too (see _ZERO_INPUT_GROUPS): the one power whose derivative there is not 0
    _Case("a ** 1", "**", "__pow__", lambda a: a ** 1, ("1",), again=True, own_draws=True,
          alone_only=True, may_return_input=True),
    # 0 + a, as sum() starts (an __radd__ that makes 0 + a a node of its own, and no _backward)
    _Case("0 + a", "radd", "__radd__", lambda a: 0 + a, ("1",), again=True, own_draws=True,
          alone_only=True, may_return_input=True),
    # 0 times a Value (an __rmul__ that takes 0 for 1, `other or 1`, shows)
    _Case("0 * a", "rmul", "__rmul__", lambda a: 0 * a, ("0",), again=True, own_draws=True,
          alone_only=True),  # (no `crossed`: 0 + a is a, as 1 * a is)
    # a number that is not whole, and a negative one (an int() or a sign test shows)
    _Case("a / 2.5", "/", "__truediv__", lambda a: a / 2.5, ("1/2.5",), again=True,
          own_draws=True, swapped=("2.5 / a", lambda a: 2.5 / a)),
    _Case("a - -1.5", "-", "__sub__", lambda a: a - -1.5, ("1",), again=True, own_draws=True,
          swapped=("-1.5 - a", lambda a: -1.5 - a), unsigned=("a + -1.5", lambda a: a - 1.5)),
    # 1 and 0 where a shortcut may stand: 1 + a, and the identities 1 * a, a / 1, a - 0 (a
    # result that is the input itself passes: the same value and grads; a new leaf does not)
    _Case("1 + a", "radd", "__radd__", lambda a: 1 + a, ("1",), again=True, own_draws=True,
          alone_only=True),
    _Case("1 * a", "rmul", "__rmul__", lambda a: 1 * a, ("1",), again=True, own_draws=True,
          alone_only=True, may_return_input=True),
    _Case("a / 1", "/", "__truediv__", lambda a: a / 1, ("1",), again=True, own_draws=True,
          alone_only=True, may_return_input=True),
    _Case("a - 0", "-", "__sub__", lambda a: a - 0, ("1",), again=True, own_draws=True,
          alone_only=True, may_return_input=True),
    _Case("-1 * a", "rmul", "__rmul__", lambda a: -1 * a, ("-1",), again=True, own_draws=True,
          alone_only=True),
    # the lesson's own 2 * a, and a half and a ten times a Value (an __rmul__ written apart for
    # some numbers, `self * other if other != 2`, shows at one of them)
    _Case("2 * a", "rmul", "__rmul__", lambda a: 2 * a, ("2",), again=True, own_draws=True,
          alone_only=True, crossed=("2 + a", lambda a: 2 + a)),
    _Case("0.5 * a", "rmul", "__rmul__", lambda a: 0.5 * a, ("0.5",), again=True,
          own_draws=True, alone_only=True, crossed=("0.5 + a", lambda a: 0.5 + a)),
    _Case("10 * a", "rmul", "__rmul__", lambda a: 10 * a, ("10",), again=True, own_draws=True,
          alone_only=True, crossed=("10 + a", lambda a: 10 + a)),
    # a Value divided by the lesson's own 20 (its loss: the sum over 20 points / len(labels)),
    # by 10 and by 0.5; and -1 added from the left (code written apart for them shows)
    _Case("a / 20", "/", "__truediv__", lambda a: a / 20, ("1/20",), again=True, own_draws=True,
          alone_only=True, swapped=("20 / a", lambda a: 20 / a)),
    _Case("a / 10", "/", "__truediv__", lambda a: a / 10, ("1/10",), again=True, own_draws=True,
          alone_only=True, swapped=("10 / a", lambda a: 10 / a)),
    _Case("a / 0.5", "/", "__truediv__", lambda a: a / 0.5, ("1/0.5",), again=True,
          own_draws=True, alone_only=True, swapped=("0.5 / a", lambda a: 0.5 / a)),
    _Case("-1 + a", "radd", "__radd__", lambda a: -1 + a, ("1",), again=True, own_draws=True,
          alone_only=True),
    # the lesson's `score - label` as score + (-label): 1 and -1 added; and a * 0.05 (1/20)
    _Case("a + 1", "+", "__add__", lambda a: a + 1, ("1",), again=True, own_draws=True,
          alone_only=True, crossed=("a * 1", lambda a: a * 1)),
    _Case("a + -1", "+", "__add__", lambda a: a + -1, ("1",), again=True, own_draws=True,
          alone_only=True, crossed=("a * -1", lambda a: a * -1)),
    _Case("a * 0.05", "*", "__mul__", lambda a: a * 0.05, ("0.05",), again=True, own_draws=True,
          alone_only=True, crossed=("a + 0.05", lambda a: a + 0.05)),
    _Case("a * -1", "*", "__mul__", lambda a: a * -1, ("-1",), again=True, own_draws=True,
          alone_only=True),  # (-a is a * -1 in the lesson; no `crossed`: a + -1 is another slip)
    # the lesson's own `score - label`, with labels 1 and -1 (its training cell), and 2 - a
    _Case("a - 1", "-", "__sub__", lambda a: a - 1, ("1",), again=True, own_draws=True,
          alone_only=True, swapped=("1 - a", lambda a: 1 - a), unsigned=("a + 1", lambda a: a + 1)),
    _Case("a - -1", "-", "__sub__", lambda a: a - -1, ("1",), again=True, own_draws=True,
          alone_only=True, swapped=("-1 - a", lambda a: -1 - a), unsigned=("a + -1", lambda a: a - 1)),
    _Case("2 - a", "rsub", "__rsub__", lambda a: 2 - a, ("-1",), again=True, own_draws=True,
          alone_only=True, swapped=("a - 2", lambda a: a - 2), unsigned=("2 + a", lambda a: 2 + a)),
    # a negative number times a Value (an __rmul__ that drops the number's sign shows)
    _Case("-1.5 * a", "rmul", "__rmul__", lambda a: -1.5 * a, ("-1.5",), again=True,
          own_draws=True, crossed=("-1.5 + a", lambda a: -1.5 + a)),
)

#: The operations check_engine knows, in the order its messages list them.
OPERATION_GROUPS = tuple(dict.fromkeys(case.group for case in _CASES))
#: The operations lesson 06 has the learner write, and the cells after its
#: check use (the neuron, ``sum``, the loss ``(score - label) ** 2 / n``):
#: check_engine requires them all. The others are optional, checked when the
#: class has them, and the success message names those it does not have.
LESSON_OPERATIONS = ("+", "*", "radd", "rmul", "**", "tanh", "neg", "-", "/")
#: Operations a lecture-style class makes from others (``a - b`` is ``a + (-b)``):
#: checked after the ones with a local derivative of their own, so that a
#: slip in ``**`` is named as ``**``'s, not as ``/``'s.
_USUALLY_COMPOSITE = ("radd", "rmul", "neg", "-", "rsub", "/", "rtruediv")
# each of them in one line from the others, as lesson 06 writes them
COMPOSED_FORMS = {"radd": "return self + other", "rmul": "return self * other",
                   "neg": "return self * -1", "-": "return self + (-other)",
                   "rsub": "return other + (-self)", "/": "return self * other ** -1",
                   "rtruediv": "return other * self ** -1"}


def _input_squared(case, a):
    """tanh's local derivative with the input squared, 1 - a², where the result belongs."""
    return 1 - a ** 2


def _result_to_the_power(case, a):
    """A power's local derivative with the result where the input belongs, n·out.data^(n-1)."""
    n = _power_of(case.text)
    return n * (a ** n) ** (n - 1)


def _power_not_lowered(case, a):
    """A power's local derivative with the exponent not lowered, n·aⁿ (at n = 2 the same
    number as n·out.data^(n-1))."""
    n = _power_of(case.text)
    return n * a ** n


# common slips in an operation's _backward, by the operation: the local derivative each
# uses instead, of (the case, the input's number), by the slip's name
_LOCAL_SLIPS = {"tanh": (("input squared", _input_squared),),
                "**": (("out data", _result_to_the_power), ("not lowered", _power_not_lowered))}
# what names each slip, alone or as one candidate among others
_LOCAL_SLIP_KEYS = {"input squared": "engine_check.local_slip.tanh_input_squared",
                    "out data": "engine_check.local_slip.pow_out_data",
                    "not lowered": "engine_check.local_slip.pow_not_lowered"}
_LOCAL_SLIP_CANDIDATE_KEYS = {"input squared": "engine_check.local_slip.candidate.tanh_input_squared",
                              "out data": "engine_check.local_slip.candidate.pow_out_data",
                              "not lowered": "engine_check.local_slip.candidate.pow_not_lowered"}


# a reflected method's result in terms of the operation it reflects
_REFLECTED_FORMS = {"radd": "return self + other", "rmul": "return self * other"}
_OWN_METHODS = {"radd": "__add__", "rmul": "__mul__"}  # what a reflected method passes the work to
# whether a minus lost at one input is lost at another too -> the message
#: Whether L.grad kept its 5 from M's backward() (the grad of 1 set only when it is 0) -> the
#: message of check_backward_from_inside; else the candidates
_FROM_INSIDE_KEYS = {True: "engine_check.from_inside", False: "engine_check.from_inside_other"}
#: Where a minus is lost: at every input tried; at this number alone (another number is
#: right); for a plain number (with a Value on both sides the case was right); at other
#: numbers too, where the same case was right at first (it changes between calls).
_SIGN_LOST_KEYS = {"everywhere": "engine_check.case.sign_lost",
                   "here": "engine_check.case.sign_lost_here",
                   "numbers": "engine_check.case.sign_lost_numbers",
                   "since": "engine_check.case.sign_lost_since"}


def _make(case):
    """How the result of ``case`` passes its inputs on as ``_children``, for a message."""
    return (text("engine_check.make.pow") if case.group == "**"
            else text("engine_check.make.operation", children=case.children))


def _local(case, i):
    """The local derivative of ``case`` with respect to its input ``i``, as the messages write it."""
    local = case.local[i]
    return local() if callable(local) else local


_NAMES = "abcdefghijklmnopqrstuvwxyz"
# the classic diamond: d is used by e and by f
_DIAMOND = (("d", "a * b", ("a", "b")), ("e", "a + b", ("d", "c")), ("f", "a * b", ("d", "e")))
# the lessons' neuron as Neuron.__call__ builds it, sum(w * x, b), with a bias of 0 (a new
# network's) and an input of 0 (the seed neuron's x2): a leaf of 0 and a node of 0 added to
# a node, on either side (an operation that skips "0 +" cuts the bias off the graph)
_ZERO_NEURON = (("p", "a * b", ("w", "x")), ("q", "a * b", ("v", "y")),
                ("s", "a + b", ("c", "p")), ("n", "a + b", ("q", "s")))
_ZERO_NEURON_INPUTS = {"w": -3.0, "x": 2.0, "v": 1.0, "y": 0.0, "c": 0.0}
# and the blog's neuron itself, as lesson 06's cells run it on the learner's class (the
# seed neuron): code written apart for its numbers (n = 0.8813735870195432) shows
_SEED_NEURON = (("p", "a * b", ("x1", "w1")), ("q", "a * b", ("x2", "w2")),
                ("s", "a + b", ("p", "q")), ("n", "a + b", ("s", "b")), ("o", "a.tanh()", ("n",)))
_SEED_NEURON_INPUTS = {"x1": 2.0, "w1": -3.0, "x2": 0.0, "w2": 1.0, "b": 6.8813735870195432}
# (each with the operation groups it needs, and the group that takes its place: the seed
# neuron's sum n stands for it before tanh is written, in check_add_mul)
_NEURON_GRAPHS = ((_ZERO_NEURON, _ZERO_NEURON_INPUTS, {"+", "*"}, None),
                  (_SEED_NEURON[:-1], _SEED_NEURON_INPUTS, {"+", "*"}, "tanh"),
                  (_SEED_NEURON, _SEED_NEURON_INPUTS, {"+", "*", "tanh"}, None))
_DIAMOND_INPUTS = {"a": 1.5, "b": -2.0, "c": 0.5}
# a long chain, x = x * w + b again and again: a few hundred nodes deep, which a
# recursive topological sort still manages within Python's recursion limit
_CHAIN_INPUTS = {"x": 0.5, "w": 0.99, "b": 0.01}
_CHAIN_STEPS = 150
# a chain with a new input at every step, x = x * w_k (or w_k * x): as deep as the long one
_DEEP_STEPS = 300
# diamonds stacked, x = x * 0.6 + x * 0.4: few nodes, but 2^30 paths
_DIAMONDS = 30
# the sum of 4096 inputs added in pairs: 8191 nodes, only 13 deep, more than lesson 06
# trains on (4,348), so a walk capped at some number of nodes or steps shows
_WIDE = 4096
# what a class without __radd__ or __rmul__ (and nothing else missing) is told
_MISSING_REFLECTED = {"radd": "engine_check.missing.radd", "rmul": "engine_check.missing.rmul"}
# what backward() is asked to do again, and what the message says happened
_CALLS_IN_A_ROW = {
    "first": "engine_check.state.first",  # a new graph, after all the earlier checks
    "other_graph": "engine_check.state.other_graph",  # after backward() on another graph
    "same_graph": "engine_check.state.same_graph",  # the same graph, every grad back at 0
    "rebuilt": "engine_check.state.rebuilt",  # built again from the same inputs
}
# what a value that is its operation's with the two sides swapped is told, for a
# method that is not reflected (a - b: __sub__) and one that is (1 - a: __rsub__)
_SWAPPED = {False: "engine_check.case.swapped", True: "engine_check.case.swapped_reflected"}
# the operation that makes an operation's inputs, so that it sits after another one
# in the graph (``(x * 2).tanh()``), and the x it starts from to give the input a;
# times 2 keeps every a exactly. By the group the check has: the first one it has.
_MADE_BY = {"*": (_Case("a * 2", "*", "__mul__", lambda a: a * 2, ("2",)), lambda a: a / 2),
            "+": (_Case("a + 1", "+", "__add__", lambda a: a + 1, ("1",)), lambda a: a - 1)}
# how many checks that passed earlier are run again, at most, when one fails: those of
# the same operation, then the latest (see _Checker.kept_between_calls)
_RERUNS = 12
# backward() called twice on L = a * a, a = 3, without setting any grad back to 0
_TWICE_INPUT = 3.0
# the grads a _backward is run with, on its own, to see what it adds
_PROBE_OUT_GRAD = 2.0
_PROBE_OTHER_OUT_GRAD = -3.0  # a second out.grad, to see whether what is added grows with it
_PROBE_STARTS = (0.5, -0.75, 1.25)


# two results of one operation in one graph that interfere: of two inputs, or one input
# that both results share (a * b + a * c)
_TWICE_KEYS = {1: "engine_check.case.twice", 2: "engine_check.case.twice_shared"}
# a * a whose grad is larger in magnitude than both shares -> what the message lists
_SAME_INPUT_KEYS = {False: "engine_check.case.same_input",
                    True: "engine_check.case.same_input_extra"}
# whether an input's data changed in backward() (not when the operation ran)
_CHANGES_INPUT_KEYS = {False: "engine_check.changes_input",
                       True: "engine_check.changes_input_in_backward"}
# whether what should be a number is one of the class's Values
# (a Value where a number belongs, an input made from a Value) -> the message
_NOT_A_NUMBER_KEYS = {(True, False): "engine_check.not_a_number.value",
                      (True, True): "engine_check.not_a_number.wrapped",
                      (False, False): "engine_check.not_a_number", (False, True): "engine_check.not_a_number"}
# whether what was given looks like a Value made from the class -> what to say
_NOT_A_CLASS_KEYS = {True: "engine_check.not_a_class", False: "engine_check.not_a_class_other"}
# whether an operation's _backward that adds nothing is still the leaf's do-nothing one
_ADDS_NOTHING_KEYS = {True: "engine_check.backward_not_attached",
                      False: "engine_check.backward_adds_nothing"}
# whether the check saw the class change a place that can keep something between calls ->
# what a check that passed earlier and fails now says
_EARLIER_FAILS_KEYS = {True: "engine_check.state.earlier_fails_now",
                       False: "engine_check.state.earlier_fails_now_unseen"}
# whether the class has its own backward() -> what ran the graph's _backward again
_READS_LATER_KEYS = {True: "engine_check.case.reads_later",
                     False: "engine_check.case.reads_later_by_check"}
# whether the class's own backward() ran -> the message for a wrong grad in a graph
_GRAPH_GRAD_KEYS = {True: "engine_check.graph.grad", False: "engine_check.graph.grad_stepped"}
# what a message puts the fault in once every other node of the graph, run on its own as
# it ran, adds the right amount -> the message; and the one with the nodes it could not
# test as candidates too
_BLAMED_KEYS = {"backward": "engine_check.probe.right_amount", "link": "engine_check.case.made"}
_BLAMED_OR_NODE_KEYS = {"backward": "engine_check.probe.right_amount_or_node",
                        "link": "engine_check.case.made_or_node"}
# whether the node has an _op at all -> what a wrong one means for the drawings
# whether the check ran the class's backward() or each _backward itself -> what it was doing
_BACKWARD_DOING_KEYS = {True: "engine_check.doing.backward", False: "engine_check.doing.each_backward"}
# whether the check ran the class's backward() or each _backward itself -> the message
_CHANGES_RESULT_KEYS = {True: "engine_check.backward_changes_result",
                        False: "engine_check.backward_changes_result_stepped"}
# whether the inputs of a Value made from a number are shared with another -> the message
_LEAF_INPUTS_KEYS = {False: "engine_check.leaf.has_inputs", True: "engine_check.leaf.shared_inputs"}
# what an operation changed on its input -> the message
# (what an input shows, whether a backward pass changed it) -> the message
_CHANGES_SHOWN_KEYS = {("label", False): "engine_check.changes_label",
                       ("_op", False): "engine_check.changes_op",
                       ("label", True): "engine_check.backward_changes_label",
                       ("_op", True): "engine_check.backward_changes_op"}
_WRONG_OP_KEYS = {True: "engine_check.result.wrong_op", False: "engine_check.result.no_op"}
# (set and then changed, by the class's own backward()) -> what the output's grad not 1 means
_ROOT_GRAD_KEYS = {(False, True): "engine_check.case.root_grad",
                   (True, True): "engine_check.case.root_grad_reset",
                   (False, False): "engine_check.case.root_grad_stepped"}
# whether the learner's backward() ran the pass -> the message for a wrong grad (in
# exercises 2 and 3 the check calls each _backward itself)
_GRAD_KEYS = {True: "engine_check.case.grad", False: "engine_check.case.grad_by_check"}


@watches_kept_state
def check_engine(Value, operations=None, seed=0, graphs=30, *, backward=True):
    """Check a learner's ``Value`` class against micrograd_lite's engine.

    - ``operations``: which operation groups to check (names from
      :data:`OPERATION_GROUPS`: ``"+"``, ``"*"``, ``"radd"``, ``"rmul"``,
      ``"neg"``, ``"-"``, ``"/"``, ``"**"``, ``"tanh"``, ``"exp"``, ...), each
      required. By default every one of :data:`LESSON_OPERATIONS`, which the
      rest of lesson 06 uses, and every other one the class has a method for.
    - ``seed``: the random inputs and graphs; ``graphs``: how many random graphs.
    - ``backward``: whether the class's own ``backward()`` is required and
      checked. With ``False`` (the exercises written before backward()) the
      check calls each node's ``_backward`` itself, in reverse topological
      order, and checks the operations only.

    Returns a :class:`Feedback`, truthy when everything agrees.
    """
    if Value is None:
        return placeholder(text("engine_check.what"))
    if isinstance(Value, str) and Value.strip().isidentifier():
        return Feedback(False, text("engine_check.a_name_in_quotes", got=repr(Value),
                                    name=Value.strip()))
    if not isinstance(Value, type):
        return Feedback(False, text(_NOT_A_CLASS_KEYS[hasattr(Value, "data")],
                                    kind=kind_of(Value)))
    checker = _Checker(Value, _groups(Value, operations), seed, graphs, backward)
    checker.optional_absent = _optional_absent(Value) if operations is None else []
    try:
        # a backstop: every call of the learner's code has its own limit too
        with time_limit(TOTAL_LIMIT * SECONDS):
            return checker.run()
    except _Verdict as verdict:
        return verdict.feedback
    except TookTooLong:
        return Feedback(False, text("engine_check.too_slow", seconds=f"{TOTAL_LIMIT * SECONDS:g}",
                                    doing=checker.doing))


def _has_group(Value, group):
    return any(hasattr(Value, c.method) for c in _CASES if c.group == group)


def _optional_absent(Value):
    """The first case of each optional operation group the class has no method for."""
    return [next(c for c in _CASES if c.group == g) for g in OPERATION_GROUPS
            if g not in LESSON_OPERATIONS and not _has_group(Value, g)]


def _groups(Value, operations):
    if operations is None:
        return [g for g in OPERATION_GROUPS if g in LESSON_OPERATIONS or _has_group(Value, g)]
    if isinstance(operations, str):
        operations = (operations,)
    unknown = [g for g in operations if g not in OPERATION_GROUPS]
    if unknown:
        raise ValueError(f"unknown operations {unknown}; known: {', '.join(OPERATION_GROUPS)}")
    return [g for g in OPERATION_GROUPS if g in operations]


class _Verdict(Exception):
    """Raised inside the checker to stop at the first difference."""

    def __init__(self, message, of_init=False, left_out=None):
        super().__init__(message)
        self.feedback = Feedback(False, message)
        self.of_init = of_init  # whether it is what __init__ made of a number alone
        self.left_out = left_out  # the name of an input left out of the result's _prev


# whether an input is missing from _prev (not a copy of it there) -> the message
_NOT_THE_INPUT_KEYS = {False: "engine_check.prev_not_the_inputs",
                       True: "engine_check.prev_lacks_input"}


def _fail(message):
    raise _Verdict(message)


def _verdict_of(check):
    """The message of the verdict ``check()`` ends in, ``""`` if it passes."""
    try:
        check()
    except _Verdict as verdict:
        return verdict.feedback.message
    return ""


def _close(got, want):
    """Within a millionth of ``want``'s size (and 1e-12, for 0): a grad of 1e-9 is not
    taken for 0."""
    if math.isnan(want):
        return math.isnan(got)
    return math.isfinite(got) and abs(got - want) <= 1e-6 * abs(want) + 1e-12


def _fmt(x):
    if not math.isfinite(x):
        return str(x)
    if x and abs(x) < 0.00005:  # (1.48e-09, not 0.0000)
        return f"{x:.4g}"
    shown = f"{x:.4f}"
    return shown[1:] if shown == "-0.0000" else shown  # (-0.0: no sign to show)


def _pair(got, want):
    """``got`` and ``want`` for a message: four decimals, or as many digits as tell
    them apart (-7.3014 is never said to differ from -7.3014)."""
    got_text, want_text = _fmt(got), _fmt(want)
    if got_text == want_text and got != want:
        got_text, want_text = differing(got, want)
    return {"got": got_text, "want": want_text}


def _off(got, want, grad=True):
    """Which way ``got`` is off ``want``, in words: too large, too small, or
    (a gradient) still 0."""
    if not math.isfinite(got):
        return text("engine_check.not_finite")
    if not math.isfinite(want):
        return text("engine_check.right_not_finite")
    if grad and got == 0.0:
        return text("engine_check.off.still_zero")
    if grad and got < 0.0 and want < 0.0 and got != want:  # -1.6 for -3.2: half of it, not "too large"
        amount = shown(float(f"{abs(got - want):.4g}"))
        return text(_SIZE_OFF_KEYS[abs(got) > abs(want)], amount=amount)
    return off_by(got, want)


# whether a negative gradient is larger in magnitude than the right one -> the words
_SIZE_OFF_KEYS = {True: "engine_check.off.larger_in_magnitude",
                  False: "engine_check.off.smaller_in_magnitude"}


def _and_then(first, second):
    """Two whole sentences of a message, one after the other."""
    return text("engine_check.and_then", first=first, second=second)


@dataclass
class _Graph:
    """One graph built in both engines: ``lines`` ([(name, case, input names)])
    over the inputs ``leaves`` ({name: number}); ``mine`` and ``ref`` map every
    name to its node, ``texts`` each operation's name to its line."""

    lines: list
    leaves: dict
    mine: dict
    ref: dict
    texts: dict
    left_on_nodes: list = field(default_factory=list)  # attributes backward() set on them

    @property
    def root(self):
        return self.lines[-1][0]

    @property
    def listing(self):
        return "; ".join(self.texts.values())

    @property
    def inputs(self):
        """The inputs the lines use, with their numbers (a random graph may leave one out)."""
        used = {name for _, _, args in self.lines for name in args}
        return _inputs_text((n, x) for n, x in self.leaves.items() if n in used)


@dataclass
class _Probe:
    """What one run of a node's ``_backward`` added to each input's grad, by
    ``id``: run with ``out.grad`` = ``out_grad``, first with the inputs' grads
    at 0 (``from_zero``: what it added), then starting from ``start``
    (``after``: the grads it left); and from 0 again with ``out.grad`` =
    ``_PROBE_OTHER_OUT_GRAD`` (``from_zero_other``)."""

    out_grad: float
    start: dict
    from_zero: dict
    after: dict
    only_leaves: bool  # every input of the node is an input of the whole graph
    from_zero_other: dict

    def grows_with_out_grad(self, child):
        """Whether what it adds to ``child`` is in proportion to ``out.grad``, as
        the chain rule has it: local derivative times out.grad."""
        key = id(child)
        return _close(self.from_zero[key] / self.out_grad,
                      self.from_zero_other[key] / _PROBE_OTHER_OUT_GRAD)

    @property
    def adds_nothing(self):
        return all(self.from_zero[k] == 0.0 and self.after[k] == self.start[k] for k in self.start)

    def how(self, child):
        """``"adds"``, ``"overwrites"`` (``=`` for ``+=``), or ``"reads_grads"``
        (what it adds depends on the grads already there)."""
        key = id(child)
        if _close(self.after[key] - self.start[key], self.from_zero[key]):
            return "adds"
        if _close(self.after[key], self.from_zero[key]):
            return "overwrites"
        return "reads_grads"


@dataclass
class _Pass:
    """One backward pass of the check's: from ``root``, with the ``_backward`` calls it
    made as recorded (see :func:`_record_backward_calls`; None where they could not be),
    and how the messages name the nodes the check made (``texts``, by ``id``)."""

    root: object
    calls: object
    texts: dict


class _StableSet(set):
    """A set that goes through its items in a fixed order.

    A lecture-style ``_prev`` is a set of nodes, whose order follows their
    ids and so changes from run to run; a backward pass that depends on that
    order would give other numbers on every run. The check gives its graphs'
    nodes this set instead, with the same items, so that its verdict and its
    message are the same every time.
    """

    def __init__(self, ordered):
        super().__init__(ordered)
        self._order = tuple(ordered)

    def __iter__(self):
        return iter(self._order)


# named as the learner's own set is: an error it raises reads "'set' object is not reversible"
_StableSet.__name__ = _StableSet.__qualname__ = "set"


def _stabilise(root):
    """Every set ``_prev`` under ``root``, in the drawings' fixed order."""
    for node in _topological_order(root):
        if type(getattr(node, "_prev", None)) in (set, frozenset):
            try:
                node._prev = _StableSet(_inputs_in_order(node))
            except Exception:  # a class that does not let the check set it: keep its order
                pass


class _Checker:
    def __init__(self, Value, groups, seed, graphs, backward=True):
        self.Value = Value
        self.groups = groups
        self.cases = [case for case in _CASES if case.group in groups]
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_graphs = graphs
        self.requires_backward = backward
        self.own_backward = backward and callable(getattr(Value, "backward", None))
        self.optional_absent = []  # optional operations the class has no method for
        self.notes = []  # said beside a passing verdict
        self.results = {}  # id -> every result the learner's operations handed back, kept alive
        self.defines_equality = _defines_equality(Value)
        self.content_read = _content_read_by_backward(Value)
        self.sorts_nodes = _sorts_in_backward(Value)
        self.state_at_start = state_of(Value)  # what the class could keep between calls
        self.made_by = next((_MADE_BY[g] for g in _MADE_BY if g in groups), None)
        self.doing = ""  # what the learner's code was last asked to do
        # (what they check, a function that runs it again) for each check that passed, and
        # whether one is running again (see kept_between_calls)
        self.passed_checks, self.rerunning = [], False
        self.right_at = {}  # case text -> the inputs it was right at, alone (check_alone)
        self.deadline = time.monotonic() + TOTAL_LIMIT * SECONDS
        self.stopped = False  # whether a call of the learner's code did not finish (see call)
        self.rechecking = False  # whether still_right runs a case again

    # -- running and reading the learner's code ---------------------------
    def call(self, function, *args, doing, too_long=None):
        """``function(*args)`` under the time limit; an exception raised, or a
        call that does not finish, ends the check with a message."""
        self.doing = doing
        try:
            with time_limit(SECONDS):
                return function(*args)
        except TookTooLong:
            if time.monotonic() >= self.deadline - 0.01:
                raise  # the whole check's limit: check_engine says so
            self.stopped = True
            _fail(too_long or text("learner_code.too_long", doing=doing, seconds=f"{SECONDS:g}"))
        except Exception as error:  # the learner's bug is the check's answer, not a crash
            _fail(describe_error(error, doing))

    def number(self, node, attribute, what):
        value = self.call(getattr, node, attribute, doing=text("engine_check.doing.read", what=what))
        try:
            return float(value)
        except (TypeError, ValueError, OverflowError):
            try:  # an input made from a Value (other = Value(other) with other a Value)
                wrapped = any(isinstance(getattr(child, "data", None), self.Value) for child in node._prev)
            except Exception:  # no _prev to read: another design
                wrapped = False
            _fail(text(_NOT_A_NUMBER_KEYS[isinstance(value, self.Value), wrapped], what=what,
                       kind=kind_of(value), got=repr(value)))

    def leaf(self, x, name):
        node = self.call(self.Value, x, doing=text("engine_check.doing.make_input", name=name, x=x))
        if not isinstance(node, self.Value):  # pragma: no cover - a class always makes its instances
            _fail(text("engine_check.leaf.not_a_value", x=x))
        for attribute in ("data", "grad"):
            if not hasattr(node, attribute):
                _fail(text("engine_check.leaf.missing", x=x, attribute=attribute))
        data = self.number(node, "data", f"Value({x}).data")
        if data != x:  # (whatever the operation tried: not a line of its own, said below)
            raise _Verdict(text("engine_check.leaf.data", x=x, got=repr(data)), of_init=True)
        grad = self.number(node, "grad", f"Value({x}).grad")
        if grad != 0:
            raise _Verdict(text("engine_check.leaf.grad", got=repr(grad)), of_init=True)
        return node

    def result(self, case_text, out, inputs=None):
        """``out``, checked to be one of the class's Values; ``inputs`` (``a = 1.5``)
        names the inputs it was computed from, ``None`` for a node in a graph."""
        if out is None:
            if inputs is None:
                _fail(text("engine_check.result.none_in_graph", expr=case_text))
            _fail(text("engine_check.result.none", expr=case_text, inputs=inputs))
        if not isinstance(out, self.Value):
            if type(out).__name__ == self.Value.__name__ or issubclass(self.Value, type(out)):
                _fail(self.another_class(case_text, inputs, type(out)))
            if inputs is None:
                _fail(text("engine_check.result.not_a_value_in_graph", expr=case_text,
                           kind=kind_of(out)))
            case = next((c for c in self.cases if c.text == case_text), None)
            if case is not None and case.group in COMPOSED_FORMS:  # Value(self.data * o) would lose it too
                _fail(text("engine_check.result.not_a_value_composed", expr=case_text, inputs=inputs,
                           kind=kind_of(out), method=case.method, form=COMPOSED_FORMS[case.group]))
            _fail(text("engine_check.result.not_a_value", expr=case_text, inputs=inputs,
                       kind=kind_of(out)))
        grad = getattr(out, "grad", 0.0)
        prev = getattr(out, "_prev", None)
        if (as_number(grad) is not None and grad != 0 and prev and id(out) not in self.results
                and all(getattr(p, "grad", None) == 0 for p in _members(prev))):
            # a new node, made from inputs no backward pass has reached yet (not an input
            # handed back, with no _prev, nor a result kept from an earlier call: those are
            # told elsewhere): __init__, or the operation's method, set its grad
            _fail(text("engine_check.result.grad_not_zero", expr=case_text, got=_fmt(grad)))
        self.results[id(out)] = out
        return out

    def another_class(self, case_text, inputs, other):
        """What to say when a result is of ``other``, a class named as the one checked."""
        subject = (text("engine_check.subject.in_graph", expr=case_text) if inputs is None
                   else text("engine_check.subject.case", expr=case_text, inputs=inputs))
        if issubclass(self.Value, other):
            return text("engine_check.result.base_class", subject=subject, name=other.__name__,
                        got=f"{other.__module__}.{other.__qualname__}")
        return text("engine_check.result.same_name", subject=subject, name=other.__name__,
                    module=other.__module__)

    def grad_against(self, node, reference, name):
        """``(got, want, right)``: ``name``'s grad in the learner's graph and in ours."""
        got = self.number(node, "grad", f"{name}.grad")
        want = reference.grad
        return got, want, _close(got, want)

    def unlinked_input(self, linked):
        """What to say if a result in ``linked`` does not lead back, through
        ``_prev``, to one of its inputs that an operation made: backward() finds
        the nodes below a result only through ``_prev``, so that input's own
        ``_backward`` may never run. ``linked``: [(how the message writes the
        result, its case, the node, [(how it writes an input, the input)])].
        ``""`` if every input is reached, or the class has no ``_prev`` to follow."""
        for expr, case, node, inputs in linked:
            for input_text, child in inputs:
                if _leads_to(node, child) is not False:
                    continue
                if _prev_is_empty(node):
                    return self.prev_empty(case, expr, node)
                return text("engine_check.prev_missing", expr=expr, input=input_text,
                            method=case.method, make=_make(case))
        return ""

    def prev_empty(self, case, expr, node):
        """What to say of ``node``, the result ``expr`` of ``case``, whose ``_prev`` is empty."""
        if self.init_drops_children():
            return text("engine_check.prev_empty.init", expr=expr)
        if self.makes_prev(case):  # made with its inputs, emptied since
            return text("engine_check.prev_empty.since", expr=expr, method=case.method)
        if case.group in COMPOSED_FORMS and not self.has_own_backward(node):
            # children alone would leave it with a leaf's _backward, which passes nothing on
            return text("engine_check.prev_empty.composite", expr=expr, method=case.method,
                        form=COMPOSED_FORMS[case.group])
        return text("engine_check.prev_empty.operation", expr=expr, method=case.method,
                    make=_make(case))

    def makes_prev(self, case):
        """Whether ``case`` on new inputs (0.75, 1.25) gives a result whose ``_prev`` is not
        empty."""
        xs = (0.75, 1.25)[:case.arity]
        if case.domain is not None and not case.domain(*xs):
            return False
        _, out = self.made_anew(case, xs)
        return not _prev_is_empty(out)

    def no_inputs_recorded(self, case, expr, out, mine):
        """What to say if ``out`` records no inputs (an empty ``_prev``) and backward()
        left every input's grad at 0: nothing could reach them. ``""`` otherwise (the
        output's own ``_backward`` runs without ``_prev``: what it adds is its own)."""
        if not _prev_is_empty(out) or any(
                self.number(node, "grad", f"{name}.grad") != 0 for name, node in mine.items()):
            return ""
        return self.prev_empty(case, expr, out)

    def has_own_backward(self, node):
        """Whether ``node`` carries local derivatives or a ``_backward`` other than the one a
        new Value (a leaf) gets; True when that cannot be told."""
        if getattr(node, "_local_grads", None):
            return True
        leaf = self.leaf(1.0, "a")  # (made under the time limit, as every input is)
        return getattr(getattr(node, "_backward", None), "__code__", None) is not getattr(
            getattr(leaf, "_backward", None), "__code__", None)

    def init_drops_children(self):
        """Whether ``Value(data, (a, b), op)`` forgets ``a`` and ``b`` (an ``__init__``
        that does not keep ``_children``); False if the class is not made that way."""
        try:
            def make():
                a, b = self.Value(1.0), self.Value(2.0)
                return len(self.Value(3.0, (a, b), "+")._prev) == 0

            return self.call(make, doing=text("engine_check.doing.make_input", name="c", x=3.0))
        except _Verdict:
            return False

    def probe(self, out, child):
        """Run ``out._backward`` on its own, twice (see :class:`_Probe`), and put
        every grad back; ``None`` if ``child`` is not one of its inputs or it
        cannot be run."""
        try:
            children = list({id(c): c for c in out._prev}.values())
            if not any(c is child for c in children) or not callable(out._backward):
                return None
            only_leaves = all(len(c._prev) == 0 for c in children)
            saved = [(node, node.grad) for node in children + [out]]
        except Exception:  # another engine design
            return None
        start = {id(c): _PROBE_STARTS[i % len(_PROBE_STARTS)] for i, c in enumerate(children)}
        try:
            zeros = dict.fromkeys(start, 0.0)
            from_zero = self.probe_run(out, children, zeros)
            after = self.probe_run(out, children, start)
            from_zero_other = self.probe_run(out, children, zeros, _PROBE_OTHER_OUT_GRAD)
        except Exception:  # a _Verdict too: what the probe could not run says nothing
            return None
        finally:
            for node, grad in saved:
                node.grad = grad
        return _Probe(_PROBE_OUT_GRAD, start, from_zero, after, only_leaves, from_zero_other)

    def added_by(self, out, out_grad):
        """What ``out._backward``, run on its own with ``out.grad`` = ``out_grad``, adds to
        each input's grad from 0, by ``id`` (every grad put back after), or None where it
        cannot run."""
        try:
            children = list({id(c): c for c in out._prev}.values())
            saved = [(n, n.grad) for n in children + [out]]
        except Exception:  # another engine design
            return None
        try:
            return self.probe_run(out, children, {id(c): 0.0 for c in children}, out_grad)
        except Exception:  # what could not run says nothing here
            return None
        finally:
            for n, grad in saved:
                n.grad = grad

    def probe_run(self, out, children, start, out_grad=_PROBE_OUT_GRAD):
        for child in children:
            child.grad = start[id(child)]
        out.grad = out_grad
        self.call_backward(out, text("engine_check.subject.its_graph"))
        return {id(child): float(child.grad) for child in children}

    # -- backward ------------------------------------------------------------
    def prepare(self, root):
        """Fix the order of ``root``'s graph and record its ``_backward`` calls
        (see :func:`_record_backward_calls`)."""
        return self.call(_prepare, root, doing=text("engine_check.doing.read_prev",
                                                    subject=text("engine_check.subject.its_graph")))

    def backward(self, root, subject, too_long=None, calls=None, output_grad=True):
        """Run the backward pass from ``root``; ``subject`` says what it is the output of.
        With ``output_grad``, the output's grad must be 1 afterwards (``calls``, the record
        :meth:`prepare` made, tells whether it was 1 when the output's ``_backward`` ran)."""
        self.walk_backward(root, subject, too_long)
        if output_grad:
            self.output_grad_is_one(root, subject, calls)

    def walk_backward(self, root, subject, too_long):
        try:
            nodes = list(reachable(root))
        except Exception:  # a broken _prev: the comparisons say what is wrong
            nodes = []
        none = next((node for node in nodes if getattr(node, "_backward", 0) is None), None)
        if none is not None:  # backward() would call it: say what it is before it does
            self.call_backward(none, subject)
        if self.own_backward:
            self.call(root.backward, doing=text("engine_check.doing.backward", subject=subject),
                      too_long=too_long)
            return
        # no backward() yet: walk the graph the way backward() will
        if not hasattr(root, "_prev") or not hasattr(root, "_backward"):
            _fail(text("engine_check.no_backward"))
        order = self.call(_topological_order, root,
                          doing=text("engine_check.doing.read_prev", subject=subject))
        root.grad = 1.0
        for node in reversed(order):
            self.call_backward(node, subject)

    def call_backward(self, node, subject):
        """Call ``node._backward`` as backward() does, under the time limit; a ``_backward``
        that is None is named at once (``_backward()`` stored where the function belongs)."""
        if getattr(node, "_backward", 0) is None:
            op = getattr(node, "_op", "")
            if op:
                _fail(text("engine_check.backward_is_none", op=op))
            _fail(text("engine_check.input_backward_is_none"))
        if not hasattr(node, "_backward"):  # none set in __init__, nor by the operation
            _fail(text("lesson06.init.no_backward"))
        self.call(node._backward, doing=_calling_backward(node, subject))

    def output_grad_is_one(self, root, subject, calls):
        got = self.number(root, "grad", text("engine_check.what.output_grad"))
        if got != 1.0:
            # its own _backward ran with grad 1: set right, then changed afterwards
            reset = calls and any(node is root and float(grad) == 1.0 for node, grad in calls[0])
            _fail(text(_ROOT_GRAD_KEYS[self.own_backward and bool(reset), self.own_backward],
                       subject=subject, got=_pair(got, 1.0)["got"]))

    # -- stage 1: each operation ---------------------------------------------
    def points(self, case, count=3, rng=None):
        if rng is None and case.own_draws:
            rng = random.Random(f"{self.seed} {case.text} {count}")
        rng = rng or self.rng
        found = []
        while len(found) < count:
            xs = tuple(round(rng.uniform(-2.0, 2.0), 2) for _ in range(case.arity))
            if any(abs(x) < 0.2 for x in xs):
                continue
            if case.domain is None or case.domain(*xs):
                found.append(xs)
        if case.group == "relu" and count > 1:
            # both sides of 0, so a wrong derivative on either side is named as relu's
            signs = {x > 0 for xs in found for x in xs}
            if len(signs) == 1:
                found[-1] = tuple(-x for x in found[-1])
        if count > 1:  # far out (a derivative right only for small inputs shows), and
            # where a curve flattens (a derivative cut to 0 there shows)
            far = tuple(round(4 * x, 2) for x in found[0])
            edges = (*_FAR_INPUTS.get(case.group, ()), *_NEAR_ZERO_INPUTS.get(case.group, ()))
            found.extend(xs for xs in [*((x,) for x in edges), far]
                         if case.domain is None or case.domain(*xs))
        if case.group in _ZERO_INPUT_GROUPS and count > 1:
            # each input 0 in turn: a local derivative written as out.data / self.data
            # (right wherever self.data is not 0) divides by 0 there
            for i in range(case.arity):
                xs = found[0][:i] + (0.0,) + found[0][i + 1:]
                if case.domain is None or case.domain(*xs):
                    found.append(xs)
        if count > 1:
            found.extend(_SPECIAL_POINTS.get(case.text, ()))
        return found

    def missing_methods(self):
        """Every method the checked operations need and the class lacks, named
        at once; then backward(), if it is required."""
        first_cases = {}
        for case in self.cases:
            first_cases.setdefault(case.method, case)
        missing = [c for c in first_cases.values() if not hasattr(self.Value, c.method)]
        if len(missing) == 1:
            case = missing[0]
            if case.group in _MISSING_REFLECTED:
                _fail(text(_MISSING_REFLECTED[case.group], expr=case.text, method=case.method))
            _fail(text("engine_check.missing.method", expr=case.text, method=case.method))
        if missing:
            separator = text("engine_check.missing.separator")
            _fail(text("engine_check.missing.methods",
                       methods=separator.join(f"`{c.method}`" for c in missing),
                       exprs=separator.join(f"`{c.text}`" for c in missing)))
        if self.requires_backward and not self.own_backward:
            _fail(text("engine_check.missing.backward"))

    def check_alone(self, case):
        if case.may_return_input and self.returns_its_input(case):
            return
        for xs in self.points(case):
            try:
                self.check_case_or_given_back(case, xs)
            except _Verdict as verdict:
                raise self.right_elsewhere(case, xs, verdict) from None
            self.right_at.setdefault(case.text, []).append(xs)
        if case.arity == 2:
            self.check_case(case, self.points(case, 1)[0], same=True)

    def check_case_or_given_back(self, case, xs, **how):
        """check_case; where it fails on an operation of one Value that gives back its
        input at ``xs``, as it was, that is the cause, whatever showed it (its value, or
        its grad)."""
        try:
            self.check_case(case, xs, **how)
        except _Verdict:
            if case.arity == 1 and not case.may_return_input:
                (a,), out = self.made_anew(case, xs)
                if out is a and same_result(a.data, xs[0]):
                    _fail(text("engine_check.case.returns_input_alone", expr=case.text,
                               inputs=_inputs_text(zip("a", xs)), name="a", method=case.method))
            raise

    def check_ones_in_context(self, case):
        """The points of ``case`` with an input of 1 or -1 (see _SPECIAL_POINTS), now with a
        grad from above of -1.5: a shortcut for a factor of 1 that drops out.grad shows."""
        for xs in _SPECIAL_POINTS.get(case.text, ()):
            if any(abs(x) == 1.0 for x in xs):
                self.check_case(case, xs, upstream=-1.5)

    def right_elsewhere(self, case, xs, verdict):
        """``verdict`` on ``case`` at ``xs``, a number a shortcut is written for (0, 1, -1),
        with a note when the case is still right at the first input it was right at: the
        code treats some inputs apart (``if other.data == -1``), a candidate the message's
        own list may leave out."""
        right = self.right_at.get(case.text)
        if not right or not any(x in SPECIAL_NUMBERS for x in xs) or verdict.of_init:
            return verdict
        if verdict.left_out is not None and self.leaves_out(case, right[0], verdict.left_out):
            return verdict  # (there too, though nothing showed it: the numbers came out right)
        try:
            self.check_case(case, right[0])
        except _Verdict:  # not right there any more: what it keeps, not the input
            return verdict
        names = "ab"[:case.arity]
        return _Verdict(_and_then(verdict.feedback.message, text(
            "engine_check.right_elsewhere", expr=case.text,
            inputs=_inputs_text(zip(names, right[0])), here=_inputs_text(zip(names, xs)))))

    def leaves_out(self, case, xs, name):
        """Whether ``case`` at ``xs`` makes a result whose graph does not reach the input
        ``name`` ("a" or "b")."""
        names = "ab"[:case.arity]
        leaves, out = self.made_anew(case, xs)
        return name in names and _leads_to(out, leaves[names.index(name)]) is False

    def returns_its_input(self, case):
        """Whether ``case`` on a new input gives that input itself (``0 + a`` as ``a``)."""
        (a,), out = self.made_anew(case, (0.75,))
        return out is a

    def made_anew(self, case, xs):
        """``case`` on new leaves a (and b) holding ``xs``: (the leaves, the result)."""
        names = "ab"[:case.arity]
        leaves = [self.leaf(x, n) for n, x in zip(names, xs)]
        return leaves, self.call(case.apply, *leaves, doing=text(
            "engine_check.doing.compute", expr=case.text, inputs=_inputs_text(zip(names, xs))))

    def check_in_context(self, case):
        """With a gradient from above, with each input used once more, with its
        inputs made by another operation, and (one input) twice in one graph."""
        xs = self.points(case, 1)[0]
        self.check_case(case, xs, upstream=-1.5)
        # and a tiny grad from above (the lesson's loss passes 0.05 down, and smaller grads
        # below it): a backward() or `_backward` that skips or drops small grads, at any
        # threshold above this one, shows (grads are compared relative to their size)
        self.check_case(case, xs, upstream=_TINY_OUT_GRAD)
        # every input beyond 12 ("* out.grad" left out, or a local derivative capped, for
        # large inputs only shows)
        # (and a grad from above of 25: one capped shows); then beyond 100, not whole
        # numbers (a number rounded, or one capped at 50, shows)
        for far in (tuple(round(math.copysign(reach + spread * abs(x), x), 2) for x in xs)
                    for reach, spread in _FAR_REACHES):
            if case.domain is None or case.domain(*far):
                self.check_case_or_given_back(case, far, upstream=-25.0)
        for name in "ab"[: case.arity]:
            self.check_case(case, xs, reused=name)
        if self.made_by is not None:
            self.check_case(case, xs, made=True)
        if case.arity == 1 or "+" in self.groups:
            self.check_twice(case)

    def check_twice(self, case, points=None):
        """Two results of one operation in one graph: ``a.tanh() + b.tanh()``, or
        ``a * b + a * c`` (one input in both). Each alone is right by now, so a wrong
        grad here means the two interfere: something a ``_backward`` reads or keeps
        lies outside its node. ``points``: the inputs, when it is run again."""
        if points is None:
            points = self.twice_points(case)
        again = functools.partial(self.check_twice, case, points)
        values = dict(zip("abc"[:case.arity + 1], points))  # (a and b, or a, b and c: no more)
        inputs = _inputs_text(values.items())
        other = ["b"] if case.arity == 1 else ["a", "c"]
        expr = f"{case.text} + {_substitute(case.text, other)}"
        mine = {n: self.leaf(v, n) for n, v in values.items()}
        ref = {n: _Reference(v) for n, v in values.items()}

        def both(nodes):
            return (case.apply(*[nodes[n] for n in "ab"[:case.arity]])
                    + case.apply(*[nodes[n] for n in other]))

        computing = text("engine_check.doing.compute", expr=expr, inputs=inputs)
        root = self.result(expr, self.call(lambda: both(mine), doing=computing), inputs)
        ref_root = both(ref)
        subject = text("engine_check.subject.case", expr=expr, inputs=inputs)
        self.backward(root, subject)
        ref_root.backward()
        for n in values:
            got, want, right = self.grad_against(mine[n], ref[n], n)
            if not right:
                message = text("engine_check.case.twice_grad", subject=subject, name=n,
                               **_pair(got, want))
                if self.rerunning:  # run again to compare: what is wrong is enough
                    _fail(message)
                # each use alone at its inputs here first: wrong alone, it is not the two
                # interfering (a number treated apart, say), and check_case tells what it is
                uses = [tuple(values[k] for k in names) for names in ("ab"[:case.arity], other)]
                for xs in uses:
                    self.check_case(case, xs)
                why = text(_TWICE_KEYS[case.arity], op=case.text)
                if self.own_backward:  # (its walk may pass a grad on before it is whole)
                    why += text("engine_check.case.twice_or_order")
                self.fail_unless_kept_state(case.text, again, message, why)
        if not self.rerunning:
            self.passed_checks.append((case.text, again))

    def twice_points(self, case):
        """The inputs of :meth:`check_twice`: a and b, or a, b and c, all different."""
        # a * b + a * c draws from its own generator: the inputs of every later check
        # stay what they were before this one was added
        rng = (self.rng if case.arity == 1 and not case.own_draws
               else random.Random(f"{self.seed} {case.text}"))
        points = [x for xs in self.points(case, 2 if case.arity == 1 else 1, rng) for x in xs]
        if case.arity == 2:
            points.append(self.points(case, 1, rng)[0][1])
        while len(set(points)) < len(points):
            points[-1] = self.points(case, 1, rng)[0][-1]
        return points

    def check_case(self, case, xs, upstream=None, same=False, reused=None, made=False):
        """One use of an operation; ``same``: both inputs are one Value (``a op a``);
        ``upstream``: the result times k = ``upstream``; ``reused``: the name of an
        input added to the result (``a.tanh() + a``); ``made``: each input made by
        another operation from an input x (or y), ``(x * 2).tanh()``."""
        again = functools.partial(self.check_case, case, xs, upstream, same, reused, made)
        names = "ab"[: case.arity]
        if same:
            expr = case.text.replace("b", "a")
            values = {"a": xs[0]}
        elif made:
            maker, start_from = self.made_by
            values = {n: start_from(x) for n, x in zip("xy", xs)}
            made_texts = [_substitute(maker.text, n) for n in values]
            expr = _substitute(case.text, [f"({t})" for t in made_texts])
        else:
            expr = case.text
            values = dict(zip(names, xs))
        inputs = _inputs_text(values.items())
        mine = {n: self.leaf(v, n) for n, v in values.items()}
        labels = {n: (getattr(node, "label", None), getattr(node, "_op", None))
                  for n, node in mine.items()}  # as made
        ref = {n: _Reference(v) for n, v in values.items()}
        # the operation's results that take results of other operations as inputs,
        # for unlinked_input: [(text, case, node, [(input's text, input)])]
        linked = []
        if made:
            args = [self.result(t, self.call(maker.apply, mine[n], doing=text(
                "engine_check.doing.compute", expr=t, inputs=inputs)), inputs)
                for t, n in zip(made_texts, values)]
            ref_args = [maker.apply(ref[n]) for n in values]
        else:
            args, ref_args = ([mine["a"]] * case.arity, [ref["a"]] * case.arity) if same else (
                [mine[n] for n in names], [ref[n] for n in names])
        computing = text("engine_check.doing.compute", expr=expr, inputs=inputs)
        arg_names = made_texts if made else ["a"] * case.arity if same else names
        hung = [getattr(arg, "_backward", None) for arg in args]  # what each input had
        out = self.result(expr, self.call(case.apply, *args, doing=computing), inputs)
        given = next((n for n, arg in zip(arg_names, args) if arg is out), None)
        if given is not None and not case.may_return_input and len(set(map(id, args))) > 1:
            # one of its inputs itself: the other is cut off the graph (its grad never comes)
            _fail(text("engine_check.case.returns_input", expr=expr, inputs=inputs, name=given,
                       method=case.method))
        ref_out = case.apply(*ref_args)
        self.inputs_unchanged(mine, values, computing, labels)
        for name, arg, was in zip(arg_names, args, hung):  # self._backward = _backward
            if getattr(arg, "_backward", None) != was:
                _fail(text("engine_check.replaces_input_backward", expr=expr, name=name))
        self.prev_holds_values(case, expr, out)
        self.prev_holds_the_inputs(case, expr, inputs, out, zip(arg_names, args))
        self.check_value(case, expr, inputs, out, ref_out.data, xs, same)  # before its name
        self.op_names_the_operation(case, expr, out)
        if made:
            linked.append((expr, case, out, list(zip(made_texts, args))))
        root, ref_root, whole = out, ref_out, expr
        subject = text("engine_check.subject.case", expr=expr, inputs=inputs)
        if upstream is not None:
            k = self.leaf(upstream, "k")
            whole = f"({expr}) * k"
            root = self.result(whole, self.call(lambda: out * k, doing=text(
                "engine_check.doing.compute_times_k", expr=expr)), inputs)
            ref_root = ref_out * _Reference(upstream)
            linked.append((whole, _case("a * b"), root, [(expr, out)]))
            subject = text("engine_check.subject.case_times_k", expr=expr, inputs=inputs,
                           k=upstream)
        elif reused is not None:
            whole = f"{expr} + {reused}"
            root = self.result(whole, self.call(lambda: out + mine[reused], doing=text(
                "engine_check.doing.compute", expr=whole, inputs=inputs)), inputs)
            ref_root = ref_out + ref[reused]
            linked.append((whole, _case("a + b"), root, [(expr, out)]))
            subject = text("engine_check.subject.case", expr=whole, inputs=inputs)
        calls = self.prepare(root)
        texts = {id(arg): t for t, arg in zip(made_texts, args)} if made else {}
        walked = _Pass(root, calls, {**texts, id(out): expr, id(root): whole})
        was = self.number(out, "data", expr)
        self.backward(root, subject, output_grad=False)  # its grad after the checks below
        self.inputs_unchanged(mine, values, text(_BACKWARD_DOING_KEYS[self.own_backward],
                                                 subject=subject), labels, in_backward=True)
        now = self.number(out, "data", expr)
        if not same_result(now, was):
            after, before = differing(now, was)  # (digits enough to tell them apart)
            _fail(text(_CHANGES_RESULT_KEYS[self.own_backward], expr=expr, inputs=inputs,
                       before=before, after=after))
        ref_root.backward()
        self.output_grad_is_one(root, text("engine_check.subject.case", expr=whole, inputs=inputs),
                                calls)
        for i, n in enumerate(values):
            got, want, right = self.grad_against(mine[n], ref[n], n)
            if right:
                continue
            message = text(_GRAD_KEYS[self.own_backward], subject=subject, name=n,
                           **_pair(got, want), off=_off(got, want))
            if self.rerunning:  # run again to compare: what is wrong is enough
                _fail(message)
            # the order first: a probe runs a _backward, which the record would count;
            # but what reads state outside the graph (shown by one more operation) can
            # make any order look wrong, so that is said before the order
            # (the check's own walk, before backward() exists, has the right order: what
            # looks like an order problem there is a _backward that changes out.grad)
            order = (self.or_equality(_order_problem(calls, {id(out): expr}, root))
                     if self.own_backward else "")
            why = (self.unlinked_input(linked)
                   or self.no_inputs_recorded(case, expr, out, mine)
                   or _input_left_graph(case, expr, out, n, mine[n], got)
                   or self.reads_later_operations([maker, case] if made else [case], root,
                                                  mine, subject)
                   or order
                   # (last: it runs each _backward once more, outside the walk)
                   or (not self.own_backward and self.changes_out_grad({id(out): expr}, root)))
            if not why and made:  # each alone is right: the operation's _backward goes wrong
                # with an out.grad other than the small checks', a node's at these inputs, or
                # what links them
                why = self.not_times_out_grad(expr, out, zip(made_texts, args))
                if not why:
                    wrong, untested = self.node_wrong_here(walked)
                    why = wrong or self.unless_untested(untested, "link", op=case.text,
                                                        maker=maker.text)
            why = why or self.why_case(case, i, n, expr, out, mine, values, got, want,
                                       upstream, same, reused, walked)
            self.fail_unless_kept_state(case.text, again, message, why)
        if not self.rerunning:
            self.passed_checks.append((case.text, again))

    def reads_later_operations(self, cases, root, mine, subject):
        """What to say if the grads of ``mine`` (the inputs by name) change when one
        more result of one of ``cases`` (the graph's operations) is made outside
        ``root``'s graph: the code reads something kept outside the graph's nodes.
        ``""`` if they do not, or if backward() run again alone already changes
        them (the repeat checks say so)."""
        def grads():
            return {n: self.number(node, "grad", f"{n}.grad") for n, node in mine.items()}

        def again():
            for node in nodes:
                node.grad = 0.0
            self.backward(root, subject, output_grad=False)  # the inputs' grads only
            return grads()

        try:
            nodes = list(reachable(root))
            before = grads()
            first = again()
            if any(not _close(first[n], before[n]) for n in mine):
                return ""
            for case in cases:
                values = [0.75 + 0.5 * i for i in range(case.arity)]
                inputs = _inputs_text(zip("ab", values))
                self.call(case.apply, *[self.leaf(v, n) for n, v in zip("ab", values)],
                          doing=text("engine_check.doing.compute", expr=case.text, inputs=inputs))
                second = again()
                name = next((n for n in mine if not _close(second[n], first[n])), None)
                if name is not None:
                    return text(_READS_LATER_KEYS[self.own_backward], expr=case.text,
                                name=name, before=_fmt(first[name]), after=_fmt(second[name]))
        except Exception:  # a _Verdict too: what could not run says nothing here
            return ""
        return ""

    def inputs_unchanged(self, mine, values, doing, labels, in_backward=False):
        """The inputs ``mine`` must still hold the ``values`` they were made with, and the
        ``labels`` and ``_op`` (in ``labels``) they had then (a class may label a new Value by its number), after
        ``doing`` (a backward pass, if ``in_backward``): an operation makes a new Value and
        leaves its inputs be (their grads too), and a backward pass changes grads only."""
        for name, node in mine.items():
            got = self.number(node, "data", f"{name}.data")
            if got != values[name]:
                _, after = differing(values[name], got)  # (1.38 and 1.3800001 differ)
                before = f"{values[name]:.12g}"
                _fail(text(_CHANGES_INPUT_KEYS[in_backward], name=name,
                           before=before, after=after, doing=doing))
        for name, node in mine.items():
            for attribute, before in zip(("label", "_op"), labels[name]):
                if getattr(node, attribute, None) != before:
                    _fail(text(_CHANGES_SHOWN_KEYS[attribute, in_backward], name=name,
                               before=quoted(before),
                               after=quoted(getattr(node, attribute, None)), doing=doing))
        for name, node in mine.items():  # made with grad 0 (leaf): only a _backward adds
            grad = self.number(node, "grad", f"{name}.grad")
            if not in_backward and grad != 0:
                _fail(text("engine_check.forward_changes_grad", name=name, after=_fmt(grad),
                           doing=doing))

    def tanh_of_large_inputs(self):
        """tanh of ±400 is ±1 (in floats). The lecture's formula through exp(2x) raises
        OverflowError there: a note, as a network whose inputs to tanh are that large
        has diverged anyway; any other number is wrong."""
        for x in (400.0, -400.0):
            a = self.leaf(x, "a")
            try:
                out = self.call(a.tanh, doing=text("engine_check.doing.compute", expr="a.tanh()",
                                                   inputs=f"a = {x:g}"))
            except _Verdict as verdict:
                if "OverflowError" not in verdict.feedback.message:
                    raise
                self.notes = [text("engine_check.tanh_overflows", x=f"{x:g}",
                                   value=f"{math.tanh(x):g}")]
                continue
            got = self.number(out, "data", "a.tanh()")
            if got != math.copysign(1.0, x):
                _fail(text("engine_check.tanh_large", x=f"{x:g}", got=_fmt(got),
                           want=f"{math.copysign(1.0, x):g}"))

    def leaf_backward_does_nothing(self):
        a = self.leaf(2.0, "a")
        if callable(getattr(a, "_backward", None)):  # (else the operations' checks say so)
            problem = leaf_backward_problem(a)
            if problem is not None:
                _fail(problem.message)

    def leaves_as_made(self):
        """A Value made from a number alone holds no inputs, and the label it is given
        (none: ""), or draw_dot draws it with inputs that did not make it, without the
        name it was given, or with another node's label (a label kept on the class by
        the last __init__)."""
        labelled = "label" in _parameters_of(self.Value)
        if labelled:
            a = self.call(lambda: self.Value(2.0, label="a"), doing=text(
                "engine_check.doing.make_labelled_input", name="a", x=2.0))
        else:
            a = self.leaf(2.0, "a")
        if labelled and not hasattr(a, "label"):
            _fail(text("lesson06.init.missing", name="label"))
        if labelled and a.label != "a":  # (`self.label = ""`, whatever it is given)
            _fail(text("engine_check.leaf.label_not_kept", got=quoted(a.label)))
        b = self.leaf(-3.0, "b")
        for x, node in ((2.0, a), (-3.0, b)):
            prev = getattr(node, "_prev", None)
            if type(prev) in CONTAINERS and len(prev):
                shared = type(prev) in (list, set, dict) and prev is getattr(a if node is b else b, "_prev", None)
                _fail(text(_LEAF_INPUTS_KEYS[shared], x=x, got=repr(prev), kind=kind_of(prev)))
        if labelled and getattr(b, "label", "") == "a":
            _fail(text("engine_check.leaf.label_of_another"))

    def prev_per_node(self):
        """Each Value keeps its own ``_prev``: one list or set shared by all of them
        (a class attribute, say) makes the graph of every node the last one's."""
        if "+" not in self.groups:
            return
        a, b = self.leaf(1.5, "a"), self.leaf(-2.0, "b")
        inputs = _inputs_text((("a", 1.5), ("b", -2.0)))
        out = self.result("a + b", self.call(lambda: a + b, doing=text(
            "engine_check.doing.compute", expr="a + b", inputs=inputs)), inputs)
        prev = getattr(a, "_prev", None)
        if type(prev) in CONTAINERS and prev is getattr(out, "_prev", None):
            _fail(text("engine_check.shared_prev", kind=kind_of(prev)))


    def zero_input_kept(self):
        """An input that holds 0 is an input too: an ``__init__`` that keeps only the
        children whose data is not 0 cuts it off the graph (its grad is then lost); and
        0 divided by a number is 0 (``(b * a**-1)**-1`` raises there)."""
        if "/" in self.groups:
            zero, b = self.leaf(0.0, "z"), self.leaf(2.0, "b")
            inputs = _inputs_text((("z", 0.0), ("b", 2.0)))
            self.result("a / b", self.call(lambda: zero / b, doing=text(
                "engine_check.doing.compute", expr="z / b", inputs=inputs)), inputs)
        if "+" not in self.groups:
            return
        a, zero = self.leaf(1.5, "a"), self.leaf(0.0, "z")
        inputs = _inputs_text((("a", 1.5), ("z", 0.0)))
        out = self.result("a + b", self.call(lambda: a + zero, doing=text(
            "engine_check.doing.compute", expr="a + z", inputs=inputs)), inputs)
        missing = [name for name, node in (("a", a), ("z", zero)) if _leads_to(out, node) is False]
        if missing:  # (None: a _prev that cannot be walked, said elsewhere)
            _fail(text("engine_check.prev_drops_input", names=listed(missing)))

    def prev_holds_the_inputs(self, case, expr, inputs, out, named_args):
        """The result of an operation that is not made of others (``+``, ``*``, ``**``,
        ``tanh``, ...) must hold its inputs themselves in ``_prev``: another Value
        with the same data there (a result kept from an earlier call with the same
        numbers, or a copy) cuts the input off the graph; an exponent put there too is named,
        and so are two inputs kept in the reverse order of the operation's (a set, which
        has no order, passes). ``named_args``: (how the message names an input, the input)."""
        if case.group in _USUALLY_COMPOSITE:
            return
        try:
            prev = list(out._prev)
        except Exception:  # no _prev, or not a container: another engine design
            return
        named_args = list(named_args)
        extra = [item for item in prev if not any(item is arg for _, arg in named_args)]
        exponent = _power_of(expr) if case.group == "**" else None
        op = getattr(out, "_op", None)
        if exponent is not None and isinstance(op, str) and op.strip() == "*" and len(prev) == 2:
            # a ** 2 as self * self (a mere misnamed ** holds one input: said elsewhere)
            _fail(text("engine_check.pow_built_from_products", expr=expr, n=f"{exponent:g}"))
        if extra and all(isinstance(item, self.Value) and getattr(item, "data", None) == exponent
                         for item in extra):
            # the exponent put in the graph: drawn as an input with a gradient that is not its own
            _fail(text("engine_check.pow_exponent_in_prev", expr=expr, count=len(prev)))
        for name, arg in named_args:
            # (an input reached through a node between, such as self * 1, is in the graph)
            if any(item is arg for item in prev) or _leads_to(out, arg):
                continue
            same = [item for item in prev
                    if isinstance(item, self.Value) and getattr(item, "data", None) == arg.data]
            if not same:
                continue
            # another input, or the number of `a + 0` alone in a _prev of one: arg left out,
            # not copied (a cache's result holds as many nodes as a new one)
            left_out = all(any(item is other for _, other in named_args) for item in same) or (
                len(prev) == 1 and case.group in ("+", "*", "radd", "rmul"))
            raise _Verdict(text(_NOT_THE_INPUT_KEYS[left_out], expr=expr, inputs=inputs,
                                name=name, children=case.children),
                           left_out=name if left_out else None)
        for name, arg in named_args:  # (self, self) for tanh: drawn and stepped as two uses
            held = sum(item is arg for item in prev)
            uses = sum(other is arg for _, other in named_args)
            if isinstance(out._prev, (tuple, list)) and held > uses:
                _fail(text("engine_check.prev_repeats_input", expr=expr, name=name, held=held,
                           children=case.children))
        (first, a), (second, b) = named_args if len(named_args) == 2 else ((None, 0), (None, 0))
        if (isinstance(out._prev, (tuple, list)) and first is not None and a is not b
                and len(prev) == 2 and prev[0] is b and prev[1] is a):  # a set has no order: fine
            _fail(text("engine_check.prev_reversed", expr=expr, first=first, second=second))
        # a number of the operation's own, made a Value ("a * 3": Value(3)), may be there; any
        # other node is drawn as an input it does not have ((self, Value(t)) for tanh)
        written = {float(n) for n in re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", expr)}
        # (a copy of an input, or a Value made from a Value, is said elsewhere)
        strangers = [item for item in extra if isinstance(item, self.Value)
                     and getattr(item, "data", None) not in written
                     and not isinstance(getattr(item, "data", None), self.Value)
                     and not any(getattr(item, "data", None) == arg.data or _leads_to(item, arg)
                                 for _, arg in named_args)]
        if len(strangers) == 1 and len(written) == 1 and case.group in ("+", "*", "radd", "rmul"):
            # the number written in the operation, made a Value with another number
            _fail(text("engine_check.number_changed", expr=expr, got=repr(strangers[0]),
                       number=f"{written.pop():g}"))
        if strangers and case.group != "**":
            _fail(text("engine_check.prev_holds_another", expr=expr, count=len(prev),
                       got=repr(strangers[0]), children=case.children))

    def op_names_the_operation(self, case, expr, out):
        """An addition or a multiplication whose ``_op`` is not its symbol ("x" or "-"
        on a product): draw_dot and the stepper would name the operation wrongly."""
        want = _OP_SYMBOLS.get(case.group)
        got = getattr(out, "_op", None)
        named = isinstance(got, str) and not _prev_is_empty(out)  # (no inputs: said elsewhere)
        if named and case.group in _OP_NAMES and got.strip() not in (_OP_NAMES[case.group], case.group):
            _fail(text(_WRONG_OP_KEYS[bool(got.strip())], expr=expr, got=got, want=_OP_NAMES[case.group]))
        if named and case.group == "**" and not _names_the_power(got, case.text):
            _fail(text(_WRONG_OP_KEYS[bool(got.strip())], expr=expr, got=got,
                       want=f"**{_power_of(case.text):g}"))
        if want is not None and not got and _prev_is_empty(out):
            # a Value made from a number alone (2 + a as Value(2 + a.data)): no _op, no
            # inputs, no _backward, and the missing inputs are what to fix
            _fail(self.prev_empty(case, expr, out))
        if want is not None and isinstance(got, str) and got.strip() != want:
            if got.strip() and case.group in ("radd", "rmul"):  # built from other operations?
                _fail(text("engine_check.result.wrong_op_reflected", expr=expr, got=got, want=want,
                           method=case.method))
            _fail(text(_WRONG_OP_KEYS[bool(got.strip())], expr=expr, got=got, want=want))

    def prev_holds_values(self, case, expr, out):
        """``out._prev`` must hold Values only: backward() goes on into each item."""
        try:
            numbers = [child for child in out._prev
                       if isinstance(child, (int, float)) and not isinstance(child, bool)]
        except Exception:  # no _prev, or not a container: another engine design
            return
        if numbers and case.group == "**":
            _fail(text("engine_check.prev_number.pow", expr=expr, got=repr(numbers[0])))
        if numbers:
            _fail(text("engine_check.prev_number.operation", expr=expr, got=repr(numbers[0]),
                       method=case.method))

    def check_value(self, case, expr, inputs, out, want, xs, same):
        got = self.number(out, "data", text("engine_check.what.data_of", expr=expr))
        if _close(got, want):
            return
        message = text("engine_check.case.value", expr=expr, inputs=inputs, **_pair(got,
                       want), off=_off(got, want, grad=False))
        power_one = bool(case.power_one) and not same and _close(got, case.power_one[1](*xs))
        if case.swapped and not same:
            swapped, other_way = case.swapped[0], case.swapped[1](*xs)
            if _close(got, other_way) and not _close(other_way, want) and power_one:
                # (1 / a: a / 1 and 1 * a are one number; which slip made it, the check cannot tell)
                _fail(_and_then(message, text("engine_check.case.swapped_or_power_one", swapped=swapped,
                                              product=case.power_one[0], method=case.method, expr=expr)))
            if _close(got, other_way) and not _close(other_way, want):
                reflected = case.method.startswith("__r")
                message = _and_then(message, text(_SWAPPED[reflected], swapped=swapped,
                                                  method=case.method, expr=expr))
        if case.crossed and not same:  # (said first: "that is" points at the value)
            crossed, exchanged = case.crossed[0], case.crossed[1](*xs)
            if _close(got, exchanged) and not _close(exchanged, want) and self.gives_again(case, case.crossed[1]):
                used, right = ("*", "+") if "*" in crossed else ("+", "*")
                message = _and_then(message, text("engine_check.case.crossed", crossed=crossed,
                                                  method=case.method, used=used, right=right))
        if case.group in _REFLECTED_FORMS:  # 2 + a: a's __radd__, with other = 2
            mirrored = self.mirrored_gives(case, xs, got, want)
            if mirrored is not None:  # a + 2 as wrong: the fault is in __add__, which it calls
                message = _and_then(message, text(
                    "engine_check.case.reflected_passes_on", mirrored=mirrored,
                    method=case.method, own=_OWN_METHODS[case.group]))
            else:
                message = _and_then(message, text("engine_check.case.reflected_value", expr=expr,
                                                  method=case.method,
                                                  form=_REFLECTED_FORMS[case.group]))
        if power_one:
            message = _and_then(message, text("engine_check.case.power_one",
                                              product=case.power_one[0]))
        if case.unsigned and not same:  # (a - b with a = 0 is b - a too: both are said)
            unsigned, without_minus = case.unsigned[0], case.unsigned[1](*xs)
            if _close(got, without_minus) and not _close(without_minus, want):
                # (or at these numbers alone: a - 1 wrong where a - b was right)
                kin = [other for other in _CASES if other.group == case.group
                       and other is not case and other.unsigned and self.right_at.get(other.text)]
                alike = [other for other in kin if other.arity == case.arity]
                if not self.gives_again(case, case.unsigned[1]):  # (at another input, now)
                    where = "here"
                elif alike:  # right at first: right still (this number apart), or not (since)?
                    where = "here" if any(self.still_right(other) for other in alike) else "since"
                else:
                    where = "numbers" if kin else "everywhere"
                message = _and_then(message, text(_SIGN_LOST_KEYS[where], unsigned=unsigned,
                                                  method=case.method, form=COMPOSED_FORMS[case.group]))
        _fail(message)

    def mirrored_gives(self, case, xs, got, want):
        """``a + 2`` (for the case ``2 + a``), when it gives the same wrong number ``got`` at
        ``xs``: the fault is then in ``__add__`` (``__mul__``), which a reflected method that
        swaps the sides passes the work to; else None."""
        number = float(case.text.split(" ")[0])
        mirrored = f"a {_OP_SYMBOLS[case.group]} {number:g}"
        swap = (lambda a: a + number) if case.group == "radd" else (lambda a: a * number)
        try:
            out = self.call(swap, self.leaf(xs[0], "a"), doing=text(
                "engine_check.doing.compute", expr=mirrored, inputs=_inputs_text((("a", xs[0]),))))
            mine = self.number(out, "data", mirrored)
        except _Verdict:
            return None
        return mirrored if _close(mine, got) and not _close(mine, want) else None

    def still_right(self, case):
        """Whether ``case`` is right now at the first input it was right at alone (False
        while one such check runs: its own message asks nothing more)."""
        if self.rechecking:
            return False
        self.rechecking = True
        try:
            self.check_case(case, self.right_at[case.text][0])
        except _Verdict:
            return False
        finally:
            self.rechecking = False
        return True

    def gives_again(self, case, slipped):
        """Whether ``case`` gives ``slipped``'s number (a slip's: ``a * b`` for ``a + b``) at
        another input too: a `+` that adds 1 for whole numbers gives 6 at 2 and 3, which is
        2 * 3 by chance only."""
        names, xs = "ab"[:case.arity], _CROSSED_AGAIN_AT[:case.arity]
        try:
            out = self.call(case.apply, *(self.leaf(x, n) for x, n in zip(xs, names)),
                            doing=text("engine_check.doing.compute", expr=case.text,
                                       inputs=_inputs_text(zip(names, xs))))
            return _close(self.number(out, "data", case.text), slipped(*xs))
        except _Verdict:
            return False

    def why_case(self, case, i, name, expr, out, mine, values, got, want, upstream, same, reused,
                 walked):
        """Why input ``name`` (input ``i`` of ``case``; ``mine``: the learner's input
        nodes by name) got a wrong grad, when the order of the walk is not the
        cause: what ``out``'s own ``_backward`` adds, run on its own, decides, and
        what the other nodes of the pass ``walked`` (a :class:`_Pass`) add."""
        node = mine[name]
        probe = self.probe(out, node)
        if probe is not None:
            if probe.adds_nothing:
                frozen = _default_arguments(out)
                if frozen:
                    return text("engine_check.backward_defaults", expr=expr, names=frozen)
                leafs = self.is_leafs_backward(out)
                if leafs and case.group in COMPOSED_FORMS:  # a - b as a node of its own
                    return text("engine_check.backward_not_attached.composite", expr=expr,
                                method=case.method, form=COMPOSED_FORMS[case.group])
                return text(_ADDS_NOTHING_KEYS[leafs], expr=expr)
            how = probe.how(node)
            if how == "overwrites":
                return text("engine_check.probe.overwrites", expr=expr, name=name,
                            start=f"{probe.start[id(node)]:g}", after=_fmt(probe.after[id(node)]),
                            out_grad=f"{probe.out_grad:g}")
            if how == "reads_grads":
                starts = text("engine_check.probe.separator").join(
                    f"{n}.grad = {probe.start[id(mine[n])]:g}" for n in mine
                    if id(mine[n]) in probe.start)
                return text("engine_check.probe.reads_grads", expr=expr, name=name,
                            out_grad=f"{probe.out_grad:g}", starts=starts,
                            from_zero=_fmt(probe.from_zero[id(node)]),
                            added=_fmt(probe.after[id(node)] - probe.start[id(node)]))
            if not probe.grows_with_out_grad(node):
                return self.ignores_out_grad(probe, case, expr, out, node, name, values, same)
        # another node of the graph (the product with k, the sum with the input used again)
        wrong, untested = self.node_wrong_here(walked, skip=out)
        if wrong:
            return wrong
        if upstream is not None and _close(got, want / upstream):
            return text("engine_check.case.local_alone")
        if probe is not None and probe.only_leaves and not same:
            # out's _backward is the only way from the output to the input
            local = _reference_local(case, values, name)
            right_here = _close(probe.from_zero[id(node)], local * probe.out_grad)
            added = (self.added_by(out, upstream) or {}).get(id(node)) if upstream is not None else None
            if added is not None and not _close(added, local * upstream):
                if right_here:  # at this very input: a grad from above capped
                    return text("engine_check.probe.wrong_at_out_grad", expr=expr, name=name,
                                out_grad=f"{upstream:g}", added=_fmt(added),
                                want=_fmt(local * upstream), small=f"{probe.out_grad:g}")
                return self.wrong_at_input(probe, expr, node, name, values, local, upstream, added)
            if right_here and upstream is None:  # with the out.grad of 1 it had here?
                at_one = (self.added_by(out, 1.0) or {}).get(id(node))
                if at_one is not None and not _close(at_one, local):
                    return text("engine_check.probe.wrong_at_out_grad", expr=expr, name=name,
                                out_grad="1", added=_fmt(at_one), want=_fmt(local),
                                small=f"{probe.out_grad:g}")
            if right_here:
                return self.unless_untested(untested, "backward", expr=expr)
            slip = _local_slip(case, values, probe.from_zero[id(node)] / probe.out_grad, local,
                               self.right_at.get(case.text, ()))
            if local and _close(probe.from_zero[id(node)], -local * probe.out_grad):
                said = text("engine_check.probe.negated", expr=expr, name=name,
                            added=_fmt(probe.from_zero[id(node)]),
                            want=_fmt(local * probe.out_grad), out_grad=f"{probe.out_grad:g}")
                return _and_then(said, slip) if slip else said  # (both fit: both are said)
            if slip and upstream is None and reused is None:
                return _and_then(text("engine_check.case.local", expr=case.text, name=name,
                                      local=_local(case, i)), slip)
        if same:  # one Value, both inputs: a share lost, or one added more than once
            return text(_SAME_INPUT_KEYS[abs(got) > abs(want)])
        if reused is not None:
            return text("engine_check.case.reused", name=name, expr=expr)
        if upstream is not None:
            return text("engine_check.case.times_upstream", local=_local(case, i))
        said = text("engine_check.case.local", expr=case.text, name=name, local=_local(case, i))
        if probe is not None and probe.only_leaves and probe.out_grad:  # what it used, and
            # the other factor of the product: out.grad changed before it multiplies
            used = probe.from_zero[id(node)] / probe.out_grad
            local = _reference_local(case, values, name)
            if used == 0 and local and all(values.values()):  # nothing at all, at inputs not 0
                return _and_then(said, text("engine_check.case.adds_nothing_to", name=name))
            if (case.group == "*" and len(values) == 2 and _close(used, values[name]) and local
                    and not _close(used, local) and not self.right_at.get(case.text)):
                # a * b with a's own data where b's belongs, at every input tried
                return _and_then(said, text("engine_check.case.own_data", name=name,
                                            used=_fmt(used)))
            said = _and_then(said, text("engine_check.case.local_or_out_grad", name=name,
                                        used=_fmt(used)))
        return said

    def wrong_at_input(self, probe, expr, node, name, values, local, out_grad, added):
        """What to say when ``out``'s ``_backward`` (run on its own in ``probe``) adds a
        wrong amount to ``name``'s grad at this input (``values``), both with the check's
        ``out_grad`` (it added ``added`` then) and with the probe's, in proportion to out.grad:
        the local derivative it uses here is wrong, whatever out.grad is (``local`` is right)."""
        used = probe.from_zero[id(node)] / probe.out_grad
        said = text("engine_check.probe.wrong_at_input", expr=expr, name=name,
                    inputs=_inputs_text(values.items()), out_grad=f"{out_grad:g}",
                    added=_fmt(added), want=_fmt(local * out_grad),
                    small=f"{probe.out_grad:g}", added_small=_fmt(probe.from_zero[id(node)]),
                    want_small=_fmt(local * probe.out_grad), used=_fmt(used), local=_fmt(local))
        if local and _close(used, -local):
            said = _and_then(said, text("engine_check.probe.sign_slip"))
        return said

    def node_wrong_here(self, walked, skip=None):
        """Each operation node of the pass ``walked`` (a :class:`_Pass`) but ``skip``, its
        ``_backward`` run on its own again as it ran in that pass: with the out.grad it had
        then, at its inputs' data. ``(what to say of the first one that adds other amounts
        than its local derivatives, by its operation's rule, times that out.grad, or "";
        how the messages name those it cannot test: an operation with no rule it knows, or
        a pass that was not recorded)``."""
        calls, wrapped, _ = walked.calls or ([], {}, {})
        ran = {}
        for node, grad in calls:  # the first call: later ones are the check's own probes
            ran.setdefault(id(node), grad)
        try:
            nodes = [node for node in reachable(walked.root) if node is not skip and node._prev]
        except Exception:  # a _prev that cannot be walked: said elsewhere
            return "", []
        untested = []
        for node in nodes:
            try:
                grad = float(ran[id(node)])
                rule = rule_derivatives(node)
                children = _inputs_in_order(node)
            except Exception:  # not recorded, or not a node the rules know
                rule = None
            added = self.added_by(node, grad) if rule is not None else None
            if added is None:
                untested.append(_node_name(node, walked.texts, wrapped))
                continue
            want = {id(c): r * grad for c, r in zip(children, rule) if r is not None}
            if all(_close(added[key], w) for key, w in want.items()):
                continue
            distinct = list({id(c): c for c in children}.values())
            others = [g for g in _OTHER_OUT_GRADS if g != grad]
            return text(_NODE_WRONG_KEYS[self.right_at_out_grads(node, rule, children, others)],
                        others=listed([f"{g:g}" for g in others]),
                        node=_node_name(node, walked.texts, wrapped),
                        out_grad=f"{grad:g}",
                        data=listed([f"{data_of(c):g}" for c in distinct]),
                        added=listed([_fmt(added[id(c)]) for c in distinct]),
                        want=listed([_fmt(want.get(id(c), math.nan)) for c in distinct])), []
        return "", untested

    def right_at_out_grads(self, node, rule, children, out_grads):
        """Whether ``node._backward``, run on its own with each of ``out_grads``, adds its
        local derivatives (``rule``) times each: then what went wrong at another out.grad
        comes from out.grad, not from the inputs."""
        for other in out_grads:
            added = self.added_by(node, other)
            if added is None or not all(_close(added[id(c)], r * other)
                                        for c, r in zip(children, rule) if r is not None):
                return False
        return True

    def unless_untested(self, untested, blamed, **numbers):
        """The message that puts the fault in ``blamed`` (see :data:`_BLAMED_KEYS`: backward(),
        or how two operations are linked) once every other node was found right; with the
        nodes in ``untested`` (that :meth:`node_wrong_here` could not test) as candidates too."""
        if blamed == "backward" and not self.own_backward:  # no backward() of the learner's ran
            return text("engine_check.probe.right_amount_stepped", **numbers)
        if not untested:
            return text(_BLAMED_KEYS[blamed], **numbers)
        return text(_BLAMED_OR_NODE_KEYS[blamed], **numbers,
                    untested=text("engine_check.node.untested", nodes=listed(untested)))

    def fail_unless_kept_state(self, checked, again, message, why):
        """End the check with ``message`` (what a check of ``checked`` found wrong; ``again``
        runs it again) and ``why``, or with what something kept from one call to the next
        does, when running checks again shows it (see :meth:`kept_between_calls`)."""
        state, certain = self.kept_between_calls(checked, again, message)
        if certain:
            _fail(_and_then(message, state))
        _fail(_and_then(_and_then(message, why), state) if state else _and_then(message, why))

    def kept_between_calls(self, checked, again, message):
        """What to say if the learner's code keeps something from one call to the next that
        changes what it computes, seen by running checks again with the same inputs: one
        that passed earlier (those of ``checked`` first, the latest first) fails now
        (certain), or ``again``, the check that failed with ``message``, finds something
        else (a candidate: what the code computes depends on more than its inputs).
        ``(what to say, certain)``; ``("", False)`` when neither shows."""
        latest_first = self.passed_checks[::-1]
        earlier = ([check for key, check in latest_first if key == checked]
                   + [check for key, check in latest_first if key != checked])[:_RERUNS]
        self.rerunning = True
        try:
            for check in earlier:
                now = _verdict_of(check)
                if now:  # (certain it is kept only where the check saw a place change)
                    kept = bool(state_changed(self.state_at_start, state_of(self.Value)))
                    return text(_EARLIER_FAILS_KEYS[kept], earlier=now), True
            if _verdict_of(again) != message:
                return text("engine_check.state.other_result_when_run_again"), False
        finally:
            self.rerunning = False
        return "", False

    def is_leafs_backward(self, out):
        """Whether ``out._backward`` is the do-nothing function every new Value starts
        with (the same code as a leaf's): the operation never replaced it."""
        try:
            leaf = self.Value(1.0)
            own = getattr(out._backward, "__wrapped__", out._backward)  # unrecorded
            return own.__code__ is leaf._backward.__code__
        except Exception:  # not plain functions: another engine design
            return True

    def not_times_out_grad(self, expr, out, inputs):
        """What to say if what ``out``'s ``_backward`` adds to one of its ``inputs``
        ([(how the message writes it, the node)]) is not in proportion to out.grad."""
        for input_text, child in inputs:
            probe = self.probe(out, child)
            if probe is not None and not probe.grows_with_out_grad(child):
                return text("engine_check.probe.not_times_out_grad", expr=expr,
                            name=f"({input_text})", out_grad=f"{probe.out_grad:g}",
                            other_out_grad=f"{_PROBE_OTHER_OUT_GRAD:g}",
                            added=_fmt(probe.from_zero[id(child)]),
                            added_other=_fmt(probe.from_zero_other[id(child)]))
        return ""

    def ignores_out_grad(self, probe, case, expr, out, node, name, values, same):
        """Why what ``out``'s ``_backward`` adds to ``name``'s grad does not grow
        with out.grad: out.data where out.grad belongs, or the local derivative
        alone, when the numbers show it; otherwise what it should be."""
        added, added_other = probe.from_zero[id(node)], probe.from_zero_other[id(node)]
        numbers = dict(expr=expr, name=name, out_grad=f"{probe.out_grad:g}",
                       other_out_grad=f"{_PROBE_OTHER_OUT_GRAD:g}", added=_fmt(added),
                       added_other=_fmt(added_other))
        if probe.only_leaves and not same and _close(added, added_other):
            local = _reference_local(case, values, name)
            try:
                out_data = float(out.data)
            except Exception:  # not a number: the value check would have said so
                out_data = math.nan
            if _close(added, local * out_data) and not _close(out_data, 1.0):
                return text("engine_check.probe.out_data", **numbers)
            if _close(added, local):
                return text("engine_check.case.local_alone")
        return text("engine_check.probe.not_times_out_grad", **numbers)

    # -- stage 2: graphs ----------------------------------------------------------
    def build_graph(self, lines, leaves, mine=None):
        """``lines`` ([(name, case, input names)]) over ``leaves`` in both engines;
        ``mine``: the learner's input nodes to build on, new ones by default."""
        mine = dict(mine) if mine else {n: self.leaf(x, n) for n, x in leaves.items()}
        ref = {n: _Reference(x) for n, x in leaves.items()}
        texts = {}
        for name, case, args in lines:
            line = f"{name} = " + _substitute(case.text, args)
            texts[name] = line
            out = self.call(case.apply, *[mine[a] for a in args],
                            doing=text("engine_check.doing.compute_line", line=line))
            mine[name] = self.result(line, out)
            self.prev_holds_values(case, line, out)
            ref[name] = case.apply(*[ref[a] for a in args])
        return _Graph(list(lines), dict(leaves), mine, ref, texts)

    def graph_backward(self, graph):
        """backward() from the graph's root, in both engines; the learner's
        ``_backward`` calls recorded."""
        calls = self.prepare(graph.mine[graph.root])
        links = {name: _links(node) for name, node in graph.mine.items()}
        faces = {name: _face(node) for name, node in graph.mine.items()}
        backwards = {name: getattr(node, "_backward", None) for name, node in graph.mine.items()}
        attributes = {name: _attributes(node) for name, node in graph.mine.items()}
        self.stopped = False  # (set when a call of the learner's code does not finish)
        try:
            self.backward(graph.mine[graph.root], text("engine_check.subject.graph",
                                                       listing=graph.listing), calls=calls)
        except _Verdict as verdict:  # on a graph backward() ran on before: what it left there
            if not graph.left_on_nodes:
                raise
            got = self.number(graph.mine[graph.root], "grad", text("engine_check.what.output_grad"))
            if self.stopped:  # the first call on it finished
                _fail(_and_then(text("engine_check.state.second_call_stopped",
                                     listing=graph.listing, inputs=graph.inputs,
                                     seconds=f"{SECONDS:g}"), self.left_on_nodes(graph)))
            if got != 1.0:  # the first call set it to 1: this one did not
                _fail(_and_then(text("engine_check.state.root_untouched", listing=graph.listing,
                                     inputs=graph.inputs, got=_fmt(got)),
                                self.left_on_nodes(graph)))
            _fail(_and_then(verdict.feedback.message, self.left_on_nodes(graph)))
        # the operations first: a leaf's _backward is not one an operation gave it
        by_operation = sorted(graph.mine.items(), key=lambda item: item[0] not in graph.texts)
        for name, node in by_operation:  # the graph must stay for the next call
            if _links(node) != links[name]:
                _fail(text(_CUTS_GRAPH_KEYS[self.own_backward], listing=graph.listing,
                           inputs=graph.inputs, line=graph.texts.get(name, name)))
            changed = [part for part, was in faces[name].items() if _face(node)[part] != was]
            if changed:  # what draw_dot and the stepper show of it
                _fail(text(_CHANGES_NODE_KEYS[self.own_backward], listing=graph.listing,
                           inputs=graph.inputs, line=graph.texts.get(name, name),
                           attribute=changed[0]))
            if getattr(node, "_backward", None) != backwards[name]:  # (a bound method is new each time)
                _fail(text("engine_check.backward_replaces_backward", listing=graph.listing,
                           inputs=graph.inputs, line=graph.texts.get(name, name)))
        graph.left_on_nodes = sorted(set(graph.left_on_nodes) | {
            attribute for name, node in graph.mine.items()
            for attribute in _attributes(node) - attributes[name]})
        graph.ref[graph.root].backward()
        return calls

    def left_on_nodes(self, graph):
        """The sentence naming what backward() set on the nodes of ``graph`` and left there."""
        return text("engine_check.state.on_nodes", names=listed(
            [f"`{name}`" for name in graph.left_on_nodes]))

    def check_graph(self, lines, leaves):
        """Build ``lines`` ([(name, case, input names)]) in both engines and compare."""
        again = functools.partial(self.check_graph, lines, leaves)
        graph = self.build_graph(lines, leaves)
        mine, ref, texts = graph.mine, graph.ref, graph.texts
        for name in mine:
            got = self.number(mine[name], "data", f"{name}.data")
            if not _close(got, ref[name].data):
                _fail(text("engine_check.graph.value", listing=graph.listing, inputs=graph.inputs,
                           name=name, **_pair(got, ref[name].data),
                           off=_off(got, ref[name].data, grad=False), line=texts.get(name, name)))
        for name, _, args in lines:  # a result that is one of its inputs: the others cut off
            given = next((a for a in args if mine[a] is mine[name]), None)
            left = [a for a in dict.fromkeys(args) if a != given]
            if given is not None and left:
                _fail(text("engine_check.graph.returns_input", listing=graph.listing,
                           inputs=graph.inputs, line=texts.get(name, name), given=given,
                           left=left[0]))
        calls = self.graph_backward(graph)
        root = graph.root
        users = {}
        for name, _line_case, args in lines:
            for a in dict.fromkeys(args):
                users.setdefault(a, []).append(texts[name])
        for name in reversed(list(mine)):
            got, want, right = self.grad_against(mine[name], ref[name], name)
            if right:
                continue
            message = text(_GRAPH_GRAD_KEYS[self.own_backward], listing=graph.listing,
                           inputs=graph.inputs, root=root, name=name, **_pair(got, want),
                           off=_off(got, want))
            if self.rerunning:  # run again to compare: what is wrong is enough
                _fail(message)
            linked = [(texts[n], c, mine[n], [(a, mine[a]) for a in dict.fromkeys(args)
                                                if a not in graph.leaves])
                      for n, c, args in lines]
            named = {id(mine[n]): texts[n] for n in texts}
            if not self.own_backward:  # the check's own walk: its order is right
                self.fail_unless_kept_state("graph", again, message, self.unlinked_input(linked)
                                            or self.changes_out_grad(named, mine[root])
                                            or text("engine_check.graph.stepped_candidates"))
            fallback = text("engine_check.graph.walk")
            if users.get(name):
                used = text("engine_check.graph.and").join(f"`{u}`" for u in users[name])
                fallback = text("engine_check.graph.used_by", name=name, users=used)
            why = self.unlinked_input(linked) or self.walk_reason(calls, mine[root], named, fallback)
            self.fail_unless_kept_state("graph", again, message, why)
        if not self.rerunning:
            self.passed_checks.append(("graph", again))

    def random_graph(self, size):
        ops = [c for c in self.cases if hasattr(self.Value, c.method) and not c.again]
        n_leaves = self.rng.randint(2, 3)
        leaves = {}
        for name in _NAMES[:n_leaves]:
            x = 0.0
            while abs(x) < 0.3:
                x = round(self.rng.uniform(-1.5, 1.5), 2)
            leaves[name] = x
        values = {n: _Reference(x) for n, x in leaves.items()}
        lines = []
        while len(lines) < size:
            case = self.rng.choice(ops)
            names = list(values)
            # prefer recent nodes, so later nodes reuse earlier results
            args = [self.rng.choice(names[-3:] if self.rng.random() < 0.6 else names)
                    for _ in range(case.arity)]
            xs = [values[a].data for a in args]
            if any(abs(x) > 20 for x in xs) or (case.domain and not case.domain(*xs)):
                continue
            if case.group == "relu" and min(abs(x) for x in xs) < 0.1:
                continue
            name = _NAMES[len(values)]
            values[name] = case.apply(*[values[a] for a in args])
            lines.append((name, case, args))
        return lines, leaves

    def output_value(self, root, want, subject):
        got = self.number(root, "data", text("engine_check.what.data_of", expr=subject))
        if not _close(got, want):
            _fail(text("engine_check.chain.value", subject=subject, **_pair(got, want),
                       off=_off(got, want, grad=False)))

    def walk_reason(self, calls, root, texts=None, fallback=None):
        """Why a graph's gradients are wrong although each operation alone is
        right, from the recorded ``_backward`` calls (:func:`_record_backward_calls`):
        what went wrong with their order; or, when every node's ran once after
        all its users, the candidates other than the order; ``fallback`` (by
        default what the order must be) when the calls were not recorded."""
        called, total = _calls_made(calls)
        if called < total and not texts:  # on a long graph: the order left nodes out
            return self.or_equality(text("engine_check.chain.misses", called=called, total=total))
        order = _order_problem(calls, texts or {}, root)
        if order:
            return self.or_equality(order)
        if calls:
            return text("engine_check.graph.order_right", total=total)
        return self.or_equality(fallback or text("engine_check.graph.walk"))

    def changes_out_grad(self, texts, root):
        """What to say if the ``_backward`` of a node of ``root``'s graph changes that
        node's own grad (``out.grad``); ``texts`` names nodes by id. ``""`` if none does."""
        for node in reachable(root):
            try:
                changes = changes_its_grad(node)
            except Exception:  # what could not run says nothing here
                continue
            if changes:
                return text("engine_check.case.changes_out_grad",
                            expr=texts.get(id(node), getattr(node, "_op", "")))
        return ""

    def or_equality(self, reason):
        """``reason``, about the order of the walk, with another candidate if the
        class compares its nodes by their data, or if backward() reads what the
        nodes hold: a visited set then may take two nodes with equal data for one."""
        if reason and self.defines_equality:
            reason = _and_then(reason, text("engine_check.order.equality"))
        if reason and self.content_read:
            attributes = text("engine_check.missing.separator").join(
                f"`.{name}`" for name in self.content_read)
            reason = _and_then(reason, text(_CONTENT_READ_KEYS[self.sorts_nodes],
                                            attributes=attributes))
        return reason

    def check_long_chain(self):
        """``x = x * w + b``, again and again: an order that leaves out nodes
        of a graph longer than the small ones shows here."""
        mine = {n: self.leaf(x, n) for n, x in _CHAIN_INPUTS.items()}
        ref = {n: _Reference(x) for n, x in _CHAIN_INPUTS.items()}
        subject = text("engine_check.subject.chain", steps=_CHAIN_STEPS,
                       operations=2 * _CHAIN_STEPS,
                       inputs=_inputs_text(_CHAIN_INPUTS.items()))
        root = self.result("x * w + b", self.call(_chain, *mine.values(), doing=text(
            "engine_check.doing.build", subject=subject)))
        ref_root = _chain(*ref.values())
        self.output_value(root, ref_root.data, subject)
        calls = self.prepare(root)
        self.backward(root, subject, calls=calls)
        ref_root.backward()
        for name in mine:
            got, want, right = self.grad_against(mine[name], ref[name], name)
            if right:
                continue
            message = text("engine_check.chain.grad", subject=subject, name=name, **_pair(got,
                           want), off=_off(got, want))
            _fail(_and_then(message, self.walk_reason(calls, root)))

    def check_deep_inputs(self):
        """``x = x * w_k``, a new input ``w_k`` at every step: a walk that goes down only
        part of the way at some depth (one input of each node, say, once its stack is
        deep) leaves the deep inputs without their gradient, where the long chain, whose
        two inputs are near the top too, does not show it."""
        weights = [round(0.995 + 0.00001 * k, 5) for k in range(_DEEP_STEPS)]
        leaves = self.call(lambda: [self.Value(w) for w in weights],
                           doing=text("engine_check.doing.make_inputs", count=_DEEP_STEPS))
        start = self.leaf(_CHAIN_INPUTS["x"], "x")
        subject = text("engine_check.subject.deep", steps=_DEEP_STEPS)
        root = self.result("x * w", self.call(_deep_chain, start, leaves, doing=text(
            "engine_check.doing.build", subject=subject)))
        ref_leaves = [_Reference(w) for w in weights]
        ref_root = _deep_chain(_Reference(_CHAIN_INPUTS["x"]), ref_leaves)
        self.output_value(root, ref_root.data, subject)
        calls = self.prepare(root)
        self.backward(root, subject, calls=calls)
        ref_root.backward()

        def first_wrong():
            for k, (leaf, ref) in enumerate(zip(leaves, ref_leaves)):
                got, want, right = self.grad_against(leaf, ref, f"w{k}")
                if not right:
                    return {"name": f"w{k}", **_pair(got, want), "off": _off(got, want)}
            return None

        wrong = first_wrong()
        if wrong:
            _fail(_and_then(text("engine_check.chain.grad", subject=subject, **wrong),
                            self.walk_reason(calls, root)))
        if not self.own_backward:
            return
        # and once more on the same chain, every grad back at 0: what a second call keeps
        # for a graph of this size (half an order cached, say) shows, where the diamond's
        # few nodes do not
        self.zero_grads(root)
        self.backward(root, subject)
        wrong = first_wrong()
        if wrong:
            places = _places_of_state(self.Value) or [text("engine_check.state.where.unknown")]
            _fail(_and_then(text("engine_check.state.same_chain", subject=subject, **wrong),
                            text("engine_check.state.kept", where=functools.reduce(_and_then, places))))

    def check_wide_sum(self):
        """The sum of many inputs, added in pairs: a walk that stops after a fixed
        number of nodes or steps leaves some inputs without their gradient of 1."""
        leaves = self.call(lambda: [self.Value(0.001 * i) for i in range(_WIDE)],
                           doing=text("engine_check.doing.make_inputs", count=_WIDE))
        subject = text("engine_check.subject.wide", count=_WIDE, nodes=2 * _WIDE - 1)
        root = self.result("a + b", self.call(_pairwise_sum, leaves, doing=text(
            "engine_check.doing.build", subject=subject)))
        self.output_value(root, _pairwise_sum([0.001 * i for i in range(_WIDE)]), subject)
        calls = self.prepare(root)
        self.backward(root, subject, calls=calls)
        grads = self.call(lambda: [leaf.grad for leaf in leaves],
                          doing=text("engine_check.doing.read", what="x0.grad, x1.grad, ..."))
        for i, (leaf, grad) in enumerate(zip(leaves, grads)):
            if _close_number(grad, 1.0):
                continue
            got = self.number(leaf, "grad", f"x{i}.grad")  # says what it is if not a number
            if not _close(got, 1.0):
                message = text("engine_check.chain.grad", subject=subject, name=f"x{i}",
                               **_pair(got, 1.0), off=_off(got, 1.0))
                _fail(_and_then(message, self.walk_reason(calls, root)))

    def check_leaves_accumulate(self):
        """Two outputs of one leaf, each backward() in turn: the leaf's grads add up,
        as lesson 03 taught, until something sets them back to 0."""
        wa = text("engine_check.subject.case", expr="w * a", inputs=_inputs_text({"w": 2, "a": 3}.items()))
        wb = text("engine_check.subject.case", expr="w * b", inputs=_inputs_text({"w": 2, "b": 5}.items()))
        w, a, b = (self.leaf(x, name) for x, name in ((2.0, "w"), (3.0, "a"), (5.0, "b")))
        first = self.result("a * b", self.call(lambda: w * a, doing=text(
            "engine_check.doing.build", subject="w * a")))
        second = self.result("a * b", self.call(lambda: w * b, doing=text(
            "engine_check.doing.build", subject="w * b")))
        self.backward(first, wa, calls=self.prepare(first))
        self.backward(second, wb, calls=self.prepare(second))
        got = self.number(w, "grad", "w.grad")
        if not _close(got, 8.0):
            _fail(text("engine_check.leaves_accumulate", got=_fmt(got)))
        # the second loss built only after the first backward()
        w, a, b = (self.leaf(x, name) for x, name in ((2.0, "w"), (3.0, "a"), (5.0, "b")))
        first = self.result("a * b", self.call(lambda: w * a, doing=text(
            "engine_check.doing.build", subject="w * a")))
        self.backward(first, wa, calls=self.prepare(first))
        second = self.result("a * b", self.call(lambda: w * b, doing=text(
            "engine_check.doing.build", subject="w * b")))
        self.backward(second, wb, calls=self.prepare(second))
        got = self.number(w, "grad", "w.grad")
        if not _close(got, 8.0):
            _fail(text("engine_check.leaves_accumulate_later", got=_fmt(got)))

    def check_shared_number(self):
        """Two nodes that hold one number object (k made from p's data, as a small int or
        a number read back does): backward() must tell nodes apart by the node itself,
        not by id(v.data) or v.data, or it skips one of them (p, whose _backward then
        never runs: k comes first in this walk)."""
        listing = "p = a + b; k = Value(p.data); q = a * k; L = q * p"
        subject = text("engine_check.subject.case", expr=listing,
                       inputs=_inputs_text({"a": 1.5, "b": -0.5}.items()))
        a, b = self.leaf(1.5, "a"), self.leaf(-0.5, "b")
        p = self.result("a + b", self.call(lambda: a + b, doing=text("engine_check.doing.build",
                                                                      subject=listing)))
        k = self.call(self.Value, p.data, doing=text("engine_check.doing.build", subject=listing))
        q = self.result("a * b", self.call(lambda: a * k, doing=text("engine_check.doing.build",
                                                                      subject=listing)))
        out = self.result("a * b", self.call(lambda: q * p, doing=text("engine_check.doing.build",
                                                                        subject=listing)))
        self.backward(out, subject, calls=self.prepare(out))
        for name, node, want in (("a", a, 2.5), ("b", b, 1.5), ("k", k, 1.5)):
            got = self.number(node, "grad", f"{name}.grad")
            if not _close(got, want):
                _fail(text("engine_check.shared_number", listing=listing, name=name,
                           got=_fmt(got), want=_fmt(want)))

    def check_shared_label(self):
        """Two nodes given one label (a learner may name two nodes alike): backward() must
        tell nodes apart by the node itself, not by its label, or it skips one of them (c,
        whose _backward then never runs)."""
        listing = "c = a * b; d = c + a; c.label = d.label = 't'"
        subject = text("engine_check.subject.case", expr=listing,
                       inputs=_inputs_text({"a": 2.0, "b": -3.0}.items()))
        building = text("engine_check.doing.build", subject=listing)
        a, b = self.leaf(2.0, "a"), self.leaf(-3.0, "b")
        c = self.result("a * b", self.call(lambda: a * b, doing=building))
        d = self.result("a + b", self.call(lambda: c + a, doing=building))
        c.label = d.label = "t"
        lines = (("a", a), ("b", b), ("c = a * b", c), ("d = c + a", d))
        labels = [getattr(node, "label", None) for _, node in lines]
        self.backward(d, subject, calls=self.prepare(d))
        for (line, node), label in zip(lines, labels):  # (the random graphs have no labels)
            if getattr(node, "label", None) != label:
                _fail(text(_CHANGES_NODE_KEYS[self.own_backward], listing=listing, line=line,
                           inputs=_inputs_text({"a": 2.0, "b": -3.0}.items()), attribute="label"))
        for name, node, want in (("a", a, -2.0), ("b", b, 2.0)):
            got = self.number(node, "grad", f"{name}.grad")
            if not _close(got, want):
                _fail(text("engine_check.shared_label", listing=listing, name=name,
                           got=_fmt(got), want=_fmt(want)))

    def check_making_keeps_inputs_grads(self):
        """Each operation made once on a w whose grad a backward pass has filled (3):
        making a node must leave its inputs' grads alone (a second loss built after the
        first backward() would wipe what the first added)."""
        first_of_each = {}
        for case in self.cases:
            if not case.again:
                first_of_each.setdefault(case.group, case)
        for case in first_of_each.values():
            w = self.leaf(2.0, "w")
            w.grad = 3.0
            arguments = (w, self.leaf(5.0, "b"))[:case.arity]
            before = [_prev_ids(node) for node in arguments]
            first = self.result(case.text, self.call(case.apply, *arguments, doing=text(
                "engine_check.doing.build", subject=case.text)))
            after = self.number(w, "grad", "w.grad")
            expr = re.sub(r"\ba\b", "w", case.text)
            if not _close(after, 3.0):
                _fail(text("engine_check.making_resets_grads", method=case.method,
                           expr=expr, got=_fmt(after)))
            changed = [name for name, node, was in zip(("w", "b"), arguments, before)
                       if _prev_ids(node) != was]
            if changed:  # an edge added to (or taken from) an input: the graph is not the one made
                _fail(text("engine_check.making_changes_prev", method=case.method, expr=expr,
                           name=changed[0]))
            # the same operation once w holds another number (a training step moved it): a
            # result kept from the earlier call (in a cache, say) does not follow
            was = self.number(first, "data", expr)
            w.data = 0.5
            again = self.result(case.text, self.call(case.apply, *arguments, doing=text(
                "engine_check.doing.build", subject=case.text)))
            if same_result(self.number(again, "data", expr), was):
                _fail(text("engine_check.stale_result", method=case.method, expr=expr,
                           got=_fmt(was)))

    def check_stacked_diamonds(self):
        """``x = x * 0.6 + x * 0.4``, 30 times: 90 operations, but 2^30 paths
        from the output down to the first x. A walk that goes into a node again
        on every path to it does not finish."""
        x = self.leaf(0.7, "x")
        subject = text("engine_check.subject.diamonds", count=_DIAMONDS)
        root = self.result("x * 0.6 + x * 0.4", self.call(_stacked_diamonds, x, doing=text(
            "engine_check.doing.build", subject=subject)))
        self.output_value(root, _stacked_diamonds(0.7), subject)
        calls = self.prepare(root)
        self.backward(root, subject, calls=calls, too_long=text(
            "engine_check.diamonds.too_long", seconds=f"{SECONDS:g}", count=_DIAMONDS,
            operations=3 * _DIAMONDS, chain=2 * _CHAIN_STEPS))
        reference = _Reference(0.7)
        _stacked_diamonds(reference).backward()
        got, want, right = self.grad_against(x, reference, "x")
        if not right:
            message = text("engine_check.chain.grad", subject=subject, name="x", **_pair(got,
                           want), off=_off(got, want))
            _fail(_and_then(message, self.walk_reason(calls, root)))

    def check_backward_twice(self):
        """backward() twice on L = a * a, with no grad set back to 0 in between:
        L.grad must be 1 after each call, a.grad 6 and then 12. The graph's only
        operation node is its output, so a backward() that sets the nodes in
        between back to 0 (as the package's does) and one that does not (as the
        lecture's) agree."""
        a = self.leaf(_TWICE_INPUT, "a")
        out = self.result("a * a", self.call(lambda: a * a, doing=text(
            "engine_check.doing.build", subject="L = a * a")))
        subject = text("engine_check.subject.case", expr="L = a * a", inputs=f"a = {_TWICE_INPUT:g}")
        got = []
        for call in range(2):
            self.backward(out, subject if call == 0 else text("engine_check.subject.again", subject=subject),
                          output_grad=False)  # both calls' grads below
            got.append((self.number(out, "grad", "L.grad"), self.number(a, "grad", "a.grad")))
        local = 2 * _TWICE_INPUT
        if all(_close(g, 1.0) and _close(ga, local * (i + 1)) for i, (g, ga) in enumerate(got)):
            return
        (first, first_a), (second, second_a) = got
        numbers = text("engine_check.twice.numbers", first=_fmt(first), first_a=_fmt(first_a),
                       second=_fmt(second), second_a=_fmt(second_a), local=f"{local:g}",
                       twice=f"{2 * local:g}")
        if _close(first, 1.0) and _close(second, 2.0):
            _fail(_and_then(numbers, text("engine_check.twice.adds_one")))
        _fail(_and_then(numbers, text("engine_check.twice.candidates")))

    def check_backward_runs_again(self):
        """Each operation's ``_backward`` run twice on its own, out.grad = 1.5 and no grad set
        back to 0: the second run adds to each input's grad what the first added (a backward
        pass runs it once, and training makes a pass at every step). Not 1: a ``_backward``
        that leaves out.grad out from its second run on shows."""
        for case in self.cases:
            made = self.made_alone(case)
            if made is None:
                continue
            names, values, leaves, inputs, out, subject = made
            out.grad = 1.5
            added = []
            for _ in range(2):
                before = [self.number(leaf, "grad", f"{n}.grad") for n, leaf in zip(names, leaves)]
                self.call_backward(out, subject)
                added.append([self.number(leaf, "grad", f"{n}.grad") - b
                              for n, leaf, b in zip(names, leaves, before)])
            for n, leaf, value in zip(names, leaves, values):  # a _backward that writes .data
                if not _close(self.number(leaf, "data", f"{n}.data"), value):
                    _fail(text("engine_check.runs_once_data", expr=case.text, inputs=inputs,
                               name=n, got=_fmt(leaf.data), want=_fmt(value)))
            for n, first, second in zip(names, *added):
                if not _close(second, first):
                    _fail(text("engine_check.runs_once", expr=case.text, inputs=inputs, name=n,
                               first=_fmt(first), second=_fmt(second)))
            # then runs with other, large out.grads, one below 0 and one above: what each
            # adds follows it (an out.grad kept from the first run, or clipped, shows)
            for run, upstream in enumerate(_LATER_OUT_GRADS, 1):
                out.grad = upstream
                before = [self.number(leaf, "grad", f"{n}.grad") for n, leaf in zip(names, leaves)]
                self.call_backward(out, subject)
                for n, leaf, b, first in zip(names, leaves, before, added[0]):
                    got, want = self.number(leaf, "grad", f"{n}.grad") - b, first / 1.5 * upstream
                    if not _close(got, want):
                        runs = text_count("engine_check.later_runs", run, grads=listed(
                            [f"{g:g}" for g in _LATER_OUT_GRADS[:run]]))
                        _fail(text("engine_check.runs_with_old_out_grad", expr=case.text,
                                   inputs=inputs, name=n, got=_fmt(got), want=_fmt(want),
                                   runs=runs, last=f"{upstream:g}"))

    def check_many_calls(self):
        """Each operation made again and again from new inputs a (and b) = 0.75 (and 1.25),
        its ``_backward`` run each time with out.grad = 1: every call gives what the first
        gave. A counter kept where the other checks do not look (a class attribute of a
        global object, say) that changes what an operation computes after some calls shows."""
        for case in self.cases:
            values = [0.75 + 0.5 * i for i in range(case.arity)]
            if case.again or (case.domain is not None and not case.domain(*values)):
                continue

            def once():  # (the value, then each input's grad), or None for an input given back
                leaves = [self.Value(v) for v in values]
                out = case.apply(*leaves)
                if any(out is leaf for leaf in leaves):
                    return None
                out.grad = 1.0
                out._backward()
                return (float(out.data), *(float(leaf.grad) for leaf in leaves))

            def calls():  # the first call that differs from the first: (its number, both)
                first = once()
                for count in range(2, _MANY_CALLS + 1):
                    now = once()
                    if first is None or now is None:
                        return None
                    if not all(map(_close, now, first)):
                        return count, first, now
                return None

            found = self.call(calls, doing=text("engine_check.doing.many_calls", expr=case.text,
                                                count=_MANY_CALLS))
            if found is not None:
                count, first, now = found
                shown = ["out.data", *(f"{n}.grad" for n in "ab"[:case.arity])]
                comma = text("engine_check.values_separator")
                _fail(text("engine_check.many_calls", expr=case.text, count=count,
                           inputs=_inputs_text(zip("ab", values)),
                           first=comma.join(f"{n} = {_fmt(x)}" for n, x in zip(shown, first)),
                           now=comma.join(f"{n} = {_fmt(x)}" for n, x in zip(shown, now))))

    def made_alone(self, case):
        """``case`` made from new inputs a (and b) = 0.75 (and 1.25): (their names, their
        numbers, the inputs, how a message writes them, the result, what it is the output
        of); None where the result is one of its inputs."""
        names = "ab"[:case.arity]
        values = [0.75 + 0.5 * i for i in range(case.arity)]
        inputs = _inputs_text(zip(names, values))
        leaves = [self.leaf(v, n) for n, v in zip(names, values)]
        out = self.call(case.apply, *leaves, doing=text(
            "engine_check.doing.compute", expr=case.text, inputs=inputs))
        if any(out is leaf for leaf in leaves):
            return None
        return names, values, leaves, inputs, out, text("engine_check.subject.case",
                                                        expr=case.text, inputs=inputs)

    def check_adds_nothing_at_zero(self):
        """Each operation's ``_backward`` run on its own with out.grad = 0 leaves its inputs'
        grads as they were (it adds its local derivative × 0), grads that hold something
        already. One that takes a grad of 0 for 1 (``out.grad or 1.0``), or sets the grads
        when out.grad is 0, passes every check where out.grad is never 0."""
        for case in self.cases:
            made = self.made_alone(case)
            if made is None:
                continue
            names, _, leaves, inputs, out, subject = made
            starts = _PROBE_STARTS[:len(leaves)]
            for leaf, start in zip(leaves, starts):
                leaf.grad = start
            out.grad = 0.0
            self.call_backward(out, subject)
            for n, leaf, start in zip(names, leaves, starts):
                got = self.number(leaf, "grad", f"{n}.grad")
                if not _close(got, start):
                    _fail(text("engine_check.adds_at_zero", expr=case.text, inputs=inputs,
                               name=n, before=_fmt(start), got=_fmt(got)))

    def check_backward_from_inside(self):
        """backward() on L = a * a once M = L * b has run its own: L.grad holds 5 then,
        and L.backward() starts from L.grad = 1 all the same (dL/dL), so a.grad goes from
        30 to 36. A backward() that sets its output's grad to 1 only when it is 0 keeps 5."""
        a, b = self.leaf(_TWICE_INPUT, "a"), self.leaf(5.0, "b")
        inner = self.result("a * a", self.call(lambda: a * a, doing=text(
            "engine_check.doing.build", subject="L = a * a")))
        outer = self.result("L * b", self.call(lambda: inner * b, doing=text(
            "engine_check.doing.build", subject="M = L * b")))
        subject = text("engine_check.subject.case", expr="M = L * b, L = a * a",
                       inputs=_inputs_text((("a", _TWICE_INPUT), ("b", 5.0))))
        self.backward(outer, subject, output_grad=False)
        self.backward(inner, subject, output_grad=False)
        got, got_a = self.number(inner, "grad", "L.grad"), self.number(a, "grad", "a.grad")
        local = 2 * _TWICE_INPUT
        if _close(got, 1.0) and _close(got_a, local * 5.0 + local):
            return
        _fail(text(_FROM_INSIDE_KEYS[_close(got, 5.0)], got=_fmt(got), got_a=_fmt(got_a),
                   first=_fmt(local * 5.0), want=_fmt(local * 6.0)))

    def check_backward_on_a_leaf(self):
        """backward() on a Value made from a number alone sets its grad to 1 (dx/dx), as
        micrograd's does: a backward() that returns at once for a node without inputs
        leaves 0."""
        x = self.leaf(3.0, "x")
        self.backward(x, text("engine_check.subject.leaf"))

    # -- stage 3: backward() called again ----------------------------------------
    def check_calls_in_a_row(self):
        """backward() on a second graph, on the first graph again with every
        grad back at 0, and on the first graph built again from its inputs:
        each must give what the first call gave, and leave other graphs alone."""
        lines = [(name, _case(expr), args) for name, expr, args in _DIAMOND]
        first = self.build_graph(lines, _DIAMOND_INPUTS)
        self.graph_backward(first)
        want = {n: first.ref[n].grad for n in first.leaves}
        self.same_grads(first, want, "first")
        # and the nodes between the inputs and the output, when the same graph is run again
        # (a backward() that adds back the inputs' shares it kept leaves them at 0)
        inner = {name: first.ref[name].grad for name, _, _ in first.lines[:-1]}
        other = self.build_graph(lines, {"a": -0.5, "b": 1.25, "c": 2.0})
        self.graph_backward(other)
        self.same_grads(first, {**want, **inner}, "other_graph")
        self.zero_grads(first.mine[first.root])
        self.graph_backward(first)
        self.same_grads(first, {**want, **inner}, "same_graph")
        inputs = {n: first.mine[n] for n in first.leaves}
        for node in inputs.values():
            node.grad = 0.0
        again = self.build_graph(lines, _DIAMOND_INPUTS, mine=inputs)
        self.graph_backward(again)
        self.same_grads(again, want, "rebuilt")

    def zero_grads(self, root):
        """Every grad of ``root``'s graph back to 0, as a training loop does between steps."""
        for node in self.call(_topological_order, root, doing=text(
                "engine_check.doing.read_prev", subject=text("engine_check.subject.its_graph"))):
            node.grad = 0.0

    def same_grads(self, graph, want, step):
        """The inputs' grads of ``graph`` must be ``want``, after the ``step`` (of
        :data:`_CALLS_IN_A_ROW`) that led to them (and those of the other nodes ``want``
        names)."""
        for name in want:
            got = self.number(graph.mine[name], "grad", f"{name}.grad")
            if not _close(got, want[name]):
                what = text(_CALLS_IN_A_ROW[step], listing=graph.listing, inputs=graph.inputs, name=name,
                            **_pair(got, want[name]))
                if step != "first" and graph.left_on_nodes:
                    _fail(_and_then(what, self.left_on_nodes(graph)))
                spent = step != "first" and self.works_once(graph)
                if spent:
                    _fail(_and_then(what, spent))
                places = _places_of_state(self.Value) or [text("engine_check.state.where.unknown")]
                where = functools.reduce(_and_then, places)
                _fail(_and_then(what, text("engine_check.state.kept", where=where)))

    def works_once(self, graph):
        """What to say if the ``_backward`` of an operation of ``graph`` (whose grads
        came out right at its first backward()) now adds other amounts than its local
        derivatives: it keeps something from one run to the next. ``""`` if none does."""
        for name, _, _ in graph.lines:
            try:
                now = sorted(float(x) for x in local_derivatives(graph.mine[name]) if x is not None)
            except Exception:  # what could not run says nothing here
                continue
            want = sorted(local_derivatives(graph.ref[name]))
            if len(now) == len(want) and not all(map(_close, now, want)):
                return text("engine_check.state.in_backward", line=graph.texts[name],
                            now=listed(map(_fmt, now)), want=listed(map(_fmt, want)))
        return ""

    # -- all of it -------------------------------------------------------------
    def run(self):
        self.missing_methods()
        self.prev_per_node()
        self.leaf_backward_does_nothing()
        self.leaves_as_made()
        primitives = [c for c in self.cases if c.group not in _USUALLY_COMPOSITE]
        composites = [c for c in self.cases if c.group in _USUALLY_COMPOSITE]
        for case in primitives:
            self.check_alone(case)
        for case in primitives:
            if not case.alone_only:
                self.check_in_context(case)
                self.check_ones_in_context(case)
        self.zero_input_kept()  # (before a - b with b = 0 meets an input of 0 left out)
        for case in composites:
            self.check_alone(case)
            if not case.alone_only:
                self.check_in_context(case)
        self.check_making_keeps_inputs_grads()
        self.check_adds_nothing_at_zero()
        for case in primitives:  # a op a + a: a `_backward` with `=` for a op a alone drops
            if case.arity == 2:  # the share a has from its other use
                own = random.Random(f"{self.seed} {case.text} used twice")
                self.check_case(case, self.points(case, 1, rng=own)[0], same=True, reused="a")
        if self.own_backward:  # (before backward() is blamed for what a _backward keeps)
            self.check_backward_runs_again()
        self.check_many_calls()
        if "tanh" in self.groups:
            self.tanh_of_large_inputs()
        by_group = {g: [c.text for c in self.cases if c.group == g and not c.again]
                    for g in self.groups}
        case_separator = text("engine_check.checked.case_separator")
        checked = text("engine_check.checked.group_separator").join(
            case_separator.join(f"`{t}`" for t in texts) for texts in by_group.values())
        if not self.cases:
            return self.passed(text("engine_check.right.no_operations"))
        sizes = [2 + (i * 7) // max(1, self.n_graphs - 1) for i in range(self.n_graphs)]
        with_add_mul = {"+", "*"} <= set(self.groups)
        # the lessons' neurons: a bias of 0, and the seed neuron (its sum n, until tanh is written)
        neurons = [(lines, leaves) for lines, leaves, groups, instead in _NEURON_GRAPHS
                   if groups <= set(self.groups) and instead not in self.groups]
        if not self.own_backward:  # graphs too: a _backward that reads another node shows
            for size in sizes[::3]:
                self.check_graph(*self.random_graph(size))
            for lines, leaves in neurons:
                self.check_graph([(n, _case(e), a) for n, e, a in lines], leaves)
            self.check_backward_runs_again()
            return self.passed(text("engine_check.right.stepped", checked=checked))
        if with_add_mul:
            self.check_graph([(n, _case(e), a) for n, e, a in _DIAMOND], _DIAMOND_INPUTS)
            # early, while backward() has run a few hundred times only: a list kept
            # between calls makes every later call go through all the earlier graphs
            self.check_calls_in_a_row()
        for size in sizes:
            self.check_graph(*self.random_graph(size))
        if not with_add_mul:
            return self.passed(text("engine_check.right.graphs", checked=checked,
                                    graphs=self.n_graphs, size=max(sizes, default=3),
                                    seed=self.seed))
        for lines, leaves in neurons:
            self.check_graph([(n, _case(e), a) for n, e, a in lines], leaves)
        self.check_long_chain()
        self.check_deep_inputs()
        self.check_stacked_diamonds()
        self.check_wide_sum()
        self.check_leaves_accumulate()
        self.check_shared_number()
        self.check_shared_label()
        self.check_backward_twice()
        self.check_backward_from_inside()
        self.check_backward_on_a_leaf()
        return self.passed(text("engine_check.right.all", checked=checked,
                                graphs=self.n_graphs + 1 + len(neurons), random=self.n_graphs,
                                neurons=text_count("engine_check.right.neurons", len(neurons)),
                                size=max(sizes, default=3), seed=self.seed, chain=2 * _CHAIN_STEPS, diamonds=_DIAMONDS,
                                wide=_WIDE))

    def passed(self, message):
        """A passing verdict; it names the optional operations that were not
        checked because the class has no method for them."""
        if self.optional_absent:
            separator = text("engine_check.checked.case_separator")
            message = _and_then(message, text(
                "engine_check.right.optional_absent",
                exprs=separator.join(f"`{c.text}`" for c in self.optional_absent)))
        for note in self.notes:
            message = _and_then(message, note)
        return Feedback(True, message)


# what a node holds: a walk that reads these may tell nodes apart by them
_CONTENT = ("data", "label", "_op")


def _content_read_by_backward(Value):
    """Which of a node's ``data``, ``label`` and ``_op`` the class's backward()
    (and the functions defined inside it) reads: the lecture's reads none."""
    function = getattr(Value, "backward", None)
    if not isinstance(function, types.FunctionType):
        return []
    _, attributes = names_used(function.__code__)
    return [name for name in _CONTENT if name in attributes]


def _sorts_in_backward(Value):
    """Whether the class's backward() calls ``sorted`` or a list's ``.sort``."""
    function = getattr(Value, "backward", None)
    if not isinstance(function, types.FunctionType):
        return False
    global_names, attributes = names_used(function.__code__)
    return "sorted" in global_names or "sort" in attributes


# whether backward() sorts the nodes -> what its reading of .data may have done
_CONTENT_READ_KEYS = {False: "engine_check.order.keyed_by_content",
                      True: "engine_check.order.sorted_by_content"}


def _default_arguments(node):
    """``node``'s ``_backward``'s default arguments, written ``g=out.grad``-style as
    the code has them (``"`g`"``), or ``""`` if it has none."""
    function = getattr(node, "_backward", None)
    function = getattr(function, "__wrapped__", function)  # the check's recording wrapper
    code, defaults = getattr(function, "__code__", None), getattr(function, "__defaults__", None)
    if code is None or not defaults:
        return ""
    names = code.co_varnames[code.co_argcount - len(defaults):code.co_argcount]
    return ", ".join(f"`{name}`" for name in names)


def _inputs_text(pairs):
    """``a = 1.5, b = -2`` (in Chinese ``a = 1.5，b = -2``): (name, number) pairs for a message."""
    return text("engine_check.input_separator").join(f"{n} = {x:g}" for n, x in pairs)


def _defines_equality(Value):
    """Whether the class (or a class it inherits from, other than ``object``) defines
    ``__eq__`` or ``__hash__`` in a way that makes two nodes holding the same number one
    (``a == b``, or one in a set): not when it compares the nodes themselves, as by default."""
    if not any("__eq__" in vars(klass) or "__hash__" in vars(klass)
               for klass in Value.__mro__ if klass is not object):
        return False

    def merged():
        a, b = Value(2.0), Value(2.0)
        return bool(a == b) or len({a, b}) == 1
    same, trouble = call_learner_code(merged, doing="", seconds=1.0)
    return trouble is not None or same  # (an __eq__ that raises or hangs: still a candidate)


def _case(expr):
    return next(c for c in _CASES if c.text == expr)


def _prev_ids(node):
    """The ids of what ``node._prev`` holds, in order (None where it cannot be read)."""
    try:
        return [id(item) for item in node._prev]
    except Exception:  # no _prev, or not a container
        return None


def _leads_to(node, target):
    """Whether ``target`` can be reached from ``node`` through ``_prev``; ``None``
    when that cannot be told (no ``_prev``, or not a container of nodes)."""
    try:
        return any(reached is target for reached in reachable(node) if reached is not node)
    except Exception:  # another engine design
        return None


def _input_left_graph(case, expr, out, name, node, grad):
    """What to say if ``node``, the input ``name`` of a composed operation whose result
    ``out`` has the right number, is not in the result's graph and got no gradient: the
    operation computed with its number, not with the Value. ``""`` otherwise."""
    if (case.group not in COMPOSED_FORMS or grad != 0.0 or _prev_is_empty(out)
            or _leads_to(out, node) is not False):
        return ""
    return text("engine_check.input_left_graph", expr=expr, name=name, method=case.method,
                form=COMPOSED_FORMS[case.group])


def _parameters_of(Value):
    """The names of the parameters of ``Value``'s ``__init__`` (none where it has no
    signature to read)."""
    try:
        return set(inspect.signature(Value).parameters)
    except (TypeError, ValueError):
        return set()


def _local_slip(case, values, used, local, right_at=()):
    """What to say if ``used``, the local derivative the learner's ``_backward`` used at
    ``values`` (one input, by name), is the one a common slip of ``case`` gives there and
    ``local``, the right one, is not (see :data:`_LOCAL_SLIPS`): each slip that gives it,
    as candidates when there are two; ``""`` otherwise. A slip that would have been wrong
    at an input of ``right_at`` (where the learner's code was right) is not named: code
    right at a = 0.75 and wrong only at a = -1 has no such slip."""
    if len(values) != 1 or case.text == "a ** 1":  # (there n·aⁿ is a: 0 at a = 0, like a
        return ""  # derivative cut to 0 at 0; and a slip of the exponent shows at a ** 2 first)

    def gives(slip, x, want):
        try:
            slipped = slip(case, x)
        except ArithmeticError:  # 0 to a negative power: no number to compare
            return None
        return isinstance(slipped, float) and _close(want, slipped)

    fitting = []
    for name, slip in _LOCAL_SLIPS.get(case.group, ()):
        (x,) = values.values()
        if gives(slip, x, used) and not gives(slip, x, local) and all(
                gives(slip, right, _reference_local(case, {"a": right}, "a")) is not False
                for (right,) in right_at):
            fitting.append(name)
    if len(fitting) == 1:
        return text(_LOCAL_SLIP_KEYS[fitting[0]], used=_fmt(used))
    if fitting:  # (n·aⁿ and n·out.data^(n-1) are one number at n = 2)
        return text("engine_check.local_slip.either", used=_fmt(used), candidates=numbered(
            [text(_LOCAL_SLIP_CANDIDATE_KEYS[name]) for name in fitting]))
    return ""


def _power_of(expr):
    """The exponent written in ``expr`` ("a ** 3": 3.0)."""
    return float(expr.rsplit("**", 1)[1])


def _names_the_power(op, case_text):
    """Whether ``op`` is "**" followed by the power of ``case_text`` ("a ** 3": "**3",
    "**3.0"): the stepper reads the power from it, and draw_dot shows it."""
    if not op.strip().startswith("**"):
        return False
    written = op.strip()[2:].strip().strip("()")
    try:
        return float(written) == _power_of(case_text)
    except ValueError:
        return False


def _prev_is_empty(node):
    try:
        return len(node._prev) == 0
    except Exception:  # no _prev, or not a container: another engine design
        return False


def _substitute(expr, args):
    """``a * b`` with the inputs' names: ``d * c``."""
    mapping = dict(zip("ab", args))
    return "".join(mapping.get(ch, ch) if ch in "ab" and _is_name_position(expr, i) else ch
                   for i, ch in enumerate(expr))


def _is_name_position(expr, i):
    before = expr[i - 1] if i > 0 else " "
    after = expr[i + 1] if i + 1 < len(expr) else " "
    return not before.isalnum() and not after.isalnum() and before != "."


def _chain(x, w, b):
    for _ in range(_CHAIN_STEPS):
        x = x * w + b
    return x


def _deep_chain(x, weights):
    for k, w in enumerate(weights):  # (w first, then last: a walk that follows one
        x = w * x if k % 2 else x * w  # input of a deep node misses half of them either way)
    return x


def _close_number(value, want):
    """Whether ``value`` is a real number close to ``want`` (anything else: no)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and _close(value, want)


def _pairwise_sum(values):
    while len(values) > 1:
        values = [values[i] + values[i + 1] for i in range(0, len(values), 2)]
    return values[0]


def _stacked_diamonds(x):
    for _ in range(_DIAMONDS):
        x = x * 0.6 + x * 0.4
    return x


def _reference_local(case, values, name):
    """The local derivative of ``case`` at ``values`` with respect to ``name``, a number."""
    nodes = {n: _Reference(v) for n, v in values.items()}
    case.apply(*nodes.values()).backward()
    return nodes[name].grad


def leaf_backward_problem(leaf):
    """A Feedback if the ``_backward`` of ``leaf``, a Value made from no operation (label
    "a", data 2), changes its grad or fails; else None. It passes nothing on, and
    backward() calls it too."""
    for _ in range(3):  # (a pass at every training step: one that changes on a later run shows)
        leaf.grad = 0.5  # as backward() leaves a leaf before its _backward runs
        _, trouble = call_learner_code(leaf._backward,
                                       doing=text("lesson06.init.doing_leaf_backward"))
        if trouble is not None:
            return trouble
        if leaf.grad != 0.5:
            return Feedback(False, text("lesson06.init.leaf_backward_changes", got=repr(leaf.grad)))
    return None


def _calling_backward(node, subject):
    """What the check is doing when it calls ``node._backward``: an operation's node is
    named by its ``_op``, an input (no ``_op``) as an input."""
    op = getattr(node, "_op", "")
    if not op:
        return text("engine_check.doing.call_input_backward", subject=subject)
    return text("engine_check.doing.call_backward", op=op, subject=subject)


def _attributes(node):
    """The names of the attributes a node holds in its own ``__dict__`` (none if it has none)."""
    return set(getattr(node, "__dict__", {}))


def _links(node):
    """Which nodes ``node``'s ``_prev`` holds, by identity (a set's order aside)."""
    try:
        return sorted(map(id, node._prev))
    except Exception:  # no _prev to read: the other checks say so
        return None


# whether backward() is the learner's (else the check called each _backward) -> the message
# for a graph the walk changed
_CUTS_GRAPH_KEYS = {True: "engine_check.backward_cuts_graph", False: "engine_check.stepped_cuts_graph"}
_CHANGES_NODE_KEYS = {True: "engine_check.backward_changes_node",
                      False: "engine_check.stepped_changes_node"}


def _face(node):
    """What a drawing shows of ``node`` besides its numbers: its ``label``, its ``_op`` and
    the order of its ``_prev`` (unless a set, which has none)."""
    prev = getattr(node, "_prev", None)
    order = [id(child) for child in prev] if isinstance(prev, (list, tuple)) else None
    return {"label": getattr(node, "label", None), "_op": getattr(node, "_op", None),
            "_prev": order}


def _prepare(root):
    _stabilise(root)
    return _record_backward_calls(root)


def _record_backward_calls(root):
    """Wrap each operation node's own ``_backward`` so the calls are recorded.

    Returns a list that fills with ``(node, grad at the call)`` as backward()
    runs, ``{id: node}`` of the wrapped nodes, and ``{id: node}`` of the nodes
    whose ``_backward`` ran inside another's (the other's node); ``None`` if the
    nodes have no per-node ``_backward`` to wrap (another engine design).
    """
    try:
        nodes = _topological_order(root)
    except Exception:  # a broken _prev: the comparison will say what is wrong
        return None
    calls, wrapped, inside, running = [], {}, {}, []
    for node in nodes:
        if not node._prev or "_backward" not in getattr(node, "__dict__", {}):
            continue
        original = node._backward
        if original is None:  # nothing to record: calling it is named at once
            continue

        def recording(node=node, original=original):
            calls.append((node, node.grad))
            if running:
                inside.setdefault(id(node), running[-1])
            running.append(node)
            try:
                return original()
            finally:
                running.pop()

        recording.__wrapped__ = original
        node._backward = recording
        wrapped[id(node)] = node
    return (calls, wrapped, inside) if wrapped else None


def _calls_made(recorded):
    """``(how many operation nodes had their _backward called, how many there are)``."""
    if not recorded:
        return 0, 0
    calls, wrapped, _ = recorded
    return len({id(node) for node, _ in calls}), len(wrapped)


def _order_problem(recorded, texts, root=None):
    """What went wrong with the order of the ``_backward`` calls, or ``""``.

    ``root`` is the node whose backward() was called: its grad must be 1
    before its own ``_backward`` runs."""
    if not recorded:
        return ""
    calls, wrapped, inside = recorded
    name = functools.partial(_node_name, texts=texts, wrapped=wrapped)
    for key, caller in inside.items():
        return text("engine_check.order.called_inside", node=name(wrapped[key]),
                    caller=name(caller))

    counts, first_call = {}, {}
    for position, (node, _) in enumerate(calls):
        counts[id(node)] = counts.get(id(node), 0) + 1
        first_call.setdefault(id(node), position)
    for node, grad in calls:
        final = float(node.grad)
        if counts[id(node)] > 1:
            return text("engine_check.order.twice", node=name(node), count=counts[id(node)])
        if node is root and float(grad) == 0.0 and final == 1.0:
            return text("engine_check.order.output_late", node=name(node))
        if not _close(float(grad), final):
            numbers = {"node": name(node), "got": _fmt(float(grad)), "final": _fmt(final)}
            if _inputs_first(first_call, wrapped):
                return text("engine_check.order.forwards", **numbers)
            user = _a_later_user(node, first_call, wrapped)
            if user is not None:
                return text("engine_check.order.before_user", user=name(user), **numbers)
            return text("engine_check.order.early", **numbers)
    never = [node for key, node in wrapped.items() if key not in counts]
    if not never:
        return ""
    # named: the highest one skipped, used by a node whose _backward ran (or the root),
    # not one below it that was skipped only because the walk never got there
    ran = {id(node) for node, _ in calls}
    topmost = next((node for node in never if node is root or any(
        id(user) in ran and any(child is node for child in user._prev)
        for user in wrapped.values())), never[0])
    return text("engine_check.order.never", node=name(topmost))


def _node_name(node, texts, wrapped):
    """How a message names ``node``: by its line in ``texts`` (by ``id``), or, a node the
    learner never wrote (b * -1 inside a - b), by its operation and the expression among
    ``wrapped`` (``{id: node}``) made of it."""
    if id(node) in texts:  # (in Chinese with its noun: "节点 `a * b`")
        return text("engine_check.order.named_node", expr=f"`{texts[id(node)]}`")
    op = getattr(node, "_op", "")
    owner = min((above for above in wrapped.values() if id(above) in texts
                 and any(below is node for below in _topological_order(above))),
                key=lambda above: len(_topological_order(above)), default=None)
    if owner is not None:
        return text("engine_check.order.op_node_inside", op=op, owner=texts[id(owner)])
    return text("engine_check.order.op_node", op=op)


def _inputs_first(first_call, wrapped):
    """Whether every node's ``_backward`` ran after those of its inputs: a
    topological order gone through forwards."""
    for key, position in first_call.items():
        for child in wrapped[key]._prev:
            if first_call.get(id(child), -1) > position:
                return False
    return True


def _a_later_user(node, first_call, wrapped):
    """A node that uses ``node`` and whose ``_backward`` ran after ``node``'s."""
    position = first_call[id(node)]
    for key, user in wrapped.items():
        if first_call.get(key, -1) > position and any(child is node for child in user._prev):
            return user
    return None


# -- where a backward() keeps what it carries from one call to the next ------
def _places_of_state(Value):
    """Sentences naming each list, set or dict that ``Value.backward`` (or a
    function it calls by name) keeps between calls: a default argument, a
    variable of an enclosing function, a module-level variable, a class
    attribute. Empty when it cannot tell."""
    function = getattr(Value, "backward", None)
    if not isinstance(function, types.FunctionType):
        return []
    places = _mutable_defaults(function)
    for name, cell in zip(function.__code__.co_freevars, function.__closure__ or ()):
        try:
            value = cell.cell_contents
        except ValueError:  # not set yet
            continue
        if type(value) in CONTAINERS:
            places.append(text("engine_check.state.where.enclosing", name=name, kind=kind_of(value)))
    global_names, attribute_names = names_used(function.__code__)
    for name in global_names:
        value = function.__globals__.get(name)
        if type(value) in CONTAINERS:
            places.append(text("engine_check.state.where.global", name=name, kind=kind_of(value)))
        elif isinstance(value, types.FunctionType) and value is not function:
            places.extend(_mutable_defaults(value))
    for name in attribute_names:
        for klass in Value.__mro__:
            value = vars(klass).get(name)
            if type(value) in CONTAINERS:
                places.append(text("engine_check.state.where.class", name=name,
                                   kind=kind_of(value), owner=klass.__name__))
                break
    return list(dict.fromkeys(places))


def _mutable_defaults(function):
    """What the list, set or dict defaults of ``function`` are, said once for them all."""
    defaults = mutable_defaults(function)
    if len(defaults) > 1:
        return [text("engine_check.state.where.defaults", function=function.__name__,
                     names=listed([f"`{name}={CONTAINERS[type(value)]}`" for name, value in defaults]))]
    return [text("engine_check.state.where.default", function=function.__name__, name=name,
                 empty=CONTAINERS[type(value)], kind=kind_of(value))
            for name, value in defaults]
