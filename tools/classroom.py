"""A class's exercises: the student notebooks without worked solutions, and grading.

    python tools/classroom.py release OUTDIR
    python tools/classroom.py grade RETURNED --out OUTDIR [--timeout 60]

``release`` writes every lesson of both editions (OUTDIR/NN_*.ipynb and
OUTDIR/zh/NN_*.ipynb) without the worked solutions (the folded
``<details>`` cell after each exercise). Everything else stays: the answer
cells with their ``None`` placeholders and check calls (so each check still
gives its feedback), the teaching text and the stored figures. It needs nothing
beyond the lessons' own packages.

``grade`` grades the notebooks students returned for one lesson (RETURNED/*.ipynb,
one per student, named after the student, or RETURNED/<student>/*.ipynb as a
JupyterHub collects them; either edition) with nbgrader (the ``classroom``
extra). After each exercise of a student's notebook it puts a grading cell that
calls the exercise's check again from the package; nbgrader re-runs the whole
notebook in a fresh kernel, stopping any cell after ``--timeout`` seconds (an
endless loop fails its exercise, the rest of the notebook still runs), and keeps
the scores in its gradebook. OUTDIR gets grades.csv (a row per student, a column
per exercise, with points) and nbgrader's course folder (OUTDIR/nbgrader: the
gradebook and every graded notebook, for nbgrader's formgrader or
``nbgrader generate_feedback``). A table is printed too.
"""

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_site import BADGE, EDITIONS, FOLDER, lessons  # noqa: E402  (tools/ is no package)

CHECK_IMPORT = re.compile(r"^from (micrograd_lite\.exercises(?:\.lesson\d\d)?) import (check_\w+)", re.M)
LESSON_IMPORT = re.compile(r"\bmicrograd_lite\.exercises\.lesson(\d\d)\b")
COURSE_FOLDER = "nbgrader"
CODING_POINTS, ANSWER_POINTS = 2, 1


@dataclass(frozen=True)
class Exercise:
    """One exercise of a lesson: the check that judges it and what the check is given."""

    check: str  # check_slope
    module: str  # micrograd_lite.exercises.lesson01
    arguments: tuple  # what the check is given: ("answer",), or the learner's functions or classes
    coding: bool  # the learner writes a function or a class, not a value

    @property
    def name(self):
        return self.check[len("check_"):]

    @property
    def points(self):
        return CODING_POINTS if self.coding else ANSWER_POINTS


def exercise_in(cell):
    """The exercise whose answer cell ``cell`` is, or ``None``: a code cell that imports
    a check and calls it on a line of its own (``check_slope(answer)``,
    ``check_mlp(Layer, MLP)``)."""
    if cell.cell_type != "code":
        return None
    imported = CHECK_IMPORT.search(cell.source)
    call = imported and re.search(rf"^{imported[2]}\(([\w, ]+)\)\s*$", cell.source, re.M)
    if not call:
        return None
    arguments = tuple(name.strip() for name in call[1].split(","))
    coding = arguments != ("answer",) or re.search(r"^\s*(def|class) ", cell.source, re.M)
    return Exercise(imported[2], imported[1], arguments, bool(coding))


def exercises(notebook):
    return [exercise for cell in notebook.cells if (exercise := exercise_in(cell))]


def is_worked_solution(cell, previous):
    """The folded worked solution: the markdown ``<details>`` cell right after an
    answer cell (its summary is in the edition's language)."""
    return (previous is not None and exercise_in(previous) is not None
            and cell.cell_type == "markdown" and cell.source.lstrip().startswith("<details>"))


def without_worked_solutions(notebook):
    """``notebook`` without its worked solutions, and without the badges that open the
    published lesson on Colab, Kaggle or ModelScope (solutions and all)."""
    notebook.cells = [cell for previous, cell in zip([None] + notebook.cells, notebook.cells)
                      if not is_worked_solution(cell, previous)]
    for cell in notebook.cells:
        if cell.cell_type == "markdown" and BADGE.search(cell.source):
            cell.source = re.sub(r"(?: ?(?:·|\|)? ?" + BADGE.pattern + r")+ *\n?", "", cell.source)
    return notebook


