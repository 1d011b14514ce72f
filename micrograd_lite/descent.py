"""Gradient descent you can watch: runs on small losses, step by step.

Lesson 04 is about one rule, the update of the post 《导函数 和 更新权重的简单的例子 梯度下降法》

    w <- w - learning_rate * dL/dw

and about what the learning rate does to it. This module runs that rule on a
loss of one or two numbers (or on the four-parameter network of that post), keeps
every point it visits, and says what kind of run it was:

* ``"too small (slow)"``: every step goes downhill, but after all the steps the
  run is still far from the bottom, still walking towards it from one side;
* ``"good"``: the run settles near the bottom within its steps (it may jump past
  the bottom and back on the way, as long as the jumps shrink fast enough);
* ``"too large (oscillating)"``: after all the steps the run still jumps past
  the bottom and back, without having settled;
* ``"divergent"``: the loss grows instead of shrinking (the run is stopped once
  the loss is more than ``blowup`` times its starting value, or is no longer a
  finite number);
* ``"not settled"``: with momentum, a run that has not settled within its steps.
  Its path may overshoot because of the momentum, not the learning rate, so
  neither "too small" nor "too large" would be true of the learning rate.

The labels go by how fast the run settles, not by the sign of its steps alone.
On the parabola ``(w - 3)**2`` one update multiplies ``w - 3`` by ``1 - 2 lr``,
so what counts is ``|1 - 2 lr|``: lr = 0.1 and lr = 0.9 (factors 0.8 and -0.8)
settle after the same number of steps and are both "good", the second jumping
across the bottom at every step; lr = 0.501 (factor -0.002) lands next to the
bottom in one step and is "good" too.

The gradients come from the course's engine: the loss is built from ``Value``
objects and ``backward()`` fills in ``dL/dw``, the same way as for a whole
network. The engine follows IEEE arithmetic (an overflow gives ``inf``, never an
``OverflowError``), so even an absurd learning rate ends in a clear
"diverged at step k", never in an exception. The update itself is
:class:`micrograd_lite.train.SGD` (with optional momentum).

This module needs the standard library and the engine only: no numpy, no
matplotlib, no widgets (the pictures are in ``micrograd_lite.widgets.descent``).
"""

import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from numbers import Real

from .engine import Value, stable_sigmoid
from .language import text, text_count
from .train import SGD, fit, loss_blew_up, mse

__all__ = [
    "REGIMES",
    "Regime",
    "DescentRun",
    "run_descent",
    "classify",
    "parabola",
    "elongated_bowl",
    "PARABOLA_START",
    "BOWL_START",
    "SigmoidNetFit",
    "sigmoid_net_init",
    "sigmoid_net_predict",
    "sigmoid_net_loss",
    "train_sigmoid_net",
    "sigmoid_net_status",
]

class Regime(str):
    """The name of a regime: compared and stored as its English name
    (``run.regime == "good"``), printed in the language in use
    (``print(run.regime)``, ``f"{run.regime:23}"``; :meth:`label`).

    A width in a format spec counts display columns, not characters: a wide
    (Chinese) character takes two columns in a terminal or a notebook's output,
    so ``f"{run.regime:23}"`` lines a table up in Chinese as in English.
    """

    __slots__ = ()
    _WIDTH = re.compile(r"(?P<align>(?:.?[<>^])?)(?P<zero>0?)(?P<width>\d*)(?P<rest>.*)", re.S)

    def label(self):
        """The regime's name in the language in use."""
        if self in _REGIME_KEYS:
            return text(_REGIME_KEYS[self])
        return str.__str__(self)

    def __str__(self):
        return self.label()

    def __format__(self, spec):
        label = self.label()
        parts = self._WIDTH.fullmatch(spec)
        if not parts or not parts["width"]:
            return format(label, spec)
        # each wide character fills one more column than str.format counts for it
        wide = sum(unicodedata.east_asian_width(c) in "WF" for c in label)
        width = max(int(parts["width"]) - wide, 0)
        return format(label, f"{parts['align']}{parts['zero']}{width}{parts['rest']}")


# each regime's English name -> its key in the string tables
_REGIME_KEYS = {"too small (slow)": "descent.regime_slow", "good": "descent.regime_good",
                "too large (oscillating)": "descent.regime_oscillating",
                "divergent": "descent.regime_divergent", "not settled": "descent.regime_unsettled"}


SLOW, GOOD, OSCILLATING, DIVERGENT, UNSETTLED = REGIMES = (
    Regime("too small (slow)"),
    Regime("good"),
    Regime("too large (oscillating)"),
    Regime("divergent"),
    Regime("not settled"),  # with momentum: the learning rate alone is not to blame
)


