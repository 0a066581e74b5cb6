"""The installed command in a real pseudo-terminal: what no CliRunner can show."""

import io
import os

import pexpect
import pytest


@pytest.fixture
def spawn(installed_command, tmp_path):
    def start(*args, lang="C.UTF-8", pager="cat"):
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        # No pager unless a test asks for one (see test_the_rest_goes_through_the_pager).
        env.update(TERM="xterm-256color", LANG=lang, PAGER=pager)
        child = pexpect.spawn(
            str(installed_command),
            list(args),
            env=env,
            cwd=str(tmp_path),
            encoding="utf-8",
            timeout=15,
            dimensions=(50, 110),
        )
        child.logfile_read = io.StringIO()  # the whole screen, for assertions at the end
        return child

    return start


def test_red_flag_path(spawn):
    child = spawn("triage")
    child.expect_exact("Do you see any of these red flags right now?")
    child.expect_exact("> ")
    child.sendline("3")
    child.expect_exact("LEVEL 3 OF 3: ACT NOW")
    child.expect_exact("Red flag: Dark thoughts")
    child.expect_exact("3114")
    child.expect_exact("q then Enter: finish")
    child.sendline("q")
    # Then the offer to keep the summary: "n" keeps nothing, and says so.
    child.expect_exact("Keep a summary for the next contact?")
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact("Nothing was kept.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    screen = child.logfile_read.getvalue()
    assert "involved in a serious event during care" not in screen  # no other question
    assert screen.count("> ") == 2


def test_full_path(spawn, tmp_path):
    child = spawn("triage")
    child.expect_exact("red flags right now?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("reported or not? [y/n]")
    child.sendline("yes")
    child.expect_exact("Does one of these situations apply?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("Which warning signs do you see?")
    child.expect_exact("> ")
    child.sendline("1")
    child.expect_exact("What is the professional's role?")
    child.expect_exact("> ")
    child.sendline("3")
    child.expect_exact("internal resources?")
    child.expect_exact("> ")
    child.sendline("1")
    child.expect_exact("LEVEL 2 OF 3: GIVE ACTIVE SUPPORT")
    child.expect_exact("Warning sign: Withdrawal or isolation")
    child.expect_exact("q then Enter: finish")
    child.sendline("")  # Enter: the rest of the guidance
    child.expect_exact("Whom to contact")
    # Enter at the offer: the summary kept in the current folder, named by its day and code.
    child.expect_exact("Keep a summary for the next contact?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("Kept: ")
    child.expect_exact("Next contact: secondvictim checkin --previous")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [kept] = tmp_path.glob("secondvictim-*.json")
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    screen = child.logfile_read.getvalue()
    assert str(kept) in " ".join(screen.split()) or kept.name in screen
    assert "SPS (all health staff)" in screen
    assert "CNOM" not in screen  # a nurse is not offered the physicians' helpline


def test_ctrl_c_at_a_prompt(spawn):
    child = spawn("triage", "--red-flag", "none")
    child.expect_exact("[y/n]")
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact("Interrupted. Nothing was saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in child.logfile_read.getvalue()


def test_end_of_input_at_a_prompt(spawn):
    child = spawn("triage")
    child.expect_exact("> ")
    child.sendeof()
    child.expect_exact("No more input: stopped before the end of the questions. Nothing was saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


def test_french_in_a_real_terminal(spawn):
    child = spawn("triage", lang="fr_FR.UTF-8")
    child.expect_exact("l'un de ces signes de gravité\u202f?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("[o/n]")
    child.sendline("oui")
    child.expect_exact("L'une de ces situations s'applique-t-elle\u202f?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("Quels signes d'alerte observez-vous\u202f?")
    child.expect_exact("> ")
    child.sendline("3")
    child.expect_exact("Quelle est la fonction du professionnel\u202f?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("ressources internes de l'établissement\u202f?")
    child.expect_exact("> ")
    child.sendline("non")
    child.expect_exact("NIVEAU 2 SUR 3\u00a0: SOUTENIR ACTIVEMENT")
    child.expect_exact("Signe d'alerte\u00a0: anxiété persistante")
    child.expect_exact("q puis Entrée\u00a0: quitter")
    child.sendline("")
    child.expect_exact("Garder une synthèse pour le prochain point\u202f?")
    child.expect_exact("> ")
    child.sendline("non")
    child.expect_exact("Rien n'a été gardé.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Qui contacter" in child.logfile_read.getvalue()


def test_team_plan_in_a_real_terminal(spawn):
    child = spawn("team", "--event-date", "2026-03-27")
    child.expect_exact("Did a patient die? [y/n]")
    child.expect_exact("> ")
    child.sendline("yes")
    child.expect_exact("Does one of these situations apply?")
    child.expect_exact("> ")
    child.sendline("1")
    child.expect_exact("When an event affects a team")
    child.expect_exact("q then Enter: finish")  # the dated plan alone on the screen, the rest one keystroke away
    child.sendline("")
    child.expect_exact("A moment of silence after a death")
    child.expect_exact("Individual check-ins")
    child.expect_exact("Keep a summary for the next contact?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("Next contact: secondvictim team --previous")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    screen = child.logfile_read.getvalue()
    assert "Traceback" not in screen
    assert "--situation paediatric-event" in screen


def test_team_plan_in_french_in_a_real_terminal(spawn):
    child = spawn("team", lang="fr_FR.UTF-8")
    child.expect_exact("Un patient est-il décédé\u202f? [o/n]")
    child.sendline("non")
    child.expect_exact("L'une de ces situations s'applique-t-elle\u202f?")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("Quand un événement touche une équipe")
    child.expect_exact("q puis Entrée\u00a0: quitter")
    child.sendline("q")
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact("Rien n'a été gardé.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Un moment de silence" not in child.logfile_read.getvalue()


def test_ctrl_c_at_the_last_prompt_finishes_and_keeps_the_summary(spawn, tmp_path):
    """The decision is on the screen and the summary written: Ctrl-C there is finishing."""
    child = spawn("triage", "--red-flag", "danger", "-o", "summary.md")
    child.expect_exact("q then Enter: finish")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Written: summary.md" in child.logfile_read.getvalue()
    assert (tmp_path / "summary.md").read_text().count("Level 3 of 3: Act now") == 1
