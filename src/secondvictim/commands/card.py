"""`secondvictim card`: the pocket card to print (txt, md, html or JSON); the view is in `reference_view.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import UsageError
from ..files import check_targets
from ..i18n import Key
from ..parsing import parse_choice
from .common import CARD_FORMATS, FileOut, Output, format_of, load_guide, review_notes
from .options import ForceOption, JsonOption, file_option, show, typer_command


class CardOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    card_format: Annotated[
        str | None, typer.Option("--format", metavar="md|html|txt", help="help.card_format", show_default=False)
    ] = None
    output: Annotated[Path | None, file_option("--output", "-o", help="help.card_output")] = None
    force: ForceOption = False
    json: JsonOption = False


def run(ctx: Any, opts: CardOptions) -> None:
    show(ctx, card(settings_of(ctx), opts.card_format, opts.output, opts.force, settings_of(ctx).streams.stdout, opts.json))


command = typer_command(CardOptions, run)


def card(
    settings: Environment,
    card_format: str | None,
    output: Path | None,
    force: bool,
    to_terminal: bool,
    json: bool = False,
) -> Output:
    from .reference_view import card_document

    if force and not output:
        raise UsageError("err.card_force_alone")
    if json:
        # --json is a format of its own: --format would contradict it; -o (and --force) are
        # honoured, the JSON written to that file.
        if card_format:
            raise UsageError("err.card_json_format")
        return card_json(settings, output, force)
    if output:
        chosen = format_of(output, card_format, CARD_FORMATS)
        check_targets([output], force)
    elif card_format:
        chosen = parse_choice(card_format, CARD_FORMATS, Key("what.format"), "--format")
    else:
        chosen = "txt" if to_terminal else "md"
    guide, lang = load_guide(settings)[0].guide, settings.lang
    doc = card_document(guide, lang)
    notes = review_notes(guide, lang, settings.today())
    if chosen == "txt" and output is None:
        return Output(document=doc, notes=notes)
    if chosen == "txt":
        from ..render_terminal import plain_text

        text = plain_text(doc, lang)
    else:
        from ..render_markup import phone_links, to_html, to_markdown

        text = to_html(doc, lang, phone_links(guide, lang)) if chosen == "html" else to_markdown(doc, lang)
    if output:
        return Output(files=(FileOut(output, text, private=False),), force=force, notes=notes)
    return Output(text=text, notes=notes)


def card_json(settings: Environment, output: Path | None, force: bool) -> Output:
    from ..render_json import dumps
    from .reference_view import card_data

    if output:
        check_targets([output], force)
    loaded = load_guide(settings)[0]
    data = card_data(loaded.guide, settings.lang, lambda rid: loaded.origin("resources", rid))
    notes = review_notes(loaded.guide, settings.lang, settings.today())
    if output:
        return Output(files=(FileOut(output, dumps(data), private=False),), force=force, notes=notes)
    return Output(data=data, notes=notes)
