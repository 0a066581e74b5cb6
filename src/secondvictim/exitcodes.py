"""The exit codes, named once (as httpie and pipx do)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # also: input ended before the triage was complete
    USAGE = 2  # a bad option, or data that cannot be used
    INTERRUPTED = 130  # Ctrl-C
