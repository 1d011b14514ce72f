"""One table of strings per language: ``en`` (the default) and ``zh`` (Simplified Chinese).

Every table has the same keys, and each string the same ``{fields}`` as the
English one (``tests/test_language.py`` checks). To add a language, copy
``en.py``, translate the values and name the new table here.
"""

from . import en, zh

TABLES = {"en": en.TEXT, "zh": zh.TEXT}
