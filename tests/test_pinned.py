"""Rules pinned from the brief and the README, where a mutation run found them unpinned (issue 28).

Every expected value here is written from the documentation (docs/../PRODUCT brief, the README,
the header of data/checkin.yaml and of data/levels.yaml), never imported from the code: a change
to the code's constant or expression must fail here.
"""

import itertools
import json
from datetime import date, datetime, time, timedelta

import pytest

from secondvictim.errors import DataError, UsageError
from secondvictim.guide.loader import load
from secondvictim.parsing import (
    parse_date,
    parse_internal,
    parse_role,
    parse_support_used,
    parse_time,
    parse_trend,
)
from secondvictim.rules.checkin import (
    CheckinAnswers,
    Contact,
    History,
    Profile,
    Reason,
    Upcoming,
    assess,
    compare,
)
from secondvictim.rules.choices import Internal, Role, SupportUsed, Trend
from secondvictim.rules.followup import checkin_reminders
from secondvictim.rules.hours import is_open, office_open

EVENT = date(2026, 3, 2)  # a Monday

RED_FLAGS = ("severe-distress", "major-disorganisation", "dark-thoughts", "danger")
SIGNS = ("withdrawal", "guilt", "anxiety", "medico-legal", "behaviour-change")


def subsets(ids):
    return [tuple(i for i, keep in zip(ids, mask, strict=True) if keep) for mask in itertools.product((0, 1), repeat=len(ids))]


# --- the check-in's actions, from the brief and the header of data/levels.yaml ------------------
#
# A check-in gives no internal answer (so no `internal-declined`), and a follow-up contact is not
# the first one (`contact-today` is `unless: follow-up-contact`). The planned contacts end at
# about day 30 (the brief's follow-up), so on day 30 with no process step, nothing is planned.
LAST_PLANNED_DAY = 30


def checkin_actions_expected(level, answers, day, after_level_3):
    flags = set(answers.red_flags or ())
    signs = set(answers.signs or ())
    table = {
        # Around the seed's three actions, what each red flag needs first (the brief, level 3).
        "stay-with": level == 3,
        "calm-first": level == 3 and "severe-distress" in flags,
        "stop-clinical-activity": level == 3 and "major-disorganisation" in flags,
        "ask-directly": level == 3 and bool(flags & {"dark-thoughts", "danger"}),
        "call-3114": level == 3 and bool(flags & {"dark-thoughts", "danger"}),
        "relieve-patient-care": level == 3 and "danger" in flags,
        "immediate-danger": level == 3,
        "activate-occupational-medicine": level == 3,
        "refer-psychological-support": level == 3,
        "withdraw-from-activity": level == 3,
        "ask-red-flags": level < 3 and answers.red_flags is None,
        "check-specialised-support": level in (1, 2) and after_level_3,
        "know-signs": level == 0,
        # Issue 27 (L24): not when a follow-up closes; the resources were offered already.
        "know-resources": False,
        "contact-today": False,
        "make-internal-known": level == 1,
        "mobilise-internal": level == 2,
        "external-now": False,
        # "For medico-legal concern, remind them of their professional insurance / legal protection."
        "insurance-reminder": level >= 1 and "medico-legal" in signs,
        "external-if-needed": level == 2,
        # Issue 24: from day 2 on the shift of the event is over: no "cover for the rest of the
        # shift", a colleague alongside and a gradual return instead.
        "offer-adjusted-return": level in (1, 2) and day < 2,
        "offer-gradual-return": level in (1, 2) and day >= 2,
        # Only after a first assessment at which they declined the internal resources (none here).
        "offer-internal-again": False,
        "plan-followup": level >= 1 and (day < LAST_PLANNED_DAY or bool(answers.steps)),
    }
    return {name for name, shown in table.items() if shown}


def previous_contact(level):
    if level is None:
        return None
    return History(
        event_date=EVENT,
        contacts=(Contact(kind="triage", date=EVENT, day=0, level=level, answers=CheckinAnswers(signs=("guilt",))),),
    )


