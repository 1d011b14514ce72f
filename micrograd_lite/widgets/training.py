"""Lesson 05's pictures and trainer: an MLP learns to separate two moons.

The training itself is :func:`micrograd_lite.classifier.train_moons`.

* :func:`moons_picture`: the decision boundary with the data (left) and the
  loss and accuracy during training (right).
* :class:`ProgressBar`: an ``IntProgress`` and a ``Label`` that a training
  loop updates; its stored output is a fixed sentence, so notebooks stay
  deterministic.
* :class:`MoonsTrainer`: a learning-rate slider, a Train button and the
  progress bar over :func:`moons_picture`.
"""


import time
import warnings

import ipywidgets as widgets
import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.ticker import MaxNLocator

from ..arrays import NumpyMLP
from ..classifier import lr_schedule, train_moons_numpy
from ..language import text, text_count
from ..plots import (COLORS, MessageBox, Picture, Scene, new_figure, plain_log_ticks,
                     two_panel_figure)
from .core import Explorer, LatestOnly

__all__ = [
    "moons_data_picture",
    "MoonsScene",
    "moons_picture",
    "ProgressBar",
    "MoonsTrainer",
]


# ----------------------------------------------------------------------
# Pictures
# ----------------------------------------------------------------------
WINDOW = ((-1.6, 2.6), (-1.2, 1.7))
GRID = (96, 72)  # points across and up where the decision boundary is computed
LOSS_RANGE = (1e-3, 10.0)  # the loss axis; it grows by decades for a run that leaves it


def _draw_points(ax, X, y):
    """Scatter the two classes; returns the two collections."""
    X, y = np.asarray(X), np.asarray(y)
    drawn = []
    for label, color, marker in ((-1, COLORS["primary"], "o"), (1, COLORS["secondary"], "s")):
        points = X[y == label]
        drawn.append(ax.scatter(points[:, 0], points[:, 1], c=color, marker=marker, s=28,
                                edgecolors="black", linewidths=0.5,
                                label=text("training.legend_class", label=label), zorder=3))
    (x0, x1), (y0, y1) = WINDOW
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return drawn


def moons_data_picture(X, y):
    """The two moons: the training points coloured by class."""
    fig, ax = new_figure(width=6.0, height=4.2)
    _draw_points(ax, X, y)
    ax.set_title(text("training.moons_title", points=len(y)))
    ax.legend(loc="lower left", fontsize=9)
    counts = {label: int(np.sum(np.asarray(y) == label)) for label in (-1, 1)}
    return Picture(fig, text("training.moons_description", points=len(y), upper=counts[-1],
                             lower=counts[1]))


def _as_network(model):
    return model if isinstance(model, NumpyMLP) else NumpyMLP.from_mlp(model)


