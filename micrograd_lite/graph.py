"""Pictures of the computation graph: ``trace``, ``draw_dot`` and ``to_mermaid``.

``draw_dot(root)`` draws every Value that ``root`` was computed from, as in
micrograd: a box per Value showing ``label | data | grad``, a small oval per
operation, and arrows input -> operation -> output. It returns a
``graphviz.Digraph`` (so ``.source``, ``.attr()``, ``.render()`` and ``.pipe()``
work as usual) that draws itself without the Graphviz ``dot`` program: see
:mod:`micrograd_lite.render`.

Node names come from the order of the graph (``v0, v1, ...`` for Values,
``op0, op1, ...`` for operations), never from ``id()``, so one graph always
gives the same DOT source and the same picture.

Any node-like object draws (:mod:`micrograd_lite.nodes`): ``data``, ``grad``, ``_prev``
(a tuple, or a set as in micrograd) and ``_op``, ``label`` if it has one. So
micrograd's Value and the class a learner writes in lesson 06 draw as ours do.

:class:`LiveGraph` lays a graph out once and then writes new numbers,
highlights and a caption into its SVG, for explorers that redraw the same
graph many times (lessons 02 and 03).
"""

import math
import re
from pathlib import Path

import graphviz

from .language import text
from .nodes import (changes_data, changes_its_grad, check_node, depth_first, inputs, is_node,
                    label_of, local_derivatives, off_the_rule, overwritten_inputs, reachable,
                    rule_that_fits, unscaled_inputs)
from .nodes import data_of as _data
from .nodes import op_of as _op
from .fonts import svg_with_font, text_width
from .render import FONT_FAMILY, render

__all__ = ["trace", "draw_dot", "paths", "path_factors", "to_mermaid", "GraphDrawing", "LiveGraph"]

#: Above this many drawn nodes (Values + operations) draw_dot shows a note instead.
MAX_NODES = 300
#: paths() lists at most this many paths (their number doubles with each diamond).
MAX_PATHS = 10_000

_RANKDIRS = ("LR", "RL", "TB", "BT")

# Node styles. Highlighting only ADDS attributes to a Value's line.
_GRAPH_ATTR = {"rankdir": "LR", "fontname": FONT_FAMILY, "bgcolor": "white", "ranksep": "0.3"}
_NODE_ATTR = {"shape": "record", "fontname": FONT_FAMILY, "fontsize": "12"}
_EDGE_ATTR = {"fontname": FONT_FAMILY, "color": "#555555"}
_OP_ATTR = {"shape": "ellipse", "style": "filled", "fillcolor": "#eeeeee", "color": "#999999"}
_FLOW_GRAPH_ATTR = {"nodesep": "0.5"}
_FLOW_ATTR = {"fontsize": "10", "fontcolor": "#0072b2", "decorate": "true"}
_HIGHLIGHT_ATTR = {"style": "filled,bold", "fillcolor": "#ffe3a3", "color": "#d55e00"}
_LIT_ATTR = {"color": _HIGHLIGHT_ATTR["color"], "penwidth": "3"}  # the stepper's arrows


def trace(root):
    """Every Value ``root`` depends on, and every edge between them.

    ``root`` may be any node-like object (see :func:`check_node`): a
    learner's own Value class draws as well as ours.

    Returns ``(nodes, edges)``:

    - ``nodes``: a list of Values in a topological order (each Value after
      the inputs it was computed from, ``root`` last). Depth-first, taking each
      operation's inputs in the order the operation took them, so ``x1*w1``
      lists ``x1`` before ``w1``. Iterative: a chain of a million nodes is fine.
    - ``edges``: a list of ``(input, output)`` pairs in the same order, one per
      input slot, so ``b = a + a`` gives the edge ``(a, b)`` twice.

    The same graph always gives the same lists.
    """
    check_node(root, "trace")
    nodes = depth_first(root)
    edges = [(child, node) for node in nodes for child in inputs(node)]
    return nodes, edges


