"""Outcomes as k / n / rate: remission, complete remission, mortality, treatment-related
mortality, overall and disease-free survival, relapse and serious adverse events.

Per sentence of the study's own text: find the measure phrases (with the abbreviations the
abstract defines, e.g. "major clinical response (MCR)") and the number phrases ("k of n",
"k/n (x%)", "k (x%)", "x% (k/n)", "x%", "x ± y%", "all N", bare counts such as "two patients
died"). Numbers inside confidence intervals, ranges, p-values, ratios, thresholds, scores and
time points ("5-year", "at 12 months") are not outcome numbers; numbers about the control arm
("7/20 in the placebo group") are dropped; a definition ("remission, defined as SLEDAI-2K of 2
or less, ...") is blanked. The sentence is cut into clauses ("; ", ", and ", ", whereas ",
before a new count), and in each clause:

1. a number directly followed by its measure binds to it ("14 of 21 patients (66.7%) achieved
   remission", "two patients died", "19 relapsed");
2. a measure then takes the first free number after it ("remission occurred in 9 of 12",
   "overall survival was 81%"), the last one when several time points follow;
3. else the nearest free number before it.
"respectively" pairs measures and numbers in order; negations give zero ("no treatment-related
deaths", "none of the patients relapsed") unless restricted to a subgroup. A count without a
denominator is read over the denominator a sibling outcome of the same sentence states, else
the cell-therapy arm of a controlled study, else the study's patients. Across sentences the
results section wins over others, and a later time point over an earlier one (conventions:
tests/data/devset/LABELING.md).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.extract.document import BACKGROUND_SECTIONS, CONCLUSION_SECTIONS, METHOD_SECTIONS, Document
from pipeline.extract.model import Outcome
from pipeline.extract.numbers import DIGITS, parse_count
from pipeline.extract.patterns import words
from pipeline.extract.sentences import Sentence

# Deaths counted as treatment-related ("two treatment-related deaths", "died of transplant-related
# sepsis", "seven deaths were related to the transplant") are also all-cause deaths; a
# treatment-related mortality *rate* is not.
_TRM_DEATHS = (
    r"(?:treatment|transplant|transplantation|procedure|therapy|regimen|conditioning|toxicity|hsct|msc|infusion|car-?t)"
    r"[- ](?:related|associated) (?:deaths?|fatalit(?:y|ies))",
    r"(?:deaths?|died|fatalit(?:y|ies))[^.;,]{0,25}?(?:related|attributed|attributable|due) to (?:the )?"
    r"(?:treatment|transplant\w*|procedure|therapy|hsct|conditioning|mscs?|cell|infusion|car-?t)",
    r"died (?:of|from) (?:\w+[- ]){0,2}?(?:treatment|transplant|transplantation|procedure|therapy|conditioning)"
    r"[- ](?:related|associated)",
    # one of several deaths counted just before: "two died, 1 of transplant-related sepsis and 1 of ...",
    # "three deaths occurred, 1 attributed to transplant"
    r"(?<=\d )(?:was |were )?(?:attributed|attributable|related|due) to (?:the )?(?:treatment|transplant\w*|procedure|"
    r"conditioning|hsct|mscs?|cells?|infusion|car-?t)\b",
    r"(?<=\d )(?:from |of )(?:\w+[- ]){0,2}?(?:treatment|transplant|transplantation|procedure|conditioning)[- ]"
    r"(?:related|associated)",
)
# "... serious adverse events (were) related to the infusion" is a restricted statement.
_RESTRICTED_SAE = (r"(?!\s(?:were |was |are |considered |judged )?(?:related|attributable|attributed|due|linked)\b)"
                   r"(?! (?:were |was )?(?:considered |judged )?(?:treatment|infusion|procedure|msc|cell)[- ]related)")
# Measures in priority order: a span claimed by an earlier pattern is not reused by a later
# one ("treatment-related mortality" is not also "mortality").
_MEASURES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    ("trm_deaths", words(*_TRM_DEATHS)),
    ("treatment_related_mortality", words(
        r"(?:treatment|transplant|transplantation|procedure|therapy|regimen|conditioning|toxicity|hsct|msc|infusion)[- ]"
        r"(?:related|associated) mortality", r"trm", r"non[- ]relapse mortality", r"nrm")),
    ("disease_free_survival", words(
        r"(?:disease|progression|relapse|event|flare|failure|treatment)[- ]free survival", r"dfs", r"pfs", r"rfs", r"efs")),
    ("overall_survival", words(
        r"overall survival", r"os", r"survival rates?", r"survival (?:was|were|of|at|probability|reached|is)",
        r"(?:were|was|remained|are|is|remain) alive", r"alive at", r"survived", r"(?:probability|likelihood) of survival")),
    ("mortality", words(r"mortality", r"deaths?", r"died", r"dead", r"fatal(?:ities|ity)?", r"passed away", r"succumbed")),
    ("remission", words(
        r"(?:complete|cr) (?:or|and|/|\+|plus) (?:partial|pr) (?:\w+ )?(?:remissions?|responses?)",
        r"mcr ?(?:/|\+|or|and|plus) ?pcr", r"crr ?(?:/|\+|or|and|plus) ?prr", r"cr ?(?:/|\+) ?pr",
        r"(?:complete|major) (?:and|or|\+|plus) partial (?:clinical |renal )?(?:remissions?|responses?)")),
    ("complete_remission", words(
        r"complete (?:clinical |renal |serological |disease |)(?:remissions?|responses?)", r"crr?", r"full remission",
        r"complete responders?", r"complete renal remission", r"major clinical responses?", r"mcr",
        r"complete(?=\s*(?::|\(|in\s+\d|\d))", r"(?<=of them )complete\b", r"(?<=of these )complete\b")),
    ("partial_remission", words(r"partial (?:clinical |renal |)(?:remissions?|responses?)", r"prr?", r"partial responders?",
                                r"partial(?=\s*(?::|\(|in\s+\d|\d))")),
    ("remission", words(
        r"remissions?", r"(?:overall|renal|clinical|major|objective|treatment|sri(?:-?\d+)?|sustained|therapeutic|total|"
        r"composite) responses?", r"r(?<!among r)(?<!of the r)(?<!these r)(?<!those r)(?<! in r)esponders?",
        r"r(?<!not r)(?<!never r)(?<!failed to r)esponded", r"response rates?", r"responses? (?:was|were) (?:achieved|observed|seen)", r"lldas", r"orr", r"bicla(?: responses?)?",
        r"low disease activity(?: state)?", r"(?:total |overall |clinical )?(?:effective|efficacy) rates?")),
    # "remission ..., which was sustained in 7 of 10 at the last visit": the later state counts.
    ("sustained_remission", words(r"(?:sustained|maintained|persisted|persisting|durable|lasted)"
                                  r"(?=\s+(?:[\w-]+\s+){0,3}?in\s+(?:\d|all\b))")),
    ("relapse", words(r"r(?<!after r)(?<!following r)(?<!before r)elapse[sd]?(?!,? (?:or|and|/) refractory)(?!/refractory)", r"flares?", r"flared",
                      r"recurren(?:ce|t)", r"recurred", r"reactivation")),
    ("serious_adverse_events", words(
        r"s(?<!related s)(?<!associated s)e(?:rious|vere) adverse (?:events?|effects?|reactions?|drug reactions?)"
        + _RESTRICTED_SAE,
        r"s(?<!related )aes?" + _RESTRICTED_SAE)),
))
_CUE_WORDS = ("remission", "respon", "surviv", "mortalit", "death", "died", "dead", "fatal", "relaps", "flare",
              "recur", "adverse", "alive", "passed away", "succumbed", "reactivation", "lldas", "low disease activity",
              "effective rate", "efficacy rate")
# Words that only matter beside a remission cue ("remission ..., sustained in 7 of 10").
_LATER_STATE_WORDS = ("sustained", "maintained", "persist", "durable", "lasted")
_ABBREVIATION_CUE = re.compile(words(r"saes?", r"trm", r"nrm", r"crr?", r"prr?", r"mcr", r"dfs", r"pfs", r"rfs", r"efs",
                                     r"os", r"orr", r"bicla"))
_ABBREVIATION_GATE = re.compile("SAE|TRM|NRM|CR|PR|MCR|DFS|PFS|RFS|EFS|OS|ORR|BICLA")


def measure_cues(lower: str, text: str | None = None) -> list[str]:
    """The cue words of a sentence (`text`, the original case, finds abbreviations cheaply)."""
    cues = [cue for cue in _CUE_WORDS if cue in lower]
    if cues and (cues[0] == "remission" or cues[0] == "respon"):
        cues.extend(cue for cue in _LATER_STATE_WORDS if cue in lower)
    if text is None or _ABBREVIATION_GATE.search(text):
        cues.extend(_ABBREVIATION_CUE.findall(lower))
    return cues


# Which measure patterns a cue can start (so a sentence runs only those).
_CUE_MEASURES = {
    "remission": ("remission", "complete_remission", "partial_remission"),
    "respon": ("remission", "complete_remission", "partial_remission"),
    "lldas": ("remission",), "low disease activity": ("remission",),
    "effective rate": ("remission",), "efficacy rate": ("remission",),
    "sustained": ("sustained_remission",), "maintained": ("sustained_remission",),
    "persist": ("sustained_remission",), "durable": ("sustained_remission",), "lasted": ("sustained_remission",),
    "surviv": ("overall_survival", "disease_free_survival"),
    "alive": ("overall_survival",),
    "mortalit": ("treatment_related_mortality", "mortality"),
    "death": ("trm_deaths", "mortality"),
    "died": ("trm_deaths", "mortality"),
    "dead": ("mortality",),
    "fatal": ("trm_deaths", "mortality"),
    "passed away": ("mortality",),
    "succumbed": ("mortality",),
    "relaps": ("relapse", "disease_free_survival", "treatment_related_mortality"),
    "flare": ("relapse", "disease_free_survival"),
    "recur": ("relapse",),
    "reactivation": ("relapse",),
    "adverse": ("serious_adverse_events",),
    "sae": ("serious_adverse_events",), "saes": ("serious_adverse_events",),
    "trm": ("treatment_related_mortality",), "nrm": ("treatment_related_mortality",),
    "cr": ("complete_remission", "remission"), "crr": ("complete_remission", "remission"),
    "mcr": ("complete_remission", "remission"),
    "pr": ("partial_remission",), "prr": ("partial_remission",),
    "dfs": ("disease_free_survival",), "pfs": ("disease_free_survival",), "rfs": ("disease_free_survival",),
    "efs": ("disease_free_survival",), "os": ("overall_survival",),
    "orr": ("remission",), "bicla": ("remission",),
}
_DEFINITION = re.compile(
    r"(?:was |were |is |are )?(?:defined|assessed|measured|determined) (?:as|by|according to)"
    r"[^;,)]*?(?=[;,)]|\s(?:was|were|occurred|is|are|in \d)\b|$)"
    r"|(?:primary|secondary|main) (?:end ?points?|outcomes?) (?:was|were|included|being)[^;]*"
    r"|according to (?:the )?(?:[\w-]+ ){0,3}?(?:criteria|definition)"
)
_DEFINITION_WORDS = ("defined", "assessed", "measured", "determined", "end point", "endpoint", "outcome",
                     "according")
# An abbreviation the abstract defines for a measure: "major clinical response (MCR)".
_ABBREVIATION = re.compile(r"\(([a-z][a-z0-9-]{1,7})\)")
# Numbers that are not outcome numbers, recognised by what precedes them: inside a confidence
# interval, range or IQR, a p-value, a ratio, a threshold or a score.
_NOISE_INSIDE = re.compile(r"\s*(?:(?:95|90|99)\s*%\s*)?(?:ci|confidence interval|cri|range|iqr|interquartile|sd\b|se\b|sem\b)")
_CI_AFTER = re.compile(r"\s*(?:ci\b|confidence|cri\b|credible)")
_TIME = r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|h|y|m|wk|mo)\b"
_TOKEN = re.compile(
    rf"(?P<k>{DIGITS})\s*(?:\(\s*(?P<kp>\d+(?:[.·]\d+)?)\s*%\s*\)\s*)?(?:/|of|out of)\s*(?:the\s+|all\s+|these\s+|those\s+)?"
    rf"(?P<n>{DIGITS})\b(?![.,]\d)(?:[^%;()]{{0,30}}?\(\s*(?P<knp>\d+(?:[.·]\d+)?)\s*%)?"
    rf"|(?P<pct>\d+(?:[.·]\d+)?)\s*(?:(?:±|\+/-|\+-)\s*\d+(?:[.·]\d+)?\s*)?%(?:\s*\(\s*(?P<pk>\d+)\s*(?:/|of|out of)\s*(?P<pn>\d+)\s*(?:\w+\s*)?\)"
    # "9.7% (three deaths)", "6.5% (n = 2)": the count behind the rate
    rf"|\s*\(\s*(?:n\s*=\s*)?(?P<pc>\d+)(?:\s+(?:deaths?|patients?|cases|events|recipients))?\s*\))?"
    rf"|(?P<cnt>{DIGITS})(?!\d)(?![.,·]\d)(?:\s*(?:\w+\s+){{0,3}}?\(\s*(?P<cp>\d+(?:[.·]\d+)?)\s*%\s*\))?"
)
_DIGIT = re.compile(r"\d+")
_TIME_LIST = re.compile(r"\d+(?:\s*,\s*\d+)*\s*(?:,\s*)?(?:and|or)\s+\d+[- ](?:months?|years?|weeks?|days?)\b"
                        r"|(?:months?|years?|weeks?)\s+\d+(?:\s*,\s*\d+)*\s*(?:,\s*)?(?:and|or)\s+\d+")
_ZERO_OR_ALL = re.compile(r"\b(?:no|none|without|zero|never|neither|nor|free of|all|both)\b")
_AT_TIME = re.compile(r"\s*(?:of patients\s+)?(?:at|by|after)\s+(?:\d+(?:\.\d+)?\s*(?:months?|weeks?|years?|days?)|"
                      r"(?:month|week|year|day)\s+\d+)")
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.,/+-_·")
_ALL_BEFORE = re.compile(r"\b(?:all|each of the|every one of the)\s+(?:the\s+|of\s+the\s+)?$")
_BOTH = re.compile(r"\bboth (?=(?:\w+ )?(?:patients|of them|cases|children|women|men|recipients))")
_NOT_A_COUNT_AFTER = re.compile(
    rf"\s*(?:[-‐–]\s*|\s)?(?:{_TIME}|%|x\b|×|times\b|doses?\b|infusions?\b|cycles?\b|sessions?\b|points?\b|studies\b|trials\b|"
    rf"articles\b|centers\b|centres\b|countries\b|mice\b|rats\b|animals\b|years? old\b|regimens?\b|lines?\b|"
    rf"agents?\b|drugs?\b|immunosuppressants?\b|courses?\b|biologics?\b|prior\b|previous\b|cohorts?\b|groups?\b|arms?\b|"
    rf"levels?\b|sites?\b|hospitals?\b|(?:\w+ )?(?:induction|immunosuppressive) |(?:and|or|to|-|–|,)\s*\d+(?:[.·]\d+)?\s*{_TIME})"
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:grade|class|sledai|bilag|score|day|week|month|year|cycle|type|phase|version|stage|step|visit|aged?|cd|il|"
    r"[≥≤<>=±]|\bp|ci|range|iqr|dose|median|mean|at|after|within|by|over|to|from|for|until|during|since|in\s+(?=\d{4}))\s*$"
)
# "patients in (clinical) remission", "those with a relapse": a population, not an outcome.
_DESCRIPTOR_BEFORE = re.compile(
    r"\b(?:patients|those|subjects|children|ones|participants|responders)\s+(?:who were\s+)?(?:in|with)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$")
# A population described by its state ("2 of the 13 patients in remission") is a denominator.
_STATE_GAP = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:in|with|without)\s")
_VERB_GAP = re.compile(r"\b(?:were|was|had|has|have|achieved|attained|reached|obtained|experienced|developed|showed|"
                       r"entered|maintained|remained|sustained|met|achieving)\b")
# Two predicates of one counted subject: "survived and remain in remission", "relapsed and died".
_COORDINATED = re.compile(r"\s*,?\s*and\s+(?:(?:are|were|is|was|remain(?:ed|s)?|stay(?:ed|s)?|still|have|had|"
                          r"continue[ds]?|to be)\s+){0,3}(?:in\s+|free of\s+)?(?:a\s+|an\s+)?$")
# What may stand between a count and the measure it counts ("14 of 21 patients (66.7%) achieved").
_BIND_GAP_BLOCK = re.compile(
    r"[\d;:,]|\b(?:and|or|but|whereas|while|after|before|treated|received|enrolled|infused|underwent|compared|versus|vs|"
    r"than|given|randomi[sz]ed|assigned|evaluable|followed)\b"
)
_NEGATION = re.compile(
    words(r"no", r"without(?: any)?", r"zero", r"none", r"never", r"nor", r"free (?:of|from)", r"absence of", r"neither",
          r"not (?:any|a single)", r"did not (?:have|experience|develop|die|relapse)")
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
# Measures that a negation can zero: a "flare" denied during a trial is not a relapse rate.
_NEGATABLE = frozenset({"trm_deaths", "treatment_related_mortality", "mortality", "relapse",
                        "serious_adverse_events"})
_NEGATABLE_RELAPSE = re.compile(r"relaps|recur")
_NEGATED_START = re.compile(r"\s*(?:there (?:were|was) )?(?:no|none|neither|without|not)\b")
# A zero restricted to a subgroup ("no relapse in the first 2 cohorts", "... among 3 of them").
_RESTRICTED_TAIL = re.compile(
    r"[^,;]{0,25}?\b(?:in|among|of) (?:the )?(?:first|last|\d+|some|one|two|three|four|five|remaining|other)\b")
# A number about the control arm ("7/20 (35%) in the placebo group", "1 in the placebo group").
_CONTROL_AFTER = re.compile(
    r"(?:(?!\bvs\b|\bversus\b|\bcompared\b|\bthan\b)[^,;\d]){0,25}?\b(?:placebo|control|controls|comparator|sham|"
    r"standard[- ](?:of[- ])?care|usual[- ]care|"
    r"best available|conventional(?:ly)?[- ]treated)\b")


# "achieved by 186 patients": a count of patients, whatever preposition precedes it.
_PATIENTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:patients|participants|subjects|recipients|children|women|men)\b")
# "Of the 59 patients who responded, 24 relapsed": the count is read over the stated group.
_OF_THE_GROUP = re.compile(rf"\b(?:of|among) (?:the |these |those |all )?(?P<n>{DIGITS}) (?:[\w-]+ ){{0,2}}?"
                           rf"(?:patients|participants|subjects|responders|recipients|cases)\b[^,;]{{0,90}},\s*"
                           rf"(?P<k>{DIGITS})\b(?![.,·]?\d)(?!\s*(?:%|of\b|/))"
                           # "attained by 22 patients (55%), of whom 7 relapsed"
                           rf"|\b(?P<n2>{DIGITS}) (?:[\w-]+ ){{0,2}}?(?:\([^()]*\)\s*)?,\s*of (?:whom|these|them) "
                           rf"(?P<k2>{DIGITS})\b(?![.,·]?\d)(?!\s*(?:%|of\b|/))")
# "Five patients died, none of complications related to the cells": no treatment-related death.
_NONE_RELATED = re.compile(r"\bnone (?:of them |of these )?(?:\w+ ){0,4}?(?:related|attributed|attributable|due) to "
                           r"(?:the )?(?:cells?|mscs?|treatment|transplant\w*|procedure|infusions?|therapy|car-?t)\b")
# A flare listed among serious adverse events ("two SAEs (one pneumonia, one lupus flare)").
_ADVERSE_BEFORE = re.compile(r"(?:adverse (?:events?|reactions?|effects?)|saes?)\s*$")


# "vs placebo 8/20 (40%)", "control group: 5 of 20": the control arm's label right before its number.
_CONTROL_BEFORE = re.compile(r"\b(?:placebo|controls?|comparator|sham|standard[- ](?:of[- ])?care|usual[- ]care)"
                             r"(?:\s+(?:group|arm|recipients|patients))?\s*:?\s*$")


class _Number(NamedTuple):
    start: int
    end: int
    k: int | None
    n: int | None
    rate: float | None  # 0..1
    count_end: int  # end of the count itself (before any "(x%)")


def _pct(text: str | None) -> float | None:
    return None if text is None else float(text.replace("·", ".")) / 100


_NOISE_WORDS = frozenset({"ci", "cri", "range", "iqr", "sd", "se", "sem", "hr", "or", "rr", "i2", "i²", "sledai",
                          "sledai-2k", "bilag", "sdi", "pga", "score", "grade", "class", "type", "p"})
_NOISE_PHRASES = ("confidence interval", "credible interval", "interquartile range", "hazard ratio", "odds ratio",
                  "relative risk", "risk ratio")


def _is_noise(text: str, start: int, end: int) -> bool:
    """Inside "(95% CI 62-91%)" / "(range 6-96)", after "p =", "<", "SLEDAI", or a CI's own 95%."""
    before = text[max(0, start - 40):start].rstrip()
    if before:
        last = before[-1]
        if last in "<>≤≥=±":
            return True
        if last in "-–" and before[:-1].rstrip()[-1:].isdigit():
            return True  # the upper end of a range, "6-96"
        if before.endswith(" to") and before[:-3].rstrip()[-1:].isdigit():
            return True
        stripped = before.rstrip(":,= ")
        if stripped.endswith(" of"):
            stripped = stripped[:-3].rstrip()
        words = stripped.rsplit(None, 1)
        if words and words[-1].lstrip("([") in _NOISE_WORDS:
            return True
        if stripped.endswith(_NOISE_PHRASES):
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
            numbers.append(_Number(start, match.end(), k, n, k / n, match.end()))
        elif match.group("pct") is not None:
            rate = _pct(match.group("pct"))
            if rate is None or rate > 1:
                continue
            k = int(match.group("pk")) if match.group("pk") else None
            n = int(match.group("pn")) if match.group("pn") else None
            if k is not None and n and k <= n:
                rate = k / n
            elif match.group("pc") is not None and rate > 0:
                k, n = int(match.group("pc")), None  # its denominator is found like a count's
            else:
                k = n = None
            numbers.append(_Number(start, match.end(), k, n, rate, match.end()))
        else:
            if _NOT_A_COUNT_AFTER.match(text, match.end("cnt")):
                continue
            before = _NOT_A_COUNT_BEFORE.search(text[max(0, start - 14):start])
            if before is not None and not (before.group(0).rstrip() in ("by", "in", "to")
                                           and _PATIENTS_AFTER.match(text, match.end("cnt"))):
                continue
            k = parse_count(match.group("cnt"))
            if k is None or k > 100000 or (1900 <= k <= 2035):
                continue
            n = k if _ALL_BEFORE.search(text[max(0, start - 20):start]) else None
            numbers.append(_Number(start, match.end(), k, n, k / n if n else _pct(match.group("cp")),
                                   match.end("cnt")))
    return numbers


