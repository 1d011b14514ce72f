"""The exercise checks of lessons 04-06 and check_engine speak Chinese after
set_language("zh"): the same verdict, every number and name of the English
message, in Chinese sentences; and the English message is the same before and
after a switch.

The wrong answers and broken classes are the ones the lesson tests use, so
each message below is one a learner can meet.
"""

import random
import re

import pytest
from test_engine_check import RECURSIVE_WALK, make_value
from test_lesson04 import (
    make_descend_returning_one_list,
    MomentumByLabel,
    MomentumByValue,
    MomentumAverage,
    MomentumStopsAfterThreeSteps,
    MomentumDoublesTheThird,
    MomentumLoopsOverTwo,
    MomentumOfTheExample,
    descend_finite_difference,
    descend_first_update_off,
    make_descend_that_caches_by_its_numbers,
    make_momentum_that_counts_its_optimizers,
    MomentumNeverEnds,
    MomentumLate,
    MomentumNoStep,
    MomentumNotCarried,
    MomentumPlus,
    MomentumRight,
    MomentumShared,
    MomentumVelocitiesAreValues,
    MomentumWrongIndex,
    MomentumZeroGradZeroesData,
    descend_appends_the_value,
    descend_builds_the_loss_once,
    descend_forgets_return,
    descend_no_learning_rate,
    descend_no_start,
    descend_no_zero_grad,
    descend_one_short,
    descend_plus,
    descend_returns_final,
    descend_right,
    descend_steps_too_long_from_step_three,
    descend_uses_data,
    descend_zero_after_backward,
    descend_at_most_ten_updates,
    descend_fixed_rate,
    descend_gradient_by_hand,
    descend_never_ends,
    descend_breaks_at_a_zero_gradient,
    descend_stands_still_when_the_gradient_is_small,
    descend_stops_when_the_gradient_is_small,
    descend_stops_when_w_runs_away,
    descend_clips_the_gradient,
    descend_appends_before_the_update,
    descend_uses_the_lessons_loss,
    make_descend_that_remembers,
    make_descend_with_default_list,
    make_momentum_that_resets_the_class_velocities,
    make_momentum_with_class_velocities,
    make_momentum_with_module_velocities,
    short_time_limit,  # noqa: F401 (a fixture)
)
from test_lesson05 import (
    step_skips_the_last_parameter,
    NeuronKeepsItsFirstOutput,
    step_clipping_the_gradient,
    NetworkReturningAList,
    make_network_cached_by_its_sizes,
    LayerAlwaysAList,
    NeuronAppendsTheBias,
    NeuronChangesItsInput,
    NeuronCopiesItsValues,
    NeuronOfThreeInputs,
    NeuronParametersNested,
    NeuronPositiveWeights,
    NeuronRandomBias,
    NeuronRunsBackward,
    count_mutates_its_argument,
    make_neuron_with_class_weights,
    make_neuron_with_module_weights,
    make_step_that_keeps_the_parameters,
    network_that_changes_nouts,
    network_with_class_layers,
    network_with_relu_in,
    LayerOneNeuron,
    LayerDropsKwargs,
    LayerOfTwoNeurons,
    LayerStub,
    NetworkFirstLayerOnly,
    NeuronAlwaysRelu,
    NeuronBiasFirst,
    NeuronBiasNotUsed,
    NeuronDropsAnInput,
    NeuronFusedPackage,
    NeuronNoBias,
    NeuronNoRelu,
    NeuronOnData,
    NeuronOneWeightShort,
    NeuronParametersAsNumbers,
    NeuronReturnsFloat,
    NeuronRight,
    NeuronStub,
    NeuronTanh,
    NeuronYieldsItsParameters,
    count_bias_per_input,
    count_by_building,
    count_every_layer_sees_nin,
    count_forgets_return,
    count_neurons,
    count_right,
    make_count_that_adds_up,
    count_weights_only,
    count_without_first_layer,
    count_without_last_layer,
    make_network,
    step_fixed_rate,
    step_no_backward,
    step_no_zero_grad,
    step_plus,
    step_returns_nothing,
    step_returns_the_loss_after,
    step_returns_the_value,
    step_right,
    step_skips_the_biases,
    step_times_data,
    step_data_for_grad,
    step_zero_after_backward,
)

from micrograd_lite import language
from micrograd_lite.engine import Value
from micrograd_lite.exercises import check_engine, lesson04, lesson05, lesson06
from micrograd_lite.locales import TABLES

CJK = re.compile(r"[\u3400-\u9fff]")
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e-?\d+)?")
CODE_SPAN = re.compile(r"`[^`]*`")
# Names a message quotes: w.grad, zero_grad(), loss.backward(), learning_rate, __init__
NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\(\))?|\b\w*_\w*\b(?:\(\))?|\b\w+\(\)")
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}\b")
MY_SECTIONS = ("lesson04.", "lesson05.", "lesson06.", "engine_check.")


def quoted(pattern, message):
    """What ``pattern`` finds in ``message`` (numbers, code spans or names), as a set."""
    return set(pattern.findall(message.replace("e.g.", "")))


