"""micrograd's own demo, side by side: micrograd, micrograd_lite, and numpy.

Run from the repository root:

    python benchmarks/micrograd_demo.py            # the full run (2-3 minutes on 2 idle cores)
    python benchmarks/micrograd_demo.py --quick    # 10 steps, shorter chains (under a minute)

What it does, in one process:

1. Training speed. karpathy/micrograd's ``demo.ipynb`` (an MLP 2 -> 16 -> 16 -> 1
   on two moons, hinge loss plus 1e-4 L2, SGD with learning rate
   1.0 - 0.9*k/100) runs with ``micrograd`` and with ``micrograd_lite``: the
   same data, the same initial weights (``random.seed(1337)`` before building
   each model; checked equal), steps alternating. The demo code is in
   :func:`demo_steps`, copied from the notebook with only the import changed
   (``Value`` and the model are its arguments). Every step is timed and both
   losses are printed; they must agree to 1e-6 at every step, or the script
   exits with status 1. The same network written with numpy arrays
   (:class:`micrograd_lite.arrays.NumpyMLP`) runs from the same weights too.
   Nothing runs between the steps: no ``gc.collect()``, as in a learner's
   loop. So each engine's timings include the garbage collector's passes
   its own allocations trigger (and those pass over every object still alive,
   micrograd's graphs included: they are reference cycles, each node's
   ``_backward`` closure refers to the node).
2. Memory. tracemalloc's peak while building a long chain
   ``x = x * 1.0001 + 0.5`` with each engine; the nodes are counted by walking
   the graph. micrograd turns every constant into a Value node of its own, so
   the same code makes twice as many nodes there: both "per operation" and
   "per node" are shown. A second chain, ``x = x * c + d`` with ``c`` and ``d``
   Values, has one node per operation in both. Also the peak of one whole
   training step.
3. Backward on a long chain: ``backward()`` on a 1,000,000-node chain with
   micrograd_lite. micrograd's recursive topological sort needs a raised
   recursion limit beyond about 1,000 nodes of depth; it is timed at the
   smaller memory-chain size with the limit raised.

The script asserts nothing about time; it prints the figures and the targets.
"""

import argparse
import gc
import os
import platform
import random
import statistics
import sys
import threading
import time
import tracemalloc
from importlib.metadata import version

import numpy as np

try:
    import micrograd.engine
    import micrograd.nn
except ImportError:  # pragma: no cover - the message is the point
    sys.exit("this benchmark needs micrograd from PyPI: pip install micrograd")

import micrograd_lite.engine
import micrograd_lite.nn
from micrograd_lite.arrays import NumpyMLP
from micrograd_lite.datasets import make_moons

LOSS_TOLERANCE = 1e-6
TARGET_RATIO = 30.0
TARGET_MEMORY_FRACTION = 0.5


# ----------------------------------------------------------------------
# 1. micrograd's demo, verbatim but for the import
# ----------------------------------------------------------------------
def demo_steps(Value, model, X, y, steps):
    """micrograd's demo.ipynb training loop; yields (loss, accuracy) after each step.

    ``Value`` stands for the demo's ``from micrograd.engine import Value``;
    ``model`` is its ``MLP(2, [16, 16, 1])`` (see :func:`build_models`).
    Left out: the demo's unused minibatch branch of ``loss()`` and its print.
    """
    # loss function
    def loss(batch_size=None):
        Xb, yb = X, y
        inputs = [list(map(Value, xrow)) for xrow in Xb]

        # forward the model to get scores
        scores = list(map(model, inputs))

        # svm "max-margin" loss
        losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(yb, scores)]
        data_loss = sum(losses) * (1.0 / len(losses))
        # L2 regularization
        alpha = 1e-4
        reg_loss = alpha * sum((p*p for p in model.parameters()))
        total_loss = data_loss + reg_loss

        # also get accuracy
        accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(yb, scores)]
        return total_loss, sum(accuracy) / len(accuracy)

    # optimization
    for k in range(steps):

        # forward
        total_loss, acc = loss()

        # backward
        model.zero_grad()
        total_loss.backward()

        # update (sgd)
        learning_rate = 1.0 - 0.9*k/100
        for p in model.parameters():
            p.data -= learning_rate * p.grad

        yield total_loss.data, acc


