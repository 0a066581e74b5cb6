"""Keeping the thread (issue 24): at the end of an interactive triage, check-in or team plan, the
offer to keep its summary (a JSON file the next contact reads with --previous), and at the start
of a check-in, the summaries found in the current folder.

The names and the answers are decided by pure functions; `offer_to_keep` asks on stderr and reads
stdin, and writes through the one writer (`files.write_file`: mode 0600, never over a file).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import OutputError
from .i18n import plural, t
from .parsing import normalise
from .rules.choices import Lang

if TYPE_CHECKING:
    from .prompts import Asker

# A kept summary's name: secondvictim-YYYY-MM-DD-CODE.json (see shortcode.summary_name).
KEPT_NAME = re.compile(r"^secondvictim-(\d{4}-\d{2}-\d{2})-([2-9A-HJ-NP-Z]{4})(?:-(\d{1,3}))?\.json$")
# How many found plans a check-in offers (the newest): with "none of these", ten lines.
MAX_FOUND = 9
# How many team plans the check-in names beside them (it cannot continue one).
MAX_TEAMS = 3
# How many times a name that cannot be written is asked again before nothing is kept.
TRIES = 3
NO_WORDS = frozenset({"n", "no", "non", "q", "quit", "quitter", "nothing", "rien"})


@dataclass(frozen=True)
class Keep:
    """The offer to keep a summary: its default name, its content, and the command that continues
    the plan from it (`secondvictim checkin --previous`)."""

    name: str
    text: str
    command: str


def target_of(raw: str, name: str, is_dir: Callable[[Path], bool]) -> Path | None:
    """Where an answer asks to keep the summary: Enter is `name` here; a folder (an existing one,
    or a name ending in /) is `name` in it; anything else is the file's own name (.json added when
    it has no extension); None for "no"."""
    answer = raw.strip()
    if not answer:
        return Path(name)
    if normalise(answer) in NO_WORDS:
        return None
    path = Path(answer).expanduser()
    if answer.endswith(("/", "\\")) or is_dir(path):
        return path / name
    return path if path.suffix else path.with_suffix(".json")


def free_name(name: str, exists: Callable[[Path], bool]) -> str:
    """`name`, or when a file has it (a second contact the same day), the first `name-N` free."""
    if not exists(Path(name)):
        return name
    stem = name.removesuffix(".json")
    return next(f"{stem}-{n}.json" for n in range(2, 1000) if not exists(Path(f"{stem}-{n}.json")))


def _newest_first(name: str) -> tuple[str, int, str]:
    match = KEPT_NAME.match(name)
    assert match is not None
    return match[1], int(match[3] or 1), name


def found_summaries(names: list[str]) -> list[str]:
    """The kept summaries among a folder's file names, newest first (by the day in the name,
    then the contact of that day)."""
    kept = [n for n in names if KEPT_NAME.match(n)]
    kept.sort(key=_newest_first, reverse=True)
    return kept


@dataclass(frozen=True)
class Found:
    """A plan among the summaries kept in a folder: its newest file, the day that file was written,
    its plan code, its level (None when the file holds none we can read), whether it is a team
    plan, and how many of the folder's files are of this plan."""

    name: str
    day: date
    code: str
    level: int | None
    team: bool
    count: int = 1
    # Whether any of its files, or the contacts a file recalls, was at level 3 (a plan that
    # reached it is always offered, even when its newest contact is lower).
    reached_3: bool = False


@dataclass(frozen=True)
class Folder:
    """What a folder holds: its plans (newest first, each once), how many files named as ours are
    no readable summary of ours (broken JSON, another schema, unreadable), and how many say they
    were written after today (a clock set wrong: not offered)."""

    plans: list[Found]
    unread: int = 0
    future: int = 0


# The schemas a kept summary of ours has (previous.py reads these; a summary of before the schemas
# were named has none, but has its plan id).
OURS = re.compile(r"secondvictim/(triage|checkin|team)/[0-9]{1,6}")
CODE = re.compile(r"[2-9A-HJ-NP-Z]{4}")


def _ours(data: Any) -> dict[str, Any] | None:
    """A file's JSON when it is a summary of ours, else None."""
    if not isinstance(data, dict):
        return None
    schema = data.get("schema")
    if schema is None:
        return data if isinstance(data.get("plan_id"), str) else None
    return data if isinstance(schema, str) and OURS.fullmatch(schema) else None


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def kept_plans(names: list[str], read: Callable[[str], Any], today: date) -> Folder:
    """The plans of the summaries kept among `names`, newest first by the day they were written
    (`written` in the file, else the day in its name), each once: a plan is told by the id its
    files hold (`read` gives a file's JSON, None if it cannot), else by its code; its newest file
    stands for it, with the count of its files. Files that are no summary of ours take no place."""
    unread = future = 0
    entries = []
    for name in names:
        match = KEPT_NAME.match(name)
        if match is None or _day(match[1]) is None:
            continue  # not a name we write: "2026-13-45" is no day
        data = _ours(read(name))
        if data is None:
            unread += 1
            continue
        day = _day(data.get("written")) or _day(match[1])
        assert day is not None
        if day > today:
            future += 1
            continue
        code = data.get("plan_code")
        code = code if isinstance(code, str) and CODE.fullmatch(code) else match[2]
        entries.append((day, int(match[3] or 1), name, code, data))
    entries.sort(key=lambda entry: entry[:3], reverse=True)
    plans: dict[str, Found] = {}
    for day, _, name, code, data in entries:
        plan = data.get("plan_id")
        key = plan if isinstance(plan, str) and plan else f"code {code}"
        three = _reached_3(data)
        if key in plans:
            plans[key] = replace(plans[key], count=plans[key].count + 1, reached_3=plans[key].reached_3 or three)
            continue
        level = data.get("level")
        plans[key] = Found(
            name=name,
            day=day,
            code=code,
            level=level if type(level) is int and 0 <= level <= 3 else None,
            team=str(data.get("schema", "")).startswith("secondvictim/team/"),
            reached_3=three,
        )
    return Folder(list(plans.values()), unread, future)


