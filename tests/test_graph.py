"""Tests of the graph drawings: trace, draw_dot, to_mermaid, and rendering without `dot`.

The expected labels, edges and Mermaid text are written by hand from 《神经网络原理1 - 导数的作用》
(x1 = 2, w1 = -3, x2 = 0, w2 = 1, b = 6.8813735870195432, n = x1*w1 + x2*w2 + b,
o = tanh(n)); the grads are the seed's hand-derived ones: do/dn = 1 - o^2 = 0.5,
x1 = w1 * 0.5 = -1.5, w1 = x1 * 0.5 = 1.0, x2 = w2 * 0.5 = 0.5, w2 = x2 * 0.5 = 0.0.
"""

import base64
import os
import re
import shutil
import subprocess
import sys
import textwrap

import graphviz
import pygraphviz
import pytest

from micrograd_lite import Neuron, Value, draw_dot, to_mermaid
from micrograd_lite import render as render_module
from micrograd_lite.graph import GraphDrawing, trace
from languages import in_chinese

SEED_NEURON = """
from micrograd_lite import Value
x1 = Value(2.0, label="x1")
w1 = Value(-3.0, label="w1")
x2 = Value(0.0, label="x2")
w2 = Value(1.0, label="w2")
b = Value(6.8813735870195432, label="b")
x1w1 = x1 * w1; x1w1.label = "x1 * w1"
x2w2 = x2 * w2; x2w2.label = "x2 * w2"
s = x1w1 + x2w2; s.label = "x1*w1 + x2*w2"
n = s + b; n.label = "n"
o = n.tanh(); o.label = "o"
o.backward()
"""


def seed_neuron():
    """The lecture's neuron after o.backward(): a dict of its Values by label."""
    namespace = {}
    exec(SEED_NEURON, namespace)
    names = ("x1", "w1", "x2", "w2", "b", "x1w1", "x2w2", "s", "n", "o")
    return {name: namespace[name] for name in names}


# The record of every Value, written from the seed's numbers.
EXPECTED_RECORDS = {
    "x1": "x1 | data 2.0000 | grad -1.5000",
    "w1": "w1 | data -3.0000 | grad 1.0000",
    "x2": "x2 | data 0.0000 | grad 0.5000",
    "w2": "w2 | data 1.0000 | grad 0.0000",
    "b": "b | data 6.8814 | grad 0.5000",
    "x1w1": "x1 * w1 | data -6.0000 | grad 0.5000",
    "x2w2": "x2 * w2 | data 0.0000 | grad 0.5000",
    "s": "x1*w1 + x2*w2 | data -6.0000 | grad 0.5000",
    "n": "n | data 0.8814 | grad 0.5000",
    "o": "o | data 0.7071 | grad 1.0000",
}
# Each operation: (its inputs in order, its symbol, its output).
EXPECTED_OPERATIONS = [
    (("x1", "w1"), "*", "x1w1"),
    (("x2", "w2"), "*", "x2w2"),
    (("x1w1", "x2w2"), "+", "s"),
    (("s", "b"), "+", "n"),
    (("n",), "tanh", "o"),
]


def parse(dot_source):
    """Nodes {name: label} and edges [(tail, head)] as Graphviz itself reads them."""
    graph = pygraphviz.AGraph(string=dot_source)
    nodes = {str(node): node.attr["label"] for node in graph.nodes()}
    edges = [(str(tail), str(head)) for tail, head in graph.edges()]
    return nodes, edges


def node_lines(dot_source):
    return [line for line in dot_source.splitlines() if "->" not in line]


