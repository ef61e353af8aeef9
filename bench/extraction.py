"""Accuracy benchmark of the extractor against a labelled PubMed set.

    python bench/extraction.py                      # the dev set (tests/data/devset)
    python bench/extraction.py --records tests/data/heldout/records.xml \\
                               --labels tests/data/heldout/labels.jsonl
    python bench/extraction.py --errors             # every mismatch, per record
    python bench/extraction.py --json               # machine-readable figures

The records are parsed with `pipeline.fetch.pubmed_xml.iter_articles`, each article goes through
`pipeline.extract.extract`, and the extraction is compared with the labels field by field. How the
labels were made, and what is scored where, is in tests/data/devset/LABELING.md:

- relevance is scored on every record; all other fields on records labelled relevant;
- numeric fields are "exact" over relevant records where the label or the prediction is non-null;
- an outcome matches when the measure is in both and the rates differ by at most 0.01;
- evidence: every numeric value and outcome the extractor returns (on any record) must carry
  evidence whose text shows the number, and every evidence span must satisfy
  `article.text[start:end] == text`;
- speed: `extract` alone over the parsed articles, repeated for at least two seconds, on one core.

`evaluate()` is the same run as a function (tests and other tools import it).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # run as `python bench/extraction.py`
    sys.path.insert(0, str(REPO_ROOT))

DEFAULT_RECORDS = REPO_ROOT / "tests" / "data" / "devset" / "records.xml"
DEFAULT_LABELS = REPO_ROOT / "tests" / "data" / "devset" / "labels.jsonl"

NUMERIC_FIELDS = ("n_patients", "n_studies", "follow_up_months", "dose_cells_per_kg")
CATEGORICAL_FIELDS = ("design", "phase")
FLAG_FIELDS = ("lupus_nephritis", "pediatric", "refractory", "retracted", "new_guideline")
RATE_TOLERANCE = 0.01
FOLLOW_UP_TOLERANCE = 0.05
DOSE_RELATIVE_TOLERANCE = 1e-6

# (metric key, label, threshold): the targets of issue 4.
TARGETS = (
    ("relevance.f1", "relevance F1", 0.97),
    ("design.accuracy", "design accuracy", 0.95),
    ("therapies.f1", "therapies F1", 0.95),
    ("n_patients.exact", "n_patients exact", 0.90),
    ("outcomes.f1", "outcomes F1", 0.90),
    ("follow_up_months.exact", "follow-up exact", 0.90),
    ("dose_cells_per_kg.exact", "dose exact", 0.90),
    ("evidence.pass_rate", "evidence", 1.0),
    ("speed.abstracts_per_second", "abstracts/s (one core)", 2000.0),
)


# --------------------------------------------------------------------------- numbers in text

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
_DIGITS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?:[.·]\d+)?")
_WORD = re.compile(r"[a-z]+")
_ZERO_WORDS = re.compile(r"\b(no|none|neither|nor|without|zero|nil|free of|not a single)\b", re.I)
_ONE_WORDS = re.compile(r"\b(a|an|one|single|sole)\b", re.I)
_ALL_WORDS = re.compile(r"\b(all|every|each|both)\b", re.I)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def words_to_numbers(text: str) -> list[float]:
    """Numbers written in English words: "Twenty-one" → 21, "two hundred and fifty-two" → 252."""
    found: list[float] = []
    total = current = 0
    in_number = False
    tokens = _WORD.findall(text.lower())
    for index, token in enumerate(tokens):
        if token in _UNITS or token in _TENS:
            current += _UNITS.get(token, 0) + _TENS.get(token, 0)
            in_number = True
        elif token in _SCALES and in_number:
            if _SCALES[token] == 1000:
                total += current * 1000
                current = 0
            else:
                current *= 100
        elif token == "and" and in_number and index + 1 < len(tokens) and (
                tokens[index + 1] in _UNITS or tokens[index + 1] in _TENS):
            continue
        else:
            if in_number:
                found.append(float(total + current))
            total = current = 0
            in_number = False
    if in_number:
        found.append(float(total + current))
    return found


def numbers_in(text: str) -> list[float]:
    """Every number a reader sees in `text`: digits ("1,024", "3.5", "3·5") and English words."""
    digits = [float(m.group().replace(",", "").replace("·", ".")) for m in _DIGITS.finditer(text)]
    return digits + words_to_numbers(text)


_MANTISSA = r"(\d+(?:[.·]\d+)?|" + "|".join(_UNITS) + r"|" + "|".join(_TENS) + r")"
_TIMES = r"\s*(?:×|x|X|\*|·|⋅)\s*"
# "10^6", "10(6)", "10⁶", "10E6", "10<sup>6</sup>", and "106" where PubMed lost the superscript.
_EXPONENT = (r"10\s*(?:\^\s*\(?\s*(\d+)\s*\)?|\(\s*(\d+)\s*\)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[eE]\+?(\d+)|<sup>(\d+)</sup>"
             r"|([4-9])(?=\s*(?:cells|/\s*kg|per\b|CAR|CD34|MSC)))")
_SCIENTIFIC = re.compile(_MANTISSA + _TIMES + _EXPONENT, re.I)
_BARE_POWER = re.compile(r"(?<![\d.·×xX*⋅]\s)(?<![\d.·×xX*⋅])" + _EXPONENT)
_E_NOTATION = re.compile(r"\b(\d+(?:\.\d+)?)[eE]\+?(\d+)\b")
_MILLION = re.compile(_MANTISSA + r"\s*(million|billion)", re.I)


def _number(token: str) -> float:
    token = token.lower().replace("·", ".")
    if token in _UNITS:
        return float(_UNITS[token])
    if token in _TENS:
        return float(_TENS[token])
    return float(token)


def doses_in(text: str) -> list[float]:
    """Cell counts a reader sees: "1 × 10^6", "2x10(6)", "3.0×10⁶", "10^6", "1e6", "one million"."""
    found: list[float] = []
    for match in _SCIENTIFIC.finditer(text):
        exponent = next(g for g in match.groups()[1:] if g)
        found.append(_number(match.group(1)) * 10 ** int(exponent.translate(_SUPERSCRIPTS)))
    for match in _BARE_POWER.finditer(text):
        exponent = next(g for g in match.groups() if g)
        found.append(10.0 ** int(exponent.translate(_SUPERSCRIPTS)))
    for match in _E_NOTATION.finditer(text):
        found.append(float(match.group(1)) * 10 ** int(match.group(2)))
    for match in _MILLION.finditer(text):
        found.append(_number(match.group(1)) * (1e6 if match.group(2).lower() == "million" else 1e9))
    found.extend(n for n in numbers_in(text) if n >= 1000)
    return found


# "12 women and 3 men" shows a cohort of 15.
_SEX_PAIR = re.compile(r"(\w+(?:-\w+)?)\s+(?:\w+\s+)?(?:men|women|males?|females?|boys|girls)\s*(?:and|,)\s*"
                       r"(\w+(?:-\w+)?)\s+(?:\w+\s+)?(?:men|women|males?|females?|boys|girls)\b", re.I)


def shows_integer(text: str, value: int) -> bool:
    if value == 1 and _ONE_WORDS.search(text):
        return True
    if value == 0 and _ZERO_WORDS.search(text):
        return True
    if any(x == value for x in numbers_in(text)):
        return True
    for match in _SEX_PAIR.finditer(text):
        parts = [numbers_in(match.group(i)) for i in (1, 2)]
        if all(parts) and parts[0][0] + parts[1][0] == value:
            return True
    return False


_DURATION = re.compile(
    r"(\d+(?:[.·]\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)[\s-]*(months?|mo|years?|yrs?|weeks?|wks?|days?)\b", re.I)
_MONTHS_PER_UNIT = {"mo": 1.0, "mon": 1.0, "y": 12.0, "yr": 12.0, "yea": 12.0, "w": 12 / 52, "wk": 12 / 52,
                    "wee": 12 / 52, "d": 12 / 365.25, "day": 12 / 365.25}


def durations_in(text: str) -> list[float]:
    """Durations with a unit, in months: "38 months", "6.2 years", "46 weeks", "Three years"."""
    found = []
    for match in _DURATION.finditer(text):
        amount, unit = match.group(1), match.group(2).lower()
        values = [float(amount.replace("·", "."))] if amount[0].isdigit() else words_to_numbers(amount)
        factor = _MONTHS_PER_UNIT.get(unit[:3]) or _MONTHS_PER_UNIT.get(unit[:2]) or _MONTHS_PER_UNIT[unit[:1]]
        found.extend(value * factor for value in values)
    return found


def shows_follow_up(text: str, months: float) -> bool:
    """The follow-up appears with its unit (months, years, weeks or days; usual roundings)."""
    return any(abs(x - months) <= 0.15 for x in durations_in(text))


def shows_dose(text: str, dose: float) -> bool:
    return any(math.isclose(x, dose, rel_tol=DOSE_RELATIVE_TOLERANCE) for x in doses_in(text))


def shows_outcome(text: str, k: int | None, rate: float) -> bool:
    """k, the rate as a percentage (±0.5 points) or a proportion, or a zero / all word."""
    if k is not None and shows_integer(text, k):
        return True
    if rate == 0 and _ZERO_WORDS.search(text):
        return True
    if rate == 1 and _ALL_WORDS.search(text):
        return True
    return any(abs(x - rate * 100) <= 0.5 + 1e-9 or (x <= 1 and abs(x - rate) <= 0.005) for x in numbers_in(text))


# --------------------------------------------------------------------------- scoring

@dataclass
class Counts:
    """Running tallies for one metric."""

    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def prf(self) -> dict[str, float | None]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        if precision is None or recall is None:
            f1 = None
        else:
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Mismatch:
    pmid: str
    field: str
    expected: object
    got: object

    def to_dict(self) -> dict:
        return {"pmid": self.pmid, "field": self.field, "expected": self.expected, "got": self.got}


@dataclass
class Report:
    """Everything the benchmark measured; `metrics` is flat ("field.metric" → value)."""

    records: int
    relevant: int
    metrics: dict[str, float | int | None] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)
    evidence_failures: list[Mismatch] = field(default_factory=list)
    extractor_errors: list[Mismatch] = field(default_factory=list)
    extractor_version: str = ""

    def targets(self) -> list[dict]:
        rows = []
        for key, name, threshold in TARGETS:
            value = self.metrics.get(key)
            rows.append({"metric": key, "name": name, "threshold": threshold, "value": value,
                         "passed": value is not None and value >= threshold - 1e-12})
        return rows

    def all_targets_met(self) -> bool:
        return all(row["passed"] for row in self.targets())

    def to_dict(self, *, errors: bool = False) -> dict:
        out = {"records": self.records, "relevant": self.relevant, "extractor_version": self.extractor_version,
               "metrics": self.metrics, "targets": self.targets(), "all_targets_met": self.all_targets_met(),
               "extractor_errors": [m.to_dict() for m in self.extractor_errors]}
        if errors:
            out["mismatches"] = [m.to_dict() for m in self.mismatches]
            out["evidence_failures"] = [m.to_dict() for m in self.evidence_failures]
        return out


def _same_number(field_name: str, expected, got) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if field_name == "follow_up_months":
        return abs(float(expected) - float(got)) <= FOLLOW_UP_TOLERANCE + 1e-9
    if field_name == "dose_cells_per_kg":
        return math.isclose(float(expected), float(got), rel_tol=DOSE_RELATIVE_TOLERANCE)
    return float(expected) == float(got)


def _check_evidence(article, record: Mapping, report: Report) -> tuple[int, int]:
    """(checks passed, checks made) for one extraction's evidence."""
    text = article.text
    evidence = record.get("evidence") or {}
    passed = made = 0

    def fail(key: str, why: str, value) -> None:
        report.evidence_failures.append(Mismatch(article.pmid, key, why, value))

    for key, span in evidence.items():
        made += 1
        start, end, quoted = span.get("start"), span.get("end"), span.get("text")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text) \
                and text[start:end] == quoted:
            passed += 1
        else:
            fail(key, "offsets do not point at the text", span)
    wanted: list[tuple[str, Callable[[str], bool], object]] = []
    for name in NUMERIC_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if name == "follow_up_months":
            wanted.append((name, lambda s, v=value: shows_follow_up(s, float(v)), value))
        elif name == "dose_cells_per_kg":
            wanted.append((name, lambda s, v=value: shows_dose(s, float(v)), value))
        else:
            wanted.append((name, lambda s, v=value: shows_integer(s, int(v)), value))
    for measure, outcome in (record.get("outcomes") or {}).items():
        wanted.append((f"outcomes.{measure}",
                       lambda s, o=outcome: shows_outcome(s, o.get("k"), float(o["rate"])), outcome))
    for key, shows, value in wanted:
        made += 1
        span = evidence.get(key)
        if not span:
            fail(key, "no evidence for a value", value)
        elif not shows(span.get("text") or ""):
            fail(key, "evidence text does not show the value", {"value": value, "text": span.get("text")})
        else:
            passed += 1
    return passed, made


