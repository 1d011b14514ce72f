"""What an answer to lesson 01's direction question says, and the verdict on it.

The question: to make L = (a*b + c) * f larger (a = 2, b = -3, c = 10, f = -2), should b
increase or decrease? dL/db = -4 is negative, so b decreases. The exercise asks for one
word, "increase" or "decrease" (增大 or 减小). The reader takes that word, with at
most b (or "it") and a few words around it that change nothing ("b should decrease",
"减小 b", "b 应该减小一点"). An answer that says more (a reason, a step written as
code, a new value of b, another variable moved as well) is asked for the word alone:
what such an answer means cannot be read for certain, and a check that guessed would
pass some wrong answers and blame some right ones.
"""

import difflib
import re
import unicodedata

from ..language import text
from .feedback import Feedback

__all__ = ["judge_direction"]

# one English word for each way, in its forms ("decreases", "decreased", "decreasing")
_UP = ("increase", "raise", "grow", "increment", "rise", "up", "upward", "upwards",
       "larger", "bigger", "higher", "greater", "more")
_DOWN = ("decrease", "reduce", "lower", "lessen", "decrement", "diminish", "drop",
         "down", "downward", "downwards", "smaller", "less")
# the Chinese words (缩小 and 放大 are words of size, below)
_UP_ZH = ("增大", "增加", "变大", "加大", "调大", "提高", "升高", "上调", "调高", "往上", "向上",
          "往大", "上升", "往右", "向右", "右移", "变多", "往上调", "往大调")
_DOWN_ZH = ("减小", "减少", "变小", "调小", "降低", "下调", "调低", "往下", "向下", "往小", "下降",
            "往左", "向左", "左移", "变少", "往下调", "往小调")


def _forms(word):
    """"decrease" -> decrease, decreases, decreased, decreasing."""
    if word.endswith("e"):
        return (word, word + "s", word + "d", word[:-1] + "ing")
    return (word, word + "s", word + "ed", word + "ing")


_WAYS = {form: way for way, words in (("up", _UP), ("down", _DOWN)) for word in words
         for form in _forms(word)}
_WAYS.update({word: "up" for word in _UP_ZH})
_WAYS.update({word: "down" for word in _DOWN_ZH})
_WORD = "|".join(sorted(map(re.escape, _WAYS), key=len, reverse=True))
_WHO = r"(?P<who>[a-fl])"  # the variable named, b if the answer is for b
# words that change nothing around the one word: who, should, a light verb
_EN = re.compile(
    rf"(?:{_WHO}\s*[:：]?\s+|(?:you|we|i)\s+)?(?:should|must|needs? to|has to|have to|ought to|would|will|to)?\s*"
    rf"(?:move|moves|push|nudge|make|take|go|goes|get|gets|become|be|turn)?\s*(?:(?P<who2>[a-fl]|it)\s+)?"
    rf"(?P<way>{_WORD})(?:(?:\s*[,，]\s*|\s+)(?:the value of\s+)?(?P<who3>[a-fl]|it))?")
_ZH = re.compile(
    rf"(?:{_WHO}\s*[:：]?\s*)?(?:应该|应当|应|该|要|需要|得|就)?\s*(?:把\s*(?P<who2>[a-fl])\s*)?(?:往|向)?"
    rf"(?P<way>{_WORD})\s*(?:[,，]\s*)?(?:(?P<who3>[a-fl]|它)\s*(?:的值)?\s*)?(?:一点儿?|一些|些|点)?")
# words of size: for b = -3, "shrink b" may mean b smaller, or |b| smaller (b larger)
_SIZE_WORD = re.compile(r"(?:(?:b|it)\s+)?(?:shrink|enlarge|缩小|放大)(?:\s*(?:b|it))?")
_NEGATION = re.compile(rf"(?:(?:b|it)\s*)?(?:should|must|would|应该|应)?\s*"
                       rf"(?:do not|don't|dont|not|never|no|shouldn't|别|不要|不能|不该|不应该|不是|不)\s*(?:{_WORD})\b")
_UNCHANGED = re.compile(r"(?:leave (?:b|it)(?: as it is| alone)?|keep (?:b|it)(?: the same| fixed)?|"
                        r"b (?:stays|should stay)(?: the same)?|don't (?:move|change) (?:b|it)|unchanged|"
                        r"(?:b\s*)?(?:应该)?(?:保持)?(?:不变|不动)|(?:不用|别|不要)动\s*b?|b\s*不用动)")
_SIGNS = ("+", "-", "负", "正", "负的", "正的", "negative", "positive", "minus", "plus")
# a Chinese answer in traditional characters ("減小") is read in simplified ones
_SIMPLIFIED = str.maketrans("減變調縮負數為這應該動讓會", "减变调缩负数为这应该动让会")
_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f"
_ENDS = " .!?。！？" + _QUOTES  # ("decrease?": the word, asked unsure)
# one character of a Chinese word, and the word it may be the start or end of
_ONE_CHARACTER = {"减": "减小", "降": "降低", "小": "变小", "少": "减少",
                  "增": "增大", "加": "增加", "大": "变大", "升": "升高", "多": "变多"}


