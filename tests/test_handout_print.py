"""The documents to hand out as they leave the machine (issue 26, item 5): valid HTML (the W3C Nu
checker), accessible (axe-core), and printed by Chromium on one A4 page each, type of 10 pt at
least; in both languages, with the packaged data and with an institution's.

The tools are found where the brief installs them (`npm i vnu-jar axe-core` in /tmp), or named by
VNU_JAR and AXE_CORE; a test is skipped, with the reason, when its tool is absent."""

import re
import shutil
import subprocess

import pytest

from .conftest import CHROMIUM_FLAGS
from .test_handout import RICH

pytestmark = pytest.mark.exhaustive

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
JAVA = shutil.which("java")


from .tools import AXE, VNU  # noqa: E402

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

DOCUMENTS = [(cmd, lang, data) for cmd in ("handout", "protocol") for lang in ("en", "fr") for data in ("packaged", "institution")]
IDS = ["-".join(d) for d in DOCUMENTS]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Each document written as HTML by the command line, as a user would (one run per document)."""
    import sys

    folder = tmp_path_factory.mktemp("documents")
    institution = folder / "institution"
    institution.mkdir()
    (institution / "resources.yaml").write_text(RICH, encoding="utf-8")
    written = {}
    for cmd, lang, data in DOCUMENTS:
        target = folder / f"{cmd}-{lang}-{data}.html"
        extra = ["--data-dir", str(institution)] if data == "institution" else []
        subprocess.run(
            [sys.executable, "-m", "secondvictim", "--lang", lang, *extra, cmd, "-o", str(target)],
            capture_output=True, check=True, timeout=60,
        )  # fmt: skip
        written[(cmd, lang, data)] = target
    return written


@pytest.mark.skipif(JAVA is None or VNU is None, reason="needs java and the W3C Nu checker (npm i vnu-jar in /tmp, or VNU_JAR)")
def test_valid_html(pages):
    result = subprocess.run(
        [JAVA, "-jar", str(VNU), "--errors-only", *map(str, pages.values())], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium); .ci/run installs it")
@pytest.mark.parametrize("document", DOCUMENTS, ids=IDS)
def test_prints_on_one_a4_page(pages, tmp_path, document):
    pdf = tmp_path / "printed.pdf"
    subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", pages[document].as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    data = pdf.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    # A4: 595 x 842 points.
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert box and round(float(box.group(1))) == 595 and round(float(box.group(2))) == 842


needs_browser = [
    pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)"),
    pytest.mark.skipif(sync_playwright is None, reason="needs playwright (pip install -e '.[test]')"),
]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("document", DOCUMENTS, ids=IDS)
def test_printed_type_is_10_pt_at_least(pages, document, request):
    for mark in needs_browser:
        if mark.args[0]:
            pytest.skip(mark.kwargs["reason"])
    page = request.getfixturevalue("browser").new_page()
    page.goto(pages[document].as_uri())
    page.emulate_media(media="print")
    smallest = page.evaluate(
        "Math.min(...[...document.querySelectorAll('body *')]"
        ".filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))"
        ".map(e => parseFloat(getComputedStyle(e).fontSize)))"
    )
    page.close()
    assert smallest * 0.75 >= 9.99  # CSS pixels to points


@pytest.mark.skipif(AXE is None, reason="needs axe-core (npm i axe-core in /tmp, or AXE_CORE)")
@pytest.mark.parametrize("document", DOCUMENTS, ids=IDS)
def test_no_accessibility_violation(pages, document, request):
    for mark in needs_browser:
        if mark.args[0]:
            pytest.skip(mark.kwargs["reason"])
    page = request.getfixturevalue("browser").new_page()
    page.goto(pages[document].as_uri())
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']}))"
        ".violations.map(v => [v.id, v.nodes.map(n => n.target.join(' '))])"
    )
    page.close()
    assert violations == []
