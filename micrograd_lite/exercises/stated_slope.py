"""What a reason written in words says dL/db is, for lesson 01's ``check_direction``.

A learner may give the direction with its reason: "decrease, because dL/db = a*f = -4",
"减小，因为导数不是正数". This module finds each statement about dL/db (by that name, or as
the slope, the derivative, the gradient, when no other variable is named with it) and
judges it against the lesson's numbers: a = 2, b = -3, c = 10, f = -2, e = a*b, d = e + c,
so dL/db = a*f = -4. Only what is said of dL/db is judged: "dL/da = 6" is about a, and
"a = 2 and f = -2 give dL/db = -4" states -4.
"""

import re

__all__ = ["DL_DB", "judge_statements", "judge_measured", "slope_named"]

DL_DB = -4.0
# the lesson's variables, for a value written as a formula ("dL/db = af = 2*(-2)")
_VALUES = {"a": 2.0, "b": -3.0, "c": 10.0, "e": -6.0, "d": 4.0, "f": -2.0}
# and their grads, as lesson 03's backward pass writes them ("b.grad = a.data * e.grad")
_GRADS = {"a": 6.0, "b": -4.0, "c": -2.0, "e": -2.0, "d": -2.0, "f": 4.0}

def slope_named(variable):
    """A pattern for the slope of L with respect to ``variable`` (a pattern too: "b",
    "[acdef]") by its name: dL/db, ∂L/∂b, b.grad, "the derivative of L with respect to
    b", "b 的导数", "L 对 b 的梯度"; the variable is each alternative's one group."""
    v = f"({variable})"
    return (rf"∂\s*l\s*/\s*∂\s*{v}|d\s*l\s*[/_]?\s*d\s*{v}(?![a-z])|(?<![a-z]){v}\.grad\b"
            rf"|(?:derivative|gradient|slope|grad) of l (?:with respect to|wrt|w\.r\.t\.?|in) {v}\b"
            rf"|(?:derivative|gradient|slope|grad) (?:with respect to|wrt|w\.r\.t\.?|in|of) {v}\b"
            rf"|(?<![a-z]){v}\s*(?:'s|的)\s*(?:偏)?(?:导数|梯度|斜率|derivative|gradient|slope)"
            rf"|(?:l\s*)?(?:对|关于)\s*{v}\s*的\s*(?:偏)?(?:导数|梯度|斜率)")


# dL/db by its name, or by the formula of its value, a * f
_NAMED = slope_named("b") + r"|(?<![a-z])(?:a\s*[*×·]\s*f|f\s*[*×·]\s*a)(?![a-z])"
# the slope with no variable named: about dL/db unless the words around it name another
_UNNAMED = r"\b(?:derivative|gradient|slope)s?\b|\bsign\b|偏导数|导数|梯度|斜率|导函数|符号"
_MENTION = re.compile(f"(?P<named>{_NAMED})|(?P<unnamed>{_UNNAMED})")
_OTHER_VARIABLE = re.compile(r"(?<![a-z'])[acdef](?![a-z'])|(?<![a-z'])[acdef]'s\b|d\s*l\s*/\s*d\s*[acdefl]\b")

# where a statement ends; a clause that goes on about the same value ("..., which is
# negative", "，是负的") continues it
_END = re.compile(r"[,;，；。!?！？、\n]|\.(?!\d|data\b|grad\b)|[:：](?=\s*(?:(?:in|de)creas|增|减|变|往|向))"
                  r"|\b(?:and|but|while|whereas|so|because|since|as|therefore|then|if|at|for|with"
                  r"|when|where|given|here)\b"
                  r"|所以|因此|但是|而且|并且|因为|由于|如果|而|且|和|跟")
_GOES_ON = re.compile(r"\s*(?:which|that is|i\.e\.|it is|it's|an? (?:positive|negative)|也就是|即|它|是|为"
                      r"|一个(?:正|负))")
_SENTENCE_END = re.compile(r"[;；。!?！？\n]|\.(?!\d|data\b|grad\b)")
_IF = re.compile(r"\b(?:if|were|suppose|had)\b|如果|假如|假设|要是|若|倘若|万一")

# what a statement says of the sign (the negated forms first: "non-positive")
_SIGNS = re.compile(
    r"(?P<neg>non-?positive|非正"
    r"|negative|<\s*0|≤\s*0|<=\s*0|(?:less|smaller|lower) than (?:0|zero)|below (?:0|zero)"
    r"|小于\s*(?:0|零)|负(?![责担]))"
    r"|(?P<pos>non-?negative|非负"
    r"|positive|>\s*0|≥\s*0|>=\s*0|(?:greater|more|larger|bigger|higher) than (?:0|zero)"
    r"|above (?:0|zero)|大于\s*(?:0|零)|正(?![确好是因常在如面比]))")
# what says a value: "= -4", "is -4", "是 -4", "等于 -4", "≈ -4"
_SAYS = re.compile(r"(?P<not>!=|≠|\bis not\b|\bisn't\b|不是|不等于|不为)"
                   r"|=|≈|~|\bis\b|\bequals?\b|\bof about\b|\babout\b|等于|约为|约是|是|为|约")