def score(articles: Iterable, labels: Mapping[str, Mapping], extractions: Mapping[str, Mapping]) -> Report:
    """Compare extraction records (`Extraction.to_record()` shape) with labels, per DESIGN.md fields."""
    articles = list(articles)
    relevant_pmids = {pmid for pmid, label in labels.items() if label["relevant"]}
    report = Report(records=len(articles), relevant=sum(a.pmid in relevant_pmids for a in articles))
    relevance = Counts()
    categorical = {name: Counts() for name in CATEGORICAL_FIELDS + FLAG_FIELDS + ("msc_source",)}
    numeric = {name: Counts() for name in NUMERIC_FIELDS}
    therapies = Counts()
    outcomes = Counts()
    evidence_passed = evidence_made = 0

    for article in articles:
        label = labels[article.pmid]
        got = extractions[article.pmid]
        passed, made = _check_evidence(article, got, report)
        evidence_passed += passed
        evidence_made += made

        if label["relevant"] and got["relevant"]:
            relevance.tp += 1
        elif got["relevant"]:
            relevance.fp += 1
            report.mismatches.append(Mismatch(article.pmid, "relevant", False, True))
        elif label["relevant"]:
            relevance.fn += 1
            report.mismatches.append(Mismatch(article.pmid, "relevant", True, False))
        if not label["relevant"]:
            continue

        for name, counts in categorical.items():
            expected, value = label.get(name), got.get(name)
            if name == "msc_source" and expected is None and value is None:
                continue
            counts.total += 1
            if expected == value:
                counts.correct += 1
            else:
                report.mismatches.append(Mismatch(article.pmid, name, expected, value))

        for name, counts in numeric.items():
            expected, value = label.get(name), got.get(name)
            if expected is None and value is None:
                continue
            counts.total += 1
            if _same_number(name, expected, value):
                counts.correct += 1
            else:
                report.mismatches.append(Mismatch(article.pmid, name, expected, value))

        expected_therapies, got_therapies = set(label["therapies"]), set(got.get("therapies") or ())
        therapies.tp += len(expected_therapies & got_therapies)
        therapies.fp += len(got_therapies - expected_therapies)
        therapies.fn += len(expected_therapies - got_therapies)
        if expected_therapies != got_therapies:
            report.mismatches.append(Mismatch(article.pmid, "therapies", sorted(expected_therapies),
                                              sorted(got_therapies)))

        expected_outcomes, got_outcomes = label.get("outcomes") or {}, got.get("outcomes") or {}
        for measure in sorted(set(expected_outcomes) | set(got_outcomes)):
            want, have = expected_outcomes.get(measure), got_outcomes.get(measure)
            if want and have and abs(float(want["rate"]) - float(have["rate"])) <= RATE_TOLERANCE + 1e-9:
                outcomes.tp += 1
                continue
            if want:
                outcomes.fn += 1
            if have:
                outcomes.fp += 1
            report.mismatches.append(Mismatch(article.pmid, f"outcomes.{measure}", want, have))

    m = report.metrics
    for key, value in relevance.prf().items():
        m[f"relevance.{key}"] = value
    for name, counts in categorical.items():
        m[f"{name}.accuracy"] = counts.accuracy()
        m[f"{name}.support"] = counts.total
    for name, counts in numeric.items():
        m[f"{name}.exact"] = counts.accuracy()
        m[f"{name}.support"] = counts.total
    for key, value in therapies.prf().items():
        m[f"therapies.{key}"] = value
    for key, value in outcomes.prf().items():
        m[f"outcomes.{key}"] = value
    flag_counts = [categorical[name] for name in ("lupus_nephritis", "pediatric", "refractory")]
    flag_total = sum(c.total for c in flag_counts)
    m["flags.accuracy"] = sum(c.correct for c in flag_counts) / flag_total if flag_total else None
    m["evidence.checks"] = evidence_made
    m["evidence.pass_rate"] = evidence_passed / evidence_made if evidence_made else 1.0
    return report


