"""`evidence demo`: the whole pipeline end to end, offline, in a folder of its own.

It needs no configuration and no network: it starts the loopback E-utilities server
(`pipeline.fetch.fake_eutils`) on the bundled corpus `pipeline/demo_data/corpus.xml` (42 of
our own dev-set records, see tests/build_demo_corpus.py), writes a config.toml pointing at it,
then runs the same library functions a real installation runs — `run_refresh` (search, fetch,
parse, extract, store) and `run_digest` (claims, flags, pooling, Markdown/JSON/HTML and forest
plots; nothing is mailed) — and reports where everything is.

The corpus covers Entrez dates 2024-01 to 2025-10; the demo refreshes all of it and writes
the digest of the last four months, so the store holds a history to pool over and the digest
shows what a committee would read after one such period.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from pipeline.config import load_settings
from pipeline.errors import ConfigError
from pipeline.paths import PACKAGE_DIR, default_baseline_dir

DEMO_CORPUS = PACKAGE_DIR / "demo_data" / "corpus.xml"
DEMO_EMAIL = "demo@example.org"
REFRESH_SINCE = date(2024, 1, 1)
REFRESH_UNTIL = date(2025, 10, 31)
DIGEST_SINCE = date(2025, 1, 1)
DIGEST_UNTIL = REFRESH_UNTIL

CONFIG_TEMPLATE = """\
# Written by `evidence demo`: the demo's own configuration (see config.toml in the repository,
# or `evidence init`, for a commented configuration to use for real).

[pubmed]
# The loopback E-utilities server `evidence demo` started on the bundled corpus. It stops when
# the demo ends (unless --keep): point this at NCBI (delete the line) to watch PubMed for real.
eutils_url = "{eutils_url}"
email = "{email}"
start_date = {start_date}
batch_size = 10
# No NCBI API key is sent to the demo server, even if NCBI_API_KEY is set.
api_key_env = "EVIDENCE_DEMO_NO_API_KEY"
timeout_seconds = 10.0
max_retries = 2
backoff_seconds = 0.2

[database]
url = "sqlite:///db/evidence.sqlite"

[digest]
out_dir = "digests"
recipients = []
title = "SLE cell-therapy evidence watch (demo)"

[baseline]
document = "db/baseline/stem-cell-therapy-sle.txt"
claims = "db/baseline/claims.toml"
"""


@dataclass(frozen=True)
class DemoFlag:
    claim: str
    severity: str
    basis: str
    pmids: tuple[str, ...]
    reason: str


@dataclass
class DemoResult:
    """What the demo did and where its files are."""

    folder: Path
    config_path: Path
    database: Path
    eutils_url: str
    corpus_records: int = 0
    fetched: int = 0
    requests: int = 0
    relevant: int = 0
    period: tuple[date, date] = (DIGEST_SINCE, DIGEST_UNTIL)
    new_articles: int = 0
    flags: list[DemoFlag] = field(default_factory=list)
    digest_paths: dict[str, Path] = field(default_factory=dict)
    plots: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    def summary_lines(self, *, max_flags: int = 8) -> list[str]:
        config = f"evidence --config {self.config_path}"
        lines = [
            f"Evidence watch demo in {self.folder} ({self.seconds:.1f} s, offline: loopback E-utilities "
            f"server at {self.eutils_url})",
            f"  refresh: fetched {self.fetched} of the {self.corpus_records} bundled PubMed records "
            f"in {self.requests} requests; {self.relevant} are relevant (cell therapy in SLE), "
            f"the rest is noise the extractor set aside",
            f"  digest {self.period[0].isoformat()} to {self.period[1].isoformat()}: "
            f"{self.new_articles} new articles, {len(self.flags)} flag(s) against the baseline",
        ]
        for flag in self.flags[:max_flags]:
            lines.append(f"    [{flag.severity}] {flag.claim} (PMID {', '.join(flag.pmids)}): {flag.reason}")
        if len(self.flags) > max_flags:
            lines.append(f"    … and {len(self.flags) - max_flags} more in the digest")
        lines.append("Where to look:")
        for label, key in (("digest (Markdown)", "md"), ("digest (HTML)", "html"), ("digest (JSON)", "json")):
            if key in self.digest_paths:
                lines.append(f"  {label:<18} {self.digest_paths[key]}")
        if self.plots:
            lines.append(f"  {'forest plots':<18} {', '.join(str(path) for path in self.plots)}")
        lines.append(f"  {'evidence store':<18} {self.database}")
        lines.append(f"  {'configuration':<18} {self.config_path}")
        lines.append("Try next:")
        lines.append(f"  {config} status")
        lines.append(f"  {config} export --format csv --out {self.folder / 'records.csv'}")
        lines.append("  evidence init ~/evidence --email you@example.org   # then edit it and run for real")
        return lines


def _prepare_folder(folder: Path | None) -> Path:
    if folder is None:
        return Path(tempfile.mkdtemp(prefix="evidence-demo-"))
    folder = Path(folder).expanduser()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ConfigError(f"--dir {folder}: exists and is not an empty folder; choose a new folder")
    folder.mkdir(parents=True, exist_ok=True)
    return folder.resolve()


def write_demo_config(folder: Path, *, eutils_url: str) -> Path:
    """The demo's config.toml and a copy of the default baseline in `folder`."""
    path = folder / "config.toml"
    path.write_text(CONFIG_TEMPLATE.format(eutils_url=eutils_url, email=DEMO_EMAIL,
                                           start_date=REFRESH_SINCE.isoformat()), encoding="utf-8")
    baseline = folder / "db" / "baseline"
    baseline.mkdir(parents=True, exist_ok=True)
    for source in default_baseline_dir().iterdir():
        if source.is_file():
            shutil.copyfile(source, baseline / source.name)
    return path


