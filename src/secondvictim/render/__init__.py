"""The renderers: a document (blocks) drawn for a terminal, as Markdown, HTML, JSON, iCalendar, or the offline page."""
