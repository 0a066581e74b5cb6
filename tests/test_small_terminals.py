"""Issue 24, item 5: small and busy terminals. Under 24 rows the decision is compact (the level,
why, the first action, the numbers); long outputs go through a pager on a terminal only (PAGER,
else less; --no-pager); a stray Enter before the "more" prompt cannot scroll the decision away."""

import io
import os
import subprocess

import pexpect
import pytest

from secondvictim.commands.triage_view import decision_document, guidance_document
from secondvictim.compact import compact, fitted
from secondvictim.environment import pager_command
from secondvictim.render.blocks import Banner, Items, Para
from secondvictim.rules.triage import Answers, recommend

# A pager that says it ran, then shows the text (a test cannot read less's screen reliably).
MARKER_PAGER = "sh -c 'echo PAGED-BY-THE-PAGER; cat'"
# A level-2 triage whose last question (internal resources) is left to ask.
LEVEL2 = ("triage", "--red-flag", "none", "--event", "--situation", "none", "--sign", "guilt", "--role", "nurse")


def test_the_pager_is_pager_else_less_and_none_when_refused():
    assert pager_command({}, no_pager=False) == "less -R -F -X"
    assert pager_command({"PAGER": "most -s"}, no_pager=False) == "most -s"
    assert pager_command({"PAGER": "most"}, no_pager=True) is None
    assert pager_command({"PAGER": ""}, no_pager=False) is None
    assert pager_command({"PAGER": "cat"}, no_pager=False) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_compact_decision_keeps_the_level_the_first_action_and_the_numbers(guide, lang):
    rec = recommend(guide, Answers(red_flags=(), event=True, signs=("guilt",), situations=()))
    decision = decision_document(guide, rec, lang)
    rest = guidance_document(guide, rec, lang, None)
    small, more = compact(decision, rest, lambda n: f"{n} more")
    assert small[0] == decision[0] and isinstance(small[0], Banner)
    numbered = next(b for b in decision if isinstance(b, Items) and b.style == "number")
    kept_numbered = [b for b in small if isinstance(b, Items) and b.style == "number"]
    assert [b.items for b in kept_numbered] == [numbered.items[:1]]
    text = "\n".join(str(b) for b in small)
    for number in ("0805 23 23 36", "15", "112", "3114"):
        assert number in text
    assert not any(isinstance(b, Para) and b.style == "quote" for b in small)
    # Nothing is lost: what the compact form leaves out opens the rest.
    left = more[: len(more) - len(rest)]
    assert any(isinstance(b, Items) and b.items == numbered.items[1:] for b in left)
    # The compact form says how many actions follow, and the rest numbers them on (2., 3., …).
    assert Para(f"{len(numbered.items) - 1} more") in small
    assert any(isinstance(b, Items) and b.style == "number" and b.start == 2 for b in left)
    assert any(isinstance(b, Para) and b.style == "quote" for b in left)
    assert more[len(more) - len(rest) :] == rest


@pytest.mark.parametrize("room", [0, 1, 2, 3, 99])
def test_the_compact_decision_keeps_as_many_first_actions_as_the_screen_holds(guide, room):
    # After a red flag, the first actions are the safety ones (stay, ask, call 3114 together): a
    # screen with room for them shows them, in order; at least the first is always kept.
    rec = recommend(guide, Answers(red_flags=("dark-thoughts",)))
    decision = decision_document(guide, rec, "en")
    rest = guidance_document(guide, rec, "en", None)
    numbered = next(b for b in decision if isinstance(b, Items) and b.style == "number").items

    def shown(doc):
        return next(b for b in doc if isinstance(b, Items) and b.style == "number").items

    small, more = fitted(decision, rest, lambda doc: len(shown(doc)) <= room, lambda n: f"{n} more")
    expected = numbered[: min(max(room, 1), len(numbered))]
    assert shown(small) == expected
    left_out = len(numbered) - len(expected)
    assert (Para(f"{left_out} more") in small) == (left_out > 0)
    assert shown(small)[0].startswith("Do not leave them alone")
    left = [b for b in more[: len(more) - len(rest)] if isinstance(b, Items)]
    assert [item for b in left for item in b.items] == list(numbered[len(expected) :])