@pytest.mark.parametrize("day", [3, 30])
@pytest.mark.parametrize("previous", [None, 3])
def test_check_in_actions_follow_the_red_flags_and_the_warning_signs(guide, day, previous):
    wrong = []
    for flags, signs, trend, support in itertools.product(
        [None, *subsets(RED_FLAGS)], [None, *subsets(SIGNS)], [Trend.easing, Trend.worse], [SupportUsed.yes, SupportUsed.no]
    ):
        answers = CheckinAnswers(red_flags=flags, signs=signs, trend=trend, items=(), support_used=support)
        result = assess(
            guide, answers, event_date=EVENT, today=EVENT + timedelta(days=day), history=previous_contact(previous)
        )
        expected = checkin_actions_expected(result.level, answers, day, previous == 3)
        if set(result.actions) != expected:
            wrong.append((flags, signs, trend, support, result.level, set(result.actions) ^ expected))
    assert wrong[:5] == []


def test_a_medico_legal_sign_at_a_check_in_brings_the_insurance_reminder(guide):
    def actions(signs):
        answers = CheckinAnswers(red_flags=(), signs=signs, trend=Trend.same, items=())
        return assess(guide, answers, event_date=EVENT, today=EVENT + timedelta(days=3)).actions

    assert "insurance-reminder" in actions(("medico-legal",))
    assert "insurance-reminder" not in actions(("guilt",))


# --- the reminders around the event's process steps ---------------------------------------------


@pytest.mark.parametrize(
    "first",
    [Upcoming(id="review-meeting"), Upcoming(id="review-meeting", on=EVENT + timedelta(days=400))],
    ids=["undated", "beyond-a-year"],
)
def test_a_step_without_reminders_does_not_drop_the_steps_after_it(guide, first):
    # "Each upcoming process step adds a contact just before and just after it": a step that
    # cannot be put in the calendar (undated, or more than a year away) leaves the others.
    step_day = date(2026, 3, 17)  # a Tuesday
    answers = CheckinAnswers(
        red_flags=(), signs=(), trend=Trend.same, items=(), steps=(first, Upcoming(id="complaint-letter", on=step_day))
    )
    result = assess(guide, answers, event_date=EVENT, today=EVENT + timedelta(days=3))
    around = {r.step.id: r.day for r in checkin_reminders(guide, result)}
    assert around["complaint-letter-before"] == date(2026, 3, 16)
    assert around["complaint-letter-after"] == date(2026, 3, 18)
    assert not any(name.startswith("review-meeting") for name in around)


# --- what an institution cannot change: level 3 -------------------------------------------------

LEVEL3_REFUSED = "what to do at level 3 (act now) cannot be changed"


def hospital(tmp_path, name, text):
    """The guide with an institution's folder holding one file, `name`, of `text`."""
    folder = tmp_path / "hospital"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def refused(tmp_path, name, text):
    with pytest.raises(DataError) as error:
        load(hospital(tmp_path, name, text))
    return error.value.listing("en")


@pytest.mark.parametrize(
    "text",
    [
        "levels:\n  - level: 3\n    name: {en: Keep an eye}\n",
        "levels:\n  - level: 3\n    summary: {en: Nothing urgent.}\n",
        "levels:\n  - level: 3\n    enabled: false\n",
    ],
    ids=["renamed", "reworded", "hidden"],
)
def test_the_level_3_entry_of_levels_yaml_cannot_be_changed(tmp_path, text):
    assert LEVEL3_REFUSED in refused(tmp_path, "levels.yaml", text)


@pytest.mark.parametrize("action", ["stay-with", "call-3114", "activate-occupational-medicine", "immediate-danger"])
@pytest.mark.parametrize(
    "change",
    [
        "    text: {en: Think about it.}\n",  # reworded
        "    levels: [2]\n",  # moved
        "    requires: [guilt]\n",  # conditioned
        "    unless: [guilt]\n",  # conditioned away
        "    enabled: false\n",  # hidden
    ],
    ids=["reworded", "moved", "conditioned", "unless", "hidden"],
)
def test_a_level_3_action_cannot_be_changed_by_an_institution(tmp_path, action, change):
    assert LEVEL3_REFUSED in refused(tmp_path, "levels.yaml", f"actions:\n  - id: {action}\n{change}")