_NOT = re.compile(r"\bnot\b|n't\b|\bnever\b|\bno\b|不|非|没")
# a value written as arithmetic on numbers and the lesson's variables
_FORMULA = re.compile(r"(?:[a-f]\.(?:data|grad)\b|[\s\d.a-f+\-*/()×·⋅÷])+")
_TIMES = str.maketrans({"×": "*", "·": "*", "⋅": "*", "÷": "/"})
# a statement said and then denied ("dL/db = -4 不对"), or denied before it is said
_DENIED_AFTER = re.compile(r"是错的|错了|不对|不正确|不成立|\bis (?:wrong|false|incorrect|not (?:true|right|correct))"
                           r"|\bisn't (?:true|right|correct)|\bnot correct\b")
_DENIED_BEFORE = re.compile(r"不认为|不觉得|不相信|并不是|don't think|do not think|doubt"
                            r"|not true that|isn't true that|it is false that")


# a sign written alone after what says it ("the sign is +", "符号是 -")
_LONE_SIGN = re.compile(r"\s*([+-])\s*(?![\w(.])")
# arithmetic in words: a sign after it is the sign of a product ("-4 乘上负的步长得正")
_ARITHMETIC_WORD = re.compile(r"乘|除以|\btimes\b|multiplied|divided")
_MORE_ARITHMETIC = re.compile(r"\s*(?:的|倍|乘|除|加|减|times\b|plus\b|minus\b|divided\b|over\b)")
# a number in Chinese numerals after what says a value ("为负六", "是四"), up to 99
_CHINESE_NUMBER = re.compile(r"(?<=[是为于=])\s*(负?)([一二两三四五六七八九]?十?[一二三四五六七八九]?)"
                             r"(?![点些个下])")
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _from_chinese(match):
    """The number a match of _CHINESE_NUMBER writes, in digits ("负六" -> " -6")."""
    sign, numeral = match.groups()
    if not numeral:
        return match.group()
    tens, _, ones = numeral.rpartition("十")
    value = _DIGITS.get(ones, 0) if ones else 0
    if "十" in numeral:
        value += 10 * (_DIGITS.get(tens, 1) if tens else 1)
    return f" {'-' if sign else ''}{value}"


def _value_of(formula):
    """The number ``formula`` ("-4", "af", "2*(-2)", "a * f") stands for, or None."""
    formula = formula.translate(_TIMES).strip()
    formula = re.sub(r"(?<![a-z])([a-f])\.data\b", r"\1", formula)
    formula = re.sub(r"(?<![a-z])([a-f])\.grad\b", lambda m: f"({_GRADS[m.group(1)]:g})", formula)
    while formula.endswith(")") and formula.count(")") > formula.count("("):
        formula = formula[:-1].rstrip()  # the bracket the value was written in: "(dL/db = -4)"
    try:  # a number as Python writes it, "-4e0" too (e is also a variable)
        return float(formula)
    except ValueError:
        pass
    if not formula or len(formula) > 60 or "**" in formula or not re.search(r"[\da-f]", formula):
        return None
    # a product written without its *: "af", "2a", "2(-2)", "(a)(f)"
    formula = re.sub(r"(?<=[\da-f)])\s*(?=[a-f(])", "*", formula)
    formula = re.sub(r"(?<=[a-f)])\s*(?=\d)", "*", formula)
    try:
        value = eval(formula, {"__builtins__": {}}, dict(_VALUES))  # noqa: S307 (checked above)
    except Exception:  # not arithmetic after all ("a - ", "()")
        return None
    return float(value) if isinstance(value, (int, float)) else None


def _is_about_another(text, mention, end):
    """Whether an unnamed slope (``mention``, "the derivative", "导数") is another
    variable's: a variable other than b named just before it or between it and what it
    is said to be ("a 的导数", "the derivative with respect to a")."""
    before = text[max(0, mention.start() - 8):mention.start()]
    before = re.sub(r"\ba\s*$", "", before)  # the article: "a derivative"
    subject = text[mention.end():end]
    said = _SAYS.search(subject) or _SIGNS.search(subject)  # what it is said to be is no name
    subject = subject[:said.start()] if said else subject
    return bool(_OTHER_VARIABLE.search(before) or _OTHER_VARIABLE.search(subject))


def _statement_end(text, start):
    """Where the statement that starts at ``start`` ends."""
    while True:
        found = _END.search(text, start)
        if found is None:
            return len(text)
        further = _END.search(text, found.end())
        going_on = text[found.end():further.start() if further else len(text)]
        # (one that moves b or L is a reason of its own: "i.e. L goes down when b goes up")
        if (not _GOES_ON.match(going_on) or found.group() in ("if", "如果")
                or re.search(r"(?<![a-z'/])[bl](?![a-z'/])", going_on)):
            return found.start()
        start = found.end()


