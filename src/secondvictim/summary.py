"""The summary files of a triage and of a check-in: what was answered and recommended, with
dates; no name, no identity.

As JSON, the file is the document itself (what `triage --json` or `checkin --json` prints): it
keeps the plan's id, so that `followup --previous FILE` can write the same plan's reminders again,
and a check-in's `--previous FILE` reads the contacts so far from it (read back by previous.py,
the one reader of summaries).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .commands.triage_view import summary_document
from .guide.models import Guide
from .rules.choices import Lang

if TYPE_CHECKING:
    from .commands.selection import CheckinSelection, TeamSelection, TriageSelection


def summary_text(
    guide: Guide,
    sel: TriageSelection,
    lang: Lang,
    fmt: str,
    data: dict[str, Any],
    written: date,
    label: str | None = None,
) -> str:
    """The triage as a file: the JSON document (with the manager's label), or the summary document."""
    if fmt == "json":
        from .commands.common import with_label
        from .render.jsondoc import dumps

        return dumps(with_label(data, label))
    from .render.markup import phone_links, to_html, to_markdown

    doc = summary_document(guide, sel, lang, written, plan=data["plan_id"], label=label)
    if fmt == "html":
        return to_html(doc, lang, phone_links(guide, lang))
    return to_markdown(doc, lang)


def checkin_summary_text(
    guide: Guide, sel: CheckinSelection, lang: Lang, fmt: str, data: dict[str, Any], label: str | None = None
) -> str:
    """A check-in as a file: the JSON document (which the next check-in reads with --previous),
    or the summary document in Markdown or HTML; with the manager's label, if any."""
    if fmt == "json":
        from .commands.common import with_label
        from .render.jsondoc import dumps

        return dumps(with_label(data, label))
    from .commands.checkin_view import checkin_summary_document
    from .render.markup import phone_links, to_html, to_markdown

    doc = checkin_summary_document(guide, sel, lang, data["plan_id"], label)
    if fmt == "html":
        return to_html(doc, lang, phone_links(guide, lang))
    return to_markdown(doc, lang)


def team_summary_text(
    guide: Guide, sel: TeamSelection, lang: Lang, fmt: str, data: dict[str, Any], written: date, label: str | None = None
) -> str:
    """The team plan as a file: as JSON, the very document `team --json` prints (with the
    manager's label, if any)."""
    if fmt == "json":
        from .commands.common import with_label
        from .render.jsondoc import dumps

        return dumps(with_label(data, label))
    from .commands.team_view import team_summary_document
    from .render.markup import phone_links, to_html, to_markdown

    doc = team_summary_document(guide, sel, lang, written, data["plan_id"], label)
    if fmt == "html":
        return to_html(doc, lang, phone_links(guide, lang))
    return to_markdown(doc, lang)
