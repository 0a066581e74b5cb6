"""The triage rule, tested on every combination of answers against an oracle written from the
product brief's decision table (PRODUCT.md, "Action levels"), not from the code.

Each test covers one group of combinations and collects every mismatch before it asserts, so that a
failure shows all the cases it breaks, not only the first.
"""

import itertools
import re

import pytest

from secondvictim.choices import Internal, Role
from secondvictim.triage import Answers, level_of, recommend

RED_FLAGS = ["severe-distress", "major-disorganisation", "dark-thoughts", "danger"]
SIGNS = ["withdrawal", "guilt", "anxiety", "medico-legal", "behaviour-change"]
INTERNAL = ["psychologist", "occupational-medicine", "house-of-psychology", "quality-officer"]
EMERGENCY = ("samu", "emergency-112", "sms-114", "suicide-3114")


def subsets(items):
    return [tuple(c) for n in range(len(items) + 1) for c in itertools.combinations(items, n)]


# The brief's table, row by row: (what triggers it, level). The highest level triggered wins.
LEVEL_TABLE = [
    (lambda a: bool(a.red_flags), 3),  # any red flag
    (lambda a: bool(a.signs), 2),  # at least one warning sign
    (lambda a: a.event is True, 1),  # a serious adverse event, no warning sign
    (lambda a: True, 0),  # nothing below
]


def oracle_level(a):
    return max(level for triggered, level in LEVEL_TABLE if triggered(a))


# What the manager does, action by action, as the brief's "what the manager does" column says,
# with the coherence rules of the one-screen issue (the internal-resources answer shapes the advice).
ACTION_TABLE = {
    "immediate-danger": lambda lv, a: lv == 3,
    "call-3114": lambda lv, a: lv == 3 and bool({"dark-thoughts", "danger"} & set(a.red_flags)),
    "activate-occupational-medicine": lambda lv, a: lv == 3,
    "refer-psychological-support": lambda lv, a: lv == 3,
    "withdraw-from-activity": lambda lv, a: lv == 3,
    "stay-in-contact": lambda lv, a: lv == 3,
    "know-signs": lambda lv, a: lv == 0,
    "know-resources": lambda lv, a: lv == 0,
    "contact-today": lambda lv, a: lv in (1, 2),
    "make-internal-known": lambda lv, a: lv == 1 and a.internal is not Internal.no,
    "mobilise-internal": lambda lv, a: lv == 2 and a.internal is not Internal.no,
    "external-now": lambda lv, a: lv >= 1 and a.internal is Internal.no,
    "external-if-needed": lambda lv, a: lv == 2 and a.internal is Internal.unknown,
    "insurance-reminder": lambda lv, a: lv >= 2 and "medico-legal" in a.signs,
    "offer-adjusted-return": lambda lv, a: lv in (1, 2),
    "plan-followup": lambda lv, a: lv >= 1,
}


def oracle_resources(a):
    external = ["sps"] + (["cnom"] if a.role in (Role.physician, Role.intern, Role.unknown) else [])
    return tuple(external + INTERNAL if a.internal is Internal.no else INTERNAL + external)


GROUPS = list(itertools.product(subsets(RED_FLAGS), (True, False, None)))


def answers_of(red_flags, event):
    return [
        Answers(red_flags=red_flags, event=event, signs=signs, role=role, internal=internal)
        for signs in subsets(SIGNS)
        for role in Role
        for internal in Internal
    ]


def test_the_space_is_complete():
    assert sum(len(answers_of(*group)) for group in GROUPS) == 16 * 3 * 32 * len(Role) * len(Internal) == 36864