@pytest.fixture
def spawn(installed_command, tmp_path):
    def start(*args, rows=50, pager=MARKER_PAGER):
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PAGER", "COLUMNS", "LINES")}
        env.update(TERM="xterm-256color", LANG="C.UTF-8")
        if pager is not None:
            env["PAGER"] = pager
        child = pexpect.spawn(
            str(installed_command), list(args), env=env, cwd=str(tmp_path), encoding="utf-8", timeout=15,
            dimensions=(rows, 80),
        )  # fmt: skip
        child.logfile_read = io.StringIO()
        return child

    return start


def test_signs_go_through_the_pager_on_a_terminal_only(spawn, installed_command):
    child = spawn("signs")
    child.expect_exact("PAGED-BY-THE-PAGER")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # --no-pager: printed straight.
    child = spawn("--no-pager", "signs")
    child.expect(pexpect.EOF)
    assert "PAGED-BY-THE-PAGER" not in child.logfile_read.getvalue()
    assert "Red flags" in child.logfile_read.getvalue()
    # Piped: never a pager.
    env = {**os.environ, "PAGER": MARKER_PAGER}
    piped = subprocess.run([str(installed_command), "signs"], capture_output=True, text=True, env=env, check=False)
    assert piped.returncode == 0 and "PAGED-BY-THE-PAGER" not in piped.stdout and len(piped.stdout.splitlines()) > 50


@pytest.mark.parametrize("pager", ["false", "sh -c 'exit 3'", "no-such-pager-here"])
def test_a_pager_that_fails_or_is_missing_never_loses_the_text(spawn, pager):
    # PAGER=false showed nothing and exited 0: the guidance (after a red flag, the rest of it) was
    # lost without a word. A pager that fails, or cannot be run, gives way to the text itself.
    child = spawn("triage", "--red-flag", "dark-thoughts", pager=pager)
    child.expect_exact("q then Enter: finish")
    child.sendline("")
    child.expect_exact("More on this level")  # the rest, shown
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_small_screen_gets_the_compact_decision_and_the_rest_through_the_pager(spawn):
    child = spawn(*LEVEL2, "--internal", "yes", rows=20)
    child.expect_exact("LEVEL 2 OF 3: GIVE ACTIVE SUPPORT")
    child.expect_exact("q then Enter: finish")
    shown = child.logfile_read.getvalue()
    decision = shown[shown.rindex("LEVEL 2 OF 3") :].split("\r\n")
    assert len(decision) <= 20  # the banner and the prompt on one screen of 20 rows
    assert "1. Contact them today" in shown and "What to say first" not in shown
    assert "0805 23 23 36" in shown and "3114" in shown
    child.sendline("")
    child.expect_exact("PAGED-BY-THE-PAGER")
    child.expect_exact("What to say first")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_stray_enter_cannot_scroll_the_decision_away(spawn):
    child = spawn(*LEVEL2)
    child.expect_exact("Not asked yet.")
    child.expect_exact("> ")
    child.send("1\r\r")  # the answer, and one Enter too many
    child.expect_exact("q then Enter: finish")
    # The extra Enter was dropped: the prompt still waits, the rest is not shown.
    with pytest.raises(pexpect.TIMEOUT):
        child.expect_exact("More on this level", timeout=1.5)
    child.sendline("q")
    child.expect_exact("> ")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_small_screen_after_every_red_flag_says_how_many_actions_follow(guide, lang):
    # Attack run S1: at 60×20 after all four red flags, actions 6 to 8 were one Enter away with
    # nothing on the first screen saying so, and came back as unnumbered bullets.
    from dataclasses import replace as with_size

    from secondvictim.environment import Environment
    from secondvictim.present import _fitted

    rec = recommend(guide, Answers(red_flags=tuple(f.id for f in guide.red_flags)))
    decision = decision_document(guide, rec, lang)
    rest = guidance_document(guide, rec, lang, None)
    from secondvictim.commands.common import Output

    output = Output(document=[], decision=decision, rest=rest)
    small = _fitted(output, with_size(Environment(lang=lang), columns=60, lines=20))
    numbered = next(b for b in decision if isinstance(b, Items) and b.style == "number").items
    kept = next(b for b in small.decision if isinstance(b, Items) and b.style == "number").items
    assert 1 <= len(kept) < len(numbered)
    count = len(numbered) - len(kept)
    said = {"en": f"{count} more actions to do: press Enter", "fr": f"{count} autres actions à faire"}[lang]
    assert any(isinstance(b, Para) and b.text.startswith(said) for b in small.decision)
    continued = next(b for b in small.rest if isinstance(b, Items) and b.style == "number")
    assert continued.start == len(kept) + 1 and continued.items == numbered[len(kept) :]
