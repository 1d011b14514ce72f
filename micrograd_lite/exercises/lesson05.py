"""Checks for lesson 05, "Training a small neural network end to end".

The lesson's network is MLP(2, [16, 16, 1]); its loss is micrograd's demo
loss, the mean hinge loss relu(1 - y * score) plus a small L2 penalty.

Four exercises ask for code: ``Neuron``, ``Layer`` and ``MLP`` built from
Values, ``count_parameters`` and ``training_step``. Their checks call the
learner's code through
:func:`~micrograd_lite.exercises.learner_code.call_learner_code` and compare
it with the package: the learner's network, given the same weights, must give
the same numbers as :mod:`micrograd_lite.nn` with ``fused=False``. The worked
solutions the lesson falls back on until the learner's code passes are
:func:`worked_mlp` (the package's unfused MLP) and :func:`worked_training_step`.

A check passes only code that is right in general: it calls the learner's code
more than once, on networks and inputs of more than one size, on two objects
at once (so that state kept on the class shows), and sees that the code leaves
its arguments as they are.
"""

import functools
import inspect
import itertools
import math
import re
import tracemalloc
import types

from .. import nn
from ..classifier import moons_loss
from ..engine import Value
from ..language import text, text_count
from .answers import (as_number, check_typed_number, is_value, kind_of, listed, not_code_yet, off_by,
                      one_rate, shown, shown_beside)
from .comparing import changed_since, class_snapshot, differing
from .feedback import Feedback
from .special_numbers import SPECIAL_NUMBERS
from .learner_code import (CONTAINERS, SECONDS, call_learner_code, counting_calls, describe_error,
                           explanation_of, mutable_defaults, reads_answer_in_time, same_result,
                           watches_kept_state)

__all__ = [
    "check_hinge_loss",
    "check_constant_score",
    "check_count_parameters",
    "check_neuron",
    "check_mlp",
    "check_training_step",
    "worked_mlp",
    "worked_training_step",
]


# ----------------------------------------------------------------------
# Numeric exercises
# ----------------------------------------------------------------------
@reads_answer_in_time
def check_hinge_loss(answer):
    """Exercise: the mean hinge loss of scores [2.0, 0.3, -0.5] for labels [+1, +1, -1].

    relu(1 - 2.0) = 0, relu(1 - 0.3) = 0.7, relu(1 - 0.5) = 0.5; mean 1.2 / 3 = 0.4.
    A wrong answer is recognised also when rounded (0.0667 for 0.2 / 3).
    """
    rounded = 5e-4  # a learner types 0.067 or 0.0667 for 0.0666...
    return check_typed_number(
        answer,
        what=text("lesson05.hinge.what"),
        target=0.4,
        tol=1e-6,
        right=text("lesson05.hinge.right"),
        mistakes=[
            (1.2, rounded, text("lesson05.hinge.sum")),
            (0.6, rounded, text("lesson05.hinge.two_points")),
            (0.2 / 3, rounded, text("lesson05.hinge.negative")),
            (2.2 / 3, rounded, text("lesson05.hinge.sign")),
            (0.7, rounded, text("lesson05.hinge.second_alone")),
            (0.5, rounded, text("lesson05.hinge.third_alone")),
            (0.0, rounded, text("lesson05.hinge.zero")),
        ],
        otherwise=lambda value: (_below_zero(value, 0.4)
                                 or text("lesson05.hinge.otherwise", value=shown_beside(value, 0.4))),
    )


def _below_zero(value, target):
    """What to say of a hinge loss typed below 0, which none is; ``""`` for any other."""
    return text("lesson05.below_zero", value=shown_beside(value, target)) if value < 0 else ""


@reads_answer_in_time
def check_constant_score(answer):
    """Exercise: the data loss of a network that gives the score 3 to each of the
    100 two-moons points (50 of each class).

    The 50 points with y = +1 cost relu(1 - 3) = 0; the 50 with y = -1 cost
    relu(1 + 3) = 4; the mean is 2.
    """
    rounded = 1e-6
    return check_typed_number(
        answer,
        what=text("lesson05.constant.what"),
        target=2.0,
        tol=rounded,
        right=text("lesson05.constant.right"),
        mistakes=[
            (0.0, rounded, text("lesson05.constant.plus_class")),
            (4.0, rounded, text("lesson05.constant.minus_class")),
            (1.0, rounded, text("lesson05.constant.no_relu")),
            (200.0, rounded, text("lesson05.constant.sum")),
            (-2.0, rounded, text("lesson05.constant.margin")),
            (-1.0, rounded, text("lesson05.constant.negative")),
        ],
        otherwise=lambda value: (_below_zero(value, 2.0)
                                 or text("lesson05.constant.otherwise", value=shown_beside(value, 2.0))),
    )


# ----------------------------------------------------------------------
# Coding exercise: count_parameters(nin, nouts)
# ----------------------------------------------------------------------
def _count(nin, nouts):
    sizes = [nin, *nouts]
    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))


def _count_hypotheses(nin, nouts, said):
    """What the typical wrong formulas give: (count, message), each message
    starting with ``said`` (what was returned and what is right)."""
    sizes = [nin, *nouts]
    pairs = list(zip(sizes, sizes[1:]))
    return [
        (sum(a * b for a, b in pairs), text("lesson05.count.weights_only", said=said)),
        (sum(nouts), text("lesson05.count.neurons", said=said)),
        (nin + sum(nouts), text("lesson05.count.sizes", said=said)),
        (sum((nin + 1) * b for b in nouts), text("lesson05.count.nin_everywhere", said=said)),
        (sum((a + 1) * b for a, b in pairs[:-1]), text("lesson05.count.no_last", said=said)),
        (sum((a + 1) * b for a, b in pairs[1:]), text("lesson05.count.no_first", said=said)),
        (sum(a * (b + 1) for a, b in pairs), text("lesson05.count.bias_per_input", said=said)),
        (sum((a + 2) * b for a, b in pairs), text("lesson05.count.bias_twice", said=said)),
        ((pairs[-1][0] + 1) * pairs[-1][1], text("lesson05.count.last_only", said=said)),
    ]


# the lesson's network first; then other sizes, some with an input size or a
# number of layers seen before, and the first again: a function that keeps a
# result from one call to the next (keyed by nin, by len(nouts), or not at all)
# gives an earlier call's count somewhere
_COUNT_TRIALS = [(2, [16, 16, 1]), (3, [4, 4, 1]), (5, [2]), (1, [1]), (4, [3, 2, 7, 1]),
                 (2, [5, 1]), (3, [6, 2, 2]), (5, [3, 3]), (2, [4, 3, 3, 2, 2, 1]),  # 6 layers
                 (2, [16, 16, 1])]
_LARGE = (784, [128, 10])  # an image classifier's size: 101,770 parameters
_MIDDLE = (300, [200, 150, 10])  # sizes between the small ones and _LARGE's: 91,860
_BUILT_BYTES = 2_000_000  # building the network costs ~12 MB; counting, nothing


def _call_measuring_memory(function, *args, doing):
    """``call_learner_code`` plus the peak bytes the call allocated."""
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    try:
        # building the network to count it is slow under tracemalloc (seconds on a
        # busy machine): it is reported as such, not as code that never ends
        result, error = call_learner_code(function, *args, doing=doing, seconds=10 * SECONDS)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        if started:
            tracemalloc.stop()
    return result, error, peak


@watches_kept_state
def check_count_parameters(count_parameters):
    """Coding exercise: ``count_parameters(nin, nouts)`` gives the number of
    parameters of ``MLP(nin, nouts)`` from the sizes alone, without building it.

    Tried on several networks; one of them as large as a small image
    classifier, where the check also notices (by the memory the call takes)
    whether the network was built to count it.
    """
    problem = not_code_yet(count_parameters, "count_parameters", "function",
                           "count_parameters(nin, nouts)")
    if problem is not None:
        return problem
    for trial, (nin, nouts) in enumerate(_COUNT_TRIALS):
        call = f"count_parameters({nin}, {nouts})"
        given = list(nouts)
        result, error = call_learner_code(count_parameters, nin, given,
                                          doing=text("lesson05.doing.run", call=call))
        if error is not None:
            return error
        problem = _changed_nouts(call, nouts, given)
        if problem is None:
            problem = _count_problem(call, result, nin, nouts, count_parameters,
                                     _COUNT_TRIALS[:trial])
        if problem is not None and trial > 0:
            kept = _count_kept_problem(count_parameters, call, result, nin, nouts)
            problem = problem if kept is None else kept
        elif problem is not None:  # the first network wrong: the same number for the next?
            same = _same_for_another(count_parameters, call, result, nin, nouts)
            problem = problem if same is None else same  # (a "not yet" Feedback is falsy)
        if problem is not None:
            return problem
    for nin, nouts in (_LARGE, _MIDDLE):  # (a count right only for the sizes above shows)
        call = f"count_parameters({nin}, {nouts})"
        result, error, peak = _call_measuring_memory(count_parameters, nin, list(nouts),
                                                     doing=text("lesson05.doing.run", call=call))
        if error is not None:
            return error
        problem = _count_problem(call, result, nin, nouts, count_parameters, _COUNT_TRIALS)
        if problem is not None:
            kept = _count_kept_problem(count_parameters, call, result, nin, nouts)
            return problem if kept is None else kept
        if peak > _BUILT_BYTES:
            return Feedback(False, text("lesson05.count.built", call=call,
                                        count=_count(nin, nouts), megabytes=peak / 1e6))
    return Feedback(True, text("lesson05.count.right"))


def _same_for_another(count_parameters, call, result, nin, nouts):
    """A Feedback if ``count_parameters`` gives the wrong ``result`` of ``call`` for the
    next network tried too (whose count differs): a number that does not follow the sizes
    (``return 0`` written for a start). Else None."""
    other_nin, other_nouts = _COUNT_TRIALS[1]
    other = f"count_parameters({other_nin}, {other_nouts})"
    again, error = call_learner_code(count_parameters, other_nin, list(other_nouts),
                                     doing=text("lesson05.doing.run", call=other))
    if error is not None or as_number(again) is None or as_number(again) != as_number(result):
        return None
    return Feedback(False, text("lesson05.count.same_for_two", call=call, other=other,
                                got=_short(result), right=_count(nin, nouts),
                                other_right=_count(other_nin, other_nouts)))


def _count_kept_problem(count_parameters, call, result, nin, nouts):
    """A Feedback if the first trial, called again, no longer gives the right count
    (it did the first time): the function keeps something between calls. Else None."""
    first_nin, first_nouts = _COUNT_TRIALS[0]
    first = f"count_parameters({first_nin}, {first_nouts})"
    again, error = call_learner_code(count_parameters, first_nin, list(first_nouts),
                                     doing=text("lesson05.doing.run", call=first))
    right = _count(first_nin, first_nouts)
    if error is not None or as_number(again) == right:
        return None
    said = text("lesson05.count.said", call=call, got=_short(result), nin=nin, nouts=nouts,
                right=_count(nin, nouts))
    defaults = [f"`{name}`" for name, value in mutable_defaults(count_parameters) if value]
    where = (text("lesson05.count.kept_in", names=listed(defaults)) if defaults
             else text("lesson05.count.kept_somewhere"))
    return Feedback(False, text("lesson05.count.kept", said=said, first=first,
                                again=_short(again), right=right, where=where))


def _changed_nouts(call, nouts, given):
    """A Feedback if the learner's code changed the list ``given`` (a copy of ``nouts``)."""
    if given == list(nouts):
        return None
    return Feedback(False, text("lesson05.changed_nouts", call=call, before=list(nouts),
                                after=_short(given)))


def _makes_mistake_everywhere(count_parameters, mistake):
    """Whether ``count_parameters`` gives the count of the ``mistake``-th typical wrong
    formula (see :func:`_count_hypotheses`) for every size the check tries: only then
    is that formula certainly the cause (338 for MLP(2, [16, 16, 1]) is a bias per
    input, and also the right count plus a stray 1)."""
    for nin, nouts in _COUNT_TRIALS:
        result, error = call_learner_code(
            count_parameters, nin, list(nouts),
            doing=text("lesson05.doing.run", call=f"count_parameters({nin}, {nouts})"))
        if error is not None or as_number(result) != _count_hypotheses(nin, nouts, "")[mistake][0]:
            return False
    return True


def _numbers_written_in(function):
    """The whole numbers written in the code of ``function`` (and of the functions defined
    inside it): ``337 if nouts == [16, 16, 1] else 101770`` holds 337 and 101770."""
    found, codes = set(), [getattr(function, "__code__", None)]
    while codes:
        code = codes.pop()
        if code is None:
            continue
        for constant in code.co_consts:
            if isinstance(constant, types.CodeType):
                codes.append(constant)
            elif isinstance(constant, int) and not isinstance(constant, bool):
                found.add(constant)
    return found


def _counts_as_if_nin(count_parameters, n):
    """Whether ``count_parameters`` counts other networks too as if their nin were ``n``
    (a number written where nin belongs), not only the one where it gave that count."""
    for nin, nouts in ((7, [3, 2]), (1, [4, 1])):
        result, error = call_learner_code(
            count_parameters, nin, list(nouts),
            doing=text("lesson05.doing.run", call=f"count_parameters({nin}, {nouts})"))
        if error is not None or as_number(result) != _count(n, nouts):
            return False
    return True


def _count_problem(call, result, nin, nouts, count_parameters, earlier=()):
    if result is None:
        return Feedback(False, text("lesson05.count.none", call=call))
    value = as_number(result)
    if value is None:
        return Feedback(False, text("lesson05.count.not_a_number", call=call,
                                    kind=kind_of(result)))
    right = _count(nin, nouts)
    if value == right:
        return None
    if not math.isfinite(value):
        return Feedback(False, text("lesson05.count.not_finite", call=call, got=shown(value)))
    said = text("lesson05.count.said", call=call, got=shown(value), nin=nin, nouts=nouts,
                right=right)
    if value >= 10 and value in _numbers_written_in(count_parameters):
        return Feedback(False, text("lesson05.count.written", said=said, got=shown(value)))
    kept = [(n, o) for n, o in earlier if _count(n, o) == value]
    if kept:
        n, o = kept[-1]
        return Feedback(False, text("lesson05.count.earlier_call", said=said,
                                    earlier=f"count_parameters({n}, {o})"))
    for mistake, (count, message) in enumerate(_count_hypotheses(nin, nouts, said)):
        if value == count and _makes_mistake_everywhere(count_parameters, mistake):
            return Feedback(False, message)
    fixed = [n for n, _ in earlier if n != nin and _count(n, nouts) == value
             and _counts_as_if_nin(count_parameters, n)]
    if fixed:  # the count of this network with an earlier call's nin: a number where nin belongs
        return Feedback(False, text("lesson05.count.fixed_nin", said=said, n=fixed[0], nin=nin,
                                    nouts=nouts))
    message = text("lesson05.count.otherwise", said=said, off=off_by(value, right))
    if earlier:  # (every network tried before this one was counted right)
        message += text_count("lesson05.count.right_before", len(earlier))
    return Feedback(False, message)


# ----------------------------------------------------------------------
# Coding exercise: Neuron, Layer and MLP from Values
# ----------------------------------------------------------------------
def worked_mlp(nin, nouts):
    """The worked solution's MLP: the package's ``MLP`` built node by node
    (``fused=False``), with weights drawn from ``random`` as micrograd does."""
    return nn.MLP(nin, nouts, fused=False)


