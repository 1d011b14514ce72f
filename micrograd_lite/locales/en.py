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

    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
