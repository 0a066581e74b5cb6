"""Validation errors as problems an editor of YAML can act on: the field's name, a message key.

Pydantic's errors are read by their type and location (never by their English message), and
a few problems no single field shows are found in the raw content: an item whose id is a
misspelling of a known one, a text that lacks a language.
"""

from __future__ import annotations

import re
from typing import Any

from ..rules.choices import LANGS
from .fields import KeyedValueError, Loc


def format_field(loc: Loc) -> str:
    out = ""
    for part in loc:
        if part == "[key]":  # pydantic's marker for "the key itself", implied by the field name
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _expected(error: dict[str, Any]) -> str:
    """The values a literal or enum accepts, from pydantic's English "'a', 'b' or 'c'"."""
    return ", ".join(re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", ""))))


def explain(error: dict[str, Any]) -> tuple[str, dict[str, object]]:
    """A pydantic error as a message key and its values, worded for an editor of YAML."""
    kind, loc = error["type"], error["loc"]
    last = str(loc[-1]) if loc else ""
    ctx = error.get("ctx") or {}
    if kind == "value_error" and isinstance(ctx.get("error"), KeyedValueError):
        return ctx["error"].key, {}
    if kind == "extra_forbidden":
        # A language at the level of the fields: `en:` under `hours:` without the indentation.
        return ("p.lang_indent" if last in LANGS else "p.unknown_key"), {}
    if kind == "missing":
        return "p.missing", {}
    if last == "phone" and kind in ("string_type", "string_pattern_mismatch", "string_too_long"):
        return "p.phone", {}
    if last == "extension" and kind in ("string_type", "string_pattern_mismatch"):
        return "p.extension", {}
    if last == "id" and kind in ("string_pattern_mismatch", "string_too_long"):
        return "p.id", {}
    if kind == "literal_error" and last == "[key]" and len(loc) >= 2:
        return "p.unknown_lang", {"code": loc[-2]}
    if kind in ("literal_error", "enum"):
        return "p.one_of", {"valid": _expected(error)}
    simple = {
        "string_type": "p.text",
        "int_type": "p.integer",
        "int_parsing": "p.integer",
        "int_from_float": "p.integer",
        "bool_type": "p.boolean",
        "bool_parsing": "p.boolean",
        "dict_type": "p.mapping",
        "model_type": "p.mapping",
        "model_attributes_type": "p.mapping",
        "tuple_type": "p.list",
        "list_type": "p.list",
        "string_too_short": "p.empty_text",
        "string_pattern_mismatch": "p.pattern",
        "date_type": "p.date",
        "date_parsing": "p.date",
        "date_from_datetime_parsing": "p.date",
        "date_from_datetime_inexact": "p.date",
    }
    if kind in simple:
        return simple[kind], {}
    if kind in ("too_short",):
        return "p.too_few", {"count": ctx.get("min_length", 1)}
    if kind in ("too_long", "string_too_long"):
        return "p.too_long", {"count": ctx.get("max_length", "")}
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return "p.range", {}
    return "p.invalid", {"kind": kind}


def misspelt_ids(data: dict[str, Any], errors: list[Any]) -> dict[Loc, dict[str, object]]:
    """The items that lack required fields because their id is a misspelling of an existing one.

    An institution's item with a known id changes that item; with a new id it is a new item,
    which must say everything. `occupational-medecine` is far more likely a misspelt
    `occupational-medicine` than a new contact: "did you mean", never "required, but missing".
    """
    from ..parsing import suggestion

    incomplete = {
        tuple(e["loc"][:2]) for e in errors if e["type"] == "missing" and len(e["loc"]) == 3 and isinstance(e["loc"][1], int)
    }
    found: dict[Loc, dict[str, object]] = {}
    for key, index in sorted(incomplete, key=str):
        items = data.get(str(key))
        if not isinstance(items, list) or index >= len(items) or not isinstance(items[index], dict):
            continue
        ident = items[index].get("id")
        # Among the complete items only: two new items do not make each other misspelt.
        known = [
            i.get("id") for n, i in enumerate(items) if isinstance(i, dict) and (key, n) not in incomplete
        ]
        close = suggestion(ident, [k for k in known if isinstance(k, str)]) if isinstance(ident, str) else None
        if close:
            found[(key, index)] = {"id": ident, "close": close}
    return found


def missing_languages(value: Any, loc: Loc = ()) -> list[tuple[Loc, str]]:
    """The texts (mappings of language to text) in raw YAML content that lack a language."""
    found: list[tuple[Loc, str]] = []
    stack: list[tuple[Loc, Any]] = [(loc, value)]
    while stack:
        here, item = stack.pop()
        if isinstance(item, dict):
            if item and set(item) <= set(LANGS) and all(isinstance(v, str) for v in item.values()):
                found += [(here, lang) for lang in LANGS if lang not in item]
            else:
                stack += [((*here, key), inner) for key, inner in item.items()]
        elif isinstance(item, list):
            stack += [((*here, index), inner) for index, inner in enumerate(item)]
    return sorted(found, key=lambda f: [str(p) for p in f[0]])

