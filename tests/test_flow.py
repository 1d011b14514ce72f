"""What flows along the edges: draw_dot(root, flow=True) and graph.paths.

Every edge's local derivative is checked against the derivative of its
operation worked out by hand, every sum over paths against central finite
differences of the whole graph, and the posts' graphs against their numbers; on
the package's Value, on micrograd's, and on a lecture-style class with
``_backward`` closures (lesson 06's), with nodes used more than once.
"""

import math
import random
import re

import micrograd.engine as micrograd  # in requirements-test.txt: a missing one is an error
import pytest

from micrograd_lite import Value, set_language
from micrograd_lite.exercises.lesson02 import seed_neuron
from micrograd_lite.graph import draw_dot, paths
from micrograd_lite.nodes import inputs, local_derivatives
from micrograd_lite.timing import SECONDS
from test_engine_check import make_value
from languages import in_chinese

Lecture = make_value()  # `_prev` a set, `_backward` closures
LectureTuple = make_value(("        self._prev = set(_children)\n", "        self._prev = tuple(_children)\n"))
CLASSES = {"package": Value, "lecture": Lecture, "lecture, _prev a tuple": LectureTuple,
           "micrograd": micrograd.Value}


def random_graph(V, xs, seed):
    """A graph of +, *, tanh (where the class has it) and ** 2 on the leaves
    ``xs``, each new node drawing its inputs from every node made so far, so
    that nodes are used again, sometimes twice by one operation."""
    rng = random.Random(seed)
    nodes = [V(x) for x in xs]
    for _ in range(8):
        a, b = rng.choice(nodes), rng.choice(nodes + nodes[-2:])
        op = rng.choice(["+", "*", "tanh", "**"] if hasattr(V, "tanh") else ["+", "*", "**"])
        nodes.append(a + b if op == "+" else a * b if op == "*" else a.tanh() if op == "tanh"
                     else a ** 2)
    return nodes[len(xs):][-1] + nodes[-2], nodes[:len(xs)]


def hand_derivative(node, slot):
    """d node / d input of the slot, from the operation's own formula."""
    children = inputs(node)
    x = children[slot].data
    op = node._op
    if op == "+":
        return 2.0 if len(children) == 1 else 1.0  # a + a with `_prev` a set: one slot
    if op == "*":
        return children[1 - slot].data if len(children) == 2 else 2 * x  # a * a in one slot
    if op == "tanh":
        return 1 - math.tanh(x) ** 2
    if op.startswith("**"):
        n = float(op[2:])
        return n * x ** (n - 1)
    raise AssertionError(f"no formula for {op!r}")


@pytest.mark.parametrize("name", list(CLASSES))
@pytest.mark.parametrize("seed", range(6))
def test_each_edges_local_derivative_is_its_operations_derivative(name, seed):
    V = CLASSES[name]
    root, _ = random_graph(V, [0.7, -1.3, 0.4], seed)
    checked = 0
    for node in _all(root):
        children = inputs(node)
        locals_ = local_derivatives(node)
        for slot, local in enumerate(locals_):
            uses = [i for i, c in enumerate(children) if c is children[slot]]
            if local is None:  # a closure: the first use carries every use's share
                assert slot != uses[0]
                continue
            want = sum(hand_derivative(node, i) for i in uses) if (
                getattr(node, "_local_grads", None) is None) else hand_derivative(node, slot)
            assert local == pytest.approx(want, rel=1e-12, abs=1e-12), (node._op, slot)
            checked += 1
    assert checked >= 5


def _all(root):
    seen, order = set(), []

    def visit(n):
        if id(n) not in seen:
            seen.add(id(n))
            for c in inputs(n):
                visit(c)
            order.append(n)
    visit(root)
    return order


@pytest.mark.parametrize("name", list(CLASSES))
@pytest.mark.parametrize("seed", range(6))
def test_the_paths_products_add_up_to_the_finite_difference_and_to_grad(name, seed):
    V = CLASSES[name]
    xs = [0.7, -1.3, 0.4]
    root, leaves = random_graph(V, xs, seed)
    root.backward()
    h = 1e-6
    for i, leaf in enumerate(leaves):
        found = paths(root, leaf) if any(n is leaf for n in _all(root)) else []
        total = sum(product for _, product in found)
        up = random_graph(V, [x + h if j == i else x for j, x in enumerate(xs)], seed)[0].data
        down = random_graph(V, [x - h if j == i else x for j, x in enumerate(xs)], seed)[0].data
        assert total == pytest.approx((up - down) / (2 * h), rel=1e-5, abs=1e-6)
        assert total == pytest.approx(leaf.grad, rel=1e-9, abs=1e-12)
        for path, product in found:
            assert path[0] is root and path[-1] is leaf
            assert all(any(c is nxt for c in inputs(cur)) for cur, nxt in zip(path, path[1:]))


