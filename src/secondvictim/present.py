"""Show what a command produced: the document or JSON on stdout, the files through the one
writer, messages on stderr. Nothing is decided here; everything was decided by the command (commands/)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .commands.common import Output
from .environment import Environment, flush_typed_ahead
from .errors import ExitCode
from .files import write_file
from .i18n import t, typeset
from .render.wrapping import fit, wrap
from .rules.choices import Lang

if TYPE_CHECKING:
    from .keeping import Keep
    from .render.blocks import Document


def say(text: str, lang: Lang, width: int | None = None) -> None:
    """A message for the user, on stderr (never mixed with the output on stdout), wrapped to
    `width` when stderr is a terminal (Environment.message_width); whole lines in a log (None)."""
    stream = sys.stderr
    if stream is None:  # stderr closed: there is no one to tell
        return
    text = typeset(text, lang).rstrip("\n")
    try:
        stream.write((text if width is None else fit(text, width)) + "\n")
        stream.flush()
    except (OSError, ValueError):
        # stderr full (/dev/full) or gone: the message is lost, but the exit code still says
        # what happened (it was 1, an uncaught error, whatever the outcome).
        pass


def note(text: str, settings: Environment) -> None:
    say(text, settings.lang, settings.message_width)


def _wants_more(settings: Environment) -> bool:
    """Ask whether to show the rest; Enter says yes, q (or the end of input, or Ctrl-C) says no.

    The result is already on the screen and its files written: leaving here is finishing, not an
    interruption.
    """
    # Right under the decision, with no blank line: on an 80x24 screen the decision, the blank line
    # that sets it apart from the questions and this prompt take every row (DECISION_ROWS).
    lines = wrap(typeset(t("more.prompt", settings.lang), settings.lang), settings.width)
    # An extra Enter typed after the last answer must not scroll the decision away.
    flush_typed_ahead(sys.stdin, settings.streams.stdin)
    try:
        # Written inside: a Ctrl-C as soon as the prompt shows is finishing too, however late
        # (on a loaded machine) the program reaches the reading.
        sys.stderr.write("\n".join(lines) + " ")
        sys.stderr.flush()
        answer = sys.stdin.readline()
    except KeyboardInterrupt:
        answer = ""
    if answer == "":
        # Ctrl-D or Ctrl-C leave the cursor on the prompt's line: what follows starts on its own.
        sys.stderr.write("\n")
        return False
    return answer.strip().lower() not in ("q", "quit", "quitter", "n", "no", "non")


def _write_files(output: Output, to_stdout: bool) -> list[Path]:
    """Write the output's files (those named `-` when `to_stdout`, the others otherwise); the
    private files written, to say so."""
    written = []
    for file in output.files:
        if (str(file.path) == "-") is to_stdout:
            write_file(file.path, file.content, force=output.force, private=file.private)
            if file.private and not to_stdout:
                written.append(file.path)
    return written


def _fitted(output: Output, settings: Environment) -> Output:
    """The output with its decision compact when the screen has fewer rows than it needs."""
    from .compact import FULL_ROWS, fitted
    from .i18n import plural
    from .render.terminal import plain_text

    rows, lang, width = settings.height, settings.lang, settings.width
    if output.decision is None or output.rest is None:
        return output

    def fits(doc: Document) -> bool:
        # The decision and the prompt under it on one screen.
        return len(plain_text(doc, lang, width).splitlines()) < rows

    decision, rest = output.decision, output.rest
    if rows < FULL_ROWS:
        decision, rest = fitted(decision, rest, fits, lambda n: plural("more.actions", n, lang, n=n))
    if output.shorter is not None and not fits(decision):
        decision = output.shorter(fits)
    return replace(output, decision=decision, rest=rest)


def _pager(settings: Environment) -> str | None:
    """The pager for a long output: only when standard output is a terminal (never when piped)."""
    return settings.pager if settings.streams.stdout else None


def present(output: Output, settings: Environment) -> ExitCode:
    from .render.terminal import page_document, print_document

    # Files first: a file that cannot be written stops before any result is shown (with --json,
    # an error document rather than a result followed by an error), and leaving at the "more"
    # prompt (Ctrl-C) never loses the summary the user asked for.
    written = _write_files(output, to_stdout=False)
    # `-o -` (or `--ics -`) asks for that one document on stdout: nothing else goes there, so
    # that it can be piped and parsed (the recommendation and the plan are in it anyway).
    if any(str(file.path) == "-" for file in output.files):
        output = replace(output, document=None, decision=None, rest=None, data=None, text=None)
    if settings.streams.stdout:
        output = _fitted(output, settings)  # compact on a small screen
    if output.decision is not None and output.rest is not None and settings.streams.stdout:
        # The decision is what must stay on the screen: it is shown last, or alone with the
        # rest one keystroke away when someone is there to press it.
        if output.full or not settings.streams.stdin:
            print_document(output.rest, settings)
            print_document(output.decision, settings)
        else:
            print_document(output.decision, settings)
            if _wants_more(settings):
                # Through the pager: the decision stays on the screen behind the rest.
                page_document(output.rest, _pager(settings), settings)
    elif output.document is not None:
        # A long output (signs, about...) through the pager on a terminal.
        page_document(output.document, _pager(settings), settings)
    if output.data is not None:
        from .render.jsondoc import write_json

        write_json(output.data)
    if output.text is not None:
        # A file's content (Markdown, HTML, a JSON Schema): in UTF-8 whatever the locale, as the
        # JSON and the files are, never with "?" for what the locale cannot encode.
        sys.stdout.flush()
        sys.stdout.buffer.write(output.text.encode("utf-8", errors="surrogateescape"))
        sys.stdout.buffer.flush()
    _write_files(output, to_stdout=True)
    for path in written:
        note(t("msg.written", settings.lang, path=path), settings)
    for text in output.notes:
        note(text, settings)
    if output.keep is not None and settings.at_terminal and settings.asks_on_terminal:
        _offer_to_keep(output.keep, settings)
    return output.code


def _offer_to_keep(keep: Keep, settings: Environment) -> None:
    """At the end of an interactive run without a summary file: the offer to keep one, and what
    was written where (or that nothing was kept). Ctrl-C here is finishing: nothing is kept."""
    from .keeping import offer_to_keep

    def ask(prompt: str) -> str:
        text = typeset(prompt, settings.lang)
        lines = [row for line in text.split("\n") for row in wrap(line, settings.width)]
        flush_typed_ahead(sys.stdin, settings.streams.stdin)  # a stray Enter must not keep a file unasked
        sys.stderr.write("\n" + "\n".join(lines) + "\n" + t("prompt", settings.lang))
        sys.stderr.flush()
        line = sys.stdin.readline()
        if line == "":
            sys.stderr.write("\n")  # Ctrl-D leaves the cursor on the prompt's line
        return line

    def write(path: Path, text: str) -> None:
        write_file(path, text, force=False, private=True)

    try:
        offer_to_keep(keep, settings.lang, lambda text: note(text, settings), ask, write)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        note(t("keep.nothing", settings.lang), settings)
