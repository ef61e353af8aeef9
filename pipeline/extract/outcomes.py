"""Outcomes as k / n / rate: remission, complete remission, mortality, treatment-related
mortality, overall and disease-free survival, relapse and serious adverse events.

Each sentence is cut into clauses ("; ", ", and ", ", whereas ", before a new count); in a
clause every measure phrase takes the nearest number phrase that follows it (or, when none
follows, the one before it: "Fourteen patients (66.7%) achieved remission"). Number phrases
are "k of n", "k/n (x%)", "k (x%)", "x% (k/n)", "x%" and bare counts ("two patients died",
rate over the study's patients). Confidence intervals, ranges, p-values, time points
("5-year", "at 12 months"), thresholds and definitions are removed first. Negations give
zero ("no treatment-related deaths", "none of the patients relapsed"); "respectively" pairs
measures and numbers in order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pipeline.extract.document import BACKGROUND_SECTIONS, CONCLUSION_SECTIONS, METHOD_SECTIONS, Document
from pipeline.extract.model import Outcome
from pipeline.extract.numbers import DIGITS, parse_count
from pipeline.extract.patterns import alternation, words
from pipeline.extract.sentences import Sentence

# Measures in priority order: a span claimed by an earlier pattern is not reused by a later
# one ("treatment-related mortality" is not also "mortality").
_MEASURES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    ("treatment_related_mortality", words(
        r"(?:treatment|transplant|transplantation|procedure|therapy|regimen|conditioning|toxicity|hsct|msc|infusion)[- ]"
        r"(?:related|associated) (?:mortality|deaths?|fatalit(?:y|ies))", r"trm", r"non[- ]relapse mortality", r"nrm",
        r"(?:deaths?|died|fatalit(?:y|ies))[^.;,]{0,25}?(?:related|attributed|attributable|due) to (?:the )?"
        r"(?:treatment|transplant\w*|procedure|therapy|hsct|conditioning|mscs?|cell|infusion|car-?t)")),
    ("disease_free_survival", words(
        r"(?:disease|progression|relapse|event|flare|failure|treatment)[- ]free survival", r"dfs", r"pfs", r"rfs", r"efs")),
    ("overall_survival", words(
        r"overall survival", r"os", r"survival rates?", r"s(?<![- ]s)urvival (?:was|were|of|at|probability|reached)",
        r"(?:were|was|remained) alive", r"alive at", r"survived", r"(?:probability|likelihood) of survival")),
    ("mortality", words(r"mortality", r"deaths?", r"died", r"dead", r"fatal(?:ities|ity)?", r"passed away", r"succumbed")),
    ("remission", words(
        r"(?:complete|cr) (?:or|and|/|\+|plus) (?:partial|pr) (?:\w+ )?(?:remissions?|responses?)",
        r"(?:complete|major) (?:and|or|\+|plus) partial (?:clinical |renal )?(?:remissions?|responses?)")),
    ("complete_remission", words(
        r"complete (?:clinical |renal |serological |disease |)(?:remissions?|responses?)", r"crr?", r"full remission",
        r"complete responders?", r"complete renal remission")),
    ("partial_remission", words(r"partial (?:clinical |renal |)(?:remissions?|responses?)", r"prr?", r"partial responders?")),
    ("remission", words(
        r"remissions?", r"(?:overall|renal|clinical|major|objective|treatment|sri-?4|sri|sustained|therapeutic|total|"
        r"major clinical|composite) responses?", r"responders?", r"responded", r"response rates?",
        r"responses? (?:was|were) (?:achieved|observed|seen)")),
    ("relapse", words(r"relapse[sd]?", r"relaps(?:ing)?(?! remitting)", r"flares?", r"flared", r"recurren(?:ce|t)",
                      r"recurred", r"reactivation")),
    ("serious_adverse_events", words(
        r"serious adverse (?:events?|effects?|reactions?|drug reactions?)", r"saes?",
        r"serious (?:treatment[- ]related |infusion[- ]related |)(?:adverse|side) (?:events?|effects?)")),
))
_MEASURE_CUE = re.compile(
    alternation(r"remission", r"respon", r"surviv", r"mortalit", r"death", r"died", r"dead", r"fatal", r"relaps",
                r"flare", r"recur", r"adverse", r"alive", r"passed away", r"succumbed", r"reactivation")
    + "|" + words(r"saes?", r"trm", r"nrm", r"crr?", r"prr?", r"dfs", r"pfs", r"rfs", r"efs", r"os"))
_DEFINITION = re.compile(r"defined as|definition|was defined|were defined|criteria for|according to the|assessed by|measured by|primary end ?point was|(?:primary|secondary) outcomes? (?:was|were|included)")
# Numbers that are not outcome numbers, recognised by what precedes them: inside a confidence
# interval, range or IQR, a p-value, a ratio, a threshold or a score.
_NOISE_BEFORE = re.compile(
    r"(?:\b(?:ci|confidence interval|cri|credible interval|range|iqr|interquartile range|sd|se|sem|hr|or|rr|"
    r"hazard ratio|odds ratio|relative risk|risk ratio|i2|i²|sledai(?:-2k)?|bilag|sdi|pga|score|grade|class|type|p)"
    r"\b[\s:,=<>≤≥]*(?:of\s*)?|[<>≤≥=±]\s*|(?:ci|range|iqr)[^()\[\];]*?(?:[-–,]|to)\s*|\d\s*(?:-|–|to)\s*)$"
)
_NOISE_INSIDE = re.compile(r"\s*(?:(?:95|90|99)\s*%\s*)?(?:ci|confidence interval|cri|range|iqr|interquartile|sd\b|se\b|sem\b)")
_CI_AFTER = re.compile(r"\s*(?:ci\b|confidence|cri\b|credible)")
_TIME = r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|h|y|m|wk|mo)\b"
_TOKEN = re.compile(
    rf"(?P<k>{DIGITS})\s*(?:\(\s*(?P<kp>\d+(?:[.·]\d+)?)\s*%\s*\)\s*)?(?:/|of|out of)\s*(?:the\s+|all\s+|these\s+|those\s+)?"
    rf"(?P<n>{DIGITS})\b(?![.,]\d)(?:[^%;()]{{0,30}}?\(\s*(?P<knp>\d+(?:[.·]\d+)?)\s*%)?"
    rf"|(?P<pct>\d+(?:[.·]\d+)?)\s*%(?:\s*\(\s*(?P<pk>\d+)\s*(?:/|of|out of)\s*(?P<pn>\d+)\s*(?:\w+\s*)?\))?"
    rf"|(?P<cnt>{DIGITS})(?![.,·]\d)(?:\s*(?:\w+\s+){{0,3}}?\(\s*(?P<cp>\d+(?:[.·]\d+)?)\s*%\s*\))?"
)
_DIGIT = re.compile(r"\d+")
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.,/+-_")
_NOT_A_COUNT_AFTER = re.compile(
    rf"\s*(?:[-‐–]\s*|\s)?(?:{_TIME}|%|x\b|×|times\b|doses?\b|infusions?\b|cycles?\b|sessions?\b|points?\b|studies\b|trials\b|"
    rf"articles\b|centers\b|centres\b|countries\b|mice\b|rats\b|animals\b|years? old\b|(?:and|or|to|-|–|,)\s*\d+(?:[.·]\d+)?\s*{_TIME})"
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:grade|class|sledai|bilag|score|day|week|month|year|cycle|type|phase|version|stage|step|visit|aged?|cd|il|"
    r"[≥≤<>=±]|\bp|ci|range|iqr|dose|median|mean|at|after|within|by|over|to|from|for|until|during|since|in\s+(?=\d{4}))\s*$"
)
_NEGATION = re.compile(
    words(r"no", r"without(?: any)?", r"zero", r"none", r"never", r"nor", r"free (?:of|from)", r"absence of", r"neither",
          r"not (?:any|a single)")
    + r"(?!\s+(?:significant|statistically|difference|differences|change|changes|increase|increased|effect|association|"
    r"correlation|improvement|evidence of (?:benefit|efficacy)|clear|major difference))"
)
_NEGATED_SUBJECT = re.compile(words(r"no", r"none of the", r"none of", r"not a single", r"not one", right=False)
                              + r"\s+(?:\w+\s+){0,2}?(?:patients?|participants?|subjects?|one|cases?)\b")
_COMPLEMENT = re.compile(
    r"(?:did not|failed to|could not|unable to|not) (?:achieve|attain|reach|obtain|respond)|non-?respon|no response|"
    r"without (?:remission|response)"
)
_CLAUSE = re.compile(
    rf";|,\s+(?:and|while|whereas|but)\s+|\s+(?:whereas|while)\s+|,\s+(?=(?:{DIGITS}|no|none)\b(?!\s*(?:%|{_TIME})))"
    rf"|\s+and\s+(?=(?:{DIGITS}|no|none)\s(?!\s*(?:%|{_TIME})))"
)
# Which measure patterns a cue word can start (so a sentence runs only those).
_CUE_MEASURES = {
    "remission": ("remission", "complete_remission", "partial_remission"),
    "respon": ("remission", "complete_remission", "partial_remission"),
    "surviv": ("overall_survival", "disease_free_survival"),
    "alive": ("overall_survival",),
    "mortalit": ("treatment_related_mortality", "mortality"),
    "death": ("treatment_related_mortality", "mortality"),
    "died": ("treatment_related_mortality", "mortality"),
    "dead": ("mortality",),
    "fatal": ("treatment_related_mortality", "mortality"),
    "passed away": ("mortality",),
    "succumbed": ("mortality",),
    "relaps": ("relapse", "disease_free_survival", "treatment_related_mortality"),
    "flare": ("relapse", "disease_free_survival"),
    "recur": ("relapse",),
    "reactivation": ("relapse",),
    "adverse": ("serious_adverse_events",),
}
_ABBREVIATION_MEASURES = {
    "sae": ("serious_adverse_events",), "saes": ("serious_adverse_events",),
    "trm": ("treatment_related_mortality",), "nrm": ("treatment_related_mortality",),
    "cr": ("complete_remission",), "crr": ("complete_remission",),
    "pr": ("partial_remission",), "prr": ("partial_remission",),
    "dfs": ("disease_free_survival",), "pfs": ("disease_free_survival",), "rfs": ("disease_free_survival",),
    "efs": ("disease_free_survival",), "os": ("overall_survival",),
}


@dataclass(frozen=True, slots=True)
class _Number:
    start: int
    end: int
    k: int | None
    n: int | None
    rate: float | None  # 0..1


def _pct(text: str | None) -> float | None:
    return None if text is None else float(text.replace("·", ".")) / 100


def _is_noise(text: str, start: int, end: int) -> bool:
    """Inside "(95% CI 62-91%)" / "(range 6-96)", after "p =", "<", "SLEDAI", or a CI's own 95%."""
    if _NOISE_BEFORE.search(text, max(0, start - 40), start):
        return True
    opening = max(text.rfind("(", 0, start), text.rfind("[", 0, start))
    if opening >= 0 and text.rfind(")", opening, start) < 0 and text.rfind("]", opening, start) < 0 \
            and _NOISE_INSIDE.match(text, opening + 1):
        return True
    return text.startswith("95", start) and _CI_AFTER.match(text, end) is not None


