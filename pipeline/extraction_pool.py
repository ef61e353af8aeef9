"""Parsing and extraction in worker processes, for bulk imports of big files.

Parsing (~0.2 ms a record) and extraction (~0.4 ms) are pure and CPU-bound; storing is not and
must stay in one process (one writer, one transaction per batch). The importer therefore cuts
the decompressed XML into batches of whole records (`split_records`, a byte scan for the
records' end tags), and worker processes parse each batch with the same parser
(`iter_articles` on a small PubmedArticleSet document), hash each record and extract those
the store does not hold yet, while the importer stores the batches in file order. Small files
go through the same steps in the importer's own process (`InlineWorkers`).

Before any of that, the importer digests each record's bytes (`RawKeys`): a record whose
digest is the stored article's `raw_hash` (and whose extraction is current) was imported
from these very bytes, so it is counted unchanged without being parsed or sent anywhere.

Whatever the workers cannot do is done the ordinary way, so results never differ:
- a batch a worker cannot parse (damaged XML, a record without PMID, anything the byte scan
  got wrong), or a file the scan does not recognise, makes the importer parse the rest of the
  file itself, with the usual fault report (file, line, last PMID);
- a record the workers did not extract (or whose extraction could not be sent back) is
  extracted in the importer's process.

Workers are forked when this process runs a single thread (they never touch the inherited
database connection; SQLite locks are per process), and come from a fork server otherwise.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import multiprocessing
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from pipeline.errors import ParseError
from pipeline.extract import extract
from pipeline.extract.model import Evidence, Extraction, Outcome
from pipeline.fetch.article import AbstractSection, Article
from pipeline.fetch.pubmed_xml import GZIP_MAGIC, ROOT_TAG, iter_articles
from pipeline.forking import fork_is_safe

log = logging.getLogger(__name__)

_RECORD_END = re.compile(rb"</(?:PubmedArticle|PubmedBookArticle|DeleteCitation)>")
_ROOT_START = re.compile(rb"<" + ROOT_TAG.encode() + rb"(?:\s[^>]*)?>")
_ROOT_END = re.compile(rb"\s*</" + ROOT_TAG.encode() + rb">\s*\Z")
_BLOCK = 1 << 20
_RECORD_START = re.compile(rb"\s*(<)(?:PubmedArticle|PubmedBookArticle)[\s>]")
_RECORD_PMID = re.compile(rb"<PMID\b[^>]*>\s*(\d+)\s*</PMID>")
_FOOTER = b"</" + ROOT_TAG.encode() + b">\n"
_FIELDS = tuple(f.name for f in fields(Extraction))

# Set in each worker by the pool's initializer: what the store held when the pool started, as
# digests of (PMID, content hash) extracted by the current rules. Small bytes in a set: a
# 100,000-article store costs a few MB per worker, not a dict of tuples copied into each.
_CURRENT: frozenset[bytes] = frozenset()


def default_workers() -> int:
    """Worker processes to use: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --------------------------------------------------------------------------- splitting


@dataclass
class Split:
    """Batches of whole records cut from one file; `complete` once the file ended cleanly."""

    header: bytes = b""
    complete: bool = False


def split_records(path: str | os.PathLike, batch_size: int, split: Split) -> Iterator[list[bytes]]:
    """The records (each one's bytes, as in the file) of the file at `path`, `batch_size` at a time.

    `split.header` holds the bytes up to and including the root's start tag once the first
    batch is out; `batch_document(split.header, records)` makes a batch a document again.
    Stops early (with `split.complete` False) at anything unexpected: no recognisable root,
    or text after the last record other than the closing root tag (a cut-off file); the
    caller then parses the rest itself and reports the fault as usual.
    """
    with open(path, "rb") as raw:
        stream = gzip.GzipFile(fileobj=raw, mode="rb") if raw.peek(2)[:2] == GZIP_MAGIC else raw
        buffer = stream.read(_BLOCK)
        root = _ROOT_START.search(buffer)
        if root is None or b"<PubmedArticle" in buffer[:root.start()] or b"<DeleteCitation" in buffer[:root.start()]:
            return
        split.header = buffer[:root.end()]
        buffer = buffer[root.end():]
        pending: list[bytes] = []
        while True:
            position = 0
            for match in _RECORD_END.finditer(buffer):
                pending.append(buffer[position:match.end()])
                position = match.end()
                if len(pending) == batch_size:
                    yield pending
                    pending = []
            buffer = buffer[position:]
            more = stream.read(_BLOCK)
            if not more:
                break
            buffer += more
        if pending:
            yield pending
        split.complete = _ROOT_END.match(buffer) is not None


