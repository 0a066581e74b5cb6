"""The decision on a small terminal (fewer than 24 rows): a compact form that keeps the level, why,
the first actions (as many as the screen holds, at least the first) and the numbers to call; what
it leaves out opens the rest, so nothing is lost.

A pure transformation of the decision's blocks, whatever the command (triage, check-in).
"""

from __future__ import annotations

from collections.abc import Callable

from .render.blocks import Banner, Document, Heading, Items, Para

# Below this many rows, the full decision (22 rows at most, and the prompt) would scroll.
FULL_ROWS = 24


def fitted(
    decision: Document, rest: Document, fits: Callable[[Document], bool], more: Callable[[int], str]
) -> tuple[Document, Document]:
    """The compact decision with as many of the first actions as `fits` the screen (at least the
    first: after a red flag, "do not leave them alone"), and the rest with what it left out;
    `more(n)` says under the kept actions that n more follow (a line the screen must hold too)."""
    actions = max((len(b.items) for b in decision if isinstance(b, Items) and b.style == "number"), default=1)
    for kept in range(actions, 1, -1):
        candidate = compact(decision, rest, more, kept)
        if fits(candidate[0]):
            return candidate
    return compact(decision, rest, more)


def compact(
    decision: Document, rest: Document, more: Callable[[int], str], actions: int = 1
) -> tuple[Document, Document]:
    """The compact decision, and the rest with what the decision left out first.

    Kept: the banner (the level), the paragraphs that say why, the first `actions` numbered
    actions and a line saying how many more follow (`more`), every item of the other lists (the
    numbers to call). Left to the rest: the other actions, numbered on from the kept ones, and the
    words to say (a quote and its label)."""
    kept: Document = []
    left: Document = []
    first_action = True
    for index, block in enumerate(decision):
        following = decision[index + 1] if index + 1 < len(decision) else None
        if (isinstance(block, Heading) and isinstance(following, Para) and following.style == "quote") or (isinstance(block, Para) and block.style == "quote"):
            left.append(block)
        elif isinstance(block, Items) and block.style == "number" and first_action and len(block.items) > actions:
            kept.append(Items(block.items[:actions], style="number"))
            kept.append(Para(more(len(block.items) - actions)))
            left.append(Items(block.items[actions:], style="number", start=actions + 1))
            first_action = False
        else:
            kept.append(block)
    assert any(isinstance(b, Banner) for b in kept) == any(isinstance(b, Banner) for b in decision)
    return kept, [*left, *rest]