def _numbers(text: str) -> list[_Number]:
    numbers = []
    position = 0
    while True:
        digit = _DIGIT.search(text, position)
        if digit is None:
            break
        start = digit.start()
        if start > 0 and text[start - 1] in _GLUED:
            position = digit.end()
            continue
        match = _TOKEN.match(text, start)
        if match is None:
            position = digit.end()
            continue
        position = match.end()
        if _is_noise(text, start, match.end()):
            continue
        if match.group("k") is not None:
            k, n = parse_count(match.group("k")), parse_count(match.group("n"))
            if k is None or n is None or n == 0 or k > n:
                continue
            after_n = match.end("n")
            if _NOT_A_COUNT_AFTER.match(text, after_n) and not text[after_n:].lstrip().startswith("%"):
                continue
            numbers.append(_Number(start, match.end(), k, n, k / n))
        elif match.group("pct") is not None:
            rate = _pct(match.group("pct"))
            if rate is None or rate > 1:
                continue
            k = int(match.group("pk")) if match.group("pk") else None
            n = int(match.group("pn")) if match.group("pn") else None
            if k is not None and n and k <= n:
                rate = k / n
            else:
                k = n = None
            numbers.append(_Number(start, match.end(), k, n, rate))
        else:
            if _NOT_A_COUNT_AFTER.match(text, match.end("cnt")) or \
                    _NOT_A_COUNT_BEFORE.search(text[max(0, start - 14):start]):
                continue
            k = parse_count(match.group("cnt"))
            if k is None or k > 100000 or (1900 <= k <= 2035):
                continue
            numbers.append(_Number(start, match.end(), k, None, _pct(match.group("cp"))))
    return numbers


