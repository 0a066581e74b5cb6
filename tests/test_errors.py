"""One error type per exit code (issue 21, item 4), and an unusable summary said by one type, in
one reader."""

from __future__ import annotations

import re
from pathlib import Path

from secondvictim import errors
from secondvictim.errors import EXIT_CODES, AppError, DataError, ExitCode, SummaryError, UsageError

SOURCE = Path(__file__).parents[1] / "src" / "secondvictim"


def _types(base: type) -> list[type]:
    found = []
    for sub in base.__subclasses__():
        found += [sub, *_types(sub)]
    return found


def test_each_exit_code_is_set_by_one_error_type():
    setting = {}
    for kind in [AppError, *_types(AppError)]:
        if "code" in vars(kind):
            assert kind.code not in setting, f"{kind.__name__} and {setting[kind.code].__name__} both set {kind.code}"
            setting[kind.code] = kind
    assert {code: kind.__name__ for code, kind in setting.items()} == {
        1: "InputEnded",
        2: "UsageError",
        3: "OutputError",
    }


def test_every_code_of_an_error_type_has_its_meaning():
    codes = {kind.code for kind in _types(AppError)}
    assert codes <= set(EXIT_CODES) == {int(code) for code in ExitCode}


def test_data_and_summaries_that_cannot_be_used_are_exit_2():
    problem = errors.Problem("f.yaml", 1, "", "p.yaml")
    for error in (DataError([problem]), SummaryError("checkin.err.foreign", path="x.json")):
        assert isinstance(error, UsageError) and error.code == 2
    # Only a bad command line is said with how to get the command's help.
    assert UsageError("err.usage").help_hint and not DataError([problem]).help_hint


def test_an_unusable_summary_is_raised_by_the_one_reader_only():
    raising = sorted(
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if re.search(r"\bSummaryError\(", path.read_text(encoding="utf-8")) and path.name != "errors.py"
    )
    assert raising == ["previous.py"]
    # The writer of summaries reads none back.
    assert "json.loads" not in (SOURCE / "summary.py").read_text(encoding="utf-8")
