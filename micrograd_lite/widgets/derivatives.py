"""Lesson 01's explorers: the slope of a curve measured by a nudge ``h``.

* :func:`tangent_view` / :func:`tangent_figure` / :func:`tangent_explorer`:
  the secant through ``x`` and ``x + h`` on ``f(x) = 3x² - 4x + 5`` beside the
  tangent with the exact slope ``6x - 4``.
* :func:`difference_errors` / :func:`error_figure` / :func:`error_explorer`:
  how far the forward and central differences land from the exact slope, for
  step sizes ``h`` from 1 down to 1e-16, on log-log axes.

Each is a pure function that computes the numbers (testable with no front
end), a figure function that draws them, and a thin builder with sliders.
"""

import math
from dataclasses import dataclass
from numbers import Real

import ipywidgets as widgets

from ..language import text
from ..numeric import central_difference, forward_difference
from ..plots import COLORS, Scene, hides, monospace_family, new_figure
from .core import Explorer

__all__ = [
    "quadratic",
    "quadratic_slope",
    "TangentView",
    "tangent_view",
    "TangentScene",
    "tangent_figure",
    "tangent_explorer",
    "DifferenceErrors",
    "difference_errors",
    "ErrorScene",
    "error_figure",
    "error_explorer",
    "EXAMPLE_FUNCTIONS",
]


def quadratic(x):
    """The lesson's function, f(x) = 3x² - 4x + 5."""
    return 3.0 * x * x - 4.0 * x + 5.0


def quadratic_slope(x):
    """Its exact derivative, f'(x) = 6x - 4."""
    return 6.0 * x - 4.0


def _finite(value, name):
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"{name} must be a real number, got {type(value).__name__} {value!r}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return value


# ----------------------------------------------------------------------
# The secant and the tangent.
# ----------------------------------------------------------------------
@dataclass(frozen=True)
class TangentView:
    """What the tangent explorer shows for one ``x`` and one ``h``."""

    x: float
    h: float
    fx: float  # f(x)
    fx_h: float  # f(x + h)
    secant_slope: float  # (f(x + h) - f(x)) / h
    exact_slope: float  # 6x - 4

    @property
    def error(self):
        """How far the measured slope is from the exact one (signed)."""
        return self.secant_slope - self.exact_slope

    @property
    def description(self):
        return text("derivatives.tangent_description", x=self.x, h=self.h,
                    secant=self.secant_slope, exact=self.exact_slope, error=abs(self.error))


def tangent_view(x, h):
    """The secant slope ``(f(x+h) - f(x)) / h`` of lesson 01's f beside its exact slope."""
    x = _finite(x, "x")
    h = _finite(h, "h")
    if h <= 0.0:
        raise ValueError(f"h must be positive, got {h!r}")
    return TangentView(
        x=x,
        h=h,
        fx=quadratic(x),
        fx_h=quadratic(x + h),
        secant_slope=forward_difference(quadratic, x, h),
        exact_slope=quadratic_slope(x),
    )


# The sliders' ranges: x from -2 to 4, h from 1e-12 to 1 (log scale).
_X_SLIDER = (-2.0, 4.0)
_H_EXPONENTS = (-12, 0)


def _tangent_window(margin=0.5):
    """The window the tangent figure always shows, so that moving a slider never
    rescales the axes: wide enough for both points the secant goes through,
    (x, f(x)) and (x + h, f(x + h)), at every slider position, and for the curve."""
    lo = _X_SLIDER[0] - margin
    hi = _X_SLIDER[1] + 10.0 ** _H_EXPONENTS[1] + margin
    top = max(quadratic(lo), quadratic(hi))  # a parabola opening upwards: highest at an end
    return (lo, hi), (-0.1 * top, 1.05 * top)


_X_RANGE, _Y_RANGE = _tangent_window()


