"""Slides from the lessons, both editions, for a classroom with no internet:

    python tools/slides.py apply            # slide metadata on every lesson's cells
    python tools/slides.py check            # exit 1 if a lesson's metadata is not what apply writes
    python tools/slides.py build OUTDIR     # all 12 decks in one folder, for a USB stick

and, from the repository's root, nbconvert's own command for one lesson:

    python -m jupyter nbconvert --config jupyter_nbconvert_config.py --to slides notebooks/zh/03_backpropagation.ipynb

whose configuration (`jupyter_nbconvert_config.py`, which calls `configure` below; Jupyter
no longer reads it from the current folder by itself) makes the deck load everything from
local files, written next to the notebook.

**apply** sets `cell.metadata.slideshow.slide_type` on every cell, by rules that give a
lesson about 45 minutes in front of a class: a section's heading starts a slide, an
exercise a sub-slide below it; a code cell and a short text stay with the slide while
there is room, and start a sub-slide when there is not; a long explanation (no
formula shown on its own line) becomes speaker notes; the setup cell is skipped and a
worked solution becomes notes. `ADJUSTED` says where a lesson departs from the rules.
The decisions are made on the English edition and written to both, cell for cell.
Only metadata changes: sources and stored outputs stay as they are (nbval checks them).

**The decks** load reveal.js 4.0.2 (tools/vendor/reveal.js, from npm), MathJax 2.7 (the
pip package jupyter-server-mathjax) and the course's Chinese font from local files,
never from a CDN: a deck written next to a lesson finds them in the repository and the
environment by relative addresses; `build` copies them into OUTDIR/assets. A widget
cannot run in a static deck: its text stands in and its stored picture follows it, as
on the static site (tools/build_site.py, whose code this reuses).
"""

import argparse
import html
import math
import os
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

import nbformat
from nbconvert.preprocessors import Preprocessor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_site  # noqa: E402  (a sibling script: for_reading, MathJax and the fonts)

ROOT = build_site.ROOT
SITE = build_site.SITE
REVEAL = ROOT / "tools" / "vendor" / "reveal.js"
FONT_FOLDER = ROOT / "micrograd_lite" / "fontdata"
EDITIONS = build_site.EDITIONS

# ---------------------------------------------------------------------------
# The slide metadata
# ---------------------------------------------------------------------------
SLIDE, SUBSLIDE, FRAGMENT, NOTES, SKIP, CONTINUE = "slide", "subslide", "fragment", "notes", "skip", "-"
ROOM = 24  # the lines of text a sub-slide holds (1280 x 800, 20 px prose)
LONG_TEXT = 8  # an explanation of more lines than this goes to the notes ...
LONG_FORMULAS = 16  # ... unless it shows a formula on its own line and is shorter than this
LINE = 30  # pixels per line of prose, to count a picture's height in lines
CHARACTERS_PER_LINE = 100
CODE_LINE = 0.85  # a line of code or printed output, in lines of prose

# Where a lesson departs from the rules: the start of an English cell's source, and its
# slide type. Each entry must match exactly one cell (apply says when one no longer does).
ADJUSTED = {
    "03_backpropagation": {
        # the four steps by hand, one slide each: the graph fills in as the class watches
        "**Step 0.**": SUBSLIDE,
        "**Step 1: $L = d \\cdot f$.**": SUBSLIDE,
        "**Step 2: $d = e + c$.**": SUBSLIDE,
        "**Step 3: $e = a \\cdot b$.**": SUBSLIDE,
        # the seven local derivatives of section 6: formulas, a slide of their own
        "Seven local partial derivatives": SUBSLIDE,
    },
}


def role(cell, index):
    """What a cell is in a lesson: title, setup, section, exercise, solution, text or code."""
    source = cell.source.lstrip()
    if index == 0:
        return "title"
    if cell.cell_type == "code":
        return "setup" if index == 1 else "code"
    if source.startswith("<details>"):
        return "solution"
    if source.startswith("## "):
        return "section"
    if re.search(r"^### ", source, re.M):
        return "exercise"
    return "text"


