"""Hostile institution data, generated and mutated: the guarantees hold whatever the files say.

Each example writes an institution folder: files built from the shapes of the packaged data
(an unchanged copy, a few items changed, new items added), then mutated (wrong types, typed YAML
values, numbers thousands of digits long, control characters, bidirectional overrides,
invisible-only labels, ids that are answer words, duplicate keys, deep nesting, huge lists,
unknown keys and file names, edits that try to remove, move, condition or reword what to do at
level 3). Then, in process:

- `validate` exits 0 or 2, never 70 and never with a traceback; every problem names a file and
  a line; data that no mutation touched is valid;
- `triage --red-flag X` (no terminal) exits 0 with the level-3 recommendation, the emergency
  numbers and the level-3 actions the packaged guide gives for X, same ids and same texts;
  `triage --event` exits 0 with a recommendation;
- nothing that can act on a terminal (an escape sequence, a carriage return, NUL, a C1 control,
  a bidirectional override, an undecodable byte) reaches stdout or stderr.

The number of examples is bounded (80, about 10 s). On a failure Hypothesis prints the failing
example and a `@reproduce_failure(...)` line: paste it above the test to replay it exactly. The
run is derandomized (the same examples on every run, so CI is stable). To explore new ones, set
the number of examples, which also draws them at random: `HOSTILE_EXAMPLES=2000 pytest
tests/test_hostile_data.py` (add `--hypothesis-seed=<n>` to replay a run).
"""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondvictim.guide.loader import FILES, load, load_guide, packaged_data_dir
from secondvictim.guide.models import tr
from secondvictim.i18n import hidden
from secondvictim.rules.triage import Answers, recommend

PACKAGED = packaged_data_dir()
TEXTS = {name: (PACKAGED / name).read_text(encoding="utf-8") for name in FILES}
CONTENT = {name: yaml.safe_load(text) for name, text in TEXTS.items()}
# The whole texts an institution may not reword (README, "What an institution may not change"):
# the first words at a red flag, and what every contact after a red flag does first.
PROTECTED_WHOLE_TEXTS = {"safety_words", "safety_words_informal", "after_red_flag"}

# Raw YAML put where a value stands. Each is hostile in its own way; none may crash anything.
HOSTILE_VALUES = [
    "!!timestamp 2026-02-30",
    "2026-02-30",
    "2026-02-28",
    "!!float nan",
    ".nan",
    "1.5e308",
    "!!bool maybe",
    "!!bool yes",
    "!!int abc",
    "!!int 12",
    "9" * 4000,
    "-" + "1" * 4000,
    "0x" + "f" * 3000,
    "1_" * 1000 + "1",
    "1:" * 500 + "1",
    "true",
    "no",
    "~",
    "[]",
    "{}",
    "[1, 2, 3]",
    "{en: x, fr: y}",
    "{de: x}",
    "!!binary aGVsbG8=",
    "!!set {a: null}",
    "!!omap [a: 1]",
    "!!python/object/apply:os.system ['true']",
    "!!str 12",
    "!custom x",
    '"a\\e[2J\\e[31mfake\\e[0m"',
    '"a\\rb"',
    '"a\\0b"',
    '"a\\x9b2Jb"',
    '"a\\x7fb"',
    '"\\u202eevil"',
    '"a\\u2066b"',
    '"\\u200b\\u2060\\ufeff"',
    '"\\t "',
    '""',
    '" "',
    '"\\udc80"',
    "none",
    "internal-declined",
    "internal-accepted",
    "event",
    "unknown",
    "x" * 3000,
    "[" * 40 + "]" * 40,
    "&anchor x",
    "*anchor",
    "'[bold]markup[/bold]'",
    "'{en}'",
    '"0147"',
    "0147",
    "3",
    "-1",
    "366",
]
WORD_IDS = ["none", "internal-declined", "internal-accepted", "event", "unknown"]
# Inserted in the text of a file, anywhere: raw control characters and stray syntax.
RAW_INSERTS = ["\x1b[2J", "\r", "\x00", "\x07", "\x9b", "\u202e", "\t", ":", "- ", "\n  ", "'", '"', "&a ", "*a ", "\ufeff"]
FILE_NAMES = list(FILES)
ODD_NAMES = ["resources.YAML", "Resources.yaml", "notes.yaml", "resource.yml", "levels.yml", ".hidden.yaml", "README.txt"]
RED_FLAGS = [flag["id"] for flag in CONTENT["signs.yaml"]["red_flags"]]


