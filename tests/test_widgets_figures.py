"""Every explorer's figure stays readable at every slider position.

Each slider of lessons 01, 04 and 05 is walked over its whole range; at every
position the picture is checked artist by artist against its axes (in pixels,
after drawing):

* every point of every curve and marker lies inside its axes, unless the
  figure's message says that the path or curve leaves the window;
* every text (message boxes, read-outs, annotations, legends) lies inside its
  own panel, and every title inside the figure.

Every test runs in English and in Chinese (``set_language("zh")``): the
Chinese words have other widths.
"""

import numpy as np
import pytest
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.text import Annotation, Text

from micrograd_lite.datasets import make_moons, sigmoid_net_data
from micrograd_lite.language import set_language
from micrograd_lite.nn import MLP
from micrograd_lite.widgets import derivatives, descent
from micrograd_lite.widgets.training import MoonsTrainer

PIXELS = 1.5  # anti-aliasing slack at an axes' edge
# what a figure's message says when a path or curve leaves the window, by language
LEFT_WINDOW = {"en": ("leaves this window", "goes outside this window"),
               "zh": ("在图外", "跑出图外")}


@pytest.fixture(scope="module", params=["en", "zh"], autouse=True)
def lang(request):
    """Every test of this module once in English and once in Chinese."""
    set_language(request.param)
    try:
        yield request.param
    finally:
        set_language("en")


def positions(control, count):
    """``count`` values spread over a control's whole range, ends included."""
    if hasattr(control, "options"):  # (label, value) pairs, or values
        return [o[1] if isinstance(o, tuple) else o for o in control.options]
    if hasattr(control, "base"):
        return [float(control.base ** e) for e in np.linspace(control.min, control.max, count)]
    if isinstance(control.value, int):
        return sorted({int(round(v)) for v in np.linspace(control.min, control.max, count)})
    return [float(v) for v in np.linspace(control.min, control.max, count)]


def _inside(extent, box):
    return (extent.x0 >= box.x0 - PIXELS and extent.x1 <= box.x1 + PIXELS
            and extent.y0 >= box.y0 - PIXELS and extent.y1 <= box.y1 + PIXELS)


def _extent(text, renderer):
    if text.get_bbox_patch() is not None:
        text.update_bbox_position_size(renderer)
        return text.get_bbox_patch().get_window_extent(renderer)
    return text.get_window_extent(renderer)


def _panels(figure):
    """The axes that are panels of their own (a twin shares its host's box)."""
    return [ax for ax in figure.axes if ax.get_label() != "<colorbar>"]


def problems(picture):
    """What makes ``picture`` hard to read, as sentences (empty: all fine)."""
    figure = picture.figure
    renderer = figure.canvas.get_renderer()
    texts = [t for ax in figure.axes for t in ax.texts if t.get_visible() and t.get_text()]
    # a message box above its panel belongs to the figure: it must stay inside the figure
    outside = [t for t in figure.texts if t.get_visible() and t.get_text()]
    texts += outside
    found = [f"text {t.get_text()!r} leaves the figure" for t in outside
             if not _inside(_extent(t, renderer), figure.bbox)]
    says_left = any(marker in t.get_text().replace("\n", "") or marker in t.get_text().replace("\n", " ")
                    for t in texts for markers in LEFT_WINDOW.values() for marker in markers)
    for ax in _panels(figure):
        box = ax.get_window_extent(renderer)
        name = ax.get_title() or ax.get_ylabel()
        for line in ax.get_lines():
            if not line.get_visible() or line.get_gid() == "line" or len(line.get_xdata()) == 0:
                continue
            xy = np.column_stack([line.get_xdata(), line.get_ydata()]).astype(float)
            pixels = ax.transData.transform(xy)
            outside = ~((pixels[:, 0] >= box.x0 - PIXELS) & (pixels[:, 0] <= box.x1 + PIXELS)
                        & (pixels[:, 1] >= box.y0 - PIXELS) & (pixels[:, 1] <= box.y1 + PIXELS))
            if outside.any() and not says_left:
                found.append(f"{name!r}: {line.get_label()!r} leaves the axes at {xy[outside][:2].tolist()} "
                             "and the figure does not say so")
        for child in ax.get_children():
            if isinstance(child, Legend) and child.get_visible():
                legend = child.get_window_extent(renderer)
                # inside its panel, or wholly outside every panel and its labels (under it)
                beside = _inside(legend, figure.bbox) and not any(
                    legend.overlaps(other) for panel in _panels(figure) for other in (
                        panel.get_window_extent(renderer),
                        _extent(panel.xaxis.label, renderer),
                        *(_extent(t, renderer) for t in panel.get_xticklabels() if t.get_text())))
                if not _inside(legend, box) and not beside:
                    found.append(f"{name!r}: the legend spills out of its panel")
            elif isinstance(child, (Text, Annotation)) and child.get_visible() and child.get_text():
                if child in (ax.title, ax._left_title, ax._right_title):
                    if not _inside(_extent(child, renderer), figure.bbox):
                        found.append(f"title {child.get_text()!r} leaves the figure")
                elif not _inside(_extent(child, renderer), box):
                    found.append(f"{name!r}: text {child.get_text()!r} spills out of its panel")
    return found


