"""Lesson 04's pictures and explorers: gradient descent and the learning rate.

Each explorer is a pure drawing function of its controls' values (testable
without a front end) plus a thin builder that wires sliders to it:

* :func:`parabola_picture` / :func:`parabola_explorer`: the update rule on
  ``L(w) = (w - 3)**2``, the steps drawn on the curve, a log-scale
  learning-rate slider;
* :func:`bowl_picture` / :func:`bowl_explorer`: a two-dimensional loss as a
  contour plot with the descent path; sliders for the learning rate, the
  starting point and momentum;
* :func:`seed002_picture` / :func:`seed002_explorer`: seed 002's network
  retrained at the chosen learning rate, its loss curve and fitted curve.

A run that diverges is drawn up to where it blew up, with a message on the
figure; no slider position raises.
"""


import ipywidgets as widgets
import numpy as np
from matplotlib.ticker import MaxNLocator

from ..descent import (
    BOWL_START,
    DIVERGENT,
    PARABOLA_START,
    elongated_bowl,
    parabola,
    run_descent,
    seed002_predict,
    train_seed002,
)
from ..plots import COLORS, Picture, new_figure
from .core import Explorer

__all__ = [
    "parabola_picture",
    "parabola_explorer",
    "bowl_picture",
    "bowl_explorer",
    "seed002_picture",
    "seed002_explorer",
    "draw_loss_curve",
    "draw_message",
    "two_panel_figure",
]

# what the figures show: fixed, so that pictures at different rates compare
PARABOLA_WINDOW = (-6.0, 12.0)
BOWL_WINDOW = ((-5.0, 5.0), (-2.5, 2.5))
LOSS_FLOOR = 1e-12  # a loss of exactly 0 still fits on a logarithmic axis


# ----------------------------------------------------------------------
# Pieces the figures share
# ----------------------------------------------------------------------
def draw_message(ax, text, bad=False):
    """A sentence in a box at the top of ``ax`` (red when something went wrong)."""
    ax.text(
        0.5, 0.97, text, transform=ax.transAxes, ha="center", va="top", fontsize=10,
        wrap=True, color="white" if bad else "black",
        bbox={"boxstyle": "round", "facecolor": COLORS["bad"] if bad else "white",
              "alpha": 0.9, "edgecolor": COLORS["bad"] if bad else COLORS["muted"]},
    )


def draw_loss_curve(ax, losses, title="Loss at every step", first_step=0, ylim=None):
    """The loss against the step on a logarithmic axis (a loss of 0 is drawn at the floor)."""
    steps = np.arange(first_step, first_step + len(losses))
    values = np.maximum(np.asarray(losses, dtype=float), LOSS_FLOOR)
    ax.semilogy(steps, values, "-o", ms=3, lw=1.5, color=COLORS["primary"])
    ax.set_xlabel("step")
    ax.set_ylabel("loss (log scale)")
    ax.set_title(title)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if ylim is not None:
        ax.set_ylim(*ylim)


def two_panel_figure(width=11.0, height=4.2, right=0.985):
    """A figure with two axes side by side and fixed margins.

    The explorers redraw on every slider move; fixed margins skip the
    constrained-layout pass, which takes about half of the drawing time.
    """
    fig, axes = new_figure(ncols=2, width=width, height=height)
    fig.set_layout_engine(None)
    fig.subplots_adjust(left=0.06, right=right, bottom=0.12, top=0.92, wspace=0.2)
    return fig, axes


def _fmt(x):
    return f"{x:.4g}"


