"""`secondvictim validate`: every problem of the institution's data, located."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..config import config_dir_named
from ..environment import Environment
from ..errors import SHOWN_PROBLEMS, DataError, ExitCode
from ..i18n import plural, t
from .common import Output, problem_data, review_notes, unset_contacts, validation_warning, warning_data
from .options import JsonOption, show, typer_command

if TYPE_CHECKING:
    from ..errors import Problem
    from ..guide.loader import Loaded
    from ..render.blocks import Document
    from ..rules.choices import Lang


class ValidateOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    directory: Annotated[
        Path | None, typer.Argument(metavar="DIR", help="help.validate_dir", show_default=False, readable=False)
    ] = None
    json: JsonOption = False


def run(ctx: Any, opts: ValidateOptions) -> None:
    show(ctx, validate(settings_of(ctx), opts.directory, opts.json))


command = typer_command(ValidateOptions, run)


class Checked(NamedTuple):
    """What validate found, selected once: the document and the JSON both draw from it."""

    folder: Path | None
    how: str  # what chose the folder: "argument", "--data-dir", "config", ...
    loaded: Loaded | None
    problems: list[Problem]
    warnings: list[Problem]
    unset: dict[str, Any] | None
    review: tuple[str, ...]


def check(settings: Environment, directory: Path | None) -> Checked:
    from ..guide.loader import load

    folder, how = (directory, "argument") if directory else (settings.data_dir, settings.data_dir_source)
    try:
        loaded = load(folder)
    except DataError as exc:
        return Checked(folder, how, None, list(exc.problems), [], None, ())
    unset = unset_contacts(loaded.guide, settings.lang)
    review = review_notes(loaded.guide, settings.lang, settings.today())
    return Checked(folder, how, loaded, [], list(loaded.warnings), unset, review)


def validate(settings: Environment, directory: Path | None, json: bool) -> Output:
    """Every problem of the institution's data, located; exit 2 when there is any."""
    checked = check(settings, directory)
    code = ExitCode.USAGE if checked.problems else ExitCode.OK
    if json:
        return Output(data=validate_data(checked, settings), code=code)
    return Output(document=validate_document(checked, settings), code=code)


def validate_data(checked: Checked, settings: Environment) -> dict[str, Any]:
    from ..guide.provenance import sources_data
    from ..render.jsondoc import document

    lang, loaded = settings.lang, checked.loaded
    warnings = [validation_warning(p, lang) for p in checked.warnings]
    warnings += [checked.unset] if checked.unset else []
    warnings += [warning_data("review_due", note) for note in checked.review]
    return document("validate", lang, {
        "valid": not checked.problems,
        "institution": str(checked.folder) if checked.folder else None,
        "files": {n: [str(p) for p in ps] for n, ps in loaded.files.items()} if loaded else {},
        "items": [{"list": key, "id": ident, "origin": loaded.origin(key, ident)} for key, ident in loaded.origins]
        if loaded
        else [],
        "problems": [problem_data(p, lang) for p in checked.problems],
        "warnings": warnings,
        "sources": sources_data(loaded.guide, lang, settings.today(), lambda rid: loaded.origin("resources", rid))
        if loaded
        else [],
    })


def validate_document(checked: Checked, settings: Environment) -> Document:
    from ..render.blocks import Items, Para

    lang = settings.lang
    doc: Document = []
    if checked.folder is None:
        doc.append(Para(t("validate.none", lang, folder=config_dir_named(settings))))
    else:
        by = {"argument": t("validate.by_argument", lang), "config": t("validate.by_config", lang)}.get(
            checked.how, checked.how
        )
        doc.append(Items((t("validate.folder", lang, directory=checked.folder, how=by),), "line"))
    if checked.loaded:
        return doc + valid_blocks(checked, settings)
    return doc + listed(checked.problems, lang, "validate.problems", "validate.more")


def listed(problems: list[Problem], lang: Lang, heading: str, more_key: str) -> Document:
    """A heading that counts the problems, the first SHOWN_PROBLEMS of them, and how many more."""
    from ..render.blocks import Heading, Items, Para

    count = len(problems)
    shown = [p.render(lang) for p in problems[:SHOWN_PROBLEMS]]
    doc: Document = [Heading(plural(heading, count, lang, count=count), depth=2), Items(tuple(shown), "line")]
    if count > SHOWN_PROBLEMS:
        more = count - SHOWN_PROBLEMS
        doc.append(Para(plural(more_key, more, lang, count=more), style="note"))
    return doc


def valid_blocks(checked: Checked, settings: Environment) -> Document:
    from ..guide.provenance import sources_document
    from ..render.blocks import Heading, Items, Para

    lang, loaded = settings.lang, checked.loaded
    assert loaded is not None
    lines = []
    for name, paths in loaded.files.items():
        sources = [t("validate.packaged", lang) if p.parent != checked.folder else str(p) for p in paths]
        lines.append(f"{name}: " + t("validate.then", lang).join(sources))
    doc: Document = [Heading(t("validate.files", lang), depth=2), Items(tuple(f"- {line}" for line in lines), "line")]
    if checked.warnings:
        doc += listed(checked.warnings, lang, "validate.warnings", "validate.more_warnings")
    if checked.unset:
        doc.append(Para(checked.unset["message"], style="note"))
    doc += [Para(note, style="note") for note in checked.review]
    doc += sources_document(loaded.guide, lang, settings.today())
    doc.append(Para(t("validate.valid", lang)))
    return doc
