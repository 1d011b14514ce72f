"""Lesson 03's sum over paths: every path from the output down to one input.

:func:`paths_view` builds a graph, runs ``backward()`` and lists, for the
input chosen, every path from the output down to it with the product of the
local derivatives along it; then their sum, the input's grad, and a nudge of
the input (a central finite difference over the whole graph). The chain rule
says the three agree. :func:`paths_explorer` puts a menu of the inputs over it.

``build`` takes numbers (one keyword per input) and returns the output; each
input is the Value whose label is its keyword.
"""

import html
import inspect
import math
from numbers import Real

import ipywidgets as widgets

from ..graph import path_factors, short_number
from ..language import text, text_count
from ..nodes import check_node, depth_first, label_of
from ..numeric import central_difference
from .core import Explorer

__all__ = ["PathsView", "paths_view", "paths_explorer"]

#: the nudge of the finite difference
H = 1e-6


class PathsView:
    """The listing: ``lines`` (text), shown as a table in a notebook and as
    plain text where a notebook is read without HTML (and by nbval)."""

    def __init__(self, heading, rows, footer):
        self.heading, self.rows, self.footer = heading, rows, footer

    @property
    def description(self):
        return "\n".join([self.heading, *(text("paths.row", path=path, product=product)
                                           for path, product in self.rows),
                          *self.footer])

    def _repr_mimebundle_(self, include=None, exclude=None):
        rows = "".join(f"<tr><td><code>{html.escape(path)}</code></td>"
                       f"<td style=\"text-align:right\"><code>{html.escape(product)}</code></td></tr>"
                       for path, product in self.rows)
        footer = "".join(f"<p>{html.escape(line)}</p>" for line in self.footer)
        table = (f"<p><b>{html.escape(self.heading)}</b></p>"
                 f"<table><tr><th>{html.escape(text('paths.column_path'))}</th>"
                 f"<th>{html.escape(text('paths.column_product'))}</th></tr>{rows}</table>{footer}")
        return {"text/html": table, "text/plain": self.description}

    def __repr__(self):
        return self.description


def _name(node):
    return label_of(node) or text("paths.unnamed", op=node._op)


def paths_view(build, values, name):
    """The paths from ``build(**values)`` down to the input ``name``, their sum,
    its grad after ``backward()``, and a finite difference of the output."""
    root = build(**values)
    check_node(root, "paths_view")
    leaf = next((n for n in depth_first(root) if not n._prev and label_of(n) == name), None)
    if leaf is None:
        raise ValueError(f"the graph that build makes has no input labelled {name!r}")
    root.backward()
    rows, total = [], 0.0
    for path, factors in path_factors(root, leaf, function="paths_view"):
        product = math.prod(factors, start=1.0)  # as graph.paths multiplies them
        total += product
        written = [short_number(f) if i == 0 or f >= 0 else f"({short_number(f)})"
                   for i, f in enumerate(factors)]
        rows.append((" → ".join(_name(n) for n in path),
                     f"{' × '.join(written)} = {short_number(product)}"))

    def output(x):
        return float(build(**{**values, name: x}).data)

    nudged = central_difference(output, float(values[name]), H)
    footer = [text("paths.sum", total=short_number(total), name=name,
                   grad=short_number(leaf.grad)),
              text("paths.nudge", name=name, h=H, estimate=f"{nudged:.6f}")]
    heading = text_count("paths.heading", len(rows), root=_name(root), name=name)
    return PathsView(heading, rows, footer)


def paths_explorer(build, title=None, **inputs):
    """A menu of ``build``'s inputs; below it, :func:`paths_view` for the one chosen.

    ``inputs`` gives each input's value (by default the defaults of ``build``'s
    parameters); the menu starts at the first input.
    """
    if not callable(build):
        raise TypeError(f"build must be a function, got {type(build).__name__}")
    values = {name: p.default for name, p in inspect.signature(build).parameters.items()
              if p.default is not inspect.Parameter.empty}
    values.update(inputs)
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
            raise TypeError(f"input {name!r} needs a finite number, got {value!r}")
    if not values:
        raise ValueError("paths_explorer needs the inputs' values: build's defaults or keywords")
    menu = widgets.Dropdown(options=list(values), value=next(iter(values)),
                            description=text("paths.menu"))
    return Explorer(title or text("paths.title", name=getattr(build, "__name__", "build")),
                    {"name": menu}, lambda name: paths_view(build, values, name))