def in_both_languages(check, *args):
    """The Feedback of ``check(*args)`` in English and in Chinese; English again
    afterwards must say exactly the same, and the language is English at the end."""
    random.seed(0)  # a learner's class may draw its weights from random
    english = check(*args)
    language.set_language("zh")
    try:
        random.seed(0)
        chinese = check(*args)
    finally:
        language.set_language("en")
    random.seed(0)
    again = check(*args)
    assert again.message == english.message, "the English changed after a switch to Chinese"
    return english, chinese


def assert_same_message_in_chinese(check, *args):
    english, chinese = in_both_languages(check, *args)
    assert bool(chinese) == bool(english)
    assert CJK.search(chinese.message), chinese.message
    assert not CJK.search(english.message), english.message
    for pattern in (NUMBER, CODE_SPAN, NAME):
        # "off by -1.0000" is "少了 1.0000" in Chinese: the sign is in the words
        missing = (quoted(pattern, english.message.replace("off by -", "off by "))
                   - quoted(pattern, chinese.message))
        assert not missing, (missing, english.message, chinese.message)
    prose = CODE_SPAN.sub("", chinese.message)
    assert not ENGLISH_RUN.search(prose), (ENGLISH_RUN.search(prose), chinese.message)
    # full-width punctuation in Chinese prose: no ASCII , ; : ? ! right after a Chinese character
    assert not re.search(r"[\u3400-\u9fff][,;:?!]", prose), chinese.message
    return english.message, chinese.message


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    assert language.language() == "en", "a test left the language switched"
    language.set_language("en")


# ----------------------------------------------------------------------
# The tables themselves
# ----------------------------------------------------------------------
def _my_keys():
    return [key for key in TABLES["en"] if key.startswith(MY_SECTIONS)]


def test_the_section_has_its_keys():
    assert len(_my_keys()) > 200


def _template_problems(key):
    """What the Chinese template of ``key`` loses or writes wrong: numbers, code or
    names of the English one missing, ASCII punctuation beside Chinese text."""
    english, chinese = TABLES["en"][key], TABLES["zh"][key]
    problems = [(key, missing, chinese) for pattern in (NUMBER, CODE_SPAN, NAME)
                if (missing := quoted(pattern, english) - quoted(pattern, chinese))]
    prose = CODE_SPAN.sub("", chinese)
    if re.search(r"[\u3400-\u9fff][,;:?!]", prose) or re.search(r"[,;:?!]\s*[\u3400-\u9fff]", prose):
        problems.append((key, "ASCII punctuation beside Chinese", chinese))
    return problems


def test_each_chinese_template_keeps_the_numbers_code_and_names():
    """One test for every key of these sections (as lessons 01-03 do), listing every
    template that fails, not one test case per key."""
    problems = [problem for key in _my_keys() for problem in _template_problems(key)]
    assert not problems, problems


# ----------------------------------------------------------------------
# Lesson 04
# ----------------------------------------------------------------------
@pytest.mark.parametrize("check, answer", [
    (lesson04.check_second_step, 0.44), (lesson04.check_second_step, 1.24),
    (lesson04.check_second_step, -0.84), (lesson04.check_second_step, 0.64),
    (lesson04.check_second_step, 0.1),
    (lesson04.check_largest_rate, 1), (lesson04.check_largest_rate, 0.5),
    (lesson04.check_largest_rate, 1.5), (lesson04.check_largest_rate, 0.3),
    (lesson04.check_largest_rate, 0.1), (lesson04.check_largest_rate, 0),
    (lesson04.check_largest_rate, -1),
    (lesson04.check_bowl_rate, 0.1), (lesson04.check_bowl_rate, 1),
    (lesson04.check_bowl_rate, 0.05), (lesson04.check_bowl_rate, 0.07),
    (lesson04.check_bowl_rate, 0.5), (lesson04.check_bowl_rate, 2),
    (lesson04.check_bowl_rate, -0.1),
    (lesson04.check_second_step, -0.64), (lesson04.check_largest_rate, float("inf")),
    (lesson04.check_bowl_rate, float("-inf")), (lesson04.check_largest_rate, float("nan")),
    (lesson04.check_largest_rate, 1e300),
])
def test_lesson04_number_checks_in_chinese(check, answer):
    assert_same_message_in_chinese(check, answer)


def test_a_lesson04_message_word_for_word():
    english, chinese = assert_same_message_in_chinese(lesson04.check_largest_rate, 1.5)
    assert english == ("At lr = 1.5 the factor 1 - 2 * lr is -2, below -1: every jump is longer "
                       "than the last, and the run diverges. Find the lr where the factor is "
                       "exactly -1.")
    # 系数 for "factor", as the lesson's text says (not 因子)
    assert chinese == ("lr = 1.5 时，系数 1 - 2 * lr 是 -2，小于 -1。每一跳都比上一跳更远，"
                       "结果发散。找出让系数正好等于 -1 的 lr。")


