"""How fast every explorer of the lessons answers its controls, before and after.

For every explorer of lessons 01-05 and every one of its controls, the time
from a new control value to the picture a browser receives (the drawing and its
encoding: the PNG in base64, or the SVG of a graph), at 20 positions spread
over the control's range; and for lesson 05's trainer, the time from a press
of Train to its final picture. Each column is the median over the positions
(min-max in brackets).

The "before" column runs the same measurement on the package as it was at an
earlier commit (``--before``, default: the commit before the live explorers),
unpacked with ``git archive`` into a temporary directory; the "after" column
runs it on this working tree. Each runs in its own Python process, one after
the other, on the same machine::

    python benchmarks/explorers.py                  # 20 positions, Train at 100 steps
    python benchmarks/explorers.py --before none    # this tree only
    python benchmarks/explorers.py --positions 3 --train-steps 3 --before HEAD   # tiny

tests/test_benchmarks_explorers.py runs it at tiny sizes; no test looks at a time.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE_COMMIT = "HEAD"  # by default: the last commit against the working tree
TARGET_MS = 100.0
TRAIN_TARGET_S = 2.0


# ----------------------------------------------------------------------
# The measurement, run in a child process on one version of the package
# ----------------------------------------------------------------------
def _positions(control, count):
    """``count`` values spread over a control's range, ends included, each
    different from the one before (a slider ignores a value it already has)."""
    import numpy as np

    if hasattr(control, "options"):  # a menu: go round its options
        # (label, value) pairs, or values
        options = [o[1] if isinstance(o, tuple) else o for o in control.options]
        start = options.index(control.value)
        return [options[(start + 1 + i) % len(options)] for i in range(count)]
    if hasattr(control, "base"):  # a log slider: spread the exponent
        values = [float(control.base ** e) for e in np.linspace(control.min, control.max, count)]
    elif isinstance(control.value, int):
        values = [int(round(v)) for v in np.linspace(control.min, control.max, count)]
    else:
        values = [float(v) for v in np.linspace(control.min, control.max, count)]
    # Walk there and back if the range has fewer distinct values than positions.
    distinct = list(dict.fromkeys(values))
    if len(distinct) < count:
        bounce = distinct + distinct[-2:0:-1]
        values = [bounce[i % len(bounce)] for i in range(count)]
    return values


def _settled_picture(explorer):
    """Wait for a redraw in flight (live explorers draw off the main thread),
    then encode what the output shows, as the notebook sends it."""
    wait = getattr(explorer, "wait", None)
    if wait is not None:
        wait()
    picture = explorer.picture
    return picture._repr_mimebundle_()


def _time_control(explorer, name, count):
    control = explorer.controls[name]
    times = []
    for value in _positions(control, count):
        if control.value == value:
            continue
        start = time.perf_counter()
        control.value = value
        _settled_picture(explorer)
        times.append(time.perf_counter() - start)
    return times


def _seed_neuron(x1=2.0, w1=-3.0, x2=0.0, w2=1.0, b=6.8813735870195432):
    """Lesson 02's neuron, as its notebook writes it. (This script also measures the
    package as it was before the live explorers, which has no
    ``micrograd_lite.exercises.lesson02.seed_neuron``: so it keeps its own.)"""
    from micrograd_lite.engine import Value

    x1, w1, x2, w2, b = (Value(v, label=n) for v, n in
                         ((x1, "x1"), (w1, "w1"), (x2, "x2"), (w2, "w2"), (b, "b")))
    x1w1 = x1 * w1; x1w1.label = "x1*w1"  # noqa: E702
    x2w2 = x2 * w2; x2w2.label = "x2*w2"  # noqa: E702
    s = x1w1 + x2w2; s.label = "x1*w1 + x2*w2"  # noqa: E702
    n = s + b; n.label = "n"  # noqa: E702
    o = n.tanh(); o.label = "o"  # noqa: E702
    return o


def _explorers(sigmoid_net_steps):
    """(lesson, name, factory) for every explorer, built as the lessons build them."""
    from micrograd_lite.datasets import sigmoid_net_data
    from micrograd_lite.widgets import derivatives, descent, graphs

    xs, ys = sigmoid_net_data(n=20, seed=0)
    return [
        ("01", "tangent_explorer", lambda: derivatives.tangent_explorer(x=3.0, h=0.1)),
        ("01", "error_explorer", lambda: derivatives.error_explorer()),
        ("02", "graph_explorer", lambda: graphs.graph_explorer(_seed_neuron, ranges={"b": (-8.0, 8.0)})),
        ("03", "backprop_stepper", lambda: graphs.backprop_stepper(_seed_neuron())),
        ("04", "parabola_explorer", lambda: descent.parabola_explorer(lr=0.1)),
        ("04", "bowl_explorer", lambda: descent.bowl_explorer(lr=0.08)),
        ("04", "sigmoid_net_explorer", lambda: descent.sigmoid_net_explorer(xs, ys, lr=0.3, steps=sigmoid_net_steps)),
    ]


def _time_train(train_steps, presses):
    """Seconds from a press of Train (at a rate not trained before) to the final picture."""
    from micrograd_lite.datasets import make_moons
    from micrograd_lite.nn import MLP
    from micrograd_lite.widgets.training import MoonsTrainer

    X, y = make_moons(n_samples=100, noise=0.1, seed=0)
    trainer = MoonsTrainer(X, y, make_model=lambda: MLP(2, [16, 16, 1], seed=0), lr=1.0,
                           steps=train_steps)
    _settled_picture(trainer)
    rates = [0.5, 0.2, 2.0, 0.1, 5.0][:presses]
    times = []
    for lr in rates:
        trainer.controls["lr"].value = lr
        start = time.perf_counter()
        trainer.train_button.click()
        _settled_picture(trainer)
        times.append(time.perf_counter() - start)
    return times


def measure(positions, train_steps, presses, sigmoid_net_steps):
    rows = []
    for lesson, name, factory in _explorers(sigmoid_net_steps):
        explorer = factory()
        _settled_picture(explorer)
        for control in explorer.controls:
            times = _time_control(explorer, control, positions)
            rows.append({"lesson": lesson, "what": f"{name}: {control}", "unit": "ms",
                         "times": [1000 * t for t in times]})
    rows.append({"lesson": "05", "what": f"MoonsTrainer: Train ({train_steps} steps) to final picture",
                 "unit": "s", "times": _time_train(train_steps, presses)})
    return rows


# ----------------------------------------------------------------------
# The driver: one child process per version, one table
# ----------------------------------------------------------------------
def _unpack(commit, into):
    """The package at ``commit``, unpacked from git into ``into``."""
    archive = Path(into) / "tree.tar"
    with open(archive, "wb") as out:
        subprocess.run(["git", "archive", "--format=tar", commit, "micrograd_lite"],
                       cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(into)
    return Path(into)


def _run_child(package_root, args):
    env = dict(os.environ, PYTHONPATH=str(package_root), MPLBACKEND="Agg")
    command = [sys.executable, str(Path(__file__).resolve()), "--child",
               "--positions", str(args.positions), "--train-steps", str(args.train_steps),
               "--presses", str(args.presses), "--sigmoid-net-steps", str(args.sigmoid_net_steps)]
    done = subprocess.run(command, env=env, cwd=package_root, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the measurement failed for {package_root}:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cell(row):
    if row is None:
        return "-"
    times = row["times"]
    if not times:
        return "-"
    digits = 0 if row["unit"] == "ms" else 2
    median = statistics.median(times)
    return f"{median:.{digits}f} [{min(times):.{digits}f}-{max(times):.{digits}f}]"


def print_table(before, after, args, before_name):
    by_name = {row["what"]: row for row in before or []}
    headers = ("lesson", "explorer: control", "unit", f"before ({before_name})", "after (this tree)")
    lines = [
        (row["lesson"], row["what"], row["unit"], _cell(by_name.get(row["what"])), _cell(row))
        for row in after
    ]
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *lines)]
    print(f"Explorer redraw: control moved -> picture encoded for the browser; median "
          f"[min-max] over {args.positions} positions per control. Train: {args.presses} presses.")
    print(f"Targets: a redraw at most {TARGET_MS:.0f} ms; Train's final picture within "
          f"{TRAIN_TARGET_S:.0f} s.")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for line in [headers, tuple("-" * w for w in widths)] + lines:
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths)).rstrip())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--positions", type=int, default=20, help="positions per control")
    parser.add_argument("--train-steps", type=int, default=100, help="Train's steps")
    parser.add_argument("--presses", type=int, default=3, help="Train presses to time")
    parser.add_argument("--sigmoid-net-steps", type=int, default=200, help="training steps of the sigmoid network")
    parser.add_argument("--before", default=BASE_COMMIT,
                        help="the commit to compare with, or 'none' (default %(default)s)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:  # measure the package on sys.path, print JSON
        rows = measure(args.positions, args.train_steps, args.presses, args.sigmoid_net_steps)
        print(json.dumps(rows))
        return

    before = None
    if args.before.lower() != "none":
        with tempfile.TemporaryDirectory(prefix="mgl-before-") as tmp:
            before = _run_child(_unpack(args.before, tmp), args)
    after = _run_child(ROOT, args)
    print_table(before, after, args, args.before)


if __name__ == "__main__":
    main()
