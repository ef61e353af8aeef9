"""How many patients a study treated or enrolled, and how many studies a review pooled.

Each "N patients" phrase of the study's own sentences is a candidate, scored by its context:
enrolment verbs ("were enrolled", "received", "underwent", "were randomized"), "a total of" and
"N in total" raise it; screening ("screened", "assessed for eligibility"), control groups
("placebo", "healthy controls", "external registry"), subsets ("... achieved remission", "of
whom") and conclusions lower it. Ages, SLEDAI scores, years, p-values and mice never form
"N patients" phrases. By design (tests/data/devset/LABELING.md): a case report has one patient;
randomized and controlled trials count every arm (summed when only the arms are given);
meta-analyses report pooled patients ("12 studies involving 412 patients"); series mixing
diseases count their lupus patients ("15 patients: 8 with SLE, 4 with systemic sclerosis").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract.document import BACKGROUND_SECTIONS, CONCLUSION_SECTIONS, METHOD_SECTIONS, Document
from pipeline.extract.numbers import DIGITS, has_number_word, parse_count
from pipeline.extract.patterns import Cue, alternation, words
from pipeline.extract.sentences import Sentence

NOUN = (r"(?:patients?|participants?|subjects?|cases|individuals|women|men|children|adults|adolescents|"
        r"recipients|people|persons|pts|girls|boys|females|males|volunteers|sisters|brothers|siblings|twins)")
_STOP_MOD = r"(?!(?:and|or|of|with|in|to|at|who|were|was|had|from|than|per|for|the|all|these|whom|which)\b)"
_CANDIDATE = re.compile(
    rf"(?P<num>{DIGITS})(?![\d.,]*\s*%)(?:\s*\((?!\s*\d+(?:\.\d+)?\s*%)[^()]{{0,30}}\))?\s+"
    rf"(?P<mods>(?:{_STOP_MOD}[a-z][\w/+'’-]*\s+){{0,4}}?)(?P<noun>{NOUN})\b"
)
_NOUN_N_EQUALS = re.compile(rf"\b{NOUN}(?P<mid>[^().;]{{0,100}}?)[(\[,]\s*n\s*=\s*(?P<num>\d+)\s*[)\],]")
# "... were enrolled in a prospective single-centre protocol (N = 28)".
_VERB_N_EQUALS = re.compile(r"\b(?:enrolled|included|recruited|treated|transplanted|infused|randomi[sz]ed)\b"
                            r"[^().;]{0,80}?[(\[]\s*n\s*=\s*(?P<num>\d+)\s*[)\]]")
# "12 women and 3 men": the cohort is their sum.
_SEX_PAIR = re.compile(rf"(?P<a>{DIGITS})\s+(?:\w+\s+)?(?:men|women|males?|females?|boys|girls)\s*(?:and|,)\s*"
                       rf"(?P<b>{DIGITS})\s+(?:\w+\s+)?(?:men|women|males?|females?|boys|girls)\b")
# A relative clause that names a subset ("Forty patients, 26 of whom had nephritis, received ...").
_OF_WHOM = re.compile(r",\s*\d+\s+of (?:whom|them|these)[^,;]*,")
# The cohort as the sentence's subject, its enrolment verb further on ("Twenty-four patients with ...
# that had not responded to ... were randomized").
_SUBJECT_VERB = re.compile(r"[^.;]{0,160}?\b(?:(?:were|was)\s+(?:\w+\s+)?(?P<verb>enrolled|included|recruited|treated|"
                           r"randomi[sz]ed|randomly (?:assigned|allocated)|transplanted|infused|allocated|assigned)"
                           r"|(?P<active>received|underwent))\b")
_RELATIVE = re.compile(r"\W*(?:[\w-]+\s+){0,4}?(?:who|that|whose|which)\b")
_OTHER_COUNT = re.compile(rf"\b\d+\s+(?:[\w-]+\s+)?(?:{NOUN}|controls?)\b")
_DROPOUT = re.compile(r"withdr|dropped out|lost to follow|discontinu")
_NON_PATIENT = (r"(?:centres?|centers?|sites?|hospitals?|countries|studies|trials|articles|reports|mice|rats|animals|"
                r"samples|doses?|cycles?|infusions?|years?|months?|weeks?|days?|immunosuppressants?|agents?|drugs?|"
                r"therapies|regimens?|lines?|biologics?|cohorts?|arms?|groups?|levels?|per|times)\b")
_WERE_VERB = re.compile(
    rf"(?P<num>{DIGITS})\s+(?:met (?:the |all )?(?:\w+ )?criteria,? and\s+|(?:(?!{_NON_PATIENT})\w+\s+){{0,2}}?)"
    r"(?:were|was|had been)\s+(?:\w+\s+)?"
    r"(?P<verb>enrolled|included|recruited|treated|randomi[sz]ed|transplanted|infused|allocated|assigned|analy[sz]ed|studied|"
    r"mobili[sz]ed)"
)
_VERB_FIRST = re.compile(
    words(r"enrolled", r"included", r"recruited", r"treated", r"randomi[sz]ed", r"studied", r"transplanted",
          r"infused", r"analy[sz]ed", r"enrolling", r"recruiting", r"treating", r"randomi[sz]ing")
    + r"\s+(?!(?:19|20)\d\d\s*(?:[-–]|to\b|and\b|through\b)\s*(?:19|20)?\d\d)"
    + rf"(?:a total of\s+)?(?P<num>{DIGITS})\b(?![:.,]\d)(?!\s*(?:%|years?|months?|weeks?|days?|mice|rats|studies|trials))"
)
_IN_TOTAL = re.compile(rf"(?P<num>{DIGITS})\s+(?:\w+\s+)?in total\b|\bin total,?\s+(?P<num2>{DIGITS})\b(?!\s*%)")
_LUPUS_SUBGROUP = re.compile(
    rf"(?P<num>{DIGITS})\s+(?:\w+\s+){{0,2}}?(?:with|had|have|having)\s+(?:\w+[- ]){{0,2}}?"
    r"(?:systemic lupus erythematosus|sle|lupus|lupus nephritis)\b"
    rf"|\b(?:systemic lupus erythematosus|sle|lupus)\s*\(\s*n\s*=\s*(?P<num2>{DIGITS})\s*\)"
    rf"|\(\s*(?:sle|lupus)\s*[,:=]\s*(?P<num4>{DIGITS})\b"
    rf"|\bof (?:whom|them|these) (?P<num5>{DIGITS}) (?:had|have|with|were diagnosed with) (?:\w+ )?(?:sle|lupus|systemic lupus)\b"
    rf"|(?P<num3>{DIGITS})\s+(?:patients with\s+)?(?:systemic\s+)?(?:sle|lupus)\b(?!\s*(?:patients\s+)?(?:were|was|had|received|underwent))"
)
_OTHER_DISEASES = Cue(alternation(
    r"sclerosis", r"myositis", r"myopathy", r"vasculitis", r"rheumatoid", r"sj[oö]gren", r"myasthenia",
    r"neuromyelitis", r"crohn", r"colitis", r"diabetes", r"other diseases", r"other autoimmune",
    r"autoimmune diseases", r"dermatomyositis", r"scleroderma", r"antisynthetase", r"pemphigus") + "|" +
    words(r"ssc", r"iim", r"aav", r"dcssc"),
    ("sclerosis", "myositis", "myopathy", "vasculitis", "rheumatoid", "sjögren", "sjogren", "myasthenia",
     "neuromyelitis", "crohn", "colitis", "diabetes", "other diseases", "other autoimmune", "autoimmune diseases",
     "dermatomyositis", "scleroderma", "antisynthetase", "pemphigus", "ssc", "iim", "aav"))
_ENROL = re.compile(alternation(
    r"enrol", r"includ", r"recruit", r"treat", r"receiv", r"underw", r"infus", r"transplant", r"given",
    r"administ", r"randomi", r"allocat", r"assign", r"particip", r"studied", r"analy[sz]", r"evaluat",
    r"consist", r"compris", r"involv", r"report", r"describ", r"identified", r"reviewed", r"were eligible",
    r"entered", r"chose", r"followed", r"mobili[sz]ed"))
_SUBSET = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:achiev|attain|respond|relaps|died|develop|experienc|\bhad\b|showed|requir|remain|"
    r"were alive|surviv|reach|discontinu|withdr|were lost|complet|flared|presented with|suffered|needed|"
    r"did not|failed|were free|improved|normali[sz])"
)
_NEGATIVE_PRE = re.compile(alternation(
    r"screen", r"assessed", r"exclud", r"control", r"placebo", r"healthy", r"matched", r"compared (?:with|to)",
    r"versus", r"vs\b", r"of whom", r"of these", r"among (?:them|these|those)", r"remaining", r"other\b",
    r"previous(?:ly)? reported", r"historical", r"excluding", r"besides", r"external", r"invited"))
_NEGATIVE_POST = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:were |was )?(?:screen|assessed for eligibility|exclud|ineligible|in the (?:\w+ )?(?:control|placebo|standard)|"
    r"declin|refus|control|healthy|served as|were used as|did not meet|receiving (?:standard|conventional|placebo)|"
    r"received (?:placebo|standard|conventional)|from an? (?:external|historical)|(?:propensity-)?matched|invited)"
)
# Verbs that name a subset or a reading of the data rather than the enrolled cohort.
_WEAK_VERB = re.compile(r"analy|evaluat|studied|followed|reviewed|identified|report|describ")
_SEX_SPLIT = re.compile(rf"\s*(?:\w+\s+)?(?:and|,)\s+{DIGITS}\s+(?:\w+\s+)?(?:men|women|males?|females?|boys|girls)\b")
_SEX_SPLIT_BEFORE = re.compile(rf"{DIGITS}\s+(?:\w+\s+)?(?:men|women|males?|females?|boys|girls)\s+(?:and|,)\s*$")
_DENOMINATOR_PRE = re.compile(rf"(?:{DIGITS})\s*(?:\([^()]*\)\s*)?(?:of|out of|/)\s*(?:the\s+|all\s+|these\s+)?$")
_RANDOMIZED = re.compile(r"randomi[sz]|randomly")
_ARM_N = re.compile(r"\(\s*n\s*=\s*(\d+)\s*\)|\bn\s*=\s*(\d+)")
_YEAR_PRE = re.compile(r"(?:in|since|from|between|during|and|to|until|of|year)\s*$")
_POST_CUT = re.compile(r";|,?\s(?:and|but|whereas|while)\s(?=\d)")
_NOT_A_COUNT_PRE = re.compile(r"\b(?:phase|day|days|week|weeks|month|months|year|years|grade|class|stage|type|cohort|arm|"
                              r"group|level|levels|dose|doses|cycle|visit|version|step|sledai(?:-2k)?|score|aged?)\s*$")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_GATE = re.compile(alternation(
    r"patient", r"participant", r"subject", r"case", r"individual", r"women", r" men", r"child", r"adult",
    r"adolescent", r"recipient", r"people", r"person", r"pts", r"girls", r"boys", r"females", r"males",
    r"volunteer", r"sister", r"brother", r"sibling", r"twin", r"enrol", r"includ", r"recruit", r"random", r"treated", r"n =", r"n=", r"in total"))
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.,/+-_·")
_DIGIT = re.compile(r"\d+")
_VERB_GATE = re.compile(r"enrol|includ|recruit|treat|random|studied|transplanted|infused|analy")
_STUDY_GATE = re.compile(alternation(r"stud", r"trial", r"rct", r"article", r"publication", r"report", r"cohort",
                                     r"paper", r"series"))
_STUDY_NOUN = r"(?:studies|trials|rcts|articles|publications|reports|cohorts|papers|series)"
_MA_STUDIES_PATIENTS = re.compile(
    rf"(?P<k>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_NOUN}\b(?:\s*\([^()]*\))?,?\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:with|involving|including|comprising|enrolling|totall?ing|of|encompassing|covering|included|and|on|in|"
    rf"describing|reporting|representing|accounting for|described|reported|covered|enrolled)\s+"
    rf"(?:a total of\s+|a combined\s+|a pooled\s+|overall\s+)?(?P<n>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{NOUN}\b"
)
_MA_STUDIES_N = re.compile(
    rf"(?P<k>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_NOUN}\b\s*\(\s*n\s*=\s*(?P<n>{DIGITS})(?:\s+(?:patients|participants))?\s*\)"
)
_MA_PATIENTS_STUDIES = re.compile(
    rf"(?P<n>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{NOUN}\s+(?:[\w-]+\s+){{0,3}}?(?:from|in|across|of|within)\s+"
    rf"(?P<k>{DIGITS})\s+(?:[\w-]+\s+){{0,2}}?{_STUDY_NOUN}\b"
)
_STUDIES_INCLUDED = re.compile(
    rf"(?P<k>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_NOUN}\b(?:\s*\([^()]*\))?,?\s+(?:[\w-]+\s+){{0,5}}?"
    rf"(?:were|was|met|are)\s+(?:\w+\s+){{0,2}}?(?:included|eligible|selected|analy[sz]ed|pooled|retained|reviewed|identified)"
    rf"|(?:included|pooled|analy[sz]ed|identified|selected|reviewed|a total of|data from)\s+(?P<k2>{DIGITS})\s+(?:[\w-]+\s+){{0,3}}?{_STUDY_NOUN}\b"
)
_PAIR = re.compile(rf"(?P<a>{DIGITS})\b(?![.,]\d)(?!\s*%)")
_EACH_ARM = re.compile(rf"(?P<num>{DIGITS})\s+(?:patients\s+)?(?:(?:to|in|per)\s+each|per)\s+(?:arm|group)")
_CONTROL_WORDS = re.compile(alternation(r"placebo", r"control", r"usual care", r"sham", r"comparator", r"alone",
                                        r"continued", r"conventional therapy alone"))
_N_EQUALS_BEFORE = re.compile(r"\bn\s*=\s*$")


class Count(NamedTuple):
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


_CLAUSE_WORDS = (" and ", " but ", " whereas ", " while ")
_SEX_WORDS = ("men", "male", "boys", "girls")
_DENOMINATOR_ENDS = (" of", "out of", "/", " of the", " of all", " of these")
_TOTAL_ENDS = ("a total of", "in total", "overall", "altogether", "total of")


def _clause_before(lower: str, start: int) -> str:
    """The words before `start` back to the clause's start (a comma, semicolon, colon, bracket,
    or a joining "and" / "but" / "whereas" / "while")."""
    window = lower[max(0, start - 60):start]
    cut = max(window.rfind(","), window.rfind(";"), window.rfind(":"), window.rfind("("))
    cut = cut + 1 if cut >= 0 else 0
    for word in _CLAUSE_WORDS:
        position = window.rfind(word)
        if position >= 0 and position + len(word) - 1 > cut:
            cut = position + len(word) - 1
    return window[cut:]


def _score(lower: str, start: int, end: int, sentence: Sentence, randomized_design: bool,
           verb_in_match: bool = False) -> float:
    """How much a candidate count looks like the enrolled or treated patients (string tests
    first: this runs for every candidate of every abstract)."""
    pre_full = lower[max(0, start - 45):start].rstrip()
    pre = _clause_before(lower, start)
    pre_stripped = pre.rstrip()
    post = lower[end:end + 140]
    if "(" in post:
        post = _PARENTHESES.sub("", post)  # "12 pts (11 F, median age 31 y) received"
    post = post[:100]
    split = False
    if any(word in post for word in _SEX_WORDS):
        split = _SEX_SPLIT.match(post) is not None
    if not split and any(word in pre_full for word in _SEX_WORDS):
        split = _SEX_SPLIT_BEFORE.search(pre_full) is not None
    cut = _POST_CUT.search(post)
    if cut is not None:
        post = post[:cut.start()]
    if "of whom" in post or "of them" in post or "of these" in post:
        post = _OF_WHOM.sub(" ", post, count=1)
    if post.lstrip().startswith(","):
        post = ""
    score = 1.0 + _section_weight(sentence)
    if pre_stripped.endswith((" in", " among")) or pre_stripped in ("in", "among"):
        score -= 2.5
    if pre_full.endswith(_DENOMINATOR_ENDS) and _DENOMINATOR_PRE.search(lower, max(0, start - 45), start):
        return score + 1.0
    if not verb_in_match:
        verb = _ENROL.search(post[:60]) or _ENROL.search(pre[-30:])
        if verb is not None:
            score += 1.5 if _WEAK_VERB.match(verb.group(0)) else 3.0
    if split:
        score -= 3.0  # "30 women and 15 men" splits the cohort
    if pre_stripped.endswith(_TOTAL_ENDS):
        score += 2.0
    if randomized_design and (_RANDOMIZED.search(post[:45]) or _RANDOMIZED.search(pre[-30:])):
        score += 4.0
    at_start = not lower[:start].strip()
    # A count opening the sentence with an enrolment verb further on is its subject ("Twenty
    # patients who had failed four agents received ..."), whatever relative clause comes between.
    subject = at_start and _RELATIVE.match(post) is not None and _ENROL.search(post[:60]) is not None
    if at_start and not verb_in_match and _ENROL.search(post[:60]) is None:
        predicate = _SUBJECT_VERB.match(lower, end)
        verb = predicate.start("verb") if predicate is not None and predicate.group("verb") else \
            predicate.start("active") if predicate is not None else -1
        # The subject's own predicate: no other count stands between ("... and 10 controls were").
        if verb >= 0 and not _OTHER_COUNT.search(lower, end, verb):
            subject = True
            score += 3.0
            if randomized_design and predicate.group("verb") and _RANDOMIZED.search(predicate.group("verb")):
                score += 4.0
    if _NEGATIVE_PRE.search(pre[-30:]) or _NEGATIVE_POST.search(post):
        score -= 4.0
    elif ("withdr" in post or "drop" in post or "lost" in post or "discontinu" in post) and _DROPOUT.search(post[:60]):
        score -= 4.0
    elif not subject and _SUBSET.search(post):
        score -= 2.5  # ("... with SLE that remained active ... received": a relative clause of the subject)
    return score


def _mixed_diseases(doc: Document) -> bool:
    return _OTHER_DISEASES.search(doc.lower) is not None


def patient_counts(doc: Document, *, randomized_design: bool = False) -> list[Count]:
    """Every scored "N patients" candidate in the study's own sentences."""
    counts: list[Count] = []
    mixed: bool | None = None  # computed when a lupus subgroup is named
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS or sentence.section in CONCLUSION_SECTIONS:
            continue
        lower = sentence.lower
        if not _DIGIT.search(lower) and not has_number_word(lower):
            continue
        if not _GATE.search(lower):
            continue
        lower = doc.norm(sentence)
        matches = []
        patterns = (_CANDIDATE, _WERE_VERB) if " were " in lower or " was " in lower else (_CANDIDATE,)
        for digit in _DIGIT.finditer(lower):
            if digit.start() > 0 and lower[digit.start() - 1] in _GLUED:
                continue
            for pattern in patterns:
                match = pattern.match(lower, digit.start())
                if match is not None:
                    matches.append((pattern, match))
        if _VERB_GATE.search(lower):
            matches.extend((_VERB_FIRST, match) for match in _VERB_FIRST.finditer(lower))
        for pattern, match in matches:
            start, end = match.span("num")
            if start > 0 and lower[start - 1] in _GLUED:
                continue
            value = parse_count(match.group("num"))
            if not _plausible(value, lower[max(0, start - 12):start]) or \
                    _NOT_A_COUNT_PRE.search(lower, max(0, start - 20), start):
                continue
            if pattern is _CANDIDATE and match.group("noun") in {"men", "women"} and "healthy" in match.group("mods"):
                continue
            span_end = match.end() if pattern is not _VERB_FIRST else end
            score = _score(lower, start, span_end, sentence, randomized_design, pattern is not _CANDIDATE)
            if pattern is not _CANDIDATE:
                # The enrolment verb is part of the match ("60 were randomised").
                score += 2.0 if _WEAK_VERB.search(match.group(0)) else 3.5
                if randomized_design and _RANDOMIZED.search(match.group(0)):
                    score += 4.0
            counts.append(Count(value, score, sentence))
        if "n =" in lower or "n=" in lower:
            for match in _NOUN_N_EQUALS.finditer(lower):
                value = int(match.group("num"))
                if _plausible(value, ""):
                    score = _score(lower, match.start(), match.end(), sentence, randomized_design)
                    counts.append(Count(value, score, sentence))
            if _VERB_GATE.search(lower):
                for match in _VERB_N_EQUALS.finditer(lower):
                    value = int(match.group("num"))
                    if _plausible(value, ""):
                        score = _score(lower, match.start(), match.end(), sentence, randomized_design, True) + 3.5
                        counts.append(Count(value, score, sentence))
        if " men" in lower or "male" in lower or "boys" in lower or "girls" in lower:
            for match in _SEX_PAIR.finditer(lower):
                value = (parse_count(match.group("a")) or 0) + (parse_count(match.group("b")) or 0)
                if _plausible(value, ""):
                    counts.append(Count(value, _score(lower, match.start(), match.end(), sentence, randomized_design),
                                        sentence))
        if "total" in lower:
            for match in _IN_TOTAL.finditer(lower):
                value = parse_count(match.group("num") or match.group("num2"))
                if _plausible(value, ""):
                    counts.append(Count(value, 4.0 + _section_weight(sentence), sentence))
        if "lupus" in lower or "sle" in lower:
            if mixed is None:
                mixed = _mixed_diseases(doc)
            if mixed:
                other = _OTHER_DISEASES.search(lower) is not None
                for match in _LUPUS_SUBGROUP.finditer(lower):
                    if not other and match.group("num2") is None and match.group("num4") is None \
                            and match.group("num5") is None:
                        continue  # "SLE (n = 12)" names its subgroup; "12 with SLE" needs the others beside
                    value = parse_count(_subgroup_number(match))
                    if _plausible(value, ""):
                        counts.append(Count(value, 9.0, sentence))
    return counts


