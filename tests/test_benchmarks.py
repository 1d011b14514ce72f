"""The benchmark script runs end to end at tiny sizes, so it cannot rot.

Nothing here looks at a time: only that the script finishes, prints its
sections, and that micrograd and micrograd_lite report the same losses.
"""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "micrograd_demo.py"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("micrograd") is None,
    reason="the benchmark compares with micrograd (PyPI): pip install micrograd "
    "(it belongs in requirements-test.txt)",
)

STEPS = 3
# step, time micrograd, time lite, ratio, loss micrograd, loss lite, |diff|, time numpy, loss numpy
ROW = re.compile(r"^\s*(\d+)" + r"\s+(\S+)" * 8 + r"\s*$")


@pytest.fixture(scope="module")
def run():
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--steps", str(STEPS), "--points", "8",
         "--chain", "1000", "--long-chain", "2000"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )


def test_the_script_finishes_cleanly(run):
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stderr == ""


def test_it_prints_every_section(run):
    for heading in ("machine: ", "## Training", "## Memory", "## backward()", "## Targets"):
        assert heading in run.stdout
    assert "median ratio micrograd / micrograd_lite" in run.stdout
    assert "losses agree to 1e-06 at every step" in run.stdout


def test_both_engines_report_the_same_loss_at_every_step(run):
    rows = [ROW.match(line) for line in run.stdout.splitlines()]
    rows = [m.groups() for m in rows if m]
    assert [int(r[0]) for r in rows] == list(range(STEPS))
    for row in rows:
        loss_micrograd, loss_lite, diff, loss_numpy = map(float, (row[4], row[5], row[6], row[8]))
        assert 0.0 < loss_micrograd < 10.0
        assert abs(loss_micrograd - loss_lite) <= 1e-6
        assert abs(loss_numpy - loss_lite) <= 1e-6
        assert diff <= 1e-6


def test_it_counts_the_nodes_each_engine_makes(run):
    # 1000 operations: micrograd adds a node per constant, micrograd_lite does not
    assert re.search(r"x = x \* 1\.0001 \+ 0\.5\s+micrograd\s+2,001\s", run.stdout)
    assert re.search(r"x = x \* 1\.0001 \+ 0\.5\s+micrograd_lite\s+1,001\s", run.stdout)
    assert re.search(r"x = x \* c \+ d\s+micrograd\s+1,003\s", run.stdout)
    assert re.search(r"x = x \* c \+ d\s+micrograd_lite\s+1,003\s", run.stdout)
    assert re.search(r"micrograd_lite\s+2,001\s", run.stdout)  # the long chain


def test_bad_arguments_are_refused():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--steps", "0"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert "--steps must be at least 2" in result.stderr


def test_it_fails_when_the_losses_disagree(monkeypatch, capsys):
    spec = importlib.util.spec_from_file_location("micrograd_demo", SCRIPT)
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    # both engines always agree, so make the tolerance impossible to meet
    monkeypatch.setattr(demo, "LOSS_TOLERANCE", -1.0)
    status = demo.main(["--steps", "2", "--points", "4", "--chain", "100", "--long-chain", "100"])
    assert status == 1
    assert "FAILED: the losses differ" in capsys.readouterr().out


def test_the_printed_speed_up_is_the_median_of_the_per_step_ratios(run):
    rows = [m.groups() for m in map(ROW.match, run.stdout.splitlines()) if m]
    ratios = sorted(float(row[3]) for row in rows)
    assert len(ratios) == STEPS == 3  # every step is shown at this size
    printed = re.search(r"median ratio micrograd / micrograd_lite: ([\d.]+)x", run.stdout)
    assert float(printed.group(1)) == ratios[1]
    target = re.search(r"speed-up per training step >= 30x \(median\): ([\d.]+)x", run.stdout)
    assert float(target.group(1)) == ratios[1]
