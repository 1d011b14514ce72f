"""Running a learner's own code inside a check.

A check that calls a learner's function (their operation, their backward pass,
their network) must never end in a traceback out of the check: an exception
raised inside the learner's code becomes feedback that names the error and the
line of *their* code it came from. And it must never hang: a call that does not
finish within a few seconds (an endless loop, or work that grows exponentially
with the graph) is stopped and reported as such.
"""

import dis
import functools
import inspect
import math
import os
import re
import sys
import sysconfig
import time
import traceback
import types
import weakref

from .. import descent, engine, nn, numeric, train
from ..language import text
from ..timing import SECONDS, TookTooLong, time_limit
from .answers import listed
from .feedback import Feedback
from .printed import shows_first_lines

__all__ = ["call_learner_code", "where_in_learner_code", "describe_error", "time_limit",
           "TookTooLong", "SECONDS", "explanation_of", "CONTAINERS", "mutable_defaults",
           "too_long", "changed_on_repeat", "state_of", "state_changed", "watches_kept_state", "global_names", "names_used",
           "same_result", "counting_calls"]


_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def where_in_learner_code(error):
    """The innermost traceback frame of ``error`` outside this package, or ``None``.

    In a notebook that frame is in the learner's cell; its ``lineno`` counts
    from the cell's first line and ``line`` is the text of that line.
    """
    frames = traceback.extract_tb(error.__traceback__)
    outside = [f for f in frames if not _in_package_file(f.filename) and not _in_library(f.filename)]
    return outside[-1] if outside else None


def describe_error(error, doing):
    """What the learner's code raised while ``doing`` something, and where.

    ``doing`` is a phrase in the language in use: in English a gerund
    ("calling f(2)"), in Chinese a verb phrase without 在/时 ("调用 f(2)"). The
    error's own text is quoted as it is; in a language other than English an
    error the package recognises (the engine's, Python's commonest) is also
    explained in that language.
    """
    kind = type(error).__name__
    if str(error):
        message = text("learner_code.raised_with_message", kind=kind, error=error, doing=doing)
    else:
        message = text("learner_code.raised", kind=kind, doing=doing)
    message += explanation_of(error)
    frame = where_in_learner_code(error)
    if frame is not None:
        line = (frame.line or "").strip()
        lineno = frame.lineno
        if frame.name not in ("<module>", "<lambda>"):
            if line:
                message += text("learner_code.from_line_in_code", lineno=lineno,
                                name=frame.name, line=line)
            else:
                message += text("learner_code.from_line_in", lineno=lineno, name=frame.name)
        elif line:
            message += text("learner_code.from_line_code", lineno=lineno, line=line)
        else:
            message += text("learner_code.from_line", lineno=lineno)
    return message


