"""Change flags: the rules of DESIGN.md ("Baseline claims"), as pure functions.

Inputs are plain data: `StudyEvidence` per stored article, the baseline `Claim`s, and the pooled
estimates per quantitative claim before and after the period. Output: `Flag`s, each naming its
claim, severity (high / medium / info), basis (study / pooled / retraction / guideline), the
PMIDs behind it and a one-line reason with the numbers against the baseline.

Who raises flags: relevant human primary studies, meta-analyses and guidelines. Narrative and
systematic reviews raise none; preclinical / animal studies raise none of the clinical flags.
A retracted study raises only the retraction flag (for each claim it was counted for).

Severity: high when the evidence could change a recommendation as it stands (a pooled
estimate leaving the baseline range, a meta-analysis contradicting it, a death or a
dose-limiting toxicity, a negative RCT, randomized or phase III evidence, a newer guideline,
a retracted supporting study); medium for single-study signals that need weighing; info for
anecdotal ones (case reports, favourable single-study deviations).

Rule thresholds that DESIGN.md fixes (n >= 10, n >= 100) are constants here; the baseline
numbers (ranges, MTD, guideline year) come from the claims file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from pipeline.report import cues
from pipeline.report.claims import (
    CLAIM_IDS,
    CLINICAL_DESIGNS,
    HSCT_THERAPIES,
    NEW_CLASS_THERAPIES,
    Claim,
)
from pipeline.report.evidence import StudyEvidence, pmid_order
from pipeline.report.formatting import baseline_text, dose, pct, pct_range
from pipeline.report.pooling import study_proportion
from pipeline.report.stats import PooledEstimate, Proportion, overlaps

SEVERITIES = ("high", "medium", "info")
BASES = ("study", "pooled", "retraction", "guideline")
MIN_STUDY_N = 10  # a single HSCT study is tested from n >= 10 (DESIGN.md)
MIN_N_BELOW_MORTALITY = 100  # mortality below the range counts only with n >= 100

MEASURE_LABELS = {
    "remission": "remission",
    "complete_remission": "complete remission",
    "mortality": "mortality",
    "treatment_related_mortality": "treatment-related mortality",
}
DESIGN_LABELS = {
    "rct": "RCT", "non_randomized_trial": "non-randomized trial", "single_arm_trial": "single-arm trial",
    "cohort": "cohort", "case_series": "case series", "case_report": "case report",
    "meta_analysis": "meta-analysis", "systematic_review": "systematic review",
    "narrative_review": "narrative review", "guideline": "guideline", "preclinical": "preclinical",
    "other": "other",
}
THERAPY_LABELS = {
    "hsct_autologous": "autologous HSCT", "hsct_allogeneic": "allogeneic HSCT", "msc": "MSC",
    "car_t": "CAR-T", "other_cell_therapy": "other cell therapy",
}


@dataclass(frozen=True, slots=True)
class Flag:
    """A change that may affect a baseline claim."""

    claim: str
    severity: str
    basis: str
    pmids: tuple[str, ...]
    reason: str
    quote: str | None = None  # the sentence the number or statement came from
    quote_pmid: str | None = None
    triggers: tuple[str, ...] = ()  # PMIDs whose arrival raises it (selects the digest period)

    @property
    def fingerprint(self) -> str:
        """claim + basis + sorted PMIDs: the same evidence never raises the same flag twice."""
        key = "|".join((self.claim, self.basis, *sorted(self.pmids, key=pmid_order)))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def to_json(self) -> dict:
        return {"claim": self.claim, "severity": self.severity, "basis": self.basis,
                "pmids": list(self.pmids), "reason": self.reason}


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


# --- helpers -----------------------------------------------------------------------------------


def _clinical(study: StudyEvidence) -> bool:
    """Relevant human primary study or meta-analysis, not retracted, not a notice."""
    return (study.extraction.relevant and study.is_human and not study.retracted
            and not study.is_retraction_notice and study.design in CLINICAL_DESIGNS)


def _size(study: StudyEvidence) -> str:
    extraction = study.extraction
    parts = [DESIGN_LABELS.get(study.design, study.design)]
    if extraction.phase:
        parts.append(f"phase {extraction.phase}")
    if study.design == "meta_analysis" and extraction.n_studies:
        parts.append(f"{extraction.n_studies} studies")
    if extraction.n_patients:
        parts.append(f"n={extraction.n_patients}")
    return ", ".join(parts)


def _therapy_names(therapies: Iterable[str]) -> str:
    return ", ".join(THERAPY_LABELS.get(t, t) for t in therapies)


def _evidence_text(study: StudyEvidence, *keys: str) -> str | None:
    for key in keys:
        evidence = study.extraction.evidence.get(key)
        if evidence is not None and evidence.text:
            return evidence.text
    return None


def _flag(claim: str, severity: str, basis: str, study: StudyEvidence, reason: str,
          quote: str | None) -> Flag:
    return Flag(claim=claim, severity=severity, basis=basis, pmids=(study.pmid,), reason=reason,
                quote=quote, quote_pmid=study.pmid if quote else None, triggers=(study.pmid,))


# --- single-study rules --------------------------------------------------------------------------


def _hsct_proportions(study: StudyEvidence, claim: Claim) -> Iterator[tuple[str, Proportion]]:
    """(measure, proportion) for each of the claim's measures that a clinical HSCT study reports
    (n >= MIN_STUDY_N unless a meta-analysis); nothing when the claim has no range."""
    if not _clinical(study) or not set(study.therapies) & HSCT_THERAPIES or not claim.has_range:
        return
    is_meta = study.design == "meta_analysis"
    for measure in claim.measures:
        found = study_proportion(study, measure)
        if found is None or (not is_meta and found.n < MIN_STUDY_N):
            continue
        yield measure, found


def _hsct_flag(study: StudyEvidence, claim: Claim, measure: str, found: Proportion, side: str,
               severity: str) -> Flag:
    who = f"Meta-analysis ({_size(study)}): HSCT" if study.design == "meta_analysis" else "HSCT"
    reason = (f"{who} {MEASURE_LABELS.get(measure, measure)} {pct(found.rate)} (95% CI "
              f"{pct_range(found.low, found.high)}, {found.k}/{found.n}) {side} baseline {baseline_text(claim)}")
    return _flag(claim.claim_id, severity, "study", study, reason, _evidence_text(study, f"outcomes.{measure}"))


def remission_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """HSCT study (n >= 10) or meta-analysis whose remission Wilson CI lies outside the range."""
    is_meta = study.design == "meta_analysis"
    for measure, found in _hsct_proportions(study, claim):
        if found.high < claim.low:
            side = "below"
        elif found.low > claim.high:
            side = "above"
        else:
            return None
        return _hsct_flag(study, claim, measure, found, side, "high" if is_meta else "medium")
    return None


def mortality_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """Mortality or TRM Wilson CI entirely above the range (or below it with n >= 100)."""
    is_meta = study.design == "meta_analysis"
    for measure, found in _hsct_proportions(study, claim):
        if found.low > claim.high:
            side, severity = "above", "high" if is_meta else "medium"
        elif found.high < claim.low and found.n >= MIN_N_BELOW_MORTALITY:
            side, severity = "below", "medium" if is_meta else "info"
        else:
            continue
        return _hsct_flag(study, claim, measure, found, side, severity)
    return None


def msc_safety_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """Treatment-related death, dose-limiting toxicity, or SAEs attributed to MSC."""
    if not _clinical(study) or "msc" not in study.therapies:
        return None
    signals: list[tuple[str, str, str | None]] = []  # (severity, what, quote)
    death = cues.treatment_related_death(study.cue_text)
    trm = study.extraction.outcomes.get("treatment_related_mortality")
    if death is not None:
        signals.append(("high", "treatment-related death", death.text))
    elif trm is not None and (trm.k or trm.rate > 0):
        signals.append(("high", f"treatment-related mortality {pct(trm.rate)}",
                        _evidence_text(study, "outcomes.treatment_related_mortality")))
    dlt = cues.dose_limiting_toxicity(study.cue_text)
    if dlt is not None:
        signals.append(("high", "dose-limiting toxicity", dlt.text))
    sae = cues.serious_adverse_event_attributed(study.cue_text)
    if sae is not None:
        signals.append(("medium", "serious adverse events attributed to MSC", sae.text))
    if not signals:
        return None
    severity = min((s for s, _, _ in signals), key=severity_rank)
    reason = f"MSC study ({_size(study)}): " + "; ".join(what for _, what, _ in signals) + " reported"
    return _flag(claim.claim_id, severity, "study", study, reason, signals[0][2])


def msc_dose_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """A dose above the MTD given without a safety signal, or a DLT at or below the MTD."""
    dose_given = study.extraction.dose_cells_per_kg
    if (not _clinical(study) or "msc" not in study.therapies or study.design == "meta_analysis"
            or dose_given is None or claim.value is None):
        return None
    dlt = cues.dose_limiting_toxicity(study.cue_text)
    if dlt is not None and dose_given <= claim.value:
        reason = (f"Dose-limiting toxicity with MSC at {dose(dose_given)}, at or below baseline MTD "
                  f"{baseline_text(claim)} ({_size(study)})")
        return _flag(claim.claim_id, "high", "study", study, reason, dlt.text)
    if dose_given > claim.value and cues.safety_signal(study.cue_text) is None:
        reason = (f"MSC {dose(dose_given)} given without a reported dose-limiting toxicity or "
                  f"treatment-related death, above baseline MTD {baseline_text(claim)} ({_size(study)})")
        return _flag(claim.claim_id, "medium", "study", study, reason,
                     _evidence_text(study, "dose_cells_per_kg"))
    return None


def msc_efficacy_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """An MSC RCT with no significant benefit over control, or a meta-analysis against efficacy."""
    if not _clinical(study) or "msc" not in study.therapies or study.design not in ("rct", "meta_analysis"):
        return None
    cue = cues.no_significant_benefit(study.cue_text)
    if cue is None:
        return None
    if study.design == "rct":
        reason = f"Randomized trial of MSC ({_size(study)}): no significant benefit over control"
    else:
        reason = f"Meta-analysis of MSC ({_size(study)}) concludes against efficacy"
    return _flag(claim.claim_id, "high", "study", study, reason, cue.text)


def experimental_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """Each RCT or phase III trial of a cell therapy; a meta-analysis of such RCTs."""
    if not _clinical(study) or not study.therapies:
        return None
    extraction = study.extraction
    names = _therapy_names(study.therapies)
    if study.design == "rct" or extraction.phase in ("III", "II/III"):
        kind = "Randomized controlled trial" if study.design == "rct" else f"Phase {extraction.phase} trial"
        reason = f"{kind} of {names} ({_size(study)}): the baseline rests on no randomized or phase III evidence"
        return _flag(claim.claim_id, "high", "study", study, reason,
                     _evidence_text(study, "design", "phase"))
    if study.design == "meta_analysis":
        cue = cues.pools_randomized_trials(study.cue_text)
        if cue is not None:
            reason = f"Meta-analysis of randomized trials of {names} ({_size(study)})"
            return _flag(claim.claim_id, "high", "study", study, reason, cue.text)
    return None


_OTHER_CLASS_NAMES = (
    ("CAR-NK", ("car-nk", "car nk")), ("Treg", ("treg", "regulatory t")),
    ("CAR-T", ("car-t", "car t", "chimeric antigen receptor")), ("NK cell", ("nk cell", "natural killer")),
)


def _class_name(study: StudyEvidence) -> str:
    names = []
    if "car_t" in study.therapies:
        names.append("CAR-T")
    if "other_cell_therapy" in study.therapies:
        lowered = study.text.lower()
        named = [name for name, words in _OTHER_CLASS_NAMES
                 if name != "CAR-T" and any(w in lowered for w in words)]
        names.extend(named or ["another cell therapy"])
    return ", ".join(dict.fromkeys(names))


def scope_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """Human clinical results of CAR-T, CAR-NK, Treg or another class the baseline does not cover."""
    if not _clinical(study) or not set(study.therapies) & NEW_CLASS_THERAPIES:
        return None
    severity = "info" if study.design == "case_report" else "medium"
    reason = (f"Human clinical results of {_class_name(study)} ({_size(study)}), a cell therapy class "
              f"the baseline does not cover")
    return _flag(claim.claim_id, severity, "study", study, reason,
                 _evidence_text(study, "therapies", "design"))


def eligibility_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """Benefit in non-refractory / first-line / moderate disease, or a guideline widening eligibility."""
    extraction = study.extraction
    if extraction.refractory is True or study.retracted or not extraction.relevant or not study.is_human:
        return None
    population = cues.non_refractory_population(study.cue_text)
    non_refractory = extraction.refractory is False or population is not None
    if not non_refractory:
        return None
    population_text = population.text if population else _evidence_text(study, "refractory")
    if extraction.new_guideline or study.design == "guideline":
        reason = f"Guideline ({study.year or 'year unknown'}) addresses cell therapy beyond severe refractory disease"
        flag = _flag(claim.claim_id, "high", "guideline", study, reason, population_text)
        return flag
    if study.design not in CLINICAL_DESIGNS or not study.therapies:
        return None
    remission = next((m for m in ("remission", "complete_remission")
                      if (o := extraction.outcomes.get(m)) is not None and o.rate > 0), None)
    benefit = cues.reported_benefit(study.cue_text)
    if remission is None and benefit is None:
        return None
    result = (f"{MEASURE_LABELS[remission]} {pct(extraction.outcomes[remission].rate)}" if remission
              else "benefit reported")
    reason = (f"{_therapy_names(study.therapies)} in non-refractory / first-line / moderate disease "
              f"({_size(study)}): {result}; baseline limits use to severe refractory SLE")
    quote = (_evidence_text(study, f"outcomes.{remission}") if remission else None) or population_text or (
        benefit.text if benefit else None)
    severity = "info" if study.design == "case_report" else "medium"
    return _flag(claim.claim_id, severity, "study", study, reason, quote)


def _mentions_baseline_guideline(study: StudyEvidence) -> bool:
    title = study.title.lower()
    return "eular" in title and "2023" in title


def guideline_flag(study: StudyEvidence, claim: Claim) -> Flag | None:
    """A newer SLE management guideline than the one the baseline rests on."""
    extraction = study.extraction
    if not (extraction.new_guideline or study.design == "guideline") or study.retracted or not study.is_human:
        return None
    reference_year = int(claim.value) if claim.value is not None else 2023
    year = study.year or (study.entrez_date.year if study.entrez_date else None)
    if year is None or year < reference_year:
        return None
    if _mentions_baseline_guideline(study):
        return None  # the baseline's own guideline (the 2023 update appeared in print in 2024)
    severity = "high" if year > reference_year else "medium"
    title = " ".join(study.title.split())
    if len(title) > 120:
        title = title[:117].rstrip() + "..."
    reason = f"Guideline published {year}, newer than the {reference_year} EULAR update the baseline rests on: {title}"
    return _flag(claim.claim_id, severity, "guideline", study, reason,
                 _evidence_text(study, "new_guideline", "design"))


STUDY_RULES = {
    "eligibility.severe_refractory": eligibility_flag,
    "hsct.remission_rate": remission_flag,
    "hsct.mortality": mortality_flag,
    "msc.safety": msc_safety_flag,
    "msc.max_tolerated_dose": msc_dose_flag,
    "msc.efficacy": msc_efficacy_flag,
    "evidence.experimental": experimental_flag,
    "scope.other_cell_therapies": scope_flag,
    "guideline.eular_2023": guideline_flag,
}


def retraction_flags(study: StudyEvidence, claims: Mapping[str, Claim]) -> list[Flag]:
    """A retracted study flags every claim it supported (`claims_for` its extraction)."""
    if not study.retracted or study.is_retraction_notice:
        return []
    supported = study.claims
    flags = []
    for claim_id in CLAIM_IDS:
        if claim_id not in supported or claim_id not in claims:
            continue
        notices = study.retraction_notices
        notice_text = (f"retraction notice PMID {', '.join(notices)}" if notices
                       else "no retraction notice in the store")
        reason = (f"Retracted: PMID {study.pmid} ({DESIGN_LABELS.get(study.design, study.design)}; "
                  f"{notice_text}) was counted for this claim")
        flags.append(Flag(claim=claim_id, severity="high", basis="retraction",
                          pmids=(study.pmid, *notices), reason=reason,
                          triggers=(study.pmid, *notices)))
    return flags


def study_flags(study: StudyEvidence, claims: Mapping[str, Claim]) -> list[Flag]:
    """All flags one study raises against the claims."""
    if study.retracted:
        return retraction_flags(study, claims)
    if study.design in ("narrative_review", "systematic_review", "preclinical") and not study.extraction.new_guideline:
        return []
    flags = []
    for claim_id, rule in STUDY_RULES.items():
        claim = claims.get(claim_id)
        if claim is None:
            continue
        flag = rule(study, claim)
        if flag is not None:
            flags.append(flag)
    return flags


# --- pooled rule ---------------------------------------------------------------------------------


def _estimate(pooled: PooledEstimate) -> str:
    return (f"{pct(pooled.rate)} (95% CI {pct_range(pooled.low, pooled.high)}; {pooled.studies} "
            f"{'study' if pooled.studies == 1 else 'studies'}, {pooled.patients} patients)")


def pooled_flag(claim: Claim, before: PooledEstimate | None, after: PooledEstimate | None) -> Flag | None:
    """The pooled CI does not overlap the baseline range, and the pooled set changed."""
    if after is None or not claim.has_range:
        return None
    if overlaps(after.low, after.high, claim.low, claim.high):
        return None
    before_pmids = set(before.pmids) if before else set()
    added = tuple(p for p in after.pmids if p not in before_pmids)
    if before is not None and not added and set(after.pmids) == before_pmids:
        return None
    side = "below" if after.high < claim.low else "above"
    label = {"hsct.remission_rate": "HSCT remission", "hsct.mortality": "HSCT mortality"}.get(
        claim.claim_id, claim.claim_id)
    if before is None:
        history = "first pooled estimate"
    elif overlaps(before.low, before.high, claim.low, claim.high):
        history = f"was {_estimate(before)}, within range"
    else:
        history = f"still outside; was {_estimate(before)}"
    reason = f"Pooled {label} {_estimate(after)} {side} baseline {baseline_text(claim)} ({history})"
    return Flag(claim=claim.claim_id, severity="high", basis="pooled",
                pmids=tuple(sorted(after.pmids, key=pmid_order)), reason=reason,
                triggers=added or after.pmids)


# --- everything ----------------------------------------------------------------------------------


def evaluate_flags(*, studies: Sequence[StudyEvidence], claims: Iterable[Claim],
                   pooled_before: Mapping[str, PooledEstimate | None],
                   pooled_after: Mapping[str, PooledEstimate | None]) -> list[Flag]:
    """Every flag the stored evidence raises, highest severity first, then claim order."""
    by_id = {claim.claim_id: claim for claim in claims}
    flags: dict[str, Flag] = {}
    for study in studies:
        for flag in study_flags(study, by_id):
            flags.setdefault(flag.fingerprint, flag)
    for claim in by_id.values():
        if claim.pooled:
            flag = pooled_flag(claim, pooled_before.get(claim.claim_id), pooled_after.get(claim.claim_id))
            if flag is not None:
                flags.setdefault(flag.fingerprint, flag)
    order = {claim_id: i for i, claim_id in enumerate(CLAIM_IDS)}
    return sorted(flags.values(), key=lambda f: (
        severity_rank(f.severity), order.get(f.claim, len(order)), BASES.index(f.basis),
        [pmid_order(p) for p in f.pmids]))
