"""The decision on one screen: what to do now fits an 80x24 terminal, for every answer.

The layout is checked for every combination of answers (fast, no terminal), then the real command
is run in a real 80x24 terminal (tmux) along several paths, and the final screen is read as is.
"""

import itertools
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from secondvictim.commands.triage_view import decision_document
from secondvictim.render.terminal import layout
from secondvictim.rules.choices import Internal, Role
from secondvictim.rules.triage import Answers, recommend

from .test_triage import RED_FLAGS, SIGNS, subsets

pytestmark = pytest.mark.exhaustive

# Rows an 80x24 screen gives the decision: 24, less the line asking for more and the blank line
# that sets the decision apart from the questions above it.
DECISION_ROWS = 22
NIGHT = datetime(2026, 12, 5, 3, 0)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_decision_fits_80_by_24_for_every_answer(guide, lang):
    too_long = []
    seen = set()
    for red_flags, event, signs, role, internal in itertools.product(
        subsets(RED_FLAGS), (True, False), subsets(SIGNS), (Role.physician, Role.nurse), Internal
    ):
        rec = recommend(guide, Answers(red_flags=red_flags, event=event, signs=signs, role=role, internal=internal))
        key = (rec.level, rec.reasons, rec.actions, rec.resources)
        if key in seen:
            continue
        seen.add(key)
        # At 3 a.m. on a Saturday: the night line too, the longest the decision gets.
        lines = layout(decision_document(guide, rec, lang, NIGHT), 80, rich=True, lang=lang)
        if len(lines) > DECISION_ROWS:
            too_long.append((len(lines), red_flags, signs, internal))
    assert too_long == []


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_the_decision_holds_what_the_issue_lists(guide, lang, level):
    answers = [
        Answers(event=False),
        Answers(event=True),
        Answers(event=True, signs=("guilt",)),
        Answers(red_flags=("dark-thoughts",)),
    ][level]
    text = "\n".join(line for line, _ in layout(decision_document(guide, recommend(guide, answers), lang), 80,
                                                rich=False, lang=lang))
    flat = " ".join(text.split())
    assert text.splitlines()[0].startswith(("LEVEL", "NIVEAU"))
    assert "1. " in text  # the actions, numbered, most urgent first
    assert "15" in flat and "112" in flat  # the emergency numbers, on every level
    if level == 3:
        assert "3114" in flat
    if level in (1, 2):
        assert "0805 23 23 36" in flat
    assert ("“" in text or "«" in text)  # the first words to say


TMUX = shutil.which("tmux")
COMMAND = str(Path(sys.executable).parent / "secondvictim")


def screen_after(keys, lang, tmp_path):
    """The visible 80x24 screen of `secondvictim triage` in tmux, after typing `keys` one by one."""
    socket = str(tmp_path / "tmux.sock")
    env = f"env -i PATH=/usr/bin:/bin HOME={tmp_path} TERM=xterm-256color LANG={lang}"
    subprocess.run([TMUX, "-S", socket, "new-session", "-d", "-x", "80", "-y", "24",
                    f"{env} {COMMAND} triage; sleep 30"], check=True)
    try:
        for key in keys:
            time.sleep(0.6)
            subprocess.run([TMUX, "-S", socket, "send-keys", key, "Enter"], check=True)
        deadline = time.time() + 10
        while True:
            time.sleep(0.3)
            screen = subprocess.run([TMUX, "-S", socket, "capture-pane", "-p"], capture_output=True, text=True,
                                    check=True).stdout
            if "Enter: finish" in screen or "Entrée\u00a0: quitter" in screen or time.time() > deadline:
                return screen
    finally:
        subprocess.run([TMUX, "-S", socket, "kill-server"], check=False)


PATHS = [
    ("en", "C.UTF-8", ["3"], ["LEVEL 3 OF 3: ACT NOW", "Do not leave them alone", "3114", "15: SAMU",
                              "What to say first"]),
    ("en", "C.UTF-8", ["none", "yes", "", "1 2 3 4 5", "doctor", "no"],
     ["LEVEL 2 OF 3: GIVE ACTIVE SUPPORT", "Do now:", "0805 23 23 36", "0800 288 038", "What to say first"]),
    ("en", "C.UTF-8", ["", "n", "", ""], ["LEVEL 0 OF 3: STAY ATTENTIVE", "How are you doing at the moment?"]),
    ("fr", "fr_FR.UTF-8", ["4"], ["NIVEAU 3 SUR 3", "Ne la laissez pas seule", "3114", "Que dire en premier"]),
    # What the colleague said, typed as it was said, at the first question (issue 20).
    ("en", "C.UTF-8", ["she says everyone would be better off without her"],
     ["LEVEL 3 OF 3: ACT NOW", "Do not leave them alone", "Are you thinking about suicide?", "3114",
      "I'm worried about you."]),
    ("fr", "fr_FR.UTF-8", ["elle dit qu'elle veut en finir"],
     ["NIVEAU 3 SUR 3", "Ne la laissez pas seule", "Pensez-vous au suicide", "3114",
      "Je m'inquiète pour vous."]),
    # Every red flag at once, the longest decision: its banner still at the top of the screen.
    ("fr", "fr_FR.UTF-8", ["1 2 3 4"],
     ["NIVEAU 3 SUR 3", "Ne la laissez pas seule", "Pensez-vous au suicide", "relevez-la des soins",
      "Je m'inquiète pour vous", "Entrée\u00a0: afficher la suite"]),
    # A red-flag word at a later question stops and asks whether it is a red flag now.
    ("en", "C.UTF-8", ["none", "yes", "", "suicidal", "yes"],
     ["LEVEL 3 OF 3: ACT NOW", "Do not leave them alone", "Are you thinking about suicide?"]),
    ("fr", "fr_FR.UTF-8", ["aucun", "oui", "", "1 2 3 4 5", "infirmière", ""],
     ["NIVEAU 2 SUR 3", "À faire maintenant", "0805 23 23 36", "Que dire en premier"]),
]


@pytest.mark.skipif(TMUX is None, reason="needs tmux (apt-get install tmux); .ci/run installs it")
@pytest.mark.parametrize(("lang", "locale", "keys", "expected"), PATHS, ids=[f"{p[0]}-{'+'.join(p[2])}" for p in PATHS])
def test_the_final_screen_in_a_real_80x24_terminal(tmp_path, lang, locale, keys, expected):
    screen = screen_after(keys, locale, tmp_path)
    flat = " ".join(screen.replace("\u00a0", " ").replace("\u202f", " ").split())
    for words in expected:
        assert " ".join(words.replace("\u00a0", " ").split()) in flat, (words, screen)
    assert all(len(line) <= 80 for line in screen.splitlines())