def test_the_other_levels_and_actions_can_be_adapted(tmp_path):
    text = "levels:\n  - level: 1\n    name: {en: Reach out}\nactions:\n  - id: know-signs\n    text: {en: Read our leaflet.}\n"
    guide = load(hospital(tmp_path, "levels.yaml", text)).guide
    assert guide.level(1).name["en"] == "Reach out"
    assert next(a for a in guide.actions if a.id == "know-signs").text["en"] == "Read our leaflet."


# --- merge by id: attitudes and script steps ------------------------------------------------------

ATTITUDES = (
    "attitudes:\n"
    "  - id: analysing\n    instead: {en: Talk about the person; our review board comes later.}\n"
    "  - id: gossip\n    avoid: {en: Talking about it in the corridor.}\n    instead: {en: Keep it private.}\n"
)
STEPS = (
    "script:\n  steps:\n"
    '    - id: listen\n      text: {en: "Listen, and let silences be."}\n'
    "    - id: our-leaflet\n      text: {en: Give our leaflet.}\n"
)


def test_attitudes_are_merged_by_id(tmp_path, guide):
    merged = load(hospital(tmp_path, "avoid.yaml", ATTITUDES)).guide
    assert [a.id for a in merged.attitudes] == [*(a.id for a in guide.attitudes), "gossip"]
    analysing = next(a for a in merged.attitudes if a.id == "analysing")
    assert analysing.instead["en"] == "Talk about the person; our review board comes later."
    # The field not given stays, and so does every other attitude.
    assert analysing.avoid == next(a for a in guide.attitudes if a.id == "analysing").avoid
    assert [a for a in merged.attitudes if a.id not in ("analysing", "gossip")] == [
        a for a in guide.attitudes if a.id != "analysing"
    ]


def test_script_steps_are_merged_by_id_and_the_rest_of_the_script_stays(tmp_path, guide):
    script = load(hospital(tmp_path, "script.yaml", STEPS)).guide.script
    assert [s.id for s in script.steps] == [*(s.id for s in guide.script.steps), "our-leaflet"]
    assert next(s for s in script.steps if s.id == "listen").text["en"] == "Listen, and let silences be."
    assert (script.principle, script.why) == (guide.script.principle, guide.script.why)
    assert [s for s in script.steps if s.id not in ("listen", "our-leaflet")] == [
        s for s in guide.script.steps if s.id != "listen"
    ]


def test_a_script_step_can_be_hidden_by_id(tmp_path, guide):
    text = "script:\n  steps:\n    - id: next-contact\n      enabled: false\n"
    steps = load(hospital(tmp_path, "script.yaml", text)).guide.script.steps
    assert [s.id for s in steps] == [s.id for s in guide.script.steps if s.id != "next-contact"]


# --- every value the README and the help document -----------------------------------------------

# README: "`--internal yes|no|unknown` (`oui`/`non` too)"; the help: "oui, non ou inconnu".
INTERNAL = {"yes": Internal.yes, "no": Internal.no, "unknown": Internal.unknown, "oui": Internal.yes,
            "non": Internal.no, "inconnu": Internal.unknown, "YES": Internal.yes, "Unknown": Internal.unknown}  # fmt: skip


@pytest.mark.parametrize(("word", "answer"), INTERNAL.items())
def test_every_documented_internal_word(word, answer):
    assert parse_internal(word) is answer


