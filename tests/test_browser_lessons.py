"""Every lesson in a real browser: run every cell in JupyterLab, then move
every control as a learner would (drag every slider with the mouse, pick every
menu, press Step and Train) and check that its picture changes each time and
that no error shows anywhere.

The latency of each control, from the release of the mouse button to the last
new picture, and how many pictures arrived while the button was still held
(live updates), are printed and written to artifacts/browser-latency.txt; no
test asserts a time. Screenshots go to artifacts/screenshots/.

The Chinese edition (notebooks/zh/) goes through the same moves, its buttons
found by their Chinese names; its graph drawings must hold Chinese drawn as
outlines (real glyphs on a browser with no Chinese font, as here).
"""

import html
import re

import pytest

from browser_support import REPO, PictureWatch, drag_slider
from micrograd_lite.locales import TABLES

pytestmark = pytest.mark.browser

ENGLISH_LESSONS = [
    "01_derivatives.ipynb",
    "02_computational_graph.ipynb",
    "03_backpropagation.ipynb",
    "04_gradient_descent.ipynb",
    "05_training_a_network.ipynb",
]
LESSONS = ENGLISH_LESSONS + [f"zh/{name}" for name in ENGLISH_LESSONS]
BUTTONS = {language: {"Step": table["graphs.button_step"], "Train": table["training.button_train"]}
           for language, table in TABLES.items()}
# the stepper's pace: moving it changes how fast Play steps, not the picture
SPEED = {language: table["graphs.slider_speed"] for language, table in TABLES.items()}
LIT_ARROW = 'stroke="#d55e00" stroke-width="3"'  # an arrow a backprop step adds along
CHINESE = re.compile(r"[\u4e00-\u9fff]")
LATENCY_LOG = REPO / "artifacts" / "browser-latency.txt"
# every lesson has at least this many controls to move
CONTROLS_AT_LEAST = {"01": 3, "02": 5, "03": 2, "04": 7, "05": 2}
# the kinds of control each lesson has: these are waited for after Run All;
# any other kind must be absent (so this table cannot fall behind a lesson)
CONTROL_KINDS = {
    "01": {"slider", "menu"},
    "02": {"slider"},
    "03": {"slider", "Step", "Play", "menu"},
    "04": {"slider"},
    "05": {"slider", "Train"},
}


@pytest.fixture(scope="module")
def latency_log():
    lines = []
    yield lines
    LATENCY_LOG.parent.mkdir(parents=True, exist_ok=True)
    LATENCY_LOG.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _report(capsys, latency_log, line):
    latency_log.append(line)
    with capsys.disabled():
        print("\n    " + line, end="")


def _language(name):
    return "zh" if name.startswith("zh/") else "en"


def _chinese_outlines(source):
    """The Chinese texts a picture's SVG draws as outlines (its aria-labels)."""
    from urllib.parse import unquote

    labels = re.findall(r'aria-label="([^"]*)"', html.unescape(unquote(source)))
    return [label for label in labels if CHINESE.search(label)]


def _svg_shown(source):
    """The SVG a cell shows, read from an <img>'s data URI or inline."""
    import base64
    from urllib.parse import unquote

    found = re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", source)
    inline = [unquote(s) for s in re.findall(r"data:image/svg\+xml,([^\s\"]+)", source)]
    return " ".join([base64.b64decode(f).decode("utf-8", "replace") for f in found] + inline
                    + [html.unescape(source)])


def _move_and_check(lesson, cell, name, act, capsys, latency_log, stem, same_end=False):
    """Do ``act()`` to a control in ``cell``; the picture must change (with
    ``same_end``, it may come back to where it was, as Train at the same rate)."""
    before = lesson.figure_source(cell)
    assert before, f"{name}: its cell shows no picture"
    watch = PictureWatch(lesson.page, cell)
    act()
    after = lesson.wait_for_new_figure(cell, before)
    seen = watch.result()
    assert seen["changes"] >= 1, f"{name}: the picture did not change"
    assert same_end or after != before, f"{name}: the picture did not change"
    _report(capsys, latency_log,
            f"{lesson.name} {name}: {seen['while_held']} new pictures while held, "
            f"last one {seen['after_release_ms']} ms after release ({seen['changes']} in all)")
    lesson.screenshot(stem, cell.locator(".jp-Cell-outputWrapper"))
    lesson.assert_no_problems()


