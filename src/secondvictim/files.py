"""Write a file the user asked for: whole or not at all, never over an existing file unless told."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class FileExists(Exception):
    """The target exists and overwriting it was not asked for."""


def write_file(path: Path, text: str, *, force: bool = False, mode: int = 0o644) -> None:
    """Write `text` to `path` atomically: a temporary file beside it, then a rename.

    A crash or Ctrl-C midway leaves the old file (or none), never half of the new one.
    """
    if path.exists() and not force:
        raise FileExists(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # newline="": written exactly as given (an iCalendar file needs its CRLF line ends).
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        if force:
            os.replace(temporary, path)
        else:
            # A hard link fails if the target appeared meanwhile: nothing is ever overwritten.
            try:
                os.link(temporary, path)
            except FileExistsError:
                raise FileExists(path) from None
            os.unlink(temporary)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
