"""`StudyEvidence`: one stored article with its extraction, as the flag rules and pooling read it.

The rules are pure (`flags.py`, `pooling.py`); `load_studies` is the thin store adapter that
builds these from the articles / extractions / outcomes tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo

from sqlalchemy import Text, and_, cast, or_, select
from sqlmodel import Session

from pipeline.extract.model import Evidence, Extraction, Outcome

NO_EXTRACTION = "none"
_IN_CHUNK = 900  # PMIDs per IN (...) query, under every backend's bound-parameter limit


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
    claims: frozenset[str] = field(default_factory=frozenset)

    @property
    def cue_text(self) -> str:
        """`text` with a line break after the title (same offsets), so cues stay in sentences."""
        cut = len(self.title)
        if self.text[cut:cut + 1] == " ":
            return self.text[:cut] + "\n" + self.text[cut + 1:]
        return self.text

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


def extraction_from_records(row, outcomes: Sequence, *, with_evidence: bool = True) -> Extraction:
    """Rebuild the `Extraction` of an `ExtractionRecord` and its `OutcomeRecord`s (without the
    evidence sentences when `with_evidence` is false or the row has none)."""
    return Extraction(
        extractor_version=row.extractor_version, relevant=row.relevant, design=row.design,
        phase=row.phase, therapies=tuple(row.therapies or ()), msc_source=row.msc_source,
        lupus_nephritis=row.lupus_nephritis, pediatric=row.pediatric, refractory=row.refractory,
        n_patients=row.n_patients, n_studies=row.n_studies, follow_up_months=row.follow_up_months,
        dose_cells_per_kg=row.dose_cells_per_kg,
        outcomes={o.measure: Outcome(rate=o.rate, k=o.k, n=o.n) for o in outcomes},
        retracted=row.retracted, new_guideline=row.new_guideline,
        evidence={name: Evidence(text=e["text"], start=e["start"], end=e["end"])
                  for name, e in ((row.evidence if with_evidence else None) or {}).items()
                  if isinstance(e, dict)})


def _day(moment, tz: tzinfo | None) -> date | None:
    """The calendar day of a stored (UTC) timestamp, in `tz` when given."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        if tz is not None and moment.tzinfo is not None:
            moment = moment.astimezone(tz)
        return moment.date()
    return moment


def load_studies(session: Session, *, tz: tzinfo | None = None, details: bool = True,
                 only=None) -> list[StudyEvidence]:
    """Every stored, non-deleted article with its extraction and linked claims, by PMID.

    `first_seen` and `updated` become calendar days in `tz` (the digest's time zone). With
    `details=False` the abstract (`text` holds only the title) and the evidence sentences are
    left out: what pooling and the period need, for a store of any size; `with_details` adds
    them for the few studies a digest quotes. `only`: an SQL condition on the articles and
    extractions tables selecting the studies to load (retraction links are always read in
    full). Read with Core, column by column, so a 100,000-article store is not turned into ORM
    objects (bench/RESULTS.md).
    """
    from pipeline.store.models import ArticleClaimLink, ArticleRecord, ExtractionRecord, OutcomeRecord

    articles_table = ArticleRecord.__table__
    extractions_table = ExtractionRecord.__table__
    connection = session.connection()
    article_columns = [articles_table.c[name] for name in (
        "id", "pmid", "title", "journal", "year", "entrez_date", "first_seen", "updated_at",
        "publication_types", "mesh_terms", "retracted")]
    # Nearly always empty: read as text, decoded only when not "[]".
    article_columns.append(cast(articles_table.c.retraction_of, Text).label("retraction_of_json"))
    if details:
        article_columns.append(articles_table.c.abstract)
    joined = articles_table.outerjoin(extractions_table, extractions_table.c.article_id == articles_table.c.id)
    live = articles_table.c.deleted == False  # noqa: E712
    chosen = live if only is None else and_(live, only)
    articles = connection.execute(select(*article_columns).select_from(joined).where(chosen)).all()
    extraction_columns = [column for column in extractions_table.c
                          if details or column.name != "evidence"]
    extraction_query = select(*extraction_columns)
    outcome_query = select(OutcomeRecord.__table__)
    link_table = ArticleClaimLink.__table__
    link_query = select(link_table.c.article_id, link_table.c.claim_id)
    if only is not None:
        extraction_query = extraction_query.select_from(joined).where(chosen)
        outcome_query = outcome_query.where(OutcomeRecord.__table__.c.extraction_id.in_(
            select(extractions_table.c.id).select_from(joined).where(chosen)))
        link_query = link_query.where(link_table.c.article_id.in_(
            select(articles_table.c.id).select_from(joined).where(chosen)))
    # .all() fetches in one call; iterating a result fetches row by row.
    extractions = {row.article_id: row for row in connection.execute(extraction_query).all()}
    outcomes: dict[int, list] = {}
    for outcome in connection.execute(outcome_query).all():
        outcomes.setdefault(outcome.extraction_id, []).append(outcome)
    links: dict[int, set[str]] = {}
    for article_id, claim_id in connection.execute(link_query).all():
        links.setdefault(article_id, set()).add(claim_id)
    notices = retraction_links(session)
    studies = []
    for article in sorted(articles, key=lambda a: (len(a.pmid), a.pmid)):
        row = extractions.get(article.id)
        extraction = (extraction_from_records(row, outcomes.get(row.id, []), with_evidence=details)
                      if row is not None else Extraction(extractor_version=NO_EXTRACTION))
        retraction_notices = tuple(sorted(notices.get(article.pmid, ()), key=lambda p: (len(p), p)))
        retracted = bool(article.retracted or retraction_notices
                         or "Retracted Publication" in (article.publication_types or ()))
        title = article.title or ""
        studies.append(StudyEvidence(
            pmid=article.pmid, extraction=extraction, title=title,
            text=f"{title} {article.abstract or ''}" if details else title, journal=article.journal,
            year=article.year, entrez_date=article.entrez_date, first_seen=_day(article.first_seen, tz),
            updated=_day(article.updated_at, tz), publication_types=tuple(article.publication_types or ()),
            is_human=is_human_study(extraction.design, article.mesh_terms or ()), retracted=retracted,
            retraction_notices=retraction_notices, retracts=_pmids(article.retraction_of_json),
            claims=frozenset(links.get(article.id, ()))))
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
    for pmid, retraction_in, retraction_of in linked:
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


