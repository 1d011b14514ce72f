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
"""

import math
import tracemalloc

from .. import nn
from ..classifier import moons_loss
from ..engine import Value
from ..language import text
from .answers import as_number, check_typed_number, kind_of, not_code_yet, shown
from .feedback import Feedback
from .learner_code import call_learner_code

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
        otherwise=lambda value: text("lesson05.hinge.otherwise", value=shown(value)),
    )


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
        otherwise=lambda value: text("lesson05.constant.otherwise", value=shown(value)),
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
        (sum((nin + 1) * b for b in nouts), text("lesson05.count.nin_everywhere", said=said)),
        (sum((a + 1) * b for a, b in pairs[:-1]), text("lesson05.count.no_last", said=said)),
        (sum((a + 1) * b for a, b in pairs[1:]), text("lesson05.count.no_first", said=said)),
        (sum(a * (b + 1) for a, b in pairs), text("lesson05.count.bias_per_input", said=said)),
    ]


_COUNT_TRIALS = [(2, [16, 16, 1]), (3, [4, 4, 1]), (5, [2]), (1, [1]), (4, [3, 2, 7, 1])]
_LARGE = (784, [128, 10])  # an image classifier's size: 101,770 parameters
_BUILT_BYTES = 2_000_000  # building the network costs ~12 MB; counting, nothing


def _call_measuring_memory(function, *args, doing):
    """``call_learner_code`` plus the peak bytes the call allocated."""
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    try:
        result, error = call_learner_code(function, *args, doing=doing)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        if started:
            tracemalloc.stop()
    return result, error, peak


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
    for nin, nouts in _COUNT_TRIALS:
        call = f"count_parameters({nin}, {nouts})"
        result, error = call_learner_code(count_parameters, nin, list(nouts),
                                          doing=text("lesson05.doing.run", call=call))
        if error is not None:
            return error
        problem = _count_problem(call, result, nin, nouts)
        if problem is not None:
            return problem
    nin, nouts = _LARGE
    call = f"count_parameters({nin}, {nouts})"
    result, error, peak = _call_measuring_memory(count_parameters, nin, list(nouts),
                                                 doing=text("lesson05.doing.run", call=call))
    if error is not None:
        return error
    problem = _count_problem(call, result, nin, nouts)
    if problem is not None:
        return problem
    if peak > _BUILT_BYTES:
        return Feedback(False, text("lesson05.count.built", call=call, count=_count(nin, nouts),
                                    megabytes=peak / 1e6))
    return Feedback(True, text("lesson05.count.right"))


def _count_problem(call, result, nin, nouts):
    if result is None:
        return Feedback(False, text("lesson05.count.none", call=call))
    value = as_number(result)
    if value is None:
        return Feedback(False, text("lesson05.count.not_a_number", call=call,
                                    kind=kind_of(result)))
    right = _count(nin, nouts)
    if value == right:
        return None
    said = text("lesson05.count.said", call=call, got=shown(value), nin=nin, nouts=nouts,
                right=right)
    if value == 337 and right != 337:
        return Feedback(False, text("lesson05.count.lesson_network", said=said))
    for count, message in _count_hypotheses(nin, nouts, said):
        if value == count:
            return Feedback(False, message)
    return Feedback(False, text("lesson05.count.otherwise", said=said))


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


def _parameters(obj, call):
    """The learner's ``obj.parameters()`` as a list of Values, or a Feedback."""
    method = getattr(obj, "parameters", None)
    if not callable(method):
        return Feedback(False, text("lesson05.parameters.missing", call=call))
    result, error = call_learner_code(method,
                                      doing=text("lesson05.doing.parameters", call=call))
    if error is not None:
        return error
    if result is None:
        return Feedback(False, text("lesson05.parameters.none", call=call,
                                    what=_what_parameters(call.split("(")[0])))
    try:
        params = list(result)
    except TypeError:
        return Feedback(False, text("lesson05.parameters.not_a_list", call=call,
                                    kind=kind_of(result)))
    bad = next((p for p in params if not isinstance(p, Value)), None)
    if bad is not None:
        return Feedback(False, text("lesson05.parameters.not_values", call=call,
                                    kind=kind_of(bad)))
    if len({id(p) for p in params}) < len(params):
        return Feedback(False, text("lesson05.parameters.twice", call=call))
    return params


def _set(params, numbers):
    for p, x in zip(params, numbers):
        p.data = x


def _on(call, x):
    """``Neuron(3) on [2.0, -1.0, 0.5]``: a call and its input, as the messages name them."""
    return text("lesson05.call_on", call=call, x=x)


