"""What an answer to lesson 01's direction question says, and the verdict on it.

The question: to make L = (a*b + c) * f larger (a = 2, b = -3, c = 10, f = -2), should b
increase or decrease? dL/db = -4 is negative, so b decreases. A learner may answer with
a word ("decrease", "减小", "往小调"), or with the word and a reason ("decrease, since
increasing b lowers L", "减小，因为 dL/db = a*f = -4"). The reader brings the answer to
one spelling, takes out the question's goal and what the reason says dL/db is (judged in
:mod:`.stated_slope`), and reads the rest as a whole and then clause by clause: which way
b goes, and how b and L are said to move together. Where it cannot read a reason it
says so and judges the direction alone.
"""

import difflib
import re
import unicodedata

from ..language import text
from .answers import listed
from .feedback import Feedback
from .stated_slope import judge_measured, judge_statements, slope_named

__all__ = ["judge_direction"]


def judge_direction(answer):
    """The verdict on ``answer``, a text, to lesson 01's question: to make L larger, move
    b up or down? dL/db = -4 < 0, so down; a reason beside the answer is read."""
    raw_answer = answer
    raw = _against_it(answer.lower())
    against = any(_way_along(raw, m, -1) == " l decreases " for m in _AGAINST.finditer(raw))
    answer = _normalised(answer)
    first = _CLAUSE_END.split(answer, 1)[0]
    answer, wrong_way = _others_moved(answer)  # "decrease b and a", "减小 b，增大 c"
    if wrong_way is not None:
        return wrong_way
    if _MINUS_B.search(first):  # "增大 -b": a direction for -b, which way for b itself?
        return Feedback(False, text("lesson01.direction.which_word"))
    if _MAGNITUDE.search(first):  # "increase the magnitude of b": |b| grows as b (-3) falls
        # (a reason after the answer may speak of it: "decrease, so |b| grows")
        return _magnitude_verdict(first)
    # a question beside the answer ("dL/db 不是负的吗？", "难道是正的吗"): no claim to read,
    # unless it is the answer itself ("decrease? dL/db = -4")
    asked = _QUESTION.sub(lambda m: m.group() if _is_answer_word(m.group()) else " ", answer)
    # (the exercise's question said again, "增大还是减小？减小", says nothing of dL/db)
    echoed = all(_CHOICE.search(m.group()) for m in _QUESTION.finditer(answer)
                 if not _is_answer_word(m.group()))
    if any(_ALTERNATIVE.match(m.group()) for m in _QUESTION.finditer(answer)):
        return Feedback(False, text("lesson01.direction.one_word"))  # "decrease? or increase?"
    asked_any = asked != answer and asked.strip(" ,;:.!?，；：。！？")
    answer = asked if asked_any else answer
    # what the answer says dL/db is ("because dL/db = a*f = -4"), judged and taken out
    # "b 减小 1，L 增加 4": a change measured, its ratio (read also before a step written on b,
    # "b 减 0.01", became a word)
    measured = judge_measured(_spelled(raw_answer)) or judge_measured(answer)
    stated, answer, unread = judge_statements(answer)
    stated = stated | {_MEASURED[measured]} if measured else stated
    unread = unread or bool(asked_any and not echoed)
    verdict = _with_reason(answer)
    if verdict is None:
        verdict = _read_direction(answer)
    if not verdict and verdict.message in {text(_UNREAD_KEYS[name]) for name in _UNREAD_KEYS}:
        # an answer with its reason ("decrease: increasing b makes L smaller", "b 增大 L
        # 就减小，所以要减小 b"), read clause by clause, where the reading as a whole rejects it
        by_clauses = _read_clauses(answer)
        verdict = verdict if by_clauses is None else by_clauses
    if verdict and "wrong" not in stated and "measured wrong" in stated:  # "b 减小 1，L 增加 6"
        return Feedback(False, text("lesson01.direction.measured_wrong"))
    if verdict.message == text("lesson01.direction.wrong_reason") and against:
        return Feedback(False, text("lesson01.direction.against_gradient"))  # "decrease, against the gradient"
    if not verdict or "wrong" in stated:  # down, for a reason that gives dL/db another value
        return Feedback(False, text("lesson01.direction.wrong_reason")) if verdict else verdict
    if "right" in stated:  # (and the rest of the reason, if any, read or not)
        return Feedback(True, text(_STATED_RIGHT_KEYS[
            verdict.message == text("lesson01.direction.right_reason_unread")]))
    if unread and verdict.message == text("lesson01.direction.right"):  # "if dL/db were ..."
        verdict = Feedback(True, text("lesson01.direction.right_reason_unread"))
    other = _OTHER_SLOPE.search(answer)
    if (verdict.message == text("lesson01.direction.right_reason_unread") and other
            and not _SET_ASIDE.search(answer)
            and not re.search(r"d\s*[a-f]\s*/\s*d\s*b\b", answer)):  # dL/da alone (not "dL/de, de/db")
        name = next(group for group in other.groups() if group)
        return Feedback(False, text("lesson01.direction.other_slope", name=name))
    return verdict


_UP = {"increase", "up", "upward", "upwards", "larger", "bigger", "more", "higher", "greater",
       "raise", "grow", "enlarge", "increment", "rise"}
_DOWN = {"decrease", "down", "downward", "downwards", "smaller", "lower", "less", "reduce",
         "shrink", "lessen", "decrement", "diminish", "drop", "fall", "sink", "decline"}
# directions said with the sign's words (b is -3 in the lesson)
_SIGNED_WORDS = (("more negative", "down"), ("less negative", "up"), ("more positive", "up"),
                 ("less positive", "down"), ("更负", "减小"), ("负得更多", "减小"), ("变负", "减小"),
                 ("negative direction", "down"), ("positive direction", "up"),
                 ("move b left", "decrease b"), ("move b to the left", "decrease b"),
                 ("move b right", "increase b"), ("move b to the right", "increase b"))
# a Chinese answer has no spaces between words: these are looked for inside it
_UP_ZH = ("右移", "增加", "增大", "变大", "加大", "调大", "提高", "升高", "上调", "往上", "向上", "放大",
          "调高", "往大", "更大", "大一点", "大一些", "多一点", "变多", "越大", "上升", "往右", "向右",
          "正方向", "正的方向", "递增")
_DOWN_ZH = ("左移", "减少", "减小", "变小", "调小", "降低", "下调", "往下", "向下", "缩小", "调低", "往小",
            "更小", "小一点", "小一些", "少一点", "变少", "越小", "下降", "往左", "向左", "负方向",
            "负的方向", "递减")
_NOT_ZH = ("不", "别", "没")
# words that give a reason after the answer ("decrease, since increasing b lowers L")
_BECAUSE = {"since", "because", "as", "so", "therefore", "thus", "cause", "bc", "cuz", "coz"}
# English words that turn an answer round ("no decrease", "shouldn't decrease b")
_NOT_EN = {"not", "no", "don't", "dont", "never", "shouldn't", "shouldnt", "mustn't",
           "won't", "wont", "can't", "cannot", "doesn't", "isn't", "nor", "opposite"}
