"""Build micrograd_lite/fontdata/MicrogradLiteSansSC-Regular.otf, the Chinese font
the package ships so that figures and graph drawings show Chinese on a machine
with no Chinese font installed (a fresh pip install, Colab, Binder).

It is a subset of Noto Sans CJK SC Regular (SIL Open Font License 1.1): the 3,755
characters of GB 2312 level 1 (the common characters of everyday Chinese), every
character the Chinese tables and lessons use, and CJK punctuation. Hinting and
OpenType layout features are dropped; the family is renamed, as the licence asks
of a modified version that does not carry the original's name.

Run it again after adding Chinese text with new characters (a test fails until
you do)::

    python tools/build_cjk_font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

(Debian's fonts-noto-cjk; any NotoSansCJK-Regular.ttc or NotoSansCJKsc-Regular.otf works.)
fontTools comes with matplotlib.
"""

import io
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the package of this checkout, installed or not
from micrograd_lite.fonts import wide_characters  # noqa: E402

OUT = ROOT / "micrograd_lite" / "fontdata" / "MicrogradLiteSansSC-Regular.otf"
FAMILY = "Micrograd Lite Sans SC"


def gb2312_level1():
    chars = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def used_characters():
    """Every wide character in the Chinese table and the Chinese lessons."""
    texts = [(ROOT / "micrograd_lite" / "locales" / "zh.py").read_text(encoding="utf-8")]
    for path in sorted((ROOT / "notebooks" / "zh").glob("*.ipynb")):
        texts.append(path.read_text(encoding="utf-8"))
    return set(wide_characters("".join(texts)))


def source_font(path):
    if str(path).endswith(".ttc"):
        for font in TTCollection(path).fonts:
            if font["name"].getDebugName(1) == "Noto Sans CJK SC":
                return font
        raise SystemExit(f"{path} holds no 'Noto Sans CJK SC'")
    return TTFont(path)


def main(source):
    font = source_font(source)
    cmap = font.getBestCmap()
    punctuation = [chr(c) for c in list(range(0x3000, 0x3040)) + list(range(0xFF00, 0xFFF0))]
    wanted = set(gb2312_level1()) | used_characters() | set(punctuation)
    missing = sorted(c for c in used_characters() if ord(c) not in cmap)
    if missing:
        raise SystemExit(f"the source font lacks {''.join(missing)}")
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in wanted if ord(c) in cmap))
    subsetter.subset(font)
    names = font["name"]
    version = names.getDebugName(5).split(";")[0]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    for name_id, value in ((1, FAMILY), (4, FAMILY), (6, FAMILY.replace(" ", "") + "-Regular"),
                           (3, f"{FAMILY}; subset of Noto Sans CJK SC {version}")):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    font["CFF "].cff.fontNames = [FAMILY.replace(" ", "") + "-Regular"]
    font.recalcTimestamp = False
    buffer = io.BytesIO()
    font.save(buffer)
    OUT.write_bytes(buffer.getvalue())
    print(f"{OUT.relative_to(ROOT)}: {len(wanted)} characters, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else
         "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
