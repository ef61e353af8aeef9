"""A small evidence store for the digest tests: our own abstracts, stored through the real upsert.

The period under test is 2025-03-03 to 2025-03-09 (digest run on 2025-03-10). Articles 101-104
were stored before it; 201-208 arrive in it, among them a retraction notice (205) for 104.
Extractions are given per PMID (the extractor is passed to `store_articles`), so the digest
tests do not depend on the extraction rules.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.extract.model import Evidence, Extraction, Outcome
from pipeline.fetch.article import AbstractSection, Article
from pipeline.store.articles import store_articles
from pipeline.store.engine import session_scope
from pipeline.store.models import RunRecord

SINCE = date(2025, 3, 3)
UNTIL = date(2025, 3, 9)
NOW = datetime(2025, 3, 10, 7, 0, tzinfo=UTC)
BEFORE = datetime(2025, 2, 1, 5, 0, tzinfo=UTC)
DURING = datetime(2025, 3, 5, 5, 0, tzinfo=UTC)
NOTICE_DAY = datetime(2025, 3, 6, 5, 0, tzinfo=UTC)
QUERY = 'lupus AND "stem cell"[tiab]'
NASTY_TITLE = "Autologous HSCT | *refractory* lupus_nephritis [cohort] <script>alert(1)</script> & more"


def _article(pmid, title, abstract, *, entrez, types=("Journal Article",), journal="Lupus Research",
             mesh=("Humans",), retraction_of=(), retraction_in=()) -> Article:
    return Article(pmid=pmid, title=title, abstract_sections=(AbstractSection(text=abstract),),
                   journal=journal, year=entrez.year, entrez_date=entrez, publication_types=types,
                   mesh_terms=mesh, language="eng", retraction_of=retraction_of, retraction_in=retraction_in)


def _evidence(article: Article, **sentences: str) -> dict[str, Evidence]:
    text = article.text
    found = {}
    for key, sentence in sentences.items():
        start = text.index(sentence)
        found[key.replace("__", ".")] = Evidence(text=sentence, start=start, end=start + len(sentence))
    return found


def _x(article, **fields) -> Extraction:
    evidence = fields.pop("evidence", {})
    return Extraction(extractor_version="test", evidence=_evidence(article, **evidence), **fields)


def records():
    """(stored-at, Article, Extraction) triples, in the order they are stored."""
    rows = []

    def add(when, article, **fields):
        rows.append((when, article, _x(article, **fields) if fields else Extraction(extractor_version="test")))

    a = _article("101", "Long-term outcomes of autologous HSCT in severe lupus.",
                 "Forty-eight patients with refractory SLE were transplanted. Remission was reached by 30 of 48 "
                 "patients. One patient died of transplant-related causes.", entrez=date(2024, 5, 2))
    add(BEFORE, a, relevant=True, design="cohort", therapies=("hsct_autologous",), refractory=True, n_patients=48,
        outcomes={"remission": Outcome(30 / 48, 30, 48), "treatment_related_mortality": Outcome(1 / 48, 1, 48)},
        evidence={"outcomes__remission": "Remission was reached by 30 of 48 patients."})
    a = _article("102", "Autologous stem cell transplantation for lupus nephritis: a case series.",
                 "We report 22 patients. Fourteen of 22 patients were in remission at two years.",
                 entrez=date(2024, 9, 12))
    add(BEFORE, a, relevant=True, design="case_series", therapies=("hsct_autologous",), n_patients=22,
        lupus_nephritis=True, outcomes={"remission": Outcome(14 / 22, 14, 22)},
        evidence={"outcomes__remission": "Fourteen of 22 patients were in remission at two years."})
    a = _article("103", "Bone marrow MSC in lupus nephritis: a phase I dose-escalation trial.",
                 "Twelve patients received 1.0 x 10^6 cells/kg. No dose-limiting toxicity was observed.",
                 entrez=date(2024, 11, 20), types=("Clinical Trial, Phase I",))
    add(BEFORE, a, relevant=True, design="single_arm_trial", phase="I", therapies=("msc",), msc_source="bone_marrow",
        n_patients=12, dose_cells_per_kg=1.0e6, refractory=True,
        evidence={"dose_cells_per_kg": "Twelve patients received 1.0 x 10^6 cells/kg."})
    a = _article("104", "High remission after HSCT in lupus: a single-centre cohort.",
                 "Sixteen of 25 patients achieved remission after transplantation.", entrez=date(2024, 12, 1))
    add(BEFORE, a, relevant=True, design="cohort", therapies=("hsct_autologous",), n_patients=25,
        outcomes={"remission": Outcome(16 / 25, 16, 25)},
        evidence={"outcomes__remission": "Sixteen of 25 patients achieved remission after transplantation."})

    a = _article("201", NASTY_TITLE,
                 "Forty-seven patients were followed for five years. Remission was achieved in 21 of 47 patients "
                 "(45%). Treatment-related mortality was 2 of 47.", entrez=date(2025, 3, 4))
    add(DURING, a, relevant=True, design="cohort", therapies=("hsct_autologous",), n_patients=47, refractory=True,
        outcomes={"remission": Outcome(21 / 47, 21, 47), "treatment_related_mortality": Outcome(2 / 47, 2, 47)},
        evidence={"outcomes__remission": "Remission was achieved in 21 of 47 patients (45%).",
                  "outcomes__treatment_related_mortality": "Treatment-related mortality was 2 of 47."})
    a = _article("202", "Umbilical cord MSC versus placebo in active lupus nephritis: a randomized trial.",
                 "Forty patients were randomized to MSC or placebo on top of standard therapy. There was no "
                 "significant difference in renal remission between the MSC and placebo groups at 52 weeks.",
                 entrez=date(2025, 3, 5), types=("Randomized Controlled Trial",))
    add(DURING, a, relevant=True, design="rct", phase="II", therapies=("msc",), msc_source="umbilical_cord",
        n_patients=40, lupus_nephritis=True,
        evidence={"design": "Forty patients were randomized to MSC or placebo on top of standard therapy."})
    a = _article("203", "Anti-CD19 CAR-T cells in refractory SLE: five patients.",
                 "Five patients with refractory SLE received CD19 CAR-T cells. All five reached drug-free remission.",
                 entrez=date(2025, 3, 6))
    add(DURING, a, relevant=True, design="case_series", therapies=("car_t",), n_patients=5, refractory=True,
        outcomes={"remission": Outcome(1.0, 5, 5)},
        evidence={"therapies": "Five patients with refractory SLE received CD19 CAR-T cells."})
    a = _article("204", "2025 ACR guideline for the management of lupus nephritis.",
                 "These recommendations update the management of lupus nephritis.", entrez=date(2025, 3, 7),
                 types=("Practice Guideline",))
    add(DURING, a, relevant=False, design="guideline", new_guideline=True,
        evidence={"new_guideline": "These recommendations update the management of lupus nephritis."})
    a = _article("206", "Vitamin D levels in SLE.", "Vitamin D was measured in 200 patients.",
                 entrez=date(2025, 3, 6))
    add(DURING, a, relevant=False, design="cohort", n_patients=200)
    a = _article("207", "High-dose MSC in lupus: a phase I study.",
                 "Nine patients received 5.0 x 10^6 cells/kg. Infusions were well tolerated.",
                 entrez=date(2025, 3, 8), types=("Clinical Trial, Phase I",))
    add(DURING, a, relevant=True, design="single_arm_trial", phase="I", therapies=("msc",), n_patients=9,
        dose_cells_per_kg=5.0e6, evidence={"dose_cells_per_kg": "Nine patients received 5.0 x 10^6 cells/kg."})
    a = _article("208", "Autologous HSCT for severe SLE: a registry analysis.",
                 "Sixty patients were reported to the registry. Treatment-related mortality was 9 of 60 (15%). "
                 "Remission was observed in 25 of 60 patients.", entrez=date(2025, 3, 8))
    add(DURING, a, relevant=True, design="cohort", therapies=("hsct_autologous",), n_patients=60,
        outcomes={"treatment_related_mortality": Outcome(9 / 60, 9, 60), "remission": Outcome(25 / 60, 25, 60)},
        evidence={"outcomes__treatment_related_mortality": "Treatment-related mortality was 9 of 60 (15%).",
                  "outcomes__remission": "Remission was observed in 25 of 60 patients."})
    a = _article("209", "Outcomes of autologous HSCT for lupus in a national cohort.",
                 "Fifty patients were transplanted between 2010 and 2020. Remission was reached by 18 of 50 patients.",
                 entrez=date(2025, 3, 9))
    add(DURING, a, relevant=True, design="cohort", therapies=("hsct_autologous",), n_patients=50,
        outcomes={"remission": Outcome(18 / 50, 18, 50)},
        evidence={"outcomes__remission": "Remission was reached by 18 of 50 patients."})
    a = _article("205", "Retraction notice: High remission after HSCT in lupus.",
                 "This article has been retracted at the request of the authors.", entrez=date(2025, 3, 6),
                 types=("Retraction of Publication",), retraction_of=("104",))
    add(NOTICE_DAY, a, relevant=False, design="other", retracted=True)
    return rows


def populate(engine) -> None:
    """Store the records through `store_articles`, then the runs of the period."""
    extractions = {article.pmid: extraction for _, article, extraction in records()}
    by_time: dict[datetime, list[Article]] = {}
    for when, article, _ in records():
        by_time.setdefault(when, []).append(article)
    for when, articles in sorted(by_time.items()):
        with session_scope(engine) as session:
            store_articles(session=session, articles=articles, now=when,
                           extractor=lambda article: extractions[article.pmid], extractor_version="test")
    with session_scope(engine) as session:
        session.add(RunRecord(kind="refresh", status="ok", started_at=datetime(2025, 3, 5, 5, 0, tzinfo=UTC),
                              finished_at=datetime(2025, 3, 5, 5, 1, tzinfo=UTC), window_start=date(2025, 3, 1),
                              window_end=date(2025, 3, 5), query=f"({QUERY}) AND 2025/03/01:2025/03/05[edat]",
                              counts={"hits": 9, "new": 7, "updated": 0, "requests": 3}))
        session.add(RunRecord(kind="refresh", status="failed", started_at=datetime(2025, 3, 7, 5, 0, tzinfo=UTC),
                              finished_at=datetime(2025, 3, 7, 5, 2, tzinfo=UTC), window_start=date(2025, 3, 2),
                              window_end=date(2025, 3, 7), query=f"({QUERY}) AND 2025/03/02:2025/03/07[edat]",
                              counts={"hits": 0}, error="efetch failed after 6 retries: HTTP 502 <html>Bad Gateway</html>"))
