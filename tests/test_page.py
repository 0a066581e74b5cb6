"""The offline page: one self-contained file, no network, the institution's data, nothing unescaped."""

import base64
import hashlib
import json
import re
import stat
from datetime import date
from html.parser import HTMLParser

import pytest

from secondvictim.guide.loader import load
from secondvictim.render.page import page_data, page_html

# The day the protocol in the page is dated.
DAY = date(2026, 12, 3)

HOSTILE_RESOURCES = """\
resources:
  - id: psychologist
    name:
      en: "</script><script>alert('name')</script>"
      fr: "<img src=x onerror=alert('fr')>"
    phone: "04 72 11 22 33"
    extension: "5510"
    how_to_reach:
      en: "\\" onclick=\\"alert(1)\\" x=\\""
    hours:
      en: "<!-- {{script}} ]]> &amp; \\u2028 ${alert(2)} </style>"
  - id: evil-line
    kind: external
    name:
      en: "<svg onload=alert(3)>"
    audience:
      en: "</SCRIPT ><a href=javascript:alert(4)>x</a>"
    phone: "01 02 03 04 05"
"""
HOSTILE_SIGNS = """\
warning_signs:
  - id: evil-sign
    label:
      en: "<b onmouseover=alert(5)>bold</b> {labels} {{data}}"
"""


@pytest.fixture
def hostile(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "resources.yaml").write_text(HOSTILE_RESOURCES, encoding="utf-8")
    (folder / "signs.yaml").write_text(HOSTILE_SIGNS, encoding="utf-8")
    return folder


def blocks(page, tag):
    return re.findall(rf"<{tag}\b([^>]*)>(.*?)</{tag}>", page, re.S | re.I)


def test_the_page_command_writes_one_file_to_publish(run, tmp_path):
    target = tmp_path / "guide.html"
    result = run("page", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert f"Written: {target}." in result.stderr
    assert result.stdout == ""
    # Nothing about anyone is in it: readable by all, to publish on an intranet.
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    # The guide twice as plain HTML (both languages, for readers without scripts), and once as data;
    # the sheet for the colleague (English, French « vous » and « tu ») and the protocol as plain
    # HTML too (issue 26: about 25 kB with the packaged data, hence 240 kB, not 200 kB).
    assert target.stat().st_size < 240_000
    again = run("page", "-o", str(target))
    assert again.exit_code == 3 and "already exists" in again.stderr
    assert run("page", "-o", str(target), "--force").exit_code == 0
    missing = run("page")
    assert missing.exit_code == 2 and "secondvictim page -o guide.html" in missing.stderr


def test_broken_institution_data_stops_with_nothing_written(run, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "resources.yaml").write_text("resources:\n  - id: sps\n    phone: call-us\n", encoding="utf-8")
    target = tmp_path / "guide.html"
    result = run("--data-dir", str(folder), "page", "-o", str(target))
    assert result.exit_code == 2
    assert "resources.yaml:3" in result.stderr
    assert not target.exists()


def test_no_network_no_storage_and_a_policy_that_allows_only_its_own_script_and_style(guide):
    page = page_html(guide, "fr", DAY)
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    directives = dict(d.strip().split(" ", 1) for d in policy.replace("&#x27;", "'").split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"
    assert "connect-src" not in directives and "unsafe" not in policy

    def digest(text):
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    (style,) = blocks(page, "style")
    assert directives["style-src"] == digest(style[1])
    scripts = blocks(page, "script")
    assert [attrs for attrs, _ in scripts] == [' type="application/json" id="guide-data"', ""]
    assert directives["script-src"] == digest(scripts[1][1])
    # No resource to fetch, nothing kept on the device.
    assert not re.search(r"<(link|img|iframe|object|embed|base)\b|\bsrc=|url\(|@import", page, re.I)
    script = scripts[1][1]
    for word in ("localStorage", "sessionStorage", "indexedDB", "cookie", "fetch(", "XMLHttpRequest", "innerHTML",
                 "eval(", "WebSocket", "sendBeacon"):
        assert word not in script, word
    assert page.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert len(page.encode()) < 240_000


def test_hostile_institution_data_stays_text(hostile):
    guide = load(hostile).guide
    page = page_html(guide, "en", DAY)
    # Only the page's own two script elements, and the data block never closes early.
    assert len(re.findall(r"<script", page, re.I)) == 2
    assert len(re.findall(r"</script", page, re.I)) == 2
    (_, data), _ = blocks(page, "script")
    assert not set(data) & set("<>&")
    assert json.loads(data) == page_data(guide)
    assert "<img src=x onerror=alert('fr')>" in json.loads(data)["text"]["fr"]["resources"]["psychologist"]["name"]
    # Outside the data block, the guide as plain HTML: the data's text only as text, escaped;
    # not one element or attribute came from it.
    outside = page.replace(data, "")
    parsed = Elements()
    parsed.feed(outside)
    assert parsed.tags <= {"html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "h3", "h4",
                           "nav", "span", "ul", "ol", "li", "a", "noscript", "p", "main", "section", "blockquote",
                           "script", "details", "summary"}
    assert not [name for name in parsed.attributes if name.startswith("on")]
    assert all(re.match(r"(tel|sms):[0-9+]+(;ext=[0-9]+)?$|#(view|guide|handout|protocol)-(en|fr)$", href) for href in parsed.hrefs), parsed.hrefs
    assert "&lt;svg onload=alert(3)&gt;" in outside
    assert "&lt;img src=x onerror=alert(&#x27;fr&#x27;)&gt;" in outside
    assert "&lt;b onmouseover=alert(5)&gt;bold&lt;/b&gt; {labels} {{data}}" in outside


class Elements(HTMLParser):
    """The elements, attribute names and links of a page."""

    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.hrefs = set(), set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}
        self.hrefs += [value for name, value in attrs if name == "href"]


def test_both_languages_and_the_interface_words_are_in_the_page(guide):
    data = page_data(guide)
    assert set(data["text"]) == {"en", "fr"}
    fr = data["text"]["fr"]
    # French typography is applied on the Python side, as for the terminal.
    assert fr["ui"]["banner"] == "Niveau {level} sur 3\u00a0: {name}"
    assert fr["ui"]["reasonsSigns"] == {"one": "Signe d'alerte\u00a0: {labels}.", "other": "Signes d'alerte\u00a0: {labels}."}
    assert fr["keyMessage"].startswith("Ce que vous ressentez est fréquent")
    assert data["text"]["en"]["ui"]["qRedFlags"] == "Do you see any of these red flags right now?"
    # The rule's data holds no text at all: the same for every language.
    assert data["rule"]["situations"] == [s.id for s in guide.situations]
    assert fr["managerLine"].startswith("Et vous\u00a0: soutenir un collègue est exigeant")
    assert set(fr["peerOffer"]) == {"intro", "words", "wordsInformal", "consent"}
    assert "Veux-tu que je te mette en relation" in fr["peerOffer"]["wordsInformal"]
    assert data["text"]["en"]["peerOffer"]["wordsInformal"] == data["text"]["en"]["peerOffer"]["words"]
    assert data["rule"]["signs"] == [s.id for s in guide.warning_signs]