class TangentScene:
    """The tangent figure, laid out once and redrawn in place for each view."""

    def __init__(self):
        fig, ax = new_figure(width=6.4, height=4.2)
        self.scene = Scene(fig)
        self.ax = ax
        self.figure_unlaid = True
        lo, hi = _X_RANGE
        xs = [lo + (hi - lo) * i / 200 for i in range(201)]
        self.curve = ax.plot(xs, [quadratic(x) for x in xs], color=COLORS["primary"], lw=2.5,
                             label="f(x) = 3x² - 4x + 5")[0]
        move = self.scene.moving
        # The tangent and the secant are whole lines: they cross the window's edges.
        self.tangent = move(ax.plot([], [], color=COLORS["good"], lw=1.8, ls="--", gid="line")[0])
        self.secant = move(ax.plot([], [], color=COLORS["bad"], lw=1.5, gid="line")[0])
        self.point = move(ax.plot([], [], "o", color="black", ms=6, zorder=5)[0])
        self.nudged = move(ax.plot([], [], "o", color=COLORS["bad"], ms=6, zorder=5)[0])
        # Bottom right, below the curve's right arm, or elsewhere (see _place_readout).
        self.readout = move(ax.text(
            0.98, 0.03, "", transform=ax.transAxes, family=monospace_family(), fontsize=9,
            ha="right", va="bottom", multialignment="left", bbox={"boxstyle": "round", "facecolor": "white", "alpha": 0.9},
        ))
        ax.set_xlim(*_X_RANGE)
        ax.set_ylim(*_Y_RANGE)
        ax.set_xlabel("x")
        ax.set_ylabel("f(x)")
        self.title = move(ax.set_title(" "))
        # The legend names the lines; the read-out box gives their slopes.
        self.legend = ax.legend(
            handles=[self.curve, self.tangent, self.secant],
            labels=["f(x) = 3x² - 4x + 5", text("derivatives.legend_tangent"),
                    text("derivatives.legend_secant")],
            loc="upper center", bbox_to_anchor=(0.62, 1.0), fontsize=8,  # room for the read-out at the left
        )

    def draw(self, view):
        """A :class:`Picture` of ``view``."""
        lo, hi = _X_RANGE
        ends = [lo, hi]
        self.tangent.set_data(ends, [view.fx + view.exact_slope * (e - view.x) for e in ends])
        self.secant.set_data(ends, [view.fx + view.secant_slope * (e - view.x) for e in ends])
        self.point.set_data([view.x], [view.fx])
        self.nudged.set_data([view.x + view.h], [view.fx_h])
        self.readout.set_text(text("derivatives.readout", x=view.x, h=view.h,
                                   secant=view.secant_slope, exact=view.exact_slope,
                                   error=abs(view.error)))
        self.title.set_text(text("derivatives.tangent_title", x=view.x, h=view.h))
        self._place_readout()
        return self.scene.picture(view.description)

    # where the read-out may go, tried in order: (x, y, ha, va) in axes fractions
    READOUT_PLACES = ((0.98, 0.03, "right", "bottom"), (0.02, 0.97, "left", "top"),
                      (0.02, 0.03, "left", "bottom"))

    def _place_readout(self):
        """The read-out where it hides no part of the curve, the tangent, the secant, their
        points or the legend; bottom right if every place does."""
        if self.figure_unlaid:  # the axes' final boxes come from a first drawing
            self.scene.canvas.draw()
            self.figure_unlaid = False
        renderer = self.scene.canvas.get_renderer()
        drawn = (self.curve, self.tangent, self.secant, self.point, self.nudged, self.legend)
        for x, y, ha, va in self.READOUT_PLACES + self.READOUT_PLACES[:1]:
            self.readout.set_position((x, y))
            self.readout.set_horizontalalignment(ha)
            self.readout.set_verticalalignment(va)
            self.readout.update_bbox_position_size(renderer)
            box = self.readout.get_bbox_patch().get_window_extent(renderer)
            if not any(hides(box, artist, renderer) for artist in drawn):
                return


def tangent_figure(view):
    """Draw a :class:`TangentView`: the curve, the tangent and the secant."""
    return TangentScene().draw(view)


def tangent_explorer(x=3.0, h=0.1):
    """Sliders for ``x`` and (on a log scale) ``h``; the tangent figure below.

    ``h`` goes from 1 down to 1e-12: at the smallest steps the measured slope
    gets worse again, because ``f(x + h) - f(x)`` loses its digits to rounding.
    """
    controls = {
        "x": widgets.FloatSlider(value=x, min=_X_SLIDER[0], max=_X_SLIDER[1], step=0.05,
                                 description="x"),
        "h": widgets.FloatLogSlider(value=h, base=10, min=_H_EXPONENTS[0], max=_H_EXPONENTS[1],
                                    step=0.25,
                                    description="h"),
    }
    return Explorer(
        text("derivatives.tangent_explorer"),
        controls,
        lambda x, h, scene=TangentScene(): scene.draw(tangent_view(x, h)),
    )


# ----------------------------------------------------------------------
# Forward and central differences against h.
# ----------------------------------------------------------------------
# name -> (f, exact derivative, the point x)
EXAMPLE_FUNCTIONS = {
    "exp(x) at x = 1": (math.exp, math.exp, 1.0),
    "tanh(x) at x = 0.8814": (math.tanh, lambda x: 1.0 - math.tanh(x) ** 2, 0.8814),
    "3x² - 4x + 5 at x = 3": (quadratic, quadratic_slope, 3.0),
}

