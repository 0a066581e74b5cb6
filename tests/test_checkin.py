"""The check-in rule over every combination of answers, and reading the previous contact back.

The expected levels come from a decision table written from issue 13 and the rule stated at the
top of data/checkin.yaml, not from the code. Each property is checked over the whole space; a
test lists every case that breaks it, not only the first.
"""

import functools
import itertools
import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondvictim.errors import SummaryError
from secondvictim.guide.loader import assemble, load_guide, packaged_data_dir
from secondvictim.previous import read_history
from secondvictim.rules.checkin import (
    CheckinAnswers,
    Contact,
    Finding,
    History,
    Profile,
    Reason,
    Upcoming,
    assess,
    compare,
)
from secondvictim.rules.choices import Internal, Role, SupportUsed, Trend
from secondvictim.rules.triage import Answers, recommend

EVENT = date(2026, 3, 2)
# "'One month' means from day 21 after the event on" (the header of data/checkin.yaml): the
# documented value, written here, never imported from the code (issue 28).
ONE_MONTH = 21
STEP_DAY = date(2026, 4, 20)

# Small domains, each a chain: every value adds to the one before it (for the trend: from better
# to worse, "not asked" between easing and the same). None: not asked (for the red flags, between
# none and one: nothing can be concluded when they were not asked).
RED_FLAGS = [(), None, ("danger",), ("dark-thoughts", "danger")]
SIGNS = [None, (), ("guilt",), ("guilt", "medico-legal")]
TRENDS = [Trend.easing, None, Trend.same, Trend.worse]
ITEMS = [None, (), ("sleep",), ("sleep", "leaving")]
SUPPORT = [SupportUsed.yes, SupportUsed.unknown, SupportUsed.no]
STEPS = [
    None,
    (),
    (Upcoming(id="review-meeting"),),
    (Upcoming(id="review-meeting"), Upcoming(id="complaint-letter", on=STEP_DAY)),
]
DOMAINS = (RED_FLAGS, SIGNS, TRENDS, ITEMS, SUPPORT, STEPS)
DAYS = [0, 3, 7, 20, 21, 30]
PREVIOUS = [None, 0, 1, 2, 3]
# A case is the index of its value in each domain.
CASES = list(itertools.product(*(range(len(d)) for d in DOMAINS)))


@functools.cache
def answers_of(case):
    red_flags, signs, trend, items, support, steps = (d[i] for d, i in zip(DOMAINS, case, strict=True))
    return CheckinAnswers(
        red_flags=red_flags, signs=signs, trend=trend, items=items, support_used=support, steps=steps
    )


def history_at(level):
    """A previous triage at the event's day, at `level`, which saw the warning sign 'guilt'."""
    if level is None:
        return None
    answers = CheckinAnswers(signs=("guilt",))
    return History(
        event_date=EVENT, contacts=(Contact(kind="triage", date=EVENT, day=0, level=level, answers=answers),)
    )


@functools.cache
def results(day, previous):
    guide = load_guide()
    today = EVENT + timedelta(days=day)
    history = history_at(previous)
    return {
        case: assess(guide, answers_of(case), event_date=EVENT, today=today, history=history)
        for case in CASES
    }


# Every day and previous level is the exhaustive tier (`pytest -m exhaustive`); the everyday run
# keeps two: the first days after the event, and one month after a level-3 contact.
SAMPLE = {(3, None), (21, 3)}
SPACE = pytest.mark.parametrize(
    ("day", "previous"),
    [
        pytest.param(d, p, id=f"day{d}-previous{p}", marks=() if (d, p) in SAMPLE else pytest.mark.exhaustive)
        for d, p in itertools.product(DAYS, PREVIOUS)
    ],
)


def broken(day, previous, holds):
    """The cases (as answers) where `holds(answers, result)` is false."""
    return [
        answers_of(case).model_dump(mode="json")
        for case, result in results(day, previous).items()
        if not holds(answers_of(case), result)
    ]


