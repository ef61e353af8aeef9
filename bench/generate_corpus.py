"""A realistic synthetic PubMed corpus for the benchmarks: N efetch-shaped records.

    python bench/generate_corpus.py                          # 100,000 records → bench/out/corpus-100000-s1.xml.gz
    python bench/generate_corpus.py --n 10000 --seed 7 --out /tmp/c.xml

The output is what `efetch db=pubmed retmode=xml` returns (a `PubmedArticleSet` with the
2025 DOCTYPE, pretty-printed like ../shared/ncbi-samples/biopython_pubmed5.xml): `MedlineCitation`
with journal, `PubDate` (Year/Month[/Day], sometimes Season or `MedlineDate`), structured
(`Label` + `NlmCategory`) and unstructured abstracts with occasional inline markup and
non-ASCII, authors with affiliations, publication types, MeSH headings with qualifiers,
keywords, grants and correction links (`RetractionIn`/`RetractionOf`, `ErratumIn`), and
`PubmedData` with the `History` dates (entrez/pubmed/medline), `ArticleIdList` and, for about
half the records, a `ReferenceList`.

Abstracts are composed from template sentences with varied pieces, like the labelled dev set
(tests/data/devset/): about 70% are on cell therapy in SLE (HSCT, MSC, CAR-T and other cell
products; RCTs, phase I/II trials, cohorts, case series and reports, meta-analyses,
reviews, guidelines, animal studies), with patient counts and outcome rates in different
phrasings (digits and words, "k of n (p%)", "p% (k/n)", follow-up in months, years or weeks,
doses as "1 × 10^6 cells/kg", "10(6)", "<sup>6</sup>"); about 30% are noise a broad query also
returns (other SLE treatments, stem cells in other diseases, other meanings of "SLE").

Deterministic: record i depends only on (seed, i) and N (its Entrez date spreads the records
over `--days` days from `--start`). Written record by record, so memory stays flat whatever N.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO
from xml.sax.saxutils import escape as _escape

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"

DEFAULT_N = 100_000
DEFAULT_SEED = 1
DEFAULT_START = date(2015, 1, 1)
DEFAULT_DAYS = 3650
FIRST_PMID = 30_000_001
PMID_STRIDE = 3  # PMIDs rise with the Entrez date, with gaps like real ones

HEADER = (
    '<?xml version="1.0" ?>\n'
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
    "<PubmedArticleSet>\n"
)
FOOTER = "</PubmedArticleSet>\n"

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Section label → NlmCategory, as PubMed maps the authors' headings.
LABELS = {
    "background": [("BACKGROUND", "BACKGROUND"), ("INTRODUCTION", "BACKGROUND"), ("OBJECTIVE", "OBJECTIVE"),
                   ("OBJECTIVES", "OBJECTIVE"), ("AIMS", "OBJECTIVE"), ("PURPOSE", "OBJECTIVE")],
    "methods": [("METHODS", "METHODS"), ("PATIENTS AND METHODS", "METHODS"), ("DESIGN", "METHODS"),
                ("MATERIALS AND METHODS", "METHODS"), ("STUDY DESIGN", "METHODS")],
    "results": [("RESULTS", "RESULTS"), ("FINDINGS", "RESULTS"), ("MEASUREMENTS AND RESULTS", "RESULTS")],
    "conclusions": [("CONCLUSIONS", "CONCLUSIONS"), ("CONCLUSION", "CONCLUSIONS"),
                    ("INTERPRETATION", "CONCLUSIONS"), ("CONCLUSIONS AND RELEVANCE", "CONCLUSIONS")],
}

PUBLICATION_TYPE_UI = {
    "Journal Article": "D016428", "Review": "D016454", "Clinical Trial": "D016430",
    "Randomized Controlled Trial": "D016449", "Clinical Trial, Phase I": "D017426",
    "Clinical Trial, Phase II": "D017427", "Clinical Trial, Phase III": "D017428",
    "Meta-Analysis": "D017418", "Systematic Review": "D000078182", "Case Reports": "D002363",
    "Practice Guideline": "D017065", "Guideline": "D016431", "Multicenter Study": "D016448",
    "Observational Study": "D064888", "Retracted Publication": "D016441",
    "Retraction of Publication": "D016440", "Comparative Study": "D003160",
    "Research Support, Non-U.S. Gov't": "D013485", "Research Support, N.I.H., Extramural": "D052061",
    "English Abstract": "D004740", "Letter": "D016422", "Editorial": "D016421",
}

JOURNALS = (
    # (title, ISO abbreviation, ISSN, country, NLM id)
    ("Arthritis & rheumatology (Hoboken, N.J.)", "Arthritis Rheumatol", "2326-5205", "United States", "101623795"),
    ("Annals of the rheumatic diseases", "Ann Rheum Dis", "1468-2060", "England", "0372355"),
    ("Lupus", "Lupus", "1477-0962", "England", "9204265"),
    ("Rheumatology (Oxford, England)", "Rheumatology (Oxford)", "1462-0332", "England", "100883501"),
    ("Bone marrow transplantation", "Bone Marrow Transplant", "1476-5365", "England", "8702459"),
    ("Stem cell research & therapy", "Stem Cell Res Ther", "1757-6512", "England", "101527581"),
    ("Frontiers in immunology", "Front Immunol", "1664-3224", "Switzerland", "101560960"),
    ("Journal of autoimmunity", "J Autoimmun", "1095-9157", "England", "8812164"),
    ("Clinical rheumatology", "Clin Rheumatol", "1434-9949", "Germany", "8211469"),
    ("Cytotherapy", "Cytotherapy", "1477-2566", "England", "100895309"),
    ("The New England journal of medicine", "N Engl J Med", "1533-4406", "United States", "0255562"),
    ("Lupus science & medicine", "Lupus Sci Med", "2053-8790", "England", "101633705"),
    ("Kidney international", "Kidney Int", "1523-1755", "United States", "0323470"),
    ("Biology of blood and marrow transplantation", "Biol Blood Marrow Transplant", "1523-6536",
     "United States", "9600628"),
    ("Stem cells translational medicine", "Stem Cells Transl Med", "2157-6580", "England", "101578022"),
    ("Autoimmunity reviews", "Autoimmun Rev", "1873-0183", "Netherlands", "101128967"),
    ("Nature medicine", "Nat Med", "1546-170X", "United States", "9502015"),
    ("Zhonghua nei ke za zhi", "Zhonghua Nei Ke Za Zhi", "0578-1426", "China", "16210490R"),
    ("Journal of clinical medicine", "J Clin Med", "2077-0383", "Switzerland", "101606588"),
    ("Sleep medicine", "Sleep Med", "1878-5506", "Netherlands", "100898759"),
)

LAST_NAMES = (
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Sun", "Xu", "Müller", "Schmidt",
    "García", "Martínez", "Rossi", "Russo", "Dubois", "Moreau", "Smith", "Johnson", "Brown", "Williams",
    "Jones", "Kim", "Lee", "Park", "Tanaka", "Suzuki", "Sato", "Nakamura", "Kumar", "Singh", "Patel",
    "Sharma", "Silva", "Santos", "Oliveira", "Kowalski", "Nowak", "Andersson", "Johansson", "Nielsen",
    "Jensen", "O'Brien", "Murphy", "van der Berg", "de Jong", "Novák", "Horváth", "Yılmaz", "Öztürk",
    "Cohen", "Levi", "Ivanova", "Petrov", "Nguyen", "Tran", "Ahmed", "Hassan", "Okafor", "Mensah",
)
FORE_NAMES = (
    "Wei", "Jing", "Xiaoming", "Hui", "Lei", "Anna", "Maria", "Thomas", "Jean", "Pierre", "Sophie",
    "Giulia", "Marco", "José", "Lucía", "James", "Sarah", "David", "Emily", "Hiroshi", "Yuki", "Ji-Hoon",
    "Min-Jung", "Priya", "Rahul", "Ana", "João", "Piotr", "Agnieszka", "Lars", "Ingrid", "Siobhán",
    "Mehmet", "Ayşe", "Noa", "Olga", "Dmitri", "Linh", "Fatima", "Chinwe", "Kwame", "Søren", "Zoë",
)
INSTITUTIONS = (
    "Department of Rheumatology and Immunology, Nanjing Drum Tower Hospital, Nanjing, China.",
    "Department of Internal Medicine 3, University Hospital Erlangen, Erlangen, Germany.",
    "Division of Rheumatology, Department of Medicine, University of Toronto, Toronto, Ontario, Canada.",
    "Department of Haematology, Hôpital Saint-Louis, Paris, France.",
    "Division of Immunotherapy, Northwestern University Feinberg School of Medicine, Chicago, Illinois, USA.",
    "Department of Nephrology, Peking University First Hospital, Beijing, China.",
    "Servicio de Reumatología, Hospital Universitario La Paz, Madrid, Spain.",
    "Department of Clinical Immunology, Karolinska University Hospital, Stockholm, Sweden.",
    "Department of Rheumatology, Leiden University Medical Center, Leiden, the Netherlands.",
    "Cell Therapy Unit, Fondazione IRCCS Policlinico San Matteo, Pavia, Italy.",
    "Department of Pediatrics, Seoul National University Children's Hospital, Seoul, Korea.",
    "Centre for Rheumatology, University College London, London, UK.",
    "Department of Medicine, Faculty of Medicine, University of São Paulo, São Paulo, Brazil.",
    "Institute of Immunology, Medical University of Vienna, Vienna, Austria.",
)
AGENCIES = (("NHLBI NIH HHS", "United States", "HL"), ("NIAMS NIH HHS", "United States", "AR"),
            ("Medical Research Council", "United Kingdom", "MRC_"), ("Wellcome Trust", "United Kingdom", "WT_"),
            ("National Natural Science Foundation of China", "China", "NSFC"))

MESH_UI = {
    "Lupus Erythematosus, Systemic": "D008180", "Lupus Nephritis": "D008181", "Humans": "D006801",
    "Female": "D005260", "Male": "D008297", "Adult": "D000328", "Middle Aged": "D008875",
    "Adolescent": "D000293", "Child": "D002648", "Young Adult": "D055815", "Animals": "D000818",
    "Mice": "D051379", "Mice, Inbred MRL lpr": "D008817", "Disease Models, Animal": "D004195",
    "Hematopoietic Stem Cell Transplantation": "D018380", "Transplantation, Autologous": "D014182",
    "Transplantation, Homologous": "D014184", "Mesenchymal Stem Cell Transplantation": "D059630",
    "Mesenchymal Stem Cells": "D059630", "Umbilical Cord": "D014470", "Bone Marrow Cells": "D001854",
    "Immunotherapy, Adoptive": "D016219", "Receptors, Chimeric Antigen": "D000078542",
    "Antigens, CD19": "D018941", "T-Lymphocytes, Regulatory": "D050378", "Treatment Outcome": "D016896",
    "Remission Induction": "D012074", "Follow-Up Studies": "D005500", "Retrospective Studies": "D012189",
    "Prospective Studies": "D011446", "Cyclophosphamide": "D003520", "Rituximab": "D000069283",
    "Immunosuppressive Agents": "D007166", "Multiple Sclerosis": "D009103", "Scleroderma, Systemic": "D012595",
    "Multiple Myeloma": "D009101", "Sleep": "D012890", "Encephalitis, St. Louis": "D004670",
    "Antibodies, Monoclonal, Humanized": "D061067", "Severity of Illness Index": "D012720",
    "Kidney": "D007668", "Proteinuria": "D011507", "Incidence": "D015994", "Risk Factors": "D012307",
}
QUALIFIERS = (("therapy", "Q000628"), ("drug therapy", "Q000188"), ("mortality", "Q000401"),
              ("immunology", "Q000276"), ("pathology", "Q000473"), ("adverse effects", "Q000009"),
              ("methods", "Q000379"), ("epidemiology", "Q000453"), ("complications", "Q000150"))


# ------------------------------------------------------------------------------ numbers

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(number: int) -> str:
    """0..99 in English words ("forty-two"); larger numbers as digits."""
    if number >= 100:
        return str(number)
    if number < 20:
        return _UNITS[number]
    tens, unit = divmod(number, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def pct(k: int, n: int, rng: random.Random) -> str:
    value = 100.0 * k / n
    return rng.choice((f"{value:.0f}%", f"{value:.1f}%", f"{value:.1f} %", f"{value:.0f} percent"))


class Phrasing:
    """Varied ways of writing the numbers an abstract reports."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def count_start(self, n: int, noun: str) -> str:
        """A count opening a sentence: spelled out when small, else digits after a lead-in."""
        if n < 100 and self.rng.random() < 0.6:
            return f"{cap(words(n))} {noun}"
        return self.rng.choice((f"A total of {n} {noun}", f"In total, {n} {noun}", f"Overall, {n} {noun}"))

    def k_of_n(self, k: int, n: int, what: str) -> str:
        rng = self.rng
        forms = (
            f"{what} in {k} of {n} patients ({pct(k, n, rng)})",
            f"{what} in {pct(k, n, rng)} ({k}/{n})",
            f"{what} in {k}/{n} ({pct(k, n, rng)})",
            f"{what} in {k} of the {n} patients",
            f"{what} in {pct(k, n, rng)} of patients (n = {k})",
        )
        return rng.choice(forms)

    def rate(self, k: int, n: int) -> str:
        rng = self.rng
        return rng.choice((f"{pct(k, n, rng)} ({k}/{n})", f"{k}/{n} ({pct(k, n, rng)})", f"{pct(k, n, rng)}",
                           f"{k} of {n} ({pct(k, n, rng)})"))

    def follow_up(self) -> str:
        rng = self.rng
        months = rng.randint(6, 120)
        forms = (
            f"After a median follow-up of {months} months (range {max(1, months // 4)}-{months * 2})",
            f"With a mean follow-up of {months / 12:.1f} years",
            f"During a median follow-up of {months} months (IQR {max(1, months // 2)}-{months + 12})",
            f"Over {rng.randint(12, 104)} weeks of follow-up",
            f"At a median of {months} months after treatment",
            f"After {cap(words(min(months, 99))).lower()} months of follow-up",
        )
        return rng.choice(forms)

    def dose(self) -> tuple[str, float]:
        rng = self.rng
        mantissa = rng.choice((0.5, 1, 1, 2, 2, 3, 5, 10))
        value = mantissa * 1e6
        text_mantissa = f"{mantissa:g}" if rng.random() < 0.6 else f"{float(mantissa):.1f}"
        forms = (
            f"{text_mantissa} × 10^6 cells/kg",
            f"{text_mantissa}×10(6) cells/kg",
            f"{text_mantissa} x 10<sup>6</sup> cells/kg",
            f"{text_mantissa} × 10⁶ cells per kilogram of body weight",
            f"{text_mantissa} × 10^6/kg",
        )
        return rng.choice(forms), value

    def p_value(self) -> str:
        rng = self.rng
        return rng.choice(("P < 0.001", "p<0.001", f"P = 0.0{rng.randint(1, 4)}",
                           f"p = 0.{rng.randint(11, 68)}", f"P = .0{rng.randint(2, 9)}"))

    def ci(self, low: float, high: float) -> str:
        rng = self.rng
        return rng.choice((f"95% CI {low:.0f}-{high:.0f}%", f"95% confidence interval, {low / 100:.2f} to {high / 100:.2f}",
                           f"95% CI: {low:.1f}–{high:.1f}"))