def paths(root, node, max_paths=MAX_PATHS):
    """Every path from ``root`` down to ``node``, as ``(path, product)`` pairs.

    ``path`` is a tuple of nodes from ``root`` to ``node``; ``product`` is the
    product of the local derivatives along it (d out / d input at each step).
    The chain rule says that the products add up to d root / d node: after
    ``root.backward()`` on a fresh graph, to ``node.grad``. An input used twice
    by one operation (``b = a + a``) is reached along two paths, one per use
    (a closure-based class, micrograd's, gives one path with both uses added).

    A graph with more than ``max_paths`` paths raises ValueError before any is
    listed: their number doubles with every diamond (``x * 0.5 + x * 0.5``).
    """
    return [(path, math.prod(factors, start=1.0))
            for path, factors in path_factors(root, node, max_paths, "paths")]


def path_factors(root, node, max_paths=MAX_PATHS, function="path_factors"):
    """:func:`paths` with, for each path, the local derivatives along it (one per
    step, from ``root`` down) instead of their product."""
    check_node(root, function)
    check_node(node, function)
    nodes = depth_first(root)
    if not any(n is node for n in nodes):
        raise ValueError(f"{node!r} is not part of the graph of {root!r}")
    count = {id(node): 1}  # how many paths lead from each node down to `node`
    for n in nodes:
        if n is not node:
            count[id(n)] = sum(count.get(id(c), 0) for c in inputs(n))
    if count[id(root)] > max_paths:
        raise ValueError(f"{count[id(root)]:,} paths lead from the root to this node, more "
                         f"than max_paths={max_paths:,}; pass a larger max_paths to list them")
    found = []

    def walk(current, path, factors):  # as deep as the graph: the lessons' are a few steps
        if current is node:
            found.append((path, factors))
            return
        for child, local in zip(inputs(current), local_derivatives(current)):
            if local is not None and count.get(id(child), 0):
                walk(child, path + (child,), factors + (local,))

    walk(root, (root,), ())
    return found


def draw_dot(root, rankdir="LR", highlight=None, show_grad=True, max_nodes=MAX_NODES,
             decimals=4, flow=False, arrows_into=None):
    """Draw the computation graph that produced ``root``.

    Each Value is a box ``label | data 2.0000 | grad -1.5000`` (the label part
    is left out when a Value has no label); each operation (``+``, ``*``,
    ``tanh``, ...) is an oval between its inputs and its output. The box's
    fields are stacked (label above data above grad) whatever the direction:
    a left-to-right drawing of the lecture's neuron is then about 1000pt wide
    instead of 1650pt, and fits a notebook cell.

    - ``rankdir``: ``"LR"`` (left to right), ``"RL"``, ``"TB"`` or ``"BT"``.
    - ``highlight``: a Value or an iterable of Values of this graph to
      emphasise (filled, bold border); the rest is drawn exactly as without it.
    - ``show_grad=False`` leaves the grads out (pictures of the forward pass).
    - ``max_nodes``: a bigger graph (counting Values and operations) is not
      laid out (that could take minutes): the result is a drawing of a note
      saying so, made at once. Pass a larger ``max_nodes`` to draw it anyway.
    - ``decimals``: digits after the point for data and grad.
    - ``flow=True`` writes on every arrow from an input into an operation the
      local derivative (d out / d input, as Python prints it, to 12 digits) and, once
      backward() has run (``root.grad`` is not 0), what it added to the input's
      grad: local × the operation's grad. An input used twice gets two arrows,
      each with its share; its box shows their sum.
    - ``arrows_into``: a Value or an iterable of Values of this graph whose
      arrows in, from their inputs into their operation, are drawn thick and
      in the highlight colour (the backprop stepper's current step).

    Returns a :class:`GraphDrawing`, a ``graphviz.Digraph`` that Jupyter
    displays as SVG without the Graphviz ``dot`` program.
    """
    if rankdir not in _RANKDIRS:
        raise ValueError(f"rankdir must be one of {', '.join(_RANKDIRS)}; got {rankdir!r}")
    if not isinstance(max_nodes, int) or isinstance(max_nodes, bool) or max_nodes < 1:
        raise ValueError(f"max_nodes must be a positive whole number, got {max_nodes!r}")
    _check_decimals(decimals)
    check_node(root, "draw_dot")
    if _more_nodes_than(root, max_nodes):
        return _too_big_note(max_nodes, rankdir)
    nodes, _ = trace(root)
    emphasised = _highlighted(highlight, nodes)
    fields = {id(node): _value_fields(node, show_grad, decimals) for node in nodes}
    edges, warned = _flow_labels(nodes, root.grad != 0) if flow else (None, False)
    drawing = _graph_dot(root, nodes, rankdir, fields, emphasised, edges=edges,
                         lit=_highlighted(arrows_into, nodes, "arrows_into"))
    if warned:  # the description is what a screen reader says of the picture
        drawing.description += text("graph.description_warned")
    return drawing


