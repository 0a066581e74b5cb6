"""The reading of this session's outputs (bR): what the help says matches what the command does.
Oracles written from the README's "one format choice": --format, else the extension of -o, else
text on a terminal and Markdown when piped."""

import pytest


def flat(text):
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "txt, md or html (default: by the extension of -o; else text on a terminal, Markdown when piped)."),
    ("fr", "txt, md ou html (par défaut : selon l'extension de -o ; sinon du texte dans un terminal, "
           "du Markdown si la sortie est redirigée)."),
])
def test_the_card_s_format_help_says_the_extension_of_o_comes_first(run, lang, words):
    for command in ("card", "handout", "protocol"):
        assert words in flat(run("--lang", lang, command, "--help").stdout), command


def test_the_card_follows_the_extension_of_o_even_when_piped(run, tmp_path):
    target = tmp_path / "c.html"
    assert run("card", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