def lesson01_graph(V):
    a, b, c, f = V(2.0), V(-3.0), V(10.0), V(-2.0)
    return (a * b + c) * f, (a, b, c, f)


@pytest.mark.parametrize("name", list(CLASSES))
def test_the_posts_graph_of_lesson_01_gives_its_numbers_along_its_paths(name):
    """L = (a*b + c) * f with a = 2, b = -3, c = 10, f = -2: dL/da = b*f = 6,
    dL/db = a*f = -4, dL/dc = f = -2, dL/df = a*b + c = 4, one path each."""
    L, (a, b, c, f) = lesson01_graph(CLASSES[name])
    for leaf, want in ((a, 6.0), (b, -4.0), (c, -2.0), (f, 4.0)):
        (path, product), = paths(L, leaf)
        assert product == want and len(path) == (4 if leaf in (a, b) else 3 if leaf is c else 2)


def test_the_neuron_of_the_post_gives_its_gradients_along_its_paths():
    o = seed_neuron()
    leaves = {n.label: n for n in _all(o) if not n._prev}
    sums = {label: round(sum(p for _, p in paths(o, n)), 4) for label, n in leaves.items()}
    assert sums == {"x1": -1.5, "w1": 1.0, "x2": 0.5, "w2": 0.0, "b": 0.5}


def flow_edges(drawing):
    """``[(input name, operation name, label)]`` of the drawing's labelled edges."""
    return re.findall(r'(v\d+) -> (op\d+) \[label="([^"]*)"', drawing.source)


def test_an_input_used_twice_shows_both_shares_and_its_grad_their_sum():
    """b = a + a: two arrows from a, each 1 × g, and a.grad = 2g."""
    a = Value(3.0, label="a")
    b = a + a; b.label = "b"  # noqa: E702
    c = b * 5.0; c.label = "c"  # noqa: E702
    c.backward()
    edges = flow_edges(draw_dot(c, flow=True))
    into_plus = [label for source, op, label in edges if source == "v0"]
    assert into_plus == ["local 1.0\\nadds 1.0 × 5.0 = 5.0"] * 2
    assert a.grad == 10.0
    assert [p for _, p in paths(c, a)] == [5.0, 5.0]


@pytest.mark.parametrize("name", list(CLASSES))
@pytest.mark.parametrize("seed", range(4))
def test_what_the_edges_add_into_each_input_is_its_grad(name, seed):
    """After backward() on a fresh graph, the "adds" of every arrow out of an
    input sum to that input's grad, and each is local × the operation's grad."""
    root, leaves = random_graph(CLASSES[name], [0.7, -1.3, 0.4], seed)
    root.backward()
    drawing = draw_dot(root, flow=True)
    order = _all_in_draw_order(root)
    added = {}
    for source, op, label in flow_edges(drawing):
        local, local_again, grad, result = re.fullmatch(
            r"local (\S+)(?: \(\d uses\))?\\nadds (\S+) × \(?([^\s)]+)\)? = (\S+)", label).groups()
        # each number as Python prints it after rounding to 12 significant digits
        assert local == local_again
        assert float(result) == pytest.approx(float(local) * float(grad), rel=1e-11, abs=1e-300)
        added[source] = added.get(source, 0.0) + float(result)
    for i, node in enumerate(order):
        if not node._prev and f"v{i}" in added:
            assert added[f"v{i}"] == pytest.approx(node.grad, rel=1e-10, abs=1e-10)


def _all_in_draw_order(root):
    from micrograd_lite.graph import trace
    return trace(root)[0]


def test_before_backward_the_edges_show_the_local_derivatives_only():
    L, _ = lesson01_graph(Value)
    labels = [label for _, _, label in flow_edges(draw_dot(L, flow=True))]
    assert labels == ["local -3.0", "local 2.0", "local 1.0", "local 1.0", "local -2.0", "local 4.0"]
    assert not flow_edges(draw_dot(L))  # without flow, the drawing is as before


