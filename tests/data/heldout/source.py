"""Held-out set: written after the dev set, in other authors' styles, never used for tuning.

Same label conventions as the dev set (tests/data/devset/LABELING.md). Use it only to estimate
how the extractor generalises: `python bench/extraction.py --records tests/data/heldout/records.xml
--labels tests/data/heldout/labels.jsonl`. Rebuild with `python tests/data/labelled_sets.py heldout`.
"""

from datetime import date

from labelled_sets import L, Record, kn, none_of, pct, weeks, years

FIRST_ENTREZ = date(2024, 2, 19)
ENTREZ_STEP_DAYS = 23

SLE = "Lupus Erythematosus, Systemic"
LN = "Lupus Nephritis"
HUMANS = "Humans"

RECORDS = [
    Record(
        pmid="90100001",
        journal="JAMA",
        title="Anti-CD19 Chimeric Antigen Receptor T Cells vs Standard of Care in Refractory Systemic Lupus "
              "Erythematosus: A Randomized Clinical Trial",
        abstract=[
            ("IMPORTANCE", "Uncontrolled reports suggest that CD19-directed CAR T cells can induce drug-free "
             "remission in lupus, but no randomized comparison exists."),
            ("OBJECTIVE", "To compare CD19 CAR T-cell therapy with investigator-chosen standard of care in "
             "refractory SLE."),
            ("DESIGN, SETTING, AND PARTICIPANTS", "Open-label, phase 2 randomized clinical trial at 9 "
             "academic centers in Germany, France and Italy. Adults with active SLE (SLEDAI-2K >= 10) that "
             "had not responded to >= 2 immunosuppressants and >= 1 biologic were eligible; 71 were assessed "
             "and N = 48 were randomized 1:1."),
            ("INTERVENTIONS", "A single infusion of autologous CD19 CAR T cells (target dose 1.0 × 10^6 "
             "CAR+ cells/kg) after fludarabine/cyclophosphamide, or standard of care."),
            ("MAIN OUTCOMES AND MEASURES", "DORIS remission at week 52 without glucocorticoids above 5 "
             "mg/d."),
            ("RESULTS", "Median age was 31 years (IQR, 25-39); 41 (85%) were women; 29 had active nephritis. "
             "DORIS remission at week 52 was reached by 20 of 24 patients (83.3%) in the CAR T group vs 5 of 24 "
             "(20.8%) with standard of care (risk difference, 62.5 percentage points; 95% CI, 40.6-84.4). "
             "Serious adverse events occurred in 6 CAR T recipients (25.0%) and 8 controls (33.3%). No deaths "
             "occurred in either group."),
            ("CONCLUSIONS AND RELEVANCE", "In refractory SLE, CAR T cells produced substantially more "
             "remissions than standard care over 1 year."),
            ("TRIAL REGISTRATION", "ClinicalTrials.gov Identifier: NCT09100442"),
        ],
        pubtypes=("Journal Article", "Randomized Controlled Trial", "Clinical Trial, Phase II", "Multicenter Study"),
        mesh=(SLE, "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=True, design="rct", phase="II", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=48, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(20, 24), "serious_adverse_events": kn(6, 24), "mortality": none_of(48)},
                evidence_numbers={"n_patients": "N = 48 randomized, not 71 assessed",
                                  "follow_up_months": "week-52 endpoint without a stated follow-up -> null"}),
    ),
    Record(
        pmid="90100002",
        journal="Chinese Medical Journal",
        title="Efficacy of low-dose human umbilical cord mesenchymal stem cells in active systemic lupus "
              "erythematosus: a randomized, double-blind, placebo-controlled study",
        abstract="Objective: To evaluate the efficacy of low-dose human umbilical cord mesenchymal stem cells "
                 "(hUC-MSCs) in patients with active SLE. Methods: A total of 84 patients with active SLE were "
                 "randomly divided into the hUC-MSC group (n = 42) and the placebo group (n = 42). The hUC-MSC "
                 "group received hUC-MSCs at a dose of 5 × 10^5 cells/kg on day 1 and day 8. All patients "
                 "continued conventional treatment and were followed up for 24 weeks. Results: At week 24, the "
                 "SRI-4 response rates were 47.6% (20/42) in the hUC-MSC group and 40.5% (17/42) in the placebo "
                 "group, with no significant difference (P = 0.51). The incidence of adverse events was similar "
                 "between the two groups, and no serious adverse events related to hUC-MSCs were found. "
                 "Conclusion: Low-dose hUC-MSCs did not significantly improve disease activity in active SLE "
                 "over 24 weeks.",
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS),
        label=L(relevant=True, design="rct", therapies=["msc"], msc_source="umbilical_cord", n_patients=84,
                follow_up_months=weeks(24), dose_cells_per_kg=5e5, outcomes={"remission": kn(20, 42)},
                evidence_numbers={"serious_adverse_events": "'no SAE related to hUC-MSCs' is restricted -> not labelled"}),
    ),
    Record(
        pmid="90100003",
        journal="Stem Cells",
        title="Allogeneic umbilical cord-derived mesenchymal stromal cells in lupus nephritis: a phase I/II "
              "dose-finding trial",
        abstract=[
            ("AIMS", "To find a safe and active dose of umbilical cord-derived MSCs (UC-MSCs) in lupus "
             "nephritis."),
            ("PATIENTS AND METHODS", "Adults with class III/IV ± V lupus nephritis and persistent proteinuria "
             "after induction therapy were enrolled in two sequential cohorts: 1.0 × 10^6/kg (cohort A) and "
             "2.0 × 10^6/kg (cohort B), given as a single infusion. Patients were followed for 18 months."),
            ("RESULTS", "Eighteen patients were included (nine per cohort). There were no dose-limiting "
             "toxicities. At month 12, a complete renal response was observed in 8/18 patients (44%; 3/9 in "
             "cohort A and 5/9 in cohort B), and an overall renal response in 12/18 (67%). Two patients (11%) had "
             "a renal flare during follow-up."),
            ("CONCLUSION", "Both doses were safe; 2.0 × 10^6/kg was chosen for phase III."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase I", "Clinical Trial, Phase II"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="I/II", therapies=["msc"],
                msc_source="umbilical_cord", lupus_nephritis=True, n_patients=18, follow_up_months=18,
                dose_cells_per_kg=2e6,
                outcomes={"complete_remission": kn(8, 18), "remission": kn(12, 18), "relapse": kn(2, 18)},
                evidence_numbers={"complete_remission": "whole study 8/18, not one dose cohort",
                                  "refractory": "'persistent proteinuria after induction' is not called "
                                                "refractory -> null"}),
    ),
    Record(
        pmid="90100004",
        journal="Journal of Hematology & Oncology",
        title="CD19 CAR-T cells for patients with refractory lupus nephritis: results of a phase 1 trial",
        abstract="Background: Lupus nephritis (LN) refractory to standard treatment remains a major cause of "
                 "kidney failure. Methods: In this single-center phase 1 trial (NCT09100117), patients received "
                 "CD19 CAR-T cells at 0.5–1.0 × 10^6 CAR+ cells/kg following lymphodepletion. Results: Eleven "
                 "patients (10 female; median age 28, range 19–46) were infused. Median baseline proteinuria "
                 "was 3.4 g/24 h. After a median follow-up of 13 months (range 6–20), complete renal response "
                 "was achieved in 8 patients (72.7%), and partial renal response in 2 (18.2%), giving an "
                 "overall renal response of 90.9%. CRS occurred in 10 patients (all grade 1–2). Conclusion: "
                 "CD19 CAR-T cells were safe and effective for refractory LN.",
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        mesh=(LN, "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=11, follow_up_months=13, dose_cells_per_kg=1e6,
                outcomes={"complete_remission": kn(8, 11), "remission": pct(90.9)}),
    ),
    Record(
        pmid="90100005",
        journal="Blood",
        title="CD19/BCMA dual-target CAR T cells in children and adolescents with refractory systemic lupus "
              "erythematosus",
        abstract="Childhood-onset lupus is more aggressive than adult disease. We conducted a phase 1 study of "
                 "dual CD19/BCMA CAR T cells in patients aged 8 to 17 years with refractory childhood-onset "
                 "SLE. Seven patients were treated with 1 × 10^6 cells/kg. With a median observation period of "
                 "10 months, all seven achieved remission (SLEDAI-2K ≤ 2, prednisone ≤ 5 mg) and were off "
                 "immunosuppressants. Grade 1 CRS occurred in five children; one child developed grade 2 "
                 "neutropenia lasting 3 weeks. IgG levels fell but no severe infections occurred.",
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["car_t"], pediatric=True,
                refractory=True, n_patients=7, follow_up_months=10, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(7, 7)},
                evidence_numbers={"follow_up_months": "'median observation period of 10 months'"}),
    ),
    Record(
        pmid="90100006",
        journal="Revista Brasileira de Reumatologia",
        title="Autologous hematopoietic stem cell transplantation for systemic lupus erythematosus: 16 years of "
              "experience in a Brazilian center",
        abstract="OBJECTIVE: To report the long-term results of autologous hematopoietic stem cell "
                 "transplantation (AHSCT) for refractory SLE at a single Brazilian center. METHODS: Retrospective "
                 "analysis of all patients transplanted between 2003 and 2019. RESULTS: Thirty-one patients were "
                 "transplanted (28 women); median age at AHSCT 26 years. Nineteen had lupus nephritis. The "
                 "median follow-up was 8 years. Ten-year overall survival was 80.6%, and 10-year "
                 "progression-free survival 41.9%. Transplant-related mortality was 9.7% (three deaths, two from "
                 "sepsis and one from alveolar hemorrhage). Of the 28 survivors of the transplant period, 12 "
                 "(42.9%) relapsed. CONCLUSIONS: AHSCT provided long-term disease control for a minority of "
                 "patients at a considerable risk.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], lupus_nephritis=True, refractory=True,
                n_patients=31, follow_up_months=years(8),
                outcomes={"overall_survival": pct(80.6), "disease_free_survival": pct(41.9),
                          "treatment_related_mortality": pct(9.7, 3, 31), "relapse": kn(12, 28)},
                evidence_numbers={"mortality": "TRM given as a rate (with its count): not all-cause mortality"}),
    ),
    Record(
        pmid="90100007",
        journal="Arthritis Research & Therapy",
        title="Five-year outcomes of allogeneic mesenchymal stem cell transplantation in refractory lupus: a "
              "multicentre registry in China",
        abstract=[
            ("BACKGROUND", "Registry data on MSC therapy in lupus are scarce."),
            ("METHODS", "Patients with refractory SLE treated with umbilical cord MSCs (1 × 10^6 cells/kg) at 11 "
             "Chinese hospitals were entered into a prospective registry and followed for up to five years."),
            ("RESULTS", "A total of 214 patients were registered; 132 (61.7%) had LN. The 5-year survival rate "
             "was 92.1%. The cumulative complete remission rate at 5 years was 36.4%, and the relapse rate "
             "among responders was 27.1%. Twelve patients (5.6%) died. The mean follow-up was 51.2 months."),
            ("CONCLUSIONS", "UC-MSC therapy was associated with sustained remission and low mortality."),
        ],
        pubtypes=("Journal Article", "Multicenter Study"),
        label=L(relevant=True, design="cohort", therapies=["msc"], msc_source="umbilical_cord", lupus_nephritis=True,
                refractory=True, n_patients=214, follow_up_months=51.2, dose_cells_per_kg=1e6,
                outcomes={"overall_survival": pct(92.1), "complete_remission": pct(36.4), "relapse": pct(27.1),
                          "mortality": kn(12, 214)}),
    ),
    Record(
        pmid="90100008",
        journal="Transplantation and Cellular Therapy",
        title="Autologous hematopoietic cell transplantation for systemic lupus erythematosus reported to the "
              "CIBMTR, 2000-2022",
        abstract="We describe 44 patients with SLE who received autologous hematopoietic cell transplantation "
                 "(HCT) in North America and were reported to the Center for International Blood and Marrow "
                 "Transplant Research. Median age was 33 years; 70% had renal involvement. Conditioning was "
                 "cyclophosphamide-based in 91%. Three-year probability of survival was 91% (95% CI, 79-97), "
                 "and three-year progression-free survival was 52% (95% CI, 37-66). Non-relapse mortality at 1 "
                 "year was 4.5%. Median follow-up of survivors was 58 months.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], lupus_nephritis=True, n_patients=44,
                follow_up_months=58,
                outcomes={"overall_survival": pct(91), "disease_free_survival": pct(52),
                          "treatment_related_mortality": pct(4.5)}),
    ),
    Record(
        pmid="90100009",
        journal="Kidney Medicine",
        title="CD19 CAR T-cell therapy in two dialysis-dependent patients with lupus nephritis",
        abstract="Whether CAR T cells can be given to patients with lupus who depend on dialysis is unknown. We "
                 "treated two women, aged 24 and 37, with refractory lupus nephritis and dialysis-dependent kidney "
                 "failure of less than 3 months' duration with CD19 CAR T cells (1 × 10^6/kg), adjusting "
                 "fludarabine for kidney function. Both had serological remission, and one recovered kidney "
                 "function and stopped dialysis at week 10. Neither developed neurotoxicity.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=2, dose_cells_per_kg=1e6,
                evidence_numbers={"remission": "'serological remission' is not clinical remission -> not labelled"}),
    ),
    Record(
        pmid="90100010",
        journal="Lupus",
        title="Mesenchymal stem cell transplantation for refractory neuropsychiatric lupus: seven cases",
        abstract="Seven patients with neuropsychiatric SLE (seizures in 3, myelitis in 2, psychosis in 2) that "
                 "persisted despite cyclophosphamide and rituximab were given umbilical cord MSCs (1 million "
                 "cells per kg) on two occasions. Neurological remission was achieved in five patients (71.4%) "
                 "within 3 months. One patient with myelitis died of pulmonary embolism at month 4. Follow-up "
                 "averaged 21 months.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["msc"], msc_source="umbilical_cord", refractory=True,
                n_patients=7, follow_up_months=21, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(5, 7), "mortality": kn(1, 7)},
                evidence_numbers={"refractory": "persisted despite cyclophosphamide and rituximab (named drugs)"}),
    ),
    Record(
        pmid="90100011",
        journal="European Heart Journal - Case Reports",
        title="Autologous stem cell transplantation for life-threatening lupus myocarditis: a case report",
        abstract=[
            ("BACKGROUND", "Lupus myocarditis is rare and can be fatal."),
            ("CASE SUMMARY", "A 32-year-old man with SLE developed fulminant myocarditis with a left "
             "ventricular ejection fraction of 20% despite pulse methylprednisolone, intravenous "
             "immunoglobulin, cyclophosphamide and rituximab. After bridging with mechanical circulatory "
             "support, he underwent autologous haematopoietic stem cell transplantation. Ejection fraction "
             "recovered to 55% within 6 months, and he has remained in remission off treatment for 30 "
             "months."),
            ("DISCUSSION", "Immune reset may be an option for refractory organ-threatening lupus."),
        ],
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["hsct_autologous"], refractory=True, n_patients=1,
                evidence_numbers={"refractory": "despite four named treatments -> refractory",
                                  "follow_up_months": "time in remission of one case, not a follow-up -> null"}),
    ),
    Record(
        pmid="90100012",
        journal="Frontiers in Pediatrics",
        title="Bone marrow mesenchymal stem cells for refractory immune thrombocytopenia in an 11-year-old boy "
              "with systemic lupus erythematosus",
        abstract="An 11-year-old boy with SLE had severe thrombocytopenia (platelets 4 × 10^9/L) unresponsive to "
                 "glucocorticoids, IVIG, rituximab and a thrombopoietin receptor agonist. He received allogeneic "
                 "bone marrow MSCs from his father, 2 × 10^6 cells/kg, twice. Platelets rose above 100 × 10^9/L "
                 "by day 21 and remained normal during 1 year of follow-up.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["msc"], msc_source="bone_marrow", pediatric=True,
                refractory=True, n_patients=1, follow_up_months=12, dose_cells_per_kg=2e6),
    ),
    Record(
        pmid="90100013",
        journal="Bone Marrow Transplantation",
        title="Mortality after autologous haematopoietic stem cell transplantation for systemic lupus "
              "erythematosus: a systematic review and meta-analysis",
        abstract="We performed a systematic review and meta-analysis of mortality after autologous HSCT for SLE. "
                 "Twenty-one studies (n = 362) were eligible. The pooled treatment-related mortality was 6.9% "
                 "(95% CI 4.2–10.1%), higher in studies before 2010 (9.8%) than after (4.1%). Pooled overall "
                 "mortality at the end of follow-up was 12.4% (95% CI 8.5–16.9%), and pooled remission 61.8%. "
                 "Heterogeneity was moderate (I² = 38%).",
        pubtypes=("Journal Article", "Meta-Analysis", "Systematic Review"),
        label=L(relevant=True, design="meta_analysis", therapies=["hsct_autologous"], n_patients=362, n_studies=21,
                outcomes={"treatment_related_mortality": pct(6.9), "mortality": pct(12.4), "remission": pct(61.8)}),
    ),
    Record(
        pmid="90100014",
        journal="Rheumatology (Oxford)",
        title="Mesenchymal stem cells for systemic lupus erythematosus: meta-analysis of randomised trials",
        abstract=[
            ("OBJECTIVES", "To assess MSC therapy in SLE using randomised evidence only."),
            ("METHODS", "Databases were searched to September 2025. RCTs comparing MSCs with placebo or standard "
             "therapy were pooled."),
            ("RESULTS", "Seven RCTs with 413 participants were included. MSCs modestly increased the response "
             "rate (RR 1.28, 95% CI 1.02–1.60) and reduced SLEDAI (MD −1.9), but sensitivity analysis excluding "
             "high-risk-of-bias trials removed the effect (RR 1.09, 95% CI 0.84–1.41)."),
            ("CONCLUSION", "The benefit of MSCs in SLE is uncertain and not robust."),
        ],
        pubtypes=("Journal Article", "Meta-Analysis"),
        label=L(relevant=True, design="meta_analysis", therapies=["msc"], n_patients=413, n_studies=7),
    ),
    Record(
        pmid="90100015",
        journal="Seminars in Arthritis and Rheumatism",
        title="Safety of CAR T-cell therapy in autoimmune diseases: a systematic review",
        abstract="We systematically reviewed safety reports of CAR T cells in autoimmune disease. Thirty-one "
                 "studies describing 402 patients (SLE, 211) were included and summarised narratively. Cytokine "
                 "release syndrome occurred in 72% of patients, mostly grade 1; ICANS in 3%. Serious adverse "
                 "events were reported in 58 of 402 patients (14.4%). Three deaths were reported. Long-term data on secondary malignancy are lacking.",
        pubtypes=("Journal Article", "Systematic Review"),
        label=L(relevant=True, design="systematic_review", therapies=["car_t"], n_patients=211, n_studies=31,
                outcomes={"serious_adverse_events": kn(58, 402), "mortality": kn(3, 402)},
                evidence_numbers={"n_patients": "mixed diseases: the 211 with SLE"}),
    ),
    Record(
        pmid="90100016",
        journal="Lancet Rheumatology",
        title="Resetting the immune system in lupus: autologous transplantation, CAR T cells and beyond",
        abstract="Immune reset strategies aim to remove autoreactive lymphocytes and allow a tolerant immune "
                 "system to re-emerge. This Review compares autologous haematopoietic stem cell transplantation, "
                 "with its long track record and transplant-related mortality, with CD19 and BCMA CAR T-cell "
                 "therapy, which achieves deep B-cell depletion with milder conditioning. We also discuss CAR-NK "
                 "cells and T-cell engagers, biomarkers of immune reset, and the design of the first comparative "
                 "trials in refractory lupus.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t", "hsct_autologous", "other_cell_therapy"],
                evidence_numbers={"refractory": "scope not limited to refractory disease -> null"}),
    ),
    Record(
        pmid="90100017",
        journal="Zhonghua Nei Ke Za Zhi",
        title="Research progress of mesenchymal stem cells in the treatment of lupus nephritis",
        abstract="Lupus nephritis is one of the most serious complications of SLE. Mesenchymal stem cells have "
                 "immunoregulatory and tissue-repair functions. This article reviews the mechanism of MSCs in "
                 "regulating T cells, B cells and macrophages, the research on MSCs from bone marrow, umbilical "
                 "cord and other sources, and clinical studies of MSCs in lupus nephritis, and looks forward to "
                 "future research directions.",
        pubtypes=("Journal Article", "Review"),
        language="chi",
        label=L(relevant=True, design="narrative_review", therapies=["msc"], lupus_nephritis=True),
    ),
    Record(
        pmid="90100018",
        journal="Rheumatology (Oxford)",
        title="The British Society for Rheumatology guideline for the management of systemic lupus "
              "erythematosus in adults: 2025 update",
        abstract="This guideline updates the 2017 British Society for Rheumatology recommendations for adults "
                 "with SLE. It covers diagnosis, monitoring, treatment of non-renal and renal disease, pregnancy "
                 "and comorbidity. New recommendations include early use of belimumab or anifrolumab, a maximum "
                 "maintenance glucocorticoid dose of 5 mg prednisolone daily, and triple therapy for lupus "
                 "nephritis. CAR T-cell therapy should currently be offered only within clinical trials or "
                 "registries at specialist centres.",
        pubtypes=("Journal Article", "Practice Guideline"),
        label=L(relevant=True, design="guideline", therapies=["car_t"], lupus_nephritis=True, new_guideline=True),
    ),
    Record(
        pmid="90100019",
        journal="Chinese Journal of Internal Medicine",
        title="Chinese expert consensus on CAR-T cell therapy for autoimmune diseases including systemic lupus "
              "erythematosus (2025)",
        abstract="To standardise the clinical use of chimeric antigen receptor T (CAR-T) cells in autoimmune "
                 "diseases, an expert panel of rheumatologists and haematologists developed this consensus. It "
                 "recommends CAR-T therapy for adults with SLE refractory to at least two standard "
                 "immunosuppressants and one biologic, outlines exclusion criteria, lymphodepletion regimens, "
                 "management of cytokine release syndrome and infection prophylaxis, and specifies long-term "
                 "follow-up of at least 15 years.",
        pubtypes=("Journal Article", "Consensus Development Conference", "Practice Guideline"),
        label=L(relevant=True, design="guideline", therapies=["car_t"], new_guideline=True,
                evidence_numbers={"refractory": "guideline -> null",
                                  "follow_up_months": "recommended follow-up, not a study's -> null"}),
    ),
    Record(
        pmid="90100020",
        journal="Stem Cell Reports",
        title="Induced pluripotent stem cell-derived mesenchymal stromal cells ameliorate nephritis in NZB/W F1 "
              "mice",
        abstract="Donor variability limits tissue-derived MSC products. We differentiated human induced "
                 "pluripotent stem cells into MSCs (iMSCs) and injected them into 24-week-old NZB/W F1 mice "
                 "(n = 12) or vehicle controls (n = 12). iMSCs reduced proteinuria and anti-dsDNA and "
                 "prolonged survival (median 41 vs 33 weeks), with effects comparable to bone marrow MSCs. "
                 "iMSCs could offer a standardised cell source for lupus nephritis.",
        pubtypes=("Journal Article",),
        mesh=(LN, "Induced Pluripotent Stem Cells", "Animals", "Mice, Inbred NZB"),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="other", lupus_nephritis=True,
                evidence_numbers={"msc_source": "iPSC-derived -> other"}),
    ),
    Record(
        pmid="90100021",
        journal="Journal of Autoimmunity",
        title="BCMA-directed CAR T cells eliminate long-lived plasma cells in a humanised lupus model",
        abstract="Long-lived plasma cells are resistant to B-cell depletion. We tested human BCMA CAR T cells in "
                 "NSG mice reconstituted with bone marrow plasma cells from patients with SLE. BCMA CAR T cells "
                 "removed plasma cells from bone marrow and spleen and reduced anti-Sm and anti-Ro antibodies by "
                 "more than 90% within 3 weeks, whereas CD19 CAR T cells had no effect on established plasma "
                 "cells.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "Plasma Cells", "Receptors, Chimeric Antigen", "Animals", "Mice"),
        label=L(relevant=True, design="preclinical", therapies=["car_t"]),
    ),
    Record(
        pmid="90100022",
        journal="Annals of the Rheumatic Diseases",
        title="Mesenchymal stem cells in lupus nephritis: negative trial, open questions",
        abstract="The randomised trial by colleagues, in which umbilical cord mesenchymal stem cells added nothing "
                 "to cyclophosphamide in lupus nephritis, deserves attention. We argue that the small sample, "
                 "the potent background therapy and the cell dose may explain the result, and that the trial "
                 "does not exclude benefit in refractory disease. Potency assays and adequately powered trials are "
                 "required.",
        pubtypes=("Comment", "Letter"),
        label=L(relevant=True, design="other", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True),
    ),
    Record(
        pmid="90100023",
        journal="Lupus Science & Medicine",
        title="Autologous haematopoietic stem cell transplantation in refractory lupus: a single-centre "
              "retrospective cohort from Turkey",
        abstract="Twenty-three patients with refractory SLE underwent AHSCT between 2008 and 2020. Median "
                 "follow-up was 5.5 years (range 1–12). The 5-year overall survival was 87% and the 5-year "
                 "disease-free survival 48%. Two patients (8.7%) died of infection within 100 days. Relapse "
                 "occurred in 7 patients.",
        pubtypes=("Journal Article", "Retracted Publication"),
        retraction_in=("90100024",),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], refractory=True, n_patients=23,
                follow_up_months=years(5.5), retracted=True,
                outcomes={"overall_survival": pct(87), "disease_free_survival": pct(48), "mortality": kn(2, 23),
                          "relapse": kn(7, 23)}),
    ),
    Record(
        pmid="90100024",
        journal="Lupus Science & Medicine",
        title="Retraction: Autologous haematopoietic stem cell transplantation in refractory lupus: a "
              "single-centre retrospective cohort from Turkey",
        abstract="This article has been retracted at the request of the institution. An investigation found that "
                 "the data of several patients had been duplicated from another publication.",
        pubtypes=("Retraction of Publication",),
        retraction_of=("90100023",),
        entrez="2026-01-20",
        label=L(relevant=True, design="other", therapies=["hsct_autologous"], refractory=True, retracted=True),
    ),
    Record(
        pmid="90100025",
        journal="Bone Marrow Transplantation",
        title="Non-myeloablative autologous haematopoietic stem cell transplantation for severe lupus: a phase "
              "2 trial from Japan",
        abstract="In this phase 2 trial, 15 patients with severe SLE refractory to cyclophosphamide received "
                 "non-myeloablative conditioning with cyclophosphamide and ATG, followed by infusion of "
                 "unmanipulated autologous peripheral blood stem cells (median 2.0 x 106 CD34+ cells/kg). With a "
                 "median follow-up of 4 years, 10 of 15 patients (67%) were in remission and the estimated "
                 "4-year overall survival was 93%. No treatment-related deaths occurred.",
        pubtypes=("Journal Article", "Clinical Trial, Phase II"),
        label=L(relevant=True, design="single_arm_trial", phase="II", therapies=["hsct_autologous"],
                refractory=True, n_patients=15, follow_up_months=years(4), dose_cells_per_kg=2e6,
                outcomes={"remission": kn(10, 15), "overall_survival": pct(93),
                          "treatment_related_mortality": none_of(15)},
                evidence_numbers={"dose_cells_per_kg": "'2.0 x 106' is 10^6 with the superscript lost"}),
    ),
    Record(
        pmid="90100026",
        journal="Clinical Rheumatology",
        title="Mesenchymal stem cells plus standard therapy versus standard therapy in active lupus: a "
              "non-randomised multicentre comparison",
        abstract=[
            ("INTRODUCTION", "Randomisation is often refused by patients offered cell therapy."),
            ("METHOD", "Three centres offered bone marrow MSCs (1 × 10^6 cells/kg) to all eligible patients with "
             "active SLE, while two comparable centres gave standard therapy; allocation depended on centre. "
             "Follow-up lasted 12 months."),
            ("RESULTS", "In total, 90 patients were enrolled (MSC 45; standard 45). At 12 months, remission was "
             "achieved in 26/45 (57.8%) vs 19/45 (42.2%); complete remission in 11/45 (24.4%) vs 7/45 "
             "(15.6%). No deaths occurred in the MSC group."),
            ("CONCLUSIONS", "MSCs may add benefit, but confounding by centre cannot be excluded."),
        ],
        pubtypes=("Journal Article", "Multicenter Study"),
        label=L(relevant=True, design="non_randomized_trial", therapies=["msc"], msc_source="bone_marrow",
                n_patients=90, follow_up_months=12, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(26, 45), "complete_remission": kn(11, 45), "mortality": none_of(45)}),
    ),
    # ------------------------------------------------------------------ noise
    Record(
        pmid="90100027",
        journal="Kidney International",
        title="Anifrolumab in active lupus nephritis: a randomised, placebo-controlled phase 2 trial",
        abstract="One hundred and forty-seven patients with active proliferative lupus nephritis were randomised "
                 "to intravenous anifrolumab (basic or intensified regimen) or placebo with mycophenolate and "
                 "glucocorticoids. Complete renal response at week 52 was 45.5% with intensified anifrolumab "
                 "and 31.1% with placebo. Herpes zoster was more frequent with anifrolumab.",
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Randomized Controlled Trial"),
        label=L(relevant=False, design="rct", phase="II", lupus_nephritis=True, n_patients=147),
    ),
    Record(
        pmid="90100028",
        journal="Lancet",
        title="Dapirolizumab pegol in systemic lupus erythematosus: a phase 3 randomised trial",
        abstract="Dapirolizumab pegol, an anti-CD40L Fab' fragment, or placebo was given to 321 patients with "
                 "moderate-to-severe SLE for 48 weeks. BICLA response was 49.5% vs 34.6%. Severe flares were "
                 "fewer with active treatment. Serious adverse events occurred in 9.8% and 10.3%.",
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial"),
        label=L(relevant=False, design="rct", phase="III", n_patients=321, follow_up_months=weeks(48)),
    ),
    Record(
        pmid="90100029",
        journal="Stroke",
        title="Intravenous allogeneic bone marrow mesenchymal stem cells after ischaemic stroke: a randomised "
              "trial",
        abstract="We randomly assigned 120 patients within 7 days of ischaemic stroke to intravenous bone marrow "
                 "MSCs (1.5 × 10^6 cells/kg) or placebo. The modified Rankin Scale at 90 days did not differ. "
                 "No cell-related serious adverse events occurred.",
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        label=L(relevant=False, design="rct", therapies=["msc"], msc_source="bone_marrow", n_patients=120,
                dose_cells_per_kg=1.5e6),
    ),
    Record(
        pmid="90100030",
        journal="Blood",
        title="BCMA CAR T cells in relapsed or refractory multiple myeloma: 3-year follow-up",
        abstract="Ninety-seven patients with relapsed or refractory multiple myeloma received BCMA CAR T cells. "
                 "After a median follow-up of 33 months, the overall response rate was 97% and median "
                 "progression-free survival 34.9 months. Treatment-related deaths occurred in 6 patients.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="cohort", therapies=["car_t"], refractory=True, n_patients=97,
                follow_up_months=33),
    ),
    Record(
        pmid="90100031",
        journal="Journal of Neurology",
        title="Autologous haematopoietic stem cell transplantation in refractory chronic inflammatory "
              "demyelinating polyneuropathy",
        abstract="Eleven patients with CIDP refractory to immunoglobulin, steroids and plasma exchange underwent "
                 "AHSCT. After a median of 4 years, 8 were in drug-free remission. One patient had coexisting "
                 "cutaneous lupus, which did not change.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="case_series", therapies=["hsct_autologous"], refractory=True, n_patients=11),
    ),
    Record(
        pmid="90100032",
        journal="Transplantation",
        title="Recurrent lupus nephritis after kidney transplantation: incidence and graft outcome",
        abstract="Among 312 kidney transplant recipients with lupus nephritis as the primary disease, biopsy-proven "
                 "recurrence occurred in 9.3% after a median of 4.3 years. Recurrence was associated with "
                 "younger age, black race and positive antiphospholipid antibodies, and tripled the risk of graft "
                 "loss.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="cohort", lupus_nephritis=True, n_patients=312),
    ),
    Record(
        pmid="90100033",
        journal="Pediatric Blood & Cancer",
        title="Lupus anticoagulant in children after umbilical cord blood transplantation",
        abstract="We screened 86 children after umbilical cord blood transplantation for lupus anticoagulant. It "
                 "was positive in 14 (16%), mostly transiently during viral infections, and was not associated "
                 "with thrombosis or with graft-versus-host disease.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="cohort", therapies=["hsct_allogeneic"], pediatric=True, n_patients=86),
    ),
    Record(
        pmid="90100034",
        journal="Journal of Immunotherapy",
        title="Pembrolizumab-induced systemic lupus erythematosus with nephritis",
        abstract="A 63-year-old man receiving pembrolizumab for melanoma developed arthritis, pleuritis, "
                 "anti-dsDNA antibodies and class IV lupus nephritis after 8 cycles. Immune checkpoint "
                 "inhibitor-induced lupus responded to glucocorticoids and mycophenolate after pembrolizumab "
                 "was stopped.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_report", lupus_nephritis=True, n_patients=1),
    ),
    Record(
        pmid="90100035",
        journal="Bone Marrow Transplantation",
        title="Co-transplantation of mesenchymal stem cells with haploidentical grafts in severe aplastic anaemia",
        abstract="Forty-four patients with severe aplastic anaemia received haploidentical stem cell "
                 "transplantation with co-infusion of umbilical cord MSCs (5 × 10^5/kg). Engraftment occurred "
                 "in 43, grade II-IV acute GvHD in 18%, and 3-year overall survival was 84%.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="cohort", therapies=["hsct_allogeneic", "msc"], msc_source="umbilical_cord",
                n_patients=44, dose_cells_per_kg=5e5),
    ),
    Record(
        pmid="90100036",
        journal="Arthritis & Rheumatology",
        title="Subcutaneous belimumab in childhood-onset systemic lupus erythematosus: an open-label study",
        abstract="Twenty-eight children aged 5-17 years with active childhood-onset SLE received weekly "
                 "subcutaneous belimumab with standard therapy for 52 weeks. Pharmacokinetics matched adult "
                 "exposure, and SRI-4 response at week 52 was 57%. No new safety signals were seen.",
        pubtypes=("Journal Article", "Clinical Trial"),
        label=L(relevant=False, design="single_arm_trial", pediatric=True, n_patients=28,
                follow_up_months=weeks(52)),
    ),
]
