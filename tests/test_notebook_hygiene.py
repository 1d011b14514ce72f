"""Every lesson notebook follows the course's conventions (COMMON.md, COURSE.md).

Checked for each ``notebooks/*.ipynb`` and each Chinese edition in
``notebooks/zh/`` (with its own words for the title, "what you will learn",
"Solution", "Summary" and "What comes next"): title and the launch badges (Colab,
Kaggle, ModelScope) opening the notebook's own path, the exact setup cell, at least two exercises (an
answer placeholder, a check call, a collapsed worked solution), a summary and
what comes next, stored outputs with no error and no stderr, execution counts
1..n in order with every code cell executed, no unstable text (memory
addresses, local paths), a size under 2 MB, and how many cells nbval compares.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbval.plugin import find_comment_markers, find_metadata_tags
from launch_badges import badges

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = sorted((ROOT / "notebooks").glob("*.ipynb"))
NOTEBOOKS = ENGLISH + sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))
MAX_BYTES = 2 * 1024 * 1024
MIN_COMPARED_SHARE = 0.8

# What nbval never compares (plugin.py, IPyNbFile.skip_compare, without --nbdime).
NBVAL_SKIPPED_MIME = {"image/png", "image/jpeg", "application/vnd.jupyter.widget-view+json"}


def _repository():
    """The repository's address, from its one home in pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^Repository\s*=\s*"https://github\.com/([^"/]+/[^"/]+?)/?"', text, re.M)
    assert match, "pyproject.toml has no [project.urls] Repository on GitHub"
    return match.group(1)


REPO = _repository()

SETUP_CELL = {
    "en": f'''# Setup: the course package. Where it is installed, this cell only imports it. Elsewhere
# (Colab, Kaggle, ModelScope, a school's JupyterHub) pip installs it first: by name, from the
# package index pip is set up to use (a mirror, where one is configured), else from GitHub.
import importlib.util
import subprocess
import sys

if importlib.util.find_spec("micrograd_lite") is None:
    print("Installing the course package, micrograd-lite, with pip ...")
    for source, quiet in (("micrograd-lite[lessons]", "-qqq"),
                          ("micrograd-lite[lessons] @ git+https://github.com/{REPO}", "-q")):
        if subprocess.run([sys.executable, "-m", "pip", "install", quiet, source]).returncode == 0:
            break
    importlib.invalidate_caches()

from micrograd_lite import set_language

set_language("en")  # the language of figures, widgets and feedback: "en" or "zh"''',
    "zh": f'''# 准备：课程的包。如果已经装好，这个单元格只导入它。
# 在别的地方（Colab、Kaggle、ModelScope、学校的 JupyterHub），先用 pip 安装它：
# 先按包名从 pip 配置的软件包索引安装（配置了镜像就用镜像），失败再从 GitHub 安装。
import importlib.util
import subprocess
import sys

if importlib.util.find_spec("micrograd_lite") is None:
    print("正在用 pip 安装课程的包 micrograd-lite……")
    for source, quiet in (("micrograd-lite[lessons]", "-qqq"),
                          ("micrograd-lite[lessons] @ git+https://github.com/{REPO}", "-q")):
        if subprocess.run([sys.executable, "-m", "pip", "install", quiet, source]).returncode == 0:
            break
    importlib.invalidate_caches()

from micrograd_lite import set_language

set_language("zh")  # 图、控件和反馈的语言："en" 或 "zh"''',
}

# Each edition's own words for the parts every lesson has.
WORDS = {
    "en": {"title": "# Lesson {nn}: ", "learn": "what you will learn", "solution": "Solution",
           "summary": "## Summary", "next": "## What comes next"},
    "zh": {"title": "# 第 {nn} 课：", "learn": "你将学到什么", "solution": "参考答案",
           "summary": "## 小结", "next": "## 接下来"},
}


def _language(path):
    return "zh" if path.parent.name == "zh" else "en"


def _relative(path):
    return path.relative_to(ROOT / "notebooks").as_posix()


def _read(path):
    return nbformat.read(path, as_version=4)


def _code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def _ids(paths):
    return [_relative(path) for path in paths]


notebook = pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))


