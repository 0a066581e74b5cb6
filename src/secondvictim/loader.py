"""Read the guide's YAML files, validate them, and turn every failure into one DataError."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .choices import LANGS
from .merge import Assembly, Source
from .models import Guide, Loc, reference_problems

MAX_FILE_BYTES = 1024 * 1024
# The guide nests five levels deep; far deeper is a hostile or broken file.
MAX_DEPTH = 20
TOO_DEEP = f"lists and mappings nest more than {MAX_DEPTH} levels deep"

# Which top-level keys each data file holds. An institution's folder uses the same file names.
FILES: dict[str, tuple[str, ...]] = {
    "signs.yaml": ("warning_signs", "red_flags"),
    "resources.yaml": ("resources",),
    "script.yaml": ("key_message", "key_message_informal", "script"),
    "avoid.yaml": ("attitudes_intro", "attitudes"),
    "levels.yaml": ("levels", "actions"),
    "followup.yaml": ("followup",),
    "about.yaml": ("disclaimer", "about"),
}


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class DataError(Exception):
    """The guide's data cannot be used. Holds every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


# The C loader when PyYAML was built with libyaml: several times faster to parse.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that refuses duplicate keys and aliases.

    PyYAML silently keeps the last of two duplicate keys; aliases let a tiny file expand into a
    huge structure ("billion laughs"). Neither has a place in a hand-written guide.
    """

    def construct_object(self, node, deep=False):
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases (&name, *name) are not allowed", node.start_mark
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node, deep=False):
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key '{key_node.value}'", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


def packaged_data_dir() -> Path:
    """The guide shipped with the program.

    A wheel carries it as secondvictim/data; an editable install or a source checkout reads the
    top-level data/ folder of the repository.
    """
    # Path(__file__), not importlib.resources: the package is always installed as files, and
    # importlib.resources costs several milliseconds of imports at every start.
    inside = Path(__file__).resolve().parent / "data"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / "data"


def read_text(path: Path) -> str:
    """The file's text, refusing what is not a readable UTF-8 file of reasonable size."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DataError([Problem(path, None, "", "is a directory, expected a YAML file")])
        if size > MAX_FILE_BYTES:
            raise DataError(
                [Problem(path, None, "", f"file is too large ({size} bytes; the limit is 1 MiB)")]
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError([Problem(path, None, "", "file not found")]) from None
    except PermissionError:
        raise DataError([Problem(path, None, "", "permission denied: cannot read the file")]) from None
    except OSError as exc:
        raise DataError([Problem(path, None, "", f"cannot read the file ({exc.strerror})")]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([Problem(path, line, "", "not valid UTF-8 text")]) from None


def parse_yaml(path: Path, text: str) -> object:
    try:
        return yaml.load(text, Loader=StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise DataError([Problem(path, line, "", f"invalid YAML: {problem}")]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem(path, None, "", f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise DataError([Problem(path, None, "", TOO_DEEP)]) from None


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether lists and mappings nest deeper than `limit` (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            stack += [(inner, depth + 1) for inner in (item.values() if isinstance(item, dict) else item)]
    return False


@functools.lru_cache(maxsize=8)
def _compose(text: str) -> yaml.Node | None:
    # Cached: a file with thousands of problems is composed once, not once per problem.
    return yaml.compose(text, Loader=StrictLoader)


def line_of(text: str, loc: Loc) -> int | None:
    """The line of the deepest node of `loc` that exists in the YAML text (1-based)."""
    try:
        node = _compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(part)), None)
            if match is None:
                break
            # A value's line, except for a block that starts on the line after its key.
            key_line = next(k.start_mark.line for k, v in node.value if v is match)
            node, line = match, key_line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def format_field(loc: Loc) -> str:
    out = ""
    for part in loc:
        if part == "[key]":  # pydantic's marker for "the key itself", implied by the field name
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def explain(error: dict) -> str:
    """A pydantic error message, reworded where the default would puzzle an editor of YAML."""
    kind, loc = error["type"], error["loc"]
    last = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        return "unknown key (check its spelling)"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind == "missing":
        return "required, but missing"
    if last == "phone" and kind in ("string_type", "string_pattern_mismatch"):
        return 'a phone number is digits as dialled, in quotes, for example "0805 23 23 36"'
    if last == "extension" and kind in ("string_type", "string_pattern_mismatch"):
        return 'an extension is digits only, in quotes, for example "4321"'
    if last == "id" and kind == "string_pattern_mismatch":
        return "an id is lower-case letters, digits and hyphens, for example my-helpline"
    if kind == "literal_error" and len(loc) >= 2 and str(loc[-1]) == "[key]":
        return f"unknown language '{loc[-2]}' (use en or fr)"
    return error["msg"]


def read_mapping(path: Path, keys: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """A data file's text and content: a mapping whose keys are among `keys`."""
    text = read_text(path)
    content = parse_yaml(path, text)
    if too_deep(content):
        raise DataError([Problem(path, None, "", TOO_DEEP)])
    if not isinstance(content, dict):
        what = "empty" if content is None else f"a {type(content).__name__}"
        raise DataError(
            [Problem(path, 1, "", f"expected a mapping with the keys {', '.join(keys)}, found {what}")]
        )
    unknown = [
        Problem(path, line_of(text, (key,)), str(key), f"unknown key (this file holds {', '.join(keys)})")
        for key in content
        if key not in keys
    ]
    if unknown:
        raise DataError(unknown)
    return text, content


def missing_languages(value: Any, loc: Loc = ()) -> list[tuple[Loc, str]]:
    """The texts (mappings of language to text) in raw YAML content that lack a language."""
    if isinstance(value, dict):
        if value and set(value) <= set(LANGS) and all(isinstance(v, str) for v in value.values()):
            return [(loc, lang) for lang in LANGS if lang not in value]
        return [found for key, inner in value.items() for found in missing_languages(inner, (*loc, key))]
    if isinstance(value, list):
        return [
            found for index, inner in enumerate(value) for found in missing_languages(inner, (*loc, index))
        ]
    return []


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


def institution_files(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The data files of an institution's folder; a YAML file of another name is a problem."""
    if not directory.is_dir():
        return [], [Problem(directory, None, "", "not a folder (expected a folder of YAML files)")]
    try:
        found = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError as exc:
        return [], [Problem(directory, None, "", f"cannot read the folder ({exc.strerror})")]
    names = ", ".join(FILES)
    return (
        [p for p in found if p.name in FILES],
        [
            Problem(p, None, "", f"unknown file name (expected one of {names})")
            for p in found
            if p.name not in FILES
        ],
    )


def assemble(packaged: Path, institution: Path | None = None) -> Loaded:
    """Read the packaged data, then the institution's files on top, and validate the whole guide."""
    assembly = Assembly()
    texts: dict[Path, str] = {}
    problems: list[Problem] = []
    files: dict[str, tuple[Path, ...]] = {}
    warnings: list[Problem] = []
    overlays: list[Path] = []
    if institution is not None:
        overlays, problems = institution_files(institution)
    for path in [packaged / name for name in FILES] + overlays:
        try:
            texts[path], content = read_mapping(path, FILES[path.name])
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        assembly.add_file(path, content)
        files[path.name] = (*files.get(path.name, ()), path)
        for loc, lang in missing_languages(content):
            where = (path, line_of(texts[path], loc), format_field(loc))
            if path.parent == packaged:
                problems.append(Problem(*where, f"no '{lang}' version: every packaged text needs one"))
            else:
                shown = next(other for other in LANGS if other != lang)
                warnings.append(Problem(*where, f"no '{lang}' version: the '{shown}' text is shown instead"))

    def problem(source: Source | None, message: str) -> Problem:
        if source is None:
            return Problem(packaged, None, "", message)
        return Problem(
            source.path, line_of(texts[source.path], source.loc), format_field(source.loc), message
        )

    problems += [problem(source, message) for source, message in assembly.problems]
    if len(files) < len(FILES):
        # A data file could not be read at all: its absence would only add noise.
        raise DataError(problems)
    # Validate even when merging found problems, so that every problem is listed at once.
    try:
        guide = Guide.model_validate(assembly.data)
    except ValidationError as exc:
        problems += [problem(assembly.locate(tuple(e["loc"])), explain(e)) for e in exc.errors()]
    else:
        problems += [problem(assembly.locate(loc), message) for loc, message in reference_problems(guide)]
    if problems:
        raise DataError(sorted(problems, key=lambda p: (str(p.path), p.line or 0)))
    return Loaded(guide, files, assembly.origins, institution, tuple(warnings))


@functools.cache
def load(institution: Path | None = None) -> Loaded:
    """The packaged guide, with the institution's data on top if given; validated once per process."""
    return assemble(packaged_data_dir(), institution)


def load_guide(institution: Path | None = None) -> Guide:
    return load(institution).guide
