"""Running a check (or anything that writes text) in Chinese, then back in English."""

from micrograd_lite import set_language


def in_chinese(make):
    """``make()`` with the Chinese tables in use; English again afterwards, whatever happens."""
    set_language("zh")
    try:
        return make()
    finally:
        set_language("en")
