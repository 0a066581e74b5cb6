"""Assemble the guide from files: the packaged data, then an institution's items on top, by id.

Pure data work, no I/O: the loader reads the files and hands their content here. Every part of
the result remembers the file and place it was written at, so that a validation error in the
assembled guide can be reported at the right file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Container
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
    packaged: bool
    hidden: bool = False


def _entry(here: Source, item: Any, packaged: bool = False) -> Entry:
    """An item as a file gives it at `here`: it comes from that file (an institution's own item,
    unless said)."""
    return Entry(item, {(): here}, here.path, packaged)


def _ident(item: Any, key: str) -> object:
    """The id of a list's item (its `key`), or None for an item without a usable one."""
    return item[key] if isinstance(item, dict) and isinstance(item.get(key), str | int) else None


# A problem found while merging: where, a message key, and its values.
MergeProblem = tuple[Source, str, dict[str, object]]


@dataclass
class Assembly:
    data: dict[str, Any] = field(default_factory=dict)
    # Sources by location in the assembled data; a location's source is its longest prefix's.
    sources: dict[Loc, Source] = field(default_factory=dict)
    problems: list[MergeProblem] = field(default_factory=list)
    # Each merged list's items (those shown), with where their parts come from.
    _lists: dict[Loc, list[Entry]] = field(default_factory=dict)
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
        """Where `loc` was written: its own source, else its longest located prefix's, continued."""
        source = self.sources.get(loc)
        if source is not None:
            return source
        if not loc:
            return None
        parent = self.locate(loc[:-1])
        return None if parent is None else Source(parent.path, (*parent.loc, loc[-1]))

    def add_file(self, path: Path, content: dict[str, Any], *, packaged: bool = False) -> None:
        """Put a file's top-level keys into the guide: merged into what is there, or new."""
        for key, value in content.items():
            parts: list[tuple[Loc, Any]]
            if key in MAPPINGS and isinstance(value, dict):
                # A mapping merged key by key (a value of another kind was there: replaced).
                if not isinstance(self.data.get(key), dict):
                    self._replace((key,), {}, path)
                parts = [((key, sub), sub_value) for sub, sub_value in value.items()]
            elif packaged or not self._keeps_protected(key, value, path):
                parts = [((key,), value)]
            else:
                continue
            for prefix, part in parts:
                if prefix in LISTS and isinstance(part, list):
                    self._merge_list(prefix, part, path, packaged)
                else:
                    # Not a list of items: replaced whole (validation says what is wrong with it).
                    self._replace(prefix, part, path)

    def _keeps_protected(self, key: str, value: Any, path: Path) -> bool:
        """Whether an institution's value for `key` changes a protected text (said as a problem;
        the packaged value then stays)."""
        refused: list[MergeProblem] = [
            (Source(path, loc), reason, {})
            for loc, reason in PROTECTED_TEXTS.items()
            if loc[0] == key and (before := _at(self.data, loc)) is not _ABSENT and _at(value, loc[1:]) != before
        ]
        self.problems.extend(refused)
        return bool(refused)

    def _forget_below(self, prefix: Loc) -> None:
        size = len(prefix)
        for loc in [loc for loc in self.sources if len(loc) > size and loc[:size] == prefix]:
            del self.sources[loc]
        for loc in [loc for loc in self._lists if loc[:size] == prefix]:
            del self._lists[loc]

    def _container(self, prefix: Loc) -> dict[str, Any]:
        """The mapping that holds the value at `prefix`."""
        target = self.data
        for part in prefix[:-1]:
            target = target[str(part)]
        return target

    def _replace(self, prefix: Loc, value: Any, path: Path) -> None:
        """The value at `prefix` replaced whole by a file's, and located there."""
        self._container(prefix)[str(prefix[-1])] = value
        self.sources[prefix] = Source(path, prefix)
        self._forget_below(prefix)

    def _merge_list(self, prefix: Loc, items: list[Any], path: Path, packaged: bool) -> None:
        if prefix in self._lists:
            entries = self._merged(prefix, items, path)
        else:
            # The first file to give this list: taken as it is, and validation says what is wrong.
            self.sources[prefix] = Source(path, prefix)
            entries = [_entry(Source(path, (*prefix, i)), item, packaged) for i, item in enumerate(items)]
        self._forget_below(prefix)
        shown = [entry for entry in entries if not entry.hidden]
        self._container(prefix)[str(prefix[-1])] = [entry.item for entry in shown]
        self._lists[prefix] = shown
        for position, entry in enumerate(shown):
            for rel, source in entry.sources.items():
                self.sources[(*prefix, position, *rel)] = source

    def _merged(self, prefix: Loc, items: list[Any], path: Path) -> list[Entry]:
        """The list's entries with a later file's items merged in by id: changed, hidden or added
        (an institution's own, never packaged); every problem said, at its place in the file."""
        key = LISTS[prefix]
        entries = self._lists[prefix]
        index = {_ident(entry.item, key): entry for entry in entries}
        seen: set[object] = set()
        for position, item in enumerate(items):
            here = Source(path, (*prefix, position))
            ident = _ident(item, key)
            if ident is None:
                entries.append(_entry(here, item))
                continue
            at_key = Source(path, (*here.loc, key))
            if ident in seen:
                self.problems.append((at_key, "p.duplicate_id", {"id": ident}))
                continue
            seen.add(ident)
            change = dict(item)
            enabled = change.pop("enabled", True)
            if not isinstance(enabled, bool):
                self.problems.append((Source(path, (*here.loc, "enabled")), "p.enabled", {}))
            elif ident in index:
                self._change(prefix, index[ident], change, enabled, here)
            elif enabled:
                entries.append(_entry(here, change))
            else:
                self.problems.append((at_key, "p.nothing_to_hide", {"id": ident}))
        return entries

    def _change(self, prefix: Loc, entry: Entry, change: dict[str, Any], enabled: bool, here: Source) -> None:
        """A later file's change to an item that is there: the same again (nothing, not even where
        it comes from), refused, hidden, or its fields replaced."""
        if enabled and all(entry.item.get(name) == value for name, value in change.items()):
            return
        refusal = protected(prefix, entry, change, enabled)
        if refusal:
            self.problems.append((Source(here.path, (*here.loc, LISTS[prefix])), refusal, {}))
        elif not enabled:
            entry.hidden = True
            self.hidden_ids.setdefault(prefix, set()).add(entry.item[LISTS[prefix]])
        else:
            entry.item = {**entry.item, **change}
            entry.sources.update({(name,): Source(here.path, (*here.loc, name)) for name in change})
            entry.origin = here.path


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