def _level3_edits() -> list[tuple[str, dict[str, Any]]]:
    """Edits that try to remove, move, condition or reword what to do at level 3 (levels.yaml)."""
    ids = [a["id"] for a in CONTENT["levels.yaml"]["actions"] if 3 in a["levels"]]
    edits: list[tuple[str, dict[str, Any]]] = []
    for ident in ids:
        edits += [
            ("actions", {"id": ident, "enabled": False}),
            ("actions", {"id": ident, "levels": [2]}),
            ("actions", {"id": ident, "levels": [3, 2]}),
            ("actions", {"id": ident, "requires": ["guilt"]}),
            ("actions", {"id": ident, "unless": ["danger", "dark-thoughts", "severe-distress"]}),
            ("actions", {"id": ident, "text": {"en": "Nothing to do.", "fr": "Rien à faire."}}),
            ("actions", {"id": ident, "text": {"en": "Nothing to do."}}),
        ]
    edits += [
        ("levels", {"level": 3, "enabled": False}),
        ("levels", {"level": 3, "summary": {"en": "Relax."}}),
        ("levels", {"level": True, "enabled": False}),
        ("levels", {"level": 3.0, "enabled": False}),
    ]
    return edits


LEVEL3_EDITS = _level3_edits()


def _new_item(key: str, n: int, text: str) -> dict[str, Any] | None:
    """A valid new item of the list `key`, with an id no packaged item has."""
    ident = f"inst-{key.replace('_', '-')}-{n}"  # signs and red flags share one id space
    words = {"en": text, "fr": text}
    shapes: dict[str, dict[str, Any]] = {
        "resources": {"id": ident, "kind": "internal", "name": words, "audience": {"en": text}, "phone": "04 72 11 22 33"},
        "warning_signs": {"id": ident, "label": words},
        "red_flags": {"id": ident, "label": words},
        "attitudes": {"id": ident, "avoid": words, "instead": words},
        "actions": {"id": ident, "levels": [n % 4], "text": words},
        "followup": {"id": ident, "day": n % 30, "title": words, "when": words, "what": words},
        "about": {"id": ident, "title": words, "paragraphs": [words]},
    }
    return shapes.get(key)


SAFE_TEXT = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéèàçœ ABCXYZ0123456789,.'’«»-"), min_size=1, max_size=30
).filter(lambda s: s.strip() and s.strip()[0] not in "-'«»’,.")


@st.composite
def institution_file(draw: st.DrawFn) -> tuple[str, str, bool]:
    """A file name, its content, and whether any mutation was applied (else it must be valid)."""
    name = draw(st.sampled_from(FILE_NAMES))
    if draw(st.integers(0, 9)) == 0:
        return name, TEXTS[name], False  # an unchanged copy of the packaged file
    content: dict[str, Any] = {}
    # A copy: mutations below change the content in place.
    for key, value in copy.deepcopy(CONTENT[name]).items():
        merged_by_id = isinstance(value, list) and all(isinstance(i, dict) and ("id" in i or "level" in i) for i in value)
        if merged_by_id and draw(st.booleans()):
            # Some packaged items, unchanged (a copy is accepted), and some new ones.
            kept = [item for item in value if draw(st.integers(0, 3)) == 0]
            added = [
                _new_item(key, n, draw(SAFE_TEXT)) for n in range(draw(st.integers(0, 3)))
            ]
            content[key] = kept + [item for item in added if item is not None]
        elif key == "script" and draw(st.booleans()):
            content[key] = {"steps": [{"id": "inst-step", "text": {"en": draw(SAFE_TEXT)}}]}
        elif isinstance(value, dict) and set(value) <= {"en", "fr"} and key not in PROTECTED_WHOLE_TEXTS and draw(st.booleans()):
            content[key] = {"en": draw(SAFE_TEXT)}  # a text in one language: a warning, not an error
    if not content:
        # An empty file is refused ("expected a mapping"): a file changes at least one thing.
        key = next(iter(CONTENT[name]))
        content[key] = copy.deepcopy(CONTENT[name][key])
    mutated = False
    mutations = draw(st.lists(st.integers(0, 11), max_size=3))
    placeholders: dict[str, str] = {}
    for kind in mutations:
        mutated = True
        if kind <= 3:
            # A hostile value anywhere in the structure.
            raw = draw(st.sampled_from(HOSTILE_VALUES))
            token = f"mut{len(placeholders)}x"
            placeholders[token] = raw
            _replace_somewhere(content or {next(iter(CONTENT[name])): None}, draw(st.randoms()), token)
            if not content:
                content = {next(iter(CONTENT[name])): token}
        elif kind == 4:
            content[draw(st.sampled_from(["zz-unknown", "resource", "levels", "1"]))] = "x"
        elif kind == 5:
            key = next(iter(CONTENT[name]))
            items = content.get(key)
            target = items if isinstance(items, list) else []
            target.append({"id": draw(st.sampled_from(WORD_IDS)), "label": {"en": "x"}})
            content[key] = target
        elif kind == 6:
            # A huge list of short items (the merge must stay linear).
            key = next(iter(CONTENT[name]))
            count = draw(st.sampled_from([500, 3000]))
            content[key] = [{"id": f"bulk-{i}", "enabled": False} for i in range(count)]
        elif kind == 7:
            list_key, edit = draw(st.sampled_from(LEVEL3_EDITS))
            name = "levels.yaml"
            content = {list_key: [copy.deepcopy(edit)]}  # later mutations must not change the table
        elif kind == 8:
            # Deep nesting, in flow style: more levels than the guide ever needs.
            depth = draw(st.integers(19, 300))
            token = f"mut{len(placeholders)}x"
            placeholders[token] = "[" * depth + "]" * depth
            content = {next(iter(CONTENT[name])): token}
        else:
            pass  # text mutations, below
    text = yaml.dump(content, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000) if content else ""
    for token, raw in placeholders.items():
        text = text.replace(token, raw)
    for kind in mutations:
        rnd = draw(st.randoms())
        if kind == 9 and text:
            at = rnd.randrange(len(text))
            text = text[:at] + rnd.choice(RAW_INSERTS) + text[at:]
        elif kind == 10 and text:
            lines = text.splitlines(keepends=True)
            at = rnd.randrange(len(lines))
            lines.insert(at, lines[at])  # often a duplicate key
            text = "".join(lines)
        elif kind == 11 and text:
            text = text[: rnd.randrange(len(text))]
    if draw(st.integers(0, 14)) == 0:
        name = draw(st.sampled_from(ODD_NAMES))
        mutated = True
    return name, text, mutated