def test_internal_unknown_is_accepted_on_the_command_line(run):
    for word in ("unknown", "inconnu"):
        result = run("triage", "--red-flag", "none", "--event", "--internal", word, "--json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["answers"]["internal"] == "unknown"


# README: "--trend easing|same|worse", "--support-used yes|no|unknown".
@pytest.mark.parametrize(("word", "trend"), [("easing", Trend.easing), ("same", Trend.same), ("worse", Trend.worse)])
def test_every_documented_trend(word, trend):
    assert parse_trend(word) is trend


@pytest.mark.parametrize(
    ("word", "answer"), [("yes", SupportUsed.yes), ("no", SupportUsed.no), ("unknown", SupportUsed.unknown)]
)
def test_every_documented_support_answer(word, answer):
    assert parse_support_used(word) is answer


# README: the roles, "or a synonym such as `doctor`, `infirmier`; the professions of a ward too".
ROLES = {
    **{role: Role(role) for role in
       ("physician", "intern", "nurse", "midwife", "pharmacist", "other", "staff", "student", "unknown")},
    "doctor": Role.physician,
    "infirmier": Role.nurse,
    "aide-soignant·e": Role.other,
    "ASH": Role.staff,
    "brancardier": Role.staff,
    "secrétaire médicale": Role.staff,
    "cadre de santé": Role.other,
    "manipulateur radio": Role.other,
    "kinésithérapeute": Role.other,
    "porter": Role.staff,
    "cleaning staff": Role.staff,
    "non-soignant": Role.staff,
    # "ADOP to pharmacists and pharmacy students and interns".
    "pharmacy student": Role.pharmacist,
    "interne en pharmacie": Role.pharmacist,
}  # fmt: skip


@pytest.mark.parametrize(("word", "role"), ROLES.items())
def test_every_documented_role_word(word, role):
    assert parse_role(word) is role


# README: "`--event-date` (`2026-03-27` or `27/03/2026`)"; the help of parse_date: DD.MM.YYYY too.
@pytest.mark.parametrize("text", ["2026-03-27", "27/03/2026", "27.03.2026", "2026-3-27", "27/3/2026"])
def test_every_documented_date_format(text):
    assert parse_date(text, today=date(2026, 4, 1)) == date(2026, 3, 27)


# README and help: "--alarm-time HH:MM" (default 08:30); the French way, 8h30 and 8h.
@pytest.mark.parametrize(
    ("text", "at"),
    [("08:30", time(8, 30)), ("8:30", time(8, 30)), ("07:45", time(7, 45)), ("8h30", time(8, 30)),
     ("8h", time(8, 0)), ("8H", time(8, 0)), ("23:59", time(23, 59)), ("00:00", time(0, 0))],
)  # fmt: skip
def test_every_documented_time_format(text, at):
    assert parse_time(text) == at


@pytest.mark.parametrize("text", ["24:00", "8:60", "8", "8h5", "eight"])
def test_a_time_that_is_not_one_is_refused(text):
    with pytest.raises(UsageError):
        parse_time(text)


def test_alarm_time_8h_rings_at_8_o_clock(run, tmp_path):
    import vobject

    target = tmp_path / "f.ics"
    result = run("followup", "--event-date", "2026-03-02", "--ics", str(target), "--alarm-time", "8h")
    assert result.exit_code == 0, result.output
    events = vobject.readOne(target.read_text(encoding="utf-8")).contents["vevent"]
    assert events
    assert {(e.dtstart.value.time(), e.valarm.trigger.value) for e in events} == {(time(8), timedelta(0))}


# README: "`-o summary.md` (or `.html`, `.json`, or `--format`)"; the help: md|html|json.
@pytest.mark.parametrize(("fmt", "start"), [("md", "#"), ("html", "<!doctype html>"), ("json", "{")])
def test_every_documented_summary_format(run, tmp_path, fmt, start):
    target = tmp_path / "summary.out"
    result = run("triage", "--red-flag", "none", "--event", "-o", str(target), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith(start)


# The card's help: "md, html or txt".
@pytest.mark.parametrize(("fmt", "start"), [("md", "#"), ("html", "<!doctype html>"), ("txt", "")])
def test_every_documented_card_format(run, fmt, start):
    result = run("card", "--format", fmt)
    assert result.exit_code == 0, result.output
    text = result.stdout.lstrip()
    assert text.lower().startswith(start)
    if fmt == "txt":
        assert not text.startswith(("#", "<"))


# "These actions cannot be ... reworded by an institution's data": the texts replaced whole.
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("script.yaml", 'safety_words_informal: {en: "It will pass."}\n'),
        (
            "checkin.yaml",
            "checkin_summaries:\n  - {en: a}\n  - {en: b}\n  - {en: c}\n  - {en: Nothing urgent.}\n",
        ),
    ],
    ids=["informal-safety-words", "check-in-level-3-summary"],
)
def test_the_level_3_texts_cannot_be_replaced(tmp_path, name, text):
    assert LEVEL3_REFUSED in refused(tmp_path, name, text)


