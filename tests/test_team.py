"""When a whole team is hit: the team plan, situations, peer supporters, the manager's own support."""

import itertools
import json
import re
import stat
from datetime import date, timedelta

import pytest

from secondvictim.commands.reference_view import about_document, signs_data
from secondvictim.commands.team_view import team_data, team_document
from secondvictim.commands.triage_view import decision_document, guidance_document, triage_document
from secondvictim.guide.loader import DataError, assemble, packaged_data_dir
from secondvictim.render.terminal import plain_text
from secondvictim.rules.team import PlannedStep, TeamPlan, checkin_command, team_plan
from secondvictim.rules.triage import Answers, recommend

from .test_contracts import check, read_vobject
from .test_i18n import english_texts, unspaced
from .test_takeaway import ics_dates, parse_ics

EVENT_DAY = date(2026, 3, 27)  # a Friday


def text_of(doc, lang="en"):
    return re.sub(r"\s+", " ", plain_text(doc, lang))


# --- the plan --------------------------------------------------------------------------------


def test_dated_steps_from_the_event(guide):
    plan = team_plan(guide, EVENT_DAY)
    assert [(s.id, s.date.isoformat(), s.until and s.until.isoformat()) for s in plan.steps] == [
        ("huddle", "2026-03-27", None),
        ("checkins", "2026-03-28", None),
        ("reflection", "2026-03-30", "2026-04-24"),
        ("month", "2026-04-26", None),
    ]


def test_dates_across_a_year_end_and_a_leap_day(guide):
    plan = team_plan(guide, date(2027, 12, 31))
    assert [s.date for s in plan.steps] == [
        date(2027, 12, 31),
        date(2028, 1, 1),
        date(2028, 1, 3),
        date(2028, 1, 30),
    ]
    assert plan.steps[2].until == date(2028, 1, 28)
    assert team_plan(guide, date(2028, 2, 28)).steps[1].date == date(2028, 2, 29)


def test_situations_in_the_guides_order_and_unknown_ones_refused(guide):
    plan = team_plan(guide, EVENT_DAY, situations=("staff-death", "paediatric-event"))
    assert plan.situations == ("paediatric-event", "staff-death")
    with pytest.raises(ValueError, match="unknown situation id 'bad-id'"):
        team_plan(guide, EVENT_DAY, situations=("bad-id",))


def test_checkin_command_gives_the_teams_answers_and_no_name(guide):
    plan = team_plan(guide, EVENT_DAY, situations=("staff-death", "paediatric-event"))
    assert checkin_command(plan) == (
        "secondvictim triage --event-date 2026-03-27 --situation paediatric-event --situation staff-death"
    )
    assert checkin_command(team_plan(guide, EVENT_DAY)) == "secondvictim triage --event-date 2026-03-27"


def test_no_field_takes_a_name():
    # What the manager gives: dates, yes/no, ids of the guide. Nothing that could hold a person.
    assert set(TeamPlan.model_fields) == {"event_date", "death", "situations", "steps"}
    assert set(PlannedStep.model_fields) == {"id", "day", "date", "until"}
    assert set(Answers.model_fields) == {"red_flags", "event", "situations", "signs", "role", "internal"}


# --- the document ----------------------------------------------------------------------------


def test_team_document_in_english(guide):
    plan = team_plan(guide, EVENT_DAY, situations=("paediatric-event",))
    doc = team_document(guide, plan, "en")
    text = text_of(doc)
    for expected in (
        "When an event affects a team: the plan from the event of Friday 27 March 2026",
        "- An event involving a child",
        "- Friday 27 March 2026, same shift: A short team huddle",
        "- Saturday 28 March 2026 (weekend), within 24 to 48 hours:",
        "- Monday 30 March 2026 to Friday 24 April 2026, between day 3 and day 28: Offer the team a voluntary",
        "- Sunday 26 April 2026 (weekend), about day 30:",
        "Share the facts known so far, briefly, without analysing them",
        "strong reactions (shock, sadness, anger, guilt, poor sleep) are common and normal",
        "Say whom to call",
        "cover for anyone who needs to step away, breaks, and how each person gets home",
        "What not to do: - No analysis of the event",
        "No search for someone responsible",
        "Count them by role, never by name",
        "Students on placement",
        "Resident doctors (interns)",
        "The night team",
        "Non-clinical staff",
        "You, the manager",
        "secondvictim triage --event-date 2026-03-27 --situation paediatric-event",
        "led by a trained facilitator (a psychologist)",
        "Voluntary, never compulsory",
        "No one is asked to retell the event.",
        "(RMM)",
        "(REX, CREX)",
        "no clear benefit of single-session group debriefing",
        "The one-month check",
        "Your own support, as a manager",
        "112: European emergency number",
    ):
        assert expected in text, expected
    assert "silence" not in text  # no death, no pause
    assert doc[-1].text == guide.manager_support.line["en"]