# ------------------------------------------------------------------------------ abstracts

Sections = list[tuple[str, str]]  # (section key, text); keys index LABELS


@dataclass
class Paper:
    title: str
    sections: Sections
    publication_types: list[str]
    mesh: list[str]
    keywords: list[str] = field(default_factory=list)
    retraction_of: str | None = None  # a notice: the PMID it retracts
    retracted_by: str | None = None   # a retracted study: its notice's PMID


def _population(rng: random.Random) -> tuple[str, str, list[str]]:
    """(adjective phrase, disease phrase, extra MeSH) for the treated patients."""
    disease = rng.choice(("systemic lupus erythematosus (SLE)", "SLE", "lupus", "lupus nephritis (LN)",
                          "severe SLE", "active lupus nephritis"))
    state = rng.choice(("refractory", "treatment-refractory", "severe, refractory", "relapsing", "new-onset",
                        "moderate", "active", "life-threatening"))
    mesh = ["Lupus Nephritis"] if "nephritis" in disease else []
    return state, disease, mesh


def _demographics(rng: random.Random, n: int) -> str:
    women = rng.randint(int(n * 0.75), n)
    return rng.choice((
        f"{women} were women and the median age was {rng.randint(18, 45)} years",
        f"the mean age was {rng.randint(18, 45)} ± {rng.randint(5, 14)} years and {pct(women, n, rng)} were female",
        f"{cap(words(min(women, 99)) if women < 100 else str(women))} patients were female",
    ))


