"""A document: a small list of blocks (headings, paragraphs, items), independent of how it is
printed. The renderers decide how a block looks; the commands choose the content."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from ..i18n import typeset
from ..rules.choices import Lang

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Heading:
    text: str
    depth: int = 1  # 1: a section; 2: a part of a section; 3: a label inside a compact block
    alert: bool = False  # the emergency numbers: set apart wherever they are shown


@dataclass(frozen=True)
class Banner:
    """The action level, stated in words; the terminal renderer adds colour, never alone."""

    text: str
    level: int


@dataclass(frozen=True)
class Para:
    text: str
    style: Literal["normal", "quote", "note"] = "normal"


@dataclass(frozen=True)
class Items:
    # An item may span several lines ("\n"); the first is the item, the others details.
    items: tuple[str, ...]
    # "line": each item a line as it is, never wrapped (file:line: field: problem, for editors).
    style: Literal["bullet", "check", "number", "line"] = "bullet"
    # The number of the first item of a numbered list (a list continued, on a small screen).
    start: int = 1


Block = Heading | Banner | Para | Items


Document = list[Block]


# The end of a detail line that leaves room to write a number by hand, on a printed card. The
# HTML renderer draws it as a line; Markdown and plain text show it as it is.
WRITE_IN = "_" * 24


def typeset_document(doc: Document, lang: Lang) -> Document:
    """Every text of the document with the language's typography."""
    if lang != "fr":
        return doc
    out: Document = []
    for block in doc:
        if isinstance(block, Items):
            out.append(Items(tuple(typeset(item, lang) for item in block.items), block.style, block.start))
        else:
            out.append(replace(block, text=typeset(block.text, lang)))
    return out
