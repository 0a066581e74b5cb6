"""Documents as Markdown and as a self-contained HTML page (the pocket card, the summary file)."""

from __future__ import annotations

import re
from html import escape

from .choices import Lang
from .document import Banner, Document, Heading, Items, Para, typeset_document

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md_escape(text: str) -> str:
    """Data printed as written: Markdown would read "*", "_" or "[...]" in it as markup."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(doc: Document, lang: Lang) -> str:
    doc = typeset_document(doc, lang)
    out: list[str] = []
    first_heading = True
    for block in doc:
        if isinstance(block, Banner):
            out += [f"## {md_escape(block.text)}", ""]
        elif isinstance(block, Heading):
            # The first heading is the title; the others are sections and their parts.
            hashes = "#" if first_heading else "#" * (block.depth + 1)
            first_heading = False
            out += [f"{hashes} {md_escape(block.text)}", ""]
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
h3 { font-size: 1em; margin: .7em 0 .2em; }
p, ul, ol { margin: .25em 0 .5em; }
ul, ol { padding-left: 1.3em; }
li { margin: .1em 0; }
ul.check { list-style: none; padding-left: .2em; }
ul.check li::before { content: "\\2610\\00a0"; }
.detail { display: block; color: #333; font-size: .92em; }
blockquote { margin: .4em 0; padding: .3em .7em; border-left: 4px solid #555; font-weight: bold; }
.note { color: #333; font-style: italic; }
.level { font-weight: bold; font-size: 1.15em; padding: .3em .6em; border: 2px solid #333; }
.level-3 { border-color: #b00020; }
section.emergency { border: 2px solid #b00020; padding: 0 .6em .2em; }
a[href^="tel:"] { color: inherit; font-weight: bold; text-decoration: none; white-space: nowrap; }
@page { size: A4; margin: 10mm; }
@media print {
  body { font-size: 8.3pt; line-height: 1.25; max-width: none; margin: 0; padding: 0; }
  main { column-count: 2; column-gap: 6mm; }
  h1 { column-span: all; }
  h2, h3 { break-after: avoid; }
  li, blockquote, section.emergency { break-inside: avoid; }
}
"""


def _linked(text: str, phones: list[str]) -> str:
    """Escaped text in which each known phone number is a tel: link."""
    if not phones:
        return escape(text)
    pattern = re.compile(
        # Not part of a longer number: no digit just before or after, even across one space.
        r"(?<!\d)(?<!\d )("
        + "|".join(re.escape(p) for p in sorted(phones, key=len, reverse=True))
        + r")(?! ?\d)"
    )
    out, last = [], 0
    for match in pattern.finditer(text):
        number = match.group(1)
        out += [
            escape(text[last : match.start()]),
            f'<a href="tel:{number.replace(" ", "")}">{escape(number)}</a>',
        ]
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def to_html(doc: Document, lang: Lang, phones: list[str]) -> str:
    """A semantic, self-contained page: no script, no external asset; prints on A4."""
    doc = typeset_document(doc, lang)
    body: list[str] = []
    title = next((b.text for b in doc if isinstance(b, Heading)), "secondvictim")
    first_heading = True
    open_section = False
    for block in doc:
        if isinstance(block, Heading) and not first_heading and block.depth == 1:
            if open_section:
                body.append("</section>")
            body.append('<section class="emergency">' if block.alert else "<section>")
            open_section = True
        if isinstance(block, Banner):
            body.append(f'<p class="level level-{block.level}">{escape(block.text)}</p>')
        elif isinstance(block, Heading):
            tag = "h1" if first_heading else f"h{block.depth + 1}"
            first_heading = False
            body.append(f"<{tag}>{escape(block.text)}</{tag}>")
        elif isinstance(block, Para):
            text = _linked(block.text, phones)
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
                details = "".join(f'<span class="detail">{_linked(line, phones)}</span>' for line in rest)
                items.append(f"<li>{_linked(first, phones)}{details}</li>")
            body.append(f"<{tag}{css}>" + "".join(items) + f"</{tag}>")
    if open_section:
        body.append("</section>")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )
