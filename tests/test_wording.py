"""The wording findings of the French and English reading of 2 December 2026 (issue 27): each
test here would have caught one of them. Oracles are the review's words, not the program's."""

import re
from datetime import date

import pytest

CHECKIN = ("--event-date", "2026-11-30", "--red-flag", "none", "--sign", "none", "--trend", "same")
CHECKIN += ("--item", "none", "--support-used", "yes", "--step", "none")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_event_option_and_the_command_help_name_the_same_exceptions(run, lang):
    """L3: without a terminal, a situation makes --event optional; both helps must say so."""
    result = run("--lang", lang, "triage", "--situation", "paediatric-event", "--red-flag", "none")
    assert result.exit_code == 0, result.stderr
    text = " ".join(run("--lang", lang, "triage", "--help").stdout.split())
    event = text[text.index("--event / --no-event"):text.index("--sign ID")]
    command = text[:text.index("--red-flag ID")]
    for word in {"en": ("red flag", "situation"), "fr": ("signe de gravité", "situation")}[lang]:
        assert word in event and word in command, (word, event)


def test_french_situations_agree_in_gender(run, keyboard, tmp_path):
    """L4: no situation is « aucune » (and the hint says so); a sign is « aucun »."""
    keyboard.at_terminal = True
    out = tmp_path / "sum.md"
    result = run("--lang", "fr", "triage", "--red-flag", "none", "--event", "--sign", "none", "--role", "nurse",
                 "--internal", "yes", "-o", str(out), input="\n")
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.replace("\u202f", " ").replace("\u00a0", " ").split())
    assert "appuyez sur Entrée s'il n'y en a aucune." in err, err
    assert "pour aucun." not in err
    text = out.read_text(encoding="utf-8").replace("\u202f", " ").replace("\u00a0", " ")
    assert "prise de contact : aucune" in text or "Situations : aucune" in text, text
    assert "Signes d'alerte : aucun\n" in text, text


def test_french_no_step_to_come_is_aucune(run, clock, tmp_path):
    """L4: « Étapes à venir : aucune »."""
    clock.set(date(2026, 12, 2))
    out = tmp_path / "c.md"
    result = run("--lang", "fr", "checkin", *CHECKIN, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8").replace("\u00a0", " ")
    assert "Étapes à venir : aucune\n" in text, text


def test_a_moved_reminder_names_a_weekend_day(run, clock):
    """L5: « au lieu du dimanche 15 novembre 2026, un jour de week-end » (a day is not a week-end)."""
    clock.set(date(2026, 11, 12))
    text = " ".join(run("--lang", "fr", "followup", "--event-date", "2026-11-12", "--workdays").stdout.split())
    assert "(au lieu du dimanche 15 novembre 2026, un jour de week-end)" in text, text


def test_team_steps_are_imperative_like_every_other_action(guide):
    """L9: « Proposez… », « Refaites… », never the infinitive « proposer… » of a to-do list."""
    for step in guide.team.steps:
        first = step.what["fr"].split()[0].lower()
        assert not first.endswith(("er", "ir", "re")), (step.id, step.what["fr"])
        assert not step.title["fr"].split()[0].endswith(("er", "ir")), (step.id, step.title["fr"])


def test_words_said_aloud_have_no_written_gender_mark():
    """L11: « seul(e) » cannot be said aloud; the first-contact words (script.yaml) say « seul / seule »."""
    from pathlib import Path

    import yaml

    script = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "script.yaml").read_text())

    def french(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield from ([value] if key == "fr" and isinstance(value, str) else french(value))
        elif isinstance(node, list):
            for value in node:
                yield from french(value)

    said = list(french(script))
    assert said and not [text for text in said if "(e)" in text]
    assert "seul / seule" in script["key_message"]["fr"]


def _french_actions():
    from pathlib import Path

    import yaml

    levels = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "levels.yaml").read_text())
    for action in levels["actions"]:
        for field in ("text", "short"):
            if field in action:
                yield action["id"], " ".join(action[field]["fr"].split())


def test_every_action_names_the_person_before_elle():
    """L12: « elle » has « la personne » before it, never « le professionnel » or nothing."""
    import re

    for action, text in _french_actions():
        assert not text.startswith(("Elle ", "Il ")), (action, text)
        first = re.search(r"\belle\b", text)
        if first and "elle-même" not in text[first.start():first.start() + 10]:
            before = text[:first.start()]
            assert "la personne" in before or "-la" in before or "avec elle" in text, (action, text)
            assert "le professionnel" not in before, (action, text)


@pytest.mark.parametrize("command", ["triage", "team"])
def test_situations_have_one_lead_in(run, command):
    """L13: « Situation(s) qui appelle(nt) une prise de contact » at every level, and « dont »
    without a colon."""
    flags = ("--red-flag", "none", "--sign", "guilt") if command == "triage" else ("--no-death",)
    args = ("--situation", "paediatric-event", "--situation", "staff-death", *flags)
    text = " ".join(run("--lang", "fr", command, "--event-date", "2026-11-30", *args).stdout.split())
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    assert "ituations qui appellent une prise de contact" in text, text
    assert "Situations : " not in text and "dont :" not in text, text