def _subgroup_number(match: re.Match) -> str:
    return match.group("num") or match.group("num2") or match.group("num3") or match.group("num4") \
        or match.group("num5")


def _randomized_total(doc: Document) -> tuple[int, Sentence] | None:
    """Randomized total from the arms "(n = 20) ... (n = 21)", summed."""
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
    if design in {"preclinical", "narrative_review", "guideline", "other"}:
        return None, None
    if design == "case_report":
        return 1, _case_sentence(doc)
    if design in {"meta_analysis", "systematic_review"}:
        patients, _, sentence, _ = pooled_counts(doc)
        if patients is not None:
            return patients, sentence
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


_ONE_PATIENT = re.compile(words(
    r"(?:a|an|one|single)\s(?:[\w-]+\s){0,4}?(?:woman|man|girl|boy|patient|female|male|child|adolescent|lady|mother|case)"))


def _case_sentence(doc: Document) -> Sentence | None:
    """The sentence introducing a case report's patient ("A 23-year-old woman ...")."""
    for sentence in doc.sentences:
        if sentence.section not in BACKGROUND_SECTIONS and sentence.section != "TITLE" \
                and _ONE_PATIENT.search(sentence.lower):
            return sentence
    if doc.title is not None and _ONE_PATIENT.search(doc.title_lower):
        return doc.title
    return None


