"""Slides for a classroom with no internet (tools/slides.py): every lesson of both
editions has slide metadata (slides, speaker notes, the same in both editions, as
the rules write it); a deck made by nbconvert in the repository, and the folder of
all twelve decks, load nothing from outside; in Chromium with every request that is
not a local file blocked, a deck starts, typesets its formulas, draws its Chinese in
the course's font and shows its pictures (screenshots kept)."""

import importlib.util
import subprocess
import sys
from urllib.parse import unquote, urlsplit

import nbformat
import pytest

from browser_support import NOTEBOOKS, REPO, SCREENSHOTS, allow_only, chromium_context
from html_references import references

spec = importlib.util.spec_from_file_location("slides", REPO / "tools" / "slides.py")
slides = importlib.util.module_from_spec(spec)
spec.loader.exec_module(slides)

LESSONS = [path.name for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))]
SHOWN = {"slide", "subslide"}
MIN_SHOWN, MAX_SHOWN = 12, 40  # sub-slides a 45-minute lesson shows


def _slide_types(path):
    return [cell.metadata.get("slideshow", {}).get("slide_type")
            for cell in nbformat.read(path, as_version=4).cells]


@pytest.mark.parametrize("name", LESSONS)
def test_every_lesson_has_slides_and_notes_the_same_in_both_editions(name):
    english, chinese = _slide_types(NOTEBOOKS / name), _slide_types(NOTEBOOKS / "zh" / name)
    assert english == chinese, "the editions' slide types differ cell for cell"
    assert set(english) <= {"slide", "subslide", "fragment", "notes", "skip", "-"}, set(english)
    shown = sum(kind in SHOWN for kind in english)
    assert MIN_SHOWN <= shown <= MAX_SHOWN, f"{shown} slides and sub-slides"
    assert english[0] == "slide" and english[1] == "skip", "the title starts, the setup cell is skipped"
    assert "notes" in english
    cells = nbformat.read(NOTEBOOKS / name, as_version=4).cells
    for cell, kind in zip(cells, english):
        if cell.source.lstrip().startswith("<details>"):
            assert kind in ("notes", "skip"), f"a worked solution on a slide: {cell.source[:60]!r}"


def test_the_stored_metadata_is_what_the_rules_write():
    """`python tools/slides.py apply` has been run since the lessons last changed
    (run it again after editing a lesson; it changes metadata only)."""
    assert slides.apply(write=False) == []


def _outside(loads):
    return [url for url in loads if urlsplit(url).scheme not in ("", "data") or url.startswith("//")]


def _missing(page, loads):
    """The local addresses a page loads that do not exist, seen from its folder."""
    paths = [unquote(urlsplit(url).path) for url in loads if not urlsplit(url).scheme]
    return [path for path in paths if path and not (page.parent / path).exists()]


def test_nbconvert_in_the_repository_makes_a_deck_that_loads_nothing_from_outside(tmp_path):
    made = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--config", "jupyter_nbconvert_config.py",
                           "--to", "slides", "notebooks/zh/03_backpropagation.ipynb", "--output-dir", str(tmp_path)],
                          cwd=REPO, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr[-3000:]
    deck = tmp_path / "03_backpropagation.slides.html"
    loads, _ = references(deck)
    assert _outside(loads) == []
    assert _missing(deck, loads) == []
    assert any(url.endswith("reveal.js/dist/reveal.js") for url in loads)
    assert any("MathJax.js?config=" in url for url in loads)
    assert '<html lang="zh-CN">' in deck.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    out = tmp_path_factory.mktemp("slides") / "usb"
    built = subprocess.run([sys.executable, str(REPO / "tools" / "slides.py"), "build", str(out)],
                           capture_output=True, text=True, cwd=tmp_path_factory.getbasetemp())
    assert built.returncode == 0, built.stderr[-3000:]
    return out