def test_a_closure_with_an_input_used_twice_says_the_local_derivative_covers_both_uses():
    a = LectureTuple(3.0)
    b = a * a
    assert local_derivatives(b) == (6.0, None)
    labels = [label for _, _, label in flow_edges(draw_dot(b, flow=True))]
    assert labels == ["local 6.0 (2 uses)"]
    assert a.grad == 0.0 and b.grad == 0.0  # measuring put every grad back


def test_the_edge_texts_in_chinese():
    L, _ = lesson01_graph(Value)
    L.backward()
    labels = in_chinese(lambda: [label for _, _, label in flow_edges(draw_dot(L, flow=True))])
    assert labels[0] == "局部导数 -3.0\\n加上 -3.0 × (-2.0) = 6.0"


def test_paths_refuses_a_node_of_another_graph_and_too_many_paths():
    L, _ = lesson01_graph(Value)
    with pytest.raises(ValueError, match="is not part of the graph"):
        paths(L, Value(1.0))
    x = Value(0.5)
    top = x
    for _ in range(14):
        top = top * 0.5 + top * 0.5
    with pytest.raises(ValueError, match="16,384 paths lead from the root to this node, more "
                                         "than max_paths=10,000"):
        paths(top, x)
    assert len(paths(top, x, max_paths=2 ** 14)) == 2 ** 14
    with pytest.raises(TypeError, match="paths\\(\\) needs a Value"):
        paths(L, 3.0)


# ---------------------------------------------------------------------------
# The stepper plays itself, and lights up the arrows a step adds along.
# ---------------------------------------------------------------------------
LIT = re.compile(r'<g id="edge\d+" class="edge">\n<title>(v\d+)&#45;&gt;(op\d+)</title>\n'
                 r'<path fill="none" stroke="#d55e00" stroke-width="3"')


def lit_edges(svg):
    return LIT.findall(svg)


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_step_lights_up_the_arrows_into_the_node_it_processes(name):
    from micrograd_lite.widgets.graphs import backprop_stepper

    a, b = CLASSES[name](3.0), CLASSES[name](-2.0)
    c = a * b
    d = c + a  # a used twice: by * and by +
    stepper = backprop_stepper(d)
    assert lit_edges(stepper.picture.svg) == []  # step 0: only the output's grad set
    ops = {}  # which op name each processed node has, from the drawing
    for k in range(1, 3):
        stepper.step()
        state = stepper.state
        lit = lit_edges(stepper.picture.svg)
        assert len(lit) == len(inputs(state.node))  # every arrow into it, none other
        assert len({op for _, op in lit}) == 1
        ops[k] = lit[0][1]
    assert ops[1] != ops[2]
    assert stepper.picture.svg.count('stroke-width="3"') == 2 * len(lit)  # path and arrowhead


def test_play_is_linked_to_the_step_slider_both_ways_and_its_pace_to_the_speed_slider():
    from micrograd_lite.widgets.graphs import backprop_stepper

    stepper = backprop_stepper(seed_neuron())
    play, slider = stepper.play, stepper.controls["step"]
    assert (play.min, play.max, play.value, play.step) == (0, slider.max, 0, 1)
    play.value = 3  # what the front end sends as it plays
    assert slider.value == 3 and stepper.state.step == 3
    assert stepper.picture.description == stepper.state.description
    stepper.step()
    assert play.value == 4  # Play goes on from where Step left it
    stepper.reset()
    assert play.value == 0 and stepper.state.step == 0
    stepper.speed.value = stepper.speed.max
    assert play.interval == stepper.speed.max


def test_the_play_controls_in_chinese():
    from micrograd_lite.widgets.graphs import backprop_stepper

    stepper = in_chinese(lambda: backprop_stepper(seed_neuron()))
    assert [w.description for w in stepper.buttons] == ["播放", "下一步", "重置", "每步毫秒数"]


# ---------------------------------------------------------------------------
# Lesson 03's view of the paths, beside a finite difference.
# ---------------------------------------------------------------------------
def lecture_graph(a=-2.0, b=3.0):
    """The lecture's f = (a*b) * (a + b): a and b each reach f along two paths."""
    a, b = Value(a, label="a"), Value(b, label="b")
    d = a * b; d.label = "d"  # noqa: E702
    e = a + b; e.label = "e"  # noqa: E702
    f = d * e; f.label = "f"  # noqa: E702
    return f


