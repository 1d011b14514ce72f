"""Build the course as a static site, both editions, to read without Python:

    python tools/build_site.py OUTDIR

Every lesson in English and Chinese becomes a page of its stored outputs (figures,
graph drawings, the widgets' stored pictures), with its formulas typeset, links to
the previous and next lesson and to the other edition, and an index per edition.
Nothing is loaded from outside OUTDIR: MathJax (2.7, from the jupyter-server-mathjax
package), the style sheet and the Chinese font are copied in, so the folder can go on
any static host, one inside China included, or be opened from disk. Nothing is run.

The site also carries the course itself, for readers who cannot reach GitHub: each
lesson's notebook (a download link on its page) and ARCHIVE, a zip of everything needed
to install the package and run the lessons (`python -m pip install -r requirements.txt`
in the unzipped folder, from any PyPI mirror).

nbconvert makes the pages: it is the Jupyter project's own converter, already in
the lessons' stack, and shows the stored outputs as JupyterLab does; a book builder
(Jupyter Book 2 / MyST) would add a Node.js tool chain for six pages per edition.
"""

import argparse
import html
import re
import shutil
import zipfile
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(__file__).resolve().parent / "site"
EDITIONS = {"en": ROOT / "notebooks", "zh": ROOT / "notebooks" / "zh"}
FOLDER = {"en": "", "zh": "zh/"}  # where an edition's pages go, inside OUTDIR
OTHER = {"en": "zh", "zh": "en"}
WORDS = {
    "en": {"lang": "en", "home": "All lessons", "previous": "← {}", "next": "{} →",
           "other": "中文版", "notebook": "Download this lesson (.ipynb)",
           "archive": "Download the whole course (zip): the repository without its history, "
                      "to install with pip from any package index", "title": "micrograd-lite: how a neural network learns",
           "intro": "Six lessons, from the slope of a curve to a trained network. This is "
                    "the read-only edition: the pictures are the ones the lessons drew. To "
                    "move the sliders and run the exercises, open the lessons in Jupyter."},
    "zh": {"lang": "zh-CN", "home": "全部课程", "previous": "← {}", "next": "{} →",
           "other": "English", "notebook": "下载这节课（.ipynb）",
           "archive": "下载整个课程（zip）：整个仓库（不含 git 历史），可以用任何 PyPI 镜像通过 pip 安装", "title": "micrograd-lite：神经网络是怎样学习的",
           "intro": "六节课，从一条曲线的斜率讲到训练好的神经网络。这是只读版：图都是课程运行时画好的。"
                    "想拖动滑块、做练习，请在 Jupyter 里打开课程。"},
}
# MathJax 2.7's script in its folder, with the configuration the pages use
MATHJAX_SCRIPT = "MathJax.js?config=TeX-AMS-MML_HTMLorMML-full,Safe"
MATHJAX = f"mathjax/{MATHJAX_SCRIPT}"
FONTS = ["MicrogradLiteSansSC-Regular.otf", "OFL.txt"]  # in micrograd_lite/fontdata/
ARCHIVE = "micrograd-lite.zip"
# the whole repository but its history: every command of the READMEs works in the unzipped folder
ARCHIVED = ["pyproject.toml", "README.md", "README.zh-CN.md", "RELEASING.md", "LICENSE",
            "requirements.txt", "requirements-test.txt", "environment.yml", "postBuild",
            ".gitignore", "jupyter_nbconvert_config.py", ".ci", "micrograd_lite", "notebooks",
            "docs", "tests", "tools", "benchmarks"]
WIDGET = "application/vnd.jupyter.widget-view+json"
# A badge, [![alt](image)](link), becomes a text link: its image lives on another host.
BADGE = re.compile(r"\[!\[([^\]]*)\]\([^)]*\)\]\(([^)]*)\)")
# A link to a lesson notebook, from a page: it opens that lesson's page.
LESSON_LINK = re.compile(r'href="((?:\.\./|zh/)?\d\d_[\w]+)\.ipynb(#[^"]*)?"')


def lessons(edition):
    return sorted(EDITIONS[edition].glob("[0-9][0-9]_*.ipynb"))


def title(notebook):
    return notebook.cells[0].source.splitlines()[0].lstrip("# ").strip()


def for_reading(notebook):
    """The notebook as the site shows it: badges as text links, each widget's view
    left out (its text stands in, and its stored picture follows it), and no widget
    state (which would load a widget renderer from a CDN)."""
    notebook.metadata.pop("widgets", None)
    notebook.metadata["title"] = title(notebook)  # the browser tab's title
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            # each a text link; a row of badges becomes links with a separator between
            cell.source = re.sub(r"\) +\[", ") · [", BADGE.sub(r"[\1](\2)", cell.source))
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET, None)
    return notebook


