"""How many patients a study treated or enrolled, and how many studies a review pooled.

Each "N patients" phrase of the study's own sentences is a candidate, scored by its context:
enrolment verbs ("were enrolled", "received", "underwent", "were randomized") and "a total
of" raise it; screening ("screened", "assessed for eligibility"), control arms ("placebo",
"healthy controls"), subsets ("... achieved remission", "of whom") and conclusions lower it.
Ages, SLEDAI scores, years, p-values and mice never form "N patients" phrases. Meta-analyses
report pooled patients ("12 studies involving 412 patients"); randomized trials report the
number randomized (or the arms, summed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.document import BACKGROUND_SECTIONS, CONCLUSION_SECTIONS, METHOD_SECTIONS, Document
from pipeline.extract.numbers import DIGITS, parse_count
from pipeline.extract.sentences import Sentence

NOUN = (r"(?:patients?|participants?|subjects?|cases|individuals|women|men|children|adults|adolescents|"
        r"recipients|people|persons|pts|girls|boys|females|males|volunteers)")
_STOP_MOD = r"(?!(?:and|or|of|with|in|to|at|who|were|was|had|from|than|per|for|the|all|these|whom|which)\b)"
_CANDIDATE = re.compile(
    rf"(?P<num>{DIGITS})(?![\d.,]*\s*%)(?:\s*\((?!\s*\d+(?:\.\d+)?\s*%)[^()]{{0,30}}\))?\s+"
    rf"(?P<mods>(?:{_STOP_MOD}[a-z][\w/+'’-]*,?\s+){{0,4}}?)(?P<noun>{NOUN})\b"
)
_NOUN_N_EQUALS = re.compile(rf"\b{NOUN}(?P<mid>[^().;]{{0,50}}?)[(\[,]\s*n\s*=\s*(?P<num>\d+)\s*[)\],]")
_WERE_VERB = re.compile(
    rf"(?P<num>{DIGITS})\s+(?:\w+\s+)?(?:were|was|had been)\s+(?:\w+\s+)?"
    r"(?P<verb>enrolled|included|recruited|treated|randomi[sz]ed|transplanted|infused|allocated|assigned|analy[sz]ed|studied)"
)
_VERB_FIRST = re.compile(
    rf"\b(?P<verb>enrolled|included|recruited|treated|randomi[sz]ed|studied|transplanted|infused|analy[sz]ed|"
    rf"enrolling|including|recruiting|treating|randomi[sz]ing)\s+(?:a total of\s+)?(?P<num>{DIGITS})\b(?!\s*(?:%|years?|months?|weeks?|days?|mice|rats|studies|trials))"
)
_ENROL = re.compile(
    r"enrol|includ|recruit|\btreat|receiv|underw|infus|transplant|given|administ|randomi|allocat|assign|particip|"
    r"\bstudied|analy[sz]|evaluat|consist|compris|involv|\breport|describ|identified|reviewed|\bunderwent|were eligible|entered"
)
_SUBSET = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:achiev|attain|respond|relaps|died|develop|experienc|\bhad\b|showed|requir|remain|"
    r"were alive|surviv|reach|discontinu|withdr|were lost|complet|flared|presented with|suffered|needed|"
    r"did not|failed|were free|improved|normali[sz])"
)
_NEGATIVE_PRE = re.compile(
    r"screen|assessed|exclud|control|placebo|healthy|matched|compared (?:with|to)|versus|\bvs\b|of whom|of these|"
    r"among (?:them|these|those)|remaining|\bother\b|previous(?:ly)? reported|historical|excluding|besides"
)
_NEGATIVE_POST = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:were |was )?(?:screen|assessed for eligibility|exclud|ineligible|in the (?:\w+ )?(?:control|placebo|standard)|"
    r"declin|refus|control|healthy|served as|were used as|did not meet|receiving (?:standard|conventional|placebo)|"
    r"received (?:placebo|standard|conventional))"
)
_DENOMINATOR_PRE = re.compile(rf"(?:{DIGITS})\s*(?:\([^()]*\)\s*)?(?:of|out of|/)\s*(?:the\s+|all\s+|these\s+)?$")
_TOTAL = re.compile(r"(?:a total of|in total|overall|altogether|total of)\s*$")
_RANDOMIZED = re.compile(r"randomi[sz]|randomly")
_ARM_N = re.compile(r"\(\s*n\s*=\s*(\d+)\s*\)|\bn\s*=\s*(\d+)")
_YEAR_PRE = re.compile(r"(?:in|since|from|between|during|and|to|until|of|year)\s*$")
_STUDY_GATE = ("stud", "trial", "rct", "article", "publication", "report", "cohort", "paper", "series")
_STUDY_NOUN = r"(?:studies|trials|rcts|articles|publications|reports|cohorts|papers|series)"
_MA_STUDIES_PATIENTS = re.compile(
    rf"(?P<k>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_NOUN}\b(?:\s*\([^()]*\))?,?\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:with|involving|including|comprising|enrolling|totall?ing|of|encompassing|covering|included|and|on|in)\s+"
    rf"(?:a total of\s+|a combined\s+|a pooled\s+|overall\s+)?(?P<n>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{NOUN}\b"
)
_MA_PATIENTS_STUDIES = re.compile(
    rf"(?P<n>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{NOUN}\s+(?:[\w-]+\s+){{0,3}}?(?:from|in|across|of|within)\s+"
    rf"(?P<k>{DIGITS})\s+(?:[\w-]+\s+){{0,2}}?{_STUDY_NOUN}\b"
)
_STUDIES_INCLUDED = re.compile(
    rf"(?P<k>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_NOUN}\b(?:\s*\([^()]*\))?,?\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:were|was|met|are)\s+(?:\w+\s+){{0,2}}?(?:included|eligible|selected|analy[sz]ed|pooled|retained|reviewed|identified)"
    rf"|(?:included|pooled|analy[sz]ed|identified|selected|reviewed|a total of|data from)\s+(?P<k2>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_NOUN}\b"
)


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    score: float
    sentence: Sentence


def _section_weight(sentence: Sentence) -> float:
    if sentence.section == "TITLE":
        return 0.5
    if sentence.section in METHOD_SECTIONS:
        return 1.0
    if sentence.section in CONCLUSION_SECTIONS:
        return -1.5
    return 0.5


def _plausible(value: int | None, pre: str) -> bool:
    if value is None or value <= 0 or value > 200000:
        return False
    if 1900 <= value <= 2035 and _YEAR_PRE.search(pre):
        return False
    return True


def _score(lower: str, start: int, end: int, sentence: Sentence, randomized_design: bool) -> float:
    pre = lower[max(0, start - 45):start]
    post = lower[end:end + 70]
    score = 1.0 + _section_weight(sentence)
    if _DENOMINATOR_PRE.search(pre):
        return score + 1.0
    if _ENROL.search(post[:45]) or _ENROL.search(pre[-30:]):
        score += 3.0
    if _TOTAL.search(pre):
        score += 2.0
    if randomized_design and (_RANDOMIZED.search(post[:45]) or _RANDOMIZED.search(pre[-30:])):
        score += 4.0
    if _NEGATIVE_PRE.search(pre[-30:]) or _NEGATIVE_POST.search(post):
        score -= 4.0
    elif _SUBSET.search(post):
        score -= 2.5
    return score


def patient_counts(doc: Document, *, randomized_design: bool = False) -> list[Count]:
    """Every scored "N patients" candidate in the study's own sentences."""
    counts: list[Count] = []
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        if not any(word in sentence.lower for word in _GATE):
            continue
        lower = doc.norm(sentence)
        for pattern in (_CANDIDATE, _WERE_VERB, _VERB_FIRST):
            for match in pattern.finditer(lower):
                start, end = match.span("num")
                if start > 0 and lower[start - 1] in _GLUED:
                    continue
                value = parse_count(match.group("num"))
                if not _plausible(value, lower[max(0, start - 12):start]):
                    continue
                if pattern is _CANDIDATE and match.group("noun") in {"men", "women"} and "healthy" in match.group("mods"):
                    continue
                span_end = match.end() if pattern is not _VERB_FIRST else end
                score = _score(lower, start, span_end, sentence, randomized_design)
                if pattern is not _CANDIDATE:
                    score += 0.5
                counts.append(Count(value, score, sentence))
        for match in _NOUN_N_EQUALS.finditer(lower):
            value = int(match.group("num"))
            if _plausible(value, ""):
                score = _score(lower, match.start(), match.end(), sentence, randomized_design)
                counts.append(Count(value, score, sentence))
    return counts