def _candidate_measures(lower: str) -> set[str]:
    names: set[str] = set()
    for cue in _MEASURE_CUE.findall(lower):
        names.update(_CUE_MEASURES.get(cue) or _ABBREVIATION_MEASURES.get(cue, ()))
    if "complete" in lower and ("partial" in lower or " pr" in lower):
        names.add("remission")
    return names


def _measures(text: str, names: set[str]) -> list[tuple[str, int, int]]:
    taken: list[tuple[int, int]] = []
    found = []
    for name, pattern in _MEASURES:
        if name not in names:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            found.append((name, start, end))
    found.sort(key=lambda item: item[1])
    return found


def _assign(measures, numbers, respectively: bool) -> list[tuple[str, int, int, _Number | None]]:
    """Pair each measure of one clause with its number (or None)."""
    if respectively and len(measures) > 1 and len(numbers) == len(measures):
        return [(m[0], m[1], m[2], num) for m, num in zip(measures, numbers, strict=True)]
    used: set[int] = set()
    result = []
    for i, (name, start, end) in enumerate(measures):
        next_start = measures[i + 1][1] if i + 1 < len(measures) else 1 << 30
        prev_end = measures[i - 1][2] if i > 0 else -1
        choice = None
        for j, num in enumerate(numbers):
            if j not in used and end <= num.start < next_start:
                choice = j
                break
        if choice is None:
            for j in range(len(numbers) - 1, -1, -1):
                num = numbers[j]
                if j not in used and num.end <= start and num.start > prev_end:
                    choice = j
                    break
        if choice is not None:
            used.add(choice)
        result.append((name, start, end, numbers[choice] if choice is not None else None))
    return result


