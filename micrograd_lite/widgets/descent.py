"""Lesson 04's pictures and explorers: gradient descent and the learning rate.

Each explorer is a pure drawing function of its controls' values (testable
without a front end) plus a thin builder that wires sliders to it:

* :func:`parabola_picture` / :func:`parabola_explorer`: the update rule on
  ``L(w) = (w - 3)**2``, the steps drawn on the curve, a log-scale
  learning-rate slider;
* :func:`bowl_picture` / :func:`bowl_explorer`: a two-dimensional loss as a
  contour plot with the descent path; sliders for the learning rate, the
  starting point and momentum;
* :func:`sigmoid_net_picture` / :func:`sigmoid_net_explorer`: the sigmoid network of 《导函数 和 更新权重的简单的例子 梯度下降法》
  retrained at the chosen learning rate, its loss curve and fitted curve.

A run that diverges is drawn up to where it blew up, with a message on the
figure; no slider position raises. A path or curve that leaves the window is
said so in the figure's message. Each explorer keeps one scene
(:class:`micrograd_lite.plots.Scene`) and redraws it in place while its
sliders move.
"""


import math

import ipywidgets as widgets
import numpy as np
from matplotlib.legend import Legend
from matplotlib.ticker import MaxNLocator, StrMethodFormatter

from ..descent import (
    BOWL_START,
    DIVERGENT,
    PARABOLA_START,
    elongated_bowl,
    parabola,
    run_descent,
    SigmoidNetFit,
    sigmoid_net_init,
    sigmoid_net_predict,
)
from ..engine import stable_sigmoid
from ..train import loss_blew_up
from ..language import text, text_count
from ..plots import COLORS, MessageBox, Scene, hides, plain_log_ticks, two_panel_figure
from .core import Explorer

__all__ = [
    "ParabolaScene",
    "parabola_picture",
    "parabola_explorer",
    "BowlScene",
    "bowl_picture",
    "bowl_explorer",
    "train_sigmoid_net_fast",
    "SigmoidNetScene",
    "sigmoid_net_picture",
    "sigmoid_net_explorer",
    "LossPanel",
    "left_window",
]

# what the figures show: fixed, so that pictures at different rates compare
PARABOLA_WINDOW = (-6.0, 12.0)
PARABOLA_LOSS_RANGE = (-3.0, 95.0)
BOWL_WINDOW = ((-5.0, 5.0), (-2.5, 2.5))
LOSS_FLOOR = 1e-12  # a loss of exactly 0 still fits on a logarithmic axis
# The loss panel's step axis snaps to one of these lengths (the shortest that
# holds the run), so that a steps slider changes the axis only now and then.
STEP_AXIS_LENGTHS = (5, 10, 20, 30, 50, 100, 200, 300, 500, 1000)


# ----------------------------------------------------------------------
# Pieces the figures share
# ----------------------------------------------------------------------
def _padded(window, margin):
    """``window`` ((x0, x1), (y0, y1)) grown by ``margin`` of its span on every side."""
    return tuple((low - margin * (high - low), high + margin * (high - low)) for low, high in window)