def test_level_names_are_parallel_and_item_labels_are_not_verbs(guide):
    """L14: the four level names are each an infinitive (« Soutenir activement », not « Soutien
    actif »); a re-check item's label names what is described, not a verb of the person."""
    for level in guide.levels:
        first = level.name["fr"].split()[0]
        assert first.endswith(("er", "ir", "re")), level.name
    for item in guide.checkin_items:
        first = item.label["fr"].split()[0]
        assert first not in {"Évite", "Boit", "Pense", "Ne", "Prend", "Se"}, item.label["fr"]


def test_french_errors_name_values_in_french(run):
    """L15: the check-in's errors list the French words the help gives, without nested
    brackets, and name a step by its label, not its English id."""
    for option, words in (("--trend", "apaisement, pareil, aggravation"), ("--support-used", "oui, non, inconnu")):
        err = run("--lang", "fr", "checkin", "--event-date", "2026-11-30", option, "bof").stderr
        err = err.replace("\u00a0", " ").replace("\u202f", " ")
        assert f"Valeurs possibles : {words}." in err, err
        assert "easing" not in err and "yes" not in err and "((" not in err and "))" not in err, err
    err = run("--lang", "fr", "checkin", "--event-date", "2026-10-01", "--step", "review-meeting=2026-11-01",
              "--red-flag", "none").stderr
    assert "Réunion d'analyse" in err and "review-meeting" not in err, err


def test_french_error_details(run, clock, tmp_path):
    """L17: a date to come in words; a missing folder « introuvable »; no line for a missing file."""
    clock.set(date(2026, 12, 2))
    err = run("--lang", "fr", "followup", "--event-date", "2027-01-01").stderr.replace("\u00a0", " ")
    assert "--event-date : le vendredi 1er janvier 2027 est postérieur à aujourd'hui" in err, err
    err = run("--lang", "fr", "validate", str(tmp_path / "nowhere")).stdout
    assert "dossier introuvable" in err and "pas un dossier" not in err, err
    err = run("--lang", "fr", "checkin", "--previous", str(tmp_path / "nowhere.json")).stderr
    assert f"{tmp_path / 'nowhere.json'}:1" not in err and "fichier introuvable" in err, err


def test_a_phone_with_dots_is_told_to_use_spaces(run, tmp_path):
    """L18: « 01.23.45.67.89 », common in France, is refused with how to write it."""
    folder = tmp_path / "inst"
    folder.mkdir()
    (folder / "resources.yaml").write_text('resources:\n  - id: psychologist\n    phone: "01.23.45.67.89"\n')
    result = run("--lang", "fr", "validate", str(folder))
    assert result.exit_code == 2
    assert "séparés par des espaces (pas de points)" in result.stdout, result.stdout


@pytest.mark.parametrize("command", [
    ["triage", "--red-flag", "none", "--event", "--sign", "guilt", "--event-date", "2026-11-30"],
    ["triage", "--red-flag", "dark-thoughts"],
    ["checkin", *CHECKIN],
    ["team", "--event-date", "2026-11-30", "--no-death"],
    ["followup", "--event-date", "2026-11-30"],
    ["signs"], ["resources"], ["avoid"], ["script"], ["about"], ["card"],
])
def test_french_json_texts_follow_french_typography(run, clock, command):
    """L21: the JSON's French texts have the same spaces as the terminal: no ordinary space
    before « : ; ? ! », none inside « »."""
    import json

    clock.set(date(2026, 12, 2))
    result = run("--lang", "fr", *command, "--json")
    assert result.exit_code == 0, result.stderr

    def texts(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from texts(value)
        elif isinstance(node, list):
            for value in node:
                yield from texts(value)
        elif isinstance(node, str):
            yield node

    found = [text for text in texts(json.loads(result.stdout)) if re.search(r" [:;?!»]|« ", text)]
    assert found == []


def test_unset_contacts_read_as_one_sentence(run, clock, tmp_path):
    """L22, L23: the check-in's « Qui appeler » says the internal contacts are not set yet, as the
    triage does; the names within a sentence are in lower case; one colon in the page's note."""
    clock.set(date(2026, 12, 2))

    def flat(text):
        return " ".join(text.split())  # str.split() takes the non-breaking spaces as spaces

    given = ("--red-flag", "none", "--event", "--sign", "none")
    checkin = flat(run("--lang", "fr", "checkin", *CHECKIN).stdout)
    triage = flat(run("--lang", "fr", "triage", *given).stdout)
    line = "Contacts internes : pas encore renseignés"
    assert line in triage and line in checkin, checkin
    full = flat(run("--lang", "fr", "triage", *given, "--full").stdout)
    assert "; Médecine du travail" not in full and "; médecine du travail" in full, full
    note = flat(run("--lang", "fr", "page", "-o", str(tmp_path / "p.html")).stderr)
    assert "pour ces contacts : psychologue" in note and "joindre :" not in note, note


def test_an_extension_and_a_way_to_reach_read_the_same_everywhere(run, tmp_path):
    """L22: « 01 23 45 67 89, poste 4321 » on the one screen as in the full list; no full stop
    before the dash after the institution's « how to reach »."""
    folder = tmp_path / "inst"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        "resources:\n"
        "  - id: psychologist\n    phone: \"04 72 11 22 33\"\n    extension: \"5510\"\n"
        "  - id: occupational-medicine\n"
        "    how_to_reach:\n      fr: Par le standard, demander la médecine du travail.\n"
        "    hours:\n      fr: Tous les jours\n"
    )
    given = ("--lang", "fr", "--data-dir", str(folder), "triage", "--red-flag", "none", "--event", "--sign", "none")
    out = " ".join(run(*given, "--full").stdout.split())
    assert out.count("04 72 11 22 33, poste 5510") >= 2 and "33 poste" not in out, out
    assert "médecine du travail. –" not in out and "médecine du travail – Tous les jours" in out, out


