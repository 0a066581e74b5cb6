"""Loading the guide: every failure becomes a DataError naming file, line and field."""

import shutil

import pytest

from secondvictim.errors import DataError
from secondvictim.guide.loader import assemble, load_guide, packaged_data_dir


@pytest.fixture
def data_dir(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(packaged_data_dir(), target)
    return target


def problems(directory):
    with pytest.raises(DataError) as info:
        assemble(directory)
    return [p.render("en") for p in info.value.problems]


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_number(path, needle):
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_packaged_data_is_valid():
    guide = assemble(packaged_data_dir()).guide
    assert len(guide.red_flags) == 4 and len(guide.warning_signs) == 5


def test_unquoted_phone_number_is_named_with_its_line(data_dir):
    path = data_dir / "resources.yaml"
    # YAML reads an unquoted 15 as a number, and 015 as 13.
    edit(path, 'phone: "15"', "phone: 15")
    line = line_number(path, "phone: 15")
    assert problems(data_dir) == [
        f"{path}:{line}: resources[7].phone: a phone number is digits as dialled, separated by spaces (not dots), in quotes, "
        'for example "0805 23 23 36"'
    ]


def test_duplicate_key_is_refused(data_dir):
    path = data_dir / "signs.yaml"
    edit(path, "  - id: guilt\n    label:\n", "  - id: guilt\n    id: guilt2\n    label:\n")
    line = line_number(path, "id: guilt2")
    assert problems(data_dir) == [f"{path}:{line}: the key 'id' is written twice"]


def test_duplicate_id_is_refused_at_the_second_occurrence(data_dir):
    path = data_dir / "avoid.yaml"
    # An attitude no rehearsal names (practice.yaml): renaming it leaves the one problem.
    edit(path, "- id: false-reassurance", "- id: minimising")
    lines = [i for i, line in enumerate(path.read_text().splitlines(), 1) if "id: minimising" in line]
    assert problems(data_dir) == [f"{path}:{lines[1]}: attitudes[6].id: the id 'minimising' is used twice"]


def test_unknown_key_and_bad_id_are_all_reported(data_dir):
    path = data_dir / "signs.yaml"
    edit(path, "  - id: anxiety\n    label:", "  - id: Anxiety!\n    lable:")
    found = problems(data_dir)
    line = line_number(path, "lable:")
    assert (
        f"{path}:{line - 1}: warning_signs[2].id: an id is lower-case letters, digits and hyphens, for example my-helpline"
        in found
    )
    assert f"{path}:{line}: warning_signs[2].lable: unknown key (check its spelling)" in found
    assert any(p.endswith("warning_signs[2].label: required, but missing") for p in found)


def test_unknown_reference_in_actions(data_dir):
    path = data_dir / "levels.yaml"
    edit(path, "requires: [medico-legal, complaint-or-litigation]", "requires: [legal-worry]")
    line = line_number(path, "requires: [legal-worry]")
    index = [a.id for a in load_guide().actions].index("insurance-reminder")
    assert problems(data_dir) == [f"{path}:{line}: actions[{index}].requires[0]: unknown answer id 'legal-worry'"]


def test_missing_level(data_dir):
    path = data_dir / "levels.yaml"
    edit(path, "  - level: 2\n", "  - level: 1\n")
    found = problems(data_dir)
    assert any(p.endswith("levels[2].level: level 1 is defined twice") for p in found)
    assert any(p.endswith("levels: level 2 is missing") for p in found)


def test_text_without_any_language(data_dir):
    path = data_dir / "script.yaml"
    text = path.read_text()
    start = text.index("key_message:")
    end = text.index("\n", text.index("  fr:", start)) + 1
    path.write_text(text[:start] + "key_message: {}\n" + text[end:])
    line = line_number(path, "key_message: {}")
    assert problems(data_dir) == [
        f"{path}:{line}: key_message: a text needs at least one language, for example en: ..."
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "expected a mapping with the keys disclaimer, about"),
        ("- a\n- b\n", "expected a mapping with the keys disclaimer, about"),
        ("just words\n", "expected a mapping with the keys disclaimer, about"),
    ],
)
def test_file_that_is_not_a_mapping(data_dir, content, message):
    path = data_dir / "about.yaml"
    path.write_text(content)
    assert problems(data_dir) == [f"{path}:1: {message}"]


def test_not_yaml(data_dir):
    path = data_dir / "about.yaml"
    path.write_text("about: [unclosed\n")
    (found,) = problems(data_dir)
    assert found.startswith(f"{path}:2: not valid YAML")


def test_invalid_utf8(data_dir):
    path = data_dir / "about.yaml"
    path.write_bytes(b"disclaimer:\n  en: caf\xe9\n")
    assert problems(data_dir) == [f"{path}:2: not valid UTF-8 text (save the file as UTF-8)"]


def test_object_constructing_tag_is_refused(data_dir):
    path = data_dir / "about.yaml"
    path.write_text("disclaimer: !!python/object/apply:os.system ['echo hi']\n")
    (found,) = problems(data_dir)
    assert found == f"{path}:1: typed values (dates, decimals, !!tags) are not allowed: put the text in quotes"


def test_alias_bomb_is_refused_quickly(data_dir):
    path = data_dir / "about.yaml"
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    path.write_text("\n".join(lines) + "\n")
    (found,) = problems(data_dir)
    assert found == f"{path}:1: anchors and aliases (&name, *name) are not allowed"


def test_file_too_large_is_refused_before_parsing(data_dir):
    path = data_dir / "about.yaml"
    path.write_bytes(b"#" * (1024 * 1024 + 1))
    assert problems(data_dir) == [f"{path}:1: file too large (1048577 bytes; the limit is 1 MiB)"]


def test_missing_file_and_directory(data_dir):
    (data_dir / "about.yaml").unlink()
    (data_dir / "avoid.yaml").unlink()
    (data_dir / "avoid.yaml").mkdir()
    assert problems(data_dir) == [
        f"{data_dir / 'about.yaml'}: file not found",
        f"{data_dir / 'avoid.yaml'}:1: not a regular file (a folder, a device or a pipe): expected a YAML file",
    ]


def test_key_in_the_wrong_file(data_dir):
    path = data_dir / "followup.yaml"
    path.write_text(path.read_text() + "resources: []\n")
    line = line_number(path, "resources: []")
    assert problems(data_dir) == [f"{path}:{line}: resources: unknown key (this file holds after_red_flag, followup)"]


def test_the_guide_is_loaded_once_per_process():
    from secondvictim.guide.loader import load_guide

    assert load_guide() is load_guide()


def test_many_problems_compose_each_file_once(data_dir, monkeypatch):
    import yaml

    path = data_dir / "resources.yaml"
    path.write_text("resources:\n" + "".join(f"  - id: x{i}\n    kind: internal\n" for i in range(200)))
    calls = []
    real = yaml.compose
    monkeypatch.setattr(yaml, "compose", lambda *a, **k: calls.append(1) or real(*a, **k))
    found = problems(data_dir)
    assert len(found) == 400  # name and audience missing in each of the 200 items
    assert found[-1] == f"{path}:400: resources[199].audience: required, but missing"
    assert len(calls) == 1