def _relevant_count(url: str) -> int:
    from sqlalchemy import func, select

    from pipeline.store.engine import open_store
    from pipeline.store.models import ExtractionRecord

    engine = open_store(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(
                select(func.count()).select_from(ExtractionRecord).where(ExtractionRecord.relevant)).scalar_one())
    finally:
        engine.dispose()


def run_demo(folder: Path | None = None, *, now: datetime,
             while_serving: Callable[[DemoResult], None] | None = None) -> DemoResult:
    """Run the demo in `folder` (default: a new temporary folder, kept afterwards).

    `while_serving` is called with the result while the loopback server still runs (the CLI
    prints the summary there and, with --keep, waits for Ctrl-C so the demo config can be used).
    """
    import time

    from pipeline.fetch.fake_eutils import Corpus, FakeEutils
    from pipeline.refresh import run_refresh
    from pipeline.report.job import run_digest

    started = time.monotonic()
    folder = _prepare_folder(folder)
    corpus = Corpus.from_pubmed_xml(DEMO_CORPUS.read_bytes())
    with FakeEutils(corpus) as server:
        config_path = write_demo_config(folder, eutils_url=server.url)
        settings = load_settings(config_path)
        result = DemoResult(folder=folder, config_path=config_path,
                            database=Path(settings.database.url.removeprefix("sqlite:///")),
                            eutils_url=server.url, corpus_records=len(corpus))
        report = run_refresh(settings, now=now, since=REFRESH_SINCE, until=REFRESH_UNTIL)
        result.fetched = report.new + report.updated
        result.requests = report.requests
        result.relevant = _relevant_count(settings.database.url)
        digest = run_digest(settings, now=now, since=DIGEST_SINCE, until=DIGEST_UNTIL, fmt="md")
        result.digest_paths = dict(digest.paths)
        result.new_articles = digest.new_articles
        data = json.loads(digest.paths["json"].read_text(encoding="utf-8"))
        result.flags = [DemoFlag(claim=flag["claim"], severity=flag["severity"], basis=flag["basis"],
                                 pmids=tuple(flag["pmids"]), reason=flag["reason"]) for flag in data["flags"]]
        result.plots = sorted(Path(settings.digest.out_dir).glob("*.png"))
        result.seconds = time.monotonic() - started
        if while_serving is not None:
            while_serving(result)
    return result
