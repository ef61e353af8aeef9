"""Which cell therapies a sentence names: HSCT (autologous / allogeneic), MSC (with source),
CAR-T, and other cell products (CAR-NK, Tregs, tolerogenic dendritic cells, ...).

Patterns run on lower-cased sentences. A cheap combined cue decides whether a sentence needs
the detailed patterns at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.document import BACKGROUND_SECTIONS, Document, evidence
from pipeline.extract.model import Evidence
from pipeline.extract.patterns import Cue, alternation, words

# Words without which a sentence names no cell therapy (a cheap first filter).
_CUE_WORDS = (
    "stem cell", "stem-cell", "hsct", "hct", "transplant", "mesenchymal", "msc", "stromal", "car ", "car-", "car)",
    "cart", "caar", "chimeric", "treg", "regulatory", "dendritic", "toldc", "tol-dc", "natural killer", "nk ", "nk-",
    "nk)", "adoptive", "cell therap", "cell-based", "cell-therap", "cell based", "cellular therap", "bmt", "asct",
    "immunoablat", "marrow", "cord blood", "wharton", "ipsc", "cell infusion", "cell transfer", "cell product",
    "adsc")
_CUE = Cue(alternation(*(re.escape(word) for word in _CUE_WORDS)), _CUE_WORDS)

_MESENCHYMAL = re.compile(alternation(r"mesenchymal", r"mscs?\b", r"stromal"))
_HEMATOPOIETIC = re.compile(alternation(r"ha?ematopoietic", r"hsct", r"bmt\b"))

_HSCT = re.compile(words(
    r"a?hsct", r"auto-?hsct", r"allo-?hsct", r"auto-?sct", r"allo-?sct", r"asct", r"a?hct", r"auto-?hct",
    r"allo-?hct", r"bmt", r"pbsct", r"allo-?bmt", r"auto-?bmt", r"a?hscts", r"bmts") + "|" + words(
    r"ha?ematopoietic (?:stem |progenitor )?(?:and progenitor )?cells? (?:transplant|therap|infusion|rescue|support|graft|reinfusion)",
    r"s(?<!mesenchymal s)(?<!stromal s)(?<!msc s)tem[- ]cells? (?:transplant|rescue|support|reinfusion|graft)",
    r"bone marrow transplant", r"marrow (?:transplantation|graft)", r"immunoablat", r"myeloablat",
    r"cord blood transplant", r"stem[- ]cell mobili[sz]ation", r"cd34\+?[- ](?:selected|enriched|selection)",
    r"(?:autologous|allogeneic) transplant", right=False))
_AUTO = re.compile(words(
    r"auto(?:logous)?[- ](?:[\w+/-]+[- ]){0,4}?(?:ha?ematopoietic|hsct|hct|sct|bmt|stem[- ]cell (?:transplant|rescue|support|graft|reinfusion)|bone marrow transplant|peripheral blood stem|pbsc|cd34|graft|transplant)",
    r"(?:ahsct|asct|auto-?hsct|auto-?sct|auto-?hct|auto-?bmt)s?\b", r"autograft", right=False))
_ALLO = re.compile(words(
    r"allo(?:geneic)?[- ](?:[\w+/-]+[- ]){0,3}?(?:ha?ematopoietic|hsct|hct|sct|bmt|stem[- ]cell (?:transplant|rescue|graft)|bone marrow transplant|marrow transplant|transplant|peripheral blood stem|cord blood transplant)",
    r"allo-?(?:hsct|sct|hct|bmt)s?\b", r"haplo-?identical", r"cord blood transplant",
    r"(?:matched|unrelated|sibling) donor", r"hla-(?:identical|matched) sibling", r"allograft",
    r"donor (?:bone marrow|stem cells|chimerism)", right=False))
_MSC = re.compile(alternation(r"mesenchymal", r"multipotent stromal", r"stromal (?:stem )?cells", r"marrow stromal",
                              r"stromal vascular fraction", r"wharton",
                              r"(?:menstrual|placenta|amniotic|adipose|umbilical cord|dental pulp|endometrial|decidua)"
                              r"[\w' -]{0,25}?(?:stem|stromal) cells") + "|" + words(r"men-?scs?",
    r"(?:uc|bm|ad|at|hu|huc|hucb|ucb|pl|wj|hp|men|dp|hbm|hum|hpm|cb)?-?mscs?", r"msct", r"ucmscs?", r"bmscs?",
    r"adscs?", r"hucmscs?"))
_MSC_SOURCES = (
    ("umbilical_cord", Cue(alternation(
        r"umbilical", r"ucmscs?", r"hucmscs?", r"wharton", r"cord[- ](?:derived|tissue)",
        r"cord blood[- ]derived mesenchymal") + "|" + words(r"(?:huc|uc|hucb|ucb)-?mscs?"),
        ("umbilical", "ucmsc", "uc-msc", "ucbmsc", "ucb-msc", "wharton", "cord"))),
    ("bone_marrow", Cue(alternation(
        r"bone marrow[- ](?:derived )?(?:mesenchymal|mscs?\b|stromal|stem cells? \(?bm)",
        r"bone marrow-?,? (?:(?:or|and|/) )?(?:umbilical|adipose|cord|placenta|wharton)",
        r"(?:or|and|/|,) bone marrow\b(?![- ](?:transplant|derived dendritic|cells? transplant))",
        r"marrow[- ]derived (?:mesenchymal|mscs?|stromal)", r"marrow (?:mesenchymal|stromal)") + "|" + words(
        r"(?:bm|hbm)-?mscs?", r"bmscs?"), ("marrow", "bmsc", "bm-msc", "bmmsc"))),
    ("adipose", Cue(alternation(r"adipose", r"fat-derived", r"lipoaspirate", r"stromal vascular fraction")
                    + "|" + words(r"(?:ad|at)-?mscs?", r"adscs?"),
                    ("adipose", "fat-derived", "lipoaspirate", "stromal vascular", "admsc", "ad-msc", "atmsc",
                     "at-msc", "adsc"))),
    ("other", Cue(alternation(
        r"placenta", r"amnio", r"menstrual", r"dental pulp", r"deciduous teeth", r"gingiva", r"endometri",
        r"decidua", r"induced pluripotent", r"embryonic stem", r"olfactory", r"synovi(?:al|um)[- ]derived")
        + "|" + words(r"ipscs?", r"pl-?mscs?", r"men-?scs?"),
        ("placenta", "amnio", "menstrual", "dental pulp", "deciduous teeth", "gingiva", "endometri", "decidua",
         "induced pluripotent", "embryonic stem", "olfactory", "synovi", "ipsc", "plmsc", "pl-msc", "mensc",
         "men-sc"))),
)
_CAR_T = re.compile(words(
    r"caa?r[- ]?t\b(?![- ]?reg)", r"caa?r[- ]?t[- ]cells?",
    r"chimeric (?:antigen|autoantibody) receptor(?:\s*\(caa?r\))?[- ](?:(?!regulatory)\w+[- ]){0,2}?t[- ]?(?:cells?|lymphocytes)\b(?![- ]?reg)",
    r"(?:cd19|bcma|cd19/bcma|cd19-bcma|cd20|cd7)[- ](?:targeted |directed |specific )?car\b(?![- ]?(?:nk|treg|m\b|macrophage))",
    r"(?:anti-?cd19|anti-?bcma)[- ]car\b(?![- ]?(?:nk|treg))", r"car[- ]?t[- ]?cell therap", right=False))
_OTHER = re.compile(words(
    r"car[- ]?nk\b", r"chimeric antigen receptor[- ](?:\w+[- ]){0,2}?(?:natural killer|nk)", r"car[- ]?tregs?\b",
    r"car[- ]?(?:m|macrophages?)\b",
    r"(?:regulatory t[- ]cells?|tregs?)(?:[- ]based)?(?: cell)? (?:therapy|therapies|infusion|transfer|administration|injection|product)",
    r"adoptive(?: cell)? (?:transfer|therapy|immunotherapy) (?:of|with) (?:[\w+-]+ ){0,3}?(?:tregs?|regulatory|t[- ]cells|nk|natural killer|dendritic|myeloid|b[- ]cells|bregs?|macrophages|mdscs?)",
    r"(?:infusion|infusions|injection|transfer|administration|transfusion) of (?:(?:ex vivo|in vitro)[- ]expanded |autologous |allogeneic |polyclonal |expanded |antigen-specific |induced |low-dose |engineered )*(?:tregs?|regulatory [tb]|tolerogenic|dendritic cells|nk cells|natural killer|myeloid-derived|bregs?|itregs?)",
    r"tolerogenic dendritic", r"tol-?dcs?\b",
    r"(?:receiv\w*|infus\w*|given|administ\w*|transferr?\w*) (?:[\w-]+ ){0,4}?(?:tregs?|regulatory t[- ]cells)\b",
    r"(?:ex vivo|in vitro|polyclonal)[- ]expanded (?:[\w-]+ ){0,2}?(?:tregs?|regulatory t[- ]cells)\b", r"(?:nk|natural killer) cell(?:[- ]based)? therap",
    r"virus-specific t[- ]cells", r"stem cell educator", r"mdsc (?:transfer|therapy)",
    r"gamma[- ]delta t[- ]cell therap", r"tcr-?t\b", r"treg cell therap",
    r"(?:ipsc|pluripotent stem cell)[- ]derived (?:(?!mesenchymal|stromal|mscs?\b)\w+[- ]){0,2}?(?:cells|therap)",
    r"(?:cell[- ]based|cellular|cell) (?:therapy|therapies|products?)[^.;]{0,90}?"
    r"(?:regulatory t[- ]cells|tregs?\b|nk cells|natural killer cells|tolerogenic dendritic|dendritic cells|car[- ]nk)",
    right=False)
    + r"|γδ t[- ]cell therap")
# Literal gates: a detailed pattern runs only on a sentence holding one of its words.
# Words that by themselves name MSCs (the regex is needed only for the tissue phrasings).
_MSC_SURE = ("mesenchymal", "msc", "multipotent stromal", "marrow stromal", "stromal cell", "stromal stem",
             "wharton", "adsc", "mensc", "men-sc", "stromal vascular fraction")
_MSC_WORDS = ("mesenchymal", "msc", "stromal", "wharton", "adsc", "mensc", "men-sc", "menstrual", "placenta",
              "amniotic", "adipose", "umbilical", "dental pulp", "endometrial", "decidua")
_OTHER_WORDS = ("nk", "natural killer", "treg", "regulatory", "dendritic", "tol-dc", "toldc", "adoptive",
                "virus-specific", "educator", "mdsc", "γδ", "gamma", "tcr", "ipsc", "pluripotent", "car-m", "car m",
                "macrophage")
_CAR_WORDS = ("car ", "car-", "car)", "cart", "caar", "chimeric", "car,", "car.")
_AUTO_WORDS = ("autologous", "auto-", "auto ", "ahsct", "asct", "autohsct", "autosct", "autohct", "autobmt",
               "autograft")
_ALLO_WORDS = ("allo", "haplo", "cord blood", "donor", "sibling")
_HSCT_WORDS = ("hsct", "hct", "bmt", "transplant", "immunoablat", "myeloablat", "stem cell", "stem-cell", "cd34",
               "pbsc", "asct", "sct", "marrow graft")


def _has(lower: str, literals: tuple[str, ...]) -> bool:
    for literal in literals:
        if literal in lower:
            return True
    return False

_GENERIC_CELL_THERAPY = re.compile(
    r"cell[- ](?:based )?therap|cellular therap|stem[- ]cell therap|cell transplant"
    r"|stem cells? (?:\(\w+\) )?(?:were |was )?(?:infused|injected|transplanted|administered|given|transfused)"
    r"|(?:infusion|injection|transplantation|administration|transfer) of (?:[\w-]+ ){0,3}?stem cells")


@dataclass(frozen=True, slots=True)
class TherapyMentions:
    """Therapies named per sentence index (only sentences that name any)."""

    by_sentence: dict[int, frozenset[str]]
    generic: frozenset[int]  # sentences naming "cell therapy" / "stem cell therapy" only

    def sentences_naming(self, therapy: str) -> list[int]:
        return [i for i, names in self.by_sentence.items() if therapy in names]


def sentence_therapies(lower: str, skip: frozenset[str] | set[str] = frozenset(), *, cued: bool = False
                       ) -> frozenset[str]:
    """The therapy classes a lower-cased sentence names (HSCT counts once, by type). Classes in
    `skip` (already found) are not looked for again; `cued`: the cue words were checked."""
    if not cued and not _CUE.search(lower):
        return frozenset()
    found = set()
    if "msc" not in skip and (_has(lower, _MSC_SURE) or (_has(lower, _MSC_WORDS) and _MSC.search(lower))):
        found.add("msc")
    other = _OTHER.search(lower) if _has(lower, _OTHER_WORDS) else None
    if other:
        found.add("other_cell_therapy")
    if "car_t" not in skip and _has(lower, _CAR_WORDS) and \
            any(_car_t_used(lower, match, other is not None) for match in _CAR_T.finditer(lower)):
        found.add("car_t")
    if "hsct_autologous" not in skip and _has(lower, _AUTO_WORDS) and \
            any(not _mesenchymal_near(lower, m) and not _history(lower, m) and not _comparator(lower, m)
                for m in _AUTO.finditer(lower)):
        found.add("hsct_autologous")
    if "hsct_allogeneic" not in skip and _has(lower, _ALLO_WORDS) and \
            any(not _mesenchymal_near(lower, m) and not _history(lower, m) and not _comparator(lower, m)
                and not _msc_donor(lower, m) and not _msc_transplant(lower, m) for m in _ALLO.finditer(lower)):
        found.add("hsct_allogeneic")
    if "hsct_autologous" not in found and "hsct_allogeneic" not in found:
        if "hsct" not in skip and _has(lower, _HSCT_WORDS) and \
                any(not _mesenchymal_near(lower, m) and not _history(lower, m) and not _msc_transplant(lower, m)
                    for m in _HSCT.finditer(lower)):
            found.add("hsct")
            # "Autologous transplantation was used in 43 and allogeneic in 4."
            if "allogeneic" in lower and _BARE_ALLOGENEIC.search(lower):
                found.add("hsct_allogeneic")
        elif "allogeneic" in lower and "transplant" in lower and _BARE_ALLOGENEIC.search(lower) \
                and not _msc_transplant(lower, _BARE_ALLOGENEIC.search(lower)):
            found.add("hsct_allogeneic")
    elif "hsct_allogeneic" not in found and "allogeneic" in lower and _BARE_ALLOGENEIC.search(lower):
        found.add("hsct_allogeneic")
    return frozenset(found)


# A therapy the patients had before (the history of an allogeneic series), not the one studied.
_HISTORY = re.compile(
    r"(?:refractory to|relapsed after|relaps\w* following|after (?:a |an )?(?:failed|previous|prior|unsuccessful)|"
    r"previous(?:ly)?|prior|history of|failed|despite|resistant to|had undergone)"
    r"(?:(?!underw|receiv|treated|given|performed|infus|were|was)[^.;]){0,80}$"
)
# CAR T named only as a comparator ("without the aplasia caused by conventional CAR T cells").
_CAR_COMPARISON = re.compile(
    r"(?:conventional|unlike|than|compared (?:with|to)|versus|vs\.?|instead of|rather than|alternative to|like)"
    r"\s(?:[\w-]+\s){0,3}?$"
)
_EXPLICIT_CAR_T = re.compile(r"caa?r[- ]?t\b|t[- ]?(?:cells?|lymphocytes)")
_HSCT_COMPARISON = re.compile(r"(?:than|unlike|rather than|instead of|in contrast to|as opposed to)\s(?:[\w-]+\s){0,2}?$")
_RECOMMENDED = re.compile(r"[^.;]{0,80}?\b(?:may|should|can|could|might) (?:\w+ )?be (?:considered|recommended|offered)"
                          r"|[^.;]{0,80}?\b(?:is|are) recommended")
# "allogeneic" standing alone in a transplant sentence ("... and allogeneic in 4").
_BARE_ALLOGENEIC = re.compile(
    r"\ballogeneic\b(?!\s*(?:[\w-]+\s){0,2}?(?:mesenchymal|mscs?|stromal|umbilical|cord|adipose|car|cd19|nk|natural|"
    r"t[- ]cells?|tregs?|dendritic|cells?|bone marrow[- ]derived|placenta|menstrual|wharton|donor[- ]derived|stem cells))"
    r"(?=\s+(?:in|for|transplant|hsct|hct|bmt|and|or)\b)"
)


def _car_t_used(lower: str, match: re.Match, other_car: bool) -> bool:
    """A CAR T mention that is the studied product, not a comparator or another CAR cell."""
    if _CAR_COMPARISON.search(lower, max(0, match.start() - 40), match.start()):
        return False
    if other_car or "nk" in lower or "natural killer" in lower or "treg" in lower:
        return _EXPLICIT_CAR_T.search(match.group(0)) is not None
    return True


def _history(lower: str, match: re.Match) -> bool:
    if _HISTORY.search(lower, max(0, match.start() - 90), match.start()) is None:
        return False
    # "For disease refractory to X, autologous HSCT may be considered": a recommendation.
    return not ("consider" in lower or "recommend" in lower or "offer" in lower) or \
        _RECOMMENDED.search(lower, match.end()) is None


def _comparator(lower: str, match: re.Match) -> bool:
    """"at a higher risk than autologous transplantation": named only to compare with."""
    return _HSCT_COMPARISON.search(lower, max(0, match.start() - 40), match.start()) is not None


def _msc_donor(lower: str, match: re.Match) -> bool:
    """A donor word ("HLA-haploidentical brother", "sibling donor") that describes where the MSCs
    came from, in a sentence naming no haematopoietic transplant."""
    word = match.group(0)
    if not ("haplo" in word or "donor" in word or "sibling" in word or "matched" in word or "unrelated" in word):
        return False
    return _MESENCHYMAL.search(lower) is not None and _HEMATOPOIETIC.search(lower) is None \
        and "marrow transplant" not in lower


def _msc_transplant(lower: str, match: re.Match) -> bool:
    """A bare "allogeneic transplantation" in a sentence about MSCs that names no haematopoietic
    graft ("MSCs of patients are defective, the rationale for allogeneic transplantation")."""
    word = match.group(0)
    if not word.endswith(("transplant", "transplantation", "transplants", "allogeneic")) or "marrow" in word \
            or _HEMATOPOIETIC.search(word) or "stem" in word:
        return False
    return _MESENCHYMAL.search(lower) is not None and _HEMATOPOIETIC.search(lower) is None \
        and "marrow transplant" not in lower


def _mesenchymal_near(lower: str, match: re.Match) -> bool:
    """True when the HSCT-looking phrase is really about MSCs ("allogeneic bone marrow-derived
    mesenchymal stem cells", "autologous MSC transplantation")."""
    window = lower[match.start(): match.end() + 30]
    return _MESENCHYMAL.search(window) is not None and not _HEMATOPOIETIC.search(lower, match.start(), match.end())


def scan(doc: Document) -> TherapyMentions:
    """Therapy mentions per sentence. A class found once in the title or the study's own
    sentences is not looked for again (its first mention is all that is used)."""
    by_sentence: dict[int, frozenset[str]] = {}
    generic = set()
    confirmed: set[str] = set()
    for sentence in doc.matching(_CUE):
        names = sentence_therapies(sentence.lower, confirmed, cued=True)
        if names and sentence.section not in BACKGROUND_SECTIONS:
            confirmed.update(names)
        if names:
            by_sentence[sentence.index] = names
        elif _GENERIC_CELL_THERAPY.search(sentence.lower):
            generic.add(sentence.index)
    return TherapyMentions(by_sentence, frozenset(generic))


def extract_therapies(doc: Document, mentions: TherapyMentions
                      ) -> tuple[tuple[str, ...], dict[str, Evidence], str | None, Evidence | None]:
    """(therapies, evidence per therapy, msc_source, its evidence).

    A therapy counts when the title names it, or a sentence outside the background does;
    background-only mentions count when nothing else is named (a review's scope). Unqualified
    HSCT resolves to autologous or allogeneic from the rest of the text (donor, graft-versus-
    host cues mean allogeneic), defaulting to autologous, the usual HSCT for lupus.
    """
    counted: dict[str, int] = {}
    background_only: dict[str, int] = {}
    if doc.title is not None:
        for name in mentions.by_sentence.get(doc.title.index, ()):
            counted[name] = doc.title.index
    for index, names in mentions.by_sentence.items():
        sentence = doc.sentences[index]
        target = background_only if sentence.section in BACKGROUND_SECTIONS else counted
        for name in names:
            target.setdefault(name, index)
    if not counted:
        counted = background_only
    if "hsct" in counted:
        first = counted.pop("hsct")
        if "hsct_autologous" not in counted and "hsct_allogeneic" not in counted:
            if _ALLO_HINT.search(doc.lower):
                counted["hsct_allogeneic"] = first
            else:
                counted["hsct_autologous"] = first
    therapies = tuple(t for t in ("hsct_autologous", "hsct_allogeneic", "msc", "car_t", "other_cell_therapy")
                      if t in counted)
    proofs = {t: evidence(doc.sentences[counted[t]]) for t in therapies}
    source, source_sentence = (None, None)
    if "msc" in therapies:
        source, source_sentence = msc_source(doc)
    return therapies, proofs, source, source_sentence


_ALLO_HINT = re.compile(r"graft[- ]versus[- ]host|\bgvhd\b|chimerism|(?:sibling|unrelated|matched|haplo-?identical|hla-identical) donor")


def msc_source(doc: Document) -> tuple[str | None, Evidence | None]:
    """The one tissue all the study's MSCs come from; None when unstated or mixed ("bone
    marrow- or umbilical cord-derived", a review of several sources).

    The title decides when it names a source; else the study's own sentences; else the
    background."""
    title_end = doc.title.end if doc.title is not None else -1
    groups: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})  # title, own, background
    for name, pattern in _MSC_SOURCES:
        for sentence in doc.matching(pattern):
            if sentence.end <= title_end:
                group = groups[0]
            elif sentence.section in BACKGROUND_SECTIONS:
                group = groups[2]
            else:
                group = groups[1]
            group.setdefault(name, sentence.index)
    for found in groups:
        if len(found) == 1:
            name, index = next(iter(found.items()))
            return name, evidence(doc.sentences[index])
        if len(found) > 1:
            return None, None
    return None, None
    return None, None
