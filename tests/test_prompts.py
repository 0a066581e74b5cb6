"""Asking: numbered choices and yes/no in both languages, answers as people type them, and
answers that are not understood (asked again, never a crash)."""

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondvictim.errors import InputEnded, UsageError
from secondvictim.prompts import Asker, Given, Invalid, complete, many, one, yes_no
from secondvictim.rules.choices import Internal, Role


@pytest.mark.parametrize("word", ["y", "Y", "yes", "YES", "o", "oui", "Oui", " oui "])
def test_yes_words(word):
    assert yes_no(word) is True


@pytest.mark.parametrize("word", ["n", "no", "No", "non", "NON"])
def test_no_words(word):
    assert yes_no(word) is False


@pytest.mark.parametrize("word", ["", "maybe", "si", "ja", "²"])
def test_other_words_are_not_understood(word):
    with pytest.raises(Invalid):
        yes_no(word)


@pytest.mark.parametrize(
    ("raw", "indexes"),
    [("", []), ("1", [0]), ("1,3", [0, 2]), ("3, 1", [0, 2]), ("2 4", [1, 3]), ("2,2", [1]), ("1;5", [0, 4])],
)
def test_numbers(raw, indexes):
    assert many(raw, 5) == indexes


@pytest.mark.parametrize("raw", ["no", "none", "0", "n", "non", "aucun", "Aucune", "NONE"])
def test_words_for_none_answer_a_several_choice_question(raw):
    assert many(raw, 5) == []


@pytest.mark.parametrize("raw", ["6", "1,x", "-1", "1.5", "one", "²", "1²", "１２"])
def test_numbers_out_of_range_or_not_numbers(raw):
    with pytest.raises(Invalid):
        many(raw, 5)


def test_full_width_digits_are_digits():
    assert many("１,３", 5) == [0, 2]


def test_one_number():
    assert one("", 3, default=2) == 2
    assert one("2", 3, default=0) == 1
    with pytest.raises(Invalid):
        one("1,2", 3, default=0)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_no_typed_answer_can_raise_anything_but_invalid(raw):
    for parse in (lambda r: many(r, 5), lambda r: one(r, 8, 7), yes_no):
        with contextlib.suppress(Invalid):
            parse(raw)


def asker(answers, lang="en"):
    out = io.StringIO()
    return Asker(lang=lang, out=out, inp=io.StringIO(answers)), out


def test_a_wrong_answer_is_asked_again():
    ask, out = asker("maybe\noui\n")
    assert ask.yes_no("Question?") is True
    assert out.getvalue() == "\nQuestion? [y/n]\n> Please answer y (yes) or n (no).\n> "


def test_end_of_input_raises_input_ended():
    ask, _ = asker("")
    with pytest.raises(InputEnded):
        ask.yes_no("Question?")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("non\n", Internal.no), ("2\n", Internal.no), ("y\n", Internal.yes), ("\n", Internal.unknown), ("3\n", Internal.unknown)],
)
def test_internal_question_accepts_words_and_numbers(guide, typed, expected):
    ask, _ = asker(typed)
    answers = complete(guide, Given(red_flags=(), event=True, situations=(), signs=(), role=Role.nurse), ask)
    assert answers.internal is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3\n", Role.nurse),
        ("nurse\n", Role.nurse),
        ("Infirmière\n", Role.nurse),
        ("IDE\n", Role.nurse),
        ("médecin\n", Role.physician),
        ("doctor\n", Role.physician),
        ("sage-femme\n", Role.midwife),
        ("Sage femme\n", Role.midwife),
        ("interne\n", Role.intern),
        ("étudiante\n", Role.student),
        ("\n", Role.unknown),
    ],
)
def test_role_question_takes_numbers_and_names(guide, typed, expected):
    ask, _ = asker(typed)
    answers = complete(
        guide, Given(red_flags=(), event=True, situations=(), signs=(), internal=Internal.yes), ask
    )
    assert answers.role is expected


def test_role_question_does_not_take_yes_for_a_role(guide):
    ask, out = asker("yes\n3\n")
    answers = complete(
        guide, Given(red_flags=(), event=True, situations=(), signs=(), internal=Internal.yes), ask
    )
    assert answers.role is Role.nurse
    assert "Please type one number between 1 and 9, or press Enter." in out.getvalue()


def test_red_flag_ends_the_questions(guide):
    ask, out = asker("3\n")
    answers = complete(guide, Given(), ask)
    assert answers.red_flags == ("dark-thoughts",)
    assert out.getvalue().count("> ") == 1