def navigation(edition, index, titles):
    """The bar at the top and bottom of a lesson's page (index None: the edition's index)."""
    words, up = WORDS[edition], "../" if FOLDER[edition] else ""
    links = [f'<a href="index.html">{words["home"]}</a>']
    if index is not None and index > 0:
        links.append(f'<a href="{lessons(edition)[index - 1].stem}.html">'
                     f'{words["previous"].format(html.escape(titles[index - 1]))}</a>')
    if index is not None and index + 1 < len(titles):
        links.append(f'<a href="{lessons(edition)[index + 1].stem}.html">'
                     f'{words["next"].format(html.escape(titles[index + 1]))}</a>')
    if index is not None:
        links.append(f'<a href="{up}notebooks/{FOLDER[edition]}{lessons(edition)[index].name}" '
                     f'download>{words["notebook"]}</a>')
    other = OTHER[edition]
    target = (lessons(other)[index].stem + ".html") if index is not None else "index.html"
    links.append(f'<a class="other" lang="{WORDS[other]["lang"]}" href="{up}{FOLDER[other]}{target}">'
                 f'{WORDS[edition]["other"]}</a>')
    return '<nav class="course">' + "\n".join(links) + "</nav>"


def lesson_page(path, edition, index, titles):
    up = "../" if FOLDER[edition] else ""
    exporter = HTMLExporter(template_name="course", extra_template_basedirs=[str(SITE)],
                            extra_template_paths=[str(SITE)], mathjax_url=up + MATHJAX)
    notebook = for_reading(nbformat.read(path, as_version=4))
    site = {"root": up, "nav": navigation(edition, index, titles)}
    page, _ = exporter.from_notebook_node(notebook, resources={"site": site})
    # nbconvert takes two-letter codes only (it turns "zh-CN" into "en"): the page's own here
    page = page.replace('<html lang="en">', f'<html lang="{WORDS[edition]["lang"]}">', 1)
    return LESSON_LINK.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', page)


def index_page(edition, titles):
    words, up = WORDS[edition], "../" if FOLDER[edition] else ""
    items = "\n".join(f'<li><a href="{path.stem}.html">{html.escape(name)}</a></li>'
                      for path, name in zip(lessons(edition), titles))
    return (f'<!DOCTYPE html>\n<html lang="{words["lang"]}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'<title>{html.escape(words["title"])}</title>\n'
            f'<link rel="stylesheet" href="{up}site.css">\n</head>\n<body>\n'
            f'{navigation(edition, None, titles)}\n<main class="index">\n'
            f'<h1>{html.escape(words["title"])}</h1>\n<p>{html.escape(words["intro"])}</p>\n'
            f'<ol class="lessons">\n{items}\n</ol>\n'
            f'<p><a href="{up}{ARCHIVE}" download>{html.escape(words["archive"])}</a></p>\n'
            f'</main>\n</body>\n</html>\n')


def mathjax_folder():
    """MathJax 2.7 as the pip package jupyter-server-mathjax installs it."""
    import jupyter_server_mathjax

    return Path(jupyter_server_mathjax.__file__).parent / "static"


def copy_mathjax(out):
    """MathJax 2.7 as jupyter-server-mathjax ships it, into OUT/mathjax, without what the
    pages never load (the SVG output and the menus' translations other than English and
    Chinese)."""
    static = mathjax_folder()

    def unused(folder, names):
        folder = Path(folder)
        if folder == static / "jax" / "output":
            return [n for n in names if n == "SVG"]
        if folder == static / "localization":
            return [n for n in names if n not in ("en", "zh-hans")]
        return []

    shutil.copytree(static, out / "mathjax", ignore=unused)


def copy_course(out):
    """Each lesson's notebook, under OUTDIR/notebooks/, and ARCHIVE."""
    for edition in EDITIONS:
        folder = out / "notebooks" / FOLDER[edition]
        folder.mkdir(parents=True, exist_ok=True)
        for path in lessons(edition):
            shutil.copy2(path, folder / path.name)
    with zipfile.ZipFile(out / ARCHIVE, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ARCHIVED:
            paths = [ROOT / name] if (ROOT / name).is_file() else sorted((ROOT / name).rglob("*"))
            for path in paths:
                if path.is_file() and "__pycache__" not in path.parts and ".ipynb_checkpoints" not in path.parts:
                    archive.write(path, f"micrograd-lite/{path.relative_to(ROOT).as_posix()}")


def copy_fonts(out):
    """The course's Chinese font and its licence into OUT/fonts, and OUT/fonts.css, which
    declares it."""
    (out / "fonts").mkdir()
    for name in FONTS:
        shutil.copy2(ROOT / "micrograd_lite" / "fontdata" / name, out / "fonts" / name)
    shutil.copy2(SITE / "fonts.css", out / "fonts.css")


def build(out):
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    (out / "zh").mkdir(parents=True)
    copy_mathjax(out)
    copy_course(out)
    copy_fonts(out)
    shutil.copy2(SITE / "site.css", out / "site.css")
    pages = []
    for edition in EDITIONS:
        paths = lessons(edition)
        titles = [title(nbformat.read(path, as_version=4)) for path in paths]
        folder = out / FOLDER[edition]
        (folder / "index.html").write_text(index_page(edition, titles), encoding="utf-8")
        for index, path in enumerate(paths):
            page = folder / f"{path.stem}.html"
            page.write_text(lesson_page(path, edition, index, titles), encoding="utf-8")
            pages.append(page)
    return pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", help="the folder to write the site into (emptied first)")
    args = parser.parse_args()
    pages = build(args.outdir)
    print(f"{len(pages)} lesson pages in {args.outdir}; open {Path(args.outdir) / 'index.html'}")


if __name__ == "__main__":
    main()
