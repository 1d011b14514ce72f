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
    "lesson04.second_step.what": "第二次更新后 w 的值（一个数）",
    "lesson04.second_step.right":
        "在 w = -0.2 处，梯度是 2 * (-0.2 - 3) = -6.4，所以 w = -0.2 - 0.1 * (-6.4) "
        "= 0.44。这一步（0.64）比第一步（0.8）短：w 越接近最低点 3，梯度就越小。",
    "lesson04.second_step.uphill":
        "你加上了 learning_rate * gradient，这是往上坡走。更新规则是减去它："
        "w - 0.1 * (-6.4)。",
    "lesson04.second_step.gradient":
        "-6.4 是 w = -0.2 处的梯度 2 * (w - 3)。接下来把它代入更新公式 "
        "w - learning_rate * gradient。",
    "lesson04.second_step.step_size":
        "这是第二步的长度：learning_rate * gradient = 0.1 * (-6.4) = -0.64。"
        "新的 w 是旧的 w 减去它：-0.2 - (-0.64)。",
    "lesson04.second_step.not_reset":
        "没有把 w.grad 清零，就会得到 1.24：backward() 把新梯度 -6.4 累加到旧的 -8 上，"
        "于是 -0.2 - 0.1 * (-14.4) = 1.24。第二步的梯度只是 w = -0.2 处的梯度，即 -6.4。",
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
    "lesson04.second_step.sign":
        "6.4 是梯度的大小，但符号错了：2 * (-0.2 - 3) = -6.4。然后再更新 w。",
    "lesson04.second_step.otherwise":
        "{value} 不对。先算出 w = -0.2 处的梯度 2 * (w - 3)，"
        "再算 w - 0.1 * gradient。",
    "lesson04.rate.what": "不会发散的最大学习率（一个数）",
    "lesson04.rate.zero":
        "lr = 0 时什么都不动：每次更新减去的是 0 * gradient，w 一直停在起点。"
        "这样不会发散，但稍大一点的学习率也不会发散。找出仍然不发散的最大学习率。",
    "lesson04.rate.negative_parabola":
        "负的学习率（lr = {lr}）会加上梯度：它往上坡走，因子 1 - 2 * lr 大于 1，"
        "结果发散。学习率是正数；找出不会发散的最大正学习率。",
    "lesson04.rate.negative_bowl":
        "负的学习率（lr = {lr}）会加上梯度：它往上坡走，两个因子都大于 1，"
        "结果发散。学习率是正数；找出不会发散的最大正学习率。",
    "lesson04.largest_rate.right":
        "每次更新都把到最低点的距离乘以 1 - 2 * lr。lr = 1 时这个因子是 -1："
        "w 永远在 -1 和 7 之间来回跳。小于 1 时跳动越来越小；大于 1 时越来越大，结果发散。",
    "lesson04.largest_rate.fastest":
        "0.5 是最快的学习率：因子 1 - 2 * lr 等于 0，一步就落在 w = 3 上。"
        "更大的学习率会跳过最低点，但只要因子还在 -1 和 1 之间，就不会发散。",
    "lesson04.largest_rate.diverges":
        "lr = {lr} 时，因子 1 - 2 * lr 是 {factor}，小于 -1：每一跳都比上一跳更远，"
        "结果发散。找出让因子正好等于 -1 的 lr。",
    "lesson04.largest_rate.bounded":
        "lr = {lr} 时，因子 1 - 2 * lr 是 {factor}，在 -1 和 1 之间，所以不会发散。"
        "但更大的学习率也不会发散：找出让因子仍在 -1 和 1 之间的最大 lr。",
    "lesson04.largest_rate.bowl_answer":
        "lr = {lr} 时，因子 1 - 2 * lr 是 {factor}，在 -1 和 1 之间，所以不会发散。"
        "但更大的学习率也不会发散：找出让因子仍在 -1 和 1 之间的最大 lr。"
        "（0.1 是第 3 节那个山谷的答案，那里陡峭方向的因子是 1 - 20 * lr；"
        "这里是 1 - 2 * lr。）",
    "lesson04.bowl_rate.right":
        "w2 方向陡十倍：它的因子 1 - 20 * lr 在 lr = 0.1 时就到了 -1，"
        "而 w1 方向允许到 1。最陡的方向决定上限，平缓的方向于是走得很慢。",
    "lesson04.bowl_rate.w1_limit":
        "1 只是 w1 方向单独的上限（因子 1 - 2 * lr）。w2 方向陡十倍：它的因子是 1 - 20 * lr。",
    "lesson04.bowl_rate.w2_zero":
        "0.05 让 w2 的因子 1 - 20 * lr 正好等于 0（w2 一步就到 0）。"
        "更大的学习率仍然不会发散：w2 来回震荡，跳动越来越小，直到因子到达 -1。",
    "lesson04.bowl_rate.bounded":
        "lr = {lr} 时，w1 的因子（1 - 2 * lr）是 {w1}，w2 的因子（1 - 20 * lr）是 {w2}，"
        "都在 -1 和 1 之间：不会发散。但更大的学习率也不会发散："
        "找出让两个因子都留在 -1 和 1 之间的最大 lr。",
    "lesson04.bowl_rate.w2_diverges":
        "lr = {lr} 时，w2 的因子 1 - 20 * lr 是 {w2}，小于 -1：w2 每一步都跳得更远，"
        "结果发散（w1 的因子还在 -1 和 1 之间，但只要有一个方向发散就够了）。"
        "找出让 1 - 20 * lr 正好等于 -1 的 lr。",
    "lesson04.bowl_rate.both_diverge":
        "lr = {lr} 时，w2 的因子 1 - 20 * lr 是 {w2}，小于 -1：w2 每一步都跳得更远，"
        "结果发散（w1 的因子也小于 -1，而只要有一个方向发散就够了）。"
        "找出让 1 - 20 * lr 正好等于 -1 的 lr。",

    # -- lesson 04: descend(loss, start, learning_rate, steps) -----------
    "lesson04.descend.doing": "对 {loss} 运行 {call}",
    "lesson04.descend.none":
        "你的 descend 返回了 None。在最后写上 `return path`，返回它走过的每一个 w 组成的列表。",
    "lesson04.descend.one_number":
        "你的 descend 返回了一个数（{kind}），不是列表。返回每一个 w 组成的列表："
        "起点，以及 {steps} 次更新中每次更新后的 w。",
    "lesson04.descend.not_a_list": "你的 descend 返回了一个 {kind}；它应该返回一个数的列表。",
    "lesson04.descend.same_value":
        "你的列表里同一个 Value 对象出现了不止一次，所以每一项显示的都是最后的 w。"
        "要追加数 w.data，而不是 Value w。",
    "lesson04.descend.not_numbers":
        "你的列表里有一个 {kind}；它里面应该是数（每次更新后的 w.data）。",
    "lesson04.descend.no_start":
        "在 {loss} 上运行 {call} 时，你的列表漏掉了起点：先放 w = {start}，"
        "再放每次更新后的 w。",
    "lesson04.descend.one_short":
        "在 {loss} 上运行 {call} 时，你的列表少了一次更新：要做满 {steps} 次更新"
        "（range(steps)），每次更新后追加 w。",
    "lesson04.descend.length":
        "在 {loss} 上运行 {call} 时，你的列表有 {count} 个数；应该有 {expected} 个："
        "起点，以及 {steps} 次更新中每次更新后的 w。",
    "lesson04.descend.wrong_start":
        "在 {loss} 上运行 {call} 时，你的列表从 {got} 开始；它应该从起点 w = {start} 开始。",
    "lesson04.descend.never_moves":
        "在 {loss} 上运行 {call} 时，w 一直停在 {start}。在 L.backward() 之后用梯度 w.grad "
        "更新 w.data（在 backward() 之前把 w.grad 清零，不要在 backward() 和更新之间清零）。",
    "lesson04.descend.bug.plus":
        "在 {loss} 上运行 {call}：你的 w 在往上坡走，损失每一步都在变大。更新要减去这一步："
        "w.data = w.data - learning_rate * w.grad（你的是加上）。",
    "lesson04.descend.bug.no_zero_grad":
        "在 {loss} 上运行 {call}：你的第一步是对的，后面的步子都太长了：w.grad 里还留着前面"
        "几步的梯度，因为 backward() 是往 .grad 上累加的。每次 L.backward() 之前先设 "
        "w.grad = 0.0。",
    "lesson04.descend.bug.no_learning_rate":
        "在 {loss} 上运行 {call}：你的每一步都是整个梯度：更新时要把梯度乘以 learning_rate。",
    "lesson04.descend.bug.loss_not_gradient":
        "在 {loss} 上运行 {call}：你的每一步用的是损失 L.data，而不是它的梯度 w.grad。",
    "lesson04.descend.wrong_update":
        "在 {loss} 上运行 {call} 时，你第 {step} 次更新后的 w 是 {got}；应该是 "
        "{want:.6g}（从 w = {previous:.6g} 出发）。检查这一次更新：用当前的 w 算出损失，"
        "把 w.grad 清零，backward()，然后 w.data - learning_rate * w.grad，"
        "用参数 learning_rate（不要用你自己写的数）。",
    "lesson04.descend.right":
        "你的循环遵循更新规则：在 (w - 3)**2 上从 w = -1 出发、学习率 0.1，"
        "它依次走过 -0.2、0.44……，在别的损失函数上也对。每一步把 w.grad 清零很重要："
        "backward() 是往 .grad 上累加的。",

    # -- lesson 04: the Momentum class -------------------------------------
    "lesson04.momentum.doing.make": "为两个参数创建 Momentum(params, {lr}, {momentum})",
    "lesson04.momentum.doing.zero_grad": "调用 zero_grad()",
    "lesson04.momentum.doing.zero_grad_before": "第 {step} 步之前调用 zero_grad()",
    "lesson04.momentum.doing.step": "调用 step()（第 {step} 步，共 3 步）",
    "lesson04.momentum.no_method":
        "你的 Momentum 没有方法 {name}()。在类里定义 `def {name}(self):`。",
    "lesson04.momentum.grad_not_zeroed":
        "调用 zero_grad() 之后，有一个参数的 grad 仍然是 {grad}。"
        "zero_grad() 要把每个参数的 p.grad 设为 0.0。",
    "lesson04.momentum.data_changed":
        "zero_grad() 改动了参数的 data。它只应该把每个 p.grad 设为 0.0。",
    "lesson04.momentum.nothing_moved":
        "检查设好了 grad 并调用了三次 step()，可是没有一个参数动过。step() 应该改变每个 "
        "p.data：v = momentum * v + grad，然后 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.not_carried":
        "你的 step 就是普通的梯度下降：每一步速度都从梯度重新开始（如果你的 step() 保存了速度，"
        "检查 zero_grad() 有没有把它们清零：zero_grad() 只应该把每个 p.grad 设为 0.0，"
        "速度要一步一步延续下去）。在 self 里为每个参数保存一个速度（在 __init__ 里建一个列表，"
        "全是 0.0），并在 step() 里更新它：v = momentum * v + grad。",
    "lesson04.momentum.bug.shared":
        "你的参数共用一个速度。每个参数都需要自己的速度：在 __init__ 里建一个列表，"
        "每个参数一个速度。",
    "lesson04.momentum.bug.average":
        "你的速度是 momentum * v + (1 - momentum) * grad，这是一个平均值。"
        "课程的规则是加上整个梯度：v = momentum * v + grad。",
    "lesson04.momentum.bug.late":
        "你的 step 先用旧的速度移动每个参数，之后才更新速度。先更新速度，"
        "再 p.data -= learning_rate * v。",
    "lesson04.momentum.bug.plus":
        "你的参数顺着速度移动，往上坡走了。更新要减去：p.data -= learning_rate * v。",
    "lesson04.momentum.wrong_step":
        "两个参数从 {start} 出发，学习率 {lr}，动量 {momentum}；检查设好它们的 grad，"
        "并调用三次 step()。第 {step} 步之后，参数 p{index} 是 {got}；应该是 {want}"
        "（第 {step} 步的 grad 是 {grads}）。规则：v = momentum * v + grad，"
        "然后 p.data -= learning_rate * v。",
    "lesson04.momentum.instance":
        "这是用你的类 {name} 创建的一个对象，不是类本身。把类传进来："
        "check_momentum(Momentum)，不要调用它。",
    "lesson04.momentum.right":
        "每个参数都保有自己的速度，一步一步延续下去：v = momentum * v + grad，"
        "然后 p.data -= learning_rate * v。梯度稳定时，步子越来越大（0.1，然后 0.19……）；"
        "梯度掉头时，速度让这次转向慢下来。",
    # -- lesson 05: the hinge loss exercises ---------------------------------
    "lesson05.hinge.what": "平均合页损失（一个数）",
    "lesson05.hinge.right":
        "第一个点在正确的一侧，间隔至少为 1，所以它的损失是 0；第二个点（0.7）也在正确的一侧，"
        "但离边界太近；第三个点（0.5）同样正确，也离得太近。平均：1.2 / 3 = 0.4。",
    "lesson05.hinge.sum": "1.2 是三个损失的和。要取平均。",
    "lesson05.hinge.two_points":
        "0.6 是两个有损失的点的平均。第一个点也要算上，它的损失是 0：除以 3。",
    "lesson05.hinge.negative":
        "第一个点的 1 - 2.0 = -1 不能算作负的损失：relu 把它变成 0。"
        "超出间隔的点没有损失。",
    "lesson05.hinge.sign":
        "检查第三个点的符号：它的标签是 -1，所以 1 - y * score = 1 - (-1)(-0.5) = 0.5。",
    "lesson05.hinge.second_alone": "0.7 只是第二个点的损失。三个点都要算，再取平均。",
    "lesson05.hinge.third_alone": "0.5 只是第三个点的损失。三个点都要算，再取平均。",
    "lesson05.hinge.zero":
        "三个点都在各自正确的一侧，但合页损失也会惩罚间隔 y * score 小于 1 的点。",
    "lesson05.hinge.otherwise":
        "{value} 不对。对每个点算出 relu(1 - label * score)，再取三者的平均。",
    "lesson05.constant.what": "给每个点都打 3 分的网络的合页损失（一个数）",
    "lesson05.constant.right":
        "类别 +1 的 50 个点在自己那一侧，间隔为 3：损失是 relu(1 - 3) = 0。"
        "类别 -1 的 50 个点在错误的一侧：每个点的损失是 relu(1 + 3) = 4。"
        "平均是 (50 * 0 + 50 * 4) / 100 = 2。",
    "lesson05.constant.plus_class":
        "0 是类别 +1 的每个点的损失。类别 -1 的点也得到 3 分，落在错误的一侧："
        "算一算 relu(1 - (-1) * 3)。",
    "lesson05.constant.minus_class":
        "4 是类别 -1 的每个点的损失。一半的点属于类别 +1，它们的损失是 0：对全部 100 个点取平均。",
    "lesson05.constant.no_relu":
        "1 是得分为 -1 到 1 之间某个常数时的损失，或者是不用 relu 时的结果（-2 和 4 的平均是 1）。"
        "得分为 3 时，类别 +1 的点的损失是 relu(1 - 3) = 0，不是 -2。",
    "lesson05.constant.sum": "200 是 100 个点的损失之和。要取平均。",
    "lesson05.constant.margin":
        "1 - 3 = -2 是类别 +1 的点的间隔项；relu 把它变成损失 0。"
        "而类别 -1 的点也有损失。",
    "lesson05.constant.negative":
        "损失永远不会是负的：对每个点，relu(...) 至少是 0。"
        "分别对 y = +1 和 y = -1 算出 relu(1 - y * 3)。",
    "lesson05.constant.otherwise":
        "{value} 不对。分别对 y = +1 的点和 y = -1 的点算出 relu(1 - y * 3)；"
        "100 个点里两类各占一半。",

    # -- lesson 05: what a check was doing when the learner's code raised ---
    "lesson05.doing.run": "运行 {call}",
    "lesson05.doing.make": "创建 {call}",
    "lesson05.doing.call": "用 {x} 调用 {call}",
    "lesson05.doing.parameters": "调用 {call}.parameters()",
    "lesson05.doing.step": "对一个小网络运行 training_step(model, loss_fn, {lr})（第 {step} 步）",
    "lesson05.call_on": "{call} 在 {x} 上",

    # -- lesson 05: count_parameters(nin, nouts) -----------------------------
    "lesson05.count.none": "{call} 返回了 None。函数最后要用 `return` 返回参数个数。",
    "lesson05.count.not_a_number": "{call} 返回了一个 {kind}；它应该返回一个整数。",
    "lesson05.count.said": "{call} 返回了 {got}；MLP({nin}, {nouts}) 有 {right} 个参数。",
    "lesson05.count.lesson_network":
        "{said}337 是课程里那个网络 MLP(2, [16, 16, 1]) 的参数个数：要根据 nin 和 nouts 来算。",
    "lesson05.count.weights_only":
        "{said}你只数了权重。每个神经元还有一个偏置：每个神经元再加 1。",
    "lesson05.count.neurons": "{said}你数的是神经元的个数。要数每个神经元的权重和偏置。",
    "lesson05.count.nin_everywhere":
        "{said}你让每一层都有 nin 个输入。只有第一层看到 nin 个输入；第 i 层看到的是第 i - 1 层的"
        "输出，所以它的每个神经元有 nouts[i - 1] 个权重。",
    "lesson05.count.no_last": "{said}你漏掉了最后一层。每一层都要算，输出层也要算。",
    "lesson05.count.no_first":
        "{said}你漏掉了第一层，它的每个神经元有 nin 个权重和一个偏置。",
    "lesson05.count.bias_per_input":
        "{said}你给每个输入一个偏置。偏置属于神经元：每个神经元一个。",
    "lesson05.count.otherwise":
        "{said}一层有 b 个神经元、a 个输入，就有 b 乘以 a 个权重，再加 b 个偏置；"
        "第一层的 a = nin，之后每一层的 a 都是前一层的大小。",
    "lesson05.count.built":
        "{call} 给出了正确的数 {count:,}，但它用了 {megabytes:.0f} MB 内存：看起来它是先把网络"
        "建出来再数的。只用 nin 和 nouts 把数算出来：一层有 b 个神经元、a 个输入，"
        "就有 b * (a + 1) 个参数。",
    "lesson05.count.right":
        "一层有 b 个神经元、a 个输入，就有 b * (a + 1) 个参数，而每一层的输入就是前一层的输出："
        "MLP(2, [16, 16, 1]) 有 48 + 272 + 17 = 337 个参数，一个小小的图像分类器 "
        "MLP(784, [128, 10]) 就已经有 101,770 个。",

    # -- lesson 05: parameters() and a network's output ----------------------
    "lesson05.parameters.of_neuron": "一个神经元：先是它的权重，再是它的偏置",
    "lesson05.parameters.of_layer": "一层：它每个神经元的参数，一个神经元接一个神经元",
    "lesson05.parameters.of_mlp": "一个网络：它每一层的参数，一层接一层",
    "lesson05.parameters.of_other": "先是它的权重，再是它的偏置",
    "lesson05.parameters.missing":
        "{call} 没有方法 parameters()。定义 `def parameters(self):`，返回它的 Value 组成的列表。",
    "lesson05.parameters.none":
        "{call}.parameters() 返回了 None。返回它的 Value 组成的列表（{what}）。",
    "lesson05.parameters.not_a_list":
        "{call}.parameters() 返回了一个 {kind}；它应该返回 Value 组成的列表。",
    "lesson05.parameters.not_values":
        "{call}.parameters() 里有一个 {kind}。里面应该是 Value 对象本身（不是它们的 .data），"
        "这样训练才能更新它们。",
    "lesson05.parameters.twice": "{call}.parameters() 把同一个 Value 列出了不止一次。",
    "lesson05.output.none": "{call}返回了 None。要返回输出的 Value。",
    "lesson05.output.list":
        "{call}返回了 {count} 个 Value 组成的列表，但最后一层只有 1 个神经元。"
        "让 x 依次穿过各层：每一层的输出是下一层的输入，最后一层给出的就是输出。",
    "lesson05.output.not_a_value":
        "{call}返回了一个 {kind}。用 Value 搭出输出（wi * xi，+ b），"
        "这样它才是一个 Value，backward() 才能到达权重。",

    # -- lesson 05: Neuron ------------------------------------------------------
    "lesson05.neuron.right":
        "你的神经元用 Value 算出 relu(w . x + b)，每个 * 和 + 一个节点；"
        "权重相同时，它的输出和梯度与包里的 Neuron(3, fused=False) 一样。",
    "lesson05.neuron.count.weights":
        "{call}.parameters() 有 {count} 个 Value：{n} 个权重和一个偏置。"
        "神经元每个输入一个权重：Neuron(3) 需要 3 个权重（建 nin 个），再加一个偏置。",
    "lesson05.neuron.count.no_bias":
        "{call}.parameters() 有 {count} 个 Value：3 个权重，却没有偏置？"
        "神经元每个输入一个权重，外加一个偏置。",
    "lesson05.neuron.count.other":
        "{call}.parameters() 有 {count} 个 Value：应该有 4 个：每个输入一个权重，外加一个偏置。",
    "lesson05.neuron.weights": "权重 [0.5, -1, 2]、偏置 0.25（由检查通过 parameters() 设定）",
    "lesson05.neuron.bias_first_relu":
        "{call} 对 w . x + b 和 relu 的计算是对的，但它的 parameters() 把偏置放在了前面。"
        "顺序是先权重、后偏置：`return self.w + [self.b]`。",
    "lesson05.neuron.bias_first":
        "{call} 对 w . x + b 的计算是对的，但它的 parameters() 把偏置放在了前面。"
        "顺序是先权重、后偏置：`return self.w + [self.b]`。",
    "lesson05.neuron.few_nodes":
        "{call} 的输出是对的，但它的计算图只有 {count} 个运算节点。这个练习要的是第 02-03 课的"
        "计算图：每个 * 和每个 + 一个节点，用 Value 本身搭起来（wi * xi，+ b），"
        "而不是用它们的 .data。",
    "lesson05.neuron.parameter_grad":
        "用{weights}，{call} 在 {x} 上的输出是对的，但 backward() 之后 {name}.grad 是 {got}；"
        "应该是 {want}。用参数的 Value 本身（不是它们的 .data）搭出输出，"
        "并且每次调用都重新算一个输出。",
    "lesson05.neuron.input_grad":
        "backward() 之后，x{index}.grad 是 {got}；应该是 {want}。"
        "要乘的是输入的 Value 本身（wi * xi），不是它们的 .data。",
    "lesson05.neuron.value.said_relu":
        "用{weights}，{call} 在 {x} 上给出 {got}；应该给出 {want}（relu({n})）。",
    "lesson05.neuron.value.said_linear":
        "用{weights}，{call} 在 {x} 上给出 {got}；应该给出 {want}"
        "（w . x + b = {n}，没有 relu）。",
    "lesson05.neuron.value.no_relu":
        "{said}这是没有 relu 的 w . x + b：nonlin 为 True 时要用 relu。",
    "lesson05.neuron.value.relu_at_output":
        "{said}nonlin=False 时没有激活函数：直接返回 w . x + b"
        "（输出神经元的得分必须能小于 0）。",
    "lesson05.neuron.value.no_bias": "{said}这漏掉了偏置 b：输出是 w . x + b。",
    "lesson05.neuron.value.tanh":
        "{said}这是 tanh(w . x + b)；这一课的隐藏层神经元用的是 relu。",
    "lesson05.neuron.value.otherwise":
        "{said}用 Value 算出 w1*x1 + w2*x2 + w3*x3 + b，nonlin 为真时再接 relu。",

    # -- lesson 05: Layer and MLP -------------------------------------------------
    "lesson05.layer.count.one_neuron":
        "{call}.parameters() 有 {count} 个 Value：这只是一个神经元。"
        "一层有 nout = 2 个神经元，每个有 3 个权重和一个偏置。",
    "lesson05.layer.count.no_bias":
        "{call}.parameters() 有 {count} 个 Value：2 个神经元，每个 3 个权重，却没有偏置？"
        "检查 Neuron 有没有偏置。",
    "lesson05.layer.count.other":
        "{call}.parameters() 有 {count} 个 Value：应该有 8 个：2 个神经元，"
        "每个有 3 个权重和一个偏置。",
    "lesson05.layer.not_two":
        "{call} 在 {x} 上返回了 {kind} {got}；它应该返回 2 个 Value 组成的列表，每个神经元一个。",
    "lesson05.layer.wrong_outputs":
        "用和包里 Layer(3, 2) 相同的权重，{call} 在 {x} 上给出 {got}；应该给出 {want}。"
        "这一层的每个神经元得到的是同样的输入 x。（你的 Neuron 通过它的检查了吗？）",
    "lesson05.layer.single_in_list":
        "Layer(3, 1) 在 {x} 上返回了 {kind} {got}；只有一个神经元的层应该单独返回这个神经元的 "
        "Value（不放在列表里），这样网络的得分才是一个 Value："
        "`return outs[0] if len(outs) == 1 else outs`。",
    "lesson05.mlp.count.no_biases":
        "{call}.parameters() 有 {count} 个 Value：没有偏置？每个神经元都有一个。",
    "lesson05.mlp.count.nin_everywhere":
        "{call}.parameters() 有 {count} 个 Value：好像每一层都接收那 2 个输入。"
        "第 i 层接收的是第 i - 1 层的输出：各层的大小是 [nin] + nouts。",
    "lesson05.mlp.count.no_last":
        "{call}.parameters() 有 {count} 个 Value：好像少了最后一层。",
    "lesson05.mlp.count.no_first":
        "{call}.parameters() 有 {count} 个 Value：好像少了第一层：各层的大小是 [nin] + nouts，"
        "所以第一层有 nin 个输入、nouts[0] 个神经元。",
    "lesson05.mlp.count.other":
        "{call}.parameters() 有 {count} 个 Value：应该有 "
        "4 * (2 + 1) + 3 * (4 + 1) + 1 * (3 + 1) = 31 个。",
    "lesson05.mlp.said":
        "用和包里 {call} 相同的权重，你的网络给点 {x} 的得分是 {got}；应该是 {want}。",
    "lesson05.mlp.relu_at_output":
        "{said}你的输出经过了 relu，所以得分永远不会是负的，类别 -1 就打不出分来："
        "最后一层没有激活函数（nonlin=False）。",
    "lesson05.mlp.no_hidden_relu":
        "{said}你的隐藏层没有 relu：除了最后一层，每一层都要用 relu（nonlin=True）。",
    "lesson05.mlp.otherwise":
        "{said}每一层的输出是下一层的输入。（你的 Neuron 和 Layer 通过检查了吗？"
        "parameters() 是否按顺序列出各层，每个神经元先权重、后偏置？）",
    "lesson05.mlp.grad":
        "得分是对的，但 backward() 之后，参数 {index}（按 parameters() 的顺序）的 grad 是 {got}；"
        "应该是 {want}。每个输出都要用参数的 Value 本身搭起来。",
    "lesson05.mlp.right":
        "你的 MLP(2, [4, 3, 1]) 和包里的一样有 31 个参数；权重相同时，它给出的得分和梯度与 "
        "micrograd_lite.nn.MLP(..., fused=False) 一样：隐藏层用 relu，输出层是普通的 w . x + b。",

    # -- lesson 05: training_step(model, loss_fn, learning_rate) ----------------
    "lesson05.step.bug.plus":
        "你的更新在往上坡走：p.data = p.data - learning_rate * p.grad（你的是加上）。",
    "lesson05.step.bug.no_zero_grad":
        "你的第一步是对的，第二步不对：第一步的梯度还留在 p.grad 里，因为 backward() 是往 .grad "
        "上累加的。在 loss.backward() 之前调用 model.zero_grad()。",
    "lesson05.step.bug.times_data":
        "你的更新乘上了 p.data：learning_rate * p.grad * p.data。一步只是 learning_rate * p.grad："
        "p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.bug.backward_twice":
        "你的步子是应有长度的两倍：backward() 好像运行了两次，而它每次都往 .grad 上累加。"
        "每一步只调用一次 loss.backward()。",
    "lesson05.step.bug.zero_data":
        "你的一步在 backward() 之前把每个 p.data 都设成了 0，这等于把网络扔掉了。"
        "要清零的是 grad：model.zero_grad()（每个参数的 p.grad = 0），然后 loss.backward()，"
        "然后 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.nothing_moved":
        "第 {step} 步之后，没有一个参数动过。在 loss_fn 和更新之间：先 model.zero_grad()，"
        "再 loss.backward()（更新要用它填进去的 grad），然后对 model.parameters() 里的每个 p "
        "做 p.data = p.data - learning_rate * p.grad。",
    "lesson05.step.frozen":
        "第 {step} 步之后，{total} 个参数里有 {count} 个没有动（第一个是 model.parameters() 里的"
        "参数 {first}）。每个参数都要更新。",
    "lesson05.step.wrong":
        "第 {step} 步（学习率 {lr}）之后，model.parameters() 里的参数 {index} 是 {got}；"
        "应该是 {want}。一步是：model.zero_grad()，调用一次 loss.backward()，然后对每个参数做 "
        "p.data = p.data - learning_rate * p.grad，用参数 learning_rate。",
    "lesson05.step.right":
        "一步就是：当前参数的损失，新算的梯度（先 zero_grad，再 backward），"
        "然后把每个参数朝梯度的反方向更新。第 4 节的循环调用它 100 次。",
    "lesson05.step.return.none":
        "training_step 在第 {step} 步返回了 None。最后写上 `return loss.data, accuracy`。",
    "lesson05.step.return.value":
        "training_step 返回的是损失的 Value 本身；它应该返回两个数，损失的数值和准确率："
        "`return loss.data, accuracy`。",
    "lesson05.step.return.not_two":
        "training_step 返回了 {kind} {got}；它应该返回两个数：`return loss.data, accuracy`。",
    "lesson05.step.return.loss_value":
        "training_step 返回了损失的 Value；要返回它的数值 loss.data："
        "`return loss.data, accuracy`。",
    "lesson05.step.return.swapped":
        "training_step 先返回了准确率，后返回损失；顺序反了：`return loss.data, accuracy`。",
    "lesson05.step.return.loss_not_number":
        "training_step 返回的第一个数应该是损失，一个数（loss.data）。",
    "lesson05.step.return.wrong_loss":
        "第 {step} 步时 training_step 返回的损失是 {got}；这一步开始时的损失是 {want}。"
        "要返回 loss_fn 在这一步开始时、更新之前给出的损失。",
    "lesson05.step.return.wrong_accuracy":
        "第 {step} 步时 training_step 返回的准确率是 {got}；应该是 {want}，"
        "也就是 loss_fn 和损失一起给出的准确率。",
    # -- lesson 06: a Value class of one's own ------------------------------------
    "lesson06.doing.make": "创建 {call}",
    "lesson06.init.what": "你的 Value 类（`answer = Value`）",
    "lesson06.init.not_a_class": "把类本身交上来，`answer = Value`，而不是一个 {kind}。",
    "lesson06.init.missing": "Value 没有 `{name}`：在 `__init__` 里设置 `self.{name}`。",
    "lesson06.init.grad":
        "新建的 Value 的 `grad` 应该是 0.0，但它是 {got}：每个 Value 一开始都是 "
        "`self.grad = 0.0`（还没有任何梯度传回给它）。",
    "lesson06.init.not_kept":
        "这里的 `{name}` 应该是 {want}，但它是 {got}：`__init__` 收到什么就保存什么。",
    "lesson06.init.no_prev":
        "Value 没有 `_prev`：把输入保存下来，`self._prev = tuple(_children)`。",
    "lesson06.init.wrong_prev":
        "`_prev` 应该保存创建它的那些 Value（这里是 {count} 个）；它却是 {got}。",
    "lesson06.init.no_backward":
        "新建的 Value 需要一个什么也不做的 `_backward`：`self._backward = lambda: None`。",
    "lesson06.init.right":
        "你的 Value 保存了它的数，grad 从 0 开始，还记住了它的输入（`_prev`）、"
        "它的运算（`_op`）和它的标签。",
    "lesson06.add_mul.what": "带 __add__ 和 __mul__ 的 Value 类（`answer = Value`）",
    "lesson06.more_operations.what": "加上了新运算的 Value 类（`answer = Value`）",
    # -- engine_check: a learner's Value class against the package's ----------
    "engine_check.what": "你的 Value 类（类本身，例如 `answer = Value`）",
    "engine_check.not_a_class":
        "check_engine 要的是你的 Value 类本身，而不是一个 {kind}：传入 `Value`，"
        "不要传 `Value(2.0)`。",
    "engine_check.local.relu": "a > 0 时为 1，否则为 0",
    "engine_check.local.sigmoid": "s·(1 - s)，其中 s = sigmoid(a)",
    "engine_check.off_by": "差了 {difference}",
    "engine_check.not_finite": "不是有限的数",
    "engine_check.and_then": "{first}{second}",
    "engine_check.doing.read": "读取 {what}",
    "engine_check.doing.make_input": "创建输入 {name} = Value({x})",
    "engine_check.doing.compute": "计算 `{expr}`（{inputs}）",
    "engine_check.doing.compute_times_k": "计算 `({expr}) * k`",
    "engine_check.doing.compute_line": "计算 `{line}`",
    "engine_check.doing.backward": "对 {subject}运行 backward()",
    "engine_check.doing.read_prev": "读取 {subject}的 `_prev`",
    "engine_check.doing.call_backward": "调用 {subject}中一个 '{op}' 节点的 `_backward`",
    "engine_check.subject.case": "`{expr}`（{inputs}）",
    "engine_check.subject.case_times_k":
        "`{expr}`（{inputs}）再乘以 k = {k:g}（于是 out.grad = {k:g}）",
    "engine_check.subject.graph": "`{listing}` 这个计算图",
    "engine_check.what.data_of": "`{expr}` 的 data",
    "engine_check.what.output_grad": "backward() 之后输出的 grad",
    "engine_check.not_a_number": "{what} 应该是一个数，但它是 {kind} {got}。",
    "engine_check.leaf.not_a_value": "Value({x}) 没有创建出一个 Value。",
    "engine_check.leaf.missing":
        "Value({x}) 没有 `{attribute}`：`__init__` 应该设置 `self.{attribute}`。",
    "engine_check.leaf.data":
        "Value({x}).data 是 {got}：`__init__` 应该保存它收到的数。",
    "engine_check.leaf.grad":
        "新建的 Value 的 grad 是 {got}：它应该从 0 开始（还没有做过反向传播）。",
    "engine_check.result.none":
        "`{expr}`（{inputs}）返回了 None，而不是一个 Value：这个方法最后有没有 `return out`？",
    "engine_check.result.none_in_graph":
        "计算图里的 `{expr}` 返回了 None，而不是一个 Value：这个方法最后有没有 `return out`？",
    "engine_check.result.not_a_value":
        "`{expr}`（{inputs}）返回了一个 {kind}，而不是一个 Value，于是计算图断了："
        "用 Value(...) 构造结果并返回它。",
    "engine_check.result.not_a_value_in_graph":
        "计算图里的 `{expr}` 返回了一个 {kind}，而不是一个 Value，于是计算图断了："
        "用 Value(...) 构造结果并返回它。",
    "engine_check.no_backward":
        "你的 Value 没有 backward() 方法，它的节点也没有可以遍历的 `_prev` 和 `_backward`，"
        "所以现在还无法检查梯度。",
    "engine_check.missing.radd":
        "`{expr}`（一个普通的数和一个 Value）不能运行：你的 Value 没有 `{method}`。"
        "`2 + a` 会先问那个数；数不认识你的 Value，于是 Python 接着调用你的类的 `__radd__`。"
        "加上 `def __radd__(self, other): return self + other`。",
    "engine_check.missing.rmul":
        "`{expr}`（一个普通的数和一个 Value）不能运行：你的 Value 没有 `{method}`。"
        "`3 * a` 会先问那个数；数不认识你的 Value，于是 Python 接着调用你的类的 `__rmul__`。"
        "加上 `def __rmul__(self, other): return self * other`。",
    "engine_check.missing.method": "`{expr}` 不能运行：你的 Value 没有 `{method}` 方法。",
    "engine_check.case.value":
        "`{expr}`（{inputs}）的值是 {got}，应该是 {want}（{off}）。",
    "engine_check.case.root_grad":
        "`{expr}`（{inputs}）：backward() 之后，输出自己的 grad 是 {got}，不是 1。"
        "backward() 必须先把它设为 1（d out / d out = 1），再往回传。",
    "engine_check.case.grad":
        "对 {subject}运行 backward() 之后，{name}.grad 是 {got}，应该是 {want}（{off}）。",
    "engine_check.case.same_input":
        "这里同一个 Value 同时是两个输入，所以它的两份梯度必须加在一起："
        "在 `_backward` 里用 `+=`，绝不要用 `=`。",
    "engine_check.case.local_alone":
        "这只是局部导数：还要乘以从上面传来的梯度 `out.grad`。",
    "engine_check.case.times_upstream": "它应该是局部导数（{local}）乘以 out.grad。",
    "engine_check.case.local": "{expr} 对 {name} 的局部导数是 {local}。",
    "engine_check.graph.value":
        "在计算图 `{listing}`（{inputs}）中：{name} 是 {got}，应该是 {want}（{off}），"
        "位于 `{line}`。",
    "engine_check.graph.grad":
        "在计算图 `{listing}`（{inputs}）中，{root}.backward() 之后：每个运算单独都是对的，"
        "但 {name}.grad 是 {got}，应该是 {want}（{off}）。",
    "engine_check.graph.and": "、",
    "engine_check.checked.case_separator": "、",
    "engine_check.checked.group_separator": "；",
    "engine_check.graph.used_by":
        "{name} 被 {users} 用到：backward() 必须对每个节点的 `_backward` 恰好调用一次，"
        "并且要在所有用到它的节点之后：按拓扑顺序倒过来走。",
    "engine_check.graph.walk":
        "backward() 必须对每个节点的 `_backward` 恰好调用一次，"
        "并且要在所有用到它的节点之后：按拓扑顺序倒过来走。",
    "engine_check.order.op_node": "'{op}'",
    "engine_check.order.twice":
        "节点 {node} 的 `_backward` 运行了 {count} 次。backward() 必须对每个节点的 `_backward` "
        "恰好调用一次，并且要在所有用到它的节点都把梯度累加进它的 grad 之后："
        "把拓扑顺序倒过来走一遍。",
    "engine_check.order.output_late":
        "节点 {node}（也就是输出）的 `_backward` 运行时，它的 grad 还是 0，之后才变成 1："
        "在循环之前先把输出自己的 grad 设为 1（dL/dL = 1），"
        "再按拓扑顺序倒过来调用每个节点的 `_backward`。",
    "engine_check.order.early":
        "节点 {node} 的 `_backward` 运行时，它的 grad 是 {got}，这时还有用到它的节点没有把梯度"
        "累加进来（它最后是 {final}）。backward() 必须对每个节点的 `_backward` "
        "恰好调用一次，并且要在所有用到它的节点都把梯度累加进它的 grad 之后："
        "把拓扑顺序倒过来走一遍。",
    "engine_check.order.never":
        "节点 {node} 的 `_backward` 从来没有运行过。backward() 必须对每个节点的 `_backward` "
        "恰好调用一次，并且要在所有用到它的节点都把梯度累加进它的 grad 之后："
        "把拓扑顺序倒过来走一遍。",
    "engine_check.right.no_operations": "你的 Value 把它的数保存在 `data` 里，grad 从 0 开始。",
    "engine_check.right.stepped":
        "每个运算都给出了正确的值，并通过它的 `_backward` 给出了正确的梯度：{checked}。"
        "（你的 Value 还没有 backward()，所以检查自己按拓扑顺序倒过来调用了每个节点的 "
        "`_backward`。）",
    "engine_check.right.all":
        "你的 Value 和 micrograd_lite 的引擎一致，值和梯度都一样：{checked}；"
        "每个运算单独检查过，也检查过从上面传来梯度的情况，还在 {graphs} 个最多有 {size} 个运算、"
        "结果被重复使用的计算图里检查过（seed {seed}）。",


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
