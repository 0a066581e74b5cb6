"""Time to interactive of the offline page, and the time of each answer, in headless Chromium
with the CPU slowed down four times (a mid-range phone), at phone size.

    python benchmarks/page_speed.py [ROUNDS]

Needs Chromium (/usr/bin/chromium) and Playwright (in the test extras); downloads nothing.
Prints the page's size, then the median over ROUNDS (default 9) of: first contentful paint,
time to interactive (the first question painted and answerable: its script, at the end of the
body, has run and DOMContentLoaded is over), and the slowest time from a tap on "Next" to the
next screen painted, along the longest path (five taps, six screens).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

from playwright.sync_api import sync_playwright

from secondvictim.guide.loader import load_guide
from secondvictim.render.page import page_html

# The day the protocol in the page is dated (not on screen here: any fixed day will do).
DAY = date(2026, 12, 3)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
THROTTLING = 4

# Ticks an answer (by value) and taps Next; resolves once the next screen has been painted.
ANSWER = """(value) => new Promise((done) => {
  const start = performance.now();
  if (value) document.querySelector(`#triage input[value="${value}"]`).click();
  document.querySelector("#triage button.primary").click();
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
})"""
PATH = [None, "yes", "guilt", "nurse", "no"]


def one_round(browser, url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="fr-FR")
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": THROTTLING})
    page.goto(url, wait_until="load")
    timings = page.evaluate(
        """() => new Promise((done) => {
          const nav = performance.getEntriesByType("navigation")[0];
          new PerformanceObserver((list, observer) => {
            const paint = list.getEntriesByName("first-contentful-paint")[0];
            if (!paint) return;
            observer.disconnect();
            done({paint: paint.startTime, interactive: nav.domContentLoadedEventEnd});
          }).observe({type: "paint", buffered: true});
        })"""
    )
    assert page.locator("#triage input").count() > 0
    answers = [page.evaluate(ANSWER, value) for value in PATH]
    assert page.locator("#result").count() == 1
    context.close()
    # Interactive once the first question is both answerable (script run) and painted.
    return timings["paint"], max(timings["paint"], timings["interactive"]), max(answers)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("needs chromium (apt-get install chromium)")
    html = page_html(load_guide(), "fr", DAY)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "guide.html"
        path.write_text(html, encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
            one_round(browser, path.as_uri())  # warm-up: the browser's own start is not the page's
            results = [one_round(browser, path.as_uri()) for _ in range(rounds)]
            version = browser.version
            browser.close()
    paint, interactive, answer = (statistics.median(column) for column in zip(*results, strict=True))
    print(f"page: {len(html.encode()) / 1024:.1f} KiB; Chromium {version}, CPU throttling x{THROTTLING}, {rounds} rounds")
    print(f"first contentful paint: {paint:.0f} ms")
    print(f"time to interactive:    {interactive:.0f} ms")
    print(f"slowest answer:         {answer:.0f} ms (tap on Next to the next screen painted)")


if __name__ == "__main__":
    main()