def walk(explorer, count):
    """Every control over its range (the others at their defaults); yields
    (setting, picture)."""
    for name, control in explorer.controls.items():
        default = control.value
        for value in positions(control, count):
            control.value = value
            yield f"{name} = {value!r}", explorer.picture
        control.value = default


def assert_readable(explorer, count):
    seen = 0
    for setting, picture in walk(explorer, count):
        found = problems(picture)
        assert not found, f"{setting}: " + "; ".join(found)
        seen += 1
    assert seen >= count


@pytest.mark.parametrize("lr", [0.1, 1.2, 3.16])
def test_the_parabolas_legend_is_under_its_panel_where_no_path_goes(lr):
    """A path that runs away crosses the whole window (from lr = 1 on): the legend
    is outside it, so it never covers a step, at the slider's top either."""
    scene = descent.ParabolaScene()
    picture = scene.draw(lr=lr)
    renderer = picture.figure.canvas.get_renderer()
    ax = picture.figure.axes[0]
    legend = ax.get_legend().get_window_extent(renderer)
    assert legend.y1 < ax.get_window_extent(renderer).y0
    assert problems(picture) == []


def test_the_checker_catches_a_curve_off_the_axes_and_a_spilling_box():
    """The check itself can fail: a point far outside, a box wider than its panel."""
    scene = descent.ParabolaScene()
    picture = scene.draw(lr=0.1)
    assert problems(picture) == []
    scene.path.set_data([0.0, 500.0], [0.0, 1e5])
    ax = picture.figure.axes[0]
    ax.text(0.5, 0.5, "x" * 300, transform=ax.transAxes, bbox={"boxstyle": "round"})
    found = problems(scene.scene.picture("broken"))
    assert any("leaves the axes" in f for f in found)
    assert any("spills out of its panel" in f for f in found)


def test_lesson01_tangent_explorer_every_position():
    assert_readable(derivatives.tangent_explorer(), count=13)


def test_lesson01_tangent_explorer_shows_both_secant_points_everywhere():
    """x and h together over their whole ranges: both points the secant goes
    through, (x, f(x)) and (x + h, f(x + h)), are drawn inside the axes and not
    under the read-out box (x = 4, h = 1 puts the second one at (5, 60))."""
    explorer = derivatives.tangent_explorer()
    x_slider, h_slider = explorer.controls["x"], explorer.controls["h"]
    seen = 0
    for x in positions(x_slider, 13):
        for h in positions(h_slider, 7):
            x_slider.value, h_slider.value = x, h
            picture = explorer.picture
            setting = f"x = {x}, h = {h}"
            assert not problems(picture), f"{setting}: " + "; ".join(problems(picture))
            ax = picture.figure.axes[0]
            renderer = picture.figure.canvas.get_renderer()
            box = ax.get_window_extent(renderer)
            readout = _extent(next(t for t in ax.texts if t.get_text().startswith("x = ")), renderer)
            dots = [line for line in ax.get_lines() if line.get_marker() == "o" and line.get_visible()]
            drawn = sorted((float(px), float(py)) for line in dots
                           for px, py in zip(line.get_xdata(), line.get_ydata()))
            wanted = sorted([(x, derivatives.quadratic(x)), (x + h, derivatives.quadratic(x + h))])
            assert np.allclose(drawn, wanted), setting
            for point in drawn:
                px, py = ax.transData.transform(point)
                assert box.x0 <= px <= box.x1 and box.y0 <= py <= box.y1, f"{setting}: {point} off the axes"
                assert not (readout.x0 <= px <= readout.x1 and readout.y0 <= py <= readout.y1), \
                    f"{setting}: {point} under the read-out"
            seen += 1
    assert seen == 13 * 7


