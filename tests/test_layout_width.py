"""The terminal's size comes from the run's Environment, resolved once: what is printed is laid
out for its width, and a message is wrapped only when standard error is a terminal."""

from __future__ import annotations

import pytest

from secondvictim.environment import Environment, Streams

LONG = " ".join(["Call your manager or the on-call psychologist today."] * 4)


def _doc(guide):
    from secondvictim.commands.triage_view import triage_document
    from secondvictim.rules.triage import Answers, recommend

    return triage_document(guide, recommend(guide, Answers(event=True, signs=("guilt",))), "en")


@pytest.mark.parametrize("columns", [40, 64])
def test_a_document_is_laid_out_for_the_width_of_the_environment(guide, capsys, columns):
    from secondvictim.render.terminal import print_document

    print_document(_doc(guide), Environment(columns=columns))
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= columns
    print_document(_doc(guide), Environment(columns=100))
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) > columns


def test_a_message_is_wrapped_only_when_standard_error_is_a_terminal(capsys):
    from secondvictim.present import note

    note(LONG, Environment(columns=40, streams=Streams(stderr=True)))
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) > 1 and max(len(line) for line in lines) <= 40
    note(LONG, Environment(columns=40, streams=Streams(stderr=False)))
    assert capsys.readouterr().err == LONG + "\n"  # a log keeps whole lines


def test_a_question_is_wrapped_to_the_width_of_the_asker():
    import io

    from secondvictim.prompts import Asker

    out = io.StringIO()
    Asker(out=out, width=30, columns=30).write(LONG)
    assert max(len(line) for line in out.getvalue().splitlines()) <= 30