def _what_parameters(kind):
    """What ``parameters()`` of a Neuron, Layer or MLP lists, in words."""
    if kind in _PARAMETERS_KEYS:
        return text(_PARAMETERS_KEYS[kind])
    return text("lesson05.parameters.of_other")


_PARAMETERS_KEYS = {"Layer": "lesson05.parameters.of_layer", "MLP": "lesson05.parameters.of_mlp",
                    "Neuron": "lesson05.parameters.of_neuron"}


def _holds_one_object_twice(part):
    return isinstance(part, list) and len({id(x) for x in part}) < len(part)


def _parameters(obj, call):
    """The learner's ``obj.parameters()`` as a list of Values, or a Feedback.

    Called twice: a parameters() that changes the object (appends the bias to
    self.w at every call) or makes new Values at every call gives another list
    the second time.
    """
    method = getattr(obj, "parameters", None)
    if not callable(method):
        return Feedback(False, text("lesson05.parameters.missing", call=call))
    lists = []
    for doing in (text("lesson05.doing.parameters", call=call),
                  text("lesson05.doing.parameters_again", call=call)):
        result, error = call_learner_code(method, doing=doing)
        if error is not None:
            return error
        params = _as_parameter_list(result, call)
        if isinstance(params, Feedback):
            return params
        lists.append(params)
    first, second = lists
    if [id(p) for p in first] != [id(p) for p in second]:
        return Feedback(False, _say_parameters_changed(first, second, call))
    if len({id(p) for p in first}) < len(first):
        repeated = next((name for name in ("w", "neurons", "layers")
                         if _holds_one_object_twice(getattr(obj, name, None))), None)
        if repeated is not None:
            return Feedback(False, text("lesson05.parameters.repeated_part", call=call,
                                        name=repeated))
        return Feedback(False, text("lesson05.parameters.twice", call=call))
    return first


def _made_with_parameters(cls, call, *args, **kwargs):
    """``(cls(*args, **kwargs), its parameters() list)``, or the Feedback on what went
    wrong (``call`` is how the message writes the call)."""
    made, error = call_learner_code(cls, *args, **kwargs,
                                    doing=text("lesson05.doing.make", call=call))
    if error is not None:
        return error
    params = _parameters(made, call)
    return params if isinstance(params, Feedback) else (made, params)


def _as_parameter_list(result, call):
    if result is None:
        return Feedback(False, text("lesson05.parameters.none", call=call,
                                    what=_what_parameters(call.split("(")[0])))
    if hasattr(result, "__next__"):  # a generator (yield): used up by one loop, no len()
        return Feedback(False, text("lesson05.parameters.iterator", call=call,
                                    kind=kind_of(result)))
    try:
        params = list(result)
    except TypeError:
        return Feedback(False, text("lesson05.parameters.not_a_list", call=call,
                                    kind=kind_of(result)))
    bad = next((p for p in params if not isinstance(p, Value)), None)
    if bad is not None:
        return Feedback(False, text(_NOT_VALUE_KEYS[_kind_of_stranger(bad)], call=call,
                                    kind=kind_of(bad), join=text(_JOIN_KEYS[_part_kind(call)])))
    return params


def _kind_of_stranger(item):
    """What a non-Value item of parameters() most likely is: a list put inside the
    list ([self.w, self.b]), a number (a Value's .data), or something else."""
    if isinstance(item, (list, tuple)):
        return "nested"
    return "number" if as_number(item) is not None else "other"


def _part_kind(call):
    """What ``call`` names: a "neuron", a "layer" or a "network" (a part of one too:
    self.neurons[0] is a neuron, self.layers[1] a layer)."""
    if call.startswith(("Layer", "self.layers")):
        return "layer"
    return "neuron" if call.startswith(("Neuron", "self.neurons")) else "network"


# what an object is -> the parts and settings each one keeps of its own
_PARTS_KEYS = {"neuron": "lesson05.shared.parts.neuron", "layer": "lesson05.shared.parts.layer",
               "network": "lesson05.shared.parts.network"}
# what the parameters() belongs to -> how it joins its lists into one
_JOIN_KEYS = {"neuron": "lesson05.parameters.join.neuron", "layer": "lesson05.parameters.join.layer",
              "network": "lesson05.parameters.join.network"}
_NOT_VALUE_KEYS = {"nested": "lesson05.parameters.nested",
                   "number": "lesson05.parameters.not_values",
                   "other": "lesson05.parameters.not_values.other"}


def _say_parameters_changed(first, second, call):
    """What two calls of parameters() giving different lists show."""
    firsts = {id(p) for p in first}
    if len(second) > len(first) and firsts <= {id(p) for p in second}:
        return text("lesson05.parameters.grows", call=call, first=len(first), second=len(second))
    if len(second) == len(first) and not firsts & {id(p) for p in second}:
        return text("lesson05.parameters.new_values", call=call)
    return text("lesson05.parameters.changes", call=call, first=len(first), second=len(second))


def _set(params, numbers):
    for p, x in zip(params, numbers):
        p.data = x


def _on(call, x):
    """``Neuron(3) on [2.0, -1.0, 0.5]``: a call and its input, as the messages name them."""
    return text("lesson05.call_on", call=call, x=x)


# the engine's TypeError for a Value given where it needs a plain number
_VALUE_FOR_NUMBER = re.compile(r"needs a real number \(int or float\), got Value\b")


def _described_with(error, doing, explanation):
    """The message of :func:`describe_error`, with ``explanation`` in place of the
    general one (which, for a Value given where a number is needed, says to take its
    .data: wrong advice when the Value is a model's input)."""
    message = describe_error(error, doing)
    head = text("learner_code.raised_with_message", kind=type(error).__name__, error=error,
                doing=doing)
    return head + explanation + message[len(head + explanation_of(error)):]


def _call_on(model, x, call):
    """``model`` called on Values made from the numbers ``x``: its result, or a
    Feedback if it raised, ran too long, or changed the list it was given."""
    inputs = [Value(v, label=f"x{i + 1}") for i, v in enumerate(x)]
    given = list(inputs)
    raised = []

    def on_values(values):
        try:
            return model(values)
        except Exception as error:
            raised.append(error)
            raise

    doing = text("lesson05.doing.call_values", call=call, x=x)
    result, error = call_learner_code(on_values, given, doing=doing)
    if error is not None:
        if raised and _VALUE_FOR_NUMBER.search(str(raised[0])):
            return Feedback(False, _described_with(raised[0], doing,
                                                   text("lesson05.explain.value_for_number")))
        return error
    if [id(v) for v in given] != [id(v) for v in inputs]:
        return Feedback(False, text("lesson05.changed_input", call=call, x=x))
    if [v.data for v in inputs] != list(x):  # the list kept, the Values in it changed
        return Feedback(False, text("lesson05.changed_input_values", call=call, x=x,
                                    now=[v.data for v in inputs]))
    numbers = list(x)  # the lesson's cells pass plain numbers too: those must stay numbers
    _, error = call_learner_code(model, numbers, doing=text("lesson05.doing.call", call=call, x=x))
    if error is None and (len(numbers) != len(x) or any(
            type(n) is not type(v) or n != v for n, v in zip(numbers, x))):
        return Feedback(False, text("lesson05.changed_input", call=call, x=x))
    return result, inputs


def _as_output(result, call):
    """A network's output as one Value, or a Feedback (also for a Value in a list of
    one: the lesson's next cells draw the score and call its backward()).

    ``call`` names what was called (see :func:`_on`)."""
    if isinstance(result, (list, tuple)) and len(result) == 1 and isinstance(result[0], Value):
        return Feedback(False, text("lesson05.output.in_list", call=call, kind=kind_of(result)))
    if isinstance(result, (list, tuple)) and len(result) == 1:
        result = result[0]
    if result is None:
        return Feedback(False, text("lesson05.output.none", call=call))
    if isinstance(result, (list, tuple)):
        return Feedback(False, text("lesson05.output.list", call=call, count=len(result)))
    if inspect.ismethod(result) and isinstance(result.__self__, Value):  # n.relu, not n.relu()
        return Feedback(False, text("lesson05.output.method", call=call,
                                    name=result.__name__))
    if not isinstance(result, Value):
        return Feedback(False, text("lesson05.output.not_a_value", call=call,
                                    kind=kind_of(result)))
    return result


def _output(model, x, call):
    """``model`` on ``x`` as one Value and its input Values, or a Feedback."""
    called = _call_on(model, x, call)
    if isinstance(called, Feedback):
        return called
    result, inputs = called
    out = _as_output(result, _on(call, x))
    return out if isinstance(out, Feedback) else (out, inputs)


def _close(a, b, tol=1e-9):
    return math.isfinite(a) and abs(a - b) <= tol * max(1.0, abs(b))


def _say_class_state(cls, changed, call, count, expected):
    """The message for a wrong number of parameters when the learner's class
    changed its own attributes (``changed``) while the check made objects."""
    return Feedback(False, text(_CLASS_STATE_KEYS[count == expected], call=call, count=count,
                                expected=expected, cls=cls.__name__,
                                names=listed([f"`{n}`" for n in changed])))


# whether the count is right (the Values of another object, not its own) -> the message
_CLASS_STATE_KEYS = {True: "lesson05.class_state_others", False: "lesson05.class_state"}


# calls of one object on one input, after which its output must still be the first one's:
# a counter kept on the object that switches after some calls shows
_MANY_CALLS = 200


def _drift_problem(model, x, call, want):
    """A Feedback if ``model``, right on ``x`` at its first call here (``want``), gives
    another output on the same ``x`` at a later one of _MANY_CALLS calls, else None: the
    same object, input and weights, so it keeps something from one call to the next."""
    first = None
    for count in range(1, _MANY_CALLS + 1):
        output = _one_call(model, x, call)
        if isinstance(output, Feedback):
            return output
        got = output.data
        if count == 1 and not _close(got, want):
            return None  # wrong at once: not what this tells
        first = got if count == 1 else first
        if not _close(got, first):
            shown_first, later = differing(first, got)
            return Feedback(False, text_count("lesson05.drifts", count - 1, call=call, x=x,
                                              first=shown_first, later=later))
    return None


def _one_call(model, x, call):
    """``model`` called once on Values made from ``x``: its output (one Value), or a
    Feedback. (:func:`_output` calls it twice: code that changes at every call, back and
    forth, looks the same at every other call.)"""
    result, error = call_learner_code(model, [Value(v) for v in x],
                                      doing=text("lesson05.doing.call_values", call=call, x=x))
    return error if error is not None else _as_output(result, _on(call, x))


def _fresh_neuron(Neuron, trial, numbers=None):
    """A new neuron of ``trial`` with its weights set (to ``numbers``, weights then bias,
    if given), or None where it cannot be made so (said where it is made)."""
    built = _made_with_parameters(Neuron, trial.call, trial.nin, nonlin=trial.nonlin)
    if isinstance(built, Feedback) or len(built[1]) != trial.nin + 1:
        return None
    _set(built[1], [*trial.weights, trial.bias] if numbers is None else numbers)
    return built[0]


def _fresh_neuron_drifts(Neuron, trial, x=None):
    """:func:`_drift_problem` on a new neuron of ``trial``, with its weights set, on ``x``
    (its first input if not given)."""
    neuron, x = _fresh_neuron(Neuron, trial), trial.inputs[0] if x is None else x
    return None if neuron is None else _drift_problem(neuron, x, trial.call, trial.expected(x))


def _list_changed_by_a_call(Neuron, trial):
    """A Feedback if calling a new neuron of ``trial`` once changes the list its
    parameters() gives (a call that appends to self.w, say), else None."""
    built = _made_with_parameters(Neuron, trial.call, trial.nin, nonlin=trial.nonlin)
    if isinstance(built, Feedback):
        return None
    neuron, before = built
    if isinstance(_one_call(neuron, trial.inputs[0], trial.call), Feedback):
        return None
    after = _parameters(neuron, trial.call)
    if isinstance(after, Feedback) or list(map(id, after)) == list(map(id, before)):
        return None
    return Feedback(False, text("lesson05.neuron.list_changed_by_call", call=trial.call,
                                x=trial.inputs[0], before=len(before), after=len(after)))


def _fresh_neuron_output(Neuron, trial, x, numbers=None):
    """The output (a number) of a new neuron of ``trial``, its weights set (to ``numbers``,
    if given), on ``x`` at its first call; None where it cannot be made or called."""
    neuron = _fresh_neuron(Neuron, trial, numbers)
    output = None if neuron is None else _output(neuron, x, trial.call)
    return None if output is None or isinstance(output, Feedback) else as_number(output[0].data)


def _right_again(model, x, call, want):
    """Whether ``model``, whose output on ``x`` was wrong just now, gives ``want`` when
    called on the same numbers at once (in a new list, at another place in memory)."""
    held = [[] for _ in range(8)]  # (new lists take the places that lists gone left)
    again = _output(model, x, call)
    del held
    return not isinstance(again, Feedback) and _close(again[0].data, want)


def _say_shared(cls, names, call, x, got, want, right_again=False):
    """The message for an object whose output changed after others were made;
    ``names``: the attributes of the learner's classes that the check saw change.
    ``right_again``: right when called again at once on the same numbers (see
    _right_again): what it gives depends on more than them (an output kept by the input
    list's id(), which a new list takes over from one gone), not on a thing shared."""
    got, want = differing(got, want)
    if right_again:
        return Feedback(False, text("lesson05.right_when_called_again", call=call, x=x, got=got,
                                    want=want, parts=text(_PARTS_KEYS[_part_kind(call)])))
    return Feedback(False, text("lesson05.shared", call=call, x=x, got=got, want=want,
                                parts=text(_PARTS_KEYS[_part_kind(call)]),
                                what=_shared_what(cls, names), cls=cls.__name__))


def _shared_what(cls, names):
    """What the objects of ``cls`` share: the class attributes ``names`` the check saw
    change, else the list, set or dict defaults of its ``__init__`` that hold
    something, else the candidates."""
    if names:
        return text("lesson05.shared.on_class", names=listed([f"`{n}`" for n in names]))
    defaults = [f"`{name}={CONTAINERS[type(value)]}`"
                for name, value in mutable_defaults(getattr(cls, "__init__", None)) if value]
    if defaults:
        return text("lesson05.shared.default", names=listed(defaults))
    return text("lesson05.shared.elsewhere")


class _NeuronTrial:
    """A neuron the check makes, the weights it sets and the inputs it tries."""

    def __init__(self, nin, nonlin, weights, bias, inputs):
        self.nin, self.nonlin, self.weights, self.bias, self.inputs = nin, nonlin, weights, bias, inputs
        self.call = f"Neuron({nin}, nonlin={nonlin})"

    def expected(self, x, weights=None, bias=None):
        weights, bias = (self.weights, self.bias) if weights is None else (weights, bias)
        n = sum(w * v for w, v in zip(weights, x)) + bias
        return max(0.0, n) if self.nonlin else n

    def reference(self):
        neuron = nn.Neuron(self.nin, nonlin=self.nonlin, fused=False)
        _set(neuron.parameters(), [*self.weights, self.bias])
        return neuron

    def said_weights(self):
        return text("lesson05.neuron.weights", w=_short(self.weights), b=shown(self.bias))

    def names(self):
        """The names of the parameters, in the order of parameters()."""
        return [f"w{i + 1}" for i in range(self.nin)] + ["b"]


