"""Lesson 05: the moons run, the trainer driven headlessly, the progress bar, the checks.

Agreement of the numpy network with the engine, step by step from the same
weights, is tested in tests/test_arrays.py (helper issue-6); here the full
lesson run is checked against it once.
"""

import math
import warnings

import ipywidgets as widgets
import numpy as np
import pytest

from fresh_answers import Fresh, answer
from languages import in_chinese
from micrograd_lite.arrays import NumpyMLP
from micrograd_lite.datasets import make_moons
from micrograd_lite.engine import Value
from micrograd_lite.exercises import lesson05
from micrograd_lite.nn import MLP
from micrograd_lite.classifier import switched_off_neurons, train_moons_numpy, lr_schedule, moons_loss, train_moons
from micrograd_lite.widgets.training import MoonsTrainer, ProgressBar, moons_data_picture

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def lesson_model():
    return MLP(2, [16, 16, 1], seed=0)


@pytest.fixture(scope="module")
def moons():
    return make_moons(n_samples=100, noise=0.1, seed=0)


@pytest.fixture(scope="module")
def lesson_run(moons):
    """The lesson's run: 100 steps at learning rate 1.0 (a few seconds)."""
    X, y = moons
    return train_moons(lesson_model(), X, y, lr=1.0, steps=100)


# ----------------------------------------------------------------------
# The training run
# ----------------------------------------------------------------------
@pytest.mark.slow
def test_the_lesson_run_reaches_full_training_accuracy(lesson_run, moons):
    X, y = moons
    assert not lesson_run.diverged
    assert lesson_run.final_accuracy == 1.0
    assert len(lesson_run.losses) == len(lesson_run.accuracies) == 100
    assert lesson_run.final_loss < 0.05 < lesson_run.losses[0]
    # an independent count: the trained weights, run through numpy, classify every point
    net = NumpyMLP.from_mlp(lesson_run.model)
    assert np.all(np.sign(net.scores(X)) == y)


@pytest.mark.slow
def test_the_lesson_run_matches_the_numpy_network_step_by_step(lesson_run, moons):
    X, y = moons
    net = NumpyMLP.from_mlp(lesson_model())
    for k, engine_loss in enumerate(lesson_run.losses):
        loss, accuracy, _ = net.loss_and_grads(X, y, alpha=1e-4)
        assert loss == pytest.approx(engine_loss, abs=1e-9)
        assert accuracy == lesson_run.accuracies[k]
        net.step(1.0 - 0.9 * k / 99)  # from 1.0 to 0.1, written independently


def test_schedule_falls_from_lr_to_a_tenth_of_it_at_the_last_step():
    # the lesson says: from 1.0 at the first step to 0.1 at the last
    schedule = lr_schedule(1.0, 100)
    assert schedule(1) == 1.0
    assert schedule(100) == pytest.approx(0.1, abs=1e-15)
    assert schedule(2) == pytest.approx(1.0 - 0.9 / 99)
    rates = [schedule(k) for k in range(1, 101)]
    assert all(a > b for a, b in zip(rates, rates[1:]))
    assert lr_schedule(0.5, 10)(10) == pytest.approx(0.05)
    assert lr_schedule(0.5, 1)(1) == 0.5


def test_moons_loss_is_hinge_plus_l2_by_hand():
    model = MLP(2, [3, 1], seed=1)
    inputs, labels = [[0.5, -1.0], [1.5, 0.25]], [1, -1]
    loss, accuracy = moons_loss(model, inputs, labels, alpha=0.01)
    net = NumpyMLP.from_mlp(model)
    scores = net.scores(np.array(inputs))
    hand = np.mean(np.maximum(0.0, 1 - np.array(labels) * scores)) + 0.01 * sum(
        p.data**2 for p in model.parameters()
    )
    assert isinstance(loss, Value)
    assert loss.data == pytest.approx(hand, abs=1e-12)
    assert accuracy == np.mean(np.sign(scores) == np.array(labels))


@pytest.mark.parametrize("lr, words", [(10.0, "diverged at step"), (3.0, "the loss grew")])
def test_too_large_a_rate_is_reported_not_raised(moons, lr, words):
    X, y = moons
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run = train_moons(lesson_model(), X, y, lr=lr, steps=15)
    assert words in run.status and "the learning rate is too large" in run.status
    assert all(math.isfinite(v) for v in run.losses)


def test_bad_data_gets_a_clear_error():
    with pytest.raises(ValueError, match="shape"):
        train_moons(lesson_model(), np.zeros((3, 2)), np.ones(4), steps=1)


# ----------------------------------------------------------------------
# The progress bar and the trainer, headless
# ----------------------------------------------------------------------
def test_progress_bar_moves_and_its_stored_text_is_fixed():
    progress = ProgressBar(10, "training")
    assert isinstance(progress.bar, widgets.IntProgress)
    progress.update(4, "loss 0.5")
    assert progress.bar.value == 4 and progress.label.value == "step 4/10: loss 0.5"
    shown = []
    from IPython.core.interactiveshell import InteractiveShell  # display() needs a shell

    shell = InteractiveShell.instance()
    shell.display_pub.publish = lambda data, **kwargs: shown.append(data)
    try:
        progress._ipython_display_()
    finally:
        InteractiveShell.clear_instance()
    assert shown[0]["text/plain"] == "[training: a progress bar over 10 steps, shown with a running kernel]"
    assert "application/vnd.jupyter.widget-view+json" in shown[0]


def test_trainer_trains_at_its_default_and_shows_a_boundary(moons):
    X, y = moons
    trainer = MoonsTrainer(X, y, lesson_model, lr=1.0, steps=12)
    assert trainer.picture.png.startswith(PNG_SIGNATURE)
    assert "learning rate 1 (falling to 0.1): after 12 steps" in trainer.picture.description
    assert trainer.progress.bar.value == 12 and trainer.progress.bar.max == 12
    assert isinstance(trainer.controls["lr"], widgets.FloatLogSlider)


def test_moving_the_rate_waits_for_the_train_button(moons):
    X, y = moons
    trainer = MoonsTrainer(X, y, lesson_model, lr=1.0, steps=8)
    before = trainer.picture
    trainer.controls["lr"].value = 0.1
    assert trainer.picture is before  # choosing a rate does not train
    assert trainer.progress.label.value == "learning rate 0.1: press Train"

    trainer.train_button.click()  # what a click in the browser calls
    assert trainer.picture is not before
    assert "learning rate 0.1 (falling to 0.01)" in trainer.picture.description
    assert trainer.progress.bar.value == 8
    assert trainer.run.lr == 0.1 and len(trainer.run.losses) == 8

    trainer.controls["lr"].value = 10.0
    trainer.train_button.click()
    assert "diverged at step" in trainer.picture.description
    assert trainer.progress.label.value.endswith("the learning rate is too large")


def test_training_again_at_a_known_rate_gives_the_same_picture(moons):
    X, y = moons
    trainer = MoonsTrainer(X, y, lesson_model, lr=1.0, steps=5)
    first = trainer.picture
    trainer.controls["lr"].value = 0.5
    trainer.train_button.click()
    trainer.controls["lr"].value = 1.0
    trainer.train_button.click()
    assert trainer.picture is first


def test_data_picture_counts_the_classes(moons):
    X, y = moons
    picture = moons_data_picture(X, y)
    assert picture.png.startswith(PNG_SIGNATURE)
    assert picture.description == (
        "Two moons: 100 points, 50 of class -1 (upper moon) and 50 of class +1 (lower moon)."
    )


# ----------------------------------------------------------------------
# Exercise checks: the right answer, and every wrong answer a learner would
# really give, each with a message that is true for it
# ----------------------------------------------------------------------
@pytest.mark.parametrize("check", [lesson05.check_hinge_loss, lesson05.check_constant_score])
def test_placeholder_and_non_numbers_are_answered_kindly(check):
    feedback = check(None)
    assert not feedback and "Replace `None`" in feedback.message
    assert not check([1, 2]) and "you gave a list" in check([1, 2]).message
    typed = check("0.4")
    assert not typed and "typed the number as text" in typed.message


HINGE_POINTS = [(1, 2.0), (1, 0.3), (-1, -0.5)]


def test_hinge_oracle():
    losses = [max(0.0, 1 - label * score) for label, score in HINGE_POINTS]
    assert losses == pytest.approx([0.0, 0.7, 0.5])
    assert sum(losses) / 3 == pytest.approx(0.4)
    # the package's hinge agrees
    from micrograd_lite.train import hinge
    assert hinge([s for _, s in HINGE_POINTS], [y for y, _ in HINGE_POINTS]).data == pytest.approx(0.4)


@pytest.mark.parametrize("answer", [0.4, sum([0.0, 0.7, 0.5]) / 3, 0.4000001])
def test_check_hinge_loss_accepts_the_answer(answer):
    assert lesson05.check_hinge_loss(answer)


@pytest.mark.parametrize(
    "answer, words",
    [
        (1.2, "sum of the three"),
        (0.6, "divide by 3. (2) A sign slip on the second point, (0 + 1.3 + 0.5) / 3"),
        (0.2 / 3, "relu turns it into 0"),   # no relu, as computed
        (0.0667, "relu turns it into 0"),    # ... and as typed
        (0.067, "relu turns it into 0"),
        (2.2 / 3, "(1) A sign slip on the third point, (0 + 0.7 + 1.5) / 3"),
        (0.733, "(2) The first point's 1 - 2.0 = -1 counted as a loss of 1"),
        (0.7333, "(1) A sign slip on the third point, (0 + 0.7 + 1.5) / 3"),
        (0.7, "second point alone"),
        (0.5, "third point alone"),
        (0, "also charges a point whose margin"),
        (0.4001, "0.4001 is not it"),        # never rounded onto the answer
        (0.07, "0.07 is not it"),
        (-0.4, "-0.4 is below 0, and a hinge loss never is"),
    ],
)
def test_check_hinge_loss_mistakes(answer, words):
    feedback = lesson05.check_hinge_loss(answer)
    assert not feedback and words in feedback.message


def test_the_hinge_mistake_values_are_what_the_slips_give():
    no_relu = sum(1 - y * s for y, s in HINGE_POINTS) / 3
    wrong_sign = sum(max(0.0, 1 - (y if i < 2 else 1) * s) for i, (y, s) in enumerate(HINGE_POINTS)) / 3
    assert no_relu == pytest.approx(0.0667, abs=1e-4)
    assert wrong_sign == pytest.approx(0.7333, abs=1e-4)


def test_constant_score_oracle(moons):
    # the lesson's 100 points, every score 3: the data loss by the package's hinge
    from micrograd_lite.train import hinge
    X, y = moons
    assert hinge([3.0] * len(y), y.tolist()).data == pytest.approx(2.0)
    assert hinge([0.5] * len(y), y.tolist()).data == pytest.approx(1.0)  # any c in [-1, 1]
    assert lesson05.check_constant_score(2)
    assert lesson05.check_constant_score(2.0)


@pytest.mark.parametrize(
    "answer, words",
    [
        (0, "what each point of class +1 costs"),
        (4, "what each point of class -1 costs"),
        (1, "between -1 and 1, or without relu"),
        (200, "the sum over the 100 points"),
        (-2, "relu turns it into a cost of 0"),
        (-1, "A loss is never negative"),
        (1.5, "1.5 is not it"),
        (2.0001, "2.0001 is not it"),
    ],
)
def test_check_constant_score_mistakes(answer, words):
    feedback = lesson05.check_constant_score(answer)
    assert not feedback and words in feedback.message


# ----------------------------------------------------------------------
# Coding exercise: count_parameters
# ----------------------------------------------------------------------
def count_right(nin, nouts):
    sizes = [nin] + nouts
    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))


def count_weights_only(nin, nouts):
    sizes = [nin] + nouts
    return sum(a * b for a, b in zip(sizes, sizes[1:]))


def count_neurons(nin, nouts):
    return sum(nouts)


def count_every_layer_sees_nin(nin, nouts):
    return sum((nin + 1) * b for b in nouts)


def count_without_last_layer(nin, nouts):
    sizes = [nin] + nouts
    return sum((sizes[i] + 1) * sizes[i + 1] for i in range(len(nouts) - 1))


def count_without_first_layer(nin, nouts):
    return sum((a + 1) * b for a, b in zip(nouts, nouts[1:]))


def count_bias_per_input(nin, nouts):
    sizes = [nin] + nouts
    return sum(a * (b + 1) for a, b in zip(sizes, sizes[1:]))


def count_by_building(nin, nouts):
    return len(MLP(nin, nouts).parameters())


def count_forgets_return(nin, nouts):
    count_right(nin, nouts)


def count_mutates_its_argument(nin, nouts):
    nouts.insert(0, nin)  # a slip: changes the caller's list
    return sum((a + 1) * b for a, b in zip(nouts, nouts[1:]))


def count_indexes_wrongly(nin, nouts):
    return sum((nouts[i - 1] + 1) * nouts[i] for i in range(len(nouts) + 1))  # IndexError


def test_count_oracle_is_the_package():
    for nin, nouts in [(2, [16, 16, 1]), (3, [4, 4, 1]), (5, [2]), (1, [1]), (4, [3, 2, 7, 1])]:
        assert count_right(nin, nouts) == len(MLP(nin, nouts, seed=0).parameters())
    assert count_right(2, [16, 16, 1]) == 337


def count_cached_by(key):
    """count_parameters with a cache keyed by nin, or by the number of layers: right the
    first time a key is seen."""
    cache = {}

    def count_parameters(nin, nouts):
        k = nin if key == "nin" else len(nouts)
        if k not in cache:
            cache[k] = count_right(nin, nouts)
        return cache[k]
    return count_parameters


def make_count_that_adds_up():
    total = [0]  # a running total kept from one call to the next

    def count_parameters(nin, nouts):
        total[0] += count_right(nin, nouts)
        return total[0]
    return count_parameters


def make_count_sizes_in_a_default():
    def count_sizes_in_a_default(nin, nouts, sizes=[]):
        sizes += [nin, *nouts]  # the sizes of every call so far
        return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))
    return count_sizes_in_a_default


@pytest.mark.parametrize("count, where", [
    (Fresh(make_count_that_adds_up), "next (in a global, a default argument or an attribute)."),
    (Fresh(make_count_sizes_in_a_default), "next, in its default argument `sizes` (made once, shared by "
                               "every call)."),
])
def test_check_count_parameters_names_a_result_kept_between_calls(count, where):
    feedback = lesson05.check_count_parameters(answer(count))
    assert not feedback and "Called again, count_parameters(2, [16, 16, 1]) now returns" in (
        feedback.message) and "the first time it returned 337, which is right. Your function " \
        "keeps something from one call to the " + where in feedback.message


@pytest.mark.parametrize("count", [count_right])
def test_check_count_parameters_accepts_arithmetic(count):
    feedback = lesson05.check_count_parameters(count)
    assert feedback and "101,770" in feedback.message


@pytest.mark.parametrize(
    "count, words",
    [
        (None, "Define count_parameters"),
        (337, "should be a function; it is a int"),
        (lambda nin, nouts: 337, "returned 337; MLP(3, [4, 4, 1]) has 41 parameters. 337 is a "
                                 "number written in your code"),
        (count_cached_by("nin"), "count_parameters(2, [5, 1]) returned 337; MLP(2, [5, 1]) has 21 "
                                 "parameters. That is the count of an earlier call, "
                                 "count_parameters(2, [16, 16, 1])."),
        (count_cached_by("layers"), "count_parameters(3, [4, 4, 1]) returned 337; MLP(3, [4, 4, 1]) "
                                    "has 41 parameters. That is the count of an earlier call, "
                                    "count_parameters(2, [16, 16, 1])."),
        (count_weights_only, "counts the weights only"),
        (count_neurons, "counts the neurons"),
        (count_every_layer_sees_nin, "gives every layer nin inputs"),
        (count_without_last_layer, "leaves out the last layer"),
        (count_without_first_layer, "leaves out the first layer"),
        (count_bias_per_input, "one bias per input"),
        (count_by_building, "seems to build the network to count it"),
        (count_forgets_return, "returned None"),
        (lambda nin, nouts: "337", "returned a str"),
        (count_indexes_wrongly, "Your code raised IndexError"),
        (lambda nin, nouts: count_right(nin, nouts) + 1, "returned 338; MLP(2, [16, 16, 1]) has 337"),
        (count_mutates_its_argument,
         "count_parameters(2, [16, 16, 1]) changed the list nouts it was given: [16, 16, 1] "
         "became [2, 16, 16, 1]. Leave the caller's list as it is"),
    ],
)
def test_check_count_parameters_names_each_typical_bug(count, words):
    feedback = lesson05.check_count_parameters(count)
    assert not feedback and words in feedback.message


def count_plus_one(nin, nouts):
    sizes = [nin] + nouts
    return sum(b * (a + 1) for a, b in zip(sizes, sizes[1:])) + 1  # a stray + 1


def test_check_count_parameters_names_no_cause_a_number_only_happens_to_match():
    """338 for MLP(2, [16, 16, 1]) is also what a bias per input gives, but this function
    is the right count plus 1 (12 + 1 for MLP(5, [2]), where a bias per input gives 15):
    no cause is named, the message says how far off it is and lists the candidates."""
    said = "count_parameters(2, [16, 16, 1]) returned 338; MLP(2, [16, 16, 1]) has 337 parameters."
    assert lesson05.check_count_parameters(count_plus_one).message == (
        f"{said} Your count is too large by 1. Candidates: a stray + 1 or - 1, a layer left out "
        "or counted twice, a bias per input or one per layer instead of one per neuron, a layer "
        "whose neurons get no bias (the output layer has biases too: nonlin=False drops only "
        "relu), the wrong number of inputs for a layer, or numbers written for some sizes alone (a "
        "table of the networks you tried). A layer of b neurons with a inputs has b weights times a, plus b biases; "
        "the first layer has a = nin, every later layer has a = the size of the layer before.")
    assert in_chinese(lambda: lesson05.check_count_parameters(count_plus_one).message) == (
        "count_parameters(2, [16, 16, 1]) 返回了 338；MLP(2, [16, 16, 1]) 有 337 个参数。"
        "你的结果偏大 1。可能的原因有以下几种：（1）多了或少了一个 + 1。（2）漏掉或多算了一层。"
        "（3）给了每个输入一个偏置，或者每层一个偏置，而不是每个神经元一个。（4）某一层的神经元没算偏置"
        "（输出层也有偏置，nonlin=False 去掉的只是 relu）。（5）某一层的输入个数算错了。"
        "（6）只为某些大小写了数（比如按你试过的网络列了一张表）。一层有 b 个神经元、每个神经元有 a 个输入，就有 a × b 个权重，再加 b 个偏置；"
        "第一层的 a = nin，之后每一层的 a 都是前一层的大小。")


# ----------------------------------------------------------------------
# Coding exercise: Neuron, Layer, MLP
# ----------------------------------------------------------------------
import random  # noqa: E402


class NeuronRight:
    def __init__(self, nin, nonlin=True):
        self.w = [Value(random.uniform(-1, 1), label=f"w{i + 1}") for i in range(nin)]
        self.b = Value(0.0, label="b")
        self.nonlin = nonlin

    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return n.relu() if self.nonlin else n

    def parameters(self):
        return self.w + [self.b]


class NeuronBiasFirst(NeuronRight):
    def parameters(self):
        return [self.b] + self.w


class NeuronOneWeightShort(NeuronRight):
    def __init__(self, nin, nonlin=True):
        super().__init__(nin - 1, nonlin)


class NeuronStub:
    # the notebook's starting point, as a learner gets it
    def __init__(self, nin, nonlin=True):
        ...

    def __call__(self, x):
        ...

    def parameters(self):
        ...


class NeuronNoBias(NeuronRight):
    def parameters(self):
        return self.w


class NeuronBiasNotUsed(NeuronRight):
    def __call__(self, x):
        n = sum(wi * xi for wi, xi in zip(self.w, x))
        return n.relu() if self.nonlin else n


class NeuronNoRelu(NeuronRight):
    def __call__(self, x):
        return sum((wi * xi for wi, xi in zip(self.w, x)), self.b)


class NeuronAlwaysRelu(NeuronRight):
    def __call__(self, x):
        return sum((wi * xi for wi, xi in zip(self.w, x)), self.b).relu()


class NeuronTanh(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return n.tanh() if self.nonlin else n


class NeuronOnData(NeuronRight):
    def __call__(self, x):
        n = sum(wi.data * (xi.data if isinstance(xi, Value) else xi) for wi, xi in zip(self.w, x))
        n = Value(n + self.b.data)
        return n.relu() if self.nonlin else n


class NeuronReluByHand(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        if not self.nonlin:
            return n
        return n if n.data > 0 else Value(0.0)  # a new zero: the same grads as relu


class NeuronReturnsFloat(NeuronRight):
    def __call__(self, x):
        return super().__call__(x).data


class NeuronParametersAsNumbers(NeuronRight):
    def parameters(self):
        return [p.data for p in self.w + [self.b]]


class NeuronRandomBias(NeuronRight):
    def __init__(self, nin, nonlin=True):
        super().__init__(nin, nonlin)
        self.b = Value(0.5)  # where the exercise says Value(0.0)


class NeuronPositiveWeights(NeuronRight):
    def __init__(self, nin, nonlin=True):
        super().__init__(nin, nonlin)
        self.w = [Value(random.uniform(0, 1)) for _ in range(nin)]


class NeuronRunsBackward(NeuronRight):
    def __call__(self, x):
        n = super().__call__(x)
        n.backward()  # a backward pass of its own, before the loss exists
        return n


class NeuronParametersNested(NeuronRight):
    def parameters(self):
        return [self.w, self.b]


class NeuronDropsAnInput(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w[:-1], x[:-1])), self.b)
        return n.relu() if self.nonlin else n


class NeuronFusedPackage:
    def __init__(self, nin, nonlin=True):
        self.inner = MLP.__module__ and __import__("micrograd_lite.nn", fromlist=["Neuron"]).Neuron(
            nin, nonlin=nonlin)

    def __call__(self, x):
        return self.inner(x)

    def parameters(self):
        return self.inner.parameters()


