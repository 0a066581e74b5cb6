"""Documents as Markdown and as a self-contained HTML page (the pocket card, the summary file)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from ..rules.choices import Lang
from .blocks import WRITE_IN, Banner, Document, Heading, Items, Para, typeset_document

if TYPE_CHECKING:
    from ..guide.models import Guide

# A phone number as written in a text, and its link. A bare number links to tel:.
PhoneLink = str | tuple[str, str]
# 114 is reached by SMS (or video), not by a call: people who cannot speak or cannot hear.
SMS_LINES = frozenset({"sms-114"})

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
# What starts a block when it starts a line: a list item ("-", "+", "1.", "1)"), a setext heading
# underline ("===", "---"), and the indentation of a code block.
_MD_LINE_START = re.compile(r"^[ \t]*([-+=]|\d+[.)])?", re.MULTILINE)


def _line_start(match: re.Match[str]) -> str:
    marker = match.group(1) or ""
    return marker[:-1] + "\\" + marker[-1] if marker else ""


def md_escape(text: str) -> str:
    """Data printed as written: Markdown would read "*", "_", "~~", "[...]" in it as markup, and a
    line that starts with "- ", "1. ", "===" or four spaces as a block (a list, a heading, code)."""
    return _MD_LINE_START.sub(_line_start, _MD_SPECIAL.sub(r"\\\1", text))


def heading_number(levels: dict[int, int], depth: int, first: bool) -> tuple[int, dict[int, int]]:
    """A heading's level (1 for the title) that never skips one (## then ####), for those who move
    by headings: at most one below the last shallower heading; headings of one depth stay
    siblings. Returns it with the levels seen so far, to pass to the next heading."""
    parent = max((n for d, n in levels.items() if d < depth), default=1)
    number = 1 if first else min(depth + 1, parent + 1)
    return number, {d: n for d, n in levels.items() if d < depth} | {depth: number}


def to_markdown(doc: Document, lang: Lang) -> str:
    doc = typeset_document(doc, lang)
    out: list[str] = []
    first_heading = True
    levels: dict[int, int] = {}
    for block in doc:
        if isinstance(block, Banner):
            out += [f"## {md_escape(block.text)}", ""]
            levels = {1: 2}
        elif isinstance(block, Heading):
            # The first heading is the title; the others are sections and their parts.
            number, levels = heading_number(levels, block.depth, first_heading)
            first_heading = False
            out += [f"{'#' * number} {md_escape(block.text)}", ""]
        elif isinstance(block, Para):
            text = md_escape(block.text)
            out += [
                f"> {text}" if block.style == "quote" else f"*{text}*" if block.style == "note" else text,
                "",
            ]
        elif isinstance(block, Items):
            for index, item in enumerate(block.items, start=1):
                first, *rest = (md_escape(line) for line in item.split("\n"))
                lead = {"bullet": "- ", "line": "- ", "check": "- [ ] ", "number": f"{index}. "}[block.style]
                # Two trailing spaces: a line break inside the item.
                out.append(lead + "  \n    ".join([first, *rest]))
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111;
       max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.45em; margin: 0 0 .3em; }
h2 { font-size: 1.1em; margin: 1em 0 .3em; border-bottom: 1px solid #888; }
h3, h4 { font-size: 1em; margin: .7em 0 .2em; }
p, ul, ol { margin: .25em 0 .5em; }
ul, ol { padding-left: 1.3em; }
li { margin: .1em 0; }
ul.check { list-style: none; padding-left: .2em; }
/* A box to tick on paper; the empty alternative keeps screen readers from saying "ballot box". */
ul.check li::before { content: "\\2610\\00a0"; content: "\\2610\\00a0" / ""; }
.detail { display: block; color: #222; }
.write-in { display: block; line-height: 1.6; }
.write-in .line { display: inline-block; width: 14em; height: 1em; border-bottom: 1px solid #111;
                  vertical-align: baseline; }
blockquote { margin: .4em 0; padding: .3em .7em; border-left: 4px solid #555; font-weight: bold; }
.note { color: #333; font-style: italic; }
.level { font-weight: bold; font-size: 1.15em; padding: .3em .6em; border: 2px solid #333; }
.level-3 { border-color: #b00020; }
section.emergency { border: 2px solid #b00020; padding: 0 .6em .2em; }
section.emergency a { font-size: 1.3em; }
a[href^="tel:"], a[href^="sms:"] { color: inherit; font-weight: bold; text-decoration: none; white-space: nowrap; }
/* Margin boxes of our own (empty): the browser then prints no header or footer of its own (no
   date, title or local path of the file on the card). */
@page { size: A4; margin: 8mm 9mm; @top-left { content: ""; } @bottom-right { content: ""; } }
@media print {
  body { font-size: 9.5pt; line-height: 1.14; max-width: none; margin: 0; padding: 0; }
  main { column-count: 2; column-gap: 5mm; }
  h1 { column-span: all; font-size: 1.3em; margin-bottom: .2em; }
  h2 { margin: .5em 0 .15em; }
  h3, h4 { margin: .35em 0 .1em; }
  p, ul, ol { margin: .1em 0 .25em; }
  li { margin: 0; }
  h2, h3, h4 { break-after: avoid; }
  li, blockquote, section.emergency { break-inside: avoid; }
  /* What to do at once (level 3): one column, never split; the card's other lists may run on. */
  h3 + ul.check { break-inside: avoid; }
}
"""