# Neuron(3) on an input where w . x + b is positive, then negative, with and
# without relu; then Neuron(5) and Neuron(17), other sizes, on more inputs.
_NEURON_TRIALS = [
    # (and w . x + b = 0.05, then -0.05: a relu that cuts off elsewhere than at 0 shows)
    _NeuronTrial(3, True, [0.5, -1.0, 2.0], 0.25, [[2.0, -1.0, 0.5], [1.0, 2.0, -0.5],
                                                   [-0.4, 0.0, 0.0], [-0.6, 0.0, 0.0]]),
    _NeuronTrial(3, False, [0.5, -1.0, 2.0], 0.25, [[2.0, -1.0, 0.5], [1.0, 2.0, -0.5]]),
    # inputs of 0 as well: a hidden layer's relu gives many, and the next layer takes them
    _NeuronTrial(5, True, [0.3, -0.7, 1.1, 0.2, -0.4], -0.1,
                 [[-1.0, 0.5, 2.0, -2.0, 1.0], [1.0, 2.0, -1.0, 0.5, 3.0], [0.0, 1.5, 0.0, -0.5, 2.0]]),
    # 17 inputs, one more than the lesson's hidden neurons take (w . x + b = 2.2, then -1.7): a
    # neuron that reads only its first 5, or 16, inputs shows
    _NeuronTrial(17, True, [-1.0, 0.4, -0.4, 1.0, 0.2, -0.6, 0.8, 0.3, -0.8, 0.6, -0.2, -1.0,
                            0.4, -0.4, 1.0, 0.2, -0.6], 0.15,
                 [[-1.0, 0.25, -0.75, 0.5, -0.5, 0.75, -0.25, 1.0, 0.0, -1.0, 0.25, -0.75, 0.5,
                   -0.5, 0.75, -0.25, 1.0],
                  [-1.5, 0.0, 1.5, -0.5, 1.0, -1.0, 0.5, -1.5, 0.0, 1.5, -0.5, 1.0, -1.0, 0.5,
                   -1.5, 0.0, 1.5]]),
    # the lesson's own sizes, 2 and 16 inputs (code written for them shows), the first an
    # output neuron whose w . x + b is 0 (a new Value(0) returned there has no grads to pass)
    _NeuronTrial(2, False, [1.0, 1.0], 0.5, [[1.0, -1.5], [0.5, -2.0]]),
    # and a weight of 0 (a term left out for it gives the right output, but no gradient to it)
    _NeuronTrial(3, False, [0.0, 1.5, -1.0], 0.5, [[2.0, 1.0, -1.0], [-1.0, 0.5, 2.0]]),
    # (w . x + b = 4.0, -3.6, -7.4, -37.8, then 38.2: the untrained network of the lesson has
    # sums down to -6.8 in its hidden layers, and a relu left out below some number, or a sum
    # held within some bound, shows)
    _NeuronTrial(16, True, [round((-1) ** i * (0.1 + 0.05 * i), 2) for i in range(16)], 0.2,
                 [[(-1) ** i * 0.5 for i in range(16)], [(-1) ** i * -0.5 for i in range(16)],
                  [(-1) ** i * -1.0 for i in range(16)], [(-1) ** i * -5.0 for i in range(16)],
                  [(-1) ** i * 5.0 for i in range(16)]]),
    # and the lesson's output neuron, Neuron(16, nonlin=False), its sum below 0 first (-3.6):
    # relu applied there from some number of inputs on shows
    _NeuronTrial(16, False, [round((-1) ** i * (0.1 + 0.05 * i), 2) for i in range(16)], 0.2,
                 [[(-1) ** i * -0.5 for i in range(16)], [(-1) ** i * 0.5 for i in range(16)]]),
    # and a bias of 0, as every new neuron has (a bias left out while it is 0 never gets a
    # grad, and never moves), an input of all 0s (w . 0 is 0, not the output), inputs beyond
    # the others' (a clamp shows), and a second Neuron(3) with weights of its own: one that
    # reads the last neuron made of its size shows
    _NeuronTrial(3, False, [0.75, 0.25, -1.5], 0.0, [[1.0, 2.0, 0.5], [0.0, 0.0, 0.0],
                                                      [12.5, -7.25, 3.5]]),
]


def _initial_values(params, call):
    """A Feedback if a new neuron's weights are not drawn from [-1, 1] (all alike, or out
    of range), else None. Values that are no numbers, and the order of weights and bias,
    are left to the checks after this one (the bias, 0, is inside [-1, 1] wherever it is)."""
    numbers = [as_number(getattr(p, "data", None)) for p in params]
    if None in numbers:
        return None
    weights = numbers[:-1]
    if any(abs(w) > 1 for w in weights):
        return Feedback(False, text("lesson05.neuron.init_range", call=call,
                                    weights=listed([shown(w) for w in weights])))
    if len(weights) > 1 and len(set(weights)) == 1:
        return Feedback(False, text("lesson05.neuron.init_same", call=call, w=shown(weights[0])))
    return None


@watches_kept_state
def check_neuron(Neuron):
    """Coding exercise: ``Neuron(nin, nonlin=True)`` with ``__call__(x)`` giving
    relu(w . x + b) (no relu when ``nonlin`` is False) and ``parameters()``
    listing the weights, then the bias. Given the same weights, it must give
    the same output and gradients as the package's ``Neuron(..., fused=False)``,
    for Neuron(3) and Neuron(5), each neuron keeping its own weights while the
    others are made and used.
    """
    problem = not_code_yet(Neuron, "Neuron", "class")
    if problem is not None:
        return problem
    snapshot = class_snapshot(Neuron)
    made = []
    for trial in _NEURON_TRIALS:
        built = _made_with_parameters(Neuron, trial.call, trial.nin, nonlin=trial.nonlin)
        if isinstance(built, Feedback):
            return built
        neuron, params = built
        if len(params) != trial.nin + 1:
            changed = changed_since(Neuron, snapshot)
            if changed:
                return _say_class_state(Neuron, changed, trial.call, len(params), trial.nin + 1)
            if made and any(value for _, value in mutable_defaults(getattr(Neuron, "__init__", None))):
                return Feedback(False, text("lesson05.default_state", call=trial.call,
                                            count=len(params), expected=trial.nin + 1,
                                            cls=Neuron.__name__, what=_shared_what(Neuron, ())))
            return Feedback(False, _neuron_count_hint(neuron, params, trial))
        if any([p.data for p in params[:-1]] == earlier.weights for earlier, _, _ in made):
            return Feedback(False, text(
                "lesson05.neuron.init_shared", call=trial.call, weights=_short(trial.weights),
                what=_shared_what(Neuron, changed_since(Neuron, snapshot))))
        problem = _initial_values(params, trial.call)
        if problem is not None:
            return problem
        _set(params, [*trial.weights, trial.bias])
        problem = _neuron_outputs(neuron, params, trial)
        if problem is None:  # weights a training step could have made: all doubled
            x, doubled = trial.inputs[0], [2 * w for w in trial.weights]
            numbers = [*doubled, 2 * trial.bias]
            problem = _stale_problem(neuron, params, numbers, x,
                                     trial.expected(x, doubled, 2 * trial.bias), trial.call,
                                     fresh=lambda given: _fresh_neuron_output(Neuron, trial, x, given),
                                     names=trial.names())
        if problem is None:
            problem = _grads_touched(neuron, params, trial.names(), trial.inputs[0], trial.call)
        if problem is not None:
            return problem
        made.append((trial, neuron, params))
    for trial, neuron, _ in made:  # each neuron still gives what it gave: no shared weights,
        for x in trial.inputs:  # nor a shared nonlin (a sum below 0 shows whether relu is on)
            output = _output(neuron, x, trial.call)
            if isinstance(output, Feedback):
                return output
            if not _close(output[0].data, trial.expected(x)):
                right_again = _right_again(neuron, x, trial.call, trial.expected(x))
                # alone, called again and again, on this x (a nonlin it flips at every
                # call shows only where the sum is below 0) and on the first
                drifts = _fresh_neuron_drifts(Neuron, trial, x)
                if drifts is None:
                    drifts = _fresh_neuron_drifts(Neuron, trial)
                if drifts is not None:
                    return drifts
                fresh = _fresh_neuron_output(Neuron, trial, x)
                if fresh is not None and not _close(fresh, trial.expected(x)):
                    # a new one, its own weights set, wrong at its first call: not its parts
                    got, want = differing(fresh, trial.expected(x))
                    return Feedback(False, text("lesson05.neuron.wrong_after_calls",
                                                call=trial.call, x=x, got=got, want=want))
                return _say_shared(Neuron, changed_since(Neuron, snapshot), trial.call, x,
                                   output[0].data, trial.expected(x), right_again)
    for trial, neuron, params in made:  # and still lists its own parameters
        again = _parameters(neuron, trial.call)
        if isinstance(again, Feedback):
            return again
        if list(map(id, again)) != list(map(id, params)):
            called = _list_changed_by_a_call(Neuron, trial)  # by its own calls, alone?
            if called is not None:
                return called
            return Feedback(False, text("lesson05.neuron.parameters_changed", call=trial.call,
                                        what=_shared_what(Neuron, changed_since(Neuron, snapshot))))
    for probe in (_start_problem, _default_problem,
                  lambda cls: _fresh_neuron_drifts(cls, _NEURON_TRIALS[0])):
        problem = probe(Neuron)
        if problem is not None:  # a Feedback that says "not yet" is falsy: `or` would pass it by
            return problem
    return Feedback(True, text("lesson05.neuron.right"))


def _default_problem(Neuron):
    """A Feedback if ``Neuron(3)``, made with no ``nonlin``, does not apply relu (the
    exercise's default is ``nonlin=True``: the trials above name it every time)."""
    made = _made_with_parameters(Neuron, "Neuron(3)", 3)
    if isinstance(made, Feedback):
        return made
    neuron, params = made
    trial = _NEURON_TRIALS[0]
    _set(params, [*trial.weights, trial.bias])
    x = trial.inputs[1]  # w . x + b = -2.25 there: relu gives 0
    output = _output(neuron, x, "Neuron(3)")
    if isinstance(output, Feedback):
        return output
    got = output[0].data
    if _close(got, trial.expected(x)):
        return None
    return Feedback(False, text("lesson05.neuron.default_nonlin", x=x, got=shown(got)))


# enough weights that right code, drawing from [-1, 1], has both signs but once in 2^63
_SPREAD_INPUTS = 64


def _start_problem(Neuron):
    """A Feedback if a new neuron of many inputs does not start as the exercise says:
    weights drawn from [-1, 1] (so of both signs) and the bias 0. None if it does."""
    made = _made_with_parameters(Neuron, f"Neuron({_SPREAD_INPUTS})", _SPREAD_INPUTS)
    if isinstance(made, Feedback):
        return made
    call, (_, params) = f"Neuron({_SPREAD_INPUTS})", made
    numbers = [as_number(p.data) for p in params]
    weights, bias = numbers[:-1], numbers[-1]
    if None not in weights and (min(weights) >= 0 or max(weights) <= 0):
        return Feedback(False, text("lesson05.neuron.init_one_sign", call=call,
                                    low=shown(min(weights)), high=shown(max(weights))))
    if bias != 0:
        return Feedback(False, text("lesson05.neuron.init_bias", call=call, b=shown(bias)))
    again = _made_with_parameters(Neuron, call, _SPREAD_INPUTS)  # a second one, made next
    if isinstance(again, Feedback):
        return again
    if [as_number(p.data) for p in again[1]][:-1] == weights:
        return Feedback(False, text("lesson05.neuron.init_repeated", call=call))
    return None


def _neuron_count_hint(neuron, params, trial):
    """The message for a Neuron(nin) whose parameters() does not list nin + 1 Values."""
    call, nin = trial.call, trial.nin
    weights, bias = getattr(neuron, "w", None), getattr(neuron, "b", None)
    ids = {id(p) for p in params}
    if isinstance(weights, (list, tuple)) and isinstance(bias, Value) and id(bias) in ids:
        if len(weights) != nin:
            return text_count("lesson05.neuron.count.weights", len(weights), call=call,
                              total=len(params), nin=nin)
        left_out = [f"`self.w[{i}]`" for i, w in enumerate(weights) if id(w) not in ids]
        if left_out and len(left_out) < len(weights):  # (the bias is there: not the cause)
            return text_count("lesson05.neuron.count.weights_left_out", len(left_out), call=call,
                              total=len(params), nin=nin, names=listed(left_out) if len(left_out) <= 4
                              else f"{left_out[0]} … {left_out[-1]}")
    if len(params) == nin:
        return text("lesson05.neuron.count.no_bias", call=call, count=len(params), nin=nin)
    return text_count("lesson05.neuron.count.wrong", len(params), call=call, expected=nin + 1)


def _written_parameter(params, set_to, names, call, x):
    """A Feedback if a parameter of ``params`` is no longer what the check set it to
    (``set_to``) after calling ``call`` on ``x``: the forward pass wrote it. ``names``: how
    the message names each parameter. None if none moved."""
    moved = next((k for k, (p, was) in enumerate(zip(params, set_to)) if p.data != was), None)
    if moved is None:
        return None
    now = params[moved].data
    before, after = (differing(set_to[moved], now) if as_number(now) is not None
                     else (shown(set_to[moved]), _short(now)))  # (0.5 and 0.50000005)
    return Feedback(False, text("lesson05.neuron.changes_parameter", call=call, x=x,
                                name=names[moved], before=before, after=after))


