"""Live explorers: redraws off the kernel's thread, newest values only, and
lesson 05's trainer that animates and restarts. No test here
looks at a wall-clock time; the sleeps only make a redraw slow enough to be
overtaken."""

import threading
import time

import ipywidgets as widgets
import numpy as np
import pytest

from micrograd_lite.classifier import train_moons, train_moons_numpy
from micrograd_lite.datasets import make_moons
from micrograd_lite.nn import MLP
from micrograd_lite.widgets import derivatives, descent
from micrograd_lite.widgets.core import Explorer, LatestOnly
from micrograd_lite.widgets.training import MoonsTrainer


class Held:
    """A drawing function that holds every drawing but the first until ``go`` is set
    (a redraw slower than the moves, with no clock in the test)."""

    def __init__(self):
        self.go = threading.Event()
        self.drawn = []
        self.threads = set()

    def __call__(self, x):
        self.threads.add(threading.current_thread().name)
        if self.drawn:
            self.go.wait(10)
        self.drawn.append(x)
        return f"picture of {x}"


def test_a_fast_drag_skips_stale_positions_and_draws_the_last():
    draw = Held()
    explorer = Explorer("slow", {"x": widgets.IntSlider(value=0, min=0, max=100)}, draw)
    for x in range(1, 41):  # as fast as a browser sends them: faster than a redraw
        explorer.controls["x"].value = x
    draw.go.set()
    assert explorer.picture == "picture of 40"
    # the initial one, perhaps one move drawn (held while the others came), the newest
    assert draw.drawn[0] == 0 and draw.drawn[-1] == 40 and len(draw.drawn) <= 3
    assert "micrograd-lite redraw" in draw.threads  # off the kernel's thread


def test_a_control_change_returns_at_once():
    draw = Held()
    explorer = Explorer("slow", {"x": widgets.IntSlider(value=0, min=0, max=10)}, draw)
    explorer.controls["x"].value = 5  # returns while that drawing is held
    assert draw.drawn == [0]  # the handler only noted the value
    draw.go.set()
    assert explorer.picture == "picture of 5"


def test_a_drawing_error_is_shown_not_raised():
    def draw(x):
        if x == 3:
            raise ValueError("three is not drawable")
        return f"picture of {x}"

    explorer = Explorer("fragile", {"x": widgets.IntSlider(value=0, min=0, max=10)}, draw)
    explorer.controls["x"].value = 3
    assert "could not draw this setting (ValueError: three is not drawable)" in repr(explorer.picture)
    assert isinstance(explorer.error, ValueError)
    explorer.controls["x"].value = 4
    assert explorer.picture == "picture of 4"


def test_latest_only_runs_the_newest_request_and_reports_superseded():
    seen, started, go = [], threading.Event(), threading.Event()

    def job(request, generation):
        started.set()
        go.wait(10)  # held until the newer requests are in
        seen.append((request, queue.superseded(generation)))

    queue = LatestOnly(job, on_error=lambda error: None)
    queue.submit("first")
    started.wait(5)
    for request in ("a", "b", "c"):
        queue.submit(request)
    go.set()
    assert queue.wait(timeout=10)
    assert [r for r, _ in seen] == ["first", "c"]
    assert seen[0][1] is True and seen[1][1] is False
    assert not queue.busy


def test_the_explorers_sliders_send_values_while_dragged():
    xs, ys = [0.0, 1.0, 2.0], [0.0, 0.5, 1.0]
    for explorer in (derivatives.tangent_explorer(), descent.parabola_explorer(),
                     descent.bowl_explorer(), descent.sigmoid_net_explorer(xs, ys, steps=5)):
        for control in explorer.controls.values():
            assert control.continuous_update is True


def test_a_scene_picture_matches_a_fresh_figure():
    """Redrawing in place gives the same description as drawing afresh, at
    every setting, in any order (no state leaks from one picture to the next)."""
    explorer = descent.parabola_explorer()
    for lr in (1.5, 0.001, 0.9, 0.3):
        explorer.controls["lr"].value = lr
        assert explorer.picture.description == descent.parabola_picture(lr=lr).description


