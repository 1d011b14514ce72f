"""The install files agree with each other: requirements.txt (pip),
environment.yml (conda, Binder), pyproject.toml's ``lessons`` extra (Colab),
and README's quick start, which .ci/run runs word for word."""

import os
import re

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from browser_support import REPO

# conda-forge names that differ from the PyPI name of the same package.
CONDA_TO_PIP = {"python-graphviz": "graphviz"}
# Requirement lines that install this repository's own package.
LOCAL_PACKAGE = {"-e .", "."}
# What Colab has preinstalled (its published Python 3.13 runtime): the setup
# cell's `pip install micrograd-lite[lessons]` must accept these as they are,
# so that it upgrades nothing. ipywidgets 7.7.1 is the version Colab pins.
# .ci/run's Colab lane installs the same (a test below keeps them in step).
COLAB_PYTHON = "3.13"
COLAB_PREINSTALLED = {
    "numpy": "2.1.3",
    "matplotlib": "3.10.0",
    "graphviz": "0.20.3",
    "ipywidgets": "7.7.1",
}


def pip_requirements(lines):
    """{canonical name: SpecifierSet} and whether the local package is
    installed, from requirement lines (comments and blanks skipped)."""
    packages, local = {}, False
    for raw in lines:
        line = raw.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        if line in LOCAL_PACKAGE:
            local = True
            continue
        assert not line.startswith("-"), f"unexpected option line {line!r}"
        requirement = Requirement(line)
        packages[canonicalize_name(requirement.name)] = requirement.specifier
    return packages, local


def conda_spec(spec):
    """A conda match spec such as 'numpy>=1.23', 'pygraphviz=2.0.4' or
    'python 3.11' as (canonical PyPI name, SpecifierSet)."""
    match = re.fullmatch(r"([A-Za-z0-9_.\-]+)\s*(.*)", spec.strip())
    assert match, f"cannot read conda spec {spec!r}"
    name, constraint = match.groups()
    constraint = constraint.strip().replace(" ", "")
    if re.fullmatch(r"=?[0-9][0-9.]*", constraint):  # 'name=1.2' or 'name 1.2' mean 1.2.*
        constraint = f"=={constraint.lstrip('=')}.*"
    name = CONDA_TO_PIP.get(name, name)
    return canonicalize_name(name), SpecifierSet(constraint)


def read_requirements_txt():
    return pip_requirements((REPO / "requirements.txt").read_text(encoding="utf-8").splitlines())


def read_environment_yml():
    """({name: SpecifierSet} of conda and pip packages, python's
    SpecifierSet, whether the local package is installed)."""
    environment = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    assert environment["channels"] == ["conda-forge"]
    packages, python, pip_lines = {}, None, []
    for entry in environment["dependencies"]:
        if isinstance(entry, dict):
            pip_lines.extend(entry["pip"])
            continue
        name, specifier = conda_spec(entry)
        if name == "python":
            python = specifier
        elif name != "pip":
            packages[name] = specifier
    pip_packages, local = pip_requirements(pip_lines)
    both = sorted(set(packages) & set(pip_packages))
    assert not both, f"listed for both conda and pip in environment.yml: {both}"
    packages.update(pip_packages)
    return packages, python, local


def test_requirements_txt_and_environment_yml_list_the_same_packages():
    pip_packages, _ = read_requirements_txt()
    conda_packages, _, _ = read_environment_yml()
    assert sorted(conda_packages) == sorted(pip_packages)


@pytest.mark.parametrize("name", sorted(read_requirements_txt()[0]))
def test_versions_agree(name):
    pip_packages, _ = read_requirements_txt()
    conda_packages, _, _ = read_environment_yml()
    assert conda_packages.get(name) == pip_packages[name], (
        f"{name}: requirements.txt says {str(pip_packages[name]) or 'any version'}, "
        f"environment.yml says {conda_packages.get(name)}"
    )


def test_pip_and_binder_install_the_course_package():
    assert read_requirements_txt()[1], "requirements.txt does not install the package (-e .)"
    # Binder builds environment.yml before the repository is copied in, so the
    # package is installed by postBuild, which runs once the repository is there.
    assert not read_environment_yml()[2], "environment.yml cannot install the package: Binder has no source yet"
    post_build = REPO / "postBuild"
    assert os.access(post_build, os.X_OK), "postBuild must be executable"
    commands = [line.strip() for line in post_build.read_text(encoding="utf-8").splitlines()]
    assert "python -m pip install --no-deps -e ." in commands
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "conda activate micrograd-lite && python -m pip install --no-deps -e ." in readme


def test_environment_yml_python_matches_requires_python(pyproject):
    _, python, _ = read_environment_yml()
    assert python == SpecifierSet(pyproject["project"]["requires-python"])


def lessons_extra(pyproject):
    return [Requirement(line) for line in pyproject["project"]["optional-dependencies"]["lessons"]]


def test_lessons_extra_is_in_requirements_txt(pyproject):
    pip_packages, _ = read_requirements_txt()
    missing = [r.name for r in lessons_extra(pyproject) if canonicalize_name(r.name) not in pip_packages]
    assert not missing, f"in the lessons extra but not in requirements.txt: {missing}"


def test_lessons_extra_accepts_what_colab_has(pyproject):
    """Installing the package on Colab must not upgrade (or downgrade) its
    preinstalled ipywidgets 7.7.1, numpy, matplotlib or graphviz."""
    for requirement in lessons_extra(pyproject):
        version = COLAB_PREINSTALLED.get(canonicalize_name(requirement.name))
        if version is not None:
            assert requirement.specifier.contains(Version(version)), (
                f"the lessons extra asks for {requirement}; Colab has {requirement.name} {version}"
            )
    assert pyproject["project"]["dependencies"] == [], "the engine needs the standard library only"


def quick_start_commands():
    """README's fenced ```bash blocks, one command each."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", readme, flags=re.DOTALL)]


def test_readme_has_the_two_command_quick_start():
    commands = quick_start_commands()
    lessons = [c for c in commands if "jupyter lab" in c]
    tests = [c for c in commands if "pytest" in c]
    assert lessons == ["python -m pip install -r requirements.txt && python -m jupyter lab notebooks/"]
    assert len(tests) == 1 and "\n" not in tests[0]
    assert tests[0].startswith("python -m pip install -r requirements-test.txt && ")


def test_ci_runs_readmes_test_command_verbatim():
    (test_command,) = [c for c in quick_start_commands() if "pytest" in c]
    ci_lines = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_command in ci_lines, f".ci/run does not run README's test command: {test_command}"


def test_ci_colab_lane_installs_colabs_stack():
    """.ci/run's Colab lane pins what Colab runs: its Python and, for every
    package that .ci/run pins, the version COLAB_PREINSTALLED says Colab has."""
    text = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    python = re.search(r'^COLAB_PYTHON="([0-9.]+)"$', text, flags=re.MULTILINE)
    pins = re.search(r"^COLAB_PINS=\((.*)\)$", text, flags=re.MULTILINE)
    assert python and pins, ".ci/run has no COLAB_PYTHON= or COLAB_PINS=(...) line"
    assert python.group(1) == COLAB_PYTHON
    pinned = dict(pin.strip('"').split("==") for pin in pins.group(1).split())
    assert set(pinned) == {"ipywidgets", "numpy", "matplotlib"}
    for name, version in pinned.items():
        assert COLAB_PREINSTALLED[name] == version, f".ci/run pins {name}=={version}"
    assert "lane_colab" in text and "pyenv" in text
