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
from ..train import SGD
from .answers import as_number, check_typed_number, is_close, not_code_yet, shown
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
    step_size = (
        "That is the length of the second step: learning_rate * gradient = 0.1 * (-6.4) "
        "= -0.64. The new w is the old one minus it: -0.2 - (-0.64)."
    )
    return check_typed_number(
        answer,
        what="the value of w after the second update (a number)",
        target=0.44,
        tol=1e-6,
        right="At w = -0.2 the gradient is 2 * (-0.2 - 3) = -6.4, so w = -0.2 - 0.1 * (-6.4) "
              "= 0.44. The step (0.64) is shorter than the first one (0.8): the gradient "
              "shrinks as w nears the bottom at 3.",
        mistakes=[
            (-0.84, 1e-6, "You added learning_rate * gradient, which walks uphill. The rule "
                          "subtracts it: w - 0.1 * (-6.4)."),
            (-6.4, 1e-6, "-6.4 is the gradient 2 * (w - 3) at w = -0.2. Now use it in the "
                         "update w - learning_rate * gradient."),
            (0.64, 1e-6, step_size),
            (-0.64, 1e-6, step_size),
            (1.24, 1e-6, "1.24 is what you get when w.grad is not reset: backward() adds the "
                         "new gradient -6.4 to the old -8, and -0.2 - 0.1 * (-14.4) = 1.24. "
                         "The gradient of the second step is only the one at w = -0.2, -6.4."),
            (0.6, 1e-6, "0.6 reuses the first step's gradient, -8. The gradient must be "
                        "computed again at the new w = -0.2."),
            (-0.36, 1e-6, "You started from w = -1. The second update starts where the first "
                          "one landed, w = -0.2."),
            (-0.2, 1e-6, "-0.2 is w after the first update (the lesson printed it). Make one "
                         "more update from there."),
            (-1.0, 1e-6, "-1 is the starting w, before any update."),
            (3.0, 1e-6, "3 is the bottom of the curve, where w is heading. One step of "
                        "learning rate 0.1 does not get there."),
            (10.24, 1e-6, "10.24 is the loss at w = -0.2, not the new w."),
            (6.4, 1e-6, "6.4 is the size of the gradient, with the wrong sign: 2 * (-0.2 - 3) "
                        "= -6.4. Then update w."),
        ],
        otherwise=lambda value: (
            f"{shown(value)} is not it. Compute the gradient 2 * (w - 3) at w = -0.2, "
            "then w - 0.1 * gradient."
        ),
    )


def _factor(lr, slope):
    """``1 - slope * lr`` written exactly from the digits the learner typed."""
    return format((1 - slope * Decimal(shown(lr))).normalize(), "f")


def _say_rate_not_positive(value, bowl):
    if value == 0:
        return (
            "At lr = 0 nothing moves: every update subtracts 0 * gradient, and w stays "
            "where it started. That does not diverge, but neither does any rate a little "
            "larger. Find the largest rate that still does not diverge."
        )
    factors = "both factors are" if bowl else "the factor 1 - 2 * lr is"
    return (
        f"A negative learning rate (lr = {shown(value)}) adds the gradient: it walks "
        f"uphill, {factors} larger than 1, and the run diverges. Learning rates are "
        "positive; find the largest positive one that does not diverge."
    )


def _say_parabola_rate(value):
    """What is true about the learning rate ``value`` on (w - 3)**2 (not 1, not 0.5)."""
    if value <= 0:
        return _say_rate_not_positive(value, bowl=False)
    factor = _factor(value, 2)
    if value > 1.0:
        return (
            f"At lr = {shown(value)} the factor 1 - 2 * lr is {factor}, below -1: every jump "
            "is longer than the last, and the run diverges. Find the lr where the factor "
            "is exactly -1."
        )
    neighbour = (
        " (0.1 is the answer for the valley of section 3, whose steep direction has "
        "the factor 1 - 20 * lr; here it is 1 - 2 * lr.)" if is_close(value, 0.1, 1e-6) else ""
    )
    return (
        f"At lr = {shown(value)} the factor 1 - 2 * lr is {factor}, between -1 and 1, so "
        "the run does not diverge. But larger rates do not diverge either: find the "
        f"largest lr for which the factor is still between -1 and 1.{neighbour}"
    )


