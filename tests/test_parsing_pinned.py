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
    choices_named,
    parse_choice,
    parse_date,
    parse_ids,
    parse_internal,
    parse_numbers,
    parse_steps,
    parse_support_used,
    parse_time,
    parse_trend,
    phrases_in,
    suggestion,
)
from secondvictim.rules.choices import Internal

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


# The survivors of issue 28's mutation run over `parsing`, each pinned from what the README, the
# help or the module's own documented rules say (the oracles are written here by hand).


def test_full_width_digits_and_quotes_around_a_word_count_as_typed():
    # parsing's rule: "digits from another script (full-width) count"; "0" is a word for none.
    # A value typed in quotes at a prompt ('yes') is the word itself.
    assert parse_ids(["\uff10"], ["guilt"], Key("what.sign"), "--sign") == ()
    assert parse_internal("'unknown'") is Internal.unknown
    assert parse_internal("yes-") is Internal.yes


def test_a_far_word_gets_no_suggestion():
    # "cadre" is not a misspelt "iade" (near spellings only); "nurze" is a misspelt "nurse".
    assert suggestion("cadre", ["iade", "nurse"]) is None
    assert suggestion("nurze", ["iade", "nurse"]) == "nurse"


def test_a_part_naming_a_choice_by_its_whole_name():
    # A part that names one choice whole counts, even when each of its words names several.
    names = ["guilt", "sleep problems", "eating problems", "sad"]
    assert choices_named("guilt", names) == [0]
    assert choices_named("sleep problems", names) == [1]
    # Parts separated by commas or semicolons, with or without a space.
    assert choices_named("guilt;sad", names) == [0, 3]
    assert choices_named("guilt,sad", names) == [0, 3]
    # A word of three letters names its choice on its own; of two letters, nothing.
    assert choices_named("guilt sad", names) == [0, 3]
    assert choices_named("guilt no", names) is None


def test_an_answer_naming_nothing_is_refused_not_read_as_none():
    # A bare comma names no warning sign: it is refused (only `none` means none).
    with pytest.raises(UsageError):
        parse_ids([","], ["guilt", "anxiety"], Key("what.sign"), "--sign", names=["guilt", "anxiety"],
                  phrases=[["feels guilty"], ["cannot sleep"]])  # fmt: skip


def test_a_phrase_in_a_sentence_of_three_words_at_its_start_or_after_a_negation():
    phrases = [["en finir"]]
    assert phrases_in("veut en finir", phrases) == [0]  # three words: a sentence
    assert phrases_in("en finir", phrases) == []  # two words: not a sentence
    assert phrases_in("en finir ou pas", phrases) == [0]  # at the start: no negation before it
    assert phrases_in("pas en finir maintenant", phrases) == []  # just after a negation


def test_a_day_from_2000_to_the_end_of_next_year():
    # "From 2000 to a year ahead": 1 January 2000 is read, so is 31 December of next year;
    # 1 January of the year after is "too far in the future".
    assert parse_date("01/01/2000", today=TODAY) == date(2000, 1, 1)
    days = (TODAY - date(2000, 1, 1)).days  # counted by the calendar, not by the code
    assert parse_date(f"{days} days ago", today=TODAY) == date(2000, 1, 1)
    assert parse_date("31/12/2027", today=TODAY) == date(2027, 12, 31)
    for late in ("01/01/2028", "02/01/2028", "01/02/2028"):
        assert "too far in the past or in the future" in refusal(parse_date, late, today=TODAY)


def test_a_day_and_month_today_and_the_29th_of_february():
    # DD/MM is "the nearest such day on the side of today": today itself is on both sides.
    assert parse_date("01/04", today=TODAY) == TODAY
    assert parse_date("01/04", today=TODAY, past=False) == TODAY
    # 29/02 outside a leap year: the other year may have it (2028 is a leap year).
    assert parse_date("29/02", today=date(2029, 3, 1)) == date(2028, 2, 29)
    assert parse_date("29/02", today=date(2027, 3, 1), past=False) == date(2028, 2, 29)
    # None on the right side: refused with the option and the value.
    assert refusal(parse_date, "29/02", today=TODAY) == "--event-date: '29/02' does not exist in the calendar."
    assert refusal(parse_date, "29/02", "--step", today=TODAY, past=False).startswith("--step: '29/02' does not")


def test_a_time_that_is_not_written_as_one_names_the_option_and_the_value():
    assert refusal(parse_time, "nine") == "--alarm-time: 'nine' is not a time. Write it as 08:30."


def test_an_unknown_step_names_the_option_and_what_a_step_is():
    said = refusal(parse_steps, ["review"], ["review-meeting"], today=TODAY)
    assert said.startswith("--step: 'review' is not a known process step")


@pytest.mark.parametrize(("typed", "read"), [("1", [0]), ("01", [0]), ("001", [0]), ("0001", None), ("1 0003", None)])
def test_a_menu_number_is_typed_as_shown(typed, read):
    # The menus number their answers 1, 2, 3... (a few digits): four digits are not a menu
    # number (a year, a time or a phone fragment typed at the wrong question), so the question
    # is asked again rather than an answer guessed.
    assert parse_numbers(typed, 11) == read