# The level, as issue 13 and the header of data/checkin.yaml state it. Read from the top; the
# first row whose columns all match gives the level. ANY matches every value.
ANY = object()
#          red flag  sign or item  trend          one month  step to come  level
TABLE = [
    (True, ANY, ANY, ANY, ANY, 3),
    (False, True, ANY, ANY, ANY, 2),
    (False, False, Trend.worse, ANY, ANY, 2),
    (False, False, Trend.same, True, ANY, 2),
    (False, False, Trend.easing, True, False, 0),
    (False, False, ANY, ANY, ANY, 1),
]


def expected_level(answers, day, previous):
    row = (
        bool(answers.red_flags),
        bool(answers.signs or answers.items),
        answers.trend,
        day >= ONE_MONTH,
        bool(answers.steps),
    )
    level = next(
        lv for *cells, lv in TABLE if all(c is ANY or c == v for c, v in zip(cells, row, strict=True))
    )
    # "A worse trend never gives a lower level than the previous contact's."
    if answers.trend is Trend.worse and previous is not None:
        level = max(level, previous)
    # Issue 20: "Never 'none' unless asked": red flags not asked leave nothing to conclude, and the
    # follow-up does not close on them.
    if answers.red_flags is None:
        level = max(level, 1)
    # Issue 20: "After a level-3 contact, its level stays at least 2 until the support is
    # confirmed in place" (the support answer "yes" confirms it); it never closes.
    if previous == 3:
        level = max(level, 1 if answers.support_used is SupportUsed.yes else 2)
    return level


# What "persists" at one month (issue 13, the header of data/checkin.yaml): a red flag, a warning
# sign, a re-check item, or a trend heard as the same or worse (a trend not asked was not heard).
# Read from the top; the first row whose columns all match answers.
#             red flag  sign  item  trend        persists
PERSISTS = [
    (True, ANY, ANY, ANY, True),
    (ANY, True, ANY, ANY, True),
    (ANY, ANY, True, ANY, True),
    (ANY, ANY, ANY, Trend.same, True),
    (ANY, ANY, ANY, Trend.worse, True),
    (ANY, ANY, ANY, Trend.easing, False),
    (ANY, ANY, ANY, None, False),
]


def persists(answers):
    row = (bool(answers.red_flags), bool(answers.signs), bool(answers.items), answers.trend)
    return next(p for *cells, p in PERSISTS if all(c is ANY or c == v for c, v in zip(cells, row, strict=True)))


def test_the_space_is_complete():
    assert len(CASES) == 4 * 4 * 4 * 4 * 3 * 4 == 3072
    assert len({answers_of(c) for c in CASES}) == len(CASES)


@SPACE
def test_level_follows_the_decision_table(day, previous):
    assert broken(day, previous, lambda a, r: r.level == expected_level(a, day, previous)) == []


@SPACE
def test_any_red_flag_gives_level_3(day, previous):
    assert broken(day, previous, lambda a, r: not a.red_flags or r.level == 3) == []


@SPACE
def test_a_worse_trend_never_gives_less_than_the_previous_level(day, previous):
    assert broken(day, previous, lambda a, r: a.trend is not Trend.worse or r.level >= (previous or 0)) == []


@SPACE
def test_assessment_at_one_month_when_anything_persists(day, previous):
    assert broken(day, previous, lambda a, r: r.assessment == (day >= ONE_MONTH and persists(a))) == []


@SPACE
def test_closes_only_when_easing_with_nothing_persisting_at_one_month(day, previous):
    def holds(a, r):
        closes = (
            day >= ONE_MONTH
            and a.trend is Trend.easing
            and not persists(a)
            and not a.steps
            and previous != 3
            and a.red_flags is not None
        )
        return r.closes == closes == (r.level == 0) and (
            not closes
            or (r.reasons == (Reason(kind="closing"),) and r.followup == () and not r.remind_support)
        )

    assert broken(day, previous, holds) == []


def bigger(case, dimension):
    """The case with one more answer in `dimension`, or None at the end of its chain."""
    if case[dimension] + 1 == len(DOMAINS[dimension]):
        return None
    return (*case[:dimension], case[dimension] + 1, *case[dimension + 1 :])


