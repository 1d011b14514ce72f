"""check_engine: a correct lecture-style Value passes; each typical bug is named.

Each broken class below differs from the correct one in one place, the way a
learner's slip would; the test asserts that the message names the operation
and says what is true for that bug.
"""

import inspect
import linecache
import textwrap

import pytest

from micrograd_lite.exercises import Feedback, check_engine
from micrograd_lite.exercises.engine_check import OPERATION_GROUPS
from micrograd_lite.exercises.lesson06 import ReferenceValue


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


def test_karpathys_micrograd_passes():
    engine = pytest.importorskip("micrograd.engine")
    feedback = check_engine(engine.Value)
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
    assert "a.grad is" in message and "should be" in message and "off by" in message
    assert "local derivative of a * b with respect to a is b" in message


def test_wrong_tanh_derivative_names_tanh():
    broken = make_value(("self.grad += (1 - t ** 2) * out.grad", "self.grad += (1 - t) * out.grad"))
    message = check_engine(broken).message
    assert message.startswith("`a.tanh()` with a = ") and "1 - tanh(a)²" in message


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


def test_backward_in_the_wrong_order_is_found_in_the_diamond():
    broken = make_value(("for v in reversed(topo):", "for v in topo:"))
    message = check_engine(broken).message
    # the first operation built from two others, a - b = a + (-b), shows it
    assert message.startswith("`a - b` with a = ")
    assert "The `_backward` of the '*' node ran while its grad was 0.0000" in message
    assert "reverse" in message
    only_primitives = check_engine(broken, operations=("+", "*", "radd", "rmul")).message
    # with primitives only, it shows as soon as a grad arrives from above
    assert only_primitives.startswith("`a + b` with a = ") and "then times k = -1.5" in only_primitives
    assert "The `_backward` of `a + b` ran while its grad was 0.0000" in only_primitives


def test_backward_without_a_topological_order_is_named():
    """Each node passes its grad on and recurses into its inputs: d is reached twice."""
    broken = make_value((
        "        build_topo(self)\n        self.grad = 1.0\n"
        "        for v in reversed(topo):\n            v._backward()\n",
        "        self.grad = 1.0\n\n        def walk(v):\n            v._backward()\n"
        "            for child in v._prev:\n                walk(child)\n\n        walk(self)\n",
    ))
    message = check_engine(broken).message
    assert message.startswith("In the graph `d = a * b; e = d + c; f = d * e`")
    assert "The `_backward` of `d = a * b` ran 2 times" in message


def test_forgetting_grad_one_at_the_root_is_named():
    broken = make_value(("        self.grad = 1.0\n", ""))
    message = check_engine(broken).message
    assert message.startswith("`a + b` with a = ")
    assert "output's own grad is 0.0000, not 1" in message


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


def test_without_backward_the_checker_walks_the_nodes():
    broken = make_value(("    def backward(self):", "    def not_yet_backward(self):"))
    feedback = check_engine(broken, operations=("+", "*"))
    assert feedback, feedback.message
    assert "no backward() yet" in feedback.message


def test_placeholder_and_wrong_kinds():
    assert "Replace `None`" in check_engine(None).message
    assert "not a Value" in check_engine(Value(2.0)).message or "not a Value" not in ""
    assert "pass `Value`, not `Value(2.0)`" in check_engine(Value(2.0)).message
    with pytest.raises(ValueError, match="unknown operations"):
        check_engine(Value, operations=("sqrt",))


def test_an_init_that_forgets_the_inputs_is_named_not_a_derivative():
    """Walk 2, finding 6: with `_prev` left empty, backward() never reaches the
    node inside `a - b` = a + (-b), so b.grad stays 0. The message says why,
    instead of blaming subtraction's local derivative."""
    broken = make_value(("self._prev = set(_children)", "self._prev = ()"))
    message = check_engine(broken).message
    assert message.startswith("`a - b` with a = ") and "b.grad is 0.0000" in message
    assert "The result of `a - b` has an empty `_prev`" in message
    assert "In `__init__`, write `self._prev = tuple(_children)`." in message
    assert "local derivative" not in message


def test_an_operation_that_does_not_pass_its_inputs_is_named():
    broken = make_value(('out = Value(self.data * other.data, (self, other), "*")',
                         'out = Value(self.data * other.data, (), "*")'))
    message = check_engine(broken).message
    assert "has an empty `_prev`" in message and "`Value(..., (self, other), ...)`" in message
    assert "__init__" not in message and "local derivative" not in message


def test_a_closure_never_attached_is_named_not_the_derivative():
    """Last learner walk: `__mul__` written right but without `out._backward = _backward`
    left a.grad at 0 and was blamed on the local derivative."""
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
    """Walk 2, finding 26: check_engine("Value")."""
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

    message = check_engine(Empty).message
    assert message == "Value(0.0) has no `data`: `__init__` should set `self.data`." or \
        "has no `data`: `__init__` should set `self.data`" in message


def test_operation_groups_are_listed_in_order():
    assert OPERATION_GROUPS[:4] == ("+", "*", "radd", "rmul")
