"""Relevance: does the article report or review a cell therapy (HSCT, MSC, CAR-T, other cell
products) for SLE or lupus nephritis, in humans or animals?

What a PubMed query also returns, and why each is rejected:
- biologic drug trials in SLE (belimumab, anifrolumab, rituximab): no cell product is named;
  "B-cell depletion" or "T-cell co-stimulation" are not cell therapies;
- MSC or HSCT in other diseases (Crohn's disease, multiple sclerosis, leukaemia): lupus is
  at most named in passing, and another disease carries the title;
- lupus after a transplant given for another reason ("de novo SLE after allogeneic HSCT for
  AML"): the transplant is not a treatment of lupus;
- kidney transplantation in lupus nephritis: a solid-organ transplant is not a cell therapy;
- lupus anticoagulant (and lupus vulgaris / pernio): not lupus at all.
"""

from __future__ import annotations

import re

from pipeline.extract.document import BACKGROUND_SECTIONS, Document
from pipeline.extract.patterns import Cue, alternation, words
from pipeline.extract.sentences import Sentence
from pipeline.extract.therapies import TherapyMentions, sentence_therapies

_NOT_LUPUS = re.compile(r"lupus[- ](?:anti-?coagulants?|inhibitors?|vulgaris|pernio|miliaris|tumidus)")
LUPUS = re.compile(words(r"lupus", r"[cjp]?sle", r"mrl[/-]", r"lpr", r"nzb\w*", r"nzw\w*", r"nzm ?2410", r"bxsb",
                         r"pristane", r"b6\.sle\w*"))
_OTHER_DISEASE = re.compile(alternation(
    r"multiple sclerosis", r"systemic sclerosis", r"scleroderma", r"crohn", r"colitis", r"inflammatory bowel",
    r"rheumatoid arthritis", r"diabet", r"graft[- ]versus[- ]host", r"gvhd", r"leuka?emia", r"lymphoma", r"myeloma",
    r"aplastic an", r"myelodysplas", r"covid", r"respiratory distress", r"osteoarthritis", r"myasthenia",
    r"neuromyelitis", r"psoriasis", r"cirrhosis", r"heart failure", r"stroke", r"spinal cord", r"sickle", r"thalass",
    r"cancer", r"tumou?r", r"carcinoma", r"sj[oö]gren", r"dermatomyositis", r"vasculitis", r"spondylitis",
    r"hepatitis", r"kidney transplant recipients", r"alopecia", r"vitiligo", r"atopic"))
# Lupus arising after a transplant given for another disease.
_LUPUS_AFTER_TRANSPLANT = Cue(
    r"(?:develop\w*|onset|de novo|new[- ]onset|emerg\w*|occurr\w*|arose|arising|induced|manifest\w*|diagnosed with)"
    r"\s(?:[\w-]+\s){0,6}?(?:lupus|sle)\b(?![- ](?:flares?|relapses?|activity|remission|reactivation))"
    r"[^.;]{0,90}?\b(?:after|following|post)[- ](?:[\w-]+\s){0,4}?"
    r"(?:[\w-]*transplant\w*|a?hsct|hct|bmt|car[- ]?t\b)"
    r"|(?:post|after)[- ]?transplant(?:ation)?[- ](?:onset )?(?:systemic )?lupus"
    r"|(?:lupus|sle)(?:[- ]like)? (?:\w+ ){0,3}?(?:developing|arising|occurring|emerging) (?:\w+ ){0,2}?(?:after|following) (?:\w+[- ]){0,4}?(?:transplant\w*|hsct|hct|bmt|car[- ]?t\b)",
    ("develop", "onset", "de novo", "emerg", "occurr", "arose", "arising", "induced", "manifest", "diagnosed with",
     "transplant lupus", "transplantation lupus", "transplant-lupus", "transplant systemic", "transplantation systemic",
     "transplant onset", "transplantation onset", "transplant-onset"),
)
# Lupus passed on by a transplant's donor ("lupus transferred by allogeneic stem cell transplantation").
_LUPUS_FROM_DONOR = Cue(
    r"(?:lupus|sle),? (?:\w+ ){0,2}?(?:transferred|transmitted|passed|acquired) (?:on )?(?:by|via|through|with|from) "
    r"(?:[\w-]+ ){0,4}?(?:transplant\w*|hsct|hct|bmt|donor)|donor[- ]derived (?:systemic )?lupus",
    ("transferred", "transmitted", "passed", "acquired", "donor-derived", "donor derived"),
)
_HEME_INDICATION = Cue(
    r"(?:transplant\w*|hsct|hct|bmt|marrow|graft|car[- ]?t(?:[- ]cells?)?(?: therapy)?)\s(?:[\w-]+\s){0,5}?(?:for|because of|to treat)\s(?:[\w-]+\s){0,3}?"
    r"(?:\w{1,5}-)?(?:leuka?emia|lymphoma|myeloma|aplastic|myelodysplas|\bmds\b|\baml\b|\bcml\b|acute lymphoblastic|thalass|sickle|neuroblastoma|hodgkin"
    r"|fanconi|immunodeficien|granulomatous disease|wiskott|osteopetrosis|lymphohistiocytosis)"
    # the transplant as one step of a malignancy's treatment ("lymphoma therapy, including ASCT")
    r"|(?:leuka?emia|lymphoma|myeloma|hodgkin|malignanc\w*) (?:treatment|therapy|therapies|management)\b[^.;]{0,40}?"
    r"(?:transplant|\ba?hsct\b|\bhct\b|\bcar[- ]?t\b)",
    # at most 20 gates (Document.matching looks for more with one regex per sentence)
    ("leuk", "lymphom", "lymphobl", "lymphohist", "myeloma", "aplastic", "myelodysplas", "mds", "aml", "cml", "thalass", "sickle",
     "neuroblastoma", "hodgkin", "malignan", "fanconi", "immunodeficien", "granulomatous disease", "wiskott",
     "osteopetrosis"),
)
# A series that counts its lupus patients ("7 with SLE, 2 with myositis").
_LUPUS_PATIENTS = re.compile(r"\b\d+\s+(?:\w+\s+){0,4}?(?:with|had)\s+(?:\w+[- ]){0,2}?(?:sle|lupus|systemic lupus)\b"
                             r"|\b(?:sle|lupus|systemic lupus erythematosus)\s*\(\s*n\s*=\s*\d+\s*\)"
                             r"|\(\s*(?:sle|lupus)\s*[,:=]\s*\d+")
