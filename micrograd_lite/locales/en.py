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

    # -- answers: the steps every check shares; {what} and {kind} are noun phrases
    "answers.placeholder": "Replace `None` with {what}, then run the cell again.",
    "answers.text_spells_number": "You gave the text {answer!r} (a str, in quotes). Write the number without quotes: answer = {number}",
    "answers.wrong_kind.a": "The answer should be {what}; you gave a {kind}.",
    "answers.wrong_kind.an": "The answer should be {what}; you gave an {kind}.",
    "answers.a_number": "a number",
    "answers.whole_value": "You gave a whole Value (data {data:g}, grad {grad:g}). The answer is one number, its .{attribute}: answer = {name}.{attribute}",
    "answers.whole_value.grad_still_zero": "You gave a whole Value (data {data:g}, grad {grad:g}). The answer is one number, its .{attribute}: answer = {name}.{attribute}. Its grad is still 0: run the backward pass first.",
    "answers.rounded": "{value:g} is the answer rounded to {decimals} decimals, too coarse to tell it from nearby wrong answers. Keep more digits, or put the variable itself in answer.",
    "answers.list_separator": ", ",
    "answers.typed_as_text": "You typed the number as text, {answer!r}. Remove the quotes so that it is a number: {number}",
    "answers.define": "Define {what} in the cell above, then run this cell again.",
    "answers.define_class": "Define the class {name} in the cell above, then run this cell again.",
    "answers.should_be_function": "{name} should be a function; it is a {type}.",
    "answers.should_be_class": "{name} should be a class; it is a {type}.",

    # -- lesson01: slope of f at x = -1
    "lesson01.slope.what": "the slope of f at x = -1 (a number)",
    "lesson01.slope.right": "The slope of f at x = -1 is about {value:.3f}; the exact slope 6x - 4 gives -10. It is negative: f goes down as x grows there.",
    "lesson01.slope.value_not_slope": "12 is the value f(-1), not its slope. Divide the change f(x + h) - f(x) by h.",
    "lesson01.slope.sign": "The size is right but the sign is not. Compute f(x + h) - f(x) in that order, with x = -1.",
    "lesson01.slope.change_not_divided": "That is the change of f, f(x + h) - f(x). Divide it by h = 0.001 to get the slope.",
    "lesson01.slope.h_too_large": "That is the slope measured with h = 0.01. Use h = 0.001.",
    "lesson01.slope.at_plus_one": "That is the slope at x = 1. The exercise asks for x = -1 (minus one).",
    "lesson01.slope.at_three": "That is the slope at x = 3, from the lesson. Set x = -1.",
    "lesson01.slope.otherwise": "{value:.4g} is not the slope at x = -1. Compute (f(-1 + h) - f(-1)) / h with h = 0.001.",

    # -- lesson01: dL/db with a = 3
    "lesson01.nudge_b.value_is_L_a2": "You gave a Value (data {data:g}). -8 is the value of L itself (for a = 2). The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.value_is_L_a3": "You gave a Value (data {data:g}). -2 is the value of L itself for a = 3. The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.value": "You gave a Value (data {data:g}). The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.what": "your estimate of dL/db (a number)",
    "lesson01.nudge_b.right": "dL/db is about {value:.3f} (exactly -6). With a = 3, each step in b moves e = a*b three times as far, and L = (e + c) * f turns that into -6.",
    "lesson01.nudge_b.a2": "-4 is dL/db for a = 2. Set a = 3 in both computations of L, then nudge b.",
    "lesson01.nudge_b.sign": "6 has the right size and the wrong sign; it is also dL/da (b × f). Nudge b, not a, and compute (L2 - L1) / h, where L2 is the L computed with b + h.",
    "lesson01.nudge_b.not_divided": "That is L2 - L1. Divide it by h to get the slope.",
    "lesson01.nudge_b.L_a3": "-2 is the value of L itself for a = 3 (and also dL/dc). The exercise asks how fast L changes when b moves: (L2 - L1) / h.",
    "lesson01.nudge_b.dL_df_a3": "1 is dL/df for a = 3 (a × b + c). Nudge b, not f.",
    "lesson01.nudge_b.dL_df_a2": "4 is dL/df for a = 2 (a × b + c). Set a = 3 and nudge b, not f.",
    "lesson01.nudge_b.L_a2": "-8 is the value of L for a = 2, not a slope. Set a = 3, nudge b and compute (L2 - L1) / h.",
    "lesson01.nudge_b.otherwise": "{value:.4g} is not dL/db. Compute L1 with a = 3, b = -3, c = 10, f = -2, then L2 with b + h, and print (L2 - L1) / h.",

    # -- lesson01: which way to move b
    "lesson01.direction.what": "\"increase\" or \"decrease\"",
    "lesson01.direction.number": "That is a number. Answer with a word, in quotes: \"increase\" or \"decrease\".",
    "lesson01.direction.kind": "the text \"increase\" or \"decrease\"",
    "lesson01.direction.one_word": "Answer with one word: \"increase\" or \"decrease\".",
    "lesson01.direction.about_L": "The question is what to do with b (making L larger is the goal). Answer with one word for b: \"increase\" or \"decrease\".",
    "lesson01.direction.right": "dL/db = -4 is negative: making b larger makes L smaller, so to make L larger you decrease b.",
    "lesson01.direction.sign": "Look at the sign of dL/db. It is -4: when b goes up by h, L goes down by about 4h.",
    "lesson01.direction.which_word": "Answer with the word \"increase\" or \"decrease\".",

    # -- lesson01: how fast the central difference's error shrinks
    "lesson01.error_factor.what": "a number: how many times smaller the error gets",
    "lesson01.error_factor.right": "About {value:g}: the central difference's error shrinks like h², so ten times smaller h gives 10² = 100 times smaller error (two decades down per decade on the figure). The forward difference gains only a factor 10.",
    "lesson01.error_factor.forward": "A factor 10 is what the forward difference gains, whose error shrinks like h. The central difference's error shrinks like h².",
    "lesson01.error_factor.power": "2 is the power: the error shrinks like h², the slope 2 of the central line on log-log axes. Ten times smaller h then gives how many times smaller error?",
    "lesson01.error_factor.an_error": "{value:g} looks like an error value, read off the curve. The factor is a ratio: divide the error at h = 1e-2 by the error at h = 1e-3.",
    "lesson01.error_factor.below_one": "{value:g} is below 1, which would mean the error grows. Give how many times SMALLER it gets: the error at 1e-2 divided by the error at 1e-3.",
    "lesson01.error_factor.cubic": "A factor 1000 would be an error shrinking like h³. The central difference's shrinks like h².",
    "lesson01.error_factor.negative": "A factor between two errors (sizes) is a positive number: the error at h = 1e-2 divided by the error at h = 1e-3.",
    "lesson01.error_factor.otherwise": "{value:g} is not the factor. Read the central curve at h = 1e-2 and at h = 1e-3 on the log axes, or use how its error shrinks: like h².",


    # ---- end of exercises 01-03 ----------------------------------------



    # ==================================================================
    # exercises: lessons 04-06, engine_check
    # ==================================================================


    # ---- end of exercises 04-06 ----------------------------------------



    # ==================================================================
    # figures and widgets: plots, widgets/*, descent, classifier, graph, train
    # ==================================================================


    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