def test_the_pause_only_when_a_patient_died(guide):
    with_death = text_of(team_document(guide, team_plan(guide, EVENT_DAY, death=True), "en"))
    assert "A moment of silence after a death (optional)" in with_death
    assert "15 to 45 seconds of silence" in with_death
    assert "anyone may step out" in with_death
    # Right after the death: before the huddle.
    assert with_death.index("A moment of silence") < with_death.index("Same-shift team huddle")


def test_team_document_in_french_has_no_english(guide):
    plan = team_plan(guide, EVENT_DAY, death=True, situations=("young-adult-death",))
    text = plain_text(team_document(guide, plan, "fr"), "fr")
    flat = unspaced(re.sub(r"\s+", " ", text))
    assert flat.startswith(
        "Quand un événement touche une équipe : le plan à partir de l'événement du vendredi 27 mars 2026"
    )
    assert "du lundi 30 mars 2026 au vendredi 24 avril 2026, entre J+3 et J+28 : " in flat
    assert "revue de mortalité et de morbidité (RMM)" in flat
    assert [s for s in english_texts(guide) if s in text] == []


def test_team_data_has_its_schema_language_and_every_date(guide):
    plan = team_plan(guide, EVENT_DAY, death=True, situations=("staff-death",))
    data = check(team_data(guide, plan, "fr", plan_id="0" * 32, written=EVENT_DAY, warnings=[]), "team")
    assert (data["schema"], data["lang"], data["event_date"]) == ("secondvictim/team/3", "fr", "2026-03-27")
    assert [(s["id"], s["date"], s["until"]) for s in data["steps"]] == [
        ("huddle", "2026-03-27", None),
        ("checkins", "2026-03-28", None),
        ("reflection", "2026-03-30", "2026-04-24"),
        ("month", "2026-04-26", None),
    ]
    assert data["situations"][0]["id"] == "staff-death"
    assert data["pause"]["title"].startswith("Un moment de silence")
    assert data["checkins"]["command"].endswith("--situation staff-death")
    plain = team_data(guide, team_plan(guide, EVENT_DAY), "en", plan_id="0" * 32, written=EVENT_DAY, warnings=[])
    assert plain["pause"] is None
    json.dumps(data)  # plain JSON, no dates or models left


# --- the manager's own support, situations and peers in the other outputs ---------------------


