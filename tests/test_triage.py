"""The triage rule, tested on every combination of answers against an oracle written from the
product brief's decision table (PRODUCT.md, "Action levels"), not from the code.

Each test covers one group of combinations and collects every mismatch before it asserts, so that a
failure shows all the cases it breaks, not only the first.
"""

import itertools
import re

import pytest

from secondvictim.guide.models import Resource
from secondvictim.rules.choices import Internal, Role
from secondvictim.rules.triage import Answers, level_of, recommend

RED_FLAGS = ["severe-distress", "major-disorganisation", "dark-thoughts", "danger"]
SIGNS = ["withdrawal", "guilt", "anxiety", "medico-legal", "behaviour-change"]
# The roles of the brief, written here by hand (review L19 added `staff`, the non-clinical staff).
ROLES = ["physician", "intern", "nurse", "midwife", "pharmacist", "other", "staff", "student", "unknown"]
SITUATIONS = [
    "paediatric-event",
    "unexpected-death",
    "first-patient-death",
    "long-care-relationship",
    "reminds-of-family",
    "several-bad-outcomes",
    "undetected-deterioration",
    "young-adult-death",
    "complaint-or-litigation",
    "high-profile-event",
    "staff-death",
]
# Situations all act alike on the rule: the full product takes three subsets of them, and
# test_every_subset_of_situations takes all 2,048 with fewer of the other answers.
SOME_SITUATIONS = [(), ("paediatric-event",), ("first-patient-death", "complaint-or-litigation")]
INTERNAL = ["psychologist", "occupational-medicine", "house-of-psychology", "quality-officer"]
EMERGENCY = ("samu", "emergency-112", "sms-114", "suicide-3114")


def subsets(items):
    return [tuple(c) for n in range(len(items) + 1) for c in itertools.combinations(items, n)]


# The brief's table, row by row: (what triggers it, level). The highest level triggered wins.
LEVEL_TABLE = [
    (lambda a: bool(a.red_flags), 3),  # any red flag
    (lambda a: bool(a.signs), 2),  # at least one warning sign
    # a serious adverse event or a situation that calls for outreach, no warning sign
    (lambda a: a.event is True or bool(a.situations), 1),
    (lambda a: True, 0),  # nothing below
]


def oracle_level(a):
    return max(level for triggered, level in LEVEL_TABLE if triggered(a))


# What the manager does, action by action, as the brief's "what the manager does" column says,
# with the coherence rules of the one-screen issue (the internal-resources answer shapes the advice).
# Level 3 by red flag (issue 20): the stay-with step for every red flag, each red flag's first step,
# 15/112, and the seed's three actions for every red flag.
def flagged(a, *ids):
    return bool(set(ids) & set(a.red_flags or ()))


ACTION_TABLE = {
    "stay-with": lambda lv, a: lv == 3,
    "calm-first": lambda lv, a: lv == 3 and flagged(a, "severe-distress"),
    "stop-clinical-activity": lambda lv, a: lv == 3 and flagged(a, "major-disorganisation"),
    "ask-directly": lambda lv, a: lv == 3 and flagged(a, "dark-thoughts", "danger"),
    "call-3114": lambda lv, a: lv == 3 and flagged(a, "dark-thoughts", "danger"),
    "relieve-patient-care": lambda lv, a: lv == 3 and flagged(a, "danger"),
    "immediate-danger": lambda lv, a: lv == 3,
    "activate-occupational-medicine": lambda lv, a: lv == 3,
    "refer-psychological-support": lambda lv, a: lv == 3,
    "withdraw-from-activity": lambda lv, a: lv == 3,
    # Red flags not asked (no terminal, no --red-flag): asking them comes first (issue 20, item 7).
    "ask-red-flags": lambda lv, a: lv < 3 and a.red_flags is None,
    # Only at a check-in after a contact at level 3.
    "check-specialised-support": lambda lv, a: False,
    "know-signs": lambda lv, a: lv == 0,
    "know-resources": lambda lv, a: lv == 0,
    "contact-today": lambda lv, a: lv in (1, 2),
    "make-internal-known": lambda lv, a: lv == 1 and a.internal is not Internal.no,
    "mobilise-internal": lambda lv, a: lv == 2 and a.internal is not Internal.no,
    "external-now": lambda lv, a: lv >= 1 and a.internal is Internal.no,
    "external-if-needed": lambda lv, a: lv == 2 and a.internal is Internal.unknown,
    # A medico-legal worry, as a sign or as a complaint or litigation notice.
    "insurance-reminder": lambda lv, a: (lv >= 2 and "medico-legal" in a.signs)
    or (lv >= 1 and "complaint-or-litigation" in a.situations),
    "offer-adjusted-return": lambda lv, a: lv in (1, 2),
    # Only at a check-in: from day 2 on (issue 24), and after internal resources were declined.
    "offer-gradual-return": lambda lv, a: False,
    "offer-internal-again": lambda lv, a: False,
    # Only at a check-in where they say they drink or use something more to cope (review M19).
    "coping-use-occupational-medicine": lambda lv, a: False,
    "plan-followup": lambda lv, a: lv >= 1,
}


