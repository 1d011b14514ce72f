"""Lesson 03 in a real browser: run every cell in JupyterLab, click the
backprop stepper's Step button a few times, and check that the graph drawing
changes at every step and that no error shows anywhere. Screenshots go to
artifacts/screenshots/."""

import pytest

LESSON = "03_backpropagation.ipynb"
# The stepper is the cell with a button whose text contains this.
BUTTON_TEXT = "Step"
STEPS = 3

pytestmark = pytest.mark.browser


def test_backprop_stepper_redraws_the_graph(open_lesson):
    lesson = open_lesson(LESSON)
    lesson.run_all()
    lesson.screenshot("lesson03_after_run_all")
    lesson.assert_no_problems()

    steppers = lesson.widget_cells("button.jupyter-button", BUTTON_TEXT)
    assert steppers, f"no button labelled {BUTTON_TEXT!r} in {LESSON}"
    cell, button = steppers[0]
    seen = [lesson.figure_source(cell)]
    assert seen[0], "the stepper's cell shows no graph drawing"
    lesson.screenshot("lesson03_stepper_0", cell.locator('.jp-Cell-outputWrapper'))

    for step in range(1, STEPS + 1):
        button.click()
        seen.append(lesson.wait_for_new_figure(cell, seen[-1]))
        lesson.screenshot(f"lesson03_stepper_{step}", cell.locator('.jp-Cell-outputWrapper'))

    assert len(set(seen)) == len(seen), "two steps showed the same drawing"
    lesson.assert_no_problems()
