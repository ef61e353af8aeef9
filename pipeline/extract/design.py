"""Study design and trial phase.

Publication types and MeSH decide where they are strong (PubMed's indexers read the full
paper); the text decides otherwise. Order matters: guideline, meta-analysis, systematic review
and review outrank the primary designs they discuss; animal work outranks "randomized" (mice
are randomized too); a case report outranks the cohort words it may contain.
"""

from __future__ import annotations

import re

from pipeline.extract.document import BACKGROUND_SECTIONS, CONCLUSION_SECTIONS, RESULT_SECTIONS, Document
from pipeline.extract.patterns import Cue, words
from pipeline.extract.sentences import Sentence

_GUIDELINE_TITLE = Cue(words(
    r"guidelines?", r"recommendations", r"consensus (?:statement|conference|report|recommendation)",
    r"position (?:statement|paper)", r"expert consensus", r"points to consider", r"best practice statement",
    r"practice parameter", right=False), ("guideline", "recommendation", "consensus", "position", "points to consider", "best practice", "practice parameter"))
_META = Cue(words(r"meta-?analy[sz]", r"meta-?regression", r"network meta",
                         r"pooled analysis of (?:\w+ ){0,3}?(?:studies|trials)", right=False), ("meta", "pooled analysis"))
_SYSTEMATIC = Cue(words(
    r"systematic(?:ally)? (?:literature )?review", r"systematic(?:ally)? search", r"scoping review", r"prisma",
    r"umbrella review"), ("systematic", "scoping", "prisma", "umbrella"))
_SELF = re.compile(words(r"we", r"this", r"present", r"our", r"here", r"was (?:performed|conducted|undertaken)",
                         r"were (?:searched|included|pooled)"))
_REVIEW_TITLE = re.compile(words(
    r"review", r"overview", r"update on", r"an update", r"advances", r"perspectives?", r"progress", r"current status",
    r"state of the art", r"prospects", r"landscape", r"where are we", r"what(?:'s| is) next", r"the road ahead",
    r"past, present", r"future directions", r"primer", r"narrative", r"lessons learned", r"evolving", r"concise",
    r"current (?:evidence|concepts|knowledge)"))
_REVIEW_TEXT = Cue(words(
    r"(?:this|the present|our) (?:narrative |mini-?|brief |comprehensive )?review",
    r"we (?:review(?!ed)|summari[sz]e|discuss|outline|highlight|describe the (?:current|recent))",
    r"here(?:in)?,? we (?:review|summari[sz]e|discuss|provide an overview)",
    r"in this (?:article|review|chapter|paper),? we (?:review|summari[sz]e|discuss|provide)",
    r"(?:this|the present) (?:article|paper|chapter) (?:reviews|summari[sz]es|discusses)",
    r"review(?:s|ed)? (?:the )?(?:current|recent|available|existing) (?:evidence|literature|data|knowledge|advances)",
    right=False), ("review", "summar", "discuss", "outline", "highlight", "describe", "overview", "provide"))
_ANIMAL = Cue(words(
    r"mice", r"mouse", r"murine", r"rats?", r"lupus-prone", r"mrl[/-]", r"nzb\w*", r"nzw\w*", r"nzm ?2410", r"bxsb",
    r"pristane", r"b6\.\w+", r"canine", r"dogs?", r"macaques?", r"primates?", r"in vitro", r"xenogeneic",
    r"animals?", r"rodents?"), ("mice", "mouse", "murine", "rats", " rat ", " rat,", " rat.", "rat model", "lupus-prone", "mrl", "nzb", "nzw", "nzm", "bxsb", "pristane", "b6.", "canine", "dogs", " dog", "macaque", "primate", "in vitro", "xenogeneic", "animal", "rodent"))
_HUMAN = re.compile(words(
    r"patients?", r"participants", r"subjects", r"women", r"men", r"children", r"adolescents", r"woman", r"man",
    r"girl", r"boy", r"volunteers", r"individuals", r"recipients", r"cases?"))
_CASE_REPORT = Cue(words(
    r"case report(?!s)",
    r"we (?:report|describe|present) (?:a|an|the|one) (?:\w+[- ]){0,3}?(?:case|patient|woman|man|girl|boy|\d+[- ]year[- ]old)",
    r"(?:a|an)\s(?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)[- ]old (?:\w+ ){0,3}?(?:woman|man|girl|boy|female|male|patient|child|lady|adolescent)",
    r"this case", r"the present case", r"our case", r"case presentation", r"case (?:description|summary)",
    right=False), ("case", "old", "we report", "we describe", "we present"))