@SPACE
def test_adding_an_answer_never_lowers_the_level(day, previous):
    here = results(day, previous)
    lower = [
        (answers_of(case).model_dump(mode="json"), dimension)
        for case in CASES
        for dimension in range(len(DOMAINS))
        if (more := bigger(case, dimension)) is not None and here[more].level < here[case].level
    ]
    assert lower == []
    # Nor does a more serious previous contact.
    if previous is not None and previous < 3:
        above = results(day, previous + 1)
        assert [answers_of(c).model_dump(mode="json") for c in CASES if above[c].level < here[c].level] == []


@SPACE
def test_adding_an_answer_never_withdraws_the_assessment(day, previous):
    here = results(day, previous)
    withdrawn = [
        (answers_of(case).model_dump(mode="json"), dimension)
        for case in CASES
        for dimension in range(len(DOMAINS))
        if (more := bigger(case, dimension)) is not None
        and here[case].assessment
        and not here[more].assessment
    ]
    assert withdrawn == []


@SPACE
def test_each_process_step_adds_a_contact_before_and_after_it(day, previous):
    today = EVENT + timedelta(days=day)

    def holds(a, r):
        wanted = []
        for step in a.steps or ():
            before = max(step.on - timedelta(days=1), today) if step.on else None
            after = step.on + timedelta(days=1) if step.on else None
            wanted += [(step.id, "before", before), (step.id, "after", after)]
        return [(c.step, c.moment, c.on) for c in r.step_contacts] == wanted

    assert broken(day, previous, holds) == []


@SPACE
def test_return_to_work_is_offered_at_levels_1_and_2_and_withdrawal_stays_at_3(day, previous):
    def holds(a, r):
        # The return to work is offered at levels 1 and 2: with cover for the rest of the shift
        # on the day of the event and the day after, without it from day 2 on.
        offered = "offer-adjusted-return" if r.day <= 1 else "offer-gradual-return"
        other = "offer-gradual-return" if r.day <= 1 else "offer-adjusted-return"
        return ("offer-adjusted-return" in r.actions or "offer-gradual-return" in r.actions) == (
            r.level in (1, 2)
        ) and (offered in r.actions or r.level not in (1, 2)) and other not in r.actions and (
            ("withdraw-from-activity" in r.actions) == (r.level == 3)
        )

    assert broken(day, previous, holds) == []


@SPACE
def test_what_every_check_in_carries(day, previous):
    planned = [("same-shift", 0), ("day-1-2", 1), ("day-3", 3), ("day-7", 7), ("day-30", 30)]

    def holds(a, r):
        return (
            r.day == day
            and r.emergency == ("samu", "emergency-112", "sms-114", "suicide-3114")
            and r.followup == (() if r.closes else tuple(i for i, d in planned if d > day))
            and r.remind_support == (not r.closes and a.support_used is not SupportUsed.yes)
            and (r.comparison is None) == (previous is None)
            and len(r.history) == (1 if previous is None else 2)
            and r.history[-1] == Contact(kind="checkin", date=r.date, day=day, level=r.level, answers=a)
        )

    assert broken(day, previous, holds) == []


def test_the_support_used_never_changes_the_level():
    here = results(30, 2)
    changed = [c for c in CASES if len({here[(*c[:4], s, c[5])].level for s in range(len(SUPPORT))}) != 1]
    assert changed == []


# Comparing with the previous contact.


def sign(i):
    return Finding(kind="sign", id=i)


def item(i):
    return Finding(kind="item", id=i)


