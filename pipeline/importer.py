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
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from os import PathLike
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from pipeline.errors import ConfigError, ParseError, StoreError
from pipeline.extraction_pool import (
    ImportWorkers,
    Split,
    big_enough,
    current_key,
    default_workers,
    result_or_none,
    split_records,
)
from pipeline.fetch.article import Article
from pipeline.fetch.pubmed_xml import iter_articles
from pipeline.store.articles import (
    ARTICLES,
    EXTRACTIONS,
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

# Files this size or larger (on disk) are parsed and extracted by worker processes; small
# imports (and the tests) never pay for starting them.
PARALLEL_MIN_BYTES = 1_000_000


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

    `workers`: processes that parse and extract files of PARALLEL_MIN_BYTES or more while this
    one stores (default: one per CPU; 0 or 1: everything in this process); see
    `pipeline.extraction_pool`. Results, counts and fault reports are the same either way. A
    custom `extractor` always runs in this process.
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
    version = extractor_version or current_extractor_version()

    def store(batch: list[Article], extract_with: Extractor | None = None,
              content_hashes: dict[str, str] | None = None) -> None:
        if not batch:
            return
        try:
            with session_scope(engine) as session:
                counts = store_articles(session=session, articles=batch, now=now,
                                        extractor=extract_with or extractor,
                                        extractor_version=extractor_version, notices=notices,
                                        content_hashes=content_hashes)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"{engine.url.render_as_string()}: could not write a batch of {len(batch)} records "
                f"(PMIDs {batch[0].pmid}…{batch[-1].pmid}): {exc.__class__.__name__}: "
                f"{getattr(exc, 'orig', None) or exc}; earlier batches are kept, re-run the import"
            ) from exc
        report.counts.merge(counts)

    def import_here(path: Path, result: FileResult, *, skip: int = 0) -> None:
        """Parse, extract and store in this process (after the first `skip` records)."""
        batch: list[Article] = []
        try:
            for index, article in enumerate(iter_articles(path)):
                if index < skip:
                    continue
                batch.append(article)
                result.records += 1
                if len(batch) >= batch_size:
                    store(batch)
                    batch = []
                    if progress:
                        progress(result.path, result.records)
        except ParseError as exc:
            result.error = exc
            log.info("%s", exc)
        store(batch)  # the complete records read before a fault are kept too
        if progress:
            progress(result.path, result.records)

    def import_with_workers(path: Path, result: FileResult, pool: ImportWorkers) -> None:
        """Workers parse and extract batches, in file order, while this process stores them."""
        split = Split()
        batches = split_records(path, batch_size, split)
        in_flight: deque = deque()
        failed = False
        try:
            for document, _count in batches:
                in_flight.append(pool.submit(document, str(path)))
                while len(in_flight) > pool.workers + 1 and not failed:
                    failed = not store_parsed(in_flight.popleft(), result)
                if failed:
                    break
            while in_flight and not failed:
                failed = not store_parsed(in_flight.popleft(), result)
        finally:
            batches.close()
            for future in in_flight:
                future.cancel()
        if failed or not split.complete:
            # Something the workers could not do: parse the rest here, faults reported as usual.
            import_here(path, result, skip=result.records)

    def store_parsed(future, result: FileResult) -> bool:
        parsed = result_or_none(future)
        if parsed is None or parsed.error is not None:
            return False
        store(parsed.articles, parsed.extractor(fallback=extractor_or_default), parsed.content_hashes())
        result.records += len(parsed.articles)
        if progress:
            progress(result.path, result.records)
        return True

    try:
        for path in checked:
            result = FileResult(path=str(path))
            report.files.append(result)
            pool = (_start_workers(engine, pool_size, version)
                    if pool_size > 1 and big_enough(path, PARALLEL_MIN_BYTES) else None)
            if pool is None:
                import_here(path, result)
                continue
            with pool:
                import_with_workers(path, result, pool)
    except BaseException as exc:
        _finish_run(engine, report, started=now, elapsed=time.monotonic() - started,
                    error=f"{exc.__class__.__name__}: {exc}")
        raise
    error = "; ".join(str(e) for e in report.errors) or None
    _finish_run(engine, report, started=now, elapsed=time.monotonic() - started, error=error)
    return report


def extractor_or_default(article: Article):
    """The installed extractor (imported on first use, as `store_articles` does)."""
    from pipeline.extract import extract

    return extract(article)


def _start_workers(engine: Engine, workers: int, version: str) -> ImportWorkers | None:
    """Workers that know which articles the store holds now, with this content and version."""
    current: set[bytes] = set()
    query = (select(ARTICLES.c.pmid, ARTICLES.c.content_hash)
             .select_from(ARTICLES.join(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id))
             .where(ARTICLES.c.deleted.is_(False), EXTRACTIONS.c.extractor_version == version))
    with engine.connect() as connection:
        for pmid, content_hash in connection.execute(query):
            current.add(current_key(pmid, content_hash))
    try:
        return ImportWorkers(workers, current=frozenset(current))
    except (OSError, ValueError) as exc:
        log.warning("cannot start %d import processes (%s); importing in this process", workers, exc)
        return None


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