_SLE_AS_TARGET = re.compile(
    r"(?:for|in|to treat|treatment of|therapy of|patients with|refractory|severe)\s(?:[\w-]+\s){0,4}?(?:lupus|sle)\b"
)


def lupus_sentences(doc: Document) -> list[Sentence]:
    """Sentences that name lupus itself (not the lupus anticoagulant, nor the lupus-like
    features of graft-versus-host disease)."""
    found = []
    gvhd = "lupus-like" in doc.lower and ("gvhd" in doc.lower or "graft-versus-host" in doc.lower
                                          or "graft versus host" in doc.lower)
    for sentence in doc.sentences:
        lower = sentence.lower
        if "lupus" in lower or "sle" in lower or "mrl" in lower or "nz" in lower or "lpr" in lower \
                or "pristane" in lower or "bxsb" in lower:
            if "lupus" in lower and _NOT_LUPUS.search(lower):
                lower = _NOT_LUPUS.sub(" ", lower)
            if gvhd and "lupus-like" in lower:
                lower = lower.replace("lupus-like", " ")
            if LUPUS.search(lower):
                found.append(sentence)
    return found


# Words without which MSCs are studied as biology rather than given as a therapy.
_THERAPY_CONTEXT = re.compile(
    r"transplant|therap|infus|inject|administ|treat|given|receiv|transfus|engraft|deliver|dose|cell-based|exosome")
_PATIENT_MSCS = re.compile(
    r"(?:mscs?|mesenchymal (?:stem|stromal) cells)\s*(?:\([\w-]+\)\s*)?(?:from|of|derived from|isolated from)\s+"
    r"(?:\d+\s+)?(?:patients with (?:sle|lupus|systemic lupus)|(?:sle|lupus) patients)"
    r"|\b(?:sle|lupus)[- ](?:bm-?)?mscs?\b")
_AUTOIMMUNE_SCOPE = re.compile(r"autoimmun|rheumat|connective tissue")
_PASSING = re.compile(r"exclu|such as|other than|except|unlike")


_SPECULATION = re.compile(r"\b(?:could|might|may)\s(?:\w+\s)?(?:explain|account for|underlie|contribute|sustain|"
                         r"be involved|persist|guide|inform|help|pave)|\bfuture (?:\w+ )?(?:cell|cellular|therap)")
