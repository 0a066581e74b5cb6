"""Numbers a manager can trust (issue 23): no example left in place, only numbers that ring."""

import json
import re
from datetime import date

import pytest

from secondvictim.rules.phones import phone_problem


@pytest.mark.parametrize(
    "number",
    ["15", "112", "114", "3114", "0805 23 23 36", "0800 288 038", "0800 73 69 59", "04 72 11 22 33",
     "+33 4 72 11 22 33", "0033 4 72 11 22 33", "+44 20 7946 0000", "116 117", "06 12 34 56 78"],
)
def test_numbers_that_ring_from_france(number):
    assert phone_problem(number) is None


@pytest.mark.parametrize(
    "number, key",
    [
        ("4321", "p.phone_not_dialable"),  # an extension alone
        ("012345", "p.phone_not_dialable"),
        ("01 23 45 67 89 0", "p.phone_not_dialable"),
        ("00 12", "p.phone_not_dialable"),
        ("+33 04 72 11 22 33", "p.phone_not_dialable"),
        ("01 99 00 12 34", "p.phone_fiction"),
        ("+33 1 99 00 12 34", "p.phone_fiction"),
        ("02 61 91 00 00", "p.phone_fiction"),
        ("03 53 01 00 00", "p.phone_fiction"),
        ("04 65 71 12 34", "p.phone_fiction"),
        ("05 36 49 00 00", "p.phone_fiction"),
        ("06 39 98 00 00", "p.phone_fiction"),
    ],
)
def test_numbers_that_ring_nowhere(number, key):
    assert phone_problem(number) == key


def test_the_starter_file_holds_no_dialable_number(run, tmp_path):
    run("init", str(tmp_path / "h"))
    text = (tmp_path / "h" / "resources.yaml").read_text(encoding="utf-8")
    numbers = re.findall(r'phone: "([^"]*)"', text)
    # README: the starter file's examples are in the blocks the numbering plan keeps for fiction.
    fiction = ("01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98")
    assert numbers and all(n.startswith(fiction) for n in numbers)
    assert all(phone_problem(n) == "p.phone_fiction" for n in numbers)


def uncomment(text, *fields):
    for field in fields:
        text = re.sub(rf"^    # ({field}: .*)$", r"    \1", text, flags=re.M)
    return text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_validate_refuses_the_examples_left_in_place(run, tmp_path, lang):
    folder = tmp_path / "h"
    run("init", str(folder))
    path = folder / "resources.yaml"
    path.write_text(uncomment(path.read_text(encoding="utf-8"), "phone", "extension"), encoding="utf-8")
    result = run("--lang", lang, "validate", str(folder))
    assert result.exit_code == 2
    out = result.stdout
    example = "still the example from init" if lang == "en" else "encore l'exemple d'init"
    assert out.count(f"{path}:12: resources[0].phone: ") == 1
    assert out.count(example) == 8  # four phones, four extensions
    assert f"{path}:13: resources[0].extension: " in out


def test_validate_refuses_an_earlier_example_and_a_number_that_rings_nowhere(run, tmp_path):
    folder = tmp_path / "h"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        'resources:\n  - id: psychologist\n    phone: "01 23 45 67 89"\n'
        '  - id: occupational-medicine\n    phone: "4321"\n'
        '  - id: quality-officer\n    phone: "04 72 11 22 33"\n',
        encoding="utf-8",
    )
    out = run("validate", str(folder)).stdout
    assert ":3: resources[0].phone: still the example from init" in out
    assert ":5: resources[1].phone: not a number that can be dialled from France" in out
    assert "resources[2]" not in out
    # Nothing of it reaches a manager: the data is refused, the triage warns and falls back.
    triage = run("--data-dir", str(folder), "triage", "--event", "--role", "nurse")
    assert "01 23 45 67 89" not in triage.stdout and "4321" not in triage.stdout


THREE_SET = (
    'resources:\n  - id: psychologist\n    phone: "04 72 11 22 33"\n'
    '  - id: occupational-medicine\n    phone: "04 72 11 22 34"\n'
    '  - id: quality-officer\n    phone: "04 72 11 22 35"\n'
)
ONE_SET = 'resources:\n  - id: psychologist\n    phone: "04 72 11 22 33"\n'
ALL_SET = THREE_SET + '  - id: house-of-psychology\n    phone: "04 72 11 22 36"\n'


def institution(tmp_path, text):
    folder = tmp_path / "h"
    folder.mkdir()
    (folder / "resources.yaml").write_text(text, encoding="utf-8")
    return folder


