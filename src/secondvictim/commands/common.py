"""What every command's flow shares: its Output, loading the guide (with the packaged fallback of a
crisis command), warnings, dates, formats and files checked before anything is asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..environment import Environment
from ..errors import DataError, ExitCode, UsageError
from ..i18n import Key, after_colon, plural, t
from ..parsing import parse_choice, parse_date, parse_ids, parse_time
from ..rules.choices import DEFAULT_ALARM, EXTENSIONS, Lang

if TYPE_CHECKING:
    from ..guide.loader import Loaded
    from ..guide.models import Guide
    from ..keeping import Keep
    from ..render.blocks import Document
    from ..rules.followup import Reminder


CARD_FORMATS = ("md", "html", "txt")


SUMMARY_FORMATS = ("md", "html", "json")


@dataclass(frozen=True)
class FileOut:
    path: Path
    content: str
    # Private files (what was answered about a person) are readable by their owner alone.
    private: bool = True


@dataclass(frozen=True)
class Output:
    document: Document | None = None
    # On a terminal, the decision alone on one screen, and the rest one keystroke away.
    decision: Document | None = None
    rest: Document | None = None
    full: bool = False
    data: dict[str, Any] | None = None
    text: str | None = None
    files: tuple[FileOut, ...] = ()
    force: bool = False
    # Messages for the user after the output (on stderr).
    notes: tuple[str, ...] = ()
    code: ExitCode = ExitCode.OK
    # At the end of an interactive run without -o: the summary the manager may keep.
    keep: Keep | None = None
    # The decision made shorter until it fits the screen (the team plan's many contacts): given
    # the test of what fits, a decision that passes it when it can; what it leaves out is in `rest`.
    shorter: Callable[[Callable[[Document], bool]], Document] | None = None


def load_guide(settings: Environment, *, fallback: bool = False) -> tuple[Loaded, DataError | None]:
    """The guide with the institution's data, and the error it had to do without, if any.

    Broken institution data stops the command, except with `fallback`: then the packaged guide
    is used, and the error returned as a warning, so that a manager in a crisis still gets the
    emergency numbers and what to do.
    """
    from ..guide.loader import load

    try:
        return load(settings.data_dir), None
    except DataError as exc:
        if not fallback or settings.data_dir is None:
            raise
        return load(None), exc


def unusable(settings: Environment, error: BaseException) -> DataError:
    """A failure met while using the institution's data, as the one problem it is known to be."""
    from ..errors import Problem

    return DataError([Problem(settings.data_dir or "", None, "", "p.unusable", error=type(error).__name__)])


def rendering_fallback(
    settings: Environment,
    loaded: Loaded,
    error: Exception,
    answered: dict[str, tuple[str, ...]],
    notify: Callable[[str], None],
) -> tuple[Loaded, list[dict[str, Any]]]:
    """The packaged guide to show when the institution's guide failed to render, and the warning.

    The answers were given against the institution's guide and are not asked again: its items
    that were answered (a red flag or a sign of its own, by list name in `answered`) are kept
    beside the packaged ones, so that the level and its reasons stay what was answered.
    """
    from ..guide.loader import Loaded, load
    from ..guide.models import Guide

    packaged = load(None)
    warnings = fallback_warnings(settings, unusable(settings, error), notify)
    update: dict[str, Any] = {}
    for name, ids in answered.items():
        ours = getattr(packaged.guide, name)
        known = {item.id for item in ours}
        wanted = set(ids) - known
        extra = tuple(item for item in getattr(loaded.guide, name) if item.id in wanted)
        if extra:
            update[name] = (*ours, *extra)
    if not update:
        return packaged, warnings
    fields = {name: getattr(packaged.guide, name) for name in Guide.model_fields}
    guide = Guide.model_construct(**{**fields, **update})
    return Loaded(guide, packaged.files, packaged.origins, None), warnings


def warning_data(key: str, message: str, problems: list[Any] | None = None) -> dict[str, Any]:
    """A warning, for --json: one shape everywhere, machine-readable, with the message as a field."""
    return {"code": key, "message": message, "problems": problems or []}