def _boxes_of_texts(figure):
    """(text, pixel box) of every text drawn in ``figure``: titles, axis labels,
    tick labels in view, texts and annotations, and each legend as one box."""
    renderer = figure.canvas.get_renderer()
    found = []
    for ax in figure.axes:
        texts = [ax.title, ax.xaxis.label, ax.yaxis.label] + list(ax.texts)
        for axis, (lo, hi) in ((ax.xaxis, sorted(ax.get_xlim())), (ax.yaxis, sorted(ax.get_ylim()))):
            for tick in axis.get_major_ticks():
                if lo <= tick.get_loc() <= hi:
                    texts.append(tick.label1)
        found += [(t.get_text(), _extent(t, renderer)) for t in texts
                  if t.get_visible() and t.get_text().strip()]
        legend = ax.get_legend()
        if legend is not None and legend.get_visible():
            found.append(("legend", legend.get_window_extent(renderer)))
    return found


def test_lesson01_error_explorer_every_function():
    explorer = derivatives.error_explorer()
    assert_readable(explorer, count=3)
    # and no text lies over another (the parabola's star sits in a corner)
    for function in positions(explorer.controls["function"], 0):
        explorer.controls["function"].value = function
        boxes = _boxes_of_texts(explorer.picture.figure)
        assert len(boxes) > 10
        for i, (first, a) in enumerate(boxes):
            for second, b in boxes[i + 1:]:
                assert not a.overlaps(b), f"{function}: {first!r} overlaps {second!r}"


def test_the_overlap_check_can_fail():
    figure = derivatives.error_figure(derivatives.difference_errors("exp(x) at x = 1")).figure
    ax = figure.axes[0]
    ax.text(0.5, 0.98, "over the legend", transform=ax.transAxes, va="top", ha="center")
    names = [name for name, _ in _boxes_of_texts(figure)]
    assert "over the legend" in names and "legend" in names
    boxes = dict(_boxes_of_texts(figure))
    assert boxes["over the legend"].overlaps(boxes["legend"])


def test_lesson04_parabola_explorer_every_position():
    assert_readable(descent.parabola_explorer(), count=15)


def test_lesson04_bowl_explorer_every_position():
    explorer = descent.bowl_explorer()
    assert_readable(explorer, count=9)
    # the hardest corner: a large rate with momentum, from a far corner
    explorer.controls["momentum"].value = 0.95
    explorer.controls["w1"].value = 5.0
    assert_readable(explorer, count=9)


def test_lesson04_sigmoid_net_explorer_every_position():
    xs, ys = sigmoid_net_data(n=20, seed=0)
    assert_readable(descent.sigmoid_net_explorer(xs, ys), count=21)


def test_lesson04_sigmoid_net_at_lr_1_keeps_the_curve_in_view(lang):
    """At lr = 1 the fitted curve stays on the axes and the
    red box stays in the left panel."""
    xs, ys = sigmoid_net_data(n=20, seed=0)
    explorer = descent.sigmoid_net_explorer(xs, ys)
    explorer.controls["lr"].value = 1.0
    picture = explorer.picture
    grew = {"en": "grew from 2.0318 to 40.4440", "zh": "从 2.0318 增大到 40.4440"}[lang]
    assert grew in picture.description
    assert problems(picture) == []
    ax = picture.figure.axes[0]
    after = ax.get_lines()[-1]
    low, high = ax.get_ylim()
    assert after.get_visible() and low <= np.min(after.get_ydata()) and np.max(after.get_ydata()) <= high