def phone_links(guide: Guide, lang: Lang) -> list[PhoneLink]:
    """Each phone number as the guide writes it, with its link: `sms:` for the SMS line, and an
    internal number's extension in the link (RFC 3966: tel:0123456789;ext=1234)."""
    from ..i18n import t

    links: list[PhoneLink] = []
    for r in guide.resources:
        if not r.phone:
            continue
        number = r.phone.replace(" ", "")
        if r.id in SMS_LINES:
            links.append((r.phone, f"sms:{number}"))
            continue
        if r.extension:
            href = f"tel:{number};ext={r.extension}"
            # As `reach` and `call_line` write it: "01 23 45 67 89, ext. 1234".
            links.append((t("resource.with_extension", lang, phone=r.phone, extension=r.extension), href))
        links.append((r.phone, f"tel:{number}"))
    return links


# A number as the data may write one (models.Phone): digits in groups of single spaces, maybe a
# "+" first. Taken whole: a known number is never the part of a longer one.
_NUMBER = re.compile(r"\+?\d(?:\d| (?=\d))*")
_DIGIT_AFTER = re.compile(r" ?\d")


class Linker:
    """Makes the known phone numbers of a text links (tel:, or sms: for the SMS line).

    Built once per page: each text is scanned once for numbers, and each number found is looked
    up, so that the cost is linear in the text whatever the number of phones (one alternation of
    every phone, tried at every place of every text, made a card of 5,000 contacts take minutes).
    """

    def __init__(self, phones: Sequence[PhoneLink]) -> None:
        # For each number, the ways a text writes it (the longest first: "... ext. 12" before
        # the bare number) and their links; the first link given for a text wins.
        self._shown: dict[str, list[tuple[str, str]]] = {}
        seen: set[str] = set()
        for link in phones:
            shown, href = link if isinstance(link, tuple) else (link, "tel:" + link.replace(" ", ""))
            head = _NUMBER.match(shown)
            if head is None or shown in seen:
                continue
            seen.add(shown)
            self._shown.setdefault(head.group(), []).append((shown, href))
        for variants in self._shown.values():
            variants.sort(key=lambda variant: len(variant[0]), reverse=True)

    def __call__(self, text: str) -> str:
        """`text`, escaped, with each known phone number a link."""
        if not self._shown:
            return escape(text)
        out, last = [], 0
        for match in _NUMBER.finditer(text):
            start = match.start()
            for shown, href in self._shown.get(match.group(), ()):
                end = start + len(shown)
                if text.startswith(shown, start) and not _DIGIT_AFTER.match(text, end):
                    out += [escape(text[last:start]), f'<a href="{escape(href)}">{escape(shown)}</a>']
                    last = end
                    break
        out.append(escape(text[last:]))
        return "".join(out)


