"""The language of everything the package shows a learner.

Figures, widgets, exercise feedback, progress bars and the texts shown without
a kernel all take their words from one table per language
(:mod:`micrograd_lite.locales`): ``locales/en.py`` holds every English string,
``locales/zh.py`` the same keys in Simplified Chinese. A third language is one
more file with the same keys, named in ``locales.TABLES``.

A lesson chooses its language once, in its setup cell::

    from micrograd_lite import set_language
    set_language("zh")

English is the default. Errors raised for bad arguments (``TypeError``,
``ValueError``) stay in English, like Python's own.
"""

import re

from .locales import TABLES

__all__ = ["set_language", "language", "text", "text_count", "LANGUAGES"]

#: The languages there is a table for, by code.
LANGUAGES = tuple(TABLES)

_ALIASES = {"zh-cn": "zh", "zh_cn": "zh", "zh-hans": "zh", "zh-sg": "zh", "cn": "zh",
            "chinese": "zh", "中文": "zh", "english": "en", "en-us": "en", "en-gb": "en",
            "en_us": "en", "en_gb": "en"}

_state = {"language": "en"}


def set_language(code):
    """Show figures, widgets and feedback in this language: ``"en"`` or ``"zh"``.

    Affects everything drawn or checked after the call (a widget already on
    screen keeps its words). :func:`language` tells which language is in use.
    """
    if not isinstance(code, str):
        raise TypeError(f"set_language takes a language code such as 'en' or 'zh', "
                        f"got {type(code).__name__}")
    key = code.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in TABLES:
        raise ValueError(f"no table for language {code!r}; there are: "
                         + ", ".join(repr(k) for k in LANGUAGES))
    _state["language"] = key
    from .fonts import use_in_matplotlib

    use_in_matplotlib()  # Chinese in figures, with the font the package ships


def language():
    """The code of the language in use (``"en"`` unless :func:`set_language` changed it)."""
    return _state["language"]


def text(key, **values):
    """The string ``key`` in the language in use, its ``{fields}`` filled from ``values``."""
    table = TABLES[_state["language"]]
    try:
        template = table[key]
    except KeyError:
        raise KeyError(f"the {_state['language']!r} table has no string {key!r}") from None
    if not values:
        return template
    filled = template.format(**values)
    # a field that starts or ends in Chinese ("一个没有标签的节点") where a template spaces
    # a name ("把 {node} 列了"): no space stays between two Chinese characters
    return _CHINESE_GAP.sub("", filled) if _state["language"] == "zh" else filled


_CHINESE = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CHINESE_GAP = re.compile(f"(?<=[{_CHINESE}]) +(?=[{_CHINESE}])")


def text_count(key, count, **values):
    """``text(key + ".one")`` when ``count`` is 1, else ``text(key + ".other")``,
    with ``count`` among the values: "1 step", "2 steps"."""
    return text(f"{key}.{'one' if count == 1 else 'other'}", count=count, **values)