def flow_label(local, grad=None, edges=1):
    """The text on an arrow into an operation: its local derivative and, when the
    operation's ``grad`` is known, what the arrow adds to the input's grad. ``edges``:
    how many uses of the input one closure measured together (their sum)."""
    lines = [text("graph.flow_local", local=short_number(local)) if edges == 1
             else text("graph.flow_local_uses", local=short_number(local), count=edges)]
    if grad is not None:
        grad_text = short_number(grad)  # after ×, a negative number in parentheses
        lines.append(text("graph.flow_adds", local=short_number(local),
                          grad=f"({grad_text})" if grad_text.startswith("-") else grad_text,
                          added=short_number(local * float(grad))))
    return "\n".join(lines)


def short_number(x):
    """``x`` as Python prints it, after rounding to 12 significant digits: 0.5 for the
    0.4999999999999999 that tanh's derivative can come to, 2.0 for 2."""
    return str(float(f"{float(x):.12g}"))


def _flow_labels(nodes, known):
    """``{(id(operation node), slot): text}`` for :func:`draw_dot`'s ``flow``, and whether
    an arrow carries a warning about its node's ``_backward``."""
    labels, warned = {}, False
    for node in nodes:
        children = inputs(node)
        # a closure that sets a grad (= for +=) says so on that input's arrow; one that adds
        # what is not in proportion to its node's grad (* out.grad missing) says so on every
        # other arrow, as an input whose numbers happen to fit (x = 0) is no proof: no numbers
        sets, unscaled = overwritten_inputs(node), bool(unscaled_inputs(node))
        if sets or unscaled:
            labels.update({(id(node), slot): text(_FLOW_SLIP_KEYS[
                "sets" if id(child) in sets else "unscaled"]) for slot, child in enumerate(children)
                if id(child) in sets or unscaled})
            warned = True
        # a closure that changes its own node's grad (out.grad = 0): the grad shown is
        # not the one it passed on, so no "adds" line
        changes_own = changes_its_grad(node)
        # a local derivative that is not the rule's, and a closure that changes .data
        fits = rule_that_fits(node) if off_the_rule(node) else None
        notes = {slot: [text("graph.flow_rule", op=node._op, rule=short_number(rule))] + (
                     [text("graph.flow_rule_fits", other=fits, op=node._op)] if fits else [])
                 for slot, _, rule in off_the_rule(node)}
        also = ([text("graph.flow_changes_own")] if changes_own else []) + (
            [text("graph.flow_changes_data")] if changes_data(node) else [])
        warned = warned or bool(notes or also)
        for slot, local in enumerate(local_derivatives(node)):
            if local is None or (id(node), slot) in labels:  # (a slip said on that arrow)
                continue
            uses = sum(1 for c in children if c is children[slot])
            # a closure's sum covers every use; the node's own slots are one use each
            shared = uses if getattr(node, "_local_grads", None) is None else 1
            label = flow_label(local, node.grad if known and not changes_own else None, shared)
            labels[id(node), slot] = "\n".join([label] + notes.get(slot, []) + also)
    return labels, warned


# a closure that does not add local × grad -> what its arrows say
_FLOW_SLIP_KEYS = {"sets": "graph.flow_sets", "unscaled": "graph.flow_unscaled"}


