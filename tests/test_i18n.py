"""French and English everywhere: data, interface, language choice, and nothing left untranslated."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from secondvictim.config import detect_lang
from secondvictim.errors import DataError
from secondvictim.guide.loader import assemble, packaged_data_dir
from secondvictim.strings import STRINGS

from .test_content import texts_of

# Texts that are the same in both languages on purpose.
SAME_IN_BOTH = {"> ", "{label}: {text}"}


def test_every_packaged_text_has_both_languages_and_they_differ(guide):
    texts = list(texts_of(guide.model_dump()))
    assert [where for where, text in texts if set(text) != {"en", "fr"}] == []
    assert [(where, text["en"]) for where, text in texts if text["en"] == text["fr"]] == []


def forms(value):
    """A message's texts: itself, or each of its plural forms."""
    return list(value.values()) if isinstance(value, dict) else [value]


def unspaced(text):
    """French typography's non-breaking spaces as ordinary ones, to compare wording."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


# Messages that are the same words in both languages (a format, a code, a metavar).
SAME_KEYS = {"prompt", "labelled", "page.step", "cli.options", "cli.arguments", "cli.options_metavar", "meta.id", "meta.date",
             "what.format", "list.separator", "answered", "words.informal_after", "ics.message_informal"}


def test_every_interface_string_has_both_languages_and_they_differ():
    assert set(STRINGS["en"]) == set(STRINGS["fr"])
    same = [key for key in STRINGS["en"] if STRINGS["en"][key] == STRINGS["fr"][key]]
    assert [key for key in same if key not in SAME_KEYS] == []
    for key in STRINGS["en"]:  # the same placeholders and plural forms, so that no format fails
        en, fr = STRINGS["en"][key], STRINGS["fr"][key]
        assert type(en) is type(fr), key
        if isinstance(en, dict):
            assert set(en) == set(fr) == {"one", "other"}, key
        placeholders = {p for text in forms(en) for p in re.findall(r"{(\w+)}", text)}
        assert placeholders == {p for text in forms(fr) for p in re.findall(r"{(\w+)}", text)}, key
        # Names that the lookup functions take themselves cannot be placeholders.
        assert not placeholders & {"key", "lang", "number"}, key


def source_files():
    from pathlib import Path

    import secondvictim

    root = Path(secondvictim.__file__).parent
    return [p for p in root.rglob("*.py") if p.parent != root / "strings"]


def test_every_key_used_exists_and_no_key_is_dead():
    """Keys are literals at the call site: every one found in the code exists, and every message is used."""
    import ast

    from secondvictim.guide.loader import FILES

    code = {p: p.read_text(encoding="utf-8") for p in source_files()}
    literals = {
        node.value
        for text in code.values()
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    prefixes = {key.split(".")[0] for key in STRINGS["en"] if "." in key}
    looks_like_key = {
        lit for lit in literals if re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", lit) and lit.split(".")[0] in prefixes
    }
    assert sorted(looks_like_key - set(STRINGS["en"]) - set(FILES)) == []
    assert sorted(set(STRINGS["en"]) - literals) == []
    # No key is ever built at run time: no t(f"...") nor plural(f"...").
    assert not re.search(r"\b(t|plural)\(f[\"']", "\n".join(code.values()))


def test_key_message_in_french(guide):
    assert guide.key_message["fr"] == (
        "Ce que vous ressentez est fréquent après ce type d'événement. Vous n'avez pas à gérer cela seul / seule."
    )
    assert guide.key_message_informal["fr"] == (
        "Ce que tu ressens est fréquent après ce type d'événement. Tu n'as pas à gérer cela seul / seule."
    )
    assert guide.key_message_informal["en"] == guide.key_message["en"]


@pytest.mark.parametrize("command", [["script"], ["triage", "--event"]])
def test_informal_key_message_only_where_the_language_has_one(run, command):
    french = unspaced(run("--lang", "fr", *command).stdout)
    formal = french.index("« Ce que vous ressentez est fréquent")
    intro = french.index("Entre collègues qui se tutoient :")
    informal = french.index("« Ce que tu ressens est fréquent après ce type d'événement. Tu n'as pas")
    assert formal < intro < informal
    english = run("--lang", "en", *command).stdout
    assert english.count("What you're feeling is common") == 1
    assert "first-name terms" not in english


# Words a French hospital would send back: a regulatory category or « signalé » (declared to the
# ARS) for the event, a disciplinary word, red flags that look like warning signs, « triage » for a
# conversation, a decimal-looking example, a dramatising verb, an evening that may be a morning.
FRENCH_TO_AVOID = [
    r"\bEIGS\b",
    r"\bsignalée?s?\b",
    r"suspen(d|s)",
    r"signa(l|ux) d'alerte",
    r"(?<!secondvictim )\btriage\b",
    r"1,3",
    r"affronter",
    r"ce soir",
]


def test_french_wording_a_hospital_would_sign(guide):
    french = [text["fr"] for _, text in texts_of(guide.model_dump())]
    french += [form for value in STRINGS["fr"].values() for form in forms(value)]
    found = [(pattern, s) for s in french for pattern in FRENCH_TO_AVOID if re.search(pattern, s, re.I)]
    assert found == []
    assert "Signes de gravité" in STRINGS["fr"]["h.red_flags"]


@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        ([], {}, "en"),
        ([], {"LANG": "fr_FR.UTF-8"}, "fr"),
        ([], {"LANG": "fr_CA.UTF-8"}, "fr"),
        ([], {"LANG": "en_GB.UTF-8"}, "en"),
        ([], {"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ([], {"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ([], {"LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "fr"),
        ([], {"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
        ([], {"SECONDVICTIM_LANG": "fr", "LANG": "en_US.UTF-8"}, "fr"),
        ([], {"SECONDVICTIM_LANG": "de", "LANG": "fr_FR.UTF-8"}, "fr"),
        (["--lang", "en"], {"SECONDVICTIM_LANG": "fr", "LANG": "fr_FR.UTF-8"}, "en"),
        (["--lang=fr", "triage"], {}, "fr"),
    ],
)
def test_language_choice(argv, env, expected):
    assert detect_lang(argv, env) == expected


def english_texts(guide):
    """Every English sentence the program can show, to look for on a French screen."""
    texts = [text["en"] for _, text in texts_of(guide.model_dump())]
    texts += [re.split(r"{\w+}", s)[0] for value in STRINGS["en"].values() for s in forms(value)]
    return {s.strip() for s in texts if len(s.strip()) >= 12 and s.strip() not in SAME_IN_BOTH}


def test_french_triage_on_a_terminal_has_no_english(keyboard, run, guide, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    keyboard.at_terminal = True
    result = run("triage", input="\noui\n\n2 4\n1\nnon\n")
    assert result.exit_code == 0, result.output
    stdout, stderr = unspaced(result.stdout), unspaced(result.stderr)
    assert "Le professionnel a-t-il été impliqué dans un événement grave lors des soins (erreur, complication, décès inattendu), déclaré ou non ? [o/n]" in " ".join(stderr.split())
    assert "EIGS" not in stdout + stderr
    assert "signalé" not in stdout + stderr
    assert stdout.startswith("NIVEAU 2 SUR 3 : SOUTENIR ACTIVEMENT\n")
    assert "  « Ce que vous ressentez est fréquent après ce type d'événement." in stdout
    assert "Conseil national de l'Ordre des médecins" in stdout
    assert "médecine du travail ; maison de la psychologie" in " ".join(stdout.split())
    screen = result.stdout + result.stderr
    assert len(english_texts(guide)) > 150
    assert [s for s in english_texts(guide) if s in screen] == []


@pytest.mark.parametrize("command", ["script", "resources", "signs", "avoid", "about", "validate", "team"])
def test_french_commands_have_no_english(run, guide, monkeypatch, command):
    monkeypatch.setenv("SECONDVICTIM_LANG", "fr")
    result = run(command)
    assert result.exit_code == 0
    assert [s for s in english_texts(guide) if s in unspaced(result.stdout)] == []


def test_french_level_3_and_json(run, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    out = unspaced(run("triage", "--red-flag", "dark-thoughts").stdout)
    assert out.startswith("NIVEAU 3 SUR 3 : AGIR IMMÉDIATEMENT\n")
    assert "1. Ne la laissez pas seule : vous ou un collègue restez jusqu'au relais." in out
    assert "2. Demandez : « Pensez-vous au suicide ? » En parler ne donne pas l'idée." in out
    assert "3. Appelez ensemble le 3114 ; il conseille aussi l'entourage, dont vous." in out
    assert "- 3114 : prévention du suicide" in out
    # Tu and vous: the first words of concern in both forms, the key message only after safety.
    assert "« Je m'inquiète pour vous. Je reste avec vous et nous appelons de l'aide. »" in out
    assert "« Je m'inquiète pour toi. Je reste avec toi et on appelle de l'aide. »" in out
    decision = out[: out.index("Pour aller plus loin")]
    assert "Ce que vous ressentez est fréquent" not in decision
    assert "[ ] Appelez le 3114 ensemble (numéro national de prévention du suicide, 24 h/24, gratuit)" in out
    data = json.loads(run("triage", "--no-event", "--json").stdout)
    assert data["level_name"] == "Rester à l'écoute"


def test_lang_option_overrides_the_locale(run, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert run("--lang", "en", "script").stdout.startswith("First contact\n")
    assert run("script").stdout.startswith("Premier contact\n")
    assert run("--lang", "de", "script").exit_code == 2


def test_help_follows_the_language():
    env = {**os.environ, "LANG": "fr_FR.UTF-8", "NO_COLOR": "1"}
    env.pop("SECONDVICTIM_LANG", None)
    french = subprocess.run(
        [sys.executable, "-m", "secondvictim", "triage", "--help"], capture_output=True, text=True, env=env
    )
    assert "Répondre à quelques questions et savoir quoi faire" in french.stdout
    english = subprocess.run(
        [sys.executable, "-m", "secondvictim", "--lang", "en", "triage", "--help"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert "Answer a few questions and get what to do" in english.stdout


def test_non_ascii_output_when_piped():
    env = {**os.environ, "LANG": "fr_FR.UTF-8", "NO_COLOR": "1"}
    result = subprocess.run([sys.executable, "-m", "secondvictim", "signs"], capture_output=True, env=env)
    assert result.returncode == 0
    assert "Inquiétude médico-légale importante" in result.stdout.decode("utf-8")
    # A stream that cannot encode accents gets "?" rather than a crash.
    env["PYTHONIOENCODING"] = "ascii"
    result = subprocess.run([sys.executable, "-m", "secondvictim", "signs"], capture_output=True, env=env)
    assert result.returncode == 0
    assert "Inqui?tude m?dico-l?gale importante" in result.stdout.decode("ascii")


def test_missing_french_in_packaged_data_is_an_error(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(packaged_data_dir(), data)
    path = data / "avoid.yaml"
    text = path.read_text()
    path.write_text(text.replace("      fr: Chercher un responsable.\n", ""))
    with pytest.raises(DataError) as info:
        assemble(data)
    line = (
        next(i for i, row in enumerate(text.splitlines(), 1) if "Looking for someone responsible." in row) - 1
    )
    assert [p.render("en") for p in info.value.problems] == [
        f"{path}:{line}: attitudes[2].avoid: no 'fr' version: every packaged text needs one"
    ]


def test_institution_text_in_one_language_is_a_warning(run, tmp_path):
    folder = tmp_path / "inst"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        "resources:\n  - id: psychologist\n    how_to_reach:\n      fr: Par le standard, poste 12\n"
    )
    result = run("validate", str(folder))
    assert result.exit_code == 0
    assert "1 warning\n" in result.stdout
    assert (
        f"{folder / 'resources.yaml'}:3: resources[0].how_to_reach: no 'en' version: the 'fr' text is shown instead\n"
        in result.stdout
    )
    out = run("--data-dir", str(folder), "--lang", "en", "resources", "--internal").stdout
    assert "- Psychologist or psychological support unit\n  Par le standard, poste 12\n" in out


def test_french_starter_file_is_french_and_valid(run, tmp_path):
    folder = tmp_path / "contacts"
    assert run("--lang", "fr", "init", str(folder)).exit_code == 0
    text = (folder / "resources.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Les contacts de votre établissement pour secondvictim.\n")
    assert "    # Médecine du travail\n" in text
    assert run("validate", str(folder)).exit_code == 0


FRENCH_BAD_SPACE = re.compile(r"[^\S\u00a0\u202f][:;?!»]|«[^\S\u00a0\u202f]|\S[;?!»]|«\S")


def french_typography_faults(text):
    """Places where French typography is not kept: an ordinary space (or none) before « ; ? ! » or
    inside « », an ordinary space before « : ». A colon in a time or a path has no space before it."""
    faults = []
    for line in text.splitlines():
        for match in FRENCH_BAD_SPACE.finditer(line):
            faults.append(line[max(0, match.start() - 20) : match.end() + 5])
        faults += [line for piece in [" :"] if piece in line]
    return faults


FRENCH_OUTPUTS = [
    ["triage", "--red-flag", "dark-thoughts"],
    ["triage", "--event", "--sign", "guilt", "--internal", "no"],
    ["triage", "--no-event"],
    ["triage", "--no-event", "--situation", "staff-death", "--situation", "paediatric-event"],
    ["team", "--event-date", "2026-03-27", "--death", "--situation", "staff-death"],
    ["script"],
    ["resources"],
    ["signs"],
    ["avoid"],
    ["about"],
    ["card", "--format", "txt"],
    ["card", "--format", "md"],
    ["followup", "--event-date", "2026-03-27"],
    ["checkin", "--event-date", "2026-03-02", "--sign", "guilt", "--trend", "same", "--item", "sleep", "--step", "review-meeting"],
]


@pytest.mark.parametrize("command", FRENCH_OUTPUTS, ids=" ".join)
def test_french_typography_in_every_output(run, command):
    result = run("--lang", "fr", *command)
    assert result.exit_code == 0, result.output
    assert french_typography_faults(result.stdout) == []
    assert not any(line.lstrip().startswith((":", ";", "?", "!", "»")) for line in result.stdout.splitlines())


BROKEN_INSTITUTION = """\
resources:
  - id: psychologist
    phone: 0472112233
    fone: "1"
  - id: samu
    phone: "16"
  - id: Bad Id
    kind: nowhere
    name:
      de: Psychologe
  - id: sps
    enabled: maybe
  - id: new-line
    kind: external
    name:
      en: "\\e[2Jhidden"
    audience:
      en: "   "
