"""check_engine: a correct lecture-style Value passes; each typical bug is named.

Each broken class below differs from the correct one in one place, the way a
learner's slip would; the test asserts that the message names the operation
and says what is true for that bug.
"""

import functools
import inspect
import linecache
import textwrap

import pytest

from test_lesson06 import _solutions, learner_class

from micrograd_lite import draw_dot, set_language
from micrograd_lite.exercises import Feedback, check_engine, engine_check
from micrograd_lite.exercises.engine_check import OPERATION_GROUPS
from micrograd_lite.exercises.lesson06 import ReferenceValue, check_add_mul, check_more_operations
from languages import in_chinese


def _lecture_source():
    """The worked solution of lesson 06 as the lecture writes it: named ``Value``,
    ``_prev`` a set, tanh from exp, and an ``exp`` operation too."""
    source = textwrap.dedent(inspect.getsource(ReferenceValue)).replace("ReferenceValue", "Value")
    source = source.replace("self._prev = tuple(_children)", "self._prev = set(_children)")
    source = source.replace("        t = math.tanh(self.data)\n",
                            "        e = math.exp(2 * self.data)\n        t = (e - 1) / (e + 1)\n")
    exp = textwrap.dedent("""
        def exp(self):
            out = Value(math.exp(self.data), (self,), "exp")

            def _backward():
                self.grad += out.data * out.grad

            out._backward = _backward
            return out

    """)
    source = source.replace("    def __neg__(self):", textwrap.indent(exp, "    ") + "    def __neg__(self):")
    return "import math\n\n\n" + source


LECTURE_SOURCE = _lecture_source()

# backward() that passes each node's grad on and recurses into its inputs, with no
# topological order: a node reached along two paths runs its _backward twice
RECURSIVE_WALK = (
    "        build_topo(self)\n        self.grad = 1.0\n"
    "        for v in reversed(topo):\n            v._backward()\n",
    "        self.grad = 1.0\n\n        def walk(v):\n            v._backward()\n"
    "            for child in v._prev:\n                walk(child)\n\n        walk(self)\n",
)


def make_value(*slips):
    """The lecture-style class, built from source as a notebook cell is, with
    ``slips`` (old, new) replacing one line each: the broken variants keep the
    lecture's shape (closures that call ``Value`` by name)."""
    source = LECTURE_SOURCE
    for old, new in slips:
        assert source.count(old) == 1, old
        source = source.replace(old, new)
    filename = f"<cell-{abs(hash(source))}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {}
    exec(compile(source, filename, "exec"), namespace)
    return namespace["Value"]


Value = make_value()


def test_the_lecture_style_value_passes():
    feedback = check_engine(Value)
    assert isinstance(feedback, Feedback) and feedback, feedback.message
    for op in ("`a + b`", "`2 + a`", "`3 * a`", "`a / b`", "`a ** 2`", "`a.tanh()`", "`a.exp()`",
               "`-a`", "`a - b`"):
        assert op in feedback.message


def test_karpathys_micrograd_passes_on_its_operations_but_lacks_the_lessons_tanh():
    engine = pytest.importorskip("micrograd.engine")
    assert check_engine(engine.Value).message == \
        "`a.tanh()` does not work: your Value has no `tanh` method."
    feedback = check_engine(engine.Value, operations=("+", "*", "radd", "rmul", "**", "relu",
                                                      "neg", "-", "/"))
    assert feedback, feedback.message
    assert "`a.relu()`" in feedback.message and "`a.tanh()`" not in feedback.message


def test_the_packages_own_engine_passes():
    from micrograd_lite import Value as PackageValue

    feedback = check_engine(PackageValue)
    assert feedback, feedback.message
    assert "`a.sigmoid()`" in feedback.message and "`a.log()`" in feedback.message


# ---------------------------------------------------------------------------
# One slip each.
# ---------------------------------------------------------------------------
def test_wrong_mul_derivative_names_mul_and_the_gradient():
    broken = make_value(("self.grad += other.data * out.grad", "self.grad += self.data * out.grad"))
    feedback = check_engine(broken)
    assert not feedback
    message = feedback.message
    assert message.startswith("`a * b` with a = ")
    assert "a.grad is" in message and "should be" in message and "(too large by " in message
    assert "local derivative of a * b with respect to a is b" in message


def test_wrong_tanh_derivative_names_tanh():
    broken = make_value(("self.grad += (1 - t ** 2) * out.grad", "self.grad += (1 - t) * out.grad"))
    message = check_engine(broken).message
    assert message.startswith("`a.tanh()` with a = ") and "1 - tanh(a)²" in message


@pytest.mark.parametrize("language, words", [
    ("en", "the second result changed what the first one's `_backward` uses"),
    ("zh", "第二个结果改掉了第一个结果的 `_backward` 要用的值"),
])
def test_a_tanh_keeping_its_value_outside_the_node_fails_with_two_in_one_graph(language, words):
    """Right alone, wrong once a second tanh has run: a + b gets the last t."""
    broken = make_value(("        t = (e - 1) / (e + 1)\n", "        t = (e - 1) / (e + 1)\n        Value.last_t = t\n"),
                        ("self.grad += (1 - t ** 2) * out.grad", "self.grad += (1 - Value.last_t ** 2) * out.grad"))
    set_language(language)
    try:
        message = check_engine(broken).message
    finally:
        set_language("en")
    assert "`a.tanh() + b.tanh()`" in message and words in message


@pytest.mark.parametrize("language, words", [
    ("en", "Then the check made one more `a * b` from other inputs, outside this graph, set the "
           "graph's grads back to 0 and called backward() again: a.grad changed from "),
    ("zh", "接着，检查函数在这个图之外用别的输入又算了一次 `a * b`，把图里的 grad 都设回 0，再调用 "
           "backward()，结果 a.grad 从 "),
])
def test_a_mul_reading_the_last_result_kept_in_a_list_is_found_by_one_more_product(language, words):
    """Its _backward multiplies by the grad of the last product made, which is its own
    out only when it is the last: a product made later changes the gradients."""
    broken = make_value(
        ('        out = Value(self.data * other.data, (self, other), "*")\n',
         '        out = Value(self.data * other.data, (self, other), "*")\n        PRODUCTS.append(out)\n'),
        ("            self.grad += other.data * out.grad\n",
         "            self.grad += other.data * PRODUCTS[-1].grad\n"),
        ("            other.grad += self.data * out.grad\n",
         "            other.grad += self.data * PRODUCTS[-1].grad\n"),
        ("class Value:", "PRODUCTS = []\n\n\nclass Value:"))
    set_language(language)
    try:
        message = check_engine(broken).message
    finally:
        set_language("en")
    assert words in message and ("to 0.0000." in message or "变成了 0.0000。" in message)
    assert "local derivative alone" not in message


@pytest.mark.parametrize("language, words", [
    ("en", "The `_backward` of the '*' node calls the `_backward` of `a + b`. A node's `_backward` "
           "only adds into its inputs' grads"),
    ("zh", "一个 `*` 节点的 `_backward` 调用了节点 `a + b` 的 `_backward`。"),
])
def test_a_backward_calling_its_inputs_backward_is_named(language, words):
    """Its own backward() goes through the order once; the product's _backward runs
    its inputs' as well, so theirs run twice."""
    broken = make_value(
        ("            other.grad += self.data * out.grad\n",
         "            other.grad += self.data * out.grad\n            self._backward()\n"
         "            other._backward()\n"))
    set_language(language)
    try:
        message = check_engine(broken).message
    finally:
        set_language("en")
    assert words in message


@pytest.mark.parametrize("language, words", [
    ("en", "Alone, `a * b` gives the right gradients: here two of its results share an input, "
           "and one of them lost or changed what the other adds."),
    ("zh", "这里它的两个结果共用一个输入，其中一个结果弄丢或改掉了另一个要加上的梯度。"),
])
def test_a_mul_that_passes_each_input_its_grad_once_is_caught_with_a_shared_input(language, words):
    """A module-level set of the Values that got their grad already: right for every
    product alone, wrong for a * b + a * c, where a takes a share from both."""
    broken = make_value(
        ("            self.grad += other.data * out.grad\n",
         "            if self not in DONE:\n                DONE.add(self)\n"
         "                self.grad += other.data * out.grad\n"),
        ("class Value:", "DONE = set()\n\n\nclass Value:"))
    set_language(language)
    try:
        message = check_add_mul(broken).message
    finally:
        set_language("en")
    assert "`a * b + a * c`" in message and words in message, message


def test_wrong_pow_derivative_names_pow():
    broken = make_value(("n * self.data ** (n - 1) * out.grad", "n * self.data ** n * out.grad"))
    message = check_engine(broken).message
    assert message.startswith("`a ** 2` with a = ") and "2·a" in message


def test_wrong_add_derivative_names_add():
    broken = make_value(("other.grad += 1.0 * out.grad", "other.grad += 0.0 * out.grad"))
    message = check_engine(broken).message
    assert message.startswith("`a + b` with a = ") and "b.grad is 0.0000, should be 1.0000" in message


def test_assign_instead_of_add_is_found_where_a_value_is_reused():
    broken = make_value(("self.grad += 1.0 * out.grad", "self.grad = 1.0 * out.grad"),
                        ("other.grad += 1.0 * out.grad", "other.grad = 1.0 * out.grad"))
    message = check_engine(broken).message
    assert message.startswith("`a + a` with a = ")
    assert "a.grad is 1.0000, should be 2.0000" in message and "`+=`" in message


def test_forgetting_the_upstream_grad_is_named():
    broken = make_value(("self.grad += out.data * out.grad", "self.grad += out.data"))
    message = check_engine(broken).message
    assert message.startswith("`a.exp()` with a = ") and "times k = -1.5" in message
    assert "local derivative alone" in message and "out.grad" in message


def test_backward_in_the_wrong_order_shows_as_soon_as_a_grad_arrives_from_above():
    broken = make_value(("for v in reversed(topo):", "for v in topo:"))
    message = check_engine(broken).message
    assert message.startswith("`a + b` with a = ") and "then times k = -1.5" in message
    assert "(still 0: no gradient reached it, or those that did add up to 0)" in message
    assert "The `_backward` of `a + b` ran while its grad was 0.0000" in message
    assert "`for v in reversed(topo)`" in message


def test_backward_without_a_topological_order_is_named():
    """Each node passes its grad on and recurses into its inputs: d is reached twice."""
    broken = make_value(RECURSIVE_WALK)
    message = check_engine(broken).message
    assert message.startswith("In the graph `d = a * b; e = d + c; f = d * e`")
    assert "The `_backward` of `d = a * b` ran 2 times" in message


def test_forgetting_grad_one_at_the_root_is_named():
    broken = make_value(("        self.grad = 1.0\n", ""))
    message = check_engine(broken).message
    assert message.startswith("After backward() on `a + b` with a = ")
    assert "output's own grad is 0.0000, not 1" in message


def test_an_output_grad_that_goes_wrong_after_many_calls_is_named_in_the_graphs():
    """Walk finding: a class counter makes backward() start from 0.5 after 200 calls,
    in the random graphs; the check blamed the operations' `_backward`s."""
    broken = make_value(("        build_topo(self)\n        self.grad = 1.0\n",
                         "        build_topo(self)\n        Value.calls += 1\n"
                         "        self.grad = 0.5 if Value.calls > 200 else 1.0\n"),
                        ("class Value:\n", "class Value:\n    calls = 0\n"))
    message = check_engine(broken).message
    assert message.startswith("After backward() on ")
    assert "the output's own grad is 0.5000, not 1. backward() must start by setting it to 1" in message
    assert "`Value.calls`" in message and "_backward` added a wrong amount" not in message
    broken.calls = 0
    zh = in_chinese(lambda: check_engine(broken).message)
    assert "运行 backward() 之后，输出自己的 grad 是 0.5000，不是 1" in zh


def test_a_backward_that_changes_out_grad_is_named_when_the_check_walks_the_graph():
    """Before backward() exists the check calls each `_backward` itself: one that sets
    `out.grad = 0` afterwards is named, not backward()."""
    broken = make_value(("            other.grad += self.data * out.grad\n",
                         "            other.grad += self.data * out.grad\n            out.grad = 0\n"))
    message = check_engine(broken, ["+", "*"], backward=False).message
    assert message.startswith("For `a * b` with a = ")
    assert "afterwards the output's grad is 0.0000, not 1. So its `_backward` changed `out.grad`" in message
    assert "backward() changes" not in message
    zh = in_chinese(lambda: check_engine(broken, ["+", "*"], backward=False).message)
    assert "所以是它的 `_backward` 改了 `out.grad`" in zh