def batch_document(header: bytes, records: list[bytes]) -> bytes:
    """The PubmedArticleSet document holding `records` (cut by `split_records` after `header`)."""
    return header + b"".join(records) + _FOOTER


# --------------------------------------------------------------------------- raw digests

_PARSER_FINGERPRINT: bytes | None = None


def _parser_fingerprint() -> bytes:
    """A digest of what turns bytes into an `Article`: the parser's and Article's source, lxml.

    Part of every raw digest, so an upgrade that may parse the same bytes differently makes
    every stored raw hash unknown and the next import compares content hashes as before.
    """
    global _PARSER_FINGERPRINT
    if _PARSER_FINGERPRINT is None:
        from lxml import etree

        from pipeline.fetch import article as article_module
        from pipeline.fetch import pubmed_xml

        fingerprint = hashlib.sha256(repr((etree.LXML_VERSION, etree.LIBXML_VERSION)).encode())
        for module in (pubmed_xml, article_module):
            fingerprint.update(Path(module.__file__).read_bytes())
        _PARSER_FINGERPRINT = fingerprint.digest()
    return _PARSER_FINGERPRINT


class RawKeys:
    """Digests of the records of one file, as stored in `articles.raw_hash`.

    A digest covers the record's bytes (from its start tag to its end tag), the file's header
    (an internal DTD subset or a namespace there could change what the bytes mean) and the
    parser (`_parser_fingerprint`). Only PubmedArticle and PubmedBookArticle records get one;
    a DeleteCitation is always parsed.
    """

    def __init__(self, header: bytes) -> None:
        self._base = hashlib.sha256(_parser_fingerprint())
        self._base.update(hashlib.sha256(header).digest())

    def key(self, record: bytes) -> tuple[str, str] | None:
        """(PMID, digest) of a record, or None for a record that is not an article.

        The PMID is the first `<PMID>` in the record (MedlineCitation's or BookDocument's own,
        per the DTD); `parse_batch` only attaches a digest to an article whose parsed PMID
        agrees, so a record where it does not is simply never recognised.
        """
        start = _RECORD_START.match(record)
        if start is None:
            return None
        pmid = _RECORD_PMID.search(record, start.end())
        if pmid is None:
            return None
        digest = self._base.copy()
        # From the start tag on: the whitespace left over from the previous record is no part of it.
        digest.update(memoryview(record)[start.start(1):])
        return pmid.group(1).decode(), digest.hexdigest()[:32]


# --------------------------------------------------------------------------- workers


def current_key(pmid: str, content_hash: str) -> bytes:
    """The digest `ImportWorkers(current=...)` holds for a stored, current article."""
    return hashlib.blake2b(f"{pmid}\0{content_hash}".encode(), digest_size=12).digest()


def _by_fields(cls: type) -> Callable[[object], tuple]:
    names = tuple(f.name for f in fields(cls))

    def reduce(value: object) -> tuple:
        return cls, tuple([getattr(value, name) for name in names])

    return reduce


# Results come back pickled. Frozen slots dataclasses pickle through dataclasses' generic
# __getstate__/__setstate__, which call fields() for every object: a fifth of the importer's
# own time went into unpickling articles. Rebuilt from their field values through __init__,
# they make equal objects at a third of the cost (for multiprocessing's pickler only).
for _cls in (Article, AbstractSection, Outcome, Evidence):
    ForkingPickler.register(_cls, _by_fields(_cls))


def _init_worker(current: frozenset[bytes]) -> None:
    global _CURRENT
    _CURRENT = current


def _pack(extraction: Extraction) -> dict:
    """The extraction's fields, its read-only mappings as dicts (mappingproxy does not pickle)."""
    packed = {name: getattr(extraction, name) for name in _FIELDS}
    packed["outcomes"] = dict(extraction.outcomes)
    packed["evidence"] = dict(extraction.evidence)
    return packed


