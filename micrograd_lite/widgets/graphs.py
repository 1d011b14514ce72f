"""Lessons 02 and 03's explorers: the computation graph, forwards and backwards.

* :func:`graph_view` / :func:`graph_explorer`: sliders for the inputs of an
  expression; the graph is rebuilt and redrawn with the new forward values.
* :func:`backprop_state` / :func:`backprop_view` / :func:`backprop_stepper`:
  backpropagation one node at a time. After ``k`` steps of the reverse
  topological walk, the picture shows the grads filled in so far and
  highlights the node that was just processed.

Both take any node-like object (``data``, ``grad``, ``_prev`` as a tuple or a
set, ``_op``, optional ``label``): the package's Value, micrograd's, or the
class a learner wrote in lesson 06. The stepper also needs each node's local
derivatives (``_local_grads``) or its ``_backward`` closure, which it calls
node by node.

The pure functions never touch the learner's grads: the stepper works on a
copy (:func:`copy_graph`), or, for ``_backward`` closures, runs them on the
learner's graph and puts every grad back as it was.

Speed: each explorer lays its graph out once (:class:`~micrograd_lite.graph.LiveGraph`)
and then only writes new numbers, highlights and captions into the SVG, so a
step or a slider move redraws in about a millisecond and the boxes stay put.
The first picture also carries a PNG (JupyterLab shows a stored SVG only in a
trusted notebook, a PNG always); the pictures that follow, made while the
kernel runs and the notebook is trusted, are SVG only.
"""

import inspect
import math
from dataclasses import dataclass
from numbers import Real

import ipywidgets as widgets

from ..language import text, text_count
from ..graph import MAX_NODES, LiveGraph, _more_nodes_than, _value_fields, draw_dot, quoted, trace, widest
from ..nodes import (check_node, depth_first, inputs, label_of, local_derivatives, off_the_rule,
                     overwritten_inputs, rule_that_fits, unscaled_inputs)
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


class GraphView:
    """A graph drawing with a text description.

    It displays as the drawing (SVG); its ``text/plain`` is ``description``,
    which states the numbers the drawing shows, so that a reader without
    images, and nbval, see something stable and meaningful.
    ``state`` keeps what was drawn (a :class:`BackpropState` for the stepper).

    ``drawing`` is the ``graphviz.Digraph`` of this picture (its DOT source
    states every number). An explorer passes ``svg``, already drawn on its
    fixed layout, and a function that makes ``drawing`` only when asked;
    ``png=False`` leaves the PNG out (pictures after the first).
    """

    def __init__(self, drawing, description, state=None, *, svg=None, png=True):
        self._drawing = drawing  # a drawing, or a function that makes one
        self.description = description
        self.state = state  # what was drawn, for a stepper's picture
        self.svg = svg
        self.png = png

    @property
    def drawing(self):
        if callable(self._drawing):
            self._drawing = self._drawing()
        return self._drawing

    def _repr_mimebundle_(self, include=None, exclude=None):
        if self.svg is None:
            bundle = self.drawing._repr_mimebundle_(include=include, exclude=exclude)
            if isinstance(bundle, tuple):  # (data, metadata)
                bundle = bundle[0]
            bundle = dict(bundle)
        else:
            bundle = {"image/svg+xml": self.svg}
            if self.png:
                bundle["image/png"] = self.drawing.pipe(format="png")
        bundle["text/plain"] = self.description
        return bundle

    def __repr__(self):
        return self.description


def _name(node):
    """How the descriptions name a node: its label, in quotes unless it is a
    plain name (``'x1*w1'`` must not read as ``x1 * w1``), or its operation."""
    label = label_of(node)
    if not label:  # an unlabelled operation by its operation, an input by its number
        return f"[{node._op}]" if node._prev else text("graphs.unnamed_input", data=float(node.data))
    return label if label.isidentifier() else quoted(label)


# whether the node has a label -> its step's first line (an unlabelled one is named by its
# operation already, "[*]", so the line does not say the operation again)
# whether the output has a label -> the heading of step 0
_STEP_OUTPUT_KEYS = {True: "graphs.step_output", False: "graphs.step_output_unnamed"}
_STEP_NODE_KEYS = {True: "graphs.step_node", False: "graphs.step_node_unnamed"}


def _grad_of(node):
    """``x1.grad``, ``'x1*w1'.grad``."""
    return f"{_name(node)}.grad"