def msc_dose_candidates(session: Session, *, tz: tzinfo | None = None) -> list[DoseCandidate]:
    """Every study the MSC dose table could list, by PMID, read without building studies."""
    from pipeline.store.models import ArticleRecord, ExtractionRecord

    articles_table = ArticleRecord.__table__
    extractions_table = ExtractionRecord.__table__
    notices = retraction_links(session)
    rows = session.connection().execute(
        select(articles_table.c.pmid, articles_table.c.entrez_date, articles_table.c.first_seen,
               articles_table.c.retracted, articles_table.c.publication_types, articles_table.c.mesh_terms,
               extractions_table.c.design, extractions_table.c.therapies, extractions_table.c.dose_cells_per_kg)
        .select_from(articles_table.join(extractions_table, extractions_table.c.article_id == articles_table.c.id))
        .where(articles_table.c.deleted == False, extractions_table.c.relevant.is_(True),  # noqa: E712
               extractions_table.c.dose_cells_per_kg.is_not(None),
               cast(extractions_table.c.therapies, Text).like('%"msc"%'))).all()
    candidates = []
    for row in rows:
        if ("msc" not in (row.therapies or ()) or not is_human_study(row.design, row.mesh_terms or ())
                or row.retracted or row.pmid in notices
                or "Retracted Publication" in (row.publication_types or ())):
            continue
        candidates.append(DoseCandidate(pmid=row.pmid, dose_cells_per_kg=row.dose_cells_per_kg,
                                        known_since=row.entrez_date or _day(row.first_seen, tz)))
    return sorted(candidates, key=lambda c: (len(c.pmid), c.pmid))


def _pmids(text: str | None) -> tuple[str, ...]:
    if not text or text == "[]":
        return ()
    return tuple(str(p) for p in json.loads(text))


def with_details(session: Session, studies: Iterable[StudyEvidence]) -> dict[str, StudyEvidence]:
    """PMID → the study with its abstract (`text`) and evidence sentences read from the store."""
    from pipeline.store.models import ArticleRecord, ExtractionRecord

    articles_table = ArticleRecord.__table__
    extractions_table = ExtractionRecord.__table__
    wanted = {study.pmid: study for study in studies}
    pmids = list(wanted)
    connection = session.connection()
    found: dict[str, StudyEvidence] = {}
    for start in range(0, len(pmids), _IN_CHUNK):
        rows = connection.execute(
            select(articles_table.c.pmid, articles_table.c.title, articles_table.c.abstract,
                   extractions_table.c.evidence)
            .select_from(articles_table.outerjoin(
                extractions_table, extractions_table.c.article_id == articles_table.c.id))
            .where(articles_table.c.pmid.in_(pmids[start:start + _IN_CHUNK])))
        for pmid, title, abstract, evidence in rows:
            study = wanted[pmid]
            extraction = study.extraction
            if evidence is not None and extraction.extractor_version != NO_EXTRACTION:
                extraction = replace(extraction, evidence={
                    name: Evidence(text=e["text"], start=e["start"], end=e["end"])
                    for name, e in evidence.items() if isinstance(e, dict)})
            found[pmid] = replace(study, text=f"{title or ''} {abstract or ''}", extraction=extraction)
    return found
