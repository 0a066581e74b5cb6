"""Issue 28's attack-run leftovers: what the tool says when an answer or an option cannot be used,
in words that name the real problem, in English and in French."""

from datetime import date
from pathlib import Path

import pytest

DAY = date(2026, 3, 4)
# Questions of the triage answered: no red flag, an event, no situation, guilt, a nurse, yes.
TRIAGE_ANSWERS = "\ny\n\n2\n3\n1\n"
TRIAGE = ("triage", "--event", "--sign", "guilt", "--role", "nurse", "--internal", "yes")


def flat(text):
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    ("lang", "last", "gave_up"),
    [
        ("en", "Last try: type another folder or file name", "Nothing was kept: none of the 3 tries could be written."),
        ("fr", "Dernier essai : tapez un autre dossier", "Rien n'a été gardé : aucun des 3 essais n'a pu être écrit."),
    ],
)
def test_the_keep_offer_says_its_last_try_and_how_to_keep_it_later(run, keyboard, clock, tmp_path, lang, last, gave_up):
    keyboard.at_terminal = True
    clock.set(DAY)
    taken = [tmp_path / f"taken{n}.json" for n in range(3)]
    for path in taken:
        path.write_text("mine")
    result = run("--lang", lang, "triage", input=TRIAGE_ANSWERS + "".join(f"{p}\n" for p in taken))
    assert result.exit_code == 0, result.output
    said = flat(result.stderr)
    # The last try is announced before it is asked (after the second refusal), once.
    assert said.count(last) == 1
    assert said.index(last) > said.index(f"{taken[1]} ")
    assert said.index(last) < said.index(f"{taken[2]} ")
    # After it: nothing kept, said as such, with the way to keep a summary (-o FILE).
    assert gave_up in said and said.rstrip().endswith("~/summary.json." if lang == "en" else "~/synthese.json.")
    assert "-o" in said.split(gave_up)[1]
    assert all(p.read_text() == "mine" for p in taken)
    assert not list(Path.cwd().glob("secondvictim-*"))


def test_a_refused_name_then_a_good_one_is_not_a_last_try(run, keyboard, clock, tmp_path):
    keyboard.at_terminal = True
    clock.set(DAY)
    taken = tmp_path / "taken.json"
    taken.write_text("mine")
    result = run("triage", input=TRIAGE_ANSWERS + f"{taken}\n\n")
    assert result.exit_code == 0, result.output
    said = flat(result.stderr)
    assert "Last try" not in said and "Nothing was kept" not in said and "Kept: " in said
