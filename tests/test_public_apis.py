"""Public framework APIs only (issue 21, item 3): no private Typer/Click names, no override of the
framework's entry point, and no library's English message read as data.

The patterns checked in every module of the package:
- `typer._click`, `_click.` and `import click`: Click is vendored by Typer, privately;
- `def main(self`: the framework's entry point is not overridden (the program calls `run`);
- `str(exc)`, `str(e)`, `str(error)`, `str(err)`: an exception's text used as data;
- `exc.message`, `exc.msg` (an attribute, not our AppError's `message(lang)` method): Click's or
  PyYAML's words;
- `["msg"]`, `.get("msg")`: Pydantic's English message of an error;
- `exc.problem`, `exc.context` (not their `_mark`): PyYAML's English description of a problem.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from secondvictim.cli_usage import positional
from secondvictim.errors import UsageError
from secondvictim.guide.loader import yaml_problem

SOURCE = Path(__file__).parents[1] / "src" / "secondvictim"

FORBIDDEN = {
    "a private framework module": r"typer\._click|\b_click\.|^\s*(import|from)\s+click\b",
    "an override of the framework's entry point": r"^\s+def main\(\s*self",
    "an exception's text": r"\bstr\(\s*(exc|e|err|error)\s*\)",
    "a library's message attribute": r"\b(exc|e|err|error)\.(message|msg)\b(?!\s*\()",
    "Pydantic's message": r"""\[\s*["']msg["']\s*\]|\.get\(\s*["']msg["']""",
    "PyYAML's description": r"\b(exc|e|err|error)\.(problem|context)\b(?!_)",
}


def _found(pattern: str) -> list[str]:
    compiled = re.compile(pattern, re.MULTILINE)
    hits = []
    for path in sorted(SOURCE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if compiled.search(line):
                hits.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    return hits


@pytest.mark.parametrize("what", sorted(FORBIDDEN))
def test_no_private_framework_name_nor_library_message_is_used(what):
    assert _found(FORBIDDEN[what]) == [], what


@pytest.mark.parametrize(
    ("line", "pattern"),
    [
        ("from typer._click import exceptions", "a private framework module"),
        ("    if 'requires' in exc.message:", "a library's message attribute"),
        ("    def main(self, args=None):", "an override of the framework's entry point"),
        ("said = str(exc)", "an exception's text"),
        ("text = error['msg']", "Pydantic's message"),
        ('said = f"{exc.problem} {exc.context}"', "PyYAML's description"),
    ],
)
def test_each_pattern_finds_what_it_forbids(line, pattern):
    assert re.search(FORBIDDEN[pattern], line, re.MULTILINE)


@pytest.mark.parametrize(
    "line", ["return fail(exc.code, exc.key, exc.message(lang))", "line = exc.problem_mark.line + 1"]
)
def test_our_own_message_method_and_yaml_marks_are_allowed(line):
    assert not any(re.search(pattern, line) for pattern in FORBIDDEN.values())


class Option:
    """A declared option as Click describes it (the attributes the check reads)."""

    param_type_name = "option"
    count = False
    nargs = 1

    def __init__(self, *opts: str, flag: bool = False, secondary: tuple[str, ...] = ()) -> None:
        self.opts, self.secondary_opts, self.is_flag = list(opts), list(secondary), flag


PARAMS = [Option("--json", flag=True), Option("--output", "-o"), Option("-h", "--help", flag=True)]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["a", "--json", "b"], ["a", "b"]),
        (["--output", "x.md", "a"], ["a"]),
        (["--output=x.md"], []),
        (["-ox.md", "a"], ["a"]),
        (["-ho", "x.md"], []),
        (["--", "--json", "-z"], ["--json", "-z"]),
        (["-"], ["-"]),
    ],
)
def test_a_command_line_of_known_options_leaves_its_words(args, words):
    assert positional(PARAMS, args, interspersed=True) == words


def test_the_first_word_ends_the_programs_options():
    assert positional(PARAMS, ["--json", "triage", "--bogus"], interspersed=False) == ["triage", "--bogus"]


@pytest.mark.parametrize(
    ("args", "key", "values"),
    [
        (["--jsn"], "err.no_such_option_hint", {"option": "--jsn", "hint": "--json"}),
        (["--zzzzzz"], "err.no_such_option", {"option": "--zzzzzz"}),
        (["-z"], "err.no_such_option", {"option": "-z"}),
        (["-hz"], "err.no_such_option", {"option": "-z"}),
        (["--json=yes"], "err.takes_no_value", {"option": "--json"}),
        (["--output"], "err.needs_value", {"option": "--output"}),
        (["a", "-o"], "err.needs_value", {"option": "-o"}),
        # The program's own options, where the command sees them: said as what they are.
        (["--lang"], "err.needs_value", {"option": "--lang"}),
        (["--plain=yes"], "err.takes_no_value", {"option": "--plain"}),
    ],
)
def test_an_option_that_cannot_be_understood_is_said_as_what_it_is(args, key, values):
    with pytest.raises(UsageError) as raised:
        positional(PARAMS, args, interspersed=True)
    assert (raised.value.key, raised.value.values) == (key, values)


# Broken YAML, and what an editor of the file is told (its key) about which line (1-based).
BROKEN_YAML = [
    ("resources:\n  - id: x\n    details:\n      en: Note: this\n", "p.yaml_colon", 4),
    ('resources:\n  - id: x\n     phone: "04 72 11 22 33"\n', "p.yaml_indent", 3),
    ("about:\n  en: a\n  fr\n", "p.yaml_colon", 4),
    ("resources:\n\t- id: x\n", "p.yaml_tab", 2),
    ("resources:\n  - id: x\n\tphone: y\n", "p.yaml_tab", 3),
    ('about:\n  en: "open\n  fr: x\n', "p.yaml_quote", 2),
    ("about:\n  en: 'open\n  fr: x\n", "p.yaml_quote", 2),
    ('about:\n  en: "a \\q b"\n', "p.yaml_escape", 2),
    ('a: "\\xZZ"\n', "p.yaml", 1),
    ("about: !x!y z\n", "p.typed_value", 1),
    ("about:\n  en: x\n fr: y\n", "p.yaml_indent", 3),
    ("items:\n  - a\n  b: c\n", "p.yaml_indent", 3),
    ("resources: [unclosed\n", "p.yaml", 2),
    ("a: {b: c\n", "p.yaml", 2),
    ("%YAML 1.1\n%YAML 1.1\n---\na: b\n", "p.yaml", 2),
    ("a: `b\n", "p.yaml", 1),
    ("a: " + "[" * 1200 + "]" * 1200 + "\n", "p.too_deep", 1),
]


@pytest.mark.parametrize(("text", "key", "line"), BROKEN_YAML)
@pytest.mark.parametrize("reader", ["libyaml", "python"])
def test_a_yaml_problem_is_read_from_its_type_and_marks(text, key, line, reader):
    loader = getattr(yaml, "CSafeLoader", None) if reader == "libyaml" else yaml.SafeLoader
    if loader is None:
        pytest.skip("PyYAML without libyaml")
    try:
        yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        found, mark = yaml_problem(exc, text)
        assert (found, mark.line + 1) == (key, line)
    except RecursionError:
        assert reader == "python" and key == "p.too_deep"  # the loader's own limit (loader.parse_yaml)
    else:
        pytest.fail("the text was read as YAML")