def decision(out):
    """The one-screen answer: up to the first words to say, quoted."""
    end = min(out.index(mark) for mark in ("“", "«") if mark in out)
    return " ".join(out[:end].split())


@pytest.mark.parametrize(
    "text, en, fr",
    [
        (None, "Internal contacts: not set yet", "Contacts internes : pas encore renseignés"),
        (THREE_SET, "Not set yet: House of psychology (ask", "Pas encore renseigné : maison de la psychologie"),
        # Three unset whose names would not fit one row: counted here, named in the rest.
        (ONE_SET, "Not set yet: 3 internal contacts, named below", "Pas encore renseignés : 3 contacts internes"),
        (ALL_SET, None, None),
    ],
)
def test_the_unset_contacts_line_names_only_the_contacts_still_unset(run, tmp_path, text, en, fr):
    args = ["--data-dir", str(institution(tmp_path, text))] if text else []
    answers = ["triage", "--red-flag", "none", "--event", "--sign", "guilt", "--role", "nurse", "--internal", "yes"]
    for lang, expected in (("en", en), ("fr", fr)):
        out = decision(run(*args, "--lang", lang, *answers).stdout).replace("\u00a0", " ").replace("\u202f", " ")
        lines = [line for line in out.split(" - ") if "not set yet" in line.lower() or "pas encore" in line.lower()]
        if expected is None:
            assert lines == []
        else:
            assert len(lines) == 1 and lines[0].startswith(expected)
            # Never a set contact named as unset.
            assert "Occupational" not in lines[0] and "Médecine" not in lines[0]


# --- Provenance (item 1) ---------------------------------------------------------------------



def test_every_packaged_national_line_and_emergency_number_says_where_and_when_it_was_checked(guide):
    lines = [r for r in guide.resources if r.kind in ("external", "emergency")]
    assert {r.id for r in lines} >= {"sps", "cnom", "adop", "samu", "emergency-112", "sms-114", "suicide-3114"}
    for r in lines:
        assert r.source and r.source.startswith("https://"), r.id
        assert r.verified_on and r.review_by and r.verified_on < r.review_by, r.id


def test_the_national_lines_as_the_brief_says(guide):
    sps, adop, line_3114 = guide.resource("sps"), guide.resource("adop"), guide.resource("suicide-3114")
    assert sps.name["fr"].startswith("SPS, l'institut pour la santé des soignants")
    assert sps.short_name and all(name.startswith("SPS") for name in sps.short_name.values())
    assert "families" in sps.audience["en"] and "proches" in sps.audience["fr"]
    assert (adop.phone, adop.roles) == ("0800 73 69 59", ("pharmacist",))
    assert "pharmacy students" in adop.audience["en"] and "Ordre national des pharmaciens" in adop.name["fr"]
    assert "professionals worried about someone" in line_3114.audience["en"]
    assert "professionnels inquiets pour quelqu'un" in line_3114.audience["fr"]


@pytest.mark.parametrize("role, shown", [("pharmacist", True), ("unknown", True), ("nurse", False), ("physician", False)])
def test_adop_is_for_pharmacists_filtered_by_role_like_cnom(run, role, shown):
    out = run("triage", "--event", "--sign", "guilt", "--role", role, "--internal", "no").stdout
    assert ("0800 73 69 59" in out) is shown
    assert ("0800 73 69 59" in run("resources", "--role", role).stdout) is shown


def test_about_sources_lists_every_number(run, guide):
    for lang in ("en", "fr"):
        out = " ".join(run("--lang", lang, "about", "--sources").stdout.split())
        for r in guide.resources:
            if r.phone:
                assert r.phone in out and r.source in out
    data = json.loads(run("about", "--sources", "--json").stdout)
    from .test_contracts import check

    check(data, "about")
    assert {s["id"] for s in data["sources"]} == {r.id for r in guide.resources if r.phone}
    assert all(s["verified_on"] and s["review_by"] and s["review_passed"] is False for s in data["sources"])


@pytest.fixture
def later(clock):
    """A run after every packaged review date."""
    clock.set(date(2030, 1, 1))