# an answer in traditional characters ("減小") is read in simplified ones
_SIMPLIFIED = str.maketrans("減變調縮負數為這樣會讓應該導於從個對點來說時後邊們與關將較則無確實動話沒還條號",
                            "减变调缩负数为这样会让应该导于从个对点来说时后边们与关将较则无确实动话没还条号")
_CJK = re.compile(r"[\u3400-\u9fff]")
# a single letter standing alone (also between Chinese characters: "减小a"), the way
# an answer names one of lesson 01's variables a, b, c, d, e, f
_LETTER = re.compile(r"(?<![A-Za-z'])([A-Za-z])(?![A-Za-z'])")
_VARIABLES = set("abcdef")
# "a" is also the English article: "decrease it a little", "(a negative number)" name no variable
_AFTER_ARTICLE = {"little", "bit", "lot", "tiny", "small", "touch", "few", "negative", "positive",
                  "number", "value", "step", "nudge", "change", "move", "reduction", "decline"}


def _after_a(answer, match):
    """The word after the letter ``match`` found, lower case ("" at the end)."""
    following = answer[match.end():].split()
    return following[0].lower().strip(".,!()") if following else ""


def _is_direction(word):
    return word in _UP or word in _DOWN or word.startswith(("increas", "decreas"))


def _named_variables(answer):
    """The variables of L (a, b, c, d, e, f) that the answer names."""
    named = set()
    for match in _LETTER.finditer(answer):
        letter = match.group(1).lower()
        if letter == "a" and _after_a(answer, match) in _AFTER_ARTICLE:
            continue
        if letter in _VARIABLES:
            named.add(letter)
    return named


def _a_before_direction(answer):
    """Whether "a" comes right before a direction ("a decrease"): the article, or the
    variable a said to move?"""
    return any(match.group(1) in "aA" and _is_direction(_after_a(answer, match))
               for match in _LETTER.finditer(answer))


# the question's own goal, written into an answer: to make L larger (English or Chinese)
_L_GOES_UP = (r"(?:l (?:up|goes up|increases|rises|grows|gets (?:larger|bigger)|will increase)\b"
               r"|l\s*(?:就|会)?(?:变大|增大|增加|上升))")
_GOAL = re.compile(
    r"\b(?:in order |so as )?to (?:increase|raise|grow|enlarge) l\b"
    r"|\b(?:in order |so as )?to make l (?:larger|bigger|greater|higher|grow|increase|go up)\b"
    # "decrease b, which makes L increase", "making L larger", "increase L by decreasing b"
    r"|\b(?:which|that|this|it) (?:makes|will make|would make|lets) l "
    r"(?:larger|bigger|greater|higher|grow|increase|go up|rise)\b"
    r"|\bmaking l (?:larger|bigger|greater|higher|grow|increase|go up)\b"
    r"|^\s*(?:increase|raise) l (?:by|through|via)\b"
    # (not "增大 b 会让 L 变大": a result said of a move of b is a reason)
    r"|[来以好]?(?<![会能将就])(?:让|使得|使)\s*l\s*(?:变大|增大|增加|更大|上升|变得更大)"
    # "通过减小 b 来增大 L", "减小 b，这样 L 会变大", "增大 L 要减小 b"
    r"|[来以](?:增大|增加|提高|加大)\s*l"
    r"|(?:这样|从而|于是)\s*l\s*(?:就|会)?(?:变大|增大|增加|上升|变得更大)"
    r"|^\s*要?(?:增大|增加|提高)\s*l\s*(?:的话)?\s*(?=要|就|需要|得|应该|[,，])")
# the goal as a clause beside the answer: "b down, L up", "L up; decrease b" (not where b
# and L are said to move together: "when b goes up, L goes up" is a reason)
_GOAL_CLAUSE = re.compile(rf"(?:[,;，；→]|->|=>)\s*(?:and |then |so )?{_L_GOES_UP}\s*$"
                          r"|\bso(?: that)? l (?:up|increases|grows|goes up|rises|gets (?:larger|bigger)"
                          r"|is (?:larger|bigger))\b"
                          rf"|^\s*{_L_GOES_UP}\s*[,;，；]")
_TOGETHER = re.compile(r"\b(?:when|whenever|if|as|while)\b|如果|假如|要是|的话|时|每当|每")


_L_FROM_TO = re.compile(r"\bl\s*(?:会|就|将)?\s*(?:goes|go|changes|moves|went|changed|moved|从)?\s*(?:from\s*)?"
                        r"(-?\d+(?:\.\d+)?)\s*(?:->|→|to|到|变成|变为)\s*(-?\d+(?:\.\d+)?)")


def _is_answer_word(clause):
    """Whether a clause is a direction alone, perhaps with b ("decrease?", "减小吗？")."""
    if _CHOICE.search(clause):  # the question's two words, "increase or decrease?"
        return False
    word = re.sub(r"\bb\b|[吗呢吧?？\s]", "", clause)
    return _is_direction(word) or word in _UP_ZH or word in _DOWN_ZH


_QUESTION = re.compile(r"[^,;，；。.!?！？]*(?:吗|难道|呢)[^,;，；。.!?！？]*[?？]?|[^,;，；。.!?！？]*[?？]")
_CHOICE = re.compile(r"^\W*(?:b\s*)?(?:应该|要|should)?\s*(?:increase|增大|增加)\s*(?:or|还是|或者?)\s*"
                     r"(?:decrease|减小|减少)\W*$|^\W*(?:decrease|减小|减少)\s*(?:or|还是|或者?)\s*"
                     r"(?:increase|增大|增加)\W*$")
# what a change measured says of dL/db -> what the verdicts on statements hold
_MEASURED = {"right": "right", "wrong": "measured wrong"}
# a question that offers the other way ("decrease? or increase?", "减小？还是增大？")
_ALTERNATIVE = re.compile(r"\W*(?:or|还是|或者|或)\s*(?:should (?:i|we|it) )?(?:b\s*)?"
                          r"(?:increase|decrease|增大|减小|增加|减少)\s*(?:b\s*)?[?？]?\s*$")
_MAGNITUDE = re.compile(r"\b(?:magnitude|absolute value|abs\s*\(\s*b\s*\))|\|\s*b\s*\||绝对值")
# the slopes of L with respect to the lesson's other variables (a = 2, b = -3, c = 10, f = -2)
_OTHER_SLOPES = {"a": 6.0, "c": -2.0, "d": -2.0, "e": -2.0, "f": 4.0}
_WAY_WORDS = "|".join(sorted([*_UP_ZH, *_DOWN_ZH, *_UP, *_DOWN, "increase", "decrease"], key=len, reverse=True))
# a clause that moves one other variable and says nothing else ("增大 c", "a should go down")
_OTHER_MOVE = re.compile(rf"(?:也|要|应该|同时|还)?\s*(?:to\s+)?(?P<word>{_WAY_WORDS})\s*(?P<before>[acdef])"
                         rf"|(?P<after>[acdef])\s*(?:也|要|应该|也要|should|must)?\s*(?:go\s+|be\s+)?(?P<word2>{_WAY_WORDS})")
