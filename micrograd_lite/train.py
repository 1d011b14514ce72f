"""Losses, a gradient-descent step and a training loop.

* :func:`mse` and :func:`hinge`: a model's errors as one ``Value`` to minimise.
* :class:`SGD`: ``p <- p - lr * grad`` for every parameter (optionally with momentum).
* :func:`fit`: repeat "zero the grads, build the loss, backward, step" and record
  the loss of every step. When the loss (or a parameter) stops being a finite
  number the run has *diverged*: ``fit`` stops and says so in its
  :class:`History` instead of raising.

Steps are counted from 1: "step k" is the k-th update, and ``history.losses[k - 1]``
is the loss computed at its start (before its update).

This module needs the standard library and the engine only.
"""

import math
from numbers import Integral, Real

from .engine import Value

__all__ = ["mse", "hinge", "SGD", "fit", "History", "loss_blew_up"]


# ----------------------------------------------------------------------
# Losses
# ----------------------------------------------------------------------
def _pairs(predictions, targets, names):
    """The two sequences as lists of equal, non-zero length."""
    if isinstance(predictions, (Value, Real)):
        predictions = [predictions]
    if isinstance(targets, (Value, Real)):
        targets = [targets]
    predictions, targets = list(predictions), list(targets)
    if len(predictions) != len(targets):
        raise ValueError(
            f"{names[0]} and {names[1]} must have the same length, "
            f"got {len(predictions)} and {len(targets)}"
        )
    if not predictions:
        raise ValueError(f"{names[0]} is empty: there is nothing to average")
    return predictions, targets


def _mean(terms):
    total = sum(terms)
    if not isinstance(total, Value):  # only constants: still return a Value
        total = Value(total)
    return total / len(terms)


def mse(predictions, targets):
    """Mean squared error: ``mean((prediction - target) ** 2)``, a ``Value``.

    Accepts lists (of Values or numbers) of the same length, or a single
    prediction and target.
    """
    predictions, targets = _pairs(predictions, targets, ("predictions", "targets"))
    return _mean([(p - t) ** 2 for p, t in zip(predictions, targets)])


def hinge(scores, labels):
    """The max-margin (hinge) loss: ``mean(relu(1 - label * score))``, a ``Value``.

    Labels must be -1 or +1. A point scores zero loss once it is on the right
    side of the boundary with a margin of at least 1 (as in micrograd's demo).
    """
    scores, labels = _pairs(scores, labels, ("scores", "labels"))
    for i, y in enumerate(labels):
        if isinstance(y, Value) or y not in (-1, 1):
            raise ValueError(f"labels must be -1 or +1, got {y!r} at position {i}")
    terms = []
    for s, y in zip(scores, labels):
        margin = 1 - float(y) * s
        terms.append(margin.relu() if isinstance(margin, Value) else max(0.0, margin))
    return _mean(terms)


# ----------------------------------------------------------------------
# The update step
# ----------------------------------------------------------------------
def _check_lr(lr):
    if isinstance(lr, bool) or not isinstance(lr, Real):
        raise ValueError(f"lr must be a positive finite number, got {type(lr).__name__} {lr!r}")
    lr = float(lr)
    if not (math.isfinite(lr) and lr > 0.0):
        raise ValueError(f"lr must be a positive finite number, got {lr!r}")
    return lr


def _parameter_list(params):
    """A list of Values from a list of Values or a Module (its ``parameters()``)."""
    if hasattr(params, "parameters") and callable(params.parameters):
        params = params.parameters()
    params = list(params)
    for i, p in enumerate(params):
        if not isinstance(p, Value):
            raise TypeError(f"params must be Values, got {type(p).__name__} at position {i}")
    return params


class SGD:
    """Stochastic gradient descent, with optional momentum.

    Without momentum:  ``p <- p - lr * grad``.
    With momentum m:   ``v <- m * v + grad``;  ``p <- p - lr * v``
    (``v`` starts at 0, one per parameter): steps keep some of their previous
    direction, which damps zig-zagging and speeds up progress along a valley.
    """

    def __init__(self, params, lr, momentum=0.0):
        self.params = _parameter_list(params)
        self.lr = lr
        if isinstance(momentum, bool) or not isinstance(momentum, Real) or not (
            0.0 <= momentum < 1.0
        ):
            raise ValueError(f"momentum must be a number in [0, 1), got {momentum!r}")
        self.momentum = float(momentum)
        self.velocities = [0.0] * len(self.params)

    @property
    def lr(self):
        return self._lr

    @lr.setter
    def lr(self, value):
        self._lr = _check_lr(value)

    def zero_grad(self):
        for p in self.params:
            p.grad = 0.0

    def step(self):
        lr, m = self._lr, self.momentum
        if m == 0.0:
            for p in self.params:
                p.data -= lr * p.grad
            return
        velocities = self.velocities
        for i, p in enumerate(self.params):
            v = m * velocities[i] + p.grad
            velocities[i] = v
            p.data -= lr * v

    def __repr__(self):
        return f"SGD({len(self.params)} parameters, lr={self._lr:g}, momentum={self.momentum:g})"