def test_a_backward_that_cuts_the_graph_is_named():
    """Walk finding: `for v in topo: v._prev = ()` at the end of backward() passed, with
    "backward() gives the same gradients when it is called again"."""
    broken = make_value(("        for v in reversed(topo):\n            v._backward()\n",
                         "        for v in reversed(topo):\n            v._backward()\n"
                         "        for v in topo:\n            v._prev = ()\n"))
    message = check_engine(broken).message
    assert message.startswith("On the graph `d = a * b; e = d + c; f = d * e` (a = 1.5, b = -2, "
                              "c = 0.5), backward() changed the graph itself: after it, the _prev "
                              "of `d = a * b` no longer holds the nodes it was made from."), message
    zh = in_chinese(lambda: check_engine(broken).message)
    assert "backward() 改动了计算图本身。运行之后，`d = a * b` 的 _prev 里不再是创建它的那些节点" in zh


def test_a_backward_closure_that_works_once_is_named_not_a_global_it_reads():
    """Walk finding: `__add__`'s `_backward` kept a flag `done` and passed nothing on after
    its first run; the message blamed an unchanged global dict backward() read."""
    broken = make_value(
        ("        def _backward():\n            self.grad += 1.0 * out.grad\n"
         "            other.grad += 1.0 * out.grad\n",
         "        done = [False]\n\n        def _backward():\n            if done[0]:\n"
         "                return\n            done[0] = True\n            self.grad += 1.0 * out.grad\n"
         "            other.grad += 1.0 * out.grad\n"),
        ("        self.grad = 1.0\n        for v in", "        self.grad = SETTINGS['one']\n        for v in"),
        ("class Value:\n", "SETTINGS = {'one': 1.0}\n\n\nclass Value:\n"))
    message = check_engine(broken).message
    assert message.startswith(
        "`a + b` with a = 0.75, b = 1.25: its `_backward`, run twice with out.grad = 1.5 and no "
        "grad set back to 0, added 1.5000 to a.grad the first time and 0.0000 the second."), message
    assert "SETTINGS" not in message
    zh = in_chinese(lambda: check_engine(broken).message)
    assert "第一次给 a.grad 加了 1.5000，第二次加了 0.0000" in zh, zh


@pytest.mark.parametrize("method, text", [("__radd__", "`2 + a`"), ("__rmul__", "`3 * a`")])
def test_a_missing_reflected_operation_is_named(method, text):
    broken = make_value((f"def {method}(self, other):", f"def not_{method}(self, other):"))
    message = check_engine(broken).message
    assert message.startswith(f"{text} (a plain number and a Value) does not work")
    assert f"`{method}`" in message and f"def {method}(self, other)" in message


def test_an_exception_in_the_learners_code_names_their_line():
    broken = make_value(("out = Value(math.exp(self.data), (self,), \"exp\")",
                         "out = Value(math.exp(self.dta), (self,), \"exp\")"))
    message = check_engine(broken).message
    assert message.startswith("Your code raised AttributeError")
    assert "while computing `a.exp()` with a = " in message
    assert "in `exp`: `out = Value(math.exp(self.dta), (self,), \"exp\")`" in message


def test_an_exception_in_backward_is_reported_not_raised():
    broken = make_value(("        topo, visited = [], set()\n",
                         "        raise RuntimeError(\"not written yet\")\n"))
    message = check_engine(broken).message
    assert "RuntimeError: not written yet" in message and "running backward()" in message
    assert "in `backward`" in message


def test_an_operation_that_returns_nothing_is_named():
    broken = make_value(("        out._backward = _backward\n        return out\n\n    def __pow__",
                         "        out._backward = _backward\n\n    def __pow__"))
    message = check_engine(broken).message
    assert message.startswith("`a * b` with a = ") and "returned None" in message


def test_a_number_instead_of_a_value_is_named():
    broken = make_value(("        return self + (-other)", "        return self.data - other.data"))
    message = check_engine(broken).message
    assert message.startswith("`a - b` with a = ") and "returned a float, not a Value" in message


def test_a_wrong_forward_value_is_named():
    broken = make_value(("        return self + (-other)", "        return other + (-self)"))
    message = check_engine(broken).message
    assert message.startswith("`a - b` with a = ") and "the value is" in message


def test_without_backward_the_checker_walks_the_nodes_only_when_told():
    broken = make_value(("    def backward(self):", "    def not_yet_backward(self):"))
    feedback = check_engine(broken, operations=("+", "*"), backward=False)
    assert feedback, feedback.message
    assert "backward() is not checked here" in feedback.message
    assert not check_engine(broken, operations=("+", "*"))


def test_placeholder_and_wrong_kinds():
    assert "Replace `None`" in check_engine(None).message
    assert "not a Value" in check_engine(Value(2.0)).message or "not a Value" not in ""
    assert "pass `Value`, not `Value(2.0)`" in check_engine(Value(2.0)).message
    with pytest.raises(ValueError, match="unknown operations"):
        check_engine(Value, operations=("sqrt",))


def test_an_init_that_forgets_the_inputs_is_named_not_a_derivative():
    """With `_prev` left empty, backward() of `(a + b) * k` never reaches the
    `+` node, so a.grad stays 0. The message says why, instead of blaming the
    local derivative."""
    broken = make_value(("self._prev = set(_children)", "self._prev = ()"))
    message = check_engine(broken).message
    assert message.startswith("`a + b` with a = ") and "then times k" in message
    assert "a.grad is 0.0000" in message
    assert "The result of `(a + b) * k` has an empty `_prev`" in message
    assert "In `__init__`, write `self._prev = tuple(_children)`." in message
    assert "local derivative" not in message


def test_an_operation_that_does_not_pass_its_inputs_is_named():
    broken = make_value(('out = Value(self.data * other.data, (self, other), "*")',
                         'out = Value(self.data * other.data, (), "*")'))
    message = check_engine(broken).message
    assert "has an empty `_prev`" in message and "`Value(..., (self, other), ...)`" in message
    assert "__init__" not in message and "local derivative" not in message


@pytest.mark.parametrize("language, words", [
    ("en", "The result of `a * b` keeps its inputs in `_prev` and has its own `_backward`, but "
           "that `_backward` adds nothing to their grads. Candidates: its body still empty (`...` or `pass`)"),
    ("zh", "函数体还空着（`...` 或 `pass`）；"),
])
def test_an_empty_backward_body_is_not_told_it_is_unattached(language, words):
    """The exercise's skeleton as given: `_backward` attached, its body `...`."""
    broken = make_value(("            self.grad += other.data * out.grad\n"
                         "            other.grad += self.data * out.grad\n", "            ...\n"))
    set_language(language)
    try:
        message = check_engine(broken, operations=("*",)).message
    finally:
        set_language("en")
    assert words in message and "out._backward = _backward" not in message, message


def test_a_closure_never_attached_is_named_not_the_derivative():
    """`__mul__` written right but without `out._backward = _backward` leaves
    a.grad at 0: the message names the missing line, not the local derivative."""
    broken = make_value(("        out._backward = _backward\n        return out\n\n    def __pow__",
                         "        return out\n\n    def __pow__"))
    message = check_engine(broken, operations=("*",)).message
    assert message.startswith("`a * b` with a = ") and "a.grad is 0.0000" in message
    assert ("The result of `a * b` keeps its inputs in `_prev`, but its `_backward` adds "
            "nothing to their grads: does the operation set `out._backward = _backward`?") in message
    assert "local derivative" not in message
    # a derivative that is merely wrong is still named as the derivative
    wrong = make_value(("self.grad += other.data * out.grad", "self.grad += self.data * out.grad"))
    assert "_backward = _backward" not in check_engine(wrong).message


@pytest.mark.parametrize("language, words", [
    ("en", "a.grad was 0; after computing `a * b` with a = "),
    ("zh", "a.grad 原来是 0，在计算 `a * b`（a = "),
])
def test_grads_added_in_the_forward_pass_are_named(language, words):
    """`__mul__` that adds to its inputs' grads as it computes the product, with no
    `_backward` attached: the grads changed before any backward pass is the cause."""
    broken = make_value(("        def _backward():\n            self.grad += other.data * out.grad\n"
                         "            other.grad += self.data * out.grad\n\n"
                         "        out._backward = _backward\n        return out\n\n    def __pow__",
                         "        self.grad += other.data\n        other.grad += self.data\n"
                         "        return out\n\n    def __pow__"))
    set_language(language)
    try:
        message = check_engine(broken, operations=("*",)).message
    finally:
        set_language("en")
    assert words in message and "_backward = _backward" in message, message
    assert "adds nothing" not in message and "什么也没有加" not in message


def test_an_empty_prev_is_not_blamed_for_a_wrong_derivative():
    """The output's own `_backward` runs even with an empty `_prev`: a wrong
    derivative there is still named as the derivative."""
    broken = make_value(("self.grad += other.data * out.grad", "self.grad += self.data * out.grad"),
                        ("self._prev = set(_children)", "self._prev = ()"))
    message = check_engine(broken).message
    assert message.startswith("`a * b` with a = ")
    assert "local derivative of a * b with respect to a is b" in message
    assert "_prev" not in message


def test_a_class_name_in_quotes_is_told_to_drop_them():
    message = check_engine("Value").message
    assert message == "You passed the string 'Value'; remove the quotes: `answer = Value`."
    assert "remove the quotes" not in check_engine("my value class").message


def test_an_empty_init_is_reported():
    class Empty:
        def __init__(self, data, _children=(), _op="", label=""):
            ...

        __add__ = Value.__add__
        __mul__ = Value.__mul__
        __radd__ = Value.__radd__
        __rmul__ = Value.__rmul__

    message = check_engine(Empty, operations=("+", "*", "radd", "rmul"), backward=False).message
    assert message == "Value(0.0) has no `data`: `__init__` should set `self.data`." or \
        "has no `data`: `__init__` should set `self.data`" in message


def test_operation_groups_are_listed_in_order():
    assert OPERATION_GROUPS[:4] == ("+", "*", "radd", "rmul")


# ---------------------------------------------------------------------------
# Code right only on small examples, or only once; and what the message says
# about it, in English and in Chinese.
# ---------------------------------------------------------------------------
def _lesson_backward():
    """The lesson's backward(), as its worked solution writes it."""
    solution = _solutions()[3]
    return solution[:solution.index("\n\n\nValue.backward = backward")] + "\n"


def _in_an_enclosing_function(backward):
    """``backward`` with its list and visited set made once, in the function around it."""
    state = "    topo, visited = [], set()\n\n"
    assert backward.count(state) == 1
    inner = textwrap.indent(backward.replace(state, ""), "    ")
    return (f"def make_backward():\n{state}{inner}\n    return backward\n\n\n"
            "backward = make_backward()\n")


LESSON_BACKWARD = _lesson_backward()
BACKWARD_IN_AN_ENCLOSING_FUNCTION = _in_an_enclosing_function(LESSON_BACKWARD)
# an iterative sort whose loop runs a fixed number of times: enough for small graphs
BACKWARD_WITH_A_FIXED_NUMBER_OF_STEPS = '''def backward(self):
    topo, visited = [], set()
    stack = [(self, False)]
    for step in range(100):
        if not stack:
            break
        v, inputs_done = stack.pop()
        if inputs_done:
            topo.append(v)
        elif v not in visited:
            visited.add(v)
            stack.append((v, True))
            for child in v._prev:
                stack.append((child, False))
    self.grad = 1.0
    for v in reversed(topo):
        v._backward()
'''
LECTURE_STATE = "        topo, visited = [], set()\n"


def lesson_class(new_backward):
    return learner_class((LESSON_BACKWARD, new_backward))


_EQUAL_BY_DATA = ("    def __repr__(self):",
                  "    def __eq__(self, other):\n"
                  "        return isinstance(other, Value) and self.data == other.data\n\n"
                  "    def __hash__(self):\n        return hash(self.data)\n\n"
                  "    def __repr__(self):")


def _renamed(*methods):
    """Slips that take ``methods`` out of the lecture's class."""
    return [(f"    def {m}(self", f"    def not_{m}(self") for m in methods]