@pytest.mark.parametrize(
    ("before", "now", "persisting", "new", "gone"),
    [
        (
            CheckinAnswers(signs=("guilt", "anxiety")),
            CheckinAnswers(signs=("guilt", "withdrawal")),
            [sign("guilt")],
            [sign("withdrawal")],
            [sign("anxiety")],
        ),
        # A previous triage asked no re-check item: every item is new.
        (CheckinAnswers(signs=()), CheckinAnswers(signs=(), items=("sleep",)), [], [item("sleep")], []),
        (
            CheckinAnswers(signs=(), items=("sleep", "leaving")),
            CheckinAnswers(signs=(), items=("leaving",)),
            [item("leaving")],
            [],
            [item("sleep")],
        ),
        # A red flag ended the questions: the signs noted before are not said to be gone.
        (
            CheckinAnswers(signs=("guilt",)),
            CheckinAnswers(red_flags=("danger",)),
            [],
            [Finding(kind="red-flag", id="danger")],
            [],
        ),
        (
            CheckinAnswers(red_flags=("danger",)),
            CheckinAnswers(signs=()),
            [],
            [],
            [Finding(kind="red-flag", id="danger")],
        ),
    ],
)
def test_persisting_new_and_gone(before, now, persisting, new, gone):
    comparison = compare(now, before)
    assert (list(comparison.persisting), list(comparison.new), list(comparison.gone)) == (
        persisting,
        new,
        gone,
    )


def test_a_level_3_contact_then_worse_stays_at_3_and_says_why(guide):
    history = history_at(3)
    result = assess(
        guide,
        CheckinAnswers(signs=(), trend=Trend.worse),
        event_date=EVENT,
        today=EVENT + timedelta(3),
        history=history,
    )
    assert result.level == 3
    assert result.reasons == (Reason(kind="worse-than-previous", id="3"), Reason(kind="worse"))
    assert {"immediate-danger", "activate-occupational-medicine", "withdraw-from-activity"} <= set(
        result.actions
    )


def test_a_check_in_before_the_event_is_refused(guide):
    with pytest.raises(ValueError):
        assess(guide, CheckinAnswers(), event_date=EVENT, today=EVENT - timedelta(1))


# Reading the previous contact back.

TODAY = EVENT + timedelta(days=30)


def triage_file(guide, answers, written=EVENT):
    """A triage summary as `triage -o x.json` writes it (the triage document)."""
    from secondvictim.commands.selection import triage_selection
    from secondvictim.commands.triage_view import triage_data
    from secondvictim.rules.followup import new_plan_id, reminders

    document = triage_data(
        guide,
        triage_selection(guide, recommend(guide, answers), reminders(guide, EVENT), written),
        "en",
        plan=new_plan_id(),
        event_date=EVENT,
        written=written,
        warnings=[],
    )
    return json.loads(json.dumps(document))


def checkin_file(*contacts, event_date=EVENT):
    """A check-in summary as `checkin -o x.json` writes it: the contacts, the last one this check-in."""
    last = contacts[-1]
    return {
        "schema": "secondvictim/checkin/1",
        "lang": "fr",
        "event_date": event_date.isoformat(),
        "written": last["date"],
        "day": last["day"],
        "level": last["level"],
        "answers": last["answers"],
        "history": list(contacts),
    }


def contact(kind, day, level, **answers):
    return {
        "kind": kind,
        "date": (EVENT + timedelta(days=day)).isoformat(),
        "day": day,
        "level": level,
        "answers": CheckinAnswers(**answers).model_dump(mode="json"),
    }


GOOD_CHECKIN = checkin_file(
    contact("triage", 0, 2, signs=["guilt"]),
    contact(
        "checkin",
        3,
        2,
        signs=["guilt"],
        trend="same",
        items=["sleep"],
        steps=[{"id": "review-meeting", "on": "2026-04-20"}],
    ),
)


def test_a_triage_summary_is_the_first_contact(guide):
    data = triage_file(
        guide,
        Answers(event=True, signs=("guilt",), role=Role.nurse, internal=Internal.no),
        EVENT + timedelta(1),
    )
    history = read_history(data, today=TODAY, event_date=EVENT)
    assert history == History(
        event_date=EVENT,
        contacts=(
            Contact(
                kind="triage",
                date=EVENT + timedelta(1),
                day=1,
                level=2,
                answers=CheckinAnswers(signs=("guilt",)),
            ),
        ),
        plan_id=data["plan_id"],
        # The role and the internal-resources answer are carried, as categories (issue 24).
        profile=Profile(role=Role.nurse, internal=Internal.no),
    )
    # Without --event-date, the summary gives it.
    assert read_history(data, today=TODAY) == history