# ----------------------------------------------------------------------
# Lesson 05's trainer
# ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def moons():
    return make_moons(n_samples=100, noise=0.1, seed=0)


def lesson_model():
    return MLP(2, [16, 16, 1], seed=0)


@pytest.mark.parametrize("lr", [1.0, 0.05, 10.0])
def test_the_numpy_run_gives_the_engines_numbers(moons, lr):
    X, y = moons
    engine = train_moons(lesson_model(), X, y, lr=lr, steps=15)
    arrays = train_moons_numpy(lesson_model(), X, y, lr=lr, steps=15)
    assert arrays.status == engine.status
    assert arrays.diverged_at == engine.diverged_at
    assert arrays.accuracies == engine.accuracies
    assert arrays.losses == pytest.approx(engine.losses, rel=1e-9, abs=1e-12)


def test_train_shows_frames_while_learning_then_the_final_picture(moons):
    X, y = moons
    trainer = MoonsTrainer(X, y, lesson_model, lr=1.0, steps=40)
    trainer.ANIMATION_SECONDS, trainer.FRAME_SECONDS = 0.5, 0.05
    shown = []
    show = trainer.output.show
    trainer.output.show = lambda picture: (shown.append(picture.description), show(picture))
    trainer.controls["lr"].value = 0.5
    trainer.train_button.click()
    assert trainer.wait(timeout=60)
    frames = [d for d in shown if d.startswith("training at learning rate 0.5: step")]
    assert len(frames) >= 2
    assert shown[-1].startswith("MLP trained on 100 two-moons points with learning rate 0.5")
    assert trainer.progress.bar.value == 40


def test_a_new_press_or_rate_during_a_run_starts_it_over(moons):
    X, y = moons
    trainer = MoonsTrainer(X, y, lesson_model, lr=1.0, steps=40)
    trainer.ANIMATION_SECONDS = 2.0  # long enough to be interrupted
    trainer.controls["lr"].value = 0.5
    trainer.train_button.click()
    time.sleep(0.3)
    trainer.controls["lr"].value = 0.2  # during the run: restart at 0.2
    assert trainer.wait(timeout=60)
    assert trainer.run.lr == 0.2
    assert "learning rate 0.2 " in trainer.picture.description
    assert 0.5 not in trainer.runs  # the interrupted run never finished
    trainer.train_button.click()
    time.sleep(0.2)
    trainer.train_button.click()  # pressed again: starts over, same rate
    assert trainer.wait(timeout=60)
    assert trainer.run.lr == 0.2 and len(trainer.run.losses) == 40


def test_the_fast_sigmoid_net_run_gives_the_engines_numbers_at_every_slider_position():
    """The sigmoid network's explorer retrains with plain floats; the engine's run
    (micrograd_lite.descent.train_sigmoid_net) is the oracle, at every position of
    the explorer's learning-rate slider."""
    from micrograd_lite.datasets import sigmoid_net_data
    from micrograd_lite.descent import train_sigmoid_net

    xs, ys = sigmoid_net_data(n=20, seed=0)
    slider = descent.sigmoid_net_explorer(xs, ys, steps=5).controls["lr"]
    count = round((slider.max - slider.min) / slider.step) + 1
    for exponent in np.linspace(slider.min, slider.max, count):
        lr = float(slider.base ** exponent)
        engine = train_sigmoid_net(xs, ys, lr, steps=200, seed=0)
        fast = descent.train_sigmoid_net_fast(xs, ys, lr, steps=200, seed=0)
        assert fast.status == engine.status, lr
        assert fast.diverged_at == engine.diverged_at, lr
        assert fast.initial == engine.initial
        assert fast.losses == pytest.approx(engine.losses, rel=1e-10, nan_ok=True), lr
        if not engine.diverged:
            assert fast.params == pytest.approx(engine.params, rel=1e-9, abs=1e-12), lr
