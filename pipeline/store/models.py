"""Table models of the evidence store.

Every schema change gets an Alembic revision under `db/migrations/versions/`
(`alembic revision --autogenerate` against these models); `evidence db upgrade` and every
start-up apply them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class ArticleRecord(SQLModel, table=True):
    """One PubMed record as last fetched or imported (PMID unique)."""

    __tablename__ = "articles"

    id: int | None = Field(default=None, primary_key=True)
    pmid: str = Field(index=True, unique=True, max_length=16)
    version: int = 1
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    abstract: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    abstract_sections: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    journal: str | None = None
    year: int | None = Field(default=None, index=True)
    publication_date: str | None = None
    entrez_date: date | None = Field(default=None, index=True)
    revised_date: date | None = None
    doi: str | None = None
    publication_types: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    mesh_terms: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    keywords: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    language: str | None = None
    authors: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    retraction_in: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    retraction_of: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    retracted: bool = Field(default=False, index=True)
    is_book: bool = False
    deleted: bool = False
    content_hash: str = Field(max_length=64)
    # Digest of the record's XML bytes as imported (`pipeline.extraction_pool.RawKeys`); null
    # when unknown (stored by a refresh, or before revision 0002). Only `evidence import` reads it.
    raw_hash: str | None = Field(default=None, max_length=32)
    first_seen: datetime = Field(index=True)
    updated_at: datetime = Field(index=True)


class ExtractionRecord(SQLModel, table=True):
    """The current extraction of one article (one row per article)."""

    __tablename__ = "extractions"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", unique=True, ondelete="CASCADE")
    extractor_version: str = Field(index=True)
    relevant: bool = Field(default=False, index=True)
    design: str = Field(default="other", index=True)
    phase: str | None = None
    therapies: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    msc_source: str | None = None
    lupus_nephritis: bool = False
    pediatric: bool = False
    refractory: bool | None = None
    n_patients: int | None = None
    n_studies: int | None = None
    follow_up_months: float | None = None
    dose_cells_per_kg: float | None = None
    retracted: bool = False
    new_guideline: bool = False
    evidence: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime


class OutcomeRecord(SQLModel, table=True):
    """One measured outcome (k of n, rate) of an extraction; pooled per claim."""

    __tablename__ = "outcomes"
    __table_args__ = (UniqueConstraint("extraction_id", "measure"),)

    id: int | None = Field(default=None, primary_key=True)
    extraction_id: int = Field(foreign_key="extractions.id", index=True, ondelete="CASCADE")
    measure: str = Field(index=True)
    k: int | None = None
    n: int | None = None
    rate: float


class BaselineRecord(SQLModel, table=True):
    """One version of the baseline document and its claims file."""

    __tablename__ = "baselines"

    id: int | None = Field(default=None, primary_key=True)
    version: str = Field(index=True, unique=True)
    document_hash: str
    claims_hash: str
    document_path: str
    document_text: str = Field(sa_column=Column(Text, nullable=False))
    loaded_at: datetime
    current: bool = Field(default=True, index=True)


class ClaimRecord(SQLModel, table=True):
    """A baseline claim (stable id from DESIGN.md) within one baseline version."""

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("baseline_id", "claim_id"),)

    id: int | None = Field(default=None, primary_key=True)
    baseline_id: int = Field(foreign_key="baselines.id", index=True, ondelete="CASCADE")
    claim_id: str = Field(index=True)
    statement: str = Field(sa_column=Column(Text, nullable=False))
    quotes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    therapy: str | None = None
    measure: str | None = None
    low: float | None = None
    high: float | None = None
    details: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class RunRecord(SQLModel, table=True):
    """One refresh, import or digest run: its window, outcome and counts."""

    __tablename__ = "runs"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)  # refresh | import | digest | reextract
    status: str = Field(default="running", index=True)  # running | ok | failed
    started_at: datetime
    finished_at: datetime | None = None
    window_start: date | None = None
    window_end: date | None = None
    query: str | None = Field(default=None, sa_column=Column(Text))
    counts: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    error: str | None = Field(default=None, sa_column=Column(Text))


class WatermarkRecord(SQLModel, table=True):
    """The last Entrez date fully committed by refresh, per query."""

    __tablename__ = "watermarks"

    name: str = Field(primary_key=True)
    value: date
    query: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime


class DigestRecord(SQLModel, table=True):
    """A rendered digest, saved before it is sent; `sent_at` stays null until delivery."""

    __tablename__ = "digests"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(index=True)
    since: date
    until: date
    baseline_version: str | None = None
    markdown: str = Field(sa_column=Column(Text, nullable=False))
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    html: str | None = Field(default=None, sa_column=Column(Text))
    out_path: str | None = None
    recipients: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sent_at: datetime | None = Field(default=None, index=True)
    send_attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class FlagRecord(SQLModel, table=True):
    """A change flag raised against a claim; `fingerprint` keeps it from being raised twice."""

    __tablename__ = "flags"

    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(unique=True, index=True)
    claim: str = Field(index=True)
    severity: str
    basis: str
    pmids: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    reason: str = Field(sa_column=Column(Text, nullable=False))
    details: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    raised_at: datetime = Field(index=True)
    baseline_version: str | None = None


Index("ix_extractions_relevant_design", ExtractionRecord.relevant, ExtractionRecord.design)
# Covers the MSC dose table's query (pipeline/report/evidence.py, msc_dose_candidates), so it
# never reads the extraction rows themselves, which carry every evidence sentence.
Index("ix_extractions_dose", ExtractionRecord.relevant, ExtractionRecord.dose_cells_per_kg, ExtractionRecord.design,
      ExtractionRecord.therapies, ExtractionRecord.article_id)
