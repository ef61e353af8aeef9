"""Builds the labelled PubMed sets (tests/data/devset, tests/data/heldout) from their sources.

Each set's `source.py` holds the records as plain Python data: our own abstracts plus the
labels an annotator gave them (see tests/data/devset/LABELING.md). This module writes them out
as an efetch-shaped `records.xml` and a `labels.jsonl`, and checks the labels on the way (value
sets, k/n consistency, every labelled number present in the text), so a typo in a label fails
the build instead of silently skewing the benchmark.

    python tests/data/labelled_sets.py            # rebuild both sets
    python tests/data/labelled_sets.py devset     # one set
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

DATA_DIR = Path(__file__).resolve().parent
REPO_ROOT = DATA_DIR.parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.extraction import numbers_in, shows_dose, shows_follow_up  # noqa: E402
from pipeline.extract.model import DESIGNS, MEASURES, MSC_SOURCES, PHASES, THERAPIES  # noqa: E402

# NLM's publication-type descriptor ids, so the XML looks like efetch output.
PUBLICATION_TYPE_UI = {
    "Journal Article": "D016428",
    "Randomized Controlled Trial": "D016449",
    "Clinical Trial": "D016430",
    "Clinical Trial, Phase I": "D017426",
    "Clinical Trial, Phase II": "D017427",
    "Clinical Trial, Phase III": "D017428",
    "Controlled Clinical Trial": "D018848",
    "Multicenter Study": "D016448",
    "Observational Study": "D064888",
    "Meta-Analysis": "D017418",
    "Systematic Review": "D000078182",
    "Review": "D016454",
    "Case Reports": "D002363",
    "Practice Guideline": "D017065",
    "Guideline": "D016431",
    "Consensus Development Conference": "D016446",
    "Retracted Publication": "D016441",
    "Retraction of Publication": "D016440",
    "Editorial": "D016421",
    "Comment": "D016420",
    "Letter": "D016422",
    "Research Support, Non-U.S. Gov't": "D013485",
    "Research Support, N.I.H., Extramural": "D052061",
}

NLM_CATEGORY = {
    "BACKGROUND": "BACKGROUND", "INTRODUCTION": "BACKGROUND", "CONTEXT": "BACKGROUND",
    "RATIONALE": "BACKGROUND", "IMPORTANCE": "BACKGROUND",
    "OBJECTIVE": "OBJECTIVE", "OBJECTIVES": "OBJECTIVE", "AIM": "OBJECTIVE", "AIMS": "OBJECTIVE",
    "PURPOSE": "OBJECTIVE",
    "METHODS": "METHODS", "METHOD": "METHODS", "DESIGN": "METHODS", "PATIENTS AND METHODS": "METHODS",
    "MATERIALS AND METHODS": "METHODS", "DESIGN, SETTING, AND PARTICIPANTS": "METHODS",
    "STUDY DESIGN": "METHODS", "INTERVENTIONS": "METHODS", "PARTICIPANTS": "METHODS",
    "CASE PRESENTATION": "METHODS", "CASE SUMMARY": "METHODS",
    "RESULTS": "RESULTS", "FINDINGS": "RESULTS", "MAIN OUTCOMES AND MEASURES": "METHODS",
    "CONCLUSIONS": "CONCLUSIONS", "CONCLUSION": "CONCLUSIONS", "INTERPRETATION": "CONCLUSIONS",
    "CONCLUSIONS AND RELEVANCE": "CONCLUSIONS", "DISCUSSION": "CONCLUSIONS",
    "TRIAL REGISTRATION": "UNASSIGNED", "FUNDING": "UNASSIGNED", "KEY MESSAGES": "UNASSIGNED",
}

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

SURNAMES = (
    "Li", "Wang", "Zhang", "Chen", "Liu", "Sun", "Huang", "Zhou", "Xu", "Zhao", "Müller", "Schmidt",
    "Becker", "Hoffmann", "Rossi", "Bianchi", "Moreno", "García", "Fernández", "Silva", "Santos",
    "Dubois", "Lefèvre", "Martin", "Tanaka", "Sato", "Kim", "Park", "Nguyen", "Patel", "Singh",
    "Kumar", "O'Connor", "Murphy", "Johansson", "Nielsen", "Kowalski", "Novak", "Cohen", "Levi",
    "Okafor", "Mensah", "Haddad", "Yilmaz", "Ivanova", "Smith", "Brown", "Taylor", "Walker", "Evans",
)
FORENAMES = (
    ("Xiaoming", "X"), ("Jia", "J"), ("Hui", "H"), ("Wei", "W"), ("Lingyun", "L"), ("Anna", "A"),
    ("Thomas", "T"), ("Katrin", "K"), ("Marco", "M"), ("Giulia", "G"), ("Lucía", "L"),
    ("Pedro", "P"), ("Claire", "C"), ("Hiroshi", "H"), ("Min-Jung", "MJ"), ("Thanh", "T"),
    ("Priya", "P"), ("Rajesh", "R"), ("Siobhan", "S"), ("Erik", "E"), ("Magdalena", "M"),
    ("David", "D"), ("Chinwe", "C"), ("Kwame", "K"), ("Rania", "R"), ("Elif", "E"),
    ("Olga", "O"), ("Sarah", "S"), ("James", "J"), ("Emily", "E"), ("Robert", "RJ"),
)


@dataclass
class Record:
    """One PubMed record of a labelled set: our own text plus the annotator's labels."""

    pmid: str
    title: str
    abstract: str | list[tuple[str, str]]  # unstructured text, or (LABEL, text) sections
    label: dict
    journal: str = "Lupus"
    entrez: str = ""  # YYYY-MM-DD; filled from the record's position when empty
    pubtypes: tuple[str, ...] = ("Journal Article",)
    mesh: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    retraction_in: tuple[str, ...] = ()
    retraction_of: tuple[str, ...] = ()
    status: str = ""
    language: str = "eng"
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- label helpers used by sources

