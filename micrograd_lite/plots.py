"""Matplotlib plumbing shared by every lesson: a figure in the course's style,
and a picture object that notebooks display and widgets redraw.

Figures are made with ``matplotlib.figure.Figure`` directly, never through
``pyplot``, so nothing is shown twice and no figure is left open in a kernel.

An explorer redraws its figure many times a second while a slider moves, so
it keeps one :class:`Scene`: the figure is laid out once, the parts that do not
move (axes, ticks, labels, fixed curves) are rendered once and kept as a
bitmap, and each redraw only paints the moving artists over that bitmap and
encodes the PNG.
"""

import base64
import io
import math
import re
from collections import OrderedDict

import numpy as np

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

__all__ = ["new_figure", "two_panel_figure", "Picture", "Scene", "MessageBox", "COLORS",
           "fit_text_in_axes", "hides", "wrap_words", "monospace_family", "plain_log_ticks"]

# One palette for the whole course (colour-blind safe, Okabe-Ito).
COLORS = {
    "primary": "#0072B2",
    "secondary": "#E69F00",
    "good": "#009E73",
    "bad": "#D55E00",
    "accent": "#CC79A7",
    "muted": "#999999",
}


def new_figure(ncols=1, nrows=1, width=6.4, height=4.0, **subplot_kw):
    """A figure and its axes, in the course's style (grid on, readable fonts)."""
    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, subplot_kw=subplot_kw or None)
    for ax in axes.flat:
        ax.grid(True, alpha=0.3)
        ax.tick_params(labelsize=9)
    flat = list(axes.flat)
    return fig, (flat[0] if len(flat) == 1 else flat)


class Picture:
    """A matplotlib figure turned into a PNG that a notebook can display.

    ``description`` is what a reader without images sees, and what nbval
    compares (the PNG bytes themselves are not compared), so make it say what
    the picture shows, with the numbers that matter.
    """

    def __init__(self, figure, description, dpi=100, png=None):
        if png is None:
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
            png = buffer.getvalue()
        self.png = png
        self.description = description
        self.figure = figure

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": self.description,
        }

    def __repr__(self):
        return self.description