def test_a_triage_that_a_red_flag_ended_asked_no_sign(guide):
    data = triage_file(guide, Answers(red_flags=("danger",)))
    previous = read_history(data, today=TODAY).previous
    assert (previous.level, previous.answers) == (3, CheckinAnswers(red_flags=("danger",), signs=None))


def test_a_triage_summary_with_its_schema_is_read(guide):
    data = {**triage_file(guide, Answers(event=True)), "schema": "secondvictim/triage/1", "lang": "en"}
    assert read_history(data, today=TODAY).previous.level == 1


def test_a_check_in_summary_gives_every_contact(guide):
    history = read_history(GOOD_CHECKIN, today=TODAY, event_date=EVENT)
    assert [(c.kind, c.day, c.level) for c in history.contacts] == [("triage", 0, 2), ("checkin", 3, 2)]
    assert history.previous.answers.steps == (Upcoming(id="review-meeting", on=date(2026, 4, 20)),)
    result = assess(
        guide,
        CheckinAnswers(signs=(), trend=Trend.easing, items=("sleep",)),
        event_date=EVENT,
        today=TODAY,
        history=history,
    )
    assert [(c.kind, c.day) for c in result.history] == [("triage", 0), ("checkin", 3), ("checkin", 30)]
    assert result.comparison.persisting == (item("sleep"),)
    assert result.comparison.gone == (sign("guilt"),)
    assert result.assessment and result.level == 2


def test_a_summary_holds_nothing_that_names_anyone(guide):
    # Whatever else a file holds is not carried into the history.
    data = {**GOOD_CHECKIN, "name": "Dr Martin", "notes": "told me about..."}
    history = read_history(data, today=TODAY)
    assert "Martin" not in history.model_dump_json()
    assert set(Contact.model_fields) == {"kind", "date", "day", "level", "answers"}


FOREIGN = [
    [],
    "a summary",
    None,
    {},
    {"warning_signs": [], "red_flags": []},  # signs --json
    {"schema": "secondvictim/signs/1", "lang": "en"},
    {**GOOD_CHECKIN, "schema": "someone-else/checkin/1"},
    {**GOOD_CHECKIN, "schema": 1},
    {"level": 2, "answers": {}},  # not the keys of a triage summary
]


@pytest.mark.parametrize("data", FOREIGN, ids=range(len(FOREIGN)))
def test_a_file_that_is_not_ours_is_refused(data):
    with pytest.raises(SummaryError) as info:
        read_history(data, today=TODAY)
    assert info.value.key == "checkin.err.foreign"


def test_a_newer_shape_is_refused():
    with pytest.raises(SummaryError) as info:
        read_history({**GOOD_CHECKIN, "schema": "secondvictim/checkin/5"}, today=TODAY)
    assert (info.value.key, info.value.values) == (
        "checkin.err.newer",
        {"path": "", "schema": "secondvictim/checkin/5"},
    )


def with_contact(index, **changes):
    history = [dict(c) for c in GOOD_CHECKIN["history"]]
    history[index] = {**history[index], **changes}
    return {**GOOD_CHECKIN, "history": history}


DAMAGED = [
    ({k: v for k, v in GOOD_CHECKIN.items() if k != "history"}, "history"),
    ({**GOOD_CHECKIN, "history": []}, "history"),
    ({**GOOD_CHECKIN, "level": "2"}, "level"),
    ({**GOOD_CHECKIN, "level": True}, "level"),
    ({**GOOD_CHECKIN, "level": 4}, "level"),
    ({**GOOD_CHECKIN, "written": "2026-02-30"}, "written"),
    ({**GOOD_CHECKIN, "written": 1775000000}, "written"),
    ({**GOOD_CHECKIN, "event_date": "02/03/2026"}, "event_date"),
    (with_contact(1, day=4), "history.1.day"),
    (with_contact(0, date="2026-03-09", day=7), "history.1.date"),
    (with_contact(1, level=3), "history"),
    (with_contact(1, kind="visit"), "history.1.kind"),
    (with_contact(1, answers={"signs": ["Bad Id"]}), "history.1.answers.signs.0"),
    (with_contact(1, answers={"signs": [], "mood": "low"}), "history.1.answers.mood"),
    (with_contact(1, answers={"trend": "better"}), "history.1.answers.trend"),
    (
        {
            "level": 1,
            "answers": {"red_flags": [], "signs": "guilt"},
            "event_date": "2026-03-02",
            "written": "2026-03-02",
        },
        "answers.signs",
    ),
    (
        {
            "level": 1,
            "answers": {"red_flags": [], "signs": []},
            "event_date": "2026-03-05",
            "written": "2026-03-02",
        },
        "event_date",
    ),
]