def check_largest_rate(answer):
    """Exercise: the largest learning rate for which descent on (w - 3)**2 does
    not diverge. One update multiplies w - 3 by 1 - 2 * lr; the run stays
    bounded while |1 - 2 * lr| <= 1, i.e. up to lr = 1.
    """
    return check_typed_number(
        answer,
        what="the largest learning rate that does not diverge (a number)",
        target=1.0,
        tol=1e-12,  # 1.0000001 is above the limit: it diverges, slowly
        right="One update multiplies the distance to the bottom by 1 - 2 * lr. For "
              "lr = 1 that factor is -1: w jumps between -1 and 7 forever. Below 1 "
              "the jumps shrink; above 1 they grow, and the run diverges.",
        mistakes=[
            (0.5, 1e-6, "0.5 is the fastest rate: the factor 1 - 2 * lr is 0 and one step "
                        "lands on w = 3. Larger rates jump past the bottom, but the run "
                        "still does not diverge as long as the factor stays between -1 and 1."),
        ],
        otherwise=_say_parabola_rate,
    )


def _say_bowl_rate(value):
    """What is true about the learning rate ``value`` on w1**2 + 10 * w2**2 (not 0.1, 1, 0.05)."""
    if value <= 0:
        return _say_rate_not_positive(value, bowl=True)
    w1, w2 = _factor(value, 2), _factor(value, 20)
    if value < 0.1:
        return (
            f"At lr = {shown(value)} the factors are {w1} for w1 (1 - 2 * lr) and {w2} for w2 "
            "(1 - 20 * lr), both between -1 and 1: the run does not diverge. But larger "
            "rates do not diverge either: find the largest lr for which both factors stay "
            "between -1 and 1."
        )
    w1_fate = (
        "w1's factor is still between -1 and 1, but" if value <= 1.0 else "w1's factor is below -1 too, and"
    )
    return (
        f"At lr = {shown(value)} the w2 factor 1 - 20 * lr is {w2}, below -1: w2 jumps "
        f"further out at every step and the run diverges ({w1_fate} one direction that "
        "diverges is enough). Find the lr where 1 - 20 * lr is exactly -1."
    )


