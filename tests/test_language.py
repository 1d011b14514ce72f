"""The string tables (micrograd_lite/locales): every language has every key, each
string the same {fields}, every key the code asks for exists, and none is unused."""

import ast
import re
import string
from pathlib import Path

import pytest

from micrograd_lite import language
from micrograd_lite.locales import TABLES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "micrograd_lite"
CJK = re.compile(r"[\u3400-\u9fff]")


def fields(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _key_tables(tree):
    """A module's dicts whose values are all literal strings (``_KEYS = {bool: "types.bool"}``),
    by name: ``text(_KEYS[kind])`` uses every key listed in one."""
    tables = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Dict)
                and node.value.values
                and all(isinstance(v, ast.Constant) and isinstance(v.value, str)
                        for v in node.value.values)):
            tables[node.targets[0].id] = [v.value for v in node.value.values]
    return tables


def keys_in_code():
    """Keys passed to text()/text_count() anywhere in the package: literal keys, or
    a lookup in a module-level dict of literal keys."""
    used = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "locales" in path.parts or path.name == "language.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tables = _key_tables(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            # the functions imported by name (``ax.text(x, y, s)`` is matplotlib's)
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name not in ("text", "text_count") or not node.args:
                continue
            first = node.args[0]
            suffixes = (".one", ".other") if name == "text_count" else ("",)
            if (isinstance(first, ast.Subscript)
                    and isinstance(first.value, ast.Name) and first.value.id in tables):
                keys = tables[first.value.id]
            else:
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.relative_to(ROOT)}:{node.lineno}: {name}() takes a literal key "
                    "(or a lookup in a module-level dict of literal keys), "
                    "so that the tables can be checked")
                keys = [first.value]
            for key in keys:
                for suffix in suffixes:
                    used.setdefault(key + suffix, f"{path.name}:{node.lineno}")
    return used


def test_every_language_has_the_english_keys():
    english = set(TABLES["en"])
    for code, table in TABLES.items():
        assert set(table) == english, (
            f"{code}: missing {sorted(english - set(table))[:10]}, "
            f"extra {sorted(set(table) - english)[:10]}")


@pytest.mark.parametrize("code", [c for c in TABLES if c != "en"])
def test_each_string_has_the_english_fields(code):
    wrong = {key: (fields(TABLES["en"][key]), fields(value))
             for key, value in TABLES[code].items() if fields(value) != fields(TABLES["en"][key])}
    assert not wrong, wrong


def test_every_key_the_code_asks_for_exists_and_every_key_is_used():
    used = keys_in_code()
    missing = {key: where for key, where in used.items() if key not in TABLES["en"]}
    assert not missing, missing
    unused = sorted(set(TABLES["en"]) - set(used) - {"common.language_name"})
    assert not unused, unused


def test_chinese_table_is_chinese_and_english_is_not():
    for key, value in TABLES["en"].items():
        assert not CJK.search(value) or key == "common.language_name", (key, value)
    untranslated = [key for key, value in TABLES["zh"].items()
                    if re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", _without_code(value))
                    and not CJK.search(value)]
    assert not untranslated, untranslated


def _without_code(template):
    """A template without `code`, {fields} and quoted names, which stay English."""
    template = re.sub(r"`[^`]*`", "", template)
    template = re.sub(r"\{[^}]*\}", "", template)
    return re.sub(r"'[^']*'", "", template)


def test_set_language_switches_and_checks_its_argument():
    try:
        assert language.set_language("zh") is None  # prints nothing in a notebook
        assert language.language() == "zh"
        assert language.text("common.language_name") == "中文"
        language.set_language("en")
        language.set_language("zh-CN")
        assert language.language() == "zh"
        language.set_language("EN")
        assert language.language() == "en"
        assert language.text("common.language_name") == "English"
        with pytest.raises(ValueError, match="'fr'.*'en', 'zh'"):
            language.set_language("fr")
        with pytest.raises(TypeError, match="got int"):
            language.set_language(1)
        assert language.language() == "en"  # a refused code changes nothing
    finally:
        language.set_language("en")


def test_a_missing_key_is_named():
    with pytest.raises(KeyError, match="no string 'no.such.key'"):
        language.text("no.such.key")


def test_no_table_writes_a_key_twice():
    """A key written twice in a table literal keeps only its last text, silently (a new
    message once replaced an old one of the same key this way)."""
    import ast
    import pathlib
    import micrograd_lite.locales as locales
    for path in sorted(pathlib.Path(locales.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert len(keys) == len(set(keys)), (path.name, sorted(
                    {k for k in keys if keys.count(k) > 1}))
