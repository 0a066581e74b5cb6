"""The one writer of every file the user asks for: whole or not at all, never a surprise.

- Only regular files are written, or standard output when the user names `-`: a device, a
  FIFO or a folder is refused, whatever `--force` says.
- An existing file is replaced only with `--force`; no folder is ever created.
- The content goes to an unnamed file in the target's folder first (Linux O_TMPFILE), which is
  linked into place only when complete: if the process is killed, even by SIGKILL, nothing is
  left behind. Where O_TMPFILE is not available, a hidden temporary file is used and removed on
  every signal that can be caught (SIGINT, SIGTERM, SIGHUP).
- Giving the complete file its name (a link, or a link and a rename with `--force`) is done with
  the catchable signals held back: a signal then either finds nothing written, or arrives once
  the file is in place, and is acted on then. Only SIGKILL can stop it in between, leaving the
  hidden name; such leftovers of a process that no longer runs are removed at the next write in
  that folder.
- Every file written is recorded (`saved`), so that an interruption says what was saved rather
  than "nothing was saved".
- Private files (summaries, reminders) are readable by their owner alone (0600); others
  follow the umask.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import OutputError

STDOUT = "-"
_CAUGHT = tuple(s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None)


class Terminated(BaseException):
    """A SIGTERM or SIGHUP arrived while a file was being written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _reason(exc: OSError) -> str:
    return errno.errorcode.get(exc.errno or 0, str(exc.errno))


