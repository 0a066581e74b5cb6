"""Issue 26, "and in the page": the sheet for the colleague (in French with « vous », and with
« tu » folded under it) and the institution's protocol are plain HTML sections of the page, in
both languages, reached from its table of contents, their numbers tappable; a triage result
links to the sheet. The exhaustive tests open the page in Chromium, scripts off and on."""

import html
import re
from datetime import date

import pytest

from secondvictim.guide.loader import load
from secondvictim.guide.models import tr
from secondvictim.i18n import typeset
from secondvictim.render.page import page_data, page_html

from . import test_page_browser
from .test_page_browser import Visit, level_2_in_english
from .test_page_static import in_browser, plain, views

browser = test_page_browser.browser  # the fixture: one Chromium for the module
packaged = test_page_browser.packaged

DAY = date(2026, 12, 3)
LABEL = {"en": "A sheet to give to the colleague", "fr": "Une fiche à remettre au collègue"}
GENERATED = {"en": "3 December 2026", "fr": "3 décembre 2026"}


def section(page, name, lang):
    """The HTML of one section of the page, by its id."""
    match = re.search(rf'<section class="sheet" id="{name}-{lang}".*?(?=<section class="sheet"|</main>)', page, re.S)
    assert match, (name, lang)
    return match.group(0)


def text_of(part, lang):
    """The text a reader meets in a part of the page; `said`, a statement as typeset there."""
    return plain(html.unescape(re.sub(r"<[^>]+>", " ", part))).replace("  ", " ")


def said(words, lang):
    return plain(typeset(words, lang))


@pytest.fixture(scope="module")
def guide():
    load.cache_clear()
    return load(None).guide


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_sheet_and_the_protocol_are_sections_of_the_page_in_both_languages(guide, lang):
    page = page_html(guide, lang, DAY)
    parsed, text = views(page)
    for each in ("en", "fr"):
        # The table of contents of each view leads to the guide, the sheet and the protocol.
        for part in ("guide", "handout", "protocol"):
            assert f"#{part}-{each}" in parsed.links[each], (each, part)
            assert f'id="{part}-{each}"' in page
        handout, protocol = (text_of(section(page, name, each), each) for name in ("handout", "protocol"))
        assert said(LABEL[each], each) in handout
        # Every statement of the sheet, as said to the colleague with « vous ».
        for part in guide.handout.sections:
            for item in part.items:
                assert said(tr(item.text, each), each) in handout, (each, item.id)
        # The protocol's principles and its date.
        for principle in guide.protocol_principles:
            assert said(tr(principle.text, each), each) in protocol, (each, principle.id)
        assert said(GENERATED[each], each) in protocol
        # Numbers to tap in both, the crisis line in the sheet.
        assert 'href="tel:3114"' in section(page, "handout", each)
        assert 'href="tel:15"' in section(page, "protocol", each)
        assert plain(LABEL[each]) in text[each]


def test_in_french_the_tu_sheet_is_folded_under_the_vous_one(guide):
    page = page_html(guide, "fr", DAY)
    french = section(page, "handout", "fr")
    vous, folded = (text_of(part, "fr") for part in french.split("<details>"))
    assert "La même fiche, en tutoyant" in folded
    informal = [item.tu for part in guide.handout.sections for item in part.items if item.tu]
    assert informal
    for words in informal:
        assert said(words, "fr") in folded and said(words, "fr") not in vous
    # English has one sheet, no form of address to choose.
    assert "<details>" not in section(page, "handout", "en")


def test_the_result_s_link_to_the_sheet_is_in_both_languages(guide):
    data = page_data(guide)
    assert {lang: plain(data["text"][lang]["ui"]["toHandout"]) for lang in ("en", "fr")} == {
        lang: plain(label) for lang, label in LABEL.items()
    }


# --- in a browser (exhaustive) -------------------------------------------------------------------


@in_browser
def test_without_scripts_the_contents_lead_to_the_sheets_in_the_language_chosen(browser, packaged, tmp_path):
    path = tmp_path / "guide.html"
    path.write_text(page_html(packaged, "en", DAY), encoding="utf-8")
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(path.as_uri())
    page.locator("#view-en .toc a[href='#handout-en']").click()
    assert page.locator("#handout-en").is_visible()
    page.locator("a[href='#view-fr']").first.click()
    # A link of the French contents keeps the French view shown.
    page.locator("#view-fr .toc a[href='#protocol-fr']").click()
    assert page.locator("#protocol-fr").is_visible() and not page.locator("#guide-en").is_visible()
    assert page.locator("#handout-fr a[href='tel:3114']").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


@in_browser
def test_a_triage_result_links_to_the_sheet_for_the_colleague(browser, packaged, tmp_path):
    path = tmp_path / "guide.html"
    path.write_text(page_html(packaged, "en", DAY), encoding="utf-8")
    visit = Visit(browser, path, "en-GB")
    # With scripts, the table of contents comes after the questions, still in the page.
    assert visit.page.locator("#triage + nav.toc a[href='#protocol-en']").is_visible()
    level_2_in_english(visit.page, packaged, "Nurse", "Yes")
    visit.page.locator("#result").get_by_role("link", name=LABEL["en"]).click()
    assert visit.page.url.endswith("#handout-en")
    assert visit.page.locator("#handout-title-en").is_visible()
    visit.close()
