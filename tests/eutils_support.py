"""Helpers shared by the E-utilities client and refresh tests: settings pointing at a loopback
`FakeEutils`, a rate limiter that does not sleep, and a look into the store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from pipeline.config import Settings, settings_from_dict
from pipeline.fetch.eutils import EutilsClient, RateLimiter
from pipeline.refresh import RefreshReport, run_refresh
from pipeline.store.engine import open_store
from pipeline.store.models import ArticleRecord, RunRecord, WatermarkRecord

NOW = datetime(2025, 3, 10, 6, 0, tzinfo=UTC)
CORPUS_START = date(2025, 1, 6)

# Tiny budgets: a test that retries never waits more than a few milliseconds per retry.
FAST_PUBMED = {
    "email": "watch@example.org",
    "batch_size": 5,
    "start_date": "2025-01-01",
    "overlap_days": 3,
    "timeout_seconds": 0.5,
    "max_retries": 4,
    "backoff_seconds": 0.001,
    "max_backoff_seconds": 0.01,
    "api_key_env": "EVIDENCE_TEST_NCBI_KEY",
}


def make_settings(folder: Path, eutils_url: str, **pubmed: object) -> Settings:
    raw = {"pubmed": {**FAST_PUBMED, "eutils_url": eutils_url, **pubmed},
           "database": {"url": "sqlite:///evidence.sqlite"},
           "digest": {"out_dir": "digests"}}
    return settings_from_dict(raw, base_dir=folder)


def config_toml(eutils_url: str, **pubmed: object) -> str:
    """The same settings as a config.toml text (for CLI and subprocess tests)."""
    values = {**FAST_PUBMED, "eutils_url": eutils_url, **pubmed}
    lines = ["[pubmed]"]
    for key, value in values.items():
        if key == "start_date":
            lines.append(f"{key} = {value}")
        elif isinstance(value, str):
            lines.append(f'{key} = "{value}"')
        else:
            lines.append(f"{key} = {value}")
    lines += ["", "[database]", 'url = "sqlite:///evidence.sqlite"', "", "[digest]", 'out_dir = "digests"', ""]
    return "\n".join(lines)


def no_wait_limiter() -> RateLimiter:
    """Counts like the real limiter but never sleeps (the rate itself is tested separately)."""
    return RateLimiter(sleep=lambda _seconds: None)


def fast_client(settings: Settings, **options) -> EutilsClient:
    options.setdefault("limiter", no_wait_limiter())
    return EutilsClient.from_settings(settings, **options)


def refresh(settings: Settings, *, now: datetime = NOW, **options) -> RefreshReport:
    """run_refresh at `now` (NOW by default) with a client that never sleeps between retries."""
    options.setdefault("client", fast_client(settings))
    return run_refresh(settings, now=now, **options)


def stored_articles(settings: Settings) -> dict[str, ArticleRecord]:
    engine = open_store(settings.database.url)
    with engine.connect() as connection:
        rows = connection.execute(select(ArticleRecord)).all()
    engine.dispose()
    return {row.pmid: row for row in rows}


def runs(settings: Settings) -> list:
    engine = open_store(settings.database.url)
    with engine.connect() as connection:
        rows = connection.execute(select(RunRecord).order_by(RunRecord.id)).all()
    engine.dispose()
    return rows


def watermark(settings: Settings) -> date | None:
    engine = open_store(settings.database.url)
    with engine.connect() as connection:
        value = connection.execute(select(WatermarkRecord.value)).scalar()
    engine.dispose()
    return value
