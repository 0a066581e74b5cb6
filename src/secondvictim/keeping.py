"""Keeping the thread (issue 24): at the end of an interactive triage, check-in or team plan, the
offer to keep its summary (a JSON file the next contact reads with --previous), and at the start
of a check-in, the summaries found in the current folder.

The names and the answers are decided by pure functions; `offer_to_keep` asks on stderr and reads
stdin, and writes through the one writer (`files.write_file`: mode 0600, never over a file).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError
from .i18n import t
from .parsing import normalise
from .rules.choices import Lang

# A kept summary's name: secondvictim-YYYY-MM-DD-CODE.json (see shortcode.summary_name).
KEPT_NAME = re.compile(r"^secondvictim-(\d{4}-\d{2}-\d{2})-[2-9A-HJ-NP-Z]{4}(?:-(\d{1,3}))?\.json$")
# How many found summaries a check-in offers (the newest).
MAX_FOUND = 9
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
    return match[1], int(match[2] or 1), name


def found_summaries(names: list[str]) -> list[str]:
    """The kept summaries among a folder's file names, newest first (by the day in the name,
    then the contact of that day), at most MAX_FOUND."""
    kept = [n for n in names if KEPT_NAME.match(n)]
    kept.sort(key=_newest_first, reverse=True)
    return kept[:MAX_FOUND]


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
