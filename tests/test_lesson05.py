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

from micrograd_lite.arrays import NumpyMLP
from micrograd_lite.datasets import make_moons
from micrograd_lite.engine import Value
from micrograd_lite.exercises import lesson05
from micrograd_lite.nn import MLP
from micrograd_lite.classifier import lr_schedule, moons_loss, train_moons
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
# Exercise checks
# ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "check",
    [lesson05.check_parameter_count, lesson05.check_hinge_loss, lesson05.check_untrained_loss],
)
def test_placeholder_and_non_numbers_are_answered_kindly(check):
    feedback = check(None)
    assert not feedback and "Replace `None`" in feedback.message
    assert not check([1, 2])


def test_check_parameter_count():
    assert lesson05.check_parameter_count(16 * (2 + 1) + 16 * (16 + 1) + 1 * (16 + 1))
    assert lesson05.check_parameter_count(len(MLP(2, [16, 16, 1], seed=0).parameters()))
    weights_only = lesson05.check_parameter_count(2 * 16 + 16 * 16 + 16)
    assert not weights_only and "bias" in weights_only.message
    assert "neurons" in lesson05.check_parameter_count(33).message
    assert not lesson05.check_parameter_count(336)


def test_check_hinge_loss():
    losses = [max(0.0, 1 - label * score) for label, score in [(1, 2.0), (1, 0.3), (-1, -0.5)]]
    assert lesson05.check_hinge_loss(sum(losses) / len(losses))
    assert "mean" in lesson05.check_hinge_loss(sum(losses)).message
    no_relu = [1 - label * score for label, score in [(1, 2.0), (1, 0.3), (-1, -0.5)]]
    assert "relu" in lesson05.check_hinge_loss(sum(no_relu) / 3).message
    assert not lesson05.check_hinge_loss(0.7)


def test_check_untrained_loss():
    assert lesson05.check_untrained_loss(max(0.0, 1 - (+1) * 0.0))
    zero = lesson05.check_untrained_loss(0.0)
    assert not zero and "boundary" in zero.message
    assert not lesson05.check_untrained_loss(0.5)
