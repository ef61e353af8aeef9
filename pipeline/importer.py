"""`evidence import FILE...`: PubMed XML files → parse → extract → upsert, batch by batch.

Each file is streamed (`pipeline.fetch.pubmed_xml.iter_articles`) and stored in batches of
`batch_size` records, one transaction per batch, so memory stays flat and a fault loses at
most the batch being written, never leaves half a row. When a file turns out bad (not XML,
cut off, wrong root, a record without PMID), the complete records read before the fault are
stored, the fault is reported with file and line, the remaining files are still imported,
and the run is recorded as failed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from os import PathLike
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from pipeline.errors import ConfigError, ParseError, StoreError
from pipeline.extraction_pool import ExtractionPool, PendingExtractions, default_workers
from pipeline.fetch.article import Article
from pipeline.fetch.pubmed_xml import iter_articles
from pipeline.store.articles import (
    ARTICLES,
    EXTRACTIONS,
    IN_CHUNK,
    Extractor,
    RetractionNotices,
    StoreCounts,
    current_extractor_version,
    store_articles,
)
from pipeline.store.engine import session_scope
from pipeline.store.models import RunRecord

log = logging.getLogger(__name__)

RUNS = RunRecord.__table__

Progress = Callable[[str, int], None]  # (file, records read so far in it)

# Records imported in this process before extraction moves to worker processes: small imports
# (and the tests) never pay for starting them.
PARALLEL_AFTER = 2_000


@dataclass
class FileResult:
    """One file's outcome: records read (before any fault) and the fault, if any."""

    path: str
    records: int = 0
    error: ParseError | None = None


@dataclass
class ImportReport:
    """What `import_files` did, summed over all files."""

    counts: StoreCounts = field(default_factory=StoreCounts)
    files: list[FileResult] = field(default_factory=list)
    run_id: int | None = None

    @property
    def errors(self) -> list[ParseError]:
        return [result.error for result in self.files if result.error is not None]

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    @property
    def records(self) -> int:
        return sum(result.records for result in self.files)

    def summary_lines(self, *, max_skipped: int = 20) -> list[str]:
        """What `evidence import` prints: per-file records, the counts, skipped reasons."""
        lines = [f"{result.path}: {result.records} record{'' if result.records == 1 else 's'}"
                 + (" (stopped at a fault)" if result.error else "")
                 for result in self.files]
        counts = self.counts
        if self.records and not counts.changed and not counts.skipped:
            lines.append(f"{counts.summary()}: nothing changed")
        else:
            lines.append(counts.summary())
        for pmid, reason in counts.skipped[:max_skipped]:
            lines.append(f"  skipped PMID {pmid}: {reason}")
        if len(counts.skipped) > max_skipped:
            lines.append(f"  … and {len(counts.skipped) - max_skipped} more skipped")
        return lines


def check_paths(paths: Sequence[str | PathLike]) -> list[Path]:
    """The paths as `Path`s; ConfigError (usage, exit 2) for one that is not a readable file."""
    checked = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise ConfigError(f"{path}: no such file; check the path")
        if not path.is_file():
            raise ConfigError(f"{path}: not a file; pass the PubMed XML files themselves")
        checked.append(path)
    if not checked:
        raise ConfigError("no file given; pass one or more PubMed XML files (.xml or .xml.gz)")
    return checked


