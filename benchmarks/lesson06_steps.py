"""Lesson 06's timing sentences, measured: a training step of section 8's network.

Run from the repository root:

    python benchmarks/lesson06_steps.py            # 5 rounds
    python benchmarks/lesson06_steps.py --rounds 2

Each round times, in one process, the training step of lesson 06's section 8 (its
Neuron, Layer and MLP, the mean squared error, learning rate 0.1) three ways:

* with ``ReferenceValue`` (the worked solution, a class like the learner's) on the
  lesson's 20 points and 2-8-8-1 network, and on lesson 05's 100 points and
  2-16-16-1: the ratio of the two is the lesson's "each step took 40 to 150 times as
  long" (the graph is 16 times as large);
* the same two with Python's garbage collector switched off during the steps
  (``gc.disable()``), which shows what of that ratio is the collector's: a graph of
  closures is a graph of reference cycles, which the collector goes through;
* ``ReferenceValue`` against the course's engine (``micrograd_lite.engine.Value``)
  running the same code on the small network: the lesson's "about 1.2 to 1.7 times as
  long on a quiet machine".

It prints the milliseconds per step and the ratios of every round, then the median
and the range of each ratio. Nothing is tidied between steps (no ``gc.collect()``), as
in the lesson's loop. It asserts nothing about time.
"""

import argparse
import gc
import random
import statistics
import time

from lesson05_speedup import machine  # (this folder: the script's own)
from micrograd_lite.datasets import make_moons
from micrograd_lite.engine import Value
from micrograd_lite.exercises.lesson06 import ReferenceValue


def network(Engine, sizes, seed=0):
    """Lesson 06's MLP(2, sizes) on the engine ``Engine``: a list of layers, each a list
    of neurons (weights, bias, whether it has tanh), weights drawn as the lesson draws
    them."""
    rng = random.Random(seed)
    dims = [2] + sizes
    return [[([Engine(rng.uniform(-1, 1)) for _ in range(dims[i])], Engine(0.0), i < len(sizes) - 1)
             for _ in range(dims[i + 1])] for i in range(len(sizes))]


def score(layers, x):
    for layer in layers:
        outs = []
        for w, b, nonlinear in layer:
            act = sum((wi * xi for wi, xi in zip(w, x)), b)
            outs.append(act.tanh() if nonlinear else act)
        x = outs[0] if len(outs) == 1 else outs
    return x


def parameters(layers):
    return [p for layer in layers for w, b, _ in layer for p in (*w, b)]


def ms_per_step(Engine, points, sizes, steps, collector=True):
    """Milliseconds per training step (the median of ``steps``), the garbage collector
    on or off while they run."""
    X, y = make_moons(n_samples=points, noise=0.1, seed=0)
    inputs, labels = X.tolist(), y.tolist()
    layers = network(Engine, sizes)
    times = []
    was_on = gc.isenabled()
    if not collector:
        gc.disable()
    try:
        for _ in range(steps):
            start = time.perf_counter()
            scores = [score(layers, x) for x in inputs]
            loss = sum((s - t) ** 2 for s, t in zip(scores, labels)) / len(labels)
            for p in parameters(layers):
                p.grad = 0.0
            loss.backward()
            for p in parameters(layers):
                p.data -= 0.1 * p.grad
            times.append(1000 * (time.perf_counter() - start))
    finally:
        if was_on:
            gc.enable()
    return statistics.median(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds (5)")
    parser.add_argument("--small-steps", type=int, default=10, help="steps on 20 points per round (10)")
    parser.add_argument("--large-steps", type=int, default=3, help="steps on 100 points per round (3)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(f"{'round':>5} {'small ms':>9} {'large ms':>9} {'large/small':>12} "
          f"{'no-gc small':>12} {'no-gc large':>12} {'no-gc ratio':>12} {'engine ms':>10} "
          f"{'yours/engine':>13}")
    sizes, collected, engine_ratios = [], [], []
    for r in range(1, args.rounds + 1):
        small = ms_per_step(ReferenceValue, 20, [8, 8, 1], args.small_steps)
        large = ms_per_step(ReferenceValue, 100, [16, 16, 1], args.large_steps)
        small_off = ms_per_step(ReferenceValue, 20, [8, 8, 1], args.small_steps, collector=False)
        large_off = ms_per_step(ReferenceValue, 100, [16, 16, 1], args.large_steps, collector=False)
        engine = ms_per_step(Value, 20, [8, 8, 1], args.small_steps)
        sizes.append(large / small)
        collected.append(large_off / small_off)
        engine_ratios.append(small / engine)
        print(f"{r:>5} {small:>9.1f} {large:>9.0f} {sizes[-1]:>11.0f}x {small_off:>12.1f} "
              f"{large_off:>12.0f} {collected[-1]:>11.0f}x {engine:>10.1f} {engine_ratios[-1]:>12.2f}x")
    for name, ratios, digits in (("lesson 05's size over the lesson's, per step", sizes, 0),
                                 ("the same, garbage collector off", collected, 0),
                                 ("ReferenceValue over the course's engine", engine_ratios, 2)):
        print(f"{name}: median {statistics.median(ratios):.{digits}f}x "
              f"(min {min(ratios):.{digits}f}x, max {max(ratios):.{digits}f}x over {len(ratios)} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
