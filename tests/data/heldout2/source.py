"""Second held-out set: what a PubMed search for the committee's topic returns in 2025-2026.

Written by an outside annotator who did not read the extractor, as a sample of the records the query
`(lupus OR SLE) AND (stem cell OR mesenchymal OR HSCT OR CAR-T OR cell therapy)` brings back: about
two thirds relevant, in realistic proportions (many narrative reviews and mouse studies, several
single-arm trials, case series and case reports, a few randomised trials, meta-analyses, cohorts and
guidelines), and a third noise the query really matches (biologic trials in lupus, cell therapies in
other diseases, lupus after transplants done for something else, lupus anticoagulant, St. Louis
encephalitis (SLE) virus, Canis lupus familiaris, stem-cell biology without any therapy).

Journal house styles vary (structured, Annals-style OBJECTIVE/DESIGN/SETTING/PATIENTS/..., Lancet
middle dots, Current Opinion, unstructured, terse conference abstracts, non-native phrasing); most
records carry only "Journal Article". Every sentence is ours; facts follow the shape of published
studies. Labels follow tests/data/devset/LABELING.md; notes on judgement calls are in
`evidence_numbers`.

This set is an honest estimate of generalisation: do not tune the extractor on it. Score it with
`python bench/extraction.py --records tests/data/heldout2/records.xml --labels
tests/data/heldout2/labels.jsonl --no-speed`; rebuild with `python tests/data/labelled_sets.py heldout2`.
"""

from datetime import date

from labelled_sets import L, Record, kn, none_of, pct, weeks, years

FIRST_ENTREZ = date(2025, 1, 6)
ENTREZ_STEP_DAYS = 10

SLE = "Lupus Erythematosus, Systemic"
LN = "Lupus Nephritis"
HUMANS = "Humans"
ANIMALS = "Animals"
MICE = "Mice"
FEMALE = "Female"
MSCT = "Mesenchymal Stem Cell Transplantation"
HSCT = "Hematopoietic Stem Cell Transplantation"
CAR = "Receptors, Chimeric Antigen"
ADOPTIVE = "Immunotherapy, Adoptive"
MRL = "Mice, Inbred MRL lpr"

