"""Read the guide's YAML files, validate them, and turn every failure into one DataError.

One reading function (`read_text`) for every data file: regular files only, bounded size, every
file-system or decoding failure a located problem. One parser (`parse_yaml`): a safe loader that
refuses duplicate keys, aliases and typed values, every parser failure a located problem.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import gc
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..errors import DataError, Problem
from ..rules.choices import LANGS
from .merge import Assembly, Source
from .models import Guide, KeyedValueError, Loc, cump_problems, reference_problems
from .starter import example_problems

MAX_FILE_BYTES = 1024 * 1024
# The guide nests five levels deep; far deeper is a hostile or broken file.
MAX_DEPTH = 20
# An integer in the guide is a level or a day count; an unquoted phone number is a longer one,
# reported as a phone problem. Thousands of digits would fail to build: refused at once.
MAX_INT_DIGITS = 30

# Which top-level keys each data file holds. An institution's folder uses the same file names.
FILES: dict[str, tuple[str, ...]] = {
    "signs.yaml": ("warning_signs", "red_flags", "situations"),
    "resources.yaml": ("resources",),
    "script.yaml": (
        "key_message",
        "key_message_informal",
        "safety_words",
        "safety_words_informal",
        "attentive_words",
        "attentive_words_informal",
        "script",
    ),
    "avoid.yaml": ("attitudes_intro", "attitudes"),
    "levels.yaml": ("levels", "actions"),
    "followup.yaml": ("after_red_flag", "followup"),
    "about.yaml": ("disclaimer", "about"),
    "checkin.yaml": ("checkin_note", "checkin_summaries", "checkin_items", "process_steps", "process_note", "referral", "closing"),
    "team.yaml": ("team", "peer_offer", "manager_support"),
    "practice.yaml": ("scenarios",),
    "handout.yaml": ("handout",),
    "protocol.yaml": ("protocol_principles",),
}


class _Refused(yaml.MarkedYAMLError):
    """A value the guide's loader refuses, at a place in the file: a message key and its values."""

    def __init__(self, message_key: str, mark: Any, **values: object) -> None:
        super().__init__(problem=message_key, problem_mark=mark)
        self.key, self.values = message_key, values


# The C loader when PyYAML was built with libyaml: several times faster to parse.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STR, _MERGE = "tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"


class StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that refuses duplicate keys, aliases and typed values.

    PyYAML silently keeps the last of two duplicate keys; aliases let a tiny file expand into a
    huge structure ("billion laughs"); typed values (`!!timestamp`, `!!float`, a date) can fail
    to build, and the guide has no use for them: every text is a string.
    """

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _Refused("p.alias", node.start_mark)
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except Exception:
            # A constructor that cannot build a value fails in its own way: ValueError for an
            # impossible date, KeyError for `!!bool maybe`, OverflowError, TypeError... Whatever
            # it is, it is a value at a place in the file.
            raise _Refused("p.bad_value", node.start_mark) from None

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused("p.complex_key", key_node.start_mark)
            # `yes:`, `1:` or `~:` would be a boolean, a number or None, which no field is named:
            # refused here, where the line is known, rather than as a nameless key later.
            if key_node.tag not in (_STR, _MERGE):
                raise _Refused("p.complex_key", key_node.start_mark)
            if key_node.value in seen:
                raise _Refused("p.duplicate_key", key_node.start_mark, name=key_node.value)
            seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node: Any) -> Any:
        if len(node.value) > MAX_INT_DIGITS:
            raise _Refused("p.long_number", node.start_mark)
        return super().construct_yaml_int(node)

    def construct_refused(self, node: Any) -> Any:
        raise _Refused("p.typed_value", node.start_mark)


StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)
for _tag in ("timestamp", "float", "binary", "set", "omap", "pairs"):
    StrictLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", StrictLoader.construct_refused)
StrictLoader.add_constructor(None, StrictLoader.construct_refused)  # any other tag


def packaged_data_dir() -> Path:
    """The guide shipped with the program.

    A wheel carries it as secondvictim/data; an editable install or a source checkout reads the
    top-level data/ folder of the repository.
    """
    # Path(__file__), not importlib.resources: the package is always installed as files, and
    # importlib.resources costs several milliseconds of imports at every start.
    inside = Path(__file__).resolve().parents[1] / "data"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[3] / "data"


# A problem with a whole file (it cannot be read, it is too large, its name is unknown) is
# reported at its first line, so that every problem in a file reads `file:line: problem`.
WHOLE_FILE = 1


def os_problem(path: Path, exc: OSError, line: int | None = WHOLE_FILE) -> Problem:
    """A file-system failure as a problem the user can act on, in their language.

    `line` is None for a folder, which has no lines.
    """
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Problem(path, line, "", "p.permission")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        # A file that is not there has no line to point at.
        return Problem(path, None, "", "p.not_found")
    if exc.errno == errno.ENAMETOOLONG:
        return Problem(path, line, "", "p.name_too_long")
    if exc.errno == errno.ELOOP:
        return Problem(path, line, "", "p.link_loop")
    code = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    return Problem(path, line, "", "p.cannot_read", code=code)


def read_text(path: Path) -> str:
    """The text of a data file: a regular file of at most 1 MiB, in UTF-8; else a DataError.

    A FIFO, a device or a folder is refused before anything is read from it (opening without
    blocking, then checking what was opened), and no more than the limit is ever read. `-` is
    standard input (a summary piped in), read up to the same limit.
    """
    if str(path) == "-":
        import sys

        raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1) if sys.stdin is not None else b""
        return _decoded(path, raw)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise DataError([Problem(path, WHOLE_FILE, "", "p.not_a_file")]) from None
        raise DataError([os_problem(path, exc)]) from None
    except ValueError:  # a NUL byte in the name
        raise DataError([Problem(path, WHOLE_FILE, "", "p.not_found")]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DataError([Problem(path, WHOLE_FILE, "", "p.not_a_file")])
        if info.st_size > MAX_FILE_BYTES:
            raise DataError([Problem(path, WHOLE_FILE, "", "p.too_large", size=info.st_size)])
        chunks, total = [], 0
        while total <= MAX_FILE_BYTES:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise DataError([os_problem(path, exc)]) from None
    finally:
        os.close(fd)
    return _decoded(path, b"".join(chunks))


def _decoded(path: Path, raw: bytes) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise DataError([Problem(path, WHOLE_FILE, "", "p.too_large", size=len(raw))])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([Problem(path, line, "", "p.not_utf8")]) from None


# What PyYAML says, by the start of its English sentence, and how we say it.
# Which problem a YAML error is, read from its type, its marks and the characters they point at
# (PyYAML describes problems in English only; libyaml and the pure-Python scanner word them
# differently, their marks agree). Returns the message key and the mark of the line to show.
_QUOTES = "\"'"
# What starts a nesting level (a flow collection, a key, a sequence entry): where the scanner
# says it is nested too deep, at the same place as the context it gives.
_NESTING = "[{:-?"


def _at(text: str, mark: Any) -> str:
    return text[mark.index] if mark is not None and 0 <= mark.index < len(text) else ""


def _scanner_problem(exc: Any, text: str) -> str:
    here, context = _at(text, exc.problem_mark), exc.context_mark
    if here == "\t":
        return "p.yaml_tab"
    if context is None:
        return "p.yaml_colon" if here == ":" else "p.yaml"
    if _at(text, context) in tuple(_QUOTES):
        if exc.problem_mark.index >= len(text):
            return "p.yaml_quote"  # the end came before the closing quote
        before = text[exc.problem_mark.index - 1] if exc.problem_mark.index > 0 else ""
        return "p.yaml_escape" if "\\" in (here, before) else "p.yaml"
    if context.line < exc.problem_mark.line:
        return "p.yaml_colon"  # a key whose colon never came
    if context.index == exc.problem_mark.index and here in tuple(_NESTING):
        return "p.too_deep"
    return "p.yaml"


def _parser_problem(exc: Any, text: str) -> str:
    here = _at(text, exc.problem_mark)
    if here == "!":
        return "p.typed_value"
    if here == "%" or _at(text, exc.context_mark) in ("[", "{"):
        return "p.yaml"  # a directive, or inside brackets: not a matter of indentation
    return "p.yaml_indent"


def yaml_problem(exc: Any, text: str) -> tuple[str, Any]:
    """A YAML error as a message key, and the mark of the line it is about."""
    if isinstance(exc, yaml.scanner.ScannerError):
        key = _scanner_problem(exc, text)
    elif isinstance(exc, yaml.parser.ParserError):
        key = _parser_problem(exc, text)
    else:
        key = "p.yaml"
    if key == "p.yaml_colon" and exc.problem_mark and _key_line(text, exc.problem_mark.line):
        key = "p.yaml_indent"  # a key and a plain value: the line is indented too far, not a colon in a text
    # An unclosed quote is found at the end of the file: said where it opened.
    opened = exc.context_mark if key == "p.yaml_quote" else None
    return key, opened or exc.problem_mark or exc.context_mark


def _key_line(text: str, index: int) -> bool:
    """Whether line `index` is one key and a value with no other colon (`   phone: "0472..."`)."""
    lines = text.split("\n")
    line = lines[index] if index < len(lines) else ""
    found = re.match(r"^\s*(- )?[\w-]+:( (?P<value>.*))?$", line)
    return found is not None and ": " not in (found.group("value") or "")


def tab_problems(path: Path, text: str) -> list[Problem]:
    """Every line indented with a tab, not only the first one YAML stops at."""
    lines = [n for n, line in enumerate(text.split("\n"), 1) if "\t" in line[: len(line) - len(line.lstrip())]]
    return [Problem(path, n, "", "p.yaml_tab") for n in lines] or [Problem(path, WHOLE_FILE, "", "p.yaml_tab")]


def parse_yaml(path: Path, text: str) -> object:
    try:
        return yaml.load(text, Loader=StrictLoader)
    except _Refused as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DataError([Problem(path, line, "", exc.key, **exc.values)]) from None
    except yaml.MarkedYAMLError as exc:
        key, mark = yaml_problem(exc, text)
        if key == "p.yaml_tab":
            raise DataError(tab_problems(path, text)) from None
        line = mark.line + 1 if mark else None
        raise DataError([Problem(path, line, "", key, limit=MAX_DEPTH)]) from None
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow (an escape, NUL, a bell...), found by its position.
        line = text.count("\n", 0, exc.position) + 1
        raise DataError([Problem(path, line, "", "p.control")]) from None
    except yaml.YAMLError:
        raise DataError([Problem(path, WHOLE_FILE, "", "p.yaml")]) from None
    except RecursionError:
        raise DataError([Problem(path, WHOLE_FILE, "", "p.too_deep", limit=MAX_DEPTH)]) from None


def too_deep(value: Any, limit: int = MAX_DEPTH) -> Loc | None:
    """Where lists and mappings first nest deeper than `limit`, or None (found without recursion)."""
    stack: list[tuple[Loc, Any]] = [((), value)]
    while stack:
        loc, item = stack.pop()
        if isinstance(item, dict | list):
            if len(loc) >= limit:
                return loc
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            stack += [((*loc, key), inner) for key, inner in pairs]
    return None


class Lines:
    """The line of every place in a YAML text, found in one pass over its nodes."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Loc, int] = {}
        try:
            root = yaml.compose(text, Loader=StrictLoader)
        except (yaml.YAMLError, RecursionError):
            return
        if root is None:
            return
        self._lines[()] = root.start_mark.line + 1
        stack: list[tuple[Loc, Any]] = [((), root)]
        while stack:
            loc, node = stack.pop()
            if len(loc) > MAX_DEPTH:
                continue
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    here = (*loc, key.value)
                    # A value's line, except for a block that starts on the line after its key.
                    self._lines[here] = key.start_mark.line + 1
                    stack.append((here, value))
            elif isinstance(node, yaml.SequenceNode):
                for index, value in enumerate(node.value):
                    here = (*loc, index)
                    self._lines[here] = value.start_mark.line + 1
                    stack.append((here, value))

    def of(self, loc: Loc) -> int | None:
        """The line of the deepest part of `loc` found in the text."""
        for cut in range(len(loc), -1, -1):
            line = self._lines.get(tuple(str(p) if not isinstance(p, int) else p for p in loc[:cut]))
            if line is not None:
                return line
        return None


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