def _neuron_outputs(neuron, params, trial):
    call, weights = trial.call, trial.said_weights()
    earlier = []  # (x, the Value it gave)
    for x in trial.inputs:
        output = _output(neuron, x, call)
        if isinstance(output, Feedback):
            return output
        out, inputs = output
        written = _written_parameter(params, [*trial.weights, trial.bias], trial.names(), call, x)
        if written is not None:
            return written
        before = next((y for y, given in earlier if given is out), None)
        if before is not None:  # the very object an earlier call returned
            return Feedback(False, text("lesson05.neuron.same_output", call=call, x=x,
                                        earlier=before))
        earlier.append((x, out))
        expected = trial.expected(x)
        if not _close(out.data, expected):
            if len(earlier) > 1:  # right on the first input: is it still, called again?
                again = _output(neuron, trial.inputs[0], call)
                if not isinstance(again, Feedback) and not _close(again[0].data,
                                                                  trial.expected(trial.inputs[0])):
                    first, later = differing(trial.expected(trial.inputs[0]), again[0].data)
                    return Feedback(False, text_count("lesson05.drifts", len(earlier), call=call,
                                                      x=trial.inputs[0], first=first, later=later))
            elif trial is not _NEURON_TRIALS[0]:  # a later neuron wrong at once: is the first,
                first = _NEURON_TRIALS[0]  # made anew, still right?
                x0 = first.inputs[0]
                fresh = _fresh_neuron_output(type(neuron), first, x0)
                if fresh is not None and not _close(fresh, first.expected(x0)):
                    got, want = differing(fresh, first.expected(x0))
                    return Feedback(False, text("lesson05.neuron.wrong_after_calls",
                                                call=first.call, x=x0, got=got, want=want))
            # the causes below hold only for code that gives the same on the same x
            again = _output(neuron, x, call)
            if not isinstance(again, Feedback) and not _close(again[0].data, out.data):
                first, later = differing(out.data, again[0].data)
                return Feedback(False, text_count("lesson05.drifts", 1, call=call, x=x,
                                                  first=first, later=later))
            if _lists_bias_first(neuron, trial):
                if trial.nonlin:
                    return Feedback(False, text("lesson05.neuron.bias_first_relu", call=call))
                return Feedback(False, text("lesson05.neuron.bias_first", call=call))
            order = _listed_order(neuron, params, trial)
            if order is not None:
                return Feedback(False, text("lesson05.neuron.other_order", call=call,
                                            listed=listed(order), right=listed(trial.names())))
            return Feedback(False, _neuron_value_problem(out.data, x, trial, weights,
                                                         _inputs_used(neuron, trial)))
        touched = next(((name, node.grad) for name, node in
                        [("out", out), *((f"x{i + 1}", v) for i, v in enumerate(inputs))]
                        if as_number(node.grad) != 0.0), None)
        if touched is not None:  # its __call__ ran a backward pass of its own
            return Feedback(False, text("lesson05.neuron.grads_before_backward", call=call, x=x,
                                        name=touched[0], got=shown(touched[1])))
        for p in params:
            p.grad = 0.0  # the check's own backward passes must not add up
        operations = _count_operations(out)
        # relu written as `n if n.data > 0 else Value(0.0)` returns a new leaf where n <= 0:
        # no graph, but the same grads as relu (all 0), so it is right
        relu_zero = trial.nonlin and expected == 0.0 and operations == 0
        if operations == 0 and not relu_zero:
            return Feedback(False, text("lesson05.neuron.no_operation_nodes", call=call))
        if operations < 2 * len(x) and not relu_zero:
            # (a * left out for a factor of 1 or 0 gives the right output too: a candidate there)
            ones = any(v in (0.0, 1.0) for v in (*x, *trial.weights))
            return Feedback(False, text_count(_FEW_NODES_KEYS[ones], operations, call=call, x=x))
        problem = _backward_through(out, call)
        if problem is not None:
            return problem
        reference = trial.reference()
        ref_inputs = [Value(v) for v in x]
        reference(ref_inputs).backward()
        for name, p, q in zip(trial.names(), params, reference.parameters()):
            if not _close(p.grad, q.grad):
                # an output wrong at a later input says more than a grad (w + x gives w * x's
                # output at one input, not at the others)
                later = _wrong_output_later(neuron, trial, x, weights)
                if later is not None:
                    return later
                got, want = differing(p.grad, q.grad)
                # where relu gives 0, grads of the sum alone (x for each w, 1 for b): relu let them through
                through = trial.nonlin and expected == 0.0 and all(
                    _close(r.grad, g) for r, g in zip(params, [*x, 1.0]))
                if p is params[-1] and trial.bias == 0 and p.grad == 0 and not through:
                    # the bias alone without a grad, at 0: left out while it holds 0
                    return Feedback(False, text("lesson05.neuron.bias_of_0_left_out",
                                                weights=weights, call=call, x=x, want=want))
                return Feedback(False, text(_PARAMETER_GRAD_KEYS[through], weights=weights,
                                            call=call, x=x, name=name, got=got, want=want))
        for i, (v, r) in enumerate(zip(inputs, ref_inputs)):
            if not _close(v.grad, r.grad):
                got, want = differing(v.grad, r.grad)
                return Feedback(False, text("lesson05.neuron.input_grad", index=i + 1,
                                            got=got, want=want))
    return None


# whether an input or weight of the trial is 1 -> what a graph of too few nodes is told
_FEW_NODES_KEYS = {False: "lesson05.neuron.few_nodes", True: "lesson05.neuron.few_nodes_or_one"}


def _wrong_output_later(neuron, trial, x, weights):
    """The Feedback on the first input of ``trial`` after ``x`` where ``neuron`` gives a
    wrong output (or fails), or None when every later output is right."""
    for later in trial.inputs[trial.inputs.index(x) + 1:]:
        output = _output(neuron, later, trial.call)
        if isinstance(output, Feedback):
            return output
        if not _close(output[0].data, trial.expected(later)):
            return Feedback(False, _neuron_value_problem(output[0].data, later, trial, weights,
                                                         _inputs_used(neuron, trial)))
    return None


def _backward_through(out, call):
    """None once ``out.backward()`` has run, or a Feedback where the learner's graph holds a
    node made by Value(data, children, op) with no way back (no _backward, no local
    derivatives: a relu built by hand)."""
    try:
        out.backward()
    except TypeError as error:
        if "without local derivatives" not in str(error):
            raise
        return Feedback(False, text("lesson05.no_way_back", call=call))
    return None


# whether every grad is what the sum alone passes on, where relu gives 0 -> the message
_PARAMETER_GRAD_KEYS = {True: "lesson05.neuron.relu_lets_grad_through",
                        False: "lesson05.neuron.parameter_grad"}


def _stale_problem(model, params, numbers, x, want, call, fresh=None, names=None):
    """A Feedback if ``model`` on ``x``, once the check has set ``params`` to ``numbers``
    (as a training step changes them), does not give ``want``; else None. The
    parameters are set back afterwards. ``fresh(numbers)``: what a new model given
    ``numbers`` gives on ``x`` at its first call (a number, or None), to tell a slip at these
    numbers (a new one wrong at them, right at the old ones) from something kept. ``names``:
    how a message names each parameter (``parameters()[i]`` by default)."""
    kept = [p.data for p in params]
    names = names or [f"parameters()[{i}]" for i in range(len(params))]
    before = _output(model, x, call)
    if isinstance(before, Feedback):
        return before
    written = _written_parameter(params, kept, names, call, x)  # (set back below: never seen)
    if written is not None:
        return written
    _set(params, numbers)
    after = _output(model, x, call)
    written = _written_parameter(params, numbers, names, call, x)
    _set(params, kept)
    if isinstance(after, Feedback):
        return after
    if written is not None:
        return written
    (before, _), (after, _) = before, after
    if _close(after.data, want):
        return None
    got, shown_want = differing(after.data, want)
    new_one = fresh(numbers) if fresh is not None and after is not before else None
    if new_one is not None and not _close(new_one, want):  # wrong at its first call too,
        old_one = fresh(kept)  # and right at the numbers before: not what earlier calls left
        if old_one is not None and _close(old_one, before.data):
            return Feedback(False, text("lesson05.stale.wrong_at_numbers", call=call, x=x,
                                        got=got, want=shown_want, numbers=_short(numbers),
                                        fresh=differing(new_one, want)[0]))
    which = ("value" if after is before  # (0 again is relu's, as likely as a kept 0)
             else "number" if same_result(after.data, before.data) and before.data != 0
             else "kept" if new_one is not None else None)
    return Feedback(False, text(_STALE_KEYS[which], call=call, x=x, got=got, want=shown_want,
                                before=shown(before.data)))


# whether the rate a step used is 1 (learning_rate left out) -> the message
_OWN_RATE_KEYS = {True: "lesson05.step.no_rate", False: "lesson05.step.own_rate"}


# What a model gave once its parameters changed: the Value or the number it gave before, or else
# ("kept": a new one given the same numbers is right; None: no new one was tried)
_STALE_KEYS = {"value": "lesson05.stale.same_value", "number": "lesson05.stale.same_number",
               "kept": "lesson05.stale.otherwise", None: "lesson05.stale.otherwise_or_numbers"}


def _grads_touched(model, params, names, x, call):
    """A Feedback if calling ``model`` on ``x`` changes the grad of a parameter (each given
    a grad of its own first, as backward() leaves them; ``names``: how the message names
    them); else None. The grads are 0 again afterwards."""
    given = [0.375 + 0.25 * k for k in range(len(params))]  # never 0, 1 or a half, as code sets
    for p, grad in zip(params, given):
        p.grad = grad
    _, error = call_learner_code(model, [Value(v) for v in x],
                                 doing=text("lesson05.doing.call", call=call, x=x))
    grads = [p.grad for p in params]
    for p in params:
        p.grad = 0.0
    if error is not None:
        return error
    changed = [k for k, (a, b) in enumerate(zip(given, grads)) if not same_result(a, b)]
    if not changed:
        return None
    k = changed[0]
    return Feedback(False, text("lesson05.call_changes_grad", call=call, x=x, name=names[k],
                                before=shown(given[k]), after=shown(grads[k]),
                                count=len(changed), total=len(params)))


def _lists_bias_first(neuron, trial):
    """Whether the neuron gives, on every input of ``trial``, what it would if its
    parameters() listed the bias first (the check then set b to the first weight):
    on an input where that relu is not 0, so that the outputs tell it apart."""
    return _gives_on_every_input(neuron, trial, [*trial.weights[1:], trial.bias], trial.weights[0])


def _listed_order(neuron, params, trial):
    """The names of the neuron's parameters in the order its parameters() lists them
    (``params``), when that holds its own ``w`` and ``b`` in another order than w1, ...,
    b and the neuron computes w . x + b right with the numbers the check so gave them;
    else None (in order, other Values, attributes of other names, or wrong sums too)."""
    weights, bias = getattr(neuron, "w", None), getattr(neuron, "b", None)
    if not isinstance(weights, (list, tuple)) or len(weights) != trial.nin:
        return None
    roles = {id(node): name for node, name in zip([*weights, bias], trial.names())}
    listed_roles = [roles.get(id(p)) for p in params]
    if None in listed_roles or len(set(listed_roles)) != len(roles):
        return None
    if listed_roles == trial.names():
        return None
    given = dict(zip(listed_roles, [*trial.weights, trial.bias]))  # set by position
    values = [given[name] for name in trial.names()]
    return listed_roles if _gives_on_every_input(neuron, trial, values[:-1], values[-1]) else None


def _inputs_used(neuron, trial):
    """The k < nin for which the neuron gives, on every input of ``trial`` and on one whose
    terms wi*xi are 1, 2, 4, ... (each sum of some of them is another number), the sum over
    its first k inputs alone; or None."""
    separating = [2 ** i / w for i, w in enumerate(trial.weights)]
    return next((k for k in range(1, trial.nin) if _gives_on_every_input(
        neuron, trial, trial.weights[:k], trial.bias, [*trial.inputs, separating])), None)


def _gives_on_every_input(neuron, trial, weights, bias, inputs=None):
    """Whether the neuron gives, on every input of ``trial`` (or of ``inputs``), what
    ``weights`` and ``bias`` would: on some input where that is not 0 (relu's 0 tells
    nothing apart)."""
    inputs = trial.inputs if inputs is None else inputs
    wanted = [trial.expected(x, weights, bias) for x in inputs]
    if all(value == 0.0 for value in wanted):
        return False
    for x, want in zip(inputs, wanted):
        output = _output(neuron, x, trial.call)
        if isinstance(output, Feedback) or not _close(output[0].data, want):
            return False
    return True


def _count_operations(root):
    """The number of nodes in ``root``'s graph that an operation made (inputs not counted)."""
    return sum(1 for node in root.topological_order() if node._prev)


_SAID_KEYS = {True: "lesson05.neuron.value.said_relu", False: "lesson05.neuron.value.said_linear"}


def _weighted_sum(nin):
    """The sum over all ``nin`` inputs as a message writes it: w1*x1 + ... + w5*x5."""
    terms = [f"w{i}*x{i}" for i in range(1, nin + 1)]
    return " + ".join(terms if nin <= 3 else [*terms[:2], "...", terms[-1]])


# w . x + b this close to 0 comes after inputs far from it: wrong there, relu cuts off elsewhere
_NEAR_ZERO = 0.1


# whether relu is missing at the first trial, or only after it -> the message
_NO_RELU_KEYS = {True: "lesson05.neuron.value.no_relu", False: "lesson05.neuron.value.no_relu_now"}


def _neuron_value_problem(got, x, trial, weights, used=None):
    n = sum(w * v for w, v in zip(trial.weights, x)) + trial.bias
    expected = trial.expected(x)
    shown_got, shown_want = differing(got, expected)
    said = text(_SAID_KEYS[trial.nonlin], weights=weights, call=trial.call, x=x, got=shown_got,
                want=shown_want, n=f"{n:.6g}")
    if trial.nonlin and abs(n) < _NEAR_ZERO and (_close(got, n) or _close(got, 0.0)):
        # (3.25 and -2.25 came out right before; a cut-off elsewhere gives n or 0, nothing else)
        return text("lesson05.neuron.value.relu_elsewhere", said=said)
    if trial.nonlin and _close(got, n):  # (the first trial, right, had relu cut a sum below 0)
        return text(_NO_RELU_KEYS[trial is _NEURON_TRIALS[0]], said=said, nin=trial.nin)
    if not trial.nonlin and _close(got, max(0.0, n)):
        return text("lesson05.neuron.value.relu_at_output", said=said)
    if trial.nonlin and n < 0 and _close(got, max(0.0, n - trial.bias) + trial.bias):
        return text("lesson05.neuron.value.bias_after_relu", said=said)  # relu(w . x) + b
    if _close(got, n - trial.bias) or _close(got, max(0.0, n - trial.bias)):
        return text("lesson05.neuron.value.no_bias", said=said)
    if _close(got, math.tanh(n)):
        return text("lesson05.neuron.value.tanh", said=said)
    if trial.nonlin and n < 0 and 0 < got / n < 1:  # a share of a negative sum let through
        return text("lesson05.neuron.value.leaky", said=said, ratio=f"{got / n:.4g}")
    added = sum(w + v for w, v in zip(trial.weights, x)) + trial.bias  # + where * belongs
    if _close(got, max(0.0, added) if trial.nonlin else added) and got != 0.0:
        return text("lesson05.neuron.value.plus_for_times", said=said)
    flipped = n - 2 * trial.bias  # w . x - b
    if trial.bias and _close(got, max(0.0, flipped) if trial.nonlin else flipped):
        return text("lesson05.neuron.value.bias_sign", said=said)
    if used is not None:
        return text_count("lesson05.neuron.value.first_inputs", used, said=said, nin=trial.nin)
    return text("lesson05.neuron.value.otherwise", said=said, sum=_weighted_sum(trial.nin),
                nin=trial.nin)


_MLP_SEED = 9  # its scores have both signs on the inputs, so relu at the output shows


class _NetworkTrial:
    """A network the check makes, with the package's weights, and the points it tries."""

    def __init__(self, nin, nouts, inputs):
        self.nin, self.nouts, self.inputs = nin, nouts, inputs
        self.call = f"MLP({nin}, {nouts})"

    def reference(self, relu_in=None, seed=_MLP_SEED):
        """The package's network with the check's weights (others with another ``seed``);
        ``relu_in`` (one flag per layer) says which layers apply relu, every layer but the
        last by default."""
        net = _with_biases(nn.MLP(self.nin, self.nouts, seed=seed, fused=False))
        for layer, relu in zip(net.layers, relu_in or ()):
            for neuron in layer.neurons:
                neuron.activation = "relu" if relu else "linear"
                neuron.nonlin = relu
        return net

    def right_relus(self):
        return tuple(i < len(self.nouts) - 1 for i in range(len(self.nouts)))


