"""Issue 24: a follow-up a busy manager can keep. The words say what happened (the time since the
event as it is, the one-month reason said), the actions fit the day, and the contacts of an
assessment that is recommended are named."""

from datetime import date, timedelta

import pytest

from secondvictim.commands.checkin_data import checkin_data
from secondvictim.commands.checkin_view import checkin_decision, checkin_rest, checkin_summary_document
from secondvictim.guide.loader import assemble, load_guide, packaged_data_dir
from secondvictim.render.markup import to_markdown
from secondvictim.render.terminal import plain_text
from secondvictim.rules.checkin import CheckinAnswers, assess
from secondvictim.rules.choices import Trend

EVENT = date(2026, 3, 2)
SAME = CheckinAnswers(red_flags=(), signs=(), items=(), trend=Trend.same, steps=())
EASING = CheckinAnswers(red_flags=(), signs=(), items=(), trend=Trend.easing, steps=())
# How the time since the event is said, in each language: near day 30, and later.
ABOUT = {"en": ("about one month",), "fr": ("vers un mois", "environ un mois")}
LATER = {"en": "one month or more after the event", "fr": "un mois ou plus après l'événement"}


def flat(doc, lang):
    return " ".join(plain_text(doc, lang).split())


def at(day, answers=SAME, guide=None):
    guide = guide or load_guide()
    return guide, assess(guide, answers, event_date=EVENT, today=EVENT + timedelta(days=day))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_not_easing_at_one_month_is_said_on_the_screen_and_in_every_file(lang):
    guide, result = at(30)
    assert [r.kind for r in result.reasons] == ["same-at-one-month"] and result.assessment
    reason = {"en": "Not easing, about one month after the event.", "fr": "Pas d'apaisement, environ un mois après l'événement."}
    assert reason[lang] in flat(checkin_decision(guide, result, lang), lang)
    assert reason[lang] in " ".join(to_markdown(checkin_summary_document(guide, result, lang), lang).split())
    data = checkin_data(guide, result, lang, plan="0" * 32, warnings=[], origin=lambda rid: "packaged")
    assert [r["label"] for r in data["reasons"]] == [reason[lang]]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_about_one_month_only_near_day_30(lang):
    for day in (21, 30, 37):
        guide, result = at(day)
        text = flat(checkin_decision(guide, result, lang) + checkin_rest(guide, result, lang), lang)
        assert any(words in text for words in ABOUT[lang]) and LATER[lang] not in text
    for day in (38, 53, 90):
        guide, result = at(day)
        text = flat(checkin_decision(guide, result, lang) + checkin_rest(guide, result, lang), lang)
        assert LATER[lang] in text, day
        assert not any(words in text for words in ABOUT[lang]), (day, text)
        data = checkin_data(guide, result, lang, plan="0" * 32, warnings=[], origin=lambda rid: "")
        assert data["assessment"].startswith({"en": "Something persists one month", "fr": "Quelque chose persiste un mois"}[lang])
        # Closing late says so too.
        guide, closing = at(day, EASING)
        assert closing.closes
        text = flat(checkin_decision(guide, closing, lang) + checkin_rest(guide, closing, lang), lang)
        assert LATER[lang] in text and not any(words in text for words in ABOUT[lang])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_cover_for_the_rest_of_the_shift_after_day_1(lang):
    shift = {"en": "rest of the shift", "fr": "fin du poste"}[lang]
    guided = CheckinAnswers(red_flags=(), signs=("guilt",), items=(), trend=Trend.same, steps=())
    for day in (0, 1):
        guide, result = at(day, guided)
        assert "offer-adjusted-return" in result.actions and "offer-gradual-return" not in result.actions
        assert shift in flat(checkin_rest(guide, result, lang), lang)
    for day in (2, 3, 7, 30, 53):
        for answers in (guided, EASING if day < 21 else SAME):
            guide, result = at(day, answers)
            assert result.level in (1, 2)
            assert "offer-gradual-return" in result.actions and "offer-adjusted-return" not in result.actions
            text = flat(checkin_decision(guide, result, lang) + checkin_rest(guide, result, lang), lang)
            assert shift not in text, (day, answers)
            assert {"en": "gradual return", "fr": "reprise progressive"}[lang] in text


def test_the_card_keeps_one_wording_of_the_return_to_work(guide):
    from secondvictim.commands.reference_view import card_document

    text = flat(card_document(guide, "en"), "en")
    assert "a colleague alongside, a gradual return, a lighter load" not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_assessment_names_its_contacts_when_they_are_not_set(lang):
    guide, result = at(30)
    text = flat(checkin_decision(guide, result, lang), lang)
    line = {
        "en": "Occupational health, psychologist: numbers not set (quality department).",
        "fr": "Médecine du travail, psychologue : numéros non renseignés (service qualité).",
    }[lang]
    assert line in text
    # Not said when no assessment is recommended.
    guide, early = at(3)
    assert not early.assessment
    early_text = flat(checkin_decision(guide, early, lang), lang)
    assert "numbers not set" not in early_text and "numéros non renseignés" not in early_text


