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

``descend`` is tried on losses of several shapes, from several starts, and
called once more at the end; ``Momentum`` is tried alone and then as two
optimizers side by side. A cause is named only when the learner's numbers are
exactly those of that mistake; otherwise the message says where the numbers
first differ and lists the candidate causes.
"""

import collections.abc
import math
from decimal import Decimal, localcontext

from ..descent import parabola, run_descent
from ..engine import Value
from ..language import text, text_count
from ..train import SGD
from .answers import (as_number, check_typed_number, is_close, kind_of, listed, not_code_yet,
                      one_rate, shown, shown_beside)
from .comparing import changed_since, class_snapshot, differing, instance_attributes
from .feedback import Feedback
from .learner_code import (call_learner_code, counting_calls, reads_answer_in_time,
                           watches_kept_state)

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
@reads_answer_in_time
def check_second_step(answer):
    """Exercise: the second update on (w - 3)**2 with learning rate 0.1.

    The first update took w = -1 to w = -0.2 (the lesson shows it). At -0.2
    the gradient is 2 * (-0.2 - 3) = -6.4, so w <- -0.2 - 0.1 * (-6.4) = 0.44.
    """
    return check_typed_number(
        answer,
        what=text("lesson04.second_step.what"),
        target=0.44,
        tol=1e-6,
        value_means="data",
        name="w",
        right=text("lesson04.second_step.right"),
        mistakes=[
            (-0.84, 1e-6, text("lesson04.second_step.uphill")),
            (-6.4, 1e-6, text("lesson04.second_step.gradient")),
            (0.64, 1e-6, text("lesson04.second_step.step_length")),
            (-0.64, 1e-6, text("lesson04.second_step.step")),
            (1.24, 1e-6, text("lesson04.second_step.not_reset")),
            (0.6, 1e-6, text("lesson04.second_step.old_gradient")),
            (-0.36, 1e-6, text("lesson04.second_step.from_start")),
            (-0.2, 1e-6, text("lesson04.second_step.first_update")),
            (-1.0, 1e-6, text("lesson04.second_step.start")),
            (3.0, 1e-6, text("lesson04.second_step.bottom")),
            (10.24, 1e-6, text("lesson04.second_step.loss")),
            (6.4, 1e-6, text("lesson04.second_step.sign")),
            (6.2, 1e-6, text("lesson04.second_step.no_rate")),  # -0.2 - (-6.4)
            # half the step: the gradient taken as w - 3 (its factor 2 left out), or lr 0.05
            (0.12, 1e-6, text("lesson04.second_step.half_step")),
            (-0.24, 1e-6, text("lesson04.second_step.half_steps_from_start")),
            (6.5536, 1e-6, text("lesson04.second_step.loss_after")),  # (0.44 - 3) ** 2
            (0.952, 1e-6, text("lesson04.second_step.third")),
            (-2.76, 1e-6, text("lesson04.second_step.uphill_twice")),
            (0.8, 1e-6, text("lesson04.second_step.first_length")),
        ],
        otherwise=lambda value: text("lesson04.second_step.otherwise", value=shown_beside(value, 0.44)),
    )


def _in_words(number, beside=None):
    """``number`` for a message, an infinity in words (not Python's ``inf``); with
    digits enough to tell it from ``beside`` (0.999999999999 is never written 1)."""
    if math.isinf(number):
        return text(_INFINITY_KEYS[number < 0])
    return shown(number) if beside is None else shown_beside(number, beside)


_INFINITY_KEYS = {False: "lesson04.infinity", True: "lesson04.minus_infinity"}


def _factor(lr, slope, beside):
    """``1 - slope * lr`` for a message that writes ``lr`` as beside the answer ``beside``:
    exactly when lr is written exactly (in powers of ten when it is too long to read, an
    infinity in words), else to as many significant digits as lr is written with."""
    if math.isinf(lr):
        return _in_words(-lr)
    said = Decimal(_in_words(lr, beside))
    if said != Decimal(repr(lr)):  # lr shown rounded (1/11 as 0.09091): its factors to as many digits
        return format(1 - slope * lr, f".{max(4, len(said.normalize().as_tuple().digits))}g")
    factor = (1 - slope * said).normalize()
    if abs(factor.adjusted()) < 16:
        return format(factor, "f")
    with localcontext() as context:  # 1e300 is written -2e+300, not with 300 zeros
        context.prec = 6
        return format((+factor).normalize(), "g")


def _say_rate_not_positive(value, bowl):
    """What is true about a learning rate that is 0, negative or not a number."""
    if math.isnan(value):  # every comparison with nan is False: it is neither side of a limit
        return text("lesson04.rate.nan")
    if value == 0:
        return text("lesson04.rate.zero")
    if bowl:
        return text("lesson04.rate.negative_bowl", lr=_in_words(value))
    return text("lesson04.rate.negative_parabola", lr=_in_words(value))


def _say_parabola_rate(value):
    """What is true about the learning rate ``value`` on (w - 3)**2 (not 1, not 0.5)."""
    if not value > 0:
        return _say_rate_not_positive(value, bowl=False)
    lr, factor = _in_words(value, 1.0), _factor(value, 2, 1.0)
    if value > 1.0:
        return text("lesson04.largest_rate.diverges", lr=lr, factor=factor)
    return text("lesson04.largest_rate.bounded", lr=lr, factor=factor)


@reads_answer_in_time
def check_largest_rate(answer):
    """Exercise: the largest learning rate for which descent on (w - 3)**2 does
    not diverge. One update multiplies w - 3 by 1 - 2 * lr; the run stays
    bounded while |1 - 2 * lr| <= 1, i.e. up to lr = 1.
    """
    return check_typed_number(
        answer,
        what=text("lesson04.rate.what"),
        target=1.0,
        # the largest: just below it is not, and 1.0000001 diverges, slowly; a float's
        # rounding of 1 (0.1 * 3 / 0.3) is 1
        tol=1e-15,
        right=text("lesson04.largest_rate.right"),
        mistakes=[
            (0.5, 1e-6, text("lesson04.largest_rate.fastest")),
        ],
        otherwise=_say_parabola_rate,
    )


def _say_bowl_rate(value):
    """What is true about the learning rate ``value`` on w1**2 + 10 * w2**2 (not 0.1, 1, 0.05)."""
    if not value > 0:
        return _say_rate_not_positive(value, bowl=True)
    lr, w1, w2 = _in_words(value, 0.1), _factor(value, 2, 0.1), _factor(value, 20, 0.1)
    if value < 0.1:
        return text("lesson04.bowl_rate.bounded", lr=lr, w1=w1, w2=w2)
    if value <= 1.0:
        return text("lesson04.bowl_rate.w2_diverges", lr=lr, w2=w2)
    return text("lesson04.bowl_rate.both_diverge", lr=lr, w2=w2)


@reads_answer_in_time
def check_bowl_rate(answer):
    """Exercise: the largest learning rate for which descent on
    w1**2 + 10 * w2**2 does not diverge. Each coordinate has its own factor,
    1 - 2 * lr for w1 and 1 - 20 * lr for w2; the steep one limits lr to 0.1.
    """
    return check_typed_number(
        answer,
        what=text("lesson04.rate.what"),
        target=0.1,
        tol=1e-15,  # as for the parabola: the limit itself, up to a float's rounding (0.3 - 0.2)
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
        if bug == "restarts":  # w = Value(start) inside the loop: every step from the start
            w = Value(start, label="w")
        if not bug.startswith("built once"):
            L = loss(w)
        if bug == "reset to one":
            w.grad = 1.0
        elif not bug.endswith("no zero_grad"):
            w.grad = 0.0
        L.backward()
        if bug == "plus":
            w.data = w.data + learning_rate * w.grad
        elif bug == "size":
            w.data = w.data - learning_rate * abs(w.grad)
        elif bug == "no learning rate":
            w.data = w.data - w.grad
        elif bug == "loss not gradient":
            w.data = w.data - learning_rate * L.data
        elif bug == "step alone":  # = where -= belongs: the old w left out
            w.data = -learning_rate * w.grad
        elif bug == "assigned":  # = where -= belongs, the minus dropped with it
            w.data = learning_rate * w.grad
        elif bug == "from start":  # the step taken from the start, not from w
            w.data = start - learning_rate * w.grad
        else:
            w.data = w.data - learning_rate * w.grad
        path.append(w.data)
    return path


# how many times backward() (or the update line) written again is named as a candidate
# for a rate that many times the one asked for
_MOST_REPEATS = 4


def _say_descend_bug(bug, call, loss):
    """What the path of a loop with ``bug`` (one of _DESCEND_BUGS) shows."""
    if bug == "plus":
        return text("lesson04.descend.bug.plus", call=call, loss=loss)
    if bug == "plus or size":
        return text("lesson04.descend.bug.plus_or_size", call=call, loss=loss)
    if bug == "no zero_grad":
        return text("lesson04.descend.bug.no_zero_grad", call=call, loss=loss)
    if bug == "no learning rate":
        return text("lesson04.descend.bug.no_learning_rate", call=call, loss=loss)
    if bug.startswith("built once"):
        return text("lesson04.descend.bug.built_once", call=call, loss=loss)
    if bug == "reset to one":
        return text("lesson04.descend.bug.reset_to_one", call=call, loss=loss)
    if bug == "step alone":
        return text("lesson04.descend.bug.step_alone", call=call, loss=loss)
    if bug == "assigned":
        return text("lesson04.descend.bug.assigned", call=call, loss=loss)
    if bug == "restarts":
        return text("lesson04.descend.bug.restarts", call=call, loss=loss)
    if bug == "from start":
        return text("lesson04.descend.bug.from_start", call=call, loss=loss)
    return text("lesson04.descend.bug.loss_not_gradient", call=call, loss=loss)


_DESCEND_BUGS = ("plus", "no zero_grad", "no learning rate", "built once",
                 "built once, no zero_grad", "loss not gradient", "reset to one", "step alone",
                 "assigned", "restarts", "from start")


def _close_paths(a, b, tol=1e-9):
    return len(a) == len(b) and all(
        math.isfinite(x) and abs(x - y) <= tol * max(1.0, abs(y)) for x, y in zip(a, b)
    )


def _read_path(result):
    """The learner's result as a list of floats, or a Feedback saying what is wrong with it."""
    if result is None:
        return Feedback(False, text("lesson04.descend.none"))
    if isinstance(result, (Value, int, float)):
        return Feedback(False, text("lesson04.descend.one_number", kind=kind_of(result)))
    if not (hasattr(result, "__len__") and hasattr(result, "__getitem__")):
        # a generator too: the lesson reads path[step] and len(path) of what descend returns
        return Feedback(False, text("lesson04.descend.not_a_list", kind=kind_of(result)))
    # a sequence of the learner's own making is read under the time limit too
    items, error = call_learner_code(list, result, doing=text("lesson04.descend.doing_list"))
    if error is not None:
        return error
    values = [v for v in items if isinstance(v, Value)]
    if len(values) > 1 and len({id(v) for v in values}) < len(values):
        return Feedback(False, text("lesson04.descend.same_value"))
    numbers = [as_number(v) for v in items]
    if any(n is None for n in numbers):
        bad = items[numbers.index(None)]
        return Feedback(False, text("lesson04.descend.not_numbers", kind=kind_of(bad)))
    return numbers


def _first_difference(path, expected):
    return next(i for i, (x, y) in enumerate(zip(path, expected)) if not _close_paths([x], [y]))


def _flat(w):
    """A loss whose gradient is tiny (1e-7 at the start, then smaller) but never 0."""
    return 1e-8 * (w - 5) ** 2


def _quartic(w):
    return (w * w - 2) ** 2


# Two losses of one name, as any two lambdas have (and two functions both called loss).
_SAME_NAME = (lambda w: (w + 2) ** 2, lambda w: (w - 1) ** 4)

# (loss, its name in messages, start, learning_rate, steps): the lesson's example
# first; then other shapes (two minima at -1.41 and 1.41), a gradient so small
# that a loop which stops "once the gradient is small" stops at once, other
# starts, rates and numbers of steps, a single step, no step at all, a run that
# never settles (lr = 1 swings between 1 and 5): a loop that goes on until the
# gradient is small never ends there; a long run (60 updates: a loop with a cap of
# its own, or a fixed number of updates cut to size, does not make them); and a run that runs away (lr = 1.5 doubles
# w - 3 at every update, to about 1e7, the gradient larger at each update than any
# gradient before): a loop that stops, clips the gradient or drops a w once the
# numbers grow large does not return them.
_DESCEND_TRIALS = [
    (parabola, "L(w) = (w - 3)**2", -1.0, 0.1, 5),
    (_quartic, "L(w) = (w*w - 2)**2", 0.5, 0.05, 4),
    (_flat, "L(w) = 1e-8 * (w - 5)**2", 0.0, 1e7, 12),
    (_quartic, "L(w) = (w*w - 2)**2", -2.0, 0.01, 25),
    (parabola, "L(w) = (w - 3)**2", 10.0, 0.9, 1),
    (parabola, "L(w) = (w - 3)**2", 2.0, 0.3, 0),
    (parabola, "L(w) = (w - 3)**2", 1.0, 1.0, 6),
    (parabola, "L(w) = (w - 3)**2", 5.0, 0.5, 4),  # lands on the minimum: the gradient is then 0
    (parabola, "L(w) = (w - 3)**2", 6.0, 0.02, 60),
    (parabola, "L(w) = (w - 3)**2", -7.0, 1.5, 20),
    # a start neither whole nor a half (a loop that rounds it does not pass), on a loss that
    # shares its name with another tried last (_SAME_NAME_TRIAL)
    (_SAME_NAME[0], "L(w) = (w + 2)**2", -1.37, 0.02, 6),
]
# Last, after the first call again: another loss with the example's start, rate and
# steps. A loop that keeps its results by those numbers alone returns the example's
# path here, once the trials above have shown that it uses the loss it is given.
_ANOTHER_LOSS_TRIAL = (_quartic, "L(w) = (w*w - 2)**2", -1.0, 0.1, 5)
# Then the other loss of one name with the start, rate and steps of the first: a loop
# that keeps its results by the loss's name (and those numbers) returns the first one's path.
_SAME_NAME_TRIAL = (_SAME_NAME[1], "L(w) = (w - 1)**4", -1.37, 0.02, 6)
# Then a rate of many digits, all of which count (a loop that rounds the rate does not pass).
_MANY_DIGITS_TRIAL = (parabola, "L(w) = (w - 3)**2", -1.0, 0.0012345, 3)
# And many steps, more than the lesson's 100 (a loop capped at some count does not pass), on
# a loss other than the example's (a loop that turns to the example's after some steps does
# not pass either).
_MANY_STEPS_TRIAL = (_SAME_NAME[0], "L(w) = (w + 2)**2", 8.0, 0.01, 150)
# And a rate below the lesson's smallest, 0.001, from a start beyond ±10 (a loop that raises
# small rates, or is right only for starts near 0, does not pass).
_TINY_RATE_TRIAL = (_quartic, "L(w) = (w*w - 2)**2", -12.5, 0.0004, 3)
# And a start far beyond the others (a start held within some bound, ±100 say, shows).
_FAR_START_TRIAL = (_SAME_NAME[0], "L(w) = (w + 2)**2", 250.5, 0.1, 3)
# And a start, a rate and a number of steps between those tried above (1 < start < 2.5,
# 0.2 < rate < 0.5, 7 to 19 steps: a loop wrong only there does not pass).
_BETWEEN_TRIAL = (parabola, "L(w) = (w - 3)**2", 1.7, 0.35, 8)
# And the lesson's own call after the exercise (cell "walk(parabola, -1.0, 0.1, 30)"): code
# written apart for 30 steps would print another w there than the text says.
_LESSON_CALL_TRIAL = (parabola, "L(w) = (w - 3)**2", -1.0, 0.1, 30)
_LAST_TRIALS = (_ANOTHER_LOSS_TRIAL, _SAME_NAME_TRIAL, _MANY_DIGITS_TRIAL, _MANY_STEPS_TRIAL,
                _TINY_RATE_TRIAL, _FAR_START_TRIAL, _BETWEEN_TRIAL, _LESSON_CALL_TRIAL)


class _Trial:
    """One call of the learner's descend and what the worked solution does there."""

    def __init__(self, loss, name, start, learning_rate, steps):
        self.loss, self.name = loss, name
        self.start, self.learning_rate, self.steps = start, learning_rate, steps
        self.call = f"descend(loss, {start!r}, {learning_rate!r}, {steps})"
        run = run_descent(loss, start, learning_rate, steps, blowup=math.inf, bound=math.inf)
        self.expected = [point[0] for point in run.path]
        self.slopes = [g[0] for g in run.grads]  # dL/dw at each w of the path
        self.grads = [abs(g) for g in self.slopes]

    def run(self, descend):
        """The learner's path as a list of floats, or a Feedback."""
        result = self.returned(descend)
        return result if isinstance(result, Feedback) else _read_path(result)

    def returned(self, descend):
        """What the learner's descend returns here, as it is, or a Feedback."""
        result, error = call_learner_code(
            descend, self.loss, self.start, self.learning_rate, self.steps,
            doing=text("lesson04.descend.doing", call=self.call, loss=self.name))
        return result if error is None else error

    @property
    def names(self):
        """The call and the loss, as every message about this trial names them."""
        return {"call": self.call, "loss": self.name}

    def same_call_on_another_loss(self, other):
        return (self.loss is not other.loss
                and (self.start, self.learning_rate, self.steps)
                == (other.start, other.learning_rate, other.steps))


def _stopped_early(path, trial, earlier):
    """``(updates made, why)`` when ``path`` stops (or stands still) where only a test
    on the size of the gradient, w or the loss explains it, else None. ``why`` is
    "zero" when the gradient at the stop is exactly 0 (w is at the bottom), "small"
    when it is smaller than every gradient the loop
    went on from, in the earlier calls and in this one, "large" when it is larger
    than all of them (a loop that stops once the path runs away).

    Certain only when the earlier calls made more updates than this one did, so
    that no cap on the number of updates stopped it.
    """
    if not earlier:
        return None
    expected = trial.expected
    for done in range(min(trial.steps, max(t.steps for t in earlier))):
        stopped = expected[:done + 1]
        standing = stopped + [expected[done]] * (trial.steps - done)
        if _close_paths(path, stopped) or _close_paths(path, standing):
            went_on_from = [*(g for t in earlier for g in t.grads[:-1]), *trial.grads[:done]]
            if trial.grads[done] == 0.0:
                return done, "zero"
            if trial.grads[done] < min(went_on_from):
                return done, "small"
            if trial.grads[done] > max(went_on_from):
                return done, "large"
            return None
    # past every earlier call (the last update alone missing is said apart: one_short_repeated)
    for done in range(max(t.steps for t in earlier), trial.steps - 1):
        standing = expected[:done + 1] + [expected[done]] * (trial.steps - done)
        if _close_paths(path, standing):  # (a shorter list is told its length)
            return done, "count"
    return None


def _rate_used(path, trial):
    """The learning rate the learner's steps show, when a rate of its own (not the
    argument) explains the whole path of two steps or more (one step is explained by any
    rate: a final w wrong for another cause too); else None."""
    if len(path) < 3 or trial.grads[0] == 0.0:
        return None
    gradient = (trial.expected[0] - trial.expected[1]) / trial.learning_rate
    used = (path[0] - path[1]) / gradient
    if not math.isfinite(used) or used <= 0 or _close_paths([used], [trial.learning_rate]):
        return None
    if _close_paths(path, worked_descend(trial.loss, trial.start, used, trial.steps)):
        return used
    return None


def _describe_length(path, trial, earlier):
    expected = trial.expected
    if _close_paths(path, [x for t in earlier for x in t.expected] + expected):
        return Feedback(False, text("lesson04.descend.keeps_earlier", **trial.names))
    if _close_paths(path, expected[1:]):
        return Feedback(False, text("lesson04.descend.no_start", **trial.names, start=trial.start))
    if _close_paths(path, expected[:-1]):
        return Feedback(False, text_count("lesson04.descend.one_short", trial.steps,
                                          **trial.names))
    return Feedback(False, text_count("lesson04.descend.length", len(path), **trial.names,
                                      expected=len(expected)))


def _describe_wrong_path(path, trial, earlier, first_again=lambda: None):
    """The Feedback for a path that is not the worked one: its cause when the path
    shows it for certain, else where it first differs and the candidate causes (unless
    ``first_again`` finds the first call wrong now: state kept from call to call)."""
    stop = _stopped_early(path, trial, earlier)
    if stop is not None and stop[0] == 0 and len(path) == len(trial.expected):
        stop = None  # every w given and none moved: said below (w never moves)
    if stop is not None:
        done, why = stop
        return Feedback(False, text_count(
            _STOP_KEYS[why], trial.steps, **trial.names, done=done,
            done_said=text(_DONE_KEYS[done > 0], done=done),
            w=f"{trial.expected[done]:.6g}", grad=f"{trial.grads[done]:.2g}"))
    if len(path) != len(trial.expected):
        return _describe_length(path, trial, earlier)
    if trial.steps > 1 and _close_paths(path, trial.expected[:-1] + trial.expected[-2:-1]):
        return Feedback(False, text("lesson04.descend.one_short_repeated", **trial.names,
                                    count=trial.steps))
    if not _close_paths(path[:1], trial.expected[:1]):
        if trial.steps > 1 and _close_paths(path, trial.expected[-1:] * len(path)):
            return Feedback(False, text("lesson04.descend.every_entry_the_last", **trial.names,
                                        got=shown(path[0])))
        if earlier and _close_paths(path[:1], earlier[-1].expected[-1:]):
            return Feedback(False, text("lesson04.descend.starts_where_last_ended", **trial.names,
                                        got=shown(path[0]), start=trial.start))
        return Feedback(False, text("lesson04.descend.wrong_start", **trial.names,
                                    got=shown(path[0]), start=trial.start))
    if all(_close_paths([x], [path[0]]) for x in path):
        if earlier:  # the loop moved w in the calls before: what differs is this call's numbers
            rounded = (text("lesson04.descend.rate_rounded", lr=trial.learning_rate)
                       if round(trial.learning_rate) == 0 else "")  # (round(1.0) is 1, not 0)
            return Feedback(False, text("lesson04.descend.never_moves_here", **trial.names,
                                        start=trial.start, rounded=rounded, steps=trial.steps,
                                        grad=f"{trial.slopes[0]:.2g}"))
        return Feedback(False, text("lesson04.descend.never_moves", **trial.names,
                                    start=trial.start))
    if _close_paths(path, trial.expected[:1] + trial.expected[:-1]):
        return Feedback(False, text("lesson04.descend.appends_before_update", **trial.names))
    remembered = _remembered_call(path, trial, earlier)
    if remembered is not None:
        message = text(_REMEMBERED_KEYS[remembered is earlier[0]], **trial.names,
                       other=remembered.name)
        if remembered.loss.__name__ == trial.loss.__name__:  # a key of the loss's name: the same
            message += text("lesson04.descend.remembers_same_name", name=trial.loss.__name__)
        return Feedback(False, message)
    args = (trial.loss, trial.start, trial.learning_rate, trial.steps)
    for bug in _DESCEND_BUGS:
        if _close_paths(path, _buggy_descend(*args, bug)):
            if bug == "plus" and _close_paths(path, _buggy_descend(*args, "size")):
                bug = "plus or size"  # every gradient of the path negative: the two walk alike
            return Feedback(False, _say_descend_bug(bug, trial.call, trial.name))
    if _close_paths(path, [trial.start - k * trial.learning_rate  # L.grad (= 1) for w.grad
                           for k in range(trial.steps + 1)]):
        return Feedback(False, text("lesson04.descend.grad_of_L", **trial.names,
                                    lr=trial.learning_rate))
    # another number of each step in w's place: its loss (before the update or after it),
    # its gradient, or its step learning_rate * w.grad
    losses = [trial.loss(Value(w)).data for w in trial.expected]
    slopes = trial.slopes[:-1]
    for kind, numbers in (("loss", losses[:-1]), ("loss", losses[1:]), ("grad", slopes),
                          ("step", [trial.learning_rate * g for g in slopes]),
                          ("step", [-trial.learning_rate * g for g in slopes]),
                          ("moved", [w - trial.start for w in trial.expected[1:]])):
        if _close_paths(path[1:], numbers) and not _close_paths(path[1:], trial.expected[1:]):
            return Feedback(False, text(_APPENDED_KEYS[kind], **trial.names))
    from_zero = worked_descend(trial.loss, 0.0, trial.learning_rate, 1)[1]
    steps = range(1, trial.steps + 1)  # w.data = 0.0 each step, with w.grad reset or not
    if trial.start != 0.0 and (_close_paths(path[1:], [from_zero for _ in steps])
                               or _close_paths(path[1:], [k * from_zero for k in steps])):
        return Feedback(False, text("lesson04.descend.steps_from_zero", **trial.names,
                                    w=shown(from_zero)))
    # (a path that is descent on this trial's loss too, with a rate of its own, is that: a
    # few small steps on any parabola look alike)
    lesson_rate = _lesson_loss_rate(path, trial) if _rate_used(path, trial) is None else None
    if lesson_rate is not None:
        message = text("lesson04.descend.lesson_loss", **trial.names)
        if not math.isclose(lesson_rate, trial.learning_rate, rel_tol=1e-9):
            message += text("lesson04.descend.lesson_loss_rate", used=f"{lesson_rate:.6g}",
                            lr=trial.learning_rate)
        return Feedback(False, message)
    if _close_paths(path, trial.expected, tol=_NEARLY):
        return Feedback(False, text("lesson04.descend.nearly", said=_first_wrong_update(path, trial)))
    drift = first_again()  # (a rate of its own, or no cause named, from a drift between calls)
    if drift is not None:
        return drift
    used = _rate_used(path, trial)
    if used is not None:
        message = text("lesson04.descend.own_rate", **trial.names, used=f"{used:.6g}",
                       lr=f"{trial.learning_rate:.6g}")  # (one format: 5e+06 beside 1e+07)
        times = round(used / trial.learning_rate)
        # (a few times only: backward() called 100 times is no slip a learner makes)
        if 2 <= times <= _MOST_REPEATS and math.isclose(used, times * trial.learning_rate, rel_tol=1e-9):
            message += text("lesson04.descend.rate_times", times=times)
        if math.isclose(used * trial.learning_rate, 1.0, rel_tol=1e-9):  # w.grad / learning_rate
            message += text("lesson04.descend.rate_reciprocal", lr=trial.learning_rate)
        if math.isclose(used, trial.learning_rate ** 2, rel_tol=1e-9):  # the rate used twice
            message += text("lesson04.descend.rate_squared", lr=trial.learning_rate)
        return Feedback(False, message)
    # wrong at the first update: a loss built once, or a grad not reset, are right there
    k = _first_difference(path, trial.expected)
    if path[k] == path[k - 1] and trial.expected[k] != trial.expected[k - 1]:  # w did not move
        return Feedback(False, text("lesson04.descend.update_skipped",
                                    said=_first_wrong_update(path, trial)))
    return Feedback(False, text(_WRONG_UPDATE_KEYS[k == 1], said=_first_wrong_update(path, trial)))


# what a list holds in w's place -> the message
_APPENDED_KEYS = {"loss": "lesson04.descend.appends_loss", "grad": "lesson04.descend.appends_grad",
                  "step": "lesson04.descend.appends_step", "moved": "lesson04.descend.appends_moved"}


def _lesson_loss_rate(path, trial):
    """The learning rate with which ``path`` is descent on the lesson's parabola, when this
    trial's loss is another (the notebook's loss used by its name); else None."""
    if trial.loss is parabola or len(path) < 2 or path[0] == 3.0:
        return None
    rate = (path[0] - path[1]) / (2.0 * (path[0] - 3.0))  # w1 = w0 - rate * 2 (w0 - 3)
    if rate > 0.0 and _close_paths(path, worked_descend(parabola, trial.start, rate, trial.steps)):
        return rate
    return None


# whether the first update is already wrong -> the candidates
_WRONG_UPDATE_KEYS = {True: "lesson04.descend.wrong_first_update",
                      False: "lesson04.descend.wrong_update"}


_DONE_KEYS = {False: "lesson04.descend.done.none", True: "lesson04.descend.done.some"}
_STOP_KEYS = {"small": "lesson04.descend.stops_early", "large": "lesson04.descend.stops_large",
              "zero": "lesson04.descend.stops_at_zero", "count": "lesson04.descend.stops_count"}


# A path this close to the right one (relative), but not within _close_paths' 1e-9,
# follows the right rule with numbers a little off: a gradient estimated by a finite
# difference with a small h, or w rounded before it is stored.
_NEARLY = 1e-6


def _first_wrong_update(path, trial):
    """The sentence naming the first update whose w is wrong, and whether those before it
    are right (said only when there are some)."""
    k = _first_difference(path, trial.expected)
    got, want = differing(path[k], trial.expected[k])
    return text(_UPDATE_WRONG_KEYS[k == 1], **trial.names, step=k, got=got, want=want,
                previous=f"{trial.expected[k - 1]:.6g}")


# Whether the first wrong update is the first update: then no update before it is right.
_UPDATE_WRONG_KEYS = {True: "lesson04.descend.first_update_wrong",
                      False: "lesson04.descend.update_wrong"}


# whether the path returned is the lesson's example's -> the message: that path may also be
# written into the code for the example's numbers
_REMEMBERED_KEYS = {False: "lesson04.descend.remembers_other_loss",
                    True: "lesson04.descend.remembers_or_example"}


def _remembered_call(path, trial, earlier):
    """The earlier trial with this trial's start, rate and steps on another loss whose
    path ``path`` is, when there is one; else None. A loop that keeps results from call
    to call returns it (the earlier trials, right on losses of more than one shape, show
    it uses the loss it is given), and so does one that returns the lesson's example's
    path, written into the code, for the example's numbers."""
    if len({t.loss for t in earlier}) < 2:
        return None
    return next((t for t in earlier if trial.same_call_on_another_loss(t)
                 and _close_paths(path, t.expected)), None)


@watches_kept_state
def check_descend(descend):
    """Coding exercise: ``descend(loss, start, learning_rate, steps)`` returns the
    list of every w visited by gradient descent on ``loss`` from ``start``
    (``steps + 1`` numbers).

    Tried on the lesson's parabola and on losses of other shapes, from other
    starts, with other rates and numbers of steps, and the first call once more
    at the end: a loop written for one curve only, one that stops early, or one
    that keeps something from one call to the next does not pass.
    """
    problem = not_code_yet(descend, "descend", "function",
                           "descend(loss, start, learning_rate, steps)")
    if problem is not None:
        return problem
    # (a message on the first call made again counts the calls between)
    return _check_descend_calls(*counting_calls(descend))


def _check_descend_calls(descend, calls):
    """check_descend's trials, on ``descend`` that counts its calls in ``calls``."""
    earlier = []
    for trial in map(lambda args: _Trial(*args), _DESCEND_TRIALS):
        problem = _try_descend(descend, trial, earlier, calls)
        if problem is not None:
            return problem
        earlier.append(trial)
    again = earlier[0].run(descend)
    if isinstance(again, Feedback):
        return again
    if not _close_paths(again, earlier[0].expected):
        return Feedback(False, text_count("lesson04.descend.not_repeatable", len(earlier) - 1,
                                          **earlier[0].names))
    for trial in _LAST_TRIALS:
        problem = _try_descend(descend, _Trial(*trial), earlier, calls)
        if problem is not None:
            return problem
    problem = _returns_one_list(descend, earlier[0], earlier[1],
                                others=len(earlier) + len(_LAST_TRIALS))
    if problem is not None:
        return problem
    problem = _after_many_calls(descend, earlier[0], calls)
    if problem is not None:
        return problem
    return Feedback(True, text("lesson04.descend.right"))


# Calls of one update each, after which the first call is made again: a descend that goes
# wrong after some calls (a counter kept between them) shows, as the lesson's own cells, which
# call it again after the check, would meet it.
_MANY_CALLS = 200
_ONE_UPDATE = (parabola, "L(w) = (w - 3)**2", 2.0, 0.1, 1)


def _after_many_calls(descend, first, calls):
    """A Feedback if, after _MANY_CALLS more calls, the first call is wrong, else None."""
    trial = _Trial(*_ONE_UPDATE)
    for _ in range(_MANY_CALLS):
        result = trial.returned(descend)
        if isinstance(result, Feedback):
            return result
    return _first_call_again(descend, [first], calls)


def _returns_one_list(descend, first, second, others):
    """A Feedback if the list ``first`` gets back is changed by the call of ``second``
    (one list kept outside descend, emptied and filled again at every call), or if either
    is not its worked path, now that ``others`` calls came between (a rate that drifts
    from some call on), or if ``first`` called again gets that very list back (a cache that
    hands back the list it kept), else None."""
    kept = first.returned(descend)
    before = kept if isinstance(kept, Feedback) else _read_path(kept)
    later = second.returned(descend)
    for result in (before, later):
        if isinstance(result, Feedback):
            return result
    for trial, path in ((first, before), (second, _read_path(later))):
        if not isinstance(path, Feedback) and not _close_paths(path, trial.expected):
            return Feedback(False, text_count("lesson04.descend.not_repeatable", others, **trial.names))
    if later is kept or _read_path(kept) != before:
        return Feedback(False, text("lesson04.descend.one_list", first=first.call,
                                    second=second.call))
    again = first.returned(descend)
    if isinstance(again, Feedback):
        return again
    if again is kept:  # (a cache that hands back the list it kept)
        return Feedback(False, text("lesson04.descend.same_list", first=first.call))
    return None


def _try_descend(descend, trial, earlier, calls):
    """None if ``descend`` follows the worked path of ``trial``, else a Feedback (``calls``:
    one item per call of descend so far)."""
    path = trial.run(descend)
    if isinstance(path, Feedback):
        return path
    if not _close_paths(path, trial.expected):
        return _describe_wrong_path(path, trial, earlier,
                                    first_again=lambda: _first_call_again(descend, earlier, calls))
    return None


def _first_call_again(descend, earlier, calls):
    """A Feedback if the check's first call, right then, is wrong when made again now
    (what descend returns depends on the calls before it), else None."""
    if not earlier:
        return None
    between = len(calls) - 1
    again = earlier[0].run(descend)
    if isinstance(again, Feedback) or _close_paths(again, earlier[0].expected):
        return None
    return Feedback(False, text_count("lesson04.descend.not_repeatable", between, **earlier[0].names))


# ----------------------------------------------------------------------
# Coding exercise: momentum
# ----------------------------------------------------------------------
# The worked solution of the Momentum exercise is the package's optimizer:
# SGD(params, learning_rate, momentum) has zero_grad() and step().
WorkedMomentum = SGD

class _Setup:
    """Parameters, their gradients at each step, a learning rate and a momentum."""

    def __init__(self, start, grads, lr, momentum):
        self.start, self.grads, self.lr, self.momentum = start, grads, lr, momentum


# The check's main setup: two parameters, three steps. The second runs side by
# side with a new one of the first: three parameters, another rate and momentum,
# five steps (a step() that stops moving after the example's three does not pass).
_MOMENTUM = _Setup((1.0, -2.0), [(1.0, -2.0), (1.0, -2.0), (-0.5, 4.0)], 0.1, 0.9)
_BESIDE = _Setup((0.5, 1.5, -1.0), [(2.0, -1.0, 0.5), (1.0, 1.0, -2.0), (-1.0, 0.5, 3.0),
                                    (0.5, -1.5, 1.0), (-2.0, 1.0, 0.5)], 0.05, 0.5)
# Last, each alone: the lesson's own momentum 0.95 with a rate above the others and grads
# that fall to 0 (momentum still moves a parameter then), and momentum 0 (plain descent).
_MORE_SETUPS = (_Setup((1.0, -2.0), [(1.0, -0.5), (0.0, 2.0), (0.0, 0.0)], 0.7, 0.95),
                _Setup((1.0, -2.0), [(1.0, -2.0), (0.5, 0.0)], 0.3, 0.0))
# Then two parameters that step to one value (0.5) with velocities of their own (1, 0.5).
_EQUAL_VALUES = _Setup((1.0, 0.75), [(1.0, 0.5), (0.0, 0.0)], 0.5, 0.9)
# And a rate and a momentum of many digits, all of which count (every number above has at
# most two decimals: an optimizer that rounds them to two passes there); its velocities stay
# below 3 (one held within a bound is the long run's to show).
_MANY_DIGITS = _Setup((1.0, -2.0), [(1.0, -2.0), (1.5, 0.5), (-0.5, 2.0)], 0.0123456, 0.876543)


def _momentum_paths(bug, setup=_MOMENTUM):
    """Parameter values after each step of ``setup``, with one bug (None: none)."""
    lr, m = (setup.momentum, setup.lr) if bug == "swapped" else (setup.lr, setup.momentum)
    data = list(setup.start)
    velocity = [0.0] * len(data)
    shared = 0.0
    last_grads = [0.0] * len(data)
    out = []
    for step, grads in enumerate(setup.grads):
        for i, g in enumerate(grads):
            g = data[i] if bug == "data" else g  # p.data where p.grad belongs
            if bug == "grad once":  # the grad taken in at the first step only
                velocity[i] = m * velocity[i] + (g if step == 0 else 0.0)
            elif bug == "not carried":
                velocity[i] = g
            elif bug == "grad kept":  # the last grad kept where the velocity belongs
                velocity[i], last_grads[i] = m * last_grads[i] + g, g
            elif bug == "shared":
                shared = m * shared + g
                velocity[i] = shared
            elif bug == "average":
                velocity[i] = m * velocity[i] + (1 - m) * g
            elif bug == "momentum times grad":  # m (v + g): the right steps at a rate lr * m
                velocity[i] = m * (velocity[i] + g)
            elif bug == "late":
                data[i] -= lr * velocity[i]
                velocity[i] = m * velocity[i] + g
                continue
            else:
                velocity[i] = m * velocity[i] + g
            if bug == "plus":
                data[i] += lr * velocity[i]
            elif bug == "assigned":  # = where -= belongs
                data[i] = -lr * velocity[i]
            elif bug == "assigned up":  # = where -= belongs, the minus dropped with it
                data[i] = lr * velocity[i]
            elif bug == "twice":
                data[i] -= 2 * lr * velocity[i]
            else:
                data[i] -= lr * velocity[i]
        out.append(tuple(data))
    return out


# The momentum bugs the check recognises, each with what it does wrong (a key of the tables).
_MOMENTUM_BUG_KEYS = {"not carried": "lesson04.momentum.bug.not_carried",
                      "shared": "lesson04.momentum.bug.shared",
                      "average": "lesson04.momentum.bug.average",
                      "late": "lesson04.momentum.bug.late",
                      "plus": "lesson04.momentum.bug.plus",
                      "twice": "lesson04.momentum.bug.twice",
                      "grad kept": "lesson04.momentum.bug.grad_kept",
                      "data": "lesson04.momentum.bug.data",
                      "assigned": "lesson04.momentum.bug.assigned",
                      "assigned up": "lesson04.momentum.bug.assigned_up",
                      "swapped": "lesson04.momentum.bug.swapped",
                      "momentum times grad": "lesson04.momentum.bug.momentum_times_grad",
                      "grad once": "lesson04.momentum.bug.grad_once"}


def _flat_run(run):
    """The values after each step, one list: [p1, p2 after step 1, p1, p2 after step 2, ...]."""
    return [x for values in run for x in values]


def _right_run(run, setup):
    return _close_paths(_flat_run(run), _flat_run(_momentum_paths(None, setup)))


def _run_steps(optimizer, params, setup, zero_first):
    """(the values of ``params`` after each step of ``setup``, None), or (None, a
    Feedback) when the learner's code fails. Each step is the lesson's loop:
    zero_grad(), the grads set (as backward() would), step()."""
    run, given = [], list(params)  # the caller's list, as it was given
    for k, grads in enumerate(setup.grads, start=1):
        if k > 1 or zero_first:
            before = [p.data for p in params]
            _, error = call_learner_code(optimizer.zero_grad, doing=text(
                "lesson04.momentum.doing.zero_grad_before", step=k))
            if error is not None:
                return None, error
            if [p.data for p in params] != before:  # (an update of step()'s, made here)
                return None, Feedback(False, text("lesson04.momentum.zero_grad_moves", step=k))
        for p, g in zip(params, grads):
            p.grad = g
        _, error = call_learner_code(optimizer.step,
                                     doing=text("lesson04.momentum.doing.step", step=k,
                                                steps=len(setup.grads)))
        if error is None:
            error = _data_not_a_number(params, k)
        if error is not None:
            return None, error
        if len(params) != len(given) or any(p is not q for p, q in zip(params, given)):
            return None, Feedback(False, text("lesson04.momentum.changes_list", step=k))
        changed = next((i for i, (p, g) in enumerate(zip(params, grads), 1) if p.grad != g), None)
        if changed is not None:  # the grads are zero_grad's and backward()'s, not step()'s
            return None, Feedback(False, text("lesson04.momentum.step_changes_grad", step=k,
                                              index=changed, grad=grads[changed - 1],
                                              now=shown(params[changed - 1].grad)))
        run.append(tuple(p.data for p in params))
    return run, None


def _params_holder(optimizer, params):
    """The name of an attribute of ``optimizer`` that holds the Values ``params`` themselves,
    in a list or tuple, or None."""
    for name, value in instance_attributes(optimizer).items():
        if isinstance(value, (list, tuple)) and len(value) == len(params) and all(
                item is p for item, p in zip(value, params)):
            return name
    return None


def _params_copied(optimizer, params):
    """The name of an attribute of a new ``optimizer`` that holds, in place of ``params``,
    other Values with their numbers (copies), or None."""
    for name, value in instance_attributes(optimizer).items():
        if (isinstance(value, (list, tuple)) and len(value) == len(params)
                and all(isinstance(item, Value) and item is not p and item.data == p.data
                        for item, p in zip(value, params))):
            return name
    return None


def _only_first_moved(run, setup):
    """How many parameters moved, when ``run`` is the worked solution stepping only the
    first few of ``setup``'s parameters and leaving the others at their start; else None."""
    count = len(setup.start)
    for moved in range(1, count):
        first = _Setup(setup.start[:moved], [g[:moved] for g in setup.grads], setup.lr,
                       setup.momentum)
        expected = [values + setup.start[moved:] for values in _momentum_paths(None, first)]
        if _close_paths(_flat_run(run), _flat_run(expected)):
            return moved
    return None


def _say_only_first_moved(moved, setup):
    return Feedback(False, text("lesson04.momentum.only_first_moved", moved=moved,
                                count=len(setup.start), lr=setup.lr, momentum=setup.momentum))


# whether the same parameters are still in the list, in another order -> the message
_CHANGED_PARAMS_KEYS = {True: "lesson04.momentum.reordered_params",
                        False: "lesson04.momentum.changed_params"}


def _make_optimizer(Momentum, params, lr, momentum, doing):
    """``(Momentum(params, lr, momentum), None)``, or ``(None, a Feedback)`` when the
    learner's code fails or changes the list ``params`` it is given."""
    given = list(params)
    kept = [(p.data, p.grad) for p in given]
    held = [0.375 + 0.25 * k for k in range(len(given))]  # as a backward() may have left them
    for p, grad in zip(given, held):
        p.grad = grad
    optimizer, error = call_learner_code(Momentum, params, lr, momentum, doing=doing)
    touched = next((k for k, (p, grad) in enumerate(zip(given, held))
                    if (p.data, p.grad) != (kept[k][0], grad)), None)
    for p, (_, grad) in zip(given, kept):
        p.grad = grad
    if error is None and touched is not None:  # made, it changed a parameter's data or grad
        error = Feedback(False, text("lesson04.momentum.init_changes_params", lr=lr,
                                     momentum=momentum, index=touched))
    if error is None and (len(params) != len(given)
                          or any(p is not q for p, q in zip(params, given))):
        reordered = len(params) == len(given) and {id(p) for p in params} == {id(p) for p in given}
        error = Feedback(False, text(_CHANGED_PARAMS_KEYS[reordered], lr=lr, momentum=momentum,
                                     before=len(given), after=len(params)))
    return (None, error) if error is not None else (optimizer, None)


def _momentum_describe(Momentum, snapshot):
    params = [Value(x, label=f"p{i + 1}") for i, x in enumerate(_MOMENTUM.start)]
    optimizer, error = _make_optimizer(
        Momentum, params, _MOMENTUM.lr, _MOMENTUM.momentum,
        doing=text("lesson04.momentum.doing.make", lr=_MOMENTUM.lr, momentum=_MOMENTUM.momentum),
    )
    if error is not None:
        return error
    for name in ("zero_grad", "step"):
        if not callable(getattr(optimizer, name, None)):
            return Feedback(False, text("lesson04.momentum.no_method", name=name))
    copied = _params_copied(optimizer, params)
    if copied is not None:  # (before zero_grad(): it would clear the copies' grads alone)
        return Feedback(False, text("lesson04.momentum.params_copied", name=copied))
    holder = _params_holder(optimizer, params)
    for p in params:
        p.grad = 5.0
    own = {name: _held(value) for name, value in instance_attributes(optimizer).items()}
    _, error = call_learner_code(optimizer.zero_grad,
                                 doing=text("lesson04.momentum.doing.zero_grad"))
    if error is not None:
        return error
    changed = [name for name, value in instance_attributes(optimizer).items()
               if own.get(name) != _held(value)]
    if changed:  # the velocities belong to step(): zero_grad() only clears the grads
        return Feedback(False, text("lesson04.momentum.zero_grad_changes",
                                    names=listed([f"`self.{name}`" for name in changed])))
    if any(p.data != x for p, x in zip(params, _MOMENTUM.start)):  # (p.data = 0 for p.grad = 0)
        return Feedback(False, text("lesson04.momentum.data_changed"))
    if any(p.grad != 0.0 for p in params):
        grad = next(p.grad for p in params if p.grad != 0.0)
        if grad == 5.0:  # as the check left it
            return Feedback(False, text("lesson04.momentum.grad_not_zeroed", grad=shown(grad)))
        return Feedback(False, text("lesson04.momentum.grad_set_other",
                                    grad=shown(grad) if as_number(grad) is not None else repr(grad)))
    got, error = _run_steps(optimizer, params, _MOMENTUM, zero_first=False)
    if error is not None:
        return error
    if _right_run(got, _MOMENTUM):
        return None
    if holder is not None and _params_holder(optimizer, params) is None:
        return Feedback(False, text("lesson04.momentum.params_replaced", name=holder))
    if all(t == _MOMENTUM.start for t in got):
        kept = [name for name, value in instance_attributes(optimizer).items()
                if isinstance(value, collections.abc.Iterator)]  # used up by one loop
        if kept:
            return Feedback(False, text("lesson04.momentum.iterator_kept", name=kept[0]))
        return Feedback(False, text("lesson04.momentum.nothing_moved"))
    moved = _only_first_moved(got, _MOMENTUM)
    if moved is not None:
        return _say_only_first_moved(moved, _MOMENTUM)
    k, i, got_k, want_k = _first_wrong(got, _MOMENTUM)
    changed = changed_since(Momentum, snapshot)
    if changed:
        return Feedback(False, text("lesson04.momentum.changes_class_state", step=k + 1,
                                    index=i + 1, got=got_k, want=want_k,
                                    names=listed([f"`{name}`" for name in changed])))
    for bug in _MOMENTUM_BUG_KEYS:
        if _close_paths(_flat_run(got), _flat_run(_momentum_paths(bug))):
            # (an average velocity steps as the lesson's does with a rate lr * (1 - momentum),
            # and with lr 0.1 and momentum 0.9 that is lr * lr: the rate used twice)
            rate = f"{_MOMENTUM.lr * (1 - _MOMENTUM.momentum):g}"
            return Feedback(False, text(_MOMENTUM_BUG_KEYS[bug], rate=rate, lr=_MOMENTUM.lr,
                                        momentum=_MOMENTUM.momentum,
                                        scaled=f"{_MOMENTUM.lr * _MOMENTUM.momentum:g}"))
    used = _momentum_used(got, _MOMENTUM, k)
    rate = _step_rate(got, _MOMENTUM, k)
    if used is not None and used != 0 and rate is not None:  # this step's grads are the last one's
        return Feedback(False, text("lesson04.momentum.momentum_or_rate_changed", step=k + 1,
                                    used=f"{used:.4g}", momentum=_MOMENTUM.momentum,
                                    rate=f"{rate:.4g}", lr=_MOMENTUM.lr))
    if used is not None:
        return Feedback(False, text(_MOMENTUM_USED_KEYS[used == 0], step=k + 1, used=f"{used:.4g}",
                                    momentum=_MOMENTUM.momentum))
    return Feedback(False, text("lesson04.momentum.wrong_step", start=_MOMENTUM.start,
                                lr=_MOMENTUM.lr, momentum=_MOMENTUM.momentum, step=k + 1, index=i + 1,
                                got=got_k, want=want_k, grads=_grads_of_step(_MOMENTUM, k)))


# whether a step's velocities were lost (momentum 0) -> the message
_MOMENTUM_USED_KEYS = {True: "lesson04.momentum.velocity_lost", False: "lesson04.momentum.momentum_changed"}


def _before_step(setup, k):
    """The parameters' values before step ``k`` (from 1) of ``setup``, stepped right, and
    the velocities carried into it."""
    before = _momentum_paths(None, _Setup(setup.start, setup.grads[:k], setup.lr, setup.momentum))
    velocity = [0.0] * len(setup.start)
    for grads in setup.grads[:k]:
        velocity = [setup.momentum * v + g for v, g in zip(velocity, grads)]
    return before[-1], velocity


def _step_rate(run, setup, k):
    """The one learning rate, not the optimizer's, that gives every parameter's step ``k``
    (from 0) of ``run`` from the right velocities, where the steps before it are right;
    else None."""
    if k == 0:
        return None
    before, carried = _before_step(setup, k)
    velocity = [setup.momentum * v + g for v, g in zip(carried, setup.grads[k])]
    if any(v == 0.0 for v in velocity):
        return None
    rate = one_rate(before, run[k], velocity)
    return None if rate is None or abs(rate - setup.lr) < 1e-12 else rate


def _momentum_used(run, setup, k):
    """The one momentum that gives every parameter's step ``k`` (from 0) of ``run``, where
    the steps before it are right and each velocity before it is not 0, else None: 0 when
    the velocities were lost (each step the grad alone), rounded to 0 within 1e-9."""
    if k == 0:
        return None
    before, velocity = _before_step(setup, k)
    if any(v == 0.0 for v in velocity):
        return None
    used = [((old - new) / setup.lr - g) / v
            for old, new, g, v in zip(before, run[k], setup.grads[k], velocity)]
    if any(not math.isfinite(m) for m in used) or max(used) - min(used) > 1e-6:
        return None
    m = sum(used) / len(used)
    if abs(m) < 1e-9:
        return 0
    return None if abs(m - setup.momentum) < 1e-9 else m


def _first_wrong(run, setup):
    """``(step, parameter, got, want)`` where ``run`` (the values after each step) first
    differs from the worked optimizer on ``setup``: indices from 0, numbers as written."""
    expected = _momentum_paths(None, setup)
    k, i = next((k, i) for k in range(len(run)) for i in range(len(setup.start))
                if not _close_paths([run[k][i]], [expected[k][i]]))
    return (k, i, *differing(run[k][i], expected[k][i]))


def _held(value):
    """What ``value``, an optimizer's attribute, holds, to tell whether zero_grad() changed
    it: numbers by value, Values by identity (zero_grad() changes their grads, which is
    its job), through lists, tuples and dicts (velocities keyed by the parameters)."""
    if isinstance(value, Value):
        return ("Value", id(value))
    if isinstance(value, dict):
        return ("dict", tuple((_held(k), _held(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_held(item) for item in value))
    return repr(value)


def _grads_of_step(setup, k):
    """The grads of step ``k`` for a message: "1 and -2" (in Chinese "1 和 -2")."""
    *first, last = [f"{g:g}" for g in setup.grads[k]]
    return text("lesson04.momentum.grads", first=listed(first), last=last)


def _data_not_a_number(params, step):
    """A Feedback if a step left a parameter's ``.data`` something other than a
    number (``p.data = p - lr * v`` stores a Value there), else None."""
    for index, p in enumerate(params, start=1):
        if as_number(p.data) is None:
            return Feedback(False, text("lesson04.momentum.data_not_number", step=step,
                                        index=index, kind=kind_of(p.data)))
    return None


_WHICH_KEYS = {0: "lesson04.momentum.first", 1: "lesson04.momentum.second"}
_MAKE_KEYS = {0: "lesson04.momentum.doing.make", 1: "lesson04.momentum.doing.make_beside"}
_SIDE_BY_SIDE = (_MOMENTUM, _BESIDE)


def _momentum_side_by_side(Momentum, snapshot):
    """None if two optimizers made at once and stepped in turn each follow their
    own reference, else a Feedback (see _say_wrong_side_by_side)."""
    optimizers, params = [], []
    for j, setup in enumerate(_SIDE_BY_SIDE):
        ps = _labelled(setup.start)  # as _step_alone makes them: a run alone compares
        optimizer, error = _make_optimizer(Momentum, ps, setup.lr, setup.momentum, doing=text(
            _MAKE_KEYS[j], lr=setup.lr, momentum=setup.momentum))
        if error is not None:
            return error
        optimizers.append(optimizer)
        params.append(ps)
    got = [[], []]
    for k in range(len(_BESIDE.grads)):
        stepping = [j for j, setup in enumerate(_SIDE_BY_SIDE) if k < len(setup.grads)]
        for j in stepping:
            _, error = call_learner_code(optimizers[j].zero_grad, doing=text(
                "lesson04.momentum.doing.zero_grad_beside", which=text(_WHICH_KEYS[j]), step=k + 1))
            if error is not None:
                return error
            for p, g in zip(params[j], _SIDE_BY_SIDE[j].grads[k]):
                p.grad = g
        for j in stepping:
            _, error = call_learner_code(optimizers[j].step, doing=text(
                "lesson04.momentum.doing.step_beside", which=text(_WHICH_KEYS[j]), step=k + 1))
            if error is not None:
                return error
            error = _data_not_a_number(params[j], k + 1)
            if error is not None:
                return error
            got[j].append(tuple(p.data for p in params[j]))
    for k in range(len(_BESIDE.grads)):
        for j, setup in enumerate(_SIDE_BY_SIDE):
            if k >= len(setup.grads):
                continue
            want = _momentum_paths(None, setup)[k]
            for i, (a, b) in enumerate(zip(got[j][k], want)):
                if not _close_paths([a], [b]):
                    return _say_wrong_side_by_side(Momentum, snapshot, got[j], which=j,
                                                   step=k + 1, index=i + 1,
                                                   numbers=differing(a, b))
    return None


def _say_wrong_side_by_side(Momentum, snapshot, run, which, step, index, numbers):
    """The message for two optimizers side by side of which one (``which``, its values
    after each step ``run``) is wrong. State shared between optimizers is named only
    when certain: an attribute of the class that holds more than a number changed, or a
    new optimizer of the same setup steps right alone. Before that, the numbers of a loop
    over the example's number of parameters; after it, a run alone that is wrong too (told
    the numbers on the class that changed, if any: the steps before changed them)."""
    setup = _SIDE_BY_SIDE[which]
    moved = _only_first_moved(run, setup)
    if moved is not None:
        return _say_only_first_moved(moved, setup)
    changed = changed_since(Momentum, snapshot)
    names = listed([f"`{name}`" for name in changed])
    # numbers on the class (a count of steps) may change what step() does for any optimizer
    # made after them: whether two at once is the cause, a new one alone tells
    counts = bool(changed) and all(isinstance(getattr(Momentum, name, None), (int, float))
                                   for name in changed)
    if changed and not counts:
        return _say_shared(text("lesson04.momentum.shared.on_class", names=names),
                           step, which, index, numbers)
    alone, error = _step_alone(Momentum, setup)
    if error is not None:
        return error
    if _right_run(alone, setup):
        what = text("lesson04.momentum.shared.on_class", names=names) if counts else text(
            "lesson04.momentum.shared.elsewhere")
        return _say_shared(what, step, which, index, numbers)
    if counts:  # wrong alone too: not two at once, but the steps made before, counted on the class
        k, i, got, want = _first_wrong(alone, setup)
        return Feedback(False, text("lesson04.momentum.wrong_after_steps_on_class", names=names,
                                    lr=setup.lr, momentum=setup.momentum, step=k + 1,
                                    index=i + 1, got=got, want=want))
    return _say_wrong_alone(alone, setup)


def _labelled(start):
    """Parameters p1, p2, ... holding ``start``."""
    return [Value(x, label=f"p{i + 1}") for i, x in enumerate(start)]


def _step_alone(Momentum, setup):
    """A new optimizer of ``setup``, stepped with no other beside it: (its run, None)
    or (None, a Feedback)."""
    params = _labelled(setup.start)
    optimizer, error = _make_optimizer(Momentum, params, setup.lr, setup.momentum, doing=text(
        "lesson04.momentum.doing.make_alone", lr=setup.lr, momentum=setup.momentum,
        count=len(params)))
    if error is not None:
        return None, error
    return _run_steps(optimizer, params, setup, zero_first=True)


def _say_wrong_alone(run, setup):
    """The message for an optimizer of ``setup`` that steps wrong even alone, though
    the one of the example stepped right: the example's rate and momentum used when
    they explain ``run``; else where it first differs and the candidate causes. On the
    example's own setup, which stepped right the first time, the cause is certain:
    state kept from the earlier optimizers."""
    k, i, got, want = _first_wrong(run, setup)
    numbers = dict(lr=setup.lr, momentum=setup.momentum, start=setup.start, step=k + 1,
                   index=i + 1, got=got, want=want, grads=_grads_of_step(setup, k))
    if k > 0 and all(values == run[k - 1] for values in run[k:]):
        return Feedback(False, text("lesson04.momentum.stops", lr=setup.lr,
                                    momentum=setup.momentum, count=len(setup.start), done=k,
                                    next=k + 1, steps=len(run)))
    if setup is _MOMENTUM:
        return Feedback(False, text("lesson04.momentum.wrong_again", **numbers))
    rounding = _rounding_used(run, setup)
    for lr, momentum in ((_MOMENTUM.lr, setup.momentum), (setup.lr, _MOMENTUM.momentum),
                         (_MOMENTUM.lr, _MOMENTUM.momentum)):
        if _right_run(run, _Setup(setup.start, setup.grads, lr, momentum)):
            # (0.05 rounded to one decimal is the example's 0.1: then either may be the cause)
            rounded = "" if rounding is None else _rounded_numbers(setup, rounding)
            return Feedback(False, text(_EXAMPLE_NUMBERS_KEYS[rounding is not None], lr=setup.lr,
                                        momentum=setup.momentum, used_lr=lr,
                                        used_momentum=momentum, rounded=rounded))
    if rounding is not None:
        return _say_rounded(setup, rounding)
    return Feedback(False, text("lesson04.momentum.wrong_alone", **numbers))


# whether the numbers the steps show are also the given ones rounded -> the message
_EXAMPLE_NUMBERS_KEYS = {False: "lesson04.momentum.example_numbers",
                         True: "lesson04.momentum.example_numbers_or_rounded"}


def _rounding_used(run, setup):
    """``(learning rate, momentum, digits)`` when ``run`` is ``setup`` stepped right with
    its learning rate, its momentum or both rounded to ``digits`` decimals (as round(x,
    digits) does), not as given; else None."""
    for digits in range(8):  # (rounded beyond 7 decimals, a rate barely moves a parameter apart)
        lr, momentum = round(setup.lr, digits), round(setup.momentum, digits)
        for used in ((lr, setup.momentum), (setup.lr, momentum), (lr, momentum)):
            if used != (setup.lr, setup.momentum) and _right_run(
                    run, _Setup(setup.start, setup.grads, *used)):
                return (*used, digits)
    return None


def _rounded_numbers(setup, rounding):
    """The given numbers that ``rounding`` (from _rounding_used) changed, for a message:
    "round(0.0123456, 2) is 0.01, round(0.876543, 2) is 0.88"."""
    *used, digits = rounding
    return listed([text("lesson04.momentum.rounded_number", given=given, digits=digits, used=now)
                   for given, now in zip((setup.lr, setup.momentum), used) if now != given])


def _say_rounded(setup, rounding):
    """The message for an optimizer of ``setup`` that steps with its numbers rounded."""
    # (a momentum rounded to 0 is plain descent: a step that leaves the velocity out does that too)
    dropped = rounding[1] == 0.0 != setup.momentum
    return Feedback(False, text(_ROUNDED_KEYS[dropped], lr=setup.lr, momentum=setup.momentum,
                                start=setup.start, used_lr=rounding[0], used_momentum=rounding[1],
                                rounded=_rounded_numbers(setup, rounding)))


_ROUNDED_KEYS = {False: "lesson04.momentum.rounded", True: "lesson04.momentum.rounded_or_plain"}


def _momentum_by_position(Momentum, labels=("", "")):
    """None if each parameter's velocity is its own: a parameter whose value another one
    had before takes none of its velocity, and a new optimizer on parameters an earlier
    one stepped starts from no velocity. Else a Feedback. The parameters have no label
    (as a network's often do); one that takes another's velocity is stepped again with
    ``labels`` of their own, which tells velocities kept by label from those kept by value."""
    # after one step p1 holds -0.1, p2's value
    params = [Value(0.0, label=labels[0]), Value(-0.1, label=labels[1])]
    for k, start in enumerate((True, False)):  # a first optimizer, then a new one
        optimizer, error = _make_optimizer(Momentum, params, 0.1, 0.9, doing=text(
            "lesson04.momentum.doing.make", lr=0.1, momentum=0.9))
        if error is not None:
            return error
        before = [p.data for p in params]
        params[0].grad, params[1].grad = 1.0, 0.0
        _, error = call_learner_code(optimizer.step, doing=text("lesson04.momentum.doing.step",
                                                                step=1, steps=1))
        if error is not None:
            return error
        error = _data_not_a_number(params, 1)
        if error is not None:
            return error
        if not _close_paths([params[1].data], [before[1]]):
            if labels == ("", "") and _momentum_by_position(Momentum, ("u", "v")) is None:
                return Feedback(False, text("lesson04.momentum.velocity_by_label"))
            if labels == ("", "") and not _stays_apart(Momentum):  # moved at another value too
                return Feedback(False, text("lesson04.momentum.moved_with_grad_0",
                                            got=shown(params[1].data)))
            return Feedback(False, text("lesson04.momentum.took_another_velocity"))
        if not _close_paths([params[0].data], [before[0] - 0.1]):
            got, want = shown(params[0].data), shown(before[0] - 0.1)
            # the earlier optimizer's velocity (1) taken on: v = 0.9 * 1 + 1, a step of 0.19
            if not start and _close_paths([params[0].data], [before[0] - 0.19]):
                return Feedback(False, text("lesson04.momentum.new_optimizer_old_velocity",
                                            got=got, want=want))
            return Feedback(False, text(_FIRST_STEP_KEYS[params[0].data == before[0]], got=got,
                                        want=want, was=shown(before[0])))
    return None


def _stays_apart(Momentum):
    """Whether a new optimizer leaves a parameter of grad 0 where it is when no other
    parameter steps onto its value (0.0 and -0.3, grads 1 and 0): then the one that moved
    beside a parameter stepping onto its value took that one's velocity."""
    params = [Value(0.0), Value(-0.3)]
    optimizer, error = _make_optimizer(Momentum, params, 0.1, 0.9, doing=text(
        "lesson04.momentum.doing.make", lr=0.1, momentum=0.9))
    if error is not None:
        return False
    params[0].grad, params[1].grad = 1.0, 0.0
    _, error = call_learner_code(optimizer.step, doing=text("lesson04.momentum.doing.step",
                                                            step=1, steps=1))
    return error is None and _close_paths([params[1].data], [-0.3])


# whether a new optimizer's first step left the parameter where it was -> the message
_FIRST_STEP_KEYS = {True: "lesson04.momentum.first_step_still",
                    False: "lesson04.momentum.first_step_other"}


def _velocities_by_value(setup):
    """The runs of ``setup`` with velocities kept in a dict keyed by each parameter's value:
    stored under its value after the step (read by the next), or taken out when read, or
    stored under its value before the step."""
    runs = []
    for kind in ("after", "taken", "before"):
        data, velocities, run = list(setup.start), {}, []
        for grads in setup.grads:
            now = {} if kind == "after" else velocities
            for i, g in enumerate(grads):
                old = velocities.pop(data[i], 0.0) if kind == "taken" else velocities.get(data[i], 0.0)
                v = setup.momentum * old + g
                if kind == "before":
                    velocities[data[i]] = v
                data[i] -= setup.lr * v
                if kind != "before":
                    now[data[i]] = v
            velocities = now
            run.append(tuple(data))
        runs.append(run)
    return runs


# After the long run: two parameters and grads in the hundreds beside a small one (a
# parameter skipped beyond 20, or a grad beyond 100, shows), with a momentum above the
# lesson's (one capped at 0.95 shows).
_LARGE_NUMBERS = _Setup((150.0, -240.0, 0.5), [(300.0, -450.0, 1.0), (-120.0, 800.0, -0.5),
                                               (60.0, 0.0, 0.25)], 0.01, 0.97)
# And the lesson's own run after the exercise (cell 34: two parameters from the valley's
# start, 0.01, 0.8, 50 steps), with grads that shrink as the valley's do: code written apart
# for that pair, for two parameters or for its later steps shows.
_LESSON_SETUP = _Setup((-4.0, 1.5), [(round(-8.0 * 0.93 ** k, 4), round(30.0 * (-0.55) ** k + 0.1, 4))
                                     for k in range(50)], 0.01, 0.8)
# And rates beyond the others (0 < lr; 0 <= momentum < 1, as the package's SGD asks): a rate
# of 1 and ones below the lesson's 0.01 (the bowl explorer's slider goes down to 0.001, the
# last below it: a rate raised to some floor shows here, not with the huge grads), and small
# momentums (its slider has 0.05 to 0.3), so code written apart for them shows; the first of
# them leaves a parameter at 1 (grad 0, velocity 0).
_END_SETUPS = (_Setup((1.0, -2.0), [(1.0, -2.0), (0.5, 1.0), (-1.0, 0.5)], 1.0, 0.5),
               _Setup((1.0, -2.0), [(0.0, -2.0), (1.0, 0.5)], 0.05, 0.1),
               _Setup((1.0, -2.0), [(1.0, -2.0), (0.5, 1.0)], 0.005, 0.5),
               _Setup((1.0, -2.0), [(1.0, -2.0), (0.5, 1.0)], 0.001, 0.25),
               _Setup((1.0, -2.0), [(1.0, -2.0), (0.5, 1.0)], 0.0002, 0.5))

# And tiny grads, as a loss near its minimum gives (the valley's reach 1e-6 by step 200): a
# velocity or a grad treated as 0 below some size, a "dead zone", shows.
_TINY_GRADS = _Setup((0.5, -1.0), [(2e-7, -1e-7), (1e-7, 3e-8), (-5e-8, 2e-7)], 1.0, 0.9)
# and huge ones, beyond the long run's (a loss far from its minimum, or steep): a grad or a
# velocity capped at 1000, or any number above the others tried, shows
_HUGE_GRADS = _Setup((0.5, -1.0), [(31415.9, -27182.8), (-2.5e6, 4.5e5), (1.5e8, -1e7)], 1e-6, 0.9)


# Last, a long run: five parameters, 60 steps of grads up to 60 that change sign (the
# lesson's valley takes 50, its first w2 grad is 30, its velocities reach 150); something
# counted from step to step, sized for fewer parameters, or a velocity clipped, shows here.
_LONG_RUN = _Setup((0.5, -1.0, 1.5, -2.0, 0.25),
                   [tuple(round(60 * math.sin(1.7 * k + i), 3) for i in range(5)) for k in range(60)],
                   0.05, 0.8)


def _momentum_long_run(Momentum):
    """None if a new optimizer on five parameters steps right for 60 steps, else a Feedback."""
    run, error = _step_alone(Momentum, _LONG_RUN)
    if error is not None:
        return error
    if _right_run(run, _LONG_RUN):
        return None
    k, i, got, want = _first_wrong(run, _LONG_RUN)
    return Feedback(False, text(_LONG_RUN_KEYS[k == 0], step=k + 1, index=i + 1, got=got,
                                want=want, count=len(_LONG_RUN.start), steps=len(_LONG_RUN.grads)))


# whether the long run goes wrong at its first step (no rule changed after some steps yet)
_LONG_RUN_KEYS = {False: "lesson04.momentum.long_run", True: "lesson04.momentum.long_run_first"}


def _momentum_many_steps(Momentum):
    """A Feedback if an optimizer stepped _MANY_CALLS times raises, runs too long, or
    leaves its parameter elsewhere than the rule does (something that changes the steps
    after some steps: a counter), else None. (The example's optimizer is made again after
    it, by _unless_first_wrong_again.)"""
    params = _labelled((1.0,))
    optimizer, error = _make_optimizer(Momentum, params, 0.01, 0.5, doing=text(
        "lesson04.momentum.doing.make_alone", lr=0.01, momentum=0.5, count=1))
    if error is not None:
        return error
    data, velocity = 1.0, 0.0  # the rule's
    for k in range(_MANY_CALLS):
        params[0].grad = 1.0 if k % 2 else -1.0
        _, error = call_learner_code(optimizer.step, doing=text(
            "lesson04.momentum.doing.step", step=k + 1, steps=_MANY_CALLS))
        if error is not None:
            return error
        velocity = 0.5 * velocity + params[0].grad
        data -= 0.01 * velocity
        got = as_number(params[0].data)
        if got is not None and not is_close(got, data, 1e-9):
            return Feedback(False, text_count("lesson04.momentum.drifts", k, step=k + 1,
                                              got=shown(got), want=shown(data)))
    return None


# whether the grads a setup goes wrong with are tiny, or huge -> the message
_SIZE_KEYS = {True: "lesson04.momentum.tiny_grads", False: "lesson04.momentum.huge_grads"}


def _momentum_more_setups(Momentum, setups=(*_MORE_SETUPS, _EQUAL_VALUES, _MANY_DIGITS)):
    """None if a new optimizer of each of ``setups``, alone, steps right; else a Feedback."""
    for setup in setups:
        run, error = _step_alone(Momentum, setup)
        if error is not None:
            return error
        if _right_run(run, setup):
            continue
        if setup in (_TINY_GRADS, _HUGE_GRADS):  # right with every grad of other sizes tried
            k, i, got, want = _first_wrong(run, setup)
            return Feedback(False, text(_SIZE_KEYS[setup is _TINY_GRADS], lr=setup.lr,
                                        momentum=setup.momentum, start=setup.start, step=k + 1,
                                        index=i + 1, got=got, want=want,
                                        grads=_grads_of_step(setup, k)))
        if all(list(values) == list(setup.start) for values in run):  # (a step skipped, not
            return Feedback(False, text("lesson04.momentum.none_moved", lr=setup.lr,  # a number
                                        momentum=setup.momentum, start=setup.start))  # rounded)
        rounding = _rounding_used(run, setup)
        if rounding is not None:
            return _say_rounded(setup, rounding)
        k, i, got, want = _first_wrong(run, setup)
        if setup is _EQUAL_VALUES and any(_close_paths(_flat_run(run), _flat_run(by_value))
                                          for by_value in _velocities_by_value(setup)):
            return Feedback(False, text("lesson04.momentum.equal_values", step=k + 1,
                                        index=i + 1, got=got, want=want))
        return Feedback(False, text("lesson04.momentum.wrong_on_setup", lr=setup.lr,
                                    momentum=setup.momentum, start=setup.start, step=k + 1,
                                    index=i + 1, got=got, want=want,
                                    grads=_grads_of_step(setup, k)))
    return None


def _say_shared(what, step, which, index, numbers):
    """The message for two optimizers that are wrong side by side and share state;
    ``what``: the sentence that says what they share."""
    got, want = numbers
    return Feedback(False, text("lesson04.momentum.shared_between", step=step, index=index,
                                which=text(_WHICH_KEYS[which]), got=got, want=want, what=what,
                                lr=_BESIDE.lr, momentum=_BESIDE.momentum))


@watches_kept_state
def check_momentum(Momentum):
    """Coding exercise: a class ``Momentum(params, learning_rate, momentum)`` with
    ``zero_grad()`` and ``step()``: ``v <- momentum * v + grad``, ``p <- p - lr * v``,
    one velocity per parameter, carried from step to step.

    One optimizer is stepped three times; then two, made at once on parameters
    of their own, are stepped in turn (the second five times), so that state shared
    by every optimizer (velocities kept on the class) shows.
    """
    if not isinstance(Momentum, type) and callable(getattr(Momentum, "step", None)):
        return Feedback(False, text("lesson04.momentum.instance", name=type(Momentum).__name__))
    problem = not_code_yet(Momentum, "Momentum", "class")
    if problem is not None:
        return problem
    snapshot = class_snapshot(Momentum)  # to see what the optimizers change on the class
    for step in (lambda: _momentum_describe(Momentum, snapshot),
                 lambda: _momentum_side_by_side(Momentum, snapshot)):
        problem = step()
        if problem is not None:  # a "not yet" Feedback is falsy: test it against None
            return problem
    for step in (lambda: _momentum_by_position(Momentum),  # each a new optimizer, alone
                 lambda: _momentum_more_setups(Momentum),
                 lambda: _momentum_long_run(Momentum),
                 lambda: _momentum_more_setups(Momentum, (_LARGE_NUMBERS, *_END_SETUPS,
                                                          _LESSON_SETUP, _TINY_GRADS,
                                                          _HUGE_GRADS)),
                 lambda: _momentum_many_steps(Momentum)):
        problem = step()
        if problem is not None:
            return _unless_first_wrong_again(Momentum, problem)
    problem = _example_wrong_again(Momentum)  # after the many steps: made again, still right?
    if problem is not None:
        return problem
    return Feedback(True, text("lesson04.momentum.right"))


def _unless_first_wrong_again(Momentum, problem):
    """``problem`` (of a trial after the example's optimizer and the two side by side
    stepped right), unless the example's optimizer is wrong now when made again alone: then
    the cause is state kept from the earlier optimizers (a counter that changes the steps
    after some calls, say), whatever ``problem`` says of the later trial."""
    again = _example_wrong_again(Momentum)
    return again if again is not None and again.message != problem.message else problem


def _example_wrong_again(Momentum):
    """A Feedback if the example's optimizer, right at first, is wrong when made again now
    alone, else None."""
    run, error = _step_alone(Momentum, _MOMENTUM)
    if error is not None or _right_run(run, _MOMENTUM):
        return None
    return _say_wrong_alone(run, _MOMENTUM)