def _as_output(result, call):
    """A network's output as one Value (a one-element list counts), or a Feedback.

    ``call`` names what was called (see :func:`_on`)."""
    if isinstance(result, (list, tuple)) and len(result) == 1:
        result = result[0]
    if result is None:
        return Feedback(False, text("lesson05.output.none", call=call))
    if isinstance(result, (list, tuple)):
        return Feedback(False, text("lesson05.output.list", call=call, count=len(result)))
    if not isinstance(result, Value):
        return Feedback(False, text("lesson05.output.not_a_value", call=call,
                                    kind=kind_of(result)))
    return result


def _close(a, b, tol=1e-9):
    return math.isfinite(a) and abs(a - b) <= tol * max(1.0, abs(b))


_NEURON_W, _NEURON_B = [0.5, -1.0, 2.0], 0.25
_POSITIVE_X = [2.0, -1.0, 0.5]   # w.x + b = 1 + 1 + 1 + 0.25 = 3.25
_NEGATIVE_X = [1.0, 2.0, -0.5]   # w.x + b = 0.5 - 2 - 1 + 0.25 = -2.25


def _reference_neuron(nonlin):
    neuron = nn.Neuron(3, nonlin=nonlin, fused=False)
    _set(neuron.parameters(), [*_NEURON_W, _NEURON_B])
    return neuron


def check_neuron(Neuron):
    """Coding exercise: ``Neuron(nin, nonlin=True)`` with ``__call__(x)`` giving
    relu(w . x + b) (no relu when ``nonlin`` is False) and ``parameters()``
    listing the weights, then the bias. Given the same weights, it must give
    the same output and gradients as the package's ``Neuron(..., fused=False)``.
    """
    problem = not_code_yet(Neuron, "Neuron", "class")
    if problem is not None:
        return problem
    for nonlin in (True, False):
        call = f"Neuron(3, nonlin={nonlin})"
        neuron, error = call_learner_code(Neuron, 3, nonlin=nonlin,
                                          doing=text("lesson05.doing.make", call=call))
        if error is not None:
            return error
        params = _parameters(neuron, call)
        if isinstance(params, Feedback):
            return params
        if len(params) != 4:
            hint = _neuron_count_hint(neuron, params, call)
            return Feedback(False, hint)
        _set(params, [*_NEURON_W, _NEURON_B])
        problem = _neuron_outputs(neuron, params, nonlin, call)
        if problem is not None:
            return problem
    return Feedback(True, text("lesson05.neuron.right"))


def _neuron_count_hint(neuron, params, call):
    """The message for a Neuron(3) whose parameters() does not list 4 Values."""
    weights, bias = getattr(neuron, "w", None), getattr(neuron, "b", None)
    ids = {id(p) for p in params}
    if isinstance(weights, (list, tuple)) and isinstance(bias, Value) and id(bias) in ids:
        n = len(weights)
        if n != 3:
            return text("lesson05.neuron.count.weights", call=call, count=len(params), n=n)
    if len(params) == 3:
        return text("lesson05.neuron.count.no_bias", call=call, count=len(params))
    return text("lesson05.neuron.count.other", call=call, count=len(params))


def _neuron_outputs(neuron, params, nonlin, call):
    weights = text("lesson05.neuron.weights")
    for x in (_POSITIVE_X, _NEGATIVE_X):
        inputs = [Value(v, label=f"x{i + 1}") for i, v in enumerate(x)]
        result, error = call_learner_code(neuron, inputs,
                                          doing=text("lesson05.doing.call", call=call, x=x))
        if error is not None:
            return error
        out = _as_output(result, _on(call, x))
        if isinstance(out, Feedback):
            return out
        n = sum(w * v for w, v in zip(_NEURON_W, x)) + _NEURON_B
        expected = max(0.0, n) if nonlin else n
        if not _close(out.data, expected):
            # parameters() listing the bias first: the check set b = 0.5, w = [-1, 2, 0.25]
            m = sum(w * v for w, v in zip([*_NEURON_W[1:], _NEURON_B], x)) + _NEURON_W[0]
            if _close(out.data, max(0.0, m) if nonlin else m):
                if nonlin:
                    return Feedback(False, text("lesson05.neuron.bias_first_relu", call=call))
                return Feedback(False, text("lesson05.neuron.bias_first", call=call))
            return Feedback(False, _neuron_value_problem(out.data, n, nonlin, call, x, weights))
        for p in params:
            p.grad = 0.0  # the check's own backward passes must not add up
        operations = _count_operations(out)
        if operations < 2 * len(x):
            return Feedback(False, text("lesson05.neuron.few_nodes", call=call,
                                        count=operations))
        out.backward()
        reference = _reference_neuron(nonlin)
        ref_inputs = [Value(v) for v in x]
        reference(ref_inputs).backward()
        names = [f"w{i + 1}" for i in range(3)] + ["b"]
        for name, p, q in zip(names, params, reference.parameters()):
            if not _close(p.grad, q.grad):
                return Feedback(False, text("lesson05.neuron.parameter_grad", weights=weights,
                                            call=call, x=x, name=name, got=shown(p.grad),
                                            want=shown(q.grad)))
        for i, (v, r) in enumerate(zip(inputs, ref_inputs)):
            if not _close(v.grad, r.grad):
                return Feedback(False, text("lesson05.neuron.input_grad", index=i + 1,
                                            got=shown(v.grad), want=shown(r.grad)))
    return None


