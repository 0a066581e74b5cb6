"""Option values as the README documents them, typed here (issue 28: "every value the README or
the help documents"), and the refusal of a value that is not one: the option, the value and what
is accepted, as the user reads it.

README: "`--event-date` (`2026-03-27`, `27/03/2026`, `27/03` (this year, or last year if that day
is still to come), `today`, `yesterday`, `3 days ago`, `hier`, `avant-hier`, `il y a 3 jours`; the
same for every date option and prompt)". The expected days are counted here by hand.
"""

from datetime import date

import pytest

from secondvictim.errors import UsageError
from secondvictim.i18n import Key
from secondvictim.parsing import (
    parse_choice,
    parse_date,
    parse_steps,
    parse_support_used,
    parse_time,
    parse_trend,
)

TODAY = date(2026, 4, 1)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("today", date(2026, 4, 1)),
        ("yesterday", date(2026, 3, 31)),
        ("3 days ago", date(2026, 3, 29)),
        ("1 day ago", date(2026, 3, 31)),
        ("hier", date(2026, 3, 31)),
        ("avant-hier", date(2026, 3, 30)),
        ("il y a 3 jours", date(2026, 3, 29)),
        ("il y a 40 jours", date(2026, 2, 20)),
        ("27/03", date(2026, 3, 27)),  # this year
        ("27/12", date(2025, 12, 27)),  # still to come this year: last year
    ],
)
def test_every_documented_way_to_say_a_day(text, day):
    assert parse_date(text, today=TODAY) == day


def refusal(call, *args, **kwargs):
    with pytest.raises(UsageError) as info:
        call(*args, **kwargs)
    return info.value.message("en")


def test_a_day_too_long_ago_is_refused_with_the_option_and_the_value():
    # 9,999 days before 1 April 2026 is in 1999: before 2000, the earliest day read.
    said = refusal(parse_date, "9999 days ago", today=TODAY)
    assert said.startswith("--event-date: '9999 days ago'") and "too far in the past" in said


@pytest.mark.parametrize(
    ("call", "word", "said"),
    [
        (parse_trend, "sideways", "--trend: 'sideways' is not a known trend"),
        (parse_support_used, "maybe", "--support-used: 'maybe' is not a known answer"),
        (parse_time, "25h", "--alarm-time: '25h' is not a time"),
    ],
)
def test_an_unknown_word_is_refused_with_the_option_the_word_and_the_accepted_ones(call, word, said):
    message = refusal(call, word)
    assert message.startswith(said)
    accepted = {parse_trend: "easing, same, worse", parse_support_used: "yes, no, unknown", parse_time: "08:30"}[call]
    assert accepted in message


def test_an_unknown_choice_names_its_option_and_what_is_accepted():
    message = refusal(parse_choice, "purple", ["red", "green"], Key("checkin.what_trend"), "--colour")
    assert message.startswith("--colour: 'purple' is not a known trend") and "red, green" in message


def test_steps_with_and_without_a_date_in_the_guides_order():
    # README: "`--step ID` or `ID=DATE` (each repeatable, or `none`)"; a step is still to come, so
    # a day without a year is this year's or, once it has passed, next year's (the help of dates).
    valid = ["investigation-interview", "review-meeting", "complaint-letter"]
    steps = parse_steps(["complaint-letter", "review-meeting=27/03", "investigation-interview=2026-04-10"], valid,
                        today=TODAY)  # fmt: skip
    assert steps == (
        ("investigation-interview", date(2026, 4, 10)),
        ("review-meeting", date(2027, 3, 27)),
        ("complaint-letter", None),
    )
    assert parse_steps(["none"], valid, today=TODAY) == ()
    assert refusal(parse_steps, ["review-meeting=soon"], valid, today=TODAY).startswith("--step: 'soon' is not a date")