def check_bowl_rate(answer):
    """Exercise: the largest learning rate for which descent on
    w1**2 + 10 * w2**2 does not diverge. Each coordinate has its own factor,
    1 - 2 * lr for w1 and 1 - 20 * lr for w2; the steep one limits lr to 0.1.
    """
    return check_typed_number(
        answer,
        what="the largest learning rate that does not diverge (a number)",
        target=0.1,
        tol=1e-12,
        right="The w2 direction is ten times steeper: its factor 1 - 20 * lr reaches "
              "-1 at lr = 0.1, while the w1 direction would allow up to 1. The "
              "steepest direction sets the limit, and the gentle one then moves slowly.",
        mistakes=[
            (1.0, 1e-6, "1 is the limit for the w1 direction alone (factor 1 - 2 * lr). "
                        "The w2 direction is ten times steeper: its factor is 1 - 20 * lr."),
            (0.05, 1e-6, "0.05 makes the w2 factor 1 - 20 * lr exactly 0 (w2 reaches 0 in "
                         "one step). Larger rates still do not diverge: w2 zig-zags, with "
                         "shrinking jumps, until the factor reaches -1."),
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
    for _ in range(steps):
        L = loss(w)
        if bug != "no zero_grad":
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


_DESCEND_BUGS = {
    "plus": "Your w walks uphill: the loss grows at every step. The update subtracts the "
            "step: w.data = w.data - learning_rate * w.grad (yours adds it).",
    "no zero_grad": "Your first step is right and the later ones are too long: w.grad still "
                    "holds the gradients of the earlier steps, because backward() adds to "
                    ".grad. Set w.grad = 0.0 before each L.backward().",
    "no learning rate": "Your steps are whole gradients: multiply the gradient by "
                        "learning_rate in the update.",
    "loss not gradient": "Your steps use the loss L.data instead of its gradient w.grad.",
}


def _close_paths(a, b, tol=1e-9):
    return len(a) == len(b) and all(
        math.isfinite(x) and abs(x - y) <= tol * max(1.0, abs(y)) for x, y in zip(a, b)
    )


def _read_path(result, steps):
    """The learner's result as a list of floats, or a Feedback saying what is wrong with it."""
    if result is None:
        return Feedback(False, "Your descend returned None. End it with `return path`, the "
                               "list of every w it visited.")
    if isinstance(result, (Value, int, float)):
        return Feedback(False, f"Your descend returned one number ({type(result).__name__}), "
                               f"not a list. Return the list of every w: the start and the w "
                               f"after each of the {steps} updates.")
    try:
        items = list(result)
    except TypeError:
        return Feedback(False, f"Your descend returned a {type(result).__name__}; it should "
                               "return a list of numbers.")
    values = [v for v in items if isinstance(v, Value)]
    if len(values) > 1 and len({id(v) for v in values}) < len(values):
        return Feedback(False, "Your list holds the same Value object more than once, so every "
                               "entry shows the last w. Append the number w.data, not the "
                               "Value w.")
    numbers = [as_number(v) for v in items]
    if any(n is None for n in numbers):
        bad = items[numbers.index(None)]
        return Feedback(False, f"Your list holds a {type(bad).__name__}; it should hold numbers "
                               "(w.data after each update).")
    return numbers


def _first_difference(path, expected):
    k = next(i for i, (x, y) in enumerate(zip(path, expected)) if not _close_paths([x], [y]))
    return k


def _describe_descend_trial(descend, loss, name, start, learning_rate, steps):
    """None if ``descend`` gives the right path on this trial, else a Feedback."""
    call = f"descend(loss, {start}, {learning_rate}, {steps}) on {name}"
    result, error = call_learner_code(descend, loss, start, learning_rate, steps,
                                      doing=f"running {call}")
    if error is not None:
        return error
    path = _read_path(result, steps)
    if isinstance(path, Feedback):
        return path
    expected = worked_descend(loss, start, learning_rate, steps)
    if _close_paths(path, expected):
        return None
    where = f"With {call}"
    if len(path) != len(expected):
        if _close_paths(path, expected[1:]):
            return Feedback(False, f"{where}, your list leaves out the start: put w = {start} "
                                   "first, then the w after each update.")
        if _close_paths(path, expected[:-1]):
            return Feedback(False, f"{where}, your list stops one update short: make all "
                                   f"{steps} updates (range(steps)), appending w after each.")
        return Feedback(False, f"{where}, your list has {len(path)} numbers; it should have "
                               f"{len(expected)}: the start and the w after each of the "
                               f"{steps} updates.")
    if not _close_paths(path[:1], expected[:1]):
        return Feedback(False, f"{where}, your list starts at {shown(path[0])}; it should start "
                               f"at the start, w = {start}.")
    if all(_close_paths([x], [path[0]]) for x in path):
        return Feedback(False, f"{where}, w never moves from {start}. Update w.data after "
                               "L.backward(), with the gradient w.grad (reset w.grad before "
                               "backward(), not between backward() and the update).")
    for bug, message in _DESCEND_BUGS.items():
        if _close_paths(path, _buggy_descend(loss, start, learning_rate, steps, bug)):
            return Feedback(False, f"{where}: {message}")
    k = _first_difference(path, expected)
    return Feedback(False, f"{where}, your w after update {k} is {shown(path[k])}; it should be "
                           f"{expected[k]:.6g} (from w = {expected[k - 1]:.6g}). Check "
                           "that update: build the loss from the current w, reset w.grad, "
                           "backward(), then w.data - learning_rate * w.grad, with the "
                           "learning_rate argument (not a number of your own).")


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
    return Feedback(True, "Your loop follows the update rule: from w = -1 with learning rate "
                          "0.1 it visits -0.2, 0.44, ... on (w - 3)**2, and it works on other "
                          "losses too. Resetting w.grad each step matters: backward() adds "
                          "to .grad.")


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


_MOMENTUM_BUGS = {
    "not carried": "Your step is plain gradient descent: the velocity starts again from the "
                   "gradient at every step (if your step() keeps velocities, check that "
                   "zero_grad() does not reset them: it should only set each p.grad to 0.0; "
                   "the velocities carry on from step to step). Keep one velocity per "
                   "parameter in self (a list made in __init__, all 0.0) and update it in "
                   "step(): v = momentum * v + grad.",
    "shared": "Your parameters share one velocity. Each parameter needs its own: a list with "
              "one velocity per parameter, made in __init__.",
    "average": "Your velocity is momentum * v + (1 - momentum) * grad, an average. The "
               "lesson's rule adds the whole gradient: v = momentum * v + grad.",
    "late": "Your step moves each parameter with the old velocity and updates the velocity "
            "afterwards. Update the velocity first, then p.data -= learning_rate * v.",
    "plus": "Your parameters move with the velocity, uphill. The update subtracts: "
            "p.data -= learning_rate * v.",
}


def _momentum_describe(Momentum):
    params = [Value(x, label=f"p{i + 1}") for i, x in enumerate(_MOMENTUM_START)]
    optimizer, error = call_learner_code(
        Momentum, params, _MOMENTUM_LR, _MOMENTUM_M,
        doing=f"making Momentum(params, {_MOMENTUM_LR}, {_MOMENTUM_M}) for two parameters",
    )
    if error is not None:
        return error
    for name in ("zero_grad", "step"):
        if not callable(getattr(optimizer, name, None)):
            return Feedback(False, f"Your Momentum has no method {name}(). Define "
                                   f"`def {name}(self):` inside the class.")
    for p in params:
        p.grad = 5.0
    _, error = call_learner_code(optimizer.zero_grad, doing="calling zero_grad()")
    if error is not None:
        return error
    if any(p.grad != 0.0 for p in params):
        return Feedback(False, "After zero_grad() a parameter's grad is still "
                               f"{shown(next(p.grad for p in params if p.grad != 0.0))}. "
                               "zero_grad() sets p.grad = 0.0 for every parameter.")
    if any(p.data != x for p, x in zip(params, _MOMENTUM_START)):
        return Feedback(False, "zero_grad() changed a parameter's data. It should only set "
                               "each p.grad to 0.0.")
    expected = _momentum_paths(None)
    got = []
    for k, grads in enumerate(_MOMENTUM_GRADS, start=1):
        if k > 1:  # the lesson's loop: zero_grad(), backward(), step()
            _, error = call_learner_code(optimizer.zero_grad,
                                         doing=f"calling zero_grad() before step {k}")
            if error is not None:
                return error
        for p, g in zip(params, grads):
            p.grad = g
        _, error = call_learner_code(optimizer.step, doing=f"calling step() (step {k} of 3)")
        if error is not None:
            return error
        got.append(tuple(p.data for p in params))
    if _close_paths([x for t in got for x in t], [x for t in expected for x in t]):
        return None
    if all(t == _MOMENTUM_START for t in got):
        return Feedback(False, "The check set the grads and called step() three times, and no "
                               "parameter moved. step() should change each p.data: "
                               "v = momentum * v + grad, then p.data -= learning_rate * v.")
    flat = [x for t in got for x in t]
    for bug, message in _MOMENTUM_BUGS.items():
        if _close_paths(flat, [x for t in _momentum_paths(bug) for x in t]):
            return Feedback(False, message)
    k, i = next((k, i) for k in range(len(got)) for i in range(2)
                if not _close_paths([got[k][i]], [expected[k][i]]))
    grads = ", ".join(f"{g:g}" for g in _MOMENTUM_GRADS[k])
    return Feedback(False, f"Two parameters start at {_MOMENTUM_START} with learning rate "
                           f"{_MOMENTUM_LR} and momentum {_MOMENTUM_M}; the check sets their "
                           "grads and calls step() three times. After step {0}, parameter "
                           "p{1} is {2}; it should be {3} (the grads of step {0} were {4}). "
                           "The rule: v = momentum * v + grad, then p.data -= learning_rate * v."
                    .format(k + 1, i + 1, shown(got[k][i]), shown(expected[k][i]), grads))


def check_momentum(Momentum):
    """Coding exercise: a class ``Momentum(params, learning_rate, momentum)`` with
    ``zero_grad()`` and ``step()``: ``v <- momentum * v + grad``, ``p <- p - lr * v``,
    one velocity per parameter, carried from step to step.
    """
    if not isinstance(Momentum, type) and callable(getattr(Momentum, "step", None)):
        return Feedback(False, f"This is an object made from your class {type(Momentum).__name__}, "
                               "not the class itself. Pass the class: check_momentum(Momentum), "
                               "without calling it.")
    problem = not_code_yet(Momentum, "Momentum", "class")
    if problem is None:
        problem = _momentum_describe(Momentum)
    if problem is not None:
        return problem
    return Feedback(True, "Each parameter keeps its own velocity from step to step: "
                          "v = momentum * v + grad, then p.data -= learning_rate * v. With "
                          "steady gradients the steps grow (0.1, then 0.19, ...); when the "
                          "gradient turns round, the velocity slows the turn down.")
