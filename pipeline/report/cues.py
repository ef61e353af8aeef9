"""Text cues some flag rules need and the extractor does not provide.

The extractor reads numbers, designs and populations; a few rules of DESIGN.md ("Baseline
claims") also hinge on statements: a dose-limiting toxicity, a treatment-related death, serious
adverse events attributed to MSC, "no significant difference" from control, a meta-analysis
pooling randomized trials, a non-refractory population. This module finds those statements in
an article's text (title + abstract) with small regular expressions, sentence by sentence.

Each finder returns a `Cue` (the sentence and its offsets into the text, so the digest can quote
it) or None. A mention counts only when it is not negated in its own clause: "no
dose-limiting toxicity was observed" or "two deaths, neither related to MSC" are no cue.
Pure functions over strings; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"“])|\n+")
# Words that negate a mention when they stand in the same clause before it...
_NEGATION_BEFORE = re.compile(
    r"\b(no|not|without|none|neither|nor|absence of|free of|free from|zero|never|lack of|"
    r"unrelated|rather than)\b", re.IGNORECASE)
# ...or right after it ("DLT was not observed", "deaths were unrelated to ...").
_NEGATION_AFTER = re.compile(
    r"^[^.;:]{0,60}?\b(was|were|has|had|have been|is|are)\s+(not|never)\b|^[^.;:]{0,60}?\b(unrelated|"
    r"not related|not attributed|not considered related|not attributable|neither)\b",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:,]|\b(but|whereas|while|although|however)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """A sentence that states what a rule looks for, with offsets into the searched text."""

    text: str
    start: int
    end: int


def sentences(text: str) -> Iterator[Cue]:
    """The text's sentences (simple splitter: end punctuation before a capital, or newlines)."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start:match.start()].strip():
            yield _trimmed(text, start, match.start())
        start = match.end()
    if text[start:].strip():
        yield _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Cue:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Cue(text=text[start:end], start=start, end=end)


