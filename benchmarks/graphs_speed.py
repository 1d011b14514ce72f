"""How fast the graph explorers redraw: lesson 03's backprop stepper and lesson 02's
graph explorer, before and after laying the graph out once.

"Before" is the picture laid out afresh by Graphviz for every step or slider
position, with its PNG beside the SVG (what every redraw sent until the layout
was kept); "after" is the explorer as it is now, which lays the graph out once
and writes the new numbers and highlights into the SVG. Both run in one process,
alternating, on the lecture's neuron. A time is from the new control value to the
picture's MIME bundle (what Jupyter sends to the browser).

    python benchmarks/graphs_speed.py            # 5 runs of 20 positions each
    python benchmarks/graphs_speed.py --runs 2

``stepper_times`` and ``graph_explorer_times`` return the medians, so other
benchmarks (``benchmarks/explorers.py``) can import them.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micrograd_lite.exercises.lesson02 import seed_neuron  # noqa: E402
from micrograd_lite.widgets.graphs import (  # noqa: E402
    backprop_stepper,
    backprop_view,
    graph_explorer,
    graph_view,
)

POSITIONS = 20


def _timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def stepper_times(positions=POSITIONS):
    """Median seconds per Step: ``{"before": ..., "after": ...}``."""
    stepper = backprop_stepper(seed_neuron())
    before, after = [], []
    for k in range(positions):
        step = (k % stepper.controls["step"].max) + 1
        state = stepper.states[step]
        before.append(_timed(lambda: backprop_view(state)._repr_mimebundle_()))
        stepper.controls["step"].value = step - 1

        def press():
            stepper.step_button.click()
            stepper.picture._repr_mimebundle_()

        after.append(_timed(press))
    return {"before": statistics.median(before), "after": statistics.median(after)}


def graph_explorer_times(positions=POSITIONS):
    """Median seconds per slider position (b from -8 to 8): ``{"before", "after"}``."""
    explorer = graph_explorer(seed_neuron, ranges={"b": (-8.0, 8.0)})
    slider = explorer.controls["b"]
    before, after = [], []
    for k in range(positions):
        value = round(-8.0 + 16.0 * k / (positions - 1), 2)
        values = {**explorer.values, "b": value}
        before.append(_timed(lambda: graph_view(seed_neuron, values)._repr_mimebundle_()))

        def move():
            slider.value = value
            explorer.picture._repr_mimebundle_()

        after.append(_timed(move))
    return {"before": statistics.median(before), "after": statistics.median(after)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--positions", type=int, default=POSITIONS)
    args = parser.parse_args(argv)
    rows = {"backprop stepper, Step (lesson 03)": [], "graph explorer, slider (lesson 02)": []}
    for _ in range(args.runs):
        rows["backprop stepper, Step (lesson 03)"].append(stepper_times(args.positions))
        rows["graph explorer, slider (lesson 02)"].append(graph_explorer_times(args.positions))
    print(f"median ms per redraw over {args.positions} positions; range over {args.runs} runs")
    print(f"{'explorer':38} {'before':>16} {'after':>16}")
    for name, runs in rows.items():
        cells = []
        for key in ("before", "after"):
            values = [1000 * run[key] for run in runs]
            cells.append(f"{min(values):7.2f}-{max(values):<7.2f}")
        print(f"{name:38} {cells[0]:>16} {cells[1]:>16}")


if __name__ == "__main__":
    main()
