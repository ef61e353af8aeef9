"""Store functions for articles and their extractions: upsert, re-extract, export, status.

All functions take keyword-only arguments and a `session` whose transaction the caller owns
(`pipeline.store.engine.session_scope`). Bulk work goes through SQLAlchemy Core on the
session's connection: one SELECT per batch for what is stored, `executemany` INSERT/UPDATE
for the rest, no per-row ORM flush.

Upsert rules (`store_articles`), per PMID:
- not stored → **new**: article, extraction and outcomes inserted;
- stored, same `content_hash`, not deleted and extracted by the current extractor version
  → **unchanged** (nothing written);
- stored, same hash but extracted by another extractor version (or never) → **reextracted**:
  the article row is kept, its extraction and outcomes are redone;
- stored, different hash (PubMed revised it) or previously deleted → **updated**: the row is
  replaced in place (same id, `first_seen` kept) and its extraction redone;
- a `DeleteCitation` PMID that is stored → **deleted** (row kept, `deleted=True`, left out
  of exports); one that is not stored → skipped;
- an older `PMID Version` than the stored one → skipped.
A retraction notice (`retraction_of`) marks the articles it retracts `retracted=True` (and their
extraction), whether they are stored already, in the same batch, or imported later. Retraction
is sticky: a later record without the marker does not clear it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Text, bindparam, cast, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from pipeline.extract.model import Evidence, Extraction, Outcome
from pipeline.fetch.article import AbstractSection, Article
from pipeline.store.engine import safe_url
from pipeline.store.models import (
    ArticleRecord,
    ExtractionRecord,
    OutcomeRecord,
    RunRecord,
    WatermarkRecord,
)

ARTICLES = ArticleRecord.__table__
EXTRACTIONS = ExtractionRecord.__table__
OUTCOMES = OutcomeRecord.__table__
RUNS = RunRecord.__table__
WATERMARKS = WatermarkRecord.__table__

# Stay well under every backend's bound-parameter limit (SQLite: 32,766; older builds 999).
IN_CHUNK = 900

Extractor = Callable[[Article], Extraction]

EXPORT_KEYS = (
    "pmid", "title", "journal", "doi", "year", "entrez_date", "publication_types", "relevant",
    "design", "phase", "therapies", "msc_source", "lupus_nephritis", "pediatric", "refractory",
    "n_patients", "n_studies", "follow_up_months", "dose_cells_per_kg", "outcomes", "retracted",
    "new_guideline", "evidence", "abstract", "extractor_version",
)
# Extra keys `iter_export_records(extra=...)` may add (e.g. authors for RIS); not in the contract.
EXPORT_EXTRAS = ("authors", "keywords", "mesh_terms", "language", "is_book", "publication_date")


# --------------------------------------------------------------------------- counts

@dataclass
class StoreCounts:
    """What one or more `store_articles` calls did. `skipped` holds (PMID, reason)."""

    new: int = 0
    updated: int = 0
    reextracted: int = 0
    unchanged: int = 0
    deleted: int = 0
    retracted_marked: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def __add__(self, other: StoreCounts) -> StoreCounts:
        total = StoreCounts()
        total.merge(self)
        total.merge(other)
        return total

    def merge(self, other: StoreCounts) -> None:
        """Add `other`'s counts into this one."""
        self.new += other.new
        self.updated += other.updated
        self.reextracted += other.reextracted
        self.unchanged += other.unchanged
        self.deleted += other.deleted
        self.retracted_marked += other.retracted_marked
        self.skipped.extend(other.skipped)

    @property
    def records(self) -> int:
        """Records seen (every PMID counted once per call)."""
        return self.new + self.updated + self.reextracted + self.unchanged + self.deleted + len(self.skipped)

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.reextracted or self.deleted or self.retracted_marked)

    def as_dict(self) -> dict[str, int]:
        """JSON-ready numbers (for `runs.counts`)."""
        return {
            "new": self.new, "updated": self.updated, "reextracted": self.reextracted,
            "unchanged": self.unchanged, "deleted": self.deleted,
            "retracted_marked": self.retracted_marked, "skipped": len(self.skipped),
        }

    def summary(self) -> str:
        """"new N, updated N, unchanged N, skipped N" plus the rarer counts when not zero."""
        parts = [f"new {self.new}", f"updated {self.updated}", f"unchanged {self.unchanged}",
                 f"skipped {len(self.skipped)}"]
        if self.reextracted:
            parts.append(f"re-extracted {self.reextracted}")
        if self.deleted:
            parts.append(f"deleted {self.deleted}")
        if self.retracted_marked:
            parts.append(f"marked retracted {self.retracted_marked}")
        return ", ".join(parts)


