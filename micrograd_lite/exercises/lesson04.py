"""Checks for lesson 04, "Gradient descent and the learning rate".

The lesson's losses: L(w) = (w - 3)**2 from w = -1 (gradient 2 (w - 3)), and
the elongated bowl L(w1, w2) = w1**2 + 10 * w2**2 (gradient (2 w1, 20 w2)).

Two exercises ask for code: ``descend`` (the update loop) and ``Momentum``
(an optimizer class). Their checks call the learner's code with
:func:`~micrograd_lite.exercises.learner_code.call_learner_code`, compare what
it does with the worked solution, and name the first step that differs. The
worked solutions are in the package (:func:`worked_descend`, and
:class:`micrograd_lite.train.SGD` for ``Momentum``), so that the lesson's later
cells run before the learner has solved the exercise.
"""

import math
from decimal import Decimal

from ..descent import parabola, run_descent
from ..engine import Value
from ..language import text
from ..train import SGD
from .answers import as_number, check_typed_number, is_close, kind_of, not_code_yet, shown
from .feedback import Feedback
from .learner_code import call_learner_code

__all__ = [
    "check_second_step",
    "check_largest_rate",
    "check_bowl_rate",
    "check_descend",
    "check_momentum",
    "worked_descend",
    "WorkedMomentum",
]


# ----------------------------------------------------------------------
# Numeric exercises
# ----------------------------------------------------------------------
def check_second_step(answer):
    """Exercise: the second update on (w - 3)**2 with learning rate 0.1.

    The first update took w = -1 to w = -0.2 (the lesson shows it). At -0.2
    the gradient is 2 * (-0.2 - 3) = -6.4, so w <- -0.2 - 0.1 * (-6.4) = 0.44.
    """
    step_size = text("lesson04.second_step.step_size")
    return check_typed_number(
        answer,
        what=text("lesson04.second_step.what"),
        target=0.44,
        tol=1e-6,
        right=text("lesson04.second_step.right"),
        mistakes=[
            (-0.84, 1e-6, text("lesson04.second_step.uphill")),
            (-6.4, 1e-6, text("lesson04.second_step.gradient")),
            (0.64, 1e-6, step_size),
            (-0.64, 1e-6, step_size),
            (1.24, 1e-6, text("lesson04.second_step.not_reset")),
            (0.6, 1e-6, text("lesson04.second_step.old_gradient")),
            (-0.36, 1e-6, text("lesson04.second_step.from_start")),
            (-0.2, 1e-6, text("lesson04.second_step.first_update")),
            (-1.0, 1e-6, text("lesson04.second_step.start")),
            (3.0, 1e-6, text("lesson04.second_step.bottom")),
            (10.24, 1e-6, text("lesson04.second_step.loss")),
            (6.4, 1e-6, text("lesson04.second_step.sign")),
        ],
        otherwise=lambda value: text("lesson04.second_step.otherwise", value=shown(value)),
    )


def _factor(lr, slope):
    """``1 - slope * lr`` written exactly from the digits the learner typed."""
    return format((1 - slope * Decimal(shown(lr))).normalize(), "f")


def _say_rate_not_positive(value, bowl):
    if value == 0:
        return text("lesson04.rate.zero")
    if bowl:
        return text("lesson04.rate.negative_bowl", lr=shown(value))
    return text("lesson04.rate.negative_parabola", lr=shown(value))


def _say_parabola_rate(value):
    """What is true about the learning rate ``value`` on (w - 3)**2 (not 1, not 0.5)."""
    if value <= 0:
        return _say_rate_not_positive(value, bowl=False)
    factor = _factor(value, 2)
    if value > 1.0:
        return text("lesson04.largest_rate.diverges", lr=shown(value), factor=factor)
    if is_close(value, 0.1, 1e-6):  # the answer of the other exercise
        return text("lesson04.largest_rate.bowl_answer", lr=shown(value), factor=factor)
    return text("lesson04.largest_rate.bounded", lr=shown(value), factor=factor)


def check_largest_rate(answer):
    """Exercise: the largest learning rate for which descent on (w - 3)**2 does
    not diverge. One update multiplies w - 3 by 1 - 2 * lr; the run stays
    bounded while |1 - 2 * lr| <= 1, i.e. up to lr = 1.
    """
    return check_typed_number(
        answer,
        what=text("lesson04.rate.what"),
        target=1.0,
        tol=1e-12,  # 1.0000001 is above the limit: it diverges, slowly
        right=text("lesson04.largest_rate.right"),
        mistakes=[
            (0.5, 1e-6, text("lesson04.largest_rate.fastest")),
        ],
        otherwise=_say_parabola_rate,
    )