_B_AND_ANOTHER = re.compile(r"(?<![a-z'/])b\s*(?:and|&|和|与|跟|以及|还有)\s*([acdef])(?![a-z'/])"
                            r"|(?<![a-z'/])([acdef])\s*(?:and|&|和|与|跟|以及|还有)\s*b(?![a-z'/])")
_MINUS_B = re.compile(r"(?:^|[\s(（])-\s*b\b")
# dL/db stated right -> whether the rest of the reason could not be read -> the message
_STATED_RIGHT_KEYS = {False: "lesson01.direction.right", True: "lesson01.direction.right_partly_read"}
_PAIR = r"(?:b\s*(?:和|与|跟|and)\s*l|l\s*(?:和|与|跟|and)\s*b)"
_OPPOSITE = re.compile(_PAIR + r"\s*(?:的)?\s*(?:变化)?\s*(?:方向)?\s*(?:相反|反向(?:变化)?|"
                       r"move (?:in )?opposite (?:ways|directions)|go (?:in )?opposite (?:ways|directions))")
_TOGETHER_WAY = re.compile(_PAIR + r"\s*(?:的)?\s*(?:变化)?\s*(?:方向)?\s*(?:相同|一致|同向(?:变化)?|一起变(?:大|小|化)?|"
                           r"move (?:together|the same way|in the same direction)"
                           r"|go (?:together|the same way|in the same direction))")
_SAME_WAY_AS_B = re.compile(r"(?<![a-z/])l\b[^;.:]*?(?<![a-z/])b\b[^;.:]*?\b(?:in )?(?:the )?(same|opposite) (?:direction|way)\b")
_L_WITH_B = re.compile(r"\bl (grows|increases|rises|goes up|falls|decreases|drops|shrinks|goes down)"
                       r" (?:with|along with|together with) b\b")
# L said to change by a number ("L changes by -0.04", "L 变化 -0.04"): its sign says which way
_L_CHANGES_BY = re.compile(r"(?<![a-z/])([bl])\s*(?:的值)?\s*(?:changes|change|moves|goes|shifts|变化了?|改变了?|变了|会变)"
                           r"\s*(?:by|about|大约|约|了)?\s*([+-]?)\s*(?=\d)")


# -b said to move, in Chinese ("-b 增大", "增大 -b"): b moves the other way
_MINUS_B_ZH = re.compile(r"(?<![\w)])-\s*b\s*(?:就|会|要|应该|得)?\s*(?P<after>{words})|(?P<before>{words})\s*-\s*b\b"
                         .format(words="|".join(sorted(_UP_ZH + _DOWN_ZH, key=len, reverse=True))))
# L said to move by a small amount ("L+0.04", "L - 4h")
_L_PLUS = re.compile(r"(?<![a-z/(])l\s*([+-])(?![-+=])\s*(?=\d*\.\d|\d*h\b)")
# arrows and infinities ("b↓", "b towards -infinity", "b 往负无穷走")
_ARROWS = (("↓", " decrease "), ("⬇", " decrease "), ("↑", " increase "), ("⬆", " increase "))
_INFINITY = re.compile(r"(?:towards?|to)\s*(-|\+)?\s*inf(?:inity)?\b|(负|正)无穷(?:大)?|[-+]\s*∞")
# a number said in words where a reason gives dL/db ("the derivative is four", "导数是负四")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10,
                 "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "八": 8, "十": 10}
_SAID_NUMBER = re.compile(r"\b(is|=|equals|of|be|was)\s+(?:(negative|minus)\s+)?"
                          r"(one|two|three|four|five|six|eight|ten)\b"
                          r"|(是|为|等于)\s*(负)?([一二两三四五六八十])(?![\u4e00-\u9fff])")
_MINUS_B_MOVES = re.compile(r"(?<![\w)])-\s*b\s+(?:will |would |also )?(grows|increases|rises|goes up"
                            r"|shrinks|decreases|falls|goes down|drops)\b")
_SLOPE_WORD = r"(?:导数|梯度|斜率|dl/db|(?:the|its) (?:gradient|derivative|slope))"
# against the slope: gradient descent, which takes L down; along it: gradient ascent
_SIGN_OF_SLOPE = rf"(?:与|和|跟)\s*{_SLOPE_WORD}\s*(?:的)?\s*(?:符号|正负号)?\s*"  # "与导数符号相同的方向"
_AGAINST = re.compile(rf"{_SIGN_OF_SLOPE}相反(?:的?方向)?"
                      rf"|(?:往|向|朝|沿着?)?\s*{_SLOPE_WORD}\s*的?\s*(?:反方向|相反的方向|负方向)|逆着\s*{_SLOPE_WORD}"
                      rf"|(?:沿着?|往|向|朝)?\s*负梯度(?:的)?方向|梯度下降(?:法)?|gradient descent"
                      rf"|against {_SLOPE_WORD}|(?:in )?(?:the )?opposite (?:direction )?(?:of|to) {_SLOPE_WORD}")
_ALONG = re.compile(rf"{_SIGN_OF_SLOPE}(?:相同|一致)(?:的?方向)?"
                    rf"|(?:沿着?|顺着|朝着?|往|向)\s*{_SLOPE_WORD}\s*的?\s*(?:正)?方向(?:走|移动|变|调)?"
                    rf"|梯度上升(?:法)?|gradient ascent|(?:along|with|in the direction of|follow(?:ing)?) {_SLOPE_WORD}")
_NEGATIVE_AMOUNT = r"(?:-\s*(?=\d|h\b)|a negative (?:amount|number|value|step)\b)"
_BY_NEGATIVE = re.compile(rf"\b([a-z]+)\s+(?:b|it)\s+by\s+{_NEGATIVE_AMOUNT}|^\W*([a-z]+)\s+by\s+{_NEGATIVE_AMOUNT}"
                          r"|(?:^\W*|(?<![a-z])b\s*)(增大|增加|减小|减少)\s*(?:b\s*)?(?:了)?\s*"
                          r"(?:-\s*(?=\d|h\b)|一个负数|负数)")


# a step's amount: a product of terms, each a number, h, a rate, dL/db itself (-4), or a
# number said in words ("一个负数", "a negative number"); "-0.01*(-4)", "lr * b.grad"
_TERM = (r"(?:-\s*)?(?:\(\s*-?\s*(?:\d+(?:\.\d+)?|\.\d+|h)\s*\)|\d+(?:\.\d+)?|\.\d+|h\b|lr\b|"
         r"learning[_ ]rate|η|α|alpha\b|学习率|步长|dl/db|b\.grad|(?:the )?grad(?:ient)?\b|(?:b\s*的\s*)?(?:导数|梯度)|"
         r"(?:一个|一点)?(?:负|正)(?:的)?数|a (?:negative|positive|small) (?:number|amount|value))")
