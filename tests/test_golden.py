"""Behaviour unchanged by a move of the code (issue 21): every command's output, byte for byte,
against the corpus recorded before the move (`tests/golden/make.py` says how it is made)."""

import json

import pytest

from .golden.make import CORPUS, record

# Worker processes under libfaketime, a few tens of seconds: the exhaustive tier (`pytest -m
# exhaustive`, which CI runs too).
pytestmark = pytest.mark.exhaustive


@pytest.fixture(scope="module")
def now():
    return record()


@pytest.fixture(scope="module")
def corpus():
    return json.loads(CORPUS.read_text(encoding="utf-8"))


def test_the_corpus_covers_every_command_in_both_languages(corpus):
    from .golden.make import COMMANDS

    for lang in ("en", "fr"):
        named = {spec["args"][spec["args"].index(c)] for spec in corpus.values() for c in COMMANDS if c in spec["args"]}
        assert named == set(COMMANDS)
        assert sum(1 for name in corpus if name.startswith(f"{lang}-")) > 90
    # Every exit code the corpus reaches, and no case that crashed.
    assert {case["exit"] for case in corpus.values()} == {0, 2, 3}
    assert all(case["exception"] is None for case in corpus.values())


def test_every_output_is_the_same_as_before_the_move(corpus, now):
    assert list(now) == list(corpus)
    different = [name for name in corpus if now[name] != corpus[name]]
    for name in different[:3]:
        for field in ("exit", "stdout", "stderr", "files"):
            assert now[name][field] == corpus[name][field], (name, field)
    assert different == []