DIAGNOSES = {
    "__radd__ written for the number 2 only": (
        lambda: make_value(("    def __radd__(self, other):\n        return self + other\n",
                            "    def __radd__(self, other):\n        return self + 2\n")),
        ["`-0.5 + a` with a = ", "(too large by 2.5)."],
        ["`-0.5 + a`（a = ", "偏大 2.5"]),
    "__rmul__ written for the number 3 only": (
        lambda: make_value(("    def __rmul__(self, other):\n        return self * other\n",
                            "    def __rmul__(self, other):\n        return self * 3\n")),
        ["`0.25 * a` with a = "],
        ["`0.25 * a`（a = "]),
    "__truediv__ written for the number 2 only": (
        lambda: make_value(("        return self * other ** -1\n",
                            "        return self * (other ** -1 if isinstance(other, Value) else 0.5)\n")),
        ["`a / -4` with a = "],
        ["`a / -4`（a = "]),
    "tanh missing": (
        lambda: make_value(*_renamed("tanh")),
        ["`a.tanh()` does not work: your Value has no `tanh` method."],
        ["`a.tanh()` 不能运行，因为你的 Value 没有 `tanh` 方法。"]),
    "tanh, - and / missing": (
        lambda: make_value(*_renamed("tanh", "__sub__", "__truediv__")),
        ["Your Value has no `tanh`, `__sub__`, `__truediv__`, so `a.tanh()`, `a - b`, `a / b` "
         "do not work. This check needs every one of them"],
        ["你的 Value 没有 `tanh`、`__sub__`、`__truediv__`，所以 `a.tanh()`、`a - b`、`a / b` "
         "都不能运行。"]),
    "backward missing": (
        lambda: make_value(*_renamed("backward")),
        ["Your Value has no backward() method: check_engine runs it on every graph"],
        ["你的 Value 没有 backward() 方法。"]),
    "the exponent in the result's _prev": (
        lambda: make_value(('out = Value(self.data ** n, (self,), f"**{n}")',
                            'out = Value(self.data ** n, (self, n), f"**{n}")')),
        ["The result of `a ** 2` has 2 in `_prev`, a plain number. `_prev` holds only Values: "
         "backward() goes on into each of them. The exponent is a plain number, not a node, so "
         "`__pow__` passes self alone: `Value(..., (self,), ...)`."],
        ["`a ** 2` 得到的 Value 的 `_prev` 里有 2，这是一个普通的数。", "所以 `__pow__` 只传 self 一个输入"]),
    "a number kept in the result's _prev": (
        lambda: make_value(("        other = other if isinstance(other, Value) else Value(other)\n"
                            "        out = Value(self.data * other.data",
                            "        out = Value(self.data * getattr(other, 'data', other)")),
        ["The result of `a * 3` has 3 in `_prev`, a plain number.",
         "In `__mul__`, make a number into a Value first"],
        ["`a * 3` 得到的 Value 的 `_prev` 里有 3，这是一个普通的数。"]),
    "out.data for out.grad": (
        lambda: make_value(("self.grad += other.data * out.grad", "self.grad += other.data * out.data")),
        ["`a * b` with a = ", "What the `_backward` of `a * b` adds to a.grad does not change with "
         "out.grad: run on its own, it added 2.9676 with out.grad = 2 and 2.9676 with out.grad = "
         "-3. It is the local derivative times out.data. The gradient coming from above is "
         "`out.grad`, not `out.data`: multiply by `out.grad`."],
        ["这个量是局部导数乘以 out.data。从输出那边传回来的梯度是 `out.grad`，不是 `out.data`。"]),
    "a grad that does not grow with out.grad": (
        lambda: make_value(("self.grad += other.data * out.grad",
                            "self.grad += other.data * min(out.grad, 1.0)")),
        # right while out.grad is at most 1: wrong first where `* 3` gets out.grad 3 from `* 2`,
        # which is not told that the two operations are badly linked
        ["`(x * 2) * 3` with x = ", "What the `_backward` of `(x * 2) * 3` adds to (x * 2).grad "
         "does not grow in proportion to out.grad: run on its own, it added 3.0000 with "
         "out.grad = 2 and -9.0000 with out.grad = -3. By the chain rule it is the local "
         "derivative, made from `.data`, times `out.grad`, with nothing rounded or capped on the way."],
        ["`(x * 2) * 3` 的 `_backward` 给 (x * 2).grad 加上的量没有和 out.grad 成正比。"]),
    "mul changes the data of its input": (
        lambda: make_value(('out = Value(self.data * other.data, (self, other), "*")',
                            'self.data = self.data * other.data\n'
                            '        out = Value(self.data, (self, other), "*")')),
        ["a.data was 1.93; after computing `a * b` with a = 1.93, b = 1.24 it is 2.393. An "
         "operation must leave the data of its inputs as it was"],
        ["a.data 原来是 1.93，在计算 `a * b`（a = 1.93，b = 1.24）之后变成了 2.393。"]),
    "nodes equal by their data": (
        lambda: make_value(_EQUAL_BY_DATA),
        ["In the graph ", "never ran.", "Your Value also defines `__eq__` or `__hash__`, which "
         "may be the cause instead: if two different nodes with equal data count as equal, a "
         "visited set takes one for the other"],
        ["你的 Value 还定义了 `__eq__` 或 `__hash__`，原因也可能在这里。"]),
    "+ wrong on large values only": (
        lambda: make_value(("            self.grad += 1.0 * out.grad\n",
                            "            self.grad += 1.0 * out.grad if abs(out.data) < 1000 else 0.0\n")),
        ["On the sum of 4096 inputs", "x0.grad is 0.0000, should be 1.0000",
         "backward() called the `_backward` of each of the 4095 operation nodes once, after all "
         "the nodes that use it: that order is right. So a `_backward` added a wrong amount here",
         "Candidates: a local derivative that is right only for some values"],
        ["backward() 对 4095 个运算节点的 `_backward` 各调用了一次，而且都在用到它的节点之后，这个顺序是对的。",
         "可能的原因有三种："]),
    "+ wrong forwards on large values only": (
        lambda: make_value(('out = Value(self.data + other.data, (self, other), "+")',
                            'out = Value(min(self.data + other.data, 1000), (self, other), "+")')),
        ["On the sum of 4096 inputs x0, x1, ..., added in pairs (8191 nodes): the output's data "
         "is 1000.0000, should be 8386.5600 (too small by 7387)."],
        ["在 4096 个输入 x0、x1……两两相加得到的和（8191 个节点）上，输出的 data 是 1000.0000，应该是 8386.5600（偏小 7387）。"]),
    "tanh assigns its grad": (
        lambda: make_value(("self.grad += (1 - t ** 2) * out.grad",
                            "self.grad = (1 - t ** 2) * out.grad")),
        ["`a.tanh() + a` with a = ", "(too small by 1)",
         "The `_backward` of `a.tanh()` replaces a.grad instead of adding to it",
         "in that `_backward`, write `+=`, never `=`."],
        ["对 `a.tanh() + a`（a = ", "（偏小 1）",
         "`a.tanh()` 的 `_backward` 把 a.grad 换掉了，而不是加上去。",
         "在这个 `_backward` 里要写 `+=`，不能写 `=`。"]),
    "list and visited set at module level": (
        lambda: make_value((LECTURE_STATE, ""),
                           ("import math\n", "import math\n\ntopo, visited = [], set()\n")),
        ["backward() on one graph changed the grads of another. After backward() on "
         "`d = a * b; e = d + c; f = d * e` (a = 1.5, b = -2, c = 0.5), a.grad was 11.0000; ",
         "So backward() carries something over from one call to the next. "
         "`topo` is a list at module level (a global variable): every call shares it. "
         "`visited` is a set at module level (a global variable): every call shares it. "
         "Make the list and the visited set inside backward()"],
        ["对一个计算图运行 backward() 时，另一个计算图的 grad 也被改动了。",
         "`topo` 是模块级别的全局变量（一个列表），每次调用都共用它。",
         "请在 backward() 里面创建列表和 visited 集合"]),
    "list and visited set as default arguments": (
        lambda: make_value(("    def backward(self):\n" + LECTURE_STATE,
                            "    def backward(self, topo=[], visited=set()):\n")),
        ["backward() on one graph changed the grads of another.",
         "`backward` has the default arguments `topo=[]`, `visited=set()`: Python makes each of "
         "them once, when `def` runs, and every call shares them."],
        ["`backward` 有默认参数 `topo=[]`、`visited=set()`。Python 只在运行 `def` 时把它们各创建一次"]),
    "list and visited set as class attributes": (
        lambda: make_value(("    def backward(self):\n" + LECTURE_STATE,
                            "    topo, visited = [], set()\n\n    def backward(self):\n"
                            "        topo, visited = self.topo, self.visited\n")),
        ["backward() on one graph changed the grads of another.",
         "`topo` is a class attribute of `Value`, a list: every call and every Value share it."],
        ["`topo` 是 `Value` 的类属性（一个列表），每次调用、每个 Value 都共用它。"]),
    "list and visited set in an enclosing function": (
        lambda: lesson_class(BACKWARD_IN_AN_ENCLOSING_FUNCTION),
        ["backward() on one graph changed the grads of another.",
         "`topo` is a list of the function around `backward`: every call shares it."],
        ["`topo` 是 `backward` 外面那个函数里的变量（一个列表），每次调用都共用它。"]),
    "only the visited set at module level": (
        lambda: make_value(("        topo, visited = [], set()\n", "        topo = []\n"),
                           ("import math\n", "import math\n\nvisited = set()\n")),
        ["Called a second time on the graph `d = a * b; e = d + c; f = d * e` (a = 1.5, b = -2, "
         "c = 0.5), after every grad was set back to 0, backward() gave a.grad = 0.0000; the "
         "first call gave 11.0000. So backward() carries something over from one call to the "
         "next. `visited` is a set at module level"],
        ["把所有 grad 设回 0 之后，对计算图 `d = a * b; e = d + c; f = d * e`（a = 1.5，b = -2，"
         "c = 0.5）第二次运行 backward()，得到 a.grad = 0.0000。第一次得到的是 11.0000。"]),
    "a sort that stops after a fixed number of steps": (
        lambda: lesson_class(BACKWARD_WITH_A_FIXED_NUMBER_OF_STEPS),
        ["On the chain `x = x * w + b`, repeated 150 times (300 operations; x = 0.5, w = 0.99, "
         "b = 0.01), after backward(): x.grad is 0.0000, should be 0.2215 (still 0: no "
         "gradient reached it, or those that did add up to 0). backward() called the `_backward` of only ",
         " of its 300 operation nodes, on a graph longer than the small ones. Candidates: your "
         "topological order leaves out nodes", "not a fixed number of times); or the loop that "
         "calls the `_backward`s stops before the end of the order"],
        ["对链 `x = x * w + b`（重复 150 次，共 300 个运算；x = 0.5，w = 0.99，b = 0.01）运行 "
         "backward() 之后，x.grad 是 0.0000", "backward() 只调用了 300 个运算节点中",
         "而不是固定运行几次。"]),
    "pow without out.grad": (
        lambda: make_value(("n * self.data ** (n - 1) * out.grad", "n * self.data ** (n - 1)")),
        ["`a ** 2` with a = ", "then times k = -1.5",
         "That is the local derivative alone: multiply it by the grad from above, `out.grad`."],
        ["对 `(a ** 2) * k`（a = ", "你加上的只是局部导数，还要乘以从输出传回来的梯度 `out.grad`。"]),
    "a recursive walk that never builds an order": (
        lambda: make_value((
            "        build_topo(self)\n        self.grad = 1.0\n"
            "        for v in reversed(topo):\n            v._backward()\n",
            "        self.grad = 1.0\n\n        def walk(v):\n            if v not in visited:\n"
            "                visited.add(v)\n                v._backward()\n"
            "                for child in v._prev:\n                    walk(child)\n\n"
            "        walk(self)\n")),
        ["In the graph `d = a * b; e = d + c; f = d * e`",
         "The `_backward` of `d = a * b` ran while its grad was ",
         ", before that of `e = d + c`, which uses it",
         "put the nodes in a topological order (each after its inputs), then call each "
         "`_backward` going through that order in reverse."],
        ["节点 `d = a * b` 的 `_backward` 比用到它的节点 `e = d + c` 先运行，运行时它的 grad 还是 ",
         "先把节点排成拓扑顺序"]),
    "the grad of the other input instead of its data": (
        lambda: make_value(("self.grad += other.data * out.grad", "self.grad += other.grad * out.grad")),
        ["`a * b` with a = ", "a.grad is 0.0000", "(still 0: no gradient reached it, or those that did add up to 0)",
         "What the `_backward` of `a * b` adds to a.grad depends on the grads its inputs "
         "already have: run on its own with out.grad = 2, it added 0.0000 when their grads "
         "were 0 and ", "So it reads an input's `.grad`."],
        ["（还是 0，要么没有梯度传到它这里，要么传到的梯度加起来正好是 0）", "`a * b` 的 `_backward` 给 a.grad 加上的量，取决于输入原来的 grad。",
         "所以它读了某个输入的 `.grad`。"]),
    "subtraction the wrong way round": (
        lambda: make_value(("        return self + (-other)", "        return other + (-self)")),
        ["`a - b` with a = ", "That is b - a: the two sides are the wrong way round. In "
         "`__sub__(self, other)`, `self` is the left side of `a - b` and `other` the right side."],
        ["这是 b - a 的值，两边的顺序反了。在 `__sub__(self, other)` 里，`self` 是 `a - b` 的左边，"
         "`other` 是右边。"]),
    "an __init__ that rounds data": (
        lambda: make_value(("        self.data = data\n", "        self.data = round(data, 4)\n")),
        ["Value(0.123456).data is 0.1235: `__init__` should keep the number it is given."],
        ["0.1235"]),  # (walk 88: an input of many digits is made first)
    "tanh kept by its input's number": (
        lambda: make_value(("import math\n", "import math\n_T = {}\n"),
                           ("    def tanh(self):\n", "    def tanh(self):\n        if self.data in _T:\n"
                            "            return _T[self.data]\n"),
                           ("        out = Value(t, (self,), \"tanh\")\n",
                            "        out = Value(t, (self,), \"tanh\")\n        _T[self.data] = out\n")),
        ["`a.tanh()` with a = ", "holds another Value with the data of a, not a itself"],
        ["而不是 a 本身。a 不在结果的图里"]),
    "a sum of copies": (
        lambda: make_value(("        other = other if isinstance(other, Value) else Value(other)\n"
                            "        out = Value(self.data + other.data, (self, other), \"+\")\n",
                            "        other = Value(other.data if isinstance(other, Value) else other)\n"
                            "        out = Value(self.data + other.data, (self, other), \"+\")\n")),
        ["`a + b` with a = ", "holds another Value with the data of b, not b itself"],
        ["而不是 b 本身。"]),
    "a _backward that sets out.grad to 0": (
        lambda: make_value(("            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n",
                            "            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n"
                            "            out.grad = 0.0\n")),
        ["After backward() on `a * b` with a = ", "It was 1 when its `_backward` ran, and changed afterwards. Candidates: "
         "that `_backward` sets `out.grad`"],
        ["它的 `_backward` 运行时这个 grad 还是 1，是后来被改掉的。"]),
    "a _backward with out.grad as a default argument": (
        lambda: make_value(("        def _backward():\n            self.grad += other.data * out.grad\n"
                            "            other.grad += self.data * out.grad\n",
                            "        def _backward(g=out.grad):\n            self.grad += other.data * g\n"
                            "            other.grad += self.data * g\n")),
        ["`a * b` with a = ", "it takes default arguments (`g`). A default is worked out once"],
        ["而且它带有默认参数（`g`）。默认参数只在 `def` 运行时算一次"]),
    "a class-level _prev": (
        lambda: make_value(("        self._prev = set(_children)\n", "        Value._prev = set(_children)\n")),
        ["After `c = a + b`, the input a has the very same `_prev` set as c: all your Values "
         "share one `_prev`", "Candidates: a class attribute (`Value._prev = ...`"],
        ["输入 a 的 `_prev` 和 c 的 `_prev` 是同一个对象，都是一个集合。你所有的 Value 共用一个 `_prev`"]),
    "a product kept by its numbers in a default dict": (
        lambda: make_value((
            "    def __mul__(self, other):\n        other = other if isinstance(other, Value) else Value(other)\n"
            "        out = Value(self.data * other.data, (self, other), \"*\")\n",
            "    def __mul__(self, other, _cache={}):\n        other = other if isinstance(other, Value) else Value(other)\n"
            "        if (self.data, other.data) in _cache:\n            return _cache[self.data, other.data]\n"
            "        out = Value(self.data * other.data, (self, other), \"*\")\n"
            "        _cache[self.data, other.data] = out\n")),
        ["`a * b` with a = ", "returned a node whose `_prev` holds another Value with the data of a, "
         "not a itself", "Candidates: a result kept from an earlier call"],
        ["`_prev` 里放的是另一个和 a 的 data 相同的 Value，而不是 a 本身。"]),
    "copies of the inputs in _prev": (
        lambda: make_value(("        out = Value(self.data * other.data, (self, other), \"*\")\n",
                            "        out = Value(self.data * other.data, (self, Value(other.data)), \"*\")\n")),
        ["`a * b` with a = ", "holds another Value with the data of b, not b itself"],
        ["而不是 b 本身。b 不在结果的图里"]),
    "a visited set keyed by what the nodes hold": (
        lambda: make_value(("            if v not in visited:\n                visited.add(v)\n",
                            "            key = (v.label, v._op, v.data)\n            if key not in visited:\n"
                            "                visited.add(key)\n")),
        ["In the graph ", "Your backward() also reads `.data`, `.label`, `._op` of the nodes, which "
         "may be the cause instead"],
        ["你的 backward() 还读了节点的 `.data`、`.label`、`._op`，原因也可能在这里。"]),
    "a reflected subtraction the wrong way round": (
        lambda: make_value(("    def __neg__(self):", "    def __rsub__(self, other):\n"
                            "        return self - other\n\n    def __neg__(self):")),
        ["`1 - a` with a = ", "That is a - 1: the two sides are the wrong way round. Python runs "
         "`1 - a` as `__rsub__(self, other)` with `self` the Value, on the right"],
        ["这是 a - 1 的值，两边的顺序反了。Python 把 `1 - a` 当作 `__rsub__(self, other)` 来运行"]),
}