# --------------------------------------------------------------------------- helpers

def current_extractor_version() -> str:
    """The version stamp of the extraction rules installed now."""
    from pipeline import extract as extract_package

    return extract_package.EXTRACTOR_VERSION


def _default_extractor() -> Extractor:
    from pipeline import extract as extract_package

    return extract_package.extract


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("`now` must be a timezone-aware datetime, e.g. datetime.now(UTC)")


def in_chunks(values: Sequence, size: int = IN_CHUNK) -> Iterator[Sequence]:
    """`values` in slices small enough for one `IN (...)` each."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _connection(session) -> Connection:
    return session.connection()


def article_row(article: Article, *, content_hash: str | None = None, raw_hash: str | None = None) -> dict:
    """The `articles` columns describing `article` (without id, timestamps or retracted flag).

    `raw_hash`: the digest of the XML bytes `article` was parsed from, when the importer knows
    it; None (stored as null) otherwise, so a row rewritten by a refresh never keeps the digest
    of bytes it no longer matches.
    """
    return {
        "pmid": article.pmid,
        "version": article.version,
        "title": article.title,
        "abstract": article.abstract,
        "abstract_sections": [
            {"text": s.text, "label": s.label, "category": s.category} for s in article.abstract_sections
        ],
        "journal": article.journal,
        "year": article.year,
        "publication_date": article.publication_date,
        "entrez_date": article.entrez_date,
        "revised_date": article.revised_date,
        "doi": article.doi,
        "publication_types": list(article.publication_types),
        "mesh_terms": list(article.mesh_terms),
        "keywords": list(article.keywords),
        "language": article.language,
        "authors": list(article.authors),
        "retraction_in": list(article.retraction_in),
        "retraction_of": list(article.retraction_of),
        "is_book": article.is_book,
        "deleted": article.deleted,
        "content_hash": content_hash or article.content_hash(),
        "raw_hash": raw_hash,
    }


def article_from_row(row: Mapping) -> Article:
    """Rebuild the `Article` a stored `articles` row was made from (inverse of `article_row`)."""
    return Article(
        pmid=row["pmid"],
        title=row["title"] or "",
        abstract_sections=tuple(
            AbstractSection(text=s["text"], label=s.get("label"), category=s.get("category"))
            for s in (row["abstract_sections"] or ())
        ),
        journal=row["journal"],
        year=row["year"],
        publication_date=row["publication_date"],
        entrez_date=row["entrez_date"],
        revised_date=row["revised_date"],
        doi=row["doi"],
        publication_types=tuple(row["publication_types"] or ()),
        mesh_terms=tuple(row["mesh_terms"] or ()),
        keywords=tuple(row["keywords"] or ()),
        language=row["language"],
        authors=tuple(row["authors"] or ()),
        retraction_in=tuple(row["retraction_in"] or ()),
        retraction_of=tuple(row["retraction_of"] or ()),
        version=row["version"],
        is_book=bool(row["is_book"]),
        deleted=bool(row["deleted"]),
    )


def _extraction_rows(extraction: Extraction, *, article_id: int, retracted: bool,
                     now: datetime) -> tuple[dict, list[dict]]:
    row = {
        "article_id": article_id,
        "extractor_version": extraction.extractor_version,
        "relevant": extraction.relevant,
        "design": extraction.design,
        "phase": extraction.phase,
        "therapies": list(extraction.therapies),
        "msc_source": extraction.msc_source,
        "lupus_nephritis": extraction.lupus_nephritis,
        "pediatric": extraction.pediatric,
        "refractory": extraction.refractory,
        "n_patients": extraction.n_patients,
        "n_studies": extraction.n_studies,
        "follow_up_months": extraction.follow_up_months,
        "dose_cells_per_kg": extraction.dose_cells_per_kg,
        "retracted": extraction.retracted or retracted,
        "new_guideline": extraction.new_guideline,
        "evidence": {name: evidence.to_dict() for name, evidence in extraction.evidence.items()},
        "created_at": now,
    }
    outcomes = [
        {"measure": measure, "k": outcome.k, "n": outcome.n, "rate": outcome.rate}
        for measure, outcome in extraction.outcomes.items()
    ]
    return row, outcomes


def _ids_by(connection: Connection, key, id_column, values: Sequence) -> dict:
    """`key` value → `id_column` of the rows whose `key` (a unique column) is among `values`.

    Bulk inserts are plain executemany calls, and the new ids are read back with this one
    indexed query per batch: with RETURNING, SQLAlchemy rewrites them into multi-row INSERTs
    row by row in Python, a quarter of the importer's own time for storing a new batch.
    """
    found: dict = {}
    for chunk in in_chunks(list(values)):
        found.update(connection.execute(select(key, id_column).where(key.in_(chunk))).all())
    return found


def _write_extractions(connection: Connection, pending: list[tuple[dict, list[dict]]]) -> None:
    """Insert extraction rows and their outcomes (matched to their extraction by article_id,
    which is unique per extraction)."""
    if not pending:
        return
    connection.execute(insert(EXTRACTIONS), [row for row, _ in pending])
    with_outcomes = [(row["article_id"], outcomes) for row, outcomes in pending if outcomes]
    if not with_outcomes:
        return
    extraction_ids = _ids_by(connection, EXTRACTIONS.c.article_id, EXTRACTIONS.c.id,
                             [article_id for article_id, _ in with_outcomes])
    connection.execute(insert(OUTCOMES), [
        {**outcome, "extraction_id": extraction_ids[article_id]}
        for article_id, outcomes in with_outcomes for outcome in outcomes])


def _drop_extractions(connection: Connection, article_ids: Sequence[int]) -> None:
    """Delete the extractions (and their outcomes) of these articles."""
    for chunk in in_chunks(list(article_ids)):
        extraction_ids = select(EXTRACTIONS.c.id).where(EXTRACTIONS.c.article_id.in_(chunk))
        connection.execute(delete(OUTCOMES).where(OUTCOMES.c.extraction_id.in_(extraction_ids)))
        connection.execute(delete(EXTRACTIONS).where(EXTRACTIONS.c.article_id.in_(chunk)))


class RetractionNotices:
    """The PMIDs that stored retraction notices retract, read from the store once.

    Reading them means scanning every article row (there is no index on `retraction_of`), so
    a caller storing many batches (the importer, a long refresh) keeps one of these and passes
    it to every `store_articles` call; `store_articles` adds the notices it stores.
    """

    def __init__(self) -> None:
        self._targets: set[str] | None = None

    def targets(self, connection: Connection) -> set[str]:
        if self._targets is None:
            notices = connection.execute(
                select(ARTICLES.c.retraction_of).where(cast(ARTICLES.c.retraction_of, Text) != "[]")
            ).scalars()
            self._targets = {pmid for retracted in notices for pmid in retracted or ()}
        return self._targets

    def add(self, pmids: Iterable[str]) -> None:
        if self._targets is not None:
            self._targets.update(pmids)


@dataclass(frozen=True, slots=True)
class _Stored:
    article_id: int
    content_hash: str
    version: int
    deleted: bool
    retracted: bool
    extractor_version: str | None
    raw_hash: str | None


def _load_stored(connection: Connection, pmids: Sequence[str]) -> dict[str, _Stored]:
    stored: dict[str, _Stored] = {}
    query = select(
        ARTICLES.c.pmid, ARTICLES.c.id, ARTICLES.c.content_hash, ARTICLES.c.version,
        ARTICLES.c.deleted, ARTICLES.c.retracted, EXTRACTIONS.c.extractor_version, ARTICLES.c.raw_hash,
    ).select_from(ARTICLES.outerjoin(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id))
    for chunk in in_chunks(list(pmids)):
        for pmid, *rest in connection.execute(query.where(ARTICLES.c.pmid.in_(chunk))):
            stored[pmid] = _Stored(*rest)
    return stored


def has_raw_hashes(connection: Connection) -> bool:
    """Whether any stored article has a raw hash (none before the first import since 0002)."""
    return connection.execute(
        select(ARTICLES.c.id).where(ARTICLES.c.raw_hash.is_not(None)).limit(1)).first() is not None


def current_raw_hashes(connection: Connection, pmids: Sequence[str], *,
                       extractor_version: str) -> dict[str, str]:
    """PMID → raw hash of the stored articles among `pmids` that `store_articles` would leave
    unchanged if given the same bytes again: not deleted and extracted by `extractor_version`."""
    found: dict[str, str] = {}
    # The version is compared here, not in WHERE: there SQLite would walk the extractions by
    # their (all equal) version instead of looking the PMIDs up.
    query = (select(ARTICLES.c.pmid, ARTICLES.c.raw_hash, EXTRACTIONS.c.extractor_version)
             .select_from(ARTICLES.join(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id))
             .where(ARTICLES.c.raw_hash.is_not(None), ARTICLES.c.deleted.is_(False)))
    for chunk in in_chunks(list(pmids)):
        for pmid, raw_hash, version in connection.execute(query.where(ARTICLES.c.pmid.in_(chunk))):
            if version == extractor_version:
                found[pmid] = raw_hash
    return found


# --------------------------------------------------------------------------- upsert

def store_articles(*, session, articles: Sequence[Article], now: datetime,
                   extractor: Extractor | None = None,
                   extractor_version: str | None = None,
                   notices: RetractionNotices | None = None,
                   content_hashes: Mapping[str, str] | None = None,
                   raw_hashes: Mapping[str, str] | None = None) -> StoreCounts:
    """Upsert `articles` by PMID, extracting new and revised ones (see the module docstring).

    `extractor` defaults to `pipeline.extract.extract`; `extractor_version` (default: its
    `EXTRACTOR_VERSION`) is what stored extractions must carry to count as current, so pass
    both when passing your own extractor. If the extractor raises on a record, that record is
    skipped with the reason and left unstored, so the next import retries it. Pass the same
    `notices` to every call of a multi-batch run (see `RetractionNotices`). `content_hashes`:
    `Article.content_hash()` by PMID where already computed (by import workers), else computed.
    `raw_hashes`: by PMID, the digest of the XML bytes the batch's record was parsed from (the
    importer's `articles.raw_hash`); stored with new and revised rows and added to unchanged ones.
    """
    _require_aware(now)
    extractor = extractor or _default_extractor()
    extractor_version = extractor_version or current_extractor_version()
    counts = StoreCounts()
    if not articles:
        return counts
    connection = _connection(session)

    # The last occurrence of a PMID in the batch wins (update files can list a PMID twice).
    latest: dict[str, Article] = {}
    for article in articles:
        latest.pop(article.pmid, None)
        latest[article.pmid] = article
    stored = _load_stored(connection, list(latest))

    present = [a for a in latest.values() if not a.deleted]
    notice_targets = {pmid for a in present for pmid in a.retraction_of}
    new_pmids = {a.pmid for a in present if a.pmid not in stored}
    notices = notices if notices is not None else RetractionNotices()
    retracted_by_stored_notice = notices.targets(connection) & new_pmids if new_pmids else set()

    inserts: list[dict] = []
    full_updates: list[dict] = []  # the whole row replaced (a revision)
    flag_updates: list[dict] = []  # only `retracted` changes
    deletions: list[int] = []
    redo_ids: list[int] = []  # articles whose extraction is replaced
    pending: list[tuple[str, Extraction, bool]] = []  # pmid, extraction, retracted
    raw_updates: list[dict] = []  # only `raw_hash` changes (content unchanged, digest now known)
    raw_hashes = raw_hashes or {}

    for article in latest.values():
        previous = stored.get(article.pmid)
        if article.deleted:
            if previous is None:
                counts.skipped.append((article.pmid, "deleted by PubMed and not in the store"))
            elif previous.deleted:
                counts.unchanged += 1
            else:
                deletions.append(previous.article_id)
            continue
        if previous is not None and article.version < previous.version:
            counts.skipped.append((
                article.pmid, f"version {article.version} is older than the stored version {previous.version}"))
            continue

        content_hash = (content_hashes or {}).get(article.pmid) or article.content_hash()
        marked_by_notice = article.pmid in notice_targets or article.pmid in retracted_by_stored_notice
        was_retracted = bool(previous and previous.retracted)
        retracted = article.is_retracted or marked_by_notice or was_retracted
        if previous is None:
            action = "new"
        elif previous.content_hash != content_hash or previous.deleted:
            action = "updated"
        elif previous.extractor_version != extractor_version or retracted != was_retracted:
            action = "reextracted"
        else:
            counts.unchanged += 1
            raw_hash = raw_hashes.get(article.pmid)
            if raw_hash is not None and raw_hash != previous.raw_hash:
                raw_updates.append({"b_id": previous.article_id, "raw_hash": raw_hash})
            continue

        # Extract before writing anything: a failing record is skipped, never half-written.
        try:
            extraction = extractor(article)
        except Exception as exc:  # noqa: BLE001 - one bad record must not sink the batch
            counts.skipped.append((
                article.pmid, f"extraction failed ({exc.__class__.__name__}: {exc}); please report this PMID"))
            continue
        pending.append((article.pmid, extraction, retracted))
        if marked_by_notice and not article.is_retracted and not was_retracted:
            counts.retracted_marked += 1

        if action == "new":
            row = article_row(article, content_hash=content_hash, raw_hash=raw_hashes.get(article.pmid))
            row.update(retracted=retracted, first_seen=now, updated_at=now)
            inserts.append(row)
            continue
        redo_ids.append(previous.article_id)
        if action == "updated":
            row = article_row(article, content_hash=content_hash, raw_hash=raw_hashes.get(article.pmid))
            row.update(retracted=retracted, updated_at=now, b_id=previous.article_id)
            full_updates.append(row)
            counts.updated += 1
        else:
            counts.reextracted += 1
            if retracted != was_retracted:
                flag_updates.append({"b_id": previous.article_id, "retracted": retracted, "updated_at": now})
            raw_hash = raw_hashes.get(article.pmid)
            if raw_hash is not None and raw_hash != previous.raw_hash:
                raw_updates.append({"b_id": previous.article_id, "raw_hash": raw_hash})

    ids: dict[str, int] = {pmid: entry.article_id for pmid, entry in stored.items()}
    if inserts:
        connection.execute(insert(ARTICLES), inserts)
        ids.update(_ids_by(connection, ARTICLES.c.pmid, ARTICLES.c.id, [row["pmid"] for row in inserts]))
        counts.new += len(inserts)
    by_id = update(ARTICLES).where(ARTICLES.c.id == bindparam("b_id"))
    if full_updates:
        connection.execute(by_id, full_updates)
    if flag_updates:
        connection.execute(by_id, flag_updates)
    if raw_updates:
        connection.execute(by_id, raw_updates)
    if deletions:
        connection.execute(by_id, [
            {"b_id": article_id, "deleted": True, "updated_at": now} for article_id in deletions])
        counts.deleted += len(deletions)

    _drop_extractions(connection, redo_ids)
    _write_extractions(connection, [
        _extraction_rows(extraction, article_id=ids[pmid], retracted=retracted, now=now)
        for pmid, extraction, retracted in pending
    ])

    notices.add(notice_targets)
    # Notices in this batch retract articles stored earlier (and not in this batch).
    outside = sorted(notice_targets - set(latest))
    if outside:
        counts.retracted_marked += _mark_retracted(connection, outside, now=now)
    return counts


def _mark_retracted(connection: Connection, pmids: Sequence[str], *, now: datetime) -> int:
    """Set `retracted` on the stored, not yet retracted articles among `pmids`; how many."""
    marked = 0
    for chunk in in_chunks(list(pmids)):
        article_ids = connection.execute(
            select(ARTICLES.c.id).where(ARTICLES.c.pmid.in_(chunk), ARTICLES.c.retracted.is_(False))
        ).scalars().all()
        if not article_ids:
            continue
        connection.execute(
            update(ARTICLES).where(ARTICLES.c.id.in_(article_ids)).values(retracted=True, updated_at=now))
        connection.execute(
            update(EXTRACTIONS).where(EXTRACTIONS.c.article_id.in_(article_ids)).values(retracted=True))
        marked += len(article_ids)
    return marked


# --------------------------------------------------------------------------- re-extraction

def reextract_all(*, session, now: datetime, extractor: Extractor | None = None,
                  extractor_version: str | None = None, batch_size: int = 500) -> int:
    """Redo every extraction whose version differs from the current one; how many were redone.

    Deleted articles are left alone. Works in batches of `batch_size` articles (by id) so
    memory stays flat; the caller's transaction covers the whole run.
    """
    _require_aware(now)
    extractor = extractor or _default_extractor()
    extractor_version = extractor_version or current_extractor_version()
    connection = _connection(session)
    redone = 0
    last_id = 0
    stale = (EXTRACTIONS.c.id.is_(None)) | (EXTRACTIONS.c.extractor_version != extractor_version)
    while True:
        rows = connection.execute(
            select(ARTICLES)
            .select_from(ARTICLES.outerjoin(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id))
            .where(ARTICLES.c.id > last_id, ARTICLES.c.deleted.is_(False), stale)
            .order_by(ARTICLES.c.id)
            .limit(batch_size)
        ).mappings().all()
        if not rows:
            return redone
        last_id = rows[-1]["id"]
        pending = []
        for row in rows:
            extraction = extractor(article_from_row(row))
            pending.append(_extraction_rows(extraction, article_id=row["id"], retracted=row["retracted"],
                                            now=now))
        _drop_extractions(connection, [row["id"] for row in rows])
        _write_extractions(connection, pending)
        redone += len(rows)


# --------------------------------------------------------------------------- export

def _extraction_record(row: Mapping, outcomes: Mapping[str, Outcome]) -> dict:
    if row["extraction_id"] is None:
        return Extraction(extractor_version="").to_record()
    return Extraction(
        extractor_version=row["extractor_version"],
        relevant=bool(row["relevant"]),
        design=row["design"],
        phase=row["phase"],
        therapies=tuple(row["therapies"] or ()),
        msc_source=row["msc_source"],
        lupus_nephritis=bool(row["lupus_nephritis"]),
        pediatric=bool(row["pediatric"]),
        refractory=row["refractory"],
        n_patients=row["n_patients"],
        n_studies=row["n_studies"],
        follow_up_months=row["follow_up_months"],
        dose_cells_per_kg=row["dose_cells_per_kg"],
        outcomes=outcomes,
        retracted=bool(row["extraction_retracted"]),
        new_guideline=bool(row["new_guideline"]),
        evidence={name: Evidence(text=e["text"], start=e["start"], end=e["end"])
                  for name, e in (row["evidence"] or {}).items()},
    ).to_record()


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def iter_export_records(*, session, batch_size: int = 1000,
                        extra: Sequence[str] = ()) -> Iterator[dict]:
    """Yield DESIGN.md's export record for every stored, not deleted article, in PMID order.

    Streams: rows are fetched `batch_size` at a time with their outcomes. `entrez_date` is
    "YYYY-MM-DD" (the day the store first saw the article if PubMed gave none). `retracted` is
    true for a retracted publication and for a retraction notice. `extra` adds keys outside
    the contract (any of EXPORT_EXTRAS), e.g. ("authors",) for RIS.
    """
    unknown = set(extra) - set(EXPORT_EXTRAS)
    if unknown:
        raise ValueError(f"unknown extra export keys {sorted(unknown)}; choose from {EXPORT_EXTRAS}")
    connection = _connection(session)
    query = (
        select(
            ARTICLES,
            EXTRACTIONS.c.id.label("extraction_id"),
            EXTRACTIONS.c.extractor_version, EXTRACTIONS.c.relevant, EXTRACTIONS.c.design,
            EXTRACTIONS.c.phase, EXTRACTIONS.c.therapies, EXTRACTIONS.c.msc_source,
            EXTRACTIONS.c.lupus_nephritis, EXTRACTIONS.c.pediatric, EXTRACTIONS.c.refractory,
            EXTRACTIONS.c.n_patients, EXTRACTIONS.c.n_studies, EXTRACTIONS.c.follow_up_months,
            EXTRACTIONS.c.dose_cells_per_kg, EXTRACTIONS.c.retracted.label("extraction_retracted"),
            EXTRACTIONS.c.new_guideline, EXTRACTIONS.c.evidence,
        )
        .select_from(ARTICLES.outerjoin(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id))
        .where(ARTICLES.c.deleted.is_(False))
        # PMIDs are digit strings: shorter sorts first, so this is numeric order.
        .order_by(func.length(ARTICLES.c.pmid), ARTICLES.c.pmid)
    )
    result = connection.execution_options(yield_per=batch_size).execute(query).mappings()
    for rows in result.partitions():
        extraction_ids = [row["extraction_id"] for row in rows if row["extraction_id"] is not None]
        outcomes: dict[int, dict[str, Outcome]] = {}
        for chunk in in_chunks(extraction_ids):
            for extraction_id, measure, k, n, rate in connection.execute(
                select(OUTCOMES.c.extraction_id, OUTCOMES.c.measure, OUTCOMES.c.k, OUTCOMES.c.n,
                       OUTCOMES.c.rate).where(OUTCOMES.c.extraction_id.in_(chunk))
                .order_by(OUTCOMES.c.extraction_id, OUTCOMES.c.id)
            ):
                outcomes.setdefault(extraction_id, {})[measure] = Outcome(rate=rate, k=k, n=n)
        for row in rows:
            yield _export_record(row, outcomes.get(row["extraction_id"], {}), extra)


def _export_record(row: Mapping, outcomes: Mapping[str, Outcome], extra: Sequence[str]) -> dict:
    extraction = _extraction_record(row, outcomes)
    publication_types = list(row["publication_types"] or ())
    is_notice = bool(row["retraction_of"]) or "Retraction of Publication" in publication_types
    record = {
        "pmid": row["pmid"],
        "title": row["title"] or "",
        "journal": row["journal"],
        "doi": row["doi"],
        "year": row["year"],
        "entrez_date": _iso(row["entrez_date"]) or _iso(row["first_seen"]),
        "publication_types": publication_types,
        "relevant": extraction["relevant"],
        "design": extraction["design"],
        "phase": extraction["phase"],
        "therapies": extraction["therapies"],
        "msc_source": extraction["msc_source"],
        "lupus_nephritis": extraction["lupus_nephritis"],
        "pediatric": extraction["pediatric"],
        "refractory": extraction["refractory"],
        "n_patients": extraction["n_patients"],
        "n_studies": extraction["n_studies"],
        "follow_up_months": extraction["follow_up_months"],
        "dose_cells_per_kg": extraction["dose_cells_per_kg"],
        "outcomes": extraction["outcomes"],
        "retracted": bool(row["retracted"] or extraction["retracted"] or is_notice),
        "new_guideline": extraction["new_guideline"],
        "evidence": extraction["evidence"],
        "abstract": row["abstract"] or "",
        "extractor_version": extraction["extractor_version"],
    }
    for key in extra:
        value = row[key]
        record[key] = list(value) if isinstance(value, (list, tuple)) else value
    return record


# --------------------------------------------------------------------------- status

@dataclass(frozen=True)
class RunSummary:
    kind: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    counts: dict
    error: str | None


@dataclass(frozen=True)
class WatermarkSummary:
    name: str
    value: date
    updated_at: datetime


@dataclass(frozen=True)
class StoreStatus:
    """What `evidence status` shows."""

    database: str
    articles: int
    relevant: int
    retracted: int
    deleted: int
    books: int
    extractor_version: str
    stale_extractions: int
    latest_entrez_date: date | None
    by_design: dict[str, int]
    by_therapy: dict[str, int]
    last_runs: list[RunSummary]
    watermarks: list[WatermarkSummary]


def database_location(session) -> str:
    """The store's URL with any password hidden."""
    return safe_url(session.get_bind().url)