def test_the_paths_view_lists_each_path_its_product_their_sum_and_a_nudge():
    """By hand: df/da = e*b + d*1 = 1*3 + (-6) = -3, df/db = e*a + d*1 = -2 - 6 = -8."""
    from micrograd_lite.widgets.paths import paths_explorer

    explorer = paths_explorer(lecture_graph)
    assert explorer.picture.description == (
        "2 paths lead from f down to a:\n"
        "  f → d → a:  1.0 × 3.0 = 3.0\n"
        "  f → e → a:  -6.0 × 1.0 = -6.0\n"
        "Sum over the paths: -3.0.   a.grad after backward(): -3.0.\n"
        "Nudging a by h = 1e-06 (a central difference of the output): -3.000000.")
    explorer.controls["name"].value = "b"
    view = explorer.picture
    assert view.rows == [("f → d → b", "1.0 × (-2.0) = -2.0"), ("f → e → b", "-6.0 × 1.0 = -6.0")]
    assert view.footer[1].endswith(": -8.000000.")
    assert view._repr_mimebundle_()["text/html"].count("<tr>") == 3  # a heading row and two paths


def test_the_paths_view_writes_numbers_as_python_prints_them_rounded_to_12_digits():
    """Walk finding: a learner's graph showed 0.30000000000000004 in its products."""
    from micrograd_lite.widgets.paths import paths_view

    def tripled_squared(a=0.1):
        c = a * 3.0
        c.label = "c"
        f = c * c
        f.label = "f"
        return f

    a = Value(0.1, label="a")
    assert (a * 3.0).data == 0.30000000000000004  # the float the view must not show
    view = paths_view(lambda a: tripled_squared(Value(a, label="a")), {"a": 0.1}, "a")
    assert view.rows == [("f → c → a", "0.3 × 3.0 = 0.9"), ("f → c → a", "0.3 × 3.0 = 0.9")]
    assert view.footer[0] == "Sum over the paths: 1.8.   a.grad after backward(): 1.8."


def test_the_paths_view_in_chinese_and_its_clear_errors():
    from micrograd_lite.widgets.paths import paths_explorer, paths_view

    said = in_chinese(lambda: paths_view(lecture_graph, {"a": -2.0, "b": 3.0}, "a").description)
    assert said.startswith("从 f 回到 a 有 2 条路径：\n")
    assert "各条路径之和：-3.0。backward() 之后的 a.grad：-3.0。" in said
    with pytest.raises(ValueError, match="no input labelled 'c'"):
        paths_view(lecture_graph, {"a": -2.0, "b": 3.0}, "c")
    with pytest.raises(TypeError, match="input 'a' needs a finite number"):
        paths_explorer(lecture_graph, a=math.nan)
    with pytest.raises(ValueError, match="needs the inputs' values"):
        paths_explorer(lambda a, b: lecture_graph(a, b))


# ---------------------------------------------------------------------------
# What lessons 03 and 06 say their drawings show.
# ---------------------------------------------------------------------------
def labels_from(drawing, source_label):
    """The texts on the arrows out of the box labelled ``source_label``."""
    name = re.search(rf'(v\d+) \[label="{re.escape(source_label)} \|', drawing.source).group(1)
    return [label for source, _, label in flow_edges(drawing) if source == name]


def test_lesson03_v_is_u_plus_u_both_arrows_add_one_and_u_holds_two():
    u = Value(3.0, label="u")
    v = u + u; v.label = "v"  # noqa: E702
    v.backward()
    assert labels_from(draw_dot(v, flow=True), "u") == ["local 1.0\\nadds 1.0 × 1.0 = 1.0"] * 2
    assert u.grad == 2.0


def test_lesson03_the_arrows_out_of_a_add_3_and_minus_6_and_a_grad_is_minus_3():
    f = lecture_graph()
    f.backward()
    labels = labels_from(draw_dot(f, flow=True), "a")
    assert sorted(float(label.rsplit("= ", 1)[1]) for label in labels) == [-6.0, 3.0]


def test_lesson06_the_arrow_from_x1_into_x1w1_adds_minus_one_and_a_half_on_the_learners_class():
    """Lesson 06 draws the post's neuron built with the learner's class (closures)."""
    V = make_value(("        self._prev = set(_children)\n", "        self._prev = tuple(_children)\n"))
    x1, w1 = V(2.0, label="x1"), V(-3.0, label="w1")
    x2, w2 = V(0.0, label="x2"), V(1.0, label="w2")
    x1w1 = x1 * w1; x1w1.label = "x1*w1"  # noqa: E702
    x2w2 = x2 * w2; x2w2.label = "x2*w2"  # noqa: E702
    n = x1w1 + x2w2 + V(6.8813735870195432, label="b"); n.label = "n"  # noqa: E702
    o = n.tanh(); o.label = "o"  # noqa: E702
    o.backward()
    assert labels_from(draw_dot(o, flow=True), "x1") == ["local -3.0\\nadds -3.0 × 0.5 = -1.5"]
    assert round(x1.grad, 12) == -1.5


