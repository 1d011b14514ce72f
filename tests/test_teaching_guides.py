"""The teacher's guides in docs/teaching/: written by tools/teaching_guides.py, they list
every exercise check with the mistakes it recognises (from the checks' own string
tables), and the numbers they quote about sliders and questions are the lessons' own."""

import importlib.util
import json
import math
import re
from pathlib import Path

import pytest

from micrograd_lite import Value
from micrograd_lite.language import set_language, text

REPO = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("teaching_guides", REPO / "tools" / "teaching_guides.py")
guides = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(guides)

LESSONS = guides.LESSONS
LANGUAGES = guides.LANGUAGES


def guide(lesson, language):
    return (guides.OUTPUT / language / guides.guide_name(lesson)).read_text(encoding="utf-8")


@pytest.fixture
def english():
    yield
    set_language("en")


# ----------------------------------------------------------------------
# Generated, and up to date
# ----------------------------------------------------------------------
def test_the_committed_guides_are_what_the_generator_writes_now():
    outputs = guides.outputs()
    assert len(outputs) == 12
    stale = [str(path.relative_to(REPO)) for path, written in outputs.items()
             if not path.exists() or path.read_text(encoding="utf-8") != written]
    assert not stale, f"run python tools/teaching_guides.py: {stale} differ from what it writes"


def test_a_changed_check_message_changes_the_guide(monkeypatch):
    """The generated part comes from the table: reword a message and the committed guide
    no longer matches until it is written again."""
    key = "lesson03.times.own_input"
    committed = guide("03", "en")
    assert f"(`{key}`)" in committed
    monkeypatch.setitem(guides.TABLES["en"], key, "A brand-new wording of this mistake. More.")
    rendered = guides.render("03", "en")
    assert "- A brand-new wording of this mistake. (`lesson03.times.own_input`)" in rendered
    assert rendered != committed


def test_a_key_removed_from_the_tables_leaves_the_guide(monkeypatch):
    key = "lesson01.slope.backward"
    monkeypatch.delitem(guides.TABLES["en"], key)
    monkeypatch.delitem(guides.TABLES["zh"], key)
    guides._module_index.cache_clear()
    try:
        assert f"`{key}`" not in guides.render("01", "en")
        assert f"`{key}`" not in guides.render("01", "zh")
    finally:
        guides._module_index.cache_clear()


# ----------------------------------------------------------------------
# Every exercise check, with the mistakes its tables name
# ----------------------------------------------------------------------
def _notebook_checks(lesson, language):
    """The check functions a lesson's exercise cells call, read straight from the notebook."""
    cells = json.loads(guides.notebook_path(lesson, language).read_text(encoding="utf-8"))["cells"]
    called = []
    for cell in cells:
        source = "".join(cell["source"])
        if cell["cell_type"] != "code" or "micrograd_lite.exercises" not in source:
            continue
        for name in re.findall(r"\b(check_\w+)\(", source):
            if name not in called:
                called.append(name)
    return called


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("lesson", LESSONS)
def test_every_exercise_check_appears_in_its_guide_with_its_mistakes(lesson, language):
    text_of_guide = guide(lesson, language)
    checks = _notebook_checks(lesson, language)
    assert len(checks) >= 4
    exercises = guides.exercises(lesson, language)
    assert [check for _, _, check in exercises] == checks
    sections = text_of_guide.split("\n### ")
    for heading, module, check in exercises:
        (section,) = [s for s in sections if s.startswith(heading + "\n")]
        assert f"`{check}`" in section
        listed = re.findall(r"\(`((?:lesson0\d|engine_check)\.[\w.]+)`\)$", section, re.M)
        named = guides.mistakes(lesson, module, check, language)
        assert named, f"{check} recognises no mistake?"
        pointed = re.search(r"`(check_\w+)`", section.split("\n", 3)[-1])
        if not listed:  # all of its mistakes are listed under another check
            assert pointed and pointed.group(1) != check
        for key in listed:
            for table in guides.TABLES.values():  # every key it names exists in both tables
                assert key in table or f"{key}.other" in table, key
        # each mistake the check can name is in this section or in the one it points to
        shown = set(listed)
        if pointed and pointed.group(1) != check:
            (other,) = [s for s in sections if f"`{pointed.group(1)}`" in s.split("\n", 3)[2]]
            shown |= set(re.findall(r"\(`([\w.]+)`\)$", other, re.M))
        assert {key for key, _ in named} <= shown


