"""Configuration loading and validation: every bad value is one clear ConfigError."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.errors import ConfigError
from tests.conftest import REPO_ROOT, write_config


def test_repository_config_is_valid_and_resolves_paths_against_its_folder():
    settings = load_settings(REPO_ROOT / "config.toml")
    assert settings.database.url == f"sqlite:///{REPO_ROOT / 'db' / 'evidence.sqlite'}"
    assert settings.baseline.document == REPO_ROOT / "db" / "baseline" / "stem-cell-therapy-sle.txt"
    assert settings.pubmed.eutils_url == "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
    assert settings.pubmed.batch_size == 500


def test_relative_sqlite_url_resolves_against_config_folder(tmp_path: Path):
    settings = load_settings(write_config(tmp_path))
    assert settings.database.url == f"sqlite:///{tmp_path.resolve() / 'evidence.sqlite'}"


def test_non_sqlite_url_is_left_alone(tmp_path: Path):
    path = write_config(tmp_path, '[pubmed]\nemail = "a@b.org"\n[database]\nurl = "postgresql://u@h/db"\n')
    assert load_settings(path).database.url == "postgresql://u@h/db"


def test_missing_file_names_the_file_and_the_fix(tmp_path: Path):
    with pytest.raises(ConfigError, match=r"nothere\.toml: configuration file not found; create one with 'evidence init'"):
        load_settings(tmp_path / "nothere.toml")


def test_invalid_toml_names_the_file(tmp_path: Path):
    path = write_config(tmp_path, "[pubmed\nemail = 1\n")
    with pytest.raises(ConfigError, match=r"config\.toml: not valid TOML"):
        load_settings(path)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('[pubmed]\nemail = "a@b.org"\nbatchsize = 5\n', r"pubmed\.batchsize: unknown key"),
        ('[pubmed]\nemail = "a@b.org"\n[surprise]\nx = 1\n', r"surprise: unknown key"),
        ("[database]\nurl = 'sqlite:///x'\n", r"pubmed: required key is missing"),
        ('[pubmed]\nemail = "not-an-address"\n', r"pubmed\.email: .*e-mail address"),
        ('[pubmed]\nemail = "a@b.org"\nbatch_size = "many"\n', r"pubmed\.batch_size: .*integer"),
        ('[pubmed]\nemail = "a@b.org"\nbatch_size = 0\n', r"pubmed\.batch_size: .*greater than or equal to 1"),
        ('[pubmed]\nemail = "a@b.org"\neutils_url = "ftp://mirror/eutils"\n', r"pubmed\.eutils_url: .*http\(s\) URL"),
        ('[pubmed]\nemail = "a@b.org"\nstart_date = "last year"\n', r"pubmed\.start_date: .*date"),
        ('[pubmed]\nemail = "a@b.org"\n[schedule]\nrefresh = "every day"\n', r"schedule\.refresh: .*cron expression"),
        ('[pubmed]\nemail = "a@b.org"\n[schedule]\ntimezone = "Mars/Olympus"\n', r"schedule\.timezone: .*IANA time zone"),
        ('[pubmed]\nemail = "a@b.org"\n[email]\nsecurity = "tls"\n', r"email\.security: .*'starttls', 'ssl' or 'none'"),
        ('[pubmed]\nemail = "a@b.org"\n[email]\nport = 70000\n', r"email\.port: .*less than or equal to 65535"),
        ('[pubmed]\nemail = "a@b.org"\n[digest]\nrecipients = "all@x.org"\n', r"digest\.recipients: .*list"),
    ],
)
def test_bad_values_name_file_key_and_expectation(tmp_path: Path, body: str, expected: str):
    path = write_config(tmp_path, body)
    with pytest.raises(ConfigError, match=expected) as info:
        load_settings(path)
    assert str(path.resolve()) in str(info.value)
    assert "\n" not in str(info.value)


def test_secrets_come_from_the_named_environment_variables(tmp_path: Path, monkeypatch):
    path = write_config(tmp_path, '[pubmed]\nemail = "a@b.org"\napi_key_env = "MY_NCBI_KEY"\n'
                                  '[email]\npassword_env = "MY_SMTP_PW"\n')
    settings = load_settings(path)
    monkeypatch.delenv("MY_NCBI_KEY", raising=False)
    assert settings.api_key() is None
    monkeypatch.setenv("MY_NCBI_KEY", "sekrit-key")
    monkeypatch.setenv("MY_SMTP_PW", "sekrit-pw")
    assert settings.api_key() == "sekrit-key"
    assert settings.smtp_password() == "sekrit-pw"
    assert "sekrit" not in repr(settings)


def test_evidence_config_env_var_selects_the_file(tmp_path: Path, monkeypatch):
    path = write_config(tmp_path)
    monkeypatch.setenv("EVIDENCE_CONFIG", str(path))
    assert load_settings().config_path == path.resolve()