def _graph_dot(root, nodes, rankdir, fields, emphasised=frozenset(), caption=None, edges=None,
               lit=frozenset()):
    """The drawing of ``nodes``; ``fields`` maps ``id(node)`` to its box's texts,
    ``emphasised`` holds the ids of the highlighted nodes, ``caption`` is a list
    of lines written above the graph, left-aligned; ``edges`` maps
    ``(id(operation node), input slot)`` to the text on that input's arrow;
    ``lit`` holds the ids of the nodes whose arrows in are drawn lit."""
    # A record's fields run across the flow: "{...}" turns them to run along it.
    vertical_flow = rankdir in ("TB", "BT")
    n_ops = sum(1 for node in nodes if inputs(node))
    dot = GraphDrawing(
        name="computation_graph",
        # labelled arrows need room between the boxes beside them
        graph_attr={**_GRAPH_ATTR, "rankdir": rankdir, **(_FLOW_GRAPH_ATTR if edges else {})},
        node_attr=_NODE_ATTR,
        edge_attr=_EDGE_ATTR,
    )
    if not n_ops:
        dot.description = text("graph.description_one_value", root=_describe(root))
    elif n_ops == 1:
        dot.description = text("graph.description_one_operation", root=_describe(root),
                               values=len(nodes))
    else:
        dot.description = text("graph.description", root=_describe(root), values=len(nodes),
                               operations=n_ops)
    names = {id(node): f"v{i}" for i, node in enumerate(nodes)}
    op_names = {}
    for node in nodes:
        if inputs(node):
            op_names[id(node)] = f"op{len(op_names)}"
    for node in nodes:  # inputs come first, so every edge joins declared nodes
        key = id(node)
        if inputs(node):
            dot.node(op_names[key], label=_dot_quote(_op(node) or "op"), **_OP_ATTR)
            arrow = _LIT_ATTR if key in lit else {}
            for slot, child in enumerate(inputs(node)):
                written = (edges or {}).get((key, slot))
                if written is None:
                    dot.edge(names[id(child)], op_names[key], **arrow)
                else:
                    dot.edge(names[id(child)], op_names[key], label=_dot_quote(written),
                             **_FLOW_ATTR, **arrow)
        label = " | ".join(_record_field(field) for field in fields[key])
        if vertical_flow:
            label = "{ " + label + " }"
        style = _HIGHLIGHT_ATTR if key in emphasised else {}
        dot.node(names[key], label=label, **style)
        if inputs(node):
            dot.edge(op_names[key], names[key])
    if caption:
        dot.attr(label=_caption_label(caption), labelloc="t", labeljust="l", fontsize="14")
    return dot


def _caption_label(lines):
    """Lines as a DOT label, each left-aligned (``\\l`` ends a line)."""
    return "".join(line.replace("\\", "\\\\").replace('"', '\\"') + "\\l" for line in lines)


def to_mermaid(root, show_grad=True, decimals=4):
    """The graph of ``root`` as a Mermaid ``graph LR`` block (the form 《神经网络原理1 - 导数的作用》 uses).

    Values become ``w2["w2 | data 1.0000 | grad 0.0000"]``, named after their
    label when it is a plain identifier used once, else ``v1, v2, ...`` in graph order;
    operations become ``mul1((*))``, ``add1((+))``, ``tanh1((tanh))``, ...,
    numbered per kind in graph order. Paste it into a Markdown file inside a
    ```` ```mermaid ```` block.
    """
    _check_decimals(decimals)
    check_node(root, "to_mermaid")
    nodes, _ = trace(root)
    op_ids = _mermaid_op_ids(nodes)
    ids = _mermaid_value_ids(nodes, set(op_ids.values()))

    def value_line(node):
        fields = " | ".join(_value_fields(node, show_grad, decimals))
        return f'    {ids[id(node)]}["{_mermaid_escape(fields)}"]'

    lines = ["graph LR"]
    lines += [value_line(node) for node in nodes if not inputs(node)]
    for node in nodes:
        if inputs(node):
            lines += ["", f"    {op_ids[id(node)]}({_mermaid_op_text(_op(node))})", value_line(node)]
    for node in nodes:
        if inputs(node):
            lines.append("")
            lines += [f"    {ids[id(child)]} --> {op_ids[id(node)]}" for child in inputs(node)]
            lines.append(f"    {op_ids[id(node)]} --> {ids[id(node)]}")
    return "\n".join(lines)