_CASE_SERIES = Cue(words(
    r"case series", r"series of (?:\w+ ){0,2}?(?:patients|cases)",
    r"we (?:report|describe|present) (?:\w+ ){0,2}?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:\w+ ){0,3}?(?:patients|cases|women|children)",
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) cases of",
    r"case study of (?:two|three|four|five|\d+)", r"compassionate[- ]use", r"(?:on|under) a compassionate (?:basis|programme|program)",
    r"expanded[- ]access", r"named[- ]patient"),
    ("case", "series", "we report", "we describe", "we present", "compassionate", "expanded", "named"))
_RANDOMIZED = Cue(words(
    r"r(?<!non-r)(?<!non r)(?<!quasi-r)(?<!not r)andomi[sz](?:ed|ation)", r"randomly (?:assigned|allocated|divided)",
    r"placebo-controlled", r"double-blind(?:ed)?"), ("random", "placebo", "double-blind"))
_NON_RANDOMIZED = Cue(words(
    r"non-?randomi[sz]ed", r"nonrandomi[sz]ed", r"(?:was|were) not randomi[sz]ed", r"quasi-?randomi[sz]ed", r"controlled (?:clinical )?trial",
    r"compared (?:with|to|against) (?:a |an )?(?:matched |concurrent |parallel |contemporaneous |historical )?"
    r"(?:control group|controls|control cohort|patients (?:who|receiving|treated with) (?:standard|conventional))",
    r"(?:matched|concurrent|parallel|historical|contemporaneous|external) controls? (?:group|cohort|arm)?",
    r"two-arm", r"control arm", r"external (?:control|comparator|registry|cohort)", r"historical controls?",
    r"propensity[- ](?:score[- ])?matched", r"compared with (?:an? |the )?(?:\w+[- ]){0,3}?(?:control|comparator)s?",
    r"served as (?:a |the )?(?:concurrent |historical )?control"), ("random", "control", "two-arm", "historical", "propensity", "matched", "comparator", "external"))
_TRIAL = Cue(words(
    r"single[- ]arm", r"open[- ]label", r"phase\s*(?:[1-3i]|iii|ii)", r"pilot (?:study|trial)", r"dose[- ]escalat\w*",
    r"first[- ]in[- ]human", r"clinical trial",
    r"(?:prospective|interventional|exploratory|investigator-initiated)(?:,? (?:\w+[- ]){0,3}?)(?:trial|study|protocol)",
    r"trial", r"nct\d+", r"chictr\w*", r"registered (?:at|with|in)",
    r"(?:enrolled|treated|transplanted|included) (?:in|into|on|under|within|according to) (?:a|an|the|our) (?:[\w-]+ ){0,3}?protocol"),
    ("trial", "phase", "single", "open", "pilot", "dose", "first-in", "first in", "prospective", "interventional",
     "exploratory", "investigator", "nct", "chictr", "registered", "protocol"))
_COHORT = Cue(words(
    r"retrospective(?:ly)?", r"registry", r"cohort", r"observational", r"database",
    r"long[- ]term (?:follow[- ]up|outcomes?) (?:of|study|data)",
    r"single[- ]cent(?:er|re) (?:experience|study|analysis)", r"multi-?cent(?:er|re) (?:study|analysis|experience)",
    r"case[- ]control", r"chart review", r"medical records", r"ebmt", r"cibmtr", r"real[- ]world", r"consecutive",
    r"we (?:\w+ )?reviewed (?:all|the|every) (?:[\w-]+ ){0,6}?(?:transplant\w*|patients|cases|records|charts|recipients|infusions)"),
    ("retrospective", "registry", "cohort", "observational", "database", "long", "single", "multi", "case", "chart",
     "records", "ebmt", "cibmtr", "real", "consecutive", "reviewed"))
_PHASE_TEXT = re.compile(
    r"\bphase[- ]?\s*(i{1,3}|[1-3])\s*[ab]?(?:\s*(?:/|-|–|and|to)\s*(i{1,3}|[1-3])\s*[ab]?)?(?![a-z0-9])"
)
_ROMAN = {"1": "I", "2": "II", "3": "III", "i": "I", "ii": "II", "iii": "III"}
_PHASE_TYPES = (("clinical trial, phase iii", "III"), ("clinical trial, phase ii", "II"),
                ("clinical trial, phase i", "I"))