# Errors recognised for certain, by their type and by their wording: the engine's
# own (micrograd_lite/_engine_numbers.py words them; the engine imports no text tables) and Python's
# commonest. The first pattern that matches explains the error; the engine's
# message gives the values (the type, the number), so an explanation needs none.
_EXPLAINED = (
    (TypeError, r"needs a real number \(int or float\), got .* \(to use a Value's number, "
                r"take its \.data\)$",
     lambda m: text("learner_code.explain.value_not_number")),
    (TypeError, r"needs a real number \(int or float\), got ",
     lambda m: text("learner_code.explain.not_a_number")),
    (TypeError, r"_children must be a tuple of the Values it was computed from",
     lambda m: text("learner_code.explain.children")),
    (TypeError, r"was made by Value\(data, _children, _op\) without local derivatives",
     lambda m: text("learner_code.explain.no_backward")),
    (ValueError, r"^math domain error$",
     lambda m: text("learner_code.explain.math_domain")),
    (ValueError, r"^log: defined for positive numbers only, got ",
     lambda m: text("learner_code.explain.log")),
    (ValueError, r"^pow: a negative base \(.*\) to a fractional power \(.*\) is not a real number$",
     lambda m: text("learner_code.explain.fractional_power")),
    (ValueError, r"^pow: a Value exponent needs a positive base, got base ",
     lambda m: text("learner_code.explain.value_exponent")),
    (ZeroDivisionError, r"cannot be raised to a negative power",
     lambda m: text("learner_code.explain.zero_negative_power")),
    (ZeroDivisionError, r"",
     lambda m: text("learner_code.explain.zero_division")),
    (AttributeError, r"^'(int|float)' object has no attribute '(data|grad|_prev|_backward)'",
     lambda m: text("learner_code.explain.number_not_value", kind=m.group(1),
                    attribute=m.group(2))),
    (TypeError, r"^must be real number, not (\w+)$",
     lambda m: text("learner_code.explain.math_on_value", kind=m.group(1))),
    (AttributeError, r"^'(int|float)' object has no attribute 'backward'",
     lambda m: text("learner_code.explain.number_backward", kind=m.group(1))),
    (TypeError, r"^unsupported operand type\(s\) for (\S+): '(?:int|float)' and '(Value)'$",
     lambda m, error: text(_NUMBER_FIRST_KEYS[_raised_in(error) == "_backward"],
                           op=m.group(1), kind=m.group(2),
                           method=_REFLECTED.get(m.group(1), "__r...__"),
                           own=_REFLECTED.get(m.group(1), "__r...__").replace("__r", "__", 1))),
    (TypeError, r"^unsupported operand type\(s\) for \^: ",
     lambda m: text("learner_code.explain.xor")),
    (TypeError, r"^unsupported operand type\(s\) for ",
     lambda m: text("learner_code.explain.unsupported")),
    (TypeError, r"^unhashable type: '(?!(?:list|dict|set|bytearray)')(\w+)'",  # a class's own
     lambda m: text("learner_code.explain.unhashable", kind=m.group(1))),
    (TypeError, r"^'\S+' not supported between instances of ",
     lambda m: text("learner_code.explain.not_comparable")),
    (IndexError, r"index out of range",
     lambda m: text("learner_code.explain.index")),
    (TypeError, r"^'method' object is not (?:reversible|iterable|subscriptable)",
     lambda m: text("learner_code.explain.method_not_called")),
    (TypeError, r"^\w+\(\) takes no arguments$",
     lambda m: text("learner_code.explain.no_init")),
    # `_backward = lambda: None` in the class body, where it is a method
    (TypeError, r"^[\w.<>]*\.<lambda>\(\) takes 0 positional arguments but 1 was given$",
     lambda m: text("learner_code.explain.lambda_in_class_body")),
    (TypeError, r"^'Value' object is not iterable$",
     lambda m: text("learner_code.explain.value_not_iterable")),
    (TypeError, r"^'NoneType' object is not callable$",
     lambda m: text("learner_code.explain.none_called")),
    (AttributeError, r"^'\w+' object has no attribute '\w+'",
     lambda m: text("learner_code.explain.no_attribute")),
    (NameError, r"^name '\w+' is not defined",
     lambda m: text("learner_code.explain.not_defined")),
    (TypeError, r"takes \d+ positional arguments? but \d+ (?:was|were) given"
                r"|missing \d+ required (?:positional|keyword-only) arguments?"
                r"|got an unexpected keyword argument",
     lambda m: text("learner_code.explain.arguments")),
    (ValueError, r"^(?:too many|not enough) values to unpack",
     lambda m: text("learner_code.explain.unpack")),
)


def explanation_of(error):
    """A sentence that explains ``error`` in the language in use, or ``""`` (always in
    English, whose error texts say it already; and for an error not recognised)."""
    if isinstance(error, RecursionError):
        return _explain_recursion(error)
    for kind, pattern, explain in _EXPLAINED:
        match = re.search(pattern, str(error)) if isinstance(error, kind) else None
        if match:
            return explain(match, error) if explain.__code__.co_argcount == 2 else explain(match)
    return ""


def _in_package_file(filename):
    return os.path.abspath(filename).startswith(_PACKAGE_DIR + os.sep)


# Where Python and the installed libraries live: a frame there (numpy's, a test tool's
# wrapper) is not the learner's line, even when the learner's code called into it.
_LIBRARY_DIRS = tuple(dict.fromkeys(os.path.abspath(sysconfig.get_paths()[key]) + os.sep
                                    for key in ("stdlib", "platstdlib", "purelib", "platlib")))


def _in_library(filename):
    return os.path.abspath(filename).startswith(_LIBRARY_DIRS)


