"""Read the guide's YAML files, validate them, and turn every failure into one DataError."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from .models import Guide, Loc, reference_problems

MAX_FILE_BYTES = 1024 * 1024

# Which top-level keys each data file holds. A key belongs to exactly one file, so an error in
# the assembled guide can be traced back to its file and line.
FILES: dict[str, tuple[str, ...]] = {
    "signs.yaml": ("warning_signs", "red_flags"),
    "resources.yaml": ("resources",),
    "script.yaml": ("key_message", "script"),
    "avoid.yaml": ("attitudes_intro", "attitudes"),
    "levels.yaml": ("levels", "actions"),
    "followup.yaml": ("followup",),
    "about.yaml": ("disclaimer", "about"),
}
FILE_OF_KEY = {key: name for name, keys in FILES.items() for key in keys}


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


def line_of(text: str, loc: Loc) -> int | None:
    """The line of the deepest node of `loc` that exists in the YAML text (1-based)."""
    try:
        node = yaml.compose(text, Loader=StrictLoader)
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
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def explain(error: dict) -> str:
    """A pydantic error message, reworded where the default would puzzle an editor of YAML."""
    kind, loc = error["type"], error["loc"]
    last = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        return "unknown key (check its spelling)"
    if kind == "missing":
        return "required, but missing"
    if last == "phone" and kind in ("string_type", "string_pattern_mismatch"):
        return 'a phone number is digits as dialled, in quotes, for example "0805 23 23 36"'
    if last == "id" and kind == "string_pattern_mismatch":
        return "an id is lower-case letters, digits and hyphens, for example my-helpline"
    if kind == "literal_error" and len(loc) >= 2 and str(loc[-1]) == "[key]":
        return f"unknown language '{loc[-2]}' (use en or fr)"
    return error["msg"]


def _problems_from_locs(
    errors: list[tuple[Loc, str]], paths: dict[str, Path], texts: dict[str, str]
) -> list[Problem]:
    problems = []
    for loc, message in errors:
        name = FILE_OF_KEY.get(str(loc[0])) if loc else None
        if name is None:
            problems.append(Problem(Path("(guide)"), None, format_field(loc), message))
            continue
        problems.append(Problem(paths[name], line_of(texts[name], loc), format_field(loc), message))
    return problems


def assemble(directory: Path) -> Guide:
    """Read every data file of `directory` and validate the whole guide."""
    paths = {name: directory / name for name in FILES}
    texts: dict[str, str] = {}
    merged: dict[str, object] = {}
    problems: list[Problem] = []
    for name, path in paths.items():
        try:
            texts[name] = read_text(path)
            content = parse_yaml(path, texts[name])
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        if not isinstance(content, dict):
            what = "empty" if content is None else f"a {type(content).__name__}"
            problems.append(
                Problem(
                    path, 1, "", f"expected a mapping with the keys {', '.join(FILES[name])}, found {what}"
                )
            )
            continue
        for key, value in content.items():
            if key in FILES[name]:
                merged[key] = value
            else:
                problems.append(
                    Problem(
                        path,
                        line_of(texts[name], (key,)),
                        str(key),
                        f"unknown key (this file holds {', '.join(FILES[name])})",
                    )
                )
    if problems:
        raise DataError(problems)
    try:
        guide = Guide.model_validate(merged)
    except ValidationError as exc:
        errors = [(tuple(e["loc"]), explain(e)) for e in exc.errors()]
        raise DataError(_problems_from_locs(errors, paths, texts)) from None
    references = reference_problems(guide)
    if references:
        raise DataError(_problems_from_locs(references, paths, texts))
    return guide


@functools.cache
def load_guide(directory: Path | None = None) -> Guide:
    """The guide from `directory` (default: the packaged data), validated once per process."""
    return assemble(directory or packaged_data_dir())