# ----------------------------------------------------------------------
# The training loop
# ----------------------------------------------------------------------
class History:
    """What :func:`fit` did, in plain values.

    ``losses``: the loss at the start of every step taken (a float each; the
    last one is inf or nan if the run diverged on its loss). ``diverged_at``:
    the step at which it diverged, or None; ``stopped_at``: the step after which
    the callback stopped it, or None. ``status`` says the same in a sentence,
    in English like Python's own messages: the core has no string tables, and a
    lesson that shows a run words it in the learner's language itself.
    """

    def __init__(self):
        self.losses = []
        self.diverged_at = None
        self.stopped_at = None
        self.finished = False  # fit sets it once every step has run

    @property
    def diverged(self):
        return self.diverged_at is not None

    @property
    def final_loss(self):
        """The last recorded loss (None before the first step)."""
        return self.losses[-1] if self.losses else None

    @property
    def steps(self):
        """How many steps were recorded."""
        return len(self.losses)

    @property
    def status(self):
        """"finished after N steps", "stopped by the callback after N steps",
        "diverged at step k" or "not started"."""
        if self.diverged:
            return f"diverged at step {self.diverged_at}"
        if self.stopped_at is not None:
            return f"stopped by the callback after {_steps(self.stopped_at)}"
        if self.finished:
            return f"finished after {_steps(len(self.losses))}"
        return "not started"

    def __repr__(self):
        if not self.losses:
            return f"History({self.status})"
        return (f"History({self.status}; loss {self.losses[0]:.4g} at step 1, "
                f"{self.losses[-1]:.4g} at step {len(self.losses)})")


def _steps(count):
    return "1 step" if count == 1 else f"{count} steps"


def _all_finite(params):
    return all(math.isfinite(p.data) for p in params)


def loss_blew_up(loss, first_loss, max_growth=None):
    """Whether a run has diverged on its loss: the loss is no longer a finite
    number, or, with ``max_growth`` given, it is more than ``max_growth`` times
    the first loss in size. A run whose loss is growing a thousandfold is going
    nowhere, even while its numbers are still finite. A run that starts at a
    loss of 0 has no growth to measure."""
    if not math.isfinite(loss):
        return True
    return (max_growth is not None and first_loss != 0.0
            and abs(loss) > max_growth * abs(first_loss))


def fit(loss_fn, params, lr, steps, momentum=0.0, lr_schedule=None, callback=None,
        max_growth=None):
    """Train by gradient descent and return a :class:`History`.

    Every step k = 1, 2, ..., ``steps``: zero the grads, ``loss = loss_fn()``
    (it builds a fresh graph from the current parameters and returns a Value),
    ``loss.backward()``, one :class:`SGD` update, then
    ``callback(k, loss_value, history)`` if given (returning ``False`` stops).

    ``params``: a list of Values or a Module. ``lr_schedule(k)``, if given,
    returns the learning rate for step k (it replaces ``lr``).

    Divergence never raises: if the loss at step k is inf or nan (it is still
    recorded, and no update is made), or the update of step k leaves a
    parameter inf or nan, the run stops with ``status == "diverged at step k"``.
    With ``max_growth`` given, a loss more than ``max_growth`` times the first
    step's loss counts as diverging too (:func:`loss_blew_up`).
    """
    if not callable(loss_fn):
        raise TypeError(f"loss_fn must be a function, got {type(loss_fn).__name__}")
    if isinstance(steps, bool) or not isinstance(steps, Integral) or steps < 0:
        raise ValueError(f"steps must be a non-negative integer, got {steps!r}")
    steps = int(steps)
    if max_growth is not None and not (isinstance(max_growth, Real) and max_growth > 0):
        raise ValueError(f"max_growth must be a positive number or None, got {max_growth!r}")
    for name, f in (("lr_schedule", lr_schedule), ("callback", callback)):
        if f is not None and not callable(f):
            raise TypeError(f"{name} must be a function or None, got {type(f).__name__}")
    optimizer = SGD(params, lr, momentum)
    history = History()

    def diverged(k):
        history.diverged_at = k
        return history

    for k in range(1, steps + 1):
        if lr_schedule is not None:
            optimizer.lr = lr_schedule(k)
        optimizer.zero_grad()
        loss = loss_fn()
        if not isinstance(loss, Value):
            raise TypeError(f"loss_fn must return a Value, got {type(loss).__name__} {loss!r}")
        history.losses.append(loss.data)
        if loss_blew_up(loss.data, history.losses[0], max_growth):
            return diverged(k)
        loss.backward()
        optimizer.step()
        if not _all_finite(optimizer.params):
            return diverged(k)
        if callback is not None and callback(k, loss.data, history) is False:
            history.stopped_at = k
            return history
    history.finished = True
    return history