def test_an_assessment_gives_their_numbers_when_set(tmp_path):
    (tmp_path / "resources.yaml").write_text(
        "resources:\n"
        "  - id: occupational-medicine\n    phone: '05 55 00 00 03'\n"
        "  - id: psychologist\n    phone: '05 55 00 00 04'\n",
        encoding="utf-8",
    )
    guide = assemble(packaged_data_dir(), tmp_path).guide
    guide, result = at(30, guide=guide)
    text = flat(checkin_decision(guide, result, "en"), "en")
    assert "05 55 00 00 03" in text and "05 55 00 00 04" in text
    assert "numbers not set" not in text and "contact details not set" not in text
    # Only one of them set: the other is named.
    (tmp_path / "resources.yaml").write_text(
        "resources:\n  - id: occupational-medicine\n    phone: '05 55 00 00 03'\n", encoding="utf-8"
    )
    guide = assemble(packaged_data_dir(), tmp_path).guide
    guide, result = at(30, guide=guide)
    text = flat(checkin_decision(guide, result, "en"), "en")
    assert "05 55 00 00 03" in text
    assert "Psychologist or psychological support unit: contact details not set yet" in text


# --- The check-in carries the first assessment's role and internal-resources answer ----------


@pytest.fixture
def first(run, clock, tmp_path):
    """A triage summary written on the event's day, for a role and an internal-resources answer."""

    def write(role, internal, day=0):
        clock.set(EVENT + timedelta(days=day))
        path = tmp_path / f"{role}-{internal}.json"
        args = ["--event", "--sign", "guilt", "--role", role, "--internal", internal]
        result = run("triage", *args, "--event-date", EVENT.isoformat(), "-o", str(path), "--json")
        assert result.exit_code == 0, result.output
        return path

    return write


def checkin_json(run, clock, previous, day, *more):
    clock.set(EVENT + timedelta(days=day))
    args = ["--red-flag", "none", "--sign", "guilt", "--trend", "same", "--item", "none", "--step", "none"]
    result = run("checkin", "--previous", str(previous), *args, "--json", *more)
    assert result.exit_code == 0, result.output
    import json

    return json.loads(result.stdout)


@pytest.mark.parametrize("day", [3, 30])
def test_a_nurse_is_not_given_the_physicians_line_at_the_check_in(run, clock, first, day):
    data = checkin_json(run, clock, first("nurse", "yes"), day)
    ids = [r["id"] for r in data["resources"]]
    assert "sps" in ids and "cnom" not in ids and "adop" not in ids
    assert data["profile"] == {"role": "nurse", "internal": "yes"}
    # An intern is given it.
    data = checkin_json(run, clock, first("intern", "yes"), day)
    assert "cnom" in [r["id"] for r in data["resources"]] and "adop" not in [r["id"] for r in data["resources"]]