def test_a_review_date_passed_is_warned_to_the_quality_officer_only(run, tmp_path, later):
    folder = institution(tmp_path, ALL_SET)
    result = run("validate", str(folder))
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "Warning: the number of SPS (all health staff) (0805 23 23 36) was to be checked again by" in out
    assert "Review date passed on" in out
    data = json.loads(run("validate", str(folder), "--json").stdout)
    from .test_contracts import check

    check(data, "validate")
    assert "review_due" in [w["code"] for w in data["warnings"]]
    assert all(s["review_passed"] for s in data["sources"] if s["origin"] == "packaged")
    page = run("--data-dir", str(folder), "page", "-o", str(tmp_path / "p.html"))
    assert "was to be checked again" in page.stderr
    card = run("--lang", "fr", "card", "-o", str(tmp_path / "c.md"))
    assert "devait être vérifié de nouveau" in card.stderr
    card_json = run("card", "--json")
    assert "was to be checked again" in card_json.stderr and "checked again" not in card_json.stdout
    # Never on the manager's crisis screens.
    for args in (["triage", "--red-flag", "dark-thoughts"], ["triage", "--event", "--role", "pharmacist"],
                 ["checkin", "--event-date", "2029-12-20", "--red-flag", "none", "--sign", "guilt"]):
        shown = run("--data-dir", str(folder), *args)
        assert "checked again" not in shown.stdout + shown.stderr
        assert "review" not in (shown.stdout + shown.stderr).lower()


def test_an_institution_entry_may_carry_its_provenance_and_a_bad_date_is_located(run, tmp_path):
    folder = institution(
        tmp_path,
        THREE_SET + '    source: "Switchboard directory, 2026 edition"\n    verified_on: "2026-11-30"\n'
        '    review_by: "2026-02-30"\n',
    )
    out = run("validate", str(folder)).stdout
    assert ':10: resources[2].review_by: a date is written as year-month-day, in quotes' in out


def test_lines_for_some_professions_share_one_line_when_the_role_is_not_known(run):
    out = " ".join(run("triage", "--event", "--role", "unknown", "--internal", "no").stdout.split())
    assert "- 0800 288 038: CNOM helpline (physicians, interns) · 0800 73 69 59: ADOP (pharmacists) -" in out
    physician = run("triage", "--event", "--role", "physician", "--internal", "no").stdout
    assert "- 0800 288 038: CNOM helpline (physicians, interns), 24/7, free and anonymous\n" in physician


# --- Every problem of every file in one run (item 3) -------------------------------------------

