"""How much of the package the test suite guards: mutation testing with mutmut.

mutmut changes one small thing at a time in the code (``+`` for ``-``, ``<`` for
``<=``, a constant, a dropped argument) and runs the tests that reach the changed
function. A mutant that some test fails on is *killed*; one that every test
passes *survived*. The killed fraction is the suite's power on that code.

The run happens in a copy of the repository at REV (default HEAD), made with
``git archive``, so the checkout is never touched and an old commit can be
measured beside a new one with the same tool and the same settings:

    python benchmarks/mutation.py                     # core and checks at HEAD
    python benchmarks/mutation.py --rev 954bea8 --scope core
    python benchmarks/mutation.py --scope checks --sample 600 --seed 1

Scopes: ``core`` is the engine, nn, numeric and train (with the engine's
private arithmetic module) against their own tests; ``checks`` is the exercise
checks (``micrograd_lite/exercises``) against the lessons' and the checks' tests;
``flow`` is the graph drawings, the paths and the local derivatives (nodes, graph,
widgets/paths) against tests/test_flow.py and tests/test_graph.py (see ``SCOPES``). No browser tests and no nbval: a notebook runs in its own kernel,
out of mutmut's sight.
``--sample N`` runs N mutants of the scope drawn with ``--seed`` (the same N and
seed draw the same mutants at any revision whose mutated functions are the same).

Needs ``pip install mutmut`` (3.x); never a dependency of the package. Takes
minutes for the core and much longer for every mutant of the checks.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each scope: the files mutated, and the test files that speak for them. mutmut runs, for
# each mutant, the tests of these files that reach the changed function; the whole suite
# would take hours (a check of lesson 06 reaches the engine from hundreds of tests).
SCOPES = {
    "core": (
        ["micrograd_lite/engine.py", "micrograd_lite/_engine_numbers.py", "micrograd_lite/nn.py",
         "micrograd_lite/numeric.py", "micrograd_lite/train.py"],
        ["tests/test_engine.py", "tests/test_engine_numerics.py", "tests/test_engine_layout.py",
         "tests/test_engine_lecture_api.py", "tests/test_nn.py", "tests/test_numeric.py",
         "tests/test_train.py", "tests/test_properties.py", "tests/test_lecture.py"],
    ),
    # what flows along a graph's edges: local derivatives, paths, flow labels, the stepper
    "flow": (
        ["micrograd_lite/nodes.py", "micrograd_lite/graph.py", "micrograd_lite/widgets/paths.py"],
        ["tests/test_flow.py", "tests/test_graph.py"],
    ),
    # lesson06.py is the worked solution (ReferenceValue), not a check: the tests read
    # its source as a learner's class, which mutmut's rewritten copy cannot stand in for
    "checks": (
        ["micrograd_lite/exercises/[!l]*", "micrograd_lite/exercises/lesson0[1-5].py"],
        ["tests/test_lesson01.py", "tests/test_lesson02.py", "tests/test_lesson03.py",
         "tests/test_lesson04.py", "tests/test_lesson05.py", "tests/test_lesson06.py",
         "tests/test_engine_check.py", "tests/test_answers.py", "tests/test_learner_code.py",
         "tests/test_language_exercises_01_03.py", "tests/test_language_exercises_04_06.py"],
    ),
}

# pytest's options in the copy: no nbval, no browser, and not the two tests that
# read the package's source, which mutmut's rewritten copy fails by design.
PYTEST_ARGS = [
    "-o", "addopts=", "-p", "no:cacheprovider", "-m", "not browser",
    "--deselect", "tests/test_imports.py::test_module_imports_only_the_standard_library",
    "--deselect",
    "tests/test_language.py::test_every_key_the_code_asks_for_exists_and_every_key_is_used",
]

# mutmut's exit codes: what each says about a mutant.
KILLED = {1, 3}          # a test failed, or pytest itself did
TIMED_OUT = {36, 24, -24, 152, 255}
SURVIVED = {0}
NO_TESTS = {5, 33}


def _config(scope, workdir):
    """The [tool.mutmut] table: mutate the scope's files, run its tests, with everything
    else of the repository (notebooks, benchmarks, READMEs) beside them."""
    files, tests = SCOPES[scope]
    quoted = ", ".join(json.dumps(path) for path in files)
    others = sorted(p.name for p in workdir.iterdir() if p.name not in ("micrograd_lite", "tests"))
    return (
        "\n[tool.mutmut]\n"
        "source_paths = [\"micrograd_lite/\"]\n"
        f"only_mutate = [{quoted}]\n"
        f"also_copy = {json.dumps(others)}\n"
        "use_git_change_detection = false\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        f"pytest_add_cli_args = {json.dumps(PYTEST_ARGS)}\n"
    )


def _copy(rev, destination):
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(destination)], input=archive, check=True)


#: How long one call of a learner's code may take in the copy (3 s in the package):
#: mutmut's instrumentation slows every call, and right code must not run out of time
#: in the clean run. A mutant that loops for ever still ends, at this limit or at
#: mutmut's own timeout.
LIMIT_SECONDS = 10.0


def _longer_time_limit(workdir):
    """Set the copy's time limit for a learner's code to LIMIT_SECONDS (the tests that
    name the limit read it from micrograd_lite.timing.SECONDS)."""
    timing = workdir / "micrograd_lite" / "timing.py"
    source = timing.read_text(encoding="utf-8")
    line = "\nSECONDS = 3.0\n"
    assert source.count(line) == 1, "micrograd_lite/timing.py no longer says SECONDS = 3.0"
    timing.write_text(source.replace(line, f"\nSECONDS = {LIMIT_SECONDS}\n"), encoding="utf-8")


def _exit_codes(workdir):
    """Each mutant's name and mutmut's exit code for it (None: not run)."""
    codes = {}
    for meta in sorted((workdir / "mutants").rglob("*.py.meta")):
        codes.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return codes


def measure(rev, scope, sample, seed, children):
    """Run mutmut on SCOPE at REV; return {mutant name: exit code} for those run."""
    with tempfile.TemporaryDirectory(prefix="mutation-") as temporary:
        workdir = Path(temporary)
        _copy(rev, workdir)
        _longer_time_limit(workdir)
        with open(workdir / "pyproject.toml", "a", encoding="utf-8") as config:
            config.write(_config(scope, workdir))
        # The copy's tests must import the copy's package, not the checkout's.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        mutmut = [sys.executable, "-m", "mutmut"]
        names = []
        if sample:
            # A filter that matches nothing stops mutmut right after it has
            # written the mutants: enough to draw the sample from their names.
            subprocess.run([*mutmut, "run", "no-such-mutant"], cwd=workdir, env=env,
                           capture_output=True, check=False)
            everything = sorted(_exit_codes(workdir))
            names = sorted(random.Random(seed).sample(everything, min(sample, len(everything))))
            print(f"{scope}: {len(everything)} mutants, running {len(names)} drawn with seed {seed}")
        subprocess.run([*mutmut, "run", "--max-children", str(children), *names],
                       cwd=workdir, env=env, stdout=subprocess.DEVNULL, check=False)
        codes = _exit_codes(workdir)
    return {name: codes[name] for name in names} if names else codes


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", default="HEAD", help="the commit to measure (default HEAD)")
    parser.add_argument("--scope", choices=[*SCOPES, "all"], default="all")
    parser.add_argument("--sample", type=int, default=0,
                        help="run this many mutants drawn at random (default: every one)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--children", type=int, default=2, help="mutants run at once")
    parser.add_argument("--survivors", action="store_true",
                        help="list the mutants no test kills")
    args = parser.parse_args(argv)
    scopes = list(SCOPES) if args.scope == "all" else [args.scope]
    for scope in scopes:
        codes = measure(args.rev, scope, args.sample, args.seed, args.children)
        killed = sum(code in KILLED or code in TIMED_OUT for code in codes.values())
        survived = sorted(name for name, code in codes.items() if code in SURVIVED)
        untested = sum(code in NO_TESTS for code in codes.values())
        other = len(codes) - killed - len(survived) - untested
        print(f"{scope} at {args.rev}: {killed} of {len(codes)} mutants killed "
              f"({100 * killed / max(len(codes), 1):.1f}%); {len(survived)} survived, "
              f"{untested} reached by no test, {other} other (not run, suspicious)")
        if args.survivors:
            print("\n".join(survived))


if __name__ == "__main__":
    main()
