"""What importing the package loads: the engine needs the standard library only.

Each check runs in a fresh interpreter (a subprocess), because this test
process has long since imported numpy, matplotlib and friends.
"""

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
before = set(sys.modules)
import {module}
loaded = sorted(set(sys.modules) - before)
print(json.dumps({{"loaded": loaded, "stdlib": sorted(sys.stdlib_module_names)}}))
"""


def modules_loaded_by(module):
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True, text=True, check=True,
    )
    report = json.loads(result.stdout)
    return report["loaded"], set(report["stdlib"])


def outside_the_standard_library(loaded, stdlib):
    return [
        name for name in loaded
        if name.split(".")[0] not in stdlib and name.split(".")[0] != "micrograd_lite"
    ]


@pytest.mark.parametrize(
    "module",
    ["micrograd_lite.engine", "micrograd_lite", "micrograd_lite.nn",
     "micrograd_lite.numeric", "micrograd_lite.train"],
)
def test_module_imports_only_the_standard_library(module):
    loaded, stdlib = modules_loaded_by(module)
    assert module in loaded  # the probe did import it
    assert outside_the_standard_library(loaded, stdlib) == []


def test_the_package_leaves_the_heavy_libraries_unloaded():
    loaded, _ = modules_loaded_by("micrograd_lite")
    for heavy in ("numpy", "matplotlib", "ipywidgets", "graphviz", "pygraphviz"):
        assert heavy not in loaded


def test_the_probe_would_notice_a_third_party_import():
    loaded, stdlib = modules_loaded_by("micrograd_lite.datasets")  # imports numpy on purpose
    assert "numpy" in outside_the_standard_library(loaded, stdlib)


CORE = ("engine", "_engine_numbers", "nn", "numeric", "train")


@pytest.mark.parametrize("name", CORE)
def test_the_core_imports_only_the_core_never_the_string_tables(name):
    """The autograd core reads without the language side: each of its modules imports
    from the package only other core modules (read from the source: importing
    micrograd_lite.train loads the package's __init__, which loads everything)."""
    import ast
    from pathlib import Path

    import micrograd_lite

    source = Path(micrograd_lite.__file__).with_name(f"{name}.py").read_text(encoding="utf-8")
    inside = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level:
            inside.add((node.module or "").split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("micrograd_lite"):
            inside.add(node.module.split(".")[1] if "." in node.module else "")
    assert inside <= set(CORE), inside - set(CORE)