def _own(sentence: Sentence) -> bool:
    """A sentence about this study (not background or conclusions)."""
    return sentence.section not in BACKGROUND_SECTIONS and sentence.section not in CONCLUSION_SECTIONS


def _first(doc: Document, pattern: re.Pattern, *, own: bool = False, self_ref: bool = False) -> Sentence | None:
    for sentence in doc.matching(pattern):
        if own and not _own(sentence):
            continue
        if self_ref and not _about_this_study(sentence):
            continue
        return sentence
    return None


# Future or hoped-for work ("a controlled trial is warranted"): not this study's design.
_PROSPECT = re.compile(r"\b(?:warrant\w*|merits?|needed|required|future|should|would|will|planned|ongoing)\b")
_PROTOCOL_TITLE = Cue(r"\b(?:study|trial) protocol\b|\bprotocol (?:for|of) (?:a|an|the)\b|:\s*(?:a |the )?protocol\b"
                      r"|\brationale and design\b", ("protocol", "rationale and design"))
_PLANNED = Cue(r"\b(?:we|investigators) will (?:recruit|enrol|enroll|randomi[sz]e|include|assign)|\bwill be "
               r"(?:recruited|enrolled|randomi[sz]ed|randomly (?:assigned|allocated)|included|allocated)\b",
               ("will",))
# Work on cells in culture: patients' cells studied in vitro, no patient treated.
_IN_VITRO = Cue(words(r"in vitro", r"ex vivo", r"co-?cultured?", r"cultured", r"co-?culture", r"transwell",
                      r"cell lines?",
                      # cells made in the laboratory from patients' blood cells
                      r"(?:generated|manufactured|differentiated) (?:[\w+-]+ ){0,4}?from (?:[\w-]+ ){0,4}?"
                      r"(?:monocytes|pbmcs?|progenitors|precursors|leukapheresis)"),
                ("in vitro", "ex vivo", "cultur", "transwell", "cell line", "generated", "manufactured",
                 "differentiated"))
_TREATED = re.compile(words(r"received", r"were treated", r"was treated", r"underwent", r"infused", r"injected", r"infusions?",
                            r"enrolled", r"transplanted", r"were given", r"administered", r"follow-up", r"followed"))


def _in_vitro_study(doc: Document) -> Sentence | None:
    """The first culture sentence of a study of cells in vitro that treats no patient."""
    cultured = doc.has_mesh("cells, cultured")
    if not cultured and not _IN_VITRO.possible(doc.lower):
        return None
    first = next((s for s in doc.matching(_IN_VITRO) if _own(s)), None)
    if first is None and cultured:
        first = doc.title_or_first()
    if first is None or any(_TREATED.search(s.lower) for s in doc.sentences if _own(s)):
        return None
    return first


def _about_this_study(sentence: Sentence) -> bool:
    """The title, a methods/results sentence, or one that says "we" / "this" / "present"."""
    if sentence.section == "TITLE":
        return True
    if sentence.section and sentence.section not in BACKGROUND_SECTIONS and sentence.section not in CONCLUSION_SECTIONS:
        return True
    return _SELF.search(sentence.lower) is not None


def _animal_study(doc: Document) -> Sentence | None:
    """The first animal sentence when animals outnumber people in the study's own sentences."""
    if not _ANIMAL.possible(doc.lower):
        return None
    animal = human = 0
    first = None
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        lower = sentence.lower
        if _ANIMAL.search(lower):
            animal += 1
            first = first or sentence
        elif _HUMAN.search(lower):
            human += 1
    if first is not None and animal >= human:
        return first
    return None


_OTHER_TYPES = frozenset({"editorial", "comment", "news", "interview", "biography", "newspaper article",
                          "published erratum", "retraction of publication", "expression of concern"})
_TRIAL_TYPES = frozenset({"clinical trial", "clinical trial, phase i", "clinical trial, phase ii",
                          "clinical trial, phase iii", "clinical trial, phase iv", "clinical study",
                          "pragmatic clinical trial", "adaptive clinical trial"})
