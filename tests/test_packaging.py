"""The release: `python -m build` makes an sdist and a wheel that pass `twine check`
and carry the font and its licence; and on a machine that has the lessons' stack but
not the package, a lesson's setup cell installs the wheel from the package index pip
is set up with (here a folder holding only the built wheel, a stand-in for a hosted
platform's mirror), after which the lesson runs, in English and in Chinese.
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
# What the build reads: the package, its metadata, README (the long description), licence.
SOURCES = ["pyproject.toml", "README.md", "LICENSE", "micrograd_lite"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """The sdist and the wheel, built from a copy of the sources (the checkout is left
    as it is: a build writes build/ and an .egg-info beside its sources)."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out),
                    str(source)], check=True, capture_output=True, text=True)
    return out


def test_the_release_builds_and_passes_twine_check(dist):
    wheels, sdists = list(dist.glob("*.whl")), list(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1
    checked = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, wheels + sdists)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    names = zipfile.ZipFile(wheels[0]).namelist()
    for inside in ("micrograd_lite/fontdata/MicrogradLiteSansSC-Regular.otf",
                   "micrograd_lite/fontdata/OFL.txt", "micrograd_lite/locales/zh.py"):
        assert inside in names
    metadata = zipfile.ZipFile(wheels[0]).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    for line in ("License-Expression: MIT AND OFL-1.1", "Provides-Extra: lessons",
                 "Requires-Python: >=3.10", "Project-URL: Repository, https://github.com/",
                 "Classifier: Natural Language :: Chinese (Simplified)",
                 "Description-Content-Type: text/markdown"):
        assert line in metadata, line


def _stack_without_the_package(folder):
    """A folder of links to everything this Python has installed except the course
    package (an editable install would otherwise come along): the lessons' stack."""
    folder.mkdir()
    seen = set()
    for site in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        for entry in Path(site).iterdir():
            name = entry.name.lower()
            if (name.startswith(("micrograd_lite", "micrograd-lite", "__editable__"))
                    or name.endswith(".pth") or entry.name in seen):
                continue
            seen.add(entry.name)
            (folder / entry.name).symlink_to(entry)
    return folder


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory):
    """A fresh virtual environment that sees the lessons' stack but not the package."""
    home = tmp_path_factory.mktemp("machine")
    subprocess.run([sys.executable, "-m", "venv", str(home / "venv")], check=True)
    python = home / "venv" / ("Scripts" if os.name == "nt" else "bin") / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    stack = _stack_without_the_package(home / "stack")
    Path(site, "lessons_stack.pth").write_text(f"{stack}\n", encoding="utf-8")
    return home, python


def _environment(home, index):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "JUPYTER"))}
    env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=str(index), PIP_DISABLE_PIP_VERSION_CHECK="1",
               JUPYTER_DATA_DIR=str(home / "jupyter-data"), JUPYTER_CONFIG_DIR=str(home / "jupyter-config"))
    return env


def _importable(python, env, cwd):
    found = subprocess.run([str(python), "-c", "import importlib.util as u; "
                            "s = u.find_spec('micrograd_lite'); print(s.origin if s else '')"],
                           env=env, cwd=cwd, capture_output=True, text=True, check=True)
    return found.stdout.strip()


@pytest.mark.parametrize("lesson, says", [
    ("01_derivatives.ipynb", "Installing the course package, micrograd-lite, with pip"),
    ("zh/01_derivatives.ipynb", "正在用 pip 安装课程的包 micrograd-lite"),
])
def test_a_lessons_setup_cell_installs_the_package_from_the_index_and_the_lesson_runs(
        dist, bare_python, lesson, says):
    home, python = bare_python
    index = home / "index"
    index.mkdir(exist_ok=True)
    for wheel in dist.glob("*.whl"):
        shutil.copy2(wheel, index / wheel.name)
    work = home / "work"
    work.mkdir(exist_ok=True)
    env = _environment(home, index)
    subprocess.run([str(python), "-m", "pip", "uninstall", "--yes", "--quiet", "micrograd-lite"],
                   env=env, cwd=work, capture_output=True)
    assert _importable(python, env, work) == ""  # no checkout, no editable install in sight

    notebook = work / lesson.replace("/", "_")
    shutil.copy2(ROOT / "notebooks" / lesson, notebook)
    ran = subprocess.run([str(python), "-m", "nbconvert", "--to", "notebook", "--execute",
                          "--ExecutePreprocessor.timeout=300", "--output", "ran.ipynb", str(notebook)],
                         env=env, cwd=work, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr[-3000:]
    cells = nbformat.read(work / "ran.ipynb", as_version=4).cells
    setup = next(cell for cell in cells if cell["cell_type"] == "code")
    printed = "".join(out.get("text", "") for out in setup["outputs"] if out["output_type"] == "stream")
    assert printed.strip() == says + ("……" if lesson.startswith("zh") else " ...")
    installed = _importable(python, env, work)
    assert installed.startswith(str(home / "venv")), installed  # the wheel, in the new environment
    errors = [out for cell in cells if cell["cell_type"] == "code" for out in cell["outputs"]
              if out["output_type"] == "error"]
    assert not errors