# --------------------------------------------------------------------------- running

def load_labels(path: Path) -> dict[str, dict]:
    labels: dict[str, dict] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON ({exc.msg}); fix the line") from exc
            labels[str(label["pmid"])] = label
    return labels


def load_articles(path: Path) -> list:
    from pipeline.fetch.pubmed_xml import iter_articles

    return [a for a in iter_articles(path) if not a.deleted]


def measure_speed(articles: list, extract: Callable, *, min_seconds: float = 2.0) -> dict[str, float]:
    """Abstracts per second through `extract` alone, repeating the set for at least `min_seconds`."""
    if not articles:
        return {"abstracts_per_second": 0.0, "seconds": 0.0, "abstracts": 0}
    gc.collect()
    done = 0
    started = time.perf_counter()
    elapsed = 0.0
    while elapsed < min_seconds:
        for article in articles:
            extract(article)
        done += len(articles)
        elapsed = time.perf_counter() - started
    return {"abstracts_per_second": done / elapsed, "seconds": elapsed, "abstracts": done}


def evaluate(records: Path = DEFAULT_RECORDS, labels: Path = DEFAULT_LABELS, *,
             extract: Callable | None = None, speed_seconds: float | None = 2.0) -> Report:
    """Run the benchmark: parse `records`, extract, score against `labels`, time `extract`.

    `speed_seconds=None` skips the timing (tests); `extract` defaults to `pipeline.extract.extract`.
    """
    import pipeline.extract

    extract = extract or pipeline.extract.extract
    articles = load_articles(Path(records))
    label_map = load_labels(Path(labels))
    pmids = [a.pmid for a in articles]
    unlabelled = sorted(set(pmids) - set(label_map))
    missing = sorted(set(label_map) - set(pmids))
    if unlabelled or missing:
        raise SystemExit(f"{records} and {labels} disagree: records without labels {unlabelled[:5]}, "
                         f"labels without records {missing[:5]}; rebuild the set")
    extractions: dict[str, dict] = {}
    errors: list[Mismatch] = []
    version = ""
    for article in articles:
        try:
            extraction = extract(article)
            record = extraction.to_record()
            version = record.get("extractor_version", version)
        except Exception as exc:  # noqa: BLE001 - one broken record must not hide the others' scores
            errors.append(Mismatch(article.pmid, "extract", "an Extraction", f"{type(exc).__name__}: {exc}"))
            record = {"relevant": False, "design": None, "therapies": [], "outcomes": {}, "evidence": {}}
        extractions[article.pmid] = record
    report = score(articles, label_map, extractions)
    report.extractor_errors = errors
    report.extractor_version = version
    if speed_seconds is not None:
        speed = measure_speed(articles, extract, min_seconds=speed_seconds)
        for key, value in speed.items():
            report.metrics[f"speed.{key}"] = value
    return report