class NeuronTypo(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.weights, x)), self.b)  # no such attribute
        return n.relu()


class NeuronAppendsTheBias(NeuronRight):
    def parameters(self):
        self.w.append(self.b)  # the list grows at every call
        return self.w


class NeuronYieldsItsParameters(NeuronRight):
    def parameters(self):
        yield from self.w
        yield self.b


class NeuronKeepsItsFirstOutput(NeuronRight):
    def __call__(self, x):
        if not hasattr(self, "out"):
            self.out = NeuronRight.__call__(self, x)  # worked out once, returned ever after
        return self.out


class NeuronListsTheBiasOnly(NeuronRight):
    def parameters(self):
        return [self.b]


class NeuronCopiesItsValues(NeuronRight):
    def parameters(self):
        return [Value(p.data) for p in self.w + [self.b]]


class NeuronOfThreeInputs(NeuronRight):
    def __init__(self, nin, nonlin=True):
        super().__init__(3, nonlin)  # right for the lesson's example only


class NeuronChangesItsInput(NeuronRight):
    def __call__(self, x):
        x.append(Value(0.0))  # changes the caller's list
        return super().__call__(x)


def make_neuron_with_class_weights():
    class Neuron(NeuronRight):
        w = []  # on the class: every neuron's

        def __init__(self, nin, nonlin=True):
            self.w.extend(Value(random.uniform(-1, 1)) for _ in range(nin))
            self.b, self.nonlin = Value(0.0), nonlin
    return Neuron


def make_neuron_with_module_weights():
    latest = {}

    class Neuron(NeuronRight):
        def __init__(self, nin, nonlin=True):
            super().__init__(nin, nonlin)
            latest["w"] = self.w  # the last neuron's weights, used by every neuron

        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(latest["w"], x)), self.b)
            return n.relu() if self.nonlin else n
    return Neuron


def test_neuron_oracle_values_by_hand():
    # w = [0.5, -1, 2], b = 0.25
    assert 0.5 * 2 + (-1) * (-1) + 2 * 0.5 + 0.25 == 3.25
    assert 0.5 * 1 + (-1) * 2 + 2 * (-0.5) + 0.25 == -2.25


class NeuronBiasAfterRelu(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), Value(0.0))
        return n.relu() + self.b if self.nonlin else n + self.b


class NeuronListsTheLastWeightsMade(NeuronRight):
    """Weights also kept in a list on the class; parameters() lists its last ones."""
    made = []

    def __init__(self, nin, nonlin=True):
        super().__init__(nin, nonlin)
        type(self).made = type(self).made + self.w

    def parameters(self):
        return type(self).made[-len(self.w):] + [self.b]


@pytest.mark.parametrize("Neuron, english, chinese", [
    (NeuronBiasAfterRelu, "That is relu(w . x) + b: the bias is added after relu.",
     "这是 relu(w . x) + b，偏置是在 relu 之后才加上的。"),
    (NeuronListsTheLastWeightsMade,
     "Neuron(3, nonlin=True).parameters() gave other Values once the check had made and used "
     "another neuron, not the ones it listed first (the ones its output is made from): your "
     "neurons share `made`, an attribute of the class",
     "检查函数又建了一个神经元并用过之后，Neuron(3, nonlin=True).parameters() 给出的是别的 Value"),
])
def test_walk_52_a_bias_after_relu_and_parameters_that_change_when_another_neuron_is_made(
        Neuron, english, chinese):
    """Walk 52: the bias after relu was told to sum all 3 inputs; parameters() that list
    the last neuron's weights passed (its output used its own)."""
    said = lesson05.check_neuron(Neuron)
    assert not said and english in said.message, said.message
    assert chinese in in_chinese(lambda: lesson05.check_neuron(Neuron)).message


@pytest.mark.parametrize("Neuron", [NeuronRight, NeuronReluByHand, lambda nin, nonlin=True: __import__(
    "micrograd_lite.nn", fromlist=["Neuron"]).Neuron(nin, nonlin=nonlin, fused=False)])
def test_check_neuron_accepts_the_unfused_neuron(Neuron):
    feedback = lesson05.check_neuron(Neuron)
    assert feedback and "same output and gradients" in feedback.message


@pytest.mark.parametrize(
    "Neuron, words",
    [
        (None, "Define the class Neuron"),
        (NeuronStub, "parameters() returned None"),
        (NeuronNoBias, "has 3 Values: the 3 weights but no bias"),
        (NeuronBiasFirst, "lists the bias first"),
        (NeuronOneWeightShort, "has 3 Values: 2 weights and a bias"),
        (NeuronBiasNotUsed, "leaves out the bias b"),
        (NeuronNoRelu, "without relu: apply relu when nonlin is True"),
        (NeuronAlwaysRelu, "With nonlin=False there is no activation"),
        (NeuronTanh, "That is tanh"),
        (NeuronOnData, "its graph has only 1 operation node. "),
        (NeuronReturnsFloat, "returned a float"),
        (NeuronParametersAsNumbers, "holds a float. It should hold the Value objects themselves "
                                    "(not their .data)"),
        (NeuronRandomBias,
         "A new Neuron(64) starts with the bias 0.5. The exercise starts every bias at 0, "
         "Value(0.0), as micrograd does"),
        (NeuronPositiveWeights, "all of one sign. Draw each with random.uniform(-1, 1)"),
        (NeuronRunsBackward,
         "Neuron(3, nonlin=True) on [2.0, -1.0, 0.5] changed the grads before the check called "
         "backward(): right after the call, out.grad is 1, where it should still be 0."),
        (NeuronParametersNested,
         "Neuron(3, nonlin=True).parameters() holds a list inside the list. It should be one flat "
         "list of Values, with no list inside it: join lists with + (self.w + [self.b]) or extend "
         "one list, rather than put one in the other ([self.w, self.b])."),
        (NeuronDropsAnInput, "it should give 3.25"),
        (NeuronFusedPackage, "its graph has only 1 operation node. "),
        (NeuronListsTheBiasOnly, "Neuron(3, nonlin=True).parameters() has 1 Value; it should have 4"),
        (NeuronAppendsTheBias,
         "Neuron(3, nonlin=True).parameters() gave 4 Values the first time and 5 the second: "
         "each call adds to a list that is kept between calls"),
        (NeuronCopiesItsValues, "parameters() gives new Value objects at every call"),
        (NeuronKeepsItsFirstOutput,
         "Neuron(3, nonlin=True) on [1.0, 2.0, -0.5] returned the very Value it returned on "
         "[2.0, -1.0, 0.5]: it gives back an output kept from an earlier call"),
        (NeuronYieldsItsParameters,
         "Neuron(3, nonlin=True).parameters() returned a generator; it should return a list of "
         "Values. A generator has no len()"),
        (NeuronOfThreeInputs,
         "Neuron(5, nonlin=True).parameters() has 4 Values: 3 weights and a bias. A neuron has "
         "one weight per input: Neuron(5) needs 5 weights"),
        (NeuronChangesItsInput,
         "Neuron(3, nonlin=True) changed the list of inputs it was given, on [2.0, -1.0, 0.5]"),
        (Fresh(make_neuron_with_class_weights),
         "Neuron(3, nonlin=False).parameters() has 7 Values; it should have 4. Your Neuron "
         "changes `w`, an attribute of the class itself, which every Neuron shares"),
        (Fresh(make_neuron_with_module_weights),
         "Neuron(3, nonlin=True) on [2.0, -1.0, 0.5] gave 3.25 at first, and 0.75 once the check "
         "had made and used another one: your objects share something kept outside each object"),
        (NeuronTypo, "Your code raised AttributeError"),
    ],
)
def test_check_neuron_names_each_typical_bug(Neuron, words):
    feedback = lesson05.check_neuron(answer(Neuron))
    assert not feedback and words in feedback.message


class NeuronFromData(NeuronRight):
    def __call__(self, x):
        n = Value(sum(wi.data * xi for wi, xi in zip(self.w, x)) + self.b.data)
        return n.relu() if self.nonlin else n


def _line_of(method):
    """The line of a method's first statement in this file."""
    return method.__code__.co_firstlineno + 1


def test_check_neuron_from_data_is_told_its_inputs_were_values():
    """On the float list the code runs; on Values (as the check and a network pass them)
    w.data * x is a Value and Value(...) of it raises. The message says the inputs were
    Values and not to take .data (which would cut the graph)."""
    english = lesson05.check_neuron(NeuronFromData).message
    assert english.startswith(
        "Your code raised TypeError: Value() needs a real number (int or float), got Value ")
    assert english.endswith(
        ", while calling Neuron(3, nonlin=True) on Values made from [2.0, -1.0, 0.5]. The inputs "
        "were Values made from those numbers: in a network, every layer after the first is given "
        "Values. Your code gave a Value where the engine needs a plain number. Taking .data, as the "
        "error's own hint says, is not the fix here: it cuts the graph. Combine the Values themselves (w * x with Values, then "
        f"+ b) and return the Value they give. It came from line {_line_of(NeuronFromData.__call__)} "
        "in `__call__`: `n = Value(sum(wi.data * xi for wi, xi in zip(self.w, x)) + self.b.data)`.")
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronFromData).message)
    assert chinese.startswith(
        "用 [2.0, -1.0, 0.5] 做成的 Value 调用 Neuron(3, nonlin=True) 时，你的代码抛出了 TypeError。")
    assert chinese.endswith(
        "`。传进去的输入是用这些数做成的 Value。在网络里，第一层之后的每一层拿到的都是 Value。"
        "你的代码把一个 Value 放到了只能用实数的地方。错误信息提示取 .data，但在这里那样做并不对，会切断计算图。"
        "请直接用这些 Value 计算（用 Value 做 w * x，再加 b），返回算出来的 Value。"
        f"出错的是第 {_line_of(NeuronFromData.__call__)} 行 "
        "`n = Value(sum(wi.data * xi for wi, xi in zip(self.w, x)) + self.b.data)`，在 `__call__` 里。")
    assert "取它的 .data" not in chinese


def make_network(Neuron=NeuronRight, sizes_bug=None, last_nonlin=False, hidden_nonlin=True,
                 nonlin_of=None):
    """A Layer and a network class; ``nonlin_of(i, count)``, if given, says whether
    layer i of count applies relu."""
    class Layer:
        def __init__(self, nin, nout, **kwargs):
            self.neurons = [Neuron(nin, **kwargs) for _ in range(nout)]

        def __call__(self, x):
            out = [n(x) for n in self.neurons]
            return out[0] if len(out) == 1 else out

        def parameters(self):
            return [p for n in self.neurons for p in n.parameters()]

    class Network:
        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            pairs = list(zip(sizes, sizes[1:]))
            if sizes_bug == "every layer sees nin":
                pairs = [(nin, b) for b in nouts]
            elif sizes_bug == "no last layer":
                pairs = pairs[:-1]
            elif sizes_bug == "no first layer":
                pairs = pairs[1:]
            self.layers = [
                Layer(a, b, nonlin=(last_nonlin if i == len(pairs) - 1 else hidden_nonlin)
                      if nonlin_of is None else nonlin_of(i, len(pairs)))
                for i, (a, b) in enumerate(pairs)
            ]

        def __call__(self, x):
            for layer in self.layers:
                x = layer(x)
            return x

        def parameters(self):
            return [p for layer in self.layers for p in layer.parameters()]

    return Layer, Network


def _layers_unread(network):
    """``(Layer, MLP)`` with the MLP's layers kept as ``self.stack``, not ``self.layers``."""
    Layer, Network = network

    class Stacked(Network):
        def __init__(self, nin, nouts):
            super().__init__(nin, nouts)
            self.stack = self.__dict__.pop("layers")

        def __call__(self, x):
            for layer in self.stack:
                x = layer(x)
            return x

        def parameters(self):
            return [p for layer in self.stack for p in layer.parameters()]
    return Layer, Stacked


class LayerOneNeuron:
    def __init__(self, nin, nout, **kwargs):
        self.neuron = NeuronRight(nin, **kwargs)

    def __call__(self, x):
        return self.neuron(x)

    def parameters(self):
        return self.neuron.parameters()


class LayerAlwaysAList(make_network()[0]):
    def __call__(self, x):
        return [n(x) for n in self.neurons]  # a list even when nout is 1


def make_layer_keeping_its_neurons_outside():
    neurons = []  # one list for every layer made

    class Layer(make_network()[0]):
        def __init__(self, nin, nout, **kwargs):
            neurons.extend(NeuronRight(nin, **kwargs) for _ in range(nout))
            self.neurons = neurons
    return Layer


class LayerOfTwoNeurons(make_network()[0]):
    def __init__(self, nin, nout, **kwargs):
        super().__init__(nin, 2, **kwargs)  # the example's two neurons, whatever nout says


class NetworkFirstLayerOnly(make_network()[1]):
    def __call__(self, x):
        return self.layers[0](x)


class LayerStub:
    def __init__(self, nin, nout, **kwargs):
        self.neurons = [NeuronRight(nin, **kwargs) for _ in range(nout)]

    def __call__(self, x):
        ...

    def parameters(self):
        ...


def test_check_mlp_accepts_right_networks():
    assert lesson05.check_mlp(*make_network())
    from micrograd_lite import nn
    feedback = lesson05.check_mlp(lambda nin, nout, **kw: nn.Layer(nin, nout, fused=False, **kw), lesson05.worked_mlp)
    assert feedback and "same scores and gradients" in feedback.message


@pytest.mark.parametrize(
    "network, words",
    [
        ((None, None), "Define the class Layer"),
        (make_network(NeuronNoBias), "2 neurons with 3 weights each, but no biases"),
        ((LayerOneNeuron, make_network()[1]), "that is one neuron"),
        (make_network(sizes_bug="every layer sees nin"), "Your layers, as inputs → neurons, are "
         "2 → 4, 2 → 3, 2 → 1; the network needs 2 → 4, 4 → 3, 3 → 1"),
        (make_network(sizes_bug="no last layer"), "are 2 → 4, 4 → 3; the network needs 2 → 4, 4 → 3, "
         "3 → 1: the sizes are [nin] + nouts, and layer i takes the outputs of layer i - 1. That is "
         "2 layers where nouts asks for 3"),
        (make_network(sizes_bug="no first layer"), "are 4 → 3, 3 → 1; the network needs"),
        # layers under other names: what the count alone suggests
        (_layers_unread(make_network(sizes_bug="every layer sees nin")), "every layer seems to take the 2 inputs"),
        (_layers_unread(make_network(sizes_bug="no last layer")), "the last layer seems to be missing"),
        (_layers_unread(make_network(sizes_bug="no first layer")), "the first layer seems to be missing"),
        (make_network(last_nonlin=True), "Your output goes through relu"),
        (make_network(hidden_nonlin=False), "Your hidden layers have no relu"),
        (make_network(NeuronOnData), "after backward() parameters()[0]"),
        (make_network(NeuronBiasNotUsed), "(Does your Neuron pass its check?)"),
        ((LayerAlwaysAList, make_network()[1]), "a layer of one neuron should return that"),
        ((Fresh(make_layer_keeping_its_neurons_outside), make_network()[1]),
         "Layer(3, 1) has 12 parameters; it should have 4 (one neuron: 3 weights and a bias), "
         "while the Layer(3, 2) made just before had the right 8. Candidates: a number of neurons "
         "written for the example instead of nout, or neurons kept from the layers made before "
         "(in a list at module level, or in a default argument such as neurons=[])."),
        ((LayerOfTwoNeurons, make_network()[1]), "Layer(3, 1) has 8 parameters; it should have 4"),
        ((make_network()[0], NetworkFirstLayerOnly), "Pass x through the layers in turn"),
        ((LayerStub, make_network()[1]), "(a layer: the parameters of each of its neurons"),
    ],
)
def test_check_mlp_names_each_typical_bug(network, words):
    feedback = lesson05.check_mlp(*map(answer, network))
    assert not feedback and words in feedback.message


def test_check_mlp_inputs_tell_every_relu_pattern_apart():
    # the check names the layers whose relu is missing or extra when the scores are
    # those of one pattern: no two patterns may give the same scores on its points
    import itertools

    from micrograd_lite.exercises.lesson05 import _MLP_TRIALS
    for trial in _MLP_TRIALS:
        scores = [tuple(round(trial.reference(relus)(x).data, 6) for x in trial.inputs)
                  for relus in itertools.product((True, False), repeat=len(trial.nouts))]
        assert len(set(scores)) == len(scores)


def network_with_relu_in(*layers):
    """A network whose layers apply relu exactly when their number (from 1) is in ``layers``
    (negative numbers count from the end)."""
    return make_network(nonlin_of=lambda i, count: i + 1 in layers or i - count in layers)


def network_with_class_layers():
    Layer, Network = make_network()

    class ClassLayersNetwork(Network):
        layers = []  # on the class: every network's

        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            self.layers.clear()
            self.layers.extend(Layer(a, b, nonlin=i < len(nouts) - 1)
                               for i, (a, b) in enumerate(zip(sizes, sizes[1:])))
    return Layer, ClassLayersNetwork


def network_that_changes_nouts():
    Layer, Network = make_network()

    class InsertingNetwork(Network):
        def __init__(self, nin, nouts):
            nouts.insert(0, nin)  # changes the caller's list
            self.layers = [Layer(a, b, nonlin=i < len(nouts) - 2)
                           for i, (a, b) in enumerate(zip(nouts, nouts[1:]))]
    return Layer, InsertingNetwork


@pytest.mark.parametrize(
    "network, words",
    [
        (network_with_relu_in(1), "With the same weights as the package's MLP(2, [4, 3, 1]), your "
         "network gives the score -0.8567 for the point [1.0, -0.5]; it should give -0.3558. "
         "Your scores on every point are those of the same network without relu in layer 2 (self.layers[1]): "
         "every layer but the last applies relu (nonlin=True), here the 2 hidden layers. "
         "Check how that layer is made."),
        (network_with_relu_in(-1), "those of the same network with relu in layer 3 (self.layers[2]). Relu belongs "
         "in every layer but the last (here the 2 hidden layers), and the last layer, layer 3, "
         "has none (nonlin=False)."),
        (network_with_relu_in(1, 2), "MLP(3, [5, 4, 3, 1]), your network gives the score 0.6738 "
         "for the point [2.0, 1.5, 0.5]; it should give 0.4123. Your scores on every point are "
         "those of the same network without relu in layer 3"),
        (network_with_relu_in(2, -1), "with relu in layer 2 (self.layers[1]), layer 3 (self.layers[2]). Relu belongs"),
        (network_with_class_layers(), "MLP(2, [4, 3, 1]) on [1.0, -0.5] gave -0.3558 at first, "
         "and 0.1027 once the check had made and used another one: your objects share `layers`, "
         "an attribute of the class itself"),
        (network_that_changes_nouts(), "MLP(2, [4, 3, 1]) changed the list nouts it was given: "
         "[4, 3, 1] became [2, 4, 3, 1]"),
        (make_network(NeuronAppendsTheBias), "Layer(3, 2).parameters() gave 8 Values the first "
         "time and 10 the second"),
    ],
)
def test_check_mlp_names_the_real_cause(network, words):
    feedback = lesson05.check_mlp(*network)
    assert not feedback and words in feedback.message


def test_a_learners_mlp_from_the_same_seed_gives_the_packages_numbers():
    # what the lesson shows after the exercise
    Layer, Network = make_network()
    random.seed(0)
    yours = Network(2, [16, 16, 1])
    random.seed(0)
    package = MLP(2, [16, 16, 1], fused=False)
    assert [p.data for p in yours.parameters()] == [p.data for p in package.parameters()]
    assert yours([1.0, -0.5]).data == pytest.approx(package([1.0, -0.5]).data, abs=1e-12)


# ----------------------------------------------------------------------
# Coding exercise: training_step
# ----------------------------------------------------------------------
def make_step(order=("zero_grad", "backward"), update=lambda p, lr: p.data - lr * p.grad,
              some=lambda params: params, returned=lambda loss, accuracy, model, loss_fn: (loss.data, accuracy)):
    """A training_step as a learner writes it, with one slip: the steps ``order`` runs
    after the forward pass, the ``update`` of each parameter, the parameters it
    updates (``some``), and what it returns."""
    def training_step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        for action in order:
            model.zero_grad() if action == "zero_grad" else loss.backward()
        for p in some(model.parameters()):
            p.data = update(p, learning_rate)
        return returned(loss, accuracy, model, loss_fn)
    return training_step


step_right = make_step()
step_no_zero_grad = make_step(order=("backward",))
step_plus = make_step(update=lambda p, lr: p.data + lr * p.grad)
step_zero_after_backward = make_step(order=("backward", "zero_grad"))
step_no_backward = make_step(order=("zero_grad",))
step_backward_twice = make_step(order=("zero_grad", "backward", "backward"))
step_times_data = make_step(update=lambda p, lr: p.data - lr * p.grad * p.data)
step_data_for_grad = make_step(update=lambda p, lr: p.data - lr * p.data)
step_dropping_the_data = make_step(update=lambda p, lr: -lr * p.grad)
step_writing_a_value = make_step(update=lambda p, lr: p - lr * p.grad)  # the Value p, not p.data
def step_skips_the_biases(model, loss_fn, learning_rate):
    """Updates every weight and leaves the neurons' biases as they are."""
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    biases = {id(neuron.b) for layer in model.layers for neuron in layer.neurons}
    for p in model.parameters():
        if id(p) not in biases:
            p.data = p.data - learning_rate * p.grad
    return loss.data, accuracy


# Walk finding: the output bias's gradient was exactly 0 on the check's network
step_skips_the_last_parameter = make_step(some=lambda params: params[:-1])
step_of_the_lessons_337 = make_step(some=lambda params: params[:337])  # the lesson's network
step_of_the_first_31 = make_step(some=lambda params: params[:31])
step_returns_nothing = make_step(returned=lambda *_: None)
step_returns_the_value = make_step(returned=lambda loss, accuracy, *_: (loss, accuracy))
step_returns_only_the_value = make_step(returned=lambda loss, *_: loss)
step_returns_accuracy_first = make_step(returned=lambda loss, accuracy, *_: (accuracy, loss.data))
step_returns_the_loss_after = make_step(
    returned=lambda loss, accuracy, model, loss_fn: (loss_fn(model)[0].data, accuracy))