def test_the_stepper_does_not_dress_a_closure_that_overwrites_as_one_that_adds():
    """A lecture-style `*` whose `_backward` writes `=`: the step where a input already
    holds a grad says what the closure did, not an invented local derivative."""
    from micrograd_lite.widgets.graphs import backprop_stepper

    V = make_value(("            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n",
                    "            self.grad = other.data * out.grad\n            other.grad = self.data * out.grad\n"))
    a, b = V(2.0, label="a"), V(-3.0, label="b")
    t = (a * a + a * b).tanh()
    stepper = backprop_stepper(t)
    lines = [backprop_stepper(t, step=k).state.lines for k in range(1, 5)]
    sets = ("what this _backward adds depends on the grads its inputs already hold, or on the "
            "calls before it: it sets them instead of adding onto them (= for +=?), it reads an "
            "input's .grad, or it changes from one call to the next (a counter kept outside it)")
    # a * b first, where a held 0: what it did looks like +=, but it is found all the same
    assert lines[2][1] == "a.grad = -0.2120 (a change of -0.2120)"
    assert lines[3][1] == "a.grad = 0.1413 (a change of 0.3533)"
    assert lines[3][-1] == sets and lines[3].count(sets) == 1  # said once, after the grads
    assert a.grad == 0.0 and b.grad == 0.0 and stepper.state.step == 0  # grads put back
    said = in_chinese(lambda: backprop_stepper(t, step=4).state.description)
    assert "a.grad = 0.1413（变化量 0.3533）；" in said and said.count("可能是直接设定了 grad") == 1, said


def test_a_closure_that_overwrites_through_a_repeated_input_is_found_by_stepper_and_drawing():
    """Walk finding: `=` for `+=` in a * a sets a.grad once per slot, and from a grad of 0
    that adds a (not 2a) at once: only a second start (grad 1) shows that it sets."""
    from micrograd_lite.nodes import ignores_its_grad, overwrites_grads
    from micrograd_lite.widgets.graphs import backprop_state

    V = make_value(("            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n",
                    "            self.grad = other.data * out.grad\n            other.grad = self.data * out.grad\n"))
    a = V(3.0, label="a")
    square = a * a
    assert local_derivatives(square)[0] == 3.0  # from 0: a, where 2a is right
    assert overwrites_grads(square) and a.grad == 0.0 and square.grad == 0.0
    assert backprop_state(square, 1).lines[1].startswith("a.grad = 3.0000 (a change of 3.0000)")
    arrows = [line for line in draw_dot(square, flow=True).source.splitlines() if "->" in line
              and "label=" in line]
    # (the lecture's _prev is a set: a once, one arrow)
    assert arrows and all("what its _backward adds depends" in line for line in arrows)
    Unscaled = make_value(("            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n",
                           "            self.grad += other.data\n            other.grad += self.data\n"))
    c, d = Unscaled(3.0, label="c"), Unscaled(2.0, label="d")
    loss = c * d * Unscaled(4.0, label="k")
    assert ignores_its_grad(loss._prev and next(n for n in loss._prev if n._op == "*"))
    unscaled = [line for line in draw_dot(loss, flow=True).source.splitlines() if "->" in line
                and "not\\nin proportion" in line]
    assert len(unscaled) == 4  # both products ignore their grad: every arrow into them says so
    # the stepper, where the product's grad is 4: what it adds at grad 1, not a "local derivative"
    assert backprop_state(loss, 2).lines[1] == (
        "c.grad += 2.0000 -> 2.0000 (added at its node's grad of 4.0000; at a grad of 1 this "
        "_backward adds 2.0000, so in proportion to the grad it would have added 8.0000)")
    # walk 32: not "adds 2 at grad 1, so 8 at 4"; walk 33: the cause once, after every input
    assert backprop_state(loss, 2).lines[-1] == ("what this _backward adds does not follow its "
                                                 "node's grad: is * out.grad missing, + typed "
                                                 "for *, or out.grad changed by another operation (squared, say)?")
    # in Chinese each input's item holds its explanation in brackets, so that the "；" before
    # the next input's item ends this one (walk 25)
    chinese = in_chinese(lambda: backprop_state(loss, 2).description)
    assert "若与 grad 成比例，这里加上的会是 8.0000）；" in chinese and "应该" not in chinese, chinese
    assert chinese.count("可能漏了 * out.grad") == 1 and "。加上的量" not in chinese, chinese
    Right = make_value()
    b = Right(3.0)
    assert not overwrites_grads(b * b) and not overwrites_grads(b)
    assert not ignores_its_grad(b * b) and not ignores_its_grad(b)
    assert not overwrites_grads(Value(2.0) * Value(3.0))  # the engine adds _local_grads itself