@pytest.fixture
def no_dot_program(tmp_path, monkeypatch):
    """PATH is an empty directory: the Graphviz `dot` program cannot be found."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("dot") is None


# ----------------------------------------------------------------------
# trace
# ----------------------------------------------------------------------
def test_trace_lists_inputs_first_in_the_order_the_operations_took_them():
    v = seed_neuron()
    nodes, edges = trace(v["o"])
    assert [node.label for node in nodes] == [
        "x1", "w1", "x1 * w1", "x2", "w2", "x2 * w2", "x1*w1 + x2*w2", "b", "n", "o",
    ]
    label = {id(node): node.label for node in nodes}
    assert [(label[id(a)], label[id(b)]) for a, b in edges] == [
        ("x1", "x1 * w1"), ("w1", "x1 * w1"),
        ("x2", "x2 * w2"), ("w2", "x2 * w2"),
        ("x1 * w1", "x1*w1 + x2*w2"), ("x2 * w2", "x1*w1 + x2*w2"),
        ("x1*w1 + x2*w2", "n"), ("b", "n"),
        ("n", "o"),
    ]


def test_trace_keeps_one_edge_per_input_slot():
    a = Value(3.0, label="a")
    b = a + a
    nodes, edges = trace(b)
    assert nodes == [a, b]
    assert edges == [(a, b), (a, b)]


def test_trace_is_iterative_on_a_long_chain():
    x = v = Value(1.0, label="x")
    for _ in range(100_000):  # far beyond Python's recursion limit
        v = v + 1.0
    nodes, edges = trace(v)
    assert len(nodes) == 100_001 and len(edges) == 100_000
    assert nodes[0] is x and nodes[-1] is v


def test_trace_and_draw_reject_things_that_are_not_values():
    with pytest.raises(TypeError, match=r"trace\(\) needs a Value \(an object with data, grad, "
                                         r"_prev and _op\), got list"):
        trace([Value(1.0)])
    with pytest.raises(TypeError, match="draw one Value"):
        draw_dot([Value(1.0), Value(2.0)])
    with pytest.raises(TypeError, match="got float"):
        to_mermaid(1.0)


# ----------------------------------------------------------------------
# draw_dot: the DOT source
# ----------------------------------------------------------------------
def test_draw_dot_of_the_seed_neuron_holds_exactly_the_expected_nodes_and_edges():
    v = seed_neuron()
    drawing = draw_dot(v["o"])
    assert isinstance(drawing, graphviz.Digraph)
    nodes, edges = parse(drawing.source)

    records = {name: label for name, label in nodes.items() if "data " in label}
    operations = {name: label for name, label in nodes.items() if not "data " in label}
    assert sorted(records.values()) == sorted(EXPECTED_RECORDS.values())
    assert sorted(operations.values()) == sorted(op for _, op, _ in EXPECTED_OPERATIONS)
    assert len(edges) == 9 + 5  # an arrow per input, and one per operation to its output

    name_of = {key: name for key in EXPECTED_RECORDS for name, label in records.items()
               if label == EXPECTED_RECORDS[key]}
    found = []
    for op_name, symbol in operations.items():
        inputs = tuple(tail for tail, head in edges if head == op_name)
        (output,) = [head for tail, head in edges if tail == op_name]
        found.append((inputs, symbol, output))
    expected = [
        (tuple(name_of[i] for i in inputs), symbol, name_of[out])
        for inputs, symbol, out in EXPECTED_OPERATIONS
    ]
    assert sorted(found) == sorted(expected)


def test_node_names_follow_the_graph_order_not_object_ids():
    v = seed_neuron()
    nodes, _ = parse(draw_dot(v["o"]).source)
    order = ["x1", "w1", "x1w1", "x2", "w2", "x2w2", "s", "b", "n", "o"]
    assert {f"v{i}": EXPECTED_RECORDS[key] for i, key in enumerate(order)} == {
        name: label for name, label in nodes.items() if name.startswith("v")
    }
    assert [name for name in nodes if name.startswith("op")] == [f"op{i}" for i in range(5)]


def test_show_grad_false_leaves_the_grads_out():
    v = seed_neuron()
    nodes, _ = parse(draw_dot(v["o"], show_grad=False).source)
    records = sorted(label for label in nodes.values() if "data " in label)
    assert records == sorted(
        label.rsplit(" | grad", 1)[0] for label in EXPECTED_RECORDS.values()
    )
    assert "x1 | data 2.0000" in records


def test_values_without_labels_show_data_and_grad_only():
    a = Value(-2.0)
    out = a * 3.0
    nodes, _ = parse(draw_dot(out).source)
    assert sorted(label for label in nodes.values() if "data " in label) == [
        "data -2.0000 | grad 0.0000",
        "data -6.0000 | grad 0.0000",
    ]


def test_numbers_that_round_to_zero_have_no_minus_sign():
    tiny = Value(-1e-9, label="tiny")
    nodes, _ = parse(draw_dot(tiny * -0.0).source)
    assert "tiny | data 0.0000 | grad 0.0000" in nodes.values()
    assert "data 0.0000 | grad 0.0000" in nodes.values()  # -1e-9 * -0.0 = 0.0


def test_decimals_option():
    nodes, _ = parse(draw_dot(Value(2.0 / 3.0, label="t"), decimals=2).source)
    assert list(nodes.values()) == ["t | data 0.67 | grad 0.00"]


def test_record_special_characters_are_shown_literally():
    tricky = 'e|{x}<y>"z"\\q'
    a = Value(2.0, label=tricky)
    drawing = draw_dot(a * a)
    svg = drawing.pipe(format="svg", encoding="utf-8")
    # one text element holding the whole label, XML-escaped: the record was not split
    assert ">e|{x}&lt;y&gt;&quot;z&quot;\\q</text>" in svg
    # (label, data, grad) for `a`, (data, grad) for the unlabeled a*a, and the "*"
    assert svg.count("<text") == 3 + 2 + 1


def test_a_fused_neuron_draws_as_one_operation_with_all_its_inputs():
    neuron = Neuron(3, seed=0)
    xs = [Value(1.0, label="x0"), Value(-2.0, label="x1"), Value(0.5, label="x2")]
    out = neuron(xs)
    nodes, edges = parse(draw_dot(out).source)
    operations = [label for label in nodes.values() if not "data " in label]
    assert operations == ["ReLU(w·x+b)"]
    assert len([edge for edge in edges if edge[1] == "op0"]) == 3 + 3 + 1  # w, x, b
    svg = draw_dot(out).pipe(format="svg", encoding="utf-8")
    assert "ReLU(w·x+b)" in svg


def test_bad_options_are_clear_errors():
    a = Value(1.0)
    with pytest.raises(ValueError, match="rankdir"):
        draw_dot(a, rankdir="sideways")
    with pytest.raises(ValueError, match="max_nodes"):
        draw_dot(a, max_nodes=0)
    with pytest.raises(ValueError, match="decimals"):
        draw_dot(a, decimals=-1)


def test_rankdir_is_passed_to_graphviz():
    v = seed_neuron()
    source = draw_dot(v["o"], rankdir="TB").source
    graph_line = source.splitlines()[1]
    assert graph_line.startswith("\tgraph [") and "rankdir=TB" in graph_line
    # top to bottom, the braces keep each box's fields stacked (label above data above grad)
    assert 'v0 [label="{ x1 | data 2.0000 | grad -1.5000 }"]' in source
    unbraced = source.replace('label="{ ', 'label="').replace(' }"', '"')
    assert unbraced.replace("rankdir=TB", "rankdir=LR") == draw_dot(v["o"]).source


# ----------------------------------------------------------------------
# Highlighting
# ----------------------------------------------------------------------
def test_highlighting_changes_only_the_highlighted_nodes_lines():
    v = seed_neuron()
    plain = node_lines(draw_dot(v["o"]).source)
    marked = node_lines(draw_dot(v["o"], highlight=[v["x1"], v["n"]]).source)
    assert len(plain) == len(marked)
    changed = [(p, m) for p, m in zip(plain, marked) if p != m]
    assert [p for p, _ in changed] == [
        f'\tv0 [label="{EXPECTED_RECORDS["x1"]}"]',
        f'\tv8 [label="{EXPECTED_RECORDS["n"]}"]',
    ]
    for _, line in changed:
        assert "fillcolor=" in line and "bold" in line
    # the edges are untouched too
    edges = [line for line in draw_dot(v["o"]).source.splitlines() if "->" in line]
    assert edges == [
        line for line in draw_dot(v["o"], highlight=v["o"]).source.splitlines() if "->" in line
    ]


def test_highlight_takes_one_value_or_any_iterable():
    v = seed_neuron()
    one = draw_dot(v["o"], highlight=v["b"]).source
    assert one == draw_dot(v["o"], highlight={v["b"]}).source
    assert one == draw_dot(v["o"], highlight=(x for x in [v["b"]])).source
    assert one != draw_dot(v["o"]).source
    assert draw_dot(v["o"], highlight=[]).source == draw_dot(v["o"]).source


def test_highlighting_something_outside_the_graph_is_an_error():
    v = seed_neuron()
    with pytest.raises(ValueError, match="not part of this graph"):
        draw_dot(v["n"], highlight=v["o"])
    with pytest.raises(TypeError, match="highlight takes Values, got str"):
        draw_dot(v["o"], highlight="x1")
    with pytest.raises(TypeError, match="a Value or an iterable of Values"):
        draw_dot(v["o"], highlight=3)


# ----------------------------------------------------------------------
# Rendering without the `dot` program
# ----------------------------------------------------------------------
def test_jupyter_displays_an_svg_without_the_dot_program(no_dot_program):
    from IPython.core.formatters import DisplayFormatter

    v = seed_neuron()
    data, _ = DisplayFormatter().format(draw_dot(v["o"]))
    svg = data["image/svg+xml"]
    assert svg.startswith("<?xml") and "<svg" in svg and svg.rstrip().endswith("</svg>")
    for text in ("x1 * w1", "data 6.8814", "grad &#45;1.5000", "tanh"):
        assert f">{text}</text>" in svg
    assert "Generated by graphviz" not in svg  # no version stamp
    # the text fallback, which notebooks store too, has no memory address
    assert data["text/plain"] == "computation graph of 'o': 10 values and 5 operations"
    # and a PNG, which JupyterLab shows before a notebook is trusted (SVG only after)
    png = data["image/png"]
    png = png if isinstance(png, bytes) else base64.b64decode(png)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_pipe_gives_png_pdf_and_text_without_the_dot_program(no_dot_program):
    drawing = draw_dot(seed_neuron()["o"])
    assert drawing.pipe(format="png").startswith(b"\x89PNG\r\n\x1a\n")
    assert drawing.pipe(format="pdf").startswith(b"%PDF")
    assert drawing.pipe().startswith(b"%PDF")  # graphviz's default format
    assert drawing.pipe(format="svg", encoding="utf-8").startswith("<?xml")


def test_render_writes_files_without_the_dot_program(tmp_path, no_dot_program):
    drawing = draw_dot(seed_neuron()["o"])
    svg_path = drawing.render(directory=tmp_path, format="svg")
    assert os.path.basename(svg_path) == "computation_graph.gv.svg"
    with open(svg_path, "rb") as file:
        assert file.read() == drawing.pipe(format="svg")
    assert (tmp_path / "computation_graph.gv").read_text(encoding="utf-8") == drawing.source

    png_path = drawing.render(outfile=tmp_path / "neuron.png", cleanup=True)
    assert os.path.basename(png_path) == "neuron.png"
    assert (tmp_path / "neuron.png").read_bytes().startswith(b"\x89PNG")
    assert not (tmp_path / "neuron.gv").exists()  # cleanup removed the source

    with pytest.raises(graphviz.FileExistsError):
        drawing.render(outfile=tmp_path / "neuron.png", raise_if_result_exists=True)


def test_attr_and_copy_work_like_a_digraph(no_dot_program):
    drawing = draw_dot(seed_neuron()["o"])
    twin = drawing.copy()
    assert type(twin) is GraphDrawing and repr(twin) == repr(drawing)
    twin.attr(rankdir="TB")
    assert twin.source != drawing.source
    assert twin.pipe(format="svg") != drawing.pipe(format="svg")


def test_without_pygraphviz_or_dot_the_error_says_what_to_install(monkeypatch, no_dot_program):
    monkeypatch.setitem(render_module._state, "pygraphviz", None)
    assert render_module.renderer() is None
    with pytest.raises(render_module.RendererNotFound, match="pip install pygraphviz"):
        draw_dot(Value(1.0, label="a")).pipe(format="svg")


@pytest.mark.skipif(os.name == "nt", reason="uses a shell script as a stand-in `dot`")
def test_pygraphviz_comes_first_and_dot_is_only_the_fallback(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_dot = bin_dir / "dot"
    fake_dot.write_text("#!/bin/sh\ncat > /dev/null\necho '<svg>from the dot program</svg>'\n")
    fake_dot.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    drawing = draw_dot(Value(1.0, label="a"))
    assert render_module.renderer() == "pygraphviz"
    assert "from the dot program" not in drawing.pipe(format="svg", encoding="utf-8")

    monkeypatch.setitem(render_module._state, "pygraphviz", None)
    assert render_module.renderer() == "dot"
    assert "from the dot program" in draw_dot(Value(2.0)).pipe(format="svg", encoding="utf-8")


# ----------------------------------------------------------------------
# The same picture every time
# ----------------------------------------------------------------------
def test_two_drawings_of_one_graph_are_identical():
    v = seed_neuron()
    first, second = draw_dot(v["o"]), draw_dot(v["o"])
    assert first.source == second.source
    assert first.pipe(format="svg") == second.pipe(format="svg")
    rebuilt = seed_neuron()  # new objects, so new ids: names must not depend on them
    assert draw_dot(rebuilt["o"]).source == first.source
    assert draw_dot(rebuilt["o"]).pipe(format="svg") == first.pipe(format="svg")


CHILD = SEED_NEURON + textwrap.dedent("""
    import sys
    from micrograd_lite import draw_dot
    sys.stdout.buffer.write(draw_dot(o).pipe(format="svg"))
