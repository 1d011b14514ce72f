"""The badges that open a lesson online: Colab, Kaggle and ModelScope's notebook
launcher, each fetching the notebook from the repository named in pyproject.toml.
One line of three badges per lesson, in the lesson's first cell and in the READMEs
(README.zh-CN's open the Chinese lessons)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRANCH = "main"


def repository():
    """"owner/name", from pyproject.toml's [project.urls] Repository."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^Repository\s*=\s*"https://github\.com/([^"/]+/[^"/]+?)/?"', text, re.M)
    assert match, "pyproject.toml has no [project.urls] Repository on GitHub"
    return match.group(1)


def launch_links(path):
    """{platform: address} opening ``path`` (relative to the repository's root)."""
    on_github = f"{repository()}/blob/{BRANCH}/{path}"
    return {
        "Colab": f"https://colab.research.google.com/github/{on_github}",
        "Kaggle": f"https://kaggle.com/kernels/welcome?src=https://github.com/{on_github}",
        "ModelScope": f"https://modelscope.cn/notebook/share/github/{on_github}",
    }


BADGE_IMAGES = {
    "Colab": "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]",
    "Kaggle": "[![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)]",
    "ModelScope": "[![Open in ModelScope](https://img.shields.io/badge/Open%20in-ModelScope-624AFF)]",
}


def badges(path):
    """The line of badges that open ``path`` (e.g. "notebooks/zh/03_backpropagation.ipynb")."""
    return " ".join(f"{BADGE_IMAGES[name]}({link})" for name, link in launch_links(path).items())


# Any badge's link, to find every one in a text: (platform, the notebook's path).
BADGE_LINK = re.compile(
    r"\]\((?:https://colab\.research\.google\.com/github/|https://kaggle\.com/kernels/welcome\?src="
    r"https://github\.com/|https://modelscope\.cn/notebook/share/github/)"
    r"([\w.-]+/[\w.-]+)/blob/([\w.-]+)/([^)\s]+)\)")