def failure(path: Path, exc: OSError) -> OutputError:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError("out.permission", path=path)
    if exc.errno == errno.ENAMETOOLONG:
        return OutputError("out.name_too_long", path=path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError("out.full", path=path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and path.parent.is_dir():
        # The folder is there, and the system refuses a file in it (/proc): not a missing folder.
        return OutputError("out.refused_there", path=path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return OutputError("out.no_folder", path=path, folder=path.parent)
    return OutputError("out.cannot", path=path, reason=_reason(exc))


def check_named(path: Path) -> None:
    """Refuse an empty file name (`-o ''`, which Path reads as the current folder, `.`) with
    words that say so, before its format or its folder is looked at."""
    if str(path) == ".":
        from .errors import UsageError

        raise UsageError("err.output_empty")


def file_name(value: str) -> Path:
    """A file to write as the command line names it. A name ending in a folder separator
    (`-o newdir/`) names a folder, not a file: refused here, where the text is still whole (a Path
    drops the separator, and a file named newdir would be written)."""
    if value.endswith(tuple(sep for sep in (os.sep, os.altsep) if sep)):
        from .errors import UsageError

        raise UsageError("err.output_folder", path=value)
    return Path(value)


def check_target(path: Path, force: bool) -> None:
    """Refuse, before any work or question, a target that would be refused at the end."""
    if str(path) == STDOUT:
        return
    check_named(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        parent = path.parent
        if not parent.is_dir():
            raise OutputError("out.no_folder", path=path, folder=parent) from None
        return
    except OSError as exc:
        raise failure(path, exc) from None
    except ValueError:
        raise OutputError("out.cannot", path=path, reason="NUL") from None
    if not stat.S_ISREG(info.st_mode):
        raise OutputError("out.not_regular", path=path)
    if not force:
        raise OutputError("out.exists", path=path)


def check_targets(paths: Sequence[Path | None], force: bool) -> None:
    """Check every output of one command, and refuse two outputs on one path."""
    seen: dict[str, Path] = {}
    for path in paths:
        if path is None:
            continue
        check_target(path, force)
        if str(path) == STDOUT:
            key = STDOUT
        else:
            try:
                key = str(path.resolve())
            except (OSError, RuntimeError, ValueError):
                key = os.path.abspath(path)
        if key in seen:
            raise OutputError("out.same_path", path=path)
        seen[key] = path


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """While writing, SIGTERM and SIGHUP raise, so that the temporary file is removed."""

    def handler(signum: int, frame: object) -> None:
        raise Terminated(signum)

    previous = {}
    try:
        for signum in _CAUGHT:
            previous[signum] = signal.signal(signum, handler)
    except ValueError:  # not the main thread: nothing to install
        pass
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


# The files this process has written, in order: what an interruption says was saved.
_SAVED: list[Path] = []


def saved() -> tuple[Path, ...]:
    """The files written so far by this process."""
    return tuple(_SAVED)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """The catchable signals held back (not lost): acted on when the block ends."""
    held = {signal.SIGINT, *_CAUGHT}
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    previous = mask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


_LEFTOVER = re.compile(r"\.secondvictim-(\d+)-[0-9a-f]{8}\.tmp")


def _sweep(folder: Path) -> None:
    """Remove the hidden copies that a process killed by SIGKILL (which nothing can catch) left
    between giving a file its temporary name and renaming it: ours by their name and owner, from
    a process that no longer runs."""
    try:
        names = os.listdir(folder)
    except (OSError, ValueError):
        return
    for name in names:
        match = _LEFTOVER.fullmatch(name)
        if match is None or int(match[1]) == os.getpid():
            continue
        try:
            os.kill(int(match[1]), 0)
            continue  # still running: its own write, not a leftover
        except ProcessLookupError:
            pass
        except (OSError, OverflowError, ValueError):
            continue
        with contextlib.suppress(OSError):
            leftover = folder / name
            if os.lstat(leftover).st_uid == os.getuid() and stat.S_ISREG(os.lstat(leftover).st_mode):
                os.unlink(leftover)


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _temporary_name() -> str:
    # Short whatever the target's name: a name that fits the limit must be writable, and
    # ".<name>.<pid>.tmp" would not fit beside a name of 240 characters or more.
    return f".secondvictim-{os.getpid()}-{os.urandom(4).hex()}.tmp"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _link_unnamed(path: Path, data: bytes, mode: int, force: bool) -> bool:
    """Write through an unnamed file linked into place; False if the system cannot."""
    flags = getattr(os, "O_TMPFILE", 0)
    if not flags or not os.path.isdir("/proc/self/fd"):
        return False
    try:
        fd = os.open(path.parent, flags | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), mode)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return False
        raise
    proc = None
    try:
        _write_all(fd, data)
        os.fchmod(fd, mode)
        # linkat(AT_SYMLINK_FOLLOW) through /proc/self/fd gives the unnamed file its name; Python
        # uses linkat rather than link() when a directory descriptor is given.
        proc = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)

        def link_to(name: Path) -> None:
            os.link(str(fd), name, src_dir_fd=proc, follow_symlinks=True)

        with _signals_held():
            if not force:
                # A hard link fails if the target appeared meanwhile: nothing is ever overwritten.
                link_to(path)
                _SAVED.append(path)
                return True
            staged = path.parent / _temporary_name()
            try:
                link_to(staged)
                os.replace(staged, path)
                _SAVED.append(path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(staged)
                raise
        return True
    finally:
        os.close(fd)
        if proc is not None:
            os.close(proc)


def _write_named(path: Path, data: bytes, mode: int, force: bool) -> None:
    # Named as the unnamed path names its staging link, so that a leftover is known by its name.
    temporary = path.parent / _temporary_name()
    try:
        # Inside the try: a signal right after the file is created still removes it.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            _write_all(fd, data)
            os.fchmod(fd, mode)
        finally:
            os.close(fd)
        with _signals_held():
            if force:
                os.replace(temporary, path)
            else:
                os.link(temporary, path)
                os.unlink(temporary)
            _SAVED.append(path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_file(path: Path, text: str, *, force: bool = False, private: bool = True) -> None:
    """Write `text` (UTF-8, exactly as given) to `path`, or to standard output for `-`."""
    data = text.encode("utf-8", errors="surrogateescape")
    if str(path) == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    check_target(path, force)
    mode = 0o600 if private else _umask_mode()
    _sweep(path.parent)
    try:
        with _signals_raise():
            if not _link_unnamed(path, data, mode, force):
                _write_named(path, data, mode, force)
    except FileExistsError:
        raise OutputError("out.exists", path=path) from None
    except OSError as exc:
        raise failure(path, exc) from None