RECORDS = [
    # 1. Narrative review of CAR T cells; restated numbers are not the answer.
    Record(
        pmid="95000001",
        journal="Rheumatology and Therapy",
        title="Chimeric antigen receptor T cells for systemic lupus erythematosus: where do we stand?",
        abstract="Since the first report of a patient with severe lupus treated with CD19-directed chimeric antigen "
                 "receptor (CAR) T cells in 2021, the field has moved from compassionate use to formal trials with "
                 "remarkable speed. In this review we summarise the biological rationale for deep B-cell depletion "
                 "in tissues, which conventional monoclonal antibodies rarely achieve, and discuss the clinical "
                 "experience gathered so far. Published series now describe more than 100 treated patients, and "
                 "sustained drug-free remission has been reported in the majority, often with disappearance of "
                 "anti-dsDNA antibodies. Cytokine release syndrome has generally been mild, whereas prolonged "
                 "cytopenias and infections deserve attention. We also consider newer constructs that target BCMA "
                 "or both CD19 and BCMA, allogeneic off-the-shelf products and in vivo CAR generation, and outline "
                 "open questions about durability, patient selection, cost and the place of CAR T cells relative "
                 "to T-cell engagers.",
        pubtypes=("Journal Article", "Review"),
        mesh=(SLE, CAR, ADOPTIVE, "B-Lymphocytes", HUMANS),
        label=L(relevant=True, design="narrative_review", therapies=["car_t"],
                evidence_numbers={"n_patients": "'more than 100 treated patients' is restated literature -> null",
                                  "refractory": "scope not refractory in the title -> null"}),
    ),
    # 2. Preclinical: UC-MSCs in MRL/lpr nephritis; animal counts, per-mouse dose and survival are distractors.
    Record(
        pmid="95000002",
        journal="Stem Cell Research & Therapy",
        title="Human umbilical cord mesenchymal stem cells ameliorate lupus nephritis in MRL/lpr mice by "
              "reprogramming renal macrophages towards an M2 phenotype",
        abstract=[
            ("BACKGROUND", "Infiltrating macrophages drive glomerular and tubulointerstitial injury in lupus "
             "nephritis. Mesenchymal stem cells (MSCs) modulate macrophages in vitro, but how they act in the "
             "inflamed kidney is incompletely understood."),
            ("METHODS", "Female MRL/lpr mice aged 16 weeks (n = 10 per group) received three weekly tail-vein "
             "injections of human umbilical cord MSCs (1 × 10^6 cells per mouse) or phosphate-buffered saline; "
             "C57BL/6 mice served as healthy controls. Proteinuria, serum creatinine, anti-dsDNA antibodies and "
             "renal histology were assessed 4 weeks after the last injection, and renal macrophages were analysed "
             "by flow cytometry and single-cell RNA sequencing."),
            ("RESULTS", "MSC-treated mice had lower proteinuria (1.2 ± 0.4 vs 3.1 ± 0.6 mg/24 h, p < 0.01) and "
             "glomerular activity scores, and survival at 24 weeks was 90% versus 60% in the PBS group. The "
             "proportion of CD206+ macrophages in the kidney doubled, and the effect required TSG-6: MSCs in "
             "which TSG-6 was silenced lost most of their benefit."),
            ("CONCLUSIONS", "Umbilical cord MSCs protect the kidney in lupus-prone mice largely by shifting "
             "macrophages towards a reparative phenotype through TSG-6."),
        ],
        mesh=(LN, MSCT, "Umbilical Cord", "Macrophages", ANIMALS, MICE, MRL, FEMALE),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True,
                evidence_numbers={"dose_cells_per_kg": "per mouse, preclinical -> null",
                                  "outcomes": "animal survival is not labelled"}),
    ),
    # 3. Noise: anti-CD20 antibody trial in lupus nephritis.
    Record(
        pmid="95000003",
        journal="New England Journal of Medicine",
        title="Obinutuzumab added to standard therapy for active lupus nephritis",
        abstract=[
            ("BACKGROUND", "Type II anti-CD20 monoclonal antibodies deplete B cells more completely than rituximab "
             "and might improve renal outcomes in lupus nephritis."),
            ("METHODS", "In this phase 3 trial, we randomly assigned adults with biopsy-proven active class III or IV "
             "lupus nephritis, with or without class V features, to obinutuzumab 1000 mg or placebo, each added "
             "to mycophenolate mofetil and glucocorticoids. The primary end point was a complete renal response "
             "at week 76."),
            ("RESULTS", "Of 271 patients who underwent randomization, 135 received obinutuzumab. A complete renal "
             "response at week 76 occurred in 46.4% of the obinutuzumab group and in 33.1% of the placebo group "
             "(adjusted difference, 13.3 percentage points; 95% CI, 2.7 to 23.8; P=0.02). Serious infections "
             "were reported in 6.0% and 5.3% of patients, respectively, and deaths were similar in the two "
             "groups."),
            ("CONCLUSIONS", "In patients with active lupus nephritis, obinutuzumab added to standard therapy was "
             "superior to standard therapy alone in achieving a complete renal response."),
        ],
        pubtypes=("Journal Article", "Randomized Controlled Trial", "Clinical Trial, Phase III",
                  "Multicenter Study"),
        mesh=(LN, "Antibodies, Monoclonal, Humanized", "B-Lymphocytes", HUMANS),
        label=L(relevant=False, design="rct", phase="III", lupus_nephritis=True, n_patients=271,
                evidence_numbers={"note": "noise: biologic drug trial in lupus nephritis"}),
    ),
    # 4. Phase I dose escalation of CD19 CAR T; "0.5, 1 and 2 × 10(6) cells/kg"; LN subgroup.
    Record(
        pmid="95000004",
        journal="Annals of the Rheumatic Diseases",
        title="Fully human anti-CD19 CAR T cells in refractory systemic lupus erythematosus: results of a phase 1 "
              "dose-escalation study",
        abstract=[
            ("OBJECTIVES", "To evaluate the safety and preliminary efficacy of a fully human CD19-directed chimeric "
             "antigen receptor (CAR) T-cell product in patients with SLE refractory to conventional and "
             "biological therapy."),
            ("METHODS", "Adults with active SLE (SLEDAI-2K ≥8) who had failed at least two immunosuppressants and "
             "one biologic agent received a single infusion after fludarabine and cyclophosphamide "
             "lymphodepletion. Three dose levels were explored in a 3+3 design: 0.5, 1 and 2 × 10(6) CAR T "
             "cells/kg. The primary end point was dose-limiting toxicity within 28 days."),
            ("RESULTS", "Twelve patients (11 women; median age 31 years, range 19-48) were treated, seven of whom "
             "had active lupus nephritis. No dose-limiting toxicity occurred. Cytokine release syndrome was grade "
             "1 in 10 patients and grade 2 in one; no neurotoxicity was seen and no serious adverse events were "
             "recorded. After a median follow-up of 14 months (range 6-22), 9/12 patients (75%) fulfilled DORIS "
             "remission criteria off glucocorticoids and immunosuppressants, and all seven patients with nephritis "
             "had a complete renal response. B cells returned after a median of 98 days and were predominantly "
             "naive."),
            ("CONCLUSIONS", "All three dose levels were tolerable and produced deep, drug-free responses; 2 × 10(6) "
             "cells/kg was chosen for the expansion phase."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        mesh=(SLE, CAR, ADOPTIVE, "Antigens, CD19", HUMANS, "Adult", FEMALE),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=12, follow_up_months=14, dose_cells_per_kg=2e6,
                outcomes={"remission": kn(9, 12), "complete_remission": kn(7, 7),
                          "serious_adverse_events": none_of(12)},
                evidence_numbers={"dose_cells_per_kg": "highest of 0.5, 1 and 2 × 10(6) cells/kg",
                                  "complete_remission": "complete renal response in all seven with nephritis",
                                  "remission": "DORIS 9/12"}),
    ),
    # 5. Noise: aHSCT for multiple sclerosis, lupus-like syndrome as secondary autoimmunity.
    Record(
        pmid="95000005",
        journal="Journal of Neurology, Neurosurgery, and Psychiatry",
        title="Secondary autoimmunity after autologous haematopoietic stem cell transplantation for multiple "
              "sclerosis: a national cohort",
        abstract=[
            ("BACKGROUND", "Autologous haematopoietic stem cell transplantation (aHSCT) is increasingly used for "
             "aggressive multiple sclerosis (MS), but it can be followed by new autoimmune disease."),
            ("METHODS", "We reviewed all patients with MS transplanted in Sweden with BEAM or "
             "cyclophosphamide-ATG conditioning between 2004 and 2022."),
            ("RESULTS", "Among 174 patients followed for a median of 5.2 years, 19 (10.9%) developed secondary "
             "autoimmunity, most often thyroid disease (n=12) or immune thrombocytopenia (n=4). One woman "
             "developed a lupus-like syndrome with arthritis and anti-dsDNA antibodies 26 months after "
             "transplantation, and two had psoriasis. Alemtuzumab before transplantation was associated with a "
             "higher risk (HR 3.4, 95% CI 1.3-8.9)."),
            ("CONCLUSIONS", "Secondary autoimmunity after aHSCT for MS is mostly thyroid-related; systemic lupus is "
             "rare but should be considered."),
        ],
        pubtypes=("Journal Article", "Observational Study"),
        label=L(relevant=False, design="cohort", therapies=["hsct_autologous"], n_patients=174,
                follow_up_months=years(5.2),
                evidence_numbers={"note": "noise: aHSCT for MS; lupus-like disease after the transplant"}),
    ),
    # 6. Narrative review, non-native phrasing, MSC sources mixed.
    Record(
        pmid="95000006",
        journal="Frontiers in Immunology",
        title="Mesenchymal stem cells therapy for systemic lupus erythematosus: mechanisms, clinical progress and "
              "challenges",
        abstract="Systemic lupus erythematosus (SLE) is a chronic autoimmune disease which involves multiple "
                 "organs, and a part of patients still can not obtain satisfactory control by the present "
                 "immunosuppressive regimens. Mesenchymal stem cells (MSCs) have attracted more and more attention "
                 "because of their low immunogenicity and powerful immunoregulatory capacity. MSCs can inhibit the "
                 "proliferation of T and B lymphocytes, promote the generation of regulatory T cells and modulate "
                 "macrophages and dendritic cells through both cell contact and paracrine factors such as TGF-β, "
                 "IDO and PGE2. Furthermore, bone marrow MSCs from lupus patients show defects in proliferation and "
                 "senescence, which provide the basis for allogeneic transplantation. Since 2007, many clinical "
                 "studies from China have reported that allogeneic MSCs derived from bone marrow or umbilical cord "
                 "are safe and can decrease disease activity, though two randomized trials gave conflicting results. "
                 "In this review, we summarize the mechanisms of MSCs in treatment of SLE, the clinical studies "
                 "performed to date, and discuss the problems including cell source, dose, timing of infusion and "
                 "the heterogeneity of MSC products, which need to be solved before the wide application.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["msc"],
                evidence_numbers={"msc_source": "bone marrow or umbilical cord -> mixed -> null"}),
    ),
    # 7. Case report: child with refractory LN, CD19 CAR T 1 × 10^6 cells/kg; a time point is not follow-up.
    Record(
        pmid="95000007",
        journal="Pediatric Nephrology",
        title="CD19 CAR T-cell therapy for refractory lupus nephritis in a 12-year-old girl",
        abstract=[
            ("BACKGROUND", "Experience with chimeric antigen receptor (CAR) T cells in childhood-onset lupus is very "
             "limited."),
            ("CASE PRESENTATION", "A 12-year-old girl with childhood-onset SLE diagnosed at 9 years developed class "
             "IV lupus nephritis that persisted despite cyclophosphamide, mycophenolate mofetil, rituximab and "
             "belimumab. She had nephrotic-range proteinuria (protein/creatinine ratio 4.8 g/g) and an eGFR of 58 "
             "mL/min/1.73 m². After lymphodepletion she received autologous CD19 CAR T cells at 1 × 10^6 "
             "cells/kg. She had grade 1 cytokine release syndrome on day 4 and neutropenia that resolved by week "
             "5. Proteinuria fell below 0.5 g/g by month 3, complement normalised and anti-dsDNA became negative. "
             "All immunosuppressants and prednisolone were stopped, and she remained in complete renal response "
             "at the last visit, 10 months after infusion."),
            ("CONCLUSIONS", "CD19 CAR T cells induced drug-free remission in a child with multi-drug refractory "
             "lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Case Reports"),
        mesh=(LN, CAR, ADOPTIVE, "Child", FEMALE, HUMANS),
        label=L(relevant=True, design="case_report", therapies=["car_t"], lupus_nephritis=True, pediatric=True,
                refractory=True, n_patients=1, dose_cells_per_kg=1e6,
                evidence_numbers={"follow_up_months": "'10 months after infusion' is one case's time point -> null",
                                  "outcomes": "case report -> none"}),
    ),
    # 8. Noise: plasma-cell antibody (daratumumab) in refractory SLE; "cell therapies" only mentioned.
    Record(
        pmid="95000008",
        journal="Lupus Science & Medicine",
        title="Daratumumab as plasma cell-directed therapy in refractory systemic lupus erythematosus: a case "
              "series of six patients",
        abstract="Long-lived plasma cells resist conventional immunosuppression and B-cell depletion. We describe "
                 "six women with refractory SLE (four with lupus nephritis) treated off-label with subcutaneous "
                 "daratumumab, an anti-CD38 antibody, 1800 mg weekly for 4 weeks, followed by belimumab maintenance "
                 "in five. Over a median of 12 months, SLEDAI-2K fell from 14 to 4 and anti-dsDNA titres decreased "
                 "by 70%; two of the four patients with nephritis reached a complete renal response. "
                 "Hypogammaglobulinaemia and one pneumonia requiring admission were the main adverse events. "
                 "Targeting plasma cells with daratumumab may be an option before cell therapies are considered.",
        label=L(relevant=False, design="case_series", lupus_nephritis=True, refractory=True, n_patients=6,
                follow_up_months=12, evidence_numbers={"note": "noise: antibody therapy, not a cell therapy"}),
    ),
    # 9. Preclinical: IFN-γ-primed adipose MSCs in NZB/W nephritis.
    Record(
        pmid="95000009",
        journal="Stem Cells Translational Medicine",
        title="Interferon-γ priming enhances the therapeutic effect of adipose-derived mesenchymal stromal cells "
              "in NZB/W F1 lupus nephritis",
        abstract="Priming with inflammatory cytokines boosts the immunosuppressive machinery of mesenchymal stromal "
                 "cells (MSCs). We tested whether interferon-γ (IFN-γ)-primed human adipose-derived MSCs are "
                 "superior to unprimed cells in female NZB/W F1 mice with established nephritis. Mice with "
                 "proteinuria ≥100 mg/dL at 26 weeks of age were allocated to primed MSCs, unprimed MSCs (both 2 × "
                 "10^5 cells intravenously every 2 weeks, four doses) or vehicle. Primed MSCs reduced proteinuria, "
                 "glomerular IgG and C3 deposition and splenic plasma cells more than unprimed MSCs, and by week 40 "
                 "survival was 11 of 12 mice with primed cells, 8 of 12 with unprimed cells and 4 of 12 with "
                 "vehicle. Inhibition of indoleamine 2,3-dioxygenase abolished the advantage of priming. IFN-γ "
                 "licensing is a simple way to improve MSC potency for lupus nephritis.",
        mesh=(LN, MSCT, "Adipose Tissue", "Interferon-gamma", ANIMALS, MICE, "Mice, Inbred NZB", FEMALE),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="adipose", lupus_nephritis=True,
                evidence_numbers={"outcomes": "'11 of 12 mice' are animals -> not labelled"}),
    ),
    # 10. RCT, Annals house style; refractory LN; 2.0 × 10⁶ cells/kg.
    Record(
        pmid="95000010",
        journal="Annals of Internal Medicine",
        title="Umbilical Cord-Derived Mesenchymal Stromal Cells for Refractory Lupus Nephritis: A Randomized, "
              "Placebo-Controlled Trial",
        abstract=[
            ("BACKGROUND", "Uncontrolled studies suggest that mesenchymal stromal cells (MSCs) reduce proteinuria "
             "in lupus nephritis that has not responded to standard induction therapy."),
            ("OBJECTIVE", "To determine whether umbilical cord-derived MSCs added to standard therapy improve renal "
             "response in refractory lupus nephritis."),
            ("DESIGN", "Randomized, double-blind, placebo-controlled, phase 2 trial."),
            ("SETTING", "Eight academic nephrology and rheumatology centers in China."),
            ("PATIENTS", "Adults with biopsy-proven class III or IV (± V) lupus nephritis and proteinuria of at "
             "least 1.0 g/d despite at least 6 months of mycophenolate mofetil or intravenous cyclophosphamide."),
            ("INTERVENTIONS", "Two intravenous infusions of MSCs (2.0 × 10⁶ cells/kg) or placebo 1 week apart, in "
             "addition to continued standard therapy. Follow-up was 12 months."),
            ("MEASUREMENTS", "The primary outcome was complete renal response at 12 months; secondary outcomes "
             "included overall (complete or partial) renal response and safety."),
            ("RESULTS", "Fifty-six patients were randomly assigned (28 per group). A complete renal response at 12 "
             "months was achieved by 11 of 28 patients (39.3%) in the MSC group and 6 of 28 (21.4%) in the "
             "placebo group (risk difference, 17.9 percentage points [95% CI, -5.6 to 41.3 percentage points]). "
             "Overall renal response occurred in 18 of 28 (64.3%) and 13 of 28 (46.4%) patients, respectively. "
             "Serious adverse events occurred in 4 MSC recipients (14.3%) and 5 placebo recipients (17.9%); none "
             "was attributed to the infusions."),
            ("LIMITATION", "Small sample and a single ethnic population."),
            ("CONCLUSION", "Umbilical cord-derived MSCs were safe but did not significantly increase complete renal "
             "response in refractory lupus nephritis."),
            ("PRIMARY FUNDING SOURCE", "National Key Research and Development Program of China."),
        ],
        pubtypes=("Journal Article", "Randomized Controlled Trial", "Multicenter Study"),
        mesh=(LN, MSCT, "Umbilical Cord", "Double-Blind Method", HUMANS, "Adult", FEMALE, "Male"),
        label=L(relevant=True, design="rct", phase="II", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, refractory=True, n_patients=56, follow_up_months=12, dose_cells_per_kg=2e6,
                outcomes={"complete_remission": kn(11, 28), "remission": kn(18, 28),
                          "serious_adverse_events": kn(4, 28)},
                evidence_numbers={"n_patients": "56 randomised, not 28 per arm",
                                  "refractory": "despite named immunosuppressants; 'Refractory' in the title"}),
    ),
    # 11. Noise: MSCs for chronic GvHD with lupus-like features.
    Record(
        pmid="95000011",
        journal="Transplantation and Cellular Therapy",
        title="Bone marrow-derived mesenchymal stromal cells for steroid-refractory chronic graft-versus-host "
              "disease with lupus-like features",
        abstract="Chronic graft-versus-host disease (cGvHD) occasionally presents with lupus-like serology and "
                 "serositis after allogeneic transplantation. We retrospectively analysed 23 adults with "
                 "steroid-refractory cGvHD who received third-party bone marrow-derived mesenchymal stromal cells "
                 "(MSCs) at 1 × 10^6 cells/kg weekly for 4 weeks at our centre between 2015 and 2023; eight had "
                 "antinuclear antibodies and lupus-like manifestations such as pleuritis or malar rash. The overall "
                 "response rate at 3 months was 57% (13/23), with responses in five of the eight patients with "
                 "lupus-like features. Two-year overall survival was 70%. MSCs are a reasonable salvage option in "
                 "steroid-refractory cGvHD, including its lupus-like presentation.",
        label=L(relevant=False, design="cohort", therapies=["msc"], msc_source="bone_marrow", refractory=True,
                n_patients=23, dose_cells_per_kg=1e6,
                evidence_numbers={"note": "noise: cell therapy for a lupus-like complication of GvHD"}),
    ),
    # 12. Conference-style terse abstract: allogeneic CAR T in mixed autoimmune diseases; SLE count is n.
    Record(
        pmid="95000012",
        journal="Blood",
        title="Allogeneic CRISPR-edited CD19 CAR T cells in refractory autoimmune disease: first-in-human phase 1 "
              "results",
        abstract="Background: Autologous CD19 CAR-T induces drug-free remission in SLE but manufacturing is slow & "
                 "costly. We report an off-the-shelf, HLA-I/TRAC-edited allo CD19 CAR-T (ALLO-19). Methods: Ph1, "
                 "open-label, 3+3. Pts with r/r SLE, SSc or IIM after ≥2 IS; Flu/Cy LD; flat doses 1×10^8 and "
                 "3×10^8 cells. Results: As of data cut-off, 5 pts dosed (SLE n=3, SSc n=1, IIM n=1); med age 34 y. "
                 "No DLT, no GvHD, CRS gr1 in 2 pts, no ICANS. Median FU 6 mo (3-9). All 3 SLE pts reached DORIS "
                 "remission off IS by mo 3; SSc pt: mRSS -12; IIM pt: TIS major. CAR-T peaked d7-10 and were "
                 "undetectable by d28, yet B-cell aplasia lasted median 61 d. Conclusions: Allo CAR-T was safe and "
                 "active in r/r AD; durable responses despite short persistence.",
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["car_t"], refractory=True,
                n_patients=3, follow_up_months=6, outcomes={"remission": kn(3, 3)},
                evidence_numbers={"n_patients": "mixed-disease series: the 3 SLE patients, not the 5 dosed",
                                  "dose_cells_per_kg": "flat doses 1×10^8 / 3×10^8 cells, not per kg -> null",
                                  "refractory": "r/r"}),
    ),
    # 13. Narrative review of HSCT, autologous and allogeneic; ranges of restated mortality.
    Record(
        pmid="95000013",
        journal="Chinese Medical Journal",
        title="Haematopoietic stem cell transplantation for systemic lupus erythematosus: a narrative review of two "
              "decades of experience",
        abstract="Haematopoietic stem cell transplantation (HSCT) has been performed in patients with severe "
                 "systemic lupus erythematosus for more than 25 years. The rationale of autologous HSCT is the "
                 "ablation of autoreactive immunological memory followed by regeneration of a naive and tolerant "
                 "immune system, while allogeneic HSCT can in addition replace the genetically predisposed "
                 "haematopoiesis. Data from the European registry and from single centres in the United States and "
                 "China show that about two thirds of transplanted patients achieve remission, but relapse is not "
                 "rare and treatment-related mortality, ranging from 2% to 12% in different series, remains the main "
                 "obstacle. Allogeneic transplantation has been reported only in a few patients, mostly with a "
                 "concomitant haematological malignancy. This review summarises the mechanisms, conditioning "
                 "regimens, patient selection and long-term outcomes, and the position of HSCT among newer cellular "
                 "approaches, and proposes that HSCT be reserved for carefully selected patients in experienced "
                 "centres.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["hsct_allogeneic", "hsct_autologous"],
                evidence_numbers={"outcomes": "narrative review: restated figures are not labelled"}),
    ),
    # 14. Noise: St. Louis encephalitis (SLE) virus after allogeneic HCT.
    Record(
        pmid="95000014",
        journal="Transplant Infectious Disease",
        title="Fatal St. Louis encephalitis virus infection in an allogeneic hematopoietic cell transplant recipient",
        abstract="St. Louis encephalitis virus (SLEV) is a mosquito-borne flavivirus that rarely causes disease in "
                 "immunocompromised hosts. We describe a 61-year-old man who developed fever, confusion and flaccid "
                 "weakness 5 months after a matched unrelated donor allogeneic hematopoietic cell transplant for "
                 "acute myeloid leukemia. Cerebrospinal fluid showed lymphocytic pleocytosis, and SLEV RNA was "
                 "detected by metagenomic sequencing and later confirmed by RT-PCR; serology remained negative "
                 "because of B-cell aplasia. Despite intravenous immunoglobulin, he died 3 weeks after admission. "
                 "Clinicians should consider arboviral encephalitis, including SLE virus, in transplant recipients "
                 "during mosquito season.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_report", therapies=["hsct_allogeneic"], n_patients=1,
                evidence_numbers={"note": "noise: SLE = St. Louis encephalitis"}),
    ),
    # 15. Meta-analysis of MSC: pooled percentages with CIs; RR and mean differences are not outcomes.
    Record(
        pmid="95000015",
        journal="Stem Cell Research & Therapy",
        title="Efficacy and safety of mesenchymal stem cell transplantation for systemic lupus erythematosus: an "
              "updated systematic review and meta-analysis",
        abstract=[
            ("BACKGROUND", "Results of clinical studies of mesenchymal stem cells (MSCs) in systemic lupus "
             "erythematosus (SLE) remain inconsistent."),
            ("METHODS", "PubMed, Embase, the Cochrane Library, Web of Science and three Chinese databases were "
             "searched from inception to March 2025 for clinical studies of MSC transplantation in SLE reporting "
             "remission, disease activity or safety. Proportions were pooled with random-effects models after "
             "Freeman-Tukey transformation."),
            ("RESULTS", "Fourteen studies (five randomized controlled trials and nine single-arm studies) with 597 "
             "patients were included. The pooled remission rate was 57% (95% CI 46%-68%; I² = 74%). In the "
             "randomized trials, MSC recipients had a greater reduction in SLEDAI than controls (mean difference "
             "-2.9, 95% CI -4.6 to -1.2) and a higher likelihood of remission (RR 1.41, 95% CI 1.02-1.95). The "
             "pooled incidence of serious adverse events was 6.1% (95% CI 3.2%-9.9%), and all-cause mortality was "
             "2.3% (95% CI 1.0%-4.1%)."),
            ("CONCLUSIONS", "MSC transplantation appears safe and is associated with remission in roughly half of "
             "patients with SLE, but the certainty of evidence is low and adequately powered trials are still "
             "needed."),
        ],
        pubtypes=("Journal Article", "Meta-Analysis", "Systematic Review"),
        mesh=(SLE, MSCT, HUMANS),
        label=L(relevant=True, design="meta_analysis", therapies=["msc"], n_patients=597, n_studies=14,
                outcomes={"remission": pct(57), "serious_adverse_events": pct(6.1), "mortality": pct(2.3)},
                evidence_numbers={"outcomes": "pooled percentages; RR and mean difference not labelled"}),
    ),
    # 16. Preclinical in vitro: tolerogenic DCs from patients' monocytes; donors are not patients treated.
    Record(
        pmid="95000016",
        journal="Journal of Autoimmunity",
        title="Tolerogenic dendritic cells generated from monocytes of patients with active lupus retain a stable "
              "regulatory phenotype in an inflammatory milieu",
        abstract="Tolerogenic dendritic cells (tolDCs) are being tested as a cell therapy in rheumatoid arthritis "
                 "and multiple sclerosis, but whether functional tolDCs can be manufactured from patients with "
                 "systemic lupus erythematosus, whose monocytes are exposed to type I interferon, is unknown. We "
                 "generated tolDCs with dexamethasone and vitamin D3 from peripheral blood monocytes of 18 patients "
                 "with SLE (SLEDAI-2K 4-16) and 10 healthy donors. SLE-derived tolDCs showed low CD86 and high "
                 "PD-L1 and IL-10, induced antigen-specific hyporesponsiveness of autologous CD4+ T cells to "
                 "nucleosomal peptides, and kept this phenotype after a challenge with lipopolysaccharide and "
                 "interferon-α. Expression of interferon-stimulated genes did not predict tolDC function. These data "
                 "support a first-in-human trial of autologous tolDCs in SLE.",
        mesh=(SLE, "Dendritic Cells", "Immune Tolerance", "Cells, Cultured", "Monocytes", HUMANS),
        label=L(relevant=True, design="preclinical", therapies=["other_cell_therapy"],
                evidence_numbers={"n_patients": "cells from 18 donors with SLE, nobody treated -> null"}),
    ),
    # 17. Noise: kidney transplantation in lupus nephritis.
    Record(
        pmid="95000017",
        journal="American Journal of Transplantation",
        title="Long-term graft and patient survival after kidney transplantation for lupus nephritis: a 20-year "
              "national registry analysis",
        abstract=[
            ("BACKGROUND", "Kidney transplantation is the preferred treatment for end-stage kidney disease caused by "
             "lupus nephritis (LN), but reports on recurrence and long-term outcomes conflict."),
            ("METHODS", "Using the national transplant registry, we compared 1,248 recipients with LN with 6,240 "
             "propensity-matched recipients with other glomerular diseases transplanted between 2000 and 2020."),
            ("RESULTS", "Median follow-up was 8.1 years. Ten-year death-censored graft survival was 78% in LN "
             "recipients and 80% in controls, and patient survival was 84% vs 87%. Histological recurrence of LN "
             "was diagnosed in 3.2% and caused graft loss in 0.6%. Antiphospholipid antibodies and a deceased "
             "donor were associated with graft loss."),
            ("CONCLUSIONS", "Outcomes after kidney transplantation in LN are close to those in other glomerular "
             "diseases."),
        ],
        mesh=(LN, "Kidney Transplantation", "Graft Survival", "Registries", HUMANS),
        label=L(relevant=False, design="cohort", lupus_nephritis=True, n_patients=1248, follow_up_months=years(8.1),
                evidence_numbers={"note": "noise: kidney transplantation in LN"}),
    ),
    # 18. Registry cohort of aHSCT: OS/PFS at 5 years, NRM with its count, all-cause deaths, relapse.
    Record(
        pmid="95000018",
        journal="Bone Marrow Transplantation",
        title="Autologous haematopoietic stem cell transplantation for systemic lupus erythematosus: long-term "
              "outcomes from a European registry, 2001-2022",
        abstract=[
            ("BACKGROUND", "Recent data on autologous haematopoietic stem cell transplantation (aHSCT) for systemic "
             "lupus erythematosus (SLE) are scarce."),
            ("METHODS", "Retrospective analysis of patients with severe, treatment-refractory SLE who underwent a "
             "first aHSCT between 2001 and 2022 and were reported to the registry. Outcomes were overall survival "
             "(OS), progression-free survival (PFS), non-relapse mortality (NRM) and the cumulative incidence of "
             "relapse."),
            ("RESULTS", "Fifty-seven patients from 19 centres were included (median age 29 years; 49 women); 41 "
             "(72%) had renal involvement. Most received cyclophosphamide 200 mg/kg with rabbit ATG. Median "
             "follow-up was 6.3 years (IQR 2.9-10.1). Five-year OS and PFS were 86% (95% CI 74-93) and 47% (95% "
             "CI 33-60). NRM at 100 days was 5.3% (three deaths, two from infection and one from cardiac "
             "toxicity). Altogether nine patients died. The 5-year cumulative incidence of relapse was 38%, but "
             "most relapses responded to conventional drugs that had previously failed."),
            ("CONCLUSIONS", "aHSCT can induce durable disease control in refractory SLE, at the cost of early "
             "mortality that has decreased in recent years."),
        ],
        pubtypes=("Journal Article", "Multicenter Study"),
        mesh=(SLE, HSCT, "Transplantation, Autologous", "Registries", "Retrospective Studies", HUMANS, FEMALE),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], lupus_nephritis=True,
                refractory=True, n_patients=57, follow_up_months=years(6.3),
                outcomes={"overall_survival": pct(86), "disease_free_survival": pct(47),
                          "treatment_related_mortality": kn(3, 57), "mortality": kn(9, 57), "relapse": pct(38)},
                evidence_numbers={"treatment_related_mortality": "NRM 5.3% (three deaths) is not all-cause",
                                  "mortality": "'Altogether nine patients died' of 57",
                                  "dose_cells_per_kg": "cyclophosphamide 200 mg/kg is a drug dose -> null",
                                  "lupus_nephritis": "renal involvement in 41"}),
    ),
    # 19. Noise: Canis lupus familiaris - MSCs for canine osteoarthritis.
    Record(
        pmid="95000019",
        journal="Frontiers in Veterinary Science",
        title="Allogeneic adipose-derived mesenchymal stromal cells for elbow osteoarthritis in dogs: a randomized, "
              "blinded, placebo-controlled study",
        abstract="Elbow osteoarthritis is a common cause of lameness in dogs (Canis lupus familiaris). Forty "
                 "client-owned dogs with bilateral elbow osteoarthritis were randomized to intra-articular "
                 "allogeneic canine adipose-derived mesenchymal stromal cells (10 × 10^6 cells per joint) or saline. "
                 "Peak vertical force on force-plate gait analysis improved more with cells at 12 weeks (mean "
                 "increase 6.2% vs 1.1% of body weight; p = 0.01), and owners' pain scores fell accordingly; the "
                 "difference was no longer significant at 24 weeks. Two dogs had transient joint effusion. A single "
                 "injection of adipose-derived cells gave a short-term improvement in limb function.",
        mesh=("Dog Diseases", "Osteoarthritis", MSCT, "Adipose Tissue", ANIMALS, "Dogs"),
        label=L(relevant=False, design="preclinical", therapies=["msc"], msc_source="adipose",
                evidence_numbers={"note": "noise: 'lupus' is the dog's species name"}),
    ),
    # 20. Case series: BCMA-CD19 compound CAR T in four patients; "all four ... complete in three".
    Record(
        pmid="95000020",
        journal="Kidney International",
        title="Compound BCMA-CD19 CAR T cells for refractory lupus nephritis: a report of four cases",
        abstract="Plasma cells that escape CD19-directed therapy may sustain autoantibody production in lupus "
                 "nephritis. We treated four women (aged 22-41 years) with biopsy-proven class III/IV lupus "
                 "nephritis refractory to cyclophosphamide, mycophenolate and at least one biologic with a compound "
                 "CAR T-cell product targeting BCMA and CD19 on a compassionate basis. After fludarabine-"
                 "cyclophosphamide conditioning, each received 2 × 10^6 CAR T cells per kg. Cytokine release "
                 "syndrome was grade 1 in three patients; one patient had grade 3 neutropenia with fever. With a "
                 "median follow-up of 8 months, all four patients achieved a renal response, complete in three, and "
                 "anti-dsDNA and anti-Sm antibodies became undetectable, while vaccine-induced antibody titres were "
                 "partly preserved. Urinary protein fell from a median of 3.6 to 0.3 g/day. These cases suggest that "
                 "dual targeting of B cells and plasma cells can induce deep remission of refractory lupus "
                 "nephritis.",
        pubtypes=("Journal Article", "Case Reports"),
        mesh=(LN, CAR, ADOPTIVE, "B-Cell Maturation Antigen", HUMANS, FEMALE, "Adult"),
        label=L(relevant=True, design="case_series", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=4, follow_up_months=8, dose_cells_per_kg=2e6,
                outcomes={"remission": kn(4, 4), "complete_remission": kn(3, 4)},
                evidence_numbers={"remission": "renal response in all four, complete in three"}),
    ),
    # 21. Preclinical: murine CD19 CAR T in NZB/W nephritis; age is not follow-up.
    Record(
        pmid="95000021",
        journal="eBioMedicine",
        title="Murine CD19 CAR T cells eliminate autoreactive B cells and halt established nephritis in NZB/W F1 "
              "mice",
        abstract=[
            ("BACKGROUND", "Clinical responses to CD19 CAR T cells in lupus are striking, but how deep B-cell "
             "depletion affects established organ damage cannot be studied in patients."),
            ("METHODS", "NZB/W F1 mice with proteinuria were given syngeneic CD19-directed CAR T cells carrying a "
             "CD28 costimulatory domain, or control T cells, after low-dose cyclophosphamide and were monitored "
             "until 40 weeks of age."),
            ("FINDINGS", "CAR T cells persisted for more than 3 months and depleted B cells in blood, spleen, bone "
             "marrow and kidney. Anti-dsDNA antibodies fell within 4 weeks, proteinuria resolved in 9 of 11 "
             "treated mice, and glomerular crescents were rare. Long-lived plasma cells were not depleted, yet "
             "pathogenic autoantibodies declined, indicating that they are continuously replenished from CD19+ "
             "precursors."),
            ("INTERPRETATION", "CD19 CAR T cells can reverse established lupus nephritis in mice, supporting their "
             "use before irreversible kidney damage occurs."),
        ],
        mesh=(LN, CAR, ADOPTIVE, "B-Lymphocytes", ANIMALS, MICE, "Mice, Inbred NZB"),
        label=L(relevant=True, design="preclinical", therapies=["car_t"], lupus_nephritis=True,
                evidence_numbers={"outcomes": "9 of 11 mice are animals -> not labelled"}),
    ),
    # 22. Noise: lupus anticoagulant after allogeneic HSCT.
    Record(
        pmid="95000022",
        journal="Thrombosis Research",
        title="Lupus anticoagulant after allogeneic haematopoietic stem cell transplantation: prevalence and "
              "association with thrombosis",
        abstract="Antiphospholipid antibodies can appear after allogeneic haematopoietic stem cell transplantation "
                 "(allo-HSCT), but their clinical significance is uncertain. In a prospective single-centre cohort, "
                 "412 consecutive adult allo-HSCT recipients were tested for lupus anticoagulant (LA), "
                 "anticardiolipin and anti-β2-glycoprotein I antibodies before and 3, 6 and 12 months after "
                 "transplantation. LA became positive in 47 patients (11.4%), usually transiently and often during "
                 "cytomegalovirus reactivation or chronic graft-versus-host disease. The 1-year cumulative incidence "
                 "of venous thromboembolism was 9.8% in LA-positive and 4.1% in LA-negative recipients "
                 "(subdistribution HR 2.3, 95% CI 1.1-4.8). Persistent LA positivity should prompt attention to "
                 "thromboprophylaxis in transplant recipients.",
        label=L(relevant=False, design="cohort", therapies=["hsct_allogeneic"], n_patients=412,
                evidence_numbers={"note": "noise: lupus anticoagulant in transplant recipients"}),
    ),
    # 23. Long-term follow-up of a prospective phase 2 aHSCT study: TRM 1, all deaths 3, DFS 11 of 22.
    Record(
        pmid="95000023",
        journal="Arthritis & Rheumatology",
        title="Long-term outcomes of CD34-selected autologous haematopoietic stem cell transplantation for "
              "refractory systemic lupus erythematosus: a single-centre prospective study",
        abstract=[
            ("OBJECTIVE", "To report long-term efficacy and safety of CD34-selected autologous haematopoietic stem "
             "cell transplantation (HSCT) in severe SLE refractory to cyclophosphamide."),
            ("METHODS", "Between 2006 and 2014, patients with SLE and persistent organ-threatening activity despite "
             "at least 6 monthly pulses of cyclophosphamide and mycophenolate were enrolled in a prospective phase "
             "2 study. Stem cells were mobilised with cyclophosphamide 2 g/m² and G-CSF, CD34-selected, and "
             "reinfused after conditioning with cyclophosphamide 200 mg/kg and rabbit antithymocyte globulin 6 "
             "mg/kg. Disease-free survival was defined as survival without SLEDAI-2K ≥4, new immunosuppression or "
             "death."),
            ("RESULTS", "Twenty-two patients were transplanted (20 women; median age 27 years, range 18-46); 16 had "
             "lupus nephritis. Median follow-up was 9 years. There was one treatment-related death "
             "(cytomegalovirus pneumonitis on day 61), and two further patients died of lupus activity in the "
             "fourth and seventh year; in total, three patients (14%) died. Disease-free survival at 5 years was "
             "50% (11 of 22). Nine patients remained free of any immunosuppression at the last visit. Two patients "
             "developed autoimmune thyroiditis."),
            ("CONCLUSION", "CD34-selected autologous HSCT induced lasting remission in half of patients with "
             "refractory SLE; treatment-related mortality has to be weighed against the poor prognosis of this "
             "population."),
        ],
        pubtypes=("Journal Article", "Clinical Trial"),
        mesh=(SLE, HSCT, "Transplantation, Autologous", "Antigens, CD34", "Follow-Up Studies", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="II", therapies=["hsct_autologous"],
                lupus_nephritis=True, refractory=True, n_patients=22, follow_up_months=years(9),
                outcomes={"treatment_related_mortality": kn(1, 22), "mortality": kn(3, 22),
                          "disease_free_survival": kn(11, 22)},
                evidence_numbers={"design": "prospective phase 2 study, long-term report",
                                  "dose_cells_per_kg": "only drug doses per kg -> null",
                                  "mortality": "'in total, three patients (14%) died'"}),
    ),
    # 24. Noise: anifrolumab in discoid lupus.
    Record(
        pmid="95000024",
        journal="JAMA Dermatology",
        title="Anifrolumab for refractory discoid lupus erythematosus: a multicentre case series",
        abstract="Type I interferon drives cutaneous lupus, and plasmacytoid dendritic cells are abundant in discoid "
                 "lesions. We describe seven patients with discoid lupus refractory to antimalarials and at least "
                 "one systemic agent (methotrexate, mycophenolate or thalidomide) who received intravenous "
                 "anifrolumab 300 mg every 4 weeks. At 16 weeks, the median CLASI activity score fell from 18 to 5, "
                 "and five patients had at least a 50% reduction. Two patients with coexisting SLE also improved "
                 "systemically. One herpes zoster infection occurred. Anifrolumab appears effective in refractory "
                 "discoid lupus.",
        label=L(relevant=False, design="case_series", refractory=True, n_patients=7,
                evidence_numbers={"note": "noise: biologic in cutaneous lupus"}),
    ),
    # 25. Narrative review: MSCs in lupus nephritis (topic LN), non-native phrasing.
    Record(
        pmid="95000025",
        journal="Renal Failure",
        title="Mesenchymal stem cells in lupus nephritis: from immunomodulation to kidney repair",
        abstract="Lupus nephritis (LN) is one of the most serious complications of systemic lupus erythematosus and "
                 "about 10-30% of patients progress to end-stage kidney disease within 15 years despite treatment. "
                 "Mesenchymal stem cells (MSCs) are multipotent stromal cells which can be isolated from bone "
                 "marrow, umbilical cord, adipose tissue and other tissues. Beyond the suppression of T and B cells, "
                 "MSCs could home to injured kidney, protect podocytes and tubular epithelial cells from apoptosis "
                 "and reduce fibrosis by secretion of growth factors and extracellular vesicles. In this review, we "
                 "discuss these mechanisms as revealed by animal models, summarize the clinical trials of MSCs in "
                 "LN, and highlight the importance of standardization of MSC products, the selection of patients "
                 "with potentially reversible lesions and the combination with conventional immunosuppressants.",
        pubtypes=("Journal Article", "Review"),
        keywords=("lupus nephritis", "mesenchymal stem cells", "kidney repair"),
        label=L(relevant=True, design="narrative_review", therapies=["msc"], lupus_nephritis=True,
                evidence_numbers={"lupus_nephritis": "topic of the review", "msc_source": "several -> null"}),
    ),
    # 26. Guideline: national SLE guideline naming three cell therapies; LN covered elsewhere.
    Record(
        pmid="95000026",
        journal="Rheumatology and Immunology Research",
        title="2025 Chinese guideline for the diagnosis and treatment of systemic lupus erythematosus",
        abstract="The Chinese Rheumatology Association convened a panel of rheumatologists, nephrologists, "
                 "dermatologists, methodologists and patient representatives to update the national guideline for "
                 "systemic lupus erythematosus (SLE). Clinical questions were formulated in PICO format, the "
                 "evidence was graded with the GRADE approach, and recommendations were agreed in two Delphi rounds. "
                 "Twenty-one recommendations address diagnosis and classification, assessment of disease activity, "
                 "the treat-to-target strategy, hydroxychloroquine and glucocorticoid tapering, immunosuppressants, "
                 "biologics (belimumab, telitacicept, anifrolumab), pregnancy and comorbidities. For patients with "
                 "severe disease refractory to multiple agents, autologous haematopoietic stem cell transplantation, "
                 "mesenchymal stem cell therapy or CD19 CAR T-cell therapy may be considered within clinical trials "
                 "in experienced centres. Recommendations for lupus nephritis are published in a separate document.",
        pubtypes=("Journal Article", "Practice Guideline"),
        label=L(relevant=True, design="guideline", therapies=["car_t", "hsct_autologous", "msc"], new_guideline=True,
                evidence_numbers={"lupus_nephritis": "LN is in a separate document -> false",
                                  "refractory": "guideline -> null"}),
    ),
    # 27. Phase I/II single-arm UC-MSC study in children; MCR/PCR; ages and mg/kg as distractors.
    Record(
        pmid="95000027",
        journal="Stem Cell Research & Therapy",
        title="Umbilical cord mesenchymal stem cell infusion in refractory childhood-onset systemic lupus "
              "erythematosus: a phase I/II open-label study",
        abstract=[
            ("BACKGROUND", "Children with lupus carry a heavier disease burden and more glucocorticoid toxicity than "
             "adults, and the options for refractory disease are few."),
            ("METHODS", "Patients aged 8 to 17 years with active childhood-onset SLE (SLEDAI-2K > 8) refractory to "
             "glucocorticoids plus at least two immunosuppressants received two infusions of umbilical cord "
             "mesenchymal stem cells (UC-MSCs), 1.0 × 10^6 cells/kg on days 0 and 7, and were followed for 12 "
             "months. Major clinical response (MCR) and partial clinical response (PCR) were defined by BILAG."),
            ("RESULTS", "Twenty-six children (21 girls; median age 13.5 years) were enrolled; 15 had lupus "
             "nephritis. At 12 months, 16/26 (61.5%) had a clinical response, including MCR in 9 (34.6%) and PCR "
             "in 7 (26.9%). The daily prednisone dose was reduced from 0.8 to 0.3 mg/kg. No serious adverse events "
             "occurred; transient fever followed 3 infusions."),
            ("CONCLUSIONS", "UC-MSC infusion was safe and associated with clinical response in refractory "
             "childhood-onset SLE."),
        ],
        pubtypes=("Journal Article", "Clinical Trial"),
        mesh=(SLE, MSCT, "Umbilical Cord", "Child", "Adolescent", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="I/II", therapies=["msc"],
                msc_source="umbilical_cord", lupus_nephritis=True, pediatric=True, refractory=True, n_patients=26,
                follow_up_months=12, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(16, 26), "complete_remission": kn(9, 26),
                          "serious_adverse_events": none_of(26)},
                evidence_numbers={"complete_remission": "MCR next to PCR counts as complete",
                                  "dose_cells_per_kg": "prednisone 0.8 mg/kg is a drug dose"}),
    ),
    # 28. Noise: mRNA CAR T in myasthenia gravis (lupus only in the background).
    Record(
        pmid="95000028",
        journal="Lancet Neurology",
        title="mRNA-engineered BCMA CAR T cells in generalised myasthenia gravis: a randomised, double-blind, "
              "placebo-controlled phase 2b trial",
        abstract=[
            ("BACKGROUND", "Autologous CAR T-cell therapy has produced drug-free remissions in systemic lupus "
             "erythematosus, but integrating vectors and lymphodepletion limit its use in less severe autoimmune "
             "disease. We tested a transiently expressed mRNA CAR T-cell product without lymphodepletion in "
             "myasthenia gravis."),
            ("METHODS", "Adults with acetylcholine receptor antibody-positive generalised myasthenia gravis (MG-ADL "
             "score ≥6) were randomly assigned (1:1) to six weekly infusions of BCMA-directed mRNA CAR T cells or "
             "placebo, and followed up for 12 months."),
            ("FINDINGS", "36 participants were randomised. At month 3, the MG-ADL score fell by 5·8 points with CAR "
             "T cells and by 2·1 points with placebo (difference −3·7, 95% CI −6·0 to −1·4). 69% of CAR T-cell "
             "recipients versus 30% of placebo recipients had a reduction of at least 5 points. Adverse events "
             "were mostly headache, nausea and fever; there was no cytokine release syndrome."),
            ("INTERPRETATION", "Non-integrating mRNA CAR T cells gave clinically meaningful and durable improvement "
             "in myasthenia gravis."),
        ],
        pubtypes=("Journal Article", "Randomized Controlled Trial", "Clinical Trial, Phase II"),
        mesh=("Myasthenia Gravis", CAR, ADOPTIVE, HUMANS),
        label=L(relevant=False, design="rct", phase="II", therapies=["car_t"], n_patients=36, follow_up_months=12,
                evidence_numbers={"note": "noise: CAR T in myasthenia gravis"}),
    ),
    # 29. Preclinical: gingiva-derived MSCs in MRL/lpr (source other); no renal end points.
    Record(
        pmid="95000029",
        journal="Stem Cells International",
        title="Gingiva-derived mesenchymal stem cells restore the Treg/Th17 balance and attenuate disease in "
              "MRL/lpr mice",
        abstract="Gingiva-derived mesenchymal stem cells (GMSCs) are easily obtained from tissue discarded during "
                 "routine dental procedures and possess a stronger proliferative capacity than bone marrow MSCs. In "
                 "present study, we investigated whether GMSCs could treat lupus-like disease in MRL/lpr mice. Mice "
                 "were received intravenous GMSCs, cyclophosphamide or PBS at 14 weeks of age. Compared with PBS, "
                 "GMSCs significantly decreased the levels of anti-dsDNA antibody, splenomegaly and "
                 "lymphadenopathy, and the effect was comparable with that of cyclophosphamide. Mechanistically, "
                 "GMSCs increased CD4+Foxp3+ regulatory T cells and inhibited Th17 cells via CD39/CD73-mediated "
                 "adenosine signalling, and blocking CD73 reversed the protective effect. Our results indicate that "
                 "GMSCs may be a promising cell source for lupus treatment.",
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="other",
                evidence_numbers={"msc_source": "gingiva -> other; bone marrow MSCs only mentioned"}),
    ),
    # 30. Case report: CAR T for refractory cytopenias in SLE; "1.0E6 cells/kg"; platelets 8 × 10^9/L distractor.
    Record(
        pmid="95000030",
        journal="Annals of Hematology",
        title="CD19 CAR T-cell therapy for refractory autoimmune haemolytic anaemia and thrombocytopenia in "
              "systemic lupus erythematosus: a case report",
        abstract="Severe haematological involvement in systemic lupus erythematosus (SLE) can be refractory to all "
                 "available treatments. A 27-year-old woman with SLE had warm autoimmune haemolytic anaemia and "
                 "thrombocytopenia that relapsed despite glucocorticoids, intravenous immunoglobulin, rituximab, "
                 "mycophenolate, ciclosporin, splenectomy and eltrombopag, with a haemoglobin of 52 g/L and "
                 "platelets of 8 × 10^9/L. She received autologous CD19-targeted CAR T cells at a dose of 1.0E6 "
                 "cells/kg after fludarabine and cyclophosphamide. Grade 2 cytokine release syndrome resolved with "
                 "tocilizumab. Haemoglobin and platelet counts normalised by day 45, the direct antiglobulin test "
                 "became negative, and all treatment except hydroxychloroquine was withdrawn. Six months after "
                 "infusion she remains in complete remission. CAR T cells may be an option for life-threatening "
                 "refractory cytopenias in lupus.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["car_t"], refractory=True, n_patients=1,
                dose_cells_per_kg=1e6,
                evidence_numbers={"dose_cells_per_kg": "1.0E6 cells/kg; platelets 8 × 10^9/L is not a dose",
                                  "follow_up_months": "'Six months after infusion' is a time point -> null"}),
    ),
    # 31. Noise: single-cell transcriptomics of LN biopsies.
    Record(
        pmid="95000031",
        journal="Nature Communications",
        title="Single-cell and spatial transcriptomics of kidney biopsies define injured tubular cell states "
              "associated with treatment failure in lupus nephritis",
        abstract="Why a third of patients with lupus nephritis do not respond to induction therapy is poorly "
                 "understood. We performed single-cell RNA sequencing of 96,000 cells from kidney biopsies of 42 "
                 "patients with lupus nephritis and 8 living donors, combined with spatial transcriptomics in a "
                 "subset. Besides expanded CD8+ GZMK+ T cells and inflammatory macrophages, we identified a "
                 "population of injured proximal tubular cells with a senescence-associated secretory phenotype "
                 "whose abundance at baseline predicted failure to achieve a complete renal response at 12 months "
                 "(AUC 0.81). These cells interacted with infiltrating myeloid cells via CXCL16-CXCR6. Tubular cell "
                 "states may serve as biomarkers of response and as therapeutic targets in lupus nephritis.",
        label=L(relevant=False, design="other", lupus_nephritis=True, n_patients=42,
                evidence_numbers={"note": "noise: transcriptomics, no cell therapy"}),
    ),
    # 32. Non-randomised controlled study: BM-MSCs "1 million ... /kg", remission in the MSC arm, relapse of responders.
    Record(
        pmid="95000032",
        journal="Clinical Rheumatology",
        title="Bone marrow mesenchymal stem cells added to standard therapy in refractory lupus nephritis: a "
              "prospective controlled study",
        abstract=[
            ("OBJECTIVES", "To compare allogeneic bone marrow-derived mesenchymal stem cells (BM-MSCs) plus "
             "standard therapy with standard therapy alone in lupus nephritis refractory to cyclophosphamide and "
             "mycophenolate mofetil."),
            ("METHODS", "In this prospective, non-randomised study, patients who consented to cell therapy received "
             "a single intravenous infusion of 1 million BM-MSCs/kg in addition to their immunosuppressive "
             "regimen; patients who declined it but met the same criteria served as concurrent controls. All "
             "patients were followed up for 12 months. Renal remission was defined as proteinuria <0.5 g/day with "
             "stable eGFR (complete) or a ≥50% reduction in proteinuria (partial)."),
            ("RESULTS", "Forty patients were included: 20 in the MSC group and 20 controls, with similar baseline "
             "proteinuria (2.9 vs 3.1 g/day). At 12 months, renal remission (complete or partial) was achieved in "
             "13 of 20 (65%) MSC recipients versus 7 of 20 (35%) controls (p=0.06), and complete remission in 6 "
             "(30%) versus 3 (15%). Two of the 13 responders in the MSC group relapsed before month 12. No infusion "
             "reactions or serious adverse events related to MSCs were seen."),
            ("CONCLUSION", "Adding BM-MSCs to standard therapy was safe and showed a trend towards more renal "
             "remissions in refractory lupus nephritis."),
        ],
        label=L(relevant=True, design="non_randomized_trial", therapies=["msc"], msc_source="bone_marrow",
                lupus_nephritis=True, refractory=True, n_patients=40, follow_up_months=12, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(13, 20), "complete_remission": kn(6, 20), "relapse": kn(2, 13)},
                evidence_numbers={"serious_adverse_events": "'no SAE related to MSCs' is restricted -> not labelled",
                                  "n_patients": "40 across both arms"}),
    ),
    # 33. Narrative review (Current Opinion style headings): immune reset strategies.
    Record(
        pmid="95000033",
        journal="Current Opinion in Rheumatology",
        title="Immune reset in systemic lupus erythematosus: CAR T cells, T-cell engagers and autologous stem cell "
              "transplantation compared",
        abstract=[
            ("PURPOSE OF REVIEW", "Several therapies now aim to eliminate autoreactive immune memory in lupus rather "
             "than suppress it. We compare their mechanisms, efficacy and risks."),
            ("RECENT FINDINGS", "Autologous haematopoietic stem cell transplantation achieves long-term drug-free "
             "remission in a proportion of patients but carries treatment-related mortality of several percent. "
             "CD19-directed CAR T cells produced drug-free remission in almost all of the first reported patients "
             "with little toxicity, and early data with CD19×CD3 and BCMA×CD3 T-cell engagers suggest that a "
             "similar depth of B-cell depletion can be reached without cell manufacturing. Whether these "
             "approaches truly reset the immune system or simply postpone relapse remains unresolved, as "
             "follow-up rarely exceeds 2 years."),
            ("SUMMARY", "Immune reset strategies are promising for refractory lupus; randomized comparisons with "
             "optimised standard care are essential."),
        ],
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t", "hsct_autologous"],
                evidence_numbers={"follow_up_months": "'rarely exceeds 2 years' is not this review's follow-up",
                                  "therapies": "T-cell engagers are not a cell therapy"}),
    ),
    # 34. Noise: aHSCT for systemic sclerosis; SLE overlap excluded.
    Record(
        pmid="95000034",
        journal="Rheumatology (Oxford)",
        title="Autologous haematopoietic stem cell transplantation for diffuse cutaneous systemic sclerosis: "
              "10-year outcomes of a multicentre cohort",
        abstract="Background: Randomised trials established autologous haematopoietic stem cell transplantation "
                 "(AHSCT) for early diffuse cutaneous systemic sclerosis, but long-term real-world data are limited. "
                 "Methods: We analysed 80 consecutive patients transplanted in five centres between 2008 and 2018; "
                 "patients with overlap syndromes involving SLE or myositis were excluded. Results: Median follow-up "
                 "was 7.4 years. Ten-year overall survival was 81% and event-free survival 64%. Transplant-related "
                 "mortality was 5% (4 patients), all within the first 100 days and all in patients with cardiac "
                 "involvement. The modified Rodnan skin score improved from 25 to 8 and forced vital capacity "
                 "remained stable. Conclusions: AHSCT provides durable benefit in selected patients with systemic "
                 "sclerosis; careful cardiac screening is crucial.",
        label=L(relevant=False, design="cohort", therapies=["hsct_autologous"], n_patients=80,
                follow_up_months=years(7.4), evidence_numbers={"note": "noise: aHSCT for systemic sclerosis"}),
    ),
    # 35. Preclinical: adoptive transfer of MDSCs in MRL/lpr mice (other cell therapy).
    Record(
        pmid="95000035",
        journal="Frontiers in Immunology",
        title="Adoptive transfer of ex vivo-induced myeloid-derived suppressor cells suppresses plasma cell "
              "differentiation in lupus-prone mice",
        abstract=[
            ("BACKGROUND", "Myeloid-derived suppressor cells (MDSCs) expand in lupus but their function is "
             "impaired, and whether transferred MDSCs can control disease is unclear."),
            ("METHODS", "MDSCs were generated from the bone marrow of wild-type mice with GM-CSF and IL-6 and "
             "transferred intravenously (5 × 10^6 cells per mouse, weekly for three weeks) into 12-week-old "
             "MRL/lpr mice, which were analysed at 20 weeks of age."),
            ("RESULTS", "Transferred MDSCs homed to the spleen, reduced CD138+ plasma cells and germinal centre B "
             "cells, lowered anti-dsDNA IgG and decreased skin lesions and lymphadenopathy compared with "
             "PBS-treated mice. The effect depended on arginase-1, since Arg1-deficient MDSCs were ineffective."),
            ("CONCLUSIONS", "Ex vivo-induced MDSCs are a potential cell therapy for SLE."),
        ],
        mesh=(SLE, "Myeloid-Derived Suppressor Cells", "Adoptive Transfer", "Plasma Cells", ANIMALS, MICE, MRL),
        label=L(relevant=True, design="preclinical", therapies=["other_cell_therapy"],
                evidence_numbers={"therapies": "MDSCs are another cell product"}),
    ),
    # 36. Systematic review without pooling of CAR T patients; LN subgroup; deaths counted.
    Record(
        pmid="95000036",
        journal="Autoimmunity Reviews",
        title="CAR T-cell therapy in systemic lupus erythematosus: a systematic review of published patients",
        abstract="We systematically searched MEDLINE, Embase and conference proceedings up to June 2025 for reports "
                 "of patients with SLE treated with chimeric antigen receptor (CAR) T cells, following PRISMA "
                 "guidance. Because products and end points were heterogeneous, results were synthesised "
                 "descriptively without meta-analysis. Twenty-one publications describing 82 patients met the "
                 "inclusion criteria; 64 patients received CD19-directed, 11 BCMA-CD19 dual-target and 7 allogeneic "
                 "products. Lupus nephritis was present in 57 patients. DORIS remission was reported in 61 of 74 "
                 "patients with at least 6 months of follow-up. Cytokine release syndrome occurred in 71% (grade ≥3 "
                 "in 2%) and immune effector cell-associated neurotoxicity syndrome in 5%; two patients died, one of "
                 "infection and one of an unrelated cause. The evidence consists of small uncontrolled series with "
                 "short follow-up, and controlled trials are required.",
        pubtypes=("Journal Article", "Systematic Review", "Review"),
        label=L(relevant=True, design="systematic_review", therapies=["car_t"], lupus_nephritis=True,
                n_patients=82, n_studies=21,
                outcomes={"remission": kn(61, 74), "mortality": kn(2, 82)},
                evidence_numbers={"design": "descriptive synthesis, no pooling",
                                  "follow_up_months": "'at least 6 months' is an inclusion threshold -> null"}),
    ),
    # 37. Noise: rituximab then belimumab in refractory LN.
    Record(
        pmid="95000037",
        journal="Kidney International",
        title="Rituximab followed by belimumab versus rituximab alone in refractory lupus nephritis: a randomized "
              "controlled trial",
        abstract="Rebound B-cell activating factor after rituximab may promote re-emergence of autoreactive B "
                 "cells. In this open-label trial, 43 patients with lupus nephritis refractory to mycophenolate or "
                 "cyclophosphamide were randomized to rituximab (1 g on days 1 and 15) followed by belimumab from "
                 "week 4, or to rituximab alone, both with mycophenolate, and were followed for 104 weeks. Complete "
                 "or partial renal response at week 104 occurred in 52% and 41% of patients, respectively (p=0.47). "
                 "Anti-dsDNA levels and memory B cells were lower with the combination, but severe infections were "
                 "more frequent (4 vs 1). Adding belimumab after rituximab did not significantly improve renal "
                 "outcomes.",
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        label=L(relevant=False, design="rct", lupus_nephritis=True, refractory=True, n_patients=43,
                follow_up_months=weeks(104), evidence_numbers={"note": "noise: antibody therapy in LN"}),
    ),
    # 38. Phase 1 CAR-NK dose escalation up to 1 × 10^7 cells/kg; SRI-4 at month 6.
    Record(
        pmid="95000038",
        journal="Med",
        title="Allogeneic cord blood-derived CD19 CAR-NK cells for refractory systemic lupus erythematosus: a phase "
              "1 trial",
        abstract=[
            ("BACKGROUND", "Autologous CAR T cells are effective in lupus but require individual manufacturing and "
             "lymphodepletion. Natural killer (NK) cells engineered with a CAR may offer an off-the-shelf "
             "alternative with a low risk of cytokine release syndrome."),
            ("METHODS", "In this open-label dose-escalation trial, adults with active SLE (SLEDAI-2K ≥ 8) refractory "
             "to at least two standard immunosuppressants and one biologic received three weekly infusions of "
             "cord blood-derived CD19 CAR-NK cells at 1 × 10^6, 3 × 10^6 or 1 × 10^7 cells/kg after fludarabine "
             "and cyclophosphamide."),
            ("FINDINGS", "Nine patients were treated, three per dose level, and followed for a median of 7.5 months "
             "(range 4-12). No dose-limiting toxicity, cytokine release syndrome above grade 1, ICANS or "
             "graft-versus-host disease occurred. CD19+ B cells were depleted within 7 days and reconstituted "
             "with a naive phenotype after a median of 2 months. An SRI-4 response at month 6 was achieved by 6 of "
             "9 patients. Anti-dsDNA antibodies decreased in all patients with positive baseline titres."),
            ("CONCLUSIONS", "CD19 CAR-NK cells were well tolerated up to 1 × 10^7 cells/kg and showed preliminary "
             "efficacy in refractory SLE."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        mesh=(SLE, "Killer Cells, Natural", CAR, "Fetal Blood", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["other_cell_therapy"],
                refractory=True, n_patients=9, follow_up_months=7.5, dose_cells_per_kg=1e7,
                outcomes={"remission": kn(6, 9)},
                evidence_numbers={"therapies": "CAR-NK -> other_cell_therapy",
                                  "serious_adverse_events": "'no dose-limiting toxicity' is restricted -> none"}),
    ),
    # 39. Lancet-style retrospective cohort (middle dots): CAR T in routine care.
    Record(
        pmid="95000039",
        journal="Lancet Rheumatology",
        title="CD19 CAR T-cell therapy for systemic lupus erythematosus in routine care: a retrospective "
              "multicentre cohort study",
        abstract=[
            ("BACKGROUND", "CD19 CAR T-cell therapy is increasingly given to patients with lupus outside clinical "
             "trials, but outcomes in routine care have not been described."),
            ("METHODS", "We did a retrospective cohort study at 11 university hospitals in Germany, Austria and "
             "Switzerland, including all patients with SLE who received an autologous CD19 CAR T-cell product "
             "outside a trial between January, 2022, and December, 2024. The primary outcome was DORIS remission "
             "at 6 months in evaluable patients."),
            ("FINDINGS", "28 patients (25 women; median age 33 years [IQR 26-41]) were included; 15 had active lupus "
             "nephritis and all had refractory disease after a median of five previous immunosuppressants. Median "
             "follow-up was 11·4 months (IQR 6·0-18·2). DORIS remission at 6 months was achieved in 20 (77%) of 26 "
             "evaluable patients. Serious adverse events occurred in five patients (18%), mainly infections; one "
             "patient had grade 3 ICANS. No patient died."),
            ("INTERPRETATION", "In routine care, CD19 CAR T-cell therapy achieved remission rates close to those of "
             "early trials, with serious infections as the main risk."),
            ("FUNDING", "None."),
        ],
        mesh=(SLE, CAR, ADOPTIVE, "Retrospective Studies", HUMANS),
        label=L(relevant=True, design="cohort", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=28, follow_up_months=11.4,
                outcomes={"remission": kn(20, 26), "serious_adverse_events": kn(5, 28), "mortality": none_of(28)},
                evidence_numbers={"remission": "20 (77%) of 26 evaluable"}),
    ),
    # 40. Noise: haematopoietic stem cell biology in lupus mice (no therapy).
    Record(
        pmid="95000040",
        journal="Cell Reports",
        title="Type I interferon imprints a myeloid bias on haematopoietic stem cells in lupus-prone mice",
        abstract="Emergency myelopoiesis contributes to inflammation in systemic lupus erythematosus, but whether "
                 "haematopoietic stem and progenitor cells (HSPCs) retain a memory of the inflammatory environment "
                 "is unknown. Using pristane-induced lupus and TLR7-transgenic mice, we show that chronic type I "
                 "interferon signalling expands long-term HSPCs with open chromatin at myeloid and "
                 "interferon-stimulated genes. Transplanted into healthy recipients, these HSPCs continued to "
                 "generate more neutrophils and inflammatory monocytes for at least 16 weeks. Blocking the "
                 "interferon receptor during disease induction prevented this imprinting. HSPCs from patients with "
                 "SLE showed a similar transcriptional signature. Inflammatory memory in the stem cell compartment "
                 "may explain the persistence of myeloid activation in lupus.",
        mesh=(SLE, "Hematopoietic Stem Cells", "Interferon Type I", "Myelopoiesis", ANIMALS, MICE),
        label=L(relevant=False, design="preclinical",
                evidence_numbers={"note": "noise: stem-cell biology, transplantation only as an experimental tool"}),
    ),
    # 41. Narrative review of aHSCT across autoimmune diseases, lupus one of several.
    Record(
        pmid="95000041",
        journal="Blood Reviews",
        title="Autologous haematopoietic stem cell transplantation in autoimmune diseases: indications and outcomes "
              "in 2025",
        abstract="More than 4,000 autologous haematopoietic stem cell transplantations (HSCT) for autoimmune "
                 "diseases have been reported to the European Society for Blood and Marrow Transplantation registry "
                 "since 1994. Multiple sclerosis and systemic sclerosis now account for most procedures and have "
                 "randomised evidence supporting their use, whereas Crohn's disease, chronic inflammatory "
                 "demyelinating polyneuropathy, neuromyelitis optica and systemic lupus erythematosus remain "
                 "clinical options or developmental indications. In lupus, remission was achieved in about half to "
                 "two thirds of patients in registry and single-centre series, but treatment-related mortality was "
                 "higher than in other indications, particularly in patients with cardiac or renal dysfunction. We "
                 "review the rationale, current indications, conditioning intensity, supportive care and late "
                 "effects, and discuss how newer targeted therapies may change the role of HSCT in autoimmune "
                 "disease.",
        pubtypes=("Journal Article", "Review"),
        mesh=(HSCT, "Autoimmune Diseases", "Transplantation, Autologous", HUMANS),
        label=L(relevant=True, design="narrative_review", therapies=["hsct_autologous"],
                evidence_numbers={"relevant": "reviews aHSCT including its results in lupus"}),
    ),
    # 42. Noise: de novo SLE in a child after allogeneic HSCT for thalassaemia.
    Record(
        pmid="95000042",
        journal="Pediatric Blood & Cancer",
        title="Systemic lupus erythematosus after allogeneic haematopoietic stem cell transplantation for "
              "β-thalassaemia major in a child",
        abstract="Autoimmune disease after allogeneic transplantation usually takes the form of cytopenias or "
                 "thyroiditis. We report a 9-year-old boy who underwent matched sibling donor haematopoietic stem "
                 "cell transplantation for β-thalassaemia major at 4 years of age. Five years later he presented "
                 "with fever, polyarthritis, malar rash, proteinuria and low complement; antinuclear and anti-dsDNA "
                 "antibodies were positive, and a renal biopsy showed class III lupus nephritis. Donor chimerism "
                 "was complete and the donor sibling was healthy. He responded to glucocorticoids, mycophenolate and "
                 "hydroxychloroquine. De novo SLE should be considered in transplanted children with new "
                 "multisystem symptoms.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_report", therapies=["hsct_allogeneic"], lupus_nephritis=True,
                pediatric=True, n_patients=1,
                evidence_numbers={"note": "noise: lupus after a transplant done for thalassaemia"}),
    ),
    # 43. Preclinical: allogeneic BMT with mixed chimerism in MRL/lpr mice.
    Record(
        pmid="95000043",
        journal="Transplantation",
        title="Non-myeloablative allogeneic bone marrow transplantation with post-transplant cyclophosphamide "
              "induces mixed chimerism and reverses nephritis in MRL/lpr mice",
        abstract="Mixed haematopoietic chimerism can establish tolerance without the toxicity of full "
                 "myeloablation. MRL/lpr mice with established proteinuria received low-dose total body irradiation "
                 "(2 Gy) followed by bone marrow from MHC-mismatched C57BL/6 donors (2 × 10^7 cells) and "
                 "post-transplant cyclophosphamide. Stable mixed chimerism (donor 20%-60%) developed in most "
                 "recipients without graft-versus-host disease. Chimeric mice had lower anti-dsDNA antibodies, "
                 "normalised proteinuria and less glomerular immune-complex deposition than irradiated controls, "
                 "and their survival at 30 weeks of age was markedly higher. Donor-derived regulatory T cells and "
                 "deletion of host autoreactive B cells contributed to the effect. Partial chimerism may be enough "
                 "to control lupus nephritis, which supports clinical exploration of reduced-intensity allogeneic "
                 "transplantation.",
        mesh=(LN, "Bone Marrow Transplantation", "Transplantation Chimera", "Transplantation, Homologous",
              ANIMALS, MICE, MRL),
        label=L(relevant=True, design="preclinical", therapies=["hsct_allogeneic"], lupus_nephritis=True,
                evidence_numbers={"therapies": "MHC-mismatched donor marrow -> allogeneic"}),
    ),
    # 44. Noise: anti-BDCA2 antibody in SLE (plasmacytoid dendritic cells).
    Record(
        pmid="95000044",
        journal="Annals of the Rheumatic Diseases",
        title="Targeting plasmacytoid dendritic cells with an anti-BDCA2 antibody in systemic lupus erythematosus "
              "with active arthritis and rash: a phase 2 randomised trial",
        abstract="Objectives: Plasmacytoid dendritic cells are the main source of type I interferon in lupus. We "
                 "evaluated a humanised anti-BDCA2 monoclonal antibody. Methods: In this phase 2, double-blind "
                 "trial, 132 patients with active SLE and arthritis were randomised 1:1:1:1 to subcutaneous antibody "
                 "50, 150 or 450 mg or placebo every 4 weeks for 24 weeks. Results: The mean reduction in active "
                 "joints at week 24 was 15.0 with the antibody (pooled doses) and 11.6 with placebo (difference "
                 "−3.4, 95% CI −6.3 to −0.5). Cutaneous activity improved in a dose-dependent fashion. Herpes zoster "
                 "occurred in four patients receiving the antibody. Conclusions: Inhibition of plasmacytoid "
                 "dendritic cells reduced joint and skin activity in SLE.",
        pubtypes=("Journal Article", "Randomized Controlled Trial", "Clinical Trial, Phase II"),
        mesh=(SLE, "Antibodies, Monoclonal, Humanized", "Dendritic Cells", HUMANS),
        label=L(relevant=False, design="rct", phase="II", n_patients=132,
                evidence_numbers={"note": "noise: antibody against dendritic cells"}),
    ),
    # 45. Narrative review of regulatory T-cell therapy.
    Record(
        pmid="95000045",
        journal="Immunological Reviews",
        title="Regulatory T-cell therapy for systemic lupus erythematosus: opportunities and hurdles",
        abstract="Numerical and functional defects of regulatory T cells (Tregs), partly caused by insufficient "
                 "interleukin-2, are a consistent feature of systemic lupus erythematosus. Two strategies aim to "
                 "correct them: expansion of endogenous Tregs with low-dose interleukin-2, and adoptive transfer of "
                 "autologous Tregs expanded ex vivo. The single reported patient who received polyclonal Tregs "
                 "showed redistribution of the cells to the skin rather than clinical benefit, illustrating how "
                 "little is known about Treg trafficking in lupus. Engineering Tregs with T-cell receptors specific "
                 "for lupus autoantigens, stabilising their phenotype by FOXP3 editing, and combining transfer with "
                 "interleukin-2 could make this approach more potent. We discuss manufacturing, the risk of Treg "
                 "instability in an inflammatory milieu, and the design of early-phase trials.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["other_cell_therapy"],
                evidence_numbers={"n_patients": "'The single reported patient' is restated -> null"}),
    ),
    # 46. Noise: senescence of patients' own BM-MSCs, no therapy.
    Record(
        pmid="95000046",
        journal="Arthritis Research & Therapy",
        title="Bone marrow mesenchymal stem cells from patients with systemic lupus erythematosus show senescence "
              "driven by impaired mitophagy",
        abstract=[
            ("BACKGROUND", "Bone marrow mesenchymal stem cells (BM-MSCs) of patients with SLE are abnormal, but the "
             "mechanisms are unclear."),
            ("METHODS", "BM-MSCs were isolated from 15 patients with SLE and 12 healthy donors. Senescence, "
             "mitochondrial function and mitophagy were assessed by SA-β-gal staining, extracellular flux "
             "analysis and PINK1/Parkin immunoblotting."),
            ("RESULTS", "SLE BM-MSCs contained more SA-β-gal-positive cells (42.1% vs 14.6%), were enlarged, "
             "proliferated less and accumulated damaged mitochondria. PINK1 expression was decreased, and its "
             "overexpression or treatment with urolithin A restored mitophagy and reduced senescence. Senescent "
             "SLE BM-MSCs produced more IL-6 and promoted B-cell differentiation in co-culture."),
            ("CONCLUSIONS", "Impaired mitophagy underlies senescence of lupus BM-MSCs and may be a target for "
             "restoring their function."),
        ],
        label=L(relevant=False, design="preclinical",
                evidence_numbers={"note": "noise: biology of patients' own MSCs, no cell therapy"}),
    ),
    # 47. Preclinical: CD19/BCMA bispecific CAR T in humanised mice engrafted with patients' PBMCs.
    Record(
        pmid="95000047",
        journal="Journal of Autoimmunity",
        title="CD19/BCMA bispecific CAR T cells eliminate autoantibody-secreting cells from patients with SLE in a "
              "humanized mouse model",
        abstract="Long-lived plasma cells are not targeted by CD19 CAR T cells and may maintain autoantibodies after "
                 "treatment. We constructed a bispecific CAR recognizing CD19 and BCMA and evaluated it in vitro and "
                 "in immunodeficient NSG mice engrafted with peripheral blood mononuclear cells from patients with "
                 "SLE. The bispecific CAR T cells lysed CD19+ B cells and BCMA+ plasmablasts and plasma cells from "
                 "patients with similar efficiency, whereas CD19 CAR T cells spared BCMA+CD19− plasma cells. In "
                 "humanized mice, bispecific CAR T cells reduced human anti-dsDNA and anti-Sm IgG by more than 90% "
                 "within 3 weeks, and decreased human immunoglobulin deposition in the kidneys. These results "
                 "provide rationale for dual targeting in patients with autoantibody-mediated lupus.",
        mesh=(SLE, CAR, "B-Cell Maturation Antigen", "Plasma Cells", ANIMALS, MICE, HUMANS),
        label=L(relevant=True, design="preclinical", therapies=["car_t"],
                evidence_numbers={"lupus_nephritis": "immunoglobulin deposits in mice, not nephritis as topic"}),
    ),
    # 48. Noise: CD19 CAR T in systemic sclerosis (lupus only in the background).
    Record(
        pmid="95000048",
        journal="Arthritis & Rheumatology",
        title="CD19 CAR T-cell therapy in diffuse cutaneous systemic sclerosis with progressive lung disease: a "
              "case series",
        abstract="Following the success of CD19-targeted chimeric antigen receptor (CAR) T cells in systemic lupus "
                 "erythematosus, we treated five patients with diffuse cutaneous systemic sclerosis and interstitial "
                 "lung disease progressing despite mycophenolate and rituximab. Patients received 1 × 10^6 CAR T "
                 "cells/kg after fludarabine-cyclophosphamide conditioning. Over a median follow-up of 10 months, "
                 "the modified Rodnan skin score decreased from a median of 24 to 11, forced vital capacity improved "
                 "by a median of 6% predicted, and Scl-70 antibody titres declined in four patients. Grade 1 "
                 "cytokine release syndrome occurred in three patients, and one had prolonged neutropenia. CAR T "
                 "cells can stabilise or improve skin and lung involvement in severe systemic sclerosis.",
        label=L(relevant=False, design="case_series", therapies=["car_t"], refractory=True, n_patients=5,
                follow_up_months=10, dose_cells_per_kg=1e6,
                evidence_numbers={"note": "noise: CAR T for systemic sclerosis"}),
    ),
    # 49. Narrative review of cell therapies in childhood-onset SLE.
    Record(
        pmid="95000049",
        journal="Pediatric Rheumatology Online Journal",
        title="Cell-based therapies for childhood-onset systemic lupus erythematosus: a narrative review",
        abstract="Childhood-onset systemic lupus erythematosus (cSLE) runs a more aggressive course than adult-onset "
                 "disease, with more frequent nephritis and greater cumulative glucocorticoid exposure. Children "
                 "with refractory disease have therefore been among the recipients of experimental cell-based "
                 "therapies. We reviewed the paediatric experience with autologous haematopoietic stem cell "
                 "transplantation, umbilical cord-derived mesenchymal stem cells and CD19 CAR T cells, including "
                 "the first children treated with CAR T cells in Germany and China. Specific concerns in children "
                 "include the effects of lymphodepletion on growth and fertility, the consequences of prolonged "
                 "B-cell aplasia for vaccine responses, and consent. We propose that children be included in "
                 "prospective registries and, when appropriate, in trials alongside adults.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t", "hsct_autologous", "msc"],
                msc_source="umbilical_cord", pediatric=True,
                evidence_numbers={"refractory": "scope is childhood-onset SLE, not refractory disease -> null",
                                  "lupus_nephritis": "nephritis only as background -> false"}),
    ),
    # 50. Noise: epidemiology of haematological malignancy in SLE.
    Record(
        pmid="95000050",
        journal="Arthritis Care & Research",
        title="Risk of haematological malignancies in systemic lupus erythematosus: a nationwide cohort study from "
              "Denmark, 1996-2022",
        abstract="We linked national registries to identify 5,874 patients with incident SLE and 58,740 matched "
                 "comparators. During a median follow-up of 9.6 years, 71 patients with SLE developed a "
                 "haematological malignancy, corresponding to an adjusted hazard ratio of 2.4 (95% CI 1.8-3.1) "
                 "overall and 3.9 for diffuse large B-cell lymphoma. Exposure to cyclophosphamide, but not to "
                 "azathioprine or mycophenolate, was associated with an increased risk. Outcomes of lymphoma "
                 "treatment, including autologous stem cell transplantation in four patients, were similar to those "
                 "in comparators. Patients with SLE warrant vigilance for lymphoma, particularly after "
                 "cyclophosphamide.",
        mesh=(SLE, "Hematologic Neoplasms", "Registries", "Denmark", HUMANS),
        label=L(relevant=False, design="cohort", therapies=["hsct_autologous"], n_patients=5874,
                follow_up_months=years(9.6), evidence_numbers={"note": "noise: epidemiology; ASCT for lymphoma"}),
    ),
    # 51. Single-arm CAR T in refractory LN, non-native phrasing; "1 × 10e6/kg"; 48 weeks; last time point.
    Record(
        pmid="95000051",
        journal="Clinical Immunology",
        title="Efficacy and safety of CD19 CAR-T cells in patients with refractory lupus nephritis: a prospective, "
              "single-arm, open-label study",
        abstract=[
            ("BACKGROUND", "Lupus nephritis (LN) that is refractory to standard induction has poor renal prognosis. "
             "We aimed to explore the efficacy and safety of CD19 chimeric antigen receptor T (CAR-T) cells in "
             "these patients."),
            ("METHODS", "Patients with active biopsy-proven LN not achieving response after at least 6 months of "
             "cyclophosphamide or mycophenolate mofetil, plus one biologic agent, were recruited. After "
             "lymphodepletion, patients were infused with CD19 CAR-T cells at dose of 1 × 10e6/kg. Primary "
             "endpoint was complete renal response (CRR) at week 24. Follow-up duration was 48 weeks for all "
             "patients."),
            ("RESULTS", "Total 15 patients were enrolled, of them 13 were female and median age was 29 (range "
             "18-52) years. At week 24, CRR was achieved in 8 patients (53.3%) and partial renal response in 4 "
             "patients (26.7%), the overall renal response rate was 80.0%. At week 48, CRR rate was increased to "
             "66.7% (10/15). Cytokine release syndrome occurred in 12 patients (all grade 1-2), and no ICANS was "
             "observed. Serious adverse events were happened in 2 patients (13.3%): one pneumonia and one herpes "
             "zoster. No death occurred."),
            ("CONCLUSION", "CD19 CAR-T therapy achieved high renal response rate with acceptable safety in "
             "refractory LN, which warrants randomized controlled trial."),
        ],
        label=L(relevant=True, design="single_arm_trial", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=15, follow_up_months=weeks(48), dose_cells_per_kg=1e6,
                outcomes={"complete_remission": kn(10, 15), "remission": pct(80.0),
                          "serious_adverse_events": kn(2, 15), "mortality": none_of(15)},
                evidence_numbers={"complete_remission": "last time point: week 48, 10/15",
                                  "remission": "overall renal response 80.0% (k not stated)"}),
    ),
    # 52. Conference-style case series: aHSCT in juvenile SLE; one death; 3 of 4 survivors in remission.
    Record(
        pmid="95000052",
        journal="Bone Marrow Transplantation",
        title="Autologous stem cell transplantation for severe juvenile systemic lupus erythematosus: national "
              "experience in five patients",
        abstract="Aim: AHSCT is rarely done in children with lupus; we collected all cases in our country. Pts & "
                 "methods: 5 pts with juvenile SLE (F 4, M 1; age at AHSCT 11-16 yrs) transplanted 2008-2023 after "
                 "failure of CYC, MMF and RTX. Indications: lupus nephritis (n=3), NPSLE (n=1), severe autoimmune "
                 "cytopenia (n=1). Conditioning CYC + ATG; CD34+ selection in 4. Results: all 5 engrafted; one girl "
                 "died of disseminated adenovirus infection on d+48. Survivors followed for a median of 6 yrs (range "
                 "3-14); three of the four survivors remain in drug-free remission, one relapsed at 2 yrs and "
                 "responded to MMF. Conclusion: AHSCT can give long-lasting remission in juvenile SLE at the price of "
                 "substantial infectious risk.",
        label=L(relevant=True, design="case_series", therapies=["hsct_autologous"], lupus_nephritis=True,
                pediatric=True, refractory=True, n_patients=5, follow_up_months=years(6),
                outcomes={"mortality": kn(1, 5), "remission": kn(3, 4), "relapse": kn(1, 4)},
                evidence_numbers={"mortality": "one death of 5 (not called treatment-related)",
                                  "remission": "three of the four survivors",
                                  "refractory": "failure of CYC, MMF and RTX"}),
    ),
    # 53. Noise: guideline for another disease (systemic sclerosis) naming AHSCT and CAR T.
    Record(
        pmid="95000053",
        journal="Rheumatology (Oxford)",
        title="British Society for Rheumatology guideline on the management of systemic sclerosis: 2025 update",
        abstract="This guideline updates the 2016 recommendations for the management of systemic sclerosis (SSc) in "
                 "adults. It was developed by a multidisciplinary working group using the GRADE methodology and "
                 "covers Raynaud's phenomenon, digital ulcers, skin disease, interstitial lung disease, pulmonary "
                 "arterial hypertension, scleroderma renal crisis and gastrointestinal involvement. Autologous "
                 "haematopoietic stem cell transplantation is recommended for selected patients with early, rapidly "
                 "progressive diffuse cutaneous SSc in experienced centres (strength of recommendation 1B). "
                 "Management of overlap syndromes with systemic lupus erythematosus or myositis is outside its "
                 "scope. CAR T-cell therapy is not recommended outside clinical trials.",
        pubtypes=("Journal Article", "Practice Guideline"),
        label=L(relevant=False, design="guideline", therapies=["car_t", "hsct_autologous"],
                evidence_numbers={"note": "noise: guideline for systemic sclerosis"}),
    ),
    # 54. Consensus recommendations on CAR T in autoimmune disease (only "Journal Article").
    Record(
        pmid="95000054",
        journal="Bone Marrow Transplantation",
        title="Recommendations for the use of CAR T cells in autoimmune diseases: a consensus statement of the EBMT "
              "Autoimmune Diseases Working Party and EULAR",
        abstract="CAR T-cell therapy is moving rapidly from compassionate use to clinical trials in autoimmune "
                 "diseases, with systemic lupus erythematosus (SLE) as the most frequent indication. An "
                 "international task force of 26 rheumatologists, haematologists, nephrologists, neurologists, "
                 "nurses and patient partners from 11 countries formulated recommendations through a systematic "
                 "literature review and a modified Delphi process. Five overarching principles and 14 "
                 "recommendations were agreed, covering patient selection, centre qualification, lymphodepletion, "
                 "management of cytokine release syndrome and immune effector cell-associated neurotoxicity, "
                 "infection prophylaxis, vaccination, long-term follow-up for at least 15 years and reporting to "
                 "registries. In SLE, CAR T cells should currently be considered only for patients with severe, "
                 "refractory disease after failure of at least two conventional immunosuppressants and one "
                 "biologic, preferably within trials. The recommendations will be updated as controlled data "
                 "emerge.",
        label=L(relevant=True, design="guideline", therapies=["car_t"], new_guideline=True,
                evidence_numbers={"follow_up_months": "'follow-up for at least 15 years' is a recommendation -> null",
                                  "refractory": "guideline -> null",
                                  "design": "consensus statement; publication type only Journal Article"}),
    ),
    # 55. Retraction notice of a preclinical menstrual-blood stem cell study.
    Record(
        pmid="95000055",
        journal="Stem Cell Research & Therapy",
        title="Retraction Note: Human menstrual blood-derived stem cells alleviate lupus nephritis in MRL/lpr mice "
              "through regulation of the Th17/Treg balance",
        abstract="The Editors have retracted this article. After publication, concerns were raised about duplicated "
                 "flow cytometry plots in Figures 3 and 5 and about kidney histology images that overlap with images "
                 "in an article by a different group. The authors were unable to provide the raw data. The Editors "
                 "therefore no longer have confidence in the results and conclusions presented. None of the authors "
                 "responded to correspondence from the Editors about this retraction.",
        pubtypes=("Retraction of Publication",),
        retraction_of=("94000417",),
        label=L(relevant=True, design="other", therapies=["msc"], msc_source="other", lupus_nephritis=True,
                retracted=True,
                evidence_numbers={"relevant": "notice retracting a cell-therapy study in lupus mice",
                                  "msc_source": "menstrual blood -> other"}),
    ),
    # 56. Noise: CAR T for lymphoma in patients with pre-existing autoimmune disease.
    Record(
        pmid="95000056",
        journal="Blood Advances",
        title="Outcomes of CD19 CAR T-cell therapy for lymphoma in patients with pre-existing autoimmune disease: a "
              "retrospective multicentre study",
        abstract="Patients with autoimmune disease were excluded from the pivotal CAR T-cell trials. We identified 38 "
                 "patients with a pre-existing autoimmune disease (rheumatoid arthritis 11, psoriasis 8, "
                 "inflammatory bowel disease 6, SLE 5, others 8) among 1,150 recipients of commercial CD19 CAR T "
                 "cells for large B-cell lymphoma at 14 centres. Grade ≥3 cytokine release syndrome (5% vs 7%) and "
                 "ICANS (13% vs 15%) were as frequent as in patients without autoimmunity, and the 1-year "
                 "progression-free survival was 46%. Autoimmune disease activity improved in 17 patients and "
                 "worsened in 3; all five patients with SLE could stop immunosuppression during follow-up. "
                 "Pre-existing autoimmune disease should not preclude CAR T-cell therapy for lymphoma.",
        label=L(relevant=False, design="cohort", therapies=["car_t"], n_patients=38,
                evidence_numbers={"note": "noise: CAR T given for lymphoma, not for lupus"}),
    ),
    # 57. RCT, phase 2/3, not refractory-selected; MSC arm only; control death is not an MSC-arm figure.
    Record(
        pmid="95000057",
        journal="Journal of the American Society of Nephrology",
        title="Allogeneic bone marrow-derived mesenchymal stem cells plus mycophenolate versus mycophenolate alone "
              "as induction therapy for active lupus nephritis (MSC-LN): a multicentre, open-label, randomised, "
              "phase 2/3 trial",
        abstract=[
            ("BACKGROUND", "Mesenchymal stem cells (MSCs) have mostly been given after induction therapy of "
             "lupus nephritis had failed; whether they improve induction itself is unknown."),
            ("METHODS", "Adults with active class III, IV or V lupus nephritis and proteinuria ≥1 g/24 h were "
             "randomly assigned 1:1 to mycophenolate mofetil (target 2-3 g/day) with glucocorticoids plus two "
             "infusions of allogeneic bone marrow MSCs (2x10^6 cells/kg at weeks 0 and 4) or to the same regimen "
             "without MSCs. The primary end point was complete renal response at week 52; patients were followed "
             "for 104 weeks."),
            ("RESULTS", "A total of 120 patients were randomised (60 per group). Complete renal response at week 52 "
             "occurred in 25 of 60 patients (41.7%) in the MSC group and 21 of 60 (35.0%) in the control group "
             "(difference 6.7 percentage points, 95% CI −10.6 to 23.9; p=0.45). Complete or partial renal response "
             "rates were 68.3% and 63.3%. Through week 104, renal flares occurred in 5 of 41 responders with MSCs "
             "and 6 of 38 responders without. Serious adverse events were reported in 9 (15%) and 11 (18%) "
             "patients; one patient in the control group died of pneumonia."),
            ("CONCLUSIONS", "Adding bone marrow MSCs to mycophenolate did not significantly increase complete renal "
             "response in active lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Randomized Controlled Trial", "Multicenter Study"),
        mesh=(LN, MSCT, "Bone Marrow Cells", "Mycophenolic Acid", HUMANS),
        label=L(relevant=True, design="rct", phase="II/III", therapies=["msc"], msc_source="bone_marrow",
                lupus_nephritis=True, n_patients=120, follow_up_months=weeks(104), dose_cells_per_kg=2e6,
                outcomes={"complete_remission": kn(25, 60), "remission": pct(68.3), "relapse": kn(5, 41),
                          "serious_adverse_events": kn(9, 60)},
                evidence_numbers={"refractory": "neither refractory nor first-line stated -> null",
                                  "mortality": "only a control-arm death -> not labelled",
                                  "relapse": "renal flares in 5 of 41 MSC responders"}),
    ),
    # 58. Meta-analysis of aHSCT: pooled remission, relapse, TRM and all-cause mortality; subgroup TRM distractors.
    Record(
        pmid="95000058",
        journal="Rheumatology International",
        title="Remission and mortality after autologous haematopoietic stem cell transplantation in systemic lupus "
              "erythematosus: a systematic review and meta-analysis",
        abstract="We searched four databases to January 2025 for studies of autologous haematopoietic stem cell "
                 "transplantation (HSCT) in SLE with at least five patients. Eleven studies comprising 358 patients "
                 "were pooled with a random-effects model. The pooled rate of remission (as defined by each study) "
                 "was 66% (95% CI 57-74%), and relapse occurred in 24% (95% CI 16-33%) of patients who achieved "
                 "remission. Treatment-related mortality was 5.1% (95% CI 3.0-7.6%) and all-cause mortality 9.8% (95% "
                 "CI 6.5-13.6%), with lower treatment-related mortality in studies published after 2010 (2.9% vs "
                 "8.4%). Heterogeneity was substantial for remission (I² 71%). Autologous HSCT induces remission in "
                 "about two thirds of patients with SLE, but at a non-negligible mortality.",
        pubtypes=("Journal Article", "Meta-Analysis", "Review"),
        label=L(relevant=True, design="meta_analysis", therapies=["hsct_autologous"], n_patients=358, n_studies=11,
                outcomes={"remission": pct(66), "relapse": pct(24), "treatment_related_mortality": pct(5.1),
                          "mortality": pct(9.8)},
                evidence_numbers={"treatment_related_mortality": "overall 5.1%, not the 2.9% / 8.4% subgroups",
                                  "n_patients": "'at least five patients' is an inclusion rule"}),
    ),
    # 59. Case report: late relapse 14 years after aHSCT.
    Record(
        pmid="95000059",
        journal="Lupus",
        title="Late relapse of systemic lupus erythematosus 14 years after autologous haematopoietic stem cell "
              "transplantation",
        abstract="We report a 45-year-old woman who underwent autologous haematopoietic stem cell transplantation for "
                 "refractory lupus nephritis and cerebral vasculitis in 2009, at the age of 31. She remained in "
                 "drug-free remission with negative anti-dsDNA antibodies for 14 years. In 2023 she presented with "
                 "polyarthritis, pleuritis, leukopenia and rising anti-dsDNA titres, without renal involvement. "
                 "Immune phenotyping showed re-expansion of switched memory B cells and loss of the naive-dominant "
                 "B-cell compartment seen in the first years after transplantation. She responded to "
                 "hydroxychloroquine and belimumab. The immune reset achieved by transplantation may not be "
                 "permanent, and lifelong surveillance is warranted.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["hsct_autologous"], lupus_nephritis=True,
                refractory=True, n_patients=1,
                evidence_numbers={"follow_up_months": "14 years of remission in one case -> null",
                                  "lupus_nephritis": "transplanted for refractory lupus nephritis"}),
    ),
    # 60. Editorial without patient data.
    Record(
        pmid="95000060",
        journal="Nature Reviews Rheumatology",
        title="CAR T cells in lupus: cure, reset or remission?",
        abstract="Early reports of CD19 CAR T-cell therapy in systemic lupus erythematosus describe drug-free "
                 "remission in almost every patient, yet the longest follow-up barely exceeds 3 years and the first "
                 "relapses driven by CD19-negative plasma cells have now been documented. In this editorial we argue "
                 "that the word cure is premature, that randomized trials against intensified standard care are "
                 "both feasible and ethical, and that long-term registries must capture infections, secondary "
                 "malignancies and fertility.",
        pubtypes=("Editorial",),
        label=L(relevant=True, design="other", therapies=["car_t"],
                evidence_numbers={"follow_up_months": "'barely exceeds 3 years' is about the literature -> null"}),
    ),
    # 61. Noise: UC-MSCs in Sjögren's disease; SLE overlap excluded.
    Record(
        pmid="95000061",
        journal="Rheumatology (Oxford)",
        title="Umbilical cord mesenchymal stem cells for primary Sjögren's disease with systemic involvement: a "
              "phase 1 study",
        abstract="Objective: To assess the safety of umbilical cord-derived mesenchymal stem cells (UC-MSCs) in "
                 "primary Sjögren's disease (pSjD). Methods: Adults with pSjD and ESSDAI ≥5 despite "
                 "hydroxychloroquine and at least one immunosuppressant were enrolled; patients with overlapping SLE "
                 "or rheumatoid arthritis were excluded. UC-MSCs were infused at 1 × 10^6 cells/kg on days 1 and 8. "
                 "Results: Twelve patients were treated and followed for 6 months. No serious adverse events "
                 "occurred. ESSDAI fell from 11 to 5 at month 6, unstimulated salivary flow increased modestly, and "
                 "circulating follicular helper T cells decreased. Conclusion: UC-MSCs were safe in pSjD and warrant "
                 "controlled studies.",
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        label=L(relevant=False, design="single_arm_trial", phase="I", therapies=["msc"], msc_source="umbilical_cord",
                n_patients=12, follow_up_months=6, dose_cells_per_kg=1e6,
                evidence_numbers={"note": "noise: MSC for Sjögren's disease"}),
    ),
    # 62. Noise: B-cell reconstitution after rituximab in SLE.
    Record(
        pmid="95000062",
        journal="Rheumatology (Oxford)",
        title="Patterns of B-cell reconstitution after rituximab predict flares in systemic lupus erythematosus",
        abstract=[
            ("OBJECTIVES", "To determine whether the composition of returning B cells after rituximab predicts "
             "lupus flares."),
            ("METHODS", "We studied 64 patients with SLE treated with rituximab at a single centre between 2010 and "
             "2022, with high-sensitivity flow cytometry every 3 months."),
            ("RESULTS", "B cells returned after a median of 7 months. Flares occurred in 29 patients (45%) during a "
             "median follow-up of 4.5 years. Patients in whom plasmablasts and memory B cells predominated at "
             "repopulation had an earlier flare (HR 3.1, 95% CI 1.5-6.4), whereas predominantly naive "
             "repopulation was associated with long remission. Incomplete depletion at 6 weeks also predicted "
             "flares."),
            ("CONCLUSIONS", "Monitoring B-cell subsets after rituximab identifies patients at risk of flare who may "
             "benefit from maintenance or alternative B-cell targeted therapy."),
        ],
        mesh=(SLE, "Rituximab", "B-Lymphocytes", HUMANS),
        label=L(relevant=False, design="cohort", n_patients=64, follow_up_months=years(4.5),
                evidence_numbers={"note": "noise: antibody therapy, B-cell monitoring"}),
    ),
    # 63. Preclinical: hypoxia-preconditioned BM-MSCs in pristane-induced alveolar haemorrhage.
    Record(
        pmid="95000063",
        journal="Stem Cell Reviews and Reports",
        title="Hypoxia-preconditioned bone marrow mesenchymal stem cells protect against pristane-induced diffuse "
              "alveolar haemorrhage in mice",
        abstract="Diffuse alveolar haemorrhage (DAH) is a rare but often fatal manifestation of systemic lupus "
                 "erythematosus. We examined whether bone marrow mesenchymal stem cells (BM-MSCs), native or "
                 "preconditioned in 1% oxygen for 48 h, prevent pristane-induced DAH in C57BL/6 mice. A single "
                 "intravenous dose of 1 × 10^6 cells was given on day 1 after pristane injection, and the lungs were "
                 "examined on day 14. DAH incidence was 85% in PBS-treated mice, 50% with native BM-MSCs and 25% "
                 "with hypoxia-preconditioned BM-MSCs. Preconditioned cells expressed more HIF-1α and CXCR4, were "
                 "retained longer in the lung, and reduced neutrophil extracellular trap formation and alveolar "
                 "macrophage activation. Hypoxic preconditioning enhances the protective effect of BM-MSCs in "
                 "experimental lupus-associated DAH.",
        mesh=(SLE, MSCT, "Bone Marrow Cells", "Cell Hypoxia", "Pulmonary Alveoli", ANIMALS, MICE,
              "Mice, Inbred C57BL"),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="bone_marrow",
                evidence_numbers={"dose_cells_per_kg": "1 × 10^6 cells per mouse, preclinical -> null"}),
    ),
    # 64. Narrative review on CAR T toxicities in autoimmune disease.
    Record(
        pmid="95000064",
        journal="Arthritis & Rheumatology",
        title="Toxicities of CAR T-cell therapy in systemic lupus erythematosus and other autoimmune diseases: what "
              "rheumatologists need to know",
        abstract="As CAR T-cell therapy enters rheumatology, rheumatologists will need to recognise and manage its "
                 "toxicities. Compared with patients treated for lymphoma or myeloma, patients with lupus have so "
                 "far experienced mostly low-grade cytokine release syndrome and rare immune effector "
                 "cell-associated neurotoxicity syndrome, probably because of a lower target cell burden. Local "
                 "immune effector cell-associated toxicity, prolonged cytopenias and hypogammaglobulinaemia are, "
                 "however, common, and infections are the leading cause of serious complications. The recent "
                 "warning about T-cell malignancies after CAR T-cell therapy for haematological cancers has raised "
                 "questions about long-term safety in younger patients with non-malignant disease. This review "
                 "describes the pathophysiology, grading and management of these toxicities, infection prophylaxis "
                 "and vaccination strategies, and the monitoring needed in the long term.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t"]),
    ),
]
