"""Level 3 by red flag (issue 20): the most dangerous moment gets the most specific answer.

The expectations are written from the issue and PRODUCT.md ("Action levels", level 3), not from
the code: for each red flag, the stay-with step (unconditional), its own first step, 15/112, 3114
and 114, the seed's three actions; words of concern first, never the key message; a red flag typed
in words anywhere; red flags not asked never recorded as "none"; and, after a level-3 contact, a
follow-up that never forgets it.
"""

import itertools
import json
import re
from datetime import date, datetime, timedelta
from io import StringIO

import pytest

from secondvictim.commands.checkin_view import checkin_decision
from secondvictim.commands.fragments import call_now
from secondvictim.commands.triage_view import decision_document, guidance_document
from secondvictim.prompts import Asker, Given, complete
from secondvictim.render.terminal import plain_text
from secondvictim.rules.checkin import CheckinAnswers, Contact, History, assess
from secondvictim.rules.choices import SupportUsed, Trend
from secondvictim.rules.hours import is_open, office_open
from secondvictim.rules.triage import Answers, recommend

RED_FLAGS = ["severe-distress", "major-disorganisation", "dark-thoughts", "danger"]
COMBINATIONS = [c for n in range(1, 5) for c in itertools.combinations(RED_FLAGS, n)]
# Each red flag's own first step, as the issue lists them (on the one-screen decision).
FIRST_STEP = {
    "severe-distress": {"en": "Severe distress: calm first", "fr": "Détresse intense : apaisez d'abord"},
    "major-disorganisation": {
        "en": "Major disorganisation: stop clinical work now; they do not drive home.",
        "fr": "Désorganisation majeure : arrêtez son activité de soins ; pas de volant.",
    },
    "dark-thoughts": {"en": "Are you thinking about suicide?", "fr": "Pensez-vous au suicide ?"},
    "danger": {"en": "relieve them of patient care now", "fr": "relevez-la des soins dès maintenant"},
}
STAY = {"en": "Do not leave them alone: you or a colleague stay until help takes over.",
        "fr": "Ne la laissez pas seule : vous ou un collègue restez jusqu'au relais."}
SEED = {
    "en": ["Alert occupational health now", "specialised psychological support", "a temporary withdrawal"],
    "fr": ["Alertez la médecine du travail", "soutien psychologique spécialisé", "retrait temporaire"],
}
KEY_MESSAGE = {"en": "What you're feeling is common", "fr": "Ce que vous ressentez est fréquent"}
CONCERN = {"en": "I'm worried about you. I'll stay with you", "fr": "Je m'inquiète pour vous. Je reste avec vous"}
SATURDAY_3AM = datetime(2026, 12, 5, 3, 0)
WEDNESDAY_10AM = datetime(2026, 12, 2, 10, 0)


