"""Assemble the guide: the packaged data files, an institution's on top, validated as one.

Each file is read by guide/reading.py (bytes, UTF-8, safe YAML), merged by guide/merge.py, then
validated by the models (guide/models.py); every failure, wherever found, becomes one located
problem (guide/problems.py), and all of them are reported at once in one DataError.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import DataError, Problem
from ..rules.choices import LANGS
from .merge import Assembly, Source
from .models import Guide, Loc
from .problems import explain, format_field, missing_languages, misspelt_ids
from .reading import (  # the readers, also imported from here by name
    MAX_DEPTH,
    MAX_FILE_BYTES,
    WHOLE_FILE,
    Lines,
    StrictLoader,
    os_problem,
    parse_yaml,
    read_text,
    too_deep,
    yaml_problem,
)
from .references import cump_problems, reference_problems
from .starter import example_problems

__all__ = [
    "FILES",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "WHOLE_FILE",
    "DataError",
    "Lines",
    "Loaded",
    "StrictLoader",
    "assemble",
    "load",
    "load_guide",
    "os_problem",
    "packaged_data_dir",
    "parse_yaml",
    "read_mapping",
    "read_text",
    "too_deep",
    "yaml_problem",
]

# Which top-level keys each data file holds. An institution's folder uses the same file names.
FILES: dict[str, tuple[str, ...]] = {
    "signs.yaml": ("warning_signs", "red_flags", "situations"),
    "resources.yaml": ("resources",),
    "script.yaml": (
        "key_message",
        "key_message_informal",
        "safety_words",
        "safety_words_informal",
        "attentive_words",
        "attentive_words_informal",
        "script",
    ),
    "avoid.yaml": ("attitudes_intro", "attitudes"),
    "levels.yaml": ("levels", "actions"),
    "followup.yaml": ("after_red_flag", "followup"),
    "about.yaml": ("disclaimer", "about"),
    "checkin.yaml": ("checkin_note", "checkin_summaries", "checkin_items", "process_steps", "process_note", "referral", "closing"),
    "team.yaml": ("team", "peer_offer", "manager_support"),
    "practice.yaml": ("scenarios",),
    "handout.yaml": ("handout",),
    "protocol.yaml": ("protocol_principles",),
}


def packaged_data_dir() -> Path:
    """The guide shipped with the program.

    A wheel carries it as secondvictim/data; an editable install or a source checkout reads the
    top-level data/ folder of the repository.
    """
    # Path(__file__), not importlib.resources: the package is always installed as files, and
    # importlib.resources costs several milliseconds of imports at every start.
    inside = Path(__file__).resolve().parents[1] / "data"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[3] / "data"

def read_mapping(path: Path, keys: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """A data file's text and content: a mapping whose keys are among `keys`."""
    text = read_text(path)
    content = parse_yaml(path, text)
    deep = too_deep(content)
    if deep is not None:
        raise DataError([Problem(path, Lines(text).of(deep) or WHOLE_FILE, "", "p.too_deep", limit=MAX_DEPTH)])
    if not isinstance(content, dict):
        raise DataError([Problem(path, 1, "", "p.not_mapping", keys=", ".join(keys))])
    lines = Lines(text) if any(key not in keys for key in content) else None
    unknown = [
        Problem(path, lines.of((key,)), str(key), "p.unknown_top_key", keys=", ".join(keys))
        for key in content
        if key not in keys and lines is not None
    ]
    if unknown:
        raise DataError(unknown)
    return text, content



@dataclass(frozen=True)
class Loaded:
    """The validated guide, and where its parts came from."""

    guide: Guide
    # For each data file name, the files read for it: the packaged one, then the institution's.
    files: dict[str, tuple[Path, ...]]
    # The file each list item came from, by (list key, item id).
    origins: dict[tuple[str, str], Path]
    institution: Path | None
    # Not errors: an institution's text in one language only, shown in the other too.
    warnings: tuple[Problem, ...] = ()

    def origin(self, key: str, ident: str) -> str:
        """Where an item came from, for --json: "packaged" or the institution file's path."""
        path = self.origins.get((key, ident))
        return str(path) if path is not None and path.parent == self.institution else "packaged"


