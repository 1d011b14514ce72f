"""Driving the lessons in a real browser: JupyterLab in a subprocess, headless
Chromium through Playwright.

Used by tests/test_browser_lesson03.py and tests/test_browser_lesson04.py.
Chromium is Debian's ``chromium`` package (``apt-get install chromium``), never
a browser downloaded by ``playwright install``. Where Chromium is missing the
browser tests skip with the reason, except when the environment variable
``CI`` is ``true``: there a missing browser is a failure.
"""

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from micrograd_lite.locales import TABLES

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
SCREENSHOTS = REPO / "artifacts" / "screenshots"

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# How long a whole notebook may take to run in the browser, and how long one
# redraw may take after a control moves (generous: CI machines are slow and
# shared; no test asserts a time, these only bound the waiting).
RUN_ALL_TIMEOUT_MS = 240_000
REDRAW_TIMEOUT_MS = 30_000

# What an error looks like in JupyterLab's output areas: stderr and
# tracebacks are both rendered with the stderr MIME type.
ERROR_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'

# The end of an explorer's no-kernel text, in every language ("...: the controls
# need a running kernel]").
NEEDS_KERNEL_MARKERS = [table["core.needs_kernel"].split("}", 1)[1].lstrip(":：")
                        for table in TABLES.values()]

