"""Numbers as abstracts write them: counts in words or digits, percentages, cell doses.

Everything here works on one sentence's text and returns plain values; the field modules
decide what a number means. Patterns are compiled once at import.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(_TENS)
_BELOW_HUNDRED = rf"(?:(?:{_TENS_ALT})(?:[-‐– ](?:{_UNIT_ALT}))?|(?:{_UNIT_ALT}))"
# "Twenty-one", "one hundred and twelve", "a hundred", "nine".
WORD_NUMBER = (
    rf"(?:(?:(?:{_UNIT_ALT}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?)|{_BELOW_HUNDRED})"
)
# A count: digits (with thousands separators) or a number in words.
COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{WORD_NUMBER})\b)"
DECIMAL = r"\d+(?:[.·]\d+)?"

_WORD_SPLIT = re.compile(r"[-‐– ]+")
# Digits only, for text whose numbers in words were already turned into digits.
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_WORD_NUMBER_RE = re.compile(WORD_NUMBER)
# Where a number word may start (cheap scan); the full pattern then runs only there.
_NUMBER_WORD_START = re.compile(
    "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True)))


def has_number_word(lower: str) -> bool:
    """Might `lower` hold a number in words? (A cheap test before `normalize_numbers`.)"""
    return _NUMBER_WORD_START.search(lower) is not None


def normalize_numbers(lower: str) -> str:
    """`lower` with whole-word numbers in words as digits ("twenty-one patients" → "21 patients").

    The result is for reading values only; offsets into it do not match the sentence.
    """
    pieces: list[str] = []
    last = 0
    position = 0
    length = len(lower)
    while True:
        start_match = _NUMBER_WORD_START.search(lower, position)
        if start_match is None:
            break
        start = start_match.start()
        if start > 0 and lower[start - 1].isalpha():
            position = start_match.end()
            continue
        match = _WORD_NUMBER_RE.match(lower, start)
        end = match.end() if match else start_match.end()
        if match is None or (end < length and lower[end].isalpha()):
            position = start_match.end()
            continue
        value = word_to_int(match.group(0))
        if value is not None:
            pieces.append(lower[last:start])
            pieces.append(str(value))
            last = end
        position = end
    if not pieces:
        return lower
    pieces.append(lower[last:])
    return "".join(pieces)


def word_to_int(words: str) -> int | None:
    """The value of a number written in words ("Twenty-one" → 21), or None."""
    total = 0
    current = 0
    seen = False
    for part in _WORD_SPLIT.split(words.lower().strip()):
        if not part or part == "and":
            continue
        if part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part == "a":
            current += 1
        else:
            return None
        seen = True
    total += current
    return total if seen else None


def parse_count(token: str) -> int | None:
    """An integer count from digits ("1,024") or words ("Twenty-one"); None otherwise."""
    token = token.strip()
    if not token:
        return None
    if token[0].isdigit():
        digits = token.replace(",", "")
        return int(digits) if digits.isdigit() else None
    return word_to_int(token)


def parse_decimal(token: str) -> float:
    return float(token.replace("·", "."))


# --- cell doses ------------------------------------------------------------------------------

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
def _mantissa_pattern(suffix: str) -> str:
    return (rf"(?<![\d.,])(?P<m1{suffix}>\d+(?:[.·,]\d+)?)"
            rf"(?:\s*(?:-|–|—|to)\s*(?P<m2{suffix}>\d+(?:[.·,]\d+)?))?")

# The power of ten: "10^6", "10(6)", "10⁶", "10E6", "10e+6", "10**6". After a times sign also
# "106" or "10 6" (the superscript lost in PubMed's plain text: "3.0×106 cells/kg").
_POWER = (r"10\s*(?:\^\s*(?P<e7>\d{1,2})|\*\*\s*(?P<e8>\d{1,2})|\(\s*(?P<e1>\d{1,2})\s*\)"
          r"|\[\s*(?P<e5>\d{1,2})\s*\]|(?P<e2>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|[Ee]\+?(?P<e3>\d{1,2})\b)")
_LOST_POWER = r"10\s?(?P<e4>[4-9]|1[0-2])\b"
_TIMES = r"\s*[×xX✕*·]\s*"
_SCIENTIFIC = re.compile(
    rf"(?:{_mantissa_pattern('')}{_TIMES}|(?<![\d.,]))(?:{_POWER})"
    rf"|{_mantissa_pattern('b')}{_TIMES}{_LOST_POWER}"
    r"|(?<![\d.])(?P<m3>\d+(?:\.\d+)?)\s*[Ee]\+?(?P<e6>\d{1,2})\b"
    r"|\b(?P<m4>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+million(?:s)?\b",
    re.IGNORECASE,
)
# "cells/kg", "per kilogram", "kg-1", "/kg body weight"; the gap may name the cells ("CD34+
# cells", "UC-MSCs") but not hold another unit's number ("200 mg/kg").
_PER_KG = re.compile(
    r"(?:\([^()]{0,40}\)|(?!\d+(?:[.,]\d+)?\s*(?:mg|g|µg|μg|ug|mcg|ml|iu|u|mmol)\b)[^;%=<>()]){0,70}?\(?"
    r"(?:/\s*kg\b|/\s*kilogram|\bper\s+(?:kg|kilogram)|\bkg\s*[-−⁻]\s*1|\bkg⁻¹)",
    re.IGNORECASE,
)
# Doses listed before a shared power: "1, 2 and 5 × 10^6 cells/kg" (highest is the last).
_WORDED_MILLION = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                   "eight": 8, "nine": 9, "ten": 10, "a": 1}


_EXPONENT_GROUPS = ("e1", "e2", "e3", "e4", "e5", "e7", "e8")


def _mantissa(text: str | None) -> float | None:
    if text is None:
        return None
    return float(text.replace("·", ".").replace(",", "."))


def scientific_values(text: str) -> list[tuple[float, int, int]]:
    """All cell-count magnitudes in `text` as (value, start, end); ranges give their top."""
    values = []
    for match in _SCIENTIFIC.finditer(text):
        groups = match.groupdict()
        if groups["m4"] is not None:
            word = groups["m4"].lower()
            base = _WORDED_MILLION.get(word)
            value = (base if base is not None else float(word)) * 1e6
            values.append((value, match.start(), match.end()))
            continue
        if groups["m3"] is not None:
            values.append((float(groups["m3"]) * 10 ** int(groups["e6"]), match.start(), match.end()))
            continue
        exponent_text = next(groups[k] for k in _EXPONENT_GROUPS if groups[k] is not None)
        exponent = int(exponent_text.translate(_SUPERSCRIPTS))
        top = groups["m2"] or groups["m2b"]
        low = groups["m1"] or groups["m1b"]
        mantissa = _mantissa(top) or _mantissa(low) or 1.0
        values.append((mantissa * 10 ** exponent, match.start(), match.end()))
    return values


_LIST_JOINER = re.compile(r"[\s,;/]*(?:and|or|to|-|–)?[\s,]*")


def per_kg_doses(text: str) -> list[tuple[float, int, int]]:
    """Cell doses per kilogram in `text` as (cells/kg, start, end of the number).

    A magnitude counts when a per-kg unit follows it closely ("× 10^6 cells/kg", "10(6)/kg",
    "million MSCs per kilogram"); a list sharing one unit ("1, 2 or 5 × 10^6 cells/kg")
    counts each member.
    """
    found = []
    values = scientific_values(text)
    for i, (value, start, end) in enumerate(values):
        if value < 1e3:
            continue
        # Walk forward over a list of further magnitudes to the shared unit.
        j = i
        tail_end = end
        while j + 1 < len(values) and _LIST_JOINER.fullmatch(text, tail_end, values[j + 1][1]):
            j += 1
            tail_end = values[j][2]
        if _PER_KG.match(text, tail_end):
            found.append((value, start, end))
    return found


def max_dose_per_kg(text: str) -> float | None:
    doses = per_kg_doses(text)
    return max(d[0] for d in doses) if doses else None
