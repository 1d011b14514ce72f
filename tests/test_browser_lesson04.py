"""Lesson 04 in a real browser: run every cell in JupyterLab, drag each
learning-rate slider with the mouse, and check that its figure is redrawn and
that no error shows anywhere. Screenshots go to artifacts/screenshots/."""

import pytest

from browser_support import drag_slider

LESSON = "04_gradient_descent.ipynb"
# A slider is a learning-rate slider when its description contains this text.
SLIDER_TEXT = "learning rate"

pytestmark = pytest.mark.browser


def test_learning_rate_sliders_redraw_their_figures(open_lesson):
    lesson = open_lesson(LESSON)
    lesson.run_all()
    lesson.screenshot("lesson04_after_run_all")
    lesson.assert_no_problems()

    sliders = lesson.widget_cells(".widget-slider", SLIDER_TEXT)
    assert sliders, f"no slider described as {SLIDER_TEXT!r} in {LESSON}"
    for number, (cell, slider) in enumerate(sliders, start=1):
        before = lesson.figure_source(cell)
        assert before, f"learning-rate slider {number} has no figure in its cell"
        readout_before = slider.locator(".widget-readout").first.inner_text()
        lesson.screenshot(f"lesson04_learning_rate_{number}_before", cell.locator('.jp-Cell-outputWrapper'))

        drag_slider(lesson.page, slider, 0.25)
        after = lesson.wait_for_new_figure(cell, before)
        lesson.screenshot(f"lesson04_learning_rate_{number}_after", cell.locator('.jp-Cell-outputWrapper'))

        assert slider.locator(".widget-readout").first.inner_text() != readout_before
        assert after != before
        lesson.assert_no_problems()