def kn(k: int, n: int) -> dict:
    """An outcome given as k events of n patients."""
    return {"k": k, "n": n, "rate": round(k / n, 4)}


def pct(percent: float, k: int | None = None, n: int | None = None) -> dict:
    """An outcome given as a percentage (k/n only when the abstract states them)."""
    if k is not None and n is not None:
        return kn(k, n)
    return {"k": k, "n": n, "rate": round(percent / 100, 4)}


def none_of(n: int | None) -> dict:
    """A stated zero ("no deaths", "none relapsed") among n patients."""
    return {"k": 0, "n": n, "rate": 0.0}


def weeks(w: float) -> float:
    return round(w * 12 / 52, 1)


def years(y: float) -> float:
    return round(y * 12, 1)


def days(d: float) -> float:
    return round(d * 12 / 365.25, 1)


LABEL_DEFAULTS = {
    "relevant": False, "design": "other", "phase": None, "therapies": [], "msc_source": None,
    "lupus_nephritis": False, "pediatric": False, "refractory": None, "n_patients": None,
    "n_studies": None, "follow_up_months": None, "dose_cells_per_kg": None, "outcomes": {},
    "retracted": False, "new_guideline": False,
}
LABEL_KEYS = ("pmid", *LABEL_DEFAULTS, "evidence_numbers")


def L(**fields) -> dict:  # noqa: N802 - reads like a form in the sources
    """A label with the defaults filled in (unknown keys fail the build)."""
    unknown = set(fields) - set(LABEL_DEFAULTS) - {"evidence_numbers"}
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    label = {**LABEL_DEFAULTS, **fields}
    label["therapies"] = sorted(label["therapies"])
    if label["follow_up_months"] is not None:
        label["follow_up_months"] = float(label["follow_up_months"])
    if label["dose_cells_per_kg"] is not None:
        label["dose_cells_per_kg"] = float(label["dose_cells_per_kg"])
    return label


# ---------------------------------------------------------------- text of a record

def section_text(record: Record) -> str:
    """The abstract as `Article.abstract` renders it ("LABEL: text" lines)."""
    if isinstance(record.abstract, str):
        return record.abstract
    return "\n".join(f"{label}: {text}" if label else text for label, text in record.abstract)


