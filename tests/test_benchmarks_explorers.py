"""benchmarks/explorers.py runs end to end at tiny sizes, before and after.

Nothing here looks at a time: only that the script finishes and prints one
row per explorer control and Train, with a figure in both columns.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "explorers.py"

EXPECTED_ROWS = [
    "tangent_explorer: x", "tangent_explorer: h", "error_explorer: function",
    "graph_explorer: x1", "backprop_stepper: step",
    "parabola_explorer: lr", "parabola_explorer: steps",
    "bowl_explorer: lr", "bowl_explorer: momentum", "bowl_explorer: w1", "bowl_explorer: w2",
    "sigmoid_net_explorer: lr", "MoonsTrainer: Train",
]


def _in_git_checkout():
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def run():
    before = "HEAD" if _in_git_checkout() else "none"
    return before, subprocess.run(
        [sys.executable, str(SCRIPT), "--positions", "3", "--train-steps", "3", "--presses", "1",
         "--sigmoid-net-steps", "5", "--before", before],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )


def test_the_script_prints_one_table(run):
    before, done = run
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for row in EXPECTED_ROWS:
        (line,) = [line for line in lines if row in line]
        cells = [c for c in line.split("  ") if c.strip()]
        # lesson, what, unit, before, after: a median with its range in both columns
        assert cells[-1].strip()[0].isdigit() and "[" in cells[-1]
        if before != "none":
            assert cells[-2].strip()[0].isdigit() and "[" in cells[-2]
