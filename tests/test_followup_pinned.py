"""The follow-up plan's dates and its words after a red flag, as the README states them (issue 28:
the mutation run found `--workdays` and the plan after a red flag unpinned in the everyday tier).

README: "one calendar reminder per follow-up step (same day, day 1, about day 3, 7 and 30)";
"`--workdays` moves such a reminder to the nearest working day that comes after the previous
contact (a Saturday's to the Friday, a Sunday's to the Monday, Christmas on a Friday to the
Thursday); the same-shift contact never moves, and the 24-48 hour contact never past 48 hours
(after a Friday event it stays on the Saturday, said as a weekend day)". The dates below are
counted by hand on a calendar.
"""

from datetime import date, timedelta

import pytest

from secondvictim.rules.checkin import CheckinAnswers, Upcoming, assess
from secondvictim.rules.choices import Trend
from secondvictim.rules.followup import checkin_reminders, plan_after_red_flag, reminders

D = date


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # Friday 27 March 2026: day 1 stays on the Saturday (48 hours), day 30 (a Sunday) to Monday.
        (D(2026, 3, 27), [D(2026, 3, 27), D(2026, 3, 28), D(2026, 3, 30), D(2026, 4, 3), D(2026, 4, 27)]),
        # Wednesday 25 March 2026: day 3 (a Saturday) to the Friday, after the Thursday's contact.
        (D(2026, 3, 25), [D(2026, 3, 25), D(2026, 3, 26), D(2026, 3, 27), D(2026, 4, 1), D(2026, 4, 24)]),
        # Friday 18 December 2026: day 7 is Christmas, a Friday: the Thursday; day 30 a Sunday.
        (D(2026, 12, 18), [D(2026, 12, 18), D(2026, 12, 19), D(2026, 12, 21), D(2026, 12, 24), D(2027, 1, 18)]),
        # Sunday 29 March 2026: the same-shift contact stays on the Sunday; day 7 is Easter Sunday
        # (5 April 2026) and the Monday after it a public holiday: the Friday before.
        (D(2026, 3, 29), [D(2026, 3, 29), D(2026, 3, 30), D(2026, 4, 1), D(2026, 4, 3), D(2026, 4, 28)]),
    ],
    ids=["friday-event", "saturday-to-friday", "christmas-on-a-friday", "sunday-event-and-easter"],
)
def test_workdays_move_each_reminder_as_documented(guide, event, expected):
    plan = reminders(guide, event, workdays=True)
    assert [r.day for r in plan] == expected
    # Without --workdays every reminder is on its day: same day, day 1, 3, 7 and 30.
    assert [(r.day - event).days for r in reminders(guide, event)] == [0, 1, 3, 7, 30]


def test_after_a_red_flag_every_later_contact_starts_with_the_check(guide):
    # README: "the same-shift contact checks that the specialised support has taken over and that
    # they are not going home alone, the 24-48 hour contact checks that it is in place and asks
    # again about dark thoughts, day 3 and day 7 start with the same check, and day 30 asks that
    # support whether to refer them on rather than referring them again".
    plan = plan_after_red_flag(guide)
    steps = {step.id: step.what["en"] for step in plan.followup}
    usual = {step.id: step.what["en"] for step in guide.followup}
    assert "specialised support has taken over" in steps["same-shift"]
    assert "not going home alone" in steps["same-shift"]
    assert "specialised support is in place" in steps["day-1-2"] and "dark thoughts" in steps["day-1-2"]
    for lang, first in (("en", "After the red flag: first check that the specialised support"),
                        ("fr", "Après le signe de gravité : vérifiez d'abord que le soutien spécialisé")):  # fmt: skip
        whats = {step.id: step.what[lang] for step in plan.followup}
        assert [whats[day].startswith(first) for day in ("day-3", "day-7", "day-30")] == [True, True, True]
    # What day 3 and day 7 do is still said, after the check; day 30 does not refer again.
    assert all(steps[day].endswith(usual[day]) for day in ("day-3", "day-7"))
    assert "refer them for a professional assessment" not in steps["day-30"]


# --- after a check-in: the reminders around a dated step (issue 28's survivors of
# `checkin_reminders` and `_working_day_around`). README: "`--followup-ics FILE` (the reminders
# still to come, and a contact the day before and the day after each dated step)"; with
# `--workdays` (off unless given) a planned reminder moves off weekends and public holidays, and a
# contact around a step to the working day before it (never before today) or after it.
# Dates counted by hand on a calendar (no public holiday in March 2026 in France).
MONDAY = D(2026, 3, 2)


