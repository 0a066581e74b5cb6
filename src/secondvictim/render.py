"""Print a document: Rich on a terminal, plain text when piped, with NO_COLOR or --plain."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from .document import Banner, Document, Heading, Items, Para

LEVEL_STYLES = {0: "green", 1: "cyan", 2: "yellow", 3: "bold white on red"}
MARKERS = {"bullet": "-", "check": "[ ]"}


def use_rich(stream: TextIO, plain: bool = False) -> bool:
    """Colour and layout only for a person at a terminal that wants them (clig.dev, no-color.org)."""
    if plain or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def marker(style: str, index: int) -> str:
    return f"{index}." if style == "number" else MARKERS[style]


def plain_text(doc: Document) -> str:
    out: list[str] = []
    previous = None
    for block in doc:
        if isinstance(block, (Heading, Banner)):
            text = block.text.upper() if isinstance(block, Banner) else block.text
            if out:
                out.append("")
            out.append(text)
            if isinstance(block, Banner) or block.depth == 1:
                out.append(("=" if isinstance(block, Banner) else "-") * len(text))
        elif isinstance(block, Para):
            if block.style == "note" and out and not isinstance(previous, Heading):
                out.append("")
            out.append(f"  {block.text}" if block.style == "quote" else block.text)
        elif isinstance(block, Items):
            for index, item in enumerate(block.items, start=1):
                first, *rest = item.split("\n")
                lead = marker(block.style, index) + " "
                out.append(lead + first)
                out += [" " * len(lead) + line for line in rest]
        previous = block
    return "\n".join(out) + "\n"


def print_rich(doc: Document, stream: TextIO) -> None:
    from rich.console import Console, Group
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    # highlight=False: Rich would otherwise recolour phone numbers; Text() never reads markup,
    # so "[bold]" in the data prints as written.
    console = Console(file=stream, highlight=False, emoji=False)
    first = True
    previous = None
    for block in doc:
        if isinstance(block, Banner):
            console.print(
                Panel(Text(block.text, style="bold"), border_style=LEVEL_STYLES[block.level], expand=False)
            )
        elif isinstance(block, Heading):
            if not first:
                console.print()
            style = "bold underline" if block.depth == 1 else "bold"
            console.print(Text(block.text, style=f"{style} red" if block.alert else style))
        elif isinstance(block, Para):
            if block.style == "note" and not first and not isinstance(previous, Heading):
                console.print()
            style = {"quote": "bold italic", "note": "dim", "normal": ""}[block.style]
            text = Text(block.text, style=style)
            console.print(Padding(text, (0, 0, 0, 2)) if block.style == "quote" else text)
        elif isinstance(block, Items):
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column()
            for index, item in enumerate(block.items, start=1):
                body = Group(*(Text(line) for line in item.split("\n")))
                sign = "☐" if block.style == "check" else ("•" if block.style == "bullet" else f"{index}.")
                grid.add_row(Text(sign), body)
            console.print(grid)
        first = False
        previous = block


def print_document(doc: Document, *, plain: bool = False, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if use_rich(stream, plain):
        print_rich(doc, stream)
    else:
        stream.write(plain_text(doc))
        stream.flush()
