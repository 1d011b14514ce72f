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
    "classifier.stopped": "在第 {step} 步后停止（共 {steps} 步）",
    "train.not_started": "尚未开始",
    "train.diverged": "在第 {step} 步发散",
    "train.stopped": "回调函数在第 {step} 步后停止了训练",
    "train.finished": "训练完成，共 {steps} 步",
    "train.history": "History({status}；第 1 步损失 {first:.4g}，第 {steps} 步损失 {last:.4g})",

    # ---- widgets/descent: lesson 04's figures and explorers
    "descent.axis_step": "步数",
    "descent.axis_loss_log": "损失（对数刻度）",
    "descent.axis_loss_log_floor": "损失（对数刻度）\n低于 {floor:.0e} 的画在 {floor:.0e}",
    "descent.loss_title": "每一步的损失",
    "descent.legend_steps": "每一步",
    "descent.legend_start": "起点",
    "descent.legend_minimum_parabola": "最低点（w = 3）",
    "descent.legend_minimum_bowl": "最低点（0, 0）",
    "descent.axis_loss_w": "损失 L(w)",
    "descent.parabola_title": "学习率 {lr:.3g}：{regime}",
    "descent.path_leaves_at_w": "{message}（路径超出了图的范围：最后一点是 w = {w:.3g}）",
    "descent.parabola_description": "在 L(w) = (w - 3)^2 上做梯度下降，从 w = {start:g} 出发，学习率 {lr:.3g}，{steps} 步：{regime}；{message}。画出的最后一点：w = {w:.4f}，L = {loss}。",
    "descent.slider_lr": "学习率",
    "descent.slider_steps": "步数",
    "descent.parabola_explorer": "在 (w - 3)^2 上做梯度下降",
    "descent.colorbar_loss": "损失",
    "descent.bowl_title": "学习率 {lr:.3g}，动量 {momentum:.2f}：{regime}",
    "descent.path_leaves_at_point": "{message}（路径超出了图的范围：最后一点是 ({w1:.3g}, {w2:.3g})）",
    "descent.bowl_description": "在 L = w1^2 + 10 w2^2 上做梯度下降，从 ({w1:.2f}, {w2:.2f}) 出发，学习率 {lr:.3g}，动量 {momentum:.2f}，{steps} 步：{regime}；{message}。画出的最后一点：({end1:.4f}, {end2:.4f})，L = {loss}。",
    "descent.slider_momentum": "动量",
    "descent.slider_start_w1": "起点 w1",
    "descent.slider_start_w2": "起点 w2",
    "descent.bowl_explorer": "在 w1^2 + 10 w2^2 上做梯度下降",
    "descent.legend_data": "数据",
    "descent.legend_before": "训练前",
    "descent.legend_after": "训练 {steps} 步后",
    "descent.seed002_loss_title": "损失（均方误差）",
    "descent.curve_leaves": "{message}（拟合曲线超出了图的范围）",
    "descent.seed002_title": "y_hat = w2 * sigmoid(w1 * x + b1) + b2，学习率 {lr:.3g}",
    "descent.seed002_description_diverged": "只有一个隐藏神经元的网络在 {points} 个点上训练，学习率 {lr:.3g}：{status}；没有拟合曲线（参数跑飞了）。",
    "descent.seed002_description": "只有一个隐藏神经元的网络在 {points} 个点上训练，学习率 {lr:.3g}：{status}；拟合结果 w1 = {w1:.3f}，b1 = {b1:.3f}，w2 = {w2:.3f}，b2 = {b2:.3f}。",
    "descent.seed002_explorer": "训练只有一个隐藏神经元的网络",

    # ---- widgets/derivatives: lesson 01's explorers
    "derivatives.tangent_description": "f(x)=3x²-4x+5 在 x={x:.2f} 处：割线斜率（h={h:.3g}）{secant:.4f}，精确值 6x-4 = {exact:.4f}，误差 {error:.1e}",
    "derivatives.legend_tangent": "切线，精确斜率 6x - 4",
    "derivatives.legend_secant": "割线，斜率 (f(x+h) - f(x)) / h",
    "derivatives.readout": "x = {x:.2f}    h = {h:.3g}\n测得斜率 {secant:.6f}\n精确斜率 {exact:.6f}\n误差    {error:.1e}",
    "derivatives.tangent_title": "f 在 x = {x:.2f} 处的斜率，用 h = {h:.3g} 测量",
    "derivatives.tangent_explorer": "f(x) = 3x² - 4x + 5 的斜率：拖动 x 和 h",
    "derivatives.errors_are_no_truncation": "在最佳 h 的右边，前向差分的误差是截断误差（~ h），左边是舍入误差（~ 1/h）；中心差分没有截断误差（它对任何抛物线都是精确的），所以它的误差只有舍入误差（~ 1/h）。",
    "derivatives.errors_are": "在最佳 h 的右边，误差是截断误差（前向差分 ~ h，中心差分 ~ h²）；左边是舍入误差（~ 1/h）。",
    "derivatives.forward_exact_at": "前向差分在 h = {h:.0e} 时就已精确（误差 0）",
    "derivatives.forward_best_near": "前向差分在 h = {h:.0e} 附近最好（误差 {error:.0e}）",
    "derivatives.central_exact_at": "中心差分在 h = {h:.0e} 时就已精确（误差 0）",
    "derivatives.central_best_near": "中心差分在 h = {h:.0e} 附近最好（误差 {error:.0e}）",
    "derivatives.errors_description": "有限差分的误差随 h 的变化（{name}，精确斜率 {exact:.4f}，双对数坐标）：{forward}，{central}。{errors_are}",
    "derivatives.legend_forward": "前向差分 (f(x+h) - f(x)) / h",
    "derivatives.legend_central": "中心差分 (f(x+h) - f(x-h)) / 2h",
    "derivatives.error_axis_h": "← h 更小：舍入误差          步长 h          h 更大：截断误差 →",
    "derivatives.error_axis_error": "|估计值 - 精确斜率|",
    "derivatives.note_forward_exact": "前向差分精确：\n在 h = {h:.3g} 误差为 0，画在底线上",
    "derivatives.note_central_exact": "中心差分精确：\n在 h = {h:.3g} 误差为 0，画在底线上",
    "derivatives.note_central_exact_parabola": "中心差分对抛物线精确：\n在 h = {h:.3g} 误差为 0，画在底线上",
    "derivatives.note_best_h": "最佳 h ≈ {h:.0e}",
    "derivatives.function_exp": "x = 1 处的 exp(x)",
    "derivatives.function_tanh": "x = 0.8814 处的 tanh(x)",
    "derivatives.function_parabola": "x = 3 处的 3x² - 4x + 5",
    "derivatives.error_title": "有限差分的误差：{name}",
    "derivatives.dropdown_function": "函数",
    "derivatives.error_explorer": "有限差分的误差随 h 的变化：选一个函数",

    # ---- widgets/training: lesson 05's pictures, progress bar and trainer
    "training.legend_class": "类别 {label:+d}",
    "training.moons_title": "双月数据集：{points} 个点，两个类别",
    "training.moons_description": "双月数据集：{points} 个点，{upper} 个属于类别 -1（上面的月牙），{lower} 个属于类别 +1（下面的月牙）。",
    "training.legend_loss": "损失",
    "training.axis_step": "步数",
    "training.axis_loss": "损失",
    "training.legend_accuracy": "准确率",
    "training.axis_accuracy": "训练准确率（%）",
    "training.curves_title": "训练中的损失和准确率",
    "training.run_description": "在 {points} 个双月数据点上训练的 MLP，学习率 {lr:.3g}（逐步降到 {last_lr:.3g}）：{status}。",
    "training.run_description_full": "在 {points} 个双月数据点上训练的 MLP，学习率 {lr:.3g}（逐步降到 {last_lr:.3g}）：{status}；在第 {step} 步首次达到 100%。",
    "training.run_title": "训练后的决策边界，学习率 {lr:.3g}",
    "training.progress_description": "训练",
    "training.progress_step": "第 {step}/{total} 步",
    "training.progress_step_note": "第 {step}/{total} 步：{note}",
    "training.progress_fallback": "[{description}：共 {total} 步的进度条，内核运行时才会显示]",
    "training.button_train": "训练",
    "training.slider_lr": "学习率",
    "training.explorer": "在双月数据集上训练 MLP",
    "training.progress_start": "以学习率 {lr:.3g} 训练中",
    "training.frame_progress": "损失 {loss:.4f}，准确率 {accuracy:.0%}",
    "training.frame_title": "以学习率 {lr:.3g} 训练：第 {step}/{steps} 步",
    "training.frame_status": "第 {step} 步：损失 {loss:.4f}，准确率 {accuracy:.0%}（当前学习率 {step_lr:.3g}）",
    "training.frame_description": "以学习率 {lr:.3g} 训练：第 {step}/{steps} 步，损失 {loss:.4f}，准确率 {accuracy:.0%}",
    "training.press_train": "学习率 {lr:.3g}：请按“训练”",

    # ---- widgets/core: what every explorer shows without a kernel or after a failed redraw
    "core.could_not_draw": "{title}：这个设置画不出来（{kind}: {error}）",
    "core.needs_kernel": "[{title}：控件需要运行中的内核]",

    # ---- widgets/graphs: lessons 02 and 03's graph explorer and backprop stepper
    "graphs.unnamed_input": "[输入 {data:.4f}]",
    "graphs.forward_description": "前向传播，{inputs}：{root} = {data:.4f}（图中有 {values} 个值）",
    "graphs.forward_explorer": "{name} 的计算图：拖动输入",
    "graphs.step_output": "第 {step}/{total} 步：{grad} = 1（d{name}/d{name} = 1）",
    "graphs.step_node": "第 {step}/{total} 步：'{op}' 节点 {name}（grad {grad:.4f}）",
    "graphs.step_description": "{head}：{updates}",
    "graphs.slider_step": "步数",
    "graphs.button_step": "下一步",
    "graphs.button_reset": "重置",
    "graphs.stepper_title": "{name} 的反向传播，一次一步（共 {total} 步）",

    # ---- graph: the drawing's description and the note for a graph too big to draw
    "graph.description_one_value": "{root} 的计算图：1 个值，0 个运算",
    "graph.description_one_operation": "{root} 的计算图：{values} 个值，1 个运算",
    "graph.description": "{root} 的计算图：{values} 个值，{operations} 个运算",
    "graph.unnamed_root": "data 为 {data} 的 Value",
    "graph.too_big": "这个图的节点（值和运算）超过 {max_nodes} 个。\ndraw_dot 最多画 {max_nodes} 个，因为排布更大的图可能要几分钟。\n如果仍要画，请传入更大的 max_nodes，例如 draw_dot(..., max_nodes={example})。",

    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
