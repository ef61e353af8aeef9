"""Fixtures for the report tests: settings over a temporary store, and study builders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.config import settings_from_dict
from pipeline.extract.model import Evidence, Extraction, Outcome
from pipeline.report.claims import read_baseline
from pipeline.report.evidence import StudyEvidence
from pipeline.store.engine import open_store

REPO_ROOT = Path(__file__).resolve().parents[2]
BASELINE_DIR = REPO_ROOT / "db" / "baseline"


def make_settings(folder: Path, **sections):
    """Settings with the repository's baseline copied into `folder` and a SQLite store there."""
    baseline = folder / "baseline"
    if not baseline.exists():
        shutil.copytree(BASELINE_DIR, baseline)
    raw = {
        "pubmed": {"email": "t@example.org", "query": "lupus AND stem cell"},
        "database": {"url": f"sqlite:///{folder / 'evidence.sqlite'}"},
        "digest": {"out_dir": str(folder / "digests"), "recipients": ["committee@example.org"]},
        "baseline": {"document": str(baseline / "stem-cell-therapy-sle.txt"),
                     "claims": str(baseline / "claims.toml")},
    }
    for name, values in sections.items():
        raw.setdefault(name, {}).update(values)
    return settings_from_dict(raw, base_dir=folder)


def write_mail_config(folder: Path, port: int, security: str = "none", **email: str) -> Path:
    """A config.toml in `folder` mailing to 127.0.0.1:`port`; `email` adds quoted [email] keys."""
    make_settings(folder)  # copies the baseline
    extra = "".join(f'{key} = "{value}"\n' for key, value in email.items())
    path = folder / "config.toml"
    path.write_text(f"""
[pubmed]
email = "t@example.org"
[database]
url = "sqlite:///evidence.sqlite"
[digest]
out_dir = "digests"
recipients = ["chair@example.org"]
[email]
host = "127.0.0.1"
port = {port}
security = "{security}"
timeout_seconds = 5
{extra}[baseline]
document = "baseline/stem-cell-therapy-sle.txt"
claims = "baseline/claims.toml"
""", encoding="utf-8")
    return path


@pytest.fixture
def settings(tmp_path: Path):
    return make_settings(tmp_path)


@pytest.fixture
def engine(settings):
    engine = open_store(settings.database.url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def claims():
    baseline = read_baseline(BASELINE_DIR / "stem-cell-therapy-sle.txt", BASELINE_DIR / "claims.toml")
    return baseline.claims_by_id


def study(pmid: str = "100", *, text: str = "", title: str = "A study", evidence: dict | None = None,
          outcomes: dict | None = None, is_human: bool = True, retracted: bool = False,
          notices: tuple[str, ...] = (), year: int | None = 2025, **fields) -> StudyEvidence:
    """A StudyEvidence with an extraction built from keyword fields (relevant by default)."""
    fields.setdefault("relevant", True)
    if "therapies" in fields:
        fields["therapies"] = tuple(fields["therapies"])
    extraction = Extraction(
        extractor_version="test",
        outcomes={m: (o if isinstance(o, Outcome) else Outcome(rate=o[0] / o[1], k=o[0], n=o[1]))
                  for m, o in (outcomes or {}).items()},
        evidence={k: Evidence(text=v, start=0, end=len(v)) for k, v in (evidence or {}).items()},
        **fields)
    return StudyEvidence(pmid=pmid, extraction=extraction, title=title, text=f"{title} {text}",
                         year=year, is_human=is_human, retracted=retracted, retraction_notices=notices)