def test_a_backward_that_changes_its_own_grad_is_said_on_the_arrows_and_in_the_stepper():
    """Walk finding: a `_backward` that sets `out.grad = 0` after passing it on; the
    drawing showed "adds local x 0" where it had passed local x 1."""
    from micrograd_lite.nodes import changes_its_grad
    from micrograd_lite.widgets.graphs import backprop_state

    V = make_value(("            other.grad += self.data * out.grad\n",
                    "            other.grad += self.data * out.grad\n            out.grad = 0\n"))
    a, b, c = V(2.0, label="a"), V(-3.0, label="b"), V(10.0, label="c")
    e = a * b
    e.label = "e"
    L = e + c
    L.label = "L"
    assert changes_its_grad(e) and not changes_its_grad(L) and e.grad == 0.0
    step = backprop_state(L, 2).lines
    assert step[0].startswith("step 2 of 2: '*' node e (grad 1.0000)")
    assert step[-1] == ("then its _backward changed e.grad (out.grad) from 1.0000 to 0.0000. A "
                        "_backward only adds into its inputs' grads and leaves out.grad as it is")
    L.backward()
    arrows = [line for line in draw_dot(L, flow=True).source.splitlines() if "->" in line
              and "label=" in line]
    into_e = [line for line in arrows if "changes out.grad" in line]
    assert len(into_e) == 2 and not any("adds" in line for line in into_e)
    assert "然后它的 _backward 把 e.grad（也就是 out.grad）从 1.0000 改成了 0.0000" in in_chinese(
        lambda: backprop_state(L, 2).description)


def test_walk_27_a_backward_that_updates_data_is_named_and_the_graph_is_left_as_it_was():
    from micrograd_lite.widgets.graphs import backprop_state
    Updating = make_value(("            other.grad += self.data * out.grad\n",
                           "            other.grad += self.data * out.grad\n"
                           "            self.data -= 0.01 * self.grad\n"))
    x1, w1 = Updating(2.0, label="x1"), Updating(-3.0, label="w1")
    x2, w2 = Updating(0.0, label="x2"), Updating(1.0, label="w2")
    a, c = x1 * w1, x2 * w2
    o = (a + c + Updating(6.8813735870195432, label="b")).tanh()
    draw_dot(o, flow=True)
    assert (x1.data, x2.data) == (2.0, 0.0)  # the drawing's measuring runs put the data back
    lines = [backprop_state(o, k).lines for k in range(1, 5)]
    assert (x1.data, x2.data) == (2.0, 0.0)  # and so does the stepper
    said = " ".join(line for step in lines for line in step)
    assert "its _backward changed the data of" in said and "= for +=" not in said, said


def test_walk_27_a_backward_that_raises_is_named_by_its_node():
    Typo = make_value(("            self.grad += (1 - t ** 2) * out.grad\n",
                       "            self.grad += (1 - t ** 2) * out.gradd\n"))
    o = Typo(0.5, label="x").tanh()
    o.label = "o"
    with pytest.raises(RuntimeError, match=r"The _backward of the 'tanh' node 'o' raised "
                                           r"AttributeError: .*gradd"):
        draw_dot(o, flow=True)


def test_walk_28_plus_typed_for_times_is_among_the_causes_and_flagged_on_every_input():
    from micrograd_lite.widgets.graphs import backprop_state
    PlusForTimes = make_value(("            self.grad += other.data * out.grad\n"
                               "            other.grad += self.data * out.grad\n",
                               "            self.grad += other.data + out.grad\n"
                               "            other.grad += self.data + out.grad\n"))
    x2, w2 = PlusForTimes(0.0, label="x2"), PlusForTimes(1.0, label="w2")
    o = (x2 * w2 + PlusForTimes(0.5, label="b")).tanh()
    arrows = [line for line in draw_dot(o, flow=True).source.splitlines() if "->" in line
              and "in proportion" in line]
    assert len(arrows) == 2 and all("+ for *" in line for line in arrows), arrows
    # x2 = 0: w2's share happens to be 1 x grad, shown as what was added (no local
    # derivative); the cause is said once, on x2's line (walk 32: it was said twice)
    said = " ".join(backprop_state(o, 3).lines)
    assert "w2.grad += 0.7864 -> 0.7864 " in said and "×" not in said, said
    assert said.count("+ typed for *") == 1 and "measured at grads 1 and 2" not in said, said