# Cell therapy named only as another, later or alternative option to the treatment studied.
_LATER_OPTION = re.compile(r"\b(?:before|prior to|ahead of)\s(?:[\w-]+\s){0,3}?(?:cell|cellular|stem[- ]cell)\b")
# ... or a therapy the treatment studied may replace or spare ("may reduce the need for CAR T cells").
_REPLACED_OPTION = re.compile(r"\b(?:instead of|rather than|alternative to|bridge to|"
                              r"(?:spare|reduce|obviate|avoid|delay|limit|lower) (?:\w+ )?(?:the )?need for|avoid|delay|"
                              r"postpone|obviate)\s(?:[\w-]+\s){0,3}?(?:[\w-]*cells?\b|cellular|car\b|car-t|a?hsct|"
                              r"mscs?\b|(?:stem cell )?transplant)")
_DENIED = re.compile(r"\b(?:no|none|not|never|without|neither)\b[^.;]{0,25}$")


def _lupus_after_transplant(doc: Document) -> bool:
    """Lupus that arose after a transplant or CAR T given for another disease (not denied:
    "no patient developed lupus flares after transplantation" is a lupus study)."""
    if next(doc.matching(_LUPUS_FROM_DONOR), None) is not None:
        return True
    for sentence in doc.matching(_LUPUS_AFTER_TRANSPLANT):
        lower = sentence.lower
        for match in _LUPUS_AFTER_TRANSPLANT.pattern.finditer(lower):
            if not _DENIED.search(lower, max(0, match.start() - 30), match.start()):
                return True
    return False


def _lupus_within_scope(doc: Document, sentence: Sentence, mentions: TherapyMentions) -> bool:
    """A review or report of a cell therapy across autoimmune diseases that names its lupus
    patients once ("the first patient with SLE was treated with CD19 CAR T cells in 2021")."""
    return (doc.title is not None and _AUTOIMMUNE_SCOPE.search(doc.title_lower) is not None
            and bool(sentence_therapies(sentence.lower)) and not _PASSING.search(sentence.lower))


def is_relevant(doc: Document, mentions: TherapyMentions, design: str = "") -> tuple[bool, Sentence | None]:
    """(relevant, the sentence that shows it). A guideline may name lupus once among the
    autoimmune diseases it covers ("For systemic lupus erythematosus, autologous HSCT ...")."""
    lupus = lupus_sentences(doc)
    if not lupus:
        return False, None
    therapy_sentences = set(mentions.by_sentence) | set(mentions.generic)
    if not therapy_sentences:
        return False, None
    named = set().union(*mentions.by_sentence.values()) if mentions.by_sentence else set()
    if named == {"msc"} and not mentions.generic and _PATIENT_MSCS.search(doc.lower) \
            and not any(_THERAPY_CONTEXT.search(doc.sentences[i].lower) for i in mentions.by_sentence):
        return False, None  # the biology of patients' own MSCs, not a therapy
    title_index = doc.title.index if doc.title is not None else -1
    lupus_indices = {s.index for s in lupus}
    lupus_in_title = title_index in lupus_indices
    therapy_in_title = title_index in therapy_sentences
    # Lupus must be the subject, not a passing example among other diseases.
    if not lupus_in_title:
        other_in_title = doc.title is not None and _OTHER_DISEASE.search(doc.title_lower) is not None
        if other_in_title and len(lupus) < 3:
            return False, None
        if len(lupus) < 2 and design != "guideline" and not _LUPUS_PATIENTS.search(lupus[0].lower) \
                and not _lupus_within_scope(doc, lupus[0], mentions):
            return False, None
    # The cell therapy must be more than a background remark or a passing speculation ("these
    # cells could explain relapses after stem cell transplantation").
    substantive = [i for i in therapy_sentences
                   if doc.sentences[i].section not in BACKGROUND_SECTIONS]
    if not therapy_in_title and not substantive and len(therapy_sentences) < 2:
        return False, None
    if not therapy_in_title and len(therapy_sentences) == 1 and design not in ("guideline", "narrative_review") \
            and _SPECULATION.search(doc.sentences[next(iter(therapy_sentences))].lower):
        return False, None
    if not therapy_in_title and len(therapy_sentences) == 1 \
            and design not in ("guideline", "narrative_review", "systematic_review", "meta_analysis") \
            and ((not mentions.by_sentence and _LATER_OPTION.search(doc.sentences[next(iter(therapy_sentences))].lower))
                 or _REPLACED_OPTION.search(doc.sentences[next(iter(therapy_sentences))].lower)):
        return False, None  # "... may be an option before cell therapies are considered"
    if _lupus_after_transplant(doc):
        return False, None
    if next(doc.matching(_HEME_INDICATION), None) is not None \
            and not (therapy_in_title and _SLE_AS_TARGET.search(doc.title_lower)):
        return False, None
    both = sorted(lupus_indices & therapy_sentences)
    best = doc.sentences[both[0]] if both else (doc.title or lupus[0])
    return True, best
