"""The scalar autograd engine: one class, ``Value``. Each operation computes its value and
records its *local derivatives* (how much its output moves when each input moves a little);
``backward()`` chains them from the output back to the inputs. The argument checks and the
IEEE arithmetic (``inf`` on overflow, ``ValueError`` outside the domain) are in
``_engine_numbers.py``."""

import math

from ._engine_numbers import (NO_BACKWARD, as_text, checks_for, divide, exponential, logarithm,
                              power, power_of_positive, stable_sigmoid)

__all__ = ["Value"]


class Value:
    """A scalar that remembers how it was computed, so it can be differentiated.

    It speaks micrograd's and the lecture's language: ``Value(data, _children, _op,
    label)``, a ``_backward()`` on every node, a ``_backward`` closure set by hand.

    >>> a, b = Value(2.0, label="a"), Value(-3.0, label="b")
    >>> L = a * b + 1
    >>> L.backward()
    >>> a.grad, b.grad
    (-3.0, 2.0)
    """

    # __slots__ keeps nodes small and fast (a training step makes thousands); the
    # "__dict__" slot takes extra attributes (an optimizer's p.m = 0) when one is set.
    __slots__ = ("data", "grad", "label", "_op", "_prev", "_local_grads", "__dict__")

    def __init__(self, data, _children=(), _op="", label=""):
        self.data = _as_float(data, "Value()")
        self.grad = 0.0
        self._prev = _as_children(_children)
        # an input has no local derivatives; a node made the lecture's way brings a closure
        self._local_grads = () if not self._prev else None
        self._op = as_text(_op, "_op")
        self.label = as_text(label, "label")

    @staticmethod
    def operation(data, children, local_grads, op=""):
        """The output node of an operation, given its value and its local derivatives.

        ``local_grads``: d(output)/d(input) for each Value in ``children``, in order. To add one::

            def sin(x):
                return Value.operation(math.sin(x.data), (x,), (math.cos(x.data),), "sin")
        """
        return _result(*_operation_arguments(data, children, local_grads, op))

    def __repr__(self):
        label = f", label={self.label!r}" if self.label else ""
        return f"Value(data={self.data!r}, grad={self.grad!r}{label})"

    # --- Arithmetic. A plain number takes part as a constant: no node, no grad.
    def __add__(self, other):
        """a + b; local derivatives d/da = 1, d/db = 1."""
        if (b := _operand(other)) is None:
            return NotImplemented
        return _result(self.data + b, (self, other), (1.0, 1.0), "+")

    def __sub__(self, other):
        """a - b; local derivatives d/da = 1, d/db = -1."""
        if (b := _operand(other)) is None:
            return NotImplemented
        return _result(self.data - b, (self, other), (1.0, -1.0), "-")

    def __rsub__(self, other):
        """c - a for a number c; local derivative d/da = -1."""
        if (c := _operand(other)) is None:
            return NotImplemented
        return _result(c - self.data, (self,), (-1.0,), "-")

    def __mul__(self, other):
        """a * b; local derivatives d/da = b, d/db = a."""
        if (b := _operand(other)) is None:
            return NotImplemented
        return _result(self.data * b, (self, other), (b, self.data), "*")

    def __truediv__(self, other):
        """a / b; local derivatives d/da = 1/b, d/db = -a/b^2."""
        if (b := _operand(other)) is None:
            return NotImplemented
        a = self.data
        return _result(divide(a, b), (self, other), (divide(1.0, b), -divide(a, b * b)), "/")

    def __rtruediv__(self, other):
        """c / a for a number c; local derivative d/da = -c/a^2."""
        if (c := _operand(other)) is None:
            return NotImplemented
        a = self.data
        return _result(divide(c, a), (self,), (-divide(c, a * a),), "/")

    def __pow__(self, other):
        """a ** b; local derivatives d/da = b a^(b-1), d/db = a^b ln(a) (for a Value b)."""
        if (b := _operand(other)) is None:
            return NotImplemented
        a = self.data
        if isinstance(other, Value):
            out = power_of_positive(a, b)
            return _result(out, (self, other), (b * power(a, b - 1.0), out * math.log(a)), "**")
        out = power(a, b)  # first, so a domain error names the exponent given
        local = 0.0 if b == 0.0 else b * power(a, b - 1.0)
        return _result(out, (self,), (local,), f"**{b:g}")

    def __rpow__(self, other):
        """c ** a for a number c; local derivative d/da = c^a ln(c)."""
        if (c := _operand(other)) is None:
            return NotImplemented
        out = power_of_positive(c, self.data)
        return _result(out, (self,), (out * math.log(c),), "**")

    __radd__, __rmul__ = __add__, __mul__  # 3 + a, 3 * a, and sum()

    def __neg__(self):
        """-a; local derivative d/da = -1."""
        return _result(-self.data, (self,), (-1.0,), "neg")

    # --- Functions of one input x: the value, and its local derivative d/dx.
    def exp(self):
        """e^x; local derivative e^x, the value itself."""
        out = exponential(self.data)
        return _result(out, (self,), (out,), "exp")

    def log(self):
        """ln x, for x > 0; local derivative 1/x."""
        x = self.data
        return _result(logarithm(x), (self,), (divide(1.0, x),), "log")

    def tanh(self):
        """tanh x; local derivative 1 - tanh(x)^2."""
        t = math.tanh(self.data)  # exact and stable: tanh(+-1000) = +-1
        return _result(t, (self,), (1.0 - t * t,), "tanh")

    def sigmoid(self):
        """s(x) = 1 / (1 + e^-x); local derivative s(x) (1 - s(x))."""
        s = stable_sigmoid(self.data)
        return _result(s, (self,), (s * (1.0 - s),), "sigmoid")

    def relu(self):
        """max(0, x); local derivative 1 for x > 0, else 0."""
        x = self.data
        positive = x > 0.0 or x != x  # nan passes through, as in PyTorch
        return _result(x if positive else 0.0, (self,), (1.0 if positive else 0.0,), "ReLU")

    # --- Backpropagation: the chain rule, applied node by node.
    def _backward(self):
        """This node's step of the chain rule: pass its grad on to its inputs
        (``backward()`` calls it on every node; the lecture, by hand, node by node)."""
        if self._local_grads is None:
            raise TypeError(NO_BACKWARD.format(self))
        for child, local in zip(self._prev, self._local_grads):
            child.grad += local * self.grad  # the chain rule

    def topological_order(self):
        """Every node this one depends on, inputs first and ``self`` last (iteratively:
        a chain of a million nodes needs no recursion)."""
        order, visited = [], set()
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

        As in PyTorch, inputs (leaves) *accumulate* gradients across calls until you
        zero them; every intermediate node shows the gradient of this pass only.
        """
        order = self.topological_order()
        for node in order:
            if node._prev:  # an intermediate node: start from zero on every pass
                node.grad = 0.0
        self.grad = 1.0 if self._prev else self.grad + 1.0  # dL/dL = 1
        for node in reversed(order):  # from the output back to the inputs
            node._backward()


def _result(data, children, local_grads, op):
    """An operation's output node. A plain number last in ``children`` is a constant: left out."""
    if children and not isinstance(children[-1], Value):
        children, local_grads = children[:-1], local_grads[:-1]
    out = _new_value(Value)
    out.data, out.grad, out.label, out._op = data, 0.0, "", op
    out._prev, out._local_grads = children, local_grads
    return out


_new_value = object.__new__  # a node without Value.__init__'s checks, which cost time
# The argument checks tell a Value from a plain number, so they are made for the class.
_as_float, _as_children, _operand, _operation_arguments = checks_for(Value)