def _hsct(rng: random.Random, ph: Phrasing) -> Paper:
    autologous = rng.random() < 0.8
    kind = "autologous" if autologous else "allogeneic"
    name = rng.choice((f"{kind} haematopoietic stem cell transplantation", f"{kind} hematopoietic stem cell "
                       "transplantation", f"{kind} HSCT", f"{kind} stem cell transplant"))
    state, disease, mesh = _population(rng)
    n = rng.randint(3, 12) if not autologous else rng.choice((rng.randint(8, 40), rng.randint(40, 400)))
    design = rng.choice(("single-arm trial", "retrospective cohort", "registry study", "prospective study"))
    remission = rng.randint(int(n * 0.35), int(n * 0.9))
    deaths = rng.randint(0, max(1, n // 8))
    title = rng.choice((
        f"{cap(name)} for {state} {disease}: a {design}",
        f"Long-term outcomes of {name} in {state} {disease}",
        f"{cap(kind)} stem cell transplantation in {disease}: results of a {rng.randint(5, 20)}-year {design}",
    ))
    background = rng.choice((
        f"Patients with {state} {disease} have few options once standard immunosuppression has failed.",
        f"{cap(name)} aims to reset the immune system in {disease} that does not respond to conventional therapy.",
        "Immunoablation followed by stem cell rescue has been used for severe autoimmune disease for two decades.",
    ))
    methods = (f"In this {design}, {n} patients with {state} {disease} underwent {name} "
               f"between {rng.randint(1996, 2012)} and {rng.randint(2013, 2023)}. "
               + rng.choice(("Conditioning consisted of cyclophosphamide 200 mg/kg and antithymocyte globulin.",
                             "Stem cells were mobilised with cyclophosphamide (2 g/m2) and G-CSF.",
                             "The primary end point was disease-free survival; secondary end points included "
                             "overall survival and relapse."))
               + f" Of these, {_demographics(rng, n)}.")
    results = [
        f"{ph.follow_up()}, remission was achieved {ph.k_of_n(remission, n, '').strip()}.",
        f"Treatment-related mortality was {ph.rate(deaths, n)}.",
        f"The {rng.choice((3, 5))}-year overall survival was {rng.randint(70, 98)}% and disease-free survival "
        f"was {rng.randint(30, 70)}% ({ph.ci(rng.randint(20, 40), rng.randint(60, 80))}).",
        f"{cap(words(rng.randint(1, max(1, remission // 3))))} patients relapsed after a median of "
        f"{rng.randint(6, 60)} months.",
        f"SLEDAI fell from {rng.randint(14, 28)} to {rng.randint(0, 6)} at one year ({ph.p_value()}).",
    ]
    rng.shuffle(results)
    conclusion = rng.choice((
        f"{cap(name)} induced durable remission in most patients with {state} {disease}.",
        f"{cap(name)} remains an option for {state} {disease} in experienced centres, at a measurable mortality cost.",
        "A randomised comparison with best available therapy is warranted.",
    ))
    types = ["Journal Article"] + rng.choice((["Clinical Trial"], ["Observational Study"], ["Multicenter Study"], []))
    mesh_terms = ["Lupus Erythematosus, Systemic", *mesh, "Hematopoietic Stem Cell Transplantation",
                  "Transplantation, Autologous" if autologous else "Transplantation, Homologous",
                  "Humans", "Female", "Adult", "Treatment Outcome"]
    if n <= 5:
        types = ["Case Reports"]
        results = [f"{ph.count_start(n, 'patients')} received {name}; all were alive at {rng.randint(6, 48)} months "
                   f"and {words(min(remission, n))} were in remission."]
    return Paper(title, [("background", background), ("methods", methods), ("results", " ".join(results[:4])),
                         ("conclusions", conclusion)], types, mesh_terms,
                 keywords=["HSCT", "systemic lupus erythematosus", "autologous transplantation"])


def _msc(rng: random.Random, ph: Phrasing) -> Paper:
    source = rng.choice((("bone marrow-derived", "BM-MSC"), ("umbilical cord-derived", "UC-MSC"),
                         ("adipose-derived", "AD-MSC"), ("allogeneic", "MSC")))
    name = f"{source[0]} mesenchymal stem cells ({source[1]})" if rng.random() < 0.7 else \
        f"{source[0]} mesenchymal stromal cells"
    state, disease, mesh = _population(rng)
    design = rng.choice(("phase I", "phase I/II", "phase II", "randomized", "observational", "single-centre"))
    n = rng.randint(6, 60) if design != "randomized" else rng.randint(30, 200)
    dose_text, _dose_value = ph.dose()
    responders = rng.randint(n // 4, max(n // 4 + 1, int(n * 0.8)))
    sae = rng.randint(0, max(1, n // 10))
    background = rng.choice((
        f"{cap(name)} suppress T and B cell activation in vitro and in lupus-prone mice.",
        f"We assessed the safety and efficacy of {name} in {state} {disease}.",
        f"The efficacy of {name} in {disease} has been inconsistent across small studies.",
    ))
    if design == "randomized":
        control = rng.choice(("placebo", "standard immunosuppression alone", "mycophenolate mofetil plus placebo"))
        arm = n // 2
        k1 = rng.randint(arm // 5, int(arm * 0.7))
        k2 = rng.randint(arm // 5, int(arm * 0.7))
        methods = (f"In this randomized, double-blind, {control}-controlled trial, {n} patients with {state} "
                   f"{disease} were randomized 1:1 to {name} ({dose_text}) or {control}.")
        results = (f"At 12 months, complete or partial remission occurred in {k1} of {arm} patients in the MSC "
                   f"group and {k2} of {n - arm} in the control group ({ph.p_value()}). Serious adverse events "
                   f"were reported in {ph.rate(sae, arm)} and {ph.rate(rng.randint(0, 5), n - arm)}, respectively.")
        types = ["Journal Article", "Randomized Controlled Trial", "Multicenter Study"]
        conclusion = rng.choice((f"{cap(name)} did not add benefit over {control}.",
                                 f"{cap(name)} improved renal remission compared with {control}."))
    else:
        methods = (f"{ph.count_start(n, 'patients')} with {state} {disease} received {rng.choice(('one', 'two', 'a single'))} "
                   f"intravenous infusion(s) of {name} at {dose_text} in this {design} study.")
        results = " ".join((
            f"{ph.follow_up()}, {ph.k_of_n(responders, n, 'clinical remission was observed').removesuffix('.')}.",
            rng.choice(("No dose-limiting toxicity was observed.",
                        f"Serious adverse events occurred in {ph.rate(sae, n)}, none attributed to the cells.",
                        "One patient died of pneumonia unrelated to treatment.")),
            f"Proteinuria decreased from {rng.uniform(1.5, 6):.2f} g/24 h to {rng.uniform(0.1, 1.4):.2f} g/24 h "
            f"({ph.p_value()}).",
        ))
        types = ["Journal Article"] + {"phase I": ["Clinical Trial, Phase I"], "phase I/II": ["Clinical Trial, Phase I",
                                       "Clinical Trial, Phase II"], "phase II": ["Clinical Trial, Phase II"]}.get(
            design, ["Observational Study"])
        conclusion = rng.choice((f"{cap(name)} were safe and well tolerated in {disease}.",
                                 f"{cap(name)} may be beneficial for {state} {disease}; controlled trials are needed."))
    mesh_terms = ["Lupus Erythematosus, Systemic", *mesh, "Mesenchymal Stem Cell Transplantation", "Humans",
                  rng.choice(("Umbilical Cord", "Bone Marrow Cells", "Adult")), "Treatment Outcome"]
    return Paper(
        rng.choice((f"{cap(name)} in {state} {disease}: a {design} study",
                    f"Safety and efficacy of {name} for {disease}",
                    f"{cap(design)} trial of {source[1]} infusion in {state} {disease}")),
        [("background", background), ("methods", methods), ("results", results), ("conclusions", conclusion)],
        types, mesh_terms, keywords=["mesenchymal stem cells", "lupus", "cell therapy"])


def _car_t(rng: random.Random, ph: Phrasing) -> Paper:
    product = rng.choice(("CD19-directed CAR T cells", "anti-CD19 chimeric antigen receptor (CAR) T cells",
                          "BCMA-CD19 compound CAR T cells", "CD19 CAR-NK cells", "autologous regulatory T cells",
                          "tolerogenic dendritic cells"))
    state, disease, mesh = _population(rng)
    n = rng.choice((1, 1, 2, rng.randint(3, 8), rng.randint(8, 24)))
    remission = rng.randint(max(0, n - 2), n)
    crs = rng.randint(0, n)
    if n == 1:
        results = (f"A {rng.randint(16, 45)}-year-old woman with {state} {disease} received {product} after "
                   f"{rng.choice(('lymphodepletion with fludarabine and cyclophosphamide', 'failing six therapies'))}. "
                   f"She reached DORIS remission by month {rng.randint(2, 6)} and stopped all immunosuppressants.")
        types = ["Case Reports", "Journal Article"]
    else:
        results = (f"{ph.count_start(n, 'patients')} with {state} {disease} received {product}. "
                   f"{ph.follow_up()}, {ph.k_of_n(remission, n, 'drug-free remission was achieved')}. "
                   f"Cytokine release syndrome (grade 1) occurred in {words(crs)} patients; no ICANS was seen.")
        types = ["Journal Article", "Clinical Trial"] if n > 5 else ["Journal Article"]
    return Paper(
        rng.choice((f"{cap(product)} in {state} {disease}", f"{cap(product)} induce drug-free remission in {disease}",
                    f"Case series: {product} for {disease}")),
        [("background", f"B cell depletion with monoclonal antibodies is often incomplete in {disease}."),
         ("results", results),
         ("conclusions", f"{cap(product)} are a promising option for {state} {disease}.")],
        types, ["Lupus Erythematosus, Systemic", *mesh, "Immunotherapy, Adoptive", "Receptors, Chimeric Antigen",
                "Antigens, CD19", "Humans", "Female"], keywords=["CAR T", "lupus", "B cells"])


def _meta(rng: random.Random, ph: Phrasing) -> Paper:
    therapy = rng.choice(("mesenchymal stem cell therapy", "autologous HSCT", "stem cell transplantation",
                          "cell-based therapies"))
    studies = rng.randint(5, 40)
    patients = rng.randint(studies * 8, studies * 40)
    systematic = rng.random() < 0.35
    pooled = rng.randint(40, 80)
    title = rng.choice((f"Efficacy and safety of {therapy} in systemic lupus erythematosus: a "
                        f"{'systematic review' if systematic else 'meta-analysis'}",
                        f"{cap(therapy)} for lupus nephritis: a systematic review and meta-analysis of "
                        f"{rng.choice(('randomized trials', 'observational studies', 'clinical studies'))}"))
    methods = (f"We searched PubMed, Embase and the Cochrane Library up to {rng.choice(MONTH_ABBR)} "
               f"{rng.randint(2015, 2024)}. {cap(words(studies)) if studies < 100 else studies} studies with "
               f"{patients} patients met the inclusion criteria.")
    results = (f"The pooled remission rate was {pooled}% ({ph.ci(pooled - 9, pooled + 8)}), and pooled mortality "
               f"was {rng.uniform(0.5, 9):.1f}%. Heterogeneity was {rng.choice(('substantial', 'moderate', 'low'))} "
               f"(I2 = {rng.randint(0, 90)}%).")
    types = ["Journal Article", "Systematic Review"] + ([] if systematic else ["Meta-Analysis"])
    return Paper(title, [("background", f"Evidence on {therapy} in SLE comes mostly from small series."),
                         ("methods", methods), ("results", results),
                         ("conclusions", f"{cap(therapy)} appears effective, but the certainty of evidence is low.")],
                 types, ["Lupus Erythematosus, Systemic", "Humans", "Mesenchymal Stem Cell Transplantation"])


def _review(rng: random.Random, ph: Phrasing) -> Paper:
    topic = rng.choice(("stem cell therapy", "mesenchymal stem cells", "CAR T cell therapy", "haematopoietic stem "
                        "cell transplantation", "cellular therapies"))
    text = " ".join(rng.sample((
        f"This review summarises the current evidence on {topic} in systemic lupus erythematosus.",
        "Early series reported remission in about two thirds of patients with refractory disease.",
        "Mechanisms include immune reset, regulatory T cell expansion and paracrine effects.",
        f"We discuss patient selection, conditioning regimens and the safety of {topic}.",
        "Randomised evidence remains scarce, and long-term follow-up is limited.",
        "Future directions include engineered cells and combination strategies.",
    ), k=rng.randint(3, 6)))
    return Paper(rng.choice((f"{cap(topic)} in lupus: where do we stand?", f"{cap(topic)} for systemic lupus "
                             "erythematosus: a narrative review", f"Advances in {topic} for autoimmune disease")),
                 [("", text)], ["Journal Article", "Review"],
                 ["Lupus Erythematosus, Systemic", "Humans", "Immunotherapy, Adoptive"])


def _guideline(rng: random.Random, ph: Phrasing) -> Paper:
    body = rng.choice(("EULAR", "ACR", "KDIGO", "BSR", "APLAR"))
    year = rng.randint(2019, 2025)
    return Paper(f"{year} {body} recommendations for the management of systemic lupus erythematosus",
                 [("background", f"To update the {body} recommendations for SLE management."),
                  ("methods", f"A task force of {rng.randint(15, 40)} experts reviewed {rng.randint(200, 900)} "
                              "articles in a systematic literature review."),
                  ("results", f"The task force agreed on {rng.randint(5, 12)} overarching principles and "
                              f"{rng.randint(10, 30)} recommendations; autologous HSCT may be considered for "
                              "refractory, organ-threatening disease in experienced centres."),
                  ("conclusions", "These recommendations inform clinicians and patients about current best care.")],
                 ["Journal Article", "Practice Guideline"], ["Lupus Erythematosus, Systemic", "Humans"])


def _mouse(rng: random.Random, ph: Phrasing) -> Paper:
    strain = rng.choice(("MRL/lpr", "NZB/W F1", "pristane-induced", "B6.Sle1.Sle2.Sle3"))
    cells = rng.choice(("umbilical cord MSCs", "bone marrow MSCs", "MSC-derived exosomes", "CD19 CAR T cells"))
    mice = rng.randint(8, 40)
    return Paper(f"{cap(cells)} ameliorate lupus nephritis in {strain} mice",
                 [("background", f"We studied {cells} in {strain} mice, a model of lupus nephritis."),
                  ("methods", f"{cap(words(mice)) if mice < 100 else mice} mice received {cells} "
                              f"(1 × 10^6 cells per mouse) or saline at {rng.randint(8, 24)} weeks of age."),
                  ("results", f"Treated mice had less proteinuria, lower anti-dsDNA titres ({ph.p_value()}) and "
                              f"{rng.randint(20, 60)}% fewer glomerular immune deposits; survival at "
                              f"{rng.randint(30, 40)} weeks was {rng.randint(60, 100)}% versus {rng.randint(10, 50)}%."),
                  ("conclusions", f"{cap(cells)} may be a therapeutic option for lupus nephritis.")],
                 ["Journal Article", "Research Support, Non-U.S. Gov't"],
                 ["Animals", "Mice", "Mice, Inbred MRL lpr", "Lupus Nephritis", "Disease Models, Animal", "Female"])


def _noise_sle_drug(rng: random.Random, ph: Phrasing) -> Paper:
    drug = rng.choice(("belimumab", "anifrolumab", "rituximab", "voclosporin", "obinutuzumab", "hydroxychloroquine",
                       "low-dose interleukin-2"))
    n = rng.randint(40, 900)
    k = rng.randint(n // 5, n // 2)
    return Paper(f"{cap(drug)} in patients with {rng.choice(('active', 'moderate', 'serologically active'))} SLE",
                 [("background", f"{cap(drug)} targets a pathway implicated in SLE."),
                  ("methods", f"{ph.count_start(n, 'patients')} were randomized to {drug} or placebo for 52 weeks."),
                  ("results", f"SRI-4 response was reached {ph.k_of_n(k, n, '').strip()} on {drug}; serious "
                              f"infections occurred in {pct(rng.randint(1, n // 10), n, rng)}."),
                  ("conclusions", f"{cap(drug)} reduced disease activity with an acceptable safety profile.")],
                 ["Journal Article", "Randomized Controlled Trial"],
                 ["Lupus Erythematosus, Systemic", "Antibodies, Monoclonal, Humanized", "Humans"])


def _noise_other_disease(rng: random.Random, ph: Phrasing) -> Paper:
    disease = rng.choice(("multiple sclerosis", "systemic sclerosis", "multiple myeloma", "Crohn's disease",
                          "type 1 diabetes", "acute myeloid leukaemia"))
    n = rng.randint(10, 300)
    k = rng.randint(n // 4, n - 1)
    return Paper(f"Autologous stem cell transplantation for {disease}: {rng.randint(3, 15)}-year outcomes",
                 [("", f"{ph.count_start(n, 'patients')} with {disease} underwent autologous stem cell "
                       f"transplantation. {ph.follow_up()}, progression-free survival was {pct(k, n, rng)} and "
                       f"transplant-related mortality {pct(rng.randint(0, n // 20), n, rng)}. "
                       f"Patients with systemic lupus erythematosus were excluded.")],
                 ["Journal Article", "Observational Study"],
                 [rng.choice(("Multiple Sclerosis", "Scleroderma, Systemic", "Multiple Myeloma")),
                  "Hematopoietic Stem Cell Transplantation", "Humans"])


def _noise_other_sle(rng: random.Random, ph: Phrasing) -> Paper:
    meaning = rng.choice((
        ("sleep", "Sleep latency effects (SLE) of evening light exposure in adolescents",
         "Sleep latency effects (SLE) were measured by actigraphy in {n} adolescents; SLE shortened by "
         "{m} minutes after blue-light filtering ({p}).", ["Sleep", "Adolescent", "Humans"]),
        ("encephalitis", "St. Louis encephalitis (SLE) virus seroprevalence in {year}",
         "Sera from {n} blood donors were tested for St. Louis encephalitis (SLE) virus antibodies; {m} were "
         "positive ({p}).", ["Encephalitis, St. Louis", "Humans", "Incidence"]),
        ("epidemiology", "Incidence of systemic lupus erythematosus in a national cohort, {year}",
         "Among {n} incident cases of SLE, the annual incidence was {m} per 100,000 ({p}); stem cell therapy "
         "was not studied.", ["Lupus Erythematosus, Systemic", "Incidence", "Risk Factors", "Humans"]),
    ))
    _key, title, text, mesh = meaning
    values = {"n": rng.randint(100, 9000), "m": rng.randint(2, 40), "p": ph.p_value(), "year": rng.randint(2000, 2023)}
    return Paper(title.format(**values), [("", text.format(**values))], ["Journal Article"], list(mesh))


KINDS: tuple[tuple[float, Callable[[random.Random, Phrasing], Paper]], ...] = (
    (0.18, _hsct), (0.17, _msc), (0.10, _car_t), (0.07, _meta), (0.08, _review), (0.01, _guideline),
    (0.09, _mouse),  # 70% relevant
    (0.12, _noise_sle_drug), (0.10, _noise_other_disease), (0.08, _noise_other_sle),  # 30% noise
)
_CUMULATIVE = []
_total = 0.0
for _weight, _maker in KINDS:
    _total += _weight
    _CUMULATIVE.append((_total, _maker))


def _kind(roll: float) -> Callable[[random.Random, Phrasing], Paper]:
    for threshold, maker in _CUMULATIVE:
        if roll < threshold:
            return maker
    return _CUMULATIVE[-1][1]


# ------------------------------------------------------------------------------ XML


def esc(text: str) -> str:
    return _escape(text)


def _markup(text: str, rng: random.Random) -> str:
    """Escape, then sometimes add inline markup as PubMed has it (<i>, <sub>)."""
    escaped = esc(text).replace("&lt;sup&gt;", "<sup>").replace("&lt;/sup&gt;", "</sup>")
    if rng.random() < 0.08:
        escaped = escaped.replace("in vitro", "<i>in vitro</i>").replace("mice", "<i>mice</i>", 1)
    if rng.random() < 0.05:
        escaped = escaped.replace("I2 =", "I<sup>2</sup> =").replace("CO2", "CO<sub>2</sub>")
    return escaped


def _date_lines(indent: str, tag: str, day: date, attributes: str = "", *, time_of_day: str = "") -> str:
    return (f"{indent}<{tag}{attributes}>\n{indent}    <Year>{day.year}</Year>\n"
            f"{indent}    <Month>{day.month:02d}</Month>\n{indent}    <Day>{day.day:02d}</Day>\n"
            f"{time_of_day}{indent}</{tag}>\n")


def _history_date(status: str, day: date, hour: int, minute: int) -> str:
    i = " " * 12
    return (f'{i}<PubMedPubDate PubStatus="{status}">\n{i}    <Year>{day.year}</Year>\n'
            f"{i}    <Month>{day.month}</Month>\n{i}    <Day>{day.day}</Day>\n"
            f"{i}    <Hour>{hour}</Hour>\n{i}    <Minute>{minute}</Minute>\n{i}</PubMedPubDate>\n")


def pmid_of(seed: int, index: int) -> int:
    """The PMID of record `index` (rising, with gaps; depends only on seed and index)."""
    return FIRST_PMID + PMID_STRIDE * index + random.Random(seed * 7_919 + index).randrange(PMID_STRIDE)


def record_xml(index: int, *, n: int, seed: int, start: date, days: int) -> str:
    """The `<PubmedArticle>` element of record `index` of an N-record corpus."""
    rng = random.Random(seed * 1_000_003 + index)
    ph = Phrasing(rng)
    pmid = pmid_of(seed, index)
    entrez = start + timedelta(days=(index * days) // max(n, 1))
    paper = _kind(rng.random())(rng, ph)

    # Retraction pairs: a few studies are retracted by a notice that follows them in the corpus.
    roll = rng.random()
    if roll < 0.002 and index >= 50:
        target = pmid_of(seed, index - rng.randint(1, 50))
        paper = Paper(f"Retraction notice to: {paper.title}", [("", f"This article has been retracted at the "
                      f"request of the authors because of irregularities in the reported data (PMID {target}).")],
                      ["Retraction of Publication"], [], retraction_of=str(target))
    elif roll < 0.005:
        paper.retracted_by = str(pmid_of(seed, index + rng.randint(1, 50)))
        paper.publication_types.append("Retracted Publication")
    if rng.random() < 0.25:
        paper.publication_types.append("Research Support, Non-U.S. Gov't")
    no_abstract = rng.random() < 0.05 and not paper.retraction_of
    structured = len(paper.sections) > 1 and rng.random() < 0.6

    journal = rng.choice(JOURNALS)
    published = entrez + timedelta(days=rng.randint(-40, 120))
    revised = entrez + timedelta(days=rng.randint(1, 400))
    language = "eng" if rng.random() < 0.96 else rng.choice(("chi", "spa", "ger", "fre"))
    doi = f"10.{rng.randint(1000, 9999)}/{journal[1].split()[0].lower()}.{published.year}.{pmid % 100000:05d}"
    status = rng.choice(("MEDLINE", "MEDLINE", "MEDLINE", "PubMed-not-MEDLINE", "In-Data-Review", "Publisher"))
    lines: list[str] = []
    out = lines.append
    out("<PubmedArticle>\n")
    out(f'    <MedlineCitation Status="{status}" Owner="NLM" IndexingMethod="{rng.choice(("Manual", "Automated"))}">\n')
    out(f'        <PMID Version="1">{pmid}</PMID>\n')
    if status == "MEDLINE":
        out(_date_lines(" " * 8, "DateCompleted", revised - timedelta(days=rng.randint(0, 30))))
    out(_date_lines(" " * 8, "DateRevised", revised))
    out(f'        <Article PubModel="{rng.choice(("Print-Electronic", "Print", "Electronic"))}">\n')
    out("            <Journal>\n")
    out(f'                <ISSN IssnType="Electronic">{journal[2]}</ISSN>\n')
    out('                <JournalIssue CitedMedium="Internet">\n')
    out(f"                    <Volume>{rng.randint(1, 90)}</Volume>\n")
    if rng.random() < 0.85:
        out(f"                    <Issue>{rng.randint(1, 24)}</Issue>\n")
    out("                    <PubDate>\n")
    date_roll = rng.random()
    if date_roll < 0.01:
        out(f"                        <MedlineDate>{published.year} {MONTH_ABBR[published.month - 1]}-"
            f"{MONTH_ABBR[published.month % 12]}</MedlineDate>\n")
    else:
        out(f"                        <Year>{published.year}</Year>\n")
        if date_roll < 0.02:
            out(f"                        <Season>{rng.choice(('Spring', 'Summer', 'Fall', 'Winter'))}</Season>\n")
        elif date_roll < 0.9:
            out(f"                        <Month>{MONTH_ABBR[published.month - 1]}</Month>\n")
            if date_roll < 0.4:
                out(f"                        <Day>{published.day:02d}</Day>\n")
    out("                    </PubDate>\n")
    out("                </JournalIssue>\n")
    out(f"                <Title>{esc(journal[0])}</Title>\n")
    out(f"                <ISOAbbreviation>{esc(journal[1])}</ISOAbbreviation>\n")
    out("            </Journal>\n")
    title_text = paper.title if language == "eng" else f"[{paper.title}]"
    out(f"            <ArticleTitle>{_markup(title_text, rng)}.</ArticleTitle>\n")
    first_page = rng.randint(1, 3000)
    out(f"            <Pagination>\n                <StartPage>{first_page}</StartPage>\n"
        f"                <EndPage>{first_page + rng.randint(1, 14)}</EndPage>\n"
        f"                <MedlinePgn>{first_page}-{first_page + rng.randint(1, 14)}</MedlinePgn>\n"
        "            </Pagination>\n")
    out(f'            <ELocationID EIdType="doi" ValidYN="Y">{esc(doi)}</ELocationID>\n')
    if not no_abstract:
        out("            <Abstract>\n")
        if structured:
            for key, text in paper.sections:
                if key:
                    label, category = rng.choice(LABELS[key])
                    out(f'                <AbstractText Label="{label}" NlmCategory="{category}">'
                        f"{_markup(text, rng)}</AbstractText>\n")
                else:
                    out(f"                <AbstractText>{_markup(text, rng)}</AbstractText>\n")
        else:
            text = " ".join(text for _key, text in paper.sections)
            out(f"                <AbstractText>{_markup(text, rng)}</AbstractText>\n")
        if rng.random() < 0.3:
            out(f"                <CopyrightInformation>© {published.year} The Author(s). Published by "
                f"{rng.choice(('Elsevier Ltd', 'Wiley Periodicals LLC', 'Springer Nature', 'BMJ'))}."
                "</CopyrightInformation>\n")
        out("            </Abstract>\n")
    out('            <AuthorList CompleteYN="Y">\n')
    authors = rng.randint(1, 14)
    shared = rng.choice(INSTITUTIONS)
    for author in range(authors):
        fore = rng.choice(FORE_NAMES)
        initials = "".join(part[0] for part in fore.replace("-", " ").split())
        out('                <Author ValidYN="Y">\n')
        out(f"                    <LastName>{esc(rng.choice(LAST_NAMES))}</LastName>\n")
        out(f"                    <ForeName>{esc(fore)}</ForeName>\n")
        out(f"                    <Initials>{initials}</Initials>\n")
        if rng.random() < 0.15:
            out(f'                    <Identifier Source="ORCID">0000-000{rng.randint(1, 3)}-'
                f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}</Identifier>\n")
        if author == 0 or rng.random() < 0.5:
            out("                    <AffiliationInfo>\n")
            out(f"                        <Affiliation>{esc(shared if rng.random() < 0.6 else rng.choice(INSTITUTIONS))}"
                "</Affiliation>\n")
            out("                    </AffiliationInfo>\n")
        out("                </Author>\n")
    if rng.random() < 0.03:
        out(f"                <Author ValidYN=\"Y\">\n                    <CollectiveName>"
            f"{rng.choice(('EBMT Autoimmune Diseases Working Party', 'Lupus Cell Therapy Consortium'))}"
            "</CollectiveName>\n                </Author>\n")
    out("            </AuthorList>\n")
    out(f"            <Language>{language}</Language>\n")
    if rng.random() < 0.25:
        out('            <GrantList CompleteYN="Y">\n')
        for _ in range(rng.randint(1, 3)):
            agency, country, acronym = rng.choice(AGENCIES)
            out(f"                <Grant>\n                    <GrantID>{acronym}{rng.randint(10000, 99999)}</GrantID>\n"
                f"                    <Agency>{esc(agency)}</Agency>\n"
                f"                    <Country>{country}</Country>\n                </Grant>\n")
        out("            </GrantList>\n")
    out("            <PublicationTypeList>\n")
    types = list(dict.fromkeys(paper.publication_types + (["English Abstract"] if language != "eng" else [])))
    for publication_type in types:
        out(f'                <PublicationType UI="{PUBLICATION_TYPE_UI.get(publication_type, "D016428")}">'
            f"{esc(publication_type)}</PublicationType>\n")
    out("            </PublicationTypeList>\n")
    if rng.random() < 0.7:
        out(_date_lines(" " * 12, "ArticleDate", entrez - timedelta(days=rng.randint(0, 20)),
                        ' DateType="Electronic"'))
    out("        </Article>\n")
    out(f"        <MedlineJournalInfo>\n            <Country>{journal[3]}</Country>\n"
        f"            <MedlineTA>{esc(journal[1])}</MedlineTA>\n            <NlmUniqueID>{journal[4]}</NlmUniqueID>\n"
        f"            <ISSNLinking>{journal[2]}</ISSNLinking>\n        </MedlineJournalInfo>\n")
    if rng.random() < 0.2:
        out("        <ChemicalList>\n            <Chemical>\n                <RegistryNumber>0</RegistryNumber>\n"
            "                <NameOfSubstance UI=\"D007166\">Immunosuppressive Agents</NameOfSubstance>\n"
            "            </Chemical>\n        </ChemicalList>\n")
    out("        <CitationSubset>IM</CitationSubset>\n")
    comments = []
    if paper.retraction_of:
        comments.append(("RetractionOf", paper.retraction_of))
    if paper.retracted_by:
        comments.append(("RetractionIn", paper.retracted_by))
    if rng.random() < 0.02:
        comments.append(("ErratumIn", str(pmid + rng.randint(100, 5000))))
    if rng.random() < 0.03:
        comments.append(("CommentIn", str(pmid + rng.randint(100, 5000))))
    if comments:
        out("        <CommentsCorrectionsList>\n")
        for ref_type, other in comments:
            out(f'            <CommentsCorrections RefType="{ref_type}">\n'
                f"                <RefSource>{esc(journal[1])}. {published.year};{rng.randint(1, 90)}:"
                f"{rng.randint(1, 900)}</RefSource>\n"
                f'                <PMID Version="1">{other}</PMID>\n            </CommentsCorrections>\n')
        out("        </CommentsCorrectionsList>\n")
    if status == "MEDLINE" and paper.mesh:
        out("        <MeshHeadingList>\n")
        for term in dict.fromkeys(paper.mesh):
            major = "Y" if rng.random() < 0.25 else "N"
            out("            <MeshHeading>\n")
            out(f'                <DescriptorName UI="{MESH_UI.get(term, "D000000")}" MajorTopicYN="{major}">'
                f"{esc(term)}</DescriptorName>\n")
            if rng.random() < 0.4:
                qualifier, ui = rng.choice(QUALIFIERS)
                out(f'                <QualifierName UI="{ui}" MajorTopicYN="N">{qualifier}</QualifierName>\n')
            out("            </MeshHeading>\n")
        out("        </MeshHeadingList>\n")
    if paper.keywords and rng.random() < 0.5:
        out('        <KeywordList Owner="NOTNLM">\n')
        for keyword in paper.keywords:
            out(f'            <Keyword MajorTopicYN="N">{esc(keyword)}</Keyword>\n')
        out("        </KeywordList>\n")
    out("    </MedlineCitation>\n")
    out("    <PubmedData>\n        <History>\n")
    received = entrez - timedelta(days=rng.randint(60, 300))
    out(_history_date("received", received, 0, 0))
    out(_history_date("accepted", entrez - timedelta(days=rng.randint(5, 50)), 0, 0))
    hour, minute = rng.randint(0, 23), rng.choice((0, 1, 2, 20, 41))
    out(_history_date("pubmed", entrez, hour, minute))
    out(_history_date("medline", entrez + timedelta(days=rng.randint(0, 60)), hour, minute))
    out(_history_date("entrez", entrez, hour, minute))
    out("        </History>\n")
    out(f"        <PublicationStatus>{rng.choice(('ppublish', 'epublish', 'aheadofprint'))}</PublicationStatus>\n")
    out("        <ArticleIdList>\n")
    out(f'            <ArticleId IdType="pubmed">{pmid}</ArticleId>\n')
    out(f'            <ArticleId IdType="doi">{esc(doi)}</ArticleId>\n')
    if rng.random() < 0.5:
        out(f'            <ArticleId IdType="pii">S{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}'
            f"({published.year}){rng.randint(10000, 99999)}</ArticleId>\n")
    if rng.random() < 0.35:
        out(f'            <ArticleId IdType="pmc">PMC{rng.randint(5_000_000, 11_000_000)}</ArticleId>\n')
    out("        </ArticleIdList>\n")
    if rng.random() < 0.5:
        out("        <ReferenceList>\n")
        for _ in range(rng.randint(5, 40)):
            cited = rng.randint(10_000_000, pmid - 1)
            out("            <Reference>\n")
            out(f"                <Citation>{esc(rng.choice(LAST_NAMES))} {rng.choice('ABCDEFGHJKLMNPRSTWYZ')}, "
                f"et al. {esc(rng.choice(JOURNALS)[1])}. {rng.randint(1990, published.year)};"
                f"{rng.randint(1, 90)}({rng.randint(1, 12)}):{rng.randint(1, 2000)}-{rng.randint(2001, 2100)}."
                "</Citation>\n")
            if rng.random() < 0.85:
                out(f'                <ArticleIdList>\n                    <ArticleId IdType="pubmed">{cited}'
                    "</ArticleId>\n                </ArticleIdList>\n")
            out("            </Reference>\n")
        out("        </ReferenceList>\n")
    out("    </PubmedData>\n")
    out("</PubmedArticle>\n")
    return "".join(lines)


def iter_records(n: int, *, seed: int = DEFAULT_SEED, start: date = DEFAULT_START,
                 days: int = DEFAULT_DAYS) -> Iterator[str]:
    """The N `<PubmedArticle>` elements, in order, as XML text."""
    for index in range(n):
        yield record_xml(index, n=n, seed=seed, start=start, days=days)


def write_corpus(stream: TextIO, n: int, *, seed: int = DEFAULT_SEED, start: date = DEFAULT_START,
                 days: int = DEFAULT_DAYS) -> int:
    """Write the whole `PubmedArticleSet` to a text stream; returns the number of records."""
    stream.write(HEADER)
    written = 0
    for record in iter_records(n, seed=seed, start=start, days=days):
        stream.write(record)
        written += 1
    stream.write(FOOTER)
    return written


def default_out(n: int, seed: int) -> Path:
    return OUT_DIR / f"corpus-{n}-s{seed}.xml.gz"


def generate(out: Path, n: int, *, seed: int = DEFAULT_SEED, start: date = DEFAULT_START,
             days: int = DEFAULT_DAYS) -> Path:
    """Write the corpus to `out` (gzipped when the name ends in .gz), atomically; returns `out`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.part")
    try:
        if out.suffix == ".gz":
            # Level 6 (gzip's own default): NCBI's FTP files are gzipped much the same way.
            with gzip.open(temporary, "wt", encoding="utf-8", compresslevel=6, newline="\n") as stream:
                write_corpus(stream, n, seed=seed, start=start, days=days)
        else:
            with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
                write_corpus(stream, n, seed=seed, start=start, days=days)
        temporary.replace(out)
    finally:
        temporary.unlink(missing_ok=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=DEFAULT_N, help=f"records (default {DEFAULT_N:,})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--out", type=Path, default=None,
                        help="output file, .xml or .xml.gz (default bench/out/corpus-N-sSEED.xml.gz)")
    parser.add_argument("--start", type=date.fromisoformat, default=DEFAULT_START,
                        help=f"first Entrez date (default {DEFAULT_START})")
    parser.add_argument("--days", type=int, default=DEFAULT_DAYS,
                        help=f"days the Entrez dates spread over (default {DEFAULT_DAYS})")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    out = args.out or default_out(args.n, args.seed)
    started = time.perf_counter()
    generate(out, args.n, seed=args.seed, start=args.start, days=args.days)
    print(f"Wrote {args.n:,} records to {out} ({out.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
