"""What ``engine.Value`` does with numbers: the checks on its arguments, and IEEE arithmetic.

``engine.py`` keeps each operation to its value and its local derivatives. The
details that would crowd them live here:

- the checks: a bad argument is a clear error at once, a ``TypeError`` naming
  its type;
- IEEE arithmetic, as PyTorch does it: an overflow gives ``inf`` (never an
  exception), a division by zero gives ``+-inf`` (``nan`` for 0/0), and an
  operation outside its domain raises ``ValueError`` naming the operation and
  the value.

This module needs the Python standard library only.
"""

import math
from numbers import Real

__all__ = [
    "checks_for", "as_text", "NO_BACKWARD",
    "divide", "power", "power_of_positive", "exponential", "logarithm", "stable_sigmoid",
]


# ----------------------------------------------------------------------
# Checks: bad input is a clear error at once.
# ----------------------------------------------------------------------
def checks_for(value_class):
    """The argument checks of the engine's node class, ``Value``.

    They are made for the class because each one tells a Value from a plain
    number. Returns ``(as_float, as_children, operand, operation_arguments)``.
    """

    def as_float(x, where):
        """Turn a real number into a float; anything else is a TypeError."""
        if type(x) is float:  # the common cases first: the check against Real is slower
            return x
        if type(x) is int or isinstance(x, Real) and not isinstance(x, value_class):
            return float(x)
        hint = " (to use a Value's number, take its .data)" if isinstance(x, value_class) else ""
        raise TypeError(
            f"{where} needs a real number (int or float), got {type(x).__name__} {x!r}{hint}"
        )

    def as_children(children, where="Value()"):
        """The inputs of a node as a tuple of Values; anything else is a TypeError."""
        if isinstance(children, (tuple, list, set, frozenset)) and all(
            isinstance(child, value_class) for child in children
        ):
            return tuple(children)
        raise TypeError(
            f"{where}: _children must be a tuple of the Values it was computed from, "
            f"got {type(children).__name__} {children!r} (to name a Value, use label=...)"
        )

    def operand(x):
        """The number of the other operand: a Value's data, or a real number as a float.

        None for anything else, so that the operation returns NotImplemented.
        """
        if isinstance(x, value_class):
            return x.data
        if type(x) is float:  # the common constants first: the check against Real is slower
            return x
        if type(x) is int or isinstance(x, Real):
            return float(x)
        return None

    def operation_arguments(data, children, local_grads, op):
        """``Value.operation``'s arguments, checked: ``(data, children, local_grads, op)``."""
        children = as_children(children, "Value.operation()")
        local_grads = tuple(as_float(d, "a local derivative") for d in local_grads)
        if len(local_grads) != len(children):
            raise ValueError(
                f"Value.operation(): {len(children)} inputs need {len(children)} "
                f"local derivatives, got {len(local_grads)}"
            )
        return as_float(data, "Value.operation()"), children, local_grads, as_text(op, "op")

    return as_float, as_children, operand, operation_arguments


def as_text(text, name):
    """A node's ``_op`` or ``label``, which must be a str; anything else is a TypeError."""
    if isinstance(text, str):
        return text
    raise TypeError(f"Value(): {name} must be a str, got {type(text).__name__} {text!r}")


NO_BACKWARD = (
    "{0!r} was made by Value(data, _children, _op) without local derivatives: "
    "give it a _backward closure (out._backward = ...), as the lecture does, "
    "or make it with Value.operation(data, children, local_grads, op)"
)


# ----------------------------------------------------------------------
# IEEE arithmetic: inf on overflow, a clear ValueError outside the domain.
# ----------------------------------------------------------------------
_INF = math.inf


def divide(a, b):
    """a / b with IEEE results for b == 0: +-inf, or nan for 0/0."""
    if b == 0.0:
        if a == 0.0 or a != a:
            return math.nan
        return math.copysign(_INF, a) * math.copysign(1.0, b)
    return a / b


def _is_odd_integer(x):
    return math.isfinite(x) and x == int(x) and int(x) % 2 == 1


def power(base, exponent):
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


def power_of_positive(base, exponent):
    """base ** exponent where the exponent is a Value: its derivative needs ln(base)."""
    if base <= 0.0:
        raise ValueError(f"pow: a Value exponent needs a positive base, got base {base!r}")
    return power(base, exponent)


def exponential(x):
    """e ** x, inf on overflow."""
    try:
        return math.exp(x)
    except OverflowError:
        return _INF


def logarithm(x):
    """ln x for x > 0; nan passes through (nan in, nan out, so a diverged run stays reportable)."""
    if x <= 0.0:
        raise ValueError(f"log: defined for positive numbers only, got {x!r}")
    return math.log(x) if x == x else x


def stable_sigmoid(x):
    """1 / (1 + e ** -x) in the stable form: exp of a large positive number is never taken."""
    if x >= 0.0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)
