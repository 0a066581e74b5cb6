"""Assemble the guide from files: the packaged data, then an institution's items on top, by id.

Pure data work, no I/O: the loader reads the files and hands their content here. Every part of
the result remembers the file and place it was written at, so that a validation error in the
assembled guide can be reported at the right file and line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import OCCUPATIONAL_MEDICINE, PSYCHOLOGIST, Loc, Resource

# The lists merged item by item, and the key that identifies an item in each.
LISTS: dict[Loc, str] = {
    ("warning_signs",): "id",
    ("red_flags",): "id",
    ("resources",): "id",
    ("attitudes",): "id",
    ("levels",): "level",
    ("actions",): "id",
    ("followup",): "id",
    ("about",): "id",
    ("script", "steps"): "id",
    ("checkin_items",): "id",
    ("process_steps",): "id",
    ("situations",): "id",
    ("team", "steps"): "id",
    ("scenarios",): "id",
    ("handout", "sections"): "id",
    ("protocol_principles",): "id",
}
# Mappings merged key by key (their lists as above); every other key is replaced whole.
MAPPINGS: frozenset[str] = frozenset({"script", "team", "handout"})


@dataclass(frozen=True)
class Source:
    """Where a part of the assembled guide was written: a file, and a place in it."""

    path: Path
    loc: Loc


@dataclass
class Entry:
    """One item of a list, with the sources of its parts (relative to the item)."""

    item: Any
    sources: dict[Loc, Source]
    origin: Path
    packaged: bool = False
    hidden: bool = False


# A problem found while merging: where, a message key, and its values.
MergeProblem = tuple[Source, str, dict[str, object]]


@dataclass
class Assembly:
    data: dict[str, Any] = field(default_factory=dict)
    # Sources by location in the assembled data; a location's source is its longest prefix's.
    sources: dict[Loc, Source] = field(default_factory=dict)
    problems: list[MergeProblem] = field(default_factory=list)
    _lists: dict[Loc, list[Entry]] = field(default_factory=dict)
    # Each list's items by their id: merging is linear in the number of items.
    _index: dict[Loc, dict[object, Entry]] = field(default_factory=dict)
    # The ids of each list that an institution hid (`enabled: false`): known, never shown.
    hidden_ids: dict[Loc, set[object]] = field(default_factory=dict)

    @property
    def origins(self) -> dict[tuple[str, str], Path]:
        """The file each list item came from, by (list key, item id): packaged or institution."""
        return {
            (".".join(str(p) for p in prefix), entry.item[LISTS[prefix]]): entry.origin
            for prefix, entries in self._lists.items()
            for entry in entries
            if isinstance(entry.item, dict) and isinstance(entry.item.get(LISTS[prefix]), str)
        }

    def locate(self, loc: Loc) -> Source | None:
        for cut in range(len(loc), -1, -1):
            source = self.sources.get(loc[:cut])
            if source is not None:
                return Source(source.path, source.loc + loc[cut:])
        return None

    def add_file(self, path: Path, content: dict[str, Any], *, packaged: bool = False) -> None:
        """Put a file's top-level keys into the guide: merged into what is there, or new."""
        for key, value in content.items():
            if (key,) in LISTS:
                self._merge_list((key,), value, path, (key,), packaged)
            elif key in MAPPINGS and isinstance(value, dict):
                if not isinstance(self.data.get(key), dict):
                    self.data[key] = {}
                    self.sources[(key,)] = Source(path, (key,))
                    self._forget_below((key,))
                for sub, sub_value in value.items():
                    if (key, sub) in LISTS:
                        self._merge_list((key, sub), sub_value, path, (key, sub), packaged)
                    else:
                        self.data[key][sub] = sub_value
                        self.sources[(key, sub)] = Source(path, (key, sub))
            else:
                if not packaged and self._keeps_protected(key, value, path):
                    continue
                self.data[key] = value
                self.sources[(key,)] = Source(path, (key,))
                self._forget_below((key,))

    def _keeps_protected(self, key: str, value: Any, path: Path) -> bool:
        """Whether an institution's value for `key` changes a protected text (said as a problem;
        the packaged value then stays)."""
        refused = False
        for loc, reason in PROTECTED_TEXTS.items():
            if loc[0] != key:
                continue
            before = _at(self.data.get(key, _ABSENT), loc[1:])
            if before is not _ABSENT and _at(value, loc[1:]) != before:
                self.problems.append((Source(path, loc), reason, {}))
                refused = True
        return refused

    def _forget_below(self, prefix: Loc) -> None:
        size = len(prefix)
        for loc in [loc for loc in self.sources if len(loc) > size and loc[:size] == prefix]:
            del self.sources[loc]
        for loc in [loc for loc in self._lists if loc[:size] == prefix]:
            del self._lists[loc]
            self._index.pop(loc, None)

    def _merge_list(self, prefix: Loc, overrides: Any, path: Path, file_loc: Loc, packaged: bool) -> None:
        key = LISTS[prefix]
        if prefix not in self._lists or not isinstance(overrides, list):
            # The first file to give this list, or a value that is not a list: taken as it is,
            # and validation says what is wrong with it.
            entries = (
                [
                    Entry(item, {(): Source(path, (*file_loc, i))}, path, packaged)
                    for i, item in enumerate(overrides)
                ]
                if isinstance(overrides, list)
                else None
            )
            self._set_list(prefix, overrides, entries, Source(path, file_loc))
            return
        entries = self._lists[prefix]
        index = self._index[prefix]
        seen: set[object] = set()
        for position, item in enumerate(overrides):
            here = Source(path, (*file_loc, position))
            if not isinstance(item, dict) or not isinstance(item.get(key), str | int):
                entries.append(Entry(item, {(): here}, path))
                continue
            ident = item[key]
            at_key = Source(path, (*file_loc, position, key))
            if ident in seen:
                self.problems.append((at_key, "p.duplicate_id", {"id": ident}))
                continue
            seen.add(ident)
            item = dict(item)
            enabled = item.pop("enabled", True)
            if not isinstance(enabled, bool):
                self.problems.append((Source(path, (*file_loc, position, "enabled")), "p.enabled", {}))
                continue
            existing = index.get(ident)
            if existing is None or existing.hidden:
                if enabled:
                    entry = Entry(item, {(): here}, path)
                    entries.append(entry)
                    index[ident] = entry
                else:
                    self.problems.append((at_key, "p.nothing_to_hide", {"id": ident}))
                continue
            unchanged = enabled and all(existing.item.get(name) == value for name, value in item.items())
            if unchanged:
                continue
            refusal = protected(prefix, existing, item, enabled)
            if refusal:
                self.problems.append((at_key, refusal, {}))
                continue
            if not enabled:
                existing.hidden = True
                self.hidden_ids.setdefault(prefix, set()).add(ident)
                continue
            existing.item = {**existing.item, **item}
            existing.sources.update(
                {(name,): Source(path, (*file_loc, position, name)) for name in item}
            )
            existing.origin = path
        self._set_list(prefix, overrides, entries, self.sources.get(prefix))

    def _set_list(self, prefix: Loc, raw: Any, entries: list[Entry] | None, source: Source | None) -> None:
        self._forget_below(prefix)
        target = self.data
        for part in prefix[:-1]:
            target = target[str(part)]
        last = str(prefix[-1])
        if entries is None:
            target[last] = raw
        else:
            entries = [e for e in entries if not e.hidden]
            target[last] = [e.item for e in entries]
            self._lists[prefix] = entries
            key = LISTS[prefix]
            self._index[prefix] = {
                e.item[key]: e
                for e in entries
                if isinstance(e.item, dict) and isinstance(e.item.get(key), str | int)
            }
            for position, entry in enumerate(entries):
                for rel, src in entry.sources.items():
                    self.sources[(*prefix, position, *rel)] = src
        if source is not None:
            self.sources[prefix] = source