class GraphDrawing(graphviz.Digraph):
    """A ``graphviz.Digraph`` that renders without the Graphviz ``dot`` program.

    ``pipe()``, ``render()`` and the Jupyter display use
    :func:`micrograd_lite.render.render` (pygraphviz's bundled Graphviz; the
    ``dot`` program only if pygraphviz is missing). Options that only the
    ``dot`` program understands (``renderer``, ``formatter``,
    ``neato_no_op``) are passed on to it. ``repr()`` is a short description
    without memory addresses, so notebooks store stable text.
    """

    description = "a graph drawing"

    def __repr__(self):
        return self.description

    def _repr_mimebundle_(self, include=None, exclude=None, **kwargs):
        """SVG, and a PNG beside it: JupyterLab shows a stored SVG only once the
        notebook is trusted (it has run), but a PNG always, so a lesson opened
        before running still shows its graphs."""
        if include is None:
            include = ("image/svg+xml", "image/png")
        return super()._repr_mimebundle_(include=include, exclude=exclude, **kwargs)

    def copy(self):
        new = super().copy()
        new.description = self.description
        return new

    def pipe(self, format=None, renderer=None, formatter=None, neato_no_op=None,
             quiet=False, *, engine=None, encoding=None):
        if renderer or formatter or neato_no_op:
            return super().pipe(format, renderer, formatter, neato_no_op, quiet,
                                engine=engine, encoding=encoding)
        format = format or self.format
        engine = engine or self.engine
        key = (self.source, format, engine)
        cached = getattr(self, "_last_pipe", None)
        if cached is not None and cached[0] == key:
            data = cached[1]  # Jupyter asks again each time the drawing is shown
        else:
            data = render(self.source, format=format, engine=engine)
            self._last_pipe = (key, data)
        return data.decode(encoding) if encoding else data

    def render(self, filename=None, directory=None, view=False, cleanup=False, format=None,
               renderer=None, formatter=None, neato_no_op=None, quiet=False, quiet_view=False,
               *, outfile=None, engine=None, raise_if_result_exists=False,
               overwrite_source=False):
        """``graphviz.Digraph.render()``, the same arguments and result: save the
        source, draw it into the output file (its format from ``format``, or from
        ``outfile``'s suffix), optionally remove the source and open the drawing."""
        if renderer or formatter or neato_no_op:  # only the dot program knows these
            return super().render(filename, directory, view, cleanup, format, renderer,
                                  formatter, neato_no_op, quiet, quiet_view, outfile=outfile,
                                  engine=engine, raise_if_result_exists=raise_if_result_exists,
                                  overwrite_source=overwrite_source)
        if outfile is not None:
            outfile = Path(outfile)
            format = format or outfile.suffix.lstrip(".")
            if filename is None:  # the source beside the drawing: neuron.png -> neuron.gv
                filename, directory = outfile.with_suffix(".gv").name, directory or outfile.parent
        format = format or self.format
        source = Path(self.save(filename, directory=directory))
        outfile = outfile or source.with_name(f"{source.name}.{format}")
        if outfile.exists() and raise_if_result_exists:
            raise graphviz.FileExistsError(f"output file exists: {str(outfile)!r}")
        if outfile.resolve() == source.resolve() and not overwrite_source:
            raise ValueError(f"outfile {str(outfile)!r} must be different from the source file")
        outfile.write_bytes(render(self.source, format=format, engine=engine or self.engine))
        if cleanup:
            source.unlink()
        if view:
            graphviz.view(outfile, quiet=quiet_view)
        return str(outfile)


