"""The scalar autograd engine: one class, ``Value``.

Every operation does two things, side by side:

1. it computes its output value (the forward pass), and
2. it records its *local derivatives*: how much its output moves when each
   input moves a little.

The output node keeps its inputs in ``_prev`` and their local derivatives in
``_local_grads``, two tuples in the same order. ``backward()`` then applies the
chain rule: from the output back to the inputs, each node adds
``local derivative * its own grad`` into each input's ``grad``.

It speaks the language of karpathy/micrograd and of his lecture too:
``Value(data, _children, _op, label)``, and a ``_backward()`` on every node. An
operation can be added either way: give ``Value.operation`` its value and its
local derivatives, or make ``Value(data, (inputs...), op)`` and set its
``_backward`` closure, as the lecture does.

Numbers follow IEEE arithmetic as PyTorch does: an overflow gives ``inf``
(never an exception), an operation outside its domain raises ``ValueError``
naming the operation and the value, and an input that is not a real number
raises ``TypeError`` naming its type.

This module needs the Python standard library only.
"""

import math
from numbers import Real

__all__ = ["Value"]


class Value:
    """A scalar that remembers how it was computed, so it can be differentiated.

    >>> a = Value(2.0, label="a"); b = Value(-3.0, label="b")
    >>> L = a * b + 1
    >>> L.backward()
    >>> a.grad, b.grad
    (-3.0, 2.0)
    """

    # __slots__ keeps a node small and its attributes fast: a training step's
    # graph holds thousands of nodes. The "__dict__" slot lets code add
    # attributes of its own (an optimizer's p.m = 0); a node gets that
    # dictionary only when something is set on it.
    __slots__ = ("data", "grad", "label", "_op", "_prev", "_local_grads", "__dict__")

    def __init__(self, data, _children=(), _op="", label=""):
        self.data = _as_float(data, "Value()")
        self.grad = 0.0
        self._prev = _as_children(_children)
        # an input has no local derivatives; an operation made the lecture's way,
        # Value(data, (inputs...), op), brings its own _backward closure instead (None)
        self._local_grads = () if not self._prev else None
        self._op = _as_text(_op, "_op")
        self.label = _as_text(label, "label")

    @staticmethod
    def operation(data, children, local_grads, op=""):
        """The output node of an operation, given its value and its local derivatives.

        ``children`` are the input Values and ``local_grads`` d(output)/d(input)
        for each of them, in the same order. This is how to add an operation::

            def sin(x):
                return Value.operation(math.sin(x.data), (x,), (math.cos(x.data),), "sin")
        """
        children = _as_children(children, "Value.operation()")
        local_grads = tuple(_as_float(d, "a local derivative") for d in local_grads)
        if len(local_grads) != len(children):
            raise ValueError(
                f"Value.operation(): {len(children)} inputs need {len(children)} "
                f"local derivatives, got {len(local_grads)}"
            )
        return _result(_as_float(data, "Value.operation()"), children, local_grads,
                       _as_text(op, "op"))

    _node = operation  # the name it had before it was public, for code that uses it

    def __repr__(self):
        label = f", label={self.label!r}" if self.label else ""
        return f"Value(data={self.data!r}, grad={self.grad!r}{label})"

    # ------------------------------------------------------------------
    # Arithmetic. Each operation: its value and its local derivatives.
    # A plain number takes part as a constant: it gets no node and no grad.
    # ------------------------------------------------------------------
    def __add__(self, other):  # d(a+b)/da = 1, d(a+b)/db = 1
        b = _number(other)
        if b is None:
            return NotImplemented
        return _result(self.data + b, (self, other), (1.0, 1.0), "+")

    def __sub__(self, other):  # d(a-b)/da = 1, d(a-b)/db = -1
        b = _number(other)
        if b is None:
            return NotImplemented
        return _result(self.data - b, (self, other), (1.0, -1.0), "-")

    def __mul__(self, other):  # d(a*b)/da = b, d(a*b)/db = a
        b = _number(other)
        if b is None:
            return NotImplemented
        return _result(self.data * b, (self, other), (b, self.data), "*")

    def __truediv__(self, other):  # d(a/b)/da = 1/b, d(a/b)/db = -a/b^2
        b = _number(other)
        if b is None:
            return NotImplemented
        a = self.data
        return _result(_divide(a, b), (self, other), (_divide(1.0, b), -_divide(a, b * b)), "/")

    def __pow__(self, other):  # d(a^b)/da = b a^(b-1), d(a^b)/db = a^b ln(a)
        b = _number(other)
        if b is None:
            return NotImplemented
        a = self.data
        if isinstance(other, Value):
            out = _power_of_positive(a, b)
            return _result(out, (self, other), (b * _power(a, b - 1.0), out * math.log(a)), "**")
        local = 0.0 if b == 0.0 else b * _power(a, b - 1.0)
        return _result(_power(a, b), (self,), (local,), f"**{b:g}")

    def __neg__(self):  # d(-a)/da = -1
        return _result(-self.data, (self,), (-1.0,), "neg")

    # a number on the left: 3 + v, 3 - v, 3 * v, 3 / v, 3 ** v
    def __radd__(self, other):  # also makes sum() work
        return self.__add__(other)

    def __rmul__(self, other):
        return self.__mul__(other)

    def __rsub__(self, other):  # d(c-a)/da = -1
        c = _number(other)
        if c is None:
            return NotImplemented
        return _result(c - self.data, (self,), (-1.0,), "-")

    def __rtruediv__(self, other):  # d(c/a)/da = -c/a^2
        c = _number(other)
        if c is None:
            return NotImplemented
        a = self.data
        return _result(_divide(c, a), (self,), (-_divide(c, a * a),), "/")

    def __rpow__(self, other):  # d(c^a)/da = c^a ln(c)
        c = _number(other)
        if c is None:
            return NotImplemented
        out = _power_of_positive(c, self.data)
        return _result(out, (self,), (out * math.log(c),), "**")

    # ------------------------------------------------------------------
    # Functions of one input.
    # ------------------------------------------------------------------
    def exp(self):  # d(e^x)/dx = e^x
        out = _exp(self.data)
        return _result(out, (self,), (out,), "exp")

    def log(self):  # d(ln x)/dx = 1/x
        x = self.data
        if x <= 0.0:  # (nan passes: nan in, nan out, so a diverged run stays reportable)
            raise ValueError(f"log: defined for positive numbers only, got {x!r}")
        return _result(math.log(x) if x == x else x, (self,), (_divide(1.0, x),), "log")

    def tanh(self):  # d(tanh x)/dx = 1 - tanh(x)^2
        t = math.tanh(self.data)  # exact and stable: tanh(+-1000) = +-1
        return _result(t, (self,), (1.0 - t * t,), "tanh")

    def sigmoid(self):  # d(s(x))/dx = s(x) (1 - s(x))
        s = _sigmoid(self.data)
        return _result(s, (self,), (s * (1.0 - s),), "sigmoid")

    def relu(self):  # d(relu x)/dx = 1 for x > 0, else 0
        x = self.data
        positive = x > 0.0 or x != x  # nan passes through, as in PyTorch
        return _result(x if positive else 0.0, (self,), (1.0 if positive else 0.0,), "ReLU")

    # ------------------------------------------------------------------
    # Backpropagation: the chain rule, applied node by node.
    # ------------------------------------------------------------------
    def _backward(self):
        """This node's step of the backward pass: pass its grad on to its inputs.

        ``backward()`` calls it on every node, from the output back to the
        inputs; the lecture calls it by hand, node by node. A node made the
        lecture's way gets its own ``_backward`` closure instead.
        """
        if self._local_grads is None:
            raise TypeError(_NO_BACKWARD.format(self))
        for child, local in zip(self._prev, self._local_grads):
            child.grad += local * self.grad  # the chain rule

    def topological_order(self):
        """Every node this one depends on, inputs first and ``self`` last.

        Iterative depth-first search, so a chain of a million nodes needs no
        deep recursion.
        """
        order = []
        visited = set()
        stack = [(self, False)]  # (a node, whether its inputs are in the order already)
        while stack:
            node, inputs_done = stack.pop()
            if inputs_done:
                order.append(node)
            elif node not in visited:
                visited.add(node)
                stack.append((node, True))
                for child in node._prev:
                    if child not in visited:
                        stack.append((child, False))
        return order

    def backward(self):
        """Fill in ``grad`` of every node that ``self`` depends on.

        As in PyTorch, inputs (leaves) *accumulate* gradients across calls
        until you zero them; every intermediate node shows the gradient of
        this pass only.
        """
        order = self.topological_order()
        for node in order:
            if node._prev:  # an intermediate node: start from zero on every pass
                node.grad = 0.0
        self.grad = 1.0 if self._prev else self.grad + 1.0  # dL/dL = 1
        for node in reversed(order):  # from the output back to the inputs
            node._backward()


