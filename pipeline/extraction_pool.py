"""Extraction in worker processes, a batch ahead of the store, for bulk imports.

Extraction is pure and CPU-bound, and it is most of an import's time (on the benchmark corpus the
extractor takes about 0.6 ms a record, parsing 0.2 ms and storing 0.1 ms; bench/RESULTS.md).
For big files the importer therefore parses and stores in its own process while a pool of
worker processes extracts the next batch. Workers are forked when this process runs a single
thread (they never touch the inherited database connection; SQLite locks are per process), and
come from a fork server otherwise.

Results are matched to the very `Article` objects that were sent (by position), and anything
that did not come back (a worker died, a result could not be pickled) is simply extracted in
the importer's process, so the store's behaviour is the same with or without the pool.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import fields

from pipeline.extract import extract
from pipeline.extract.model import Extraction
from pipeline.fetch.article import Article

log = logging.getLogger(__name__)

# Articles per task: large enough that pickling overhead is small, small enough to spread a batch.
CHUNK = 125

Outcome = tuple[bool, "dict | BaseException"]


def default_workers() -> int:
    """Worker processes to use: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_FIELDS = tuple(f.name for f in fields(Extraction))


def _pack(extraction: Extraction) -> dict:
    """The extraction's fields, its read-only mappings as dicts (mappingproxy does not pickle)."""
    packed = {name: getattr(extraction, name) for name in _FIELDS}
    packed["outcomes"] = dict(extraction.outcomes)
    packed["evidence"] = dict(extraction.evidence)
    return packed


def extract_chunk(articles: Sequence[Article]) -> list[tuple[bool, dict | BaseException]]:
    """Runs in a worker: (True, packed extraction) or (False, the exception) per article."""
    results: list[tuple[bool, dict | BaseException]] = []
    for article in articles:
        try:
            results.append((True, _pack(extract(article))))
        except Exception as exc:  # noqa: BLE001 - the store decides what a failed record means
            results.append((False, exc))
    return results


class PendingExtractions:
    """Extractions of one batch under way; `extractor()` waits for them when first needed."""

    def __init__(self, articles: Sequence[Article], futures: list[tuple[Sequence[Article], Future]]) -> None:
        self._articles = list(articles)  # keeps the objects (and so their ids) alive
        self._futures = futures
        self._done: dict[int, Outcome] | None = None

    def _results(self) -> dict[int, Outcome]:
        if self._done is None:
            done: dict[int, Outcome] = {}
            for chunk, future in self._futures:
                try:
                    outcomes = future.result()
                except Exception as exc:  # noqa: BLE001 - a broken pool: extract these here instead
                    log.warning("extraction worker failed (%s: %s); extracting %d records in-process",
                                exc.__class__.__name__, exc, len(chunk))
                    continue
                for article, outcome in zip(chunk, outcomes, strict=True):
                    done[id(article)] = outcome
            self._done = done
        return self._done

    def extractor(self, fallback: Callable[[Article], Extraction] = extract) -> Callable[[Article], Extraction]:
        """An extractor for `store_articles`: the worker's result for an article sent, else `fallback`."""
        def from_pool(article: Article) -> Extraction:
            outcome = self._results().get(id(article))
            if outcome is None:
                return fallback(article)
            ok, value = outcome
            if ok:
                return Extraction(**value)  # type: ignore[arg-type]
            raise value  # type: ignore[misc]

        return from_pool


def _context():
    # fork is cheap and copies nothing up front; forking a multi-threaded process is unsafe, so
    # then a fork server (which re-imports the main module in each worker) is used instead.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.extraction_pool"])
    return context


class ExtractionPool:
    """A pool of extraction workers; use as a context manager."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError("an extraction pool needs at least one worker")
        self.workers = workers
        self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context())

    def submit(self, articles: Sequence[Article]) -> PendingExtractions:
        """Start extracting `articles`; returns at once. A broken pool leaves them to the fallback."""
        futures = []
        for start in range(0, len(articles), CHUNK):
            chunk = list(articles[start:start + CHUNK])
            try:
                futures.append((chunk, self._executor.submit(extract_chunk, chunk)))
            except (BrokenExecutor, RuntimeError) as exc:
                log.warning("extraction pool unusable (%s); extracting in-process", exc)
                break
        return PendingExtractions(articles, futures)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