def checked_in(guide, event, today, steps=()):
    answers = CheckinAnswers(red_flags=(), signs=(), items=(), trend=Trend.same, steps=steps)
    return assess(guide, answers, event_date=event, today=today)


def around(reminders_made):
    return {r.step.id: r.day for r in reminders_made if r.step.id.startswith("investigation-interview")}


def test_the_contacts_around_a_weekend_step_move_to_working_days(guide):
    # A step on Saturday 14 March: the contact before it on Friday 13, the one after it (Sunday 15)
    # to Monday 16. A step on Sunday 15: before it Saturday 14 to Friday 13, after it Monday 16.
    saturday = checked_in(guide, MONDAY, D(2026, 3, 5), (Upcoming(id="investigation-interview", on=D(2026, 3, 14)),))
    assert around(checkin_reminders(guide, saturday, workdays=True)) == {
        "investigation-interview-before": D(2026, 3, 13),
        "investigation-interview-after": D(2026, 3, 16),
    }
    assert around(checkin_reminders(guide, saturday)) == {
        "investigation-interview-before": D(2026, 3, 13),
        "investigation-interview-after": D(2026, 3, 15),
    }
    sunday = checked_in(guide, MONDAY, D(2026, 3, 5), (Upcoming(id="investigation-interview", on=D(2026, 3, 15)),))
    assert around(checkin_reminders(guide, sunday, workdays=True)) == {
        "investigation-interview-before": D(2026, 3, 13),
        "investigation-interview-after": D(2026, 3, 16),
    }


def test_the_contact_before_a_weekend_step_may_move_to_today_never_before(guide):
    # Checked in on Friday 13 March, a step on Sunday 15: the contact before it is today, Friday.
    friday = checked_in(guide, MONDAY, D(2026, 3, 13), (Upcoming(id="investigation-interview", on=D(2026, 3, 15)),))
    assert around(checkin_reminders(guide, friday, workdays=True))["investigation-interview-before"] == D(2026, 3, 13)


def test_the_planned_reminders_move_only_with_workdays(guide):
    # Event on Friday 27 March 2026, checked in on day 3: day 7 is Friday 3 April, day 30 Sunday
    # 26 April, moved to Monday 27 with --workdays only.
    result = checked_in(guide, D(2026, 3, 27), D(2026, 3, 30))
    assert [r.day for r in checkin_reminders(guide, result)] == [D(2026, 4, 3), D(2026, 4, 26)]
    assert [r.day for r in checkin_reminders(guide, result, workdays=True)] == [D(2026, 4, 3), D(2026, 4, 27)]


def test_a_contact_from_the_event_day_to_a_year_after_is_reminded(guide):
    # Checked in on the day of the event, a step the next day: the contact before it is today
    # (day 0). A step 364 days after the event: its contact after is day 365, within the year.
    tomorrow = checked_in(guide, MONDAY, MONDAY, (Upcoming(id="investigation-interview", on=D(2026, 3, 3)),))
    assert around(checkin_reminders(guide, tomorrow))["investigation-interview-before"] == MONDAY
    late = MONDAY + timedelta(days=364)
    year = checked_in(guide, MONDAY, D(2026, 3, 5), (Upcoming(id="investigation-interview", on=late),))
    assert around(checkin_reminders(guide, year))["investigation-interview-after"] == MONDAY + timedelta(days=365)


def test_a_contact_around_a_step_has_its_words_in_each_language(guide):
    result = checked_in(guide, MONDAY, D(2026, 3, 5), (Upcoming(id="investigation-interview", on=D(2026, 3, 12)),))
    before = next(r for r in checkin_reminders(guide, result) if r.step.id == "investigation-interview-before")
    # The words of data/checkin.yaml (the step's label and what to say, the process note).
    assert before.step.title["en"] == "before the step: Interview for the investigation of the event"
    assert before.step.title["fr"].startswith("avant l'étape") and "Entretien pour l'analyse" in before.step.title["fr"]
    assert before.step.what["en"].startswith("Tell them who will interview them") and "Around each step" in before.step.what["en"]
    assert before.step.what["fr"].startswith("Dites-lui qui mènera") and "Autour de chaque étape" in before.step.what["fr"]