def _say_bowl_rate(value):
    """What is true about the learning rate ``value`` on w1**2 + 10 * w2**2 (not 0.1, 1, 0.05)."""
    if value <= 0:
        return _say_rate_not_positive(value, bowl=True)
    w1, w2 = _factor(value, 2), _factor(value, 20)
    if value < 0.1:
        return text("lesson04.bowl_rate.bounded", lr=shown(value), w1=w1, w2=w2)
    if value <= 1.0:
        return text("lesson04.bowl_rate.w2_diverges", lr=shown(value), w2=w2)
    return text("lesson04.bowl_rate.both_diverge", lr=shown(value), w2=w2)


def check_bowl_rate(answer):
    """Exercise: the largest learning rate for which descent on
    w1**2 + 10 * w2**2 does not diverge. Each coordinate has its own factor,
    1 - 2 * lr for w1 and 1 - 20 * lr for w2; the steep one limits lr to 0.1.
    """
    return check_typed_number(
        answer,
        what=text("lesson04.rate.what"),
        target=0.1,
        tol=1e-12,
        right=text("lesson04.bowl_rate.right"),
        mistakes=[
            (1.0, 1e-6, text("lesson04.bowl_rate.w1_limit")),
            (0.05, 1e-6, text("lesson04.bowl_rate.w2_zero")),
        ],
        otherwise=_say_bowl_rate,
    )


# ----------------------------------------------------------------------
# Coding exercise: the update loop
# ----------------------------------------------------------------------
def worked_descend(loss, start, learning_rate, steps):
    """The worked solution of the ``descend`` exercise: the list of every w visited.

    It is :func:`micrograd_lite.descent.run_descent` without its early stop.
    """
    run = run_descent(loss, start, learning_rate, steps, blowup=math.inf, bound=math.inf)
    return [point[0] for point in run.path]


def _buggy_descend(loss, start, learning_rate, steps, bug):
    """The update loop with one typical bug, to recognise what a learner's path shows."""
    w = Value(start, label="w")
    path = [w.data]
    L = loss(w)  # "built once": the graph of the start, reused at every step
    for _ in range(steps):
        if not bug.startswith("built once"):
            L = loss(w)
        if not bug.endswith("no zero_grad"):
            w.grad = 0.0
        L.backward()
        if bug == "plus":
            w.data = w.data + learning_rate * w.grad
        elif bug == "no learning rate":
            w.data = w.data - w.grad
        elif bug == "loss not gradient":
            w.data = w.data - learning_rate * L.data
        else:
            w.data = w.data - learning_rate * w.grad
        path.append(w.data)
    return path


def _say_descend_bug(bug, call, loss):
    """What the path of a loop with ``bug`` (one of _DESCEND_BUGS) shows."""
    if bug == "plus":
        return text("lesson04.descend.bug.plus", call=call, loss=loss)
    if bug == "no zero_grad":
        return text("lesson04.descend.bug.no_zero_grad", call=call, loss=loss)
    if bug == "no learning rate":
        return text("lesson04.descend.bug.no_learning_rate", call=call, loss=loss)
    if bug.startswith("built once"):
        return text("lesson04.descend.bug.built_once", call=call, loss=loss)
    return text("lesson04.descend.bug.loss_not_gradient", call=call, loss=loss)


_DESCEND_BUGS = ("plus", "no zero_grad", "no learning rate", "built once",
                 "built once, no zero_grad", "loss not gradient")


def _close_paths(a, b, tol=1e-9):
    return len(a) == len(b) and all(
        math.isfinite(x) and abs(x - y) <= tol * max(1.0, abs(y)) for x, y in zip(a, b)
    )


def _read_path(result, steps):
    """The learner's result as a list of floats, or a Feedback saying what is wrong with it."""
    if result is None:
        return Feedback(False, text("lesson04.descend.none"))
    if isinstance(result, (Value, int, float)):
        return Feedback(False, text("lesson04.descend.one_number", kind=kind_of(result),
                                    steps=steps))
    try:
        items = list(result)
    except TypeError:
        return Feedback(False, text("lesson04.descend.not_a_list", kind=kind_of(result)))
    values = [v for v in items if isinstance(v, Value)]
    if len(values) > 1 and len({id(v) for v in values}) < len(values):
        return Feedback(False, text("lesson04.descend.same_value"))
    numbers = [as_number(v) for v in items]
    if any(n is None for n in numbers):
        bad = items[numbers.index(None)]
        return Feedback(False, text("lesson04.descend.not_numbers", kind=kind_of(bad)))
    return numbers