_GATE = ("patient", "participant", "subject", "case", "individual", "women", " men", "child", "adult",
         "adolescent", "recipient", "people", "person", "pts", "girls", "boys", "females", "males",
         "volunteer", "enrol", "includ", "recruit", "random", "treated", "n =", "n=")
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.,/+-_")


def _randomized_total(doc: Document) -> tuple[int, Sentence] | None:
    """Randomized total: "N patients were randomized", or arms "(n = 20) ... (n = 21)" summed."""
    for sentence in doc.sentences:
        lower = sentence.lower
        if sentence.section in BACKGROUND_SECTIONS or not _RANDOMIZED.search(lower):
            continue
        arms = [int(a or b) for a, b in _ARM_N.findall(lower)]
        if len(arms) >= 2 and "total" not in lower:
            return sum(arms), sentence
    return None


def n_patients(doc: Document, design: str) -> tuple[int | None, Sentence | None]:
    """(patients, sentence) by design: pooled for meta-analyses, randomized for RCTs."""
    if design in {"preclinical", "narrative_review", "guideline"}:
        return None, None
    if design in {"meta_analysis", "systematic_review"}:
        pooled = pooled_counts(doc)
        if pooled[0] is not None:
            return pooled[0], pooled[2]
    randomized = design == "rct"
    candidates = patient_counts(doc, randomized_design=randomized)
    if randomized:
        arms = _randomized_total(doc)
        best_direct = max(candidates, key=lambda c: c.score, default=None)
        if arms is not None and (best_direct is None or best_direct.score < 6.0):
            return arms
    if not candidates:
        return None, None
    best = max(candidates, key=lambda c: (c.score, c.value, -c.sentence.index))
    if best.score <= 0:
        return None, None
    return best.value, best.sentence


def pooled_counts(doc: Document) -> tuple[int | None, int | None, Sentence | None, Sentence | None]:
    """(patients, studies, patients' sentence, studies' sentence) of a meta-analysis or review."""
    patients = studies = None
    patients_sentence = studies_sentence = None
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        if not any(word in sentence.lower for word in _STUDY_GATE):
            continue
        lower = doc.norm(sentence)
        for pattern in (_MA_STUDIES_PATIENTS, _MA_PATIENTS_STUDIES):
            match = pattern.search(lower)
            if match:
                k, n = parse_count(match.group("k")), parse_count(match.group("n"))
                if patients is None and n:
                    patients, patients_sentence = n, sentence
                if studies is None and k:
                    studies, studies_sentence = k, sentence
        if studies is None:
            match = _STUDIES_INCLUDED.search(lower)
            if match:
                value = parse_count(match.group("k") or match.group("k2"))
                if value:
                    studies, studies_sentence = value, sentence
    return patients, studies, patients_sentence, studies_sentence


def n_studies(doc: Document, design: str) -> tuple[int | None, Sentence | None]:
    if design not in {"meta_analysis", "systematic_review"}:
        return None, None
    _, studies, _, sentence = pooled_counts(doc)
    return studies, sentence