def picture_lines(output):
    """A stored picture's height in lines of prose (SVG drawings: points; PNG: pixels)."""
    data = output.get("data", {})
    if "image/svg+xml" in data:
        height = re.search(r'<svg[^>]*\sheight="([\d.]+)pt"', data["image/svg+xml"])
        return float(height.group(1)) * 4 / 3 / LINE if height else 10
    if "image/png" in data:
        import base64
        import struct

        header = base64.b64decode(data["image/png"][:100])
        return struct.unpack(">I", header[20:24])[0] / LINE
    return 0


def output_lines(output):
    if output.output_type == "stream":
        return CODE_LINE * len(output.text.splitlines())
    pictures = picture_lines(output)
    if pictures:
        return pictures
    text = output.get("data", {}).get("text/markdown") or output.get("data", {}).get("text/plain", "")
    return CODE_LINE * len(text.splitlines())


def text_lines(markdown):
    """How many lines of prose a markdown text takes, roughly."""
    lines = 0.0
    for line in markdown.splitlines():
        if not line.strip():
            lines += 0.5
        elif line.startswith("#"):
            lines += 2
        else:
            lines += math.ceil(len(line) / CHARACTERS_PER_LINE)
    return lines


def height(cell):
    """A cell's height on a slide, in lines of prose."""
    if cell.cell_type == "markdown":
        return text_lines(cell.source)
    return 1 + CODE_LINE * len(cell.source.splitlines()) + sum(map(output_lines, cell.outputs))


def shows_a_formula(cell):
    return "$$" in cell.source


def is_long_explanation(cell):
    lines = text_lines(cell.source)
    return lines > (LONG_FORMULAS if shows_a_formula(cell) else LONG_TEXT)


def with_its_code(notebook, index):
    """A text's height together with the code cell right after it, which it introduces:
    the two go on one sub-slide where they can."""
    cells = notebook.cells
    following = cells[index + 1] if index + 1 < len(cells) else None
    together = following is not None and following.cell_type == "code" and cells[index].cell_type == "markdown"
    return height(cells[index]) + (height(following) if together else 0)


def rule_type(notebook, index, room_left):
    """A cell's slide type by the rules, given the room left on the current sub-slide."""
    cell = notebook.cells[index]
    kind = role(cell, index)
    if kind in ("title", "section"):
        return SLIDE
    if kind == "exercise":
        return SUBSLIDE
    if kind == "setup":
        return SKIP
    if kind == "solution" or (kind == "text" and is_long_explanation(cell)):
        return NOTES
    return CONTINUE if with_its_code(notebook, index) <= room_left else SUBSLIDE


def adjustments(notebook, stem):
    """ADJUSTED's entries for this lesson, by cell index."""
    found = {}
    for start, slide_type in ADJUSTED.get(stem, {}).items():
        matches = [i for i, cell in enumerate(notebook.cells) if cell.source.startswith(start)]
        if len(matches) != 1:
            raise SystemExit(f"ADJUSTED[{stem!r}][{start!r}] matches {len(matches)} cells, not one")
        found[matches[0]] = slide_type
    return found


def slide_types(notebook, adjusted=None):
    """The slide type of every cell: by the rules (see the module's docstring), or as
    ADJUSTED says (adjusted: {cell index: slide type})."""
    adjusted = adjusted or {}
    types, used = [], 0.0
    for index, cell in enumerate(notebook.cells):
        slide_type = adjusted.get(index) or rule_type(notebook, index, ROOM - used)
        if slide_type in (SLIDE, SUBSLIDE):
            used = height(cell)
        elif slide_type in (CONTINUE, FRAGMENT):
            used += height(cell)
        types.append(slide_type)
    return types


def lesson_slide_types(stem):
    """The slide types of a lesson, decided on its English edition."""
    english = nbformat.read(EDITIONS["en"] / f"{stem}.ipynb", as_version=4)
    return slide_types(english, adjustments(english, stem))


