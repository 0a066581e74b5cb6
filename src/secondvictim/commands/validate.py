"""`secondvictim validate`: every problem of the institution's data, located."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..config import Settings, config_dir_named
from ..errors import SHOWN_PROBLEMS, DataError, ExitCode
from ..i18n import plural, t
from . import common
from .common import Output, problem_data, review_notes, unset_contacts, validation_warning, warning_data
from .options import JsonOption, show, typer_command

if TYPE_CHECKING:
    from ..blocks import Document
    from ..loader import Loaded


class ValidateOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    directory: Annotated[
        Path | None, typer.Argument(metavar="DIR", help="help.validate_dir", show_default=False, readable=False)
    ] = None
    json: JsonOption = False


def run(ctx: Any, opts: ValidateOptions) -> None:
    show(ctx, validate(settings_of(ctx), opts.directory, opts.json))


command = typer_command(ValidateOptions, run)


def validate(settings: Settings, directory: Path | None, json: bool) -> Output:
    """Every problem of the institution's data, located; exit 2 when there is any."""
    from ..blocks import Heading, Items, Para
    from ..loader import load

    lang = settings.lang
    chosen, how = (directory, "argument") if directory else (settings.data_dir, settings.data_dir_source)
    loaded: Loaded | None
    try:
        loaded, problems = load(chosen), []
    except DataError as exc:
        loaded, problems = None, exc.problems
    warnings = list(loaded.warnings) if loaded else []
    code = ExitCode.USAGE if problems else ExitCode.OK
    if json:
        from ..provenance import sources_data
        from ..render_json import document

        return Output(
            data=document("validate", lang, {
                "valid": not problems,
                "institution": str(chosen) if chosen else None,
                "files": {n: [str(p) for p in ps] for n, ps in loaded.files.items()} if loaded else {},
                "items": [
                    {"list": key, "id": ident, "origin": loaded.origin(key, ident)} for key, ident in loaded.origins
                ]
                if loaded
                else [],
                "problems": [problem_data(p, lang) for p in problems],
                "warnings": [validation_warning(p, lang) for p in warnings]
                + ([unset] if loaded and (unset := unset_contacts(loaded.guide, lang)) else [])
                + [warning_data("review_due", note) for note in (review_notes(loaded.guide, lang) if loaded else ())],
                "sources": sources_data(loaded.guide, lang, common.today(), lambda rid: loaded.origin("resources", rid))
                if loaded
                else [],
            }),
            code=code,
        )
    doc: Document = []
    if chosen is None:
        doc.append(Para(t("validate.none", lang, folder=config_dir_named())))
    else:
        by = {
            "argument": t("validate.by_argument", lang),
            "config": t("validate.by_config", lang),
        }.get(how, how)
        doc.append(Items((t("validate.folder", lang, directory=chosen, how=by),), "line"))
    if loaded:
        lines = []
        for name, paths in loaded.files.items():
            sources = [t("validate.packaged", lang) if p.parent != chosen else str(p) for p in paths]
            lines.append(f"{name}: " + t("validate.then", lang).join(sources))
        doc += [Heading(t("validate.files", lang), depth=2), Items(tuple(f"- {line}" for line in lines), "line")]
        if warnings:
            doc += [
                Heading(plural("validate.warnings", len(warnings), lang, count=len(warnings)), depth=2),
                Items(tuple(w.render(lang) for w in warnings[:SHOWN_PROBLEMS]), "line"),
            ]
            if len(warnings) > SHOWN_PROBLEMS:
                more = len(warnings) - SHOWN_PROBLEMS
                doc.append(Para(plural("validate.more_warnings", more, lang, count=more), style="note"))
        unset_warning = unset_contacts(loaded.guide, lang)
        if unset_warning:
            doc.append(Para(unset_warning["message"], style="note"))
        doc += [Para(note, style="note") for note in review_notes(loaded.guide, lang)]
        from ..provenance import sources_document

        doc += sources_document(loaded.guide, lang, common.today())
        doc.append(Para(t("validate.valid", lang)))
    else:
        count = len(problems)
        shown = [p.render(lang) for p in problems[:SHOWN_PROBLEMS]]
        doc += [Heading(plural("validate.problems", count, lang, count=count), depth=2), Items(tuple(shown), "line")]
        if count > SHOWN_PROBLEMS:
            more = count - SHOWN_PROBLEMS
            doc.append(Para(plural("validate.more", more, lang, count=more), style="note"))
    return Output(document=doc, code=code)