class _Dumper(yaml.SafeDumper):
    """Writes a value shared by two items twice, as a person would, never as an alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _replace_somewhere(value: Any, rnd: random.Random, token: str) -> None:
    """Put `token` in place of a value (or a key's value) chosen at random inside `value`."""
    for _ in range(30):
        if isinstance(value, dict) and value:
            key = rnd.choice(list(value))
            if not isinstance(value[key], dict | list) or rnd.random() < 0.3:
                value[key] = token
                return
            value = value[key]
        elif isinstance(value, list) and value:
            index = rnd.randrange(len(value))
            if not isinstance(value[index], dict | list) or rnd.random() < 0.3:
                value[index] = token
                return
            value = value[index]
        else:
            return


def _packaged_level3(flag: str) -> list[tuple[str, str]]:
    guide = load_guide(None)
    rec = recommend(guide, Answers(red_flags=(flag,)))
    actions = {a.id: a for a in guide.actions}
    return [(ident, tr(actions[ident].text, "en")) for ident in rec.actions]


LEVEL3 = {flag: _packaged_level3(flag) for flag in RED_FLAGS}
EMERGENCY = [r.phone for r in load_guide(None).resources_of("emergency")]


def _uncontrolled(text: str) -> list[str]:
    return sorted({repr(c) for c in text if hidden(c, newline=True) or c == "\t"})


def _clean(result: Any) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code != 70
    assert "Traceback" not in result.stdout + result.stderr
    assert "unexpected error" not in result.stderr
    leaked = _uncontrolled(result.stdout + result.stderr)
    assert not leaked, f"uncontrolled characters on screen: {leaked}"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.mark.exhaustive
@settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "80")),
    deadline=None,
    derandomize=not os.environ.get("HOSTILE_EXAMPLES"),
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(files=st.lists(institution_file(), min_size=1, max_size=3), flag=st.sampled_from(RED_FLAGS))
def test_hostile_institution_data(run, folder, files, flag):
    shutil.rmtree(folder)
    folder.mkdir()
    written: dict[str, bool] = {}
    for name, text, mutated in files:
        (folder / name).write_text(text, encoding="utf-8", errors="surrogateescape", newline="")
        written[name] = mutated  # the last file of a name is the one on disk
    load.cache_clear()

    checked = run("validate", str(folder), "--json")
    _clean(checked)
    assert checked.exit_code in (0, 2)
    report = json.loads(checked.stdout)
    assert report["valid"] is (checked.exit_code == 0)
    for problem in report["problems"]:
        assert problem["file"] and Path(problem["file"]).parent in (folder, PACKAGED), problem
        assert isinstance(problem["line"], int) and problem["line"] >= 1, problem
    if not any(written.values()):
        assert report["valid"], report["problems"][:5]

    shown = run("validate", str(folder))
    _clean(shown)
    assert shown.exit_code == checked.exit_code

    danger = run("--data-dir", str(folder), "triage", "--red-flag", flag, "--json")
    _clean(danger)
    assert danger.exit_code == 0, danger.stderr
    data = json.loads(danger.stdout)
    assert data["level"] == 3
    actions = [(a["id"], a["text"]) for a in data["actions"]]
    for action in LEVEL3[flag]:
        assert action in actions, f"level-3 action lost: {action}"
    assert [a for a in actions if a in LEVEL3[flag]] == LEVEL3[flag]  # in the packaged order
    phones = [r["phone"] for r in data["emergency"]]
    assert phones[: len(EMERGENCY)] == EMERGENCY

    text = run("--data-dir", str(folder), "triage", "--red-flag", flag)
    _clean(text)
    assert text.exit_code == 0
    assert "LEVEL 3 OF 3" in text.stdout
    for _, words in LEVEL3[flag]:
        assert " ".join(words.split()) in " ".join(text.stdout.split())
    for phone in EMERGENCY:
        assert phone in text.stdout

    event = run("--data-dir", str(folder), "triage", "--event")
    _clean(event)
    assert event.exit_code == 0
    assert "LEVEL " in event.stdout and "112" in event.stdout
