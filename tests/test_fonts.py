"""Chinese renders with real glyphs from the font the package ships: in matplotlib
figures, in Graphviz's PNG and in SVG drawings, with no Chinese font on the system.

The oracle for "a real glyph, not a box": 一 (one) is a single horizontal stroke, so
its ink is a few pixels tall; a missing glyph is drawn as a box (or a box of hex
digits) as tall as a capital letter. The same check on a character no font has shows
the box, so the test can fail.
"""

import io
import json
import re
import warnings
from pathlib import Path

import numpy as np
import pytest
from matplotlib import ft2font

from micrograd_lite import fonts, language
from micrograd_lite.locales import TABLES

ROOT = Path(__file__).resolve().parents[1]
NO_FONT_HAS = "\U000f0041"  # a private-use character: no font draws it


@pytest.fixture
def chinese():
    language.set_language("zh")
    yield
    language.set_language("en")


def test_the_font_and_its_licence_ship_with_the_package():
    assert fonts.CJK_FONT.is_file()
    assert fonts.CJK_FONT.stat().st_size < 1_000_000  # the install's growth, in bytes
    licence = (fonts.CJK_FONT.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Noto Sans CJK SC" in licence
    assert ft2font.FT2Font(str(fonts.CJK_FONT)).family_name == fonts.CJK_FAMILY
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"fontdata/*.otf", "fontdata/OFL.txt"' in text, "the font must be package data"


def _chinese_texts():
    yield "locales/zh.py", "".join(TABLES["zh"].values())
    for path in sorted((ROOT / "notebooks" / "zh").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        yield path.name, "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


@pytest.mark.parametrize("where,text", list(_chinese_texts()), ids=lambda v: v if len(v) < 40 else "")
def test_every_chinese_character_the_course_draws_is_in_the_font(where, text):
    charmap = ft2font.FT2Font(str(fonts.CJK_FONT)).get_charmap()
    missing = sorted({ch for ch in fonts.wide_characters(text) if ord(ch) not in charmap})
    assert not missing, (f"{where} uses {''.join(missing)}, not in the shipped font: "
                         "run python tools/build_cjk_font.py")


def _ink_height(rgb):
    """Rows that hold dark pixels, in an image (H, W, 3 or 4) of text on white."""
    dark = np.asarray(rgb)[..., :3].astype(float).mean(axis=-1) < 128
    rows = np.flatnonzero(dark.any(axis=1))
    return 0 if rows.size == 0 else rows[-1] - rows[0] + 1


def _matplotlib_ink(text):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3, 1), dpi=100)
    canvas = FigureCanvasAgg(fig)
    fig.text(0.1, 0.4, text, fontsize=20)
    canvas.draw()
    return _ink_height(np.asarray(canvas.buffer_rgba()))


def test_matplotlib_draws_chinese_without_missing_glyphs(chinese):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise
        one = _matplotlib_ink("一一一")
    with pytest.warns(UserWarning, match="missing from font"):
        box = _matplotlib_ink(NO_FONT_HAS * 3)
    assert 0 < one <= 4 < 10 <= box, (one, box)


def test_graphviz_png_draws_chinese(chinese):
    from PIL import Image

    from micrograd_lite.render import render

    def ink(label):
        png = render(f'digraph {{ node [shape=plaintext, fontname="DejaVu Sans", fontsize=24]; '
                     f'a [label="{label}"] }}', format="png")
        return _ink_height(Image.open(io.BytesIO(png)).convert("RGB"))

    one, box = ink("一一一"), ink(NO_FONT_HAS * 3)
    assert 0 < one <= 4 < 10 <= box, (one, box)


def test_svg_text_with_chinese_becomes_outlines_placed_like_the_text(chinese):
    from micrograd_lite.render import render

    svg = render('digraph { a [label="梯度 grad 0.5", fontname="DejaVu Sans"] }').decode()
    assert "<text" not in svg and 'aria-label="梯度 grad 0.5"' in svg
    assert svg.count("<path transform") == len("梯度grad0.5")  # a space has no outline
    # the outlines sit inside the box Graphviz measured with the same fonts
    xs = [float(x) for x in re.findall(r'<path transform="translate\(([-\d.]+),', svg)]
    box = [float(v) for v in re.search(r'<ellipse [^>]*cx="([-\d.]+)"[^>]*rx="([-\d.]+)"',
                                       svg).groups()]
    assert box[0] - box[1] < min(xs) < max(xs) < box[0] + box[1]
    english = render('digraph { a [label="grad 0.5", fontname="DejaVu Sans"] }').decode()
    assert "<text" in english and "<path transform" not in english  # no Chinese: unchanged
    assert fonts.svg_with_font(svg) == svg  # the same input gives the same bytes