""")


def run_child(env_changes, tmp_path):
    env = dict(os.environ, **env_changes)
    result = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    return result


def test_svg_is_byte_identical_across_processes_and_font_setups(tmp_path):
    """Each child starts a fresh fontconfig: a fresh font cache, then a reused
    one, then a user fontconfig setup that prefers other fonts for DejaVu Sans
    (it changes the layout when draw_dot does not bring its own font setup),
    then a FONTCONFIG_FILE that does not exist."""
    in_process = draw_dot(seed_neuron()["o"]).pipe(format="svg")

    fresh_cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = run_child(fresh_cache, tmp_path)
    second = run_child(fresh_cache, tmp_path)

    user_config = tmp_path / "config" / "fontconfig"
    user_config.mkdir(parents=True)
    (user_config / "fonts.conf").write_text(
        '<?xml version="1.0"?><fontconfig><alias binding="strong"><family>DejaVu Sans</family>'
        "<prefer><family>DejaVu Serif</family><family>Liberation Serif</family>"
        "<family>Noto Serif</family></prefer></alias></fontconfig>\n"
    )
    other_fonts = run_child({**fresh_cache, "XDG_CONFIG_HOME": str(tmp_path / "config")}, tmp_path)
    bogus = run_child({**fresh_cache, "FONTCONFIG_FILE": str(tmp_path / "no-such.conf")}, tmp_path)
    children = [first, second, other_fonts, bogus]
    assert first.stdout.startswith(b"<?xml")
    assert all(child.stdout == in_process for child in children)
    # nothing at all on the children's C-level stderr (no fontconfig warnings)
    assert all(child.stderr == b"" for child in children)


def test_rendering_restores_the_users_fontconfig_setting(monkeypatch):
    monkeypatch.setenv("FONTCONFIG_FILE", "/somewhere/fonts.conf")
    draw_dot(Value(1.0, label="a")).pipe(format="svg")
    assert os.environ["FONTCONFIG_FILE"] == "/somewhere/fonts.conf"


def test_graphviz_warnings_other_than_fontconfig_still_reach_stderr(tmp_path):
    code = textwrap.dedent("""
        from micrograd_lite.render import render
        render('digraph { a [shape=no_such_shape] }', format="svg")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120,
                            env=dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache")))
    assert result.returncode == 0
    assert b"no_such_shape" in result.stderr
    assert b"Fontconfig" not in result.stderr