def step_stub(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)  # 2. forward pass and 3. loss
    ...  # your code: 4. fresh gradients and the backward pass, 5. the update
    return loss.data, accuracy


def step_fixed_rate(model, loss_fn, learning_rate):
    return step_right(model, loss_fn, 1.0)


def step_raises(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    loss.backwards()  # a typo
    return loss.data, accuracy


def step_zeroes_the_data(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    for p in model.parameters():
        p.data = 0.0  # meant p.grad = 0.0
    loss.backward()
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    return loss.data, accuracy


def make_step_that_keeps_the_parameters():
    kept = []

    def training_step(model, loss_fn, learning_rate):
        if not kept:
            kept.extend(model.parameters())  # the first model's, for every later call
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in kept:
            p.data -= learning_rate * p.grad
        return loss.data, accuracy
    return training_step


def test_check_training_step_steps_two_networks_in_turn():
    feedback = lesson05.check_training_step(make_step_that_keeps_the_parameters())
    assert not feedback and feedback.message.startswith(
        "Your training_step is right on one network, but not on two stepped in turn (a new "
        "first network and a second one, MLP(3, [16, 16, 1]) on points of 3 numbers). After step "
        "1, model.parameters()[0] of the first network is -0.09524; it should be -0.03635. Your "
        "training_step keeps something from one call to the next")


def step_clipping_the_gradient(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= learning_rate * max(-1.0, min(1.0, p.grad))  # no state: right on small grads
    return loss.data, accuracy


def make_step_at_rate(rate_at):
    """A right step, but with the rate ``rate_at(call, learning_rate)`` at its call-th call."""
    calls = []

    def training_step(model, loss_fn, learning_rate):
        calls.append(1)
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        rate = rate_at(len(calls), learning_rate)
        for p in model.parameters():
            p.data -= rate * p.grad
        return loss.data, accuracy
    return training_step


def make_step_wrong_on_its_fifth_call():  # (the second network's first step)
    return make_step_at_rate(lambda call, learning_rate: learning_rate / 2 if call == 5 else learning_rate)


def test_a_step_wrong_on_the_second_network_alone_is_not_said_to_keep_state():
    message = lesson05.check_training_step(step_clipping_the_gradient).message
    assert message.startswith(
        "Your training_step is right on the check's small network, MLP(2, [4, 1]), but not on MLP(3, [16, 16, "
        "1]) on points of 3 numbers, even stepped alone: after step 1, its parameter model.parameters()[99] is "
        "1.119; it should be 1.126. Candidates: an update that agrees with p.data - "
        "learning_rate * p.grad only on small gradients")
    assert "While the check called it, your code changed" not in message  # it keeps nothing: no place is named
    # wrong there only beside the first network, right alone: kept state, as before
    message = lesson05.check_training_step(make_step_wrong_on_its_fifth_call()).message
    assert "After step 1, model.parameters()[0] of the second network is" in message
    assert "Your training_step keeps something from one call to the next" in message


@pytest.mark.parametrize("check, answer", [
    (lesson05.check_training_step, step_fixed_rate),
    (lesson05.check_training_step, step_returns_the_loss_after),
    (lesson05.check_neuron, NeuronTanh),
    (lesson05.check_mlp, make_network(last_nonlin=True)),
    (lesson05.check_mlp, make_network(NeuronOnData)),
    (lesson05.check_mlp, make_network(NeuronBiasNotUsed)),
])
def test_numbers_in_messages_are_written_short(check, answer):
    # the check's own numbers with as few digits as show the difference, never 0.9514089290221698
    import re

    message = check(*answer).message if isinstance(answer, tuple) else check(answer).message
    assert not re.search(r"\d\.\d{6,}", message), message


@pytest.mark.parametrize("step", [step_right, lesson05.worked_training_step])
def test_check_training_step_accepts_right_steps(step):
    feedback = lesson05.check_training_step(step)
    assert feedback and "(the grads cleared, then backward)" in feedback.message


@pytest.mark.parametrize(
    "step, words",
    [
        (None, "Define training_step"),
        (step_stub, "After step 1 no parameter has moved"),
        (step_no_backward, "After step 1 no parameter has moved"),
        (step_zero_after_backward, "After step 1 no parameter has moved"),
        (step_no_zero_grad, "Your first step is right and the second is not"),
        (step_plus, "walks uphill"),
        (step_fixed_rate, "Step 1 moves every parameter by its whole gradient, a rate of 1, where the "
                          "learning rate given is 0.4: the update leaves learning_rate out (or uses a 1 "
                          "written in)"),
        (lambda model, loss_fn, learning_rate: step_right(model, loss_fn, 0.5 * learning_rate),
         "Step 1 moves every parameter by 0.2 times its gradient, where the learning rate given is "
         "0.4: your update does not use the learning_rate argument as it is. Candidates:"),
        (step_skips_the_biases, "did not move though their gradient says they should (the first is model.parameters()["),
        (step_skips_the_last_parameter, "After step 1, 1 of the 17 parameters did not move though its "
                                        "gradient says it should: model.parameters()[16]."),
        (step_returns_nothing, "returned None at step 1"),
        (step_returns_the_loss_after, "before the update"),
        (step_raises, "Your code raised AttributeError"),
        (step_returns_the_value, "returned the loss Value; return its number"),
        (step_of_the_lessons_337, "parameters of the second network did not move (the first is "
                                  "model.parameters()[337])"),
        (step_returns_the_loss_after,
         "Return the loss that loss_fn gave at the start, before the update. Candidates: a loss "
         "computed after the update, a loss from another function than the loss_fn passed in"),
        (step_returns_only_the_value, "returned the loss Value itself"),
        (step_returns_accuracy_first, "the order is swapped"),
        (step_times_data, "Your update multiplies by p.data"),
        (step_data_for_grad, "subtracts learning_rate * p.data"),
        (step_backward_twice, "Candidates: backward() run twice (it adds to .grad each time)"),
        (step_zeroes_the_data, "sets every p.data to 0 before backward()"),
    ],
)
def test_check_training_step_names_each_typical_bug(step, words):
    feedback = lesson05.check_training_step(step)
    assert not feedback and words in feedback.message


# ----------------------------------------------------------------------
# Every "things to try" and claim of the lesson is what the code does
# ----------------------------------------------------------------------
def _switched_off(model, X):
    """How many hidden neurons give 0 for every point: each point sent through the
    engine's own layers, neuron by neuron (not numpy's matrices, which
    classifier.switched_off_neurons uses)."""
    hidden = model.layers[:-1]  # relu layers; the output layer is linear
    ever_on = [[False] * len(layer.neurons) for layer in hidden]
    for point in X:
        x = [Value(float(v)) for v in point]
        for on, layer in zip(ever_on, hidden):
            x = [neuron(x) for neuron in layer.neurons]
            for j, out in enumerate(x):
                on[j] = on[j] or out.data > 0.0
    return sum(not on_j for on in ever_on for on_j in on)


@pytest.mark.slow
def test_trainer_things_to_try(moons):
    X, y = moons
    slow = train_moons(lesson_model(), X, y, lr=0.1, steps=100)
    assert round(slow.final_accuracy * len(y)) == len(y) - 5  # 5 points on the wrong side
    off = train_moons(lesson_model(), X, y, lr=3.16, steps=100)  # the slider's 10 ** 0.5 too
    assert _switched_off(off.model, X) == 27
    assert off.final_accuracy == 0.5 and off.final_loss > off.losses[0]
    explodes = train_moons(lesson_model(), X, y, lr=10.0, steps=100)
    assert explodes.diverged_at == 3


@pytest.mark.slow
def test_the_lesson_loop_reaches_full_accuracy_with_the_schedule_it_states(moons):
    X, y = moons
    run = train_moons(lesson_model(), X, y, lr=1.0, steps=100)
    assert run.final_accuracy == 1.0
    assert run.status == "after 100 steps: loss 0.0112, training accuracy 100%"


def test_the_rates_quoted_for_the_trainer_are_slider_positions():
    from micrograd_lite.widgets.training import MoonsTrainer

    X, y = make_moons(n_samples=20, noise=0.1, seed=0)
    slider = MoonsTrainer(X, y, make_model=lambda: MLP(2, [4, 1], seed=0), steps=2).controls["lr"]
    positions = [10 ** (slider.min + k * slider.step)
                 for k in range(round((slider.max - slider.min) / slider.step) + 1)]
    for quoted in (0.1, 1.0, 3.16, 10.0):
        assert any(f"{p:.3g}" == f"{quoted:.3g}" for p in positions), quoted


def test_the_slider_position_and_the_typed_rate_switch_off_the_same_neurons(moons):
    X, y = moons
    for rate in (3.16, 10 ** 0.5):
        run = train_moons_numpy(lesson_model(), X, y, lr=rate)
        assert switched_off_neurons(run.model, X) == 27
        assert run.final_accuracy == 0.5 and run.final_loss > run.losses[0]
    assert switched_off_neurons(train_moons_numpy(lesson_model(), X, y, lr=1.0).model, X) == 6


def test_switched_off_neurons_counts_what_its_oracle_counts(moons):
    X, y = moons
    model = lesson_model()
    before = _switched_off(model, X)
    for neuron in model.layers[0].neurons[:3]:
        *weights, bias = neuron.parameters()
        for w in weights:
            w.data = 0.0
        bias.data = -1.0  # gives 0 for every point
    assert switched_off_neurons(model, X) == _switched_off(model, X) > before


@pytest.mark.slow
def test_the_bumps_of_the_lesson_run_that_the_printout_hides(lesson_run):
    losses, accuracies = lesson_run.losses, lesson_run.accuracies
    assert (round(losses[1], 3), round(losses[2], 3)) == (0.878, 2.347)  # steps 2 and 3
    # "step k" is losses[k - 1]: the loss goes up on 24 of the 99 steps after the first
    rises = [k + 1 for k in range(1, len(losses)) if losses[k] > losses[k - 1]]
    assert len(losses) == 100 and len(rises) == 24 and rises[0] == 3
    sharp = [k + 1 for k in range(3, len(losses)) if losses[k] > 1.4 * losses[k - 1]]
    assert sharp == [17, 25, 27, 43]
    # "the rate starts at 1.0 and is still above 0.6 at step 43" (the lesson's schedule)
    assert 0.6 < 1.0 - 0.9 * 42 / 99 < 0.62 and "still above 0.6 at\nstep 43" in "".join(
        c.source for c in _lesson05_cells() if c.cell_type == "markdown")
    assert accuracies.index(1.0) + 1 == 35
    dips = [(k + 1, accuracies[k]) for k in range(35, 100) if accuracies[k] < 1.0]
    assert dips == [(37, 0.99), (43, 0.98)]


def test_the_untrained_scores_are_all_positive_so_accuracy_is_half(moons):
    X, y = moons
    scores = [lesson_model()(x).data for x in X.tolist()]
    assert (round(min(scores), 2), round(max(scores), 2)) == (0.03, 2.05)
    assert all(s > 0 for s in scores) and sum(s > 1 for s in scores) == 25
    assert sum(y == 1) == 50
    loss, accuracy = moons_loss(lesson_model(), X.tolist(), y.tolist())
    assert accuracy == 0.5 and round(loss.data, 2) == 0.93


def test_an_untrained_network_starts_near_one(moons):
    # the constant-score solution: scores in [-1, 1] cost exactly 1; ours start at 0.93
    X, y = moons
    loss, accuracy = moons_loss(lesson_model(), X.tolist(), y.tolist())
    assert 0.9 < loss.data < 1.0


@pytest.mark.parametrize(
    "check", ["check_neuron", "check_mlp", "check_count_parameters", "check_training_step"]
)
def test_the_notebooks_coding_exercise_stub_fails_and_its_solution_passes(check):
    from test_lesson04 import _notebook_solutions

    solutions = _notebook_solutions("05_training_a_network.ipynb", ["check_neuron", check])
    stub, solution = solutions[check]
    for source, passes in ((stub, False), (solution, True)):
        namespace = {"Value": Value}
        if check == "check_mlp":  # its solution uses the Neuron of exercise 1
            exec(solutions["check_neuron"][1].rpartition("\n\n\ncheck_")[0], namespace)
        body, _, last = source.rstrip().rpartition("\n")
        exec(body, namespace)
        exec(f"from micrograd_lite.exercises.lesson05 import {check}", namespace)
        assert bool(eval(last, namespace)) is passes


def test_the_timing_cell_is_marked_by_a_tag_not_by_a_comment_a_learner_reads():
    import nbformat
    from pathlib import Path

    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    for name in ("04_gradient_descent.ipynb", "05_training_a_network.ipynb"):
        for cell in nbformat.read(notebooks / name, as_version=4).cells:
            assert "NBVAL" not in cell.source.upper().replace("NBVAL-IGNORE", "")
    cells = nbformat.read(notebooks / "05_training_a_network.ipynb", as_version=4).cells
    timing = [c for c in cells if "perf_counter" in c.source]
    assert len(timing) == 1 and timing[0].metadata["tags"] == ["nbval-ignore-output"]


def test_the_speed_benchmark_runs_at_tiny_sizes():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "benchmarks/lesson05_speedup.py", "--rounds", "2", "--engine-steps", "1",
         "--numpy-steps", "2"], cwd=root, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("machine: ")
    assert "numpy over the engine: median" in result.stdout and "over 2 rounds" in result.stdout


@pytest.mark.parametrize(
    "Layer, MLP, words",
    [
        (None, None, "Define the class Layer"),
        (make_network()[0], None, "Define the class MLP"),
        (make_network()[0], "MLP", "MLP should be a class; it is a str"),
        (3, make_network()[1], "Layer should be a class; it is a int"),
    ],
)
def test_check_mlp_names_what_is_still_missing(Layer, MLP, words):
    feedback = lesson05.check_mlp(Layer, MLP)
    assert not feedback and words in feedback.message


def test_the_speed_up_is_said_one_way_in_the_lesson_and_the_readme():
    import re

    import nbformat
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "notebooks" / "05_training_a_network.ipynb"
    text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    figures = re.findall(r"about (\S+) times faster", text.replace("**", ""))
    assert len(set(figures)) == 1, figures
    assert "a hundred or more" not in text and "Linux x86_64, AMD EPYC, 2 cores" in text
    # README says the same figure, measured the same way
    readme = (path.parents[1] / "README.md").read_text(encoding="utf-8")
    assert re.findall(r"about (\S+) times faster", readme.replace("**", "")) == figures[:1]


def _lesson05_cells():
    import nbformat
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "notebooks" / "05_training_a_network.ipynb"
    return nbformat.read(path, as_version=4).cells


def test_the_untrained_model_is_never_rebound_so_going_back_gives_the_same_numbers():
    import re

    code = [c.source for c in _lesson05_cells() if c.cell_type == "code"]
    assert sum(bool(re.search(r"^model = ", src, re.M)) for src in code) == 1


def test_the_pytorch_schedule_is_the_lessons_and_the_next_lesson_is_named():
    text = "\n".join(c.source for c in _lesson05_cells() if c.cell_type == "markdown")
    assert "1.0 - 0.9 * k / 99" in text and "k / 100" not in text.split("## 7.")[1]
    assert "last lesson" not in text and "06_micrograd_from_scratch.ipynb" in text
    from pathlib import Path
    assert (Path(__file__).resolve().parents[1] / "notebooks" / "06_micrograd_from_scratch.ipynb").exists()
    assert "`train_moons_numpy`" in text and "within about two seconds" in text


@pytest.mark.parametrize("init, english, chinese", [
    ("Value(0.0)", "Every weight of a new Neuron(3, nonlin=True) starts at 0.", "的每个权重一开始都是 0。"),
    ("Value(random.gauss(0, 5))", "has the weights", "的权重是"),
])
def test_a_neuron_whose_weights_do_not_start_in_minus_one_to_one_is_told(init, english, chinese):
    from micrograd_lite import set_language
    source = f"""
import random
from micrograd_lite import Value

class Neuron:
    def __init__(self, nin, nonlin=True):
        self.w = [{init} for _ in range(nin)]
        self.b = Value(0.0)
        self.nonlin = nonlin

    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return n.relu() if self.nonlin else n

    def parameters(self):
        return self.w + [self.b]
"""
    random.seed(0)
    namespace = {}
    exec(source, namespace)
    said = lesson05.check_neuron(namespace["Neuron"])
    set_language("zh")
    try:
        zh = lesson05.check_neuron(namespace["Neuron"])
    finally:
        set_language("en")
    assert not said and english in said.message, said.message
    assert chinese in zh.message, zh.message


class LayerDropsKwargs(make_network()[0]):
    def __init__(self, nin, nout, **kwargs):
        super().__init__(nin, nout)  # nonlin=False never reaches the neurons


def test_check_mlp_names_a_layer_that_drops_nonlin():
    feedback = lesson05.check_mlp(LayerDropsKwargs, make_network()[1])
    assert not feedback and feedback.message == (
        "Layer(3, 2, nonlin=False) on [0.5, -1.5, 2.0] gives [0, 1.908]; it should give "
        "[-0.9528, 1.908]. Its neurons still apply relu, so nonlin=False does not reach them: "
        "make each one with Neuron(nin, **kwargs).")


# ----------------------------------------------------------------------
# Wrong answers of a learner's walk, each told its own cause
# ----------------------------------------------------------------------
class NeuronSubtracting(NeuronRight):
    def __call__(self, x):
        n = self.b
        for wi, xi in zip(self.w, x):
            n = n - wi * xi  # b - w . x: no parameter listed out of order
        return n.relu() if self.nonlin else n


def make_neuron_class_weights():
    class NeuronClassWeights(NeuronRight):
        w = []

        def __init__(self, nin, nonlin=True):
            super().__init__(nin, nonlin)
            NeuronClassWeights.w = NeuronClassWeights.w or self.w  # the first neuron's, for all
            del self.w
    return NeuronClassWeights


def make_neuron_default_weights():
    class NeuronDefaultWeights(NeuronRight):
        def __init__(self, nin, nonlin=True, w=[]):
            super().__init__(nin, nonlin)
            while len(w) < nin:
                w.append(Value(random.uniform(-1, 1)))
            self.w = w[:nin]
    return NeuronDefaultWeights


def make_layer_on_the_class():
    class LayerOnTheClass(make_network()[0]):
        neurons = []

        def __init__(self, nin, nout, **kwargs):
            for _ in range(nout):
                LayerOnTheClass.neurons.append(NeuronRight(nin, **kwargs))
    return LayerOnTheClass


def make_network_with_default_layers():
    class NetworkWithDefaultLayers(make_network()[1]):
        def __init__(self, nin, nouts, layers=[]):
            sizes = [nin] + nouts
            for i in range(len(nouts)):
                layers.append(make_network()[0](sizes[i], sizes[i + 1], nonlin=i != len(nouts) - 1))
            self.layers = layers
    return NetworkWithDefaultLayers


def make_network_cached_by_its_sizes():
    class NetworkCachedBySizes(make_network()[1]):
        def __init__(self, nin, nouts, _cache={}):  # one network's layers per sizes
            key = (nin, tuple(nouts))
            if key not in _cache:
                super().__init__(nin, nouts)
                _cache[key] = self.layers
            self.layers = _cache[key]
    return NetworkCachedBySizes


class NetworkReturningAList(make_network()[1]):
    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
            if not isinstance(x, list):
                x = [x]
        return x


@pytest.mark.parametrize("check, given, message", [
    (lesson05.check_neuron, NeuronSubtracting,
     "With weights [0.5, -1, 2] and bias 0.25 (set by the check through parameters()), "
     "Neuron(3, nonlin=True) on [2.0, -1.0, 0.5] gives 0; it should give 3.25 (relu(3.25))."),
    (lesson05.check_neuron, Fresh(make_neuron_class_weights),
     "A new Neuron(3, nonlin=False) starts with the weights [0.5, -1, 2] that the check set on "
     "the neuron made before it: your neurons share `w`, an attribute of the class itself"),
    (lesson05.check_neuron, Fresh(make_neuron_default_weights),
     "A new Neuron(3, nonlin=False) starts with the weights [0.5, -1, 2] that the check set on "
     "the neuron made before it: your neurons share the default argument `w=[]` of __init__"),
    (lesson05.check_mlp, (Fresh(make_layer_on_the_class), make_network()[1]),
     "Layer(3, 1).parameters() has 12 Values; it should have 4. Your LayerOnTheClass changes "
     "`neurons`, an attribute of the class itself"),
    (lesson05.check_mlp, (make_network()[0], Fresh(make_network_with_default_layers)),
     "MLP(3, [5, 4, 3, 1]).parameters() has 94 Values; it should have 63. Your "
     "NetworkWithDefaultLayers keeps what it is built from in the default argument `layers=[]` of __init__"),
    (lesson05.check_mlp, (make_network()[0], Fresh(make_network_cached_by_its_sizes)),
     "Two networks made by MLP(2, [4, 3, 1]) share 31 of their 31 parameters: the same Value "
     "objects, so training one trains the other."),
    (lesson05.check_mlp, (make_network()[0], NetworkReturningAList),
     "MLP(2, [4, 3, 1]) on [1.0, -0.5] returned a list that holds one Value; return the Value "
     "itself."),
    (lesson05.check_training_step, step_dropping_the_data, "Your update drops p.data"),
    (lesson05.check_training_step, step_writing_a_value,
     "After step 1, model.parameters()[0].data is a Value, not a number."),
    (lesson05.check_training_step, step_of_the_first_31,
     "After step 1, 312 of the 353 parameters of the second network did not move (the first is "
     "model.parameters()[31])."),
])
def test_checks_name_the_cause_of_a_learners_wrong_answer(check, given, message):
    feedback = check(*map(answer, given)) if isinstance(given, tuple) else check(answer(given))
    assert not feedback and message in feedback.message, feedback.message


def make_neuron_appending_to_a_default():
    class NeuronAppendingToADefault(NeuronRight):
        def __init__(self, nin, nonlin=True, w=[]):
            super().__init__(nin, nonlin)
            w.extend(self.w)  # every neuron's weights in one list, shared by all
            self.w = w
    return NeuronAppendingToADefault


def test_check_neuron_names_weights_kept_in_a_list_default():
    feedback = lesson05.check_neuron(make_neuron_appending_to_a_default())
    assert not feedback and "keeps what it is built from in the default argument `w=[]` of __init__" in (
        feedback.message)


class NeuronWrappingTheCallersNumbers(NeuronRight):
    def __call__(self, x):
        for i, xi in enumerate(x):
            if not isinstance(xi, Value):
                x[i] = Value(xi)  # turns the caller's numbers into Values, in their list
        return super().__call__(x)


def test_check_neuron_rejects_a_call_that_changes_a_list_of_plain_numbers():
    """Walk finding: only lists of Values were given, so this passed."""
    assert lesson05.check_neuron(NeuronWrappingTheCallersNumbers).message.startswith(
        "Neuron(3, nonlin=True) changed the list of inputs it was given, on [2.0, -1.0, 0.5].")


def make_layer_rebinding_the_class_list():
    class LayerRebindingTheClassList(make_network()[0]):
        neurons = []

        def __init__(self, nin, nout, **kwargs):  # each new layer replaces every layer's neurons
            LayerRebindingTheClassList.neurons = [NeuronRight(nin, **kwargs) for _ in range(nout)]
    return LayerRebindingTheClassList


def test_check_mlp_finds_a_layer_whose_neurons_a_later_layer_replaces():
    """Walk finding: passed when the network built its layers from another class."""
    feedback = lesson05.check_mlp(make_layer_rebinding_the_class_list(), make_network()[1])
    assert not feedback and feedback.message.startswith(
        "Layer(3, 2).parameters() has 4 Values; it should have 8. Your "
        "LayerRebindingTheClassList changes `neurons`, an attribute of the class itself")


_latest_neurons = []


class LayerReadingAGlobalList(make_network()[0]):
    def __init__(self, nin, nout, **kwargs):
        global _latest_neurons  # each new layer replaces the list every layer reads
        _latest_neurons = [NeuronRight(nin, **kwargs) for _ in range(nout)]

    @property
    def neurons(self):
        return _latest_neurons


def test_check_mlp_says_a_later_layer_changed_an_earlier_one_when_no_class_state_shows():
    feedback = lesson05.check_mlp(LayerReadingAGlobalList, make_network()[1])
    assert not feedback and feedback.message.startswith(
        "Making Layer(3, 1) changed Layer(3, 2), made before it: its parameters() now gives 4 "
        "Values, not the 8 it had.")


class NeuronOfTheFirstThreeInputs(NeuronRight):
    def __call__(self, x):
        n = self.b + self.w[0] * x[0] + self.w[1] * x[1] + self.w[2] * x[2]
        return n.relu() if self.nonlin else n


def test_check_neuron_names_a_sum_over_the_first_inputs_only():
    """Walk finding: the message's formula, w1*x1 + w2*x2 + w3*x3 + b, was the bug itself."""
    english = lesson05.check_neuron(NeuronOfTheFirstThreeInputs)
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronOfTheFirstThreeInputs).message)
    assert not english and english.message == (
        "With weights [0.3, -0.7, 1.1, 0.2, -0.4] and bias -0.1 (set by the check through "
        "parameters()), Neuron(5, nonlin=True) on [-1.0, 0.5, 2.0, -2.0, 1.0] gives 1.45; it "
        "should give 0.65 (relu(0.65)). That is what the first 3 inputs alone give: your neuron "
        "used only the first 3 of its 5 inputs. Sum wi*xi over all of them, whatever nin is: "
        "`sum((wi * xi for wi, xi in zip(self.w, x)), self.b)`.")
    assert chinese.endswith("这正是只用前 3 个输入得到的结果。你的神经元在它的 5 个输入中只用了前 3 个。"
                            "不管 nin 是多少，都要对全部输入求 wi*xi 的和，例如 "
                            "`sum((wi * xi for wi, xi in zip(self.w, x)), self.b)`。"), chinese


