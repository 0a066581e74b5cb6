"""The help in the user's language, laid out for the run's terminal.

Click's own words are English only: the usage line, the sections and every help text are written
here from message keys, at the width of the run's Environment (never a terminal Click measures),
and wrapped by the program's one wrapping function (never at a hyphen).
"""

from __future__ import annotations

import re
from typing import Any

from typer.core import TyperGroup

from .cli_usage import METAVARS
from .environment import Environment
from .i18n import t, typeset
from .render.wrapping import wrap

# The help is laid out at most 80 columns wide, as Click caps it by default (`max_content_width`):
# a wide terminal reads it as before, and the golden corpus's help (80 columns) is unchanged.
HELP_MAX_WIDTH = 80


def help_width(settings: Environment) -> int:
    """The width the help is laid out for: the Environment's (never a terminal Click measures
    itself), at most HELP_MAX_WIDTH."""
    return min(settings.width, HELP_MAX_WIDTH)


# Each command's examples, shown at the end of its help (static keys, as every message).
EXAMPLES = {
    "secondvictim": "examples.app",
    "triage": "examples.triage",
    "checkin": "examples.checkin",
    "team": "examples.team",
    "script": "examples.script",
    "resources": "examples.resources",
    "signs": "examples.signs",
    "avoid": "examples.avoid",
    "about": "examples.about",
    "card": "examples.card",
    "page": "examples.page",
    "followup": "examples.followup",
    "validate": "examples.validate",
    "init": "examples.init",
    "schema": "examples.schema",
    "practice": "examples.practice",
    "handout": "examples.handout",
    "protocol": "examples.protocol",
}


def settings_of(ctx: Any) -> Environment:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, Environment) else Environment()


def _translate_record(record: tuple[str, str], lang: Any) -> tuple[str, str]:
    names, help_key = record
    # Click's type hints ("DIR <path>", "NAME <str>") are English and say nothing a user needs.
    names = re.sub(r" <\w+>", "", names)
    for metavar, key in METAVARS.items():
        names = names.replace(metavar, t(key, lang))
    text = help_key.replace("[required]", t("cli.required", lang))
    key = text.split("  ")[0]
    if key.startswith("help."):
        text = t(key, lang) + text[len(key) :]
    return names, text


class Translated:
    """Help in the user's language: usage line, sections and every help text (Click has English)."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        lang = settings_of(ctx).lang
        pieces = " ".join(self.collect_usage_pieces(ctx))  # type: ignore[attr-defined]
        pieces = pieces.replace("[OPTIONS]", t("cli.options_metavar", lang))
        pieces = pieces.replace("COMMAND [ARGS]...", t("cli.command_metavar", lang))
        for metavar, key in METAVARS.items():
            pieces = pieces.replace(metavar, t(key, lang))
        formatter.write_usage(ctx.command_path, pieces, prefix=typeset(t("cli.usage", lang), lang) + " ")

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        help_key = getattr(self, "help", None)
        if help_key:
            formatter.write_paragraph()
            with formatter.indentation():
                _write_text(formatter, typeset(t(help_key, settings_of(ctx).lang), settings_of(ctx).lang))

    def format_options(self, ctx: Any, formatter: Any) -> None:
        lang = settings_of(ctx).lang
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.name == "help":
                record = (record[0], "help.help")
            target = arguments if param.param_type_name == "argument" else options
            target.append(_translate_record(record, lang))
        sections = [(t("cli.arguments", lang), arguments), (t("cli.options", lang), options)]
        if isinstance(self, TyperGroup):
            # The first paragraph of each command's help.
            commands = [(name, t(cmd.help or "", lang).split("\n\n")[0]) for name, cmd in self.commands.items()]
            sections.append((t("cli.commands", lang), commands))
        for title, rows in sections:
            if rows:
                # Click's own section() would add an English-style colon: the title has its own.
                formatter.write_paragraph()
                formatter.write_text(typeset(title, lang))
                with formatter.indentation():
                    _write_dl(formatter, [(name, typeset(text, lang)) for name, text in rows])

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        """Examples, one per line as typed (never rewrapped), after the options."""
        lang = settings_of(ctx).lang
        key = EXAMPLES.get(getattr(self, "name", None) or "")
        if key is None:
            return
        title, *lines = t(key, lang).split("\n")
        formatter.write_paragraph()
        formatter.write_text(typeset(title, lang))
        with formatter.indentation():
            for line in lines:
                if line.startswith("secondvictim "):
                    formatter.write(" " * formatter.current_indent + line + "\n")
                else:
                    formatter.write_paragraph()
                    _write_text(formatter, typeset(line, lang))


# Click wraps help as textwrap does by default: at hyphens too, which cut ids and options in two
# ("severe-" / "distress", "--no-" / "event"), and a reader copying them gets them wrong. These
# two write as Click's write_text and write_dl do, through our one wrapping function.


def _one_line(text: str) -> str:
    # Spaces and line breaks only: the no-break spaces of French typography stay.
    return re.sub(r"[ \t\n]+", " ", text).strip()


def _write_text(formatter: Any, text: str) -> None:
    indent = " " * formatter.current_indent
    width = max(formatter.width - formatter.current_indent, 11)
    paragraphs = [_one_line(p) for p in text.split("\n\n")]
    formatter.write("\n\n".join("\n".join(indent + line for line in wrap(p, width)) for p in paragraphs) + "\n")


def _write_dl(formatter: Any, rows: list[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
    first_col = min(max(len(term) for term, _ in rows), col_max) + col_spacing
    indent = formatter.current_indent
    for term, text in rows:
        formatter.write(" " * indent + term)
        if not text:
            formatter.write("\n")
            continue
        if len(term) <= first_col - col_spacing:
            formatter.write(" " * (first_col - len(term)))
        else:
            formatter.write("\n" + " " * (first_col + indent))
        lines = wrap(_one_line(text), max(formatter.width - first_col - 2, 10))
        formatter.write("\n".join([lines[0], *(" " * (first_col + indent) + line for line in lines[1:])]) + "\n")

