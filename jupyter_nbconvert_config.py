# Slides made from the repository's root with this configuration,
#     python -m jupyter nbconvert --config jupyter_nbconvert_config.py --to slides notebooks/zh/03_backpropagation.ipynb
# load reveal.js, MathJax and the Chinese font from local files, never from a CDN
# (Jupyter, since jupyter_core 5, no longer reads a configuration from the current folder)
# (tools/slides.py says how; `python tools/slides.py build OUTDIR` makes all twelve decks).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "tools"))
from slides import configure  # noqa: E402

configure(get_config())  # noqa: F821  (nbconvert's config loader provides get_config)
