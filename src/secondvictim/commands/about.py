"""`secondvictim about`: what the guide is, its sources (`--sources`); the view is in `reference_view.py`."""

from __future__ import annotations

from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from .common import Output, load_guide
from .options import JsonOption, show, typer_command


class AboutOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    sources: Annotated[bool, typer.Option("--sources", help="help.about_sources")] = False
    json: JsonOption = False


def run(ctx: Any, opts: AboutOptions) -> None:
    show(ctx, about(settings_of(ctx), opts.json, opts.sources))


command = typer_command(AboutOptions, run)


def about(settings: Environment, json: bool = False, sources: bool = False) -> Output:
    loaded = load_guide(settings)[0]
    guide, lang = loaded.guide, settings.lang
    if json:
        from ..render.jsondoc import document
        from .reference_view import about_data

        body = about_data(guide, lang)
        if sources:
            from ..guide.provenance import sources_data

            body["sources"] = sources_data(guide, lang, settings.today(), lambda rid: loaded.origin("resources", rid))
        return Output(data=document("about", lang, body))
    if sources:
        from ..guide.provenance import sources_document

        return Output(document=sources_document(guide, lang, settings.today()))
    from .reference_view import about_document

    return Output(document=about_document(guide, lang))