# What a cell's pictures show: every <img> src and every inline <svg> in its
# outputs (outside the widgets themselves), joined.
FIGURE_SOURCE_JS = """cell => {
    const area = cell.querySelector('.jp-OutputArea');
    if (!area) return '';
    const images = [...area.querySelectorAll('img')].map(i => i.getAttribute('src') || '');
    const svgs = [...area.querySelectorAll('svg')]
        .filter(s => !s.closest('.jupyter-widgets'))
        .map(s => s.outerHTML);
    // a table is a picture too (lesson 03's paths)
    const tables = [...area.querySelectorAll('table')]
        .filter(t => !t.closest('.jupyter-widgets'))
        .map(t => t.outerHTML);
    return images.concat(svgs, tables).join(' ');
}"""


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def find_chromium():
    """Path to the system's Chromium, or None."""
    override = os.environ.get("CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None


def require_or_skip(reason):
    """Skip with ``reason`` on a laptop; fail with it in CI (CI=true)."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: the browser tests are mandatory here)", pytrace=False)
    pytest.skip(reason)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class JupyterLabServer:
    """JupyterLab on 127.0.0.1 with a free port and a random token, serving a
    temporary copy of the lessons (the repository's notebooks stay clean).

    Its configuration, settings, workspaces and runtime files live in a
    temporary directory too, so a learner's own settings never leak in.
    """

    def __init__(self, notebooks=NOTEBOOKS):
        self.notebooks = Path(notebooks)
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self._tmp = None

    def __enter__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="mgl-jupyterlab-")
        tmp = Path(self._tmp.name)
        self.root = tmp / "notebooks"
        shutil.copytree(self.notebooks, self.root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        settings = tmp / "lab-settings"
        self._write_settings(settings)
        env = dict(os.environ)
        env.update(
            JUPYTER_CONFIG_DIR=str(tmp / "config"),
            JUPYTER_DATA_DIR=str(tmp / "data"),
            JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
            JUPYTERLAB_SETTINGS_DIR=str(settings),
            JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"),
            IPYTHONDIR=str(tmp / "ipython"),
            PYTHONUNBUFFERED="1",
        )
        self.log_path = tmp / "jupyterlab.log"
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "jupyter", "lab",
                "--no-browser",
                "--ServerApp.ip=127.0.0.1",
                f"--ServerApp.port={self.port}",
                "--ServerApp.port_retries=0",
                f"--IdentityProvider.token={self.token}",
                f"--ServerApp.root_dir={self.root}",
                "--ServerApp.allow_root=True",
                "--LabApp.news_url=None",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            ],
            cwd=tmp,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    @staticmethod
    def _write_settings(settings):
        """Settings that keep the page quiet and every cell in the page:
        no news or update pop-ups, and no windowing (cells far below the
        viewport stay in the DOM, so a test can find their outputs)."""
        files = {
            "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
                '{"fetchNews": "false", "checkForUpdates": false}',
            "@jupyterlab/notebook-extension/tracker.jupyterlab-settings":
                '{"windowingMode": "none"}',
        }
        for name, text in files.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    def _wait_until_ready(self, timeout=120):
        deadline = time.monotonic() + timeout
        url = f"{self.base_url}/api/status?token={self.token}"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with code {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        raise RuntimeError(f"JupyterLab did not answer within {timeout} s:\n{self.log_tail()}")

    def log_tail(self, lines=40):
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def notebook_url(self, name):
        """The lesson alone in a workspace of its own (``reset``: nothing
        restored from an earlier tab)."""
        workspace = name.removesuffix(".ipynb").replace("/", "-")
        return f"{self.base_url}/lab/workspaces/{workspace}/tree/{name}?reset&token={self.token}"

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        if getattr(self, "_log", None) is not None:
            self._log.close()
        if self._tmp is not None:
            self._tmp.cleanup()
        return False


@contextlib.contextmanager
def chromium_context():
    """A fresh headless Chromium with an empty profile, as a Playwright
    browser context."""
    chromium = find_chromium()
    if chromium is None:
        require_or_skip("Chromium is not installed (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require_or_skip("Playwright's Python package is not installed (pip install -r requirements-test.txt)")
    with tempfile.TemporaryDirectory(prefix="mgl-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=chromium,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            yield context
        finally:
            context.close()


def allow_only(context, prefixes):
    """Abort every request of ``context`` whose URL starts with none of ``prefixes``
    (a classroom without internet); the list it returns fills with their URLs."""
    blocked = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(tuple(prefixes)):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    context.route("**/*", route)
    return blocked


class LessonPage:
    """One lesson open in JupyterLab, with the few things a test does to it."""

    def __init__(self, page, server, name):
        self.page = page
        self.server = server
        self.name = name
        self.page_errors = []
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def open(self):
        self.page.goto(self.server.notebook_url(self.name))
        self.page.locator(".jp-NotebookPanel:visible .jp-Cell").first.wait_for(state="visible", timeout=60_000)
        # Fold the file browser away, as on a projector: more room for figures.
        open_tab = self.page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
        if open_tab.count():
            open_tab.first.click()
        self.wait_for_kernel_idle(timeout_ms=120_000)

    @property
    def panel(self):
        return self.page.locator(".jp-NotebookPanel:visible").first

    def wait_for_kernel_idle(self, timeout_ms):
        """Wait until the status bar says the kernel is idle and no code
        cell is queued or running (its prompt shows ``[*]``)."""
        self.page.wait_for_function(
            """() => {
                const bar = document.querySelector('#jp-main-statusbar');
                if (!bar || !/\\| Idle\\b/.test(bar.innerText) || bar.innerText.includes('No Kernel')) return false;
                const prompts = [...document.querySelectorAll('.jp-NotebookPanel .jp-InputArea-prompt')];
                return prompts.every(p => !p.textContent.includes('*'));
            }""",
            timeout=timeout_ms,
            polling=250,
        )

    def _menu(self, menu, item):
        self.page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{menu}$")).first.click()
        self.page.locator(".lm-Menu-item:visible", has_text=item).first.click()

    def run_all(self):
        """Clear every output, then Run > Run All Cells, as a learner would;
        wait until every code cell has run and the kernel is idle again."""
        self._menu("Edit", "Clear Outputs of All Cells")
        self.page.wait_for_function(
            """() => [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-OutputArea-child')].length === 0""",
            timeout=30_000,
        )
        self._menu("Run", "Run All Cells")
        self.page.wait_for_function(
            """() => {
                const prompts = [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputArea-prompt')];
                return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            }""",
            timeout=RUN_ALL_TIMEOUT_MS,
            polling=250,
        )
        self.wait_for_kernel_idle(timeout_ms=RUN_ALL_TIMEOUT_MS)

    def widget_cells(self, control_selector, text, expected=True):
        """Every code cell whose output holds a control (a slider, a button)
        whose text contains ``text`` (any case), as (cell, control) pairs.

        An ``expected`` control is waited for (widgets render after the
        kernel is idle); otherwise the cells are read as they are now, so a
        lesson without such a control costs no wait."""
        pattern = re.compile(re.escape(text), re.IGNORECASE)
        wanted = self.page.locator(control_selector).filter(has_text=pattern)
        if expected:
            try:
                self.panel.locator(control_selector).filter(has_text=pattern).first.wait_for(
                    state="visible", timeout=30_000
                )
            except Exception:  # Playwright's TimeoutError: report "none found"
                return []
        cells = self.panel.locator(".jp-CodeCell").filter(has=wanted)
        return [
            (cell, cell.locator(control_selector).filter(has_text=pattern).first)
            for cell in cells.all()
        ]

    @staticmethod
    def figure_source(cell):
        """What the cell's pictures show now (see FIGURE_SOURCE_JS)."""
        return cell.evaluate(FIGURE_SOURCE_JS)

    def wait_for_new_figure(self, cell, before):
        """Wait until the cell's picture differs from ``before`` and has
        stopped changing (the kernel may redraw more than once while a
        slider is dragged); return what it shows then."""
        cell.page.wait_for_function(
            f"([cell, before]) => {{ const now = ({FIGURE_SOURCE_JS})(cell); return now !== '' && now !== before; }}",
            arg=[cell.element_handle(), before],
            timeout=REDRAW_TIMEOUT_MS,
            polling=100,
        )
        self.wait_for_kernel_idle(timeout_ms=REDRAW_TIMEOUT_MS)
        deadline = time.monotonic() + REDRAW_TIMEOUT_MS / 1000
        current = self.figure_source(cell)
        while time.monotonic() < deadline:
            self.page.wait_for_timeout(400)
            latest = self.figure_source(cell)
            if latest == current:
                return latest
            current = latest
        return current

    def problems(self):
        """Everything on the page that looks like an error, as text."""
        found = []
        for text in self.panel.locator(ERROR_OUTPUT).all_inner_texts():
            found.append(f"error output: {text[:500]}")
        body = self.panel.inner_text()
        for marker in ("Traceback (most recent call last)", "Error displaying widget", "Cannot display an untrusted"):
            if marker in body:
                found.append(f"page text contains {marker!r}")
        # The Explorer's text fallback must not show when a kernel runs: the
        # controls themselves must render instead.
        if any(marker in body for marker in NEEDS_KERNEL_MARKERS):
            found.append("a widget showed its no-kernel text fallback instead of its controls")
        found.extend(self._log_console_entries())
        found.extend(f"JavaScript error: {error}" for error in self.page_errors)
        return found

    def _log_console_entries(self):
        """Kernel output that belongs to no cell (an exception in a widget
        callback, say) goes to JupyterLab's log console; its status bar item
        counts the entries. Any entry is a problem: open the console and
        report what it says."""
        item = self.page.locator(".jp-LogConsoleStatusItem [title]")
        if item.count() == 0:
            return []
        title = item.first.get_attribute("title") or ""
        match = re.search(r"(\d+) log entries", title)
        if not match or int(match.group(1)) == 0:
            return []
        item.first.click()
        console = self.page.locator(".jp-LogConsolePanel").first
        try:
            console.wait_for(state="visible", timeout=10_000)
            text = console.inner_text()
        except Exception:  # Playwright's TimeoutError: the count alone is the report
            text = ""
        return [f"log console ({title}): ...{text[-1500:]}"]

    def assert_no_problems(self):
        problems = self.problems()
        assert not problems, f"{self.name} shows errors:\n" + "\n".join(problems)

    def screenshot(self, stem, locator=None):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{stem}.png"
        (locator or self.page).screenshot(path=str(path))
        return path


def drag_slider(page, slider, fraction, steps=10, pause_ms=0):
    """Drag a slider's handle with the mouse by ``fraction`` of the track's
    width, towards the far end of the track (so the value always changes),
    in ``steps`` moves with ``pause_ms`` between them (a hand's speed: the
    picture can follow while the button is held).
    Works with ipywidgets 8 (noUiSlider) and 7 (jQuery UI)."""
    handle = slider.locator(".noUi-handle, .ui-slider-handle").first
    track = slider.locator(".noUi-target, .ui-slider").first
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    track_box = track.bounding_box()
    x = box["x"] + box["width"] / 2
    y = box["y"] + box["height"] / 2
    middle = track_box["x"] + track_box["width"] / 2
    target = x + (fraction if x < middle else -fraction) * track_box["width"]
    page.mouse.move(x, y)
    page.mouse.down()
    for i in range(1, steps + 1):
        page.mouse.move(x + (target - x) * i / steps, y)
        if pause_ms:
            page.wait_for_timeout(pause_ms)
    page.mouse.up()


# Watches one cell's pictures from the page itself: the time of every change
# of the picture and of the last mouse or pointer release (performance.now(), ms).
WATCH_JS = """cell => {
    const source = (%s);
    const area = cell.querySelector('.jp-Cell-outputWrapper') || cell;
    if (window.__mglWatch) window.__mglWatch.observer.disconnect();
    const watch = {changes: [], release: null, last: source(cell)};
    watch.observer = new MutationObserver(() => {
        const now = source(cell);
        if (now !== watch.last && now !== '') { watch.last = now; watch.changes.push(performance.now()); }
    });
    watch.observer.observe(area, {subtree: true, childList: true, attributes: true, characterData: true});
    const release = () => { watch.release = performance.now(); };
    for (const name of ['pointerup', 'mouseup', 'click', 'change']) {
        window.addEventListener(name, release, {capture: true});
    }
    window.__mglWatch = watch;
}""" % FIGURE_SOURCE_JS

WATCHED_JS = """() => {
    const w = window.__mglWatch;
    return {changes: w.changes, release: w.release};
}"""


class PictureWatch:
    """When a cell's picture changed, as the page saw it: how many new pictures
    arrived while the mouse button was held, and how long after the release
    the last one came."""

    def __init__(self, page, cell):
        self.page = page
        cell.evaluate(WATCH_JS)

    def result(self):
        seen = self.page.evaluate(WATCHED_JS)
        release, changes = seen["release"], seen["changes"]
        if release is None:
            return {"while_held": 0, "after_release_ms": None, "changes": len(changes)}
        during = [t for t in changes if t <= release]
        after = [t for t in changes if t > release]
        return {
            "while_held": len(during),
            "after_release_ms": round(after[-1] - release) if after else 0,
            "changes": len(changes),
        }