@pytest.mark.parametrize("descend", [
    descend_right, descend_plus, descend_no_zero_grad, descend_zero_after_backward,
    descend_appends_the_value, descend_no_start, descend_one_short, descend_forgets_return,
    descend_no_learning_rate, descend_returns_final,
    descend_steps_too_long_from_step_three, descend_builds_the_loss_once,
    descend_finite_difference, descend_first_update_off,
])
def test_check_descend_in_chinese(descend):
    assert_same_message_in_chinese(lesson04.check_descend, descend)


@pytest.mark.parametrize("Momentum", [
    MomentumRight, MomentumNotCarried, MomentumShared, MomentumAverage, MomentumLate,
    MomentumPlus, MomentumZeroGradZeroesData, MomentumNoStep, MomentumWrongIndex,
    MomentumLoopsOverTwo, MomentumOfTheExample, MomentumDoublesTheThird,
])
def test_check_momentum_in_chinese(Momentum):
    assert_same_message_in_chinese(lesson04.check_momentum, Momentum)


def test_what_a_check_was_doing_is_said_in_chinese():
    """The learner's own exception is reported by learner_code (another section of
    the tables); what the check was doing when it came is said by this lesson's."""
    language.set_language("zh")
    try:
        message = lesson04.check_descend(descend_uses_data).message
    finally:
        language.set_language("en")
    assert "在 L(w) = (w - 3)**2 上运行 descend(loss, -1.0, 0.1, 5)" in message
    assert "running descend(loss, -1.0, 0.1, 5) on L(w) = (w - 3)**2" in \
        lesson04.check_descend(descend_uses_data).message