@pytest.mark.parametrize(("data", "field"), DAMAGED, ids=[f for _, f in DAMAGED])
def test_a_damaged_file_is_refused_and_says_where(data, field):
    with pytest.raises(SummaryError) as info:
        read_history(data, today=TODAY)
    assert (info.value.key, info.value.values) == ("checkin.err.damaged", {"path": "", "field": field})


@pytest.mark.parametrize(
    "data",
    [
        {**GOOD_CHECKIN, **with_contact(1, date="2026-04-10", day=39), "written": "2026-04-10", "day": 39},
        checkin_file(contact("checkin", 40, 1)),
    ],
    ids=["written-later", "whole-history-later"],
)
def test_a_file_from_the_future_is_refused(data):
    with pytest.raises(SummaryError) as info:
        read_history(data, today=TODAY)
    assert info.value.key == "checkin.err.future"
    assert info.value.values["today"] == TODAY


def test_a_triage_of_an_event_still_to_come_is_refused(guide):
    data = {**triage_file(guide, Answers(event=True)), "event_date": "2026-04-10", "written": "2026-04-10"}
    with pytest.raises(SummaryError) as info:
        read_history(data, today=TODAY)
    assert info.value.key == "checkin.err.future"


def test_a_file_for_another_event_is_refused():
    with pytest.raises(SummaryError) as info:
        read_history(GOOD_CHECKIN, today=TODAY, event_date=EVENT + timedelta(1))
    assert (info.value.key, info.value.values) == (
        "checkin.err.other_event",
        {"path": "", "found": EVENT, "given": EVENT + timedelta(1)},
    )


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(["2026-03-02", "secondvictim/checkin/1"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(GOOD_CHECKIN)), JSON)
def test_a_changed_value_is_read_or_refused_never_a_crash(key, value):
    try:
        read_history({**GOOD_CHECKIN, key: value}, today=TODAY)
    except SummaryError as exc:
        assert exc.key.startswith("checkin.err.")


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_anything_parsed_from_json_is_read_or_refused_never_a_crash(data):
    try:
        read_history(data, today=TODAY)
    except SummaryError as exc:
        assert exc.key.startswith("checkin.err.")


# The data.


def test_every_item_step_and_offer_names_its_source(guide):
    assert [i.id for i in guide.checkin_items] == [
        "sleep",
        "coming-back",
        "avoiding",
        "not-themselves",
        "coping-use",
        "guilt-not-easing",
        "leaving",
    ]
    assert [s.id for s in guide.process_steps] == [
        "investigation-interview",
        "review-meeting",
        "family-meeting",
        "complaint-letter",
        "return-to-setting",
    ]
    sourced = [*guide.checkin_items, *guide.process_steps]
    sourced += [guide.checkin_note, guide.process_note, guide.referral, guide.closing]
    assert [x for x in sourced if not x.source] == []
    # Return to work, offered not imposed: the triage's action, at levels 1 and 2.
    offer = next(a for a in guide.actions if a.id == "offer-adjusted-return")
    assert (
        offer.levels == (1, 2) and "Stress First Aid (Competence)" in offer.source and "SeViD" in offer.source
    )


def test_the_texts_say_what_the_issue_asks(guide):
    assert "psychotrauma centre (CRP)" in guide.referral.text["en"]
    assert "Diagnosing post-traumatic stress disorder is for a doctor or a psychologist" in guide.referral.text["en"]
    assert "centre régional du psychotraumatisme (CRP)" in guide.referral.text["fr"]
    assert "door stays open" in guide.closing.text["en"]
    assert "porte reste ouverte" in guide.closing.text["fr"]
    assert "no score" in guide.checkin_note.text["en"] and "diagnosis" in guide.checkin_note.text["en"]
    note = guide.process_note.text["en"]
    assert "who will contact them" in note and "legal advice" in note and "kept apart from the review" in note