def _first_difference(path, expected):
    k = next(i for i, (x, y) in enumerate(zip(path, expected)) if not _close_paths([x], [y]))
    return k


def _describe_descend_trial(descend, loss, name, start, learning_rate, steps):
    """None if ``descend`` gives the right path on this trial, else a Feedback."""
    call = f"descend(loss, {start}, {learning_rate}, {steps})"
    result, error = call_learner_code(descend, loss, start, learning_rate, steps,
                                      doing=text("lesson04.descend.doing", call=call, loss=name))
    if error is not None:
        return error
    path = _read_path(result, steps)
    if isinstance(path, Feedback):
        return path
    expected = worked_descend(loss, start, learning_rate, steps)
    if _close_paths(path, expected):
        return None
    if len(path) != len(expected):
        if _close_paths(path, expected[1:]):
            return Feedback(False, text("lesson04.descend.no_start", call=call, loss=name,
                                        start=start))
        if _close_paths(path, expected[:-1]):
            return Feedback(False, text("lesson04.descend.one_short", call=call, loss=name,
                                        steps=steps))
        return Feedback(False, text("lesson04.descend.length", call=call, loss=name,
                                    count=len(path), expected=len(expected), steps=steps))
    if not _close_paths(path[:1], expected[:1]):
        return Feedback(False, text("lesson04.descend.wrong_start", call=call, loss=name,
                                    got=shown(path[0]), start=start))
    if all(_close_paths([x], [path[0]]) for x in path):
        return Feedback(False, text("lesson04.descend.never_moves", call=call, loss=name,
                                    start=start))
    for bug in _DESCEND_BUGS:
        if _close_paths(path, _buggy_descend(loss, start, learning_rate, steps, bug)):
            return Feedback(False, _say_descend_bug(bug, call, name))
    k = _first_difference(path, expected)
    return Feedback(False, text("lesson04.descend.wrong_update", call=call, loss=name, step=k,
                                got=shown(path[k]), want=expected[k], previous=expected[k - 1]))


def _quartic(w):
    return (w * w - 2) ** 2


def check_descend(descend):
    """Coding exercise: ``descend(loss, start, learning_rate, steps)`` returns the
    list of every w visited by gradient descent on ``loss`` from ``start``
    (``steps + 1`` numbers). Tried on the lesson's parabola and on a second loss,
    (w*w - 2)**2, so that a loop written for one curve only does not pass.
    """
    problem = not_code_yet(descend, "descend", "function",
                           "descend(loss, start, learning_rate, steps)")
    if problem is not None:
        return problem
    trials = [
        (parabola, "L(w) = (w - 3)**2", -1.0, 0.1, 5),
        (_quartic, "L(w) = (w*w - 2)**2", 0.5, 0.05, 4),
    ]
    for loss, name, start, learning_rate, steps in trials:
        problem = _describe_descend_trial(descend, loss, name, start, learning_rate, steps)
        if problem is not None:
            return problem
    return Feedback(True, text("lesson04.descend.right"))


# ----------------------------------------------------------------------
# Coding exercise: momentum
# ----------------------------------------------------------------------
# The worked solution of the Momentum exercise is the package's optimizer:
# SGD(params, learning_rate, momentum) has zero_grad() and step().
WorkedMomentum = SGD

_MOMENTUM_GRADS = [(1.0, -2.0), (1.0, -2.0), (-0.5, 4.0)]
_MOMENTUM_START = (1.0, -2.0)
_MOMENTUM_LR, _MOMENTUM_M = 0.1, 0.9


def _momentum_paths(bug):
    """Parameter values after each step, for the check's gradients, with one bug."""
    data = list(_MOMENTUM_START)
    velocity = [0.0, 0.0]
    shared = 0.0
    out = []
    for grads in _MOMENTUM_GRADS:
        for i, g in enumerate(grads):
            if bug == "not carried":
                velocity[i] = g
            elif bug == "shared":
                shared = _MOMENTUM_M * shared + g
                velocity[i] = shared
            elif bug == "average":
                velocity[i] = _MOMENTUM_M * velocity[i] + (1 - _MOMENTUM_M) * g
            elif bug == "late":
                data[i] -= _MOMENTUM_LR * velocity[i]
                velocity[i] = _MOMENTUM_M * velocity[i] + g
                continue
            else:
                velocity[i] = _MOMENTUM_M * velocity[i] + g
            if bug == "plus":
                data[i] += _MOMENTUM_LR * velocity[i]
            else:
                data[i] -= _MOMENTUM_LR * velocity[i]
        out.append(tuple(data))
    return out


