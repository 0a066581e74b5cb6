"""Reading one data file: its bytes, its UTF-8 text, its YAML, and the line of every place in it.

One reading function (`read_text`) for every data file: regular files only, bounded size, every
file-system or decoding failure a located problem. One parser (`parse_yaml`): a safe loader that
refuses duplicate keys, aliases and typed values, every parser failure a located problem.
`Lines` finds the line of a place in the text, for the problems found later (guide/problems.py).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import DataError, Problem

if TYPE_CHECKING:
    from .fields import Loc

MAX_FILE_BYTES = 1024 * 1024
# The guide nests five levels deep; far deeper is a hostile or broken file.
MAX_DEPTH = 20
# An integer in the guide is a level or a day count; an unquoted phone number is a longer one,
# reported as a phone problem. Thousands of digits would fail to build: refused at once.
MAX_INT_DIGITS = 30


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

