"""The plumbing every explorer shares: controls on top, a picture below.

The picture is an ordinary notebook output with a display id. It is shown once
at the controls' default values, so a notebook read without a kernel (on
GitHub, in nbconvert's HTML) still shows a figure; when a control moves, the
same output is replaced in place. This works the same in JupyterLab, Colab
(ipywidgets 7.7) and with ipywidgets 8, because only the controls are widgets.

Live redraws: a slider sends a new value many times a second while it is
dragged. The kernel handles each message at once (it only notes the value)
and one background thread draws; while it draws, newer values simply replace
the one waiting, so stale positions are skipped and the last one is always
drawn. Nothing queues up behind a fast drag.
"""

import threading

import ipywidgets as widgets

from ..language import text

__all__ = ["LiveOutput", "Explorer", "LatestOnly"]


class LiveOutput:
    """One output area that shows a picture and can be redrawn in place.

    ``current`` always holds the latest picture, so tests can check what a
    learner would see without any front end.
    """

    def __init__(self):
        self.current = None
        self._handle = None

    def show(self, picture):
        self.current = picture
        if self._handle is not None:
            self._handle.update(picture)

    def _ipython_display_(self):
        from IPython.display import display

        self._handle = display(self.current, display_id=True)


class LatestOnly:
    """Run ``job(request)`` in a background thread for the newest request only.

    ``submit(request)`` never blocks: if the job is busy, ``request`` replaces
    whatever was waiting, and the job runs once more when it is done, with the
    newest request. ``wait()`` blocks until nothing is running or waiting.
    ``generation`` counts submissions, so a long job can ask
    :meth:`superseded` whether a newer request arrived and stop early.

    An exception in ``job`` is handed to ``on_error(exception)``, never printed
    as a traceback from the thread.
    """

    _EMPTY = object()

    def __init__(self, job, on_error, name="micrograd-lite redraw"):
        self.job = job
        self.on_error = on_error
        self.name = name
        self.generation = 0
        self._waiting = self._EMPTY
        self._thread = None
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()

    def submit(self, request=None):
        with self._lock:
            self.generation += 1
            self._waiting = request
            self._idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
                self._thread.start()

    def superseded(self, generation):
        """Whether a request newer than ``generation`` has arrived."""
        return self.generation != generation

    @property
    def busy(self):
        return not self._idle.is_set()

    def wait(self, timeout=None):
        """Block until every request has been handled; False on timeout."""
        if threading.current_thread() is self._thread:
            return True  # the job itself asking: nothing to wait for
        return self._idle.wait(timeout)

    def _loop(self):
        while True:
            with self._lock:
                request = self._waiting
                if request is self._EMPTY:
                    self._thread = None
                    self._idle.set()
                    return
                self._waiting = self._EMPTY
                generation = self.generation
            try:
                self.job(request, generation)
            except Exception as error:  # shown by on_error, never a thread traceback
                try:
                    self.on_error(error)
                except Exception:
                    pass


class Explorer:
    """Controls wired to a pure drawing function.

    ``draw(**values)`` takes the controls' values and returns a displayable
    picture (a :class:`micrograd_lite.plots.Picture`, a graph drawing, ...).
    It is called once now, with the defaults, and again whenever a control
    changes (in a background thread, newest values only: see the module's
    docstring). ``title`` is the text shown where widgets cannot render.
    A slider follows its own ``continuous_update`` (ipywidgets' default,
    True, sends values while it is dragged).
    """

    def __init__(self, title, controls, draw, buttons=()):
        self.title = title
        self.controls = dict(controls)
        self.buttons = list(buttons)
        self.draw = draw
        self.output = LiveOutput()
        self.error = None  # the last exception a redraw raised, if any
        self._draw_lock = threading.RLock()
        self._redraws = LatestOnly(self._redraw_job, self._show_error)
        self.box = widgets.VBox(
            list(self.controls.values()) + ([widgets.HBox(self.buttons)] if self.buttons else [])
        )
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.redraw()

    @property
    def values(self):
        return {name: control.value for name, control in self.controls.items()}

    @property
    def picture(self):
        """What the output shows once the redraws asked for so far are done."""
        self.wait()
        return self.output.current

    def wait(self, timeout=None):
        """Block until every redraw asked for has been drawn (for tests and
        scripts: a notebook never needs it). False on timeout."""
        return self._redraws.wait(timeout)

    def redraw(self):
        """Draw the controls' current values now, in this thread."""
        with self._draw_lock:
            self.output.show(self.draw(**self.values))

    def request_redraw(self):
        """Draw the controls' values soon, in the background (newest only)."""
        self._redraws.submit()

    def _redraw_job(self, _request, _generation):
        self.redraw()

    def _show_error(self, error):
        """A redraw failed: say so in place of the picture (no traceback)."""
        self.error = error
        self.output.show(_ErrorText(text("core.could_not_draw", title=self.title,
                                         kind=type(error).__name__, error=error)))

    def _on_change(self, change):
        self.request_redraw()

    def _controls_bundle(self):
        """The controls as a widget view, with a text fallback that stays the
        same across ipywidgets versions (nbval compares it)."""
        return {
            "application/vnd.jupyter.widget-view+json": {
                "version_major": 2,
                "version_minor": 0,
                "model_id": self.box.model_id,
            },
            "text/plain": text("core.needs_kernel", title=self.title),
        }

    def _ipython_display_(self):
        from IPython.display import display

        display(self._controls_bundle(), raw=True)
        display(self.output)


class _ErrorText:
    """A line of text shown where a picture could not be drawn."""

    def __init__(self, message):
        self.description = message

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": self.description}

    def __repr__(self):
        return self.description