def test_the_profile_is_carried_from_check_in_to_check_in(run, clock, first, tmp_path):
    day3 = tmp_path / "day3.json"
    checkin_json(run, clock, first("pharmacist", "no"), 3, "-o", str(day3))
    data = checkin_json(run, clock, day3, 7)
    assert data["profile"] == {"role": "pharmacist", "internal": "no"} and data["external_first"] is True
    assert data["resources"][0]["kind"] == "external"
    assert [r["id"] for r in data["resources"] if r["kind"] == "external"] == ["sps", "adop"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_declined_internal_resources_are_offered_again_without_insisting(run, clock, first, lang):
    path = first("nurse", "no")
    data = checkin_json(run, clock, path, 3, "--lang", lang)
    ids = [a["id"] for a in data["actions"]]
    assert "offer-internal-again" in ids and "mobilise-internal" not in ids and "external-if-needed" not in ids
    assert data["external_first"] is True and data["resources"][0]["kind"] == "external"
    text = {"en": "offer them again, without insisting, with the", "fr": "proposez-les de nouveau, sans"}[lang]
    assert text in " ".join(a["text"] for a in data["actions"])
    # Accepted or not asked: the internal resources first, as before.
    for internal in ("yes", "unknown"):
        data = checkin_json(run, clock, first("nurse", internal), 3, "--lang", lang)
        assert "offer-internal-again" not in [a["id"] for a in data["actions"]]
        assert data["external_first"] is False and data["resources"][0]["kind"] == "internal"


def test_an_older_summary_without_the_profile_reads_as_unknown(run, clock, first, tmp_path):
    import json

    path = first("nurse", "no")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["answers"]["role"], data["answers"]["internal"]
    path.write_text(json.dumps(data), encoding="utf-8")
    out = checkin_json(run, clock, path, 3)
    assert out["profile"] == {"role": "unknown", "internal": "unknown"}
    assert "cnom" in [r["id"] for r in out["resources"]]


# --- While asking: what the last contact recorded, and "same as before" ---------------------


@pytest.mark.parametrize(
    ("lang", "same", "recall"),
    [
        ("en", "same as before", "Last time (Monday 2 March 2026): Excessive guilt or rumination."),
        ("fr", "pareil", "La dernière fois (lundi 2 mars 2026) : culpabilité excessive ou ruminations."),
        ("fr", "comme la dernière fois", "La dernière fois (lundi 2 mars 2026)"),
    ],
)
def test_the_questions_recall_the_last_contact_and_take_same_as_before(
    keyboard, run, monkeypatch, clock, first, tmp_path, lang, same, recall
):
    import json

    day0 = first("nurse", "yes")
    keyboard.at_terminal = True
    day3 = tmp_path / "day3.json"
    clock.set(EVENT + timedelta(days=3))
    # Red flags: none; signs: "same"; trend: Enter; items: 1 (sleep); support: 2 (not yet); steps: none.
    result = run("--lang", lang, "checkin", "--previous", str(day0), "-o", str(day3), "--json",
                 input=f"0\n{same}\n\n1\n2\n0\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    flat_err = " ".join(result.stderr.split())
    assert recall in flat_err
    data = json.loads(day3.read_text(encoding="utf-8"))
    assert data["answers"]["signs"] == ["guilt"] and data["answers"]["items"] == ["sleep"]
    # The next contact recalls the items and the support too, and "same" gives them again.
    clock.set(EVENT + timedelta(days=7))
    result = run("--lang", lang, "checkin", "--previous", str(day3), "--json", input=f"0\n0\n\n{same}\n{same}\n0\n")
    assert result.exit_code == 0, result.output
    later = json.loads(result.stdout)
    assert later["answers"]["signs"] == [] and later["answers"]["items"] == ["sleep"]
    assert later["answers"]["support_used"] == "no"
    flat_err = " ".join(result.stderr.split())
    assert {"en": "Last time (Thursday 5 March 2026): Not yet.", "fr": "La dernière fois (jeudi 5 mars 2026) : pas encore."}[lang] in flat_err


def test_same_is_not_an_answer_to_the_red_flags(keyboard, run, monkeypatch, clock, first):
    day0 = first("nurse", "yes")
    keyboard.at_terminal = True
    clock.set(EVENT + timedelta(days=3))
    result = run("checkin", "--previous", str(day0), "--json", input="same\n")
    # Asked again (not understood), then the input ends: nothing is concluded.
    assert result.exit_code != 0
    assert "Last time" not in result.stderr.split("Which warning signs")[0]


@pytest.mark.parametrize(
    ("lang", "recall"),
    [
        ("en", "Last time (Monday 2 March 2026), red flag: Dark thoughts (hopelessness, thoughts of suicide or self-harm). Ask again, directly, how it is now."),
        ("fr", "La dernière fois (lundi 2 mars 2026), signe de gravité : idées noires (désespoir, idées suicidaires ou d'automutilation). Redemandez directement ce qu'il en est aujourd'hui."),
    ],
)  # fmt: skip
def test_after_a_red_flag_the_next_contact_recalls_it_at_the_red_flag_question(
    keyboard, run, clock, tmp_path, lang, recall
):
    # After a level-3 contact, the red-flag question of the next check-in names what was seen,
    # to be asked again directly; it is asked anew (no "same"), and a contact without one says nothing.
    clock.set(EVENT)
    day0 = tmp_path / "day0.json"
    result = run("triage", "--red-flag", "dark-thoughts", "--event-date", EVENT.isoformat(), "-o", str(day0), "--json")
    assert result.exit_code == 0, result.output
    keyboard.at_terminal = True
    clock.set(EVENT + timedelta(days=1))
    result = run("--lang", lang, "checkin", "--previous", str(day0), "--json", input="3\n")
    assert result.exit_code == 0, result.output
    asked = " ".join(result.stderr.split())
    assert recall in asked
    assert asked.index(recall) < asked.index("1. ")  # with the question, before the menu
    quiet = tmp_path / "quiet.json"
    clock.set(EVENT)
    run("triage", "--red-flag", "none", "--event", "--sign", "guilt", "--event-date", EVENT.isoformat(),
        "-o", str(quiet), "--json")  # fmt: skip
    clock.set(EVENT + timedelta(days=1))
    result = run("--lang", lang, "checkin", "--previous", str(quiet), "--json", input="3\n")
    assert {"en": "red flag:", "fr": "signe de gravité :"}[lang] not in " ".join(result.stderr.split())


# --- Dates as people say them: one parser for every option and prompt -----------------------

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("today", TODAY),
        ("Aujourd'hui", TODAY),
        ("yesterday", date(2026, 12, 1)),
        ("hier", date(2026, 12, 1)),
        ("avant-hier", date(2026, 11, 30)),
        ("3 days ago", date(2026, 11, 29)),
        ("1 day ago", date(2026, 12, 1)),
        ("il y a 3 jours", date(2026, 11, 29)),
        ("Il y a 1 jour", date(2026, 12, 1)),
        ("17/11", date(2026, 11, 17)),
        ("02/12", TODAY),
        # Still to come this year: last year's.
        ("17/12", date(2025, 12, 17)),
        ("17/12/2025", date(2025, 12, 17)),
        ("2026-03-27", date(2026, 3, 27)),
        ("27.03.2026", date(2026, 3, 27)),
    ],
)
def test_an_event_date_as_people_say_it(said, day):
    from secondvictim.parsing import parse_date

    assert parse_date(said, today=TODAY) == day