_NOTICE_TITLE = re.compile(r"^\s*(?:retraction(?: note| notice)?\s*(?::|to|of)|notice of retraction|expression of concern|erratum|correction to)")
# Work that is neither a study of patients nor a review: surveys, economic models, opinion.
_OTHER_TEXT = Cue(words(
    r"surveyed", r"(?:online |web-based |cross-sectional |international |national )?survey(?! of (?:the )?literature)",
    r"questionnaires?", r"cost-?effectiveness", r"cost-?utility", r"markov model", r"decision[- ]analytic",
    r"budget impact", r"modell?ing study", r"microsimulation", r"in this (?:editorial|commentary|viewpoint)",
    r"qalys?"), ("survey", "questionnaire", "cost", "markov", "decision", "budget", "model", "simulation", "editorial", "commentary", "viewpoint", "qaly"))
_CASE_COUNT_TITLE = re.compile(words(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:\w+ ){0,2}?(?:cases|patients|women|children|siblings)",
    r"case series"))


def is_protocol(doc: Document) -> Sentence | None:
    """The sentence showing that the article is a study protocol (a planned study, no results)."""
    if doc.title is not None and _PROTOCOL_TITLE.possible(doc.title_lower) and _PROTOCOL_TITLE.search(doc.title_lower):
        return doc.title
    if not _PLANNED.possible(doc.lower):
        return None
    planned = next((s for s in doc.matching(_PLANNED) if _own(s)), None)
    if planned is not None and not any(s.section in RESULT_SECTIONS for s in doc.sentences):
        return planned
    return None


def classify(doc: Document) -> tuple[str, Sentence | None]:
    """(design, the sentence that shows it)."""
    title = doc.title_or_first()
    types = doc.publication_types
    if doc.is_retraction_notice or (doc.title is not None and _NOTICE_TITLE.search(doc.title_lower)):
        return "other", title
    if "study protocol" in types or (not types & {"meta-analysis", "systematic review", "review"}
                                     and is_protocol(doc) is not None):
        return "other", is_protocol(doc) or title
    if types & {"practice guideline", "guideline", "consensus development conference",
                "consensus development conference, nih"}:
        return "guideline", _first(doc, _GUIDELINE_TITLE) or title
    if doc.title is not None and _GUIDELINE_TITLE.search(doc.title_lower) and not _META.search(doc.title_lower) \
            and not _SYSTEMATIC.search(doc.title_lower):
        return "guideline", doc.title
    if "meta-analysis" in types:
        return "meta_analysis", _first(doc, _META) or title
    if "systematic review" in types:
        meta = _first(doc, _META, self_ref=True)
        if meta is not None and not _NO_POOLING.search(doc.lower):
            return "meta_analysis", meta
        return "systematic_review", _first(doc, _SYSTEMATIC) or title
    meta = _first(doc, _META, self_ref=True)
    if meta is not None and not _NO_POOLING.search(doc.lower) and not _RANDOMIZED_TITLE_STUDY.search(doc.title_lower):
        return "meta_analysis", meta
    systematic = _first(doc, _SYSTEMATIC, self_ref=True)
    if systematic is not None:
        return "systematic_review", systematic
    if "randomized controlled trial" in types:
        return "rct", _first(doc, _RANDOMIZED) or title
    if types & _OTHER_TYPES and not types & ({"case reports", "review"} | _TRIAL_TYPES):
        return "other", title
    if "case reports" in types and "review" in types and (
            _first(doc, _CASE_REPORT, own=True) is not None or _first(doc, _CASE_SERIES, own=True) is not None
            or (doc.title is not None and _CASE_COUNT_TITLE.search(doc.title_lower))):
        return _case_design(doc)  # "a case report and review of the literature": the case is the study
    if "review" in types or "scientific integrity review" in types:
        return "narrative_review", _first(doc, _REVIEW_TEXT) or _first(doc, _REVIEW_TITLE) or title
    if doc.has_mesh("animals") and not doc.has_mesh("humans"):
        return "preclinical", _animal_study(doc) or _first(doc, _ANIMAL) or title
    if (doc.title is not None and _REVIEW_TITLE.search(doc.title_lower)) or _first(doc, _REVIEW_TEXT):
        sentence = _first(doc, _REVIEW_TEXT) or doc.title
        if not _own_numbers(doc):
            return "narrative_review", sentence
    other = _first(doc, _OTHER_TEXT)
    if other is not None and not _own_numbers(doc):
        return "other", other
    animal = _animal_study(doc) or _in_vitro_study(doc)
    if animal is not None:
        return "preclinical", animal
    if "case reports" in types:
        return _case_design(doc)
    trial = _trial_sentence(doc)
    if trial is not None and not _STRONG_TRIAL.search(trial.lower) and _first(doc, _OBSERVATIONAL) is not None:
        trial = None  # "a prospective cohort study": observational, not a trial
    if trial is not None and trial.section != "TITLE" and doc.title is not None \
            and _OBSERVATIONAL.search(doc.title_lower) and not _STRONG_TRIAL.search(doc.title_lower):
        trial = None  # "...: a retrospective cohort study" in the title outranks trial words in the text
    if trial is None or "registered" in trial.lower:
        registry = _first(doc, _REGISTRY_REPORT, own=True)
        if registry is not None and (trial is None or trial.index == registry.index):
            return "cohort", registry
    if types & (_TRIAL_TYPES | {"controlled clinical trial"}) or (trial is not None and trial.section == "TITLE"):
        return _trial_design(doc, trial or title)
    case = _first(doc, _CASE_REPORT, own=True)
    if case is not None or _first(doc, _CASE_SERIES, own=True) is not None:
        return _case_design(doc)
    randomized = _randomized_sentence(doc)
    if randomized is not None:
        return "rct", randomized
    if trial is not None:
        return _trial_design(doc, trial)
    non_randomized = _first(doc, _NON_RANDOMIZED_ONLY, own=True)
    if non_randomized is not None and not _OBSERVATIONAL.search(non_randomized.lower):
        return "non_randomized_trial", non_randomized
    cohort = _first(doc, _COHORT)
    if cohort is not None:
        return "cohort", cohort
    # A letter is "other" unless it reports its own patients (LABELING.md).
    return _untyped_study(doc)