def with_slide_types(notebook, types):
    """The notebook with these slide types in its cells' metadata; True if any changed."""
    if len(types) != len(notebook.cells):
        raise SystemExit("the editions of a lesson must have the same cells (tests/test_editions.py)")
    changed = False
    for cell, slide_type in zip(notebook.cells, types):
        if cell.metadata.get("slideshow") != {"slide_type": slide_type}:
            cell.metadata["slideshow"] = {"slide_type": slide_type}
            changed = True
    return changed


def lesson_paths():
    """Each lesson's stem, and its notebook in each edition."""
    for path in build_site.lessons("en"):
        yield path.stem, [EDITIONS[edition] / path.name for edition in EDITIONS]


def apply(write=True):
    """Set (or, write=False, only compare) every lesson's slide metadata; the notebooks
    whose metadata was (or would be) changed."""
    changed = []
    for stem, paths in lesson_paths():
        types = lesson_slide_types(stem)
        for path in paths:
            notebook = nbformat.read(path, as_version=4)
            if with_slide_types(notebook, types):
                changed.append(path)
                if write:
                    nbformat.write(notebook, path)
    return changed


def summary(types):
    """How a lesson presents: its slides, sub-slides and notes."""
    counts = {kind: types.count(kind) for kind in (SLIDE, SUBSLIDE, NOTES, SKIP)}
    return f"{counts[SLIDE]} slides, {counts[SUBSLIDE]} sub-slides, {counts[NOTES]} notes, {counts[SKIP]} skipped"


# ---------------------------------------------------------------------------
# The decks
# ---------------------------------------------------------------------------
TEMPLATE = "course_slides"
WIDTH, HEIGHT = 1280, 800  # reveal.js scales this page to the screen


def configure(c):
    """The project's nbconvert settings for slides (jupyter_nbconvert_config.py calls
    this; `build` uses them too): the course's template, with nothing from a CDN."""
    c.SlidesExporter.template_name = TEMPLATE
    c.SlidesExporter.extra_template_basedirs = [str(SITE)]
    c.SlidesExporter.extra_template_paths = [str(SITE)]
    c.SlidesExporter.preprocessors = [CourseSlides]
    c.SlidesExporter.reveal_width = str(WIDTH)
    c.SlidesExporter.reveal_height = str(HEIGHT)
    c.SlidesExporter.reveal_number = "c/t"
    c.SlidesExporter.reveal_transition = "none"
    c.SlidesExporter.reveal_theme = "white"  # (the one vendored; "simple" loads Google Fonts)


def address(target, folder):
    """The address of a local file or folder as a page in FOLDER refers to it: relative
    where it can be (a folder can move with what it refers to), else file:// (another
    drive, on Windows)."""
    try:
        return quote(Path(os.path.relpath(target, folder)).as_posix())
    except ValueError:
        return Path(target).resolve().as_uri()


def in_repository():
    """Where a deck made in the repository finds what it loads."""
    return {"reveal": REVEAL, "mathjax": build_site.mathjax_folder(), "fonts": FONT_FOLDER}


def in_assets(out):
    """Where a deck made by `build` finds what it loads: OUTDIR/assets."""
    return {"reveal": out / "assets" / "reveal.js", "mathjax": out / "assets" / "mathjax",
            "fonts": out / "assets" / "fonts"}


def deck_resources(places, folder):
    """What the template needs to load reveal.js, MathJax and the Chinese font from
    PLACES, in a deck written into FOLDER."""
    return {"reveal": address(places["reveal"], folder),
            "mathjax": f'{address(places["mathjax"], folder)}/{build_site.MATHJAX_SCRIPT}',
            "font_css": font_css(places, folder)}


def font_css(places, folder):
    """The site's font rules (tools/site/fonts.css), the font's address as seen from FOLDER."""
    fonts = address(places["fonts"], folder)
    return (SITE / "fonts.css").read_text(encoding="utf-8").replace('url("fonts/', f'url("{fonts}/')


def edition_of(folder):
    return "zh" if Path(folder).name == "zh" else "en"


