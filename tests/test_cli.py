"""The CLI's shared behaviour: help on every command, exit codes, init, db upgrade."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import load_settings


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _all_commands(command, prefix + (name,))


def test_every_command_has_help_text():
    missing = [" ".join(path) for path, command in _all_commands(cli) if not (command.help or "").strip()]
    assert missing == []


def test_every_command_answers_help():
    runner = CliRunner()
    for path, _command in _all_commands(cli):
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage: " in result.output


def test_missing_config_exits_2_with_one_line_and_no_traceback(tmp_path: Path):
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "absent.toml"), "db", "upgrade"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'absent.toml'}: configuration file not found; "
        "create one with 'evidence init' or pass --config PATH"
    ]


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code == 2
    assert "No such command 'frobnicate'" in result.output


def test_init_writes_a_valid_config_and_the_baseline(tmp_path: Path):
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "site"), "--email", "me@example.org"])
    assert result.exit_code == 0, result.output
    settings = load_settings(tmp_path / "site" / "config.toml")
    assert settings.pubmed.email == "me@example.org"
    assert settings.baseline.document.is_file()
    assert settings.database.url == f"sqlite:///{(tmp_path / 'site' / 'db' / 'evidence.sqlite').resolve()}"


def test_init_refuses_to_overwrite_without_force(tmp_path: Path):
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(tmp_path)]).exit_code == 0
    again = runner.invoke(cli, ["init", str(tmp_path)])
    assert again.exit_code == 2
    assert "already exists; pass --force" in again.output
    assert runner.invoke(cli, ["init", str(tmp_path), "--force"]).exit_code == 0


def test_db_upgrade_creates_the_schema_in_wal_mode(config_file: Path):
    result = CliRunner().invoke(cli, ["--config", str(config_file), "db", "upgrade"])
    assert result.exit_code == 0, result.output
    database = config_file.parent / "evidence.sqlite"
    with sqlite3.connect(database) as connection:
        tables = {row[0] for row in connection.execute("select name from sqlite_master where type='table'")}
        mode = connection.execute("pragma journal_mode").fetchone()[0]
    assert {"articles", "extractions", "outcomes", "runs", "watermarks", "digests", "flags"} <= tables
    assert mode == "wal"


def test_python_dash_m_pipeline_runs_the_cli():
    completed = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True,
                               check=False)
    assert completed.returncode == 0
    assert completed.stdout.startswith("evidence, version ")


def test_two_processes_creating_a_new_store_at_once_both_succeed(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    script = f"from pipeline.store.engine import open_store; open_store({url!r})"
    processes = [subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
    outcomes = []
    for process in processes:
        _, stderr = process.communicate(timeout=60)
        outcomes.append((process.returncode, stderr))
    assert outcomes == [(0, "")] * 3
