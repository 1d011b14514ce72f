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