def function_label(name):
    """How figures name an example function in the language in use (any
    other name as it is)."""
    if name == "exp(x) at x = 1":
        return text("derivatives.function_exp")
    if name == "tanh(x) at x = 0.8814":
        return text("derivatives.function_tanh")
    if name == "3x² - 4x + 5 at x = 3":
        return text("derivatives.function_parabola")
    return name


# Step sizes 1, 10^-0.25, ..., 1e-16: four per decade.
DEFAULT_HS = tuple(10.0 ** (-k / 4) for k in range(65))

# An error of exactly 0 cannot be drawn on a log axis: draw it at this floor.
_ERROR_FLOOR = 1e-17


@dataclass(frozen=True)
class DifferenceErrors:
    """The error ``|estimate - exact|`` of two finite differences for many ``h``."""

    name: str
    x: float
    exact: float
    hs: tuple
    forward: tuple  # |forward difference - exact| for each h
    central: tuple  # |central difference - exact| for each h

    @staticmethod
    def _best(hs, errors):
        i = min(range(len(hs)), key=lambda j: (errors[j], -hs[j]))
        return hs[i], errors[i]

    @property
    def best_forward(self):
        """``(h, error)`` where the forward difference came closest."""
        return self._best(self.hs, self.forward)

    @property
    def best_central(self):
        """``(h, error)`` where the central difference came closest."""
        return self._best(self.hs, self.central)

    @property
    def central_has_no_truncation(self):
        """Whether the central difference is exact at the largest ``h``, where
        its truncation error (about h² times the third derivative over 6) would be largest: then it has no
        truncation error at all (as for any parabola, whose third derivative is 0)."""
        largest = max(range(len(self.hs)), key=lambda j: self.hs[j])
        return self.central[largest] == 0.0

    @property
    def description(self):
        if self.central_has_no_truncation:
            errors_are = text("derivatives.errors_are_no_truncation")
        else:
            errors_are = text("derivatives.errors_are")
        h, error = self.best_forward
        if error == 0.0:
            forward = text("derivatives.forward_exact_at", h=h)
        else:
            forward = text("derivatives.forward_best_near", h=h, error=error)
        h, error = self.best_central
        if error == 0.0:
            central = text("derivatives.central_exact_at", h=h)
        else:
            central = text("derivatives.central_best_near", h=h, error=error)
        return text("derivatives.errors_description", name=function_label(self.name), exact=self.exact,
                    forward=forward, central=central, errors_are=errors_are)


def difference_errors(name, f=None, exact_slope=None, x=None, hs=DEFAULT_HS):
    """The errors of the forward and central differences of ``f`` at ``x``.

    With only ``name``, one of :data:`EXAMPLE_FUNCTIONS` is used; otherwise
    pass ``f``, its exact derivative ``exact_slope`` and the point ``x``.
    """
    if f is None:
        if name not in EXAMPLE_FUNCTIONS:
            raise ValueError(
                f"unknown example {name!r}; choose one of {sorted(EXAMPLE_FUNCTIONS)} "
                "or pass f, exact_slope and x"
            )
        f, exact_slope, x = EXAMPLE_FUNCTIONS[name]
    if exact_slope is None or x is None:
        raise TypeError("pass f, exact_slope and x together")
    x = _finite(x, "x")
    hs = tuple(_finite(h, "h") for h in hs)
    if not hs:
        raise ValueError("hs must hold at least one step size")
    exact = float(exact_slope(x))
    return DifferenceErrors(
        name=name,
        x=x,
        exact=exact,
        hs=hs,
        forward=tuple(abs(forward_difference(f, x, h) - exact) for h in hs),
        central=tuple(abs(central_difference(f, x, h) - exact) for h in hs),
    )


# The window of the error figure: every example uses DEFAULT_HS.
_H_RANGE = (10 ** -16.5, 10 ** 0.5)