@pytest.mark.parametrize("name", LESSONS)
def test_every_control_redraws_its_picture(open_lesson, name, capsys, latency_log):
    language = _language(name)
    number = name.removeprefix("zh/")[:2]
    prefix = "" if language == "en" else f"{language}_"
    buttons = BUTTONS[language]
    lesson = open_lesson(name)
    lesson.run_all()
    lesson.screenshot(f"{prefix}lesson{number}_after_run_all")
    lesson.assert_no_problems()
    moved = 0
    kinds = CONTROL_KINDS[number]

    def controls(kind, selector, text=""):
        found = lesson.widget_cells(selector, text, expected=kind in kinds)
        assert kind in kinds or not found, f"{name} has a {kind} control: add it to CONTROL_KINDS"
        return found

    sliders = [(cell, slider) for cell, _first in controls("slider", ".widget-slider")
               for slider in cell.locator(".widget-slider").all()]
    for index, (cell, slider) in enumerate(sliders, start=1):
        label = slider.locator(".widget-label").first.inner_text().strip() or f"slider {index}"
        readout = slider.locator(".widget-readout").first
        value_before = readout.inner_text()
        if label == SPEED[language]:  # the pace of Play: the picture stays
            drag_slider(lesson.page, slider, 0.1)
            lesson.wait_for_kernel_idle(timeout_ms=30_000)
            assert readout.inner_text() != value_before
            continue
        if cell.locator("button.jupyter-button", has_text=buttons["Train"]).count():
            # lesson 05: the rate slider chooses; Train draws (below)
            drag_slider(lesson.page, slider, 0.2)
            lesson.wait_for_kernel_idle(timeout_ms=30_000)
            assert readout.inner_text() != value_before
            continue
        _move_and_check(
            lesson, cell, f"slider {index} '{label}'",
            lambda: drag_slider(lesson.page, slider, 0.25, steps=12, pause_ms=60),
            capsys, latency_log, f"{prefix}lesson{number}_slider_{index}",
        )
        assert readout.inner_text() != value_before, f"slider {index} '{label}' did not move"
        moved += 1

    for index, (cell, menu) in enumerate(controls("menu", ".widget-dropdown"), start=1):
        select = menu.locator("select").first
        options = select.locator("option").all_inner_texts()
        for option in options[1:] + options[:1]:
            _move_and_check(lesson, cell, f"menu {index} '{option}'",
                            lambda: select.select_option(label=option),
                            capsys, latency_log, f"{prefix}lesson{number}_menu_{index}")
            moved += 1

    for role in ("Step", "Train"):
        text = buttons[role]
        for index, (cell, button) in enumerate(controls(role, "button.jupyter-button", text), 1):
            for press in range(1, 3):
                _move_and_check(lesson, cell, f"button '{text}' press {press}", button.click,
                                capsys, latency_log, f"{prefix}lesson{number}_{role.lower()}_{press}",
                                same_end=role == "Train" and press > 1)
                moved += 1
                if language == "zh" and role == "Step":
                    # the stepper's caption: Chinese, drawn as outlines in the SVG
                    drawn = _chinese_outlines(lesson.figure_source(cell))
                    assert drawn, "the stepper's picture draws no Chinese caption"
                    _report(capsys, latency_log, f"{name} stepper caption drawn: {drawn[0]!r}")

    for cell, play in controls("Play", ".widget-play"):
        # from the step the Step presses left it at, Play runs to the end by itself
        step = cell.locator(".widget-slider").first
        last = step.locator(".widget-readout").first
        start = last.inner_text()
        _move_and_check(lesson, cell, "Play", lambda: play.locator("button").first.click(),
                        capsys, latency_log, f"{prefix}lesson{number}_play")
        lesson.page.wait_for_function(  # lesson 03's stepper: the neuron's 5 operations
            "readout => readout.innerText.trim() === '5'", arg=last.element_handle(),
            timeout=60_000, polling=200)
        lesson.wait_for_kernel_idle(timeout_ms=30_000)
        assert LIT_ARROW in _svg_shown(lesson.figure_source(cell)), \
            "the last step's picture lights up no arrow"
        _report(capsys, latency_log, f"{name} Play ran from step {start} to {last.inner_text()}")
        lesson.screenshot(f"{prefix}lesson{number}_play_end", cell.locator(".jp-Cell-outputWrapper"))
        moved += 1

    assert moved >= CONTROLS_AT_LEAST[number], f"only {moved} controls moved in {name}"