def in_english_and_chinese(check, *args):
    english = check(*args)
    chinese = in_chinese(lambda: check(*args))
    return english, chinese


@pytest.mark.parametrize("mistake", list(DIAGNOSES))
def test_each_mistake_is_rejected_with_its_cause(mistake):
    make, english_parts, chinese_parts = DIAGNOSES[mistake]
    english, chinese = in_english_and_chinese(check_engine, make())
    assert not english and not chinese
    assert english.message.startswith(english_parts[0]), english.message
    for part in english_parts:
        assert part in english.message, english.message
    for part in chinese_parts:
        assert part in chinese.message, chinese.message
    # which way a number is off is said in words that read right for any sign
    assert "off by" not in english.message
    assert "多了" not in chinese.message and "少了" not in chinese.message


def test_a_walk_that_revisits_nodes_gets_the_time_limit_and_its_likely_cause(monkeypatch):
    """`build_topo` that recurses before testing `visited` is right, but takes
    2^30 steps on 30 stacked diamonds."""
    monkeypatch.setattr(engine_check, "SECONDS", 0.8)  # far above a busy machine's pauses
    monkeypatch.setattr(engine_check, "TOTAL_LIMIT", 50)  # the backstop is not what is tested
    revisits = make_value(("            if v not in visited:\n                visited.add(v)\n"
                           "                for child in v._prev:\n"
                           "                    build_topo(child)\n                topo.append(v)\n",
                           "            for child in v._prev:\n                build_topo(child)\n"
                           "            if v not in visited:\n                visited.add(v)\n"
                           "                topo.append(v)\n"))
    english, chinese = in_english_and_chinese(check_engine, revisits)
    assert english.message.startswith(
        "backward() did not finish within 0.8 seconds on 30 diamonds stacked one on another "
        "(`x = x * 0.6 + x * 0.4`, 30 times): only 90 operations, but 2^30 paths")
    assert "It finished quickly on a chain of 300 operations" in english.message
    assert "test `if v not in visited` before going into `v._prev`" in english.message
    assert chinese.message.startswith("backward() 在 30 个叠起来的菱形上（`x = x * 0.6 + x * 0.4`，"
                                      "重复 30 次）0.8 秒内没有结束。")
    assert "先判断 `if v not in visited`，再进入 `v._prev`" in chinese.message


ASSIGNMENTS = {  # `=` for `+=` in one line: (the slip, how the message starts, the operation)
    "+ self": ("self.grad += 1.0 * out.grad", "`a + b + a` with", "`a + b`"),
    "+ other": ("other.grad += 1.0 * out.grad", "`a + a` with", "`a + a`"),
    "* self": ("self.grad += other.data * out.grad", "`a * b + a` with", "`a * b`"),
    "* other": ("other.grad += self.data * out.grad", "`a * a` with", "`a * a`"),
    "**": ("self.grad += n * self.data ** (n - 1) * out.grad", "`a ** 2 + a` with", "`a ** 2`"),
    "tanh": ("self.grad += (1 - t ** 2) * out.grad", "`a.tanh() + a` with", "`a.tanh()`"),
    "exp": ("self.grad += out.data * out.grad", "`a.exp() + a` with", "`a.exp()`"),
}


@pytest.mark.parametrize("operation", list(ASSIGNMENTS))
def test_assigning_a_grad_instead_of_adding_is_named_for_every_operation(operation):
    line, start, expr = ASSIGNMENTS[operation]
    message = check_engine(make_value((line, line.replace("+=", "=")))).message
    assert message.startswith(start), message
    assert f"The `_backward` of {expr} replaces a.grad instead of adding to it" in message
    assert "write `+=`, never `=`" in message


def test_a_recursive_walk_is_told_the_order_not_to_add_up():
    """Its `_backward`s use `+=`: the message names the node processed twice."""
    broken = make_value(RECURSIVE_WALK)
    message = check_engine(broken).message
    assert "The `_backward` of `d = a * b` ran 2 times" in message and "`+=`" not in message


def test_a_list_that_is_not_a_topological_order_names_both_candidates():
    """A node appended before its inputs, and the list gone through in reverse:
    the calls run inputs first, as for a list gone through forwards."""
    broken = make_value(("                for child in v._prev:\n"
                         "                    build_topo(child)\n                topo.append(v)\n",
                         "                topo.append(v)\n                for child in v._prev:\n"
                         "                    build_topo(child)\n"))
    message = check_engine(broken).message
    assert "backward() went through the nodes inputs first" in message
    assert "`for v in reversed(topo)`" in message and "append it after the loop over `v._prev`" in message


def test_a_wrong_derivative_with_an_unused_grad_is_not_blamed_on_attaching():
    """A `_backward` that adds nothing at all is told to attach it; one that adds
    something that depends on the grads is not."""
    detached = make_value(("        out._backward = _backward\n        return out\n\n    def __pow__",
                           "        return out\n\n    def __pow__"))
    assert "`out._backward = _backward`" in check_engine(detached).message
    uses_grad = DIAGNOSES["the grad of the other input instead of its data"][0]()
    assert "`out._backward = _backward`" not in check_engine(uses_grad).message


def test_the_verdict_on_a_set_prev_does_not_depend_on_the_order_of_the_set():
    """A lecture-style `_prev` is a set, whose order follows object ids: a walk
    that depends on it gives the same message on every run."""
    broken = make_value(RECURSIVE_WALK)
    keep = [make_value(*[]) for _ in range(5)]  # other objects, so that ids differ between runs
    messages = {check_engine(broken).message for _ in range(6) if keep.append(object()) is None}
    assert len(messages) == 1, messages


@pytest.mark.parametrize("where, slip, doing", [
    ("an operation", ("        out = Value(self.data + other.data, (self, other), \"+\")\n",
                      "        while True:\n            pass\n"), "computing `a + b` with a = "),
    ("a _backward", ("            self.grad += 1.0 * out.grad\n",
                     "            while self.grad < 10:\n                self.grad *= 1.0\n"),
     "running backward() on `a + b` with a = "),
    ("backward()", ("        build_topo(self)\n", "        while True:\n            build_topo(self)\n"),
     "running backward() on `a + b` with a = "),
    ("__init__", ("        self.label = label\n", "        self.label = label\n"
                  "        while data == -1.5:\n            pass\n"), "making the input k = Value(-1.5)"),
])
def test_learner_code_that_never_ends_is_stopped(monkeypatch, where, slip, doing):
    monkeypatch.setattr(engine_check, "SECONDS", 0.8)
    message = check_engine(make_value(slip)).message
    assert message.startswith("Your code did not finish within 0.8 seconds, while "), message
    assert doing in message


def test_a_class_that_is_slow_everywhere_is_stopped_as_a_whole(monkeypatch):
    """Each call finishes within its limit, but all of them together do not."""
    monkeypatch.setattr(engine_check, "SECONDS", 0.5)
    slow = make_value(("        self.data = data\n",
                       "        self.data = data\n        __import__('time').sleep(0.005)\n"))
    english, chinese = in_english_and_chinese(check_engine, slow)
    assert english.message.startswith("check_engine stopped after 2 seconds, while ")
    assert "much slower than it should be" in english.message
    assert "时，check_engine 运行了 2 秒还没有结束。" in chinese.message


