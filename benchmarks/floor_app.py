"""The floor: a minimal Typer app (one command, a boolean and a text option, prints a line).

No Typer program can start faster; benchmarks/startup.py compares secondvictim with it.
"""

import typer

app = typer.Typer()


@app.command()
def main(
    loud: bool = typer.Option(False, "--loud", help="Shout."),
    name: str = typer.Option("world", "--name", help="Whom to greet."),
) -> None:
    """Greet someone."""
    greeting = f"Hello {name}"
    print(greeting.upper() if loud else greeting)


if __name__ == "__main__":
    app()
