"""Going back in a lesson works: a cell run again after the whole notebook has run
finds every name it reads as it was the first time (no name is reused for something
else later, as lesson 01 once did with `f`, first a function, then a Value).

Each lesson runs twice in a fresh interpreter: as stored (exercises unsolved) and
with every exercise's worked solution in place of its answer cell.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ["01_derivatives.ipynb", "02_computational_graph.ipynb", "03_backpropagation.ipynb"]

RUNNER = r'''
import ast, contextlib, io, json, re, sys, types
import nbformat
from IPython.display import display
from micrograd_lite import Value

nb = nbformat.read(sys.argv[1], as_version=4)
solved = sys.argv[2] == "solved"
namespace = {"__name__": "__main__", "display": display}


def describe(obj, depth=0):
    """What a name holds, as far as a cell that reads it could tell (grads aside)."""
    if isinstance(obj, Value):
        return ["Value", obj.data, obj.label]
    if isinstance(obj, float) and obj != obj:
        return "nan"
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, (tuple, list)) and depth < 2:
        return [type(obj).__name__] + [describe(item, depth + 1) for item in obj]
    if isinstance(obj, dict) and depth < 2:
        return {str(key): describe(value, depth + 1) for key, value in obj.items()}
    if isinstance(obj, types.FunctionType):
        return ["function", obj.__qualname__, obj.__code__.co_code.hex()]
    if isinstance(obj, type):
        return ["class", obj.__qualname__]
    if isinstance(obj, types.ModuleType):
        return ["module", obj.__name__]
    return ["object", type(obj).__qualname__]


def walk(node, loads, stores):
    """Names loaded and stored by ``node``, not looking into function bodies."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
        if not isinstance(node, ast.Lambda):
            stores.add(node.name)
            for decorator in node.decorator_list:
                walk(decorator, loads, stores)
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                walk(base, loads, stores)
        else:
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d]:
                walk(default, loads, stores)
        return
    if isinstance(node, ast.Name):
        (loads if isinstance(node.ctx, ast.Load) else stores).add(node.id)
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        stores.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    for child in ast.iter_child_nodes(node):
        walk(child, loads, stores)


def reads(source):
    """The names a cell reads before it assigns them itself."""
    assigned, read = set(), set()
    for statement in ast.parse(source).body:
        loads, stores = set(), set()
        walk(statement, loads, stores)
        read |= loads - assigned - stores
        assigned |= stores
    return read


first_seen = []
kinds = {}  # name -> {kind of object: first cell that stored it}
for i, cell in enumerate(nb.cells):
    if cell.cell_type != "code":
        continue
    source = cell.source
    exercise = re.search(r"^(\w+) = None\b", source, re.M) and re.search(r"\bcheck_\w+\(", source)
    if exercise and solved:
        solution = re.search(r"```python\n(.*?)```", nb.cells[i + 1].source, re.S).group(1)
        imports = [line for line in source.splitlines() if line.startswith(("from ", "import "))]
        source = "\n".join(imports) + "\n" + solution
    names = reads(source) & set(namespace)
    first_seen.append((i, {name: describe(namespace[name]) for name in sorted(names)}))
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source, f"cell {i}", "exec"), namespace)
    loads, stores = set(), set()
    for statement in ast.parse(source).body:
        walk(statement, loads, stores)
    for name in stores & set(namespace) - {"_"}:  # "_" is a throwaway by convention
        kind = type(namespace[name]).__qualname__
        if kind in ("int", "float"):
            kind = "number"
        if not (exercise and name in re.findall(r"^(\w+) = None\b", cell.source, re.M)):
            kinds.setdefault(name, {}).setdefault(kind, i)

changed = []
for i, seen in first_seen:
    for name, before in seen.items():
        after = describe(namespace[name])
        if after != before:
            changed.append([i, name, repr(before)[:120], repr(after)[:120]])
print("CHANGED " + json.dumps(changed))
reused = [[name, cells] for name, cells in sorted(kinds.items()) if len(cells) > 1]
print("REUSED " + json.dumps(reused))
'''


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["as stored", "solved"])
@pytest.mark.parametrize("lesson", LESSONS)
def test_every_cell_finds_its_names_as_they_were(lesson, mode):
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(ROOT / "notebooks" / lesson), mode],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("CHANGED ")][-1]
    changed = json.loads(line[len("CHANGED "):])
    assert changed == [], "\n".join(
        f"cell {i} reads {name!r}: first {before}, at the end {after}"
        for i, name, before, after in changed
    )


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["as stored", "solved"])
@pytest.mark.parametrize("lesson", LESSONS)
def test_no_name_holds_two_kinds_of_object(lesson, mode):
    """Re-running an earlier cell, then a later one, works only if no name is stored
    as two kinds of object in two sections (lesson 03 once made w1 a Value in section 2
    and a plain number in section 6: re-running section 2, then section 6, crashed)."""
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(ROOT / "notebooks" / lesson), mode],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("REUSED ")][-1]
    reused = json.loads(line[len("REUSED "):])
    assert reused == [], "\n".join(f"{name!r} holds {cells} (kind: first cell)" for name, cells in reused)


def test_the_runner_catches_lesson_01s_old_f(tmp_path):
    """The check itself: a function f rebound to a Value later is caught."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("def f(x):\n    return 3 * x**2"),
        nbformat.v4.new_code_cell("slope = (f(1.001) - f(1.0)) / 0.001"),
        nbformat.v4.new_code_cell("from micrograd_lite import Value\nf = Value(-2.0, label='f')"),
    ]
    path = tmp_path / "old.ipynb"
    nbformat.write(nb, path)
    result = subprocess.run([sys.executable, "-c", RUNNER, str(path), "as stored"],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    changed = json.loads(result.stdout.split("CHANGED ")[-1].splitlines()[0])
    assert [[i, name] for i, name, *_ in changed] == [[1, "f"]]
    reused = json.loads(result.stdout.split("REUSED ")[-1])
    assert reused == [["f", {"function": 0, "Value": 2}]]
