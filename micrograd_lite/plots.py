"""Matplotlib plumbing shared by every lesson: a figure in the course's style,
and a picture object that notebooks display and widgets redraw.

Figures are made with ``matplotlib.figure.Figure`` directly, never through
``pyplot``, so nothing is shown twice and no figure is left open in a kernel.
"""

import base64
import io

from matplotlib.figure import Figure

__all__ = ["new_figure", "Picture", "COLORS"]

# One palette for the whole course (colour-blind safe, Okabe-Ito).
COLORS = {
    "primary": "#0072B2",
    "secondary": "#E69F00",
    "good": "#009E73",
    "bad": "#D55E00",
    "accent": "#CC79A7",
    "muted": "#999999",
}


def new_figure(ncols=1, nrows=1, width=6.4, height=4.0, **subplot_kw):
    """A figure and its axes, in the course's style (grid on, readable fonts)."""
    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, subplot_kw=subplot_kw or None)
    for ax in axes.flat:
        ax.grid(True, alpha=0.3)
        ax.tick_params(labelsize=9)
    flat = list(axes.flat)
    return fig, (flat[0] if len(flat) == 1 else flat)


class Picture:
    """A matplotlib figure turned into a PNG that a notebook can display.

    ``description`` is what a reader without images sees, and what nbval
    compares (the PNG bytes themselves are not compared), so make it say what
    the picture shows, with the numbers that matter.
    """

    def __init__(self, figure, description, dpi=100):
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
        self.png = buffer.getvalue()
        self.description = description
        self.figure = figure

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": self.description,
        }

    def __repr__(self):
        return self.description