_AMOUNT = rf"{_TERM}(?:\s*(?:[*×·]|乘以|乘上|乘)\s*{_TERM})*"
# a step written on b: "b -= h", "b += -0.01", "b 减去 h", "b减0.01", "b - h", "b--",
# "b = b - 0.01*dL/db", "subtract 0.01 from b", "b < -3"
_B_STEP = re.compile(
    rf"(?<![a-z.])b(?:\.data)?\s*(?:要|应该|得|就)?\s*(?:(?P<op>[+-])=|=\s*b(?:\.data)?\s*(?P<op2>[+-])(?![-+=])|"
    rf"(?P<word>减去|减掉|减|加上|加))\s*(?P<amount>{_AMOUNT})"
    rf"|(?<![a-z(*/.])b\s*(?P<op3>[+-])(?![-+=])\s*(?P<amount3>{_AMOUNT})"
    rf"|(?<![a-z.])b(?:\.data)?\s*(?:要|应该|得|就)?\s*(?:(?P<op4>[+-])=|(?P<word4>减去|减掉|加上))"
    # ("b 要减": the one character after 要, 应该, 得 or 就 is the verb; "b减" alone is asked about)
    rf"|(?<![a-z.])b(?:\.data)?\s*(?:要|应该|得|就)\s*(?P<word6>减|加)(?=\s*(?:$|[,;.!?，；。！？]))"
    rf"|(?<![a-z.])b\s*(?:要|应该|得|就)?\s*(?P<word7>增大|增加|减小|减少|increases?|decreases?)\s*(?:by\s+)?"
    rf"(?P<amount7>{_AMOUNT})(?=\s*(?:$|[,;.!?，；。！？]))"
    rf"|(?P<verb8>increase|decrease)\s+b\s+by\s+(?P<amount8>{_AMOUNT})"
    rf"|(?<![a-z.])b\s*(?P<twice>\+\+|--|[-+](?=\s*$))"
    rf"|(?P<verb>subtract|add)\s+(?:(?P<amount5>{_AMOUNT})\s+|\S+\s+)?(?:from|to)\s+b\b"
    rf"|(?<![a-z])b\s*(?P<compare><|小于|>|大于)\s*-\s*3(?:\.0+)?(?![\d.])")


def _b_step_way(match):
    """" decrease b " or " increase b ": the way a step written on b moves it, its
    operation's sign times its amount's (each minus, negative and dL/db, which is -4,
    turns it round: "b -= 0.01 * b.grad" moves b up)."""
    step = match.groupdict()
    if step["compare"] or step["twice"]:
        down = step["compare"] in ("<", "小于") or (step["twice"] or "").startswith("-")
        return " decrease b " if down else " increase b "
    op = next(step[name] for name in ("op", "op2", "word", "op3", "op4", "word4", "word6", "verb", "word7",
                                      "verb8") if step[name])
    way = -1 if op in ("-", "减去", "减掉", "减", "subtract") or _sign_of(op) < 0 else 1
    amount = next((step[name] for name in ("amount", "amount3", "amount5", "amount7", "amount8") if step[name]), "")
    turns = amount.count("-") + len(re.findall(r"负|negative|dl/db|grad|导数|梯度", amount))
    return " decrease b " if way * (-1) ** turns < 0 else " increase b "


_ARITHMETIC = r"(?:[-+*×/().\d\s]+=\s*)?"  # "b 取 -3 - 0.01 = -3.01": the value after the last =
_B_TO = re.compile(r"(?<![a-z])b\s*(?::|goes|went|moves)?\s*(?:from\s*)?-3(?:\.0+)?\s*(?:->|→|\bto\b)\s*(?P<goes>-?\d+(?:\.\d+)?)"
                   r"|(?<![a-z])b\s*(?:\*=|乘以?|=\s*b\s*\*)\s*(?P<factor>-?\d+(?:\.\d+)?)(?![\d.])"  # "b *= 2": -6
                   r"|(?<![a-z])b\s*(?:=|变成|变为)\s*(?P<times>-?\d+(?:\.\d+)?)\s*\*?\s*b(?![a-z])"  # "b = 2*b"
                   r"|^\W*-3(?:\.0+)?\s*(?:->|→)\s*(-?\d+(?:\.\d+)?)"  # "-3 -> -3.01": b's values
                   r"|(?<![a-z])b\s*=\s*-3(?:\.0+)?\s*(?P<op>[-+])\s*(?P<by>\d+(?:\.\d+)?|h\b)(?![\d.]|\s*[*/×(])"
                   r"|(?<![a-z])b\s*(?:的)?(?:新值|新的值)?\s*(?:(?:=|从|from)\s*-?\d+(?:\.\d+)?\s*)?"
                   rf"(?:取|取成|改成|改为|变成|变为|设为|设成|调到|调成|调为|减到|降到|增到|加到|升到|更接近|接近|更靠近|靠近|应该是|\btowards?\b|\bcloser to\b|->|→|\bto\b|becomes|should be|must be|到)\s*{_ARITHMETIC}(-?\d+(?:\.\d+)?)"
                   r"|(?<![a-z./])b\s*(?:的)?(?:新值|新的值)?\s*=\s*"
                   rf"{_ARITHMETIC}(-?\d+(?:\.\d+)?)(?![\d.]|\s*(?:->|→|\bto\b|到|改|变|[-*/+×]))")
_L_BECOMES = re.compile(r"(?<![a-z/])(?:(?:gives|makes|then|时|的时候)\s*l\s*=(?!=)|(?:gives |makes )?l\s*"
                        r"(?:becomes|will be|will become|would become|goes to|would be|变成|变为|会变成|会变为|就变成))"
                        r"\s*(-?\d+(?:\.\d+)?)(?![\d.]|\s*(?:倍|times))")
_CHANGES_L_BY = re.compile(r"\b(?:changes|change|moves|shifts)\s+l\s+by\s*([+-]?)\s*(?=\d)")
_L_TAKEN = re.compile(r"\b(?:(subtracts?|takes?)\s+[\d.]+\s+(?:from|off)|adds?\s+[\d.]+\s+to)\s+l\b")
_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f"  # around a word typed with them


def _new_value_of_b(match):
    """" decrease b " or " increase b " for a new value of b (-3 now), or the text as it
    was where the value is -3."""
    if match.group("goes"):  # "b goes from -3 to -3.01", "b: -3 -> -3.01"
        value = float(match.group("goes"))
        return " decrease b " if value < -3 else " increase b " if value > -3 else match.group()
    if match.group("factor") or match.group("times"):
        value = -3 * float(match.group("factor") or match.group("times"))
        return " decrease b " if value < -3 else " increase b " if value > -3 else match.group()
    if match.group("op"):  # "b = -3 - 0.01"
        return " decrease b " if match.group("op") == "-" else " increase b "
    value = float(next(group for group in match.groups() if group))
    return " decrease b " if value < -3 else " increase b " if value > -3 else match.group()


