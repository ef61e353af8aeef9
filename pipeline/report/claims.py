"""Baseline claims: the claims file, its validation, baseline versions, and claim linking.

`db/baseline/claims.toml` lists one entry per claim id of DESIGN.md ("Baseline claims"); each
quotes the sentence(s) of the committee's document it rests on, and every quote must occur in
the document verbatim. The baseline version is derived from the document's hash and the
claims' hash, so editing either makes a new version; `load_baseline` stores it and keeps the
old ones (only one is `current`).

`claims_for(extraction)` says which claims an extraction bears on (pure); the digest asks it
of the studies it reads, so the answer always follows the current extraction and rules.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from pipeline.config import Settings
from pipeline.errors import ConfigError
from pipeline.extract.model import MEASURES, Extraction

CLAIM_IDS = (
    "eligibility.severe_refractory",
    "hsct.remission_rate",
    "hsct.mortality",
    "msc.safety",
    "msc.max_tolerated_dose",
    "msc.efficacy",
    "evidence.experimental",
    "scope.other_cell_therapies",
    "guideline.eular_2023",
)
THERAPY_SCOPES = ("any", "hsct", "msc", "other_cell_therapy")
HSCT_THERAPIES = frozenset({"hsct_autologous", "hsct_allogeneic"})
NEW_CLASS_THERAPIES = frozenset({"car_t", "other_cell_therapy"})
# Designs that report patients' results (primary studies) and those that pool them.
PRIMARY_DESIGNS = ("rct", "non_randomized_trial", "single_arm_trial", "cohort", "case_series", "case_report")
CLINICAL_DESIGNS = (*PRIMARY_DESIGNS, "meta_analysis")
_ALLOWED_KEYS = {"id", "statement", "quotes", "therapy", "measure", "range", "value", "unit", "checks"}


@dataclass(frozen=True, slots=True)
class Claim:
    """One baseline claim: what the document says and the numbers a rule tests against."""

    claim_id: str
    statement: str
    quotes: tuple[str, ...]
    therapy: str = "any"
    measures: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    value: float | None = None
    unit: str | None = None
    checks: str | None = None

    @property
    def has_range(self) -> bool:
        return self.low is not None and self.high is not None

    @property
    def pooled(self) -> bool:
        """Quantitative claims with a proportion range are pooled across studies."""
        return self.has_range and bool(self.measures)

    def baseline_json(self) -> list[float] | float | str:
        """The baseline as the digest JSON carries it: [low, high], a value, or the statement."""
        if self.has_range:
            return [self.low, self.high]
        if self.value is not None:
            return int(self.value) if self.unit == "year" else self.value
        return self.statement

    def to_canonical(self) -> dict:
        return {"id": self.claim_id, "statement": self.statement, "quotes": list(self.quotes),
                "therapy": self.therapy, "measure": list(self.measures),
                "range": [self.low, self.high] if self.has_range else None, "value": self.value,
                "unit": self.unit, "checks": self.checks}


@dataclass(frozen=True, slots=True)
class Baseline:
    """A baseline version: the document, its claims and the retraction rule."""

    version: str
    document_hash: str
    claims_hash: str
    document_path: str
    document_text: str
    claims: tuple[Claim, ...]
    retraction_rule: str = ""
    claims_by_id: Mapping[str, Claim] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "claims_by_id", {c.claim_id: c for c in self.claims})


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def baseline_version(document_hash: str, claims_hash: str) -> str:
    """A short, stable version id for a document + claims pair."""
    return _hash(f"{document_hash}:{claims_hash}")[:12]


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{where}: expected a number, got {value!r}")
    return float(value)


def parse_claims(raw: Mapping, *, document_text: str, source: str) -> tuple[tuple[Claim, ...], str]:
    """Validate a parsed claims file against the document; returns (claims, retraction rule)."""
    entries = raw.get("claims")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{source}: no [[claims]] entries; expected one per claim id of DESIGN.md")
    claims: list[Claim] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        claim_id = entry.get("id") if isinstance(entry, dict) else None
        where = f"{source}: claim {claim_id or f'#{position}'}"
        if not isinstance(claim_id, str) or claim_id not in CLAIM_IDS:
            raise ConfigError(f"{where}: unknown or missing id; expected one of {', '.join(CLAIM_IDS)}")
        if claim_id in seen:
            raise ConfigError(f"{where}: listed twice; keep one entry per claim id")
        seen.add(claim_id)
        unknown = sorted(set(entry) - _ALLOWED_KEYS)
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_ALLOWED_KEYS))}")
        statement = entry.get("statement")
        if not isinstance(statement, str) or not statement.strip():
            raise ConfigError(f"{where}: 'statement' is missing; write the claim in one line")
        quotes = entry.get("quotes")
        if not isinstance(quotes, list) or not quotes or not all(isinstance(q, str) and q.strip() for q in quotes):
            raise ConfigError(f"{where}: 'quotes' must list the sentence(s) of the document the claim rests on")
        for quote in quotes:
            if quote not in document_text:
                raise ConfigError(f"{where}: quote not found in the baseline document: {quote!r}; "
                                  f"copy it verbatim from the document")
        therapy = entry.get("therapy", "any")
        if therapy not in THERAPY_SCOPES:
            raise ConfigError(f"{where}: therapy {therapy!r}; expected one of {', '.join(THERAPY_SCOPES)}")
        measures = entry.get("measure", [])
        measures = [measures] if isinstance(measures, str) else measures
        if not isinstance(measures, list) or any(m not in MEASURES for m in measures):
            raise ConfigError(f"{where}: measure {measures!r}; expected names from {', '.join(MEASURES)}")
        low = high = value = None
        if "range" in entry:
            bounds = entry["range"]
            if not isinstance(bounds, list) or len(bounds) != 2:
                raise ConfigError(f"{where}: range must be [low, high]")
            low, high = (_number(b, f"{where}: range") for b in bounds)
            if not 0 <= low <= high <= 1:
                raise ConfigError(f"{where}: range [{low}, {high}] must satisfy 0 <= low <= high <= 1")
        if "value" in entry:
            value = _number(entry["value"], f"{where}: value")
        claims.append(Claim(
            claim_id=claim_id, statement=statement.strip(), quotes=tuple(quotes), therapy=therapy,
            measures=tuple(measures), low=low, high=high, value=value, unit=entry.get("unit"),
            checks=entry.get("checks")))
    missing = [claim_id for claim_id in CLAIM_IDS if claim_id not in seen]
    if missing:
        raise ConfigError(f"{source}: missing claim(s) {', '.join(missing)}; add one [[claims]] entry each")
    rule = raw.get("retraction", {}).get("rule", "") if isinstance(raw.get("retraction"), dict) else ""
    order = {claim_id: i for i, claim_id in enumerate(CLAIM_IDS)}
    return tuple(sorted(claims, key=lambda c: order[c.claim_id])), rule


def read_baseline(document: Path, claims_file: Path) -> Baseline:
    """Read and validate the baseline document and claims file (ConfigError names the file)."""
    try:
        document_text = document.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{document}: cannot read the baseline document ({exc}); "
                          f"check [baseline] document in the config") from None
    try:
        raw = tomllib.loads(claims_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{claims_file}: cannot read the claims file ({exc}); "
                          f"check [baseline] claims in the config") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{claims_file}: not valid TOML ({exc})") from None
    claims, rule = parse_claims(raw, document_text=document_text, source=str(claims_file))
    document_hash = _hash(document_text)
    claims_hash = _hash(json.dumps({"claims": [c.to_canonical() for c in claims], "retraction": rule},
                                   sort_keys=True, ensure_ascii=False))
    return Baseline(version=baseline_version(document_hash, claims_hash), document_hash=document_hash,
                    claims_hash=claims_hash, document_path=str(document), document_text=document_text,
                    claims=claims, retraction_rule=rule)


# --- store adapter -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BaselineLoad:
    """What `load_baseline` did: the current version and whether it was new."""

    version: str
    created: bool
    previous_version: str | None


def _claim_record(baseline_id: int, claim: Claim):
    from pipeline.store.models import ClaimRecord

    return ClaimRecord(
        baseline_id=baseline_id, claim_id=claim.claim_id, statement=claim.statement,
        quotes=list(claim.quotes), therapy=claim.therapy,
        measure=claim.measures[0] if claim.measures else None,
        low=claim.low, high=claim.high,
        details={"measures": list(claim.measures), "value": claim.value, "unit": claim.unit,
                 "checks": claim.checks})


def load_baseline(*, session: Session, settings: Settings, now: datetime) -> BaselineLoad:
    """Store the configured baseline as the current version (a new one when its hash changed)."""
    from pipeline.store.models import BaselineRecord

    baseline = read_baseline(Path(settings.baseline.document), Path(settings.baseline.claims))
    records = session.exec(select(BaselineRecord)).all()
    previous = next((r for r in records if r.current), None)
    existing = next((r for r in records if r.version == baseline.version), None)
    for record in records:
        record.current = record is existing
        session.add(record)
    if existing is None:
        record = BaselineRecord(
            version=baseline.version, document_hash=baseline.document_hash,
            claims_hash=baseline.claims_hash, document_path=baseline.document_path,
            document_text=baseline.document_text, loaded_at=now, current=True)
        session.add(record)
        session.flush()
        for claim in baseline.claims:
            session.add(_claim_record(record.id, claim))
        session.flush()
    return BaselineLoad(version=baseline.version, created=existing is None,
                        previous_version=previous.version if previous else None)


def current_baseline(session: Session) -> Baseline | None:
    """The current baseline version as stored, or None before the first load."""
    from pipeline.store.models import BaselineRecord, ClaimRecord

    record = session.exec(select(BaselineRecord).where(BaselineRecord.current == True)).first()  # noqa: E712
    if record is None:
        return None
    rows = session.exec(select(ClaimRecord).where(ClaimRecord.baseline_id == record.id)).all()
    order = {claim_id: i for i, claim_id in enumerate(CLAIM_IDS)}
    claims = tuple(sorted((
        Claim(claim_id=row.claim_id, statement=row.statement, quotes=tuple(row.quotes),
              therapy=row.therapy or "any", measures=tuple(row.details.get("measures") or ()),
              low=row.low, high=row.high, value=row.details.get("value"), unit=row.details.get("unit"),
              checks=row.details.get("checks"))
        for row in rows), key=lambda c: order.get(c.claim_id, len(order))))
    return Baseline(version=record.version, document_hash=record.document_hash,
                    claims_hash=record.claims_hash, document_path=record.document_path,
                    document_text=record.document_text, claims=claims)


def baseline_versions(session: Session) -> list:
    """All stored baseline versions, oldest first."""
    from pipeline.store.models import BaselineRecord

    return list(session.exec(select(BaselineRecord).order_by(BaselineRecord.loaded_at, BaselineRecord.id)).all())


# --- linking -----------------------------------------------------------------------------------


def claims_for(extraction: Extraction) -> set[str]:
    """The claims an extraction bears on (the claims it is counted for, or could change).

    Guidelines bear on the guideline claim (and, when about cell therapy, on eligibility).
    Otherwise only relevant human clinical studies (primary studies and meta-analyses) are
    linked: HSCT results to the HSCT claims whose measure they report; MSC studies to the MSC
    claims (the dose claim when they report a dose or are phase I); CAR-T and other classes to
    the scope claim; RCTs, phase III trials and meta-analyses to the evidence-level claim;
    studies stating whether patients were refractory to eligibility. Narrative and systematic
    reviews and preclinical studies bear on none.
    """
    claims: set[str] = set()
    if extraction.new_guideline or extraction.design == "guideline":
        claims.add("guideline.eular_2023")
        if extraction.relevant:
            claims.add("eligibility.severe_refractory")
    if not extraction.relevant or extraction.design not in CLINICAL_DESIGNS:
        return claims
    therapies = set(extraction.therapies)
    measures = set(extraction.outcomes)
    if therapies & HSCT_THERAPIES:
        if "remission" in measures:
            claims.add("hsct.remission_rate")
        if measures & {"mortality", "treatment_related_mortality"}:
            claims.add("hsct.mortality")
    if "msc" in therapies:
        claims.update(("msc.safety", "msc.efficacy"))
        if extraction.dose_cells_per_kg is not None or extraction.phase in ("I", "I/II"):
            claims.add("msc.max_tolerated_dose")
    if therapies & NEW_CLASS_THERAPIES:
        claims.add("scope.other_cell_therapies")
    if therapies and (extraction.design in ("rct", "meta_analysis") or extraction.phase in ("III", "II/III")):
        claims.add("evidence.experimental")
    if therapies and extraction.refractory is not None:
        claims.add("eligibility.severe_refractory")
    return claims


def format_baseline(*, session: Session, settings: Settings) -> str:
    """What `evidence baseline show` prints: current version, its claims, all versions."""
    from pipeline.report.formatting import baseline_text

    current = current_baseline(session)
    on_disk = read_baseline(Path(settings.baseline.document), Path(settings.baseline.claims))
    if current is None:
        return (f"No baseline stored yet; the configured files are version {on_disk.version} "
                f"({settings.baseline.document}). Run 'evidence baseline load'.")
    lines = [f"Baseline version {current.version} (document {current.document_path}, "
             f"sha256 {current.document_hash[:16]}…)"]
    if on_disk.version != current.version:
        lines.append(f"Note: the configured files are version {on_disk.version}; run 'evidence baseline load'.")
    for claim in current.claims:
        lines.append(f"  {claim.claim_id}: {baseline_text(claim)}")
        lines.append(f"      {claim.statement}")
    versions = baseline_versions(session)
    lines.append("Versions: " + ", ".join(
        f"{v.version} ({v.loaded_at:%Y-%m-%d}{', current' if v.current else ''})" for v in versions))
    return "\n".join(lines)
