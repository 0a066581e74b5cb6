"""Issue 26, item 4: the page without scripts. The whole guide is plain HTML in the file (a mail
or file previewer, scripts blocked): red flags, warning signs, the situations that call for
outreach, what to do at each level, whom to call with numbers to tap, the key message, what to
avoid, the peer supporters and the manager's own support. The script adds the questions on top;
the notice about scripts is said only where they are off.

The everyday tests read the file; the exhaustive ones open it in Chromium with scripts off and
on, and run the W3C Nu checker and axe-core on it (skipped when they are not installed: `npm i
vnu-jar axe-core` in /tmp, java for the Nu checker)."""

import html
import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from secondvictim.guide.loader import load
from secondvictim.guide.models import tr
from secondvictim.render.page import page_html

from . import test_page_browser
from .test_page_browser import pytestmark as browser_marks

# The day the protocol in the page is dated.
DAY = date(2026, 12, 3)

browser = test_page_browser.browser  # the fixture: one Chromium for the module

INSTITUTION = (
    "resources:\n"
    '  - id: psychologist\n    phone: "04 72 11 22 33"\n    extension: "1234"\n'
    "  - id: peers\n    kind: peer\n    name: {en: Peer supporters of the hospital, fr: Pairs aidants de l'hôpital}\n"
    "    audience: {en: Everyone, fr: Tout le monde}\n    phone: '04 72 11 22 99'\n"
)
NOTICE = {
    "en": "To answer the questions, allow scripts or open the file in a browser.",
    "fr": "Pour répondre aux questions, autorisez les scripts ou ouvrez le fichier dans un navigateur.",
}


