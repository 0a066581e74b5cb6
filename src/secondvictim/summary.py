"""The summary files of a triage and of a check-in: what was answered and recommended, with
dates; no name, no identity.

As JSON, the file is the document itself (what `triage --json` or `checkin --json` prints): it
keeps the plan's id, so that `followup --previous FILE` can write the same plan's reminders again,
and a check-in's `--previous FILE` reads the contacts so far from it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .choices import Lang
from .commands.triage_view import summary_document
from .errors import UsageError
from .models import Guide
from .triage import Recommendation

if TYPE_CHECKING:
    from .checkin import CheckinResult
    from .team import TeamPlan


def summary_text(
    guide: Guide,
    rec: Recommendation,
    lang: Lang,
    fmt: str,
    event_date: date,
    data: dict[str, Any],
    written: date,
    workdays: bool = False,
    label: str | None = None,
) -> str:
    """The triage as a file: the JSON document (with the manager's label), or the summary document."""
    if fmt == "json":
        from .commands.common import with_label
        from .render_json import dumps

        return dumps(with_label(data, label))
    from .render_markup import phone_links, to_html, to_markdown

    doc = summary_document(guide, rec, lang, event_date, written, workdays=workdays, plan=data["plan_id"], label=label)
    if fmt == "html":
        return to_html(doc, lang, phone_links(guide, lang))
    return to_markdown(doc, lang)


def read_plan(path: Path, today: date) -> tuple[str, date]:
    """The plan id and event date of a triage or check-in summary written as JSON; else a UsageError."""
    plan, day, _ = read_plan_data(path, ("secondvictim/triage/", "secondvictim/checkin/"), "err.summary", today)
    return plan, day


def read_plan_data(
    path: Path, schemas: tuple[str, ...], error: str, today: date
) -> tuple[str, date, dict[str, Any]]:
    """The plan id, event date and whole document of a JSON file of one of these schemas; a
    UsageError (`error`) if it is not one, and if its event is after today."""
    from .errors import DataError
    from .followup import PLAN_ID
    from .i18n import Key
    from .loader import read_text

    try:
        data = json.loads(read_text(path))
    except DataError as exc:
        problem = exc.problems[0]
        if problem.key in ("p.not_found", "p.permission"):
            raise UsageError("err.summary_unreadable", path=path, reason=Key(problem.key)) from None
        raise UsageError("err.summary", path=path) from None
    except ValueError:
        raise UsageError("err.summary", path=path) from None
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith(schemas):
        raise UsageError(error, path=path)
    plan, day = data.get("plan_id"), data.get("event_date")
    if not isinstance(plan, str) or not PLAN_ID.match(plan) or not isinstance(day, str):
        raise UsageError(error, path=path)
    try:
        event = date.fromisoformat(day)
    except ValueError:
        raise UsageError(error, path=path) from None
    if event > today:
        raise UsageError("err.summary_ahead", path=path, date=event)
    return plan, event, data


def checkin_summary_text(
    guide: Guide, result: CheckinResult, lang: Lang, fmt: str, data: dict[str, Any], label: str | None = None
) -> str:
    """A check-in as a file: the JSON document (which the next check-in reads with --previous),
    or the summary document in Markdown or HTML; with the manager's label, if any."""
    if fmt == "json":
        from .commands.common import with_label
        from .render_json import dumps

        return dumps(with_label(data, label))
    from .commands.checkin_view import checkin_summary_document
    from .render_markup import phone_links, to_html, to_markdown

    doc = checkin_summary_document(guide, result, lang, data["plan_id"], label)
    if fmt == "html":
        return to_html(doc, lang, phone_links(guide, lang))
    return to_markdown(doc, lang)


def team_summary_text(
    guide: Guide, plan: TeamPlan, lang: Lang, fmt: str, data: dict[str, Any], written: date, label: str | None = None
) -> str:
    """The team plan as a file: as JSON, the very document `team --json` prints (with the
    manager's label, if any)."""
    if fmt == "json":
        from .commands.common import with_label
        from .render_json import dumps

        return dumps(with_label(data, label))
    from .commands.team_view import team_summary_document
    from .render_markup import phone_links, to_html, to_markdown

    doc = team_summary_document(guide, plan, lang, written, data["plan_id"], label)
    if fmt == "html":
        return to_html(doc, lang, phone_links(guide, lang))
    return to_markdown(doc, lang)
