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
from .answers import as_number, check_typed_number, not_code_yet, shown
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
        what="the mean hinge loss (a number)",
        target=0.4,
        tol=1e-6,
        right="The first point is on the right side with a margin of at least 1, so its "
              "loss is 0; the second (0.7) is right but too close to the boundary; the "
              "third (0.5) is right too, but also too close. Mean: 1.2 / 3 = 0.4.",
        mistakes=[
            (1.2, rounded, "1.2 is the sum of the three losses. Take the mean."),
            (0.6, rounded, "0.6 is the mean of the two points that cost something. The first "
                           "point counts too, with loss 0: divide by 3."),
            (0.2 / 3, rounded, "The first point's 1 - 2.0 = -1 must not count as negative "
                               "loss: relu turns it into 0. A point beyond the margin costs "
                               "nothing."),
            (2.2 / 3, rounded, "Check the sign for the third point: its label is -1, so "
                               "1 - y * score = 1 - (-1)(-0.5) = 0.5."),
            (0.7, rounded, "0.7 is the loss of the second point alone. Compute all three and "
                           "take their mean."),
            (0.5, rounded, "0.5 is the loss of the third point alone. Compute all three and "
                           "take their mean."),
            (0.0, rounded, "All three points are on their correct side, but the hinge loss "
                           "also charges a point whose margin y * score is below 1."),
        ],
        otherwise=lambda value: (
            f"{shown(value)} is not it. For each point compute relu(1 - label * score), then "
            "take the mean of the three."
        ),
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
        what="the hinge loss of a network that gives every point the score 3 (a number)",
        target=2.0,
        tol=rounded,
        right="The 50 points of class +1 are on their side with a margin of 3: they cost "
              "relu(1 - 3) = 0. The 50 points of class -1 are on the wrong side: each costs "
              "relu(1 + 3) = 4. The mean is (50 * 0 + 50 * 4) / 100 = 2.",
        mistakes=[
            (0.0, rounded, "0 is what each point of class +1 costs. The points of class -1 "
                           "get the score 3 too, on the wrong side: compute relu(1 - (-1) * 3)."),
            (4.0, rounded, "4 is what each point of class -1 costs. Half of the points are of "
                           "class +1, and they cost 0: take the mean over all 100."),
            (1.0, rounded, "1 is the loss for a constant score between -1 and 1, or without "
                           "relu (-2 and 4 average to 1). With the score 3 the points of class "
                           "+1 cost relu(1 - 3) = 0, not -2."),
            (200.0, rounded, "200 is the sum over the 100 points. Take the mean."),
            (-2.0, rounded, "1 - 3 = -2 is the margin term of a point of class +1; relu "
                            "turns it into a cost of 0. And the points of class -1 cost "
                            "something too."),
            (-1.0, rounded, "A loss is never negative: relu(...) is at least 0 for every "
                            "point. Compute relu(1 - y * 3) for y = +1 and for y = -1."),
        ],
        otherwise=lambda value: (
            f"{shown(value)} is not it. Compute relu(1 - y * 3) for a point with y = +1 and for "
            "one with y = -1; half of the 100 points are of each class."
        ),
    )


# ----------------------------------------------------------------------
# Coding exercise: count_parameters(nin, nouts)
# ----------------------------------------------------------------------
def _count(nin, nouts):
    sizes = [nin, *nouts]
    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))


