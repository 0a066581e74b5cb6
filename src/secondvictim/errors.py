"""One error model: every failure the user can meet is an AppError with a message key and an exit code.

The command line turns them into a message in the interface language and an exit code, in one
place (`cli_framework.run`). Each code has one meaning (`EXIT_CODES`, the README's table, compared
by a test) and one error type: `InputEnded` 1, `UsageError` 2, `OutputError` 3. Exit 2's kinds
(`DataError`, the guide's data; `SummaryError`, a summary file) are UsageErrors that carry what
was found; none sets a code of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules.choices import Lang


class ExitCode(IntEnum):
    OK = 0
    INPUT_ENDED = 1  # input ended before the questions were all answered
    USAGE = 2  # a bad option, or data that cannot be used
    OUTPUT = 3  # an output file exists, or cannot be written
    UNEXPECTED = 70  # a bug: never a traceback, always the emergency numbers (EX_SOFTWARE)
    HANGUP = 129  # the terminal closed (128 + SIGHUP) while a file was written
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    BROKEN_PIPE = 141  # the reader of the output went away (128 + SIGPIPE)
    TERMINATED = 143  # stopped (128 + SIGTERM) while a file was written


# What each exit code means, as the README's "Exit codes" table says it (a test compares them).
EXIT_CODES: dict[int, str] = {
    ExitCode.OK: "done (also `validate` on valid data)",
    ExitCode.INPUT_ENDED: "input ended (Ctrl-D, or a closed input) before the questions were all answered",
    ExitCode.USAGE: "a bad option or value, data that cannot be used (the message names the file, line and field), "
    "or a summary file that cannot be read",
    ExitCode.OUTPUT: "an output file already exists (without `--force`), or cannot be written (including standard output)",
    ExitCode.UNEXPECTED: "an unexpected error: a bug, reported in one line with the emergency numbers, never a traceback",
    ExitCode.HANGUP: "the terminal was closed (SIGHUP) while a file was being written; the file is left as it was",
    ExitCode.INTERRUPTED: "interrupted with Ctrl-C before the result; nothing was saved (at the last \"Enter: the rest\" "
    "prompt the result is shown and its files written: Ctrl-C there finishes with 0)",
    ExitCode.BROKEN_PIPE: "the program reading the output went away (a closed pipe: `secondvictim card | true`)",
    ExitCode.TERMINATED: "stopped by SIGTERM while a file was being written; the file is left as it was",
}


class AppError(Exception):
    """A failure the user can act on: a message key, its values, and an exit code (set by each
    code's one type below, never here)."""

    code: ExitCode

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def message(self, lang: Lang) -> str:
        from .i18n import message

        return message(self.key, lang, **self.values)


class UsageError(AppError):
    """Exit 2, the one type of that code: what was given cannot be used. A bad option or value
    (said with how to get help), or one of its kinds below: the guide's data, a summary file."""

    code = ExitCode.USAGE
    # Whether the message ends with how to get the command's help (about its command line).
    help_hint = True
    # The problems found in data files, each located (a DataError's).
    problems: Sequence[Problem] = ()


class InputEnded(AppError):
    code = ExitCode.INPUT_ENDED


class OutputError(AppError):
    """An output file that exists (without --force), or that cannot be written."""

    code = ExitCode.OUTPUT


# How many problems a report shows on screen; `validate --json` lists them all.
SHOWN_PROBLEMS = 50


class Problem:
    """One problem in a data file, located as `file:line: field: problem`."""

    __slots__ = ("field", "key", "line", "path", "values")

    def __init__(self, path: object, line: int | None, field: str, key: str, **values: object) -> None:
        self.path, self.line, self.field, self.key, self.values = path, line, field, key, values

    def where(self) -> str:
        from .i18n import visible

        # The path, a key or an id can hold anything a file name or a YAML key can: shown
        # escaped, on one line, so that a problem can neither act on the terminal nor forge
        # another line of the report.
        return f"{visible(self.path)}:{self.line}" if self.line else visible(self.path)

    def message(self, lang: Lang) -> str:
        from .i18n import message, visible

        return message(self.key, lang, **{k: visible(v) if isinstance(v, str) else v for k, v in self.values.items()})

    def render(self, lang: Lang) -> str:
        from .i18n import visible

        head = f"{self.where()}: {visible(self.field)}" if self.field else self.where()
        return f"{head}: {self.message(lang)}"

    def sort_key(self) -> tuple[str, int]:
        return (str(self.path), self.line or 0)

    def __repr__(self) -> str:
        return f"Problem({self.render('en')!r})"


class DataError(UsageError):
    """The guide's data cannot be used (exit 2). Holds every problem found, not only the first."""

    help_hint = False

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("msg.data_error")
        self.problems = problems

    def listing(self, lang: Lang, limit: int = SHOWN_PROBLEMS) -> str:
        """One problem a line, as `file:line: field: problem`: the first `limit`, then how many more.

        A file of 60,000 broken items must not bury the recommendation under 60,000 lines.
        """
        from .i18n import plural

        lines = [p.render(lang) for p in self.problems[:limit]]
        more = len(self.problems) - limit
        if more > 0:
            lines.append(plural("validate.more", more, lang, count=more))
        return "\n".join(lines)

    def message(self, lang: Lang) -> str:
        from .i18n import plural, t

        count = len(self.problems)
        head = [t("msg.data_error", lang), plural("validate.problems", count, lang, count=count)]
        return "\n".join([*head, self.listing(lang)])


class SummaryError(UsageError):
    """A summary file read back (`checkin --previous`, `followup --previous`, `team --previous`) that
    cannot be used: exit 2, nothing written. Raised by the one reader of summaries (previous.py).

    `problem`: why the file could not be read at all, located as the data files' problems are.
    `help_hint`: whether the command's help is named after the message.
    """

    def __init__(self, key: str, problem: Problem | None = None, help_hint: bool = False, **values: object) -> None:
        super().__init__(key, **values)
        self.problem = problem
        self.help_hint = help_hint

    def message(self, lang: Lang) -> str:
        from .i18n import message

        values = dict(self.values)  # dates are said in words, as in every message
        if self.problem is not None:
            values["problem"] = self.problem.render(lang)
        return message(self.key, lang, **values)
