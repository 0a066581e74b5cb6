"""Where the program starts: the `secondvictim` command and `python -m secondvictim`."""

import gc


def main() -> None:
    # Start-up creates a few hundred thousand objects (Typer's, Pydantic's, the guide's) that live
    # until the end and are freed by reference counting, not by the cyclic collector, which would
    # only walk them again and again: about 9 ms of a start of 0.15 s. It is paused before the
    # first import for the whole run (a short one: a few screens, a few files), as the loader
    # already does while reading large data files.
    gc.disable()
    from secondvictim.cli import main as run

    run()


if __name__ == "__main__":
    main()