# The momentum bugs the check recognises, each with what it does wrong (a key of the tables).
_MOMENTUM_BUG_KEYS = {"not carried": "lesson04.momentum.bug.not_carried",
                      "shared": "lesson04.momentum.bug.shared",
                      "average": "lesson04.momentum.bug.average",
                      "late": "lesson04.momentum.bug.late",
                      "plus": "lesson04.momentum.bug.plus"}


def _momentum_describe(Momentum):
    params = [Value(x, label=f"p{i + 1}") for i, x in enumerate(_MOMENTUM_START)]
    optimizer, error = call_learner_code(
        Momentum, params, _MOMENTUM_LR, _MOMENTUM_M,
        doing=text("lesson04.momentum.doing.make", lr=_MOMENTUM_LR, momentum=_MOMENTUM_M),
    )
    if error is not None:
        return error
    for name in ("zero_grad", "step"):
        if not callable(getattr(optimizer, name, None)):
            return Feedback(False, text("lesson04.momentum.no_method", name=name))
    for p in params:
        p.grad = 5.0
    _, error = call_learner_code(optimizer.zero_grad,
                                 doing=text("lesson04.momentum.doing.zero_grad"))
    if error is not None:
        return error
    if any(p.grad != 0.0 for p in params):
        return Feedback(False, text("lesson04.momentum.grad_not_zeroed",
                                    grad=shown(next(p.grad for p in params if p.grad != 0.0))))
    if any(p.data != x for p, x in zip(params, _MOMENTUM_START)):
        return Feedback(False, text("lesson04.momentum.data_changed"))
    expected = _momentum_paths(None)
    got = []
    for k, grads in enumerate(_MOMENTUM_GRADS, start=1):
        if k > 1:  # the lesson's loop: zero_grad(), backward(), step()
            _, error = call_learner_code(optimizer.zero_grad,
                                         doing=text("lesson04.momentum.doing.zero_grad_before",
                                                    step=k))
            if error is not None:
                return error
        for p, g in zip(params, grads):
            p.grad = g
        _, error = call_learner_code(optimizer.step,
                                     doing=text("lesson04.momentum.doing.step", step=k))
        if error is not None:
            return error
        got.append(tuple(p.data for p in params))
    if _close_paths([x for t in got for x in t], [x for t in expected for x in t]):
        return None
    if all(t == _MOMENTUM_START for t in got):
        return Feedback(False, text("lesson04.momentum.nothing_moved"))
    flat = [x for t in got for x in t]
    for bug in _MOMENTUM_BUG_KEYS:
        if _close_paths(flat, [x for t in _momentum_paths(bug) for x in t]):
            return Feedback(False, text(_MOMENTUM_BUG_KEYS[bug]))
    k, i = next((k, i) for k in range(len(got)) for i in range(2)
                if not _close_paths([got[k][i]], [expected[k][i]]))
    grads = ", ".join(f"{g:g}" for g in _MOMENTUM_GRADS[k])
    return Feedback(False, text("lesson04.momentum.wrong_step", start=_MOMENTUM_START,
                                lr=_MOMENTUM_LR, momentum=_MOMENTUM_M, step=k + 1, index=i + 1,
                                got=shown(got[k][i]), want=shown(expected[k][i]), grads=grads))


def check_momentum(Momentum):
    """Coding exercise: a class ``Momentum(params, learning_rate, momentum)`` with
    ``zero_grad()`` and ``step()``: ``v <- momentum * v + grad``, ``p <- p - lr * v``,
    one velocity per parameter, carried from step to step.
    """
    if not isinstance(Momentum, type) and callable(getattr(Momentum, "step", None)):
        return Feedback(False, text("lesson04.momentum.instance", name=type(Momentum).__name__))
    problem = not_code_yet(Momentum, "Momentum", "class")
    if problem is None:
        problem = _momentum_describe(Momentum)
    if problem is not None:
        return problem
    return Feedback(True, text("lesson04.momentum.right"))