def release(out):
    """Every lesson of both editions, for students, into ``out``; the paths written."""
    written = []
    for edition in EDITIONS:
        folder = Path(out) / FOLDER[edition]
        folder.mkdir(parents=True, exist_ok=True)
        for path in lessons(edition):
            notebook = without_worked_solutions(nbformat.read(path, as_version=4))
            nbformat.write(notebook, folder / path.name)
            written.append(folder / path.name)
    return written


# ----------------------------------------------------------------------
# Grading
# ----------------------------------------------------------------------
def returned_notebooks(folder):
    """{student: notebook}: RETURNED/<student>.ipynb or RETURNED/<student>/<any>.ipynb."""
    found = {}
    for path in sorted(Path(folder).rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        inner = path.relative_to(folder)
        student = inner.stem if len(inner.parts) == 1 else inner.parts[0]
        student = re.sub(r"[^\w.-]+", "_", student)
        if student in found:
            raise SystemExit(f"two notebooks for {student}: {found[student]} and {path}")
        found[student] = path
    if not found:
        raise SystemExit(f"no notebooks in {folder}")
    return found


def lesson_number(path):
    """The lesson a returned notebook belongs to, read from the checks it imports."""
    numbers = Counter(LESSON_IMPORT.findall(Path(path).read_text(encoding="utf-8")))
    if not numbers:
        raise SystemExit(f"{path} imports no lesson's checks: which lesson is it?")
    return numbers.most_common(1)[0][0]


def lesson_of(returned):
    numbers = {lesson_number(path) for path in returned.values()}
    if len(numbers) != 1:
        raise SystemExit(f"the notebooks belong to several lessons ({', '.join(sorted(numbers))}); "
                         "grade one lesson at a time")
    number = numbers.pop()
    return next(path for path in lessons("en") if path.name.startswith(number))


def grading_cell(exercise):
    """The cell nbgrader scores: the exercise's check, imported afresh from the package,
    on the learner's answer. It fails (0 points) unless the check says correct."""
    arguments = ", ".join(exercise.arguments)
    source = (f"# Grading ({exercise.points} points): the course's {exercise.check} on "
              f"{arguments}. nbgrader puts this cell back as it was before grading.\n"
              f"from {exercise.module} import {exercise.check} as _graded_check\n\n"
              f"_verdict = _graded_check({arguments})\n"
              "assert _verdict, _verdict.message")
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "task": False,
                                 "grade_id": exercise.check, "points": exercise.points,
                                 "schema_version": 3}
    return cell


def calls_check(cell, exercise):
    return cell.cell_type == "code" and re.search(rf"^\s*{exercise.check}\(", cell.source, re.M)


def with_grading_cells(notebook, lesson_exercises):
    """A grading cell after the first cell that calls each exercise's check (at the
    end where a learner deleted that cell)."""
    cells = list(notebook.cells)
    for exercise in lesson_exercises:
        place = next((i + 1 for i, cell in enumerate(cells) if calls_check(cell, exercise)),
                     len(cells))
        cells.insert(place, grading_cell(exercise))
    notebook.cells = cells
    return notebook


def nbgrader(course, *arguments):
    """Runs an nbgrader command on the course folder; stops with its output if it fails."""
    command = [sys.executable, "-m", "nbgrader", *arguments, "--force",
               f"--CourseDirectory.root={course}"]
    # nbgrader runs the `alembic` command of its environment: its bin folder goes first on
    # the PATH, even where that environment is not activated
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    done = subprocess.run(command, cwd=course, capture_output=True, text=True,
                          env={**os.environ, "PATH": path})
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[2:4])} failed:\n{done.stdout}{done.stderr}")
    return done