def test_the_check_in_summaries_below_level_3_can_be_reworded(tmp_path, guide):
    level3 = json.dumps(dict(guide.checkin_summaries[3]), ensure_ascii=False)  # JSON is YAML
    text = f"checkin_summaries:\n  - {{en: a}}\n  - {{en: b}}\n  - {{en: c}}\n  - {level3}\n"
    assert load(hospital(tmp_path, "checkin.yaml", text)).guide.checkin_summaries[0]["en"] == "a"


# "Occupational health" and "specialised psychological support" are whom a level-3 result
# sends to: an institution fills in how to reach them, never hides them or changes their kind.
@pytest.mark.parametrize("contact", ["occupational-medicine", "psychologist"])
@pytest.mark.parametrize("change", ["    kind: peer\n", "    enabled: false\n"], ids=["kind", "hidden"])
def test_the_level_3_contacts_cannot_be_hidden_or_turned_into_another_kind(tmp_path, contact, change):
    listing = refused(tmp_path, "resources.yaml", f"resources:\n  - id: {contact}\n{change}")
    assert "a contact of level 3 (act now) cannot be hidden" in listing


def test_a_refused_text_keeps_the_packaged_words_in_the_assembled_guide():
    # "The packaged value then stays": refused, the institution's words never reach the guide.
    from pathlib import Path

    from secondvictim.guide.merge import Assembly

    assembly = Assembly()
    packaged = {"en": "I'm worried about you."}
    assembly.add_file(Path("data/script.yaml"), {"safety_words": packaged}, packaged=True)
    assembly.add_file(Path("mine/script.yaml"), {"safety_words": {"en": "It will pass."}})
    assert assembly.data["safety_words"] == packaged
    assert [key for _, key, _ in assembly.problems] == ["p.protected_level3"]


def test_a_problem_in_a_script_step_is_said_at_its_file_and_line(tmp_path):
    # "Every problem in that data as file:line: field: problem", in the lists inside a mapping too.
    listing = refused(tmp_path, "script.yaml", "script:\n  steps:\n    - id: listen\n      colour: red\n")
    assert f"{tmp_path / 'hospital' / 'script.yaml'}:4: script.steps[0].colour: unknown key" in listing


# --- opening hours, as the README writes them -----------------------------------------------------
# "`open`: `["mon-fri 08:30-17:30"]`, days then 24-hour times; `["24/7"]`; a span that ends before
# it starts runs overnight"; office hours "weekdays 08:00 to 18:00 but public holidays".
# 2026-12-07 is a Monday; 2026-12-25 (Christmas) a Friday.
def at(day, hour, minute=0):
    return datetime(2026, 12, 7 + day, hour, minute)  # day 0: Monday ... 6: Sunday


MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
HOURS = [
    # span, moment, open
    ("24/7", at(SUN, 3), True),
    ("mon-fri 08:30-17:30", at(MON, 8, 30), True),  # from the first minute
    ("mon-fri 08:30-17:30", at(MON, 8, 29), False),
    ("mon-fri 08:30-17:30", at(FRI, 17, 29), True),
    ("mon-fri 08:30-17:30", at(FRI, 17, 30), False),  # up to, not including, the last
    ("mon-fri 08:30-17:30", at(SAT, 10), False),
    ("wed 09:00-12:00", at(WED, 10), True),  # one day
    ("wed 09:00-12:00", at(TUE, 10), False),
    ("wed 09:00-12:00", at(THU, 10), False),
    ("fri-mon 09:00-12:00", at(SUN, 10), True),  # days that run over the week's end
    ("fri-mon 09:00-12:00", at(MON, 10), True),
    ("fri-mon 09:00-12:00", at(WED, 10), False),
    ("sat-sun 00:00-24:00", at(SUN, 23, 59), True),
    ("sat-sun 00:00-24:00", at(MON, 0, 0), False),
    ("mon-fri 20:00-08:00", at(MON, 20), True),  # overnight: the evening of a listed day
    ("mon-fri 20:00-08:00", at(TUE, 7, 59), True),  # ... to the next morning
    ("mon-fri 20:00-08:00", at(TUE, 8), False),
    ("mon-fri 20:00-08:00", at(MON, 7), False),  # Sunday night is not listed
    ("mon-fri 20:00-08:00", at(SAT, 7), True),  # Friday night to Saturday
    ("mon-fri 20:00-08:00", at(SAT, 20), False),
    ("mon-fri 20:00-08:00", at(WED, 12), False),
    ("sat-sun 20:00-08:00", at(MON, 7), True),  # Sunday night to Monday
    ("fri-sun 20:00-08:00", at(SUN, 21), True),
    ("not hours at all", at(WED, 10), False),
]


@pytest.mark.parametrize(("span", "moment", "expected"), HOURS, ids=[f"{s}@{m:%a-%H:%M}" for s, m, _ in HOURS])
def test_opening_hours_as_documented(span, moment, expected):
    assert is_open([span], moment) is expected


def test_office_hours_when_none_are_given():
    assert office_open(None, at(WED, 8)) and office_open(None, at(WED, 17, 59))
    assert not office_open(None, at(WED, 18)) and not office_open(None, at(WED, 7, 59))
    assert not office_open(None, at(SAT, 10))
    assert not office_open(None, datetime(2026, 12, 25, 10))  # Christmas, a Friday
    # Its own hours, when given, are the ones that count, holiday or not.
    assert office_open(["mon-sun 00:00-24:00"], datetime(2026, 12, 25, 10))
    assert not office_open(["sat 09:00-12:00"], at(WED, 10))


# --- the check-in's reasons: "the answers that triggered it", in words a manager can check ---------


def check_in(guide, previous=None, day=3, **answers):
    given = CheckinAnswers(**{"red_flags": (), "signs": (), "items": (), **answers})
    return assess(guide, given, event_date=EVENT, today=EVENT + timedelta(days=day), history=previous_contact(previous))


def test_a_check_in_names_the_red_flags_and_the_steps_that_set_its_level(guide):
    assert check_in(guide, red_flags=("dark-thoughts", "danger")).reasons == (
        Reason(kind="red-flag", id="dark-thoughts"),
        Reason(kind="red-flag", id="danger"),
    )
    steps = (Upcoming(id="review-meeting"),)
    assert check_in(guide, trend=Trend.easing, steps=steps).reasons == (
        Reason(kind="followup"),
        Reason(kind="step", id="review-meeting"),
    )


def test_worse_than_previous_is_said_only_when_it_keeps_a_higher_level(guide):
    # Level 2 today (a sign) after a level-2 contact: the previous level keeps nothing.
    same = check_in(guide, previous=2, signs=("guilt",), trend=Trend.worse)
    assert same.level == 2
    assert not any(r.kind == "worse-than-previous" for r in same.reasons)
    kept = check_in(guide, previous=3, trend=Trend.worse)
    assert kept.level == 3 and kept.reasons[0] == Reason(kind="worse-than-previous", id="3")


@pytest.mark.parametrize("trend", [Trend.easing, Trend.same, None])
def test_after_a_level_3_contact_the_reasons_start_with_it_and_never_say_closing(guide, trend):
    for support in SupportUsed:
        result = check_in(guide, previous=3, day=30, trend=trend, support_used=support)
        assert result.reasons[0] == Reason(kind="after-level-3")
        assert Reason(kind="closing") not in result.reasons and not result.closes
    with_sign = check_in(guide, previous=3, day=30, trend=trend, signs=("guilt",))
    assert with_sign.reasons[0] == Reason(kind="after-level-3")


