"""`StudyEvidence`: one stored article with its extraction, as the flag rules and pooling read it.

The rules are pure (`flags.py`, `pooling.py`); `load_studies` is the thin store adapter that
builds these from the articles / extractions / outcomes tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from sqlmodel import Session, select

from pipeline.extract.model import Evidence, Extraction, Outcome

NO_EXTRACTION = "none"


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


def extraction_from_records(row, outcomes: Sequence) -> Extraction:
    """Rebuild the `Extraction` of an `ExtractionRecord` and its `OutcomeRecord`s."""
    return Extraction(
        extractor_version=row.extractor_version, relevant=row.relevant, design=row.design,
        phase=row.phase, therapies=tuple(row.therapies or ()), msc_source=row.msc_source,
        lupus_nephritis=row.lupus_nephritis, pediatric=row.pediatric, refractory=row.refractory,
        n_patients=row.n_patients, n_studies=row.n_studies, follow_up_months=row.follow_up_months,
        dose_cells_per_kg=row.dose_cells_per_kg,
        outcomes={o.measure: Outcome(rate=o.rate, k=o.k, n=o.n) for o in outcomes},
        retracted=row.retracted, new_guideline=row.new_guideline,
        evidence={name: Evidence(text=e["text"], start=e["start"], end=e["end"])
                  for name, e in (row.evidence or {}).items() if isinstance(e, dict)})


def _day(moment, tz: tzinfo | None) -> date | None:
    """The calendar day of a stored (UTC) timestamp, in `tz` when given."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        if tz is not None and moment.tzinfo is not None:
            moment = moment.astimezone(tz)
        return moment.date()
    return moment


def load_studies(session: Session, *, tz: tzinfo | None = None) -> list[StudyEvidence]:
    """Every stored, non-deleted article with its extraction and linked claims, by PMID.

    `first_seen` and `updated` become calendar days in `tz` (the digest's time zone).
    """
    from pipeline.store.models import ArticleClaimLink, ArticleRecord, ExtractionRecord, OutcomeRecord

    articles = session.exec(select(ArticleRecord).where(ArticleRecord.deleted == False)).all()  # noqa: E712
    extractions = {row.article_id: row for row in session.exec(select(ExtractionRecord))}
    outcomes: dict[int, list] = {}
    for outcome in session.exec(select(OutcomeRecord)):
        outcomes.setdefault(outcome.extraction_id, []).append(outcome)
    links: dict[int, set[str]] = {}
    for link in session.exec(select(ArticleClaimLink)):
        links.setdefault(link.article_id, set()).add(link.claim_id)
    # A notice names what it retracts; the retracted record names its notices. Either suffices.
    notices: dict[str, set[str]] = {}
    for article in articles:
        for notice in article.retraction_in or ():
            notices.setdefault(article.pmid, set()).add(str(notice))
        for target in article.retraction_of or ():
            notices.setdefault(str(target), set()).add(article.pmid)
    studies = []
    for article in sorted(articles, key=lambda a: (len(a.pmid), a.pmid)):
        row = extractions.get(article.id)
        extraction = (extraction_from_records(row, outcomes.get(row.id, [])) if row is not None
                      else Extraction(extractor_version=NO_EXTRACTION))
        retraction_notices = tuple(sorted(notices.get(article.pmid, ()), key=lambda p: (len(p), p)))
        retracted = bool(article.retracted or retraction_notices
                         or "Retracted Publication" in (article.publication_types or ()))
        studies.append(StudyEvidence(
            pmid=article.pmid, extraction=extraction, title=article.title or "",
            text=f"{article.title or ''} {article.abstract or ''}", journal=article.journal,
            year=article.year, entrez_date=article.entrez_date, first_seen=_day(article.first_seen, tz),
            updated=_day(article.updated_at, tz), publication_types=tuple(article.publication_types or ()),
            is_human=is_human_study(extraction.design, article.mesh_terms or ()), retracted=retracted,
            retraction_notices=retraction_notices, retracts=tuple(str(p) for p in article.retraction_of or ()),
            claims=frozenset(links.get(article.id, ()))))
    return studies