def parse_batch(header: bytes, records: list[bytes], name: str, *, extract_new: bool = True) -> ParsedBatch:
    """Parse a batch of records, hash each article and, with `extract_new`, extract those the
    store does not hold as they are (in a worker: see `ImportWorkers(current=...)`)."""
    try:
        articles = list(iter_articles(batch_document(header, records), source_name=name))
    except ParseError as exc:
        return ParsedBatch(error=str(exc))
    batch = ParsedBatch(articles=articles, raw_hashes=_raw_hashes(header, records, articles))
    for index, article in enumerate(articles):
        if article.deleted:
            continue
        content_hash = article.content_hash()
        batch.hashes[index] = content_hash
        if not extract_new or current_key(article.pmid, content_hash) in _CURRENT:
            continue
        try:
            batch.outcomes[index] = (True, _pack(extract(article)))
        except Exception as exc:  # noqa: BLE001 - the store decides what a failed record means
            batch.outcomes[index] = (False, exc)
    return batch


def _raw_hashes(header: bytes, records: list[bytes], articles: list[Article]) -> dict[str, str]:
    """PMID → raw digest of the record each article came from, last occurrence winning as in
    `store_articles`; empty unless the records' PMIDs match the parsed articles one for one."""
    keys = RawKeys(header)
    keyed = [key for key in map(keys.key, records) if key is not None]
    present = [article.pmid for article in articles if not article.deleted]
    if [pmid for pmid, _ in keyed] != present:
        return {}
    return dict(keyed)


@dataclass
class ParsedBatch:
    """A worker's answer: the articles, their content hashes, raw digests and extractions."""

    articles: list[Article] = field(default_factory=list)
    hashes: dict[int, str] = field(default_factory=dict)  # by position
    outcomes: dict[int, tuple[bool, dict | BaseException]] = field(default_factory=dict)  # by position
    raw_hashes: dict[str, str] = field(default_factory=dict)  # by PMID
    error: str | None = None

    def content_hashes(self) -> dict[str, str]:
        """PMID → content hash (of the PMID's last record in the batch, as the store keeps)."""
        return {self.articles[index].pmid: value for index, value in sorted(self.hashes.items())}

    def extractor(self, fallback: Callable[[Article], Extraction]) -> Callable[[Article], Extraction]:
        """An extractor for `store_articles`: the worker's extraction, else `fallback`."""
        by_id = {id(self.articles[index]): outcome for index, outcome in self.outcomes.items()}

        def from_worker(article: Article) -> Extraction:
            outcome = by_id.get(id(article))
            if outcome is None:
                return fallback(article)
            ok, value = outcome
            if ok:
                return Extraction(**value)  # type: ignore[arg-type]
            raise value  # type: ignore[misc]

        return from_worker


def _context():
    # fork is cheap and copies nothing up front; forking a multi-threaded process is unsafe, so
    # then a fork server (which re-imports the main module in each worker) is used instead.
    if fork_is_safe():
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.extraction_pool"])
    return context


class ImportWorkers:
    """A pool of parse-and-extract workers; use as a context manager."""

    def __init__(self, workers: int, *, current: frozenset[bytes] = frozenset()) -> None:
        """`current`: `current_key`s of the articles stored with this content and extracted by
        the current rules; the workers extract every other record."""
        if workers < 1:
            raise ValueError("an import pool needs at least one worker")
        self.workers = workers
        self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                                             initializer=_init_worker, initargs=(current,))

    @property
    def depth(self) -> int:
        """Batches to keep submitted ahead of the one being stored: enough to keep all busy."""
        return self.workers + 1

    def submit(self, header: bytes, records: list[bytes], name: str) -> Future:
        """Start parsing (and extracting) one batch; the future gives a ParsedBatch."""
        return self._executor.submit(parse_batch, header, records, name)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ImportWorkers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class InlineWorkers:
    """`ImportWorkers`' interface, parsing in this process when asked (small files, --workers 0);
    extraction is left to `store_articles`, which extracts only what it stores."""

    workers = 0
    depth = 0

    def submit(self, header: bytes, records: list[bytes], name: str) -> Future:
        future: Future = Future()
        future.set_result(parse_batch(header, records, name, extract_new=False))
        return future

    def close(self) -> None:
        pass

    def __enter__(self) -> InlineWorkers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def result_or_none(future: Future) -> ParsedBatch | None:
    """The batch, or None when the worker or the pool failed (the caller parses it itself)."""
    try:
        return future.result()
    except (BrokenExecutor, Exception) as exc:  # noqa: BLE001 - any failure: do it in-process
        log.warning("import worker failed (%s: %s); parsing in-process", exc.__class__.__name__, exc)
        return None


def big_enough(path: str | os.PathLike, threshold: int) -> bool:
    """Whether a file is worth the workers (its size on disk, compressed or not)."""
    try:
        return Path(path).stat().st_size >= threshold
    except OSError:
        return False