# The lesson's shape, then another nin and one more layer, on points of their size.
_MLP_TRIALS = [
    _NetworkTrial(2, [4, 3, 1], [[1.0, -0.5], [-1.2, 0.4], [0.3, 0.9], [2.0, 1.5], [-0.7, -1.1]]),
    _NetworkTrial(3, [5, 4, 3, 1], [[1.0, -0.5, 2.0], [-1.2, 0.4, 0.3], [0.3, 0.9, -1.5],
                                    [2.0, 1.5, 0.5], [-0.7, -1.1, 1.2], [0.5, 0.5, -0.5]]),
    # one layer alone: it is the output layer, with no relu (its scores go below 0); and a
    # coordinate of 0 (code that drops or replaces it shows)
    _NetworkTrial(2, [1], [[1.0, -0.5], [-1.2, 0.4], [-5.0, -5.0], [4.0, 3.0], [0.0, 0.5]]),
]
# The lesson's own size, after the trials: layers of 16 (a layer that keeps only its first
# 8 outputs, or a neuron its first 8 inputs, shows). Not among the trials: its scores do not
# tell the relu patterns apart (below 0 on every point, relu on the output makes them 0).
_WIDE = _NetworkTrial(2, [16, 16, 1], [[1.0, -0.5], [-1.2, 0.4], [0.3, 0.9]])


def _with_biases(module):
    """``module`` with biases that are not 0 (a new network's are), so a bias that is
    listed but never used changes the numbers."""
    for k, p in enumerate(module.parameters()):
        if p.data == 0.0:
            p.data = 0.1 * ((k % 5) - 2) + 0.05
    return module


@watches_kept_state
def check_mlp(Layer, MLP):
    """Coding exercise: ``Layer(nin, nout)`` (``nout`` Neurons on the same inputs)
    and ``MLP(nin, nouts)`` (layers of sizes ``[nin] + nouts``, relu in every
    layer but the last). Given the package's weights, ``MLP(2, [4, 3, 1])`` and
    ``MLP(3, [5, 4, 3, 1])`` must give the same scores and gradients as
    ``micrograd_lite.nn.MLP`` with ``fused=False``, each network keeping its
    own weights while the other is made and used.
    """
    # a Feedback that says "not yet" is falsy: test each against None, never chain with `or`
    for step in (lambda: not_code_yet(Layer, "Layer", "class"),
                 lambda: not_code_yet(MLP, "MLP", "class"),
                 lambda: _check_layer(Layer), lambda: _check_networks(Layer, MLP)):
        problem = step()
        if problem is not None:
            return problem
    return Feedback(True, text("lesson05.mlp.right"))


def _neurons_list_their_biases(layer):
    """Whether each neuron of ``layer`` (``layer.neurons``) lists its weights and a bias in its
    own parameters(): then a Layer.parameters() of weights alone leaves the biases out."""
    try:
        return all(len(neuron.parameters()) == len(neuron.w) + 1 for neuron in layer.neurons)
    except Exception:  # other names, or a learner's method that raises
        return False


# whether the layer's neurons list their biases themselves -> the message for no biases
_NO_BIAS_KEYS = {True: "lesson05.layer.count.bias_left_out", False: "lesson05.layer.count.no_bias"}


def _check_layer(Layer):
    call = "Layer(3, 2)"
    snapshot = class_snapshot(Layer)
    made = _made_with_parameters(Layer, call, 3, 2)
    if isinstance(made, Feedback):
        return made
    layer, params = made
    made_first = list(params)
    if len(params) != 8:
        changed = changed_since(Layer, snapshot)
        if changed:
            return _say_class_state(Layer, changed, call, len(params), 8)
        if len(params) == 4:
            return Feedback(False, text("lesson05.layer.count.one_neuron", call=call,
                                        count=len(params)))
        if len(params) == 6:
            return Feedback(False, text(_NO_BIAS_KEYS[_neurons_list_their_biases(layer)], call=call,
                                        count=len(params)))
        return Feedback(False, text_count("lesson05.layer.count.wrong", len(params), call=call))
    reference = _with_biases(nn.Layer(3, 2, seed=_MLP_SEED, fused=False))
    _set(params, [p.data for p in reference.parameters()])
    x = [0.5, -1.5, 2.0]
    got = _two_outputs(layer, x, call)
    if isinstance(got, Feedback):
        return got
    expected = [v.data for v in reference(x)]
    if any(g is None for g in got) or not all(_close(g, e) for g, e in zip(got, expected)):
        swapped = None not in got and all(_close(g, e) for g, e in zip(got, expected[::-1]))
        squash = None if None in got else _activation_used(got, reference, x)
        got, expected = _differing_lists(got, expected)
        if swapped:
            return Feedback(False, text(_LAYER_ORDER_KEYS[_reversed_part(layer, params)],
                                        call=call, x=x, got=got, want=expected))
        if _lists_neurons_mixed(layer, params):
            return Feedback(False, text("lesson05.layer.parameters_mixed", call=call, x=x,
                                        got=got, want=expected))
        if squash is not None:  # each output a curve of the right sum, not relu of it
            return Feedback(False, text("lesson05.layer.other_activation", call=call, x=x,
                                        got=got, want=expected, name=squash))
        return Feedback(False, text("lesson05.layer.wrong_outputs", call=call, x=x,
                                    got=got, want=expected))
    made = _made_with_parameters(Layer, "Layer(3, 1)", 3, 1)
    if isinstance(made, Feedback):
        return made
    single, params = made
    changed = changed_since(Layer, snapshot)
    if len(params) != 4 and changed:
        return _say_class_state(Layer, changed, "Layer(3, 1)", len(params), 4)
    if len(params) != 4:
        return Feedback(False, text("lesson05.layer.single_count", count=len(params)))
    earlier = _parameters(layer, call)  # the first layer, once the second is made
    if isinstance(earlier, Feedback):
        return earlier
    if len(earlier) != len(reference.parameters()) or any(
            p is not q for p, q in zip(earlier, made_first)):
        if changed:
            return _say_class_state(Layer, changed, call, len(earlier), 8)
        return Feedback(False, text("lesson05.layer.changed_by_another", call=call,
                                    count=len(earlier)))
    made = _made_with_parameters(Layer, call, 3, 2)  # a second of the first one's size
    if isinstance(made, Feedback):
        return made
    shared = sum(id(p) in {id(q) for q in made_first} for p in made[1])
    if shared:  # (neurons kept by their size, on the class or in a global)
        names = changed_since(Layer, snapshot)
        return Feedback(False, text("lesson05.layer.shared_with_twin", call=call, count=shared,
                                    what=_shared_what(Layer, names)))
    called = _call_on(single, x, "Layer(3, 1)")
    if isinstance(called, Feedback):
        return called
    if not isinstance(called[0], Value):
        return Feedback(False, text("lesson05.layer.single_in_list", x=x,
                                    kind=kind_of(called[0]), got=_short(called[0])))
    # other numbers in its parameters, as a training step leaves them: the output follows
    # (a layer that keeps its outputs by the input shows; so does one MLP would not use)
    other = nn.Layer(3, 1, seed=_MLP_SEED + 1, fused=False)
    problem = _stale_problem(single, params, [p.data for p in other.parameters()], x,
                             other(x).data, "Layer(3, 1)")
    if problem is None:
        problem = _linear_layer_problem(Layer, x)
    if problem is None:
        problem = _wide_layer_problem(Layer)
    return _square_layer_problem(Layer, x) if problem is None else problem


def _square_layer_problem(Layer, x):
    """A Feedback if ``Layer(3, 3)``, as many outputs as inputs (as the lesson's 16 to 16),
    raises on ``x`` or changes the list it is given (writes its outputs into it, say)."""
    made = _made_with_parameters(Layer, "Layer(3, 3)", 3, 3)
    if isinstance(made, Feedback):
        return made
    called = _call_on(made[0], x, "Layer(3, 3)")
    return called if isinstance(called, Feedback) else None


def _wide_layer_problem(Layer):
    """A Feedback if ``Layer(2, 16)``, the lesson's width, does not have 16 neurons' 48
    parameters and give 16 outputs (a layer right at 1 and 2 neurons, capped at some
    number of them, say), else None."""
    call, x = "Layer(2, 16)", [1.0, -0.5]
    made = _made_with_parameters(Layer, call, 2, 16)
    if isinstance(made, Feedback):
        return made
    layer, params = made
    if len(params) != 48:
        return Feedback(False, text("lesson05.layer.wide_count", call=call, params=len(params)))
    called = _call_on(layer, x, call)
    if isinstance(called, Feedback):
        return called
    outputs = called[0]
    count = len(outputs) if isinstance(outputs, (list, tuple)) else 1
    if count == 16:
        return None
    return Feedback(False, text("lesson05.layer.wide_outputs", call=call, x=x, outputs=count))


# what a layer may apply to each weighted sum where relu belongs
_SQUASHES = {"tanh": math.tanh, "sigmoid": lambda z: 1 / (1 + math.exp(-z)),
             "exp": math.exp, "abs": abs}


def _activation_used(outputs, reference, x):
    """The name of the function (tanh, sigmoid, ...) that gives each of a layer's
    ``outputs`` on ``x`` from the reference's weighted sums w · x + b, where relu
    belongs; else None."""
    sums = [sum(w.data * xi for w, xi in zip(n.w, x)) + n.b.data for n in reference.neurons]
    return next((name for name, squash in _SQUASHES.items()
                 if all(_close(got, squash(z)) for got, z in zip(outputs, sums))), None)


def _parts(whole, attribute):
    """The parameters() lists of the parts of ``whole`` (its ``neurons`` or its ``layers``),
    each as ids, or None if it has no such list or a part's parameters() fails."""
    parts = getattr(whole, attribute, None)
    if not isinstance(parts, (list, tuple)) or not parts:
        return None
    lists = [_parameters(part, f"self.{attribute}[{i}]") for i, part in enumerate(parts)]
    if any(isinstance(p, Feedback) for p in lists):
        return None
    return [[id(p) for p in part] for part in lists]


def _reversed_part(layer, params):
    """Which part of a layer whose outputs come out swapped is reversed (the check set its
    weights through parameters(), in the package's order): "parameters" if its
    parameters() lists ``layer.neurons`` in reverse, "outputs" if it lists them in order
    (so __call__ gives their outputs in reverse); None when the neurons cannot be read."""
    neurons, ids = _parts(layer, "neurons"), [id(p) for p in params]
    if neurons is not None and ids == [i for part in neurons[::-1] for i in part]:
        return "parameters"
    if neurons is not None and ids == [i for part in neurons for i in part]:
        return "outputs"
    return None


def _lists_neurons_mixed(layer, params):
    """Whether the layer's parameters() ``params`` are the Values of ``layer.neurons``,
    in another order than neuron after neuron (all weights first, say)."""
    neurons, ids = _parts(layer, "neurons"), [id(p) for p in params]
    in_order = None if neurons is None else [i for part in neurons for i in part]
    return in_order is not None and ids != in_order and sorted(ids) == sorted(in_order)


_LAYER_ORDER_KEYS = {"parameters": "lesson05.layer.parameters_reversed",
                     "outputs": "lesson05.layer.outputs_reversed",
                     None: "lesson05.layer.order_candidates"}


def _two_outputs(layer, x, call):
    """The numbers of a two-neuron layer's outputs on ``x`` (None where one is no
    number), or a Feedback if the call failed or did not give two outputs."""
    called = _call_on(layer, x, call)
    if isinstance(called, Feedback):
        return called
    result = called[0]
    if not isinstance(result, (list, tuple)) or len(result) != 2:
        return Feedback(False, text("lesson05.layer.not_two", call=call, x=x,
                                    kind=kind_of(result), got=_short(result)))
    return [as_number(v.data if is_value(v) else v) for v in result]  # a layer returns Values


def _linear_layer_problem(Layer, x):
    """A Feedback if Layer(3, 2, nonlin=False) still applies relu (its first output
    is negative on ``x``), else None."""
    call = "Layer(3, 2, nonlin=False)"
    made = _made_with_parameters(Layer, call, 3, 2, nonlin=False)
    if isinstance(made, Feedback):
        return made
    layer, params = made
    reference = _with_biases(nn.Layer(3, 2, seed=_MLP_SEED, fused=False, nonlin=False))
    _set(params, [p.data for p in reference.parameters()])
    got = _two_outputs(layer, x, call)
    if isinstance(got, Feedback):
        return got
    expected = [v.data for v in reference(x)]
    if any(g is None for g in got) or not all(_close(g, e) for g, e in zip(got, expected)):
        shown_got, shown_want = _differing_lists(got, expected)
        if None not in got and all(_close(g, max(0.0, e)) for g, e in zip(got, expected)):
            return Feedback(False, text("lesson05.layer.relu_kept", call=call, x=x,
                                        got=shown_got, want=shown_want))
        return Feedback(False, text("lesson05.layer.wrong_outputs", call=call, x=x,
                                    got=shown_got, want=shown_want))
    return None


def _short(values):
    """A learner's result as a message shows it: numbers with 4 digits, Values by their data."""
    if isinstance(values, (list, tuple)):
        return "[" + ", ".join(_short(v) for v in values) + "]"
    if isinstance(values, Value):
        return f"Value(data={values.data:.4g})"
    if isinstance(values, int) and not isinstance(values, bool):
        return str(values)  # (a count: every digit, 101771 not 1.018e+05)
    if isinstance(values, float):
        return f"{values:.4g}"
    return repr(values)


def _differing_lists(got, want):
    """Two lists of numbers written with the fewest digits (at least 4) that show
    each entry that differs as different."""
    if any(g is None for g in got):
        return _short(got), _short(want)
    pairs = [(g, w) for g, w in zip(got, want) if not _close(g, w)]
    digits = next((d for d in range(4, 18)
                   if all(f"{g:.{d}g}" != f"{w:.{d}g}" for g, w in pairs)), 17)
    return ("[" + ", ".join(f"{g:.{digits}g}" for g in got) + "]",
            "[" + ", ".join(f"{w:.{digits}g}" for w in want) + "]")


def _missing_layers(model, params):
    """``(kept, missing)``: the numbers (from 1) of the layers in ``model.layers`` whose
    parameters its parameters() lists, and of those it leaves out, when it lists some
    layers' and nothing else, in order; else None."""
    layers = _parts(model, "layers")
    if layers is None:
        return None
    ids = [id(p) for p in params]
    kept = [i for i, part in enumerate(layers) if set(ids).issuperset(part)]
    missing = [i for i, part in enumerate(layers) if not set(ids).intersection(part)]
    if not kept or not missing or len(kept) + len(missing) != len(layers) or \
            ids != [i for k in kept for i in layers[k]]:
        return None
    return [k + 1 for k in kept], [m + 1 for m in missing]


def _layer_named(number):
    """Layer ``number``, counted from 1, and where it is in the list of layers
    (self.layers[number - 1]): the lesson's "layer i" may be read either way."""
    return text("lesson05.mlp.layer", index=number, position=number - 1)


