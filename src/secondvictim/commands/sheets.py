"""What the documents to print or hand out share (card, handout, protocol): the format chosen from
--format, the file's extension or the terminal, and the document written in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..files import check_targets
from ..guide.models import Guide
from ..i18n import Key
from ..parsing import parse_choice
from ..render.blocks import Document
from ..rules.choices import Lang
from .common import FileOut, Output, extension_clash, format_of

# Printed on one A4 page: type of 10 pt at least (the card's print style is smaller).
ONE_PAGE_STYLE = """
@media print {
  body { font-size: 10pt; line-height: 1.22; }
  main { column-count: 2; column-gap: 6mm; }
  section.emergency a { font-size: 1.15em; }
}
"""


def chosen_format(
    given: str | None, output: Path | None, force: bool, json: bool, allowed: tuple[str, ...], default: str
) -> str:
    """The format asked for (--json, --format, the extension of -o), else `default`; the target
    checked before anything is built."""
    if force and not output:
        raise UsageError("err.force_alone")
    if json and given:
        raise UsageError("err.json_format")
    if output:
        check_targets([output], force)
    if json:
        if output:
            extension_clash(output, "json", "err.json_clash")
        return "json"
    if output and str(output) != "-":
        return format_of(output, given, allowed)
    if given:
        return parse_choice(given, allowed, Key("what.format"), "--format")
    return default


def written(
    doc: Document,
    guide: Guide,
    lang: Lang,
    chosen: str,
    output: Path | None,
    force: bool,
    notes: tuple[str, ...] = (),
    *,
    width: int,
) -> Output:
    """The document in the format chosen: on the terminal as the other commands show one, else as
    text (laid out for `width`, Environment.width), Markdown or a page of HTML, written to `output`
    if given (readable by all: it holds nothing about anyone)."""
    if chosen == "txt" and output is None:
        return Output(document=doc, notes=notes)
    text = rendered(doc, guide, lang, chosen, width)
    if output:
        return Output(files=(FileOut(output, text, private=False),), force=force, notes=notes)
    return Output(text=text, notes=notes)


def rendered(doc: Document, guide: Guide, lang: Lang, chosen: str, width: int) -> str:
    if chosen == "txt":
        from ..render.terminal import plain_text

        return plain_text(doc, lang, width)
    from ..render.markup import phone_links, to_html, to_markdown

    if chosen == "html":
        return to_html(doc, lang, phone_links(guide, lang), style=ONE_PAGE_STYLE)
    return to_markdown(doc, lang)


def json_output(data: dict[str, Any], output: Path | None, force: bool, notes: tuple[str, ...] = ()) -> Output:
    if output:
        from ..render.jsondoc import dumps

        return Output(files=(FileOut(output, dumps(data), private=False),), force=force, notes=notes)
    return Output(data=data, notes=notes)