"""


def test_validate_in_french_shows_no_english(run, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "resources.yaml").write_text(BROKEN_INSTITUTION)
    (folder / "levels.yaml").write_text("actions:\n  - id: call-3114\n    requires: []\n    levels: [2]\n")
    (folder / "signs.YAML").write_text("red_flags: []\n")
    (folder / "other.yaml").write_text("[unclosed\n")
    result = run("--lang", "fr", "validate", str(folder))
    assert result.exit_code == 2
    out = result.stdout
    assert "Non valide : " in unspaced(out)
    english = ["expected", "unknown", "missing", "Input should", "valid", "cannot", "not a", "the ", " is ", "file"]
    messages = [line.split(": ", 3)[-1] for line in out.splitlines() if ".yaml" in line or ".YAML" in line]
    assert len(messages) >= 8
    assert [m for m in messages for word in english if word in m] == []


@pytest.mark.parametrize(
    "args",
    [["triage", "--rol", "x"], ["triag"], ["triage", "--role"], ["triage", "--event", "--role", "chirurgien"],
     ["init"], ["triage", "--event", "extra"], ["--lang", "fr", "validate", "--help"], ["--help"]],
)
def test_no_english_from_the_framework_on_a_french_screen(run, args):
    result = run("--lang", "fr", *args)
    screen = result.stdout + result.stderr
    for english in ("Usage:", "Options:", "Commands:", "Show this message", "Error:", "Invalid value",
                    "No such option", "Missing", "Try ", "for help", "[required]", "Arguments:"):
        assert english not in screen, (english, screen)


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("\x00", "\\x00"),
        ("\x1b", "\\x1b"),
        ("\r", "\\x0d"),
        ("\x1f", "\\x1f"),
        (" ", " "),
        ("~", "~"),
        ("\x7f", "\\x7f"),
        ("\x9f", "\\x9f"),
        ("\xa0", "\xa0"),  # a no-break space is text
        ("é", "é"),
        ("\u2029", "\u2029"),
        ("\u202a", "\\u202a"),
        ("\u202e", "\\u202e"),
        ("\u202f", "\u202f"),  # the narrow no-break space of French typography
        ("\u2065", "\u2065"),
        ("\u2066", "\\u2066"),
        ("\u2069", "\\u2069"),
        ("\u206a", "\u206a"),
        ("\ud7ff", "\ud7ff"),
        ("\udc80", "\\x80"),  # a byte of a file name that was not UTF-8
        ("\udcff", "\\xff"),
        ("\ud800", "\\ud800"),
        ("\udfff", "\\udfff"),
        ("\ue000", "\ue000"),
    ],
)
def test_what_could_act_on_a_terminal_is_escaped_and_nothing_else(char, shown):
    from secondvictim.i18n import hidden, visible

    assert visible(f"a{char}b") == f"a{shown}b"
    assert hidden(f"a{char}b", newline=True) == (shown != char)


def test_line_breaks_are_kept_only_where_asked():
    from secondvictim.i18n import hidden, visible

    assert visible("a\nb", newline=True) == "a\nb" and not hidden("a\nb", newline=True)
    assert visible("a\nb") == "a\\x0ab" and hidden("a\nb", newline=False)