def _mlp_count_hint(count, trial, layers=None, model=None):
    """The message for an MLP whose parameters() does not list as many Values as it should;
    ``layers``: the layers whose parameters it lists and leaves out, if that is certain;
    ``model``: the network, whose layers' sizes are read where they can be."""
    nin, nouts, call = trial.nin, trial.nouts, trial.call
    if layers is not None:
        kept, missing = ([_layer_named(i) for i in numbers] for numbers in layers)
        return text("lesson05.mlp.count.layers_left_out", call=call, count=count,
                    expected=_count(nin, nouts), kept=listed(kept), missing=listed(missing))
    sizes = _layer_sizes(model)
    wanted = list(zip([nin, *nouts], nouts))
    if sizes is not None and sizes != wanted:  # what the layers are, not a guess from the count
        message = text("lesson05.mlp.count.layer_sizes", call=call, count=count,
                       expected=_count(nin, nouts), got=_sizes_text(sizes), want=_sizes_text(wanted))
        if len(sizes) != len(wanted):
            message += text("lesson05.mlp.count.layer_count", layers=len(sizes), wanted=len(wanted))
        return message
    if count == _count(nin, nouts) - sum(nouts):
        return text("lesson05.mlp.count.no_biases", call=call, count=count)
    if count == sum((nin + 1) * b for b in nouts):
        return text("lesson05.mlp.count.nin_everywhere", call=call, count=count, nin=nin)
    if count == _count(nin, nouts[:-1]):
        return text("lesson05.mlp.count.no_last", call=call, count=count)
    if count == _count(nouts[0], nouts[1:]):
        return text("lesson05.mlp.count.no_first", call=call, count=count)
    # a fixed number of layers, the last one kept: [5, 4, 1] for [5, 4, 3, 1]
    middle = range(len(nouts) - 1)
    built = next(([*(nouts[i] for i in kept), nouts[-1]] for k in range(len(nouts) - 1)
                  for kept in itertools.combinations(middle, k)
                  if count == _count(nin, [*(nouts[i] for i in kept), nouts[-1]])), None)
    if built is not None:
        return text("lesson05.mlp.count.fewer_layers", call=call, count=count, nin=nin,
                    built=built, layers=len(built), wanted=len(nouts))
    return text_count("lesson05.mlp.count.wrong", count, call=call, expected=_count(nin, nouts))


def _layer_sizes(model):
    """[(inputs, neurons)] of each layer of ``model``, read from the lesson's attributes
    (``model.layers``, each ``layer.neurons``, each ``neuron.w``); None where they are not
    there or not alike."""
    try:
        sizes = []
        for layer in model.layers:
            widths = {len(neuron.w) for neuron in layer.neurons}
            if len(widths) != 1:
                return None
            sizes.append((widths.pop(), len(layer.neurons)))
        return sizes or None
    except Exception:  # other names, or a learner's attribute that raises
        return None


def _sizes_text(sizes):
    return text("lesson05.mlp.sizes_separator").join(f"{a} → {b}" for a, b in sizes)


def _check_networks(Layer, MLP):
    """Each network of _MLP_TRIALS right, then the first one still right after the
    second was made and used."""
    snapshot = {cls: class_snapshot(cls) for cls in (Layer, MLP)}
    made = []
    for trial in _MLP_TRIALS:
        model = _check_network(MLP, trial, snapshot)
        if isinstance(model, Feedback):
            return model
        made.append(model)
    first, x = _MLP_TRIALS[0], _MLP_TRIALS[0].inputs[0]
    output = _output(made[0], x, first.call)
    if isinstance(output, Feedback):
        return output
    want = first.reference()(x).data
    if not _close(output[0].data, want):
        return _say_shared(MLP, _changed(snapshot), first.call, x, output[0].data, want,
                           _right_again(made[0], x, first.call, want))
    problem = _drift_problem(made[0], x, first.call, want)
    if problem is None:
        problem = _wide_problem(MLP)
    if problem is None:
        problem = _shares_parameters(MLP, first, made[0])
    if problem is None:
        problem = _repeated_values_problem(MLP)
    if problem is None:
        problem = _other_layers_problem(Layer, made[0], first.call)
    return _two_outputs_problem(MLP) if problem is None else problem


def _wide_problem(MLP):
    """A Feedback if MLP(2, [16, 16, 1]) with the package's weights does not give the
    package's scores (a network right on the smaller trials), else None."""
    trial = _WIDE
    made = _made_with_parameters(MLP, trial.call, trial.nin, list(trial.nouts))
    if isinstance(made, Feedback):
        return made
    model, params = made
    reference = trial.reference()
    if len(params) != len(reference.parameters()):
        return Feedback(False, _mlp_count_hint(len(params), trial, _missing_layers(model, params), model))
    _set(params, [p.data for p in reference.parameters()])
    for x in trial.inputs:
        output = _output(model, x, trial.call)
        if isinstance(output, Feedback):
            return output
        if not _close(output[0].data, reference(x).data):
            again = _first_made_again(MLP)
            got, want = differing(output[0].data, reference(x).data)
            return again if again is not None else Feedback(False, text(
                "lesson05.mlp.wide_wrong", call=trial.call, x=x, got=got, want=want))
    return None


def _first_made_again(MLP):
    """A Feedback if a new network of one of the check's smaller sizes, made now with the
    same weights, gives another score than the first of its size did (right then): what
    the class builds depends on what was made before. Else None."""
    for trial in _MLP_TRIALS:
        made = _made_with_parameters(MLP, trial.call, trial.nin, list(trial.nouts))
        reference = trial.reference()
        if isinstance(made, Feedback) or len(made[1]) != len(reference.parameters()):
            return None
        _set(made[1], [p.data for p in reference.parameters()])
        for x in trial.inputs:
            output = _output(made[0], x, trial.call)
            if isinstance(output, Feedback):
                return None
            if not _close(output[0].data, reference(x).data):
                got, want = differing(output[0].data, reference(x).data)
                return Feedback(False, text("lesson05.mlp.wrong_when_made_again",
                                            call=trial.call, x=x, got=got, want=want))
    return None


def _other_layers_problem(Layer, model, call):
    """A Feedback if ``model`` keeps its layers in a list (``layers``) and makes them with
    the package's classes (nn.Layer) where the learner's ``Layer`` belongs, else None."""
    layers = getattr(model, "layers", None)
    if (not isinstance(layers, (list, tuple)) or not isinstance(Layer, type)
            or Layer.__module__.startswith("micrograd_lite")):
        return None
    other = next((layer for layer in layers if not isinstance(layer, Layer)
                  and type(layer).__module__.startswith("micrograd_lite")), None)
    if other is None:
        return None
    kind = f"{type(other).__module__}.{type(other).__qualname__}"
    return Feedback(False, text("lesson05.mlp.other_layers", call=call, kind=kind,
                                name=Layer.__name__))


def _repeated_values_problem(MLP):
    """A Feedback if ``MLP(3, [3, 3, 1])``, whose two hidden layers have one shape, lists
    a Value more than once (one Layer object used for both, say: reading its
    parameters() says so), else None."""
    made = _made_with_parameters(MLP, "MLP(3, [3, 3, 1])", 3, [3, 3, 1])
    return made if isinstance(made, Feedback) else None


# A network with two outputs: its output layer has more than one neuron and still no relu.
_TWO_OUTPUTS = _NetworkTrial(2, [2, 2], [[1.0, -0.5], [-1.2, 0.4], [0.3, 0.9], [2.0, 1.5]])


# whether the two scores are the right ones put through relu -> the message
_TWO_OUTPUTS_KEYS = {True: "lesson05.mlp.two_outputs.relu",
                     False: "lesson05.mlp.two_outputs.otherwise"}


def _two_outputs_problem(MLP):
    """A Feedback if ``MLP(2, [3, 2])``, given the package's weights, does not give the
    package's two scores on each point of _TWO_OUTPUTS, else None."""
    trial = _TWO_OUTPUTS
    nouts = list(trial.nouts)
    made = _made_with_parameters(MLP, trial.call, trial.nin, nouts)
    if isinstance(made, Feedback):
        return made
    if nouts != trial.nouts:  # (one that changes only a list not ending in 1 shows here)
        return Feedback(False, text("lesson05.changed_nouts", call=trial.call, before=trial.nouts,
                                    after=_short(nouts)))
    model, params = made
    if len(params) != _count(trial.nin, trial.nouts):
        return Feedback(False, _mlp_count_hint(len(params), trial, _missing_layers(model, params), model))
    reference = trial.reference()
    _set(params, [p.data for p in reference.parameters()])
    for x in trial.inputs:
        got = _two_outputs(model, x, trial.call)
        if isinstance(got, Feedback):
            return got
        expected = [v.data for v in reference(x)]
        if any(g is None for g in got) or not all(_close(g, e) for g, e in zip(got, expected)):
            relu = None not in got and all(_close(g, max(0.0, e)) for g, e in zip(got, expected))
            shown_got, shown_want = _differing_lists(got, expected)
            return Feedback(False, text(_TWO_OUTPUTS_KEYS[relu], call=trial.call, x=x,
                                        got=shown_got, want=shown_want))
    return None


def _shares_parameters(MLP, trial, model):
    """A Feedback if a second network of ``trial``'s sizes holds Values of ``model``
    (its layers kept somewhere by their sizes and handed out again), else None."""
    again, error = call_learner_code(MLP, trial.nin, list(trial.nouts),
                                     doing=text("lesson05.doing.make", call=trial.call))
    if error is not None:
        return error
    mine, theirs = _parameters(model, trial.call), _parameters(again, trial.call)
    for params in (mine, theirs):
        if isinstance(params, Feedback):
            return params
    shared = {id(p) for p in mine} & {id(p) for p in theirs}
    if shared:
        return Feedback(False, text("lesson05.mlp.shares_parameters", call=trial.call,
                                    count=len(shared), total=len(mine)))
    return None


def _changed(snapshots):
    """The attributes of the learner's classes (``snapshots``: class -> snapshot) that changed."""
    return [name for cls, snapshot in snapshots.items() for name in changed_since(cls, snapshot)]


def _check_network(MLP, trial, snapshot):
    """The learner's network for ``trial``, checked; or a Feedback."""
    call, nouts = trial.call, list(trial.nouts)
    model, error = call_learner_code(MLP, trial.nin, nouts,
                                     doing=text("lesson05.doing.make", call=call))
    if error is not None:
        return error
    if nouts != trial.nouts:
        return Feedback(False, text("lesson05.changed_nouts", call=call, before=trial.nouts,
                                    after=_short(nouts)))
    params = _parameters(model, call)
    if isinstance(params, Feedback):
        return params
    if len(params) != _count(trial.nin, trial.nouts):
        changed = _changed(snapshot)
        if changed:
            cls = next(cls for cls in snapshot if changed_since(cls, snapshot[cls]))
            return _say_class_state(cls, changed, call, len(params), _count(trial.nin, trial.nouts))
        for cls in snapshot:  # a list default of __init__ that has filled up
            if any(value for _, value in mutable_defaults(getattr(cls, "__init__", None))):
                return Feedback(False, text(
                    "lesson05.default_state", call=call, count=len(params),
                    expected=_count(trial.nin, trial.nouts), cls=cls.__name__,
                    what=_shared_what(cls, ())))
        earlier = _MLP_TRIALS[:_MLP_TRIALS.index(trial)]
        extra = len(params) - _count(trial.nin, trial.nouts)
        if earlier and extra in {sum(_count(t.nin, t.nouts) for t in earlier[k:])
                                 for k in range(len(earlier))}:
            # the parameters of the networks made before, on this one too: kept between MLPs
            return Feedback(False, text("lesson05.mlp.holds_earlier", call=call, count=len(params),
                                        expected=_count(trial.nin, trial.nouts), extra=extra,
                                        earlier=earlier[-1].call))
        return Feedback(False, _mlp_count_hint(len(params), trial, _missing_layers(model, params), model))
    reference = trial.reference()
    set_to = [p.data for p in reference.parameters()]
    _set(params, set_to)
    scores = []
    for x in trial.inputs:
        output = _output(model, x, call)
        if isinstance(output, Feedback):
            return output
        written = _written_parameter(params, set_to, _listed_names(params), call, x)
        if written is not None:
            return written
        scores.append(output[0].data)
    wrong = next((k for k, x in enumerate(trial.inputs)
                  if not _close(scores[k], reference(x).data)), None)
    if wrong is not None:
        drifted = _first_network_wrong_now(MLP, trial, call, trial.inputs[wrong], scores[wrong],
                                           reference(trial.inputs[wrong]).data)
        if drifted is not None:  # (a "not yet" Feedback is falsy: never chain it with `or`)
            return drifted
        drifts = _fresh_network_drifts(MLP, trial, trial.inputs[wrong])  # alone, again and again
        if drifts is not None:
            return drifts
        return Feedback(False, _say_wrong_scores(scores, wrong, trial, reference, model))
    output = _output(model, trial.inputs[0], call)
    if isinstance(output, Feedback):
        return output
    if not _close(output[0].data, scores[0]):  # the same x and weights: another score now
        first, later = differing(scores[0], output[0].data)
        return Feedback(False, text_count("lesson05.drifts", len(trial.inputs), call=call,
                                          x=trial.inputs[0], first=first, later=later))
    for p in params:
        p.grad = 0.0
    problem = _backward_through(output[0], call)
    if problem is not None:
        return problem
    reference(trial.inputs[0]).backward()
    for i, (p, q) in enumerate(zip(params, reference.parameters())):
        if not _close(p.grad, q.grad):
            got, want = differing(p.grad, q.grad)
            return Feedback(False, text("lesson05.mlp.grad", call=call, index=i, got=got, want=want))
    x, other = trial.inputs[0], trial.reference(seed=_MLP_SEED + 1)  # as after training, say
    problem = _stale_problem(model, params, [p.data for p in other.parameters()], x,
                             other(x).data, call)
    if problem is None:
        problem = _grads_touched(model, params, _listed_names(params), x, call)
    return model if problem is None else problem


def _listed_names(params):
    """How the messages name each of a network's parameters: by its place in parameters()."""
    return [f"parameters()[{i}]" for i in range(len(params))]


def _said_deaf(model, trial, wrong, reference):
    """What to say if ``model`` gives one score for the point ``wrong`` of ``trial`` and
    for another point, where ``reference`` gives two: its output does not follow its
    input (an output kept from an earlier call, say); else None."""
    x = trial.inputs[wrong]
    y = next(p for p in trial.inputs if not _close(reference(p).data, reference(x).data))
    outputs = [_output(model, point, trial.call) for point in (x, y)]
    if any(isinstance(output, Feedback) for output in outputs) or not same_result(
            outputs[0][0].data, outputs[1][0].data):
        return None
    return text("lesson05.mlp.same_for_every_point", call=trial.call, x=x, y=y,
                got=shown(outputs[0][0].data), want_x=shown(reference(x).data),
                want_y=shown(reference(y).data))


def _fresh_network_drifts(MLP, trial, x):
    """:func:`_drift_problem` on a new network of ``trial``, given the package's weights,
    on ``x``: right at its first call there and otherwise later (a setting it changes at
    every call, say); None where it cannot be made so, or shows no such change."""
    made = _made_with_parameters(MLP, trial.call, trial.nin, list(trial.nouts))
    if isinstance(made, Feedback) or len(made[1]) != _count(trial.nin, trial.nouts):
        return None
    reference = trial.reference()
    _set(made[1], [p.data for p in reference.parameters()])
    return _drift_problem(made[0], x, trial.call, reference(x).data)