def _raised_in(error):
    """The name of the function in which ``error`` was raised, or None."""
    frames = traceback.extract_tb(error.__traceback__)
    return frames[-1].name if frames else None


# A number first in an operation with a Value: the hint about a _backward only where
# the error was raised in one.
# the method Python calls for `number <op> Value`: the right operand's reflected one
_REFLECTED = {"+": "__radd__", "-": "__rsub__", "*": "__rmul__", "/": "__rtruediv__",
              "**": "__rpow__"}
_NUMBER_FIRST_KEYS = {True: "learner_code.explain.number_first_in_backward",
                      False: "learner_code.explain.number_first"}


# The methods of Python's operators: one that uses its own operator inside (other * self
# in __rmul__) calls itself again.
# Each operator's methods and the operator that calls them.
_OPERATOR_METHODS = {f"__{r}{name}__": symbol
                     for name, symbol in (("add", "+"), ("sub", "-"), ("mul", "*"),
                                          ("truediv", "/"), ("pow", "**"))
                     for r in ("", "r")} | {"__neg__": "-"}


# a reflected method (number op Value) -> a body that does not call it again
_REFLECTED_FIXES = {"__radd__": "return self + other", "__rmul__": "return self * other",
                    "__rsub__": "return type(self)(other) - self",
                    "__rtruediv__": "return type(self)(other) / self",
                    "__rpow__": "return type(self)(other) ** self"}


def _explain_recursion(error):
    """What a RecursionError says: the function that called itself most often in the
    traceback, and the hint for an operator's method only when it is one."""
    frames = traceback.extract_tb(error.__traceback__)
    # the learner's frames: a check's own wrapper (which records each call) is not theirs
    names = [frame.name for frame in frames if not _in_package_file(frame.filename)] or \
        [frame.name for frame in frames]
    if not names:
        return text("learner_code.explain.recursion_unknown", limit=sys.getrecursionlimit())
    name = max(set(names), key=names.count)
    if name in _REFLECTED_FIXES:  # number + Value: `other + self` asks the number again
        return text("learner_code.explain.recursion_reflected", name=name,
                    operator=_OPERATOR_METHODS[name], fix=_REFLECTED_FIXES[name])
    if name in _OPERATOR_METHODS:
        return text("learner_code.explain.recursion_operator", name=name,
                    operator=_OPERATOR_METHODS[name])
    return text("learner_code.explain.recursion", name=name,
                limit=sys.getrecursionlimit())


#: the containers a learner's code may keep from one call to the next, written empty
CONTAINERS = {list: "[]", set: "set()", dict: "{}"}