def full_text(record: Record) -> str:
    """`Article.text`: title + " " + abstract."""
    return f"{record.title} {section_text(record)}"


# ---------------------------------------------------------------- validation

def _check_record(record: Record, errors: list[str]) -> None:
    label = record.label
    where = f"{record.pmid}"
    text = full_text(record)
    numbers = numbers_in(text)
    for key in ("design",):
        if label[key] not in DESIGNS:
            errors.append(f"{where}: design {label[key]!r}")
    if label["phase"] not in (None, *PHASES):
        errors.append(f"{where}: phase {label['phase']!r}")
    if any(t not in THERAPIES for t in label["therapies"]):
        errors.append(f"{where}: therapies {label['therapies']!r}")
    if label["msc_source"] not in (None, *MSC_SOURCES):
        errors.append(f"{where}: msc_source {label['msc_source']!r}")
    if label["msc_source"] and "msc" not in label["therapies"]:
        errors.append(f"{where}: msc_source without msc")
    for measure, outcome in label["outcomes"].items():
        if measure not in MEASURES:
            errors.append(f"{where}: measure {measure!r}")
        if not 0 <= outcome["rate"] <= 1:
            errors.append(f"{where}: {measure} rate {outcome['rate']}")
        if outcome["k"] is not None and outcome["n"]:
            if abs(outcome["rate"] - round(outcome["k"] / outcome["n"], 4)) > 1e-9:
                errors.append(f"{where}: {measure} rate is not k/n")
        evidence_ok = (
            (outcome["k"] is not None and (outcome["k"] in numbers or outcome["k"] == 0))
            or any(abs(x - outcome["rate"] * 100) <= 0.51 for x in numbers)
        )
        if not evidence_ok:
            errors.append(f"{where}: {measure} {outcome} not found in the text")
    for key in ("n_patients", "n_studies"):
        value = label[key]
        if value is not None and value not in numbers and not (value == 1 and label["design"] == "case_report"):
            errors.append(f"{where}: {key} {value} not found in the text")
    months = label["follow_up_months"]
    if months is not None and not shows_follow_up(text, months):
        errors.append(f"{where}: follow_up_months {months} not found in the text")
    dose = label["dose_cells_per_kg"]
    if dose is not None and not shows_dose(text, dose):
        errors.append(f"{where}: dose_cells_per_kg {dose} not found in the text")
    retracted = "Retracted Publication" in record.pubtypes or "Retraction of Publication" in record.pubtypes
    if bool(label["retracted"]) != retracted:
        errors.append(f"{where}: retracted label disagrees with publication types")
    if label["new_guideline"] and label["design"] != "guideline":
        errors.append(f"{where}: new_guideline on a non-guideline")
    if not label["relevant"] and label["new_guideline"]:
        errors.append(f"{where}: a new SLE guideline is relevant by convention")