def test_the_folder_of_decks_holds_all_twelve_and_loads_nothing_from_outside(decks):
    pages = sorted(decks.glob("*.html"))
    assert len(pages) == 1 + 2 * len(LESSONS)
    for page in pages:
        loads, links = references(page)
        assert _outside(loads) == [], page.name
        assert _missing(page, loads) == [], page.name
        text = page.read_text(encoding="utf-8")
        assert "unpkg.com" not in text and "cdnjs" not in text and "require(" not in text, page.name
    _, links = references(decks / "index.html")
    assert sorted(links) == sorted(page.name for page in pages if page.name != "index.html")
    # the style sheets copied with them load nothing from outside either (reveal.js's
    # theme once imported Google Fonts)
    for sheet in (decks / "assets").rglob("*.css"):
        loads, _ = references(sheet)
        assert _outside(loads) == [], sheet


# MathJax has typeset the page: its queue is empty and formulas are replaced
TYPESET = ("() => window.MathJax && MathJax.Hub && MathJax.Hub.queue"
           " && MathJax.Hub.queue.pending === 0 && MathJax.Hub.queue.running === 0")
# the first sub-slide holding what the selector finds, as [h, v] for Reveal.slide
FIRST_WITH = """selector => {
    const found = document.querySelector('.reveal .slides ' + selector);
    const indices = found && Reveal.getIndices(found.closest('section'));
    return indices ? [indices.h, indices.v || 0] : null;
}"""
SHOWS = {"title": "h1", "formula": "script[type^='math/tex; mode=display']",
         "graph": ".jp-RenderedSVG img", "picture": ".jp-RenderedImage img[src^='data:image/png']"}


def _show(page, selector):
    """Go to the first sub-slide holding SELECTOR; wait until its formulas are set."""
    where = page.evaluate(FIRST_WITH, selector)
    assert where is not None, f"no slide shows {selector}"
    page.evaluate("([h, v]) => Reveal.slide(h, v)", where)
    page.wait_for_function(TYPESET, timeout=60_000)
    page.wait_for_timeout(200)  # the slide fitted to the screen after MathJax
    return where


@pytest.mark.browser
def test_decks_start_typeset_and_show_their_pictures_with_every_outside_request_blocked(decks):
    failed, errors = [], []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with chromium_context() as context:
        blocked = allow_only(context, ("file:", "data:"))
        page = context.new_page()
        page.set_viewport_size({"width": 1280, "height": 800})
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        for deck, shows in (("03_backpropagation.zh", ("title", "formula", "graph")),
                            ("03_backpropagation", ("formula",)),
                            ("04_gradient_descent.zh", ("picture",)),
                            ("01_derivatives", ("picture",))):
            page.goto((decks / f"{deck}.slides.html").as_uri())
            page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=60_000)
            page.wait_for_function(TYPESET, timeout=60_000)
            assert page.evaluate("Reveal.getTotalSlides()") > 10
            assert page.locator("aside.notes").count() > 0, "speaker notes"
            for what in shows:
                h, v = _show(page, SHOWS[what])
                if what == "formula":
                    assert page.locator(".present .MathJax_Display").count() > 0, "no formula typeset"
                    assert page.locator(".MathJax_Error, .MathJax_Error_Message").count() == 0
                if what in ("graph", "picture"):
                    image = page.locator(f".present {SHOWS[what]}").first
                    assert image.evaluate("img => img.complete && img.naturalWidth") > 100
                    assert image.bounding_box()["width"] > 300, "a tiny figure"
                page.screenshot(path=str(SCREENSHOTS / f"slides_{deck.replace('.', '_')}_{what}_{h}_{v}.png"))
            if deck.endswith(".zh"):
                used = page.evaluate("async () => { await document.fonts.ready; return [...document.fonts]"
                                     ".some(f => f.family.includes('Micrograd Lite Sans SC')"
                                     " && f.status === 'loaded'); }")
                assert used, "the Chinese is not drawn in the course's font"
    assert blocked == []
    assert [url for url in failed if url != "about:blank"] == []
    assert errors == []