def numpy_steps(net, X, y, steps):
    """The same loop with the array version: one call for loss and gradients."""
    for k in range(steps):
        loss, acc, _ = net.loss_and_grads(X, y, alpha=1e-4)
        net.step(1.0 - 0.9*k/100)
        yield loss, acc


def timed(step_iterator):
    """Run one step of a generator; (seconds, what it yielded)."""
    start = time.perf_counter()
    result = next(step_iterator)
    return time.perf_counter() - start, result


def build_models():
    """micrograd's and micrograd_lite's MLP(2, [16, 16, 1]) from random.seed(1337)."""
    random.seed(1337)
    reference = micrograd.nn.MLP(2, [16, 16, 1])
    random.seed(1337)
    lite = micrograd_lite.nn.MLP(2, [16, 16, 1])
    weights = [p.data for p in reference.parameters()]
    if weights != [p.data for p in lite.parameters()]:
        raise AssertionError("the two engines did not start from the same weights")
    return reference, lite


def demo_data(points):
    """Two moons as the demo's engines take them: lists of Python floats."""
    X, y = make_moons(n_samples=points, noise=0.1, seed=1337)
    return [[float(v) for v in row] for row in X], [float(v) for v in y]


def train_side_by_side(points, steps):
    X, y = demo_data(points)
    reference, lite = build_models()
    net = NumpyMLP.from_mlp(lite)
    runs = {
        "micrograd": demo_steps(micrograd.engine.Value, reference, X, y, steps),
        "lite": demo_steps(micrograd_lite.engine.Value, lite, X, y, steps),
        "numpy": numpy_steps(net, np.array(X), np.array(y), steps),
    }
    rows = []
    for _ in range(steps):  # alternate: one step of each, in turn
        rows.append({name: timed(run) for name, run in runs.items()})
    return rows