def test_a_closing_follow_up_does_not_say_to_find_the_resources_in_advance(run, clock, tmp_path):
    """L24: at a check-in that closes the follow-up (level 0), « Repérez à l'avance les ressources »
    is out of place; the triage at level 0 keeps it."""
    clock.set(date(2026, 12, 2))
    out = tmp_path / "c.md"
    args = ("--event-date", "2026-11-10", "--red-flag", "none", "--sign", "none", "--trend", "easing")
    args += ("--item", "none", "--support-used", "yes", "--step", "none", "-o", str(out))
    assert run("--lang", "fr", "checkin", *args).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Niveau 0 sur 3" in text and "Repérez à l'avance" not in text, text
    triage = run("--lang", "fr", "triage", "--red-flag", "none", "--no-event", "--sign", "none", "--full").stdout
    assert "Repérez à l'avance" in " ".join(triage.split())


def test_level_3_lists_the_psychologist_it_refers_to(run, clock, tmp_path):
    """L28: at level 3, « Orientez la personne vers un soutien psychologique spécialisé »: the
    institution's psychologist, when set, is in « À appeler maintenant » with occupational health."""
    from datetime import datetime

    clock.set(datetime(2026, 12, 2, 10, 0))  # a Wednesday morning: office hours
    folder = tmp_path / "inst"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        'resources:\n  - id: psychologist\n    phone: "04 72 11 22 33"\n'
        '  - id: occupational-medicine\n    phone: "04 72 11 22 44"\n'
    )
    out = run("--lang", "fr", "--data-dir", str(folder), "triage", "--red-flag", "dark-thoughts").stdout
    calls = out[out.index("À appeler maintenant"):]
    assert "04 72 11 22 33" in calls and "04 72 11 22 44" in calls, out


def test_a_complaint_alone_is_not_called_a_concern(run):
    """L31: with the complaint situation and no sign, the reminder starts « Plainte ou inquiétude
    médico-légale », not « Inquiétude médico-légale » (the person expressed none)."""
    args = ("--red-flag", "none", "--no-event", "--sign", "none", "--situation", "complaint-or-litigation")
    out = " ".join(run("--lang", "fr", "triage", *args).stdout.split())
    assert "Plainte ou inquiétude médico-légale : rappelez-lui" in out, out
    assert ". Inquiétude médico-légale" not in out and "1. Inquiétude" not in out


@pytest.mark.parametrize("command", [["followup", "--event-date", "2026-11-30", "--ics", "-"],
                                     ["team", "--event-date", "2026-11-30", "--no-death", "--ics", "-"]])
def test_the_calendar_gives_the_whole_emergency_line(run, clock, command):
    """Section 5: the calendar's emergency line has 15, 112, 3114 and 114, as every other output."""
    clock.set(date(2026, 12, 2))
    result = run("--lang", "fr", *command)
    assert result.exit_code == 0, result.stderr
    text = result.stdout.replace("\r\n ", "").replace("\n ", "")
    # The events' descriptions (an alarm's is its title).
    descriptions = [line for line in text.splitlines() if line.startswith("DESCRIPTION") and "112" in line]
    assert descriptions and all("114" in d.replace("3114", "") and "3114" in d for d in descriptions)


def test_the_json_says_what_the_terminal_says(run, clock):
    """L29 and section 5: a public holiday is flagged in the JSON as « (jour férié) » is on the
    terminal; the triage JSON has the « tu » form of the key message."""
    import json

    clock.set(date(2026, 12, 2))
    plan = json.loads(run("--lang", "fr", "followup", "--event-date", "2026-11-25", "--json").stdout)
    holidays = [s for s in plan["followup"] if s.get("holiday")]
    assert [s["date"] for s in holidays] == ["2026-12-25"], plan["followup"]
    terminal = run("--lang", "fr", "followup", "--event-date", "2026-11-25").stdout
    assert "vendredi 25 décembre 2026 (jour férié)" in " ".join(terminal.split())
    triage = json.loads(run("--lang", "fr", "triage", "--red-flag", "none", "--event", "--sign", "none", "--json").stdout)
    assert "Tu n'as pas à gérer cela" in triage["key_message_informal"]