_NO_BACKWARD = (
    "{0!r} was made by Value(data, _children, _op) without local derivatives: "
    "give it a _backward closure (out._backward = ...), as the lecture does, "
    "or make it with Value.operation(data, children, local_grads, op)"
)


def _result(data, children, local_grads, op):
    """An operation's output node, without the checks of ``Value.operation``.

    A plain number among ``children`` is a constant: it and its local
    derivative are left out (only the last child can be one).
    """
    if children and not isinstance(children[-1], Value):
        children, local_grads = children[:-1], local_grads[:-1]
    out = _new_value(Value)
    out.data = data
    out.grad = 0.0
    out.label = ""
    out._op = op
    out._prev = children
    out._local_grads = local_grads
    return out


_new_value = object.__new__  # makes a node without running Value.__init__'s checks


# ----------------------------------------------------------------------
# Checks: bad input is a clear error at once.
# ----------------------------------------------------------------------
def _as_float(x, where):
    """Turn a real number into a float; anything else is a TypeError."""
    if isinstance(x, Real) and not isinstance(x, Value):
        return float(x)
    hint = " (to use a Value's number, take its .data)" if isinstance(x, Value) else ""
    raise TypeError(
        f"{where} needs a real number (int or float), got {type(x).__name__} {x!r}{hint}"
    )


