"""One run at a time per evidence store: the lock refresh, digest and the scheduler share.

The lock is an OS file lock (`filelock.FileLock`, fcntl/flock on POSIX) on a file next to the
SQLite database (`evidence.sqlite.lock`), or in the digest folder when the database is not a
file. The operating system releases it when the holder exits, even by SIGKILL, so a crashed
run never leaves a stale lock behind. Separate processes and separate threads both contend.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from pipeline.config import Settings
from pipeline.errors import ConfigError, LockError

LOCK_FILE_NAME = "evidence-watch.lock"


def lock_path(settings: Settings) -> Path:
    """Where the run lock of the configured store lives."""
    try:
        url = make_url(settings.database.url)
    except ArgumentError:
        raise ConfigError(f"database.url: {settings.database.url!r} is not an SQLAlchemy URL") from None
    database = url.database
    if url.get_backend_name() == "sqlite" and database and database != ":memory:" \
            and not database.startswith("file:"):
        path = Path(database)
        return path.with_name(path.name + ".lock")
    return Path(settings.digest.out_dir) / LOCK_FILE_NAME


@contextmanager
def run_lock(settings: Settings, *, wait_seconds: float, purpose: str = "run") -> Iterator[Path]:
    """Hold the store's run lock for the `with` block, waiting up to `wait_seconds` for it.

    Raises LockError (exit 1) naming the lock file when another refresh or digest holds it
    longer than that.
    """
    path = lock_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path), timeout=max(0.0, wait_seconds), thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise LockError(
            f"{path}: another refresh or digest is running on this store (waited {wait_seconds:g} s "
            f"to {purpose}); try again when it has finished"
        ) from None
    try:
        yield path
    finally:
        lock.release()