def test_a_step_date_without_a_year_is_the_next_one():
    from secondvictim.parsing import parse_date

    assert parse_date("05/01", today=TODAY, past=False) == date(2027, 1, 5)
    assert parse_date("17/12", today=TODAY, past=False) == date(2026, 12, 17)


@pytest.mark.parametrize("said", ["31/02", "tomorrow", "3 days", "il y a jours", "99999 days ago", "32/01"])
def test_what_is_not_a_day_is_refused_with_a_located_message(said):
    from secondvictim.errors import UsageError
    from secondvictim.parsing import parse_date

    with pytest.raises(UsageError) as info:
        parse_date(said, today=TODAY)
    assert info.value.key in ("err.date", "err.date_impossible", "err.date_range")


def test_29_february_without_a_year_is_this_year_or_last_year_only():
    from secondvictim.errors import UsageError
    from secondvictim.parsing import parse_date

    # Neither 2026 nor 2025 has one: the year must be given, never guessed further back.
    with pytest.raises(UsageError):
        parse_date("29/02", today=TODAY)
    assert parse_date("29/02", today=date(2025, 1, 10)) == date(2024, 2, 29)


@pytest.mark.parametrize("said", ["yesterday", "hier", "il y a 3 jours", "17/11"])
def test_checkin_and_triage_take_the_dates_people_say(run, clock, said):
    import json

    clock.set(TODAY)
    result = run("checkin", "--event-date", said, "--red-flag", "none", "--sign", "none", "--json")
    assert result.exit_code == 0, result.output
    wanted = {"yesterday": "2026-12-01", "hier": "2026-12-01", "il y a 3 jours": "2026-11-29", "17/11": "2026-11-17"}
    assert json.loads(result.stdout)["event_date"] == wanted[said]
    result = run("triage", "--event-date", said, "--red-flag", "none", "--no-event", "--sign", "none", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["event_date"] == wanted[said]


def test_checkin_alone_on_a_terminal_asks_the_event_date(keyboard, run, monkeypatch, clock):
    import json

    clock.set(TODAY)
    keyboard.at_terminal = True
    # A day to come is asked again; then "avant-hier"; then the questions.
    result = run("--lang", "fr", "checkin", "--red-flag", "none", "--sign", "none", "--trend", "easing",
                 "--item", "none", "--support-used", "yes", "--step", "none", "--json",
                 input="demain\n10/12/2026\navant-hier\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Quel jour a eu lieu l'événement" in result.stderr
    assert result.stderr.count("Tapez un jour qui n'est pas après aujourd'hui") == 2
    assert json.loads(result.stdout)["event_date"] == "2026-11-30"
    # Without a terminal it cannot be asked: the message says what to give.
    keyboard.at_terminal = False
    result = run("checkin", "--red-flag", "none")
    assert result.exit_code == 2 and "--event-date" in result.stderr


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_interactive_intro_never_says_nothing_is_stored_when_a_file_is_asked_for(keyboard, run, monkeypatch, tmp_path, lang):
    keyboard.at_terminal = True
    path = tmp_path / "s.json"
    result = run("--lang", lang, "triage", "-o", str(path), input="0\nn\n0\n0\n")
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert str(path) in said
    assert "nothing is stored" not in said and "rien n'est enregistré" not in said
    assert path.exists()
    result = run("--lang", lang, "team", "-o", str(tmp_path / "team.md"), input="n\n0\n")
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert str(tmp_path / "team.md") in said
    assert "nothing is stored" not in said and "rien n'est enregistré" not in said
    # Without a file, it is still said that nothing is kept.
    result = run("--lang", lang, "triage", input="0\nn\n0\n0\n")
    said = " ".join(result.stderr.split())
    assert {"en": "nothing is stored", "fr": "rien n'est enregistré"}[lang] in said