def test_the_messages_come_from_the_language_s_own_table():
    english, chinese = guide("04", "en"), guide("04", "zh")
    key = "lesson04.second_step.not_reset"
    assert guides.TABLES["en"][key].split(":")[0] in english
    assert guides.TABLES["zh"][key].split("：")[0].split("，")[0] in chinese


def test_the_checks_reach_their_own_messages_only():
    keys = guides.check_keys("lesson01", "check_slope")
    assert "lesson01.slope.value_not_slope" in keys
    assert not any(key.startswith("lesson01.nudge_b.") for key in keys)


# ----------------------------------------------------------------------
# The numbers the guides quote are the ones the lessons compute
# ----------------------------------------------------------------------
def _number(x, digits=4):
    return f"{x:.{digits}f}"


def _claims(lesson):
    """``[(english, chinese)]``: strings that must appear in the guides, built from numbers
    computed here with the package (the same functions the lessons call)."""
    if lesson == "01":
        from micrograd_lite.widgets.derivatives import difference_errors, tangent_view
        wide = tangent_view(3.0, 1.0)
        errors = difference_errors("exp(x) at x = 1")
        (h_f, e_f), (h_c, e_c) = errors.best_forward, errors.best_central
        parabola = difference_errors("3x² - 4x + 5 at x = 3")
        both = [f"(f(4) - f(3)) / 1 = {wide.secant_slope:g}", f"error of {wide.error:g}",
                _number(tangent_view(3.0, 0.1).secant_slope),
                _number(tangent_view(3.0, 0.001).secant_slope),
                _number(tangent_view(3.0, 1e-12).secant_slope),
                f"{tangent_view(0.65, 0.001).exact_slope:.1f} and {tangent_view(0.7, 0.001).exact_slope:.1f}",
                f"h = {h_f:.0e}".replace("e-0", "e-"), f"{e_f:.0e}".replace("e-0", "e-"),
                f"h = {h_c:.0e}".replace("e-0", "e-"), f"{e_c:.0e}".replace("e-", "e-")]
        assert parabola.central_has_no_truncation and parabola.best_central == (1.0, 0.0)
        pairs = [(claim, claim) for claim in both]
        pairs[1] = (f"an error of {wide.error:g}", f"误差是 {wide.error:g}")
        pairs[5] = (pairs[5][0], pairs[5][0].replace(" and ", " 和 "))
        pairs.append(("(error 0) at h = 1", "h = 1 时就完全准确（误差为 0）"))
        return pairs
    if lesson == "02":
        from micrograd_lite.exercises.lesson02 import seed_neuron
        seed, b8, x16 = seed_neuron(), seed_neuron(b=8.0), seed_neuron(x1=6.0)
        w25 = seed_neuron(w2=5.0)
        n = lambda o: o._prev[0].data  # noqa: E731  (o = tanh(n))
        return [(f"o = tanh(n) = {_number(seed.data)}",) * 2,
                (f"o = tanh({n(b8):g}) = {_number(b8.data)}",) * 2,
                (f"n becomes {_number(n(x16))}", f"n 变成 {_number(n(x16))}"),
                (f"{_number(x16.data)}: tanh never", f"{_number(x16.data)}。tanh 永远"),
                (f"o stays {_number(w25.data)}", f"o 还是 {_number(w25.data)}"),
                (f"o = {_number(seed_neuron(x2=1.0).data)} there",
                 f"o = {_number(seed_neuron(x2=1.0).data)} 正是")]
    if lesson in ("03", "06"):
        from micrograd_lite.exercises.lesson02 import seed_neuron
        o = seed_neuron()
        o.backward()
        inputs = {v.label: v for v in o.topological_order() if not v._prev}
        n = o._prev[0]
        claims = [(f"`{name}.grad = {inputs[name].grad:g}`",) * 2
                  for name in ("x1", "w1", "x2", "w2")]
        claims.append((f"{1 - o.data ** 2:.1f}",) * 2)
        if lesson == "06":
            a = Value(3.0)
            L = a * a
            L.backward()
            first = a.grad
            L.backward()
            claims += [(f"a.grad is {first:g} after the first call, {a.grad:g} after the second",
                        f"a.grad 第一次后是 {first:g}，第二次后是 {a.grad:g}"),
                       (f"Answer: (1 - o²) × 1 = {n.grad:.1f}", f"答案：(1 - o²) × 1 = {n.grad:.1f}")]
            return claims
        claims.append((f"`b.grad = {inputs['b'].grad:g}`",) * 2)
        from micrograd_lite.widgets.paths import paths_view

        def lecture_graph(a=-2.0, b=3.0):
            a, b = Value(a, label="a"), Value(b, label="b")
            d = a * b
            d.label = "d"
            e = a + b
            e.label = "e"
            f = d * e
            f.label = "f"
            return f

        for name in "ab":
            view = paths_view(lecture_graph, {"a": -2.0, "b": 3.0}, name)
            products = [float(product.rsplit("=", 1)[1]) for _, product in view.rows]
            if name == "a":  # the guide quotes a's two paths as the widget writes them
                claims += [(product,) * 2 for _, product in view.rows]
            claims.append((f"`{name}.grad = {sum(products):g}`",) * 2)
        return claims
    if lesson == "04":
        from micrograd_lite.datasets import sigmoid_net_data
        from micrograd_lite.descent import elongated_bowl, parabola, run_descent
        from micrograd_lite.widgets.descent import train_sigmoid_net_fast
        claims = []
        slow = run_descent(parabola, -1.0, 0.001, 30)
        claims.append((f"still {slow.final_loss:.2f} (it started at {slow.losses[0]:g})",
                       f"损失还有 {slow.final_loss:.2f}（起点是 {slow.losses[0]:g}）"))
        for lr in (0.1, 0.9):
            run = run_descent(parabola, -1.0, lr, 30)
            settled = next(k for k, g in enumerate(run.grads) if abs(g[0]) <= 0.01 * abs(run.grads[0][0]))
            claims.append((f"{settled} steps", f"{settled} 步"))
        big = run_descent(parabola, -1.0, 1.5, 30)
        claims.append((f"divergent at step {big.diverged_at}", f"第 {big.diverged_at} 步发散"))
        assert run_descent(parabola, -1.0, 0.95, 44).regime == "good"
        assert run_descent(parabola, -1.0, 0.95, 30).regime == "too large (oscillating)"
        runaway = run_descent(elongated_bowl, (-4.0, 1.5), 0.11, 50)
        claims.append((f"divergent at step {runaway.diverged_at}", f"第 {runaway.diverged_at} 步发散"))
        plain = run_descent(elongated_bowl, (-4.0, 1.5), 0.01, 50)
        rolling = run_descent(elongated_bowl, (-4.0, 1.5), 0.01, 50, momentum=0.8)
        overshoot = run_descent(elongated_bowl, (-4.0, 1.5), 0.01, 50, momentum=0.95)
        claims += [(f"{plain.final_loss:.3f}",) * 2, (f"{rolling.final_loss:.6f}",) * 2,
                   (f"{overshoot.final_loss:.3f}",) * 2]
        xs, ys = sigmoid_net_data(n=20, seed=0)
        good = train_sigmoid_net_fast(xs, ys, 0.3)
        claims.append((f"{good.losses[0]:.4f} → {good.losses[-1]:.4f}",
                       f"从 {good.losses[0]:.4f} 降到 {good.losses[-1]:.4f}"))
        bumpy = train_sigmoid_net_fast(xs, ys, 0.8)
        top = max(range(5), key=lambda k: bumpy.losses[k])
        low = min(range(len(bumpy.losses)), key=lambda k: bumpy.losses[k])
        claims += [(f"{bumpy.losses[top]:.2f} at step {top + 1}", f"第 {top + 1} 步的 {bumpy.losses[top]:.2f}"),
                   (f"{bumpy.losses[low]:.3f}, at step {low + 1}", f"第 {low + 1} 步降到最低的 {bumpy.losses[low]:.3f}"),
                   (f"ends at {bumpy.losses[-1]:.2f}", f"停在 {bumpy.losses[-1]:.2f}")]
        wild = train_sigmoid_net_fast(xs, ys, 1.5)
        claims.append((f"1.5 diverges at step {wild.diverged_at}", f"第 {wild.diverged_at} 步就发散"))
        return claims
    if lesson == "05":
        from micrograd_lite import nn
        from micrograd_lite.classifier import switched_off_neurons, train_moons_numpy
        from micrograd_lite.datasets import make_moons
        X, y = make_moons(n_samples=100, noise=0.1, seed=0)
        runs = {lr: train_moons_numpy(nn.MLP(2, [16, 16, 1], seed=0), X, y, lr=lr)
                for lr in (1.0, 0.1, 3.16, 10.0)}
        first = runs[1.0].accuracies.index(1.0) + 1
        wrong = round((1 - runs[0.1].final_accuracy) * len(y))
        dead = switched_off_neurons(runs[3.16].model, X)
        return [(f"loss {runs[1.0].final_loss:.4f}", f"损失 {runs[1.0].final_loss:.4f}"),
                (f"first reached at step {first}", f"第 {first} 步第一次达到 100%"),
                (f"{wrong} points are still on the wrong side", f"还有 {wrong} 个点在错误的一边"),
                (f"loss {runs[0.1].final_loss:.4f}", f"损失 {runs[0.1].final_loss:.4f}"),
                (f"{runs[3.16].losses[0]:.4f} → {runs[3.16].final_loss:.4f}",) * 2,
                (f"{dead} of the 32 hidden", f"里有 {dead} 个"),
                (f"diverges at step {runs[10.0].diverged_at}", f"第 {runs[10.0].diverged_at} 步就发散"),
                (f"= {len(nn.MLP(2, [16, 16, 1], seed=0).parameters())}.",
                 f"= {len(nn.MLP(2, [16, 16, 1], seed=0).parameters())}。")]
    raise AssertionError(lesson)


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_numbers_a_guide_quotes_are_the_lessons_own(lesson, english):
    set_language("en")
    claims = _claims(lesson)
    assert len(claims) >= 5
    for language, index in (("en", 0), ("zh", 1)):
        written = guide(lesson, language)
        missing = [claim[index] for claim in claims if claim[index] not in written]
        assert not missing, f"docs/teaching/{language}: {guides.guide_name(lesson)} lacks {missing}"


