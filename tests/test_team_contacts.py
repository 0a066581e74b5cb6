"""Issue 24, item 6: the team plan's "Whom to call" names the institution's internal contacts with
their numbers (or one line that they are not set), SPS and the peer supporters, and the CUMP
through the 15 for the events that call for it (a staff member's death, several bad outcomes, an
event in the media), in both languages, on the terminal, in the files and in JSON."""

import json

import pytest

from .test_institution import INSTITUTION

PEERS = """\
  - id: peer-supporters
    kind: peer
    name:
      en: Peer supporters of Hôpital Nord
      fr: Pairs aidants de l'hôpital Nord
    phone: "04 72 11 22 99"
    audience:
      en: Every professional of the institution
      fr: Tout professionnel de l'établissement
"""
TEAM = ("team", "--event-date", "2026-03-27", "--no-death")


@pytest.fixture
def institution(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(INSTITUTION + PEERS, encoding="utf-8")
    return folder


def calls_of(screen):
    """The "Whom to call" list of the plan's first screen, as one line."""
    flat = " ".join(screen.split())
    start = flat.index("Whom to call:") if "Whom to call:" in flat else flat.index("Qui appeler")
    return flat[start : start + 700]


def test_the_institution_contacts_with_their_numbers_sps_and_the_peers(run, institution):
    result = run("--data-dir", str(institution), *TEAM, "--situation", "paediatric-event")
    assert result.exit_code == 0, result.output
    calls = calls_of(result.stdout)
    for number, name in (("04 72 11 22 33", "Staff psychology unit"), ("0805 23 23 36", "SPS"), ("04 72 11 22 99", "Peer supporters")):
        assert number in calls and name in calls, (number, calls)
    # Occupational medicine and the quality officer are not set: said in one line.
    assert "not set" in calls.lower()
    assert "04 72 11 22 33, ext. 5510" in calls
    assert "CUMP" not in result.stdout  # an event involving a child does not call for it


def test_without_institution_data_one_line_says_the_contacts_are_not_set(run):
    result = run(*TEAM, "--situation", "none")
    calls = calls_of(result.stdout)
    assert "0805 23 23 36: SPS" in calls and "Internal contacts: not set yet" in calls
    assert calls.index("Internal contacts: not set yet") < calls.index("Immediate danger: 15 or 112")


@pytest.mark.parametrize("situation", ["staff-death", "several-bad-outcomes", "high-profile-event"])
def test_the_cump_through_the_15_for_the_events_that_call_for_it(run, situation, tmp_path):
    result = run(*TEAM, "--situation", situation)
    assert "15 (SAMU): ask for the CUMP" in calls_of(result.stdout)
    french = run("--lang", "fr", *TEAM, "--situation", situation)
    assert "CUMP" in french.stdout and "15 (SAMU)" in french.stdout
    # In the files and in JSON, with its source (the instruction DGS/VSS2/2017/7).
    page = tmp_path / f"{situation}.html"
    assert run(*TEAM, "--situation", situation, "-o", str(page)).exit_code == 0
    assert "CUMP" in page.read_text()
    data = json.loads(run(*TEAM, "--situation", situation, "--json").stdout)
    assert "CUMP" in data["cump"]["text"] and "DGS/VSS2/2017/7" in data["cump"]["source"]
    assert [r["id"] for r in data["contacts"]][-1] == "sps"


def test_the_json_names_the_contacts_and_no_cump_when_not_called_for(run, institution):
    data = json.loads(run("--data-dir", str(institution), *TEAM, "--situation", "none", "--json").stdout)
    assert data["cump"] is None
    contacts = {r["id"]: r for r in data["contacts"]}
    assert contacts["psychologist"]["phone"] == "04 72 11 22 33"
    assert {"occupational-medicine", "sps", "peer-supporters"} <= contacts.keys()
    assert "house-of-psychology" not in contacts  # disabled by the institution


# Issue 24 (item 6 leftovers): `validate` checks the CUMP's situation ids against the situations.
def cump_section(situations):
    return (
        "team:\n"
        "  cump:\n"
        f"    situations: [{', '.join(situations)}]\n"
        "    short:\n"
        "      en: 15 (SAMU), ask for the CUMP.\n"
        "      fr: 15 (SAMU), demander la CUMP.\n"
        "    text:\n"
        "      en: 15 (SAMU) for the CUMP.\n"
        "      fr: 15 (SAMU) pour la CUMP.\n"
        "    source: Instruction DGS/VSS2/2017/7\n"
    )


def test_validate_names_an_unknown_cump_situation_with_its_file_and_line(run, tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "team.yaml").write_text(cump_section(["staff-death", "staf-death"]), encoding="utf-8")
    result = run("validate", str(folder))
    assert result.exit_code == 2, result.output
    path = folder / "team.yaml"
    assert f"{path}:3: team.cump.situations[1]: unknown situation id 'staf-death'" in result.stdout
    assert "'staff-death'" not in result.stdout  # the known id is not a problem
    data = json.loads(run("validate", str(folder), "--json").stdout)
    [problem] = data["problems"]
    assert (problem["file"], problem["line"], problem["field"]) == (str(path), 3, "team.cump.situations[1]")
    french = run("--lang", "fr", "validate", str(folder))
    assert "team.yaml:3: team.cump.situations[1]: identifiant de situation inconnu" in french.stdout
    assert "staf-death" in french.stdout
    # The team plan warns with the same problem and shows the packaged guide, CUMP included.
    plan = run("--data-dir", str(folder), *TEAM, "--situation", "staff-death")
    assert plan.exit_code == 0 and "Traceback" not in plan.output
    assert "team.cump.situations[1]: unknown situation id 'staf-death'" in plan.stderr
    assert "15 (SAMU): ask for the CUMP" in calls_of(plan.stdout)


def test_a_situation_the_institution_adds_or_hides_is_a_known_cump_situation(run, tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "signs.yaml").write_text(
        "situations:\n"
        "  - id: assault-on-staff\n"
        "    label:\n"
        "      en: An assault on a member of staff\n"
        "      fr: Une agression d'un membre du personnel\n"
        "    source: Our CUMP agreement\n"
        "  - id: staff-death\n"
        "    enabled: false\n",
        encoding="utf-8",
    )
    (folder / "team.yaml").write_text(cump_section(["staff-death", "assault-on-staff"]), encoding="utf-8")
    assert run("validate", str(folder)).exit_code == 0
    plan = run("--data-dir", str(folder), *TEAM, "--situation", "assault-on-staff")
    assert plan.exit_code == 0, plan.output
    assert "15 (SAMU), ask for the CUMP." in calls_of(plan.stdout)
    # The packaged CUMP list, with a situation hidden by the institution, is valid too.
    (folder / "team.yaml").unlink()
    assert run("validate", str(folder)).exit_code == 0


def test_no_violence_situation_without_a_source_and_the_cump_text_does_not_claim_it(run):
    # The CUMP texts found name disasters, attacks, hostage-takings and accidents with many
    # victims, not violence against staff (README, team plan): no such situation is offered, and
    # the CUMP text does not list violence among the events that call for it.
    data = json.loads(run(*TEAM, "--situation", "staff-death", "--json").stdout)
    assert "violence" not in data["cump"]["text"].lower()
    french = json.loads(run("--lang", "fr", *TEAM, "--situation", "staff-death", "--json").stdout)
    assert "violence" not in french["cump"]["text"].lower()
    assert run(*TEAM, "--situation", "violence").exit_code == 2