def test_french_questions_say_vous(guide):
    questions = [i.question["fr"] for i in guide.checkin_items]
    assert all("vous" in q.lower() for q in questions)
    assert [q for q in questions if " tu " in f" {q.lower()} " or "-tu " in q] == []


def test_an_institution_adapts_the_items_by_id(tmp_path):
    folder = tmp_path / "inst"
    folder.mkdir()
    (folder / "checkin.yaml").write_text(
        "checkin_items:\n"
        "  - id: sleep\n"
        "    question:\n"
        "      fr: Et le sommeil, ces temps-ci ?\n"
        "  - id: leaving\n"
        "    enabled: false\n"
        "  - id: nightmares\n"
        "    question: {en: Any nightmares?, fr: Des cauchemars ?}\n"
        "    label: {en: Nightmares, fr: Cauchemars}\n"
        "process_steps:\n"
        "  - id: review-meeting\n"
        "    label: {en: CREX, fr: CREX du pôle}\n",
        encoding="utf-8",
    )
    guide = assemble(packaged_data_dir(), folder).guide
    items = {i.id: i for i in guide.checkin_items}
    assert "leaving" not in items and "nightmares" in items
    assert items["sleep"].question["fr"] == "Et le sommeil, ces temps-ci ?"
    assert items["sleep"].label["fr"] == "Sommeil encore perturbé"
    assert {s.id: s for s in guide.process_steps}["review-meeting"].label["fr"] == "CREX du pôle"


def test_duplicate_item_ids_are_a_problem(tmp_path):
    from secondvictim.guide.loader import DataError

    folder = tmp_path / "inst"
    folder.mkdir()
    (folder / "checkin.yaml").write_text(
        "process_steps:\n  - id: handover\n    label: {en: A}\n    say: {en: B}\n  - id: handover\n    label: {en: C}\n"
    )
    with pytest.raises(DataError) as info:
        assemble(packaged_data_dir(), folder)
    assert [p.field for p in info.value.problems] == ["process_steps[1].id"]


@pytest.mark.exhaustive
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_check_in_decision_fits_80_by_24_for_every_answer(lang):
    from secondvictim.commands.checkin_view import checkin_decision
    from secondvictim.render.terminal import layout

    from .test_screen import DECISION_ROWS

    guide = load_guide()
    too_long = []
    seen = set()
    for day, previous in itertools.product(DAYS, PREVIOUS):
        for case, result in results(day, previous).items():
            key = (result.level, result.reasons, result.actions, result.resources, result.assessment, result.day)
            if key in seen:
                continue
            seen.add(key)
            rows = len(layout(checkin_decision(guide, result, lang), 80, rich=True, lang=lang))
            if rows > DECISION_ROWS:
                too_long.append((rows, day, previous, answers_of(case).model_dump(mode="json")))
    assert too_long == []
    assert len(seen) > 100  # the answers reach many different decisions


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_check_in_decision_says_whom_to_call_and_why_in_one_paragraph(lang):
    from secondvictim.commands.checkin_view import checkin_decision
    from secondvictim.render.terminal import layout

    guide = load_guide()
    answers = CheckinAnswers(signs=("guilt", "medico-legal"), items=("sleep",), trend=Trend.same)
    result = assess(guide, answers, event_date=EVENT, today=EVENT + timedelta(days=30))
    text = "\n".join(line for line, _ in layout(checkin_decision(guide, result, lang), 80, rich=False, lang=lang))
    flat = " ".join(text.split())
    assert result.level == 2 and result.assessment
    if lang == "en":
        assert "Warning signs: Excessive guilt or rumination; Significant medico-legal concern." in flat
        assert "Reported by them:" in flat
        assert "Not easing, about one month after the event. Suggest an assessment" in flat
        assert "Not easing, about one month after the event." in flat
        assert "Whom to call:" in flat
    else:
        assert "Signes d'alerte : culpabilité excessive ou ruminations ; inquiétude médico-légale importante." in flat
        assert "Rapporté par la personne :" in flat
        assert "Pas d'apaisement, environ un mois après l'événement. Proposez une évaluation" in flat
        assert "Pas d'apaisement, environ un mois après l'événement." in flat
        assert "Qui appeler :" in flat
    assert "0805 23 23 36" in flat and "15" in flat and "112" in flat
    # Day 30 is "about one month": never "one month or more" yet.
    assert "one month or more after the event" not in flat and "un mois ou plus après" not in flat


