"""Lessons 02 and 03's explorers: the computation graph, forwards and backwards.

* :func:`graph_view` / :func:`graph_explorer`: sliders for the inputs of an
  expression; the graph is rebuilt and redrawn with the new forward values.
* :func:`backprop_state` / :func:`backprop_view` / :func:`backprop_stepper`:
  backpropagation one node at a time. After ``k`` steps of the reverse
  topological walk, the picture shows the grads filled in so far and
  highlights the node that was just processed.

The pure functions never touch the learner's graph: the stepper works on a
copy (:func:`copy_graph`), so its grads are independent of any ``backward()``
the learner runs.
"""

import inspect
import math
from dataclasses import dataclass
from numbers import Real

import ipywidgets as widgets

from ..engine import Value
from .core import Explorer

__all__ = [
    "GraphView",
    "copy_graph",
    "graph_view",
    "graph_explorer",
    "BackpropState",
    "backprop_state",
    "backprop_view",
    "BackpropStepper",
    "backprop_stepper",
]


def _draw_dot(*args, **kwargs):
    # imported when first used: graph.py needs graphviz
    from ..graph import draw_dot

    return draw_dot(*args, **kwargs)


class GraphView:
    """A graph drawing with a text description.

    It displays as the drawing (SVG); its ``text/plain`` is ``description``,
    which states the numbers the drawing shows, so that a reader without
    images, and nbval, see something stable and meaningful.
    ``state`` keeps what was drawn (a :class:`BackpropState` for the stepper).
    """

    def __init__(self, drawing, description, state=None):
        self.drawing = drawing
        self.description = description
        self.state = state  # what was drawn, for a stepper's picture

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.drawing._repr_mimebundle_(include=include, exclude=exclude)
        if isinstance(bundle, tuple):  # (data, metadata)
            bundle = bundle[0]
        bundle = dict(bundle)
        bundle["text/plain"] = self.description
        return bundle

    def __repr__(self):
        return self.description


def _name(node):
    """How the descriptions name a node: its label, or its operation."""
    return node.label or f"[{node._op}]"


def _grad_of(node):
    """``x1.grad``, or ``(x1*w1 + x2*w2).grad`` for a label with spaces."""
    name = _name(node)
    return f"({name}).grad" if " " in name else f"{name}.grad"


def _check_root(root):
    if not isinstance(root, Value):
        raise TypeError(f"root must be a Value, got {type(root).__name__} {root!r}")


# ----------------------------------------------------------------------
# Forward pass: sliders for the inputs, the graph redrawn.
# ----------------------------------------------------------------------
def graph_view(build, values):
    """Build the graph with ``build(**values)`` and draw its forward values.

    ``build`` takes numbers (one keyword per input) and returns the output
    ``Value``; the drawing hides grads (nothing has been backpropagated).
    """
    root = build(**values)
    _check_root(root)
    inputs = ", ".join(f"{name} = {value:.4f}" for name, value in values.items())
    description = (
        f"forward pass with {inputs}: {_name(root)} = {root.data:.4f} "
        f"({len(root.topological_order())} values in the graph)"
    )
    return GraphView(_draw_dot(root, show_grad=False), description)


def _slider(name, value, span):
    lo, hi = span
    return widgets.FloatSlider(value=value, min=lo, max=hi, step=0.01, description=name,
                               readout_format=".4f", continuous_update=False)


def graph_explorer(build, ranges=None, title=None, **inputs):
    """A slider per input of ``build``; the forward graph below, redrawn on change.

    ``inputs`` gives each input's starting value (by default the defaults of
    ``build``'s parameters); ``ranges`` maps a name to ``(min, max)``, by
    default the starting value plus or minus 4.
    """
    if not callable(build):
        raise TypeError(f"build must be a function, got {type(build).__name__}")
    defaults = {
        name: p.default
        for name, p in inspect.signature(build).parameters.items()
        if p.default is not inspect.Parameter.empty
    }
    defaults.update(inputs)
    for name, value in defaults.items():
        if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
            raise TypeError(f"input {name!r} needs a finite number to start from, got {value!r}")
    ranges = dict(ranges or {})
    unknown = set(ranges) - set(defaults)
    if unknown:
        raise ValueError(f"ranges names inputs that build does not take: {sorted(unknown)}")
    controls = {
        name: _slider(name, float(value), ranges.get(name, (value - 4.0, value + 4.0)))
        for name, value in defaults.items()
    }
    return Explorer(
        title or f"The graph of {getattr(build, '__name__', 'build')}: move the inputs",
        controls,
        lambda **values: graph_view(build, values),
    )


# ----------------------------------------------------------------------
# Backward pass, one step at a time.
# ----------------------------------------------------------------------
def copy_graph(root):
    """A copy of the graph that made ``root``: same data, labels, operations
    and local derivatives, every grad 0. Returns the copy of ``root``."""
    _check_root(root)
    copies = {}
    for node in root.topological_order():
        twin = Value._node(node.data, tuple(copies[c] for c in node._prev),
                           node._local_grads, node._op)
        twin.label = node.label
        copies[node] = twin
    return copies[root]