def check(records: list[Record]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    for record in records:
        if record.pmid in seen:
            errors.append(f"{record.pmid}: duplicate PMID")
        seen.add(record.pmid)
        _check_record(record, errors)
    pmids = {r.pmid for r in records}
    for record in records:
        for other in record.retraction_in + record.retraction_of:
            if other in pmids:
                partner = next(r for r in records if r.pmid == other)
                back = partner.retraction_of if record.retraction_in else partner.retraction_in
                if record.pmid not in back:
                    errors.append(f"{record.pmid}: retraction link to {other} is one-way")
    return errors


# ---------------------------------------------------------------- XML writing

def _authors(record: Record) -> list[tuple[str, str, str]]:
    if record.authors:
        out = []
        for name in record.authors:
            last, _, initials = name.rpartition(" ")
            out.append((last, initials, initials))
        return out
    digest = hashlib.sha256(record.pmid.encode()).digest()
    count = 3 + digest[0] % 7
    out = []
    for i in range(count):
        last = SURNAMES[digest[(i * 2 + 1) % len(digest)] % len(SURNAMES)]
        fore, initials = FORENAMES[digest[(i * 2 + 2) % len(digest)] % len(FORENAMES)]
        out.append((last, fore, initials))
    return out


def _date_xml(tag: str, day: date, indent: str, attrs: str = "", hour: bool = False) -> str:
    inner = f"<Year>{day.year}</Year><Month>{day.month:02d}</Month><Day>{day.day:02d}</Day>"
    if hour:
        inner = f"<Year>{day.year}</Year><Month>{day.month}</Month><Day>{day.day}</Day><Hour>6</Hour><Minute>0</Minute>"
    return f"{indent}<{tag}{attrs}>{inner}</{tag}>\n"


def record_xml(record: Record) -> str:
    entrez = date.fromisoformat(record.entrez)
    digest = hashlib.sha256(record.pmid.encode()).digest()
    volume, issue = 20 + digest[3] % 15, 1 + digest[4] % 12
    first_page = 100 + digest[5] * 3
    doi = f"10.{1000 + digest[6] * 30 % 9000}/ew.{record.pmid}"
    status = record.status or ("MEDLINE" if record.mesh else "PubMed-not-MEDLINE")
    parts = ["<PubmedArticle>\n", f'    <MedlineCitation Status="{status}" Owner="NLM">\n',
             f'        <PMID Version="1">{record.pmid}</PMID>\n',
             _date_xml("DateRevised", entrez, "        "),
             '        <Article PubModel="Print-Electronic">\n',
             "            <Journal>\n",
             f'                <ISSN IssnType="Electronic">{1000 + digest[7] * 37 % 9000}-{digest[8] % 10}{digest[9] % 10}{digest[10] % 10}X</ISSN>\n',
             '                <JournalIssue CitedMedium="Internet">\n',
             f"                    <Volume>{volume}</Volume>\n",
             f"                    <Issue>{issue}</Issue>\n",
             f"                    <PubDate><Year>{entrez.year}</Year><Month>{MONTHS[entrez.month - 1]}</Month></PubDate>\n",
             "                </JournalIssue>\n",
             f"                <Title>{escape(record.journal)}</Title>\n",
             "            </Journal>\n",
             f"            <ArticleTitle>{escape(record.title)}</ArticleTitle>\n",
             f"            <Pagination><MedlinePgn>{first_page}-{first_page + 9}</MedlinePgn></Pagination>\n",
             f'            <ELocationID EIdType="doi" ValidYN="Y">{doi}</ELocationID>\n']
    if record.abstract:
        parts.append("            <Abstract>\n")
        if isinstance(record.abstract, str):
            parts.append(f"                <AbstractText>{escape(record.abstract)}</AbstractText>\n")
        else:
            for label, text in record.abstract:
                category = NLM_CATEGORY.get(label, "UNASSIGNED")
                parts.append(f'                <AbstractText Label="{escape(label)}" NlmCategory="{category}">'
                             f"{escape(text)}</AbstractText>\n")
        parts.append("            </Abstract>\n")
    parts.append('            <AuthorList CompleteYN="Y">\n')
    for last, fore, initials in _authors(record):
        parts.append(f'                <Author ValidYN="Y"><LastName>{escape(last)}</LastName>'
                     f"<ForeName>{escape(fore)}</ForeName><Initials>{initials}</Initials></Author>\n")
    parts.append("            </AuthorList>\n")
    parts.append(f"            <Language>{record.language}</Language>\n")
    parts.append("            <PublicationTypeList>\n")
    for pubtype in record.pubtypes:
        ui = PUBLICATION_TYPE_UI[pubtype]
        parts.append(f'                <PublicationType UI="{ui}">{escape(pubtype)}</PublicationType>\n')
    parts.append("            </PublicationTypeList>\n")
    parts.append(_date_xml("ArticleDate", entrez, "            ", ' DateType="Electronic"'))
    parts.append("        </Article>\n")
    parts.append("        <MedlineJournalInfo><Country>England</Country>"
                 f"<MedlineTA>{escape(record.journal)}</MedlineTA></MedlineJournalInfo>\n")
    links = [("RetractionIn", p) for p in record.retraction_in] + [("RetractionOf", p) for p in record.retraction_of]
    if links:
        parts.append("        <CommentsCorrectionsList>\n")
        for ref_type, pmid in links:
            parts.append(f'            <CommentsCorrections RefType="{ref_type}"><RefSource>{escape(record.journal)}. '
                         f'{entrez.year}</RefSource><PMID Version="1">{pmid}</PMID></CommentsCorrections>\n')
        parts.append("        </CommentsCorrectionsList>\n")
    if record.mesh:
        parts.append("        <MeshHeadingList>\n")
        for term in record.mesh:
            major = "Y" if term == record.mesh[0] else "N"
            parts.append(f'            <MeshHeading><DescriptorName MajorTopicYN="{major}">{escape(term)}'
                         "</DescriptorName></MeshHeading>\n")
        parts.append("        </MeshHeadingList>\n")
    if record.keywords:
        parts.append('        <KeywordList Owner="NOTNLM">\n')
        for keyword in record.keywords:
            parts.append(f'            <Keyword MajorTopicYN="N">{escape(keyword)}</Keyword>\n')
        parts.append("        </KeywordList>\n")
    parts.append("    </MedlineCitation>\n")
    parts.append("    <PubmedData>\n        <History>\n")
    parts.append(_date_xml("PubMedPubDate", entrez, "            ", ' PubStatus="entrez"', hour=True))
    parts.append(_date_xml("PubMedPubDate", entrez, "            ", ' PubStatus="pubmed"', hour=True))
    parts.append("        </History>\n")
    parts.append("        <PublicationStatus>ppublish</PublicationStatus>\n")
    parts.append("        <ArticleIdList>\n")
    parts.append(f'            <ArticleId IdType="pubmed">{record.pmid}</ArticleId>\n')
    parts.append(f'            <ArticleId IdType="doi">{doi}</ArticleId>\n')
    parts.append("        </ArticleIdList>\n    </PubmedData>\n</PubmedArticle>\n")
    return "".join(parts)


def records_xml(records: list[Record]) -> str:
    head = ('<?xml version="1.0" ?>\n'
            '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
            '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n')
    return head + "".join(record_xml(r) for r in records) + "</PubmedArticleSet>\n"


def label_line(record: Record) -> str:
    label = {"pmid": record.pmid, **{k: record.label[k] for k in LABEL_DEFAULTS}}
    if record.label.get("evidence_numbers"):
        label["evidence_numbers"] = record.label["evidence_numbers"]
    return json.dumps(label, ensure_ascii=False)


def assign_entrez_dates(records: list[Record], start: date, step_days: int) -> None:
    for index, record in enumerate(records):
        if not record.entrez:
            record.entrez = date.fromordinal(start.toordinal() + index * step_days).isoformat()


def load_source(name: str):
    path = DATA_DIR / name / "source.py"
    if str(DATA_DIR) not in sys.path:
        sys.path.insert(0, str(DATA_DIR))
    spec = importlib.util.spec_from_file_location(f"labelled_sets_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def build(name: str) -> int:
    module = load_source(name)
    records: list[Record] = module.RECORDS
    assign_entrez_dates(records, module.FIRST_ENTREZ, module.ENTREZ_STEP_DAYS)
    errors = check(records)
    if errors:
        print(f"{name}: {len(errors)} label problem(s):", *errors, sep="\n  ", file=sys.stderr)
        return 1
    folder = DATA_DIR / name
    (folder / "records.xml").write_text(records_xml(records), encoding="utf-8")
    (folder / "labels.jsonl").write_text("".join(label_line(r) + "\n" for r in records), encoding="utf-8")
    relevant = sum(r.label["relevant"] for r in records)
    print(f"{name}: {len(records)} records ({relevant} relevant, {len(records) - relevant} noise)")
    return 0


if __name__ == "__main__":
    names = sys.argv[1:] or [p.name for p in sorted(DATA_DIR.iterdir()) if (p / "source.py").exists()]
    sys.exit(max(build(n) for n in names))
