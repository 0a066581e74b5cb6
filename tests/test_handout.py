"""The documents to hand out (issue 26): the sheet for the colleague and the institution's
one-page protocol. Oracles from the issue and the brief: what each must say, in which order,
with which sources; never built from the code's own lists."""

import json
import re
import stat
from datetime import date

import pytest

from .test_i18n import FRENCH_TO_AVOID, french_typography_faults, unspaced

# The lines independent of the employer, in the issue's order (SPS, the orders' helplines, 3114).
INDEPENDENT = ["0805 23 23 36", "0800 288 038", "0800 73 69 59", "3114"]
EMERGENCY = ["15", "112", "114", "3114"]

RICH = """\
resources:
  - id: psychologist
    name:
      en: Staff psychology unit, Hôpital Nord
      fr: Unité de psychologie du personnel, Hôpital Nord
    phone: "04 72 11 22 33"
    extension: "5510"
    hours:
      en: Monday to Friday, 8:30 to 18:00
      fr: Du lundi au vendredi, de 8 h 30 à 18 h
  - id: house-of-psychology
    enabled: false
  - id: on-call-manager
    kind: on-call
    name:
      en: Duty manager (administrative on-call)
      fr: Cadre de garde (astreinte administrative)
    phone: "04 72 11 20 00"
    availability:
      en: Nights, weekends and public holidays
      fr: La nuit, le week-end et les jours fériés
    audience:
      en: Every manager of the institution
      fr: Tous les cadres de l'établissement
  - id: peer-team
    kind: peer
    name:
      en: Peer supporters of the second-victim team
      fr: Pairs aidants de l'équipe seconde victime
    phone: "04 72 11 22 60"
    audience:
      en: Every professional of the institution
      fr: Tous les professionnels de l'établissement
  - id: regional-helpline
    kind: external
    name:
      en: Rhône regional support line
      fr: Ligne régionale de soutien du Rhône
    phone: "04 72 00 00 01"
    audience:
      en: Every health professional of the region
      fr: Tous les professionnels de santé de la région
"""


