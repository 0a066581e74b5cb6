"""Review L10 (the rest): the level-0 words and the check-in questions have a « tu » form, shown
after the « vous » words as the key message's is. Oracles are written here, in natural French."""

from datetime import date

import pytest

LEVEL0 = ("--red-flag", "none", "--no-event", "--sign", "none")
TU_LEVEL0 = "« Comment vas-tu en ce moment ? Je suis là si tu veux en parler. »"
TU_QUESTIONS = (
    "« Comment dors-tu depuis l'événement ? »",
    "« L'événement te revient-il à l'esprit sans que tu le veuilles, au travail ou chez toi ? »",
    "« Y a-t-il des patients, des salles ou des tâches que tu évites ? »",
    "« Te sens-tu comme d'habitude, ces jours-ci ? »",
    "« T'arrive-t-il de boire, ou de prendre quelque chose, plus que d'habitude pour tenir le coup ? »",
    "« Comment vis-tu aujourd'hui ce qui s'est passé ? Qu'est-ce qui te pèse encore ? »",
    "« As-tu pensé à quitter le service, ou le métier ? »",
)


def flat(text):
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_level_0_words_in_tu_after_the_vous_words_in_the_rest(run):
    out = run("--lang", "fr", "triage", *LEVEL0, "--full").stdout
    decision, rest = out.split("Pour aller plus loin", 1)
    assert "« Comment allez-vous en ce moment ? Je suis là si vous voulez en parler. »" in flat(decision)
    assert TU_LEVEL0 not in flat(decision)  # the one screen keeps one form
    assert "Entre collègues qui se tutoient : " + TU_LEVEL0 in flat(rest), rest


def test_level_0_words_in_tu_in_the_summary_file(run, clock, tmp_path):
    clock.set(date(2026, 12, 2))
    out = tmp_path / "s.md"
    assert run("--lang", "fr", "triage", *LEVEL0, "-o", str(out)).exit_code == 0
    assert TU_LEVEL0 in flat(out.read_text(encoding="utf-8"))


def test_english_shows_the_level_0_words_once(run):
    out = run("triage", *LEVEL0, "--full").stdout
    assert flat(out).count("How are you doing at the moment? I'm here if you want to talk.") == 1
    assert "first-name terms" not in out


def test_the_check_in_questions_in_tu_after_the_vous_questions(run):
    text = flat(run("--lang", "fr", "signs").stdout)
    for question in TU_QUESTIONS:
        assert "Entre collègues qui se tutoient : " + question in text, question
    assert "« Comment dormez-vous depuis l'événement ? » Entre collègues" in text
    english = run("signs").stdout
    assert "first-name terms" not in english and flat(english).count("How have you been sleeping") == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_carries_the_level_0_words_in_tu(run, tmp_path, lang):
    page = tmp_path / "p.html"
    assert run("--lang", lang, "page", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert '"attentiveInformal"' in html
    if lang == "fr":
        assert "Comment vas-tu en ce moment" in html


@pytest.mark.parametrize(("flags", "tu"), [
    (LEVEL0, "Comment vas-tu en ce moment ? Je suis là si tu veux en parler."),
    (("--red-flag", "none", "--event", "--sign", "none"), "Tu n'as pas à gérer cela seul / seule."),
    (("--red-flag", "dark-thoughts"), "Je m'inquiète pour toi."),
])
def test_the_json_has_the_first_words_in_tu(run, flags, tu):
    """Section 5 of the review: the JSON says what the terminal says, the « tu » form too."""
    import json

    fr = json.loads(run("--lang", "fr", "triage", *flags, "--json").stdout)
    assert tu in flat(fr["first_words_informal"]) and "vous" not in fr["first_words_informal"]
    en = json.loads(run("triage", *flags, "--json").stdout)
    assert en["first_words_informal"] == en["first_words"]


def test_the_check_in_json_has_the_first_words_in_tu(run, clock):
    import json

    clock.set(date(2026, 12, 2))
    args = ("--event-date", "2026-11-30", "--red-flag", "none", "--sign", "guilt", "--trend", "same",
            "--item", "none", "--support-used", "yes", "--step", "none", "--json")
    data = json.loads(run("--lang", "fr", "checkin", *args).stdout)
    assert "Tu n'as pas à gérer cela" in flat(data["first_words_informal"])


def test_the_signs_json_gives_each_question_in_tu(run):
    """L10's leftover: `signs --json` gives each re-check question's « tu » form, as the text does."""
    import json

    fr = json.loads(run("--lang", "fr", "signs", "--json").stdout)
    assert fr["schema"] == "secondvictim/signs/3"
    informal = ["« " + flat(i["question_informal"]) + " »" for i in fr["checkin_items"]]
    assert informal == list(TU_QUESTIONS)
    assert all("vous" not in i["question_informal"] for i in fr["checkin_items"])
    assert fr["checkin_items"][0]["question"].startswith("Comment dormez-vous")
    en = json.loads(run("signs", "--json").stdout)
    assert all(i["question_informal"] == i["question"] for i in en["checkin_items"])


def test_an_item_without_a_tu_form_has_no_question_informal():
    """An institution's item may have no « tu » form: the field is left out, not filled with « vous »."""
    from secondvictim.commands.reference_view import checkin_item_data
    from secondvictim.guide.models import CheckinItem

    item = CheckinItem(id="appetite", question={"en": "Eating?", "fr": "Mangez-vous ?"}, label={"en": "A", "fr": "A"})
    data = checkin_item_data(item, "fr")
    assert "question_informal" not in data and data["question"] == "Mangez-vous ?"