@pytest.mark.parametrize("slips, english, chinese", [
    # a recursive walk that stops appending once the list is long (a cap below 8191 nodes)
    ((("    def build_topo(v):\n        if v not in visited:",
       "    def build_topo(v):\n        if v not in visited and len(topo) < 5000:"),),
     "On the sum of 4096 inputs x0, x1, ..., added in pairs (8191 nodes), after backward(): x",
     "backward() 只调用了"),
    # every grad set back to 0 first: a leaf no longer adds up its gradients across calls
    ((("    self.grad = 1.0\n", "    for v in topo:\n        v.grad = 0.0\n    self.grad = 1.0\n"),),
     "With L1 = w * a and L2 = w * b (w = 2, a = 3, b = 5), L1.backward() and then "
     "L2.backward() leave w.grad = 5.0000; it should be 3 + 5 = 8.",
     "之后 w.grad 是 5.0000，应该是 3 + 5 = 8。"),
])
def test_a_capped_walk_and_a_backward_that_zeroes_every_grad_fail(slips, english, chinese):
    said = check_engine(learner_class(*slips))
    zh = in_chinese(lambda: check_engine(learner_class(*slips)))
    assert not said and said.message.startswith(english), said.message
    assert chinese in zh.message, zh.message


# ---------------------------------------------------------------------------
# An operation whose result does not list its inputs: named where the input is
# itself a result, `(x * 2).tanh()`, with that operation's own `_children`.
# ---------------------------------------------------------------------------
_OTHER = "        other = other if isinstance(other, Value) else Value(other)\n"


def _own_node(method, signature, forward, children, backward):
    """A method that makes its result itself, with ``children`` as `_children`."""
    return (f"    def {method}({signature}):\n" + (_OTHER if "other" in signature else "") +
            f"        out = Value({forward}, {children}, \"{method}\")\n\n"
            f"        def _backward():\n            {backward}\n\n"
            "        out._backward = _backward\n        return out\n\n")


def _with_own(method, signature, forward, children, backward, replacing=None):
    """The lecture's class with ``method`` made by the method itself (in place of
    ``replacing``, the lecture's line that makes it from others)."""
    code = _own_node(method, signature, forward, children, backward)
    if replacing is None:
        return ("    def __neg__(self):", code + "    def __neg__(self):")
    return (replacing, code)

UNLINKED = {  # the slip, how the message starts, what it says in English, in Chinese
    "+ without other": (
        [('(self.data + other.data, (self, other), "+")', '(self.data + other.data, (self,), "+")')],
        "`(x * 2) + (y * 2)` with x = ",
        "The result of `(x * 2) + (y * 2)` does not lead back to its input `y * 2` through "
        "`_prev`, and backward() finds the nodes below a result only through `_prev`: the "
        "`_backward` of `y * 2` may never run. When `__add__` makes its result, it must pass "
        "its inputs on as `_children`: `Value(..., (self, other), ...)`.",
        "顺着 `_prev` 从 `(x * 2) + (y * 2)` 的结果走不到它的输入 `y * 2`。"),
    "* without other": (
        [('(self.data * other.data, (self, other), "*")', '(self.data * other.data, (self,), "*")')],
        "`(x * 2) * (y * 2)` with x = ",
        "When `__mul__` makes its result, it must pass its inputs on as `_children`: "
        "`Value(..., (self, other), ...)`.",
        "`__mul__` 在创建结果时要把输入作为 `_children` 传进去，写成 `Value(..., (self, other), ...)`。"),
    "** without inputs": (
        [('out = Value(self.data ** n, (self,), f"**{n}")', "out = Value(self.data ** n)")],
        "`(x * 2) ** 2` with x = ",
        "The result of `(x * 2) ** 2` has an empty `_prev`: backward() cannot find its inputs. "
        "When `__pow__` makes its result, it must pass its inputs on as `_children`: "
        "`Value(..., (self,), ...)`, self alone: the exponent is a plain number, not a node.",
        "写成 `Value(..., (self,), ...)`，只有 self 一个输入（指数是一个普通的数，不是节点）。"),
    "tanh without inputs": (
        [('out = Value(t, (self,), "tanh")', "out = Value(t)")],
        "`(x * 2).tanh()` with x = ",
        "The result of `(x * 2).tanh()` has an empty `_prev`: backward() cannot find its "
        "inputs. When `tanh` makes its result, it must pass its inputs on as `_children`: "
        "`Value(..., (self,), ...)`.",
        "`(x * 2).tanh()` 得到的 Value 的 `_prev` 是空的，所以 backward() 找不到它的输入。`tanh` 在创建结果时"),
    "exp without inputs": (
        [('out = Value(math.exp(self.data), (self,), "exp")', "out = Value(math.exp(self.data))")],
        "`(x * 2).exp()` with x = ", "When `exp` makes its result",
        "`exp` 在创建结果时要把输入作为 `_children` 传进去，写成 `Value(..., (self,), ...)`。"),
    "relu without inputs": (
        [_with_own("relu", "self", "max(0.0, self.data)", "()",
                   "self.grad += (out.data > 0) * out.grad")],
        "`(x * 2).relu()` with x = ", "When `relu` makes its result", "`relu` 在创建结果时"),
    "neg without inputs": (
        [_with_own("__neg__", "self", "-self.data", "()", "self.grad -= out.grad",
                   replacing="    def __neg__(self):\n        return self * -1\n\n")],
        "`-(x * 2)` with x = ",
        "When `__neg__` makes its result, it must pass its inputs on as `_children`: "
        "`Value(..., (self,), ...)`.", "`__neg__` 在创建结果时"),
    "sub without other": (
        [_with_own("__sub__", "self, other", "self.data - other.data", "(self,)",
                   "self.grad += out.grad; other.grad -= out.grad",
                   replacing="    def __sub__(self, other):\n        return self + (-other)\n\n"),
         ],
        "`(x * 2) - (y * 2)` with x = ",
        "does not lead back to its input `y * 2` through `_prev`", "`__sub__` 在创建结果时"),
    "div without other": (
        [_with_own("__truediv__", "self, other", "self.data / other.data", "(self,)",
                   "self.grad += out.grad / other.data; "
                   "other.grad -= out.data / other.data * out.grad",
                   replacing="    def __truediv__(self, other):\n"
                             "        return self * other ** -1\n\n")],
        "`(x * 2) / (y * 2)` with x = ",
        "does not lead back to its input `y * 2` through `_prev`",
        "顺着 `_prev` 从 `(x * 2) / (y * 2)` 的结果走不到它的输入 `y * 2`。"),
}


@pytest.mark.parametrize("slip", list(UNLINKED))
def test_an_operation_that_does_not_list_its_inputs_is_named(slip):
    slips, start, english_part, chinese_part = UNLINKED[slip]
    english, chinese = in_english_and_chinese(check_engine, make_value(*slips))
    assert english.message.startswith(start), english.message
    assert english_part in english.message, english.message
    assert "local derivative" not in english.message
    assert chinese_part in chinese.message, chinese.message


# ---------------------------------------------------------------------------
# backward() called twice on L = a * a without setting grads back to 0.
# ---------------------------------------------------------------------------
# the whole check on + and * with one random graph: the later stages, quickly
QUICK_CHECK = functools.partial(check_engine, operations=("+", "*"), graphs=1)
TWICE_NUMBERS = ("Called twice on L = a * a (a = 3), with no grad set back to 0 in between, "
                 "backward() left L.grad = 1.0000 and a.grad = 6.0000 after the first call, "
                 "L.grad = {second} and a.grad = {second_a} after the second. They should be 1 "
                 "and 6, then 1 and 12: the output's own grad is 1 at every call, and a's "
                 "gradients add up. ")


@pytest.mark.parametrize("start, english, chinese", [
    # the output's grad added to: the cause is certain
    ("self.grad += 1.0", TWICE_NUMBERS.format(second="2.0000", second_a="18.0000")
     + "backward() sets the output's grad to 1.0; yours adds 1.0: write `self.grad = 1.0`, "
     "not `self.grad += 1.0`.",
     "第二次之后 L.grad = 2.0000，a.grad = 18.0000。应该先是 1 和 6，再是 1 和 12。每次调用时输出自己的 grad "
     "都是 1，而 a 的梯度会累加。backward() 应该把输出的 grad 设为 1.0，你的代码却是加上 1.0。"),
    # something else: the numbers, and what backward() must do
    ("self.grad = 2 * self.grad + 1.0", TWICE_NUMBERS.format(second="3.0000", second_a="24.0000")
     + "backward() must set the output's own grad to 1 (not add to it), and change every "
     "other grad only through the `_backward`s, which add to it.",
     "backward() 要把输出自己的 grad 设为 1（不是加上 1），其他 grad 只能通过各个 `_backward` 累加来改变。"),
])
def test_backward_twice_leaves_the_output_grad_at_one(start, english, chinese):
    broken = make_value(("        self.grad = 1.0\n", f"        {start}\n"))
    said, zh = in_english_and_chinese(QUICK_CHECK, broken)
    assert said.message == english
    assert chinese in zh.message, zh.message


def test_backward_twice_passes_both_the_lecture_and_the_package():
    """The lecture's backward() leaves intermediate grads; the package's sets them to 0."""
    from micrograd_lite import Value as PackageValue

    for engine in (Value, PackageValue):
        checker = engine_check._Checker(engine, ["+", "*"], 0, 0)
        assert checker.check_backward_twice() is None


# ---------------------------------------------------------------------------
# A result of another class that has the same name as the class passed.
# ---------------------------------------------------------------------------
def _a_class_defined_again():
    """The lecture's class, its cell run twice: the first class's methods make the second."""
    namespace = {"__name__": "__main__"}
    for _ in range(2):
        exec(compile(LECTURE_SOURCE, "<cell>", "exec"), namespace)
        first = namespace.setdefault("first", namespace["Value"])
    return first


@pytest.mark.parametrize("make, english, chinese", [
    (lambda: type("Value", (make_value(),), {}),
     ["returned a Value of `builtins.Value`, the class that yours inherits from, not of your "
      "class itself.", "`type(self)(...)`"],
     ["返回的是 `builtins.Value` 的 Value，`builtins.Value` 是你的类所继承的类，而不是你的类本身。"]),
    (lambda: type("MyValue", (make_value(),), {}),
     ["returned a Value of `builtins.Value`, the class that yours inherits from, not of your "
      "class itself. The methods your class inherits make their results with `builtins.Value`."],
     ["返回的是 `builtins.Value` 的 Value，`builtins.Value` 是你的类所继承的类，而不是你的类本身。"]),
    (_a_class_defined_again,
     ["returned a Value of another class that is also named Value (from module `__main__`), "
      "not of the class you passed.", "the cell that defines the class has run again"],
     ["返回的是另一个也叫 Value 的类（来自模块 `__main__`）的 Value，而不是你传进来的那个类。"]),
])
def test_a_result_of_another_class_named_value_is_told_apart(make, english, chinese):
    said, zh = in_english_and_chinese(check_engine, make())
    assert said.message.startswith("`a + b` with a = "), said.message
    for part in english:
        assert part in said.message, said.message
    for part in chinese:
        assert part in zh.message, zh.message
    assert "not a Value" not in said.message and "而不是一个 Value" not in zh.message


def test_the_success_message_lists_the_large_graphs():
    said, zh = in_english_and_chinese(QUICK_CHECK, Value)
    assert ("with its inputs made by another operation" in said.message
            and "on a chain of 300 operations, on 30 diamonds stacked and on the sum of 4096 "
                "inputs added in pairs." in said.message), said.message
    assert "Called again after every grad is set back to 0, backward() gives the same gradients; " \
        "called twice without setting them back to 0" in said.message
    assert "以及一条 300 个运算的链、30 个叠起来的菱形和由 4096 个输入两两相加得到的总和。" in zh.message


@pytest.mark.parametrize("slip, english, chinese", [
    (("self.grad += other.data * out.grad", "self.grad += other * out.grad"),
     "a.grad should be a number, but it is a Value (Value(data=",
     "a.grad 应该是一个数，但它是 Value(data=1.24, grad=0.0)，这是一个 Value 对象，"),
    (("self.grad += (1 - t ** 2) * out.grad", "self.grad += (1 - out ** 2) * out.grad"),
     "A number - a Value needs the Value's reflected method, __rsub__: it has none, or its "
     "__rsub__ returned NotImplemented. Inside a `_backward`, compute with numbers: out.data, not out.",
     "意思是“数 - Value”要用到 Value 在右边时被调用的方法 __rsub__，而它没有这个方法，或者这个方法返回了 NotImplemented。"),
])
def test_a_value_used_where_its_number_belongs_is_named(slip, english, chinese):
    said, zh = in_english_and_chinese(check_engine, make_value(slip))
    assert english in said.message, said.message
    assert chinese in zh.message, zh.message


