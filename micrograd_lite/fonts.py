"""The Chinese font the package ships, and where it is put to use.

Figures and graph drawings must show Chinese on a machine with no Chinese font
(a fresh pip install, Colab, Binder). The package carries
``fontdata/MicrogradLiteSansSC-Regular.otf``: a subset of Noto Sans CJK SC (SIL
Open Font License, ``fontdata/OFL.txt``) with the 3,755 common characters of
GB 2312 level 1, every character the Chinese lessons use, and CJK punctuation
(about 0.8 MB; ``tools/build_cjk_font.py`` makes it).

- matplotlib: :func:`use_in_matplotlib` registers it and adds it at the end of
  ``font.family``, so Latin text looks as before and each Chinese character
  comes from this font (matplotlib's per-character fallback, matplotlib 3.6+).
- Graphviz: :mod:`micrograd_lite.render` puts it beside DejaVu Sans in the one
  font directory Graphviz sees, so boxes are sized for the Chinese they hold.
- SVG: a browser draws an SVG's text with its own fonts, and Jupyter shows an
  SVG output as an image, which cannot load an embedded font.
  :func:`svg_with_font` therefore draws each text that holds Chinese as glyph
  outlines; an SVG without Chinese is left as it is.

This module needs the standard library only until one of those is called.
"""

import functools
import html
import importlib.util
import re
from pathlib import Path

__all__ = ["CJK_FONT", "CJK_FAMILY", "use_in_matplotlib", "svg_with_font", "wide_characters",
           "dejavu_sans"]

#: The font file, and the family name it goes by.
CJK_FONT = Path(__file__).resolve().parent / "fontdata" / "MicrogradLiteSansSC-Regular.otf"
CJK_FAMILY = "Micrograd Lite Sans SC"

# CJK radicals to ideographs, compatibility ideographs and forms, full-width forms.
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_state = {}


def wide_characters(text):
    """The Chinese (full-width) characters in ``text``, sorted, each once."""
    return "".join(sorted(set(_WIDE.findall(text))))


def use_in_matplotlib():
    """Let matplotlib draw Chinese with the shipped font (once per process).

    Returns False when matplotlib is not installed, True otherwise.
    """
    if "matplotlib" in _state:
        return _state["matplotlib"]
    try:
        from matplotlib import font_manager, rcParams
    except ImportError:
        _state["matplotlib"] = False
        return False
    if CJK_FAMILY not in {entry.name for entry in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(CJK_FONT))
    # matplotlib falls back character by character only along font.family's
    # list (a generic name such as "sans-serif" counts as one font): add ours last.
    families = [name for name in rcParams["font.family"] if name != CJK_FAMILY]
    rcParams["font.family"] = families + [CJK_FAMILY]
    _state["matplotlib"] = True
    return True


def svg_with_font(svg):
    """``svg`` (text) with every text that holds Chinese drawn as glyph outlines.

    A browser draws an SVG's ``<text>`` with its own fonts, and Jupyter shows an
    SVG output as an image, which cannot load a font embedded in it. So each
    ``<text>`` element holding Chinese becomes a group of ``<path>`` outlines
    (DejaVu Sans for Latin letters and digits, the shipped font for Chinese),
    placed as Graphviz placed the text; it looks the same on every machine.
    An SVG without Chinese comes back unchanged. The same text always gives
    the same bytes.
    """
    if not _WIDE.search(svg):
        return svg
    return _SVG_TEXT.sub(_text_as_paths, svg)


_SVG_TEXT = re.compile(r"<text ([^>]*)>([^<]*)</text>")
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')


def _text_as_paths(match):
    attributes = dict(_ATTRIBUTE.findall(match.group(1)))
    content = html.unescape(match.group(2))
    if not _WIDE.search(content):
        return match.group(0)
    size = float(attributes.get("font-size", "14"))
    glyphs = [_glyph(ch) for ch in content]
    width = sum(advance * size for _, advance in glyphs)
    anchor = attributes.get("text-anchor", "start")
    x = float(attributes.get("x", "0")) - {"middle": width / 2, "end": width}.get(anchor, 0.0)
    y = float(attributes.get("y", "0"))
    fill = attributes.get("fill", "black")
    paths = []
    for outline, advance in glyphs:
        if outline:
            paths.append(f'<path transform="translate({x:.2f},{y:.2f}) scale({size:.2f},{-size:.2f})" '
                         f'd="{outline}"/>')
        x += advance * size
    label = html.escape(content, quote=True)
    return f'<g fill="{fill}" role="img" aria-label="{label}">' + "".join(paths) + "</g>"


def text_width(text):
    """How wide ``text`` is drawn, in ems: the advance widths of the fonts the drawings
    use (DejaVu Sans, and the shipped font for Chinese), measured, not guessed."""
    return sum(_glyph(ch)[1] for ch in text)


@functools.lru_cache(maxsize=4096)
def _glyph(ch):
    """(outline as SVG path data in ems, advance in ems) of one character:
    DejaVu Sans's if it has the character, else the shipped Chinese font's."""
    for font in _outline_fonts():
        name = font["cmap"].getBestCmap().get(ord(ch))
        if name is not None:
            break
    else:
        font = _outline_fonts()[-1]
        name = ".notdef"
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen

    scale = 1.0 / font["head"].unitsPerEm
    glyph_set = font.getGlyphSet()
    pen = SVGPathPen(glyph_set, ntos=lambda v: f"{v:.4g}")
    glyph_set[name].draw(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
    return pen.getCommands(), font["hmtx"][name][0] * scale


def _outline_fonts():
    if "outline_fonts" not in _state:
        from fontTools.ttLib import TTFont

        fonts = [TTFont(CJK_FONT)]
        dejavu = dejavu_sans()
        if dejavu is not None:
            fonts.insert(0, TTFont(dejavu))
        _state["outline_fonts"] = fonts
    return _state["outline_fonts"]


def dejavu_sans():
    """matplotlib's copy of DejaVu Sans (the font drawings name), found without
    importing matplotlib; None without matplotlib."""
    try:
        spec = importlib.util.find_spec("matplotlib")
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location, "mpl-data", "fonts", "ttf", "DejaVuSans.ttf")
        if path.is_file():
            return path
    return None
