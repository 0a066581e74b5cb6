"""`secondvictim resources`: whom to call, by kind and role; the view is in `reference_view.py`."""

from __future__ import annotations

from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..parsing import parse_role
from ..rules.choices import Role
from .common import Output, load_guide
from .options import JsonOption, show, typer_command


class ResourcesOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    internal: Annotated[bool, typer.Option("--internal", help="help.resources_internal")] = False
    external: Annotated[bool, typer.Option("--external", help="help.resources_external")] = False
    role: Annotated[
        str | None, typer.Option("--role", metavar="WORD", help="help.resources_role", show_default=False)
    ] = None
    json: JsonOption = False


def run(ctx: Any, opts: ResourcesOptions) -> None:
    show(ctx, resources(settings_of(ctx), opts.internal, opts.external, opts.role, opts.json))


command = typer_command(ResourcesOptions, run)


def resources(
    settings: Environment, internal: bool, external: bool, role: str | None, json: bool
) -> Output:
    from ..rules.triage import serves

    chosen_role = parse_role(role) if role else Role.unknown
    loaded = load_guide(settings)[0]
    guide, lang = loaded.guide, settings.lang
    # Peer supporters are the institution's own: internal.
    kinds = {"internal", "peer", "external"}
    if internal != external:
        kinds = {"internal", "peer"} if internal else {"external"}
    # What is shown, chosen once: the document and the JSON both list exactly these.
    shown = [r for r in guide.resources if r.kind in kinds and serves(r.roles, chosen_role)]
    if not (internal or external):
        shown += guide.resources_of("emergency")
    if json:
        from ..render.jsondoc import document, resource_data

        items = [resource_data(r, lang, lambda rid: loaded.origin("resources", rid)) for r in shown]
        return Output(data=document("resources", lang, {"resources": items}))
    from .reference_view import resources_document

    return Output(document=resources_document(guide, lang, shown))
