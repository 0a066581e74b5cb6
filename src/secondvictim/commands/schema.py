"""`secondvictim schema`: the JSON Schema of a command's JSON output, or their names."""

from __future__ import annotations

from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import UsageError
from .common import Output
from .options import show, typer_command


class SchemaOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    name: Annotated[str | None, typer.Argument(metavar="NAME", help="help.schema_name", show_default=False)] = None


def run(ctx: Any, opts: SchemaOptions) -> None:
    show(ctx, schema(settings_of(ctx), opts.name))


command = typer_command(SchemaOptions, run)


def schema(settings: Environment, name: str | None) -> Output:
    """The JSON Schema of a command's JSON output, as shipped in the package; or their names."""
    from importlib import resources

    from ..render.jsondoc import VERSIONS

    if name is None:
        return Output(text="".join(f"{n}\tsecondvictim/{n}/{v}\n" for n, v in VERSIONS.items()))
    # Any case (Triage, TRIAGE); a near spelling is suggested.
    given, name = name, name.strip().lower()
    if name not in VERSIONS:
        from ..parsing import suggestion

        close = suggestion(name, list(VERSIONS))
        if close:
            raise UsageError("err.no_schema_hint", name=given, hint=close, valid=", ".join(VERSIONS))
        raise UsageError("err.no_schema", name=given, valid=", ".join(VERSIONS))
    text = (resources.files("secondvictim") / "schemas" / f"{name}.json").read_text(encoding="utf-8")
    return Output(text=text)
