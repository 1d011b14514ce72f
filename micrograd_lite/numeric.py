"""Finite differences: derivatives measured by nudging the input, no calculus.

A derivative is the slope ``(f(x + h) - f(x)) / h`` for a very small ``h``.
This module computes that slope three ways and uses it to check the gradients
that ``Value.backward()`` computes:

* forward difference   ``(f(x + h) - f(x)) / h``         error shrinks like h
* backward difference  ``(f(x) - f(x - h)) / h``         error shrinks like h
* central difference   ``(f(x + h) - f(x - h)) / (2h)``  error shrinks like h**2

``h`` cannot be made arbitrarily small: below about 1e-8 the rounding error of
``f(x + h) - f(x)`` (about 1e-16 / h) takes over. ``h = 1e-6`` with central
differences is a good default for double precision.

A function here may return a plain number or a ``Value`` (its ``.data`` is used).
This module needs the standard library and the engine only.
"""

import math
from numbers import Real

from .engine import Value

__all__ = [
    "forward_difference",
    "backward_difference",
    "central_difference",
    "numeric_gradient",
    "check_gradients",
    "relative_error",
    "GradientCheck",
]


# ----------------------------------------------------------------------
# Checking the arguments: bad input gets a clear error, never a silent wrong answer.
# ----------------------------------------------------------------------
def _check_function(f, name="f"):
    if not callable(f):
        raise TypeError(f"{name} must be a function, got {type(f).__name__} {f!r}")


def _check_h(h):
    if isinstance(h, bool) or not isinstance(h, Real):
        raise TypeError(f"h must be a real number, got {type(h).__name__} {h!r}")
    h = float(h)
    if not math.isfinite(h) or h <= 0.0:
        raise ValueError(f"h must be a positive finite number, got {h!r}")
    return h


def _check_point(x, name="x"):
    if isinstance(x, Value):
        return x.data
    if isinstance(x, bool) or not isinstance(x, Real):
        raise TypeError(f"{name} must be a real number, got {type(x).__name__} {x!r}")
    return float(x)


def _returned_float(y):
    """What a function returned, as a float (a Value gives its data)."""
    if isinstance(y, Value):
        return y.data
    if isinstance(y, Real) and not isinstance(y, bool):
        return float(y)
    raise TypeError(
        f"the function must return a number or a Value, got {type(y).__name__} {y!r}"
    )


# ----------------------------------------------------------------------
# Functions of one number.
# ----------------------------------------------------------------------
def forward_difference(f, x, h=1e-3):
    """``(f(x + h) - f(x)) / h``: the slope just to the right of ``x``."""
    _check_function(f)
    x, h = _check_point(x), _check_h(h)
    return (_returned_float(f(x + h)) - _returned_float(f(x))) / h


def backward_difference(f, x, h=1e-3):
    """``(f(x) - f(x - h)) / h``: the slope just to the left of ``x``."""
    _check_function(f)
    x, h = _check_point(x), _check_h(h)
    return (_returned_float(f(x)) - _returned_float(f(x - h))) / h


def central_difference(f, x, h=1e-3):
    """``(f(x + h) - f(x - h)) / (2h)``: the slope across ``x``.

    The errors of the forward and backward differences cancel to first order,
    so this one is far more accurate for the same ``h``.
    """
    _check_function(f)
    x, h = _check_point(x), _check_h(h)
    return (_returned_float(f(x + h)) - _returned_float(f(x - h))) / (2.0 * h)


_METHODS = {
    "forward": forward_difference,
    "backward": backward_difference,
    "central": central_difference,
}


# ----------------------------------------------------------------------
# Functions of several numbers.
# ----------------------------------------------------------------------
def numeric_gradient(f, xs, h=1e-6, method="central"):
    """The partial derivatives of ``f`` at ``xs``, one finite difference each.

    ``f`` takes a list of floats (like ``xs``) and returns a number or a Value.
    The i-th partial nudges ``xs[i]`` alone and keeps the others fixed.
    """
    _check_function(f)
    h = _check_h(h)
    if method not in _METHODS:
        raise ValueError(f"method must be one of {sorted(_METHODS)}, got {method!r}")
    try:
        point = [_check_point(x, f"xs[{i}]") for i, x in enumerate(xs)]
    except TypeError as error:
        if "xs[" in str(error):
            raise
        raise TypeError(f"xs must be a list of numbers, got {type(xs).__name__}") from None
    difference = _METHODS[method]

    def partial(i):
        def along_i(xi):
            nudged = list(point)
            nudged[i] = xi
            return f(nudged)

        return difference(along_i, point[i], h)

    return [partial(i) for i in range(len(point))]


def relative_error(a, b):
    """``|a - b| / max(1, |a|, |b|)``: relative for large numbers, absolute near 0.

    Dividing by ``max(1, ...)`` keeps the measure meaningful when both numbers
    are (nearly) zero, where a plain relative error would divide by ~0.
    Equal numbers (including equal infinities) give 0; otherwise a nan or an
    infinity gives ``inf``.
    """
    if a == b:
        return 0.0
    if not (math.isfinite(a) and math.isfinite(b)):
        return math.inf
    return abs(a - b) / max(1.0, abs(a), abs(b))


class GradientCheck:
    """The result of :func:`check_gradients`.

    ``analytic``: the gradients from ``backward()``; ``numeric``: the central
    differences; ``errors``: :func:`relative_error` per input;
    ``max_rel_error``: the worst of them; ``ok``: whether it is within ``tol``.
    """

    def __init__(self, analytic, numeric, tol):
        self.analytic = analytic
        self.numeric = numeric
        self.tol = tol
        self.errors = [relative_error(a, n) for a, n in zip(analytic, numeric)]
        self.max_rel_error = max(self.errors, default=0.0)
        self.ok = self.max_rel_error <= tol

    def __bool__(self):
        return self.ok

    def __repr__(self):
        verdict = "ok" if self.ok else "MISMATCH"
        return (
            f"GradientCheck({verdict}: worst relative error {self.max_rel_error:.2e} "
            f"over {len(self.errors)} inputs, tolerance {self.tol:.0e})"
        )


def check_gradients(build, inputs, h=1e-6, tol=1e-4):
    """Compare a graph's ``backward()`` gradients with central differences.

    ``build(*values)`` must build the graph from its arguments and return the
    output ``Value``. It is called once with fresh ``Value`` leaves made from
    ``inputs`` (``backward()`` then gives the analytic gradients), and again
    for every input with that input nudged by ``+h`` and ``-h``.

    >>> check_gradients(lambda a, b: a * b + a.exp(), [2.0, -3.0]).ok
    True
    """
    _check_function(build, "build")
    h = _check_h(h)
    if isinstance(tol, bool) or not isinstance(tol, Real) or not tol >= 0.0:
        raise ValueError(f"tol must be a non-negative number, got {tol!r}")
    point = [_check_point(x, f"inputs[{i}]") for i, x in enumerate(inputs)]

    leaves = [Value(x) for x in point]
    root = build(*leaves)
    if not isinstance(root, Value):
        raise TypeError(f"build must return a Value, got {type(root).__name__} {root!r}")
    root.backward()
    analytic = [leaf.grad for leaf in leaves]

    numeric = numeric_gradient(
        lambda xs: build(*[Value(x) for x in xs]), point, h=h, method="central"
    )
    return GradientCheck(analytic, numeric, float(tol))