def mutable_defaults(function):
    """``(name, value)`` of each default argument of ``function`` that is a list,
    set or dict: made once, when ``def`` runs, and shared by every call."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):  # not a function whose signature can be read
        return []
    return [(p.name, p.default) for p in parameters if type(p.default) in CONTAINERS]


def changed_on_repeat(trials):
    """The first ``(arguments, earlier, later, call)`` in ``trials`` (pairs of
    arguments and what the learner's code gave for them, in the order of the
    calls) where arguments given before gave another result at ``call`` (counted
    from 1): code that computes only from its arguments cannot do that, so it
    keeps something from one call to the next. ``None`` if every repeat agreed."""
    first = {}
    for call, (arguments, result) in enumerate(trials, 1):
        if arguments in first and not same_result(first[arguments], result):
            return arguments, first[arguments], result, call
        first.setdefault(arguments, result)
    return None


def state_of(code):
    """What the learner's ``code`` (a function, a method or a class) could keep from one
    call to the next, or change outside itself, as ``{place: fingerprint}``: the class's
    data attributes; for each of its functions the mutable default arguments, the
    variables of enclosing functions, its own attributes and every global its code reads
    or writes (a number, a container, a notebook's Value, an iterator, which name each
    function or class it holds), with the data attributes of a class of the learner's
    and, one level down, the same of a function of the learner's it calls. Compare two
    with :func:`state_changed`. An object of the learner's with ``__call__``: its class's,
    and the object's own data attributes (``object Step.calls``)."""
    if _learners_callable(code):
        found = state_of(type(code))
        found.update({f"object {type(code).__name__}.{name}": _fingerprint(value)
                      for name, value in vars(code).items() if _is_data(value)})
        return found
    found = {}
    functions = [code]
    if isinstance(code, type):
        functions = [value for value in vars(code).values()
                     if isinstance(getattr(value, "__func__", value), types.FunctionType)]
        found.update(_class_data(code))
    seen = set()
    while functions:
        function = functions.pop()
        function = getattr(function, "__func__", function)  # a method: its function
        if not isinstance(function, types.FunctionType) or id(function) in seen:
            continue
        seen.add(id(function))
        for name, value in mutable_defaults(function):
            found[f"default {name}"] = _fingerprint(value)
        for name, cell in zip(function.__code__.co_freevars, function.__closure__ or ()):
            try:
                value = cell.cell_contents
            except ValueError:  # a cell not filled yet
                continue
            if _is_data(value):
                found[f"enclosing {name}"] = _fingerprint(value)
            elif isinstance(value, type) and not _in_package_object(value):
                found.update(_class_data(value))  # a class of the learner's, as for a global
            elif isinstance(value, types.FunctionType) and len(seen) < 20:
                functions.append(value)  # a function of the learner's it calls, as for a global
        for name, value in vars(function).items():
            if _is_data(value):
                found[f"{function.__name__}.{name}"] = _fingerprint(value)
        for name in sorted(global_names(function.__code__)):
            if name not in function.__globals__:
                continue  # a builtin, or a global the code only makes
            value = function.__globals__[name]
            if isinstance(value, types.ModuleType) or _package_code(value):
                continue  # (a Value of the package's, made in the notebook, is state)
            found[f"global {name}"] = _fingerprint(value)
            if isinstance(value, type):
                found.update(_class_data(value))
            elif _learners_object(value):  # an object of the learner's: what it holds
                found.update({f"global {name}.{attribute}": _fingerprint(held)
                              for attribute, held in vars(value).items() if _is_data(held)})
            elif isinstance(value, types.FunctionType) and len(seen) < 20:
                functions.append(value)  # a helper of the learner's, looked into too
    return found


def _class_data(cls):
    """The data attributes of ``cls``: numbers, containers, None and objects such as a
    Value kept there (not its methods, properties or classes)."""
    return {f"{cls.__name__}.{name}": _fingerprint(value) for name, value in vars(cls).items()
            if not name.startswith("__") and (_is_data(value) or not (
                callable(value) or hasattr(value, "__get__") or isinstance(value, type)))}


def _package_code(value):
    """Whether ``value`` is a function or a class of the package (not an object made
    from one, such as a Value)."""
    return isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)) and _in_package_object(value)


def _in_package_object(value):
    return (getattr(value, "__module__", None) or "").startswith("micrograd_lite")


def state_changed(before, after):
    """The places of :func:`state_of` made or changed between ``before`` and ``after``,
    as a message names them (`` `order` (a global)``)."""
    return [_place_named(place) for place, now in after.items() if before.get(place) != now]


def _place_named(place):
    kind, _, name = place.partition(" ")
    if not name:  # Class.attribute or function.attribute
        return text("learner_code.place_attribute", name=place)
    if kind == "global" and "." in name:  # (`fix.k`: the data of a global object of the learner's)
        return text("learner_code.place_global_attribute", name=name)
    if kind == "object":  # (the data of the object with __call__ the check was given)
        cls, _, attribute = name.partition(".")
        return text("learner_code.place_object", name=attribute, cls=cls)
    return text(_PLACE_KEYS[kind], name=name)


_PLACE_KEYS = {"default": "learner_code.place_default", "enclosing": "learner_code.place_enclosing",
               "global": "learner_code.place_global"}


def global_names(code):
    """The global names ``code`` (and the functions defined inside it) reads or writes;
    not the attribute names (``self.order``) that ``co_names`` also holds."""
    names = {i.argval for i in dis.get_instructions(code) if i.opname in _GLOBAL_OPS}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= global_names(const)
    return names


_GLOBAL_OPS = {"LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME"}


