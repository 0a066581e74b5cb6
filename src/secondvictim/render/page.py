"""The offline page: the guide and the triage in one HTML file, for phones.

The page is a template (page/template.html) with its style (style.css) and script (rule.js, the
triage rule, then ui.js, the interface). Everything the page says comes from the guide's data
and from the interface strings below, both languages at once, exported as one JSON block that the
script reads with textContent and inserts with textContent: no text of the data is ever parsed as
HTML. A Content-Security-Policy allows only this page's own script and style (by their hashes)
and no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Callable
from datetime import date
from importlib.resources import files
from typing import Any

from ..commands.fragments import DECISION_ACTIONS, UNSET_NOTE_WIDTH
from ..guide.models import (
    INTERNAL_ACCEPTED,
    INTERNAL_DECLINED,
    OCCUPATIONAL_MEDICINE,
    PSYCHOLOGIST,
    SUICIDE_LINE,
    Guide,
    Resource,
    tr,
)
from ..i18n import after_colon, mid_sentence, plural, t, typeset
from ..rules.choices import INTERNAL_LABELS, LANGS, ROLE_LABELS, Lang
from .blocks import Document, Heading, Items, Para

# The emergency lines reached by text message rather than by a call.
SMS_LINES = ("sms-114",)


def _asset(name: str) -> str:
    return files("secondvictim").joinpath("page", name).read_text(encoding="utf-8")


def rule_data(guide: Guide) -> dict[str, Any]:
    """What the page's rule needs, in no language: ids, levels, conditions, kinds and roles."""
    return {
        "redFlags": [s.id for s in guide.red_flags],
        "signs": [s.id for s in guide.warning_signs],
        "situations": [s.id for s in guide.situations],
        "actions": [
            {"id": a.id, "levels": list(a.levels), "requires": list(a.requires), "unless": list(a.unless)}
            for a in guide.actions
        ],
        "resources": [
            {
                "id": r.id,
                "kind": r.kind,
                "roles": [str(role) for role in r.roles] if r.roles is not None else None,
                "phone": r.phone,
                "extension": r.extension,
            }
            for r in guide.resources
        ],
        "followup": [f.id for f in guide.followup],
        "internalDeclined": INTERNAL_DECLINED,
        "internalAccepted": INTERNAL_ACCEPTED,
        "suicideLine": SUICIDE_LINE,
        "occupationalMedicine": OCCUPATIONAL_MEDICINE,
        "psychologist": PSYCHOLOGIST,
        "smsLines": list(SMS_LINES),
        "decisionActions": DECISION_ACTIONS,  # as on the terminal
        "roles": [str(role) for role in ROLE_LABELS],
        "internal": [str(answer) for answer in INTERNAL_LABELS],
    }


def plural_forms(key: str, lang: Lang, *fields: str) -> dict[str, str]:
    """A message's singular and plural forms for the page, its placeholders `fields` left in place."""
    left = {field: "{" + field + "}" for field in fields}
    return {form: plural(key, count, lang, **left) for form, count in (("one", 1), ("other", 2))}


