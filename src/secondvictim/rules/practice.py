"""The rehearsal's rules, pure: play a path through a scenario, and check scenarios.

No prompts, no printing, no files: `commands/practice.py` asks and shows. Nothing here scores
the manager or keeps anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..guide.models import Guide, Loc, PracticeEnding, PracticeReply, PracticeStep, Scenario
from ..guide.references import ReferenceProblem
from .choices import LANGS


@dataclass(frozen=True)
class Turn:
    step: PracticeStep
    number: int  # the reply chosen, 1-based as on screen
    reply: PracticeReply


@dataclass(frozen=True)
class Played:
    """A path through a scenario: the turns taken, and the ending, or the step still to answer."""

    scenario: Scenario
    turns: tuple[Turn, ...]
    ending: PracticeEnding | None
    waiting: PracticeStep | None


class BadReply(ValueError):
    """A reply number that the step does not offer, or a reply after the end."""

    def __init__(self, index: int, count: int) -> None:
        super().__init__(index, count)
        self.index, self.count = index, count


def play(scenario: Scenario, numbers: Sequence[int]) -> Played:
    """Follow `numbers` (1-based replies) from the first step, as far as they go."""
    node: PracticeStep | PracticeEnding | None = scenario.steps[0]
    turns: list[Turn] = []
    for index, number in enumerate(numbers):
        if not isinstance(node, PracticeStep):
            raise BadReply(index, 0)
        if not 1 <= number <= len(node.replies):
            raise BadReply(index, len(node.replies))
        reply = node.replies[number - 1]
        turns.append(Turn(node, number, reply))
        node = scenario.node(reply.next)
    if isinstance(node, PracticeEnding):
        return Played(scenario, tuple(turns), node, None)
    return Played(scenario, tuple(turns), None, node)


def level3_actions(guide: Guide, red_flag: str) -> tuple[str, ...]:
    """The level-3 actions of a red flag, as the triage shows them: those of level 3 alone that
    every red flag gets, and those that name this one."""
    return tuple(
        a.id
        for a in guide.actions
        if a.at_red_flags_only and not a.unless and (not a.requires or red_flag in a.requires)
    )


def path_actions(played: Played) -> tuple[str, ...]:
    """The level-3 actions met along a path and at its ending, each once, in order."""
    seen: list[str] = []
    for ident in [*(a for turn in played.turns for a in turn.reply.actions), *(played.ending.actions if played.ending else ())]:
        if ident not in seen:
            seen.append(ident)
    return tuple(seen)


def scenario_problems(guide: Guide) -> list[ReferenceProblem]:
    """What no single scenario field can see: ids that do not resolve, cycles, steps no path
    reaches, feedback missing a language, and a red flag whose level-3 actions a path misses."""
    problems: list[ReferenceProblem] = []
    attitudes = {a.id for a in guide.attitudes}
    actions = {a.id for a in guide.actions}
    red_flags = {s.id for s in guide.red_flags}
    seen: set[str] = set()
    for s_index, scenario in enumerate(guide.scenarios):
        here: Loc = ("scenarios", s_index)
        if scenario.id in seen:
            problems.append(((*here, "id"), "p.duplicate_id", {"id": scenario.id}))
        seen.add(scenario.id)
        problems += _scenario_problems(guide, scenario, here, attitudes, actions, red_flags)
    return problems


def _scenario_problems(
    guide: Guide, scenario: Scenario, here: Loc, attitudes: set[str], actions: set[str], red_flags: set[str]
) -> list[ReferenceProblem]:
    problems, nodes = _id_problems(scenario, here, actions, red_flags)
    replies, broken = _reply_problems(scenario, here, nodes, attitudes, actions)
    problems += replies
    cycle = _cycle(scenario)
    if cycle is not None:
        problems.append(((*here, "steps", *cycle), "p.practice_cycle", {}))
        return problems
    if broken:
        return problems
    return problems + _path_problems(guide, scenario, here, red_flags)


def _nodes(scenario: Scenario) -> tuple[tuple[str, list[str]], ...]:
    return (("steps", [s.id for s in scenario.steps]), ("endings", [e.id for e in scenario.endings]))


def _id_problems(
    scenario: Scenario, here: Loc, actions: set[str], red_flags: set[str]
) -> tuple[list[ReferenceProblem], set[str]]:
    """Steps and endings with the same id, unknown red flags and endings' unknown actions; and the
    ids of the steps and endings."""
    problems: list[ReferenceProblem] = []
    nodes: set[str] = set()
    for kind, ids in _nodes(scenario):
        for index, ident in enumerate(ids):
            if ident in nodes:
                problems.append(((*here, kind, index, "id"), "p.duplicate_id", {"id": ident}))
            nodes.add(ident)
    for index, flag in enumerate(scenario.red_flags):
        if flag not in red_flags:
            problems.append(((*here, "red_flags", index), "p.unknown_red_flag", {"id": flag}))
    for index, ending in enumerate(scenario.endings):
        problems += _unknown_actions(ending.actions, (*here, "endings", index, "actions"), actions)
    return problems, nodes


def _reply_problems(
    scenario: Scenario, here: Loc, nodes: set[str], attitudes: set[str], actions: set[str]
) -> tuple[list[ReferenceProblem], bool]:
    """Each reply's problems; and whether one leads nowhere (no path can then be followed)."""
    problems: list[ReferenceProblem] = []
    broken = False
    for s_index, step in enumerate(scenario.steps):
        for r_index, reply in enumerate(step.replies):
            at: Loc = (*here, "steps", s_index, "replies", r_index)
            if reply.next not in nodes:
                problems.append(((*at, "next"), "p.practice_next", {"id": reply.next}))
                broken = True
            if reply.avoid is not None and reply.avoid not in attitudes:
                problems.append(((*at, "avoid"), "p.unknown_attitude", {"id": reply.avoid}))
            if reply.avoid is not None and reply.verdict != "hurts":
                problems.append(((*at, "verdict"), "p.practice_avoid_helps", {"id": reply.avoid}))
            problems += _unknown_actions(reply.actions, (*at, "actions"), actions)
            for field in ("text", "feedback"):
                text = getattr(reply, field)
                missing: list[str] = [lang for lang in LANGS if lang not in text]
                if missing:
                    problems.append(((*at, field), "p.practice_lang", {"code": ", ".join(missing)}))
    return problems, broken