def _untyped_study(doc: Document) -> tuple[str, Sentence | None]:
    """A report of treated patients with no design words: one patient is a case report, a
    handful a case series, more an (observational) cohort; no patients at all is "other"."""
    from pipeline.extract.counts import patient_counts

    counts = [c for c in patient_counts(doc) if c.score >= 3.0]
    if not counts:
        return "other", None
    best = max(counts, key=lambda c: (c.score, c.value))
    if best.value >= 10:
        return "cohort", best.sentence
    if best.value >= 2:
        return "case_series", best.sentence
    return "case_report", best.sentence


def _trial_design(doc: Document, fallback: Sentence | None) -> tuple[str, Sentence | None]:
    """A prospective interventional study: randomized, controlled, or single-arm."""
    randomized = _randomized_sentence(doc)
    if randomized is not None and "controlled clinical trial" not in doc.publication_types:
        return "rct", randomized
    if doc.title is not None and _SINGLE_ARM.search(doc.title_lower):
        return "single_arm_trial", doc.title
    controlled = next((s for s in doc.matching(_NON_RANDOMIZED)
                       if not _PROSPECT.search(s.lower)), None)
    if controlled is not None or "controlled clinical trial" in doc.publication_types:
        return "non_randomized_trial", controlled or fallback
    return "single_arm_trial", fallback


_LITERATURE = re.compile(r"publish|literature|previously (?:reported|described)|\breview")


def _case_design(doc: Document) -> tuple[str, Sentence | None]:
    """One patient → case report; two or more → case series."""
    from pipeline.extract.counts import patient_counts  # counts needs no design: no cycle at import

    title = doc.title_or_first()
    if doc.title is not None and _CASE_COUNT_TITLE.search(doc.title_lower):
        return "case_series", doc.title
    series = _first(doc, _CASE_SERIES, own=True)
    if series is not None:
        return "case_series", series
    # Cases from the literature a report reviews are not its own patients.
    counts = [c for c in patient_counts(doc) if c.score > 0 and not _LITERATURE.search(c.sentence.lower)]
    if counts and max(counts, key=lambda c: (c.score, c.value)).value >= 2:
        best = max(counts, key=lambda c: (c.score, c.value))
        return "case_series", best.sentence
    return "case_report", _first(doc, _CASE_REPORT, own=True) or title


# Trial words that a cohort study does not use; "prospective study" alone may be either.
_STRONG_TRIAL = re.compile(words(
    r"trial", r"phase\s*(?:[1-3i]|iii|ii)", r"open[- ]label", r"single[- ]arm", r"pilot", r"dose[- ]escalat\w*",
    r"first[- ]in[- ]human", r"nct\d+", r"chictr\w*", r"registered", r"prospective (?:\w+[- ]){0,3}?protocol",
    r"(?:enrolled|treated|transplanted|included) (?:in|into|on|under|within|according to) (?:a|an|the|our) (?:[\w-]+ ){0,3}?protocol"))
