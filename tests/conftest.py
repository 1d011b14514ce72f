"""Shared fixtures. The browser fixtures start nothing unless a test asks for
them (only the tests marked ``browser`` do)."""

import pytest

import browser_support


@pytest.fixture(scope="session")
def chromium():
    """Headless Chromium (a Playwright browser context with an empty
    profile). Skips without Chromium, except in CI, where it fails."""
    with browser_support.chromium_context() as context:
        yield context


@pytest.fixture(scope="session")
def jupyterlab(chromium):
    """JupyterLab serving a temporary copy of notebooks/ (asks for Chromium
    first, so a machine without a browser skips before starting a server)."""
    with browser_support.JupyterLabServer() as server:
        yield server


@pytest.fixture
def open_lesson(chromium, jupyterlab):
    """``open_lesson("04_gradient_descent.ipynb")`` opens a lesson in a new
    tab, waits for its kernel, and returns a LessonPage."""
    pages = []

    def open_(name):
        if not (browser_support.NOTEBOOKS / name).is_file():
            pytest.fail(f"notebooks/{name} does not exist", pytrace=False)
        page = chromium.new_page()
        pages.append(page)
        lesson = browser_support.LessonPage(page, jupyterlab, name)
        lesson.open()
        return lesson

    yield open_
    for page in pages:
        page.close()


@pytest.fixture(scope="session")
def pyproject():
    """pyproject.toml, parsed."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    with open(browser_support.REPO / "pyproject.toml", "rb") as file:
        return tomllib.load(file)


@pytest.fixture(scope="session")
def repository_url(pyproject):
    """The repository's address: [project.urls] Repository, the one place it
    is written down."""
    return pyproject["project"]["urls"]["Repository"].rstrip("/")


def pytest_collection_modifyitems(config, items):
    """Off Linux, nbval leaves the stored graph drawings (SVG) uncompared.

    The drawings are laid out by the Graphviz inside pygraphviz's wheel, with one
    bundled font: byte for byte the same on every Linux machine (CI, Binder,
    Colab), which nbval checks there. pygraphviz's macOS and Windows wheels
    measure text with other libraries, so the same drawing comes out a few
    points different; everything else in the notebooks is still compared.
    """
    import sys

    if sys.platform.startswith("linux"):
        return
    for item in items:
        notebook = item.parent
        skip = getattr(notebook, "skip_compare", None)
        if skip is not None and "image/svg+xml" not in skip:
            notebook.skip_compare = tuple(skip) + ("image/svg+xml",)
