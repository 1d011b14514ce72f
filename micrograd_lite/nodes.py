"""Reading any Value-like node: its inputs, its label, a topological order.

The drawings, the backprop stepper and ``check_engine`` take the package's
Value, micrograd's, and the class a learner writes in lesson 06. All they ask
of a node is ``data``, ``grad``, ``_prev`` (its inputs: a tuple, a list or, as
in micrograd, a set) and ``_op``; ``label`` is optional. This module reads
such nodes; it needs the standard library only.

The walk here is the one for such foreign graphs: it knows nodes by ``id``, as
a learner's class may compare or hash its nodes by their data. The engine's
``Value.topological_order`` is the walk a learner reads for the package's own
nodes.
"""

import math

from .language import text
from .timing import SECONDS, TookTooLong, time_limit

__all__ = ["NODE_ATTRIBUTES", "is_node", "check_node", "inputs", "label_of", "op_of", "data_of",
           "depth_first", "reachable", "local_derivatives", "overwrites_grads",
           "ignores_its_grad", "changes_its_grad", "changes_data", "rule_derivatives",
           "off_the_rule", "rule_that_fits", "overwritten_inputs", "unscaled_inputs"]

NODE_ATTRIBUTES = ("data", "grad", "_prev", "_op")


def is_node(obj):
    """Whether ``obj`` has what a node needs: data, grad, _prev and _op."""
    return all(hasattr(obj, name) for name in NODE_ATTRIBUTES)


def check_node(obj, function):
    """A clear TypeError at once unless ``obj`` is node-like (see :func:`is_node`)."""
    missing = [name for name in NODE_ATTRIBUTES if not hasattr(obj, name)]
    if missing:
        hint = " (draw one Value, e.g. the loss)" if isinstance(obj, (list, tuple)) else ""
        raise TypeError(
            f"{function}() needs a Value (an object with data, grad, _prev and _op), got "
            f"{type(obj).__name__}{hint}; it has no {', '.join(missing)}"
        )


def inputs(node):
    """The inputs of ``node`` as a tuple, in a fixed order.

    ``_prev`` as a tuple or list keeps its order; a set (micrograd's) has none
    that lasts from run to run, so its inputs are sorted by what they show
    (label, operation, data): the same graph always gives the same drawing.
    """
    prev = node._prev
    if isinstance(prev, tuple):
        return prev
    if isinstance(prev, (set, frozenset)):
        return tuple(sorted(prev, key=lambda child: (label_of(child), op_of(child), data_of(child))))
    return tuple(prev)


def label_of(node):
    """A node's label, or "" if it has none (micrograd's Value has no labels)."""
    label = getattr(node, "label", "")
    return label if isinstance(label, str) else str(label)


def op_of(node):
    """The operation that made ``node``, as text ("" for an input)."""
    op = node._op
    return op if isinstance(op, str) else str(op)


def data_of(node):
    """``node.data`` as a float (nan if it is not a number)."""
    try:
        return float(node.data)
    except (TypeError, ValueError):
        return math.nan


def local_derivatives(node):
    """d node / d input for each of ``node``'s input slots, in :func:`inputs` order.

    From ``_local_grads`` where the node has them (the package's Value). Else
    (a ``_backward`` closure: micrograd's, the lecture's) measured: the closure
    runs once with ``node.grad = 1`` from input grads of 0, what it adds to each
    input is that input's local derivative, and every grad is put back after.
    A closure adds the slots of an input used twice (``a + a``) together: the
    sum is given on the input's first slot and ``None`` on the others.
    """
    children = inputs(node)
    given = getattr(node, "_local_grads", None)
    if given is not None:
        return tuple(float(g) for g in given)
    if not children:
        return ()
    added = _added_by_backward(node, start=0.0)
    first = {}
    for i, child in enumerate(children):
        first.setdefault(id(child), i)
    return tuple(added[id(c)] if first[id(c)] == i else None for i, c in enumerate(children))


def overwrites_grads(node):
    """Whether ``node``'s ``_backward`` closure sets its inputs' grads instead of
    adding onto them (``=`` for ``+=``): run from input grads of 0 and then of 1,
    it changes them by different amounts. Every grad is put back after. False for
    a node with ``_local_grads`` (the engine adds those itself) and for a leaf."""
    return bool(overwritten_inputs(node))


