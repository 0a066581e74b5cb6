"""Run the command line in this process as the `secondvictim` command does, its streams captured:
through the program's public entry (`cli.execute`), inside Typer's public test isolation."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence

from typer.testing import CliRunner, Result


def invoke(
    args: Sequence[str],
    input: str | bytes | None = None,
    env: Mapping[str, str | None] | None = None,
    clock=None,
    terminal: bool | None = None,
) -> Result:
    """The run's Result (stdout and stderr kept apart), as Typer's CliRunner.invoke gives it."""
    from secondvictim.cli import execute

    runner = CliRunner()
    exception: BaseException | None = None
    with runner.isolation(input=input, env=env) as (stdout, stderr, output):
        try:
            code = execute(list(args), clock=clock, terminal=terminal)
        except Exception as exc:  # a bug: kept in the Result, as CliRunner.invoke keeps it
            exception, code = exc, 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        said = (stdout.getvalue(), stderr.getvalue(), output.getvalue())
    return Result(runner, *said, return_value=None, exit_code=code, exception=exception)
