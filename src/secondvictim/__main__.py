"""Where the program starts: the `secondvictim` command and `python -m secondvictim`."""

import gc
import signal
import sys

from secondvictim import StartUp

# Run as a program (the `secondvictim` command imports this module first, whatever its name).
StartUp.catch()


def main() -> None:
    # Start-up creates a few hundred thousand objects (Typer's, Pydantic's, the guide's) that live
    # until the end and are freed by reference counting, not by the cyclic collector, which would
    # only walk them again and again: about 9 ms of a start of 0.15 s. It is paused before the
    # first import for the whole run (a short one: a few screens, a few files), as the loader
    # already does while reading large data files.
    gc.disable()
    try:
        from secondvictim.cli import main as run

        # Ctrl-C raises KeyboardInterrupt again (the command line handles it), then whatever
        # came during the imports is acted on.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if StartUp.interrupted:
            raise KeyboardInterrupt
        run()
    except KeyboardInterrupt:
        sys.exit(_interrupted_at_start())


def _interrupted_at_start() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut this message
    from secondvictim.cli_framework import interrupted
    from secondvictim.config import detect_lang
    from secondvictim.environment import process_environ
    from secondvictim.errors import ExitCode

    if sys.stderr is not None:
        sys.stderr.write(interrupted(detect_lang(sys.argv[1:], process_environ()))[1] + "\n")
        sys.stderr.flush()
    return ExitCode.INTERRUPTED


if __name__ == "__main__":
    main()
