"""The safety lines that benchmarks/hand_mutations.py broke without the everyday tier noticing.

Each expected value is written from the README or the header of a data file (quoted beside it),
never taken from the code: the whole space of answers is checked in the exhaustive tier, and these
few cases keep the lines pinned in the everyday one.
"""

from datetime import date, timedelta
from pathlib import Path

import pytest

from secondvictim.guide.merge import Assembly
from secondvictim.rules.checkin import CheckinAnswers, Upcoming, assess
from secondvictim.rules.choices import Trend
from secondvictim.rules.triage import Answers, recommend

EVENT = date(2026, 3, 2)  # a Monday


# --- the triage: the follow-up plan from level 1 up ---------------------------------------------
# README: the triage gives "the follow-up" with the action level; data/levels.yaml's
# `plan-followup` ("Plan the follow-up contacts below") is shown at levels 1, 2 and 3; at level 0
# ("Stay attentive") there is no support to trigger, so nothing to plan.
@pytest.mark.parametrize(
    ("answers", "level"),
    [
        (Answers(event=False), 0),
        (Answers(event=True), 1),
        (Answers(signs=("guilt",)), 2),
        (Answers(red_flags=("danger",)), 3),
    ],
    ids=["level-0", "level-1", "level-2", "level-3"],
)
def test_the_follow_up_plan_is_given_from_level_1_up(guide, answers, level):
    rec = recommend(guide, answers)
    assert rec.level == level
    every_step = tuple(step.id for step in guide.followup)
    assert rec.followup == (every_step if level >= 1 else ())


# --- the check-in: "one month" means from day 21 after the event on (data/checkin.yaml) ----------
def check_in(guide, day, **answers):
    given = CheckinAnswers(**{"red_flags": (), "signs": (), "items": (), **answers})
    return assess(guide, given, event_date=EVENT, today=EVENT + timedelta(days=day))


def test_day_20_is_not_yet_one_month_and_day_21_is(guide):
    # "2 ... at one month, a trend that is only 'the same' too (it persists)"; "1 otherwise".
    assert [check_in(guide, day, trend=Trend.same).level for day in (20, 21)] == [1, 2]
    # "At one month, anything still there ... recommends a professional assessment."
    assert [check_in(guide, day, trend=Trend.same).assessment for day in (20, 21)] == [False, True]
    # "0 the planned follow-up closes: at one month, the trend is easing" and nothing else.
    assert [check_in(guide, day, trend=Trend.easing).level for day in (20, 21)] == [1, 0]


def test_the_follow_up_does_not_close_with_a_process_step_still_to_come(guide):
    # "0 ... and no step of the event's processes still to come"; otherwise 1.
    assert check_in(guide, 30, trend=Trend.easing).closes
    with_step = check_in(guide, 30, trend=Trend.easing, steps=(Upcoming(id="review-meeting"),))
    assert with_step.level == 1 and not with_step.closes


# --- the merge: "each rule on the packaged data" (README, "What an institution may not change") ---
def test_the_protections_cover_the_packaged_items_not_the_institutions_own():
    # An institution's own level-3 action is its own: a later file of it may change or hide it,
    # while the packaged level-3 action beside it stays refused.
    packaged = {"id": "stay-with", "levels": [3], "text": {"en": "Stay with them."}}
    own = {"id": "call-the-on-call-manager", "levels": [3], "text": {"en": "Call the on-call manager."}}
    assembly = Assembly()
    assembly.add_file(Path("data/levels.yaml"), {"actions": [packaged]}, packaged=True)
    assembly.add_file(Path("mine/levels.yaml"), {"actions": [own]})
    assembly.add_file(
        Path("mine/more/levels.yaml"),
        {"actions": [{"id": own["id"], "text": {"en": "Call the manager on duty."}}]},
    )
    assert assembly.problems == []
    assert [a["text"]["en"] for a in assembly.data["actions"]] == ["Stay with them.", "Call the manager on duty."]
    assembly.add_file(Path("mine/last/levels.yaml"), {"actions": [{"id": "stay-with", "enabled": False}]})
    assert [key for _, key, _ in assembly.problems] == ["p.protected_level3"]


def test_the_contact_before_a_step_of_today_is_today_never_in_the_past(guide):
    # README: "a contact the day before and the day after each dated step ... never before today".
    today = EVENT + timedelta(days=3)
    result = check_in(guide, 3, trend=Trend.same, steps=(Upcoming(id="review-meeting", on=today),))
    assert [(c.moment, c.on) for c in result.step_contacts] == [("before", today), ("after", today + timedelta(days=1))]


def test_each_dated_step_adds_its_own_two_contacts(guide):
    # data/checkin.yaml: "Each upcoming process step adds a contact just before and just after it."
    first, second = EVENT + timedelta(days=10), EVENT + timedelta(days=20)
    steps = (Upcoming(id="review-meeting", on=first), Upcoming(id="complaint-letter", on=second))
    result = check_in(guide, 3, trend=Trend.same, steps=steps)
    assert [(c.step, c.on) for c in result.step_contacts] == [
        ("review-meeting", first - timedelta(days=1)),
        ("review-meeting", first + timedelta(days=1)),
        ("complaint-letter", second - timedelta(days=1)),
        ("complaint-letter", second + timedelta(days=1)),
    ]


def test_a_closing_check_in_plans_nothing_more_and_records_its_level(guide):
    # "0 the planned follow-up closes": on day 21 the day-30 contact is not planned any more.
    closing = check_in(guide, 21, trend=Trend.easing)
    assert closing.closes and closing.followup == ()
    # The contact kept in the summary (the next check-in's "previous") carries the level given.
    for result in (closing, check_in(guide, 3, signs=("guilt",)), check_in(guide, 3, red_flags=("danger",))):
        assert result.history[-1].level == result.level


def test_the_shift_of_the_event_is_over_from_day_2_on(guide):
    # data/levels.yaml: `after-first-day` is "a check-in from day 2 after the event on".
    actions = {day: check_in(guide, day, trend=Trend.same).actions for day in (1, 2)}
    assert "offer-adjusted-return" in actions[1] and "offer-gradual-return" not in actions[1]
    assert "offer-gradual-return" in actions[2] and "offer-adjusted-return" not in actions[2]
