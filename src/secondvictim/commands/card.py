"""`secondvictim card`: the card to print (txt, md, html or JSON), full (two A4 pages) or pocket
(three A6 sides); the views are in `reference_view.py` and `card_view.py`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import UsageError
from ..i18n import Key
from ..parsing import parse_choice
from .common import CARD_FORMATS, FileOut, Output, load_guide, review_notes
from .options import ForceOption, JsonOption, file_option, show, typer_command

if TYPE_CHECKING:  # the models and renderers load only when a card is made
    from ..guide.models import Guide
    from ..render.blocks import Document
    from ..rules.choices import Lang

CARD_SIZES = ("pocket", "full")


class CardOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    card_format: Annotated[
        str | None, typer.Option("--format", metavar="md|html|txt", help="help.card_format", show_default=False)
    ] = None
    size: Annotated[
        str | None, typer.Option("--size", metavar="pocket|full", help="help.card_size", show_default=False)
    ] = None
    output: Annotated[Path | None, file_option("--output", "-o", help="help.card_output")] = None
    force: ForceOption = False
    json: JsonOption = False


def run(ctx: Any, opts: CardOptions) -> None:
    show(
        ctx,
        card(
            settings_of(ctx), opts.card_format, opts.output, opts.force, settings_of(ctx).streams.stdout, opts.json, opts.size
        ),
    )


command = typer_command(CardOptions, run)


def card(
    settings: Environment,
    card_format: str | None,
    output: Path | None,
    force: bool,
    to_terminal: bool,
    json: bool = False,
    size: str | None = None,
) -> Output:
    from .card_view import pocket_document
    from .reference_view import card_document
    from .sheets import chosen_format

    # An unknown size is said first, whatever else is given with it.
    pocket = parse_choice(size, CARD_SIZES, Key("what.size"), "--size") == "pocket" if size else False
    if json and pocket and not card_format:
        # --json is the whole guide as data: the pocket layout (a printed one) contradicts it;
        # --size full is the whole guide, as the JSON is.
        raise UsageError("err.card_json_size")
    # The format as every one-page document chooses it (sheets.chosen_format): --json, --format,
    # the extension of -o, else text on a terminal and Markdown when piped.
    chosen = chosen_format(card_format, output, force, json, CARD_FORMATS, "txt" if to_terminal else "md")
    if chosen == "json":
        return card_json(settings, output, force)
    guide, lang = load_guide(settings)[0].guide, settings.lang
    doc = pocket_document(guide, lang) if pocket else card_document(guide, lang)
    notes = review_notes(guide, lang, settings.today())
    if chosen == "txt" and output is None:
        return Output(document=doc, notes=notes)
    text = card_text(guide, lang, doc, chosen, pocket, settings.width)
    if output:
        return Output(files=(FileOut(output, text, private=False),), force=force, notes=notes)
    return Output(text=text, notes=notes)


def card_text(guide: Guide, lang: Lang, doc: Document, chosen: str, pocket: bool, width: int) -> str:
    """The card in a file's format: plain text, Markdown, or HTML (the pocket card one side a page)."""
    if chosen == "txt":
        from ..render.terminal import plain_text

        return plain_text(doc, lang, width)
    from ..render.markup import phone_links, to_html, to_html_sides, to_markdown

    if chosen == "md":
        return to_markdown(doc, lang)
    if pocket:
        from .card_view import pocket_sides

        return to_html_sides(pocket_sides(guide, lang), lang, phone_links(guide, lang))
    return to_html(doc, lang, phone_links(guide, lang))


def card_json(settings: Environment, output: Path | None, force: bool) -> Output:
    from ..render.jsondoc import dumps
    from .reference_view import card_data

    loaded = load_guide(settings)[0]
    data = card_data(loaded.guide, settings.lang, lambda rid: loaded.origin("resources", rid))
    notes = review_notes(loaded.guide, settings.lang, settings.today())
    if output:
        return Output(files=(FileOut(output, dumps(data), private=False),), force=force, notes=notes)
    return Output(data=data, notes=notes)
