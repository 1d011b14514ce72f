"""Lesson 05's speed comparison, repeated: the engine's training step against numpy's.

Run from the repository root:

    python benchmarks/lesson05_speedup.py            # 5 rounds
    python benchmarks/lesson05_speedup.py --rounds 2

Each round runs lesson 05's timing cell as it stands: 10 steps of the
engine's training loop (MLP(2, [16, 16, 1]), fused neurons, 100 two-moons
points, hinge loss plus 1e-4 L2) and 100 steps of the same network written
with numpy arrays (``NumpyMLP``), from the same initial weights, in one
process, one after the other. It prints the milliseconds per step of each and
their ratio for every round, then the median and the range of the ratios:
the figure the lesson and the README quote. Nothing is tidied between steps
(no garbage collection by hand). It asserts nothing about time.
"""

import argparse
import os
import platform
import statistics
import time

import numpy as np

from micrograd_lite.arrays import NumpyMLP
from micrograd_lite.classifier import moons_loss
from micrograd_lite.datasets import make_moons
from micrograd_lite.nn import MLP


def engine_ms_per_step(inputs, labels, steps):
    model = MLP(2, [16, 16, 1], seed=0)
    start = time.perf_counter()
    for _ in range(steps):
        loss, _ = moons_loss(model, inputs, labels)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data = p.data - 0.5 * p.grad
    return 1000 * (time.perf_counter() - start) / steps


def numpy_ms_per_step(X, y, steps):
    net = NumpyMLP.from_mlp(MLP(2, [16, 16, 1], seed=0))
    start = time.perf_counter()
    for _ in range(steps):
        net.loss_and_grads(X, y, alpha=1e-4)
        net.step(0.5)
    return 1000 * (time.perf_counter() - start) / steps


def machine():
    return (f"{platform.platform()}, {platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}, numpy {np.__version__}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="repeats of the lesson's cell (5)")
    parser.add_argument("--engine-steps", type=int, default=10, help="engine steps per round (10)")
    parser.add_argument("--numpy-steps", type=int, default=100, help="numpy steps per round (100)")
    args = parser.parse_args(argv)
    X, y = make_moons(n_samples=100, noise=0.1, seed=0)
    inputs, labels = X.tolist(), y.tolist()
    print(f"machine: {machine()}")
    print(f"{'round':>5} {'engine ms/step':>15} {'numpy ms/step':>14} {'ratio':>7}")
    ratios = []
    for r in range(1, args.rounds + 1):
        engine = engine_ms_per_step(inputs, labels, args.engine_steps)
        array = numpy_ms_per_step(X, y, args.numpy_steps)
        ratios.append(engine / array)
        print(f"{r:>5} {engine:>15.1f} {array:>14.3f} {ratios[-1]:>6.0f}x")
    print(f"numpy over the engine: median {statistics.median(ratios):.0f}x "
          f"(min {min(ratios):.0f}x, max {max(ratios):.0f}x over {len(ratios)} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