class _EveryField:
    """Every field of an item (a protection that lets none be changed)."""

    def __contains__(self, name: object) -> bool:
        return True


EVERY_FIELD: Container[str] = _EveryField()


@dataclass(frozen=True)
class Protection:
    """Packaged items of the list `where` that `covers` selects: never hidden, and none of their
    `fixed` fields changed (every field, unless said). `key` says why, to the person who edits
    the file."""

    where: Loc
    covers: Callable[[dict[str, Any]], bool]
    key: str
    fixed: Container[str] = EVERY_FIELD


def _is_level3_contact(item: dict[str, Any]) -> bool:
    return item.get("id") in LEVEL3_CONTACTS or item.get("kind") not in OWN_KINDS


PROTECTED: tuple[Protection, ...] = (
    Protection(("red_flags",), lambda item: True, "p.protected_red_flag"),
    Protection(("resources",), lambda item: item.get("kind") == "emergency", "p.protected_emergency"),
    # Of a level-3 contact, the fields of a resource but those filled in; a key a resource does
    # not have at all is left to validation ("unknown key").
    Protection(
        ("resources",), _is_level3_contact, "p.protected_contact", frozenset(Resource.model_fields) - CONTACT_FIELDS
    ),
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
        if rule.where != prefix or not rule.covers(entry.item):
            continue
        changed = [name for name, value in change.items() if entry.item.get(name) != value]
        if not enabled or any(name in rule.fixed for name in changed):
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