def import_files(*, engine: Engine, paths: Sequence[str | PathLike], now: datetime,
                 batch_size: int = 500, progress: Progress | None = None,
                 extractor: Extractor | None = None,
                 extractor_version: str | None = None, workers: int | None = None) -> ImportReport:
    """Import PubMed XML files into the store; the run is recorded in `runs` (kind "import").

    Parse faults do not raise: they are in `report.files[i].error` (and `report.errors`), and
    the caller decides the exit code. A store failure raises StoreError after marking the run
    failed; batches committed before it stay.

    `workers`: extraction processes for big imports (default: one per CPU; 0 or 1: extract in
    this process). After the first PARALLEL_AFTER records, each batch is extracted by the pool
    while the previous one is stored (`pipeline.extraction_pool`); the results are the same.
    A custom `extractor` always runs in this process.
    """
    if batch_size < 1:
        raise ConfigError(f"--batch-size: {batch_size} is not a positive number of records")
    if workers is not None and workers < 0:
        raise ConfigError(f"--workers: {workers} is not zero or a positive number of processes")
    checked = check_paths(paths)
    started = time.monotonic()
    report = ImportReport()
    report.run_id = _start_run(engine, now=now)
    notices = RetractionNotices()  # read once per run, not once per batch
    pool_size = 0 if extractor is not None else (default_workers() if workers is None else workers)
    pool: ExtractionPool | None = None
    # (batch, its extractions under way, its file, records read from that file up to it)
    pending: tuple[list[Article], PendingExtractions, FileResult, int] | None = None

    def store(batch: list[Article], extract_with: Extractor | None = None) -> None:
        if not batch:
            return
        try:
            with session_scope(engine) as session:
                counts = store_articles(session=session, articles=batch, now=now,
                                        extractor=extract_with or extractor,
                                        extractor_version=extractor_version, notices=notices)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"{engine.url.render_as_string()}: could not write a batch of {len(batch)} records "
                f"(PMIDs {batch[0].pmid}…{batch[-1].pmid}): {exc.__class__.__name__}: "
                f"{getattr(exc, 'orig', None) or exc}; earlier batches are kept, re-run the import"
            ) from exc
        report.counts.merge(counts)

    def store_pending() -> None:
        nonlocal pending
        if pending is not None:
            batch, job, result, records = pending
            pending = None
            store(batch, job.extractor(fallback=extractor_or_default))
            if progress:
                progress(result.path, records)

    try:
        for path in checked:
            result = FileResult(path=str(path))
            report.files.append(result)
            batch: list[Article] = []
            try:
                for article in iter_articles(path):
                    batch.append(article)
                    result.records += 1
                    if len(batch) >= batch_size:
                        if pool is None and pool_size > 1 and report.records >= PARALLEL_AFTER:
                            pool = _start_pool(pool_size)
                            pool_size = pool_size if pool is not None else 0
                        if pool is None:
                            store(batch)
                            if progress:
                                progress(result.path, result.records)
                        else:
                            job = pool.submit(_to_extract(engine, batch, extractor_version))
                            store_pending()  # while the workers extract this batch
                            pending = (batch, job, result, result.records)
                        batch = []
            except ParseError as exc:
                result.error = exc
                log.info("%s", exc)
            store_pending()
            store(batch)  # the complete records read before a fault are kept too
            if progress:
                progress(result.path, result.records)
    except BaseException as exc:
        _finish_run(engine, report, started=now, elapsed=time.monotonic() - started,
                    error=f"{exc.__class__.__name__}: {exc}")
        raise
    finally:
        if pool is not None:
            pool.close()
    error = "; ".join(str(e) for e in report.errors) or None
    _finish_run(engine, report, started=now, elapsed=time.monotonic() - started, error=error)
    return report


def extractor_or_default(article: Article):
    """The installed extractor (imported on first use, as `store_articles` does)."""
    from pipeline.extract import extract

    return extract(article)


def _start_pool(workers: int) -> ExtractionPool | None:
    try:
        return ExtractionPool(workers)
    except (OSError, ValueError) as exc:
        log.warning("cannot start %d extraction processes (%s); extracting in this process", workers, exc)
        return None


def _to_extract(engine: Engine, batch: Sequence[Article], extractor_version: str | None) -> list[Article]:
    """The articles of `batch` to extract ahead: not stored yet, or extracted by other rules.

    The store also extracts revised records (same PMID, new content); those are rare in bulk and
    are left to the fallback, which extracts in this process, so no content hash is computed
    twice. Whatever this rule misses is extracted by the fallback, and what it sends in excess
    only costs a wasted extraction: the rule need not be exact.
    """
    version = extractor_version or current_extractor_version()
    pmids = list({article.pmid for article in batch})
    current: set[str] = set()
    # Only the PMIDs are constrained in SQL, so SQLite looks them up by the PMID index; a
    # condition on the extractor version would let it scan every extraction instead.
    query = (select(ARTICLES.c.pmid, ARTICLES.c.deleted, EXTRACTIONS.c.extractor_version)
             .select_from(ARTICLES.join(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id)))
    with engine.connect() as connection:
        for start in range(0, len(pmids), IN_CHUNK):
            for pmid, deleted, stored_version in connection.execute(
                    query.where(ARTICLES.c.pmid.in_(pmids[start:start + IN_CHUNK]))):
                if not deleted and stored_version == version:
                    current.add(pmid)
    return [article for article in batch if not article.deleted and article.pmid not in current]


def _start_run(engine: Engine, *, now: datetime) -> int:
    try:
        with session_scope(engine) as session:
            return session.connection().execute(
                insert(RUNS).returning(RUNS.c.id),
                {"kind": "import", "status": "running", "started_at": now, "counts": {}},
            ).scalar_one()
    except SQLAlchemyError as exc:
        raise StoreError(
            f"{engine.url.render_as_string()}: cannot record the import run ({exc.__class__.__name__}: "
            f"{getattr(exc, 'orig', None) or exc}); check the database URL and permissions") from exc


def _finish_run(engine: Engine, report: ImportReport, *, started: datetime, elapsed: float,
                error: str | None) -> None:
    counts = report.counts.as_dict()
    counts["records"] = report.records
    counts["files"] = len(report.files)
    try:
        with session_scope(engine) as session:
            session.connection().execute(
                update(RUNS).where(RUNS.c.id == report.run_id).values(
                    status="failed" if error else "ok",
                    finished_at=started + timedelta(seconds=elapsed),
                    counts=counts,
                    error=error,
                ))
    except SQLAlchemyError:
        log.exception("could not record the end of import run %s", report.run_id)
