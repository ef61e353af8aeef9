"""Opening the evidence store: engine set-up, SQLite pragmas and Alembic migrations."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import orjson
from alembic import command
from alembic.config import Config as AlembicConfig
from filelock import FileLock
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlmodel import Session

from pipeline.errors import ConfigError, StoreError
from pipeline.paths import migrations_dir

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the digest read while a refresh writes; the busy timeout makes concurrent
    # writers wait instead of failing with "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def safe_url(url: str | URL) -> str:
    """A database URL with any password replaced by ***, fit for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def _json_dumps(value) -> str:
    return orjson.dumps(value).decode()


# The JSON columns (abstract sections, MeSH terms, authors, evidence sentences...) are written
# and read with orjson: with the standard library's json, serialising them was the largest
# cost of storing a batch in the importer's main process (bench/RESULTS.md).
_JSON = {"json_serializer": _json_dumps, "json_deserializer": orjson.loads}


def create_store_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(
            f"database.url: {url!r} is not an SQLAlchemy URL; expected e.g. sqlite:///db/evidence.sqlite"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **_JSON)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, **_JSON)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise ConfigError(f"database.url: cannot use {parsed.render_as_string()} ({exc})") from None


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Apply Alembic migrations up to `revision` on `engine`."""
    config = AlembicConfig()
    config.set_main_option("script_location", str(migrations_dir()))
    try:
        with _migration_lock(engine), engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except SQLAlchemyError as exc:
        raise StoreError(
            f"{engine.url.render_as_string()}: cannot migrate the evidence store ({exc.__class__.__name__}: "
            f"{exc.orig if hasattr(exc, 'orig') else exc}); check the database URL and permissions"
        ) from exc


def _migration_lock(engine: Engine):
    """Serialise migrations of one SQLite file across processes.

    Two processes creating a new database at once (a scheduled refresh and an ad hoc digest)
    would otherwise race: SQLite answers "database is locked" at once, without waiting for
    the busy timeout, when a reading transaction tries to become a writing one.
    """
    database = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if not database or database == ":memory:":
        return nullcontext()
    return FileLock(f"{database}.migrate.lock", timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)


def open_store(url: str) -> Engine:
    """Engine for the configured store, migrated to the newest schema."""
    engine = create_store_engine(url)
    upgrade_schema(engine)
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose transaction commits on success and rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
