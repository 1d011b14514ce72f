"""Checks for lesson 05, "Training a small neural network end to end".

The lesson's network is MLP(2, [16, 16, 1]); its loss is micrograd's demo
loss, the mean hinge loss relu(1 - y * score) plus a small L2 penalty.
"""

from .answers import check_number

__all__ = ["check_parameter_count", "check_hinge_loss", "check_untrained_loss"]


def check_parameter_count(answer):
    """Exercise: the number of parameters of MLP(2, [16, 16, 1]).

    Each neuron has one weight per input plus one bias:
    16 * (2 + 1) + 16 * (16 + 1) + 1 * (16 + 1) = 48 + 272 + 17 = 337.
    """
    return check_number(
        answer,
        what="the number of parameters (a whole number)",
        kind="a whole number",
        target=337,
        tol=0,
        right="337 = 16 * (2 + 1) + 16 * (16 + 1) + 1 * (16 + 1): every neuron has one "
              "weight per input and one bias. `len(model.parameters())` agrees.",
        mistakes=[
            (304, 0, "304 counts the weights only (2*16 + 16*16 + 16*1). Every neuron also "
                     "has a bias: add one per neuron."),
            (33, 0, "33 is the number of neurons (16 + 16 + 1). Count their weights and "
                    "biases."),
        ],
        otherwise=lambda value: (
            f"{value:g} is not it. A neuron with n inputs has n weights and 1 bias; add "
            "this up over the 16 + 16 + 1 neurons (the first layer has 2 inputs, the "
            "others 16)."
        ),
    )


def check_hinge_loss(answer):
    """Exercise: the mean hinge loss of scores [2.0, 0.3, -0.5] for labels [+1, +1, -1].

    relu(1 - 2.0) = 0, relu(1 - 0.3) = 0.7, relu(1 - 0.5) = 0.5; mean 1.2 / 3 = 0.4.
    """
    return check_number(
        answer,
        what="the mean hinge loss (a number)",
        target=0.4,
        tol=1e-9,
        right="The first point is on the right side with a margin of at least 1, so its "
              "loss is 0; the second (0.7) is right but too close to the boundary; the "
              "third (0.5) is right too, but also too close. Mean: 1.2 / 3 = 0.4.",
        mistakes=[
            (1.2, 1e-9, "1.2 is the sum of the three losses. Take the mean."),
            (0.2 / 3, 1e-9, "The first point's 1 - 2.0 = -1 must not count as negative "
                            "loss: relu turns it into 0. A point beyond the margin costs "
                            "nothing."),
            (2.2 / 3, 1e-9, "Check the sign for the third point: its label is -1, so "
                            "1 - y * score = 1 - (-1)(-0.5) = 0.5."),
        ],
        otherwise=lambda value: (
            f"{value:.4g} is not it. For each point compute relu(1 - label * score), then "
            "take the mean of the three."
        ),
    )


def check_untrained_loss(answer):
    """Exercise: the data loss (without the L2 term) of a network whose score is 0
    for every point: relu(1 - y * 0) = 1 for every point, so the mean is 1.
    """
    return check_number(
        answer,
        what="the hinge loss of a network that always outputs 0 (a number)",
        target=1.0,
        tol=1e-9,
        right="Every point has 1 - y * 0 = 1, so the mean is 1. That is why the loss "
              "of an untrained network starts near 1, and why the hinge loss pushes "
              "every score to be at least 1 on the correct side.",
        mistakes=[
            (0.0, 1e-9, "A score of 0 sits exactly on the boundary: no point is on its "
                        "correct side with a margin. Compute relu(1 - y * 0) for y = +1 "
                        "and y = -1."),
            (0.5, 1e-9, "Half right is not how the hinge loss counts: compute "
                        "relu(1 - y * 0) for y = +1 and for y = -1; both give the same "
                        "number."),
        ],
        otherwise=lambda value: (
            f"{value:.4g} is not it. Put score = 0 into relu(1 - y * score) for a point "
            "with y = +1 and for one with y = -1."
        ),
    )