class CourseSlides(Preprocessor):
    """The lesson as its deck shows it (as the static site shows it: badges as text links,
    each widget's text and stored picture, no widget state), its language, and the local
    addresses of reveal.js, MathJax and the font (resources["slides"]; where not given,
    from the repository and the environment, relative to the folder the deck goes to)."""

    def preprocess(self, nb, resources):
        build_site.for_reading(nb)
        source = resources.get("metadata", {}).get("path") or "."
        if "slides" not in resources:
            writer = self.config.get("FilesWriter", {})
            resources["slides"] = deck_resources(in_repository(), writer.get("build_directory") or source)
        resources["language_code"] = build_site.WORDS[edition_of(source)]["lang"]
        resources.setdefault("reveal", {})["url_prefix"] = resources["slides"]["reveal"]
        resources["mathjax_url"] = resources["slides"]["mathjax"]
        return nb, resources


def slides_exporter():
    from nbconvert import SlidesExporter
    from traitlets.config import Config

    config = Config()
    configure(config)
    return SlidesExporter(config=config)


def deck_name(path):
    """A deck's file name in OUTDIR: one folder for both editions (a browser opening a
    deck from disk loads fonts from its own folder and below more readily than from
    a parent folder)."""
    return f"{path.stem}{'.zh' if edition_of(path.parent) == 'zh' else ''}.slides.html"


def copy_assets(out):
    """reveal.js, MathJax and the Chinese font into OUTDIR/assets."""
    assets = out / "assets"
    shutil.copytree(REVEAL, assets / "reveal.js")
    build_site.copy_mathjax(assets)
    build_site.copy_fonts(assets)
    (assets / "fonts.css").unlink()  # each deck carries its own copy, with the font's address


def deck_index(decks, out):
    """OUTDIR/index.html: every deck of both editions, by its lesson's title."""
    items = "\n".join(f'<li><a href="{quote(path.name)}" lang="{build_site.WORDS[edition]["lang"]}">'
                      f'{html.escape(title)}</a></li>' for path, edition, title in decks)
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<title>micrograd-lite: slides</title>\n'
            f'<style>\n{font_css(in_assets(out), out)}\n'
            'body { font-family: var(--jp-content-font-family); max-width: 50em; margin: 2em auto; '
            'font-size: 20px; line-height: 1.8; }\n</style>\n</head>\n<body>\n'
            f'<h1>micrograd-lite · slides · 幻灯片</h1>\n<ol>\n{items}\n</ol>\n</body>\n</html>\n')


def build(out):
    """Every lesson's deck, both editions, into OUT (emptied first), with everything
    they load: a folder to copy onto a USB stick and open index.html from."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    copy_assets(out)
    exporter, decks = slides_exporter(), []
    for edition in EDITIONS:
        for path in build_site.lessons(edition):
            resources = {"metadata": {"path": str(path.parent), "name": path.stem},
                         "slides": deck_resources(in_assets(out), out)}
            notebook = nbformat.read(path, as_version=4)
            deck, _ = exporter.from_notebook_node(notebook, resources=resources)
            (out / deck_name(path)).write_text(deck, encoding="utf-8")
            decks.append((out / deck_name(path), edition, build_site.title(notebook)))
    (out / "index.html").write_text(deck_index(decks, out), encoding="utf-8")
    return [path for path, _, _ in decks]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("apply", help="set the slide metadata of every lesson, both editions")
    commands.add_parser("check", help="exit 1 if a lesson's slide metadata is not what apply writes")
    builder = commands.add_parser("build", help="all decks, with what they load, into OUTDIR")
    builder.add_argument("outdir", help="the folder to write the decks into (emptied first)")
    args = parser.parse_args()
    if args.command == "build":
        decks = build(args.outdir)
        print(f"{len(decks)} decks in {args.outdir}; open {Path(args.outdir) / 'index.html'}")
        return
    changed = apply(write=args.command == "apply")
    for stem, _ in lesson_paths():
        print(f"{stem}: {summary(lesson_slide_types(stem))}")
    verb = "updated" if args.command == "apply" else "differ from the rules"
    print(f"{len(changed)} notebooks {verb}" + "".join(f"\n  {p.relative_to(ROOT)}" for p in changed))
    if args.command == "check" and changed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
