"""One rule, two engines: the page's script gives the Python rule's answer to every combination."""

import itertools
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from secondvictim.render.page import rule_data
from secondvictim.rules.choices import Internal, Role
from secondvictim.rules.triage import Answers, recommend

pytestmark = pytest.mark.exhaustive

RUNNER = Path(__file__).with_name("page_rule_runner.js")
NODE = shutil.which("node") or shutil.which("nodejs")


def subsets(ids):
    """Every subset, each in the data's order (the order in which the page lists the answers)."""
    return [tuple(i for i, keep in zip(ids, mask, strict=True) if keep) for mask in itertools.product((0, 1), repeat=len(ids))]


def some_situations(guide):
    """None, one, and two situations: they all act alike on the rule (tests/test_triage.py takes
    every subset of them)."""
    ids = [s.id for s in guide.situations]
    return [(), (ids[0],), (ids[0], ids[-1])]


def combinations(guide):
    return list(
        itertools.product(
            subsets([s.id for s in guide.red_flags]),
            (True, False, None),
            some_situations(guide),
            subsets([s.id for s in guide.warning_signs]),
            list(Role),
            list(Internal),
        )
    )


def python_rule(guide, combination):
    red_flags, event, situations, signs, role, internal = combination
    answers = Answers(red_flags=red_flags, event=event, situations=situations, signs=signs, role=role, internal=internal)
    rec = recommend(guide, answers)
    return {
        "level": rec.level,
        "reasons": list(rec.reasons),
        "actions": list(rec.actions),
        "resources": list(rec.resources),
        "externalFirst": rec.external_first,
        "peers": list(rec.peers),
        "emergency": list(rec.emergency),
        "followup": list(rec.followup),
    }


def page_rule(rule, combos):
    answers = [
        {"redFlags": list(r), "event": e, "situations": list(st), "signs": list(s), "role": str(role), "internal": str(i)}
        for r, e, st, s, role, i in combos
    ]
    result = subprocess.run(
        [NODE, str(RUNNER)],
        input=json.dumps({"rule": rule, "combinations": answers}),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


@pytest.mark.skipif(NODE is None, reason="needs node (apt-get install nodejs) to run the page's script")
@pytest.mark.parametrize("institution", [False, True], ids=["packaged", "institution"])
def test_every_combination_gets_the_same_answer_from_both_engines(guide, institution, tmp_path):
    if institution:
        # An institution that adds a role-limited external line, and peer supporters (one team
        # for everyone, one for physicians).
        from secondvictim.guide.loader import load

        folder = tmp_path / "institution"
        folder.mkdir()
        (folder / "resources.yaml").write_text(
            "resources:\n  - id: nurses-line\n    kind: external\n    name: {en: Nurses' line}\n"
            "    audience: {en: Nurses}\n    phone: '01 02 03 04 05'\n    roles: [nurse, midwife]\n"
            "  - id: peers\n    kind: peer\n    name: {en: Peer supporters}\n    audience: {en: Everyone}\n"
            "  - id: peer-doctors\n    kind: peer\n    name: {en: Peer doctors}\n    audience: {en: Doctors}\n"
            "    roles: [physician]\n",
            encoding="utf-8",
        )
        guide = load(folder).guide
    combos = combinations(guide)
    assert len(combos) == 16 * 3 * 3 * 32 * 9 * 3 == 124_416  # 9 roles: `staff` added (review L19)
    expected = [python_rule(guide, c) for c in combos]
    got = page_rule(rule_data(guide), combos)
    assert len(got) == len(expected)
    differences = [(c, e, g) for c, e, g in zip(combos, expected, got, strict=True) if e != g]
    assert differences[:3] == []
    # The space is really covered: every level, both resource orders, each external line.
    assert {e["level"] for e in expected} == {0, 1, 2, 3}
    assert {e["externalFirst"] for e in expected} == {True, False}
    if institution:
        assert {tuple(e["peers"]) for e in expected} == {(), ("peers",), ("peers", "peer-doctors")}