@pytest.fixture
def institution(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(INSTITUTION, encoding="utf-8")
    load.cache_clear()
    yield load(folder).guide
    load.cache_clear()


class Views(HTMLParser):
    """The text of each language's view of the page, the links in it, and the noscript text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.view, self.noscript, self.script = None, False, False
        self.text, self.links, self.noscript_text, self.hidden = {}, {}, [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and "view" in (attrs.get("class") or ""):
            self.view = attrs["lang"]
            self.text[self.view], self.links[self.view] = [], []
            if "hidden" in attrs:
                self.hidden.add(self.view)
        self.noscript = self.noscript or tag == "noscript"
        self.script = tag == "script"
        if tag == "a" and self.view:
            self.links[self.view].append(attrs["href"])

    def handle_endtag(self, tag):
        self.noscript = self.noscript and tag != "noscript"
        self.script = False

    def handle_data(self, data):
        if self.noscript:
            self.noscript_text.append(data)
        elif self.view and not self.script:
            self.text[self.view].append(data)


def views(page):
    parsed = Views()
    parsed.feed(page)
    clean = {lang: re.sub(r"\s+", " ", "".join(parts).replace("\u00a0", " ").replace("\u202f", " ")) for lang, parts in parsed.text.items()}
    return parsed, clean


def plain(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_whole_guide_is_in_the_file_in_both_languages(institution, lang):
    guide = institution
    parsed, text = views(page_html(guide, lang, DAY))
    assert set(text) == {"en", "fr"}
    # The language asked for is shown; the other is there, hidden until chosen.
    assert parsed.hidden == {"fr" if lang == "en" else "en"}
    for each in ("en", "fr"):
        shown = text[each]
        expected = [
            *(tr(s.label, each) for s in (*guide.red_flags, *guide.warning_signs, *guide.situations)),
            *(tr(s.description, each) for s in (*guide.red_flags, *guide.warning_signs) if s.description),
            *(tr(a.text, each) for a in guide.actions if a.at_red_flags_only),
            *(tr(level.name, each) for level in guide.levels),
            *(tr(level.summary, each) for level in guide.levels),
            tr(guide.key_message, each),
            *(tr(a.avoid, each) for a in guide.attitudes),
            *(tr(step.text, each) for step in guide.script.steps),
            tr(guide.peer_offer.intro, each),
            "Peer supporters of the hospital" if each == "en" else "Pairs aidants de l'hôpital",
            tr(guide.manager_support.title, each),
            *(tr(p, each) for p in guide.manager_support.paragraphs),
            tr(guide.disclaimer, each),
        ]
        for words in expected:
            assert plain(words) in shown, (each, words)
        # Every number to tap: calls, the SMS line, the extension in the link.
        links = parsed.links[each]
        for href in ("tel:15", "tel:112", "sms:114", "tel:3114", "tel:0805232336", "tel:0472112299",
                     "tel:0472112233;ext=1234"):
            assert href in links, (each, href)
        # The notice is no part of the guide: said only where scripts are off.
        assert plain(NOTICE[each]) not in shown
    noscript = plain(" ".join(parsed.noscript_text))
    assert plain(NOTICE["en"]) in noscript and plain(NOTICE["fr"]) in noscript
    # No advice to open the file in a browser outside the notice, and the old advice is gone.
    assert "open the file in a browser (Safari" not in page_html(guide, lang, DAY)


def test_the_guide_of_the_page_is_text_and_links_only(institution):
    page = page_html(institution, "en", DAY)
    outside = re.sub(r"<script\b.*?</script>", "", page, flags=re.S)
    assert not re.search(r"<(input|button|form|img|iframe)\b|\bon\w+=", outside)
    assert set(re.findall(r'href="([a-z]+):', outside)) == {"tel", "sms"}


# --- in a browser, and through the checkers (exhaustive) ------------------------------------------

JAVA = shutil.which("java")
from .tools import AXE, VNU  # noqa: E402


def in_browser(test):
    """Marked as the browser tests are (exhaustive; skipped without chromium or playwright)."""
    for mark in browser_marks:
        test = mark(test)
    return test


def written(tmp_path, guide, lang, name="guide.html"):
    path = tmp_path / name
    path.write_text(page_html(guide, lang, DAY), encoding="utf-8")
    return path


@in_browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_with_scripts_off_the_guide_is_read_and_the_numbers_tapped(browser, institution, tmp_path, lang):
    path = written(tmp_path, institution, lang)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(path.as_uri())
    assert plain(page.inner_text("noscript, body")).count(plain(NOTICE[lang])) == 1
    guide = page.locator(f"#guide-{lang}")
    assert guide.is_visible() and not page.locator(f"#guide-{'fr' if lang == 'en' else 'en'}").is_visible()
    assert tr(institution.manager_support.title, lang) in plain(guide.inner_text())
    assert page.locator(f"#view-{lang} a[href='tel:3114']").first.is_visible()
    assert page.locator("#triage, form, button").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # The other language, by its link, without scripts.
    other = "fr" if lang == "en" else "en"
    page.locator(f"a[href='#view-{other}']").first.click()
    assert page.locator(f"#guide-{other}").is_visible() and not page.locator(f"#guide-{lang}").is_visible()
    context.close()


@in_browser
def test_with_scripts_on_the_questions_come_first_and_no_notice(browser, institution, tmp_path):
    path = written(tmp_path, institution, "en")
    context = browser.new_context(locale="en-GB", viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(path.as_uri())
    body = plain(page.inner_text("body"))
    assert plain(NOTICE["en"]) not in body
    # (The table of contents at the top names the guide: the guide itself comes after the questions.)
    guide = plain(page.inner_text("#guide-en"))[:100]
    assert body.index("Do you see any of these red flags right now?") < body.index(guide)
    assert page.locator(".view:visible").count() == 1 and page.locator("main:visible").count() == 1
    context.close()


@in_browser
@pytest.mark.parametrize(
    ("lang", "locale", "expected"),
    [
        ("en", "en-GB", "2 situations that call for outreach, including an event involving a child."),
        ("fr", "fr-FR", "2 situations qui appellent une prise de contact, dont un événement qui concerne un enfant."),
    ],
)
def test_level_1_reasons_read_as_the_terminal_s(browser, tmp_path, lang, locale, expected):
    """M14: "An event involving a child The death of a member of staff" ran together."""
    load.cache_clear()
    guide = load(None).guide
    context = browser.new_context(locale=locale)
    page = context.new_page()
    page.goto(written(tmp_path, guide, lang).as_uri())
    triage = page.locator("#triage")
    triage.locator("button.primary").click()  # no red flag
    triage.locator("input[value=yes]").check()
    triage.locator("button.primary").click()
    triage.locator("input[value=paediatric-event]").check()
    triage.locator("input[value=staff-death]").check()
    triage.locator("button.primary").click()
    triage.locator("button.primary").click()  # no warning sign
    triage.locator("button.primary").click()  # role
    triage.locator("button.primary").click()  # internal resources
    assert plain(page.inner_text("#result .reasons")) == plain(expected)
    context.close()


def _bare(path):
    """The page as a browser without scripts reads it: the same file, its scripts taken out."""
    bare = path.with_name("bare-" + path.name)
    bare.write_text(re.sub(r"<script\b.*?</script>", "", path.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")
    return bare


@in_browser
@pytest.mark.skipif(AXE is None, reason="needs axe-core (npm i axe-core in /tmp)")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_axe_finds_no_violation_with_scripts_off_on_and_on_a_result(browser, institution, tmp_path, lang):
    path = written(tmp_path, institution, lang)
    source = Path(AXE).read_text(encoding="utf-8")
    run = "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => [v.id, v.nodes.length]))"
    for target, answer in ((_bare(path), False), (path, False), (path, True)):
        context = browser.new_context(bypass_csp=True, viewport={"width": 320, "height": 640})
        page = context.new_page()
        page.goto(target.as_uri())
        if answer:  # a red flag: the level-3 result on screen
            page.locator("#triage input").first.check()
            page.locator("#triage button.primary").click()
            page.locator("#result summary").click()
        page.add_script_tag(content=source)
        assert page.evaluate(run) == [], (target.name, answer)
        context.close()


@pytest.mark.exhaustive
@pytest.mark.skipif(JAVA is None or VNU is None, reason="needs java and the Nu checker (npm i vnu-jar in /tmp)")
def test_the_nu_checker_finds_no_error(institution, tmp_path):
    load.cache_clear()
    files = [written(tmp_path, institution, "en", "en.html"), written(tmp_path, institution, "fr", "fr.html"),
             written(tmp_path, load(None).guide, "fr", "packaged.html")]
    result = subprocess.run([JAVA, "-jar", VNU, "--errors-only", *map(str, files)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, html.unescape(result.stderr)


