"""Assemble the guide from files: the packaged data, then an institution's items on top, by id.

Pure data work, no I/O: the loader reads the files and hands their content here. Every part of
the result remembers the file and place it was written at, so that a validation error in the
assembled guide can be reported at the right file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import Loc

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
}
# Mappings merged key by key (their lists as above); every other key is replaced whole.
MAPPINGS: frozenset[str] = frozenset({"script", "team"})
# Texts of the level-3 answer that an institution may not replace: the first words at a red flag,
# and what the contacts after it do first.
PROTECTED_KEYS: frozenset[str] = frozenset({"safety_words", "safety_words_informal", "after_red_flag"})


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
            elif key in PROTECTED_KEYS and key in self.data and not packaged and value != self.data[key]:
                self.problems.append((Source(path, (key,)), "p.protected_level3", {}))
            else:
                self.data[key] = value
                self.sources[(key,)] = Source(path, (key,))
                self._forget_below((key,))

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
            refusal = protected(prefix, existing)
            if refusal:
                self.problems.append((at_key, refusal, {}))
                continue
            if not enabled:
                existing.hidden = True
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


def protected(prefix: Loc, entry: Entry) -> str | None:
    """Why an institution may not change or hide this item (a message key), or None if it may.

    A manager in a crisis must always see the red flags, the national emergency numbers and
    what to do at once, in the packaged words: an institution adds its own, it never removes,
    moves, conditions or rewords these.
    """
    if not entry.packaged:
        return None
    item = entry.item
    if prefix == ("resources",) and item.get("kind") == "emergency":
        return "p.protected_emergency"
    if prefix == ("red_flags",):
        return "p.protected_red_flag"
    if prefix == ("actions",) and 3 in (item.get("levels") or ()):
        return "p.protected_level3"
    if prefix == ("levels",) and item.get("level") == 3:
        return "p.protected_level3"
    return None
