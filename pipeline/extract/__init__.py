"""Pure extraction: `Article` → `Extraction`. No I/O, no database, no clock.

The rules live in one small module per field group (sentences, numbers, relevance, design,
therapies, population, counts, followup, dose, outcomes, flags); `extract` runs them in
dependency order (design before counts, counts before outcomes) over a `Document` prepared
once per article. Every non-null value carries the sentence it came from.

Bump `EXTRACTOR_VERSION` on every change of behaviour: stored extractions with another
version are redone.
"""

from __future__ import annotations

from pipeline.extract.counts import n_patients, n_studies, therapy_arm
from pipeline.extract.design import classify, is_protocol, phase
from pipeline.extract.document import Document, evidence
from pipeline.extract.dose import dose_cells_per_kg
from pipeline.extract.flags import new_guideline, retracted
from pipeline.extract.followup import follow_up_months
from pipeline.extract.model import Evidence, Extraction, Outcome
from pipeline.extract.outcomes import extract_outcomes
from pipeline.extract.population import lupus_nephritis, pediatric, refractory
from pipeline.extract.relevance import is_relevant
from pipeline.extract.therapies import extract_therapies, scan

EXTRACTOR_VERSION = "1.5.0"

# Designs whose numbers are not outcome rates of the study's own patients (LABELING.md).
_NO_OUTCOMES = frozenset({"preclinical", "narrative_review", "guideline", "other", "case_report"})
_NO_FOLLOW_UP = frozenset({"preclinical", "narrative_review", "guideline", "other"})
_CONTROLLED = frozenset({"rct", "non_randomized_trial"})
_REVIEWS = frozenset({"meta_analysis", "systematic_review", "narrative_review", "guideline"})


def extract(article) -> Extraction:
    """Read the export record's fields out of one article (see DESIGN.md, "Export record")."""
    doc = Document.from_article(article)
    proofs: dict[str, Evidence] = {}

    def keep(field: str, value, sentence):
        if value is not None and value is not False and sentence is not None:
            proofs[field] = evidence(sentence)
        return value

    design, design_sentence = classify(doc)
    if design_sentence is None:
        design_sentence = doc.title_or_first()
    keep("design", design, design_sentence)

    mentions = scan(doc)
    relevant, relevant_sentence = is_relevant(doc, mentions, design)
    keep("relevant", relevant, relevant_sentence)
    trial_phase, phase_sentence = phase(doc)
    if design in _REVIEWS and phase_sentence is not None and phase_sentence is not doc.title:
        trial_phase = phase_sentence = None  # the phase of trials a review includes is not its own
    keep("phase", trial_phase, phase_sentence)

    therapies, therapy_proofs, source, source_proof = extract_therapies(doc, mentions)
    therapies = tuple(sorted(therapies))
    if therapies:
        proofs["therapies"] = therapy_proofs[therapies[0]]
    if source is not None and source_proof is not None:
        proofs["msc_source"] = source_proof

    # Population, counts and outcomes only matter for relevant articles (flags and digests
    # use nothing else), and most of what a PubMed query returns is not relevant: skipping them
    # keeps the extractor fast on real feeds (LABELING.md scores them on relevant records only).
    nephritis = children = False
    refractory_value = patients = studies = follow_up = dose = None
    outcomes: dict[str, Outcome] = {}
    if relevant:
        nephritis = keep("lupus_nephritis", *lupus_nephritis(doc, design))
        children = keep("pediatric", *pediatric(doc))
        refractory_value, refractory_sentence = refractory(doc, design)
        if refractory_value is not None:
            proofs["refractory"] = evidence(refractory_sentence)

        patients = keep("n_patients", *n_patients(doc, design))
        studies = keep("n_studies", *n_studies(doc, design))
        # A study protocol (design "other") states its planned follow-up and dose (LABELING.md).
        if design not in _NO_FOLLOW_UP or (design == "other" and is_protocol(doc) is not None):
            follow_up = keep("follow_up_months", *follow_up_months(doc))
            dose = keep("dose_cells_per_kg", *dose_cells_per_kg(doc))
        if design not in _NO_OUTCOMES:
            arm = therapy_arm(doc, patients) if design in _CONTROLLED else None
            for measure, (outcome, sentence) in extract_outcomes(doc, patients, arm=arm).items():
                outcomes[measure] = outcome
                proofs[f"outcomes.{measure}"] = evidence(sentence)

    is_retracted = keep("retracted", *retracted(doc))
    guideline = keep("new_guideline", *new_guideline(doc, design))

    return Extraction(
        extractor_version=EXTRACTOR_VERSION,
        relevant=relevant,
        design=design,
        phase=trial_phase,
        therapies=therapies,
        msc_source=source,
        lupus_nephritis=bool(nephritis),
        pediatric=bool(children),
        refractory=refractory_value,
        n_patients=patients,
        n_studies=studies,
        follow_up_months=follow_up,
        dose_cells_per_kg=dose,
        outcomes=outcomes,
        retracted=bool(is_retracted),
        new_guideline=bool(guideline),
        evidence=proofs,
    )


__all__ = ["EXTRACTOR_VERSION", "Evidence", "Extraction", "Outcome", "extract"]