@pytest.mark.parametrize("slip, expr", [
    (("            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad",
      "            self.grad += (out.data / self.data) * out.grad\n"
      "            other.grad += (out.data / other.data) * out.grad"), "`a * b`"),
    (("            self.grad += n * self.data ** (n - 1) * out.grad",
      "            self.grad += n * out.data / self.data * out.grad"), "`a ** 2`"),
])
def test_a_local_derivative_that_divides_by_the_input_is_tried_at_0(slip, expr):
    """Walk finding: out.data / self.data for d(a*b)/da (right wherever a is not 0)
    passed, and the lesson's next cell, with x2 = 0, raised ZeroDivisionError."""
    message = check_engine(make_value(slip)).message
    assert f"while running backward() on {expr} with a = 0" in message and "ZeroDivisionError" in message, message


def test_a_product_named_plus_is_told_its_op():
    """Walk finding: `Value(self.data * other.data, (self, other), "+")` passed, and
    draw_dot and the stepper then called the multiplication '+'."""
    broken = make_value(('out = Value(self.data * other.data, (self, other), "*")',
                         'out = Value(self.data * other.data, (self, other), "+")'))
    english = check_engine(broken).message
    assert english.startswith("`a * b` makes a node whose _op is '+'; it should be '*'."), english
    chinese = in_chinese(lambda: check_engine(broken).message)
    assert chinese.startswith("`a * b` 得到的节点的 _op 是 '+'，应该是 '*'。"), chinese


def test_a_product_with_no_op_is_told_it_would_be_drawn_with_no_name():
    """Walk finding: an empty _op was told "would be drawn as ''"."""
    broken = make_value(('out = Value(self.data * other.data, (self, other), "*")',
                         'out = Value(self.data * other.data, (self, other))'))
    english = check_engine(broken).message
    assert english.startswith("`a * b` makes a node whose _op is ''; it should be '*'. draw_dot and "
                              "the stepper show _op as the name of the operation, so this operation "
                              "would be drawn with no name."), english
    chinese = in_chinese(lambda: check_engine(broken).message)
    assert "所以画出来时这个运算没有名字" in chinese, chinese


def test_a_number_first_outside_a_backward_gets_no_backward_hint():
    """Walk finding: `-a` written as `0 - self` was told "Inside a `_backward`, compute
    with numbers", though no _backward was involved."""
    said, zh = in_english_and_chinese(check_engine, make_value(
        ("        return self * -1\n", "        return 0 - self\n")))
    assert "A number - a Value needs the Value's reflected method" in said.message, said.message
    assert "_backward" not in said.message.split("reflected method")[1].split("It came from")[0]
    assert "在 `_backward` 里要用数来算" not in zh.message


MUL_BACKWARD = ("        def _backward():\n            self.grad += other.data * out.grad\n"
                "            other.grad += self.data * out.grad\n\n        out._backward = _backward\n")
ADD_BACKWARD = ("        def _backward():\n            self.grad += 1.0 * out.grad\n"
                "            other.grad += 1.0 * out.grad\n\n        out._backward = _backward\n")


@pytest.mark.parametrize("slips", [
    # the last product's nodes kept in a module dict, read by every product's _backward
    (("import math\n", "import math\n_G = {}\n"),
     (MUL_BACKWARD, "        _G['out'] = out; _G['s'] = self; _G['o'] = other\n\n"
                    "        def _backward():\n            _G['s'].grad += _G['o'].data * _G['out'].grad\n"
                    "            _G['o'].grad += _G['s'].data * _G['out'].grad\n\n"
                    "        out._backward = _backward\n")),
    # the last sum's _backward kept on the class, called by every sum
    ((ADD_BACKWARD, "        def _backward():\n            self.grad += 1.0 * out.grad\n"
                    "            other.grad += 1.0 * out.grad\n\n        Value._last_add = _backward\n"
                    "        out._backward = lambda: Value._last_add()\n"),),
])
def test_a_backward_reading_the_last_operation_is_told_so_in_exercise_2(slips):
    """check_add_mul calls no backward(): the message says the check ran the
    _backward calls, and names what they read from outside their own node."""
    english, chinese = in_english_and_chinese(check_add_mul, make_value(*slips))
    assert "ran its nodes' `_backward`s again" in english.message
    assert "A `_backward` of this graph reads something kept outside its own node" in english.message
    assert "go through a topological order" not in english.message
    assert "这个图里有 `_backward` 读了放在它自己的节点之外" in chinese.message


def test_a_product_that_records_another_name_than_its_symbol_is_told_so():
    """draw_dot would draw the node as "x": every check asks for "*" (check_more_operations
    already asked it of `2 + a`)."""
    named_x = make_value(('        out = Value(self.data * other.data, (self, other), "*")\n',
                          '        out = Value(self.data * other.data, (self, other), "x")\n'))
    for check in (check_add_mul, check_engine):
        message = check(named_x).message
        assert "makes a node whose _op is 'x'; it should be '*'." in message, message


def test_check_engine_given_a_function_asks_for_the_class_without_speaking_of_instances():
    assert check_engine(check_engine).message == (
        "check_engine takes your Value class itself, not a function: pass the class, `Value`.")
    assert "not `Value(2.0)`" in check_engine(Value(2.0)).message


def test_a_number_times_a_value_without_rmul_is_told_rmul():
    no_rmul = make_value(("    def __rmul__(self, other):\n        return self * other\n",
                          "    def __rmul__(self, other):\n        return NotImplemented\n"))
    english, chinese = in_english_and_chinese(check_engine, no_rmul)
    assert "needs the Value's reflected method, __rmul__: it has none, or its __rmul__ returned " \
           "NotImplemented (as `other.__mul__(self)` does" in english.message, english.message
    assert "要用到 Value 在右边时被调用的方法 __rmul__" in chinese.message


def test_making_a_node_that_resets_its_inputs_grads_is_named():
    """Walk finding: an `__init__` that sets its children's grads to 0 passed, though a
    second loss built after the first backward() wipes what the first added."""
    broken = make_value(("        self._prev = set(_children)\n",
                         "        self._prev = set(_children)\n        for child in _children:\n"
                         "            child.grad = 0.0\n"))
    english, chinese = in_english_and_chinese(check_engine, broken)
    assert english.message.startswith(
        "With w.grad = 3 (w = 2), as a backward pass leaves it, computing `w + b` changed "
        "w.grad to 0.0000, before any backward() of the new node."), english.message
    # the same in one operation's method alone: each operation is made once on w
    resetting_pow = make_value(("        out = Value(self.data ** n, (self,), f\"**{n}\")\n",
                                "        self.grad = 0.0\n"
                                "        out = Value(self.data ** n, (self,), f\"**{n}\")\n"))
    assert "computing `w ** 2` changed w.grad" in check_engine(resetting_pow).message
    assert chinese.message.startswith("w = 2，w.grad 是 3（比如刚做完一次反向传播）。"), chinese.message
    # walk 37: check_add_mul, which runs no backward(), passed a __mul__ that zeroes them
    from micrograd_lite.exercises.lesson06 import check_add_mul
    zeroing_mul = make_value(("        out = Value(self.data * other.data, (self, other), \"*\")\n",
                              "        self.grad = other.grad = 0.0\n"
                              "        out = Value(self.data * other.data, (self, other), \"*\")\n"))
    assert "computing `w * b` changed w.grad to 0.0000" in check_add_mul(zeroing_mul).message


def test_an_operation_whose_result_records_no_inputs_is_named_not_its_derivative():
    """Walk finding: `tanh` returning `Value(math.tanh(self.data))` (no inputs, no
    `_backward`) was told its local derivative."""
    broken = make_value(('        out = Value(t, (self,), "tanh")\n', '        out = Value(t)\n'))
    english, chinese = in_english_and_chinese(check_engine, broken)
    assert "The result of `(x * 2).tanh()` has an empty `_prev`: backward() cannot find its " \
        "inputs. When `tanh` makes its result, it must pass its inputs on as `_children`" \
        in english.message, english.message
    assert "local derivative" not in english.message
    assert "`tanh` 在创建结果时" in chinese.message


def test_a_backward_that_calls_its_own_output_names_the_learners_function_not_the_checks():
    broken = make_value(("            self.grad += other.data * out.grad\n"
                         "            other.grad += self.data * out.grad\n",
                         "            self.grad += other.data * out.grad\n"
                         "            other.grad += self.data * out.grad\n"
                         "            out._backward()\n"))
    message = check_add_mul(broken).message
    assert "here `_backward`, deeper than Python allows" in message, message
    assert "recording" not in message


def test_a_class_that_keeps_a_count_in_a_global_is_noted_and_its_drift_found_later():
    """Walk finding: an `__init__` whose data drifts from the 5th Value on passed
    check_value_init, which makes 4."""
    from micrograd_lite.exercises.lesson06 import check_value_init
    count = [0]
    source = LECTURE_SOURCE.replace("        self.data = data\n",
                                    "        count[0] += 1\n"
                                    "        self.data = data if count[0] <= 40 else data + 1e-3\n")
    namespace = {"count": count}
    exec(compile(source, "<cell-counting>", "exec"), namespace)
    feedback = check_value_init(namespace["Value"])
    # walk 68: check_value_init makes a few hundred Values now, and finds the drift itself
    assert not feedback and feedback.message.startswith(
        "`Value(1.5)`, made later in the check, after other Values, has the data 1.501; "
        "it should be 1.5.") and "changed the global `count`" in feedback.message, feedback.message
    assert not check_engine(namespace["Value"])


def test_a_class_that_numbers_its_values_passes_its_count_is_not_kept_state():
    """A class attribute counting the objects made (for their names, say) changes no
    result: only a list, set or dict kept on a class is told as kept state."""
    source = LECTURE_SOURCE.replace("class Value:\n", "class Value:\n    made = 0\n").replace(
        "        self.data = data\n",
        "        self.data = data\n        Value.made += 1\n        self.number = Value.made\n")
    namespace = {}
    exec(compile(source, "<cell-numbering>", "exec"), namespace)
    from micrograd_lite.exercises.lesson06 import check_value_init
    for feedback in (check_value_init(namespace["Value"]), check_engine(namespace["Value"])):
        assert feedback and "while the check used your class" not in feedback.message, feedback.message


def test_a_counter_on_the_class_that_an_operation_reads_is_noted():
    """Walk 44: a `__pow__` whose `_backward` gives 0 after 1000 uses passed with no note
    (the checks use ** 167 times); a number on the class used outside __init__ is named.
    (The limit here is beyond any number of runs again: how many the check makes depends on
    the machine's speed, so 1000 was caught on a fast machine and not on a slow one.)"""
    broken = make_value(("class Value:\n", "class Value:\n    uses = 0\n"),
                        ("            self.grad += n * self.data ** (n - 1) * out.grad\n",
                         "            Value.uses += 1\n"
                         "            if Value.uses < 10 ** 6:\n"
                         "                self.grad += n * self.data ** (n - 1) * out.grad\n"))
    english, chinese = in_english_and_chinese(check_engine, broken)
    assert english and (
        " One more thing: while the check used your class it changed the attribute `Value.uses`. "
        "That is fine for logging or counting, but what sits on the class, in a global or in a "
        "default argument is shared by every object: keep what an object needs on the object "
        "itself (self.something), made in __init__.") in english.message, english.message
    assert "`Value.uses`" in chinese.message


def test_a_backward_that_changes_a_result_s_data_is_named():
    """Walk finding: a tanh whose `_backward` ends with `out.data = 0.0` passed."""
    broken = make_value(("            self.grad += (1 - t ** 2) * out.grad\n",
                         "            self.grad += (1 - t ** 2) * out.grad\n"
                         "            out.data = 0.0\n"))
    english, chinese = in_english_and_chinese(check_engine, broken)
    assert english.message == (
        "`a.tanh()` with a = 1.21 gave data 0.8367; after backward() it holds 0. A backward "
        "pass changes only grads: the _backward of an operation adds into its inputs' .grad and "
        "leaves every .data, its own result's too, as it was.")
    assert chinese.message.startswith("`a.tanh()`（a = 1.21）算出的 data 是 0.8367，调用 backward() 之后")


def test_an_add_that_skips_a_repeated_input_is_given_both_candidates():
    """Walk finding: `if other is not self: other.grad += ...` was told to use `+=`."""
    broken = make_value(("            other.grad += 1.0 * out.grad\n",
                         "            if other is not self:\n"
                         "                other.grad += 1.0 * out.grad\n"))
    message = check_add_mul(broken).message
    assert "Candidates that lose one: `=` instead of `+=` in `_backward`; both grads set in one line" \
        in message and "or a test that skips an input that is the same Value as the other " \
        "(`if other is not self`)." in message, message