@pytest.fixture(scope="module")
def trainer():
    X, y = make_moons(n_samples=100, noise=0.1, seed=0)
    trainer = MoonsTrainer(X, y, make_model=lambda: MLP(2, [16, 16, 1], seed=0), lr=1.0, steps=30)
    trainer.ANIMATION_SECONDS = 0.0  # no pacing in a test
    trainer.FRAME_SECONDS = 0.0  # but a frame at every step
    return trainer


def test_lesson05_trainer_every_rate_and_every_frame(trainer):
    frames = []
    show = trainer.output.show
    trainer.output.show = lambda picture: (frames.append(picture), show(picture))
    try:
        for lr in positions(trainer.controls["lr"], 7):
            trainer.controls["lr"].value = lr
            trainer.train_button.click()
            assert trainer.wait(timeout=60)
            found = problems(trainer.picture)
            assert not found, f"lr = {lr}: " + "; ".join(found)
    finally:
        trainer.output.show = show
    assert len(frames) > 7  # frames while training, not only the final pictures
    for frame in frames[::5]:
        assert not problems(frame), frame.description


@pytest.mark.parametrize(
    "make, settings",
    [
        (descent.parabola_explorer, {"lr": 1.0}),
        (descent.parabola_explorer, {"lr": 1.0000001}),
        (descent.parabola_explorer, {"lr": 0.501}),
        (descent.bowl_explorer, {"lr": 0.08}),
        (descent.bowl_explorer, {"lr": 0.09}),
        (descent.bowl_explorer, {"lr": 0.01, "momentum": 0.95}),
        (descent.bowl_explorer, {"lr": 0.08, "momentum": 0.95}),
        (descent.bowl_explorer, {"lr": 0.01, "momentum": 0.5}),
    ],
)
def test_lesson04_the_settings_the_lesson_quotes_are_readable(make, settings):
    explorer = make()
    for name, value in settings.items():
        explorer.controls[name].value = value
    assert problems(explorer.picture) == []


def test_lesson04_the_parabola_message_lies_between_the_title_and_the_curve_panel():
    """At every rate and number of steps the message box sits in the strip above
    the curve panel, under the title: it hides no step, not even the lines of a run
    that diverges and leaves through the top (lr 3.16)."""
    explorer = descent.parabola_explorer()
    for lr in positions(explorer.controls["lr"], 8):
        for steps in (1, 3, 100):
            explorer.controls["lr"].value, explorer.controls["steps"].value = lr, steps
            figure = explorer.picture.figure
            renderer = figure.canvas.get_renderer()
            ax = figure.axes[0]
            message = next(t for t in figure.texts if t.get_text())
            box = _extent(message, renderer)
            setting = f"lr = {lr:.3g}, {steps} steps"
            assert box.y0 > ax.get_window_extent(renderer).y1, f"{setting}: the message is over the panel"
            assert box.y1 < _extent(ax.title, renderer).y0, f"{setting}: the message is over the title"


def test_lesson04_the_parabola_legend_hides_no_point_of_the_path():
    explorer = descent.parabola_explorer()
    for lr in (1.0, 0.9, 0.95, 0.1, 0.501):
        explorer.controls["lr"].value = lr
        figure = explorer.picture.figure
        renderer = figure.canvas.get_renderer()
        ax = figure.axes[0]
        legend = ax.get_legend().get_window_extent(renderer)
        for line in ax.get_lines():
            if line.get_marker() in (None, "None", "", " "):
                continue
            pixels = ax.transData.transform(np.column_stack([line.get_xdata(), line.get_ydata()]))
            assert not any(legend.contains(x, y) for x, y in pixels), (lr, line.get_label())


def test_lesson04_a_loss_below_the_axis_floor_is_said_to_be_drawn_there(lang):
    from micrograd_lite.descent import parabola, run_descent

    assert 0.0 in run_descent(parabola, -1.0, 0.501, 30).losses  # the real value is 0
    explorer = descent.parabola_explorer()
    explorer.controls["lr"].value = 0.501
    floor = {"en": "below 1e-12: drawn at 1e-12", "zh": "低于 1e-12 的画在 1e-12"}[lang]
    assert explorer.picture.figure.axes[1].get_ylabel().endswith(floor)
    explorer.controls["lr"].value = 0.1
    plain = {"en": "loss (log scale)", "zh": "损失（对数刻度）"}[lang]
    assert explorer.picture.figure.axes[1].get_ylabel() == plain


