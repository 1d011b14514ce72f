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
    "fallback.yours": "使用你的 {name}。它通过了检查。",
    "fallback.worked": "先使用包里参考答案的 {name}，等你的 {name} 通过检查后再换成你的。",

    # -- learner_code: an exception raised in the learner's code; {doing} is a phrase such as "calling f(2)" (zh: "调用 f(2)")
    "learner_code.raised": "{doing}时，你的代码抛出了 {kind}。",
    "learner_code.raised_with_message": "{doing}时，你的代码抛出了 {kind}。错误信息是 `{error}`。",
    "learner_code.from_line_in_code": "出错的是第 {lineno} 行 `{line}`，在 `{name}` 里。",
    "learner_code.from_line_in": "出错的是第 {lineno} 行，在 `{name}` 里。",
    "learner_code.from_line_code": "出错的是第 {lineno} 行 `{line}`。",
    "learner_code.from_line": "出错的是第 {lineno} 行。",
    # the engine's own errors (and Python's commonest) explained in the learner's language,
    # after the error's own text; English adds nothing, the error's text being English already
    "learner_code.explain.not_a_number": "意思是这里只能用实数（int 或 float）。",
    "learner_code.explain.value_not_number": "意思是这里只能用实数（int 或 float），不能用整个 Value。要用 Value 里的数，就取它的 .data。",
    "learner_code.explain.children": "意思是 _children 必须是一个元组，里面放算出这个节点的那些 Value，而且是这个包自己的 Value 类。别的类（比如你自己写的 Value）的对象不算。要给 Value 起名字，请用 label=...。",
    "learner_code.explain.no_backward": "意思是这个节点是用 Value(data, _children, _op) 造的，没有局部导数。请给它一个 _backward 闭包（out._backward = ...），或者用 Value.operation(data, children, local_grads, op) 来造它。",
    "learner_code.explain.math_domain": "意思是某个数学函数拿到的数不在它的定义域里，比如对负数求 math.log 或 math.sqrt。",
    "learner_code.explain.log": "意思是 log 只对正数有定义。",
    "learner_code.explain.fractional_power": "意思是负数的小数次幂不是实数。",
    "learner_code.explain.value_exponent": "意思是指数是 Value 时，底数必须是正数。指数的局部导数要用到底数的自然对数。",
    "learner_code.explain.zero_negative_power": "意思是对 0 求了负数次幂（0 ** -1 就是 1 / 0）。请看这一行里哪个数是 0，它是不是该被求幂的那个数。",
    "learner_code.explain.zero_division": "意思是除数是 0。",
    "learner_code.explain.none_called": "意思是代码调用的东西是 None，而不是函数。可能是某个名字还是 None（比如某道练习还停留在骨架代码里的 None），也可能它接住的是一个没有 return 的函数的返回值。",
    "learner_code.explain.lambda_in_class_body": "写在类体里的函数（比如在那里写 `_backward = lambda: None`）是一个方法，Python 调用它时会把这个 Value 作为第一个参数传进去，而这个 lambda 不接收参数。请在 `__init__` 里给每个 Value 一个自己的，写成 `self._backward = lambda: None`。",
    "learner_code.explain.no_init": "意思是这个类没有能接收这些参数的 __init__，自己没有定义，也没有从别的类继承到。可能的原因有以下几种：class 那一行漏写了基类（第 02 课要写 class MyTinyValue(TinyValue):）；或者 __init__ 拼错了（比如 __int__、_init_）。",
    "learner_code.explain.method_not_called": "意思是方法名后面没有加 ()，得到的是方法本身，而不是它返回的列表。请调用它，比如 root.topological_order()。",
    "learner_code.explain.value_not_iterable": "意思是在该用一串 Value 的地方（for 循环、zip 或 sum 里）用了单个 Value。比如只有一个神经元的层给出的是一个 Value，而不是列表。如果把它交给下一层，让它和权重 zip 在一起（比如层的顺序和创建时不同，写成了 reversed(self.layers)），就会出这个错。",
    "learner_code.explain.no_attribute": "意思是这个对象没有这个属性或方法。可能是名字拼错了，也可能是类里还没有定义它。",
    "learner_code.explain.not_defined": "意思是这个名字还没有定义。可能是名字拼错了，也可能是定义它的单元格还没有运行。",
    "learner_code.explain.number_backward": "意思是普通的数（{kind}）没有 backward()。损失算出来是一个普通的数，后面没有计算图。可能的原因有两种：搭建损失时用了 .data（loss(w.data)），而这里要用 Value 本身（loss(w)）；或者损失在中途把 Value 变成了数（float(...)、math 里的函数、.data）。",
    "learner_code.explain.math_on_value": "意思是 math 模块的函数（math.tanh、math.exp）只接受普通的数，不接受 {kind}。请用 Value 自己的方法 n.tanh() 或 n.exp()，这样这一步也会记进计算图。",
    "learner_code.explain.number_not_value": "意思是普通的数（{kind}）没有 .{attribute}。可能的原因有以下几种：对本来就是普通数的东西取了 .{attribute}（直接用这个数就行）；或者运算拿到了一个数，而运算要先把它变成 Value（other = other if isinstance(other, Value) else Value(other)）。",
    "learner_code.explain.number_first":
        "意思是“数 {op} {kind}”要用到 {kind} 在右边时被调用的方法 {method}。可能的原因有两种："
        "（1）它没有这个方法。（2）它的 {method} 返回了 NotImplemented（比如写成 `other.{own}(self)`，数自己的方法不认识 {kind}）。",
    "learner_code.explain.number_first_in_backward":
        "意思是“数 {op} {kind}”要用到 {kind} 在右边时被调用的方法 {method}，而它没有这个方法，或者这个方法返回了 NotImplemented。"
        "在 `_backward` 里要用数 out.data 来算，而不是 out。",
    "learner_code.explain.xor": "意思是在 Python 里 ^ 不是乘方，而是整数的按位异或（3 ^ 2 得 1）。乘方要写成 **，比如 b ** 2。",
    "learner_code.explain.unsupported": "意思是这两种对象之间不能做这个运算（某个类没有为另一种类型定义这个运算）。",
    "learner_code.explain.unhashable": "意思是放进集合或当作字典键的对象必须能被 Python 求哈希值。一个类定义了 `__eq__` 却没有定义 `__hash__` 时，它的 `__hash__` 会被设为 None，它的对象就不能放进集合。你的 {kind} 是不是定义了 `__eq__`？请去掉它（计算图里的节点按对象本身区分，不按 data 区分）。",
    "learner_code.explain.not_comparable": "意思是这两种对象之间不能比较大小，比如 Value 和普通的数。要比较的话，先取 Value 的 .data。",
    "learner_code.explain.recursion":
        "意思是 `{name}` 一直在调用自己（或者和别的函数互相调用），层数超过了 Python 的递归深度上限"
        "（约 {limit} 层）。请找一找缺少停止条件的递归；如果代码沿着计算图递归，"
        "也要看看调用的层数是不是随着图的长度一起增加。",
    "learner_code.explain.recursion_operator":
        "意思是 `{name}` 一直在调用自己，超过了 Python 的递归深度上限。在 `{name}` 里对同样类型的操作数"
        "又用了 `{operator}`，就会再次调用 `{name}`。请用数来算结果（用 self.data 和 other.data），"
        "或者换一个不会绕回 `{name}` 的运算。",
    "learner_code.explain.recursion_reflected":
        "意思是 `{name}` 一直在调用自己。对“数 {operator} Value”，Python 会调用这个 Value 的 `{name}`，因为数自己的 `{operator}` 不认识 Value。在 `{name}` 里，`other` 就是那个数，所以在这里写 `other {operator} self` 又会让 Python 调用 `{name}`，永远停不下来。请让 Value 在左边，写成 `{fix}`。",
    "learner_code.explain.recursion_unknown":
        "意思是函数一直在调用自己（或者几个函数互相调用），超过了 Python 的递归深度上限"
        "（约 {limit} 层）。请找一找缺少停止条件的递归；如果代码沿着计算图递归，"
        "也要看看调用的层数是不是随着图的长度一起增加。",
    "learner_code.explain.arguments": "意思是调用函数时给的参数，和函数定义里的参数对不上（个数或名字不同）。请对照练习给出的函数签名。",
    "learner_code.explain.unpack": "意思是拆包时左边变量的个数，和右边的值的个数不一样，比如 a, b = 一个有三个元素的列表。",
    "learner_code.explain.index": "意思是下标超出了列表的范围，也就是列表比代码以为的短。",
    "learner_code.doing.read_answer": "读取你的答案（检查函数会读它的 .data、比较它，并在消息里写出它）",
    "learner_code.check_too_long": "检查函数一共运行了 {seconds} 秒，停了下来。你的代码每次调用都结束了，但加起来比正确的代码慢得多（正确的代码通过整个检查只要几秒）。请找找里面很慢的操作，比如 sleep、每一步都打印，或者比需要的长得多的循环。",
    "learner_code.too_long": "{doing}时，你的代码 {seconds} 秒内没有结束。正确的代码在这里只要几毫秒。有没有永远不会结束的循环（条件一直为真的 while 循环，或者没有终止条件的递归）？有没有很慢的操作（sleep，或者比需要的长得多的循环）？请找一找。",
    "learner_code.too_long_walk": "{doing}时，你的代码 {seconds} 秒内没有结束。正确的代码在这里只要几毫秒。有没有永远不会结束的循环（条件一直为真的 while 循环）？有没有随计算图变大而急剧增长的计算量（递归时每条路径都把同一个节点再访问一遍；或者在列表里查找是否访问过，所需时间随节点数的平方增长，应改用集合），或者别的很慢的操作（比如 sleep）？请找一找。",
    "printed.left_out": "检查函数运行你的代码时，你的代码一共打印了 {count} 行，上面只显示了前 {shown} 行。检查函数会多次调用你的代码，想看它打印了什么，请在你自己的单元格里调用它。",
    "learner_code.state_note": "另外提醒一下，检查函数调用你的代码时，它改动了{places}。用来记录或计数没有问题，但如果结果依赖它，以后的调用就可能得出别的结果。每个结果都请只用参数来算。",
    "learner_code.state_note_class": "另外提醒一下，检查函数运行你的类时，你的代码改动了{places}。用来记录或计数没有问题，但放在类上、全局变量里或默认参数里的东西，所有对象共用。每个对象需要的东西请放在对象自己身上（self.某个属性），在 __init__ 里创建。",
    "learner_code.changed_base": "检查函数运行时，你的代码改动了你的类所继承的 {classes}，它{names}。这样一来，这个会话里所有 {classes} 的对象都会改用你的版本，课程的其他单元格也一样。检查函数已经把它换回了原样。你的类要做的事，请写在你自己的类里，不要改动它继承的类。",
    "learner_code.changed_library": "检查函数运行时，你的代码改动了 Python 的 {modules} 模块，它{names}。课程包也用它计算（tanh 调用了 math.tanh，sigmoid 调用了 math.exp），所以检查函数自己的数也跟着你的改动变了，课程的其他单元格也会带着你的改动运行。检查函数已经把它恢复了原样。请直接使用 {modules}，调用它的函数，但不要给它们重新赋值。",
    "learner_code.changed_package": "检查函数运行时，你的代码改动了课程包，它{names}。这样一来，这个会话里课程的其他单元格也会带着你的改动运行。检查函数已经把课程包恢复了原样。不要改动课程包 micrograd_lite 里的类和模块，你的代码只应改动它自己创建的或拿到的东西。",
    "learner_code.changed_package_before": "在这项检查之前，这个会话里运行过的代码改动了课程包（或者它计算时用到的 Python 模块 math），它{names}。检查函数先把它恢复了原样，再检查你的代码。",
    "learner_code.rerun_counts": "（后面反馈里说的调用次数只计这一遍）",
    "learner_code.package.replaced": "替换了 {name}",
    "learner_code.package.added": "加上了 {name}",
    "learner_code.passed_then_failed": "这项检查第一次运行时，你的代码通过了，但它在运行中改动了{places}。检查函数把同一项检查又运行了几遍，第 {run} 遍没有通过{counts}，反馈是“{message}”可见你的代码在两次调用之间保留了状态，结果因此变了。每次的结果只应取决于传入的参数（如果是类，则取决于这个对象自己保存的数据）。",
    "learner_code.state_also": "在检查函数调用你的代码期间，你的代码改动了{places}。这类变量会把状态从一次调用带到下一次，可能就是出错的原因。",
    "learner_code.place_default": "默认参数 `{name}`",
    "learner_code.place_enclosing": "外层函数的变量 `{name}`",
    "learner_code.place_global": "全局变量 `{name}`",
    "learner_code.place_global_attribute": "全局对象的属性 `{name}`",
    "learner_code.place_object": "你的 `{cls}` 对象的属性 `{name}`",
    "learner_code.place_attribute": "属性 `{name}`",

    # -- answers: the steps every check shares; {what} and {kind} are noun phrases
    "answers.placeholder": "把 `None` 换成你的答案（{what}），然后再运行这个单元格。",
    "answers.text_spells_number": "你给的是字符串 {answer!r}（带引号）。去掉引号，直接写数，写成 answer = {number}。",
    "answers.text_bound": "你给的是字符串 {answer!r}（带引号），这是一个范围，而问题要的是一个数。只写这一个数，不带引号，也不带别的字。",
    "answers.text_percent": "你给的是字符串 {answer!r}（带引号），这是一个百分数。请写出这个数本身，不带引号，也不带 %。{held}% 就是 {number}，所以写成 answer = {number}。",
    "answers.text_holds_number": "你给的是字符串 {answer!r}（带引号），里面有数 {held}。只写这个数，不带引号，也不带别的字，写成 answer = {number}。",
    "answers.text_holds_comma_number": "你给的是字符串 {answer!r}（带引号）。如果你想写的是 {number}，Python 的小数点是“.”，不是逗号，而且数不带引号，写成 answer = {number}。",
    "answers.method_not_called": "方法名后面不加 () 得到的是方法本身，而不是它的结果。请调用它，写成 .{name}()。",
    "answers.wrong_kind.a": "答案应该是{what}；你给的是{kind}。",
    "answers.wrong_kind.an": "答案应该是{what}；你给的是{kind}。",
    "answers.a_number": "一个数",
    "answers.whole_value": "你给的是整个 Value（data {data}，grad {grad}）。答案是一个数，也就是 {name} 的 .{attribute}，写成 answer = {name}.{attribute}。",
    "answers.whole_value.grad_still_zero": "你给的是整个 Value（data {data}，grad {grad}）。答案是一个数，也就是 {name} 的 .{attribute}，写成 answer = {name}.{attribute}。你给的这个 Value 的 grad 还是 0。请先运行反向传播。",
    "answers.whole_value.number_wrong": "{said}。你给的这个 Value 的 .{attribute}（{number}）也不是答案。",
    "answers.whole_value.number_wrong_because": "{said}。你给的这个 Value 的 .{attribute}（{number}）也不是答案。{verdict}",
    "answers.value_holding_answer": "你给的 Value 的 data 是 {data}，正是要的数。答案要的是这个数本身，不是 Value，写成 answer = {data}。",
    "answers.value_not_number": "你给的是一个 Value（data {data}，grad {grad}）。答案是一个普通的数。如果要的数存放在某个 Value 里，请给出它的 .data 或 .grad，而不是整个 Value。",
    "answers.value_not_number_data": "你给的是一个 Value（data {data}，grad {grad}）。答案是一个普通的数。如果要的数存放在某个 Value 里，请给出它的 .data，而不是整个 Value。",
    "answers.rounded.one": "{value} 是答案四舍五入到 {count} 位小数的结果，太粗了，没法和附近的错误答案区分开。请至少保留 {digits} 位有效数字，或者直接把那个变量放进 answer。",
    "answers.rounded.other": "{value} 是答案四舍五入到 {count} 位小数的结果，太粗了，没法和附近的错误答案区分开。请至少保留 {digits} 位有效数字，或者直接把那个变量放进 answer。",
    "answers.right_to_digits": "你的数在 {digits} 位有效数字内是对的；保留更多位是 {more}。",
    "answers.exact_not_measured": "你的数就是（或几乎就是）精确的导数 {exact}。用中心差分、用比要求小得多的 h 做前向差分，或者把测得的斜率四舍五入，都会得到这个数。练习要的是用给定的 h 测量出来的斜率 (f(x + h) - f(x)) / h，它和精确导数差一点。请测量它，再把测量出来的数原样放进 answer，不要四舍五入。",
    # -- answers: which way a number is off, "（偏大 1）"
    "answers.too_large_by": "偏大 {amount}",
    "answers.too_small_by": "偏小 {amount}",
    "answers.list_separator": "、",
    "answers.numbered": "（{number}）{item}",
    "answers.numbered_separator": "",
    "answers.typed_and_wrong": "不过，即使写成数，它也不对。{message}",
    "answers.typed_as_text": "你把数写成了字符串 {answer!r}。去掉引号，写成数 {number}。",
    "answers.define": "先在上面的单元格里定义 {what}，再运行这个单元格。",
    "answers.define_class": "先在上面的单元格里定义类 {name}，再运行这个单元格。",
    "answers.should_be_function": "{name} 应该是一个函数；它现在是{type}。",
    "answers.should_be_class": "{name} 应该是一个类；它现在是{type}。",

    # -- answers: the type of a learner's answer, with its measure word ("你给的是{kind}")
    "types.bool": "一个布尔值（True/False）",
    "types.int": "一个整数（int）",
    "types.float": "一个浮点数（float）",
    "types.str": "一个字符串",
    "types.list": "一个列表",
    "types.tuple": "一个元组",
    "types.dict": "一个字典",
    "types.set": "一个集合",
    "types.complex": "一个复数（complex），不是实数",
    "types.ndarray": "一个 NumPy 数组（ndarray）",
    "types.function": "一个函数",
    "types.generator": "一个生成器（generator）",
    "types.method": "一个方法",
    "types.class": "一个类",
    "types.other": "一个 {name} 对象",

    # -- lesson01: slope of f at x = -1
    "lesson01.slope.what": "f 在 x = -1 处的斜率，一个数",
    "lesson01.slope.right": "f 在 x = -1 处的斜率约为 {value:.3f}；按公式 6x - 4 算，精确的斜率是 -10。斜率是负的。在 x = -1 附近，x 变大，f 反而变小。",
    "lesson01.slope.value_not_slope": "12 是函数值 f(-1)，不是斜率。要把变化量 f(x + h) - f(x) 除以 h。",
    "lesson01.slope.exact_sign": "10 是符号反了的精确导数。6x - 4 在 x = -1 处是 -10（写成 4 - 6x 才会得到 10）。另外，练习要的是用 h = 0.001 测量出来的斜率 (f(x + h) - f(x)) / h，它和精确导数差一点。",
    "lesson01.slope.sign": "大小对了，符号不对。按这个顺序计算 f(x + h) - f(x)，其中 x = -1。",
    "lesson01.slope.minus_h": "这是 (f(x - h) - f(x)) / h。x 往下挪了 h，却除以正的 h，符号就反了；而且量的是 x 左边一点的斜率，所以大小也差一点。请让 x 增加 h，计算 (f(x + h) - f(x)) / h。",
    "lesson01.slope.change_not_divided": "这是 f 的变化量 f(x + h) - f(x)。再除以 h = 0.001，才是斜率。",
    "lesson01.slope.other_h": "这是用 h = {h} 测出的斜率。如果你是测出来的，请用 h = 0.001；如果你是手算的导数，请逐项检查（3x² 的导数是 6x）。",
    "lesson01.slope.backward": "这是后向差分 (f(x) - f(x - h)) / h，量的是 x 左边一点的斜率。练习要的是前向差分 (f(x + h) - f(x)) / h。",
    "lesson01.slope.two": "大约是 2，而课文里的 f 在 x = -1 处不会给出这个数。可能的原因有两种：算的是 x = 1 处的斜率（6x - 4 在那里是 2）；或者 f 有一项写错了，使它处处的斜率都大约是 2（比如 3x² 写成了 3 * x * 2，3x² 要写成 3 * x**2）。请逐项检查 f，再在 x = -1 处测量。",
    "lesson01.slope.at_plus_one": "这是 x = 1 处的斜率。练习问的是 x = -1（负一）。",
    "lesson01.slope.at_three": "这是课文里 x = 3 处的斜率。请把 x 设为 -1。",
    "lesson01.slope.otherwise": "{value} 不是 x = -1 处的斜率。取 h = 0.001，计算 (f(-1 + h) - f(-1)) / h。",

    # -- lesson01: dL/db with a = 3
    "lesson01.nudge_b.value_is_L_a2": "你给的是一个 Value（data {data:g}）。-8 是 L 本身的值（a = 2 时）。答案是一个普通的数，是用 L2.data 和 L1.data 算出的斜率 (L2 - L1) / h（也可以用 compute_L 来算，它直接处理普通的数）。",
    "lesson01.nudge_b.value_is_L_a3": "你给的是一个 Value（data {data:g}）。-2 是 a = 3 时 L 本身的值。答案是一个普通的数，是用 L2.data 和 L1.data 算出的斜率 (L2 - L1) / h（也可以用 compute_L 来算，它直接处理普通的数）。",
    "lesson01.nudge_b.value": "你给的是一个 Value（data {data:g}）。答案是一个普通的数，是用 L2.data 和 L1.data 算出的斜率 (L2 - L1) / h（也可以用 compute_L 来算，它直接处理普通的数）。",
    "lesson01.nudge_b.what": "你估计的 dL/db，一个数",
    "lesson01.nudge_b.right": "dL/db 约为 {value:.3f}（精确值是 -6）。a = 3 时，b 每变化一点，e = a*b 就变化它的 3 倍；经过 L = (e + c) * f 再乘以 f = -2，总共就是 -6 倍。",
    "lesson01.nudge_b.a2": "-4 是 a = 2 时的 dL/db。两次计算 L 时都把 a 设为 3，再挪动 b。",
    "lesson01.nudge_b.sign": "6 的大小对了，符号不对。可能的原因有以下几种：（1）某处符号弄反了，比如 a 或 f 的符号，或者把差值写成了 L1 - L2（注意 dL/db = a × f，与 b 本身无关）。（2）挪动了 a 而不是 b，得到的是 dL/da（b × f）。（3）把 3 赋给了 f 而不是 a（a = 2、f = 3 时 a × f = 6；应该设 a = 3，f 保持 -2）。计算 (L2 - L1) / h，其中 L2 是用 b + h 算出的 L。",
    "lesson01.nudge_b.not_divided": "这是 L2 - L1。再除以 h，才是斜率。",
    "lesson01.nudge_b.L_a3": "-2 是 a = 3 时 L 本身的值，也是 dL/dc（等于 f）。可能的原因有两种：给的是 L 而不是斜率；或者挪动的是 c 而不是 b。练习问的是 b 变化时 L 变得多快，请挪动 b，再算 (L2 - L1) / h。",
    "lesson01.nudge_b.dL_dc_a3": "这个数除去舍入误差就是 -2。dL/dc、dL/de 和 dL/dd 都等于 f = -2，所以挪动的是乘积 a × b 之后的某个数（c，或者中间结果 e、d），而不是 b。请挪动 b 本身。",
    "lesson01.nudge_b.L2_a3": "这个数接近 -2，也就是 a = 3 时 L 的值。它看起来是挪动 b 之后的 L（L2），不是斜率。练习问的是 b 变化时 L 变得多快，也就是 (L2 - L1) / h。",
    "lesson01.nudge_b.dL_df_a3": "1 是 a = 3 时的 dL/df（a × b + c）。要挪动的是 b，不是 f。",
    "lesson01.nudge_b.dL_df_a2": "4 是 a = 2 时的 dL/df（a × b + c）。把 a 设为 3，挪动 b，不是 f。",
    "lesson01.nudge_b.L_a2": "-8 是 a = 2 时 L 的值，也是 a = 4 时的 dL/db（a × f）。可能是算了 L 本身（用的是博客里的 a = 2），而题目要的是斜率；也可能是用 a = 4 算了斜率。把 a 设为 3，挪动 b，再计算 (L2 - L1) / h。",
    "lesson01.nudge_b.half": "-3 是 dL/db 的一半，也正是 b 本身的值。可能是 b 只挪动了 h，差 L2 - L1 却除以了 2h（要除以 b 实际挪动的距离 h；中心差分除以 2h，是因为 b 从 b - h 挪到了 b + h）；也可能是把 b 本身当成了它的斜率。",
    "lesson01.nudge_b.ten_times": "这是 dL/db 的十倍。你给 b 加的步长是你除以的 h 的十倍（比如 b + 0.01，却除以 0.001）。b 挪动多少 h，就除以同一个 h。",
    "lesson01.nudge_b.tenth": "这是 dL/db 的十分之一。你给 b 加的步长只有你除以的 h 的十分之一（比如 b + 0.001，却除以 0.01）。b 挪动多少 h，就除以同一个 h。",
    "lesson01.nudge_b.dd_db": "3 是 a，也就是 e = a*b 随 b 变化的快慢。L = (e + c) * f 还要再乘以 f = -2，所以 dL/db = a × f。",
    "lesson01.nudge_b.otherwise": "{value} 不是 dL/db。先用 a = 3、b = -3、c = 10、f = -2 算出 L1，再用 b + h 算出 L2，然后把 (L2 - L1) / h 赋给 answer。",

    # -- lesson01: which way to move b
    "lesson01.direction.what": "表示增大的 \"increase\" 或表示减小的 \"decrease\"",
    "lesson01.direction.number": "这是一个数。请用带引号的词 \"increase\"（增大）或 \"decrease\"（减小）回答。",
    "lesson01.direction.kind": "字符串 \"increase\" 或 \"decrease\"",
    "lesson01.direction.one_word": "请只写一个词作答，\"increase\"（增大）或 \"decrease\"（减小），写成 \"减小 b\" 也可以。检查函数只读这一个词。写在旁边的理由、更新步骤或别的变量它都不评判，所以带着这些内容的答案不会被判为正确。你的推理可以写在字符串后面的 # 注释里。",
    "lesson01.direction.about_L": "问题是 b 该怎么变（目标是让 L 变大）。请用 \"increase\"（增大）或 \"decrease\"（减小）说明 b 该怎么变。",
    "lesson01.direction.letter_d": "\"d\" 可能是 \"decrease\" 的缩写，也可能是 L 里的变量 d。请写出完整的词 \"increase\"（增大）或 \"decrease\"（减小），说明 b 该怎么变。",
    "lesson01.direction.number_only": "“{number}”是一个数。请用一个词说明 b 该怎么变，\"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.sign_only": "“{sign}”可能是 dL/db 的符号，也可能是 b 该往哪边动。请用一个词说明 b 该怎么变，\"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.article_or_a": "你答案里的 \"a\" 是英语的冠词 \"a\"，还是变量 a？问题问的是 b。要让 L 变大，b 该怎么变？请只用一个词回答 b 的方向，\"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.other_variable": "你的答案说的是 {names}，但问题问的是 b。要让 L 变大，b 该怎么变？请用 \"increase\"（增大）或 \"decrease\"（减小）回答。",
    "lesson01.direction.unchanged": "b 不动，L 也不会变。要让 L 变大，b 就得动。往哪边动？请回答 \"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.negated": "请说 b 该往哪边变，而不是不该往哪边变，回答 \"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.right": "dL/db = -4 是负的。b 变大，L 就变小。所以要让 L 变大，就要减小 b。",
    "lesson01.direction.sign": "看看 dL/db 的符号，它是 -4。b 增大 h 时，L 大约减小 4h。",
    "lesson01.direction.both_ways": "你的答案里两个方向都有。请只选一个：“增大”或“减小”（说的是 b）。",
    "lesson01.direction.spelling": "你写的“{word}”，是想写“{close}”吗？请用一个完整的词说明 b 该怎么变，比如 \"increase\"（增大）或 \"decrease\"（减小）。",
    "lesson01.direction.size_word": "b 是 -3，所以“缩小”“放大”这样说大小的词两边都说得通。“缩小 b”可能是让 b 变小，也可能是让 |b| 变小，而 |b| 变小就是 b 变大（-2 比 -3 离 0 更近）。请用 \"increase\"（增大）或 \"decrease\"（减小）回答。",
    "lesson01.direction.which_word": "请用 \"increase\"（增大）或 \"decrease\"（减小）回答。",

    # -- lesson01: how fast the central difference's error shrinks
    "lesson01.error_factor.what": "一个数，误差缩小到原来的几分之一，就填那个分母，比如缩小到原来的五分之一就填 5",
    "lesson01.error_factor.right": "误差大约缩小到原来的 1/100（{value} 已经足够接近）。中心差分的误差与 h² 成正比，所以 h 缩小到原来的十分之一时，误差缩小到原来的 1/10² = 1/100（图上 h 每降一个数量级，误差降两个数量级）。前向差分的误差只缩小到原来的十分之一。",
    "lesson01.error_factor.right_exact": "误差缩小到原来的 1/100。中心差分的误差与 h² 成正比，所以 h 缩小到原来的十分之一时，误差缩小到原来的 1/10² = 1/100（图上 h 每降一个数量级，误差降两个数量级）。前向差分的误差只缩小到原来的十分之一。",
    "lesson01.error_factor.forward": "缩小到原来的十分之一，是前向差分的情况。它的误差与 h 成正比。中心差分的误差与 h² 成正比。",
    "lesson01.error_factor.power": "2 是指数。误差与 h² 成正比，对应双对数坐标上中心差分那条线的斜率 2。那么 h 缩小到原来的十分之一时，误差缩小到原来的几分之一？",
    "lesson01.error_factor.an_error": "{value:g} 像是从曲线上读出的一个误差值。倍数是一个比值。用 h = 1e-2 时的误差除以 h = 1e-3 时的误差。",
    "lesson01.error_factor.reciprocal": "{value:g} 是 1/{denominator}，也就是 h = 1e-3 时的误差除以 h = 1e-2 时的误差，比值倒过来了。题目问的是误差缩小到原来的几分之一，要填的分母是 1e-2 时的误差除以 1e-3 时的误差。请把你的比值倒过来。",
    "lesson01.error_factor.reciprocal_forward": "{value:g} 是 1/{denominator}，比值倒过来了。要填的分母是 1e-2 时的误差除以 1e-3 时的误差。另外，缩小到原来的 1/{denominator} 是前向差分的情况，它的误差与 h 成正比。中心差分的误差与 h² 成正比。",
    "lesson01.error_factor.read_off": "{value:g} 接近{curve}差分在 h = {h} 处的误差（{error:.3g}），这是从曲线上读出的一个误差值，不是倍数。倍数是中心差分曲线上两个误差的比值，用它在 h = 1e-2 时的误差除以 h = 1e-3 时的误差。",
    "lesson01.error_factor.curve_forward": "前向",
    "lesson01.error_factor.curve_central": "中心",
    "lesson01.error_factor.below_one": "{value:g} 小于 1，那就意味着误差变大了。请给出误差缩小到原来的几分之一（填分母），它等于 1e-2 时的误差除以 1e-3 时的误差。",
    "lesson01.error_factor.cubic": "缩小到原来的千分之一，意味着误差与 h³ 成正比。中心差分的误差与 h² 成正比。",
    "lesson01.error_factor.negative": "两个误差都取绝对值，所以它们的比值是正数。它等于 h = 1e-2 时的误差除以 h = 1e-3 时的误差。",
    "lesson01.error_factor.otherwise": "{value:g} 不是这个分母。在双对数坐标上读出中心差分曲线在 h = 1e-2 和 h = 1e-3 处的值，或者根据“误差与 h² 成正比”来推算。",

    # -- lesson02: how many Values in the graph of L
    "lesson02.count.what": "L 的计算图里 Value 的个数",
    "lesson02.count.kind": "一个整数",
    "lesson02.count.value": "你给的是一个 Value（data {data}）。答案是 L 的计算图里 Value 的个数，一个整数。",
    "lesson02.count.right": "7 个 Value。输入是 a、b、c、f，结果是 e、d、L。它们之间的三个小椭圆是运算，不是 Value。",
    "lesson02.count.operations_too": "你把运算（*、+、* 这三个椭圆）也数进去了。它们只表示一个 Value 是怎么算出来的；只数装着 data 和 grad 的方框。",
    "lesson02.count.inputs_only": "a、b、c、f 是输入；结果 e、d、L 也都是 Value，也要数进去。",
    "lesson02.count.results_only": "3 是运算结果（e、d、L）的个数，也是运算（*、+、*）的个数。要数的是 Value，也就是装着 data 和 grad 的方框。输入 a、b、c、f 和结果 e、d、L 都是 Value。",
    "lesson02.count.one_missing": "少了一个。数一数输入 a、b、c、f 和结果 e、d、L。",
    "lesson02.count.one_too_many": "多了一个。装着 data 和 grad 的方框只有输入 a、b、c、f 和结果 e、d、L，只数这些。",
    "lesson02.count.otherwise": "个数不是 {value}。看看图，每个装着 data 和 grad 的方框就是一个 Value。",

    # -- lesson02: the neuron's output o with x2 = 1
    "lesson02.forward.what": "x2 = 1 时神经元的输出 o，一个 Value 或一个数",
    "lesson02.forward.kind": "一个 Value 或一个数",
    "lesson02.forward.stale": "你的 Value 的计算图里存的是改动之前的数。有一个 {op} 节点存的是 {held}，而由它的输入按 {op} 运算，现在得到的是 {computed}。改动一个输入的 .data（比如 x2.data = 1.0）并不会重新计算由它算出的节点，它们还保留着当初前向计算时的数。请重新搭建计算图，写成 seed_neuron(x2=1.0)。",
    "lesson02.forward.other_input": "你的 Value 的计算图里 {got}，而练习里 {want}。",
    "lesson02.forward.input_rounded": "如果你的 {names} 是把课文里的数四舍五入得到的，请把它完整地写上。",
    "lesson02.forward.other_input_same_o": "o 虽然碰巧对了，却是别的输入凑出来的。",
    "lesson02.forward.build_again": "请用 x2 = 1 和课文里这个神经元的其他数搭建它，写成 seed_neuron(x2=1.0)。",
    "lesson02.forward.right": "x2 = 1 时，x2*w2 = 1，所以 n = {n:.4f}，o = tanh(n) = {o:.4f}。",
    "lesson02.forward.sign": "大小对了，符号不对。tanh 是奇函数，tanh(-n) = -tanh(n)，所以是 n = x1*w1 + x2*w2 + b 里的符号出了错（这里 n 是 +1.8814）。",
    "lesson02.forward.no_bias": "这是 tanh(x1*w1 + x2*w2) = tanh(-5)，n 里漏掉了偏置 b = 6.8814。n = x1*w1 + x2*w2 + b。",
    "lesson02.forward.gave_n": "{value:.4f} 是 n。神经元的输出是 o = tanh(n)。",
    "lesson02.forward.lesson_o": "这是 x2 * w2 = 0 时的输出。你可能用了课文里原来的神经元（x2 = 0），也可能把 w2 设成了 0。用 x2 = 1、课文里的 w2 = 1 重新搭建这个神经元。",
    "lesson02.forward.lesson_n": "这是课文里 x2 = 0 时的 n。用 x2 = 1 重新搭建这个神经元，再给出 o = tanh(n)。",
    "lesson02.forward.w2_is_2": "这是 x2 * w2 = 2 时的 o，也就是 x2 = 2 或者 w2 = 2。练习要的是 x2 = 1，w2 保持课文里的 1。",
    "lesson02.forward.whole_number": "{value:g} 是 o 四舍五入到整数的结果，太粗了，没法检查。o 比 1 小一点。请给出四位小数，或者直接把那个 Value 放进 answer。",
    "lesson02.forward.b_rounded": "{value:.4f} 是 tanh(1.88)，也就是 b = 6.88 给出的结果；课文里的 b 给出 n = 1.8814，o = 0.95461。可能是 b 被四舍五入成了 6.88，也可能是 n 在算 tanh 之前被四舍五入成了 1.88。请用课文里的 b = 6.8813735870195432（或者调用 seed_neuron(x2=1.0)），一直到 o 都保留全部位数。",
    "lesson02.forward.otherwise": "{value} 不是 o。先用 x2 = 1 计算 n = x1*w1 + x2*w2 + b，再算 o = n.tanh()。",

    # -- lesson02: the learner's neuron function
    "lesson02.neuron.what": "神经元函数，它接收五个 Value，返回 o",
    "lesson02.neuron.kind": "一个函数 my_neuron(x1, w1, x2, w2, b)",
    "lesson02.neuron.doing": "用五个 Value 调用 {name}(x1, w1, x2, w2, b) ",
    "lesson02.neuron.doing_lambda": "用五个 Value 调用你的函数 (x1, w1, x2, w2, b) ",
    "lesson02.neuron.plain_number": "数值是对的，但它是一个普通的数，不是 Value，所以计算图丢了。可能是结尾多了 `.data`（请直接返回 Value），也可能是用了 math.tanh(n.data)（请改用 n.tanh()，它会保留计算图）。从头到 o 都要用 Value 自己的运算。",
    "lesson02.neuron.not_a_value": "{name} 应该返回一个 Value；它返回的是{type}。",
    "lesson02.neuron.not_a_value_lambda": "你的函数应该返回一个 Value；它返回的是{type}。",
    "lesson02.neuron.slip": "当 x1 = {x1:g}，w1 = {w1:g}，x2 = {x2:g}，w2 = {w2:g}，b = {b:g} 时，你的神经元给出 {out}。{hint}",
    "lesson02.neuron.no_x2w2": "n 里少了 x2*w2 这一项。",
    "lesson02.neuron.no_x1w1": "n 里少了 x1*w1 这一项。",
    "lesson02.neuron.no_bias": "n = x1*w1 + x2*w2 + b 里少了偏置 b。",
    "lesson02.neuron.no_tanh": "这是 n = x1*w1 + x2*w2 + b。神经元的输出还要对它做 tanh。",
    "lesson02.neuron.relu": "这是 relu(n)。这个神经元的激活函数是 tanh，要写 o = n.tanh()。",
    "lesson02.neuron.cut_below_0": "这是 n 大于 0 时的 tanh(n)，n 小于 0 时却是 0，像 relu 那样截掉了。n 小于 0 时 tanh(n) 也小于 0，所以不管 n 是多少，都要写 o = n.tanh()。",
    "lesson02.neuron.sigmoid": "这是 sigmoid(n)。这个神经元的激活函数是 tanh，要写 o = n.tanh()。",
    "lesson02.neuron.swapped": "权重放反了。x1 配 w1，x2 配 w2。",
    "lesson02.neuron.pairs_inputs": "你的输出和把 w1 与 x2 对调之后的神经元一样，而你的 def 行里参数的顺序和练习一样。所以是公式配错了对，写成了 x1 * x2 + w1 * w2，应该是 x1 * w1 + x2 * w2（每个输入乘以它自己的权重）。",
    "lesson02.neuron.traded_places": "你的输出和把 w1 与 x2 对调之后的神经元一样。可能的原因有两种：参数的顺序和检查函数调用时的 neuron(x1, w1, x2, w2, b) 不一样；或者公式把 x1 和 x2、w1 和 w2 配成了对，应该是 x1 * w1 + x2 * w2。",
    "lesson02.neuron.parameter_order": "你的输出和把 w1 与 x2 对调之后的神经元一样。检查函数按练习给的顺序调用 neuron(x1, w1, x2, w2, b)，而你的 def 行里参数的顺序不一样（比如 x1, x2, w1, w2, b）。请按这个顺序排参数。",
    "lesson02.neuron.added": "你把输入和权重相加了。神经元是把它们相乘，写成 x1*w1 + x2*w2 + b。",
    "lesson02.neuron.wrong": "当 x1 = {x1:g}，w1 = {w1:g}，x2 = {x2:g}，w2 = {w2:g}，b = {b:g} 时，输出应该是 tanh({n}) = {o}，但你的是 {out}。",
    "lesson02.neuron.wrong_only_far": "检查函数试过的那些数较小的点上，输出都是对的，所以你的函数里有什么东西把大的输入另作处理（比如按数的大小分情况，或者设了上限）。不管是什么数，都请算 o = tanh(x1*w1 + x2*w2 + b)。",
    "lesson02.neuron.not_from_arguments": "这是另一组输入 x1 = {x1:g}，w1 = {w1:g}，x2 = {x2:g}，w2 = {w2:g}，b = {b} 的正确输出，说明这个数没有随参数变化。可能的原因有三种：（1）代码里写死了数。（2）用了笔记本里的 x1、w1、x2、w2、b，而不是传进来的参数。（3）留着前一次调用的结果。",
    "lesson02.neuron.doing_backward": "对你的 o 运行 o.backward() ",
    "lesson02.neuron.backward_fails": "数是对的，可是梯度没法沿你的图传回去。{problem}请直接用 Value 的运算搭建 o（最后一步用 n.tanh()），不要用算好的数再造一个 Value。",
    "lesson02.neuron.data_overwritten": "这个数是对的，但你的图里那个 {op} 节点存的是 {held}，而由它的输入按 {op} 运算得到的是 {computed}。这个节点生成之后，它的 .data 又被改写了（比如 n.data = ... 这样的写法）。o.backward()（第 03 课）沿着每个节点的运算往回传梯度，直接写进 .data 的那一步不在图里，梯度传不过去。请用 Value 自己的运算来构建 o，最后一步用 n.tanh()。",
    "lesson02.neuron.none": "{name} 返回了 None。请在函数最后写上 return o，返回输出的 Value（没有 return 的函数返回的就是 None）。",
    "lesson02.neuron.made_from_number": "这个数是对的，但你的图里有一个节点是用你算好的数新建的 Value（比如 Value(x, children, op)）。它不知道自己的数怎样随输入变化，所以第 03 课里的 o.backward() 没法把梯度从它传回去。请直接用 Value 的运算来搭建 o，最后一步写 n.tanh()。",
    "lesson02.neuron.rounded": "你返回的每个输出都是正确的数四舍五入到 {decimals} 位小数的结果。请让 o 保持 tanh(n) 给出的值，不要四舍五入（只在打印时取整）。",
    "lesson02.neuron.wrong_grad": "数是对的，可是 o.backward() 给出 {name}.grad = {got}，而 o = tanh(n) 应该给出 {want}。你的图里有一个节点没有按它的运算把梯度传回去。请直接用 Value 的运算搭建 o，最后一步用 n.tanh()，不要用算好的数再造一个 Value。",
    "lesson02.neuron.graph_cut": "数值对了，但输出的计算图没有连到传进来的这些 Value（{names}）。要用参数本身搭建 o。可能的原因有以下几种：用它们的 data 新建了 Value；用你算好的数新建了输出（比如 Value(math.tanh(n.data))）；返回了之前某次用同样的数调用时留下的输出；某一项在这组数下为 0，就被省略了（比如 x2 为 0 时省掉 x2 * w2）；或者某个因子在这组数下为 1，乘法就被省掉了（比如 w2 为 1 时把 x2 * w2 写成 x2）。无论是哪一种，这些 Value 在第 03 课的反向传播里都得不到梯度。",
    "lesson02.neuron.kept_default": "你的函数的默认参数 {names} 里现在装着前几次调用放进去的东西。默认参数只在 def 运行时创建一次，每次调用都共用它。请在函数里面新建它（列表、字典或集合），或者不用它。",
    "lesson02.neuron.not_repeatable": "用同一组数 x1 = {x1:g}，w1 = {w1:g}，x2 = {x2:g}，w2 = {w2:g}，b = {b:.4g} 多次调用，你的函数第一次给出 o = {earlier}，检查函数再用这组数调用它时（这是这项检查的第 {call} 次调用）却给出 o = {later}。只用参数计算的函数每次的输出都一样，所以你的函数把上一次调用留下的东西带进了下一次调用，可能是全局变量、默认参数、属性，或者外层函数的变量。请每次调用都只用传进来的五个 Value 来算 o。",
    "lesson02.neuron.changes_data": "你的函数改动了传给它的 Value。调用之后，{name}.data 变成了 {now}，原来是 {was}。请不要改动输入，而要用 Value 的运算搭建新的 Value（x1 * w1 就是一个新节点）。o 必须从这些输入搭建出来，它的计算图才能连到每一个输入。",
    "lesson02.neuron.changes_grad": "你的函数改动了传给它的 Value 的 grad。调用之后，{name}.grad 变成了 {now:g}，不再是 0。只需搭建 o 并返回它。grad 要等到第 03 课的反向传播才会填入。",
    "lesson02.neuron.doing_unlabelled": "用五个没有 label 的 Value 调用你的函数",
    "lesson02.neuron.labels_matter": "用没有 label 的 Value（网络里的 Value 就是这样）、同样的数调用时，你的函数给出 {got}；用带 label 的 Value 时给出的是 {want}。所以它是按 label 来决定怎么算的。o 只能由这些 Value 和它们的运算算出来，label 只是画图时给节点起的名字。",
    "lesson02.neuron.changes_label": "你的函数改动了传给它的 Value。调用之后，输入 {name} 的 label 变成了 {now}，不再是传进来时的 {was}。这样画出调用者的计算图时，名字就错了。请不要改动输入，只给你的函数新建的节点设 label。",
    "lesson02.neuron.links.prev": "{name}._prev 里有 {count} 个节点，而一个输入不由任何运算得到，它本来是空的",
    "lesson02.neuron.links.op": "{name}._op 是 {op!r}，而一个输入不由任何运算得到，它本来是空的",
    "lesson02.neuron.links.both": "{name}._prev 里有 {count} 个节点，{name}._op 是 {op!r}，而一个输入不由任何运算得到，这两个本来都是空的",
    "lesson02.neuron.changes_links": "你的函数改动了传给它的 Value。调用之后，{changed}。请不要改动输入。节点之间的联系要记在运算新建的节点上（x1 * w1 会把 x1 和 w1 记在它自己的 _prev 里）。",
    "lesson02.neuron.right": "你的神经元用 Value 搭建 o = tanh(x1*w1 + x2*w2 + b)，所以整个计算图都记录下来了；用博客里的数，它给出 0.7071。",

    # -- lesson02: subtraction for TinyValue
    "lesson02.sub.what": "带 __sub__ 的类，比如 class MyTinyValue(TinyValue): ...",
    "lesson02.sub.kind": "一个类，比如 class MyTinyValue(TinyValue): ...",
    "lesson02.sub.package_base": "{name} 继承的是包里的 Value，而不是课文里的 TinyValue，而且它自己没有 __sub__。p - q 运行的是包里的 Value.__sub__，不是你写的代码。请让它继承 TinyValue，写成 `class {name}(TinyValue):`，并在类里定义 `def __sub__(self, other):`（Python 会把 p - q 变成 p.__sub__(q)）。",
    "lesson02.sub.no_method": "{name} 还没有 __sub__ 方法。Python 会把 p - q 变成 p.__sub__(q)。请在类里写上 `def __sub__(self, other):` 这一行来定义它。",
    "lesson02.sub.doing_make": "创建 {name}(5.0, label='p') ",
    "lesson02.sub.doing_subtract": "计算 p - q（p = {p:g}，q = {q:g}）",
    "lesson02.sub.doing_fresh_pairs": "像循环那样，一对接一对地计算 {count} 对新节点的差",
    "lesson02.sub.none": "p - q 得到 None。__sub__ 必须返回新节点。",
    "lesson02.sub.plain_number": "p - q 得到普通的数 {got:g}，所以计算图丢了。请返回一个新节点，写成 {name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.not_a_node": "p - q 应该得到一个节点；它得到的是{type}。",
    "lesson02.sub.other_class_same_name": "p - q 返回的是另一个同样叫 {name} 的类的对象，而不是交给检查函数的那个类的对象。再运行一次定义 {name} 的单元格，就会新建一个类，而你的 __sub__ 按名字找到的是最新的那个。请用 type(self)(...) 新建结果，也就是 p 自己的类。",
    "lesson02.sub.other_class": "p - q 返回的是一个 {got}，不是 {name}。再对这个结果做减法，也就是 (p - q) - r 时，运行的就是 {got} 的 __sub__，而不是你写的。请用 type(self)(...)（或 {name}(...)）新建结果。",
    "lesson02.sub.changed_input": "p - q 改了 {input} 本身（{input}.data 原来是 {was:g}，现在是 {data}）。运算不能改动它的输入，而要返回一个新节点，写成 {name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.changed_input_node": "p - q 改动了 {input} 本身，它现在是 {changed}，与新建的 {name} 不同。运算只能新建节点，不能改动输入的任何属性。输入要记录在运算返回的新节点里，写成 {name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.prev_kind": "p - q{where}的 _prev 是{kind}，它应该是由两个节点组成的元组 (self, other)。{kind}只能读一遍，第一次遍历计算图就把它用完了。",
    "lesson02.sub.prev_text": "p - q{where}的 _prev 是字符串 {prev}，_op 是 {op}，两者可能放反了。参数的顺序是 {cls}(data, _children, _op)。第二个是元组 (self, other)，第三个是字符串 \"-\"。",
    "lesson02.sub.prev_numbers": "p - q{where}的 _prev 里放的是数 {prev}，不是节点。请把节点本身放进去，写成 (self, other)。从结果往回走到 p 和 q，靠的就是 _prev。",
    "lesson02.sub.returned_input": "p - q 返回的是 {input} 本身，不是一个新节点。请返回一个新节点，写成 {name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.reversed": "p - q 算成了 q - p。p = {p1:g}，q = {q1:g} 时得到 {got1:g}；p = {p2:g}，q = {q2:g} 时得到 {got2:g}。两个操作数的顺序反了。self 是左边的操作数，所以要算 self.data - other.data（写成 other + (-self) 也会把顺序弄反）。",
    "lesson02.sub.added": "p - q 算成了 p + q。p = {p1:g}，q = {q1:g} 时得到 {got1:g}；p = {p2:g}，q = {q2:g} 时得到 {got2:g}。要做减法，写成 self.data - other.data。",
    "lesson02.sub.no_sign": "p - q 的结果丢了符号。p = {p1:g}，q = {q1:g} 时得到 {got1:g}；p = {p2:g}，q = {q2:g} 时得到 {got2:g}，只是差的大小。请计算 self.data - other.data，不要用 abs()。",
    "lesson02.sub.shared": "p = 5，q = 2 时 p - q 得到 3，但再对另外两个节点做一次减法之后，第一个结果变成了 {data!r}。你的结果共用了同一份 data。每次 p - q 都必须返回一个属于它自己的新节点。",
    "lesson02.sub.first_again": "这是第一对 p = {p:g}，q = {q:g} 的差。是代码里写死了数，还是留着前一次减法的结果（在全局变量、类属性或默认参数里）？每次调用都要用 self.data 和 other.data 来算。",
    "lesson02.sub.stale_node": "算过 p - q（p = 5，q = 2）之后，检查函数把 p.data 设成 6.0（就像第 01 课里的 b.data += h），再算 p - q，得到的却还是之前那个节点，data 是 {got}。它应该是一个新节点，data 是 6 - 2 = 4。你的 {name}.__sub__ 把算出的结果留了下来（比如按 p 和 q 的 id 保存），遇到同样两个节点时就再返回它，尽管它们的 data 已经变了。请每次调用都新建一个节点。",
    "lesson02.sub.stale_data": "算过 p - q（p = 5，q = 2）之后，检查函数把 p.data 设成 6.0（就像第 01 课里的 b.data += h），再算 p - q，得到 {got}，应该是 6 - 2 = 4。你的 {name}.__sub__ 没有用 p 和 q 现在的 data 来算。可能的原因有两种：（1）留着之前对同样两个节点算出的结果（缓存）。（2）读的数不是 p.data 和 q.data。请每次调用都用 p.data 和 q.data 来算。",
    "lesson02.sub.not_repeatable": "p = {p:g}，q = {q:g} 时，p - q 第一次得到的 data 是 {was!r}，检查函数用数值相同的两个新节点再算一次，结果却是 {now!r}。只用 self.data 和 other.data 计算的代码两次结果一样，所以你的 {name} 把某些东西从一次减法留到了下一次，可能是类属性、全局变量、默认参数，或者外层函数的变量。请只用 self.data 和 other.data 来算结果。",
    "lesson02.sub.made_missing": "{made} 得到的节点没有 {missing}。TinyValue 把数放在 .data 里，把输入放在 ._prev 里，把运算放在 ._op 里，画图时这三个都要读。如果你的类有自己的 __init__，请在里面调用 super().__init__(data, _children, _op, label)，或者把这三个都设好。",
    "lesson02.sub.data_not_number": "p = {p:g}，q = {q:g} 时，p - q 得到的节点的 data 是 {data}，这是{kind}，不是一个数。data 里放的就是数本身，写成 self.data - other.data，外面不要再包一个节点。",
    "lesson02.sub.relabels": "p - q 改了输入 {input} 的 label。创建时是 {was}，减完之后变成了 {now}。运算不改动它的输入，label 也不改（画图时用 label 标出每个节点）。要设 label，就设在它返回的新节点上。",
    "lesson02.sub.made_changed": "{name}({number:g}) 的 data 是 {data!r}。你的类在建节点时就改动了传给它的数。data 要保持传进来的样子。",
    "lesson02.sub.grad_set": "算完 p - q{where}之后，{name} 的 grad 是 {grad!r}，应该仍然是 0。计算结果时不设置任何 grad。每个节点的 grad 都从 0 开始，只有反向传播（第 03 课）才会填上它。__sub__ 里不要碰 grad。",
    "lesson02.sub.wrong_data": "p = {p:g}，q = {q:g} 时，p - q 的 data 是 {data!r}，应该是 {right:g}。",
    "lesson02.sub.wrong_only_far": "检查函数之前试过的几对较小的数，差都是对的，所以你的 __sub__ 里有什么东西把大的数另作处理（比如按数的大小分情况，或者设了上限）。不管是什么数，都请算 self.data - other.data。",
    "lesson02.sub.prev_set": "p - q 的 _prev 是一个集合（set）。集合没有顺序，说不清哪个输入减去哪个。请把元组 (self, other) 作为 _children 传进去。",
    "lesson02.sub.doing_plain": "对没有 label、用整数建的节点做减法 ((7 - 3) - 1) - 2 ",
    "lesson02.sub.deep_wrong": "对你的 {name} 建的、没有 label 的节点计算 ((7 - 3) - 1) - 2，得到的是一个 {kind}，data 是 {data}，应该是一个 {name}，data 是 1。不管减了几层，每次 p - q 都要得到一个新的 {name}，写成 type(self)(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.prev_empty_same": "p - p（一个节点减去它自己）的结果没有记住它的输入（_prev 是空的），而两个节点的 p - q 是记住了的。这里也要把 (self, other) 作为 _children 传进去，这样计算图会把 p 记两次，第 03 课要用到。",
    "lesson02.sub.returned_input_zeros": "p = q = 0 时，p - q 返回的是 {input} 本身，不是一个新节点。它的数是对的（0 - 0 就是 0），可这样计算图里就没有这次减法，{other} 也不在图里。每次 p - q 都要返回一个新节点，写成 {name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.returned_input_zero": "q = 0 时，p - q 返回的是 {input} 本身，不是一个新节点。它的数是对的（p - 0 就是 p），可这样计算图里就没有这次减法，q 也不在图里。每次 p - q 都要返回一个新节点，写成 {name}(self.data - other.data, (self, other), \"-\")。",
    "lesson02.sub.prev_empty": "p - q 的结果没有记住它的输入（_prev 是空的）。请把 (self, other) 作为 _children 传进去，这样计算图才会被记录下来。",
    "lesson02.sub.prev_reversed": "p - q 的 _prev 是 (q, p)。请保持运算的顺序 (self, other)，这样画出的图才能看出减去的是哪个输入。",
    "lesson02.sub.where": "（其中 p = {p}，q = {q}）",
    "lesson02.sub.prev_default": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}。你的 __sub__ 有一个默认参数是列表、字典或集合（{names}）。它在 def 运行时只创建一次，每次调用都共用它，所以每次减法都往同一个里面添加。请改在 __sub__ 里面新建这样的容器，让每次调用都从头开始；_children 始终是 (self, other)。",
    "lesson02.sub.prev_old_result": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}，是之前某次减法的输入。p - q 返回了一个以前创建的节点，它存放在默认参数 {names} 里（比如按数保存的结果）。每次减法都要用 self 和 other 新建一个节点。",
    "lesson02.sub.prev_nested": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 ((p, q),)，这一对又被套进了另一个元组，计算图看到的就是一个不是节点的子节点。请直接把 (self, other) 作为 _children 传进去。",
    "lesson02.sub.prev_same": "p - p 的 _prev 应该是 (p, p)，同一个节点出现两次，每个操作数一次；现在是 {prev}。即使两个操作数是同一个节点，也请原样传入 (self, other)。这样第 03 课的反向传播才会把两个局部导数都加到 p.grad 上。",
    "lesson02.sub.prev_flattened": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}，p 的位置上放的是 p 的输入。_children 就是 (self, other)，两个操作数原样放进去，即使 self 本身也是减法得到的。",
    "lesson02.sub.prev_earlier": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}，里面有前面某次减法的节点。你的 __sub__ 是不是把什么东西从一次调用留到了下一次（类属性、默认参数或全局列表）？请把 (self, other) 作为 _children 传进去。",
    "lesson02.sub.prev_wrong": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}。请传入 (self, other)。",
    "lesson02.sub.prev_on_class": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}。它就是类属性 `{name}` 那个列表，所有节点共用它，每做一次新的减法都会把它改写。请把 (self, other) 作为 _children 传进去，让每个节点有自己的元组。",
    "lesson02.sub.prev_new_nodes": "p - q{where}的 _prev 应该是 (p, q)，也就是这两个节点本身；现在是 {prev}。请把 (self, other) 本身作为 _children 传进去，不要先用它们算出别的节点（比如 other * -1）再放进去。p - q 自己就是一个新节点，_op 是 '-'。",
    "lesson02.sub.something_else": "别的节点",
    "lesson02.sub.op": "p - q{where}的结果里 _op 是 {op!r}；请把 _op 设为 \"-\"。",
    "lesson02.sub.op_changed": "p - q{where}的结果里 _op 是 {op!r}，可检查函数前几次调用减法时，记下的都是 \"-\"。你的 __sub__ 记下的运算在不同的调用之间变了。每次减法都要把 _op 设为 \"-\"。",
    "lesson02.sub.op_lookalike": "这个字符只是看起来像减号，其实不是键盘上的 \"-\"（U+002D）。请用减号键重新输入。",
    "lesson02.sub.doing_twice": "计算 (p - q) - r，也就是让结果再减一次",
    "lesson02.sub.twice_fails": "p - q 没有问题。{problem}请让结果也是一个 {name}（比如用 type(self)(...)），这样它才能再被减。",
    "lesson02.sub.twice_fails_in_code": "p - q 没有问题。{problem}",
    "lesson02.sub.doing_same": "计算 p - p（一个节点减去它自己）",
    "lesson02.sub.same_wrong": "p = 5 时，p - p 应该得到一个 data 为 0 的节点。",
    "lesson02.sub.doing_right_result": "计算 p - (q - r)（p = 5，q = 2，r = 1）",
    "lesson02.sub.right_result_wrong": "p - (q - r)（p = 5，q = 2，r = 1）得到的 data 是 {got}，应该是 5 - (2 - 1) = 4。运算得到的节点放在 - 的右边，也和别的节点一样。不管 other 是怎么得到的，都要减去 other.data。",
    "lesson02.sub.twice_wrong": "p = 5，q = 2，r = 1 时，(p - q) - r 应该得到一个 data 为 2 的节点。",
    "lesson02.sub.twice_changed_input": "(p - q) - r 改动了它左边的输入，也就是节点 p - q。它的 _prev 现在是 {prev}，计算图从 p - q 再也走不回 p 和 q。减法不能改动它的输入（__sub__ 里不要写 self._prev = ...），要把联系记在新节点 {name}(self.data - other.data, (self, other), \"-\") 上。",
    "lesson02.sub.right": "p - q 得到一个新节点。它的 data 是 3，_prev 里依次是 p 和 q，_op 是 \"-\"。计算图记录下了减法，结果也能再被减。",

    # -- lesson03: q.grad of p = q * r
    "lesson03.times.value_right": "你给的是一个 Value，它的 {part} 是 {number:g}，正是 q.grad 的正确数值。答案就是这个数本身，一个普通的数，写成 answer = {number:g}。",
    "lesson03.times.value": "你给的是一个 Value（data {data:g}，grad {grad:g}）。练习里的 p.grad = 2 是直接给定的，不是对哪张计算图运行反向传播得到的。请算出 q.grad = (∂p/∂q) × p.grad 这个数，把它放进 answer。",
    "lesson03.times.what": "q.grad，一个数",
    "lesson03.times.right": "q.grad = r × p.grad = (-4) × 2 = -8。q * r 对 q 的局部导数是另一个输入 r，再乘以从输出那边传回来的梯度 p.grad。",
    "lesson03.times.local_only": "-4 是局部导数 ∂p/∂q = r。还要乘以从输出那边传回来的梯度 p.grad = 2。",
    "lesson03.times.own_input": "乘法节点（*）交给每个输入的是另一个输入的值。q 的局部导数是 r = -4，不是 q = 3。",
    "lesson03.times.passed_through": "把梯度原样传过去是 + 节点的做法。这里的运算是 *。",
    "lesson03.times.sign": "大小对了，符号不对。r = -4 是负的。",
    "lesson03.times.value_of_p": "-12 是 p 的值 q × r。问的是 q.grad = (∂p/∂q) × p.grad。",
    "lesson03.times.otherwise": "{value} 不是 q.grad。用 q.grad = (∂p/∂q) × p.grad 来算。",

    # -- lesson03: the local derivatives of p = a / b
    "lesson03.divide.not_repeatable": "在 a = {a:g}，b = {b:g} 处，你的函数先返回了 ({da1}, {db1})，再用这组数调用时（这项检查的第 {call} 次调用）又返回了 ({da2}, {db2})。同样的 a 和 b 得到了两个答案。只用 a 和 b 计算的函数不会这样，所以你的函数把上一次调用留下的东西带进了下一次调用，可能是全局变量、默认参数、属性，或者外层函数的变量。请每次调用都只用 a 和 b 来算这两个数。",
    "lesson03.divide.autograd": "你的函数新建了 Value 并调用了 backward()，这是把这两个数交给包里现成的除法去算。练习要你自己推导出来，请把两个局部导数写成 a 和 b 的公式返回（提示：p = a × (1/b)）。",
    "lesson03.divide.by_zero": "这次 a = {a:g}，b = {b:g}。p = a / b 只除以 b，而 b 不是 0，所以你的代码里有东西除以了一个在这里为 0 的数（比如 a）。",
    "lesson03.divide.by_zero_swapped": "这次 a = {a:g}，b = {b:g}。p = a / b 只除以 b。你在这之前几次调用给出的数，都是 b / a 的局部导数 (1/a, -b/a²)。a 和 b 换了位置，可能是在 def 那一行（def divide_local_grads(b, a)），也可能是在公式里。",
    "lesson03.divide.package_local_grads": "你的函数读的是包里现成的除法存在节点上的局部导数（`_local_grads`），是包替你算的，不是你推导的。请把两个局部导数写成 a 和 b 的公式返回（提示：p = a × (1/b)）。",
    "lesson03.divide.wrong_before_raising": "而且在这之前，a = {a:g}，b = {b:g} 时你的函数返回了 ({da}, {db})，而 1/b 和 -a/b² 给出的是 ({exact_da}, {exact_db})。除了抛错的地方，也请检查公式本身。",
    "lesson03.divide.what": "函数 `divide_local_grads`",
    "lesson03.divide.kind": "一个函数 divide_local_grads(a, b)",
    "lesson03.divide.doing": "调用 divide_local_grads({a:g}, {b:g}) ",
    "lesson03.divide.not_two_numbers": "divide_local_grads({a:g}, {b:g}) 返回了 {got!r}。请返回两个数，写成 return dp_da, dp_db。",
    "lesson03.divide.values": "divide_local_grads({a:g}, {b:g}) 返回的是 Value。两个局部导数都是普通的数，请返回用 a 和 b 算出来的数（写 1 / b，不要写 Value(1 / b)）。",
    "lesson03.divide.slip": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da}, {db})。{hint}",
    "lesson03.divide.sign_db": "∂p/∂b 的符号错了。b 变大时 1/b 变小，d(1/b)/db = -1/b²，所以 ∂p/∂b = -a/b²。",
    "lesson03.divide.product": "这是 a * b 的局部导数。对 a / b 来说，∂p/∂a = 1/b。",
    "lesson03.divide.swapped": "两个放反了。请按这个顺序返回 (∂p/∂a, ∂p/∂b) = (1/b, -a/b²)。",
    "lesson03.divide.no_factor_a": "∂p/∂b 少了系数 a。p = a × (1/b)，所以 ∂p/∂b = a × (-1/b²)。",
    "lesson03.divide.not_squared": "∂p/∂b 算错了。1/b 的导数是 -1/b²，不是 -1/b，所以 ∂p/∂b = -a/b²。",
    "lesson03.divide.sum": "局部导数 1 和 1 属于 + 节点。对 a / b 来说，∂p/∂a = 1/b。",
    "lesson03.divide.estimate": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da}, {db})，精确值是 ({exact_da}, {exact_db})。两者很接近，但不完全相等。这是数值估计（挪动 a 和 b 得到的），还是四舍五入过的数？请用精确公式算出并返回 ∂p/∂a 和 ∂p/∂b。",
    "lesson03.divide.wrong_only_far": "检查函数试过的那些较小的 a 和 b 上，你的两个数都是对的，到了 a = {a:g}，b = {b:g} 却错了，所以你的函数里有什么东西把大的数另作处理（比如按数的大小分情况，或者设了上限）。在那里你返回的是 ({da}, {db})，而 1/b 和 -a/b² 给出的是 ({exact_da}, {exact_db})。不管 a 和 b 是什么数（b 不为 0），都请返回 (1/b, -a/b²)。",
    "lesson03.divide.wrong_both": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da}, {db})。∂p/∂a 应该是 {exact_da}，∂p/∂b 应该是 {exact_db}。设想只挪动 a（b 不动），再只挪动 b（a 不动），看 p = a × (1/b) 分别怎样变化。",
    "lesson03.divide.wrong_da": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da}, {db})。∂p/∂a 应该是 {exact_da}。设想只挪动 a（b 不动），再只挪动 b（a 不动），看 p = a × (1/b) 分别怎样变化。",
    "lesson03.divide.wrong_db": "在 a = {a:g}，b = {b:g} 处，你返回的是 ({da}, {db})。∂p/∂b 应该是 {exact_db}。设想只挪动 a（b 不动），再只挪动 b（a 不动），看 p = a × (1/b) 分别怎样变化。",
    "lesson03.divide.other_point": "你的函数在前面一次调用里，对 a = {a:g}，b = {b:g} 返回过同一对数，在那里它是对的。可能的原因有以下几种：（1）代码里写死了数；（2）留着前一次调用的结果；（3）某一行对 a = {here_a:g} 或 b = {here_b:g} 另作了处理。每次调用都要用 a 和 b 把两个数算出来。",
    "lesson03.divide.same_everywhere": "检查函数试过的 {count} 个点上，你的函数返回的都是同一对数。这是写死在代码里的数，它们不随 a 和 b 变化。每次调用都要用 a 和 b 把两个数算出来。",
    "lesson03.divide.right": "∂p/∂a = 1/b，∂p/∂b = -a/b²。只要把这两个数存在除法节点上，反向传播的循环就能像处理其他运算一样，把梯度经过除法传回去。",

    # -- lesson03: the graphs a learner's sort and backward loop are tried on (noun phrases: "the graph of ...")
    "lesson03.node.unlabelled": "一个没有标签的节点（data {data:g}）",
    "lesson03.graph.reused": "c 的计算图（b = a + a，c = b + b）",
    "lesson03.graph.lecture": "f 的计算图（d = a*b，e = a + b，f = d*e）",
    "lesson03.graph.lesson01": "L 的计算图（第 01 课）",
    "lesson03.graph.neuron": "o 的计算图（神经元的输出）",
    "lesson03.graph.leaf": "x 的计算图（单个 Value，没有输入）",
    "lesson03.graph.unlabelled": "(a*b) * (a + b) 的计算图（节点都没有标签）",
    "lesson03.graph.zero_factor": "c = s * z（其中 s = a*a，z = 0）",
    "lesson03.graph.self_difference": "r 的计算图（d = a - a，r = d + a）",
    "lesson03.graph.same_labels": "out 的计算图（h = w*x，h = tanh(h)，out = h*3，两个不同的节点都叫 “h”）",
    "lesson03.graph.skip": "r 的计算图（y = tanh(x)，z = tanh(y)，r = y + z）",
    "lesson03.graph.skip_mirrored": "u 的计算图（y = tanh(x)，z = tanh(y)，u = z + y）",
    "lesson03.graph.twins": "s 的计算图（p = a*b，q = a*b，s = p + q）",
    "lesson03.graph.neuron_again": "重新搭建的 o 的计算图（神经元的输出）",
    "lesson03.graph.chain": "x{last} 的计算图（一条 {count} 个节点的链 x0、x1……每个节点是前一个的 tanh）",
    "lesson03.graph.wide": "s{last} 的计算图（{count} 个输入 x0、x1……两两相加求和）",
    "lesson03.graph.diamonds": "x{count} 的计算图（{count} 个菱形叠在一起，x1 = x0*0.5 + x0*0.25，依此类推）",

    # -- lesson03: the topological sort
    "lesson03.topo.is_package": "你的 topological_sort 就是 Value.topological_order，这是包里现成的排序。请自己写这个遍历。先访问节点的输入，再把节点加进列表，并用一个 visited 集合保证每个节点只列一次。",
    "lesson03.topo.package_sort": "你的 topological_sort 调用了 root.topological_order()，这是包里现成的排序。请自己写这个遍历。先访问节点的输入，再把节点加进列表，并用一个 visited 集合保证每个节点只列一次。",
    "lesson03.topo.what": "函数 `topological_sort`",
    "lesson03.topo.kind": "一个函数 topological_sort(root)",
    "lesson03.topo.list_kind": "由 topological_sort 返回的一个列表",
    "lesson03.topo.doing": "给 {graph}排序",
    "lesson03.topo.doing_read": "读取 topological_sort 为 {graph}返回的列表",
    "lesson03.topo.none": "topological_sort 返回了 None。请在函数最后写上 return order。",
    "lesson03.topo.unordered": "topological_sort 返回了{type}，它不保留顺序。请返回一个列表，集合（set）只用来记住访问过的节点。",
    "lesson03.topo.iterator": "topological_sort 返回了{type}，它只能读一遍，也不能用 reversed() 倒着走。请返回一个列表，写成 return order。",
    "lesson03.topo.carried_over": "排完另一张图之后再给 {graph}排序时，你的列表里还留着上一张图的节点。它在两次调用之间被带了过来。{where}",
    "lesson03.topo.same_list": "给 {graph}排序后，你的函数之前为 {earlier}返回的列表也变了。它每次都返回同一个列表，所以每次调用都会改动上一次调用返回的结果。{where}",
    "lesson03.topo.list_changed": "给 {graph}排序后，你的函数之前为 {earlier}返回的列表也变了。它返回过的列表，在再次调用函数时被改动了。{where}",
    "lesson03.topo.second_time": "第二次给 {graph}排序时，你的函数不再把每个节点按顺序各列一次。它把上一次调用留下的东西带进了下一次调用。{where}",
    "lesson03.topo.changes_graph": "给 {graph}排序改动了这张图。节点 {node} 的 {attribute} 变了。排序只应该读这张图，访问过哪些节点要记在你自己的 set 里。",
    "lesson03.topo.changes_label": "给 {graph}排序改动了这张图。节点 {node} 的 label 现在是 {now}。排序只应该读这张图，访问过哪些节点要记在你自己的 set 里。",
    "lesson03.topo.changes_grads": "给 {graph}排序改动了节点 {node} 的 grad。排序只负责把节点列出来，不要动它们的 grad。接下来的反向循环要往这些 grad 里累加，而叶子节点的 grad 里也可能还留着前一次反向传播的结果。",
    "lesson03.topo.doing_distinct": "给一张每个节点 data 都不同的计算图排序",
    "lesson03.topo.doing_distinct_labels": "给一张每个节点 label 都不同的计算图排序",
    "lesson03.topo.revisits": "你给 {graph}排出的列表是对的，但为此读了 {reads} 次节点的输入，而图里只有 {nodes} 个节点。你的函数沿每条路径都把同一个节点再访问一遍，每多一个菱形，工作量就翻一倍。{tall} 个菱形就要大约 2^{tall} 步。请先用 if node not in visited 检查，把节点记为访问过，再访问它的输入。",
    "lesson03.topo.exponential_timeout": "给 {graph}排序没有在 {seconds} 秒内结束。最底下的节点 x0 可以沿 2^{count} 条路径到达。沿每条路径都把节点再访问一遍的排序，大约要走 2^{count} 步。请先用 if node not in visited 检查，把节点记为访问过，再访问它的输入。",
    "lesson03.topo.empty": "对 {graph}，你的列表是空的。定义完 visit 之后，你调用 visit(root) 了吗？然后再 return order。",
    "lesson03.topo.stranger_value": "对 {graph}，你的列表里有 {node}，它不是这张图的节点，根节点并不依赖它（可能是另一张图的节点，或是你的代码新建的 Value）。列表里只能放从根节点顺着 _prev 找到的节点本身。",
    "lesson03.topo.stranger": "对 {graph}，你的列表里有{type}，它不是这张图的节点。请添加节点本身（node，而不是 node.data 或 node.label）。",
    "lesson03.topo.also_missing": "另外，你的列表还漏了 {nodes}。根节点依赖的每个节点都要列上，一直到叶子节点。",
    "lesson03.topo.tries_special_data": "这张图里有 data 为 -1 的节点（p）和 data 为 0 的节点（q），而别的图都对了，所以也可能是按 data 对某些节点另作了处理（对 node.data 写了 `if`）。",
    "lesson03.topo.twice": "对 {graph}，你的列表把 {node} 列了 {count} 次。一个被多次使用的节点可以沿好几条路径到达，但它只能列一次。第一次到达一个节点时，就把它记为访问过（visited.add(node)，放在一个 set 里），之后再遇到记过的节点就跳过。如果已经这样做了，请检查往列表里添加节点的那一行放在哪里、加的是什么。放在 `if node not in visited` 块的外面，它对已经访问过的节点也会运行；在遍历 node._prev 的循环里添加子节点（order.append(child)），子节点每被一个节点用到就会被列一次。请在那个循环之后添加节点本身，只加一次。",
    "lesson03.topo.root_twice": "对 {graph}，你的列表把根节点 {node} 列了 {count} 次。没有节点用到根节点，所以从它出发的遍历只会到达它一次。可能的原因有以下几种：在遍历之外又追加了一次根节点（比如 visit(root) 之后又写了 order.append(root)）；或者往同一个列表里遍历了不止一次。每个节点只在一个地方追加，而且放在它的输入之后。",
    "lesson03.topo.twice_unlabelled": "对 {graph}，你的列表把 {node} 列了 {count} 次。可是带标签的计算图你都排对了，那些图里也有沿好几条路径都能到达的节点。所以你的排序是靠 label 来区分访问过的节点的，而这张图的节点都没有 label。请把访问过的节点本身记下来（visited.add(node)，放在一个 set 里），而不是记 node.label。",
    "lesson03.topo.missing_unlabelled": "对 {graph}，你的列表漏了这张图 {nodes} 个节点中的 {missing} 个，尽管有标签的图都排对了。没有标签（或标签相同）的节点，按标签看都一样。要记住访问过的节点本身（visited.add(node)），而不是 node.label。",
    "lesson03.topo.no_root": "对 {graph}，你的列表漏掉了根节点本身，它是 {name}。列表要以根节点结尾。每个节点都在它的输入之后追加进去，根节点也一样。",
    "lesson03.topo.missing_leaves.one": "对 {graph}，你的列表漏了 {names}。它没有输入，是叶子节点，而由它算出的节点都列上了。叶子节点也要排进拓扑顺序。可能是访问了叶子节点却没有把它加进列表（比如 append 写在 `if node._prev:` 里面），也可能是遍历在叶子节点的上一层就停了，还可能是列表被截短了。",
    "lesson03.topo.missing_leaves.other": "对 {graph}，你的列表漏了 {names}。它们没有输入，是叶子节点，而由它们算出的节点都列上了。叶子节点也要排进拓扑顺序。可能是访问了叶子节点却没有把它加进列表（比如 append 写在 `if node._prev:` 里面），也可能是遍历在叶子节点的上一层就停了，还可能是列表被截短了。",
    "lesson03.topo.missing_operations.one": "对 {graph}，你的列表漏了 {names}。它是由运算得到的节点，而每个叶子节点都列上了。你的遍历到达过它（叶子节点只能经过它到达），却只把叶子节点加进了列表。不管是什么节点，访问到的每个节点都要加进去，放在它的输入之后。也就是在遍历 node._prev 的循环之后写 order.append(node)。",
    "lesson03.topo.missing_operations.other": "对 {graph}，你的列表漏了 {names}。它们都是由运算得到的节点，而每个叶子节点都列上了。你的遍历到达过它们（叶子节点只能经过它们到达），却只把叶子节点加进了列表。不管是什么节点，访问到的每个节点都要加进去，放在它的输入之后。也就是在遍历 node._prev 的循环之后写 order.append(node)。",
    "lesson03.topo.missing": "对 {graph}，你的列表漏了这些节点（{names}）。要访问 node._prev 里的每个输入，以及它们的输入，一直到叶子节点。",
    "lesson03.topo.missing_same_data": "对 {graph}，你的列表漏了 {names}，可是和它 data 相同（{data:g}）的 {twin} 在列表里。每个节点的 data 都不同时，你的函数能把它们全部列出。它按节点里装的东西（data，也许还有别的）区分节点，而不是按节点本身，所以值相同的两个节点看起来像一个。请记住节点本身，写成 visited.add(node) 和 node in visited。",
    "lesson03.topo.missing_many": "对 {graph}，你的列表漏了这张图 {nodes} 个节点中的 {missing} 个，其中有 {names}，尽管课文里那些小图都排对了。请找一找有没有限制，比如循环固定走几步就停（for _ in range(...)），一个计数器，或者访问到一定深度就停。不管图多大，每个输入都要访问。",
    "lesson03.topo.reversed": "对 {graph}，你的列表从根节点 {root} 开始，顺序反了。拓扑顺序先列输入，最后才是根节点（反向传播再倒着走一遍）。可能的原因有以下几种：先添加节点、再访问它的子节点；返回之前把列表反转了；或者顺序在中途丢了（set() 不保留顺序）。请在访问完一个节点的子节点后再添加它，并原样返回这个列表。",
    "lesson03.topo.order_by_chance": "对 {graph}，你的列表从根节点 {root} 开始，每个节点都排在它的输入前面；可是对同一张图新建的一份，它给出的顺序又不一样。所以这个顺序跟的不是计算图，而是别的东西。可能的原因有两种：（1）列表经过了不保留顺序的东西（比如 set()）；（2）排好的列表又按别的东西重新排了一次（sorted()、.sort()）。拓扑顺序先列输入，最后才是根节点。请在访问完一个节点的子节点后再添加它，并原样返回这个列表。",
    "lesson03.topo.before_input": "对 {graph}，你的列表把 {node} 排在了它的输入 {child} 前面。每个节点都必须排在算出它的那些节点之后。可能的原因有以下几种：（1）先添加了节点、后访问它的子节点；（2）按离根节点的远近排的顺序（比如广度优先遍历再倒过来）；（3）列表经过了不保留顺序的东西（比如 set()）；（4）去掉重复时保留了节点最后一次出现的位置，于是它被排到了用到它的节点后面；（5）排好的列表又按别的东西重新排了一次（sorted()、.sort()）。请访问完一个节点的子节点再把它加进列表，并原样返回这个列表。",
    "lesson03.topo.right": "每个节点只出现一次，都排在自己的输入之后，根节点在最后；节点被重复使用时也是这样（b = a + a，c = b + b）。",
    "lesson03.state.default": "默认参数只在 def 运行时创建一次，之后每次调用都共用它。这里是 {names}。请改在函数里面创建，写成 {fix}。",
    "lesson03.state.global": "全局变量只创建一次，每次调用都共用它。这里是 {names}。请改在函数里面创建，写成 {fix}。",
    "lesson03.state.enclosing": "外层函数的变量只创建一次，每次调用都共用它。这里是 {names}。请改在函数里面创建，写成 {fix}。",
    "lesson03.state.attribute": "对象或类的属性在调用结束后还在，每次调用都共用它。这里是 {names}。请改为在函数里面创建局部变量，写成 {fix}。",
    "lesson03.state.marks": "你的代码在节点上做了标记（{names}），调用结束后标记还在，所以对同一张图再调用一次时，这些节点会被跳过。请把访问过的节点记在函数里面新建的 set 里。",
    "lesson03.state.root_marks": "你的代码在根节点 {root} 上设了 {names}，调用结束后它还在，所以对同一张图再调用一次时，会读到上一次调用留下的东西。一次调用需要的东西，请放在函数里面新建的变量里，比如 visited = set()。",
    "lesson03.state.unknown": "请找一找函数外面创建、又被函数改动的东西，比如全局变量、外层函数的变量、类属性、设在函数本身或计算图节点上的属性，或者像 order=[] 这样的默认参数。这样的东西请在函数里面、每次调用时都新建（排序用的 order = [] 和 visited = set() 也一样）。",

    # -- lesson03: the backward loop
    "lesson03.backward.what": "函数 `backward_pass`",
    "lesson03.backward.kind": "一个函数 backward_pass(root)",
    "lesson03.backward.doing": "对 {graph}运行 backward_pass ",
    "lesson03.backward.is_package": "你的 backward_pass 就是 Value.backward，那是包里现成的反向传播。请自己写这个循环。先设 root.grad = 1，然后按逆拓扑顺序，对每个节点做 child.grad += local * node.grad。",
    "lesson03.backward.calls_backward": "你的 backward_pass 调用了 root.backward()，那是包里现成的反向传播。请自己写这个循环。先设 root.grad = 1，然后按逆拓扑顺序，对每个节点做 child.grad += local * node.grad。",
    "lesson03.backward.slip": "在 {graph}上，{hint}",
    "lesson03.backward.generator_function":
        "你的 {name} 里有 `yield`，所以调用它时函数体一行也不会运行。Python 会做出一个生成器，"
        "只有在有代码遍历它的时候才运行，而 {name}(root) 像 backward() 一样只调用一次。"
        "请去掉 `yield`（想看每一步的话，在循环里用 print）。",
    "lesson03.backward.returned_grads":
        "在 {graph}上，你的 backward_pass 返回了{kind}，而根节点以下的每个 grad 都还是 0。"
        "检查函数读取梯度的地方和 backward() 存放梯度的地方一样，是每个节点的 .grad。"
        "如果它里面装的是梯度，请把它们存进 .grad（先设 root.grad = 1，"
        "再按逆拓扑顺序，对每个节点做 child.grad += local * node.grad）。如果不是，"
        "请在循环之前设 root.grad = 1（∂L/∂L = 1），不然就没有东西可往下传。",
    "lesson03.backward.recursive": "在 {graph}上，{label}.grad 是 {got}，但应该是 {expected}，而你的 backward_pass 会对输入调用它自己。一次反向传播要在一个循环里，按逆拓扑顺序把每个节点各走一遍。对一个输入的调用，会在所有用到这个输入的节点都把梯度加给它之前就运行；如果调用里还设了 root.grad = 1，就会把这个输入已经得到的梯度覆盖掉。请只设一次 root.grad = 1，然后遍历 reversed(topological_sort(root))。",
    "lesson03.backward.no_root_grad": "所有 grad 最后都是 0。可能的原因有以下几种：循环之前没有设 root.grad = 1（∂L/∂L = 1，不设就没有东西可往下传）；循环把传下去的 grad 又设回了 0；或者走的不是传进来的 root 的计算图（比如用了笔记本里的 o，而不是 root）。每个节点的 grad 就是要求的结果。请把根节点的 grad 设为 1，其余的 grad 保持循环算完时的样子。",
    "lesson03.backward.every_grad_one": "你的 grad 和这样一个循环留下的一样。它在每个节点往下传之前，都把这个节点的 grad 设成 1，这就丢掉了上面各条路径加给它的梯度。只有根节点的 grad 设为 1，而且只在循环之前设一次。",
    "lesson03.backward.reset_in_loop": "除了根节点，所有 grad 最后都是 0。可能的原因有以下几种：（1）root.grad = 1 写在了循环之后，而不是之前（最先要往下传的正是根节点的 grad，也就是 1）。（2）循环漏掉了根节点（比如 reversed(order[:-1])），或者跳过了它和别的节点（比如循环里有只处理两个输入的节点的 if）。（3）循环在每个节点往下传之后，又把这个节点的 grad 设回了 0。（4）循环没有往下传任何东西。可能是循环没有运行；或者加的是 0（该写 local * node.grad 的地方写成了 local * child.grad）；或者该写 += 的地方写成了 child.grad *= ...，0 乘什么都还是 0；或者跳过了已经在 visited 集合里的子节点，而排序时已经把所有节点都放进了这个集合。（5）循环走的不是传进来的 root 的计算图（比如笔记本里的 o）。每个节点的 grad 就是要求的结果。请把 local * node.grad 加到每个子节点上，并让每个 grad 保持循环算完时的样子。",
    "lesson03.backward.naive_order": "你得到的梯度，正是遍历时每条路径都把节点列一次（就像 naive_order 那样）的结果。节点的梯度每条路径都整个往下传一次，于是被重复计算。请遍历每个节点只列一次的顺序（练习 3 里带 visited 集合的 topological_sort）。",
    "lesson03.backward.pushed_down": "你得到的梯度，正是每个节点一拿到一份梯度就马上往下传（用递归同时沿每条路径往下走）的结果。在两条路径上的节点会把手里已有的梯度传两次，第一份就被传了两遍。要等所有用到这个节点的节点都把梯度加进来以后，再把它往下传。请按拓扑顺序倒着遍历节点。如果你的循环已经是按这个顺序走的，就去看把一份梯度传下去的那一行。child.grad += local * node.grad 把这一份加到子节点已有的梯度上，别的什么也不改。",
    "lesson03.backward.pushed_down_at_once": "你得到的梯度，正是每个节点一拿到一份梯度就马上往下传、同时沿每条路径往下走（用递归，或者用一个在每份梯度加进来时就立刻往下推的循环）的结果。在两条路径上的节点会把手里已有的梯度传两次，第一份就被传了两遍。要等所有用到这个节点的节点都把梯度加进来以后，再把它往下传。请按拓扑顺序倒着遍历节点。如果你的循环已经是按这个顺序走的，就去看把一份梯度传下去的那一行。child.grad += local * node.grad 把这一份加到子节点已有的梯度上，别的什么也不改。",
    "lesson03.backward.one_input_product": "你的循环给每种运算写了一条规则（它读了 node._op），而这张图里有只有一个输入的 `*` 节点。在 x0 * 0.5 里，普通的数 0.5 不是节点，所以 _prev 里只有 x0，_local_grads 里也只有 0.5。每个节点都带着自己的局部导数，_prev 里的每个输入各有一个。请用 zip(node._prev, node._local_grads)，不要给每种运算各写一条规则。",
    "lesson03.backward.rules_per_operation": "你的循环还给每种运算各写了一条规则（它读了 node._op），原因也可能在这里。没有规则的运算（比如 tanh，或者 _op 写法不同的运算）什么也传不下去，各自写的规则也可能有错。每个节点都带着自己的局部导数，每个输入一个。用 zip(node._prev, node._local_grads) 一行就能处理所有运算。",
    "lesson03.graph.minus_one_share": "L 的计算图（d = a*b，e = d * c，L = e + a，其中 a = 2，b = 3，c = -1）",
    "lesson03.graph.special_data": "g 的计算图（p = a * m，q = e + p，g = q + a，其中 e = 1，a = 2，m = -0.5）",
    "lesson03.graph.zero_locals": "L 的计算图（q = a + 1，p = q * z，r = a * z，t = p + r，L = t + a，其中 a = 3，z = 0）",
    "lesson03.graph.minus_one_twice": "L 的计算图（p = a * m，q = a * n，L = p + q，其中 a = 5，m = n = -1）",
    "lesson03.graph.fourth_power": "p 的计算图（q = x * x，r = q * x，p = r * x，x = 5）",
    "lesson03.graph.other_operations": "r 的计算图（q = a / b，r = q ** 2，a = 3，b = -2）",
    "lesson03.backward.subtracts": "你的梯度正是 child.grad -= ...（而不是 +=）算出的结果。每一份都被减掉了，所以正负号反了。请写 child.grad += local * node.grad，把每一份加上去。",
    "lesson03.backward.overwrites": "你得到的 grad 和写成 child.grad = ...（而不是 +=）时一样。最后处理的那条路径把其他路径的贡献覆盖掉了。请改用 child.grad += ...，让各条路径的贡献累加起来。",
    "lesson03.backward.forward_order": "你得到的 grad，和只有根节点把 grad 往下传时一样。可能的原因有以下几种：（1）循环按拓扑顺序从输入走向根节点，没有倒过来走，于是一个节点还没收齐自己的 grad，就先往下传了。请按 reversed(order) 走，从根节点走向输入。（2）循环在第一个节点之后就结束了（循环体里有 return 或 break）。（3）循环走的顺序把根节点排在最前面（如果用的是你自己的 topological_sort，可能它先添加了节点、后访问它的输入）。（4）循环走的根本不是拓扑顺序（先变成了 set()，或者按 data 之类的键排了序，原来的顺序就丢了）。",
    "lesson03.backward.root_grad": "每个子节点得到的是局部导数乘以 root.grad。从上面传来的梯度是正在处理的那个节点的 grad，所以要写 child.grad += local * node.grad。",
    "lesson03.backward.local_only": "每个子节点只得到了局部导数。还要乘以从输出那边传回来的梯度，写成 child.grad += local * node.grad。",
    "lesson03.backward.upstream_only": "每个子节点都原样得到了节点的 grad，好像每个运算都是 + 一样。还要乘以局部导数，写成 child.grad += local * node.grad。",
    "lesson03.backward.pairs_mismatched": "你得到的 grad，和把每个节点的局部导数交给了错误的输入时一样。第一个输入拿到了第二个输入的局部导数。请按顺序配对，zip(node._prev, node._local_grads)，两边都不要反转。",
    "lesson03.backward.children_once": "你得到的 grad，和一个在几条路径上的节点只从第一条路径拿到一份时一样。可能的原因有以下几种：（1）之后的路径上都跳过了这个子节点（比如在反向传播的循环里也用了 visited 集合，像拓扑排序那样）。（2）遍历没有走到每个节点（比如只顺着一个输入往下走）。（3）遍历的顺序让一个节点在所有用到它的节点把梯度加进来之前，就把自己的梯度传了下去（比如按 data 排序，而不是逆拓扑顺序）。一个节点在几条路径上，每条路径都要给它一份。请按逆拓扑顺序遍历每个节点，每次都把 local * node.grad 加到每个子节点上。",
    "lesson03.backward.leaves_skipped": "你得到的 grad，和只有带输入的节点才收到 grad 时一样（if child._prev: ...）。叶子节点，也就是计算图的输入，它们的 grad 正是要求的，却一份也没收到。请把 local * node.grad 加到每个子节点上，叶子节点也一样。",
    "lesson03.backward.first_input_only": "你的 grad 和每个节点只把梯度传给第一个输入时得到的一样。节点的每个输入都要分到自己的一份，写成 for child, local in zip(node._prev, node._local_grads)。",
    "lesson03.backward.inputs_deduplicated": "你得到的 grad，和一个运算两次用到同一个节点（a + a）、却只给了它一份梯度时一样。可能的原因有以下几种：（1）子节点的 grad 取某些数时另作了处理（比如它已有的 grad 是 1 时用了 =）；（2）输入放进了 set 或 dict（比如 zip(set(node._prev), ...)），a 只剩一个；（3）每一份梯度都除以了这个输入出现的次数（node._prev.count(child)）。请用 zip(node._prev, node._local_grads) 把两者原样配对，每一份都完整地加上，用了两次的 a 就得到两份。",
    "lesson03.backward.by_label": "在 {graph}上，你的循环给出的 grad 和 backward() 的不一样，可它在节点各有自己 label 的图上都是对的。它似乎是按 label 区分节点的，这样没有 label 或 label 相同的节点就会共用一个梯度。请把梯度存在节点自己身上（child.grad += local * node.grad），不要存在按 label 索引的字典里。",
    "lesson03.backward.zero_grad": "在 {graph}上，{label}.grad 是 {got}，应该是 {expected}。这里 z = 0，所以 s 的 grad 正好是 0，往下传的也是 0。可能是把 0 当成了“还没传到”（写成 `node.grad or 1` 或 `if node.grad:`），也可能是把为 0 的 grad 都设成了 1。只有根节点的 grad 在循环之前设为 1。",
    "lesson03.backward.slips": "在 {graph}上，你的 grad 和几种常见错误的结果一样。可能的原因有以下几种：{hints}",
    "lesson03.backward.slip.other_change": "也可能是对加上的量 local * node.grad 做了别的改动（改了某个局部导数，或者把某一份截断了），仅凭这些 grad 无法分辨是哪一种。",
    "lesson03.backward.slip.some_assigned": "有的节点（比如叶子节点）写 grad 时用了 =，其余的用了 +=。= 只留下进入这个节点的最后一条路径。每个子节点都要用 +=。",
    "lesson03.backward.slip.walk_order": "一个节点在所有用到它的节点都把梯度加进来之前，就把自己的 grad 传下去了。从根节点出发、沿每条路径一路往下走（比如递归）的遍历，在一个节点被用了两次时就会这样。请按逆拓扑顺序走遍所有节点。",
    "lesson03.backward.changes_graph": "对 {graph}运行 backward_pass 改动了这张图。节点 {node} 的 {attribute} 变了。反向传播只应该改 grad。",
    "lesson03.backward.changes_label": "对 {graph}运行 backward_pass 改动了这张图。节点 {node} 的 label 现在是 {now}。反向传播只应该改 grad。",
    "lesson03.backward.touches_earlier": "对 {graph}运行 backward_pass，改动了之前运行过的 {earlier}的 grad，而这次并没有把那张图交给它。{label}.grad 从 {was:.4g} 变成了 {now:.4g}。它把节点从一次调用留到了下一次。{where}",
    "lesson03.backward.second_time": "把 {graph}的 grad 都设回 0 再运行一次，backward_pass 给出 {label}.grad = {got}，而不是 {expected}。它把上一次调用留下的东西带进了下一次调用。{where}",
    "lesson03.topo.first_again": "你的 topological_sort 一开始把 {graph}排对了，可是在这项检查里调用了 {calls} 次之后再排这张图，得到的列表却不是它的拓扑顺序。它把上一次调用留下的东西带进了下一次调用，改变了算出的结果。{where}",
    "lesson03.topo.first_again_unseen": "你的 topological_sort 一开始把 {graph}排对了，可是在这项检查里调用了 {calls} 次之后再排这张图，得到的列表却不是它的拓扑顺序。所以它每次调用算出的结果会变。可能的原因有两种：（1）它把上一次调用留下的东西带进了下一次调用，而且存在检查函数看不到的地方；（2）它处理节点的顺序每次运行都会变（比如从集合里取节点）。{where}",
    "lesson03.backward.first_again": "你的 backward_pass 一开始在 {graph}上是对的，可是在这项检查里调用了 {calls} 次之后，在这张图的一个新副本上，它给出 {label}.grad = {got}，而不是 {expected}。它把上一次调用留下的东西带进了下一次调用，改变了算出的结果。{where}",
    "lesson03.backward.first_again_unseen": "你的 backward_pass 一开始在 {graph}上是对的，可是在这项检查里调用了 {calls} 次之后，在这张图的一个新副本上，它给出 {label}.grad = {got}，而不是 {expected}。所以它每次调用算出的结果会变。可能的原因有两种：（1）它把上一次调用留下的东西带进了下一次调用，而且存在检查函数看不到的地方。（2）它处理节点的顺序每次运行都会变（比如从集合里取节点）。{where}",
    "lesson03.backward.twice_graph": "p = a * b（a = 2，b = -3），调用两次",
    "lesson03.backward.twice_root": "在 p = a * b 上连续调用两次、中间不清零，你的 backward_pass 留下的 p.grad = {got}，而每次调用之后它都应该是 1。要设 root.grad = 1.0（∂L/∂L 等于 1），不是往上加 1。",
    "lesson03.backward.twice_reset": "在 p = a * b（a = 2，b = -3）上连续调用两次、中间不清零，你的 backward_pass 给出 a.grad = -3、b.grad = 2，只相当于一遍的结果，应该是 -6 和 4。每次调用都往 .grad 上累加（两遍之后，输入的 grad 是两遍之和），只有调用者才把梯度设回 0。可能的原因有以下几种：你的 backward_pass 一开始就把梯度设成了 0；或者写 grad 时用了 =（node.grad = ...），而不是往已有的值上加的 +=。",
    "lesson03.backward.twice_wrong": "在 p = a * b（a = 2，b = -3）上连续调用两次、中间不清零，你的 backward_pass 给出 a.grad = {a}、b.grad = {b}，应该是两遍的和 -6 和 4。",
    "lesson03.backward.wrong": "在 {graph}上，{label}.grad 是 {got}，但应该是 {expected}。可以检查这几处。循环之前有没有设 root.grad = 1？是不是按逆拓扑顺序，从根节点走向输入，并且经过每一个节点（中间节点也要在轮到它之前得到自己的 grad）？每个子节点是否用 zip(node._prev, node._local_grads) 配上了它自己的局部导数？是不是写成 child.grad += local * node.grad，而且对每个节点都用 +=（不能对某些节点，比如中间节点，用 =）？有没有对某些节点或子节点另作处理（对 grad 或局部导数写了 `if`，比如为 0、1 或 -1 写的）？如果用的是你自己的 topological_sort，它对不对？",
    "lesson03.backward.root_changed": "在 {graph}上，除了根节点自己的 grad，其余都对。{label}.grad 是 {got}，应该是 1。可能是循环结束后又改了它，也可能是从来没有把它设为 1。请在循环之前设 root.grad = 1，之后不要再动它。backward() 留下的就是 1（∂L/∂L）。",
    "lesson03.backward.between_zero": "在 {graph}上，每个输入的 grad 都是对的，但中间节点 {label} 的 grad 是 0，应该是 {expected}。你的反向传播让中间节点的 grad 停在 0。可能是循环之后又把它们设回了 0，也可能是根本没有把它们留下来。请让每个 grad 保持反向传播留下的值。图和逐步演示都会显示它们，每一个都是输出对那个节点的导数。",
    "lesson03.backward.tries_minus_one": "这里 d 的 grad 正好是 -1，所以也可能是 grad 取某些数（0、1 或 -1）时跳过了这个节点，或者另作了处理（比如在那里用 = 代替了 +=）。",
    "lesson03.backward.tries_zero_locals": "这里 a 先从 L 得到 1，再分到两份 0（经过 r，它对 a 的局部导数是 z = 0；经过 q，它的 grad 是 0），所以也可能是在那里把 grad 设成了 0，而不是加上 0。",
    "lesson03.backward.tries_minus_one_twice": "这里 a 分到的第一份正好是 -1，所以也可能是子节点的 grad 取某些数时另作了处理（比如 grad 为 -1 之后用 = 代替了 +=）。",
    "lesson03.backward.tries_skip": "这张图里从 r 到 y 有长短不同的路径（r = y + z，z = tanh(y)），而且局部导数不是整齐的数。可能的原因有以下几种：（1）按离根节点的远近排的顺序（比如广度优先遍历再倒过来）会把 z 排在 y 前面，可是 z 要先把梯度传给 y。（2）顺序里先列节点、后列它的输入（访问输入之前就把节点加进列表），又照原样遍历，这也会把 y 排在 z 前面。（3）数在中途被改了（四舍五入过，或者把局部导数写死在代码里）。",
    "lesson03.backward.tries_twins": "这张图里有两个 data、运算和输入都相同的节点（p = a*b 和 q = a*b）。visited 集合如果比较的不是节点本身，就会把它们当成一个。",
    "lesson03.backward.right": "在试过的每张计算图上，你的循环都给出和 Value.backward() 一样的 grad，节点被多次使用的地方也一样。",

    # -- lesson03: gradients add up (t = s*s + s)
    "lesson03.accumulate.what": "s.grad，一个数",
    "lesson03.accumulate.right": "s.grad = 3 + 3 + 1 = 7。s 沿三条路径到达 t（两条经过 s*s，一条直接到达），三份贡献累加起来。用微积分验算，d(s² + s)/ds = 2s + 1 = 7。",
    "lesson03.accumulate.square_only": "6 只算了 s*s。s 还被单独加了一次（+ s），这条路径再加 1。",
    "lesson03.accumulate.one_input": "4 只算了 s*s 传给 s 的一份梯度（3），再加上直接那条路径的 1。s 在 s*s 里出现了两次。这个 * 节点的两个输入各得到 3（另一个输入的值），所以光 s*s 就给出 3 + 3。",
    "lesson03.accumulate.overwritten": "{value:g} 只是一条路径的贡献。用 `=` 而不是 `+=` 的反向传播也可能得到这个数，因为最后一条路径覆盖了其他路径。所有路径传来的梯度要累加起来。",
    "lesson03.accumulate.direct_only": "1 只是直接那条路径（+ s）的贡献，也是 t.grad，即输出自己的 grad（∂t/∂t = 1），而题目要的是 s.grad。没有用 reversed()、按正序走的反向传播也会得到这个数，因为它处理 s*s 时，s*s 还没从 t 那里得到梯度（还是 0），所以只有直接那条路径算进去了。所有路径传来的梯度要累加起来。",
    "lesson03.accumulate.value_of_t": "12 是 t 的值 s*s + s。问的是 s.grad = ∂t/∂s。",
    "lesson03.accumulate.value_of_square": "9 是 s*s 的值。问的是 s.grad = ∂t/∂s。",
    "lesson03.accumulate.twice": "14 是 7 的两倍。有两次反向传播都往 s.grad 里加了数，而叶子节点的 grad 会在多次反向传播之间累加。可能是 t.backward() 运行了两次，也可能是在同一个 s 上又建了一张图（再写一次 t = s * s + s），没有先把 s.grad 设为 0 就又做了一次反向传播。请重新搭建 s 和 t，只调用一次 t.backward()。",
    "lesson03.times.estimate": "{value:.10g} 很接近答案，它像是有限差分的估计值（像第 01 课那样挪动 q）。链式法则给出的是精确的数，也就是 q.grad = (∂p/∂q) × p.grad。",
    "lesson03.accumulate.estimate": "{value:.10g} 很接近答案，它像是有限差分的估计值。反向传播给出的是精确的数。调用 t.backward() 之后，把 s.grad 放进 answer。",
    "lesson03.accumulate.zero": "0 是还没有做任何反向传播时的 s.grad。可能的原因有以下几种：没有调用 t.backward()（t.backward 后面漏了 () 的话，只是引用了这个方法，什么也没运行）；调用之后又把 grad 设回了 0；或者你自己写的反向传播循环把梯度乘了进去（该写 += 的地方写成了 child.grad *= ...，0 乘什么都还是 0）。然后把从 s 到 t 的每条路径的贡献加起来。",
    "lesson03.accumulate.otherwise": "{value} 不是 s.grad。把从 s 到 t 的每条路径的贡献加起来。",

    # -- lesson03: ∂L/∂b1 by the chain rule
    "lesson03.grad_b1.what": "函数 `grad_b1`",
    "lesson03.grad_b1.kind": "一个函数 grad_b1(x, y, w1, b1, w2, b2)",
    "lesson03.grad_b1.doing": "调用 grad_b1({point}) ",
    "lesson03.grad_b1.value_of_the_number": "grad_b1 返回了一个 Value，它的 data（{data}）正是要的数。请直接返回这个数，不要把它包进 Value（用普通的数来算，return 2 * (y_hat - y) * ...）。",
    "lesson03.grad_b1.value": "grad_b1 返回了一个 Value（data {data:g}，grad {grad:g}），不是一个数。如果这是调用 backward() 之后的 b1，应该返回它的 .grad；不过练习要的是用链式法则公式算出的数。",
    "lesson03.grad_b1.not_a_number": "grad_b1 应该返回一个数；它返回的是 {result!r}。",
    "lesson03.grad_b1.def_order": "按你 def 那一行里的名字来看，公式是对的，可是那一行把参数排成了 ({order})。检查函数和练习一样，按 grad_b1(x, y, w1, b1, w2, b2) 的顺序传入数字，所以你的每个名字拿到的都是别的参数的数。请按这个顺序写 def 那一行，写成 def grad_b1(x, y, w1, b1, w2, b2)。",
    "lesson03.grad_b1.autograd": "你的函数搭建了 Value 并调用了 backward()，这是让自动求导替你算出这个数。练习要的是用普通的数写出的链式法则公式 ∂L/∂y_hat × ∂y_hat/∂h × ∂h/∂z × ∂z/∂b1。",
    "lesson03.grad_b1.same_everywhere": "你的函数在试过的 {points} 个点上都返回 {got}，可是 ∂L/∂b1 在不同的点上并不一样。它没有用参数来算。可能的原因有以下几种：用了笔记本里算例的变量（dL_dyhat、dh_dz 等），而不是传进来的参数；写死在代码里的数；或者前一次调用留下的数。请用 x、y、w1、b1、w2 和 b2 来算。",
    "lesson03.grad_b1.tanh": "你的数是把 sigmoid 换成 tanh 之后那个网络的 ∂L/∂b1。这个网络的 h 是 sigmoid(z) = 1 / (1 + exp(-z))，它的导数是 h (1 - h)，不是 1 - h²。",
    "lesson03.grad_b1.right": "∂L/∂b1 = 2 (y_hat - y) × w2 × h (1 - h) × 1，在试过的每个点上都和自动求导的结果一致。",
    "lesson03.grad_b1.sign": "符号反了。∂L/∂y_hat = 2 (y_hat - y)，不是 2 (y - y_hat)。",
    "lesson03.grad_b1.no_sigmoid": "少了 ∂h/∂z，也就是 sigmoid 的导数 h (1 - h)。",
    "lesson03.grad_b1.no_w2": "少了 ∂y_hat/∂h，也就是系数 w2。",
    "lesson03.grad_b1.dL_dw1": "这是 ∂L/∂w1。链式法则里最后乘的 ∂z/∂b1 是 1，不是 x。",
    "lesson03.grad_b1.no_two": "少了平方带来的系数 2。",
    "lesson03.grad_b1.dL_dw2": "这是 ∂L/∂w2，因为 ∂y_hat/∂w2 是 h。对 b1 来说，∂y_hat/∂h 是 w2，然后还要乘以 h (1 - h)（∂h/∂z）和 ∂z/∂b1 = 1。",
    "lesson03.grad_b1.dL_db2": "这是 ∂L/∂b2。b1 在更深的地方，还要乘以 w2（∂y_hat/∂h）和 h (1 - h)（∂h/∂z）。",
    "lesson03.grad_b1.estimate": "在 x = {x}，y = {y}，w1 = {w1}，b1 = {b1}，w2 = {w2}，b2 = {b2} 处，自动求导给出 {autograd}，你的函数给出 {got}。两者很接近，但不完全相等。这是有限差分的估计（挪动 b1 得到的）、四舍五入过的数，还是从前一次调用留下来的东西（在别的输入处算出的 h）？请用链式法则的精确公式 ∂L/∂y_hat × ∂y_hat/∂h × ∂h/∂z × ∂z/∂b1 算出并返回这个数。",
    "lesson03.grad_b1.ignores.one": "在每个点上，你的结果都等于把 {names} 固定为本课的值（{values}）时正确的 ∂L/∂b1，不管检查函数传进来的是多少。也就是说，你的函数没有用到参数 {names}。可能的原因有以下几种：在它的位置写了一个数；或者读了笔记本里的变量，而不是参数。请用函数收到的六个参数来算。",
    "lesson03.grad_b1.ignores.other": "在每个点上，你的结果都等于把 {names} 固定为本课的值（{values}）时正确的 ∂L/∂b1，不管检查函数传进来的是多少。也就是说，你的函数没有用到参数 {names}。可能的原因有以下几种：在它们的位置写了数；或者读了笔记本里的变量，而不是参数。请用函数收到的六个参数来算。",
    "lesson03.grad_b1.wrong": "在 x = {x}，y = {y}，w1 = {w1}，b1 = {b1}，w2 = {w2}，b2 = {b2} 处，自动求导给出 {autograd}，你的公式给出 {got}。要把四个局部导数 ∂L/∂y_hat × ∂y_hat/∂h × ∂h/∂z × ∂z/∂b1 乘起来，每一个都用函数自己的参数来算。可以检查这几处。（1）有没有漏掉一个因子、多乘了一个因子，或弄错符号。（2）sigmoid 的导数 h(1 - h) 对不对。（3）每个因子用的是不是该用的权重。（4）前向的计算，也就是 z、h 和 y_hat 是怎么算的（别忘了 b2）。",
    "lesson03.grad_b1.swapped_in_body": "在每个点上，你的数都是两个参数对调之后的正确 ∂L/∂b1，就像按 grad_b1({order}) 读参数一样。你的 def 行里参数的顺序和练习一样，所以是函数体里把其中一个用在了另一个该在的地方。请在公式里找找对调的那两个。",
    "lesson03.grad_b1.arguments_swapped": "在每个点上，你的数都是把两个参数对调之后的正确 ∂L/∂b1。你的函数是按 grad_b1({order}) 的顺序读参数的。检查函数按练习给的顺序调用 grad_b1(x, y, w1, b1, w2, b2)，请让 def 行里的参数也按这个顺序排。",
    "lesson03.grad_b1.wrong_only_far": "检查函数试过的那些数较小的点上，你的公式都是对的，到了 x = {x}，y = {y}，w1 = {w1}，b1 = {b1}，w2 = {w2}，b2 = {b2} 处却错了。自动求导在那里给出 {autograd}，你的公式给出 {got}。所以你的函数里有什么东西把大的数另作处理（比如按数的大小分情况，或者设了上限）。不管参数是什么数，都请算 2 (y_hat - y) w2 h (1 - h)。",
    "lesson03.grad_b1.overflow_far": "检查函数试过的那些数较小的点上，你的公式都是对的。在这个点上 z = w1 x + b1 是 {z}，sigmoid 里的 math.exp 并不会溢出，所以你的函数在这里算的是另一个数（比如按数的大小分情况，或者 z 的算法不一样）。",
    "lesson03.grad_b1.size_only": "你的数是 ∂L/∂b1 的大小。它为正的地方你是对的，但在 x = {x}，y = {y}，w1 = {w1}，b1 = {b1}，w2 = {w2}，b2 = {b2} 处，自动求导给出 {autograd}，你的公式给出 {got}。符号也是梯度的一部分（它说明 b1 该往哪边挪），请去掉把符号弄丢的那一步（比如 abs()）。",
    "lesson03.grad_b1.apart_at": "在 x = {x}，y = {y}，w1 = {w1}，b1 = {b1}，w2 = {w2}，b2 = {b2} 处，你的函数返回 {got}，这正是它在前面一个只有 {differ} 不同的点上返回过的数（自动求导在这里给出 {autograd}）。把 {differ} 再挪 0.37，它又对了。所以它对 {values} 另作了处理，问题多半出在单独处理这个数的那一行（一个 `if`，或者为 0、1、-1 写的捷径）。请用全部六个参数来算，而且对每个数都用同一种算法。",
    "lesson03.grad_b1.kept_between_calls": "在 x = {x}，y = {y}，w1 = {w1}，b1 = {b1}，w2 = {w2}，b2 = {b2} 处，你的函数返回 {got}，这正是它在前面一个只有 {differ} 不同的点上返回过的数（自动求导在这里给出 {autograd}）。你的函数把结果留到了下一次调用，而且只按部分参数去找。请每次调用都用全部六个参数来算。",
    "lesson03.grad_b1.not_repeatable": "在 x = {x}，y = {y}，w1 = {w1}，b1 = {b1}，w2 = {w2}，b2 = {b2} 处，你的函数先返回了 {earlier}，再用这组数调用时（这项检查的第 {call} 次调用）又返回了 {later}。同样的六个数得到了两个答案。只用参数计算的函数不会这样，所以你的函数把上一次调用留下的东西带进了下一次调用，可能是全局变量、默认参数、属性，或者外层函数的变量。请每次调用都只用这六个参数来算。",


    # ---- end of exercises 01-03 ----------------------------------------



    # ==================================================================
    # exercises: lessons 04-06, engine_check
    # ==================================================================
    # The ".doing" phrases finish learner_code's sentence about an exception
    # ("..., while {doing}." / "{doing}时，……"): a verb phrase ("calling step()",
    # "调用 step()"), in Chinese never starting with 在. The ".what" phrases finish
    # answers' placeholder ("Replace `None` with {what}"): a noun phrase. Where a
    # template has {said}, that field is the whole sentence before it.
    # -- lesson 04: the second update, the largest learning rates --------
    "lesson04.second_step.what": "第二次更新后 w 的值，一个数",
    "lesson04.second_step.right":
        "在 w = -0.2 处，梯度是 2 * (-0.2 - 3) = -6.4，所以 w = -0.2 - 0.1 * (-6.4) = 0.44。这一步（0.64）比第一步（0.8）短。w 越接近最低点 3，梯度的大小就越小。",
    "lesson04.second_step.uphill":
        "你加上了 learning_rate * 梯度，这是往上坡走。更新规则是减去它，写成 w - 0.1 * (-6.4)。",
    "lesson04.second_step.gradient":
        "-6.4 是 w = -0.2 处的梯度 2 * (w - 3)。接下来把它代入更新公式 "
        "w - learning_rate * 梯度。",
    "lesson04.second_step.step_length":
        "0.64 是第二步让 w 移动的距离（learning_rate * 梯度的大小），不是新的 w。"
        "新的 w 是旧的 w 减去 learning_rate * 梯度，要算 -0.2 - 0.1 * (-6.4)。",
    "lesson04.second_step.step":
        "-0.64 是这一步的 learning_rate * 梯度 = 0.1 * (-6.4)，不是新的 w。"
        "新的 w 是旧的 w 减去它，要算 -0.2 - (-0.64)。",
    "lesson04.second_step.not_reset":
        "没有把 w.grad 清零，就会得到 1.24。backward() 把新梯度 -6.4 累加到旧的 -8 上，于是 -0.2 - 0.1 * (-14.4) = 1.24。第二步的梯度只是 w = -0.2 处的梯度 -6.4。",
    "lesson04.second_step.old_gradient":
        "0.6 用的还是第一步的梯度 -8。梯度要在新的 w = -0.2 处重新计算。",
    "lesson04.second_step.from_start":
        "你是从 w = -1 出发的。第二次更新要从第一次更新落下的地方出发，也就是 w = -0.2。",
    "lesson04.second_step.first_update":
        "-0.2 是第一次更新后的 w（课程里已经打印出来了）。从这里再更新一次。",
    "lesson04.second_step.start": "-1 是起点的 w，还没有做任何更新。",
    "lesson04.second_step.bottom":
        "3 是曲线的最低点，也是 w 要去的地方。学习率为 0.1 时，一步走不到那里。",
    "lesson04.second_step.loss": "10.24 是 w = -0.2 处的损失，不是新的 w。",
    "lesson04.second_step.loss_after":
        "6.5536 是 w = 0.44 处的损失 (w - 3)**2，而 0.44 正是第二次更新后的 w。练习要的是这个 w 本身。",
    "lesson04.second_step.third":
        "0.952 是第三次更新后的 w。练习要的是第二次，也就是从 w = -0.2 出发再更新一次。",
    "lesson04.second_step.uphill_twice":
        "-2.76 是把 - 写成 + 之后两次更新得到的数，从 -1 到 -1.8，再到 -2.76，每一步都往上坡走。"
        "应该减去，写成 w - 0.1 * 梯度。",
    "lesson04.second_step.first_length":
        "0.8 是第一次更新的长度（从 -1 到 -0.2），也是每次更新时 w - 3 所乘的系数 1 - 2 × 0.1。"
        "练习要的是第二次更新后的 w，也就是从 w = -0.2 出发再更新一次。",
    "lesson04.second_step.no_rate":
        "6.2 是 -0.2 - (-6.4)，把整个梯度当成了这一步。这一步应该是学习率乘以梯度，也就是 0.1 * (-6.4)。",
    "lesson04.second_step.sign":
        "6.4 是梯度的大小，但符号错了。2 * (-0.2 - 3) = -6.4。然后再更新 w。",
    "lesson04.second_step.half_step":
        "0.12 是步长只有一半时得到的数。可能是梯度写成了 w - 3 = -3.2，漏掉了导数里的因子 2"
        "（(w - 3)**2 的导数是 2 * (w - 3)），也可能是学习率用成了 0.05。"
        "先算出 w = -0.2 处的梯度 2 * (w - 3)，再算 w - 0.1 * 梯度。",
    "lesson04.second_step.half_steps_from_start":
        "-0.24 是从 w = -1 出发、每步只走一半时，两步之后得到的数。可能是梯度写成了 w - 3，"
        "漏掉了导数里的因子 2，也可能是学习率用成了 0.05。第一次更新落在 -0.2（课程里已经打印出来了）。"
        "从那里算出梯度 2 * (w - 3)，再算 w - 0.1 * 梯度。",
    "lesson04.second_step.otherwise":
        "{value} 不是第二次更新后的 w。先算出 w = -0.2 处的梯度 2 * (w - 3)，"
        "再算 w - 0.1 * 梯度。",
    "lesson04.rate.what": "不会发散的最大学习率，一个数",
    "lesson04.infinity": "∞",
    "lesson04.minus_infinity": "-∞",
    "lesson04.rate.nan":
        "nan 不是一个数。用它运行，每一步得到的都是 nan，既谈不上发散，也谈不上不发散。"
        "请给出不会发散的最大学习率，它应该是一个数。",
    "lesson04.rate.zero":
        "lr = 0 时参数一动不动。每次更新减去的是 0 * 梯度，所以参数始终停在起点。这样不会发散，但稍大一点的学习率也不会发散。找出仍然不发散的最大学习率。",
    "lesson04.rate.negative_parabola":
        "负的学习率（lr = {lr}）会加上梯度。它往上坡走，系数 1 - 2 * lr 大于 1，结果发散。学习率是正数；找出不会发散的最大正学习率。",
    "lesson04.rate.negative_bowl":
        "负的学习率（lr = {lr}）会加上梯度。它往上坡走，两个系数都大于 1，结果发散。学习率是正数；找出不会发散的最大正学习率。",
    "lesson04.largest_rate.right":
        "每次更新都把到最低点的距离乘以 1 - 2 * lr。lr = 1 时这个系数是 -1，w 永远在 -1 和 7 之间来回跳。0 < lr < 1 时离最低点越来越近（lr > 0.5 时在最低点两侧来回跳着靠近）；lr > 1 时越来越远，结果发散。",
    "lesson04.largest_rate.fastest":
        "0.5 是收敛最快的学习率。这时系数 1 - 2 * lr 等于 0，一步就落在 w = 3 上。更大的学习率会越过最低点，但只要系数还在 -1 和 1 之间，就不会发散。",
    "lesson04.largest_rate.diverges":
        "lr = {lr} 时，系数 1 - 2 * lr 是 {factor}，小于 -1。每一跳都比上一跳更远，结果发散。找出让系数正好等于 -1 的 lr。",
    "lesson04.largest_rate.bounded":
        "lr = {lr} 时，系数 1 - 2 * lr 是 {factor}，在 -1 和 1 之间，所以不会发散。但比它稍大一些的学习率同样不会发散。找出让系数不小于 -1 的最大 lr（系数正好是 -1 时，每一跳的大小不变，还不算发散）。",
    "lesson04.bowl_rate.right":
        "w2 方向陡十倍。它的系数 1 - 20 * lr 在 lr = 0.1 时就到了 -1，而 w1 方向允许到 1。最陡的方向决定上限，平缓的方向于是走得很慢。",
    "lesson04.bowl_rate.w1_limit":
        "1 只是 w1 方向单独的上限（系数 1 - 2 * lr）。w2 方向陡十倍，它的系数是 1 - 20 * lr。",
    "lesson04.bowl_rate.w2_zero":
        "0.05 让 w2 的系数 1 - 20 * lr 正好等于 0（w2 一步就到 0）。学习率再大一些也不会发散。只要 w2 的系数还没到 -1，w2 虽然来回震荡，跳动却越来越小。",
    "lesson04.bowl_rate.bounded":
        "lr = {lr} 时，w1 的系数（1 - 2 * lr）是 {w1}，w2 的系数（1 - 20 * lr）是 {w2}，都在 -1 和 1 之间，所以不会发散。但比它稍大一些的学习率同样不会发散。找出让两个系数都不小于 -1 的最大 lr（系数正好是 -1 时，每一跳的大小不变，还不算发散）。",
    "lesson04.bowl_rate.w2_diverges":
        "lr = {lr} 时，w2 的系数 1 - 20 * lr 是 {w2}，小于 -1。w2 每一步都跳得更远，结果发散（w1 的系数还在 -1 和 1 之间，但只要有一个方向发散就够了）。找出让 1 - 20 * lr 正好等于 -1 的 lr。",
    "lesson04.bowl_rate.both_diverge":
        "lr = {lr} 时，w2 的系数 1 - 20 * lr 是 {w2}，小于 -1。w2 每一步都跳得更远，结果发散（w1 的系数也小于 -1，两个方向都发散）。找出让 1 - 20 * lr 正好等于 -1 的 lr。",

    # -- lesson 04: descend(loss, start, learning_rate, steps) -----------
    "lesson04.descend.doing": "在 {loss} 上运行 {call} ",
    "lesson04.descend.doing_list": "读取你的 descend 返回的列表",
    "lesson04.descend.none":
        "你的 descend 返回了 None。在最后写上 `return path`，返回它走过的每一个 w 组成的列表。",
    "lesson04.descend.one_number":
        "你的 descend 只返回了{kind}，不是列表。要返回每一个 w 组成的列表，"
        "先是起点，再是每次更新后的 w。",
    "lesson04.momentum.changed_params":
        "Momentum(params, {lr}, {momentum}) 改动了传给它的列表 params。它原来有 {before} 个 Value，你的 __init__ 之后变成了 {after} 个。调用者的列表要保持原样，可以直接保存它（self.params = params），也可以保存一份副本（self.params = list(params)）。",
    "lesson04.momentum.reordered_params":
        "Momentum(params, {lr}, {momentum}) 改变了传给它的列表 params 的顺序（比如给它排了序）。请不要改动调用者的列表。可以直接保存它（self.params = params），或者保存一个副本（self.params = list(params)），需要别的顺序时就给副本排序。",
    "lesson04.descend.not_a_list": "你的 descend 返回了{kind}；它应该返回一个数的列表。",
    "lesson04.descend.same_value":
        "你的列表里同一个 Value 对象出现了不止一次，所以每一项显示的都是最后的 w。"
        "要追加数 w.data，而不是 Value w。",
    "lesson04.descend.not_numbers":
        "你的列表里有{kind}；它里面应该是数（每次更新后的 w.data）。",
    "lesson04.descend.no_start":
        "在 {loss} 上运行 {call} 时，你的列表漏掉了起点。先放 w = {start}，再放每次更新后的 w。",
    "lesson04.descend.one_short.one":
        "在 {loss} 上运行 {call} 时，你的列表里只有起点，没有这一次更新后的 w。可能的原因有两种："
        "在循环里先追加 w 再更新（更新后的 w 就进不了列表）；或者根本没有更新。列表要先放起点（在循环之前），"
        "再在更新之后追加 w。",
    "lesson04.descend.one_short.other":
        "在 {loss} 上运行 {call} 时，你的列表里有起点和每次更新后的 w，唯独缺了最后一次（第 {count} 次）更新后的 w。"
        "可能的原因有两种：在循环里先追加 w 再更新（最后一个 w 就进不了列表）；或者更新比 steps 少做了一次"
        "（range(steps - 1)）。列表要先放起点（在循环之前），再在 {count} 次更新的每一次之后追加 w。",
    "lesson04.descend.length.one":
        "在 {loss} 上运行 {call} 时，你的列表有 {count} 个数，应该有 {expected} 个。"
        "先是起点，再是每次更新后的 w。",
    "lesson04.descend.length.other":
        "在 {loss} 上运行 {call} 时，你的列表有 {count} 个数，应该有 {expected} 个。"
        "先是起点，再是每次更新后的 w。",
    "lesson04.descend.one_list":
        "每条路径都是对的，但检查函数接着调用 {second} 之后，{first} 返回的那个列表变了。你的 descend 每次返回的都是"
        "同一个列表，这个列表在调用结束后仍然存在（放在函数外面，或者是默认参数，比如 path=[] 只在 def 运行时建一次），每次调用都先清空再重新填满，所以你保存下来的路径会被下一次调用覆盖。"
        "请每次调用都在 descend 里新建列表（在函数里写 path = [w.data]）。",
    "lesson04.descend.same_list":
        "每条路径都是对的，但检查函数两次调用 {first}，你的 descend 两次返回的是同一个列表。"
        "调用者改动其中一个（比如往里追加），另一个也会跟着变。"
        "请按练习的要求，每次调用都新建一个列表（把存下的列表原样交回去的缓存做不到这一点）。",
    "lesson04.descend.keeps_earlier":
        "在 {loss} 上运行 {call} 时，你的列表开头是前几次调用的 w，后面才是这次对的 w。"
        "你的 descend 把列表从一次调用留到了下一次。每次调用都要在 descend 里新建列表"
        "（在函数里写 path = [w.data]，不要用函数外面建的列表，也不要用 path=[] 这样的默认参数）。",
    "lesson04.descend.done.none": "一次也没更新",
    "lesson04.descend.done.some": "只更新了 {done} 次",
    "lesson04.descend.stops_early.one":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。"
        "停下时 w = {w}，梯度的大小只有 {grad}。前几次调用都做了更多次更新，每次的梯度都更大。"
        "看来你的循环在梯度（或损失、或步长）变小时，或者 w 取某个值时，或者步数取某个值时（这次是 {count} 步），就停下了。要做满 {count} 次更新。"
        "梯度很小并不说明 w 已经到了谷底。",
    "lesson04.descend.stops_early.other":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。"
        "停下时 w = {w}，梯度的大小只有 {grad}。前几次调用都做了更多次更新，每次的梯度都更大。"
        "看来你的循环在梯度（或损失、或步长）变小时，或者 w 取某个值时，或者步数取某个值时（这次是 {count} 步），就停下了。要做满 {count} 次更新。"
        "梯度很小并不说明 w 已经到了谷底。",
    "lesson04.descend.stops_at_zero.one":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。"
        "停下时 w = {w}，梯度正好是 0，w 已经在谷底。前几次调用都做了更多次更新。"
        "看来你的循环在梯度（或损失、或步长）为 0 或很小时，或者 w 取某个值时，或者步数取某个值时（这次是 {count} 步），就停下了。这 {count} 次更新还是要做满"
        "（在谷底的更新不会让 w 移动）。不管 w 在哪里，descend 每一步都要记下一个 w。",
    "lesson04.descend.stops_at_zero.other":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。"
        "停下时 w = {w}，梯度正好是 0，w 已经在谷底。前几次调用都做了更多次更新。"
        "看来你的循环在梯度（或损失、或步长）为 0 或很小时，或者 w 取某个值时，或者步数取某个值时（这次是 {count} 步），就停下了。这 {count} 次更新还是要做满"
        "（在谷底的更新不会让 w 移动）。不管 w 在哪里，descend 每一步都要记下一个 w。",
    "lesson04.descend.stops_large.one":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。"
        "停下时 w = {w}，梯度的大小是 {grad}，比之前各次更新时的梯度都大。"
        "看来你的循环在 w、梯度或损失变大（或者损失上升）时就停下了。要做满 {count} 次更新。"
        "就算路径越跑越远，descend 也要返回每一个 w。",
    "lesson04.descend.stops_large.other":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。"
        "停下时 w = {w}，梯度的大小是 {grad}，比之前各次更新时的梯度都大。"
        "看来你的循环在 w、梯度或损失变大（或者损失上升）时就停下了。要做满 {count} 次更新。"
        "就算路径越跑越远，descend 也要返回每一个 w。",
    "lesson04.descend.stops_count.one":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。停下时 w = {w}，梯度的大小是 {grad}。要做满 {count} 次更新。",
    "lesson04.descend.stops_count.other":
        "在 {loss} 上运行 {call} 时，你的循环应该更新 w {count} 次，实际{done_said}就停了。停下时 w = {w}，梯度的大小是 {grad}；之前更新次数少的几次调用都是对的。可能是循环固定运行了几次（比如 range({done})），剩下的都记成最后的 w；也可能是某个条件在固定的步数之后（比如 `if i < {done}`），或者在这个 w、这个梯度或这个损失上跳过了更新。要做满 {count} 次更新。",
    "lesson04.descend.one_short_repeated":
        "在 {loss} 上运行 {call} 时，你的列表的最后一个数和它前面的那个一样，{count} 次更新里的最后一次没有记进去。可能的原因有两种：循环少做了一次更新，把最后的 w 记了两遍；或者最后一个数是用最后一次更新之前的 w 写的。请用 range(steps) 循环，每次更新一次、记下一个数。",
    "lesson04.descend.appends_before_update":
        "在 {loss} 上运行 {call} 时，你的列表里起点出现了两次，之后每个 w 都晚了一次更新，最后一个 w 也没有。"
        "可能的原因有两种：你的循环先追加 w，再更新它（请在更新之后、循环体的最后追加 w.data）；"
        "或者它在 L.backward() 算出这一步的 w.grad 之前就更新了 w，于是每次更新用的都是上一步的梯度，第一次是 0"
        "（请在 L.backward() 之后更新）。",
    "lesson04.descend.starts_where_last_ended":
        "在 {loss} 上运行 {call} 时，你的列表从 {got} 开始，这正是你上一次调用结束的地方，"
        "而不是起点 w = {start}。w 被从一次调用留到了下一次（在 descend 外面创建，或者是默认参数）。"
        "请在 descend 里面、每次调用时都创建 w = Value(start)。",
    "lesson04.descend.every_entry_the_last":
        "在 {loss} 上运行 {call} 时，你的列表里每个数都是 {got}，也就是最后一次更新之后的 w。"
        "可能的原因有两种：（1）每一步都把同一个对象加进了列表（比如 Value w 本身，到最后才读出它的数）。"
        "（2）把最后的 w 写进了列表的每个位置。请在每一步加入 w.data 这个数，它记下的是那一步的 w。",
    "lesson04.descend.wrong_start":
        "在 {loss} 上运行 {call} 时，你的列表从 {got} 开始；它应该从起点 w = {start} 开始。",
    "lesson04.descend.never_moves":
        "在 {loss} 上运行 {call} 时，w 一直停在 {start}。可能的原因有以下几种：L.backward() 之后没有更新 w.data；L.backward 后面漏了 ()（这样只是引用了这个方法，并没有调用它，w.grad 就一直是 0）；"
        "在 backward() 和更新之间把 w.grad 清零了（应该在 backward() 之前清零）；损失不是用 w 本身搭的"
        "（比如用了副本 Value(w.data)），所以 w.grad 一直是 0；或者更新被某个条件跳过了（比如看梯度的正负，或者只在遇到某些数时才运行循环）。",
    "lesson04.descend.never_moves_here":
        "在 {loss} 上运行 {call} 时，w 一直停在 {start}，可是前面几次调用里你的循环都让 w 动了。"
        "这次不同的只是调用的这几个数。可能的原因有以下几种：用了你自己的学习率而不是 learning_rate{rounded}；"
        "按梯度的大小或正负号跳过了这一步（这次起点处的梯度是 {grad}）；按 w 本身的值跳过了这一步（这次 w 从 {start} 出发）；"
        "按步数跳过了这一步（这次是 {steps} 步）；数变大时把整个列表换掉了（发散的梯度下降也要原样返回）；或者只有遇到课程自己的数（起点 -1，学习率 0.1）时才运行循环。",
    "lesson04.descend.rate_rounded": "（比如把参数取整，{lr} 就变成了 0）",
    "lesson04.descend.bug.plus":
        "在 {loss} 上运行 {call} 时，你的 w 在往上坡走，损失每一步都在变大。更新时要减去，而不是加上，写成 w.data = w.data - learning_rate * w.grad。",
    "lesson04.descend.bug.plus_or_size":
        "在 {loss} 上运行 {call} 时，你的 w 在往上坡走，损失每一步都在变大。可能的原因有两种："
        "更新时加上了步长（w.data + learning_rate * w.grad）；或者用了梯度的大小 abs(w.grad)，"
        "丢掉了它的正负号，也就是下坡的方向。这条路径上的梯度全是负的，所以这两种写法走出的路一样。"
        "更新要写成 w.data = w.data - learning_rate * w.grad。",
    "lesson04.descend.bug.no_zero_grad":
        "在 {loss} 上运行 {call} 时，你的第一步是对的，后面的步子都太长了，每一步都用上了到目前为止所有步的梯度。可能的原因有两种：（1）w.grad 没有设回 0。backward() 是往 .grad 上累加的，每次 L.backward() 之前要先设 w.grad = 0.0（只写一个 =，w.grad == 0.0 只是比较，什么也没改）。（2）你在自己的变量里累加了梯度（比如 total += w.grad），而更新只该用这一步的 w.grad。",
    "lesson04.descend.bug.no_learning_rate":
        "在 {loss} 上运行 {call} 时，你的每一步都是整个梯度，也就是学习率为 1 的步子。"
        "可能的原因有两种：更新时没有把梯度乘以 learning_rate；或者更新用的是你自己的学习率（1，或者被限制在 1 以内的参数），而不是参数 learning_rate。",
    "lesson04.descend.bug.restarts":
        "在 {loss} 上运行 {call} 时，你的每一次更新都从起点重新开始，第一次更新之后的每个 w 都等于第一次更新后的 w。"
        "在循环里写 `w = Value(start)` 就会这样，每一步都从 start 新建一个 w。"
        "请在循环之前只建一次 w，让每一步移动现有的 w。",
    "lesson04.descend.bug.built_once":
        "在 {loss} 上运行 {call} 时，你的每一步都只用到起点处的梯度。可能的原因有两种：（1）损失只在循环之前搭建了一次"
        "（请把 `L = loss(w)` 放进循环里，每一步都用当前的 w 重新搭建损失）。（2）用了从第一步留下来的梯度"
        "（存在只赋值一次的变量里，或者存在函数上），而不是这一步的 w.grad。",
    "lesson04.descend.bug.loss_not_gradient":
        "在 {loss} 上运行 {call} 时，你的每一步用的是损失 L.data，而不是它的梯度 w.grad。",
    "lesson04.descend.appends_loss":
        "在 {loss} 上运行 {call} 时，你的列表里起点后面的数是每一步的损失 L.data，而不是走到的 w。"
        "每次更新之后要追加 w.data。",
    "lesson04.descend.appends_moved":
        "在 {loss} 上运行 {call} 时，你的列表里起点后面的数是 w 离起点走了多远（w.data - start），而不是走到的 w。"
        "每次更新之后要追加 w.data。",
    "lesson04.descend.appends_step":
        "在 {loss} 上运行 {call} 时，你的列表里起点后面的数是每一步的步子 learning_rate * w.grad（正负号不论），而不是走到的 w。"
        "每次更新之后要追加 w.data。",
    "lesson04.descend.appends_grad":
        "在 {loss} 上运行 {call} 时，你的列表里起点后面的数是每一步的梯度 w.grad，而不是走到的 w。"
        "每次更新之后要追加 w.data。",
    "lesson04.descend.bug.step_alone":
        "在 {loss} 上运行 {call} 时，你列表里起点之后的每个 w 都只是这一步的步长 -learning_rate * w.grad，"
        "更新时把原来的 w 丢掉了。`w.data = -learning_rate * w.grad` 就会这样，它把 `-=` 写成了 `=`。"
        "请写成 w.data = w.data - learning_rate * w.grad（或 w.data -= learning_rate * w.grad）。",
    "lesson04.descend.bug.from_start":
        "在 {loss} 上运行 {call} 时，你列表里第一次更新之后的每个 w 都等于起点减去 learning_rate * w.grad（梯度是在当前的 w 上算的）。"
        "`w.data = start - learning_rate * w.grad` 就会这样，每一步都是从起点出发走的。"
        "更新要让 w 从它现在的位置出发移动，写成 w.data -= learning_rate * w.grad。",
    "lesson04.descend.bug.assigned":
        "在 {loss} 上运行 {call} 时，你列表里起点之后的每个 w 都等于 learning_rate * w.grad，不管 w 原来是多少。"
        "`w.data = learning_rate * w.grad` 就会这样，它把 `-=` 写成了 `=`。"
        "更新要让 w 从它现在的位置出发移动，写成 w.data -= learning_rate * w.grad"
        "（或 w.data = w.data - learning_rate * w.grad）。",
    "lesson04.descend.steps_from_zero":
        "在 {loss} 上运行 {call} 时，你第 1 次更新后的 w 是 {w}，也就是从 w = 0 走一步到达的地方，"
        "这一步是从 0 出发的，而不是从起点出发。可能的原因有以下几种：每一步之前把 w.data 设成了 0（该写 w.grad = 0.0 "
        "的地方写成了 w.data = 0.0）；损失是用新建的 Value(0.0) 搭的，而不是用 w；或者 w 是用取整后的 start 建的"
        "（int(start) 和 round(start) 都会把 0.5 变成 0）。"
        "只把梯度清零（w.grad = 0.0），并用 L = loss(w) 搭建损失。",
    "lesson04.descend.grad_of_L":
        "在 {loss} 上运行 {call} 时，每次更新都让 w 移动 {lr}，正好是学习率本身，相当于每一步的梯度都是 1。"
        "可能的原因有两种：该用 w.grad 的地方用了 L.grad（backward() 把它设为 1，也就是 dL/dL）；"
        "或者每一步只走了 learning_rate，里面没有梯度。更新要写成 w.data = w.data - learning_rate * w.grad。",
    "lesson04.descend.lesson_loss":
        "在 {loss} 上运行 {call} 时，你的 w 走的是课程的损失 (w - 3)**2 上的路径。"
        "你的循环没有用传进来的损失函数。要用参数 `loss` 传进来的函数搭建 L = loss(w)"
        "（不要按名字调用课程的损失函数，也不要手写梯度，比如 2 * (w - 3)）。",
    "lesson04.descend.lesson_loss_rate":
        "而且这条路径每一步用的学习率是 {used}，这次调用要的是 {lr}。学习率也要用参数 `learning_rate`，"
        "不要用你自己定的数，也不要用之前单元格里的变量。",
    "lesson04.descend.own_rate":
        "在 {loss} 上运行 {call} 时，你的每一步都是学习率 {used} 的步子，而这次调用要的是 {lr}。"
        "可能的原因有以下几种：更新时用了你自己写的学习率而不是参数 learning_rate（比如笔记本里的全局变量 learning_rate，或者把参数取整了、限制了大小）；梯度或步子被缩放了、截断了"
        "（比如 w.grad / 2，或者把一步限制在 ±1 以内）；或者你的 descend 改了学习率，并把它从一次调用留到了下一次。",
    "lesson04.descend.rate_times":
        "你的步子用的学习率正好是所要的 {times} 倍。每次更新之前调用 {times} 次 backward()（梯度会累加），或者更新的那一行写了 {times} 遍，也会这样。",
    "lesson04.descend.rate_squared":
        "你的步子用的学习率也正好是 {lr} × {lr}。学习率用了两次（learning_rate * learning_rate * w.grad）也会这样。",
    "lesson04.descend.rate_reciprocal":
        "它也正好是 1 / {lr}。把梯度除以学习率（w.grad / learning_rate），而不是乘以学习率，也会这样。",
    "lesson04.descend.bug.reset_to_one":
        "在 {loss} 上运行 {call} 时，你的每次更新都让 w 移动 learning_rate * (w.grad + 1)，"
        "比应有的多走了一个学习率。可能的原因有两种：在 L.backward() 之前把 w.grad 设成了 1.0，"
        "而清零应该设成 0.0（backward() 只把根节点 L 的梯度设为 1，w 的梯度要从 0 开始）；"
        "或者更新时多减了一个 learning_rate。",
    "lesson04.descend.first_update_wrong":
        "在 {loss} 上运行 {call} 时，你第 {step} 次更新后的 w 是 {got}，应该是 "
        "{want}（你的列表里它前面的 w 是 {previous}）。",
    "lesson04.descend.update_wrong":
        "在 {loss} 上运行 {call} 时，你第 {step} 次更新后的 w 是 {got}，应该是 "
        "{want}（你的列表里它前面的 w 是 {previous}）。这之前的更新都是对的。",
    "lesson04.descend.update_skipped":
        "{said}也就是说，这次更新时 w 没有动，可你的列表还在往下记。可能的原因有两种：（1）更新被某个条件跳过了"
        "（按步数、损失变大了、梯度的大小或正负号，或者 w 本身）；（2）循环不再更新 w，却还在往列表里添加 w。"
        "每一步都要更新 w，写 w.data -= learning_rate * w.grad。",
    "lesson04.descend.wrong_update":
        "{said}可能的原因有以下几种：（1）没有用当前的 w 重新搭建损失。（2）backward() 之前没有把 w.grad 清零。"
        "（3）用的学习率不是参数 learning_rate。（4）用了估算的梯度，而不是 w.grad。"
        "（5）梯度被截断或缩放了。（6）w 在存入之前被四舍五入了，或者被限制在某个范围以内（比如 ±50）。"
        "（7）对这次调用的数另作了处理（对步数、学习率或 start 写了 `if`）。（8）更新不是 w.data - learning_rate * w.grad。",
    "lesson04.descend.wrong_first_update":
        "{said}可能的原因有以下几种：（1）用的学习率不是参数 learning_rate。（2）用了估算的梯度，而不是 w.grad。"
        "（3）梯度被截断、缩放了，或者只用了它的正负号。（4）每一步被限制在某个范围以内（比如 ±1）。（5）w 在存入之前被四舍五入了。"
        "（6）w 不是用 start 本身建的（比如把 start 取整了）。（7）对这次调用的数另作了处理（对步数、学习率或 start 写了 `if`）。"
        "（8）更新不是 w.data - learning_rate * w.grad。",
    "lesson04.descend.nearly":
        "{said}你列表里的每一个 w 都和正确的 w 相差不到百万分之一，但并不完全相等。"
        "这么接近的数，可能来自轻推 w 估算出来的梯度（有限差分），也可能是 w 在存入之前被四舍五入了。"
        "练习要的是 L.backward() 留在 w.grad 里的精确梯度，更新写成 "
        "w.data = w.data - learning_rate * w.grad。",
    "lesson04.descend.remembers_other_loss":
        "在 {loss} 上运行 {call} 时，你的 descend 返回的是前面那次调用的列表。"
        "那次的起点、学习率和步数都一样，损失却是另一个函数 {other}。"
        "你的 descend 把结果从一次调用留到了下一次，却不区分损失函数。"
        "每次调用都要重新运行循环（不要保存结果，或者让保存的键也包含损失函数）。",
    "lesson04.descend.remembers_or_example":
        "在 {loss} 上运行 {call} 时，你的 descend 返回的是本课例子的路径。"
        "前面那次调用的起点、学习率和步数都一样，损失却是另一个函数 {other}。"
        "可能的原因有两种：你的 descend 把结果从一次调用留到了下一次，却不区分损失函数；"
        "或者只要这几个数和例子一样，它就返回写在代码里的那条路径。"
        "每次调用都要在给定的损失函数上重新运行循环。",
    "lesson04.descend.remembers_same_name":
        "这两个损失函数的名字也相同，都是 `{name}`（任意两个 lambda 都是这样，两个都叫 loss 的函数也是）。"
        "用损失函数的名字做键，同样分不出它们。",
    "lesson04.descend.not_repeatable.one":
        "在 {loss} 上运行 {call}，第一次得到的列表是对的。检查函数接着用别的参数调用了它一次，"
        "再用同样的参数调用时，得到的列表却不一样。你的 descend 把上一次调用留下的东西带进了下一次调用"
        "（比如在函数外面创建的列表或 w、像 path=[] 这样的默认参数，或者会改变步长的计数器）。"
        "函数要改动的东西（列表、w 等），每次调用时都要在函数内部重新创建。",
    "lesson04.descend.not_repeatable.other":
        "在 {loss} 上运行 {call}，第一次得到的列表是对的。检查函数接着用别的参数调用了它 {count} 次，"
        "再用同样的参数调用时，得到的列表却不一样。你的 descend 把上一次调用留下的东西带进了下一次调用"
        "（比如在函数外面创建的列表或 w、像 path=[] 这样的默认参数，或者会改变步长的计数器）。"
        "函数要改动的东西（列表、w 等），每次调用时都要在函数内部重新创建。",
    "lesson04.descend.right":
        "你的循环遵循更新规则。在 (w - 3)**2 上从 w = -1 出发、学习率 0.1，它依次走过 -0.2、0.44……，在别的损失函数上也对。每一步的 backward() 都要从 w.grad = 0 开始（把它清零，或者新建一个 Value），因为 backward() 是往 .grad 上累加的。",

    # -- lesson 04: the Momentum class -------------------------------------
    "lesson04.momentum.changes_list": "第 {step} 步之后，交给优化器的参数列表变了（顺序或长度变了）。优化器只读这个列表，要让它保持调用者给的样子。如果需要重新排列，请自己复制一份（list(params)）。",
    "lesson04.momentum.zero_grad_moves": "第 {step} 步之前调用的 zero_grad() 改动了参数的 data。zero_grad() 只应该把每个 p.grad 设为 0.0。更新 p.data -= learning_rate * v 是 step() 的事，训练循环会在 backward() 之后调用它。",
    "lesson04.momentum.params_copied": "你的 Momentum(params, ...) 在 `self.{name}` 里放的不是交给它的那些参数，而是别的 Value（在 __init__ 里做的副本）。这样 zero_grad() 和 step() 都只作用在副本上，调用者的参数，也就是模型的参数，一点也不会变。请保存参数本身（self.{name} = list(params)），只改动它们的 .grad 和 .data。",
    "lesson04.momentum.params_replaced": "走了几步之后，你的优化器的 `self.{name}` 里放的已经不是交给它的那些参数，而是别的 Value（在 step() 或 zero_grad() 里新建的）。之后的每一步都只移动这些新的 Value，调用者的参数，也就是模型的参数，就不再动了。请保存参数本身（self.{name} = list(params)），只改动它们的 .data。",
    "lesson04.momentum.step_changes_grad": "第 {step} 步把参数 p{index} 的 grad 从 {grad:g} 改成了 {now}。step() 只负责更新参数和它们的速度。grad 归 backward() 和 zero_grad() 管，step() 之后的代码可能还要读它。",
    "lesson04.momentum.init_changes_params":
        "创建 Momentum(params, {lr}, {momentum}) 时，它改动了 params[{index}]（它的 grad 或 data）。"
        "创建优化器只是把参数记下来。有人会在 backward() 之后才创建它，第一次 step() 就要用到那时的 grad。"
        "请在 __init__ 里不要改动参数；把 grad 设回 0 是 zero_grad() 的事。",
    "lesson04.momentum.doing.make": "为两个参数创建 Momentum(params, {lr}, {momentum}) ",
    "lesson04.momentum.doing.zero_grad": "调用 zero_grad() ",
    "lesson04.momentum.doing.zero_grad_before": "第 {step} 步之前调用 zero_grad() ",
    "lesson04.momentum.doing.step": "调用 step()（第 {step} 步，共 {steps} 步）",
    "lesson04.momentum.doing.make_alone":
        "单独为 {count} 个参数新建 Momentum(params, {lr}, {momentum}) ",
    "lesson04.momentum.doing.make_beside":
        "在第一个优化器旁边，为三个参数创建第二个 Momentum(params, {lr}, {momentum}) ",
    "lesson04.momentum.doing.zero_grad_beside":
        "第 {step} 步之前调用两个优化器中{which}的 zero_grad() ",
    "lesson04.momentum.doing.step_beside":
        "调用两个优化器中{which}的 step()（第 {step} 步，共 3 步）",
    "lesson04.momentum.first": "第一个",
    "lesson04.momentum.second": "第二个",
    "lesson04.momentum.no_method":
        "你的 Momentum 没有方法 {name}()。在类里定义 `def {name}(self):`。",
    "lesson04.momentum.zero_grad_changes":
        "检查函数把每个参数的 grad 都设为 5，然后调用 zero_grad()，结果它除了 grad 还改了 {names}。"
        "zero_grad() 只把每个 p.grad 设为 0.0；速度要在 step() 里，用 backward() 留下的 grad 来更新。",
    "lesson04.momentum.grad_set_other":
        "检查函数把每个 grad 都设为 5，再调用 zero_grad()；之后有一个参数的 grad 是 {grad}。"
        "zero_grad() 要把每个参数的 p.grad 设为 0.0，也就是一个数，和新建的 Value 一开始一样。",
    "lesson04.momentum.grad_not_zeroed":
        "调用 zero_grad() 之后，有一个参数的 grad 仍然是 {grad}。"
        "zero_grad() 要把每个参数的 p.grad 设为 0.0（只写一个 =，p.grad == 0.0 只是比较，什么也没改）。",
    "lesson04.momentum.velocity_by_label":
        "两个参数都没有标签（label 是 \"\"，网络的参数常常这样），梯度是 1 和 0。走了一步之后，第二个参数动了，"
        "可是它的梯度是 0，也还没有速度。给它们加上标签 u 和 v 以后，同样的两个参数就走对了。"
        "你的速度是按标签保存的，标签相同的参数共用一个速度。请按位置给每个参数保存一个速度（self.velocities[i]）。",
    "lesson04.momentum.moved_with_grad_0":
        "两个参数是 0.0 和 -0.1，梯度是 1 和 0。走了一步之后，第二个参数变成了 {got}，可是它的梯度是 0，"
        "也还没有速度，应该停在 -0.1。第一个参数的新值不等于它的值时（0.0 和 -0.3），它也会动。"
        "可能的原因有两种：（1）对 grad 为 0 的参数另作了处理；（2）用的速度不是这个参数自己的。"
        "每个参数的规则都一样，v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.took_another_velocity":
        "两个参数是 0.0 和 -0.1，梯度是 1 和 0。走了一步之后，第二个参数动了，可是它的梯度是 0，"
        "也还没有速度。它拿到了第一个参数的速度，因为第一个参数的新值 -0.1 正好等于第二个参数的值。"
        "请按位置给每个参数保存一个速度（self.velocities[i]），不要按参数的值。",
    "lesson04.momentum.first_step_still":
        "Momentum(params, 0.1, 0.9) 在梯度为 1 和 0 时走第一步，第一个参数停在 {was} 没动，应该移到 {want}"
        "（v = 0.9 * 0 + 1，然后 p - 0.1 * v）。可能的原因有两种：（1）对某些参数跳过了这一步"
        "（比如值为 0 的参数，可值为 0 的参数也要和别的参数一样移动）；（2）从之前的优化器留下了什么东西，让这个优化器没有动。",
    "lesson04.momentum.first_step_other":
        "Momentum(params, 0.1, 0.9) 在梯度为 1 和 0 时走第一步，把第一个参数从 {was} 移到了 {got}，应该移到 {want}"
        "（v = 0.9 * 0 + 1，然后 p - 0.1 * v，新优化器还没有速度）。可能的原因有两种：（1）从之前的优化器留下了什么东西；"
        "（2）对某些参数（比如值为 0 的参数）另写了一种走法。",
    "lesson04.momentum.new_optimizer_old_velocity":
        "在一个旧优化器走过的参数上新建一个 Momentum，它的第一步把第一个参数移到了 {got}。"
        "新优化器还没有速度，应该移到 {want}。旧优化器的速度被保存在了它外面，比如参数上（p.v）。"
        "请把速度保存在每个优化器里面，在 __init__ 里创建 self.velocities。",
    "lesson04.momentum.data_not_number":
        "第 {step} 步之后，参数 p{index} 的 data 是{kind}，不是数，而 p.data 里要放一个数。"
        "可能的原因有以下几种：更新时用了参数本身（p - learning_rate * v 会得到一个新的 Value，"
        "而 p.data - learning_rate * v 用的是 p 里的数）；或者速度是一个 Value"
        "（每个 v 都要是数，写成 v = momentum * v + p.grad）。",
    "lesson04.momentum.data_changed":
        "zero_grad() 改动了参数的 data。它只应该把每个 p.grad 设为 0.0。",
    "lesson04.momentum.nothing_moved":
        "检查函数设好了 grad，又调用了三次 step()，可是没有一个参数发生变化。step() 要先算 v = momentum * v + grad，再用 p.data -= learning_rate * v 更新每个参数。",
    "lesson04.momentum.iterator_kept":
        "检查函数设好了 grad，又调用了三次 step()，可是没有一个参数发生变化。你的优化器把参数存成了一个迭代器（`self.{name}`）。第一次循环就把它用完了，之后的循环什么也拿不到。请把它们存成列表，像骨架代码那样写 `list(params)`。",
    "lesson04.momentum.bug.not_carried":
        "你的 step 就是普通的梯度下降。每个参数都只移动学习率乘以它的梯度，好像速度没有从一步带到下一步。"
        "可能的原因有以下几种：（1）更新时用了 p.grad，而该用的是速度（p.data -= learning_rate * v）。"
        "（2）每一步都把速度设成了梯度（写成了 v = grad，而不是 v = momentum * v + grad）。"
        "（3）新的速度只赋给了循环变量，没有写回去（for p, v in zip(...): v = ...，要写成 self.velocities[i] = ...）。"
        "（4）zero_grad() 把速度也清零了（它只应该把每个 p.grad 设为 0.0）。"
        "（5）速度是在 step() 里新建的（在那里写 v = [0.0] * len(self.params)，每一步都从 0 开始）。"
        "（6）按每一步都会变的东西去找速度，比如把 p.data 当作字典的键（更新改变了它，下一步就找不到速度了）。"
        "（7）只有动量是代码里写死的某几个数（比如课文里的 0.5 或 0.8）时才用它。"
        "在 self 里为每个参数保存一个速度（在 __init__ 里建一个列表，全是 0.0），并在 step() 里更新它。",
    "lesson04.momentum.bug.shared":
        "你的参数共用一个速度。每个参数都需要自己的速度。请在 __init__ 里建一个列表，每个参数一个速度。",
    "lesson04.momentum.bug.average":
        "你的每一步都和把学习率换成 {rate} 时一样。有三种写法会走出这样的步子。"
        "一是速度取 momentum * v + (1 - momentum) * grad（一个平均值，等于用 learning_rate × (1 - momentum) 移动）；"
        "二是学习率用了两次（v = momentum * v + learning_rate * grad，再 p.data -= learning_rate * v，"
        "learning_rate × learning_rate 也是 {rate}）；三是用了你自己写的学习率 {rate}，而不是 learning_rate。"
        "本课的规则是加上整个梯度，写成 v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.twice":
        "你的每一步都正好是规则给出的两倍长。可能的原因有两种：更新的那一行写了两遍（一步里两次 p.data -= learning_rate * v）；"
        "或者学习率翻了倍（2 * learning_rate）。本课的规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v，每个参数每一步只做一次。",
    "lesson04.momentum.bug.late":
        "你的每一步用的都是上一步的速度。可能的原因有两种：（1）你的 step 先用旧的速度移动每个参数，之后才更新速度。"
        "（2）速度加上的是上一步的梯度（从上一次 step() 留下来的），而不是这一步的 p.grad。这两种写法走出的步子完全一样。"
        "规则是先算 v = momentum * v + p.grad，再 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.plus":
        "你的参数顺着梯度往上坡走了。有一个符号反了，下面两种写法走出的步子完全一样。一种是更新时加上了（`p.data += learning_rate * v`），另一种是速度减去了梯度（`v = momentum * v - grad`）。本课的规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.grads": "{first} 和 {last}",
    "lesson04.momentum.velocity_lost":
        "你在第 {step} 步之前的每一步都是对的。到了第 {step} 步，每个参数只走了 learning_rate * grad，好像它的速度又从 0 开始了，"
        "前几步攒下的速度丢了。可能的原因有以下几种：速度存在一个每步都会变的键下面（比如 grad 的值，第 {step} 步的 grad 是新的）；"
        "或者有代码在这一步把速度设回了 0。请按位置给每个参数保存一个速度（self.velocities[i]）。",
    "lesson04.momentum.momentum_or_rate_changed":
        "你在第 {step} 步之前的每一步都是对的。第 {step} 步的步子像是用动量 {used} 走的，而给定的动量是 {momentum}。"
        "也可以看成是用学习率 {rate} 走的，而给定的学习率是 {lr}。"
        "可能的原因有以下几种：动量或学习率在两步之间被改了（比如在 step() 里写了 self.momentum *= ... 或 self.learning_rate *= ...）；"
        "规则里用的动量不是 self.momentum（写死了一个数，符号弄反了，或者漏了 momentum *）；每个速度在更新之前先被缩放了；上一步的速度没有完整地带过来；或者这一步的梯度没有加进速度。规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v，"
        "动量和学习率都要用创建优化器时给定的值。",
    "lesson04.momentum.momentum_changed":
        "你在第 {step} 步之前的每一步都是对的。第 {step} 步的步子像是用动量 {used} 走的，而给定的动量是 {momentum}。"
        "可能的原因有以下几种：动量在两步之间被改了（比如在 step() 里写了 self.momentum *= ...）；"
        "规则里用的动量不是 self.momentum（写死了一个数，符号弄反了，或者漏了 momentum *）；每个速度在更新之前先被缩放了；上一步的速度没有完整地带过来；或者这一步的梯度没有加进速度。规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v，"
        "动量用创建优化器时给的那个。",
    "lesson04.momentum.drifts.one":
        "在一个参数上新建一个优化器（学习率 0.01，动量 0.5，梯度轮流是 -1 和 1），一步又一步地走，"
        "只有第 1 步是对的，第 {step} 步之后参数却是 {got}，按规则应该是 {want}。"
        "你的优化器把某些东西从一步留到了下一步（比如计数器），改变了步子。不管之前走过多少步，每一步都要按规则走。",
    "lesson04.momentum.drifts.other":
        "在一个参数上新建一个优化器（学习率 0.01，动量 0.5，梯度轮流是 -1 和 1），一步又一步地走，"
        "前 {count} 步都是对的，第 {step} 步之后参数却是 {got}，按规则应该是 {want}。"
        "你的优化器把某些东西从一步留到了下一步（比如计数器），改变了步子。不管之前走过多少步，每一步都要按规则走。",
    "lesson04.momentum.bug.grad_once":
        "你的速度只在第 1 步加进了梯度。从第 2 步起，每个速度都只是 momentum * v，漏掉了这一步的梯度"
        "（比如用 if 只在速度为 0 时才加 p.grad）。规则是每一步都算 v = momentum * v + p.grad，"
        "然后 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.data":
        "你的速度累加的是每个参数的值 p.data，而那里应该是它的梯度（第一步检查函数给的梯度正好等于参数的初始值，所以那一步算对了）。"
        "规则是 v = momentum * v + p.grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.assigned":
        "每一步之后，你的参数都等于 -learning_rate * v，不管它原来是多少。"
        "`p.data = -learning_rate * v` 就会这样，它把 `-=` 写成了 `=`。"
        "更新要让参数从它现在的位置出发移动，写成 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.assigned_up":
        "每一步之后，你的参数都等于 learning_rate * v，不管它原来是多少。"
        "`p.data = learning_rate * v` 就会这样，它把 `-=` 写成了 `=`。"
        "更新要让参数从它现在的位置出发移动，写成 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.swapped":
        "你的每一步，都和学习率 {momentum}、动量 {lr} 时走的一样，两个数对调了。可能的原因有两种："
        "__init__ 接收参数的顺序和 Momentum(params, learning_rate, momentum) 不一样，而检查函数（和课程）"
        "是按这个顺序传的；或者 step() 里把 self.momentum 和 self.learning_rate 用反了。"
        "规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.momentum_times_grad":
        "你的每一步，都和按规则用学习率 {scaled}（learning_rate × momentum）代替 {lr} 时走的一样。"
        "可能的原因有两种：速度写成了 v = momentum * (v + grad)，梯度也被乘上了动量"
        "（这样的速度正好是规则里速度的 momentum 倍）；或者更新写成了 p.data -= learning_rate * momentum * v。"
        "规则是加上整个梯度，v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.grad_kept":
        "你的速度是动量乘以上一步的梯度，再加上这一步的梯度。step() 存下来的是梯度，而不是速度，所以速度最多只累积两步。"
        "要存的是速度本身，v = momentum * v + grad，留给下一步用。",
    "lesson04.momentum.wrong_step":
        "两个参数从 {start} 出发，学习率 {lr}，动量 {momentum}；检查函数设好它们的 grad，并调用三次 step()。第 {step} 步之后，参数 p{index} 是 {got}，应该是 {want}（第 {step} 步的 grad 分别是 {grads}）。规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.wrong_after_steps_on_class":
        "你的第一个优化器每一步都对。可是检查函数用过别的优化器之后，新建一个 Momentum(params, {lr}, {momentum})，"
        "单独让它走，就不对了。第 {step} 步之后，参数 p{index} 是 {got}，应该是 {want}。可见 step() 做什么，"
        "取决于之前走过的步子，不管是哪个优化器走的。你的代码改动了 {names}，这是类本身的属性（比如计数器）。"
        "每个优化器的状态都要放在对象自己身上，在 __init__ 里建好，不要改动类。",
    "lesson04.momentum.shared_between":
        "单独一个优化器每一步都对，可是两个同时用就不对了。检查函数新建了第一个优化器，"
        "又在另外三个参数上建了第二个 Momentum(params, {lr}, {momentum})，轮流调用它们的 step()。"
        "第 {step} 步之后，{which}优化器的参数 p{index} 是 {got}，应该是 {want}。"
        "{what}每个 Momentum 都要有自己的状态，速度要在 __init__ 里新建"
        "（self.velocities = [0.0 for p in self.params]）。",
    "lesson04.momentum.shared.on_class":
        "你的优化器共用了 {names}。它是类本身的属性（写在类体里，或者通过类名设置），"
        "不是每个优化器自己的。",
    "lesson04.momentum.shared.elsewhere":
        "单独新建的第二个优化器每一步都对，所以你的优化器用到了优化器之外的共享状态"
        "（可能是默认参数，比如 v=[]，也可能是类上或模块里的列表）。",
    "lesson04.momentum.only_first_moved":
        "检查函数在 {count} 个参数上新建了 Momentum(params, {lr}, {momentum})，调用了三次 step()。"
        "{count} 个参数里只有前 {moved} 个动了。请对优化器拿到的每一个参数都做更新"
        "（for i, p in enumerate(self.params)）。不要把参数的个数写死（比如例子里的 2 个），也不要漏掉某些参数（self.params[:-1] 就漏掉了最后一个），循环里也不要有 return 或 break。",
    "lesson04.momentum.example_numbers":
        "你在两个参数上的优化器每一步都对。可是在另外三个参数上新建的 "
        "Momentum(params, {lr}, {momentum})，即使单独使用，走的也是学习率 {used_lr}、"
        "动量 {used_momentum} 的步子。请用传给 __init__ 的学习率和动量"
        "（self.learning_rate、self.momentum），不要用例子里的数。",
    "lesson04.momentum.example_numbers_or_rounded":
        "你在两个参数上的优化器每一步都对。可是在另外三个参数上新建的 "
        "Momentum(params, {lr}, {momentum})，即使单独使用，走的也是学习率 {used_lr}、"
        "动量 {used_momentum} 的步子。可能的原因有两种：例子里的数被写死在类里；"
        "或者传进来的数被取整了（{rounded}）。请原样使用传给 __init__ 的学习率和动量"
        "（self.learning_rate、self.momentum）。",
    "lesson04.momentum.none_moved":
        "用之前试过的学习率和动量，你的优化器每一步都对。可是新建的 Momentum(params, {lr}, {momentum})，"
        "参数从 {start} 出发，单独使用时每一步都没有移动任何参数。这次不同的只是调用的这几个数。"
        "可能的原因有两种：（1）遇到这些数时跳过了这一步（比如 `if self.momentum:` 会跳过动量 0，"
        "而动量为 0 就是普通的梯度下降，v = 0 * v + grad）；（2）用了你自己的学习率，在这里它是 0。",
    "lesson04.momentum.rounded_or_plain":
        "用之前试过的学习率和动量，你的优化器每一步都对。可是新建的 Momentum(params, {lr}, {momentum})，"
        "参数从 {start} 出发，单独使用时走的是学习率 {used_lr}、动量 0 的步子，也就是普通的梯度下降，速度没有从一步带到下一步。"
        "可能的原因有两种：（1）对这些数没有用动量（没有保存速度，或者对学习率、动量写了 `if`）；"
        "（2）把动量取整了（{rounded}）。不管学习率和动量是多少，规则都一样，v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.rounded":
        "用之前试过的学习率和动量，你的优化器每一步都对。可是新建的 Momentum(params, {lr}, {momentum})，"
        "参数从 {start} 出发，单独使用时走的是学习率 {used_lr}、动量 {used_momentum} 的步子，"
        "也就是把传进来的数取整之后的结果（{rounded}）。可能的原因有两种：你的代码把学习率或动量取整了"
        "（比如用了 round()）；或者用了你自己的数，恰好等于这些（比如用 min(momentum, 0.9) 给动量设了上限，或者用 `if` 对这些数另作了处理）。请原样使用传给 __init__ 的学习率和动量，"
        "每一位数字都有用。",
    "lesson04.momentum.rounded_number": "round({given}, {digits}) 等于 {used}",
    "lesson04.momentum.stops":
        "学习率为 {lr}、动量为 {momentum} 的新优化器管 {count} 个参数。它前 {done} 步都对，"
        "从第 {next} 步起，step() 就不再动任何参数了，尽管它们的梯度都不是 0（检查函数一共走了 {steps} 步）。"
        "不管之前调用过多少次，每次调用 step() 都要更新每一个参数。",
    "lesson04.momentum.long_run_first":
        "短的几次运行里你的优化器每一步都对。可是新建的 Momentum(params, 0.05, 0.8) 管 {count} 个参数、走 {steps} 步时，"
        "第 1 步就出了错，参数 p{index} 是 {got}，应该是 {want}。可能的原因有以下几种：（1）某样东西是按更少的参数设定大小的；"
        "（2）速度或步子被限制在某个范围以内（这里的 grad 能到 60）；（3）对 0.8 这个动量另作了处理"
        "（前面那几次短的运行都没用过它）。规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.long_run":
        "短的几次运行里你的优化器每一步都对。可是新建的 Momentum(params, 0.05, 0.8) 管 {count} 个参数、走 {steps} 步时，"
        "第 {step} 步出了错，参数 p{index} 是 {got}，应该是 {want}。可能的原因有以下几种：（1）有东西一步步计着数，走了若干步以后改变了规则（比如动量或学习率在几步之后被改了）。"
        "（2）某样东西是按更少的参数设定大小的。（3）速度或步子被限制在某个范围以内（这里的 grad 能到 60）。"
        "（4）对 0.8 这个动量另作了处理（前面那几次短的运行都没用过它，它的影响随速度变大）。每一步的规则都一样，v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.wrong_alone":
        "你在两个参数上的优化器每一步都对。可是在另外三个参数上新建的 "
        "Momentum(params, {lr}, {momentum})，从 {start} 出发，即使单独使用也不对。"
        "第 {step} 步之后，参数 p{index} 是 {got}，应该是 {want}（第 {step} 步的 grad 分别是 {grads}）。"
        "可能的原因有以下几种：（1）某样东西是按例子的两个参数设定大小的。（2）例子的学习率或动量被写死在类里。"
        "（3）保留了之前优化器的状态（在类上、模块里，或者在 v=[] 这样的默认参数里）。（4）某个数被取整了（比如速度）。（5）参数的 grad 或值取某些数时（比如第 {step} 步的某个 grad）跳过或改动了这个参数。（6）动量或学习率在几步之后被改了（step() 里有计数器，而两个参数的那次运行只走了三步）。",
    "lesson04.momentum.huge_grads":
        "对之前试过的 grad，你的优化器每一步都对。可是遇到很大的 grad 就不对了。损失很陡，或者离最小值很远时，grad 就会这么大。"
        "新建的 Momentum(params, {lr}, {momentum})，参数从 {start} 出发，第 {step} 步之后，"
        "参数 p{index} 是 {got}，应该是 {want}（第 {step} 步的 grad 分别是 {grads}）。"
        "可能的原因有两种：（1）grad 或速度超过某个大小时被截断了（或被取整、被跳过）。"
        "（2）代码对这几个数另作了处理。再大的 grad 也要原样加进速度。",
    "lesson04.momentum.tiny_grads":
        "对之前试过的 grad，你的优化器每一步都对。可是遇到很小的 grad 就不对了。损失接近最小值时，grad 就会这么小。"
        "新建的 Momentum(params, {lr}, {momentum})，参数从 {start} 出发，第 {step} 步之后，"
        "参数 p{index} 是 {got}，应该是 {want}（第 {step} 步的 grad 分别是 {grads}）。"
        "可能的原因有两种：（1）grad 或速度小于某个大小时被当成 0（或被跳过、被取整）。"
        "（2）代码对这几个数另作了处理。再小的 grad 也要让参数移动。",
    "lesson04.momentum.wrong_on_setup":
        "用之前试过的学习率和动量，你的优化器每一步都对。可是新建的 Momentum(params, {lr}, {momentum})，"
        "参数从 {start} 出发，单独使用也不对。第 {step} 步之后，参数 p{index} 是 {got}，应该是 {want}"
        "（第 {step} 步的 grad 分别是 {grads}）。这次和之前唯一的不同是传入的这几个数。可能的原因有以下几种："
        "（1）用了你自己的学习率或动量，而不是传进来的参数（限制了大小、取整了，或者在它取某些数时另作处理，比如 0）；"
        "（2）把速度取整了，或者限制了它的大小；（3）参数的 grad 或值取某些数时跳过或改动了这个参数"
        "（grad 为 0 的参数，只要速度不是 0 也要移动，因为 v = momentum * v + 0）。",
    "lesson04.momentum.equal_values":
        "在两个参数的值变得相同之前，你的优化器每一步都对。Momentum(params, 0.5, 0.9) 的参数从 (1.0, 0.75) 出发，"
        "grad 是 1 和 0.5，第 1 步之后两个参数都是 0.5，而速度各是各的，分别是 1 和 0.5。"
        "第 {step} 步之后，参数 p{index} 是 {got}，应该是 {want}。按参数的值（它的 data，比如用作字典的键）"
        "去找速度的优化器就会这样，因为值相同的两个参数会共用一个速度。请每个参数按位置保有自己的速度，写成 self.velocities[i]。",
    "lesson04.momentum.wrong_again":
        "你的第一个优化器在两个参数上每一步都对。可是后来在同样从 {start} 出发的两个参数上"
        "新建的 Momentum(params, {lr}, {momentum})，即使单独使用也不对。"
        "第 {step} 步之后，参数 p{index} 是 {got}，应该是 {want}（第 {step} 步的 grad 分别是 {grads}）。"
        "你的优化器保留了之前优化器的状态（在类上、模块里，或者在 v=[] 这样的默认参数里）。"
        "每个优化器的状态都要在 __init__ 里新建。",
    "lesson04.momentum.changes_class_state":
        "第 {step} 步之后，参数 p{index} 是 {got}，应该是 {want}。你的 Momentum 改动了 "
        "{names}。它是类本身的属性，所有优化器共用它，之前建的优化器也一样。"
        "每个 Momentum 都要有自己的状态，速度要在 __init__ 里新建"
        "（self.velocities = [0.0 for p in self.params]）。",
    "lesson04.momentum.instance":
        "这是用你的类 {name} 创建的一个对象，不是类本身。请把类本身传进来，写成 check_momentum(Momentum)，不要调用它。",
    "lesson04.momentum.right":
        "每个参数都有自己的速度，并一步步保留下去。规则是 v = momentum * v + grad，然后 p.data -= learning_rate * v。梯度稳定时，步子越来越大（0.1，然后 0.19……）；梯度反向时，原有的速度会让转向变慢。",
    # -- lesson 05: the hinge loss exercises ---------------------------------
    "lesson05.hinge.what": "平均合页损失，一个数",
    "lesson05.hinge.right":
        "第一个点在正确的一侧，间隔至少为 1，所以它的损失是 0；第二个点也在正确的一侧，但离边界太近，损失是 0.7；第三个点同样在正确的一侧，也离得太近，损失是 0.5。平均值是 1.2 / 3 = 0.4。",
    "lesson05.hinge.sum": "1.2 是三个损失的和。要取平均。",
    "lesson05.hinge.two_points":
        "0.6 可能来自两种错误。（1）只对有损失的两个点取平均，算成了 1.2 / 2。第一个点也要算上，它的损失是 0，所以要除以 3。（2）第二个点的符号错了，算成了 (0 + 1.3 + 0.5) / 3。它的损失是 1 - y * score = 1 - (+1)(0.3) = 0.7。",
    "lesson05.hinge.negative":
        "第一个点的 1 - 2.0 = -1 不能算作负的损失。relu 把它变成 0。超出间隔的点没有损失。",
    "lesson05.hinge.sign":
        "0.7333 可能来自两种错误。（1）第三个点的符号错了，算成了 (0 + 0.7 + 1.5) / 3。它的标签是 -1，"
        "所以 1 - y * score = 1 - (-1)(-0.5) = 0.5。（2）把第一个点的 1 - 2.0 = -1 当成了损失 1，"
        "算出的是 (1 + 0.7 + 0.5) / 3。relu(-1) 是 0，不是它的绝对值 1。",
    "lesson05.hinge.second_alone": "0.7 只是第二个点的损失。三个点都要算，再取平均。",
    "lesson05.hinge.third_alone": "0.5 只是第三个点的损失。三个点都要算，再取平均。",
    "lesson05.hinge.zero":
        "三个点都在各自正确的一侧，但合页损失也会惩罚间隔 y * score 小于 1 的点。",
    "lesson05.below_zero":
        "{value} 小于 0，而合页损失不会小于 0。relu 把每个点的 1 - y * score 变成 0 或正数，"
        "所以平均值也不会小于 0。请先对每个点取 relu（负数变成 0），再取平均。",
    "lesson05.hinge.otherwise":
        "答案不是 {value}。对每个点算出 relu(1 - label * score)，再取三者的平均。",
    "lesson05.constant.what": "给每个点的得分都是 3 的网络的合页损失，一个数",
    "lesson05.constant.right":
        "类别 +1 的 50 个点在正确的一侧，间隔为 3，损失是 relu(1 - 3) = 0。类别 -1 的 50 个点在错误的一侧，每个点的损失是 relu(1 + 3) = 4。平均是 (50 * 0 + 50 * 4) / 100 = 2。",
    "lesson05.constant.plus_class":
        "0 是类别 +1 的每个点的损失。类别 -1 的点得分也是 3，落在错误的一侧。算一算 relu(1 - (-1) * 3)。",
    "lesson05.constant.minus_class":
        "4 是类别 -1 的每个点的损失。一半的点属于类别 +1，它们的损失是 0。请对全部 100 个点取平均。",
    "lesson05.constant.no_relu":
        "1 是得分为 -1 到 1 之间某个常数时的损失，或者是不用 relu 时的结果（-2 和 4 的平均是 1）。"
        "得分为 3 时，类别 +1 的点的损失是 relu(1 - 3) = 0，不是 -2。",
    "lesson05.constant.sum": "200 是 100 个点的损失之和。要取平均。",
    "lesson05.constant.margin":
        "1 - 3 = -2 是类别 +1 的点在 relu 括号里的值；relu 把它变成损失 0。"
        "而类别 -1 的点也有损失。",
    "lesson05.constant.negative":
        "损失永远不会是负的。对每个点，relu(...) 至少是 0。分别对 y = +1 和 y = -1 算出 relu(1 - y * 3)。",
    "lesson05.constant.otherwise":
        "答案不是 {value}。分别对 y = +1 的点和 y = -1 的点算出 relu(1 - y * 3)；"
        "100 个点里两类各占一半。",

    # -- lesson 05: what a check was doing when the learner's code raised ---
    "lesson05.doing.run": "运行 {call} ",
    "lesson05.doing.make": "创建 {call} ",
    "lesson05.doing.call": "用 {x} 调用 {call} ",
    "lesson05.doing.call_values": "用 {x} 做成的 Value 调用 {call} ",
    "lesson05.explain.value_for_number":
        "传进去的输入是用这些数做成的 Value。在网络里，第一层之后的每一层拿到的都是 Value。"
        "你的代码把一个 Value 放到了只能用实数的地方。错误信息提示取 .data，但在这里那样做并不对，会切断计算图。"
        "请直接用这些 Value 计算（用 Value 做 w * x，再加 b），返回算出来的 Value。",
    "lesson05.doing.parameters": "调用 {call}.parameters() ",
    "lesson05.doing.parameters_again": "第二次调用 {call}.parameters() ",
    "lesson05.doing.step_beside":
        "轮流训练两个网络时，对{which}网络运行 training_step(model, loss_fn, {lr})（第 {step} 步）",
    "lesson05.doing.step_filled":
        "对一个 grad 里还留着一次 backward() 结果的网络运行 training_step(model, loss_fn, {lr})",
    "lesson05.doing.step_again": "在一个新的小网络上连续运行两次 training_step ",
    "lesson05.step.data_not_number":
        "第 {step} 步之后，model.parameters()[{index}].data 是{kind}，不是一个数。.data 里要放数，写成 p.data = p.data - learning_rate * p.grad（用 p.data 和 p.grad，不是 Value p 本身）。",
    "lesson05.doing.step_moved": "对一个走一步就会改变准确率的网络运行 training_step(model, loss_fn, 0.4)",
    "lesson05.doing.step": "对一个小网络运行 training_step(model, loss_fn, {lr})（第 {step} 步）",
    "lesson05.call_on": "输入 {x} 时，{call}",

    # -- lesson 05: count_parameters(nin, nouts) -----------------------------
    "lesson05.count.none": "{call} 返回了 None。函数最后要用 `return` 返回参数个数。",
    "lesson05.count.not_finite": "{call} 返回了 {got}，这不是一个个数；它应该返回一个整数。",
    "lesson05.count.not_a_number": "{call} 返回了{kind}；它应该返回一个整数。",
    "lesson05.count.said": "{call} 返回了 {got}；MLP({nin}, {nouts}) 有 {right} 个参数。",
    "lesson05.count.earlier_call": "{said}这正是前一次调用 {earlier} 得到的参数个数。可能是你的函数返回了写死在代码里的数，也可能是它把前一次调用的结果留了下来（放在字典、默认参数或全局变量里）。每次调用都要用 nin 和 nouts 重新算。",
    "lesson05.count.kept":
        "{said}再调用一次，{first} 现在返回 {again}，而第一次它返回的是正确的 {right}。你的函数在两次调用之间留下了东西{where}。每次调用都只从 nin 和 nouts 算出个数。",
    "lesson05.count.kept_in": "，留在默认参数 {names} 里（它只在定义时建一次，每次调用共用）",
    "lesson05.count.kept_somewhere": "（留在全局变量、默认参数或属性里）",
    "lesson05.count.weights_only":
        "{said}你只数了权重。每个神经元还有一个偏置，所以每个神经元再加 1。",
    "lesson05.count.bias_twice":
        "{said}每个神经元都比正确的多了一个，也就是每个偏置都算了两次（比如 (a + 1) * b 已经给每个神经元算了一个偏置，又再加上了神经元的个数）。每个神经元的偏置只算一次。",
    "lesson05.count.neurons": "{said}你数的是神经元的个数。要数每个神经元的权重和偏置。",
    "lesson05.count.sizes":
        "{said}你把各层的大小加了起来（连 nin 也算上了），数的是输入和神经元的个数，不是参数的个数。"
        "要数每个神经元的权重（它看到的每个输入一个）和它的偏置。",
    "lesson05.count.nin_everywhere":
        "{said}你让每一层都有 nin 个输入。只有第一层接收 nin 个输入；第 i 层接收的是第 i - 1 层的"
        "输出，所以它的每个神经元有 nouts[i - 1] 个权重。",
    "lesson05.count.no_last": "{said}你漏掉了最后一层。每一层都要算，输出层也要算。",
    "lesson05.count.no_first":
        "{said}你漏掉了第一层，它的每个神经元有 nin 个权重和 1 个偏置。",
    "lesson05.count.bias_per_input":
        "{said}你给每个输入都配了一个偏置。偏置属于神经元，每个神经元一个。",
    "lesson05.count.fixed_nin":
        "{said}这正是 MLP({n}, {nouts}) 的参数个数。你的函数按 {n} 个输入来数，而这次调用的 nin 是 {nin}。"
        "可能的原因有两种：该用参数 nin 的地方写了一个数；或者用了之前某次调用留下的数。第一层有 nin 个输入。",
    "lesson05.count.right_before.one": "在这之前试过的那个网络，你的函数数对了，所以也请找一找把不同网络区别对待的条件或上限（比如 if nin < 100、min(...)，或者只为课程里的网络写好的答案）。",
    "lesson05.count.right_before.other": "在这之前试过的 {count} 个网络，你的函数都数对了，所以也请找一找把不同网络区别对待的条件或上限（比如 if nin < 100、min(...)，或者只为课程里的网络写好的答案）。",
    "lesson05.count.written":
        "{said}你把 {got} 直接写进了代码。它只是某一个网络的参数个数。"
        "请用 nin 和 nouts 算出参数个数，对任何大小都成立。",
    "lesson05.count.last_only":
        "{said}这只是最后一层的参数个数，即（它的输入个数 + 1）× 它的神经元个数，前面各层的个数都丢了"
        "（比如该写 `total += ...` 的地方写成了 `total = ...`）。请把每一层的个数都加起来。",
    "lesson05.count.same_for_two":
        "{call} 返回了 {got}，{other} 也返回了 {got}，而这两个网络分别有 {right} 个和 {other_right} 个参数。"
        "你的结果没有随 nin 和 nouts 变化（比如是写在代码里的数，像起步时留下的 return 0）。请用各层的大小来算。"
        "一层有 b 个神经元、每个神经元有 a 个输入，就有 a × b 个权重，再加 b 个偏置。",
    "lesson05.count.otherwise":
        "{said}你的结果{off}。可能的原因有以下几种：（1）多了或少了一个 + 1。（2）漏掉或多算了一层。"
        "（3）给了每个输入一个偏置，或者每层一个偏置，而不是每个神经元一个。（4）某一层的神经元没算偏置"
        "（输出层也有偏置，nonlin=False 去掉的只是 relu）。（5）某一层的输入个数算错了。（6）只为某些大小写了数（比如按你试过的网络列了一张表）。"
        "一层有 b 个神经元、每个神经元有 a 个输入，就有 a × b 个权重，再加 b 个偏置；"
        "第一层的 a = nin，之后每一层的 a 都是前一层的大小。",
    "lesson05.count.built":
        "{call} 给出了正确的数 {count:,}，但它用了 {megabytes:.0f} MB 内存，看起来它是先把网络建出来再数的。只用 nin 和 nouts 把数算出来。如果一层有 b 个神经元，每个神经元有 a 个输入，这一层就有 b × (a + 1) 个参数。",
    "lesson05.count.right":
        "如果一层有 b 个神经元，每个神经元有 a 个输入，这一层就有 b × (a + 1) 个参数，而每一层的输入就是前一层的输出。所以 MLP(2, [16, 16, 1]) 有 48 + 272 + 17 = 337 个参数，而一个很小的图像分类器 MLP(784, [128, 10]) 就已经有 101,770 个参数。",

    # -- lesson 05: parameters() and a network's output ----------------------
    "lesson05.parameters.of_neuron": "一个神经元先列出它的权重，再列出它的偏置",
    "lesson05.parameters.of_layer": "一层按神经元的顺序，依次列出每个神经元的参数",
    "lesson05.parameters.of_mlp": "一个网络列出它每一层的参数，一层接一层",
    "lesson05.parameters.of_other": "先是它的权重，再是它的偏置",
    "lesson05.parameters.missing":
        "{call} 没有方法 parameters()。定义 `def parameters(self):`，让它返回由它的各个 Value 组成的列表。",
    "lesson05.parameters.none":
        "{call}.parameters() 返回了 None。它应该返回由它的各个 Value 组成的列表（{what}）。",
    "lesson05.parameters.not_a_list":
        "{call}.parameters() 返回了{kind}；它应该返回由 Value 组成的列表。",
    "lesson05.parameters.iterator":
        "{call}.parameters() 返回了{kind}，它应该返回由 Value 组成的列表。这种对象没有 len()"
        "（本课用 len(model.parameters()) 数参数），而且遍历一遍就用完了。请把这些 Value "
        "放进一个列表再返回（用 `return [...]`，不要用 `yield`）。",
    "lesson05.parameters.not_values":
        "{call}.parameters() 里有{kind}。里面应该是 Value 对象本身（不是它们的 .data），"
        "这样训练才能更新它们。",
    "lesson05.parameters.not_values.other":
        "{call}.parameters() 里有{kind}。里面应该只有 Value 对象本身，这样训练才能更新它们。",
    "lesson05.parameters.nested":
        "{call}.parameters() 的列表里套着{kind}。它应该是一个平的 Value 列表，里面不能再有列表。{join}。",
    "lesson05.parameters.join.neuron": "请用 + 把列表连起来（self.w + [self.b]），或者用 extend 加进同一个列表，不要把一个列表放进另一个（[self.w, self.b]）",
    "lesson05.parameters.join.layer": "请把每一部分列表里的 Value 取出来，写成 `[p for n in self.neurons for p in n.parameters()]`，不要把列表一个个列进去",
    "lesson05.parameters.join.network": "请把每一部分列表里的 Value 取出来，写成 `[p for layer in self.layers for p in layer.parameters()]`，不要把列表一个个列进去",
    "lesson05.parameters.twice": "{call}.parameters() 把同一个 Value 列出了不止一次。可能是列表里同一个对象重复了多次（`[Value(...)] * n` 得到的是同一个 Value 的 n 个引用；`[Value(...) for _ in range(n)]` 才是 n 个不同的 Value），也可能是 parameters() 把某一部分列了两遍，还可能是同一个 Value 交给了两个部分（比如 `n.b = other.b` 这样的赋值，会让两个神经元用同一个偏置对象）。",
    "lesson05.parameters.repeated_part": "{call}.parameters() 把同一个 Value 列出了不止一次。列表 self.{name} 里同一个对象出现了好几次（`[x] * n` 就会这样，它重复的是同一个对象的引用），这些项其实是同一个对象，训练时也只能一起变。请让每一项都重新创建，写成 `[... for _ in range(n)]`。",
    "lesson05.parameters.grows":
        "{call}.parameters() 第一次给出 {first} 个 Value，第二次给出 {second} 个。"
        "每次调用都往一个留着的列表里添东西（比如 self.w.append(self.b)），"
        "所以每列一次参数，对象就变一次。每次调用都要新建一个列表，不要改动对象"
        "（Neuron 可以写 `return self.w + [self.b]`）。",
    "lesson05.parameters.new_values":
        "{call}.parameters() 每次调用都给出新的 Value 对象，第二次列出的 Value 和第一次不同。"
        "这样训练更新的只是副本，而不是网络计算时用的 Value。要返回对象保存的那些 Value。",
    "lesson05.parameters.changes":
        "两次调用 {call}.parameters() 得到的列表不一样（{first} 个和 {second} 个 Value）。"
        "parameters() 应该列出对象保存的 Value，每次都是同样那些，而且什么都不改动。",
    "lesson05.changed_input":
        "用 {x} 运行 {call} 时，它改动了传给它的输入列表。网络只读取输入，不改动这个列表。"
        "要新建列表，不要改动 x。",
    "lesson05.changed_input_values":
        "用 {x} 运行 {call} 时，它改动了输入里的 Value，调用之后它们的 data 是 {now}。"
        "网络只读取输入的 data，从不改写它；结果要用新建的 Value 算出来。",
    "lesson05.changed_nouts":
        "{call} 改动了传给它的列表 nouts，{before} 变成了 {after}。不要改动调用者的列表，"
        "要新建一个，比如 sizes = [nin] + nouts。",
    "lesson05.class_state_others":
        "{call}.parameters() 有 {count} 个 Value，个数对了，可已经不是它刚建好时列出的那些，而是后来新建的 {cls} 的。"
        "你的 {cls} 改动了 {names}。它是类本身的属性，所有 {cls} 共用它。每个对象自己的列表要放在 self 上，在 __init__ 里新建。",
    "lesson05.class_state":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。你的 {cls} 改动了 "
        "{names}。它是类本身的属性，所有 {cls} 共用它，之前建的也一样。"
        "每个对象自己的列表要放在 self 上，在 __init__ 里新建。",
    "lesson05.default_state":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。你的 {cls} 把建它要用的东西放在{what}里，所以里面还留着之前建的对象放进去的东西。每个对象都要在 __init__ 里新建自己的列表，放在 self 上。",
    "lesson05.no_way_back":
        "{call} 的输出里有一个用 Value(data, children, op) 直接建出来的节点，它没有办法把梯度传回去（没有 _backward，也没有局部导数），"
        "所以 backward() 过不去，比如手写的 relu。请用 Value 自己的运算，比如 n.relu()，它们记下了怎样把梯度往回传。",
    "lesson05.neuron.wrong_after_calls":
        "输入 {x} 时，{call} 一开始的输出是对的。检查函数做过别的调用之后，新建一个 {call}，由检查函数设好权重，"
        "它第一次调用就给出 {got}，应该是 {want}。可见它算出的结果取决于之前的调用，而不是它自己的权重。"
        "对象之外有东西从一次调用留到了下一次（放在默认参数、类或模块里的计数器或列表）。输出只能由权重、偏置和 x 算出。",
    "lesson05.right_when_called_again":
        "{call} 输入 {x} 时，一开始给出 {want}；检查函数新建并用过另一个之后，它给出 {got}；再用同样的数调用一次，"
        "又给出 {want}。可见它的输出不只取决于 x 和它自己的{parts}。可能的原因有两种：（1）把之前的输出留下来又返回"
        "（比如按 id(x) 查找，而 Python 会把已经不在的列表的 id 分给新建的列表）。（2）某个在两次调用之间会变的东西"
        "（计数器、开关）。请每次调用都用 x 和{parts}重新算出输出。",
    "lesson05.shared":
        "输入 {x} 时，{call} 第一次输出 {want}，检查函数又建了一个并用过之后，它给出 {got}。"
        "你的各个对象共用了{what}。每个 {cls} 都要有自己的{parts}，在 __init__ 里建在 self 上。",
    "lesson05.shared.parts.neuron": "权重、偏置和 nonlin",
    "lesson05.shared.parts.layer": "神经元",
    "lesson05.shared.parts.network": "层",
    "lesson05.shared.on_class":
        " {names}。它是类本身的属性（写在类体里，或者通过类名设置），不是每个对象自己的",
    "lesson05.shared.default":
        "默认参数 {names}（属于 __init__，只在运行 def 时创建一次，之后每个对象都共用它）",
    "lesson05.neuron.init_shared":
        "新建的 {call} 一开始的权重就是 {weights}，正是检查函数给前一个神经元设的权重。你的神经元共用了{what}。每个神经元都要在 __init__ 里建自己的权重，写成 self.w = [Value(random.uniform(-1, 1)) for _ in range(nin)]。",
    "lesson05.shared.elsewhere":
        "同一份放在对象之外的东西（可能是默认参数，比如 w=[]，也可能是类属性或模块里的列表）",
    "lesson05.output.none": "{call} 返回了 None。要返回输出的 Value。",
    "lesson05.neuron.same_output":
        "输入 {x} 时，{call} 返回的正是它输入 {earlier} 时返回过的那个 Value。它把之前某次调用的输出留了下来"
        "（比如存在 self 上），又返回了一次。请每次调用都用 x 重新算出输出。",
    "lesson05.stale.same_value":
        "检查函数通过 parameters() 改动了你的 {call} 的每个参数（训练的一步就是这样做的），然后又用 {x} 调用了它。"
        "它返回的，正是改参数之前输入 {x} 时返回过的那个 Value，输出还是原来的 {got}。用新的参数，应该是 {want}。"
        "你的代码把之前某次调用的结果留了下来（比如存在缓存里），又返回了一次，所以训练永远改变不了输出。"
        "请每次调用都用参数算出输出。",
    "lesson05.stale.same_number":
        "检查函数通过 parameters() 改动了你的 {call} 的每个参数（训练的一步就是这样做的），然后又用 {x} 调用了它。"
        "它给出 {got}，和改参数之前给的一样。用新的参数，应该是 {want}。"
        "你的代码留着改参数之前的结果（或数），比如存在缓存里，没有用参数现在的值去算，所以训练永远改变不了输出。"
        "请每次调用都用参数算出输出。",
    "lesson05.stale.wrong_at_numbers":
        "检查函数通过 parameters() 把你的 {call} 的参数改成了 {numbers}（先是权重，最后是偏置），"
        "训练的一步就是这样改参数的。然后又用 {x} 调用了它。它给出 {got}，正确的是 {want}。"
        "新建一个 {call}，给它同样的参数，第一次调用就给出 {fresh}。所以原因不是之前的调用留下了什么，"
        "而是你的输出在这些参数下算错了。请检查每个权重和偏置是怎样加进总和的（比如某个数在某些值上被单独处理了）。",
    "lesson05.stale.otherwise_or_numbers":
        "检查函数通过 parameters() 改动了你的 {call} 的每个参数（训练的一步就是这样做的），然后又用 {x} 调用了它。"
        "它给出 {got}。用新的参数，应该是 {want}。改参数之前，它给出的是 {before}。"
        "可能的原因有以下几种：（1）之前某次调用的部分结果被留了下来（比如存在 Layer 或 Neuron 的缓存里）。"
        "（2）你的代码在两次调用之间保存了别的状态，并且读取的是这些状态，而不是参数。"
        "（3）只在新的参数值上才出现的错误（比如某个数被单独处理了）。",
    "lesson05.stale.otherwise":
        "检查函数通过 parameters() 改动了你的 {call} 的每个参数（训练的一步就是这样做的），然后又用 {x} 调用了它。"
        "它给出 {got}。用新的参数，应该是 {want}。改参数之前，它给出的是 {before}。"
        "可能的原因有两种：（1）之前某次调用的部分结果被留了下来（比如存在 Layer 或 Neuron 的缓存里）。"
        "（2）你的代码在两次调用之间保存了别的状态，并且读取的是这些状态，而不是参数。",
    "lesson05.call_changes_grad":
        "用 {x} 运行 {call} 时，它把 {name} 的 grad 从 {before} 改成了 {after}。"
        "{total} 个 grad 中有 {count} 个变了。检查函数在调用前先给每个参数设了一个 grad，就像 backward() 之后那样。"
        "__call__ 只负责算出输出，grad 归 backward() 和 zero_grad() 管。"
        "不然，在 backward() 和更新之间调用模型（比如打印一个预测），就会改掉更新要用的梯度。",
    "lesson05.output.in_list":
        "{call} 返回了{kind}，里面只有一个 Value。请直接返回这个 Value。本课后面的单元格要画出这个得分，"
        "调用它的 backward()，读取它的 .data，而{kind}没有这些。",
    "lesson05.mlp.shares_parameters":
        "{call} 做出的两个网络共用了 {total} 个参数中的 {count} 个。它们是同一批 Value 对象，"
        "训练一个就等于也在训练另一个。你的 MLP 把层（或神经元）存在了比一个网络活得更久的地方，"
        "又把它们交给了新的网络。可能的地方有默认参数（比如 `_cache={{}}`）、类属性、模块里的变量。"
        "请在 `__init__` 里每次都新建这些层。",
    "lesson05.output.list":
        "{call} 返回了 {count} 个 Value 组成的列表，但最后一层只有 1 个神经元。让 x 依次穿过各层。每一层的输出是下一层的输入，最后一层给出的就是输出。",
    "lesson05.output.method":
        "{call} 返回的是一个 Value 的方法 {name}，而不是调用它的结果。不带括号的 `n.{name}` 就是方法本身。"
        "请调用它，写成 `n.{name}()`。",
    "lesson05.output.not_a_value":
        "{call} 返回了{kind}。用 Value 搭出输出（wi * xi，+ b），"
        "这样它才是一个 Value，backward() 才能到达权重。",

    # -- lesson 05: Neuron ------------------------------------------------------
    "lesson05.neuron.init_range":
        "新建的 {call} 的权重是 {weights}。每个权重一开始都应该是 "
        "Value(random.uniform(-1, 1))，也就是 -1 到 1 之间的一个随机数。",
    "lesson05.neuron.init_same":
        "新建的 {call} 的每个权重一开始都是 {w}。请用 random.uniform(-1, 1) 分别取每个权重，"
        "这样一层里的神经元一开始就各不相同，才能学到不同的东西。",
    "lesson05.neuron.init_one_sign":
        "新建的 {call} 的权重从 {low} 到 {high}，全都同号。请用 random.uniform(-1, 1) 分别取每个权重，"
        "这样权重一开始在 0 的两边都有。",
    "lesson05.neuron.init_bias":
        "新建的 {call} 的偏置一开始是 {b}。练习里每个偏置都从 0 开始，写成 Value(0.0)，和 micrograd 一样。"
        "随机的权重已经让各个神经元不同了。",
    "lesson05.neuron.init_repeated":
        "先后创建的两个 {call} 的初始权重完全相同。这样一层里的每个神经元都算同样的东西，得到同样的梯度，永远和别的神经元一样。可能是权重用了固定的数，也可能是在 __init__ 里重新设了随机数种子（在里面调用了 random.seed）。请用 random.uniform(-1, 1) 生成每个权重，并且只在类的外面设一次种子。",
    "lesson05.neuron.grads_before_backward":
        "用 {x} 运行 {call} 之后，检查函数还没调用 backward()，grad 就已经变了。刚调用完时 {name}.grad "
        "是 {got}，本来应该还是 0。__call__ 只负责搭出输出，backward() 要在之后从损失出发运行一次。",
    "lesson05.neuron.right":
        "你的神经元用 Value 算出 relu(w . x + b)，每个 * 和每个 + 各对应一个节点；"
        "权重相同时，它的输出和梯度与包里的 Neuron 一样（检查函数试了 2 个、3 个、5 个、16 个和 17 个输入）。",
    "lesson05.neuron.count.weights.one":
        "{call}.parameters() 有 {total} 个 Value，是 {count} 个权重和 1 个偏置。"
        "神经元的每个输入对应一个权重，Neuron({nin}) 需要 {nin} 个权重（建 nin 个），再加一个偏置。",
    "lesson05.neuron.count.weights.other":
        "{call}.parameters() 有 {total} 个 Value，是 {count} 个权重和 1 个偏置。"
        "神经元的每个输入对应一个权重，Neuron({nin}) 需要 {nin} 个权重（建 nin 个），再加一个偏置。",
    "lesson05.neuron.count.weights_left_out.one":
        "{call}.parameters() 里有 {total} 个 Value，包括偏置，以及 self.w 中除了 {names} 以外的所有权重。"
        "parameters() 要列出每个权重和偏置（训练只会移动它列出的参数）。",
    "lesson05.neuron.count.weights_left_out.other":
        "{call}.parameters() 里有 {total} 个 Value，包括偏置，以及 self.w 中除了 {names} 这 {count} 个以外的所有权重。"
        "parameters() 要列出每个权重和偏置（训练只会移动它列出的参数）。",
    "lesson05.neuron.count.no_bias":
        "{call}.parameters() 有 {count} 个 Value，只有 {nin} 个权重，没有偏置。"
        "神经元的每个输入对应一个权重，外加一个偏置。",
    "lesson05.neuron.count.wrong.one":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。每个输入对应一个权重，外加一个偏置。",
    "lesson05.neuron.count.wrong.other":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。每个输入对应一个权重，外加一个偏置。",
    "lesson05.neuron.weights": "权重 {w}、偏置 {b}（检查函数通过 parameters() 设定）",
    "lesson05.neuron.bias_first_relu":
        "{call} 对 w . x + b 和 relu 的计算是对的，但它的 parameters() 把偏置放在了前面。顺序是先权重、后偏置，写成 `return self.w + [self.b]`。",
    "lesson05.neuron.bias_first":
        "{call} 对 w . x + b 的计算是对的，但它的 parameters() 把偏置放在了前面。顺序是先权重、后偏置，写成 `return self.w + [self.b]`。",
    "lesson05.neuron.other_order":
        "{call} 对 w . x + b 的计算是对的，但它的 parameters() 列出参数的顺序不对。它的顺序是 {listed}，应该是 {right}。"
        "检查是按 parameters() 列出的顺序给参数设数的。请先列权重、后列偏置，写成 `return self.w + [self.b]`。",
    "lesson05.neuron.no_operation_nodes":
        "{call} 的输出是对的，但它的计算图里一个运算节点都没有，只是用一个数新建的 Value。"
        "这个练习要的是第 02 课和第 03 课的计算图。每个 * 和每个 + 都有一个节点，用 Value 本身搭起来（wi * xi，+ b），而不是用它们的 .data。",
    "lesson05.neuron.few_nodes.one":
        "{call} 的输出是对的，但它的计算图只有 {count} 个运算节点。这个练习要的是第 02 课和第 03 课的计算图。每个 * 和每个 + 都有一个节点，用 Value 本身搭起来（wi * xi，+ b），而不是用它们的 .data。",
    "lesson05.neuron.few_nodes_or_one.one":
        "输入 {x} 时，{call} 的输出是对的，但它的计算图只有 {count} 个运算节点。这个练习要的是第 02 课和第 03 课的计算图。每个 * 和每个 + 都有一个节点，用 Value 本身搭起来（wi * xi，+ b）。可能的原因有两种：（1）有的节点是用 .data 算的（那是一个数，不是节点）；（2）输入或权重是 1 或 0 时省掉了 *（用 wi 代替了 wi * xi，或者干脆不加 wi * 0）。",
    "lesson05.neuron.few_nodes.other":
        "{call} 的输出是对的，但它的计算图只有 {count} 个运算节点。这个练习要的是第 02 课和第 03 课的计算图。每个 * 和每个 + 都有一个节点，用 Value 本身搭起来（wi * xi，+ b），而不是用它们的 .data。",
    "lesson05.neuron.few_nodes_or_one.other":
        "输入 {x} 时，{call} 的输出是对的，但它的计算图只有 {count} 个运算节点。这个练习要的是第 02 课和第 03 课的计算图。每个 * 和每个 + 都有一个节点，用 Value 本身搭起来（wi * xi，+ b）。可能的原因有两种：（1）有的节点是用 .data 算的（那是一个数，不是节点）；（2）输入或权重是 1 或 0 时省掉了 *（用 wi 代替了 wi * xi，或者干脆不加 wi * 0）。",
    "lesson05.neuron.changes_parameter":
        "用 {x} 调用 {call}，它改动了它自己的参数 {name}。检查函数把它设成 {before}，用这组输入调用它之后（先给 Value，再给普通的数），它变成了 {after}。"
        "前向计算只读参数，不写参数；只有训练的一步才会挪动参数。",
    "lesson05.neuron.bias_of_0_left_out":
        "用{weights}时，输入 {x} 时 {call} 的输出是对的，但 backward() 之后 b.grad 是 0，应该是 {want}。偏置不在输出的计算图里。"
        "新神经元的偏置都是 0，加上 0 不改变任何数，可是不在计算图里的偏置得不到梯度，训练时永远不会动。"
        "不管偏置是多少，都要把 self.b 加进总和里（sum(..., self.b)）。",
    "lesson05.neuron.parameter_grad":
        "用{weights}，输入 {x} 时，{call} 的输出是对的，但 backward() 之后 {name}.grad 是 {got}；"
        "应该是 {want}。用参数的 Value 本身（不是它们的 .data）搭出输出，"
        "并且每次调用都重新算一个输出。",
    "lesson05.neuron.relu_lets_grad_through":
        "用{weights}，输入 {x} 时，{call} 的输出是对的，是 0（这里 w . x + b 小于 0），"
        "但 backward() 之后 {name}.grad 是 {got}，应该是 {want}。每个 grad 都和去掉 relu、"
        "只剩 w . x + b 时一样。你的 relu 输出了 0，却让梯度照样传了过去。relu 输出 0 的地方，"
        "它的局部导数也是 0。给 n 加上一个数做成的 relu（n + (-n.data)）值是 0，导数却还是 1。"
        "请用 n.relu()。",
    "lesson05.neuron.input_grad":
        "backward() 之后，x{index}.grad 是 {got}，应该是 {want}。"
        "要乘的是输入的 Value 本身（wi * xi），不是它们的 .data。",
    "lesson05.neuron.value.said_relu":
        "用{weights}，输入 {x} 时，{call} 输出 {got}，应该输出 {want}（relu({n})）。",
    "lesson05.neuron.value.said_linear":
        "用{weights}，输入 {x} 时，{call} 输出 {got}，应该输出 {want}"
        "（w . x + b = {n}，没有 relu）。",
    "lesson05.neuron.value.relu_elsewhere":
        "{said}在 w . x + b 离 0 较远的地方（3.25 和 -2.25），你的神经元是对的，所以它的 relu 分界点不在 0。"
        "relu(n) 对大于 0 的每个 n（不管多小）都等于 n，对小于 0 的每个 n 都等于 0（n if n.data > 0 else 0）。",
    "lesson05.neuron.value.no_relu_now":
        "{said}这是没有 relu 的 w . x + b。可是在检查函数最开始的几次调用里，你的神经元用上了 relu"
        "（w . x + b 小于 0 时，Neuron(3) 给出了 0）。可能的原因有两种：（1）留着之前调用的东西（比如计数器），"
        "调用若干次之后它关掉了 relu。（2）在某些大小（这里是 {nin} 个输入）或某些数上漏掉了 relu。只要 nonlin 为 True，就要用 relu。",
    "lesson05.neuron.value.no_relu":
        "{said}这是没有 relu 的 w . x + b。nonlin 为 True 时要用 relu。",
    "lesson05.neuron.value.relu_at_output":
        "{said}nonlin=False 时没有激活函数。请直接返回 w . x + b（输出神经元的得分必须能小于 0）。",
    "lesson05.neuron.value.bias_sign": "{said}这是 w . x - b，偏置的符号反了。输出是 w . x + b。",
    "lesson05.neuron.value.no_bias": "{said}你漏掉了偏置 b。输出是 w . x + b。",
    "lesson05.neuron.value.leaky":
        "{said}这是 {ratio} × (w . x + b)。和小于 0 时，你的激活函数让其中一部分通过了（比如 leaky relu）。relu 在这里给出 0，请用 n.relu()。",
    "lesson05.neuron.value.bias_after_relu":
        "{said}这是 relu(w . x) + b，偏置是在 relu 之后才加上的。先把偏置加进和里，再对整个和用 relu，也就是 relu(w . x + b)。",
    "lesson05.neuron.list_changed_by_call":
        "新建的 {call} 在 parameters() 里列出 {before} 个 Value，用 {x} 调用一次之后却列出 {after} 个。"
        "调用神经元改动了它自己的参数列表（比如往 self.w 里追加了东西）。前向计算只读权重和偏置，"
        "既不改动它们，也不改动 parameters() 给出的列表。",
    "lesson05.neuron.parameters_changed":
        "检查函数又建了一个神经元并用过之后，{call}.parameters() 给出的是别的 Value，不再是它第一次列出的那些（它的输出就是由那些算出来的）。"
        "你的神经元共用了{what}。parameters() 每次都必须列出这个神经元自己的权重和偏置，因为训练的一步更新的就是它列出的 Value。",
    "lesson05.neuron.value.plus_for_times":
        "{said} 这正是 (w1 + x1) + (w2 + x2) + ... + b 的结果。你的神经元把每个权重和它的输入相加了，"
        "把 `*` 写成了 `+`。每一项应该是 wi * xi。",
    "lesson05.neuron.value.tanh":
        "{said}这是 tanh(w . x + b)；这一课的隐藏层神经元用的是 relu。",
    "lesson05.neuron.value.otherwise":
        "{said}用 Value 算出 {sum} + b，也就是全部 {nin} 个输入的 wi*xi 之和加上 b，"
        "nonlin 为真时再接 relu。",
    "lesson05.neuron.value.first_inputs.one":
        "{said}这正是只用第一个输入得到的结果。你的神经元在它的 {nin} 个输入中只用了第一个。"
        "不管 nin 是多少，都要对全部输入求 wi*xi 的和，例如 "
        "`sum((wi * xi for wi, xi in zip(self.w, x)), self.b)`。",
    "lesson05.neuron.value.first_inputs.other":
        "{said}这正是只用前 {count} 个输入得到的结果。你的神经元在它的 {nin} 个输入中只用了前 {count} 个。"
        "不管 nin 是多少，都要对全部输入求 wi*xi 的和，例如 "
        "`sum((wi * xi for wi, xi in zip(self.w, x)), self.b)`。",

    # -- lesson 05: Layer and MLP -------------------------------------------------
    "lesson05.layer.count.one_neuron":
        "{call}.parameters() 有 {count} 个 Value，这只是一个神经元。一层有 nout = 2 个神经元，每个有 3 个权重和 1 个偏置。",
    "lesson05.layer.count.bias_left_out":
        "{call}.parameters() 有 {count} 个 Value，可它的每个神经元自己的 parameters() 都列出了 4 个（3 个权重和 1 个偏置）。"
        "所以是 Layer.parameters() 漏掉了偏置。请列出每个神经元的每个参数，写 [p for n in self.neurons for p in n.parameters()]。",
    "lesson05.layer.count.no_bias":
        "{call}.parameters() 有 {count} 个 Value。是 2 个神经元、每个 3 个权重，却没有偏置吗？检查 Neuron 有没有偏置。",
    "lesson05.layer.count.wrong.one":
        "{call}.parameters() 有 {count} 个 Value，应该有 8 个，也就是 2 个神经元，"
        "每个有 3 个权重和 1 个偏置。",
    "lesson05.layer.count.wrong.other":
        "{call}.parameters() 有 {count} 个 Value，应该有 8 个，也就是 2 个神经元，"
        "每个有 3 个权重和 1 个偏置。",
    "lesson05.layer.not_two":
        "输入 {x} 时，{call} 返回的是 {got}，这是{kind}；它应该返回由 2 个 Value 组成的列表，每个神经元一个。",
    "lesson05.layer.other_activation":
        "用和包里 Layer(3, 2) 相同的权重，输入 {x} 时，{call} 输出 {got}，应该输出 {want}。"
        "你的输出是每个神经元的加权和 w · x + b 再取 {name}。这个网络的神经元在 nonlin 为 True 时用的是 relu，也就是 max(0, w · x + b)"
        "（在你的 Neuron 里，或者在自己计算加权和的 Layer 里）。",
    "lesson05.layer.wrong_outputs":
        "用和包里 Layer(3, 2) 相同的权重，输入 {x} 时，{call} 输出 {got}，应该输出 {want}。"
        "这一层的每个神经元得到的是同样的输入 x。（你的 Neuron 通过它的检查了吗？）",
    "lesson05.layer.parameters_mixed":
        "用和包里 Layer(3, 2) 相同的权重，输入 {x} 时，{call} 输出 {got}，应该输出 {want}。"
        "你的层的 parameters() 里是它的神经元的 Value，但不是一个神经元接一个神经元排的"
        "（先是第一个神经元的 w1、w2、w3、b，再是第二个的），而检查函数正是按这个顺序设定权重的。"
        "请写成 `return [p for n in self.neurons for p in n.parameters()]`。",
    "lesson05.layer.parameters_reversed":
        "用和包里 Layer(3, 2) 相同的权重，输入 {x} 时，{call} 输出 {got}，应该输出 {want}。"
        "输出是对的，只是顺序反了。你的层的 parameters() 把神经元倒过来列出（最后一个神经元的权重在最前面），"
        "而检查函数是按 parameters() 的顺序设定权重的。请按 self.neurons 的顺序列出，写成 "
        "`[p for n in self.neurons for p in n.parameters()]`。",
    "lesson05.layer.outputs_reversed":
        "用和包里 Layer(3, 2) 相同的权重，输入 {x} 时，{call} 输出 {got}，应该输出 {want}。"
        "输出是对的，只是顺序反了。你的层的 parameters() 按顺序列出神经元，但 __call__ 把它们的输出倒过来给出了。"
        "请按 self.neurons 的顺序返回输出，写成 `[n(x) for n in self.neurons]`。",
    "lesson05.layer.order_candidates":
        "用和包里 Layer(3, 2) 相同的权重，输入 {x} 时，{call} 输出 {got}，应该输出 {want}。"
        "输出是对的，只是顺序反了。检查函数按 parameters() 的顺序设定权重（先是第一个神经元的权重和偏置，再是第二个的）。"
        "可能是 parameters() 列出神经元的顺序和 __call__ 用它们的顺序不同，也可能是 __call__ 把输出倒过来返回了。",
    "lesson05.layer.shared_with_twin":
        "用 {call} 建的两个层共用了参数，第二个层的 parameters() 里有 {count} 个 Value 就是第一个层的。"
        "你的层共用了{what}。每个 Layer 都要在 __init__ 里建自己的神经元，放在 self 上（self.neurons = [...]），"
        "不然两个形状相同的网络会训练同一组权重。",
    "lesson05.layer.changed_by_another": "创建 Layer(3, 1) 改变了在它之前创建的 {call}。它的 parameters() 现在给出 {count} 个 Value，而不是原来的 8 个。每一层都要有自己的神经元，在 __init__ 里创建，放在 self 上（self.neurons = [...]），不要放在类上，也不要放在类外面的列表里。",
    "lesson05.layer.wide_count":
        "{call} 是本课网络的宽度。它有 {params} 个参数，而 16 个两输入的神经元应该有 48 个。"
        "Layer(3, 2) 和 Layer(3, 1) 都是对的，所以你的 Layer 建出的神经元个数并不总等于 nout，"
        "比如给个数设了上限。请不管 nout 是多少，都建出 nout 个神经元。",
    "lesson05.layer.wide_outputs":
        "{call} 是本课网络的宽度。它有正确的 48 个参数，输入 {x} 时却给出 {outputs} 个输出。"
        "它的 16 个神经元应该给出 16 个输出。Layer(3, 2) 给出了它的 2 个输出，"
        "所以你的 __call__ 里有随神经元个数而变的东西，比如只留下了一部分输出。请返回每个神经元的输出。",
    "lesson05.layer.single_count":
        "Layer(3, 1) 有 {count} 个参数，应该有 4 个（一个神经元的 3 个权重和一个偏置），"
        "而刚才建的 Layer(3, 2) 有正确的 8 个。可能的原因有以下几种：神经元的个数照着例子写死了，"
        "没有用 nout；或者保留了之前建的层的神经元（在模块里的列表中，"
        "或者在 neurons=[] 这样的默认参数里）。",
    "lesson05.layer.single_in_list":
        "输入 {x} 时，Layer(3, 1) 返回的是 {got}，这是{kind}；只有一个神经元的层应该单独返回这个神经元的 Value（不放在列表里），写成 `return outs[0] if len(outs) == 1 else outs`。这样网络的得分才是一个 Value。",
    "lesson05.layer.relu_kept":
        "输入 {x} 时，{call} 给出 {got}，应该是 {want}。它的神经元仍然用了 relu，说明 nonlin=False 没有传到它们那里。每个神经元都要用 Neuron(nin, **kwargs) 来建。",
    "lesson05.mlp.count.layers_left_out":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。"
        "它只列出了{kept}的参数，漏掉了{missing}的参数（这是和每一层自己的 parameters() 比较得出的）。"
        "请列出每一层的参数，写成 `[p for layer in self.layers for p in layer.parameters()]`。",
    "lesson05.mlp.count.layer_sizes":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。按“输入个数 → 神经元个数”写，"
        "你的各层是 {got}，这个网络需要的是 {want}。各层的大小是 [nin] + nouts，第 i 层接收第 i - 1 层的输出。",
    "lesson05.mlp.sizes_separator": "、",
    "lesson05.mlp.count.layer_count":
        "这是 {layers} 层，而 nouts 要的是 {wanted} 层。nouts 里有几个数，就建几层（不要在代码里写死层数）。",
    "lesson05.mlp.count.no_biases":
        "{call}.parameters() 有 {count} 个 Value。没有偏置吗？每个神经元都有一个。",
    "lesson05.mlp.count.nin_everywhere":
        "{call}.parameters() 有 {count} 个 Value，好像每一层都接收那 {nin} 个输入。第 i 层接收的是第 i - 1 层的输出，所以各层的大小是 [nin] + nouts。",
    "lesson05.mlp.count.no_last":
        "{call}.parameters() 有 {count} 个 Value，好像少了最后一层。",
    "lesson05.mlp.count.no_first":
        "{call}.parameters() 有 {count} 个 Value，好像少了第一层。各层的大小是 [nin] + nouts，所以第一层有 nin 个输入、nouts[0] 个神经元。",
    "lesson05.mlp.count.fewer_layers":
        "{call}.parameters() 有 {count} 个 Value，和 MLP({nin}, {built}) 一样多，"
        "只有 {layers} 层，而 nouts 要的是 {wanted} 层。可能的原因有两种：代码里写死了层数（比如例子的三层）；"
        "或者只遍历了 nouts 的一部分。nouts 有几项，就建几层，各层的大小是 [nin] + nouts。",
    "lesson05.mlp.count.wrong.one":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。"
        "一层有 b 个神经元、每个神经元有 a 个输入时，有 b * (a + 1) 个参数，各层的大小是 [nin] + nouts。",
    "lesson05.mlp.count.wrong.other":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。"
        "一层有 b 个神经元、每个神经元有 a 个输入时，有 b * (a + 1) 个参数，各层的大小是 [nin] + nouts。",
    "lesson05.mlp.said":
        "用和包里 {call} 相同的权重，你的网络给点 {x} 的得分是 {got}，应该是 {want}。",
    "lesson05.mlp.relu_at_output":
        "{said}你的输出经过了 relu，所以得分永远不会是负数，网络也就永远判不出类别 -1。最后一层不应该用激活函数（nonlin=False）。",
    "lesson05.mlp.no_hidden_relu":
        "{said}你的隐藏层没有 relu。除了最后一层，每一层都要用 relu（nonlin=True）。",
    "lesson05.mlp.layer": "第 {index} 层（self.layers[{position}]）",
    "lesson05.mlp.hidden_without_relu.one":
        "{said}你的网络在每个点上的得分，都和同一个网络去掉{layers}的 relu 时一样。"
        "除了最后一层，每一层都要用 relu（nonlin=True），这里就是 {hidden} 个隐藏层。"
        "检查这一层是怎么建的。",
    "lesson05.mlp.hidden_without_relu.other":
        "{said}你的网络在每个点上的得分，都和同一个网络去掉{layers}的 relu 时一样。"
        "除了最后一层，每一层都要用 relu（nonlin=True），这里就是 {hidden} 个隐藏层。"
        "检查这几层是怎么建的。",
    "lesson05.mlp.relu_in":
        "{said}你的网络在每个点上的得分，都和同一个网络只在{layers}用 relu 时一样。"
        "除最后一层（这里是第 {last} 层）不用 relu（nonlin=False）外，其余各层（这里是 {hidden} 个隐藏层）都要用 relu。",
    "lesson05.neuron.default_nonlin":
        "给出 nonlin 时你的 Neuron 是对的，可是不给 nonlin 做出的 Neuron(3) 在点 {x} 上给出 {got}，"
        "而 relu 应该给出 0（那里 w · x + b 是 -2.25）。没有特别说明时，Neuron 要用 relu。"
        "请把 nonlin 的默认值设为 True，写成 def __init__(self, nin, nonlin=True)。",
    "lesson05.mlp.holds_earlier":
        "{call}.parameters() 有 {count} 个 Value，应该有 {expected} 个。多出来的 {extra} 个，正好是之前建的网络"
        "（{earlier}，以及更早的）的参数个数。你的 MLP 把各层或它们的参数放在了所有 MLP 共用的地方"
        "（类上的列表、全局变量或默认参数），并且一直往里加。请让每个 MLP 在 __init__ 里建自己的列表（self.layers = [...]）。",
    "lesson05.mlp.same_for_every_point":
        "用和包里 {call} 相同的权重，你的网络给点 {x} 和点 {y} 的得分一样，都是 {got}，而应该分别是 {want_x} 和 {want_y}。"
        "它的输出不随输入变化。可能的原因有以下几种：把之前某次调用的输出留了下来（放在 self 上、类上、全局变量里或默认参数里）又返回了；"
        "某一层没有用传给它的 x；或者 parameters() 列出权重的顺序和各层、各神经元的顺序不一样"
        "（检查函数通过它设置权重，权重放错了位置，可能让每个 relu 都输出 0）。",
    "lesson05.mlp.otherwise_special":
        "{said}在它之前那些点上，你的得分都是对的，而这个点有一个坐标是 {number}。可能的原因有以下几种："
        "（1）对值为 {number} 的输入另作了处理（去掉了，或者换成了别的数）；（2）某一层没有把上一层的输出当作输入；"
        "（3）Neuron 或 Layer 没有通过它自己的检查。",
    "lesson05.mlp.wrong_after_calls":
        "用和包里 {call} 相同的权重，你的网络给点 {x} 的得分是 {got}，应该是 {want}。"
        "而且检查函数之前判为正确的 {first}，重新新建并设好权重后，第一次调用就给点 {first_x} 打出 {now}，应该是 {right}。"
        "可见你的代码算出的结果取决于之前的调用，对象之外有东西从一次调用留到了下一次（放在类上、默认参数里或模块里的计数器或列表）。"
        "每个得分都只能由权重和 x 算出。",
    "lesson05.mlp.otherwise":
        "{said}这些得分也不是同一个网络在别的层用 relu 时的得分。可能的原因有以下几种："
        "某一层没有把上一层的输出当作输入；Neuron 或 Layer 没有通过它自己的检查；"
        "parameters() 没有按顺序列出各层，或者没有让每个神经元先权重、后偏置；某一行代码对某些输入另作了处理。",
    "lesson05.mlp.two_outputs.relu":
        "用和包里 {call}（一个有两个输出的网络）相同的权重，你的网络给点 {x} 的得分是 {got}；"
        "应该是 {want}。这正是对的得分再经过 relu 的结果。你的输出层有两个神经元时用了 relu，"
        "而在 MLP(2, [4, 3, 1]) 里它没有用。一层用不用 relu 只看它的位置。除了最后一层，"
        "每一层都用；最后一层不管有几个神经元都不用（nonlin=False）。",
    "lesson05.mlp.two_outputs.otherwise":
        "用和包里 {call}（一个有两个输出的网络）相同的权重，你的网络给点 {x} 的得分是 {got}；"
        "应该是 {want}。只有一个输出的网络得分是对的。可能的原因有以下几种："
        "某一层用不用 relu 不是按它的位置决定的（比如按它的大小）；"
        "MLP 或 Layer 里有只能处理一个输出的代码。",
    "lesson05.step.wrong_later":
        "它之前的几步都是对的，所以一步留给下一步的东西也可能是原因。可能的原因有两种：（1）backward() 之前没有把所有的 grad 都设回 0"
        "（只清零了一部分参数）；（2）放在模型上或全局变量里的东西，比如动量法里的速度变量，或者某个标志。",
    "lesson05.step.drifts_first":
        "在一个新的小网络上（学习率 0.01），你的 training_step 走完第一步后，parameters()[{index}] 是 {got}，"
        "按练习的做法应该是 {want}。而它在检查函数用的其他网络上走的步都是对的。这个网络的偏置是 0，"
        "这一步它的 grad 正好是 -1。可能的原因有以下几种：（1）把某些东西从之前的调用留了下来（比如计数器），改变了这一步。"
        "（2）参数的 grad 或值取某些数（0、1 或 -1）时跳过了它，或者另作了处理。（3）对 0.01 这样小的学习率另作了处理。"
        "每一步都只能由它的参数算出，而且每个参数都用同一条规则，即 p.data -= learning_rate * p.grad。",
    "lesson05.step.wrong_in_schedule.one":
        "在同一个小网络上，按第 4 节循环的做法把本课的学习率依次传给你的 training_step（1.0 - 0.9 * k / 99，从 1.0 降到 0.1）。"
        "它只对了 1 步。第 {step} 步（学习率 {lr}）之后，parameters()[{index}] 是 {got}，练习的步骤给出的是 {want}。"
        "可能的原因有两种：（1）对某些学习率另作了处理（对 learning_rate 或它的某个范围写了 `if`）。"
        "（2）留着之前调用的东西（比如计数器），它改变了这一步。请只用参数算出每一步，"
        "不管学习率是多少，都是 p.data -= learning_rate * p.grad。",
    "lesson05.step.wrong_in_schedule.other":
        "在同一个小网络上，按第 4 节循环的做法把本课的学习率依次传给你的 training_step（1.0 - 0.9 * k / 99，从 1.0 降到 0.1）。"
        "它对了 {count} 步。第 {step} 步（学习率 {lr}）之后，parameters()[{index}] 是 {got}，练习的步骤给出的是 {want}。"
        "可能的原因有两种：（1）对某些学习率另作了处理（对 learning_rate 或它的某个范围写了 `if`）。"
        "（2）留着之前调用的东西（比如计数器），它改变了这一步。请只用参数算出每一步，"
        "不管学习率是多少，都是 p.data -= learning_rate * p.grad。",
    "lesson05.step.drifts.one":
        "在同一个小网络上一次又一次调用你的 training_step（学习率 0.01），只有第 1 步是对的，"
        "第 {step} 步之后 parameters()[{index}] 却是 {got}，按练习的做法应该是 {want}。"
        "它把某些东西从一步留到了下一步（放在网络上或别处，比如计数器），改变了这一步。每一步都只能由它的参数算出。",
    "lesson05.step.drifts.other":
        "在同一个小网络上一次又一次调用你的 training_step（学习率 0.01），前 {count} 步都是对的，"
        "第 {step} 步之后 parameters()[{index}] 却是 {got}，按练习的做法应该是 {want}。"
        "它把某些东西从一步留到了下一步（放在网络上或别处，比如计数器），改变了这一步。每一步都只能由它的参数算出。",
    "lesson05.drifts.one":
        "你的 {call} 在 x = {x} 上给出 {first}，可是紧接着的下一次调用，在同样的 x、同样的权重下，它给出了 {later}。"
        "它把上一次调用留下的东西带进了下一次调用（比如每次调用都会改动的属性，像计数器），改变了算出的结果。"
        "每个输出都只能由 x 和权重算出。",
    "lesson05.drifts.other":
        "你的 {call} 在 x = {x} 上给出 {first}，可是又调用了 {count} 次之后，在同样的 x、同样的权重下，它给出了 {later}。"
        "它把上一次调用留下的东西带进了下一次调用（比如每次调用都会改动的属性，像计数器），改变了算出的结果。"
        "每个输出都只能由 x 和权重算出。",
    "lesson05.mlp.wrong_when_made_again":
        "在检查函数用的几个较小的尺寸上，你的网络都是对的。但检查函数建过别的网络之后，再新建一个 {call}，"
        "给它和第一个同样的权重，它对点 {x} 给出的分数是 {got}，而第一个给出的是 {want}。"
        "可见你的 MLP 建出什么、算出什么，取决于之前建过的网络。对象之外有东西从一个网络留到了下一个"
        "（放在默认参数、类或模块里的计数器、列表或会计数的对象）。每个网络只能由 nin 和 nouts 建出来。",
    "lesson05.mlp.wide_wrong":
        "在检查函数用的几个较小的尺寸上，你的网络都是对的。可是用包里的权重时，你的 {call}（本课自己的尺寸）"
        "在点 {x} 上给出的得分是 {got}，应该是 {want}。可能的原因有以下几种：（1）某一层只建了或只返回了一部分神经元。"
        "（2）某个神经元只读了一部分输入（用了切片，或者写死的数，比如 [:8] 或 range(5)）。"
        "（3）输出神经元用了 relu（有 16 个输入时没有保持 nonlin=False）。"
        "每一层都要有 nout 个神经元，每个神经元都要读全部 nin 个输入。",
    "lesson05.mlp.grad":
        "你的 {call} 的得分是对的，但 backward() 之后，参数 parameters()[{index}] "
        "的 grad 是 {got}，应该是 {want}。每个输出都要用参数的 Value 本身搭起来。",
    "lesson05.mlp.other_layers": "你的 {call} 算出的得分是对的，可是它的层是 `{kind}`，不是你写的 {name}。练习要的是用你自己的层搭成的 MLP。请用 {name}(...) 新建每一层（这样课文里比较计算图大小时，数的才是你的节点）。",
    "lesson05.mlp.right":
        "你的 MLP(2, [4, 3, 1]) 和包里的一样有 31 个参数；权重相同时，它给出的得分和梯度与 micrograd_lite.nn.MLP(..., fused=False) 一样。隐藏层用 relu，输出层是普通的 w . x + b。",

    # -- lesson 05: training_step(model, loss_fn, learning_rate) ----------------
    "lesson05.step.bug.plus":
        "你的更新在往上坡走。应该减去，写成 p.data = p.data - learning_rate * p.grad（你写成了加号）。",
    "lesson05.step.bug.no_zero_grad":
        "你的第一步是对的，第二步不对。第一步的梯度还留在 p.grad 里，因为 backward() 是往 .grad 上累加的。可能的原因有以下几种：loss.backward() 之前没有调用 model.zero_grad()；model.zero_grad 后面漏了 ()（这样只是引用了这个方法，并没有调用它）；清零时写成了 ==（p.grad == 0.0 只是比较，什么也没改）；在笔记本里的另一个网络上调用了 zero_grad()，而不是作为第一个参数传进来的模型；或者只在某些调用里才运行 zero_grad()（比如用 if 判断一个放在模型上或别处的标志）。",
    "lesson05.step.bug.times_data":
        "你的更新乘上了 p.data，写成了 learning_rate * p.grad * p.data。一步只是 learning_rate * p.grad，也就是 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.bug.data_for_grad":
        "你的更新减去的是 learning_rate * p.data，于是不管损失怎样，每个参数都只往 0 缩。一步要沿着梯度走，也就是 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.bug.data_dropped":
        "你的更新丢掉了 p.data。p.data = -learning_rate * p.grad 把每个参数设成了步长本身。一步要从参数当前的位置出发，写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.bug.assigned":
        "每一步之后，你的参数都等于 learning_rate * p.grad，不管它原来是多少。"
        "`p.data = learning_rate * p.grad` 就会这样，它把 `-=` 写成了 `=`。"
        "一步要让每个参数从它现在的位置出发移动，写成 p.data -= learning_rate * p.grad"
        "（或 p.data = p.data - learning_rate * p.grad）。",
    "lesson05.step.bug.backward_twice":
        "你的步子是应有长度的两倍。可能的原因有以下几种：backward() 运行了两次（它每次都往 .grad 上累加）；更新写了两遍；或者学习率翻了倍（2 * learning_rate）。每一步只调用一次 loss.backward()，并按 learning_rate * p.grad 把每个 p 更新一次。",
    "lesson05.step.bug.rate_twice":
        "你的每一步都相当于把学习率自乘了一次（检查函数要 0.4，你走的是 0.16；要 1.5，你走的是 2.25）。"
        "学习率用了两次，比如写成了 learning_rate * learning_rate * p.grad。每个 p 只要更新 learning_rate * p.grad。",
    "lesson05.step.bug.size":
        "你的更新用的是梯度的大小 abs(p.grad)，把它的符号丢掉了。梯度为负的参数本该增大（损失往那边下降），你的却减小了。"
        "符号说明哪边是下坡，更新应该写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.bug.sign":
        "你的每一步都一样长，都是学习率那么长，和梯度的大小无关。更新只用了梯度的符号（+1 或 -1）。"
        "一步应该是学习率乘以梯度本身，也就是 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.bug.zero_data":
        "你的一步在 backward() 之前把每个 p.data 都设成了 0，这等于把网络扔掉了。要清零的是 grad。先 model.zero_grad()（每个参数的 p.grad = 0），然后 loss.backward()，然后 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.nothing_moved":
        "第 {step} 步之后，没有一个参数动过，它们的 grad 也都是 0。可能的原因有以下几种：没有调用 loss.backward()；在 loss.backward() 之后、更新读取 grad 之前，又把 grad 设回了 0（model.zero_grad()）；或者根本没有更新 p.data。正确的顺序是先 model.zero_grad()，再 loss.backward()（更新要用它填进去的 grad），然后对 model.parameters() 里的每个 p 做 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.nothing_moved_grads_filled":
        "第 {step} 步之后，没有一个参数动过，但它们的 grad 已经填好了。也就是说 backward() 运行了，而更新没有改动模型自己参数的 p.data。可能的原因有以下几种：更新写在了 loss.backward() 之前（那时 grad 还是 0）；更新写进了 p.grad 而不是 p.data；把新的 Value 赋给了循环变量（p = Value(...)）或放进了列表（ps[i] = Value(...)），这都不会改动它们；或者更新的是传进来的 model 以外的网络（比如笔记本里的 model）的参数。请对 model.parameters() 里的每个 p 做 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.loss_of_another":
        "第 {step} 步里，你的 training_step 把另一个网络交给了 loss_fn，而不是传进来的 model（比如它的副本 copy.deepcopy(model)，或者笔记本里的 model），"
        "model 的参数也没有走到这一步该到的地方。请用传进来的 model 计算 loss_fn(model)，并更新它自己的参数。",
    "lesson05.step.rounded":
        "第 {step} 步之后，每个参数都是保留 {decimals} 位小数的数，你的一步把 p.data 取整了。比这个精度还小的步子就丢掉了"
        "（这里 {total} 个参数里有 {count} 个没有动），其余的也都差了最多半个末位。"
        "请原样保存 p.data = p.data - learning_rate * p.grad，不要取整。",
    "lesson05.step.steep":
        "在一个梯度大到 {largest} 的损失上（只有一个神经元的网络，损失乘了 1000），用 learning_rate {lr} 走一步之后，"
        "参数 {index} 是 {got}，应该是 {want}。",
    "lesson05.step.steep_clipped":
        "这正是把梯度截断在 ±{limit} 之内走出的一步。梯度再大，一步也要用完整的梯度，写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.steep_other":
        "可能的原因有两种：给梯度或步长设了上限；或者梯度大时另有一套规则。梯度再大，一步也要用完整的梯度，写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.clipped":
        "第 {step} 步里，梯度小的参数你按 learning_rate * p.grad 更新，梯度大的最多只走 learning_rate * {limit}，"
        "也就是把梯度截断在 ±{limit} 之内了。一步要用完整的梯度，写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.frozen.one":
        "第 {step} 步之后，{total} 个参数里有 {count} 个按梯度应该动却没有动，就是 "
        "model.parameters()[{first}]。",
    "lesson05.step.frozen.other":
        "第 {step} 步之后，{total} 个参数里有 {count} 个按梯度应该动却没有动（第一个是 "
        "model.parameters()[{first}]）。",
    "lesson05.step.frozen_after_first.one":
        "只有第一个参数动了，它后面的一个也没动。可能的原因有以下几种：遍历参数的循环里有 return 或 break；"
        "代码里写死了参数的个数；或者只遍历了 model.parameters() 的一部分（某一层的参数，或一个切片）。",
    "lesson05.step.frozen_after_first.other":
        "只有前 {count} 个参数动了，后面的参数一个也没动。可能的原因有以下几种：遍历参数的循环里有 return 或 break；"
        "代码里写死了参数的个数；或者只遍历了 model.parameters() 的一部分（某一层的参数，或一个切片）。",
    "lesson05.step.frozen_beside":
        "你的 training_step 在一个网络上是对的，但轮流训练第二个网络 MLP(3, [16, 16, 1]) 和重新建的第一个网络时，就出错了。第 {step} 步之后，{which}网络的 {total} 个参数里有 {count} 个没有动（第一个是 model.parameters()[{first}]）。",
    "lesson05.step.frozen_small":
        "这些参数该走的步都比每个动了的参数小（它们的梯度绝对值更小）。可能的原因有两种：（1）把步长取整了"
        "（learning_rate * p.grad 很小时被取整成 0）；（2）用 `if` 跳过了很小的梯度。不管多小，每个参数都要移动 learning_rate * p.grad。",
    "lesson05.step.frozen_large":
        "这些参数该走的步都比每个动了的参数大（它们的梯度绝对值更大）。一种可能是对 p.grad 的 `if` 判断跳过了很大的梯度。"
        "不管多大，每个参数都要移动 learning_rate * p.grad。",
    "lesson05.step.frozen_one_side":
        "这些参数该走的步，全都落在动了的参数的步的同一侧（它们的梯度全都比其他参数的小，或者全都比其他参数的大）。"
        "一种可能是对 p.grad 的 `if` 判断跳过了它们。不管梯度是多少，每个参数都要移动。",
    "lesson05.step.update_every": "每个参数都要更新。",
    "lesson05.step.update_every_listed": "model.parameters() 列出的参数不管有多少个，都要更新。",
    "lesson05.step.frozen_at_zero":
        "没动的参数在这一步之前都是 0（偏置从 0 开始），而该动、又不是 0 的参数都动了，所以你的这一步漏掉了值为 0 的参数。不管参数的值是多少，都要更新它。",
    "lesson05.step.first": "第一个",
    "lesson05.step.second": "第二个",
    "lesson05.step.other_network":
        "你的 training_step 在检查用的小网络 MLP(2, [4, 1]) 上是对的，但在输入为 3 个数的 MLP(3, [16, 16, 1]) 上不对，"
        "单独训练它也不对。第 {step} 步之后，它的参数 model.parameters()[{index}] 是 {got}，应该是 {want}。"
        "可能的原因有以下几种：（1）更新只在梯度小的时候和 "
        "p.data - learning_rate * p.grad 一致（梯度被截断或缩放了）。（2）用了从例子的网络里得来的大小。"
        "（3）参数的 grad 或值取某些数时另作了处理（比如 grad 为 0，那个网络里就有）。"
        "（4）你的函数从前几次调用里留下了什么（比如一个计数器）。"
        "每个参数都要正好减去 learning_rate * p.grad。",
    "lesson05.step.side_by_side":
        "你的 training_step 在一个网络上是对的，轮流训练两个网络时却不对"
        "（新建的第一个网络，和输入点各有 3 个坐标的第二个网络 MLP(3, [16, 16, 1])）。"
        "第 {step} 步之后，{which}网络的参数 model.parameters()[{index}] 是 {got}，应该是 {want}。"
        "你的 training_step 把上一次调用留下的东西带进了下一次调用"
        "（函数外面留着的参数、梯度或模型，或者默认参数）。"
        "每次调用都只从参数 model 和 loss_fn 里取要用的东西。",
    "lesson05.step.wrong_again.one":
        "检查函数第一次在新网络上走第 1 步时，结果是对的；接着在另一个网络上调用了一次你的函数，再在一个新网络上走同样的第 1 步，结果就不对了。"
        "model.parameters()[{index}] 是 {got}，应该是 {want}。"
        "你的 training_step 把上一次调用留下的东西带进了下一次调用（计数器、函数外面的列表或模型，或者默认参数），"
        "而它做的事取决于这些东西。每次调用都只用它的参数 model、loss_fn 和 learning_rate。",
    "lesson05.step.wrong_again.other":
        "检查函数第一次在新网络上走第 1 步时，结果是对的；接着在别的网络上调用了 {count} 次你的函数，再在一个新网络上走同样的第 1 步，结果就不对了。"
        "model.parameters()[{index}] 是 {got}，应该是 {want}。"
        "你的 training_step 把上一次调用留下的东西带进了下一次调用（计数器、函数外面的列表或模型，或者默认参数），"
        "而它做的事取决于这些东西。每次调用都只用它的参数 model、loss_fn 和 learning_rate。",
    "lesson05.step.wrong_at_rate_one":
        "学习率是 0.4、0.25 和 1.5 时，你的 training_step 都是对的。可是在一个新网络上用学习率 1.0"
        "（课里第一步用的就是它）走一步之后，parameters()[{index}] 是 {got}，按练习的做法应该是 {want}。"
        "可能的原因有两种：（1）对某些学习率另作了处理（对 learning_rate 写了 `if`）；"
        "（2）把某些东西从之前的调用留了下来，改变了这一步。更新要写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.own_rate":
        "第 {step} 步让每个参数移动了梯度的 {used} 倍，而给定的学习率是 {lr}，所以你的更新没有照原样使用参数 learning_rate。"
        "可能的原因有以下几种：（1）写死了一个数；（2）在 learning_rate 之外又乘了一个因子；（3）像 min(learning_rate, 0.5) 这样设了上限；"
        "（4）对某些学习率另作了处理（对 learning_rate 写了 `if`）；（5）学习率随调用次数改变（比如靠放在模型上或别处的计数器）。更新要写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.no_rate":
        "第 {step} 步把每个参数都移动了整个梯度，相当于学习率 1，而给定的学习率是 {lr}。更新里漏了 learning_rate"
        "（或者写死了 1）。更新要写成 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.wrong":
        "第 {step} 步（学习率 {lr}）之后，参数 model.parameters()[{index}] 是 {got}，应该是 {want}。一步的做法是 model.zero_grad()，调用一次 loss.backward()，然后对每个参数做 p.data = p.data - learning_rate * p.grad，用参数 learning_rate。",
    "lesson05.step.grads_times":
        "第 {step} 步之后参数是对的，但每个 grad 都正好是一次 backward() 留下的值的 {times} 倍。"
        "backward() 是往 .grad 上累加的，调用 {times} 次就会这样"
        "（学习率再除以 {times}，更新就又对了，可是之后读取梯度的代码看到的仍是错的数）；把 grad 乘以 {times} 也会这样。"
        "每一步只调用一次 loss.backward()，并让 grad 保持它留下的值。",
    "lesson05.step.grads_scaled":
        "第 {step} 步之后参数是对的，但每个 grad 都是 loss.backward() 留下的 {ratio} 倍。可能的原因有两种："
        "backward() 是从别的数而不是损失本身开始的（({ratio} * loss).backward()，再在更新里把学习率补回来）；"
        "或者 backward() 之后又缩放了 grad。请在损失本身上调用 loss.backward()，并让 grad 保持它留下的样子。"
        "画梯度的图，或者在这一步之后读取梯度的循环，都会看到别的数。",
    "lesson05.step.grads_changed":
        "第 {step} 步之后参数是对的，但 model.parameters()[{index}].grad 是 {got}，而 backward() 留下的是 {want}。你的 training_step 在 backward() 之后又改了 grad。请让它们保持 backward() 留下的值（为下一步把它们设为 0 也可以）。否则画梯度的图，或者在这一步之后读取梯度的循环，都会看到错误的数。",
    "lesson05.step.filled_grads.cleared_after":
        "网络的 grad 从 0 开始时，你的一步是对的。可如果 grad 里已经有一次 backward() 留下的值"
        "（比如训练前你调用过 loss.backward() 看梯度），学习率 {lr} 的一步会把 "
        "model.parameters()[{index}] 变成 {got}，应该是 {want}。你的一步结束时所有 grad 都是 0，"
        "说明它是在更新之后清零，而不是在 backward() 之前。backward() 会把新的梯度加到旧的上面。"
        "请在 loss.backward() 之前调用 model.zero_grad()。",
    "lesson05.step.filled_grads.nothing_moved":
        "你的这一步在检查函数的其他网络上都是对的，可在一个新网络上用学习率 {lr} 走一步之后，每个参数都还在原处。"
        "model.parameters()[{index}] 仍是 {got}，应该是 {want}。可能的原因有两种：某些调用跳过了更新（比如用了计数器）；"
        "或者对 grad 里已经有东西的网络另有一套规则。每次调用都要更新每个参数。",
    "lesson05.step.filled_grads.otherwise":
        "网络的 grad 从 0 开始时，你的一步是对的。可如果 grad 里已经有一次 backward() 留下的值"
        "（比如训练前你调用过 loss.backward() 看梯度），学习率 {lr} 的一步会把 "
        "model.parameters()[{index}] 变成 {got}，应该是 {want}。backward() 会加到 .grad "
        "原有的值上，所以每一步都要在 loss.backward() 之前调用 model.zero_grad()。",
    "lesson05.step.right":
        "在每一步里，先用当前的参数算出损失。接着把梯度清零，再调用 backward，重新算出梯度。最后让每个参数朝梯度的反方向走一步。第 4 节的循环调用它 100 次。",
    "lesson05.step.return.none":
        "training_step 在第 {step} 步返回了 None。最后写上 `return loss.data, accuracy`。",
    "lesson05.step.return.value":
        "training_step 返回的是损失的 Value 本身。它应该返回损失的数值和准确率这两个数，写成 `return loss.data, accuracy`。",
    "lesson05.step.return.not_two":
        "training_step 返回的是 {got}，这是{kind}；它应该返回两个数，写成 `return loss.data, accuracy`。",
    "lesson05.step.return.loss_value":
        "training_step 返回了损失的 Value；要返回它的数值 loss.data，写成 `return loss.data, accuracy`。",
    "lesson05.step.return.swapped":
        "training_step 先返回了准确率，后返回损失；顺序反了。应该是 `return loss.data, accuracy`。",
    "lesson05.step.return.loss_not_number":
        "training_step 返回的第一个数应该是损失，一个数（loss.data）。",
    "lesson05.step.return.network_changed":
        "第 {step} 步时 training_step 返回的损失是 {got}，这是 loss_fn 在这一步开始时给它的损失。"
        "可是检查函数在上一步之后核对过它的参数，这些参数给出的损失是 {want}。所以网络算出的结果和它的参数对不上，"
        "网络里参数以外的东西被改了（比如激活函数，或者增加、删除、替换了神经元或层）。训练的一步只改每个参数的 p.data，别的都不动。",
    "lesson05.step.return.wrong_loss":
        "第 {step} 步时 training_step 返回的损失是 {got}；这一步开始时的损失是 {want}。"
        "要返回 loss_fn 在这一步开始时、更新之前给出的损失。可能的原因有以下几种：损失是在更新之后算的；"
        "损失来自传进来的 loss_fn 以外的函数（比如笔记本里定义的另一个函数）；算的是传进来的 model 以外的网络（比如笔记本里的 model）的损失；或者损失被四舍五入了"
        "（原样返回 loss.data，只在打印时取整）。",
    "lesson05.step.return.accuracy_after":
        "在一个走一步就会改变准确率的网络上（另一组权重的 MLP(2, [4, 1])，学习率 0.4），"
        "training_step 返回的准确率是 {got}，这是更新之后的准确率；这一步开始时的准确率是 {want}。"
        "请返回 loss_fn 和损失一起给出的准确率，也就是更新之前的那个。",
    "lesson05.step.return.accuracy_moved":
        "在一个走一步就会改变准确率的网络上（另一组权重的 MLP(2, [4, 1])，学习率 0.4），"
        "training_step 返回的准确率是 {got}；这一步开始时的准确率是 {want}。"
        "请返回 loss_fn 和损失一起给出的准确率，也就是更新之前的那个。",
    "lesson05.step.return.wrong_accuracy":
        "第 {step} 步时 training_step 返回的准确率是 {got}，应该是 {want}，"
        "也就是 loss_fn 和损失一起给出的准确率。",
    # -- lesson 06: a Value class of one's own ------------------------------------
    "lesson06.doing.make": "创建 {call} ",
    "lesson06.init.what": "Value 类本身，写成 `answer = Value`",
    "lesson06.init.not_a_class": "把类本身交上来，`answer = Value`，而不是{kind}。",
    "lesson06.init.missing": "Value 没有 `{name}`。请在 `__init__` 里设置 `self.{name}`。",
    "lesson06.init.grad":
        "新建的 Value 的 `grad` 应该是 0.0，但它是 {got}（这是 `{name}.grad`，检查函数执行的是 `{name} = {made}`）。"
        "每个 Value 的 grad 一开始都是 0.0（`self.grad = 0.0`），这时还没有任何梯度传回给它。不管它的 data 是多少，也不管之前已经建了多少个 Value，都是这样。",
    "lesson06.init.default":
        "没有传入 `{name}` 时，它应该是 {want}，但它是 {got}。这是你在 `def __init__` 那一行写的默认值。"
        "请把默认值改成 {want}（写成 `{name}={want}`）。",
    "lesson06.init.on_the_class":
        "这里的 `{name}` 应该是 {want}，但它是 {got}。这个 Value 自己没有 `{name}`，读到的是类上的 `{owner}.{name}`，所有 Value 共用这一个。要让每个 Value 各存各的，在 `__init__` 里写 `{form}`。",
    "lesson06.init.not_kept":
        "这里的 `{name}` 应该是 {want}，但它是 {got}（这是 `{who}.{name}`，检查函数执行的是 `{who} = {made}`）。"
        "`__init__` 收到什么就保存什么。",
    "lesson06.init.no_prev":
        "Value 没有 `_prev`。请把输入保存下来，写成 `self._prev = tuple(_children)`。",
    "lesson06.init.prev_order":
        "`{name}._prev`（检查函数执行的是 `{name} = {made}`）里输入的顺序和传进来的 _children 不一样。请原样保存，写成 `tuple(_children)`，不要倒过来，也不要排序。先变成集合再转成元组，写成 `tuple(set(_children))`，也会把顺序丢掉（直接用集合是可以的，micrograd 就这样存，集合本来就不表示顺序）。"
        "逐步演示和检查函数的消息都按这个顺序列出一个节点的输入（x1*w1 里 x1 在 w1 前面）。",
    "lesson06.init.op_label_swapped":
        "`_op` 和 `label` 放反了。Value(-6.0, (a, b), \"*\") 的 `_op` 是 ''，`label` 却是 '*'。"
        "参数的顺序是 Value(data, _children=(), _op='', label='')，各自放回原处，写成 `self._op = _op` 和 `self.label = label`。",
    "lesson06.init.drops_zero":
        "`g._prev`（检查函数执行的是 `g = {made}`，其中 z = Value(0.0)）里有 a 却没有 z。你的 `__init__` 漏掉了 data 为 0 的输入，"
        "把它从计算图里切掉了（backward() 到不了它，本该经过它传下去的梯度就丢了）。请保存每一个输入，写成 `self._prev = tuple(_children)`。",
    "lesson06.init.prev_not_inputs":
        "检查函数后来做的 `{made}` 的 _prev 是 {got}，应该放算出它时用到的那 {count} 个 Value（它的输入）{want} 本身。"
        "可能的原因有两种：（1）你的 __init__ 留着之前建的 Value 带来的东西（比如计数器）；（2）它按输入里存的东西漏掉了一些输入（比如 data 不是整数的）。"
        "不管之前建过多少个 Value，都请把传进来的 _children 一个不少地原样保存，写成 `self._prev = tuple(_children)`。",
    "lesson06.init.wrong_prev.one":
        "`_prev` 里应该放算出它时用到的那一个 Value（它的输入），现在却是 {got}。",
    "lesson06.init.wrong_prev.none":
        "只由一个数新建的 Value 没有输入，它的 `_prev` 应该是空的 ()，现在却是 {got}。",
    "lesson06.init.wrong_prev.other":
        "`_prev` 里应该放算出它时用到的那 {count} 个 Value（它的输入），现在却是 {got}。",
    "lesson06.init.numbers_in_prev":
        "`{name}._prev` 里放的是得到 {name} 的那些 Value 的数（它们的 .data），而不是 Value 本身。"
        "backward() 要能到达这些输入，所以要保存传进来的对象本身，写成 `self._prev = tuple(_children)`。",
    "lesson06.init.copies_in_prev":
        "`{name}._prev` 里有 {count} 个对象，却不是得到 {name} 的那些 Value，而是用它们新建的对象。"
        "backward() 要找到的是输入本身，所以要保存传进来的那些对象本身，写成 `self._prev = tuple(_children)`。",
    "lesson06.init.later":
        "检查快结束时新建的 `Value(1.5)` 没有给 {name}（之前检查函数已经新建了几十个 Value），它的 {name} 却是 {got}。"
        "没给 {name} 的 Value，不管之前建过多少个 Value，{name} 都是空字符串 “”。draw_dot 用 label 和 _op 标出每个节点。",
    "lesson06.init.later_value":
        "检查函数先建了别的 Value，之后新建的 `{call}` 的 {name} 是 {got}，应该是 {want}。"
        "你的 __init__ 存下的内容取决于之前建过的 Value（比如一个在多次调用之间保留下来的计数器）。"
        "不管之前建过多少个，每个新 Value 都要保存给它的 data，grad 是 0.0，_prev 是给它的那些输入。",
    "lesson06.init.shared_prev_input":
        "你的所有 Value 共用同一个 `_prev`（{kind}）。检查函数新建了六个 Value 之后，`{name}._prev` 是 "
        "{got}，可是 {name} 不是由运算得到的（它是输入，`_prev` 应该是空的）。新建一个 Value 会改动所有其他 Value 的 "
        "`_prev`。让每个 Value 有自己的 `_prev`，写 `self._prev = tuple(_children)`。",
    "lesson06.init.shared_prev.one":
        "你的所有 Value 共用同一个 `_prev`（{kind}）。检查函数新建了六个 Value 之后，`{name}._prev` 是 "
        "{got}，可是 {name} 是由 {count} 个 Value 算出来的。新建一个 Value 会改动所有其他 Value 的 "
        "`_prev`。让每个 Value 有自己的 `_prev`，写 `self._prev = tuple(_children)`。",
    "lesson06.init.shared_prev.other":
        "你的所有 Value 共用同一个 `_prev`（{kind}）。检查函数新建了六个 Value 之后，`{name}._prev` 是 "
        "{got}，可是 {name} 是由 {count} 个 Value 算出来的。新建一个 Value 会改动所有其他 Value 的 "
        "`_prev`。让每个 Value 有自己的 `_prev`，写 `self._prev = tuple(_children)`。",
    "lesson06.init.no_backward":
        "新建的 Value 需要一个什么也不做的 `_backward`，写成 `self._backward = lambda: None`。",
    "lesson06.init.leaf_backward_changes": "`__init__` 给新 Value 设的 `_backward` 会改动它的 grad。调用之前 grad 是 0.5，之后是 {got}。不由运算得到的 Value 没有什么可以往下传，所以它的 `_backward` 什么也不做（`self._backward = lambda: None`）。backward() 也会调用它，它必须让每个 grad 保持原样。",
    "lesson06.init.doing_leaf_backward": "调用 Value(2.0, label=\"a\") 的 `_backward`（它不由任何运算得到）",
    "lesson06.init.changes_inputs":
        "创建 `{call}` 改变了它的输入 {name}。`{name}.{attribute}` 原来是 {before}，之后变成了 {after}。"
        "`__init__` 只设置新 Value 自己的属性（`self.grad = 0.0` 等），把输入原样放进 `_prev`。"
        "输入的 grad 属于输入自己。",
    "lesson06.init.right":
        "你的 Value 保存了它的数，grad 从 0 开始，还记住了它的输入（`_prev`）、"
        "它的运算（`_op`）和它的标签。",
    "lesson06.add_mul.what": "带 __add__ 和 __mul__ 的 Value 类，写成 `answer = Value`",
    "lesson06.doing.compute": "计算 `{expr}` ",
    "lesson06.more_operations.what": "加上了新运算的 Value 类，写成 `answer = Value`",
    # -- engine_check: a learner's Value class against the package's ----------
    "engine_check.what": "Value 类本身，例如 `answer = Value`",
    "engine_check.not_a_class":
        "check_engine 要的是你的 Value 类本身，而不是{kind}。请传入 `Value`，不要传 `Value(2.0)`。",
    "engine_check.not_a_class_other":
        "check_engine 要的是你的 Value 类本身，而不是{kind}。请传入这个类 `Value`。",
    "engine_check.a_name_in_quotes": "你传入的是字符串 {got}。去掉引号，写成 `answer = {name}`。",
    "engine_check.backward_not_attached.composite":
        "`{expr}` 的结果在 `_prev` 里记下了输入，但它没有自己的 `_backward`，"
        "所以什么也传不给输入的梯度。请用已经写好的运算把你的 `{method}` 写成 `{form}`，"
        "这样两样都会记下来（或者给这个节点写一个自己的 `_backward`，并设 `out._backward = _backward`）。",
    "engine_check.backward_not_attached":
        "`{expr}` 的结果在 `_prev` 里记下了它的输入，但它的 `_backward` 没有给它们的 grad 加上任何东西。这个运算里写了 `out._backward = _backward` 吗？",
    "engine_check.backward_defaults":
        "`{expr}` 的结果有自己的 `_backward`，但它没有往输入的 grad 上加任何东西，而且它带有默认参数"
        "（{names}）。默认参数只在 `def` 运行时算一次，也就是建节点的时候，那时 out.grad 还是 0。"
        "如果其中有一个代表 out.grad，请改成在函数体里、`_backward` 运行的时候再读 out.grad。",
    "engine_check.backward_adds_nothing":
        "`{expr}` 的结果在 `_prev` 里记下了它的输入，也有自己的 `_backward`，但这个 `_backward` "
        "没有给输入的 grad 加上任何东西。可能的原因有以下几种：函数体还空着（`...` 或 `pass`）；"
        "加到了输入的 `.grad` 以外的地方；局部导数在这里算出来正好是 0（比如把指数取成了整数，int(0.5) 是 0）；或者有个条件让这样的输入跳过了更新（比如按输入大小写的 if）。",
    "engine_check.prev_empty.since":
        "`{expr}` 得到的 Value 的 `_prev` 是空的，可是用新的输入调用 `{method}` 时，结果的 `_prev` 记下了输入。"
        "可能的原因有两种：（1）之后把它当作输入的某个运算清空了它的 `_prev`"
        "（运算只读取输入，从不改动输入）。（2）`{method}` 只在某些调用里记下输入（比如为某些数写了捷径，像 0）。",
    "engine_check.prev_empty.init":
        "`{expr}` 得到的 Value 的 `_prev` 是空的，所以 backward() 找不到它的输入。`__init__` 里要写 `self._prev = tuple(_children)`。",
    "engine_check.prev_empty.composite":
        "`{expr}` 得到的 Value 的 `_prev` 是空的。你的 `{method}` 只用一个数新建了 Value，"
        "既没有传 `_children`，也没有 `_backward`，所以 backward() 无法通过它找到输入。"
        "就算把输入作为 `_children` 传进去也还不够，这个节点还需要它自己的 `_backward`。"
        "请用已经写好的运算写成 `{form}`，这样两样都会记下来。",
    "engine_check.prev_empty.operation":
        "`{expr}` 得到的 Value 的 `_prev` 是空的，所以 backward() 找不到它的输入。`{method}` 在创建结果时要把输入作为 `_children` 传进去，写成 {make}。",
    "engine_check.input_left_graph":
        "`{name}` 不在 `{expr}` 的计算图里。从结果顺着 `_prev` 往下走，走不到它，所以 backward() 没法给它梯度。"
        "结果的数是对的，所以你的 `{method}` 用的是 `{name}` 的数（比如 `{name}.data`），而不是 `{name}` 这个 Value 本身。"
        "用一个数新建的节点是一个新的输入节点，和 `{name}` 没有联系。"
        "请直接对这些 Value 使用已经写好的运算，写成 `{form}`。",
    "engine_check.prev_missing":
        "顺着 `_prev` 从 `{expr}` 的结果走不到它的输入 `{input}`。backward() 只能通过 `_prev` 找到一个结果下面的节点，"
        "所以 `{input}` 的 `_backward` 可能永远不会运行。`{method}` 在创建结果时要把输入作为 `_children` 传进去，写成 {make}。",
    "engine_check.make.operation": "`Value(..., {children}, ...)`",
    "engine_check.make.pow":
        "`Value(..., (self,), ...)`，只有 self 一个输入（指数是一个普通的数，不是节点）",
    "engine_check.local.relu": "a > 0 时为 1，否则为 0",
    "engine_check.local.sigmoid": "s·(1 - s)，其中 s = sigmoid(a)",
    "engine_check.replaces_input_backward": "`{expr}` 把它的输入 `{name}` 的 `_backward` 换掉了（比如写了 self._backward = _backward）。运算要把 `_backward` 挂在它新建的节点上，写成 out._backward = _backward，输入自己的 `_backward` 不要动，梯度还要靠它继续往回传。",
    "engine_check.off.larger_in_magnitude": "绝对值偏大 {amount}",
    "engine_check.off.smaller_in_magnitude": "绝对值偏小 {amount}",
    "engine_check.off.still_zero": "还是 0，要么没有梯度传到它这里，要么传到的梯度加起来正好是 0",
    "engine_check.not_finite": "你的不是有限的数",
    "engine_check.right_not_finite": "正确的值不是有限的数",
    "engine_check.and_then": "{first}{second}",
    "engine_check.doing.read": "读取 {what} ",
    "engine_check.doing.make_input": "创建输入 {name} = Value({x}) ",
    "engine_check.doing.compute": "计算 `{expr}`（{inputs}）",
    "engine_check.doing.compute_times_k": "计算 `({expr}) * k` ",
    "engine_check.doing.compute_line": "计算 `{line}` ",
    "engine_check.doing.backward": "对 {subject}运行 backward() ",
    "engine_check.doing.each_backward": "对 {subject}逐个运行 _backward（由检查函数自己调用）",
    "engine_check.doing.read_prev": "读取 {subject}的 `_prev` ",
    "engine_check.prev_drops_input":
        "`a + z`（a = 1.5，z = 0.0）的计算图里少了输入 {names}。它的 `_prev` 里没有这个输入，backward() 永远到不了它。"
        "可能的原因有两种：`__add__` 传进去的 _children 比 (self, other) 少；或者 `__init__` 只保存了传进来的一部分 _children"
        "（比如只留下 data 不为 0 的）。请全部保存，写成 `self._prev = tuple(_children)`。",
    "engine_check.prev_reversed":
        "`{expr}` 在 `_prev` 里记下输入的顺序反了，是 ({second}, {first})，而运算的顺序是 ({first}, {second})。"
        "可能的原因有以下几种：运算把 (other, self) 当作 _children 传了进去；运算传进去的是集合 {{self, other}}（集合不保留顺序）；或者 `__init__` 没有按原样保存 _children（倒过来了、排过序，或者先变成了集合，集合不保留顺序，比如 `tuple(set(_children))`）。"
        "请传 (self, other)，并写 `self._prev = tuple(_children)`。逐步演示和检查函数的消息都按这个顺序列出一个节点的输入（x1*w1 里 x1 在 w1 前面）。",
    "engine_check.pow_exponent_in_prev":
        "`{expr}` 得到的 Value 的 `_prev` 里有 {count} 个节点，一个是 a，另一个是用指数做成的 Value。"
        "指数 n 只是一个普通的数，不是计算图的输入。draw_dot 会把它画成一个输入，梯度是 0，而这并不是它的导数；"
        "逐步演示也不会给它传任何东西。请只把底数传下去，写成 `Value(self.data ** n, (self,), f\"**{{n}}\")`。",
    "engine_check.pow_built_from_products":
        "`{expr}` 得到的节点的 _op 是 '*'，说明你的 `__pow__` 是用乘法拼出乘方的（比如 `self * self`）。"
        "本课的 `**` 是一个单独的节点，画图和逐步演示里都显示为 `**{n}`，只有一个局部导数 n·a**(n-1)。"
        "请写成 `out = Value(self.data ** n, (self,), f\"**{{n}}\")`，再给 out 一个 `_backward`，"
        "把 `n * self.data ** (n - 1) * out.grad` 加到 self.grad 上。",
    "engine_check.backward_is_none":
        "一个由 `{op}` 得到的节点，它的 `_backward` 是 None，没法调用（检查函数和你的 backward() 都要调用它）。"
        "`out._backward = _backward()` 带了括号，会在运算进行时就调用一次这个函数，并保存它的返回值 None。"
        "请保存函数本身，写成 `out._backward = _backward`。",
    "engine_check.input_backward_is_none":
        "一个输入节点（不由任何运算得到）的 `_backward` 是 None，没法调用（检查函数和你的 backward() 都要调用它）。"
        "`__init__` 要给每个新建的 Value 一个什么都不做的 `_backward`，写成 `self._backward = lambda: None`。",
    "engine_check.doing.call_backward": "在 {subject}里调用一个 `{op}` 节点的 `_backward` ",
    "engine_check.doing.call_input_backward": "在 {subject}里调用一个输入节点（不由任何运算得到）的 `_backward` ",
    "engine_check.doing.build": "搭建 {subject}",
    "engine_check.subject.again": "{subject}第二次（中间没有把任何 grad 设回 0）",
    "engine_check.subject.leaf": "`x = Value(3.0)`（一个没有输入的 Value）",
    "engine_check.subject.case": "`{expr}`（{inputs}）",
    "engine_check.subject.case_times_k":
        "`({expr}) * k`（{inputs}，k = {k:g}，这时 `{expr}` 的 out.grad 是 {k:g}）",
    "engine_check.subject.graph": "`{listing}` 这个计算图",
    "engine_check.subject.its_graph": "计算图",
    "engine_check.subject.in_graph": "计算图里的 `{expr}`",
    "engine_check.subject.chain":
        "链 `x = x * w + b`（重复 {steps} 次，共 {operations} 个运算；{inputs}）",
    "engine_check.subject.deep":
        "链 `x = x * w_k`（或 `w_k * x`；{steps} 步，每一步都有一个新的输入 w0、w1……）",
    "engine_check.subject.wide":
        "{count} 个输入 x0、x1……两两相加得到的和（{nodes} 个节点）",
    "engine_check.subject.diamonds":
        "{count} 个叠起来的菱形（`x = x * 0.6 + x * 0.4` 重复 {count} 次，x = 0.7）",
    "engine_check.what.data_of": "`{expr}` 的 data",
    "engine_check.what.output_grad": "backward() 之后输出的 grad",
    "engine_check.not_a_number": "{what} 应该是一个数，但它是 {got}，这是{kind}。",
    "engine_check.not_a_number.value":
        "{what} 应该是一个数，但它是 {got}，这是{kind}，也就是说该用数的地方用了 Value。"
        "在运算和它们的 `_backward` 里要用数 `other.data` 来算，而不是 `other`。",
    "engine_check.not_a_number.wrapped":
        "{what} 应该是一个数，但它是 {got}，这是{kind}。它的一个输入（在 _prev 里）是 data 本身也是 Value 的 Value，"
        "也就是用 Value 又做成的 Value。other 已经是 Value 时，`other = Value(other)` 就会这样。"
        "只用普通的数来新建 Value，写 `other = other if isinstance(other, Value) else Value(other)`。",
    "engine_check.number_changed":
        "`{expr}` 得到的节点的 _prev 里，本该放数 {number} 变成的 Value，放的却是 {got}。这个数在变成 Value 的途中被改了"
        "（比如 int()、round()，或者 `other or 1` 会把 0 变成 1）。请原样把这个数变成 Value，写 `Value(other)`。",
    "engine_check.prev_holds_another":
        "`{expr}` 得到的节点的 _prev 里有 {count} 个节点，其中 {got} 并不是这个运算的输入。draw_dot 会把它画成一个输入，"
        "带着它本来没有的 grad 和局部导数。新建结果时写 _children = {children}。",
    "engine_check.prev_repeats_input":
        "`{expr}` 得到的节点的 _prev 里放了 {held} 次 {name}，比这个运算用到它的次数多。draw_dot 会为每一次画一个箭头，"
        "画图的工具也会把这些局部导数加起来，好像 {name} 被用了这么多次一样。新建它时写 _children = {children}，每用到一次输入就放一次。",
    "engine_check.leaf.not_a_value": "Value({x}) 没有创建出一个 Value。",
    "engine_check.leaf.missing":
        "Value({x}) 没有 `{attribute}`。`__init__` 应该设置 `self.{attribute}`。",
    "engine_check.leaf.data":
        "Value({x}).data 是 {got}。`__init__` 应该保存它收到的数。",
    "engine_check.leaf.has_inputs": "`Value({x})` 只由一个数建成，它的 `_prev` 却是 {got}。没有输入的 Value 什么也不该装，不然 draw_dot 和 backward() 会从它走到并没有参与算出它的 Value 上。把 __init__ 收到的东西原样存下，写 `self._prev = tuple(_children)`。",
    "engine_check.leaf.shared_inputs": "`Value({x})` 只由一个数建成，它的 `_prev` 却是 {got}，而且所有没有输入的 Value 用的都是这同一个{kind}。每新建一个 Value 都会往里加东西，draw_dot 和 backward() 会从每个这样的 Value 走到并没有参与算出它的 Value 上。可能的原因有两种：（1）默认参数（`_children=[]` 只在 `def` 运行时建一次），__init__ 把它存下来又往里加。（2）类属性。让每个 Value 有自己的 `_prev`，写 `self._prev = tuple(_children)`。",
    "engine_check.leaf.label_of_another": "紧接着 `Value(2.0, label=\"a\")` 新建的 `Value(-3.0)` 没有给 label，它的 label 却是 “a”。Value 给什么 label 就存什么，没给就是空字符串 “”。draw_dot 和逐步演示都用 label 标出每个节点，这样每个没起名的节点都会顶着前一个节点的名字。",
    "engine_check.leaf.label_not_kept": "`Value(2.0, label=\"a\")` 的 label 是 {got}，应该是 “a”。你的 `__init__` 没有保存传给它的 label。draw_dot 和逐步演示都用 label 标出每个节点，这样你给节点起的名字一个也显示不出来。请把它保存下来，写成 `self.label = label`。",
    "engine_check.doing.make_labelled_input": "创建输入 {name} = Value({x}, label=\"{name}\") ",
    "engine_check.changes_op": "{name}._op 刚建好时是 {before}，{doing}之后变成了 {after}。运算不改动它的输入，_op 也不改。draw_dot 和逐步演示都用 _op 写出每个节点的运算。_op 只设在运算新建的 Value 上。",
    "engine_check.leaf.grad":
        "新建的 Value 的 grad 是 {got}。它应该从 0 开始（还没有做过反向传播）。",
    "engine_check.result.grad_not_zero":
        "`{expr}` 的结果一建好，还没有运行任何 `_backward`，grad 就是 {got}。新建的 Value 的 grad 应该从 0.0 开始（还没有梯度传回来）。"
        "可能的原因有以下几种：`__init__` 按 0 以外的东西设了 grad（运算 `_op`、data、已经建了多少个 Value）；或者运算的方法里设了 out.grad。",
    "engine_check.shared_label":
        "对 `{listing}`（a = 2，b = -3）运行 backward() 之后，{name}.grad 是 {got}，应该是 {want}。"
        "这里 c 和 d 两个节点的标签相同，给两个节点起了同一个名字时就会这样。"
        "可能的原因有两种：（1）backward() 用标签来区分节点（请把节点本身放进已访问的集合）。"
        "（2）backward() 对带标签的节点另作处理（每个节点的 `_backward` 都要运行一次，不论有没有标签）。",
    "engine_check.shared_number":
        "对 `{listing}`（a = 1.5，b = -0.5）运行 backward() 之后，{name}.grad 是 {got}，应该是 {want}。"
        "这里 k 和 p 拿着同一个数对象（Value(p.data)），两个节点，一个数。小整数、从节点里读回来的数常常就是这样。"
        "你的 backward() 是不是用两个节点可能共有的东西来区分节点，比如 id(v.data) 或 v.data？请把节点本身放进已访问的集合。",
    "engine_check.result.none":
        "`{expr}`（{inputs}）返回了 None，而不是一个 Value。这个方法最后有没有 return（`return out`，一行写成的方法则是比如 `return self * other`）？",
    "engine_check.result.none_in_graph":
        "计算图里的 `{expr}` 返回了 None，而不是一个 Value。这个方法最后有没有 return（`return out`，一行写成的方法则是比如 `return self * other`）？",
    "engine_check.result.wrong_op": "`{expr}` 得到的节点的 _op 是 {got!r}，应该是 {want!r}。draw_dot 和逐步演示都用 _op 作为运算的名字，所以画出来的运算名会是 {got!r}。请把 {want!r} 作为这个运算造出的 Value 的 _op 传进去。",
    "engine_check.result.wrong_op_reflected": "`{expr}` 得到的节点的 _op 是 {got!r}，应该是 {want!r}。数 {want} Value 和 Value {want} 数是同一个运算。可能的原因有两种：`{method}` 用别的运算拼出了结果（比如在循环里一次次相加），而它只要写 `return self {want} other`；或者它自己造了一个 Value，却写错了 _op。",
    "engine_check.result.no_op": "`{expr}` 得到的节点的 _op 是 {got!r}，应该是 {want!r}。draw_dot 和逐步演示都用 _op 作为运算的名字，所以画出来时这个运算没有名字。请把 {want!r} 作为这个运算造出的 Value 的 _op 传进去。",
    "engine_check.result.not_a_value":
        "`{expr}`（{inputs}）返回了{kind}，而不是一个 Value，于是计算图断了。请用 Value(...) 构造结果并返回它。",
    "engine_check.result.not_a_value_composed":
        "`{expr}`（{inputs}）返回了{kind}，而不是一个 Value，于是计算图断了。请用已经写好的运算来拼出它，这些运算会造出 Value 和它的计算图。"
        "在 `{method}` 里写 `{form}`（只用这个数新建一个 Value 的话，它同样没有输入）。",
    "engine_check.result.not_a_value_in_graph":
        "计算图里的 `{expr}` 返回了{kind}，而不是一个 Value，于是计算图断了。请用 Value(...) 构造结果并返回它。",
    "engine_check.result.base_class":
        "{subject} 返回的是 `{got}` 的 Value，`{got}` 是你的类所继承的类，而不是你的类本身。"
        "你的类继承来的方法用 `{got}` 创建结果。请把那个类本身交给检查，或者用 `type(self)(...)` 创建结果。",
    "engine_check.result.same_name":
        "{subject} 返回的是另一个也叫 {name} 的类（来自模块 `{module}`）的 Value，而不是你传进来的那个类。"
        "比如，定义这个类的单元格后来又运行过一次，就会这样。这时各个方法用的是最新的同名类。"
        "请运行那个单元格，再把它定义的类传进来。",
    "engine_check.no_backward":
        "你的 Value 没有 backward() 方法，它的节点也没有可以遍历的 `_prev` 和 `_backward`，"
        "所以现在还无法检查梯度。",
    "engine_check.missing.radd":
        "`{expr}`（一个普通的数和一个 Value）不能运行，因为你的 Value 没有 `{method}`。遇到 `2 + a` 时，Python 会先调用那个数的 `__add__`；它不认识你的 Value，于是 Python 接着调用你的类的 `__radd__`。加上 `def __radd__(self, other): return self + other`。",
    "engine_check.missing.rmul":
        "`{expr}`（一个普通的数和一个 Value）不能运行，因为你的 Value 没有 `{method}`。遇到 `3 * a` 时，Python 会先调用那个数的 `__mul__`；它不认识你的 Value，于是 Python 接着调用你的类的 `__rmul__`。加上 `def __rmul__(self, other): return self * other`。",
    "engine_check.missing.method": "`{expr}` 不能运行，因为你的 Value 没有 `{method}` 方法。",
    "engine_check.case.value":
        "`{expr}`（{inputs}）的值是 {got}，应该是 {want}（{off}）。",
    "engine_check.tanh_large":
        "`a.tanh()`（a = {x}）得到的是 {got}；tanh({x}) 等于 {want}（浮点数）。算 tanh 时要让很大的输入也不溢出。可以用 math.tanh(self.data)，或者用只会变小的 e = exp(-2|x|) 来算。",
    "engine_check.tanh_overflows":
        "还有一点。`a.tanh()`（a = {x}）会抛出 OverflowError，而 tanh({x}) 作为浮点数就是 {value}。指数超过约 709 时，exp 的结果对浮点数来说太大了。x 大于 355 时，exp(2x) 会溢出。x 小于 -355 时，exp(-2x) 会溢出。除非训练已经发散，网络不会走到那里，但 math.tanh(self.data) 没有这个限制。",
    "engine_check.case.root_grad":
        "对 {subject}运行 backward() 之后，输出自己的 grad 是 {got}，不是 1。backward() 必须先把它设为 1（d out / d out = 1），再往回传。",
    "engine_check.case.root_grad_stepped":
        "对 {subject}，检查函数先把输出的 grad 设为 1，再从输出往下调用每个节点的 `_backward`。之后输出的 grad 是 {got}，不是 1。"
        "所以是它的 `_backward` 改了 `out.grad`。`_backward` 只往输入的 grad 上累加"
        "（`self.grad += ...`、`other.grad += ...`），不要动 `out.grad`。",
    "engine_check.case.changes_out_grad":
        "`{expr}` 的 `_backward` 改动了 `out.grad`，也就是它自己节点的 grad。让 out.grad = 1.75 运行它，之后那里变成了别的数。检查函数按正确的顺序把每个 `_backward` 各调用了一次，所以这个节点往下传的梯度不是它收到的那个。`_backward` 只往输入的 grad 上累加（`self.grad += ...`、`other.grad += ...`），不要动 `out.grad`。",
    "engine_check.case.root_grad_reset":
        "对 {subject}运行 backward() 之后，输出自己的 grad 是 {got}，不是 1。它的 `_backward` 运行时这个 grad 还是 1，"
        "是后来被改掉的。可能是这个 `_backward` 改了 `out.grad`，也可能是 backward() 在循环之后改了输出的 grad。`_backward` 只往输入的 grad 上累加"
        "（`self.grad += ...`、`other.grad += ...`），不要动 `out.grad`。",
    "engine_check.case.grad":
        "对 {subject}运行 backward() 之后，{name}.grad 是 {got}，应该是 {want}（{off}）。",
    "engine_check.case.grad_by_check":
        "对 {subject}，检查函数按逆拓扑顺序调用了各节点的 `_backward`，之后 {name}.grad 是 {got}，应该是 {want}（{off}）。",
    "engine_check.case.same_input_extra":
        "这里同一个 Value 同时是两个输入，所以它的两份梯度必须都加到它的 grad 上。你的 grad 比这两份加起来还多，"
        "而两个输入是不同的 Value 时，结果又是对的。这说明你为同一个 Value 用两次的情况写了特殊处理"
        "（`if self is other: ...`，或者比较 data 是否相等），在两行 `+=` 之外又加了一次，而这两行本来就已经给了两份。"
        "只要两行、各用自己的 `+=` 就够了。",
    "engine_check.case.same_input":
        "这里同一个 Value 同时是两个输入，所以它的两份梯度必须都加到它的 grad 上。可能的原因有以下几种，每种都会丢掉一份：（1）在 `_backward` 里用了 `=` 而不是 `+=`。（2）在同一行里同时设两个 grad（`self.grad, other.grad = self.grad + ..., other.grad + ...`），两个和读到的都是旧的 grad，第二个赋值又盖掉了第一个。（3）遇到和另一个输入是同一个 Value 的输入时跳过了它（`if other is not self`）。请分别用各自的 `+=` 把两份都加上。",
    "engine_check.case.reads_later":
        "接着，检查函数在这个图之外用别的输入又算了一次 `{expr}`，把图里的 grad 都设回 0，"
        "再调用 backward()，结果 {name}.grad 从 {before} 变成了 {after}。你的代码读了放在图的节点"
        "之外、会被之后的运算改变的东西。可能的原因有以下几种：某个 `_backward` 读的不是它自己的 out "
        "和输入，而是别的节点（比如存在列表里的最后一个结果）；或者 backward() 走过了"
        "图之外保存的节点。",
    "engine_check.case.reads_later_by_check":
        "接着，检查函数在这个图之外用别的输入又算了一次 `{expr}`，把图里的 grad 都设回 0，"
        "再把图里各个节点的 `_backward` 运行一遍，结果 {name}.grad 从 {before} 变成了 {after}。"
        "这个图里有 `_backward` 读了放在它自己的节点之外、会被之后的运算改变的东西。"
        "它读的可能是别的节点（比如存在字典或列表里的最后一个结果），也可能是存在类上或函数上的最后一个 `_backward`。"
        "每个 `_backward` 只应该用它自己的 `self`、`other` 和 `out`。",
    "engine_check.case.local_alone":
        "你加上的只是局部导数，还要乘以从输出传回来的梯度 `out.grad`。",
    "engine_check.case.times_upstream": "它应该是局部导数（{local}）乘以 out.grad。",
    "engine_check.case.local": "{expr} 对 {name} 的局部导数是 {local}。",
    "engine_check.case.adds_nothing_to":
        "你的 `_backward` 没有给 {name}.grad 加上任何东西。可能的原因有两种：漏写了给 {name} 的那一行（比如 `other.grad += …`）；或者把 {name} 的那一份加到了 {name}.grad 以外的地方。",
    "engine_check.case.own_data":
        "你的 `_backward` 给 {name}.grad 加上的是 {used} × out.grad。{used} 是 {name} 自己的 data，这里应该用另一个输入的 data。",
    "engine_check.case.local_or_out_grad":
        "你的 `_backward` 给 {name}.grad 加上的是 {used} × out.grad。可能的原因有两种："
        "（1）`_backward` 里这个局部导数写得不对。（2）out.grad 在相乘之前被改过（缩放、取整或换成了别的数）。",
    "engine_check.case.twice_grad": "在 {subject} 中，{name}.grad 是 {got}，应该是 {want}。",
    "engine_check.case.twice":
        "`{op}` 单独算时梯度是对的。"
        "这里第二个结果改掉了第一个结果的 `_backward` 要用的值。"
        "`_backward` 要用的东西应该放在节点自己身上（`out`、`self`），"
        "不要放在节点外面的变量里（模块级变量、类属性、所有结果共用的列表）。",
    "engine_check.case.twice_shared":
        "`{op}` 单独算时梯度是对的。"
        "这里它的两个结果共用一个输入，其中一个结果弄丢或改掉了另一个要加上的梯度。"
        "`_backward` 要用的东西应该放在节点自己身上（`out`、`self`、`other`），"
        "不要放在节点外面的变量里（模块级的集合或列表、类属性）。",
    "engine_check.case.twice_or_order":
        "也可能是你的 backward() 没有按拓扑顺序运行各个节点（比如按 id() 或 data 排序），"
        "这样一个用了两次的节点，会在两个结果都把梯度加进来之前就往下传。",
    "engine_check.case.made":
        "单独检查时，`{op}` 和 `{maker}` 的梯度都是对的，问题出在两者怎样连起来。`{op}` 的结果要把输入记在 `_prev` 里，"
        "backward() 要按拓扑顺序倒过来，把输出下面每个节点的 `_backward` 各调用一次。",
    "engine_check.case.made_or_node":
        "单独检查时，`{op}` 和 `{maker}` 的梯度都是对的。可能的原因有两种：（1）{untested}。"
        "（2）两者没有正确地连起来。`{op}` 的结果要把输入记在 `_prev` 里，"
        "backward() 要按拓扑顺序倒过来，把输出下面每个节点的 `_backward` 各调用一次。",
    "engine_check.case.reused":
        "这里 {name} 被用了两次，一次在 `{expr}` 里，一次在 `+ {name}` 里，"
        "所以它的两份梯度要加在一起。",
    "engine_check.case.swapped_or_power_one":
        "这是 {swapped} 的值，也是 {product} 的值。可能的原因有两种：（1）两边的顺序反了（Python 把 `{expr}` 当作 `{method}(self, other)` 来运行，"
        "其中 `self` 是右边的 Value，`other` 是左边的数）。（2）该用 -1 次幂的地方用了 1 次幂（除法是 self * other ** -1）。",
    "engine_check.case.power_one":
        "这是 {product} 的值。除法是乘以除数的 -1 次幂（self * other ** -1），写成 1 次幂的话，除数就原样乘上去了。",
    "engine_check.adds_at_zero":
        "`{expr}`（{inputs}）在 out.grad = 0 时单独运行它的 `_backward`，把 {name}.grad 从 {before} 变成了 {got}，"
        "可是这时它应该保持原样。输入加上的是局部导数 × out.grad，而 out.grad 是 0"
        "（比如损失不依赖这个结果，或者 relu 处在关闭的一侧）。可能的原因有以下几种："
        "（1）out.grad 为 0 时被当成了 1（比如写成 `out.grad or 1.0`）。（2）加上去的量没有乘以 out.grad。"
        "（3）out.grad 为 0 时把 grad 设成了别的值（用了 = 而不是 +=，或者设回了 0）。",
    "engine_check.case.crossed":
        "这是 {crossed} 的值。你的 `{method}` 里用了 `{used}`，应该用 `{right}`。",
    "engine_check.case.sign_lost":
        "这是 {unsigned} 的值。负号丢了，所以你的 `{method}` 没有变号。请用已经写好的运算写成 `{form}`。",
    "engine_check.case.sign_lost_here":
        "这是 {unsigned} 的值。负号在这里丢了（换别的数时没有丢，请看你的 `{method}` 是不是对这个数另作了处理）。请用已经写好的运算写成 `{form}`。",
    "engine_check.case.sign_lost_since":
        "这是 {unsigned} 的值。负号丢了，换别的数也一样；可检查函数最初几次试的时候，你的 `{method}` 还保留着负号。"
        "所以它做的事在两次调用之间变了（比如有计数器）。请用已经写好的运算写成 `{form}`，也不要在两次调用之间保留任何东西。",
    "engine_check.case.sign_lost_numbers":
        "这是 {unsigned} 的值。减去这个普通数时负号丢了（两边都是 Value 时没有丢，请看你的 `{method}` 怎样处理普通数）。请用已经写好的运算写成 `{form}`。",
    "engine_check.local_slip.tanh_input_squared":
        "你的 `_backward` 用的是 1 - a²（这里是 {used}），平方的是输入。应该平方的是结果，"
        "写成 `1 - t ** 2`，其中 t = tanh(a)，也就是 `out.data`。",
    "engine_check.local_slip.pow_out_data":
        "你的 `_backward` 用的是 n·out.data^(n-1)（这里是 {used}），用的是结果的 data，"
        "而这里应该用输入的 data。请写成 `n * self.data ** (n - 1)`。",
    "engine_check.local_slip.pow_not_lowered":
        "你的 `_backward` 用的是 n·aⁿ（这里是 {used}），指数用了 n，应该是 n - 1。"
        "请写成 `n * self.data ** (n - 1)`。",
    "engine_check.local_slip.either":
        "你的 `_backward` 在这里用的是 {used}。在这个输入上，有两种写错的方式都会得到这个数。{candidates}"
        "请写成 `n * self.data ** (n - 1)`。",
    "engine_check.local_slip.candidate.tanh_input_squared": "1 - a²，平方的是输入。",
    "engine_check.local_slip.candidate.pow_out_data": "n·out.data^(n-1)，用了结果的 data 而不是输入的 data。",
    "engine_check.local_slip.candidate.pow_not_lowered": "n·aⁿ，指数用了 n 而不是 n - 1。",
    "engine_check.case.reflected_passes_on":
        "同样的 a 算 `{mirrored}` 也得到这个数。所以错不在你的 `{method}`，它只是把计算交给了 `{own}`；错在 `{own}` 本身，在这个数上算错了。",
    "engine_check.case.reflected_value":
        "算 `{expr}` 时，Python 调用的是右边那个 Value 的 `{method}(self, other)`，左边那个普通的数就是 `other`。"
        "把两边对调，算出的结果不变，所以可以写成 `{form}`。",
    "engine_check.case.swapped":
        "这是 {swapped} 的值，两边的顺序反了。在 `{method}(self, other)` 里，"
        "`self` 是 `{expr}` 的左边，`other` 是右边。",
    "engine_check.case.swapped_reflected":
        "这是 {swapped} 的值，两边的顺序反了。Python 把 `{expr}` 当作 "
        "`{method}(self, other)` 来运行，其中 `self` 是右边的 Value，`other` 是左边的数。",
    "engine_check.probe.overwrites":
        "`{expr}` 的 `_backward` 把 {name}.grad 换掉了，而不是加上去。单独运行它，"
        "让 out.grad = {out_grad}、{name}.grad = {start}，运行后 {name}.grad 是 {after}，"
        "原来的 {start} 被覆盖掉了，就像 {name}.grad 从 0 开始一样。{name} 在几个地方被用到，每个地方都给它一份梯度，"
        "这些梯度要累加起来。在这个 `_backward` 里要写 `+=`，不能写 `=`。",
    "engine_check.probe.reads_grads":
        "`{expr}` 的 `_backward` 给 {name}.grad 加上的量，取决于输入原来的 grad。"
        "单独运行它，让 out.grad = {out_grad}，输入的 grad 都是 0 时它加了 {from_zero}，"
        "在 {starts} 时它加了 {added}。所以它读了某个输入的 `.grad`。"
        "局部导数只用 `.data` 来算（`self.data`、`other.data`、`out.data`），"
        "再乘以 `out.grad`。",
    "engine_check.probe.separator": "、",
    "engine_check.input_separator": "，",
    "engine_check.probe.negated":
        "单独运行 `{expr}` 的 `_backward`（out.grad = {out_grad}），它给 {name}.grad 加上了 {added}，正确的是 {want}。大小对了，符号反了。可能的原因有两种：该写 `+=` 的地方写成了 `-=`；或者局部导数的符号错了（多了一个负号，或者丢了一个负号，比如用了 abs()）。",
    "engine_check.probe.wrong_at_out_grad":
        "out.grad = {out_grad} 时单独运行 `{expr}` 的 `_backward`，它给 {name}.grad 加了 {added}，而局部导数 × out.grad 是 {want}；"
        "out.grad = {small} 时它加的量是对的。所以它加上的量并不总是和 out.grad 成正比（比如把 out.grad 限制在某个范围里、取了整，或者为它的某些值单独写了分支）。"
        "不管 out.grad 是多少，都要加上局部导数 × out.grad。",
    "engine_check.probe.right_amount_stepped":
        "现在单独运行时，`{expr}` 的 `_backward` 加的量是对的，可在检查函数自己逐个调用 `_backward` 的那次反向传播里，"
        "得到的 grad 却不一样。可能的原因有两种：（1）某个 `_backward` 把东西从一次运行留到下一次，改变了它加上的量"
        "（计数器、列表或标志）；（2）加上的量不只取决于输入的 data 和 out.grad。",
    "engine_check.probe.right_amount":
        "单独运行时，`{expr}` 的 `_backward` 加的量是对的，所以问题出在 backward() 里。"
        "backward() 要先把输出的 grad 设为 1，再按拓扑顺序倒过来，对每个节点的 `_backward` "
        "恰好调用一次，并且不能用别的方式改动 grad。",
    "engine_check.probe.right_amount_or_node":
        "单独运行时，`{expr}` 的 `_backward` 加的量是对的。可能的原因有两种：（1）{untested}。（2）backward() 有错。backward() 要先把输出的 grad 设为 1，"
        "再按拓扑顺序倒过来，对每个节点的 `_backward` 恰好调用一次，并且不能用别的方式改动 grad。",
    "engine_check.node.untested":
        "{nodes} 的 `_backward` 在这些输入上加错了量（检查函数没法用同样的数单独运行它，因为不知道它的运算的求导规则，或者没有记下它运行时的 out.grad）",
    "engine_check.node.wrong_here":
        "用同样的数单独运行{node} 的 `_backward`（out.grad = {out_grad}，输入的 data 是 {data}），"
        "它给输入的 grad 加的是 {added}，而局部导数 × out.grad 是 {want}。"
        "所以这个 `_backward` 在这些输入上加错了量。不管输入是多少，加上的都应该是局部导数 × out.grad。",
    "engine_check.node.wrong_at_this_out_grad":
        "用同样的数单独运行{node} 的 `_backward`（out.grad = {out_grad}，输入的 data 是 {data}），"
        "它给输入的 grad 加的是 {added}，而局部导数 × out.grad 是 {want}。"
        "在同样的输入上换用别的 out.grad（{others}），它加的量都是对的。"
        "所以它只在 out.grad = {out_grad} 时出错，加的量没有跟着 out.grad 变。"
        "可能的原因有两种：（1）out.grad 在使用之前被改了（变了符号、设了上限、取了整，"
        "或者为某些数单独写了分支，比如 `if out.grad == -1`）；（2）`_backward` 把某些东西从一次运行留到了下一次。",
    "engine_check.probe.wrong_at_input":
        "在 {inputs} 处单独运行 `{expr}` 的 `_backward`。out.grad = {out_grad} 时它给 {name}.grad 加了 {added}，"
        "out.grad = {small} 时加了 {added_small}，而局部导数 × out.grad 分别是 {want} 和 {want_small}。"
        "所以在这个输入上，两个 out.grad 下它都是错的。它在这里用的局部导数是 {used}，应该是 {local}。",
    "engine_check.probe.sign_slip":
        "大小对了，符号反了。局部导数里多了一个负号，或者丢了一个负号（比如用了 abs()）。",
    "engine_check.graph.value":
        "在计算图 `{listing}`（{inputs}）中，{name} 是 {got}，应该是 {want}（{off}），位于 `{line}`。",
    "engine_check.graph.grad":
        "在计算图 `{listing}`（{inputs}）中，{root}.backward() 之后，每个运算单独检查时都是对的，但 {name}.grad 是 {got}，应该是 {want}（{off}）。",
    "engine_check.graph.grad_stepped":
        "在 `{listing}` 这个计算图里（{inputs}），检查函数按逆拓扑顺序调用了每个节点的 `_backward`。每个运算单独检查时都是对的，但 {name}.grad 是 {got}，应该是 {want}（{off}）。",
    "engine_check.graph.and": "、",
    "engine_check.checked.case_separator": "、",
    "engine_check.checked.group_separator": "；",
    "engine_check.graph.used_by":
        "{name} 被 {users} 用到。backward() 必须对每个节点的 `_backward` 恰好调用一次，并且要在所有用到它的节点之后，所以要把拓扑顺序倒过来走。",
    "engine_check.graph.walk":
        "backward() 必须对每个节点的 `_backward` 恰好调用一次，并且要在所有用到它的节点之后，所以要把拓扑顺序倒过来走。",
    "engine_check.order.op_node_inside": "组成 `{owner}` 的一个 `{op}` 节点",
    "engine_check.order.op_node": "一个 `{op}` 节点",
    "engine_check.order.named_node": "节点 {expr}",
    "engine_check.order.called_inside":
        "{caller} 的 `_backward` 调用了{node} 的 `_backward`。一个节点的 `_backward` "
        "只负责把梯度累加进它的输入的 grad；只有 backward() 调用每个节点的 `_backward`，"
        "每个恰好一次，按拓扑顺序倒过来走。",
    "engine_check.order.twice":
        "{node} 的 `_backward` 运行了 {count} 次。backward() 必须对每个节点的 `_backward` 恰好调用一次，并且要在所有用到它的节点都把梯度累加进它的 grad 之后。做法就是按拓扑顺序倒着走一遍。",
    "engine_check.order.output_late":
        "{node}（也就是输出）的 `_backward` 运行时，它的 grad 还是 0，之后才变成 1。请在循环之前先把输出自己的 grad 设为 1（dL/dL = 1），再按拓扑顺序倒过来调用每个节点的 `_backward`。",
    "engine_check.order.early":
        "{node} 的 `_backward` 运行时，它的 grad 是 {got}，这时还有用到它的节点没有把梯度累加进来（它最后是 {final}）。backward() 必须对每个节点的 `_backward` 恰好调用一次，并且要在所有用到它的节点都把梯度累加进它的 grad 之后。做法就是按拓扑顺序倒着走一遍。",
    "engine_check.order.forwards":
        "{node} 的 `_backward` 运行时，它的 grad 是 {got}，这时用到它的节点的 "
        "`_backward` 都还没有运行（它最后是 {final}）。backward() 先处理了输入，后处理用到输入的节点，"
        "没有从输出往回走。可能的原因有以下几种：循环正着走了拓扑顺序，要倒过来走，"
        "写成 `for v in reversed(topo)`；build_topo 在访问输入之前就把节点加进了列表，"
        "要在遍历 `v._prev` 的循环之后再加；把顺序存在了集合里（topo = set()），"
        "集合不记顺序，节点取出来的先后是随意的（请用列表来存）；或者节点被排成了别的顺序，"
        "而不是拓扑顺序（比如按 id() 之类的键排序）。",
    "engine_check.order.before_user":
        "{node} 的 `_backward` 比用到它的 {user} 先运行，运行时它的 grad 还是 {got}"
        "（最后是 {final}）。一个节点的 `_backward` 必须在所有用到它的节点之后运行。"
        "先把节点排成拓扑顺序（每个节点排在它的输入之后），再倒过来依次调用每个 `_backward`。",
    "engine_check.from_inside_other":
        "设 L = a * a（a = 3），M = L * b（b = 5）。M.backward() 之后，L.grad 是 5，a.grad 是 {first}。"
        "接着调用 L.backward()，它要从 L.grad = 1 开始（dL/dL，不管 L.grad 原来是多少），a.grad 变成 {want}。"
        "你的代码留下的是 L.grad = {got}，a.grad = {got_a}。可能的原因有两种：输出的 grad 没有在开始时设为 1（或者是把 1 加到了 L.grad 原来的值上）；"
        "或者运行了 L 的计算图之外的节点的 `_backward`（比如用了之前某次调用留下的顺序，把 M 的也跑了）。"
        "backward() 先把它自己的输出的 grad 设为 1，再运行它自己这张计算图里每个节点的 `_backward`。",
    "engine_check.from_inside":
        "设 L = a * a（a = 3），M = L * b（b = 5）。M.backward() 之后，L.grad 是 5，a.grad 是 {first}。"
        "接着调用 L.backward()，它要从 L.grad = 1 开始（dL/dL，不管 L.grad 原来是多少），a.grad 变成 {want}。"
        "你的代码留下的是 L.grad = {got}，a.grad = {got_a}。backward() 每次都要把它自己的输出的 grad 设为 1，"
        "而不是只在它为 0 时才设。",
    "engine_check.runs_once_data":
        "`{expr}`（{inputs}）的 `_backward` 单独运行两次之后，{name}.data 是 {got}，原来是 {want}。"
        "`_backward` 只往输入的 grad 上加，每个 data 都要保持原样（下一次运行和后面的每个运算都要读它）。",
    "engine_check.later_runs.one": "在 out.grad = {grads} 时运行一次",
    "engine_check.later_runs.other": "在 out.grad 分别为 {grads} 时各运行一次",
    "engine_check.right_elsewhere":
        "`{expr}` 在 {inputs} 时仍然是对的（刚刚又试了一次）。所以原因也可能是某一行代码对 {here} "
        "做了特殊处理（比如对 data 的 `if` 判断，或者为 0、1、-1 写的捷径）。",
    "engine_check.runs_with_old_out_grad":
        "`{expr}`（{inputs}）的 `_backward` 在 out.grad = 1.5 时运行两次，再{runs}，"
        "out.grad = {last} 的那次给 {name}.grad 加了 {got}，而局部导数 × {last} 是 {want}。每次运行都要读取当时的 out.grad。"
        "可能的原因有两种：（1）留着第一次运行时的 out.grad（放在像 g=[] 这样的默认参数里，或者 `_backward` 外面的变量里）；（2）加上去的量没有完全跟着 out.grad 变（比如把 out.grad 截断、设了上限或取了整，或者为它的某些值单独写了分支，比如 `if out.grad == -1`）。",
    "engine_check.runs_once":
        "`{expr}`（{inputs}）的 `_backward` 在 out.grad = 1.5、中间没有把任何 grad 设回 0 的情况下运行两次，"
        "第一次给 {name}.grad 加了 {first}，第二次加了 {second}。每次运行都要再加一次局部导数 × out.grad。"
        "backward() 每做一遍反向传播就运行它一次，而训练每一步都要做一遍。"
        "有什么东西让你的 `_backward` 不再加同样的量（比如在节点上设了一个标志，或者留着第一次算出的数）。"
        "请在每次调用时都用节点的 data 和 out.grad 来算要加的量。",
    "engine_check.twice.numbers":
        "设 L = a * a（a = 3）。中间不把任何 grad 设回 0，连续调用两次 backward()。第一次之后 L.grad = {first}，"
        "a.grad = {first_a}；第二次之后 L.grad = {second}，a.grad = {second_a}。应该先是 1 和 {local}，再是 1 和 {twice}。"
        "每次调用时输出自己的 grad 都是 1，而 a 的梯度会累加。",
    "engine_check.twice.adds_one":
        "backward() 应该把输出的 grad 设为 1.0，你的代码却是加上 1.0。请写 `self.grad = 1.0`，不要写 `self.grad += 1.0`。",
    "engine_check.twice.candidates":
        "backward() 要把输出自己的 grad 设为 1（不是加上 1），其他 grad 只能通过各个 `_backward` 累加来改变。",
    "engine_check.leaves_accumulate":
        "设 L1 = w * a，L2 = w * b（w = 2，a = 3，b = 5）。先 L1.backward()，再 L2.backward()，"
        "之后 w.grad 是 {got}，应该是 3 + 5 = 8。叶子节点的梯度会从一次 backward() 累加到下一次，"
        "直到被设回 0 为止（第 03 课），比如两个损失共用一个权重的时候。你的 backward() 是不是一开始就把 grad 清零了？"
        "它只应该设置输出自己的梯度 self.grad = 1。",
    "engine_check.making_changes_prev":
        "计算 `{expr}` 改动了它的输入 {name} 的 `_prev`。创建节点时不应该动输入，它们的 `_prev` 也不能动"
        "（在那里加一条边，就会把不是输入的节点放进计算图，backward() 的顺序也可能因此出错）。"
        "请看看 `{method}`（还有 __init__），它们只应该设置新节点自己的属性。",
    "engine_check.stale_result":
        "w = 2 时 `{expr}` 得到 {got}；接着把 w.data 设为 0.5（训练的一步就会这样改它），`{expr}` 还是得到 {got}。"
        "结果没有随输入变化。`{method}` 返回了之前某次调用留下的结果（比如存在缓存里）。每次调用都请用输入当前的 data 计算结果。",
    "engine_check.making_resets_grads": "w = 2，w.grad 是 3（比如刚做完一次反向传播）。计算 `{expr}` 之后，还没有对新节点调用 backward()，w.grad 就变成了 {got}。创建节点时不应该动输入的 grad。请看看 `{method}`（还有 __init__），它只应该算出结果、记下输入，再给结果挂上 _backward。",
    "engine_check.leaves_accumulate_later": "设 L1 = w * a，先调用 L1.backward()，再创建 L2 = w * b 并调用 L2.backward()（w = 2，a = 3，b = 5），之后 w.grad 是 {got}，应该和先建好两个损失时一样，是 3 + 5 = 8。叶子节点的梯度会从一次 backward() 累加到下一次，直到被设回 0 为止（第 03 课）。可能的原因有两种：（1） backward() 或某个 _backward 设置了 grad（而不只是设置输出自己的 self.grad = 1）。（2）你的类从第一次 backward() 里留下了什么。",
    "engine_check.doing.make_inputs": "创建 {count} 个 Value ",
    "engine_check.chain.grad":
        "对 {subject}运行 backward() 之后，{name}.grad 是 {got}，应该是 {want}（{off}）。",
    "engine_check.chain.misses":
        "在比小例子更长的计算图上，backward() 只调用了 {total} 个运算节点中 {called} 个的 `_backward`。"
        "可能的原因有两种：（1）你的拓扑顺序漏掉了节点。它必须包含顺着 `_prev` "
        "能走到的每一个节点，不管有多少个。比如从栈里取节点的循环，要一直运行到栈空为止，"
        "而不是固定运行几次。（2）调用各个 `_backward` 的循环没走到顺序的末尾就停了，它必须走完整个顺序。",
    "engine_check.diamonds.too_long":
        "backward() 在 {count} 个叠起来的菱形上（`x = x * 0.6 + x * 0.4`，重复 {count} 次）"
        "{seconds} 秒内没有结束。这个图只有 {operations} 个运算，但从输出到最开始的 x "
        "有 2^{count} 条路径。它在 {chain} 个运算的链上很快就结束了，所以它的工作量很可能"
        "随路径数增长，而不是随节点数增长。也就是说，每条路径走到一个节点，它都会再进去一次。"
        "在 build_topo 里，先判断 `if v not in visited`，再进入 `v._prev`，"
        "并且马上把 v 加进 visited。",
    "engine_check.too_slow":
        "{doing}时，check_engine 运行了 {seconds} 秒还没有结束。你的类比应有的慢得多。"
        "正确的代码不到一秒就能通过整个检查。请找一找随计算图变大而增长得非常快的工作。",
    "engine_check.state.first":
        "对没见过的计算图 `{listing}`（{inputs}）运行 backward()，得到 {name}.grad = {got}，"
        "而不是 {want}。可是之前在同样的计算图上它是对的。",
    "engine_check.state.other_graph":
        "对一个计算图运行 backward() 时，另一个计算图的 grad 也被改动了。对 `{listing}`（{inputs}）"
        "运行 backward() 之后，{name}.grad 是 {want}。再对另一个形状相同、由新的 Value "
        "组成的计算图运行 backward()，它变成了 {got}。",
    "engine_check.state.same_graph":
        "把所有 grad 设回 0 之后，对计算图 `{listing}`（{inputs}）第二次运行 backward()，"
        "得到 {name}.grad = {got}。第一次得到的是 {want}。",
    "engine_check.doing.many_calls": "一次又一次地计算 `{expr}` 并运行它的 `_backward`（共 {count} 次）",
    "engine_check.many_calls":
        "一次又一次地计算 `{expr}`（{inputs}），每次都运行它的 `_backward`（out.grad = 1），"
        "第一次得到 {first}，第 {count} 次却得到 {now}。所以你的代码把上一次调用留下的东西带进了下一次，"
        "并且它改变了算出的结果（比如放在类上、全局对象里或默认参数里的计数器）。训练时它要被调用好几万次。"
        "请只用输入算出每个结果。",
    "engine_check.case.returns_input_alone":
        "`{expr}`（{inputs}）返回的是输入 {name} 本身，不是一个新的 Value。这样结果的数和梯度都是 {name} 自己的，"
        "而 `{expr}` 有它自己的数和梯度。`{method}` 每次都要新建一个 Value，即使你给某些数写了捷径也一样。",
    "engine_check.case.returns_input":
        "`{expr}`（{inputs}）直接返回了它的输入 {name}，没有新建 Value。这样另一个输入就被排除在计算图之外，得不到梯度。"
        "`{method}` 每次都要新建一个 Value，把两个输入都放进它的 _prev，即使结果的数和某个输入相等也一样。",
    "engine_check.graph.returns_input":
        "在计算图 `{listing}`（{inputs}）里，`{line}` 直接返回了它的输入 {given}，没有新建 Value。"
        "这样 {left} 就被排除在计算图之外，backward() 永远到不了它（比如值为 0 的偏置就永远得不到梯度，也永远不会动）。"
        "运算每次都要新建一个 Value，把两个输入都放进它的 _prev，即使结果的数和某个输入相等也一样。",
    "engine_check.state.same_chain":
        "把所有 grad 设回 0 之后，对{subject}第二次运行 backward()，得到 {name}.grad = {got}。"
        "第一次得到的是 {want}（{off}）。",
    "engine_check.state.rebuilt":
        "用同样的输入（{inputs}）重新建出计算图 `{listing}`，并像训练循环每一步那样"
        "把输入的 grad 设回 0，再运行 backward()，得到 {name}.grad = {got}。"
        "第一次得到的是 {want}。",
    "engine_check.state.kept":
        "所以 backward() 把上一次调用留下的东西带进了下一次调用。{where}"
        "请在 backward() 里面创建列表和 visited 集合（第一行写 `topo, visited = [], set()`），"
        "这样每次调用都从空的开始。",
    "engine_check.state.earlier_fails_now":
        "前面有一项检查当时通过了，现在用它当时的输入再运行一次，却没有通过。"
        "所以你的代码把上一次调用留下的东西带进了下一次调用（比如计数器、标志或列表），它改变了计算的结果，这里出错就是因为它。"
        "每次调用的结果都只能取决于传给它的 Value。那项检查现在的结果如下。{earlier}",
    "engine_check.state.earlier_fails_now_unseen":
        "前面有一项检查当时通过了，现在用它当时的输入再运行一次，却没有通过。"
        "所以你的代码每次调用算出的结果会变。可能的原因有两种：（1）它把上一次调用留下的东西带进了下一次调用"
        "（比如计数器、标志或列表），而且存在检查函数看不到的地方。（2）它处理节点的顺序每次运行都会变"
        "（比如按 id() 排序，或者按集合自己的顺序取节点），而 backward() 必须按拓扑顺序倒过来处理节点。"
        "每次调用的结果都只能取决于传给它的 Value。那项检查现在的结果如下。{earlier}",
    "engine_check.state.other_result_when_run_again":
        "用同样的输入再运行一次，这项检查的结果不一样。所以你的代码算出的结果不只取决于传给它的 Value。"
        "可能是它把上一次调用留下的东西带进了下一次调用（比如计数器、标志或列表），也可能是它处理节点的顺序每次运行都会变"
        "（比如按 id() 排序，或者按集合自己的顺序取节点）。原因也可能在这里。",
    "engine_check.state.in_backward":
        "`{line}` 的 `_backward` 在 out.grad 为 1 时，现在往输入的 grad 上加的是 {now}，而它的局部导数是 {want}。第一次运行 backward() 时它加得是对的。可能的原因有两种：（1）这个 `_backward` 把某些东西从一次运行留到了下一次（它改动的标记或列表，由创建这个节点的运算留给它，或者默认参数）。（2）它读了自己的节点和输入以外、之后又变了的东西（比如存着最后新建的节点的变量或类属性）。`_backward` 每次运行都必须加上它自己节点的局部导数 × out.grad。",
    "engine_check.backward_changes_node":
        "在 `{listing}` 这个计算图上（{inputs}），backward() 改动了 `{line}` 的 `{attribute}`。"
        "backward() 只往 grad 上累加，每个节点的 label、_op 和 _prev（连同它的顺序）都要保持原样。draw_dot 和逐步演示会显示它们。",
    "engine_check.stepped_cuts_graph":
        "在 `{listing}` 这个计算图上（{inputs}），检查函数按逆拓扑顺序调用了每个节点的 `_backward`，这改动了计算图本身。"
        "之后，`{line}` 的 _prev 里不再是创建它的那些节点。`_backward` 只往输入的 grad 上累加，每个 _prev 都要保持原样。",
    "engine_check.stepped_changes_node":
        "在 `{listing}` 这个计算图上（{inputs}），检查函数按逆拓扑顺序调用了每个节点的 `_backward`，这改动了 `{line}` 的 `{attribute}`。"
        "`_backward` 只往输入的 grad 上累加，每个节点的 label、_op 和 _prev（连同它的顺序）都要保持原样。",
    "engine_check.backward_cuts_graph":
        "在 `{listing}` 这个计算图上（{inputs}），backward() 改动了计算图本身。运行之后，`{line}` 的 _prev 里不再是创建它的那些节点。backward() 必须让每个 _prev 保持原样，这样才能在同一个计算图上再次调用它（draw_dot 也才能画出它）。只有 grad 会变。",
    "engine_check.state.second_call_stopped":
        "把所有 grad 设回 0 之后，对计算图 `{listing}`（{inputs}）第二次运行 backward()，"
        "它在 {seconds} 秒内没有运行完，而第一次调用是运行完了的。",
    "engine_check.state.root_untouched":
        "把所有 grad 设回 0 之后，对计算图 `{listing}`（{inputs}）第二次运行 backward()，"
        "输出自己的 grad 还是 {got}，而第一次调用把它设成了 1。",
    "engine_check.state.on_nodes":
        "backward()，或者它运行的某个 `_backward`，在计算图的节点上设了 {names}，而且一直留在那里，后来的调用会发现它已经设好了。"
        "从一次调用带到下一次的，可能就是它。走图需要的东西要放在 backward() 里面"
        "（第一行写 `topo, visited = [], set()`），每个 `_backward` 只往输入的 grad 上加，不要在节点上做标记。",
    "engine_check.backward_replaces_backward":
        "在计算图 `{listing}`（{inputs}）上，backward() 替换了 `{line}` 的 `_backward`。"
        "之后这个节点上放的不再是它的运算给它的那个函数，所以在这张图上第二次运行 backward() 时，"
        "梯度就不会按这个运算的局部导数往下传了。backward() 只调用每个 `_backward`，"
        "请让它原样留在节点上（第 03 课讲过，多次调用时梯度是累加的）。",
    "engine_check.state.where.default":
        "`{function}` 有默认参数 `{name}={empty}`。Python 只在运行 `def` 时创建一次这个"
        "默认值（{kind}），之后每次调用都共用它。",
    "engine_check.state.where.defaults":
        "`{function}` 有默认参数 {names}。Python 只在运行 `def` 时把它们各创建一次，之后每次调用都共用它们。",
    "engine_check.state.where.global":
        "`{name}` 是模块级别的全局变量（{kind}），每次调用都共用它。",
    "engine_check.state.where.enclosing":
        "`{name}` 是 `backward` 外面那个函数里的变量（{kind}），每次调用都共用它。",
    "engine_check.state.where.class":
        "`{name}` 是 `{owner}` 的类属性（{kind}），每次调用、每个 Value 都共用它。",
    "engine_check.state.where.unknown":
        "它可能是放在模块级别、类属性、`backward` 外面的函数里，或者默认参数里的列表或集合。",
    "engine_check.order.never":
        "{node} 的 `_backward` 从来没有运行过。backward() 必须对每个节点的 `_backward` 恰好调用一次，并且要在所有用到它的节点都把梯度累加进它的 grad 之后。做法就是按拓扑顺序倒着走一遍。",
    "engine_check.values_separator": "，",
    "engine_check.missing.separator": "、",
    "engine_check.missing.methods":
        "你的 Value 没有 {methods}，所以 {exprs} 都不能运行。这个检查函数要求这些运算都有。请按前面练习的要求写出它们。",
    "engine_check.missing.backward":
        "你的 Value 没有 backward() 方法。check_engine 要在每个计算图上运行它，本课后面的部分也要调用它。请写出它（练习 4）。先把输出的 grad 设为 1，再按拓扑顺序倒过来，调用每个节点的 `_backward`。",
    "engine_check.backward_changes_result_stepped": "`{expr}`（{inputs}）算出的 data 是 {before}，检查函数运行它的 _backward 之后却变成了 {after}。反向传播只改 grad。运算的 _backward 只往输入的 .grad 上累加，每个 .data 都要保持原样，它自己结果的 data 也一样。",
    "engine_check.backward_changes_result": "`{expr}`（{inputs}）算出的 data 是 {before}，调用 backward() 之后却变成了 {after}。反向传播只改 grad。运算的 _backward 只往输入的 .grad 上累加，每个 .data 都要保持原样，它自己结果的 data 也一样。",
    "engine_check.backward_changes_label":
        "{name}.label 刚建好时是 {before}，{doing}之后变成了 {after}。"
        "反向传播只改 grad，每个节点的 label 都要保持原样。画图和逐步演示都用 label 来标出每个节点。",
    "engine_check.backward_changes_op":
        "{name}._op 刚建好时是 {before}，{doing}之后变成了 {after}。"
        "反向传播只改 grad，每个节点的 _op 都要保持原样。draw_dot 和逐步演示都用 _op 写出每个节点的运算。",
    "engine_check.changes_label":
        "{name}.label 刚建好时是 {before}，{doing}之后变成了 {after}。"
        "运算不改动它的输入，label 也不改。画图和逐步演示都用 label 来标出每个节点。要设 label，就设在运算新建的 Value 上。",
    "engine_check.changes_input_in_backward":
        "{doing}之前，{name}.data 是 {before}。运行之后，它变成了 {after}。反向传播只改 grad。"
        "每个 `_backward` 把 局部导数 × out.grad 加到输入的 .grad 上，不动任何 .data。"
        "不要在 `_backward` 或 backward() 里给 data 赋值（比如 `self.data -= ...`）。更新参数的那一步 "
        "p.data -= learning_rate * p.grad 属于训练循环，放在 backward() 之后。",
    "engine_check.forward_changes_grad":
        "{name}.grad 原来是 0，在{doing}之后变成了 {after}，这时还没有做任何反向传播。运算只负责算出结果，并记下梯度怎样往回传。结果的数放进 `out = Value(...)`，给输入的梯度加多少写在 `_backward` 里（再写 `out._backward = _backward`）。等到 out.grad 知道了，backward() 才会去运行它。",
    "engine_check.changes_input":
        "{name}.data 原来是 {before}，在{doing}之后变成了 {after}。运算不能改变输入的 data，要把结果放进一个新的 Value `out = Value(...)`，它的数由输入的 .data 算出。不要给输入的 data 赋值，不要写 `self.data = ...`、`self.data += ...` 或 `self.data *= ...`。",
    "engine_check.prev_number.pow":
        "`{expr}` 得到的 Value 的 `_prev` 里有 {got}，这是一个普通的数。`_prev` 里只能放 Value，因为 backward() 会继续走进其中的每一个。指数是一个普通的数，不是节点，所以 `__pow__` 只传 self 一个输入，写成 `Value(..., (self,), ...)`。",
    "engine_check.prev_number.operation":
        "`{expr}` 得到的 Value 的 `_prev` 里有 {got}，这是一个普通的数。`_prev` 里只能放 Value，因为 backward() 会继续走进其中的每一个。在 `{method}` 里，先用 `other = other if isinstance(other, Value) else Value(other)` 把数变成 Value，再把它传进去。",
    "engine_check.probe.out_data":
        "`{expr}` 的 `_backward` 给 {name}.grad 加上的量不随 out.grad 改变。单独运行它，out.grad = {out_grad} 时加了 {added}，out.grad = {other_out_grad} 时加了 {added_other}。这个量是局部导数乘以 out.data。从输出那边传回来的梯度是 `out.grad`，不是 `out.data`。请乘以 `out.grad`。",
    "engine_check.probe.not_times_out_grad":
        "`{expr}` 的 `_backward` 给 {name}.grad 加上的量没有和 out.grad 成正比。单独运行它，out.grad = {out_grad} 时加了 {added}，out.grad = {other_out_grad} 时加了 {added_other}。按链式法则，它应该是局部导数（由 `.data` 算出）乘以 `out.grad`，中间不取整、不设上限。",
    "engine_check.chain.value":
        "在 {subject}上，输出的 data 是 {got}，应该是 {want}（{off}）。",
    "engine_check.graph.order_right":
        "backward() 对 {total} 个运算节点的 `_backward` 各调用了一次，而且都在用到它的节点之后，这个顺序是对的。所以是某个 `_backward` 在这里加错了量，虽然每个运算在小例子上都是对的。可能的原因有三种：（1）某个局部导数只对一部分值是对的（比如只对小的值）。（2）某个 `_backward` 用到了它自己节点的输入和 `out` 以外的东西，比如它外面的变量。（3）某个运算或 `_backward` 改变了 `.data`。",
    "engine_check.graph.stepped_candidates":
        "检查函数把每个 `_backward` 各调用了一次，而且都在用到它的所有节点之后，所以是某个 `_backward` 在这里加错了量，尽管每个运算在小例子上都是对的。可能的原因有三种：（1）局部导数只对某些值成立（比如小的值）。（2）`_backward` 用了它自己节点的输入和 `out` 以外的东西，比如外面的变量（例如最后新建的那个节点）。（3）某个运算或 `_backward` 改动了 `.data`。",
    "engine_check.order.equality":
        "你的 Value 还定义了 `__eq__` 或 `__hash__`，原因也可能在这里。如果两个 data 相等的不同节点被当成相等，visited 集合就会把它们当成同一个节点，build_topo 会跳过第二个。micrograd 按对象本身比较节点，所以不要定义 `__eq__` 和 `__hash__`。",
    "engine_check.shared_prev":
        "算出 `c = a + b` 之后，输入 a 的 `_prev` 和 c 的 `_prev` 是同一个对象，都是{kind}。你所有的 Value 共用一个 "
        "`_prev`，所以每新建一个 Value，其他所有 Value 下面的图都会跟着变。可能的原因有两种："
        "（1）类属性（`Value._prev = ...`，或者在类的定义体里设了 `_prev`）。（2）每个 `__init__` "
        "都用同一个列表或集合（比如一个被原地修改的默认参数）。请让每个 Value 有自己的 `_prev`，"
        "在 `__init__` 里写 `self._prev = tuple(_children)`。",
    "engine_check.prev_lacks_input":
        "对 `{expr}`（{inputs}）得到的节点，`_prev` 里没有 {name}。{name} 不在结果的图里，backward() 永远到不了它"
        "（在更长的图上它的 grad 会一直是 0），draw_dot 也不会从它画出箭头。可能的原因有两种：（1）运算传进去的 _children 比 "
        "{children} 少。（2）`__init__` 只保存了传进来的一部分 _children。新建结果时写 _children = {children}，"
        "并在 `__init__` 里全部保存，写成 `self._prev = tuple(_children)`。",
    "engine_check.prev_not_the_inputs":
        "对 `{expr}`（{inputs}）返回的节点，`_prev` 里放的是另一个和 {name} 的 data 相同的 Value，"
        "而不是 {name} 本身。{name} 不在结果的图里，所以 backward() 永远到不了它。可能的原因有两种："
        "（1）把之前某次调用的结果留了下来，遇到同样的数时又把它返回（存在字典、默认参数或方法外的变量里的缓存）。"
        "（2）往 `_prev` 里放的是输入的副本（比如 `Value(other.data)`）。"
        "请每次调用都用输入本身新建一个节点。",
    "engine_check.order.sorted_by_content":
        "你的 backward() 还做了排序，并读取了节点的 {attributes}，原因也可能在这里。"
        "按节点里存的值排序（比如 `sorted(topo, key=lambda v: v.data)`）之后，"
        "顺序就不再保证每个节点都排在它的输入之后了。请保持遍历时建立的顺序。",
    "engine_check.order.keyed_by_content":
        "你的 backward() 还读了节点的 {attributes}，原因也可能在这里。如果遍历时按节点里存的内容"
        "来区分节点（比如 visited 里放的是 `(v.label, v._op, v.data)`），两个内容相同的不同节点"
        "就会被当成同一个，第二个会被跳过；也可能是它只运行了一部分节点的 `_backward`，按节点里存的内容来挑"
        "（比如对 v._op 的 if）。请在 visited 里放节点本身，写成 `visited.add(v)`，并运行每个节点的 `_backward`。",
    "engine_check.right.optional_absent":
        "{exprs} 是可选的运算。你的 Value 没有它们的方法，所以没有检查它们。",
    "engine_check.right.no_operations": "你的 Value 把它的数保存在 `data` 里，grad 从 0 开始。",
    "engine_check.right.stepped":
        "每个运算都给出了正确的值，并通过它的 `_backward` 给出了正确的梯度（{checked}）。（这里是检查函数自己按逆拓扑顺序调用每个节点的 `_backward`，还没有用到你的 backward()。）",
    "engine_check.right.graphs":
        "你的 Value 和 micrograd_lite 的引擎一致，值和梯度都一样（{checked}）。每个运算都单独检查过，也检查过上游传回的梯度不是 1、同一个输入用了两次、输入本身由别的运算得到这几种情况。还检查了 {graphs} 个计算图（每个最多 {size} 个运算，中间结果被重复使用，随机种子 {seed}）。",
    "engine_check.right.neurons.one": "一个偏置为 0 的神经元",
    "engine_check.right.neurons.other": "一个偏置为 0 的神经元、博客里的神经元",
    "engine_check.right.all":
        "你的 Value 和 micrograd_lite 的引擎一致，值和梯度都一样（{checked}）。每个运算都单独检查过，也检查过上游传回的梯度不是 1、同一个输入用了两次、输入本身由别的运算得到这几种情况。还检查了 {graphs} 个计算图（一个重复使用了中间结果的小图、{neurons}，以及 {random} 个随机图，每个最多 {size} 个运算，中间结果被重复使用，随机种子 {seed}），以及一条 {chain} 个运算的链、{diamonds} 个叠起来的菱形和由 {wide} 个输入两两相加得到的总和。把 grad 都设回 0 后再调用一次 backward()，梯度和第一次一样；不设回 0 就连续调用两次，输出的 grad 保持为 1，输入的梯度会累加。",


    # ---- end of exercises 04-06 ----------------------------------------



    # ==================================================================
    # figures and widgets: plots, widgets/*, descent, classifier, graph
    # ==================================================================
    # ---- descent: what a run of gradient descent did
    "descent.regime_slow": "太小（慢）",
    "descent.regime_good": "合适",
    "descent.regime_oscillating": "太大（震荡）",
    "descent.regime_divergent": "发散",
    "descent.regime_unsettled": "未收敛",
    "descent.diverged": "在第 {step} 步发散，学习率太大",
    "descent.loss_grew.one": "损失在 1 步内从 {first} 增大到 {last}，学习率太大",
    "descent.loss_grew.other": "损失在 {count} 步内从 {first} 增大到 {last}，学习率太大",
    "descent.settles.one": "1 步后收敛到最低点附近",
    "descent.settles.other": "{count} 步后收敛到最低点附近",
    "descent.settles_jumping_once.one": "1 步后收敛到最低点附近，途中有 1 步越过了最低点",
    "descent.settles_jumping_once.other": "{count} 步后收敛到最低点附近，途中有 1 步越过了最低点",
    "descent.settles_jumping_every_step.one": "1 步后收敛到最低点附近，这一步越过了最低点",
    "descent.settles_jumping_every_step.other": "{count} 步后收敛到最低点附近，途中每一步都越过了最低点",
    "descent.settles_jumping.one": "1 步后收敛到最低点附近，途中有 {jumps} 步越过了最低点",
    "descent.settles_jumping.other": "{count} 步后收敛到最低点附近，途中有 {jumps} 步越过了最低点",
    "descent.settles_jumping_every_step_somewhere.one": "1 步后收敛到最低点附近，这一步越过了最低点（至少在一个坐标方向上）",
    "descent.settles_jumping_every_step_somewhere.other": "{count} 步后收敛到最低点附近，途中每一步都越过了最低点（至少在一个坐标方向上）",
    "descent.settles_jumping_once_somewhere.one": "1 步后收敛到最低点附近，途中有 1 步越过了最低点（至少在一个坐标方向上）",
    "descent.settles_jumping_once_somewhere.other": "{count} 步后收敛到最低点附近，途中有 1 步越过了最低点（至少在一个坐标方向上）",
    "descent.settles_jumping_somewhere.one": "1 步后收敛到最低点附近，途中有 {jumps} 步越过了最低点（至少在一个坐标方向上）",
    "descent.settles_jumping_somewhere.other": "{count} 步后收敛到最低点附近，途中有 {jumps} 步越过了最低点（至少在一个坐标方向上）",
    "descent.unsettled.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.unsettled.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.unsettled_on_its_way.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}），还在往下走",
    "descent.unsettled_on_its_way.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}），还在往下走",
    "descent.unsettled_carried_once.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；在动量 {momentum:g} 的带动下，路径有 1 步越过了最低点",
    "descent.unsettled_carried_once.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；在动量 {momentum:g} 的带动下，路径有 1 步越过了最低点",
    "descent.unsettled_carried.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；在动量 {momentum:g} 的带动下，路径有 {crossings} 步越过了最低点",
    "descent.unsettled_carried.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；在动量 {momentum:g} 的带动下，路径有 {crossings} 步越过了最低点",
    "descent.oscillating.one": "1 步后已越过最低点（损失是 {loss:.4g}，开始时是 {start:.4g}）",
    "descent.oscillating.other": "{count} 步后仍在最低点两侧来回跳（损失是 {loss:.4g}，开始时是 {start:.4g}）",
    "descent.slow.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.slow.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.sigmoid_net_not_converging.one": "损失不降反升：1 步后从 {first:.4f} 增大到 {last:.4f}，学习率太大",
    "descent.sigmoid_net_not_converging.other": "损失不降反升：{count} 步后从 {first:.4f} 增大到 {last:.4f}，学习率太大",
    "descent.sigmoid_net_finished.one": "训练完 1 步，损失从 {first:.4f} 变为 {last:.4f}",
    "descent.sigmoid_net_finished.other": "训练完 {count} 步，损失从 {first:.4f} 变为 {last:.4f}",

    # ---- classifier: what a training run did
    "classifier.diverged": "训练在第 {step} 步发散，学习率太大",
    "classifier.loss_grew.one": "1 步后，损失从 {first:.4f} 增大到 {last:.4f}，学习率太大",
    "classifier.loss_grew.other": "{count} 步后，损失从 {first:.4f} 增大到 {last:.4f}，学习率太大",
    "classifier.finished.one": "1 步后，损失 {loss:.4f}，训练准确率 {accuracy:.0%}",
    "classifier.finished.other": "{count} 步后，损失 {loss:.4f}，训练准确率 {accuracy:.0%}",
    "classifier.stopped.one": "在第 {step} 步后停止（共 1 步）",
    "classifier.stopped.other": "在第 {step} 步后停止（共 {count} 步）",

    # ---- widgets/descent: lesson 04's figures and explorers
    "descent.axis_step": "步数",
    "descent.axis_loss_log": "损失（对数刻度）",
    "descent.axis_loss_log_floor": "损失（对数刻度）\n低于 {floor:.0e} 的画在 {floor:.0e}",
    "descent.loss_title": "每一步的损失",
    "descent.legend_steps": "每一步",
    "descent.legend_start": "起点",
    "descent.legend_minimum_parabola": "最低点（w = 3）",
    "descent.legend_minimum_bowl": "最低点（0, 0）",
    "descent.axis_loss_w": "损失 L(w)",
    "descent.parabola_title": "学习率 {lr:.3g}：{regime}",
    "descent.path_goes_outside": "{message}（路径中途跑出图外又回来了，有一段没有画出来）",
    "descent.starts_at_bottom": "从谷底出发，那里的梯度是 0，所以一步也不动",
    "descent.path_leaves_at_w": "{message}（最后一点 w = {w:.3g}，在图外）",
    "descent.parabola_description.one": "在 L(w) = (w - 3)^2 上做梯度下降，从 w = {start:g} 出发，学习率 {lr:.3g}，共 1 步。结论：{regime}。{message}。图上的最后一点：w = {w:.4f}，L = {loss}。",
    "descent.parabola_description.other": "在 L(w) = (w - 3)^2 上做梯度下降，从 w = {start:g} 出发，学习率 {lr:.3g}，共 {count} 步。结论：{regime}。{message}。图上的最后一点：w = {w:.4f}，L = {loss}。",
    "descent.slider_lr": "学习率",
    "descent.slider_steps": "步数",
    "descent.parabola_explorer": "在 (w - 3)^2 上做梯度下降",
    "descent.colorbar_loss": "损失",
    "descent.bowl_title": "学习率 {lr:.3g}，动量 {momentum:.2f}：{regime}",
    "descent.path_leaves_at_point": "{message}（最后一点 ({w1:.3g}, {w2:.3g})，在图外）",
    "descent.bowl_description.one": "在 L = w1^2 + 10 w2^2 上做梯度下降，从 ({w1:.2f}, {w2:.2f}) 出发，学习率 {lr:.3g}，动量 {momentum:.2f}，共 1 步。结论：{regime}。{message}。图上的最后一点：({end1:.4f}, {end2:.4f})，L = {loss}。",
    "descent.bowl_description.other": "在 L = w1^2 + 10 w2^2 上做梯度下降，从 ({w1:.2f}, {w2:.2f}) 出发，学习率 {lr:.3g}，动量 {momentum:.2f}，共 {count} 步。结论：{regime}。{message}。图上的最后一点：({end1:.4f}, {end2:.4f})，L = {loss}。",
    "descent.slider_momentum": "动量",
    "descent.slider_start_w1": "起点 w1",
    "descent.slider_start_w2": "起点 w2",
    "descent.bowl_explorer": "在 w1^2 + 10 w2^2 上做梯度下降",
    "descent.legend_data": "数据",
    "descent.legend_before": "训练前",
    "descent.legend_after.one": "训练 1 步后",
    "descent.legend_after.other": "训练 {count} 步后",
    "descent.sigmoid_net_loss_title": "损失（均方误差）",
    "descent.curve_leaves": "{message}（拟合曲线在图外）",
    "descent.sigmoid_net_title": "y_hat = w2 * sigmoid(w1 * x + b1) + b2，学习率 {lr:.3g}",
    "descent.sigmoid_net_description_diverged": "只有一个隐藏层神经元的网络在 {points} 个点上训练，学习率 {lr:.3g}。{status}，训练随即停止，所以不画拟合曲线。",
    "descent.sigmoid_net_description": "只有一个隐藏层神经元的网络在 {points} 个点上训练，学习率 {lr:.3g}。{status}；拟合结果 w1 = {w1:.3f}，b1 = {b1:.3f}，w2 = {w2:.3f}，b2 = {b2:.3f}。",
    "descent.sigmoid_net_explorer": "训练只有一个隐藏层神经元的网络",

    # ---- widgets/derivatives: lesson 01's explorers
    "derivatives.tangent_description": "f(x)=3x²-4x+5 在 x = {x:.2f} 处：测得斜率（h = {h:.3g}）{secant:.4f}，精确值 6x-4 = {exact:.4f}，误差 {error:.1e}",
    "derivatives.legend_tangent": "切线，精确斜率 6x - 4",
    "derivatives.legend_secant": "割线，斜率 (f(x+h) - f(x)) / h",
    "derivatives.readout": "x = {x:.2f}    h = {h:.3g}\n测得斜率 {secant:.6f}\n精确斜率 {exact:.6f}\n误差    {error:.1e}",
    "derivatives.tangent_title": "f 在 x = {x:.2f} 处的斜率，用 h = {h:.3g} 测量",
    "derivatives.tangent_explorer": "f(x) = 3x² - 4x + 5 的斜率：拖动 x 和 h",
    "derivatives.errors_are_no_truncation": "在最佳 h 的右边，前向差分的误差是截断误差（~ h），左边是舍入误差（~ 1/h）；中心差分没有截断误差（它对任何抛物线都是精确的），所以它的误差只有舍入误差（~ 1/h）。",
    "derivatives.errors_are": "在最佳 h 的右边，误差是截断误差（前向差分 ~ h，中心差分 ~ h²）；左边是舍入误差（~ 1/h）。",
    "derivatives.forward_exact_at": "前向差分在 h = {h:g} 时误差就已经为 0",
    "derivatives.forward_best_near": "前向差分的最佳 h 约为 {h:.0e}（误差 {error:.0e}）",
    "derivatives.central_exact_at": "中心差分在 h = {h:g} 时误差就已经为 0",
    "derivatives.central_best_near": "中心差分的最佳 h 约为 {h:.0e}（误差 {error:.0e}）",
    "derivatives.errors_description": "有限差分的误差随 h 的变化（{name}，精确斜率 {exact:.4f}，双对数坐标）：{forward}，{central}。{errors_are}",
    "derivatives.legend_forward": "前向差分 (f(x+h) - f(x)) / h",
    "derivatives.legend_central": "中心差分 (f(x+h) - f(x-h)) / 2h",
    "derivatives.error_axis_h": "← h 更小：舍入误差          步长 h          h 更大：截断误差 →",
    "derivatives.error_axis_error": "|估计值 - 精确斜率|",
    "derivatives.note_forward_exact": "前向差分精确：\nh = {h:.3g} 时误差为 0，画在图的最下边",
    "derivatives.note_central_exact": "中心差分精确：\nh = {h:.3g} 时误差为 0，画在图的最下边",
    "derivatives.note_central_exact_parabola": "中心差分对抛物线是精确的。\nh = {h:.3g} 时误差为 0，画在图的最下边",
    "derivatives.note_best_h": "最佳 h ≈ {h:.0e}",
    "derivatives.function_exp": "x = 1 处的 exp(x)",
    "derivatives.function_tanh": "x = 0.8814 处的 tanh(x)",
    "derivatives.function_parabola": "x = 3 处的 3x² - 4x + 5",
    "derivatives.error_title": "有限差分的误差：{name}",
    "derivatives.dropdown_function": "函数",
    "derivatives.error_explorer": "有限差分的误差随 h 的变化：选一个函数",

    # ---- widgets/training: lesson 05's pictures, progress bar and trainer
    "training.legend_class": "类别 {label:+d}",
    "training.moons_title": "双月数据集：{points} 个点，两个类别",
    "training.moons_description": "双月数据集：{points} 个点，{upper} 个属于类别 -1（上面的月牙），{lower} 个属于类别 +1（下面的月牙）。",
    "training.legend_loss": "损失",
    "training.axis_step": "步数",
    "training.axis_loss": "损失（对数刻度）",
    "training.legend_accuracy": "训练准确率",
    "training.axis_accuracy": "训练准确率（%）",
    "training.curves_title": "训练中的损失和准确率",
    "training.run_description": "在 {points} 个双月数据点上训练的 MLP，学习率 {lr:.3g}（逐步降到 {last_lr:.3g}）。{status}。",
    "training.run_description_full": "在 {points} 个双月数据点上训练的 MLP，学习率 {lr:.3g}（逐步降到 {last_lr:.3g}）。{status}；在第 {step} 步首次达到 100%。",
    "training.run_title": "训练后的决策边界，学习率 {lr:.3g}",
    "training.run_title_one_class": "学习率 {lr:.3g}，整个平面都被判为同一类，没有决策边界",
    "training.run_title_diverged": "学习率 {lr:.3g}，在第 {step} 步发散，没有决策边界",
    "training.progress_description": "进度",
    "training.progress_step": "第 {step}/{total} 步",
    "training.progress_step_note": "第 {step}/{total} 步。{note}。",
    "training.progress_fallback.one": "[{description}：共 1 步的进度条，内核运行时才会显示]",
    "training.progress_fallback.other": "[{description}：共 {count} 步的进度条，内核运行时才会显示]",
    "training.button_train": "训练",
    "training.slider_lr": "学习率",
    "training.explorer": "在双月数据集上训练 MLP",
    "training.progress_start": "以学习率 {lr:.3g} 训练中",
    "training.frame_progress": "损失 {loss:.4f}，准确率 {accuracy:.0%}",
    "training.frame_title": "以学习率 {lr:.3g} 训练：第 {step}/{steps} 步",
    "training.frame_status": "第 {step} 步：损失 {loss:.4f}，准确率 {accuracy:.0%}（当前学习率 {step_lr:.3g}）",
    "training.frame_description": "以学习率 {lr:.3g} 训练：第 {step}/{steps} 步，损失 {loss:.4f}，准确率 {accuracy:.0%}",
    "training.press_train": "学习率 {lr:.3g}：请按“训练”",

    # ---- widgets/core: what every explorer shows without a kernel or after a failed redraw
    "core.could_not_draw": "{title}：这个设置画不出来（{kind}: {error}）",
    "core.needs_kernel": "[{title}——需要运行中的内核才能交互]",

    # ---- widgets/graphs: lessons 02 and 03's graph explorer and backprop stepper
    "quoted_label_empty": "''（空字符串）",
    "quoted_label": "“{label}”",
    "graphs.unnamed_input": "[输入 {data:.4f}]",
    "graphs.input_separator": "，",
    "graphs.forward_description": "前向传播（{inputs}）：{root} = {data:.4f}（图中有 {values} 个 Value）",
    "graphs.forward_description_no_inputs": "前向传播：{root} = {data:.4f}（图中有 {values} 个 Value）",
    "graphs.forward_explorer": "{name} 的计算图：拖动输入",
    "graphs.step_output_unnamed": "第 {step}/{total} 步，先设 {grad} = 1（输出对它自己的导数是 1）",
    "graphs.step_output": "第 {step}/{total} 步，先设 {grad} = 1（∂{name}/∂{name} = 1）",
    "graphs.step_node": "第 {step}/{total} 步，{name}（由 {op} 得到，grad {grad}）把梯度传给输入",
    "graphs.step_node_unnamed": "第 {step}/{total} 步，未命名的节点 {name}（grad {grad}）把梯度传给输入",
    "graphs.step_description": "{head}。{updates}",
    "graphs.update_chain": "{grad} += {local} × {upstream} → {after}",
    "graphs.update_added": "{grad} += {added:.4f} → {after:.4f}",
    "graphs.update_set": "{grad} = {after:.4f}（变化量 {added:.4f}）",
    "graphs.update_sets_note": "这个 _backward 加上的量取决于输入原有的 grad 或之前的调用，可能是直接设定了 grad 而没有累加（把 += 写成了 =），可能是读了某个输入的 .grad，也可能是它每次调用都在变（比如放在外面的计数器）。",
    "graphs.update_not_scaled": "{grad} += {added:.4f} → {after:.4f}（节点的 grad 是 {upstream}，这个 _backward 加上了 {added:.4f}；节点的 grad 为 1 时它加上的是 {at_one:.4f}，若与 grad 成比例，这里加上的会是 {share:.4f}）",
    "graphs.update_not_scaled_note": "这个 _backward 加上的量没有随节点的 grad 成比例变化，可能漏了 * out.grad，可能把 * 写成了 +，也可能对 out.grad 做了别的运算（比如平方）。",
    "graphs.update_unscaled_note": "这个 _backward 加上的量没有随节点的 grad 成比例变化（在 grad 为 1 和 2 时测过），可能漏了 * out.grad，可能把 * 写成了 +，也可能对 out.grad 做了别的运算（比如平方）。",
    "graphs.update_changes_own": "然后它的 _backward 把 {grad}（也就是 out.grad）从 {before:.4f} 改成了 {after:.4f}（_backward 只往输入的 grad 上累加，不要动 out.grad）",
    "graphs.update_changes_data": "而且它的 _backward 改动了 {names} 的 data（_backward 只往输入的 grad 上累加，不要动任何 .data；逐步演示结束后会把 data 恢复原样）",
    "graphs.update_rule_note": "它的 _backward 用的局部导数不符合 `{op}` 的规则（{items}）。可能的原因有两种：_backward 里的那一行写错了；或者 _op 里写的运算名不对{fits}。",
    "graphs.update_rule_fits": "（这些局部导数符合 `{other}` 的规则）",
    "graphs.update_rule_item": "{name} 用的是 {local}，规则给出的是 {rule}",
    "graphs.update_rule_separator": "；",
    "nodes.backward_too_long": "一个 `{op}` 节点的 _backward 在 {seconds} 秒内没有结束。里面是不是有永远不会结束的循环（比如条件一直成立的 while）？请先改好它，再画图或逐步演示。",
    "nodes.backward_too_long_labelled": "`{op}` 节点 '{label}' 的 _backward 在 {seconds} 秒内没有结束。里面是不是有永远不会结束的循环（比如条件一直成立的 while）？请先改好它，再画图或逐步演示。",
    "nodes.backward_raised": "一个 `{op}` 节点的 _backward 抛出了 {kind}（`{error}`，出错的行见上面的 traceback）。请先改好它，再画图或逐步演示。",
    "nodes.backward_raised_labelled": "`{op}` 节点 '{label}' 的 _backward 抛出了 {kind}（`{error}`，出错的行见上面的 traceback）。请先改好它，再画图或逐步演示。",
    "graphs.update_separator": "；",
    "graphs.slider_step": "步骤",
    "graphs.button_play": "播放",
    "graphs.slider_speed": "每步毫秒数",
    "graphs.button_step": "下一步",
    "graphs.button_reset": "重置",
    "graphs.stepper_title.one": "{name} 的反向传播逐步演示（共 1 步）",
    "graphs.stepper_title.other": "{name} 的反向传播逐步演示（共 {count} 步）",

    # ---- graph: the drawing's description and the note for a graph too big to draw
    # -- 第 03 课：对路径求和（widgets/paths.py）
    "paths.title": "{name} 的计算图里的路径，输入由你来选",
    "paths.row": "  {path}：{product}",
    "paths.menu": "输入",
    "paths.heading.one": "从 {root} 回到 {name} 有 1 条路径：",
    "paths.heading.other": "从 {root} 回到 {name} 有 {count} 条路径：",
    "paths.column_path": "路径",
    "paths.column_product": "沿路的局部导数相乘",
    "paths.unnamed": "[{op}]",
    "paths.sum": "各条路径之和：{total}。backward() 之后的 {name}.grad：{grad}。",
    "paths.nudge": "把 {name} 挪动 h = {h:g}（对输出做中心差分）：{estimate}。",
    "graph.flow_local": "局部导数 {local}",
    "graph.flow_local_uses": "局部导数 {local}（{count} 次使用之和）",
    "graph.flow_adds": "加上 {local} × {grad} = {added}",
    "graph.flow_sets": "它的 _backward 加上的量\n取决于原有的 grad（把 += 写成了 =，\n还是读了输入的 .grad？）",
    "graph.flow_unscaled": "它的 _backward 加上的量\n不随 grad 成比例变化\n（漏了 * out.grad，或把 * 写成了 +？）",
    "graph.flow_changes_own": "它的 _backward 随后改了 out.grad\n（应该让它保持不变）",
    "graph.flow_rule": "{op} 的规则给出 {rule}",
    "graph.flow_rule_fits": "它符合 {other} 的规则，\n_op 写成 {op} 对吗？",
    "graph.description_warned": "。有些箭头对 _backward 给出了提醒。",
    "graph.flow_changes_data": "它的 _backward 还改了 .data\n（它只应该改 grad）",
    "graph.description_one_value": "{root} 的计算图：1 个 Value，没有运算",
    "graph.description_one_operation": "{root} 的计算图：{values} 个 Value，1 个运算",
    "graph.description": "{root} 的计算图：{values} 个 Value，{operations} 个运算",
    "graph.root_name": "{label}",
    "graph.root_expression": "“{label}”",
    "graph.unnamed_root": "data 为 {data} 的 Value",
    "graph.too_big": "这个图的节点（值和运算）超过 {max_nodes} 个。\ndraw_dot 最多画 {max_nodes} 个，因为排布更大的图可能要几分钟。\n如果仍要画，请传入更大的 max_nodes，例如 draw_dot(..., max_nodes={example})。",

    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
