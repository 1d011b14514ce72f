"""tools/classroom.py: the student release of every lesson (no worked solution left,
every check call kept, the release runs with every exercise unsolved) and the
grading of a folder of returned notebooks with nbgrader (worked solutions get full
marks, the release 0, typical wrong answers part of them, an endless loop 0 for its
exercise while the rest of the notebook is still graded)."""

import csv
import json
import re
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from micrograd_lite.locales import TABLES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import classroom  # noqa: E402

LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + sorted(
    (ROOT / "notebooks" / "zh").glob("[0-9][0-9]_*.ipynb"))
GRADED = "03_backpropagation.ipynb"
TIMEOUT = 8  # seconds a cell may run while grading in these tests


def relative(path):
    return path.relative_to(ROOT / "notebooks").as_posix()


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    written = classroom.release(out)
    assert len(written) == len(LESSONS)
    return out


def solution_code(cell):
    """The code of a folded worked solution (its first ```python block)."""
    return re.search(r"```python\n(.*?)```", cell.source, re.S).group(1)


def worked_solutions(notebook):
    return [cell for previous, cell in zip([None] + notebook.cells, notebook.cells)
            if classroom.is_worked_solution(cell, previous)]


def code_lines(source):
    """The lines of ``source`` without comments or surrounding blanks."""
    return {line.split("#")[0].strip() for line in source.splitlines()} - {""}


def solution_only_lines(notebook):
    """Lines of the worked solutions' code that the rest of the lesson never shows (its
    other cells and their stored outputs, the checks' hints among them)."""
    solutions = worked_solutions(notebook)
    elsewhere = json.dumps([cell for cell in notebook.cells if cell not in solutions],
                           ensure_ascii=False)
    return {line for cell in solutions for line in code_lines(solution_code(cell))
            if line not in elsewhere}


@pytest.mark.parametrize("lesson", LESSONS, ids=relative)
def test_release_leaves_no_solution_and_keeps_every_check(released, lesson):
    original = nbformat.read(lesson, as_version=4)
    student = nbformat.read(released / relative(lesson), as_version=4)
    text = json.dumps(student, ensure_ascii=False)
    hidden = solution_only_lines(original)
    assert len(hidden) >= 3, "each lesson's solutions have lines of their own to look for"
    assert [line for line in hidden if line in text] == []
    assert "<details>" not in text and "<summary>" not in text
    # and no text points a student at a solution the release no longer has
    prose = " ".join(cell.source for cell in student.cells if cell.cell_type == "markdown")
    assert re.findall(r"solutions? above|上面的?参考答案", prose) == []
    # nor a badge that opens the published lesson, solutions and all, on Colab or Kaggle
    assert re.findall(r"colab\.research|kaggle\.com|modelscope\.cn", text) == []
    # every code cell as it was, with its placeholder and its check call, in order
    code = [cell.source for cell in original.cells if cell.cell_type == "code"]
    assert [cell.source for cell in student.cells if cell.cell_type == "code"] == code
    solutions = len(worked_solutions(original))
    assert len(classroom.exercises(student)) == solutions >= 2
    assert len(student.cells) == len(original.cells) - solutions  # only the solutions went


def test_release_runs_top_to_bottom_unsolved_and_every_check_says_not_yet(released):
    path = released / "zh" / GRADED
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    not_yet = TABLES["zh"]["feedback.markdown.not_yet"].split("{")[0]
    said = [cell.outputs[-1]["data"]["text/markdown"] for cell in notebook.cells
            if classroom.exercise_in(cell)]
    assert len(said) == 6
    for verdict in said:
        assert verdict.startswith(not_yet) and "`None`" in verdict, verdict
    errors = [output for cell in notebook.cells for output in cell.get("outputs", [])
              if output.output_type == "error" or output.get("name") == "stderr"]
    assert errors == []  # the cells after the exercises ran on the package's worked code


# ----------------------------------------------------------------------
# Grading a folder of returned notebooks of lesson 03
# ----------------------------------------------------------------------
def answered(notebook, answers):
    """``notebook`` with the answer cell of each check in ``answers`` replaced by its
    imports and the given code, then the check call (where the code has none)."""
    for cell in notebook.cells:
        exercise = classroom.exercise_in(cell)
        if exercise and exercise.check in answers:
            imports = [line for line in cell.source.splitlines() if line.startswith("from ")]
            call = f"{exercise.check}({', '.join(exercise.arguments)})"
            code = answers[exercise.check]
            cell.source = "\n".join(imports + ["", code] + ([] if exercise.check in code else [call]))
    return notebook


def solved(lesson):
    """The lesson with every worked solution put into its answer cell."""
    notebook = nbformat.read(lesson, as_version=4)
    solutions = {classroom.exercise_in(previous).check: solution_code(cell)
                 for previous, cell in zip(notebook.cells, notebook.cells[1:])
                 if classroom.is_worked_solution(cell, previous)}
    return answered(notebook, solutions)