def _spelled(answer):
    """``answer`` in one spelling: ASCII letters (a Chinese input method's full-width
    "ｄｅｃｒｅａｓｅ"), no accents ("décrease"), simplified characters, lower case, one
    space between words, no quotes or full stop at its ends."""
    answer = unicodedata.normalize("NFKC", answer).translate(_SIMPLIFIED)
    answer = "".join(c for c in unicodedata.normalize("NFD", answer) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", answer.lower()).strip(_ENDS)


def _way_of(answer):
    """("up" or "down", the variable named or None) when ``answer`` is one word for a
    way with at most its variable; None when it says anything more."""
    for pattern in (_EN, _ZH):
        match = pattern.fullmatch(answer)
        if match and pattern is _ZH and match.group("who3") not in (None, "b") and \
                re.fullmatch(r"[a-z]+", answer):  # "decreasee": a slip of spelling, not e
            return None
        if match:
            named = [match.group(g) for g in ("who", "who2", "who3") if match.group(g)]
            named = [None if name in ("it", "它") else name for name in named]
            if len(named) <= 1:
                return _WAYS[match.group("way")], (named[0] if named else None)
    return None


def _in_two_languages(answer):
    """The way of "decrease（减小）", the word with its translation, when both agree."""
    match = re.fullmatch(r"([^()（）]+?)\s*[(（]\s*([^()（）]+?)\s*[)）]", answer)
    if match:
        ways = [_way_of(part.strip(_ENDS)) for part in match.groups()]
        if ways[0] is not None and ways[0] == ways[1]:
            return ways[0]
    return None


def _bracketed_name_unwrapped(answer):
    """"decrease (b)" and "decrease(b)" as "decrease b": the variable named in brackets."""
    return re.sub(r"\s*[(（]\s*([a-fl]|it|它)\s*[)）]$", r" \1", answer)


def judge_direction(answer):
    """The verdict on ``answer``, a text, to lesson 01's question: to make L larger, move
    b up or down? dL/db = -4 < 0, so down."""
    answer = _spelled(answer)
    found = _way_of(answer) or _way_of(_bracketed_name_unwrapped(answer)) or _in_two_languages(answer)
    if found is not None:
        way, name = found
        if name == "a" and answer.startswith("a "):  # "a decrease": the article, or the variable?
            return Feedback(False, text("lesson01.direction.article_or_a"))
        if name == "l":
            return Feedback(False, text("lesson01.direction.about_L"))
        if name not in (None, "b"):
            return Feedback(False, text("lesson01.direction.other_variable", names=name))
        if way == "up":
            return Feedback(False, text("lesson01.direction.sign"))
        return Feedback(True, text("lesson01.direction.right"))
    if answer in _SIGNS:
        return Feedback(False, text("lesson01.direction.sign_only", sign=answer))
    if re.fullmatch(r"[+-]?\s*\d+(?:\.\d+)?", answer):
        return Feedback(False, text("lesson01.direction.number_only", number=answer))
    if answer == "d":  # the variable d, or "d" for "decrease"?
        return Feedback(False, text("lesson01.direction.letter_d"))
    if _SIZE_WORD.fullmatch(answer):
        return Feedback(False, text("lesson01.direction.size_word"))
    if _UNCHANGED.fullmatch(answer):
        return Feedback(False, text("lesson01.direction.unchanged"))
    if _NEGATION.fullmatch(answer.removesuffix(" b").removesuffix("b").strip()):
        return Feedback(False, text("lesson01.direction.negated"))  # "don't increase b"
    joined = re.fullmatch(rf"({_WORD})[a-z]{{1,2}}", answer)  # "decreasee", "increasee"
    if joined and joined.group(1) in _WAYS and answer not in _WAYS:
        return Feedback(False, text("lesson01.direction.spelling", word=answer, close=joined.group(1)))
    ways = {_WAYS[word] for word in re.findall(_WORD, answer)}
    if ways == {"up", "down"} and not _NEGATION.search(answer):  # "减小还是增大": both, no choice
        return Feedback(False, text("lesson01.direction.both_ways"))
    slip = None if re.search(_WORD, answer) else _slip(answer)
    if slip is not None:
        return slip
    if re.search(_WORD, answer) or re.search(r"[\s=+\-*/,，。；;:：]", answer):
        return Feedback(False, text("lesson01.direction.one_word"))  # the word, or words, and more
    return Feedback(False, text("lesson01.direction.which_word"))


def _slip(answer):
    """The verdict on an answer with no word for a way that looks like a slip of
    spelling ("descrease", "de crease", "减"), or None."""
    word = answer.removeprefix("b").strip()
    if word in _ONE_CHARACTER:  # "减", "b减": half of 减小?
        return Feedback(False, text("lesson01.direction.spelling", word=word, close=_ONE_CHARACTER[word]))
    joined = answer.replace(" ", "")
    if joined in ("increase", "decrease"):  # "de crease"
        return Feedback(False, text("lesson01.direction.spelling", word=answer, close=joined))
    for word in sorted(answer.split()):  # "descrease"
        close = difflib.get_close_matches(word, ("increase", "decrease"), n=1, cutoff=0.8)
        if close:
            return Feedback(False, text("lesson01.direction.spelling", word=word, close=close[0]))
    return None