class MoonsScene:
    """The decision boundary over the data (left), the loss and the accuracy
    at every step (right): laid out once, redrawn in place for every frame of
    a training run."""

    def __init__(self, X, y, steps):
        self.X, self.y, self.steps = X, y, steps
        fig, (ax, ax_loss) = two_panel_figure(right=0.94)
        self.scene = Scene(fig)
        self.ax = ax
        move = self.scene.moving
        (x0, x1), (y0, y1) = WINDOW
        g1, g2 = np.meshgrid(np.linspace(x0, x1, GRID[0]), np.linspace(y0, y1, GRID[1]))
        self.grid_shape = g1.shape
        self.grid = (g1, g2)
        self.grid_points = np.column_stack([g1.ravel(), g2.ravel()])
        self.region = move(ax.imshow(
            np.zeros(g1.shape), extent=(x0, x1, y0, y1), origin="lower", aspect="auto",
            interpolation="nearest", vmin=0, vmax=1, alpha=0.25,
            cmap=ListedColormap([COLORS["primary"], COLORS["secondary"]]),
        ))
        self.boundary = None
        # the points and the legend are painted after the tinted region, so that the
        # region does not tint them too (an orange square on blue would look olive)
        move(*_draw_points(ax, X, y))
        # lower right: no training point there, and the boundary rarely passes it
        move(ax.legend(loc="lower right", fontsize=8))
        self.title = move(ax.set_title(" "))
        self.message = MessageBox(self.scene, ax)

        self.ax_loss = ax_loss
        self.loss_line = move(ax_loss.plot([], [], color=COLORS["primary"], lw=2,
                                         label=text("training.legend_loss"))[0])
        ax_loss.set_xlabel(text("training.axis_step"))
        ax_loss.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax_loss.set_ylabel(text("training.axis_loss"), color=COLORS["primary"])
        ax_loss.set_yscale("log")
        plain_log_ticks(ax_loss.yaxis)
        ax_loss.set_ylim(*LOSS_RANGE)
        ax_loss.set_xlim(0, steps + 1)
        ax_acc = ax_loss.twinx()
        self.accuracy_line = move(ax_acc.plot([], [], color=COLORS["good"], lw=2,
                                                label=text("training.legend_accuracy"))[0])
        ax_acc.set_ylim(0, 105)
        ax_acc.set_ylabel(text("training.axis_accuracy"), color=COLORS["good"])
        ax_loss.set_title(text("training.curves_title"))
        lines = [self.loss_line, self.accuracy_line]
        ax_loss.legend(lines, [line.get_label() for line in lines], loc="lower left", fontsize=9)

    def _show_boundary(self, network):
        if self.boundary is not None:
            self.scene.forget(self.boundary)
            self.boundary = None
        if network is None:
            self.region.set_visible(False)
            return
        scores = network.scores(self.grid_points).reshape(self.grid_shape)
        region = (scores > 0).astype(float)
        self.region.set_data(region)
        self.region.set_visible(True)
        if 0.0 < region.mean() < 1.0:  # both classes somewhere: a boundary to draw
            self.boundary = self.scene.moving(self.ax.contour(
                *self.grid, region, levels=[0.5], colors="black", linewidths=1.5))

    def _show_curves(self, losses, accuracies):
        steps = np.arange(1, len(losses) + 1)
        values = np.asarray(losses, dtype=float)
        shown = values[np.isfinite(values) & (values > 0)]
        low, high = LOSS_RANGE
        if len(shown):  # grow the loss axis by whole decades to hold the losses
            low = min(low, 10.0 ** np.floor(np.log10(shown.min())))
            high = max(high, 10.0 ** np.ceil(np.log10(shown.max())))
        self.ax_loss.set_ylim(low, high)
        self.loss_line.set_data(steps, np.clip(values, *self.ax_loss.get_ylim()))
        self.accuracy_line.set_data(steps, 100 * np.asarray(accuracies[: len(steps)]))

    def draw(self, lr, losses, accuracies, network, title, status, bad, description):
        """A :class:`Picture` of a run (finished or under way)."""
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._show_boundary(network)
            self._show_curves(losses, accuracies)
        self.title.set_text(title)
        self.message.show(status, bad=bad)
        return self.scene.picture(description)

    def _run_title(self, run, network):
        if run.diverged:
            return text("training.run_title_diverged", lr=run.lr, step=run.diverged_at)
        with np.errstate(all="ignore"):
            above = network.scores(self.grid_points) > 0
        if above.all() or not above.any():  # the whole plane one colour: nothing to call a boundary
            return text("training.run_title_one_class", lr=run.lr)
        return text("training.run_title", lr=run.lr)

    def draw_run(self, run):
        """A :class:`Picture` of a finished :class:`~micrograd_lite.classifier.MoonsRun`."""
        reached = next((k for k, a in enumerate(run.accuracies, start=1) if a == 1.0), None)
        if reached:
            description = text("training.run_description_full", points=len(self.y), lr=run.lr,
                               last_lr=0.1 * run.lr, status=run.status, step=reached)
        else:
            description = text("training.run_description", points=len(self.y), lr=run.lr,
                               last_lr=0.1 * run.lr, status=run.status)
        bad = run.diverged or run.final_loss > run.losses[0]
        network = None if run.diverged else _as_network(run.model)
        return self.draw(run.lr, run.losses, run.accuracies, network,
                         self._run_title(run, network), run.status, bad, description)


def moons_picture(run, X, y):
    """The decision boundary of ``run.model`` over the data (left), the loss
    and the accuracy at every step (right)."""
    return MoonsScene(X, y, run.steps).draw_run(run)


# ----------------------------------------------------------------------
# Widgets
# ----------------------------------------------------------------------
class ProgressBar:
    """A progress bar (``IntProgress``) with a line of text (``Label``) beside it.

    Displaying it shows the widgets, with a fixed text in place of them where
    widgets cannot render: nbval compares that text, and a bar's changing
    state must not end up in a stored notebook output.
    """

    def __init__(self, total, description=None):
        self.total = total
        self.description = text("training.progress_description") if description is None else description
        self.bar = widgets.IntProgress(value=0, min=0, max=total, description=self.description)
        self.label = widgets.Label(value="")
        self.box = widgets.HBox([self.bar, self.label])

    def update(self, step, note=""):
        """Show ``step`` of ``total`` done, and ``note`` beside the bar."""
        self.bar.value = step
        if note:
            # the table's sentence ends the note itself (Chinese: with 。)
            self.label.value = text("training.progress_step_note", step=step, total=self.total,
                                    note=note.rstrip("。"))
        else:
            self.label.value = text("training.progress_step", step=step, total=self.total)

    def _ipython_display_(self):
        from IPython.display import display

        display(
            {
                "application/vnd.jupyter.widget-view+json": {
                    "version_major": 2,
                    "version_minor": 0,
                    "model_id": self.box.model_id,
                },
                "text/plain": text_count("training.progress_fallback", self.total,
                                         description=self.description),
            },
            raw=True,
        )