# Wrong answers right only once, only on the example, or with state shared between
# calls or objects: each is made afresh for every call of the check (its state
# would carry over otherwise), and the Chinese message names the same cause.
@pytest.mark.parametrize("check, make, chinese", [
    (lesson04.check_descend, lambda: (descend_stops_when_the_gradient_is_small,),
     "你的循环应该更新 w 12 次，实际一次也没更新就停了。停下时 w = 0，梯度的大小只有 1e-07。"
     "前几次调用都做了更多次更新，每次的梯度都更大。看来你的循环在梯度（或损失、或步长）变小时，或者 w 取某个值时，"
     "或者步数取某个值时（这次是 12 步），就停下了。"),
    (lesson04.check_descend, lambda: (descend_stands_still_when_the_gradient_is_small,),
     "实际只更新了 4 次就停了"),
    (lesson04.check_descend, lambda: (descend_breaks_at_a_zero_gradient,),
     "你的循环应该更新 w 4 次，实际只更新了 1 次就停了。停下时 w = 3，梯度正好是 0，w 已经在谷底。"),
    (lesson04.check_descend, lambda: (descend_at_most_ten_updates,), "你的列表有 11 个数，应该有 13 个。"),
    (lesson04.check_descend, lambda: (descend_stops_when_w_runs_away,),
     "你的循环应该更新 w 20 次，实际只更新了 1 次就停了。停下时 w = 23，梯度的大小是 40，"
     "比之前各次更新时的梯度都大。看来你的循环在 w、梯度或损失变大（或者损失上升）时就停下了。"),
    (lesson04.check_descend, lambda: (descend_clips_the_gradient,), "（5）梯度被截断或缩放了。（6）w 在存入之前被四舍五入了，或者被限制在某个范围以内（比如 ±50）。"),
    (lesson04.check_descend, lambda: (descend_appends_before_the_update,),
     "你的列表里起点出现了两次，之后每个 w 都晚了一次更新，最后一个 w 也没有。可能的原因有两种：你的循环先追加 w，再更新它"),
    (lesson04.check_descend, lambda: (descend_uses_the_lessons_loss,),
     "你的 w 走的是课程的损失 (w - 3)**2 上的路径。你的循环没有用传进来的损失函数。"),
    (lesson04.check_descend, lambda: (descend_gradient_by_hand,), "你的循环没有用传进来的损失函数。"),
    (lesson04.check_descend, lambda: (descend_fixed_rate,),
     "你的每一步都是学习率 0.05 的步子，而这次调用要的是 0.1。可能的原因有以下几种：更新时用了你自己写的学习率"
     "而不是参数 learning_rate（比如笔记本里的全局变量 learning_rate，或者把参数取整了、限制了大小）；梯度或步子被缩放了、截断了（比如 w.grad / 2，或者把一步限制在 ±1 以内）；或者你的 descend 改了学习率"),
    (lesson04.check_descend, lambda: (make_descend_with_default_list(),),
     "你的列表开头是前几次调用的 w，后面才是这次对的 w。"),
    (lesson04.check_descend, lambda: (make_descend_that_remembers(),),
     "再用同样的参数调用时，得到的列表却不一样。你的 descend 把上一次调用留下的东西带进了下一次调用"),
    (lesson04.check_descend, lambda: (make_descend_that_caches_by_its_numbers(),),
     "你的 descend 把结果从一次调用留到了下一次，却不区分损失函数；"),
    (lesson04.check_momentum, lambda: (MomentumStopsAfterThreeSteps,),
     "学习率为 0.05、动量为 0.5 的新优化器管 3 个参数。它前 3 步都对，从第 4 步起，step() 就不再动任何参数了"),
    (lesson04.check_momentum, lambda: (make_momentum_that_counts_its_optimizers(),),
     "你的第一个优化器在两个参数上每一步都对。可是后来在同样从 (1.0, -2.0) 出发的两个参数上新建的 "
     "Momentum(params, 0.1, 0.9)，即使单独使用也不对。第 1 步之后，参数 p1 是 0.95，应该是 0.9"),
    (lesson04.check_momentum, lambda: (MomentumVelocitiesAreValues,),
     "第 1 步之后，参数 p1 的 data 是一个 Value 对象，不是数，而 p.data 里要放一个数。可能的原因有以下几种：更新时用了参数本身"
     "（p - learning_rate * v 会得到一个新的 Value，而 p.data - learning_rate * v 用的是 p 里的数）；"
     "或者速度是一个 Value（每个 v 都要是数，写成 v = momentum * v + p.grad）。"),
    (lesson04.check_momentum, lambda: (make_momentum_with_class_velocities(),),
     "第 1 步之后，第一个优化器的参数 p1 是 0.7911，应该是 0.9。你的优化器共用了 `velocities`。"
     "它是类本身的属性"),
    (lesson04.check_momentum, lambda: (make_momentum_that_resets_the_class_velocities(),),
     "第 1 步之后，第二个优化器的参数 p1 是 0.375，应该是 0.4。你的优化器共用了 `velocities`。"),
    (lesson04.check_momentum, lambda: (make_momentum_with_module_velocities(),),
     "单独新建的第二个优化器每一步都对，所以你的优化器用到了优化器之外的共享状态"),
    (lesson05.check_neuron, lambda: (NeuronAppendsTheBias,),
     "Neuron(3, nonlin=True).parameters() 第一次给出 4 个 Value，第二次给出 5 个。"),
    (lesson05.check_neuron, lambda: (NeuronCopiesItsValues,), "每次调用都给出新的 Value 对象"),
    (lesson05.check_neuron, lambda: (NeuronRandomBias,), "新建的 Neuron(64) 的偏置一开始是 0.5。"),
    (lesson05.check_neuron, lambda: (NeuronPositiveWeights,), "全都同号。请用 random.uniform(-1, 1) 分别取每个权重"),
    (lesson05.check_neuron, lambda: (NeuronRunsBackward,),
     "用 [2.0, -1.0, 0.5] 运行 Neuron(3, nonlin=True) 之后，检查函数还没调用 backward()，grad 就已经变了。"
     "刚调用完时 out.grad 是 1，本来应该还是 0。"),
    (lesson05.check_neuron, lambda: (NeuronParametersNested,),
     "Neuron(3, nonlin=True).parameters() 的列表里套着一个列表。它应该是一个平的 Value 列表，里面不能再有列表。"
     "请用 + 把列表连起来（self.w + [self.b]），或者用 extend 加进同一个列表，不要把一个列表放进另一个（[self.w, self.b]）。"),
    (lesson05.check_neuron, lambda: (NeuronOfThreeInputs,),
     "Neuron(5, nonlin=True).parameters() 有 4 个 Value，是 3 个权重和 1 个偏置。"),
    (lesson05.check_neuron, lambda: (NeuronChangesItsInput,), "改动了传给它的输入列表"),
    (lesson05.check_neuron, lambda: (make_neuron_with_class_weights(),),
     "有 7 个 Value，应该有 4 个。你的 Neuron 改动了 `w`。它是类本身的属性"),
    (lesson05.check_neuron, lambda: (make_neuron_with_module_weights(),),
     "第一次输出 3.25，检查函数又建了一个并用过之后，它给出 0.75。你的各个对象共用了同一份放在对象之外的东西"),
    (lesson05.check_count_parameters, lambda: (count_mutates_its_argument,),
     "count_parameters(2, [16, 16, 1]) 改动了传给它的列表 nouts，[16, 16, 1] 变成了 [2, 16, 16, 1]。"),
    (lesson05.check_mlp, lambda: network_with_relu_in(1),
     "你的网络在每个点上的得分，都和同一个网络去掉第 2 层（self.layers[1]）的 relu 时一样。"),
    (lesson05.check_mlp, lambda: network_with_relu_in(2, -1),
     "都和同一个网络只在第 2 层（self.layers[1]）、第 3 层（self.layers[2]）用 relu 时一样。"),
    (lesson05.check_mlp, lambda: network_with_class_layers(), "你的各个对象共用了 `layers`。"),
    (lesson05.check_mlp, lambda: network_that_changes_nouts(),
     "MLP(2, [4, 3, 1]) 改动了传给它的列表 nouts，[4, 3, 1] 变成了 [2, 4, 3, 1]。"),
    (lesson05.check_training_step, lambda: (step_skips_the_last_parameter,),
     "第 1 步之后，17 个参数里有 1 个按梯度应该动却没有动，就是 model.parameters()[16]。"),
    (lesson05.check_training_step, lambda: (step_returns_the_loss_after,),
     "可能的原因有以下几种：损失是在更新之后算的；损失来自传进来的 loss_fn 以外的函数"),
    (lesson05.check_training_step, lambda: (make_step_that_keeps_the_parameters(),),
     "第 1 步之后，第一个网络的参数 model.parameters()[0] 是 -0.09524，应该是 -0.03635。"
     "你的 training_step 把上一次调用留下的东西带进了下一次调用"),
])
def test_a_cause_found_by_calling_again_is_named_in_chinese(check, make, chinese):
    english, translated = assert_same_message_in_chinese(lambda make: check(*make()), make)
    assert chinese in translated, translated


