"""The role list of the French and English reading (L19): nursing assistants are named, and the
non-clinical staff have a role of their own. Oracles are the brief's words, not the program's."""

import json
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data"

LABELS = {
    "en": {
        "other": "Nursing assistant or another health professional",
        "staff": "Non-clinical staff (administration, logistics, technical)",
    },
    "fr": {
        "other": "Aide-soignant, aide-soignante ou autre professionnel de santé",
        "staff": "Personnel non soignant (administratif, logistique, technique)",
    },
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_role_menu_names_nursing_assistants_and_the_non_clinical_staff(run, keyboard, lang):
    """The prompt's menu: the two labels, in the brief's order (after the other health
    professionals, before the students), and no « (e) » form."""
    keyboard.at_terminal = True
    # Red flags: none; event: yes; situations: none; signs: guilt; role: 7 (staff); internal: yes.
    result = run("--lang", lang, "triage", input="\no\n\n2\n7\no\n" if lang == "fr" else "\ny\n\n2\n7\ny\n")
    assert result.exit_code == 0, result.output
    menu = " ".join(result.stderr.split())
    assert f"6. {LABELS[lang]['other']} 7. {LABELS[lang]['staff']} 8." in menu, menu
    assert "(e)" not in menu
    assert result.stdout.startswith({"en": "LEVEL 2", "fr": "NIVEAU 2"}[lang]), result.stdout


@pytest.mark.parametrize("word", ["staff", "non-soignant", "personnel non soignant", "brancardier", "ASH",
                                  "secrétaire médicale", "porter", "non-clinical staff", "administratif",
                                  # refused before (attack run C5): plurals and titles as they are said
                                  "brancardiers", "Secrétaires", "agente d'entretien", "ASHQ",
                                  "assistante médico-administrative", "standardiste", "agent de sécurité",
                                  "technicien biomédical", "agent administratif"])
def test_non_clinical_staff_get_sps_occupational_health_and_no_order_line(run, word):
    """SPS is for all staff of health facilities (its own page); the CNOM is for physicians and
    interns, ADOP for pharmacists: neither is offered to the non-clinical staff."""
    result = run("triage", "--red-flag", "none", "--event", "--sign", "guilt", "--role", word,
                 "--internal", "no", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answers"]["role"] == "staff"
    ids = [r["id"] for r in data["resources"]]
    assert {"sps", "occupational-medicine", "psychologist"} <= set(ids), ids
    assert "cnom" not in ids and "adop" not in ids, ids
    text = " ".join(run("--lang", "fr", "resources", "--role", word).stdout.split())
    assert "0805 23 23 36" in text and "Médecine du travail" in text
    assert "0800 288 038" not in text and "0800 73 69 59" not in text


@pytest.mark.parametrize("word", ["aide-soignant", "aide-soignante", "nursing assistant", "autre"])
def test_nursing_assistants_are_the_other_role(run, word):
    result = run("triage", "--red-flag", "none", "--event", "--sign", "none", "--role", word, "--json")
    assert json.loads(result.stdout)["answers"]["role"] == "other"


def test_sps_says_it_is_for_the_staff_and_cites_its_own_page():
    """The decision rests on SPS's own words: its source is its page, and its « for whom » line
    names the staff of health facilities."""
    sps = next(r for r in yaml.safe_load((DATA / "resources.yaml").read_text())["resources"] if r["id"] == "sps")
    assert sps["source"].startswith("https://www.asso-sps.fr/")
    assert "health professionals and health-facility staff" in " ".join(sps["audience"]["en"].split())
    assert "professionnels et personnels de santé" in " ".join(sps["audience"]["fr"].split())
    cnom = next(r for r in yaml.safe_load((DATA / "resources.yaml").read_text())["resources"] if r["id"] == "cnom")
    assert cnom["roles"] == ["physician", "intern"]


@pytest.mark.parametrize("name", ["triage", "checkin", "team", "resources", "card", "handout", "protocol"])
def test_every_schema_that_lists_roles_allows_staff(name):
    from importlib import resources

    text = (resources.files("secondvictim") / "schemas" / f"{name}.json").read_text(encoding="utf-8")

    def enums(node):
        if isinstance(node, dict):
            if "enum" in node and "physician" in node["enum"]:
                yield node["enum"]
            for value in node.values():
                yield from enums(value)
        elif isinstance(node, list):
            for value in node:
                yield from enums(value)

    found = list(enums(json.loads(text)))
    assert found and all("staff" in enum for enum in found), name


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_offers_the_new_roles(run, tmp_path, lang):
    page = tmp_path / "p.html"
    assert run("--lang", lang, "page", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert json.dumps(LABELS[lang]["staff"], ensure_ascii=False) in html or LABELS[lang]["staff"] in html
    assert '"staff"' in html