def left_window(xs, ys, xlim, ylim):
    """Whether any point ``(xs[i], ys[i])`` lies outside the window."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    return bool(np.any((xs < min(xlim)) | (xs > max(xlim)) | (ys < min(ylim)) | (ys > max(ylim))))


class LossPanel:
    """The loss at every step on a logarithmic axis, in a :class:`Scene`.

    The loss axis starts as ``ylim`` and grows by whole thousands when a run
    climbs above it (up to 1e30; a loss above that, or not a number, is drawn
    at the top); the step axis snaps to a length in :data:`STEP_AXIS_LENGTHS`
    that holds the steps asked for. A loss of 0 is drawn at the floor.
    """

    CEILING = 1e30

    def __init__(self, scene, ax, title=None, ylim=(LOSS_FLOOR / 10, 1e6)):
        self.ax = ax
        self.ylim = ylim
        self.line = scene.moving(ax.semilogy([], [], "-o", ms=3, lw=1.5, color=COLORS["primary"])[0])
        ax.set_xlabel(text("descent.axis_step"))
        ax.set_ylabel(text("descent.axis_loss_log"))
        ax.set_title(text("descent.loss_title") if title is None else title)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        plain_log_ticks(ax.yaxis)
        ax.set_ylim(*ylim)

    def show(self, losses, steps, first_step=0):
        values = np.asarray(losses, dtype=float)
        values = np.where(np.isfinite(values), values, self.CEILING)
        low, top = self.ylim
        highest = float(np.max(values)) if len(values) else top
        while top < highest and top < self.CEILING:
            top *= 1e3
        self.ax.set_ylim(low, top)
        self.line.set_data(np.arange(first_step, first_step + len(values)),
                           np.clip(values, low * 10, top))
        below = bool(np.any(values < low * 10))
        self.ax.set_ylabel(text("descent.axis_loss_log_floor", floor=low * 10) if below
                           else text("descent.axis_loss_log"))
        last = first_step + max(steps, 1) - (1 if first_step else 0)
        length = next((n for n in STEP_AXIS_LENGTHS if n >= last), last)
        self.ax.set_xlim(first_step - 0.02 * length, length * 1.02)


def _message_strip(scene, ax, panel_top, message_top, title_base):
    """Lower ``ax``'s top to ``panel_top`` and lay out the strip above it: the
    title on ``title_base`` and, under it, a :class:`MessageBox` whose top is
    ``message_top`` (all in figure fractions). A box in that strip hides
    nothing the panel draws, wherever a path goes. Returns (title, box)."""
    box = ax.get_position()
    ax.set_position([box.x0, box.y0, box.width, panel_top - box.y0])
    in_axes = lambda y: (y - box.y0) / (panel_top - box.y0)  # noqa: E731
    title = scene.moving(ax.set_title(" ", y=in_axes(title_base)))
    return title, MessageBox(scene, ax, y=in_axes(message_top))


def _fmt(x):
    return f"{x:.4g}"


# ----------------------------------------------------------------------
# One dimension: L(w) = (w - 3)^2
# ----------------------------------------------------------------------
class ParabolaScene:
    """Gradient descent on ``L(w) = (w - 3)**2`` from w = -1: the steps on the
    curve (left) and the loss at every step (right), redrawn in place."""

    # the curve panel is lower than the loss panel: its message box goes in the strip
    # above it, under the title, where it hides no step (a run that diverges draws
    # lines across the whole window, up to the top), in figure fractions
    HEIGHT = 5.0
    CURVE_TOP = 0.75
    MESSAGE_TOP = 0.905
    TITLE_BASE = 0.915
    PANEL_BOTTOM = 0.19

    def __init__(self):
        fig, (ax, ax_loss) = two_panel_figure(height=self.HEIGHT)
        fig.subplots_adjust(bottom=self.PANEL_BOTTOM)  # room for the legend under the curve
        self.scene = Scene(fig)
        move = self.scene.moving
        self.title, self.message = _message_strip(self.scene, ax, self.CURVE_TOP,
                                                  self.MESSAGE_TOP, self.TITLE_BASE)
        w = np.linspace(*PARABOLA_WINDOW, 400)
        curve = ax.plot(w, parabola(w), color=COLORS["muted"], lw=2, label="L(w) = (w - 3)²")[0]
        self.path = move(ax.plot([], [], "-o", ms=4, lw=1, color=COLORS["secondary"],
                                 label=text("descent.legend_steps"))[0])
        start = ax.plot(PARABOLA_START, parabola(PARABOLA_START), "o", ms=9, color=COLORS["good"],
                        label=text("descent.legend_start"))[0]
        minimum = ax.plot(3.0, 0.0, "*", ms=14, color=COLORS["primary"],
                          label=text("descent.legend_minimum_parabola"))[0]
        ax.set_xlim(*PARABOLA_WINDOW)
        ax.set_ylim(*PARABOLA_LOSS_RANGE)
        ax.set_xlabel("w")
        ax.set_ylabel(text("descent.axis_loss_w"))
        # under the panel, outside it: a path that runs away crosses every part of the window
        ax.legend(handles=[curve, self.path, start, minimum], loc="upper center",
                  bbox_to_anchor=(0.5, -0.14), ncol=4, fontsize=8, frameon=False)
        self.loss = LossPanel(self.scene, ax_loss, ylim=(LOSS_FLOOR / 10, 1e6))

    def draw(self, lr=0.1, steps=30):
        run = run_descent(parabola, PARABOLA_START, lr, steps)
        ws = [p[0] for p in run.path]
        self.path.set_data(ws, run.losses)
        self.title.set_text(text("descent.parabola_title", lr=lr, regime=run.regime))
        message = run.message
        if left_window(ws[-1:], run.losses[-1:], PARABOLA_WINDOW, PARABOLA_LOSS_RANGE):
            message = text("descent.path_leaves_at_w", message=run.message, w=ws[-1])
        elif left_window(ws, run.losses, PARABOLA_WINDOW, PARABOLA_LOSS_RANGE):
            message = text("descent.path_goes_outside", message=run.message)
        self.message.show(message, bad=run.regime == DIVERGENT)
        self.loss.show(run.losses, steps)
        description = text_count("descent.parabola_description", steps, start=PARABOLA_START, lr=lr,
                                 regime=run.regime, message=run.message, w=ws[-1],
                           loss=_fmt(run.losses[-1]))
        return self.scene.picture(description)


def parabola_picture(lr=0.1, steps=30):
    """Gradient descent on ``L(w) = (w - 3)**2`` from w = -1: the steps on the
    curve (left) and the loss at every step (right)."""
    return ParabolaScene().draw(lr, steps)


def parabola_explorer(lr=0.1, steps=30):
    """A log-scale learning-rate slider (0.001 to about 3) and a steps slider
    over :func:`parabola_picture`."""
    controls = {
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-3, max=0.5, step=0.05, description=text("descent.slider_lr"),
            readout_format=".3g",
            style={"description_width": "initial"},
        ),
        "steps": widgets.IntSlider(
            value=steps, min=1, max=100, description=text("descent.slider_steps"), 
        ),
    }
    return Explorer(text("descent.parabola_explorer"), controls, ParabolaScene().draw)


# ----------------------------------------------------------------------
# Two dimensions: L(w1, w2) = w1^2 + 10 w2^2
# ----------------------------------------------------------------------
class BowlScene:
    """Gradient descent on ``L = w1**2 + 10 * w2**2``: the contour plot with the
    path (left) and the loss at every step (right), redrawn in place."""

    # the contour panel is lower than the loss panel: its message box goes in the strip
    # above it, under the title, where it hides no start point and no path (a path can
    # go anywhere in the window), in figure fractions
    HEIGHT = 5.0
    CONTOUR_TOP = 0.75
    MESSAGE_TOP = 0.905
    TITLE_BASE = 0.915
    LOSS_SHIFT = 0.03
    VIEW_MARGIN = 0.04  # of each side's span

    def __init__(self):
        fig, (ax, ax_loss) = two_panel_figure(height=self.HEIGHT)
        self.scene = Scene(fig)
        move = self.scene.moving
        self.title, self.message = _message_strip(self.scene, ax, self.CONTOUR_TOP,
                                                  self.MESSAGE_TOP, self.TITLE_BASE)
        # the loss panel moves right, so that its axis label (two lines when a loss is
        # drawn at the floor) keeps clear of the colour bar's label
        right = ax_loss.get_position()
        ax_loss.set_position([right.x0 + self.LOSS_SHIFT, right.y0, right.width - self.LOSS_SHIFT,
                              right.height])
        # the view reaches a little past the start sliders' ends, so that a start
        # on an end of both sliders still shows its whole dot
        (x0, x1), (y0, y1) = _padded(BOWL_WINDOW, self.VIEW_MARGIN)
        g1, g2 = np.meshgrid(np.linspace(x0, x1, 201), np.linspace(y0, y1, 121))
        levels = [0.1, 0.3, 1, 3, 10, 30, 100]
        filled = ax.contourf(g1, g2, elongated_bowl(g1, g2), levels=[0] + levels, cmap="Blues_r")
        ax.contour(g1, g2, elongated_bowl(g1, g2), levels=levels, colors="white", linewidths=0.6)
        # the levels as they are written above (100, 3, 0.3), not each with one decimal (100.0, 3.0)
        fig.colorbar(filled, ax=ax, label=text("descent.colorbar_loss"), use_gridspec=False,
                     format=StrMethodFormatter("{x:g}"))
        self.path = move(ax.plot([], [], "-o", ms=3.5, lw=1.2, color=COLORS["secondary"],
                                 label=text("descent.legend_steps"))[0])
        self.start = move(ax.plot([], [], "o", ms=9, color=COLORS["good"],
                                  label=text("descent.legend_start"))[0])
        minimum = ax.plot(0.0, 0.0, "*", ms=14, color=COLORS["bad"],
                          label=text("descent.legend_minimum_bowl"))[0]
        self.minimum = minimum
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_xlabel("w1")
        ax.set_ylabel("w2")
        # one legend per corner; each picture shows the one that hides the fewest
        # points of the path (the start above all), painted after the path, so that a
        # path that cannot avoid it passes under its box, not across its words
        handles = [self.path, self.start, minimum]
        self.legends = {}
        for corner in self.LEGEND_CORNERS:
            legend = Legend(ax, handles, [h.get_label() for h in handles], loc=corner, fontsize=8)
            legend.set_visible(False)
            ax.add_artist(legend)
            self.legends[corner] = move(legend)
        self.loss = LossPanel(self.scene, ax_loss, ylim=(LOSS_FLOOR / 10, 1e6))

    LEGEND_CORNERS = ("lower right", "upper right", "lower left", "upper left")

    MARKER_MARGIN = 8  # pixels: the start's marker is 9 points wide

    def _legend_corner(self, xs, ys):
        """The corner whose legend covers the start's marker least, then the least of
        the path's line (sampled along each segment; the first corner of
        LEGEND_CORNERS on a tie)."""
        ax = self.minimum.axes
        points = ax.transData.transform(np.column_stack([xs, ys]))
        points = points[np.all(np.isfinite(points), axis=1)]
        along = np.linspace(0.0, 1.0, 16)[:, None, None]
        line = (points[:-1] + along * (points[1:] - points[:-1])).reshape(-1, 2)
        renderer = self.scene.canvas.get_renderer()

        def covered(corner):
            box = self.legends[corner].get_window_extent(renderer).padded(self.MARKER_MARGIN)
            start = len(points) > 0 and box.contains(*points[0])
            return (start, sum(box.contains(x, y) for x, y in line))

        return min(self.LEGEND_CORNERS, key=covered)

    def draw(self, lr=0.08, w1=BOWL_START[0], w2=BOWL_START[1], momentum=0.0, steps=50):
        run = run_descent(elongated_bowl, (w1, w2), lr, steps, momentum=momentum)
        xs = [p[0] for p in run.path]
        ys = [p[1] for p in run.path]
        self.path.set_data(xs, ys)
        self.start.set_data(xs[:1], ys[:1])
        corner = self._legend_corner(xs, ys)
        self.scene.variant = corner
        for name, legend in self.legends.items():
            legend.set_visible(name == corner)
        self.title.set_text(text("descent.bowl_title", lr=lr, momentum=momentum, regime=run.regime))
        message = run.message
        if left_window(xs[-1:], ys[-1:], *BOWL_WINDOW):
            end = run.path[-1]
            message = text("descent.path_leaves_at_point", message=run.message, w1=end[0], w2=end[1])
        elif left_window(xs, ys, *BOWL_WINDOW):
            message = text("descent.path_goes_outside", message=run.message)
        self.message.show(message, bad=run.regime == DIVERGENT)
        self.loss.show(run.losses, steps)
        end = run.path[-1]
        description = text_count("descent.bowl_description", steps, w1=w1, w2=w2, lr=lr,
                                 momentum=momentum, regime=run.regime, message=run.message, end1=end[0],
                           end2=end[1], loss=_fmt(run.losses[-1]))
        return self.scene.picture(description)


def bowl_picture(lr=0.08, w1=BOWL_START[0], w2=BOWL_START[1], momentum=0.0, steps=50):
    """Gradient descent on ``L = w1**2 + 10 * w2**2``: the contour plot with the
    path (left) and the loss at every step (right)."""
    return BowlScene().draw(lr, w1, w2, momentum, steps)


def bowl_explorer(lr=0.08, w1=BOWL_START[0], w2=BOWL_START[1], momentum=0.0, steps=50):
    """Sliders for the learning rate (log scale), the starting point and
    momentum over :func:`bowl_picture`."""
    (x0, x1), (y0, y1) = BOWL_WINDOW
    style = {"description_width": "initial"}
    controls = {
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-3, max=0, step=0.02, description=text("descent.slider_lr"),
            readout_format=".3g", style=style,
        ),
        "momentum": widgets.FloatSlider(
            value=momentum, min=0.0, max=0.95, step=0.05, description=text("descent.slider_momentum"),
            style=style,
        ),
        "w1": widgets.FloatSlider(
            value=w1, min=x0, max=x1, step=0.1, description=text("descent.slider_start_w1"),
            style=style,
        ),
        "w2": widgets.FloatSlider(
            value=w2, min=y0, max=y1, step=0.1, description=text("descent.slider_start_w2"),
            style=style,
        ),
    }
    return Explorer(
        text("descent.bowl_explorer"), controls,
        lambda scene=BowlScene(), **values: scene.draw(steps=steps, **values),
    )


# ----------------------------------------------------------------------
# The sigmoid network, retrained at the chosen learning rate
# ----------------------------------------------------------------------
def _square(d):
    try:
        return math.pow(d, 2.0)  # as the engine's ** 2: IEEE inf on overflow
    except OverflowError:
        return math.inf


def train_sigmoid_net_fast(xs, ys, lr, steps=200, seed=0, blowup=1e3):
    """:func:`micrograd_lite.descent.train_sigmoid_net` with plain floats: the same
    start, forward pass, loss, gradients (the chain rule written out, as
    lesson 03 derives them), update and divergence rule, without building a
    graph at every step: about ten times faster, for an explorer that
    retrains on every slider move. The numbers agree with the engine's to
    rounding (tests/test_widgets_live.py checks every slider position)."""
    initial = {name: p.data for name, p in sigmoid_net_init(seed).items()}
    w1, b1, w2, b2 = (initial[name] for name in ("w1", "b1", "w2", "b2"))
    n = len(xs)
    losses, diverged_at = [], None
    for k in range(1, steps + 1):
        total = 0.0
        g_w1 = g_b1 = g_w2 = g_b2 = 0.0
        for x, y in zip(xs, ys):
            h = stable_sigmoid(w1 * x + b1)
            d = (w2 * h + b2) - y
            total += _square(d)
            g_out = 2.0 * d / n  # dL/dy_hat
            g_w2 += g_out * h
            g_b2 += g_out
            g_z = g_out * w2 * h * (1.0 - h)  # dL/dz
            g_w1 += g_z * x
            g_b1 += g_z
        loss = total / n
        losses.append(loss)
        if loss_blew_up(loss, losses[0], blowup):
            diverged_at = k
            break
        w1, b1, w2, b2 = w1 - lr * g_w1, b1 - lr * g_b1, w2 - lr * g_w2, b2 - lr * g_b2
        if not all(math.isfinite(p) for p in (w1, b1, w2, b2)):
            diverged_at = k
            break
    result = SigmoidNetFit(lr=float(lr), steps=steps, losses=losses,
                           params={"w1": w1, "b1": b1, "w2": w2, "b2": b2}, initial=initial,
                           diverged_at=diverged_at)
    return result


class SigmoidNetScene:
    """The sigmoid network trained at a learning rate: the data with the fitted
    curve (left) and the loss at every step (right), redrawn in place.

    The left panel's y axis follows the curves: it holds the data and both
    curves, growing by whole data spans (so that it changes only now and
    then), up to :attr:`MAX_SPANS` spans; a curve that goes further is cut,
    and the figure says so. Runs are kept per learning rate, so a slider that
    goes back and forth does not retrain.
    """

    MAX_SPANS = 4
    LEGEND_PLACES = ("center left", "lower right", "upper left", "center right", "lower left")
    HEADROOMS = (0.0, 0.5, 1.0, 1.5, 2.0)  # spans added on top to make room for the message
    RUNS_KEPT = 256

    def __init__(self, xs, ys, steps=200, seed=0):
        self.xs, self.ys, self.steps, self.seed = list(xs), list(ys), steps, seed
        self._runs = {}
        fig, (ax, ax_loss) = two_panel_figure()
        self.scene = Scene(fig)
        self.ax = ax
        move = self.scene.moving
        data = ax.plot(xs, ys, "o", color=COLORS["primary"], label=text("descent.legend_data"))[0]
        self.data = data
        self.grid = np.linspace(min(xs), max(xs), 200)
        initial = {name: p.data for name, p in sigmoid_net_init(seed).items()}
        self.before_curve = np.array([sigmoid_net_predict(initial, x) for x in self.grid])
        self.before = ax.plot(self.grid, self.before_curve, "--", color=COLORS["muted"],
                              label=text("descent.legend_before"))[0]
        self.after = move(ax.plot([], [], color=COLORS["secondary"], lw=2.5,
                                  label=text_count("descent.legend_after", steps))[0])
        ax.set_xlabel("x")
        ax.set_ylabel("y")
        # still legends: with the fitted curve, and without it (diverged), each in a few
        # places; a picture shows the first place that hides no point and no curve (the
        # data rise from left to right, so on the left half way up is usually free)
        self.legends = {
            (diverged, place): ax.add_artist(Legend(ax, handles, [h.get_label() for h in handles],
                                                    loc=place, fontsize=8))
            for diverged, handles in ((False, [data, self.before, self.after]),
                                      (True, [data, self.before]))
            for place in self.LEGEND_PLACES
        }
        self.title = move(ax.set_title(" "))
        self.message = MessageBox(self.scene, ax)
        self.loss = LossPanel(self.scene, ax_loss, title=text("descent.sigmoid_net_loss_title"),
                              ylim=(1e-5, 1e5))
        low, high = min(ys), max(ys)
        self.span = high - low
        self.data_window = (low - 0.5 * self.span, high + 0.5 * self.span)

    def _show_legend(self, diverged, drawn):
        """Show the legend (``diverged``: the one without the fitted curve) in the first
        of LEGEND_PLACES where it hides none of the lines ``drawn``, or in the first place
        if none is free; returns it."""
        renderer = self.scene.canvas.get_renderer()
        lines = [line for line in drawn if line is not None]
        place = next((place for place in self.LEGEND_PLACES
                      if not any(hides(self.legends[diverged, place].get_window_extent(renderer),
                                       line, renderer) for line in lines)),
                     self.LEGEND_PLACES[0])
        self.scene.variant = (diverged, place)
        for key, legend in self.legends.items():
            legend.set_visible(key == (diverged, place))
        return self.legends[diverged, place]

    def train(self, lr):
        if lr not in self._runs:
            if len(self._runs) >= self.RUNS_KEPT:
                self._runs.pop(next(iter(self._runs)))
            self._runs[lr] = train_sigmoid_net_fast(self.xs, self.ys, lr, steps=self.steps,
                                                seed=self.seed)
        return self._runs[lr]

    def _window(self, curves):
        """The y window: the data's, grown by whole spans to hold the curves."""
        lo, hi = self.data_window
        top = max([hi] + [float(np.max(c)) for c in curves])
        bottom = min([lo] + [float(np.min(c)) for c in curves])
        grow_up = min(self.MAX_SPANS, int(np.ceil((top - hi) / self.span)))
        grow_down = min(self.MAX_SPANS, int(np.ceil((lo - bottom) / self.span)))
        return lo - grow_down * self.span, hi + grow_up * self.span

    def draw(self, lr=0.3):
        result = self.train(lr)
        steps = self.steps
        curves = [self.before_curve]
        if result.diverged:
            self.after.set_data([], [])
            self.after.set_visible(False)
        else:
            after = np.array([sigmoid_net_predict(result.params, x) for x in self.grid])
            self.after.set_data(self.grid, after)
            self.after.set_visible(True)
            curves.append(after)
        window = self._window(curves)
        message = result.status
        if left_window(np.concatenate([self.grid] * len(curves)), np.concatenate(curves),
                       (-np.inf, np.inf), window):
            message = text("descent.curve_leaves", message=result.status)
        self.title.set_text(text("descent.sigmoid_net_title", lr=lr))
        drawn = (self.data, self.before, self.after if not result.diverged else None)
        # where the message hides no point and no curve: if no place in the window is
        # free, the window grows upwards by half data spans (a few sizes, kept apart)
        for headroom in self.HEADROOMS:
            self.ax.set_ylim(window[0], window[1] + headroom * self.span)
            legend = self._show_legend(result.diverged, drawn)
            if self.message.show(message, avoid=drawn + (legend,),
                                 bad=result.diverged or result.losses[-1] > result.losses[0]):
                break
        self.loss.show(result.losses, steps, first_step=1)

        if result.diverged:
            description = text("descent.sigmoid_net_description_diverged", points=len(self.xs), lr=lr,
                               status=result.status)
        else:
            p = result.params
            description = text("descent.sigmoid_net_description", points=len(self.xs), lr=lr,
                               status=result.status, w1=p["w1"], b1=p["b1"], w2=p["w2"],
                               b2=p["b2"])
        return self.scene.picture(description)


def sigmoid_net_picture(xs, ys, lr=0.3, steps=200, seed=0):
    """Train the sigmoid network at ``lr`` and draw the data with the fitted
    curve (left) and the loss at every step (right)."""
    return SigmoidNetScene(xs, ys, steps=steps, seed=seed).draw(lr)


def sigmoid_net_explorer(xs, ys, lr=0.3, steps=200, seed=0):
    """A log-scale learning-rate slider that retrains the sigmoid network and redraws."""
    controls = {
        "lr": widgets.FloatLogSlider(
            value=lr, base=10, min=-3, max=1, step=0.05, description=text("descent.slider_lr"),
            readout_format=".3g",
            style={"description_width": "initial"},
        ),
    }
    return Explorer(
        text("descent.sigmoid_net_explorer"),
        controls,
        SigmoidNetScene(xs, ys, steps=steps, seed=seed).draw,
    )