class LiveGraph:
    """A graph laid out once, whose numbers, highlights and caption change in place.

    An explorer that shows the same graph with new numbers (a slider moved, a
    backprop step taken) need not ask Graphviz to lay it out again: the boxes
    and arrows stay where they are. ``LiveGraph(nodes, fields)`` lays the graph
    out once, each box as wide as the texts in ``fields`` (give it the widest
    texts the box will show), and :meth:`svg` then writes new texts, highlights
    and caption lines into that SVG: no layout, no Graphviz, well under a
    millisecond. The boxes do not jump around from one picture to the next.

    - ``nodes``: the graph's nodes in :func:`trace` order; later pictures pass
      texts for graphs of the same shape (:func:`shape` tells).
    - ``fields``: for each node, the texts of its box (label, data, grad).
    - ``caption``: the lines written above the graph (the widest of each).
    """

    def __init__(self, root, nodes, fields, rankdir="LR", caption=None):
        self.shape = shape(nodes)
        self.layout_fields = [list(f) for f in fields]
        self.layout_caption = list(caption or [])
        dot = _graph_dot(root, nodes, rankdir, {id(n): f for n, f in zip(nodes, fields)},
                         caption=self.layout_caption)
        self.drawing = dot
        # the font for Chinese text is embedded per picture, in svg()
        self.layout_svg = render(dot.source, format="svg", embed_font=False).decode("utf-8")
        op_positions = [i for i, node in enumerate(nodes) if inputs(node)]  # op0, op1, ...
        self._parts = _svg_template(self.layout_svg, len(nodes), len(self.layout_caption),
                                    op_positions)

    def fits(self, nodes, fields, caption=()):
        """Whether a graph and texts can be drawn on this layout: same shape,
        every text at most as wide as the one the layout was made for."""
        if shape(nodes) != self.shape or len(caption) > len(self.layout_caption):
            return False
        pairs = [(new, old) for f_new, f_old in zip(fields, self.layout_fields)
                 for new, old in _zip_exact(f_new, f_old)]
        if any(pair is None for pair in pairs):
            return False
        pairs += list(zip(caption, self.layout_caption))
        return all(text_width(new) <= text_width(old) + 1e-9 for new, old in pairs)

    def svg(self, fields, highlight=(), caption=(), edges=()):
        """The SVG with these texts (one list per node), the nodes at the
        positions in ``highlight`` emphasised, and ``caption``'s lines;
        ``edges`` lights up arrows into operations, each given as (the
        operation's position, the input's slot)."""
        lines = list(caption) + [""] * (len(self.layout_caption) - len(caption))
        chosen = set(highlight)
        lit = set(edges)
        out = []
        for part in self._parts:
            if part.__class__ is str:
                out.append(part)
                continue
            kind, i, k = part
            if kind == "text":
                out.append(_svg_text(fields[i][k]))
            elif kind == "caption":
                out.append(_svg_text(lines[i]))
            elif kind == "box":
                out.append(_SVG_HIGHLIGHT_BOX if i in chosen else _SVG_PLAIN)
            elif kind == "edge":
                out.append(_SVG_LIT_EDGE if (i, k) in lit else _SVG_EDGE)
            elif kind == "arrow":
                out.append(_SVG_LIT_ARROW if (i, k) in lit else _SVG_ARROW)
            else:  # a line between fields
                out.append(_SVG_HIGHLIGHT_LINE if i in chosen else _SVG_PLAIN)
        return svg_with_font("".join(out))


def shape(nodes):
    """What a layout depends on besides the texts: each node's operation,
    whether it has a label, and its inputs' positions."""
    position = {id(node): i for i, node in enumerate(nodes)}
    return tuple((_op(node), bool(label_of(node)), tuple(position[id(c)] for c in inputs(node)))
                 for node in nodes)


def widest(texts):
    """The text that needs the most room (for a layout that must hold them all)."""
    return max(texts, key=text_width)


def _zip_exact(a, b):
    if len(a) != len(b):
        return [None]
    return list(zip(a, b))


_SVG_PLAIN = 'fill="none" stroke="black"'
_SVG_HIGHLIGHT_BOX = (f'fill="{_HIGHLIGHT_ATTR["fillcolor"]}" stroke="{_HIGHLIGHT_ATTR["color"]}" '
                      'stroke-width="2"')
_SVG_HIGHLIGHT_LINE = f'fill="none" stroke="{_HIGHLIGHT_ATTR["color"]}" stroke-width="2"'
_SVG_EDGE = f'fill="none" stroke="{_EDGE_ATTR["color"]}"'
_SVG_ARROW = f'fill="{_EDGE_ATTR["color"]}" stroke="{_EDGE_ATTR["color"]}"'
_SVG_LIT_EDGE = f'fill="none" stroke="{_HIGHLIGHT_ATTR["color"]}" stroke-width="3"'
_SVG_LIT_ARROW = (f'fill="{_HIGHLIGHT_ATTR["color"]}" stroke="{_HIGHLIGHT_ATTR["color"]}" '
                  'stroke-width="3"')