def _count_operations(root):
    """The number of nodes in ``root``'s graph that an operation made (inputs not counted)."""
    seen, stack, count = {id(root)}, [root], 0
    while stack:
        node = stack.pop()
        children = tuple(getattr(node, "_prev", ()))
        count += bool(children)
        for child in children:
            if id(child) not in seen:
                seen.add(id(child))
                stack.append(child)
    return count


def _neuron_value_problem(got, n, nonlin, call, x, weights):
    expected = max(0.0, n) if nonlin else n
    if nonlin:
        said = text("lesson05.neuron.value.said_relu", weights=weights, call=call, x=x,
                    got=shown(got), want=shown(expected), n=shown(n))
    else:
        said = text("lesson05.neuron.value.said_linear", weights=weights, call=call, x=x,
                    got=shown(got), want=shown(expected), n=shown(n))
    if nonlin and _close(got, n):
        return text("lesson05.neuron.value.no_relu", said=said)
    if not nonlin and _close(got, max(0.0, n)):
        return text("lesson05.neuron.value.relu_at_output", said=said)
    if _close(got, n - _NEURON_B) or _close(got, max(0.0, n - _NEURON_B)):
        return text("lesson05.neuron.value.no_bias", said=said)
    if _close(got, math.tanh(n)):
        return text("lesson05.neuron.value.tanh", said=said)
    return text("lesson05.neuron.value.otherwise", said=said)


_MLP_SIZES = (2, [4, 3, 1])
_MLP_INPUTS = [[1.0, -0.5], [-1.2, 0.4], [0.3, 0.9], [2.0, 1.5], [-0.7, -1.1]]
_MLP_SEED = 9  # its scores have both signs on _MLP_INPUTS, so relu at the output shows


def _with_biases(module):
    """``module`` with biases that are not 0 (a new network's are), so a bias that is
    listed but never used changes the numbers."""
    for k, p in enumerate(module.parameters()):
        if p.data == 0.0:
            p.data = 0.1 * ((k % 5) - 2) + 0.05
    return module


def _reference_mlp(**kwargs):
    nin, nouts = _MLP_SIZES
    return _with_biases(nn.MLP(nin, nouts, seed=_MLP_SEED, fused=False, **kwargs))


def check_mlp(Layer, MLP):
    """Coding exercise: ``Layer(nin, nout)`` (``nout`` Neurons on the same inputs)
    and ``MLP(nin, nouts)`` (layers of sizes ``[nin] + nouts``, relu in every
    layer but the last). Given the package's weights, ``MLP(2, [4, 3, 1])``
    must give the same scores and gradients as ``micrograd_lite.nn.MLP`` with
    ``fused=False``.
    """
    # a Feedback that says "not yet" is falsy: test each against None, never chain with `or`
    for step in (lambda: not_code_yet(Layer, "Layer", "class"),
                 lambda: not_code_yet(MLP, "MLP", "class"),
                 lambda: _check_layer(Layer), lambda: _check_mlp(MLP)):
        problem = step()
        if problem is not None:
            return problem
    return Feedback(True, text("lesson05.mlp.right"))


