"""The decision on a small terminal (fewer than 24 rows): a compact form that keeps the level, why,
the first action and the numbers to call; what it leaves out opens the rest, so nothing is lost.

A pure transformation of the decision's blocks, whatever the command (triage, check-in).
"""

from __future__ import annotations

from .blocks import Banner, Document, Heading, Items, Para

# Below this many rows, the full decision (22 rows at most, and the prompt) would scroll.
FULL_ROWS = 24


def compact(decision: Document, rest: Document) -> tuple[Document, Document]:
    """The compact decision, and the rest with what the decision left out first.

    Kept: the banner (the level), the paragraphs that say why, the first numbered action, every
    item of the other lists (the numbers to call). Left to the rest: the other actions, and the
    words to say (a quote and its label)."""
    kept: Document = []
    left: Document = []
    first_action = True
    for index, block in enumerate(decision):
        following = decision[index + 1] if index + 1 < len(decision) else None
        if (isinstance(block, Heading) and isinstance(following, Para) and following.style == "quote") or (isinstance(block, Para) and block.style == "quote"):
            left.append(block)
        elif isinstance(block, Items) and block.style == "number" and first_action and len(block.items) > 1:
            kept.append(Items(block.items[:1], style="number"))
            left.append(Items(block.items[1:], style="bullet"))
            first_action = False
        else:
            kept.append(block)
    assert any(isinstance(b, Banner) for b in kept) == any(isinstance(b, Banner) for b in decision)
    return kept, [*left, *rest]
