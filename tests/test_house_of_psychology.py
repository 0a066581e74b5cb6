"""Review L14: « Maison de la psychologie » / "House of psychology" said with what it is."""

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data"

# The guidance's own list says "house of psychology" (line 19): the name is kept, and says what it is.
NAMES = {
    "en": "House of psychology or psychology service",
    "fr": "Maison de la psychologie ou service de psychologie",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_house_of_psychology_says_what_it_is(run, lang):
    text = " ".join(run("--lang", lang, "resources", "--internal").stdout.split())
    assert f"- {NAMES[lang]} " in text, text
    full = " ".join(run("--lang", lang, "triage", "--red-flag", "none", "--event", "--sign", "none", "--full").stdout.split())
    # Within the sentence of the contacts not set yet: in French, in lower case after « ; ».
    assert (NAMES[lang] if lang == "en" else "; " + NAMES[lang][0].lower() + NAMES[lang][1:]) in full, full


def test_the_glossary_says_why():
    terms = yaml.safe_load((DATA / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
    term = next(t for t in terms if "maison de la psychologie" in t["concept"])
    assert (term["en"], term["fr"]) == (NAMES["en"], NAMES["fr"])
