"""`secondvictim signs`: the warning signs and red flags; the view is in `reference_view.py`."""

from __future__ import annotations

from typing import Any, NamedTuple

from ..cli_framework import settings_of
from ..environment import Environment
from .common import Output, load_guide
from .options import JsonOption, show, typer_command


class SignsOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    json: JsonOption = False


def run(ctx: Any, opts: SignsOptions) -> None:
    show(ctx, signs(settings_of(ctx), opts.json))


command = typer_command(SignsOptions, run)


def signs(settings: Environment, json: bool) -> Output:
    guide = load_guide(settings)[0].guide
    if json:
        from ..render.jsondoc import document
        from .reference_view import recheck_data, signs_data

        body = {**signs_data(guide, settings.lang), **recheck_data(guide, settings.lang)}
        return Output(data=document("signs", settings.lang, body))
    from .reference_view import signs_document

    return Output(document=signs_document(guide, settings.lang))
