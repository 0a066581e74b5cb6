"""The page in a real browser (exhaustive tier): the level-0 words in « tu » in the rest (review
L10), and the non-clinical staff's role with SPS and without the orders' lines (review L19)."""

# The browser and the packaged guide: the fixtures of the page's browser tests.
from .test_page_browser import Visit, browser, packaged, plain, pytestmark, written  # noqa: F401


def test_level_0_words_in_tu_in_the_rest_on_the_page(browser, packaged, tmp_path):  # noqa: F811
    visit = Visit(browser, written(tmp_path, packaged), "fr-FR")
    page = visit.page
    page.get_by_role("button", name="Suivant").click()  # no red flag
    page.get_by_label("Non", exact=True).check()  # no event
    page.get_by_role("button", name="Suivant").click()
    page.get_by_role("button", name="Suivant").click()  # no situation
    page.get_by_role("button", name="Suivant").click()  # no sign: level 0
    assert visit.texts("#result h2") == ["Niveau 0 sur 3 : Rester à l'écoute"]
    assert plain(visit.texts("#result blockquote")[0]).startswith("« Comment allez-vous en ce moment")
    page.locator("#result summary").click()
    rest = plain(page.inner_text("#result details"))
    assert "Comment vas-tu en ce moment ? Je suis là si tu veux en parler." in rest, rest
    page.get_by_role("button", name="English version").click()
    english = plain(page.inner_text("#result"))
    assert english.count("How are you doing at the moment?") == 1
    visit.close()


def test_the_non_clinical_staff_on_the_page(browser, packaged, tmp_path):  # noqa: F811
    visit = Visit(browser, written(tmp_path, packaged), "fr-FR")
    page = visit.page
    page.get_by_role("button", name="Suivant").click()  # no red flag
    page.get_by_label("Oui", exact=True).check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_role("button", name="Suivant").click()  # no situation
    page.get_by_label("Culpabilité excessive ou ruminations", exact=True).check()
    page.get_by_role("button", name="Suivant").click()
    assert page.get_by_label("Aide-soignant, aide-soignante ou autre professionnel de santé", exact=True).count() == 1
    page.get_by_label("Personnel non soignant (administratif, logistique, technique)", exact=True).check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Non", exact=True).check()
    page.get_by_role("button", name="Suivant").click()
    calls = " ".join(visit.texts("#result > .calls li"))
    assert "0805 23 23 36" in calls and "0800 288 038" not in calls and "0800 73 69 59" not in calls, calls
    visit.close()