def _check_layer(Layer):
    call = "Layer(3, 2)"
    layer, error = call_learner_code(Layer, 3, 2, doing=text("lesson05.doing.make", call=call))
    if error is not None:
        return error
    params = _parameters(layer, call)
    if isinstance(params, Feedback):
        return params
    if len(params) != 8:
        if len(params) == 4:
            return Feedback(False, text("lesson05.layer.count.one_neuron", call=call,
                                        count=len(params)))
        if len(params) == 6:
            return Feedback(False, text("lesson05.layer.count.no_bias", call=call,
                                        count=len(params)))
        return Feedback(False, text("lesson05.layer.count.other", call=call, count=len(params)))
    reference = _with_biases(nn.Layer(3, 2, seed=_MLP_SEED, fused=False))
    _set(params, [p.data for p in reference.parameters()])
    x = [0.5, -1.5, 2.0]
    result, error = call_learner_code(layer, [Value(v) for v in x],
                                      doing=text("lesson05.doing.call", call=call, x=x))
    if error is not None:
        return error
    if not isinstance(result, (list, tuple)) or len(result) != 2:
        return Feedback(False, text("lesson05.layer.not_two", call=call, x=x,
                                    kind=kind_of(result), got=_short(result)))
    expected = [v.data for v in reference(x)]
    got = [as_number(v) for v in result]
    if any(g is None for g in got) or not all(_close(g, e) for g, e in zip(got, expected)):
        return Feedback(False, text("lesson05.layer.wrong_outputs", call=call, x=x,
                                    got=_short(got), want=_short(expected)))
    single, error = call_learner_code(Layer, 3, 1,
                                      doing=text("lesson05.doing.make", call="Layer(3, 1)"))
    if error is not None:
        return error
    result, error = call_learner_code(single, [Value(v) for v in x],
                                      doing=text("lesson05.doing.call", call="Layer(3, 1)", x=x))
    if error is not None:
        return error
    if not isinstance(result, Value):
        return Feedback(False, text("lesson05.layer.single_in_list", x=x,
                                    kind=kind_of(result), got=_short(result)))
    return None


def _short(values):
    if isinstance(values, (list, tuple)):
        return "[" + ", ".join(shown(v) if isinstance(v, (int, float)) else repr(v) for v in values) + "]"
    return repr(values)


def _mlp_count_hint(count, call):
    """The message for an MLP(2, [4, 3, 1]) whose parameters() does not list 31 Values."""
    nin, nouts = _MLP_SIZES
    if count == _count(nin, nouts) - sum(nouts):
        return text("lesson05.mlp.count.no_biases", call=call, count=count)
    if count == sum((nin + 1) * b for b in nouts):
        return text("lesson05.mlp.count.nin_everywhere", call=call, count=count)
    if count == _count(nin, nouts[:-1]):
        return text("lesson05.mlp.count.no_last", call=call, count=count)
    if count == _count(nouts[0], nouts[1:]):
        return text("lesson05.mlp.count.no_first", call=call, count=count)
    return text("lesson05.mlp.count.other", call=call, count=count)


def _check_mlp(MLP):
    nin, nouts = _MLP_SIZES
    call = f"MLP({nin}, {nouts})"
    model, error = call_learner_code(MLP, nin, list(nouts),
                                     doing=text("lesson05.doing.make", call=call))
    if error is not None:
        return error
    params = _parameters(model, call)
    if isinstance(params, Feedback):
        return params
    if len(params) != _count(nin, nouts):
        return Feedback(False, _mlp_count_hint(len(params), call))
    reference = _reference_mlp()
    _set(params, [p.data for p in reference.parameters()])
    variants = {
        "relu at the output": _reference_mlp(output_activation="relu"),
        "no relu in the hidden layers": _reference_mlp(activation="linear"),
    }
    for variant in variants.values():
        _set(variant.parameters(), [p.data for p in reference.parameters()])
    for x in _MLP_INPUTS:
        result, error = call_learner_code(model, [Value(v) for v in x],
                                          doing=text("lesson05.doing.call", call=call, x=x))
        if error is not None:
            return error
        out = _as_output(result, _on(call, x))
        if isinstance(out, Feedback):
            return out
        expected = reference(x).data
        if _close(out.data, expected):
            continue
        said = text("lesson05.mlp.said", call=call, got=shown(out.data), x=x,
                    want=shown(expected))
        if _close(out.data, variants["relu at the output"](x).data):
            return Feedback(False, text("lesson05.mlp.relu_at_output", said=said))
        if _close(out.data, variants["no relu in the hidden layers"](x).data):
            return Feedback(False, text("lesson05.mlp.no_hidden_relu", said=said))
        return Feedback(False, text("lesson05.mlp.otherwise", said=said))
    out = _as_output(model([Value(v) for v in _MLP_INPUTS[0]]), call)
    out.backward()
    reference(_MLP_INPUTS[0]).backward()
    for i, (p, q) in enumerate(zip(params, reference.parameters())):
        if not _close(p.grad, q.grad):
            return Feedback(False, text("lesson05.mlp.grad", index=i, got=shown(p.grad),
                                        want=shown(q.grad)))
    return None


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
        else:
            p.data = p.data - learning_rate * p.grad
    return loss.data, accuracy