def fallback_warnings(
    settings: Environment, problem: DataError | None, notify: Callable[[str], None]
) -> list[dict[str, Any]]:
    """Say that the institution's data could not be used (the packaged guide is shown instead),
    and the same as a --json warning."""
    if problem is None:
        return []
    lang = settings.lang
    message = t("msg.data_fallback", lang, directory=settings.data_dir)
    notify(message + "\n" + problem.listing(lang) + "\n")
    return [warning_data("data_fallback", message, [problem_data(p, lang) for p in problem.problems])]


def problem_data(problem: Any, lang: str) -> dict[str, Any]:
    return {
        "file": str(problem.path),
        "line": problem.line,
        "field": problem.field,
        "code": problem.key,
        "message": problem.message(lang),
    }


def validation_warning(problem: Any, lang: str) -> dict[str, Any]:
    """A warning of the institution's data (a text in one language only), in the one shape."""
    return warning_data(problem.key, problem.render(lang), [problem_data(problem, lang)])


def unset_contacts(guide: Any, lang: Lang) -> dict[str, Any] | None:
    """The internal contacts with no way to reach them yet, as a warning: the one-screen answer
    then has only the national lines to offer. None when every internal contact is set."""
    unset = [r for r in guide.resources_of("internal") if not (r.phone or r.how_to_reach)]
    if not unset:
        return None
    from ..guide.models import tr

    names = t("list.separator", lang).join(after_colon(tr(r.name, lang), lang) for r in unset)
    return warning_data("contacts_unset", t("validate.unset", lang, names=names))






def past_warning(
    days: list[date], today: date, lang: Lang, notify: Callable[[str], None]
) -> list[dict[str, Any]]:
    """Reminders already past (an event date long ago): said on stderr, and kept for --json."""
    from ..i18n import long_date

    past = [day for day in days if day < today]
    if not past:
        return []
    dates = t("list.separator", lang).join(long_date(day, lang) for day in past)
    message = plural("warn.past", len(past), lang, count=len(past), dates=dates)
    notify(message)
    return [warning_data("reminders_past", message)]


def alarm_at(value: str | None) -> time:
    """--alarm-time, read before anything is asked or written; the default when absent."""
    return parse_time(value) if value else DEFAULT_ALARM


def calendar_file(
    guide: Guide,
    reminders: list[Reminder],
    lang: Lang,
    path: Path,
    plan: str,
    alarm: time,
    stamp: datetime,
    label: str | None = None,
) -> FileOut:
    from ..render.ical import calendar

    text = calendar(guide, reminders, lang, plan=plan, alarm=alarm, now=stamp, label=label)
    return FileOut(path, text.decode("utf-8"))


def extension_clash(path: Path, written: str, key: str, *, only: bool = False, **words: Any) -> None:
    """The one rule of every file named: an extension that names another format than the one
    written (JSON in sheet.md, a calendar in plan.html) is refused with `key`, before anything is
    asked or written: the file would open as what it is not. An extension no format is known by
    passes, unless `only` (the file must have the extension of `written`, or none). Markdown is
    text: in a .txt file it reads as what it is. Standard output (`-`) has no extension."""
    if str(path) == "-" or not path.suffix:
        return
    by_extension = EXTENSIONS.get(path.suffix.lower())
    known = by_extension is not None or only
    if not known or by_extension == written or (written, by_extension) == ("md", "txt"):
        return
    raise UsageError(key, path=path, extension=path.suffix, **words)


def calendar_named(path: Path | None, option: str) -> None:
    """A calendar option's file (--ics, --followup-ics): refused when its extension names another
    format (.md, .html, .json, .txt); .ics, or a name without a known extension, is written."""
    if path is not None:
        extension_clash(path, "ics", "err.calendar_clash", option=option)