@pytest.mark.parametrize(
    "answers", [Answers(event=False), Answers(event=True), Answers(red_flags=("danger",))]
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_triage_result_ends_with_the_managers_line(run, guide, answers, lang):
    doc = triage_document(guide, recommend(guide, answers), lang)
    assert doc[-1].text == guide.manager_support.line[lang]
    args = ["--red-flag", *answers.red_flags] if answers.red_flags else ["--event" if answers.event else "--no-event"]
    data = json.loads(run("--lang", lang, "triage", *args, "--json").stdout)
    # In the JSON with the language's typography (issue 27, L21): the same words.
    said = data["manager_support"]["line"].replace("\u00a0", " ").replace("\u202f", " ")
    assert (data["level"], said) == (recommend(guide, answers).level, guide.manager_support.line[lang])


def test_managers_line_says_what_the_brief_asks(guide):
    line = guide.manager_support.line["en"]
    assert "demanding" in line and "0805 23 23 36" in line and "red flags apply to you" in line
    assert "managers' calls" in line


def test_about_has_the_managers_section(guide):
    text = text_of(about_document(guide, "en"))
    assert "Your own support, as a manager" in text
    assert "it takes managers' calls" in text
    assert "The same red flags apply to you" in text


def test_situations_in_signs(guide):
    data = signs_data(guide, "en")
    assert len(data["situations"]) == 11
    assert data["situations"][0] == {
        "id": "paediatric-event",
        "label": "An event involving a child",
        "description": None,  # a situation is not described as a sign is
        "source": guide.situations[0].source,
    }


def test_situation_labels_describe_the_situation_not_the_person(guide):
    # No label calls the professional something ("a careless nurse", "the guilty one").
    for situation in guide.situations:
        for label in situation.label.values():
            assert not re.search(r"\b(careless|guilty|fault|négligent|fautif|coupable)", label, re.I), label


def test_every_addition_names_its_source(guide):
    team = guide.team
    sections = [team.huddle, team.pause, team.think_of, team.checkins, team.reflection, team.month]
    assert all(s.source for s in sections)
    assert all(s.source for s in team.steps)
    assert all(s.source for s in guide.situations)
    assert guide.peer_offer.source and guide.manager_support.source


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_decision_with_situations_still_fits_80_by_24(guide, lang):
    from secondvictim.render.terminal import layout
    from secondvictim.rules.choices import Internal, Role

    from .test_screen import DECISION_ROWS

    ids = [s.id for s in guide.situations]
    # Each situation alone (the longest label decides), and more of them: one is named, and the count.
    combos = [(i,) for i in ids] + [tuple(ids[:n]) for n in range(2, len(ids) + 1)]
    too_long = []
    for situations in combos:
        for event in (True, False):
            for role, internal in itertools.product((Role.physician, Role.nurse), Internal):
                answers = Answers(event=event, situations=situations, role=role, internal=internal)
                lines = layout(decision_document(guide, recommend(guide, answers), lang), 80, rich=True, lang=lang)
                if len(lines) > DECISION_ROWS:
                    too_long.append((len(lines), situations, event, role, internal))
    assert too_long == []


def test_the_guidance_lists_every_situation_the_decision_counts(guide):
    answers = Answers(event=True, situations=("paediatric-event", "staff-death"))
    rec = recommend(guide, answers)
    assert rec.reasons == ("event", "paediatric-event", "staff-death")
    decision = text_of(decision_document(guide, rec, "en"))
    assert "2 situations that call for outreach, including an event involving a child." in decision
    rest = text_of(guidance_document(guide, rec, "en"))
    assert "- The professional was involved in a serious event during care" in rest
    assert "- Situation that calls for outreach: An event involving a child" in rest
    assert "- Situation that calls for outreach: The death of a member of staff" in rest


# --- an institution's own data ---------------------------------------------------------------


def test_a_step_window_that_ends_before_it_starts_is_located(tmp_path):
    folder = tmp_path / "inst"
    folder.mkdir()
    path = folder / "team.yaml"
    path.write_text("team:\n  steps:\n    - id: reflection\n      until: 1\n")
    with pytest.raises(DataError) as info:
        assemble(packaged_data_dir(), folder)
    assert [p.render("en") for p in info.value.problems] == [
        f"{path}:4: team.steps[0].until: until is a day on or after day: a window cannot end before it starts"
    ]


INSTITUTION_SIGNS = """\
situations:
  - id: violence-against-staff
    label:
      en: Violence against a member of staff
      fr: Une violence envers un membre du personnel
"""

INSTITUTION_RESOURCES = """\
resources:
  - id: peer-supporters
    kind: peer
    name:
      en: Peer supporters of the emergency department
      fr: Pairs aidants des urgences
    how_to_reach:
      en: Through the switchboard
      fr: Par le standard
    audience:
      en: All staff
      fr: Tous les professionnels de l'établissement
"""


@pytest.fixture
def institution(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "signs.yaml").write_text(INSTITUTION_SIGNS, encoding="utf-8")
    (folder / "resources.yaml").write_text(INSTITUTION_RESOURCES, encoding="utf-8")
    return folder


def test_institution_situation_and_peer_in_the_triage(run, institution):
    result = run(
        "--data-dir", str(institution), "triage", "--no-event", "--situation", "violence-against-staff"
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("LEVEL 1 OF 3: OFFER SUPPORT\n")
    assert "\nSituation that calls for outreach: Violence against a member of staff.\n" in out
    assert "- Situation that calls for outreach: Violence against a member of staff\n" in out
    peers = out[out.index("Peer supporters\n") : out.index("Follow-up\n")]
    flat = " ".join(peers.split())
    assert "Would you like me to put you in touch with one of them?" in flat
    assert "Ask first: a peer supporter is proposed, never assigned" in flat
    assert "- Peer supporters of the emergency department\n  Through the switchboard\n" in peers
    # After the manager's own contact: the contacts come first.
    assert out.index("Whom to contact") < out.index("Peer supporters\n")
    data = json.loads(
        run(
            "--data-dir",
            str(institution),
            "triage",
            "--no-event",
            "--situation",
            "violence-against-staff",
            "--json",
        ).stdout
    )
    check(data, "triage")  # the published schema holds peers and situations too
    assert data["reasons"] == [
        {"id": "violence-against-staff", "label": "Violence against a member of staff"}
    ]
    assert [p["id"] for p in data["peers"]] == ["peer-supporters"]
    assert data["peer_offer"]["consent"].startswith("Ask first")


def test_institution_peer_not_offered_at_level_3_nor_0(run, institution):
    for args in (["--red-flag", "danger"], ["--no-event"]):
        out = run("--data-dir", str(institution), "triage", *args).stdout
        assert "Peer supporters" not in out, args


def test_institution_situation_listed_by_signs_and_validated(run, institution):
    data = check(json.loads(run("--data-dir", str(institution), "signs", "--json").stdout), "signs")
    assert data["situations"][-1]["id"] == "violence-against-staff"
    assert len(data["situations"]) == 12
    out = unspaced(run("--data-dir", str(institution), "--lang", "fr", "signs").stdout)
    assert "- Une violence envers un membre du personnel\n  identifiant : violence-against-staff\n" in out
    assert run("validate", str(institution)).exit_code == 0


def test_validate_checks_peers_like_other_resources(run, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "resources.yaml"
    path.write_text("resources:\n  - id: peers\n    kind: peer\n    phone: 0472112233\n")
    result = run("validate", str(folder))
    assert result.exit_code == 2
    assert f"{path}:4: resources[0].phone: a phone number is digits as dialled" in result.stdout
    assert f"{path}:2: resources[0].name: required, but missing" in result.stdout


def test_a_situation_id_cannot_be_event(tmp_path):
    folder = tmp_path / "inst"
    folder.mkdir()
    path = folder / "signs.yaml"
    path.write_text("situations:\n  - id: event\n    label:\n      en: Something\n")
    with pytest.raises(DataError) as info:
        assemble(packaged_data_dir(), folder)
    assert [p.render("en") for p in info.value.problems] == [
        f"{path}:2: situations[0].id: 'event' is a word the triage answers with: choose another id"
    ]


def test_starter_file_shows_a_peer_commented(run, tmp_path):
    folder = tmp_path / "contacts"
    assert run("init", str(folder)).exit_code == 0
    text = (folder / "resources.yaml").read_text(encoding="utf-8")
    assert "  # Your trained peer supporters, proposed after your own contact" in text
    assert "  #   kind: peer\n" in text
    # Uncommented, the example is valid and is offered by the triage.
    lines = text.splitlines()
    start = lines.index("  # - id: peer-supporters")
    lines[start:] = [line.replace("  # ", "  ", 1) for line in lines[start:]]
    (folder / "resources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("validate", str(folder)).exit_code == 0
    out = run("--data-dir", str(folder), "triage", "--event").stdout
    assert "- Peer supporters (trained colleagues)\n" in out


def test_an_institution_step_takes_its_place_in_date_order(tmp_path):
    folder = tmp_path / "inst"
    folder.mkdir()
    (folder / "team.yaml").write_text(
        "team:\n  steps:\n    - id: week\n      day: 7\n"
        "      title: {en: one-week check}\n      when: {en: About day 7}\n      what: {en: Check in.}\n"
    )
    guide = assemble(packaged_data_dir(), folder).guide
    plan = team_plan(guide, EVENT_DAY)
    assert [s.id for s in plan.steps] == ["huddle", "checkins", "reflection", "week", "month"]


# --- secondvictim team -------------------------------------------------------------------------

TEAM = ("team", "--event-date", "2026-03-27")


@pytest.fixture
def terminal(keyboard):
    """Pretend stdin is a terminal, so that the team plan asks its questions."""
    keyboard.at_terminal = True


def test_team_by_options(run, guide):
    result = run(*TEAM, "--death", "--situation", "staff-death", "--situation", "paediatric-event")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("When an event affects a team: the plan from the event of Friday 27 March 2026\n")
    flat = " ".join(out.split())
    assert "- An event involving a child - The death of a member of staff" in flat
    assert "A moment of silence after a death (optional)" in out
    assert "secondvictim triage --event-date 2026-03-27 --situation paediatric-event --situation staff-death" in flat
    assert flat.endswith(" ".join(guide.manager_support.line["en"].split()))


def test_team_without_a_terminal_asks_nothing_and_needs_no_option(run):
    result = run("team")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "moment of silence" not in result.stdout  # no death said: no pause
    assert "Situations that call for outreach" not in result.stdout


def test_team_asks_two_questions_on_a_terminal(run, terminal):
    result = run(*TEAM, input="oui\n1 11\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("> ") == 3  # and the offer to keep the plan
    assert result.stderr.startswith("Team plan: two questions, then the plan. No names are asked")
    assert result.stderr.endswith("Nothing was kept.\n")
    assert "Did a patient die? [y/n]" in result.stderr
    assert "Does one of these situations apply?" in result.stderr
    assert "  11. The death of a member of staff" in result.stderr
    assert "A moment of silence after a death (optional)" in result.stdout
    assert "--situation paediatric-event --situation staff-death" in " ".join(result.stdout.split())


def test_team_options_skip_their_questions(run, terminal):
    result = run(*TEAM, "--no-death", "--situation", "none")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    result = run(*TEAM, "--no-death", input="\n")
    assert result.stderr.count("> ") == 2 and "Did a patient die?" not in result.stderr


def test_team_end_of_input_stops_cleanly(run, terminal):
    result = run(*TEAM, input="")
    assert result.exit_code == 1
    assert result.stdout == "" and "Traceback" not in result.output


def test_team_in_french(run, guide):
    result = run("--lang", "fr", "team", "--event-date", "27/03/2026", "--death", "--situation", "young-adult-death")
    assert result.exit_code == 0, result.output
    out = unspaced(result.stdout)
    assert out.startswith("Quand un événement touche une équipe : le plan à partir de l'événement du vendredi 27 mars 2026\n")
    assert "Un moment de silence après un décès (facultatif)" in out
    assert "- Le décès d'un jeune adulte" in out
    assert [s for s in english_texts(guide) if s in result.stdout] == []


def test_team_in_french_on_a_terminal(run, terminal):
    result = run("--lang", "fr", *TEAM, input="non\n\n")
    assert result.exit_code == 0, result.output
    assert "Un patient est-il décédé ? [o/n]" in unspaced(result.stderr)
    assert "Un moment de silence" not in result.stdout


def test_team_unknown_situation_lists_the_valid_ones(run):
    result = run(*TEAM, "--situation", "paediatrics")
    assert result.exit_code == 2
    assert "paediatric-event" in result.stderr and result.stdout == ""
    # A word of the situation's id or label names it, as an answer to the question does.
    named = run(*TEAM, "--situation", "paediatric", "--json")
    assert named.exit_code == 0 and json.loads(named.stdout)["situations"][0]["id"] == "paediatric-event"
    result = run(*TEAM, "--situation", "none", "--situation", "staff-death")
    assert result.exit_code == 2


def test_team_json_is_the_same_on_stdout_and_in_the_file(run, tmp_path):
    target = tmp_path / "team.json"
    both = run(*TEAM, "--death", "--situation", "staff-death", "--json", "-o", str(target))
    assert both.exit_code == 0, both.stderr
    shown = check(json.loads(both.stdout), "team")
    assert json.loads(target.read_text(encoding="utf-8")) == shown
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert (shown["lang"], shown["event_date"], shown["warnings"]) == ("en", "2026-03-27", [])
    assert shown["steps"][2]["until_text"] == "Friday 24 April 2026"
    assert [s["weekend"] for s in shown["steps"]] == [False, True, False, True]
    # Separate runs: separate plans, the same shape.
    again = json.loads(run(*TEAM, "--death", "--situation", "staff-death", "--json").stdout)
    assert again["plan_id"] != shown["plan_id"]
    assert {**again, "plan_id": None, "plan_code": None} == {**shown, "plan_id": None, "plan_code": None}
    check(json.loads(run("--lang", "fr", "team", "--json").stdout), "team")


def test_team_summary_file_is_private_and_never_replaced(keyboard, run, tmp_path, monkeypatch):
    target = tmp_path / "team.md"
    result = run(*TEAM, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert f"Written: {target}" in result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Second-victim support: plan for a team\n")
    assert "This file holds no name and no identity." in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # An existing file stops the command before any question, and is left as it was.
    keyboard.at_terminal = True
    again = run(*TEAM, "-o", str(target), input="oui\n\n")
    assert again.exit_code == 3 and "> " not in again.stderr
    assert target.read_text(encoding="utf-8") == text
    assert run(*TEAM, "--death", "--situation", "none", "-o", str(target), "--force").exit_code == 0
    assert "moment of silence" in target.read_text(encoding="utf-8")
    page = tmp_path / "team.html"
    assert run("--lang", "fr", *TEAM, "--no-death", "--situation", "none", "-o", str(page)).exit_code == 0
    assert 'lang="fr"' in page.read_text(encoding="utf-8")
    assert run(*TEAM, "--no-death", "-o", str(tmp_path / "team.odt")).exit_code == 2


def test_team_calendar_read_by_an_independent_parser(run, tmp_path):
    target = tmp_path / "team.ics"
    result = run(*TEAM, "--situation", "staff-death", "--ics", str(target), "--json")
    assert result.exit_code == 0, result.output
    plan_id, code = json.loads(result.stdout)["plan_id"], json.loads(result.stdout)["plan_code"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = parse_ics(target.read_bytes().decode("utf-8"))
    assert ics_dates(events) == ["20260327", "20260328", "20260330", "20260426"]
    assert [e["SUMMARY"] for e in events] == [
        f"Team support, plan {code}: team huddle, Friday 27 March 2026",
        f"Team support, plan {code}: individual check-ins, Saturday 28 March 2026",
        f"Team support, plan {code}: voluntary team reflection, Monday 30 March 2026",
        f"Team support, plan {code}: one-month team check, Sunday 26 April 2026",
    ]
    assert "Until Friday 24 April 2026." in events[2]["DESCRIPTION"]
    assert events[1]["DESCRIPTION"].startswith("Saturday 28 March 2026 falls on a weekend")
    assert "weekend" not in events[0]["DESCRIPTION"]
    assert all("secondvictim team --event-date 2026-03-27" in e["DESCRIPTION"] for e in events)
    assert all("15 or 112" in e["DESCRIPTION"] for e in events)
    # Like the follow-up reminders: private, transparent, at 08:30 ringing then, UIDs from the plan.
    assert all((e["CLASS"], e["TRANSP"]) == ("PRIVATE", "TRANSPARENT") for e in events)
    assert [e["UID"] for e in events] == [
        f"{plan_id}-team-{step}@secondvictim" for step in ("huddle", "checkins", "reflection", "month")
    ]
    calendar = read_vobject(target)  # a second, independent parser
    assert [e.dtstart.value.date() for e in calendar.contents["vevent"]] == [
        date(2026, 3, 27),
        date(2026, 3, 28),
        date(2026, 3, 30),
        date(2026, 4, 26),
    ]


def test_team_calendar_in_french(run, tmp_path):
    target = tmp_path / "equipe.ics"
    assert run("--lang", "fr", *TEAM, "--ics", str(target)).exit_code == 0
    events = parse_ics(target.read_bytes().decode("utf-8"))
    # The plan's code after "plan", then French typography (« : » with its non-breaking space).
    assert re.fullmatch(
        r"Soutien d'équipe, plan [2-9A-HJ-NP-Z]{4} : temps d'équipe, vendredi 27 mars 2026", unspaced(events[0]["SUMMARY"])
    )
    assert "Jusqu'au vendredi 24 avril 2026." in events[2]["DESCRIPTION"]


def test_team_calendar_already_past_is_said(run, tmp_path):
    old = (date.today() - timedelta(days=40)).isoformat()
    result = run("team", "--event-date", old, "--ics", str(tmp_path / "t.ics"), "--json")
    assert result.exit_code == 0
    assert "already past" in result.stderr
    assert [w["code"] for w in check(json.loads(result.stdout), "team")["warnings"]] == ["reminders_past"]


def test_team_with_broken_institution_data_still_gives_the_plan(run, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "resources.yaml").write_text("resources:\n  - id: psychologist\n    phone: 15\n")
    result = run("--data-dir", str(folder), *TEAM, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["warnings"][0]["code"] == "data_fallback"
    assert "phone" in result.stderr


def test_triage_situation_in_french(run):
    result = run("--lang", "fr", "triage", "--no-event", "--situation", "staff-death")
    assert result.exit_code == 0, result.output
    out = unspaced(result.stdout)
    assert out.startswith("NIVEAU 1 SUR 3 : PROPOSER UN SOUTIEN\n")
    assert "Situation qui appelle une prise de contact : le décès d'un membre du personnel." in out


def test_signs_lists_situations_with_their_ids(run):
    out = run("signs").stdout
    assert "Situations that call for outreach\n" in out
    assert "- An event involving a child\n  id: paediatric-event\n" in out
    data = json.loads(run("signs", "--json").stdout)
    assert [s["id"] for s in data["situations"]][:2] == ["paediatric-event", "unexpected-death"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_team_plan_first_screen_fits_80_by_24_with_any_situations(guide, lang):
    from secondvictim.commands.team_view import team_decision
    from secondvictim.render.blocks import typeset_document
    from secondvictim.render.terminal import layout

    from .test_screen import DECISION_ROWS

    # The longest labels first: the worst case for each count.
    ids = sorted((s.id for s in guide.situations), key=lambda i: -len(guide.situation(i).label[lang]))
    too_long = []
    for count in range(len(ids) + 1):
        for death in (False, True):
            plan = team_plan(guide, EVENT_DAY, death=death, situations=tuple(ids[:count]))
            rows = len(layout(typeset_document(team_decision(guide, plan, lang), lang), 80, rich=True, lang=lang))
            if rows > DECISION_ROWS:
                too_long.append((rows, count, death))
    assert too_long == []


def test_the_team_plan_names_the_first_situation_first_and_lists_them_all_after(guide):
    from secondvictim.commands.team_view import team_decision, team_rest

    plan = team_plan(guide, EVENT_DAY, situations=("paediatric-event", "staff-death", "complaint-or-litigation"))
    first = text_of(team_decision(guide, plan, "en"))
    assert "3 situations that call for outreach, including an event involving a child." in first
    rest = text_of(team_rest(guide, plan, "en"))
    for label in ("An event involving a child", "The death of a member of staff", "complaint"):
        assert label in rest


def test_team_reminders_at_the_alarm_time_asked(run, tmp_path):
    target = tmp_path / "team.ics"
    result = run(*TEAM, "--ics", str(target), "--alarm-time", "9h15")
    assert result.exit_code == 0, result.output
    events = read_vobject(target).contents["vevent"]
    assert events and all(e.dtstart.value.strftime("%H:%M") == "09:15" for e in events)
    assert all(e.valarm.trigger.value == timedelta(0) for e in events)
    assert run(*TEAM, "--ics", str(tmp_path / "x.ics"), "--alarm-time", "25:00").exit_code == 2
    assert not (tmp_path / "x.ics").exists()


def test_the_team_plan_names_one_or_two_situations_in_full_and_says_whom_to_call(guide):
    from secondvictim.commands.team_view import team_decision

    plan = team_plan(guide, EVENT_DAY, situations=("paediatric-event", "staff-death"))
    first = text_of(team_decision(guide, plan, "en"))
    assert (
        "Situations that call for outreach: An event involving a child; The death of a member of staff." in first
    )
    # Whom to call: SPS, the internal contacts (not set in the packaged guide: one line), the CUMP
    # through the 15 after a staff member's death, then the emergency line.
    calls = first[first.index("Whom to call:") :]
    assert calls.index("0805 23 23 36: SPS") < calls.index("Internal contacts: not set yet")
    assert calls.index("Internal contacts: not set yet") < calls.index("15 (SAMU): ask for the CUMP")
    assert calls.index("15 (SAMU): ask for the CUMP") < calls.index("Immediate danger: 15 or 112")
    # Without a situation that calls for it, no CUMP.
    plain = text_of(team_decision(guide, team_plan(guide, EVENT_DAY, situations=("paediatric-event",)), "en"))
    assert "CUMP" not in plain and "0805 23 23 36: SPS" in plain