def test_walk_25_both_grads_set_in_one_line_is_among_the_candidates_for_a_times_a():
    broken = make_value(("            self.grad += other.data * out.grad\n"
                         "            other.grad += self.data * out.grad\n",
                         "            self.grad, other.grad = (self.grad + other.data * out.grad,\n"
                         "                                     other.grad + self.data * out.grad)\n"))
    message = check_add_mul(broken).message
    assert "`a * a` with a = " in message and "both grads set in one line" in message, message
    assert "在同一行里同时设两个 grad" in in_chinese(lambda: check_add_mul(broken).message)


@pytest.mark.parametrize("slip, english, chinese", [
    (("            v._backward()\n",
      "            v._backward()\n            v._backward = lambda: None  # free the graph\n"),
     "backward() replaced the `_backward` of `d = a * b`: after it, the node holds another "
     "function than the one its operation gave it", "backward() 替换了 `d = a * b` 的 `_backward`。"),
    (("    def backward(self):\n",
      "    def backward(self):\n        if getattr(self, '_done', False):\n            return\n"
      "        self._done = True\n"),
     "after every grad was set back to 0, backward() left the output's own grad at 0.0000; the "
     "first call set it to 1. backward(), or a `_backward` it runs, sets `_done` on the graph's "
     "nodes and leaves it there", "或者它运行的某个 `_backward`，在计算图的节点上设了 `_done`"),
    (("            if v not in visited:\n                visited.add(v)\n",
      "            if not getattr(v, '_seen', False):\n                v._seen = True\n"),
     "backward() gave a.grad = 0.0000; the first call gave 11.0000. backward(), or a `_backward` "
     "it runs, sets `_seen` on the graph's nodes and leaves it there", "在计算图的节点上设了 `_seen`"),
])
def test_a_backward_that_works_once_by_what_it_leaves_on_the_graph_is_told_so(slip, english, chinese):
    """Walk findings: a backward() that frees the graph blamed the operations; one that
    returns at once on a flagged root was told to set the output's grad to 1, which it did;
    marks left on the nodes were not among the places named."""
    Engine = make_value(slip)
    assert english in check_engine(Engine).message, check_engine(Engine).message
    assert chinese in in_chinese(lambda: check_engine(Engine).message)


def test_relu_is_tried_at_zero_where_its_derivative_is_0():
    """Walk finding: a relu passing the gradient at 0 (data >= 0) was said to agree with
    the package, which gives 0 there."""
    at_zero = make_value(_with_own("relu", "self", "max(0.0, self.data)", "(self,)",
                                   "self.grad += (self.data >= 0) * out.grad"))
    message = check_engine(at_zero).message
    assert "`a.relu()` with a = 0" in message and "a.grad is 1.0000, should be 0.0000" in message, message
    right = make_value(_with_own("relu", "self", "max(0.0, self.data)", "(self,)",
                                 "self.grad += (self.data > 0) * out.grad"))
    assert check_engine(right), check_engine(right).message


def test_a_pow_through_a_node_of_its_own_between_is_accepted():
    """Walk finding: `base = self * 1` before the power was told a was not in the graph."""
    through = make_value(('    def __pow__(self, n):\n        out = Value(self.data ** n, (self,), f"**{n}")\n',
                          '    def __pow__(self, n):\n        base = self * 1\n'
                          '        out = Value(base.data ** n, (base,), f"**{n}")\n'),
                         ("            self.grad += n * self.data ** (n - 1) * out.grad\n",
                          "            base.grad += n * base.data ** (n - 1) * out.grad\n"))
    assert check_engine(through), check_engine(through).message


def test_a_backward_stored_as_its_result_is_named():
    """Walk finding: `out._backward = _backward()` got only "'NoneType' object is not callable"."""
    called = make_value(("        out._backward = _backward\n        return out\n\n    def __mul__",
                         "        out._backward = _backward()\n        return out\n\n    def __mul__"))
    message = check_engine(called).message
    assert message.startswith("A node made by `+` holds None as its `_backward`"), message


def test_an_order_kept_in_a_set_is_among_the_candidates():
    """Walk 15: topo = set() was told its loop went forwards or appended too early, the
    two candidates of a list; a set keeps no order at all."""
    broken = make_value(("        topo, visited = [], set()\n", "        topo, visited = set(), set()\n"),
                        ("                topo.append(v)\n", "                topo.add(v)\n"),
                        ("        for v in reversed(topo):\n", "        for v in reversed(list(topo)):\n"))
    assert not check_engine(broken)  # which message depends on the order the set gives
    forwards = make_value(("for v in reversed(topo):", "for v in topo:"))
    assert "the order is kept in a set (topo = set()), which keeps no order" in \
        check_engine(forwards).message
    assert "把顺序存在了集合里（topo = set()）" in in_chinese(
        lambda: check_engine(forwards).message)


def test_an_operation_that_hangs_its_backward_on_an_input_is_told_so():
    """Walk 15: `self._backward = _backward` in __mul__ was told the `+` node changes
    out.grad (check_add_mul) and the walk's order is wrong (check_engine)."""
    broken = make_value(("        out._backward = _backward\n        return out\n\n    def __pow__",
                         "        self._backward = _backward\n        return out\n\n    def __pow__"))
    for check in (check_add_mul, check_engine):
        said = check(broken)
        assert not said and said.message.startswith(
            "`a * b` replaced the `_backward` of its input `a` (with self._backward = _backward, "
            "say). An operation hangs its `_backward` on the node it makes"), said.message
    assert in_chinese(lambda: check_engine(broken).message).startswith(
        "`a * b` 把它的输入 `a` 的 `_backward` 换掉了")


def test_the_tanh_overflow_note_holds_for_either_exp_formula():
    """Walk 18: tanh through exp(-2x) overflows below x = -355, not above 355 as the note
    said; the note now says both."""
    minus = make_value(("        e = math.exp(2 * self.data)\n        t = (e - 1) / (e + 1)\n",
                        "        e = math.exp(-2 * self.data)\n        t = (1 - e) / (1 + e)\n"))
    said = check_engine(minus)
    assert said and "`a.tanh()` with a = -400 raises OverflowError" in said.message, said.message
    assert "(exp(2x) for x above 355, exp(-2x) for x below -355)" in said.message


def test_round_19_a_division_by_the_power_one_and_a_wrong_radd_are_explained():
    """Walk findings: self * other ** 1 and __radd__ returning self - other got a number
    and no cause."""
    power_one = make_value(("        return self * other ** -1\n", "        return self * other ** 1\n"))
    said = check_engine(power_one).message
    assert "That is a * b: a division is a product with the divisor to the power -1" in said, said
    radd = make_value(("    def __radd__(self, other):\n        return self + other\n",
                       "    def __radd__(self, other):\n        return self - other\n"))
    said = check_engine(radd).message
    assert "For `2 + a`, Python calls `__radd__(self, other)` of the Value on the right" in said, said


def test_round_20_inputs_reversed_by_init_are_among_the_candidates():
    reversed_init = make_value(("self._prev = set(_children)", "self._prev = tuple(reversed(_children))"))
    said = check_add_mul(reversed_init).message
    assert "or `__init__` does not keep _children as given (reversed, sorted, or made into a set" in said, said


def test_round_21_a_label_given_by_init_is_not_blamed_on_the_operation():
    """Walk finding: `label or str(data)` in __init__ was told the operation changed a.label."""
    by_data = make_value(("        self.label = label\n", "        self.label = label or str(data)\n"))
    said = check_add_mul(by_data)
    assert said, said.message
    relabels = make_value(('        out = Value(self.data + other.data, (self, other), "+")\n',
                           '        out = Value(self.data + other.data, (self, other), "+")\n'
                           '        self.label = "changed"\n'))
    said = check_add_mul(relabels).message
    assert said.startswith("a.label was '' when it was made; after computing `a + b`"), said


def test_walk_22_a_node_the_learner_never_wrote_is_named_by_the_expression_made_of_it():
    one_level = make_value((
        "        build_topo(self)\n        self.grad = 1.0\n"
        "        for v in reversed(topo):\n            v._backward()\n",
        "        self.grad = 1.0\n        self._backward()\n"
        "        for child in self._prev:\n            child._backward()\n"))
    message = check_engine(one_level).message
    assert "The `_backward` of the '*' node inside `a - b` (one of the nodes that `a - b` is built from) never ran" in message, message
    said = in_chinese(lambda: check_engine(one_level).message)
    assert "组成 `a - b` 的一个 `*` 节点的 `_backward` 从来没有运行过" in said and "节点组成" not in said, said


def test_walk_22_an_order_sorted_by_data_is_named_as_sorted():
    resorted = make_value(("        self.grad = 1.0\n        for v in reversed(topo):",
                           "        topo = sorted(topo, key=lambda v: v.data)\n"
                           "        self.grad = 1.0\n        for v in reversed(topo):"))
    message = check_engine(resorted).message
    assert "Your backward() also sorts, and reads `.data` of the nodes" in message, message
    assert "the second is skipped" not in message
    assert "还做了排序" in in_chinese(lambda: check_engine(resorted).message)


def test_walk_22_a_subtraction_node_of_its_own_with_no_backward_is_shown_the_composed_form():
    own_node = make_value(("        return self + (-other)",
                           "        other = other if isinstance(other, Value) else Value(other)\n"
                           "        return Value(self.data - other.data, (self, other), '-')"))
    message = check_more_operations(own_node).message
    assert "it has no `_backward` of its own" in message and "`return self + (-other)`" in message, message
    assert "没有自己的 `_backward`" in in_chinese(lambda: check_more_operations(own_node).message)


def test_walk_26_an_order_sorted_by_another_key_is_among_the_candidates():
    # (walk 26 sorted by id(); the number of inputs is a key whose order does not depend
    # on where the nodes happen to sit in memory)
    by_id = make_value(("        build_topo(self)\n        self.grad = 1.0\n"
                        "        for v in reversed(topo):\n            v._backward()\n",
                        "        build_topo(self)\n        self.grad = 1.0\n"
                        "        for v in sorted(topo, key=lambda v: len(v._prev), reverse=True):\n"
                        "            v._backward()\n"))
    message = check_engine(by_id).message
    assert "or the nodes are put in some other order that is not a topological one (sorted by a key such as id(), say)" in message, message
    assert "按 id() 之类的键排序" in in_chinese(lambda: check_engine(by_id).message)


def test_walk_27_a_times_a_with_a_share_too_many_is_told_of_the_special_case():
    extra = make_value(("            other.grad += self.data * out.grad\n",
                        "            other.grad += self.data * out.grad\n"
                        "            if self is other:\n"
                        "                self.grad += 2 * self.data * out.grad\n"))
    message = check_add_mul(extra).message
    assert "too large in magnitude" in message and "a special case for one Value used twice" in message, message
    assert "Candidates that lose one" not in message
    assert "写了特殊处理" in in_chinese(lambda: check_add_mul(extra).message)


def test_walk_27_data_changed_inside_backward_is_told_the_update_belongs_to_the_loop():
    updating = make_value(("            other.grad += self.data * out.grad\n",
                           "            other.grad += self.data * out.grad\n"
                           "            self.data -= 0.01 * self.grad\n"))
    message = check_engine(updating).message
    assert "A backward pass changes grads only" in message and "belongs to the training loop" in message, message


def test_walk_29_an_eq_by_identity_is_not_a_candidate():
    breadth_first = (
        "        build_topo(self)\n        self.grad = 1.0\n"
        "        for v in reversed(topo):\n            v._backward()\n",
        "        self.grad = 1.0\n        queue = [self]\n        while queue:\n"
        "            v = queue.pop(0)\n            v._backward()\n            queue.extend(v._prev)\n")
    identity = ("    def __neg__(self):",
                "    def __eq__(self, other):\n        return self is other\n\n"
                "    __hash__ = object.__hash__\n\n    def __neg__(self):")
    by_data = ("    def __neg__(self):",
               "    def __eq__(self, other):\n        return self.data == other.data\n\n"
               "    def __hash__(self):\n        return hash(self.data)\n\n    def __neg__(self):")
    assert "`__eq__` or `__hash__`" not in check_engine(make_value(breadth_first, identity)).message
    assert "`__eq__` or `__hash__`" in check_engine(make_value(breadth_first, by_data)).message