def _judge_one(statement):
    """"right", "wrong" or None for what ``statement`` (the words after "dL/db") says."""
    verdicts = []
    for says in _SAYS.finditer(statement):
        negated = says.group("not") is not None
        piece = statement[says.end():]
        lone = _LONE_SIGN.match(piece)
        if lone:
            verdicts.append("right" if (lone.group(1) == "-") != negated else "wrong")
            continue
        formula = _FORMULA.match(piece)
        if formula is None or re.match(r"[a-z]", piece[formula.end():formula.end() + 1]):
            continue  # words, not a value ("is a negative number")
        if _MORE_ARITHMETIC.match(piece, formula.end()):
            continue  # the value goes on in words: "-4 的两倍", "-4 times 2"
        value = _value_of(formula.group())
        if value is None:
            continue
        close = abs(value - DL_DB) <= 0.01 * abs(DL_DB)
        if negated:
            verdicts.append("wrong" if close else None)
        else:
            verdicts.append("right" if close else "wrong")
    last = 0
    arithmetic = _ARITHMETIC_WORD.search(statement)
    for sign in _SIGNS.finditer(statement, 0, arithmetic.start() if arithmetic else len(statement)):
        tail = statement[max(last, sign.start() - 6):sign.start()]
        negative = sign.group("neg") is not None
        if _NOT.search(tail):
            negative = not negative
        verdicts.append("right" if negative else "wrong")
        last = sign.end()
    if "wrong" in verdicts:
        return "wrong"
    return "right" if "right" in verdicts else None


def judge_statements(answer):
    """``(verdicts, rest, unread)``: the set of verdicts ("right", "wrong") on what
    ``answer`` (lower case) says dL/db is; the answer with those statements taken out;
    and whether a statement was taken out unjudged: a false one denied ("I don't think
    dL/db is positive"), or one made only as a supposition ("if dL/db were positive, we
    would increase b"), whose whole sentence is taken out, its direction being no answer."""
    verdicts, unread = set(), False
    answer = _CHINESE_NUMBER.sub(_from_chinese, answer)
    pieces, at = [], 0
    for mention in _MENTION.finditer(answer):
        if mention.start() < at:
            continue  # inside a statement already taken out
        end = _statement_end(answer, mention.end())
        if mention.group("unnamed") and _is_about_another(answer, mention, end):
            continue
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(answer, 0, mention.start())),
                             default=0)
        supposed = _IF.search(answer, sentence_start, mention.start())
        if supposed:
            ends = _SENTENCE_END.search(answer, mention.end())
            pieces.append(answer[at:supposed.start()])
            at = ends.end() if ends else len(answer)
            unread = True
            continue
        verdict = _judge_one(answer[mention.end():end])
        clause_start = max((m.end() for m in _END.finditer(answer, 0, mention.start())), default=0)
        if _DENIED_AFTER.search(answer, mention.end(), end) or _DENIED_BEFORE.search(
                answer, clause_start, mention.start()):
            # a true statement denied is false; a false one denied says no value
            verdict = {"right": "wrong", "wrong": "unread"}.get(verdict)
        if verdict is None:
            continue
        if verdict == "unread":
            unread = True
        else:
            verdicts.add(verdict)
        pieces.append(answer[at:mention.start()] + " ")
        at = end
    pieces.append(answer[at:])
    return verdicts, "".join(pieces), unread


# a change of b and the change of L it brings, each with its size ("b 减小 1，L 增加 4",
# "when b increases by 0.01, L decreases by 0.04"): their ratio is dL/db
_UP_WORDS = r"goes up|increases|rises|grows|增加了?|增大了?|变大了?|加|多|上升了?"
_DOWN_WORDS = r"goes down|decreases|falls|drops|shrinks|减小了?|减少了?|变小了?|减|少|下降了?"
_BY = r"\s*(?:by|by about|about|大约|约)?\s*"
# (a move after 每 is b's, where the answer leaves b out: "减小 b，每减 0.01，L 增大 0.04")
_B_MOVES = re.compile(rf"(?:(?<![a-z/])b\s*(?:每|每次)?|每次?)\s*(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS}))"
                      rf"{_BY}(?P<size>\d+(?:\.\d+)?)")
_L_MOVES = re.compile(rf"(?<![a-z/])l\s*(?:就|会|也|will|would)?\s*(?:大约|约)?\s*"
                      rf"(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS})){_BY}(?P<size>\d+(?:\.\d+)?)"
                      r"(?!\s*(?:倍|times))")


def judge_measured(answer):
    """"right" or "wrong" for what the first change of b and the change of L after it
    (within one sentence) say dL/db is, or None where the answer measures none."""
    b = _B_MOVES.search(answer)
    if b is None:
        return None
    sentence_end = _SENTENCE_END.search(answer, b.end())
    l = _L_MOVES.search(answer, b.end(), sentence_end.start() if sentence_end else len(answer))
    if l is None or float(b.group("size")) == 0:
        return None
    ratio = ((1 if l.group("up") else -1) * float(l.group("size"))
             / ((1 if b.group("up") else -1) * float(b.group("size"))))
    return "right" if abs(ratio - DL_DB) <= 0.01 * abs(DL_DB) else "wrong"