# ----------------------------------------------------------------------
# The lesson's example losses. Written with + - * ** only, so the same
# function works on Values (for the gradient) and on numpy arrays (for a plot).
# ----------------------------------------------------------------------
def parabola(w):
    """``L(w) = (w - 3)**2``: the lesson's one-dimensional loss, lowest at w = 3.

    Its gradient is ``2 (w - 3)``, so one update multiplies the distance to the
    bottom by ``1 - 2 * lr``: lr = 0.5 lands on the bottom in one step, a rate
    between 0.5 and 1 jumps past it (oscillates), and above 1 every jump is
    longer than the last (diverges).
    """
    return (w - 3) ** 2


PARABOLA_START = -1.0


def elongated_bowl(w1, w2):
    """``L(w1, w2) = w1**2 + 10 * w2**2``: a valley, steep across (w2), gentle along (w1).

    Lowest at (0, 0). The steep direction limits the learning rate (above 0.1
    the w2 steps grow), while the gentle direction wants a large one: the
    classic case where plain gradient descent zig-zags and momentum helps.
    """
    return w1 ** 2 + 10 * w2 ** 2


BOWL_START = (-4.0, 1.5)


# ----------------------------------------------------------------------
# One run
# ----------------------------------------------------------------------
@dataclass
class DescentRun:
    """Everything one run of gradient descent did.

    ``path[k]`` is the point after k updates (``path[0]`` is the start), a
    tuple of floats; ``losses[k]`` and ``grads[k]`` are the loss and its
    gradient there. A diverged run ends at the first point whose loss blew up
    (no gradient is taken there), so ``len(grads)`` can be ``len(path) - 1``.
    """

    lr: float
    momentum: float
    steps: int
    path: list = field(default_factory=list)
    losses: list = field(default_factory=list)
    grads: list = field(default_factory=list)
    diverged_at: int = None
    regime: str = ""
    message: str = ""

    @property
    def diverged(self):
        return self.diverged_at is not None

    @property
    def final(self):
        """The last point reached (a tuple)."""
        return self.path[-1]

    @property
    def final_loss(self):
        return self.losses[-1]


def _check_number(x, name):
    if isinstance(x, bool) or not isinstance(x, Real) or not math.isfinite(x):
        raise ValueError(f"{name} must be a finite number, got {x!r}")
    return float(x)


def _norm(vector):
    return math.sqrt(sum(g * g for g in vector))


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def run_descent(loss, start, lr, steps, momentum=0.0, blowup=1e3, bound=1e6, tol=1e-2):
    """Run gradient descent on ``loss`` from ``start`` and return a :class:`DescentRun`.

    ``loss(*ws)`` takes one argument per coordinate and returns a ``Value``
    (or anything built from them with the engine's operations). ``start`` is a
    number (one coordinate) or a sequence of numbers. Every step: build the
    loss, ``backward()`` for the gradient, one SGD update
    ``w <- w - lr * dL/dw`` (with ``momentum``: ``v <- momentum * v + dL/dw``,
    ``w <- w - lr * v``).

    The run stops early, as *diverged at step k*, when the k-th update gives a
    loss that is not a finite number, or larger than ``blowup`` times the
    starting loss (``abs``), or a coordinate larger than ``bound`` in size. It
    never raises for a large ``lr``: that is what the lesson wants to show.
    ``tol`` is used by :func:`classify`.
    """
    if not callable(loss):
        raise TypeError(f"loss must be a function, got {type(loss).__name__}")
    start = (start,) if isinstance(start, Real) else tuple(start)
    if not start:
        raise ValueError("start needs at least one coordinate")
    start = tuple(_check_number(s, "each coordinate of start") for s in start)
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 0:
        raise ValueError(f"steps must be a non-negative integer, got {steps!r}")
    params = [Value(s) for s in start]
    optimizer = SGD(params, lr, momentum)  # checks lr > 0 and 0 <= momentum < 1
    run = DescentRun(lr=optimizer.lr, momentum=optimizer.momentum, steps=steps)

    for k in range(steps + 1):
        optimizer.zero_grad()
        value = loss(*params)
        if not isinstance(value, Value):
            raise TypeError(
                f"loss must build its result from the Values it is given, got {type(value).__name__}"
            )
        point = tuple(p.data for p in params)
        if k > 0 and _blown_up(value.data, point, run.losses[0], blowup, bound):
            if math.isfinite(value.data) and all(map(math.isfinite, point)):
                run.path.append(point)  # show the jump that blew up, if it can be drawn
                run.losses.append(value.data)
            run.diverged_at = k
            break
        run.path.append(point)
        run.losses.append(value.data)
        value.backward()
        run.grads.append(tuple(p.grad for p in params))
        if k < steps:
            optimizer.step()

    run.regime, run.message = classify(run, tol)
    return run