def overwritten_inputs(node):
    """The ids of the inputs whose grads ``node``'s closure sets instead of adding onto
    (see :func:`overwrites_grads`): one input's slip is not the other's."""
    if getattr(node, "_local_grads", None) is not None or not inputs(node):
        return set()
    from_zero, from_one = (_added_by_backward(node, start) for start in (0.0, 1.0))
    return {key for key in from_zero if _differ(from_zero[key], from_one[key])}


def ignores_its_grad(node):
    """Whether ``node``'s ``_backward`` closure adds what is not in proportion to
    ``node.grad`` (a missing ``* out.grad``, or ``+`` typed for ``*``): run with
    ``node.grad`` 1 and then 2, it does not add twice as much. False for a node with
    ``_local_grads``, a leaf, and a closure that adds nothing."""
    return bool(unscaled_inputs(node))


def unscaled_inputs(node):
    """The ids of the inputs to which ``node``'s closure adds what is not in proportion
    to ``node.grad`` (see :func:`ignores_its_grad`)."""
    if getattr(node, "_local_grads", None) is not None or not inputs(node):
        return set()
    once, twice = (_added_by_backward(node, 0.0, grad) for grad in (1.0, 2.0))
    return {key for key in once if _differ(2 * once[key], twice[key])}


def _differ(a, b):
    """Whether two measured amounts differ beyond rounding; never for a NaN or an
    infinity, which says nothing about what the closure does (a NaN from above, say)."""
    return (math.isfinite(a) and math.isfinite(b)
            and not math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12))


def changes_its_grad(node):
    """Whether ``node``'s ``_backward`` closure changes ``node.grad`` itself (``out.grad = 0``
    after passing it on, or ``out.grad = 1`` before): run with ``node.grad`` 1.75, it is
    not 1.75 after. Every grad is put back after. False for a node with ``_local_grads``
    and for a leaf."""
    if getattr(node, "_local_grads", None) is not None or not inputs(node):
        return False
    after = _run_backward(node, 0.0, 1.75)[1]
    return after != 1.75 and not math.isnan(after)


def changes_data(node):
    """Whether ``node``'s ``_backward`` closure changes the ``.data`` of a node (an update
    step mixed in): run once, every data and grad is put back after. False for a node
    with ``_local_grads`` and for a leaf."""
    if getattr(node, "_local_grads", None) is not None or not inputs(node):
        return False
    return _run_backward(node, 0.0, 1.0)[2]