def _covered(legend, line, renderer, samples=400):
    """Whether ``legend``'s box covers any point of ``line`` (its drawn curve, sampled)."""
    box = legend.get_window_extent(renderer)
    xs, ys = np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)
    if len(xs) > 1:
        t = np.linspace(0, len(xs) - 1, samples)
        xs, ys = np.interp(t, np.arange(len(xs)), xs), np.interp(t, np.arange(len(ys)), ys)
    pixels = line.axes.transData.transform(np.column_stack([xs, ys]))
    return any(box.contains(x, y) for x, y in pixels)


def test_lesson04_the_parabola_legend_leaves_the_curve_free(lang):
    """Between the arms, under the message: the legend covers neither arm of
    L(w) = (w - 3)² (nor, so, any step, which lies on it)."""
    explorer = descent.parabola_explorer()
    for lr in (1.5, 1.0, 0.1, 2.5):
        explorer.controls["lr"].value = lr
        figure = explorer.picture.figure
        renderer = figure.canvas.get_renderer()
        ax = figure.axes[0]
        curve = next(line for line in ax.get_lines() if line.get_label().startswith("L(w)"))
        assert not _covered(ax.get_legend(), curve, renderer), lr


def test_lesson04_the_sigmoid_net_legend_leaves_the_curves_free(lang):
    """The legend covers neither the dashed curve before training nor the data,
    nor the fitted curve where it has one."""
    xs, ys = sigmoid_net_data(n=20, seed=0)
    explorer = descent.sigmoid_net_explorer(xs, ys, lr=0.3)
    for lr in (0.3, 1.0, 3.0):
        explorer.controls["lr"].value = lr
        figure = explorer.picture.figure
        renderer = figure.canvas.get_renderer()
        ax = figure.axes[0]
        legends = [a for a in ax.artists + ax.get_children() if isinstance(a, Legend) and a.get_visible()]
        assert len(set(map(id, legends))) == 1, lr
        for line in ax.get_lines():
            if len(line.get_xdata()):
                assert not _covered(legends[0], line, renderer), (lr, line.get_label())


# ----------------------------------------------------------------------
# Boxes and labels that hide nothing (measured in pixels after drawing)
# ----------------------------------------------------------------------
def _drawn_pixels(line, samples=60):
    """The pixels of ``line`` that are drawn: every marker, and points every few
    pixels along each segment, kept where they fall inside the axes."""
    ax = line.axes
    xy = np.column_stack([line.get_xdata(), line.get_ydata()]).astype(float)
    xy = xy[np.all(np.isfinite(xy), axis=1)]
    pixels = ax.transData.transform(xy)
    if line.get_linestyle() not in ("None", "", " ") and len(pixels) > 1:
        t = np.linspace(0.0, 1.0, samples)[:, None]
        pixels = np.vstack([a + t * (b - a) for a, b in zip(pixels[:-1], pixels[1:])])
    box = ax.get_window_extent(ax.figure.canvas.get_renderer())
    keep = ((pixels[:, 0] >= box.x0) & (pixels[:, 0] <= box.x1)
            & (pixels[:, 1] >= box.y0) & (pixels[:, 1] <= box.y1))
    return pixels[keep]


def _hides(box, line):
    """Whether pixel ``box`` covers a drawn point of ``line`` (marker size included)."""
    if not line.get_visible() or not len(line.get_xdata()):
        return False
    has_marker = line.get_marker() not in (None, "None", "", " ")
    r = (line.get_markersize() / 2 if has_marker else line.get_linewidth() / 2) * line.figure.dpi / 72
    pixels = _drawn_pixels(line)
    return bool(np.any((pixels[:, 0] >= box.x0 - r) & (pixels[:, 0] <= box.x1 + r)
                       & (pixels[:, 1] >= box.y0 - r) & (pixels[:, 1] <= box.y1 + r)))


def _message_box(figure):
    renderer = figure.canvas.get_renderer()
    texts = [t for t in figure.axes[0].texts + figure.texts if t.get_bbox_patch() is not None
             and t.get_visible() and t.get_text()]
    assert len(texts) == 1
    return texts[0], _extent(texts[0], renderer)


