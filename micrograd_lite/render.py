"""Turn DOT source into SVG (or PNG, PDF, ...) without the Graphviz ``dot`` program.

``pip install graphviz`` installs only Python bindings that call the ``dot``
program, which most learners do not have. The wheels of ``pygraphviz`` bundle
the Graphviz engine itself, so this module renders with pygraphviz first,
always, and falls back to the ``dot`` program only when pygraphviz cannot be
imported. Always the same renderer first means stored notebook outputs do not
depend on whether a machine happens to have ``dot``.

The same drawing must give the same bytes on every run and every machine
(nbval compares the stored SVG byte for byte). Graphviz measures text through
the bundled pango and fontconfig, and fontconfig normally reads the system's
font configuration, so the layout would depend on the fonts installed. While it
renders, this module therefore points fontconfig (``FONTCONFIG_FILE``) at a
configuration of its own that lists exactly two fonts: DejaVu Sans, taken from
matplotlib (which every lesson environment installs), which drawings name, and
the Chinese font the package ships (:mod:`micrograd_lite.fonts`), which pango
falls back to for Chinese characters. In SVG output, text that holds Chinese
is drawn as glyph outlines (:func:`micrograd_lite.fonts.svg_with_font`), since a
browser draws SVG text with its own fonts.
The variable is restored after each render, so other programs and subprocesses
never see it. If the user has set ``FONTCONFIG_FILE``, it is still overridden
during a render: identical drawings come first. (Fontconfig reads its
configuration once per process, so if pygraphviz had already rendered text in
this process before, that earlier configuration stays in force.)

The bundled fontconfig also prints harmless warnings to the C-level stderr when
the system's configuration is newer than it is (``Fontconfig warning: ...
unknown element "reset-dirs"``); Jupyter would show those in every drawing
cell. Rendering captures file descriptor 2, drops the ``Fontconfig`` lines and
passes anything else on to ``sys.stderr``.

Limits: pygraphviz's macOS wheel measures text with Quartz rather than pango,
and its Windows wheel bundles other library versions, so SVGs are identical
between Linux machines, but not between operating systems.
"""

import atexit
import contextlib
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from .fonts import CJK_FONT, dejavu_sans, svg_with_font

__all__ = ["FONT_FAMILY", "RendererNotFound", "render", "renderer"]

#: The one font drawings use (from matplotlib's ``mpl-data/fonts/ttf``).
FONT_FAMILY = "DejaVu Sans"

_INSTALL_HINT = (
    "Drawing a graph needs pygraphviz, whose wheels bundle the Graphviz engine: "
    "pip install pygraphviz  (or: pip install 'micrograd-lite[lessons]'). "
    "Installing Graphviz itself (the `dot` program) works too."
)

# Rendering changes process-wide state (an environment variable, fd 2): one at a time.
_LOCK = threading.Lock()
_state = {}  # memoised: "pygraphviz" module or None, "fonts_conf" Path or None


class RendererNotFound(RuntimeError):
    """Neither pygraphviz nor the Graphviz ``dot`` program is available."""


def renderer():
    """Which renderer :func:`render` uses: ``"pygraphviz"``, ``"dot"`` or ``None``."""
    if _pygraphviz() is not None:
        return "pygraphviz"
    if shutil.which("dot") is not None:
        return "dot"
    return None


def render(source, format="svg", engine="dot", embed_font=True):
    """Lay out DOT ``source`` with ``engine`` and return the drawing as bytes.

    ``format`` is any output format Graphviz knows (``"svg"``, ``"png"``,
    ``"pdf"``, ...). SVG output is made reproducible: the comment naming the
    Graphviz version is removed, and text holding Chinese is drawn as glyph
    outlines (unless ``embed_font`` is false). Raises :class:`RendererNotFound` with what to
    install when there is no renderer.
    """
    pygraphviz = _pygraphviz()
    with _LOCK, _fonts_environment(), _stderr_without_fontconfig_noise():
        if pygraphviz is not None:
            data = _render_pygraphviz(pygraphviz, source, format, engine)
        else:
            data = _render_dot_program(source, format, engine)
    if format == "svg":
        data = _strip_version_comment(data)
        if embed_font:
            data = svg_with_font(data.decode("utf-8")).encode("utf-8")
    return data


def _render_pygraphviz(pygraphviz, source, format, engine):
    graph = pygraphviz.AGraph(string=source)
    said = io.StringIO()
    try:
        # pygraphviz warns on sys.stderr that a graph of 1000+ nodes may take
        # long; draw_dot's max_nodes already asked the caller about that.
        with contextlib.redirect_stderr(said):
            return graph.draw(format=format, prog=engine)
    except ValueError as error:
        raise ValueError(
            f"Graphviz could not draw this graph as {format!r} with {engine!r}: {error}"
        ) from error
    finally:
        _forward(said.getvalue(), skip=("Warning: graph has ",))


