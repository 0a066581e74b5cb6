"""`secondvictim avoid`: the attitudes to avoid; the view is in `reference_view.py`."""

from __future__ import annotations

from typing import Any, NamedTuple

from ..cli_framework import settings_of
from ..environment import Environment
from .common import Output, load_guide
from .options import JsonOption, show, typer_command


class AvoidOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    json: JsonOption = False


def run(ctx: Any, opts: AvoidOptions) -> None:
    show(ctx, avoid(settings_of(ctx), opts.json))


command = typer_command(AvoidOptions, run)


def avoid(settings: Environment, json: bool) -> Output:
    guide = load_guide(settings)[0].guide
    if json:
        from ..guide.models import tr
        from ..render.jsondoc import document
        from .reference_view import attitudes_data

        lang = settings.lang
        body = {"intro": tr(guide.attitudes_intro, lang), "attitudes": attitudes_data(guide, lang)}
        return Output(data=document("avoid", lang, body))
    from .reference_view import avoid_document

    return Output(document=avoid_document(guide, settings.lang))
