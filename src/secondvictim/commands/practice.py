"""`secondvictim practice`: rehearse the first conversation before the day.

Its options here (read at every start, so light); its flow and view in `practice_view.py`, the
rules in `secondvictim/practice.py`.
"""

from __future__ import annotations

from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from .options import JsonOption, asker, show, typer_command


class PracticeOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    scenario: Annotated[str | None, typer.Argument(metavar="ID", help="help.practice_id", show_default=False)] = None
    replies: Annotated[list[str] | None, typer.Option("--reply", metavar="N", help="help.practice_reply")] = None
    json: JsonOption = False


def run(ctx: Any, opts: PracticeOptions) -> None:
    from ..render.blocks import Document
    from ..render.terminal import print_document
    from .practice_view import run as play

    settings = settings_of(ctx)

    def screen(doc: Document) -> None:
        print_document(doc, settings)

    show(ctx, play(settings, opts, asker(settings), screen))


command = typer_command(PracticeOptions, run)