def flat(doc, lang):
    return " ".join(plain_text(doc, lang).replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("flags", COMBINATIONS, ids=["+".join(c) for c in COMBINATIONS])
def test_each_red_flag_gets_its_own_steps_on_the_decision(guide, flags, lang):
    rec = recommend(guide, Answers(red_flags=flags))
    for when in (None, WEDNESDAY_10AM, SATURDAY_3AM):
        text = flat(decision_document(guide, rec, lang, when), lang)
        assert text.index(STAY[lang]) < text.index("2. ")  # first, whatever the red flag, unconditional
        for flag in flags:
            assert FIRST_STEP[flag][lang] in text, (flag, lang)
        for step in SEED[lang]:
            assert step in text
        for number in ("15", "112", "114 :" if lang == "fr" else "114:", "3114"):
            assert number in text
        # The first words: concern and presence; the key message is never on the decision.
        assert CONCERN[lang] in text and KEY_MESSAGE[lang] not in text
        # 114 is for either condition, in both languages (issue 20, item 9).
        assert ("cannot speak or cannot hear" if lang == "en" else "ne peut pas parler ou pas entendre") in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_key_message_comes_after_safety_never_first(guide, lang):
    rec = recommend(guide, Answers(red_flags=("dark-thoughts",)))
    rest = flat(guidance_document(guide, rec, lang), lang)
    after = "Once they are safe, and only then" if lang == "en" else "Une fois la personne en sécurité, et seulement alors"
    assert rest.index(after) < rest.index(KEY_MESSAGE[lang])
    if lang == "fr":  # tu and vous
        assert "Je m'inquiète pour toi. Je reste avec toi" in rest


def test_levels_1_and_2_keep_the_key_message(guide):
    for answers in (Answers(red_flags=(), event=True), Answers(red_flags=(), event=True, signs=("guilt",))):
        text = flat(decision_document(guide, recommend(guide, answers), "en"), "en")
        assert KEY_MESSAGE["en"] in text and CONCERN["en"] not in text


# --- night and weekend route -------------------------------------------------------------------


def with_resources(guide, *resources):
    from secondvictim.guide.models import Resource

    extra = tuple(Resource.model_validate(r) for r in resources)
    return guide.model_copy(update={"resources": (*guide.resources, *extra)})


ON_CALL = {
    "id": "on-call-manager",
    "kind": "on-call",
    "name": {"en": "On-call manager", "fr": "Cadre de garde"},
    "audience": {"en": "Every professional", "fr": "Tout professionnel"},
    "phone": "05 55 00 00 01",
    "hours": {"en": "nights, weekends and holidays", "fr": "nuits, week-ends et jours fériés"},
    "open": ["mon-fri 18:00-08:00", "sat-sun 00:00-24:00"],
}


def test_at_night_without_a_route_the_decision_says_what_to_do(guide):
    rec = recommend(guide, Answers(red_flags=("severe-distress",)))
    night = call_now(guide, rec, "en", SATURDAY_3AM)
    assert night[-1] == "Night, weekend, holiday: the emergency department, or 15."
    day = call_now(guide, rec, "en", WEDNESDAY_10AM)
    assert not any("Night, weekend" in line for line in day)
    # The French too, and on the check-in's decision at level 3.
    assert call_now(guide, rec, "fr", SATURDAY_3AM)[-1] == "Nuit, week-end, jour férié : les urgences, ou le 15."


def test_at_night_the_route_open_now_is_named_and_occupational_medicine_by_day(guide):
    occupational = next(r for r in guide.resources if r.id == "occupational-medicine").model_dump()
    occupational.update(phone="05 55 00 00 02", open=["mon-fri 08:30-17:30"])
    hospital = guide.model_copy(
        update={"resources": tuple(r for r in guide.resources if r.id != "occupational-medicine")}
    )
    hospital = with_resources(hospital, occupational, ON_CALL)
    rec = recommend(hospital, Answers(red_flags=("danger",)))
    night = call_now(hospital, rec, "en", SATURDAY_3AM)
    assert "05 55 00 00 01: On-call manager, nights, weekends and holidays" in night
    assert not any("05 55 00 00 02" in line for line in night)
    assert not any("Night, weekend" in line for line in night)
    day = call_now(hospital, rec, "en", WEDNESDAY_10AM)
    assert any(line.startswith("05 55 00 00 02: ") for line in day)
    assert not any("05 55 00 00 01" in line for line in day)


def test_opening_hours():
    assert is_open(["24/7"], SATURDAY_3AM) is True
    assert is_open(["mon-fri 08:30-17:30"], SATURDAY_3AM) is False
    assert is_open(["mon-fri 08:30-17:30"], WEDNESDAY_10AM) is True
    assert is_open(["mon-fri 18:00-08:00"], datetime(2026, 12, 5, 7, 59)) is True  # Friday night to Saturday
    assert is_open(["mon-fri 18:00-08:00"], datetime(2026, 12, 7, 7, 0)) is False  # Sunday night to Monday
    assert is_open(["sat-sun 00:00-24:00"], datetime(2026, 12, 6, 23, 59)) is True
    assert is_open(None, SATURDAY_3AM) is None
    # Office hours when none are given: weekdays, not on a public holiday (Christmas 2026).
    assert office_open(None, WEDNESDAY_10AM) and not office_open(None, datetime(2026, 12, 25, 10, 0))


def test_opening_hours_are_checked_by_the_model():
    from pydantic import ValidationError

    from secondvictim.guide.models import Resource

    with pytest.raises(ValidationError):
        Resource.model_validate({**ON_CALL, "open": ["weekdays 9-5"]})


# --- red flags typed in words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "flag"),
    [
        ("suicidal", "dark-thoughts"),
        ("suicide", "dark-thoughts"),
        ("hopeless", "dark-thoughts"),
        ("hopelessness", "dark-thoughts"),
        ("(hopelessness,", "dark-thoughts"),
        ("self-harm", "dark-thoughts"),
        ("want to die", "dark-thoughts"),
        ("idées suicidaires", "dark-thoughts"),
        ("envie de mourir", "dark-thoughts"),
        ("désespoir", "dark-thoughts"),
        ("automutilation", "dark-thoughts"),
        ("suicidaire", "dark-thoughts"),
        ("she says everyone would be better off without her", "dark-thoughts"),
        ("elle dit qu'elle veut en finir", "dark-thoughts"),
        # The French of "better off without her", and the description's own examples (3114.fr).
        ("elle dit que tout le monde serait mieux sans elle", "dark-thoughts"),
        ("il répète qu'il n'en peut plus", "dark-thoughts"),
        ("« à quoi bon », dit-elle", "dark-thoughts"),
        ("he keeps saying what's the point", "dark-thoughts"),
        ("panique", "severe-distress"),
        ("confused", "major-disorganisation"),
        ("risque pour les patients", "danger"),
    ],
)
def test_red_flags_are_named_in_words_at_the_question_and_as_options(guide, run, typed, flag):
    ask = Asker(lang="en", out=StringIO(), inp=StringIO(f"{typed}\n"))
    assert complete(guide, Given(), ask).red_flags == (flag,)
    result = run("triage", "--red-flag", typed, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["answers"]["red_flags"] == [flag]


@pytest.mark.parametrize("typed", ["she is not suicidal", "no distress", "he doesn't want to die"])
def test_a_negated_red_flag_word_is_asked_again(guide, typed):
    ask = Asker(lang="en", out=StringIO(), inp=StringIO(f"{typed}\nnone\nno\n\n\n"))
    assert complete(guide, Given(), ask).red_flags == ()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_red_flag_word_at_a_later_question_stops_and_asks(guide, lang):
    # No red flag at first; "suicide" typed at the warning-sign question: confirmed, level 3 at once.
    yes = "yes" if lang == "en" else "oui"
    out = StringIO()
    ask = Asker(lang=lang, out=out, inp=StringIO(f"\n{yes}\n\nsuicide\n{yes}\n"))
    answers = complete(guide, Given(), ask)
    assert answers.red_flags == ("dark-thoughts",)
    assert recommend(guide, answers).level == 3
    asked = " ".join(out.getvalue().split())
    if lang == "en":
        assert "“suicide” sounds like a red flag: Dark thoughts" in asked
    else:
        assert "« suicide » évoque un signe de gravité : idées noires" in asked
    assert "type numbers" not in asked.lower() and "Tapez des numéros" not in asked


def test_a_red_flag_word_denied_at_a_later_question_asks_the_question_again(guide):
    ask = Asker(lang="en", out=StringIO(), inp=StringIO("\nyes\n\nsuicide\nno\nguilt\nnurse\nyes\n"))
    answers = complete(guide, Given(), ask)
    assert (answers.red_flags, answers.signs) == ((), ("guilt",))


# --- never "none" unless asked ----------------------------------------------------------------


def test_without_terminal_red_flags_not_asked_are_recorded_so(run, tmp_path):
    summary = tmp_path / "s.json"
    result = run("triage", "--event", "--sign", "guilt", "-o", str(summary), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["answers"]["red_flags"] is None
    assert data["actions"][0]["id"] == "ask-red-flags"
    out = run("triage", "--event", "--sign", "guilt").stdout
    assert "1. The red flags were not asked: ask about them before concluding." in out
    # The check-in from that summary, off a terminal: nothing of concern is never said.
    checkin = run("checkin", "--previous", str(summary), "--sign", "none", "--trend", "easing").stdout
    assert "Nothing of concern" not in checkin and "Red flags not asked today." in " ".join(checkin.split())
    assert "The red flags were not asked" in checkin


# --- after a level-3 contact --------------------------------------------------------------------

EVENT = date(2026, 3, 2)


def after_red_flag(day, answers, *earlier):
    contacts = earlier or (
        Contact(kind="triage", date=EVENT, day=0, level=3, answers=CheckinAnswers(red_flags=("dark-thoughts",))),
    )
    history = History(event_date=EVENT, contacts=contacts)
    return history, answers, EVENT + timedelta(days=day)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_after_a_level_3_contact_nothing_is_gone_and_the_level_stays_2_until_the_relay(guide, lang):
    calm = CheckinAnswers(red_flags=(), signs=(), items=(), trend=Trend.easing, steps=(), support_used=SupportUsed.unknown)
    history, answers, today = after_red_flag(23, calm)
    result = assess(guide, answers, event_date=EVENT, today=today, history=history)
    assert result.level == 2 and not result.closes
    assert result.actions[0] == "check-specialised-support"
    text = flat(checkin_decision(guide, result, lang), lang)
    assert "Nothing of concern" not in text and "Rien d'inquiétant" not in text
    from secondvictim.commands.checkin_view import comparison_blocks

    compared = flat(comparison_blocks(guide, result, lang), lang)
    assert ("Not seen or reported today: Dark thoughts" if lang == "en" else "Ni observé ni rapporté aujourd'hui : idées noires") in compared
    assert "Gone" not in compared and "Disparu" not in compared
    # Confirmed in place today: level 1, still asking again, still not closing.
    confirmed = assess(guide, calm.model_copy(update={"support_used": SupportUsed.yes}), event_date=EVENT,
                       today=today, history=history)
    assert (confirmed.level, confirmed.closes) == (1, False)
    assert "check-specialised-support" in confirmed.actions


def test_the_level_stays_2_over_several_contacts_until_the_relay_is_confirmed(guide):
    calm = CheckinAnswers(red_flags=(), signs=(), items=(), trend=Trend.easing, steps=())
    first = Contact(kind="triage", date=EVENT, day=0, level=3, answers=CheckinAnswers(red_flags=("danger",)))
    second = Contact(kind="checkin", date=EVENT + timedelta(3), day=3, level=2, answers=calm)
    history, answers, today = after_red_flag(7, calm, first, second)
    assert assess(guide, answers, event_date=EVENT, today=today, history=history).level == 2
    confirmed_then = second.model_copy(update={"answers": calm.model_copy(update={"support_used": SupportUsed.yes})})
    history, answers, today = after_red_flag(7, calm, first, confirmed_then)
    assert assess(guide, answers, event_date=EVENT, today=today, history=history).level == 1


def test_the_plan_after_a_red_flag_has_its_own_first_steps(run, tmp_path):
    # Review M4: at level 3 the plan and calendar are not level 1's: the titles say the red flag,
    # the first contact checks the relay, every later one asks again about dark thoughts, and day
    # 30 does not refer again someone referred on day 0.
    calendar = tmp_path / "plan.ics"
    result = run("triage", "--red-flag", "dark-thoughts", "--event-date", date.today().isoformat(),
                 "--followup-ics", str(calendar), "--json")
    assert result.exit_code == 0, result.output
    steps = {step["id"]: step["what"] for step in json.loads(result.stdout)["followup"]}
    usual = json.loads(run("triage", "--red-flag", "none", "--event", "--json").stdout)["followup"]
    assert not any("red flag" in step["what"] for step in usual)
    assert all(steps[step["id"]] != step["what"] for step in usual)  # every contact differs from level 1
    assert "specialised support has taken over" in steps["same-shift"]
    assert "not going home alone" in steps["same-shift"] and "3114" in steps["same-shift"]
    assert "specialised support is in place" in steps["day-1-2"]
    assert all("dark thoughts" in what for step_id, what in steps.items() if step_id != "same-shift")
    assert "refer them for a professional assessment" not in steps["day-30"]
    assert "refer them for a professional assessment" in next(s["what"] for s in usual if s["id"] == "day-30")
    text = re.sub(r"\r\n[ \t]", "", calendar.read_bytes().decode("utf-8"))  # unfolded lines
    titles = re.findall(r"SUMMARY:Second-victim follow-up\\, plan [2-9A-HJ-NP-Z]{4}: ([^\\]*)\\,", text)
    assert len(titles) == 5 and all(title.endswith(" after the red flag") for title in titles), titles
    assert "specialised support has taken over" in text


def test_the_plan_after_a_red_flag_in_french(run, tmp_path):
    calendar = tmp_path / "plan.ics"
    result = run("--lang", "fr", "triage", "--red-flag", "danger", "--event-date", date.today().isoformat(),
                 "--followup-ics", str(calendar), "--json")
    assert result.exit_code == 0, result.output
    steps = {step["id"]: step["what"] for step in json.loads(result.stdout)["followup"]}
    assert "ne rentre pas seule chez elle" in steps["same-shift"]
    assert all("idées noires" in what for step_id, what in steps.items() if step_id != "same-shift")
    text = re.sub(r"\r\n[ \t]", "", calendar.read_bytes().decode("utf-8"))
    assert "point à 24-48\u00a0heures après le signe de gravité" in text


# --- what an institution cannot change --------------------------------------------------------


@pytest.mark.parametrize("key", ["safety_words", "after_red_flag"])
def test_an_institution_cannot_replace_the_level_3_words(run, tmp_path, key):
    folder = tmp_path / "hospital"
    folder.mkdir()
    name = "script.yaml" if key == "safety_words" else "followup.yaml"
    value = '{en: "Everything will be fine."}' if key == "safety_words" else '{text: {en: "Nothing to check."}}'
    (folder / name).write_text(f"{key}: {value}\n", encoding="utf-8")
    result = run("validate", "--data-dir", str(folder))
    assert result.exit_code == 2
    assert f"{name}:1: {key}: what to do at level 3 (act now) cannot be changed" in result.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_check_in_at_a_red_flag_has_its_steps_on_one_screen_at_night(guide, lang):
    from secondvictim.render.terminal import layout

    from .test_screen import DECISION_ROWS

    for flags in COMBINATIONS:
        for day in (3, 30):
            result = assess(guide, CheckinAnswers(red_flags=flags), event_date=EVENT, today=EVENT + timedelta(day))
            decision = checkin_decision(guide, result, lang, SATURDAY_3AM)
            assert len(layout(decision, 80, rich=True, lang=lang)) <= DECISION_ROWS, (flags, day)
            text = flat(decision, lang)
            assert STAY[lang] in text and "3114" in text and "114" in text
            assert all(FIRST_STEP[flag][lang] in text for flag in flags)
            assert KEY_MESSAGE[lang] not in text


@pytest.mark.parametrize("route", [False, True])
def test_triage_at_3_am_names_the_route_open_or_says_what_to_do(run, tmp_path, clock, route):
    folder = tmp_path / "hospital"
    folder.mkdir()
    text = "resources:\n  - id: occupational-medicine\n    phone: '05 55 00 00 02'\n    open: ['mon-fri 08:30-17:30']\n"
    if route:
        text += (
            "  - id: on-call-manager\n    kind: on-call\n    name: {en: On-call manager, fr: Cadre de garde}\n"
            "    audience: {en: Managers, fr: Les cadres}\n    phone: '05 55 00 00 01'\n"
            "    hours: {en: 'nights, weekends', fr: 'nuits, week-ends'}\n"
            "    open: ['mon-fri 17:30-08:30', 'sat-sun 00:00-24:00']\n"
        )
    (folder / "resources.yaml").write_text(text, encoding="utf-8")
    assert run("validate", str(folder)).exit_code == 0
    clock.set(SATURDAY_3AM)
    out = run("--data-dir", str(folder), "triage", "--red-flag", "dark-thoughts").stdout
    call = out[out.index("Call now:") : out.index("What to say first")]
    assert "05 55 00 00 02" not in call  # occupational health is closed at 3 a.m. on a Saturday
    if route:
        assert "- 05 55 00 00 01: On-call manager, nights, weekends" in call
        assert "Night, weekend, holiday" not in call
    else:
        assert "- Night, weekend, holiday: the emergency department, or 15." in call
    clock.set(WEDNESDAY_10AM)
    day = run("--data-dir", str(folder), "triage", "--red-flag", "dark-thoughts").stdout
    call = day[day.index("Call now:") : day.index("What to say first")]
    assert "05 55 00 00 02" in call and "05 55 00 00 01" not in call and "Night, weekend" not in call


def test_the_json_says_the_first_words_of_each_level(run):
    red = json.loads(run("triage", "--red-flag", "dark-thoughts", "--json").stdout)
    assert red["first_words"].startswith("I'm worried about you.")
    usual = json.loads(run("triage", "--red-flag", "none", "--event", "--json").stdout)
    assert usual["first_words"].startswith("What you're feeling is common")
    checkin = json.loads(run("checkin", "--event-date", date.today().isoformat(), "--red-flag", "danger", "--json").stdout)
    assert checkin["first_words"].startswith("I'm worried about you.")


# --- level 3 with internal support declined (review M3) ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "external", "alerted"),
    [
        ("en", "External resources first", "At level 3, occupational health is alerted even if they do not wish"),
        ("fr", "D'abord les ressources externes", "Au niveau 3, la médecine du travail est prévenue même si"),
    ],
)
def test_level_3_with_internal_declined_says_occupational_medicine_is_alerted_all_the_same(run, lang, external, alerted):
    def flat(*args):
        result = run("--lang", lang, *args, "--full")
        assert result.exit_code == 0, result.stderr
        return " ".join(result.stdout.split())

    for flag in ("danger", "dark-thoughts", "severe-distress", "major-disorganisation"):
        text = flat("triage", "--red-flag", flag, "--role", "physician", "--internal", "no")
        assert external in text and alerted in text, flag
    # Only where both hold: not at level 3 with internal support accepted, nor below level 3.
    assert alerted not in flat("triage", "--red-flag", "danger", "--role", "physician", "--internal", "yes")
    below = flat("triage", "--red-flag", "none", "--event", "--sign", "guilt", "--role", "nurse", "--internal", "no")
    assert external in below and alerted not in below