def format_of(path: Path, given: str | None, allowed: tuple[str, ...], *, has_option: bool = True) -> str:
    """The format asked for, else the one the file's extension names. A command without
    --format is never told to give one: it is told the extensions (and --json). A format asked
    for that the extension contradicts (--format html -o sheet.md) is refused: the file would
    open as what it is not."""
    from ..files import check_named

    check_named(path)
    by_extension = EXTENSIONS.get(path.suffix.lower())
    if given:
        chosen = parse_choice(given, allowed, Key("what.format"), "--format")
        extension_clash(path, chosen, "err.format_clash", given=chosen)
        return chosen
    if by_extension in allowed:
        return by_extension
    if not has_option:
        raise UsageError("err.format_extension", path=path, choices=", ".join(f".{c}" for c in allowed))
    raise UsageError("err.format", path=path, choices=", ".join(allowed))


def one_on_stdout(json: bool, summary_format: str | None, targets: list[Path | None]) -> None:
    """Refuse two documents on standard output: `--json` with a file named `-` that is not the
    same JSON (the summary in JSON is the --json document: it is printed once)."""
    to_stdout = [path for path in targets if path is not None and str(path) == "-"]
    if not json or not to_stdout:
        return
    if len(to_stdout) == 1 and targets[0] is to_stdout[0] and summary_format == "json":
        return
    raise UsageError("err.two_on_stdout")


def given_ids(values: list[str] | None, items: Any, what: Key, option: str) -> tuple[str, ...] | None:
    """An option's ids checked against the guide's items, in the guide's order; None if absent.
    An item may be named by its id or by words of its label, in either language."""
    if not values:
        return None
    from ..guide.models import naming

    names, phrases = naming(items)
    return parse_ids(values, [item.id for item in items], what, option, names, phrases)


def event_day(value: str | None, today: date) -> date:
    """The event's day from --event-date (default: today); a day to come is refused: a mistyped
    year would otherwise date the whole plan wrongly without a word."""
    if not value:
        return today
    day = parse_date(value, today=today)
    if day > today:
        raise UsageError("err.event_ahead", value=day)
    return day


class Chosen(NamedTuple):
    """What a command's options chose, read before anything is asked: the event's day, the
    reminders' time and the summary's format."""

    day: date
    alarm: time
    summary_format: str | None
    # The plan's random id, when it is known before the questions (a check-in).
    plan: str | None = None
    # Questions were asked on the terminal: the run ends by offering to keep its summary.
    asked: bool = False


def review_notes(guide: Guide, lang: Lang, today: date) -> tuple[str, ...]:
    """The numbers past their review date, for the quality officer's outputs (page, card, validate)."""
    from ..guide.provenance import review_messages

    return tuple(review_messages(guide, lang, today))


def file_label(path: Path | None, label: str | None) -> str | None:
    """The manager's label, for a file only: never on standard output (a file named `-`)."""
    return label if path is not None and str(path) != "-" else None


def label_unused(label: str | None, output: Output) -> bool:
    """A --label given to a run that writes no file: no -o FILE, no calendar, no summary to keep
    (standard output, `-`, is the terminal: the label never goes there)."""
    if not (label and label.strip()) or output.keep is not None:
        return False
    return all(str(file.path) == "-" for file in output.files)


def with_label(data: dict[str, Any], label: str | None) -> dict[str, Any]:
    """A JSON document as a file keeps it: with the manager's label, when there is one."""
    return {**data, "label": label} if label else data


def keep_offer(
    settings: Environment, chosen: Chosen, data: dict[str, Any], output: Path | None, label: str | None, command: str
) -> Keep | None:
    """The summary an interactive run (questions were asked) offers to keep at its end: the JSON
    document, with the manager's label, when no -o was given and the terminal can answer."""
    if output is not None or not (chosen.asked and settings.at_terminal and settings.asks_on_terminal):
        return None
    from ..keeping import Keep
    from ..render.jsondoc import dumps
    from ..rules.shortcode import short_code, summary_name

    name = summary_name(settings.today(), short_code(data["plan_id"]))
    return Keep(name, dumps(with_label(data, label)), command)