@pytest.mark.parametrize("check, answer", [
    (lesson04.check_descend, descend_never_ends), (lesson04.check_momentum, MomentumNeverEnds),
])
def test_code_that_never_ends_is_reported_in_chinese(check, answer, short_time_limit):  # noqa: F811
    english, chinese = assert_same_message_in_chinese(check, answer)
    assert english.startswith("Your code did not finish within 0.8 seconds")
    assert "0.8" in chinese


def test_check_momentum_given_an_object_in_chinese():
    optimizer = MomentumRight([Value(1.0)], 0.1, 0.9)
    english, chinese = assert_same_message_in_chinese(lesson04.check_momentum, optimizer)
    assert "MomentumRight" in chinese and "check_momentum(Momentum)" in chinese


# ----------------------------------------------------------------------
# Lesson 05
# ----------------------------------------------------------------------
@pytest.mark.parametrize("check, answer", [
    (lesson05.check_hinge_loss, 0.4), (lesson05.check_hinge_loss, 1.2),
    (lesson05.check_hinge_loss, 0.0667), (lesson05.check_hinge_loss, 0.6),
    (lesson05.check_hinge_loss, 0.9),
    (lesson05.check_constant_score, 2), (lesson05.check_constant_score, 0),
    (lesson05.check_constant_score, 1), (lesson05.check_constant_score, -1),
    (lesson05.check_constant_score, 5),
])
def test_lesson05_number_checks_in_chinese(check, answer):
    assert_same_message_in_chinese(check, answer)


@pytest.mark.parametrize("count", [
    count_right, count_weights_only, count_neurons, count_every_layer_sees_nin,
    count_without_last_layer, count_without_first_layer, count_bias_per_input,
    count_forgets_return, lambda nin, nouts: 337, lambda nin, nouts: 5,
])
def test_check_count_parameters_in_chinese(count):
    assert_same_message_in_chinese(lesson05.check_count_parameters, count)


def test_check_count_parameters_names_kept_state_in_chinese():
    language.set_language("zh")
    try:
        message = lesson05.check_count_parameters(make_count_that_adds_up()).message
    finally:
        language.set_language("en")
    assert "再调用一次，count_parameters(2, [16, 16, 1]) 现在返回" in message
    assert "而第一次它返回的是正确的 337。你的函数在两次调用之间留下了东西（留在全局变量" in message


def test_check_count_parameters_that_builds_the_network_in_chinese():
    english, chinese = assert_same_message_in_chinese(lesson05.check_count_parameters,
                                                      count_by_building)
    assert "101,770" in english and "101,770" in chinese and "MB" in chinese


@pytest.mark.parametrize("Neuron", [
    NeuronRight, NeuronBiasFirst, NeuronOneWeightShort, NeuronStub, NeuronNoBias,
    NeuronBiasNotUsed, NeuronNoRelu, NeuronAlwaysRelu, NeuronTanh, NeuronOnData,
    NeuronReturnsFloat, NeuronParametersAsNumbers, NeuronDropsAnInput, NeuronFusedPackage,
    NeuronYieldsItsParameters, NeuronKeepsItsFirstOutput,
])
def test_check_neuron_in_chinese(Neuron):
    assert_same_message_in_chinese(lesson05.check_neuron, Neuron)


@pytest.mark.parametrize("network", [
    make_network(), make_network(NeuronNoBias), (LayerOneNeuron, make_network()[1]),
    make_network(sizes_bug="every layer sees nin"), make_network(sizes_bug="no last layer"),
    make_network(sizes_bug="no first layer"), make_network(last_nonlin=True),
    make_network(hidden_nonlin=False), make_network(NeuronOnData),
    make_network(NeuronBiasNotUsed), (LayerAlwaysAList, make_network()[1]),
    (make_network()[0], NetworkFirstLayerOnly), (LayerStub, make_network()[1]),
    (LayerDropsKwargs, make_network()[1]), (LayerOfTwoNeurons, make_network()[1]),
    (make_network()[0], NetworkReturningAList),
])
def test_check_mlp_in_chinese(network):
    assert_same_message_in_chinese(lesson05.check_mlp, *network)


def test_a_step_wrong_on_the_bigger_network_alone_in_chinese():
    assert_same_message_in_chinese(lesson05.check_training_step, step_clipping_the_gradient)


def test_networks_sharing_their_layers_are_told_so_in_chinese():
    english, chinese = in_both_languages(lesson05.check_mlp, make_network()[0],
                                         make_network_cached_by_its_sizes())
    assert "share 31 of their 31 parameters" in english.message
    assert "做出的两个网络共用了 31 个参数中的 31 个。" in chinese.message