class ErrorScene:
    """The error-against-h figure, laid out once and redrawn in place."""

    def __init__(self):
        fig, ax = new_figure(width=6.4, height=4.2)
        self.scene = Scene(fig)
        self.ax = ax
        move = self.scene.moving
        ax.set_xscale("log")
        ax.set_yscale("log")
        # the forward curve wider, under the central one: where the two errors are equal
        # (both only round-off, at the smallest h) it still shows around it
        self.lines = [
            move(ax.plot([], [], "o-", ms=5, lw=3.2, color=COLORS["primary"],
                         label=text("derivatives.legend_forward"))[0]),
            move(ax.plot([], [], "s-", ms=3, lw=1.4, color=COLORS["secondary"],
                         label=text("derivatives.legend_central"))[0]),
        ]
        self.stars = [
            move(ax.plot([], [], "*", ms=16, color=color, markeredgecolor="black", zorder=5)[0])
            for color in (COLORS["primary"], COLORS["secondary"])
        ]
        self.notes = [move(ax.annotate("", (1.0, 1.0), textcoords="offset points",
                                       xytext=(8, -14), fontsize=9)) for _ in range(2)]
        ax.set_xlim(*_H_RANGE)
        ax.set_ylim(_ERROR_FLOOR / 3, 1e2)
        # Which side is which, under the axis: the bottom corners stay free for
        # a star drawn at the floor.
        ax.set_xlabel(text("derivatives.error_axis_h"))
        ax.set_ylabel(text("derivatives.error_axis_error"))
        self.title = move(ax.set_title(" "))
        self.legend = ax.legend(loc="upper center", fontsize=8)

    # where a "best h" note may go, in points from its star, tried in order: beside it
    # (below, then above), then straight under it, further and further down
    NOTE_PLACES = ((8, -14, "left"), (-8, -14, "right"), (8, 12, "left"), (-8, 12, "right"),
                   (0, -24, "center"), (0, -36, "center"), (0, -48, "center"), (0, 20, "center"))

    def _place_clear_of_curves(self, note, near_right_edge):
        """Put ``note`` at the first of :attr:`NOTE_PLACES` where it lies inside the
        axes and hides no curve, star, legend or other note (the first, if none)."""
        renderer = self.scene.canvas.get_renderer()
        inside = self.ax.get_window_extent(renderer)
        others = self.lines + self.stars + [self.legend] + [n for n in self.notes
                                                            if n is not note and n.get_text()]
        places = [(-dx, dy, {"left": "right", "right": "left"}.get(ha, ha)) if near_right_edge
                  else (dx, dy, ha) for dx, dy, ha in self.NOTE_PLACES]
        for dx, dy, ha in places + places[:1]:
            note.set_position((dx, dy))
            note.set_horizontalalignment(ha)
            box = note.get_window_extent(renderer)
            if (box.x0 >= inside.x0 and box.x1 <= inside.x1 and box.y0 >= inside.y0
                    and box.y1 <= inside.y1 and not any(hides(box, a, renderer) for a in others)):
                return

    def draw(self, errors):
        """A :class:`Picture` of a :class:`DifferenceErrors`, best ``h`` marked."""
        for line, errs in zip(self.lines, (errors.forward, errors.central)):
            line.set_data(errors.hs, [max(e, _ERROR_FLOOR) for e in errs])
        for note in self.notes:  # each note is placed clear of the ones placed before it
            note.set_text("")
        for kind, star, note, (h, e) in zip(
                ("forward", "central"), self.stars, self.notes,
                (errors.best_forward, errors.best_central)):
            star.set_data([h], [max(e, _ERROR_FLOOR)])
            note.xy = (h, max(e, _ERROR_FLOOR))
            near_right_edge = h > 1e-3
            if e == 0.0:  # at the floor: the note beside the star, along the floor
                if kind == "forward":
                    note.set_text(text("derivatives.note_forward_exact", h=h))
                elif errors.central_has_no_truncation:
                    note.set_text(text("derivatives.note_central_exact_parabola", h=h))
                else:
                    note.set_text(text("derivatives.note_central_exact", h=h))
                note.set_position((-12 if near_right_edge else 12, -4))
                note.set_verticalalignment("bottom")
                note.set_horizontalalignment("right" if near_right_edge else "left")
            else:
                note.set_text(text("derivatives.note_best_h", h=h))
                note.set_verticalalignment("baseline")
                self._place_clear_of_curves(note, near_right_edge)
        self.title.set_text(text("derivatives.error_title", name=function_label(errors.name)))
        return self.scene.picture(errors.description)


def error_figure(errors):
    """Draw a :class:`DifferenceErrors` on log-log axes, with the best ``h`` marked."""
    return ErrorScene().draw(errors)


def error_explorer(function="exp(x) at x = 1"):
    """A menu of example functions; the error-against-h figure below."""
    controls = {
        # each example by its name in the language in use; the value stays the key
        "function": widgets.Dropdown(options=[(function_label(name), name) for name in EXAMPLE_FUNCTIONS],
                                     value=function,
                                     description=text("derivatives.dropdown_function")),
    }
    return Explorer(
        text("derivatives.error_explorer"),
        controls,
        lambda function, scene=ErrorScene(): scene.draw(difference_errors(function)),
    )
