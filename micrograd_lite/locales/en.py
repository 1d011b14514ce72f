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

    # -- feedback: the verdict words
    "feedback.plain.correct": "Correct! {message}",
    "feedback.plain.not_yet": "Not yet. {message}",
    "feedback.markdown.correct": "✅ **Correct!** {message}",
    "feedback.markdown.not_yet": "❌ **Not yet.** {message}",

    # -- fallback: which code the cells after a coding exercise use
    "fallback.yours": "Using your {name}: it passes its check.",
    "fallback.worked": "Using the worked solution's {name} from the package, until yours passes its check.",

    # -- learner_code: an exception raised in the learner's code; {doing} is a phrase such as "calling f(2)" (zh: "调用 f(2)")
    "learner_code.raised": "Your code raised {kind}, while {doing}.",
    "learner_code.raised_with_message": "Your code raised {kind}: {error}, while {doing}.",
    "learner_code.from_line_in_code": " It came from line {lineno} in `{name}`: `{line}`.",
    "learner_code.from_line_in": " It came from line {lineno} in `{name}`.",
    "learner_code.from_line_code": " It came from line {lineno}: `{line}`.",
    "learner_code.from_line": " It came from line {lineno}.",

    # -- answers: the steps every check shares; {what} and {kind} are noun phrases
    "answers.placeholder": "Replace `None` with {what}, then run the cell again.",
    "answers.text_spells_number": "You gave the text {answer!r} (a str, in quotes). Write the number without quotes: answer = {number}",
    "answers.wrong_kind.a": "The answer should be {what}; you gave a {kind}.",
    "answers.wrong_kind.an": "The answer should be {what}; you gave an {kind}.",
    "answers.a_number": "a number",
    "answers.whole_value": "You gave a whole Value (data {data:g}, grad {grad:g}). The answer is one number, its .{attribute}: answer = {name}.{attribute}",
    "answers.whole_value.grad_still_zero": "You gave a whole Value (data {data:g}, grad {grad:g}). The answer is one number, its .{attribute}: answer = {name}.{attribute}. Its grad is still 0: run the backward pass first.",
    "answers.rounded": "{value:g} is the answer rounded to {decimals} decimals, too coarse to tell it from nearby wrong answers. Keep more digits, or put the variable itself in answer.",
    "answers.list_separator": ", ",
    "answers.typed_as_text": "You typed the number as text, {answer!r}. Remove the quotes so that it is a number: {number}",
    "answers.define": "Define {what} in the cell above, then run this cell again.",
    "answers.define_class": "Define the class {name} in the cell above, then run this cell again.",
    "answers.should_be_function": "{name} should be a function; it is a {type}.",
    "answers.should_be_class": "{name} should be a class; it is a {type}.",

    # -- lesson01: slope of f at x = -1
    "lesson01.slope.what": "the slope of f at x = -1 (a number)",
    "lesson01.slope.right": "The slope of f at x = -1 is about {value:.3f}; the exact slope 6x - 4 gives -10. It is negative: f goes down as x grows there.",
    "lesson01.slope.value_not_slope": "12 is the value f(-1), not its slope. Divide the change f(x + h) - f(x) by h.",
    "lesson01.slope.sign": "The size is right but the sign is not. Compute f(x + h) - f(x) in that order, with x = -1.",
    "lesson01.slope.change_not_divided": "That is the change of f, f(x + h) - f(x). Divide it by h = 0.001 to get the slope.",
    "lesson01.slope.h_too_large": "That is the slope measured with h = 0.01. Use h = 0.001.",
    "lesson01.slope.at_plus_one": "That is the slope at x = 1. The exercise asks for x = -1 (minus one).",
    "lesson01.slope.at_three": "That is the slope at x = 3, from the lesson. Set x = -1.",
    "lesson01.slope.otherwise": "{value:.4g} is not the slope at x = -1. Compute (f(-1 + h) - f(-1)) / h with h = 0.001.",

    # -- lesson01: dL/db with a = 3
    "lesson01.nudge_b.value_is_L_a2": "You gave a Value (data {data:g}). -8 is the value of L itself (for a = 2). The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.value_is_L_a3": "You gave a Value (data {data:g}). -2 is the value of L itself for a = 3. The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.value": "You gave a Value (data {data:g}). The answer is a plain number, the slope (L2 - L1) / h, computed from L2.data and L1.data (or with compute_L, which works on plain numbers).",
    "lesson01.nudge_b.what": "your estimate of dL/db (a number)",
    "lesson01.nudge_b.right": "dL/db is about {value:.3f} (exactly -6). With a = 3, each step in b moves e = a*b three times as far, and L = (e + c) * f turns that into -6.",
    "lesson01.nudge_b.a2": "-4 is dL/db for a = 2. Set a = 3 in both computations of L, then nudge b.",
    "lesson01.nudge_b.sign": "6 has the right size and the wrong sign; it is also dL/da (b × f). Nudge b, not a, and compute (L2 - L1) / h, where L2 is the L computed with b + h.",
    "lesson01.nudge_b.not_divided": "That is L2 - L1. Divide it by h to get the slope.",
    "lesson01.nudge_b.L_a3": "-2 is the value of L itself for a = 3 (and also dL/dc). The exercise asks how fast L changes when b moves: (L2 - L1) / h.",
    "lesson01.nudge_b.dL_df_a3": "1 is dL/df for a = 3 (a × b + c). Nudge b, not f.",
    "lesson01.nudge_b.dL_df_a2": "4 is dL/df for a = 2 (a × b + c). Set a = 3 and nudge b, not f.",
    "lesson01.nudge_b.L_a2": "-8 is the value of L for a = 2, not a slope. Set a = 3, nudge b and compute (L2 - L1) / h.",
    "lesson01.nudge_b.otherwise": "{value:.4g} is not dL/db. Compute L1 with a = 3, b = -3, c = 10, f = -2, then L2 with b + h, and print (L2 - L1) / h.",

    # -- lesson01: which way to move b
    "lesson01.direction.what": "\"increase\" or \"decrease\"",
    "lesson01.direction.number": "That is a number. Answer with a word, in quotes: \"increase\" or \"decrease\".",
    "lesson01.direction.kind": "the text \"increase\" or \"decrease\"",
    "lesson01.direction.one_word": "Answer with one word: \"increase\" or \"decrease\".",
    "lesson01.direction.about_L": "The question is what to do with b (making L larger is the goal). Answer with one word for b: \"increase\" or \"decrease\".",
    "lesson01.direction.right": "dL/db = -4 is negative: making b larger makes L smaller, so to make L larger you decrease b.",
    "lesson01.direction.sign": "Look at the sign of dL/db. It is -4: when b goes up by h, L goes down by about 4h.",
    "lesson01.direction.which_word": "Answer with the word \"increase\" or \"decrease\".",

    # -- lesson01: how fast the central difference's error shrinks
    "lesson01.error_factor.what": "a number: how many times smaller the error gets",
    "lesson01.error_factor.right": "About {value:g}: the central difference's error shrinks like h², so ten times smaller h gives 10² = 100 times smaller error (two decades down per decade on the figure). The forward difference gains only a factor 10.",
    "lesson01.error_factor.forward": "A factor 10 is what the forward difference gains, whose error shrinks like h. The central difference's error shrinks like h².",
    "lesson01.error_factor.power": "2 is the power: the error shrinks like h², the slope 2 of the central line on log-log axes. Ten times smaller h then gives how many times smaller error?",
    "lesson01.error_factor.an_error": "{value:g} looks like an error value, read off the curve. The factor is a ratio: divide the error at h = 1e-2 by the error at h = 1e-3.",
    "lesson01.error_factor.below_one": "{value:g} is below 1, which would mean the error grows. Give how many times SMALLER it gets: the error at 1e-2 divided by the error at 1e-3.",
    "lesson01.error_factor.cubic": "A factor 1000 would be an error shrinking like h³. The central difference's shrinks like h².",
    "lesson01.error_factor.negative": "A factor between two errors (sizes) is a positive number: the error at h = 1e-2 divided by the error at h = 1e-3.",
    "lesson01.error_factor.otherwise": "{value:g} is not the factor. Read the central curve at h = 1e-2 and at h = 1e-3 on the log axes, or use how its error shrinks: like h².",

    # -- lesson02: how many Values in the graph of L
    "lesson02.count.what": "the number of Values in the graph of L",
    "lesson02.count.kind": "a whole number",
    "lesson02.count.right": "7 Values: the inputs a, b, c, f and the results e, d, L. The three small nodes between them are operations, not Values.",
    "lesson02.count.operations_too": "You counted the operation nodes (*, +, *) too. They show how a Value was made; count only the boxes that hold data and grad.",
    "lesson02.count.inputs_only": "a, b, c and f are the inputs, but every result is a Value too: e, d and L.",
    "lesson02.count.results_only": "e, d and L are Values, and so are the inputs a, b, c, f.",
    "lesson02.count.one_missing": "One is missing. Count the inputs a, b, c, f and the results e, d, L.",
    "lesson02.count.one_too_many": "One too many. Count only the boxes that hold data and grad: the inputs a, b, c, f and the results e, d, L.",
    "lesson02.count.otherwise": "{value:g} is not the count. Look at the drawing: each box with data and grad is one Value.",

    # -- lesson02: the neuron's output o with x2 = 1
    "lesson02.forward.what": "o, the neuron's output with x2 = 1 (a Value or a number)",
    "lesson02.forward.kind": "a Value or a number",
    "lesson02.forward.right": "With x2 = 1, x2*w2 = 1, so n = {n:.4f} and o = tanh(n) = {o:.4f}.",
    "lesson02.forward.gave_n": "{value:.4f} is n. The neuron's output is o = tanh(n).",
    "lesson02.forward.lesson_o": "That is the output with x2 = 0, from the lesson. Build the graph again with x2 = 1.",
    "lesson02.forward.lesson_n": "That is n with x2 = 0, from the lesson. Build the graph again with x2 = 1 and give o = tanh(n).",
    "lesson02.forward.w2_is_2": "That is o with w2 = 2. Keep w2 = 1 and set x2 = 1.",
    "lesson02.forward.whole_number": "{value:g} is o rounded to a whole number, too coarse to check: o is a little below 1. Give four decimals, or put the Value itself in answer.",
    "lesson02.forward.b_rounded": "{value:.4f} is what b = 6.88 gives: b was rounded. Use the lesson's b, 6.8813735870195432 (or call seed_neuron(x2=1.0)).",
    "lesson02.forward.otherwise": "{value:.4f} is not o. Compute n = x1*w1 + x2*w2 + b with x2 = 1, then o = n.tanh().",

    # -- lesson02: the learner's neuron function
    "lesson02.neuron.what": "your neuron function (it takes five Values and returns o)",
    "lesson02.neuron.kind": "a function my_neuron(x1, w1, x2, w2, b)",
    "lesson02.neuron.doing": "calling {name}(x1, w1, x2, w2, b) with five Values",
    "lesson02.neuron.doing_lambda": "calling your function(x1, w1, x2, w2, b) with five Values",
    "lesson02.neuron.plain_number": "The number is right, but it is a plain number, not a Value, so the graph is lost. Use the Values' own operations: (...).tanh() instead of math.tanh(... .data).",
    "lesson02.neuron.not_a_value": "{name} should return a Value; it returned a {type}.",
    "lesson02.neuron.not_a_value_lambda": "your function should return a Value; it returned a {type}.",
    "lesson02.neuron.slip": "For x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:g} your neuron gives {out:.4f}. {hint}",
    "lesson02.neuron.no_x2w2": "The term x2*w2 is missing from n.",
    "lesson02.neuron.no_x1w1": "The term x1*w1 is missing from n.",
    "lesson02.neuron.no_bias": "The bias b is missing from n = x1*w1 + x2*w2 + b.",
    "lesson02.neuron.no_tanh": "That is n = x1*w1 + x2*w2 + b. The neuron's output applies tanh to it.",
    "lesson02.neuron.relu": "That is relu(n). This neuron's activation is tanh: o = n.tanh().",
    "lesson02.neuron.sigmoid": "That is sigmoid(n). This neuron's activation is tanh: o = n.tanh().",
    "lesson02.neuron.swapped": "The weights are swapped: x1 goes with w1, x2 with w2.",
    "lesson02.neuron.added": "The inputs are added to the weights; a neuron multiplies them: x1*w1 + x2*w2 + b.",
    "lesson02.neuron.wrong": "For x1={x1:g}, w1={w1:g}, x2={x2:g}, w2={w2:g}, b={b:g} the output should be tanh({n:.4f}) = {o:.4f}, but it is {out:.4f}.",
    "lesson02.neuron.graph_cut": "The number is right, but the output's graph does not reach the Values you were given for {names}: build o from the arguments themselves, not from new Values made of their data.",
    "lesson02.neuron.right": "Your neuron builds o = tanh(x1*w1 + x2*w2 + b) from Values, so the whole graph is recorded; it gives 0.7071 for the seed's numbers.",

    # -- lesson02: subtraction for TinyValue
    "lesson02.sub.what": "your class (class MyTinyValue(TinyValue): ... with a __sub__)",
    "lesson02.sub.kind": "a class, such as class MyTinyValue(TinyValue): ...",
    "lesson02.sub.no_method": "{name} has no __sub__ method yet. Python turns p - q into p.__sub__(q): define def __sub__(self, other): inside the class.",
    "lesson02.sub.doing_make": "making {name}(5.0, label='p')",
    "lesson02.sub.doing_subtract": "computing p - q with p = 5, q = 2",
    "lesson02.sub.none": "p - q gave None: __sub__ must return the new node.",
    "lesson02.sub.plain_number": "p - q gave the plain number {got:g}, so the graph is lost. Return a new node: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.not_a_node": "p - q should give a node; it gave a {type}.",
    "lesson02.sub.changed_p": "p - q changed p itself (p.data is now {data!r}, was 5) and returned it. An operation must leave its inputs alone and return a new node: {name}(self.data - other.data, (self, other), \"-\").",
    "lesson02.sub.reversed": "p - q gave -3 for p = 5, q = 2: the order is reversed. self is the left operand: self.data - other.data.",
    "lesson02.sub.added": "p - q gave 7 for p = 5, q = 2: that is p + q.",
    "lesson02.sub.wrong_data": "p - q gave data {data!r} for p = 5, q = 2; it should be 3.",
    "lesson02.sub.prev_set": "_prev of p - q is a set, and a set has no order: it cannot say which input is subtracted from which. Pass the tuple (self, other) as _children.",
    "lesson02.sub.prev_empty": "The result of p - q does not remember its inputs (_prev is empty): pass (self, other) as _children, so that the graph is recorded.",
    "lesson02.sub.prev_reversed": "_prev of p - q is (q, p): keep the order of the operation, (self, other), so that a drawing shows which input is subtracted.",
    "lesson02.sub.prev_wrong": "_prev of p - q should be (p, q), the two nodes themselves; it is {prev}. Pass (self, other).",
    "lesson02.sub.prev_new_nodes": "_prev of p - q should be (p, q), the two nodes themselves; it is {prev}. Pass (self, other), not new nodes.",
    "lesson02.sub.something_else": "something else",
    "lesson02.sub.op": "The result of p - q records the operation {op!r}; record \"-\" as _op.",
    "lesson02.sub.doing_twice": "computing (p - q) - r, a result subtracted again",
    "lesson02.sub.twice_fails": "p - q is right, but (p - q) - r fails: {problem} Make the result a {name} (for example type(self)(...)), so that it can be subtracted again.",
    "lesson02.sub.twice_wrong": "(p - q) - r should give a node with data 2 for p = 5, q = 2, r = 1.",
    "lesson02.sub.right": "p - q gives a new node with data 3, _prev (p, q) and _op \"-\": the graph records the subtraction, and results can be subtracted again.",

    # -- lesson03: q.grad of p = q * r
    "lesson03.times.value": "You gave a Value (data {data:g}, grad {grad:g}). The exercise gives p.grad = 2 by hand (p is not the end of a graph you run backward on): work out the number q.grad = (dp/dq) × p.grad and put that number in answer.",
    "lesson03.times.what": "q.grad (a number)",
    "lesson03.times.right": "q.grad = r × p.grad = (-4) × 2 = -8: the local derivative of q * r with respect to q is the other input r, times the gradient from above.",
    "lesson03.times.local_only": "-4 is the local derivative dp/dq = r. Multiply it by the gradient that arrives from above, p.grad = 2.",
    "lesson03.times.own_input": "A * node hands each input the OTHER input: q's local derivative is r = -4, not q = 3.",
    "lesson03.times.passed_through": "Passing the gradient through unchanged is what a + node does. Here the operation is *.",
    "lesson03.times.sign": "The size is right, the sign is not: r = -4 is negative.",
    "lesson03.times.value_of_p": "-12 is p's value, q × r. The question is q.grad: (dp/dq) × p.grad.",
    "lesson03.times.otherwise": "{value:g} is not q.grad. Use q.grad = (dp/dq) × p.grad.",

    # -- lesson03: the local derivatives of p = a / b
    "lesson03.divide.what": "your function `divide_local_grads`",
    "lesson03.divide.kind": "a function divide_local_grads(a, b)",
    "lesson03.divide.doing": "calling divide_local_grads({a:g}, {b:g})",
    "lesson03.divide.not_two_numbers": "divide_local_grads({a:g}, {b:g}) returned {got!r}. Return two numbers: return dp_da, dp_db",
    "lesson03.divide.slip": "At a = {a:g}, b = {b:g} you return ({da:.4g}, {db:.4g}). {hint}",
    "lesson03.divide.sign_db": "The sign of ∂p/∂b is wrong. 1/b shrinks as b grows: d(1/b)/db = -1/b², so ∂p/∂b = -a/b².",
    "lesson03.divide.product": "Those are the local derivatives of a * b. For a / b: ∂p/∂a = 1/b.",
    "lesson03.divide.swapped": "The two are swapped: return (∂p/∂a, ∂p/∂b) = (1/b, -a/b²), in that order.",
    "lesson03.divide.no_factor_a": "∂p/∂b is missing the factor a: p = a × (1/b), so ∂p/∂b = a × (-1/b²).",
    "lesson03.divide.not_squared": "∂p/∂b: the derivative of 1/b is -1/b² (not -1/b), so ∂p/∂b = -a/b².",
    "lesson03.divide.sum": "Local derivatives 1 and 1 belong to a + node. For a / b: ∂p/∂a = 1/b.",
    "lesson03.divide.estimate": "At a = {a:g}, b = {b:g} you return ({da:.10g}, {db:.10g}); the exact pair is ({exact_da:.10g}, {exact_db:.10g}). Close: this looks like a numerical estimate (nudging a and b). Return the exact formulas for ∂p/∂a and ∂p/∂b instead.",
    "lesson03.divide.wrong_both": "At a = {a:g}, b = {b:g} you return ({da:.4g}, {db:.4g}). ∂p/∂a and ∂p/∂b should be as in ({exact_da:.4g}, {exact_db:.4g}). Nudge a, then b, in your head: p = a × (1/b).",
    "lesson03.divide.wrong_da": "At a = {a:g}, b = {b:g} you return ({da:.4g}, {db:.4g}). ∂p/∂a should be as in ({exact_da:.4g}, {exact_db:.4g}). Nudge a, then b, in your head: p = a × (1/b).",
    "lesson03.divide.wrong_db": "At a = {a:g}, b = {b:g} you return ({da:.4g}, {db:.4g}). ∂p/∂b should be as in ({exact_da:.4g}, {exact_db:.4g}). Nudge a, then b, in your head: p = a × (1/b).",
    "lesson03.divide.right": "∂p/∂a = 1/b and ∂p/∂b = -a/b²: with these two numbers stored on the node, the backward loop can pass a gradient through a division like through any other operation.",

    # -- lesson03: the graphs a learner's sort and backward loop are tried on (noun phrases: "the graph of ...")
    "lesson03.node.unlabelled": "an unlabelled node (data {data:g})",
    "lesson03.graph.reused": "c, from b = a + a and c = b + b",
    "lesson03.graph.lecture": "f, from d = a*b, e = a + b, f = d*e",
    "lesson03.graph.lesson01": "L, from lesson 01",
    "lesson03.graph.neuron": "the neuron's o",
    "lesson03.graph.leaf": "a single Value x, with no inputs",
    "lesson03.graph.unlabelled": "(a*b) * (a + b), whose nodes have no labels",

    # -- lesson03: the topological sort
    "lesson03.topo.what": "your function `topological_sort`",
    "lesson03.topo.kind": "a function topological_sort(root)",
    "lesson03.topo.list_kind": "the list that topological_sort returns",
    "lesson03.topo.doing": "sorting the graph of {graph}",
    "lesson03.topo.none": "topological_sort returned None: end it with return order.",
    "lesson03.topo.unordered": "topological_sort returned a {type}, which keeps no order. Return a list, and use the set only to remember the visited nodes.",
    "lesson03.topo.carried_over": "Sorting the graph of {graph} after another graph, your list still holds nodes of the graph before: it carries over between calls. A default argument such as order=[] or visited=set() is made once, when def runs, and shared by every call. Make them inside the function: order = [] and visited = set().",
    "lesson03.topo.empty": "For the graph of {graph} your list is empty. Did you call visit(root) after defining visit? Then return order.",
    "lesson03.topo.stranger_value": "For the graph of {graph} your list holds {label!r}, which is not one of its nodes. Append the nodes themselves (node, not node.data or node.label).",
    "lesson03.topo.stranger": "For the graph of {graph} your list holds a {type}, which is not one of its nodes. Append the nodes themselves (node, not node.data or node.label).",
    "lesson03.topo.twice": "For the graph of {graph} your list has {node} {count} times. A node used more than once is reached along several paths; list it once: remember the nodes you visited (a set) and skip them.",
    "lesson03.topo.missing_unlabelled": "For the graph of {graph} your list misses {missing} of its {nodes} nodes, though it sorted the labelled graphs. Nodes without labels (or with the same label) look alike by label: remember the visited nodes themselves (visited.add(node)), not node.label.",
    "lesson03.topo.missing": "For the graph of {graph} your list misses {names}. Visit every input in node._prev, and their inputs, down to the leaves.",
    "lesson03.topo.reversed": "For the graph of {graph} your list starts with the root {root!r}: it is in reverse. A topological order lists the inputs first and the root last (the backward pass then walks it reversed). Append each node after visiting its children, and return the list as it is, not reversed.",
    "lesson03.topo.before_input": "For the graph of {graph} your list has {node} before its input {child}. Every node must come after the nodes it was computed from: append a node after visiting its children.",
    "lesson03.topo.right": "Every node once, each after its inputs, the root last, also when a node is reused (b = a + a; c = b + b).",

    # -- lesson03: the backward loop
    "lesson03.backward.what": "your function `backward_pass`",
    "lesson03.backward.kind": "a function backward_pass(root)",
    "lesson03.backward.doing": "running backward_pass on the graph of {graph}",
    "lesson03.backward.calls_backward": "Your backward_pass calls root.backward(), the package's backward pass. Write the loop yourself: root.grad = 1, then for each node in reversed topological order, child.grad += local * node.grad.",
    "lesson03.backward.slip": "On the graph of {graph}: {hint}",
    "lesson03.backward.no_root_grad": "Every grad stays 0: set root.grad = 1 before the loop (dL/dL = 1), or there is nothing to pass on.",
    "lesson03.backward.overwrites": "Your grads are the ones that child.grad = ... (instead of +=) leaves: the last path overwrites the others. Use child.grad += ... so that the paths add up.",
    "lesson03.backward.forward_order": "These are the grads of a walk in forward order: a node passes on its grad before it has received it. Walk reversed(order), from the root to the inputs.",
    "lesson03.backward.local_only": "Each child got only the local derivative. Multiply it by the gradient from above: child.grad += local * node.grad.",
    "lesson03.backward.upstream_only": "Each child got the node's grad unchanged, as if every operation were +. Multiply by the local derivative: child.grad += local * node.grad.",
    "lesson03.backward.wrong": "On the graph of {graph}, {label}.grad is {got:.4g} but should be {expected:.4g}. Set root.grad = 1, then for each node in reversed topological order add local * node.grad into each child's grad. (If you use your own topological_sort, check it first.)",
    "lesson03.backward.right": "Your loop gives the same grads as Value.backward() on every graph tried, also where a node is used more than once.",

    # -- lesson03: gradients add up (t = s*s + s)
    "lesson03.accumulate.what": "s.grad (a number)",
    "lesson03.accumulate.right": "s.grad = 3 + 3 + 1 = 7: s reaches t along three paths (twice through s*s, once directly), and the three contributions add up. Calculus agrees: d(s² + s)/ds = 2s + 1 = 7.",
    "lesson03.accumulate.square_only": "6 counts only s*s. s is also added on its own (+ s): that path adds 1 more.",
    "lesson03.accumulate.one_input": "4 is one input of s*s (3) plus the direct path (1). s appears twice in s*s: each of the two inputs of that * node gets 3 (the other input), so s*s alone gives 3 + 3.",
    "lesson03.accumulate.overwritten": "{value:g} is one path alone; it is also what a backward pass with '=' instead of '+=' can leave behind, when the last path overwrites the others. Gradients from all paths add up.",
    "lesson03.accumulate.value_of_t": "12 is t's value, s*s + s. The question is s.grad, dt/ds.",
    "lesson03.accumulate.value_of_square": "9 is the value of s*s. The question is s.grad, dt/ds.",
    "lesson03.accumulate.twice": "14 is twice 7: the backward pass ran twice on the same graph, and s.grad (a leaf's grad) adds up over passes. Build s and t afresh and call t.backward() once.",
    "lesson03.accumulate.estimate": "{value:.10g} is close to the answer: it looks like a finite-difference estimate. The backward pass gives the exact number: put s.grad in answer after t.backward().",
    "lesson03.accumulate.otherwise": "{value:g} is not s.grad. Add up what every path from s to t contributes.",

    # -- lesson03: dL/db1 by the chain rule
    "lesson03.grad_b1.what": "your function `grad_b1`",
    "lesson03.grad_b1.kind": "a function grad_b1(x, y, w1, b1, w2, b2)",
    "lesson03.grad_b1.doing": "calling grad_b1(x, y, w1, b1, w2, b2) with numbers",
    "lesson03.grad_b1.value": "grad_b1 returned a Value (data {data:g}, grad {grad:g}), not a number. If it is b1 after backward(), return its .grad; the exercise asks for the number from the chain-rule formula.",
    "lesson03.grad_b1.not_a_number": "grad_b1 should return a number; it returned {result!r}.",
    "lesson03.grad_b1.right": "dL/db1 = 2 (y_hat - y) × w2 × h (1 - h) × 1 matches autograd at every point tried.",
    "lesson03.grad_b1.sign": "The sign is flipped: dL/dy_hat = 2 (y_hat - y), not 2 (y - y_hat).",
    "lesson03.grad_b1.no_sigmoid": "The sigmoid's derivative h (1 - h) is missing (dh/dz).",
    "lesson03.grad_b1.no_w2": "The factor w2 (dy_hat/dh) is missing.",
    "lesson03.grad_b1.dL_dw1": "That is dL/dw1: the last factor dz/db1 is 1, not x.",
    "lesson03.grad_b1.no_two": "The factor 2 from the square is missing.",
    "lesson03.grad_b1.dL_db2": "That is dL/db2. b1 sits deeper: multiply by w2 (dy_hat/dh) and h (1 - h) (dh/dz) too.",
    "lesson03.grad_b1.estimate": "At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives {autograd:.8f}, your function {got:.8f}: close, so this looks like a finite-difference estimate (nudging b1). Return the chain-rule formula: dL/dy_hat × dy_hat/dh × dh/dz × dz/db1.",
    "lesson03.grad_b1.wrong": "At x={x}, y={y}, w1={w1}, b1={b1}, w2={w2}, b2={b2} autograd gives {autograd:.6f}, your formula {got:.6f}. Multiply the four local derivatives dL/dy_hat × dy_hat/dh × dh/dz × dz/db1.",


    # ---- end of exercises 01-03 ----------------------------------------



    # ==================================================================
    # exercises: lessons 04-06, engine_check
    # ==================================================================


    # ---- end of exercises 04-06 ----------------------------------------



    # ==================================================================
    # figures and widgets: plots, widgets/*, descent, classifier, graph, train
    # ==================================================================


    # ---- end of figures and widgets ------------------------------------



    # ==================================================================
    # fonts and the rest
    # ==================================================================


    # ---- end ------------------------------------------------------------
}
