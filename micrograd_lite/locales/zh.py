"""Every string the package shows a learner, in Simplified Chinese (简体中文).

Terms follow the course glossary (shared/GLOSSARY.md): 导数, 梯度, 前向传播, 反向传播,
链式法则, 学习率, 损失函数... Full-width punctuation in prose; code, numbers and
formulas stay as they are.

Keys are grouped by the module that shows them; each group is marked by a
comment. Fields in braces are filled by :func:`micrograd_lite.language.text`.
Plural pairs end in ``.one`` and ``.other`` (:func:`~micrograd_lite.language.text_count`).
"""

TEXT = {
    # ==================================================================
    # exercises: answers, feedback, learner_code, fallback, lessons 01-03
    # ==================================================================
    "common.language_name": "中文",

    # -- feedback: the verdict words
    "feedback.plain.correct": "正确！{message}",
    "feedback.plain.not_yet": "还不对。{message}",
    "feedback.markdown.correct": "✅ **正确！**{message}",
    "feedback.markdown.not_yet": "❌ **还不对。**{message}",

    # -- fallback: which code the cells after a coding exercise use
    "fallback.yours": "使用你的 {name}：它通过了检查。",
    "fallback.worked": "先使用包里参考答案的 {name}，等你的 {name} 通过检查后再换成你的。",

    # -- learner_code: an exception raised in the learner's code; {doing} is a phrase such as "calling f(2)" (zh: "调用 f(2)")
    "learner_code.raised": "你的代码抛出了 {kind}，当时正在{doing}。",
    "learner_code.raised_with_message": "你的代码抛出了 {kind}：{error}。当时正在{doing}。",
    "learner_code.from_line_in_code": "出错的是 `{name}` 里的第 {lineno} 行：`{line}`。",
    "learner_code.from_line_in": "出错的是 `{name}` 里的第 {lineno} 行。",
    "learner_code.from_line_code": "出错的是第 {lineno} 行：`{line}`。",
    "learner_code.from_line": "出错的是第 {lineno} 行。",

    # -- answers: the steps every check shares; {what} and {kind} are noun phrases
    "answers.placeholder": "把 `None` 换成你的答案：{what}。然后再运行这个单元格。",
    "answers.text_spells_number": "你给的是文本 {answer!r}（一个 str，带引号）。去掉引号，直接写数：answer = {number}",
    "answers.wrong_kind.a": "答案应该是{what}；你给的是一个 {kind}。",
    "answers.wrong_kind.an": "答案应该是{what}；你给的是一个 {kind}。",
    "answers.a_number": "一个数",
    "answers.whole_value": "你给的是整个 Value（data {data:g}，grad {grad:g}）。答案是一个数，也就是它的 .{attribute}：answer = {name}.{attribute}",
    "answers.whole_value.grad_still_zero": "你给的是整个 Value（data {data:g}，grad {grad:g}）。答案是一个数，也就是它的 .{attribute}：answer = {name}.{attribute}。它的 grad 还是 0：先运行反向传播。",
    "answers.rounded": "{value:g} 是答案四舍五入到 {decimals} 位小数的结果，太粗了，和附近的错误答案分不开。请多保留几位小数，或者直接把那个变量放进 answer。",
    "answers.list_separator": "、",
    "answers.typed_as_text": "你把数写成了文本：{answer!r}。去掉引号，让它成为一个数：{number}",
    "answers.define": "先在上面的单元格里定义 {what}，再运行这个单元格。",
    "answers.define_class": "先在上面的单元格里定义类 {name}，再运行这个单元格。",
    "answers.should_be_function": "{name} 应该是一个函数；它现在是一个 {type}。",
    "answers.should_be_class": "{name} 应该是一个类；它现在是一个 {type}。",

    # -- lesson01: slope of f at x = -1
    "lesson01.slope.what": "f 在 x = -1 处的斜率（一个数）",
    "lesson01.slope.right": "f 在 x = -1 处的斜率约为 {value:.3f}；精确的斜率 6x - 4 给出 -10。斜率是负的：在那里 x 变大时，f 变小。",
    "lesson01.slope.value_not_slope": "12 是函数值 f(-1)，不是斜率。要把变化量 f(x + h) - f(x) 除以 h。",
    "lesson01.slope.sign": "大小对了，符号不对。按这个顺序计算 f(x + h) - f(x)，其中 x = -1。",
    "lesson01.slope.change_not_divided": "这是 f 的变化量 f(x + h) - f(x)。再除以 h = 0.001，才是斜率。",
    "lesson01.slope.h_too_large": "这是用 h = 0.01 量出的斜率。请用 h = 0.001。",
    "lesson01.slope.at_plus_one": "这是 x = 1 处的斜率。练习问的是 x = -1（负一）。",
    "lesson01.slope.at_three": "这是课文里 x = 3 处的斜率。请把 x 设为 -1。",
    "lesson01.slope.otherwise": "{value:.4g} 不是 x = -1 处的斜率。取 h = 0.001，计算 (f(-1 + h) - f(-1)) / h。",

    # -- lesson01: dL/db with a = 3
    "lesson01.nudge_b.value_is_L_a2": "你给的是一个 Value（data {data:g}）。-8 是 L 本身的值（a = 2 时）。答案是一个普通的数，即斜率 (L2 - L1) / h，用 L2.data 和 L1.data 算出（或者用 compute_L，它直接处理普通的数）。",
    "lesson01.nudge_b.value_is_L_a3": "你给的是一个 Value（data {data:g}）。-2 是 a = 3 时 L 本身的值。答案是一个普通的数，即斜率 (L2 - L1) / h，用 L2.data 和 L1.data 算出（或者用 compute_L，它直接处理普通的数）。",
    "lesson01.nudge_b.value": "你给的是一个 Value（data {data:g}）。答案是一个普通的数，即斜率 (L2 - L1) / h，用 L2.data 和 L1.data 算出（或者用 compute_L，它直接处理普通的数）。",
    "lesson01.nudge_b.what": "你估计的 dL/db（一个数）",
    "lesson01.nudge_b.right": "dL/db 约为 {value:.3f}（精确值是 -6）。a = 3 时，b 每走一步，e = a*b 就走三倍远；L = (e + c) * f 再把它变成 -6。",
    "lesson01.nudge_b.a2": "-4 是 a = 2 时的 dL/db。两次计算 L 时都把 a 设为 3，再微调 b。",
    "lesson01.nudge_b.sign": "6 的大小对，符号错；它也是 dL/da（b × f）。要微调的是 b，不是 a。计算 (L2 - L1) / h，其中 L2 是用 b + h 算出的 L。",
    "lesson01.nudge_b.not_divided": "这是 L2 - L1。再除以 h，才是斜率。",
    "lesson01.nudge_b.L_a3": "-2 是 a = 3 时 L 本身的值（也是 dL/dc）。练习问的是 b 变化时 L 变得多快：(L2 - L1) / h。",
    "lesson01.nudge_b.dL_df_a3": "1 是 a = 3 时的 dL/df（a × b + c）。要微调的是 b，不是 f。",
    "lesson01.nudge_b.dL_df_a2": "4 是 a = 2 时的 dL/df（a × b + c）。把 a 设为 3，微调 b，不是 f。",
    "lesson01.nudge_b.L_a2": "-8 是 a = 2 时 L 的值，不是斜率。把 a 设为 3，微调 b，再计算 (L2 - L1) / h。",
    "lesson01.nudge_b.otherwise": "{value:.4g} 不是 dL/db。先用 a = 3、b = -3、c = 10、f = -2 算出 L1，再用 b + h 算出 L2，然后打印 (L2 - L1) / h。",

    # -- lesson01: which way to move b
    "lesson01.direction.what": "\"increase\"（增大）或 \"decrease\"（减小）",
    "lesson01.direction.number": "这是一个数。请用一个词回答，写在引号里：\"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.kind": "文本 \"increase\" 或 \"decrease\"",
    "lesson01.direction.one_word": "请只用一个词回答：\"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.about_L": "问题是 b 该怎么变（让 L 变大是目标）。请用一个词说 b 怎么变：\"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.right": "dL/db = -4 是负的：b 变大，L 就变小。所以要让 L 变大，就要减小 b。",
    "lesson01.direction.sign": "看看 dL/db 的符号。它是 -4：b 增加 h 时，L 大约减少 4h。",
    "lesson01.direction.which_word": "请用 \"increase\"（增大）或 \"decrease\"（减小）回答。",

    # -- lesson01: how fast the central difference's error shrinks
    "lesson01.error_factor.what": "一个数，即误差缩小了多少倍",
    "lesson01.error_factor.right": "大约 {value:g}：中心差分的误差像 h² 一样缩小，所以 h 缩小到十分之一时，误差缩小 10² = 100 倍（图上 h 每降一个数量级，误差降两个数量级）。前向差分只缩小 10 倍。",
    "lesson01.error_factor.forward": "缩小 10 倍是前向差分的情况，它的误差像 h 一样缩小。中心差分的误差像 h² 一样缩小。",
    "lesson01.error_factor.power": "2 是幂次：误差像 h² 一样缩小，也就是双对数坐标上中心差分那条线的斜率 2。那么 h 缩小到十分之一时，误差缩小多少倍？",
    "lesson01.error_factor.an_error": "{value:g} 像是从曲线上读出的一个误差值。倍数是一个比值：用 h = 1e-2 时的误差除以 h = 1e-3 时的误差。",
    "lesson01.error_factor.below_one": "{value:g} 小于 1，那就意味着误差变大了。请给出误差缩小了多少倍：1e-2 时的误差除以 1e-3 时的误差。",
    "lesson01.error_factor.cubic": "缩小 1000 倍意味着误差像 h³ 一样缩小。中心差分的误差像 h² 一样缩小。",
    "lesson01.error_factor.negative": "两个误差（都是大小）之间的倍数是正数：h = 1e-2 时的误差除以 h = 1e-3 时的误差。",
    "lesson01.error_factor.otherwise": "{value:g} 不是这个倍数。在对数坐标上读出中心差分曲线在 h = 1e-2 和 h = 1e-3 处的值，或者利用它的误差缩小的方式：像 h² 一样。",


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
