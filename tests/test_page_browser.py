"""The page in a real browser: answered by clicking and with the keyboard, in both languages, at
phone width, with nothing leaving the page. Headless Chromium driven by Playwright (no browser
download: the system's Chromium)."""

import shutil
from datetime import date

import pytest

from secondvictim.commands.fragments import call_now, decision_actions
from secondvictim.guide.loader import load
from secondvictim.guide.models import tr
from secondvictim.i18n import typeset
from secondvictim.render.page import page_html
from secondvictim.rules.triage import Answers, recommend

from .conftest import CHROMIUM_FLAGS
from .test_page import HOSTILE_RESOURCES, HOSTILE_SIGNS

# The day the protocol in the page is dated.
DAY = date(2026, 12, 3)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

pytestmark = [
    pytest.mark.exhaustive,
    pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium); .ci/run installs it"),
    pytest.mark.skipif(sync_playwright is None, reason="needs playwright (pip install -e '.[test]')"),
]

FLAGS = CHROMIUM_FLAGS


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def packaged():
    load.cache_clear()
    return load(None).guide


class Visit:
    """A page opened at phone width, with every request and every console error recorded."""

    def __init__(self, browser, path, locale, width=320):
        self.context = browser.new_context(locale=locale, viewport={"width": width, "height": 640})
        self.requests = []
        self.errors = []
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.errors.append("dialog " + dialog.message), dialog.dismiss()))
        # Anything but the file itself would be a request leaving the page: refused and recorded.
        self.context.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
        self.url = path.as_uri()
        self.page.goto(self.url)

    def texts(self, selector):
        return [text.replace("\u00a0", " ").replace("\u202f", " ") for text in self.page.locator(selector).all_inner_texts()]

    def focused(self):
        return self.page.evaluate("document.activeElement.tagName + ' ' + document.activeElement.textContent")

    def close(self):
        assert self.errors == []
        assert self.requests == [self.url]
        self.context.close()


def plain(text):
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def written(tmp_path, guide, lang="en"):
    path = tmp_path / "guide.html"
    path.write_text(page_html(guide, lang, DAY), encoding="utf-8")
    return path


