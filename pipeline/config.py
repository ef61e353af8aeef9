"""Typed settings, loaded once from `config.toml` and validated at start-up.

No other module reads the configuration file or the environment: they receive `Settings`.
Relative paths in the file resolve against the file's own folder. Secrets are never stored
here, only the *names* of the environment variables that hold them; `Settings.api_key()` and
`Settings.smtp_password()` read them when needed.
"""

from __future__ import annotations

import os
import tomllib
from datetime import date
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.errors import ConfigError

NCBI_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
CONFIG_ENV_VAR = "EVIDENCE_CONFIG"
DEFAULT_CONFIG_NAME = "config.toml"

DEFAULT_QUERY = (
    '("lupus erythematosus, systemic"[MeSH Terms] OR "systemic lupus"[tiab] OR '
    '"lupus nephritis"[tiab] OR SLE[tiab]) AND ("stem cell"[tiab] OR "stem cells"[tiab] OR '
    '"mesenchymal"[tiab] OR "stromal cell"[tiab] OR "hematopoietic stem cell transplantation"[MeSH Terms] OR '
    'HSCT[tiab] OR "bone marrow transplantation"[tiab] OR "CAR-T"[tiab] OR "CAR T"[tiab] OR '
    '"chimeric antigen receptor"[tiab] OR "cell therapy"[tiab] OR "cell-based therapy"[tiab] OR '
    '"regulatory T cell"[tiab] OR "CAR-NK"[tiab])'
)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PubmedSettings(_Section):
    query: str = DEFAULT_QUERY
    email: str = Field(min_length=3)
    tool: str = Field(default="evidence-watch", pattern=r"^\S+$")
    api_key_env: str = "NCBI_API_KEY"
    eutils_url: str = NCBI_EUTILS_URL
    batch_size: int = Field(default=500, ge=1, le=10_000)
    start_date: date = date(2000, 1, 1)
    overlap_days: int = Field(default=3, ge=0, le=365)
    timeout_seconds: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=6, ge=0, le=50)
    backoff_seconds: float = Field(default=2.0, ge=0)
    max_backoff_seconds: float = Field(default=120.0, ge=0)
    search_cap: int = Field(default=9_999, ge=1)

    @field_validator("eutils_url")
    @classmethod
    def _url(cls, value: str) -> str:
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError("expected an http(s) URL such as " + NCBI_EUTILS_URL)
        return value if value.endswith("/") else value + "/"

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if "@" not in value:
            raise ValueError("expected the e-mail address NCBI may contact, e.g. you@example.org")
        return value


class DatabaseSettings(_Section):
    url: str = "sqlite:///db/evidence.sqlite"


class DigestSettings(_Section):
    out_dir: Path = Path("digests")
    recipients: list[str] = []
    title: str = "SLE cell-therapy evidence watch"


class EmailSettings(_Section):
    host: str = "localhost"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: str = "EVIDENCE_SMTP_PASSWORD"
    sender: str = "evidence-watch@localhost"
    timeout_seconds: float = Field(default=30.0, gt=0)


class ScheduleSettings(_Section):
    refresh: str = "0 5 * * *"
    digest: str = "0 7 * * mon"
    timezone: str = "UTC"
    misfire_grace_seconds: int = Field(default=6 * 3600, ge=1)

    @field_validator("refresh", "digest")
    @classmethod
    def _cron(cls, value: str) -> str:
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value, timezone="UTC")
        except ValueError as exc:
            raise ValueError(f"expected a 5-field cron expression like '0 5 * * *' ({exc})") from exc
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError("expected an IANA time zone such as 'Europe/Berlin' or 'UTC'") from exc
        return value


class BaselineSettings(_Section):
    document: Path = Path("db/baseline/stem-cell-therapy-sle.txt")
    claims: Path = Path("db/baseline/claims.toml")


class Settings(_Section):
    """Everything the pipeline needs to run, validated."""

    pubmed: PubmedSettings
    database: DatabaseSettings = DatabaseSettings()
    digest: DigestSettings = DigestSettings()
    email: EmailSettings = EmailSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    baseline: BaselineSettings = BaselineSettings()
    config_path: Path | None = None

    @property
    def base_dir(self) -> Path:
        return self.config_path.parent if self.config_path else Path.cwd()

    def api_key(self) -> str | None:
        """The NCBI API key from the environment variable the config names, if set."""
        return os.environ.get(self.pubmed.api_key_env) or None

    def smtp_password(self) -> str | None:
        """The SMTP password from the environment variable the config names, if set."""
        return os.environ.get(self.email.password_env) or None


def _resolve_paths(raw: dict, base_dir: Path) -> dict:
    """Make relative file paths and SQLite URLs absolute against the config's folder."""
    digest = raw.get("digest")
    if isinstance(digest, dict) and isinstance(digest.get("out_dir"), str):
        digest["out_dir"] = str((base_dir / digest["out_dir"]).resolve())
    baseline = raw.get("baseline")
    if isinstance(baseline, dict):
        for key in ("document", "claims"):
            if isinstance(baseline.get(key), str):
                baseline[key] = str((base_dir / baseline[key]).resolve())
    database = raw.get("database")
    if isinstance(database, dict) and isinstance(database.get("url"), str):
        database["url"] = resolve_sqlite_url(database["url"], base_dir)
    return raw


def resolve_sqlite_url(url: str, base_dir: Path) -> str:
    """`sqlite:///relative/path` → absolute path under `base_dir`; other URLs unchanged."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        return prefix + str((base_dir / url[len(prefix):]).resolve())
    return url


def default_config_path() -> Path:
    """`$EVIDENCE_CONFIG` if set, else `./config.toml`."""
    return Path(os.environ.get(CONFIG_ENV_VAR) or DEFAULT_CONFIG_NAME)


def _describe(error: dict) -> str:
    key = ".".join(str(part) for part in error["loc"])
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown key (check its spelling against config.toml's comments)"
    elif error["type"] == "missing":
        message = "required key is missing"
    return f"{key}: {message}"


def settings_from_dict(raw: dict, *, base_dir: Path, source: str = "<config>") -> Settings:
    """Validate a parsed TOML table into `Settings`; ConfigError names file and key."""
    raw = _resolve_paths(dict(raw), base_dir)
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise ConfigError(f"{source}: {_describe(first)}{more}") from None


def load_settings(path: Path | str | None = None) -> Settings:
    """Read and validate the configuration file (default: `default_config_path()`)."""
    config_path = Path(path) if path is not None else default_config_path()
    if not config_path.is_file():
        raise ConfigError(
            f"{config_path}: configuration file not found; create one with "
            f"'evidence init' or pass --config PATH"
        )
    try:
        raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{config_path}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{config_path}: cannot read ({exc})") from None
    config_path = config_path.resolve()
    raw["config_path"] = str(config_path)
    return settings_from_dict(raw, base_dir=config_path.parent, source=str(config_path))
