"""`secondvictim handout`: the sheet to hand to the colleague (terminal, txt, md, html or JSON);
the view is in `handout_view.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..i18n import Key, t
from ..parsing import parse_choice
from .common import CARD_FORMATS, Output, load_guide
from .options import ForceOption, JsonOption, file_option, show, typer_command


class HandoutOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    address: Annotated[
        str, typer.Option("--address", metavar="vous|tu", help="help.handout_address", show_default=False)
    ] = "vous"
    sheet_format: Annotated[
        str | None, typer.Option("--format", metavar="txt|md|html", help="help.handout_format", show_default=False)
    ] = None
    output: Annotated[Path | None, file_option("--output", "-o", help="help.handout_output")] = None
    force: ForceOption = False
    json: JsonOption = False


def run(ctx: Any, opts: HandoutOptions) -> None:
    show(ctx, handout(settings_of(ctx), opts, settings_of(ctx).streams.stdout))


command = typer_command(HandoutOptions, run)


def handout(settings: Environment, opts: HandoutOptions, to_terminal: bool) -> Output:
    """The sheet for the colleague, from the institution's data; nothing about anyone in it."""
    from .handout_view import ADDRESSES, handout_data, handout_document
    from .sheets import chosen_format, json_output, written

    address: Any = parse_choice(opts.address, ADDRESSES, Key("what.address"), "--address")
    default = "txt" if to_terminal else "md"
    chosen = chosen_format(opts.sheet_format, opts.output, opts.force, opts.json, CARD_FORMATS, default)
    loaded = load_guide(settings)[0]
    guide, lang = loaded.guide, settings.lang
    # English has one "you": the informal address is French only, said rather than ignored.
    notes = (t("handout.address_english", lang),) if address == "tu" and lang != "fr" else ()
    if chosen == "json":
        data = handout_data(guide, lang, address, lambda rid: loaded.origin("resources", rid))
        return json_output(data, opts.output, opts.force, notes)
    doc = handout_document(guide, lang, address)
    return written(doc, guide, lang, chosen, opts.output, opts.force, notes, width=settings.width)