def test_the_hiding_check_can_fail():
    xs, ys = sigmoid_net_data(n=20, seed=0)
    scene = descent.SigmoidNetScene(xs, ys)
    figure = scene.draw(0.3).figure
    _, box = _message_box(figure)
    data = figure.axes[0].get_lines()[0]
    assert not _hides(box, data)
    data.set_data([0.0], [figure.axes[0].transData.inverted().transform(box.get_points().mean(0))[1]])
    assert _hides(box, data)


def test_lesson04_sigmoid_net_message_hides_no_point_and_no_curve_at_any_rate(lang):
    """At lr = 1 the red box used to sit on the top-right data points; at every
    rate the slider reaches, the box covers no data point and no curve."""
    xs, ys = sigmoid_net_data(n=20, seed=0)
    explorer = descent.sigmoid_net_explorer(xs, ys)
    scene = descent.SigmoidNetScene(xs, ys)
    rates = positions(explorer.controls["lr"], 81)
    assert 1.0 in [round(r, 9) for r in rates] and len(rates) == 81
    for lr in rates:
        figure = scene.draw(lr).figure
        _, box = _message_box(figure)
        for line in figure.axes[0].get_lines():
            assert not _hides(box, line), (lr, line.get_label())


def test_lesson04_sigmoid_net_legend_hides_no_data_point_at_any_rate(lang):
    """Walk finding: at lr 0.95 the legend, on the left half way up, sat over the first
    four data points. At every rate the slider reaches, the legend shown hides none."""
    xs, ys = sigmoid_net_data(n=20, seed=0)
    scene = descent.SigmoidNetScene(xs, ys)
    places = set()
    for lr in positions(descent.sigmoid_net_explorer(xs, ys).controls["lr"], 81):
        figure = scene.draw(lr).figure
        shown = [key for key, legend in scene.legends.items() if legend.get_visible()]
        assert len(shown) == 1, lr
        places.add(shown[0][1])
        box = scene.legends[shown[0]].get_window_extent(figure.canvas.get_renderer())
        assert not _hides(box, scene.data), lr
    assert len(places) > 1  # 0.95 needs another place than the others


BOWL_EXTREMES = [dict(lr=lr, momentum=m, w1=w1, w2=w2)
                 for lr in (0.001, 1.0) for m in (0.0, 0.95)
                 for w1, w2 in ((-5.0, 2.5), (5.0, -2.5), (-5.0, -2.5), (5.0, 2.5))]
BOWL_NAMED = [dict(lr=0.01, momentum=0.95), dict(lr=0.11, momentum=0.0), dict(lr=0.08)]


def test_lesson04_bowl_message_hides_neither_start_nor_path(lang):
    """At lr 0.01 with momentum 0.95 the box used to cover the start; at 0.11
    (Chinese) the path. At every slider extreme it covers neither, nor the
    title, and stays inside the figure."""
    scene = descent.BowlScene()
    for settings in BOWL_NAMED + BOWL_EXTREMES:
        figure = scene.draw(**settings).figure
        renderer = figure.canvas.get_renderer()
        message, box = _message_box(figure)
        assert _inside(box, figure.bbox), settings
        assert not box.overlaps(_extent(figure.axes[0].title, renderer)), settings
        for line in (scene.path, scene.start, scene.minimum):
            assert not _hides(box, line), (settings, line.get_label())
        assert "最\n后" not in message.get_text() and "最后\n一点" not in message.get_text()


def test_lesson04_bowl_legend_hides_no_start(lang):
    """Walk finding: the legend sat over a start at (5, -2.5). At every slider extreme
    the legend shown leaves the start's marker clear."""
    scene = descent.BowlScene()
    for settings in BOWL_NAMED + BOWL_EXTREMES:
        figure = scene.draw(**settings).figure
        renderer = figure.canvas.get_renderer()
        shown = [legend for legend in scene.legends.values() if legend.get_visible()]
        assert len(shown) == 1, settings
        assert not _hides(shown[0].get_window_extent(renderer), scene.start), settings


