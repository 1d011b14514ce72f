# nbconvert reads this file when it runs in the repository's root: slides made with
#     python -m jupyter nbconvert --to slides notebooks/zh/03_backpropagation.ipynb
# load reveal.js, MathJax and the Chinese font from local files, never from a CDN
# (tools/slides.py says how; `python tools/slides.py build OUTDIR` makes all twelve decks).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "tools"))
from slides import configure  # noqa: E402

configure(get_config())  # noqa: F821  (nbconvert's config loader provides get_config)