@pytest.mark.parametrize(("red_flags", "event"), GROUPS, ids=[f"{'+'.join(g[0]) or 'no-flag'}-{g[1]}" for g in GROUPS])
def test_every_combination_against_the_oracle(guide, red_flags, event):
    order = [a.id for a in guide.actions]
    wrong = []
    for a in answers_of(red_flags, event):
        rec = recommend(guide, a)
        level = oracle_level(a)
        expected_actions = tuple(i for i in order if ACTION_TABLE[i](level, a))
        expected = {
            "level": level,
            "reasons": {3: a.red_flags, 2: a.signs, 1: ("event",), 0: ()}[level],
            "actions": expected_actions,
            "resources": oracle_resources(a),
            "external_first": a.internal is Internal.no,
            "emergency": EMERGENCY,
            "followup": level >= 1,
        }
        got = {
            "level": rec.level,
            "reasons": rec.reasons,
            "actions": rec.actions,
            "resources": rec.resources,
            "external_first": rec.external_first,
            "emergency": rec.emergency,
            "followup": rec.followup != (),
        }
        if got != expected:
            wrong.append((a, {k: (got[k], expected[k]) for k in got if got[k] != expected[k]}))
    assert wrong == []


def test_every_action_of_the_guide_is_in_the_oracle(guide):
    assert sorted(a.id for a in guide.actions) == sorted(ACTION_TABLE)


def words(text):
    return set(re.findall(r"[a-z]{4,}", text.lower()))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_advice_contradicts_or_repeats_itself(guide, lang):
    """Over every combination: no action says the same as an attitude to avoid; a declined offer of
    internal resources is never followed by "mobilise them"; an accepted one never by "if they do not wish"."""
    action_words = {a.id: words(a.text[lang]) for a in guide.actions}
    avoid = [(a.avoid[lang], words(a.avoid[lang])) for a in guide.attitudes]
    repeats = {
        action
        for action, mine in action_words.items()
        for _, theirs in avoid
        if len(mine & theirs) >= 0.6 * min(len(mine), len(theirs))
    }
    wrong = []
    for group in GROUPS:
        for a in answers_of(*group):
            rec = recommend(guide, a)
            wrong += [(a, action, "repeats an attitude to avoid") for action in set(rec.actions) & repeats]
            if a.internal is Internal.no and {"mobilise-internal", "make-internal-known"} & set(rec.actions):
                wrong.append((a, "internal resources pushed after a refusal"))
            if a.internal is Internal.yes and "external-if-needed" in rec.actions:
                wrong.append((a, "'if they do not wish to' after they said yes"))
    assert wrong == []


def test_adding_an_answer_never_lowers_the_level():
    def level(rf, ev, sg):
        return level_of(Answers(red_flags=rf, event=ev, signs=sg))[0]

    lowered = []
    for rf, ev, sg in itertools.product(subsets(RED_FLAGS), (False, True), subsets(SIGNS)):
        base = level(rf, ev, sg)
        more = [level(rf, True, sg)]
        more += [level(tuple(set(rf) | {extra}), ev, sg) for extra in RED_FLAGS]
        more += [level(rf, ev, tuple(set(sg) | {extra})) for extra in SIGNS]
        lowered += [(rf, ev, sg) for higher in more if higher < base]
    assert lowered == []


@pytest.mark.parametrize(
    ("answers", "level", "first_action", "name"),
    [
        (Answers(event=False), 0, "know-signs", "Stay attentive"),
        (Answers(event=True), 1, "contact-today", "Offer support"),
        (Answers(event=False, signs=("withdrawal",)), 2, "contact-today", "Active support"),
        (Answers(red_flags=("danger",)), 3, "immediate-danger", "Act now"),
    ],
)
def test_each_level_by_example(guide, answers, level, first_action, name):
    rec = recommend(guide, answers)
    assert rec.level == level
    assert rec.actions[0] == first_action
    assert guide.level(level).name["en"] == name


def test_cnom_only_for_physicians_and_interns(guide):
    shown = {role for role in Role if "cnom" in recommend(guide, Answers(event=True, role=role)).resources}
    assert shown == {Role.physician, Role.intern, Role.unknown}