def oracle_resources(a):
    # SPS for every role, the non-clinical staff too (asso-sps.fr: all staff of health facilities).
    external = ["sps"] + (["cnom"] if a.role in ("physician", "intern", "unknown") else [])
    external += ["adop"] if a.role in ("pharmacist", "unknown") else []  # the pharmacists' line
    return tuple(external + INTERNAL if a.internal is Internal.no else INTERNAL + external)


def oracle_reasons(level, a):
    # "The answers that triggered it": the red flags, the signs, or the event and the situations.
    outreach = (("event",) if a.event is True else ()) + a.situations
    return {3: a.red_flags, 2: a.signs, 1: outreach, 0: ()}[level]


# None: the red flags were not asked.
GROUPS = list(itertools.product([None, *subsets(RED_FLAGS)], (True, False, None), SOME_SITUATIONS))


def answers_of(red_flags, event, situations):
    return [
        Answers(
            red_flags=red_flags, event=event, situations=situations, signs=signs, role=Role(role), internal=internal
        )
        for signs in subsets(SIGNS)
        for role in ROLES
        for internal in Internal
    ]


def test_the_space_is_complete():
    assert (
        sum(len(answers_of(*group)) for group in GROUPS)
        == 17 * 3 * 3 * 32 * len(ROLES) * len(Internal)
        == 132192
    )
    assert sorted(ROLES) == sorted(role.value for role in Role)


@pytest.mark.exhaustive
@pytest.mark.parametrize(
    ("red_flags", "event", "situations"),
    GROUPS,
    ids=[f"{'not-asked' if g[0] is None else '+'.join(g[0]) or 'no-flag'}-{g[1]}-{len(g[2])}-situations" for g in GROUPS],
)
def test_every_combination_against_the_oracle(guide, red_flags, event, situations):
    order = [a.id for a in guide.actions]
    wrong = []
    for a in answers_of(red_flags, event, situations):
        rec = recommend(guide, a)
        level = oracle_level(a)
        expected_actions = tuple(i for i in order if ACTION_TABLE[i](level, a))
        expected = {
            "level": level,
            "reasons": oracle_reasons(level, a),
            "actions": expected_actions,
            "resources": oracle_resources(a),
            "external_first": a.internal is Internal.no,
            "emergency": EMERGENCY,
            "followup": level >= 1,
            "peers": (),  # the packaged guide has no peer supporter
        }
        got = {
            "level": rec.level,
            "reasons": rec.reasons,
            "actions": rec.actions,
            "resources": rec.resources,
            "external_first": rec.external_first,
            "emergency": rec.emergency,
            "followup": rec.followup != (),
            "peers": rec.peers,
        }
        if got != expected:
            wrong.append((a, {k: (got[k], expected[k]) for k in got if got[k] != expected[k]}))
    assert wrong == []


def test_every_action_of_the_guide_is_in_the_oracle(guide):
    assert sorted(a.id for a in guide.actions) == sorted(ACTION_TABLE)


def words(text):
    return set(re.findall(r"[a-z]{4,}", text.lower()))