class NeuronSkippingTheSecondInput(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for k, (wi, xi) in enumerate(zip(self.w, x)) if k != 1), self.b)
        return n.relu() if self.nonlin else n


def test_check_neuron_writes_the_sum_over_every_input_of_the_neuron_tried():
    english = lesson05.check_neuron(NeuronSkippingTheSecondInput).message
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronSkippingTheSecondInput).message)
    assert english.endswith(" Compute w1*x1 + w2*x2 + w3*x3 + b from the Values, the sum of "
                            "wi*xi over all 3 inputs, then relu if nonlin."), english
    assert chinese.endswith("用 Value 算出 w1*x1 + w2*x2 + w3*x3 + b，也就是全部 3 个输入的 wi*xi "
                            "之和加上 b，nonlin 为真时再接 relu。"), chinese
    assert lesson05._weighted_sum(5) == "w1*x1 + w2*x2 + ... + w5*x5"


def make_network_keeping_its_scores():
    class NetworkKeepingItsScores(make_network()[1]):
        def __init__(self, nin, nouts):
            super().__init__(nin, nouts)
            self.cache = {}

        def __call__(self, x):
            key = tuple(xi.data if isinstance(xi, Value) else xi for xi in x)
            if key not in self.cache:  # the output for an input it has seen, whatever the weights
                self.cache[key] = super().__call__(x)
            return self.cache[key]
    return NetworkKeepingItsScores


def make_network_keeping_its_first_layer():
    class NetworkKeepingItsFirstLayer(make_network()[1]):
        def __init__(self, nin, nouts):
            super().__init__(nin, nouts)
            self.hidden = {}

        def __call__(self, x):
            key = tuple(xi.data if isinstance(xi, Value) else xi for xi in x)
            if key not in self.hidden:  # the first layer's outputs, kept by input
                self.hidden[key] = self.layers[0](x)
            x = self.hidden[key]
            for layer in self.layers[1:]:
                x = layer(x)
            return x
    return NetworkKeepingItsFirstLayer


def make_network_keeping_right_scores():
    class NetworkKeepingRightScores(make_network()[1]):
        def __init__(self, nin, nouts):
            super().__init__(nin, nouts)
            self.scores = {}

        def __call__(self, x):  # kept by the input and the weights: right
            key = (tuple(xi.data if isinstance(xi, Value) else xi for xi in x),
                   tuple(p.data for p in self.parameters()))
            if key not in self.scores:
                self.scores[key] = super().__call__(x)
            return self.scores[key]
    return NetworkKeepingRightScores


class NeuronKeepingItsOutputs(NeuronRight):
    def __call__(self, x):
        key = tuple(xi.data if isinstance(xi, Value) else xi for xi in x)
        if not hasattr(self, "outputs"):
            self.outputs = {}
        if key not in self.outputs:
            self.outputs[key] = super().__call__(x)
        return self.outputs[key] * 1.0  # a new Value each time, the old number


def test_check_mlp_rejects_a_network_that_keeps_its_scores_by_input():
    """Walk finding: a memo by input passed, and training with it left the loss at 0.918010."""
    network = (make_network()[0], make_network_keeping_its_scores())
    english = lesson05.check_mlp(*network)
    chinese = in_chinese(lambda: lesson05.check_mlp(*network).message)
    assert not english and english.message == (
        "The check changed every parameter of your MLP(2, [4, 3, 1]) through parameters(), as "
        "a training step does, and called it on [1.0, -0.5] again: it returned the very Value "
        "it returned on [1.0, -0.5] before the change, with the old output -0.3558. With the "
        "new parameters it should give 0.03939. Your code gives back a result kept from an "
        "earlier call (a cache, say), so training would never change the outputs. Compute the "
        "output from the parameters at every call.")
    assert chinese.startswith(
        "检查函数通过 parameters() 改动了你的 MLP(2, [4, 3, 1]) 的每个参数（训练的一步就是这样做的），"
        "然后又用 [1.0, -0.5] 调用了它。它返回的，正是改参数之前输入 [1.0, -0.5] 时返回过的那个 "
        "Value，输出还是原来的 -0.3558。用新的参数，应该是 0.03939。"), chinese


def test_check_mlp_lists_the_causes_when_part_of_a_result_is_kept():
    english = lesson05.check_mlp(make_network()[0], make_network_keeping_its_first_layer())
    assert not english and english.message.startswith(
        "The check changed every parameter of your MLP(2, [4, 3, 1]) through parameters(), as "
        "a training step does, and called it on [1.0, -0.5] again: it gave "), english.message
    assert english.message.endswith(
        "(before the change it gave -0.3558). Candidates: part of a result kept from an earlier "
        "call (a cache in a Layer or Neuron, say); other state that your code keeps between "
        "calls and reads in place of the parameters; or a slip that shows only at the new "
        "numbers (a number treated apart, say)."), english.message
    chinese = in_chinese(lambda: lesson05.check_mlp(make_network()[0],
                                                    make_network_keeping_its_first_layer()).message)
    assert chinese.endswith("可能的原因有以下几种：（1）之前某次调用的部分结果被留了下来（比如存在 Layer 或 "
                            "Neuron 的缓存里）。（2）你的代码在两次调用之间保存了别的状态，并且读取的是这些状态，"
                            "而不是参数。（3）只在新的参数值上才出现的错误（比如某个数被单独处理了）。"), chinese
    assert lesson05.check_mlp(make_network()[0], make_network_keeping_right_scores())


def test_check_neuron_rejects_outputs_kept_by_input():
    english = lesson05.check_neuron(NeuronKeepingItsOutputs)
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronKeepingItsOutputs).message)
    assert not english and english.message == (
        "The check changed every parameter of your Neuron(3, nonlin=True) through "
        "parameters(), as a training step does, and called it on [2.0, -1.0, 0.5] again: it "
        "gave 3.25, the output it gave before the change. With the new parameters it should "
        "give 6.5. Your code keeps a result (or numbers) from before the change, a cache say, "
        "instead of computing from the parameters as they are now, so training would never "
        "change the outputs. Compute the output from the parameters at every call.")
    assert "它给出 3.25，和改参数之前给的一样。用新的参数，应该是 6.5。" in chinese, chinese


class NeuronNudgingItsBiasGrad(NeuronRight):
    def __call__(self, x):
        self.b.grad += 0.5
        return super().__call__(x)


class NeuronSettingItsGrads(NeuronRight):
    def __call__(self, x):
        for p in self.parameters():
            p.grad = 1
        return super().__call__(x)


class NetworkZeroingItsGrads(make_network()[1]):
    def __call__(self, x):
        for p in self.parameters():
            p.grad = 0.0
        return super().__call__(x)


def test_check_neuron_rejects_a_call_that_changes_a_grad():
    """Walk finding: a __call__ that wrote to .grad passed."""
    english = lesson05.check_neuron(NeuronNudgingItsBiasGrad)
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronNudgingItsBiasGrad).message)
    assert not english and english.message == (
        "Neuron(3, nonlin=True) on [2.0, -1.0, 0.5] changed the grad of b from 1.125 to 1.625 "
        "(1 of the 4 grads changed; the check had given every parameter a grad first, as "
        "backward() leaves them). __call__ only computes the output; the grads belong to "
        "backward() and zero_grad(). Otherwise calling the model between backward() and the "
        "update (to print a prediction, say) changes the gradients the update uses.")
    assert chinese.startswith(
        "用 [2.0, -1.0, 0.5] 运行 Neuron(3, nonlin=True) 时，它把 b 的 grad 从 1.125 改成了 1.625。"
        "4 个 grad 中有 1 个变了。"), chinese
    assert lesson05.check_neuron(NeuronSettingItsGrads).message.startswith(
        "Neuron(3, nonlin=True) on [2.0, -1.0, 0.5] changed the grad of w1 from 0.375 to 1 "
        "(4 of the 4 grads changed;")


def test_check_mlp_rejects_a_call_that_zeroes_the_grads():
    english = lesson05.check_mlp(make_network()[0], NetworkZeroingItsGrads)
    chinese = in_chinese(lambda: lesson05.check_mlp(make_network()[0], NetworkZeroingItsGrads).message)
    assert not english and english.message.startswith(
        "MLP(2, [4, 3, 1]) on [1.0, -0.5] changed the grad of parameters()[0] from 0.375 to 0 "
        "(31 of the 31 grads changed;"), english.message
    assert chinese.startswith(
        "用 [1.0, -0.5] 运行 MLP(2, [4, 3, 1]) 时，它把 parameters()[0] 的 grad 从 0.375 改成了 0。"
        "31 个 grad 中有 31 个变了。"), chinese


def make_layer_listing_its_neurons_in_reverse():
    class LayerListingItsNeuronsInReverse(make_network()[0]):
        def parameters(self):
            return [p for n in reversed(self.neurons) for p in n.parameters()]
    return LayerListingItsNeuronsInReverse


def make_layer_calling_its_neurons_in_reverse():
    class LayerCallingItsNeuronsInReverse(make_network()[0]):
        def __call__(self, x):
            out = [n(x) for n in reversed(self.neurons)]
            return out[0] if len(out) == 1 else out
    return LayerCallingItsNeuronsInReverse


def test_check_mlp_names_a_layer_whose_parameters_list_the_neurons_in_reverse():
    """Walk finding: blamed the inputs of the neurons ("Did your Neuron pass its check?")."""
    Layer = make_layer_listing_its_neurons_in_reverse()
    english = lesson05.check_mlp(Layer, make_network()[1])
    chinese = in_chinese(lambda: lesson05.check_mlp(Layer, make_network()[1]).message)
    assert not english and english.message == (
        "With the same weights as the package's Layer(3, 2), Layer(3, 2) on [0.5, -1.5, 2.0] "
        "gives [1.908, 0]; it should give [0, 1.908]: the right outputs, in reverse order. "
        "Your layer's parameters() lists its neurons in reverse (the last neuron's weights "
        "first), and the check sets the weights through parameters(), in order. List them in "
        "the order of self.neurons: `[p for n in self.neurons for p in n.parameters()]`.")
    assert "输出是对的，只是顺序反了。你的层的 parameters() 把神经元倒过来列出" in chinese, chinese


def test_check_mlp_names_a_layer_that_returns_its_outputs_in_reverse():
    Layer = make_layer_calling_its_neurons_in_reverse()
    english = lesson05.check_mlp(Layer, make_network()[1]).message
    chinese = in_chinese(lambda: lesson05.check_mlp(Layer, make_network()[1]).message)
    assert english.endswith("Your layer's parameters() lists its neurons in order, but "
                            "__call__ gives their outputs in reverse: return them in the order "
                            "of self.neurons, `[n(x) for n in self.neurons]`."), english
    assert "但 __call__ 把它们的输出倒过来给出了。" in chinese, chinese


def make_network_listing_its_last_layer_only():
    class NetworkListingItsLastLayerOnly(make_network()[1]):
        def parameters(self):
            return self.layers[-1].parameters()
    return NetworkListingItsLastLayerOnly


def test_check_mlp_names_the_layers_whose_parameters_are_left_out():
    """Walk finding: blamed the layers' sizes."""
    MLP = make_network_listing_its_last_layer_only()
    english = lesson05.check_mlp(make_network()[0], MLP)
    chinese = in_chinese(lambda: lesson05.check_mlp(make_network()[0], MLP).message)
    assert not english and english.message == (
        "MLP(2, [4, 3, 1]).parameters() has 4 Values; it should have 31. It lists the "
        "parameters of layer 3 (self.layers[2]) only and leaves out those of layer 1 (self.layers[0]), layer 2 (self.layers[1]) (compared with "
        "each layer's own parameters()). List every layer's: "
        "`[p for layer in self.layers for p in layer.parameters()]`.")
    assert chinese.startswith(
        "MLP(2, [4, 3, 1]).parameters() 有 4 个 Value，应该有 31 个。它只列出了第 3 层（self.layers[2]）的参数，"
        "漏掉了第 1 层（self.layers[0]）、第 2 层（self.layers[1]）的参数"), chinese


def step_halving_the_grads(model, loss_fn, learning_rate):
    result = lesson05.worked_training_step(model, loss_fn, learning_rate)
    for p in model.parameters():
        p.grad *= 0.5  # after the update: harmless to the parameters, not to what reads grads
    return result