_SVG_INTO_OP = re.compile(r'<g id="edge\d+" class="edge">\n<title>v\d+&#45;&gt;op(\d+)</title>\n'
                          r'(.*?)</g>', re.S)
_SVG_NODE = re.compile(r'<g id="node\d+" class="node">\n<title>v(\d+)</title>\n(.*?)</g>', re.S)
_SVG_TEXT = re.compile(r"<text [^>]*>(.*?)</text>", re.S)


def _svg_template(svg, n_nodes, n_caption, op_positions=()):
    """Cut Graphviz's SVG into fixed parts and slots ``(kind, index, field)``;
    an arrow into an operation is ``("edge" or "arrow", the operation's
    position, the input's slot)`` (``op_positions[k]`` is the position of ``opk``;
    Graphviz writes the arrows in the order they were declared: slot order)."""
    spans = []  # (start, end, slot)
    slots = {}  # operation -> arrows into it met so far
    for match in _SVG_INTO_OP.finditer(svg):
        op = int(match.group(1))
        slot = slots.get(op, 0)
        slots[op] = slot + 1
        position, body_start = op_positions[op], match.start(2)
        for kind, attributes in (("edge", _SVG_EDGE), ("arrow", _SVG_ARROW)):
            found = match.group(2).find(attributes)
            if found >= 0:
                start = body_start + found
                spans.append((start, start + len(attributes), (kind, position, slot)))
    for match in _SVG_NODE.finditer(svg):
        i, body_start = int(match.group(1)), match.start(2)
        body = match.group(2)
        for k, found in enumerate(_SVG_TEXT.finditer(body)):
            spans.append((body_start + found.start(1), body_start + found.end(1), ("text", i, k)))
        for element in re.finditer(r'<(polygon|polyline) (fill="none" stroke="black")', body):
            kind = "box" if element.group(1) == "polygon" else "line"
            spans.append((body_start + element.start(2), body_start + element.end(2), (kind, i, 0)))
    if n_caption:
        head_end = svg.index("<!--", svg.index("<title>"))
        for j, found in enumerate(_SVG_TEXT.finditer(svg, 0, head_end)):
            spans.append((found.start(1), found.end(1), ("caption", j, 0)))
    spans.sort()
    parts, position = [], 0
    for start, end, slot in spans:
        parts += [svg[position:start], slot]
        position = end
    parts.append(svg[position:])
    return parts


def _svg_text(string):
    """Text as Graphviz writes it into SVG (so a filled-in template equals a fresh render)."""
    string = re.sub(r"(?<= ) ", "\0", string)  # a run of spaces: the first stays, the rest are &#160;
    return (string.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&#39;").replace('"', "&quot;").replace("-", "&#45;")
            .replace("\0", "&#160;"))


# ----------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------
def _check_decimals(decimals):
    if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 17:
        raise ValueError(f"decimals must be a whole number from 0 to 17, got {decimals!r}")


def _highlighted(highlight, nodes, name="highlight"):
    """The ids of the nodes to highlight (``name``: the argument, for its errors)."""
    if highlight is None:
        return set()
    if is_node(highlight):
        chosen = [highlight]
    else:
        try:
            chosen = list(highlight)
        except TypeError:
            raise TypeError(
                f"{name} takes a Value or an iterable of Values, got {type(highlight).__name__}"
            ) from None
    in_graph = {id(node) for node in nodes}
    for value in chosen:
        if not is_node(value):
            raise TypeError(f"{name} takes Values, got {type(value).__name__}")
        if id(value) not in in_graph:
            raise ValueError(f"{name}: {value!r} is not part of this graph")
    return {id(value) for value in chosen}


def _rounded_label(x, decimals):
    """``x`` as a node's label shows it: ``decimals`` digits after the point."""
    shown = f"{x:.{decimals}f}"
    # -1e-9 and -0.0 print as "-0.0000"; show them as 0 (the rounding hides the sign anyway)
    if shown.startswith("-") and float(shown) == 0.0:
        shown = shown[1:]
    return shown


def _value_fields(node, show_grad, decimals):
    label = label_of(node)
    fields = [label] if label else []
    fields.append(f"data {_rounded_label(_data(node), decimals)}")
    if show_grad:
        fields.append(f"grad {_rounded_label(float(node.grad), decimals)}")
    return fields