def _the_other_way(match):
    """A move by a negative amount, as the move the other way (or as it was, where the
    word is no direction)."""
    sign = _sign_of(next(group for group in match.groups() if group))
    return match.group() if not sign else " increase b " if sign < 0 else " decrease b "


def _way_along(answer, match, way):
    """What a move along (+1) or against (-1) dL/db says: the answer for b, where no
    direction comes before it, else a reason's move of L (along takes L up)."""
    before = answer[:match.start()]
    # (a direction just after "l" is L's, the goal: "L 要变大，所以 b 要往导数的反方向走")
    ways = [m for m in _CLAUSE_TOKENS.finditer(before) if _sign_of(m.group())]
    answered = any(not re.search(r"(?<![a-z])l\s*\S{0,2}\s*$", before[:m.start()]) for m in ways)
    if answered:
        return " l increases " if way > 0 else " l decreases "
    return " decrease " if way > 0 else " increase "


def _against_it(answer):
    """``answer`` with "go against it", said after the gradient is named, as "go against
    the gradient" (and "往它的反方向走" as "往梯度的反方向走")."""
    if re.search(_SLOPE_WORD, answer):
        answer = re.sub(r"\bagainst (?:it|that)\b", "against the gradient", answer)
        answer = re.sub(r"(?:往|向|朝)?它的?(?:反方向|相反的方向)", "梯度的反方向", answer)
    return answer


def _others_moved(answer):
    """``answer`` (normalised) with another variable moved beside b the way that takes L up
    too taken out ("减小 b 和 c": dL/dc = -2), and the Feedback for one moved the way that
    takes L down ("decrease b and a": dL/da = 6), or None: moved with b as one answer,
    or in a clause of its own ("减小 b，增大 c")."""
    moves = []  # (name, way)
    said_first = re.split(r"\b(?:because|since|so|as|therefore)\b|因为|所以|由于|[:：;；]", answer)[0]
    together = _B_AND_ANOTHER.search(said_first)
    if together and not (_after_a(said_first, together) in _AFTER_ARTICLE and "a" in together.groups()):
        way = next((_sign_of(m.group()) for m in _CLAUSE_TOKENS.finditer(said_first) if _sign_of(m.group())), 0)
        moves.append((together.group(1) or together.group(2), way))
    clauses = re.split(r"[,;，；。、]|\b(?:and|then|also)\b|同时|并且|并|而且|还要|再", answer)
    # (only beside b moved: "b 不变，减小 f" is told that b must move)
    b_moved = any("b" in _named_variables(c) and not _UNCHANGED.search(c)
                  and any(_sign_of(m.group()) for m in _CLAUSE_TOKENS.finditer(c)) for c in clauses)
    right_clauses = []
    for clause in clauses if b_moved else ():
        move = _OTHER_MOVE.fullmatch(clause.strip(" .!。！"))
        if move:
            moves.append((move.group("before") or move.group("after"),
                          _sign_of(move.group("word") or move.group("word2"))))
            right_clauses.append(clause)
    for name, way in moves:
        if way * _OTHER_SLOPES[name] < 0:
            return answer, Feedback(False, text("lesson01.direction.other_too", name=name,
                                                slope=f"{_OTHER_SLOPES[name]:g}"))
    if together and moves and moves[0][1]:  # the other moved right, as one answer with b: b's alone
        answer = answer.replace(together.group(), " b ", 1)
    for clause in right_clauses:  # "增大 a 并减小 b": a up takes L up too, and b's answer stays
        answer = answer.replace(clause, " ", 1)
    return answer, None


def _said_number(match):
    """A number said in words after "is" or "是", in digits ("four" -> "4")."""
    verb, minus, word = (match.group(1), match.group(2), match.group(3)) if match.group(1) \
        else (match.group(4), match.group(5), match.group(6))
    return f"{verb} {'-' if minus else ''}{_NUMBER_WORDS[word]}"


def _spelled(answer):
    """``answer`` in one spelling: ASCII letters and punctuation (a Chinese input
    method's full-width "ｄｅｃｒｅａｓｅ"), no accents ("décrease"), simplified
    characters, lower case, "against it" said of the gradient as "against the gradient"."""
    answer = unicodedata.normalize("NFKC", answer).translate(_SIMPLIFIED).replace("\u2212", "-")
    answer = answer.replace("∂", "d")  # ∂L/∂b, as lesson 03 writes it, is dL/db
    answer = "".join(c for c in unicodedata.normalize("NFD", answer) if not unicodedata.combining(c))
    answer = unicodedata.normalize("NFC", answer)
    return _against_it(answer.lower())