def names_used(code):
    """The global names and the attribute names that ``code`` and the
    functions defined inside it read, each in order of first use."""
    global_names, attribute_names = {}, {}
    for instruction in dis.get_instructions(code):
        if instruction.opname in ("LOAD_GLOBAL", "LOAD_NAME"):
            global_names[instruction.argval] = None
        elif instruction.opname in ("LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR"):
            attribute_names[instruction.argval] = None
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            inner_globals, inner_attributes = names_used(constant)
            global_names.update(dict.fromkeys(inner_globals))
            attribute_names.update(dict.fromkeys(inner_attributes))
    return list(global_names), list(attribute_names)


def _is_data(value):
    return isinstance(value, (int, float, str, bytes, tuple, list, dict, set))


def _fingerprint(value):
    """Enough of ``value`` to tell that it changed: its type, its size (a container's)
    and the start of its repr (NaN then equals itself); a function or class by which
    one it is (a global rebound to another shows)."""
    if isinstance(value, (type, types.FunctionType)):
        return type(value).__name__, None, f"{value.__qualname__} {id(value)}"
    try:
        shown = repr(value)[:2000]
        size = len(value) if isinstance(value, (list, tuple, dict, set, str)) else None
    except Exception:  # a learner's object whose repr or len raises
        shown, size = "", None
    return type(value).__name__, size, shown


def state_note(code, before):
    """A note for right results from ``code`` that changed its state (:func:`state_of`,
    taken as ``before`` when the check began) while the check called it, else "".
    Logging or counting calls is fine, so right results pass; the note names the state,
    which a counter that goes wrong only after more calls than the check makes keeps.
    A class may count its objects (for their names, say): for a class a number that
    changed is named only where a method other than __init__ uses it (a counter that
    an operation reads), a list, set or dict always."""
    after = state_of(code)
    if isinstance(code, type):
        outside_init = _attributes_used_outside_init(code)
        after = {place: now for place, now in after.items()
                 if now[0] in ("list", "set", "dict") or place.rpartition(".")[2] in outside_init}
    changed = state_changed(before, after)
    if not changed:
        return ""
    return text(_STATE_NOTE_KEYS[isinstance(code, type)], places=listed(changed))


def _attributes_used_outside_init(cls):
    """The attribute names that the methods of ``cls`` other than __init__ (and the
    functions defined inside them, a ``_backward``) read or write."""
    used = set()
    for name, value in vars(cls).items():
        function = getattr(value, "__func__", value)
        if name != "__init__" and isinstance(function, types.FunctionType):
            used.update(names_used(function.__code__)[1])
    return used


#: How long one check may take in all: right code passes any check within a few seconds.
CHECK_SECONDS = 20 * SECONDS


# whether the learner's code is a class -> the note on state it changed
_STATE_NOTE_KEYS = {True: "learner_code.state_note_class", False: "learner_code.state_note"}