def _count_hypotheses(nin, nouts):
    """What the typical wrong formulas give: (count, message)."""
    sizes = [nin, *nouts]
    pairs = list(zip(sizes, sizes[1:]))
    return [
        (sum(a * b for a, b in pairs),
         "counts the weights only. Every neuron also has a bias: add one per neuron."),
        (sum(nouts), "counts the neurons. Count each neuron's weights and its bias."),
        (sum((nin + 1) * b for b in nouts),
         "gives every layer nin inputs. Only the first layer sees the nin inputs; layer i "
         "sees the outputs of layer i - 1, so its neurons have nouts[i - 1] weights each."),
        (sum((a + 1) * b for a, b in pairs[:-1]),
         "leaves out the last layer. Count every layer, the output layer too."),
        (sum((a + 1) * b for a, b in pairs[1:]),
         "leaves out the first layer, whose neurons each have nin weights and a bias."),
        (sum(a * (b + 1) for a, b in pairs),
         "gives one bias per input. A bias belongs to a neuron: one per neuron."),
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
        result, error = call_learner_code(count_parameters, nin, list(nouts), doing=f"running {call}")
        if error is not None:
            return error
        problem = _count_problem(call, result, nin, nouts)
        if problem is not None:
            return problem
    nin, nouts = _LARGE
    call = f"count_parameters({nin}, {nouts})"
    result, error, peak = _call_measuring_memory(count_parameters, nin, list(nouts),
                                                 doing=f"running {call}")
    if error is not None:
        return error
    problem = _count_problem(call, result, nin, nouts)
    if problem is not None:
        return problem
    if peak > _BUILT_BYTES:
        return Feedback(False, f"{call} gives the right number, {_count(nin, nouts):,}, but it "
                               f"took {peak / 1e6:.0f} MB of memory: it seems to build the "
                               "network to count it. Work the number out from nin and nouts "
                               "alone: a layer of b neurons with a inputs has b * (a + 1) "
                               "parameters.")
    return Feedback(True, "A layer of b neurons with a inputs has b * (a + 1) parameters, and "
                          "each layer's inputs are the previous layer's outputs: "
                          "MLP(2, [16, 16, 1]) has 48 + 272 + 17 = 337, and a small image "
                          "classifier MLP(784, [128, 10]) already has 101,770.")


def _count_problem(call, result, nin, nouts):
    if result is None:
        return Feedback(False, f"{call} returned None. End the function with "
                               "`return` and the count.")
    value = as_number(result)
    if value is None:
        return Feedback(False, f"{call} returned a {type(result).__name__}; it should return "
                               "a whole number.")
    right = _count(nin, nouts)
    if value == right:
        return None
    said = f"{call} returned {shown(value)}; MLP({nin}, {nouts}) has {right} parameters."
    if value == 337 and right != 337:
        return Feedback(False, f"{said} 337 is the count of the lesson's network, "
                               "MLP(2, [16, 16, 1]): compute the count from nin and nouts.")
    for count, message in _count_hypotheses(nin, nouts):
        if value == count:
            return Feedback(False, f"{said} Your count {message}")
    return Feedback(False, f"{said} A layer of b neurons with a inputs has b weights times a, "
                           "plus b biases; the first layer has a = nin, every later layer has "
                           "a = the size of the layer before.")


# ----------------------------------------------------------------------
# Coding exercise: Neuron, Layer and MLP from Values
# ----------------------------------------------------------------------
def worked_mlp(nin, nouts):
    """The worked solution's MLP: the package's ``MLP`` built node by node
    (``fused=False``), with weights drawn from ``random`` as micrograd does."""
    return nn.MLP(nin, nouts, fused=False)


_WHAT_PARAMETERS = {
    "Neuron": "a neuron: its weights, then its bias",
    "Layer": "a layer: the parameters of each of its neurons, neuron after neuron",
    "MLP": "a network: the parameters of each of its layers, layer after layer",
}


def _parameters(obj, call):
    """The learner's ``obj.parameters()`` as a list of Values, or a Feedback."""
    method = getattr(obj, "parameters", None)
    if not callable(method):
        return Feedback(False, f"{call} has no method parameters(). Define "
                               "`def parameters(self):` returning a list of its Values.")
    result, error = call_learner_code(method, doing=f"calling {call}.parameters()")
    if error is not None:
        return error
    if result is None:
        what = _WHAT_PARAMETERS.get(call.split("(")[0], "its weights, then its bias")
        return Feedback(False, f"{call}.parameters() returned None. Return a list of its "
                               f"Values ({what}).")
    try:
        params = list(result)
    except TypeError:
        return Feedback(False, f"{call}.parameters() returned a {type(result).__name__}; it "
                               "should return a list of Values.")
    bad = next((p for p in params if not isinstance(p, Value)), None)
    if bad is not None:
        return Feedback(False, f"{call}.parameters() holds a {type(bad).__name__}. It should "
                               "hold the Value objects themselves (not their .data), so that "
                               "training can update them.")
    if len({id(p) for p in params}) < len(params):
        return Feedback(False, f"{call}.parameters() lists the same Value more than once.")
    return params


def _set(params, numbers):
    for p, x in zip(params, numbers):
        p.data = x


def _as_output(result, call):
    """A network's output as one Value (a one-element list counts), or a Feedback."""
    if isinstance(result, (list, tuple)) and len(result) == 1:
        result = result[0]
    if result is None:
        return Feedback(False, f"{call} returned None. Return the output Value.")
    if isinstance(result, (list, tuple)):
        return Feedback(False, f"{call} returned a list of {len(result)} Values, but the last "
                               "layer has 1 neuron. Pass x through the layers in turn: each "
                               "layer's outputs are the next layer's inputs, and the output is "
                               "what the last layer gives.")
    if not isinstance(result, Value):
        return Feedback(False, f"{call} returned a {type(result).__name__}. Build the output "
                               "from the Values (wi * xi, + b), so that it is a Value and "
                               "backward() can reach the weights.")
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
        neuron, error = call_learner_code(Neuron, 3, nonlin=nonlin, doing=f"making {call}")
        if error is not None:
            return error
        params = _parameters(neuron, call)
        if isinstance(params, Feedback):
            return params
        if len(params) != 4:
            hint = _neuron_count_hint(neuron, params)
            return Feedback(False, f"{call}.parameters() has {len(params)} Values: {hint}")
        _set(params, [*_NEURON_W, _NEURON_B])
        problem = _neuron_outputs(neuron, params, nonlin, call)
        if problem is not None:
            return problem
    return Feedback(True, "Your neuron computes relu(w . x + b) from Values, one node per * "
                          "and +, and gives the same output and gradients as the package's "
                          "Neuron(3, fused=False) with the same weights.")


def _neuron_count_hint(neuron, params):
    weights, bias = getattr(neuron, "w", None), getattr(neuron, "b", None)
    ids = {id(p) for p in params}
    if isinstance(weights, (list, tuple)) and isinstance(bias, Value) and id(bias) in ids:
        n = len(weights)
        if n != 3:
            return (f"{n} weight(s) and a bias. A neuron has one weight per input: "
                    f"Neuron(3) needs 3 weights (make nin of them), and a bias.")
    if len(params) == 3:
        return "the 3 weights but no bias? A neuron has one weight per input and one bias."
    return "it should have 4: one weight per input, and a bias."


def _neuron_outputs(neuron, params, nonlin, call):
    weights = "weights [0.5, -1, 2] and bias 0.25 (set by the check through parameters())"
    for x in (_POSITIVE_X, _NEGATIVE_X):
        inputs = [Value(v, label=f"x{i + 1}") for i, v in enumerate(x)]
        result, error = call_learner_code(neuron, inputs, doing=f"calling {call} on {x}")
        if error is not None:
            return error
        out = _as_output(result, f"{call} on {x}")
        if isinstance(out, Feedback):
            return out
        n = sum(w * v for w, v in zip(_NEURON_W, x)) + _NEURON_B
        expected = max(0.0, n) if nonlin else n
        if not _close(out.data, expected):
            # parameters() listing the bias first: the check set b = 0.5, w = [-1, 2, 0.25]
            m = sum(w * v for w, v in zip([*_NEURON_W[1:], _NEURON_B], x)) + _NEURON_W[0]
            if _close(out.data, max(0.0, m) if nonlin else m):
                return Feedback(False, f"{call} computes w . x + b{' and relu' if nonlin else ''} "
                                       "right, but its parameters() lists the bias first. The "
                                       "order is the weights, then the bias: "
                                       "`return self.w + [self.b]`.")
            return Feedback(False, _neuron_value_problem(out.data, n, nonlin, call, x, weights))
        for p in params:
            p.grad = 0.0  # the check's own backward passes must not add up
        operations = _count_operations(out)
        if operations < 2 * len(x):
            return Feedback(False, f"{call} gives the right output, but its graph has only "
                                   f"{operations} operation node(s). This exercise asks for the "
                                   "graph of lessons 02-03: one node for every * and every +, "
                                   "built from the Values themselves (wi * xi, + b), not from "
                                   "their .data.")
        out.backward()
        reference = _reference_neuron(nonlin)
        ref_inputs = [Value(v) for v in x]
        reference(ref_inputs).backward()
        names = [f"w{i + 1}" for i in range(3)] + ["b"]
        for name, p, q in zip(names, params, reference.parameters()):
            if not _close(p.grad, q.grad):
                return Feedback(False, f"With {weights}, {call} on {x} gives the right output, "
                                       f"but after backward() {name}.grad is {shown(p.grad)}; "
                                       f"it should be {shown(q.grad)}. Build the output from the "
                                       "parameter Values themselves (not their .data), and "
                                       "compute a fresh output for every call.")
        for i, (v, r) in enumerate(zip(inputs, ref_inputs)):
            if not _close(v.grad, r.grad):
                return Feedback(False, f"After backward(), x{i + 1}.grad is {shown(v.grad)}; it "
                                       f"should be {shown(r.grad)}. Multiply the input Values "
                                       "themselves (wi * xi), not their .data.")
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
    said = f"With {weights}, {call} on {x} gives {shown(got)}; it should give"
    expected = max(0.0, n) if nonlin else n
    said += f" {shown(expected)} ("
    said += f"relu({shown(n)}))." if nonlin else f"w . x + b = {shown(n)}, no relu)."
    if nonlin and _close(got, n):
        return f"{said} That is w . x + b without relu: apply relu when nonlin is True."
    if not nonlin and _close(got, max(0.0, n)):
        return (f"{said} With nonlin=False there is no activation: return w . x + b as it is "
                "(the output neuron's score must be able to go below 0).")
    if _close(got, n - _NEURON_B) or _close(got, max(0.0, n - _NEURON_B)):
        return f"{said} That leaves out the bias b: the output is w . x + b."
    if _close(got, math.tanh(n)):
        return f"{said} That is tanh(w . x + b); this lesson's hidden neurons use relu."
    return f"{said} Compute w1*x1 + w2*x2 + w3*x3 + b from the Values, then relu if nonlin."


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
    return Feedback(True, "Your MLP(2, [4, 3, 1]) has the 31 parameters of the package's, and "
                          "with the same weights it gives the same scores and gradients as "
                          "micrograd_lite.nn.MLP(..., fused=False): relu in the hidden layers, "
                          "a plain w . x + b at the output.")


def _check_layer(Layer):
    call = "Layer(3, 2)"
    layer, error = call_learner_code(Layer, 3, 2, doing=f"making {call}")
    if error is not None:
        return error
    params = _parameters(layer, call)
    if isinstance(params, Feedback):
        return params
    if len(params) != 8:
        hint = {
            4: "that is one neuron. A layer holds nout = 2 neurons, each with 3 weights and a bias.",
            6: "2 neurons with 3 weights each, but no biases? Check that Neuron has a bias.",
        }.get(len(params), "it should have 8: 2 neurons, each with 3 weights and a bias.")
        return Feedback(False, f"{call}.parameters() has {len(params)} Values: {hint}")
    reference = _with_biases(nn.Layer(3, 2, seed=_MLP_SEED, fused=False))
    _set(params, [p.data for p in reference.parameters()])
    x = [0.5, -1.5, 2.0]
    result, error = call_learner_code(layer, [Value(v) for v in x], doing=f"calling {call} on {x}")
    if error is not None:
        return error
    if not isinstance(result, (list, tuple)) or len(result) != 2:
        return Feedback(False, f"{call} on {x} returned {type(result).__name__} "
                               f"{_short(result)}; it should return a list of 2 Values, one per "
                               "neuron.")
    expected = [v.data for v in reference(x)]
    got = [as_number(v) for v in result]
    if any(g is None for g in got) or not all(_close(g, e) for g, e in zip(got, expected)):
        return Feedback(False, f"With the same weights as the package's Layer(3, 2), {call} on "
                               f"{x} gives {_short(got)}; it should give "
                               f"{_short(expected)}. Each neuron of the layer "
                               "gets the same inputs x. (Does your Neuron pass its check?)")
    single, error = call_learner_code(Layer, 3, 1, doing="making Layer(3, 1)")
    if error is not None:
        return error
    result, error = call_learner_code(single, [Value(v) for v in x],
                                      doing=f"calling Layer(3, 1) on {x}")
    if error is not None:
        return error
    if not isinstance(result, Value):
        return Feedback(False, f"Layer(3, 1) on {x} returned {type(result).__name__} "
                               f"{_short(result)}; a layer of one neuron should return that "
                               "neuron's Value alone (not in a list), so that the network's "
                               "score is a Value: `return outs[0] if len(outs) == 1 else outs`.")
    return None


def _short(values):
    if isinstance(values, (list, tuple)):
        return "[" + ", ".join(shown(v) if isinstance(v, (int, float)) else repr(v) for v in values) + "]"
    return repr(values)


def _mlp_count_hint(count):
    nin, nouts = _MLP_SIZES
    hints = {
        _count(nin, nouts) - sum(nouts): "no biases? Each neuron has one.",
        sum((nin + 1) * b for b in nouts): "every layer seems to take the 2 inputs. Layer i "
        "takes the outputs of layer i - 1: the sizes are [nin] + nouts.",
        _count(nin, nouts[:-1]): "the last layer seems to be missing.",
        _count(nouts[0], nouts[1:]): "the first layer seems to be missing: the sizes are "
        "[nin] + nouts, so the first layer has nin inputs and nouts[0] neurons.",
    }
    return hints.get(count, "it should have 4 * (2 + 1) + 3 * (4 + 1) + 1 * (3 + 1) = 31.")


def _check_mlp(MLP):
    nin, nouts = _MLP_SIZES
    call = f"MLP({nin}, {nouts})"
    model, error = call_learner_code(MLP, nin, list(nouts), doing=f"making {call}")
    if error is not None:
        return error
    params = _parameters(model, call)
    if isinstance(params, Feedback):
        return params
    if len(params) != _count(nin, nouts):
        return Feedback(False, f"{call}.parameters() has {len(params)} Values: "
                               f"{_mlp_count_hint(len(params))}")
    reference = _reference_mlp()
    _set(params, [p.data for p in reference.parameters()])
    variants = {
        "relu at the output": _reference_mlp(output_activation="relu"),
        "no relu in the hidden layers": _reference_mlp(activation="linear"),
    }
    for variant in variants.values():
        _set(variant.parameters(), [p.data for p in reference.parameters()])
    for x in _MLP_INPUTS:
        result, error = call_learner_code(model, [Value(v) for v in x], doing=f"calling {call} on {x}")
        if error is not None:
            return error
        out = _as_output(result, f"{call} on {x}")
        if isinstance(out, Feedback):
            return out
        expected = reference(x).data
        if _close(out.data, expected):
            continue
        said = (f"With the same weights as the package's {call}, your network gives the score "
                f"{shown(out.data)} for the point {x}; it should give {shown(expected)}.")
        if _close(out.data, variants["relu at the output"](x).data):
            return Feedback(False, f"{said} Your output goes through relu, so a score can never "
                                   "be negative and the class -1 cannot be scored: the last "
                                   "layer has no activation (nonlin=False).")
        if _close(out.data, variants["no relu in the hidden layers"](x).data):
            return Feedback(False, f"{said} Your hidden layers have no relu: every layer but "
                                   "the last applies relu (nonlin=True).")
        return Feedback(False, f"{said} Each layer's outputs are the next layer's inputs. "
                               "(Do your Neuron and Layer pass their checks? Does parameters() "
                               "list the layers in order, each neuron's weights before its "
                               "bias?)")
    out = _as_output(model([Value(v) for v in _MLP_INPUTS[0]]), call)
    out.backward()
    reference(_MLP_INPUTS[0]).backward()
    for i, (p, q) in enumerate(zip(params, reference.parameters())):
        if not _close(p.grad, q.grad):
            return Feedback(False, f"The scores are right, but after backward() parameter {i} "
                                   f"(in the order of parameters()) has grad {shown(p.grad)}; it "
                                   f"should be {shown(q.grad)}. Build every output from the "
                                   "parameter Values themselves.")
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


_STEP_BUGS = {
    "plus": "Your update walks uphill: p.data = p.data - learning_rate * p.grad (yours adds).",
    "no zero_grad": "Your first step is right and the second is not: the gradients of the first "
                    "step are still in p.grad, because backward() adds to .grad. Call "
                    "model.zero_grad() before loss.backward().",
    "times data": "Your update multiplies by p.data: learning_rate * p.grad * p.data. The step "
                  "is learning_rate * p.grad alone: p.data = p.data - learning_rate * p.grad.",
    "backward twice": "Your steps are twice as long as they should be: backward() seems to run "
                      "twice, and it adds to .grad each time. Call loss.backward() once per step.",
    "zero data": "Your step sets every p.data to 0 before backward(), which throws the "
                 "network away. It is the grads that are reset: model.zero_grad() (p.grad = 0 "
                 "for every parameter), then loss.backward(), then "
                 "p.data = p.data - learning_rate * p.grad.",
}

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
            doing=f"running training_step(model, loss_fn, {lr}), step {k} on a small network",
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
            return Feedback(False, f"After step {k} no parameter has moved. Between loss_fn and "
                                   "the update: model.zero_grad(), then loss.backward() (the "
                                   "update needs the grads it fills in), then "
                                   "p.data = p.data - learning_rate * p.grad for every p in "
                                   "model.parameters().")
        for bug, message in _STEP_BUGS.items():
            if all(_close(a, b) for a, b in zip(state, _run_steps(
                    lambda m, f, r, bug=bug: _buggy_training_step(m, f, r, bug))[0][k - 1])):
                return Feedback(False, message)
        frozen = [i for i, (a, b) in enumerate(zip(state, before)) if a == b
                  and not _close(a, expected_states[k - 1][i])]
        if frozen:
            return Feedback(False, f"After step {k}, {len(frozen)} of the {len(state)} parameters "
                                   f"did not move (the first is parameter {frozen[0]} of "
                                   "model.parameters()). Update every parameter.")
        i = next(i for i, (a, b) in enumerate(zip(state, expected_states[k - 1])) if not _close(a, b))
        return Feedback(False, f"After step {k} (learning rate {lr}), parameter {i} of "
                               f"model.parameters() is {shown(state[i])}; it should be "
                               f"{shown(expected_states[k - 1][i])}. One step: "
                               "model.zero_grad(), loss.backward() once, then "
                               "p.data = p.data - learning_rate * p.grad for every parameter, "
                               "with the learning_rate argument.")
    return Feedback(True, "One step: the loss of the current parameters, fresh gradients "
                          "(zero_grad, then backward), and an update of every parameter against "
                          "its gradient. The loop of section 4 calls it 100 times.")


def _step_return_problem(result, expected, k):
    if result is None:
        return Feedback(False, f"training_step returned None at step {k}. End it with "
                               "`return loss.data, accuracy`.")
    if isinstance(result, Value):
        return Feedback(False, "training_step returned the loss Value itself; it should return "
                               "two numbers, the loss's number and the accuracy: "
                               "`return loss.data, accuracy`.")
    try:
        loss, accuracy = result
    except (TypeError, ValueError):
        return Feedback(False, f"training_step returned {type(result).__name__} "
                               f"{result!r}; it should return two numbers: "
                               "`return loss.data, accuracy`.")
    if isinstance(loss, Value):
        return Feedback(False, "training_step returned the loss Value; return its number, "
                               "loss.data: `return loss.data, accuracy`.")
    if (isinstance(loss, (int, float)) and isinstance(accuracy, (int, float))
            and _close(loss, expected[1]) and _close(accuracy, expected[0])):
        return Feedback(False, "training_step returned the accuracy first and the loss second; "
                               "the order is swapped: `return loss.data, accuracy`.")
    loss = as_number(loss)
    if loss is None:
        return Feedback(False, "The first number training_step returns should be the loss, "
                               "a number (loss.data).")
    if not _close(loss, expected[0]):
        return Feedback(False, f"At step {k} training_step returned the loss {shown(loss)}; the "
                               f"loss at the start of the step is {shown(expected[0])}. Return "
                               "the loss that loss_fn gave at the start, before the update.")
    if as_number(accuracy) is None or not _close(as_number(accuracy), expected[1]):
        return Feedback(False, f"At step {k} training_step returned the accuracy {accuracy!r}; "
                               f"it should be {expected[1]!r}, the accuracy loss_fn gave with "
                               "the loss.")
    return None