def therapy_arm(doc: Document, total: int | None) -> int | None:
    """Patients in the cell-therapy arm of a controlled study, when the text splits `total`."""
    if not total:
        return None
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        lower = doc.norm(sentence)
        each = _EACH_ARM.search(lower)
        if each is not None and int(each.group("num")) * 2 == total:
            return int(each.group("num"))
        numbers = []
        for match in _PAIR.finditer(lower):
            if match.start() > 0 and lower[match.start() - 1] in _GLUED:
                continue
            numbers.append((int(match.group("a").replace(",", "")), match.start(), match.end()))
        for i in range(len(numbers) - 1):
            (a, a_start, a_end), (b, b_start, _) = numbers[i], numbers[i + 1]
            if a + b == total and a != total:
                if _is_control(lower, a_start, a_end, numbers[i - 1][2] if i else 0, b_start):
                    return b
                return a
    return None


def _is_control(lower: str, start: int, end: int, previous_end: int, next_start: int) -> bool:
    """Does the arm size at start:end belong to the control arm? Its label precedes an
    "(n = 6)" and follows a bare count ("20 to placebo")."""
    if _N_EQUALS_BEFORE.search(lower, max(0, start - 6), start):
        label = lower[max(previous_end, start - 40):start]
    else:
        label = lower[end:min(next_start, end + 30)]
    return _CONTROL_WORDS.search(label) is not None


