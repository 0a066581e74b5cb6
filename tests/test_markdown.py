"""Every Markdown file the tool writes passes an independent Markdown linter (pymarkdownlnt),
headings in order first: a summary went from ## to #### (issue 27). Only the line length is
left out: the summaries are read rendered, and a hard wrap would split phone numbers."""

import itertools
import re

import pytest
from pymarkdown.api import PyMarkdownApi

CHECKIN = ["--red-flag", "none", "--sign", "none", "--trend", "same", "--item", "none", "--support-used", "yes"]
CHECKIN += ["--step", "none"]
WRITERS = {
    "triage-0": ["triage", "--red-flag", "none", "--no-event", "--role", "nurse", "--internal", "yes"],
    "triage-1": ["triage", "--red-flag", "none", "--event", "--sign", "none", "--role", "nurse", "--internal", "yes"],
    "triage-2": ["triage", "--red-flag", "none", "--event", "--sign", "withdrawal", "--role", "physician"],
    "triage-3": ["triage", "--red-flag", "dark-thoughts", "--role", "unknown", "--internal", "no"],
    "checkin": ["checkin", "--event-date", "2026-11-20", *CHECKIN],
    "team": ["team", "--no-death", "--situation", "none"],
    "card": ["card"],
}


def heading_levels(text: str) -> list[int]:
    return [len(m.group(1)) for m in re.finditer(r"^(#{1,6}) ", text, re.MULTILINE)]


@pytest.mark.exhaustive
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_markdown_outputs_pass_a_linter(run, tmp_path, name, lang):
    target = tmp_path / f"{name}.md"
    result = run("--lang", lang, *WRITERS[name], "-o", str(target))
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    levels = heading_levels(text)
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading level jumps from {before} to {after}"
    failures = PyMarkdownApi().disable_rule_by_identifier("md013").scan_string(text).scan_failures
    assert not failures, "\n".join(f"{f.line_number}: {f.rule_id} {f.rule_description}{f.extra_error_information}" for f in failures)
