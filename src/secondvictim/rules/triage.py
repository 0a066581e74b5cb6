"""The triage rule: answers in, recommendation out. No prompts, no printing, no files."""

from ..guide.models import EVENT, INTERNAL_ACCEPTED, INTERNAL_DECLINED, RED_FLAGS_NOT_ASKED, Guide, Model
from .choices import Internal, Lang, Role


class Answers(Model):
    # None: not asked (no terminal and no --red-flag). Recorded so, never as "none".
    red_flags: tuple[str, ...] | None = ()
    # None: not asked, as on the red-flag path, where the answer cannot change the level.
    event: bool | None = None
    # Situations that call for outreach even when no sign shows (ids of guide.situations).
    situations: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()
    role: Role = Role.unknown
    internal: Internal = Internal.unknown


class Recommendation(Model):
    answers: Answers
    level: int
    # The answers that set the level: red flag ids, warning sign ids, or "event" and situation ids.
    reasons: tuple[str, ...]
    actions: tuple[str, ...]
    # Internal and external resources, in the order to offer them.
    resources: tuple[str, ...]
    # The institution's peer supporters, proposed after the manager's own contact at levels 1
    # and 2 (at level 3, specialised help comes first). Empty when the guide has none.
    peers: tuple[str, ...]
    external_first: bool
    emergency: tuple[str, ...]
    followup: tuple[str, ...]


def level_of(answers: Answers) -> tuple[int, tuple[str, ...]]:
    """The action level and the answers that triggered it. The highest level triggered wins."""
    if answers.red_flags:
        return 3, answers.red_flags
    if answers.signs:
        return 2, answers.signs
    # A situation that calls for outreach is enough, even without the event answer.
    outreach = ((EVENT,) if answers.event else ()) + answers.situations
    if outreach:
        return 1, outreach
    return 0, ()


def serves(roles: tuple[Role, ...] | None, role: Role) -> bool:
    """Whether a resource for `roles` is offered to a professional of `role`.

    An unknown role sees every resource; the renderer shows whom each is for.
    """
    return roles is None or role is Role.unknown or role in roles


def actions_at(guide: Guide, level: int, given: set[str]) -> tuple[str, ...]:
    """The actions of `level`, as their `requires` and `unless` read the answer ids `given`."""
    return tuple(
        a.id
        for a in guide.actions
        if level in a.levels
        and (not a.requires or given.intersection(a.requires))
        and not given.intersection(a.unless)
    )


def recommend(guide: Guide, answers: Answers) -> Recommendation:
    level, reasons = level_of(answers)
    given = set(answers.red_flags or ()) | set(answers.signs) | set(answers.situations)
    if answers.red_flags is None:
        given.add(RED_FLAGS_NOT_ASKED)
    if answers.internal is Internal.no:
        given.add(INTERNAL_DECLINED)
    elif answers.internal is Internal.yes:
        given.add(INTERNAL_ACCEPTED)
    actions = actions_at(guide, level, given)
    internal = [r.id for r in guide.resources_of("internal")]
    external = [r.id for r in guide.resources_of("external") if serves(r.roles, answers.role)]
    external_first = answers.internal is Internal.no
    ordered = external + internal if external_first else internal + external
    return Recommendation(
        answers=answers,
        level=level,
        reasons=reasons,
        actions=actions,
        resources=tuple(ordered),
        external_first=external_first,
        peers=tuple(r.id for r in guide.resources_of("peer") if serves(r.roles, answers.role))
        if level in (1, 2)
        else (),
        emergency=tuple(r.id for r in guide.resources_of("emergency")),
        followup=tuple(f.id for f in guide.followup) if level > 0 else (),
    )


def first_words(guide: Guide, level: int) -> dict[Lang, str]:
    """What to say first: at level 3, words of concern and presence (the key message, heard right
    after dark thoughts, would minimise them: it comes once they are safe); the key message at
    levels 1 and 2; at level 0, words that open the door."""
    if level == 3:
        return guide.safety_words
    return guide.key_message if level > 0 else guide.attentive_words


def first_words_informal(guide: Guide, level: int) -> dict[Lang, str]:
    """The same first words in « tu », for colleagues on first-name terms (review L10); the
    words themselves where the data gives no « tu » form (English has one form)."""
    if level == 3:
        return guide.safety_words_informal or guide.safety_words
    if level > 0:
        return guide.key_message_informal or guide.key_message
    return guide.attentive_words_informal or guide.attentive_words
