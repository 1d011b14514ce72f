"""Every address of the repository (Colab badges, the Binder badge, the Colab
setup cells) comes from pyproject.toml's [project.urls] Repository, so moving
the repository is a one-line change there plus a rerun of the notebooks.
(The exact badge and setup-cell text of each lesson is checked by
test_notebook_hygiene.py; here: the addresses, in README and notebooks.)"""

import re

import nbformat
import pytest

from browser_support import NOTEBOOKS, REPO

LESSONS = sorted(NOTEBOOKS.glob("*.ipynb"))
README = REPO / "README.md"
BRANCH = "main"

# Every form in which the lessons name their own repository: a Colab or Binder
# link, a pip install from git, a GitHub link into notebooks/. (Other GitHub
# links, such as karpathy/micrograd's, are credits, not addresses of ours.)
# Group 1: "owner/name".
REPOSITORY_ADDRESS = re.compile(
    r"(?:https://colab\.research\.google\.com/github/|https://mybinder\.org/v2/gh/"
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


@pytest.mark.parametrize("path", [README, *LESSONS], ids=lambda p: p.name)
def test_every_repository_address_is_the_one_in_pyproject(path, repository_url):
    repository = owner_and_name(repository_url)
    text = README.read_text(encoding="utf-8") if path == README else notebook_text(path)
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


def test_readme_has_a_colab_badge_for_every_lesson(repository_url):
    repository = owner_and_name(repository_url)
    readme = README.read_text(encoding="utf-8")
    badge = re.escape("[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]")
    linked = re.findall(badge + r"\((https://colab[^)]+)\)", readme)
    expected = [colab_link(repository, path.name) for path in LESSONS]
    assert sorted(linked) == sorted(expected), "README needs exactly one Colab badge per lesson, opening that lesson"


def test_readme_has_the_binder_badge(repository_url):
    repository = owner_and_name(repository_url)
    readme = README.read_text(encoding="utf-8")
    badge = f"[![Launch Binder](https://mybinder.org/badge_logo.svg)]({binder_link(repository)})"
    assert badge in readme, f"README needs the Binder badge opening JupyterLab on the lessons:\n{badge}"