@pytest.mark.parametrize("step", [
    step_right, step_no_zero_grad, step_plus, step_zero_after_backward, step_no_backward,
    step_fixed_rate, step_skips_the_biases, step_returns_nothing, step_returns_the_loss_after,
    step_returns_the_value, step_times_data, step_data_for_grad,
    lambda model, loss_fn, lr: tuple(reversed(step_right(model, loss_fn, lr))),
])
def test_check_training_step_in_chinese(step):
    assert_same_message_in_chinese(lesson05.check_training_step, step)


# ----------------------------------------------------------------------
# Lesson 06 and check_engine
# ----------------------------------------------------------------------
class _GradOne(lesson06.ReferenceValue):
    def __init__(self, data, _children=(), _op="", label=""):
        super().__init__(data, _children, _op, label)
        self.grad = 1.0


class _NoLabel(lesson06.ReferenceValue):
    def __init__(self, data, _children=(), _op="", label=""):
        super().__init__(data, _children, _op, "")


class _NoPrev(lesson06.ReferenceValue):
    def __init__(self, data, _children=(), _op="", label=""):
        super().__init__(data, _children, _op, label)
        del self._prev


class _PrevEmpty(lesson06.ReferenceValue):
    def __init__(self, data, _children=(), _op="", label=""):
        super().__init__(data, (), _op, label)


class _NoBackward:
    def __init__(self, data, _children=(), _op="", label=""):
        self.data, self.grad, self._prev, self._op, self.label = data, 0.0, tuple(_children), _op, label


@pytest.mark.parametrize("answer", [
    lesson06.ReferenceValue, lesson06.ReferenceValue(1.0), _GradOne, _NoLabel, _NoPrev,
    _PrevEmpty, _NoBackward,
])
def test_check_value_init_in_chinese(answer):
    assert_same_message_in_chinese(lesson06.check_value_init, answer)


SLIPS = {
    "mul derivative": [("self.grad += other.data * out.grad", "self.grad += self.data * out.grad")],
    "tanh derivative": [("self.grad += (1 - t ** 2) * out.grad", "self.grad += (1 - t) * out.grad")],
    "assign, not add": [("self.grad += 1.0 * out.grad", "self.grad = 1.0 * out.grad"),
                        ("other.grad += 1.0 * out.grad", "other.grad = 1.0 * out.grad")],
    "no upstream grad": [("self.grad += out.data * out.grad", "self.grad += out.data")],
    "wrong order": [("for v in reversed(topo):", "for v in topo:")],
    "no grad 1": [("        self.grad = 1.0\n", "")],
    "no __radd__": [("def __radd__(self, other):", "def not___radd__(self, other):")],
    "no __rmul__": [("def __rmul__(self, other):", "def not___rmul__(self, other):")],
    "returns None": [("        out._backward = _backward\n        return out\n\n    def __pow__",
                      "        out._backward = _backward\n\n    def __pow__")],
    "a float": [("        return self + (-other)", "        return self.data - other.data")],
    "wrong value": [("        return self + (-other)", "        return other + (-self)")],
    "no backward yet": [("    def backward(self):", "    def not_yet_backward(self):")],
    "no topological order": [
        # _prev a tuple: the walk's order, and so the numbers, do not depend on ids
        ("self._prev = set(_children)", "self._prev = tuple(_children)"), RECURSIVE_WALK],
    "prev empty": [("self._prev = set(_children)", "self._prev = ()")],
    "mul forgets its inputs": [('out = Value(self.data * other.data, (self, other), "*")',
                                'out = Value(self.data * other.data, (), "*")')],
    "tanh assigns": [("self.grad += (1 - t ** 2) * out.grad", "self.grad = (1 - t ** 2) * out.grad")],
    "grad for data": [("self.grad += other.data * out.grad", "self.grad += other.grad * out.grad")],
    "state at module level": [("        topo, visited = [], set()\n", ""),
                              ("import math\n", "import math\n\ntopo, visited = [], set()\n")],
    "state in a default argument": [("    def backward(self):\n        topo, visited = [], set()\n",
                                     "    def backward(self, topo=[], visited=set()):\n")],
    "walked forwards, no visited": [("for v in reversed(topo):", "for v in topo:"),
                                    ("            if v not in visited:\n", "            if True:\n")],
    "tanh does not list its input": [('out = Value(t, (self,), "tanh")', "out = Value(t)")],
    "pow does not list its input": [('out = Value(self.data ** n, (self,), f"**{n}")',
                                     "out = Value(self.data ** n)")],
    "add does not list other": [('(self.data + other.data, (self, other), "+")',
                                 '(self.data + other.data, (self,), "+")')],
    "backward adds 1 to the output's grad": [("        self.grad = 1.0\n",
                                              "        self.grad += 1.0\n")],
    "backward doubles the output's grad": [("        self.grad = 1.0\n",
                                            "        self.grad = 2 * self.grad + 1.0\n")],
    "right": [],
}


