"""`evidence db backup`: SQLite online backup of a real store, also while another connection writes."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import load_settings
from pipeline.store.backup import backup_database, default_backup_path
from pipeline.store.engine import open_store
from tests.conftest import write_config

NOW = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)


def _store_with_rows(config: Path) -> Path:
    settings = load_settings(config)
    open_store(settings.database.url).dispose()
    path = Path(settings.database.url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE probe (n INTEGER)")
        connection.executemany("INSERT INTO probe VALUES (?)", [(n,) for n in range(1000)])
    return path


def test_default_backup_name_is_timestamped_next_to_the_database(tmp_path: Path):
    assert default_backup_path(tmp_path / "evidence.sqlite", now=NOW) == tmp_path / "evidence-backup-20250304T050607Z.sqlite"


def test_backup_is_a_complete_standalone_copy_even_with_an_open_writer(config_file: Path):
    source = _store_with_rows(config_file)
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("INSERT INTO probe VALUES (1000)")
    writer.commit()
    writer.execute("BEGIN IMMEDIATE")  # an uncommitted write in flight must not be copied
    writer.execute("INSERT INTO probe VALUES (-1)")
    try:
        result = backup_database(load_settings(config_file).database.url, now=NOW)
    finally:
        writer.rollback()
        writer.close()
    assert result.path == source.with_name("evidence-backup-20250304T050607Z.sqlite")
    assert not result.path.with_name(result.path.name + ".partial").exists()
    with sqlite3.connect(result.path) as copy:
        assert copy.execute("SELECT count(*), min(n) FROM probe").fetchone() == (1001, 0)
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1


def test_cli_backup_to_a_chosen_file_and_refuses_to_overwrite(config_file: Path, tmp_path: Path):
    _store_with_rows(config_file)
    out = tmp_path / "backups" / "copy.sqlite"
    runner = CliRunner()
    first = runner.invoke(cli, ["--config", str(config_file), "db", "backup", "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert f"to {out} (" in first.output
    again = runner.invoke(cli, ["--config", str(config_file), "db", "backup", "--out", str(out)])
    assert again.exit_code == 2
    assert again.output.strip() == f"Error: {out}: already exists; choose another --out or remove it"


def test_cli_backup_of_a_server_database_says_to_use_its_tools(tmp_path: Path):
    config = write_config(tmp_path, '[pubmed]\nemail = "t@example.org"\n[database]\n'
                                    'url = "postgresql://watch:s3cret@db.example.org/evidence"\n')
    result = CliRunner().invoke(cli, ["--config", str(config), "db", "backup"])
    assert result.exit_code == 2
    assert "pg_dump" in result.output
    assert "s3cret" not in result.output
    assert len(result.output.strip().splitlines()) == 1