def store_status(*, session, runs: int = 5, extractor_version: str | None = None) -> StoreStatus:
    """Counts (relevant articles by design and by therapy), last runs, watermarks, location."""
    extractor_version = extractor_version or current_extractor_version()
    connection = _connection(session)
    live = ARTICLES.c.deleted.is_(False)
    joined = ARTICLES.join(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id)

    def count(query) -> int:
        return connection.execute(query).scalar_one() or 0

    articles = count(select(func.count()).select_from(ARTICLES).where(live))
    relevant = live & EXTRACTIONS.c.relevant.is_(True)
    by_design = dict(connection.execute(
        select(EXTRACTIONS.c.design, func.count()).select_from(joined).where(relevant)
        .group_by(EXTRACTIONS.c.design).order_by(func.count().desc(), EXTRACTIONS.c.design)
    ).all())
    by_therapy: dict[str, int] = {}
    for therapies in connection.execute(select(EXTRACTIONS.c.therapies).select_from(joined).where(relevant)).scalars():
        for therapy in therapies or ():
            by_therapy[therapy] = by_therapy.get(therapy, 0) + 1
    by_therapy = dict(sorted(by_therapy.items(), key=lambda item: (-item[1], item[0])))
    stale = count(
        select(func.count()).select_from(
            ARTICLES.outerjoin(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id))
        .where(live, EXTRACTIONS.c.id.is_(None) | (EXTRACTIONS.c.extractor_version != extractor_version)))
    last_runs = [
        RunSummary(kind=r.kind, status=r.status, started_at=r.started_at, finished_at=r.finished_at,
                   counts=dict(r.counts or {}), error=r.error)
        for r in connection.execute(
            select(RUNS).order_by(RUNS.c.started_at.desc(), RUNS.c.id.desc()).limit(runs))
    ]
    watermarks = [
        WatermarkSummary(name=w.name, value=w.value, updated_at=w.updated_at)
        for w in connection.execute(select(WATERMARKS).order_by(WATERMARKS.c.name))
    ]
    return StoreStatus(
        database=database_location(session),
        articles=articles,
        relevant=sum(by_design.values()),
        retracted=count(select(func.count()).select_from(ARTICLES).where(live, ARTICLES.c.retracted.is_(True))),
        deleted=count(select(func.count()).select_from(ARTICLES).where(ARTICLES.c.deleted.is_(True))),
        books=count(select(func.count()).select_from(ARTICLES).where(live, ARTICLES.c.is_book.is_(True))),
        extractor_version=extractor_version,
        stale_extractions=stale,
        latest_entrez_date=connection.execute(
            select(func.max(ARTICLES.c.entrez_date)).where(live)).scalar_one(),
        by_design=by_design,
        by_therapy=by_therapy,
        last_runs=last_runs,
        watermarks=watermarks,
    )


