"""The check-in's list of the summaries kept in a folder, safety first (attack run S2, W7, C3):
files that are no summary of ours take no place, a plan that reached level 3 is always listed,
the plans left out are counted with the command that opens one, the order is the day written."""

import io
import re
from datetime import date
from pathlib import Path

import pytest

from secondvictim.asker import Asker
from secondvictim.keeping import found_previous

TODAY = date(2026, 3, 20)
CODES = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def summary(day: int, level: int, n: int, schema: str = "secondvictim/triage/4") -> dict:
    return {
        "schema": schema,
        "plan_id": f"{n:032x}",
        "plan_code": CODES[n] * 4,
        "written": f"2026-03-{day:02d}",
        "level": level,
    }


def offered(folder: dict[str, object], monkeypatch, lang: str = "en", answer: str = "1\n"):
    monkeypatch.setattr("os.listdir", lambda _: list(folder))
    out = io.StringIO()
    asker = Asker(lang=lang, out=out, inp=io.StringIO(answer))
    chosen = found_previous(asker, lang, TODAY, folder.get)
    said = out.getvalue()
    menu = [line.strip() for line in said.split("\n") if re.match(r"\s+\d+\. ", line)]
    return menu, said, chosen


WORDS = {
    "en": {"broken": "5 files in this folder could not be read.", "more": "3 more plans not shown: secondvictim checkin --previous FILE"},
    "fr": {
        "broken": "5 fichiers de ce dossier n'ont pas pu être lus.",
        "more": "3 autres plans non affichés : secondvictim checkin --previous FICHIER",
    },
}


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_files_that_are_no_summary_of_ours_take_no_place_and_are_counted(monkeypatch, lang):
    folder: dict[str, object] = {f"secondvictim-2026-03-{d:02d}-{CODES[d] * 4}.json": summary(d, 1, d) for d in range(1, 10)}
    # Five newer files named as ours: broken JSON, another schema, a list, unreadable.
    folder["secondvictim-2026-03-19-WWWW.json"] = None
    folder["secondvictim-2026-03-18-WWWW.json"] = {"schema": "othertool/3", "level": 3}
    folder["secondvictim-2026-03-17-WWWW.json"] = [1, 2]
    folder["secondvictim-2026-03-16-WWWW.json"] = {"schema": "secondvictim/card/1"}
    folder["secondvictim-2026-03-15-WWWW.json"] = "text"
    menu, said, chosen = offered(folder, monkeypatch, lang)
    # The nine plans are all offered, newest first, and "none of these".
    assert [line.split(". ", 1)[0] for line in menu] == [str(n) for n in range(1, 11)]
    assert all("WWWW" not in line for line in menu)
    assert [re.search(r"plan ([A-Z]{4})", line)[1] for line in menu[:9]] == [CODES[d] * 4 for d in range(9, 0, -1)]
    assert WORDS[lang]["broken"] in flat(said)
    assert chosen == Path(f"secondvictim-2026-03-09-{CODES[9] * 4}.json")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_plan_that_reached_level_3_is_always_listed_and_the_others_left_out_are_counted(monkeypatch, lang):
    folder: dict[str, object] = {f"secondvictim-2026-03-{d:02d}-{CODES[d] * 4}.json": summary(d, 1, d) for d in range(2, 13)}
    folder["secondvictim-2026-03-01-BBBB.json"] = summary(1, 3, 1)  # the oldest: level 3
    menu, said, chosen = offered(folder, monkeypatch, lang, answer="9\n")
    assert len(menu) == 10
    level = {"en": "level 3, plan BBBB", "fr": "niveau 3, plan BBBB"}[lang]
    assert level in menu[8]  # the oldest, listed last, not silently left out
    assert WORDS[lang]["more"] in flat(said)
    assert chosen == Path("secondvictim-2026-03-01-BBBB.json")


def test_nothing_left_out_nothing_said(monkeypatch):
    folder: dict[str, object] = {f"secondvictim-2026-03-{d:02d}-{CODES[d] * 4}.json": summary(d, 1, d) for d in range(1, 10)}
    menu, said, _ = offered(folder, monkeypatch)
    assert len(menu) == 10 and "not shown" not in said and "could not be read" not in said


def test_the_order_is_the_day_written_and_the_code_the_files(monkeypatch):
    folder: dict[str, object] = {
        # A name that says the 9th, a file written the 2nd: listed after the one written the 5th.
        "secondvictim-2026-03-09-KKKK.json": summary(2, 1, 1),
        "secondvictim-2026-03-01-MMMM.json": summary(5, 2, 2),
        # Written after today (a clock set wrong): not offered, and said.
        "secondvictim-2026-03-03-NNNN.json": summary(25, 3, 3),
    }
    menu, said, _ = offered(folder, monkeypatch)
    assert menu[0] == "1. Thursday 5 March 2026: level 2, plan CCCC"
    assert menu[1] == "2. Monday 2 March 2026: level 1, plan BBBB"
    assert len(menu) == 3 and "DDDD" not in said and "NNNN" not in said
    assert "1 summary is dated after today" in flat(said)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_choice_is_echoed_after_the_question_not_after_the_team_plans(monkeypatch, lang):
    folder: dict[str, object] = {
        "secondvictim-2026-03-05-CCCC.json": summary(5, 2, 2),
        "secondvictim-2026-03-06-DDDD.json": summary(6, 0, 3, schema="secondvictim/team/2"),
    }
    monkeypatch.setattr("os.listdir", lambda _: list(folder))
    out = io.StringIO()
    asker = Asker(lang=lang, out=out, inp=io.StringIO("1\n"), collapse=True)
    assert found_previous(asker, lang, TODAY, folder.get) == Path("secondvictim-2026-03-05-CCCC.json")
    echo = flat(out.getvalue().rsplit("\x1b[J", 1)[1])
    question = {"en": "Summaries kept in this folder", "fr": "Synthèses gardées dans ce dossier"}[lang]
    assert echo.startswith(question) and "CCCC" in echo
    assert "DDDD" not in echo  # the team-plan sentence is not the echo


def test_a_folder_of_files_that_cannot_be_read_is_said_not_passed_over(monkeypatch):
    folder: dict[str, object] = {"secondvictim-2026-03-05-CCCC.json": None, "secondvictim-2026-03-06-DDDD.json": {}}
    menu, said, chosen = offered(folder, monkeypatch)
    assert menu == [] and chosen is None
    assert "2 files in this folder could not be read." in flat(said)


def test_a_plan_whose_newest_contact_is_lower_still_counts_as_having_reached_level_3(monkeypatch):
    # A level-3 triage, then a check-in at level 2 (newer): the plan reached level 3 and its
    # history says so; it must not be left out behind newer plans that never did.
    folder: dict[str, object] = {f"secondvictim-2026-03-{d:02d}-{CODES[d] * 4}.json": summary(d, 1, d) for d in range(3, 14)}
    folder["secondvictim-2026-03-01-BBBB.json"] = summary(1, 3, 1)
    checkin = {**summary(2, 2, 1, schema="secondvictim/checkin/4"), "history": [{"level": 3}, {"level": 2}]}
    folder["secondvictim-2026-03-02-BBBB-2.json"] = checkin
    menu, _, _ = offered(folder, monkeypatch, "en", answer="9\n")
    assert any("plan BBBB" in line for line in menu), menu
    # Only the check-in's own history says it: the triage file alone gone, it is still offered.
    del folder["secondvictim-2026-03-01-BBBB.json"]
    menu, _, _ = offered(folder, monkeypatch, "en", answer="9\n")
    assert any("level 2, plan BBBB" in line for line in menu), menu
