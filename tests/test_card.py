"""Issue 26, item 3: a real pocket card beside the full guide, and (M13) the full guide with the
situations that call for outreach, the peer supporters and the manager's own support.

`card --size pocket`: three sides, each one screen (A6): (1) the red flags and what to do now,
(2) the warning signs and the key message, (3) the numbers. `card` (or `--size full`): the whole
guide on two A4 pages. Every option of `card` is honoured or refused, never ignored.

The exhaustive tests print the HTML with Chromium and count the pages."""

import html
import itertools
import json
import re

import jsonschema
import pytest

from secondvictim.guide.loader import load
from secondvictim.guide.models import tr

from .test_page_browser import pytestmark as browser_marks
from .test_page_browser import sync_playwright

INSTITUTION = (
    "resources:\n"
    '  - id: psychologist\n    phone: "04 72 11 22 33"\n    extension: "1234"\n'
    '  - id: occupational-medicine\n    phone: "04 72 11 22 34"\n'
    "  - id: peers\n    kind: peer\n    name: {en: Peer supporters of the hospital, fr: Pairs aidants de l'hôpital}\n"
    "    audience: {en: Every professional, fr: Tout professionnel}\n    phone: '04 72 11 22 99'\n"
)


@pytest.fixture
def institution(tmp_path):
    """An institution with two internal contacts set and a peer line."""
    (tmp_path / "resources.yaml").write_text(INSTITUTION, encoding="utf-8")
    return tmp_path


