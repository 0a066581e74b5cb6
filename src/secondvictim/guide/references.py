"""Problems no single item of the guide can see: duplicate ids, missing levels, references to
answers or situations that do not exist. Each is a place in the data, a message key and its
values; the loader locates them in the files."""

from collections.abc import Collection
from typing import Any

from .fields import Loc
from .ids import RESERVED_IDS
from .models import Guide

ReferenceProblem = tuple[Loc, str, dict[str, object]]


# The lists whose items have an id, each id once. Signs, red flags and situations share one id
# space: all are answers to the triage.
LISTS = (
    "warning_signs",
    "red_flags",
    "resources",
    "attitudes",
    "actions",
    "followup",
    "about",
    "checkin_items",
    "process_steps",
    "situations",
    "protocol_principles",
)
ANSWERS = ("warning_signs", "red_flags", "situations")


def reference_problems(guide: Guide) -> list[ReferenceProblem]:
    """Problems no single item can see: duplicate ids, missing levels, unknown references."""
    problems, seen = _duplicate_ids(guide)
    problems += _level_problems(guide)
    answer_ids = seen["answers"] | seen["checkin_items"] | (RESERVED_IDS - {"none", "event", "unknown"})
    return problems + _action_problems(guide, answer_ids)


def _duplicate_ids(guide: Guide) -> tuple[list[ReferenceProblem], dict[str, set[str]]]:
    """Ids given twice, answers with a reserved id; and the ids of each id space."""
    problems: list[ReferenceProblem] = []
    seen: dict[str, set[str]] = {}
    for field in LISTS:
        answers = field in ANSWERS
        space = seen.setdefault("answers" if answers else field, set())
        items: tuple[Any, ...] = getattr(guide, field)
        for index, item in enumerate(items):
            if item.id in space:
                problems.append(((field, index, "id"), "p.duplicate_id", {"id": item.id}))
            if answers and item.id in RESERVED_IDS:
                problems.append(((field, index, "id"), "p.reserved_id", {"id": item.id}))
            space.add(item.id)
    nested: dict[Loc, list[str]] = {
        ("script", "steps"): [step.id for step in guide.script.steps],
        ("team", "steps"): [step.id for step in guide.team.steps],
        ("handout", "sections"): [section.id for section in guide.handout.sections],
    }
    for prefix, ids in nested.items():
        earlier: set[str] = set()
        for index, ident in enumerate(ids):
            if ident in earlier:
                problems.append(((*prefix, index, "id"), "p.duplicate_id", {"id": ident}))
            earlier.add(ident)
    return problems, seen


def _level_problems(guide: Guide) -> list[ReferenceProblem]:
    """Each level 0 to 3 once; a team step's window that ends before it starts."""
    problems: list[ReferenceProblem] = []
    numbers = [lv.level for lv in guide.levels]
    levels_seen: set[int] = set()
    for index, number in enumerate(numbers):
        if number in levels_seen:
            problems.append((("levels", index, "level"), "p.level_twice", {"level": number}))
        levels_seen.add(number)
    for missing in sorted({0, 1, 2, 3} - set(numbers)):
        problems.append((("levels",), "p.level_missing", {"level": missing}))
    for index, step in enumerate(guide.team.steps):
        if step.until is not None and step.until < step.day:
            problems.append((("team", "steps", index, "until"), "team.p_window", {}))
    return problems


def _action_problems(guide: Guide, answer_ids: set[str]) -> list[ReferenceProblem]:
    """An action that requires an answer that does not exist, or is given at a level that does not."""
    problems: list[ReferenceProblem] = []
    for index, action in enumerate(guide.actions):
        for key in ("requires", "unless"):
            for ref_index, ref in enumerate(getattr(action, key)):
                if ref not in answer_ids:
                    problems.append((("actions", index, key, ref_index), "p.unknown_answer", {"id": ref}))
        for lv_index, number in enumerate(action.levels):
            if not 0 <= number <= 3:
                problems.append((("actions", index, "levels", lv_index), "p.level_range", {}))
    return problems


def cump_problems(guide: Guide, hidden_ids: Collection[object] = ()) -> list[ReferenceProblem]:
    """The situations that call for the CUMP (`team.cump.situations`) must be known situations:
    a misspelt id would silently never name the CUMP. A situation the institution hid (`hidden_ids`)
    is known: it is simply never chosen."""
    cump = guide.team.cump
    if cump is None:
        return []
    known = {s.id for s in guide.situations}
    return [
        (("team", "cump", "situations", index), "team.p_cump_situation", {"id": ident})
        for index, ident in enumerate(cump.situations)
        if ident not in known and ident not in hidden_ids
    ]
