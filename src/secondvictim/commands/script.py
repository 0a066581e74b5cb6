"""`secondvictim script`: what to say; the view is in `reference_view.py`."""

from __future__ import annotations

from typing import Any, NamedTuple

from ..cli_framework import settings_of
from ..environment import Environment
from .common import Output, load_guide
from .options import JsonOption, show, typer_command


class ScriptOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    json: JsonOption = False


def run(ctx: Any, opts: ScriptOptions) -> None:
    show(ctx, script(settings_of(ctx), opts.json))


command = typer_command(ScriptOptions, run)


def script(settings: Environment, json: bool = False) -> Output:
    guide, lang = load_guide(settings)[0].guide, settings.lang
    if json:
        from ..render.jsondoc import document
        from .reference_view import script_data

        return Output(data=document("script", lang, script_data(guide, lang)))
    from .reference_view import script_document

    return Output(document=script_document(guide, lang))