@pytest.mark.parametrize("typed", ["no", "none", "0", "non", "aucun"])
def test_no_red_flag_in_words_goes_on_to_the_event(guide, typed):
    ask, _ = asker(f"{typed}\nn\nnon\nnon\n")
    answers = complete(guide, Given(), ask)
    assert answers.red_flags == () and answers.event is False


def test_only_missing_questions_are_asked(guide):
    ask, out = asker("1\n")
    answers = complete(
        guide, Given(red_flags=(), event=False, situations=(), signs=("guilt",), internal=Internal.yes), ask
    )
    assert answers.role is Role.physician
    assert "role" in out.getvalue() and "red flag" not in out.getvalue()


def test_at_level_0_role_and_internal_resources_are_not_asked(guide):
    ask, out = asker("\nn\n\n\n")
    answers = complete(guide, Given(), ask)
    assert (answers.event, answers.situations, answers.signs) == (False, (), ())
    assert "role" not in out.getvalue() and "internal resources" not in out.getvalue()
    assert out.getvalue().count("> ") == 4


def test_situations_are_asked_after_the_event_and_count_as_level_1(guide):
    ask, out = asker("\nn\n1, 11\n\n3\n\n")
    answers = complete(guide, Given(), ask)
    assert (answers.event, answers.situations) == (False, ("paediatric-event", "staff-death"))
    text = out.getvalue()
    assert text.index("serious event during care") < text.index("Does one of these situations apply?")
    assert text.index("Does one of these situations apply?") < text.index("warning signs")
    # A situation is a reason for support: the role and the internal resources are asked.
    assert answers.role is Role.nurse and "internal resources" in text


def test_without_terminal_a_situation_needs_no_event_answer(guide):
    answers = complete(guide, Given(situations=("staff-death",)), None)
    assert (answers.event, answers.situations) == (None, ("staff-death",))


def test_without_terminal_absent_means_none_or_unknown(guide):
    answers = complete(guide, Given(event=True), None)
    # Red flags not given are not asked: None, never "none" (issue 20, item 7).
    assert (answers.red_flags, answers.signs, answers.role, answers.internal) == (
        None,
        (),
        Role.unknown,
        Internal.unknown,
    )


def test_without_terminal_the_event_answer_is_required(guide):
    with pytest.raises(UsageError):
        complete(guide, Given(), None)
    assert complete(guide, Given(red_flags=("danger",)), None).red_flags == ("danger",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("suicide", ("dark-thoughts",)),
        ("dark thoughts", ("dark-thoughts",)),
        ("dark-thoughts", ("dark-thoughts",)),
        ("idées noires", ("dark-thoughts",)),
        ("Détresse", ("severe-distress",)),
        ("distress, patients", ("severe-distress", "danger")),
        # Several choices separated by spaces, as numbers are, one word each.
        ("suicide danger", ("dark-thoughts", "danger")),
        ("détresse désorganisation", ("severe-distress", "major-disorganisation")),
    ],
)
def test_red_flags_can_be_named_in_words(guide, typed, expected):
    ask, _ = asker(f"{typed}\n")
    assert complete(guide, Given(), ask).red_flags == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("guilt medico-legal", ("guilt", "medico-legal")),
        ("guilt, anxiety", ("guilt", "anxiety")),
        ("culpabilité anxiété", ("guilt", "anxiety")),
        ("isolation guilt", ("withdrawal", "guilt")),
    ],
)
def test_warning_signs_can_be_named_in_words(guide, typed, expected):
    ask, _ = asker(f"\nyes\n\n{typed}\n\n\n")
    assert complete(guide, Given(), ask).signs == expected


@pytest.mark.parametrize("typed", ["ou", "something else", "no guilt", "guilt something", "distress or"])
def test_words_that_name_no_choice_or_several_are_asked_again(guide, typed):
    ask, out = asker(f"{typed}\n3\n")
    assert complete(guide, Given(), ask).red_flags == ("dark-thoughts",)
    assert "Please type numbers between 1 and 4" in out.getvalue()


def test_a_check_in_understands_red_flags_in_words_as_the_triage_does(guide):
    from datetime import date

    from secondvictim.checkin_prompts import CheckinGiven, complete_checkin

    ask, _ = asker("idées noires\n")
    assert complete_checkin(guide, CheckinGiven(), ask, date(2026, 3, 4)).red_flags == ("dark-thoughts",)
