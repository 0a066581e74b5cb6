"""The merge of an institution's files, as the README states it, where the mutation run of issue 28
found it unpinned: "every problem in that data as file:line: field: problem" (each at the line of
the institution's file, and every one of them, not only the first), and `origin`: "packaged" or
the institution file an item came from.

The expected lines are written from the README and from the files written here, never from the
code.
"""

from pathlib import Path

import pytest
import yaml

from secondvictim.errors import DataError
from secondvictim.guide.loader import load, packaged_data_dir

from .test_pinned import hospital, refused


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        # A value replaced whole: the problem is at the institution's line, not the packaged one.
        ("script.yaml", "key_message: 5\n", ":1: key_message: expected a mapping"),
        # A part of a mapping merged key by key (`script`).
        ("script.yaml", "script:\n  principle: 5\n", ":2: script.principle: expected a mapping"),
        # A list given as something else: said where it is, whatever it is.
        ("avoid.yaml", "attitudes: just text\n", ":1: attitudes: expected a list"),
        ("avoid.yaml", "attitudes: 5\n", ":1: attitudes: expected a list"),
        ("script.yaml", "script:\n  steps: 5\n", ":2: script.steps: expected a list"),
        ("resources.yaml", "resources:\n  - just text\n", ":2: resources[0]: expected a mapping"),
    ],
    ids=["whole-value", "mapping-part", "list-as-text", "list-as-number", "mapping-list", "item-as-text"],
)
def test_each_problem_is_said_at_the_institutions_file_and_line(tmp_path, name, text, problem):
    listing = refused(tmp_path, name, text)
    assert f"{tmp_path / 'hospital' / name}{problem}" in listing


@pytest.mark.parametrize(
    ("first", "said"),
    [
        ("  - id: psychologist\n    phone: '04 72 11 22 33'\n  - id: psychologist\n    phone: '04 72 11 22 34'\n",
         ":4: resources[1].id: the id 'psychologist' is used twice"),
        ("  - id: quality-officer\n    enabled: maybe\n", ":3: resources[0].enabled: enabled is true or false"),
        ("  - id: nobody-here\n    enabled: false\n", ":2: resources[0].id: nothing to hide: no item has the id 'nobody-here'"),
    ],
    ids=["duplicate-id", "enabled-not-a-boolean", "nothing-to-hide"],
)
def test_every_problem_at_once_past_a_bad_item(tmp_path, first, said):
    # The bad item is said (with the id it names), and the item after it is still read.
    text = "resources:\n" + first + "  - id: house-of-psychology\n    fone: '1'\n"
    listing = refused(tmp_path, "resources.yaml", text)
    path = tmp_path / "hospital" / "resources.yaml"
    last_line = text.count("\n")
    assert f"{path}{said}" in listing
    assert f"{path}:{last_line}: " in listing and ".fone: unknown key" in listing


def test_an_item_repeated_unchanged_stays_packaged(tmp_path):
    # "`origin`: "packaged" or the institution file it came from": a copy of a packaged item
    # changes nothing, so it still comes from the package; a changed item comes from the file.
    packaged = yaml.safe_load((packaged_data_dir() / "resources.yaml").read_text(encoding="utf-8"))["resources"]
    samu = next(item for item in packaged if item["id"] == "samu")
    text = yaml.safe_dump({"resources": [samu, {"id": "psychologist", "phone": "04 72 11 22 33"}]}, allow_unicode=True)
    folder = hospital(tmp_path, "resources.yaml", text)
    loaded = load(folder)
    assert loaded.origin("resources", "samu") == "packaged"
    assert loaded.origin("resources", "psychologist") == str(Path(folder) / "resources.yaml")


def test_a_refused_text_does_not_hide_the_rest_of_its_file(tmp_path):
    # The protected text is refused, and what follows it in the same file is still read.
    listing = refused(tmp_path, "script.yaml", "safety_words:\n  en: It will pass.\nkey_message: 5\n")
    path = tmp_path / "hospital" / "script.yaml"
    assert f"{path}:1: safety_words" in listing
    assert f"{path}:3: key_message: expected a mapping" in listing


def test_a_problem_keeps_its_line_when_another_file_replaces_a_value(tmp_path):
    # resources.yaml is read before script.yaml: replacing script.yaml's key_message must not lose
    # where the problem in resources.yaml is.
    folder = hospital(tmp_path, "resources.yaml", "resources:\n  - id: psychologist\n    fone: '1'\n")
    (folder / "script.yaml").write_text("key_message:\n  en: You are not alone.\n  fr: Vous n'êtes pas seul.\n")
    with pytest.raises(DataError) as error:
        load(folder)
    assert f"{folder / 'resources.yaml'}:3: resources[0].fone: unknown key" in error.value.listing("en")
