"""The wheel carries the guide: installed from it, the command works from any directory."""

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.exhaustive

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_install_runs_from_another_directory(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = dist.glob("secondvictim-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The dependencies come from the environment running the tests (no download); the package
    # itself only from the wheel: the new venv's own site-packages comes first on sys.path.
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "secondvictim"), "resources"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "0805 23 23 36 – 24/7, free and anonymous" in result.stdout
    # The page's template, style and script are shipped too.
    page = subprocess.run(
        [str(env_dir / "bin" / "secondvictim"), "page", "-o", "guide.html"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    assert page.returncode == 0, page.stderr
    assert "function recommend(rule, answers)" in (elsewhere / "guide.html").read_text(encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import secondvictim.guide.loader as l; print(l.packaged_data_dir())"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert where == str(site / "secondvictim" / "data")
    # The JSON Schemas are shipped too.
    schema = subprocess.run(
        [str(env_dir / "bin" / "secondvictim"), "schema", "triage"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert '"const": "secondvictim/triage/4"' in schema.stdout
    assert (site / "secondvictim" / "schemas" / "error.json").is_file()


def test_license_and_metadata_are_complete():
    """The MIT licence the metadata names is shipped, with the classifiers and keywords an index
    shows; the rich bound is one that the pinned Typer can meet (issue 27)."""
    import importlib.metadata
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    assert project["license-files"] == ["LICENSE"]
    assert project["keywords"]
    classifiers = project["classifiers"]
    assert any(c.startswith("Development Status ::") for c in classifiers)
    assert any(c.startswith("Programming Language :: Python :: 3.") for c in classifiers)
    # No invented address: an URL is added only when the project has a real one.
    assert "urls" not in project
    ours = {Requirement(r).name: Requirement(r) for r in project["dependencies"]}
    typer_needs = [Requirement(r) for r in importlib.metadata.requires("typer") or ()]
    (rich_for_typer,) = [r for r in typer_needs if r.name == "rich"]
    lowest = next(s.version for s in rich_for_typer.specifier if s.operator == ">=")
    ours_lowest = next(s.version for s in ours["rich"].specifier if s.operator == ">=")
    from packaging.version import Version

    assert Version(ours_lowest) >= Version(lowest), "rich's lower bound cannot be met with the pinned Typer"