def quoted(label):
    """A node's label as a message quotes it: 'x1*w1' in English, “x1*w1” in Chinese;
    anything that is not a string (a label a learner set to a number) as Python writes it."""
    if not isinstance(label, str):
        return repr(label)
    return text("quoted_label", label=label) if label else text("quoted_label_empty")


def _describe(root):
    label = label_of(root)
    if not label:
        return text("graph.unnamed_root", data=_rounded_label(_data(root), 4))
    if str(label).isidentifier():  # a plain name like o or L
        return text("graph.root_name", label=label)
    return text("graph.root_expression", label=label)  # 'x1*w1' keeps its quotes


def _more_nodes_than(root, limit):
    """Whether the drawing of ``root`` would have more than ``limit`` nodes.

    Stops counting as soon as it knows, so a huge graph is refused quickly.
    """
    count = 0
    for node in reachable(root):
        count += 2 if node._prev else 1  # the Value, and its operation if any
        if count > limit:
            return True
    return False


def _too_big_note(max_nodes, rankdir):
    message = text("graph.too_big", max_nodes=max_nodes, example=10 * max_nodes)
    dot = GraphDrawing(name="computation_graph", graph_attr={**_GRAPH_ATTR, "rankdir": rankdir})
    dot.node("note", label=_dot_quote(message), shape="note", fontname=FONT_FAMILY)
    dot.description = message.replace("\n", " ")
    return dot


def _dot_quote(string):
    r"""Text as a literal DOT label: backslashes and quotes escaped, newlines as \n."""
    return string.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


_RECORD_SPECIAL = re.compile(r'([{}|<>"\\])')


def _record_field(string):
    """One field of a record label; its special characters shown literally."""
    return _RECORD_SPECIAL.sub(r"\\\1", string).replace("\n", "\\n")


# ----------------------------------------------------------------------
# Mermaid names
# ----------------------------------------------------------------------
_OP_KINDS = {
    "+": "add", "-": "sub", "*": "mul", "/": "div", "neg": "neg", "exp": "exp",
    "log": "log", "tanh": "tanh", "sigmoid": "sigmoid", "ReLU": "relu",
}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_MERMAID_WORDS = {
    "end", "graph", "flowchart", "subgraph", "style", "classdef", "class", "click",
    "linkstyle", "direction", "call", "href", "default",
}


def _op_kind(op):
    if op in _OP_KINDS:
        return _OP_KINDS[op]
    if op.startswith("**"):
        return "pow"
    if op.endswith("(w·x+b)"):
        return "neuron"  # nn.Neuron's fused node
    return "op"


def _mermaid_op_ids(nodes):
    counts, ids = {}, {}
    for node in nodes:
        if inputs(node):
            kind = _op_kind(_op(node))
            counts[kind] = counts.get(kind, 0) + 1
            ids[id(node)] = f"{kind}{counts[kind]}"
    return ids


def _mermaid_value_ids(nodes, taken):
    """Each Value's Mermaid id: its label if that is a plain identifier used
    once, else v1, v2, ... numbered in graph order, skipping ids already taken."""
    label_uses = {}
    for node in nodes:
        label_uses[label_of(node)] = label_uses.get(label_of(node), 0) + 1
    ids = {}
    for node in nodes:
        label = label_of(node)
        if (
            _IDENTIFIER.match(label)
            and label_uses[label] == 1
            and label not in taken
            and label.lower() not in _MERMAID_WORDS
        ):
            ids[id(node)] = label
            taken.add(label)
    number = 0
    for node in nodes:
        if id(node) not in ids:
            number += 1
            while f"v{number}" in taken:
                number += 1
            ids[id(node)] = f"v{number}"
            taken.add(f"v{number}")
    return ids


def _mermaid_escape(string):
    return (
        string.replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;")
        .replace(">", "#gt;").replace("\n", " ")
    )


def _mermaid_op_text(op):
    if op in ("+", "*") or re.fullmatch(r"[A-Za-z]+", op):
        return f"({op})"  # as in 《神经网络原理1 - 导数的作用》: mul1((*))
    return f'("{_mermaid_escape(op or "op")}")'