# --------------------------------------------------------------------------- output

def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def format_report(report: Report, *, errors: bool = False, records: Path | None = None) -> str:
    m = report.metrics
    lines = [f"Extraction benchmark: {records or ''}",
             f"  records {report.records} (relevant {report.relevant}, noise {report.records - report.relevant}); "
             f"extractor {report.extractor_version or '?'}"]
    if report.extractor_errors:
        lines.append(f"  EXTRACTOR RAISED on {len(report.extractor_errors)} record(s) (scored as empty)")
    lines += [
        "",
        "Field                      value   detail",
        f"  relevance F1             {_fmt(m['relevance.f1'])}   P {_fmt(m['relevance.precision'])} "
        f"R {_fmt(m['relevance.recall'])} (tp {m['relevance.tp']}, fp {m['relevance.fp']}, fn {m['relevance.fn']})",
    ]
    for name in ("design", "phase", "msc_source"):
        lines.append(f"  {name + ' accuracy':<24} {_fmt(m[f'{name}.accuracy'])}   n={m[f'{name}.support']}")
    lines.append(f"  therapies F1             {_fmt(m['therapies.f1'])}   P {_fmt(m['therapies.precision'])} "
                 f"R {_fmt(m['therapies.recall'])}")
    lines.append(f"  flags accuracy           {_fmt(m['flags.accuracy'])}   " + ", ".join(
        f"{name} {_fmt(m[f'{name}.accuracy'])}" for name in FLAG_FIELDS))
    for name in NUMERIC_FIELDS:
        lines.append(f"  {name + ' exact':<24} {_fmt(m[f'{name}.exact'])}   n={m[f'{name}.support']} "
                     "(label or prediction non-null)")
    lines.append(f"  outcomes F1              {_fmt(m['outcomes.f1'])}   P {_fmt(m['outcomes.precision'])} "
                 f"R {_fmt(m['outcomes.recall'])} (tp {m['outcomes.tp']}, fp {m['outcomes.fp']}, fn {m['outcomes.fn']})")
    lines.append(f"  evidence                 {_fmt(m['evidence.pass_rate'])}   {m['evidence.checks']} checks, "
                 f"{len(report.evidence_failures)} failed")
    if "speed.abstracts_per_second" in m:
        lines.append(f"  speed                    {m['speed.abstracts_per_second']:,.0f} abstracts/s   "
                     f"({m['speed.abstracts']} extractions in {m['speed.seconds']:.2f} s)")
    lines += ["", "TARGETS"]
    for row in report.targets():
        value = row["value"]
        shown = "n/a" if value is None else (f"{value:,.0f}" if row["threshold"] > 1 else f"{value:.3f}")
        threshold = f"{row['threshold']:,.0f}" if row["threshold"] > 1 else f"{row['threshold']:.2f}"
        lines.append(f"  {'PASS' if row['passed'] else 'FAIL'}  {row['name']:<24} {shown:>8}  (target >= {threshold})")
    if errors:
        lines += ["", "ERRORS (expected -> got), per record"]
        by_pmid: dict[str, list[str]] = {}
        for item in report.extractor_errors:
            by_pmid.setdefault(item.pmid, []).append(f"extract raised: {item.got}")
        for item in report.mismatches:
            by_pmid.setdefault(item.pmid, []).append(f"{item.field}: {_short(item.expected)} -> {_short(item.got)}")
        for item in report.evidence_failures:
            by_pmid.setdefault(item.pmid, []).append(f"evidence {item.field}: {item.expected}: {_short(item.got)}")
        for pmid in sorted(by_pmid):
            lines.append(f"  {pmid}")
            lines.extend(f"      {entry}" for entry in by_pmid[pmid])
    return "\n".join(lines)