def _normalised(answer):
    """``answer`` in one spelling (ASCII letters, simplified characters, lower case), its
    goal taken out, and the ways of saying how b and L move together rewritten as
    "l increases when b increases" (or decreases), which the clause reader reads."""
    answer = _spelled(answer)
    # b and L said to move the same way, or opposite ways ("b 和 L 变化方向相反")
    answer = _OPPOSITE.sub(" l decreases when b increases ", answer)
    answer = _TOGETHER_WAY.sub(" l increases when b increases ", answer)
    # L said to move the same way as b, or the opposite way ("L moves 4 times as far as b,
    # in the same direction")
    answer = _SAME_WAY_AS_B.sub(lambda m: " l increases when b increases " if m.group(1) == "same"
                                else " l decreases when b increases ", answer)
    # L said to go with b ("L grows with b"): the same way, or the other
    answer = _L_WITH_B.sub(lambda m: " l increases when b increases " if _sign_of(m.group(1)) > 0
                           else " l decreases when b increases ", answer)
    # L said to go from one number to another ("L goes -8 -> -7.96"): up or down
    answer = _L_FROM_TO.sub(lambda m: " l increases " if float(m.group(2)) > float(m.group(1))
                            else " l decreases " if float(m.group(2)) < float(m.group(1)) else m.group(),
                            answer)
    # a change measured ("b 增大 0.01 时 L 变化 -0.04", "b 变化 -0.01"): which way b or L goes
    answer = _L_CHANGES_BY.sub(lambda m: f" {m.group(1)} decreases " if m.group(2) == "-" else f" {m.group(1)} increases ",
                               answer)
    # the loss, for L ("让损失下降"): lesson 01 calls L the output, a learner the loss
    answer = re.sub(r"损失(?:函数)?|\bthe loss\b", " l ", answer)
    # -b said to move ("and -b grows", "增大 -b"): b moves the other way
    answer = _MINUS_B_MOVES.sub(lambda m: f" b {'decreases' if _sign_of(m.group(1)) > 0 else 'increases'}", answer)
    answer = _MINUS_B_ZH.sub(lambda m: " b 减小 " if _sign_of(m.group("after") or m.group("before")) > 0
                             else " b 增大 ", answer)
    answer = re.sub(r"\b(increase|decrease|raise|lower)\s+-\s*b\b",
                    lambda m: " decrease b " if _sign_of(m.group(1)) > 0 else " increase b ", answer)
    # arrows, infinities, and L moved by a small amount
    for arrow, word in _ARROWS:
        answer = answer.replace(arrow, word)
    answer = _INFINITY.sub(lambda m: " down " if "-" in m.group() or "负" in m.group() else " up ", answer)
    answer = _L_PLUS.sub(lambda m: " l increases " if m.group(1) == "+" else " l decreases ", answer)
    answer = _SAID_NUMBER.sub(_said_number, answer)
    # along the slope (up L's hill: b the way of dL/db's sign), or against it: the answer
    # for b, or, after an answer already given, a reason that takes L up or down
    answer = _ALONG.sub(lambda m: _way_along(answer, m, +1), answer)
    answer = _AGAINST.sub(lambda m: _way_along(answer, m, -1), answer)
    # a step written on b ("b -= h", "b 减去 h", "b 小于 -3", "b 应该减小 0.01 乘以梯度"):
    # down, or up, by its amount's sign; then a move by a negative amount left ("减小 -0.01")
    answer = _B_STEP.sub(_b_step_way, answer)
    answer = _BY_NEGATIVE.sub(_the_other_way, answer)
    # b away from 0 or towards it: b = -3 goes down, or up
    answer = re.sub(r"(?<![a-z])b\s*(?:要|应该|得)?\s*(?:变得)?\s*(?:更)?(?:远离|离开)\s*(?:0|零)|(?<![a-z])b\s*离\s*(?:0|零)\s*更远|\bmove b away from (?:0|zero)\b", " decrease b ", answer)
    answer = re.sub(r"(?<![a-z])b\s*(?:要|应该|得)?\s*(?:靠近|接近|趋向|趋近)\s*0|\bmove b (?:towards?|closer to) (?:0|zero)\b",
                    " increase b ", answer)
    # a new value for b ("b 取 -3.01", "b to -2.9"): below b = -3 or above it
    answer = _B_TO.sub(_new_value_of_b, answer)
    # what L is said to become ("L becomes -12", "subtracts 0.04 from L"): up or down from -8
    answer = _L_BECOMES.sub(lambda m: " l increases " if float(m.group(1)) > -8 else
                            " l decreases " if float(m.group(1)) < -8 else m.group(), answer)
    answer = re.sub(r"(?<![a-z/])l\s*(?:会|就)?\s*(?:变成|变为|becomes)\s*(\d+(?:\.\d+)?)\s*(?:倍|times)",
                    lambda m: " l decreases " if float(m.group(1)) > 1 else " l increases " if float(m.group(1)) < 1
                    else m.group(), answer)  # L = -8: 4 倍 is -32
    answer = _CHANGES_L_BY.sub(lambda m: " l decreases " if m.group(1) == "-" else " l increases ", answer)
    answer = _L_TAKEN.sub(lambda m: " l decreases " if m.group(1) else " l increases ", answer)
    # the goal said too ("decrease b to make L larger"): what is left answers for b
    answer = _GOAL.sub(" ", answer)
    if not _TOGETHER.search(answer):
        answer = _GOAL_CLAUSE.sub(" ", answer)
    for said, means in _SIGNED_WORDS:  # b = -3: "more negative" moves it down
        answer = answer.replace(said, means)
    # the slope followed by its value with no verb ("gradient -4", "导数 +4"): said to be it
    answer = re.sub(r"\b(gradient|derivative|slope)\s+(?=[+-]?\s*\d)|(导数|梯度|斜率)\s*(?=[+-]\s*\d)",
                    lambda m: f"{m.group(1) or m.group(2)} = ", answer)
    # a way said twice over ("decrease b to -4" read as "decrease decrease b"): once
    return re.sub(r"\b(increase|decrease)\s+\1\b", r"\1", answer)


# another variable's slope ("dL/da = 6", "L 对 a 的导数", "the gradient with respect to a"),
# and words that set it aside ("dL/da = 6 does not matter")
_OTHER_SLOPE = re.compile(slope_named("[acdef]"))
_SET_ASIDE = re.compile(r"irrelevant|doesn't matter|does not matter|not matter|ignore|\b(?:although|though)\b"
                        r"|无关|没关系|不相关|不用管|不重要|虽然|尽管|即使")
_OTHERWISE = re.compile(r"\b(?:otherwise|else|or)\b|否则|不然|要不")


# an answer for b first, then a reason ("decrease, since ...", "减小，因为 ...")
_LEADING = re.compile(
    r"^\W*(?:b\s+)?(?:(?:should|must|needs? to|has to|have to|to|will|would|can|we|you)\s+)*"
    r"(?:(?:go|be|get|move)\s+)?(?P<word>[a-z]+)(?:\s+(?:b|it))?"
    r"(?P<rest>\s*(?:[,:;.!?()\[\]\-–—]|$).*|\s+(?:because|since|as|so|therefore|thus|bc|b/c|cause"
    r"|cuz|coz)\b.*"
    r"|\s*(?:因为|由于|所以).*"
    r"|\s+(?:rather than|instead of|not|makes?|will make|would make|lets?|causes?)\b.*)$",
    re.S)
_LEADING_ZH = re.compile(
    r"^\W*(?:b\s*)?(?:应该|应|要|得|需要|就|把\s*b)?\s*(?P<word>"
    + "|".join(sorted(_UP_ZH + _DOWN_ZH, key=len, reverse=True))
    + r")\s*(?:b)?(?P<rest>\s*(?:[,:;.!?()，。：；！？（）]|$).*|\s*(?:因为|由于|所以).*"
    # "减小 b 会让 L 变大", "要减小 b 而不是增大 b": the rest is a reason
    r"|\s*(?:会|能|可以|就|将)?(?:让|使得|使|导致).*|\s*(?:而不是|而非|不是).*)$", re.S)
# a reason that is no more than its connective, once what it says of dL/db is taken out
_CAUSES = re.compile(r"(?:会|能|可以|就|将)?(?:让|使得|使|导致)|(?:makes?|will make|would make|lets?|causes?)\b")
_ONLY_CONNECTIVE = re.compile(r"[\W\s]*(?:(?:because|since|as|so|therefore|thus|bc|cause|cuz|coz)\b|因为|由于|所以)?"
                              r"[\W\s]*(?:(?:the|its|this|that)\b)?[\W\s]*")