def _detail(line: str, linked: Linker) -> str:
    if line.endswith(WRITE_IN):
        # A line to write a number by hand: drawn on paper, silent for a screen reader.
        label = line[: -len(WRITE_IN)].rstrip()
        return f'<span class="write-in">{escape(label)} <span class="line" aria-hidden="true"></span></span>'
    return f'<span class="detail">{linked(line)}</span>'


def html_body(
    doc: Document, lang: Lang, phones: Sequence[PhoneLink], *, shift: int = 0, titled: bool = True
) -> str:
    """The document's blocks as HTML, sections for its parts; its first heading is the page's
    title unless it is not `titled`. With `shift`, it is a part of a page that has its own
    title: no heading is the title, and each is `shift` levels lower."""
    doc = typeset_document(doc, lang)
    linked = Linker(phones)
    body: list[str] = []
    first_heading = titled and not shift
    open_section = False
    # Heading levels never skip one (h2 then h4), for those who move by headings: each heading is
    # at most one level below the last shallower one; headings of one depth stay siblings.
    levels: dict[int, int] = {}
    for block in doc:
        if isinstance(block, Heading) and not first_heading and block.depth == 1:
            if open_section:
                body.append("</section>")
            body.append('<section class="emergency">' if block.alert else "<section>")
            open_section = True
        if isinstance(block, Banner):
            # The result is a heading: the first thing found when moving by headings.
            body.append(f'<h2 class="level level-{block.level}">{escape(block.text)}</h2>')
            levels = {1: 2}
        elif isinstance(block, Heading):
            number, levels = heading_number(levels, block.depth, first_heading)
            first_heading = False
            body.append(f"<h{number + shift}>{escape(block.text)}</h{number + shift}>")
        elif isinstance(block, Para):
            text = linked(block.text)
            if block.style == "quote":
                body.append(f"<blockquote><p>{text}</p></blockquote>")
            else:
                body.append(f'<p class="note">{text}</p>' if block.style == "note" else f"<p>{text}</p>")
        elif isinstance(block, Items):
            tag = "ol" if block.style == "number" else "ul"
            css = ' class="check"' if block.style == "check" else ""
            items = []
            for item in block.items:
                first, *rest = item.split("\n")
                details = "".join(_detail(line, linked) for line in rest)
                items.append(f"<li>{linked(first)}{details}</li>")
            body.append(f"<{tag}{css}>" + "".join(items) + f"</{tag}>")
    if open_section:
        body.append("</section>")
    return "\n".join(body)


def to_html(doc: Document, lang: Lang, phones: Sequence[PhoneLink], *, style: str = "") -> str:
    """A semantic, self-contained page: no script, no external asset; prints on A4 (`style`: a document's own)."""
    title = next((b.text for b in typeset_document(doc, lang) if isinstance(b, Heading)), "secondvictim")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}{style}</style>\n</head>\n<body>\n<main>\n"
        + html_body(doc, lang, phones)
        + "\n</main>\n</body>\n</html>\n"
    )


# The pocket card: one A6 page a side (or an A4 folded in four), each side one screen.
POCKET_STYLE = (
    STYLE
    + """
@page { size: 105mm 148mm; margin: 5mm 6mm; }
.side + .side { border-top: 1px dashed #555; margin-top: 1em; }
@media print {
  body { font-size: 9.5pt; line-height: 1.14; }
  main { column-count: 1; }
  .side { break-after: page; }
  .side:last-child { break-after: auto; }
  .side + .side { border-top: 0; margin-top: 0; }
}
"""
)


def to_html_sides(sides: Sequence[Document], lang: Lang, phones: Sequence[PhoneLink]) -> str:
    """A page of sides, each printed on a page of its own; the first heading is the title."""
    title = next((b.text for b in typeset_document(sides[0], lang) if isinstance(b, Heading)), "secondvictim")
    body = "\n".join(
        f'<div class="side">\n{html_body(side, lang, phones, titled=not number)}\n</div>'
        for number, side in enumerate(sides)
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{POCKET_STYLE}</style>\n</head>\n<body>\n<main>\n"
        + body
        + "\n</main>\n</body>\n</html>\n"
    )
