"""One selection for the document and the JSON (issue 21, item 1): the triage, the check-in and
the team plan choose what they show once, in a record; both builders follow that record. Each
test builds a record by hand, with items removed and reordered, and checks that the document and
the JSON show exactly those, in that order: a builder that chose again would not."""

from dataclasses import replace
from datetime import date

from secondvictim.commands.checkin_data import checkin_data
from secondvictim.commands.checkin_view import checkin_document
from secondvictim.commands.selection import checkin_selection, team_selection, triage_selection
from secondvictim.commands.team_view import team_data, team_document
from secondvictim.commands.triage_view import triage_data, triage_document
from secondvictim.render.blocks import Heading, Items
from secondvictim.rules.checkin import CheckinAnswers, assess
from secondvictim.rules.followup import checkin_reminders, reminders
from secondvictim.rules.team import team_plan
from secondvictim.rules.triage import Answers, recommend

EVENT = date(2026, 3, 2)
TODAY = date(2026, 3, 4)


def items_under(doc, heading):
    """The items of the first list after the heading `heading`."""
    start = next(i for i, block in enumerate(doc) if isinstance(block, Heading) and block.text == heading)
    return next(block.items for block in doc[start:] if isinstance(block, Items))


def assert_steps_and_numbers_follow(guide, hand, doc, data):
    """The follow-up steps and the emergency numbers of the record, and only those, in its order."""
    assert [s["id"] for s in data["followup"]] == [s.step.id for s in hand.followup]
    followup = items_under(doc, "Follow-up")
    assert len(followup) == len(hand.followup)
    assert all(s.step.what["en"].rstrip(".")[:30] in item for s, item in zip(hand.followup, followup, strict=True))
    assert [r["id"] for r in data["emergency"]] == list(hand.emergency)
    emergency = items_under(doc, "Emergency numbers (France)")
    assert [item.split(":")[0] for item in emergency] == [guide.resource(i).phone for i in hand.emergency]


def hand_made(sel, **fields):
    """The record with each field given replaced: reversed, and its first item dropped."""
    return replace(sel, **{name: tuple(reversed(getattr(sel, name)))[1:] for name in fields})


def test_the_triage_document_and_json_show_the_selection_given(guide):
    rec = recommend(guide, Answers(event=True, signs=("guilt",), role="nurse", internal="yes"))
    sel = triage_selection(guide, rec, reminders(guide, EVENT), TODAY)
    assert len(sel.actions) > 2 and len(sel.resources) > 2 and len(sel.followup) > 2
    hand = hand_made(sel, actions=1, resources=1, followup=1, emergency=1)
    doc = triage_document(guide, hand, "en")
    data = triage_data(guide, hand, "en", plan="0" * 32, event_date=EVENT, written=TODAY, warnings=[])
    texts = {a.id: a.text["en"] for a in guide.actions}
    assert [a["id"] for a in data["actions"]] == list(hand.actions)
    checked = next(b.items for b in doc if isinstance(b, Items) and b.style == "check")
    assert checked == tuple(texts[i] for i in hand.actions)
    assert [r["id"] for r in data["resources"]] == list(hand.resources)
    contacts = "\n".join(items_under(doc, "Whom to contact"))
    # Each contact named where the record puts it (those not set yet share a line, in order).
    places = [contacts.find(guide.resource(i).name["en"][:12]) for i in hand.resources]
    assert -1 not in places and places == sorted(places)
    dropped = guide.resource(sel.resources[-1]).name["en"]
    assert dropped not in contacts
    assert_steps_and_numbers_follow(guide, hand, doc, data)


def test_the_checkin_document_and_json_show_the_selection_given(guide):
    answers = CheckinAnswers(red_flags=(), signs=("guilt",), trend="same", support_used="yes")
    result = assess(guide, answers, event_date=EVENT, today=TODAY)
    sel = checkin_selection(guide, result, checkin_reminders(guide, result))
    assert len(sel.actions) > 2 and len(sel.followup) > 1 and len(sel.emergency) > 2
    hand = hand_made(sel, actions=1, followup=1, emergency=1)
    doc = checkin_document(guide, hand, "en")
    data = checkin_data(guide, hand, "en", plan="0" * 32, warnings=[])
    texts = {a.id: a.text["en"] for a in guide.actions}
    assert [a["id"] for a in data["actions"]] == list(hand.actions)
    checked = next(b.items for b in doc if isinstance(b, Items) and b.style == "check")
    assert checked == tuple(texts[i] for i in hand.actions)
    assert_steps_and_numbers_follow(guide, hand, doc, data)


def test_the_team_document_and_json_show_the_selection_given(guide):
    plan = team_plan(guide, EVENT, death=True, situations=("paediatric-event",))
    sel = team_selection(guide, plan)
    assert "pause" in sel.sections and len(sel.steps) > 2
    hand = hand_made(sel, steps=1, emergency=1)
    hand = replace(hand, sections=tuple(s for s in sel.sections if s != "pause"), cump=not sel.cump)
    doc = team_document(guide, hand, "en")
    data = team_data(guide, hand, "en", plan_id="0" * 32, written=TODAY, warnings=[])
    assert [s["id"] for s in data["steps"]] == [p.id for p in hand.steps]
    steps = items_under(doc, "Dated steps")
    titles = {s.id: s.what["en"].rstrip(".")[:30] for s in guide.team.steps}
    assert len(steps) == len(hand.steps)
    assert all(titles[p.id] in item for p, item in zip(hand.steps, steps, strict=True))
    # The pause left out of the record: out of both.
    assert data["pause"] is None
    assert guide.team.pause.title["en"] not in [b.text for b in doc if isinstance(b, Heading)]
    assert (data["cump"] is not None) is hand.cump
    assert (guide.team.cump.short["en"] in items_under(doc, "Whom to call")) is hand.cump
    assert [r["id"] for r in data["emergency"]] == list(hand.emergency)
    emergency = items_under(doc, "Emergency numbers (France)")
    assert [item.split(":")[0] for item in emergency] == [guide.resource(i).phone for i in hand.emergency]
