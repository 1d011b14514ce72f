"""Checks for lesson 04, "Gradient descent and the learning rate".

The lesson's losses: L(w) = (w - 3)**2 from w = -1 (gradient 2 (w - 3)), and
the elongated bowl L(w1, w2) = w1**2 + 10 * w2**2 (gradient (2 w1, 20 w2)).
"""

from .answers import check_number

__all__ = ["check_one_step", "check_largest_rate", "check_bowl_rate"]


def check_one_step(answer):
    """Exercise: one update of w = -1 on (w - 3)**2 with learning rate 0.1.

    dL/dw = 2 * (-1 - 3) = -8, so w <- -1 - 0.1 * (-8) = -0.2.
    """
    step_size = (
        "That is the size of the step, learning_rate * gradient. Subtract "
        "it from the old w = -1."
    )
    return check_number(
        answer,
        what="the new value of w after one update (a number)",
        target=-0.2,
        tol=1e-6,
        right="w = -1 - 0.1 * (-8) = -0.2. The gradient is negative (the loss goes "
              "down to the right), so the update moves w to the right, towards 3.",
        mistakes=[
            (-1.8, 1e-6, "You added learning_rate * gradient, which walks uphill. The rule "
                         "subtracts it: w - 0.1 * (-8)."),
            (-8.0, 1e-6, "-8 is the gradient dL/dw = 2 * (w - 3) at w = -1. Now use it in "
                         "the update w - learning_rate * gradient."),
            (0.8, 1e-6, step_size),
            (-0.8, 1e-6, step_size),
        ],
        otherwise=lambda value: (
            f"{value:.4g} is not it. Compute the gradient 2 * (w - 3) at w = -1, "
            "then w - 0.1 * gradient."
        ),
    )


def _rate_too_large_or_small(value):
    """What to say about a learning rate ``value`` other than 1 (or 0.5)."""
    if value > 1.0:
        return (
            f"At lr = {value:.4g} the factor 1 - 2 * lr is {1 - 2 * value:.4g}: every jump "
            "is longer than the last. Find the lr where the factor is exactly -1."
        )
    return (
        f"At lr = {value:.4g} the run settles, but a larger rate would too. One update "
        "multiplies w - 3 by 1 - 2 * lr; find the largest lr where that factor "
        "is still between -1 and 1."
    )


def check_largest_rate(answer):
    """Exercise: the largest learning rate for which descent on (w - 3)**2 does
    not diverge. One update multiplies w - 3 by 1 - 2 * lr; the run stays
    bounded while |1 - 2 * lr| <= 1, i.e. up to lr = 1.
    """
    return check_number(
        answer,
        what="the largest learning rate that does not diverge (a number)",
        target=1.0,
        tol=1e-6,
        right="One update multiplies the distance to the bottom by 1 - 2 * lr. For "
              "lr = 1 that factor is -1: w jumps between -1 and 7 forever. Below 1 "
              "the jumps shrink; above 1 they grow, and the run diverges.",
        mistakes=[
            (0.5, 1e-6, "0.5 is the best rate: the factor 1 - 2 * lr is 0 and one step "
                        "lands on w = 3. Larger rates overshoot, but the run still settles "
                        "as long as the factor stays between -1 and 1."),
        ],
        otherwise=_rate_too_large_or_small,
    )


def check_bowl_rate(answer):
    """Exercise: the largest learning rate for which descent on
    w1**2 + 10 * w2**2 does not diverge. Each coordinate has its own factor,
    1 - 2 * lr for w1 and 1 - 20 * lr for w2; the steep one limits lr to 0.1.
    """
    return check_number(
        answer,
        what="the largest learning rate that does not diverge (a number)",
        target=0.1,
        tol=1e-6,
        right="The w2 direction is ten times steeper: its factor 1 - 20 * lr reaches "
              "-1 at lr = 0.1, while the w1 direction would allow up to 1. The "
              "steepest direction sets the limit, and the gentle one then moves slowly.",
        mistakes=[
            (1.0, 1e-6, "1 is the limit for the w1 direction alone (factor 1 - 2 * lr). "
                        "The w2 direction is ten times steeper: its factor is 1 - 20 * lr."),
            (0.05, 1e-6, "0.05 makes the w2 factor 1 - 20 * lr exactly 0 (w2 reaches 0 in "
                         "one step). Larger rates still settle, zig-zagging, until the "
                         "factor is -1."),
        ],
        otherwise="Each coordinate is multiplied by its own factor every step: 1 - 2 * lr "
                  "for w1 and 1 - 20 * lr for w2. Find the largest lr for which both stay "
                  "between -1 and 1.",
    )