def _with_reason(answer):
    """The verdict on an answer that starts with a direction for b and goes on with a
    reason, or None (for a word alone, or where the start is not one direction): up is
    the wrong way whatever the reason; down with a reason that moves b and L the same way
    is told so; with one that moves them opposite ways it is right; with any other reason
    the direction is right, and the message says that the reason was not read. (What the
    reason says dL/db is has been judged and taken out before.)"""
    lead = _LEADING.match(answer)
    if lead is None or not _is_direction(lead.group("word")):
        lead = _LEADING_ZH.match(answer)
    if lead is None:
        return None
    word, rest = lead.group("word"), lead.group("rest").strip(" ,:;.!?()[]-–—，。：；！？（）")
    if _ONLY_CONNECTIVE.fullmatch(rest):
        return None
    if re.fullmatch(r"\s*[:,(（]?\s*-\s*4(?:\.0+)?\s*[)）]?\s*", lead.group("rest")):
        # "decrease (-4)", "decrease: -4": dL/db's value alone
        return Feedback(True, text("lesson01.direction.right"))
    claims = _claims_by_clause(rest)
    if (("b" in answer[:lead.start("word")] or _CAUSES.match(rest)) and claims and claims[0]
            and claims[0][0][0] == "l"):
        # "b 减小，L 就增大；b 增大，L 就减小", "增大 b 会让 L 变小，所以减小": the start is
        # half of a pair of b and L
        by_clauses = _read_clauses(answer)
        if by_clauses is not None:
            return by_clauses
        if (_CAUSES.match(rest) or "b" in answer[:lead.start("word")]) and len(claims) == 1 \
                and len(claims[0]) == 1 and _together([("b", _sign_of(word), False), claims[0][0]]) == -1:
            return Feedback(False, text("lesson01.direction.fact_no_answer"))  # "增大b会使L变小"
    if _sign_of(word) > 0 or word in _UP_ZH:
        # ("increase (no: decrease)": both words, each for b alone: which one?)
        if any(found == [("b", -1, False)] for found in claims):
            return None
        return Feedback(False, text("lesson01.direction.sign"))
    said_b = [sign if not negated else -sign for found in claims if found
              for name, sign, negated in found if name == "b" and len(found) == 1]
    together = {_together(found) for found in claims if found and len(found) == 2} - {None}
    # (L said to go down, alone: "减小，因为 L 会变小"; not "otherwise L goes down")
    l_down = any(found in ([("l", -1, False)], [("l", 1, True)]) for found in claims)
    if any(sign > 0 for sign in said_b):  # "decrease, or increase": which one? (a b going
        # up beside "when", "if", "as" belongs to a reason it cannot pair: unread)
        return Feedback(True, text("lesson01.direction.right_reason_unread")) \
            if _TOGETHER.search(rest) else None
    if 1 in together or l_down and not _OTHERWISE.search(rest):
        return Feedback(False, text("lesson01.direction.wrong_reason"))
    l_up = any(found in ([("l", 1, False)], [("l", -1, True)]) for found in claims)
    if -1 in together or said_b or l_up and not _OTHERWISE.search(rest):
        # (b said again to go down: "so increasing is wrong"; L said to go up: "减小 b 会让
        # L 变大", "decrease, and then L grows")
        return Feedback(True, text("lesson01.direction.right"))
    return Feedback(True, text("lesson01.direction.right_reason_unread"))


def _magnitude_verdict(clause):
    """The verdict on an answer for |b| (b = -3): a larger |b| is a smaller b."""
    ways = {_sign_of(token) for token in _CLAUSE_TOKENS.findall(clause)} - {0}
    if ways == {1} and not _NOT_EN & set(clause.split()) and not any(no in clause for no in _NOT_ZH):
        return Feedback(True, text("lesson01.direction.magnitude_up"))
    if ways == {-1} and not _NOT_EN & set(clause.split()) and not any(no in clause for no in _NOT_ZH):
        return Feedback(False, text("lesson01.direction.magnitude_down"))
    return Feedback(False, text("lesson01.direction.magnitude"))


def _together(pair):
    """+1 where a clause's two moves, of b and of L, go the same way, -1 where they go
    opposite ways, None where b's is denied ("not increasing b ..." says no way). L's
    denied is the other way ("increasing b does not make L larger": opposite)."""
    (_, b_sign, b_denied), (_, l_sign, l_denied) = sorted(pair)
    if b_denied:
        return None
    return b_sign * (-l_sign if l_denied else l_sign)