def _first_network_wrong_now(MLP, trial, call, x, got, want):
    """A Feedback if a new network of the first trial, which the check found right, is
    wrong now at its first point: what the code computes depends on the calls before (a
    counter, a cache), whatever this trial's scores look like. None on the first trial, or
    where it is still right."""
    first = _MLP_TRIALS[0]
    if trial is first:
        return None
    fresh, error = call_learner_code(MLP, first.nin, list(first.nouts),
                                     doing=text("lesson05.doing.make", call=first.call))
    params = None if error is not None else _parameters(fresh, first.call)
    if params is None or isinstance(params, Feedback) or len(params) != _count(first.nin, first.nouts):
        return None
    reference = first.reference()
    _set(params, [p.data for p in reference.parameters()])
    output = _output(fresh, first.inputs[0], first.call)
    if isinstance(output, Feedback) or _close(output[0].data, reference(first.inputs[0]).data):
        return None
    got, want = differing(got, want)
    now, right = differing(output[0].data, reference(first.inputs[0]).data)
    return Feedback(False, text("lesson05.mlp.wrong_after_calls", call=call, x=x, got=got, want=want,
                                first=first.call, first_x=first.inputs[0], now=now, right=right))


def _say_wrong_scores(scores, wrong, trial, reference, model):
    """What wrong scores show: the layers whose relu is missing or extra when the
    scores on every point are those of the network with relu in other layers,
    else the candidate causes."""
    x = trial.inputs[wrong]
    got, want = differing(scores[wrong], reference(x).data)
    said = text("lesson05.mlp.said", call=trial.call, got=got, x=x, want=want)
    right = trial.right_relus()
    for relus in itertools.product((True, False), repeat=len(trial.nouts)):
        if relus == right:
            continue
        variant = trial.reference(relus)
        if all(_close(s, variant(x).data) for s, x in zip(scores, trial.inputs)):
            return _say_relus(said, relus, right)
    deaf = _said_deaf(model, trial, wrong, reference)
    if deaf is not None:
        return deaf
    special = [c for c in x if c in SPECIAL_NUMBERS]
    if wrong > 0 and special:  # the points before were right: this one's 0 is a candidate
        return text("lesson05.mlp.otherwise_special", said=said, number=f"{special[0]:g}")
    return text("lesson05.mlp.otherwise", said=said)


def _say_relus(said, relus, right):
    hidden = len(right) - 1
    missing = [i + 1 for i in range(hidden) if not relus[i]]
    if relus[-1] and not missing:
        return text("lesson05.mlp.relu_at_output", said=said)
    if not relus[-1] and len(missing) == hidden:
        return text("lesson05.mlp.no_hidden_relu", said=said)
    if not relus[-1]:
        layers = listed([_layer_named(i) for i in missing])
        return text_count("lesson05.mlp.hidden_without_relu", len(missing), said=said,
                          layers=layers, hidden=hidden)
    with_relu = listed([_layer_named(i + 1) for i, r in enumerate(relus) if r])
    return text("lesson05.mlp.relu_in", said=said, layers=with_relu, hidden=hidden,
                last=len(right))


# ----------------------------------------------------------------------
# Coding exercise: the body of the training loop
# ----------------------------------------------------------------------
def worked_training_step(model, loss_fn, learning_rate):
    """The worked solution of the ``training_step`` exercise: one step of
    gradient descent; returns the loss (before the update) and the accuracy."""
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data = p.data - learning_rate * p.grad
    return loss.data, accuracy


def _buggy_training_step(model, loss_fn, learning_rate, bug):
    loss, accuracy = loss_fn(model)
    if bug == "zero data":  # p.data = 0 where p.grad = 0 was meant
        for p in model.parameters():
            p.data = 0.0
    elif bug != "no zero_grad":
        model.zero_grad()
    loss.backward()
    if bug == "backward twice":
        loss.backward()
    for p in model.parameters():
        if bug == "plus":
            p.data = p.data + learning_rate * p.grad
        elif bug == "times data":
            p.data = p.data - learning_rate * p.grad * p.data
        elif bug == "data for grad":
            p.data = p.data - learning_rate * p.data
        elif bug == "data dropped":
            p.data = -learning_rate * p.grad
        elif bug == "assigned":  # = where -= belongs, the minus dropped with it
            p.data = learning_rate * p.grad
        elif bug == "rate twice":
            p.data = p.data - learning_rate * learning_rate * p.grad
        elif bug == "size":
            p.data = p.data - learning_rate * abs(p.grad)
        elif bug == "sign":  # a step of the rate's length, whatever the slope
            p.data = p.data - learning_rate * math.copysign(1.0, p.grad)
        else:
            p.data = p.data - learning_rate * p.grad
    return loss.data, accuracy


# The training-step bugs the check recognises, each with what it does wrong (a key of the tables).
_STEP_BUG_KEYS = {"plus": "lesson05.step.bug.plus",
                  "no zero_grad": "lesson05.step.bug.no_zero_grad",
                  "times data": "lesson05.step.bug.times_data",
                  "data for grad": "lesson05.step.bug.data_for_grad",
                  "data dropped": "lesson05.step.bug.data_dropped",
                  "assigned": "lesson05.step.bug.assigned",
                  "backward twice": "lesson05.step.bug.backward_twice",
                  "rate twice": "lesson05.step.bug.rate_twice",
                  "size": "lesson05.step.bug.size",
                  "sign": "lesson05.step.bug.sign",
                  "zero data": "lesson05.step.bug.zero_data"}

_STEP_POINTS = [[1.0, -0.5], [-1.2, 0.4], [0.3, 0.9], [2.0, 1.5], [-0.7, -1.1], [0.1, 0.2]]
_STEP_LABELS = [1, -1, 1, 1, 1, -1]  # unbalanced: the output bias's data gradient is not 0
# not 0.5: twice 0.5 is a rate of 1.0, a typical hard-coded one; the last above 1, as the
# lesson's schedule starts at 1.0 and its trainer goes to 10 (a rate capped does not pass)
_STEP_RATES = [0.4, 0.25, 1.5]


def _with_live_biases(model):
    """``model`` with every bias away from 0 (the lecture's start leaves them 0): every
    parameter then has a gradient (the regularisation's 2 * alpha * p at least), so a
    step that skips any one of them shows."""
    biases = [neuron.b for layer in model.layers for neuron in layer.neurons]
    for i, b in enumerate(biases):
        b.data = 0.05 * (i + 1) * (-1) ** i
    return model


def _step_model():
    return _with_live_biases(nn.MLP(2, [4, 1], seed=11))


def _step_loss(model):
    return moons_loss(model, _STEP_POINTS, _STEP_LABELS)


def _run_steps(step):
    """The parameters after each step, what each step returned, and the grads it left."""
    model = _step_model()
    states, returns, grads = [], [], []
    for lr in _STEP_RATES:
        returns.append(step(model, _step_loss, lr))
        states.append([p.data for p in model.parameters()])
        grads.append([p.grad for p in model.parameters()])
    return states, returns, grads


def _bugs_that_fit(training_step):
    """The typical bugs whose steps are the learner's at every step, on a new network
    (several bugs may give the same first step, never the same two)."""
    states, error = call_learner_code(lambda: _run_steps(training_step)[0],
                                      doing=text("lesson05.doing.step_again"))
    if error is not None:
        return []
    return [bug for bug in _STEP_BUG_KEYS
            if all(_close(a, b) for got, want in zip(states, _run_steps(
                lambda m, f, r, bug=bug: _buggy_training_step(m, f, r, bug))[0])
                   for a, b in zip(got, want))]


# A second network, of another size and on points of another size, that the
# check steps in turn with a new one of the first.
_BESIDE_POINTS = [[1.0, -0.5, 2.0], [-1.2, 0.4, 0.3], [0.3, 0.9, -1.5], [2.0, 1.5, 0.5]]
_BESIDE_LABELS = [1, -1, 1, 1]
_WHICH_KEYS = {0: "lesson05.step.first", 1: "lesson05.step.second"}


def _beside_model():
    # 353 parameters: more than the lesson's network (337), a size a step may assume; its
    # biases start at 0, as the lesson's do (a step that skips a parameter at 0 shows)
    return nn.MLP(3, [16, 16, 1], seed=5)


def _beside_loss(model):
    return moons_loss(model, _BESIDE_POINTS, _BESIDE_LABELS)


def _side_by_side(step, only=None):
    """The parameters of two networks after each step, ``step`` called on them in
    turn (``only``: on that one alone); or a Feedback if ``step`` raised or ran too long."""
    pairs = [(_step_model(), _step_loss), (_beside_model(), _beside_loss)]
    if only is not None:
        pairs = [pairs[only]]
    states = [[[p.data for p in model.parameters()]] for model, _ in pairs]  # then each step's
    for k, lr in enumerate(_STEP_RATES, start=1):
        for j, (model, loss_fn) in enumerate(pairs):
            _, error = call_learner_code(step, model, loss_fn, lr, doing=text(
                "lesson05.doing.step_beside", lr=lr, step=k, which=text(_WHICH_KEYS[j])))
            if error is not None:
                return error
            states[j].append([p.data for p in model.parameters()])
    return states


def _frozen_by_step(frozen, before, after, wanted):
    """What tells the parameters ``frozen`` (their indices: they stayed where they were,
    ``before``, though the worked step takes them to ``wanted``) from those that moved
    (to ``after``): the steps they should have made, all smaller in size, all larger, or
    all on one side of the others' (an ``if`` on p.grad); ``""`` when nothing does."""
    steps = [w - b for b, w in zip(before, wanted)]
    held = [steps[i] for i in frozen]
    moved = [steps[i] for i, (a, b) in enumerate(zip(after, before)) if a != b]
    if len(held) < 2 or len(moved) < 2:  # (one alone is smallest or largest by chance)
        return ""
    if max(map(abs, held)) < min(map(abs, moved)):
        return text("lesson05.step.frozen_small")
    if min(map(abs, held)) > max(map(abs, moved)):
        return text("lesson05.step.frozen_large")
    if max(held) < min(moved) or min(held) > max(moved):
        return text("lesson05.step.frozen_one_side")
    return ""


def _side_by_side_problem(training_step):
    """None if two networks stepped in turn each get the worked solution's steps."""
    got = _side_by_side(training_step)
    if isinstance(got, Feedback):
        return got
    expected = _side_by_side(worked_training_step)
    for k in range(1, len(_STEP_RATES) + 1):
        for j in range(2):
            frozen = [i for i, (a, b, c) in enumerate(zip(got[j][k], got[j][k - 1], expected[j][k]))
                      if a == b and not _close(a, c)]
            moved = any(a != b for a, b in zip(got[j][k], got[j][k - 1]))
            if frozen and moved:  # some parameters updated, others not (none: kept state)
                message = text("lesson05.step.frozen_beside", step=k, which=text(_WHICH_KEYS[j]),
                               count=len(frozen), total=len(got[j][k]), first=frozen[0])
                at_zero = {i for i, a in enumerate(got[j][k - 1]) if a == 0.0}
                if set(frozen) <= at_zero:  # only parameters at 0 stayed where they should not
                    message += text("lesson05.step.frozen_at_zero")
                else:
                    message += (_frozen_by_step(frozen, got[j][k - 1], got[j][k], expected[j][k])
                                or text("lesson05.step.update_every_listed"))
                return Feedback(False, message)
            for i, (a, b) in enumerate(zip(got[j][k], expected[j][k])):
                if not _close(a, b):
                    shown_got, shown_want = differing(a, b)
                    numbers = {"step": k, "index": i, "got": shown_got, "want": shown_want}
                    if j == 1:  # the second network stepped alone: wrong too is not kept state
                        alone = _side_by_side(training_step, only=1)
                        if isinstance(alone, Feedback):
                            return alone
                        if not _close(alone[0][k][i], b):
                            return Feedback(False, text("lesson05.step.other_network", **numbers))
                    return Feedback(False, text("lesson05.step.side_by_side",
                                                which=text(_WHICH_KEYS[j]), **numbers))
    return None


@watches_kept_state
def check_training_step(training_step):
    """Coding exercise: ``training_step(model, loss_fn, learning_rate)`` does one
    step (forward and loss with ``loss_fn(model)``, zero the grads, backward,
    update every parameter) and returns ``(loss before the update, accuracy)``.
    Called twice in a row on a small network, so that forgetting to zero the
    grads shows; then on two networks of other sizes in turn, so that anything
    kept from one call to the next shows.
    """
    problem = not_code_yet(training_step, "training_step", "function",
                           "training_step(model, loss_fn, learning_rate)")
    if problem is not None:
        return problem
    # (a message on step 1 made again counts the calls between)
    return _check_step_calls(*counting_calls(training_step))


def _check_step_calls(training_step, calls):
    """check_training_step's trials, on ``training_step`` that counts its calls in ``calls``."""
    model = _step_model()
    start = [p.data for p in model.parameters()]
    expected_states, expected_returns, expected_grads = _run_steps(worked_training_step)
    for k, lr in enumerate(_STEP_RATES, start=1):
        losses_of = []  # the networks loss_fn is given: the model, or a copy of it?
        gave = []  # and the losses it gave back, as numbers

        def loss_fn(network):
            losses_of.append(network)
            loss_and_accuracy = _step_loss(network)
            gave.append(loss_and_accuracy[0].data)
            return loss_and_accuracy
        result, error = call_learner_code(
            training_step, model, loss_fn, lr,
            doing=text("lesson05.doing.step", lr=lr, step=k),
        )
        if error is not None:
            return error
        state = [p.data for p in model.parameters()]
        not_numbers = [i for i, data in enumerate(state) if as_number(data) is None]
        if not_numbers:
            return Feedback(False, text("lesson05.step.data_not_number", step=k,
                                        index=not_numbers[0], kind=kind_of(state[not_numbers[0]])))
        problem = _step_return_problem(result, expected_returns[k - 1], k,
                                       gave[:1] if losses_of[:1] == [model] else ())
        if problem is not None:
            return problem
        if all(_close(a, b) for a, b in zip(state, expected_states[k - 1])):
            problem = _grads_left_problem(model, expected_grads[k - 1], k)
            if problem is not None:
                return problem
            continue
        before = start if k == 1 else expected_states[k - 2]
        if any(network is not model for network in losses_of):
            return Feedback(False, text("lesson05.step.loss_of_another", step=k))
        if all(a == b for a, b in zip(state, before)):
            filled = any(as_number(p.grad) not in (None, 0.0) for p in model.parameters())
            return Feedback(False, text(_NOTHING_MOVED_KEYS[filled], step=k))
        if k > 1:  # step 1 was right: is it still, on a new network?
            problem = _first_step_again(training_step, expected_states[0], calls)
            if problem is not None:
                return problem
        bugs = _bugs_that_fit(training_step)
        if len(bugs) == 1:
            return Feedback(False, text(_STEP_BUG_KEYS[bugs[0]]))
        used = one_rate(before, state, expected_grads[k - 1])
        if used is not None:  # one rate for every parameter, not the one given
            # (a rate of 1 is the learning_rate left out only where no step before used another)
            left_out = _close(used, 1.0) and all(rate == 1.0 for rate in _STEP_RATES[:k - 1])
            return Feedback(False, text(_OWN_RATE_KEYS[left_out], step=k, lr=lr,
                                        used=f"{used:.6g}"))
        frozen = [i for i, (a, b) in enumerate(zip(state, before)) if a == b
                  and not _close(a, expected_states[k - 1][i])]
        limit = _clipped_at(before, state, expected_states[k - 1], lr)
        if limit is not None:
            return Feedback(False, text("lesson05.step.clipped", step=k, limit=f"{limit:.3g}"))
        decimals = _rounded_to(state)
        if decimals is not None:
            return Feedback(False, text("lesson05.step.rounded", step=k, decimals=decimals,
                                        count=len(frozen), total=len(state)))
        if frozen:
            message = text_count("lesson05.step.frozen", len(frozen), step=k, total=len(state),
                                 first=frozen[0])
            moved = [i for i, (a, b) in enumerate(zip(state, before)) if a != b]
            if moved and moved == list(range(len(moved))):  # the first ones alone moved
                message += text_count("lesson05.step.frozen_after_first", len(moved))
            else:
                message += (_frozen_by_step(frozen, before, state, expected_states[k - 1])
                            or text("lesson05.step.update_every"))
            return Feedback(False, message)
        i = next(i for i, (a, b) in enumerate(zip(state, expected_states[k - 1])) if not _close(a, b))
        got, want = differing(state[i], expected_states[k - 1][i])
        message = text("lesson05.step.wrong", step=k, lr=lr, index=i, got=got, want=want)
        if k > 1:  # the steps before were right: what a step keeps for the next is a candidate
            message += text("lesson05.step.wrong_later")
        return Feedback(False, message)
    first_again = lambda: _first_step_again(training_step, expected_states[0], calls)  # noqa: E731
    for probe in (_side_by_side_problem, _filled_grads_problem, _moved_accuracy_problem,
                  functools.partial(_many_steps_problem, first_again=first_again),
                  _schedule_problem, _steep_problem):
        problem = probe(training_step)
        if problem is not None and probe in _ONE_STEP_PROBES:  # or what the calls before left?
            again = first_again()
            problem = problem if again is None else again
        if problem is not None:
            return problem
    problem = _first_step_again(training_step, expected_states[0], calls)  # after many calls
    if problem is not None:
        return problem
    return Feedback(True, text("lesson05.step.right"))