def _candidate_measures(lower: str, cues: list[str] | None = None) -> set[str]:
    names: set[str] = set()
    for cue in measure_cues(lower) if cues is None else cues:
        names.update(_CUE_MEASURES.get(cue, ()))
    if "complete" in lower and ("partial" in lower or " pr" in lower):
        names.add("remission")
    return names


def _measures(text: str, names: set[str], abbreviations: dict[str, str]) -> list[tuple[str, int, int]]:
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
    for abbreviation, name in abbreviations.items():
        position = text.find(abbreviation)
        while position >= 0:
            end = position + len(abbreviation)
            if (position == 0 or not text[position - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                    and not any(position < t_end and t_start < end for t_start, t_end in taken):
                taken.append((position, end))
                found.append((name, position, end))
            position = text.find(abbreviation, end)
    found.sort(key=lambda item: item[1])
    return found


def _collect_abbreviations(lower: str, found: dict[str, str]) -> None:
    """Add the abbreviations a sentence defines for a measure ("major clinical response (MCR)")."""
    for match in _ABBREVIATION.finditer(lower):
        abbreviation = match.group(1)
        if abbreviation in _CUE_MEASURES or abbreviation in found:
            continue
        head = lower[max(0, match.start() - 60):match.start()].rstrip()
        measures = _measures(head, _candidate_measures(head), {})
        if measures and measures[-1][2] == len(head):
            name = measures[-1][0]
            found[abbreviation] = "treatment_related_mortality" if name == "trm_deaths" else name


def _bind_gap_ok(gap: str) -> bool:
    if len(gap) > 45 or len(gap.split()) > 6 or _BIND_GAP_BLOCK.search(gap):
        return False
    return not (_STATE_GAP.match(gap) and not _VERB_GAP.search(gap))


def _assign(text: str, measures, numbers, respectively: bool) -> list[tuple[str, int, int, _Number | None]]:
    """Pair each measure of one clause with its number (or None)."""
    if respectively and len(measures) > 1 and len(numbers) == len(measures):
        return [(m[0], m[1], m[2], num) for m, num in zip(measures, numbers, strict=True)]
    if respectively and len(measures) == 1 and len(numbers) > 1 and _TIME_LIST.search(text):
        # "at 1, 3 and 5 years were 95%, 90% and 85%, respectively": the last time point
        # (but "5 of 12 and 3 of 6 patients, respectively" lists arms: the first is the cell arm).
        after = [num for num in numbers if num.start >= measures[0][2]]
        if after:
            return [(measures[0][0], measures[0][1], measures[0][2], after[-1])]
    chosen: dict[int, int] = {}
    used: set[int] = set()
    # 1. A count directly followed by its measure ("19 relapsed (32%)" ends after its measure).
    for j, number in enumerate(numbers):
        following = [i for i, m in enumerate(measures) if m[1] >= number.count_end]
        if not following:
            continue
        i = following[0]
        if i in chosen:
            continue
        if any(other.start >= number.end and other.start < measures[i][1] for other in numbers):
            continue
        gap_start = number.end if measures[i][1] >= number.end else number.count_end
        if _bind_gap_ok(text[gap_start:measures[i][1]]):
            chosen[i] = j
            used.add(j)
    # 2. The first free number after the measure, 3. else the nearest free one before it.
    for i, (_name, start, end) in enumerate(measures):
        if i in chosen:
            continue
        next_start = measures[i + 1][1] if i + 1 < len(measures) else 1 << 30
        prev_end = measures[i - 1][2] if i > 0 else -1
        choice = None
        following = [j for j, num in enumerate(numbers) if j not in used and end <= num.start < next_start]
        if following:
            choice = following[0]
            # "28% at 1 year and 50% at 4 years": several time points, the last one counts.
            timed = [j for j in following if _AT_TIME.match(text, numbers[j].end)]
            if len(timed) > 1:
                choice = timed[-1]
        if choice is None:
            for j in range(len(numbers) - 1, -1, -1):
                num = numbers[j]
                if j not in used and num.count_end <= start and num.start > prev_end:
                    choice = j
                    break
        if choice is not None:
            chosen[i] = choice
            used.add(choice)
        elif i - 1 in chosen and _COORDINATED.match(text, measures[i - 1][2], start):
            chosen[i] = chosen[i - 1]  # "three of the four survived and remain in remission"
    return [(name, start, end, numbers[chosen[i]] if i in chosen else None)
            for i, (name, start, end) in enumerate(measures)]


@dataclass(frozen=True, slots=True)
class _Found:
    measure: str
    outcome: Outcome
    sentence: Sentence
    rank: tuple
    when: float | None = None  # the time point the sentence reports, in months


_TIME_POINT = re.compile(
    r"\b(?:at|by|after|until|through|to|within)\s+(?:the\s+)?(?:(?P<n1>\d+(?:\.\d+)?)[- ](?P<u1>months?|weeks?|years?)"
    r"|(?P<u2>month|week|year)\s+(?P<n2>\d+))|\b(?P<n3>\d+(?:\.\d+)?)-(?P<u3>month|week|year)\b(?! (?:overall|disease|event|progression|relapse))"
)


_LAST_VISIT = re.compile(r"\b(?:at|by) (?:the )?(?:last|latest|final|most recent) (?:visit|follow-up|assessment|"
                         r"contact|evaluation|observation)|\bat the end of (?:the )?(?:follow-up|study)")
_LAST = 1e6  # "at the last visit": later than any stated time point


def _time_point(norm: str) -> float | None:
    """The time point a results sentence reports ("at 12 months", "at week 24"), in months."""
    if ("last" in norm or "final" in norm or "end of" in norm or "recent" in norm) and _LAST_VISIT.search(norm):
        return _LAST
    match = _TIME_POINT.search(norm)
    if match is None:
        return None
    number = match.group("n1") or match.group("n2") or match.group("n3")
    unit = match.group("u1") or match.group("u2") or match.group("u3")
    factor = 12.0 if unit.startswith("y") else 12 / 52 if unit.startswith("w") else 1.0
    return float(number) * factor


def _later(current: _Found, rank: tuple, when: float | None) -> bool:
    """Several time points of one measure in the results: the last one counts (LABELING.md)."""
    if when is None or rank[0] != current.rank[0] or rank[1] > current.rank[1]:
        return False
    if current.when is None:
        return when == _LAST and current.rank[2] < rank[2]
    return when > current.when


@dataclass(slots=True)
class _Context:
    """What a count without a denominator is read over."""

    n_patients: int | None
    arm: int | None
    known: list[int]  # denominators and counts stated earlier in the abstract

    def default_n(self) -> int | None:
        return self.arm or self.n_patients


def _outcome(number: _Number, complement: bool, context: _Context, siblings: list[_Number]) -> Outcome | None:
    k, n, rate = number.k, number.n, number.rate
    if n is None and k is not None:
        if rate is not None and rate > 0:
            for candidate in [context.default_n(), *context.known]:
                if candidate and candidate >= k and abs(k / candidate - rate) <= 0.006:
                    n = candidate
                    break
            else:
                n = round(k / rate) if round(k / rate) >= k else None
        else:
            for sibling in siblings:
                if sibling is not number and sibling.k == k and sibling.n:
                    n = sibling.n
                    break
                if sibling is not number and sibling.k is None and sibling.rate and k / sibling.rate >= k:
                    # "One patient died (treatment-related mortality 3.8%)": 1 of 26.
                    derived = round(k / sibling.rate)
                    default = context.default_n()
                    if default is None or derived <= default * 1.25:
                        n = derived
                        break
            if n is None:
                default = context.default_n()
                n = default if default and k <= default else None
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


def _blank(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: " " * (m.end() - m.start()), text)


def sentence_outcomes(text: str, lower: str, context: _Context,
                      abbreviations: dict[str, str] | None = None, cues: list[str] | None = None) -> dict[str, Outcome]:
    """The outcomes one sentence states (`text`: lower-cased, numbers in digits)."""
    abbreviations = abbreviations or {}
    if not _DIGIT.search(text) and not _ZERO_OR_ALL.search(text):
        return {}  # no number and no "no deaths" / "all patients": nothing to read
    names = _candidate_measures(lower, cues)
    if abbreviations:
        names.update(name for abbreviation, name in abbreviations.items() if abbreviation in lower)
    if not names:
        return {}
    for word in _DEFINITION_WORDS:
        if word in text:
            text = _blank(text, _DEFINITION)
            break
    if "both" in text:
        text = _BOTH.sub("all 2 ", text)
    measures = _measures(text, names, abbreviations)
    if not measures:
        return {}
    respectively = "respectively" in lower or (" and " in text and text.count("%") >= 2
                                               and len({m[0] for m in measures}) >= 2
                                               and _PAIRED.search(text) is not None)
    numbers = _numbers(text)
    control: list[_Number] = []
    if not respectively and ("placebo" in text or "control" in text or "comparator" in text or "sham" in text
                             or "standard" in text or "conventional" in text or "usual" in text or "best" in text):
        control = [num for num in numbers if _CONTROL_AFTER.match(text, num.end)
                   or _CONTROL_BEFORE.search(text, max(0, num.start - 30), num.start)]
        if control:
            numbers = [num for num in numbers if num not in control]
    if "of the" in text or "among" in text or "of these" in text or "of those" in text or "of all" in text \
            or "of whom" in text:
        numbers = _over_stated_group(text, numbers)
    # A measure word inside a number phrase is its denominator ("7 of the 24 responders (29%)",
    # "4 of the 15 responders flared").
    measures = [m for m in measures
                if not any(num.n is not None and num.start < m[1] and
                           (m[2] <= num.end or (m[1] - num.end <= 2 and "responder" in text[m[1]:m[2]]))
                           for num in numbers)]
    if "(" in text and ("adverse" in text or "sae" in text):
        measures = [m for m in measures if m[0] != "relapse" or not _within_adverse_list(text, m[1])]
    # "patients in remission" describes a population when another measure is what is counted.
    if len(measures) > 1:
        described = [m for m in measures if _DESCRIPTOR_BEFORE.search(text, max(0, m[1] - 30), m[1])]
        if described and len(described) < len(measures):
            measures = [m for m in measures if m not in described]
    bounds = [] if respectively else [match.end() for match in _CLAUSE.finditer(text)]
    by_clause: dict[int, tuple[list, list]] = {}
    for measure in measures:
        by_clause.setdefault(bisect_right(bounds, measure[1]), ([], []))[0].append(measure)
    loose: dict[int, list[_Number]] = {}
    for number in numbers:
        clause = bisect_right(bounds, number.start)
        if clause in by_clause:
            by_clause[clause][1].append(number)
        else:
            loose.setdefault(clause, []).append(number)
    # A shared predicate: "Three patients in the MSC group and one in the placebo group
    # experienced SAEs" -- the clause with the measure borrows the numbers before it.
    for clause, (_, clause_numbers) in by_clause.items():
        if not clause_numbers and clause - 1 in loose and \
                not _NEGATED_START.match(text, bounds[clause - 1] if clause else 0) and \
                text[bounds[clause - 1] - 1] != ";":  # a semicolon ends a shared predicate
            clause_numbers.extend(loose[clause - 1])
        elif not clause_numbers and clause + 1 in loose and \
                any(bisect_right(bounds, num.start) == clause for num in control):
            # "in 6 of 25 placebo recipients and 13 of 25 MSC recipients": the control arm came first.
            clause_numbers.extend(loose[clause + 1])
    stated: dict[str, Outcome] = {}
    trm_seen_at = -1
    for clause, (clause_measures, clause_numbers) in sorted(by_clause.items()):
        clause_start = bounds[clause - 1] if clause else 0
        for name, m_start, m_end, number in _assign(text, clause_measures, clause_numbers, respectively):
            if name in {"trm_deaths", "treatment_related_mortality"}:
                trm_seen_at = m_end
            elif name == "mortality" and 0 <= trm_seen_at < m_start and _inside_bracket(text, trm_seen_at, m_start):
                continue  # "treatment-related mortality 9.7% (three deaths)": not all-cause
            head = text[max(clause_start, m_start - 60):m_start]
            if number is None:
                if not _negated(name, text[m_start:m_end], head, text[m_end:m_end + 40]):
                    continue
                outcome = Outcome(rate=0.0, k=0, n=context.default_n())
            else:
                complement = name in {"remission", "complete_remission"} and _COMPLEMENT.search(head) is not None
                siblings = numbers if ";" not in text else \
                    [num for num in numbers if ";" not in text[min(num.start, number.start):max(num.end, number.end)]]
                outcome = _outcome(number, complement, context, siblings)
                if name == "relapse" and number.n is None and number.rate is None and number.k:
                    # "10 of 16 responders stayed in remission, while 6 relapsed": 6 of those 16
                    group = next((num for num in reversed(numbers) if num.end <= number.start and num.n
                                  and num.k is not None and num.n >= number.k), None)
                    if group is not None:
                        outcome = Outcome(rate=round(number.k / group.n, 4), k=number.k, n=group.n)
            if outcome is None:
                continue
            if name == "trm_deaths":
                stated.setdefault("treatment_related_mortality", outcome)
                if outcome.rate > 0 or outcome.k:
                    stated.setdefault("mortality", outcome)
                continue
            wide = text[max(0, m_start - 60):m_start]
            if name == "mortality" and ("total" in wide or "altogether" in wide or "all told" in wide
                                        or "overall," in wide):
                if _TOTAL_BEFORE.search(wide):
                    stated[name] = outcome  # "... in total, three patients died": the total wins
                    continue
            stated.setdefault(name, outcome)
    sustained = stated.pop("sustained_remission", None)
    if sustained is not None and ("remission" in stated or "complete_remission" in stated or "remission" in lower
                                  or "respon" in lower):
        stated["complete_remission" if "complete_remission" in stated and "remission" not in stated
               else "remission"] = sustained
    mortality = stated.get("mortality")
    if mortality is not None and "treatment_related_mortality" not in stated and "none" in text \
            and _NONE_RELATED.search(text):
        stated["treatment_related_mortality"] = Outcome(rate=0.0, k=0, n=mortality.n or context.default_n())
    # Partial responses are not a measure of their own, and complete plus partial is not summed
    # into a total the abstract does not state (LABELING.md: only measures stated explicitly).
    stated.pop("partial_remission", None)
    for outcome in stated.values():
        for value in (outcome.k, outcome.n):
            if value:
                context.known.append(value)
    return stated


# "A and B were 86% (95% CI ...) and 47%": two measures and two rates in order, "respectively" unsaid.
_PAIRED = re.compile(r"\band\s+(?:[\w-]+\s+){1,6}?(?:were|was|of|reached|:)\s+\d+(?:\.\d+)?\s*%\s*(?:\([^()]*\)\s*)?"
                     r"and\s+\d+(?:\.\d+)?\s*%")
# A total over the deaths listed before it ("in total, three patients died", "altogether nine died").
_TOTAL_BEFORE = re.compile(r"\b(?:in total|altogether|all told|a total of|overall,)[^;]{0,30}$")


def _inside_bracket(text: str, start: int, end: int) -> bool:
    """Is `end` inside a bracket opened after `start`?"""
    opening = text.rfind("(", start, end)
    return opening >= 0 and text.find(")", opening, end) < 0


def _over_stated_group(text: str, numbers: list[_Number]) -> list[_Number]:
    """Counts read over the group a sentence opens with ("Of the 59 responders, 24 relapsed")."""
    for match in _OF_THE_GROUP.finditer(text):
        group = "k" if match.group("k") else "k2"
        k, n = parse_count(match.group(group)), parse_count(match.group("n") or match.group("n2"))
        if not k or not n or k > n:
            continue
        start = match.start(group)
        numbers = [_Number(num.start, num.end, k, n, k / n, num.count_end)
                   if num.start == start and num.n is None and (num.rate is None or abs(num.rate - k / n) < 0.006)
                   else num for num in numbers]
    return numbers


def _within_adverse_list(text: str, position: int) -> bool:
    """Is `position` inside a bracket that lists adverse events ("SAEs (one pneumonia, one flare)")?"""
    opening = text.rfind("(", 0, position)
    if opening < 0 or text.rfind(")", opening, position) >= 0:
        return False
    return _ADVERSE_BEFORE.search(text, max(0, opening - 40), opening) is not None


def _negated(name: str, phrase: str, head: str, tail: str) -> bool:
    """A zero: "no deaths", "none of the patients relapsed", "without serious adverse events";
    not when a count restricts it ("no relapse in the first 2 cohorts") or for flares."""
    if name not in _NEGATABLE:
        return False
    if name == "relapse" and not _NEGATABLE_RELAPSE.search(phrase):
        return False
    if _RESTRICTED_TAIL.match(tail):
        return False
    return _NEGATION.search(head) is not None or _NEGATED_SUBJECT.search(head) is not None


def extract_outcomes(doc: Document, n_patients: int | None, *, arm: int | None = None
                     ) -> dict[str, tuple[Outcome, Sentence]]:
    """measure → (outcome, sentence) for the study's own results."""
    found: dict[str, _Found] = {}
    context = _Context(n_patients=n_patients, arm=arm, known=[])
    abbreviations: dict[str, str] = {}
    # With a results section, the title and methods state no results (methods define them).
    has_results = any(s.section in _RESULT_SECTIONS for s in doc.sentences)
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        if has_results and (sentence.section == "TITLE" or sentence.section in METHOD_SECTIONS) \
                and "(" not in sentence.lower:
            continue
        lower = sentence.lower
        cues = measure_cues(lower, sentence.text)
        if cues and "(" in lower:
            _collect_abbreviations(lower, abbreviations)
        if not cues and not (abbreviations and any(a in lower for a in abbreviations)):
            continue
        norm = doc.norm(sentence)
        stated = sentence_outcomes(norm, lower, context, abbreviations, cues)
        when = _time_point(norm) if stated else None
        for name, outcome in stated.items():
            informative = 0 if outcome.k or outcome.rate > 0 else 1
            rank = (_section_rank(sentence), informative, sentence.index)
            current = found.get(name)
            if current is None or rank < current.rank or _later(current, rank, when):
                found[name] = _Found(name, outcome, sentence, rank, when)
    return {name: (item.outcome, item.sentence) for name, item in found.items()}
