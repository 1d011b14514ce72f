"""The Chinese edition (notebooks/zh/) keeps in step with the English one.

For every lesson: the same cells in the same order (type and nbval tags); code
cells equal once string literals and comments are set aside; every number in an
English cell's output appears in the Chinese cell's output; no English sentence
left in Chinese markdown.
"""

import ast
import re
from pathlib import Path

import nbformat
import pytest
from IPython.core.inputtransformer2 import TransformerManager

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHINESE = sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![\d])")
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’-]*){3,}")

# English that may stay in Chinese prose: names of works and programs, cited as such.
KEPT_ENGLISH = [
    "The spelled-out intro to neural networks and backpropagation: building micrograd",
    "Neural Networks: Zero to Hero",
]

pairs = pytest.mark.parametrize("name", [p.name for p in ENGLISH])


def _read(folder, name):
    return nbformat.read(ROOT / "notebooks" / folder / name, as_version=4)


def test_every_lesson_has_a_chinese_edition_and_no_more():
    assert [p.name for p in CHINESE] == [p.name for p in ENGLISH]


@pairs
def test_same_cells_in_the_same_order(name):
    en, zh = _read(".", name), _read("zh", name)
    assert len(zh.cells) == len(en.cells)
    for i, (a, b) in enumerate(zip(en.cells, zh.cells)):
        assert a.cell_type == b.cell_type, f"cell {i}"
        assert a.metadata.get("tags", []) == b.metadata.get("tags", []), f"cell {i}: tags"


class _Blank(ast.NodeTransformer):
    """Every string literal made empty; an f-string keeps only its {expressions}."""

    def visit_Constant(self, node):
        return ast.Constant("") if isinstance(node.value, str) else node

    def visit_JoinedStr(self, node):
        values = [self.visit(v.value) for v in node.values if isinstance(v, ast.FormattedValue)]
        return ast.Tuple([ast.Constant("f-string"), *values], ast.Load())


def code_shape(source):
    python = TransformerManager().transform_cell(source)  # %magics into Python
    return ast.dump(_Blank().visit(ast.parse(python)), include_attributes=False)


def test_code_shape_sets_aside_strings_and_comments_only():
    assert code_shape('print("loss", x)  # the loss') == code_shape('print("损失", x)  # 损失')
    assert code_shape('f"step {k}: {loss:.4f}"') == code_shape('f"第 {k} 步：{loss:.4f}"')
    assert code_shape('f"step {k}"') != code_shape('f"step {k + 1}"')
    assert code_shape("x = 0.1") != code_shape("x = 0.01")
    assert code_shape("lr = 0.1") != code_shape("rate = 0.1")


@pairs
def test_code_cells_equal_but_for_strings_and_comments(name):
    en, zh = _read(".", name), _read("zh", name)
    for i, (a, b) in enumerate(zip(en.cells, zh.cells)):
        if a.cell_type == "code":
            assert code_shape(a.source) == code_shape(b.source), (
                f"cell {i} differs in code:\n{a.source[:300]}\n---\n{b.source[:300]}")


def _output_text(cell):
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        for mime in ("text/plain", "text/html", "text/markdown"):
            value = output.get("data", {}).get(mime)
            if value:
                parts.append(value if isinstance(value, str) else "".join(value))
    return "\n".join(parts)


def _ignored_by_nbval(cell):
    tags = set(cell.metadata.get("tags", []))
    return bool(tags & {"nbval-ignore-output", "nbval-skip"})


def numbers(text):
    return set(NUMBER.findall(text))


@pairs
def test_every_number_in_an_english_output_is_in_the_chinese_one(name):
    en, zh = _read(".", name), _read("zh", name)
    for i, (a, b) in enumerate(zip(en.cells, zh.cells)):
        # a cell whose output nbval ignores (a timing) holds numbers no run repeats
        if a.cell_type == "code" and not _ignored_by_nbval(a):
            missing = numbers(_output_text(a)) - numbers(_output_text(b))
            assert not missing, f"cell {i}: {sorted(missing)[:12]} not in the Chinese output"


def prose(markdown):
    """Markdown without what stays as it is: code, math, link targets, HTML tags."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    text = re.sub(r"\$[^$]*\$", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"https?://\S+", " ", text)
    for kept in KEPT_ENGLISH:
        text = text.replace(kept, " ")
    return text


def test_prose_finds_an_english_sentence():
    assert ENGLISH_RUN.search(prose("这里 the loss goes up again 然后"))
    assert not ENGLISH_RUN.search(prose("学习率 `lr = 0.1`，见 [micrograd](https://x.y/a-b-c-d)。"))


@pairs
def test_no_english_sentence_in_chinese_markdown(name):
    zh = _read("zh", name)
    found = []
    for i, cell in enumerate(zh.cells):
        if cell.cell_type == "markdown":
            found += [(i, m.group()) for m in ENGLISH_RUN.finditer(prose(cell.source))]
    assert not found, found[:10]


# ----------------------------------------------------------------------
# README.zh-CN.md
# ----------------------------------------------------------------------
def _bash_blocks(text):
    return re.findall(r"```bash\n(.*?)\n```", text, re.S)


def test_readme_links_the_chinese_readme_which_has_the_same_two_commands():
    english = (ROOT / "README.md").read_text(encoding="utf-8")
    chinese = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")
    assert "](README.zh-CN.md)" in english and "](README.md)" in chinese
    # the same two commands, the first opening the Chinese lessons
    same = [command.replace("jupyter lab notebooks/", "jupyter lab notebooks/zh/")
            for command in _bash_blocks(english)[:2]]
    assert _bash_blocks(chinese)[:2] == same
    for command in same:  # and through a mirror
        mirrored = command.replace("python -m pip install ",
                                   "python -m pip install --index-url https://pypi.tuna.tsinghua.edu.cn/simple ")
        assert mirrored in chinese, mirrored


def test_chinese_readme_lists_every_chinese_lesson_by_its_title_with_a_badge():
    chinese = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")
    repository = re.search(r'^Repository\s*=\s*"https://github\.com/([^"]+?)/?"',
                           (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)
    for path in CHINESE:
        nn = path.name[:2]
        title = nbformat.read(path, as_version=4).cells[0].source.splitlines()[0]
        title = title.split("：", 1)[1].strip()
        row = [line for line in chinese.splitlines() if line.startswith(f"| {nn} |")]
        assert len(row) == 1, f"no row for lesson {nn}"
        assert f"[{title}](notebooks/zh/{path.name})" in row[0], (title, row[0][:120])
        assert (f"(https://colab.research.google.com/github/{repository}/blob/main/"
                f"notebooks/zh/{path.name})") in row[0]
