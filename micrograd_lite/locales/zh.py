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
    "feedback.markdown.correct": "✅ **正确**！{message}",
    "feedback.markdown.not_yet": "❌ **还不对**。{message}",

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

    # -- lesson02: how many Values in the graph of L
    "lesson02.count.what": "L 的计算图里 Value 的个数",
    "lesson02.count.kind": "一个整数",
    "lesson02.count.right": "7 个 Value：输入 a、b、c、f，以及结果 e、d、L。它们之间的三个小节点是运算，不是 Value。",
    "lesson02.count.operations_too": "你把运算节点（*、+、*）也数进去了。它们只表示一个 Value 是怎么算出来的；只数装着 data 和 grad 的方框。",
    "lesson02.count.inputs_only": "a、b、c 和 f 是输入，但每个结果也是一个 Value：e、d 和 L。",
    "lesson02.count.results_only": "e、d 和 L 是 Value，输入 a、b、c、f 也是。",
    "lesson02.count.one_missing": "少了一个。数一数输入 a、b、c、f 和结果 e、d、L。",
    "lesson02.count.one_too_many": "多了一个。只数装着 data 和 grad 的方框：输入 a、b、c、f 和结果 e、d、L。",
    "lesson02.count.otherwise": "{value:g} 不是这个个数。看看图：每个装着 data 和 grad 的方框就是一个 Value。",

    # -- lesson02: the neuron's output o with x2 = 1
    "lesson02.forward.what": "x2 = 1 时神经元的输出 o（一个 Value 或一个数）",
    "lesson02.forward.kind": "一个 Value 或一个数",
    "lesson02.forward.right": "x2 = 1 时，x2*w2 = 1，所以 n = {n:.4f}，o = tanh(n) = {o:.4f}。",
    "lesson02.forward.gave_n": "{value:.4f} 是 n。神经元的输出是 o = tanh(n)。",
    "lesson02.forward.lesson_o": "这是课文里 x2 = 0 时的输出。用 x2 = 1 重新构建计算图。",
    "lesson02.forward.lesson_n": "这是课文里 x2 = 0 时的 n。用 x2 = 1 重新构建计算图，再给出 o = tanh(n)。",
    "lesson02.forward.w2_is_2": "这是 w2 = 2 时的 o。保持 w2 = 1，把 x2 设为 1。",
    "lesson02.forward.whole_number": "{value:g} 是 o 四舍五入到整数的结果，太粗了，没法检查：o 比 1 小一点。请给出四位小数，或者直接把那个 Value 放进 answer。",
    "lesson02.forward.b_rounded": "{value:.4f} 是 b = 6.88 给出的结果：b 被四舍五入了。请用课文里的 b，即 6.8813735870195432（或者调用 seed_neuron(x2=1.0)）。",
    "lesson02.forward.otherwise": "{value:.4f} 不是 o。先用 x2 = 1 计算 n = x1*w1 + x2*w2 + b，再算 o = n.tanh()。",

    # -- lesson02: the learner's neuron function
    "lesson02.neuron.what": "你的神经元函数（它接收五个 Value，返回 o）",
    "lesson02.neuron.kind": "一个函数 my_neuron(x1, w1, x2, w2, b)",
    "lesson02.neuron.doing": "用五个 Value 调用 {name}(x1, w1, x2, w2, b)",
    "lesson02.neuron.doing_lambda": "用五个 Value 调用你的函数 (x1, w1, x2, w2, b)",
    "lesson02.neuron.plain_number": "数值是对的，但它是一个普通的数，不是 Value，所以计算图丢了。请用 Value 自己的运算：用 (...).tanh()，而不是 math.tanh(... .data)。",
    "lesson02.neuron.not_a_value": "{name} 应该返回一个 Value；它返回的是一个 {type}。",
    "lesson02.neuron.not_a_value_lambda": "你的函数应该返回一个 Value；它返回的是一个 {type}。",
    "lesson02.neuron.slip": "当 x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:g} 时，你的神经元给出 {out:.4f}。{hint}",
    "lesson02.neuron.no_x2w2": "n 里少了 x2*w2 这一项。",
    "lesson02.neuron.no_x1w1": "n 里少了 x1*w1 这一项。",
    "lesson02.neuron.no_bias": "n = x1*w1 + x2*w2 + b 里少了偏置 b。",
    "lesson02.neuron.no_tanh": "这是 n = x1*w1 + x2*w2 + b。神经元的输出还要对它做 tanh。",
    "lesson02.neuron.relu": "这是 relu(n)。这个神经元的激活函数是 tanh：o = n.tanh()。",
    "lesson02.neuron.sigmoid": "这是 sigmoid(n)。这个神经元的激活函数是 tanh：o = n.tanh()。",
    "lesson02.neuron.swapped": "权重放反了：x1 配 w1，x2 配 w2。",
    "lesson02.neuron.added": "你把输入和权重相加了；神经元是把它们相乘：x1*w1 + x2*w2 + b。",
    "lesson02.neuron.wrong": "当 x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:g} 时，输出应该是 tanh({n:.4f}) = {o:.4f}，但你的是 {out:.4f}。",
    "lesson02.neuron.graph_cut": "数值是对的，但输出的计算图连不到传进来的这些 Value：{names}。要用参数本身构建 o，不要用它们的 data 新建 Value。",
    "lesson02.neuron.right": "你的神经元用 Value 构建 o = tanh(x1*w1 + x2*w2 + b)，所以整个计算图都记录下来了；用原文的数，它给出 0.7071。",

    # -- lesson02: subtraction for TinyValue
    "lesson02.sub.what": "你的类（class MyTinyValue(TinyValue): ...，带一个 __sub__）",
    "lesson02.sub.kind": "一个类，比如 class MyTinyValue(TinyValue): ...",
    "lesson02.sub.no_method": "{name} 还没有 __sub__ 方法。Python 会把 p - q 变成 p.__sub__(q)：在类里定义 def __sub__(self, other):。",
    "lesson02.sub.doing_make": "创建 {name}(5.0, label='p')",
    "lesson02.sub.doing_subtract": "计算 p - q（p = 5，q = 2）",
    "lesson02.sub.none": "p - q 得到 None：__sub__ 必须返回新节点。",
    "lesson02.sub.plain_number": "p - q 得到普通的数 {got:g}，所以计算图丢了。请返回一个新节点：{name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.not_a_node": "p - q 应该得到一个节点；它得到的是一个 {type}。",
    "lesson02.sub.changed_p": "p - q 改了 p 本身（p.data 原来是 5，现在是 {data!r}），并把它返回了。运算不能改动它的输入，而要返回一个新节点：{name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.reversed": "p = 5，q = 2 时，p - q 得到 -3：顺序反了。self 是左边的操作数：self.data - other.data。",
    "lesson02.sub.added": "p = 5，q = 2 时，p - q 得到 7：这是 p + q。",
    "lesson02.sub.wrong_data": "p = 5，q = 2 时，p - q 的 data 是 {data!r}；应该是 3。",
    "lesson02.sub.prev_set": "p - q 的 _prev 是一个 set，而 set 没有顺序：它说不清哪个输入减去哪个。请把元组 (self, other) 作为 _children 传进去。",
    "lesson02.sub.prev_empty": "p - q 的结果没有记住它的输入（_prev 是空的）：请把 (self, other) 作为 _children 传进去，这样计算图才会被记录下来。",
    "lesson02.sub.prev_reversed": "p - q 的 _prev 是 (q, p)：请保持运算的顺序 (self, other)，这样画出的图才能看出减去的是哪个输入。",
    "lesson02.sub.prev_wrong": "p - q 的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}。请传入 (self, other)。",
    "lesson02.sub.prev_new_nodes": "p - q 的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}。请传入 (self, other)，不要新建节点。",
    "lesson02.sub.something_else": "别的东西",
    "lesson02.sub.op": "p - q 的结果记录的运算是 {op!r}；请把 \"-\" 记为 _op。",
    "lesson02.sub.doing_twice": "计算 (p - q) - r，也就是让结果再减一次",
    "lesson02.sub.twice_fails": "p - q 是对的，但 (p - q) - r 出错了：{problem}请让结果也是一个 {name}（比如用 type(self)(...)），这样它才能再被减。",
    "lesson02.sub.twice_wrong": "p = 5，q = 2，r = 1 时，(p - q) - r 应该得到一个 data 为 2 的节点。",
    "lesson02.sub.right": "p - q 得到一个新节点：data 是 3，_prev 是 (p, q)，_op 是 \"-\"。计算图记录下了减法，结果也能再被减。",

    # -- lesson03: q.grad of p = q * r
    "lesson03.times.value": "你给的是一个 Value（data {data:g}，grad {grad:g}）。练习里的 p.grad = 2 是手动给定的（p 不是你运行反向传播的那张计算图的终点）：算出 q.grad = (dp/dq) × p.grad 这个数，把它放进 answer。",
    "lesson03.times.what": "q.grad（一个数）",
    "lesson03.times.right": "q.grad = r × p.grad = (-4) × 2 = -8：q * r 对 q 的局部导数是另一个输入 r，再乘以上游传来的梯度。",
    "lesson03.times.local_only": "-4 是局部导数 dp/dq = r。还要乘以从上游传来的梯度 p.grad = 2。",
    "lesson03.times.own_input": "乘法节点（*）交给每个输入的是另一个输入的值：q 的局部导数是 r = -4，不是 q = 3。",
    "lesson03.times.passed_through": "把梯度原样传下去是 + 节点的做法。这里的运算是 *。",
    "lesson03.times.sign": "大小对了，符号不对：r = -4 是负的。",
    "lesson03.times.value_of_p": "-12 是 p 的值 q × r。问的是 q.grad：(dp/dq) × p.grad。",
    "lesson03.times.otherwise": "{value:g} 不是 q.grad。用 q.grad = (dp/dq) × p.grad 来算。",

    # -- lesson03: the local derivatives of p = a / b
    "lesson03.divide.what": "你的函数 `divide_local_grads`",
    "lesson03.divide.kind": "一个函数 divide_local_grads(a, b)",
    "lesson03.divide.doing": "调用 divide_local_grads({a:g}, {b:g})",
    "lesson03.divide.not_two_numbers": "divide_local_grads({a:g}, {b:g}) 返回了 {got!r}。请返回两个数：return dp_da, dp_db",
    "lesson03.divide.slip": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da:.4g}, {db:.4g})。{hint}",
    "lesson03.divide.sign_db": "∂p/∂b 的符号错了。b 变大时 1/b 变小：d(1/b)/db = -1/b²，所以 ∂p/∂b = -a/b²。",
    "lesson03.divide.product": "这是 a * b 的局部导数。对 a / b：∂p/∂a = 1/b。",
    "lesson03.divide.swapped": "两个放反了：按这个顺序返回 (∂p/∂a, ∂p/∂b) = (1/b, -a/b²)。",
    "lesson03.divide.no_factor_a": "∂p/∂b 少了因子 a：p = a × (1/b)，所以 ∂p/∂b = a × (-1/b²)。",
    "lesson03.divide.not_squared": "∂p/∂b：1/b 的导数是 -1/b²（不是 -1/b），所以 ∂p/∂b = -a/b²。",
    "lesson03.divide.sum": "局部导数 1 和 1 属于 + 节点。对 a / b：∂p/∂a = 1/b。",
    "lesson03.divide.estimate": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da:.10g}, {db:.10g})；精确值是 ({exact_da:.10g}, {exact_db:.10g})。很接近：这像是数值估计（微调 a 和 b 得到的）。请改为返回 ∂p/∂a 和 ∂p/∂b 的精确公式。",
    "lesson03.divide.wrong_both": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da:.4g}, {db:.4g})。∂p/∂a 和 ∂p/∂b 应该是 ({exact_da:.4g}, {exact_db:.4g})。在脑子里先微调 a，再微调 b：p = a × (1/b)。",
    "lesson03.divide.wrong_da": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da:.4g}, {db:.4g})。∂p/∂a 应该是 ({exact_da:.4g}, {exact_db:.4g}) 里的第一个数。在脑子里先微调 a，再微调 b：p = a × (1/b)。",
    "lesson03.divide.wrong_db": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da:.4g}, {db:.4g})。∂p/∂b 应该是 ({exact_da:.4g}, {exact_db:.4g}) 里的第二个数。在脑子里先微调 a，再微调 b：p = a × (1/b)。",
    "lesson03.divide.right": "∂p/∂a = 1/b，∂p/∂b = -a/b²：节点上存好这两个数，反向传播的循环就能像穿过其他运算一样，把梯度传过除法。",

    # -- lesson03: the graphs a learner's sort and backward loop are tried on (noun phrases: "the graph of ...")
    "lesson03.node.unlabelled": "一个没有标签的节点（data {data:g}）",
    "lesson03.graph.reused": "c 的计算图（b = a + a，c = b + b）",
    "lesson03.graph.lecture": "f 的计算图（d = a*b，e = a + b，f = d*e）",
    "lesson03.graph.lesson01": "L 的计算图（第 01 课）",
    "lesson03.graph.neuron": "o 的计算图（神经元的输出）",
    "lesson03.graph.leaf": "x 的计算图（单个 Value，没有输入）",
    "lesson03.graph.unlabelled": "(a*b) * (a + b) 的计算图（节点都没有标签）",

    # -- lesson03: the topological sort
    "lesson03.topo.what": "你的函数 `topological_sort`",
    "lesson03.topo.kind": "一个函数 topological_sort(root)",
    "lesson03.topo.list_kind": "由 topological_sort 返回的一个列表",
    "lesson03.topo.doing": "给 {graph}排序",
    "lesson03.topo.none": "topological_sort 返回了 None：在函数最后写上 return order。",
    "lesson03.topo.unordered": "topological_sort 返回了一个 {type}，它不保留顺序。请返回一个列表，set 只用来记住访问过的节点。",
    "lesson03.topo.carried_over": "排完另一张图之后再给 {graph}排序时，你的列表里还留着上一张图的节点：它在两次调用之间被带了过来。像 order=[] 或 visited=set() 这样的默认参数只在 def 运行时创建一次，之后每次调用都共用它。请在函数里面创建它们：order = [] 和 visited = set()。",
    "lesson03.topo.empty": "对 {graph}，你的列表是空的。定义完 visit 之后，你调用 visit(root) 了吗？然后再 return order。",
    "lesson03.topo.stranger_value": "对 {graph}，你的列表里有 {label!r}，它不是这张图的节点。请添加节点本身（node，而不是 node.data 或 node.label）。",
    "lesson03.topo.stranger": "对 {graph}，你的列表里有一个 {type}，它不是这张图的节点。请添加节点本身（node，而不是 node.data 或 node.label）。",
    "lesson03.topo.twice": "对 {graph}，你的列表里有个节点出现了 {count} 次：{node}。一个被多次使用的节点可以沿好几条路径到达；它只能列一次：用一个 set 记住访问过的节点，再遇到就跳过。",
    "lesson03.topo.missing_unlabelled": "对 {graph}，你的列表漏了这张图 {nodes} 个节点中的 {missing} 个，尽管有标签的图都排对了。没有标签（或标签相同）的节点，按标签看都一样：要记住访问过的节点本身（visited.add(node)），而不是 node.label。",
    "lesson03.topo.missing": "对 {graph}，你的列表漏了这些节点：{names}。要访问 node._prev 里的每个输入，以及它们的输入，一直到叶子节点。",
    "lesson03.topo.reversed": "对 {graph}，你的列表从根节点 {root!r} 开始：顺序反了。拓扑顺序先列输入，最后才是根节点（反向传播再倒着走一遍）。访问完一个节点的子节点后再添加它，并原样返回列表，不要反转。",
    "lesson03.topo.before_input": "对 {graph}，你的列表把一个节点排在了它的输入前面。节点：{node}；它的输入：{child}。每个节点都必须排在算出它的那些节点之后：访问完一个节点的子节点后再添加它。",
    "lesson03.topo.right": "每个节点只出现一次，都排在自己的输入之后，根节点在最后；节点被重复使用时也是这样（b = a + a; c = b + b）。",

    # -- lesson03: the backward loop
    "lesson03.backward.what": "你的函数 `backward_pass`",
    "lesson03.backward.kind": "一个函数 backward_pass(root)",
    "lesson03.backward.doing": "对 {graph}运行 backward_pass",
    "lesson03.backward.calls_backward": "你的 backward_pass 调用了 root.backward()，那是包里现成的反向传播。请自己写这个循环：root.grad = 1，然后按反向的拓扑顺序，对每个节点做 child.grad += local * node.grad。",
    "lesson03.backward.slip": "在 {graph}上：{hint}",
    "lesson03.backward.no_root_grad": "所有 grad 都还是 0：在循环之前设 root.grad = 1（dL/dL = 1），不然就没有东西可往下传。",
    "lesson03.backward.overwrites": "你的 grad 正是 child.grad = ...（而不是 +=）留下的结果：最后一条路径覆盖了其他路径。请用 child.grad += ...，让各条路径的贡献累加起来。",
    "lesson03.backward.forward_order": "这是按正向顺序走出来的 grad：一个节点还没收到自己的 grad，就先传下去了。请按 reversed(order) 走，从根节点走向输入。",
    "lesson03.backward.local_only": "每个子节点只得到了局部导数。还要乘以上游传来的梯度：child.grad += local * node.grad。",
    "lesson03.backward.upstream_only": "每个子节点都原样得到了节点的 grad，好像每个运算都是 + 一样。还要乘以局部导数：child.grad += local * node.grad。",
    "lesson03.backward.wrong": "在 {graph}上，{label}.grad 是 {got:.4g}，但应该是 {expected:.4g}。先设 root.grad = 1，然后按反向的拓扑顺序，对每个节点把 local * node.grad 累加到每个子节点的 grad 上。（如果你用的是自己的 topological_sort，先检查它。）",
    "lesson03.backward.right": "在试过的每张计算图上，你的循环都给出和 Value.backward() 一样的 grad，节点被多次使用的地方也一样。",

    # -- lesson03: gradients add up (t = s*s + s)
    "lesson03.accumulate.what": "s.grad（一个数）",
    "lesson03.accumulate.right": "s.grad = 3 + 3 + 1 = 7：s 沿三条路径到达 t（两条经过 s*s，一条直接到达），三份贡献累加起来。微积分也这么说：d(s² + s)/ds = 2s + 1 = 7。",
    "lesson03.accumulate.square_only": "6 只算了 s*s。s 还被单独加了一次（+ s）：这条路径再加 1。",
    "lesson03.accumulate.one_input": "4 是 s*s 的一个输入（3）加上直接那条路径（1）。s 在 s*s 里出现了两次：这个 * 节点的两个输入各得到 3（另一个输入的值），所以光 s*s 就给出 3 + 3。",
    "lesson03.accumulate.overwritten": "{value:g} 只是一条路径的贡献；用 '=' 而不是 '+=' 的反向传播也可能留下这个数：最后一条路径覆盖了其他路径。所有路径传来的梯度要累加起来。",
    "lesson03.accumulate.value_of_t": "12 是 t 的值 s*s + s。问的是 s.grad，即 dt/ds。",
    "lesson03.accumulate.value_of_square": "9 是 s*s 的值。问的是 s.grad，即 dt/ds。",
    "lesson03.accumulate.twice": "14 是 7 的两倍：反向传播在同一张计算图上运行了两次，而 s.grad（叶子节点的 grad）会在多次运行之间累加。请重新构建 s 和 t，只调用一次 t.backward()。",
    "lesson03.accumulate.estimate": "{value:.10g} 很接近答案：它像是有限差分的估计值。反向传播给出的是精确的数：调用 t.backward() 之后，把 s.grad 放进 answer。",
    "lesson03.accumulate.otherwise": "{value:g} 不是 s.grad。把从 s 到 t 的每条路径的贡献加起来。",

    # -- lesson03: dL/db1 by the chain rule
    "lesson03.grad_b1.what": "你的函数 `grad_b1`",
    "lesson03.grad_b1.kind": "一个函数 grad_b1(x, y, w1, b1, w2, b2)",
    "lesson03.grad_b1.doing": "用数值调用 grad_b1(x, y, w1, b1, w2, b2)",
    "lesson03.grad_b1.value": "grad_b1 返回了一个 Value（data {data:g}，grad {grad:g}），不是一个数。如果它是 backward() 之后的 b1，就返回它的 .grad；不过练习要的是用链式法则公式算出的数。",
    "lesson03.grad_b1.not_a_number": "grad_b1 应该返回一个数；它返回的是 {result!r}。",
    "lesson03.grad_b1.right": "dL/db1 = 2 (y_hat - y) × w2 × h (1 - h) × 1，在试过的每个点上都和自动求导的结果一致。",
    "lesson03.grad_b1.sign": "符号反了：dL/dy_hat = 2 (y_hat - y)，不是 2 (y - y_hat)。",
    "lesson03.grad_b1.no_sigmoid": "少了 sigmoid 的导数 h (1 - h)（即 dh/dz）。",
    "lesson03.grad_b1.no_w2": "少了因子 w2（即 dy_hat/dh）。",
    "lesson03.grad_b1.dL_dw1": "这是 dL/dw1：最后一个因子 dz/db1 是 1，不是 x。",
    "lesson03.grad_b1.no_two": "少了平方带来的因子 2。",
    "lesson03.grad_b1.dL_db2": "这是 dL/db2。b1 在更深的地方：还要乘以 w2（dy_hat/dh）和 h (1 - h)（dh/dz）。",
    "lesson03.grad_b1.estimate": "在 x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} 处，自动求导给出 {autograd:.8f}，你的函数给出 {got:.8f}：很接近，所以这像是有限差分的估计（微调 b1 得到的）。请返回链式法则的公式：dL/dy_hat × dy_hat/dh × dh/dz × dz/db1。",
    "lesson03.grad_b1.wrong": "在 x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} 处，自动求导给出 {autograd:.6f}，你的公式给出 {got:.6f}。把四个局部导数乘起来：dL/dy_hat × dy_hat/dh × dh/dz × dz/db1。",


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