# ----------------------------------------------------------------------
# Big graphs
# ----------------------------------------------------------------------
def chain(length):
    v = Value(0.0, label="start")
    for _ in range(length):
        v = Value.operation(v.data + 1.0, (v,), (1.0,), "+")
    return v


def test_a_huge_graph_gets_a_note_at_once_instead_of_a_layout():
    drawing = draw_dot(chain(1_000_000))  # counting stops early; no recursion
    nodes, edges = parse(drawing.source)
    assert list(nodes) == ["note"] and edges == []
    assert "more than 300 nodes" in nodes["note"] and "max_nodes=" in nodes["note"]
    assert repr(drawing).startswith("This graph has more than 300 nodes")
    assert "more than 300 nodes" in drawing.pipe(format="svg", encoding="utf-8")


def test_max_nodes_counts_values_and_operations():
    top = chain(10)  # 11 values and 10 operations: 21 nodes
    assert list(parse(draw_dot(top, max_nodes=20).source)[0]) == ["note"]
    assert len(parse(draw_dot(top, max_nodes=21).source)[0]) == 21


# ----------------------------------------------------------------------
# Mermaid
# ----------------------------------------------------------------------
def test_to_mermaid_of_the_seed_neuron():
    expected = """\
graph LR
    x1["x1 | data 2.0000 | grad -1.5000"]
    w1["w1 | data -3.0000 | grad 1.0000"]
    x2["x2 | data 0.0000 | grad 0.5000"]
    w2["w2 | data 1.0000 | grad 0.0000"]
    b["b | data 6.8814 | grad 0.5000"]

    mul1((*))
    v1["x1 * w1 | data -6.0000 | grad 0.5000"]

    mul2((*))
    v2["x2 * w2 | data 0.0000 | grad 0.5000"]

    add1((+))
    v3["x1*w1 + x2*w2 | data -6.0000 | grad 0.5000"]

    add2((+))
    n["n | data 0.8814 | grad 0.5000"]

    tanh1((tanh))
    o["o | data 0.7071 | grad 1.0000"]

    x1 --> mul1
    w1 --> mul1
    mul1 --> v1

    x2 --> mul2
    w2 --> mul2
    mul2 --> v2

    v1 --> add1
    v2 --> add1
    add1 --> v3

    v3 --> add2
    b --> add2
    add2 --> n

    n --> tanh1
    tanh1 --> o"""
    assert to_mermaid(seed_neuron()["o"]) == expected