def test_walk_29_a_reflected_method_made_from_a_number_is_told_its_inputs_are_missing():
    detached = make_value(("    def __radd__(self, other):\n        return self + other\n",
                           "    def __radd__(self, other):\n        return Value(other + self.data)\n"))
    message = check_more_operations(detached).message
    assert "The result of `2 + a` has an empty `_prev`" in message and "_op" not in message, message


def test_walk_29_a_nan_from_above_blames_no_node_below():
    from micrograd_lite.widgets.graphs import backprop_state
    Nan = make_value(("            self.grad += (1 - t ** 2) * out.grad\n",
                      "            self.grad += float('nan') * out.grad\n"))
    x, w = Nan(2.0, label="x"), Nan(-3.0, label="w")
    o = (x * w + Nan(1.0, label="b")).tanh()
    said = " ".join(line for k in range(1, 4) for line in backprop_state(o, k).lines)
    assert "= for +=" not in said and "in proportion" not in said and "changed" not in said, said
    assert not any("instead of adding" in line or "in proportion" in line
                   for line in draw_dot(o, flow=True).source.splitlines())


@pytest.mark.parametrize("language, words", [
    ("en", "adds -2.0600 to a.grad, where 2.0600 is right: the right size with the wrong sign. "
           "Candidates: `-=` where `+=` belongs, or a sign slip in the local derivative (a minus "
           "too many, or one lost, to abs() say)."),
    ("zh", "大小对了，符号反了。可能的原因有两种：该写 `+=` 的地方写成了 `-=`；或者局部导数的符号错了（多了一个负号，或者丢了一个负号，比如用了 abs()）。"),
])
def test_walk_34_minus_equals_for_plus_equals_is_named_not_the_local_derivative(language, words):
    """`-=` in `__mul__`'s `_backward` was told "the local derivative ... is b", which it was."""
    broken = make_value(("            self.grad += other.data * out.grad\n"
                         "            other.grad += self.data * out.grad\n",
                         "            self.grad -= other.data * out.grad\n"
                         "            other.grad -= self.data * out.grad\n"))
    set_language(language)
    try:
        message = check_engine(broken, operations=("*",)).message
    finally:
        set_language("en")
    assert words in message and "local derivative of" not in message, message


def test_walk_40_a_reflected_product_built_from_additions_and_a_division_of_zero():
    """__rmul__ as additions in a loop was told to pass '*' as its _op (it makes no Value
    of its own); (b * a**-1)**-1 for a / b passed, and raises on 0 / b."""
    adding = make_value(("    def __rmul__(self, other):\n        return self * other\n",
                         "    def __rmul__(self, other):\n        out = self * 0\n"
                         "        for _ in range(int(other)):\n            out = out + self\n"
                         "        return out\n"))
    said = check_engine(adding).message
    assert "Candidates: `__rmul__` builds the result from other operations (additions in a loop, " \
           "say), where it should give back the plain one, `return self * other`" in said, said
    inverted = make_value(("    def __truediv__(self, other):\n        return self * other ** -1\n",
                           "    def __truediv__(self, other):\n        return (other * self**-1)**-1\n"))
    said = check_engine(inverted).message
    assert "while computing `z / b` with z = 0, b = 2" in said and "ZeroDivisionError" in said, said


def test_walk_40_a_power_that_loses_the_sign_of_its_base_is_among_the_candidates():
    losing = make_value(("            self.grad += n * self.data ** (n - 1) * out.grad\n",
                         "            self.grad += n * abs(self.data) ** (n - 1) * out.grad\n"))
    said = check_engine(losing).message
    assert "or a sign slip in the local derivative (a minus too many, or one lost, to abs() say)." in said, said


def test_walk_41_an_operation_that_passes_a_set_of_children_is_among_the_candidates():
    from micrograd_lite.exercises.lesson06 import check_add_mul
    from test_lesson06 import learner_class
    as_a_set = learner_class(('    out = Value(self.data + other.data, (self, other), "+")\n',
                              '    out = Value(self.data + other.data, {self, other}, "+")\n'), upto=2)
    said = [check_add_mul(as_a_set).message for _ in range(6)]
    reversed_order = [m for m in said if "other way round" in m]
    assert reversed_order and all("or a set ({self, other}, which keeps no order)" in m
                                  for m in reversed_order), said


def test_walk_40_an_reflected_add_that_keeps_its_results_is_named():
    """A __radd__ caching by (id(self), other) passed check_engine: 2 + w stayed 3 after
    w.data changed."""
    caching = make_value(("    def __radd__(self, other):\n        return self + other\n",
                          "    def __radd__(self, other, _kept={}):\n"
                          "        return _kept.setdefault((id(self), other), self + other)\n"))
    said = check_engine(caching).message
    assert "with w.data then set to 0.5 (as a training step moves it), `2 + w` gives 4.0000 " \
           "again: the result does not follow its input." in said, said


def test_a_tanh_whose_derivative_is_cut_to_0_on_its_flat_fails():
    """Walk 45: a `_backward` that adds nothing beyond |a| = 3 passed (the inputs drawn
    stay within 2): tanh is tried at 3.5 and -4.25 now."""
    broken = make_value(("            self.grad += (1 - t ** 2) * out.grad\n",
                         "            self.grad += (1 - t ** 2) * out.grad if abs(self.data) < 3 else 0.0\n"))
    english, chinese = in_english_and_chinese(check_engine, broken)
    assert english.message.startswith("`a.tanh()` with a = 3.5: after backward(), a.grad is 0.0000, "
                                      "should be 0.0036"), english.message
    assert "or a condition that skips the update for these inputs" in english.message
    assert "有个条件让这样的输入跳过了更新" in chinese.message


def test_a_result_that_starts_with_a_grad_is_named_not_the_links_between_operations():
    """Walk 46: an `__init__` that sets grad 1 on the results of `*` was told that `+` and
    `*` are linked wrong (and, in check_more_operations, that backward() is at fault)."""
    broken = make_value(("        self.grad = 0.0\n",
                         "        self.grad = 1.0 if _op == \"*\" else 0.0\n"))
    english, chinese = in_english_and_chinese(lambda V: check_engine(V, ["+", "*"], backward=False), broken)
    assert english.message.startswith(
        "The result of `a * b` starts with grad 1.0000, before any `_backward` has run"), english.message
    assert chinese.message.startswith("`a * b` 的结果一建好，还没有运行任何 `_backward`，grad 就是 1.0000")


def test_an_operation_right_only_for_small_inputs_fails_on_the_inputs_each_operation_is_tried_at():
    """Walk 46: a `*` right only for inputs below 4 in size passed check_more_operations
    (its inputs are drawn within 2); each operation is also tried at 4 times its first point."""
    broken = make_value(("            self.grad += other.data * out.grad\n",
                         "            self.grad += (other.data if abs(other.data) < 4 else 1.0) * out.grad\n"))
    message = check_engine(broken, ["+", "*"], backward=False).message
    assert message.startswith("`a * b` with a = "), message
    assert "The local derivative of a * b with respect to a is b." in message


def test_walk_49_a_visited_set_keyed_by_the_id_of_the_data_fails_where_two_nodes_share_a_number():
    """Two nodes may hold one number object (small ints, a number read back from a node):
    a backward() that remembers id(v.data) skipped one and passed every graph of floats."""
    broken = make_value(("            if v not in visited:\n", "            if id(v.data) not in visited:\n"),
                        ("                visited.add(v)\n", "                visited.add(id(v.data))\n"))
    english, chinese = in_english_and_chinese(check_engine, broken)
    assert english.message.startswith(
        "After backward() on `p = a + b; k = Value(p.data); q = a * k; L = q * p` with a = 1.5, "
        "b = -0.5, a.grad is 1.0000, should be 2.5000. Here k holds the very number object p holds"), \
        english.message
    assert "请把节点本身放进已访问的集合" in chinese.message


def test_walk_68_a_backward_that_runs_only_some_operations_is_given_that_candidate():
    """Walk 68: a backward() running the _backward of '+' and '*' nodes alone was told only of
    a visited set keyed by the nodes' contents."""
    Value = make_value(("        for v in reversed(topo):\n            v._backward()\n",
                        "        for v in reversed(topo):\n            if v._op in ('+', '*'):\n"
                        "                v._backward()\n"))
    english, chinese = in_english_and_chinese(check_engine, Value)
    assert not english and "or it runs the `_backward` of only some nodes, chosen by what they " \
        "hold (an if on v._op, say)" in english.message, english.message
    assert "也可能是它只运行了一部分节点的 `_backward`" in chinese.message, chinese.message


# walk 68: a `*` whose _backward adds only the first time it runs (a flag set on its node)
MUL_RUNS_ONCE = ("            self.grad += other.data * out.grad\n",
                 "            if getattr(out, '_done', False):\n                return\n"
                 "            out._done = True\n            self.grad += other.data * out.grad\n")


def test_walk_68_a_backward_that_adds_only_once_is_rejected_before_backward_is_written():
    """Walk 68: check_add_mul calls each _backward once, and passed it; check_engine then
    said backward() set the flag, where the operation's _backward sets it."""
    from micrograd_lite.exercises.lesson06 import check_add_mul
    Value = make_value(MUL_RUNS_ONCE)
    english, chinese = in_english_and_chinese(check_add_mul, Value)
    assert not english and english.message.startswith(
        "`a * b` with a = 0.75, b = 1.25: its `_backward`, run twice with out.grad = 1.5 and no grad "
        "set back to 0, added 1.8750 to a.grad the first time and 0.0000 the second."), english.message
    assert "第一次给 a.grad 加了 1.8750，第二次加了 0.0000" in chinese.message, chinese.message
    # check_engine names the _backward too, before it would blame backward()
    assert check_engine(Value).message == english.message


def test_walk_68_an_init_whose_grad_changes_after_eight_values_is_rejected():
    from micrograd_lite.exercises.lesson06 import check_value_init
    made = []

    class Drifting:
        def __init__(self, data, _children=(), _op="", label=""):
            made.append(None)
            self.data, self.grad = data, 0.0 if len(made) <= 8 else 1.0
            self._backward = lambda: None
            self._prev, self._op, self.label = tuple(_children), _op, label
    said = check_value_init(Drifting)
    assert not said and said.message.startswith(
        "`Value(1.5)`, made later in the check, after other Values, has the grad 1.0; "
        "it should be 0.0."), said.message


@pytest.mark.parametrize("after", [12, 20, 60])
def test_walk_69_an_init_that_drops_prev_after_some_values_is_told_so_not_order(after):
    """Walk 69: a _prev emptied from the 20th Value on was told it held its inputs in another
    order; from the 60th on it passed."""
    from micrograd_lite.exercises.lesson06 import check_value_init
    made = []

    class Dropping:
        def __init__(self, data, _children=(), _op="", label=""):
            made.append(None)
            self.data, self.grad, self._backward = data, 0.0, lambda: None
            self._prev = tuple(_children) if len(made) < after else ()
            self._op, self.label = _op, label
    said = check_value_init(Dropping)
    assert not said and "made later in the check" in said.message and "has the _prev ()" in \
        said.message and "a counter" in said.message and "another order" not in said.message, \
        said.message


def test_walk_70_an_init_that_turns_a_data_of_0_into_1_is_rejected():
    """Walk 70: `self.data = data or 1.0` passed check_value_init, which made Value(0.0) and
    Value(0.0, (z, a), "*") but looked at their label and grad alone."""
    from micrograd_lite.exercises.lesson06 import check_value_init
    Value = make_value(("        self.data = data\n", "        self.data = data or 1.0\n"))
    english, chinese = in_english_and_chinese(check_value_init, Value)
    assert not english and english.message.startswith("`data` should be 0.0 here, but it is 1.0"), \
        english.message
    assert "这里的 `data` 应该是 0.0，但它是 1.0" in chinese.message


def test_walk_71_a_backward_that_writes_an_inputs_data_is_told_so():
    """Walk 71: it was told of a flag or a number kept from the first run."""
    from micrograd_lite.exercises.lesson06 import check_add_mul
    Value = make_value(("            self.grad += other.data * out.grad\n",
                        "            self.grad += other.data * out.grad\n"
                        "            other.data += 0.0001 if runs else 0.0\n"
                        "            runs.append(1)\n"),
                       ("        out = Value(self.data * other.data, (self, other), \"*\")\n",
                        "        out = Value(self.data * other.data, (self, other), \"*\")\n"
                        "        runs = []  # its data written from the second run on\n"))
    english, chinese = in_english_and_chinese(check_add_mul, Value)
    assert not english and "after its `_backward` ran twice on its own, b.data is" in english.message, \
        english.message
    assert "`_backward` 只往输入的 grad 上加，每个 data 都要保持原样" in chinese.message, chinese.message