def test_after_a_level_3_contact_the_follow_up_does_not_close_on_good_news(guide):
    from secondvictim.commands.checkin_view import checkin_decision
    from secondvictim.render.terminal import plain_text

    calm = CheckinAnswers(signs=(), items=(), trend=Trend.easing, steps=(), support_used=SupportUsed.yes)
    result = assess(guide, calm, event_date=EVENT, today=EVENT + timedelta(days=23), history=history_at(3))
    assert (result.level, result.closes) == (1, False)
    assert result.reasons[0] == Reason(kind="after-level-3")
    text = " ".join(plain_text(checkin_decision(guide, result, "en"), "en").split())
    assert "An earlier contact was at level 3 (a red flag)." in text
    assert "Is the specialised support in place? Ask again about dark thoughts." in text
    # Without that previous contact, the same answers close the follow-up.
    assert assess(guide, calm, event_date=EVENT, today=EVENT + timedelta(days=23), history=history_at(2)).closes


def test_nothing_left_to_plan_means_agree_on_the_next_contact(guide):
    from secondvictim.commands.checkin_view import checkin_decision
    from secondvictim.render.terminal import plain_text

    answers = CheckinAnswers(signs=("guilt",), items=(), trend=Trend.same, steps=())
    late = assess(guide, answers, event_date=EVENT, today=EVENT + timedelta(days=38))
    assert late.followup == () and "plan-followup" not in late.actions
    text = " ".join(plain_text(checkin_decision(guide, late, "en"), "en").split())
    assert "No planned contact is left: agree together when you will next talk." in text
    early = assess(guide, answers, event_date=EVENT, today=EVENT + timedelta(days=10))
    assert "plan-followup" in early.actions


# --- review M19: drinking or using something more to cope has its own action ------------------


@pytest.mark.parametrize("day", [3, 7, 30])
def test_coping_use_gets_an_occupational_medicine_action(guide, day):
    today = EVENT + timedelta(days=day)
    used = assess(guide, CheckinAnswers(signs=(), trend=Trend.same, items=("coping-use",)), event_date=EVENT, today=today)
    other = assess(guide, CheckinAnswers(signs=(), trend=Trend.same, items=("sleep",)), event_date=EVENT, today=today)
    assert used.level == 2 and "coping-use-occupational-medicine" in used.actions
    assert "coping-use-occupational-medicine" not in other.actions
    action = next(a for a in guide.actions if a.id == "coping-use-occupational-medicine")
    # Occupational medicine, for their health and for patients; impaired at work is a red flag.
    assert "occupational health" in action.text["en"] and "red flag" in action.text["en"]
    assert "médecine du travail" in action.text["fr"] and "signe de gravité" in action.text["fr"]
    assert action.source and "INRS" in action.source


def test_coping_use_action_on_the_check_in_screen(run):
    args = ("checkin", "--event-date", "2026-11-30", "--red-flag", "none", "--sign", "none", "--trend", "same")
    args += ("--support-used", "yes", "--step", "none")
    fr = " ".join(run("--lang", "fr", *args, "--item", "coping-use").stdout.split())
    assert "Consommation pour tenir le coup : proposez la médecine du travail" in fr.replace("\u00a0", " ")
    en = " ".join(run(*args, "--item", "sleep").stdout.split())
    assert "Drinking or using" not in en
    # A check-in answer's action, like the other check-in-only ones: not on the pocket card.
    assert "Drinking or using" not in run("card").stdout
