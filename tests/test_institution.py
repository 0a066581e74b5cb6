"""An institution's own data: where it is found, how it merges, and hostile files."""

import json

import pytest

INSTITUTION = """\
resources:
  - id: psychologist
    name:
      en: Staff psychology unit, Hôpital Nord
    phone: "04 72 11 22 33"
    extension: "5510"
    hours:
      en: Monday to Friday, 8:30 to 18:00
  - id: house-of-psychology
    enabled: false
  - id: regional-helpline
    kind: external
    name:
      en: Rhône regional support line
    phone: "04 72 00 00 01"
    audience:
      en: Every health professional of the region
"""


@pytest.fixture
def institution(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(INSTITUTION, encoding="utf-8")
    return folder


def test_merge_changes_resources_exactly(run, institution):
    data = json.loads(run("--data-dir", str(institution), "resources", "--json").stdout)["resources"]
    assert [(r["id"], r["origin"]) for r in data] == [
        ("psychologist", str(institution / "resources.yaml")),
        ("occupational-medicine", "packaged"),
        ("quality-officer", "packaged"),
        ("sps", "packaged"),
        ("cnom", "packaged"),
        ("adop", "packaged"),
        ("regional-helpline", str(institution / "resources.yaml")),
        ("samu", "packaged"),
        ("emergency-112", "packaged"),
        ("sms-114", "packaged"),
        ("suicide-3114", "packaged"),
    ]
    psychologist = data[0]
    assert psychologist["name"] == "Staff psychology unit, Hôpital Nord"
    assert psychologist["audience"] == "All staff"  # kept from the package
    assert (psychologist["phone"], psychologist["extension"]) == ("04 72 11 22 33", "5510")
    assert psychologist["hours"] == "Monday to Friday, 8:30 to 18:00"


def test_merge_changes_triage(run, institution):
    out = run("--data-dir", str(institution), "triage", "--event", "--role", "nurse").stdout
    # Whom to call now: the institution's own number first, then the national lines.
    decision = out[out.index("Whom to call") : out.index("What to say first")]
    assert decision.index("04 72 11 22 33, ext. 5510: Staff psychology unit") < decision.index("0805 23 23 36")
    contacts = out[out.index("Whom to contact") : out.index("Follow-up")]
    assert (
        "- Staff psychology unit, Hôpital Nord\n"
        "  04 72 11 22 33, ext. 5510 – Monday to Friday, 8:30 to 18:00.\n"
        "  For: All staff\n"
    ) in contacts
    assert "House of psychology" not in contacts
    assert "- Rhône regional support line\n  04 72 00 00 01\n" in contacts
    # The numbers that work now first; the contacts not set yet in one item at the end.
    assert contacts.index("SPS") < contacts.index("Rhône") < contacts.index("Occupational health")
    assert "Occupational health; Quality officer" in " ".join(contacts.split())


def test_where_the_data_is_found(run, institution, tmp_path, monkeypatch):
    def psychologist_name(*args):
        return json.loads(run(*args, "resources", "--internal", "--json").stdout)["resources"][0]["name"]

    assert psychologist_name() == "Psychologist or psychological support unit"
    config = tmp_path / "config" / "secondvictim"  # XDG_CONFIG_HOME is tmp_path/config
    config.mkdir(parents=True)
    (config / "resources.yaml").write_text(
        "resources:\n  - id: psychologist\n    name:\n      en: From the configuration folder\n"
    )
    assert psychologist_name() == "From the configuration folder"
    monkeypatch.setenv("SECONDVICTIM_DATA_DIR", str(institution))
    assert psychologist_name() == "Staff psychology unit, Hôpital Nord"
    other = tmp_path / "other"
    other.mkdir()
    (other / "resources.yaml").write_text(
        "resources:\n  - id: psychologist\n    name:\n      en: From --data-dir\n"
    )
    assert psychologist_name("--data-dir", str(other)) == "From --data-dir"


def test_init_writes_a_valid_starter_and_never_overwrites(run, tmp_path):
    folder = tmp_path / "new" / "contacts"
    result = run("init", str(folder))
    assert result.exit_code == 0, result.output
    starter = (folder / "resources.yaml").read_text()
    for ident in ("psychologist", "occupational-medicine", "house-of-psychology", "quality-officer"):
        assert f"  - id: {ident}\n" in starter
    assert run("--data-dir", str(folder), "validate").exit_code == 0
    (folder / "resources.yaml").write_text("# filled in by hand\n")
    again = run("init", str(folder))
    assert again.exit_code == 3
    assert "already exists; nothing was written. Use --force to replace it." in again.stderr
    assert (folder / "resources.yaml").read_text() == "# filled in by hand\n"
    assert run("init", str(folder), "--force").exit_code == 0
    assert (folder / "resources.yaml").read_text() == starter
    assert [p.name for p in folder.iterdir()] == ["resources.yaml"]  # no temporary file left


def test_validate_valid_folder(run, institution):
    result = run("validate", str(institution))
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Institution data: {institution} (chosen by argument)\n\nFiles read:\n")
    assert f"- resources.yaml: packaged, then {institution / 'resources.yaml'}\n" in result.stdout
    assert result.stdout.endswith("Valid.\n")


def test_validate_json_lists_items_and_their_origin(run, institution):
    data = json.loads(run("validate", str(institution), "--json").stdout)
    resources = {item["id"]: item["origin"] for item in data["items"] if item["list"] == "resources"}
    assert resources["psychologist"] == resources["regional-helpline"] == str(institution / "resources.yaml")
    assert resources["sps"] == "packaged"
    assert "house-of-psychology" not in resources  # hidden
    assert data["valid"] is True and data["problems"] == []


def test_validate_without_institution_data(run):
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout.startswith("No institution data found")


def test_validate_lists_every_problem(run, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        "resources:\n"
        "  - id: psychologist\n"
        "    phone: 0472112233\n"
        "  - id: samu\n"
        '    phone: "16"\n'
        "  - id: Bad_Id\n"
        "    kind: external\n"
    )
    (folder / "resource.yml").write_text("resources: []\n")
    result = run("validate", str(folder))
    assert result.exit_code == 2
    path = folder / "resources.yaml"
    assert result.stdout.splitlines()[1:] == [
        "",
        "Not valid: 6 problems.",
        f"{folder / 'resource.yml'}:1: unknown file name (expected one of signs.yaml, resources.yaml, "
        "script.yaml, avoid.yaml, levels.yaml, followup.yaml, about.yaml, checkin.yaml, team.yaml, practice.yaml, handout.yaml, protocol.yaml)",
        f'{path}:3: resources[0].phone: a phone number is digits as dialled, separated by spaces (not dots), in quotes, for example "0805 23 23 36"',
        f"{path}:4: resources[1].id: the national emergency numbers cannot be changed or hidden; add your own as a new item",
        f"{path}:6: resources[2].id: an id is lower-case letters, digits and hyphens, for example my-helpline",
        f"{path}:6: resources[2].name: required, but missing",
        f"{path}:6: resources[2].audience: required, but missing",
    ]
    data = json.loads(run("validate", str(folder), "--json").stdout)
    assert data["valid"] is False and len(data["problems"]) == 6
    assert data["problems"][1] == {
        "file": str(path),
        "line": 3,
        "field": "resources[0].phone",
        "code": "p.phone",
        "message": 'a phone number is digits as dialled, separated by spaces (not dots), in quotes, for example "0805 23 23 36"',
    }


@pytest.fixture
def broken(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "resources.yaml").write_text("resources:\n  - id: psychologist\n    phone: 15\n")
    return folder


def test_triage_falls_back_to_the_packaged_guide_with_a_warning(run, broken):
    result = run("--data-dir", str(broken), "triage", "--red-flag", "danger")
    assert result.exit_code == 0
    assert result.stderr.startswith(
        f"Warning: your institution's data in {broken} cannot be used. This is the packaged guide, "
        f"without your institution's contacts. Problems:\n{broken / 'resources.yaml'}:3: resources[0].phone:"
    )
    assert result.stdout.startswith("LEVEL 3 OF 3: ACT NOW\n")
    assert "- 15: SAMU" in result.stdout
    data = json.loads(run("--data-dir", str(broken), "triage", "--no-event", "--json").stdout)
    (warning,) = data["warnings"]
    assert warning["code"] == "data_fallback" and warning["message"].startswith("Warning: your institution's data")
    assert warning["problems"][0]["line"] == 3


def test_triage_strict_and_other_commands_stop(run, broken):
    for args in (
        ["triage", "--no-event", "--strict"],
        ["script"],
        ["resources"],
        ["signs"],
        ["avoid"],
        ["about"],
    ):
        result = run("--data-dir", str(broken), *args)
        assert result.exit_code == 2, args
        assert result.stdout == "", args
        assert result.stderr == (
            "The guide's data cannot be used:\nNot valid: 1 problem.\n"
            f"{broken / 'resources.yaml'}:3: resources[0].phone: a phone number is digits as dialled, "
            'separated by spaces (not dots), in quotes, for example "0805 23 23 36"\n'
        ), args


def test_markup_in_data_is_printed_literally(institution, guide, monkeypatch):
    import io

    from secondvictim.commands.reference_view import resources_document
    from secondvictim.guide.loader import load
    from secondvictim.render.terminal import plain_text, print_rich

    (institution / "resources.yaml").write_text(
        "resources:\n  - id: psychologist\n    name:\n      en: Unit [bold]B[/bold] [red]x[/]\n"
    )
    loaded = load(institution).guide
    doc = resources_document(loaded, "en", list(loaded.resources_of("internal")))
    stream = io.StringIO()
    print_rich(doc, stream, "en")
    assert "Unit [bold]B[/bold] [red]x[/]" in stream.getvalue()
    assert "Unit [bold]B[/bold] [red]x[/]" in plain_text(doc, "en")


def test_protected_items(run, tmp_path):
    folder = tmp_path / "protect"
    folder.mkdir()
    (folder / "signs.yaml").write_text("red_flags:\n  - id: dark-thoughts\n    enabled: false\n")
    (folder / "levels.yaml").write_text(
        "actions:\n  - id: immediate-danger\n    enabled: false\n  - id: know-signs\n    enabled: false\n"
    )
    result = run("validate", str(folder))
    assert result.exit_code == 2
    assert result.stdout.splitlines()[3:] == [
        f"{folder / 'levels.yaml'}:2: actions[0].id: what to do at level 3 (act now) cannot be changed, moved or "
        "hidden; add your own as a new item",
        f"{folder / 'signs.yaml'}:2: red_flags[0].id: red flags cannot be changed or hidden; add your own as a new item",
    ]


# Hostile files: each must give exit 2 and a message naming the file and the problem, fast.
HOSTILE = [
    ("empty", b"", ":1: expected a mapping with the keys resources"),
    ("not yaml", b"resources: [unclosed\n", ":2: not valid YAML"),
    ("a list", b"- a\n- b\n", ":1: expected a mapping with the keys resources"),
    ("a scalar", b"hello\n", ":1: expected a mapping with the keys resources"),
    ("unknown top key", b"resource:\n  - id: x\n", ":1: resource: unknown key (this file holds resources)"),
    (
        "unknown item key",
        b"resources:\n  - id: psychologist\n    fone: '1'\n",
        ":3: resources[0].fone: unknown key",
    ),
    ("missing fields", b"resources:\n  - id: new-one\n", ":2: resources[0].kind: required, but missing"),
    (
        "unquoted phone",
        b"resources:\n  - id: psychologist\n    phone: 0147\n",
        ":3: resources[0].phone: a phone number",
    ),
    (
        "boolean for text",
        b"resources:\n  - id: psychologist\n    name:\n      en: no\n",
        ":4: resources[0].name.en: expected a text",
    ),
    (
        "duplicate key",
        b"resources:\n  - id: psychologist\n    id: sps\n",
        ":3: the key 'id' is written twice",
    ),
    (
        "duplicate id",
        b"resources:\n  - id: psychologist\n  - id: psychologist\n",
        ":3: resources[1].id: the id 'psychologist' is used twice",
    ),
    (
        "id not a slug",
        b"resources:\n  - id: My Helpline\n    kind: external\n",
        ":2: resources[0].id: an id is lower-case",
    ),
    (
        "invalid utf-8",
        b"resources:\n  - id: psychologist\n    name:\n      en: caf\xe9\n",
        ":4: not valid UTF-8 text",
    ),
    (
        "python tag",
        b"resources: !!python/object/apply:os.system ['true']\n",
        ":1: typed values (dates, decimals, !!tags) are not allowed: put the text in quotes",
    ),
    (
        "enabled not a boolean",
        b"resources:\n  - id: sps\n    enabled: maybe\n",
        ":3: resources[0].enabled: enabled is true or false",
    ),
    (
        "hide unknown",
        b"resources:\n  - id: nothing-here\n    enabled: false\n",
        ":2: resources[0].id: nothing to hide",
    ),
    (
        "deep nesting",
        ("resources:\n" + "".join(" " * i + "- \n" for i in range(990))).encode(),
        ":21: lists and mappings nest more than 20 levels deep",
    ),
    (
        "very deep nesting",
        b"resources: " + b"[" * 5000 + b"]" * 5000 + b"\n",
        ":1: lists and mappings nest more than 20 levels deep",
    ),
    (
        "unknown language",
        b"resources:\n  - id: psychologist\n    name:\n      de: Psychologe\n",
        ":4: resources[0].name.de: unknown language 'de' (use en or fr)",
    ),
]


@pytest.mark.parametrize(("content", "expected"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_file(run, tmp_path, content, expected):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "resources.yaml").write_bytes(content)
    result = run("--data-dir", str(folder), "resources")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{folder / 'resources.yaml'}{expected}" in result.stderr
    assert "Traceback" not in result.output


def test_alias_bomb_and_huge_file(run, tmp_path):
    folder = tmp_path / "bombs"
    folder.mkdir()
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (folder / "resources.yaml").write_text("\n".join(lines) + "\n")
    (folder / "about.yaml").write_bytes(b"# " + b"x" * (2 * 1024 * 1024) + b"\n")
    result = run("--data-dir", str(folder), "validate")
    assert result.exit_code == 2
    assert f"{folder / 'about.yaml'}:1: file too large (2097155 bytes; the limit is 1 MiB)" in result.stdout
    assert f"{folder / 'resources.yaml'}:1: anchors and aliases" in result.stdout


def test_directory_and_unreadable_file(run, tmp_path, monkeypatch):
    import errno
    import os

    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "resources.yaml").mkdir()
    (folder / "about.yaml").write_text("disclaimer:\n  en: ok\n")
    real = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path) == str(folder / "about.yaml"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path, flags, *args, **kwargs)

    # As root, chmod 000 does not stop reading: the refusal is simulated where the file is opened.
    monkeypatch.setattr(os, "open", refuse)
    result = run("--data-dir", str(folder), "validate")
    assert result.exit_code == 2
    assert f"{folder / 'about.yaml'}:1: permission denied: cannot be read" in result.stdout
    assert f"{folder / 'resources.yaml'}:1: not a regular file (a folder, a device or a pipe)" in result.stdout


def test_data_dir_that_is_not_a_folder(run, tmp_path):
    result = run("--data-dir", str(tmp_path / "missing"), "signs")
    assert result.exit_code == 2
    assert f"{tmp_path / 'missing'}: folder not found (expected a folder of YAML files)" in result.stderr


def test_validate_and_page_say_which_internal_contacts_are_not_set(run, institution, tmp_path):
    """The person who sets the tool up learns that managers would see only the national lines."""
    unset = run("validate")
    assert unset.exit_code == 0
    assert "No phone number or way to reach these contacts yet: Psychologist" in " ".join(unset.stdout.split())
    data = json.loads(run("validate", "--json").stdout)
    assert [w["code"] for w in data["warnings"]] == ["contacts_unset"]
    page = run("page", "-o", str(tmp_path / "guide.html"))
    assert page.exit_code == 0 and "No phone number or way to reach these contacts yet" in page.stderr
    # The institution's folder sets the psychologist and hides the house of psychology.
    partly = " ".join(run("validate", str(institution)).stdout.split())
    assert "Occupational health" in partly and "for: Psychologist" not in partly
