"""The same word for the same thing everywhere: data/glossary.yaml names each concept's word in
English and French and the words to avoid; no text of the guide or of the program uses them."""

import re
from pathlib import Path

import pytest
import yaml

from secondvictim.strings import STRINGS

from .test_i18n import forms, texts_of

GLOSSARY = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "glossary.yaml").read_text())


def every_text(guide, lang):
    texts = [text[lang] for _, text in texts_of(guide.model_dump())]
    return texts + [form for value in STRINGS[lang].values() for form in forms(value)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_text_uses_a_word_the_glossary_avoids(guide, lang):
    texts = every_text(guide, lang)
    found = [
        (term["concept"], avoid["pattern"], text[:120])
        for term in GLOSSARY["terms"]
        for avoid in term.get("avoid", {}).get(lang, [])
        for text in texts
        if re.search(avoid["pattern"], text, re.IGNORECASE)
    ]
    assert found == []


def test_every_entry_has_both_words_and_says_why():
    for term in GLOSSARY["terms"]:
        assert term["en"] and term["fr"], term["concept"]
        for avoids in term.get("avoid", {}).values():
            assert all(a["why"] for a in avoids), term["concept"]


def test_the_chosen_words_are_used(guide):
    fr = " ".join(every_text(guide, "fr")).lower()
    for word in (
        "repérage", "déclaré ou non", "médecin ou psychologue", "à chaud",
        "questions de suivi", "éléments décrits", "échanges individuels", "points de suivi jusqu'ici",
    ):
        assert word in fr, word
    en = " ".join(every_text(guide, "en")).lower()
    for word in ("reported or not", "heat of the moment", "doctor or a psychologist"):
        assert word in en, word