# ----------------------------------------------------------------------
# One dimension: L(w) = (w - 3)^2
# ----------------------------------------------------------------------
def parabola_picture(lr=0.1, steps=30):
    """Gradient descent on ``L(w) = (w - 3)**2`` from w = -1: the steps on the
    curve (left) and the loss at every step (right)."""
    run = run_descent(parabola, PARABOLA_START, lr, steps)
    fig, (ax, ax_loss) = two_panel_figure()

    w = np.linspace(*PARABOLA_WINDOW, 400)
    ax.plot(w, parabola(w), color=COLORS["muted"], lw=2, label="L(w) = (w - 3)²")
    ws = [p[0] for p in run.path]
    ax.plot(ws, run.losses, "-o", ms=4, lw=1, color=COLORS["secondary"], label="steps")
    ax.plot(ws[0], run.losses[0], "o", ms=9, color=COLORS["good"], label="start")
    ax.plot(3.0, 0.0, "*", ms=14, color=COLORS["primary"], label="minimum (w = 3)")
    ax.set_xlim(*PARABOLA_WINDOW)
    ax.set_ylim(-3.0, 95.0)
    ax.set_xlabel("w")
    ax.set_ylabel("loss L(w)")
    ax.set_title(f"learning rate {lr:.3g}: {run.regime}")
    ax.legend(loc="lower right", fontsize=8)
    draw_message(ax, run.message, bad=run.regime == DIVERGENT)

    draw_loss_curve(ax_loss, run.losses, ylim=(LOSS_FLOOR / 10, 1e6))

    description = (
        f"Gradient descent on L(w) = (w - 3)^2 from w = {PARABOLA_START:g} with learning rate "
        f"{lr:.3g}, {steps} steps: {run.regime}; {run.message}. Last point drawn: "
        f"w = {ws[-1]:.4f}, L = {_fmt(run.losses[-1])}."
    )
    return Picture(fig, description)


def parabola_explorer(lr=0.1, steps=30):
    """A log-scale learning-rate slider (0.001 to about 3) and a steps slider
    over :func:`parabola_picture`."""
    controls = {
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-3, max=0.5, step=0.05, description="learning rate",
            readout_format=".3g", continuous_update=False,
            style={"description_width": "initial"},
        ),
        "steps": widgets.IntSlider(
            value=steps, min=1, max=100, description="steps", continuous_update=False,
        ),
    }
    return Explorer("Gradient descent on (w - 3)^2", controls, parabola_picture)


# ----------------------------------------------------------------------
# Two dimensions: L(w1, w2) = w1^2 + 10 w2^2
# ----------------------------------------------------------------------
def bowl_picture(lr=0.08, w1=BOWL_START[0], w2=BOWL_START[1], momentum=0.0, steps=50):
    """Gradient descent on ``L = w1**2 + 10 * w2**2``: the contour plot with the
    path (left) and the loss at every step (right)."""
    run = run_descent(elongated_bowl, (w1, w2), lr, steps, momentum=momentum)
    fig, (ax, ax_loss) = two_panel_figure()

    (x0, x1), (y0, y1) = BOWL_WINDOW
    g1, g2 = np.meshgrid(np.linspace(x0, x1, 201), np.linspace(y0, y1, 121))
    levels = [0.1, 0.3, 1, 3, 10, 30, 100]
    filled = ax.contourf(g1, g2, elongated_bowl(g1, g2), levels=[0] + levels, cmap="Blues_r")
    ax.contour(g1, g2, elongated_bowl(g1, g2), levels=levels, colors="white", linewidths=0.6)
    fig.colorbar(filled, ax=ax, label="loss")
    xs = [p[0] for p in run.path]
    ys = [p[1] for p in run.path]
    ax.plot(xs, ys, "-o", ms=3.5, lw=1.2, color=COLORS["secondary"], label="steps")
    ax.plot(xs[0], ys[0], "o", ms=9, color=COLORS["good"], label="start")
    ax.plot(0.0, 0.0, "*", ms=14, color=COLORS["bad"], label="minimum (0, 0)")
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel("w1")
    ax.set_ylabel("w2")
    ax.set_title(f"lr {lr:.3g}, momentum {momentum:.2f}: {run.regime}")
    ax.legend(loc="lower right", fontsize=8)
    draw_message(ax, run.message, bad=run.regime == DIVERGENT)

    draw_loss_curve(ax_loss, run.losses, ylim=(LOSS_FLOOR / 10, 1e6))

    end = run.path[-1]
    description = (
        f"Gradient descent on L = w1^2 + 10 w2^2 from ({w1:.2f}, {w2:.2f}) with learning rate "
        f"{lr:.3g} and momentum {momentum:.2f}, {steps} steps: {run.regime}; {run.message}. "
        f"Last point drawn: ({end[0]:.4f}, {end[1]:.4f}), L = {_fmt(run.losses[-1])}."
    )
    return Picture(fig, description)


