"""Asking: numbered choices and yes/no in both languages, and answers that are not understood."""

import io

import pytest

from secondvictim.choices import Internal, Role
from secondvictim.prompts import (
    Asker,
    Given,
    Invalid,
    MissingEvent,
    complete,
    parse_numbers,
    parse_one,
    parse_yes_no,
)


@pytest.mark.parametrize("word", ["y", "Y", "yes", "YES", "o", "oui", "Oui", " oui "])
def test_yes_words(word):
    assert parse_yes_no(word) is True


@pytest.mark.parametrize("word", ["n", "no", "No", "non", "NON"])
def test_no_words(word):
    assert parse_yes_no(word) is False


@pytest.mark.parametrize("word", ["", "maybe", "si", "1", "ja"])
def test_other_words_are_not_understood(word):
    with pytest.raises(Invalid):
        parse_yes_no(word)


@pytest.mark.parametrize(
    ("raw", "indexes"),
    [("", []), ("1", [0]), ("1,3", [0, 2]), ("3, 1", [0, 2]), ("2 4", [1, 3]), ("2,2", [1]), ("1;5", [0, 4])],
)
def test_numbers(raw, indexes):
    assert parse_numbers(raw, 5) == indexes


@pytest.mark.parametrize("raw", ["0", "6", "1,x", "-1", "1.5", "one"])
def test_numbers_out_of_range_or_not_numbers(raw):
    with pytest.raises(Invalid):
        parse_numbers(raw, 5)


def test_one_number():
    assert parse_one("", 3) is None
    assert parse_one("2", 3) == 1
    with pytest.raises(Invalid):
        parse_one("1,2", 3)


def asker(answers):
    out = io.StringIO()
    return Asker(out=out, inp=io.StringIO(answers)), out


def test_a_wrong_answer_is_asked_again():
    ask, out = asker("maybe\noui\n")
    assert ask.yes_no("Question?") is True
    assert out.getvalue() == "\nQuestion? [y/n]\n> Please answer y (yes) or n (no).\n> "


def test_end_of_input_raises_eoferror():
    ask, _ = asker("")
    with pytest.raises(EOFError):
        ask.yes_no("Question?")


def test_internal_question_accepts_words_and_numbers(guide):
    for typed, expected in [
        ("non\n", Internal.no),
        ("2\n", Internal.no),
        ("y\n", Internal.yes),
        ("\n", Internal.unknown),
        ("3\n", Internal.unknown),
    ]:
        ask, _ = asker(typed)
        answers = complete(guide, Given(red_flags=(), event=True, signs=(), role=Role.nurse), ask)
        assert answers.internal is expected, typed


def test_role_question_does_not_take_yes_for_a_number(guide):
    ask, out = asker("yes\n3\n")
    answers = complete(guide, Given(red_flags=(), event=True, signs=(), internal=Internal.yes), ask)
    assert answers.role is Role.nurse
    assert "Please type one number between 1 and 8, or press Enter." in out.getvalue()


def test_red_flag_ends_the_questions(guide):
    ask, out = asker("3\n")
    answers = complete(guide, Given(), ask)
    assert answers.red_flags == ("dark-thoughts",)
    assert out.getvalue().count("> ") == 1


def test_only_missing_questions_are_asked(guide):
    ask, out = asker("1\n")
    answers = complete(guide, Given(red_flags=(), event=False, signs=("guilt",), internal=Internal.yes), ask)
    assert answers.role is Role.physician
    assert "role" in out.getvalue() and "red flag" not in out.getvalue()


def test_without_terminal_absent_means_none_or_unknown(guide):
    answers = complete(guide, Given(event=True), None)
    assert (answers.red_flags, answers.signs, answers.role, answers.internal) == (
        (),
        (),
        Role.unknown,
        Internal.unknown,
    )
    with pytest.raises(MissingEvent):
        complete(guide, Given(), None)
    assert complete(guide, Given(red_flags=("danger",)), None).red_flags == ("danger",)
