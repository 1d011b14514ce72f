"""The static site (tools/build_site.py): every lesson of both editions as a page,
linked to its neighbours and to the other edition, loading nothing from outside its
own folder; in Chromium with every outside request blocked, a Chinese page shows its
formulas typeset, its figures and its graph drawings (screenshots kept)."""

import functools
import http.server
import re
import subprocess
import sys
import threading
import zipfile
from urllib.parse import unquote, urlsplit

import pytest

from browser_support import NOTEBOOKS, REPO, SCREENSHOTS, allow_only, chromium_context
from html_references import references as _references

EDITIONS = {"en": "", "zh": "zh/"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "course"
    built = subprocess.run([sys.executable, str(REPO / "tools" / "build_site.py"), str(out)],
                           capture_output=True, text=True, cwd=tmp_path_factory.getbasetemp())
    assert built.returncode == 0, built.stderr[-3000:]
    return out


def _pages(site):
    return sorted(site.rglob("*.html"))


def test_every_lesson_of_both_editions_has_a_page_and_each_edition_an_index(site):
    for edition, folder in EDITIONS.items():
        lessons = sorted((NOTEBOOKS / folder).glob("[0-9][0-9]_*.ipynb"))
        assert len(lessons) == 6
        for lesson in lessons:
            assert (site / folder / f"{lesson.stem}.html").is_file()
        assert (site / folder / "index.html").is_file()


def test_no_page_loads_anything_from_outside_the_site_and_every_local_address_exists(site):
    for page in _pages(site):
        loads, links = _references(page)
        outside = [url for url in loads if (urlsplit(url).scheme or url.startswith("//"))
                   and not url.startswith("data:")]
        assert not outside, (page.name, outside)
        for url in [u for u in loads + links if not urlsplit(u).scheme]:
            path = unquote(urlsplit(url).path)
            if path:
                assert (page.parent / path).resolve().is_file(), (page.relative_to(site), url)
    # the style sheet's own addresses (the Chinese font)
    for url in re.findall(r"url\(\"([^\"]+)\"\)", (site / "site.css").read_text(encoding="utf-8")):
        assert (site / url).is_file(), url


def test_each_page_links_its_neighbours_and_the_same_lesson_in_the_other_edition(site):
    _, links = _references(site / "zh" / "03_backpropagation.html")
    for expected in ("02_computational_graph.html", "04_gradient_descent.html", "index.html",
                     "../03_backpropagation.html"):
        assert expected in links, expected
    _, links = _references(site / "01_derivatives.html")
    assert "zh/01_derivatives.html" in links and "02_computational_graph.html" in links
    # the lessons' own links between notebooks open the pages, never a .ipynb
    # (a .ipynb only as the download of the page's own lesson)
    for page in _pages(site):
        notebooks = {link for link in _references(page)[1]
                     if link.endswith(".ipynb") and not urlsplit(link).scheme}
        if page.name != "index.html":
            own = "../notebooks/zh/" if page.parent.name == "zh" else "notebooks/"
            assert notebooks == {own + page.stem + ".ipynb"}, (page, notebooks)
        else:
            assert not notebooks


# MathJax has typeset the page: its queue is empty and the formulas are replaced.
TYPESET = ("() => window.MathJax && MathJax.Hub && MathJax.Hub.queue"
           " && MathJax.Hub.queue.pending === 0 && MathJax.Hub.queue.running === 0"
           " && document.querySelectorAll('.MathJax, .MathJax_Display').length > 0")


def test_the_site_carries_each_lesson_and_an_installable_zip_of_the_course(site, tmp_path):
    """A reader who cannot reach GitHub gets the course from the site: each lesson's
    notebook, and a zip that pip installs from the unzipped folder."""
    for folder in EDITIONS.values():
        for lesson in sorted((NOTEBOOKS / folder).glob("[0-9][0-9]_*.ipynb")):
            copy = site / "notebooks" / folder / lesson.name
            assert copy.read_bytes() == lesson.read_bytes()
    with zipfile.ZipFile(site / "micrograd-lite.zip") as archive:
        archive.extractall(tmp_path)
    course = tmp_path / "micrograd-lite"
    for name in ("requirements.txt", "README.zh-CN.md", "micrograd_lite/engine.py",
                 "micrograd_lite/fontdata/MicrogradLiteSansSC-Regular.otf",
                 "notebooks/zh/06_micrograd_from_scratch.ipynb"):
        assert (course / name).is_file(), name
    # every file the repository tracks (the READMEs' commands use tests/, tools/, ...)
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True)
    if tracked.returncode == 0:
        missing = [name for name in tracked.stdout.split() if not (course / name).is_file()]
        assert not missing, missing
    # pip installs the zip as it is, with the lessons' extra (the READMEs:
    # `%pip install "micrograd-lite.zip[lessons]"` on a platform that cannot reach GitHub)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "--quiet", "--wheel-dir", str(tmp_path / "wheel"),
                            f"{site / 'micrograd-lite.zip'}[lessons]"],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    assert len(list((tmp_path / "wheel").glob("micrograd_lite-*.whl"))) == 1