def pooled_counts(doc: Document) -> tuple[int | None, int | None, Sentence | None, Sentence | None]:
    """(patients, studies, patients' sentence, studies' sentence) of a meta-analysis or review
    (computed once per document: n_patients and n_studies both ask)."""
    found = doc.memo.get("pooled")
    if found is None:
        found = doc.memo["pooled"] = _pooled_counts(doc)
    return found


def _pooled_counts(doc: Document) -> tuple[int | None, int | None, Sentence | None, Sentence | None]:
    patients = studies = None
    patients_sentence = studies_sentence = None
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS or not _STUDY_GATE.search(sentence.lower):
            continue
        lower = doc.norm(sentence)
        for pattern in (_MA_STUDIES_PATIENTS, _MA_PATIENTS_STUDIES, _MA_STUDIES_N):
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
    mixed = patients is not None and _mixed_diseases(doc)
    if mixed or (patients is not None and ("(sle" in doc.lower or "(lupus" in doc.lower or "n =" in doc.lower
                                           or "n=" in doc.lower)):
        for sentence in doc.sentences:
            if sentence.section in BACKGROUND_SECTIONS:
                continue
            lower = doc.norm(sentence)
            match = _LUPUS_SUBGROUP.search(lower)
            # "402 patients (SLE, 211)" names its lupus subset; "211 with SLE" needs other diseases beside.
            if match and (match.group("num2") or match.group("num4") or (mixed and match.group("num5"))
                          or (mixed and _OTHER_DISEASES.search(lower))):
                value = parse_count(_subgroup_number(match))
                if value and value < patients:
                    return value, studies, sentence, studies_sentence
    return patients, studies, patients_sentence, studies_sentence


def n_studies(doc: Document, design: str) -> tuple[int | None, Sentence | None]:
    if design not in {"meta_analysis", "systematic_review"}:
        return None, None
    _, studies, _, sentence = pooled_counts(doc)
    return studies, sentence
