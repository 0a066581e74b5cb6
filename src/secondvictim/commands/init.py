"""`secondvictim init`: the institution's starter file of contacts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..config import config_dir_named
from ..environment import Environment
from ..errors import OutputError, UsageError
from ..files import check_targets, failure
from ..i18n import t
from .common import FileOut, Output
from .options import show, typer_command


class InitOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    directory: Annotated[
        Path | None, typer.Argument(metavar="DIR", help="help.init_dir", show_default=False, readable=False)
    ] = None
    force: Annotated[bool, typer.Option("--force", help="help.force")] = False


def run(ctx: Any, opts: InitOptions) -> None:
    show(ctx, init(settings_of(ctx), opts.directory, opts.force))


command = typer_command(InitOptions, run)


def init(settings: Environment, directory: Path | None, force: bool) -> Output:
    """The starter file of the institution's contacts, in DIR (the folder is created if needed).

    Every path it says is absolute and quoted for a shell: the hint works from any folder.
    """
    import os
    import shlex

    from ..guide.loader import load
    from ..guide.starter import starter_resources

    lang = settings.lang
    if directory is None:
        raise UsageError("err.init_folder")
    directory = Path(os.path.abspath(directory))
    guide = load(None).guide
    target = directory / "resources.yaml"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileNotFoundError:
        # With parents=True a missing parent is created: the system refuses a folder there (/proc).
        raise OutputError("out.cannot_create", folder=directory) from None
    except FileExistsError:
        raise OutputError("out.not_a_folder", path=directory) from None
    except OSError as exc:
        raise failure(target, exc) from None
    check_targets([target], force)
    shell = shlex.quote(str(directory))
    note = t("init.done", lang, path=target, directory=shell, folder=config_dir_named(settings))
    return Output(
        files=(FileOut(target, starter_resources(guide, shell, lang), private=False),),
        force=force,
        notes=(note,),
    )