# --- What an institution may not change ----------------------------------------------------------
#
# A manager in a crisis must always see the red flags, the national emergency numbers, what to do
# at once and whom to alert, in the packaged words: an institution adds its own items, it never
# removes, moves, conditions or rewords these. One declared list, read by the merge for every
# file; each rule is on the packaged item, so that an item added to the packaged data later (a
# new level-3 action, a new 24/7 route) is protected without a change here.

# The contacts a level-3 result sends to (occupational medicine, specialised psychological
# support): an institution fills in how to reach them, never hides them or changes their kind.
LEVEL3_CONTACTS = frozenset({OCCUPATIONAL_MEDICINE, PSYCHOLOGIST})
# The kinds of contact an institution has of its own; a packaged resource of any other kind (the
# 24/7 routes, whatever they are called) is one of the level-3 contacts.
OWN_KINDS = frozenset({"internal", "external", "peer", "emergency"})
# What an institution fills in for these contacts: how to reach them, and the name of its own
# service ("Staff psychology unit, Hôpital Nord"); their kind, audience and roles stay as
# packaged (occupational medicine given `kind: peer` left the level-3 result).
CONTACT_FIELDS = frozenset(
    {
        "name",
        "short_name",
        "phone",
        "extension",
        "location",
        "hours",
        "open",  # when it can be reached: at night, the decision names what is open
        "how_to_reach",
        "availability",
        "details",
        "source",
        "verified_on",
        "review_by",
    }
)


