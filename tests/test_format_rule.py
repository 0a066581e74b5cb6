"""One format rule for every file named (the attack run's leftovers): an extension that names
another format than the one written is refused, before anything is written, in both languages."""

import json

import pytest

TRIAGE = ("triage", "--event", "--sign", "guilt", "--role", "nurse", "--internal", "yes")


def flat(text):
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


JSON_WORDS = {
    "en": "--json writes JSON, and the extension of {path} ({ext}) names another format: the file would open in the wrong program.",
    "fr": "--json écrit du JSON, et l'extension de {path} ({ext}) désigne un autre format : le fichier s'ouvrirait avec le mauvais programme.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("command", ["card", "handout", "protocol"])
def test_json_into_a_file_named_for_another_format_is_refused(run, tmp_path, lang, command):
    for ext in (".md", ".html", ".txt", ".markdown"):
        target = tmp_path / f"a{ext}"
        result = run("--lang", lang, command, "--json", "-o", str(target))
        assert result.exit_code == 2, (command, ext, result.output)
        assert JSON_WORDS[lang].format(path=target, ext=ext) in flat(result.stderr)
        assert json.loads(result.stdout)["code"] == "err.json_clash"
        assert not target.exists()
    # JSON goes to a .json file, a name without a known extension, or standard output.
    for name in ("b.json", "c"):
        assert run(command, "--json", "-o", str(tmp_path / name)).exit_code == 0
        json.loads((tmp_path / name).read_text())
    assert json.loads(run(command, "--json", "-o", "-").stdout)


PAGE_WORDS = {
    "en": "The page is one HTML page, and the extension of {path} ({ext}) names another format",
    "fr": "La page est une page HTML, et l'extension de {path} ({ext}) désigne un autre format",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_is_written_only_to_an_html_name(run, tmp_path, lang):
    for ext in (".md", ".json", ".txt", ".pdf"):
        target = tmp_path / f"a{ext}"
        result = run("--lang", lang, "page", "-o", str(target))
        assert result.exit_code == 2, (ext, result.output)
        assert PAGE_WORDS[lang].format(path=target, ext=ext) in flat(result.stderr)
        assert not target.exists()
    # .html, .htm (any case) and a name without extension: the page, as before.
    for name in ("b.html", "c.HTM", "d"):
        assert run("page", "-o", str(tmp_path / name)).exit_code == 0, name
        assert (tmp_path / name).read_text().lstrip().lower().startswith("<!doctype html")


CALENDAR_WORDS = {
    "en": "{option} writes a calendar, and the extension of {path} ({ext}) names another format",
    "fr": "{option} écrit un calendrier, et l'extension de {path} ({ext}) désigne un autre format",
}
CALENDARS = [
    (TRIAGE, "--followup-ics"),
    (("followup",), "--ics"),
    (("team",), "--ics"),
    (("checkin", "--event-date", "2020-01-01"), "--followup-ics"),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("args", "option"), CALENDARS)
def test_a_calendar_named_for_another_format_is_refused(run, tmp_path, lang, args, option):
    for ext in (".md", ".html", ".json", ".txt"):
        target = tmp_path / f"cal{ext}"
        result = run("--lang", lang, *args, option, str(target))
        assert result.exit_code == 2, (args, ext, result.output)
        assert CALENDAR_WORDS[lang].format(option=option, path=target, ext=ext) in flat(result.stderr)
        assert not target.exists()


@pytest.mark.parametrize("name", ["plan.ics", "plan", "plan.cal"])
def test_a_calendar_named_ics_or_without_a_known_extension_is_written(run, tmp_path, name):
    result = run("followup", "--ics", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text().startswith("BEGIN:VCALENDAR")


FOLDER_WORDS = {
    "en": "{path} ends with a folder separator: it names a folder, not a file; nothing was written.",
    "fr": "{path} se termine par un séparateur de dossier : c'est un dossier, pas un fichier ; rien n'a été écrit.",
}
FILE_OPTIONS = [
    (("card",), "-o"),
    (("handout",), "-o"),
    (("protocol",), "-o"),
    (("page",), "-o"),
    (TRIAGE, "-o"),
    (TRIAGE, "--followup-ics"),
    (("followup",), "--ics"),
    (("team",), "-o"),
    (("team",), "--ics"),
    (("checkin", "--event-date", "2020-01-01"), "-o"),
    (("checkin", "--event-date", "2020-01-01"), "--followup-ics"),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("args", "option"), FILE_OPTIONS)
def test_a_name_ending_in_a_folder_separator_is_a_folder_not_a_file(run, tmp_path, lang, args, option):
    for given in (f"{tmp_path}/newdir/", f"{tmp_path}/"):
        result = run("--lang", lang, *args, option, given)
        assert result.exit_code == 2, (args, option, result.output)
        assert FOLDER_WORDS[lang].format(path=given) in flat(result.stderr)
    # Nothing written: no file named newdir (the separator dropped), no folder made.
    assert list(tmp_path.iterdir()) == []


def test_a_folder_name_is_a_json_error_with_json(run, tmp_path):
    result = run("card", "--json", "-o", f"{tmp_path}/out/")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["code"] == "err.output_folder"
    assert list(tmp_path.iterdir()) == []
