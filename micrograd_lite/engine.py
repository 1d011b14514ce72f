"""The scalar autograd engine: one class, ``Value``.

Every operation does two things, side by side:

1. it computes its output value (the forward pass), and
2. it records its *local derivatives*: how much its output moves when each
   input moves a little.

``backward()`` then applies the chain rule: it walks the graph from the output
back to the inputs and adds ``local derivative * gradient from above`` into
each input's ``grad``.

Numbers follow IEEE arithmetic as PyTorch does: an overflow gives ``inf``
(never an exception), an operation outside its domain raises ``ValueError``
naming the operation and the value, and an input that is not a real number
raises ``TypeError`` naming its type.

Each node stores its inputs next to their local derivatives in slots of its
own (``_a`` with ``_da``, ``_b`` with ``_db``); ``_prev`` and ``_local_grads``
give them as tuples, as micrograd's ``_prev`` does.

This module needs the Python standard library only.
"""

import math
from numbers import Real

__all__ = ["Value"]

_INF = math.inf


def _as_float(x, where):
    """Turn a real number into a float; anything else is a TypeError."""
    if isinstance(x, Real) and not isinstance(x, Value):
        return float(x)
    raise TypeError(
        f"{where} needs a real number (int or float), got {type(x).__name__} {x!r}"
    )


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