def test_a_wrong_number_in_a_guide_would_be_caught(monkeypatch, english):
    """The claims are specific: a guide with one gradient changed fails them."""
    original = guide("03", "en")
    monkeypatch.setattr(__import__(__name__), "guide",
                        lambda lesson, language: original.replace("`x1.grad = -1.5`", "`x1.grad = -1`"))
    with pytest.raises(AssertionError, match="x1.grad = -1.5"):
        test_the_numbers_a_guide_quotes_are_the_lessons_own("03", None)


# ----------------------------------------------------------------------
# Citations and the Chinese prose
# ----------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guides_cite_the_posts_by_title_only(language):
    for lesson in LESSONS:
        written = guide(lesson, language)
        assert "seeds/" not in written and "000_d2259c99" not in written and "002_9602b179" not in written
        assert "《" in written  # one of the two titles


def test_the_chinese_guides_use_full_width_punctuation_in_their_prose():
    for lesson in LESSONS:
        source = (guides.SOURCES / "zh" / f"{lesson}.md").read_text(encoding="utf-8")
        prose = re.sub(r"`[^`]*`|\$[^$]*\$|\([^()]*\.(?:ipynb|md)\)", "", source)
        half = re.findall(r"[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]", prose)
        assert not half, (lesson, half[:5])
        assert "術" not in prose  # simplified characters only (a cheap guard)
