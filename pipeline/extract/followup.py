"""Follow-up duration in months: the median if stated, else the mean, else a plain duration.

Handles "median follow-up 38 months (range 6–96)", "followed for a median of 4.5 years",
"mean follow-up of 24 ± 6 months", "median (range) follow-up was 38 (6–96) months",
"after a median of 52 weeks", "at the 12-month follow-up". Ranges alone ("follow-up ranged
from 6 to 96 months") give no central value and are skipped.
"""

from __future__ import annotations

import re

from pipeline.extract.document import BACKGROUND_SECTIONS, Document
from pipeline.extract.sentences import Sentence

_NUMBER = r"(?P<value>\d+(?:[.·]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty)"
_UNIT = r"(?P<unit>months?|mos?\b|years?|yrs?\b|weeks?|wks?\b|days?)"
_TAIL = r"(?:\s*(?:±|\+/-|\+-)\s*\d+(?:[.·]\d+)?)?\s*(?:\([^()]{0,60}\)\s*)?"
# A duration right after a follow-up phrase (within a short window).
_AFTER = re.compile(
    r"(?:follow(?:ed|ing)?[- ]?up|followed|\bfu\b|(?:observ(?:ed|ation)|monitored|tracked)(?: period| time| duration)? (?:for|of|lasting|lasted|was|is))"
    r"(?P<gap>[^.;%]{0,60}?)(?<![\d.·±])" + _NUMBER + r"\s*" + _TAIL + _UNIT
)
# "after a median of 4 years", "over a mean period of 30 months" (follow-up implied).
_MEDIAN_OF = re.compile(
    r"(?:after|over|during|with|for)\s+(?:a|an)\s+(?P<stat>median|mean|average)\s+(?:\w+\s+){0,3}?of\s+" + _NUMBER + r"\s*" + _TAIL + _UNIT
)
# "last seen at a median of 29 months", "assessed at a median of 8.5 years after infusion".
_SEEN_AT = re.compile(
    r"(?:seen|assessed|evaluated|examined|reviewed|observed|contacted|visited|followed)\s+(?:\w+\s+)?at\s+(?:a|an)\s+"
    r"(?P<stat>median|mean|average)\s+(?:\w+\s+){0,2}?of\s+" + _NUMBER + r"\s*" + _TAIL + _UNIT
)
# "followed for up to 24 months (median 13 months)": the central value in brackets.
_BRACKETED = re.compile(
    r"(?:follow(?:ed|ing)?[- ]?up|followed)[^.;()]{0,60}?\(\s*(?P<stat>median|mean)\s*(?:follow[- ]?up\s*)?"
    r"(?:of\s+|was\s+|[,:=]\s*)?" + _NUMBER + r"\s*" + _UNIT
)
# "at the 12-month follow-up", "52-week follow-up".
_BEFORE = re.compile(r"(?<![\d.])" + _NUMBER + r"[- ]" + r"(?P<unit>month|year|week|day)s?[- ](?:\w+[- ])?follow[- ]?up")
_ANY_DIGIT = re.compile(r"\d")
_STAT = re.compile(r"\b(median|mean|average)\b")
_RANGE_ONLY = re.compile(r"rang(?:ed|ing|e)|between|up to|at least|minimum|maximum|more than|less than|>|<|≥|≤")
_THRESHOLD_BEFORE = re.compile(r"(?:at least|a minimum of|minimum|more than|>|≥)\s*(?:a |an )?$")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_RANK = {"median": 0, "mean": 1, "average": 1, None: 2}


def to_months(value: float, unit: str) -> float:
    """Months from a duration (LABELING.md): months as stated, years × 12, weeks × 12/52 and
    days × 12/365.25 rounded to one decimal (52 weeks → 12.0, 46 weeks → 10.6)."""
    unit = unit.lower()
    if unit.startswith("y"):
        return round(value * 12, 2)
    if unit.startswith("w"):
        return round(value * 12 / 52, 1)
    if unit.startswith("d"):
        return round(value * 12 / 365.25, 1)
    return round(value, 2)


def _value(text: str) -> float:
    return float(_WORDS[text]) if text in _WORDS else float(text.replace("·", "."))


def _candidates(sentence: Sentence):
    lower = sentence.lower
    for match in _AFTER.finditer(lower):
        gap = match.group("gap")
        if _RANGE_ONLY.search(gap) or _ANY_DIGIT.search(gap):
            continue
        window = lower[max(0, match.start() - 40): match.start("value")]
        stat = _STAT.findall(window)
        yield (stat[-1] if stat else None), _value(match.group("value")), match.group("unit")
    for match in _MEDIAN_OF.finditer(lower):
        yield match.group("stat"), _value(match.group("value")), match.group("unit")
    if " at a" in lower or " at an" in lower:
        for match in _SEEN_AT.finditer(lower):
            yield match.group("stat"), _value(match.group("value")), match.group("unit")
    if "(" in lower:
        for match in _BRACKETED.finditer(lower):
            yield match.group("stat"), _value(match.group("value")), match.group("unit")
    for match in _BEFORE.finditer(lower):
        window = lower[max(0, match.start() - 25): match.start()]
        if _THRESHOLD_BEFORE.search(window):
            continue  # "patients with at least 6 months of follow-up": an inclusion threshold
        stat = _STAT.findall(window)
        yield (stat[-1] if stat else None), _value(match.group("value")), match.group("unit")


def follow_up_months(doc: Document) -> tuple[float | None, Sentence | None]:
    """(months, sentence) for the best-ranked follow-up statement of the study itself."""
    best = None
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        lower = sentence.lower
        if "follow" not in lower and "median" not in lower and "mean " not in lower and "observ" not in lower \
                and " fu" not in lower and "average" not in lower and "monitored" not in lower and "tracked" not in lower:
            continue
        for stat, value, unit in _candidates(sentence):
            key = (_RANK[stat], sentence.index)
            if best is None or key < best[0]:
                best = (key, to_months(value, unit), sentence)
    if best is None:
        return None, None
    return best[1], best[2]