def _four(number):
    """``number`` with 4 decimals, or with 3 significant digits when 4 decimals would
    show a number that is not 0 as 0.0000 (a product written after it would then not
    follow from what the caption shows)."""
    return f"{number:.3g}" if number and abs(number) < 5e-4 else f"{number:.4f}"


def _factor(number):
    """A number written after "×": in parentheses when it is negative, "× (-6.0000)"."""
    written = _four(number)
    return f"({written})" if written.startswith("-") else written


def _check_root(root):
    try:
        check_node(root, "the stepper")
    except TypeError:
        raise TypeError(
            f"root must be a Value (an object with data, grad, _prev and _op), "
            f"got {type(root).__name__} {root!r}"
        ) from None


# ----------------------------------------------------------------------
# Forward pass: sliders for the inputs, the graph redrawn.
# ----------------------------------------------------------------------
# whether the build function takes inputs -> the description of its forward pass
_FORWARD_KEYS = {True: "graphs.forward_description", False: "graphs.forward_description_no_inputs"}


def graph_view(build, values, live=None):
    """Build the graph with ``build(**values)`` and draw its forward values.

    ``build`` takes numbers (one keyword per input) and returns the output
    ``Value``; the drawing hides grads (nothing has been backpropagated).
    ``live``: a :class:`ForwardLayout` that keeps the layout between calls
    (the explorer's); without it the picture is laid out afresh.
    """
    root = build(**values)
    _check_root(root)
    nodes, _ = trace(root)
    inputs_text = text("graphs.input_separator").join(
        f"{name} = {value:.4f}" for name, value in values.items())
    description = text(_FORWARD_KEYS[bool(values)], inputs=inputs_text, root=_name(root),
                       data=float(root.data), values=len(nodes))
    if live is None:
        return GraphView(draw_dot(root, show_grad=False), description)
    return live.view(root, nodes, description)


class ForwardLayout:
    """The explorer's memory of its layout: a new picture of the same graph
    shape is drawn on it; a graph of a new shape, or a number wider than its
    box, is laid out afresh (boxes leave room for a sign and two digits)."""

    def __init__(self, rankdir="LR"):
        self.rankdir = rankdir
        self.layout = None
        self.pictures = 0
        self.layouts = 0  # how many times Graphviz laid the graph out

    def view(self, root, nodes, description):
        fields = [_value_fields(node, False, 4) for node in nodes]
        if self.layout is None or not self.layout.fits(nodes, fields):
            roomy = [[_roomy(field) for field in node_fields] for node_fields in fields]
            self.layout = LiveGraph(root, nodes, roomy, rankdir=self.rankdir)
            self.layouts += 1
        svg = self.layout.svg(fields)
        self.pictures += 1
        return GraphView(lambda: draw_dot(root, show_grad=False, rankdir=self.rankdir),
                         description, svg=svg, png=self.pictures == 1)


def _roomy(field):
    """A field's text widened to hold a sign and two integer digits:
    ``data 0.8814`` -> ``data -00.8814``, for the layout only."""
    if not field.startswith(("data ", "grad ")):
        return field
    head, number = field[:5], field[5:]
    whole, _, decimals = number.lstrip("-").partition(".")
    whole = whole.rjust(2, "0")
    return f"{head}-{whole}" + (f".{decimals}" if decimals else "")


def _slider(name, value, span):
    lo, hi = span
    return widgets.FloatSlider(value=value, min=lo, max=hi, step=0.01, description=name,
                               readout_format=".4f", continuous_update=True)


