"""Institution data generated from the models' own JSON Schema, not only mutations of the starter.

Each example is an institution folder whose files hold items drawn from the schema of the
guide's models (`Guide.model_json_schema()`): any field, any allowed shape, texts of any
characters, ids new or packaged (so that packaged items, protected ones included, are changed
and hidden too), `enabled: false` now and then. The invariants, whatever the data:

- no traceback and never exit 70, for `validate` (0 or 2), `card` (0 or 2) and `triage`;
- `triage --red-flag X` exits 0 at level 3 with at least the packaged guide's level-3 actions for
  X and every packaged emergency number;
- the output is never blank: the plain triage shows its level, `card` prints something when it
  succeeds.

Bounded (25 examples, derandomized, about 10 s): `SCHEMA_EXAMPLES=500 pytest
tests/test_schema_property.py` draws more, at random.
"""

from __future__ import annotations

import itertools
import json
import os
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondvictim.guide.loader import FILES, load_guide
from secondvictim.guide.models import Guide
from secondvictim.rules.triage import Answers, recommend

pytestmark = pytest.mark.exhaustive

SCHEMA = Guide.model_json_schema()
DEFS = SCHEMA["$defs"]
PACKAGED = load_guide()
# The lists an institution file changes item by item (README: "by `id`"; the levels by their
# `level`, as data/levels.yaml numbers them), written here rather than taken from the merge.
LISTS = {
    "warning_signs": "id",
    "red_flags": "id",
    "resources": "id",
    "attitudes": "id",
    "levels": "level",
    "actions": "id",
    "followup": "id",
    "about": "id",
    "checkin_items": "id",
    "process_steps": "id",
    "situations": "id",
    "scenarios": "id",
}
EXAMPLES = int(os.environ.get("SCHEMA_EXAMPLES", "25"))

# Short texts of any character (controls, bidirectional overrides and invisible letters included):
# the schema allows 2,000 characters, which would only slow the examples down.
TEXT = st.text(min_size=0, max_size=12)


def from_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that the JSON Schema `schema` describes (what the guide's models accept)."""
    if "$ref" in schema:
        return from_schema(DEFS[schema["$ref"].rsplit("/", 1)[-1]], depth)
    if "anyOf" in schema:
        return st.one_of(*(from_schema(s, depth) for s in schema["anyOf"]))
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    kind = schema.get("type")
    if kind == "string":
        if "pattern" in schema:
            limit = schema.get("maxLength", 60)
            return st.from_regex(schema["pattern"], fullmatch=True).filter(lambda s: len(s) <= limit)
        return TEXT.filter(lambda s: len(s) >= schema.get("minLength", 0))
    if kind == "integer":
        return st.integers(schema.get("minimum", -3), schema.get("maximum", 400))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        if "prefixItems" in schema:
            return st.tuples(*(from_schema(s, depth + 1) for s in schema["prefixItems"])).map(list)
        low = schema.get("minItems", 0)
        return st.lists(from_schema(schema.get("items", {}), depth + 1), min_size=low, max_size=max(low, 3))
    if kind == "object":
        if "properties" not in schema:
            # A text: a mapping of language to text.
            return st.dictionaries(st.sampled_from(["en", "fr"]), from_schema(schema.get("additionalProperties", {})), min_size=1)
        required = set(schema.get("required", ()))
        fields = {
            name: from_schema(sub, depth + 1) if name in required else st.one_of(st.none(), from_schema(sub, depth + 1))
            for name, sub in schema["properties"].items()
        }
        return st.fixed_dictionaries(fields).map(lambda d: {k: v for k, v in d.items() if v is not None or k in required})
    return st.one_of(st.none(), st.booleans(), st.integers(), TEXT)


def _packaged_ids(key: str) -> list[str]:
    return [getattr(item, "id", None) or str(getattr(item, "level", "")) for item in getattr(PACKAGED, key)]


@st.composite
def list_item(draw: st.DrawFn, key: str) -> dict[str, Any]:
    """An item of the list `key`: a new one, or a change to a packaged one, or its hiding."""
    item_schema = SCHEMA["properties"][key]["items"]
    ident = LISTS[key]
    if draw(st.booleans()):
        packaged = draw(st.sampled_from(_packaged_ids(key)))
        if draw(st.integers(0, 4)) == 0:
            return {ident: int(packaged) if ident == "level" else packaged, "enabled": False}
        # A change: some of the fields of the schema, on a packaged id.
        fields = from_schema(item_schema)
        drawn = draw(fields)
        kept = draw(st.sets(st.sampled_from(sorted(drawn)), max_size=3)) if drawn else set()
        return {ident: int(packaged) if ident == "level" else packaged, **{k: drawn[k] for k in kept if k != ident}}
    return draw(from_schema(item_schema))


@st.composite
def institution(draw: st.DrawFn) -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    for name in draw(st.sets(st.sampled_from(sorted(FILES)), min_size=1, max_size=3)):
        content: dict[str, Any] = {}
        for key in draw(st.sets(st.sampled_from(FILES[name]), min_size=1, max_size=2)):
            if key in LISTS:
                content[key] = draw(st.lists(list_item(key), max_size=3))
            else:
                content[key] = draw(from_schema(SCHEMA["properties"][key]))
        files[name] = content
    return files


_folders = itertools.count()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory):
    return tmp_path_factory.mktemp("schema-institutions")


@settings(
    max_examples=EXAMPLES,
    derandomize="SCHEMA_EXAMPLES" not in os.environ,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(files=institution(), flag=st.sampled_from([f.id for f in PACKAGED.red_flags]))
def test_data_from_the_schema_keeps_every_guarantee(run, base, files, flag):
    folder = base / f"institution-{next(_folders)}"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")

    validate = run("validate", str(folder))
    assert validate.exit_code in (0, 2), validate.output
    assert "Traceback" not in validate.output

    expected = recommend(PACKAGED, Answers(red_flags=(flag,)))
    as_json = run("--data-dir", str(folder), "triage", "--red-flag", flag, "--json")
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.stdout)
    assert data["level"] == 3
    assert set(expected.actions) <= {a["id"] for a in data["actions"]}
    assert set(expected.emergency) <= {r["id"] for r in data["emergency"]}

    plain = run("--data-dir", str(folder), "triage", "--red-flag", flag)
    assert plain.exit_code == 0, plain.output
    assert "LEVEL 3 OF 3" in plain.stdout and "112" in plain.stdout and "3114" in plain.stdout

    card = run("--data-dir", str(folder), "card")
    assert card.exit_code in (0, 2) and "Traceback" not in card.output
    if card.exit_code == 0:
        assert "112" in card.stdout
