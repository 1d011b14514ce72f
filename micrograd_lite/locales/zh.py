"""Every string the package shows a learner, in Simplified Chinese (简体中文).

Terms follow the course glossary (shared/GLOSSARY.md): 导数, 梯度, 前向传播, 反向传播,
链式法则, 学习率, 损失函数... Full-width punctuation in prose; code, numbers and
formulas stay as they are.

Keys are grouped by the module that shows them; each group is marked by a
comment. Fields in braces are filled by :func:`micrograd_lite.language.text`.
Plural pairs end in ``.one`` and ``.other`` (:func:`~micrograd_lite.language.text_count`).
"""

TEXT = {
    # ==================================================================
    # exercises: answers, feedback, learner_code, fallback, lessons 01-03
    # ==================================================================
    "common.language_name": "中文",


    # ---- end of exercises 01-03 ----------------------------------------



    # ==================================================================
    # exercises: lessons 04-06, engine_check
    # ==================================================================


    # ---- end of exercises 04-06 ----------------------------------------



    # ==================================================================
    # figures and widgets: plots, widgets/*, descent, classifier, graph, train
    # ==================================================================
    # ---- descent: what a run of gradient descent did
    "descent.regime_slow": "太小（慢）",
    "descent.regime_good": "合适",
    "descent.regime_oscillating": "太大（震荡）",
    "descent.regime_divergent": "发散",
    "descent.regime_unsettled": "未稳定",
    "descent.diverged": "在第 {step} 步发散：学习率太大",
    "descent.loss_grew.one": "损失在 1 步内从 {first} 增大到 {last}：学习率太大",
    "descent.loss_grew.other": "损失在 {count} 步内从 {first} 增大到 {last}：学习率太大",
    "descent.settles.one": "1 步后停在谷底附近",
    "descent.settles.other": "{count} 步后停在谷底附近",
    "descent.settles_jumping_once.one": "1 步后停在谷底附近，途中越过谷底 1 次",
    "descent.settles_jumping_once.other": "{count} 步后停在谷底附近，途中越过谷底 1 次",
    "descent.settles_jumping.one": "1 步后停在谷底附近，途中越过谷底 {jumps} 次",
    "descent.settles_jumping.other": "{count} 步后停在谷底附近，途中越过谷底 {jumps} 次",
    "descent.settles_jumping_once_somewhere.one": "1 步后停在谷底附近，途中至少在一个方向上越过谷底 1 次",
    "descent.settles_jumping_once_somewhere.other": "{count} 步后停在谷底附近，途中至少在一个方向上越过谷底 1 次",
    "descent.settles_jumping_somewhere.one": "1 步后停在谷底附近，途中至少在一个方向上越过谷底 {jumps} 次",
    "descent.settles_jumping_somewhere.other": "{count} 步后停在谷底附近，途中至少在一个方向上越过谷底 {jumps} 次",
    "descent.unsettled.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.unsettled.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.unsettled_carried_once.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；动量 {momentum:g} 带着它越过谷底 1 次",
    "descent.unsettled_carried_once.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；动量 {momentum:g} 带着它越过谷底 1 次",
    "descent.unsettled_carried.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；动量 {momentum:g} 带着它越过谷底 {crossings} 次",
    "descent.unsettled_carried.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）；动量 {momentum:g} 带着它越过谷底 {crossings} 次",
    "descent.oscillating.one": "1 步后仍在谷底两侧来回跳（损失是 {loss:.4g}，开始时是 {start:.4g}）",
    "descent.oscillating.other": "{count} 步后仍在谷底两侧来回跳（损失是 {loss:.4g}，开始时是 {start:.4g}）",
    "descent.slow.one": "1 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.slow.other": "{count} 步后损失仍是 {loss:.4g}（开始时是 {start:.4g}）",
    "descent.seed002_not_converging.one": "不收敛：1 步后损失从 {first:.4f} 增大到 {last:.4f}，学习率太大",
    "descent.seed002_not_converging.other": "不收敛：{count} 步后损失从 {first:.4f} 增大到 {last:.4f}，学习率太大",
    "descent.seed002_finished.one": "训练完 1 步：损失从 {first:.4f} 变为 {last:.4f}",
    "descent.seed002_finished.other": "训练完 {count} 步：损失从 {first:.4f} 变为 {last:.4f}",

    # ---- classifier, train: what a training run did
    "classifier.diverged": "在第 {step} 步发散：学习率太大",
    "classifier.loss_grew": "损失从 {first:.4f} 增大到 {last:.4f}：学习率太大",
    "classifier.finished": "{steps} 步后：损失 {loss:.4f}，训练准确率 {accuracy:.0%}",
    "classifier.stopped": "在 {steps} 步中的第 {step} 步停止",
    "train.not_started": "尚未开始",
    "train.diverged": "在第 {step} 步发散",
    "train.stopped": "回调函数在第 {step} 步后停止了训练",
    "train.finished": "{steps} 步训练完成",
    "train.history": "History({status}；第 1 步损失 {first:.4g}，第 {steps} 步损失 {last:.4g})",

    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
