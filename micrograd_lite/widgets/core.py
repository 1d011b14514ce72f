"""The plumbing every explorer shares: controls on top, a picture below.

The picture is an ordinary notebook output with a display id. It is shown once
at the controls' default values, so a notebook read without a kernel (on
GitHub, in nbconvert's HTML) still shows a figure; when a control moves, the
same output is replaced in place. This works the same in JupyterLab, Colab
(ipywidgets 7.7) and with ipywidgets 8, because only the controls are widgets.
"""

import ipywidgets as widgets

__all__ = ["LiveOutput", "Explorer"]


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


class Explorer:
    """Controls wired to a pure drawing function.

    ``draw(**values)`` takes the controls' values and returns a displayable
    picture (a :class:`micrograd_lite.plots.Picture`, a graph drawing, ...).
    It is called once now, with the defaults, and again whenever a control
    changes. ``title`` is the text shown where widgets cannot render.
    """

    def __init__(self, title, controls, draw, buttons=()):
        self.title = title
        self.controls = dict(controls)
        self.buttons = list(buttons)
        self.draw = draw
        self.output = LiveOutput()
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
        """What the output shows now."""
        return self.output.current

    def redraw(self):
        self.output.show(self.draw(**self.values))

    def _on_change(self, change):
        self.redraw()

    def _controls_bundle(self):
        """The controls as a widget view, with a text fallback that stays the
        same across ipywidgets versions (nbval compares it)."""
        return {
            "application/vnd.jupyter.widget-view+json": {
                "version_major": 2,
                "version_minor": 0,
                "model_id": self.box.model_id,
            },
            "text/plain": f"[{self.title}: the controls need a running kernel]",
        }

    def _ipython_display_(self):
        from IPython.display import display

        display(self._controls_bundle(), raw=True)
        display(self.output)