def _blown_up(loss_value, point, first_loss, blowup, bound):
    if not all(map(math.isfinite, point)) or any(abs(w) > bound for w in point):
        return True
    return loss_blew_up(loss_value, first_loss, blowup)


def classify(run, tol=1e-2):
    """The regime of a run and a sentence about it: ``(regime, message)``.

    The run has *settled* at the first step from which each coordinate of the
    gradient stays at most ``tol`` times its starting size up to the end of the run
    (on these quadratic losses: each coordinate within ``tol`` of its starting
    distance from the bottom; a run that
    passes near the bottom and climbs out again has not settled). In this order:

    1. ``"divergent"``: the run blew up, or its last loss is larger than its first;
    2. ``"good"``: the run settled within its steps (the message says whether
       it jumped past the bottom and back on the way there), or started at the
       bottom (a gradient of 0 there: it never moves);
    3. ``"too large (oscillating)"``: it has not settled, and over the second
       half of the run the gradient turns round (points the opposite way from
       the step before) on at least half of the steps: it keeps jumping past
       the bottom and back (a run of one step: that step jumped past it);
    4. ``"too small (slow)"``: it has not settled, and is not jumping back and
       forth either: it is still on its way down.
    """
    losses, grads = run.losses, run.grads
    if run.diverged:
        return DIVERGENT, text("descent.diverged", step=run.diverged_at)
    if losses[-1] > losses[0]:
        first, last = _apart(losses[0], losses[-1])
        return DIVERGENT, text_count("descent.loss_grew", run.steps, first=first, last=last)
    if _norm(grads[0]) == 0.0:
        return GOOD, text("descent.starts_at_bottom")
    settled_at = _settled_at(grads, tol)
    if settled_at is not None:
        jumps = sum(1 for k in range(settled_at) if _crosses(grads, k))
        if not jumps:
            return GOOD, text_count("descent.settles", settled_at)
        how_often = "every step" if jumps == settled_at > 1 else "once" if jumps == 1 else "times"
        return GOOD, text_count(_JUMPING_KEYS[how_often, len(grads[0]) == 1], settled_at,
                                jumps=jumps)
    last, first = losses[-1], losses[0]
    if run.momentum > 0:
        crossings = sum(1 for k in range(len(grads) - 1) if _crosses(grads, k))
        if crossings and not _far_one_crosses(grads, tol):  # it crossed where it has settled
            return UNSETTLED, text_count("descent.unsettled_on_its_way", run.steps, loss=last,
                                         start=first)
        if not crossings:
            return UNSETTLED, text_count("descent.unsettled", run.steps, loss=last, start=first)
        if crossings == 1:
            return UNSETTLED, text_count("descent.unsettled_carried_once", run.steps, loss=last,
                                         start=first, momentum=run.momentum)
        return UNSETTLED, text_count("descent.unsettled_carried", run.steps, loss=last,
                                     start=first, momentum=run.momentum, crossings=crossings)
    # the second half of the run; a run of one step is judged on that step
    tail = range(len(grads) // 2, len(grads) - 1) or range(len(grads) - 1)
    turns = sum(1 for k in tail if _turns(grads, k))
    if turns and 2 * turns >= len(tail):
        return OSCILLATING, text_count("descent.oscillating", run.steps, loss=last, start=first)
    return SLOW, text_count("descent.slow", run.steps, loss=last, start=first)


# (how often a run that settled jumped across the bottom, whether it has one coordinate: in
# more, "across" is in at least one direction) -> its message
_JUMPING_KEYS = {
    ("every step", True): "descent.settles_jumping_every_step",
    ("once", True): "descent.settles_jumping_once",
    ("times", True): "descent.settles_jumping",
    ("every step", False): "descent.settles_jumping_every_step_somewhere",
    ("once", False): "descent.settles_jumping_once_somewhere",
    ("times", False): "descent.settles_jumping_somewhere",
}


def _far_one_crosses(grads, tol):
    """Whether a coordinate not yet settled at the end of the run (its gradient above
    ``tol`` times its size at the start) crosses the bottom in the second half of the run:
    a run still crossing where it is far is carried to and fro, one that is not is still
    on its way down."""
    start = _norm(grads[0])
    far = [i for i, (g, g0) in enumerate(zip(grads[-1], grads[0])) if abs(g) > tol * (abs(g0) or start)]
    tail = grads[len(grads) // 2:]
    return any(a[i] * b[i] < 0.0 for i in far for a, b in zip(tail, tail[1:]))


def _settled_at(grads, tol):
    """The first step from which each coordinate of the gradient stays at most ``tol``
    times its size at the start up to the end of the run (None if one is larger at the
    end): a run that comes near the bottom and leaves it again (carried on by momentum)
    has not settled. Coordinate by coordinate, as the bowl's gentle direction has a
    small gradient far from the bottom (at a coordinate whose gradient starts at 0, the
    whole starting gradient's size sets the bar)."""
    start = _norm(grads[0])
    bars = [tol * (abs(g) or start) for g in grads[0]]
    settled_at = None
    for k in range(len(grads) - 1, -1, -1):
        if any(abs(g) > bar for g, bar in zip(grads[k], bars)):
            break
        settled_at = k
    return settled_at


def _apart(a, b):
    """``a`` and ``b`` written with enough digits (at least 4) to tell them apart."""
    for digits in range(4, 18):
        if f"{a:.{digits}g}" != f"{b:.{digits}g}":
            break
    return f"{a:.{digits}g}", f"{b:.{digits}g}"


def _crosses(grads, k):
    """Whether step k jumped across the bottom in some direction: a coordinate of
    the gradient changes sign (on the lesson's bowls, the point crosses the
    bottom's line in that coordinate)."""
    return any(a * b < 0.0 for a, b in zip(grads[k], grads[k + 1]))


def _turns(grads, k):
    """Whether the gradient after step k points the opposite way from the one before it."""
    return _dot(grads[k], grads[k + 1]) < 0.0


# ----------------------------------------------------------------------
# The sigmoid network of the post 《导函数 和 更新权重的简单的例子 梯度下降法》: z = w1*x + b1, h = sigmoid(z), y_hat = w2*h + b2
# ----------------------------------------------------------------------
SIGMOID_NET_NAMES = ("w1", "b1", "w2", "b2")


def sigmoid_net_init(seed=0):
    """Step 1, *initialise*: w1, b1, w2, b2 drawn uniformly from [-1, 1] (seeded),
    as a dict of name -> Value."""
    rng = random.Random(seed)
    return {name: Value(rng.uniform(-1.0, 1.0), label=name) for name in SIGMOID_NET_NAMES}


def sigmoid_net_predict(params, x):
    """Step 2, the *forward* pass for one input: ``y_hat = w2 * sigmoid(w1*x + b1) + b2``.

    ``params`` holds Values (a graph is built) or plain numbers."""
    z = params["w1"] * x + params["b1"]
    h = z.sigmoid() if isinstance(z, Value) else stable_sigmoid(z)
    return params["w2"] * h + params["b2"]


def sigmoid_net_loss(params, xs, ys):
    """Step 3, the *loss*: the mean over the dataset of ``(y - y_hat)**2``."""
    return mse([sigmoid_net_predict(params, x) for x in xs], ys)


@dataclass
class SigmoidNetFit:
    """One training run of the one-hidden-neuron sigmoid network of the post 《导函数 和 更新权重的简单的例子 梯度下降法》: the loss of every step, the
    parameters reached (name -> float), and what happened."""

    lr: float
    steps: int
    losses: list
    params: dict
    initial: dict
    diverged_at: int = None

    @property
    def diverged(self):
        return self.diverged_at is not None

    @property
    def status(self):
        """What the run did, in a sentence in the language in use (see
        :func:`sigmoid_net_status`)."""
        return sigmoid_net_status(self)


def train_sigmoid_net(xs, ys, lr, steps=200, seed=0, blowup=1e3):
    """Train the one-hidden-neuron sigmoid network of the post 《导函数 和 更新权重的简单的例子 梯度下降法》 on ``(xs, ys)`` by its six steps, with :func:`micrograd_lite.train.fit`.

    The run is stopped as *diverged* when the loss is no longer a finite
    number or exceeds ``blowup`` times its starting value. Never raises for a
    large ``lr``.
    """
    params = sigmoid_net_init(seed)
    initial = {name: p.data for name, p in params.items()}
    history = fit(
        lambda: sigmoid_net_loss(params, xs, ys), list(params.values()), lr, steps,
        max_growth=blowup,
    )
    result = SigmoidNetFit(
        lr=float(lr), steps=steps, losses=list(history.losses),
        params={name: p.data for name, p in params.items()}, initial=initial,
        diverged_at=history.diverged_at,
    )
    return result


def sigmoid_net_status(result):
    """What a :class:`SigmoidNetFit` did, in a sentence."""
    losses, steps = result.losses, result.steps
    if result.diverged:
        return text("descent.diverged", step=result.diverged_at)
    if losses[-1] > losses[0]:
        return text_count("descent.sigmoid_net_not_converging", steps, first=losses[0], last=losses[-1])
    return text_count("descent.sigmoid_net_finished", steps, first=losses[0], last=losses[-1])