class Scene:
    """A figure that is drawn once and then updated in place.

    Make the figure, then register the artists that change from one picture
    to the next with :meth:`moving` (lines whose data change, titles, message
    boxes, legends whose labels change). Everything else is the background:
    rendered once per set of axis limits and labels and kept (the last few are cached, so
    a slider going back and forth does not re-render them). :meth:`picture`
    paints the moving artists over the background and returns a
    :class:`Picture`. A scene with a few still variants (a legend shown or
    hidden) names the variant in :attr:`variant`: each variant's background
    is kept apart. Changing a still artist otherwise needs
    :meth:`forget_background`.
    """

    BACKGROUNDS_KEPT = 8
    PNG_COMPRESSION = 1  # zlib level: fast to encode, a few per cent larger

    def __init__(self, figure, dpi=100):
        self.figure = figure
        figure.set_dpi(dpi)
        self.canvas = FigureCanvasAgg(figure)
        self._moving = []
        self._backgrounds = OrderedDict()
        self.variant = None

    def moving(self, *artists):
        """Mark ``artists`` as the ones that change; returns the first."""
        for artist in artists:
            artist.set_animated(True)
            if artist not in self._moving:
                self._moving.append(artist)
        return artists[0] if artists else None

    def forget(self, artist):
        """Stop drawing ``artist`` (and remove it from the figure)."""
        if artist in self._moving:
            self._moving.remove(artist)
        artist.remove()

    def forget_background(self):
        self._backgrounds.clear()

    def _background_key(self):
        return (self.variant,) + tuple(
            (ax.get_xlim(), ax.get_ylim(), ax.get_xscale(), ax.get_yscale(),
             ax.get_xlabel(), ax.get_ylabel())  # a label that changes is a new background
            for ax in self.figure.axes
        )

    def render(self):
        """Paint the figure as it is now; return the PNG bytes."""
        key = self._background_key()
        background = self._backgrounds.get(key)
        if background is None:
            self.canvas.draw()  # the still parts only: moving artists are animated
            # Lay the figure out once: later backgrounds keep the same axes boxes.
            self.figure.set_layout_engine("none")
            background = self.canvas.copy_from_bbox(self.figure.bbox)
            self._backgrounds[key] = background
            while len(self._backgrounds) > self.BACKGROUNDS_KEPT:
                self._backgrounds.popitem(last=False)
        else:
            self._backgrounds.move_to_end(key)
            self.canvas.restore_region(background)
        renderer = self.canvas.get_renderer()
        for artist in self._moving:
            if artist.get_visible() and artist.figure is not None:
                artist.draw(renderer)
        return self._encode()

    def _encode(self):
        from PIL import Image  # a dependency of matplotlib

        width, height = self.canvas.get_width_height()
        image = Image.frombuffer("RGBA", (width, height), self.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        image = image.convert("RGB")  # the figure is opaque: a quarter less to compress
        buffer = io.BytesIO()
        image.save(buffer, format="png", compress_level=self.PNG_COMPRESSION)
        return buffer.getvalue()

    def picture(self, description):
        """A :class:`Picture` of the figure as it is now."""
        return Picture(self.figure, description, png=self.render())


# A Chinese character or full-width punctuation mark: a line may break before
# or after each one, and each is about as wide as two Latin letters.
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_NO_LINE_START = set("，。、；：？！）」』”’》〉】")
_NO_LINE_END = set("（「『“‘《〈【")
_CLAUSE_ENDS = "，；。"  # a line that must break prefers to end at one of these


_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_NBSP = "\u00a0"
# spaces that must not become line breaks: around "=" between Latin words ("w = 131"),
# and between a number and the Chinese word that counts it ("19 次", "5 步", "200 步后")
_KEEP_TOGETHER = re.compile(rf"(?<=[^\s{_CJK}]) = (?=[^\s{_CJK}])|(?<=\d) (?=[{_CJK}])")
# Chinese words of the figures' messages that a line never cuts in two ("最/后" reads
# as two words; longer words first); elsewhere Chinese may break between any two characters
_WORDS = ("最后一点", "最低点", "最后", "学习率", "准确率", "决策边界", "损失", "发散", "梯度", "动量",
          "参数", "曲线", "图外", "起点", "步数", "收敛", "开始", "附近", "方向", "越过",
          "训练", "网络", "数据", "来回", "太大", "太小", "仍是", "增大", "变为", "之后")
_TOKENS = re.compile(rf"[ \t\n]+|{'|'.join(_WORDS)}|[{_CJK}]"
                     rf"|[^ \t\n{_CJK}{_NBSP}]+(?:{_NBSP}=?{_NBSP}?[^ \t\n{_CJK}{_NBSP}]+)*"
                     rf"(?:{_NBSP}[{_CJK}][后前内]?)?")  # "200 步后" stays whole


def wrap_words(words, width):
    """``words`` cut into lines of at most ``width`` columns (a Chinese
    character counts two). Text without Chinese is cut at spaces, exactly as
    :func:`textwrap.wrap`; Chinese may also be cut between two characters
    (never before a closing mark or after an opening one), Latin words and
    numbers never, nor ``w = 131`` or a number and its counter (``19 次``).
    Chinese lines are balanced: as short as the same number of lines allows,
    so that the last line is not left with a word or two."""
    import textwrap

    if not _WIDE.search(words):
        return textwrap.wrap(words, width)
    tokens = _TOKENS.findall(_KEEP_TOGETHER.sub(lambda m: m.group().replace(" ", _NBSP), words))
    lines = _fill(tokens, width)
    while len(lines) > 1 and width > 1:
        shorter = _fill(tokens, width - 1)
        if len(shorter) > len(lines):
            break
        lines, width = shorter, width - 1
    return [line.replace(_NBSP, " ") for line in lines]


def _columns(line):
    return len(line) + len(_WIDE.findall(line))


def _punctuation_cut(line, width):
    """Where ``line`` can end right after its last "，", "；" or "。", if that
    leaves at least half a line (0: no such place)."""
    cut = max(line.rfind(mark) for mark in _CLAUSE_ENDS) + 1
    if 0 < cut < len(line) and _columns(line[:cut]) >= width / 2:
        return cut
    return 0


def _fill(tokens, width):
    """``tokens`` (Chinese characters, Latin words, spaces) put greedily on lines
    of at most ``width`` columns."""
    lines, line, used = [], "", 0
    for token in tokens:
        size = len(token) + len(_WIDE.findall(token))
        if token.isspace() and _NBSP not in token:
            if line:
                line, used = line + " ", used + 1
            continue
        if line and used + size > width and token not in _NO_LINE_START:
            cut = _punctuation_cut(line, width)
            if cut:  # the line ends at a clause: 。 ， or ；
                lines.append(line[:cut].rstrip())
                line = line[cut:].lstrip()
                used = _columns(line)
            else:
                carried = line[-1] if line[-1] in _NO_LINE_END and len(line) > 1 else ""
                lines.append(line[: len(line) - len(carried)].rstrip())
                line, used = carried, 2 * len(carried)
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def monospace_family():
    """The font families for a text in a fixed-width font: monospace first,
    then the fonts the figures fall back to for other characters (Chinese)."""
    from matplotlib import rcParams

    return ["monospace"] + [name for name in rcParams["font.family"] if name != "monospace"]


def fit_text_in_axes(text, ax, renderer, words, max_lines=4, share=1.0):
    """Set ``text`` to ``words``, wrapped onto lines short enough that its box
    stays inside ``ax`` and at most ``share`` of its width (as few lines as
    fit; at most ``max_lines``, the last one shortened with "...").
    Returns whether the words fit whole (nothing shortened)."""
    box = ax.get_window_extent(renderer)
    widest = share * box.width
    whole = [True]

    def extent():
        if text.get_bbox_patch() is not None:
            text.update_bbox_position_size(renderer)
            return text.get_bbox_patch().get_window_extent(renderer)
        return text.get_window_extent(renderer)

    def fits(width):
        lines = wrap_words(words, width) or [""]
        whole[0] = len(lines) <= max_lines
        if not whole[0]:
            lines = lines[:max_lines]
            lines[-1] = lines[-1][: max(1, width - 3)] + "..."
        text.set_text("\n".join(lines))
        shown = extent()
        return (shown.x0 >= box.x0 and shown.x1 <= box.x1 and shown.width <= widest + 0.5,
                shown.width)

    columns = len(words) + len(_WIDE.findall(words))  # a Chinese character counts two
    ok, width_px = fits(max(columns, 1))
    if ok:
        return whole[0]
    # first guess from the measured width, then shorter lines until it fits
    width = max(8, int(columns * 0.95 * widest / max(width_px, 1)))
    while not (ok := fits(width)[0]) and width > 8:
        width -= 3
    return ok and whole[0]


def two_panel_figure(width=11.0, height=4.2, right=0.985):
    """A figure with two axes side by side and fixed margins (no layout pass)."""
    fig, axes = new_figure(ncols=2, width=width, height=height)
    fig.set_layout_engine(None)
    fig.subplots_adjust(left=0.06, right=right, bottom=0.12, top=0.92, wspace=0.2)
    return fig, axes


def hides(box, artist, renderer):
    """Whether the pixel box ``box`` covers part of ``artist``: a point or a
    stretch of line of a ``Line2D`` (its markers and line width included), or
    the box of anything else (a legend)."""
    from matplotlib.lines import Line2D
    from matplotlib.path import Path
    from matplotlib.transforms import Bbox

    if not artist.get_visible():
        return False
    if not isinstance(artist, Line2D):
        return box.overlaps(artist.get_window_extent(renderer))
    xy = np.column_stack([artist.get_xdata(), artist.get_ydata()]).astype(float)
    xy = xy[np.all(np.isfinite(xy), axis=1)]
    if not len(xy):
        return False
    pixels = artist.axes.transData.transform(xy)
    to_pixels = artist.figure.dpi / 72.0
    has_marker = artist.get_marker() not in (None, "None", "", " ")
    margin = to_pixels * max(artist.get_markersize() / 2 if has_marker else 0.0,
                             artist.get_linewidth() / 2) + 1.0
    grown = Bbox.from_extents(box.x0 - margin, box.y0 - margin, box.x1 + margin, box.y1 + margin)
    if artist.get_clip_on():  # only what is drawn: the part inside the axes
        grown = Bbox.intersection(grown, artist.axes.get_window_extent(renderer).padded(margin))
        if grown is None:
            return False
    if grown.count_contains(pixels):
        return True
    joined = artist.get_linestyle() not in ("None", "", " ") and len(pixels) > 1
    return joined and Path(pixels).intersects_bbox(grown, filled=False)


class MessageBox:
    """A sentence in a box in an axes of a :class:`Scene` (red when something
    went wrong), wrapped so that it stays inside its axes.

    :meth:`show` puts it across the top; given artists to ``avoid`` (curves,
    paths, markers, a legend) it takes the first of :attr:`PLACES` where it
    covers none of them."""

    # (x, y, ha, va, share of the panel's width, most lines), tried in order
    PLACES = (
        (0.5, 0.97, "center", "top", 1.0, 4),
        (0.985, 0.97, "right", "top", 0.5, 6),
        (0.015, 0.97, "left", "top", 0.5, 6),
        (0.5, 0.03, "center", "bottom", 1.0, 4),
        (0.985, 0.03, "right", "bottom", 0.5, 6),
        (0.015, 0.03, "left", "bottom", 0.5, 6),
    )

    def __init__(self, scene, ax, y=0.97):
        self.scene, self.ax = scene, ax
        self.top = y
        # above the axes (y > 1) the box belongs to the figure: it lies outside the panel
        owner = scene.figure if y > 1 else ax
        self.text = scene.moving(owner.text(
            0.5, y, "", transform=ax.transAxes, ha="center", va="top", fontsize=10,
            bbox={"boxstyle": "round", "alpha": 1.0},  # opaque: a path behind it does not show through
        ))

    def extent(self):
        """The box's pixel extent as drawn now."""
        renderer = self.scene.canvas.get_renderer()
        self.text.update_bbox_position_size(renderer)
        return self.text.get_bbox_patch().get_window_extent(renderer)

    def covers(self, artists):
        """Whether the box, where it is, covers part of one of ``artists``."""
        box = self.extent()
        renderer = self.scene.canvas.get_renderer()
        return any(hides(box, artist, renderer) for artist in artists)

    def _put(self, place, words):
        x, y, ha, va, share, lines = place
        if y > 0.5:
            y = self.top
        self.text.set_position((x, y))
        self.text.set_horizontalalignment(ha)
        self.text.set_verticalalignment(va)
        whole = fit_text_in_axes(self.text, self.ax, self.scene.canvas.get_renderer(), words,
                                 max_lines=lines, share=share)
        return whole or share == 1.0

    def show(self, words, bad=False, avoid=()):
        """Show ``words``; returns whether the box covers none of ``avoid``
        (if no place is free, it stays across the top)."""
        self.text.set_color("white" if bad else "black")
        patch = self.text.get_bbox_patch()
        patch.set_facecolor(COLORS["bad"] if bad else "white")
        patch.set_edgecolor(COLORS["bad"] if bad else COLORS["muted"])
        avoid = [artist for artist in avoid if artist is not None]
        for place in self.PLACES if avoid else self.PLACES[:1]:
            if self._put(place, words) and not (avoid and self.covers(avoid)):
                return True
        self._put(self.PLACES[0], words)
        return False


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _power_of_ten(value, _position=None):
    """A decade as plain text, 10⁻³ (no mathtext: quicker to draw, and no
    parser involved when a scene re-renders its background)."""
    if value <= 0:
        return ""
    exponent = math.log10(value)
    if abs(exponent - round(exponent)) > 1e-9:
        return ""
    return "10" + str(int(round(exponent))).translate(_SUPERSCRIPTS)


def plain_log_ticks(axis):
    """Label a logarithmic ``axis`` (``ax.yaxis``) 10⁻³, 10⁰, 10³, ... in plain text."""
    from matplotlib.ticker import FuncFormatter, NullFormatter

    axis.set_major_formatter(FuncFormatter(_power_of_ten))
    axis.set_minor_formatter(NullFormatter())