# The page's own words, by the name the script reads them by: a message key (its text in the
# page's language), or how the value is made (the answers' labels, plural forms with their
# placeholders left in place). The script's object keeps this order.
_INTERFACE: dict[str, str | Callable[[Lang], Any]] = {
    "title": "page.title",
    "intro": "page.intro",
    "otherLang": "page.other_lang",
    "toGuide": "page.to_guide",
    "toTriage": "page.to_triage",
    "step": "page.step",
    "hintMulti": "page.hint_multi",
    "choose": "page.choose",
    "next": "page.next",
    "back": "page.back",
    "restart": "page.restart",
    "print": "page.print",
    "qRedFlags": "q.red_flags",
    "qEvent": "q.event",
    "qSituations": "team.q_situations",
    "qSigns": "q.signs",
    "qRole": "q.role",
    "qInternal": "q.internal",
    "yes": "internal.yes",
    "no": "internal.no",
    "roles": lambda lang: {str(role): t(key, lang) for role, key in ROLE_LABELS.items()},
    "internal": lambda lang: {str(answer): t(key, lang) for answer, key in INTERNAL_LABELS.items()},
    "banner": "level.banner",
    "whyEvent": "why.event",
    "whyNone": "why.none",
    # The plural forms, each with its placeholder left in place.
    "reasonsRedFlags": lambda lang: plural_forms("decision.red_flags", lang, "labels"),
    "reasonsSigns": lambda lang: plural_forms("decision.signs", lang, "labels"),
    "reasonsSituations": lambda lang: plural_forms("team.decision_situations", lang, "count", "label"),
    "separator": "list.separator",
    "now": "h.now",
    "callNow": "h.call_now",
    "call": "h.call",
    "keyMessage": "h.key_message",
    "keyAfterSafety": "key.after_safety",
    "outOfHours": "call.out_of_hours",
    "attentiveWords": "h.attentive_words",
    "quoted": "quoted",
    "more": "h.more",
    "informal": "key.informal",
    "avoid": "h.avoid",
    "watch": "h.watch",
    "contacts": "h.contacts",
    "internalFirst": "contacts.internal_first",
    "externalFirst": "contacts.external_first",
    "externalFirstLevel3": "contacts.external_first_level3",
    "unsetShort": "contacts.unset_short",
    "unsetSome": lambda lang: plural_forms("contacts.unset_some", lang, "names"),
    "unsetCount": lambda lang: plural_forms("contacts.unset_count", lang, "count"),
    "unsetNoteWidth": lambda lang: UNSET_NOTE_WIDTH,
    "unset": "contacts.unset",
    "followup": "h.followup",
    "emergency": "h.emergency",
    "labelled": "labelled",
    "resourceFor": "resource.for",
    "noPhone": "resource.no_phone",
    "extension": "resource.extension",
    "peers": "team.h_peers",
    "toHandout": "page.handout",
}


def interface(lang: Lang) -> dict[str, Any]:
    """The page's own words in `lang`, as templates ({name} placeholders filled by the script)."""
    words = {name: t(word, lang) if isinstance(word, str) else word(lang) for name, word in _INTERFACE.items()}
    typeset_words: dict[str, Any] = _typeset_all(words, lang)
    return typeset_words