@pytest.mark.parametrize("slip", list(SLIPS))
def test_check_engine_in_chinese(slip):
    broken = make_value(*SLIPS[slip])
    english, chinese = assert_same_message_in_chinese(check_engine, broken)
    if slip == "mul derivative":
        assert english.startswith("`a * b` with a = ")
        assert chinese.startswith("对 `a * b`（a = ") and "局部导数是 b" in chinese
    if slip == "no topological order":
        assert "节点 `d = a * b` 的 `_backward` 运行了 2 次" in chinese
    if slip == "prev empty":
        assert ("`(a + b) * k` 得到的 Value 的 `_prev` 是空的，所以 backward() 找不到它的输入。"
                "`__init__` 里要写 `self._prev = tuple(_children)`。") in chinese
        assert "局部导数" not in chinese
    if slip == "right":
        assert "随机种子 0）" in chinese and "seed" not in chinese


@pytest.mark.parametrize("operations", [("+", "*", "radd", "rmul"), ("+", "*")])
def test_check_engine_wrong_order_on_primitives_in_chinese(operations):
    broken = make_value(*SLIPS["wrong order"])
    english, chinese = assert_same_message_in_chinese(
        lambda V: check_engine(V, operations=operations), broken)
    assert "then times k = -1.5" in english and ") * k`（" in chinese and "k = -1.5，这时" in chinese


def test_check_engine_lists_the_operations_with_chinese_separators():
    english, chinese = assert_same_message_in_chinese(check_engine, make_value())
    assert "`a + b`, `a + 2`; `a * b`, `a * 3`" in english
    assert "`a + b`、`a + 2`；`a * b`、`a * 3`" in chinese


@pytest.mark.parametrize("check, slip", [
    (lesson06.check_add_mul, "right"), (lesson06.check_add_mul, "mul derivative"),
    (lesson06.check_add_mul, "add does not list other"),
    (lesson06.check_more_operations, "tanh derivative"), (lesson06.check_more_operations, "right"),
    (lesson06.check_more_operations, "tanh does not list its input"),
])
def test_lesson06_engine_exercises_in_chinese(check, slip):
    assert_same_message_in_chinese(check, make_value(*SLIPS[slip]))


def test_a_local_derivative_in_words_is_translated():
    """relu's local derivative is words in the message, not a formula."""
    source_slip = ("    def __neg__(self):", "    def relu(self):\n"
                   "        out = Value(max(0.0, self.data), (self,), 'relu')\n\n"
                   "        def _backward():\n"
                   "            self.grad += out.grad\n\n"  # the slip: 1 for a < 0 too
                   "        out._backward = _backward\n        return out\n\n"
                   "    def __neg__(self):")
    relu = make_value(source_slip)
    english, chinese = assert_same_message_in_chinese(
        lambda V: check_engine(V, operations=("+", "*", "radd", "rmul", "relu")), relu)
    assert "1 if a > 0, else 0" in english
    assert "a > 0 时为 1，否则为 0" in chinese


def test_a_relu_that_always_passes_the_gradient_is_named_as_relu():
    """The single-operation check of relu has a negative input too, so a relu
    whose backward passes the gradient for a < 0 is named as relu's derivative,
    not blamed on the order of the walk (with the default operations)."""
    relu = make_value(("    def __neg__(self):", "    def relu(self):\n"
                       "        out = Value(max(0.0, self.data), (self,), 'relu')\n\n"
                       "        def _backward():\n"
                       "            self.grad += out.grad\n\n"
                       "        out._backward = _backward\n        return out\n\n"
                       "    def __neg__(self):"))
    for seed in range(5):
        english, chinese = assert_same_message_in_chinese(
            lambda V: check_engine(V, seed=seed), relu)
        assert english.startswith("`a.relu()` with a = -"), english
        assert "should be 0.0000 (too large by 1)" in english
        assert "1 if a > 0, else 0" in english and "topological" not in english
        assert chinese.startswith("对 `a.relu()`（a = -"), chinese
        assert "应该是 0.0000（偏大 1）" in chinese and "a > 0 时为 1，否则为 0" in chinese
        assert "拓扑" not in chinese


def test_off_by_says_too_small_or_too_large():
    """Which way, in words that read right for a number of either sign."""
    broken = make_value(*SLIPS["assign, not add"])
    english, chinese = assert_same_message_in_chinese(check_engine, broken)
    assert "a.grad is 1.0000, should be 2.0000 (too small by 1)" in english
    assert "a.grad 是 1.0000，应该是 2.0000（偏小 1）" in chinese


# ----------------------------------------------------------------------
# Walk 2 (a Chinese reader on lessons 04-06): the words it asked for
# ----------------------------------------------------------------------
def chinese_message(check, *args):
    return assert_same_message_in_chinese(check, *args)[1]


