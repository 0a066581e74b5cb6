"""Problems no single item of the guide can see: duplicate ids, missing levels, references to
answers or situations that do not exist. Each is a place in the data, a message key and its
values; the loader locates them in the files."""

from collections.abc import Collection
from typing import Any

from .fields import Loc
from .ids import RESERVED_IDS
from .models import Guide

ReferenceProblem = tuple[Loc, str, dict[str, object]]


def reference_problems(guide: Guide) -> list[ReferenceProblem]:
    """Problems no single item can see: duplicate ids, missing levels, unknown references."""
    problems: list[ReferenceProblem] = []
    # Signs, red flags and situations share one id space: all are answers to the triage.
    lists: dict[str, tuple[Any, ...]] = {
        "warning_signs": guide.warning_signs,
        "red_flags": guide.red_flags,
        "resources": guide.resources,
        "attitudes": guide.attitudes,
        "actions": guide.actions,
        "followup": guide.followup,
        "about": guide.about,
        "checkin_items": guide.checkin_items,
        "process_steps": guide.process_steps,
        "situations": guide.situations,
        "protocol_principles": guide.protocol_principles,
    }
    seen: dict[str, set[str]] = {}
    for field, items in lists.items():
        answers = field in ("warning_signs", "red_flags", "situations")
        space = seen.setdefault("answers" if answers else field, set())
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
    answer_ids = seen["answers"] | seen["checkin_items"] | (RESERVED_IDS - {"none", "event", "unknown"})
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