def _negated(sentence: str, match: re.Match) -> bool:
    before = sentence[:match.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    if _NEGATION_BEFORE.search(clause) or _NEGATION_BEFORE.search(match.group(0)):
        return True
    return bool(_NEGATION_AFTER.search(sentence[match.end():]))


def _find(text: str, pattern: re.Pattern, *, require: re.Pattern | None = None,
          exclude: re.Pattern | None = None, allow_negated: bool = False) -> Cue | None:
    for sentence in sentences(text):
        if require is not None and not require.search(sentence.text):
            continue
        if exclude is not None and exclude.search(sentence.text):
            continue
        for match in pattern.finditer(sentence.text):
            if allow_negated or not _negated(sentence.text, match):
                return sentence
    return None


_DLT = re.compile(r"\b(dose[- ]limiting toxicit(y|ies)|DLTs?)\b", re.IGNORECASE)
_TREATMENT_DEATH = re.compile(
    r"\b(treatment[- ]related|transplant[- ]related|infusion[- ]related|procedure[- ]related|"
    r"MSC[- ]related|therapy[- ]related)\s+(death|deaths|mortality)\b|"
    r"\b(died|deaths?)\s+(of|from|due to)\s+(treatment|transplant|infusion|procedure|MSC)[- ]related\b|"
    r"\b(death|deaths|died)\b[^.;]{0,60}\b(related|attributed|attributable|due)\s+to\s+(the\s+)?"
    r"(MSCs?|mesenchymal|infusion|cell (infusion|therapy)|treatment|transplant)",
    re.IGNORECASE)
_SAE = re.compile(r"\b(serious|severe|grade\s*(3|4|III|IV|≥\s*3))\s+adverse\s+(events?|reactions?)\b|"
                  r"\bSAEs?\b", re.IGNORECASE)
_ATTRIBUTED_TO_MSC = re.compile(
    r"\b(related|attributed|attributable|due|linked)\s+to\s+(the\s+)?(MSCs?|mesenchymal|"
    r"(cell|stem cell|MSC)\s+(infusion|administration|therapy|transplantation))|"
    r"\b(MSC|infusion|cell therapy)[- ]related\b", re.IGNORECASE)
_NO_BENEFIT = re.compile(
    r"\bno\s+(statistically\s+)?significant\s+(difference|differences|benefit|improvement|effect|"
    r"superiority|advantage)\b|"
    r"\b(did|does|do)\s+not\s+(significantly\s+)?(differ|improve|increase|reduce|show|demonstrate)\b|"
    r"\bnot\s+(statistically\s+)?significantly\s+(different|better|superior|improved|associated)\b|"
    r"\b(was|were|is|are)\s+not\s+superior\b|\bfailed\s+to\s+(show|demonstrate|improve|reach|meet)\b|"
    r"\bno\s+additional\s+(benefit|effect|efficacy)\b|\bcomparable\s+to\s+(placebo|control|standard)\b",
    re.IGNORECASE)
_SAFETY_TOPIC = re.compile(r"\b(adverse|safety|side effects?|infections?|toxicit(y|ies)|tolera)",
                           re.IGNORECASE)
_RCT_POOL = re.compile(
    r"\brandomi[sz]ed\s+(controlled\s+|clinical\s+)?(trials|studies)\b|\bRCTs\b", re.IGNORECASE)
_NON_REFRACTORY = re.compile(
    r"\bnon[- ]?refractory\b|\bfirst[- ]line\b|\bnewly[- ]diagnosed\b|\btreatment[- ]na[iï]ve\b|"
    r"\bearly[- ](stage\s+)?(SLE|lupus|disease)\b|"
    r"\bmoderate(ly active)?\s+(to\s+severe\s+)?(SLE|lupus|disease|lupus nephritis)\b|"
    r"\bmoderate(ly)?[- ]active\s+(SLE|lupus|disease)\b|\bmild(\s+to\s+moderate)?\s+(SLE|lupus|disease)\b",
    re.IGNORECASE)
_BENEFIT = re.compile(
    r"\b(remission|responders?|response rate|improv(ed|ement|es)|reduc(ed|tion)|decreas(ed|e)|"
    r"effective|efficacy|benefit|superior)\b", re.IGNORECASE)


# Sentences that name an event as a thing measured, not one that happened ("The primary
# endpoint was dose-limiting toxicity within 28 days").
_DEFINITIONAL = re.compile(
    r"\b(end[- ]?points?|outcome measures?|defined as|was defined|were defined|(was|were) assessed|"
    r"(was|were) evaluated|(was|were) monitored|to determine|to assess|to evaluate|aim(ed)? (was|to)|"
    r"objectives?)\b", re.IGNORECASE)


def dose_limiting_toxicity(text: str) -> Cue | None:
    """A sentence reporting a dose-limiting toxicity (not "no DLT was observed", not an endpoint)."""
    return _find(text, _DLT, exclude=_DEFINITIONAL)


def treatment_related_death(text: str) -> Cue | None:
    """A sentence reporting a death related to the treatment / the cells / the infusion."""
    return _find(text, _TREATMENT_DEATH, exclude=_DEFINITIONAL)


def serious_adverse_event_attributed(text: str) -> Cue | None:
    """A sentence reporting serious adverse events attributed to MSC (or the cell infusion)."""
    for sentence in sentences(text):
        if _DEFINITIONAL.search(sentence.text):
            continue
        sae = next((m for m in _SAE.finditer(sentence.text) if not _negated(sentence.text, m)), None)
        if sae is None:
            continue
        attribution = next((m for m in _ATTRIBUTED_TO_MSC.finditer(sentence.text)
                            if not _negated(sentence.text, m)), None)
        if attribution is not None:
            return sentence
    return None


def no_significant_benefit(text: str) -> Cue | None:
    """A sentence stating no significant benefit / difference (about efficacy, not safety)."""
    return _find(text, _NO_BENEFIT, exclude=_SAFETY_TOPIC, allow_negated=True)


def pools_randomized_trials(text: str) -> Cue | None:
    """A sentence saying the review pools randomized (controlled) trials."""
    return _find(text, _RCT_POOL)


_EXPLICIT_NON_REFRACTORY = re.compile(r"\bnon[- ]?refractory\b", re.IGNORECASE)
_REFRACTORY_CONTEXT = re.compile(
    r"\brefractory\b|\bfailed\b|\bfailure\b|\bresistant\b|\binadequate(ly)?\s+respon|\bdespite\b",
    re.IGNORECASE)


def non_refractory_population(text: str) -> Cue | None:
    """A sentence describing first-line, newly diagnosed, mild or moderate (non-refractory) disease.

    "Refractory to first-line therapy" describes refractory disease: a sentence that also speaks
    of refractoriness or failed treatment counts only when it says "non-refractory" outright.
    """
    explicit = _find(text, _EXPLICIT_NON_REFRACTORY)
    if explicit is not None:
        return explicit
    return _find(text, _NON_REFRACTORY, exclude=_REFRACTORY_CONTEXT)


def reported_benefit(text: str) -> Cue | None:
    """A sentence reporting a benefit (remission, response, improvement), not negated."""
    return _find(text, _BENEFIT)


def safety_signal(text: str) -> Cue | None:
    """Any of: treatment-related death, DLT, SAE attributed to MSC (first found)."""
    return (treatment_related_death(text) or dose_limiting_toxicity(text)
            or serious_adverse_event_attributed(text))