def test_lessons_exist_and_sort_in_order():
    names = [path.name for path in ENGLISH]
    assert {"01_derivatives.ipynb", "02_computational_graph.ipynb",
            "03_backpropagation.ipynb"} <= set(names)
    numbers = []
    for name in names:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", name), name
        numbers.append(int(name[:2]))
    assert numbers == list(range(1, len(numbers) + 1)), "lessons must be numbered 01, 02, ..."


@notebook
def test_title_badge_and_what_you_will_learn(path):
    words = WORDS[_language(path)]
    first = _read(path).cells[0]
    assert first.cell_type == "markdown"
    lines = first.source.splitlines()
    title = words["title"].format(nn=path.name[:2])
    assert lines[0].startswith(title) and len(lines[0]) > len(title), lines[0]
    assert badges(f"notebooks/{_relative(path)}") in lines, (
        "the Colab, Kaggle and ModelScope badges, on a line of their own, open this very notebook")
    assert words["learn"] in first.source.lower()
    other = f"zh/{path.name}" if _language(path) == "en" else f"../{path.name}"
    assert f"]({other})" in first.source, f"the first cell links the other edition, {other}"


@notebook
def test_setup_cell_is_exact(path):
    second = _read(path).cells[1]
    assert second.cell_type == "code"
    assert second.source == SETUP_CELL[_language(path)]
    assert second.outputs == []  # it prints nothing where the package is installed


def _exercises(nb):
    """(answer cell, the cell after it) for every exercise: a code cell that sets
    a placeholder to None and passes it to a check_... call."""
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for name in re.findall(r"^(\w+) = None\b", cell.source, re.M):
            if re.search(rf"\bcheck_\w+\({name}\)", cell.source):
                following = nb.cells[i + 1] if i + 1 < len(nb.cells) else None
                found.append((cell, following))
                break
    return found


@notebook
def test_at_least_two_exercises_with_checks_and_solutions(path):
    exercises = _exercises(_read(path))
    assert len(exercises) >= 2, "each lesson has at least two exercises"
    for cell, solution in exercises:
        assert cell.outputs, "the check's verdict on the placeholder is stored"
        verdict = "".join(
            output.get("data", {}).get("text/plain", "") + output.get("text", "")
            for output in cell.outputs
        )
        assert "None" in verdict, "the check answers the untouched placeholder kindly"
        assert solution is not None and solution.cell_type == "markdown"
        text = solution.source
        word = WORDS[_language(path)]["solution"]
        assert re.search(rf"<details>\s*<summary>{word}</summary>.+</details>", text, re.S), (
            f"the worked solution is a collapsed <details> block: {text[:80]!r}"
        )
        assert re.search(r"\bcheck_\w+\(", text), "the worked solution runs the check too"


# Runs a notebook's code cells in a fresh interpreter, the worked solution (the
# code block of the <details> cell) in place of each exercise's answer cell, and
# prints what each check said, as JSON.
SOLUTION_RUNNER = r"""
import ast, json, re, sys
import nbformat
from IPython.display import display

nb = nbformat.read(sys.argv[1], as_version=4)
namespace = {"__name__": "__main__", "display": display}
verdicts = []
for i, cell in enumerate(nb.cells):
    if cell.cell_type != "code":
        continue
    source = cell.source
    exercise = re.search(r"^(\w+) = None\b", source, re.M) and re.search(r"\bcheck_\w+\(", source)
    if exercise:
        solution = re.search(r"```python\n(.*?)```", nb.cells[i + 1].source, re.S).group(1)
        imports = [line for line in source.splitlines() if line.startswith(("from ", "import "))]
        source = "\n".join(imports) + "\n" + solution
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, f"cell {i}", "exec"), namespace)
    value = eval(compile(ast.Expression(last.value), f"cell {i}", "eval"), namespace) if last else None
    if exercise:
        verdicts.append([bool(getattr(value, "correct", False)), repr(value)[:300]])
sys.stdout = sys.__stdout__
print("VERDICTS " + json.dumps(verdicts))
"""