def _as_children(children, where="Value()"):
    """The inputs of a node as a tuple of Values; anything else is a TypeError."""
    if isinstance(children, (tuple, list, set, frozenset)) and all(
        isinstance(child, Value) for child in children
    ):
        return tuple(children)
    raise TypeError(
        f"{where}: _children must be a tuple of the Values it was computed from, "
        f"got {type(children).__name__} {children!r} (to name a Value, use label=...)"
    )


def _as_text(text, name):
    if isinstance(text, str):
        return text
    raise TypeError(f"Value(): {name} must be a str, got {type(text).__name__} {text!r}")


def _number(x):
    """The number of a Value or of a real number; None for anything else."""
    if isinstance(x, Value):
        return x.data
    if isinstance(x, Real):
        return float(x)
    return None


# ----------------------------------------------------------------------
# IEEE arithmetic: inf on overflow, a clear ValueError outside the domain.
# ----------------------------------------------------------------------
_INF = math.inf


def _divide(a, b):
    """a / b with IEEE results for b == 0: +-inf, or nan for 0/0."""
    if b == 0.0:
        if a == 0.0 or a != a:
            return math.nan
        return math.copysign(_INF, a) * math.copysign(1.0, b)
    return a / b


def _is_odd_integer(x):
    return math.isfinite(x) and x == int(x) and int(x) % 2 == 1


def _power(base, exponent):
    """base ** exponent as a float, with IEEE overflow and a clear domain error."""
    if base < 0.0 and math.isfinite(exponent) and exponent != int(exponent):
        raise ValueError(
            f"pow: a negative base ({base!r}) to a fractional power ({exponent!r}) "
            "is not a real number"
        )
    if base == 0.0 and exponent < 0.0:
        # IEEE (and PyTorch): 0 ** -n is inf, keeping the sign of 0 for odd n
        return math.copysign(_INF, base) if _is_odd_integer(exponent) else _INF
    try:
        return math.pow(base, exponent)
    except OverflowError:
        return -_INF if (base < 0.0 and _is_odd_integer(exponent)) else _INF


def _power_of_positive(base, exponent):
    """base ** exponent where the exponent is a Value: its derivative needs ln(base)."""
    if base <= 0.0:
        raise ValueError(f"pow: a Value exponent needs a positive base, got base {base!r}")
    return _power(base, exponent)


def _exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        return _INF


def _sigmoid(x):
    """The stable form: exp of a large positive number is never taken."""
    if x >= 0.0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)