@pytest.mark.parametrize("answer, kind", [
    ([0.44], "一个列表"), (True, "一个布尔值（True/False）"), ("zero point four", "一个字符串"),
    ((0.44,), "一个元组"), ({"w": 0.44}, "一个字典"),
])
def test_the_type_of_an_answer_is_named_in_chinese(answer, kind):
    english, chinese = in_both_languages(lesson04.check_second_step, answer)
    assert chinese.message == f"答案应该是一个数；你给的是{kind}。"
    assert type(answer).__name__ in english.message  # English keeps Python's name


def test_type_names_in_the_coding_checks_are_chinese():
    assert "返回了一个字符串；它应该返回一个整数" in chinese_message(
        lesson05.check_count_parameters, lambda nin, nouts: "337")
    assert "只返回了一个浮点数（float），不是列表" in chinese_message(lesson04.check_descend,
                                                       descend_returns_final)
    layer_list = chinese_message(lesson05.check_mlp, LayerAlwaysAList, make_network()[1])
    assert "返回的是 [Value(data=0.7802)]，这是一个列表；" in layer_list and " list " not in layer_list
    assert "而不是一个 ReferenceValue 对象。" in chinese_message(check_engine,
                                                            lesson06.ReferenceValue(2.0))


def test_a_class_name_in_quotes_in_chinese():
    english, chinese = in_both_languages(check_engine, "Value")
    assert chinese.message == "你传入的是字符串 'Value'。去掉引号，写成 `answer = Value`。"


def test_lesson04_says_coefficient_and_gradient_in_chinese():
    for check, answer in [(lesson04.check_largest_rate, 1), (lesson04.check_largest_rate, 0.5),
                          (lesson04.check_bowl_rate, 0.07), (lesson04.check_bowl_rate, 1)]:
        message = chinese_message(check, answer)
        assert "系数" in message and "因子" not in message
    assert "每次更新减去的是 0 * 梯度" in chinese_message(lesson04.check_largest_rate, 0)
    assert "w - 0.1 * 梯度" in chinese_message(lesson04.check_second_step, 0.1)
    assert "gradient" not in chinese_message(lesson04.check_second_step, -0.84)


def test_lesson05_says_score_one_way_in_chinese():
    for answer in (2, 0, 1, 5):
        message = chinese_message(lesson05.check_constant_score, answer)
        assert "分数" not in message and "打 3 分" not in message
    assert "得分都是 3" in TABLES["zh"]["lesson05.constant.what"]
    relu = chinese_message(lesson05.check_mlp, *make_network(last_nonlin=True))
    assert "所以得分永远不会是负数，网络也就永远判不出类别 -1" in relu


def test_training_step_messages_read_naturally_in_chinese():
    right = chinese_message(lesson05.check_training_step, step_right)
    assert right.startswith("在每一步里，先用当前的参数算出损失。接着把梯度清零，再调用 backward，重新算出梯度。")
    wrong = chinese_message(lesson05.check_training_step, step_fixed_rate)
    assert wrong.startswith("第 1 步把每个参数都移动了整个梯度，相当于学习率 1，而给定的学习率是 0.4。"), wrong


def test_parameters_returning_none_in_chinese():
    message = chinese_message(lesson05.check_neuron, NeuronStub)
    assert "它应该返回由它的各个 Value 组成的列表" in message, message


@pytest.mark.parametrize("Momentum", [MomentumByLabel, MomentumByValue])
def test_velocities_kept_by_label_or_by_value_in_chinese(Momentum):
    assert_same_message_in_chinese(lesson04.check_momentum, Momentum)


def test_a_descend_returning_one_list_is_told_so_in_chinese():
    assert_same_message_in_chinese(lesson04.check_descend, make_descend_returning_one_list())


def _walk_answers_04_06():
    """The answers of the lesson 05-06 walk findings, each with its check's arguments."""
    from test_lesson05 import (NeuronOfTheFirstThreeInputs, make_layer_calling_its_neurons_in_reverse,
                               make_layer_listing_its_neurons_in_reverse,
                               make_network_listing_its_last_layer_only)
    from test_lesson06 import learner_class

    class NumberFirst(learner_class(upto=3)):
        __radd__ = lambda self, other: other + self  # noqa: E731
    zeroes = ("        self._prev = tuple(_children)\n",
              "        for c in _children:\n            c.grad = 0.0\n"
              "        self._prev = tuple(_children)\n")
    return [
        (lesson05.check_neuron, (NeuronOfTheFirstThreeInputs,)),
        (lesson05.check_mlp, (make_layer_listing_its_neurons_in_reverse(), make_network()[1])),
        (lesson05.check_mlp, (make_layer_calling_its_neurons_in_reverse(), make_network()[1])),
        (lesson05.check_mlp, (make_network()[0], make_network_listing_its_last_layer_only())),
        (lesson06.check_more_operations, (NumberFirst,)),
        (lesson06.check_more_operations,
         (learner_class(("    return self * -1\n", "    return Value(-self.data)\n"), upto=3),)),
        (lesson06.check_value_init, (learner_class(zeroes, upto=1),)),
    ]


def test_the_lesson_05_06_walk_findings_keep_their_numbers_and_code_in_chinese():
    for check, args in _walk_answers_04_06():
        assert not check(*args)
        assert_same_message_in_chinese(check, *args)
