"""Every string the package shows a learner, in English (the default).

Keys are grouped by the module that shows them; each group is marked by a
comment. Fields in braces are filled by :func:`micrograd_lite.language.text`.
Plural pairs end in ``.one`` and ``.other`` (:func:`~micrograd_lite.language.text_count`).
"""

TEXT = {
    # ==================================================================
    # exercises: answers, feedback, learner_code, fallback, lessons 01-03
    # ==================================================================
    "common.language_name": "English",

    # -- feedback: the verdict words
    "feedback.plain.correct": "Correct! {message}",
    "feedback.plain.not_yet": "Not yet. {message}",
    "feedback.markdown.correct": "✅ **Correct!** {message}",
    "feedback.markdown.not_yet": "❌ **Not yet.** {message}",

    # -- fallback: which code the cells after a coding exercise use
    "fallback.yours": "Using your {name}: it passes its check.",
    "fallback.worked": "Using the worked solution's {name} from the package, until yours passes its check.",

    # -- learner_code: an exception raised in the learner's code; {doing} is a phrase such as "calling f(2)" (zh: "调用 f(2)")
    "learner_code.raised": "Your code raised {kind}, while {doing}.",
    "learner_code.raised_with_message": "Your code raised {kind}: {error}, while {doing}.",
    "learner_code.from_line_in_code": " It came from line {lineno} in `{name}`: `{line}`.",
    "learner_code.from_line_in": " It came from line {lineno} in `{name}`.",
    "learner_code.from_line_code": " It came from line {lineno}: `{line}`.",
    "learner_code.from_line": " It came from line {lineno}.",
    # the engine's own errors (and Python's commonest) explained in the learner's language,
    # after the error's own text; English adds nothing, the error's text being English already
    "learner_code.explain.not_a_number": "",
    "learner_code.explain.value_not_number": "",
    "learner_code.explain.children": "",
    "learner_code.explain.no_backward": "",
    "learner_code.explain.math_domain": " A math function got a number outside the numbers it is defined for: math.log and math.sqrt of a negative number, say.",
    "learner_code.explain.log": "",
    "learner_code.explain.fractional_power": "",
    "learner_code.explain.value_exponent": "",
    "learner_code.explain.zero_negative_power": " That is 0 raised to a negative power (0 ** -1 is 1 / 0): see which number is 0 there, and whether it is the one to be raised.",
    "learner_code.explain.zero_division": "",
    "learner_code.explain.none_called": " Something your code calls holds None where a function belongs: a name still set to None (an exercise left as its skeleton's None, say), or one bound to what a function with no return gave back.",
    "learner_code.explain.lambda_in_class_body": " A function written in the class body (`_backward = lambda: None` there) is a method: Python passes the Value to it as its first argument, which the lambda does not take. Give each Value its own in `__init__`: `self._backward = lambda: None`.",
    "learner_code.explain.no_init": " The class has no __init__ to take them, of its own or from a class it builds on. Candidates: the base class left out of the class line (class MyTinyValue(TinyValue): in lesson 02), or __init__ misspelled (__int__, _init_).",
    "learner_code.explain.method_not_called": " A method named without () is the method itself, not the list it returns: call it (root.topological_order(), say).",
    "learner_code.explain.value_not_iterable": " A single Value was used where a list of them belongs (in a for loop, zip or sum). A layer of one neuron, say, gives one Value, not a list: passed on to a layer that zips it with its weights (layers run in another order than they were made, reversed(self.layers), say), it raises this.",
    "learner_code.explain.no_attribute": "",
    "learner_code.explain.not_defined": "",
    "learner_code.explain.number_backward": " A plain number ({kind}) has no backward(): the loss came out as a number, with no graph behind it. Candidates: the loss built from .data (loss(w.data)) where the Value itself belongs (loss(w)), or a loss that turns its Value into a number on the way (float(...), a math function, .data).",
    "learner_code.explain.math_on_value": " The math module's functions (math.tanh, math.exp) take plain numbers, not a {kind}: use the Value's own method, n.tanh() or n.exp(), which also records the step in the graph.",
    "learner_code.explain.number_not_value": " A plain number ({kind}) has no .{attribute}. Candidates: .{attribute} read from what is already a plain number (use the number itself), or a number given to an operation, which must first make it a Value (other = other if isinstance(other, Value) else Value(other)).",
    "learner_code.explain.xor": " In Python, ^ is not a power: it is a bitwise operation on whole numbers (3 ^ 2 is 1). A power is written **: b ** 2.",
    "learner_code.explain.unsupported": "",
    "learner_code.explain.number_first":
        " A number {op} a {kind} needs the {kind}'s reflected method, "
        "{method}: it has none, or its {method} returned NotImplemented (as "
        "`other.{own}(self)` does, a number's own method, which does not know a {kind}).",
    "learner_code.explain.number_first_in_backward":
        " A number {op} a {kind} needs the {kind}'s reflected method, "
        "{method}: it has none, or its {method} returned NotImplemented. Inside a `_backward`, "
        "compute with numbers: out.data, not out.",
    "learner_code.explain.unhashable": " A set or a dict key needs an object Python can hash. A class that defines `__eq__` and no `__hash__` gets `__hash__ = None`, so its objects cannot go into a set: does your {kind} define `__eq__`? Leave it out (a graph's nodes are told apart by identity, never by their data).",
    "learner_code.explain.not_comparable": "",
    "learner_code.explain.recursion":
        " A function kept calling itself (or two functions each other), here `{name}`, "
        "deeper than Python allows (about {limit:,} calls). Look for a recursion with no "
        "test that stops it, or, in code that walks a graph, one that goes a call deeper for every node of a long graph.",
    "learner_code.explain.recursion_operator":
        " `{name}` kept calling itself: `{operator}` used inside `{name}` on the same kinds "
        "of operands calls `{name}` again. Compute the result from the numbers (from "
        "self.data and other.data), or with another operation that does not lead back "
        "to `{name}`.",
    "learner_code.explain.recursion_reflected":
        " `{name}` kept calling itself. For a number {operator} a Value, Python calls the Value's `{name}`, because the number's own `{operator}` does not know Values; inside `{name}`, `other` is that number, so `other {operator} self` there makes Python call `{name}` again, without end. Let a Value be on the left: `{fix}`.",
    "learner_code.explain.recursion_unknown":
        " A function kept calling itself (or two functions each other), deeper than Python "
        "allows (about {limit:,} calls). Look for a recursion with no test that stops it, or "
        "one that goes a call deeper for every node of a long graph.",
    "learner_code.explain.arguments": "",
    "learner_code.explain.unpack": "",
    "learner_code.explain.index": "",
    "learner_code.doing.read_answer": "reading your answer (the check reads its .data, compares it and writes it in a message)",
    "learner_code.check_too_long": "The check stopped after {seconds} seconds in all: each call of your code finished, but together they took far longer than right code does (a few seconds for the whole check). Look for slow work in it: a sleep, printing at every step, or a loop far longer than it needs to be.",
    "learner_code.too_long": "Your code did not finish within {seconds} seconds, while {doing}. "
        "Right code takes milliseconds here. Look for a loop that never ends (a while loop "
        "whose condition stays true, or a recursion with no case that stops it), or for "
        "slow work (a sleep, a loop far longer than it needs to be).",
    "learner_code.too_long_walk": "Your code did not finish within {seconds} seconds, while {doing}. "
        "Right code takes milliseconds here. Look for a loop that never ends (a while loop "
        "whose condition stays true), work that multiplies with the size of the graph "
        "(a recursion that visits a node again on every path to it, or a visited test that "
        "searches a list, whose time grows with the square of the nodes: use a set), or other slow work "
        "(a sleep).",
    "printed.left_out": " While the check ran it, your code printed {count} lines; only the first {shown} are shown above. A check calls your code many times: to see what it prints, call it in a cell of your own.",
    "learner_code.state_note": " One more thing: while the check called your code it changed {places}. That is fine for logging or counting, but a result that depends on it can differ on a later call: compute each result from the arguments alone.",
    "learner_code.state_note_class": " One more thing: while the check used your class it changed {places}. That is fine for logging or counting, but what sits on the class, in a global or in a default argument is shared by every object: keep what an object needs on the object itself (self.something), made in __init__.",
    "learner_code.changed_base": "While the check ran, your code changed {classes}, the class yours builds on: it {names}. From then on this session, every object of {classes}, in the lesson's other cells too, would run yours. The check has put it back as it was. Write what your class does in your class, and leave the class it builds on as it is.",
    "learner_code.changed_library": "While the check ran, your code changed Python's {modules} module: it {names}. The package computes with it too (its tanh calls math.tanh, its sigmoid math.exp), so the check's own numbers changed with yours, and the lesson's other cells would run with your change. The check has put it back as it was. Use {modules} as it is: call its functions, never assign to them.",
    "learner_code.changed_package": "While the check ran, your code changed the package: it {names}. From then on this session, the lesson's other cells too would run with your change. The check has put the package back as it was. Leave the package's classes and modules as they are, and change only what your own code makes or is given.",
    "learner_code.changed_package_before": " Before this check, code run in this session had changed the package (or Python's math, which it computes with): it {names}. The check put it back as it was, then checked your code.",
    "learner_code.rerun_counts": " (what it counts, it counts in that run alone)",
    "learner_code.package.replaced": "replaced {name}",
    "learner_code.package.added": "added {name}",
    "learner_code.passed_then_failed": "Your code passed this check at its first run, and changed {places} while it ran; the same check, run on your code again, fails at its run {run}{counts}: «{message}» So your code keeps something from one call to the next that changes what it computes, and that is the cause. Compute each result from the arguments alone (for a class: from what each object holds).",
    "learner_code.state_also": " While the check called it, your code changed {places}: a place that keeps something from one call to the next, and may be the cause.",
    "learner_code.place_default": "the default argument `{name}`",
    "learner_code.place_enclosing": "`{name}`, a variable of an enclosing function",
    "learner_code.place_global": "the global `{name}`",
    "learner_code.place_global_attribute": "`{name}`, an attribute of a global object",
    "learner_code.place_object": "the attribute `{name}` of your `{cls}` object",
    "learner_code.place_attribute": "the attribute `{name}`",

    # -- answers: the steps every check shares; {what} and {kind} are noun phrases
    "answers.placeholder": "Replace `None` with {what}, then run the cell again.",
    "answers.text_spells_number": "You gave the text {answer!r} (a str, in quotes). Write the number without quotes: answer = {number}",
    "answers.text_bound": "You gave the text {answer!r} (a str, in quotes), a bound or a range, where the question asks for one number. Write that one number alone, with no quotes and nothing around it.",
    "answers.text_percent": "You gave the text {answer!r} (a str, in quotes), a percentage. Write the number itself, with no quotes and no %: {held} % is {number}, so answer = {number}",
    "answers.text_holds_number": "You gave the text {answer!r} (a str, in quotes), with the number {held} in it. Write the number alone, with no quotes and nothing around it: answer = {number}",
    "answers.text_holds_comma_number": "You gave the text {answer!r} (a str, in quotes). If you mean the number {number}: Python writes a decimal point, not a comma, and the number alone, with no quotes: answer = {number}",
    "answers.method_not_called": " A method named without () is the method itself, not its result: call it, .{name}().",
    "answers.wrong_kind.a": "The answer should be {what}; you gave a {kind}.",
    "answers.wrong_kind.an": "The answer should be {what}; you gave an {kind}.",
    "answers.a_number": "a number",
    "answers.whole_value": "You gave a whole Value (data {data}, grad {grad}). The answer is one number, the .{attribute} of {name}: answer = {name}.{attribute}",
    "answers.whole_value.grad_still_zero": "You gave a whole Value (data {data}, grad {grad}). The answer is one number, the .{attribute} of {name}: answer = {name}.{attribute}. The grad of the Value you gave is still 0: run the backward pass first.",
    "answers.whole_value.number_wrong": "{said}. The .{attribute} of the Value you gave, {number}, is not the answer either.",
    "answers.whole_value.number_wrong_because": "{said}. The .{attribute} of the Value you gave, {number}, is not the answer either. {verdict}",
    "answers.value_holding_answer": "You gave a Value whose data, {data}, is the number asked for. The answer is that number itself, not a Value: answer = {data}",
    "answers.value_not_number": "You gave a Value (data {data}, grad {grad}); the answer is a plain number. If a Value holds the number asked for, give its .data or its .grad, not the whole Value.",
    "answers.value_not_number_data": "You gave a Value (data {data}, grad {grad}); the answer is a plain number. If a Value holds the number asked for, give its .data, not the whole Value.",
    "answers.rounded.one": "{value} is the answer rounded to {count} decimal, too coarse to tell it from nearby wrong answers. Keep at least {digits} significant digits, or put the variable itself in answer.",
    "answers.rounded.other": "{value} is the answer rounded to {count} decimals, too coarse to tell it from nearby wrong answers. Keep at least {digits} significant digits, or put the variable itself in answer.",
    "answers.right_to_digits": " Your number is right to {digits} significant digits; with more digits it is {more}.",
    "answers.exact_not_measured": "Your number is (or is all but) the exact derivative, {exact}. A central difference gives it too, up to rounding, and so do a forward difference with an h far smaller than the one asked for, or the measured slope rounded to fewer digits. The exercise asks for the slope measured with the h it gives, (f(x + h) - f(x)) / h, which differs a little from the exact derivative. Measure it and put that number, unrounded, in answer.",
    # -- answers: which way a number is off, "(too large by 1)"
    "answers.too_large_by": "too large by {amount}",
    "answers.too_small_by": "too small by {amount}",
    "answers.list_separator": ", ",
    "answers.numbered": "({number}) {item}",
    "answers.numbered_separator": " ",
    "answers.typed_and_wrong": ". As a number it is not the answer either: {message}",
    "answers.typed_as_text": "You typed the number as text, {answer!r}. Remove the quotes so that it is a number: {number}",
    "answers.define": "Define {what} in the cell above, then run this cell again.",
    "answers.define_class": "Define the class {name} in the cell above, then run this cell again.",
    "answers.should_be_function": "{name} should be a function; it is a {type}.",
    "answers.should_be_class": "{name} should be a class; it is a {type}.",

    # -- answers: the type of a learner's answer, as "you gave a {kind}" names it
    "types.bool": "bool",
    "types.int": "int",
    "types.float": "float",
    "types.str": "str",
    "types.list": "list",
    "types.tuple": "tuple",
    "types.dict": "dict",
    "types.set": "set",
    "types.complex": "complex, not a real number",
    "types.ndarray": "ndarray",
    "types.function": "function",
    "types.generator": "generator",
    "types.method": "method",
    "types.class": "class",
    "types.other": "{name}",

    # -- lesson01: slope of f at x = -1
    "lesson01.slope.what": "the slope of f at x = -1 (a number)",
    "lesson01.slope.right": "The slope of f at x = -1 is about {value:.3f}; the exact slope 6x - 4 gives -10. It is negative: f goes down as x grows there.",
    "lesson01.slope.value_not_slope": "12 is the value f(-1), not its slope. Divide the change f(x + h) - f(x) by h.",
    "lesson01.slope.exact_sign": "10 is the exact derivative with its sign flipped: 6x - 4 at x = -1 is -10 (4 - 6x there gives 10). And the exercise asks for the slope measured with h = 0.001, (f(x + h) - f(x)) / h, which is a little off the exact one.",
    "lesson01.slope.sign": "The size is right but the sign is not. Compute f(x + h) - f(x) in that order, with x = -1.",
    "lesson01.slope.minus_h": "That is (f(x - h) - f(x)) / h: x nudged down by h, then divided by +h, which flips the sign (and measures just left of x, so the size is off too). Nudge x up: (f(x + h) - f(x)) / h.",
    "lesson01.slope.change_not_divided": "That is the change of f, f(x + h) - f(x). Divide it by h = 0.001 to get the slope.",
    "lesson01.slope.other_h": "That is the slope measured with h = {h}. If you measured it, use h = 0.001; if you worked out the derivative by hand instead, check it term by term (3x² gives 6x).",
    "lesson01.slope.backward": "That is the backward difference (f(x) - f(x - h)) / h, the slope measured just to the left of x. The exercise asks for the forward one, (f(x + h) - f(x)) / h.",
    "lesson01.slope.two": "About 2, which the lesson's f does not give at x = -1. Candidates: the slope at x = 1 (6x - 4 is 2 there), or f typed with a term wrong, so that its slope is about 2 everywhere (3x² written 3 * x * 2, say: 3x² is 3 * x**2). Check f term by term, then measure at x = -1.",
    "lesson01.slope.at_plus_one": "That is the slope at x = 1. The exercise asks for x = -1 (minus one).",
    "lesson01.slope.at_three": "That is the slope at x = 3, from the lesson. Set x = -1.",
    "lesson01.slope.otherwise": "{value} is not the slope at x = -1. Compute (f(-1 + h) - f(-1)) / h with h = 0.001.",

    # -- lesson01: dL/db with a = 3
    "lesson01.nudge_b.value_is_L_a2": "You gave a Value (data {data:g}). -8 is the value of L itself (for a = 2). The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.value_is_L_a3": "You gave a Value (data {data:g}). -2 is the value of L itself for a = 3. The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.value": "You gave a Value (data {data:g}). The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.what": "your estimate of dL/db (a number)",
    "lesson01.nudge_b.right": "dL/db is about {value:.3f} (exactly -6). With a = 3, each step in b moves e = a*b three times as far, and L = (e + c) * f turns that into -6.",
    "lesson01.nudge_b.a2": "-4 is dL/db for a = 2. Set a = 3 in both computations of L, then nudge b.",
    "lesson01.nudge_b.sign": "6 has the right size and the wrong sign. Candidates: a sign slipped (in a, f or the difference L2 - L1; dL/db = a × f does not depend on b); it is dL/da (b × f), from nudging a instead of b; or the 3 went into f instead of a (a = 2 and f = 3 give a × f = 6: set a = 3 and keep f = -2). Compute (L2 - L1) / h, where L2 is the L computed with b + h.",
    "lesson01.nudge_b.not_divided": "That is L2 - L1. Divide it by h to get the slope.",
    "lesson01.nudge_b.L_a3": "-2 is the value of L itself for a = 3, and also dL/dc (which is f). Candidates: L given instead of a slope, or c nudged instead of b. The exercise asks how fast L changes when b moves: nudge b, then (L2 - L1) / h.",
    "lesson01.nudge_b.dL_dc_a3": "That is -2 up to rounding: dL/dc, dL/de and dL/dd are all f = -2, so something after the product a × b was nudged (c, or the intermediate e or d) instead of b. Nudge b itself.",
    "lesson01.nudge_b.L2_a3": "That is close to -2, the value of L for a = 3: it looks like L after b is nudged (L2), not a slope. The exercise asks how fast L changes when b moves: (L2 - L1) / h.",
    "lesson01.nudge_b.dL_df_a3": "1 is dL/df for a = 3 (a × b + c). Nudge b, not f.",
    "lesson01.nudge_b.dL_df_a2": "4 is dL/df for a = 2 (a × b + c). Set a = 3 and nudge b, not f.",
    "lesson01.nudge_b.L_a2": "-8 is the value of L for a = 2, and also dL/db for a = 4 (a × f). Candidates: L itself, with the lecture's a = 2, where a slope was asked for; or the slope with a = 4. Set a = 3, nudge b and compute (L2 - L1) / h.",
    "lesson01.nudge_b.half": "-3 is half of dL/db, and also the value of b itself. Candidates: the difference L2 - L1 divided by 2h where b moved by h only (divide by the step b took, h; a central difference divides by 2h because b moves from b - h to b + h), or b given where its slope was asked for.",
    "lesson01.nudge_b.ten_times": "That is ten times dL/db: the step you added to b is ten times the h you divided by (b + 0.01, then / 0.001, say). Nudge b by h and divide by that same h.",
    "lesson01.nudge_b.tenth": "That is a tenth of dL/db: the step you added to b is a tenth of the h you divided by (b + 0.001, then / 0.01, say). Nudge b by h and divide by that same h.",
    "lesson01.nudge_b.dd_db": "3 is a, how fast e = a*b changes with b. L = (e + c) * f multiplies that by f = -2: dL/db = a × f.",
    "lesson01.nudge_b.otherwise": "{value} is not dL/db. Compute L1 with a = 3, b = -3, c = 10, f = -2, then L2 with b + h, and print (L2 - L1) / h.",

    # -- lesson01: which way to move b
    "lesson01.direction.what": "\"increase\" or \"decrease\"",
    "lesson01.direction.number": "That is a number. Answer with a word, in quotes: \"increase\" or \"decrease\".",
    "lesson01.direction.kind": "the text \"increase\" or \"decrease\"",
    "lesson01.direction.one_word": "Answer with the word alone: \"increase\" or \"decrease\" (\"decrease b\" is fine too). The check reads only that word. It does not judge a reason, a step or a second variable written beside it, so it does not pass an answer that carries one. Write your reasoning in a # comment after the string.",
    "lesson01.direction.about_L": "The question is what to do with b (making L larger is the goal). Answer with one word for b: \"increase\" or \"decrease\".",
    "lesson01.direction.letter_d": "\"d\" could be short for \"decrease\" or the variable d of L: write the whole word, \"increase\" or \"decrease\", for b.",
    "lesson01.direction.number_only": "\"{number}\" is a number. Write the word for b, \"increase\" or \"decrease\".",
    "lesson01.direction.sign_only": "\"{sign}\" could be the sign of dL/db or the way to move b: write the word for b, \"increase\" or \"decrease\".",
    "lesson01.direction.article_or_a": "Is the \"a\" in your answer the word \"a\" or the variable a? The question is about b: which way to move b to make L larger? Answer with the one word for b, \"increase\" or \"decrease\".",
    "lesson01.direction.other_variable": "Your answer is about {names}, but the question is about b: which way to move b to make L larger? Answer for b: \"increase\" or \"decrease\".",
    "lesson01.direction.unchanged": "Leaving b as it is leaves L as it is: to make L larger, b has to move. Which way: \"increase\" or \"decrease\"?",
    "lesson01.direction.negated": "Say which way b should go, not which way it should not: \"increase\" or \"decrease\".",
    "lesson01.direction.right": "dL/db = -4 is negative: making b larger makes L smaller, so to make L larger you decrease b.",
    "lesson01.direction.sign": "Look at the sign of dL/db. It is -4: when b goes up by h, L goes down by about 4h.",
    "lesson01.direction.both_ways": "Your answer names both ways. Choose one: \"increase\" or \"decrease\" (for b).",
    "lesson01.direction.spelling": "Is \"{word}\" meant to be \"{close}\"? Write the word for b as \"increase\" or \"decrease\".",
    "lesson01.direction.size_word": "b is -3, so a word of size could go either way: \"shrink b\" may mean a smaller b, or a smaller |b|, which is a larger b (-2 is nearer 0 than -3). Answer with \"increase\" or \"decrease\".",
    "lesson01.direction.which_word": "Answer with the word \"increase\" or \"decrease\".",

    # -- lesson01: how fast the central difference's error shrinks
    "lesson01.error_factor.what": "a number: how many times smaller the error gets",
    "lesson01.error_factor.right": "About 100 ({value} is close enough): the central difference's error shrinks like h², so ten times smaller h gives 10² = 100 times smaller error (two decades down per decade on the figure). The forward difference gains only a factor 10.",
    "lesson01.error_factor.right_exact": "Yes, 100: the central difference's error shrinks like h², so ten times smaller h gives 10² = 100 times smaller error (two decades down per decade on the figure). The forward difference gains only a factor 10.",
    "lesson01.error_factor.forward": "A factor 10 is what the forward difference gains, whose error shrinks like h. The central difference's error shrinks like h².",
    "lesson01.error_factor.power": "2 is the power: the error shrinks like h², the slope 2 of the central line on log-log axes. Ten times smaller h then gives how many times smaller error?",
    "lesson01.error_factor.an_error": "{value:g} looks like an error value, read off the curve. The factor is a ratio: divide the error at h = 1e-2 by the error at h = 1e-3.",
    "lesson01.error_factor.reciprocal": "{value:g} is 1/{denominator}: the error at h = 1e-3 divided by the error at h = 1e-2, the ratio the other way round. The question asks how many times smaller the error gets, the error at 1e-2 divided by the error at 1e-3: turn your ratio around.",
    "lesson01.error_factor.reciprocal_forward": "{value:g} is 1/{denominator}, a ratio the other way round: give how many times smaller the error gets, the error at 1e-2 divided by the error at 1e-3. And a factor {denominator} is what the forward difference gains, whose error shrinks like h; the central difference's error shrinks like h².",
    "lesson01.error_factor.read_off": "{value:g} is close to the error of the {curve} difference at h = {h} ({error:.3g}): a value read off a curve, not a factor. The factor is a ratio of two errors of the central curve: its error at h = 1e-2 divided by its error at h = 1e-3.",
    "lesson01.error_factor.curve_forward": "forward",
    "lesson01.error_factor.curve_central": "central",
    "lesson01.error_factor.below_one": "{value:g} is below 1, which would mean the error grows. Give how many times SMALLER it gets: the error at 1e-2 divided by the error at 1e-3.",
    "lesson01.error_factor.cubic": "A factor 1000 would be an error shrinking like h³. The central difference's shrinks like h².",
    "lesson01.error_factor.negative": "A factor between two errors (sizes) is a positive number: the error at h = 1e-2 divided by the error at h = 1e-3.",
    "lesson01.error_factor.otherwise": "{value:g} is not the factor. Read the central curve at h = 1e-2 and at h = 1e-3 on the log axes, or use how its error shrinks: like h².",

    # -- lesson02: how many Values in the graph of L
    "lesson02.count.what": "the number of Values in the graph of L",
    "lesson02.count.kind": "a whole number",
    "lesson02.count.value": "You gave a Value (data {data}). The answer is a count, a whole number: how many Values make up the graph of L.",
    "lesson02.count.right": "7 Values: the inputs a, b, c, f and the results e, d, L. The three small nodes between them are operations, not Values.",
    "lesson02.count.operations_too": "You counted the operation nodes (*, +, *) too. They show how a Value was made; count only the boxes that hold data and grad.",
    "lesson02.count.inputs_only": "a, b, c and f are the inputs, but every result is a Value too: e, d and L.",
    "lesson02.count.results_only": "3 is the number of results (e, d, L), and of operations (*, +, *) too. Count the Values: the boxes that hold data and grad, the inputs a, b, c, f and the results e, d, L.",
    "lesson02.count.one_missing": "One is missing. Count the inputs a, b, c, f and the results e, d, L.",
    "lesson02.count.one_too_many": "One too many. Count only the boxes that hold data and grad: the inputs a, b, c, f and the results e, d, L.",
    "lesson02.count.otherwise": "{value} is not the count. Look at the drawing: each box with data and grad is one Value.",

    # -- lesson02: the neuron's output o with x2 = 1
    "lesson02.forward.what": "o, the neuron's output with x2 = 1 (a Value or a number)",
    "lesson02.forward.kind": "a Value or a number",
    "lesson02.forward.stale": "Your Value's graph holds numbers from before a change: a {op} node holds {held}, while {op} of its inputs now gives {computed}. Changing an input's .data (x2.data = 1.0) does not recompute the nodes made from it; they keep the numbers of the forward pass that made them. Build the graph again: seed_neuron(x2=1.0).",
    "lesson02.forward.other_input": "Your Value's graph has {got}, where the exercise has {want}.",
    "lesson02.forward.input_rounded": " If your {names} is the lesson's number rounded, type it in full.",
    "lesson02.forward.other_input_same_o": " Its o comes out right all the same, from another input made up for it.",
    "lesson02.forward.build_again": " Build the neuron with x2 = 1 and the seed's other numbers: seed_neuron(x2=1.0).",
    "lesson02.forward.right": "With x2 = 1, x2*w2 = 1, so n = {n:.4f} and o = tanh(n) = {o:.4f}.",
    "lesson02.forward.sign": "The size is right but the sign is not: tanh is odd, tanh(-n) = -tanh(n), so a sign slipped in n = x1*w1 + x2*w2 + b (n is +1.8814 here).",
    "lesson02.forward.no_bias": "That is tanh(x1*w1 + x2*w2) = tanh(-5): the bias b = 6.8814 is left out of n. n = x1*w1 + x2*w2 + b.",
    "lesson02.forward.gave_n": "{value:.4f} is n. The neuron's output is o = tanh(n).",
    "lesson02.forward.lesson_o": "That is the output with x2 * w2 = 0: the lesson's neuron as it was (x2 = 0), or w2 set to 0. Build the graph again with x2 = 1 and the lesson's w2 = 1.",
    "lesson02.forward.lesson_n": "That is n with x2 = 0, from the lesson. Build the graph again with x2 = 1 and give o = tanh(n).",
    "lesson02.forward.w2_is_2": "That is o with x2 * w2 = 2: x2 = 2, or w2 = 2. The exercise asks for x2 = 1, with the lesson's w2 = 1.",
    "lesson02.forward.whole_number": "{value:g} is o rounded to a whole number, too coarse to check: o is a little below 1. Give four decimals, or put the Value itself in answer.",
    "lesson02.forward.b_rounded": "{value:.4f} is tanh(1.88), what b = 6.88 gives, while the lesson's b gives n = 1.8814 and o = 0.95461. Candidates: b rounded to 6.88, or n rounded to 1.88 before tanh. Use the lesson's b, 6.8813735870195432 (or call seed_neuron(x2=1.0)), and keep every digit up to o.",
    "lesson02.forward.otherwise": "{value} is not o. Compute n = x1*w1 + x2*w2 + b with x2 = 1, then o = n.tanh().",

    # -- lesson02: the learner's neuron function
    "lesson02.neuron.what": "your neuron function (it takes five Values and returns o)",
    "lesson02.neuron.kind": "a function my_neuron(x1, w1, x2, w2, b)",
    "lesson02.neuron.doing": "calling {name}(x1, w1, x2, w2, b) with five Values",
    "lesson02.neuron.doing_lambda": "calling your function(x1, w1, x2, w2, b) with five Values",
    "lesson02.neuron.plain_number": "The number is right, but it is a plain number, not a Value, so the graph is lost. Candidates: a `.data` at the end (return the Value itself), or math.tanh(n.data) where n.tanh() keeps the graph. Use the Values' own operations all the way to o.",
    "lesson02.neuron.not_a_value": "{name} should return a Value; it returned a {type}.",
    "lesson02.neuron.not_a_value_lambda": "Your function should return a Value; it returned a {type}.",
    "lesson02.neuron.slip": "For x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:g} your neuron gives {out}. {hint}",
    "lesson02.neuron.no_x2w2": "The term x2*w2 is missing from n.",
    "lesson02.neuron.no_x1w1": "The term x1*w1 is missing from n.",
    "lesson02.neuron.no_bias": "The bias b is missing from n = x1*w1 + x2*w2 + b.",
    "lesson02.neuron.no_tanh": "That is n = x1*w1 + x2*w2 + b. The neuron's output applies tanh to it.",
    "lesson02.neuron.relu": "That is relu(n). This neuron's activation is tanh: o = n.tanh().",
    "lesson02.neuron.cut_below_0": "That is tanh(n) where n is above 0, and 0 where it is below, as relu cuts off. Where n is below 0, tanh(n) is below 0 too: o = n.tanh() for every n.",
    "lesson02.neuron.sigmoid": "That is sigmoid(n). This neuron's activation is tanh: o = n.tanh().",
    "lesson02.neuron.swapped": "The weights are swapped: x1 goes with w1, x2 with w2.",
    "lesson02.neuron.pairs_inputs": "Your outputs are the neuron's with w1 and x2 trading places, and your def line lists the parameters in the exercise's order: the formula pairs them otherwise, x1 * x2 + w1 * w2 where x1 * w1 + x2 * w2 belongs (each input times its own weight).",
    "lesson02.neuron.traded_places": "Your outputs are the neuron's with w1 and x2 trading places. Candidates: parameters listed in another order than neuron(x1, w1, x2, w2, b), the order the check calls it in; or a formula that pairs x1 with x2 and w1 with w2, where x1 * w1 + x2 * w2 belongs.",
    "lesson02.neuron.parameter_order": "Your outputs are the neuron's with w1 and x2 trading places: the check calls your function as neuron(x1, w1, x2, w2, b), in the exercise's order, and your def line lists its parameters in another (x1, x2, w1, w2, b, say). List them in that order.",
    "lesson02.neuron.added": "The inputs are added to the weights; a neuron multiplies them: x1*w1 + x2*w2 + b.",
    "lesson02.neuron.wrong": "For x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:g} the output should be tanh({n}) = {o}, but it is {out}.",
    "lesson02.neuron.wrong_only_far": " At every point of smaller numbers the check tried, the output was right, so something in your function treats large inputs otherwise (a condition on their size, or a cap, say). Compute o = tanh(x1*w1 + x2*w2 + b) for any numbers.",
    "lesson02.neuron.not_from_arguments": " That is the right output for x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b}, other inputs: the number does not follow the arguments. Likely causes: numbers written in the code, the notebook's own x1, w1, x2, w2, b used instead of the arguments, or a result kept from an earlier call.",
    "lesson02.neuron.doing_backward": "running o.backward() on your o",
    "lesson02.neuron.backward_fails": "The number is right, but gradients cannot flow back through your graph. {problem} Build o with the Value operations themselves (n.tanh() for the last step), not by making a Value from a number you computed.",
    "lesson02.neuron.data_overwritten": "The number is right, but the {op} node of your graph holds {held}, while its operation, {op}, gives {computed} from its inputs: its .data was written after the operation made it (as n.data = ... does). o.backward() (lesson 03) goes back through each node's operation, so a step written into .data is not in the graph and no gradient passes through it. Build o with the Value operations themselves: n.tanh() for the last step.",
    "lesson02.neuron.none": "{name} returned None: end it with return o, the output Value (a function with no return gives None).",
    "lesson02.neuron.made_from_number": "The number is right, but a node of your graph is a Value made from a number you computed (Value(number, children, op)): it does not know how its number depends on its inputs, so o.backward() (lesson 03) cannot pass gradients back through it. Build o with the Value operations themselves: n.tanh() for the last step.",
    "lesson02.neuron.rounded": " Every output you returned is the right one rounded to {decimals} decimals: keep o as tanh(n) gives it, unrounded (round only where you print).",
    "lesson02.neuron.wrong_grad": "The number is right, but o.backward() gives {name}.grad = {got}, where o = tanh(n) gives {want}: a node of your graph does not pass gradients back as its operation should. Build o with the Value operations themselves, n.tanh() for the last step, not by making a Value from a number you computed.",
    "lesson02.neuron.graph_cut": "The number is right, but the output's graph does not reach the Values you were given for {names}: build o from the arguments themselves. Candidates: new Values made of their data, an output made anew from a number you computed (Value(math.tanh(n.data)), say), an output kept from an earlier call with the same numbers, a term left out where it adds nothing at these numbers (x2 * w2 when x2 is 0, say), or a product left out where a factor is 1 (x2 in place of x2 * w2 when w2 is 1, say). In each case the backward pass of lesson 03 gives these Values no gradient.",
    "lesson02.neuron.kept_default": " Your function's default argument {names} now holds what the earlier calls put in it: a default is made once, when def runs, and every call shares it. Make it inside the function (a list, a dict or a set), or do without it.",
    "lesson02.neuron.not_repeatable": "Called more than once with the same numbers, x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:.4g}, your function gave o = {earlier} the first time and o = {later} when the check called it with them again (its call {call} in this check). A function that computes only from its arguments gives the same output every time, so yours keeps something from one call to the next (a global, a default argument, an attribute, a variable of an enclosing function). Compute o from the five Values it is given, at every call.",
    "lesson02.neuron.changes_data": "Your function changes the Values it is given: after the call, {name}.data is {now}, not {was}. Leave the inputs as they are and build new Values with their operations (x1 * w1 is a new node); o must be built from the inputs, so that its graph reaches every one of them.",
    "lesson02.neuron.changes_grad": "Your function changes the grads of the Values it is given: after the call, {name}.grad is {now:g}, not 0. Only build o and return it; the backward pass that fills the grads comes in lesson 03.",
    "lesson02.neuron.doing_unlabelled": "calling your function with five Values made with no label",
    "lesson02.neuron.labels_matter": "Called with Values made with no label (as a network's are), at the same numbers, your function gives {got}; with labelled ones it gave {want}. So it decides something by the labels. Compute o from the Values and their operations only: a label only names a node for the drawings.",
    "lesson02.neuron.changes_label": "Your function changes the Values it is given: after the call, the input {name} is labelled {now}, not {was} as it came. A drawing of the caller's graph then shows the wrong name. Leave the inputs as they are, and label only the new nodes your function makes.",
    "lesson02.neuron.links.prev": "{name}._prev has length {count}, where an input made from nothing has it empty",
    "lesson02.neuron.links.op": "{name}._op is {op!r}, where an input made from nothing has it empty",
    "lesson02.neuron.links.both": "{name}._prev has length {count} and {name}._op is {op!r}, where an input made from nothing has both empty",
    "lesson02.neuron.changes_links": "Your function changes the Values it is given: after the call, {changed}. Leave the inputs as they are: the links belong on the new nodes the operations make (x1 * w1 records x1 and w1 in its own _prev).",
    "lesson02.neuron.right": "Your neuron builds o = tanh(x1*w1 + x2*w2 + b) from Values, so the whole graph is recorded; it gives 0.7071 for the seed's numbers.",

    # -- lesson02: subtraction for TinyValue
    "lesson02.sub.what": "your class (class MyTinyValue(TinyValue): ... with a __sub__)",
    "lesson02.sub.kind": "a class, such as class MyTinyValue(TinyValue): ...",
    "lesson02.sub.package_base": "{name} is built on the package's Value, not on the lesson's TinyValue, and has no __sub__ of its own: p - q runs the package's Value.__sub__, not code of yours. Build it on TinyValue, class {name}(TinyValue):, and define def __sub__(self, other): inside it (Python turns p - q into p.__sub__(q)).",
    "lesson02.sub.no_method": "{name} has no __sub__ method yet. Python turns p - q into p.__sub__(q): define def __sub__(self, other): inside the class.",
    "lesson02.sub.doing_make": "making {name}(5.0, label='p')",
    "lesson02.sub.doing_subtract": "computing p - q with p = {p:g}, q = {q:g}",
    "lesson02.sub.doing_fresh_pairs": "subtracting {count} new pairs, one after another, as a loop does",
    "lesson02.sub.none": "p - q gave None: __sub__ must return the new node.",
    "lesson02.sub.plain_number": "p - q gave the plain number {got:g}, so the graph is lost. Return a new node: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.not_a_node": "p - q should give a node; it gave a {type}.",
    "lesson02.sub.other_class_same_name": "p - q returned a {name} of another class with the same name, not of the class given to the check: running a cell that defines {name} again makes a new class, and your __sub__ finds the newest one by its name. Make the result with type(self)(...), the class of p itself.",
    "lesson02.sub.other_class": "p - q returned a {got}, not a {name}. A subtraction of that result, (p - q) - r, would then run the __sub__ of {got}, not yours. Make the result with type(self)(...) (or {name}(...)).",
    "lesson02.sub.changed_input": "p - q changed {input} itself ({input}.data is now {data}, was {was:g}). An operation must leave its inputs alone and return a new node: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.changed_input_node": "p - q changed {input} itself: it now has {changed}, which a new {name} has not. An operation makes a new node and changes nothing in its inputs; the new node it returns records them: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.prev_kind": "_prev of p - q {where} is a {kind}; it should be a tuple of the two nodes, (self, other). A {kind} can be read only once: the first walk over the graph uses it up.",
    "lesson02.sub.prev_text": "_prev of p - q {where} is the text {prev}, and its _op is {op}: the two may be swapped. The order is {cls}(data, _children, _op): the tuple (self, other) second, the text \"-\" third.",
    "lesson02.sub.prev_numbers": "_prev of p - q {where} holds numbers, {prev}, not the nodes. Put the nodes themselves in it, (self, other): the graph is walked from the result back to p and q through _prev.",
    "lesson02.sub.returned_input": "p - q returned {input} itself, not a new node. Return a new node: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.reversed": "p - q came out as q - p: {got1:g} for p = {p1:g}, q = {q1:g}, and {got2:g} for p = {p2:g}, q = {q2:g}. The operands are the wrong way round: self is the left operand, so compute self.data - other.data (other + (-self) turns them round too).",
    "lesson02.sub.added": "p - q came out as p + q: {got1:g} for p = {p1:g}, q = {q1:g}, and {got2:g} for p = {p2:g}, q = {q2:g}. Subtract: self.data - other.data.",
    "lesson02.sub.no_sign": "p - q came out without its sign: {got1:g} for p = {p1:g}, q = {q1:g}, and {got2:g} for p = {p2:g}, q = {q2:g}, the size of the difference only. Compute self.data - other.data, without abs().",
    "lesson02.sub.shared": "p - q gave 3 for p = 5, q = 2, but after one more subtraction of two other nodes that first result holds {data!r}: your results share their data. Each p - q must return a node of its own.",
    "lesson02.sub.first_again": " That is the difference of the first pair, p = {p:g}, q = {q:g}: a number written in the code, or a result kept from the earlier subtraction (in a global, a class attribute or a default argument)? Compute it from self.data and other.data at every call.",
    "lesson02.sub.stale_node": "After p - q (p = 5, q = 2) the check set p.data = 6.0 (as lesson 01 nudges b.data += h), and p - q gave back the very node it gave before, with data {got}; it should be a new node with 6 - 2 = 4. Your {name}.__sub__ keeps the results it made (by the ids of p and q, say) and returns one again for the same two nodes, though their data changed. Make a new node at every call.",
    "lesson02.sub.stale_data": "After p - q (p = 5, q = 2) the check set p.data = 6.0 (as lesson 01 nudges b.data += h), and p - q gave {got}; it should be 6 - 2 = 4. Your {name}.__sub__ does not compute from the data p and q hold now: candidates are something kept from an earlier call with the same nodes (a cache), or numbers read elsewhere than p.data and q.data. Compute from p.data and q.data at every call.",
    "lesson02.sub.not_repeatable": "p - q with p = {p:g}, q = {q:g} gave data {was!r} the first time and {now!r} when the check did it again on new nodes. Code that computes from self.data and other.data alone gives the same both times, so your {name} keeps something from one subtraction to the next (a class attribute, a global, a default argument, a variable of an enclosing function). Compute the result from self.data and other.data alone.",
    "lesson02.sub.made_missing": "{made} gives a node with no {missing}. A TinyValue keeps its number in .data, its inputs in ._prev and its operation in ._op, and the drawings read all three. If your class has an __init__ of its own, let it call super().__init__(data, _children, _op, label), or set every one of them.",
    "lesson02.sub.data_not_number": "p - q with p = {p:g}, q = {q:g} gave a node whose data is a {kind} ({data}), not a number. data holds the number itself: self.data - other.data, with no node around it.",
    "lesson02.sub.relabels": "p - q changed the label of its input {input}: made with label {was}, it is labelled {now} afterwards. An operation leaves its inputs as they are, labels included (the drawings name each node by its label); label only the new node it returns, if anything.",
    "lesson02.sub.made_changed": "{name}({number:g}) has data {data!r}: your class changes the number it is given when a node is made. Keep data as it is given.",
    "lesson02.sub.grad_set": "After p - q {where}, the grad of {name} is {grad!r}; it should still be 0. Computing a result sets no grad: each node's grad starts at 0, and only the backward pass (lesson 03) fills it in. Leave grad out of __sub__.",
    "lesson02.sub.wrong_data": "p - q gave data {data!r} for p = {p:g}, q = {q:g}; it should be {right:g}.",
    "lesson02.sub.wrong_only_far": " Every pair of smaller numbers the check tried before gave the right difference, so something in your __sub__ treats large numbers otherwise (a condition on their size, or a cap, say). Compute self.data - other.data for any numbers.",
    "lesson02.sub.prev_set": "_prev of p - q is a set, and a set has no order: it cannot say which input is subtracted from which. Pass the tuple (self, other) as _children.",
    "lesson02.sub.doing_plain": "subtracting nodes made with no label from whole numbers, ((7 - 3) - 1) - 2",
    "lesson02.sub.deep_wrong": "((7 - 3) - 1) - 2 on nodes of your {name}, made with no label, gave a {kind} with data {data}; it should be a {name} with data 1. Every p - q, however deep, gives a new {name}: type(self)(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.prev_empty_same": "p - p, one node subtracted from itself, gives a result that does not remember its inputs (_prev is empty), though p - q of two nodes does. Pass (self, other) as _children here too: the graph then records p twice, as lesson 03 needs.",
    "lesson02.sub.returned_input_zeros": "With p = q = 0, p - q returned {input} itself, not a new node. Its number is right (0 - 0 is 0), but the graph then has no subtraction, and {other} is not in it. Return a new node for every p - q: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.returned_input_zero": "With q = 0, p - q returned {input} itself, not a new node. Its number is right (p - 0 is p), but the graph then has no subtraction, and q is not in it. Return a new node for every p - q: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.prev_empty": "The result of p - q does not remember its inputs (_prev is empty): pass (self, other) as _children, so that the graph is recorded.",
    "lesson02.sub.prev_reversed": "_prev of p - q is (q, p): keep the order of the operation, (self, other), so that a drawing shows which input is subtracted.",
    "lesson02.sub.where": "(p = {p}, q = {q})",
    "lesson02.sub.prev_default": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is {prev}. Your __sub__ has a default argument holding a list, dict or set ({names}): it is made once, when def runs, and shared by every call, so each subtraction adds to the same one. Make such a container inside __sub__ instead, so that every call starts afresh; _children is always (self, other).",
    "lesson02.sub.prev_old_result": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is {prev}, the inputs of an earlier subtraction: p - q gave back a node made before, kept in the default argument {names} (a result kept by its numbers, say). Make a new node at every subtraction, from self and other.",
    "lesson02.sub.prev_nested": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is ((p, q),), that pair inside another tuple, so the graph sees one child that is no node. Pass (self, other) itself as _children.",
    "lesson02.sub.prev_same": "_prev of p - p should be (p, p), the one node twice, once for each operand; it is {prev}. Pass (self, other) as it is, even when both are the same node: lesson 03's backward pass then adds both of its local derivatives to p.grad.",
    "lesson02.sub.prev_flattened": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is {prev}, with the inputs of p in place of p. _children is (self, other), the two operands as they are, even when self was itself made by a subtraction.",
    "lesson02.sub.prev_earlier": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is {prev}, with a node of an earlier subtraction in it. Does __sub__ keep something from one call to the next (a class attribute, a default argument, a global list)? Pass (self, other) as _children.",
    "lesson02.sub.prev_wrong": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is {prev}. Pass (self, other).",
    "lesson02.sub.prev_on_class": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is {prev}, held in the list `{name}`, an attribute of the class: every node shares it, and each new subtraction writes over it. Pass (self, other) as _children, so that each node keeps a tuple of its own.",
    "lesson02.sub.prev_new_nodes": "_prev of p - q {where} should be (p, q), the two nodes themselves; it is {prev}. Pass (self, other) themselves as _children, not nodes made from them (such as other * -1): p - q is one new node of its own, with _op '-'.",
    "lesson02.sub.something_else": "another node",
    "lesson02.sub.op": "The result of p - q {where} records the operation {op!r}; record \"-\" as _op.",
    "lesson02.sub.op_changed": "The result of p - q {where} records the operation {op!r}, though the first subtractions of this check recorded \"-\": what your __sub__ records changes from one call to the next. Every subtraction records \"-\" as _op.",
    "lesson02.sub.op_lookalike": " That character only looks like a minus: it is another one than the keyboard's \"-\" (U+002D). Type it again with the minus key.",
    "lesson02.sub.doing_twice": "computing (p - q) - r, a result subtracted again",
    "lesson02.sub.twice_fails": "p - q is right, but (p - q) - r fails. {problem} Make the result an instance of {name} (for example type(self)(...)), so that it can be subtracted again.",
    "lesson02.sub.twice_fails_in_code": "p - q is right, but (p - q) - r fails. {problem}",
    "lesson02.sub.doing_same": "computing p - p, a node subtracted from itself",
    "lesson02.sub.same_wrong": "p - p should give a node with data 0 for p = 5.",
    "lesson02.sub.doing_right_result": "computing p - (q - r) with p = 5, q = 2, r = 1",
    "lesson02.sub.right_result_wrong": "p - (q - r) with p = 5, q = 2, r = 1 gave data {got}; it should be 5 - (2 - 1) = 4. A node made by an operation is a node like any other on the right of -: subtract other.data, whatever made other.",
    "lesson02.sub.twice_wrong": "(p - q) - r should give a node with data 2 for p = 5, q = 2, r = 1.",
    "lesson02.sub.twice_changed_input": "(p - q) - r changed its left input, the node p - q: its _prev is now {prev}, so the graph no longer leads from p - q back to p and q. A subtraction must leave its inputs as they are (no self._prev = ... in __sub__) and record the links on the new node: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.right": "p - q gives a new node with data 3, p and q in its _prev, in that order, and _op \"-\": the graph records the subtraction, and results can be subtracted again.",

    # -- lesson03: q.grad of p = q * r
    "lesson03.times.value_right": "You gave a Value whose {part} is {number:g}, the right number for q.grad. The answer is that number itself, a plain number: answer = {number:g}.",
    "lesson03.times.value": "You gave a Value (data {data:g}, grad {grad:g}). The exercise gives p.grad = 2 by hand (p is not the end of a graph you run backward on): work out the number q.grad = (∂p/∂q) × p.grad and put that number in answer.",
    "lesson03.times.what": "q.grad (a number)",
    "lesson03.times.right": "q.grad = r × p.grad = (-4) × 2 = -8: the local derivative of q * r with respect to q is the other input r, times the gradient from above.",
    "lesson03.times.local_only": "-4 is the local derivative ∂p/∂q = r. Multiply it by the gradient that arrives from above, p.grad = 2.",
    "lesson03.times.own_input": "A * node hands each input the OTHER input: q's local derivative is r = -4, not q = 3.",
    "lesson03.times.passed_through": "Passing the gradient through unchanged is what a + node does. Here the operation is *.",
    "lesson03.times.sign": "The size is right, the sign is not: r = -4 is negative.",
    "lesson03.times.value_of_p": "-12 is p's value, q × r. The question is q.grad: (∂p/∂q) × p.grad.",
    "lesson03.times.otherwise": "{value} is not q.grad. Use q.grad = (∂p/∂q) × p.grad.",

    # -- lesson03: the local derivatives of p = a / b
    "lesson03.divide.not_repeatable": "At a = {a:g}, b = {b:g} your function returned ({da1}, {db1}) and, called with them again (call {call} of this check), ({da2}, {db2}): the same a and b gave two answers. A function that computes only from a and b cannot do that, so yours keeps something from one call to the next (a global, a default argument, an attribute, a variable of an enclosing function). Compute both from a and b alone at every call.",
    "lesson03.divide.autograd": "Your function builds Values and calls backward(), which leaves the two numbers to the package's own division. The exercise asks you to work them out: return the two local derivatives as formulas in a and b (the hint: p = a × (1/b)).",
    "lesson03.divide.by_zero": " Here a = {a:g} and b = {b:g}: p = a / b divides only by b, which is not 0, so something in your code divides by a number that is 0 here (such as a).",
    "lesson03.divide.by_zero_swapped": " Here a = {a:g} and b = {b:g}: p = a / b divides only by b. Your numbers at the calls before this one are those of b / a, (1/a, -b/a²): a and b have traded places, in the def line (def divide_local_grads(b, a)) or in the formulas.",
    "lesson03.divide.package_local_grads": "Your function reads the local derivatives that the package's own division stored on its node (`_local_grads`): the package works them out, not you. Return the two local derivatives as formulas in a and b (the hint: p = a × (1/b)).",
    "lesson03.divide.wrong_before_raising": " And before that, at a = {a:g}, b = {b:g}, your function returned ({da}, {db}), where 1/b and -a/b² give ({exact_da}, {exact_db}): look at the formulas too, not only at what raised.",
    "lesson03.divide.what": "your function `divide_local_grads`",
    "lesson03.divide.kind": "a function divide_local_grads(a, b)",
    "lesson03.divide.doing": "calling divide_local_grads({a:g}, {b:g})",
    "lesson03.divide.not_two_numbers": "divide_local_grads({a:g}, {b:g}) returned {got!r}. Return two numbers: return dp_da, dp_db",
    "lesson03.divide.values": "divide_local_grads({a:g}, {b:g}) returned Values. The two local derivatives are plain numbers: return their numbers, computed from a and b (1 / b, not Value(1 / b)).",
    "lesson03.divide.slip": "At a = {a:g}, b = {b:g} you return ({da}, {db}). {hint}",
    "lesson03.divide.sign_db": "The sign of ∂p/∂b is wrong. 1/b shrinks as b grows: d(1/b)/db = -1/b², so ∂p/∂b = -a/b².",
    "lesson03.divide.product": "Those are the local derivatives of a * b. For a / b: ∂p/∂a = 1/b.",
    "lesson03.divide.swapped": "The two are swapped: return (∂p/∂a, ∂p/∂b) = (1/b, -a/b²), in that order.",
    "lesson03.divide.no_factor_a": "∂p/∂b is missing the factor a: p = a × (1/b), so ∂p/∂b = a × (-1/b²).",
    "lesson03.divide.not_squared": "∂p/∂b: the derivative of 1/b is -1/b² (not -1/b), so ∂p/∂b = -a/b².",
    "lesson03.divide.sum": "Local derivatives 1 and 1 belong to a + node. For a / b: ∂p/∂a = 1/b.",
    "lesson03.divide.estimate": "At a = {a:g}, b = {b:g} you return ({da}, {db}); the exact pair is ({exact_da}, {exact_db}). Close, but not exact: a numerical estimate (nudging a and b), or a rounded number? Return the exact formulas for ∂p/∂a and ∂p/∂b instead.",
    "lesson03.divide.wrong_only_far": "Your numbers were right at every smaller a and b the check tried, and wrong at a = {a:g}, b = {b:g}, so something in your function treats large numbers otherwise (a condition on their size, or a cap, say). There you return ({da}, {db}), where 1/b and -a/b² give ({exact_da}, {exact_db}). Return (1/b, -a/b²) for any a and b (b not 0).",
    "lesson03.divide.wrong_both": "At a = {a:g}, b = {b:g} you return ({da}, {db}). ∂p/∂a should be {exact_da} and ∂p/∂b should be {exact_db}. Nudge a alone, then b alone (the other held still), in your head: p = a × (1/b).",
    "lesson03.divide.wrong_da": "At a = {a:g}, b = {b:g} you return ({da}, {db}). ∂p/∂a should be {exact_da}. Nudge a alone, then b alone (the other held still), in your head: p = a × (1/b).",
    "lesson03.divide.wrong_db": "At a = {a:g}, b = {b:g} you return ({da}, {db}). ∂p/∂b should be {exact_db}. Nudge a alone, then b alone (the other held still), in your head: p = a × (1/b).",
    "lesson03.divide.other_point": " Your function returned this same pair at an earlier call, for a = {a:g}, b = {b:g}, where it is right. Candidates: numbers written in the code, a result kept from an earlier call, or a line that treats a = {here_a:g} or b = {here_b:g} apart. Compute both from a and b at every call.",
    "lesson03.divide.same_everywhere": " Your function returned this same pair at all {count} points the check tried: numbers written in the code, which do not follow a and b. Compute both from a and b at every call.",
    "lesson03.divide.right": "∂p/∂a = 1/b and ∂p/∂b = -a/b²: with these two numbers stored on the node, the backward loop can pass a gradient through a division like through any other operation.",

    # -- lesson03: the graphs a learner's sort and backward loop are tried on (noun phrases: "the graph of ...")
    "lesson03.node.unlabelled": "an unlabelled node (data {data:g})",
    "lesson03.graph.reused": "c (from b = a + a and c = b + b)",
    "lesson03.graph.lecture": "f (from d = a*b, e = a + b, f = d*e)",
    "lesson03.graph.lesson01": "L (from lesson 01)",
    "lesson03.graph.neuron": "the neuron's o",
    "lesson03.graph.leaf": "a single Value x, with no inputs",
    "lesson03.graph.unlabelled": "(a*b) * (a + b), whose nodes have no labels",
    "lesson03.graph.zero_factor": "c = s * z (from s = a*a, where z = 0)",
    "lesson03.graph.self_difference": "r (from d = a - a and r = d + a)",
    "lesson03.graph.same_labels": "out (from h = w*x, h = tanh(h), out = h*3: two different nodes labelled 'h')",
    "lesson03.graph.skip": "r (from y = tanh(x), z = tanh(y), r = y + z)",
    "lesson03.graph.skip_mirrored": "u (from y = tanh(x), z = tanh(y), u = z + y)",
    "lesson03.graph.twins": "s (from p = a*b, q = a*b, s = p + q)",
    "lesson03.graph.neuron_again": "the neuron's o, built a second time",
    "lesson03.graph.chain": "x{last}, the end of a chain of {count} nodes x0, x1, ..., each the tanh of the one before",
    "lesson03.graph.wide": "s{last}, the sum of {count} inputs x0, x1, ..., added in pairs",
    "lesson03.graph.diamonds": "x{count}, the top of a stack of {count} diamonds (x1 = x0*0.5 + x0*0.25, and so on)",

    # -- lesson03: the topological sort
    "lesson03.topo.is_package": "Your topological_sort is Value.topological_order, the package's own sort. Write the walk yourself: visit each node's inputs first, then append the node, and keep a visited set so that no node is listed twice.",
    "lesson03.topo.package_sort": "Your topological_sort calls root.topological_order(), the package's own sort. Write the walk yourself: visit each node's inputs first, then append the node, and keep a visited set so that no node is listed twice.",
    "lesson03.topo.what": "your function `topological_sort`",
    "lesson03.topo.kind": "a function topological_sort(root)",
    "lesson03.topo.list_kind": "the list that topological_sort returns",
    "lesson03.topo.doing": "sorting the graph of {graph}",
    "lesson03.topo.doing_read": "reading the list that topological_sort returned for the graph of {graph}",
    "lesson03.topo.none": "topological_sort returned None: end it with return order.",
    "lesson03.topo.unordered": "topological_sort returned a {type}, which keeps no order. Return a list, and use the set only to remember the visited nodes.",
    "lesson03.topo.iterator": "topological_sort returned a {type}, which can be read only once and cannot be walked backwards with reversed(). Return a list: return order.",
    "lesson03.topo.carried_over": "Sorting the graph of {graph} after another graph, your list still holds nodes of the graph before: it carries over between calls. {where}",
    "lesson03.topo.same_list": "Sorting the graph of {graph} changed the list your sort returned for the graph of {earlier}: your function returns the same list each time, so a call changes what the call before returned. {where}",
    "lesson03.topo.list_changed": "Sorting the graph of {graph} changed the list your sort returned for the graph of {earlier}: a list it returned changes when the function is called again. {where}",
    "lesson03.topo.second_time": "Sorting the graph of {graph} once more, your sort no longer lists every node once, in order: it keeps something from one call to the next. {where}",
    "lesson03.topo.changes_graph": "Sorting the graph of {graph} changed the graph: the {attribute} of {node} is not what it was. A sort only reads the graph: remember what you visited in a set of your own.",
    "lesson03.topo.changes_label": "Sorting the graph of {graph} changed the graph: the label of {node} is now {now}. A sort only reads the graph: remember what you visited in a set of your own.",
    "lesson03.topo.changes_grads": "Sorting the graph of {graph} changed the grad of {node}. A sort only lists the nodes: leave their grads as they are, because the backward loop that comes next adds into them (and the grads of the leaves may hold what an earlier pass left there).",
    "lesson03.topo.doing_distinct": "sorting a graph whose nodes all hold different data",
    "lesson03.topo.doing_distinct_labels": "sorting a graph whose nodes all have labels of their own",
    "lesson03.topo.revisits": "Your list for the graph of {graph} is right, but to make it your sort read the inputs of its {nodes} nodes {reads} times. It visits a node again on every path to it, and the work doubles with every diamond: a stack of {tall} would take about 2^{tall} steps. Test visited first: if node not in visited, mark it visited, then visit its inputs.",
    "lesson03.topo.exponential_timeout": "Sorting the graph of {graph} did not finish within {seconds} seconds. Its bottom node x0 is reached along 2^{count} paths: a sort that visits a node again on every path to it takes about 2^{count} steps. Test visited first: if node not in visited, mark it visited, then visit its inputs.",
    "lesson03.topo.empty": "For the graph of {graph}, your list is empty. Did you call visit(root) after defining visit? Then return order.",
    "lesson03.topo.stranger_value": "For the graph of {graph}, your list holds {node}, which is not one of its nodes: the root does not depend on it (a node of another graph, or a new Value your code made). List only the nodes reached from the root through _prev, each node itself.",
    "lesson03.topo.stranger": "For the graph of {graph}, your list holds a {type}, which is not one of its nodes. Append the nodes themselves (node, not node.data or node.label).",
    "lesson03.topo.also_missing": " Your list also leaves out {nodes}: list every node the root depends on, down to the leaves.",
    "lesson03.topo.tries_special_data": " This graph has a node of data -1 (p) and one of data 0 (q), the others were right: a line that treats a node apart by its data (an `if` on node.data) is a candidate too.",
    "lesson03.topo.twice": "For the graph of {graph}, your list has {node} {count} times. A node used more than once is reached along several paths; list it once: mark each node as visited when you first reach it (visited.add(node), in a set) and skip the nodes already marked. If you do, look at where the append stands and what it appends: outside the `if node not in visited` block it runs for nodes already visited too, and an append of each child inside the loop over node._prev (order.append(child)) lists a child once for every node that uses it. Append the node itself, once, after that loop.",
    "lesson03.topo.root_twice": "For the graph of {graph}, your list has the root {node} {count} times. Nothing uses the root, so a walk from it reaches it once. Candidates: the root appended once more outside the walk (order.append(root) after visit(root), say), or the walk run more than once into one list. Append each node in one place only, after its inputs.",
    "lesson03.topo.twice_unlabelled": "For the graph of {graph}, your list has {node} {count} times, though it sorted the labelled graphs, where nodes are reached along several paths too. So your sort tells the nodes it visited apart by their labels, which these nodes do not have: remember the visited nodes themselves (visited.add(node), in a set), not node.label.",
    "lesson03.topo.missing_unlabelled": "For the graph of {graph}, your list misses {missing} of its {nodes} nodes, though it sorted the labelled graphs. Nodes without labels (or with the same label) look alike by label: remember the visited nodes themselves (visited.add(node)), not node.label.",
    "lesson03.topo.no_root": "For the graph of {graph}, your list leaves out the root itself, {name}. The list ends with the root: append every node after its inputs, the root too.",
    "lesson03.topo.missing_leaves.one": "For the graph of {graph}, your list misses {names}, a node with no inputs (a leaf), while it lists every node computed from it. A leaf belongs in the order too. Candidates: leaves visited but never appended (an append inside `if node._prev:`, say), a walk that stops one level before the leaves, or a list cut short.",
    "lesson03.topo.missing_leaves.other": "For the graph of {graph}, your list misses {names}, nodes with no inputs (leaves), while it lists every node computed from them. A leaf belongs in the order too. Candidates: leaves visited but never appended (an append inside `if node._prev:`, say), a walk that stops one level before the leaves, or a list cut short.",
    "lesson03.topo.missing_operations.one": "For the graph of {graph}, your list misses {names}, the node made by an operation, though it has every leaf: the walk reaches it (the leaves are only reached through it), but adds the leaves alone. Add every node you visit, after its inputs: order.append(node) after the loop over node._prev, whatever the node.",
    "lesson03.topo.missing_operations.other": "For the graph of {graph}, your list misses {names}, the nodes made by an operation, though it has every leaf: the walk reaches them (the leaves are only reached through them), but adds the leaves alone. Add every node you visit, after its inputs: order.append(node) after the loop over node._prev, whatever the node.",
    "lesson03.topo.missing": "For the graph of {graph}, your list misses {names}. Visit every input in node._prev, and their inputs, down to the leaves.",
    "lesson03.topo.missing_same_data": "For the graph of {graph}, your list misses {names}, though {twin}, with the same data {data:g}, is in it; when every node holds different data, your sort lists them all. It tells nodes apart by what they hold (their data, and perhaps more), not by the nodes themselves, so two nodes with the same value look like one: remember the nodes themselves, visited.add(node) and node in visited.",
    "lesson03.topo.missing_many": "For the graph of {graph}, your list misses {missing} of its {nodes} nodes, among them {names}, though it sorted the lesson's smaller graphs. Look for a limit: a loop that stops after a fixed number of steps (for _ in range(...)), a counter, or a depth at which the visit stops. Visit every input, however big the graph.",
    "lesson03.topo.reversed": "For the graph of {graph}, your list starts with the root {root}: it is in reverse. A topological order lists the inputs first and the root last (the backward pass then walks it reversed). Candidates: appending a node before visiting its children, reversing the list before returning it, or an order lost on the way (a set() keeps none). Append each node after visiting its children, and return that list as it is.",
    "lesson03.topo.order_by_chance": "For the graph of {graph}, your list starts with the root {root} and has every node before its inputs, and for a new copy of the same graph it gives another order: the order follows something other than the graph. Candidates: the list passed through something that keeps no order (a set(), say), or sorted again by something else (sorted(), .sort()). A topological order lists the inputs first and the root last: append each node after visiting its children, and return that list as it is.",
    "lesson03.topo.before_input": "For the graph of {graph}, your list has {node} before its input {child}. Every node must come after the nodes it was computed from. Candidates: a node appended before its children are visited, an order by distance from the root (breadth-first, then reversed), the list passed through something that keeps no order (a set(), say), repeats removed so that a later copy of a node stays (a node met again then moves after the nodes that use it), or the finished list sorted again by something else (sorted(), .sort()). Append a node after visiting its children, and return that list as it is.",
    "lesson03.topo.right": "Every node once, each after its inputs, the root last, also when a node is reused (b = a + a; c = b + b).",
    "lesson03.state.default": "Default arguments are made once, when def runs, and shared by every call: {names}. Make them inside the function instead: {fix}.",
    "lesson03.state.global": "Global variables are made once and shared by every call: {names}. Make them inside the function instead: {fix}.",
    "lesson03.state.enclosing": "Variables of an enclosing function are made once and shared by every call: {names}. Make them inside the function instead: {fix}.",
    "lesson03.state.attribute": "Attributes of an object or its class outlive the call and are shared by every call: {names}. Make them inside the function instead, as local variables: {fix}.",
    "lesson03.state.marks": "Your code marks the nodes ({names}), and the marks stay after the call, so a second call on the same graph skips them. Remember the visited nodes in a set made inside the function.",
    "lesson03.state.root_marks": "Your code sets {names} on the root {root}, and it stays after the call, so a second call on the same graph finds what the first call left there. Keep what a call needs in variables made inside the function, such as visited = set().",
    "lesson03.state.unknown": "Look for something made outside the function that it changes: a global variable, a variable of an enclosing function, a class attribute, an attribute set on the function itself or on the graph's nodes, or a default argument such as order=[]. Make such things inside the function, on every call (for a sort: order = [] and visited = set()).",

    # -- lesson03: the backward loop
    "lesson03.backward.what": "your function `backward_pass`",
    "lesson03.backward.kind": "a function backward_pass(root)",
    "lesson03.backward.doing": "running backward_pass on the graph of {graph}",
    "lesson03.backward.is_package": "Your backward_pass is Value.backward, the package's backward pass. Write the loop yourself: root.grad = 1, then for each node in reversed topological order, child.grad += local * node.grad.",
    "lesson03.backward.calls_backward": "Your backward_pass calls root.backward(), the package's backward pass. Write the loop yourself: root.grad = 1, then for each node in reversed topological order, child.grad += local * node.grad.",
    "lesson03.backward.slip": "The check ran it on the graph of {graph}. {hint}",
    "lesson03.backward.generator_function":
        "Your {name} has a `yield` in it, so calling it runs none of its body: Python makes "
        "a generator, which runs only while something loops over it, and {name}(root) is "
        "called once, as backward() is. Take the `yield` out (to watch each step, print "
        "inside the loop instead).",
    "lesson03.backward.returned_grads":
        "On the graph of {graph}, your backward_pass returned a {kind} and left every grad "
        "below the root at 0. The check reads the gradients where backward() leaves them, in the .grad of "
        "each node. If your {kind} holds the gradients, store them in .grad instead (set "
        "root.grad = 1, then, node by node in reversed topological order, child.grad += "
        "local * node.grad); if not, set root.grad = 1 before the loop (∂L/∂L = 1), or there is "
        "nothing to pass on.",
    "lesson03.backward.recursive": "On the graph of {graph}, {label}.grad is {got} but should be {expected}, and your backward_pass calls itself on the inputs. A pass goes through the nodes once each, in reversed topological order, in one loop: a call for an input runs before every user of that input has added into its grad, and, where it sets root.grad = 1, it overwrites the grad the input was given. Set root.grad = 1 once, then loop over reversed(topological_sort(root)).",
    "lesson03.backward.no_root_grad": "Every grad ends at 0. Candidates: root.grad is never set to 1 before the loop (∂L/∂L = 1; without it there is nothing to pass on), the loop sets grads back to 0 after passing them on, or the pass walks another graph than the root it is given (the notebook's o, say, in place of root). A node's grad is its answer: set the root's to 1 and leave every grad as the loop leaves it.",
    "lesson03.backward.every_grad_one": "Your grads are the ones a loop leaves that sets each node's grad to 1 before passing it on: that throws away what the paths above added into it. Only the root's grad is set to 1, once, before the loop.",
    "lesson03.backward.reset_in_loop": "Every grad but the root's ends at 0. Candidates: (1) root.grad = 1 set after the loop, not before it (the root's grad of 1 is the one to pass on first); (2) a loop that leaves out the root (such as reversed(order[:-1])), or skips it and other nodes (an if on the node, such as one that takes only nodes with two inputs); (3) a loop that sets each node's grad back to 0 after passing it on; (4) a loop that passes nothing on (it never runs, or adds 0, such as local * child.grad where local * node.grad belongs, or it multiplies into the child's grad, child.grad *= ..., where += belongs: 0 times anything stays 0, or it skips the children already in a visited set, one the sort has filled with every node); (5) a loop over another graph than the root it is given (the notebook's o, say). A node's grad is its answer: add local * node.grad into each child, and leave every grad as the loop leaves it.",
    "lesson03.backward.naive_order": "Your grads are what you get when the walk lists a node once for every path to it, as naive_order does: its grad is passed on once per path, each time all of it, so it is counted again and again. Walk an order that lists each node once (exercise 3's topological_sort, with its visited set).",
    "lesson03.backward.pushed_down": "Your grads are what you get when each node passes its grad on as soon as it gets a share, by recursion down each path at once: a node on two paths passes on what it holds twice, the first share a second time. Pass a node's grad on only once every node that uses it has added into it: walk the nodes in reversed topological order. If your loop walks that order already, look at the line that passes a share on: child.grad += local * node.grad adds the share to what the child holds, and changes nothing else.",
    "lesson03.backward.pushed_down_at_once": "Your grads are what you get when each node passes its grad on as soon as it gets a share, down each path at once: by a recursion, or by a loop that pushes each share on down as soon as it is added. A node on two paths passes on what it holds twice, the first share a second time. Pass a node's grad on only once every node that uses it has added into it: walk the nodes in reversed topological order. If your loop walks that order already, look at the line that passes a share on: child.grad += local * node.grad adds the share to what the child holds, and changes nothing else.",
    "lesson03.backward.one_input_product": " Your loop has a rule for each operation (it reads node._op), and this graph has '*' nodes with one input: in x0 * 0.5 the plain number 0.5 is not a node, so _prev holds x0 alone and _local_grads holds 0.5 alone. Every node carries its own local derivatives, one for each input in _prev: use zip(node._prev, node._local_grads) rather than a rule per operation.",
    "lesson03.backward.rules_per_operation": " Your loop also has a rule for each operation (it reads node._op), which may be the cause instead: an operation with no rule (tanh, say, or one whose _op is spelt otherwise) passes nothing on, and a rule of its own may be wrong. Every node carries its local derivatives, one for each input: zip(node._prev, node._local_grads) covers every operation with one line.",
    "lesson03.graph.minus_one_share": "L (from d = a*b, e = d * c and L = e + a, where a = 2, b = 3, c = -1)",
    "lesson03.graph.special_data": "g (from p = a * m, q = e + p and g = q + a, where e = 1, a = 2, m = -0.5)",
    "lesson03.graph.zero_locals": "L (from q = a + 1, p = q * z, r = a * z, t = p + r and L = t + a, where a = 3, z = 0)",
    "lesson03.graph.minus_one_twice": "L (from p = a * m, q = a * n and L = p + q, where a = 5, m = n = -1)",
    "lesson03.graph.fourth_power": "p (from q = x * x, r = q * x and p = r * x, x = 5)",
    "lesson03.graph.other_operations": "r (from q = a / b and r = q ** 2, a = 3, b = -2)",
    "lesson03.backward.subtracts": "Your grads are the ones that child.grad -= ... (instead of +=) gives: each share is taken away, so the signs turn. Use child.grad += local * node.grad, which adds each share.",
    "lesson03.backward.overwrites": "Your grads are the ones that child.grad = ... (instead of +=) leaves: the last path overwrites the others. Use child.grad += ... so that the paths add up.",
    "lesson03.backward.forward_order": "These are the grads you get when only the root passes its grad on. Candidates: the walk goes in forward order (a node passes on its grad before it has received it; walk reversed(order), from the root to the inputs), the loop stops after its first node (a return or break inside it), the order it walks lists the root first (your own topological_sort, if you use it, appending a node before its inputs), or the order it walks is not a topological one at all (made into a set(), or sorted by a key such as data, which keeps no order).",
    "lesson03.backward.root_grad": "Each child got its local derivative times root.grad. The gradient from above is the grad of the node being walked: child.grad += local * node.grad.",
    "lesson03.backward.local_only": "Each child got only the local derivative. Multiply it by the gradient from above: child.grad += local * node.grad.",
    "lesson03.backward.upstream_only": "Each child got the node's grad unchanged, as if every operation were +. Multiply by the local derivative: child.grad += local * node.grad.",
    "lesson03.backward.pairs_mismatched": "Your grads are what you get when the local derivatives of each node go to the wrong inputs: the first input gets the local derivative of the second. Pair them in order, zip(node._prev, node._local_grads), without reversing either.",
    "lesson03.backward.children_once": "Your grads are what you get when a node on several paths gets its share along the first path only. Candidates: a child skipped on every later path (a visited set in the backward loop, as in the sort); a walk that does not reach every node (one that follows a single input down, say); or an order in which a node passes its grad on before every node that uses it has added into it (sorted by data, say, instead of the reversed topological order). A node on several paths gets a share along each: walk every node in reversed topological order and add local * node.grad into every child, every time.",
    "lesson03.backward.leaves_skipped": "Your grads are what you get when only nodes that have inputs receive a grad (if child._prev: ...): the leaves, the inputs of the graph, whose grads are the ones asked for, never get theirs. Add local * node.grad into every child, leaves too.",
    "lesson03.backward.first_input_only": "Your grads are what you get when each node passes its gradient to its first input only. Every input of a node gets its share: for child, local in zip(node._prev, node._local_grads).",
    "lesson03.backward.inputs_deduplicated": "Your grads are what you get when a node used twice by one operation (a + a) gets its share once. Candidates: a child handled apart for some grads (= where its grad so far is 1, say), a set or a dict of the inputs, such as zip(set(node._prev), ...), which keeps a only once; or each share divided by the number of times the input appears (node._prev.count(child)). Pair node._prev and node._local_grads as they are, zip(node._prev, node._local_grads), and add every share in full: a used twice gets two.",
    "lesson03.backward.by_label": "On the graph of {graph}, your loop's grads are not backward()'s, though it was right on every graph whose nodes have labels of their own. It seems to tell nodes apart by their label: nodes with no label, or with the same one, then share one gradient. Keep the grads in the nodes themselves (child.grad += local * node.grad), never in a dict keyed by label.",
    "lesson03.backward.zero_grad": "On the graph of {graph}, {label}.grad is {got} but should be {expected}. Here z = 0, so the grad of s is exactly 0, and a 0 is passed on as 0. Candidates: a grad of 0 taken for \"not reached yet\" (`node.grad or 1`, `if node.grad:`), or a grad set to 1 wherever it is 0. Only the root's grad is set to 1, before the loop.",
    "lesson03.backward.slips": "On the graph of {graph}, your grads are what each of several slips gives on its own, so the check cannot tell which one it is. Candidates: {hints}",
    "lesson03.backward.slip.other_change": "Or another change to what is added, local * node.grad (a local derivative changed, or a share clipped): a change these grads cannot tell apart.",
    "lesson03.backward.slip.some_assigned": "A grad written with = for some nodes (the leaves, say) and += for others: = keeps only the last path into a node. Use += for every child.",
    "lesson03.backward.slip.walk_order": "A node passed its grad on before every node that uses it had added into it: a walk from the root that goes down each path at once (recursively, say) does that where a node is used twice. Walk the nodes in reversed topological order.",
    "lesson03.backward.changes_graph": "Running backward_pass on the graph of {graph} changed the graph: the {attribute} of {node} is not what it was. A backward pass changes only grads.",
    "lesson03.backward.changes_label": "Running backward_pass on the graph of {graph} changed the graph: the label of {node} is now {now}. A backward pass changes only grads.",
    "lesson03.backward.touches_earlier": "Running backward_pass on the graph of {graph} changed the grads of the graph of {earlier}, which it ran on before and was not given this time: {label}.grad went from {was:.4g} to {now:.4g}. It keeps nodes from one call to the next. {where}",
    "lesson03.backward.second_time": "Run again on the graph of {graph}, after its grads were set back to 0, backward_pass gives {label}.grad = {got} instead of {expected}. It keeps something from one call to the next. {where}",
    "lesson03.topo.first_again": "Your topological_sort sorted the graph of {graph} right at first, but sorting it again now, after {calls} calls in this check, gives a list that is not a topological order of it. It keeps something from one call to the next that changes what it computes. {where}",
    "lesson03.topo.first_again_unseen": "Your topological_sort sorted the graph of {graph} right at first, but sorting it again now, after {calls} calls in this check, gives a list that is not a topological order of it: what it computes changes from one call to the next. Candidates: it keeps something from one call to the next, in a place the check does not see; or it goes through the nodes in an order that changes from one run to the next (taken from a set, say). {where}",
    "lesson03.backward.first_again": "Your backward_pass was right on the graph of {graph} at first, but on a new copy of that graph now, after {calls} calls in this check, it gives {label}.grad = {got} instead of {expected}. It keeps something from one call to the next that changes what it computes. {where}",
    "lesson03.backward.first_again_unseen": "Your backward_pass was right on the graph of {graph} at first, but on a new copy of that graph now, after {calls} calls in this check, it gives {label}.grad = {got} instead of {expected}: what it computes changes from one call to the next. Candidates: it keeps something from one call to the next, in a place the check does not see; or it goes through the nodes in an order that changes from one run to the next (taken from a set, say). {where}",
    "lesson03.backward.twice_graph": "p = a * b (a = 2, b = -3), called twice",
    "lesson03.backward.twice_root": "Called twice on p = a * b with no zeroing between, your backward_pass leaves p.grad = {got}; it should be 1 after every call. Set root.grad = 1.0 (∂L/∂L is 1), do not add 1 to it.",
    "lesson03.backward.twice_reset": "Called twice on p = a * b (a = 2, b = -3) with no zeroing between, your backward_pass gives a.grad = -3 and b.grad = 2, one pass only; they should be -6 and 4. Each call adds into .grad (the inputs' grads of two passes add up), and only the caller sets grads back to 0. Candidates: grads set to 0 when your backward_pass starts, or a grad written with = (node.grad = ...) where += adds to what is there.",
    "lesson03.backward.twice_wrong": "Called twice on p = a * b (a = 2, b = -3) with no zeroing between, your backward_pass gives a.grad = {a} and b.grad = {b}; they should be -6 and 4, the two passes added up.",
    "lesson03.backward.wrong": "On the graph of {graph}, {label}.grad is {got} but should be {expected}. Places to look: root.grad = 1 before the loop; the walk in reversed topological order, from the root to the inputs, through every node (the nodes in between get their grads too, before their own turn); each child paired with its own local derivative, zip(node._prev, node._local_grads); child.grad += local * node.grad, with += for every node (not = for some, such as the ones in between); no node or child handled apart (an `if` on a grad or a local derivative, such as one for 0, 1 or -1); and your own topological_sort, if you use it.",
    "lesson03.backward.root_changed": "On the graph of {graph}, every grad is right but the root's own: {label}.grad is {got} where it should be 1. Candidates: it is changed after the loop, or never set to 1. Set root.grad = 1 before the loop and leave it so: backward() leaves it at 1 (∂L/∂L).",
    "lesson03.backward.between_zero": "On the graph of {graph}, every input's grad is right, but {label}.grad, a node in between, is 0 where it should be {expected}. Your pass leaves the grads of the nodes in between at 0: it sets them back to 0 after the loop, or it never keeps them. Leave every grad as the walk left it: the drawings and the stepper show them, and each is the derivative of the output with respect to that node.",
    "lesson03.backward.tries_minus_one": " Here the grad of d is exactly -1: a node skipped, or handled apart (= for += there, say), for some grads (0, 1 or -1) is a candidate too.",
    "lesson03.backward.tries_zero_locals": " Here a gets 1 from L, then shares of 0 (through r, whose local derivative for a is z = 0, and through q, whose grad is 0): a loop that sets a grad to 0 there, instead of adding 0, is a candidate too.",
    "lesson03.backward.tries_minus_one_twice": " Here a's first share is exactly -1: a child handled apart for some grads (= for += once its grad is -1, say) is a candidate too.",
    "lesson03.backward.tries_skip": " This graph reaches y along paths of different lengths (r = y + z, z = tanh(y)), and its local derivatives are not round numbers. Candidates: an order by distance from the root (a breadth-first walk reversed puts z before y, though z must pass its gradient to y first), an order that lists a node before its inputs (appended before visiting them) walked as it is (it puts y before z too), or numbers changed on the way (rounded, or a local derivative written into the code).",
    "lesson03.backward.tries_twins": " This graph has two nodes alike in data, operation and inputs (p = a*b and q = a*b): a visited set that compares anything but the nodes themselves takes them for one.",
    "lesson03.backward.right": "Your loop gives the same grads as Value.backward() on every graph tried, also where a node is used more than once.",

    # -- lesson03: gradients add up (t = s*s + s)
    "lesson03.accumulate.what": "s.grad (a number)",
    "lesson03.accumulate.right": "s.grad = 3 + 3 + 1 = 7: s reaches t along three paths (twice through s*s, once directly), and the three contributions add up. Calculus agrees: d(s² + s)/ds = 2s + 1 = 7.",
    "lesson03.accumulate.square_only": "6 counts only s*s. s is also added on its own (+ s): that path adds 1 more.",
    "lesson03.accumulate.one_input": "4 is one input of s*s (3) plus the direct path (1). s appears twice in s*s: each of the two inputs of that * node gets 3 (the other input), so s*s alone gives 3 + 3.",
    "lesson03.accumulate.overwritten": "{value:g} is one path alone; it is also what a backward pass with `=` instead of `+=` can leave behind, when the last path overwrites the others. Gradients from all paths add up.",
    "lesson03.accumulate.direct_only": "1 is the direct path alone (+ s), and also t.grad, the output's own grad (∂t/∂t = 1), where s.grad is asked for. A backward pass that walks the order without reversed() leaves it too: it handles s*s while the grad of s*s is still 0, before t has passed it anything, so only the direct path counts. Gradients from all paths add up.",
    "lesson03.accumulate.value_of_t": "12 is t's value, s*s + s. The question is s.grad, ∂t/∂s.",
    "lesson03.accumulate.value_of_square": "9 is the value of s*s. The question is s.grad, ∂t/∂s.",
    "lesson03.accumulate.twice": "14 is twice 7: two backward passes added into s.grad, and a leaf's grad adds up over passes. Either t.backward() ran twice, or a second graph built on the same s (t = s * s + s once more) was passed backward without setting s.grad to 0 first. Build s and t afresh and call t.backward() once.",
    "lesson03.times.estimate": "{value:.10g} is close to the answer: it looks like a finite-difference estimate (q nudged, as in lesson 01). The chain rule gives the exact number: q.grad = (∂p/∂q) × p.grad.",
    "lesson03.accumulate.estimate": "{value:.10g} is close to the answer: it looks like a finite-difference estimate. The backward pass gives the exact number: put s.grad in answer after t.backward().",
    "lesson03.accumulate.zero": "0 is s.grad before any backward pass has run. Candidates: t.backward() not called (t.backward without its () names the method and runs nothing), the grads set back to 0 after it, or a backward loop of your own that multiplies into a grad (child.grad *= ..., where += belongs: 0 times anything stays 0). Then add up what every path from s to t contributes.",
    "lesson03.accumulate.otherwise": "{value} is not s.grad. Add up what every path from s to t contributes.",

    # -- lesson03: ∂L/∂b1 by the chain rule
    "lesson03.grad_b1.what": "your function `grad_b1`",
    "lesson03.grad_b1.kind": "a function grad_b1(x, y, w1, b1, w2, b2)",
    "lesson03.grad_b1.doing": "calling grad_b1({point})",
    "lesson03.grad_b1.value_of_the_number": "grad_b1 returned a Value whose data, {data}, is the number asked for: return the number itself, not wrapped in a Value (return 2 * (y_hat - y) * ..., computed with plain numbers).",
    "lesson03.grad_b1.value": "grad_b1 returned a Value (data {data:g}, grad {grad:g}), not a number. If it is b1 after backward(), return its .grad; the exercise asks for the number from the chain-rule formula.",
    "lesson03.grad_b1.not_a_number": "grad_b1 should return a number; it returned {result!r}.",
    "lesson03.grad_b1.def_order": "Your formula is right for the names in your def line, but that line lists them as ({order}). The check, like the exercise, calls grad_b1(x, y, w1, b1, w2, b2) with the numbers in that order, so each of your names gets another's number. Write the def line in that order: def grad_b1(x, y, w1, b1, w2, b2).",
    "lesson03.grad_b1.autograd": "Your function builds Values and calls backward(): that is autograd computing the number for you. The exercise asks for the chain-rule formula written with plain numbers: ∂L/∂y_hat × ∂y_hat/∂h × ∂h/∂z × ∂z/∂b1.",
    "lesson03.grad_b1.same_everywhere": "Your function returns {got} at each of the {points} points tried, though ∂L/∂b1 differs from one point to the next: it does not compute from its arguments. Candidates: the notebook's variables (dL_dyhat, dh_dz, ... of the worked example) used in place of the arguments, a number written in the code, or one kept from an earlier call. Compute it from x, y, w1, b1, w2 and b2.",
    "lesson03.grad_b1.tanh": "Your numbers are ∂L/∂b1 of the network with tanh where the sigmoid belongs: this network's h is sigmoid(z) = 1 / (1 + exp(-z)), whose derivative is h (1 - h), not 1 - h².",
    "lesson03.grad_b1.right": "∂L/∂b1 = 2 (y_hat - y) × w2 × h (1 - h) × 1 matches autograd at every point tried.",
    "lesson03.grad_b1.sign": "The sign is flipped: ∂L/∂y_hat = 2 (y_hat - y), not 2 (y - y_hat).",
    "lesson03.grad_b1.no_sigmoid": "The sigmoid's derivative h (1 - h) is missing (∂h/∂z).",
    "lesson03.grad_b1.no_w2": "The factor w2 (∂y_hat/∂h) is missing.",
    "lesson03.grad_b1.dL_dw1": "That is ∂L/∂w1: the last factor ∂z/∂b1 is 1, not x.",
    "lesson03.grad_b1.no_two": "The factor 2 from the square is missing.",
    "lesson03.grad_b1.dL_dw2": "That is ∂L/∂w2: ∂y_hat/∂w2 is h. For b1, ∂y_hat/∂h is w2, then h (1 - h) (∂h/∂z) and ∂z/∂b1 = 1.",
    "lesson03.grad_b1.dL_db2": "That is ∂L/∂b2. b1 sits deeper: multiply by w2 (∂y_hat/∂h) and h (1 - h) (∂h/∂z) too.",
    "lesson03.grad_b1.estimate": "At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives {autograd}, your function {got}: close, but not exact. A finite-difference estimate (nudging b1), a rounded number, or something kept from an earlier call (h computed at other inputs)? Return the chain-rule formula: ∂L/∂y_hat × ∂y_hat/∂h × ∂h/∂z × ∂z/∂b1.",
    "lesson03.grad_b1.ignores.one": "At every point your numbers are the right ∂L/∂b1 with {names} held at the lesson's value ({values}), whatever the check passes in: your function does not use its argument {names}. Candidates: a number written in its place, or a variable of the notebook read instead of the argument. Compute from the six arguments the function is given.",
    "lesson03.grad_b1.ignores.other": "At every point your numbers are the right ∂L/∂b1 with {names} held at the lesson's values ({values}), whatever the check passes in: your function does not use its arguments {names}. Candidates: numbers written in their place, or variables of the notebook read instead of the arguments. Compute from the six arguments the function is given.",
    "lesson03.grad_b1.wrong": "At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives {autograd}, your formula {got}. Multiply the four local derivatives ∂L/∂y_hat × ∂y_hat/∂h × ∂h/∂z × ∂z/∂b1, each computed from the arguments the function is given (places to look: a factor left out, one too many, or a sign; the sigmoid's derivative h(1 - h); which weight each factor uses; and the forward pass, how z, h and y_hat are computed, b2 included).",
    "lesson03.grad_b1.swapped_in_body": "At every point your numbers are the right ∂L/∂b1 with two arguments trading places, as grad_b1({order}) would read them. Your def line lists them in the exercise's order, so the body uses one where the other belongs: look for the two that trade places in your formula.",
    "lesson03.grad_b1.arguments_swapped": "At every point your numbers are the right ∂L/∂b1 with two arguments swapped: your function reads them as grad_b1({order}). The check calls grad_b1(x, y, w1, b1, w2, b2), in the order the exercise gives: list the arguments in the def line in that order.",
    "lesson03.grad_b1.wrong_only_far": "Your formula was right at every point of smaller numbers the check tried, and wrong at x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2}: autograd gives {autograd} there, your formula {got}. So something in your function treats large numbers otherwise (a condition on their size, or a cap, say). Compute 2 (y_hat - y) w2 h (1 - h) for any numbers.",
    "lesson03.grad_b1.overflow_far": " Your formula was right at every point of smaller numbers the check tried. At this one z = w1 x + b1 is {z}, where the sigmoid's math.exp does not overflow: something in your function computes another number there (a condition on the numbers' size, say, or a z made otherwise).",
    "lesson03.grad_b1.size_only": "Your numbers are the sizes of ∂L/∂b1: right where it is positive, but at x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives {autograd} and your formula {got}. The sign is part of the gradient (it says which way to move b1): drop whatever takes it away (an abs(), say).",
    "lesson03.grad_b1.apart_at": "At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} your function returns {got}, what it returned at an earlier point that differs from this one in {differ} alone (autograd gives {autograd} here). With {differ} moved on by 0.37 it is right again, so it treats {values} apart: a line that handles that number on its own (an `if`, a shortcut for 0, 1 or -1) is the candidate. Compute from all six arguments, the same way for every number.",
    "lesson03.grad_b1.kept_between_calls": "At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} your function returns {got}, what it returned at an earlier point that differs from this one in {differ} alone (autograd gives {autograd} here): it keeps results from one call to the next, found by some of the arguments only. Compute from all six arguments at every call.",
    "lesson03.grad_b1.not_repeatable": "At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} your function returned {earlier} and, called with them again (call {call} of this check), {later}: the same six numbers gave two answers. A function that computes only from its arguments cannot do that, so yours keeps something from one call to the next (a global, a default argument, an attribute, a variable of an enclosing function). Compute from the six arguments alone at every call.",


    # ---- end of exercises 01-03 ----------------------------------------



    # ==================================================================
    # exercises: lessons 04-06, engine_check
    # ==================================================================
    # The ".doing" phrases finish learner_code's sentence about an exception
    # ("..., while {doing}." / "当时正在{doing}。"): a verb phrase ("calling step()",
    # "调用 step()"), in Chinese never starting with 在. The ".what" phrases finish
    # answers' placeholder ("Replace `None` with {what}"): a noun phrase. Where a
    # template has {said}, that field is the whole sentence before it.
    # -- lesson 04: the second update, the largest learning rates --------
    "lesson04.second_step.what": "the value of w after the second update (a number)",
    "lesson04.second_step.right":
        "At w = -0.2 the gradient is 2 * (-0.2 - 3) = -6.4, so w = -0.2 - 0.1 * (-6.4) "
        "= 0.44. The step (0.64) is shorter than the first one (0.8): the gradient's "
        "size shrinks as w nears the bottom at 3.",
    "lesson04.second_step.uphill":
        "You added learning_rate * gradient, which walks uphill. The rule "
        "subtracts it: w - 0.1 * (-6.4).",
    "lesson04.second_step.gradient":
        "-6.4 is the gradient 2 * (w - 3) at w = -0.2. Now use it in the "
        "update w - learning_rate * gradient.",
    "lesson04.second_step.step_length":
        "0.64 is how far the second step moves w (the size of learning_rate * gradient), "
        "not the new w. The new w is the old one minus learning_rate * gradient: "
        "-0.2 - 0.1 * (-6.4).",
    "lesson04.second_step.step":
        "-0.64 is the step learning_rate * gradient = 0.1 * (-6.4), not the new w. The "
        "new w is the old one minus it: -0.2 - (-0.64).",
    "lesson04.second_step.not_reset":
        "1.24 is what you get when w.grad is not reset: backward() adds the "
        "new gradient -6.4 to the old -8, and -0.2 - 0.1 * (-14.4) = 1.24. "
        "The gradient of the second step is only the one at w = -0.2, -6.4.",
    "lesson04.second_step.old_gradient":
        "0.6 reuses the first step's gradient, -8. The gradient must be "
        "computed again at the new w = -0.2.",
    "lesson04.second_step.from_start":
        "You started from w = -1. The second update starts where the first "
        "one landed, w = -0.2.",
    "lesson04.second_step.first_update":
        "-0.2 is w after the first update (the lesson printed it). Make one "
        "more update from there.",
    "lesson04.second_step.start": "-1 is the starting w, before any update.",
    "lesson04.second_step.bottom":
        "3 is the bottom of the curve, where w is heading. One step of "
        "learning rate 0.1 does not get there.",
    "lesson04.second_step.loss": "10.24 is the loss at w = -0.2, not the new w.",
    "lesson04.second_step.loss_after":
        "6.5536 is the loss (w - 3)**2 at w = 0.44, the w after the second update: the "
        "exercise asks for that w itself.",
    "lesson04.second_step.third":
        "0.952 is w after the third update; the exercise asks for the second, one update "
        "from w = -0.2.",
    "lesson04.second_step.uphill_twice":
        "-2.76 is what two updates give with + in place of -: from -1 to -1.8, then to -2.76, "
        "each one uphill. Subtract: w - 0.1 * gradient.",
    "lesson04.second_step.first_length":
        "0.8 is the length of the first update (from -1 to -0.2), and also the factor "
        "1 - 2 × 0.1 by which each update shrinks w - 3. The exercise asks for w after the "
        "second update, from w = -0.2.",
    "lesson04.second_step.no_rate":
        "6.2 is -0.2 - (-6.4): the whole gradient taken as the step. The step is the learning "
        "rate times the gradient, 0.1 * (-6.4).",
    "lesson04.second_step.sign":
        "6.4 is the size of the gradient, with the wrong sign: 2 * (-0.2 - 3) "
        "= -6.4. Then update w.",
    "lesson04.second_step.half_step":
        "0.12 is what a step half as long gives: the gradient taken as w - 3 = -3.2, with the "
        "factor 2 of the derivative left out (the derivative of (w - 3)**2 is 2 * (w - 3)), or "
        "a learning rate of 0.05. Compute the gradient 2 * (w - 3) at w = -0.2, then "
        "w - 0.1 * gradient.",
    "lesson04.second_step.half_steps_from_start":
        "-0.24 is what two steps half as long give from w = -1: the gradient taken as w - 3, "
        "with the factor 2 of the derivative left out, or a learning rate of 0.05. The first "
        "update lands at -0.2 (the lesson printed it); from there compute the gradient "
        "2 * (w - 3), then w - 0.1 * gradient.",
    "lesson04.second_step.otherwise":
        "{value} is not w after the second update. Compute the gradient 2 * (w - 3) at w = -0.2, "
        "then w - 0.1 * gradient.",
    "lesson04.rate.what": "the largest learning rate that does not diverge (a number)",
    "lesson04.infinity": "infinity",
    "lesson04.minus_infinity": "-infinity",
    "lesson04.rate.nan":
        "nan is not a number: a run with it gives nan at every step, neither diverging "
        "nor staying bounded. Give the largest learning rate that does not diverge, "
        "as a number.",
    "lesson04.rate.zero":
        "At lr = 0 nothing moves: every update subtracts 0 * gradient, so the "
        "steps never leave the start. That does not diverge, but neither does any rate a little "
        "larger. Find the largest rate that still does not diverge.",
    "lesson04.rate.negative_parabola":
        "A negative learning rate (lr = {lr}) adds the gradient: it walks "
        "uphill, the factor 1 - 2 * lr is larger than 1, and the run diverges. Learning rates are "
        "positive; find the largest positive one that does not diverge.",
    "lesson04.rate.negative_bowl":
        "A negative learning rate (lr = {lr}) adds the gradient: it walks "
        "uphill, both factors are larger than 1, and the run diverges. Learning rates are "
        "positive; find the largest positive one that does not diverge.",
    "lesson04.largest_rate.right":
        "One update multiplies the distance to the bottom by 1 - 2 * lr. For "
        "lr = 1 that factor is -1: w jumps between -1 and 7 forever. For 0 < lr < 1 "
        "the distance shrinks (across the bottom from side to side when lr > 0.5); for "
        "lr > 1 it grows, and the run diverges.",
    "lesson04.largest_rate.fastest":
        "0.5 is the fastest rate: the factor 1 - 2 * lr is 0 and one step "
        "lands on w = 3. Larger rates jump past the bottom, but the run "
        "still does not diverge as long as the factor stays between -1 and 1.",
    "lesson04.largest_rate.diverges":
        "At lr = {lr} the factor 1 - 2 * lr is {factor}, below -1: every jump "
        "is longer than the last, and the run diverges. Find the lr where the factor "
        "is exactly -1.",
    "lesson04.largest_rate.bounded":
        "At lr = {lr} the factor 1 - 2 * lr is {factor}, between -1 and 1, so "
        "the run does not diverge. But larger rates do not diverge either: find the "
        "largest lr for which the factor is not below -1 (at -1 the jumps keep their size: no "
        "divergence yet).",
    "lesson04.bowl_rate.right":
        "The w2 direction is ten times steeper: its factor 1 - 20 * lr reaches "
        "-1 at lr = 0.1, while the w1 direction would allow up to 1. The "
        "steepest direction sets the limit, and the gentle one then moves slowly.",
    "lesson04.bowl_rate.w1_limit":
        "1 is the limit for the w1 direction alone (factor 1 - 2 * lr). "
        "The w2 direction is ten times steeper: its factor is 1 - 20 * lr.",
    "lesson04.bowl_rate.w2_zero":
        "0.05 makes the w2 factor 1 - 20 * lr exactly 0 (w2 reaches 0 in "
        "one step). Larger rates still do not diverge: w2 zig-zags, with "
        "shrinking jumps, until the factor reaches -1.",
    "lesson04.bowl_rate.bounded":
        "At lr = {lr} the factors are {w1} for w1 (1 - 2 * lr) and {w2} for w2 "
        "(1 - 20 * lr), both between -1 and 1: the run does not diverge. But larger "
        "rates do not diverge either: find the largest lr for which neither factor is below "
        "-1 (at -1 the jumps keep their size: no divergence yet).",
    "lesson04.bowl_rate.w2_diverges":
        "At lr = {lr} the w2 factor 1 - 20 * lr is {w2}, below -1: w2 jumps "
        "further out at every step and the run diverges (w1's factor is still between "
        "-1 and 1, but one direction that "
        "diverges is enough). Find the lr where 1 - 20 * lr is exactly -1.",
    "lesson04.bowl_rate.both_diverge":
        "At lr = {lr} the w2 factor 1 - 20 * lr is {w2}, below -1: w2 jumps "
        "further out at every step and the run diverges (w1's factor is below -1 too, "
        "and one direction that "
        "diverges is enough). Find the lr where 1 - 20 * lr is exactly -1.",
    # -- lesson 04: descend(loss, start, learning_rate, steps) -----------
    "lesson04.descend.doing": "running {call} on {loss}",
    "lesson04.descend.doing_list": "reading the list your descend returned",
    "lesson04.descend.none":
        "Your descend returned None. End it with `return path`, the "
        "list of every w it visited.",
    "lesson04.descend.one_number":
        "Your descend returned one number ({kind}), not a list. Return the list of "
        "every w: the start, then the w after each update.",
    "lesson04.momentum.changed_params":
        "Momentum(params, {lr}, {momentum}) changed the list params it was given: it held "
        "{before} Values, and {after} after your __init__. Leave the caller's list as it is: "
        "keep it (self.params = params) or a copy of it (self.params = list(params)).",
    "lesson04.momentum.reordered_params":
        "Momentum(params, {lr}, {momentum}) changed the order of the list params it was given (sorted it, say). Leave the caller's list as it is: keep it (self.params = params) or a copy of it (self.params = list(params)), and sort the copy if you need another order.",
    "lesson04.descend.not_a_list":
        "Your descend returned a {kind}; it should "
        "return a list of numbers.",
    "lesson04.descend.same_value":
        "Your list holds the same Value object more than once, so every "
        "entry shows the last w. Append the number w.data, not the "
        "Value w.",
    "lesson04.descend.not_numbers":
        "Your list holds a {kind}; it should hold numbers "
        "(w.data after each update).",
    "lesson04.descend.no_start":
        "With {call} on {loss}, your list leaves out the start: put w = {start} "
        "first, then the w after each update.",
    "lesson04.descend.one_short.one":
        "With {call} on {loss}, your list holds the start only, not the w after the one "
        "update. Candidates: w appended before the update inside the loop (the w after the "
        "update never gets in), or no update made. The list is the start (before the loop), "
        "then w appended after the update.",
    "lesson04.descend.one_short.other":
        "With {call} on {loss}, your list holds the start and the w after every update but the "
        "last: the w after update {count} is missing. Candidates: w appended before the update "
        "inside the loop (the last w never gets in), or one update fewer than steps "
        "(range(steps - 1)). The list is the start (before the loop), then w appended after "
        "each of the {count} updates.",
    "lesson04.descend.length.one":
        "With {call} on {loss}, your list has {count} number; it should have "
        "{expected}: the start, then the w after each update.",
    "lesson04.descend.length.other":
        "With {call} on {loss}, your list has {count} numbers; it should have "
        "{expected}: the start, then the w after each update.",
    "lesson04.descend.one_list":
        "Every path is right, but the list that {first} returned changed when the check "
        "then called {second}: your descend hands back one list that outlives the call (kept "
        "outside it, or a default argument such as path=[], made once when def runs), emptied "
        "and filled again at every call, so a path you kept is overwritten by the next. "
        "Make a new list inside descend at every call (path = [w.data] inside the function).",
    "lesson04.descend.same_list":
        "Every path is right, but called twice as {first}, your descend returns the very same "
        "list both times: a caller that changes one (appends to it, say) changes the other. "
        "Make a new list at every call, as the exercise asks (a cache that hands back the list "
        "it kept does not).",
    "lesson04.descend.keeps_earlier":
        "With {call} on {loss}, your list begins with the w's of the earlier calls and "
        "then holds the right ones: your descend keeps its list from one call to the "
        "next. Make a new list inside descend at every call (path = [w.data] inside "
        "the function, not a list made outside it or a default argument such as "
        "path=[]).",
    "lesson04.descend.done.none": "before the first",
    "lesson04.descend.done.some": "after {done}",
    "lesson04.descend.stops_early.one":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} "
        "update, at w = {w}, where the gradient's size is only {grad}. The earlier calls made "
        "more updates, each from a larger gradient: your loop seems to stop once the "
        "gradient (or the loss, or the step) is small, at some value of w itself, or at some number of steps (here {count}). Make the {count} update: a tiny "
        "gradient does not mean that w is at the bottom.",
    "lesson04.descend.stops_early.other":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} "
        "updates, at w = {w}, where the gradient's size is only {grad}. The earlier calls made "
        "more updates, each from a larger gradient: your loop seems to stop once the "
        "gradient (or the loss, or the step) is small, at some value of w itself, or at some number of steps (here {count}). Make all {count} updates: a tiny "
        "gradient does not mean that w is at the bottom.",
    "lesson04.descend.stops_at_zero.one":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} "
        "update, at w = {w}, where the gradient is exactly 0: w is at the bottom. The "
        "earlier calls made more updates: your loop seems to stop once the gradient (or "
        "the loss, or the step) is zero or small, at some value of w itself, or at some number of steps (here {count}). Make the {count} update all the same (at "
        "the bottom it leaves w where it is): descend keeps one w for every step, wherever w is.",
    "lesson04.descend.stops_at_zero.other":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} "
        "updates, at w = {w}, where the gradient is exactly 0: w is at the bottom. The "
        "earlier calls made more updates: your loop seems to stop once the gradient (or "
        "the loss, or the step) is zero or small, at some value of w itself, or at some number of steps (here {count}). Make all {count} updates all the same "
        "(at the bottom they leave w where it is): descend keeps one w for every step, wherever w is.",
    "lesson04.descend.stops_large.one":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} "
        "update, at w = {w}, where the gradient's size is {grad}, larger than any gradient your "
        "loop went on from: it seems to stop once w, the gradient or the loss grows large "
        "(or the loss rises). Make the {count} update: descend returns every w, even on "
        "a path that runs away.",
    "lesson04.descend.stops_large.other":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} "
        "updates, at w = {w}, where the gradient's size is {grad}, larger than any gradient your "
        "loop went on from: it seems to stop once w, the gradient or the loss grows large "
        "(or the loss rises). Make all {count} updates: descend returns every w, even on "
        "a path that runs away.",
    "lesson04.descend.stops_count.one":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} update, at w = {w}, where the gradient's size is {grad}. Make the {count} update.",
    "lesson04.descend.stops_count.other":
        "With {call} on {loss}, your loop stops updating w {done_said} of the {count} updates, at w = {w}, where the gradient's size is {grad}; the earlier calls, with fewer updates, were right. Candidates: a loop that runs a fixed number of times (range({done}), say) and writes the last w for the rest, or a test that skips the update after a fixed number of steps (`if i < {done}`) or at this w, its gradient or its loss. Make all {count} updates.",
    "lesson04.descend.one_short_repeated":
        "With {call} on {loss}, the last number of your list repeats the one before it: the last of the {count} updates is not in it. Candidates: a loop that makes one update too few and writes the last w twice, or a last number written from the w before the last update. Loop over range(steps), one update and one number each.",
    "lesson04.descend.appends_before_update":
        "With {call} on {loss}, your list holds the start twice, then each w one update "
        "late, and leaves out the last. Candidates: your loop appends w before it updates it "
        "(append w.data after the update, at the end of the loop's body), or it updates w "
        "before L.backward() has filled w.grad for this step, so that each update uses the "
        "gradient of the step before, 0 at first (update after L.backward()).",
    "lesson04.descend.starts_where_last_ended":
        "With {call} on {loss}, your list starts at {got}, where your previous call ended, "
        "not at the start, w = {start}: w is kept from one call to the next (made outside "
        "descend, or a default argument). Make w = Value(start) inside descend, on every call.",
    "lesson04.descend.every_entry_the_last":
        "With {call} on {loss}, every number of your list is {got}, the w after the last "
        "update. Candidates: one object appended at every step (the Value w itself, whose "
        "number is read only at the end), or the last w written into every place. Append "
        "w.data, a number, at each step: it keeps the w of that step.",
    "lesson04.descend.wrong_start":
        "With {call} on {loss}, your list starts at {got}; it should start "
        "at the start, w = {start}.",
    "lesson04.descend.never_moves":
        "With {call} on {loss}, w never moves from {start}. Candidates: no update of w.data "
        "after L.backward(); L.backward written without its () (it names the method and does "
        "not call it, so w.grad stays 0); w.grad reset between backward() and the update (reset "
        "it before backward()); a loss built from something other than w itself (a copy "
        "such as Value(w.data)), so that w.grad stays 0; or an update skipped by a "
        "condition (on the sign of the gradient, say, or a loop run only for some numbers).",
    "lesson04.descend.never_moves_here":
        "With {call} on {loss}, w never moves from {start}, though your loop moved w in "
        "the calls before. What differs is this call's numbers. Candidates: a rate of your "
        "own in place of learning_rate{rounded}, or a step skipped by a condition on the "
        "gradient, its size or its sign (here it is {grad} at the start), on w itself (here w "
        "starts at {start}) or on the number of steps (here {steps}), the whole list replaced "
        "once its numbers grow large (a run that runs away is returned as it is), or code that "
        "runs the loop only for the lesson's own numbers (start -1, rate 0.1).",
    "lesson04.descend.rate_rounded": " (the argument rounded, say, which makes {lr} 0)",
    "lesson04.descend.bug.plus":
        "With {call} on {loss}, your w walks uphill: the loss grows at every step. "
        "The update subtracts the "
        "step: w.data = w.data - learning_rate * w.grad (yours adds it).",
    "lesson04.descend.bug.plus_or_size":
        "With {call} on {loss}, your w walks uphill: the loss grows at every step. "
        "Candidates: the step added (w.data + learning_rate * w.grad), or the size of the "
        "gradient used (abs(w.grad)), which drops its sign, the side the slope goes down "
        "to; every gradient on this path is negative, so the two walk alike. The update is "
        "w.data = w.data - learning_rate * w.grad.",
    "lesson04.descend.bug.no_zero_grad":
        "With {call} on {loss}, your first step is right and the later ones are too "
        "long: each step takes the gradients of all the steps so far. Candidates: w.grad "
        "not set back to 0 (backward() adds to .grad: set w.grad = 0.0 before each "
        "L.backward(), with one =, as w.grad == 0.0 only compares and changes nothing), or a "
        "running sum of the gradients kept in a variable of your own (total += w.grad, where "
        "the update takes this step's w.grad alone).",
    "lesson04.descend.bug.no_learning_rate":
        "With {call} on {loss}, your steps are whole gradients, those of learning rate 1. "
        "Candidates: the update does not multiply the gradient by learning_rate, or it uses "
        "a rate of its own in its place (1, or the argument capped at 1).",
    "lesson04.descend.bug.restarts":
        "With {call} on {loss}, every one of your updates starts again from the start: each w "
        "after the first update is the first update's w. `w = Value(start)` inside the loop "
        "does that, making a new w from start at every step. Make w once, before the loop, "
        "and let each step move the w it has.",
    "lesson04.descend.bug.built_once":
        "With {call} on {loss}, your steps all use the gradient at the start. Candidates: "
        "the loss built once, before the loop (put `L = loss(w)` inside the loop, to build "
        "it again from the current w at every step), or a gradient kept from the first "
        "step (in a variable set once, or on the function) where this step's w.grad "
        "belongs.",
    "lesson04.descend.bug.loss_not_gradient":
        "With {call} on {loss}, your steps use the loss L.data instead of its gradient "
        "w.grad.",
    "lesson04.descend.appends_loss":
        "With {call} on {loss}, the numbers after the start in your list are the losses "
        "L.data of the steps, not the w they reach: append w.data after each update.",
    "lesson04.descend.appends_moved":
        "With {call} on {loss}, the numbers after the start in your list are how far w has "
        "moved from the start (w.data - start), not the w it reaches: append w.data after each update.",
    "lesson04.descend.appends_step":
        "With {call} on {loss}, the numbers after the start in your list are the steps "
        "learning_rate * w.grad (with either sign), not the w they reach: append w.data after each update.",
    "lesson04.descend.appends_grad":
        "With {call} on {loss}, the numbers after the start in your list are the gradients "
        "w.grad of the steps, not the w they reach: append w.data after each update.",
    "lesson04.descend.bug.step_alone":
        "With {call} on {loss}, each w of your list after the start is -learning_rate * "
        "w.grad, the step alone: the update leaves the old w out, as `w.data = -learning_rate "
        "* w.grad` does (`=` where `-=` belongs). Write w.data = w.data - "
        "learning_rate * w.grad (or w.data -= learning_rate * w.grad).",
    "lesson04.descend.bug.from_start":
        "With {call} on {loss}, each w of your list after the first update is the start minus "
        "learning_rate * w.grad, the gradient at the current w, as `w.data = start - "
        "learning_rate * w.grad` makes it: every step is taken from the start. The update "
        "moves w from where it is: w.data -= learning_rate * w.grad.",
    "lesson04.descend.bug.assigned":
        "With {call} on {loss}, each w of your list after the start is learning_rate * w.grad, "
        "whatever w was before, as `w.data = learning_rate * w.grad` makes it: `=` where `-=` "
        "belongs. The update moves w from where it is: w.data -= learning_rate * w.grad (or "
        "w.data = w.data - learning_rate * w.grad).",
    "lesson04.descend.steps_from_zero":
        "With {call} on {loss}, your first update lands at {w}, where one step from w = 0 "
        "lands: the step starts from 0, not from the start. Candidates: w.data set to 0 before each step "
        "(w.data = 0.0 where w.grad = 0.0 belongs), the loss built from a new Value(0.0) "
        "instead of w, or w made from start cut to a whole number (int(start) and round(start) "
        "make 0.5 a 0). Reset only the gradient, w.grad = 0.0, and build L = loss(w).",
    "lesson04.descend.grad_of_L":
        "With {call} on {loss}, every update moves w by {lr}, the learning rate itself: a "
        "gradient of 1 at every step. Candidates: L.grad, which backward() sets to 1 "
        "(dL/dL), where w.grad belongs; or a step of learning_rate with no gradient in it. "
        "The update is w.data = w.data - learning_rate * w.grad.",
    "lesson04.descend.lesson_loss":
        "With {call} on {loss}, your w follows the path it would take on the lesson's "
        "loss (w - 3)**2: your loop does not use the loss it is given. Build "
        "L = loss(w) from the function passed in as the argument `loss` (not the "
        "lesson's loss by its name, and not a gradient written out by hand such as "
        "2 * (w - 3)).",
    "lesson04.descend.lesson_loss_rate":
        " Its steps are also those of learning rate {used}, where this call asks for {lr}: "
        "use the argument `learning_rate` too, not a rate of your own or one from an earlier cell.",
    "lesson04.descend.own_rate":
        "With {call} on {loss}, your steps are those of learning rate {used}; this call "
        "asks for {lr}. Candidates: a rate of your own in the update instead of the "
        "learning_rate argument (a global such as the notebook's learning_rate, or the argument rounded, or capped), a gradient or a step scaled or clipped (such as w.grad / 2, or a step held within ±1), or a rate your "
        "descend changes and keeps from one call to the next.",
    "lesson04.descend.rate_times":
        " It is exactly {times} times the rate asked for, as backward() called {times} times before each update (the grads add up), or the update line written {times} times, would make it too.",
    "lesson04.descend.rate_squared":
        " It is also {lr} × {lr}: the learning rate used twice (learning_rate * learning_rate * w.grad) does that.",
    "lesson04.descend.rate_reciprocal":
        " It is also 1 / {lr}: the gradient divided by the learning rate (w.grad / learning_rate), where it should be multiplied, does that.",
    "lesson04.descend.bug.reset_to_one":
        "With {call} on {loss}, each of your updates moves w by learning_rate * (w.grad + 1), "
        "one learning rate further than it should. Candidates: w.grad set to 1.0 before "
        "L.backward(), where the reset is to 0.0 (backward() starts only the root, L, at 1; "
        "w's grad must start from 0), or an extra learning_rate taken off in the update.",
    "lesson04.descend.first_update_wrong":
        "With {call} on {loss}, your w after update {step} is {got}; it should be "
        "{want} (the w before it in your list is {previous}).",
    "lesson04.descend.update_wrong":
        "With {call} on {loss}, your w after update {step} is {got}; it should be "
        "{want} (the w before it in your list is {previous}), and the updates before it are right.",
    "lesson04.descend.update_skipped":
        "{said} So w did not move at that update, though your list goes on. Candidates: an "
        "update skipped under a condition (on the step's number, a loss that went up, the "
        "gradient's size or sign, or w itself), or a loop that stops updating and keeps "
        "appending w. Update w at every step: w.data -= learning_rate * w.grad.",
    "lesson04.descend.wrong_update":
        "{said} Candidates: the loss not built again from the current w, w.grad not reset "
        "before backward(), a learning rate other than the learning_rate argument, a "
        "gradient estimated instead of w.grad, the gradient clipped or scaled, w rounded "
        "before it is stored (or held within a bound, ±50 say), this call's numbers handled apart (an `if` on steps, the rate "
        "or start), or an update other than w.data - learning_rate * w.grad.",
    "lesson04.descend.wrong_first_update":
        "{said} Candidates: a learning rate other than the learning_rate argument, a "
        "gradient estimated instead of w.grad, the gradient clipped, scaled or replaced by "
        "its sign, a step held within a bound (±1, say), w rounded before it is stored, w made "
        "from another number than start (start rounded, say), this call's numbers handled "
        "apart (an `if` on steps, the rate or start), or an update other than "
        "w.data - learning_rate * w.grad.",
    "lesson04.descend.nearly":
        "{said} Every w of your list is within a millionth of the right one, but not "
        "exactly it. Numbers this close come from a gradient estimated by nudging w (a "
        "finite difference), or from w rounded before it is stored. The exercise wants "
        "the exact gradient that L.backward() leaves in w.grad, in "
        "w.data = w.data - learning_rate * w.grad.",
    "lesson04.descend.remembers_other_loss":
        "With {call} on {loss}, your descend returned the list of the earlier call with "
        "the same start, learning rate and steps on another loss, {other}: it keeps "
        "results from one call to the next and does not tell losses apart. Run the loop "
        "at every call (keep no results, or key them on the loss too).",
    "lesson04.descend.remembers_or_example":
        "With {call} on {loss}, your descend returned the path of the lesson's example, "
        "called earlier with the same start, learning rate and steps on another loss, "
        "{other}. Candidates: it keeps results from one call to the next and does not tell "
        "losses apart, or it returns that path, written into the code, whenever the numbers "
        "are the example's. Run the loop at every call, on the loss it is given.",
    "lesson04.descend.remembers_same_name":
        " The two losses even share one name, `{name}` (any two lambdas do, and so do two "
        "functions both called loss): a key made of the loss's name does not tell them apart "
        "either.",
    "lesson04.descend.not_repeatable.one":
        "{call} on {loss} gave the right list the first time, and another list when "
        "the check called it again after one other call: your descend keeps "
        "something from one call to the next (a list or a w made outside the "
        "function, a default argument such as path=[], or a counter that changes the "
        "step). Make everything it changes inside the function, at every call.",
    "lesson04.descend.not_repeatable.other":
        "{call} on {loss} gave the right list the first time, and another list when "
        "the check called it again after {count} other calls: your descend keeps "
        "something from one call to the next (a list or a w made outside the "
        "function, a default argument such as path=[], or a counter that changes the "
        "step). Make everything it changes inside the function, at every call.",
    "lesson04.descend.right":
        "Your loop follows the update rule: from w = -1 with learning rate "
        "0.1 it visits -0.2, 0.44, ... on (w - 3)**2, and it works on other "
        "losses too. Each step's backward() must start from w.grad = 0 "
        "(reset it, or make a new Value): backward() adds to .grad.",

    # -- lesson 04: the Momentum class -------------------------------------
    "lesson04.momentum.init_changes_params":
        "Momentum(params, {lr}, {momentum}) changed params[{index}] (its grad or its data) "
        "while it was made. Making an optimizer only remembers the parameters: a learner "
        "may make it after a backward(), and the first step() must then see those grads. "
        "Leave the parameters as they are in __init__; zero_grad() is where grads go back to 0.",
    "lesson04.momentum.doing.make":
        "making Momentum(params, {lr}, {momentum}) for two parameters",
    "lesson04.momentum.changes_list": "After step {step}, the list of parameters your optimizer was given is not as it was (its order or its length changed). The optimizer reads that list; it must leave it as the caller made it: keep your own copy (list(params)) if you need to rearrange.",
    "lesson04.momentum.zero_grad_moves": "zero_grad() before step {step} changed the parameters' data. zero_grad() only sets each p.grad to 0.0; the update, p.data -= learning_rate * v, belongs to step(), which the loop calls after backward().",
    "lesson04.momentum.params_copied": "Your Momentum(params, ...) keeps in `self.{name}` other Values than the parameters it was given (copies, made in __init__): zero_grad() and step() then work on those, and the caller's parameters, the model's, never change. Keep the parameters themselves (self.{name} = list(params)) and change only their .grad and .data.",
    "lesson04.momentum.params_replaced": "After the first steps your optimizer's `self.{name}` holds other Values than the parameters it was given (new ones, made in step() or zero_grad()): the next steps move those, and the caller's parameters, the model's, stop moving. Keep the parameters themselves (self.{name} = list(params)) and change only their .data.",
    "lesson04.momentum.step_changes_grad": "Step {step} changed the grad of parameter p{index} from {grad:g} to {now}. step() moves the parameters and their velocities; the grads belong to backward() and zero_grad(), and code after step() may still read them.",
    "lesson04.momentum.doing.zero_grad": "calling zero_grad()",
    "lesson04.momentum.doing.zero_grad_before": "calling zero_grad() before step {step}",
    "lesson04.momentum.doing.step": "calling step() (step {step} of {steps})",
    "lesson04.momentum.doing.make_alone":
        "making a new Momentum(params, {lr}, {momentum}) for {count} parameters, alone",
    "lesson04.momentum.doing.make_beside":
        "making a second Momentum(params, {lr}, {momentum}), for three parameters, "
        "beside a first one",
    "lesson04.momentum.doing.zero_grad_beside":
        "calling zero_grad() of the {which} of two optimizers before step {step}",
    "lesson04.momentum.doing.step_beside":
        "calling step() of the {which} of two optimizers (step {step} of 3)",
    "lesson04.momentum.first": "first",
    "lesson04.momentum.second": "second",
    "lesson04.momentum.no_method":
        "Your Momentum has no method {name}(). Define "
        "`def {name}(self):` inside the class.",
    "lesson04.momentum.zero_grad_changes":
        "The check set every parameter's grad to 5 and called zero_grad(): it changed "
        "{names} too, not only the grads. zero_grad() only sets each p.grad to 0.0; the "
        "velocities change in step(), from the grads that backward() leaves.",
    "lesson04.momentum.grad_set_other":
        "The check set every grad to 5 and called zero_grad(); after it a parameter's grad "
        "is {grad}. zero_grad() sets p.grad = 0.0 for every parameter: 0.0, a number, as a "
        "new Value starts with.",
    "lesson04.momentum.grad_not_zeroed":
        "After zero_grad() a parameter's grad is still "
        "{grad}. "
        "zero_grad() sets p.grad = 0.0 for every parameter (with one =: p.grad == 0.0 only "
        "compares, and changes nothing).",
    "lesson04.momentum.velocity_by_label":
        "With two parameters that have no label (label \"\", as a network's often are) and "
        "gradients 1 and 0, one step moved the second parameter, though its gradient was 0 "
        "and it had no velocity yet; labelled u and v, the same two step right. Your "
        "velocities are kept by label, and parameters with the same label share one. Keep one "
        "velocity per parameter by its position (self.velocities[i]).",
    "lesson04.momentum.moved_with_grad_0":
        "With parameters 0.0 and -0.1 and gradients 1 and 0, one step moved the second "
        "parameter to {got}, though its gradient was 0 and it had no velocity yet: it should "
        "stay at -0.1. It moves beside a first parameter that does not step onto its value "
        "(0.0 and -0.3) too. Candidates: a parameter whose grad is 0 handled apart, or a "
        "velocity that is not the parameter's own. The rule, for every parameter: "
        "v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.took_another_velocity":
        "With parameters 0.0 and -0.1 and gradients 1 and 0, one step moved the second "
        "parameter, though its gradient was 0 and it had no velocity yet: it took the velocity "
        "of the first, whose new value, -0.1, is the second's. Keep one velocity per parameter "
        "by its position (self.velocities[i]), not by its value.",
    "lesson04.momentum.first_step_still":
        "Momentum(params, 0.1, 0.9), with grads 1 and 0, left the first parameter at {was} on "
        "its first step; it should go to {want} (v = 0.9 * 0 + 1, then p - 0.1 * v). Candidates: "
        "a step skipped for some parameters (one whose value is 0, say: a parameter at 0 moves "
        "like any other), or something kept from an earlier optimizer that stops this one.",
    "lesson04.momentum.first_step_other":
        "Momentum(params, 0.1, 0.9), with grads 1 and 0, moved the first parameter from {was} "
        "to {got} on its first step; it should go to {want} (v = 0.9 * 0 + 1, then p - 0.1 * v: "
        "a new optimizer has no velocity yet). Candidates: something kept from an earlier "
        "optimizer, or a step written apart for some parameters (one whose value is 0, say).",
    "lesson04.momentum.new_optimizer_old_velocity":
        "A new Momentum on parameters that an earlier one had stepped moved the first "
        "parameter to {got} on its first step; with no velocity yet it should go to {want}. "
        "The velocities of the earlier optimizer were kept outside it, for example on the "
        "parameters (p.v). Keep them in each optimizer: self.velocities, made in __init__.",
    "lesson04.momentum.data_not_number":
        "After step {step}, the data of parameter p{index} is a {kind}, not a number: "
        "p.data must hold a number. Candidates: the parameter itself in the update "
        "(p - learning_rate * v makes a new Value, where p.data - learning_rate * v uses "
        "p's number), or a velocity that is a Value (keep each v a number, "
        "v = momentum * v + p.grad).",
    "lesson04.momentum.data_changed":
        "zero_grad() changed a parameter's data. It should only set "
        "each p.grad to 0.0.",
    "lesson04.momentum.nothing_moved":
        "The check set the grads and called step() three times, and no "
        "parameter moved. step() should change each p.data: "
        "v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.iterator_kept":
        "The check set the grads and called step() three times, and no parameter moved. Your optimizer keeps its parameters as an iterator (`self.{name}`): the first loop over it uses it up, and every later loop finds nothing. Keep them as a list: `list(params)`, as the skeleton does.",
    "lesson04.momentum.bug.not_carried":
        "Your step is plain gradient descent: each parameter moves by learning_rate times "
        "its gradient, as if no velocity were carried from one step to the next. "
        "Candidates: an update that uses p.grad where it should use the velocity "
        "(p.data -= learning_rate * v), a velocity set to the gradient at every step "
        "(v = grad instead of v = momentum * v + grad), a new velocity put in a loop "
        "variable and never written back (for p, v in zip(...): v = ...; keep it with "
        "self.velocities[i] = ...), a zero_grad() that resets the "
        "velocities too (it should only set each p.grad to 0.0), velocities made afresh inside "
        "step() (v = [0.0] * len(self.params) there starts every step from 0), or velocities looked up by "
        "something that changes at every step, such as p.data as a dict key (the update "
        "changes it, so the next step finds no velocity), or a momentum used only when it is "
        "one of some numbers written in (the lesson's 0.5 or 0.8, say). Keep one velocity per "
        "parameter in self (a list made in __init__, all 0.0) and update it in step().",
    "lesson04.momentum.bug.shared":
        "Your parameters share one velocity. Each parameter needs its own: a list with "
        "one velocity per parameter, made in __init__.",
    "lesson04.momentum.bug.average":
        "Your steps are those of a rate of {rate} in place of the learning_rate argument, "
        "and here three slips give them. Candidates: a velocity momentum * v + (1 - momentum) "
        "* grad (an average, the same as a rate of learning_rate × (1 - momentum)), or the "
        "learning rate used twice (v = momentum * v + learning_rate * grad, then "
        "p.data -= learning_rate * v: learning_rate × learning_rate is {rate} too), or a rate "
        "of {rate} of your own, written in place of learning_rate. The lesson's rule adds the whole gradient, v = momentum * v + grad, "
        "and then p.data -= learning_rate * v.",
    "lesson04.momentum.bug.twice":
        "Your steps are exactly twice as long as the rule's. Candidates: the update line "
        "written twice (p.data -= learning_rate * v, two times in one step), or a rate "
        "doubled (2 * learning_rate). The lesson's rule: v = momentum * v + grad, then "
        "p.data -= learning_rate * v, once per parameter and step.",
    "lesson04.momentum.bug.late":
        "Your steps are those of a velocity one step behind. Candidates: your step moves each "
        "parameter with the old velocity and updates the velocity afterwards; or the velocity "
        "adds the gradient of the step before (kept from the last step()), not this step's "
        "p.grad. The two give the same steps. The rule: v = momentum * v + p.grad first, then "
        "p.data -= learning_rate * v.",
    "lesson04.momentum.bug.plus":
        "Your parameters move uphill, with the gradient. One sign is turned round, and these "
        "two give the same steps: the update adds (`p.data += learning_rate * v`), or the "
        "velocity subtracts the gradient (`v = momentum * v - grad`). The lesson's rule: "
        "v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.grads": "{first} and {last}",
    "lesson04.momentum.velocity_lost":
        "Your steps before step {step} are right. At step {step} each parameter moved by "
        "learning_rate * grad alone, as if its velocity started again from 0: the velocity "
        "of the earlier steps was lost. Candidates: the velocities kept under a key that "
        "changes from step to step (the grad's value, say: the grads of step {step} are "
        "new ones), or set back to 0 by code that runs at that step. Keep one velocity per "
        "parameter, by its position (self.velocities[i]).",
    "lesson04.momentum.momentum_or_rate_changed":
        "Your steps before step {step} are right. Step {step} is the one of momentum {used} "
        "for every parameter, where the momentum is {momentum}, and just as well the one of "
        "learning rate {rate}, where the rate is {lr}. Candidates: the momentum or the "
        "learning rate changed between steps (as self.momentum *= ... or self.learning_rate "
        "*= ... in step() does), a momentum other than self.momentum in the rule (a number "
        "written in, its sign flipped, or momentum * left out), each velocity scaled before its update, a "
        "velocity not carried in full from the step before, or this step's grad left out of "
        "the velocity. The rule: v = momentum * v + grad, "
        "then p.data -= learning_rate * v, with the momentum and the rate the optimizer was made with.",
    "lesson04.momentum.momentum_changed":
        "Your steps before step {step} are right. Step {step} is the one of momentum "
        "{used} for every parameter, where the momentum is {momentum}. Candidates: the "
        "momentum changed between steps (as self.momentum *= ... in step() does), a "
        "momentum other than self.momentum in the rule (a number written in, its sign "
        "flipped, or momentum * left out), each velocity scaled before its update, a velocity not carried in full "
        "from the step before, or this step's grad left out of the velocity. The rule: "
        "v = momentum * v + grad, then "
        "p.data -= learning_rate * v, with the momentum the optimizer was made with.",
    "lesson04.momentum.drifts.one":
        "A new optimizer on one parameter (learning rate 0.01, momentum 0.5, grads -1 and 1 in "
        "turn), stepped again and again, is right for 1 step, and after step {step} the "
        "parameter is {got}, where the rule gives {want}: your optimizer keeps something from "
        "one step to the next (a counter, say) that changes the steps. Each step must follow "
        "the rule, however many came before.",
    "lesson04.momentum.drifts.other":
        "A new optimizer on one parameter (learning rate 0.01, momentum 0.5, grads -1 and 1 in "
        "turn), stepped again and again, is right for {count} steps, and after step {step} the "
        "parameter is {got}, where the rule gives {want}: your optimizer keeps something from "
        "one step to the next (a counter, say) that changes the steps. Each step must follow "
        "the rule, however many came before.",
    "lesson04.momentum.bug.grad_once":
        "Your velocities take in the grad at the first step only: from step 2 on, each "
        "velocity is momentum * v, with that step's grad left out (an if that adds p.grad only "
        "while the velocity is 0, say). The rule: v = momentum * v + p.grad at every step, then "
        "p.data -= learning_rate * v.",
    "lesson04.momentum.bug.data":
        "Your velocities add up each parameter's value p.data where its gradient belongs "
        "(at the first step the check's grads are the parameters' starting values, so that "
        "step came out right). The rule: v = momentum * v + p.grad, then p.data -= "
        "learning_rate * v.",
    "lesson04.momentum.bug.assigned":
        "After each step your parameters are -learning_rate * v, whatever they were before, "
        "as `p.data = -learning_rate * v` makes them: `=` where `-=` belongs. The update "
        "moves each parameter from where it is: p.data -= learning_rate * v.",
    "lesson04.momentum.bug.assigned_up":
        "After each step your parameters are learning_rate * v, whatever they were before, "
        "as `p.data = learning_rate * v` makes them: `=` where `-=` belongs. The update "
        "moves each parameter from where it is: p.data -= learning_rate * v.",
    "lesson04.momentum.bug.swapped":
        "Your steps are those of learning rate {momentum} and momentum {lr}: the two numbers "
        "swapped. Candidates: __init__ takes them in another order than "
        "Momentum(params, learning_rate, momentum), the order the check (and the lesson) passes "
        "them in, or step() uses self.momentum where self.learning_rate belongs and the other "
        "way round. The rule: v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.bug.momentum_times_grad":
        "Your steps are those of the rule with a learning rate of {scaled} (learning_rate × "
        "momentum) in place of {lr}. Candidates: the velocity v = momentum * (v + grad), which "
        "multiplies the gradient by the momentum too (that velocity is momentum times the "
        "rule's), or the step p.data -= learning_rate * momentum * v. The rule adds the whole "
        "gradient, v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.bug.grad_kept":
        "Your velocity is momentum times the last step's gradient plus this one's: step() "
        "keeps the gradient where the velocity belongs, so the velocity never builds up beyond "
        "two steps. Keep the velocity itself: v = momentum * v + grad, stored for the next step.",
    "lesson04.momentum.wrong_step":
        "Two parameters start at {start} with learning rate "
        "{lr} and momentum {momentum}; the check sets their "
        "grads and calls step() three times. After step {step}, parameter "
        "p{index} is {got}; it should be {want} (the grads of step {step} were {grads}). "
        "The rule: v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.wrong_after_steps_on_class":
        "Your first optimizer stepped right, but a new Momentum(params, {lr}, {momentum}), "
        "made after the check's other optimizers and stepped alone, does not: after step "
        "{step}, parameter p{index} is {got}; it should be {want}. So what step() does "
        "depends on the steps made before it, by any optimizer: your code changed {names}, an "
        "attribute of the class itself (a counter, say). Keep each "
        "optimizer's state on the object, made in __init__, and leave the class as it is.",
    "lesson04.momentum.shared_between":
        "One optimizer on its own steps right, but two side by side do not. The check "
        "made a new first one and a second Momentum(params, {lr}, {momentum}) on three "
        "other parameters, and stepped them in turn. After step {step}, parameter "
        "p{index} of the {which} optimizer is {got}; it should be {want}. {what} "
        "Each Momentum must keep its own state, its velocities made in "
        "__init__ (self.velocities = [0.0 for p in self.params]).",
    "lesson04.momentum.shared.on_class":
        "Your optimizers share {names}, an attribute of the class itself (written in the "
        "class body, or set through the class name), not of each optimizer.",
    "lesson04.momentum.shared.elsewhere":
        "A new second optimizer stepped alone is right, so your optimizers use state "
        "shared outside them (a default argument such as v=[], a list on the class, or one at "
        "module level).",
    "lesson04.momentum.only_first_moved":
        "The check made Momentum(params, {lr}, {momentum}) on {count} parameters and "
        "called step() three times: only the first {moved} of the {count} parameters "
        "moved. Loop over every parameter the optimizer was given "
        "(for i, p in enumerate(self.params)): no count written into the code (the "
        "example's two, say), none left out (self.params[:-1] leaves out the last), and no "
        "return or break inside the loop.",
    "lesson04.momentum.example_numbers":
        "Your optimizer on two parameters steps right, but a new "
        "Momentum(params, {lr}, {momentum}) on three others steps as if made with "
        "learning rate {used_lr} and momentum {used_momentum}, even alone. Use the "
        "learning rate and momentum given to __init__ (self.learning_rate, "
        "self.momentum), not the example's numbers.",
    "lesson04.momentum.example_numbers_or_rounded":
        "Your optimizer on two parameters steps right, but a new "
        "Momentum(params, {lr}, {momentum}) on three others steps as if made with "
        "learning rate {used_lr} and momentum {used_momentum}, even alone. Candidates: the "
        "example's numbers written into the class, or the numbers given rounded ({rounded}). "
        "Use the learning rate and momentum given to __init__ (self.learning_rate, "
        "self.momentum) as they are.",
    "lesson04.momentum.none_moved":
        "Your optimizer steps right with the rates and momentums tried before, but a new "
        "Momentum(params, {lr}, {momentum}) on parameters starting at {start}, alone, moves no "
        "parameter at any step. What differs is this call's numbers: a step skipped for them is "
        "a candidate (`if self.momentum:` skips momentum 0, which is plain gradient descent, "
        "v = 0 * v + grad), or a learning rate of your own that is 0 here.",
    "lesson04.momentum.rounded_or_plain":
        "Your optimizer steps right with the rates and momentums tried before, but a new "
        "Momentum(params, {lr}, {momentum}) on parameters starting at {start}, alone, steps as "
        "if made with learning rate {used_lr} and momentum 0: plain gradient descent, with no "
        "velocity carried from step to step. Candidates: the momentum left out for these "
        "numbers (the velocity not kept, or an `if` on the rate or the momentum), or the "
        "momentum rounded ({rounded}). The rule, for every rate and momentum: "
        "v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.rounded":
        "Your optimizer steps right with the rates and momentums tried before, but a new "
        "Momentum(params, {lr}, {momentum}) on parameters starting at {start}, alone, steps as "
        "if made with learning rate {used_lr} and momentum {used_momentum}: the numbers given, "
        "rounded ({rounded}). Candidates: your code rounds the learning rate or the momentum "
        "(with round(), say), or it uses numbers of its own that happen to be "
        "these (a momentum capped, as min(momentum, 0.9) does, or these numbers handled apart "
        "with an `if`, say). Use the learning rate and momentum given to __init__ as they are: every digit "
        "counts.",
    "lesson04.momentum.rounded_number": "round({given}, {digits}) is {used}",
    "lesson04.momentum.stops":
        "A new optimizer with learning rate {lr} and momentum {momentum} on {count} "
        "parameters steps right {done} times; from step {next} on, step() leaves "
        "every parameter where it is, though their gradients are not 0 (the check made "
        "{steps} steps). step() must update every parameter at every call, however many "
        "calls came before.",
    "lesson04.momentum.long_run_first":
        "Your optimizer steps right in every short run, but a new Momentum(params, 0.05, 0.8) "
        "on {count} parameters, stepped {steps} times, goes wrong at its first step: parameter "
        "p{index} is {got}, where it should be {want}. Candidates: something sized for fewer "
        "parameters; a velocity or a step held within some bound (these grads reach 60); or "
        "this momentum, 0.8, handled apart (no short run used it). "
        "The rule: v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.long_run":
        "Your optimizer steps right in every short run, but a new Momentum(params, 0.05, 0.8) "
        "on {count} parameters, stepped {steps} times, goes wrong at step {step}: parameter "
        "p{index} is {got}, where it should be {want}. Candidates: something counted from step "
        "to step that changes the rule later (the momentum or the rate changed after some "
        "steps), something sized for fewer parameters, a velocity or a step held within "
        "some bound (these grads reach 60), or this momentum, 0.8, handled apart (no short run "
        "used it; its effect grows with the velocity). The rule is the same at every step: "
        "v = momentum * v + grad, then p.data -= learning_rate * v.",
    "lesson04.momentum.wrong_alone":
        "Your optimizer on two parameters steps right, but a new "
        "Momentum(params, {lr}, {momentum}) on three others, starting at {start}, does "
        "not, even alone: after step {step}, parameter p{index} is {got}; it should be "
        "{want} (the grads of step {step} were {grads}). Candidates: something sized for "
        "the example's two parameters, the example's learning rate or momentum written "
        "into the class, state kept from the earlier optimizers (on the class, at "
        "module level, or in a default argument such as v=[]), a number rounded (the "
        "velocity, say), a parameter skipped or changed for some grads or values (one of step "
        "{step}'s grads, say), or the momentum or the rate changed after some steps (a counter in "
        "step(): the run on two parameters was three steps long).",
    "lesson04.momentum.huge_grads":
        "Your optimizer steps right with every grad tried before, but not with huge ones, as a "
        "steep loss or one far from its minimum gives: a new Momentum(params, {lr}, {momentum}) "
        "on parameters starting at {start}, after step {step}: parameter p{index} is {got}; it "
        "should be {want} (the grads of step {step} were {grads}). Candidates: a grad or a "
        "velocity capped (or rounded, or skipped) above some size; or code written apart for "
        "these numbers. Every grad, however large, enters the velocity as it is.",
    "lesson04.momentum.tiny_grads":
        "Your optimizer steps right with every grad tried before, but not with tiny ones, as a "
        "loss near its minimum gives: a new Momentum(params, {lr}, {momentum}) on parameters "
        "starting at {start}, after step {step}: parameter p{index} is {got}; it should be "
        "{want} (the grads of step {step} were {grads}). Candidates: a grad or a velocity treated "
        "as 0 (or skipped, or rounded) below some size; or code written apart for these "
        "numbers. Every grad, however small, moves its parameter.",
    "lesson04.momentum.wrong_on_setup":
        "Your optimizer steps right with the rates and momentums tried before, but a new "
        "Momentum(params, {lr}, {momentum}) on parameters starting at {start} does not, "
        "alone: after step {step}, parameter p{index} is {got}; it should be {want} (the "
        "grads of step {step} were {grads}). What differs is this call's numbers. "
        "Candidates: a learning rate or momentum of your own in place of the arguments "
        "(capped, rounded, or handled apart for some numbers, such as 0); a velocity rounded "
        "or capped; or a parameter skipped or changed for some grads or values (one whose grad "
        "is 0 still moves while its velocity is not 0: v = momentum * v + 0).",
    "lesson04.momentum.equal_values":
        "Your optimizer steps right until two parameters hold the same value. "
        "Momentum(params, 0.5, 0.9) on parameters starting at (1.0, 0.75), with grads 1 and "
        "0.5, brings both to 0.5 at step 1, with velocities 1 and 0.5 of their own; after "
        "step {step}, parameter p{index} is {got}; it should be {want}. That is what an "
        "optimizer does that finds a velocity by the parameter's value (its data, as a dict "
        "key): two parameters of equal value then share one. Keep one velocity per "
        "parameter, by position: self.velocities[i].",
    "lesson04.momentum.wrong_again":
        "Your first optimizer on two parameters stepped right, but a new "
        "Momentum(params, {lr}, {momentum}) made later, on two parameters starting at "
        "{start} again, does not, even alone: after step {step}, parameter p{index} is "
        "{got}; it should be {want} (the grads of step {step} were {grads}). Your "
        "optimizer keeps something from the earlier optimizers (on the class, at module "
        "level, or in a default argument such as v=[]). Make each optimizer's state in "
        "__init__.",
    "lesson04.momentum.changes_class_state":
        "After step {step}, parameter p{index} is {got}; it should be {want}. Your "
        "Momentum changes {names}, an attribute of the class itself, which every "
        "optimizer shares, the ones made before this one too. Each Momentum must keep "
        "its own state, its velocities made in __init__ (self.velocities = [0.0 for p in "
        "self.params]).",
    "lesson04.momentum.instance":
        "This is an object made from your class {name}, "
        "not the class itself. Pass the class: check_momentum(Momentum), "
        "without calling it.",
    "lesson04.momentum.right":
        "Each parameter keeps its own velocity from step to step: "
        "v = momentum * v + grad, then p.data -= learning_rate * v. With "
        "steady gradients the steps grow (0.1, then 0.19, ...); when the "
        "gradient turns round, the velocity slows the turn down.",
    # -- lesson 05: the hinge loss exercises ---------------------------------
    "lesson05.hinge.what": "the mean hinge loss (a number)",
    "lesson05.hinge.right":
        "The first point is on the right side with a margin of at least 1, so its "
        "loss is 0; the second (0.7) is right but too close to the boundary; the "
        "third (0.5) is right too, but also too close. Mean: 1.2 / 3 = 0.4.",
    "lesson05.hinge.sum": "1.2 is the sum of the three losses. Take the mean.",
    "lesson05.hinge.two_points":
        "0.6 comes from one of two slips. (1) The mean of the two points that cost "
        "something, 1.2 / 2: the first point counts too, with loss 0, so divide by 3. "
        "(2) A sign slip on the second point, (0 + 1.3 + 0.5) / 3: its loss is "
        "1 - y * score = 1 - (+1)(0.3) = 0.7.",
    "lesson05.hinge.negative":
        "The first point's 1 - 2.0 = -1 must not count as negative "
        "loss: relu turns it into 0. A point beyond the margin costs "
        "nothing.",
    "lesson05.hinge.sign":
        "0.7333 comes from one of two slips. (1) A sign slip on the third point, "
        "(0 + 0.7 + 1.5) / 3: its label is -1, so 1 - y * score = 1 - (-1)(-0.5) = 0.5. "
        "(2) The first point's 1 - 2.0 = -1 counted as a loss of 1, (1 + 0.7 + 0.5) / 3: "
        "relu(-1) is 0, not its size.",
    "lesson05.hinge.second_alone":
        "0.7 is the loss of the second point alone. Compute all three and "
        "take their mean.",
    "lesson05.hinge.third_alone":
        "0.5 is the loss of the third point alone. Compute all three and "
        "take their mean.",
    "lesson05.hinge.zero":
        "All three points are on their correct side, but the hinge loss "
        "also charges a point whose margin y * score is below 1.",
    "lesson05.below_zero":
        "{value} is below 0, and a hinge loss never is: relu turns each point's "
        "1 - y * score into 0 or more, so the mean is 0 or more too. Apply relu to each "
        "point (a negative number becomes 0), then take the mean.",
    "lesson05.hinge.otherwise":
        "{value} is not it. For each point compute relu(1 - label * score), then "
        "take the mean of the three.",
    "lesson05.constant.what":
        "the hinge loss of a network that gives every point the score 3 (a number)",
    "lesson05.constant.right":
        "The 50 points of class +1 are on their side with a margin of 3: they cost "
        "relu(1 - 3) = 0. The 50 points of class -1 are on the wrong side: each costs "
        "relu(1 + 3) = 4. The mean is (50 * 0 + 50 * 4) / 100 = 2.",
    "lesson05.constant.plus_class":
        "0 is what each point of class +1 costs. The points of class -1 "
        "get the score 3 too, on the wrong side: compute relu(1 - (-1) * 3).",
    "lesson05.constant.minus_class":
        "4 is what each point of class -1 costs. Half of the points are of "
        "class +1, and they cost 0: take the mean over all 100.",
    "lesson05.constant.no_relu":
        "1 is the loss for a constant score between -1 and 1, or without "
        "relu (-2 and 4 average to 1). With the score 3 the points of class "
        "+1 cost relu(1 - 3) = 0, not -2.",
    "lesson05.constant.sum": "200 is the sum over the 100 points. Take the mean.",
    "lesson05.constant.margin":
        "1 - 3 = -2 is the margin term of a point of class +1; relu "
        "turns it into a cost of 0. And the points of class -1 cost "
        "something too.",
    "lesson05.constant.negative":
        "A loss is never negative: relu(...) is at least 0 for every "
        "point. Compute relu(1 - y * 3) for y = +1 and for y = -1.",
    "lesson05.constant.otherwise":
        "{value} is not it. Compute relu(1 - y * 3) for a point with y = +1 and for "
        "one with y = -1; half of the 100 points are of each class.",

    # -- lesson 05: what a check was doing when the learner's code raised ---
    "lesson05.doing.run": "running {call}",
    "lesson05.doing.make": "making {call}",
    "lesson05.doing.call": "calling {call} on {x}",
    "lesson05.doing.call_values": "calling {call} on Values made from {x}",
    "lesson05.explain.value_for_number":
        " The inputs were Values made from those numbers: in a network, every layer after "
        "the first is given Values. Your code gave a Value where the engine needs a plain "
        "number. Taking .data, as the error's own hint says, is not the fix here: it cuts the graph. Combine the Values "
        "themselves (w * x with Values, then + b) and return the Value they give.",
    "lesson05.doing.parameters": "calling {call}.parameters()",
    "lesson05.doing.parameters_again": "calling {call}.parameters() a second time",
    "lesson05.doing.step_beside":
        "running training_step(model, loss_fn, {lr}), step {step} of the {which} of two "
        "networks stepped in turn",
    "lesson05.doing.step_filled":
        "running training_step(model, loss_fn, {lr}) on a network whose grads hold what "
        "a backward() left",
    "lesson05.doing.step_again": "running training_step twice on a new small network",
    "lesson05.step.data_not_number":
        "After step {step}, model.parameters()[{index}].data is a {kind}, not a number. "
        "Write the number into .data: p.data = p.data - learning_rate * p.grad "
        "(p.data and p.grad, not the Value p).",
    "lesson05.doing.step_moved": "running training_step(model, loss_fn, 0.4) on a network whose accuracy one step changes",
    "lesson05.doing.step": "running training_step(model, loss_fn, {lr}), step {step} on a small network",
    "lesson05.call_on": "{call} on {x}",

    # -- lesson 05: count_parameters(nin, nouts) -----------------------------
    "lesson05.count.none":
        "{call} returned None. End the function with "
        "`return` and the count.",
    "lesson05.count.not_finite": "{call} returned {got}, which is no count; it should return a whole number.",
    "lesson05.count.not_a_number":
        "{call} returned a {kind}; it should return "
        "a whole number.",
    "lesson05.count.said": "{call} returned {got}; MLP({nin}, {nouts}) has {right} parameters.",
    "lesson05.count.earlier_call": "{said} That is the count of an earlier call, {earlier}. Either your function returns a number written in the code, or it keeps a result from one call to the next (in a dict, a default argument, a global). Compute the count from nin and nouts at every call.",
    "lesson05.count.kept":
        "{said} Called again, {first} now returns {again}; the first time it returned "
        "{right}, which is right. Your function keeps something from one call to the "
        "next{where}. Compute the count from nin and nouts alone at every call.",
    "lesson05.count.kept_in": ", in its default argument {names} (made once, shared by every call)",
    "lesson05.count.kept_somewhere": " (in a global, a default argument or an attribute)",
    "lesson05.count.weights_only":
        "{said} Your count counts the weights only. Every neuron also has a bias: "
        "add one per neuron.",
    "lesson05.count.bias_twice":
        "{said} That is one more than right for every neuron: each bias is counted twice "
        "(say, (a + 1) * b, which counts a bias per neuron already, and then the number of "
        "neurons on top). Count each neuron's bias once.",
    "lesson05.count.neurons":
        "{said} Your count counts the neurons. Count each neuron's weights and its bias.",
    "lesson05.count.sizes":
        "{said} Your count adds up the sizes of the layers, nin included: it counts the "
        "inputs and neurons, not the parameters. Count each neuron's weights (one per "
        "input it sees) and its bias.",
    "lesson05.count.nin_everywhere":
        "{said} Your count gives every layer nin inputs. Only the first layer sees the "
        "nin inputs; layer i "
        "sees the outputs of layer i - 1, so its neurons have nouts[i - 1] weights each.",
    "lesson05.count.no_last":
        "{said} Your count leaves out the last layer. Count every layer, the output "
        "layer too.",
    "lesson05.count.no_first":
        "{said} Your count leaves out the first layer, whose neurons each have nin "
        "weights and a bias.",
    "lesson05.count.bias_per_input":
        "{said} Your count gives one bias per input. A bias belongs to a neuron: one "
        "per neuron.",
    "lesson05.count.fixed_nin":
        "{said} That is the count of MLP({n}, {nouts}): your function counts {n} inputs, where "
        "this call's nin is {nin}. Candidates: a number written where the argument nin belongs, "
        "or a count kept from an earlier call. The first layer has nin inputs.",
    "lesson05.count.right_before.one": " Your function counted the network tried before this one right, so look also for a condition or a cap that tells the networks apart (if nin < 100, min(...), or an answer written for the lesson's network alone, say).",
    "lesson05.count.right_before.other": " Your function counted the {count} networks tried before this one right, so look also for a condition or a cap that tells the networks apart (if nin < 100, min(...), or an answer written for the lesson's network alone, say).",
    "lesson05.count.written":
        "{said} {got} is a number written in your code: a count worked out for one network, "
        "right for that one alone. Compute the count from nin and nouts, for any sizes.",
    "lesson05.count.last_only":
        "{said} That is the count of the last layer alone, (its inputs + 1) × its neurons: "
        "the layers before it are lost (`total = ...` where `total += ...` belongs, say). Add "
        "up the counts of every layer.",
    "lesson05.count.same_for_two":
        "{call} returned {got}, and {other} returned {got} too; the two networks have {right} "
        "and {other_right} parameters. Your count does not follow nin and nouts (a number "
        "written in the code, such as a return 0 kept from a start, say). Compute it from the sizes: a "
        "layer of b neurons with a inputs has b weights times a, plus b biases.",
    "lesson05.count.otherwise":
        "{said} Your count is {off}. Candidates: a stray + 1 or - 1, a layer left out "
        "or counted twice, a bias per input or one per layer instead of one per neuron, a layer "
        "whose neurons get no bias (the output layer has biases too: nonlin=False drops "
        "only relu), the wrong number of inputs for a layer, or numbers written for some sizes alone (a table of the networks you tried). A layer of b neurons with a inputs has b weights times a, "
        "plus b biases; the first layer has a = nin, every later layer has "
        "a = the size of the layer before.",
    "lesson05.count.built":
        "{call} gives the right number, {count:,}, but it "
        "took {megabytes:.0f} MB of memory: it seems to build the "
        "network to count it. Work the number out from nin and nouts "
        "alone: a layer of b neurons with a inputs has b * (a + 1) "
        "parameters.",
    "lesson05.count.right":
        "A layer of b neurons with a inputs has b * (a + 1) parameters, and "
        "each layer's inputs are the previous layer's outputs: "
        "MLP(2, [16, 16, 1]) has 48 + 272 + 17 = 337, and a small image "
        "classifier MLP(784, [128, 10]) already has 101,770.",

    # -- lesson 05: parameters() and a network's output ----------------------
    "lesson05.parameters.of_neuron": "a neuron: its weights, then its bias",
    "lesson05.parameters.of_layer":
        "a layer: the parameters of each of its neurons, neuron after neuron",
    "lesson05.parameters.of_mlp":
        "a network: the parameters of each of its layers, layer after layer",
    "lesson05.parameters.of_other": "its weights, then its bias",
    "lesson05.parameters.missing":
        "{call} has no method parameters(). Define "
        "`def parameters(self):` returning a list of its Values.",
    "lesson05.parameters.none":
        "{call}.parameters() returned None. Return a list of its "
        "Values ({what}).",
    "lesson05.parameters.not_a_list":
        "{call}.parameters() returned a {kind}; it "
        "should return a list of Values.",
    "lesson05.parameters.iterator":
        "{call}.parameters() returned a {kind}; it should return a list of Values. A "
        "{kind} has no len() (the lesson counts parameters with len(model.parameters())) "
        "and is used up by the first loop over it. Collect the Values in a list and "
        "return it (`return [...]` rather than `yield`).",
    "lesson05.parameters.not_values":
        "{call}.parameters() holds a {kind}. It should "
        "hold the Value objects themselves (not their .data), so that "
        "training can update them.",
    "lesson05.parameters.not_values.other":
        "{call}.parameters() holds a {kind}. It should hold only the Value objects "
        "themselves, so that training can update them.",
    "lesson05.parameters.nested":
        "{call}.parameters() holds a {kind} inside the list. It should be one flat list "
        "of Values, with no list inside it: {join}.",
    "lesson05.parameters.join.neuron": "join lists with + (self.w + [self.b]) or extend one list, rather than put one in the other ([self.w, self.b])",
    "lesson05.parameters.join.layer": "take the Values out of each part's list, `[p for n in self.neurons for p in n.parameters()]`, rather than list the lists",
    "lesson05.parameters.join.network": "take the Values out of each part's list, `[p for layer in self.layers for p in layer.parameters()]`, rather than list the lists",
    "lesson05.parameters.twice": "{call}.parameters() lists the same Value more than once. Candidates: one object repeated in a list (`[Value(...)] * n` makes n references to one Value; `[Value(...) for _ in range(n)]` makes n of them), parameters() listing a part twice, or one Value handed to two parts (an assignment such as `n.b = other.b`, which gives both neurons the same bias object).",
    "lesson05.parameters.repeated_part": "{call}.parameters() lists the same Value more than once: the list self.{name} holds one object several times (`[x] * n` does that: it repeats a reference to one object), so those entries are one object and learn as one. Make each entry anew: `[... for _ in range(n)]`.",
    "lesson05.parameters.grows":
        "{call}.parameters() gave {first} Values the first time and {second} the "
        "second: each call adds to a list that is kept between calls (such as "
        "self.w.append(self.b)), so the object changes every time its parameters are "
        "listed. Build a new list at every call and leave the object as it is (for a "
        "Neuron: `return self.w + [self.b]`).",
    "lesson05.parameters.new_values":
        "{call}.parameters() gives new Value objects at every call: the second call "
        "listed other Values than the first. Training would then update copies, not "
        "the Values the network computes with. Return the Values the object holds.",
    "lesson05.parameters.changes":
        "Two calls of {call}.parameters() gave different lists ({first} and {second} "
        "Values). parameters() should list the Values the object holds, the same ones "
        "at every call, and change nothing.",
    "lesson05.changed_input":
        "{call} changed the list of inputs it was given, on {x}. A network reads its "
        "inputs and leaves the list as it is: build new lists instead of changing x.",
    "lesson05.changed_input_values":
        "{call} changed the Values of its inputs, on {x}: after the call their data is {now}. "
        "A network reads its inputs' data and never writes it: compute new Values instead.",
    "lesson05.changed_nouts":
        "{call} changed the list nouts it was given: {before} became {after}. Leave "
        "the caller's list as it is; build a new one, such as sizes = [nin] + nouts.",
    "lesson05.class_state_others":
        "{call}.parameters() has {count} Values, as many as it should, but not the ones it "
        "listed when it was made: those of a {cls} made since. Your {cls} changes {names}, an "
        "attribute of the class itself, which every {cls} shares. Keep each object's lists on "
        "self, made in __init__.",
    "lesson05.class_state":
        "{call}.parameters() has {count} Values; it should have {expected}. Your "
        "{cls} changes {names}, an attribute of the class itself, which every {cls} "
        "shares, the ones made before this one too. Keep each object's lists on self, "
        "made in __init__.",
    "lesson05.default_state":
        "{call}.parameters() has {count} Values; it should have {expected}. Your {cls} "
        "keeps what it is built from in {what}, so it still holds what the objects made before this one "
        "put there. Make a new list in __init__ for each object, on self.",
    "lesson05.no_way_back":
        "{call}'s output holds a node made by Value(data, children, op) with no way to pass a "
        "gradient back (no _backward, no local derivatives), so backward() cannot go through "
        "it: a relu built by hand, say. Use the Value's own operations, n.relu(), which "
        "record how to pass the gradient on.",
    "lesson05.neuron.wrong_after_calls":
        "{call} on {x} gave the right output at first; after the check's other calls, a new "
        "{call}, its weights set by the check, gives {got} at its very first call, where it "
        "should give {want}. So what it computes depends on the calls before it, not on its own "
        "weights: something kept from one call to the next outside the object (a counter or a "
        "list in a default argument, on the class, or at module level). Compute the output "
        "from the weights, the bias and x alone.",
    "lesson05.right_when_called_again":
        "{call} on {x} gave {want} at first, {got} once the check had made and used another "
        "one, and {want} again when the check called it once more on the same numbers: what it "
        "gives depends on more than x and its own {parts}. Candidates: an earlier output kept "
        "and given back (looked up by id(x), say: Python gives a new list the id of one that is "
        "gone), or something that changes from one call to the next (a counter, a flag). "
        "Compute the output from x and the {parts} at every call.",
    "lesson05.shared":
        "{call} on {x} gave {want} at first, and {got} once the check had made and used "
        "another one: your objects share {what}. Each {cls} must keep its own {parts}, "
        "made in __init__ on self.",
    "lesson05.shared.parts.neuron": "weights, bias and nonlin",
    "lesson05.shared.parts.layer": "neurons",
    "lesson05.shared.parts.network": "layers",
    "lesson05.shared.on_class":
        "{names}, an attribute of the class itself (written in the class body, or set "
        "through the class name), not of each object",
    "lesson05.shared.default":
        "the default argument {names} of __init__ (made once, when def runs, and given to every object)",
    "lesson05.neuron.init_shared":
        "A new {call} starts with the weights {weights} that the check set on the neuron "
        "made before it: your neurons share {what}. Each neuron makes its own weights in "
        "__init__: self.w = [Value(random.uniform(-1, 1)) for _ in range(nin)].",
    "lesson05.shared.elsewhere":
        "something kept outside each object (a default argument such as w=[], an attribute of the class, or a list at module level)",
    "lesson05.output.none": "{call} returned None. Return the output Value.",
    "lesson05.neuron.same_output":
        "{call} on {x} returned the very Value it returned on {earlier}: it gives back an "
        "output kept from an earlier call (on self, say). Compute a new output from x at "
        "every call.",
    "lesson05.stale.same_value":
        "The check changed every parameter of your {call} through parameters(), as a "
        "training step does, and called it on {x} again: it returned the very Value it "
        "returned on {x} before the change, with the old output {got}. With the new "
        "parameters it should give {want}. Your code gives back a result kept from an "
        "earlier call (a cache, say), so training would never change the outputs. Compute "
        "the output from the parameters at every call.",
    "lesson05.stale.same_number":
        "The check changed every parameter of your {call} through parameters(), as a "
        "training step does, and called it on {x} again: it gave {got}, the output it gave "
        "before the change. With the new parameters it should give {want}. Your code keeps "
        "a result (or numbers) from before the change, a cache say, instead of computing "
        "from the parameters as they are now, so training would never change the outputs. "
        "Compute the output from the parameters at every call.",
    "lesson05.stale.wrong_at_numbers":
        "The check changed every parameter of your {call} through parameters(), as a "
        "training step does, to {numbers} (the weights, then the bias), and called it on {x} "
        "again: it gave {got}, where {want} is right. A new {call} given the same numbers gives "
        "{fresh} at its very first call, so nothing kept from earlier calls is the cause: your "
        "output is wrong at these numbers. Check how each weight and the bias enter the sum "
        "(one of them treated apart at some numbers, say).",
    "lesson05.stale.otherwise_or_numbers":
        "The check changed every parameter of your {call} through parameters(), as a "
        "training step does, and called it on {x} again: it gave {got}. With the new "
        "parameters it should give {want} (before the change it gave {before}). "
        "Candidates: part of a result kept from an earlier call (a cache in a Layer or "
        "Neuron, say); other state that your code keeps between calls and reads in place "
        "of the parameters; or a slip that shows only at the new numbers (a number treated "
        "apart, say).",
    "lesson05.stale.otherwise":
        "The check changed every parameter of your {call} through parameters(), as a "
        "training step does, and called it on {x} again: it gave {got}. With the new "
        "parameters it should give {want} (before the change it gave {before}). "
        "Candidates: part of a result kept from an earlier call (a cache in a Layer or "
        "Neuron, say), or other state that your code keeps between calls and reads in place "
        "of the parameters.",
    "lesson05.call_changes_grad":
        "{call} on {x} changed the grad of {name} from {before} to {after} ({count} of the "
        "{total} grads changed; the check had given every parameter a grad first, as "
        "backward() leaves them). __call__ only computes the output; the grads belong to "
        "backward() and zero_grad(). Otherwise calling the model between backward() and the "
        "update (to print a prediction, say) changes the gradients the update uses.",
    "lesson05.output.in_list":
        "{call} returned a {kind} that holds one Value; return the Value itself. The "
        "lesson's next cells draw the score, call its backward() and read its .data, "
        "which a {kind} does not have.",
    "lesson05.mlp.shares_parameters":
        "Two networks made by {call} share {count} of their {total} parameters: the "
        "same Value objects, so training one trains the other. Your MLP keeps its layers "
        "(or neurons) somewhere that outlives one network and hands them out again "
        "(candidates: a default argument such as `_cache={{}}`, a class attribute, a "
        "module variable). Make new layers in `__init__` at every call.",
    "lesson05.output.list":
        "{call} returned a list of {count} Values, but the last "
        "layer has 1 neuron. Pass x through the layers in turn: each "
        "layer's outputs are the next layer's inputs, and the output is "
        "what the last layer gives.",
    "lesson05.output.method":
        "{call} returned the method {name} of a Value, not its result: `n.{name}` without "
        "parentheses is the method itself. Call it: `n.{name}()`.",
    "lesson05.output.not_a_value":
        "{call} returned a {kind}. Build the output "
        "from the Values (wi * xi, + b), so that it is a Value and "
        "backward() can reach the weights.",

    # -- lesson 05: Neuron ------------------------------------------------------
    "lesson05.neuron.init_range":
        "A new {call} has the weights {weights}: each should start as "
        "Value(random.uniform(-1, 1)), a number between -1 and 1.",
    "lesson05.neuron.init_same":
        "Every weight of a new {call} starts at {w}. Draw each with random.uniform(-1, 1), so "
        "that the neurons of a layer start different and can learn different things.",
    "lesson05.neuron.init_one_sign":
        "A new {call} starts with weights from {low} to {high}, all of one sign. Draw each "
        "with random.uniform(-1, 1), so that the weights start on both sides of 0.",
    "lesson05.neuron.init_bias":
        "A new {call} starts with the bias {b}. The exercise starts every bias at 0, "
        "Value(0.0), as micrograd does: the random weights already make the neurons differ.",
    "lesson05.neuron.init_repeated":
        "Two {call} made one after the other start with the same weights. Then every neuron of a layer computes the same thing, gets the same gradient, and stays the same as the others. Candidates: fixed numbers for the weights, or the random numbers started again in __init__ (random.seed inside it). Draw each weight with random.uniform(-1, 1), and seed once, outside the class.",
    "lesson05.neuron.grads_before_backward":
        "{call} on {x} changed the grads before the check called backward(): right after "
        "the call, {name}.grad is {got}, where it should still be 0. __call__ only builds "
        "the output; backward() runs later, once, from the loss.",
    "lesson05.neuron.right":
        "Your neuron computes relu(w . x + b) from Values, one node per * "
        "and +, and gives the same output and gradients as the package's "
        "Neuron with the same weights (the check tried 2, 3, 5, 16 and 17 inputs).",
    "lesson05.neuron.count.weights.one":
        "{call}.parameters() has {total} Values: {count} weight and a bias. A neuron "
        "has one weight per input: Neuron({nin}) needs {nin} weights (make nin of "
        "them), and a bias.",
    "lesson05.neuron.count.weights.other":
        "{call}.parameters() has {total} Values: {count} weights and a bias. A neuron "
        "has one weight per input: Neuron({nin}) needs {nin} weights (make nin of "
        "them), and a bias.",
    "lesson05.neuron.count.weights_left_out.one":
        "{call}.parameters() has {total} Values: the bias, and every weight of self.w "
        "except {names}. parameters() must list every weight and the bias (training moves only "
        "what it lists).",
    "lesson05.neuron.count.weights_left_out.other":
        "{call}.parameters() has {total} Values: the bias, and every weight of self.w "
        "except {count} of them ({names}). parameters() must list every weight and the bias "
        "(training moves only what it lists).",
    "lesson05.neuron.count.no_bias":
        "{call}.parameters() has {count} Values: "
        "the {nin} weights but no bias? A neuron has one weight per input and one bias.",
    "lesson05.neuron.count.wrong.one":
        "{call}.parameters() has {count} Value; it should have {expected}: one weight "
        "per input, and a bias.",
    "lesson05.neuron.count.wrong.other":
        "{call}.parameters() has {count} Values; it should have {expected}: one weight "
        "per input, and a bias.",
    "lesson05.neuron.weights":
        "weights {w} and bias {b} (set by the check through parameters())",
    "lesson05.neuron.bias_first_relu":
        "{call} computes w . x + b and relu "
        "right, but its parameters() lists the bias first. The "
        "order is the weights, then the bias: "
        "`return self.w + [self.b]`.",
    "lesson05.neuron.bias_first":
        "{call} computes w . x + b "
        "right, but its parameters() lists the bias first. The "
        "order is the weights, then the bias: "
        "`return self.w + [self.b]`.",
    "lesson05.neuron.other_order":
        "{call} computes w . x + b right, but its parameters() lists them in another "
        "order: {listed}, where the order is {right}. The check gives the parameters their "
        "numbers in the order parameters() lists them. List the weights, then the bias: `return self.w + [self.b]`.",
    "lesson05.neuron.no_operation_nodes":
        "{call} gives the right output, but its graph has no operation node at all: it is "
        "one Value made from a number. This exercise asks for the graph of lessons 02-03: "
        "one node for every * and every +, built from the Values themselves (wi * xi, + b), "
        "not from their .data.",
    "lesson05.neuron.few_nodes.one":
        "{call} gives the right output, but its graph has only "
        "{count} operation node. This exercise asks for the "
        "graph of lessons 02-03: one node for every * and every +, "
        "built from the Values themselves (wi * xi, + b), not from "
        "their .data.",
    "lesson05.neuron.few_nodes_or_one.one":
        "{call} gives the right output, but its graph has only "
        "{count} operation node on {x}. This exercise asks for the "
        "graph of lessons 02-03: one node for every * and every +, "
        "built from the Values themselves (wi * xi, + b). Candidates: "
        "a node computed from .data (a number, not a node), or a * "
        "left out where an input or a weight is 1 or 0 (wi in place of wi * xi, or "
        "nothing in place of wi * 0).",
    "lesson05.neuron.few_nodes.other":
        "{call} gives the right output, but its graph has only "
        "{count} operation nodes. This exercise asks for the "
        "graph of lessons 02-03: one node for every * and every +, "
        "built from the Values themselves (wi * xi, + b), not from "
        "their .data.",
    "lesson05.neuron.few_nodes_or_one.other":
        "{call} gives the right output, but its graph has only "
        "{count} operation nodes on {x}. This exercise asks for the "
        "graph of lessons 02-03: one node for every * and every +, "
        "built from the Values themselves (wi * xi, + b). Candidates: "
        "a node computed from .data (a number, not a node), or a * "
        "left out where an input or a weight is 1 or 0 (wi in place of wi * xi, or "
        "nothing in place of wi * 0).",
    "lesson05.neuron.changes_parameter":
        "Calling {call} on {x} changed its own parameter {name}: the check set it to {before}, "
        "and after it called it on x (with Values, then with plain numbers) it is {after}. A forward pass reads the parameters and never "
        "writes them: only a training step moves them.",
    "lesson05.neuron.bias_of_0_left_out":
        "With {weights}, {call} on {x} gives the right output, but after backward() b.grad is 0; "
        "it should be {want}: the bias is not in the output's graph. Every new neuron's bias is "
        "0, and adding 0 changes no number, but a bias left out of the graph gets no gradient "
        "and never moves in training. Add self.b to the sum always (sum(..., self.b)), whatever "
        "it holds.",
    "lesson05.neuron.parameter_grad":
        "With {weights}, {call} on {x} gives the right output, "
        "but after backward() {name}.grad is {got}; "
        "it should be {want}. Build the output from the "
        "parameter Values themselves (not their .data), and "
        "compute a fresh output for every call.",
    "lesson05.neuron.relu_lets_grad_through":
        "With {weights}, {call} on {x} gives the right output, 0 (w . x + b is below 0 "
        "there), but after backward() {name}.grad is {got}; it should be {want}. Every "
        "grad is what the sum w . x + b would pass on without relu: your relu gives 0 but "
        "lets the gradient through. Where relu's output is 0 its local derivative is 0 too. "
        "A relu made by adding a number to n (n + (-n.data)) gives 0 and still has "
        "derivative 1: use n.relu().",
    "lesson05.neuron.input_grad":
        "After backward(), x{index}.grad is {got}; it "
        "should be {want}. Multiply the input Values "
        "themselves (wi * xi), not their .data.",
    "lesson05.neuron.value.said_relu":
        "With {weights}, {call} on {x} gives {got}; it should give {want} (relu({n})).",
    "lesson05.neuron.value.said_linear":
        "With {weights}, {call} on {x} gives {got}; it should give {want} "
        "(w . x + b = {n}, no relu).",
    "lesson05.neuron.value.relu_elsewhere":
        "{said} Your neuron was right where w . x + b was far from 0 (3.25 and -2.25), so its "
        "relu cuts off elsewhere than at 0: relu(n) is n for every n above 0, however small, "
        "and 0 for every n below it (n if n.data > 0 else 0).",
    "lesson05.neuron.value.no_relu_now":
        "{said} That is w . x + b without relu, though your neurons applied relu at the check's "
        "first calls (Neuron(3) gave 0 where w . x + b was below 0). Candidates: something kept "
        "from one call to the next (a counter, say) that turns relu off after some calls, or "
        "relu left out for some sizes (here {nin} inputs) or numbers. Apply relu whenever "
        "nonlin is True.",
    "lesson05.neuron.value.no_relu":
        "{said} That is w . x + b without relu: apply relu when nonlin is True.",
    "lesson05.neuron.value.relu_at_output":
        "{said} With nonlin=False there is no activation: return w . x + b as it is "
        "(the output neuron's score must be able to go below 0).",
    "lesson05.neuron.value.bias_sign": "{said} That is w . x - b, the bias with its sign flipped: the output is w . x + b.",
    "lesson05.neuron.value.no_bias": "{said} That leaves out the bias b: the output is w . x + b.",
    "lesson05.neuron.value.leaky":
        "{said} That is {ratio} × (w . x + b): below 0 your activation lets a share of the sum "
        "through (a leaky relu, say). relu gives 0 there: use n.relu().",
    "lesson05.neuron.value.bias_after_relu":
        "{said} That is relu(w . x) + b: the bias is added after relu. Add it to the sum "
        "first, then apply relu to the whole: relu(w . x + b).",
    "lesson05.neuron.list_changed_by_call":
        "A new {call} lists {before} Values in parameters(), and {after} once it has been called "
        "on {x}: calling the neuron changes its own list of parameters (appends to self.w, "
        "say). A forward pass reads the weights and bias and never changes them, nor the list "
        "parameters() gives.",
    "lesson05.neuron.parameters_changed":
        "{call}.parameters() gave other Values once the check had made and used another "
        "neuron, not the ones it listed first (the ones its output is made from): your "
        "neurons share {what}. parameters() must list the neuron's own weights and bias "
        "every time, since a training step updates the Values it lists.",
    "lesson05.neuron.value.plus_for_times":
        "{said} That is (w1 + x1) + (w2 + x2) + ... + b: your neuron adds each weight to its "
        "input, `+` where `*` belongs. Each term is wi * xi.",
    "lesson05.neuron.value.tanh":
        "{said} That is tanh(w . x + b); this lesson's hidden neurons use relu.",
    "lesson05.neuron.value.otherwise":
        "{said} Compute {sum} + b from the Values, the sum of wi*xi over all {nin} inputs, "
        "then relu if nonlin.",
    "lesson05.neuron.value.first_inputs.one":
        "{said} That is what the first input alone gives: your neuron used only the first "
        "of its {nin} inputs. Sum wi*xi over all of them, whatever nin is: "
        "`sum((wi * xi for wi, xi in zip(self.w, x)), self.b)`.",
    "lesson05.neuron.value.first_inputs.other":
        "{said} That is what the first {count} inputs alone give: your neuron used only the "
        "first {count} of its {nin} inputs. Sum wi*xi over all of them, whatever nin is: "
        "`sum((wi * xi for wi, xi in zip(self.w, x)), self.b)`.",

    # -- lesson 05: Layer and MLP -------------------------------------------------
    "lesson05.layer.count.one_neuron":
        "{call}.parameters() has {count} Values: "
        "that is one neuron. A layer holds nout = 2 neurons, each with 3 weights and a bias.",
    "lesson05.layer.count.bias_left_out":
        "{call}.parameters() has {count} Values, though each of its neurons lists 4 (its 3 "
        "weights and its bias) in its own parameters(): Layer.parameters() leaves the biases "
        "out. List every parameter of every neuron: [p for n in self.neurons for p in "
        "n.parameters()].",
    "lesson05.layer.count.no_bias":
        "{call}.parameters() has {count} Values: "
        "2 neurons with 3 weights each, but no biases? Check that Neuron has a bias.",
    "lesson05.layer.count.wrong.one":
        "{call}.parameters() has {count} Value; it should have 8: 2 neurons, each with 3 "
        "weights and a bias.",
    "lesson05.layer.count.wrong.other":
        "{call}.parameters() has {count} Values; it should have 8: 2 neurons, each with 3 "
        "weights and a bias.",
    "lesson05.layer.not_two":
        "{call} on {x} returned a {kind} "
        "({got}); it should return a list of 2 Values, one per "
        "neuron.",
    "lesson05.layer.other_activation":
        "With the same weights as the package's Layer(3, 2), {call} on {x} gives {got}; it "
        "should give {want}. Your outputs are {name} of each neuron's weighted sum w · x + b: "
        "a neuron of this network applies relu, max(0, w · x + b), where nonlin is True (in "
        "your Neuron, or in the Layer where it computes the sums itself).",
    "lesson05.layer.wrong_outputs":
        "With the same weights as the package's Layer(3, 2), {call} on "
        "{x} gives {got}; it should give "
        "{want}. Each neuron of the layer "
        "gets the same inputs x. (Does your Neuron pass its check?)",
    "lesson05.layer.parameters_mixed":
        "With the same weights as the package's Layer(3, 2), {call} on {x} gives {got}; it "
        "should give {want}. Your Layer's parameters() holds the Values of its neurons, but "
        "not neuron after neuron (the first neuron's w1, w2, w3, b, then the second's), and "
        "the check gives them their numbers in that order. Write `return [p for n in "
        "self.neurons for p in n.parameters()]`.",
    "lesson05.layer.parameters_reversed":
        "With the same weights as the package's Layer(3, 2), {call} on {x} gives {got}; it "
        "should give {want}: the right outputs, in reverse order. Your layer's parameters() "
        "lists its neurons in reverse (the last neuron's weights first), and the check sets "
        "the weights through parameters(), in order. List them in the order of "
        "self.neurons: `[p for n in self.neurons for p in n.parameters()]`.",
    "lesson05.layer.outputs_reversed":
        "With the same weights as the package's Layer(3, 2), {call} on {x} gives {got}; it "
        "should give {want}: the right outputs, in reverse order. Your layer's parameters() "
        "lists its neurons in order, but __call__ gives their outputs in reverse: return "
        "them in the order of self.neurons, `[n(x) for n in self.neurons]`.",
    "lesson05.layer.order_candidates":
        "With the same weights as the package's Layer(3, 2), {call} on {x} gives {got}; it "
        "should give {want}: the right outputs, in reverse order. The check sets the weights "
        "through parameters(), in order (the first neuron's weights and bias, then the "
        "second's). Candidates: parameters() lists the neurons in another order than "
        "__call__ uses them, or __call__ returns the outputs in reverse.",
    "lesson05.layer.shared_with_twin":
        "Two layers made with {call} share parameters: {count} of the second one's "
        "parameters() are Values of the first. Your layers share {what}. Each Layer must "
        "make its own neurons in __init__ and keep them on self (self.neurons = [...]), or "
        "two networks of one shape would train the same weights.",
    "lesson05.layer.changed_by_another": "Making Layer(3, 1) changed {call}, made before it: its parameters() now gives {count} Values, not the 8 it had. Each layer keeps its own neurons, made in __init__ and kept on self (self.neurons = [...]), never on the class or in a list outside it.",
    "lesson05.layer.wide_count":
        "{call}, the width of the lesson's network, has {params} parameters; 16 neurons of 2 "
        "inputs have 48. Layer(3, 2) and Layer(3, 1) were right, so the number of neurons your "
        "Layer makes depends on nout in another way than being nout: a cap on it, say. Make "
        "exactly nout neurons, whatever nout is.",
    "lesson05.layer.wide_outputs":
        "{call}, the width of the lesson's network, has the right 48 parameters but gives "
        "{outputs} outputs on {x}, where its 16 neurons give 16. Layer(3, 2) gave its 2, so "
        "something in your __call__ depends on the number of neurons: only some of their "
        "outputs kept, say. Return every neuron's output.",
    "lesson05.layer.single_count":
        "Layer(3, 1) has {count} parameters; it should have 4 (one neuron: 3 weights "
        "and a bias), while the Layer(3, 2) made just before had the right 8. "
        "Candidates: a number of neurons written for the example instead of nout, or "
        "neurons kept from the layers made before (in a list at module level, or in a "
        "default argument such as neurons=[]).",
    "lesson05.layer.single_in_list":
        "Layer(3, 1) on {x} returned a {kind} "
        "({got}); a layer of one neuron should return that "
        "neuron's Value alone (not in a list), so that the network's "
        "score is a Value: `return outs[0] if len(outs) == 1 else outs`.",
    "lesson05.layer.relu_kept":
        "{call} on {x} gives {got}; it should give {want}. Its neurons still apply "
        "relu, so nonlin=False does not reach them: make each one with "
        "Neuron(nin, **kwargs).",
    "lesson05.mlp.count.layers_left_out":
        "{call}.parameters() has {count} Values; it should have {expected}. It lists the "
        "parameters of {kept} only and leaves out those of {missing} (compared with each "
        "layer's own parameters()). List every layer's: "
        "`[p for layer in self.layers for p in layer.parameters()]`.",
    "lesson05.mlp.count.layer_sizes":
        "{call}.parameters() has {count} Values; it should have {expected}. Your layers, as "
        "inputs → neurons, are {got}; the network needs {want}: the sizes are [nin] + nouts, "
        "and layer i takes the outputs of layer i - 1.",
    "lesson05.mlp.sizes_separator": ", ",
    "lesson05.mlp.count.layer_count":
        " That is {layers} layers where nouts asks for {wanted}: make one layer for each entry "
        "of nouts, however many there are (not a number of layers written in the code).",
    "lesson05.mlp.count.no_biases":
        "{call}.parameters() has {count} Values: no biases? Each neuron has one.",
    "lesson05.mlp.count.nin_everywhere":
        "{call}.parameters() has {count} Values: "
        "every layer seems to take the {nin} inputs. Layer i "
        "takes the outputs of layer i - 1: the sizes are [nin] + nouts.",
    "lesson05.mlp.count.no_last":
        "{call}.parameters() has {count} Values: the last layer seems to be missing.",
    "lesson05.mlp.count.no_first":
        "{call}.parameters() has {count} Values: "
        "the first layer seems to be missing: the sizes are "
        "[nin] + nouts, so the first layer has nin inputs and nouts[0] neurons.",
    "lesson05.mlp.count.fewer_layers":
        "{call}.parameters() has {count} Values, as many as MLP({nin}, {built}) has: "
        "{layers} layers where nouts asks for {wanted}. Candidates: a number of layers "
        "written into the code (the example's three, say), or a loop over part of nouts. "
        "Make one layer for each entry of nouts, however many there are: the sizes are "
        "[nin] + nouts.",
    "lesson05.mlp.count.wrong.one":
        "{call}.parameters() has {count} Value; it should have {expected}: a layer "
        "of b neurons with a inputs has b * (a + 1), and the sizes are [nin] + nouts.",
    "lesson05.mlp.count.wrong.other":
        "{call}.parameters() has {count} Values; it should have {expected}: a layer "
        "of b neurons with a inputs has b * (a + 1), and the sizes are [nin] + nouts.",
    "lesson05.mlp.said":
        "With the same weights as the package's {call}, your network gives the score "
        "{got} for the point {x}; it should give {want}.",
    "lesson05.mlp.relu_at_output":
        "{said} Your output goes through relu, so a score can never "
        "be negative and the class -1 cannot be scored: the last "
        "layer has no activation (nonlin=False).",
    "lesson05.mlp.no_hidden_relu":
        "{said} Your hidden layers have no relu: every layer but "
        "the last applies relu (nonlin=True).",
    "lesson05.mlp.layer": "layer {index} (self.layers[{position}])",
    "lesson05.mlp.hidden_without_relu.one":
        "{said} Your scores on every point are those of the same network without relu "
        "in {layers}: every layer but the last applies relu (nonlin=True), here the "
        "{hidden} hidden layers. Check how that layer is made.",
    "lesson05.mlp.hidden_without_relu.other":
        "{said} Your scores on every point are those of the same network without relu "
        "in {layers}: every layer but the last applies relu (nonlin=True), here the "
        "{hidden} hidden layers. Check how those layers are made.",
    "lesson05.mlp.relu_in":
        "{said} Your scores on every point are those of the same network with relu in "
        "{layers}. Relu belongs in every layer but the last (here the {hidden} hidden "
        "layers), and the last layer, layer {last}, has none (nonlin=False).",
    "lesson05.neuron.default_nonlin":
        "Your Neuron is right when nonlin is given, but Neuron(3) made without it gives {got} "
        "for the point {x}, where relu gives 0 (w . x + b is -2.25 there): a Neuron applies "
        "relu unless told otherwise. Give nonlin the default True: "
        "def __init__(self, nin, nonlin=True).",
    "lesson05.mlp.holds_earlier":
        "{call}.parameters() has {count} Values where it should have {expected}: the {extra} "
        "more are as many as the network made before it ({earlier}, and any before that) "
        "has. Your MLP keeps its layers, or their parameters, where every MLP shares them "
        "(a list on a class, in a global, or in a default argument) and adds to it: give each "
        "MLP its own list, made in __init__ (self.layers = [...]).",
    "lesson05.mlp.same_for_every_point":
        "With the same weights as the package's {call}, your network gives the same score, "
        "{got}, for the point {x} and for the point {y}, where it should give {want_x} and "
        "{want_y}: its output does not follow its input. Candidates: an output kept from an "
        "earlier call (on self, on the class, in a global or a default argument) and given "
        "back; a layer that does not use the x it is given; or parameters() listing the "
        "weights in another order than the layers and neurons (the check sets them through "
        "it, and weights in the wrong places can make every relu give 0).",
    "lesson05.mlp.otherwise_special":
        "{said} Your scores on the points before it were right, and this point has a "
        "coordinate of {number}. Candidates: an input of {number} handled apart (dropped, or "
        "replaced), a layer that does not take the previous layer's outputs as its inputs, or "
        "a Neuron or Layer that does not pass its own check.",
    "lesson05.mlp.wrong_after_calls":
        "With the same weights as the package's {call}, your network gives the score {got} for "
        "the point {x}; it should give {want}. And a new {first}, which the check found right "
        "before, its weights set again, now gives {now} for {first_x} at its first call, where "
        "it should give {right}. So what your code computes depends on the calls before it: "
        "something kept from one call to the next outside the objects (a counter or a list on "
        "a class, in a default argument or at module level). Compute each score from the "
        "weights and x alone.",
    "lesson05.mlp.otherwise":
        "{said} The scores are not those of the same network with relu in other "
        "layers either. Candidates: a layer that does not take the previous layer's "
        "outputs as its inputs, a Neuron or Layer that does not pass its own check, "
        "parameters() not listing the layers in order, each neuron's weights before "
        "its bias, or a line that treats some inputs apart.",
    "lesson05.mlp.two_outputs.relu":
        "With the same weights as the package's {call}, a network with two outputs, your "
        "network gives the scores {got} for the point {x}; it should give {want}. Those are "
        "the right scores put through relu: your output layer applies relu when it has two "
        "neurons, though in MLP(2, [4, 3, 1]) it had none. Whether a layer applies relu "
        "depends only on its place: every layer but the last (nonlin=False for the last, "
        "whatever its size).",
    "lesson05.mlp.two_outputs.otherwise":
        "With the same weights as the package's {call}, a network with two outputs, your "
        "network gives the scores {got} for the point {x}; it should give {want}. "
        "Networks with one output gave the right scores. Candidates: the relu of a layer "
        "decided by something besides its place (its size, say), or code in MLP or Layer "
        "that handles only one output.",
    "lesson05.step.wrong_later":
        " Your steps before it were right, so what one step leaves for the next is a candidate "
        "too: grads not all set back to 0 before backward() (a reset of some parameters "
        "only), or a velocity or a flag kept on the model or in a global.",
    "lesson05.step.drifts_first":
        "Your training_step, on a new small network (learning rate 0.01), leaves "
        "parameters()[{index}] at {got} after its first step, where the exercise's step gives "
        "{want}, though its steps on the check's other networks were right. This network's "
        "bias is 0, and its grad exactly -1 at that step. Candidates: something kept from the "
        "calls before (a counter, say) that changes the step, a parameter skipped or "
        "handled apart for some grads or values (0, 1 or -1), or a small rate such as 0.01 "
        "handled apart. Compute each step from its arguments alone, by one rule for every "
        "parameter: p.data -= learning_rate * p.grad.",
    "lesson05.step.wrong_in_schedule.one":
        "Your training_step, given the lesson's learning rates in turn (1.0 - 0.9 * k / 99, "
        "from 1.0 down to 0.1, as section 4's loop gives them) on one small network, was right "
        "for 1 step; after step {step}, at learning rate {lr}, parameters()[{index}] is {got}, "
        "where the exercise's step gives {want}. Candidates: some rates handled apart (an `if` "
        "on learning_rate, or on a range of it), or something kept from the calls before (a "
        "counter, say) that changes the step. Compute each step from its arguments alone: "
        "p.data -= learning_rate * p.grad, whatever the rate.",
    "lesson05.step.wrong_in_schedule.other":
        "Your training_step, given the lesson's learning rates in turn (1.0 - 0.9 * k / 99, "
        "from 1.0 down to 0.1, as section 4's loop gives them) on one small network, was right "
        "for {count} steps; after step {step}, at learning rate {lr}, parameters()[{index}] is "
        "{got}, where the exercise's step gives {want}. Candidates: some rates handled apart (an "
        "`if` on learning_rate, or on a range of it), or something kept from the calls before "
        "(a counter, say) that changes the step. Compute each step from its arguments alone: "
        "p.data -= learning_rate * p.grad, whatever the rate.",
    "lesson05.step.drifts.one":
        "Your training_step, called again and again on one small network (learning rate "
        "0.01), was right for 1 step, and after step {step} parameters()[{index}] is {got}, "
        "where the exercise's steps give {want}. It keeps something from one step to the next "
        "(on the network, or elsewhere: a counter, say) that changes the step. Compute each "
        "step from its arguments alone.",
    "lesson05.step.drifts.other":
        "Your training_step, called again and again on one small network (learning rate "
        "0.01), was right for {count} steps, and after step {step} parameters()[{index}] is "
        "{got}, where the exercise's steps give {want}. It keeps something from one step to "
        "the next (on the network, or elsewhere: a counter, say) that changes the step. "
        "Compute each step from its arguments alone.",
    "lesson05.drifts.one":
        "Your {call} gave {first} on x = {x}, and {later} on the same x with the same weights "
        "at the next call: it keeps something from one call to the next (an attribute it "
        "changes at every call, a counter say) that changes what it computes. Compute each "
        "output from x and the weights alone.",
    "lesson05.drifts.other":
        "Your {call} gave {first} on x = {x}, and {later} on the same x with the same weights "
        "{count} calls later: it keeps something from one call to the next (an attribute it "
        "changes at every call, a counter say) that changes what it computes. Compute each "
        "output from x and the weights alone.",
    "lesson05.mlp.wrong_when_made_again":
        "Your networks were right at the check's smaller sizes, but a new {call}, made now after "
        "the check's other networks and given the same weights as the first, gives the score "
        "{got} for the point {x}, where the first gave {want}. So what your MLP builds or "
        "computes depends on the networks made before it. Something is kept from one network to the "
        "next outside the object (a counter, a list, or an object that counts, in a default "
        "argument, on the class, or at module level). Build each network from nin and nouts "
        "alone.",
    "lesson05.mlp.wide_wrong":
        "Your networks were right at the check's smaller sizes, but with the package's weights "
        "your {call}, the lesson's own size, gives the score {got} for the point {x}; it should "
        "give {want}. Candidates: a layer that makes or returns only some of its neurons, or a "
        "neuron that reads only some of its inputs (a slice, or a number written in, such as "
        "[:8] or range(5)), where every layer has nout neurons and every neuron reads all nin "
        "inputs; or relu on the output neuron (its nonlin=False lost at 16 inputs).",
    "lesson05.mlp.grad":
        "The scores of your {call} are right, but after backward() parameters()[{index}] "
        "(in the order of parameters()) has grad {got}; it "
        "should be {want}. Build every output from the "
        "parameter Values themselves.",
    "lesson05.mlp.other_layers": "Your {call} computes the right scores, but its layers are of `{kind}`, not of your {name}: the exercise is an MLP made of your own layers. Make each layer with {name}(...) (and the lesson's comparison of graph sizes then counts your nodes).",
    "lesson05.mlp.right":
        "Your MLP(2, [4, 3, 1]) has the 31 parameters of the package's, and "
        "with the same weights it gives the same scores and gradients as "
        "micrograd_lite.nn.MLP(..., fused=False): relu in the hidden layers, "
        "a plain w . x + b at the output.",

    # -- lesson 05: training_step(model, loss_fn, learning_rate) ----------------
    "lesson05.step.bug.plus":
        "Your update walks uphill: p.data = p.data - learning_rate * p.grad (yours adds).",
    "lesson05.step.bug.no_zero_grad":
        "Your first step is right and the second is not: the gradients of the first "
        "step are still in p.grad, because backward() adds to .grad. Candidates: no "
        "model.zero_grad() before loss.backward(); model.zero_grad written without its () "
        "(it names the method and does not call it); grads reset with == (p.grad == 0.0 only "
        "compares, and changes nothing); zero_grad() called on another network of the "
        "notebook, not on the model passed in as the first argument; or zero_grad() run at "
        "some calls only (an if on a flag kept on the model or elsewhere).",
    "lesson05.step.bug.times_data":
        "Your update multiplies by p.data: learning_rate * p.grad * p.data. The step "
        "is learning_rate * p.grad alone: p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.bug.data_for_grad":
        "Your update subtracts learning_rate * p.data, so every parameter shrinks "
        "toward 0 whatever the loss says. The step follows the gradient: "
        "p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.bug.data_dropped":
        "Your update drops p.data: p.data = -learning_rate * p.grad sets each parameter "
        "to the step alone. A step starts from where the parameter is: "
        "p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.bug.assigned":
        "After each step your parameters are learning_rate * p.grad, whatever they were "
        "before, as `p.data = learning_rate * p.grad` makes them: `=` where `-=` belongs. A "
        "step moves each parameter from where it is: p.data -= learning_rate * p.grad (or "
        "p.data = p.data - learning_rate * p.grad).",
    "lesson05.step.bug.backward_twice":
        "Your steps are twice as long as they should be. Candidates: backward() run twice "
        "(it adds to .grad each time), the update written twice, or a rate doubled (2 * "
        "learning_rate). Call loss.backward() once per step and update each p once, by "
        "learning_rate * p.grad.",
    "lesson05.step.bug.rate_twice":
        "Your steps are those of a learning rate multiplied by itself (0.16 where the check "
        "asks for 0.4, 2.25 for 1.5): the learning rate is used twice, as in "
        "learning_rate * learning_rate * p.grad. Update each p by learning_rate * p.grad.",
    "lesson05.step.bug.size":
        "Your update uses the size of the gradient, abs(p.grad), which drops its sign: "
        "a parameter whose gradient is negative should grow (the loss falls that way), "
        "and yours shrinks. The sign says which way is downhill: p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.bug.sign":
        "Your steps all have the length of the learning rate, whatever the gradient: the "
        "update uses only the gradient's sign (+1 or -1). The step is the learning rate "
        "times the gradient itself: p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.bug.zero_data":
        "Your step sets every p.data to 0 before backward(), which throws the "
        "network away. It is the grads that are reset: model.zero_grad() (p.grad = 0 "
        "for every parameter), then loss.backward(), then "
        "p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.nothing_moved":
        "After step {step} no parameter has moved, and their grads are 0. Candidates: "
        "loss.backward() not called, the grads set back to 0 (model.zero_grad()) after "
        "loss.backward() and before the update read them, or no update of p.data at all. "
        "The order is model.zero_grad(), then loss.backward() (the update needs the grads it "
        "fills in), then p.data = p.data - learning_rate * p.grad for every p in "
        "model.parameters().",
    "lesson05.step.nothing_moved_grads_filled":
        "After step {step} no parameter has moved, though their grads are filled: "
        "backward() ran, and the update did not change p.data of the model's own "
        "parameters. Candidates: the update written before loss.backward() (the grads were "
        "still 0 when it ran); the update written into p.grad instead of p.data; a new "
        "Value bound to the loop's name (p = Value(...)) or put in a list (ps[i] = "
        "Value(...)), which leaves them as they were; or the update made on the parameters of "
        "another network (the notebook's model, say) than the model passed in. Set "
        "p.data = p.data - learning_rate * p.grad for every p in model.parameters().",
    "lesson05.step.steep":
        "On a loss whose gradients reach {largest} (a network of one neuron, its loss times "
        "1000), one step at learning_rate {lr} leaves parameter {index} at {got}; it should be "
        "{want}.",
    "lesson05.step.steep_clipped":
        " That is the step of the gradients clipped to ±{limit}. The step uses the whole "
        "gradient, however large: p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.steep_other":
        " Candidates: a bound on the gradient or on the step, or a rule of its own for large "
        "gradients. The step uses the whole gradient, however large: "
        "p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.clipped":
        "At step {step} your update moves each parameter by learning_rate * p.grad where the "
        "gradient is small, and by learning_rate * {limit} at most where it is larger: the "
        "gradients are clipped to ±{limit}. The step uses the whole gradient: "
        "p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.frozen.one":
        "After step {step}, {count} of the {total} parameters "
        "did not move though its gradient says it should: "
        "model.parameters()[{first}].",
    "lesson05.step.frozen.other":
        "After step {step}, {count} of the {total} parameters "
        "did not move though their gradient says they should (the first is "
        "model.parameters()[{first}]).",
    "lesson05.step.frozen_after_first.one":
        " Only the first parameter moved, and none after it. Candidates: a return or break "
        "inside the loop over the parameters, a count written into the code, or a loop over "
        "part of model.parameters() (one layer's, or a slice).",
    "lesson05.step.frozen_after_first.other":
        " Only the first {count} parameters moved, and none after them. Candidates: a return "
        "or break inside the loop over the parameters, a count written into the code, or a "
        "loop over part of model.parameters() (one layer's, or a slice).",
    "lesson05.step.loss_of_another":
        "In step {step} your training_step called loss_fn on another network than the model "
        "it was given (a copy, copy.deepcopy(model), or the notebook's model, say), and the "
        "model's parameters are not where the step should take them. Compute loss_fn(model) "
        "on the model passed in, and update its own parameters.",
    "lesson05.step.rounded":
        "After step {step}, every parameter is a number rounded to {decimals} decimals: your "
        "step rounds p.data. A step smaller than that rounding is lost (here {count} of the "
        "{total} parameters did not move), and every other one is off by up to half of the last "
        "digit kept. Store p.data = p.data - learning_rate * p.grad as it is, unrounded.",
    "lesson05.step.frozen_beside":
        "Your training_step is right on one network, but not on a second one, "
        "MLP(3, [16, 16, 1]), stepped in turn with a new first one. After step {step}, "
        "{count} of the {total} parameters of the {which} network did not move (the "
        "first is model.parameters()[{first}]).",
    "lesson05.step.frozen_small":
        " Each of them should have made a smaller step than every parameter that moved "
        "(its gradient is smaller in size). Candidates: a step rounded (learning_rate * p.grad "
        "rounded to 0 when it is small), or an `if` that skips small gradients. Move every "
        "parameter by learning_rate * p.grad, however small.",
    "lesson05.step.frozen_large":
        " Each of them should have made a larger step than every parameter that moved (its "
        "gradient is larger in size): a candidate is an `if` on p.grad that skips large "
        "gradients. Move every parameter by learning_rate * p.grad, however large.",
    "lesson05.step.frozen_one_side":
        " The steps they should have made all lie on one side of those of the parameters that "
        "moved (their gradients are all below, or all above, the others'): a candidate is an "
        "`if` on p.grad that skips them. Move every parameter, whatever its gradient.",
    "lesson05.step.update_every": " Update every parameter.",
    "lesson05.step.update_every_listed": " Update every parameter model.parameters() lists, however many there are.",
    "lesson05.step.frozen_at_zero":
        " Each of them was 0 before the step (the biases start at 0), and every parameter that should move and was not 0 did move: your step leaves out the parameters whose value is 0. Update every parameter, whatever its value.",
    "lesson05.step.first": "first",
    "lesson05.step.second": "second",
    "lesson05.step.other_network":
        "Your training_step is right on the check's small network, MLP(2, [4, 1]), but not on "
        "MLP(3, [16, 16, 1]) on points of 3 numbers, even stepped alone: after step {step}, "
        "its parameter model.parameters()[{index}] is {got}; it should be {want}. Candidates: an update that "
        "agrees with p.data - learning_rate * p.grad only on small gradients (the gradient "
        "clipped or scaled), a size taken from the example's network, a parameter handled apart "
        "for some grads or values (a grad of 0, say: that network has some), or something "
        "your function keeps from its earlier calls (a counter, say). Update every parameter by "
        "exactly learning_rate * p.grad.",
    "lesson05.step.side_by_side":
        "Your training_step is right on one network, but not on two stepped in turn "
        "(a new first network and a second one, MLP(3, [16, 16, 1]) on points of 3 "
        "numbers). After step {step}, model.parameters()[{index}] of the {which} network is "
        "{got}; it should be {want}. Your training_step keeps something from one call "
        "to the next (parameters, gradients or a model kept outside the function, or "
        "a default argument). Take everything from its arguments, model and loss_fn, "
        "at every call.",
    "lesson05.step.wrong_again.one":
        "Step 1 on a new network, right at the check's first call, is wrong when the check "
        "makes it again after one other call: model.parameters()[{index}] is {got}; it "
        "should be {want}. Your training_step keeps something from one call to the next (a "
        "counter, a list or a model kept outside the function, or a default argument), and "
        "what it does depends on it. Take everything from its arguments, model, loss_fn and "
        "learning_rate, at every call.",
    "lesson05.step.wrong_again.other":
        "Step 1 on a new network, right at the check's first call, is wrong when the check "
        "makes it again after {count} other calls: model.parameters()[{index}] is {got}; it "
        "should be {want}. Your training_step keeps something from one call to the next (a "
        "counter, a list or a model kept outside the function, or a default argument), and "
        "what it does depends on it. Take everything from its arguments, model, loss_fn and "
        "learning_rate, at every call.",
    "lesson05.step.wrong_at_rate_one":
        "Your training_step is right at the learning rates 0.4, 0.25 and 1.5, but one step at "
        "learning rate 1.0 (the rate of the lesson's first step) on a new network leaves "
        "parameters()[{index}] at {got}, where the exercise's step gives {want}. Candidates: "
        "some rates handled apart (an `if` on learning_rate), or something kept from the calls "
        "before that changes the step. The update: p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.own_rate":
        "Step {step} moves every parameter by {used} times its gradient, where the "
        "learning rate given is {lr}: your update does not use the learning_rate argument as "
        "it is. Candidates: a number written in, a factor beside learning_rate, a cap such as "
        "min(learning_rate, 0.5), some rates handled apart (an `if` on learning_rate), or a rate "
        "that changes from one call to the next (by a counter kept on the model or elsewhere). The update: p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.no_rate":
        "Step {step} moves every parameter by its whole gradient, a rate of 1, where the "
        "learning rate given is {lr}: the update leaves learning_rate out (or uses a 1 written "
        "in). The update: p.data = p.data - learning_rate * p.grad.",
    "lesson05.step.wrong":
        "After step {step} (learning rate {lr}), model.parameters()[{index}] "
        "is {got}; it should be "
        "{want}. One step: "
        "model.zero_grad(), loss.backward() once, then "
        "p.data = p.data - learning_rate * p.grad for every parameter, "
        "with the learning_rate argument.",
    "lesson05.step.grads_times":
        "After step {step} the parameters are right, but every grad is exactly {times} "
        "times what one backward() leaves. backward() called {times} times does that, as it "
        "adds to .grad (a rate divided by {times} then makes the update right, but the "
        "grads stay wrong for anything that reads them), and so do grads multiplied by "
        "{times}. Call loss.backward() once per step and leave the grads as it leaves them.",
    "lesson05.step.grads_scaled":
        "After step {step} the parameters are right, but every grad is {ratio} times what "
        "loss.backward() leaves. Candidates: backward() run from another number than the loss "
        "(({ratio} * loss).backward(), with the rate made up for in the update), or the grads "
        "scaled after backward(). Run loss.backward() on the loss itself and leave the grads as "
        "it left them: a plot of the gradients, or a loop that reads them after the step, would "
        "show other numbers.",
    "lesson05.step.grads_changed":
        "After step {step} the parameters are right, but model.parameters()[{index}].grad is {got} where backward() left {want}. Your training_step changes the grads after backward(). Leave them as backward() left them (setting them to 0 for the next step is fine too): a plot of the gradients, or a loop that reads them after the step, would show wrong numbers.",
    "lesson05.step.filled_grads.cleared_after":
        "Your step is right on a network whose grads start at 0. On one whose grads "
        "already hold what a backward() left (say you ran loss.backward() to look at "
        "them before training), one step at rate {lr} moves model.parameters()[{index}] "
        "to {got}; it should be {want}. Your step leaves every grad at 0, so it clears "
        "them after the update, not before backward(): backward() adds the new "
        "gradients to the old ones. Call model.zero_grad() before loss.backward().",
    "lesson05.step.filled_grads.nothing_moved":
        "Your step is right on the check's other networks, but one step at rate {lr} on a new "
        "network left every parameter where it was: model.parameters()[{index}] is still {got}; "
        "it should be {want}. Candidates: an update skipped at some calls (a counter, say), or "
        "a rule of its own for a network whose grads already hold something. Update every "
        "parameter at every call.",
    "lesson05.step.filled_grads.otherwise":
        "Your step is right on a network whose grads start at 0. On one whose grads "
        "already hold what a backward() left (say you ran loss.backward() to look at "
        "them before training), one step at rate {lr} moves model.parameters()[{index}] "
        "to {got}; it should be {want}. backward() adds to whatever .grad holds: call "
        "model.zero_grad() before loss.backward(), in every step.",
    "lesson05.step.right":
        "One step: the loss of the current parameters, fresh gradients "
        "(the grads cleared, then backward), and an update of every parameter against "
        "its gradient. The loop of section 4 calls it 100 times.",
    "lesson05.step.return.none":
        "training_step returned None at step {step}. End it with "
        "`return loss.data, accuracy`.",
    "lesson05.step.return.value":
        "training_step returned the loss Value itself; it should return "
        "two numbers, the loss's number and the accuracy: "
        "`return loss.data, accuracy`.",
    "lesson05.step.return.not_two":
        "training_step returned a {kind} "
        "({got}); it should return two numbers: "
        "`return loss.data, accuracy`.",
    "lesson05.step.return.loss_value":
        "training_step returned the loss Value; return its number, "
        "loss.data: `return loss.data, accuracy`.",
    "lesson05.step.return.swapped":
        "training_step returned the accuracy first and the loss second; "
        "the order is swapped: `return loss.data, accuracy`.",
    "lesson05.step.return.loss_not_number":
        "The first number training_step returns should be the loss, "
        "a number (loss.data).",
    "lesson05.step.return.network_changed":
        "At step {step} training_step returned the loss {got}, the loss loss_fn gave it at the "
        "start of the step; but its parameters, which the check found right after the step "
        "before, give the loss {want}. So the network computes otherwise than its parameters "
        "say: something other than the parameters changed in it (an activation, say, or a "
        "neuron or a layer added, removed or replaced). A training step changes p.data of each "
        "parameter and nothing else.",
    "lesson05.step.return.wrong_loss":
        "At step {step} training_step returned the loss {got}; the "
        "loss at the start of the step is {want}. Return "
        "the loss that loss_fn gave at the start, before the update. Candidates: a "
        "loss computed after the update, a loss from another function than the "
        "loss_fn passed in (such as one the notebook defines), a loss of another network "
        "than the model passed in (the notebook's model, say), or the loss rounded (return "
        "loss.data as it is; round only where you print).",
    "lesson05.step.return.accuracy_after":
        "On a network where one step changes the accuracy (MLP(2, [4, 1]) with other "
        "weights, learning rate 0.4), training_step returned the accuracy {got}, the one after "
        "the update; the accuracy at the start of the step is {want}. Return the accuracy "
        "that loss_fn gave with the loss, before the update.",
    "lesson05.step.return.accuracy_moved":
        "On a network where one step changes the accuracy (MLP(2, [4, 1]) with other "
        "weights, learning rate 0.4), training_step returned the accuracy {got}; the accuracy "
        "at the start of the step is {want}. Return the accuracy that loss_fn gave with the "
        "loss, before the update.",
    "lesson05.step.return.wrong_accuracy":
        "At step {step} training_step returned the accuracy {got}; "
        "it should be {want}, the accuracy loss_fn gave with "
        "the loss.",
    # -- lesson 06: a Value class of one's own ------------------------------------
    "lesson06.doing.make": "making {call}",
    "lesson06.init.what": "your Value class (`answer = Value`)",
    "lesson06.init.not_a_class": "Give the class itself, `answer = Value`, not a {kind}.",
    "lesson06.init.missing": "A Value has no `{name}`: set `self.{name}` in `__init__`.",
    "lesson06.init.grad":
        "A new Value's `grad` should be 0.0, but it is {got} (`{name}.grad`, the check made "
        "`{name} = {made}`): every Value starts with `self.grad = 0.0` (nothing has been "
        "passed back to it yet), whatever its data and however many Values came before it.",
    "lesson06.init.default":
        "`{name}` should be {want} when it is not given, but it is {got}: that is the "
        "default in your `def __init__` line. Make the default {want} (`{name}={want}`).",
    "lesson06.init.on_the_class":
        "`{name}` should be {want} here, but it is {got}: this Value has no `{name}` of its "
        "own, so it reads the class's, `{owner}.{name}`, one for every Value. Keep it on each "
        "Value: `{form}` in `__init__`.",
    "lesson06.init.not_kept":
        "`{name}` should be {want} here, but it is {got} (`{who}.{name}`, the check made "
        "`{who} = {made}`): keep what `__init__` is given.",
    "lesson06.init.no_prev":
        "A Value has no `_prev`: keep the inputs, "
        "`self._prev = tuple(_children)`.",
    "lesson06.init.prev_order":
        "`{name}._prev` (the check made `{name} = {made}`) holds its inputs in another order "
        "than the _children it was given. "
        "Keep them as given, `tuple(_children)`, not reversed or sorted; a tuple made from a "
        "set, `tuple(set(_children))`, loses the order too (a plain set, as micrograd "
        "keeps, is fine: it claims no order). The stepper and the messages list a node's "
        "inputs in that order (x1 before w1 in x1*w1).",
    "lesson06.init.op_label_swapped":
        "`_op` and `label` are swapped: Value(-6.0, (a, b), \"*\") has `_op` '' and `label` "
        "'*'. The parameters come in the order Value(data, _children=(), _op='', label=''): "
        "keep each where it belongs, `self._op = _op` and `self.label = label`.",
    "lesson06.init.drops_zero":
        "`g._prev` (the check made `g = {made}`, with z = Value(0.0)) holds a but not z: your "
        "`__init__` leaves out an input whose data is 0, which cuts it off the graph (backward() "
        "never reaches it, and a grad that should flow through it is lost). Keep every child: "
        "`self._prev = tuple(_children)`.",
    "lesson06.init.prev_not_inputs":
        "`{made}`, made later in the check, has the _prev {got}; it should hold the {count} "
        "Values it is made from, {want}, themselves. Candidates: your __init__ keeps something "
        "from the Values made before it (a counter, say), or it leaves out inputs by what they "
        "hold (a data that is not a whole number, say). Keep the _children it is given, every "
        "one, whatever came before: `self._prev = tuple(_children)`.",
    "lesson06.init.wrong_prev.one":
        "`_prev` should hold the one Value it was made from; it is {got}.",
    "lesson06.init.wrong_prev.none":
        "`_prev` of a Value made from a number alone should be empty, (): it has no inputs. "
        "It is {got}.",
    "lesson06.init.wrong_prev.other":
        "`_prev` should hold the {count} Values it was made from; it is {got}.",
    "lesson06.init.numbers_in_prev":
        "`{name}._prev` holds the numbers of the Values {name} was made from (their .data), not "
        "the Values themselves. backward() must reach the inputs, so keep the very objects you "
        "are given: `self._prev = tuple(_children)`.",
    "lesson06.init.copies_in_prev":
        "`{name}._prev` holds {count} objects, but not the Values {name} was made from: "
        "new objects made from them. backward() must reach the inputs themselves, so "
        "keep the very objects you are given: `self._prev = tuple(_children)`.",
    "lesson06.init.later":
        "`Value(1.5)`, made with no {name} at the end of the check (after it had made a few "
        "dozen Values), has the {name} {got}. A Value given no {name} keeps '', however many "
        "Values were made before it: draw_dot shows each node by its label and its _op.",
    "lesson06.init.later_value":
        "`{call}`, made later in the check, after other Values, has the "
        "{name} {got}; it should be {want}. Your __init__ gives a Value something that depends "
        "on the Values made before it (a counter kept between calls, say). Give every new "
        "Value its data as given, grad 0.0 and the _prev it is given, however many came before.",
    "lesson06.init.shared_prev_input":
        "All your Values share one `_prev` {kind}: after the check made six Values, `{name}._prev` "
        "is {got}, though {name} was made from no other Value (an input: its `_prev` is empty). "
        "Making a Value changes the `_prev` of all the others. Give each Value its own: "
        "`self._prev = tuple(_children)`.",
    "lesson06.init.shared_prev.one":
        "All your Values share one `_prev` {kind}: after the check made six Values, `{name}._prev` "
        "is {got}, though {name} was made from {count} Value. Making a Value changes the "
        "`_prev` of all the others. Give each Value its own: `self._prev = tuple(_children)`.",
    "lesson06.init.shared_prev.other":
        "All your Values share one `_prev` {kind}: after the check made six Values, `{name}._prev` "
        "is {got}, though {name} was made from {count} Values. Making a Value changes the "
        "`_prev` of all the others. Give each Value its own: `self._prev = tuple(_children)`.",
    "lesson06.init.no_backward":
        "A new Value needs a `_backward` that does nothing: "
        "`self._backward = lambda: None`.",
    "lesson06.init.leaf_backward_changes": "The `_backward` that `__init__` gives a new Value changed its grad: with grad 0.5 before, it is {got} after. A Value made from no operation has nothing to pass on, so its `_backward` does nothing (`self._backward = lambda: None`); backward() calls it too, and it must leave every grad as it is.",
    "lesson06.init.doing_leaf_backward": "calling the `_backward` of Value(2.0, label=\"a\"), a Value made from no operation",
    "lesson06.init.changes_inputs":
        "Making `{call}` changed its input {name}: `{name}.{attribute}` was {before}, and is "
        "{after} after. `__init__` sets only the new Value's own attributes (`self.grad = "
        "0.0`, ...) and keeps its inputs in `_prev` as they are: their grads belong to them.",
    "lesson06.init.right":
        "Your Value keeps its number, starts with grad 0, and remembers its "
        "inputs (`_prev`), its operation (`_op`) and its label.",
    "lesson06.add_mul.what": "your Value class with __add__ and __mul__ (`answer = Value`)",
    "lesson06.doing.compute": "computing `{expr}`",
    "lesson06.more_operations.what":
        "your Value class with the new operations (`answer = Value`)",
    # -- engine_check: a learner's Value class against the package's ----------
    "engine_check.what": "your Value class (the class itself, e.g. `answer = Value`)",
    "engine_check.not_a_class":
        "check_engine takes your Value class itself, not a "
        "{kind}: pass `Value`, not `Value(2.0)`.",
    "engine_check.not_a_class_other":
        "check_engine takes your Value class itself, not a {kind}: pass the class, `Value`.",
    "engine_check.a_name_in_quotes":
        "You passed the string {got}; remove the quotes: `answer = {name}`.",
    "engine_check.backward_not_attached.composite":
        "The result of `{expr}` keeps its inputs in `_prev`, but it has no `_backward` of "
        "its own, so it passes nothing on to their grads. Write your `{method}` with the "
        "operations you already have, which record both: `{form}` (or give the node its "
        "own `_backward` and set `out._backward = _backward`).",
    "engine_check.backward_not_attached":
        "The result of `{expr}` keeps its inputs in `_prev`, but its `_backward` adds "
        "nothing to their grads: does the operation set `out._backward = _backward`?",
    "engine_check.backward_defaults":
        "The result of `{expr}` has its own `_backward`, but it adds nothing to its "
        "inputs' grads, and it takes default arguments ({names}). A default is worked "
        "out once, when `def` runs as the node is made, and out.grad is 0 then: if one "
        "of them stands for out.grad, read out.grad inside the body instead, when "
        "`_backward` runs.",
    "engine_check.backward_adds_nothing":
        "The result of `{expr}` keeps its inputs in `_prev` and has its own `_backward`, "
        "but that `_backward` adds nothing to their grads. Candidates: its body still empty "
        "(`...` or `pass`), an addition into something other than the inputs' `.grad`, or "
        "a local derivative that works out to 0 here (an exponent rounded to a whole "
        "number, say: int(0.5) is 0), or a condition that skips the update for these "
        "inputs (an if on the size of the input).",
    "engine_check.prev_empty.since":
        "The Value `{expr}` gave has an empty `_prev`, though `{method}` on new inputs records "
        "them. Candidates: an operation that took it as an input afterwards emptied its `_prev` "
        "(an operation reads its inputs and never changes them), or `{method}` records its "
        "inputs at some calls only (a shortcut for some numbers, 0 say).",
    "engine_check.prev_empty.init":
        "The result of `{expr}` has an empty `_prev`: backward() cannot find its inputs. "
        "In `__init__`, write `self._prev = tuple(_children)`.",
    "engine_check.prev_empty.composite":
        "The result of `{expr}` has an empty `_prev`: your `{method}` makes a new Value from "
        "a number alone, with no `_children` and no `_backward`, so backward() cannot reach "
        "the inputs through it. Adding the inputs as `_children` would not be enough: the "
        "node would need its own `_backward` too. Write it with the operations you already "
        "have, which record both: `{form}`.",
    "engine_check.prev_empty.operation":
        "The result of `{expr}` has an empty `_prev`: backward() cannot find its inputs. "
        "When `{method}` makes its result, it must pass its inputs on as `_children`: {make}.",
    "engine_check.input_left_graph":
        "`{name}` is not in the graph of `{expr}`: following `_prev` down from the result "
        "never reaches it, so backward() cannot give it a gradient. The result's number is "
        "right, so your `{method}` computes with the number of `{name}` (`{name}.data`, say), "
        "not with the Value `{name}`, and a node made from a number is a new input of its "
        "own. Write it with the operations you already have, on the Values themselves: "
        "`{form}`.",
    "engine_check.prev_missing":
        "The result of `{expr}` does not lead back to its input `{input}` through `_prev`, "
        "and backward() finds the nodes below a result only through `_prev`: the `_backward` "
        "of `{input}` may never run. When `{method}` makes its result, it must pass its "
        "inputs on as `_children`: {make}.",
    "engine_check.make.operation": "`Value(..., {children}, ...)`",
    "engine_check.make.pow":
        "`Value(..., (self,), ...)`, self alone: the exponent is a plain number, not a node",
    "engine_check.local.relu": "1 if a > 0, else 0",
    "engine_check.local.sigmoid": "s·(1 - s), s = sigmoid(a)",
    "engine_check.replaces_input_backward": "`{expr}` replaced the `_backward` of its input `{name}` (with self._backward = _backward, say). An operation hangs its `_backward` on the node it makes, out._backward = _backward, and leaves its inputs' own: the input's is what passes its grad further back.",
    "engine_check.off.larger_in_magnitude": "too large in magnitude by {amount}",
    "engine_check.off.smaller_in_magnitude": "too small in magnitude by {amount}",
    "engine_check.off.still_zero": "still 0: no gradient reached it, or those that did add up to 0",
    "engine_check.not_finite": "yours is not a finite number",
    "engine_check.right_not_finite": "the right one is not a finite number",
    "engine_check.and_then": "{first} {second}",
    "engine_check.doing.read": "reading {what}",
    "engine_check.doing.make_input": "making the input {name} = Value({x})",
    "engine_check.doing.compute": "computing `{expr}` with {inputs}",
    "engine_check.doing.compute_times_k": "computing `({expr}) * k`",
    "engine_check.doing.compute_line": "computing `{line}`",
    "engine_check.doing.backward": "running backward() on {subject}",
    "engine_check.doing.each_backward": "running each _backward of {subject} (the check calls them itself)",
    "engine_check.doing.read_prev": "reading `_prev` of {subject}",
    "engine_check.prev_drops_input":
        "`a + z` (a = 1.5, z = 0.0) leaves out of its graph the input {names}: its `_prev` does "
        "not hold it, and backward() never reaches it. Candidates: `__add__` passes fewer "
        "_children than (self, other), or `__init__` keeps only some of the _children it is "
        "given (those whose data is not 0, say). Keep them all: `self._prev = tuple(_children)`.",
    "engine_check.prev_reversed":
        "`{expr}` records its inputs in `_prev` the other way round, ({second}, {first}), "
        "where the operation's order is ({first}, {second}). Candidates: the operation passes "
        "(other, self) as _children, or a set ({{self, other}}, which keeps no order), or `__init__` does not keep _children as given (reversed, "
        "sorted, or made into a set, which keeps no order: `tuple(set(_children))`). Keep (self, other), and `self._prev = tuple(_children)`: the stepper and the "
        "messages list a node's inputs in that order (x1 before w1 in x1*w1).",
    "engine_check.pow_exponent_in_prev":
        "The result of `{expr}` holds {count} nodes in `_prev`: a, and a Value made of the "
        "exponent. The exponent n is a plain number, not an input of the graph: draw_dot "
        "would draw it as one, with a gradient of 0 that is not its derivative, and the "
        "stepper would pass it nothing. Pass only the base on: `Value(self.data ** n, "
        "(self,), f\"**{{n}}\")`.",
    "engine_check.pow_built_from_products":
        "`{expr}` makes a node whose _op is '*': your `__pow__` builds the power from "
        "products (`self * self`, say). The lesson's `**` is one node of its own, drawn and "
        "stepped as `**{n}`, with one local derivative, n·a**(n-1). Make it so: `out = "
        "Value(self.data ** n, (self,), f\"**{{n}}\")`, and give out a `_backward` that adds "
        "`n * self.data ** (n - 1) * out.grad` to self.grad.",
    "engine_check.backward_is_none":
        "A node made by `{op}` holds None as its `_backward`, which cannot be called (the check calls it, as your "
        "backward() will). "
        "`out._backward = _backward()`, with parentheses, calls the function once while "
        "the operation runs and keeps what it returns, None. Store the function itself: "
        "`out._backward = _backward`.",
    "engine_check.input_backward_is_none":
        "An input (a node no operation made) holds None as its `_backward`, which cannot "
        "be called (the check calls it, as your backward() will). `__init__` gives every new Value a `_backward` that does nothing: "
        "`self._backward = lambda: None`.",
    "engine_check.doing.call_backward": "calling `_backward` of a '{op}' node in {subject}",
    "engine_check.doing.call_input_backward": "calling `_backward` of an input (a node no operation made) in {subject}",
    "engine_check.doing.build": "building {subject}",
    "engine_check.subject.again": "{subject}, a second time with no grad set back to 0",
    "engine_check.subject.leaf": "`x = Value(3.0)`, a Value with no inputs",
    "engine_check.subject.case": "`{expr}` with {inputs}",
    "engine_check.subject.case_times_k":
        "`{expr}` with {inputs}, then times k = {k:g} (so out.grad = {k:g})",
    "engine_check.subject.graph": "the graph `{listing}`",
    "engine_check.subject.its_graph": "the graph",
    "engine_check.subject.in_graph": "`{expr}` in a graph",
    "engine_check.subject.chain":
        "the chain `x = x * w + b`, repeated {steps} times ({operations} operations; {inputs})",
    "engine_check.subject.deep":
        "the chain `x = x * w_k` (or `w_k * x`), {steps} steps with a new input w0, w1, ... at each",
    "engine_check.subject.wide":
        "the sum of {count} inputs x0, x1, ..., added in pairs ({nodes} nodes)",
    "engine_check.subject.diamonds":
        "{count} diamonds stacked, `x = x * 0.6 + x * 0.4` repeated {count} times (x = 0.7)",
    "engine_check.what.data_of": "the data of `{expr}`",
    "engine_check.what.output_grad": "the output's grad after backward()",
    "engine_check.not_a_number": "{what} should be a number, but it is a {kind} ({got}).",
    "engine_check.not_a_number.value":
        "{what} should be a number, but it is a {kind} ({got}): a Value stands where its "
        "number belongs. In the operations and their `_backward`, compute with numbers: "
        "`other.data`, not `other`.",
    "engine_check.not_a_number.wrapped":
        "{what} should be a number, but it is a {kind} ({got}). An input of it, in its "
        "_prev, is a Value whose data is a Value: a Value made from a Value, as `other = "
        "Value(other)` makes one when other is a Value already. Make a Value only from a "
        "plain number: `other = other if isinstance(other, Value) else Value(other)`.",
    "engine_check.number_changed":
        "`{expr}` makes a node whose _prev holds {got} where the number {number} belongs, "
        "made a Value: the number changed on its way (int(), round(), or `other or 1`, which "
        "makes 0 a 1, say). Make the number a Value as it is: `Value(other)`.",
    "engine_check.prev_holds_another":
        "`{expr}` makes a node whose _prev holds {count} nodes, one of them {got}, which is "
        "not an input of the operation: draw_dot draws it as one, with a grad and a local "
        "derivative it does not have. Make the result with _children = {children}.",
    "engine_check.prev_repeats_input":
        "`{expr}` makes a node whose _prev holds {name} {held} times, more often than the "
        "operation uses it: draw_dot draws an arrow for each, and the graph tools add their "
        "local derivatives as if {name} were used that often. Make it with _children = "
        "{children}, each input once for each use.",
    "engine_check.leaf.not_a_value": "Value({x}) did not make a Value.",
    "engine_check.leaf.missing":
        "Value({x}) has no `{attribute}`: `__init__` should set `self.{attribute}`.",
    "engine_check.leaf.data":
        "Value({x}).data is {got}: `__init__` should keep the number it is given.",
    "engine_check.leaf.has_inputs": "`Value({x})`, made from a number alone, has `_prev` = {got}. A Value made with no inputs holds none: otherwise draw_dot and backward() go from it into Values that did not make it. Keep what __init__ is given: `self._prev = tuple(_children)`.",
    "engine_check.leaf.shared_inputs": "`Value({x})`, made from a number alone, has `_prev` = {got}, and every Value made with no inputs holds this very {kind}: making a Value adds to it, and draw_dot and backward() go from each into Values that did not make it. Candidates: a default argument (`_children=[]`, made once, when `def` runs) that __init__ keeps and adds to, or a class attribute. Give each Value its own: `self._prev = tuple(_children)`.",
    "engine_check.leaf.label_of_another": "`Value(-3.0)`, made with no label right after `Value(2.0, label=\"a\")`, has the label 'a'. A Value keeps the label it is given, and '' when it is given none: draw_dot and the stepper show each node by its label, so every unnamed node would be drawn with the name of the one made before it.",
    "engine_check.leaf.label_not_kept": "`Value(2.0, label=\"a\")` has the label {got}, not 'a': your `__init__` does not keep the label it is given. draw_dot and the stepper show each node by its label, so none of your nodes would show the name you give it. Keep it: `self.label = label`.",
    "engine_check.doing.make_labelled_input": "making the input {name} = Value({x}, label=\"{name}\")",
    "engine_check.changes_op": "{name}._op was {before} when it was made; after {doing} it is {after}. An operation leaves its inputs as they are, _op included: draw_dot and the stepper name each node's operation by its _op. Set _op only on the new Value the operation makes.",
    "engine_check.leaf.grad":
        "A new Value's grad is {got}: it should start at 0 "
        "(nothing has been backpropagated yet).",
    "engine_check.result.grad_not_zero":
        "The result of `{expr}` starts with grad {got}, before any `_backward` has run: a new "
        "Value's grad starts at 0.0 (nothing has been passed back to it yet). Candidates: an "
        "`__init__` that sets grad from something other than 0 (the operation `_op`, the data, "
        "a count of the Values made), or the operation's method setting out.grad.",
    "engine_check.shared_label":
        "After backward() on `{listing}` with a = 2, b = -3, {name}.grad is {got}, should be "
        "{want}. Here two nodes, c and d, have one label, as two nodes a learner names alike do. "
        "Candidates: a backward() that tells nodes apart by their label (keep the nodes "
        "themselves in the visited set), or one that treats labelled nodes apart (every node's "
        "`_backward` runs once, labelled or not).",
    "engine_check.shared_number":
        "After backward() on `{listing}` with a = 1.5, b = -0.5, {name}.grad is {got}, should "
        "be {want}. Here k holds the very number object p holds (Value(p.data)): two nodes, one "
        "number, as small whole numbers or a number read back from a node often are. Does your "
        "backward() tell nodes apart by something two nodes can share, such as id(v.data) or "
        "v.data? Keep the nodes themselves in the visited set.",
    "engine_check.result.none":
        "`{expr}` with {inputs} returned None, not a Value: does the method end with "
        "a return (`return out`, or in a one-line method such as `return self * other`)?",
    "engine_check.result.none_in_graph":
        "`{expr}` in a graph returned None, not a Value: does the method end with "
        "a return (`return out`, or in a one-line method such as `return self * other`)?",
    "engine_check.result.wrong_op": "`{expr}` makes a node whose _op is {got!r}; it should be {want!r}. draw_dot and the stepper show _op as the name of the operation, so this node would be drawn as {got!r}. Pass {want!r} as the _op of the Value this operation makes.",
    "engine_check.result.wrong_op_reflected": "`{expr}` makes a node whose _op is {got!r}; it should be {want!r}: a number {want} a Value is the same {want} as the Value {want} the number. Candidates: `{method}` builds the result from other operations (additions in a loop, say), where it should give back the plain one, `return self {want} other`; or it makes a Value of its own with the wrong _op.",
    "engine_check.result.no_op": "`{expr}` makes a node whose _op is {got!r}; it should be {want!r}. draw_dot and the stepper show _op as the name of the operation, so this operation would be drawn with no name. Pass {want!r} as the _op of the Value this operation makes.",
    "engine_check.result.not_a_value":
        "`{expr}` with {inputs} returned a {kind}, not a Value, so the "
        "graph is lost: build the result with Value(...) and return it.",
    "engine_check.result.not_a_value_composed":
        "`{expr}` with {inputs} returned a {kind}, not a Value, so the graph is lost. Build "
        "it from the operations you have, which make Values and their graph: `{form}` in "
        "`{method}` (a Value made from the number alone would have no inputs either).",
    "engine_check.result.not_a_value_in_graph":
        "`{expr}` in a graph returned a {kind}, not a Value, so the "
        "graph is lost: build the result with Value(...) and return it.",
    "engine_check.result.base_class":
        "{subject} returned a Value of `{got}`, the class that yours inherits from, not of "
        "your class itself. The methods your class inherits make "
        "their results with `{got}`. Pass that class itself to the check, or make the "
        "results with `type(self)(...)`.",
    "engine_check.result.same_name":
        "{subject} returned a Value of another class that is also named {name} (from module "
        "`{module}`), not of the class you passed. This happens, for example, when the cell "
        "that defines the class has run again since: the methods make their results with "
        "the newest class of that name. Run that cell, then pass the class it defines.",
    "engine_check.no_backward":
        "Your Value has no backward() method, and its nodes have no `_prev` and "
        "`_backward` to walk, so gradients cannot be checked yet.",
    "engine_check.missing.radd":
        "`{expr}` (a plain number and a Value) does not work: your Value has no "
        "`{method}`. `2 + a` asks the number first; a number does not know your Value, "
        "so Python "
        "then calls your class's `__radd__`. Add `def __radd__(self, other): return self + other`.",
    "engine_check.missing.rmul":
        "`{expr}` (a plain number and a Value) does not work: your Value has no "
        "`{method}`. `3 * a` asks the number first; a number does not know your Value, "
        "so Python "
        "then calls your class's `__rmul__`. Add `def __rmul__(self, other): return self * other`.",
    "engine_check.missing.method": "`{expr}` does not work: your Value has no `{method}` method.",
    "engine_check.case.value":
        "`{expr}` with {inputs}: the value is {got}, should be {want} ({off}).",
    "engine_check.tanh_large":
        "`a.tanh()` with a = {x} gives {got}; tanh({x}) is {want} (as a float). Compute tanh so that a large input does not overflow: math.tanh(self.data), or with e = exp(-2|x|), which only gets small.",
    "engine_check.tanh_overflows":
        "One more thing: `a.tanh()` with a = {x} raises OverflowError, where tanh({x}) is {value} as a float: exp of a number above about 709 is too large for a float (exp(2x) for x above 355, exp(-2x) for x below -355). A network never gets there unless its training has already diverged, but math.tanh(self.data) has no such limit.",
    "engine_check.case.root_grad":
        "After backward() on {subject}, the output's own grad is "
        "{got}, not 1. backward() must start by setting it to 1 "
        "(d out / d out = 1), then pass it back.",
    "engine_check.case.root_grad_stepped":
        "For {subject}, the check set the output's grad to 1 and called each node's `_backward` "
        "(from the output down), and afterwards the output's grad is {got}, not 1. So its "
        "`_backward` changed `out.grad`. A `_backward` only adds into its inputs' grads "
        "(`self.grad += ...`, `other.grad += ...`) and leaves `out.grad` as it is.",
    "engine_check.case.changes_out_grad":
        "The `_backward` of `{expr}` changes `out.grad`, its own node's grad: run with out.grad = 1.75, it leaves another number there. The check called each `_backward` once, in the right order, so the gradient that node passed on was not the one it had received. A `_backward` only adds into its inputs' grads (`self.grad += ...`, `other.grad += ...`) and leaves `out.grad` as it is.",
    "engine_check.case.root_grad_reset":
        "After backward() on {subject}, the output's own grad is {got}, not 1. It "
        "was 1 when its `_backward` ran, and changed afterwards. Candidates: that `_backward` "
        "sets `out.grad`, or backward() changes the output's grad after its loop. A `_backward` only adds into its inputs' "
        "grads (`self.grad += ...`, `other.grad += ...`) and leaves `out.grad` as it is.",
    "engine_check.case.grad":
        "{subject}: after backward(), {name}.grad is {got}, should be {want} ({off}).",
    "engine_check.case.grad_by_check":
        "{subject}: after the check called each node's _backward in reversed topological order, {name}.grad is {got}, should be {want} ({off}).",
    "engine_check.case.same_input_extra":
        "Here one Value is both inputs, so both its shares must add up in its grad, and your "
        "grad is more than the two together, though it is right where the inputs are two "
        "Values: a special case for one Value used twice (`if self is other: ...`, or a test "
        "on equal data) adds on top of the two `+=` lines, which already give both shares. "
        "Two lines, each with its own `+=`, are all it takes.",
    "engine_check.case.same_input":
        "Here one Value is both inputs, so both its shares must add up in its grad. "
        "Candidates that lose one: `=` instead of `+=` in `_backward`; both grads set in one "
        "line (`self.grad, other.grad = self.grad + ..., other.grad + ...`), where both sums "
        "read the old grad and the second overwrites the first; or a test that skips an input "
        "that is the same Value as the other (`if other is not self`). Add both, each with "
        "its own `+=`.",
    "engine_check.case.reads_later":
        "Then the check made one more `{expr}` from other inputs, outside this graph, "
        "set the graph's grads back to 0 and called backward() again: {name}.grad "
        "changed from {before} to {after}. Your code reads something kept outside the "
        "graph's nodes, which later operations change. Candidates: a `_backward` that "
        "reads a node other than its own out and inputs (the last result kept in a "
        "list, say), or a backward() that goes through nodes kept outside the graph.",
    "engine_check.case.reads_later_by_check":
        "Then the check made one more `{expr}` from other inputs, outside this graph, "
        "set the graph's grads back to 0 and ran its nodes' `_backward`s again: "
        "{name}.grad changed from {before} to {after}. A `_backward` of this graph "
        "reads something kept outside its own node, which later operations change: a "
        "node other than its own out and inputs (the last result kept in a dict or a "
        "list, say), or the last `_backward` kept on the class or on a function. Each "
        "`_backward` should use only its own `self`, `other` and `out`.",
    "engine_check.case.local_alone":
        "That is the local derivative alone: multiply it by the grad "
        "from above, `out.grad`.",
    "engine_check.case.times_upstream":
        "It should be the local derivative ({local}) times out.grad.",
    "engine_check.case.local": "The local derivative of {expr} with respect to {name} is {local}.",
    "engine_check.case.adds_nothing_to":
        "Your `_backward` adds nothing to {name}.grad. Candidates: the line for {name} left "
        "out (`other.grad += …`, say), or {name}'s share added somewhere other than {name}.grad.",
    "engine_check.case.own_data":
        "Your `_backward` adds {used} × out.grad to {name}.grad: {used} is {name}'s own data, "
        "where the other input's data belongs.",
    "engine_check.case.local_or_out_grad":
        "Your `_backward` adds {used} × out.grad to {name}.grad. Candidates: that local "
        "derivative written otherwise in it, or out.grad changed (scaled, rounded or replaced) "
        "before it multiplies.",
    "engine_check.case.twice_grad": "In {subject}, {name}.grad is {got}; it should be {want}.",
    "engine_check.case.twice":
        "Alone, `{op}` gives the "
        "right gradients: here the second result changed what the first one's `_backward` "
        "uses. Keep what `_backward` needs in the node itself (`out`, `self`), not in a "
        "variable outside it (a module-level variable, a class attribute, a list shared "
        "by all results).",
    "engine_check.case.twice_shared":
        "Alone, `{op}` gives the "
        "right gradients: here two of its results share an input, and one of them lost or "
        "changed what the other adds. Keep what `_backward` needs in the node itself "
        "(`out`, `self`, `other`), not in a variable outside it (a module-level set or "
        "list, a class attribute).",
    "engine_check.case.twice_or_order":
        " Or your backward() runs the nodes in an order that is not topological (sorted by "
        "id() or by data, say): a node used twice then passes its grad on before both "
        "results have added theirs.",
    "engine_check.case.made":
        "Alone, `{op}` gives the right gradients, and so does `{maker}`; the difference is "
        "in how the two are linked: the result of `{op}` must list its inputs in `_prev`, "
        "and backward() must call the `_backward` of every node below the output, each "
        "once, in reverse topological order.",
    "engine_check.case.made_or_node":
        "Alone, `{op}` gives the right gradients, and so does `{maker}`. Candidates: "
        "{untested}; or the two are linked wrong: the result of `{op}` must list its inputs "
        "in `_prev`, and backward() must call the `_backward` of every node below the "
        "output, each once, in reverse topological order.",
    "engine_check.case.reused":
        "Here {name} is used twice, by `{expr}` and by `+ {name}`, so its two gradients "
        "must add up.",
    "engine_check.case.swapped_or_power_one":
        "That is {swapped}, and also {product}. Candidates: the two sides the wrong way round "
        "(Python runs `{expr}` as `{method}(self, other)` with `self` the Value, on the right, "
        "and `other` the number, on the left); or the divisor to the power 1 where -1 belongs "
        "(a division is self * other ** -1).",
    "engine_check.case.power_one":
        "That is {product}: a division is a product with the divisor to the power -1 "
        "(self * other ** -1); a power of 1 leaves the divisor as it is.",
    "engine_check.adds_at_zero":
        "`{expr}` with {inputs}: run on its own with out.grad = 0, its `_backward` changes "
        "{name}.grad from {before} to {got}, where it must leave it as it is: an input gets its "
        "local derivative × out.grad added, and out.grad is 0 (a result the loss does not "
        "depend on, or a relu that is off). Candidates: out.grad taken as 1 when it is 0 "
        "(`out.grad or 1.0`, say), an amount added that is not multiplied by out.grad, or a "
        "grad set (= where += belongs, or set back to 0) when out.grad is 0.",
    "engine_check.case.crossed":
        "That is {crossed}: your `{method}` uses `{used}` where `{right}` belongs.",
    "engine_check.case.sign_lost":
        "That is {unsigned}: the minus is lost, so your `{method}` changes no sign. Write it "
        "with the operations you already have: `{form}`.",
    "engine_check.case.sign_lost_here":
        "That is {unsigned}: the minus is lost here (at other numbers it is not: see whether "
        "your `{method}` treats this one apart). Write it with the operations you already "
        "have: `{form}`.",
    "engine_check.case.sign_lost_since":
        "That is {unsigned}: the minus is lost, at other numbers too, though your `{method}` "
        "kept it at the check's first tries: what it does changes from one call to the next "
        "(a counter, say). Write it with the operations you already have, and nothing kept "
        "between calls: `{form}`.",
    "engine_check.case.sign_lost_numbers":
        "That is {unsigned}: the minus is lost for this plain number (with a Value on both "
        "sides it was kept: see how your `{method}` treats a number). Write it with the "
        "operations you already have: `{form}`.",
    "engine_check.local_slip.tanh_input_squared":
        "Your `_backward` used 1 - a², {used} here: the input squared, where the result "
        "squared belongs (`1 - t ** 2` with t = tanh(a), which is `out.data`).",
    "engine_check.local_slip.pow_out_data":
        "Your `_backward` used n·out.data^(n-1), {used} here: the result's data where the "
        "input's belongs. Write `n * self.data ** (n - 1)`.",
    "engine_check.local_slip.pow_not_lowered":
        "Your `_backward` used n·aⁿ, {used} here: the exponent n where n - 1 belongs. "
        "Write `n * self.data ** (n - 1)`.",
    "engine_check.local_slip.either":
        "Your `_backward` used {used} here, which two slips give at this input. {candidates} "
        "Write `n * self.data ** (n - 1)`.",
    "engine_check.local_slip.candidate.tanh_input_squared": "1 - a²: the input squared.",
    "engine_check.local_slip.candidate.pow_out_data": "n·out.data^(n-1): the result's data where the input's belongs.",
    "engine_check.local_slip.candidate.pow_not_lowered": "n·aⁿ: the exponent n where n - 1 belongs.",
    "engine_check.case.reflected_passes_on":
        "`{mirrored}`, with the same a, gives that number too: the fault is not in your "
        "`{method}`, which passes the work on to `{own}`, but in `{own}` itself, for this number.",
    "engine_check.case.reflected_value":
        "For `{expr}`, Python calls `{method}(self, other)` of the Value on the right, with "
        "the number as `other`; swapping the two sides leaves the result as it is, so "
        "write `{form}`.",
    "engine_check.case.swapped":
        "That is {swapped}: the two sides are the wrong way round. In "
        "`{method}(self, other)`, `self` is the left side of `{expr}` and `other` the right side.",
    "engine_check.case.swapped_reflected":
        "That is {swapped}: the two sides are the wrong way round. Python runs `{expr}` as "
        "`{method}(self, other)` with `self` the Value, on the right, and `other` the number, "
        "on the left.",
    "engine_check.probe.overwrites":
        "The `_backward` of `{expr}` replaces {name}.grad instead of adding to it: run on its "
        "own with out.grad = {out_grad} while {name}.grad was {start}, it left {name}.grad at "
        "{after}, just as when it started from 0. {name} gets a gradient from each place it is "
        "used, and they must add up: in that `_backward`, write `+=`, never `=`.",
    "engine_check.probe.reads_grads":
        "What the `_backward` of `{expr}` adds to {name}.grad depends on the grads its inputs "
        "already have: run on its own with out.grad = {out_grad}, it added {from_zero} when "
        "their grads were 0 and {added} with {starts}. So it reads an input's `.grad`. "
        "A local derivative is made from `.data` (`self.data`, `other.data`, `out.data`), "
        "then multiplied by `out.grad`.",
    "engine_check.probe.separator": " and ",
    "engine_check.input_separator": ", ",
    "engine_check.probe.negated":
        "Run on its own with out.grad = {out_grad}, the `_backward` of `{expr}` adds {added} "
        "to {name}.grad, where {want} is right: the right size with the wrong sign. "
        "Candidates: `-=` where `+=` belongs, or a sign slip in the local derivative (a minus "
        "too many, or one lost, to abs() say).",
    "engine_check.probe.wrong_at_out_grad":
        "Run on its own with out.grad = {out_grad}, the `_backward` of `{expr}` adds {added} to "
        "{name}.grad, where local derivative × out.grad is {want}; with out.grad = {small} it adds "
        "the right amount. So it does not scale with out.grad all the way (out.grad capped, "
        "clipped or rounded, or some of its numbers treated apart, say): add local derivative × out.grad, whatever out.grad is.",
    "engine_check.probe.right_amount_stepped":
        "Run on its own now, the `_backward` of `{expr}` adds the right amounts, though in the "
        "pass, where the check called each node's `_backward` itself, the grads came out "
        "otherwise. Candidates: something a `_backward` keeps from one run to the next that "
        "changes what it adds (a counter, a list or a flag), or an amount that depends on more "
        "than its inputs' data and out.grad.",
    "engine_check.probe.right_amount":
        "Run on its own, the `_backward` of `{expr}` adds the right amounts, so the "
        "difference comes from backward(): it must set the output's grad to 1, call every "
        "node's `_backward` exactly once, in reverse topological order, and change no grad "
        "in any other way.",
    "engine_check.probe.right_amount_or_node":
        "Run on its own, the `_backward` of `{expr}` adds the right amounts. Candidates: "
        "{untested}; or backward() is wrong: it must set the output's grad to 1, call every "
        "node's `_backward` exactly once, in reverse topological order, and change no grad "
        "in any other way.",
    "engine_check.node.untested":
        "the `_backward` of {nodes}, which the check cannot run on its own as it ran here "
        "(it knows no rule for its operation, or has no record of the out.grad it had), adds "
        "a wrong amount at these inputs",
    "engine_check.node.wrong_here":
        "The `_backward` of {node}, run on its own as it ran here (out.grad = {out_grad}, "
        "its inputs' data {data}), adds {added} to its inputs' grads, where local derivative "
        "× out.grad is {want}. So that `_backward` adds a wrong amount at these inputs: its "
        "local derivative must hold whatever the inputs are.",
    "engine_check.node.wrong_at_this_out_grad":
        "The `_backward` of {node}, run on its own as it ran here (out.grad = {out_grad}, "
        "its inputs' data {data}), adds {added} to its inputs' grads, where local derivative "
        "× out.grad is {want}. At the same inputs with other values of out.grad ({others}) it adds "
        "the right amounts: so it is wrong at out.grad = {out_grad}, and the amount does not "
        "follow out.grad. Candidates: out.grad changed before it is used (its sign flipped, "
        "capped, rounded, or some numbers treated apart, such as `if out.grad == -1`), or "
        "something the `_backward` keeps from one run to the next.",
    "engine_check.probe.wrong_at_input":
        "Run on its own at {inputs}, the `_backward` of `{expr}` adds {added} to {name}.grad "
        "with out.grad = {out_grad} and {added_small} with out.grad = {small}, where local "
        "derivative × out.grad is {want} and {want_small}. So at this input it is wrong with "
        "both: the local derivative it uses here is {used}, where {local} is right.",
    "engine_check.probe.sign_slip":
        "That is the right size with the wrong sign: a minus too many in the local "
        "derivative, or one lost (to abs(), say).",
    "engine_check.graph.value":
        "In the graph `{listing}` ({inputs}): {name} is {got}, should be {want} "
        "({off}), at `{line}`.",
    "engine_check.graph.grad":
        "In the graph `{listing}` ({inputs}), after {root}.backward(): every operation "
        "alone is right, but {name}.grad is {got}, should be {want} ({off}).",
    "engine_check.graph.grad_stepped":
        "In the graph `{listing}` ({inputs}), after the check called each node's `_backward` in reversed topological order: every operation alone is right, but {name}.grad is {got}, should be {want} ({off}).",
    "engine_check.graph.and": " and ",
    "engine_check.checked.case_separator": ", ",
    "engine_check.checked.group_separator": "; ",
    "engine_check.graph.used_by":
        "{name} is used by {users}: "
        "backward() must call each node's `_backward` exactly once, after "
        "every node that uses it: in reverse topological order.",
    "engine_check.graph.walk":
        "backward() must call each node's `_backward` exactly once, after "
        "every node that uses it: in reverse topological order.",
    "engine_check.order.op_node_inside": "the '{op}' node inside `{owner}` (one of the nodes that `{owner}` is built from)",
    "engine_check.order.op_node": "the '{op}' node",
    "engine_check.order.named_node": "{expr}",
    "engine_check.order.called_inside":
        "The `_backward` of {caller} calls the `_backward` of {node}. A node's "
        "`_backward` only adds into its inputs' grads; backward() alone calls each "
        "node's `_backward`, once, going through a topological order in reverse.",
    "engine_check.order.twice":
        "The `_backward` of {node} ran {count} times. backward() must call each node's "
        "`_backward` exactly once, after every node "
        "that uses it has added into its grad: go through a topological order in reverse.",
    "engine_check.order.output_late":
        "The `_backward` of {node}, the output, ran while its grad was 0 "
        "and it became 1 only afterwards: set the output's own grad to 1 "
        "(dL/dL = 1) before the loop, then call each node's `_backward` in "
        "reverse topological order.",
    "engine_check.order.early":
        "The `_backward` of {node} ran while its grad was {got}, "
        "before all its users had added theirs (it ends at {final}). backward() must call "
        "each node's `_backward` exactly once, after every node "
        "that uses it has added into its grad: go through a topological order in reverse.",
    "engine_check.order.forwards":
        "The `_backward` of {node} ran while its grad was {got}, before the `_backward`s "
        "of the nodes that use it (its grad ends at {final}): backward() went through the "
        "nodes inputs first, instead of from the output back. Candidates: its loop goes through "
        "the topological order forwards (go through it in reverse: `for v in reversed(topo)`); "
        "build_topo appends a node before its inputs (append it after the loop over "
        "`v._prev`); the order is kept in a set (topo = set()), which keeps no order, so the "
        "nodes come out in any order (keep them in a list); or the nodes are put in some "
        "other order that is not a topological one (sorted by a key such as id(), say).",
    "engine_check.order.before_user":
        "The `_backward` of {node} ran while its grad was {got}, before that of {user}, which "
        "uses it (its grad ends at {final}). A node's `_backward` must run after those of all "
        "the nodes that use it: put the nodes in a topological order (each after its inputs), "
        "then call each `_backward` going through that order in reverse.",
    "engine_check.leaves_accumulate":
        "With L1 = w * a and L2 = w * b (w = 2, a = 3, b = 5), L1.backward() and then "
        "L2.backward() leave w.grad = {got}; it should be 3 + 5 = 8. A leaf's gradients add up "
        "from one backward() to the next until they are set back to 0 (lesson 03), as when "
        "two losses share a weight. Does your backward() set grads to 0 before it starts? It "
        "should set only the output's own grad: self.grad = 1.",
    "engine_check.making_changes_prev":
        "Computing `{expr}` changed the `_prev` of its input {name}: making a node must leave "
        "its inputs as they were, their `_prev` too (an edge added there puts a node in the "
        "graph that is not an input, and backward() can then run in a wrong order). Look at "
        "`{method}` (and at __init__): they set only the new node's own attributes.",
    "engine_check.stale_result":
        "With w = 2, `{expr}` gives {got}; with w.data then set to 0.5 (as a training step "
        "moves it), `{expr}` gives {got} again: the result does not follow its input. "
        "`{method}` gives back a result kept from an earlier call (in a cache, say): compute "
        "each result from the inputs' data at every call.",
    "engine_check.making_resets_grads": "With w.grad = 3 (w = 2), as a backward pass leaves it, computing `{expr}` changed w.grad to {got}, before any backward() of the new node. Making a node must leave its inputs' grads alone: look at `{method}` (and at __init__), which should only compute the result, record the inputs and hang the _backward on it.",
    "engine_check.leaves_accumulate_later": "With L1 = w * a, L1.backward(), then L2 = w * b, L2.backward() (w = 2, a = 3, b = 5), w.grad is {got}; it should be 3 + 5 = 8, as when both losses were built first. A leaf's gradients add up from one backward() to the next until they are set back to 0 (lesson 03). Candidates: something in backward() or in a _backward that sets grads (not only the output's own self.grad = 1), or state your class keeps from the first backward().",
    "engine_check.doing.make_inputs": "making {count} Values",
    "engine_check.from_inside_other":
        "Set L = a * a (a = 3) and M = L * b (b = 5). After M.backward(), L.grad is 5 and "
        "a.grad is {first}. Then L.backward() starts from L.grad = 1 (dL/dL, whatever L.grad "
        "held), and a.grad becomes {want}. Yours leaves L.grad = {got} and a.grad = {got_a}. "
        "Candidates: the grad of 1 set elsewhere than at the start, or added to what L.grad "
        "held; or `_backward`s run of nodes outside L's graph (M's, from an order kept from an "
        "earlier call, say). backward() sets its own output's grad to 1, then runs the "
        "`_backward` of each node of its own graph.",
    "engine_check.from_inside":
        "Set L = a * a (a = 3) and M = L * b (b = 5). After M.backward(), L.grad is 5 and "
        "a.grad is {first}. Then L.backward() starts from L.grad = 1 (dL/dL, whatever L.grad "
        "held), and a.grad becomes {want}. Yours leaves L.grad = {got} and a.grad = {got_a}: "
        "backward() must set its own output's grad to 1 every time, not only when it is 0.",
    "engine_check.runs_once_data":
        "`{expr}` with {inputs}: after its `_backward` ran twice on its own, {name}.data is "
        "{got}, where it was {want}. A `_backward` only adds to its inputs' grads: it must leave "
        "every data as it is (the next run, and every later operation, reads it).",
    "engine_check.later_runs.one": "once with out.grad = {grads}",
    "engine_check.later_runs.other": "once each with out.grad = {grads}",
    "engine_check.right_elsewhere":
        "`{expr}` is still right with {inputs} (tried again now): a line that treats {here} "
        "apart (an `if` on the data, a shortcut for 0, 1 or -1) is a candidate too.",
    "engine_check.runs_with_old_out_grad":
        "`{expr}` with {inputs}: its `_backward`, run twice with out.grad = 1.5 and then {runs}, "
        "added {got} to {name}.grad at its run with out.grad = {last}, where local "
        "derivative × {last} is {want}. Each run must read out.grad as it is then. Candidates: "
        "out.grad kept from the first run (in a default argument such as g=[], or a variable "
        "outside the `_backward`), or an amount that does not follow out.grad all the way (an "
        "out.grad clipped, capped or rounded, or some of its numbers treated apart, such as "
        "`if out.grad == -1`).",
    "engine_check.runs_once":
        "`{expr}` with {inputs}: its `_backward`, run twice with out.grad = 1.5 and no grad set "
        "back to 0, added {first} to {name}.grad the first time and {second} the second. "
        "Every run must add local derivative × out.grad again: backward() runs it once per "
        "pass, and training makes a pass at every step. Something keeps your `_backward` from "
        "adding the same again (a flag set on a node, or a number kept from the first run, "
        "say): compute what it adds from the nodes' data and out.grad at every call.",
    "engine_check.twice.numbers":
        "Called twice on L = a * a (a = 3), with no grad set back to 0 in between, backward() "
        "left L.grad = {first} and a.grad = {first_a} after the first call, L.grad = {second} "
        "and a.grad = {second_a} after the second. They should be 1 and {local}, then 1 and "
        "{twice}: the output's own grad is 1 at every call, and a's gradients add up.",
    "engine_check.twice.adds_one":
        "backward() sets the output's grad to 1.0; yours adds 1.0: write `self.grad = 1.0`, "
        "not `self.grad += 1.0`.",
    "engine_check.twice.candidates":
        "backward() must set the output's own grad to 1 (not add to it), and change every "
        "other grad only through the `_backward`s, which add to it.",
    "engine_check.chain.grad":
        "On {subject}, after backward(): {name}.grad is {got}, should be {want} ({off}).",
    "engine_check.chain.misses":
        "backward() called the `_backward` of only {called} of its {total} operation nodes, "
        "on a graph longer than the small ones. Candidates: your topological order leaves out "
        "nodes (it must hold every node that can be reached through `_prev`, however many "
        "there are: a loop that takes nodes off a stack must run until the stack is empty, "
        "not a fixed number of times); or the loop that calls the `_backward`s stops before "
        "the end of the order (it must go through all of it).",
    "engine_check.diamonds.too_long":
        "backward() did not finish within {seconds} seconds on {count} diamonds stacked one "
        "on another (`x = x * 0.6 + x * 0.4`, {count} times): only {operations} operations, "
        "but 2^{count} paths from the output down to the first x. It finished quickly on a "
        "chain of {chain} operations, so its work most likely grows with the number of paths, "
        "not of nodes: it goes into a node again on every path that reaches it. In build_topo, "
        "test `if v not in visited` before going into `v._prev`, and add v to visited right "
        "there.",
    "engine_check.too_slow":
        "check_engine stopped after {seconds} seconds, while {doing}: your class is much "
        "slower than it should be. Right code passes the whole check in well under a second; "
        "look for work that grows very fast with the size of the graph.",
    "engine_check.state.first":
        "On `{listing}` ({inputs}), a graph it had not seen, backward() gave {name}.grad = {got}, "
        "not {want}, though it was right on the same graph earlier.",
    "engine_check.state.other_graph":
        "backward() on one graph changed the grads of another. After backward() on "
        "`{listing}` ({inputs}), {name}.grad was {want}; backward() on a second graph of the "
        "same shape, made of new Values, changed it to {got}.",
    "engine_check.state.same_graph":
        "Called a second time on the graph `{listing}` ({inputs}), after every grad was set "
        "back to 0, backward() gave {name}.grad = {got}; the first call gave {want}.",
    "engine_check.doing.many_calls": "making `{expr}` and running its `_backward` {count} times over",
    "engine_check.many_calls":
        "`{expr}` with {inputs}, made again and again with its `_backward` run each time "
        "(out.grad = 1): the first call gave {first}, call {count} gave {now}. So your code keeps "
        "something from one call to the next (a counter, say, on a class, in a global object or "
        "in a default argument) that changes what it computes; training calls it tens of "
        "thousands of times. Compute each result from its inputs alone.",
    "engine_check.case.returns_input_alone":
        "`{expr}` with {inputs} gave back its input {name} itself, not a new Value: the "
        "result then has {name}'s number and gradient, where `{expr}` has its own. `{method}` "
        "must make a new Value every time, also at the numbers a shortcut is written for.",
    "engine_check.case.returns_input":
        "`{expr}` with {inputs} gave back its input {name} itself, not a new Value: the other "
        "input is then left out of the graph and gets no gradient. `{method}` must make a new "
        "Value every time, with both inputs in its _prev, even where the number equals an "
        "input's.",
    "engine_check.graph.returns_input":
        "In the graph `{listing}` ({inputs}), `{line}` gave back its input {given} itself, not "
        "a new Value: {left} is then left out of the graph, and backward() never reaches it "
        "(a bias of 0, say, would never get a gradient and never move). An operation makes a "
        "new Value every time, with both inputs in its _prev, even where the number equals an "
        "input's.",
    "engine_check.state.same_chain":
        "Called a second time on {subject}, after every grad was set back to 0, backward() "
        "gave {name}.grad = {got}; the first call gave {want} ({off}).",
    "engine_check.state.rebuilt":
        "On the graph `{listing}` built again from the same inputs ({inputs}), with their "
        "grads set back to 0 as a training loop does at every step, backward() gave "
        "{name}.grad = {got}; the first time it gave {want}.",
    "engine_check.state.kept":
        "So backward() carries something over from one call to the next. {where} Make the "
        "list and the visited set inside backward() (`topo, visited = [], set()` as its "
        "first line), so that every call starts with empty ones.",
    "engine_check.state.earlier_fails_now":
        "A check that passed earlier, run again now with the inputs it had then, fails. So "
        "your code keeps something from one call to the next (a counter, a flag or a list, "
        "say) that changes what it computes, and that is the cause here. Each call must "
        "depend only on the Values it is given. What that check says now: {earlier}",
    "engine_check.state.earlier_fails_now_unseen":
        "A check that passed earlier, run again now with the inputs it had then, fails. So "
        "what your code computes changes from one call to the next. Candidates: it keeps "
        "something from one call to the next (a counter, a flag or a list, say) in a place the "
        "check does not see; or it takes the nodes in an order that changes from one run to "
        "the next (sorted by id(), or in a set's own order), where backward() must go through "
        "a topological order in reverse. Each call must depend only on the Values it is "
        "given. What that check says now: {earlier}",
    "engine_check.state.other_result_when_run_again":
        "Run again with the same inputs, this check does not give the same result: what your "
        "code computes depends on more than the Values it is given: something kept from one "
        "call to the next (a counter, a flag or a list, say), or an order that changes from "
        "one run to the next (nodes sorted by id(), or taken in a set's own order). That may be "
        "the cause instead.",
    "engine_check.state.in_backward":
        "The `_backward` of `{line}` now adds {now} to its inputs' grads when out.grad is 1, where its local derivatives are {want}; at the first backward() it added them right. Candidates: that `_backward` keeps something from one run to the next (a flag or a list that it changes, made by the operation that made this node, or a default argument); or it reads something outside its own node and inputs that has changed since (a variable or a class attribute that holds the last node made, say). A `_backward` must add its own node's local derivative × out.grad every time it runs.",
    "engine_check.backward_changes_node":
        "On the graph `{listing}` ({inputs}), backward() changed the `{attribute}` of `{line}`. "
        "backward() only adds to the grads: leave every node's label, _op and _prev (in its "
        "order) as they were. draw_dot and the stepper show them.",
    "engine_check.stepped_cuts_graph":
        "On the graph `{listing}` ({inputs}), the check called each node's `_backward` in "
        "reversed topological order, and that changed the graph itself: after it, the _prev of "
        "`{line}` no longer holds the nodes it was made from. A `_backward` only adds to its "
        "inputs' grads: leave every _prev as it is.",
    "engine_check.stepped_changes_node":
        "On the graph `{listing}` ({inputs}), the check called each node's `_backward` in "
        "reversed topological order, and that changed the `{attribute}` of `{line}`. A "
        "`_backward` only adds to its inputs' grads: leave every node's label, _op and _prev "
        "(in its order) as they were.",
    "engine_check.backward_cuts_graph":
        "On the graph `{listing}` ({inputs}), backward() changed the graph itself: after it, the _prev of `{line}` no longer holds the nodes it was made from. backward() must leave every _prev as it is, so that it can be called again on the same graph (and draw_dot can still draw it). Only the grads change.",
    "engine_check.state.second_call_stopped":
        "Called a second time on the graph `{listing}` ({inputs}), after every grad was "
        "set back to 0, backward() did not finish within {seconds} seconds; the first call "
        "on it did.",
    "engine_check.state.root_untouched":
        "Called a second time on the graph `{listing}` ({inputs}), after every grad was "
        "set back to 0, backward() left the output's own grad at {got}; the first call set "
        "it to 1.",
    "engine_check.state.on_nodes":
        "backward(), or a `_backward` it runs, sets {names} on the graph's nodes and leaves it "
        "there, so a later call finds it already set: that may be what it carries over. Keep "
        "what the walk needs inside backward() (`topo, visited = [], set()` as its first "
        "line), and let each `_backward` only add to its inputs' grads, not mark the nodes.",
    "engine_check.backward_replaces_backward":
        "On the graph `{listing}` ({inputs}), backward() replaced the `_backward` of "
        "`{line}`: after it, the node holds another function than the one its operation "
        "gave it, so a second backward() on this graph would not pass the gradient on as "
        "that operation's local derivatives say. backward() only calls each `_backward`; "
        "leave it on the node as it is (gradients add up over calls, as lesson 03 showed).",
    "engine_check.state.where.default":
        "`{function}` has the default argument `{name}={empty}`: Python makes that {kind} "
        "once, when `def` runs, and every call shares it.",
    "engine_check.state.where.defaults":
        "`{function}` has the default arguments {names}: Python makes each of them once, "
        "when `def` runs, and every call shares them.",
    "engine_check.state.where.global":
        "`{name}` is a {kind} at module level (a global variable): every call shares it.",
    "engine_check.state.where.enclosing":
        "`{name}` is a {kind} of the function around `backward`: every call shares it.",
    "engine_check.state.where.class":
        "`{name}` is a class attribute of `{owner}`, a {kind}: every call and every Value "
        "share it.",
    "engine_check.state.where.unknown":
        "It may be a list or a set kept at module level, in a class attribute, in the "
        "function around `backward`, or in a default argument.",
    "engine_check.order.never":
        "The `_backward` of {node} never ran. backward() must call each node's "
        "`_backward` exactly once, after every node "
        "that uses it has added into its grad: go through a topological order in reverse.",
    "engine_check.values_separator": ", ",
    "engine_check.missing.separator": ", ",
    "engine_check.missing.methods":
        "Your Value has no {methods}, so {exprs} do not work. This check needs every one "
        "of them: write them as the exercises above ask.",
    "engine_check.missing.backward":
        "Your Value has no backward() method: check_engine runs it on every graph, and the "
        "rest of the lesson calls it. Write it (Exercise 4): set the output's grad to 1, then "
        "call each node's `_backward` in reverse topological order.",
    "engine_check.backward_changes_result_stepped": "`{expr}` with {inputs} gave data {before}; after the check ran its _backward it holds {after}. A backward pass changes only grads: the _backward of an operation adds into its inputs' .grad and leaves every .data, its own result's too, as it was.",
    "engine_check.backward_changes_result": "`{expr}` with {inputs} gave data {before}; after backward() it holds {after}. A backward pass changes only grads: the _backward of an operation adds into its inputs' .grad and leaves every .data, its own result's too, as it was.",
    "engine_check.backward_changes_label":
        "{name}.label was {before} when it was made; after {doing} it is {after}. Passing "
        "gradients back changes grads only: leave every node's label as it is (the drawings and "
        "the stepper show each node by its label).",
    "engine_check.backward_changes_op":
        "{name}._op was {before} when it was made; after {doing} it is {after}. Passing "
        "gradients back changes grads only: leave every node's _op as it is (draw_dot and the "
        "stepper name each node's operation by its _op).",
    "engine_check.changes_label":
        "{name}.label was {before} when it was made; after {doing} it is {after}. An "
        "operation leaves its inputs as they are, labels included: the drawings and the "
        "stepper show each node by its label. Label the new Value it makes, if anything.",
    "engine_check.changes_input_in_backward":
        "{name}.data was {before}; after {doing} it is {after}. A backward pass changes grads "
        "only: each `_backward` adds local × out.grad into its inputs' .grad and leaves every "
        ".data as it was. Never assign to data in a `_backward` or in backward() (no "
        "`self.data -= ...`): "
        "the update step, p.data -= learning_rate * p.grad, belongs to the training loop, "
        "after backward().",
    "engine_check.forward_changes_grad":
        "{name}.grad was 0; after {doing} it is {after}, before any backward pass ran. "
        "An operation only computes its result and records how to pass grads back: its "
        "number goes in `out = Value(...)`, and what it adds to the inputs' grads goes in "
        "`_backward` (set `out._backward = _backward`), which backward() runs later, when "
        "out.grad is known.",
    "engine_check.changes_input":
        "{name}.data was {before}; after {doing} it is {after}. An operation must leave the "
        "data of its inputs as it was and put its result in a new Value: "
        "`out = Value(...)`, its number computed from the inputs' .data. Never assign to an "
        "input's data: no `self.data = ...`, `self.data += ...` or `self.data *= ...`.",
    "engine_check.prev_number.pow":
        "The result of `{expr}` has {got} in `_prev`, a plain number. `_prev` holds only "
        "Values: backward() goes on into each of them. The exponent is a plain number, not a "
        "node, so `__pow__` passes self alone: `Value(..., (self,), ...)`.",
    "engine_check.prev_number.operation":
        "The result of `{expr}` has {got} in `_prev`, a plain number. `_prev` holds only "
        "Values: backward() goes on into each of them. In `{method}`, make a number into a "
        "Value first, `other = other if isinstance(other, Value) else Value(other)`, and pass "
        "that on.",
    "engine_check.probe.out_data":
        "What the `_backward` of `{expr}` adds to {name}.grad does not change with out.grad: "
        "run on its own, it added {added} with out.grad = {out_grad} and {added_other} with "
        "out.grad = {other_out_grad}. It is the local derivative times out.data. The "
        "gradient coming from above is `out.grad`, not `out.data`: multiply by `out.grad`.",
    "engine_check.probe.not_times_out_grad":
        "What the `_backward` of `{expr}` adds to {name}.grad does not grow in proportion "
        "to out.grad: run on its own, it added {added} with out.grad = {out_grad} and "
        "{added_other} with out.grad = {other_out_grad}. By the chain rule it is the local "
        "derivative, made from `.data`, times `out.grad`, with nothing rounded or capped on the way.",
    "engine_check.chain.value":
        "On {subject}: the output's data is {got}, should be {want} ({off}).",
    "engine_check.graph.order_right":
        "backward() called the `_backward` of each of the {total} operation nodes once, "
        "after all the nodes that use it: that order is right. So a `_backward` added a "
        "wrong amount here, though each operation was right on the small examples. "
        "Candidates: a local derivative that is right only for some values (small ones, "
        "say); a `_backward` that uses something other than its own node's inputs and "
        "`out`, such as a variable outside it; an operation or `_backward` that changes "
        "`.data`.",
    "engine_check.graph.stepped_candidates":
        "The check called each `_backward` once, after all the nodes that use it, so a `_backward` added a wrong amount here, though each operation was right on the small examples. Candidates: a local derivative that is right only for some values (small ones, say); a `_backward` that uses something other than its own node's inputs and `out`, such as a variable outside it (the last node made, say); an operation or `_backward` that changes `.data`.",
    "engine_check.order.equality":
        "Your Value also defines `__eq__` or `__hash__`, which may be the cause instead: "
        "if two different nodes with equal data count as equal, a visited set takes one "
        "for the other, and build_topo skips the second. micrograd compares nodes by "
        "identity: leave `__eq__` and `__hash__` out.",
    "engine_check.shared_prev":
        "After `c = a + b`, the input a has the very same `_prev` {kind} as c: all your "
        "Values share one `_prev`, so making a Value changes the graph below every other "
        "one. Candidates: a class attribute (`Value._prev = ...`, or `_prev` set in the "
        "class body), or one list or set that every `__init__` uses (a default argument "
        "changed in place). Give each Value its own: `self._prev = tuple(_children)` in "
        "`__init__`.",
    "engine_check.prev_lacks_input":
        "`{expr}` with {inputs} makes a node whose `_prev` does not hold {name}: {name} is not "
        "in the graph of the result, so backward() never reaches it (on a longer graph its "
        "grad stays 0), and draw_dot draws no arrow from it. Candidates: the operation passes "
        "fewer _children than {children}, or `__init__` keeps only some of those it is given. "
        "Make the result with _children = {children}, and keep them all in `__init__`: "
        "`self._prev = tuple(_children)`.",
    "engine_check.prev_not_the_inputs":
        "`{expr}` with {inputs} returned a node whose `_prev` holds another Value with "
        "the data of {name}, not {name} itself: {name} is not in the graph of the result, "
        "so backward() never reaches it. Candidates: a result kept from an "
        "earlier call and returned again for the same numbers (a cache in a dict, a "
        "default argument or a variable outside the method), or copies of the inputs "
        "put in `_prev` (such as `Value(other.data)`). Make a new node at every call, "
        "from the inputs themselves.",
    "engine_check.order.sorted_by_content":
        "Your backward() also sorts, and reads {attributes} of the nodes, which may be the "
        "cause instead: an order sorted by what the nodes hold (`sorted(topo, key=lambda v: "
        "v.data)`, say) is no longer one where every node comes after its inputs. Keep the "
        "order as the walk builds it.",
    "engine_check.order.keyed_by_content":
        "Your backward() also reads {attributes} of the nodes, which may be the cause "
        "instead: if its walk tells nodes apart by what they hold (a visited set of "
        "`(v.label, v._op, v.data)`, say), two different nodes that hold the same count "
        "as one, and the second is skipped; or it runs the `_backward` of only some nodes, "
        "chosen by what they hold (an if on v._op, say). Keep the nodes themselves in "
        "visited (`visited.add(v)`), and run every node's `_backward`.",
    "engine_check.right.optional_absent":
        "Optional, not checked because your Value has no method for them: {exprs}.",
    "engine_check.right.no_operations":
        "Your Value keeps its number as `data` and starts with grad 0.",
    "engine_check.right.stepped":
        "Each operation gives the right value and, through its "
        "`_backward`, the right gradients: {checked}. (The check called each node's "
        "`_backward` itself, in reverse topological order; backward() is not checked here.)",
    "engine_check.right.graphs":
        "Your Value agrees with micrograd_lite's engine, values and gradients: {checked}; "
        "each alone, with a gradient arriving from above, with an input used once more, "
        "with its inputs made by another operation, and in {graphs} graphs "
        "of up to {size} operations where results are reused (seed {seed}).",
    "engine_check.right.neurons.one": "a neuron with a bias of 0",
    "engine_check.right.neurons.other": "a neuron with a bias of 0, the blog's neuron",
    "engine_check.right.all":
        "Your Value agrees with micrograd_lite's engine, values and gradients: {checked}; "
        "each alone, with a gradient arriving from above, with an input used once more, "
        "with its inputs made by another operation, and in {graphs} graphs (a small one where "
        "a result is reused, {neurons}, and {random} random ones of up to {size} operations "
        "where results are reused, seed {seed}); on a chain of {chain} operations, "
        "on {diamonds} diamonds stacked and on the sum of {wide} inputs added in pairs. Called again after "
        "every grad is set back to 0, backward() gives the same gradients; called twice without "
        "setting them back to 0, it leaves the output's grad at 1 while the inputs' grads add up.",


    # ---- end of exercises 04-06 ----------------------------------------



    # ==================================================================
    # figures and widgets: plots, widgets/*, descent, classifier, graph
    # ==================================================================
    # ---- descent: what a run of gradient descent did
    "descent.regime_slow": "too small (slow)",
    "descent.regime_good": "good",
    "descent.regime_oscillating": "too large (oscillating)",
    "descent.regime_divergent": "divergent",
    "descent.regime_unsettled": "not settled",
    "descent.diverged": "diverged at step {step}: the learning rate is too large",
    "descent.loss_grew.one": "the loss grew from {first} to {last} in 1 step: the learning rate is too large",
    "descent.loss_grew.other": "the loss grew from {first} to {last} in {count} steps: the learning rate is too large",
    "descent.settles.one": "settles near the bottom after 1 step",
    "descent.settles.other": "settles near the bottom after {count} steps",
    "descent.settles_jumping_once.one": "settles near the bottom after 1 step, jumping across it once on the way",
    "descent.settles_jumping_once.other": "settles near the bottom after {count} steps, jumping across it once on the way",
    "descent.settles_jumping_every_step.one": "settles near the bottom after 1 step, jumping across it on the way",
    "descent.settles_jumping_every_step.other": "settles near the bottom after {count} steps, jumping across it on every one of them",
    "descent.settles_jumping.one": "settles near the bottom after 1 step, jumping across it {jumps} times on the way",
    "descent.settles_jumping.other": "settles near the bottom after {count} steps, jumping across it {jumps} times on the way",
    "descent.settles_jumping_every_step_somewhere.one": "settles near the bottom after 1 step, jumping across it in at least one direction on the way",
    "descent.settles_jumping_every_step_somewhere.other": "settles near the bottom after {count} steps, jumping across it in at least one direction on every one of them",
    "descent.settles_jumping_once_somewhere.one": "settles near the bottom after 1 step, jumping across it in at least one direction once on the way",
    "descent.settles_jumping_once_somewhere.other": "settles near the bottom after {count} steps, jumping across it in at least one direction once on the way",
    "descent.settles_jumping_somewhere.one": "settles near the bottom after 1 step, jumping across it in at least one direction {jumps} times on the way",
    "descent.settles_jumping_somewhere.other": "settles near the bottom after {count} steps, jumping across it in at least one direction {jumps} times on the way",
    "descent.unsettled.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.unsettled.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.unsettled_on_its_way.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g}), still on its way down",
    "descent.unsettled_on_its_way.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g}), still on its way down",
    "descent.unsettled_carried_once.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom once",
    "descent.unsettled_carried_once.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom once",
    "descent.unsettled_carried.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom {crossings} times",
    "descent.unsettled_carried.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom {crossings} times",
    "descent.oscillating.one": "after 1 step it has jumped past the bottom (the loss is {loss:.4g}; it started at {start:.4g})",
    "descent.oscillating.other": "the steps still jump past the bottom and back after {count} steps (the loss is {loss:.4g}; it started at {start:.4g})",
    "descent.slow.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.slow.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.sigmoid_net_not_converging.one": "not converging: after 1 step the loss grew from {first:.4f} to {last:.4f}: the learning rate is too large",
    "descent.sigmoid_net_not_converging.other": "not converging: after {count} steps the loss grew from {first:.4f} to {last:.4f}: the learning rate is too large",
    "descent.sigmoid_net_finished.one": "finished 1 step: the loss went from {first:.4f} to {last:.4f}",
    "descent.sigmoid_net_finished.other": "finished {count} steps: the loss went from {first:.4f} to {last:.4f}",

    # ---- classifier: what a training run did
    "classifier.diverged": "diverged at step {step}; the learning rate is too large",
    "classifier.loss_grew.one": "after 1 step the loss grew from {first:.4f} to {last:.4f}; the learning rate is too large",
    "classifier.loss_grew.other": "after {count} steps the loss grew from {first:.4f} to {last:.4f}; the learning rate is too large",
    "classifier.finished.one": "after 1 step: loss {loss:.4f}, training accuracy {accuracy:.0%}",
    "classifier.finished.other": "after {count} steps: loss {loss:.4f}, training accuracy {accuracy:.0%}",
    "classifier.stopped.one": "stopped after {step} of 1 step",
    "classifier.stopped.other": "stopped after {step} of {count} steps",

    # ---- widgets/descent: lesson 04's figures and explorers
    "descent.axis_step": "step",
    "descent.axis_loss_log": "loss (log scale)",
    "descent.axis_loss_log_floor": "loss (log scale)\nbelow {floor:.0e}: drawn at {floor:.0e}",
    "descent.loss_title": "Loss at every step",
    "descent.legend_steps": "steps",
    "descent.legend_start": "start",
    "descent.legend_minimum_parabola": "minimum (w = 3)",
    "descent.legend_minimum_bowl": "minimum (0, 0)",
    "descent.axis_loss_w": "loss L(w)",
    "descent.parabola_title": "learning rate {lr:.3g}: {regime}",
    "descent.path_goes_outside": "{message} (on the way, the path goes outside this window and comes back: part of it is not drawn)",
    "descent.starts_at_bottom": "starts at the bottom: the gradient there is 0, so it never moves",
    "descent.path_leaves_at_w": "{message} (the path leaves this window: its last point, w = {w:.3g}, is outside it)",
    "descent.parabola_description.one": "Gradient descent on L(w) = (w - 3)^2 from w = {start:g} with learning rate {lr:.3g}, 1 step: {regime}; {message}. Last point drawn: w = {w:.4f}, L = {loss}.",
    "descent.parabola_description.other": "Gradient descent on L(w) = (w - 3)^2 from w = {start:g} with learning rate {lr:.3g}, {count} steps: {regime}; {message}. Last point drawn: w = {w:.4f}, L = {loss}.",
    "descent.slider_lr": "learning rate",
    "descent.slider_steps": "steps",
    "descent.parabola_explorer": "Gradient descent on (w - 3)^2",
    "descent.colorbar_loss": "loss",
    "descent.bowl_title": "lr {lr:.3g}, momentum {momentum:.2f}: {regime}",
    "descent.path_leaves_at_point": "{message} (the path leaves this window: its last point, ({w1:.3g}, {w2:.3g}), is outside it)",
    "descent.bowl_description.one": "Gradient descent on L = w1^2 + 10 w2^2 from ({w1:.2f}, {w2:.2f}) with learning rate {lr:.3g} and momentum {momentum:.2f}, 1 step: {regime}; {message}. Last point drawn: ({end1:.4f}, {end2:.4f}), L = {loss}.",
    "descent.bowl_description.other": "Gradient descent on L = w1^2 + 10 w2^2 from ({w1:.2f}, {w2:.2f}) with learning rate {lr:.3g} and momentum {momentum:.2f}, {count} steps: {regime}; {message}. Last point drawn: ({end1:.4f}, {end2:.4f}), L = {loss}.",
    "descent.slider_momentum": "momentum",
    "descent.slider_start_w1": "start w1",
    "descent.slider_start_w2": "start w2",
    "descent.bowl_explorer": "Gradient descent on w1^2 + 10 w2^2",
    "descent.legend_data": "data",
    "descent.legend_before": "before training",
    "descent.legend_after.one": "after 1 step",
    "descent.legend_after.other": "after {count} steps",
    "descent.sigmoid_net_loss_title": "Loss (mean squared error)",
    "descent.curve_leaves": "{message} (the fitted curve leaves this window)",
    "descent.sigmoid_net_title": "y_hat = w2 * sigmoid(w1 * x + b1) + b2, learning rate {lr:.3g}",
    "descent.sigmoid_net_description_diverged": "The one-hidden-neuron network trained on {points} points with learning rate {lr:.3g}: {status}; the run was stopped as divergent, so no fitted curve is drawn.",
    "descent.sigmoid_net_description": "The one-hidden-neuron network trained on {points} points with learning rate {lr:.3g}: {status}; fitted w1 = {w1:.3f}, b1 = {b1:.3f}, w2 = {w2:.3f}, b2 = {b2:.3f}.",
    "descent.sigmoid_net_explorer": "Training the one-hidden-neuron network",

    # ---- widgets/derivatives: lesson 01's explorers
    "derivatives.tangent_description": "f(x)=3x²-4x+5 at x={x:.2f}: secant slope (h={h:.3g}) {secant:.4f}, exact 6x-4 = {exact:.4f}, error {error:.1e}",
    "derivatives.legend_tangent": "tangent, exact slope 6x - 4",
    "derivatives.legend_secant": "secant, slope (f(x+h) - f(x)) / h",
    "derivatives.readout": "x = {x:.2f}    h = {h:.3g}\nmeasured slope {secant:.6f}\nexact slope    {exact:.6f}\nerror          {error:.1e}",
    "derivatives.tangent_title": "The slope of f at x = {x:.2f}, measured with h = {h:.3g}",
    "derivatives.tangent_explorer": "The slope of f(x) = 3x² - 4x + 5: move x and h",
    "derivatives.errors_are_no_truncation": "Right of its best h the forward error is truncation (~ h), left of it round-off (~ 1/h); the central difference has no truncation error (it is exact for any parabola), so its error is round-off (~ 1/h) only.",
    "derivatives.errors_are": "Right of the best h the error is truncation (forward ~ h, central ~ h²); left of it, round-off (~ 1/h).",
    "derivatives.forward_exact_at": "forward difference exactly right (error 0) at h = {h:g}, the largest h where it is",
    "derivatives.forward_best_near": "forward difference best near h = {h:.0e} (error {error:.0e})",
    "derivatives.central_exact_at": "central difference exactly right (error 0) at h = {h:g}, the largest h where it is",
    "derivatives.central_best_near": "central difference best near h = {h:.0e} (error {error:.0e})",
    "derivatives.errors_description": "Error of finite differences for {name} (exact slope {exact:.4f}) against h, log-log: {forward}, {central}. {errors_are}",
    "derivatives.legend_forward": "forward difference (f(x+h) - f(x)) / h",
    "derivatives.legend_central": "central difference (f(x+h) - f(x-h)) / 2h",
    "derivatives.error_axis_h": "← smaller h: round-off error          step size h          larger h: truncation error →",
    "derivatives.error_axis_error": "|estimate - exact slope|",
    "derivatives.note_forward_exact": "forward difference exact:\nerror 0 at h = {h:.3g}, drawn on the bottom edge",
    "derivatives.note_central_exact": "central difference exact:\nerror 0 at h = {h:.3g}, drawn on the bottom edge",
    "derivatives.note_central_exact_parabola": "central difference exact for a parabola:\nerror 0 at h = {h:.3g}, drawn on the bottom edge",
    "derivatives.note_best_h": "best h ≈ {h:.0e}",
    "derivatives.function_exp": "exp(x) at x = 1",
    "derivatives.function_tanh": "tanh(x) at x = 0.8814",
    "derivatives.function_parabola": "3x² - 4x + 5 at x = 3",
    "derivatives.error_title": "Finite-difference error for {name}",
    "derivatives.dropdown_function": "function",
    "derivatives.error_explorer": "Finite-difference error against h: choose a function",

    # ---- widgets/training: lesson 05's pictures, progress bar and trainer
    "training.legend_class": "class {label:+d}",
    "training.moons_title": "Two moons: {points} points, two classes",
    "training.moons_description": "Two moons: {points} points, {upper} of class -1 (upper moon) and {lower} of class +1 (lower moon).",
    "training.legend_loss": "loss",
    "training.axis_step": "step",
    "training.axis_loss": "loss (log scale)",
    "training.legend_accuracy": "accuracy",
    "training.axis_accuracy": "training accuracy (%)",
    "training.curves_title": "Loss and accuracy during training",
    "training.run_description": "MLP trained on {points} two-moons points with learning rate {lr:.3g} (falling to {last_lr:.3g}): {status}.",
    "training.run_description_full": "MLP trained on {points} two-moons points with learning rate {lr:.3g} (falling to {last_lr:.3g}): {status}; 100% first reached at step {step}.",
    "training.run_title": "Decision boundary after training, learning rate {lr:.3g}",
    "training.run_title_one_class": "Learning rate {lr:.3g}: one class everywhere, no decision boundary",
    "training.run_title_diverged": "Learning rate {lr:.3g}: diverged at step {step}, no decision boundary",
    "training.progress_description": "training",
    "training.progress_step": "step {step}/{total}",
    "training.progress_step_note": "step {step}/{total}: {note}",
    "training.progress_fallback.one": "[{description}: a progress bar over 1 step, shown with a running kernel]",
    "training.progress_fallback.other": "[{description}: a progress bar over {count} steps, shown with a running kernel]",
    "training.button_train": "Train",
    "training.slider_lr": "learning rate",
    "training.explorer": "Train the MLP on two moons",
    "training.progress_start": "training with learning rate {lr:.3g}",
    "training.frame_progress": "loss {loss:.4f}, accuracy {accuracy:.0%}",
    "training.frame_title": "Training with learning rate {lr:.3g}: step {step} of {steps}",
    "training.frame_status": "step {step}: loss {loss:.4f}, accuracy {accuracy:.0%} (learning rate now {step_lr:.3g})",
    "training.frame_description": "training at learning rate {lr:.3g}: step {step} of {steps}, loss {loss:.4f}, accuracy {accuracy:.0%}",
    "training.press_train": "learning rate {lr:.3g}: press Train",

    # ---- widgets/core: what every explorer shows without a kernel or after a failed redraw
    "core.could_not_draw": "{title}: could not draw this setting ({kind}: {error})",
    "core.needs_kernel": "[{title}: the controls need a running kernel]",

    # ---- widgets/graphs: lessons 02 and 03's graph explorer and backprop stepper
    "quoted_label_empty": "''",
    "quoted_label": "'{label}'",
    "graphs.unnamed_input": "[input {data:.4f}]",
    "graphs.input_separator": ", ",
    "graphs.forward_description": "forward pass with {inputs}: {root} = {data:.4f} ({values} values in the graph)",
    "graphs.forward_description_no_inputs": "forward pass: {root} = {data:.4f} ({values} values in the graph)",
    "graphs.forward_explorer": "The graph of {name}: move the inputs",
    "graphs.step_output_unnamed": "step {step} of {total}: {grad} = 1 (the output's derivative with respect to itself is 1)",
    "graphs.step_output": "step {step} of {total}: {grad} = 1 (∂{name}/∂{name} = 1)",
    "graphs.step_node": "step {step} of {total}: '{op}' node {name} (grad {grad})",
    "graphs.step_node_unnamed": "step {step} of {total}: node {name} (grad {grad})",
    "graphs.step_description": "{head}: {updates}",
    "graphs.update_chain": "{grad} += {local} × {upstream} -> {after}",
    "graphs.update_added": "{grad} += {added:.4f} -> {after:.4f}",
    "graphs.update_set": "{grad} = {after:.4f} (a change of {added:.4f})",
    "graphs.update_sets_note": "what this _backward adds depends on the grads its inputs already hold, or on the calls before it: it sets them instead of adding onto them (= for +=?), it reads an input's .grad, or it changes from one call to the next (a counter kept outside it)",
    "graphs.update_not_scaled": "{grad} += {added:.4f} -> {after:.4f} (added at its node's grad of {upstream}; at a grad of 1 this _backward adds {at_one:.4f}, so in proportion to the grad it would have added {share:.4f})",
    "graphs.update_not_scaled_note": "what this _backward adds does not follow its node's grad: is * out.grad missing, + typed for *, or out.grad changed by another operation (squared, say)?",
    "graphs.update_unscaled_note": "this _backward adds what is not in proportion to its node's grad (measured at grads 1 and 2): is * out.grad missing, + typed for *, or out.grad changed by another operation (squared, say)?",
    "graphs.update_changes_own": "then its _backward changed {grad} (out.grad) from {before:.4f} to {after:.4f}. A _backward only adds into its inputs' grads and leaves out.grad as it is",
    "graphs.update_changes_data": "and its _backward changed the data of {names}: a _backward only adds into its inputs' grads and leaves every .data as it is (the stepper puts the data back when it is done)",
    "graphs.update_rule_note": "the local derivative its _backward uses is not the rule for '{op}' ({items}). Candidates: that line of _backward, or the operation named in _op{fits}",
    "graphs.update_rule_fits": " (they are the rule for '{other}')",
    "graphs.update_rule_item": "{name} gets {local} where the rule gives {rule}",
    "graphs.update_rule_separator": ", ",
    "nodes.backward_too_long": "The _backward of a '{op}' node did not finish within {seconds} seconds. Is there a loop that never ends in it (a while whose condition stays true)? Fix it, then draw or step the graph again.",
    "nodes.backward_too_long_labelled": "The _backward of the '{op}' node '{label}' did not finish within {seconds} seconds. Is there a loop that never ends in it (a while whose condition stays true)? Fix it, then draw or step the graph again.",
    "nodes.backward_raised": "The _backward of a '{op}' node raised {kind}: {error} (see the traceback above for its line). Fix it, then draw or step the graph again.",
    "nodes.backward_raised_labelled": "The _backward of the '{op}' node '{label}' raised {kind}: {error} (see the traceback above for its line). Fix it, then draw or step the graph again.",
    "graphs.update_separator": "; ",
    "graphs.slider_step": "step",
    "graphs.button_play": "Play",
    "graphs.slider_speed": "ms per step",
    "graphs.button_step": "Step",
    "graphs.button_reset": "Reset",
    "graphs.stepper_title.one": "Backpropagation through {name}, one step at a time (1 step)",
    "graphs.stepper_title.other": "Backpropagation through {name}, one step at a time ({count} steps)",

    # ---- graph: the drawing's description and the note for a graph too big to draw
    # -- lesson 03: the sum over paths (widgets/paths.py)
    "paths.title": "The paths through {name}'s graph, for the input you choose",
    "paths.row": "  {path}:  {product}",
    "paths.menu": "input",
    "paths.heading.one": "1 path leads from {root} down to {name}:",
    "paths.heading.other": "{count} paths lead from {root} down to {name}:",
    "paths.column_path": "path",
    "paths.column_product": "local derivatives along it, multiplied",
    "paths.unnamed": "[{op}]",
    "paths.sum": "Sum over the paths: {total}.   {name}.grad after backward(): {grad}.",
    "paths.nudge": "Nudging {name} by h = {h} (a central difference of the output): {estimate}.",
    "graph.flow_local": "local {local}",
    "graph.flow_local_uses": "local {local} ({count} uses)",
    "graph.flow_adds": "adds {local} × {grad} = {added}",
    "graph.flow_sets": "what its _backward adds depends\non the grad already there\n(= for +=, or an input's .grad read?)",
    "graph.flow_unscaled": "its _backward adds what is not\nin proportion to the grad\n(* out.grad missing, or + for *?)",
    "graph.flow_changes_own": "its _backward then changes out.grad\n(it should leave it as it is)",
    "graph.flow_rule": "the rule for {op} gives {rule}",
    "graph.flow_rule_fits": "the rule for {other} fits:\nis _op '{op}' right?",
    "graph.description_warned": "; some of its arrows warn about a _backward",
    "graph.flow_changes_data": "its _backward also changes .data\n(it should change only grads)",
    "graph.description_one_value": "computation graph of {root}: 1 value and 0 operations",
    "graph.description_one_operation": "computation graph of {root}: {values} values and 1 operation",
    "graph.description": "computation graph of {root}: {values} values and {operations} operations",
    "graph.root_name": "{label!r}",
    "graph.root_expression": "{label!r}",
    "graph.unnamed_root": "a Value with data {data}",
    "graph.too_big": "This graph has more than {max_nodes} nodes (values and operations).\ndraw_dot draws up to {max_nodes}, because laying out a bigger graph can take minutes.\nTo draw it anyway, pass a larger max_nodes, e.g. draw_dot(..., max_nodes={example}).",

    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