def rule_derivatives(node, op=None):
    """d node / d input by the rule for ``node``'s operation (or for ``op``), for lesson
    06's operations (+, *, **k, tanh, exp, ReLU), laid out as :func:`local_derivatives`
    gives them (an input used twice: the sum on its first slot, None on the others); None
    for any other operation, inputs that do not fit it, or ReLU at 0 (its kink, where 0
    and 1 are both taken)."""
    op, children = op_of(node) if op is None else op, inputs(node)
    x, out = [data_of(c) for c in children], data_of(node)
    rules = {("+", 2): lambda: [1.0, 1.0], ("*", 2): lambda: [x[1], x[0]],
             ("tanh", 1): lambda: [1.0 - out ** 2], ("exp", 1): lambda: [out],
             ("relu", 1): lambda: [float(out > 0)] if x[0] != 0 else None}
    try:
        if op.startswith("**") and len(x) == 1:
            k = float(op[2:])
            rule = [k * x[0] ** (k - 1)]
        else:
            rule = rules[op.lower(), len(x)]()
    except (KeyError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if rule is None or not all(isinstance(r, float) for r in rule):  # a complex power of a negative number
        return None
    summed, first = {}, {}
    for i, (child, r) in enumerate(zip(children, rule)):
        summed[id(child)] = summed.get(id(child), 0.0) + r
        first.setdefault(id(child), i)
    return tuple(summed[id(c)] if first[id(c)] == i else None for i, c in enumerate(children))


def off_the_rule(node):
    """``[(slot, measured, rule)]`` for each input whose local derivative, measured from
    ``node``'s ``_backward`` closure, is not what the rule for its operation gives
    (``-=`` for ``+=`` in ``+``, ``self.data`` where ``other.data`` belongs in ``*``).
    Empty for a node with ``_local_grads``, a leaf, and an operation with no rule here."""
    if getattr(node, "_local_grads", None) is not None or not inputs(node):
        return []
    rules = rule_derivatives(node)
    if rules is None:
        return []
    return [(slot, measured, rule)
            for slot, (measured, rule) in enumerate(zip(local_derivatives(node), rules))
            if measured is not None and math.isfinite(measured) and math.isfinite(rule)
            and not math.isclose(measured, rule, rel_tol=1e-6, abs_tol=1e-9)]


def rule_that_fits(node):
    """The operation (+, *, tanh, exp, ReLU) whose rule the local derivatives measured
    from ``node``'s closure follow, when they do not follow its own ``_op``'s (a
    ``__mul__`` whose Value is named "+"), or None."""
    measured = local_derivatives(node)
    for op in ("+", "*", "tanh", "exp", "relu"):
        rule = rule_derivatives(node, op) if op != op_of(node).lower() else None
        if rule is not None and all(
                (m is None) == (r is None) and (m is None or math.isclose(m, r, rel_tol=1e-6, abs_tol=1e-9))
                for m, r in zip(measured, rule)):
            return "ReLU" if op == "relu" else op
    return None


# whether the node whose _backward raised, or did not end, has a label -> how the error names it
_RAISED_KEYS = {True: "nodes.backward_raised_labelled", False: "nodes.backward_raised"}
_TOO_LONG_KEYS = {True: "nodes.backward_too_long_labelled", False: "nodes.backward_too_long"}


def _added_by_backward(node, start, grad=1.0):
    """``{id(input): what node._backward() added to its grad}``, run once with
    ``node.grad = grad`` from input grads of ``start``; every grad and data is put back after."""
    return _run_backward(node, start, grad)[0]


def _run_backward(node, start, grad):
    """:func:`_added_by_backward`'s dictionary, ``node.grad`` after the call, and whether
    the call changed any node's ``.data``."""
    if not callable(getattr(node, "_backward", None)):
        raise TypeError("a node needs its local derivatives (_local_grads) or its _backward "
                        "function; this one has neither")
    distinct = list({id(c): c for c in inputs(node)}.values())
    # (a closure that also changes .data, an update step mixed in, is put back too)
    saved = [(n, n.grad, n.data) for n in distinct + [node]]
    try:
        for child in distinct:
            child.grad = start
        node.grad = grad
        label = getattr(node, "label", "") or ""
        try:
            with time_limit(SECONDS):  # a closure that never ends: a message, not a hang
                node._backward()
        except TookTooLong:
            raise RuntimeError(text(_TOO_LONG_KEYS[bool(label)], op=node._op, label=label,
                                    seconds=f"{SECONDS:g}")) from None
        except Exception as error:  # the learner's closure: say whose, above its traceback
            raise RuntimeError(text(_RAISED_KEYS[bool(label)], op=node._op, label=label,
                                    kind=type(error).__name__, error=error)) from error
        data_changed = any(n.data is not data and n.data != data for n, _, data in saved)
        return ({id(c): float(c.grad) - start for c in distinct}, float(node.grad),
                data_changed)
    finally:
        for n, grad, data in saved:
            n.grad, n.data = grad, data


def depth_first(root, first_input_first=True):
    """Every node ``root`` depends on, each after its inputs, ``root`` last.

    A depth-first walk, iterative (a chain of a million nodes is fine), that
    takes an operation's inputs in their order (``x1`` before ``w1``), or
    with ``first_input_first=False`` the last input first, as the engine's
    ``Value.topological_order`` does: reversed, that order visits the first
    input's branch first (``x1*w1`` before ``x2*w2``).
    """
    return [node for node, inputs_done in _walk(root, first_input_first) if inputs_done]


def reachable(root):
    """Every node ``root`` depends on, once each, ``root`` first, as the walk
    reaches it: lazily, so that a caller can stop as soon as it knows enough
    (a huge graph is not walked to its end)."""
    return (node for node, inputs_done in _walk(root, True) if not inputs_done)


def _walk(root, first_input_first):
    """The depth-first walk: ``(node, False)`` when it reaches a node, then
    ``(node, True)`` once all of that node's inputs are done."""
    seen = set()
    stack = [(root, False)]
    while stack:
        node, inputs_done = stack.pop()
        if inputs_done:
            yield node, True
        elif id(node) not in seen:
            seen.add(id(node))
            yield node, False
            stack.append((node, True))
            children = inputs(node)
            # a stack pops the last pushed first
            ordered = reversed(children) if first_input_first else children
            stack.extend((child, False) for child in ordered if id(child) not in seen)