@pytest.mark.parametrize("language, words", [
    ("en", "n.grad += 1.5000 -> 1.5000; this _backward adds what is not in proportion"),
    ("zh", "n.grad += 1.5000 → 1.5000；这个 _backward 加上的量没有随节点的 grad 成比例变化"),
])
def test_walk_32_a_closure_not_scaled_by_its_grad_is_shown_no_local_derivative(language, words):
    """Walk finding: tanh's `(1 - t**2) + out.grad` at the output (grad 1) was shown as
    "n.grad += 1.5000 × 1.0000", a local derivative of 1.5 where 1 - o² is 0.5."""
    from micrograd_lite.widgets.graphs import backprop_state
    PlusForTimes = make_value(("            self.grad += (1 - t ** 2) * out.grad\n",
                               "            self.grad += (1 - t ** 2) + out.grad\n"))
    o = PlusForTimes(0.8813735870195432, label="n").tanh()
    o.label = "o"
    set_language(language)
    try:
        said = backprop_state(o, 1).description
    finally:
        set_language("en")
    assert words in said and "×" not in said, said


def test_walk_33_a_negative_grad_in_the_steppers_prose_has_no_brackets():
    """Brackets are for a factor after "×" only: "节点的 grad 是 -9.0000", not "(-9.0000)"."""
    from micrograd_lite.widgets.graphs import backprop_state
    Unscaled = make_value(("            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n",
                           "            self.grad += other.data\n            other.grad += self.data\n"))
    a, b = Unscaled(2.0, label="a"), Unscaled(-3.0, label="b")
    d = a * b
    f = (d + a) * d
    set_language("zh")
    try:
        said = backprop_state(f, 3).description
    finally:
        set_language("en")
    assert "节点的 grad 是 -" in said and "(-" not in said, said


def test_walk_35_a_backward_that_never_ends_is_stopped_and_named():
    """draw_dot(flow=True) and the stepper hung for good on a _backward that never ends."""
    from micrograd_lite.widgets.graphs import backprop_state
    Endless = make_value(("            self.grad += other.data * out.grad\n",
                          "            while True:\n                pass\n"))
    a, b = Endless(2.0, label="a"), Endless(3.0, label="b")
    f = a * b + a
    for draw in (lambda: draw_dot(f, flow=True), lambda: backprop_state(f, 2)):
        with pytest.raises(RuntimeError, match=r"The _backward of a '\*' node did not finish "
                                               rf"within {SECONDS:g} seconds\. Is there a loop that never "
                                               r"ends in it"):
            draw()


@pytest.mark.parametrize("slip, arrow, step, stepper", [
    (("            other.grad += 1.0 * out.grad\n", "            other.grad -= 1.0 * out.grad\n"),
     "local -1.0\\nadds -1.0 × 0.5 = -0.5\\nthe rule for + gives 1.0", 2,
     "the local derivative its _backward uses is not the rule for '+' (b gets -1.0000 where "
     "the rule gives 1.0000). Candidates: that line of _backward, or the operation named in _op"),
    (("            self.grad += other.data * out.grad\n", "            self.grad += self.data * out.grad\n"),
     "local 2.0\\nadds 2.0 × 0.5 = 1.0\\nthe rule for * gives -3.0", 3,
     "(x1 gets 2.0000 where the rule gives -3.0000)"),
])
def test_walk_36_a_local_derivative_off_its_operations_rule_is_said_on_the_arrow_and_in_the_stepper(
        slip, arrow, step, stepper):
    """`-=` in + and self.data in * were drawn as local derivatives with no word."""
    from micrograd_lite.widgets.graphs import backprop_state
    V = make_value(slip)
    x1, w1, b = V(2.0, label="x1"), V(-3.0, label="w1"), V(6.8813735870195432, label="b")
    p = x1 * w1
    o = (p + b).tanh()
    o.backward()
    drawn = draw_dot(o, flow=True)
    assert arrow in [label for _, _, label in flow_edges(drawn)], flow_edges(drawn)
    said = backprop_state(o, step).description
    assert stepper in said, said
    assert "规则给出的是" in in_chinese(lambda: backprop_state(o, step).description)
    # the right class: no rule is said to be broken, anywhere
    V = make_value()
    o = (V(2.0) * V(-3.0) + V(1.0)).tanh()
    o.backward()
    assert "rule" not in draw_dot(o, flow=True).source
    assert not any("rule" in backprop_state(o, k).description for k in range(1, 4))