def watches_kept_state(check):
    """``check`` (of one function or class the learner wrote), also telling what the
    learner's code changed outside itself while the check called it: beside right
    results as a note (logging and counting are fine), beside a wrong one as a
    likely cause. What code run before it changed in the package is put back first, and
    said."""
    def checked(*codes, **kwargs):
        earlier = _put_back(_PACKAGE_AS_IMPORTED)  # (by a cell of the session, not by this check)
        try:
            with time_limit(CHECK_SECONDS):  # (each call of the learner's code has its own too)
                verdict = watched_run(*codes, **kwargs)
        except TookTooLong:
            _put_back(_PACKAGE_AS_IMPORTED)
            return Feedback(False, text("learner_code.check_too_long", seconds=f"{CHECK_SECONDS:g}"))
        if not earlier:
            return verdict
        return Feedback(verdict.correct, verdict.message + text(
            "learner_code.changed_package_before", names=_changes_named(earlier)))

    def watched_run(*codes, **kwargs):
        # every class or function given (check_mlp takes a Layer and an MLP), and the class
        # of an object of the learner's that is called (an object with __call__)
        watched = [c for c in codes
                   if isinstance(c, (type, types.FunctionType)) or _learners_callable(c)] or codes[:1]
        before = [(code, state_of(code)) for code in watched]
        held, bases = _package_methods(), _bases_held(watched)
        try:
            verdict = check(*codes, **kwargs)
        except Exception:  # the check's own reference ran what the learner's code replaced
            changed = _put_back(held) + _put_back(bases, methods_only=True)
            if not changed:
                raise
        else:
            changed = _put_back(held) + _put_back(bases, methods_only=True)
        if changed:  # certain, and it would change the lesson's other cells too
            return _changed_outside(changed)
        if verdict:  # (a check that calls another says each note once)
            notes = [note for note in dict.fromkeys(state_note(c, b) for c, b in before)
                     if note and note not in verdict.message]
            kept = any(state_changed(b, state_of(c)) for c, b in before)  # (notes leave some out)
            if kept and not _RERUNNING:  # code that keeps something: does it stay right?
                failed = _run_again(check, codes, kwargs)
                if failed is not None:
                    run, message = failed
                    changed = [place for c, b in before for place in state_changed(b, state_of(c))]
                    counts = text("learner_code.rerun_counts") if re.search(
                        r"\bcall \d|\d+ (?:other )?calls?\b|\d+ 次", message) else ""
                    return Feedback(False, text("learner_code.passed_then_failed", run=run,
                                                counts=counts,
                                                message=message, places=listed(dict.fromkeys(changed))))
            return Feedback(True, verdict.message + "".join(notes)) if notes else verdict
        changed = [_place_named(place) for code, b in before for place in _changed_places(code, b)]
        changed = [place for place in dict.fromkeys(changed)  # (`Net.layers` or `layers`)
                   if not any(_names(verdict.message, name) for name in
                              {place.split("`")[1], place.split("`")[1].rsplit(".", 1)[-1]})]
        if changed:  # certain, and a likely cause of what went wrong
            return Feedback(False, verdict.message + text("learner_code.state_also",
                                                          places=listed(changed)))
        return verdict
    return shows_first_lines(functools.wraps(check)(checked))


# the package's classes a learner's code may reach (a descend on its Values, a step on a
# package network): none of them may be changed by the code a check calls
_PACKAGE_CLASSES = (engine.Value, nn.Module, nn.Neuron, nn.Layer, nn.MLP, train.SGD)


# and the modules whose names a learner's code may reach (`micrograd_lite.train.SGD`)
_PACKAGE_MODULES = (sys.modules[__name__.split(".")[0]], engine, nn, numeric, train, descent)

# and Python's modules the package computes with (its sigmoid calls math.exp): a learner's
# code that changes them changes the package's answers, which a check compares with
_LIBRARY_MODULES = (math,)


def _package_methods():
    """What each class of ``_PACKAGE_CLASSES`` and each module of ``_PACKAGE_MODULES`` and
    ``_LIBRARY_MODULES`` holds now, name by name."""
    return {owner: dict(vars(owner))
            for owner in (*_PACKAGE_CLASSES, *_PACKAGE_MODULES, *_LIBRARY_MODULES)}


def _is_method(value):
    """Whether ``value``, held by a class, is something its objects call."""
    return callable(value) or isinstance(value, (staticmethod, classmethod, property))


def _bases_held(watched):
    """What each class the learner's classes in ``watched`` build on holds now, name by
    name: the lesson's own classes (lesson 02's TinyValue), not Python's or the package's."""
    classes = [code if isinstance(code, type) else type(code) for code in watched
               if isinstance(code, type) or _learners_callable(code)]
    return {base: dict(vars(base)) for cls in classes for base in cls.__mro__[1:]
            if base.__module__ != "builtins" and not _in_package_object(base)}


# whether the attribute is new -> how it is named
_PACKAGE_CHANGE_KEYS = {False: "learner_code.package.replaced", True: "learner_code.package.added"}


def _changes_named(changed):
    """``changed``, what :func:`_put_back` put back, as a message lists it."""
    return listed([text(_PACKAGE_CHANGE_KEYS[added], name=name) for _, name, added in changed])


def _changed_outside(changed):
    """The Feedback for ``changed``, what :func:`_put_back` put back: the package's, or
    only the classes the learner's class builds on."""
    names = _changes_named(changed)
    owners = list(dict.fromkeys(owner for owner, _, _ in changed))
    if any(owner in _PACKAGE_MODULES or _in_package_object(owner) for owner in owners):
        return Feedback(False, text("learner_code.changed_package", names=names))
    if any(owner in _LIBRARY_MODULES for owner in owners):
        return Feedback(False, text("learner_code.changed_library", names=names,
                                    modules=listed([f"`{owner.__name__}`" for owner in owners])))
    return Feedback(False, text("learner_code.changed_base", names=names,
                                classes=listed([f"`{owner.__name__}`" for owner in owners])))