def institution_files(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The data files of an institution's folder; a YAML file of another name is a problem."""
    try:
        if not directory.is_dir():
            key = "p.not_folder" if directory.exists() else "p.folder_not_found"
            return [], [Problem(directory, None, "", key)]
        found = sorted(
            p for p in directory.iterdir() if p.suffix.lower() in (".yaml", ".yml")
        )
    except OSError as exc:
        return [], [os_problem(directory, exc, line=None)]
    except ValueError:
        return [], [Problem(directory, None, "", "p.not_found")]
    names = ", ".join(FILES)
    problems = []
    for p in found:
        if p.name.lower() in FILES and p.name not in FILES:
            problems.append(Problem(p, WHOLE_FILE, "", "p.lower_case_name", name=p.name.lower()))
        elif p.name not in FILES:
            problems.append(Problem(p, WHOLE_FILE, "", "p.unknown_file", names=names))
    return [p for p in found if p.name in FILES], problems


@dataclass
class _Read:
    """The data files read so far, for locating problems: each file's text, and its lines indexed
    once, only if a problem needs them."""

    packaged: Path
    texts: dict[Path, str] = field(default_factory=dict)
    # For each data file name, the files read for it: the packaged one, then the institution's.
    files: dict[str, tuple[Path, ...]] = field(default_factory=dict)
    indexed: dict[Path, Lines] = field(default_factory=dict)

    def line_of(self, path: Path, loc: Loc) -> int | None:
        if path not in self.texts:
            return None
        if path not in self.indexed:
            self.indexed[path] = Lines(self.texts[path])
        return self.indexed[path].of(loc)

    def problem(self, source: Source | None, key: str, values: dict[str, object], loc: Loc = ()) -> Problem:
        """A problem at `source`, the place in a file that `loc` of the merged data came from."""
        if source is None:
            # Nothing was written there: a missing key, attributed to the file that holds it.
            holder = next((name for name, keys in FILES.items() if loc and loc[0] in keys), None)
            if holder is None:
                return Problem(self.packaged, None, "", key, **values)
            return Problem(self.files.get(holder, (self.packaged / holder,))[-1], 1, format_field(loc), key, **values)
        return Problem(
            source.path, self.line_of(source.path, source.loc), format_field(source.loc), key, **values
        )


def assemble(packaged: Path, institution: Path | None = None) -> Loaded:
    """Read the packaged data, then the institution's files on top, and validate the whole guide."""
    assembly = Assembly()
    read = _Read(packaged)
    problems, warnings = _read_files(read, assembly, institution)
    problems += [read.problem(source, key, values) for source, key, values in assembly.problems]
    if len(read.files) < len(FILES):
        # A data file could not be read at all: its absence would only add noise.
        raise DataError(sorted(problems, key=Problem.sort_key))
    # Validate even when merging found problems, so that every problem is listed at once.
    guide, invalid = _validated(read, assembly)
    problems += invalid
    if problems or guide is None:
        raise DataError(sorted(problems, key=Problem.sort_key))
    return Loaded(guide, read.files, assembly.origins, institution, tuple(warnings))


def _read_files(read: _Read, assembly: Assembly, institution: Path | None) -> tuple[list[Problem], list[Problem]]:
    """Each data file read and added to `assembly`: the problems found, and the warnings."""
    overlays: list[Path] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    if institution is not None:
        overlays, problems = institution_files(institution)
    for path in [read.packaged / name for name in FILES] + overlays:
        try:
            read.texts[path], content = read_mapping(path, FILES[path.name])
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        packaged = path.parent == read.packaged
        assembly.add_file(path, content, packaged=packaged)
        read.files[path.name] = (*read.files.get(path.name, ()), path)
        if not packaged and path.name == "resources.yaml":
            problems += [
                Problem(path, read.line_of(path, loc), format_field(loc), "p.starter_example")
                for loc in example_problems(content)
            ]
        for loc, lang in missing_languages(content):
            where = (path, read.line_of(path, loc), format_field(loc))
            if packaged:
                problems.append(Problem(*where, "p.packaged_lang", code=lang))
            else:
                shown = next(other for other in LANGS if other != lang)
                warnings.append(Problem(*where, "p.missing_lang", code=lang, shown=shown))
    return problems, warnings


def _validated(read: _Read, assembly: Assembly) -> tuple[Guide | None, list[Problem]]:
    """The merged data validated as one guide (None if it is not one), and every problem found."""
    problems: list[Problem] = []
    try:
        guide = Guide.model_validate(assembly.data)
    except ValidationError as exc:
        misspelt = misspelt_ids(assembly.data, exc.errors())
        for item_loc, values in misspelt.items():
            loc = (*item_loc, "id")
            problems.append(read.problem(assembly.locate(loc), "p.unknown_id", values, loc))
        for error in exc.errors():
            key, values = explain(dict(error))
            loc = tuple(error["loc"])
            if error["type"] == "missing" and loc[:-1] in misspelt:
                continue  # a misspelt id, said once above, not as the fields a new item would need
            problems.append(read.problem(assembly.locate(loc), key, values, loc))
        return None, problems
    from ..rules.practice import scenario_problems

    cump = cump_problems(guide, assembly.hidden_ids.get(("situations",), set()))
    return guide, [
        read.problem(assembly.locate(loc), key, values, loc)
        for loc, key, values in [*reference_problems(guide), *scenario_problems(guide), *cump]
    ]


@functools.cache
def load(institution: Path | None = None) -> Loaded:
    """The packaged guide, with the institution's data on top if given; validated once per process.

    Whatever goes wrong with an institution's data is a DataError, located at its folder when
    nothing better is known: a failure this loader did not foresee (a bug met by unusual data)
    must still give the crisis commands their fallback and the others their list of problems,
    never an "unexpected error". The packaged guide failing is a bug, and stays one.
    """
    with _collector_paused():
        try:
            return assemble(packaged_data_dir(), institution)
        except DataError:
            raise
        except Exception as exc:
            if institution is None:
                raise
            raise DataError([Problem(institution, None, "", "p.unusable", error=type(exc).__name__)]) from exc


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the guide is read.

    Reading builds hundreds of thousands of objects (YAML nodes, values, models) and no cycle
    (aliases are refused): the collector would only walk them again and again as they pile up,
    which made a 60,000-item file take minutes instead of seconds. Reference counting still
    frees everything; the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_guide(institution: Path | None = None) -> Guide:
    return load(institution).guide
