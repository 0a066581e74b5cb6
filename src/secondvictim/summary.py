"""The triage summary file: what was answered and recommended, with dates; no name, no identity."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .choices import Lang
from .document import summary_document
from .models import Guide
from .triage import Recommendation


def summary_text(
    guide: Guide,
    rec: Recommendation,
    lang: Lang,
    fmt: str,
    event_date: date,
    warnings: list[dict[str, Any]],
    written: date | None = None,
) -> str:
    written = written or date.today()
    if fmt == "json":
        from .followup import followup_dates
        from .render_json import triage_data

        data = triage_data(guide, rec, lang)
        due = {step.id: day.isoformat() for step, day in followup_dates(guide, event_date)}
        data["followup"] = [{**step, "date": due[step["id"]]} for step in data["followup"]]
        data.update(event_date=event_date.isoformat(), written=written.isoformat(), warnings=warnings)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from .render_markup import to_html, to_markdown

    doc = summary_document(guide, rec, lang, event_date, written)
    if fmt == "html":
        return to_html(doc, lang, guide.phones())
    return to_markdown(doc, lang)