@dataclass(frozen=True, slots=True)
class _Found:
    measure: str
    outcome: Outcome
    sentence: Sentence
    rank: tuple


def _outcome(number: _Number | None, negated: bool, complement: bool, n_patients: int | None) -> Outcome | None:
    if number is None:
        if negated:
            return Outcome(rate=0.0, k=0, n=n_patients)
        return None
    k, n, rate = number.k, number.n, number.rate
    if n is None and k is not None:
        if rate is not None and rate > 0:
            if n_patients and abs(k / n_patients - rate) <= 0.011:
                n = n_patients
            elif round(k / rate) >= k:
                n = round(k / rate)
        elif rate is None and n_patients and k <= n_patients:
            n = n_patients
    if k is not None and n:
        if k > n:
            return None
        if complement:
            k = n - k
        return Outcome(rate=round(k / n, 4), k=k, n=n)
    if rate is not None:
        if complement:
            rate = 1 - rate
        return Outcome(rate=round(rate, 4), k=None, n=None)
    return None


_RESULT_SECTIONS = frozenset({"RESULTS", "RESULT", "FINDINGS", "MAIN RESULTS", "MEASUREMENTS AND MAIN RESULTS"})


def _section_rank(sentence: Sentence) -> int:
    if sentence.section in _RESULT_SECTIONS:
        return 0
    if sentence.section in METHOD_SECTIONS:
        return 2
    if sentence.section in CONCLUSION_SECTIONS:
        return 3
    if sentence.section == "TITLE":
        return 4
    return 1