def _path_problems(guide: Guide, scenario: Scenario, here: Loc, red_flags: set[str]) -> list[ReferenceProblem]:
    """In a scenario without a cycle whose replies all lead somewhere: the steps and endings no
    path reaches, and a red flag whose level-3 actions some path misses."""
    problems: list[ReferenceProblem] = []
    reached = _reachable(scenario)
    for kind, ids in _nodes(scenario):
        for index, ident in enumerate(ids):
            if ident not in reached:
                problems.append(((*here, kind, index, "id"), "p.practice_unreachable", {"id": ident}))
    met = _always_met(scenario)
    for index, flag in enumerate(scenario.red_flags):
        if flag not in red_flags:
            continue
        missing = [a for a in level3_actions(guide, flag) if a not in met]
        if missing:
            problems.append(
                ((*here, "red_flags", index), "p.practice_red_flag", {"id": flag, "missing": ", ".join(missing)})
            )
    return problems


def _unknown_actions(ids: tuple[str, ...], at: Loc, actions: set[str]) -> list[ReferenceProblem]:
    return [((*at, index), "p.unknown_action", {"id": ident}) for index, ident in enumerate(ids) if ident not in actions]


def _cycle(scenario: Scenario) -> Loc | None:
    """Where a reply leads back to a step already on its path (index, "replies", index), or None."""
    steps = {step.id: index for index, step in enumerate(scenario.steps)}
    state: dict[str, int] = {}  # 1: on the current path; 2: done
    for start in steps:
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        state[start] = 1
        while stack:
            ident, reply_index = stack[-1]
            replies = scenario.steps[steps[ident]].replies
            if reply_index == len(replies):
                state[ident] = 2
                stack.pop()
                continue
            stack[-1] = (ident, reply_index + 1)
            target = replies[reply_index].next
            if target not in steps:
                continue
            if state.get(target) == 1:
                return (steps[ident], "replies", reply_index, "next")
            if not state.get(target):
                state[target] = 1
                stack.append((target, 0))
    return None


def _reachable(scenario: Scenario) -> set[str]:
    steps = {step.id: step for step in scenario.steps}
    reached = {scenario.steps[0].id}
    todo = [scenario.steps[0].id]
    while todo:
        step = steps.get(todo.pop())
        for reply in step.replies if step else ():
            if reply.next not in reached:
                reached.add(reply.next)
                todo.append(reply.next)
    return reached


def _always_met(scenario: Scenario) -> set[str]:
    """The actions that every path from the first step meets (the scenario has no cycle and
    every `next` resolves): linear in the size of the scenario, however many paths it has."""
    steps = {step.id: step for step in scenario.steps}
    endings = {ending.id: set(ending.actions) for ending in scenario.endings}
    memo: dict[str, set[str]] = {}
    # Steps in an order where each comes after every step it leads to.
    order: list[str] = []
    state: dict[str, bool] = {}
    stack: list[tuple[str, bool]] = [(scenario.steps[0].id, False)]
    while stack:
        ident, done = stack.pop()
        if done:
            order.append(ident)
            continue
        if ident in state or ident not in steps:
            continue
        state[ident] = True
        stack.append((ident, True))
        stack += [(reply.next, False) for reply in steps[ident].replies if reply.next in steps]
    for ident in order:
        sets = [
            set(reply.actions) | (memo[reply.next] if reply.next in steps else endings[reply.next])
            for reply in steps[ident].replies
        ]
        memo[ident] = set.intersection(*sets)
    return memo[scenario.steps[0].id]
