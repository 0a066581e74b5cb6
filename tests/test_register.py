"""The « tu » forms (issue 27, review L10): besides the key message, the opener, the peer offer
and the calendar's key message have one in French, shown where the key message's is shown;
English has one form, shown once."""

import json

import pytest

from .test_contracts import check, read_vobject
from .test_team import institution  # noqa: F401  (the fixture: an institution with peer supporters)

OPENER_TU = "« Comment te sens-tu depuis ce qui s'est passé ? »"
OFFER_TU = "Veux-tu que je te mette en relation avec l'un d'eux ? Tu peux refuser, ou y réfléchir."
KEY_TU = "« Ce que tu ressens est fréquent après ce type d'événement."
PEER_TRIAGE = ["triage", "--no-event", "--situation", "violence-against-staff"]


def flat(text):
    """Words as read: wrapping undone, French spaces as plain spaces."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def test_the_opener_in_tu_after_the_vous_form(run):
    out = flat(run("--lang", "fr", "script").stdout)
    vous = out.index("« Comment vous sentez-vous depuis ce qui s'est passé ? »")
    assert out.index("Entre collègues qui se tutoient : " + OPENER_TU) > vous
    english = flat(run("--lang", "en", "script").stdout)
    assert english.count("How are you doing after what happened?") == 1
    assert "first-name terms" not in english.split("How are you doing")[1].split("Say the key message")[0]


def test_the_peer_offer_in_tu_on_screen_and_in_the_json(run, institution):  # noqa: F811
    out = flat(run("--lang", "fr", "--data-dir", str(institution), *PEER_TRIAGE, "--full").stdout)
    vous = out.index("Voulez-vous que je vous mette en relation avec l'un d'eux ?")
    assert out.index("Entre collègues qui se tutoient : « Certains collègues") > vous
    assert OFFER_TU in out
    data = check(json.loads(run("--lang", "fr", "--data-dir", str(institution), *PEER_TRIAGE, "--json").stdout), "triage")
    assert flat(data["peer_offer"]["words_informal"]).endswith(OFFER_TU)
    assert "Voulez-vous" in data["peer_offer"]["words"]
    english = flat(run("--lang", "en", "--data-dir", str(institution), *PEER_TRIAGE, "--full").stdout)
    assert english.count("Would you like me to put you in touch with one of them?") == 1


def test_the_calendar_key_message_in_tu(run, tmp_path):
    for lang in ("fr", "en"):
        target = tmp_path / f"{lang}.ics"
        result = run("--lang", lang, "followup", "--event-date", "2026-03-27", "--ics", str(target))
        assert result.exit_code == 0, result.stderr
        for event in read_vobject(target).vevent_list:
            description = flat(event.description.value)
            if lang == "fr":
                assert "Message clé : « Ce que vous ressentez" in description
                assert "Entre collègues qui se tutoient : " + KEY_TU in description
            else:
                assert "Key message:" in description and "first-name terms" not in description


@pytest.mark.exhaustive
def test_the_page_offers_a_peer_in_tu_too(institution, tmp_path):  # noqa: F811
    """In the browser: the French peer offer, « vous » then « tu »; the English one once."""
    from .test_page_browser import CHROMIUM, FLAGS, Visit, sync_playwright, written

    if CHROMIUM is None or sync_playwright is None:
        pytest.skip("needs chromium and playwright")
    from secondvictim.guide.loader import load

    load.cache_clear()
    guide = load(institution).guide
    load.cache_clear()
    offer = "peerOffer(['peer-supporters']).flat(Infinity).filter(Boolean).map((n) => n.textContent)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        visit = Visit(browser, written(tmp_path, guide), "en-GB")
        english = flat(" ".join(visit.page.evaluate(offer)))
        assert english.count("Would you like me to put you in touch with one of them?") == 1
        visit.page.get_by_role("button", name="Version française").click()
        french = flat(" ".join(visit.page.evaluate(offer)))
        assert french.index("Voulez-vous que je vous mette") < french.index("Entre collègues qui se tutoient")
        assert OFFER_TU in french
        visit.close()
        browser.close()
