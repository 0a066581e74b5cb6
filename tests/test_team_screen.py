"""Issue 24 (item 6 leftovers): the team plan's first screen fits 80x24 with many institution
contacts (6 internal contacts, an on-call route, 2 peer supporters): the line of numbers keeps
what fits (SPS always) and says how many more the rest lists, one Enter away; the title, the
dated steps, the CUMP and the emergency line stay on the screen."""

import datetime as dt
import io
import os
import re

import pexpect
import pytest

from secondvictim.commands.team_view import fitted_team_decision, team_decision
from secondvictim.guide.loader import load
from secondvictim.render.terminal import plain_text
from secondvictim.rules.team import team_plan

MANY = """\
resources:
  - id: psychologist
    name:
      en: Staff psychology unit, Hôpital Nord
      fr: Unité de psychologie du personnel, hôpital Nord
    phone: "04 72 11 22 33"
    extension: "5510"
  - id: occupational-medicine
    phone: "04 72 11 22 40"
  - id: house-of-psychology
    phone: "04 72 11 22 41"
  - id: quality-officer
    phone: "04 72 11 22 42"
"""
MANY += "".join(
    f"""\
  - id: {ident}
    kind: {kind}
    name:
      en: {en}
      fr: {fr}
    phone: "{phone}"
    audience:
      en: Every professional of the institution
      fr: Tout professionnel de l'établissement
"""
    for ident, kind, en, fr, phone in (
        ("social-worker", "internal", "Staff social worker", "Assistante sociale du personnel", "04 72 11 22 43"),
        ("chaplaincy", "internal", "Chaplaincy and listening service", "Aumônerie et service d'écoute", "04 72 11 22 44"),
        ("on-call-manager", "on-call", "On-call manager", "Cadre de garde", "04 72 11 22 50"),
        ("peers", "peer", "Peer supporters of Hôpital Nord", "Pairs aidants de l'hôpital Nord", "04 72 11 22 99"),
        ("night-peers", "peer", "Night peer supporters", "Pairs aidants de nuit", "04 72 11 22 98"),
    )
)
# 6 internal contacts, SPS and 2 peers have numbers on the line: 9 in all.
CONTACTS = 9
TEAM = ("team", "--event-date", "2026-03-27", "--no-death", "--situation", "staff-death")


@pytest.fixture
def many(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(MANY, encoding="utf-8")
    return folder


def rows_of(doc, lang):
    return len(plain_text(doc, lang, width=80).splitlines())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_screen_keeps_what_fits_80x24_and_counts_the_rest(many, lang):
    guide = load(many).guide
    plan = team_plan(guide, dt.date(2026, 3, 27), situations=("staff-death",))
    full = team_decision(guide, plan, lang)
    if lang == "fr":
        assert rows_of(full, lang) >= 24  # the whole list would push the title off the screen
    # The decision and the one-row prompt under it on 24 rows.
    shown = plain_text(fitted_team_decision(guide, plan, lang, lambda doc: rows_of(doc, lang) < 24), lang, width=80)
    assert len(shown.splitlines()) < 24
    flat = " ".join(shown.split())
    assert flat.startswith("When an event affects a team" if lang == "en" else "Quand un événement touche une équipe")
    for date in ("27", "28", "30", "24", "26"):  # every dated step, the reflection's window end too
        assert re.search(rf"\b{date} (March|mars|April|avril) 2026", flat), date
    assert "0805 23 23 36" in flat  # SPS always kept
    assert "04 72 11 22 33" in flat  # the first internal contact, the psychologist
    assert "CUMP" in flat and ("15 ou 112" if lang == "fr" else "15 or 112") in flat
    kept = sum(number in flat for number in ("04 72 11 22 33", "04 72 11 22 40", "04 72 11 22 41", "04 72 11 22 42",
                                              "04 72 11 22 43", "04 72 11 22 44", "0805 23 23 36", "04 72 11 22 99",
                                              "04 72 11 22 98"))  # fmt: skip
    more = CONTACTS - kept
    if lang == "fr":
        assert more > 0 and f"{more} autres dans la suite (Entrée)" in flat
    elif more:
        assert f"{more} more in the rest (Enter)" in flat
    assert "04 72 11 22 50" not in flat  # the on-call route is not one of the team plan's calls


def test_a_tall_screen_keeps_every_contact(many):
    guide = load(many).guide
    plan = team_plan(guide, dt.date(2026, 3, 27), situations=("staff-death",))
    full = team_decision(guide, plan, "fr")
    assert fitted_team_decision(guide, plan, "fr", lambda doc: rows_of(doc, "fr") < 40) == full
    assert "dans la suite" not in plain_text(full, "fr", width=80)
    # However small the screen, SPS stays, with the count of the others.
    tiny = " ".join(plain_text(fitted_team_decision(guide, plan, "fr", lambda doc: False), "fr", width=80).split())
    assert "0805 23 23 36" in tiny and f"{CONTACTS - 1} autres dans la suite" in tiny
    assert "04 72 11 22 33" not in tiny


@pytest.mark.exhaustive
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_in_a_real_80x24_terminal_the_title_and_the_prompt_share_the_screen(many, installed_command, lang, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PAGER", "COLUMNS", "LINES")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8", PAGER="sh -c 'echo PAGED-BY-THE-PAGER; cat'")
    child = pexpect.spawn(
        str(installed_command), ["--lang", lang, "--data-dir", str(many), *TEAM], env=env, cwd=str(tmp_path),
        encoding="utf-8", timeout=20, dimensions=(24, 80),
    )  # fmt: skip
    child.logfile_read = io.StringIO()
    child.expect_exact("q then Enter: finish" if lang == "en" else "q puis Entrée")
    shown = child.logfile_read.getvalue()
    title = "When an event affects a team" if lang == "en" else "Quand un événement touche une équipe"
    assert len(shown[shown.index(title) :].split("\r\n")) <= 24
    # What does not fit is counted, and left to the rest (in English everything may fit: the
    # names are shorter, SPS's since review L19).
    if ("more in the rest" if lang == "en" else "autres dans la suite") in " ".join(shown.split()):
        assert "Night peer supporters" not in shown and "Pairs aidants de nuit" not in shown
    else:
        assert lang == "en" and "Night peer supporters" in shown
    child.sendline("")
    child.expect_exact("PAGED-BY-THE-PAGER")
    child.expect_exact("04 72 11 22 98")  # the contacts left out are in the rest
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