def test_to_mermaid_forward_pass_only():
    text = to_mermaid(seed_neuron()["o"], show_grad=False)
    assert '    w2["w2 | data 1.0000"]' in text.splitlines()
    assert "grad" not in text


def test_mermaid_ids_are_unique_valid_and_avoid_keywords():
    a = Value(1.0, label="end")  # a Mermaid keyword
    b = Value(2.0, label="mul1")  # would clash with the operation's id
    c = Value(3.0, label="v2")  # takes the id that the second unnamed value would get
    d = Value(4.0, label="twin")
    e = Value(5.0, label="twin")  # labels used twice cannot be ids
    out = ((a * b) + c) * (d - e)  # = (a*b + c) * (d - e) = 5 * -1
    out.backward()
    lines = to_mermaid(out).splitlines()
    # unnamed values are numbered in graph order, v1, v3, v4, ...: v2 is c's label
    assert '    v1["end | data 1.0000 | grad -2.0000"]' in lines
    assert '    v3["mul1 | data 2.0000 | grad -1.0000"]' in lines
    assert '    v4["data 2.0000 | grad -1.0000"]' in lines  # a * b
    assert '    v2["v2 | data 3.0000 | grad -1.0000"]' in lines
    assert '    v6["twin | data 4.0000 | grad 5.0000"]' in lines
    assert '    v7["twin | data 5.0000 | grad -5.0000"]' in lines
    ids = [line.split("[")[0].strip() for line in lines if '["' in line]
    assert len(ids) == len(set(ids))
    assert '    sub1(("-"))' in lines
    assert ["    mul1((*))", "    mul2((*))"] == [line for line in lines if "((*))" in line]