def test_walk_36_the_arrows_of_a_backward_that_changes_data_say_so():
    Updating = make_value(("            other.grad += self.data * out.grad\n",
                           "            other.grad += self.data * out.grad\n"
                           "            self.data -= 0.01 * self.grad\n"))
    o = Updating(2.0, label="x1") * Updating(-3.0, label="w1")
    o.backward()
    labels = [label for _, _, label in flow_edges(draw_dot(o, flow=True))]
    assert labels and all("its _backward also changes .data" in label for label in labels), labels


def test_walk_38_a_slip_in_op_lists_both_causes_and_relu_at_its_kink_is_no_slip():
    """A __mul__ whose Value is named "+" was told only to check its _backward; a relu
    with `>= 0` at exactly 0 was told it broke the rule (0 and 1 are both taken there)."""
    from micrograd_lite.widgets.graphs import backprop_state
    misnamed = make_value(('        out = Value(self.data * other.data, (self, other), "*")\n',
                           '        out = Value(self.data * other.data, (self, other), "+")\n'))
    x1, w1 = misnamed(2.0, label="x1"), misnamed(-3.0, label="w1")
    o = (x1 * w1 + misnamed(6.8813735870195432, label="b")).tanh()
    o.backward()
    drawn = draw_dot(o, flow=True)
    assert any("the rule for * fits:\\nis _op '+' right?" in label for _, _, label in flow_edges(drawn))
    assert drawn.description.endswith("; some of its arrows warn about a _backward")
    said = backprop_state(o, 3).description
    assert said.endswith("Candidates: that line of _backward, or the operation named in _op "
                         "(they are the rule for '*')"), said
    assert "（这些局部导数符合 `*` 的规则）" in in_chinese(lambda: backprop_state(o, 3).description)

    class Relu(make_value()):
        def relu(self):
            out = type(self)(max(self.data, 0.0), (self,), "ReLU")

            def _backward():
                self.grad += (self.data >= 0) * out.grad
            out._backward = _backward
            return out
    r = Relu(0.0).relu()
    r.backward()
    assert "rule" not in draw_dot(r, flow=True).source
    assert "warn" not in draw_dot(r, flow=True).description


def test_walk_41_two_slips_in_one_backward_are_each_said_on_their_own_input():
    """`=` on x1's grad and no `* out.grad` on w1's: the caption said "it sets them" of both."""
    from micrograd_lite.widgets.graphs import backprop_state
    TwoSlips = make_value(("            self.grad += other.data * out.grad\n"
                           "            other.grad += self.data * out.grad\n",
                           "            self.grad = other.data * out.grad\n"
                           "            other.grad += self.data\n"))
    x1, w1 = TwoSlips(2.0, label="x1"), TwoSlips(-3.0, label="w1")
    o = (x1 * w1 + TwoSlips(6.8813735870195432, label="b")).tanh()
    said = backprop_state(o, 3).description
    assert "it sets them instead of adding onto them" in said and "in proportion" in said, said
    labels = dict((source, label) for source, _, label in flow_edges(draw_dot(o, flow=True)))
    assert sorted("sets" if "grad already there" in label else "unscaled" for label in
                  (labels[v] for v in labels if "depends" in labels[v] or "proportion" in labels[v])) \
        == ["sets", "unscaled"], labels


def test_walk_45_step_0_of_an_output_with_no_label_does_not_call_it_L():
    """It read "[tanh].grad = 1 (dL/dL = 1)"."""
    from micrograd_lite.widgets.graphs import backprop_state
    x = Value(0.5, label="x")
    out = (x * 2).tanh()
    said = backprop_state(out, 0).description
    assert "(the output's derivative with respect to itself is 1)" in said and "dL/dL" not in said, said
    out.label = "o"
    assert "(∂o/∂o = 1)" in backprop_state(out, 0).description
    set_language("zh")
    try:
        out.label = ""
        assert "（输出对它自己的导数是 1）" in backprop_state(out, 0).description
    finally:
        set_language("en")
