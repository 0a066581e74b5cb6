"""The follow-up plan's dates and its words after a red flag, as the README states them (issue 28:
the mutation run found `--workdays` and the plan after a red flag unpinned in the everyday tier).

README: "one calendar reminder per follow-up step (same day, day 1, about day 3, 7 and 30)";
"`--workdays` moves such a reminder to the nearest working day that comes after the previous
contact (a Saturday's to the Friday, a Sunday's to the Monday, Christmas on a Friday to the
Thursday); the same-shift contact never moves, and the 24-48 hour contact never past 48 hours
(after a Friday event it stays on the Saturday, said as a weekend day)". The dates below are
counted by hand on a calendar.
"""

from datetime import date

import pytest

from secondvictim.followup import plan_after_red_flag, reminders

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