# The training-step bugs the check recognises, each with what it does wrong (a key of the tables).
_STEP_BUG_KEYS = {"plus": "lesson05.step.bug.plus",
                  "no zero_grad": "lesson05.step.bug.no_zero_grad",
                  "times data": "lesson05.step.bug.times_data",
                  "backward twice": "lesson05.step.bug.backward_twice",
                  "zero data": "lesson05.step.bug.zero_data"}

_STEP_POINTS = [[1.0, -0.5], [-1.2, 0.4], [0.3, 0.9], [2.0, 1.5], [-0.7, -1.1], [0.1, 0.2]]
_STEP_LABELS = [1, -1, 1, -1, 1, -1]
_STEP_RATES = [0.4, 0.25]  # not 0.5: twice 0.5 is a rate of 1.0, a typical hard-coded one


def _step_model():
    return nn.MLP(2, [4, 1], seed=11)


def _step_loss(model):
    return moons_loss(model, _STEP_POINTS, _STEP_LABELS)


def _run_steps(step):
    model = _step_model()
    states, returns = [], []
    for lr in _STEP_RATES:
        returns.append(step(model, _step_loss, lr))
        states.append([p.data for p in model.parameters()])
    return states, returns


def check_training_step(training_step):
    """Coding exercise: ``training_step(model, loss_fn, learning_rate)`` does one
    step (forward and loss with ``loss_fn(model)``, zero the grads, backward,
    update every parameter) and returns ``(loss before the update, accuracy)``.
    Called twice in a row on a small network, so that forgetting to zero the
    grads shows.
    """
    problem = not_code_yet(training_step, "training_step", "function",
                           "training_step(model, loss_fn, learning_rate)")
    if problem is not None:
        return problem
    model = _step_model()
    start = [p.data for p in model.parameters()]
    expected_states, expected_returns = _run_steps(worked_training_step)
    for k, lr in enumerate(_STEP_RATES, start=1):
        result, error = call_learner_code(
            training_step, model, _step_loss, lr,
            doing=text("lesson05.doing.step", lr=lr, step=k),
        )
        if error is not None:
            return error
        state = [p.data for p in model.parameters()]
        problem = _step_return_problem(result, expected_returns[k - 1], k)
        if problem is not None:
            return problem
        if all(_close(a, b) for a, b in zip(state, expected_states[k - 1])):
            continue
        before = start if k == 1 else expected_states[k - 2]
        if all(a == b for a, b in zip(state, before)):
            return Feedback(False, text("lesson05.step.nothing_moved", step=k))
        for bug in _STEP_BUG_KEYS:
            if all(_close(a, b) for a, b in zip(state, _run_steps(
                    lambda m, f, r, bug=bug: _buggy_training_step(m, f, r, bug))[0][k - 1])):
                return Feedback(False, text(_STEP_BUG_KEYS[bug]))
        frozen = [i for i, (a, b) in enumerate(zip(state, before)) if a == b
                  and not _close(a, expected_states[k - 1][i])]
        if frozen:
            return Feedback(False, text("lesson05.step.frozen", step=k, count=len(frozen),
                                        total=len(state), first=frozen[0]))
        i = next(i for i, (a, b) in enumerate(zip(state, expected_states[k - 1])) if not _close(a, b))
        return Feedback(False, text("lesson05.step.wrong", step=k, lr=lr, index=i,
                                    got=shown(state[i]), want=shown(expected_states[k - 1][i])))
    return Feedback(True, text("lesson05.step.right"))


def _step_return_problem(result, expected, k):
    if result is None:
        return Feedback(False, text("lesson05.step.return.none", step=k))
    if isinstance(result, Value):
        return Feedback(False, text("lesson05.step.return.value"))
    try:
        loss, accuracy = result
    except (TypeError, ValueError):
        return Feedback(False, text("lesson05.step.return.not_two", kind=kind_of(result),
                                    got=repr(result)))
    if isinstance(loss, Value):
        return Feedback(False, text("lesson05.step.return.loss_value"))
    if (isinstance(loss, (int, float)) and isinstance(accuracy, (int, float))
            and _close(loss, expected[1]) and _close(accuracy, expected[0])):
        return Feedback(False, text("lesson05.step.return.swapped"))
    loss = as_number(loss)
    if loss is None:
        return Feedback(False, text("lesson05.step.return.loss_not_number"))
    if not _close(loss, expected[0]):
        return Feedback(False, text("lesson05.step.return.wrong_loss", step=k, got=shown(loss),
                                    want=shown(expected[0])))
    if as_number(accuracy) is None or not _close(as_number(accuracy), expected[1]):
        return Feedback(False, text("lesson05.step.return.wrong_accuracy", step=k,
                                    got=repr(accuracy), want=repr(expected[1])))
    return None