def test_mermaid_escapes_quotes_and_brackets():
    a = Value(1.0, label='say "hi" <b> #1')
    text = to_mermaid(a.tanh())
    assert '    v1["say #quot;hi#quot; #lt;b#gt; #35;1 | data 1.0000 | grad 0.0000"]' in text


# ----------------------------------------------------------------------
# Any node-like Value draws: micrograd's, the lecture's, a learner's own
# ----------------------------------------------------------------------
def _micrograd_neuron():
    engine = pytest.importorskip("micrograd.engine")
    x1, w1 = engine.Value(2.0), engine.Value(-3.0)
    x2, w2 = engine.Value(0.0), engine.Value(1.0)
    b = engine.Value(6.5)
    return x1, w1, x2, w2, b, (x1 * w1 + x2 * w2 + b).relu()


def test_draw_dot_and_mermaid_take_micrograds_value():
    *_, out = _micrograd_neuron()
    out.backward()
    dot = draw_dot(out)
    # micrograd has no labels and keeps _prev as a set: boxes without a label part,
    # inputs in a fixed order, so the same graph always gives the same source
    assert 'label="data 0.5000 | grad 1.0000"' in dot.source
    assert 'label="data 2.0000 | grad -3.0000"' in dot.source
    assert 'label=ReLU' in dot.source
    assert draw_dot(out).source == dot.source
    assert dot.pipe(format="svg").startswith(b"<?xml")
    text = to_mermaid(out)
    assert "relu1((ReLU))" in text and 'v1["data ' in text


def test_micrograds_set_prev_is_drawn_in_a_fixed_order():
    engine = pytest.importorskip("micrograd.engine")
    sources = set()
    for _ in range(5):  # new objects, new ids, new set orders
        a, b = engine.Value(3.0), engine.Value(-1.0)
        sources.add(draw_dot(a * b + a).source)
    assert len(sources) == 1


def test_things_that_are_not_node_like_get_a_clear_type_error():
    class DataOnly:
        data, grad = 1.0, 0.0

    with pytest.raises(TypeError, match=r"draw_dot\(\) needs a Value .* it has no _prev, _op"):
        draw_dot(DataOnly())
    with pytest.raises(TypeError, match="to_mermaid.*got float"):
        to_mermaid(2.5)
    from micrograd_lite.widgets.graphs import backprop_stepper

    with pytest.raises(TypeError, match="root must be a Value"):
        backprop_stepper(DataOnly())


# ----------------------------------------------------------------------
# LiveGraph: laid out once, numbers written into the SVG
# ----------------------------------------------------------------------
def test_live_graph_fills_in_exactly_what_graphviz_draws():
    """On the layout's own texts, highlights and caption, the filled-in SVG is
    byte for byte what Graphviz renders for the same DOT source."""
    from micrograd_lite.graph import _graph_dot
    from micrograd_lite.render import render
    from micrograd_lite.widgets.graphs import _caption_lines, _highlight_positions, backprop_stepper

    stepper = backprop_stepper(seed_neuron()["o"])
    layout = stepper.layout
    for state in stepper.states:
        nodes = state.nodes
        chosen = _highlight_positions(state)
        fields = {id(n): f for n, f in zip(nodes, layout.layout_fields)}
        dot = _graph_dot(state.root, nodes, "LR", fields, {id(nodes[i]) for i in chosen},
                         caption=layout.layout_caption)
        expected = render(dot.source, "svg").decode()
        assert layout.svg(layout.layout_fields, chosen, layout.layout_caption) == expected
        assert _caption_lines(state)[0].startswith(f"step {state.step} of 5")


def test_stepper_pictures_show_each_steps_numbers_on_one_layout():
    from micrograd_lite.widgets.graphs import backprop_stepper

    stepper = backprop_stepper(seed_neuron()["o"])
    first = stepper.picture._repr_mimebundle_()
    assert set(first) == {"image/svg+xml", "image/png", "text/plain"}  # the stored picture
    boxes = re.findall(r'points="[^"]*"', first["image/svg+xml"])
    for _ in range(4):
        stepper.step_button.click()
    bundle = stepper.picture._repr_mimebundle_()
    assert set(bundle) == {"image/svg+xml", "text/plain"}  # live updates: SVG only
    svg = bundle["image/svg+xml"]
    assert re.findall(r'points="[^"]*"', svg) == boxes  # nothing moved
    assert "grad &#45;1.5000" in svg and "&#39;x1 * w1&#39;" in svg
    assert svg.count('fill="#ffe3a3"') == 3  # x1*w1 and its two inputs
    assert "&#160;&#160;&#160;x1.grad += &#45;3.0000 × 0.5000 &#45;&gt; &#45;1.5000" in svg
    assert bundle["text/plain"] == stepper.state.description


def test_stepper_caption_quotes_node_names():
    from micrograd_lite.widgets.graphs import backprop_state

    state = backprop_state(seed_neuron()["o"], 3)
    assert state.lines[0] == "step 3 of 5: '+' node 'x1*w1 + x2*w2' (grad 0.5000)"
    assert state.lines[1] == "'x1 * w1'.grad += 1.0000 × 0.5000 -> 0.5000"
    # Chinese quotes a name with its own marks (walk finding: ASCII quotes in Chinese)
    lines = in_chinese(lambda: backprop_state(seed_neuron()["o"], 3).lines)
    assert lines[:2] == ["第 3/5 步，“x1*w1 + x2*w2”（由 + 得到，grad 0.5000）把梯度传给输入",
                         "“x1 * w1”.grad += 1.0000 × 0.5000 → 0.5000"]


def test_stepper_writes_a_grad_below_half_a_thousandth_with_three_digits():
    """Walk finding: -6.3000 × 0.0000 -> -0.0003 did not follow from what it showed."""
    from micrograd_lite.widgets.graphs import backprop_state

    x, w = Value(0.00012345, label="x"), Value(-6.3, label="w")
    y = x * w
    y.label = "y"
    assert backprop_state(y, 1).lines[1:] == ["x.grad += -6.3000 × 1.0000 -> -6.3000",
                                              "w.grad += 0.000123 × 1.0000 -> 0.000123"]


def test_stepper_steps_through_micrograd_closures_and_leaves_the_grads_alone():
    from micrograd_lite.widgets.graphs import backprop_state, backprop_stepper

    x1, w1, x2, w2, b, out = _micrograd_neuron()
    x1.grad = 42.0  # whatever the learner had: put back afterwards
    stepper = backprop_stepper(out)
    assert stepper.controls["step"].max == 5  # *, *, +, +, ReLU
    assert x1.grad == 42.0 and out.grad == 0
    final = backprop_state(out, 5)
    x1.grad = 0
    out.backward()
    finals = sorted(round(n.grad, 12) for n in final.nodes)
    mine = sorted(round(float(n.grad), 12) for n in trace(out)[0])
    assert finals == mine
    # closures report what they added: relu passes 1.0 on to its input
    first = backprop_state(out, 1)
    assert first.lines[0] == "step 1 of 5: node [ReLU] (grad 1.0000)"
    assert first.lines[1] == "[+].grad += 1.0000 × 1.0000 -> 1.0000"