def read_mapping(path: Path, keys: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """A data file's text and content: a mapping whose keys are among `keys`."""
    text = read_text(path)
    content = parse_yaml(path, text)
    deep = too_deep(content)
    if deep is not None:
        raise DataError([Problem(path, Lines(text).of(deep) or WHOLE_FILE, "", "p.too_deep", limit=MAX_DEPTH)])
    if not isinstance(content, dict):
        raise DataError([Problem(path, 1, "", "p.not_mapping", keys=", ".join(keys))])
    lines = Lines(text) if any(key not in keys for key in content) else None
    unknown = [
        Problem(path, lines.of((key,)), str(key), "p.unknown_top_key", keys=", ".join(keys))
        for key in content
        if key not in keys and lines is not None
    ]
    if unknown:
        raise DataError(unknown)
    return text, content


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


@dataclass(frozen=True)
class Loaded:
    """The validated guide, and where its parts came from."""

    guide: Guide
    # For each data file name, the files read for it: the packaged one, then the institution's.
    files: dict[str, tuple[Path, ...]]
    # The file each list item came from, by (list key, item id).
    origins: dict[tuple[str, str], Path]
    institution: Path | None
    # Not errors: an institution's text in one language only, shown in the other too.
    warnings: tuple[Problem, ...] = ()

    def origin(self, key: str, ident: str) -> str:
        """Where an item came from, for --json: "packaged" or the institution file's path."""
        path = self.origins.get((key, ident))
        return str(path) if path is not None and path.parent == self.institution else "packaged"


def institution_files(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The data files of an institution's folder; a YAML file of another name is a problem."""
    try:
        if not directory.is_dir():
            key = "p.not_folder" if directory.exists() else "p.folder_not_found"
            return [], [Problem(directory, None, "", key)]
        found = sorted(
            p for p in directory.iterdir() if p.suffix.lower() in (".yaml", ".yml")
        )
    except OSError as exc:
        return [], [os_problem(directory, exc, line=None)]
    except ValueError:
        return [], [Problem(directory, None, "", "p.not_found")]
    names = ", ".join(FILES)
    problems = []
    for p in found:
        if p.name.lower() in FILES and p.name not in FILES:
            problems.append(Problem(p, WHOLE_FILE, "", "p.lower_case_name", name=p.name.lower()))
        elif p.name not in FILES:
            problems.append(Problem(p, WHOLE_FILE, "", "p.unknown_file", names=names))
    return [p for p in found if p.name in FILES], problems


def assemble(packaged: Path, institution: Path | None = None) -> Loaded:
    """Read the packaged data, then the institution's files on top, and validate the whole guide."""
    assembly = Assembly()
    texts: dict[Path, str] = {}
    problems: list[Problem] = []
    files: dict[str, tuple[Path, ...]] = {}
    warnings: list[Problem] = []
    overlays: list[Path] = []
    indexed: dict[Path, Lines] = {}

    def line_of(path: Path, loc: Loc) -> int | None:
        # Each file's lines are indexed once, and only if a problem needs them.
        if path not in texts:
            return None
        if path not in indexed:
            indexed[path] = Lines(texts[path])
        return indexed[path].of(loc)

    if institution is not None:
        overlays, problems = institution_files(institution)
    for path in [packaged / name for name in FILES] + overlays:
        try:
            texts[path], content = read_mapping(path, FILES[path.name])
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        assembly.add_file(path, content, packaged=path.parent == packaged)
        files[path.name] = (*files.get(path.name, ()), path)
        if path.parent != packaged and path.name == "resources.yaml":
            problems += [
                Problem(path, line_of(path, loc), format_field(loc), "p.starter_example")
                for loc in example_problems(content)
            ]
        for loc, lang in missing_languages(content):
            where = (path, line_of(path, loc), format_field(loc))
            if path.parent == packaged:
                problems.append(Problem(*where, "p.packaged_lang", code=lang))
            else:
                shown = next(other for other in LANGS if other != lang)
                warnings.append(Problem(*where, "p.missing_lang", code=lang, shown=shown))

    def problem(source: Source | None, key: str, values: dict[str, object], loc: Loc = ()) -> Problem:
        if source is None:
            # Nothing was written there: a missing key, attributed to the file that holds it.
            holder = next((name for name, keys in FILES.items() if loc and loc[0] in keys), None)
            if holder is None:
                return Problem(packaged, None, "", key, **values)
            return Problem(files.get(holder, (packaged / holder,))[-1], 1, format_field(loc), key, **values)
        return Problem(
            source.path, line_of(source.path, source.loc), format_field(source.loc), key, **values
        )

    problems += [problem(source, key, values) for source, key, values in assembly.problems]
    if len(files) < len(FILES):
        # A data file could not be read at all: its absence would only add noise.
        raise DataError(sorted(problems, key=Problem.sort_key))
    # Validate even when merging found problems, so that every problem is listed at once.
    try:
        guide = Guide.model_validate(assembly.data)
    except ValidationError as exc:
        misspelt = misspelt_ids(assembly.data, exc.errors())
        for item_loc, values in misspelt.items():
            loc = (*item_loc, "id")
            problems.append(problem(assembly.locate(loc), "p.unknown_id", values, loc))
        for error in exc.errors():
            key, values = explain(dict(error))
            loc = tuple(error["loc"])
            if error["type"] == "missing" and loc[:-1] in misspelt:
                continue  # a misspelt id, said once above, not as the fields a new item would need
            problems.append(problem(assembly.locate(loc), key, values, loc))
    else:
        from ..rules.practice import scenario_problems

        cump = cump_problems(guide, assembly.hidden_ids.get(("situations",), set()))
        problems += [
            problem(assembly.locate(loc), key, values, loc)
            for loc, key, values in [*reference_problems(guide), *scenario_problems(guide), *cump]
        ]
    if problems:
        raise DataError(sorted(problems, key=Problem.sort_key))
    return Loaded(guide, files, assembly.origins, institution, tuple(warnings))


@functools.cache
def load(institution: Path | None = None) -> Loaded:
    """The packaged guide, with the institution's data on top if given; validated once per process.

    Whatever goes wrong with an institution's data is a DataError, located at its folder when
    nothing better is known: a failure this loader did not foresee (a bug met by unusual data)
    must still give the crisis commands their fallback and the others their list of problems,
    never an "unexpected error". The packaged guide failing is a bug, and stays one.
    """
    with _collector_paused():
        try:
            return assemble(packaged_data_dir(), institution)
        except DataError:
            raise
        except Exception as exc:
            if institution is None:
                raise
            raise DataError([Problem(institution, None, "", "p.unusable", error=type(exc).__name__)]) from exc


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the guide is read.

    Reading builds hundreds of thousands of objects (YAML nodes, values, models) and no cycle
    (aliases are refused): the collector would only walk them again and again as they pile up,
    which made a 60,000-item file take minutes instead of seconds. Reference counting still
    frees everything; the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_guide(institution: Path | None = None) -> Guide:
    return load(institution).guide