# what they hold as the package made them (a check puts back what code run before changed)
_PACKAGE_AS_IMPORTED = _package_methods()

# what Python itself adds to a class (copy.copy() and pickle keep __slotnames__ on it)
_SET_BY_PYTHON = {"__slotnames__"}


def _put_back(before, methods_only=False):
    """The attributes of the classes and names of the modules in ``before`` that changed
    since, as (the class or module, the name, such as `` `Value.__sub__` ``, whether it is
    new), each put back as it was (a new one removed; a module's new names are Python's
    own and stay). ``methods_only``: attributes that are not methods, before and after
    (a counter), are left as they are: keeping count is the learner's choice."""
    replaced = []
    for owner, held in before.items():
        now, module = dict(vars(owner)), isinstance(owner, types.ModuleType)
        for name in sorted(set(held) | set(now)):
            if name in _SET_BY_PYTHON or (name in held and name in now and now[name] is held[name]):
                continue
            if module and (name not in held or name.startswith("__")):
                continue  # (a submodule imported, a warnings registry: Python's own)
            if methods_only and not (_is_method(held.get(name)) or _is_method(now.get(name))):
                continue
            inherited = not module and any(name in vars(base) for base in owner.__mro__[1:])
            replaced.append((owner, f"`{owner.__name__}.{name}`", name not in held and not inherited))
            if name in held:
                setattr(owner, name, held[name])
            else:
                delattr(owner, name)
    return replaced


def _learners_callable(value):
    """Whether ``value`` is an object of a class of the learner's that can be called."""
    return callable(value) and _learners_object(value)


def _learners_object(value):
    """Whether ``value`` is an object of a class of the learner's (not a function, a class,
    a module, or an object of Python's or the package's)."""
    cls = type(value)
    return hasattr(value, "__dict__") and cls.__module__ != "builtins" and not isinstance(
        value, (type, types.FunctionType, types.MethodType, types.ModuleType, functools.partial)) \
        and not _in_package_object(cls)


def _what_went_wrong(message):
    """The first sentence of ``message``: what a check saw, without what it took for the
    cause. A first sentence that says what went right ("Your first optimizer steps right on
    two parameters.") or what the check did ("The check set every parameter of your
    Layer(3, 1) ..., then called it on [0.5, -1.5, 2.0].") says nothing of the result: the
    sentences up to the first that says what something should be, at most three, else up to
    the first with a number."""
    sentences = []  # (a sentence, the space after it)
    while len(sentences) < 3:
        ends = [end for end in (re.search(r"(?<=[.!?])\s+(?=[A-Z`(])", message),
                                re.search(r"(?<=。)(?![）”」])", message)) if end is not None]
        if not ends:
            sentences.append((message, ""))
            break
        end = min(ends, key=lambda found: found.start())
        sentences.append((message[:end.start()], " " if end.group() else ""))
        message = message[end.end():]
    marked = [k for k, (sentence, _) in enumerate(sentences) if re.search(_SHOULD, sentence)]
    numbered = [k for k, (sentence, _) in enumerate(sentences) if re.search(r"\d", sentence)]
    last = (marked or numbered or [len(sentences) - 1])[0]
    return "".join(sentence + gap for sentence, gap in sentences[:last + 1]).rstrip()


_SHOULD = r"\bshould\b|应该|应为"  # a sentence that says what a result should be


# a check that passed on code that changed its state is run again, at most this many times
# and for this many seconds in all: a counter that switches after some calls shows
_RERUNS_ON_PASS = 20
_RERUN_SECONDS = 3.0
_RERUNNING = False  # True while a check runs again (a check it calls runs once)