def test_lesson04_a_path_that_goes_outside_and_back_is_not_said_to_end_outside(lang):
    """Walk finding: "the path leaves this window: its last point is (-0.111, -0.422)"
    for a path that ends inside it. At lr 0.08, momentum 0.9 from (5, 2.5) the path
    goes outside and comes back."""
    figure = descent.BowlScene().draw(lr=0.08, momentum=0.9, w1=5.0, w2=2.5).figure
    words = _message_box(figure)[0].get_text().replace("\n", " " if lang == "en" else "")
    assert LEFT_WINDOW[lang][1] in words and LEFT_WINDOW[lang][0] not in words, words


def test_lesson04_bowl_chinese_message_keeps_its_words_whole():
    set_language("zh")
    try:
        message, _ = _message_box(descent.BowlScene().draw(lr=0.11).figure)
    finally:
        set_language("en")
    assert "最后一点" in message.get_text().split("\n")[1], message.get_text()


def test_lesson01_best_h_notes_cross_no_curve(lang):
    """Each "best h" note lies clear of both curves, both stars, the legend and
    the other note, for every example function."""
    scene = derivatives.ErrorScene()
    for name in derivatives.EXAMPLE_FUNCTIONS:
        figure = scene.draw(derivatives.difference_errors(name)).figure
        renderer = figure.canvas.get_renderer()
        ax = figure.axes[0]
        notes = [n for n in scene.notes if n.get_text()]
        assert notes, name
        for note in notes:
            box = note.get_window_extent(renderer)
            assert _inside(box, ax.get_window_extent(renderer)), (name, note.get_text())
            for line in scene.lines + scene.stars:
                assert not _hides(box, line), (name, note.get_text(), line.get_label())
            assert not box.overlaps(scene.legend.get_window_extent(renderer))
            for other in notes:
                assert other is note or not box.overlaps(other.get_window_extent(renderer))


@pytest.mark.parametrize("settings", [dict(lr=0.08), dict(lr=0.05, momentum=0.5)])
def test_lesson04_bowl_colour_bar_label_clear_of_the_loss_panel(lang, settings):
    """The colour bar's label and the loss panel's axis label (two lines when a
    loss is drawn at the floor, lr 0.05 with momentum 0.5) are apart."""
    scene = descent.BowlScene()
    scene.draw(lr=0.08)
    figure = scene.draw(**settings).figure
    renderer = figure.canvas.get_renderer()
    colorbar = next(a for a in figure.axes if a.get_label() == "<colorbar>")
    loss_panel = figure.axes[1]
    if settings.get("momentum"):
        assert "\n" in loss_panel.get_ylabel()  # the floor's second line
    label = colorbar.yaxis.label.get_window_extent(renderer)
    other = loss_panel.yaxis.label.get_window_extent(renderer)
    assert label.x1 + 4 <= other.x0, (label, other)
    for tick in loss_panel.yaxis.get_major_ticks():
        if tick.label1.get_visible() and tick.label1.get_text():
            assert not label.overlaps(tick.label1.get_window_extent(renderer))


def test_walk_59_lesson04_bowl_colour_bar_ticks_are_written_as_the_levels():
    """Walk 59: the ticks read 100.0, 30.0, ..., 1.0, 0.3, 0.1, 0.0."""
    figure = descent.BowlScene().draw(lr=0.08).figure
    figure.canvas.draw()
    colorbar = next(a for a in figure.axes if a.get_label() == "<colorbar>")
    ticks = [tick.get_text() for tick in colorbar.get_yticklabels()]
    assert ticks == ["0", "0.1", "0.3", "1", "3", "10", "30", "100"]


@pytest.mark.parametrize("x, h", [(4.0, 1.0), (0.65, 1e-3), (3.0, 0.1), (-2.0, 1.0), (1.0, 1.0)])
def test_the_tangent_readout_hides_no_line_point_curve_or_legend(x, h):
    """Walk 16: at x = 4, h = 1 the read-out, fixed at the bottom right, covered the tangent
    and the secant; it now takes a place where it covers none of them."""
    from micrograd_lite.plots import hides
    scene = derivatives.TangentScene()
    scene.draw(derivatives.tangent_view(x, h))
    renderer = scene.scene.canvas.get_renderer()
    box = scene.readout.get_bbox_patch().get_window_extent(renderer)
    drawn = (scene.curve, scene.tangent, scene.secant, scene.point, scene.nudged, scene.legend)
    assert not [artist for artist in drawn if hides(box, artist, renderer)]