@pytest.mark.exhaustive
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
    def level(rf, ev, st, sg):
        return level_of(Answers(red_flags=rf, event=ev, situations=st, signs=sg))[0]

    lowered = []
    for rf, ev, st, sg in itertools.product(
        subsets(RED_FLAGS), (False, True), SOME_SITUATIONS, subsets(SIGNS)
    ):
        base = level(rf, ev, st, sg)
        more = [level(rf, True, st, sg)]
        more += [level(tuple(set(rf) | {extra}), ev, st, sg) for extra in RED_FLAGS]
        more += [level(rf, ev, tuple(dict.fromkeys((*st, extra))), sg) for extra in SITUATIONS]
        more += [level(rf, ev, st, tuple(set(sg) | {extra})) for extra in SIGNS]
        lowered += [(rf, ev, st, sg) for higher in more if higher < base]
    assert lowered == []


@pytest.mark.parametrize("event", [True, False, None])
def test_every_subset_of_situations(event):
    wrong = []
    for situations in subsets(SITUATIONS):
        for red_flags, signs in itertools.product([(), ("danger",)], [(), ("guilt",)]):
            a = Answers(red_flags=red_flags, event=event, situations=situations, signs=signs)
            level = oracle_level(a)
            if level_of(a) != (level, oracle_reasons(level, a)):
                wrong.append(a)
    assert wrong == []


def test_a_situation_without_sign_gives_level_1_with_the_situation_as_reason(guide):
    rec = recommend(guide, Answers(event=False, situations=("staff-death",)))
    assert (rec.level, rec.reasons) == (1, ("staff-death",))
    rec = recommend(guide, Answers(event=True, situations=("paediatric-event", "staff-death")))
    assert rec.reasons == ("event", "paediatric-event", "staff-death")


@pytest.mark.parametrize(
    ("answers", "level", "first_action", "name"),
    [
        (Answers(event=False), 0, "know-signs", "Stay attentive"),
        (Answers(event=True), 1, "contact-today", "Offer support"),
        (Answers(event=False, situations=("complaint-or-litigation",)), 1, "contact-today", "Offer support"),
        (Answers(event=False, signs=("withdrawal",)), 2, "contact-today", "Give active support"),
        (Answers(red_flags=("danger",)), 3, "stay-with", "Act now"),
        # Red flags not asked: asking them comes first, whatever the level below 3.
        (Answers(red_flags=None, event=True), 1, "ask-red-flags", "Offer support"),
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


def test_adop_only_for_pharmacists(guide):
    shown = {role for role in Role if "adop" in recommend(guide, Answers(event=True, role=role)).resources}
    assert shown == {Role.pharmacist, Role.unknown}


def peer(rid, roles=None):
    return Resource.model_validate(
        {
            "id": rid,
            "kind": "peer",
            "name": {"en": "Peer supporters"},
            "audience": {"en": "Every professional"},
            "roles": roles,
        }
    )


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_peers_are_offered_at_levels_1_and_2_only(guide, level):
    with_peers = guide.model_copy(
        update={"resources": (*guide.resources, peer("peers"), peer("peer-doctors", ["physician"]))}
    )
    answers = [
        Answers(event=False),
        Answers(event=False, situations=("staff-death",)),
        Answers(event=True, signs=("anxiety",)),
        Answers(red_flags=("severe-distress",)),
    ][level]
    rec = recommend(with_peers, answers)
    assert rec.level == level
    assert rec.peers == (("peers", "peer-doctors") if level in (1, 2) else ())
    assert "peers" not in rec.resources  # offered on their own, after the manager's contact
    nurse = recommend(with_peers, answers.model_copy(update={"role": Role.nurse}))
    assert nurse.peers == (("peers",) if level in (1, 2) else ())


def test_the_non_clinical_staff_are_offered_sps_and_the_institution_but_no_order_line(guide):
    """L19: SPS is for all staff of health facilities (asso-sps.fr), the orders' lines are not."""
    rec = recommend(guide, Answers(event=True, role=Role.staff))
    assert "sps" in rec.resources and "occupational-medicine" in rec.resources
    assert "cnom" not in rec.resources and "adop" not in rec.resources