class MoonsTrainer(Explorer):
    """A learning-rate slider, a Train button and a progress bar.

    Moving the slider only chooses the rate; **Train** trains a fresh model
    (``make_model()``, the same initial weights every time) for ``steps``
    steps at that rate and shows it learning: the boundary and the curves are
    redrawn several times a second, the final picture within about
    :attr:`ANIMATION_SECONDS`. The run uses the numpy network
    (:func:`micrograd_lite.classifier.train_moons_numpy`), which gives the
    engine's numbers, in a background thread, so the kernel stays free for the
    controls: pressing Train again, or moving the rate, during a run starts it
    over. It trains once at the default rate when made, so the figure exists
    without a click.
    """

    ANIMATION_SECONDS = 1.2  # a run is paced to last about this long
    FRAME_SECONDS = 0.1  # at most one frame this often

    def __init__(self, X, y, make_model, lr=1.0, steps=100, alpha=1e-4):
        self.X, self.y = np.asarray(X, dtype=float), np.asarray(y)
        self.make_model = make_model
        self.steps, self.alpha = steps, alpha
        self.runs = {}  # learning rate -> (MoonsRun, final Picture)
        self.scene = MoonsScene(self.X, self.y, steps)
        self._shown = None
        self._training = LatestOnly(self._train_job, self._show_error, name="micrograd-lite training")
        self.progress = ProgressBar(steps)
        self.train_button = widgets.Button(description=text("training.button_train"),
                                           button_style="primary")
        self.train_button.on_click(self._on_train)
        slider = widgets.FloatLogSlider(
            value=lr, base=10, min=-2, max=1, step=0.05, description=text("training.slider_lr"),
            readout_format=".3g", continuous_update=False, style={"description_width": "initial"},
        )
        super().__init__(
            text("training.explorer"), {"lr": slider}, self._picture_at,
            buttons=[self.train_button, self.progress.bar, self.progress.label],
        )

    @property
    def run(self):
        """The run the picture shows."""
        self.wait()
        return self._shown

    def wait(self, timeout=None):
        """Block until the training asked for and its pictures are done."""
        return self._training.wait(timeout) and super().wait(timeout)

    def train(self, lr, on_step=None):
        """Train a fresh model at ``lr`` (moving the progress bar) and return its run."""
        def report(k, loss, accuracy, net):
            if on_step is not None and on_step(k, loss, accuracy, net) is False:
                return False
            return None

        self.progress.update(0, text("training.progress_start", lr=lr))
        return train_moons_numpy(self.make_model(), self.X, self.y, lr=lr, steps=self.steps,
                                 alpha=self.alpha, callback=report)

    def _final_picture(self, lr, run):
        """The run's final picture (the same object every time for one rate)."""
        if lr not in self.runs:
            with self._draw_lock:
                self.runs[lr] = (run, self.scene.draw_run(run))
        return self.runs[lr]

    def _picture_at(self, lr):
        run, picture = self.runs[lr] if lr in self.runs else self._final_picture(lr, self.train(lr))
        self.progress.update(len(run.losses), run.status)
        self._shown = run
        return picture

    def _train_job(self, lr, generation):
        """Train at ``lr`` in the background, showing frames; stop early when a
        newer press (or rate) arrives."""
        start = time.monotonic()
        last_frame = [start]
        schedule = lr_schedule(lr, self.steps)

        def on_step(k, loss, accuracy, net):
            if self._training.superseded(generation):
                return False
            now = time.monotonic()
            if now - last_frame[0] >= self.FRAME_SECONDS and k < self.steps:
                self._show_frame(lr, k, loss, accuracy, net, schedule(k))
                last_frame[0] = time.monotonic()
            due = start + self.ANIMATION_SECONDS * k / self.steps
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            return None

        self._accuracies, self._losses = [], []
        run = self.train(lr, on_step=self._recording(on_step))
        if self._training.superseded(generation):
            return
        run, picture = self._final_picture(lr, run)
        self.progress.update(len(run.losses), run.status)
        self._shown = run
        self.output.show(picture)

    def _recording(self, on_step):
        def record(k, loss, accuracy, net):
            self._losses.append(loss)
            self._accuracies.append(accuracy)
            return on_step(k, loss, accuracy, net)
        return record

    def _show_frame(self, lr, k, loss, accuracy, net, step_lr):
        self.progress.update(k, text("training.frame_progress", loss=loss, accuracy=accuracy))
        with self._draw_lock:
            picture = self.scene.draw(
                lr, list(self._losses), list(self._accuracies), net,
                text("training.frame_title", lr=lr, step=k, steps=self.steps),
                text("training.frame_status", step=k, loss=loss, accuracy=accuracy, step_lr=step_lr),
                False,
                text("training.frame_description", lr=lr, step=k, steps=self.steps, loss=loss,
                     accuracy=accuracy),
            )
        self.output.show(picture)

    def _on_change(self, change):
        # choosing a rate does not train; during a run, it starts the run over
        if self._training.busy:
            self._training.submit(change["new"])
        else:
            self.progress.label.value = text("training.press_train", lr=change["new"])

    def _on_train(self, button=None):
        self._training.submit(self.controls["lr"].value)