def _sign_of(token):
    """+1 for a word that moves something up (also "raises", "lowered", "raising"), -1
    for one that moves it down, 0 for any other word."""
    forms = {token}
    for suffix, endings in (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")), ("s", ("",))):
        if token.endswith(suffix) and len(token) > len(suffix) + 1:
            forms |= {token[: -len(suffix)] + ending for ending in endings}
    if any(form in _UP or form.startswith("increas") for form in forms) or token in _UP_ZH:
        return 1
    if any(form in _DOWN or form.startswith("decreas") for form in forms) or token in _DOWN_ZH:
        return -1
    return 0


# one character of a Chinese direction, and the word it may be the start or end of
_ONE_CHARACTER = {"减": "减小", "降": "降低", "小": "变小", "少": "减少",
                  "增": "增大", "加": "增加", "大": "变大", "升": "升高", "多": "变多"}
# what the reading of an answer as a whole says when it finds no one answer for b
_UNCHANGED = re.compile(r"不变|别动|不动|stays? the same|unchanged|as it is|leave (?:b|it)\b|keep (?:b|it)\b")
_UNREAD_KEYS = {"one_word": "lesson01.direction.one_word",
                "negated": "lesson01.direction.negated",
                "unchanged": "lesson01.direction.unchanged",
                "about_L": "lesson01.direction.about_L",
                "which_word": "lesson01.direction.which_word"}


def _read_direction(answer):
    """check_direction's verdict on ``answer`` (lower case, the goal taken out) as a whole."""
    words = {word.strip(_QUOTES) for word in re.split(r"[\s.!,;/|]+", answer.strip())} - {""}
    # ("increase/decrease" is two words; '"decrease"', typed with its quotes, is one)
    chinese = "".join(word for word in words if _CJK.search(word))
    if re.search(r"反方向|相反", chinese):  # "增大的反方向": the word itself, please
        return Feedback(False, text("lesson01.direction.opposite_of"))
    if _UNCHANGED.search(answer):  # "不变", "leave b as it is": a third way, not offered
        return Feedback(False, text("lesson01.direction.unchanged"))
    if words & _NOT_EN or any(no in chinese for no in _NOT_ZH):
        ways = [m for m in _CLAUSE_TOKENS.finditer(answer) if _sign_of(m.group())]
        # "不增大", "don't increase": which way b does not go; else several words
        # ("the opposite of increase" names a way: it is asked for the word itself)
        negated = len(ways) == 1 and "opposite" not in words
        return Feedback(False, text(_UNREAD_KEYS["negated" if negated else "one_word"]))
    if "l" in words and words & _BECAUSE:  # an answer for b, then its reason ("... lowers L")
        return Feedback(False, text("lesson01.direction.one_word"))
    if "l" in words and (words - {"l", "b"}) or re.search(r"(?<![a-z])l(?![a-z])", chinese):
        # (in Chinese, "减小b会让L变小", with no spaces, is read clause by clause after this)
        return Feedback(False, text("lesson01.direction.about_L"))
    if answer.strip(" .!。！") in ("+", "-", "\u2212", "负", "正", "负的", "正的", "negative",
                                   "positive", "minus", "plus"):
        # the sign of dL/db, or a direction?
        return Feedback(False, text("lesson01.direction.sign_only", sign=answer.strip(" .!。！")))
    if answer.strip(" .!").lower() == "d":  # the variable d, or "d" for "decrease"?
        return Feedback(False, text("lesson01.direction.letter_d"))
    others = sorted(_named_variables(answer) - {"b"})
    if others == ["a"] and "b" not in _named_variables(answer) and _a_before_direction(answer):
        return Feedback(False, text("lesson01.direction.article_or_a"))
    if others and "b" not in _named_variables(answer):
        return Feedback(False, text("lesson01.direction.other_variable", names=listed(others)))
    up = (any(word in _UP or word.startswith("increas") for word in words)
          or any(zh in chinese for zh in _UP_ZH))
    down = (any(word in _DOWN or word.startswith("decreas") for word in words)
            or any(zh in chinese for zh in _DOWN_ZH))
    if down and not up:
        return Feedback(True, text("lesson01.direction.right"))
    if up and not down:
        return Feedback(False, text("lesson01.direction.sign"))
    if up and down:  # "decrease ... no wait, increase": which one?
        return Feedback(False, text("lesson01.direction.one_word"))
    if answer.strip(" .!。！b") in _ONE_CHARACTER:  # "减", "b减": half of 减小?
        word = answer.strip(" .!。！b")
        return Feedback(False, text("lesson01.direction.spelling", word=word, close=_ONE_CHARACTER[word]))
    joined = re.sub(r"\s+", "", answer.strip(" .!"))
    if joined in ("increase", "decrease") and joined != answer.strip(" .!"):  # "de crease"
        return Feedback(False, text("lesson01.direction.spelling", word=answer.strip(" .!"), close=joined))
    for word in sorted(word.strip("()[]") for word in words):  # "descrease": a slip?
        close = difflib.get_close_matches(word, ("increase", "decrease"), n=1, cutoff=0.8)
        close = [] if _is_direction(word) else close
        if close:
            return Feedback(False, text("lesson01.direction.spelling", word=word, close=close[0]))
    return Feedback(False, text("lesson01.direction.which_word"))


# where an answer's clauses end: punctuation, and the words that start a reason or a result
_CLAUSE_END = re.compile(r"[,;:!?()\[\]，。；：！？（）、]|\.(?!\d|data\b|grad\b)|->|=>|→|\s-\s|\s[–—]\s?"
                         r"|\b(?:so|because|since|as|therefore|thus|then|and|but|when|if|while|bc|cause"
                         r"|cuz|coz)\b"
                         r"|所以|因为|由于|因此|而且|但是|不过|可是|然而|如果")
_CLAUSE_TOKENS = re.compile(
    "|".join(sorted(map(re.escape, _UP_ZH + _DOWN_ZH + _NOT_ZH), key=len, reverse=True))
    + r"|[a-z]+(?:'[a-z]+)?")


_DENIED = re.compile(r"是错的|错了|不对|不正确|不行|\b(?:is|would be) (?:wrong|a mistake)\b")


def _clause_claims(clause):
    """What one clause says: ``(variable, sign, negated)`` for each direction in it, the
    variable being the one named in the same order (the first direction goes with the
    first of b and L named, "increasing b decreases L"), b when none is named; None when
    the clause names another variable or pairs them in no clear way."""
    names, directions, negated, first_unnamed = [], [], False, False
    if _DENIED.search(clause):  # "increasing is wrong", "增大是错的": every direction in it denied
        negated = True
    tokens = _CLAUSE_TOKENS.findall(clause)
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _NOT_EN or token in _NOT_ZH or token in ("rather", "instead"):
            # ("the opposite of increase", "rather than increase it" too)
            negated = True
        elif token in ("b", "l"):
            names.append(token)
        elif token == "a" and (after in _AFTER_ARTICLE or _is_direction(after)) \
                and not after.startswith(("increas", "decreas")):
            continue  # the article: "a larger b" ("a decrease": the article, or a?)
        elif len(token) == 1 and token in _VARIABLES:
            return None
        elif sign := _sign_of(token):
            directions.append((sign, negated))
            first_unnamed = first_unnamed or not names
    if not directions:
        return []
    if not names:
        names = ["b"]
    elif names == ["l"] and len(directions) == 2 and first_unnamed:
        names = ["b", "l"]  # "减小会让 L 变大", "decreasing makes L larger": b's move, then L's
    if len(names) != len(directions) or len(set(names)) != len(names):
        return None
    return [(name, sign, neg) for name, (sign, neg) in zip(names, directions)]


def _claims_by_clause(text):
    """:func:`_clause_claims` of each clause of ``text``, a clause that moves b alone next
    to one that moves L alone read as one ("b 每增加 1，L 减少 4", "L falls as b rises")."""
    merged = []
    for clause in _CLAUSE_END.split(text):
        if not clause.strip():
            continue
        found = _clause_claims(clause)
        if (found and len(found) == 1 and merged and merged[-1] and len(merged[-1]) == 1
                and {found[0][0], merged[-1][0][0]} == {"b", "l"}):
            merged[-1] = merged[-1] + found
        else:
            merged.append(found)
    return merged


def _read_clauses(answer):
    """The verdict on an answer with its reason, read clause by clause, or None when the
    clauses do not say clearly which way b goes (the verdict on the whole stands then).
    A clause that moves b alone is the answer; one that moves b and L says how they go
    together (the right way round: opposite, as dL/db is negative); "not increase"
    agrees with "decrease"; a clause that moves L alone up is the goal."""
    if answer.count("b") > 3 or len(answer) > 200:
        return None
    answers, relations = set(), set()
    for claims in _claims_by_clause(answer):
        if claims is None:
            return None
        said = {name: (sign, negated) for name, sign, negated in claims}
        if "b" in said and "l" in said:
            together = _together(claims)
            if together is None:
                return None
            relations.add((said["b"][0], said["b"][0] * together))
        elif "b" in said and said["b"][1]:  # "not increase": what b does not do
            answers.add(("not", said["b"][0]))
        elif "b" in said:
            answers.add(said["b"][0])
        elif "l" in said and (said["l"][1] or said["l"][0] < 0):
            return None  # L not going up, or going down: no reading of it is certain
    # "b 减小的话 L 会变大": the way b goes to make L go up answers for b, where nothing else does
    # ("减小 b 会让 L 变小": b down, said to take L down, a false reason for the answer down)
    plain = ({a for a in answers if a in (1, -1)} or {b for b, l in relations if l == 1}
             or {b for b, l in relations if b == l})
    if len(plain) != 1:
        return None
    way = next(iter(plain))
    if ("not", way) in answers or (("not", -way) not in answers and len(answers) > 1):
        return None
    if way == 1:
        return Feedback(False, text("lesson01.direction.sign"))
    together = {b * l for b, l in relations}
    if together == {1}:  # b and L said to go the same way: the reason is wrong
        return Feedback(False, text("lesson01.direction.wrong_reason"))
    if together - {-1}:
        return None
    return Feedback(True, text("lesson01.direction.right"))


# whether the answer is exactly 100 -> the message for a right answer