def print_training(rows, points):
    steps = len(rows)
    print(f"## Training: micrograd's demo, MLP 2-16-16-1, {points} points, {steps} steps")
    shown = max(1, steps // 20)
    if shown > 1:
        print(f"(every {shown}th step shown; every step is checked)")
    print(f"{'step':>4} {'micrograd s':>11} {'lite s':>9} {'ratio':>6} "
          f"{'loss micrograd':>16} {'loss lite':>16} {'|diff|':>8} "
          f"{'numpy s':>9} {'loss numpy':>16}")
    worst = worst_numpy = 0.0
    for k, row in enumerate(rows):
        (t_ref, (l_ref, _)), (t_lite, (l_lite, _)), (t_np, (l_np, _)) = (
            row["micrograd"], row["lite"], row["numpy"])
        diff = abs(l_ref - l_lite)
        worst = max(worst, diff)
        worst_numpy = max(worst_numpy, abs(l_np - l_lite))
        if k % shown == 0 or k == steps - 1 or diff > LOSS_TOLERANCE:
            print(f"{k:>4} {t_ref:>11.4f} {t_lite:>9.5f} {t_ref / t_lite:>6.1f} "
                  f"{l_ref:>16.12f} {l_lite:>16.12f} {diff:>8.1e} "
                  f"{t_np:>9.6f} {l_np:>16.12f}")
    median = {name: statistics.median(r[name][0] for r in rows) for name in rows[0]}
    ratios = [r["micrograd"][0] / r["lite"][0] for r in rows]
    accuracy = {name: rows[-1][name][1][1] for name in rows[0]}
    print(f"median seconds per step: micrograd {median['micrograd']:.4f}, "
          f"micrograd_lite {median['lite']:.5f}, numpy {median['numpy']:.6f}")
    print(f"final accuracy: micrograd {accuracy['micrograd']:.0%}, "
          f"micrograd_lite {accuracy['lite']:.0%}, numpy {accuracy['numpy']:.0%}")
    print(f"median ratio micrograd / micrograd_lite: {statistics.median(ratios):.1f}x "
          f"(min {min(ratios):.1f}x, max {max(ratios):.1f}x); "
          f"micrograd_lite / numpy: {median['lite'] / median['numpy']:.0f}x")
    print(f"largest loss difference micrograd vs micrograd_lite: {worst:.1e} "
          f"(tolerance {LOSS_TOLERANCE:g}); numpy vs micrograd_lite: {worst_numpy:.1e}")
    return statistics.median(ratios), worst


# ----------------------------------------------------------------------
# 2. Memory
# ----------------------------------------------------------------------
def chain(Value, operations):
    """``x = x * 1.0001 + 0.5``: the same code in both engines, ``operations``
    arithmetic operations. micrograd makes a Value node for each constant too."""
    x = Value(1.0)
    for _ in range(operations // 2):
        x = x * 1.0001 + 0.5
    return x


def chain_of_values(Value, operations):
    """``x = x * c + d`` with ``c`` and ``d`` Values: one node per operation in both engines."""
    x, c, d = Value(1.0), Value(1.0001), Value(0.5)
    for _ in range(operations // 2):
        x = x * c + d
    return x


def count_nodes(root):
    """Distinct Value objects in the graph (both engines keep inputs in ``_prev``)."""
    seen = {id(root)}
    stack = [root]
    while stack:
        for child in stack.pop()._prev:
            if id(child) not in seen:
                seen.add(id(child))
                stack.append(child)
    return len(seen)


def peak_bytes(build):
    """tracemalloc's peak while ``build()`` runs, and what it returned."""
    gc.collect()
    tracemalloc.start()
    try:
        result = build()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, result


ENGINES = (("micrograd", micrograd.engine.Value), ("micrograd_lite", micrograd_lite.engine.Value))


def print_memory(operations, points):
    print(f"\n## Memory: tracemalloc peak while building a chain of {operations:,} operations")
    print(f"{'chain':<22} {'engine':<15} {'nodes':>9} {'peak MB':>8} "
          f"{'bytes/operation':>16} {'bytes/node':>11}")
    fractions = {}
    for title, build_chain in (("x = x * 1.0001 + 0.5", chain), ("x = x * c + d", chain_of_values)):
        per = {}
        for name, Value in ENGINES:
            peak, root = peak_bytes(lambda: build_chain(Value, operations))
            nodes = count_nodes(root)
            del root
            per[name] = (peak / operations, peak / nodes)
            print(f"{title:<22} {name:<15} {nodes:>9,} {peak / 1e6:>8.1f} "
                  f"{peak / operations:>16.0f} {peak / nodes:>11.0f}")
        fractions[title] = tuple(lite / ref for lite, ref in zip(per["micrograd_lite"], per["micrograd"]))
    for title, (per_operation, per_node) in fractions.items():
        print(f"micrograd_lite / micrograd on {title}: {per_operation:.2f} per operation, "
              f"{per_node:.2f} per node")

    X, y = demo_data(points)
    reference, lite = build_models()
    step_peaks = {}
    for (name, Value), model in zip(ENGINES, (reference, lite)):
        step_peaks[name] = peak_bytes(lambda: next(demo_steps(Value, model, X, y, 1)))[0]
    print(f"one whole training step ({points} points): "
          f"micrograd {step_peaks['micrograd'] / 1e6:.1f} MB, "
          f"micrograd_lite {step_peaks['micrograd_lite'] / 1e6:.1f} MB "
          f"({step_peaks['micrograd_lite'] / step_peaks['micrograd']:.2f})")
    return fractions


# ----------------------------------------------------------------------
# 3. Backward on a long chain
# ----------------------------------------------------------------------
def time_backward(Value, operations):
    """(nodes, seconds to build the chain, seconds for backward())."""
    gc.collect()
    start = time.perf_counter()
    root = chain(Value, operations)
    built = time.perf_counter()
    root.backward()
    done = time.perf_counter()
    return count_nodes(root), built - start, done - built


def in_deep_thread(function, *args):
    """Run ``function(*args)`` with the recursion limit raised, in a thread with
    a large stack: before Python 3.11 deep Python recursion also uses the C stack."""
    result = []
    limit = sys.getrecursionlimit()
    try:
        old_stack = threading.stack_size(512 * 1024 * 1024)
    except (ValueError, RuntimeError):  # a platform that refuses: keep its default
        old_stack = threading.stack_size()
    sys.setrecursionlimit(limit + 4 * args[-1])
    try:
        thread = threading.Thread(target=lambda: result.append(function(*args)))
        thread.start()
        thread.join()
    finally:
        sys.setrecursionlimit(limit)
        threading.stack_size(old_stack)
    if not result:
        raise RuntimeError("micrograd's backward failed on the chain (see the traceback above)")
    return result[0]


def print_backward(long_chain, short_chain):
    print("\n## backward() on a chain x = x * 1.0001 + 0.5")
    print(f"{'engine':<15} {'nodes':>10} {'build s':>8} {'backward s':>11} {'us/node':>8}")
    rows = [
        ("micrograd_lite", time_backward(micrograd_lite.engine.Value, long_chain)),
        ("micrograd_lite", time_backward(micrograd_lite.engine.Value, short_chain)),
        ("micrograd", in_deep_thread(time_backward, micrograd.engine.Value, short_chain)),
    ]
    for name, (nodes, build, backward) in rows:
        print(f"{name:<15} {nodes:>10,} {build:>8.2f} {backward:>11.2f} "
              f"{backward / nodes * 1e6:>8.2f}")
    print(f"micrograd's topological sort is recursive: beyond about "
          f"{sys.getrecursionlimit():,} nodes of depth it raises RecursionError "
          "unless the recursion limit is raised (done here for its row)")
    return rows[0][1]


# ----------------------------------------------------------------------
def machine():
    return (f"{platform.platform()}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, numpy {np.__version__}, "
            f"micrograd {version('micrograd')}")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=100, help="training steps (100)")
    parser.add_argument("--points", type=int, default=100, help="two-moons points (100)")
    parser.add_argument("--chain", type=int, default=100_000,
                        help="operations in the chains that both engines build (100,000)")
    parser.add_argument("--long-chain", type=int, default=1_000_000,
                        help="nodes in micrograd_lite's long backward chain (1,000,000)")
    parser.add_argument("--quick", action="store_true",
                        help="at most 10 steps and 20,000-operation chains")
    args = parser.parse_args(argv)
    if args.quick:
        args.steps, args.chain = min(args.steps, 10), min(args.chain, 20_000)
    for name in ("steps", "points", "chain", "long_chain"):
        if getattr(args, name) < 2:
            parser.error(f"--{name.replace('_', '-')} must be at least 2")
    return args


def main(argv=None):
    args = parse_arguments(argv)
    print(f"# micrograd vs micrograd_lite vs numpy\nmachine: {machine()}\n")
    ratio, worst = print_training(train_side_by_side(args.points, args.steps), args.points)
    fractions = print_memory(args.chain, args.points)
    nodes, _, backward = print_backward(args.long_chain, args.chain)

    per_operation, per_node = fractions["x = x * 1.0001 + 0.5"]
    print("\n## Targets")
    print(f"speed-up per training step >= {TARGET_RATIO:g}x (median): {ratio:.1f}x")
    print(f"memory <= {TARGET_MEMORY_FRACTION:g} of micrograd's on x = x * 1.0001 + 0.5: "
          f"{per_operation:.2f} per operation, {per_node:.2f} per node")
    print(f"backward() on {nodes:,} nodes: {backward:.2f} s")
    if worst > LOSS_TOLERANCE:
        print(f"FAILED: the losses differ by {worst:.1e} > {LOSS_TOLERANCE:g}")
        return 1
    print(f"losses agree to {LOSS_TOLERANCE:g} at every step")
    return 0


if __name__ == "__main__":
    sys.exit(main())
