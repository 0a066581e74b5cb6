"""The triage rule, tested on every combination of answers."""

import itertools

import pytest

from secondvictim.choices import Internal, Role
from secondvictim.triage import Answers, level_of, recommend

RED_FLAGS = ["severe-distress", "major-disorganisation", "dark-thoughts", "danger"]
SIGNS = ["withdrawal", "guilt", "anxiety", "medico-legal", "behaviour-change"]
INTERNAL = ["psychologist", "occupational-medicine", "house-of-psychology", "quality-officer"]
EMERGENCY = ("samu", "emergency-112", "sms-114", "suicide-3114")


def subsets(items):
    return [tuple(c) for n in range(len(items) + 1) for c in itertools.combinations(items, n)]


def expected_level(red_flags, event, signs):
    # The brief's table, read row by row from the top: the highest level triggered wins.
    if red_flags:
        return 3
    if signs:
        return 2
    if event:
        return 1
    return 0


def expected_resources(role, internal):
    external = ["sps"] + (["cnom"] if role in (Role.physician, Role.intern, Role.unknown) else [])
    return tuple(external + INTERNAL if internal is Internal.no else INTERNAL + external)


ALL_ANSWERS = [
    Answers(red_flags=rf, event=ev, signs=sg, role=role, internal=internal)
    for rf in subsets(RED_FLAGS)
    for ev in (True, False, None)
    for sg in subsets(SIGNS)
    for role in Role
    for internal in Internal
]


def test_the_space_is_complete():
    assert len(ALL_ANSWERS) == 16 * 3 * 32 * len(Role) * len(Internal) == 36864


def test_every_combination(guide):
    for answers in ALL_ANSWERS:
        rec = recommend(guide, answers)
        level = expected_level(answers.red_flags, answers.event, answers.signs)
        assert rec.level == level, answers
        assert rec.resources == expected_resources(answers.role, answers.internal), answers
        assert rec.external_first is (answers.internal is Internal.no)
        assert rec.emergency == EMERGENCY
        assert rec.reasons == {3: answers.red_flags, 2: answers.signs, 1: ("event",), 0: ()}[level]
        actions = set(rec.actions)
        assert ("insurance-reminder" in actions) == (level >= 2 and "medico-legal" in answers.signs)
        self_harm = {"dark-thoughts", "danger"} & set(answers.red_flags)
        assert ("call-3114" in actions) == (level == 3 and bool(self_harm))
        assert ("immediate-danger" in actions) == (level == 3)
        assert ("activate-occupational-medicine" in actions) == (level == 3)
        assert ("contact-today" in actions) == (level in (1, 2))
        assert ("stay-in-contact" in actions) == (level == 3)
        assert ("withdraw-from-activity" in actions) == (level == 3)
        assert ("no-forced-return" in actions) == (level == 2)
        assert ("external-now" in actions) == (level >= 2 and answers.internal is Internal.no)
        assert ("external-if-needed" in actions) == (level == 2 and answers.internal is not Internal.no)
        assert (rec.followup != ()) == (level >= 1)


def test_adding_an_answer_never_lowers_the_level(guide):
    def level(rf, ev, sg):
        return level_of(Answers(red_flags=rf, event=ev, signs=sg))[0]

    for rf, ev, sg in itertools.product(subsets(RED_FLAGS), (False, True), subsets(SIGNS)):
        base = level(rf, ev, sg)
        assert level(rf, True, sg) >= base
        for extra in RED_FLAGS:
            assert level(tuple(set(rf) | {extra}), ev, sg) >= base
        for extra in SIGNS:
            assert level(rf, ev, tuple(set(sg) | {extra})) >= base


@pytest.mark.parametrize(
    ("answers", "level", "first_action"),
    [
        (Answers(event=False), 0, "know-signs"),
        (Answers(event=True), 1, "contact-today"),
        (Answers(event=False, signs=("withdrawal",)), 2, "contact-today"),
        (Answers(red_flags=("danger",)), 3, "immediate-danger"),
    ],
)
def test_each_level_by_example(guide, answers, level, first_action):
    rec = recommend(guide, answers)
    assert rec.level == level
    assert rec.actions[0] == first_action
    assert (
        guide.level(level).name["en"]
        == ["Stay attentive", "Offer support", "Active support", "Act now"][level]
    )


def test_cnom_only_for_physicians_and_interns(guide):
    shown = {role for role in Role if "cnom" in recommend(guide, Answers(event=True, role=role)).resources}
    assert shown == {Role.physician, Role.intern, Role.unknown}
