"""Figures, widgets and verdicts in Chinese (set_language("zh")): the words a
learner sees are Chinese, and they carry the same numbers as the English ones.

Each check draws the same thing twice, in English and in Chinese, and compares:
every number in the English text must appear in the Chinese text. English is
always restored, even when a check fails.
"""

import re
import textwrap
from collections import Counter

import pytest
from matplotlib.legend import Legend

from micrograd_lite import Value
from micrograd_lite.classifier import train_moons_numpy
from micrograd_lite.datasets import make_moons, sigmoid_net_data
from micrograd_lite.descent import (DIVERGENT, GOOD, OSCILLATING, SLOW, UNSETTLED, elongated_bowl,
                                    parabola, run_descent, train_sigmoid_net)
from micrograd_lite.graph import draw_dot
from micrograd_lite.language import language, set_language
from micrograd_lite.nn import MLP
from micrograd_lite.plots import wrap_words
from micrograd_lite.train import fit
from micrograd_lite.widgets import derivatives, descent, graphs, training

CJK = re.compile(r"[\u3400-\u9fff]")
NUMBER = re.compile(r"\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def numbers(text):
    return Counter(NUMBER.findall(text))


def in_both(make):
    """``make()`` run in English, then in Chinese: ``(english, chinese)``."""
    set_language("en")
    try:
        english = make()
        set_language("zh")
        chinese = make()
    finally:
        set_language("en")
    return english, chinese


def assert_chinese_with_the_same_numbers(english, chinese):
    assert english != chinese, english
    assert not CJK.search(english), english
    assert CJK.search(chinese), chinese
    missing = numbers(english) - numbers(chinese)
    assert not missing, f"{chinese!r} lacks {sorted(missing)} of {english!r}"


@pytest.fixture(autouse=True)
def english_after():
    """Every test leaves the package in English, as it found it."""
    assert language() == "en"
    yield
    assert language() == "en"
    set_language("en")


def figure_texts(figure):
    """Titles, axis labels, texts on the axes and legend entries, in order."""
    found = []
    for ax in figure.axes:
        found += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        found += [t.get_text() for t in ax.texts if t.get_visible()]
        for child in ax.get_children():
            if isinstance(child, Legend) and child.get_visible():
                found += [t.get_text() for t in child.get_texts()]
    return found


def assert_figure_in_chinese(english_picture, chinese_picture, words_that_stay=(), at_least=5):
    """Text by text: the Chinese figure says each English text in Chinese,
    with its numbers (a formula, an axis named by a letter, stays as it is)."""
    english = figure_texts(english_picture.figure)
    chinese = figure_texts(chinese_picture.figure)
    assert len(english) == len(chinese)
    translated = 0
    for e, c in zip(english, chinese):
        if not re.search(r"[a-z]{3,}", e) or e in words_that_stay:
            assert e == c  # "w", "x1", "f(x)", "L(w) = (w - 3)²": the same in both
            continue
        assert_chinese_with_the_same_numbers(e, c)
        translated += 1
    assert translated >= at_least
    assert_chinese_with_the_same_numbers(english_picture.description, chinese_picture.description)


# ----------------------------------------------------------------------
# Figures
# ----------------------------------------------------------------------
FORMULAS = ("L(w) = (w - 3)²", "f(x) = 3x² - 4x + 5")


@pytest.mark.parametrize("lr", [0.001, 0.1, 0.9, 0.95, 1.5, 2.5])
def test_lesson04_parabola_figure_in_chinese(lr):
    english, chinese = in_both(lambda: descent.parabola_picture(lr=lr))
    assert_figure_in_chinese(english, chinese, FORMULAS)
    title = chinese.figure.axes[0].get_title()
    assert title.startswith("学习率 ")
    assert {0.001: "太小（慢）", 0.1: "合适", 0.9: "合适", 0.95: "太大（震荡）", 1.5: "发散",
            2.5: "发散"}[lr] in title


def test_lesson04_a_path_that_leaves_the_window_is_said_so_in_chinese():
    english, chinese = in_both(lambda: descent.parabola_picture(lr=2.5))

    def message(picture):  # the box sits above the curve panel: a text of the figure
        return " ".join(t.get_text() for t in picture.figure.texts if t.get_text())

    assert "在图外" in message(chinese).replace("\n", "")
    assert "leaves this window" in message(english).replace("\n", " ")


@pytest.mark.parametrize("settings", [{"lr": 0.08}, {"lr": 0.09}, {"lr": 0.01, "momentum": 0.5},
                                      {"lr": 0.01, "momentum": 0.95}, {"lr": 0.5}])
def test_lesson04_bowl_figure_in_chinese(settings):
    english, chinese = in_both(lambda: descent.bowl_picture(**settings))
    assert_figure_in_chinese(english, chinese)
    assert "动量" in chinese.figure.axes[0].get_title()


@pytest.mark.parametrize("lr", [0.3, 1.0, 8.0])
def test_lesson04_sigmoid_net_figure_in_chinese(lr):
    xs, ys = sigmoid_net_data(n=20, seed=0)
    english, chinese = in_both(lambda: descent.sigmoid_net_picture(xs, ys, lr=lr))
    assert_figure_in_chinese(english, chinese)
    labels = [t.get_text() for t in chinese.figure.axes[0].texts]
    legends = [t.get_text() for c in chinese.figure.axes[0].get_children() if isinstance(c, Legend)
               for t in c.get_texts()]
    assert "训练 200 步后" in legends and "训练前" in legends
    assert labels or legends


@pytest.mark.parametrize("x, h", [(3.0, 0.1), (-2.0, 1e-12), (0.5, 1.0)])
def test_lesson01_tangent_figure_in_chinese(x, h):
    english, chinese = in_both(lambda: derivatives.tangent_figure(derivatives.tangent_view(x, h)))
    assert_figure_in_chinese(english, chinese, FORMULAS, at_least=4)  # title, read-out, 2 legends
    readout = [t.get_text() for t in chinese.figure.axes[0].texts if t.get_text().startswith("x = ")]
    assert len(readout) == 1 and "测得斜率" in readout[0] and "精确斜率" in readout[0]


@pytest.mark.parametrize("name", list(derivatives.EXAMPLE_FUNCTIONS))
def test_lesson01_error_figure_in_chinese(name):
    english, chinese = in_both(lambda: derivatives.error_figure(derivatives.difference_errors(name)))
    english_texts, chinese_texts = figure_texts(english.figure), figure_texts(chinese.figure)
    for e, c in zip(english_texts, chinese_texts):
        if re.search(r"[a-z]{3,}", e):
            assert_chinese_with_the_same_numbers(e, c)
    assert_chinese_with_the_same_numbers(english.description, chinese.description)
    assert "前向差分" in chinese.description and "中心差分" in chinese.description


def test_lesson05_moons_figures_in_chinese():
    X, y = make_moons(n_samples=60, noise=0.1, seed=0)

    def pictures():
        run = train_moons_numpy(MLP(2, [8, 1], seed=0), X, y, lr=1.0, steps=12)
        return training.moons_picture(run, X, y), training.moons_data_picture(X, y)

    (english, english_data), (chinese, chinese_data) = in_both(pictures)
    assert_figure_in_chinese(english, chinese)
    assert "准确率" in chinese.description and "决策边界" in chinese.figure.axes[0].get_title()
    assert_chinese_with_the_same_numbers(english_data.description, chinese_data.description)
    assert chinese_data.figure.axes[0].get_title() == "双月数据集：60 个点，两个类别"


# ----------------------------------------------------------------------
# Widgets: descriptions, buttons, progress bar, captions, texts without a kernel
# ----------------------------------------------------------------------
def test_explorers_label_their_controls_in_chinese():
    def labels():
        xs, ys = sigmoid_net_data(n=20, seed=0)
        return {
            "tangent": derivatives.tangent_explorer()._controls_bundle()["text/plain"],
            "parabola": [c.description for c in descent.parabola_explorer().controls.values()],
            "bowl": [c.description for c in descent.bowl_explorer().controls.values()],
            "sigmoid_net": descent.sigmoid_net_explorer(xs, ys).controls["lr"].description,
            "error": derivatives.error_explorer().controls["function"].description,
        }

    english, chinese = in_both(labels)
    assert english["parabola"] == ["learning rate", "steps"]
    assert chinese["parabola"] == ["学习率", "步数"]
    assert chinese["bowl"] == ["学习率", "动量", "起点 w1", "起点 w2"]
    assert chinese["sigmoid_net"] == "学习率" and chinese["error"] == "函数"
    assert_chinese_with_the_same_numbers(english["tangent"], chinese["tangent"])
    assert "内核" in chinese["tangent"]


def test_backprop_stepper_captions_and_buttons_in_chinese():
    def stepper_texts():
        x1, w1 = Value(2.0, label="x1"), Value(-3.0, label="w1")
        x2, w2 = Value(0.0, label="x2"), Value(1.0, label="w2")
        n = x1 * w1 + x2 * w2
        n.label = "n"
        o = n.tanh()
        o.label = "o"
        stepper = graphs.backprop_stepper(o)
        states = [graphs.backprop_state(o, k) for k in range(stepper.controls["step"].max + 1)]
        return {
            "buttons": [stepper.step_button.description, stepper.reset_button.description,
                        stepper.controls["step"].description],
            "title": stepper.title,
            "lines": [line for state in states for line in state.lines],
            "descriptions": [state.description for state in states],
            "svg": stepper.picture.svg,
        }

    english, chinese = in_both(stepper_texts)
    assert english["buttons"] == ["Step", "Reset", "step"]
    assert chinese["buttons"] == ["下一步", "重置", "步骤"]
    assert_chinese_with_the_same_numbers(english["title"], chinese["title"])
    for e, c in zip(english["lines"], chinese["lines"]):
        if e.startswith("step "):  # a step's heading; its arithmetic lines are code
            assert_chinese_with_the_same_numbers(e, c)
            assert c.startswith("第 ")
        else:
            assert c == e.replace(" -> ", " → ") and ".grad +=" in c and "->" not in c
    for e, c in zip(english["descriptions"], chinese["descriptions"]):
        assert_chinese_with_the_same_numbers(e, c)
    assert "第 0/" in chinese["lines"][0] and "o.grad = 1" in chinese["lines"][0]
    # a step names the Value first, then the operation that made it, in sentences, not a
    # chain of colons; updates are separated by "；"
    assert chinese["descriptions"][1].startswith("第 1/4 步，o（由 tanh 得到，grad 1.0000）把梯度传给输入。n.grad += ")
    assert all("：" not in c for c in chinese["descriptions"])
    assert "'tanh' node o (grad 1.0000)" in english["descriptions"][1]
    assert all("; " not in c for c in chinese["descriptions"])
    assert any("；" in c for c in chinese["descriptions"])


def test_graph_explorer_description_in_chinese():
    def build(x=2.0, w=-3.0):
        return (Value(x, label="x") * Value(w, label="w")).tanh()

    english, chinese = in_both(lambda: (graphs.graph_explorer(build).picture.description,
                                        graphs.graph_explorer(build).title))
    for e, c in zip(english, chinese):
        assert_chinese_with_the_same_numbers(e, c)
    assert chinese[0].startswith("前向传播")


def test_graph_drawing_description_and_too_big_note_in_chinese():
    def drawings():
        a = Value(1.5, label="a")
        small = draw_dot(a * 2 + a)
        big = Value(0.0)
        for i in range(200):
            big = big + i
        return small.description, draw_dot(big).description, draw_dot(a).description

    english, chinese = in_both(drawings)
    for e, c in zip(english[:2], chinese[:2]):  # the third says "no operation" in words
        assert_chinese_with_the_same_numbers(e, c)
    assert "300" in chinese[1] and "3000" in chinese[1] and "draw_dot" in chinese[1]
    assert chinese[2] == "a 的计算图：1 个 Value，没有运算"  # a plain name needs no quotes
    assert english[2] == "computation graph of 'a': 1 value and 0 operations"
    english, chinese = in_both(lambda: draw_dot(Value(2.0, label="x1*w1")).description)
    assert chinese.startswith("“x1*w1” 的计算图") and "'x1*w1'" in english  # an expression keeps them


def test_every_log_scale_loss_axis_has_the_same_label():
    """Lesson 04's loss panels and lesson 05's training curves: a loss on a
    logarithmic axis is labelled the same way, and the label says so."""
    X, y = make_moons(n_samples=20, noise=0.1, seed=0)

    def loss_axes():
        parabola_scene = descent.ParabolaScene()
        parabola_scene.draw(lr=0.1, steps=5)
        moons = training.MoonsScene(X, y, steps=5)
        axes = [parabola_scene.scene.figure.axes[1], moons.ax_loss]
        assert all(ax.get_yscale() == "log" for ax in axes)
        return {ax.get_ylabel() for ax in axes}

    english, chinese = in_both(loss_axes)
    assert english == {"loss (log scale)"}
    assert chinese == {"损失（对数刻度）"}


def test_progress_bar_and_trainer_in_chinese():
    X, y = make_moons(n_samples=40, noise=0.1, seed=0)

    def trainer_texts():
        bar = training.ProgressBar(10)
        bar.update(4, "x")
        trainer = training.MoonsTrainer(X, y, make_model=lambda: MLP(2, [4, 1], seed=0), lr=1.0,
                                        steps=6)
        trainer.controls["lr"].value = 0.1
        pressed = trainer.progress.label.value
        return {
            "bar": (bar.label.value, bar.bar.description),
            "fallback": _fallback(bar),
            "train": trainer.train_button.description,
            "slider": trainer.controls["lr"].description,
            "pressed": pressed,
            "title": trainer.title,
            "picture": trainer.picture.description,
        }

    english, chinese = in_both(trainer_texts)
    assert english["bar"] == ("step 4/10: x", "training")
    assert chinese["bar"] == ("第 4/10 步。x。", "进度")
    assert chinese["train"] == "训练" and chinese["slider"] == "学习率"
    for texts in (english, chinese):  # the bar and the button beside it have different names
        assert texts["bar"][1].lower() != texts["train"].lower()
    for key in ("fallback", "pressed", "title", "picture"):
        assert_chinese_with_the_same_numbers(english[key], chinese[key])


def _fallback(bar):
    """The text a progress bar shows where widgets cannot render."""
    from unittest import mock

    with mock.patch("IPython.display.display") as display:
        bar._ipython_display_()
    return display.call_args.args[0]["text/plain"]


# ----------------------------------------------------------------------
# Verdicts and statuses
# ----------------------------------------------------------------------
@pytest.mark.parametrize("loss, start, lr, momentum, regime, label", [
    (parabola, -1.0, 0.001, 0.0, SLOW, "太小（慢）"),
    (parabola, -1.0, 0.1, 0.0, GOOD, "合适"),
    (parabola, -1.0, 0.9, 0.0, GOOD, "合适"),
    (parabola, -1.0, 0.501, 0.0, GOOD, "合适"),
    (parabola, -1.0, 0.95, 0.0, OSCILLATING, "太大（震荡）"),
    (parabola, -1.0, 1.5, 0.0, DIVERGENT, "发散"),
    (elongated_bowl, (-4.0, 1.5), 0.01, 0.5, UNSETTLED, "未收敛"),  # one word for "not settled"
    (elongated_bowl, (-4.0, 1.5), 0.09, 0.0, GOOD, "合适"),
    (elongated_bowl, (-4.0, 1.5), 0.03, 0.6, GOOD, "合适"),  # settled from step 19 to the end
])
def test_descent_verdicts_in_chinese(loss, start, lr, momentum, regime, label):
    english, chinese = in_both(lambda: run_descent(loss, start, lr, 30, momentum=momentum))
    assert english.regime == chinese.regime == regime  # compared as the English name
    assert_chinese_with_the_same_numbers(english.message, chinese.message)
    set_language("zh")
    try:
        assert str(chinese.regime) == label and f"{chinese.regime:12}" == label + " " * (12 - 2 * len(label))
        assert chinese.regime.label() == label
    finally:
        set_language("en")
    assert str(english.regime) == regime and f"{english.regime:23}" == f"{str.__str__(regime):23}"


def test_a_regime_prints_in_the_language_in_use_and_compares_in_english():
    run = run_descent(parabola, -1.0, 0.1, 30)
    assert run.regime == "good"
    set_language("zh")
    try:
        assert run.regime == "good" and f"{run.regime}" == "合适"
    finally:
        set_language("en")
    assert f"{run.regime}" == "good"


def test_one_step_is_singular_in_english_and_the_same_in_chinese():
    english, chinese = in_both(lambda: run_descent(parabola, -1.0, 0.5, 1).message)
    assert english == "settles near the bottom after 1 step"
    assert chinese == "1 步后收敛到最低点附近"


def test_training_statuses_in_chinese():
    xs, ys = sigmoid_net_data(n=20, seed=0)
    X, y = make_moons(n_samples=40, noise=0.1, seed=0)

    def statuses():
        return [
            train_sigmoid_net(xs, ys, lr=0.3, steps=50).status,
            train_sigmoid_net(xs, ys, lr=1.0, steps=50).status,
            train_sigmoid_net(xs, ys, lr=50.0, steps=50).status,
            train_moons_numpy(MLP(2, [4, 1], seed=0), X, y, lr=1.0, steps=5).status,
            train_moons_numpy(MLP(2, [4, 1], seed=0), X, y, lr=1.0, steps=5,
                              callback=lambda *args: False).status,
        ]

    english, chinese = in_both(statuses)
    for e, c in zip(english, chinese):
        assert_chinese_with_the_same_numbers(e, c)
    assert english[3].startswith("after 5 steps: loss ")
    assert "训练准确率" in chinese[3]
    # a loss that grows but stays finite: not 未收敛, which the lesson keeps for momentum
    assert chinese[1].startswith("损失不降反升：50 步后从 ") and "未收敛" not in chinese[1]


def test_a_run_is_worded_when_shown_in_the_language_in_use_and_fit_in_plain_english():
    """A run keeps plain values; its status is worded when read. train.fit, in the
    core, has no string tables: its History speaks English, like Python's messages."""
    X, y = make_moons(n_samples=40, noise=0.1, seed=0)
    run = train_moons_numpy(MLP(2, [4, 1], seed=0), X, y, lr=1.0, steps=5)
    english = run.status
    w = Value(-1.0)
    history = fit(lambda: (w - 3) ** 2, [w], 0.1, 4)
    set_language("zh")
    try:
        assert run.status != english and "训练准确率" in run.status
        assert history.status == "finished after 4 steps"
    finally:
        set_language("en")


def one_colon_per_sentence(caption):
    """Each sentence of a Chinese caption (cut at 。) holds at most one ：."""
    return all(sentence.count("：") <= 1 for sentence in caption.split("。"))


def test_chinese_captions_have_one_colon_per_sentence():
    xs, ys = sigmoid_net_data(n=20, seed=0)
    X, y = make_moons(n_samples=60, noise=0.1, seed=0)
    set_language("zh")
    try:
        run = train_moons_numpy(MLP(2, [8, 1], seed=0), X, y, lr=1.0, steps=12)
        captions = [descent.sigmoid_net_picture(xs, ys, lr=lr).description for lr in (0.3, 1.0, 8.0)]
        captions += [descent.parabola_picture(lr=lr).description for lr in (0.001, 0.1, 1.5)]
        captions += [descent.bowl_picture(**s).description
                     for s in ({"lr": 0.08}, {"lr": 0.01, "momentum": 0.5}, {"lr": 0.5})]
        captions.append(training.moons_picture(run, X, y).description)
    finally:
        set_language("en")
    for caption in captions:
        assert one_colon_per_sentence(caption), caption
    assert "学习率 0.3。训练完 200 步，损失从 2.0318 变为 0.0010；" in captions[0]
    assert "只有一个隐藏层神经元的网络" in captions[0]
    assert "学习率 1（逐步降到 0.1）。12 步后，损失 " in captions[-1]


# ----------------------------------------------------------------------
# Wrapping Chinese in a message box
# ----------------------------------------------------------------------
def test_wrap_words_leaves_english_to_textwrap():
    words = "after 30 steps the loss is still 14.19 (it started at 16)"
    for width in (8, 12, 20, 40, 80):
        assert wrap_words(words, width) == textwrap.wrap(words, width)


def test_wrap_words_cuts_chinese_between_characters_not_inside_numbers():
    words = "30 步后仍在最低点两侧来回跳（损失是 0.02875，开始时是 16）（路径超出了图的范围：最后一点是 w = 3.5）"
    for width in (14, 20, 30, 40):
        lines = wrap_words(words, width)
        assert "".join(lines).replace(" ", "") == words.replace(" ", "")
        for line in lines:
            columns = len(line) + len(re.findall(r"[\u2e80-\u9fff\uff00-\uffef]", line))
            assert columns <= width + 2  # a closing mark may hang over the end
            assert line[0] not in "，。；：）"
            assert line[-1] not in "（"
        assert any("0.02875" in line for line in lines)  # a number is never cut


def test_wrap_words_keeps_a_count_of_steps_with_its_after():
    """Walk finding: lesson 04's caption at lr 1 broke "200 步 / 后"."""
    words = "损失不降反升：200 步后从 2.0318 增大到 40.4440，学习率太大"
    for width in range(12, 30):
        assert any("200 步后" in line for line in wrap_words(words, width)), width


def _message(picture):
    """The text of a figure's message box, and whether the box stays inside its panel."""
    ax = picture.figure.axes[0]
    renderer = picture.figure.canvas.get_renderer()
    box = ax.get_window_extent(renderer)
    message = [t for t in ax.texts + picture.figure.texts if t.get_text()][0]
    message.update_bbox_position_size(renderer)
    extent = message.get_bbox_patch().get_window_extent(renderer)
    return message.get_text(), box.x0 - 1.5 <= extent.x0 and extent.x1 <= box.x1 + 1.5


def test_a_long_chinese_message_fits_its_panel_in_balanced_lines():
    """The box of a long Chinese verdict stays inside its panel (checked at
    every slider position, in both languages, by test_widgets_figures.py), on
    lines of about the same length, with "27 步" and "w = 259" kept whole."""
    set_language("zh")
    try:
        bowl = descent.bowl_picture(lr=0.08)
        parabola = descent.parabola_picture(lr=2.5)
    finally:
        set_language("en")
    words, inside = _message(bowl)
    assert inside and CJK.search(words)
    lines = words.split("\n")
    assert len(lines) == 2 and "27 步后" in lines[0] and "每一步都越过了最低点" in lines[1], lines
    assert lines[0].endswith("，") and "至少" in lines[1]  # the break falls at the comma
    words, inside = _message(parabola)
    assert inside and words.replace("\n", "") == "在第 3 步发散，学习率太大（最后一点 w = 259，在图外）"


def test_wrap_words_prefers_to_break_after_a_comma():
    words = "19 步后停在最低点附近，途中至少在一个方向上越过最低点 19 次"
    assert wrap_words(words, 40) == ["19 步后停在最低点附近，", "途中至少在一个方向上越过最低点 19 次"]
    # a comma too early to leave half a line is not used
    assert wrap_words("好，" + "很长的一句话没有标点" * 3, 24)[0] != "好，"


def test_wrap_words_keeps_an_equation_and_a_counted_number_on_one_line():
    words = "在第 5 步发散：学习率太大（最后一点 w = 131，在图外）途中至少在一个方向上越过最低点 19 次"
    for width in range(12, 60):
        lines = wrap_words(words, width)
        assert "".join(lines).replace(" ", "") == words.replace(" ", "")
        assert any("w = 131" in line for line in lines), (width, lines)
        assert any("19 次" in line for line in lines), (width, lines)


# ----------------------------------------------------------------------
# A run that diverged, and counts of one
# ----------------------------------------------------------------------
def test_lesson05_a_diverged_run_says_so_in_its_title_and_progress_bar():
    """At lr 10 the run blows up at step 3: the title says so instead of
    "decision boundary after training" over a figure with no boundary, and the
    progress bar reads as plain sentences (no chain of colons)."""
    X, y = make_moons(n_samples=100, noise=0.1, seed=0)

    def diverged():
        run = train_moons_numpy(MLP(2, [16, 16, 1], seed=0), X, y, lr=10.0, steps=100)
        picture = training.moons_picture(run, X, y)
        bar = training.ProgressBar(100)
        bar.update(len(run.losses), run.status)
        return run.diverged_at, picture.figure.axes[0].get_title(), bar.label.value

    english, chinese = in_both(diverged)
    assert english[0] == chinese[0] == 3
    assert english[1] == "Learning rate 10: diverged at step 3, no decision boundary"
    assert chinese[1] == "学习率 10，在第 3 步发散，没有决策边界"
    assert english[2] == "step 3/100: diverged at step 3; the learning rate is too large"
    assert chinese[2] == "第 3/100 步。训练在第 3 步发散，学习率太大。"


def test_lesson05_a_run_that_did_not_diverge_keeps_its_title():
    X, y = make_moons(n_samples=40, noise=0.1, seed=0)
    run = train_moons_numpy(MLP(2, [4, 1], seed=0), X, y, lr=1.0, steps=5)
    assert not run.diverged
    title = training.moons_picture(run, X, y).figure.axes[0].get_title()
    assert title == "Decision boundary after training, learning rate 1"


def test_counts_of_one_read_one_step():
    """Every caption, legend and title with a count says "1 step", never "1 steps"."""
    from micrograd_lite.engine import Value as V

    xs, ys = sigmoid_net_data(n=20, seed=0)
    X, y = make_moons(n_samples=20, noise=0.1, seed=0)

    def texts():
        bar = training.ProgressBar(1)
        seed_scene = descent.SigmoidNetScene(xs, ys, steps=1)
        seed_scene.draw(0.3)
        return {
            "parabola": descent.parabola_picture(lr=0.1, steps=1).description,
            "bowl": descent.BowlScene().draw(lr=0.08, steps=1).description,
            "legend": seed_scene.after.get_label(),
            "stepper": graphs.BackpropStepper(V(2.0) * V(3.0)).title,
            "moons": train_moons_numpy(MLP(2, [4, 1], seed=0), X, y, lr=1.0, steps=1).status,
            "moons_stopped": train_moons_numpy(MLP(2, [4, 1], seed=0), X, y, lr=1.0, steps=1,
                                               callback=lambda *args: False).status,
            "fallback": _fallback(bar),
        }

    english, chinese = in_both(texts)
    for key, words in english.items():
        assert "1 steps" not in words and re.search(r"\b1 step\b", words), (key, words)
        assert "1 步" in chinese[key], (key, chinese[key])
    assert english["parabola"].startswith(
        "Gradient descent on L(w) = (w - 3)^2 from w = -1 with learning rate 0.1, 1 step: ")
    assert english["legend"] == "after 1 step" and chinese["legend"] == "训练 1 步后"
    assert english["stepper"].endswith("one step at a time (1 step)")
