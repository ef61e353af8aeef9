"""`Extraction`: what the rules read out of one article, each value with its evidence.

Field names and value sets follow the export record in DESIGN.md; `to_record()` gives the
extraction part of that record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

DESIGNS = (
    "rct", "non_randomized_trial", "single_arm_trial", "cohort", "case_series", "case_report",
    "meta_analysis", "systematic_review", "narrative_review", "guideline", "preclinical", "other",
)
PHASES = ("I", "I/II", "II", "II/III", "III")
THERAPIES = ("hsct_autologous", "hsct_allogeneic", "msc", "car_t", "other_cell_therapy")
MSC_SOURCES = ("bone_marrow", "umbilical_cord", "adipose", "other")
MEASURES = (
    "remission", "complete_remission", "mortality", "treatment_related_mortality",
    "overall_survival", "disease_free_survival", "relapse", "serious_adverse_events",
)
# Fields that carry evidence when not null (besides `outcomes.<measure>`).
EVIDENCED_FIELDS = (
    "design", "phase", "therapies", "msc_source", "lupus_nephritis", "pediatric", "refractory",
    "n_patients", "n_studies", "follow_up_months", "dose_cells_per_kg", "retracted",
    "new_guideline", "relevant",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a value came from, with offsets into `Article.text`."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Outcome:
    """k events of n patients; `rate` in 0..1 (given directly when k or n is unknown)."""

    rate: float
    k: int | None = None
    n: int | None = None

    def to_dict(self) -> dict:
        return {"k": self.k, "n": self.n, "rate": self.rate}


_EMPTY: Mapping = MappingProxyType({})


def _frozen(mapping: Mapping | None) -> Mapping:
    return MappingProxyType(dict(mapping)) if mapping else _EMPTY


@dataclass(frozen=True, slots=True)
class Extraction:
    """The extracted fields of one article (see DESIGN.md, "Export record")."""

    extractor_version: str
    relevant: bool = False
    design: str = "other"
    phase: str | None = None
    therapies: tuple[str, ...] = ()
    msc_source: str | None = None
    lupus_nephritis: bool = False
    pediatric: bool = False
    refractory: bool | None = None
    n_patients: int | None = None
    n_studies: int | None = None
    follow_up_months: float | None = None
    dose_cells_per_kg: float | None = None
    outcomes: Mapping[str, Outcome] = field(default_factory=dict)
    retracted: bool = False
    new_guideline: bool = False
    evidence: Mapping[str, Evidence] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcomes", _frozen(self.outcomes))
        object.__setattr__(self, "evidence", _frozen(self.evidence))

    def to_record(self) -> dict:
        """The extraction's keys of the export record, JSON-ready."""
        return {
            "relevant": self.relevant,
            "design": self.design,
            "phase": self.phase,
            "therapies": list(self.therapies),
            "msc_source": self.msc_source,
            "lupus_nephritis": self.lupus_nephritis,
            "pediatric": self.pediatric,
            "refractory": self.refractory,
            "n_patients": self.n_patients,
            "n_studies": self.n_studies,
            "follow_up_months": self.follow_up_months,
            "dose_cells_per_kg": self.dose_cells_per_kg,
            "outcomes": {name: o.to_dict() for name, o in self.outcomes.items()},
            "retracted": self.retracted,
            "new_guideline": self.new_guideline,
            "evidence": {name: e.to_dict() for name, e in self.evidence.items()},
            "extractor_version": self.extractor_version,
        }

    @classmethod
    def from_record(cls, record: Mapping) -> Extraction:
        """Inverse of `to_record` (used when reading extractions back from the store)."""
        return cls(
            extractor_version=record["extractor_version"],
            relevant=record["relevant"],
            design=record["design"],
            phase=record.get("phase"),
            therapies=tuple(record.get("therapies") or ()),
            msc_source=record.get("msc_source"),
            lupus_nephritis=bool(record.get("lupus_nephritis")),
            pediatric=bool(record.get("pediatric")),
            refractory=record.get("refractory"),
            n_patients=record.get("n_patients"),
            n_studies=record.get("n_studies"),
            follow_up_months=record.get("follow_up_months"),
            dose_cells_per_kg=record.get("dose_cells_per_kg"),
            outcomes={
                name: Outcome(rate=o["rate"], k=o.get("k"), n=o.get("n"))
                for name, o in (record.get("outcomes") or {}).items()
            },
            retracted=bool(record.get("retracted")),
            new_guideline=bool(record.get("new_guideline")),
            evidence={
                name: Evidence(text=e["text"], start=e["start"], end=e["end"])
                for name, e in (record.get("evidence") or {}).items()
            },
        )