def _typeset_all(value: Any, lang: Lang) -> Any:
    if isinstance(value, str):
        return typeset(value, lang)
    if isinstance(value, dict):
        return {k: _typeset_all(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [_typeset_all(v, lang) for v in value]
    return value


def _resource_texts(resource: Resource, lang: Lang) -> dict[str, str | None]:
    def text(value: dict[Lang, str] | None) -> str | None:
        return tr(value, lang) if value else None

    return {
        "name": tr(resource.name, lang),
        "short": text(resource.short_name),
        # Shown after « Pour : »: lower case in French, as in the terminal.
        "audience": after_colon(tr(resource.audience, lang), lang),
        "location": text(resource.location),
        "hours": text(resource.hours),
        "how": text(resource.how_to_reach),
        "availability": text(resource.availability),
        "details": text(resource.details),
    }


def content(guide: Guide, lang: Lang) -> dict[str, Any]:
    """Every text of the guide in `lang` (the institution's own falling back as everywhere)."""
    labels = {s.id: tr(s.label, lang) for s in (*guide.red_flags, *guide.warning_signs)}
    labels.update({s.id: tr(s.label, lang) for s in guide.situations})
    words = {
        "labels": labels,
        # A situation named in the level-1 reasons, after a colon (lower case in French).
        "situationLabels": {s.id: after_colon(tr(s.label, lang), lang) for s in guide.situations},
        # Several situations: the first named mid-sentence, after "including" / « dont ».
        "situationLabelsMid": {s.id: mid_sentence(tr(s.label, lang)) for s in guide.situations},
        "levels": {str(lv.level): {"name": tr(lv.name, lang), "summary": tr(lv.summary, lang)} for lv in guide.levels},
        "actions": {a.id: tr(a.text, lang) for a in guide.actions},
        "resources": {r.id: _resource_texts(r, lang) for r in guide.resources},
        "keyMessage": tr(guide.key_message, lang),
        "keyInformal": tr(guide.key_message_informal, lang) if guide.key_message_informal else None,
        "safetyWords": tr(guide.safety_words, lang),
        "safetyInformal": tr(guide.safety_words_informal, lang) if guide.safety_words_informal else None,
        "attentiveWords": tr(guide.attentive_words, lang),
        "attentiveInformal": tr(guide.attentive_words_informal, lang) if guide.attentive_words_informal else None,
        "attitudes": [{"avoid": tr(a.avoid, lang)} for a in guide.attitudes],
        "followup": {f.id: {"when": tr(f.when, lang), "what": tr(f.what, lang)} for f in guide.followup},
        "disclaimer": tr(guide.disclaimer, lang),
        "managerLine": tr(guide.manager_support.line, lang),
        "peerOffer": {
            "intro": tr(guide.peer_offer.intro, lang),
            "words": tr(guide.peer_offer.words, lang),
            "wordsInformal": tr(guide.peer_offer.words_informal or guide.peer_offer.words, lang),
            "consent": tr(guide.peer_offer.consent, lang),
        },
    }
    from ..commands.practice_view import page_data as practice_data

    words["practice"] = practice_data(guide, lang)
    typeset_words: dict[str, Any] = _typeset_all(words, lang)
    return {**typeset_words, "ui": interface(lang)}


def page_data(guide: Guide) -> dict[str, Any]:
    """All the page knows: the rule's data, and every text in every language."""
    return {"rule": rule_data(guide), "text": {lang: content(guide, lang) for lang in LANGS}}


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no "<", ">" or "&" can close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def guide_document(guide: Guide, lang: Lang) -> Document:
    """The whole guide, readable without scripts: what is needed at once first (the red flags,
    what to do, the emergency numbers), then the signs, the situations that call for outreach,
    what to do at each level, the first contact, what to avoid, whom to call, the follow-up, and
    the manager's own support."""
    from ..commands.fragments import described, emergency_blocks, followup_items
    from ..commands.reference_view import (
        about_document,
        avoid_document,
        card_levels,
        resources_document,
        script_document,
    )
    from ..commands.team_view import situations_blocks

    contacts = [r for r in guide.resources if r.kind in ("internal", "peer", "external")]
    return [
        Heading(t("h.red_flags", lang)),
        Para(t("red_flags.intro", lang)),
        Items(tuple(described(s, lang) for s in guide.red_flags)),
        Heading(t("h.red_flag_actions", lang), depth=2),
        Items(tuple(tr(a.text, lang) for a in guide.actions if a.at_red_flags_only), style="check"),
        *emergency_blocks(guide, lang),
        Heading(t("h.signs", lang)),
        Para(t("signs.intro", lang)),
        Items(tuple(described(s, lang) for s in guide.warning_signs)),
        *situations_blocks(guide, lang),
        Heading(t("card.levels", lang)),
        *card_levels(guide, lang, every_summary=True),
        *script_document(guide, lang, see_also=False),
        *avoid_document(guide, lang),
        *resources_document(guide, lang, contacts),
        Heading(t("h.followup", lang)),
        followup_items(guide, tuple(f.id for f in guide.followup), lang, None),
        *about_document(guide, lang),
    ]


def emergency_strip(guide: Guide, lang: Lang) -> str:
    """The emergency numbers, always in sight at the top, each a link to call (or to text)."""
    links = []
    for r in guide.resources_of("emergency"):
        if not r.phone:
            continue
        sms = r.id in SMS_LINES
        href = ("sms:" if sms else "tel:") + r.phone.replace(" ", "")
        after = " " + html.escape(typeset(t("page.sms", lang), lang)) if sms else ""
        links.append(f'<li><a class="number" href="{html.escape(href)}">{html.escape(r.phone)}{after}</a></li>')
    label = html.escape(typeset(t("h.emergency", lang), lang))
    return (
        f'<nav class="strip" aria-label="{label}"><span aria-hidden="true">{label}</span>'
        f"<ul>{''.join(links)}</ul></nav>"
    )


def sheets_html(guide: Guide, lang: Lang, today: date) -> str:
    """The sheet for the colleague and the institution's protocol, sections of the page built from
    their own views; in French the « vous » sheet, the « tu » one folded under it (no script needed)."""
    from ..commands.handout_view import handout_document
    from ..commands.protocol_view import protocol_document
    from .markup import html_body, phone_links

    phones = phone_links(guide, lang)

    def words(key: str) -> str:
        return html.escape(typeset(t(key, lang), lang))

    handout = html_body(handout_document(guide, lang, "vous"), lang, phones, shift=1)
    if lang == "fr":
        informal = html_body(handout_document(guide, lang, "tu"), lang, phones, shift=1)
        handout += f"\n<details>\n<summary>{words('page.handout_tu')}</summary>\n{informal}\n</details>"
    # The protocol's title is its section's heading.
    protocol = protocol_document(guide, lang, today)[1:]
    return (
        f'<section class="sheet" id="handout-{lang}" aria-labelledby="handout-title-{lang}">\n'
        f'<h2 id="handout-title-{lang}">{words("page.handout")}</h2>\n'
        f'<p class="note">{words("page.handout_intro")}</p>\n{handout}\n</section>\n'
        f'<section class="sheet" id="protocol-{lang}" aria-labelledby="protocol-title-{lang}">\n'
        f'<h2 id="protocol-title-{lang}">{words("protocol.title")}</h2>\n'
        f"{html_body(protocol, lang, phones, shift=1)}\n</section>"
    )


def contents_nav(lang: Lang) -> str:
    """The page's table of contents: the guide, the sheet for the colleague, the protocol."""
    parts = (("guide", "page.guide"), ("handout", "page.handout"), ("protocol", "protocol.title"))
    items = "".join(f'<li><a href="#{part}-{lang}">{html.escape(typeset(t(key, lang), lang))}</a></li>' for part, key in parts)
    label = html.escape(typeset(t("page.contents", lang), lang))
    return f'<nav class="toc" aria-label="{label}"><ul>{items}</ul></nav>'


def static_view(guide: Guide, lang: Lang, shown: bool, today: date) -> str:
    """The page in one language, complete without scripts; the script adds the questions. The
    other language's view is hidden, and its main part too (one visible <main> per page);
    without scripts, a link shows it (style.css, :target)."""
    from .markup import html_body, phone_links

    def words(key: str, in_lang: Lang = lang) -> str:
        return html.escape(typeset(t(key, in_lang), in_lang))

    other = next(each for each in LANGS if each != lang)
    body = html_body(guide_document(guide, lang), lang, phone_links(guide, lang), shift=1)
    return (
        f'<div class="view" id="view-{lang}" lang="{lang}"{"" if shown else " hidden"}>\n<header>\n'
        f"<h1>{words('page.title')}</h1>\n{emergency_strip(guide, lang)}\n{contents_nav(lang)}\n"
        f'<noscript><p>{words("page.noscript")}</p><p class="switch">'
        f'<a href="#view-{other}" lang="{other}">{words("page.other_lang")}</a></p></noscript>\n</header>\n'
        f'<main{"" if shown else " hidden"}>\n<section class="guide" id="guide-{lang}" aria-labelledby="guide-title-{lang}">\n'
        f'<h2 id="guide-title-{lang}">{words("page.guide")}</h2>\n{body}\n</section>\n'
        f"{sheets_html(guide, lang, today)}\n</main>\n</div>"
    )


def page_html(guide: Guide, lang: Lang, today: date) -> str:
    """The page, in one file; `lang` is the language shown when the device's is neither; `today`
    dates the protocol in it."""
    style = _asset("style.css")
    script = _asset("rule.js") + "\n" + _asset("ui.js")
    policy = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_hash(script)}",
            f"style-src {_hash(style)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    views = "\n".join(static_view(guide, each, each == lang, today) for each in sorted(LANGS, key=lambda each: each != lang))
    parts = {
        "lang": lang,
        "policy": html.escape(policy),
        "title": html.escape(typeset(t("page.title", lang), lang)),
        "style": style,
        "views": views,
        "data": script_json(page_data(guide)),
        "script": script,
    }
    # One pass: nothing inserted is read again as a placeholder.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("template.html"))
