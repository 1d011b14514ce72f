"""Each lesson read without a kernel (nbconvert to HTML, nothing executed),
as on GitHub or in a printed handout, shows a figure for every widget: the
picture the widget draws at its default setting, stored as an ordinary output
right after the widget's controls, in the same cell."""

import base64
import re

import nbformat
import pytest
from nbconvert import HTMLExporter

from browser_support import NOTEBOOKS

LESSONS = sorted(NOTEBOOKS.glob("*.ipynb"))
WIDGET = "application/vnd.jupyter.widget-view+json"
# in the order nbconvert prefers them; a table (lesson 03's paths) is HTML
FIGURES = ("image/svg+xml", "image/png", "text/html")


# Widgets that only show something (a progress bar, a label) have no
# setting to draw a figure for; boxes are judged by what they hold.
SHOW_ONLY = {"IntProgressModel", "FloatProgressModel", "LabelModel", "HTMLModel", "HTMLMathModel"}
BOXES = {"HBoxModel", "VBoxModel", "BoxModel", "GridBoxModel"}


def widget_cells(notebook):
    """(cell, index of its first widget output) for every code cell that
    displays a widget."""
    found = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for index, output in enumerate(cell.get("outputs", [])):
            if WIDGET in output.get("data", {}):
                found.append((cell, index))
                break
    return found


def has_controls(notebook, model_id):
    """Whether the widget holds anything a learner can set, judged from the
    widget state stored in the notebook (without it: assume it does)."""
    state = notebook.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    models = state.get("state", {})

    def controls(model_id):
        model = models.get(model_id)
        if model is None:
            return True
        name = model.get("model_name")
        if name in BOXES:
            children = model.get("state", {}).get("children", [])
            return any(controls(child.removeprefix("IPY_MODEL_")) for child in children)
        return name not in SHOW_ONLY

    return controls(model_id)


def figure_after(cell, widget_index):
    """The first (mime type, data) figure output after the widget, or None."""
    for output in cell.outputs[widget_index + 1:]:
        for mime in FIGURES:
            if mime in output.get("data", {}):
                return mime, output["data"][mime]
    return None


def cell_html(html, cell):
    """The part of the page that shows ``cell`` (nbconvert's lab template
    gives every cell a div with id "cell-id=<id>")."""
    start = html.find(f'id="cell-id={cell.id}"')
    assert start >= 0, f"cell {cell.id} not found in the HTML"
    end = html.find('<div class="jp-Cell ', start)
    return html[start:] if end < 0 else html[start:end]


def figure_is_drawn(mime, data, html):
    """Whether the page shows this figure: as an <img> whose data URI holds
    these very bytes (how nbconvert shows PNG and SVG), or as inline SVG."""
    if mime == "text/html":
        return "".join(data).strip() in html
    if mime == "image/png":
        data = "".join(data.split())
        assert base64.b64decode(data)[:8] == b"\x89PNG\r\n\x1a\n", "the stored image is not a PNG"
        return f"data:image/png;base64,{data}" in html
    shown = [
        base64.b64decode(encoded).decode("utf-8").strip()
        for encoded in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
    ]
    return data.strip() in shown or data[data.index("<svg"):].strip() in html


@pytest.fixture(scope="module")
def exporter():
    return HTMLExporter()


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_widget_leaves_a_figure_in_the_static_page(path, exporter):
    notebook = nbformat.read(path, as_version=4)
    cells = widget_cells(notebook)
    assert cells, f"{path.name} has no widget outputs stored (were its outputs saved?)"
    html, _ = exporter.from_notebook_node(notebook)
    missing, not_drawn = [], []
    for cell, widget_index in cells:
        model_id = cell.outputs[widget_index]["data"][WIDGET]["model_id"]
        if not has_controls(notebook, model_id):
            continue
        source = cell.source.strip().splitlines()[-1][:60]
        figure = figure_after(cell, widget_index)
        if figure is None:
            missing.append(source)
        elif not figure_is_drawn(*figure, cell_html(html, cell)):
            not_drawn.append(source)
    assert not missing, f"widgets with no figure after them in the same cell: {missing}"
    assert not not_drawn, f"figures stored but missing from nbconvert's HTML: {not_drawn}"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_widget_says_what_it_is_in_plain_text(path):
    """Where widgets cannot render (a plain-text reader; nbval compares this
    text), each widget says what it is, not an anonymous "VBox(children=...)"."""
    notebook = nbformat.read(path, as_version=4)
    for cell, widget_index in widget_cells(notebook):
        text = "".join(cell.outputs[widget_index]["data"].get("text/plain", ""))
        assert text.strip(), "a widget output without a text fallback"
        assert not re.match(r"\w+\(", text), f"a widget's fallback text is its repr: {text[:80]!r}"