def step_zeroing_at_the_end(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    loss.backward()
    for p in model.parameters():
        p.data -= learning_rate * p.grad
        p.grad = 0.0  # zeroed for the next step, never before backward(): wrong on grads left filled
    return loss.data, accuracy


def test_check_training_step_names_grads_changed_after_the_update():
    """Walk finding: `p.grad *= 0.5` after the update passed, where Momentum.step is told."""
    message = lesson05.check_training_step(step_halving_the_grads).message
    assert message.startswith("After step 1 the parameters are right, but every grad is 0.5 times "
                              "what loss.backward() leaves."), message
    assert "or the grads scaled after backward()" in message
    chinese = in_chinese(lambda: lesson05.check_training_step(step_halving_the_grads).message)
    assert "或者 backward() 之后又缩放了 grad" in chinese
    assert "clears them after the update" in lesson05.check_training_step(step_zeroing_at_the_end).message


def step_skipping_zeros(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        if p.data != 0.0:  # the biases start at 0: they never move
            p.data = p.data - learning_rate * p.grad
    return loss.data, accuracy


def test_check_training_step_rejects_a_step_that_skips_parameters_at_zero():
    """Walk finding: the check's networks had no parameter at 0, so this step passed."""
    message = lesson05.check_training_step(step_skipping_zeros).message
    assert "did not move" in message and "your step leaves out the parameters whose value is 0" in message
    assert "漏掉了值为 0 的参数" in in_chinese(lambda: lesson05.check_training_step(step_skipping_zeros).message)


def test_check_mlp_names_a_layers_list_shared_by_every_network():
    """Walk finding: a class-level `layers` shared by all networks got a Python error
    from deep inside, with no cause; check_mlp now watches the MLP class too."""
    Layer, MLP = make_network()

    class SharedLayers(MLP):
        layers = []

        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            SharedLayers.layers[:] = [Layer(sizes[i], sizes[i + 1], nonlin=i != len(nouts) - 1)
                                      for i in range(len(nouts))]

    message = lesson05.check_mlp(Layer, SharedLayers).message
    assert "your objects share `layers`, an attribute of the class itself" in message, message
    assert "SharedLayers.layers" not in message  # named once
    assert "`layers`" in in_chinese(lambda: lesson05.check_mlp(Layer, SharedLayers).message)


def test_check_neuron_rejects_every_neuron_starting_with_the_same_weights():
    """Walk finding: random.seed(0) inside __init__ passed."""
    import random

    class Reseeding(NeuronRight):
        def __init__(self, nin, nonlin=True):
            random.seed(0)
            super().__init__(nin, nonlin)

    english = lesson05.check_neuron(Reseeding).message
    assert english.startswith("Two Neuron(64) made one after the other start with the same weights."), english
    assert "random.seed" in in_chinese(lambda: lesson05.check_neuron(Reseeding).message)


def test_check_mlp_tries_a_network_of_one_layer():
    """Walk finding: `nonlin = i < len(nouts) - 1 or len(nouts) == 1` passed (relu on the
    output of a network of one layer)."""
    Layer, MLP = make_network()

    class OneLayerRelu(MLP):
        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            self.layers = [Layer(sizes[i], sizes[i + 1], nonlin=i < len(nouts) - 1 or len(nouts) == 1)
                           for i in range(len(nouts))]

    message = lesson05.check_mlp(Layer, OneLayerRelu).message
    assert message.startswith("With the same weights as the package's MLP(2, [1])"), message
    assert "Your output goes through relu" in message


def step_into_a_new_list(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    ps = model.parameters()
    for i, p in enumerate(ps):
        ps[i] = Value(p.data - learning_rate * p.grad)  # the model's own p is left as it was
    return loss.data, accuracy


def test_check_training_step_names_an_update_into_a_new_list():
    """Walk finding: told to add zero_grad() and backward(), which the step has."""
    message = lesson05.check_training_step(step_into_a_new_list).message
    assert message.startswith("After step 1 no parameter has moved, though their grads are filled"), message
    assert "grad 已经填好了" in in_chinese(lambda: lesson05.check_training_step(step_into_a_new_list).message)


def test_check_mlp_tries_a_network_with_two_outputs():
    """Walk finding: relu decided by a layer's size (none on a layer of one neuron) passed,
    since every trial network ended in one neuron."""
    Layer, MLP = make_network()

    class ReluBySize(MLP):
        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            self.layers = [Layer(sizes[i], sizes[i + 1], nonlin=sizes[i + 1] != 1)
                           for i in range(len(nouts))]

    class FirstScoreTwice(MLP):
        def __call__(self, x):
            out = super().__call__(x)
            return [out[0], out[0]] if isinstance(out, list) else out

    message = lesson05.check_mlp(Layer, ReluBySize).message
    assert message.startswith("With the same weights as the package's MLP(2, [2, 2]), a network "
                              "with two outputs, your network gives the scores [0.1187, 0] for "
                              "the point [-1.2, 0.4]; it should give [0.1187, -0.8676]. Those "
                              "are the right scores put through relu"), message
    assert "不管有几个神经元都不用" in in_chinese(lambda: lesson05.check_mlp(Layer, ReluBySize).message)
    message = lesson05.check_mlp(Layer, FirstScoreTwice).message
    assert "[0.04862, 0.04862]" in message and "Candidates: the relu of a layer" in message, message

    class ReluByOutputSize(MLP):  # walk 18: no relu on a hidden layer as wide as the output
        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            self.layers = [Layer(sizes[i], sizes[i + 1], nonlin=sizes[i + 1] != nouts[-1])
                           for i in range(len(nouts))]
    message = lesson05.check_mlp(Layer, ReluByOutputSize).message
    assert "Candidates: the relu of a layer decided by something besides its place (its size, " \
           "say)" in message, message
    assert "可能的原因" in in_chinese(lambda: lesson05.check_mlp(Layer, FirstScoreTwice).message)


def step_clearing_grads_after_the_update(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    loss.backward()  # no zero_grad before it: right only while the grads start at 0
    for p in model.parameters():
        p.data = p.data - learning_rate * p.grad
    model.zero_grad()
    return loss.data, accuracy


def test_check_training_step_names_grads_cleared_after_the_update():
    """Walk finding: a step that zeroes the grads after the update, never before
    backward(), was told "Correct! ... (zero_grad, then backward)"."""
    message = lesson05.check_training_step(step_clearing_grads_after_the_update).message
    assert message.startswith("Your step is right on a network whose grads start at 0. On one "
                              "whose grads already hold what a backward() left"), message
    assert "one step at rate 0.4 moves model.parameters()[0] to 0.02253; it should be -0.03635" in message
    assert "clears them after the update, not before backward()" in message
    chinese = in_chinese(lambda: lesson05.check_training_step(step_clearing_grads_after_the_update).message)
    assert "是在更新之后清零" in chinese, chinese


def test_check_neuron_names_a_relu_that_lets_the_gradient_through():
    """Walk finding: `n + (-n.data if n.data < 0 else 0)` was told to build the output
    from the Values and anew at every call, which it does."""
    class ClampingNeuron(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            if not self.nonlin:
                return n
            return n + (-n.data if n.data < 0 else 0)

    message = lesson05.check_neuron(ClampingNeuron).message
    assert "gives the right output, 0 (w . x + b is below 0 there), but after backward() w1.grad is 1; " \
           "it should be 0" in message, message
    assert "lets the gradient through" in message
    assert "让梯度照样传了过去" in in_chinese(lambda: lesson05.check_neuron(ClampingNeuron).message)


def test_check_neuron_says_the_errors_hint_to_take_data_does_not_apply():
    """Walk finding: the engine's hint "take its .data" stood beside "taking .data is not
    the fix here" with nothing between them."""
    class NumbersNeuron(NeuronRight):
        def __call__(self, x):
            n = Value(sum(wi.data * xi for wi, xi in zip(self.w, x)) + self.b.data)
            return n.relu() if self.nonlin else n

    message = lesson05.check_neuron(NumbersNeuron).message
    assert "Taking .data, as the error's own hint says, is not the fix here" in message, message
    assert "错误信息提示取 .data，但在这里那样做并不对" in in_chinese(
        lambda: lesson05.check_neuron(NumbersNeuron).message)


def test_check_count_parameters_names_a_sum_of_the_layer_sizes():
    """Walk finding: nin + sum(nouts) got "four candidates", none of them its cause."""
    def count(nin, nouts):
        return nin + sum(nouts)

    message = lesson05.check_count_parameters(count).message
    assert "Your count adds up the sizes of the layers, nin included" in message, message
    assert "你把各层的大小加了起来" in in_chinese(lambda: lesson05.check_count_parameters(count).message)


def test_check_neuron_names_a_forward_pass_that_writes_a_parameter():
    """Walk finding: `self.b.data = 0.0` in __call__ was told the sum leaves out b."""
    class ZeroingBias(NeuronRight):
        def __call__(self, x):
            self.b.data = 0.0
            return super().__call__(x)

    message = lesson05.check_neuron(ZeroingBias).message
    assert message.startswith("Calling Neuron(3, nonlin=True) on [2.0, -1.0, 0.5] changed its own "
                              "parameter b: the check set it to 0.25, and after it called it on x (with Values, then with plain numbers) it is 0."), message
    assert "前向计算只读参数" in in_chinese(lambda: lesson05.check_neuron(ZeroingBias).message)


def test_a_list_that_repeats_one_object_is_named():
    """Walk finding: `[Value(...)] * nin` got "lists the same Value more than once", with
    no cause and no fix."""
    class RepeatedWeight(NeuronRight):
        def __init__(self, nin, nonlin=True):
            super().__init__(nin, nonlin)
            self.w = [Value(random.uniform(-1, 1))] * nin

    message = lesson05.check_neuron(RepeatedWeight).message
    assert "the list self.w holds one object several times (`[x] * n` does that" in message, message
    assert "列表 self.w 里同一个对象出现了好几次" in in_chinese(lambda: lesson05.check_neuron(RepeatedWeight).message)


def test_check_neuron_names_a_leaky_relu():
    """Walk finding: `n * 0.01` below 0 was told to compute the sum, which was right."""
    class Leaky(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            return (n if n.data > 0 else n * 0.01) if self.nonlin else n

    message = lesson05.check_neuron(Leaky).message
    assert "That is 0.01 × (w . x + b): below 0 your activation lets a share" in message, message
    assert "leaky relu" in in_chinese(lambda: lesson05.check_neuron(Leaky).message)


def step_binding_a_new_value_to_p(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p = Value(p.data - learning_rate * p.grad)  # the name p now means the new Value
    return loss.data, accuracy


def test_check_training_step_lists_a_new_value_bound_to_p_among_the_causes():
    """Walk finding: the causes named only a new Value put in a list."""
    message = lesson05.check_training_step(step_binding_a_new_value_to_p).message
    assert "a new Value bound to the loop's name (p = Value(...))" in message, message
    chinese = in_chinese(lambda: lesson05.check_training_step(step_binding_a_new_value_to_p).message)
    assert "把新的 Value 赋给了循环变量" in chinese, chinese


def test_a_run_that_ends_with_one_class_everywhere_is_not_titled_a_decision_boundary(moons):
    """Walk finding: at learning rate 3.16 the plane is one colour under the title
    "Decision boundary after training"."""
    from micrograd_lite.classifier import train_moons_numpy
    from micrograd_lite.widgets.training import MoonsScene

    X, y = moons
    run = train_moons_numpy(lesson_model(), X, y, lr=10 ** 0.5, steps=100)
    assert not run.diverged and run.final_loss > run.losses[0]
    scene = MoonsScene(X, y, 100)
    scene.draw_run(run)
    assert scene.title.get_text() == "Learning rate 3.16: one class everywhere, no decision boundary"
    chinese = MoonsScene(X, y, 100)
    in_chinese(lambda: chinese.draw_run(run))
    assert chinese.title.get_text() == "学习率 3.16，整个平面都被判为同一类，没有决策边界"
    good = train_moons_numpy(lesson_model(), X, y, lr=1.0, steps=20)
    scene.draw_run(good)
    assert scene.title.get_text() == "Decision boundary after training, learning rate 1"


@pytest.mark.parametrize("check", [lesson05.check_hinge_loss, lesson05.check_constant_score])
def test_a_hinge_loss_below_zero_is_told_none_is(check):
    """Walk finding: -0.4 got only the general hint."""
    assert check(-0.4).message.startswith("-0.4 is below 0, and a hinge loss never is")
    assert in_chinese(lambda: check(-0.4).message).startswith("-0.4 小于 0，而合页损失不会小于 0。")
    assert "below 0" not in check(0.3).message


class NeuronWeightsReversed(NeuronRight):
    def parameters(self):
        return self.w[::-1] + [self.b]


class NeuronOfOneNumber(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return Value(max(0.0, n.data)) if self.nonlin else n


def test_check_neuron_names_parameters_listed_in_another_order_and_a_graph_of_no_operation():
    """Walk findings: weights listed in reverse were blamed on the sum; "only 0 operation
    nodes" read oddly."""
    message = lesson05.check_neuron(NeuronWeightsReversed).message
    assert message == (
        "Neuron(3, nonlin=True) computes w . x + b right, but its parameters() lists them in "
        "another order: w3, w2, w1, b, where the order is w1, w2, w3, b. The check gives the "
        "parameters their numbers in the order parameters() lists them. List the weights, then "
        "the bias: `return self.w + [self.b]`.")
    assert "它的顺序是 w3、w2、w1、b，应该是 w1、w2、w3、b。" in in_chinese(
        lambda: lesson05.check_neuron(NeuronWeightsReversed).message)
    assert "its graph has no operation node at all" in lesson05.check_neuron(NeuronOfOneNumber).message
    assert "计算图里一个运算节点都没有" in in_chinese(
        lambda: lesson05.check_neuron(NeuronOfOneNumber).message)


def test_check_mlp_names_a_layer_that_lists_all_weights_before_the_biases():
    """Walk finding: told that each neuron gets the same inputs, which they did."""
    Layer, MLP = make_network()

    class WeightsFirst(Layer):
        def parameters(self):
            return [w for n in self.neurons for w in n.w] + [n.b for n in self.neurons]
    message = lesson05.check_mlp(WeightsFirst, MLP).message
    assert "Your Layer's parameters() holds the Values of its neurons, but not neuron after neuron" \
        in message, message
    assert "不是一个神经元接一个神经元排的" in in_chinese(lambda: lesson05.check_mlp(WeightsFirst, MLP).message)


def step_capping_the_rate(model, loss_fn, learning_rate):
    learning_rate = min(learning_rate, 0.5)
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    return loss.data, accuracy


def step_running_backward_twice(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    loss.backward()
    for p in model.parameters():
        p.data -= learning_rate / 2 * p.grad
    return loss.data, accuracy


def test_check_training_step_tries_a_rate_above_1_and_names_grads_added_up_twice():
    """Walk findings: min(lr, 0.5) passed (every rate tried was below); backward() twice
    with half the rate was told it changes the grads after backward()."""
    message = lesson05.check_training_step(step_capping_the_rate).message
    assert message.startswith("Step 3 moves every parameter by 0.5 times its gradient"), message
    assert "a cap such as min(learning_rate, 0.5)" in message, message
    message = lesson05.check_training_step(step_running_backward_twice).message
    assert message.startswith("After step 1 the parameters are right, but every grad is exactly "
                              "2 times what one backward() leaves. backward() called 2 times"), message
    assert "调用 2 次就会这样" in in_chinese(
        lambda: lesson05.check_training_step(step_running_backward_twice).message)


def test_check_count_parameters_tries_a_network_of_six_layers():
    """Walk finding: a count of the first 4 layers only passed."""
    def first_four(nin, nouts):
        sizes = [nin] + nouts
        return sum(sizes[i + 1] * (sizes[i] + 1) for i in range(min(len(sizes) - 1, 4)))
    message = lesson05.check_count_parameters(first_four).message
    assert message.startswith("count_parameters(2, [4, 3, 3, 2, 2, 1]) returned 47; "
                              "MLP(2, [4, 3, 3, 2, 2, 1]) has 56 parameters."), message


def test_round_12_lesson_05_messages_list_the_real_causes():
    """Walk findings: an update before backward() and an update into p.grad were given
    causes not theirs; a nested list in MLP.parameters() was shown the neuron's fix."""
    def update_first(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        for p in model.parameters():
            p.data = p.data - learning_rate * p.grad
        model.zero_grad()
        loss.backward()
        return loss.data, accuracy
    message = lesson05.check_training_step(update_first).message
    assert "Candidates: the update written before loss.backward()" in message, message
    Layer, MLP = make_network()

    class Nested(MLP):
        def parameters(self):
            return [layer.parameters() for layer in self.layers]
    message = lesson05.check_mlp(Layer, Nested).message
    assert "`[p for layer in self.layers for p in layer.parameters()]`" in message, message


def test_round_13_lesson_05_messages_name_the_real_causes():
    """Walk findings: `n.relu` without () was told to build the output from the Values;
    an output layer counted without biases was not among the candidates."""
    class ReluNotCalled(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            return n.relu if self.nonlin else n
    assert "returned the method relu of a Value, not its result" in \
        lesson05.check_neuron(ReluNotCalled).message

    def no_output_bias(nin, nouts):
        sizes = [nin] + nouts
        hidden = sum(b * (a + 1) for a, b in zip(sizes[:-1], sizes[1:-1]))
        return hidden + sizes[-1] * sizes[-2]
    assert "a layer whose neurons get no bias" in lesson05.check_count_parameters(no_output_bias).message


def test_zero_grad_without_its_parentheses_is_among_the_candidates():
    """Walk 16: `model.zero_grad` (not called) was told to call model.zero_grad() before
    loss.backward(), which the learner believes they did."""
    def step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad  # noqa: B018 (the slip: named, not called)
        loss.backward()
        for p in model.parameters():
            p.data = p.data - learning_rate * p.grad
        return loss.data, accuracy
    said = lesson05.check_training_step(step).message
    assert "Candidates: no model.zero_grad() before loss.backward(); model.zero_grad written " \
           "without its () (it names the method and does not call it)" in said, said
    assert "model.zero_grad 后面漏了 ()" in in_chinese(lambda: lesson05.check_training_step(step).message)


def test_round_19_grads_reset_with_double_equals_are_among_the_candidates():
    """Walk finding: `p.grad == 0.0` for each parameter got candidates, none of them ==."""
    def step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        for p in model.parameters():
            p.grad == 0.0  # noqa: B015 (the slip)
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        return loss.data, accuracy
    assert "grads reset with == (p.grad == 0.0 only compares, and changes nothing)" in \
        lesson05.check_training_step(step).message


def test_round_19_a_step_returning_a_dict_is_told_to_return_two_numbers():
    def step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        return {"loss": loss.data, "accuracy": accuracy}
    assert lesson05.check_training_step(step).message.startswith(
        "training_step returned a dict ({'loss': ")


def test_round_20_layers_run_in_reverse_get_the_single_value_explained():
    Layer, MLP = make_network()

    class Reversed(MLP):
        def __call__(self, x):
            for layer in reversed(self.layers):
                x = layer(x)
            return x
    said = lesson05.check_mlp(Layer, Reversed).message
    assert "'Value' object is not iterable" in said and "A single Value was used where a list " \
           "of them belongs" in said, said


def test_round_21_a_step_on_the_notebooks_model_lists_another_network():
    """Walk finding: a training_step that trains the notebook's global model (or updates its
    parameters) got candidates without that one."""
    other = make_step()  # right, but run on a network of its own
    from micrograd_lite.nn import MLP
    notebook_model = MLP(2, [16, 16, 1], seed=0)

    def on_global(net, loss_fn, learning_rate):
        return other(notebook_model, loss_fn, learning_rate)

    def updates_global(net, loss_fn, learning_rate):
        loss, accuracy = loss_fn(net)
        net.zero_grad()
        loss.backward()
        for p in notebook_model.parameters():
            p.data = p.data - learning_rate * p.grad
        return loss.data, accuracy
    assert "a loss of another network than the model passed in (the notebook's model, say)" in \
        lesson05.check_training_step(on_global).message
    assert "or the update made on the parameters of another network (the notebook's model, " \
           "say)" in lesson05.check_training_step(updates_global).message


def test_mutation_survivor_a_wrong_loss_is_compared_with_the_loss_at_the_start_of_its_step():
    def half_the_loss(model, loss_fn, learning_rate):
        loss, accuracy = lesson05.worked_training_step(model, loss_fn, learning_rate)
        return loss / 2, accuracy
    assert lesson05.check_training_step(half_the_loss).message.startswith(
        "At step 1 training_step returned the loss 0.3638; the loss at the start of the step "
        "is 0.7276.")


def test_mutation_survivor_inputs_copied_from_their_data_are_told_their_grad():
    class CopiesInputs:
        def __init__(self, nin, nonlin=True):
            self.w = [Value(random.uniform(-1, 1)) for _ in range(nin)]
            self.b, self.nonlin = Value(0.0), nonlin

        def __call__(self, x):
            x = [Value(xi.data) if isinstance(xi, Value) else xi for xi in x]
            act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            return act.relu() if self.nonlin else act

        def parameters(self):
            return self.w + [self.b]
    assert lesson05.check_neuron(CopiesInputs).message == (
        "After backward(), x1.grad is 0; it should be 0.5. Multiply the input Values "
        "themselves (wi * xi), not their .data.")


def test_walk_28_the_accuracy_after_the_update_is_rejected():
    def accuracy_after(model, loss_fn, learning_rate):
        model.zero_grad()
        loss, _ = loss_fn(model)
        loss.backward()
        for p in model.parameters():
            p.data = p.data - learning_rate * p.grad
        return loss.data, loss_fn(model)[1]
    message = lesson05.check_training_step(accuracy_after).message
    assert "returned the accuracy 0.8333, the one after the update; the accuracy at the start " \
        "of the step is 0.3333" in message, message
    assert "这是更新之后的准确率" in in_chinese(lambda: lesson05.check_training_step(accuracy_after).message)
    assert lesson05.check_training_step(lesson05.worked_training_step)


def test_walk_29_an_mlp_made_of_the_packages_layers_is_rejected():
    from micrograd_lite import nn
    Layer, Network = make_network()

    class PackageLayers(Network):
        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            self.layers = [nn.Layer(sizes[i], sizes[i + 1], nonlin=i != len(nouts) - 1)
                           for i in range(len(nouts))]
    message = lesson05.check_mlp(Layer, PackageLayers).message
    assert "its layers are of `micrograd_lite.nn.Layer`, not of your Layer" in message, message
    assert lesson05.check_mlp(Layer, Network)


def test_walk_30_a_count_far_off_is_told_the_exact_difference():
    def zero_for_large(nin, nouts):
        sizes = [nin] + nouts
        return sum(b * (a + 1) for a, b in zip(sizes, sizes[1:])) if nin < 100 else 0
    message = lesson05.check_count_parameters(zero_for_large).message
    assert "Your count is too small by 101770." in message and "look also for a condition or " \
        "a cap that tells the networks apart" in message, message


def test_walk_31_one_network_tried_before_is_said_in_the_singular():
    def looked_up(nin, nouts):
        return {2: 337, 784: 101770}.get(nin, 0)
    message = lesson05.check_count_parameters(looked_up).message
    assert "counted the network tried before this one right" in message, message


def test_walk_37_a_step_that_rounds_or_works_on_a_copy_is_named():
    """Rounding was told "update every parameter"; a deep copy got candidates that all
    were false for it."""
    import copy

    def rounding(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data = round(p.data - learning_rate * p.grad, 4)
        return loss.data, accuracy

    def on_a_copy(model, loss_fn, learning_rate):
        return lesson05.worked_training_step(copy.deepcopy(model), loss_fn, learning_rate)
    said = lesson05.check_training_step(rounding).message
    assert said.startswith("After step 1, every parameter is a number rounded to 4 decimals: "
                           "your step rounds p.data."), said
    assert "保留 4 位小数" in in_chinese(lambda: lesson05.check_training_step(rounding).message)
    assert lesson05.check_training_step(on_a_copy).message.startswith(
        "In step 1 your training_step called loss_fn on another network than the model it was "
        "given (a copy, copy.deepcopy(model), or the notebook's model, say)")
    assert "比如它的副本 copy.deepcopy(model)" in in_chinese(
        lambda: lesson05.check_training_step(on_a_copy).message)


def test_walk_38_a_network_that_gives_back_an_earlier_output_is_told_so():
    """An MLP that keeps its first score got candidates that were all false for it."""
    Layer, Network = make_network()

    class Remembering(Network):
        def __call__(self, x):
            if not hasattr(self, "_kept"):
                self._kept = super().__call__(x)
            return self._kept
    said = lesson05.check_mlp(Layer, Remembering).message
    assert "your network gives the same score, " in said and "its output does not follow its input. " \
        "Candidates: an output kept from an earlier call" in said, said
    assert "它的输出不随输入变化" in in_chinese(lambda: lesson05.check_mlp(Layer, Remembering).message)


def test_walk_38_a_neuron_whose_default_is_no_relu_is_told_so():
    class NoReluByDefault(NeuronRight):
        def __init__(self, nin, nonlin=False):
            super().__init__(nin, nonlin)
    said = lesson05.check_neuron(NoReluByDefault).message
    assert said.startswith("Your Neuron is right when nonlin is given, but Neuron(3) made without "
                           "it gives -2.25 for the point [1.0, 2.0, -0.5]"), said
    assert "请把 nonlin 的默认值设为 True" in in_chinese(lambda: lesson05.check_neuron(NoReluByDefault).message)


def test_walk_38_a_training_step_that_uses_the_rate_twice_is_named():
    def twice(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * learning_rate * p.grad
        return loss.data, accuracy
    assert "the learning rate is used twice" in lesson05.check_training_step(twice).message
    assert "学习率用了两次" in in_chinese(lambda: lesson05.check_training_step(twice).message)


def stepping_by(direction):
    """A learner's training step whose update is learning_rate * direction(p.grad)."""
    def step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * direction(p.grad)
        return loss.data, accuracy
    return step


@pytest.mark.parametrize("direction, english, chinese", [
    (abs, "uses the size of the gradient, abs(p.grad), which drops its sign", "梯度的大小 abs(p.grad)"),
    (lambda g: 1 if g > 0 else -1, "the update uses only the gradient's sign", "更新只用了梯度的符号"),
])
def test_a_training_step_by_the_gradients_size_or_sign_is_named(direction, english, chinese):
    """Round 43 left these with the numbers alone, where check_descend names them."""
    step = stepping_by(direction)
    assert english in lesson05.check_training_step(step).message
    assert chinese in in_chinese(lambda: lesson05.check_training_step(step).message)


def test_walk_39_relu_on_the_output_of_deep_networks_is_named_before_a_deaf_network():
    """Relu at the output gives 0 on two points: it was told its output does not follow
    its input; the relu variants are tried first now."""
    Layer, Network = make_network(nonlin_of=lambda i, count: i != count - 1 or count > 3)
    said = lesson05.check_mlp(Layer, Network).message
    assert "does not follow its input" not in said and "relu" in said, said


def test_walk_42_layers_kept_where_every_mlp_shares_them_are_named():
    """Layers put in a list on another class: the count message led with the sizing rule."""
    def sharing():
        Layer, Network = make_network()

        class Store:
            layers = []

        class Sharing(Network):
            def __init__(self, nin, nouts):
                sizes = [nin] + nouts
                Store.layers.extend(Layer(sizes[i], sizes[i + 1], nonlin=i != len(nouts) - 1)
                                    for i in range(len(nouts)))
                self.layers = Store.layers
        return Layer, Sharing
    said = lesson05.check_mlp(*sharing()).message
    assert said.startswith("MLP(3, [5, 4, 3, 1]).parameters() has 94 Values where it should have "
                           "63: the 31 more are as many as the network made before it"), said
    assert "正好是之前建的网络" in in_chinese(lambda: lesson05.check_mlp(*sharing()).message)


def test_walk_42_a_count_with_two_inputs_written_in_is_named():
    def two_inputs(nin, nouts):
        sizes = [2] + nouts
        return sum(b * (a + 1) for a, b in zip(sizes, sizes[1:]))
    said = lesson05.check_count_parameters(two_inputs).message
    assert "That is the count of MLP(2, [4, 4, 1]): your function counts 2 inputs, where this " \
           "call's nin is 3." in said, said
    assert "你的函数按 2 个输入来数" in in_chinese(lambda: lesson05.check_count_parameters(two_inputs).message)


def test_walk_43_a_layer_that_shares_neurons_by_size_fails_though_the_mlp_does_not_use_it():
    """Round 43: a Layer that kept its neurons by (nin, nout) on the class passed check_mlp
    beside an MLP built from another Layer: two layers of one size are compared now."""
    def shared_layer():
        Layer, Network = make_network()

        class BySize(Layer):
            kept = {}

            def __init__(self, nin, nout, **kwargs):
                key = (nin, nout, tuple(kwargs.items()))
                if key not in BySize.kept:
                    BySize.kept[key] = Layer(nin, nout, **kwargs).neurons
                self.neurons = BySize.kept[key]
        return BySize, Network
    said = lesson05.check_mlp(*shared_layer()).message
    assert said.startswith("Two layers made with Layer(3, 2) share parameters: 8 of the second "
                           "one's parameters() are Values of the first. Your layers share "
                           "`kept`, an attribute of the class itself"), said
    assert "用 Layer(3, 2) 建的两个层共用了参数" in in_chinese(
        lambda: lesson05.check_mlp(*shared_layer()).message)



def test_walk_46_a_layer_with_tanh_for_relu_and_neurons_sharing_a_bias_are_named():
    """A Layer that computed its sums itself with tanh was asked about its inputs and its
    Neuron; one whose neurons shared a bias got two candidates, neither of them that."""
    Layer, Network = make_network()

    class TanhLayer(Layer):
        def __call__(self, x):
            out = [sum((w * xi for w, xi in zip(n.w, x)), n.b) for n in self.neurons]
            out = [o.tanh() if n.nonlin else o for o, n in zip(out, self.neurons)]
            return out[0] if len(out) == 1 else out

    class SharedBias(Layer):
        def __init__(self, nin, nout, **kwargs):
            super().__init__(nin, nout, **kwargs)
            for n in self.neurons[1:]:
                n.b = self.neurons[0].b
    said = lesson05.check_mlp(TanhLayer, Network).message
    assert "Your outputs are tanh of each neuron's weighted sum w · x + b" in said, said
    assert "你的输出是每个神经元的加权和 w · x + b 再取 tanh" in in_chinese(
        lambda: lesson05.check_mlp(TanhLayer, Network).message)
    said = lesson05.check_mlp(SharedBias, Network).message
    assert "or one Value handed to two parts (an assignment such as `n.b = other.b`" in said, said


def test_walk_46_a_step_with_its_gradients_clipped_is_told_so():
    step = stepping_by(lambda g: max(-0.05, min(0.05, g)))
    said = lesson05.check_training_step(step).message
    assert said.startswith("At step 1 your update moves each parameter by learning_rate * p.grad "
                           "where the gradient is small, and by learning_rate * 0.05 at most"), said
    assert "也就是把梯度截断在 ±0.05 之内了" in in_chinese(lambda: lesson05.check_training_step(step).message)


def test_walk_51_an_mlp_that_changes_a_nouts_not_ending_in_1_is_told_so():
    """It was told its count was wrong (15 for 12) on MLP(2, [2, 2])."""
    Layer, Network = make_network()

    class AppendsTheOutput(Network):
        def __init__(self, nin, nouts):
            if nouts[-1] != 1:
                nouts.append(1)
            super().__init__(nin, nouts)
    said = lesson05.check_mlp(Layer, AppendsTheOutput).message
    assert said.startswith("MLP(2, [2, 2]) changed the list nouts it was given: [2, 2] became [2, 2, 1]."), said


def test_walk_53_a_bias_counted_twice_is_named():
    """Walk 53: 370 for 337 (one too many per neuron) was given five candidates, none of them it."""
    def count_parameters(nin, nouts):
        sizes = [nin, *nouts]
        return sum((a + 1) * b for a, b in zip(sizes, sizes[1:])) + sum(nouts)

    said = lesson05.check_count_parameters(count_parameters)
    assert not said and "That is one more than right for every neuron: each bias is counted twice" \
        in said.message, said.message
    assert "每个偏置都算了两次" in in_chinese(lambda: lesson05.check_count_parameters(count_parameters)).message


class NeuronNonlinOnTheClass(NeuronRight):
    """nonlin kept on the class: the last neuron made decides for all of them."""
    def __init__(self, nin, nonlin=True):
        super().__init__(nin, nonlin)
        del self.nonlin
        type(self).nonlin = nonlin


def test_walk_54_a_nonlin_kept_on_the_class_is_rejected():
    """Walk 54: it passed (each neuron was tried again at an input whose sum is above 0
    only, where relu changes nothing), and check_mlp then blamed the MLP."""
    said = lesson05.check_neuron(NeuronNonlinOnTheClass)
    assert not said and said.message.startswith(
        "Neuron(3, nonlin=True) on [1.0, 2.0, -0.5] gave 0 at first, and -2.25 once the check "
        "had made and used another one: your objects share `nonlin`, an attribute of the class"), \
        said.message  # (the last neuron the check makes has nonlin=False since walk 92)


class NeuronWithAReluByHand(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return Value(max(0.0, n.data), (n,), "relu") if self.nonlin else n


def test_walk_56_a_relu_built_with_no_way_back_is_told_so():
    """Walk 56: check_neuron raised the engine's TypeError, in English, out of the check."""
    said = lesson05.check_neuron(NeuronWithAReluByHand)
    assert not said and "with no way to pass a gradient back (no _backward, no local derivatives)" in said.message
    assert "没有办法把梯度传回去" in in_chinese(lambda: lesson05.check_neuron(NeuronWithAReluByHand)).message


class NeuronAddingWeightAndInput(NeuronRight):  # walk 62: + where * belongs
    def __call__(self, x):
        n = sum((wi + xi for wi, xi in zip(self.w, x)), self.b)
        return n.relu() if self.nonlin else n


def test_walk_62_a_neuron_right_by_chance_at_one_input_is_told_its_wrong_output_elsewhere():
    """Walk 62: w + x gives w * x's output at the check's first input, and the grad
    message then told it to build the output from the Values, not their .data (it does)."""
    english = lesson05.check_neuron(NeuronAddingWeightAndInput).message
    assert "gives 4.25; it should give 0 (relu(-2.25))" in english, english
    assert "not their .data" not in english
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronAddingWeightAndInput).message)
    assert "输出 4.25，应该输出 0（relu(-2.25)）" in chinese, chinese
    assert "`+` where `*` belongs" in english, english
    assert "把 `*` 写成了 `+`" in chinese, chinese


def step_setting_each_parameter_to_its_step(model, loss_fn, learning_rate):  # = where -= belongs
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data = learning_rate * p.grad
    return loss.data, accuracy


def step_returning_inside_the_loop(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= learning_rate * p.grad
        return loss.data, accuracy


def step_of_the_first_five(model, loss_fn, learning_rate):  # a count written into the code
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters()[:5]:
        p.data -= learning_rate * p.grad
    return loss.data, accuracy


@pytest.mark.parametrize("step, english, chinese", [
    (step_setting_each_parameter_to_its_step,
     "After each step your parameters are learning_rate * p.grad, whatever they were before, "
     "as `p.data = learning_rate * p.grad` makes them: `=` where `-=` belongs.",
     "`p.data = learning_rate * p.grad` 就会这样，它把 `-=` 写成了 `=`。"),
    (step_returning_inside_the_loop,
     "16 of the 17 parameters did not move though their gradient says they should (the first is "
     "model.parameters()[1]). Only the first parameter moved, and none "
     "after it. Candidates: a return or break inside the loop over the parameters",
     "只有第一个参数动了，它后面的一个也没动。可能的原因有以下几种：遍历参数的循环里有 return 或 break"),
    (step_of_the_first_five, "Only the first 5 parameters moved, and none after them. Candidates:",
     "只有前 5 个参数动了，后面的参数一个也没动。"),
])
def test_walk_63_an_assigned_step_or_one_that_stops_early_is_named(step, english, chinese):
    """Walk 63: the first was told the number it should be, the others to update every
    parameter; lesson 04's checks name both."""
    said = lesson05.check_training_step(step)
    assert not said and english in said.message, said.message
    assert chinese in in_chinese(lambda: lesson05.check_training_step(step).message)


def make_step_drifting_after(calls):
    made = []

    def training_step(model, loss_fn, learning_rate):
        made.append(None)
        longer = 1.01 if len(made) > calls else 1.0
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * longer * p.grad
        return loss.data, accuracy
    return training_step


@pytest.mark.parametrize("calls, between", [(1, "one other call"), (2, "2 other calls")])
def test_walk_64_a_step_that_drifts_after_some_calls_is_told_it_keeps_state(calls, between):
    """Walk 64: it was told its update used a rate of its own (a number written in, ...)."""
    said = lesson05.check_training_step(make_step_drifting_after(calls)).message
    assert said.startswith("Step 1 on a new network, right at the check's first call, is wrong "
                           f"when the check makes it again after {between}:"), said
    assert "再在一个新网络上走同样的第 1 步" in in_chinese(
        lambda: lesson05.check_training_step(make_step_drifting_after(calls)).message)


def test_walk_64_an_mlp_of_three_layers_whatever_nouts_is_told_so():
    """Walk 64: told only the count formula of a layer, though every layer it made was right."""
    Layer, Network = make_network()

    class ThreeLayers(Network):
        def __init__(self, nin, nouts):
            super().__init__(nin, nouts)
            self.layers = [Layer(nin, nouts[0]), Layer(nouts[0], nouts[1]),
                           Layer(nouts[1], nouts[-1], nonlin=False)]
    said = lesson05.check_mlp(Layer, ThreeLayers).message
    assert said.startswith("MLP(3, [5, 4, 3, 1]).parameters() has 49 Values; it should have 63. "
                           "Your layers, as inputs → neurons, are 3 → 5, 5 → 4, 4 → 1;"), said
    assert said.endswith("That is 3 layers where nouts asks for 4: make one layer for each entry "
                         "of nouts, however many there are (not a number of layers written in the code)."), said
    assert "这是 3 层，而 nouts 要的是 4 层" in in_chinese(
        lambda: lesson05.check_mlp(Layer, ThreeLayers).message)
    said = lesson05.check_mlp(*_layers_unread((Layer, ThreeLayers))).message  # (the count alone)
    assert said.startswith("MLP(3, [5, 4, 3, 1]).parameters() has 49 Values, as many as "
                           "MLP(3, [5, 4, 1]) has: 3 layers where nouts asks for 4."), said
    assert "只有 3 层，而 nouts 要的是 4 层" in in_chinese(
        lambda: lesson05.check_mlp(*_layers_unread((Layer, ThreeLayers))).message)


@pytest.mark.parametrize("calls", [20, 150])
def test_walk_66_a_step_that_drifts_after_many_calls_is_rejected(calls):
    """Walk 66 (descend): a switch after 20 calls passed a check of fewer calls, and the
    lesson's training loop of 100 steps then met it."""
    said = lesson05.check_training_step(make_step_drifting_after(calls))
    assert not said and said.message.startswith(
        "Your training_step, called again and again on one small network (learning rate 0.01), "
        "was right for ") and "It keeps something from one step to the next" in said.message, \
        said.message


class NeuronOfTheFirstFive(NeuronRight):  # walk 66
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w[:5], x[:5])), self.b)
        return n.relu() if self.nonlin else n


def test_walk_66_a_neuron_of_its_first_five_inputs_is_rejected():
    """Walk 66: it passed check_neuron (3 and 5 inputs) and check_mlp, and the lesson's network
    of 16-input neurons then gave another score than the package's."""
    said = lesson05.check_neuron(NeuronOfTheFirstFive)
    assert not said and "your neuron used only the first 5 of its 17 inputs" in said.message, said.message


def test_walk_66_grads_of_a_scaled_loss_are_named_not_changed_after_backward():
    """Walk 66: (loss * 0.5).backward() with the rate doubled was told it changed the grads
    after backward()."""
    def step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        (loss * 0.5).backward()
        for p in model.parameters():
            p.data -= 2 * learning_rate * p.grad
        return loss.data, accuracy
    said = lesson05.check_training_step(step).message
    assert said.startswith("After step 1 the parameters are right, but every grad is 0.5 times what "
                           "loss.backward() leaves. Candidates: backward() run from another number"), said
    assert "每个 grad 都是 loss.backward() 留下的 0.5 倍" in in_chinese(
        lambda: lesson05.check_training_step(step).message)


def make_neuron_drifting_after(calls):
    """Walk 74: a neuron that doubles its sum after `calls` calls of the same object."""
    class NeuronDrifting(NeuronRight):
        def __init__(self, nin, nonlin=True):
            super().__init__(nin, nonlin)
            self.calls = 0

        def __call__(self, x):
            self.calls += 1
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            n = n * 2 if self.calls > calls else n
            return n.relu() if self.nonlin else n
    return NeuronDrifting


@pytest.mark.parametrize("calls", [10, 30])
def test_walk_74_a_neuron_that_drifts_after_some_calls_is_told_it_keeps_something(calls):
    """Walk 74: drifting after 30 calls passed; after 10 it was told the neurons share
    something kept outside each object (nothing is shared: the counter is on each one)."""
    english = lesson05.check_neuron(make_neuron_drifting_after(calls))
    chinese = in_chinese(lambda: lesson05.check_neuron(make_neuron_drifting_after(calls)))
    # (after 10 calls, since walk 82, the check meets it first where it changes the weights)
    assert not english and ("on the same x with the same weights" in english.message and
                            "it keeps something from one call to the next" in english.message or
                            "other state that your code keeps between calls" in english.message), \
        english.message
    assert "share" not in english.message
    assert not chinese


@pytest.mark.parametrize("calls", [10, 30])
def test_walk_74_a_network_that_drifts_after_some_calls_is_told_it_keeps_something(calls):
    """Walk 74: an MLP doubling its output after 30 calls passed; after 10 it was told its
    scores were right and its grads wrong (its scores were not right)."""
    Layer, Network = make_network()

    class Drifting(Network):
        def __init__(self, nin, nouts):
            super().__init__(nin, nouts)
            self.calls = 0

        def __call__(self, x):
            self.calls += 1
            out = super().__call__(x)
            return out * 2 if self.calls > calls else out
    said = lesson05.check_mlp(Layer, Drifting)
    assert not said and said.message.startswith("Your MLP(2, [4, 3, 1]) gave ") and \
        "it keeps something from one call to the next" in said.message, said.message
    assert "scores" not in said.message


def test_walk_74_a_count_that_goes_wrong_after_30_calls_fails():
    """Walk 74: a count off by one from the 31st call (a default argument counting calls)
    passed with a note; the check runs again on code that changed its state."""
    def count_parameters(nin, nouts, _calls=[]):
        _calls.append(0)
        total = sum(b * (a + 1) for a, b in zip([nin] + nouts, nouts))
        return total if len(_calls) <= 30 else total - 1
    said = lesson05.check_count_parameters(count_parameters)
    assert not said and said.message.startswith(
        "Your code passed this check at its first run, and changed the default argument `_calls` "
        "while it ran; the same check, run on your code again, fails at its run 3: «"), said.message


def make_step_counting_on_the_model(after):
    """Walk 75: a step that keeps a counter on the model and slows after `after` calls."""
    def training_step(model, loss_fn, learning_rate):
        model._calls = getattr(model, "_calls", 0) + 1
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        rate = learning_rate if model._calls <= after else 0.9 * learning_rate
        for p in model.parameters():
            p.data = p.data - rate * p.grad
        return loss.data, accuracy
    return training_step


@pytest.mark.parametrize("after", [3, 30])
def test_walk_75_a_step_that_counts_on_the_model_is_rejected(after):
    """Walk 75: it passed (the check stepped each network three times at most); the lesson's
    loop steps one network 100 times."""
    said = lesson05.check_training_step(make_step_counting_on_the_model(after))
    in_zh = in_chinese(lambda: lesson05.check_training_step(make_step_counting_on_the_model(after)))
    assert not said and said.message.startswith(
        f"Your training_step, called again and again on one small network (learning rate 0.01), "
        f"was right for {after} steps, and after step {after + 1} "), said.message
    assert in_zh.message.startswith("在同一个小网络上一次又一次调用你的 training_step"), in_zh.message


@pytest.mark.parametrize("count_parameters", [
    lambda nin, nouts: _right_count(nin, nouts) - (100 <= nin < 784),
    lambda nin, nouts: sum(b * (a + (b <= 128)) for a, b in zip([nin] + nouts, nouts)),
])
def test_walk_75_a_count_right_only_for_the_sizes_tried_fails(count_parameters):
    """Walk 75: wrong for nin from 100 to 783, or for layers wider than 128: both passed."""
    said = lesson05.check_count_parameters(count_parameters)
    assert not said and said.message.startswith(
        "count_parameters(300, [200, 150, 10]) returned "), said.message


def _right_count(nin, nouts):
    sizes = [nin] + nouts
    return sum(b * (a + 1) for a, b in zip(sizes, sizes[1:]))


def test_walk_76_a_layer_that_keeps_its_first_8_outputs_fails():
    """Walk 76: it passed (the widest layer tried had 5 neurons); the lesson's MLP(2, [16, 16, 1])
    then scored 0.6401 in cell 13 where the package's gives 0.9680."""
    Layer, Network = make_network()

    class FirstEight(Layer):
        def __call__(self, x):
            out = [n(x) for n in self.neurons][:8]
            return out[0] if len(out) == 1 else out

    class Net(Network):
        def __init__(self, nin, nouts):
            sizes = [nin] + nouts
            self.layers = [FirstEight(a, b, nonlin=i < len(nouts) - 1)
                           for i, (a, b) in enumerate(zip(sizes, sizes[1:]))]
    said = lesson05.check_mlp(Layer, Net)  # (the Layer given is right; the MLP's is not)
    assert not said and said.message.startswith(
        "Your networks were right at the check's smaller sizes, but with the package's weights "
        "your MLP(2, [16, 16, 1]), the lesson's own size, gives the score "), said.message
    said = lesson05.check_mlp(FirstEight, Net)  # (walk 91: each Layer alone at 16 wide)
    assert not said and said.message.startswith(
        "Layer(2, 16), the width of the lesson's network, has the right 48 parameters but gives "
        "8 outputs on [1.0, -0.5]"), said.message


def test_walk_76_a_count_that_drifts_on_the_large_size_names_its_default():
    """Walk 76: a count off by one from the 11th call failed at the large size with the
    generic candidates; the first size called again shows the default argument kept."""
    def count_parameters(nin, nouts, _calls={}):
        _calls["n"] = _calls.get("n", 0) + 1
        return _right_count(nin, nouts) + (_calls["n"] > 10)
    said = lesson05.check_count_parameters(count_parameters)
    assert not said and said.message.startswith(
        "count_parameters(784, [128, 10]) returned 101771; MLP(784, [128, 10]) has 101770 "
        "parameters. Called again, count_parameters(2, [16, 16, 1]) now returns 338"), said.message


def test_walk_77_a_neuron_that_nudges_its_weight_shows_the_change():
    """Walk 77: a weight nudged by 1e-7 in the forward pass was told 0.5 became 0.5."""
    class Nudging(NeuronRight):
        def __call__(self, x):
            for w in self.w:
                w.data *= 1.0000001
            return super().__call__(x)
    said = lesson05.check_neuron(Nudging)
    assert not said and "the check set it to 0.5, and after it called it on x (with Values, then with plain numbers) it is 0.5000001" in \
        said.message, said.message


class NeuronListingAllButTheLastWeight(NeuronRight):
    def parameters(self):  # right for the 5 inputs of the exercise's example only
        return (self.w if len(self.w) < 10 else self.w[:-1]) + [self.b]


def test_walk_79_a_weight_left_out_of_parameters_is_named_not_the_bias():
    """Walk 79: told "the 17 weights but no bias?", though the bias was there and
    `self.w[16]` was not."""
    said = lesson05.check_neuron(NeuronListingAllButTheLastWeight)
    assert not said and said.message == (
        "Neuron(17, nonlin=True).parameters() has 17 Values: the bias, and every weight of self.w "
        "except `self.w[16]`. parameters() must list every weight and the bias (training moves "
        "only what it lists)."), said.message
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronListingAllButTheLastWeight))
    assert "包括偏置，以及 self.w 中除了 `self.w[16]` 以外的所有权重" in chinese.message, chinese.message
    said = lesson05.check_neuron(NeuronNoBias)  # (and a bias left out is still told so)
    assert not said and "but no bias?" in said.message, said.message


def step_rounding_each_move(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= round(learning_rate * p.grad, 3)
    return loss.data, accuracy


def step_skipping_grads_below_minus_1(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        if p.grad > -1:
            p.data -= learning_rate * p.grad
    return loss.data, accuracy


def step_resetting_ten_grads(model, loss_fn, learning_rate):
    loss, accuracy = loss_fn(model)
    for p in model.parameters()[:10]:
        p.grad = 0.0
    loss.backward()
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    return loss.data, accuracy


@pytest.mark.parametrize("step, english, chinese", [
    (step_rounding_each_move,
     "2 of the 17 parameters did not move though their gradient says they should (the first is "
     "model.parameters()[2]). Each of them should have made a smaller step than every parameter "
     "that moved (its gradient is smaller in size). Candidates: a step rounded",
     "这些参数该走的步都比每个动了的参数小（它们的梯度绝对值更小）。可能的原因有两种：（1）把步长取整了"),
    (step_skipping_grads_below_minus_1,
     "7 of the 353 parameters of the second network did not move (the first is "
     "model.parameters()[99]). Each of them should have made a larger step than every parameter "
     "that moved (its gradient is larger in size): a candidate is an `if` on p.grad",
     "这些参数该走的步都比每个动了的参数大"),
    (step_resetting_ten_grads,
     "Your steps before it were right, so what one step leaves for the next is a candidate too: "
     "grads not all set back to 0 before backward() (a reset of some parameters only)",
     "（1）backward() 之前没有把所有的 grad 都设回 0（只清零了一部分参数）"),
])
def test_walk_79_a_step_that_drops_some_moves_is_told_what_tells_them_apart(step, english, chinese):
    """Walk 79: each was told to "update every parameter" (the second: "however many there
    are"), though the loop went over all of them."""
    said = lesson05.check_training_step(step)
    assert not said and english in said.message, said.message
    assert "Update every parameter" not in said.message
    assert chinese in in_chinese(lambda: lesson05.check_training_step(step).message)


def count_for_the_lessons_networks(nin, nouts):
    return 337 if nouts == [16, 16, 1] else 101770  # (the two networks the exercise names)


def count_of_the_last_layer(nin, nouts):
    total, before = 0, nin
    for n in nouts:
        total = n * (before + 1)  # `=` where `+=` belongs
        before = n
    return total


@pytest.mark.parametrize("count_parameters, english, chinese", [
    (count_for_the_lessons_networks,
     "count_parameters(3, [4, 4, 1]) returned 101770; MLP(3, [4, 4, 1]) has 41 parameters. 101770 "
     "is a number written in your code: a count worked out for one network, right for that one "
     "alone.", "你把 101770 直接写进了代码"),
    (count_of_the_last_layer,
     "count_parameters(2, [16, 16, 1]) returned 17; MLP(2, [16, 16, 1]) has 337 parameters. That "
     "is the count of the last layer alone", "这只是最后一层的参数个数"),
])
def test_walk_79_counts_written_in_the_code_or_of_the_last_layer_are_named(count_parameters, english, chinese):
    """Walk 79: each was given five candidates, none of them its cause."""
    said = lesson05.check_count_parameters(count_parameters)
    assert not said and said.message.startswith(english), said.message
    assert chinese in in_chinese(lambda: lesson05.check_count_parameters(count_parameters).message)


class NeuronZeroAfter30(NeuronRight):
    def __call__(self, x, _calls=[0]):
        _calls[0] += 1
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        if _calls[0] > 30:
            n = n * 0
        return n.relu() if self.nonlin else n


def test_walk_80_a_zero_given_again_is_not_called_a_cache():
    """Walk 80: a neuron whose output a counter turned into 0 was told it kept "the output it
    gave before the change" (a relu's 0, both times): a cache, certain."""
    said = lesson05.check_neuron(NeuronZeroAfter30)
    assert not said and "the output it gave before the change" not in said.message, said.message
    assert "Candidates:" in said.message, said.message
    assert "your code changed the default argument `_calls`" in said.message, said.message


def make_step_that_stops_zeroing_after(calls):
    count = [0]

    def training_step(model, loss_fn, learning_rate):
        count[0] += 1
        loss, accuracy = loss_fn(model)
        if count[0] <= calls:
            model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        return loss.data, accuracy
    return training_step


def test_walk_80_one_right_step_reads_as_one_in_chinese():
    """Walk 80: "前 1 步是对的" (the first 1 steps were right) read unnaturally."""
    said = in_chinese(lambda: lesson05.check_training_step(make_step_that_stops_zeroing_after(10)))
    assert not said and "只有第 1 步是对的，第 2 步之后" in said.message, said.message


@pytest.mark.parametrize("number", [0, 1, -1])
def test_walk_81_a_count_that_is_one_number_for_two_networks_is_told_so(number):
    """Walk 81: `return 0` (or 1, -1) was given five candidates, none of them its cause."""
    said = lesson05.check_count_parameters(lambda nin, nouts: number)
    assert not said and said.message.startswith(
        f"count_parameters(2, [16, 16, 1]) returned {number}, and count_parameters(3, [4, 4, 1]) "
        f"returned {number} too; the two networks have 337 and 41 parameters. Your count does not "
        "follow nin and nouts"), said.message
    assert "你的结果没有随 nin 和 nouts 变化" in in_chinese(
        lambda: lesson05.check_count_parameters(lambda nin, nouts: number)).message


@pytest.mark.parametrize("cut", [-0.5, -0.1, 0.1])
def test_walk_82_a_relu_that_cuts_off_elsewhere_than_at_0_fails(cut):
    """Walk 82: `n if n.data > t else n * 0` passed for t from -1 to 0.5 (no input had
    w . x + b near 0)."""
    class CutElsewhere(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            return (n if n.data > cut else n * 0) if self.nonlin else n
    said = lesson05.check_neuron(CutElsewhere)
    assert not said and "so its relu cuts off elsewhere than at 0" in said.message, said.message
    assert "它的 relu 分界点不在 0" in in_chinese(lambda: lesson05.check_neuron(CutElsewhere)).message


def test_walk_82_a_layer_that_keeps_its_outputs_by_input_fails_even_if_the_mlp_does_not_use_it():
    """Walk 82: a Layer keeping its outputs by the input's numbers passed check_mlp (its MLP
    was made of another Layer class)."""
    Layer, Network = make_network()

    class KeepsOutputs(Layer):
        def __call__(self, x):
            if not hasattr(self, "kept"):
                self.kept = {}
            key = tuple(getattr(v, "data", v) for v in x)
            if key not in self.kept:
                self.kept[key] = super().__call__(x)
            return self.kept[key]
    said = lesson05.check_mlp(KeepsOutputs, Network)
    assert not said and said.message.startswith(
        "The check changed every parameter of your Layer(3, 1) through parameters()"), said.message


def count_with_the_first_size_as_every_input(nin, nouts):
    return (nin + 1) * nouts[0] + sum((nouts[0] + 1) * b for b in nouts[1:])


def test_walk_82_a_count_that_meets_another_nin_by_chance_is_not_told_it_fixed_nin():
    """Walk 82: nouts[0] as every later layer's inputs gave 55 for (4, [3, 2, 7, 1]), the count
    with nin = 5, and was told it counted 5 inputs (its nin was right)."""
    said = lesson05.check_count_parameters(count_with_the_first_size_as_every_input)
    assert not said and "your function counts 5 inputs" not in said.message, said.message
    assert "the wrong number of inputs for a layer" in said.message, said.message


def test_walk_84_a_layer_that_leaves_its_neurons_biases_out_is_told_so():
    """Walk 84: told "no biases? Check that Neuron has a bias", though each Neuron listed
    its bias and Layer.parameters() left it out."""
    Layer, Network = make_network()

    class LeavesBiasesOut(Layer):
        def parameters(self):
            return [p for n in self.neurons for p in n.parameters()[:-1]]
    said = lesson05.check_mlp(LeavesBiasesOut, Network)
    assert not said and said.message.startswith(
        "Layer(3, 2).parameters() has 6 Values, though each of its neurons lists 4"), said.message
    said = lesson05.check_mlp(*make_network(NeuronNoBias))  # (a neuron with no bias: as before)
    assert not said and "Check that Neuron has a bias" in said.message, said.message


def test_walk_84_an_output_that_is_neither_n_nor_0_near_0_is_not_told_its_relu_cuts_elsewhere():
    """Walk 84: a neuron adding 0.01 from its fourth call gave 0.06 for relu(0.05) and was told
    its relu cut off elsewhere than at 0 (a cut-off gives 0.05 or 0, not 0.06)."""
    class AddsLater(NeuronRight):
        def __call__(self, x, _calls=[]):
            _calls.append(1)
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            n = n + 0.01 if len(_calls) > 3 else n
            return n.relu() if self.nonlin else n
    said = lesson05.check_neuron(AddsLater)
    assert not said and "cuts off elsewhere than at 0" not in said.message, said.message


def test_walk_85_a_layer_listing_another_layers_neurons_is_not_told_8_should_be_8():
    """Walk 85: "Layer(3, 2).parameters() has 8 Values; it should have 8." for a Layer that
    lists the neurons of the last Layer made (kept on the class)."""
    Layer, Network = make_network()

    class ListsTheLast(Layer):
        def __init__(self, nin, nout, **kwargs):
            super().__init__(nin, nout, **kwargs)
            ListsTheLast.made = getattr(ListsTheLast, "made", []) + self.neurons

        def parameters(self):
            return [p for n in ListsTheLast.made[-len(self.neurons):] for p in n.parameters()]
    said = lesson05.check_mlp(ListsTheLast, Network)
    assert not said and "has 8 Values; it should have 8" not in said.message, said.message


def _step_updating(update):
    """The worked training step with its update ``p.data = update(p, learning_rate)``."""
    def training_step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data = update(p, learning_rate)
        return loss.data, accuracy
    return training_step


def test_walk_86_a_step_wrong_at_learning_rate_1_fails():
    """Walk 86: a step halving a rate of exactly 1 (the lesson's first step has it) passed;
    the check's rates were 0.4, 0.25, 1.5 and 0.01."""
    step = _step_updating(lambda p, lr: p.data - (0.5 if lr == 1 else lr) * p.grad)
    english = lesson05.check_training_step(step)
    chinese = in_chinese(lambda: lesson05.check_training_step(step))
    assert not english and english.message.startswith(
        "Your training_step is right at the learning rates 0.4, 0.25 and 1.5, but one step at "
        "learning rate 1.0 (the rate of the lesson's first step) on a new network leaves "), english.message
    assert "some rates handled apart (an `if` on learning_rate)" in english.message
    assert not chinese and "（1）对某些学习率另作了处理" in chinese.message, chinese.message


def test_walk_86_a_step_skipping_grads_of_1_is_not_told_for_certain_it_keeps_state():
    """Walk 86: a step with no state that skips parameters whose grad is exactly ±1 was told
    it keeps something from the calls before; that network's bias grad is -1, so both are
    candidates now."""
    def training_step(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            if abs(p.grad) != 1.0:
                p.data -= learning_rate * p.grad
        return loss.data, accuracy
    english = lesson05.check_training_step(training_step).message
    chinese = in_chinese(lambda: lesson05.check_training_step(training_step).message)
    assert "This network's bias is 0, and its grad exactly -1 at that step. Candidates: something " \
        "kept from the calls before (a counter, say) that changes the step, a parameter skipped " \
        "or handled apart for some grads or values (0, 1 or -1), or a small rate such as 0.01 " \
        "handled apart." in english, english
    assert "（2）参数的 grad 或值取某些数（0、1 或 -1）时跳过了它" in chinese, chinese


@pytest.mark.parametrize("sizes", [(2,), (16,)])
def test_walk_86_a_neuron_wrong_at_the_lessons_own_sizes_fails(sizes):
    """Walk 86: a neuron leaving out its bias only with 2 or 16 inputs (the lesson's sizes)
    passed check_neuron, which tried 3, 5 and 17 inputs."""
    class Neuron(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)),
                    Value(0.0) if len(self.w) in sizes else self.b)
            return n.relu() if self.nonlin else n
    said = lesson05.check_neuron(Neuron)
    assert not said and f"Neuron({sizes[0]}, nonlin=" in said.message and \
        "leaves out the bias b" in said.message, said.message


def test_walk_86_an_output_neuron_returning_a_new_value_at_0_fails():
    """Walk 86: an output neuron returning Value(0.0) where w . x + b is exactly 0 passed (its
    grads there are 0 where x and 1 are right); an output neuron's sum of 0 is tried now."""
    class Neuron(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            if n.data == 0:
                return Value(0.0)
            return n.relu() if self.nonlin else n
    said = lesson05.check_neuron(Neuron)
    assert not said and said.message.startswith(
        "Neuron(2, nonlin=False) gives the right output, but its graph has no operation node"), \
        said.message


def test_walk_86_a_product_left_out_for_an_input_of_1_is_given_both_candidates():
    """Walk 86: a neuron adding wi where xi is 1 (no * node) was told its nodes are built
    from .data; where an input or weight is 1 or 0 both are candidates. With none such,
    .data is named, as before."""
    class Neuron(NeuronRight):
        def __call__(self, x):
            n = self.b
            for wi, xi in zip(self.w, x):
                n = n + (wi if getattr(xi, "data", xi) == 1 else wi * xi)
            return n.relu() if self.nonlin else n
    english = lesson05.check_neuron(Neuron).message
    chinese = in_chinese(lambda: lesson05.check_neuron(Neuron).message)
    assert english.startswith("Neuron(3, nonlin=False) gives the right output, but its graph has "
                              "only 5 operation nodes on [1.0, 2.0, -0.5].") and \
        "or a * left out where an input or a weight is 1 or 0" in english, english
    assert "（2）输入或权重是 1 或 0 时省掉了 *" in chinese, chinese
    on_data = lesson05.check_neuron(NeuronOnData).message
    assert "not from their .data." in on_data and "Candidates" not in on_data, on_data


def test_walk_86_a_neuron_wrong_after_60_calls_is_told_it_depends_on_the_calls_before():
    """Walk 86: a neuron counting its calls in a default argument, wrong after 60, was told
    its objects share their parts (weights, neurons, layers); a new one with its own weights
    set is wrong at its first call, so the calls before are named."""
    def make():
        class Neuron(NeuronRight):
            def __call__(self, x, _calls=[0]):
                _calls[0] += 1
                out = super().__call__(x)
                return out * 0.0 if _calls[0] > 60 else out
        return Neuron
    english = lesson05.check_neuron(make()).message
    chinese = in_chinese(lambda: lesson05.check_neuron(make()).message)
    assert "So what it computes depends on the calls before it, not on its own weights" in english \
        and "must keep its own parts" not in english and "`_calls`" in english, english
    assert "可见它算出的结果取决于之前的调用" in chinese and "组成部分" not in chinese, chinese


def test_walk_86_a_network_that_drops_inputs_of_0_fails_with_that_candidate():
    """Walk 86: an MLP dropping input coordinates of 0 passed (no point had one); a point
    [0.0, 0.5] is tried, and an input of 0 handled apart is among the candidates."""
    Layer, Network = make_network()

    class Dropping(Network):
        def __call__(self, x):
            kept = [c for c in x if (c.data if isinstance(c, Value) else c) != 0]
            return super().__call__(kept + [1.0] * (len(x) - len(kept)))
    english = lesson05.check_mlp(Layer, Dropping)
    chinese = in_chinese(lambda: lesson05.check_mlp(Layer, Dropping))
    assert not english and "for the point [0.0, 0.5]" in english.message and \
        "Candidates: an input of 0 handled apart (dropped, or replaced)" in english.message, english.message
    assert not chinese and "（1）对值为 0 的输入另作了处理" in chinese.message, chinese.message


def test_walk_87_a_layer_counting_on_its_class_after_60_calls_is_told_the_calls_before():
    """Walk 87: a Layer scaling its output once a class counter passed 60 was told its scores
    were not those of another relu pattern, with three candidates, none of them its own; a
    new first network, right before, is wrong now, so the calls before are named."""
    def make():
        Layer, Network = make_network()

        class Counting(Layer):
            calls = 0

            def __call__(self, x):
                Counting.calls += 1
                out = super().__call__(x)
                return out * 1.001 if Counting.calls > 60 and isinstance(out, Value) else out

        class CountingNetwork(Network):
            def __init__(self, nin, nouts):
                super().__init__(nin, nouts)
                for layer in self.layers:  # (its layers made by make_network's Layer)
                    layer.__class__ = Counting
        return Counting, CountingNetwork
    english = lesson05.check_mlp(*make()).message
    chinese = in_chinese(lambda: lesson05.check_mlp(*make()).message)
    assert "So what your code computes depends on the calls before it" in english and \
        "relu in other layers either" not in english, english
    assert "可见你的代码算出的结果取决于之前的调用" in chinese, chinese


def test_walk_87_a_rerun_quotes_up_to_the_sentence_that_says_what_should_be():
    """Walk 87: a rerun quoted "The check set every parameter of your Layer(3, 1) ..., then
    called it on [...]." alone (it has numbers), not what the code gave."""
    from micrograd_lite.exercises.learner_code import _what_went_wrong
    said = ("The check set every parameter of your Layer(3, 1) to 0.5, then called it on "
            "[0.5, -1.5, 2.0]. It gave 0.25; it should give 0.75. Candidates: a cache.")
    assert _what_went_wrong(said) == said[:said.index(" Candidates")]
    assert _what_went_wrong("Your w after update 3 is 2.9; it should be 3. Candidates: x.") == \
        "Your w after update 3 is 2.9; it should be 3."
    assert _what_went_wrong("检查函数把参数都设成 0.5，再用 [0.5] 调用它。它输出 0.25，应该输出 0.75。可能是缓存。") == \
        "检查函数把参数都设成 0.5，再用 [0.5] 调用它。它输出 0.25，应该输出 0.75。"


def test_walk_87_a_neuron_whose_helper_drifts_is_told_it_keeps_something():
    """Walk 87: a neuron whose products go through a helper held in a closure, scaled by 0.9
    after its 10th use, was told about the formula w1*x1 + ... + b; called again on the
    first input it now gives another output, so state is named."""
    class Neuron(NeuronRight):
        def __init__(self, nin, nonlin=True):
            super().__init__(nin, nonlin)
            uses = [0]

            def times(a, b):
                uses[0] += 1
                return a * b if uses[0] <= 10 else a * b * 0.9
            self.times = times

        def __call__(self, x):
            n = self.b
            for wi, xi in zip(self.w, x):
                n = n + self.times(wi, xi)
            return n.relu() if self.nonlin else n
    said = lesson05.check_neuron(Neuron)
    assert not said and said.message.startswith(
        "Your Neuron(3, nonlin=True) gave 3.25 on x = [2.0, -1.0, 0.5], and 2.95 on the same x with "
        "the same weights 3 calls later: it keeps something from one call to the next"), said.message


def test_walk_88_a_neuron_that_leaves_out_a_weight_of_0_fails():
    """Walk 88: a neuron skipping the terms whose weight is 0 passed (no weight of 0 was set):
    its output is right, but that weight gets no gradient."""
    class Neuron(NeuronRight):
        def __call__(self, x):
            n = self.b
            for wi, xi in zip(self.w, x):
                if wi.data != 0:
                    n = n + wi * xi
            return n.relu() if self.nonlin else n
    said = lesson05.check_neuron(Neuron)
    assert not said and "or a * left out where an input or a weight is 1 or 0" in said.message, said.message


def test_walk_88_a_step_moving_parameters_of_grad_0_has_that_candidate():
    """Walk 88: a step moving every parameter whose grad is 0 by the rate was given a clip, a
    size and a counter as candidates; a parameter handled apart for some grads is one now."""
    step = _step_updating(lambda p, lr: p.data - (lr if p.grad == 0 else lr * p.grad))
    english = lesson05.check_training_step(step).message
    assert "a parameter handled apart for some grads or values (a grad of 0, say" in english, english


class NeuronDroppingABiasOfOne(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        if self.b.data in (1.0, -1.0):  # the slip: no state at all
            n = n - self.b
        return n.relu() if self.nonlin else n


def test_walk_91_a_neuron_wrong_at_a_bias_of_1_is_not_told_it_keeps_state():
    """Walk 91: a neuron that drops a bias of ±1 was told, once the check had doubled its
    parameters (bias 0.5 -> 1), that it keeps state between calls (it keeps none). A new
    neuron given the same numbers is tried now: wrong at its first call too, so the numbers
    are named."""
    said = lesson05.check_neuron(NeuronDroppingABiasOfOne)
    assert not said and "to [2, 2, 1] (the weights, then the bias)" in said.message and \
        "A new Neuron(2, nonlin=False) given the same numbers gives -1 at its very first call" \
        in said.message and "cache" not in said.message, said.message
    zh = in_chinese(lambda: lesson05.check_neuron(NeuronDroppingABiasOfOne).message)
    assert "改成了 [2, 2, 1]" in zh and "缓存" not in zh, zh


class LayerOfAtMost8(make_network()[0]):
    def __init__(self, nin, nout, **kwargs):
        super().__init__(nin, min(nout, 8), **kwargs)


def test_walk_91_a_layer_capped_at_8_neurons_fails_check_mlp():
    """Walk 91: a Layer that never makes more than 8 neurons passed check_mlp with an MLP that
    does not use it (every Layer the check made alone had at most 2 neurons); the lesson's
    network is 16 wide."""
    said = lesson05.check_mlp(LayerOfAtMost8, make_network()[1])
    assert not said and said.message.startswith(
        "Layer(2, 16), the width of the lesson's network, has 24 parameters; 16 neurons of 2 "
        "inputs have 48."), \
        said.message
    assert "给个数设了上限" in in_chinese(
        lambda: lesson05.check_mlp(LayerOfAtMost8, make_network()[1]).message)


class NeuronReversingItsWeights(NeuronRight):
    def __call__(self, x):
        out = super().__call__(x)
        self.w.reverse()  # its own list, every call: back and forth
        return out


def test_walk_91_a_neuron_changing_its_own_weights_back_and_forth_is_told_it_drifts():
    """Walk 91: a neuron reversing its own weight list at every call was told its objects
    share something kept outside each object (nothing is shared). The check's calls come in
    pairs (on Values, then on numbers), so a change undone at the next call never showed in
    the calls again and again; they are single calls now."""
    said = lesson05.check_neuron(NeuronReversingItsWeights)
    assert not said and "gave 3.25 on x = [2.0, -1.0, 0.5], and 5.5 on the same x with the same " \
        "weights at the next call" in said.message and "outside each object" not in said.message, \
        said.message


def _step_at_rates(rate_used):
    def training_step(model, loss_fn, learning_rate):
        return lesson05.worked_training_step(model, loss_fn, rate_used(learning_rate))
    return training_step


@pytest.mark.parametrize("rate_used, step", [
    (lambda lr: lr / 2 if 0.45 < lr < 0.95 else lr, 7),
    (lambda lr: 0.0 if 0.05 < lr < 0.2 else lr, 89),
    (lambda lr: lr / 2 if abs(lr - 0.1) < 1e-12 else lr, 100),  # the loop's 0.09999999999999987
])
def test_walk_92_a_step_wrong_at_some_of_the_lessons_rates_fails(rate_used, step):
    """Walk 92: steps halving the rate between 0.45 and 0.95, or skipping it between 0.05 and
    0.2, passed (the rates tried were 0.4, 0.25, 1.5, 1 and 0.01); section 4's loop gives the
    step the rates 1.0 - 0.9 k / 99, and they are tried in turn now."""
    said = lesson05.check_training_step(_step_at_rates(rate_used))
    assert not said and said.message.startswith(
        "Your training_step, given the lesson's learning rates in turn (1.0 - 0.9 * k / 99, "
        "from 1.0 down to 0.1, as section 4's loop gives them) on one small network, was right "
        f"for {step - 1} steps; after step {step}, at learning rate "), said.message
    assert "some rates handled apart" in said.message


class NeuronWithReluFrom4Inputs(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return n.relu() if self.nonlin or len(x) >= 4 else n


def test_walk_92_an_output_neuron_with_relu_at_16_inputs_fails():
    """Walk 92: a neuron applying relu with nonlin=False from 4 inputs on passed check_neuron
    (every nonlin=False trial had 2 or 3 inputs; the lesson's output neuron has 16), and
    check_mlp blamed layers or neurons reading only some inputs."""
    said = lesson05.check_neuron(NeuronWithReluFrom4Inputs)
    assert not said and "Neuron(16, nonlin=False) on " in said.message and \
        "gives 0; it should give -3.6 (w . x + b = -3.6, no relu)" in said.message, said.message
    said = lesson05.check_mlp(*make_network(NeuronWithReluFrom4Inputs))
    assert not said and "or relu on the output neuron (its nonlin=False lost at 16 inputs)" \
        in said.message, said.message


class NeuronDroppingReluAfter60Calls(NeuronRight):
    def __call__(self, x, _calls=[0]):
        _calls[0] += 1
        n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return n.relu() if self.nonlin and _calls[0] <= 60 else n


def test_walk_92_relu_left_out_after_some_calls_is_not_told_it_is_missing():
    """Walk 92: a neuron that drops relu after 60 calls was told "that is w . x + b without relu:
    apply relu when nonlin is True", though its first neurons applied it."""
    NeuronDroppingReluAfter60Calls.__call__.__defaults__[0][0] = 0
    said = lesson05.check_neuron(NeuronDroppingReluAfter60Calls)
    assert not said and "That is w . x + b without relu, though your neurons applied relu at the " \
        "check's first calls" in said.message and "`_calls`" in said.message, said.message


class NeuronLeavingOutABiasOf0(NeuronRight):
    def __call__(self, x):
        n = sum((wi * xi for wi, xi in zip(self.w, x)), Value(0.0))
        if self.b.data != 0:  # "adding 0 changes nothing"
            n = n + self.b
        return n.relu() if self.nonlin else n


_LAST_MADE = {}


class NeuronReadingTheLastOfItsSize(NeuronRight):
    def __init__(self, nin, nonlin=True):
        super().__init__(nin, nonlin)
        _LAST_MADE[nin] = self

    def __call__(self, x):
        last = _LAST_MADE[len(self.w)]
        n = sum((wi * xi for wi, xi in zip(last.w, x)), last.b)
        return n.relu() if self.nonlin else n


class NeuronClampingLargeInputs(NeuronRight):
    def __call__(self, x):
        n = sum((wi * (xi if abs(xi.data) < 2.5 else 2.5) for wi, xi in zip(self.w, x)), self.b)
        return n.relu() if self.nonlin else n


class NeuronGiving0ForInputs0(NeuronRight):
    def __call__(self, x):
        if all(xi.data == 0 for xi in x):  # "w . 0 is 0"
            return Value(0.0)
        return super().__call__(x)


@pytest.mark.parametrize("Neuron, english", [
    (NeuronLeavingOutABiasOf0, "b.grad is 0; it should be 1: the bias is not in the output's graph"),
    (NeuronReadingTheLastOfItsSize, "gave 3.25 at first, and 0.5 once the check had made and used "
                                    "another one"),
    (NeuronClampingLargeInputs, "gives 0; it should give 38.2 (relu(38.2))"),
    (NeuronGiving0ForInputs0, "Neuron(3, nonlin=False) gives the right output, but its graph has no "
                              "operation node at all"),
])
def test_walk_93_neurons_wrong_at_a_bias_of_0_an_input_of_0s_large_inputs_or_two_alive_fail(
        Neuron, english):
    """Walk 93: each passed check_neuron: a bias left out while it is 0 (every new neuron's:
    it never moves), a neuron of all-0 inputs giving 0, inputs clamped at 2.5 (the largest
    tried was 2), a neuron reading the weights of the last one made of its size (the two
    Neuron(3) the check made had the same weights)."""
    said = lesson05.check_neuron(Neuron)
    assert not said and english in said.message, said.message


def test_walk_93_a_step_changing_the_networks_activation_is_not_told_it_returned_a_later_loss():
    """Walk 93: a step that also switched the output neuron to relu was told to return the loss
    from before the update (it did: loss_fn's own)."""
    def training_step(model, loss_fn, learning_rate):
        result = lesson05.worked_training_step(model, loss_fn, learning_rate)
        out = model.layers[-1].neurons[0]
        out.activation, out.nonlin = "relu", True
        return result
    said = lesson05.check_training_step(training_step)
    assert not said and "the loss loss_fn gave it at the start of the step" in said.message and \
        "something other than the parameters changed in it" in said.message, said.message


def test_walk_94_a_neuron_flipping_its_own_nonlin_is_told_it_keeps_something_between_calls():
    """Walk 94: a neuron that flips its own `self.nonlin` at every call was told its objects
    share something kept outside each object; a new one, alone, called again on the input
    where relu matters, shows the change from one call to the next."""
    class NeuronFlipping(NeuronRight):
        def __call__(self, x):
            out = super().__call__(x)
            self.nonlin = not self.nonlin
            return out

    english = lesson05.check_neuron(NeuronFlipping).message
    chinese = in_chinese(lambda: lesson05.check_neuron(NeuronFlipping).message)
    assert english.startswith("Your Neuron(3, nonlin=True) gave 0 on x = [1.0, 2.0, -0.5], and "
                              "-2.25 on the same x with the same weights at the next call"), english
    assert "outside each object" not in english, english
    assert "-2.25" in chinese and "对象之外" not in chinese, chinese


@pytest.mark.parametrize("where, writes, index", [
    ("after", "self.layers[-1].neurons[0].b.data += 0.01", 30),
    ("before", "self.layers[0].neurons[0].b.data = 0.0", 2),
])
def test_walk_94_a_network_whose_forward_pass_writes_a_bias_is_told_so(where, writes, index):
    """Walk 94: an MLP whose __call__ writes a bias was told "with the same weights" its
    scores are wrong, with wiring causes; it is told the call changed that parameter."""
    Layer, Network = make_network()
    namespace = {"Network": Network}
    exec("class Writing(Network):\n    def __call__(self, x):\n"
         + (f"        {writes}\n        return super().__call__(x)\n" if where == "before" else
            f"        out = super().__call__(x)\n        {writes}\n        return out\n"), namespace)
    Writing = namespace["Writing"]
    english = lesson05.check_mlp(Layer, Writing).message
    chinese = in_chinese(lambda: lesson05.check_mlp(Layer, Writing).message)
    assert english.startswith(f"Calling MLP(2, [4, 3, 1]) on [1.0, -0.5] changed its own "
                              f"parameter parameters()[{index}]"), english
    assert f"改动了它自己的参数 parameters()[{index}]" in chinese, chinese


@pytest.mark.parametrize("bound", [3.0, 5.0])
def test_walk_95_a_step_clipping_gradients_at_3_or_5_fails(bound):
    """Walk 95: a training_step clipping the gradients to ±3 (or ±5) passed: the check's
    networks never had larger ones (the lesson's own run stays below 1.2). One step on a loss
    whose gradients reach 1000 shows the bound."""
    def clipping(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * max(-bound, min(bound, p.grad))
        return loss.data, accuracy
    english = lesson05.check_training_step(clipping).message
    assert english.startswith("On a loss whose gradients reach 1000") and \
        f"the gradients clipped to ±{bound:g}." in english, english
    assert f"把梯度截断在 ±{bound:g} 之内" in in_chinese(lambda: lesson05.check_training_step(clipping).message)


def test_walk_95_a_neuron_growing_its_own_weights_at_each_call_is_told_so():
    """Walk 95: a neuron appending a Value(0) to its own self.w at every call was told its
    neurons share something kept outside each object; a new one called once shows it."""
    class NeuronGrowing(NeuronRight):
        def __call__(self, x):
            out = super().__call__(x)
            self.w.append(Value(0.0))
            return out

    english = lesson05.check_neuron(NeuronGrowing).message
    assert english.startswith("A new Neuron(3, nonlin=True) lists 4 Values in parameters(), and 5 "
                              "once it has been called on [2.0, -1.0, 0.5]"), english
    assert "用 [2.0, -1.0, 0.5] 调用一次之后却列出 5 个" in in_chinese(
        lambda: lesson05.check_neuron(NeuronGrowing).message)


def test_walk_96_a_step_whose_rate_halves_after_10_calls_is_told_it_keeps_state():
    """Walk 96: a step halving its rate from its 11th call on (a default-argument counter)
    was told this network's bias is 0 and its grad -1, with special values among the
    causes; the check's first step, made again, is wrong now: state, for certain."""
    def halving(model, loss_fn, learning_rate, _calls=[0]):
        _calls[0] += 1
        if _calls[0] > 10:
            learning_rate *= 0.5
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        return loss.data, accuracy
    english = lesson05.check_training_step(halving).message
    assert english.startswith("Step 1 on a new network, right at the check's first call, is wrong "
                              "when the check makes it again after"), english
    assert "bias is 0" not in english, english


def test_walk_97_a_neuron_halving_its_input_values_is_not_told_it_changed_the_list():
    """Walk 97: a neuron halving the data of the input Values (the list left as it was) was
    told it "changed the list of inputs"; it is told it changed the Values in it."""
    class NeuronHalving(NeuronRight):
        def __call__(self, x):
            out = super().__call__(x)
            for xi in x:
                if isinstance(xi, Value):
                    xi.data /= 2
            return out

    english = lesson05.check_neuron(NeuronHalving).message
    assert "changed the Values of its inputs, on [2.0, -1.0, 0.5]: after the call their data " \
        "is [1.0, -0.5, 0.25]" in english and "the list" not in english, english
    assert "它改动了输入里的 Value" in in_chinese(lambda: lesson05.check_neuron(NeuronHalving).message)


def test_walk_97_a_network_switching_relu_on_after_a_call_is_told_it_keeps_something():
    """Walk 97: an MLP whose forward pass sets nonlin=True on its last layer's neurons was
    given wiring and order candidates; a new one, called again on the same x, shows it."""
    Layer, Network = make_network()

    class Toggling(Network):
        def __call__(self, x):
            out = super().__call__(x)
            for neuron in self.layers[-1].neurons:
                neuron.nonlin = True
            return out

    english = lesson05.check_mlp(Layer, Toggling).message
    assert english.startswith("Your MLP(2, [4, 3, 1]) gave -0.1467 on x = [0.3, 0.9], and 0 on "
                              "the same x with the same weights at the next call"), english


def test_walk_98_a_step_skipping_every_10th_update_is_not_told_to_zero_the_grads():
    """Walk 98: a training_step that zeroes its grads but skips the update at every 10th
    call was told to call zero_grad() before backward() (it met the network with filled
    grads at its 10th call); nothing moved, and that is said."""
    calls = []

    def skipping(model, loss_fn, learning_rate):
        calls.append(None)
        loss, accuracy = loss_fn(model)
        model.zero_grad()
        loss.backward()
        if len(calls) % 10:
            for p in model.parameters():
                p.data -= learning_rate * p.grad
        return loss.data, accuracy
    english = lesson05.check_training_step(skipping).message
    assert "left every parameter where it was" in english and "zero_grad() before" not in english, english


@pytest.mark.parametrize("cutoff", [-4.0, -6.0, -30.0])
def test_walk_99_a_relu_left_out_below_a_negative_sum_fails(cutoff):
    """Walk 99: a neuron leaving relu out where w . x + b <= -4 passed (the check's sums went
    down to -3.6); the lesson's untrained network has hidden sums down to -6.8."""
    class CutBelow(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            return (n.relu() if n.data > cutoff else n) if self.nonlin else n
    said = lesson05.check_neuron(CutBelow)
    assert not said and ("gives -7.4;" if cutoff > -7.4 else "gives -37.8;") in said.message, said.message


def test_walk_99_a_step_whose_rate_halves_after_ten_calls_is_not_told_to_call_zero_grad():
    """Walk 99: a step that clears its grads but halves the rate from its 10th call on met the
    network with filled grads at that call and was told to call zero_grad() before
    backward(); the check's first step, made again, shows the calls before are the cause."""
    training_step = make_step_at_rate(
        lambda call, learning_rate: learning_rate if call < 10 else learning_rate / 2)
    said = lesson05.check_training_step(training_step)
    assert not said and said.message.startswith(
        "Step 1 on a new network, right at the check's first call, is wrong when the check makes "
        "it again after"), said.message
    assert "zero_grad" not in said.message


class NeuronKeepingItsOutputById(NeuronRight):  # walk 99
    def __call__(self, x):
        if getattr(self, "_key", None) == id(x):
            return self._out
        self._key, self._out = id(x), super().__call__(x)
        return self._out


def test_walk_99_a_neuron_keeping_its_output_by_the_lists_id_is_not_told_it_shares():
    """Walk 99: a neuron that gives back its last output when id(x) is the last list's (a
    new list takes the id of one gone) was told its objects share something outside each
    object; it keeps everything on self, and is right when called again at once."""
    # (whether a new list takes a gone one's id is up to Python's memory: a few runs)
    english = [lesson05.check_neuron(NeuronKeepingItsOutputById) for _ in range(4)]
    chinese = [in_chinese(lambda: lesson05.check_neuron(NeuronKeepingItsOutputById)) for _ in range(4)]
    assert any(not said for said in english) and any(not said for said in chinese)
    for said in english:
        assert said or ("again when the check called it once more on the same numbers" in said.message
                        and "share" not in said.message), said.message
    for said in chinese:
        assert said or "再用同样的数调用一次" in said.message, said.message


def test_walk_100_a_layer_writing_its_outputs_into_the_list_it_is_given_fails():
    """Walk 100: a Layer writing its outputs into its input list where the sizes match (as
    the lesson's 16 to 16) passed: the check's layers were 3 to 2 and 3 to 1."""
    Layer, Network = make_network()
    right_call = Layer.__call__

    def writing(self, x):
        out = right_call(self, x)
        if isinstance(out, list) and len(out) == len(x):
            x[:] = out
        return out
    Writing = type("Layer", (Layer,), {"__call__": writing})
    english = lesson05.check_mlp(Writing, Network).message
    assert english.startswith("Layer(3, 3) changed the list of inputs it was given, on "
                              "[0.5, -1.5, 2.0]."), english
    assert "改动了传给它的输入列表" in in_chinese(lambda: lesson05.check_mlp(Writing, Network).message)


def test_walk_100_a_relu_left_out_between_minus_10_and_minus_5_fails():
    """Walk 100: a neuron leaving relu out for sums between -10 and -5 passed (the check's
    sums went from -3.6 to -37.8); -7.4 is among them now."""
    class CutBetween(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            return n.relu() if self.nonlin and not -10 < n.data < -5 else n
    said = lesson05.check_neuron(CutBetween)
    assert not said and "-7.4" in said.message, said.message


def test_walk_101_a_step_clearing_the_grads_by_hand_is_not_told_it_calls_zero_grad():
    """Walk 101: a right step that sets each p.grad = 0.0 itself was told, in Chinese, that it
    calls zero_grad."""
    def by_hand(model, loss_fn, learning_rate):
        loss, accuracy = loss_fn(model)
        for p in model.parameters():
            p.grad = 0.0
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        return loss.data, accuracy
    assert "调用 zero_grad" not in in_chinese(lambda: lesson05.check_training_step(by_hand).message)
    assert lesson05.check_training_step(by_hand)


def test_walk_102_an_mlp_that_replaces_the_package_layers_call_is_told_and_put_back():
    from micrograd_lite import nn
    Layer, Network = make_network()
    own = nn.Layer.__call__

    class Patching(Network):
        def __call__(self, x):
            nn.Layer.__call__ = lambda layer, x: [Value(0.0)]  # the check's reference uses it
            return super().__call__(x)
    for run in (lambda make: make(), in_chinese):
        said = run(lambda: lesson05.check_mlp(Layer, Patching))
        assert not said and nn.Layer.__call__ is own
        assert "`Layer.__call__`" in said.message and (
            "your code changed the package: it replaced `Layer.__call__`" in said.message
            or "你的代码改动了课程包，它替换了 `Layer.__call__`" in said.message), said.message


def test_walk_102_a_neuron_skipping_relu_every_seventh_call_is_told_it_drifts():
    """Its counter in a closure: no attribute, global or default the check can name. Before,
    it was told its relu cuts off elsewhere than at 0."""
    def every_seventh():
        calls = [0]

        def activate(n):
            calls[0] += 1
            return n if calls[0] % 7 == 0 else n.relu()
        return activate
    activate = every_seventh()

    class Neuron(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            return activate(n) if self.nonlin else n
    said = lesson05.check_neuron(Neuron)
    assert not said and said.message.startswith(
        "Your Neuron(3, nonlin=True) gave -0.05 on x = [-0.6, 0.0, 0.0], and 0 on the same x with "
        "the same weights at the next call"), said.message
    assert "elsewhere than at 0" not in said.message
    said = in_chinese(lambda: lesson05.check_neuron(Neuron).message)
    assert "紧接着的下一次调用，在同样的 x、同样的权重下" in said and "分界点" not in said, said


def test_walk_102_an_mlp_whose_layers_turn_relu_on_after_ten_are_made_is_told_so():
    """Its rule for relu, an object counting the layers made, is no attribute of the
    learner's classes: before, the wide network's candidates (sizes, slices) were given."""
    class Rule:
        def __init__(self):
            self.made = 0

        def __call__(self, i, count):
            self.made += 1
            return i < count - 1 if self.made <= 10 else True
    Layer, Network = make_network(nonlin_of=Rule())
    said = lesson05.check_mlp(Layer, Network)
    assert not said and "a new MLP(2, [4, 3, 1]), made now after the check's other networks" \
        in said.message and "depends on the networks made before it" in said.message, said.message
    Layer, Network = make_network(nonlin_of=Rule())
    said = in_chinese(lambda: lesson05.check_mlp(Layer, Network).message)
    assert "再新建一个 MLP(2, [4, 3, 1])" in said and "取决于之前建过的网络" in said, said


def test_walk_103_a_step_capping_its_rate_at_1_is_not_told_it_leaves_the_rate_out():
    """Walk 103: steps at 0.4 and 0.25 were right, then at 1.5 the step used 1: told "the
    update leaves learning_rate out"."""
    capped = make_step_at_rate(lambda call, rate: min(rate, 1.0))
    said = lesson05.check_training_step(capped)
    assert not said and said.message.startswith(
        "Step 3 moves every parameter by 1 times its gradient, where the learning rate given "
        "is 1.5"), said.message
    assert "leaves learning_rate out" not in said.message and "a cap such as" in said.message
    said = in_chinese(lambda: lesson05.check_training_step(
        make_step_at_rate(lambda call, rate: min(rate, 1.0))).message)
    assert "1.5" in said, said


def test_walk_103_a_step_replacing_the_inherited_zero_grad_of_mlp_is_told_it_replaced_it():
    """Walk 103: MLP.zero_grad, inherited from Module, was said to be "added"."""
    from micrograd_lite import nn
    right = make_step_at_rate(lambda call, rate: rate)

    def training_step(model, loss_fn, learning_rate):
        nn.MLP.zero_grad = lambda self: None
        return right(model, loss_fn, learning_rate)
    for run, says in ((lambda make: make(), "it replaced `MLP.zero_grad`"),
                      (in_chinese, "它替换了 `MLP.zero_grad`")):
        said = run(lambda: lesson05.check_training_step(training_step))
        assert not said and says in said.message, said.message
        assert "zero_grad" not in vars(nn.MLP)


def test_walk_103_a_neuron_subtracting_its_bias_is_told_so():
    class Neuron(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), -self.b)
            return n.relu() if self.nonlin else n
    said = lesson05.check_neuron(Neuron)
    assert not said and said.message.endswith(
        "gives 2.75; it should give 3.25 (relu(3.25)). That is w . x - b, the bias with its sign "
        "flipped: the output is w . x + b."), said.message
    assert in_chinese(lambda: lesson05.check_neuron(Neuron).message).endswith(
        "这是 w . x - b，偏置的符号反了。输出是 w . x + b。")


def test_walk_103_a_neuron_changing_its_weight_once_at_its_12th_call_is_rejected():
    """Walk 103: the change came in the call made with the doubled weights, which the check
    then set back, so nothing showed."""
    class Neuron(NeuronRight):
        calls = 0

        def __call__(self, x):
            Neuron.calls += 1
            if Neuron.calls == 12:
                self.w[0].data += 0.3
            return super().__call__(x)
    said = lesson05.check_neuron(Neuron)
    assert not said and said.message.startswith(
        "Calling Neuron(3, nonlin=True) on [2.0, -1.0, 0.5] changed its own parameter w1: the "
        "check set it to 1, and after it called it on x (with Values, then with plain numbers) it is 1.3."), said.message


def test_walk_104_a_neuron_holding_its_sum_below_10_is_rejected():
    class Neuron(NeuronRight):
        def __call__(self, x):
            n = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
            if n.data > 10:
                n = n * 0 + 10
            return n.relu() if self.nonlin else n
    said = lesson05.check_neuron(Neuron)
    assert not said and "38.2" in said.message, said.message


@pytest.mark.parametrize("count", [float("nan")])
def test_walk_105_a_count_that_is_no_number_is_not_told_how_far_off_it_is(count):
    said = lesson05.check_count_parameters(lambda nin, nouts: count)
    assert not said and "which is no count" in said.message and "too small" not in said.message
    assert "这不是一个个数" in in_chinese(
        lambda: lesson05.check_count_parameters(lambda nin, nouts: count).message)