def _run_again(check, codes, kwargs):
    """``(run, message)`` of the first run of ``check`` again (the second run is 2) that
    fails, else None."""
    global _RERUNNING
    _RERUNNING = True
    started = time.perf_counter()
    try:
        for run in range(2, _RERUNS_ON_PASS + 2):
            verdict = check(*codes, **kwargs)
            if not verdict:  # what went wrong, without the causes the check gave for it:
                return run, _what_went_wrong(verdict.message)  # the state is the cause
            if time.perf_counter() - started > _RERUN_SECONDS:
                return None
    finally:
        _RERUNNING = False
    return None


def _changed_places(code, before):
    """The places of :func:`state_of` that ``code`` changed since ``before``, and those it
    changed in an earlier check of the same code (a list emptied and filled again ends
    as it was when the check runs a second time), so a check run again says the same."""
    after = state_of(code)
    changed = [place for place, now in after.items() if before.get(place) != now]
    try:
        earlier = _CHANGED_BEFORE.setdefault(code, [])
    except TypeError:  # an object that takes no weak reference
        return changed
    earlier.extend(place for place in changed if place not in earlier)
    return [place for place in earlier if place in after]


_CHANGED_BEFORE = weakref.WeakKeyDictionary()  # code -> the places its checks saw change


def _names(message, name):
    """Whether ``message`` already names the place ``name`` as code: in backquotes
    (`` `memo` ``, `` `memo={}` ``) or made anew (``memo = {}``). A name that only occurs
    inside other words or formulas (``dh`` in "dh/dz", ``lo`` in "look"), or in a line of
    code quoted (`` `_v[i] = 0` ``), is not named."""
    name = re.escape(name)
    empty = "|".join(re.escape(e) for e in CONTAINERS.values())
    return re.search(rf"`{name}(?:`| ?=)|(?<![\w.]){name} ?= ?(?:{empty})", message) is not None


def same_result(a, b):
    """Equal, with NaN equal to itself (a repeat that gives NaN again agrees)."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same_result(x, y) for x, y in zip(a, b))
    return a == b or (a != a and b != b)


# where the answers of a typed exercise come from when they are no learner's own object
_KNOWN_MODULES = {"builtins", "numpy", "decimal", "fractions", "micrograd_lite"}


def reads_answer_in_time(check):
    """``check(answer)``, under the time limit when ``answer`` is of the learner's own
    class, whose ``.data``, comparisons or ``repr`` the check runs: one that never
    ends gets a message, not a cell that never finishes."""
    @functools.wraps(check)
    def checked(answer, *args, **kwargs):
        if type(answer).__module__.split(".")[0] in _KNOWN_MODULES:
            return check(answer, *args, **kwargs)
        result, error = call_learner_code(check, answer, *args,
                                          doing=text("learner_code.doing.read_answer"), **kwargs)
        return result if error is None else error
    return checked


def counting_calls(function):
    """``(counted, calls)``: ``counted`` calls ``function`` and appends to the list ``calls``
    at each call, so a message can say how many calls came between two of them."""
    calls = []

    def counted(*args, **kwargs):
        calls.append(None)
        return function(*args, **kwargs)
    return counted, calls


def call_learner_code(function, *args, doing, seconds=SECONDS, walks_graph=False, **kwargs):
    """``function(*args, **kwargs)`` as ``(result, None)``, or ``(None, Feedback)``
    when it raises or runs longer than ``seconds``: the feedback says what was
    raised while ``doing`` what, and on which line of the learner's code, or that
    the call did not finish (with, when ``function`` walks a graph, the other
    likely cause: a walk that visits a node again on every path to it)."""
    started = time.monotonic()
    try:
        with time_limit(seconds):
            return function(*args, **kwargs), None
    except TookTooLong:
        if time.monotonic() - started < seconds:  # a limit around the whole check: its own
            raise
        return None, Feedback(False, too_long(doing, seconds, walks_graph))
    except Exception as error:  # the learner's bug is the check's answer, not a crash
        return None, Feedback(False, describe_error(error, doing))


def too_long(doing, seconds=SECONDS, walks_graph=False):
    """The message for learner code stopped by the time limit while ``doing``."""
    return text(_TOO_LONG_KEYS[walks_graph], doing=doing, seconds=f"{seconds:g}")


# whether the code walks a graph -> the message for code that did not finish
_TOO_LONG_KEYS = {False: "learner_code.too_long", True: "learner_code.too_long_walk"}
