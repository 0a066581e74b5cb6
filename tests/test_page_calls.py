"""One "whom to call" policy, two engines: the page's call list (ui.js callsList) gives the lines of
Python's document.call_now (without a clock, as the page has none) for every combination of answers.

tests/test_page_rule.py compares the rule (answers to recommendation) in both engines; here each
distinct recommendation goes to both call lists (every level with every role and every internal
answer: all that a call list reads from the answers), in each language, for
an institution with nothing set, with some contacts set, and with everything set and a 24/7 route.

One difference is by design and compared as such: below level 3, the terminal's one screen says
the emergency numbers in one line ("Immediate danger: 15 or 112 · suicidal thoughts: 3114 · by SMS:
114"), where the page, with room to spare, gives each its own line; the same numbers are called.
"""

import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from secondvictim.commands.fragments import call_now
from secondvictim.i18n import typeset
from secondvictim.render.page import page_data
from secondvictim.rules.choices import Internal, Role
from secondvictim.rules.triage import Answers, recommend

pytestmark = pytest.mark.exhaustive

RUNNER = Path(__file__).with_name("page_calls_runner.js")
NODE = shutil.which("node") or shutil.which("nodejs")

SOME_SET = 'resources:\n  - id: psychologist\n    phone: "04 72 11 22 33"\n'
ALL_SET = (
    "resources:\n"
    '  - id: psychologist\n    phone: "04 72 11 22 33"\n'
    '  - id: occupational-medicine\n    phone: "04 72 11 22 34"\n    extension: "1234"\n'
    '  - id: house-of-psychology\n    phone: "04 72 11 22 36"\n'
    '  - id: quality-officer\n    phone: "04 72 11 22 35"\n'
    "  - id: on-call-manager\n    kind: on-call\n    name: {en: On-call manager, fr: Cadre de garde}\n"
    "    audience: {en: Every professional, fr: Tout professionnel}\n"
    '    phone: "05 55 00 00 01"\n    hours: {en: nights and weekends, fr: nuits et week-ends}\n'
    '    open: ["mon-fri 18:00-08:00", "sat-sun 00:00-24:00"]\n'
    "  - id: nurses-line\n    kind: external\n    name: {en: Nurses' line, fr: Ligne infirmière}\n"
    "    audience: {en: Nurses, fr: Infirmiers}\n    phone: '01 02 03 04 05'\n    roles: [nurse, midwife]\n"
)


def page_calls(data, lang, recs):
    result = subprocess.run(
        [NODE, str(RUNNER)],
        input=json.dumps({"data": data, "lang": lang, "recs": recs}),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


def comparable(lines, rec, python=False):
    """The lines, with below level 3 the emergency part as the numbers it calls (see above)."""
    if rec.level == 3:
        return lines
    if python:
        head, emergency = lines[:-1], re.findall(r"\b\d+\b", lines[-1])
    else:
        cut = len(lines) - len(rec.emergency)
        head, emergency = lines[:cut], [line.partition(":")[0].strip() for line in lines[cut:]]
    return head, sorted(emergency)


@pytest.mark.skipif(NODE is None, reason="needs node (apt-get install nodejs) to run the page's script")
@pytest.mark.parametrize("institution", [None, SOME_SET, ALL_SET], ids=["nothing-set", "some-set", "all-set"])
def test_the_page_calls_whom_python_calls_for_every_combination(guide, institution, tmp_path):
    if institution is not None:
        from secondvictim.guide.loader import load

        folder = tmp_path / "institution"
        folder.mkdir()
        (folder / "resources.yaml").write_text(institution, encoding="utf-8")
        guide = load(folder).guide
    recs = {}
    triples = set()
    for red_flags, event, signs, role, internal in itertools.product(
        [(), None, ("danger",)], [True, False, None], [(), ("guilt",)], list(Role), list(Internal)
    ):
        rec = recommend(guide, Answers(red_flags=red_flags, event=event, signs=signs, role=role, internal=internal))
        triples.add((rec.level, role, internal))
        # The call list is drawn from the recommendation alone: each distinct one once.
        recs.setdefault((rec.level, rec.resources, rec.emergency, rec.external_first), rec)
    # What a call list reads from the answers: the level, the role and the internal answer, every
    # combination of them (the rule itself, over all answers, is tests/test_page_rule.py's).
    assert len(triples) == 4 * len(Role) * len(Internal)
    data = page_data(guide)
    shapes = [
        {"level": r.level, "resources": list(r.resources), "emergency": list(r.emergency), "externalFirst": r.external_first}
        for r in recs.values()
    ]
    for lang in ("en", "fr"):
        # Every renderer typesets (French spaces); the page's data comes typeset.
        expected = [comparable([typeset(line, lang) for line in call_now(guide, rec, lang)], rec, python=True) for rec in recs.values()]
        got = [comparable(lines, rec) for lines, rec in zip(page_calls(data, lang, shapes), recs.values(), strict=True)]
        differences = [(s, e, g) for s, e, g in zip(shapes, expected, got, strict=True) if e != g]
        assert differences[:3] == []