def format_status(status: StoreStatus) -> str:
    """The human-readable `evidence status` report."""
    lines = [f"Database: {status.database}"]
    if status.articles == 0 and not status.last_runs:
        lines.append("Articles: 0 (empty store: run 'evidence refresh' or 'evidence import FILE...')")
    else:
        deleted = f"; {status.deleted} more deleted by PubMed" if status.deleted else ""
        lines.append(
            f"Articles: {status.articles} (relevant {status.relevant}, retracted {status.retracted}, "
            f"book chapters {status.books}{deleted})")
        if status.latest_entrez_date:
            lines.append(f"Newest Entrez date: {status.latest_entrez_date.isoformat()}")
    stale = (f"; {status.stale_extractions} extracted by older rules (run 'evidence reextract')"
             if status.stale_extractions else "")
    lines.append(f"Extractor: {status.extractor_version}{stale}")

    def tally(counts: dict[str, int]) -> str:
        return ", ".join(f"{name} {count}" for name, count in counts.items()) or "none"

    lines.append(f"Relevant by design: {tally(status.by_design)}")
    lines.append(f"Relevant by therapy: {tally(status.by_therapy)}")
    if status.watermarks:
        for mark in status.watermarks:
            lines.append(f"Watermark {mark.name}: {mark.value.isoformat()} "
                         f"(set {mark.updated_at:%Y-%m-%d %H:%M} UTC)")
    else:
        lines.append("Watermark: none yet (no refresh has completed)")
    if status.last_runs:
        lines.append("Last runs:")
        for run in status.last_runs:
            counts = ", ".join(f"{key} {value}" for key, value in run.counts.items()
                               if value and not isinstance(value, (dict, list)))
            line = f"  {run.started_at:%Y-%m-%d %H:%M} {run.kind} {run.status}"
            if counts:
                line += f": {counts}"
            if run.error:
                line += f" — {run.error}"
            lines.append(line)
    else:
        lines.append("Last runs: none")
    return "\n".join(lines)