class Value:
    """A scalar that remembers how it was computed, so it can be differentiated.

    >>> a = Value(2.0, label="a"); b = Value(-3.0, label="b")
    >>> L = a * b + 1
    >>> L.backward()
    >>> a.grad, b.grad
    (-3.0, 2.0)
    """

    # __slots__ keeps nodes small and attribute access fast: a graph of a
    # training step holds thousands of them. An operation of one or two inputs
    # keeps each input next to its local derivative (_a with _da, _b with _db)
    # instead of in two tuples: a node then takes about a fifth of the memory
    # of a micrograd node. An operation of many inputs (the fused neuron of
    # micrograd_lite.nn) keeps a tuple of inputs in _a and of local
    # derivatives in _da.
    __slots__ = ("data", "grad", "label", "_op", "_a", "_da", "_b", "_db")

    def __init__(self, data, label=""):
        self.data = _as_float(data, "Value()")
        self.grad = 0.0
        self.label = label
        self._op = ""  # the operation that made this node ("" for an input)
        self._a = self._b = None  # no inputs
        self._da = self._db = 0.0

    @property
    def _prev(self):
        """The inputs this node was computed from, a tuple (empty for an input)."""
        a = self._a
        if a is None or a.__class__ is tuple:
            return () if a is None else a
        return (a,) if self._b is None else (a, self._b)

    @property
    def _local_grads(self):
        """d(self)/d(input) for each input in ``_prev``, a tuple in the same order."""
        a = self._a
        if a is None or a.__class__ is tuple:
            return () if a is None else self._da
        return (self._da,) if self._b is None else (self._da, self._db)

    @staticmethod
    def _node(data, children, local_grads, op):
        """An operation's output node from any number of inputs.

        ``children`` and ``local_grads`` are tuples of the same length. The
        fused neuron in :mod:`micrograd_lite.nn` uses this.
        """
        n = len(children)
        if n != len(local_grads):
            raise ValueError("one local derivative per input is needed")
        if n > 2:  # many inputs: a tuple of them in _a, of their local derivatives in _da
            return _unary(data, op, tuple(children), tuple(local_grads))
        if n == 2:
            return _binary(data, op, children[0], local_grads[0], children[1], local_grads[1])
        if n == 1:
            return _unary(data, op, children[0], local_grads[0])
        return _unary(data, op, None, 0.0)  # no inputs: like an input itself

    def __repr__(self):
        label = f", label={self.label!r}" if self.label else ""
        return f"Value(data={self.data!r}, grad={self.grad!r}{label})"

    # ------------------------------------------------------------------
    # Arithmetic. Each operation: forward value, then its local derivatives.
    # A plain number takes part as a constant: it gets no node and no grad.
    # ------------------------------------------------------------------
    def __add__(self, other):
        if isinstance(other, Value):
            # d(a+b)/da = 1, d(a+b)/db = 1
            return _binary(self.data + other.data, "+", self, 1.0, other, 1.0)
        if isinstance(other, Real):
            return _unary(self.data + float(other), "+", self, 1.0)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, Value):
            # d(a*b)/da = b, d(a*b)/db = a
            return _binary(self.data * other.data, "*", self, other.data, other, self.data)
        if isinstance(other, Real):
            other = float(other)
            return _unary(self.data * other, "*", self, other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, Value):
            a, b = self.data, other.data
            # d(a/b)/da = 1/b, d(a/b)/db = -a/b^2
            return _binary(_divide(a, b), "/", self, _divide(1.0, b), other, -_divide(a, b * b))
        if isinstance(other, Real):
            b = float(other)
            return _unary(_divide(self.data, b), "/", self, _divide(1.0, b))
        return NotImplemented

    def __rtruediv__(self, other):  # number / Value
        if isinstance(other, Real):
            a, b = float(other), self.data
            # d(a/b)/db = -a/b^2
            return _unary(_divide(a, b), "/", self, -_divide(a, b * b))
        return NotImplemented

    def __pow__(self, other):
        if isinstance(other, Value):
            # a ** b with b a Value: d/da = b * a^(b-1), d/db = a^b * ln(a)
            a, b = self.data, other.data
            if a <= 0.0:
                raise ValueError(
                    f"pow: a Value exponent needs a positive base, got base {a!r}"
                )
            out = _power(a, b)
            return _binary(out, "**", self, b * _power(a, b - 1.0), other, out * math.log(a))
        if isinstance(other, Real):
            # a ** n with n a number: d/da = n * a^(n-1)
            n, a = float(other), self.data
            out = _power(a, n)
            local = 0.0 if n == 0.0 else n * _power(a, n - 1.0)
            return _unary(out, f"**{n:g}", self, local)
        return NotImplemented

    def __rpow__(self, other):  # number ** Value
        if isinstance(other, Real):
            base = float(other)
            if base <= 0.0:
                raise ValueError(
                    f"pow: a Value exponent needs a positive base, got base {base!r}"
                )
            out = _power(base, self.data)
            # d(c^x)/dx = c^x * ln(c)
            return _unary(out, "**", self, out * math.log(base))
        return NotImplemented

    def __neg__(self):
        return _unary(-self.data, "neg", self, -1.0)

    def __radd__(self, other):  # number + Value; also makes sum() work
        return self.__add__(other)

    def __rmul__(self, other):  # number * Value
        return self.__mul__(other)

    def __sub__(self, other):
        if isinstance(other, Value):
            # d(a-b)/da = 1, d(a-b)/db = -1
            return _binary(self.data - other.data, "-", self, 1.0, other, -1.0)
        if isinstance(other, Real):
            return _unary(self.data - float(other), "-", self, 1.0)
        return NotImplemented

    def __rsub__(self, other):  # number - Value
        if isinstance(other, Real):
            return _unary(float(other) - self.data, "-", self, -1.0)
        return NotImplemented

    # ------------------------------------------------------------------
    # Functions of one input.
    # ------------------------------------------------------------------
    def exp(self):
        try:
            out = math.exp(self.data)
        except OverflowError:
            out = _INF
        return _unary(out, "exp", self, out)  # d(e^x)/dx = e^x

    def log(self):
        x = self.data
        if x != x:  # nan in, nan out, as IEEE: a diverged run stays reportable
            return _unary(x, "log", self, x)
        if x <= 0.0:
            raise ValueError(f"log: defined for positive numbers only, got {x!r}")
        return _unary(math.log(x), "log", self, _divide(1.0, x))  # 1/x

    def tanh(self):
        t = math.tanh(self.data)  # exact and stable: tanh(+-1000) = +-1
        return _unary(t, "tanh", self, 1.0 - t * t)  # 1 - tanh^2

    def sigmoid(self):
        x = self.data
        # the stable form: exp of a large positive number is never taken
        if x >= 0.0:
            s = 1.0 / (1.0 + math.exp(-x))
        else:
            e = math.exp(x)
            s = e / (1.0 + e)
        return _unary(s, "sigmoid", self, s * (1.0 - s))  # s (1 - s)

    def relu(self):
        x = self.data
        if x > 0.0 or x != x:  # nan passes through, as in PyTorch
            return _unary(x, "ReLU", self, 1.0)
        return _unary(0.0, "ReLU", self, 0.0)

    # ------------------------------------------------------------------
    # Backpropagation: the chain rule, applied node by node.
    # ------------------------------------------------------------------
    def topological_order(self):
        """Every node this one depends on, inputs first and ``self`` last.

        Iterative depth-first search, so a chain of a million nodes needs no
        deep recursion.
        """
        order = []
        visited = set()
        stack = [(self, False)]
        while stack:
            node, children_done = stack.pop()
            if children_done:
                order.append(node)
                continue
            if node in visited:
                continue
            visited.add(node)
            stack.append((node, True))
            a = node._a
            if a is None:
                continue
            if a.__class__ is not tuple:  # one or two inputs
                a = (a,) if node._b is None else (a, node._b)
            for child in a:
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
            if node._a is not None:  # intermediate node: start from zero on every pass
                node.grad = 0.0
        if self._a is not None:
            self.grad = 1.0  # dL/dL = 1
        else:
            self.grad += 1.0
        for node in reversed(order):
            # the chain rule: each input gets (local derivative) * (gradient from above)
            upstream = node.grad
            a = node._a
            if a is None:  # an input: nothing to pass on
                continue
            if a.__class__ is tuple:  # many inputs
                for child, local in zip(a, node._da):
                    child.grad += local * upstream
                continue
            a.grad += node._da * upstream
            b = node._b
            if b is not None:
                b.grad += node._db * upstream


def _unary(data, op, a, da):
    """The output node of operation ``op`` on one input ``a``, with d(out)/d(a) = ``da``.

    (``a`` and ``da`` may also be tuples of many inputs and their local
    derivatives: see ``Value._node``.)
    """
    return _binary(data, op, a, da, None, 0.0)


def _binary(data, op, a, da, b, db):
    """The output node of operation ``op`` on inputs ``a`` and ``b``, with local
    derivatives d(out)/d(a) = ``da`` and d(out)/d(b) = ``db``."""
    out = _new_value(Value)
    out.data = data
    out.grad = 0.0
    out.label = ""
    out._op = op
    out._a = a
    out._da = da
    out._b = b
    out._db = db
    return out


_new_value = object.__new__  # makes a node without running Value.__init__'s checks