@dataclass(frozen=True)
class BackpropState:
    """The graph after ``step`` steps of backpropagation.

    Step 0 sets the output's grad to 1 (dL/dL = 1). Step ``k`` processes the
    ``k``-th operation in reverse topological order: it adds ``local
    derivative * its grad`` into each of its inputs' grads.
    """

    step: int
    total: int  # the number of steps of the whole walk (one per operation)
    root: Value  # the output of a copy of the graph, grads as after `step` steps
    node: Value  # the node highlighted: the one processed in this step (the output at step 0)
    filled: tuple  # the inputs whose grads this step added to, in the node's order
    contributions: tuple  # for each of `filled`: (local derivative, node's grad, grad after)

    @property
    def nodes(self):
        """Every value of the (copied) graph, inputs first."""
        return self.root.topological_order()

    @property
    def grads(self):
        """``label -> grad`` for every labelled value."""
        return {n.label: n.grad for n in self.nodes if n.label}

    @property
    def done(self):
        return self.step == self.total

    @property
    def lines(self):
        """What this step did: a heading, then one line per grad it added to."""
        head = f"step {self.step} of {self.total}"
        if self.step == 0:
            name = _name(self.root)
            return [f"{head}: {_grad_of(self.root)} = 1 (d{name}/d{name} = 1)"]
        node = self.node
        return [f"{head}: '{node._op}' node {_name(node)} (grad {node.grad:.4f})"] + [
            f"{_grad_of(child)} += {local:.4f} × {upstream:.4f} -> {after:.4f}"
            for child, (local, upstream, after) in zip(self.filled, self.contributions)
        ]

    @property
    def description(self):
        head, *updates = self.lines
        return head + (": " + "; ".join(updates) if updates else "")


def _operations_in_backward_order(root):
    return [n for n in reversed(root.topological_order()) if n._prev]


def backprop_state(root, step):
    """The grads after ``step`` steps of the backward walk from ``root``.

    Works on a copy of the graph; ``root`` and its graph are not changed.
    """
    _check_root(root)
    if isinstance(step, bool) or not isinstance(step, int):
        raise TypeError(f"step must be a whole number, got {type(step).__name__} {step!r}")
    copy = copy_graph(root)
    operations = _operations_in_backward_order(copy)
    if not 0 <= step <= len(operations):
        raise ValueError(
            f"step must be between 0 and {len(operations)} for this graph, got {step}"
        )
    copy.grad = 1.0
    node, filled, contributions = copy, (), ()
    for node in operations[:step]:
        filled, contributions = [], []
        for child, local in zip(node._prev, node._local_grads):
            child.grad += local * node.grad  # the chain rule
            filled.append(child)
            contributions.append((local, node.grad, child.grad))
        filled, contributions = tuple(filled), tuple(contributions)
    return BackpropState(step=step, total=len(operations), root=copy, node=node,
                         filled=filled, contributions=contributions)


def _caption(state):
    """The state's lines as a DOT label, each left-aligned (``\\l`` ends a line)."""
    head, *updates = state.lines
    lines = [head] + ["    " + update for update in updates]
    return "".join(line.replace("\\", "\\\\").replace('"', '\\"') + "\\l" for line in lines)


def backprop_view(state, rankdir="LR"):
    """Draw a :class:`BackpropState`: grads so far, the processed node and the
    inputs it just filled highlighted, and the step's arithmetic as a caption
    above the graph (part of the drawing, so every front end shows it)."""
    highlight = {state.node, *state.filled}
    drawing = _draw_dot(state.root, rankdir=rankdir, highlight=highlight)
    drawing.attr(label=_caption(state), labelloc="t", labeljust="l", fontsize="14")
    return GraphView(drawing, state.description, state=state)


class BackpropStepper(Explorer):
    """A step slider with Step and Reset buttons over :func:`backprop_state`.

    ``stepper.state`` is the :class:`BackpropState` on show; ``stepper.step()``
    and ``stepper.reset()`` do what the buttons do.
    """

    def __init__(self, root, step=0, rankdir="LR"):
        _check_root(root)
        self.root = root
        total = len(_operations_in_backward_order(root))
        slider = widgets.IntSlider(value=step, min=0, max=total, step=1, description="step")
        self.step_button = widgets.Button(description="Step")
        self.reset_button = widgets.Button(description="Reset")
        self.step_button.on_click(lambda _button: self.step())
        self.reset_button.on_click(lambda _button: self.reset())
        super().__init__(
            f"Backpropagation through {_name(root)}, one step at a time ({total} steps)",
            {"step": slider},
            lambda step: backprop_view(backprop_state(root, step), rankdir=rankdir),
            buttons=(self.step_button, self.reset_button),
        )

    @property
    def state(self):
        return self.picture.state

    def step(self):
        slider = self.controls["step"]
        slider.value = min(slider.value + 1, slider.max)

    def reset(self):
        self.controls["step"].value = 0


def backprop_stepper(root, step=0, rankdir="LR"):
    """Walk the backward pass through ``root``'s graph with a Step button."""
    return BackpropStepper(root, step=step, rankdir=rankdir)