def _clause_bounds(text: str, respectively: bool) -> list[int]:
    """Start offsets of the clauses after the first."""
    if respectively:
        return []
    return [match.end() for match in _CLAUSE.finditer(text)]


def sentence_outcomes(text: str, lower: str, n_patients: int | None) -> dict[str, Outcome]:
    """The outcomes one sentence states (`text`: lower-cased, numbers in digits)."""
    names = _candidate_measures(lower)
    if not names:
        return {}
    cleaned = text
    measures = _measures(cleaned, names)
    if not measures:
        return {}
    respectively = "respectively" in lower
    numbers = _numbers(cleaned)
    bounds = _clause_bounds(cleaned, respectively)
    by_clause: dict[int, tuple[list, list]] = {}
    for measure in measures:
        by_clause.setdefault(bisect_right(bounds, measure[1]), ([], []))[0].append(measure)
    for number in numbers:
        clause = bisect_right(bounds, number.start)
        if clause in by_clause:
            by_clause[clause][1].append(number)
    stated: dict[str, Outcome] = {}
    for clause, (clause_measures, clause_numbers) in sorted(by_clause.items()):
        clause_start = bounds[clause - 1] if clause else 0
        for name, m_start, _m_end, number in _assign(clause_measures, clause_numbers, respectively):
            head = cleaned[max(clause_start, m_start - 60):m_start]
            negated = number is None and (_NEGATION.search(head) is not None or
                                          _NEGATED_SUBJECT.search(head) is not None)
            complement = name in {"remission", "complete_remission"} and _COMPLEMENT.search(head) is not None
            outcome = _outcome(number, negated, complement, n_patients)
            if outcome is not None:
                stated.setdefault(name, outcome)
    partial = stated.pop("partial_remission", None)
    complete = stated.get("complete_remission")
    if partial is not None and complete is not None and "remission" not in stated:
        if complete.k is not None and partial.k is not None and complete.n and complete.n == partial.n:
            total = complete.k + partial.k
            stated["remission"] = Outcome(rate=round(total / complete.n, 4), k=total, n=complete.n)
        elif complete.k is None and partial.k is None:
            stated["remission"] = Outcome(rate=round(complete.rate + partial.rate, 4))
    return stated


def extract_outcomes(doc: Document, n_patients: int | None) -> dict[str, tuple[Outcome, Sentence]]:
    """measure → (outcome, sentence) for the study's own results."""
    found: dict[str, _Found] = {}
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        lower = sentence.lower
        if not _MEASURE_CUE.search(lower) or _DEFINITION.search(lower):
            continue
        for name, outcome in sentence_outcomes(doc.norm(sentence), lower, n_patients).items():
            informative = 0 if outcome.k or outcome.rate > 0 else 1
            rank = (_section_rank(sentence), informative, sentence.index)
            current = found.get(name)
            if current is None or rank < current.rank:
                found[name] = _Found(name, outcome, sentence, rank)
    return {name: (item.outcome, item.sentence) for name, item in found.items()}