@pytest.mark.slow
@notebook
def test_worked_solutions_pass_their_checks(path):
    result = subprocess.run([sys.executable, "-c", SOLUTION_RUNNER, str(path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("VERDICTS ")][-1]
    verdicts = json.loads(line[len("VERDICTS "):])
    assert len(verdicts) == len(_exercises(_read(path)))
    for correct, said in verdicts:
        assert correct, f"a worked solution fails its own check: {said}"


@notebook
def test_ends_with_summary_and_what_comes_next(path):
    nb = _read(path)
    headings = [line for cell in nb.cells if cell.cell_type == "markdown"
                for line in cell.source.splitlines() if line.startswith("## ")]
    words = WORDS[_language(path)]
    assert words["summary"] in headings and words["next"] in headings, headings[-3:]
    assert headings.index(words["summary"]) < headings.index(words["next"])
    assert headings[-1] == words["next"]


@notebook
def test_no_errors_no_stderr(path):
    for cell in _code_cells(_read(path)):
        for output in cell.outputs:
            assert output.output_type != "error", f"error output in: {cell.source[:60]!r}"
            assert not (output.output_type == "stream" and output.name == "stderr"), (
                f"stderr in: {cell.source[:60]!r}: {output.text[:200]!r}"
            )


@notebook
def test_every_code_cell_executed_in_order(path):
    cells = _code_cells(_read(path))
    assert [cell.execution_count for cell in cells] == list(range(1, len(cells) + 1))
    for cell in cells:
        for output in cell.outputs:
            if output.output_type == "execute_result":
                assert output.execution_count == cell.execution_count


def _texts(cell):
    """The text outputs of a cell (never image bytes, which may contain anything)."""
    for output in cell.outputs:
        if output.output_type == "stream":
            yield output.text
        for mime, value in output.get("data", {}).items():
            if mime.startswith("text/"):
                yield value if isinstance(value, str) else "".join(value)


@notebook
def test_outputs_hold_no_unstable_text(path):
    unstable = re.compile(r" at 0x[0-9a-fA-F]+|/work/|/home/|/tmp/|/Users/|[A-Z]:\\\\")
    for cell in _code_cells(_read(path)):
        for text in _texts(cell):
            match = unstable.search(text)
            assert match is None, f"unstable text {match.group()!r} in: {cell.source[:60]!r}"


@notebook
def test_file_under_2_mb(path):
    assert path.stat().st_size < MAX_BYTES


def _nbval_options(cell):
    """The options nbval gives a cell: from metadata tags, then comment markers."""
    options = dict(find_metadata_tags(cell.metadata))
    options.update(find_comment_markers(cell.source))
    return options


def _really_compared(cell):
    """Whether nbval in strict mode compares something of this cell's outputs."""
    options = _nbval_options(cell)
    if options.get("skip") or not options.get("check", True):
        return False
    for output in cell.outputs:
        if output.output_type == "stream":
            return True
        if set(output.get("data", {})) - NBVAL_SKIPPED_MIME:
            return True
    return False


@notebook
def test_nbval_compares_most_outputs(path):
    with_outputs = [cell for cell in _code_cells(_read(path)) if cell.outputs]
    compared = [cell for cell in with_outputs if _really_compared(cell)]
    share = len(compared) / len(with_outputs)
    assert share >= MIN_COMPARED_SHARE, (
        f"nbval compares only {len(compared)} of {len(with_outputs)} code cells with outputs"
    )


@notebook
def test_every_ignored_cell_says_why(path):
    for cell in _code_cells(_read(path)):
        options = _nbval_options(cell)
        if options.get("skip") or options.get("check") is False:
            reasons = [
                line for line in cell.source.splitlines()
                if line.strip().startswith("#")
                and not re.fullmatch(r"#\s*NBVAL_\w+|#\s*PYTEST_VALIDATE_\w+", line.strip())
                and (len(line.split()) >= 4 or len(re.findall(r"[\u4e00-\u9fff]", line)) >= 6)
            ]
            assert reasons, f"cell ignored by nbval without a comment saying why: {cell.source[:80]!r}"


def test_the_counting_agrees_with_nbval_markers():
    """The helpers above read nbval's markers as nbval does."""
    cell = nbformat.v4.new_code_cell("# NBVAL_IGNORE_OUTPUT\n# timing varies\nprint(1)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    assert not _really_compared(cell)
    cell.source = "print(1)"
    assert _really_compared(cell)
    cell.metadata["tags"] = ["nbval-skip"]
    assert not _really_compared(cell)
    only_png = nbformat.v4.new_code_cell("picture")
    only_png.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBO"})]
    assert not _really_compared(only_png)