# Steps on a network of two parameters, after which step 1 is made again: a step that goes
# wrong after some calls (a counter kept between them) shows, as the lesson's training loop
# of 100 steps, which runs it after the check, would meet it.
_MANY_STEPS = 200


def _many_steps_problem(training_step, first_again=lambda: None):
    """A Feedback if one of _MANY_STEPS steps on one small network raises, runs too long,
    or leaves it elsewhere than the worked step does (a step that keeps something on the
    network, or elsewhere, and changes after some steps). ``first_again()``: the Feedback
    if the check's first step, made again now, is wrong (what the calls before left), or
    None; it is said when the first step here is wrong."""
    model, worked = nn.MLP(1, [1], seed=3), nn.MLP(1, [1], seed=3)
    for k in range(_MANY_STEPS):
        _, error = call_learner_code(training_step, model, _one_point_loss, 0.01,
                                     doing=text("lesson05.doing.step", lr=0.01, step=k + 1))
        if error is not None:
            return error
        worked_training_step(worked, _one_point_loss, 0.01)
        off = _first_parameter_off(model, [p.data for p in worked.parameters()])
        if off is not None:
            i, got, want = off
            if k == 0:  # its first step here: wrong after the check's calls before
                again = first_again()
                return again if again is not None else Feedback(False, text(
                    "lesson05.step.drifts_first", index=i, got=got, want=want))
            return Feedback(False, text_count("lesson05.step.drifts", k, step=k + 1, index=i,
                                              got=got, want=want))
    return None


# The learning rates the lesson's training loop gives the learner's step, in turn (section
# 4: from 1.0 down to 0.1): code that handles some of them apart (a range, or 0.1 exactly,
# which the loop makes as 0.09999999999999987) shows.
_LESSON_RATES = [1.0 - 0.9 * k / 99 for k in range(100)]


def _schedule_problem(training_step):
    """A Feedback if a step at one of _LESSON_RATES, in turn on one new network, leaves it
    elsewhere than the worked step does, else None."""
    model, worked = _step_model(), _step_model()
    for k, lr in enumerate(_LESSON_RATES, start=1):
        _, error = call_learner_code(training_step, model, _step_loss, lr,
                                     doing=text("lesson05.doing.step", lr=f"{lr:.4g}", step=k))
        if error is not None:
            return error
        worked_training_step(worked, _step_loss, lr)
        off = _first_parameter_off(model, [p.data for p in worked.parameters()])
        if off is not None:
            i, got, want = off
            if k == 1:  # the lesson's first rate, 1.0, where the check's own rates were right
                return Feedback(False, text("lesson05.step.wrong_at_rate_one", index=i, got=got,
                                            want=want))
            return Feedback(False, text_count("lesson05.step.wrong_in_schedule", k - 1, step=k,
                                              lr=repr(lr), index=i, got=got, want=want))
    return None


def _first_parameter_off(model, expected):
    """``(index, got, want)`` of the first parameter of ``model`` whose data is a number other
    than ``expected`` says (each shown to the digits that tell the two apart), else None."""
    state = [as_number(p.data) for p in model.parameters()]
    i = next((i for i, (a, b) in enumerate(zip(state, expected))
              if a is None or not _close(a, b)), None)
    if i is None or state[i] is None:
        return None
    return (i, *differing(state[i], expected[i]))


def _one_point_loss(model):
    return moons_loss(model, [[0.5]], [1])


# a loss this many times the one-point loss: gradients of 500 and 1000, far beyond the
# lesson's own (below 1.2), where a bound on the gradient or the step shows
_STEEP = 1000.0
_STEEP_RATE = 1e-4


def _steep_loss(model):
    loss, accuracy = _one_point_loss(model)
    return loss * _STEEP, accuracy


def _steep_problem(training_step):
    """A Feedback if one step on _steep_loss, whose gradients reach 1000, leaves a new
    network elsewhere than the worked step does (gradients clipped, say), else None."""
    model, worked = nn.MLP(1, [1], seed=3), nn.MLP(1, [1], seed=3)
    before = [p.data for p in model.parameters()]
    _, error = call_learner_code(training_step, model, _steep_loss, _STEEP_RATE,
                                 doing=text("lesson05.doing.step", lr=_STEEP_RATE, step=1))
    if error is not None:
        return error
    worked_training_step(worked, _steep_loss, _STEEP_RATE)
    expected = [p.data for p in worked.parameters()]
    off = _first_parameter_off(model, expected)
    if off is None:
        return None
    i, got, want = off
    largest = max(abs(b - e) for b, e in zip(before, expected)) / _STEEP_RATE
    message = text("lesson05.step.steep", largest=f"{largest:.4g}", lr=_STEEP_RATE, index=i,
                   got=got, want=want)
    limit = _clipped_at(before, [p.data for p in model.parameters()], expected, _STEEP_RATE)
    return Feedback(False, message + (text("lesson05.step.steep_other") if limit is None else
                                      text("lesson05.step.steep_clipped", limit=f"{limit:.3g}")))


def _first_step_again(training_step, expected, calls):
    """A Feedback if step 1 on a new network, right at the check's first call, is wrong
    now (what the step does depends on the calls before it), else None."""
    between = len(calls) - 1
    model = _step_model()
    _, error = call_learner_code(training_step, model, _step_loss, _STEP_RATES[0],
                                 doing=text("lesson05.doing.step_again"))
    if error is not None:
        return None
    off = _first_parameter_off(model, expected)
    if off is None:
        return None
    i, got, want = off
    return Feedback(False, text_count("lesson05.step.wrong_again", between, index=i, got=got,
                                      want=want))


def _clipped_at(before, state, expected, lr):
    """The bound c where the steps from ``before`` to ``state`` are those of the gradients
    (read off ``expected``) clipped to [-c, c], some of them cut; else None."""
    grads = [(b - e) / lr for b, e in zip(before, expected)]
    steps = [b - s for b, s in zip(before, state)]
    limit = max(abs(x) for x in steps) / lr
    if limit == 0 or all(abs(g) <= limit * (1 + 1e-9) for g in grads):
        return None
    clipped = [lr * max(-limit, min(limit, g)) for g in grads]
    return limit if all(_close(x, y) for x, y in zip(steps, clipped)) else None


def _rounded_to(numbers, most=6):
    """The fewest decimals (up to ``most``) to which every one of ``numbers`` is rounded,
    or None: the check's parameters start with every digit a float holds."""
    return next((k for k in range(most + 1)
                 if all(float(x) == round(float(x), k) for x in numbers)), None)


def _moved_accuracy_problem(training_step):
    """A Feedback if, on a network whose accuracy one step changes (33 % to 83 %), the
    accuracy returned is not the one at the start of the step (the one after it, say);
    on the check's own network one step leaves the accuracy as it was."""
    model = _with_live_biases(nn.MLP(2, [4, 1], seed=1))
    result, error = call_learner_code(training_step, model, _step_loss, 0.4,
                                      doing=text("lesson05.doing.step_moved"))
    if error is not None:
        return error
    items = result if isinstance(result, (tuple, list)) and len(result) == 2 else (None, None)
    accuracy = as_number(items[1])
    start = worked_training_step(_with_live_biases(nn.MLP(2, [4, 1], seed=1)), _step_loss, 0.4)[1]
    if accuracy is None or _close(accuracy, start):
        return None
    after = _step_loss(model)[1]
    return Feedback(False, text(_MOVED_ACCURACY_KEYS[_close(accuracy, after)],
                                got=f"{accuracy:.4g}", want=f"{start:.4g}"))


# whether the accuracy returned is the one after the update -> what the message says
_MOVED_ACCURACY_KEYS = {True: "lesson05.step.return.accuracy_after",
                        False: "lesson05.step.return.accuracy_moved"}


def _filled_grads_problem(training_step):
    """A Feedback if one step is wrong on a network whose grads already hold what a
    backward() left (a learner who looked at them before training, say), else None."""
    model, expected = _step_model(), _step_model()
    for network in (model, expected):
        _step_loss(network)[0].backward()
    worked_training_step(expected, _step_loss, _STEP_RATES[0])
    before = [p.data for p in model.parameters()]
    _, error = call_learner_code(training_step, model, _step_loss, _STEP_RATES[0],
                                 doing=text("lesson05.doing.step_filled", lr=_STEP_RATES[0]))
    if error is not None:
        return error
    pairs = zip(model.parameters(), expected.parameters())
    i = next((i for i, (p, q) in enumerate(pairs) if not _close(p.data, q.data)), None)
    if i is None:
        return None
    got, want = differing(model.parameters()[i].data, expected.parameters()[i].data)
    if [p.data for p in model.parameters()] == before:  # no update at all: not the grads
        return Feedback(False, text("lesson05.step.filled_grads.nothing_moved", index=i,
                                    got=got, want=want, lr=_STEP_RATES[0]))
    cleared = all(p.grad == 0.0 for p in model.parameters())
    return Feedback(False, text(_FILLED_GRADS_KEYS[cleared], index=i, got=got, want=want,
                                lr=_STEP_RATES[0]))


# whether the step left every grad at 0 -> the message
_FILLED_GRADS_KEYS = {True: "lesson05.step.filled_grads.cleared_after",
                      False: "lesson05.step.filled_grads.otherwise"}

# The probes of check_training_step whose messages name a cause within one step (the grads
# not cleared, a clip, a rate handled apart): said only where the check's first step, made
# again after them, is still right (else what the calls before left is the cause)
_ONE_STEP_PROBES = (_filled_grads_problem, _moved_accuracy_problem, _schedule_problem,
                    _steep_problem)


# whether backward() filled the grads of the parameters that did not move -> the message
_NOTHING_MOVED_KEYS = {False: "lesson05.step.nothing_moved",
                       True: "lesson05.step.nothing_moved_grads_filled"}


def _grads_left_problem(model, expected, k):
    """The grads must be what backward() left (or 0: zeroed for the next step): a step
    that changes them after the update is named."""
    grads = [as_number(p.grad) for p in model.parameters()]
    times = {round(g / w) if w else None for g, w in zip(grads, expected) if g is not None}
    if len(times) == 1 and times != {None} and (n := times.pop()) >= 2 and all(
            _close(g, n * w) for g, w in zip(grads, expected)):
        return Feedback(False, text("lesson05.step.grads_times", step=k, times=n))
    ratio = one_rate([math.nan if g is None else g for g in grads], [0.0] * len(grads),
                     expected)  # every grad the same multiple of what backward() leaves
    if ratio is not None and ratio not in (0.0, 1.0) and math.isfinite(ratio):
        return Feedback(False, text("lesson05.step.grads_scaled", step=k, ratio=f"{ratio:.6g}"))
    for i, (p, want) in enumerate(zip(model.parameters(), expected)):
        got = as_number(p.grad)
        if got is not None and got != 0.0 and not _close(got, want):
            got, want = differing(got, want)
            return Feedback(False, text("lesson05.step.grads_changed", step=k, index=i, got=got,
                                        want=want))
    return None


def _step_return_problem(result, expected, k, gave=()):
    """A Feedback if what step ``k`` returned is not ``expected`` (loss, accuracy); ``gave``:
    the loss loss_fn gave back first in this step, if it was called."""
    if result is None:
        return Feedback(False, text("lesson05.step.return.none", step=k))
    if isinstance(result, Value):
        return Feedback(False, text("lesson05.step.return.value"))
    if isinstance(result, (dict, set, frozenset)):  # two items, but keys or in no order
        return Feedback(False, text("lesson05.step.return.not_two", kind=kind_of(result),
                                    got=_short(result)))
    try:
        loss, accuracy = result
    except (TypeError, ValueError):
        return Feedback(False, text("lesson05.step.return.not_two", kind=kind_of(result),
                                    got=_short(result)))
    if isinstance(loss, Value):
        return Feedback(False, text("lesson05.step.return.loss_value"))
    if (isinstance(loss, (int, float)) and isinstance(accuracy, (int, float))
            and _close(loss, expected[1]) and _close(accuracy, expected[0])):
        return Feedback(False, text("lesson05.step.return.swapped"))
    loss = as_number(loss)
    if loss is None:
        return Feedback(False, text("lesson05.step.return.loss_not_number"))
    if not _close(loss, expected[0]):
        got, want = differing(loss, expected[0])
        if gave and _close(loss, gave[0]):  # loss_fn's own loss: the network computes otherwise
            return Feedback(False, text("lesson05.step.return.network_changed", step=k, got=got,
                                        want=want))
        return Feedback(False, text("lesson05.step.return.wrong_loss", step=k, got=got,
                                    want=want))
    if as_number(accuracy) is None:
        return Feedback(False, text("lesson05.step.return.wrong_accuracy", step=k,
                                    got=_short(accuracy), want=f"{expected[1]:.4g}"))
    if not _close(as_number(accuracy), expected[1]):
        got, want = differing(as_number(accuracy), expected[1])
        return Feedback(False, text("lesson05.step.return.wrong_accuracy", step=k,
                                    got=got, want=want))
    return None
