"""Training a classifier the way micrograd's demo does (lesson 05).

micrograd's demo loss (hinge loss plus L2 on the parameters), its learning-rate
schedule, and a training run that records the loss and accuracy of every step.
Pure functions of their inputs: the lesson's trainer widget
(:mod:`micrograd_lite.widgets.training`) draws what they compute.
"""

from dataclasses import dataclass, field

import numpy as np

from .arrays import NumpyMLP
from .language import text, text_count
from .train import fit, hinge, loss_blew_up

__all__ = ["MoonsRun", "lr_schedule", "moons_loss", "switched_off_neurons", "train_moons",
           "train_moons_numpy"]


def lr_schedule(lr, steps):
    """The learning rate falls in a straight line from ``lr`` at the first step to
    exactly ``0.1 * lr`` at the last: a function of the step number k = 1, 2, ...,
    ``steps`` (as ``fit`` counts).

    For lr = 1 and 100 steps that is ``1.0 - 0.9 * k / 99`` for k = 0..99.
    micrograd's demo writes ``1.0 - 0.9 * k / 100``, which stops one step short,
    at 0.109; dividing by ``steps - 1`` makes "from 1.0 down to 0.1" true.
    """
    if steps <= 1:
        return lambda k: lr
    return lambda k: lr * (1.0 - 0.9 * (k - 1) / (steps - 1))


def moons_loss(model, inputs, labels, alpha=1e-4):
    """micrograd's demo loss and the accuracy: ``(loss Value, accuracy float)``.

    loss = mean(relu(1 - y * score)) + alpha * sum of the squares of all parameters
    """
    scores = [model(x) for x in inputs]
    data_loss = hinge(scores, labels)
    reg_loss = alpha * sum(p * p for p in model.parameters())
    correct = sum((s.data > 0) == (label > 0) for s, label in zip(scores, labels))
    return data_loss + reg_loss, correct / len(labels)


@dataclass
class MoonsRun:
    """One training run: the loss and accuracy at the start of every step, and
    the trained model with its final loss and accuracy (after the last step)."""

    lr: float
    steps: int
    model: object
    losses: list = field(default_factory=list)
    accuracies: list = field(default_factory=list)
    final_loss: float = None
    final_accuracy: float = None
    diverged_at: int = None
    stopped_at: int = None  # the step after which the callback stopped it

    @property
    def diverged(self):
        return self.diverged_at is not None

    @property
    def status(self):
        """What the run did, in a sentence in the language in use (worded when read,
        so a run made in one language is shown in the one in use)."""
        if self.diverged:
            return text("classifier.diverged", step=self.diverged_at)
        if self.stopped_at is not None:
            return text_count("classifier.stopped", self.steps, step=self.stopped_at)
        if self.final_loss is None:
            return ""
        if self.final_loss > self.losses[0]:
            return text_count("classifier.loss_grew", self.steps, first=self.losses[0],
                              last=self.final_loss)
        return text_count("classifier.finished", self.steps, loss=self.final_loss,
                          accuracy=self.final_accuracy)


def _as_lists(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or len(X) != len(y):
        raise ValueError(f"X must have shape (n, features) and y shape (n,), got {X.shape} and {y.shape}")
    return [[float(v) for v in row] for row in X], [int(v) for v in y]


def train_moons(model, X, y, lr=1.0, steps=100, alpha=1e-4, callback=None, blowup=1e3):
    """Train ``model`` on ``(X, y)`` as micrograd's demo does and return a :class:`MoonsRun`.

    ``callback(k, loss, accuracy)`` is called after every step (for a
    progress bar). The run is stopped as *diverged* when the loss is no longer
    a finite number or exceeds ``blowup`` times its first value; it never
    raises for a large ``lr``.
    """
    inputs, labels = _as_lists(X, y)
    run = MoonsRun(lr=float(lr), steps=steps, model=model)

    def loss_fn():
        loss, accuracy = moons_loss(model, inputs, labels, alpha)
        run.accuracies.append(accuracy)
        return loss

    def after_step(k, loss_value, history):
        if callback is not None:
            callback(k, loss_value, run.accuracies[-1])

    history = fit(loss_fn, model, lr, steps, lr_schedule=lr_schedule(lr, steps), callback=after_step,
                  max_growth=blowup)
    run.losses = list(history.losses)
    run.diverged_at = history.diverged_at
    if not run.diverged:
        final_loss, final_accuracy = moons_loss(model, inputs, labels, alpha)
        _conclude(run, final_loss.data, final_accuracy)
    else:
        _conclude(run)
    return run


def _conclude(run, final_loss=None, final_accuracy=None):
    """Fill in the run's final numbers (none for a run that diverged)."""
    if not run.diverged:
        run.final_loss, run.final_accuracy = final_loss, final_accuracy


def train_moons_numpy(model, X, y, lr=1.0, steps=100, alpha=1e-4, callback=None, blowup=1e3):
    """:func:`train_moons` with the numpy network (:class:`~micrograd_lite.arrays.NumpyMLP`).

    The same loop, schedule, loss and divergence rule, from ``model``'s
    weights (an engine ``MLP``, copied, or a ``NumpyMLP``, trained in place):
    the losses agree with the engine's to about 1e-12, the accuracies exactly,
    in a few milliseconds a step instead of a tenth of a second. ``run.model``
    is the trained ``NumpyMLP``. ``callback(k, loss, accuracy, net)`` is
    called after every step; returning ``False`` stops the run (its status
    then says so).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    _as_lists(X, y)  # the same checks as train_moons
    net = model if isinstance(model, NumpyMLP) else NumpyMLP.from_mlp(model)
    run = MoonsRun(lr=float(lr), steps=steps, model=net)
    schedule = lr_schedule(lr, steps)
    with np.errstate(all="ignore"):  # a run that blows up is reported, not warned about
        for k in range(1, steps + 1):
            loss, accuracy, _ = net.loss_and_grads(X, y, alpha=alpha)
            run.losses.append(loss)
            run.accuracies.append(accuracy)
            if loss_blew_up(loss, run.losses[0], blowup):
                run.diverged_at = k
                break
            net.step(schedule(k))
            if not all(np.all(np.isfinite(p)) for p in net.parameters()):
                run.diverged_at = k
                break
            if callback is not None and callback(k, loss, accuracy, net) is False:
                run.stopped_at = k
                return run
        if run.diverged:
            _conclude(run)
        else:
            final_loss, final_accuracy, _ = net.loss_and_grads(X, y, alpha=alpha)
            net.grads = None
            _conclude(run, final_loss, final_accuracy)
    return run


def switched_off_neurons(model, X):
    """How many hidden relu neurons of ``model`` (an engine ``MLP`` or a
    ``NumpyMLP``) give 0 for every point of ``X``: neurons that no longer
    take part, and whose weights no longer get a gradient."""
    net = model if isinstance(model, NumpyMLP) else NumpyMLP.from_mlp(model)
    A, off = np.asarray(X, dtype=float), 0
    for W, b, activation in zip(net.weights, net.biases, net.activations):
        A = A @ W + b
        if activation == "relu":
            A = np.maximum(A, 0.0)
            off += int((A.max(axis=0) <= 0.0).sum())
    return off