@dataclass(frozen=True)
class Protection:
    """Packaged items of the list `where` that `covers` selects: never hidden; of their fields,
    only those in `may_set` may be changed. `key` says why, to the person who edits the file."""

    where: Loc
    covers: Callable[[dict[str, Any]], bool]
    key: str
    may_set: frozenset[str] = frozenset()


def _is_level3_contact(item: dict[str, Any]) -> bool:
    return item.get("id") in LEVEL3_CONTACTS or item.get("kind") not in OWN_KINDS


# The fields an item of a list can have, where a protection lets some of them be set.
KNOWN_FIELDS: dict[Loc, set[str]] = {("resources",): set(Resource.model_fields)}

PROTECTED: tuple[Protection, ...] = (
    Protection(("red_flags",), lambda item: True, "p.protected_red_flag"),
    Protection(("resources",), lambda item: item.get("kind") == "emergency", "p.protected_emergency"),
    Protection(("resources",), _is_level3_contact, "p.protected_contact", CONTACT_FIELDS),
    Protection(("actions",), lambda item: 3 in (item.get("levels") or ()), "p.protected_level3"),
    Protection(("levels",), lambda item: item.get("level") == 3, "p.protected_level3"),
)

# Parts of the values an institution's file replaces whole (not lists of items): the packaged
# text at these places stays. The check-in's level-3 summary ("act immediately"), the first words
# at a red flag, and what every contact after a red flag does first.
PROTECTED_TEXTS: dict[Loc, str] = {
    ("checkin_summaries", 3): "p.protected_level3",
    ("safety_words",): "p.protected_level3",
    ("safety_words_informal",): "p.protected_level3",
    ("after_red_flag",): "p.protected_level3",
}


def protected(prefix: Loc, entry: Entry, change: dict[str, Any], enabled: bool) -> str | None:
    """Why an institution may not make this change to this item (a message key), or None."""
    if not entry.packaged:
        return None
    for rule in PROTECTED:
        if rule.where != prefix or not isinstance(entry.item, dict) or not rule.covers(entry.item):
            continue
        changed = {name for name, value in change.items() if entry.item.get(name) != value}
        if rule.may_set:
            # A key the item does not have at all is left to validation ("unknown key").
            changed &= KNOWN_FIELDS.get(prefix, changed)
        if not enabled or changed - rule.may_set:
            return rule.key
    return None


_ABSENT = object()


def _at(value: Any, loc: Loc) -> Any:
    """The part of `value` at `loc`, or _ABSENT."""
    for part in loc:
        container: Any = value
        try:
            value = container[part]
        except (KeyError, IndexError, TypeError):
            return _ABSENT
        if isinstance(container, str):
            return _ABSENT
    return value
