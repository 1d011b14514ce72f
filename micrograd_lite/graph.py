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
"""

import re
from pathlib import Path

import graphviz

from .engine import Value
from .render import FONT_FAMILY, render

__all__ = ["trace", "draw_dot", "to_mermaid", "GraphDrawing"]

#: Above this many drawn nodes (Values + operations) draw_dot shows a note instead.
MAX_NODES = 300

_RANKDIRS = ("LR", "RL", "TB", "BT")

# Node styles. Highlighting only ADDS attributes to a Value's line.
_GRAPH_ATTR = {"rankdir": "LR", "fontname": FONT_FAMILY, "bgcolor": "white", "ranksep": "0.3"}
_NODE_ATTR = {"shape": "record", "fontname": FONT_FAMILY, "fontsize": "12"}
_EDGE_ATTR = {"fontname": FONT_FAMILY, "color": "#555555"}
_OP_ATTR = {"shape": "ellipse", "style": "filled", "fillcolor": "#eeeeee", "color": "#999999"}
_HIGHLIGHT_ATTR = {"style": "filled,bold", "fillcolor": "#ffe3a3", "color": "#d55e00"}


def trace(root):
    """Every Value ``root`` depends on, and every edge between them.

    Returns ``(nodes, edges)``:

    - ``nodes``: a list of Values in a topological order (each Value after
      the inputs it was computed from, ``root`` last). Depth-first, taking each
      operation's inputs in the order the operation took them, so ``x1*w1``
      lists ``x1`` before ``w1``. Iterative: a chain of a million nodes is fine.
    - ``edges``: a list of ``(input, output)`` pairs in the same order, one per
      input slot, so ``b = a + a`` gives the edge ``(a, b)`` twice.

    The same graph always gives the same lists.
    """
    _check_root(root, "trace")
    nodes, seen = [], set()
    stack = [(root, False)]
    while stack:
        node, inputs_done = stack.pop()
        if inputs_done:
            nodes.append(node)
        elif node not in seen:
            seen.add(node)
            stack.append((node, True))
            # reversed, so the first input is popped (and listed) first
            stack.extend((child, False) for child in reversed(node._prev) if child not in seen)
    edges = [(child, node) for node in nodes for child in node._prev]
    return nodes, edges


def draw_dot(root, rankdir="LR", highlight=None, show_grad=True, max_nodes=MAX_NODES,
             decimals=4):
    """Draw the computation graph that produced ``root``.

    Each Value is a box ``label | data 2.0000 | grad -1.5000`` (the label part
    is left out when a Value has no label); each operation (``+``, ``*``,
    ``tanh``, ...) is an oval between its inputs and its output. The box's
    fields are stacked (label above data above grad) whatever the direction:
    a left-to-right drawing of seed 000's neuron is then about 1000pt wide
    instead of 1650pt, and fits a notebook cell.

    - ``rankdir``: ``"LR"`` (left to right), ``"RL"``, ``"TB"`` or ``"BT"``.
    - ``highlight``: a Value or an iterable of Values of this graph to
      emphasise (filled, bold border); the rest is drawn exactly as without it.
    - ``show_grad=False`` leaves the grads out (pictures of the forward pass).
    - ``max_nodes``: a bigger graph (counting Values and operations) is not
      laid out (that could take minutes): the result is a drawing of a note
      saying so, made at once. Pass a larger ``max_nodes`` to draw it anyway.
    - ``decimals``: digits after the point for data and grad.

    Returns a :class:`GraphDrawing`, a ``graphviz.Digraph`` that Jupyter
    displays as SVG without the Graphviz ``dot`` program.
    """
    if rankdir not in _RANKDIRS:
        raise ValueError(f"rankdir must be one of {', '.join(_RANKDIRS)}; got {rankdir!r}")
    if not isinstance(max_nodes, int) or isinstance(max_nodes, bool) or max_nodes < 1:
        raise ValueError(f"max_nodes must be a positive whole number, got {max_nodes!r}")
    _check_decimals(decimals)
    _check_root(root, "draw_dot")
    if _more_nodes_than(root, max_nodes):
        return _too_big_note(max_nodes, rankdir)
    nodes, _ = trace(root)
    # A record's fields run across the flow: "{...}" turns them to run along it.
    vertical_flow = rankdir in ("TB", "BT")
    emphasised = _highlighted(highlight, nodes)
    n_ops = sum(1 for node in nodes if node._prev)

    dot = GraphDrawing(
        name="computation_graph",
        graph_attr={**_GRAPH_ATTR, "rankdir": rankdir},
        node_attr=_NODE_ATTR,
        edge_attr=_EDGE_ATTR,
    )
    dot.description = (
        f"computation graph of {_describe(root)}: "
        f"{_plural(len(nodes), 'value')} and {_plural(n_ops, 'operation')}"
    )
    names = {node: f"v{i}" for i, node in enumerate(nodes)}
    op_names = {}
    for node in nodes:
        if node._prev:
            op_names[node] = f"op{len(op_names)}"
    for node in nodes:  # inputs come first, so every edge joins declared nodes
        if node._prev:
            dot.node(op_names[node], label=_dot_quote(node._op or "op"), **_OP_ATTR)
            for child in node._prev:
                dot.edge(names[child], op_names[node])
        fields = _value_fields(node, show_grad, decimals)
        label = " | ".join(_record_field(field) for field in fields)
        if vertical_flow:
            label = "{ " + label + " }"
        style = _HIGHLIGHT_ATTR if node in emphasised else {}
        dot.node(names[node], label=label, **style)
        if node._prev:
            dot.edge(op_names[node], names[node])
    return dot


def to_mermaid(root, show_grad=True, decimals=4):
    """The graph of ``root`` as a Mermaid ``graph LR`` block (the form seed 000 uses).

    Values become ``w2["w2 | data 1.0000 | grad 0.0000"]``, named after their
    label when it is a plain identifier used once, else ``v<position>``;
    operations become ``mul1((*))``, ``add1((+))``, ``tanh1((tanh))``, ...,
    numbered per kind in graph order. Paste it into a Markdown file inside a
    ```` ```mermaid ```` block.
    """
    _check_decimals(decimals)
    nodes, _ = trace(root)
    op_ids = _mermaid_op_ids(nodes)
    ids = _mermaid_value_ids(nodes, set(op_ids.values()))

    def value_line(node):
        text = " | ".join(_value_fields(node, show_grad, decimals))
        return f'    {ids[node]}["{_mermaid_escape(text)}"]'

    lines = ["graph LR"]
    lines += [value_line(node) for node in nodes if not node._prev]
    for node in nodes:
        if node._prev:
            lines += ["", f"    {op_ids[node]}({_mermaid_op_text(node._op)})", value_line(node)]
    for node in nodes:
        if node._prev:
            lines.append("")
            lines += [f"    {ids[child]} --> {op_ids[node]}" for child in node._prev]
            lines.append(f"    {op_ids[node]} --> {ids[node]}")
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

    # graphviz.Digraph.render() saves the source, works out the output path,
    # then calls self._render(engine, format, filepath, ...) with the signature
    # of graphviz.render(); replacing that one step keeps all of render()'s options.
    @property
    def _render(self):
        return self._render_file

    def _render_file(self, engine, format=None, filepath=None, renderer=None, formatter=None,
                     neato_no_op=None, quiet=False, *, outfile=None,
                     raise_if_result_exists=False, overwrite_filepath=False):
        if renderer or formatter or neato_no_op or format is None or filepath is None:
            return graphviz.render(
                engine, format, filepath, renderer, formatter, neato_no_op, quiet,
                outfile=outfile, raise_if_result_exists=raise_if_result_exists,
                overwrite_filepath=overwrite_filepath,
            )
        filepath = Path(filepath)
        if outfile is None:
            outfile = filepath.with_suffix(f"{filepath.suffix}.{format}")
        outfile = Path(outfile)
        if outfile.exists() and raise_if_result_exists:
            raise graphviz.FileExistsError(f"output file exists: {str(outfile)!r}")
        if outfile.resolve() == filepath.resolve() and not overwrite_filepath:
            raise ValueError(f"outfile {str(outfile)!r} must be different from the source file")
        source = filepath.read_text(encoding=self.encoding)
        outfile.write_bytes(render(source, format=format, engine=engine))
        return str(outfile)


# ----------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------
def _check_root(root, function):
    if not isinstance(root, Value):
        hint = " (draw one Value, e.g. the loss)" if isinstance(root, (list, tuple)) else ""
        raise TypeError(
            f"{function}() needs a micrograd_lite Value, got {type(root).__name__}{hint}"
        )


def _check_decimals(decimals):
    if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 17:
        raise ValueError(f"decimals must be a whole number from 0 to 17, got {decimals!r}")


def _highlighted(highlight, nodes):
    if highlight is None:
        return set()
    if isinstance(highlight, Value):
        chosen = [highlight]
    else:
        try:
            chosen = list(highlight)
        except TypeError:
            raise TypeError(
                f"highlight takes a Value or an iterable of Values, got {type(highlight).__name__}"
            ) from None
    in_graph = set(nodes)
    for value in chosen:
        if not isinstance(value, Value):
            raise TypeError(f"highlight takes Values, got {type(value).__name__}")
        if value not in in_graph:
            raise ValueError(f"cannot highlight {value!r}: it is not part of this graph")
    return set(chosen)


def _number(x, decimals):
    text = f"{x:.{decimals}f}"
    # -1e-9 and -0.0 print as "-0.0000"; show them as 0 (the rounding hides the sign anyway)
    if text.startswith("-") and float(text) == 0.0:
        text = text[1:]
    return text


def _value_fields(node, show_grad, decimals):
    fields = [node.label] if node.label else []
    fields.append(f"data {_number(node.data, decimals)}")
    if show_grad:
        fields.append(f"grad {_number(node.grad, decimals)}")
    return fields


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _describe(root):
    return repr(root.label) if root.label else f"a Value with data {_number(root.data, 4)}"


def _more_nodes_than(root, limit):
    """Whether the drawing of ``root`` would have more than ``limit`` nodes.

    Stops counting as soon as it knows, so a huge graph is refused quickly.
    """
    count, seen, stack = 0, {root}, [root]
    while stack:
        node = stack.pop()
        count += 2 if node._prev else 1  # the Value, and its operation if any
        if count > limit:
            return True
        for child in node._prev:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return False


def _too_big_note(max_nodes, rankdir):
    message = (
        f"This graph has more than {max_nodes} nodes (values and operations).\n"
        f"draw_dot draws up to {max_nodes}, because laying out a bigger graph can take minutes.\n"
        "To draw it anyway, pass a larger max_nodes, "
        f"e.g. draw_dot(..., max_nodes={10 * max_nodes})."
    )
    dot = GraphDrawing(name="computation_graph", graph_attr={**_GRAPH_ATTR, "rankdir": rankdir})
    dot.node("note", label=_dot_quote(message), shape="note", fontname=FONT_FAMILY)
    dot.description = message.replace("\n", " ")
    return dot


def _dot_quote(text):
    r"""Text as a literal DOT label: backslashes and quotes escaped, newlines as \n."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


_RECORD_SPECIAL = re.compile(r'([{}|<>"\\])')


def _record_field(text):
    """One field of a record label; its special characters shown literally."""
    return _RECORD_SPECIAL.sub(r"\\\1", text).replace("\n", "\\n")


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
        if node._prev:
            kind = _op_kind(node._op)
            counts[kind] = counts.get(kind, 0) + 1
            ids[node] = f"{kind}{counts[kind]}"
    return ids


def _mermaid_value_ids(nodes, taken):
    label_uses = {}
    for node in nodes:
        label_uses[node.label] = label_uses.get(node.label, 0) + 1
    ids = {}
    for node in nodes:
        label = node.label
        if (
            _IDENTIFIER.match(label)
            and label_uses[label] == 1
            and label not in taken
            and label.lower() not in _MERMAID_WORDS
        ):
            ids[node] = label
            taken.add(label)
    for i, node in enumerate(nodes):
        if node not in ids:
            name = f"v{i}"
            while name in taken:
                name += "_"
            ids[node] = name
            taken.add(name)
    return ids


def _mermaid_escape(text):
    return (
        text.replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;")
        .replace(">", "#gt;").replace("\n", " ")
    )


def _mermaid_op_text(op):
    if op in ("+", "*") or re.fullmatch(r"[A-Za-z]+", op):
        return f"({op})"  # as in seed 000: mul1((*))
    return f'("{_mermaid_escape(op or "op")}")'
