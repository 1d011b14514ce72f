"""Every address of the repository (the Colab, Kaggle and ModelScope badges, the
Binder badge, the setup cells) comes from pyproject.toml's [project.urls]
Repository, so moving the repository is a one-line change there plus a rerun of
the notebooks. (The exact badge line and setup cell of each lesson are checked by
test_notebook_hygiene.py; here: the addresses, in the READMEs and notebooks.)"""

import re

import nbformat
import pytest

from browser_support import NOTEBOOKS, REPO
from launch_badges import BADGE_LINK, BRANCH, badges

LESSONS = sorted(NOTEBOOKS.glob("*.ipynb"))
CHINESE_LESSONS = sorted((NOTEBOOKS / "zh").glob("*.ipynb"))
README = REPO / "README.md"
README_ZH = REPO / "README.zh-CN.md"

# Every form in which the lessons name their own repository: a Colab, ModelScope
# or Binder link, a pip install from git, a GitHub link into notebooks/ (Kaggle's
# badge carries one). (Other GitHub links, such as karpathy/micrograd's, are
# credits, not addresses of ours.) Group 1: "owner/name".
REPOSITORY_ADDRESS = re.compile(
    r"(?:https://colab\.research\.google\.com/github/|https://mybinder\.org/v2/gh/"
    r"|https://modelscope\.cn/notebook/share/github/"
    r"|git\+https://github\.com/|https://github\.com/(?=[\w.-]+/[\w.-]+/(?:blob|tree|raw)/[^/\s]+/notebooks/))"
    r"([\w.-]+/[\w.-]+?)(?:\.git)?(?=[/\"'\s)?#@]|$)"
)


def owner_and_name(repository_url):
    match = re.fullmatch(r"https://github\.com/([\w.-]+/[\w.-]+)", repository_url)
    assert match, f"[project.urls] Repository must be a GitHub address (Colab and Binder need one): {repository_url}"
    return match.group(1)


def colab_link(repository, notebook_name):
    return f"https://colab.research.google.com/github/{repository}/blob/{BRANCH}/notebooks/{notebook_name}"


def binder_link(repository):
    return f"https://mybinder.org/v2/gh/{repository}/HEAD?urlpath=lab/tree/notebooks"


def notebook_text(path):
    notebook = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in notebook.cells)


def test_repository_is_on_github(repository_url):
    owner_and_name(repository_url)


@pytest.mark.parametrize("path", [README, README_ZH, *LESSONS, *CHINESE_LESSONS],
                         ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_repository_address_is_the_one_in_pyproject(path, repository_url):
    repository = owner_and_name(repository_url)
    text = path.read_text(encoding="utf-8") if path.suffix == ".md" else notebook_text(path)
    found = REPOSITORY_ADDRESS.findall(text)
    assert found, f"{path.name} names no repository address at all"
    strays = sorted({name for name in found if name.lower() != repository.lower()})
    assert not strays, f"{path.name} names {strays}, but pyproject.toml says {repository}"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_opens_itself_on_colab_and_installs_from_the_repository(path, repository_url):
    repository = owner_and_name(repository_url)
    text = notebook_text(path)
    assert f"({colab_link(repository, path.name)})" in text, "the Colab badge must open this very notebook"
    assert f"micrograd-lite[lessons] @ git+{repository_url}" in text, "the setup cell must install from the repository"


@pytest.mark.parametrize("readme, lessons", [(README, LESSONS), (README_ZH, CHINESE_LESSONS)],
                         ids=["README.md", "README.zh-CN.md"])
def test_readme_has_the_launch_badges_for_every_lesson_of_its_edition(readme, lessons):
    text = readme.read_text(encoding="utf-8")
    for path in lessons:
        assert badges(path.relative_to(REPO).as_posix()) in text, f"{readme.name}: {path.name}"
    opened = {found[2] for found in BADGE_LINK.findall(text)}
    assert opened == {path.relative_to(REPO).as_posix() for path in lessons}, (
        f"{readme.name}'s badges open only its own edition's lessons")


@pytest.mark.parametrize("path", [README, README_ZH, *LESSONS, *CHINESE_LESSONS],
                         ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_launch_badge_opens_a_notebook_that_exists(path, repository_url):
    text = path.read_text(encoding="utf-8") if path.suffix == ".md" else notebook_text(path)
    found = BADGE_LINK.findall(text)
    assert len(found) >= 3
    for repository, branch, notebook in found:
        assert repository.lower() == owner_and_name(repository_url).lower() and branch == BRANCH
        assert (REPO / notebook).is_file(), notebook


def test_readme_has_the_binder_badge(repository_url):
    repository = owner_and_name(repository_url)
    readme = README.read_text(encoding="utf-8")
    badge = f"[![Launch Binder](https://mybinder.org/badge_logo.svg)]({binder_link(repository)})"
    assert badge in readme, f"README needs the Binder badge opening JupyterLab on the lessons:\n{badge}"