def prepare_course(course, lesson, returned, lesson_exercises):
    """nbgrader's folders: the lesson (with grading cells) as the source, each student's
    notebook (with the same grading cells) as a submission."""
    shutil.rmtree(course, ignore_errors=True)
    assignment = lesson.stem
    source = course / "source" / assignment
    source.mkdir(parents=True)
    nbformat.write(with_grading_cells(nbformat.read(lesson, as_version=4), lesson_exercises),
                   source / lesson.name)
    for student, path in returned.items():
        submitted = course / "submitted" / student / assignment
        submitted.mkdir(parents=True)
        notebook = with_grading_cells(nbformat.read(path, as_version=4), lesson_exercises)
        nbformat.write(notebook, submitted / lesson.name)


def scores(course, assignment, notebook_id, students, lesson_exercises):
    """{student: {check: points}} from nbgrader's gradebook (0 where it has none)."""
    from nbgrader.api import Gradebook, MissingEntry

    table = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in students:
            row = table[student] = {}
            for exercise in lesson_exercises:
                try:
                    grade = gradebook.find_grade(exercise.check, notebook_id, assignment, student)
                    row[exercise.check] = grade.score or 0
                except MissingEntry:
                    row[exercise.check] = 0
    return table


def grade(returned_folder, out, timeout=60):
    """Grades the returned notebooks of one lesson; (exercises, {student: {check: points}})."""
    out = Path(out).resolve()
    returned = returned_notebooks(returned_folder)
    lesson = lesson_of(returned)
    lesson_exercises = exercises(nbformat.read(lesson, as_version=4))
    course = out / COURSE_FOLDER
    prepare_course(course, lesson, returned, lesson_exercises)
    nbgrader(course, "generate_assignment", lesson.stem)
    nbgrader(course, "autograde", lesson.stem, f"--Execute.timeout={timeout}")
    table = scores(course, lesson.stem, lesson.stem, returned, lesson_exercises)
    write_csv(out / "grades.csv", lesson_exercises, table)
    return lesson_exercises, table


def total(row):
    return sum(row.values())


def write_csv(path, lesson_exercises, table):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["student"] + [f"{e.name} ({e.points})" for e in lesson_exercises]
                        + [f"total ({sum(e.points for e in lesson_exercises)})"])
        for student, row in table.items():
            writer.writerow([student] + [f"{row[e.check]:g}" for e in lesson_exercises]
                            + [f"{total(row):g}"])


def readable(lesson_exercises, table):
    """The grades as a text table, with the number of students who solved each exercise."""
    most = sum(e.points for e in lesson_exercises)
    header = ["student"] + [f"{e.name} /{e.points}" for e in lesson_exercises] + [f"total /{most}"]
    rows = [[student] + [f"{row[e.check]:g}" for e in lesson_exercises] + [f"{total(row):g}"]
            for student, row in table.items()]
    solved = ["solved by"] + [str(sum(row[e.check] == e.points for row in table.values()))
                              for e in lesson_exercises] + [""]
    lines = [header, *rows, solved]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(text.ljust(width) for text, width in zip(line, widths)).rstrip()
                     for line in lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("release", help="the student notebooks of every lesson, both editions")
    make.add_argument("out", help="the folder to write them to")
    judge = commands.add_parser("grade", help="grade the returned notebooks of one lesson")
    judge.add_argument("returned", help="RETURNED/<student>.ipynb or RETURNED/<student>/*.ipynb")
    judge.add_argument("--out", required=True, help="where grades.csv and nbgrader's folder go")
    judge.add_argument("--timeout", type=int, default=60,
                       help="seconds a cell may run before it is stopped (default 60)")
    arguments = parser.parse_args(argv)
    if arguments.command == "release":
        print(f"{len(release(arguments.out))} student notebooks in {arguments.out}")
    else:
        lesson_exercises, table = grade(arguments.returned, arguments.out, arguments.timeout)
        print(readable(lesson_exercises, table))
        print(f"\n{Path(arguments.out) / 'grades.csv'}")


if __name__ == "__main__":
    main()