@pytest.fixture
def institution(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(RICH, encoding="utf-8")
    return folder


def positions(text, numbers):
    """Where each number is first written as a number (not inside a longer one)."""
    found = []
    for number in numbers:
        match = re.search(rf"(?<!\d)(?<!\d ){re.escape(number)}(?! ?\d)", text)
        assert match, number
        found.append(match.start())
    return found


# --- the sheet for the colleague ---------------------------------------------------------------


def test_handout_says_what_the_issue_asks_in_its_order(run):
    result = run("handout", "--format", "md")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    order = [
        "# After the event, for you",
        "What you're feeling is common after this type of event. You don't have to deal with this alone.",
        "This sheet holds nothing about you: no name, no answer.",
        "## What you feel is common, and it has a name",
        '"second victim"',
        "## In the days after",
        "usually ease over days or weeks",
        "## What happens next",
        "plans to get back in touch in the first days, then at about one week and one month",
        "kept apart from that review",
        '("protection fonctionnelle")',
        "## Whom to call",
        "### Lines outside your employer",
        "### Your institution's contacts",
        "## Emergency numbers (France)",
    ]
    found = [text.index(line) for line in order]
    assert found == sorted(found)
    # The lines outside the employer come first, in the issue's order, before the institution's.
    independent = positions(text[text.index("### Lines outside"):], INDEPENDENT)
    assert independent == sorted(independent)
    assert text.index("### Lines outside") < text.index("### Your institution's contacts")
    # Every crisis number is on it, in the emergency block.
    crisis = text[text.index("## Emergency numbers"):]
    assert all(f"{number}:" in crisis for number in EMERGENCY)
    # A contact not set yet leaves a line to write its number by hand.
    assert "Number: \\_\\_\\_" in text


def test_handout_has_no_score_no_diagnosis(run):
    for lang in ("en", "fr"):
        text = run("--lang", lang, "handout", "--format", "txt").stdout.lower()
        for word in ("score", "level", "niveau", "diagnos", "ptsd", "tspt", "post-traumatic", "post-traumatique"):
            assert word not in text, (lang, word)


def test_french_vous_and_tu(run):
    vous = unspaced(run("--lang", "fr", "handout", "--format", "md").stdout)
    tu = unspaced(run("--lang", "fr", "handout", "--address", "tu", "--format", "md").stdout)
    assert vous.startswith("# Après l'événement, pour vous\n")
    assert tu.startswith("# Après l'événement, pour toi\n")
    # The key message as the guidance gives it, « seul(e) » written out on a sheet that is read.
    assert "« Ce que vous ressentez est fréquent après ce type d'événement. Vous n'avez pas à gérer cela seul / seule. »" in vous
    assert "« Ce que tu ressens est fréquent après ce type d'événement. Tu n'as pas à gérer cela seul / seule. »" in tu
    assert "Cette fiche ne contient rien sur toi : ni nom, ni réponse." in tu
    assert "protection fonctionnelle" in vous and "protection fonctionnelle" in tu
    # One form of address throughout.
    assert not re.search(r"\b(vous|votre|vos)\b", tu, re.I), re.findall(r".{30}\b(?:vous|votre|vos)\b.{10}", tu)
    assert not re.search(r"\b(tu|toi|ton|ta|tes|te|t')\b", vous.replace("Tous", ""), re.I)
    # The address is French only: English is the same either way, and the default is « vous ».
    assert run("handout", "--address", "tu", "--format", "md").stdout == run("handout", "--format", "md").stdout
    assert run("--lang", "fr", "handout", "--address", "VOUS", "--format", "md").stdout == run(
        "--lang", "fr", "handout", "--format", "md"
    ).stdout


def test_the_tu_forms_read_as_a_hospital_would_sign(guide):
    said = [guide.handout.title_tu, guide.handout.calls.tu]
    said += [s.title_tu for s in guide.handout.sections] + [i.tu for s in guide.handout.sections for i in s.items]
    said = [text for text in said if text]
    assert len(said) >= 8
    assert [(p, s) for s in said for p in FRENCH_TO_AVOID if re.search(p, s, re.I)] == []
    assert all(not re.search(r"\b(vous|votre|vos)\b", s) for s in said)


def test_every_statement_has_a_source_and_the_legal_one_cites_the_law(guide):
    items = [i for s in guide.handout.sections for i in s.items] + [guide.handout.calls]
    assert all(item.source for item in items)
    assert all(p.source for p in guide.protocol_principles)
    legal = next(i for s in guide.handout.sections for i in s.items if "protection fonctionnelle" in i.text["fr"])
    assert "Code général de la fonction publique" in legal.source and "L6152-4" in legal.source


def test_handout_json(run, institution):
    data = json.loads(run("--lang", "fr", "--data-dir", str(institution), "handout", "--address", "tu", "--json").stdout)
    assert data["schema"] == "secondvictim/handout/2" and data["address"] == "tu"
    assert [r["id"] for r in data["independent"]] == ["sps", "cnom", "adop", "regional-helpline", "suicide-3114"]
    assert [r["phone"] for r in data["emergency"]] == EMERGENCY
    assert data["peers"][0]["phone"] == "04 72 11 22 60"
    assert data["institution"][0]["origin"] == str(institution / "resources.yaml")
    statements = [s for section in data["sections"] for s in section["statements"]] + [data["calls"]]
    assert statements and all(s["source"] for s in statements)
    assert "Ce que tu ressens" in data["key_message"]
    english = json.loads(run("handout", "--json").stdout)
    assert english["address"] is None and english["peers"] == []


def test_handout_files_and_options(run, tmp_path):
    page = tmp_path / "sheet.html"
    assert run("handout", "-o", str(page)).exit_code == 0
    html = page.read_text()
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<a href="tel:0805232336">0805 23 23 36</a>' in html and '<a href="sms:114">114</a>' in html
    assert "body { font-size: 10pt;" in html  # printed: type of 10 pt at least
    assert stat.S_IMODE(page.stat().st_mode) == 0o644  # nothing personal in it
    again = run("handout", "-o", str(page))
    assert again.exit_code == 3 and "already exists" in again.stderr
    # A --format the extension contradicts is refused (issue 28): the .html stays HTML.
    assert run("handout", "-o", str(page), "--format", "md", "--force").exit_code == 2
    assert page.read_text().startswith("<!DOCTYPE html>")
    assert run("handout", "-o", str(tmp_path / "sheet"), "--format", "md").exit_code == 0
    assert (tmp_path / "sheet").read_text().startswith("# After the event, for you\n")
    assert run("handout", "-o", str(tmp_path / "s.txt")).exit_code == 0
    assert (tmp_path / "s.txt").read_text().startswith("After the event, for you\n")
    for args, code in [
        (["--json", "--format", "md"], 2),
        (["--force"], 2),
        (["-o", str(tmp_path / "s.pdf")], 2),
        (["--address", "il"], 2),
    ]:
        result = run("handout", *args)
        assert result.exit_code == code, args
        assert "Traceback" not in result.stderr
    assert "--address" in run("handout", "--address", "il").stderr


def test_an_institution_rewrites_a_section(run, tmp_path):
    folder = tmp_path / "ours"
    folder.mkdir()
    (folder / "handout.yaml").write_text(
        "handout:\n  sections:\n    - id: days-after\n      title:\n        en: The next days\n"
        "      items:\n        - id: ours\n          text:\n            en: Our own words.\n"
        "          source: Our psychology unit\n",
        encoding="utf-8",
    )
    text = run("--data-dir", str(folder), "handout", "--format", "md").stdout
    assert "## The next days\n\nOur own words." in text and "## In the days after" not in text
    assert "## What you feel is common" in text and "## What happens next" in text


# --- the institution's one-page protocol -------------------------------------------------------


def test_protocol_without_institution_says_what_is_not_set(run, clock):
    clock.set(date(2026, 12, 3))
    result = run("protocol", "--format", "md")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith("# Support after an adverse event: how it works here\n")
    assert "*Not set yet: Psychologist or psychological support unit; Occupational health;" in text
    assert "No on-call route is set" in text and "No peer supporters are set" in text
    assert "Generated on Thursday 3 December 2026" in text
    assert "Numbers checked from Wednesday 2 December 2026 to Thursday 3 December 2026; to check again by Wednesday 2 June 2027." in text
    # The unset contacts are said on stderr too, as for the page.
    assert "No phone number or way to reach these contacts yet" in result.stderr


def test_protocol_with_institution_data(run, clock, institution):
    clock.set(date(2027, 7, 8))
    result = run("--lang", "fr", "--data-dir", str(institution), "protocol", "--format", "md")
    text = unspaced(result.stdout)
    order = [
        "## Principes",
        "Le soutien reste séparé de l'analyse de l'événement",
        "secondvictim n'enregistre rien sur la personne",
        "## Qui appeler, pour quoi",
        "Unité de psychologie du personnel, Hôpital Nord",
        "04 72 11 22 33, poste 5510 – Du lundi au vendredi, de 8 h 30 à 18 h.",
        "## La nuit, le week-end, les jours fériés (24 h/24)",
        "Cadre de garde (astreinte administrative)",
        "- 0805 23 23 36 : SPS (personnels de santé)",
        "## Numéros d'urgence (France)",
        "## Le suivi après l'événement",
        "- Pendant le même poste :",
        "- Vers J+30 :",
        "## Pairs aidants",
        "proposé, jamais imposé",
        "04 72 11 22 60",
        "## Votre propre soutien, en tant que cadre",
        "Document produit le jeudi 8 juillet 2027",
    ]
    found = [text.index(line) for line in order]
    assert found == sorted(found)
    assert "Aucune astreinte" not in text and "Aucun pair aidant" not in text
    # A number past its review date is said (stderr), as for the card and the page.
    assert "2 juin 2027" in unspaced(result.stderr)


def test_protocol_json_and_files(run, clock, institution, tmp_path):
    clock.set(date(2026, 12, 3))
    data = json.loads(run("--data-dir", str(institution), "protocol", "--json").stdout)
    assert data["generated"] == "2026-12-03"
    assert [r["id"] for r in data["on_call"]] == ["on-call-manager"]
    assert data["unset"] == ["occupational-medicine", "quality-officer"]
    assert [s["id"] for s in data["followup"]] == ["same-shift", "day-1-2", "day-3", "day-7", "day-30"]
    assert {p["id"] for p in data["principles"]} >= {"apart-from-review", "nothing-recorded"}
    assert all(p["source"] for p in data["principles"])
    assert {n["id"]: n["review_by"] for n in data["numbers"]}["sps"] == "2027-06-03"
    page = tmp_path / "protocol.html"
    assert run("--lang", "fr", "protocol", "-o", str(page)).exit_code == 0
    assert page.read_text().startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert run("protocol", "-o", str(tmp_path / "p.pdf")).exit_code == 2  # txt, md or html only
    assert run("protocol", "--format", "md", "-o", "-").stdout.startswith("# Support after")


# --- the reader's pass (issue 26): what a French occupational-health reader asked of both ---------


def french_outputs(run, institution):
    """Every French text the two documents print, packaged and with an institution's data."""
    texts = []
    for data in ([], ["--data-dir", str(institution)]):
        for command in (["handout"], ["handout", "--address", "tu"], ["protocol"]):
            result = run("--lang", "fr", *data, *command, "--format", "md")
            assert result.exit_code == 0, result.stderr
            texts.append(result.stdout)
    return texts


def test_french_reads_as_written_for_a_reader(run, clock, institution):
    clock.set(date(2026, 12, 3))
    for text in french_outputs(run, institution):
        # No « seul(e) », « poursuivi(e) »: a sheet read by a frightened colleague writes words whole.
        assert not re.search(r"\w\((e|e?s|ne)\)", text), re.findall(r".{20}\w\((?:e|e?s|ne)\).{5}", text)
        assert french_typography_faults(text) == []
        # Plain words: no legal or clinical jargon, no English.
        for word in ("médico-légal", "debriefing", "débriefing", "feedback", "burn-out", "check"):
            assert word not in text.lower(), word


def test_the_sheet_promises_nothing_the_institution_may_not_do(run):
    for lang in ("en", "fr"):
        text = unspaced(run("--lang", lang, "handout", "--format", "txt").stdout).lower()
        # The guidance: do not promise no consequences; the review may not happen, nor be blame-free.
        for promise in ("not to find someone to blame", "pas pour désigner un responsable", "will be reviewed",
                        "sera analysé", "you will be told", "on vous dira", "manager will get back",
                        "cadre reprendra contact"):
            assert promise not in text, (lang, promise)
        # The sheet may be given by a manager who is not the colleague's « cadre » (a physician's is not).
        assert "your manager" not in text and "votre cadre" not in text
        # Not everyone holds a professional insurance of their own.
        assert ("if you have one" in text) or ("si vous en avez une" in text)


def test_sources_are_the_ones_a_reviewer_can_trust(guide):
    items = [i for s in guide.handout.sections for i in s.items] + [guide.handout.calls]
    items += list(guide.protocol_principles)
    sources = " ".join(item.source for item in items)
    # The brief: an MIT Medical web page is too weak a source for what helps in the days after.
    assert "MIT Medical" not in sources
    helps = next(i for s in guide.handout.sections for i in s.items if i.id == "helps")
    assert "Psychological first aid" in helps.source and "WHO" in helps.source
    review = next(i for s in guide.handout.sections for i in s.items if i.id == "review-apart")
    assert "HAS" in review.source
    # The protocol says anonymous only of the lines resources.yaml says are anonymous.
    recorded = next(p for p in guide.protocol_principles if p.id == "nothing-recorded")
    assert "SPS" in recorded.text["fr"] and "CNOM" in recorded.text["fr"]
    assert "lignes nationales sont anonymes" not in recorded.text["fr"]


def test_without_an_on_call_route_the_protocol_gives_the_emergency_route_first(run, clock):
    # A red flag at night calls for 15 or 112, not a listening line (the guidance: act at once).
    clock.set(date(2026, 12, 3))
    for lang, danger in (("en", "in immediate danger, 15 or 112"), ("fr", "en cas de danger immédiat, le 15 ou le 112")):
        text = unspaced(run("--lang", lang, "protocol", "--format", "md").stdout)
        note = text[text.index("(24") :]
        assert danger in note, lang
        assert note.index(danger) < note.index("answer 24/7" if lang == "en" else "répondent 24 h/24")


def test_the_sheet_does_not_say_every_line_answers_at_any_hour(run, institution):
    # The institution's contacts keep office hours: "call whenever you need" would not be true.
    for lang in ("en", "fr"):
        text = unspaced(run("--lang", lang, "--data-dir", str(institution), "handout", "--format", "txt").stdout)
        assert "whenever you need" not in text and "quand vous en avez besoin" not in text
        assert ("without going through anyone" in text) or ("sans passer par personne" in text)


def test_protocol_never_says_an_undated_number_was_checked(run, tmp_path):
    # Attack run: an institution's number without `verified_on` fell under "Numbers checked on
    # (the packaged date)". The notice-board page now counts the numbers with no check date.
    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        'resources:\n  - id: psychologist\n    name:\n      en: Staff psychology unit\n    phone: "04 72 11 22 33"\n',
        encoding="utf-8",
    )
    undated = run("--data-dir", str(folder), "protocol", "--format", "md")
    assert undated.exit_code == 0, undated.output
    assert "Numbers with no check date yet: 1 (secondvictim validate names them)." in unspaced(undated.stdout)
    packaged = run("protocol", "--format", "md")
    assert "no check date" not in packaged.stdout