SEVERAL_MISTAKES = {
    # Two lines indented with a tab.
    "resources.yaml": 'resources:\n  - id: psychologist\n\tphone: "04 72 11 22 33"\n  - id: quality-officer\n'
                      '\textension: "12"\n',
    # A quote opened on line 4, never closed.
    "avoid.yaml": 'attitudes:\n  - id: minimising\n    avoid:\n      en: "Saying it is nothing\n',
    # A misspelt id (a new item would need a label), a language not indented under its field.
    "signs.yaml": "warning_signs:\n  - id: withdrawl\n    source: Ward\n  - id: guilt\n    label:\n    en: Guilt\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_problem_of_every_file_in_one_run(run, tmp_path, lang):
    folder = tmp_path / "h"
    folder.mkdir()
    for name, text in SEVERAL_MISTAKES.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run("--lang", lang, "validate", str(folder))
    assert result.exit_code == 2
    out = result.stdout.replace("\u00a0", " ").replace("\u202f", " ")
    problems = [line for line in out.splitlines() if line.startswith(str(folder))]
    words = {
        "en": ["a tab: indent with spaces", "the quote opened on this line is not closed",
               "no item has the id withdrawl: did you mean withdrawal?", "a language at the level of the fields"],
        "fr": ["une tabulation : indentez avec des espaces", "les guillemets ouverts sur cette ligne ne sont pas fermés",
               "aucun élément n'a l'identifiant withdrawl : vouliez-vous dire withdrawal ?", "une langue au niveau des champs"],
    }[lang]
    assert problems == [
        f"{folder / 'avoid.yaml'}:4: " + ("not valid YAML: " if lang == "en" else "YAML non valide : ") + words[1],
        f"{folder / 'resources.yaml'}:3: {words[0]}",
        f"{folder / 'resources.yaml'}:5: {words[0]}",
        f"{folder / 'signs.yaml'}:2: warning_signs[0].id: {words[2]}",
        problems[4],  # label: left empty, the other side of the same mistake
        f"{folder / 'signs.yaml'}:6: warning_signs[1].en: {words[3]}" + problems[-1].split(words[3])[1],
    ]
    assert problems[4].startswith(f"{folder / 'signs.yaml'}:5: warning_signs[1].label: ")
    assert "required" not in out and "obligatoire" not in out


def test_a_line_indented_too_far_is_said_as_indentation_and_a_colon_in_a_text_as_a_colon(run, tmp_path):
    folder = institution(tmp_path, 'resources:\n  - id: psychologist\n     phone: "04 72 11 22 33"\n')
    assert ":3: not valid YAML: the indentation does not match the lines above" in run("validate", str(folder)).stdout
    (folder / "resources.yaml").write_text(
        "resources:\n  - id: psychologist\n    details:\n      en: Note: this\n", encoding="utf-8"
    )
    assert ":4: not valid YAML: a colon is misplaced" in run("validate", str(folder)).stdout


def test_a_new_id_far_from_every_known_one_still_says_what_a_new_item_needs(run, tmp_path):
    folder = institution(tmp_path, 'resources:\n  - id: ward-hotline\n    phone: "04 72 11 22 33"\n')
    out = run("validate", str(folder)).stdout
    assert "did you mean" not in out
    assert ":2: resources[0].kind: required, but missing" in out


# --- init says absolute paths (item 5) ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_init_says_absolute_paths_and_a_hint_that_works_from_any_folder(run, tmp_path, monkeypatch, lang):
    monkeypatch.chdir(tmp_path)
    result = run("--lang", lang, "init", "hospital")
    assert result.exit_code == 0
    absolute = tmp_path / "hospital"
    assert str(absolute / "resources.yaml") in result.stderr
    assert f"SECONDVICTIM_DATA_DIR={absolute} " in result.stderr
    assert f"secondvictim --data-dir {absolute} validate" in result.stderr
    starter = (absolute / "resources.yaml").read_text(encoding="utf-8")
    assert f"secondvictim --data-dir {absolute} validate" in starter
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("SECONDVICTIM_DATA_DIR", str(absolute))  # the hint, as given
    assert run("validate").stdout.startswith(f"Institution data: {absolute} ")


def test_init_quotes_a_folder_with_a_space_for_the_shell(run, tmp_path):
    result = run("init", str(tmp_path / "my contacts"))
    assert f"--data-dir '{tmp_path / 'my contacts'}' validate" in result.stderr


@pytest.mark.parametrize(
    "lang, expected",
    [("en", "Give the folder to write your institution's starter file in, for example: secondvictim init"),
     ("fr", "Indiquez le dossier où écrire le fichier de départ de votre établissement, par exemple")],
)
def test_init_without_a_folder_says_what_to_give(run, lang, expected):
    result = run("--lang", lang, "init")
    assert result.exit_code == 2
    assert expected in result.stderr.replace("\u00a0", " ")
    assert "Missing" not in result.stderr and "Il manque" not in result.stderr


# --- Roles as a ward names them (item 6) -------------------------------------------------------

WARD = {
    "aide-soignante": "other", "aide-soignant·e": "other", "Aide soignant(e)": "other", "ASH": "staff",
    "brancardier": "staff", "secrétaire médicale": "staff", "cadre": "other", "cadre de santé": "other",
    "manipulateur radio": "other", "kinésithérapeute": "other", "porter": "staff", "cleaning staff": "staff",
    "personnel non soignant": "staff", "agent d'entretien": "staff", "non-clinical staff": "staff",
    "nursing assistant": "other", "physiotherapist": "other", "radiographer": "other", "infirmier·e": "nurse",
    "étudiant en pharmacie": "pharmacist", "interne en pharmacie": "pharmacist", "médecin": "physician",
}


@pytest.mark.parametrize("word, role", WARD.items())
def test_the_professions_of_a_ward_are_understood_and_get_their_lines(run, word, role):
    from secondvictim.parsing import parse_role

    assert parse_role(word) == role
    out = run("resources", "--external", "--role", word).stdout
    assert "0805 23 23 36" in out  # SPS, for everyone (the staff of health facilities too: asso-sps.fr)
    assert ("0800 288 038" in out) is (role == "physician")
    assert ("0800 73 69 59" in out) is (role == "pharmacist")


@pytest.mark.parametrize("word", ["cadr", "brancardeir", "pharmacit"])
def test_did_you_mean_for_near_spellings(run, word):
    result = run("triage", "--event", "--role", word)
    assert result.exit_code == 2 and "did you mean" in result.stderr.lower()


@pytest.mark.parametrize("word", ["plombier", "xyz", "chef"])
def test_no_did_you_mean_for_a_word_far_from_every_role(run, word):
    result = run("triage", "--event", "--role", word)
    assert result.exit_code == 2
    assert "did you mean" not in result.stderr.lower() and "iade" not in result.stderr
    assert "porter" in result.stderr  # the roles a ward has, listed
