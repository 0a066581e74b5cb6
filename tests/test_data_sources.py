"""The data's sources: a reader can check each one; none names the project's own brief."""

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "data"


def _sources(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "source" and isinstance(value, str):
                yield value
            else:
                yield from _sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from _sources(value)


def test_no_source_is_the_project_s_own_brief():
    for path in sorted(DATA.glob("*.yaml")):
        for source in _sources(yaml.safe_load(path.read_text(encoding="utf-8"))):
            assert "PRODUCT" not in source, (path.name, source)


def test_the_nothing_recorded_principle_cites_what_a_reader_can_check(run):
    import json

    principles = json.loads(run("protocol", "--json").stdout)
    found = json.dumps(principles, ensure_ascii=False)
    assert "https://www.cnil.fr/fr/definition/minimisation" in found
    assert "README" in found and "PRODUCT" not in found
