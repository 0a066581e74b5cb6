"""Take docs/page-phone.png: the page on a phone (360 x 740), in French, after a full path.

    python docs/page_screenshot.py

Needs Chromium (/usr/bin/chromium) and Playwright (in the test extras); downloads nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from playwright.sync_api import sync_playwright

from secondvictim.guide.loader import load_guide
from secondvictim.render.page import page_html

# The day the protocol in the page is dated (not on screen here: any fixed day will do).
DAY = date(2026, 12, 3)

TARGET = Path(__file__).with_name("page-phone.png")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        path = Path(folder) / "guide.html"
        path.write_text(page_html(load_guide(), "fr", DAY), encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        page = browser.new_page(viewport={"width": 360, "height": 740}, locale="fr-FR")
        page.goto(path.as_uri())
        for value in (None, "yes", "guilt", "nurse", "no"):
            if value:
                page.check(f'#triage input[value="{value}"]')
            page.click("#triage button.primary")
        page.evaluate("document.activeElement.blur(); window.scrollTo(0, document.getElementById('triage').offsetTop - 8)")
        page.screenshot(path=str(TARGET))
        browser.close()
    print(f"{TARGET}: {TARGET.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
