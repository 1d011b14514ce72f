"""Every string the package shows a learner, in English (the default).

Keys are grouped by the module that shows them; each group is marked by a
comment. Fields in braces are filled by :func:`micrograd_lite.language.text`.
Plural pairs end in ``.one`` and ``.other`` (:func:`~micrograd_lite.language.text_count`).
"""

TEXT = {
    # ==================================================================
    # exercises: answers, feedback, learner_code, fallback, lessons 01-03
    # ==================================================================
    "common.language_name": "English",


    # ---- end of exercises 01-03 ----------------------------------------



    # ==================================================================
    # exercises: lessons 04-06, engine_check
    # ==================================================================


    # ---- end of exercises 04-06 ----------------------------------------



    # ==================================================================
    # figures and widgets: plots, widgets/*, descent, classifier, graph, train
    # ==================================================================
    # ---- descent: what a run of gradient descent did
    "descent.regime_slow": "too small (slow)",
    "descent.regime_good": "good",
    "descent.regime_oscillating": "too large (oscillating)",
    "descent.regime_divergent": "divergent",
    "descent.regime_unsettled": "not settled",
    "descent.diverged": "diverged at step {step}: the learning rate is too large",
    "descent.loss_grew.one": "the loss grew from {first} to {last} in 1 step: the learning rate is too large",
    "descent.loss_grew.other": "the loss grew from {first} to {last} in {count} steps: the learning rate is too large",
    "descent.settles.one": "settles near the bottom after 1 step",
    "descent.settles.other": "settles near the bottom after {count} steps",
    "descent.settles_jumping_once.one": "settles near the bottom after 1 step, jumping across it once on the way",
    "descent.settles_jumping_once.other": "settles near the bottom after {count} steps, jumping across it once on the way",
    "descent.settles_jumping.one": "settles near the bottom after 1 step, jumping across it {jumps} times on the way",
    "descent.settles_jumping.other": "settles near the bottom after {count} steps, jumping across it {jumps} times on the way",
    "descent.settles_jumping_once_somewhere.one": "settles near the bottom after 1 step, jumping across it in at least one direction once on the way",
    "descent.settles_jumping_once_somewhere.other": "settles near the bottom after {count} steps, jumping across it in at least one direction once on the way",
    "descent.settles_jumping_somewhere.one": "settles near the bottom after 1 step, jumping across it in at least one direction {jumps} times on the way",
    "descent.settles_jumping_somewhere.other": "settles near the bottom after {count} steps, jumping across it in at least one direction {jumps} times on the way",
    "descent.unsettled.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.unsettled.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.unsettled_carried_once.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom once",
    "descent.unsettled_carried_once.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom once",
    "descent.unsettled_carried.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom {crossings} times",
    "descent.unsettled_carried.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g}); momentum {momentum:g} has carried it across the bottom {crossings} times",
    "descent.oscillating.one": "the steps still jump past the bottom and back after 1 step (the loss is {loss:.4g}; it started at {start:.4g})",
    "descent.oscillating.other": "the steps still jump past the bottom and back after {count} steps (the loss is {loss:.4g}; it started at {start:.4g})",
    "descent.slow.one": "after 1 step the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.slow.other": "after {count} steps the loss is still {loss:.4g} (it started at {start:.4g})",
    "descent.seed002_not_converging.one": "not converging: after 1 step the loss grew from {first:.4f} to {last:.4f}: the learning rate is too large",
    "descent.seed002_not_converging.other": "not converging: after {count} steps the loss grew from {first:.4f} to {last:.4f}: the learning rate is too large",
    "descent.seed002_finished.one": "finished 1 step: the loss went from {first:.4f} to {last:.4f}",
    "descent.seed002_finished.other": "finished {count} steps: the loss went from {first:.4f} to {last:.4f}",

    # ---- classifier, train: what a training run did
    "classifier.diverged": "diverged at step {step}: the learning rate is too large",
    "classifier.loss_grew": "the loss grew from {first:.4f} to {last:.4f}: the learning rate is too large",
    "classifier.finished": "after {steps} steps: loss {loss:.4f}, training accuracy {accuracy:.0%}",
    "classifier.stopped": "stopped after {step} of {steps} steps",
    "train.not_started": "not started",
    "train.diverged": "diverged at step {step}",
    "train.stopped": "stopped by the callback after {step} steps",
    "train.finished": "finished after {steps} steps",
    "train.history": "History({status}; loss {first:.4g} at step 1, {last:.4g} at step {steps})",

    # ---- widgets/descent: lesson 04's figures and explorers
    "descent.axis_step": "step",
    "descent.axis_loss_log": "loss (log scale)",
    "descent.axis_loss_log_floor": "loss (log scale)\nbelow {floor:.0e}: drawn at {floor:.0e}",
    "descent.loss_title": "Loss at every step",
    "descent.legend_steps": "steps",
    "descent.legend_start": "start",
    "descent.legend_minimum_parabola": "minimum (w = 3)",
    "descent.legend_minimum_bowl": "minimum (0, 0)",
    "descent.axis_loss_w": "loss L(w)",
    "descent.parabola_title": "learning rate {lr:.3g}: {regime}",
    "descent.path_leaves_at_w": "{message} (the path leaves this window: its last point is w = {w:.3g})",
    "descent.parabola_description": "Gradient descent on L(w) = (w - 3)^2 from w = {start:g} with learning rate {lr:.3g}, {steps} steps: {regime}; {message}. Last point drawn: w = {w:.4f}, L = {loss}.",
    "descent.slider_lr": "learning rate",
    "descent.slider_steps": "steps",
    "descent.parabola_explorer": "Gradient descent on (w - 3)^2",
    "descent.colorbar_loss": "loss",
    "descent.bowl_title": "lr {lr:.3g}, momentum {momentum:.2f}: {regime}",
    "descent.path_leaves_at_point": "{message} (the path leaves this window: its last point is ({w1:.3g}, {w2:.3g}))",
    "descent.bowl_description": "Gradient descent on L = w1^2 + 10 w2^2 from ({w1:.2f}, {w2:.2f}) with learning rate {lr:.3g} and momentum {momentum:.2f}, {steps} steps: {regime}; {message}. Last point drawn: ({end1:.4f}, {end2:.4f}), L = {loss}.",
    "descent.slider_momentum": "momentum",
    "descent.slider_start_w1": "start w1",
    "descent.slider_start_w2": "start w2",
    "descent.bowl_explorer": "Gradient descent on w1^2 + 10 w2^2",
    "descent.legend_data": "data",
    "descent.legend_before": "before training",
    "descent.legend_after": "after {steps} steps",
    "descent.seed002_loss_title": "Loss (mean squared error)",
    "descent.curve_leaves": "{message} (the fitted curve leaves this window)",
    "descent.seed002_title": "y_hat = w2 * sigmoid(w1 * x + b1) + b2, learning rate {lr:.3g}",
    "descent.seed002_description_diverged": "The one-hidden-neuron network trained on {points} points with learning rate {lr:.3g}: {status}; no fitted curve (the parameters ran away).",
    "descent.seed002_description": "The one-hidden-neuron network trained on {points} points with learning rate {lr:.3g}: {status}; fitted w1 = {w1:.3f}, b1 = {b1:.3f}, w2 = {w2:.3f}, b2 = {b2:.3f}.",
    "descent.seed002_explorer": "Training the one-hidden-neuron network",

    # ---- widgets/derivatives: lesson 01's explorers
    "derivatives.tangent_description": "f(x)=3x²-4x+5 at x={x:.2f}: secant slope (h={h:.3g}) {secant:.4f}, exact 6x-4 = {exact:.4f}, error {error:.1e}",
    "derivatives.legend_tangent": "tangent, exact slope 6x - 4",
    "derivatives.legend_secant": "secant, slope (f(x+h) - f(x)) / h",
    "derivatives.readout": "x = {x:.2f}    h = {h:.3g}\nmeasured slope {secant:.6f}\nexact slope    {exact:.6f}\nerror          {error:.1e}",
    "derivatives.tangent_title": "The slope of f at x = {x:.2f}, measured with h = {h:.3g}",
    "derivatives.tangent_explorer": "The slope of f(x) = 3x² - 4x + 5: move x and h",
    "derivatives.errors_are_no_truncation": "Right of its best h the forward error is truncation (~ h), left of it round-off (~ 1/h); the central difference has no truncation error (it is exact for any parabola), so its error is round-off (~ 1/h) only.",
    "derivatives.errors_are": "Right of the best h the error is truncation (forward ~ h, central ~ h²); left of it, round-off (~ 1/h).",
    "derivatives.forward_exact_at": "forward difference exact (error 0) already at h = {h:.0e}",
    "derivatives.forward_best_near": "forward difference best near h = {h:.0e} (error {error:.0e})",
    "derivatives.central_exact_at": "central difference exact (error 0) already at h = {h:.0e}",
    "derivatives.central_best_near": "central difference best near h = {h:.0e} (error {error:.0e})",
    "derivatives.errors_description": "Error of finite differences for {name} (exact slope {exact:.4f}) against h, log-log: {forward}, {central}. {errors_are}",
    "derivatives.legend_forward": "forward difference (f(x+h) - f(x)) / h",
    "derivatives.legend_central": "central difference (f(x+h) - f(x-h)) / 2h",
    "derivatives.error_axis_h": "← smaller h: round-off error          step size h          larger h: truncation error →",
    "derivatives.error_axis_error": "|estimate - exact slope|",
    "derivatives.note_forward_exact": "forward difference exact:\nerror 0 at h = {h:.3g}, drawn at the floor",
    "derivatives.note_central_exact": "central difference exact:\nerror 0 at h = {h:.3g}, drawn at the floor",
    "derivatives.note_central_exact_parabola": "central difference exact for a parabola:\nerror 0 at h = {h:.3g}, drawn at the floor",
    "derivatives.note_best_h": "best h ≈ {h:.0e}",
    "derivatives.function_exp": "exp(x) at x = 1",
    "derivatives.function_tanh": "tanh(x) at x = 0.8814",
    "derivatives.function_parabola": "3x² - 4x + 5 at x = 3",
    "derivatives.error_title": "Finite-difference error for {name}",
    "derivatives.dropdown_function": "function",
    "derivatives.error_explorer": "Finite-difference error against h: choose a function",

    # ---- widgets/training: lesson 05's pictures, progress bar and trainer
    "training.legend_class": "class {label:+d}",
    "training.moons_title": "Two moons: {points} points, two classes",
    "training.moons_description": "Two moons: {points} points, {upper} of class -1 (upper moon) and {lower} of class +1 (lower moon).",
    "training.legend_loss": "loss",
    "training.axis_step": "step",
    "training.axis_loss": "loss",
    "training.legend_accuracy": "accuracy",
    "training.axis_accuracy": "training accuracy (%)",
    "training.curves_title": "Loss and accuracy during training",
    "training.run_description": "MLP trained on {points} two-moons points with learning rate {lr:.3g} (falling to {last_lr:.3g}): {status}.",
    "training.run_description_full": "MLP trained on {points} two-moons points with learning rate {lr:.3g} (falling to {last_lr:.3g}): {status}; 100% first reached at step {step}.",
    "training.run_title": "Decision boundary after training, learning rate {lr:.3g}",
    "training.progress_description": "training",
    "training.progress_step": "step {step}/{total}",
    "training.progress_step_note": "step {step}/{total}: {note}",
    "training.progress_fallback": "[{description}: a progress bar over {total} steps, shown with a running kernel]",
    "training.button_train": "Train",
    "training.slider_lr": "learning rate",
    "training.explorer": "Train the MLP on two moons",
    "training.progress_start": "training with learning rate {lr:.3g}",
    "training.frame_progress": "loss {loss:.4f}, accuracy {accuracy:.0%}",
    "training.frame_title": "Training with learning rate {lr:.3g}: step {step} of {steps}",
    "training.frame_status": "step {step}: loss {loss:.4f}, accuracy {accuracy:.0%} (learning rate now {step_lr:.3g})",
    "training.frame_description": "training at learning rate {lr:.3g}: step {step} of {steps}, loss {loss:.4f}, accuracy {accuracy:.0%}",
    "training.press_train": "learning rate {lr:.3g}: press Train",

    # ---- widgets/core: what every explorer shows without a kernel or after a failed redraw
    "core.could_not_draw": "{title}: could not draw this setting ({kind}: {error})",
    "core.needs_kernel": "[{title}: the controls need a running kernel]",

    # ---- widgets/graphs: lessons 02 and 03's graph explorer and backprop stepper
    "graphs.unnamed_input": "[input {data:.4f}]",
    "graphs.forward_description": "forward pass with {inputs}: {root} = {data:.4f} ({values} values in the graph)",
    "graphs.forward_explorer": "The graph of {name}: move the inputs",
    "graphs.step_output": "step {step} of {total}: {grad} = 1 (d{name}/d{name} = 1)",
    "graphs.step_node": "step {step} of {total}: '{op}' node {name} (grad {grad:.4f})",
    "graphs.step_description": "{head}: {updates}",
    "graphs.slider_step": "step",
    "graphs.button_step": "Step",
    "graphs.button_reset": "Reset",
    "graphs.stepper_title": "Backpropagation through {name}, one step at a time ({total} steps)",

    # ---- graph: the drawing's description and the note for a graph too big to draw
    "graph.description_one_value": "computation graph of {root}: 1 value and 0 operations",
    "graph.description_one_operation": "computation graph of {root}: {values} values and 1 operation",
    "graph.description": "computation graph of {root}: {values} values and {operations} operations",
    "graph.unnamed_root": "a Value with data {data}",
    "graph.too_big": "This graph has more than {max_nodes} nodes (values and operations).\ndraw_dot draws up to {max_nodes}, because laying out a bigger graph can take minutes.\nTo draw it anyway, pass a larger max_nodes, e.g. draw_dot(..., max_nodes={example}).",

    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