def _reached_3(data: dict[str, Any]) -> bool:
    """Whether a summary was at level 3, or recalls a contact that was (its `history`)."""
    history = data.get("history")
    recalled = [c.get("level") for c in history if isinstance(c, dict)] if isinstance(history, list) else []
    return any(type(level) is int and level == 3 for level in [data.get("level"), *recalled])


def shown_plans(people: list[Found], limit: int = MAX_FOUND) -> list[Found]:
    """The plans a check-in offers, newest first: every plan that reached level 3 (never left out
    in silence), and the newest others up to `limit` in all."""
    threes = [plan for plan in people if plan.reached_3]
    others = [plan for plan in people if not plan.reached_3][: max(limit - len(threes), 0)]
    chosen = {plan.name for plan in [*threes, *others]}
    return [plan for plan in people if plan.name in chosen]


def found_line(plan: Found, lang: Lang) -> str:
    """A plan as the check-in lists it, on one line of a 80-column menu: the day of its newest
    summary, its level, its code, and how many summaries it has when more than one."""
    if plan.level is None:
        line = t("keep.found_unread", lang, date=plan.day, code=plan.code)
    else:
        line = t("keep.found_level", lang, date=plan.day, level=plan.level, code=plan.code)
    return line if plan.count == 1 else f"{line} {t('keep.found_count', lang, count=plan.count)}"


def _read_kept(name: str) -> Any:
    """A kept summary's JSON, through the one reader (a regular file, bounded); None if it cannot
    be read as JSON."""
    import json

    from .errors import DataError
    from .guide.loader import read_text

    try:
        return json.loads(read_text(Path(name)))
    except (DataError, ValueError, RecursionError):
        return None


def _said_beside(folder: Folder, shown: int, lang: Lang) -> list[str]:
    """The lines said above the list: the team plans (a check-in cannot continue one), the plans
    left out, the files that could not be read, those dated after today."""
    lines = []
    teams = [plan for plan in folder.plans if plan.team]
    if teams:
        named = t("list.separator", lang).join(
            t("keep.found_team_plan", lang, code=plan.code, date=plan.day) for plan in teams[:MAX_TEAMS]
        )
        lines.append(plural("keep.found_teams", len(teams), lang, count=len(teams), plans=named))
    left = len(folder.plans) - len(teams) - shown
    for key, count in (("keep.found_more", left), ("keep.found_broken", folder.unread), ("keep.found_future", folder.future)):
        if count:
            lines.append(plural(key, count, lang, count=count))
    return lines


def found_previous(
    asker: Asker, lang: Lang, today: date, read: Callable[[str], Any] = _read_kept
) -> Path | None:
    """The summary kept in the current folder that this contact continues, chosen among the plans
    found (newest first, each once); None when there is none, or none is chosen. Team plans, the
    plans left out and the files that could not be read are said above the list."""
    import os

    try:
        folder = kept_plans(os.listdir("."), read, today)
    except OSError:
        return None
    people = shown_plans([plan for plan in folder.plans if not plan.team])
    if not people:
        if folder.unread or folder.future:  # none to offer: still said, not passed over
            asker.write("\n" + "\n".join(_said_beside(folder, 0, lang)) + "\n")
        return None
    asked = t("keep.q_found", lang)
    question = "\n".join([*_said_beside(folder, len(people), lang), asked])
    lines = [found_line(plan, lang) for plan in people]
    # The answer is echoed after the question itself, not after the lines said above it.
    index = asker.choose_one(question, [*lines, t("keep.found_none", lang)], None, None, title=asked)
    return Path(people[index].name) if index < len(people) else None


def offer_to_keep(
    keep: Keep,
    lang: Lang,
    say: Callable[[str], None],
    ask: Callable[[str], str],
    write: Callable[[Path, str], None],
) -> Path | None:
    """Ask where to keep the summary (`ask` shows a prompt and returns the line typed, "" at the
    end of input), write it, and say exactly what was written where; or that nothing was kept."""
    name = free_name(keep.name, Path.exists)
    prompt = t("keep.offer", lang, name=name)
    for attempt in range(1, TRIES + 1):
        raw = ask(prompt)
        # The end of input (Ctrl-D, "") keeps nothing, as "n" does; Enter alone ("\n") the default.
        target = target_of(raw, name, Path.is_dir) if raw else None
        if target is None:
            break
        try:
            write(target, keep.text)
        except OutputError as exc:
            # Never over an existing file (and no --force to suggest here): another name.
            say(t("keep.exists", lang, path=target) if exc.key == "out.exists" else exc.message(lang))
            # The next try is the last: said before it, not after.
            prompt = t("keep.last" if attempt + 1 == TRIES else "keep.again", lang, name=name)
            continue
        shown = target.resolve()
        say(t("keep.kept", lang, path=shown, command=f"{keep.command} {quoted(str(shown))}"))
        return target
    else:
        # Every try failed: the summary is gone with this run; say so, and how to keep one.
        say(t("keep.gave_up", lang, tries=TRIES))
        return None
    say(t("keep.nothing", lang))
    return None


def quoted(path: str) -> str:
    """A path as a shell reads it back: quoted when it holds a space or a quote."""
    if re.fullmatch(r"[\w@%+=:,./~-]+", path):
        return path
    return "'" + path.replace("'", "'\"'\"'") + "'"
