"""`secondvictim page`: the guide and the triage as one offline page, for every manager's phone."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NamedTuple

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import UsageError
from ..files import check_targets
from ..i18n import t
from .common import FileOut, Output, extension_clash, load_guide, review_notes, unset_contacts
from .options import ForceOption, file_option, show, typer_command


class PageOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    output: Annotated[Path | None, file_option("--output", "-o", help="help.page_output")] = None
    force: ForceOption = False


def run(ctx: Any, opts: PageOptions) -> None:
    show(ctx, page(settings_of(ctx), opts.output, opts.force))


command = typer_command(PageOptions, run)


def page(settings: Environment, output: Path | None, force: bool) -> Output:
    """The guide and the triage as one offline page, from the institution's validated data.

    Broken data stops here (DataError): a page for every manager's phone is never built from a
    fallback. The page holds no answer about anyone: it is written readable by all, to publish.
    """
    from ..render.page import page_html

    if output is None:
        raise UsageError("err.page_output")
    # One HTML page: a file named otherwise (page.md) would open as what it is not.
    extension_clash(output, "html", "err.page_extension", only=True)
    check_targets([output], force)
    guide = load_guide(settings)[0].guide
    html = page_html(guide, settings.lang, settings.today())
    notes = [] if str(output) == "-" else [t("page.written", settings.lang, path=output)]
    unset_warning = unset_contacts(guide, settings.lang)
    if unset_warning:
        notes.append(unset_warning["message"])
    notes += review_notes(guide, settings.lang, settings.today())
    return Output(files=(FileOut(output, html, private=False),), force=force, notes=tuple(notes))
