"""`evidence db backup`: a consistent copy of the SQLite evidence store while it is in use.

Uses SQLite's online backup API (`sqlite3.Connection.backup`,
https://www.sqlite.org/backup.html): it copies a consistent snapshot even while a refresh
writes (WAL mode), unlike copying the file, which can catch a half-applied transaction or miss
the `-wal` file. The copy is written to a temporary name and renamed when complete and checked,
so a file with the backup's name is always a whole database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from pipeline.errors import ConfigError, StoreError

PAGES_PER_STEP = 1024  # copy in steps so a long backup does not hold the read lock throughout


@dataclass(frozen=True)
class BackupResult:
    source: Path
    path: Path
    size_bytes: int


def sqlite_path(url: str) -> Path:
    """The database file of a SQLite URL; ConfigError for other databases."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"database.url: {url!r} is not an SQLAlchemy URL") from None
    if parsed.get_backend_name() != "sqlite":
        raise ConfigError(
            f"database.url is {parsed.render_as_string(hide_password=True)}: 'evidence db backup' only "
            f"copies SQLite files; back up this database with its server's tools "
            f"(e.g. pg_dump for PostgreSQL, mysqldump for MySQL)"
        )
    if not parsed.database or parsed.database == ":memory:":
        raise ConfigError("database.url points at an in-memory SQLite database: there is nothing to back up")
    return Path(parsed.database)


def default_backup_path(source: Path, *, now: datetime) -> Path:
    """`<name>-backup-YYYYMMDDTHHMMSSZ.sqlite` (UTC) next to the database file."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return source.with_name(f"{source.stem}-backup-{stamp}{source.suffix or '.sqlite'}")


def backup_database(url: str, *, now: datetime, out: Path | None = None) -> BackupResult:
    """Copy the SQLite store at `url` to `out` (default: timestamped, next to it)."""
    source = sqlite_path(url)
    if not source.is_file():
        raise StoreError(f"{source}: no database file to back up; run 'evidence refresh' or 'evidence db upgrade' first")
    target = Path(out) if out is not None else default_backup_path(source, now=now)
    if target.exists():
        raise ConfigError(f"{target}: already exists; choose another --out or remove it")
    if target.resolve() == source.resolve():
        raise ConfigError(f"{target}: is the database itself; choose another --out")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        # Read-only URI: a backup must never create or change the source.
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=PAGES_PER_STEP)
                # A backup of a WAL database is itself in WAL mode; make the copy self-contained.
                dst.execute("PRAGMA journal_mode=DELETE")
                check = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if check != "ok":
            raise StoreError(f"{partial}: the backup copy failed its integrity check ({check}); the source may be damaged")
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{source}: backup to {target} failed ({exc}); check disk space and permissions") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupResult(source=source, path=target, size_bytes=target.stat().st_size)
