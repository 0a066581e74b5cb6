"""The merge rules of the README ("Your institution's contacts"), where a mutation run of the merge
(issue 21) found them unpinned: "a known id changes that item (only the fields written), a new id
adds one, and `enabled: false` hides one", in every merged list (attitudes, the script's steps),
and every problem said at the institution's file and line ("file:line: field: problem").

Expected values are written from the README and from the files written here, never from the code.
"""

import yaml

from secondvictim.guide.loader import load, packaged_data_dir

from .test_pinned import hospital, refused


def _packaged(name):
    return yaml.safe_load((packaged_data_dir() / name).read_text(encoding="utf-8"))


def test_an_item_without_an_id_is_said_at_its_line_with_what_it_lacks(tmp_path):
    # A mapping without an id adds nothing by id: it is read as a new item, and validation says
    # at its line that the id (and anything else a resource needs) is missing.
    text = "resources:\n  - id: psychologist\n    phone: '04 72 11 22 33'\n  - name:\n      en: Staff line\n    kind: internal\n"
    listing = refused(tmp_path, "resources.yaml", text)
    path = tmp_path / "hospital" / "resources.yaml"
    assert f"{path}:4: resources[1].id: required, but missing" in listing
    assert f"{path}:4: resources[1].audience: required, but missing" in listing
    assert listing.count(f"{path}:") == 2


def test_a_script_step_is_changed_by_id_only_in_the_fields_written(tmp_path):
    steps = _packaged("script.yaml")["script"]["steps"]
    listen = next(step for step in steps if step["id"] == "listen")
    text = "script:\n  steps:\n    - id: listen\n      text:\n        en: Listen, and let them lead.\n        fr: Écoutez, et laissez la personne mener.\n"
    guide = load(hospital(tmp_path, "script.yaml", text)).guide
    merged = guide.script.steps
    # Same steps, same order; only the one named changed, only in its text.
    assert [step.id for step in merged] == [step["id"] for step in steps]
    changed = next(step for step in merged if step.id == "listen")
    assert changed.text["en"] == "Listen, and let them lead."
    assert changed.source == listen["source"]
    opening = next(step for step in merged if step.id == "open")
    assert opening.text["en"] == next(step for step in steps if step["id"] == "open")["text"]["en"]


def test_an_attitude_is_hidden_by_id_and_one_added_beside_the_others(tmp_path):
    attitudes = [item["id"] for item in _packaged("avoid.yaml")["attitudes"]]
    text = (
        "attitudes:\n  - id: false-reassurance\n    enabled: false\n"
        "  - id: judging\n    avoid:\n      en: Judging.\n      fr: Juger.\n"
        "    instead:\n      en: Listen.\n      fr: Écoutez.\n"
    )
    guide = load(hospital(tmp_path, "avoid.yaml", text)).guide
    assert [item.id for item in guide.attitudes] == [i for i in attitudes if i != "false-reassurance"] + ["judging"]


def test_a_problem_in_a_changed_field_is_said_at_the_institutions_line(tmp_path):
    # A packaged step changed with a value of the wrong kind: the problem is at the line of the
    # institution's file that wrote it, not at the packaged step's.
    text = "script:\n  steps:\n    - id: open\n      informal: 5\n"
    listing = refused(tmp_path, "script.yaml", text)
    assert f"{tmp_path / 'hospital' / 'script.yaml'}:4: script.steps[" in listing
    assert "].informal: expected a mapping" in listing


def test_a_hidden_situation_the_cump_names_is_known_not_misspelt(tmp_path):
    # README: an institution may hide situations; the CUMP's situations must be known ids
    # ("`validate` checks those ids"). A hidden one is known (never chosen), not a misspelling.
    assert "staff-death" in _packaged("team.yaml")["team"]["cump"]["situations"]
    loaded = load(hospital(tmp_path, "signs.yaml", "situations:\n  - id: staff-death\n    enabled: false\n"))
    assert "staff-death" not in [situation.id for situation in loaded.guide.situations]


def test_a_place_no_file_wrote_is_located_nowhere():
    # Every problem is said at the file and line that wrote it: a place no file wrote has none
    # (never a file's line made up for it), and a place a file wrote is found below it too.
    from pathlib import Path

    from secondvictim.guide.merge import Assembly

    assembly = Assembly()
    assert assembly.locate(("resources", 0, "phone")) is None
    assembly.add_file(Path("resources.yaml"), {"resources": [{"id": "psychologist"}]}, packaged=True)
    assert assembly.locate(("levels", 3)) is None
    found = assembly.locate(("resources", 0, "phone", "en"))
    assert found is not None and found.path == Path("resources.yaml")
    assert found.loc == ("resources", 0, "phone", "en")


def test_a_list_or_a_mapping_itself_is_located_where_its_file_wrote_it():
    # A problem at a list (its length) or at a part missing from a mapping is said at the file
    # that wrote the list or the mapping, at its key.
    from pathlib import Path

    from secondvictim.guide.merge import Assembly, Source

    packaged, hospital_file = Path("data/script.yaml"), Path("hospital/script.yaml")
    assembly = Assembly()
    assembly.add_file(packaged, {"script": {"principle": {"en": "P"}}, "attitudes": [{"id": "a"}]}, packaged=True)
    assembly.add_file(hospital_file, {"attitudes": [{"id": "b"}]})
    assert assembly.locate(("script", "steps")) == Source(packaged, ("script", "steps"))
    assert assembly.locate(("attitudes",)) == Source(packaged, ("attitudes",))
    # Past the last item: the list's own place, in the file that first gave it.
    assert assembly.locate(("attitudes", 5)) == Source(packaged, ("attitudes", 5))
    assert assembly.locate(("attitudes", 1, "avoid")) == Source(hospital_file, ("attitudes", 0, "avoid"))
