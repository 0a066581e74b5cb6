"""`secondvictim protocol`: the institution's one-page operating model (terminal, txt, md, html
or JSON); the view is in `protocol_view.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from .common import Output, load_guide, review_notes, unset_contacts
from .options import ForceOption, JsonOption, file_option, show, typer_command

# As the handout: text (the terminal shows it), Markdown or HTML.
PROTOCOL_FORMATS = ("txt", "md", "html")


class ProtocolOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    protocol_format: Annotated[
        str | None, typer.Option("--format", metavar="txt|md|html", help="help.protocol_format", show_default=False)
    ] = None
    output: Annotated[Path | None, file_option("--output", "-o", help="help.protocol_output")] = None
    force: ForceOption = False
    json: JsonOption = False


def run(ctx: Any, opts: ProtocolOptions) -> None:
    show(ctx, protocol(settings_of(ctx), opts, settings_of(ctx).streams.stdout))


command = typer_command(ProtocolOptions, run)


def protocol(settings: Environment, opts: ProtocolOptions, to_terminal: bool) -> Output:
    """The operating model from the institution's validated data, dated by the run's clock; the
    contacts not set yet and the numbers past their review date are said after it (stderr)."""
    from .protocol_view import protocol_data, protocol_document
    from .sheets import chosen_format, json_output, written

    default = "txt" if to_terminal else "md"
    chosen = chosen_format(opts.protocol_format, opts.output, opts.force, opts.json, PROTOCOL_FORMATS, default)
    loaded = load_guide(settings)[0]
    guide, lang, today = loaded.guide, settings.lang, settings.today()
    unset = unset_contacts(guide, lang)
    notes = ((unset["message"],) if unset else ()) + review_notes(guide, lang, today)
    if chosen == "json":
        data = protocol_data(guide, lang, today, lambda rid: loaded.origin("resources", rid))
        return json_output(data, opts.output, opts.force, notes)
    return written(protocol_document(guide, lang, today), guide, lang, chosen, opts.output, opts.force, notes, width=settings.width)
