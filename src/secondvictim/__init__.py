"""secondvictim: a pocket guide for supporting a colleague after an adverse event associated with care."""

import os as _os
import signal as _signal
import sys as _sys

__version__ = "0.1.0"


class StartUp:
    """Ctrl-C while the program starts, before the command line's own handling is in place.

    When this package is imported by the `secondvictim` command (or `python -m secondvictim`),
    a Ctrl-C is noted rather than raised in the middle of an import (which would print a
    traceback), and acted on as soon as the imports are done (`__main__.main`): the one
    interruption message. Imported by anything else (a test runner), nothing is changed.
    """

    interrupted = False

    @classmethod
    def note(cls, signum: int, frame: object) -> None:
        cls.interrupted = True

    @classmethod
    def catch(cls) -> None:
        _signal.signal(_signal.SIGINT, cls.note)


if _os.path.basename(_sys.argv[0] if _sys.argv else "") in ("secondvictim", "-m"):
    StartUp.catch()