TYPICAL_MISTAKES = {  # the rest of this notebook is left unanswered
    "check_times_grad": "answer = -4  # the local derivative alone, not times p.grad",
    "check_divide_local_grads": "def divide_local_grads(a, b):\n    return 1 / b, a / b**2  # sign lost",
    "check_topological_sort": ("def topological_sort(root):\n    order, seen = [], set()\n\n"
                               "    def visit(node):\n        if node not in seen:\n"
                               "            seen.add(node)\n            for child in node._prev:\n"
                               "                visit(child)\n            order.append(node)\n\n"
                               "    visit(root)\n    return order"),  # right
    "check_backward_pass": ("def backward_pass(root):\n    root.grad = 1.0\n"
                            "    for node in reversed(root.topological_order()):\n"
                            "        for child, local in zip(node._prev, node._local_grads):\n"
                            "            child.grad = local * node.grad  # = where += adds paths up"),
    "check_accumulation": "answer = 7",  # right
    "check_grad_b1": ("def grad_b1(x, y, w1, b1, w2, b2):\n"
                      "    h = 1 / (1 + math.exp(-(w1 * x + b1)))\n"
                      "    return 2 * (w2 * h + b2 - y) * w2  # the sigmoid's slope forgotten"),
}
ENDLESS = "while True:  # waits for a condition that never comes\n    pass\n"


@pytest.fixture(scope="module")
def graded(tmp_path_factory, released):
    returned = tmp_path_factory.mktemp("returned")
    lesson = ROOT / "notebooks" / GRADED
    nbformat.write(solved(lesson), returned / "ada.ipynb")
    (returned / "ben").mkdir()  # as a JupyterHub collects them
    nbformat.write(nbformat.read(released / GRADED, as_version=4), returned / "ben" / GRADED)
    wrong = answered(nbformat.read(released / "zh" / GRADED, as_version=4), TYPICAL_MISTAKES)
    nbformat.write(wrong, returned / "chen.ipynb")  # the Chinese edition
    loop = solved(lesson)
    topological = next(cell for cell in loop.cells
                       if classroom.exercise_in(cell) and "check_topological_sort" in cell.source)
    topological.source = topological.source.replace("def topological_sort", ENDLESS + "\n\ndef "
                                                    "topological_sort", 1)
    nbformat.write(loop, returned / "dan.ipynb")
    out = tmp_path_factory.mktemp("grades")
    started = time.monotonic()
    exercises, table = classroom.grade(returned, out, timeout=TIMEOUT)
    return exercises, table, out, time.monotonic() - started


def points(graded, student):
    exercises, table, _, _ = graded
    return {e.name: table[student][e.check] for e in exercises}


def test_grade_gives_worked_solutions_full_marks(graded):
    exercises = graded[0]
    assert [(e.name, e.points) for e in exercises] == [
        ("times_grad", 1), ("divide_local_grads", 2), ("topological_sort", 2),
        ("backward_pass", 2), ("accumulation", 1), ("grad_b1", 2)]
    assert points(graded, "ada") == {e.name: e.points for e in exercises}


def test_grade_gives_the_unsolved_release_nothing(graded):
    assert set(points(graded, "ben").values()) == {0}


def test_grade_gives_typical_wrong_answers_partial_marks(graded):
    assert points(graded, "chen") == {"times_grad": 0, "divide_local_grads": 0,
                                      "topological_sort": 2, "backward_pass": 0,
                                      "accumulation": 1, "grad_b1": 0}


def test_grade_stops_an_endless_loop_and_goes_on(graded):
    exercises, _, out, seconds = graded
    assert points(graded, "dan") == {e.name: 0 if e.name == "topological_sort" else e.points
                                     for e in exercises}
    autograded = out / "nbgrader" / "autograded" / "dan" / GRADED.removesuffix(".ipynb") / GRADED
    notebook = nbformat.read(autograded, as_version=4)
    stopped = next(cell for cell in notebook.cells if ENDLESS in cell.source)
    assert "CellTimeoutError" in [output.ename for output in stopped.outputs
                                  if output.output_type == "error"]
    assert seconds < 120, "four notebooks of a few seconds each and one stopped cell"


def test_grade_writes_a_csv_and_a_readable_table(graded):
    exercises, table, out, _ = graded
    with open(out / "grades.csv", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["student", "times_grad (1)", "divide_local_grads (2)", "topological_sort (2)",
                       "backward_pass (2)", "accumulation (1)", "grad_b1 (2)", "total (10)"]
    assert {row[0]: row[-1] for row in rows[1:]} == {"ada": "10", "ben": "0", "chen": "3",
                                                     "dan": "8"}
    printed = classroom.readable(exercises, table).splitlines()
    assert printed[0].split() == ["student", "times_grad", "/1", "divide_local_grads", "/2",
                                  "topological_sort", "/2", "backward_pass", "/2",
                                  "accumulation", "/1", "grad_b1", "/2", "total", "/10"]
    assert printed[-1].split() == ["solved", "by", "2", "2", "2", "2", "3", "2"]