_OBSERVATIONAL = Cue(words(r"cohort", r"registry", r"retrospective(?:ly)?", r"observational", r"real[- ]world"),
                     ("cohort", "registry", "retrospective", "observational", "real"))
_NO_POOLING = Cue(r"no meta-?analysis (?:was|could be) (?:possible|performed|conducted)|meta-?analysis (?:was|could) not|(?:not|too heterogeneous) to (?:be )?pool|without (?:a )?meta-?analysis|precluded (?:a )?meta-?analysis|descriptive(?:ly)? synthe",
                  ("meta", "pool", "descriptive"))
_RANDOMIZED_TITLE_STUDY = re.compile(r"^(?!.*meta-?analy).*randomi[sz]ed (?:\w+[- ]){0,3}?trial")
_NON_RANDOMIZED_ONLY = Cue(r"non-?randomi[sz]ed|nonrandomi[sz]ed", ("randomi",))
_SINGLE_ARM = re.compile(r"\bsingle[- ]arm\b|\buncontrolled\b")
# Trial words in a negation ("treated outside a clinical trial"): not this study's design.
_NOT_A_TRIAL = re.compile(r"\b(?:outside|beyond|not in|not within|instead of)\s(?:of\s)?(?:[\w-]+\s){0,2}?$")
# Patients reported to a registry ("reported to the Center for International Blood and Marrow Transplant
# Research"): an observational cohort.
_REGISTRY_REPORT = Cue(r"\b(?:reported|notified) to (?:the |a |an )?(?:[a-z-]+ ){0,8}?"
                       r"(?:registry|registries|database|research|society|(?:study|working) group)\b"
                       r"|\b(?:registered|recorded|reported) (?:in|with) (?:the |a |an )?(?:[a-z-]+ ){0,5}?"
                       r"(?:registry|registries|database)\b",
                       ("reported to", "notified to", "registered", "recorded in", "recorded with", "reported in",
                        "reported with"))


_PAST = re.compile(r"\b(?:were|was|had been)\b")


def _randomized_sentence(doc: Document) -> Sentence | None:
    """The first own sentence saying patients were randomised (not "a randomised trial should follow")."""
    for sentence in doc.matching(_RANDOMIZED):
        if _own(sentence) and not (_PROSPECT.search(sentence.lower) and not _PAST.search(sentence.lower)):
            return sentence
    return None


def _trial_sentence(doc: Document) -> Sentence | None:
    """The first own sentence with trial words that are not negated."""
    for sentence in doc.matching(_TRIAL):
        if not _own(sentence):
            continue
        lower = sentence.lower
        if not ("outside" in lower or "beyond" in lower or "not in" in lower or "instead of" in lower):
            return sentence
        if any(not _NOT_A_TRIAL.search(lower, max(0, m.start() - 30), m.start())
               for m in _TRIAL.pattern.finditer(lower)):
            return sentence
    return None
_OWN_NUMBERS = re.compile(r"\b(?:we|our) (?:enrolled|treated|recruited|included|report|describe|performed|conducted|analy[sz]ed)\b|\bwere (?:enrolled|recruited|randomi[sz]ed|treated)\b")


def _own_numbers(doc: Document) -> bool:
    """Does the text report its own patients (a primary study with a review-like title)?"""
    return any(_OWN_NUMBERS.search(s.lower) for s in doc.sentences if _own(s))


def phase(doc: Document) -> tuple[str | None, Sentence | None]:
    """("I", "I/II", "II", "II/III" or "III", sentence), from the text, else publication types."""
    for sentence in doc.sentences:
        lower = sentence.lower
        if "phase" not in lower:
            continue
        match = _PHASE_TEXT.search(lower)
        if match is None:
            continue
        first = _ROMAN[match.group(1)]
        second = _ROMAN.get(match.group(2) or "")
        if second and second != first:
            value = f"{first}/{second}"
            if value in {"I/II", "II/III"}:
                return value, sentence
        return first, sentence
    found = [value for name, value in _PHASE_TYPES if name in doc.publication_types]
    if found:
        value = "/".join(sorted(set(found), key=("I", "II", "III").index))
        if value in {"I", "II", "III", "I/II", "II/III"}:
            return value, doc.title_or_first()
    return None, None