def test_graph_explorer_lays_out_once_while_the_sliders_move():
    from micrograd_lite.widgets.graphs import graph_explorer

    def neuron(x1=2.0, w1=-3.0, b=6.88):
        x1, w1, b = Value(x1, label="x1"), Value(w1, label="w1"), Value(b, label="b")
        n = x1 * w1 + b
        n.label = "n"
        return n.tanh()

    explorer = graph_explorer(neuron)
    first = explorer.picture._repr_mimebundle_()
    assert "image/png" in first
    explorer.controls["w1"].value = -7.0  # x1*w1 = -14: two digits, still fits
    bundle = explorer.picture._repr_mimebundle_()
    assert "image/png" not in bundle and "data &#45;14.0000" in bundle["image/svg+xml"]
    assert explorer.layout.layouts == 1
    assert "data -14.0000" in explorer.picture.drawing.source  # the DOT states it too


def test_stepper_on_a_graph_too_big_to_draw_shows_the_note_and_still_steps():
    from micrograd_lite.widgets.graphs import backprop_stepper

    v = x = Value(1.0, label="x")
    for _ in range(400):
        v = v * 1.0
    stepper = backprop_stepper(v, step=400)
    assert stepper.layout is None
    assert stepper.state.grads["x"] == 1.0
    assert "more than 300 nodes" in stepper.picture.drawing.source
    assert x.grad == 0.0


def test_stepper_takes_closures_on_nodes_that_also_have_local_grads_none():
    """A node made the lecture's way, Value(data, children, op), has
    _local_grads None and its own _backward closure; the stepper then calls the closures."""
    from micrograd_lite.widgets.graphs import backprop_state

    class Node:
        def __init__(self, data, children=(), op="", label=""):
            self.data, self.grad, self._prev, self._op, self.label = data, 0.0, children, op, label
            self._local_grads = () if not children else None
            self._backward = lambda: None

    a, b = Node(2.0, label="a"), Node(-3.0, label="b")
    out = Node(-6.0, (a, b), "*", "out")

    def _backward():
        a.grad += b.data * out.grad
        b.grad += a.data * out.grad

    out._backward = _backward
    state = backprop_state(out, 1)
    assert state.grads == {"a": -3.0, "b": 2.0, "out": 1.0}
    assert state.lines[1] == "a.grad += -3.0000 × 1.0000 -> -3.0000"


def test_stepper_over_closures_measures_local_derivatives_also_when_the_grad_is_zero():
    from micrograd_lite.widgets.graphs import backprop_state

    engine = pytest.importorskip("micrograd.engine")
    a, b = engine.Value(2.0), engine.Value(-3.0)
    out = (a * b).relu()  # off: passes 0 on to a * b
    state = backprop_state(out, 2)
    assert state.lines[0] == "step 2 of 2: node [*] (grad 0.0000)"  # its operation said once
    assert in_chinese(lambda: backprop_state(out, 2).lines[0]) == \
        "第 2/2 步，未命名的节点 [*]（grad 0.0000）把梯度传给输入"
    # measured with the node's grad at 1: each input gets the other, times the grad of 0
    # (micrograd's _prev is a set: its inputs are taken in order of their numbers)
    assert state.lines[1:] == ["[input -3.0000].grad += 2.0000 × 0.0000 -> 0.0000",
                               "[input 2.0000].grad += -3.0000 × 0.0000 -> 0.0000"]


def test_the_graphs_speed_benchmark_runs_and_prints_its_table(capsys):
    """benchmarks/graphs_speed.py at a tiny size: it runs and prints both rows (no time asserted)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "graphs_speed.py"
    spec = importlib.util.spec_from_file_location("graphs_speed", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(["--runs", "1", "--positions", "3"])
    out = capsys.readouterr().out
    assert "backprop stepper, Step (lesson 03)" in out and "graph explorer, slider (lesson 02)" in out
    assert set(module.stepper_times(2)) == {"before", "after"}


def test_stepper_greys_out_step_at_the_end_and_reset_at_the_start():
    from micrograd_lite.widgets.graphs import backprop_stepper

    a = Value(2.0, label="a")
    stepper = backprop_stepper(a * a + a)
    assert stepper.reset_button.disabled and not stepper.step_button.disabled
    stepper.step()
    assert not stepper.reset_button.disabled and not stepper.step_button.disabled
    stepper.step()
    assert stepper.step_button.disabled and stepper.state.step == 2
    stepper.reset()
    assert stepper.reset_button.disabled and not stepper.step_button.disabled


def test_stepper_on_a_leaf_of_a_lecture_style_class_shows_it():
    """A leaf of a class with closures only has no _local_grads: nothing to step."""
    from micrograd_lite.exercises.lesson06 import ReferenceValue
    from micrograd_lite.widgets.graphs import backprop_stepper

    stepper = backprop_stepper(ReferenceValue(1.0, label="x"))
    assert stepper.state.step == 0 and stepper.step_button.disabled
