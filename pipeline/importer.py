"""`evidence import FILE...`: PubMed XML files → parse → extract → upsert, batch by batch.

Each file is streamed (`pipeline.fetch.pubmed_xml.iter_articles`) and stored in batches of
`batch_size` records, one transaction per batch, so memory stays flat and a fault loses at
most the batch being written, never leaves half a row. When a file turns out bad (not XML,
cut off, wrong root, a record without PMID), the complete records read before the fault are
stored, the fault is reported with file and line, the remaining files are still imported,
and the run is recorded as failed.

Every file is cut into batches of whole records by a byte scan (`pipeline.extraction_pool`).
A record whose bytes digest to the stored article's `raw_hash` (and whose extraction is by the
current rules) is counted unchanged without being parsed: re-importing an unchanged file costs
its decompression and hashing. The other records are parsed, hashed and extracted by worker
processes (big files) or here (small ones), and `store_articles` decides as always.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from os import PathLike
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from pipeline.errors import ConfigError, ParseError, StoreError
from pipeline.extraction_pool import (
    ImportWorkers,
    InlineWorkers,
    ParsedBatch,
    RawKeys,
    Split,
    big_enough,
    current_key,
    default_workers,
    parse_batch,
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
    current_raw_hashes,
    has_raw_hashes,
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
    """One file's outcome: records read (before any fault), of them those recognised unchanged
    by their bytes (never parsed), and the fault, if any."""

    path: str
    records: int = 0
    error: ParseError | None = None
    unparsed: int = 0


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
                 + (f" ({result.unparsed} unchanged byte for byte since the last import, not parsed)"
                    if result.unparsed else "")
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
              content_hashes: dict[str, str] | None = None, raw_hashes: dict[str, str] | None = None) -> None:
        if not batch:
            return
        try:
            with session_scope(engine) as session:
                counts = store_articles(session=session, articles=batch, now=now,
                                        extractor=extract_with or extractor,
                                        extractor_version=extractor_version, notices=notices,
                                        content_hashes=content_hashes, raw_hashes=raw_hashes)
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

    def import_batches(path: Path, result: FileResult, pool: _Pool) -> None:
        """Cut the file into batches of whole records; leave out the records stored from these
        very bytes, have `pool` parse (and extract) the rest, and store the batches in order."""
        split = Split()
        batches = split_records(path, batch_size, split)
        in_flight: deque[_Planned] = deque()
        planner: _Planner | None = None
        failed = False
        try:
            for records in batches:
                if planner is None:
                    planner = _Planner(engine, split.header, version)
                planned = planner.plan(records)
                if planned.todo:
                    planned.future = pool.get().submit(split.header, planned.todo, str(path))
                in_flight.append(planned)
                while len(in_flight) > pool.depth and not failed:
                    failed = not store_planned(in_flight.popleft(), in_flight, split.header, result)
                if failed:
                    break
            while in_flight and not failed:
                failed = not store_planned(in_flight.popleft(), in_flight, split.header, result)
        finally:
            batches.close()
            for planned in in_flight:
                if planned.future is not None:
                    planned.future.cancel()
        if failed or not split.complete:
            # Something the batches could not do: parse the rest here, faults reported as usual.
            import_here(path, result, skip=result.records)
        elif progress:
            progress(result.path, result.records)

    def store_planned(planned: _Planned, later: deque[_Planned], header: bytes, result: FileResult) -> bool:
        parsed = result_or_none(planned.future) if planned.future is not None else ParsedBatch()
        if parsed is None or parsed.error is not None:
            return False
        unparsed = planned.unparsed
        if unparsed and (planned.stale or unparsed & _touched(parsed.articles)):
            # A record left unparsed shares its PMID with another one parsed in this batch (or
            # one stored since the plan, or a notice retracts it): the order of the records
            # decides, so the whole batch is parsed here and stored the ordinary way.
            parsed = parse_batch(header, planned.records, result.path, extract_new=False)
            if parsed.error is not None:
                return False
            unparsed = set()
        store(parsed.articles, parsed.extractor(fallback=extractor or extractor_or_default),
              parsed.content_hashes(), parsed.raw_hashes)
        if unparsed:
            report.counts.merge(StoreCounts(unchanged=len(unparsed)))
        written = {article.pmid for article in parsed.articles}
        for other in later:
            if other.unparsed & written:
                other.stale = True
        result.records += len(parsed.articles) + len(unparsed)
        result.unparsed += len(unparsed)
        if progress:
            progress(result.path, result.records)
        return True

    try:
        for path in checked:
            result = FileResult(path=str(path))
            report.files.append(result)
            parallel = pool_size > 1 and big_enough(path, PARALLEL_MIN_BYTES)
            with _Pool(partial(_start_workers, engine, pool_size, version) if parallel else None) as pool:
                import_batches(path, result, pool)
    except BaseException as exc:
        _finish_run(engine, report, started=now, elapsed=time.monotonic() - started,
                    error=f"{exc.__class__.__name__}: {exc}")
        raise
    error = "; ".join(str(e) for e in report.errors) or None
    _finish_run(engine, report, started=now, elapsed=time.monotonic() - started, error=error)
    return report


@dataclass
class _Planned:
    """One batch of records on its way: those to parse, the PMIDs of those left unparsed."""

    todo: list[bytes]
    unparsed: set[str] = field(default_factory=set)
    records: list[bytes] | None = None  # the whole batch, kept while some records are unparsed
    future: Future | None = None
    stale: bool = False  # a batch stored after the plan wrote one of the unparsed PMIDs


class _Planner:
    """Which records of a file the store holds from these very bytes (`articles.raw_hash`)."""

    def __init__(self, engine: Engine, header: bytes, extractor_version: str) -> None:
        self._engine = engine
        self._version = extractor_version
        with engine.connect() as connection:
            self._keys = RawKeys(header) if has_raw_hashes(connection) else None

    def plan(self, records: list[bytes]) -> _Planned:
        if self._keys is None:  # a store without raw hashes (new, or imported before 0002)
            return _Planned(todo=records)
        keys = [self._keys.key(record) for record in records]
        seen = Counter(key[0] for key in keys if key is not None)
        # A PMID twice in one batch is left to the parser: the last record wins.
        candidates = [pmid for pmid, count in seen.items() if count == 1]
        if not candidates:
            return _Planned(todo=records)
        with self._engine.connect() as connection:
            stored = current_raw_hashes(connection, candidates, extractor_version=self._version)
        todo: list[bytes] = []
        unparsed: set[str] = set()
        for record, key in zip(records, keys, strict=True):
            if key is not None and seen[key[0]] == 1 and stored.get(key[0]) == key[1]:
                unparsed.add(key[0])
            else:
                todo.append(record)
        return _Planned(todo=todo, unparsed=unparsed, records=records if unparsed else None)


def _touched(articles: list[Article]) -> set[str]:
    """The PMIDs storing `articles` may change: their own and those their notices retract."""
    return {article.pmid for article in articles} | {
        pmid for article in articles if not article.deleted for pmid in article.retraction_of}


class _Pool:
    """Worker processes started on the first batch that needs parsing (none when every record
    is unchanged), or this process when `start` gives None."""

    def __init__(self, start: Callable[[], ImportWorkers | None] | None) -> None:
        self._start = start
        self._workers: ImportWorkers | InlineWorkers | None = None
        self.depth = 0  # batches waiting to be stored: none until some need parsing

    def get(self) -> ImportWorkers | InlineWorkers:
        if self._workers is None:
            self._workers = (self._start and self._start()) or InlineWorkers()
            self.depth = self._workers.depth
        return self._workers

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._workers is not None:
            self._workers.close()


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
