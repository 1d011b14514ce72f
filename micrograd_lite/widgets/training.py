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


import ipywidgets as widgets
import numpy as np
from matplotlib.ticker import MaxNLocator

from ..arrays import NumpyMLP
from ..plots import COLORS, Picture, new_figure
from ..classifier import train_moons
from .core import Explorer
from .descent import draw_message, two_panel_figure

__all__ = [
    "moons_data_picture",
    "moons_picture",
    "ProgressBar",
    "MoonsTrainer",
]


# ----------------------------------------------------------------------
# Pictures
# ----------------------------------------------------------------------
WINDOW = ((-1.6, 2.6), (-1.2, 1.7))


def _draw_points(ax, X, y):
    X, y = np.asarray(X), np.asarray(y)
    for label, color, marker in ((-1, COLORS["primary"], "o"), (1, COLORS["secondary"], "s")):
        points = X[y == label]
        ax.scatter(points[:, 0], points[:, 1], c=color, marker=marker, s=28,
                   edgecolors="black", linewidths=0.5, label=f"class {label:+d}")
    (x0, x1), (y0, y1) = WINDOW
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")


def moons_data_picture(X, y):
    """The two moons: the training points coloured by class."""
    fig, ax = new_figure(width=6.0, height=4.2)
    _draw_points(ax, X, y)
    ax.set_title(f"Two moons: {len(y)} points, two classes")
    ax.legend(loc="lower left", fontsize=9)
    counts = {label: int(np.sum(np.asarray(y) == label)) for label in (-1, 1)}
    return Picture(
        fig,
        f"Two moons: {len(y)} points, {counts[-1]} of class -1 (upper moon) and "
        f"{counts[1]} of class +1 (lower moon).",
    )


def moons_picture(run, X, y):
    """The decision boundary of ``run.model`` over the data (left), the loss
    and the accuracy at every step (right)."""
    fig, (ax, ax_loss) = two_panel_figure(right=0.94)
    if not run.diverged:
        (x0, x1), (y0, y1) = WINDOW
        g1, g2 = np.meshgrid(np.linspace(x0, x1, 160), np.linspace(y0, y1, 120))
        scores = NumpyMLP.from_mlp(run.model).scores(np.column_stack([g1.ravel(), g2.ravel()]))
        region = (scores.reshape(g1.shape) > 0).astype(float)
        ax.contourf(g1, g2, region, levels=[-0.5, 0.5, 1.5],
                    colors=[COLORS["primary"], COLORS["secondary"]], alpha=0.25)
        ax.contour(g1, g2, region, levels=[0.5], colors="black", linewidths=1.5)
    _draw_points(ax, X, y)
    ax.legend(loc="lower left", fontsize=8)
    bad = run.diverged or run.final_loss > run.losses[0]
    ax.set_title(f"Decision boundary after training, learning rate {run.lr:.3g}")
    draw_message(ax, run.status, bad=bad)

    steps = np.arange(1, len(run.losses) + 1)
    ax_loss.plot(steps, run.losses, color=COLORS["primary"], lw=2, label="loss")
    ax_loss.set_xlabel("step")
    ax_loss.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax_loss.set_ylabel("loss", color=COLORS["primary"])
    ax_loss.set_yscale("log")
    ax_acc = ax_loss.twinx()
    ax_acc.plot(steps, 100 * np.asarray(run.accuracies[: len(steps)]), color=COLORS["good"],
                lw=2, label="accuracy")
    ax_acc.set_ylim(0, 105)
    ax_acc.set_ylabel("training accuracy (%)", color=COLORS["good"])
    ax_loss.set_title("Loss and accuracy during training")
    lines = ax_loss.get_lines() + ax_acc.get_lines()
    ax_loss.legend(lines, [line.get_label() for line in lines], loc="lower left", fontsize=9)

    reached = next((k for k, a in enumerate(run.accuracies, start=1) if a == 1.0), None)
    first_full = f"; 100% first reached at step {reached}" if reached else ""
    description = (
        f"MLP trained on {len(y)} two-moons points with learning rate {run.lr:.3g} "
        f"(falling to {0.1 * run.lr:.3g}): {run.status}{first_full}."
    )
    return Picture(fig, description)


# ----------------------------------------------------------------------
# Widgets
# ----------------------------------------------------------------------
class ProgressBar:
    """A progress bar (``IntProgress``) with a line of text (``Label``) beside it.

    Displaying it shows the widgets, with a fixed text in place of them where
    widgets cannot render: nbval compares that text, and a bar's changing
    state must not end up in a stored notebook output.
    """

    def __init__(self, total, description="training"):
        self.total = total
        self.description = description
        self.bar = widgets.IntProgress(value=0, min=0, max=total, description=description)
        self.label = widgets.Label(value="")
        self.box = widgets.HBox([self.bar, self.label])

    def update(self, step, text=""):
        """Show ``step`` of ``total`` done, and ``text`` beside the bar."""
        self.bar.value = step
        self.label.value = f"step {step}/{self.total}" + (f": {text}" if text else "")

    def _ipython_display_(self):
        from IPython.display import display

        display(
            {
                "application/vnd.jupyter.widget-view+json": {
                    "version_major": 2,
                    "version_minor": 0,
                    "model_id": self.box.model_id,
                },
                "text/plain": f"[{self.description}: a progress bar over {self.total} steps, "
                "shown with a running kernel]",
            },
            raw=True,
        )


class MoonsTrainer(Explorer):
    """A learning-rate slider, a Train button and a progress bar.

    Moving the slider only chooses the rate; **Train** trains a fresh model
    (``make_model()``, the same initial weights every time) for ``steps``
    steps at that rate, moving the progress bar, then redraws. It trains once
    at the default rate when made, so the figure exists without a click.
    """

    def __init__(self, X, y, make_model, lr=1.0, steps=100, alpha=1e-4):
        self.X, self.y = X, y
        self.make_model = make_model
        self.steps, self.alpha = steps, alpha
        self.runs = {}  # learning rate -> MoonsRun, so Train at a known rate is instant
        self.progress = ProgressBar(steps)
        self.train_button = widgets.Button(description="Train", button_style="primary")
        self.train_button.on_click(self._on_train)
        slider = widgets.FloatLogSlider(
            value=lr, base=10, min=-2, max=1, step=0.05, description="learning rate",
            readout_format=".3g", style={"description_width": "initial"},
        )
        super().__init__(
            "Train the MLP on two moons", {"lr": slider}, self._picture_at,
            buttons=[self.train_button, self.progress.bar, self.progress.label],
        )

    @property
    def run(self):
        """The run the picture shows."""
        return self._shown

    def train(self, lr):
        """Train a fresh model at ``lr`` (moving the progress bar) and return its run."""
        def report(k, loss, accuracy):
            self.progress.update(k, f"loss {loss:.4f}, accuracy {accuracy:.0%}")

        self.progress.update(0, f"training with learning rate {lr:.3g}")
        run = train_moons(self.make_model(), self.X, self.y, lr=lr, steps=self.steps,
                          alpha=self.alpha, callback=report)
        self.progress.update(len(run.losses), run.status)
        return run

    def _picture_at(self, lr):
        if lr not in self.runs:
            run = self.train(lr)
            self.runs[lr] = (run, moons_picture(run, self.X, self.y))
        else:
            run = self.runs[lr][0]
            self.progress.update(len(run.losses), run.status)
        self._shown = run
        return self.runs[lr][1]

    def _on_change(self, change):
        # choosing a rate does not train (that takes seconds): the button does
        self.progress.label.value = f"learning rate {change['new']:.3g}: press Train"

    def _on_train(self, button=None):
        self.redraw()