def graph_explorer(build, ranges=None, title=None, **inputs):
    """A slider per input of ``build``; the forward graph below, redrawn as it moves.

    ``inputs`` gives each input's starting value (by default the defaults of
    ``build``'s parameters); ``ranges`` maps a name to ``(min, max)``, by
    default the starting value plus or minus 4. The graph is laid out once
    and its numbers are rewritten in place while a slider is dragged.
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
    live = ForwardLayout()
    explorer = Explorer(
        title or text("graphs.forward_explorer", name=getattr(build, "__name__", "build")),
        controls,
        lambda **values: graph_view(build, values, live=live),
    )
    explorer.layout = live
    return explorer


# ----------------------------------------------------------------------
# Backward pass, one step at a time.
# ----------------------------------------------------------------------
class _Node:
    """A frozen copy of one node: what the stepper draws and reports."""

    __slots__ = ("data", "grad", "label", "_op", "_prev", "_local_grads")

    def __init__(self, data, prev, local_grads, op, label, grad=0.0):
        self.data = float(data)
        self.grad = float(grad)
        self.label = label
        self._op = op
        self._prev = prev
        self._local_grads = local_grads

    def topological_order(self):
        """Every node of the copy, inputs first and this one last (the order
        of the engine's ``topological_order``)."""
        return _topological_order(self)

    def __repr__(self):
        label = f", label={self.label!r}" if self.label else ""
        return f"Value(data={self.data!r}, grad={self.grad!r}{label})"


def _copy(nodes, grads=None, with_local_grads=True):
    """``_Node`` copies of ``nodes`` (in trace order), with ``grads`` or 0."""
    copies = {}
    for i, node in enumerate(nodes):
        # a leaf of a lecture-style class has no _local_grads: it has nothing to pass on
        given = getattr(node, "_local_grads", None) if with_local_grads else None
        local = tuple(float(g) for g in given) if given is not None else None
        copies[id(node)] = _Node(node.data, tuple(copies[id(c)] for c in inputs(node)), local,
                                 node._op, label_of(node), 0.0 if grads is None else grads[i])
    return copies


def copy_graph(root):
    """A copy of the graph that made ``root``: same data, labels, operations
    and local derivatives, every grad 0. Returns the copy of ``root``."""
    _check_root(root)
    if any(getattr(n, "_local_grads", None) is None for n in trace(root)[0] if inputs(n)):
        raise TypeError("copy_graph needs nodes with _local_grads (their local derivatives)")
    nodes, _ = trace(root)
    return _copy(nodes)[id(root)]


#: in a step's contributions: the closure set the grad instead of adding onto it
SETS_GRAD = "sets the grad"

@dataclass(frozen=True)
class BackpropState:
    """The graph after ``step`` steps of backpropagation.

    Step 0 sets the output's grad to 1 (dL/dL = 1). Step ``k`` processes the
    ``k``-th operation in reverse topological order: it adds ``local
    derivative * its grad`` into each of its inputs' grads.
    """

    step: int
    total: int  # the number of steps of the whole walk (one per operation)
    root: object  # the output of a copy of the graph, grads as after `step` steps
    node: object  # the node highlighted: the one processed in this step (the output at step 0)
    filled: tuple  # the inputs whose grads this step added to, in the node's order
    # for each of `filled`: (local derivative, node's grad, grad after, added, and None;
    # where a closure did not add local × grad, local is None and the last is SETS_GRAD if
    # it sets the grad (`=` for `+=`), else what it adds when its node's grad is 1)
    contributions: tuple
    data_changed: tuple = ()  # the names of the nodes whose .data this step's closure changed
    # whether the closure adds what is not in proportion to its node's grad (measured at
    # grads 1 and 2: an input whose numbers happen to fit is then flagged all the same)
    unscaled: bool = False
    # (input's name, local derivative measured, the rule's) where they differ
    off_rule: tuple = ()
    rule_fits: str = ""  # the operation whose rule they follow instead, if one does

    @property
    def nodes(self):
        """Every value of the (copied) graph, inputs first."""
        return trace(self.root)[0]

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
        if self.step == 0:  # (an output with no label has no name for d?/d?)
            return [text(_STEP_OUTPUT_KEYS[bool(label_of(self.root))], step=self.step,
                         total=self.total, grad=_grad_of(self.root), name=label_of(self.root))]
        node = self.node
        # the grad it passed on: a closure that then changes out.grad leaves another one
        passed = self.contributions[0][1] if self.contributions else node.grad
        lines = [text(_STEP_NODE_KEYS[bool(label_of(node))], step=self.step, total=self.total,
                      op=node._op, name=_name(node), grad=_four(passed))]
        for child, (local, upstream, after, added, share) in zip(self.filled, self.contributions):
            if share is SETS_GRAD:  # the closure sets the grad instead of adding onto it
                lines.append(text("graphs.update_set", grad=_grad_of(child), added=added,
                                  after=after))
            elif share is not None:  # it adds, but not (what it adds at grad 1) × grad
                lines.append(text("graphs.update_not_scaled", grad=_grad_of(child), added=added,
                                  after=after, at_one=share, share=share * upstream,
                                  upstream=_four(upstream)))
            elif self.unscaled:  # what it adds fits here (grad 1, or an input's numbers):
                # no local derivative to name, the closure's is not one
                lines.append(text("graphs.update_added", grad=_grad_of(child), added=added,
                                  after=after))
            else:
                lines.append(text("graphs.update_chain", grad=_grad_of(child),
                                  local=_four(local), upstream=_factor(upstream),
                                  after=_four(after)))
        shares = [share for *_, share in self.contributions]
        if SETS_GRAD in shares:  # each cause said once, last
            lines.append(text("graphs.update_sets_note"))
        if any(share not in (None, SETS_GRAD) for share in shares):  # numbers above that show it
            lines.append(text("graphs.update_not_scaled_note"))
        elif self.unscaled:  # numbers that hide it: measured at grads 1 and 2
            lines.append(text("graphs.update_unscaled_note"))
        if self.off_rule and not any(share is not None for share in shares):
            items = text("graphs.update_rule_separator").join(
                text("graphs.update_rule_item", name=name, local=_four(local), rule=_four(rule))
                for name, local, rule in self.off_rule)
            fits = text("graphs.update_rule_fits", other=self.rule_fits) if self.rule_fits else ""
            lines.append(text("graphs.update_rule_note", op=node._op, items=items, fits=fits))
        if node.grad != passed and not (math.isnan(node.grad) and math.isnan(passed)):
            lines.append(text("graphs.update_changes_own", grad=_grad_of(node), before=passed,
                              after=node.grad))
        if self.data_changed:
            lines.append(text("graphs.update_changes_data", names=", ".join(self.data_changed)))
        return lines

    @property
    def description(self):
        head, *updates = self.lines
        if not updates:
            return head
        return text("graphs.step_description", head=head, updates=text("graphs.update_separator").join(updates))


def _walk(root, only=None):
    """Every :class:`BackpropState` of the backward walk from ``root``, step 0 first
    (``only``: just the state after that many steps, the others not copied).

    With local derivatives (``_local_grads``) the walk runs on a copy. Else
    (``_backward`` closures, the lecture's way; ``_local_grads`` missing or
    None on some node) it calls each ``_backward`` on the learner's own graph, one
    operation at a time in reverse topological order, copies the grads after
    each call, and at the end puts every grad back as it was.
    """
    _check_root(root)
    nodes, _ = trace(root)
    operations = _operations_in_backward_order(root)
    total = len(operations)
    if all(getattr(n, "_local_grads", None) is not None for n in operations):
        copies = _copy(nodes)
        copy = copies[id(root)]
        copy.grad = 1.0
        if only in (None, 0):
            frozen = _copy_frozen(copy)
            yield BackpropState(0, total, frozen[id(copy)], frozen[id(copy)], (), ())
        for k, original in enumerate(operations, start=1):
            node = copies[id(original)]
            filled, contributions = [], []
            for child, local in zip(node._prev, node._local_grads):
                before = child.grad
                child.grad += local * node.grad  # the chain rule
                filled.append(child)
                contributions.append((local, node.grad, child.grad, child.grad - before, None))
            if only is not None and k != only:
                continue
            frozen = _copy_frozen(copy)
            yield BackpropState(k, total, frozen[id(copy)], frozen[id(node)],
                                tuple(frozen[id(c)] for c in filled), tuple(contributions))
        return
    if not all(callable(getattr(n, "_backward", None)) for n in operations):
        raise TypeError(
            "the stepper needs each operation's local derivatives (_local_grads) or its "
            "_backward function; this graph's nodes have neither"
        )
    saved = [(n.grad, n.data) for n in nodes]
    index = {id(n): i for i, n in enumerate(nodes)}
    try:
        for n in nodes:
            n.grad = 0.0
        root.grad = 1.0

        def snapshot():
            return _copy(nodes, grads=[float(n.grad) for n in nodes], with_local_grads=False)

        if only in (None, 0):
            copies = snapshot()
            yield BackpropState(0, total, copies[id(root)], copies[id(root)], (), ())
        for k, node in enumerate(operations, start=1):
            children = list(dict.fromkeys(inputs(node)))  # a + a: a once
            # what the closure adds with out.grad = 1 from grads of 0: its local derivatives
            measured = {id(c): m for c, m in zip(inputs(node), local_derivatives(node))
                        if m is not None}
            # `=` for `+=` (it adds different amounts), and what is not in proportion to the
            # node's grad, input by input: one closure may do each to another input
            sets = overwritten_inputs(node)
            unscaled = bool(unscaled_inputs(node) - sets)
            off_rule = tuple((_name(inputs(node)[slot]), measured, rule)
                             for slot, measured, rule in off_the_rule(node))
            rule_fits = (rule_that_fits(node) or "") if off_rule else ""
            before = [float(c.grad) for c in children]
            upstream = float(node.grad)
            data_before = [n.data for n in nodes]
            node._backward()
            data_changed = tuple(_name(n) for n, was in zip(nodes, data_before) if n.data != was)
            if only is not None and k != only:
                continue
            copies = snapshot()
            filled, contributions = [], []
            for child, was in zip(children, before):
                after = float(child.grad)
                added = after - was
                local = measured[id(child)]
                if id(child) in sets:
                    contributions.append((None, upstream, after, added, SETS_GRAD))
                elif math.isfinite(added) and math.isfinite(local * upstream) and not math.isclose(
                        added, local * upstream, rel_tol=1e-9, abs_tol=1e-12):
                    # it adds, but not what it adds at grad 1 × grad: not scaled by the grad
                    contributions.append((None, upstream, after, added, local))
                else:
                    contributions.append((local, upstream, after, added, None))
                filled.append(copies[id(child)])
            yield BackpropState(k, total, copies[id(root)], copies[id(nodes[index[id(node)]])],
                                tuple(filled), tuple(contributions), data_changed, unscaled,
                                () if unscaled else off_rule, rule_fits)
    finally:
        for n, (grad, data) in zip(nodes, saved):
            n.grad, n.data = grad, data


def _operations_in_backward_order(root):
    """The operations, each after every node that uses it, and the inputs of
    one operation in their order (x1*w1 before x2*w2)."""
    return [n for n in reversed(_topological_order(root)) if inputs(n)]


def _topological_order(root):
    """Inputs first, ``root`` last, in the order of the engine's ``Value.topological_order``."""
    return depth_first(root, first_input_first=False)


def _copy_frozen(copy):
    """A copy of a ``_Node`` graph with its current grads."""
    nodes, _ = trace(copy)
    copies = _copy(nodes, grads=[n.grad for n in nodes])
    return {id(n): copies[id(n)] for n in nodes}


def backprop_state(root, step):
    """The grads after ``step`` steps of the backward walk from ``root``.

    Works on a copy of the graph; ``root`` and its grads are left as they were.
    """
    _check_root(root)
    if isinstance(step, bool) or not isinstance(step, int):
        raise TypeError(f"step must be a whole number, got {type(step).__name__} {step!r}")
    total = sum(1 for n in trace(root)[0] if inputs(n))
    if not 0 <= step <= total:
        raise ValueError(f"step must be between 0 and {total} for this graph, got {step}")
    return next(_walk(root, only=step))


def _highlight_positions(state):
    nodes = state.nodes
    chosen = {id(state.node), *(id(n) for n in state.filled)}
    return [i for i, n in enumerate(nodes) if id(n) in chosen]


def _lit_edges(state):
    """The arrows along which this step added into the inputs' grads: every arrow
    into the node it processed, as (its position, the input's slot)."""
    if state.step == 0:
        return []
    position = next(i for i, n in enumerate(state.nodes) if n is state.node)
    return [(position, slot) for slot in range(len(inputs(state.node)))]


def backprop_view(state, rankdir="LR", layout=None, png=True):
    """Draw a :class:`BackpropState`: grads so far, the processed node and the
    inputs it just filled highlighted, and the step's arithmetic as a caption
    above the graph (part of the drawing, so every front end shows it).

    ``layout``: a :class:`~micrograd_lite.graph.LiveGraph` of this graph to
    draw on (the stepper's); without it the picture is laid out afresh.
    """
    def drawing():
        dot = draw_dot(state.root, rankdir=rankdir, highlight={state.node, *state.filled},
                       arrows_into=state.node if state.step else None)
        head, *updates = state.lines
        dot.attr(label=_caption([head] + ["    " + u for u in updates]), labelloc="t",
                 labeljust="l", fontsize="14")
        return dot

    if layout is None:
        return GraphView(drawing(), state.description, state=state)
    nodes = state.nodes
    fields = [_value_fields(node, True, 4) for node in nodes]
    svg = layout.svg(fields, _highlight_positions(state), _caption_lines(state),
                     edges=_lit_edges(state))
    return GraphView(drawing, state.description, state=state, svg=svg, png=png)


def _caption_lines(state):
    head, *updates = state.lines
    return [head] + ["    " + update for update in updates]


def _caption(lines):
    """Lines as a DOT label, each left-aligned (``\\l`` ends a line)."""
    return "".join(line.replace("\\", "\\\\").replace('"', '\\"') + "\\l" for line in lines)


def _stepper_layout(states, rankdir):
    """One layout for every step: each box as wide as its widest grad, the
    caption with room for its longest lines."""
    per_step = [[_value_fields(n, True, 4) for n in state.nodes] for state in states]
    fields = [[widest([step[i][k] for step in per_step]) for k in range(len(per_step[0][i]))]
              for i in range(len(per_step[0]))]
    captions = [_caption_lines(state) for state in states]
    n_lines = max(len(c) for c in captions)
    caption = [widest([c[j] for c in captions if j < len(c)]) for j in range(n_lines)]
    root = states[0].root
    return LiveGraph(root, states[0].nodes, fields, rankdir=rankdir, caption=caption)


class BackpropStepper(Explorer):
    """A step slider with Play, Step and Reset over :func:`backprop_state`.

    ``stepper.state`` is the :class:`BackpropState` on show; ``stepper.step()``
    and ``stepper.reset()`` do what the buttons do. Play (ipywidgets' ``Play``,
    linked to the slider) takes one step every ``stepper.speed.value``
    milliseconds, from where the slider is to the last step; the arrows along
    which a step adds into the grads light up. Every state is worked out once,
    when the stepper is made, and drawn on one layout of the graph.
    """

    #: Play's pace: milliseconds per step, its slider's range and start
    SPEEDS = (300, 3000, 1200)

    def __init__(self, root, step=0, rankdir="LR"):
        _check_root(root)
        self.root = root
        self.rankdir = rankdir
        total = sum(1 for n in trace(root)[0] if inputs(n))
        if isinstance(step, bool) or not isinstance(step, int) or not 0 <= step <= total:
            raise ValueError(f"step must be a whole number from 0 to {total}, got {step!r}")
        if _more_nodes_than(root, MAX_NODES):  # draw_dot draws a note instead: no layout
            self.states, self.layout = None, None
        else:
            self.states = list(_walk(root))
            self.layout = _stepper_layout(self.states, rankdir)
        self.pictures = 0
        slider = widgets.IntSlider(value=step, min=0, max=total, step=1, description=text("graphs.slider_step"))
        self.step_button = widgets.Button(description=text("graphs.button_step"))
        self.reset_button = widgets.Button(description=text("graphs.button_reset"))
        self.step_button.on_click(lambda _button: self.step())
        self.reset_button.on_click(lambda _button: self.reset())
        fastest, slowest, pace = self.SPEEDS
        self.play = widgets.Play(value=step, min=0, max=total, step=1, interval=pace,
                                 description=text("graphs.button_play"))
        self.speed = widgets.IntSlider(value=pace, min=fastest, max=slowest, step=100,
                                       description=text("graphs.slider_speed"),
                                       style={"description_width": "initial"})
        widgets.link((self.play, "value"), (slider, "value"))  # in the kernel: every front end
        widgets.link((self.speed, "value"), (self.play, "interval"))
        # Step is greyed out once the walk is done, Reset while nothing is done
        slider.observe(lambda _change: self._enable_buttons(), names="value")
        self._enable_buttons(slider)
        super().__init__(
            text_count("graphs.stepper_title", total, name=_name(root)),
            {"step": slider},
            self._view,
            buttons=(self.play, self.step_button, self.reset_button, self.speed),
        )

    def _view(self, step):
        self.pictures += 1
        if self.layout is None:
            return backprop_view(backprop_state(self.root, step), rankdir=self.rankdir)
        return backprop_view(self.states[step], layout=self.layout, png=self.pictures == 1)

    @property
    def state(self):
        return self.picture.state

    def _enable_buttons(self, slider=None):
        slider = slider or self.controls["step"]
        self.step_button.disabled = slider.value >= slider.max
        self.reset_button.disabled = slider.value == 0

    def step(self):
        slider = self.controls["step"]
        slider.value = min(slider.value + 1, slider.max)

    def reset(self):
        self.controls["step"].value = 0


def backprop_stepper(root, step=0, rankdir="LR"):
    """Walk the backward pass through ``root``'s graph with a Step button."""
    return BackpropStepper(root, step=step, rankdir=rankdir)