def bowl_explorer(lr=0.08, w1=BOWL_START[0], w2=BOWL_START[1], momentum=0.0, steps=50):
    """Sliders for the learning rate (log scale), the starting point and
    momentum over :func:`bowl_picture`."""
    (x0, x1), (y0, y1) = BOWL_WINDOW
    style = {"description_width": "initial"}
    controls = {
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-3, max=0, step=0.02, description="learning rate",
            readout_format=".3g", continuous_update=False, style=style,
        ),
        "momentum": widgets.FloatSlider(
            value=momentum, min=0.0, max=0.95, step=0.05, description="momentum",
            continuous_update=False, style=style,
        ),
        "w1": widgets.FloatSlider(
            value=w1, min=x0, max=x1, step=0.1, description="start w1",
            continuous_update=False, style=style,
        ),
        "w2": widgets.FloatSlider(
            value=w2, min=y0, max=y1, step=0.1, description="start w2",
            continuous_update=False, style=style,
        ),
    }
    return Explorer(
        "Gradient descent on w1^2 + 10 w2^2", controls,
        lambda **values: bowl_picture(steps=steps, **values),
    )


# ----------------------------------------------------------------------
# Seed 002's network, retrained at the chosen learning rate
# ----------------------------------------------------------------------
def seed002_picture(xs, ys, lr=0.3, steps=200, seed=0):
    """Train seed 002's network at ``lr`` and draw the data with the fitted
    curve (left) and the loss at every step (right)."""
    result = train_seed002(xs, ys, lr, steps=steps, seed=seed)
    fig, (ax, ax_loss) = two_panel_figure()

    ax.plot(xs, ys, "o", color=COLORS["primary"], label="data")
    grid = np.linspace(min(xs), max(xs), 200)
    before = [seed002_predict(result.initial, x) for x in grid]
    ax.plot(grid, before, "--", color=COLORS["muted"], label="before training")
    if not result.diverged:
        after = [seed002_predict(result.params, x) for x in grid]
        ax.plot(grid, after, color=COLORS["secondary"], lw=2.5, label=f"after {steps} steps")
    low, high = min(ys), max(ys)
    margin = 0.5 * (high - low)
    ax.set_ylim(low - margin, high + margin)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title(f"y_hat = w2 * sigmoid(w1 * x + b1) + b2, learning rate {lr:.3g}")
    ax.legend(loc="lower right", fontsize=8)
    draw_message(ax, result.status, bad=result.diverged or result.losses[-1] > result.losses[0])

    draw_loss_curve(ax_loss, result.losses, title="Loss (mean squared error)", first_step=1)

    if result.diverged:
        fitted = "no fitted curve (the parameters ran away)"
    else:
        p = result.params
        fitted = (
            f"fitted w1 = {p['w1']:.3f}, b1 = {p['b1']:.3f}, w2 = {p['w2']:.3f}, "
            f"b2 = {p['b2']:.3f}"
        )
    description = (
        f"The one-hidden-neuron network trained on {len(xs)} points with learning rate {lr:.3g}: "
        f"{result.status}; {fitted}."
    )
    return Picture(fig, description)


def seed002_explorer(xs, ys, lr=0.3, steps=200, seed=0):
    """A log-scale learning-rate slider that retrains seed 002's network and redraws."""
    controls = {
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-3, max=1, step=0.05, description="learning rate",
            readout_format=".3g", continuous_update=False,
            style={"description_width": "initial"},
        ),
    }
    return Explorer(
        "Training the one-hidden-neuron network",
        controls,
        lambda lr: seed002_picture(xs, ys, lr=lr, steps=steps, seed=seed),
    )
