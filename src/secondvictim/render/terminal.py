"""Print a document for a person: Rich styles on a terminal, plain text otherwise.

Both are laid out here, line by line, by one wrapping function: no line is wider than the
terminal (capped at 100 columns for reading), and no word, phone number or "24/7" is ever split.
Rich only adds styles; a level is always said in words, never by colour alone.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from ..i18n import t, typeset
from ..rules.choices import Lang
from .blocks import Banner, Document, Heading, Items, Para, typeset_document
from .wrapping import MAX_WIDTH, wrap

if TYPE_CHECKING:
    from ..environment import Environment

LEVEL_STYLES = {0: "bold black on green", 1: "bold black on cyan", 2: "bold black on yellow", 3: "bold white on red"}
PLAIN_MARKERS = {"bullet": "-", "check": "[ ]"}
RICH_MARKERS = {"bullet": "•", "check": "☐"}


def use_rich(terminal: bool, plain: bool = False) -> bool:
    """Colour and layout only for a person at a terminal (`terminal`: the stream is one, as the
    Environment found it) that wants them (clig.dev, no-color.org)."""
    if plain:  # --plain, NO_COLOR or a dumb terminal (Environment.plain_output)
        return False
    return terminal


# A laid-out line: its text and a style name ("" for none).
Line = tuple[str, str]


def layout(doc: Document, width: int, *, rich: bool, lang: Lang = "en") -> list[Line]:
    """The document as lines of at most `width` columns, with a style for each."""
    out: list[Line] = []
    previous: object = None
    for block in doc:
        if isinstance(block, Banner):
            if out:
                out.append(("", ""))
            text = f" {block.text.upper()} " if rich else block.text.upper()
            out += [(line, f"banner-{block.level}") for line in wrap(text, width)]
        elif isinstance(block, Heading) and block.depth == 3:
            # A label in a compact block (the one-screen answer): no blank line, a colon.
            label = typeset(t("label", lang, text=block.text), lang)
            out += [(line, "heading-2") for line in wrap(label, width)]
        elif isinstance(block, Heading):
            if out and not isinstance(previous, Banner):
                out.append(("", ""))
            style = "alert" if block.alert else f"heading-{block.depth}"
            out += [(line, style) for line in wrap(block.text, width)]
            if block.depth == 1 and not rich:
                out.append(("-" * min(len(block.text), width), ""))
        elif isinstance(block, Para):
            if block.style == "note" and out and not isinstance(previous, Heading):
                out.append(("", ""))
            indent = "  " if block.style == "quote" else ""
            out += [(line, block.style) for line in wrap(block.text, width, indent, indent)]
        elif isinstance(block, Items) and block.style == "line":
            out += [(item, "") for item in block.items]
        elif isinstance(block, Items):
            markers = RICH_MARKERS if rich else PLAIN_MARKERS
            for index, item in enumerate(block.items, start=block.start):
                lead = (f"{index}." if block.style == "number" else markers[block.style]) + " "
                hang = " " * len(lead)
                first, *details = item.split("\n")
                out += [(line, "") for line in wrap(first, width, lead, hang)]
                out += [(line, "detail") for detail in details for line in wrap(detail, width, hang, hang)]
        previous = block
    return out


RICH_STYLES = {
    "heading-1": "bold underline",
    "heading-2": "bold",
    "alert": "bold red",
    "quote": "bold italic",
    # Not dim: the disclaimer is a note, and dim text is hard to read on many terminals.
    "note": "italic",
    "detail": "",
}


def plain_text(doc: Document, lang: Lang, width: int = MAX_WIDTH) -> str:
    """The document as plain text laid out for `width` columns (Environment.width)."""
    doc = typeset_document(doc, lang)
    return "\n".join(text for text, _ in layout(doc, width, rich=False, lang=lang)) + "\n"


def print_rich(
    doc: Document, stream: TextIO, lang: Lang, *, width: int = MAX_WIDTH, height: int = 24, force_terminal: bool = False
) -> None:
    from rich.console import Console
    from rich.text import Text

    # highlight=False: Rich would otherwise recolour phone numbers; Text() never reads markup,
    # so "[bold]" in the data prints as written. soft_wrap: the lines are laid out already.
    # The size is ours, clamped: Rich reads COLUMNS itself, and COLUMNS=0 made it print nothing,
    # not even the level or the numbers.
    console = Console(
        file=stream, highlight=False, emoji=False, soft_wrap=True, width=width, height=height,
        force_terminal=force_terminal or None,
    )  # fmt: skip
    for text, style in layout(typeset_document(doc, lang), width, rich=True, lang=lang):
        if style.startswith("banner-"):
            style = LEVEL_STYLES[int(style.removeprefix("banner-"))]
        console.print(Text(text, style=RICH_STYLES.get(style, style)))


def print_document(doc: Document, settings: Environment) -> None:
    """`doc` on standard output, for the run's terminal (its width, colour if it wants it)."""
    stream, lang = sys.stdout, settings.lang
    if use_rich(settings.streams.stdout, settings.plain_output):
        print_rich(doc, stream, lang, width=settings.width, height=settings.height)
    else:
        stream.write(plain_text(doc, lang, settings.width))
        stream.flush()


def page_document(doc: Document, pager: str | None, settings: Environment) -> None:
    """Print `doc`; through `pager` (given only when standard output is a terminal, never when
    piped) when it is longer than the screen, so that what was on the screen stays behind it. Without a pager
    that runs, printed as it is."""
    import io
    import shlex
    import signal
    import subprocess

    lang, width = settings.lang, settings.width
    if pager is None or len(plain_text(doc, lang, width).splitlines()) < settings.height:
        print_document(doc, settings)
        return
    buffer = io.StringIO()
    if use_rich(settings.streams.stdout, settings.plain_output):
        print_rich(doc, buffer, lang, width=width, height=settings.height, force_terminal=True)
    else:
        buffer.write(plain_text(doc, lang, width))
    sys.stdout.flush()
    # Ctrl-C belongs to the pager while it runs (less stops a search with it), as git does.
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ran = subprocess.run(
            shlex.split(pager), input=buffer.getvalue().encode("utf-8"), check=False,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )  # fmt: skip
        failed = ran.returncode > 0  # a pager that failed (PAGER=false) showed nothing: never lose it
    except (OSError, ValueError):
        failed = True  # no such pager (or PAGER cannot be read as a command)
    finally:
        signal.signal(signal.SIGINT, before)
    if failed:
        # The text itself, rather than the guidance lost without a word.
        sys.stdout.write(buffer.getvalue())
        sys.stdout.flush()