def _short(value, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pin_to_one_core() -> None:
    """Measure on one core, as the target says (Linux; elsewhere a no-op)."""
    if hasattr(os, "sched_getaffinity") and hasattr(os, "sched_setaffinity"):
        cores = sorted(os.sched_getaffinity(0))
        if cores:
            os.sched_setaffinity(0, {cores[0]})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score pipeline.extract against a labelled PubMed set.")
    parser.add_argument("--records", type=Path, default=DEFAULT_RECORDS, help="PubMed XML (default: the dev set)")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="labels JSONL (default: the dev set)")
    parser.add_argument("--errors", action="store_true", help="list every mismatch and evidence failure per record")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--speed-seconds", type=float, default=2.0, help="time extract() for at least this long")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    for path in (args.records, args.labels):
        if not path.is_file():
            parser.error(f"{path} does not exist; pass --records/--labels pointing at a labelled set")
    if not args.no_speed:
        _pin_to_one_core()
    report = evaluate(args.records, args.labels, speed_seconds=None if args.no_speed else args.speed_seconds)
    if args.json:
        print(json.dumps(report.to_dict(errors=args.errors), indent=2, ensure_ascii=False))
    else:
        print(format_report(report, errors=args.errors, records=args.records))
    return 1 if args.check and not report.all_targets_met() else 0


if __name__ == "__main__":
    sys.exit(main())