def test_full_path_by_clicking_in_french_then_back_switch_and_start_again(browser, packaged, tmp_path):
    guide = packaged
    visit = Visit(browser, written(tmp_path, guide), "fr-FR")
    page = visit.page
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert visit.texts("h1:visible") == ["Soutenir une seconde victime"]
    assert visit.texts("#triage h2") == [plain(typeset("Observez-vous en ce moment l'un de ces signes de gravité ?", "fr"))]
    page.get_by_role("button", name="Suivant").click()  # no red flag
    assert "EIGS" not in page.inner_text("#triage")
    page.get_by_label("Oui", exact=True).check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_role("button", name="Suivant").click()  # no situation that calls for outreach
    guilt = tr(guide.sign_or_flag("guilt").label, "fr")
    page.get_by_label(guilt, exact=True).check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Infirmier ou infirmière", exact=True).check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Non", exact=True).check()
    page.get_by_role("button", name="Suivant").click()

    rec = recommend(guide, Answers(event=True, signs=("guilt",), role="nurse", internal="no"))
    actions = {a.id: a for a in guide.actions}
    assert visit.texts("#result h2") == ["Niveau 2 sur 3 : Soutenir activement"]
    assert visit.focused() == "H2 " + page.inner_text("#result h2")
    assert visit.texts("#result .now li") == [plain(typeset(tr(actions[i].text, "fr"), "fr")) for i in decision_actions(guide, rec.level, rec.actions)]
    # Whom to call: the same lines as the terminal's, numbers to tap, then the emergency numbers.
    calls = visit.texts("#result > .calls li")
    expected = [plain(typeset(line, "fr")) for line in call_now(guide, rec, "fr")[:-1]]
    assert calls[: len(expected)] == expected
    hrefs = page.eval_on_selector_all("#result > .calls a", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs == ["tel:0805232336", "tel:15", "tel:112", "sms:114", "tel:3114"]
    assert visit.texts("#result blockquote")[0].startswith("« Ce que vous ressentez est fréquent")
    # The manager's own support: the line that ends every result, in view without unfolding.
    assert visit.texts("#result > .manager") == [plain(typeset(guide.manager_support.line["fr"], "fr"))]
    # The rest on demand: folded, then opened.
    assert not page.is_visible("#result details h3")
    page.locator("#result summary").click()
    assert page.is_visible("#result details h3")
    # Announced once (issue 26): by the focus on its heading, the reasons as its description; no
    # live region to say it a second time.
    assert page.locator("[aria-live], [role=status]").count() == 0
    described = page.get_attribute("#result h2", "aria-describedby")
    assert plain(page.inner_text(f"#{described}")).startswith("Signe d'alerte")

    page.get_by_role("button", name="Modifier la réponse précédente").click()
    assert page.get_by_label("Non", exact=True).is_checked()
    page.get_by_role("button", name="English version").click()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert visit.texts("#triage h2") == [
        "Is the professional willing and able to use the institution's internal resources?"
    ]
    assert page.get_by_label("No", exact=True).is_checked()
    page.get_by_role("button", name="Next").click()
    assert visit.texts("#result h2") == ["Level 2 of 3: Give active support"]
    page.get_by_role("button", name="Start again").click()
    assert visit.texts("#triage h2") == ["Do you see any of these red flags right now?"]
    assert page.locator("#triage input:checked").count() == 0
    assert page.get_by_role("button", name="Start again").count() == 0
    visit.close()


def test_red_flag_path_with_the_keyboard_alone_at_320_px(browser, packaged, tmp_path):
    guide = packaged
    visit = Visit(browser, written(tmp_path, guide), "en-GB")
    page = visit.page
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for _ in range(20):  # from the top of the page to the first answer
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "checkbox":
            break
    for _ in range(3):  # the fourth red flag: a risk to themselves or to patients
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert visit.focused() == "BUTTON Next"
    page.keyboard.press("Enter")
    assert visit.texts("#result h2") == ["Level 3 of 3: Act now"]
    assert visit.focused() == "H2 Level 3 of 3: Act now"
    danger = tr(guide.sign_or_flag("danger").label, "en")
    assert visit.texts("#result .reasons") == [f"Red flag: {danger}."]
    rec = recommend(guide, Answers(red_flags=("danger",)))
    assert visit.texts("#result > .calls li") == list(call_now(guide, rec, "en"))
    # Level 3 by red flag (issue 20): every one of its own actions on the result, in full, the
    # stay-with step first, patient care relieved now; words of concern, not the key message.
    actions = {a.id: a for a in guide.actions}
    now = visit.texts("#result .now li")
    assert now == [plain(tr(actions[i].text, "en")) for i in decision_actions(guide, 3, rec.actions)]
    assert now[0].startswith("Do not leave them alone") and any("relieve them of patient care now" in a for a in now)
    assert any("3114" in line for line in visit.texts("#result > .calls li"))
    assert visit.texts("#result blockquote")[0].startswith("“I'm worried about you.")
    assert page.inner_text("#" + page.get_attribute("#result h2", "aria-describedby")) == f"Red flag: {danger}."
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # Printed: the result and the guide, not the buttons.
    page.emulate_media(media="print")
    assert not page.is_visible("#result .buttons") and page.is_visible("#guide-en")
    visit.close()


def test_the_guide_is_readable_without_answering(browser, packaged, tmp_path):
    guide = packaged
    visit = Visit(browser, written(tmp_path, guide), "de-DE")  # neither language: the page's default
    page = visit.page
    assert page.evaluate("document.documentElement.lang") == "en"
    page.get_by_role("link", name="Read the guide without answering").click()
    assert page.is_visible("#guide-en") and not page.is_visible("#guide-fr")
    text = plain(page.inner_text("#guide-en"))
    for expected in (
        *(tr(step.text, "en") for step in guide.script.steps),
        *(tr(a.avoid, "en") for a in guide.attitudes),
        *(tr(f.what, "en") for f in guide.followup),
        "0805 23 23 36",
        tr(guide.disclaimer, "en"),
    ):
        assert plain(expected) in text
    visit.close()


def test_hostile_institution_data_is_shown_as_text(browser, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "resources.yaml").write_text(HOSTILE_RESOURCES, encoding="utf-8")
    (folder / "signs.yaml").write_text(HOSTILE_SIGNS, encoding="utf-8")
    guide = load(folder).guide
    visit = Visit(browser, written(tmp_path, guide), "en-GB")
    page = visit.page
    assert "<b onmouseover=alert(5)>bold</b> {labels} {{data}}" in page.inner_text("#guide-en")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()  # no situation that calls for outreach
    page.locator("#triage input[value=evil-sign]").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    assert visit.texts("#result .reasons") == ["Warning sign: <b onmouseover=alert(5)>bold</b> {labels} {{data}}."]
    assert "</script><script>alert('name')</script>" in page.inner_text("#result > .calls")
    page.get_by_role("button", name="Version française").click()
    assert "<img src=x onerror=alert('fr')>" in page.inner_text("#guide-fr")
    # Not one element or attribute came from the data.
    assert page.evaluate("document.querySelectorAll('img, svg, b, iframe, [onclick], [onerror], [onload]').length") == 0
    assert page.evaluate("[...document.querySelectorAll('a')].every(a => /^(tel|sms):|^#/.test(a.getAttribute('href')))")
    visit.close()


def level_2_in_english(page, guide, role, internal):
    """Answer the page's questions: no red flag, an event, no situation, guilt, then `role` and `internal`."""
    page.get_by_role("button", name="Next").click()  # no red flag
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()  # no situation
    page.get_by_label(tr(guide.sign_or_flag("guilt").label, "en"), exact=True).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label(role, exact=True).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label(internal, exact=True).check()
    page.get_by_role("button", name="Next").click()


@pytest.mark.parametrize(
    "data, role, label, expected",
    [
        # Three internal contacts set, one not: the page says which one, as the terminal does.
        ("three-set", "nurse", "Nurse", "Not set yet: House of psychology (ask the quality department)."),
        ("one-set", "nurse", "Nurse", "Not set yet: 3 internal contacts, named below (ask the quality department)."),
        # The role not known: the physicians' and the pharmacists' lines share one line.
        (None, "unknown", "Unknown", "0800 288 038: CNOM helpline (physicians, interns) · 0800 73 69 59: ADOP (pharmacists)"),
    ],
)
def test_whom_to_call_on_the_page_is_the_terminal_s(browser, tmp_path, data, role, label, expected):
    """Issue 23: the page's call list, line for line, as document.call_now."""
    from .test_numbers import ONE_SET, THREE_SET

    folder = None
    if data:
        folder = tmp_path / "h"
        folder.mkdir()
        (folder / "resources.yaml").write_text(THREE_SET if data == "three-set" else ONE_SET, encoding="utf-8")
    load.cache_clear()
    guide = load(folder).guide
    visit = Visit(browser, written(tmp_path, guide), "en-GB")
    level_2_in_english(visit.page, guide, label, "Yes")
    rec = recommend(guide, Answers(event=True, signs=("guilt",), role=role, internal="yes"))
    lines = list(call_now(guide, rec, "en")[:-1])
    assert expected in lines
    assert visit.texts("#result > .calls li")[: len(lines)] == lines
    visit.close()
    load.cache_clear()


@pytest.mark.parametrize(("locale", "lang"), [("en-GB", "en"), ("fr-FR", "fr")])
def test_practise_on_the_page_one_screen_at_a_time(browser, packaged, tmp_path, locale, lang):
    """The page's practice: the dark-thoughts scenario played by clicking, the attitude to avoid
    named, and the level-3 actions of the guide at the end; nothing leaves the page."""
    guide = packaged
    scenario = next(s for s in guide.scenarios if s.id == "dark-thoughts")
    visit = Visit(browser, written(tmp_path, guide), locale)
    page = visit.page
    practice = page.locator("#practice")
    practice.get_by_role("button", name=plain(typeset(tr(scenario.title, lang), lang))).click()
    first = scenario.steps[0]
    practice.get_by_role("button", name=plain(typeset(tr(first.replies[0].text, lang), lang))).click()
    shown = plain(practice.inner_text())
    attitude = next(a for a in guide.attitudes if a.id == first.replies[0].avoid)
    assert plain(typeset(tr(attitude.avoid, lang), lang)) in shown
    practice.get_by_role("button", name="Go on" if lang == "en" else "Continuer").click()
    silent = scenario.node(first.replies[0].next)
    practice.get_by_role("button", name=plain(typeset(tr(silent.replies[1].text, lang), lang))).click()
    practice.get_by_role("button", name="Go on" if lang == "en" else "Continuer").click()
    shown = plain(practice.inner_text())
    ending = scenario.node(silent.replies[1].next)
    actions = {a.id: a for a in guide.actions}
    for ident in ending.actions:
        assert plain(typeset(tr(actions[ident].text, lang), lang)) in shown
    assert "secondvictim triage" in shown
    practice.get_by_role("button", name="Choose another scenario" if lang == "en" else "Choisir un autre scénario").click()
    assert practice.get_by_role("button").count() == len(guide.scenarios)
    visit.close()