def test_an_item_without_an_id_does_not_hide_the_problems_after_it(tmp_path):
    # validate lists "every problem in that data": an item that is not one leaves the next ones.
    listing = refused(tmp_path, "resources.yaml", "resources:\n  - just text\n  - id: psychologist\n    fone: '1'\n")
    assert ":2: resources[0]" in listing
    assert ":4: resources[1].fone: unknown key" in listing


# --- the check-in's survivors of issue 28: the profile, the lines offered, comparing contacts -----
# README: "The check-in carries what the first assessment recorded about the professional ... The
# lines offered are those for their role (a nurse is not given the physicians' helpline), and when
# they had declined the internal resources the external lines come first and the check-in says to
# offer the internal ones again". The lines, in the order of data/resources.yaml: internal
# psychologist, occupational-medicine, house-of-psychology, quality-officer; external sps (all),
# cnom (physicians and interns), adop (pharmacists).
INTERNAL_LINES = ("psychologist", "occupational-medicine", "house-of-psychology", "quality-officer")


def after_first_assessment(guide, role, internal, **answers):
    first = Contact(kind="triage", date=EVENT, day=0, level=1, answers=CheckinAnswers())
    history = History(event_date=EVENT, contacts=(first,), profile=Profile(role=role, internal=internal))
    given = CheckinAnswers(**{"red_flags": (), "signs": (), "items": (), "trend": Trend.easing, **answers})
    return assess(guide, given, event_date=EVENT, today=EVENT + timedelta(days=3), history=history)


@pytest.mark.parametrize(
    ("role", "external"),
    [(Role.nurse, ("sps",)), (Role.physician, ("sps", "cnom")), (Role.pharmacist, ("sps", "adop"))],
)
def test_a_check_in_offers_the_lines_of_the_role_the_first_assessment_recorded(guide, role, external):
    accepted = after_first_assessment(guide, role, Internal.yes)
    assert accepted.profile == Profile(role=role, internal=Internal.yes)
    assert accepted.resources == INTERNAL_LINES + external and not accepted.external_first
    declined = after_first_assessment(guide, role, Internal.no)
    assert declined.resources == external + INTERNAL_LINES and declined.external_first


def test_internal_lines_declined_before_are_offered_again_accepted_ones_not_doubled(guide):
    # data/levels.yaml: `offer-internal-again` requires internal-declined-before (levels 1, 2);
    # `make-internal-known` (level 1) and `mobilise-internal` (level 2) are hidden by it;
    # `external-if-needed` (level 2) is hidden when they accepted the internal resources.
    declined = after_first_assessment(guide, Role.nurse, Internal.no)
    assert declined.level == 1
    assert "offer-internal-again" in declined.actions and "make-internal-known" not in declined.actions
    unknown = after_first_assessment(guide, Role.nurse, Internal.unknown, signs=("guilt",))
    accepted = after_first_assessment(guide, Role.nurse, Internal.yes, signs=("guilt",))
    assert unknown.level == accepted.level == 2
    assert "external-if-needed" in unknown.actions and "external-if-needed" not in accepted.actions


def test_comparing_two_contacts_covers_every_kind_asked_now():
    # A kind not asked now says nothing; every other kind is compared, each finding kept.
    before = CheckinAnswers(red_flags=("danger",), signs=("guilt", "anxiety"), items=("sleep",))
    now = CheckinAnswers(red_flags=None, signs=("guilt", "irritability"), items=("sleep", "coping-use"))
    seen = compare(now, before)
    assert [(f.kind, f.id) for f in seen.persisting] == [("sign", "guilt"), ("item", "sleep")]
    assert [(f.kind, f.id) for f in seen.new] == [("sign", "irritability"), ("item", "coping-use")]
    assert [(f.kind, f.id) for f in seen.gone] == [("sign", "anxiety")]