LESSON_STEMS = [p.stem for p in sorted((NOTEBOOKS / "zh").glob("[0-9][0-9]_*.ipynb"))]
CHINESE_TEXT = ("nav.course a, h1, h2, h3, th, td, li, "
                ".jp-RenderedMarkdown p, .jp-RenderedText pre, .MathJax .mtext")


def _drawn_without_the_font(cdp):
    """The Chinese texts of the page (headings, navigation, tables, prose, printed
    output) that Chromium drew without the site's web font."""
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    bad = []
    for node in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": CHINESE_TEXT})["nodeIds"]:
        outer = cdp.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
        shown = re.sub(r"<[^>]*>", "", outer)
        if not re.search(r"[\u4e00-\u9fff]", shown):
            continue
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        if fonts and not any(font["isCustomFont"] for font in fonts):  # none: not drawn
            # (a solution inside a closed <details>)
            bad.append(shown[:40])
    return bad


def _serve(folder):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))

    class Quiet(handler.func):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.browser
def test_a_chinese_page_shows_formulas_figures_and_graphs_with_every_outside_request_blocked(site):
    server = _serve(site)
    origin = f"http://127.0.0.1:{server.server_address[1]}/"
    blocked = []
    try:
        with chromium_context() as context:
            blocked = allow_only(context, (origin, "data:"))
            page = context.new_page()
            missing = []  # a file the site asks itself for and lacks (MathJax's TeX fonts once)
            page.on("response", lambda response: missing.append(response.url)
                    if response.status >= 400 else None)
            for lesson, shows in (("03_backpropagation", ".jp-RenderedSVG img"),
                                  ("04_gradient_descent", ".jp-RenderedImage img[src^='data:image/png']")):
                page.goto(origin + f"zh/{lesson}.html")
                page.wait_for_function(TYPESET, timeout=60_000)
                assert page.title().startswith(f"第 {lesson[:2]} 课：")
                assert page.locator(".MathJax_Error, .MathJax_Error_Message").count() == 0
                # the text drawn in the site's Chinese font, from its own folder (a machine
                # may have no other): the browser loads a web font only for text that uses it
                used = page.evaluate("async () => { await document.fonts.ready; return [...document.fonts]"
                                     ".some(f => f.family.includes('Micrograd Lite Sans SC')"
                                     " && f.status === 'loaded'); }")
                assert used, "the Chinese prose is not drawn in the site's font"
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.locator(".MathJax_Display").first.scroll_into_view_if_needed()
                page.screenshot(path=str(SCREENSHOTS / f"site_zh{lesson[:2]}_formula.png"))
                picture = page.locator(shows).first
                picture.scroll_into_view_if_needed()
                assert picture.evaluate("img => img.complete && img.naturalWidth") > 100
                picture.screenshot(path=str(SCREENSHOTS / f"site_zh{lesson[:2]}_picture.png"))
            # every Chinese text the pages' headings, tables and navigation show is drawn
            # in the site's font (this machine has no other with Chinese: boxes otherwise)
            cdp = context.new_cdp_session(page)
            for name in ["index"] + [f"{n}" for n in LESSON_STEMS]:
                page.goto(origin + f"zh/{name}.html")
                if name != "index":
                    page.wait_for_function(TYPESET, timeout=60_000)
                # JupyterLab's style skips laying out cells out of view: lay them all out
                page.add_style_tag(content="* { content-visibility: visible !important; }")
                page.evaluate("async () => { await document.fonts.ready; }")
                assert page.evaluate("document.documentElement.lang") == "zh-CN", name
                assert _drawn_without_the_font(cdp) == [], name
            page.goto(origin + "index.html")
            assert page.evaluate("document.documentElement.lang") == "en"
            page.get_by_text("中文版").click()
            assert page.url == origin + "zh/index.html"
    finally:
        server.shutdown()
    assert blocked == []
    assert missing == []