def plain(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ").replace("\\", ""))


def test_the_pocket_card_has_three_sides_in_the_order_they_are_needed(run, guide):
    result = run("card", "--size", "pocket", "--format", "md")
    assert result.exit_code == 0, result.output
    text = plain(result.stdout)
    order = [
        "Red flags: act immediately",
        "What to do at once",
        "Emergency numbers",
        "Warning signs",
        "The key message",
        "Numbers to keep",
    ]
    places = [text.index(heading) for heading in order]
    assert places == sorted(places)
    side1, side2, side3 = text[: places[3]], text[places[3] : places[5]], text[places[5] :]
    for flag in guide.red_flags:
        assert plain(tr(flag.label, "en")) in side1
    assert "15: SAMU" in side1 and "3114: suicide prevention" in side1
    for sign in guide.warning_signs:
        assert plain(tr(sign.label, "en")) in side2
    assert plain(tr(guide.key_message, "en")) in side2
    # The numbers: the national lines, the emergency numbers, and a line to write each internal
    # contact's number by hand while it is not set.
    assert "0805 23 23 36: SPS" in side3 and "3114: suicide prevention" in side3
    assert side3.count("Number: ____") == 4
    # The pocket card is not the full guide: no levels, no attitudes.
    assert "Action levels" not in text and "Level 2" not in text


def test_the_pocket_card_with_institution_data_lists_its_numbers_and_peers(run, institution):
    text = plain(run("--data-dir", str(institution), "--lang", "fr", "card", "--size", "pocket", "--format", "md").stdout)
    numbers = text[text.index("Numéros à garder") :]
    assert "04 72 11 22 33 poste 1234" in numbers or "04 72 11 22 33, poste 1234" in numbers
    assert "04 72 11 22 99 : Pairs aidants de l'hôpital" in numbers
    assert numbers.count("Numéro : ____") == 2  # the two internal contacts not set


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_full_guide_lists_the_situations_the_peers_and_the_manager_s_own_support(run, institution, lang):
    """M13: they were missing from the card (txt, md, html)."""
    load.cache_clear()
    guide = load(institution).guide
    for fmt in ("md", "txt", "html"):
        result = run("--data-dir", str(institution), "--lang", lang, "card", "--format", fmt)
        assert result.exit_code == 0, result.output
        out = html.unescape(re.sub(r"<[^>]+>", "", result.stdout)) if fmt == "html" else result.stdout
        text = plain(out)
        for situation in guide.situations:
            label = tr(situation.label, lang)
            assert plain(label) in text or plain(label[0].lower() + label[1:]) in text, (fmt, label)
        assert plain(tr(guide.peer_offer.consent, lang)) in text
        assert ("Peer supporters of the hospital" if lang == "en" else "Pairs aidants de l'hôpital") in text
        assert plain(tr(guide.manager_support.title, lang)) in text
        assert plain(tr(guide.manager_support.line, lang)) in text
    load.cache_clear()


def test_card_json_has_the_peers_and_the_manager_s_support_as_its_schema_says(run, institution):
    data = json.loads(run("--data-dir", str(institution), "card", "--json").stdout)
    schema = json.loads(run("schema", "card").stdout)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert [p["name"] for p in data["peers"]] == ["Peer supporters of the hospital"]
    assert data["peers"][0]["phone"] == "04 72 11 22 99"
    assert data["manager_support"]["title"] and data["manager_support"]["line"]
    assert len(data["situations"]) >= 1
    assert {"peers", "manager_support", "situations"} <= set(schema["required"])


# --- item 3: every option honoured or refused ---------------------------------------------------


SIZES = (None, "pocket", "full")
FORMATS = (None, "md", "html", "txt")


@pytest.mark.parametrize(("size", "fmt", "as_json"), list(itertools.product(SIZES, FORMATS, (False, True))))
def test_every_combination_of_size_format_and_json_is_honoured_or_refused(run, size, fmt, as_json):
    args = ["card"]
    args += ["--size", size] if size else []
    args += ["--format", fmt] if fmt else []
    args += ["--json"] if as_json else []
    result = run(*args)
    if as_json and (size == "pocket" or fmt):
        # --json is the whole guide as data: the pocket layout or another format contradicts it
        # (--size full is the whole guide, the default: it agrees).
        assert result.exit_code == 2
        refused = json.loads(result.stdout)
        assert refused["code"] == ("err.json_format" if fmt else "err.card_json_size")
        assert ("--format" if fmt else "--size") in refused["message"] and "--json" in refused["message"]
        return
    assert result.exit_code == 0, result.output
    if as_json:
        assert json.loads(result.stdout)["schema"] == "secondvictim/card/4"
        return
    out = result.stdout
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>")
        assert ("size: 105mm 148mm" in out) == (size == "pocket")
    pocket = "Numbers to keep" in out
    assert pocket == (size == "pocket"), "--size is honoured in every format"
    assert ("Action levels" in out) == (size != "pocket")


def test_an_unknown_size_is_refused_with_the_sizes_accepted(run):
    result = run("card", "--size", "a5")
    assert result.exit_code == 2
    assert "pocket" in result.stderr and "full" in result.stderr


def test_the_size_is_honoured_in_a_file_too(run, tmp_path):
    target = tmp_path / "card.html"
    assert run("card", "--size", "pocket", "-o", str(target)).exit_code == 0
    assert "size: 105mm 148mm" in target.read_text(encoding="utf-8")
    refused = run("card", "--size", "pocket", "--json", "-o", str(tmp_path / "card.json"))
    assert refused.exit_code == 2 and not (tmp_path / "card.json").exists()


# --- printed by Chromium: the page counts (exhaustive) ------------------------------------------

A4 = (595, 842)  # points
A6 = (298, 420)


@pytest.fixture(scope="module")
def printer():
    from .conftest import CHROMIUM_FLAGS
    from .test_page_browser import CHROMIUM

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = chromium.new_page()
        yield page
        chromium.close()


def pages(printer, path):
    """The pages of the file printed as Chromium prints it (the page size the CSS asks for)."""
    printer.goto(path.as_uri())
    pdf = printer.pdf(prefer_css_page_size=True)
    boxes = [tuple(round(float(n)) for n in box.split()[2:]) for box in re.findall(rb"/MediaBox \[([^\]]*)\]", pdf)]
    count = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    return count, set(boxes)


def _in_browser(test):
    for mark in browser_marks:
        test = mark(test)
    return test


@_in_browser
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("with_data", [False, True], ids=["packaged", "institution"])
def test_printed_the_pocket_card_is_three_a6_sides_and_the_guide_two_a4_pages(run, printer, institution, tmp_path, lang, with_data):
    data = ["--data-dir", str(institution)] if with_data else []
    pocket, full = tmp_path / "pocket.html", tmp_path / "full.html"
    assert run(*data, "--lang", lang, "card", "--size", "pocket", "-o", str(pocket)).exit_code == 0
    assert run(*data, "--lang", lang, "card", "-o", str(full)).exit_code == 0
    assert pages(printer, pocket) == (3, {A6})  # one side a page: each side fits its page
    assert pages(printer, full) == (2, {A4})