def _render_dot_program(source, format, engine):
    import graphviz

    try:
        return graphviz.pipe(engine, format, source.encode("utf-8"))
    except graphviz.ExecutableNotFound as error:
        raise RendererNotFound(_INSTALL_HINT) from error


def _pygraphviz():
    if "pygraphviz" not in _state:
        try:
            import pygraphviz
        except ImportError:  # not installed, or its bundled libraries failed to load
            pygraphviz = None
        _state["pygraphviz"] = pygraphviz
    return _state["pygraphviz"]


_VERSION_COMMENT = re.compile(rb"<!-- Generated by graphviz version [^>]*-->\n")


def _strip_version_comment(svg):
    return _VERSION_COMMENT.sub(b"", svg, count=1)


# ----------------------------------------------------------------------
# Our fonts only, whatever the machine has installed.
# ----------------------------------------------------------------------
_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<!-- Written by micrograd_lite.render: Graphviz sees these fonts only, so that
     every machine lays out text (and so the drawings) identically. -->
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


@contextlib.contextmanager
def _fonts_environment():
    """Point fontconfig at our own configuration for the duration of a render."""
    conf = _fonts_conf()
    names = ("FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT")
    saved = {name: os.environ.get(name) for name in names}
    if conf is not None:
        for name in names:
            os.environ.pop(name, None)
        os.environ["FONTCONFIG_FILE"] = str(conf)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _fonts_conf():
    """The path of our fonts.conf, made once per machine (None without matplotlib)."""
    if "fonts_conf" not in _state:
        _state["fonts_conf"] = _make_fonts_conf()
    return _state["fonts_conf"]


def _make_fonts_conf():
    font = dejavu_sans()
    if font is None:
        return None  # no matplotlib: fall back to the system's fonts
    data = {font.name: font.read_bytes(), CJK_FONT.name: CJK_FONT.read_bytes()}
    # keyed by the fonts' content: other fonts get their own directory
    digest = hashlib.sha256(b"".join(data[name] for name in sorted(data))).hexdigest()
    name = f"fonts-{digest[:16]}"
    try:
        return _font_directory(_user_cache_dir() / name, data)
    except OSError:  # no writable cache directory: one for this process only
        scratch = Path(tempfile.mkdtemp(prefix="micrograd-lite-fonts-"))
        atexit.register(shutil.rmtree, scratch, True)
        try:
            return _font_directory(scratch / name, data)
        except OSError:
            return None


def _user_cache_dir():
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "micrograd-lite"


def _font_directory(final, font_files):
    """Make ``final/{fonts.conf, fonts/<each of font_files>, cache/}`` unless it exists.

    Built in a temporary sibling and renamed into place, so processes that
    start at the same moment never see a half-written directory.
    """
    conf = final / "fonts.conf"
    if conf.is_file() and all((final / "fonts" / name).is_file() for name in font_files):
        return conf
    final.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=final.parent))
    try:
        (building / "fonts").mkdir()
        (building / "cache").mkdir()
        for file_name, font_bytes in font_files.items():
            (building / "fonts" / file_name).write_bytes(font_bytes)
        (building / "fonts.conf").write_text(
            _FONTS_CONF.format(
                fonts=_xml_escape(str(final / "fonts")),
                cache=_xml_escape(str(final / "cache")),
            ),
            encoding="utf-8",
        )
        try:
            os.rename(building, final)
        except OSError:
            if not conf.is_file():  # not "another process was first"
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return conf


# ----------------------------------------------------------------------
# No fontconfig chatter on stderr.
# ----------------------------------------------------------------------
@contextlib.contextmanager
def _stderr_without_fontconfig_noise():
    """Capture C-level stderr (fd 2); pass on every line but fontconfig's."""
    try:
        sys.stderr.flush()
        saved_fd = os.dup(2)
    except (OSError, ValueError, AttributeError):  # no usable stderr at all
        yield
        return
    captured = tempfile.TemporaryFile()
    os.dup2(captured.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved_fd, 2)
        os.close(saved_fd)
        captured.seek(0)
        messages = captured.read().decode("utf-8", errors="replace")
        captured.close()
        _forward(messages, skip=("Fontconfig ",))


def _forward(messages, skip):
    """Write ``messages`` to ``sys.stderr``, leaving out the lines that start with ``skip``."""
    rest = [line for line in messages.splitlines(keepends=True) if not line.startswith(skip)]
    if rest and sys.stderr is not None:
        sys.stderr.write("".join(rest))
