"""`StudyEvidence`: one stored article with its extraction, as the flag rules and pooling read it.

The rules are pure (`flags.py`, `pooling.py`); `load_studies` is the thin store adapter that
builds these from the articles / extractions / outcomes tables.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import Text, and_, cast, func, or_, select
from sqlmodel import Session

from pipeline.extract.model import Evidence, Extraction, Outcome
from pipeline.report.claims import claims_for
from pipeline.store.articles import in_chunks

NO_EXTRACTION = "none"


def pmid_order(pmid: str) -> tuple[int, str]:
    """Sort key putting PMIDs in numeric order (shorter first), without converting them."""
    return (len(pmid), pmid)


@dataclass(frozen=True, slots=True)
class StudyEvidence:
    """A study as the rules see it: article facts, its extraction, retraction links."""

    pmid: str
    extraction: Extraction
    title: str = ""
    text: str = ""  # title + " " + abstract: the string evidence offsets point into
    journal: str | None = None
    year: int | None = None
    entrez_date: date | None = None
    first_seen: date | None = None
    updated: date | None = None
    publication_types: tuple[str, ...] = ()
    is_human: bool = True
    retracted: bool = False
    retraction_notices: tuple[str, ...] = ()  # PMIDs of the notices retracting this study
    retracts: tuple[str, ...] = ()  # set on a retraction notice: the PMIDs it retracts

    @property
    def cue_text(self) -> str:
        """`text` with a line break after the title (same offsets), so cues stay in sentences."""
        cut = len(self.title)
        if self.text[cut:cut + 1] == " ":
            return self.text[:cut] + "\n" + self.text[cut + 1:]
        return self.text

    @property
    def claims(self) -> frozenset[str]:
        """The baseline claims the study bears on (`claims_for` its extraction)."""
        return frozenset(claims_for(self.extraction))

    @property
    def design(self) -> str:
        return self.extraction.design

    @property
    def therapies(self) -> tuple[str, ...]:
        return self.extraction.therapies

    @property
    def is_retraction_notice(self) -> bool:
        return bool(self.retracts) or "Retraction of Publication" in self.publication_types

    @property
    def known_since(self) -> date | None:
        """The day PubMed (else our store) first had the record."""
        return self.entrez_date or self.first_seen


def is_human_study(design: str, mesh_terms: Iterable[str] = ()) -> bool:
    """Human unless preclinical, or indexed with MeSH "Animals" but not "Humans"."""
    if design == "preclinical":
        return False
    terms = set(mesh_terms)
    return not ("Animals" in terms and "Humans" not in terms)


_EXTRACTION_FIELDS = ("extractor_version", "relevant", "design", "phase", "msc_source", "lupus_nephritis",
                      "pediatric", "refractory", "n_patients", "n_studies", "follow_up_months",
                      "dose_cells_per_kg", "retracted", "new_guideline")


@functools.lru_cache(maxsize=4096)
def _json_tuple(text: str | None) -> tuple:
    """A stored JSON list as a tuple. Cached: therapies and publication types take few values."""
    if not text or text == "[]":
        return ()
    return tuple(json.loads(text))


def _json_pmids(text: str | None) -> tuple[str, ...]:
    """A stored JSON list of PMIDs as a tuple of strings."""
    return tuple(str(pmid) for pmid in _json_tuple(text))


def _mesh_human(design: str, mesh_json: str | None) -> bool:
    """`is_human_study` on MeSH terms stored as JSON text, without decoding it: the list holds
    the term "X" exactly when the text holds '"X"' (a quote inside a term is escaped)."""
    mesh = mesh_json or ""
    return is_human_study(design, [term for term in ("Animals", "Humans") if f'"{term}"' in mesh])


@functools.lru_cache(maxsize=8192)
def _stored_date(text: str | None) -> date | None:
    """A date column read as text ("YYYY-MM-DD"); cached, as a store holds few distinct days."""
    return date.fromisoformat(text) if text else None


@functools.lru_cache(maxsize=4096)
def _stored_day(text: str | None, tz: tzinfo | None) -> date | None:
    """The calendar day, in `tz` when given, of a timestamp column read as text (SQLite keeps
    UTC without an offset). `datetime.fromisoformat` is several times faster than the column
    type's own conversion, and the cache helps as a batch of records stored together shares
    one timestamp."""
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment.astimezone(tz) if tz is not None else moment).date()


def _by_ids(connection, query, column, ids: Sequence[int]):
    """Rows of `query` restricted to `column IN ids`, in chunks under the bound-parameter limit."""
    for chunk in in_chunks(ids):
        yield from connection.execute(query.where(column.in_(chunk))).all()


def _outcomes(connection, extraction_ids: Sequence[int],
              measures: Iterable[str] | None = None) -> dict[int, dict[str, Outcome]]:
    """Extraction id → measure → `Outcome`, for these extractions (only `measures`, if given)."""
    from pipeline.store.models import OutcomeRecord

    table = OutcomeRecord.__table__
    query = select(table.c.extraction_id, table.c.measure, table.c.rate, table.c.k, table.c.n)
    if measures is not None:
        query = query.where(table.c.measure.in_(sorted(set(measures))))
    outcomes: dict[int, dict[str, Outcome]] = {}
    for extraction_id, measure, rate, k, n in _by_ids(connection, query, table.c.extraction_id, extraction_ids):
        outcomes.setdefault(extraction_id, {})[measure] = Outcome(rate=rate, k=k, n=n)
    return outcomes


def load_studies(session: Session, *, tz: tzinfo | None = None, only=None,
                 notices: Mapping[str, set[str]] | None = None,
                 measures: Iterable[str] | None = None) -> list[StudyEvidence]:
    """Every stored, non-deleted article with its extraction, by PMID.

    Without the abstract (`text` holds only the title) and the evidence sentences: what pooling
    and the period need, for a store of any size; `with_details` adds them for the few studies
    a digest quotes. `first_seen` and `updated` become calendar days in `tz` (the digest's time
    zone). `only`: an SQL condition on the articles and extractions tables selecting the studies
    to load (retraction links are always read in full; pass `notices`, from `retraction_links`,
    when already read). `measures`: read only these outcomes (all when None): what pooling
    needs, for most of the studies; `with_details` reads all of them. Read with Core in one pass over the
    joined tables, JSON lists as text decoded through a cache, so a 100,000-article store is
    neither scanned three times nor turned into ORM objects (bench/RESULTS.md).
    """
    from pipeline.store.models import ArticleRecord, ExtractionRecord

    articles_table = ArticleRecord.__table__
    extractions_table = ExtractionRecord.__table__
    connection = session.connection()
    columns = [articles_table.c[name] for name in ("id", "pmid", "title", "journal", "year", "retracted")]
    columns += [cast(articles_table.c[name], Text).label(f"{name}_text")
                for name in ("entrez_date", "first_seen", "updated_at")]
    columns += [cast(articles_table.c[name], Text).label(f"{name}_json")
                for name in ("publication_types", "mesh_terms", "retraction_of")]
    columns += [extractions_table.c.id.label("extraction_id"),
                cast(extractions_table.c.therapies, Text).label("therapies_json")]
    columns += [extractions_table.c[name].label(f"x_{name}") for name in _EXTRACTION_FIELDS]  # last: see below
    joined = articles_table.outerjoin(extractions_table, extractions_table.c.article_id == articles_table.c.id)
    live = articles_table.c.deleted == False  # noqa: E712
    rows = connection.execute(
        select(*columns).select_from(joined).where(live if only is None else and_(live, only))
        .order_by(func.length(articles_table.c.pmid), articles_table.c.pmid)).all()
    outcomes = _outcomes(connection, [row.extraction_id for row in rows if row.extraction_id is not None],
                         measures)
    notices = retraction_links(session) if notices is None else notices
    studies = []
    for row in rows:
        if row.extraction_id is None:
            extraction = Extraction(extractor_version=NO_EXTRACTION)
        else:
            extraction = Extraction(
                therapies=_json_tuple(row.therapies_json), outcomes=outcomes.get(row.extraction_id, {}),
                **dict(zip(_EXTRACTION_FIELDS, row[-len(_EXTRACTION_FIELDS):], strict=True)))
        publication_types = _json_tuple(row.publication_types_json)
        linked = notices.get(row.pmid)
        retraction_notices = tuple(sorted(linked, key=pmid_order)) if linked else ()
        title = row.title or ""
        studies.append(StudyEvidence(
            pmid=row.pmid, extraction=extraction, title=title, text=title, journal=row.journal,
            year=row.year, entrez_date=_stored_date(row.entrez_date_text), first_seen=_stored_day(row.first_seen_text, tz),
            updated=_stored_day(row.updated_at_text, tz), publication_types=publication_types,
            is_human=_mesh_human(extraction.design, row.mesh_terms_json),
            retracted=bool(row.retracted or retraction_notices or "Retracted Publication" in publication_types),
            retraction_notices=retraction_notices, retracts=_json_pmids(row.retraction_of_json)))
    return studies


def retraction_links(session: Session) -> dict[str, set[str]]:
    """PMID → the PMIDs of the stored notices retracting it. A notice names what it retracts;
    the retracted record names its notices. Either suffices."""
    from pipeline.store.models import ArticleRecord

    articles_table = ArticleRecord.__table__
    notices: dict[str, set[str]] = {}
    linked = session.connection().execute(
        select(articles_table.c.pmid, articles_table.c.retraction_in, articles_table.c.retraction_of)
        .where(articles_table.c.deleted == False,  # noqa: E712
               or_(cast(articles_table.c.retraction_in, Text) != "[]",
                   cast(articles_table.c.retraction_of, Text) != "[]")))
    for pmid, retraction_in, retraction_of in linked.all():
        for notice in retraction_in or ():
            notices.setdefault(pmid, set()).add(str(notice))
        for target in retraction_of or ():
            notices.setdefault(str(target), set()).add(pmid)
    return notices


@dataclass(frozen=True, slots=True)
class DoseCandidate:
    """A relevant, human, non-retracted MSC study with a dose per kg (the MTD table's rows)."""

    pmid: str
    dose_cells_per_kg: float
    known_since: date | None


def msc_dose_candidates(session: Session, *, tz: tzinfo | None = None,
                        notices: Mapping[str, set[str]] | None = None) -> list[DoseCandidate]:
    """Every study the MSC dose table could list, by PMID, read without building studies
    (`notices`: `retraction_links`, when already read)."""
    from pipeline.store.models import ArticleRecord, ExtractionRecord

    articles_table = ArticleRecord.__table__
    extractions_table = ExtractionRecord.__table__
    notices = retraction_links(session) if notices is None else notices
    rows = session.connection().execute(
        select(articles_table.c.pmid, cast(articles_table.c.entrez_date, Text).label("entrez_date_text"),
               cast(articles_table.c.first_seen, Text).label("first_seen_text"),
               articles_table.c.retracted, cast(articles_table.c.publication_types, Text).label("types_json"),
               cast(articles_table.c.mesh_terms, Text).label("mesh_json"), extractions_table.c.design,
               cast(extractions_table.c.therapies, Text).label("therapies_json"),
               extractions_table.c.dose_cells_per_kg)
        .select_from(articles_table.join(extractions_table, extractions_table.c.article_id == articles_table.c.id))
        .where(articles_table.c.deleted == False, extractions_table.c.relevant.is_(True),  # noqa: E712
               extractions_table.c.dose_cells_per_kg.is_not(None),
               cast(extractions_table.c.therapies, Text).like('%"msc"%'))).all()
    candidates = []
    for row in rows:
        if ("msc" not in _json_tuple(row.therapies_json) or not _mesh_human(row.design, row.mesh_json)
                or row.retracted or row.pmid in notices or "Retracted Publication" in _json_tuple(row.types_json)):
            continue
        candidates.append(DoseCandidate(pmid=row.pmid, dose_cells_per_kg=row.dose_cells_per_kg,
                                        known_since=_stored_date(row.entrez_date_text) or _stored_day(row.first_seen_text, tz)))
    return sorted(candidates, key=lambda c: pmid_order(c.pmid))


def with_details(session: Session, studies: Iterable[StudyEvidence]) -> dict[str, StudyEvidence]:
    """PMID → the study with its abstract (`text`), evidence sentences and every outcome read
    from the store."""
    from pipeline.store.models import ArticleRecord, ExtractionRecord

    articles_table = ArticleRecord.__table__
    extractions_table = ExtractionRecord.__table__
    wanted = {study.pmid: study for study in studies}
    pmids = list(wanted)
    connection = session.connection()
    found: dict[str, StudyEvidence] = {}
    for chunk in in_chunks(pmids):
        rows = connection.execute(
            select(articles_table.c.pmid, articles_table.c.title, articles_table.c.abstract,
                   extractions_table.c.id, extractions_table.c.evidence)
            .select_from(articles_table.outerjoin(
                extractions_table, extractions_table.c.article_id == articles_table.c.id))
            .where(articles_table.c.pmid.in_(chunk))).all()
        outcomes = _outcomes(connection, [row.id for row in rows if row.id is not None])
        for pmid, title, abstract, extraction_id, evidence in rows:
            study = wanted[pmid]
            extraction = study.extraction
            if extraction_id is not None and extraction.extractor_version != NO_EXTRACTION:
                extraction = replace(extraction, outcomes=outcomes.get(extraction_id, {}), evidence={
                    name: Evidence(text=e["text"], start=e["start"], end=e["end"])
                    for name, e in (evidence or {}).items() if isinstance(e, dict)})
            found[pmid] = replace(study, text=f"{title or ''} {abstract or ''}", extraction=extraction)
    return found
