"""Development set: our own PubMed-style records on cell therapy in SLE, with labels.

Written by the annotator from the label conventions in LABELING.md; facts and numbers follow
the shape of published studies, the sentences are ours. Rebuild the XML and JSONL with
`python tests/data/labelled_sets.py devset` after editing.
"""

from datetime import date

from labelled_sets import L, Record, kn, none_of, pct, weeks, years

FIRST_ENTREZ = date(2024, 1, 8)
ENTREZ_STEP_DAYS = 9

SLE = "Lupus Erythematosus, Systemic"
LN = "Lupus Nephritis"
HUMANS = "Humans"

RECORDS = [
    Record(
        pmid="90000001",
        journal="Journal of Clinical Immunology and Transplantation",
        title="Nonmyeloablative autologous haematopoietic stem cell transplantation for severe, "
              "treatment-refractory systemic lupus erythematosus: a single-centre experience",
        abstract=[
            ("BACKGROUND", "Patients whose lupus remains organ- or life-threatening despite intravenous "
             "cyclophosphamide have few remaining options. We evaluated the safety and durability of "
             "immunoablation followed by autologous haematopoietic stem cell transplantation (HSCT)."),
            ("METHODS", "In this single-arm study, 50 patients with SLE refractory to at least six monthly "
             "pulses of cyclophosphamide were enrolled between 1997 and 2005. Stem cells were mobilised with "
             "cyclophosphamide (2.0 g/m2) and filgrastim; conditioning consisted of cyclophosphamide 200 mg/kg, "
             "equine antithymocyte globulin and methylprednisolone. The primary end point was survival; "
             "secondary end points were disease-free survival, disease activity and organ function."),
            ("RESULTS", "The mean age of the enrolled patients was 30 years, and 22 had active lupus nephritis. "
             "Forty-eight of the 50 patients proceeded to transplantation; two withdrew after mobilisation. "
             "Treatment-related mortality was 2% (1/50). With a mean follow-up of 29 months (range 6 months to "
             "7.5 years), the estimated 5-year overall survival was 84% and the probability of disease-free "
             "survival at 5 years was 50%. The mean SLEDAI score fell from 22 before mobilisation to 8 at "
             "6 months (p<0.001), and antinuclear antibodies became negative in a third of patients."),
            ("CONCLUSIONS", "Autologous HSCT can reset refractory lupus in a substantial proportion of "
             "patients, with acceptable treatment-related mortality in an experienced centre; a randomised "
             "trial is warranted."),
        ],
        pubtypes=("Journal Article", "Clinical Trial", "Research Support, N.I.H., Extramural"),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", "Transplantation, Autologous", HUMANS, "Adult"),
        label=L(relevant=True, design="single_arm_trial", therapies=["hsct_autologous"], lupus_nephritis=True,
                refractory=True, n_patients=50, follow_up_months=29,
                outcomes={"treatment_related_mortality": kn(1, 50), "overall_survival": pct(84),
                          "disease_free_survival": pct(50)},
                evidence_numbers={"n_patients": "50 patients ... were enrolled (48 transplanted)",
                                  "follow_up_months": "mean follow-up of 29 months"}),
    ),
    Record(
        pmid="90000002",
        journal="Bone Marrow Transplantation",
        title="Autologous haemopoietic stem cell transplantation for systemic lupus erythematosus: "
              "long-term outcomes from the European registry",
        abstract="We analysed every patient with systemic lupus erythematosus (SLE) reported to the European "
                 "Society for Blood and Marrow Transplantation (EBMT) autoimmune diseases registry who received "
                 "an autologous haemopoietic stem cell transplant (HSCT) between 1996 and 2023. Eighty-five "
                 "patients from 31 centres were included; 79% were women and the median age at transplant was "
                 "29 years (range 13-58). All had disease refractory to cyclophosphamide, and 41 had "
                 "biopsy-proven lupus nephritis. After a median follow-up of 6.2 years, the 5-year overall "
                 "survival was 81% (95% CI 71-89%) and the 5-year progression-free survival was 53% (95% CI "
                 "41-64%). Non-relapse mortality at 100 days was 5.9% (5/85), mostly due to infections. "
                 "Sixty of the 85 patients (71%) reached remission, defined as SLEDAI-2K of 2 or "
                 "less without more than 10 mg prednisone daily; among these responders, 19 relapsed (32%). "
                 "Secondary autoimmune disease developed in 8 patients. Non-relapse mortality was highest in "
                 "the first decade of the registry. Autologous HSCT can induce durable remission in refractory "
                 "SLE, at a transplant-related mortality that has fallen over time.",
        pubtypes=("Journal Article", "Multicenter Study", "Observational Study"),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", "Registries", HUMANS, "Europe"),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], lupus_nephritis=True,
                refractory=True, n_patients=85, follow_up_months=years(6.2),
                outcomes={"overall_survival": pct(81), "disease_free_survival": pct(53),
                          "treatment_related_mortality": kn(5, 85), "remission": kn(60, 85),
                          "relapse": kn(19, 60)},
                evidence_numbers={"disease_free_survival": "progression-free survival counts as DFS"}),
    ),
    Record(
        pmid="90000003",
        journal="Lancet Rheumatology",
        title="Anifrolumab in moderate-to-severe systemic lupus erythematosus with inadequate response to "
              "standard therapy: a 52-week randomised, placebo-controlled phase 3 trial in Asia",
        abstract=[
            ("BACKGROUND", "Type I interferon signalling drives disease activity in many patients with SLE, "
             "but data on interferon receptor blockade outside Western cohorts are limited."),
            ("METHODS", "Adults with SLE (SLEDAI-2K of 6 or more) on stable standard therapy were randomly "
             "assigned 1:1 to intravenous anifrolumab 300 mg or placebo every 4 weeks for 48 weeks. The "
             "primary endpoint was a BICLA response at week 52."),
            ("RESULTS", "Of 512 patients screened, 360 were randomised (180 per group). A BICLA response "
             "occurred in 47.8% of patients receiving anifrolumab and 31.5% receiving placebo (difference "
             "16.3 percentage points, 95% CI 6.4 to 26.2; p<0.001). Serious adverse events were reported in "
             "8.3% and 16.7%, respectively; herpes zoster was more common with anifrolumab (6.1% vs 1.7%)."),
            ("CONCLUSIONS", "Anifrolumab improved disease activity in Asian patients with moderate-to-severe "
             "SLE, with a safety profile consistent with earlier trials."),
            ("TRIAL REGISTRATION", "ClinicalTrials.gov NCT09000311."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial", "Multicenter Study"),
        mesh=(SLE, "Antibodies, Monoclonal, Humanized", "Receptor, Interferon alpha-beta", HUMANS),
        label=L(relevant=False, design="rct", phase="III", n_patients=360, follow_up_months=weeks(52),
                evidence_numbers={"note": "noise: biologic drug trial"}),
    ),
    Record(
        pmid="90000004",
        journal="Annals of the Rheumatic Diseases",
        title="Umbilical cord-derived mesenchymal stem cells added to standard immunosuppression in active "
              "lupus nephritis: a double-blind, placebo-controlled randomised trial",
        abstract=[
            ("OBJECTIVES", "Uncontrolled studies have suggested that mesenchymal stem cells (MSCs) improve "
             "lupus nephritis. We tested whether umbilical cord MSCs add to standard induction therapy."),
            ("METHODS", "Patients with biopsy-proven class III or IV lupus nephritis were randomised 2:1 to "
             "umbilical cord MSCs (2 x 10^8 cells per infusion, two infusions one week apart) or placebo, on "
             "top of methylprednisolone and intravenous cyclophosphamide. The primary end point was renal "
             "remission (complete or partial) at 12 months. All patients were followed for 12 months."),
            ("RESULTS", "Of 25 patients screened, 18 were randomised (12 to MSCs and 6 to placebo) before "
             "enrolment was stopped for futility. Remission occurred in 9 of 12 (75%) MSC recipients and in "
             "5 of 6 (83%) placebo recipients. Complete remission was reached by 5 of 12 (42%) and 3 of 6 "
             "(50%) patients, respectively. Serious adverse events occurred in 2 of 12 patients in the MSC "
             "group and 1 of 6 in the placebo group; none was related to the infusion."),
            ("CONCLUSIONS", "Umbilical cord MSCs gave no additional benefit over standard immunosuppression "
             "in active lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS, "Double-Blind Method"),
        label=L(relevant=True, design="rct", therapies=["msc"], msc_source="umbilical_cord", lupus_nephritis=True,
                n_patients=18, follow_up_months=12,
                outcomes={"remission": kn(9, 12), "complete_remission": kn(5, 12),
                          "serious_adverse_events": kn(2, 12)},
                evidence_numbers={"dose_cells_per_kg": "2 x 10^8 cells per infusion is not per kg -> null",
                                  "n_patients": "18 randomised, not 25 screened"}),
    ),
    Record(
        pmid="90000005",
        journal="Stem Cells Translational Medicine",
        title="Dose escalation of allogeneic bone marrow mesenchymal stromal cells in refractory lupus "
              "nephritis: a phase 1 trial",
        abstract=[
            ("BACKGROUND", "The safe dose range of mesenchymal stromal cells in lupus nephritis has not been "
             "defined."),
            ("METHODS", "We conducted an open-label, 3+3 dose-escalation trial of a single intravenous infusion "
             "of allogeneic bone marrow-derived MSCs at 1.0, 2.0 and 3.0 x 10^6 cells/kg. Eligible adults had "
             "active lupus nephritis refractory to mycophenolate or cyclophosphamide for at least 6 months. "
             "The primary endpoint was dose-limiting toxicity (DLT) within 28 days."),
            ("RESULTS", "Twelve patients were treated: three at each of the two lower levels and six at the "
             "highest level. No DLT was observed, and the maximum tolerated dose was defined as 3.0 x 10^6 "
             "cells/kg. Infusion reactions were mild and transient. During 12 months of follow-up, 6 of 12 "
             "patients (50%) achieved a renal response, including 3 complete renal responses (25%). No "
             "patient died. One serious adverse event (pneumonia, judged unrelated) occurred."),
            ("CONCLUSIONS", "Bone marrow MSCs up to 3.0 x 10^6 cells/kg were well tolerated in refractory "
             "lupus nephritis and merit a randomised phase 2 trial."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", "Bone Marrow Cells", HUMANS, "Maximum Tolerated Dose"),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["msc"], msc_source="bone_marrow",
                lupus_nephritis=True, refractory=True, n_patients=12, follow_up_months=12, dose_cells_per_kg=3e6,
                outcomes={"remission": kn(6, 12), "complete_remission": kn(3, 12), "mortality": none_of(12),
                          "serious_adverse_events": kn(1, 12)}),
    ),
    Record(
        pmid="90000006",
        journal="Biology of Blood and Marrow Transplantation",
        title="Bone marrow-derived mesenchymal stromal cells for steroid-refractory acute graft-versus-host "
              "disease: a multicentre cohort",
        abstract="Steroid-refractory acute graft-versus-host disease (GvHD) after allogeneic haematopoietic cell "
                 "transplantation carries a poor prognosis. We reviewed 68 adults and children who received "
                 "third-party bone marrow-derived mesenchymal stromal cells (MSCs) at a median dose of 1.5 x 10^6 "
                 "cells/kg per infusion, up to four infusions, for grade II-IV steroid-refractory acute GvHD at "
                 "nine centres between 2012 and 2022. The overall response at day 28 was 56% (38/68), with "
                 "complete responses in 28%. One-year overall survival was 42% and was higher among responders "
                 "(61% vs 18%). No infusion-related toxicity was recorded. MSCs remain a reasonable salvage "
                 "option for steroid-refractory acute GvHD, although durable responses are uncommon.",
        pubtypes=("Journal Article", "Multicenter Study"),
        mesh=("Graft vs Host Disease", "Mesenchymal Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="cohort", therapies=["msc"], msc_source="bone_marrow", refractory=True,
                n_patients=68, dose_cells_per_kg=1.5e6,
                evidence_numbers={"note": "noise: MSC in GvHD"}),
    ),
    Record(
        pmid="90000007",
        journal="New England Journal of Medicine",
        title="CD19-directed CAR T cells in a young woman with refractory lupus nephritis",
        abstract="A 20-year-old woman with systemic lupus erythematosus and class III lupus nephritis had active "
                 "disease despite hydroxychloroquine, glucocorticoids, mycophenolate mofetil, tacrolimus, "
                 "belimumab and rituximab. After lymphodepletion with fludarabine and cyclophosphamide, she "
                 "received autologous CD19 chimeric antigen receptor (CAR) T cells at 1.1 x 10^6 cells per "
                 "kilogram. The CAR T cells expanded in vivo, circulating B cells disappeared and anti-dsDNA "
                 "antibodies became undetectable within 5 weeks. Proteinuria fell from 2.3 g/day to 0.4 g/day, "
                 "and the SLEDAI-2K score fell from 16 to 0 by week 6. Cytokine release syndrome did not exceed "
                 "grade 1. At the last follow-up, 10 months after infusion, she remained in remission without "
                 "immunosuppressive treatment.",
        pubtypes=("Letter", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=1, follow_up_months=10, dose_cells_per_kg=1.1e6,
                evidence_numbers={"outcomes": "case report: no outcome rates by convention"}),
    ),
    Record(
        pmid="90000008",
        journal="Nature Medicine",
        title="Anti-CD19 CAR T-cell therapy for refractory systemic lupus erythematosus: a case series of "
              "five patients",
        abstract=[
            ("BACKGROUND", "Autoreactive B cells are central to lupus, but antibody-mediated B-cell depletion "
             "often fails to reach tissue-resident cells."),
            ("METHODS", "Five patients (four women and one man; median age 22 years, range 18-24) with active "
             "SLE refractory to several immunosuppressive drugs and biologics, all with lupus nephritis, "
             "received autologous CD19 CAR T cells (1 x 10^6 cells/kg) after fludarabine and "
             "cyclophosphamide under compassionate use."),
            ("RESULTS", "CAR T cells expanded in all patients and deep B-cell depletion followed. Remission "
             "according to the DORIS definition was achieved by all five patients (5/5) by month 3, and all "
             "immunosuppressive drugs were stopped. After a median follow-up of 8 months (range 5–17), "
             "drug-free remission persisted and no patient relapsed, even after B cells reappeared at a mean "
             "of 110 days. Cytokine release syndrome was mild (grade 1) in three patients."),
            ("CONCLUSIONS", "CD19 CAR T-cell transfer was feasible, tolerable and highly effective in this "
             "small series of patients with refractory SLE."),
        ],
        pubtypes=("Journal Article", "Case Reports"),
        mesh=(SLE, "Immunotherapy, Adoptive", "Receptors, Chimeric Antigen", HUMANS, LN),
        label=L(relevant=True, design="case_series", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=5, follow_up_months=8, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(5, 5), "relapse": none_of(5)}),
    ),
    Record(
        pmid="90000009",
        journal="Kidney International",
        title="Intravenous belimumab added to standard induction therapy in active lupus nephritis: a "
              "104-week randomized trial",
        abstract=[
            ("BACKGROUND", "B-lymphocyte stimulator is raised in active lupus nephritis."),
            ("METHODS", "Adults with biopsy-proven active lupus nephritis were randomized to intravenous "
             "belimumab (10 mg/kg) or placebo in addition to mycophenolate mofetil or low-dose "
             "cyclophosphamide followed by azathioprine, for 104 weeks. The primary end point was primary "
             "efficacy renal response at week 104."),
            ("RESULTS", "A total of 448 patients underwent randomization. At week 104, more patients in the "
             "belimumab group than in the placebo group had a primary efficacy renal response (43% vs 32%; "
             "odds ratio 1.6; 95% CI 1.0 to 2.3) and a complete renal response (30% vs 20%). The risk of a "
             "renal-related event or death was lower with belimumab (hazard ratio 0.51)."),
            ("CONCLUSIONS", "Adding belimumab to standard therapy improved renal outcomes in lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial"),
        mesh=(LN, "Antibodies, Monoclonal, Humanized", HUMANS),
        label=L(relevant=False, design="rct", phase="III", lupus_nephritis=True, n_patients=448,
                follow_up_months=weeks(104), evidence_numbers={"note": "noise: biologic drug trial in LN"}),
    ),
    Record(
        pmid="90000010",
        journal="Lancet",
        title="Autologous CD19 CAR T cells in refractory systemic lupus erythematosus: an open-label, "
              "single-arm, phase 1 dose-escalation study",
        abstract=[
            ("BACKGROUND", "Case reports suggest that CD19 CAR T cells can induce drug-free remission in lupus, "
             "but prospective dose-finding data are lacking."),
            ("METHODS", "Patients aged 18-65 years with SLEDAI-2K of 8 or more despite at least two "
             "immunosuppressants were enrolled at two centres. CAR T cells were given at three dose levels: "
             "0.5 x 10^6, 1.0 x 10^6 and 2.0 x 10^6 cells/kg. Primary endpoints were dose-limiting toxicity "
             "and adverse events."),
            ("RESULTS", "Of 17 patients screened, 12 were infused (three, three and six per dose level); their "
             "median SLEDAI-2K was 16 (IQR 12-20). Cytokine release syndrome of grade 1 occurred in 9 of 12 "
             "patients (75%); there was no neurotoxicity and no dose-limiting toxicity. An SRI-4 response at "
             "6 months was seen in 11 of 12 patients (92%). Among seven patients with lupus nephritis, five "
             "(71%) had a complete renal response. Median follow-up was 9.5 months (range 3-18)."),
            ("INTERPRETATION", "CD19 CAR T cells up to 2.0 x 10^6 cells/kg were tolerable and active in "
             "refractory SLE."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase I", "Multicenter Study"),
        mesh=(SLE, "Receptors, Chimeric Antigen", "Immunotherapy, Adoptive", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=12, follow_up_months=9.5, dose_cells_per_kg=2e6,
                outcomes={"remission": kn(11, 12), "complete_remission": kn(5, 7)},
                evidence_numbers={"n_patients": "12 infused, not 17 screened",
                                  "refractory": "despite at least two immunosuppressants"}),
    ),
    Record(
        pmid="90000011",
        journal="Arthritis Research & Therapy",
        title="Umbilical cord mesenchymal stem cell infusion in refractory systemic lupus erythematosus: a "
              "pilot study",
        abstract="Sixteen patients with active systemic lupus erythematosus refractory to cyclophosphamide and "
                 "glucocorticoids received a single intravenous infusion of umbilical cord mesenchymal stem "
                 "cells (UC-MSC) at 1 million cells/kg of body weight. Ten of them had lupus nephritis. Patients "
                 "were followed for a mean of 8.3 months. The SLEDAI score decreased from 12.3 at baseline to 4.6 "
                 "at the last visit (p<0.01), 24-hour proteinuria fell from 2.2 g to 1.0 g, and serum albumin "
                 "and complement C3 rose. Clinical remission was observed in 13 of the 16 patients (81.3%). No "
                 "treatment-related deaths or serious adverse events occurred. UC-MSC infusion appears safe and "
                 "may benefit patients with refractory lupus; controlled trials are needed.",
        pubtypes=("Journal Article", "Clinical Trial"),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, refractory=True, n_patients=16, follow_up_months=8.3, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(13, 16), "treatment_related_mortality": none_of(16),
                          "serious_adverse_events": none_of(16)}),
    ),
    Record(
        pmid="90000012",
        journal="Multiple Sclerosis Journal",
        title="Autologous haematopoietic stem cell transplantation in aggressive relapsing-remitting multiple "
              "sclerosis: a national cohort",
        abstract=[
            ("BACKGROUND", "Autologous haematopoietic stem cell transplantation (aHSCT) is increasingly used for "
             "highly active multiple sclerosis."),
            ("METHODS", "All patients treated with aHSCT for multiple sclerosis in the national registry between "
             "2008 and 2021 were included. Conditioning was BEAM plus antithymocyte globulin or cyclophosphamide "
             "plus ATG."),
            ("RESULTS", "We included 210 patients with active disease despite high-efficacy therapy. After a "
             "median follow-up of 6.1 years, progression-free survival at 5 years was 73% and no evidence of "
             "disease activity was maintained in 62%. Transplant-related mortality was 0.5% (1/210)."),
            ("CONCLUSIONS", "aHSCT gives durable disease control in aggressive multiple sclerosis."),
        ],
        pubtypes=("Journal Article", "Observational Study"),
        mesh=("Multiple Sclerosis, Relapsing-Remitting", "Hematopoietic Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="cohort", therapies=["hsct_autologous"], n_patients=210,
                follow_up_months=years(6.1), evidence_numbers={"note": "noise: HSCT in multiple sclerosis"}),
    ),
    Record(
        pmid="90000013",
        journal="Annals of the Rheumatic Diseases",
        title="Umbilical cord mesenchymal stem cell transplantation in active and refractory systemic lupus "
              "erythematosus: a multicentre clinical study",
        abstract=[
            ("OBJECTIVE", "To assess the efficacy and safety of allogeneic umbilical cord mesenchymal stem cell "
             "(UC-MSC) transplantation in active, refractory systemic lupus erythematosus."),
            ("METHODS", "Forty patients with active SLE (SLEDAI of 8 or more) that was refractory to standard "
             "treatment were recruited from four centres. UC-MSCs were infused intravenously on days 0 and 7 "
             "at 1 × 10^6 cells/kg each. Patients were followed for 12 months. Major clinical response (MCR) "
             "and partial clinical response (PCR) were defined by BILAG."),
            ("RESULTS", "At 12 months, 13 of 40 patients (32.5%) had achieved MCR and 11 (27.5%) PCR, an overall "
             "response rate of 60% (24/40). Seven of the 24 responders (29.2%) relapsed after 6 months of "
             "remission. SLEDAI and BILAG scores fell significantly, and serum albumin and complement rose. Two "
             "patients died during follow-up, one from pneumonia and one from cerebral haemorrhage."),
            ("CONCLUSIONS", "UC-MSC transplantation induced clinical remission and improved organ function in "
             "refractory SLE."),
        ],
        pubtypes=("Journal Article", "Clinical Trial", "Multicenter Study"),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="umbilical_cord",
                refractory=True, n_patients=40, follow_up_months=12, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(24, 40), "complete_remission": kn(13, 40), "relapse": kn(7, 24),
                          "mortality": kn(2, 40)},
                evidence_numbers={"complete_remission": "major clinical response counts as complete"}),
    ),
    Record(
        pmid="90000014",
        journal="Cell Transplantation",
        title="Allogeneic mesenchymal stem cell transplantation in refractory systemic lupus erythematosus: a "
              "long-term follow-up study",
        abstract="Between 2007 and 2010, 87 patients with refractory systemic lupus erythematosus received a "
                 "single infusion of allogeneic bone marrow- or umbilical cord-derived mesenchymal stem cells "
                 "(MSCs) at 1 x 10^6 cells/kg in our department, and we report their long-term outcomes. Fifty "
                 "patients had renal involvement at baseline. Patients were followed for a median of 4 years. "
                 "By 4 years, the cumulative rate of complete clinical remission was 34%, and 23% of patients had "
                 "relapsed. Five patients (6%) died during follow-up, none within the first month after "
                 "infusion. Disease activity, proteinuria and serology improved steadily, and no MSC-related "
                 "malignancy was observed. Allogeneic MSC transplantation gave durable benefit in a subset of "
                 "patients with refractory lupus.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", HUMANS, "Follow-Up Studies"),
        label=L(relevant=True, design="cohort", therapies=["msc"], msc_source=None, lupus_nephritis=True,
                refractory=True, n_patients=87, follow_up_months=years(4), dose_cells_per_kg=1e6,
                outcomes={"complete_remission": pct(34), "relapse": pct(23), "mortality": kn(5, 87)},
                evidence_numbers={"msc_source": "bone marrow or umbilical cord: mixed -> null",
                                  "lupus_nephritis": "renal involvement"}),
    ),
    Record(
        pmid="90000015",
        journal="American Journal of Transplantation",
        title="Kidney transplant outcomes in end-stage kidney disease due to lupus nephritis: a national "
              "registry cohort",
        abstract=[
            ("BACKGROUND", "Patients with lupus nephritis who reach end-stage kidney disease are often "
             "considered for transplantation, but graft outcomes remain debated."),
            ("METHODS", "Using the national transplant registry, we compared first kidney transplant recipients "
             "with lupus nephritis and matched recipients with other causes of kidney failure (1:4)."),
            ("RESULTS", "Of 6,270 recipients, 1,254 had lupus nephritis. Ten-year graft survival was 68% in "
             "lupus nephritis and 71% in controls (adjusted HR 1.08, 95% CI 0.94-1.24); recurrent nephritis "
             "caused 2.1% of graft losses. Patient survival at 10 years was 81% vs 84%."),
            ("CONCLUSIONS", "Kidney transplantation is a good option in lupus nephritis."),
        ],
        pubtypes=("Journal Article",),
        mesh=(LN, "Kidney Transplantation", "Kidney Failure, Chronic", HUMANS, "Registries"),
        label=L(relevant=False, design="cohort", lupus_nephritis=True, n_patients=6270,
                evidence_numbers={"note": "noise: kidney transplantation in LN"}),
    ),
    Record(
        pmid="90000016",
        journal="Frontiers in Immunology",
        title="Efficacy and safety of mesenchymal stem cell transplantation for systemic lupus erythematosus: a "
              "systematic review and meta-analysis",
        abstract=[
            ("BACKGROUND", "Many small clinical studies have reported on mesenchymal stem cells (MSCs) in SLE, "
             "with conflicting conclusions."),
            ("METHODS", "PubMed, Embase, the Cochrane Library and CNKI were searched to March 2024 for clinical "
             "studies of MSC transplantation in SLE. Random-effects models were used."),
            ("RESULTS", "Eighteen studies (six randomized controlled trials and 12 single-arm studies) with "
             "1,024 patients were included. MSC transplantation lowered SLEDAI (mean difference -3.42, 95% CI "
             "-4.68 to -2.16) and 24-h proteinuria (mean difference -0.89 g, 95% CI -1.31 to -0.47). The pooled "
             "remission rate in single-arm studies was 58% (95% CI 49%-67%; I2 = 71%). Serious adverse events "
             "were not more frequent than with control treatment (RR 0.87, 95% CI 0.52-1.45)."),
            ("CONCLUSIONS", "MSC transplantation appears effective and safe in SLE, but high-quality randomized "
             "trials are scarce."),
        ],
        pubtypes=("Journal Article", "Meta-Analysis", "Systematic Review"),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", HUMANS),
        label=L(relevant=True, design="meta_analysis", therapies=["msc"], n_patients=1024, n_studies=18,
                outcomes={"remission": pct(58)}),
    ),
    Record(
        pmid="90000017",
        journal="Rheumatology (Oxford)",
        title="Autologous haematopoietic stem cell transplantation in severe refractory systemic lupus "
              "erythematosus: a meta-analysis of outcomes",
        abstract="Autologous haematopoietic stem cell transplantation (HSCT) has been used for severe, refractory "
                 "systemic lupus erythematosus for almost three decades, but outcome estimates vary widely. We "
                 "searched MEDLINE, Embase and transplant registries to December 2023 for studies reporting "
                 "efficacy or safety of autologous HSCT in SLE. Fifteen studies involving 279 patients met the "
                 "inclusion criteria; none was randomised. The pooled remission rate was 66% (95% CI, 57%-74%), "
                 "with moderate heterogeneity (I2 = 42%). Pooled treatment-related mortality was 5% (95% CI, "
                 "3%-9%) and the pooled 5-year overall survival was 86%. Studies published after 2010 reported "
                 "lower treatment-related mortality than earlier series. Autologous HSCT induces remission in "
                 "about two thirds of patients with refractory SLE; its mortality argues for careful selection.",
        pubtypes=("Journal Article", "Meta-Analysis"),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", HUMANS),
        label=L(relevant=True, design="meta_analysis", therapies=["hsct_autologous"], refractory=True,
                n_patients=279, n_studies=15,
                outcomes={"remission": pct(66), "treatment_related_mortality": pct(5),
                          "overall_survival": pct(86)}),
    ),
    Record(
        pmid="90000018",
        journal="Transplantation and Cellular Therapy",
        title="Prevalence and thrombotic significance of lupus anticoagulant after allogeneic haematopoietic "
              "stem cell transplantation",
        abstract="Antiphospholipid antibodies can appear after allogeneic haematopoietic stem cell transplantation, "
                 "but their clinical meaning is unclear. We tested 412 consecutive allogeneic transplant "
                 "recipients for lupus anticoagulant at day 100 and followed them for thrombosis. Lupus "
                 "anticoagulant was detected in 37 recipients (9.0%) and was associated with chronic "
                 "graft-versus-host disease (OR 2.4, 95% CI 1.2-4.8). Venous thromboembolism occurred in 16% of "
                 "positive and 7% of negative recipients. Routine screening for lupus anticoagulant may help "
                 "identify transplant recipients at risk of thrombosis.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="cohort", therapies=["hsct_allogeneic"], n_patients=412,
                evidence_numbers={"note": "noise: lupus anticoagulant in transplant recipients"}),
    ),
    Record(
        pmid="90000019",
        journal="Autoimmunity Reviews",
        title="CAR T-cell therapy for systemic lupus erythematosus: a systematic review of published cases and "
              "early-phase trials",
        abstract=[
            ("INTRODUCTION", "Chimeric antigen receptor (CAR) T cells targeting B-lineage antigens have moved "
             "rapidly from case reports to trials in lupus."),
            ("METHODS", "We systematically searched MEDLINE, Embase and congress abstracts to June 2025 for "
             "reports of CAR T cells in SLE; data were summarised descriptively without pooling."),
            ("RESULTS", "Twenty-four reports describing 138 patients were included; most patients had "
             "refractory disease, and lupus nephritis was present in 70%. CD19 was the commonest target, "
             "followed by BCMA/CD19 dual constructs. Remission (DORIS or LLDAS) was reported in 121 of 138 "
             "patients (87.7%). Cytokine release syndrome occurred in 61%, grade 3 or higher in 2%. One death "
             "was reported."),
            ("CONCLUSIONS", "Early experience with CAR T cells in SLE is encouraging, but follow-up is short and "
             "controlled trials are missing."),
        ],
        pubtypes=("Journal Article", "Systematic Review", "Review"),
        mesh=(SLE, "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=True, design="systematic_review", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=138, n_studies=24,
                outcomes={"remission": kn(121, 138), "mortality": kn(1, 138)}),
    ),
    Record(
        pmid="90000020",
        journal="Current Opinion in Rheumatology",
        title="Haematopoietic and mesenchymal stem cell therapy for refractory lupus: where do we stand?",
        abstract="Purpose of review: Patients with lupus refractory to conventional and biologic therapy remain "
                 "at risk of organ damage and death. This review summarises the clinical experience with "
                 "autologous haematopoietic stem cell transplantation (HSCT) and mesenchymal stem cells (MSCs). "
                 "Recent findings: Since the first autologous transplant for lupus in 1996, several hundred "
                 "patients have been treated; registry and single-centre data suggest remission in about two "
                 "thirds of patients, at the price of a treatment-related mortality that ranged from 2% to 12% "
                 "across series. MSCs, mostly from umbilical cord or bone marrow, have been given to more than "
                 "400 patients in China with few adverse events, but a randomised trial in lupus nephritis did "
                 "not confirm their benefit. Summary: Both approaches remain experimental and should be offered "
                 "within trials at experienced centres.",
        pubtypes=("Journal Article", "Review"),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", "Mesenchymal Stem Cell Transplantation", HUMANS),
        label=L(relevant=True, design="narrative_review", therapies=["hsct_autologous", "msc"], refractory=True,
                evidence_numbers={"note": "narrative review: numbers restated from others are not labelled"}),
    ),
    Record(
        pmid="90000021",
        journal="Annals of the Rheumatic Diseases",
        title="EULAR recommendations for the management of systemic lupus erythematosus: 2023 update",
        abstract=[
            ("OBJECTIVES", "To update the EULAR recommendations for the management of systemic lupus "
             "erythematosus (SLE), including lupus nephritis, in light of new evidence."),
            ("METHODS", "A task force of rheumatologists, nephrologists, other specialists, patients and "
             "methodologists used three systematic literature reviews and a Delphi process; each statement "
             "received a level of evidence, grade and level of agreement."),
            ("RESULTS", "The task force agreed on 5 overarching principles and 13 recommendations. "
             "Hydroxychloroquine is recommended for all patients, glucocorticoids should be tapered to 5 mg/day "
             "or less, and belimumab or anifrolumab should be added early when disease is not controlled. For "
             "lupus nephritis, combination induction with belimumab or a calcineurin inhibitor is endorsed. "
             "Autologous haematopoietic stem cell transplantation and CAR T-cell therapy were judged "
             "experimental and should be reserved for clinical trials."),
            ("CONCLUSIONS", "These recommendations guide treat-to-target management of SLE."),
        ],
        pubtypes=("Journal Article", "Practice Guideline"),
        mesh=(SLE, "Practice Guidelines as Topic", HUMANS),
        label=L(relevant=True, design="guideline", therapies=["car_t", "hsct_autologous"], lupus_nephritis=True,
                new_guideline=True),
    ),
    Record(
        pmid="90000022",
        journal="Drug Safety",
        title="Anti-TNF-induced lupus: fourteen cases from a national pharmacovigilance database",
        abstract="Drug-induced lupus is a recognised complication of tumour necrosis factor inhibitors. We "
                 "describe 14 patients reported to the national pharmacovigilance centre between 2015 and 2023 "
                 "who developed lupus-like disease while receiving infliximab (8), adalimumab (5) or etanercept "
                 "(1) for inflammatory bowel disease or rheumatoid arthritis. Median time to onset was 11 months. "
                 "Anti-dsDNA antibodies were present in 12 and hypocomplementaemia in 6; no patient had nephritis. "
                 "All improved after drug withdrawal, and 4 needed glucocorticoids. Clinicians should recognise "
                 "this reversible syndrome.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_series", n_patients=14,
                evidence_numbers={"note": "noise: drug-induced lupus"}),
    ),
    Record(
        pmid="90000023",
        journal="Stem Cell Research & Therapy",
        title="Bone marrow-derived mesenchymal stem cells ameliorate lupus nephritis in MRL/lpr mice by "
              "restoring regulatory T cells",
        abstract=[
            ("BACKGROUND", "Mesenchymal stem cells (MSCs) are being tested in lupus nephritis, but their "
             "mechanism of action in the kidney is unclear."),
            ("METHODS", "Forty female MRL/lpr mice were randomized at 16 weeks of age to receive syngeneic bone "
             "marrow-derived MSCs (1 x 10^6 cells per mouse, intravenously) or phosphate-buffered saline. "
             "Proteinuria, anti-dsDNA antibodies, renal histology and splenic T-cell subsets were assessed."),
            ("RESULTS", "MSC-treated mice had less proteinuria, lower anti-dsDNA titres and milder "
             "glomerulonephritis than controls; survival at 24 weeks was 85% versus 40%. Splenic regulatory T "
             "cells increased and Th17 cells decreased after MSC transfer."),
            ("CONCLUSIONS", "Bone marrow MSCs attenuate murine lupus nephritis partly through regulatory T "
             "cells."),
        ],
        pubtypes=("Journal Article", "Research Support, Non-U.S. Gov't"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", "Animals", "Mice", "Mice, Inbred MRL lpr", "Female"),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="bone_marrow",
                lupus_nephritis=True,
                evidence_numbers={"note": "preclinical: animal counts, doses and survival are not labelled"}),
    ),
    Record(
        pmid="90000024",
        journal="Science Translational Medicine",
        title="CD19-targeted CAR T cells deplete B cells and prevent lupus nephritis in two murine models",
        abstract="Chimeric antigen receptor (CAR) T cells directed against CD19 eliminate B cells in leukaemia, "
                 "but their effect on autoimmunity is less well characterised. We generated murine CD19 CAR T "
                 "cells and transferred them into lupus-prone NZB/W F1 and MRL/lpr mice (n = 10 per group). CAR "
                 "T cells persisted for more than a year, depleted CD19+ B cells, abolished anti-dsDNA "
                 "antibodies and prevented lupus nephritis; treated mice lived longer than mice given control "
                 "T cells. Transfer before and after the onset of proteinuria was effective. These data support "
                 "clinical testing of CD19 CAR T cells in systemic lupus erythematosus.",
        pubtypes=("Journal Article",),
        mesh=(LN, "Receptors, Chimeric Antigen", "Animals", "Mice", "Disease Models, Animal"),
        label=L(relevant=True, design="preclinical", therapies=["car_t"], lupus_nephritis=True),
    ),
    Record(
        pmid="90000025",
        journal="Bone Marrow Transplantation",
        title="De novo systemic lupus erythematosus three years after allogeneic stem cell transplantation for "
              "acute myeloid leukaemia",
        abstract="Autoimmune disease can arise after allogeneic haematopoietic stem cell transplantation, usually "
                 "in the setting of chronic graft-versus-host disease. We report a 34-year-old man who received "
                 "a matched unrelated donor transplant for acute myeloid leukaemia and, three years later, "
                 "presented with polyarthritis, pericarditis, lymphopenia, low complement and high-titre "
                 "anti-dsDNA antibodies meeting the 2019 EULAR/ACR classification criteria for SLE. Donor "
                 "chimerism was complete. He responded to hydroxychloroquine and a short course of prednisone. "
                 "Post-transplant lupus should be considered in recipients with new multisystem inflammation.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_report", therapies=["hsct_allogeneic"], n_patients=1,
                evidence_numbers={"note": "noise: lupus after transplant for another reason"}),
    ),
    Record(
        pmid="90000026",
        journal="Stem Cell Reviews and Reports",
        title="Menstrual blood-derived mesenchymal stem cells in refractory lupus nephritis: a pilot study",
        abstract=[
            ("BACKGROUND", "Menstrual blood is an easily accessible source of mesenchymal stem cells (MenSCs)."),
            ("METHODS", "Twenty-four patients with biopsy-proven lupus nephritis refractory to cyclophosphamide "
             "and mycophenolate received two infusions of allogeneic MenSCs at 2x10(6)/kg, one week apart, and "
             "were followed for 6 months."),
            ("RESULTS", "Renal remission was achieved by 15 of 24 patients (62.5%) at 6 months; proteinuria "
             "and SLEDAI fell significantly. No infusion-related adverse events were seen."),
            ("CONCLUSIONS", "MenSCs may be a safe and effective treatment for refractory lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Retracted Publication"),
        retraction_in=("90000027",),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="other",
                lupus_nephritis=True, refractory=True, n_patients=24, follow_up_months=6, dose_cells_per_kg=2e6,
                outcomes={"remission": kn(15, 24)}, retracted=True),
    ),
    Record(
        pmid="90000027",
        journal="Stem Cell Reviews and Reports",
        title="Retraction Note: Menstrual blood-derived mesenchymal stem cells in refractory lupus nephritis: a "
              "pilot study",
        abstract="The Editor-in-Chief has retracted this article. After publication, concerns were raised about "
                 "the integrity of the clinical data: the patient numbers reported in the Results could not be "
                 "reconciled with hospital records, and the ethics approval cited did not cover the study. The "
                 "authors did not respond to correspondence from the publisher about this retraction.",
        pubtypes=("Retraction of Publication",),
        retraction_of=("90000026",),
        entrez="2025-03-04",
        label=L(relevant=True, design="other", therapies=["msc"], msc_source="other", lupus_nephritis=True,
                refractory=True, retracted=True,
                evidence_numbers={"note": "retraction notice of a relevant article: relevant, design other"}),
    ),
    Record(
        pmid="90000028",
        journal="Cell",
        title="Allogeneic CD19-targeted CAR-NK cells for refractory systemic lupus erythematosus: first-in-human "
              "phase 1 results",
        abstract=[
            ("BACKGROUND", "Autologous CAR T cells are costly and require lymphodepletion; off-the-shelf natural "
             "killer (NK) cells could widen access."),
            ("METHODS", "In this phase 1 study, adults with refractory SLE received three weekly infusions of "
             "2 x 10^9 allogeneic, cord blood-derived NK cells engineered to express a CD19 CAR and IL-15, "
             "after reduced-intensity lymphodepletion."),
            ("RESULTS", "Ten patients were treated, with a median follow-up of 7 months. No cytokine release "
             "syndrome, neurotoxicity or graft-versus-host disease occurred; one serious adverse event "
             "(herpes zoster) was reported in 1 of 10 patients. Peripheral B cells were depleted in every "
             "patient. At 6 months, 7 of 10 patients achieved an SRI-4 response."),
            ("CONCLUSIONS", "CD19 CAR-NK cells were safe and showed early activity in refractory SLE."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        mesh=(SLE, "Killer Cells, Natural", "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["other_cell_therapy"],
                refractory=True, n_patients=10, follow_up_months=7,
                outcomes={"serious_adverse_events": kn(1, 10), "remission": kn(7, 10)},
                evidence_numbers={"therapies": "CAR-NK is other_cell_therapy, not car_t",
                                  "msc_source": "cord blood NK cells are not MSC"}),
    ),
    Record(
        pmid="90000029",
        journal="Journal of Clinical Investigation",
        title="Adoptive transfer of autologous regulatory T cells in a patient with systemic lupus "
              "erythematosus and active skin disease",
        abstract="Regulatory T cells (Tregs) are numerically and functionally impaired in lupus. We describe the "
                 "first patient with systemic lupus erythematosus to receive ex vivo expanded autologous "
                 "polyclonal Tregs. A 45-year-old woman with cutaneous lupus refractory to hydroxychloroquine and "
                 "methotrexate received a single infusion of 1 x 10^8 Tregs. The infusion was well tolerated. "
                 "Labelled Tregs were detectable in blood and migrated to the skin, where the interferon "
                 "signature shifted towards IL-17 and IFN-gamma pathways. The cutaneous disease activity score "
                 "fell modestly. She was followed for 12 weeks after infusion.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["other_cell_therapy"], refractory=True,
                n_patients=1, follow_up_months=weeks(12),
                evidence_numbers={"dose_cells_per_kg": "1 x 10^8 Tregs total is not per kg -> null"}),
    ),
    Record(
        pmid="90000030",
        journal="New England Journal of Medicine",
        title="Obinutuzumab in active lupus nephritis: a phase 3 randomized trial",
        abstract=[
            ("BACKGROUND", "Obinutuzumab, a type II anti-CD20 monoclonal antibody, produces deeper B-cell "
             "depletion than rituximab."),
            ("METHODS", "Adults with active proliferative lupus nephritis were randomly assigned to "
             "obinutuzumab 1000 mg or placebo added to mycophenolate mofetil and glucocorticoids. The primary "
             "end point was complete renal response at week 76."),
            ("RESULTS", "Of 271 patients randomized, 135 received obinutuzumab. A complete renal response "
             "occurred in 46.4% with obinutuzumab and 33.1% with placebo (difference 13.3 percentage points; "
             "p=0.02). Serious infections were similar in both groups."),
            ("CONCLUSIONS", "Obinutuzumab plus standard therapy was superior to standard therapy alone."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial"),
        mesh=(LN, "Antibodies, Monoclonal, Humanized", HUMANS),
        label=L(relevant=False, design="rct", phase="III", lupus_nephritis=True, n_patients=271,
                evidence_numbers={"note": "noise: anti-CD20 biologic"}),
    ),
    Record(
        pmid="90000031",
        journal="Stem Cell Research & Therapy",
        title="Autologous adipose-derived mesenchymal stem cells in active systemic lupus erythematosus: a "
              "phase 1/2 open-label trial",
        abstract=[
            ("BACKGROUND", "Adipose tissue yields large numbers of autologous mesenchymal stem cells (AD-MSCs) "
             "with little donor morbidity."),
            ("METHODS", "Adults with active SLE (SLEDAI-2K of 6-12) despite standard therapy received two "
             "intravenous infusions of autologous AD-MSCs, at 2 x 10^6 cells/kg in the first cohort and "
             "4 x 10^6 cells/kg in the second. Patients were followed for 52 weeks; the primary endpoint was "
             "safety."),
            ("RESULTS", "Twenty patients were enrolled (ten per cohort; mean age 36 years). No serious adverse "
             "events occurred and no dose-limiting toxicity was observed at either dose. At week 24, an SRI-4 "
             "response was seen in 11 of 20 patients (55%). Anti-dsDNA titres fell and complement rose in the "
             "higher-dose cohort."),
            ("CONCLUSIONS", "AD-MSCs at up to 4 x 10^6 cells/kg were safe; a randomised trial is planned."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase I", "Clinical Trial, Phase II"),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", "Adipose Tissue", "Transplantation, Autologous", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="I/II", therapies=["msc"], msc_source="adipose",
                n_patients=20, follow_up_months=weeks(52), dose_cells_per_kg=4e6,
                outcomes={"serious_adverse_events": none_of(20), "remission": kn(11, 20)},
                evidence_numbers={"refractory": "'despite standard therapy' is not explicitly refractory -> null"}),
    ),
    Record(
        pmid="90000032",
        journal="Kidney International Reports",
        title="Bone marrow mesenchymal stem cells plus mycophenolate versus mycophenolate alone as first-line "
              "induction for class IV lupus nephritis: an open-label, non-randomised controlled trial",
        abstract=[
            ("INTRODUCTION", "Mesenchymal stem cells have mostly been studied in refractory lupus nephritis. We "
             "asked whether adding them to first-line induction improves renal response."),
            ("METHODS", "Adults with newly diagnosed, untreated class IV lupus nephritis chose between "
             "bone marrow-derived MSCs (3.0×10⁶ cells per kilogram, single infusion) plus mycophenolate, or "
             "mycophenolate alone; allocation was not randomised. All received the same glucocorticoid taper "
             "and were followed for 12 months."),
            ("RESULTS", "Sixty patients were enrolled: 28 in the MSC group and 32 in the control group. At 12 "
             "months, complete renal response occurred in 15 of 28 patients (53.6%) given MSCs and 10 of 32 "
             "(31.3%) controls (p=0.08); overall renal response (complete or partial) occurred in 22 of 28 "
             "(78.6%) and 19 of 32 (59.4%). No infusion-related serious adverse events occurred."),
            ("CONCLUSIONS", "Adding MSCs to first-line induction was safe and may improve renal response; a "
             "randomised trial is justified."),
        ],
        pubtypes=("Journal Article", "Controlled Clinical Trial"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", "Mycophenolic Acid", HUMANS),
        label=L(relevant=True, design="non_randomized_trial", therapies=["msc"], msc_source="bone_marrow",
                lupus_nephritis=True, refractory=False, n_patients=60, follow_up_months=12, dose_cells_per_kg=3e6,
                outcomes={"complete_remission": kn(15, 28), "remission": kn(22, 28)},
                evidence_numbers={"refractory": "newly diagnosed, untreated -> false",
                                  "serious_adverse_events": "'no infusion-related SAE' is not all SAE -> not labelled"}),
    ),
    Record(
        pmid="90000033",
        journal="New England Journal of Medicine",
        title="Myeloablative autologous stem-cell transplantation versus cyclophosphamide for severe "
              "scleroderma",
        abstract=[
            ("BACKGROUND", "Severe systemic sclerosis with lung or kidney involvement carries high mortality."),
            ("METHODS", "In this randomized phase 2 trial, adults with severe scleroderma were assigned to "
             "myeloablative CD34+ selected autologous haematopoietic stem-cell transplantation or 12 monthly "
             "infusions of cyclophosphamide. The primary end point was a global rank composite score at 54 "
             "months."),
            ("RESULTS", "Seventy-five patients were randomized (36 to transplantation, 39 to cyclophosphamide). "
             "Event-free survival at 54 months was 79% vs 50%; treatment-related mortality at 54 months was 3% "
             "in the transplant group."),
            ("CONCLUSIONS", "Transplantation gave long-term benefit in severe scleroderma."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Randomized Controlled Trial"),
        mesh=("Scleroderma, Systemic", "Hematopoietic Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="rct", phase="II", therapies=["hsct_autologous"], n_patients=75,
                evidence_numbers={"note": "noise: HSCT in systemic sclerosis"}),
    ),
    Record(
        pmid="90000034",
        journal="Pediatric Rheumatology",
        title="Umbilical cord mesenchymal stem cells in refractory childhood-onset systemic lupus "
              "erythematosus",
        abstract="Children with lupus have more severe disease and accrue damage faster than adults. In this "
                 "prospective, open-label study we treated twenty-one children (median age 12 years, range 7-16) with refractory childhood-onset SLE, 12 "
                 "of whom had lupus nephritis, with two infusions of allogeneic umbilical cord MSCs at "
                 "1 x 10^6 cells/kg. After a median follow-up of 2 years, complete remission was achieved in 7 "
                 "(33%) and partial remission in 8 (38%), an overall remission rate of 71% (15/21). The median "
                 "prednisone dose fell from 30 mg to 7.5 mg daily. Two children had transient fever after "
                 "infusion. UC-MSC infusion seems safe and may help children with refractory lupus.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, pediatric=True, refractory=True, n_patients=21, follow_up_months=years(2),
                dose_cells_per_kg=1e6, outcomes={"remission": kn(15, 21), "complete_remission": kn(7, 21)},
                evidence_numbers={"design": "prospective open-label study without control -> single_arm_trial"}),
    ),
    Record(
        pmid="90000035",
        journal="Blood Advances",
        title="Autologous haematopoietic stem cell transplantation for severe juvenile systemic lupus "
              "erythematosus: an EBMT paediatric registry analysis",
        abstract=[
            ("BACKGROUND", "Experience with autologous HSCT in children with lupus is limited to small series."),
            ("METHODS", "We analysed children and adolescents with juvenile SLE who underwent autologous HSCT "
             "and were reported to the EBMT registry."),
            ("RESULTS", "Fourteen patients (median age 14 years) from eight centres were included; nine had "
             "lupus nephritis and all had disease refractory to cyclophosphamide. Median follow-up was 67 "
             "months (range 12–150). Remission was achieved in 8 of 14 patients (57%). Treatment-related "
             "mortality was 14% (2/14), due to infection within 100 days. The 3-year overall "
             "survival was 86%."),
            ("CONCLUSIONS", "Autologous HSCT can control severe juvenile lupus but carries substantial risk."),
        ],
        pubtypes=("Journal Article", "Multicenter Study"),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", "Child", "Adolescent", HUMANS),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], lupus_nephritis=True, pediatric=True,
                refractory=True, n_patients=14, follow_up_months=67,
                outcomes={"remission": kn(8, 14), "treatment_related_mortality": kn(2, 14),
                          "overall_survival": pct(86)}),
    ),
    Record(
        pmid="90000036",
        journal="Rheumatology International",
        title="Umbilical cord mesenchymal stem cells combined with methotrexate in rheumatoid arthritis: a "
              "randomised controlled trial",
        abstract="We randomised 120 patients with active rheumatoid arthritis and inadequate response to "
                 "methotrexate to intravenous umbilical cord mesenchymal stem cells (4 x 10^7 cells) plus "
                 "methotrexate or methotrexate alone. After 48 weeks, an ACR20 response occurred in 58% and 31% "
                 "of patients, respectively (p<0.01), and DAS28 fell more with cells. No serious adverse events "
                 "were attributed to the infusion.",
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        mesh=("Arthritis, Rheumatoid", "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS),
        label=L(relevant=False, design="rct", therapies=["msc"], msc_source="umbilical_cord", n_patients=120,
                evidence_numbers={"note": "noise: MSC in rheumatoid arthritis"}),
    ),
    Record(
        pmid="90000037",
        journal="Pediatric Blood & Cancer",
        title="Allogeneic haematopoietic stem cell transplantation from an HLA-identical sibling for refractory "
              "lupus with autoimmune cytopenias in an adolescent",
        abstract="Allogeneic transplantation is rarely used for lupus because of its toxicity. We report a "
                 "17-year-old girl with SLE, severe autoimmune haemolytic anaemia and thrombocytopenia that was "
                 "refractory to glucocorticoids, rituximab, mycophenolate and eltrombopag. She underwent "
                 "reduced-intensity allogeneic haematopoietic stem cell transplantation from her HLA-identical "
                 "brother. Engraftment was prompt, full donor chimerism was reached by day 60, and "
                 "autoantibodies disappeared. Mild skin graft-versus-host disease responded to topical "
                 "treatment. Three years after transplantation she remains in complete remission without "
                 "immunosuppression.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["hsct_allogeneic"], pediatric=True,
                refractory=True, n_patients=1,
                evidence_numbers={"follow_up_months": "'three years after transplantation' is a time point, "
                                                      "not a stated follow-up -> null"}),
    ),
    Record(
        pmid="90000038",
        journal="Lupus",
        title="Allogeneic haematopoietic stem cell transplantation for severe refractory systemic lupus "
              "erythematosus: three cases",
        abstract="Three women aged 26, 31 and 38 years with life-threatening lupus refractory to "
                 "cyclophosphamide, rituximab and, in two cases, autologous transplantation underwent allogeneic "
                 "haematopoietic stem cell transplantation from matched donors after fludarabine-based "
                 "reduced-intensity conditioning. All three patients achieved complete remission, with "
                 "disappearance of anti-dsDNA antibodies. One patient developed limited chronic "
                 "graft-versus-host disease of the mouth. After a median follow-up of 41 months, none has "
                 "relapsed.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["hsct_allogeneic"], refractory=True, n_patients=3,
                follow_up_months=41, outcomes={"complete_remission": kn(3, 3), "relapse": none_of(3)},
                evidence_numbers={"therapies": "earlier autologous transplants are history, not the therapy"}),
    ),
    Record(
        pmid="90000039",
        journal="Kidney International",
        title="KDIGO 2024 Clinical Practice Guideline for the management of lupus nephritis",
        abstract="The Kidney Disease: Improving Global Outcomes (KDIGO) 2024 Clinical Practice Guideline for the "
                 "Management of Lupus Nephritis updates the 2021 guideline. It covers the diagnosis of lupus "
                 "nephritis, general management, and the treatment of each histological class. For active "
                 "class III or IV nephritis, initial therapy combines glucocorticoids with mycophenolic acid "
                 "analogues, low-dose intravenous cyclophosphamide, belimumab or a calcineurin inhibitor such as "
                 "voclosporin. Anti-CD20 antibodies, including obinutuzumab, are considered for refractory "
                 "disease. Emerging cell-based approaches such as CD19 CAR T cells are noted as investigational. "
                 "The guideline was developed by a work group following an evidence review, and each "
                 "recommendation is graded.",
        pubtypes=("Journal Article", "Practice Guideline"),
        mesh=(LN, "Practice Guidelines as Topic", HUMANS),
        label=L(relevant=True, design="guideline", therapies=["car_t"], lupus_nephritis=True, new_guideline=True),
    ),
    Record(
        pmid="90000040",
        journal="Gastroenterology",
        title="Allogeneic adipose-derived stem cells for complex perianal fistulas in Crohn's disease: a "
              "phase 3 randomised trial",
        abstract=[
            ("BACKGROUND", "Complex perianal fistulas are a disabling complication of Crohn's disease."),
            ("METHODS", "Adults with treatment-refractory complex perianal fistulas were randomised to a single "
             "local injection of 120 million allogeneic adipose-derived stem cells or placebo."),
            ("RESULTS", "Of 568 patients randomised, combined remission at week 24 occurred in 49.9% with cells "
             "and 34.3% with placebo."),
            ("CONCLUSIONS", "Adipose-derived stem cells were effective and safe for perianal fistulas."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial"),
        mesh=("Crohn Disease", "Rectal Fistula", "Adipose Tissue", HUMANS),
        label=L(relevant=False, design="rct", phase="III", therapies=["msc"], msc_source="adipose",
                refractory=True, n_patients=568, evidence_numbers={"note": "noise: MSC in Crohn's disease"}),
    ),
    Record(
        pmid="90000041",
        journal="Annals of the Rheumatic Diseases",
        title="CD19 CAR T-cell therapy in systemic lupus erythematosus: a retrospective multicentre cohort",
        abstract=[
            ("OBJECTIVES", "To describe outcomes of CD19 CAR T-cell therapy for lupus outside clinical trials."),
            ("METHODS", "Patients with SLE treated with autologous CD19 CAR T cells (1 × 10^6 CAR T cells per kg) "
             "at six German centres between 2021 and 2024 were included in this retrospective cohort."),
            ("RESULTS", "Twenty-four patients were treated; 17 had lupus nephritis and all had failed at least "
             "three immunosuppressive agents. Of the 22 patients evaluable at 6 months, 19 (86%) were in "
             "DORIS remission without immunosuppression. Over a median follow-up of 14 months (IQR 9-20), 3 of "
             "the 19 patients in remission (16%) relapsed. One patient died of COVID-19 pneumonia. Cytokine "
             "release syndrome was of grade 1 or 2 in all cases."),
            ("CONCLUSIONS", "CD19 CAR T cells induced deep remissions in most patients with refractory lupus in "
             "routine care."),
        ],
        pubtypes=("Journal Article", "Multicenter Study", "Observational Study"),
        label=L(relevant=True, design="cohort", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=24, follow_up_months=14, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(19, 22), "relapse": kn(3, 19), "mortality": kn(1, 24)},
                evidence_numbers={"refractory": "failed at least three immunosuppressive agents"}),
    ),
    Record(
        pmid="90000042",
        journal="Journal of Clinical Oncology",
        title="Real-world outcomes of CD19 CAR T-cell therapy in relapsed or refractory large B-cell lymphoma",
        abstract="We studied 342 adults with relapsed or refractory large B-cell lymphoma who received commercial "
                 "CD19 CAR T cells at 12 centres. The best overall response rate was 76% and the complete "
                 "response rate 52%. With a median follow-up of 24 months, 2-year overall survival was 51%. "
                 "Grade 3 or higher cytokine release syndrome occurred in 7% and neurotoxicity in 21%; "
                 "non-relapse mortality was 5.6%. Outcomes matched those of the pivotal trials.",
        pubtypes=("Journal Article", "Multicenter Study"),
        mesh=("Lymphoma, Large B-Cell, Diffuse", "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=False, design="cohort", therapies=["car_t"], refractory=True, n_patients=342,
                follow_up_months=24, evidence_numbers={"note": "noise: CAR-T in lymphoma"}),
    ),
    Record(
        pmid="90000043",
        journal="Cell Research",
        title="BCMA-CD19 compound CAR T cells in systemic lupus erythematosus: a phase 1 open-label study",
        abstract="Long-lived plasma cells escape CD19-directed therapy. In this phase 1 study, thirteen patients "
                 "with relapsed or refractory SLE, including 11 with lupus nephritis, received a compound CAR T "
                 "product targeting BCMA and CD19 in three dose cohorts (1, 2 and 3 x 10^6 cells/kg) after "
                 "fludarabine and cyclophosphamide. Antinuclear antibodies and anti-dsDNA became negative in "
                 "most patients and vaccine-induced antibodies were largely preserved. At a median follow-up of "
                 "46 weeks, 10 of 13 patients (77%) were in symptom- and medication-free remission. Cytokine "
                 "release syndrome was grade 1 in 10 patients. B-cell reconstitution was seen at a median of "
                 "110 days without relapse in the first two cohorts.",
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=13, follow_up_months=weeks(46), dose_cells_per_kg=3e6,
                outcomes={"remission": kn(10, 13)}),
    ),
    Record(
        pmid="90000044",
        journal="New England Journal of Medicine",
        title="CD19 CAR T-cell therapy in autoimmune disease: a case series with follow-up",
        abstract=[
            ("BACKGROUND", "CD19 CAR T cells have shown activity in individual patients with autoimmune "
             "disease; longer and broader experience is needed."),
            ("METHODS", "We gave a single infusion of 1 x 10^6 CD19 CAR T cells per kilogram, after "
             "lymphodepletion, to 15 patients with treatment-refractory autoimmune disease: 8 with systemic "
             "lupus erythematosus, 3 with idiopathic inflammatory myositis and 4 with systemic sclerosis."),
            ("RESULTS", "The median follow-up was 15 months (range 4-29). All 8 patients with SLE reached "
             "DORIS remission and stopped immunosuppression; patients with myositis and systemic sclerosis "
             "improved on disease-specific scores. Cytokine release syndrome was of grade 1 in 10 patients. "
             "No patient died."),
            ("CONCLUSIONS", "CD19 CAR T cells were safe and effective across several autoimmune diseases."),
        ],
        pubtypes=("Journal Article", "Case Reports"),
        mesh=("Autoimmune Diseases", SLE, "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=True, design="case_series", therapies=["car_t"], refractory=True, n_patients=8,
                follow_up_months=15, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(8, 8), "mortality": none_of(15)},
                evidence_numbers={"n_patients": "mixed diseases: the 8 SLE patients count, not all 15"}),
    ),
    Record(
        pmid="90000045",
        journal="Arthritis Care & Research",
        title="Trends in mortality among people with systemic lupus erythematosus: a nationwide cohort, "
              "2000-2022",
        abstract="Using national health records, we identified 18,432 people with incident systemic lupus "
                 "erythematosus between 2000 and 2022 and compared their mortality with the general population. "
                 "Over a median follow-up of 9.4 years, 2,311 patients died. The standardised mortality ratio "
                 "fell from 3.1 in 2000-2005 to 2.2 in 2017-2022. Infections and cardiovascular disease were the "
                 "leading causes of death; deaths from lupus nephritis declined. Excess mortality in SLE has "
                 "fallen but persists.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "Mortality", HUMANS, "Cohort Studies"),
        label=L(relevant=False, design="cohort", lupus_nephritis=False, n_patients=18432,
                follow_up_months=years(9.4), evidence_numbers={"note": "noise: epidemiology"}),
    ),
]

RECORDS += [
    Record(
        pmid="90000046",
        journal="Arthritis & Rheumatology",
        title="Umbilical cord mesenchymal stromal cells versus placebo in moderate-to-severe systemic lupus "
              "erythematosus: a randomised, double-blind, phase 2 trial",
        abstract=[
            ("OBJECTIVE", "To test whether intravenous umbilical cord mesenchymal stromal cells (UC-MSCs) "
             "improve disease activity in SLE when added to standard therapy."),
            ("METHODS", "Adults with SLEDAI-2K of 8 or more despite standard therapy were randomised 2:1 to "
             "UC-MSCs (1 x 10^6 cells/kg on days 1 and 7) or placebo and followed for 52 weeks. The primary "
             "end point was SRI-4 response at week 24."),
            ("RESULTS", "Seventy-three patients were screened and 60 were randomised (40 UC-MSC, 20 placebo); "
             "mean age was 34 years and mean SLEDAI-2K 11.2. At week 24, SRI-4 response occurred in 24/40 "
             "(60.0%) patients receiving UC-MSCs and 7/20 (35.0%) receiving placebo (p=0.07). Serious adverse "
             "events occurred in 3/40 (7.5%) and 2/20 (10.0%) patients. No patient died."),
            ("CONCLUSION", "UC-MSCs were well tolerated, and the numerically higher SRI-4 response did not "
             "reach significance; a larger trial is needed."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Randomized Controlled Trial"),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS, "Double-Blind Method"),
        label=L(relevant=True, design="rct", phase="II", therapies=["msc"], msc_source="umbilical_cord",
                n_patients=60, follow_up_months=weeks(52), dose_cells_per_kg=1e6,
                outcomes={"remission": kn(24, 40), "serious_adverse_events": kn(3, 40), "mortality": none_of(60)},
                evidence_numbers={"n_patients": "60 randomised, not 73 screened or the 20 placebo patients"}),
    ),
    Record(
        pmid="90000047",
        journal="Lancet Rheumatology",
        title="Allogeneic umbilical cord mesenchymal stem cells for refractory lupus nephritis (MiSLE-3): a "
              "multicentre, randomised, placebo-controlled, phase 3 trial",
        abstract=[
            ("BACKGROUND", "Uncontrolled series suggest benefit of mesenchymal stem cells in lupus nephritis "
             "resistant to induction therapy, but phase 3 evidence is lacking."),
            ("METHODS", "At 14 hospitals, adults with biopsy-proven class III, IV or V lupus nephritis "
             "refractory to at least 6 months of mycophenolate or cyclophosphamide were randomly assigned 1:1 "
             "to two infusions of allogeneic umbilical cord MSCs (2 × 10⁶ cells/kg) or saline, on top of "
             "continued standard therapy, and followed for 48 weeks. The primary endpoint was complete renal "
             "response at week 48."),
            ("FINDINGS", "Between 2021 and 2023, 124 patients were randomised (62 per group). A complete renal "
             "response occurred in 23 (37.1%) of 62 patients in the MSC group and 15 (24.2%) of 62 in the "
             "placebo group (risk difference 12.9%, 95% CI -3.4 to 29.2; p=0.12). Overall renal response was "
             "58.1% versus 45.2%. Serious adverse events were reported in 9 (14.5%) and 11 (17.7%) patients; "
             "there were no treatment-related deaths."),
            ("INTERPRETATION", "Umbilical cord MSCs did not significantly improve complete renal response in "
             "refractory lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial", "Multicenter Study"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", "Umbilical Cord", HUMANS),
        label=L(relevant=True, design="rct", phase="III", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, refractory=True, n_patients=124, follow_up_months=weeks(48), dose_cells_per_kg=2e6,
                outcomes={"complete_remission": kn(23, 62), "remission": pct(58.1),
                          "serious_adverse_events": kn(9, 62), "treatment_related_mortality": none_of(62)}),
    ),
    Record(
        pmid="90000048",
        journal="Journal of the American Society of Nephrology",
        title="Bone marrow-derived mesenchymal stromal cells as add-on induction therapy in proliferative lupus "
              "nephritis: a seamless phase 2/3 randomized trial",
        abstract="In this seamless phase 2/3 trial, adults with active class III or IV lupus nephritis starting "
                 "induction with mycophenolate and glucocorticoids were randomized to a single infusion of "
                 "allogeneic bone marrow-derived mesenchymal stromal cells or to standard therapy alone. The "
                 "phase 2 stage selected 1.5 x 10^6 cells/kg over 0.75 x 10^6 cells/kg, and both stages were "
                 "analysed together. A total of 96 patients were randomized: 32 to the lower dose, 32 to the "
                 "higher dose and 32 to control. Complete renal response at 12 months occurred in 13 of 32 "
                 "patients (40.6%) given the selected dose and in 9 of 32 controls (28.1%). The trial was "
                 "stopped at the interim analysis for futility. Serious adverse events occurred in 4 of 32 "
                 "patients on the selected dose. Patients were followed for 12 months.",
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        label=L(relevant=True, design="rct", phase="II/III", therapies=["msc"], msc_source="bone_marrow",
                lupus_nephritis=True, n_patients=96, follow_up_months=12, dose_cells_per_kg=1.5e6,
                outcomes={"complete_remission": kn(13, 32), "serious_adverse_events": kn(4, 32)},
                evidence_numbers={"n_patients": "96 randomized across three arms, not one arm of 32"}),
    ),
    Record(
        pmid="90000049",
        journal="Blood",
        title="Autologous haematopoietic stem cell transplantation versus intravenous cyclophosphamide in "
              "refractory systemic lupus erythematosus: a randomised phase 2 trial",
        abstract=[
            ("BACKGROUND", "Autologous haematopoietic stem cell transplantation (HSCT) has never been compared "
             "with conventional therapy in a randomised trial in lupus."),
            ("METHODS", "Patients aged 18-55 years with SLE refractory to at least two immunosuppressive "
             "agents were randomised 1:1 to autologous HSCT after cyclophosphamide and antithymocyte globulin "
             "conditioning, or to monthly intravenous cyclophosphamide for 6 months followed by maintenance. "
             "The primary end point was sustained remission at 24 months."),
            ("RESULTS", "Forty patients were randomised, 20 to each arm. Sustained remission at 24 months was "
             "reached by 13 of 20 patients (65%) after HSCT and 5 of 20 (25%) with cyclophosphamide "
             "(p=0.01). One transplant recipient died of sepsis on day 21, a treatment-related mortality of "
             "5% (1/20). Relapse occurred in 2 of the 13 patients in remission after HSCT. The median "
             "follow-up was 36 months."),
            ("CONCLUSIONS", "In refractory SLE, autologous HSCT was superior to cyclophosphamide in inducing "
             "sustained remission, at the cost of one treatment-related death."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Randomized Controlled Trial"),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", "Cyclophosphamide", HUMANS),
        label=L(relevant=True, design="rct", phase="II", therapies=["hsct_autologous"], refractory=True,
                n_patients=40, follow_up_months=36,
                outcomes={"remission": kn(13, 20), "treatment_related_mortality": kn(1, 20), "mortality": kn(1, 20),
                          "relapse": kn(2, 13)},
                evidence_numbers={"mortality": "one transplant recipient died (HSCT arm: 1 of 20)"}),
    ),
    Record(
        pmid="90000050",
        journal="Voclosporin Research Group",
        title="Voclosporin versus placebo with mycophenolate and low-dose steroids in lupus nephritis: a phase 3 "
              "randomised trial",
        abstract=[
            ("BACKGROUND", "Calcineurin inhibition may speed proteinuria reduction in lupus nephritis."),
            ("METHODS", "Patients with active lupus nephritis were randomly assigned to oral voclosporin 23.7 mg "
             "twice daily or placebo, with mycophenolate mofetil and a rapid oral steroid taper, for 52 weeks."),
            ("RESULTS", "Among 357 randomised patients, complete renal response at week 52 occurred in 41% with "
             "voclosporin and 23% with placebo (odds ratio 2.65, 95% CI 1.64-4.27). Serious adverse events were "
             "similar (21% vs 21%)."),
            ("CONCLUSIONS", "Voclosporin added to standard therapy increased complete renal response."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial"),
        mesh=(LN, "Cyclosporine", HUMANS),
        label=L(relevant=False, design="rct", phase="III", lupus_nephritis=True, n_patients=357,
                follow_up_months=weeks(52), evidence_numbers={"note": "noise: calcineurin inhibitor trial"}),
    ),
    Record(
        pmid="90000051",
        journal="Rheumatology (Oxford)",
        title="Autologous stem cell transplantation or continued conventional therapy in refractory lupus: a "
              "prospective non-randomised controlled study",
        abstract="Patients with active lupus refractory to cyclophosphamide and rituximab were offered autologous "
                 "haematopoietic stem cell transplantation; those who declined continued conventional therapy "
                 "and served as a concurrent control group. Twenty-six patients chose transplantation and 31 "
                 "continued conventional therapy (57 in total). The median follow-up was 3.5 years. Remission "
                 "(SLEDAI-2K of 0-2 without immunosuppression) was present in 17 of 26 transplanted patients "
                 "(65%) and 6 of 31 controls (19%) at 3 years. One transplanted patient died of CMV pneumonitis "
                 "(treatment-related mortality 3.8%), and two controls died of active disease. Disease-free "
                 "survival at 3 years was 58% after transplantation. Transplantation offered better disease "
                 "control than continued conventional therapy, although allocation by patient choice limits "
                 "inference.",
        pubtypes=("Journal Article", "Controlled Clinical Trial"),
        label=L(relevant=True, design="non_randomized_trial", therapies=["hsct_autologous"], refractory=True,
                n_patients=57, follow_up_months=years(3.5),
                outcomes={"remission": kn(17, 26), "treatment_related_mortality": kn(1, 26), "mortality": kn(1, 26),
                          "disease_free_survival": pct(58)},
                evidence_numbers={"mortality": "cell-therapy arm: one transplanted patient died (1 of 26); "
                                               "the two control deaths are the other arm"}),
    ),
    Record(
        pmid="90000052",
        journal="Nature Medicine",
        title="CD19 CAR T cells compared with an external control cohort in refractory systemic lupus "
              "erythematosus: a phase 2 study",
        abstract=[
            ("BACKGROUND", "Early reports of CD19 CAR T cells in lupus lack a comparator."),
            ("METHODS", "In this open-label phase 2 study, patients with SLE refractory to at least two "
             "immunosuppressants and one biologic received 1 x 10^6 CD19 CAR T cells/kg. Outcomes were compared "
             "with those of 40 propensity-matched patients from an external registry who received belimumab "
             "or anifrolumab."),
            ("RESULTS", "Twenty patients were treated, of whom 12 had lupus nephritis. At 12 months, 17 of 20 "
             "(85%) were in DORIS remission compared with 6 of 40 (15%) external controls. Complete renal "
             "response occurred in 10 of the 12 patients with nephritis. Grade 1-2 cytokine release syndrome "
             "occurred in 14 patients; there were no deaths. The median follow-up was 18 months."),
            ("CONCLUSIONS", "CD19 CAR T cells produced far higher remission rates than matched biologic-treated "
             "controls."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase II"),
        mesh=(SLE, "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=True, design="non_randomized_trial", phase="II", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=20, follow_up_months=18, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(17, 20), "complete_remission": kn(10, 12), "mortality": none_of(20)},
                evidence_numbers={"n_patients": "external registry controls were not enrolled -> the 20 treated"}),
    ),
    Record(
        pmid="90000053",
        journal="Clinical Rheumatology",
        title="Rituximab in refractory systemic lupus erythematosus: 12-year experience of a tertiary centre",
        abstract="We reviewed 118 patients with refractory systemic lupus erythematosus treated with rituximab "
                 "between 2008 and 2020. After a median follow-up of 5 years, a complete or partial response at "
                 "6 months was observed in 72% of patients, and 38% relapsed, typically at B-cell "
                 "reconstitution. Hypogammaglobulinaemia developed in 14%. Four patients died, three of "
                 "infection. Rituximab remains useful off-label for refractory lupus.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "Rituximab", HUMANS),
        label=L(relevant=False, design="cohort", refractory=True, n_patients=118, follow_up_months=years(5),
                evidence_numbers={"note": "noise: monoclonal antibody, not a cell therapy"}),
    ),
    Record(
        pmid="90000054",
        journal="Stem Cells Translational Medicine",
        title="Bone marrow mesenchymal stromal cells in refractory lupus nephritis: a multicentre, single-arm, "
              "phase 2 trial",
        abstract=[
            ("BACKGROUND", "After a phase 1 study defined the tolerated dose, we assessed the efficacy of "
             "allogeneic bone marrow mesenchymal stromal cells (BM-MSCs) in refractory lupus nephritis."),
            ("METHODS", "Adults with active lupus nephritis refractory to at least 6 months of standard "
             "induction received a single intravenous dose of 3.0 x 10^6 BM-MSCs/kg. The primary endpoint was "
             "renal response (complete or partial) at 6 months; patients were followed for 24 months."),
            ("RESULTS", "Of 41 patients screened, 33 were enrolled (median age 31 years; median proteinuria "
             "3.1 g/day). Renal response at 6 months was achieved by 20 of 33 patients (60.6%, 95% CI "
             "43.7-75.3), including complete renal response in 9 (27.3%). Among responders, 5 of 20 relapsed "
             "by month 24. Serious adverse events occurred in four patients; no deaths occurred."),
            ("CONCLUSIONS", "BM-MSCs induced renal responses in a majority of patients with refractory lupus "
             "nephritis. A randomised trial is under way."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Multicenter Study"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="II", therapies=["msc"], msc_source="bone_marrow",
                lupus_nephritis=True, refractory=True, n_patients=33, follow_up_months=24, dose_cells_per_kg=3e6,
                outcomes={"remission": kn(20, 33), "complete_remission": kn(9, 33), "relapse": kn(5, 20),
                          "serious_adverse_events": kn(4, 33), "mortality": none_of(33)}),
    ),
    Record(
        pmid="90000055",
        journal="Bone Marrow Transplantation",
        title="CD34+ selected autologous haematopoietic stem cell transplantation for severe systemic lupus "
              "erythematosus: a phase II study",
        abstract="Graft manipulation may reduce the reinfusion of autoreactive lymphocytes. In this phase II "
                 "study, patients with severe SLE refractory to cyclophosphamide underwent stem cell "
                 "mobilisation with cyclophosphamide and G-CSF, followed by conditioning with cyclophosphamide "
                 "and rabbit antithymocyte globulin and reinfusion of CD34+ selected autologous stem cells. "
                 "Nineteen patients were transplanted; a median of 3.4 x 10^6 CD34+ cells/kg was reinfused. At "
                 "a median follow-up of 5 years, the 5-year overall survival was 89% and the 5-year disease-free "
                 "survival 53%. Two patients (11%) died of treatment-related infections. Secondary immune "
                 "thrombocytopenia developed in three patients. CD34+ selection did not clearly improve "
                 "disease-free survival compared with historical unmanipulated grafts.",
        pubtypes=("Journal Article", "Clinical Trial, Phase II"),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", "Antigens, CD34", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="II", therapies=["hsct_autologous"],
                refractory=True, n_patients=19, follow_up_months=years(5), dose_cells_per_kg=3.4e6,
                outcomes={"overall_survival": pct(89), "disease_free_survival": pct(53),
                          "treatment_related_mortality": kn(2, 19), "mortality": kn(2, 19)},
                evidence_numbers={"dose_cells_per_kg": "median reinfused CD34+ dose is the stated graft dose"}),
    ),
    Record(
        pmid="90000056",
        journal="Lupus Science & Medicine",
        title="Two million umbilical cord-derived mesenchymal stem cells per kilogram for active lupus "
              "nephritis: an open-label study",
        abstract="We enrolled thirty-two patients with active, biopsy-confirmed lupus nephritis who had not "
                 "responded to at least two induction regimens. Each patient received two million "
                 "umbilical cord-derived mesenchymal stem cells per kilogram intravenously on day 0 and again "
                 "on day 7. Over the 9 months of follow-up, the estimated glomerular filtration rate remained "
                 "stable and 24-hour urinary protein fell from 2.9 g to 1.1 g. Complete renal remission was "
                 "achieved in 11/32 (34.4%) and partial remission in 10/32 (31.3%) patients, an overall renal "
                 "remission rate of 65.6%. Three patients had transient headache and one had a urinary tract "
                 "infection. No serious adverse events were observed.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, refractory=True, n_patients=32, follow_up_months=9, dose_cells_per_kg=2e6,
                outcomes={"complete_remission": kn(11, 32), "remission": pct(65.6), "serious_adverse_events": none_of(32)},
                evidence_numbers={"refractory": "not responded to at least two induction regimens",
                                  "remission": "overall rate stated as a percentage (21/32)"}),
    ),
    Record(
        pmid="90000057",
        journal="Respiratory Medicine",
        title="Umbilical cord mesenchymal stromal cells for moderate-to-severe acute respiratory distress "
              "syndrome: a randomized, double-blind trial",
        abstract="We randomized 102 adults with moderate-to-severe acute respiratory distress syndrome to two "
                 "infusions of umbilical cord mesenchymal stromal cells (1 x 10^6 cells/kg) or placebo. The "
                 "28-day mortality was 21.6% with cells and 29.4% with placebo (p=0.36). Ventilator-free days "
                 "did not differ. Cells were safe but not clearly effective in ARDS.",
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        mesh=("Respiratory Distress Syndrome", "Mesenchymal Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="rct", therapies=["msc"], msc_source="umbilical_cord", n_patients=102,
                dose_cells_per_kg=1e6, evidence_numbers={"note": "noise: MSC in ARDS"}),
    ),
    Record(
        pmid="90000058",
        journal="Stem Cell Research & Therapy",
        title="Wharton's jelly mesenchymal stem cells in refractory cutaneous and articular lupus: a case series",
        abstract="Six patients with systemic lupus erythematosus whose skin and joint disease was refractory to "
                 "hydroxychloroquine, methotrexate and belimumab received three monthly infusions of "
                 "Wharton's jelly-derived mesenchymal stem cells (1 x 10^6 cells/kg). Patients were followed for a "
                 "mean of 14 months. Four of the six patients (67%) achieved LLDAS, and CLASI activity scores "
                 "fell by a median of 8 points. One patient relapsed after 10 months. No serious adverse events "
                 "occurred.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["msc"], msc_source="umbilical_cord",
                refractory=True, n_patients=6, follow_up_months=14, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(4, 6), "relapse": kn(1, 6), "serious_adverse_events": none_of(6)},
                evidence_numbers={"msc_source": "Wharton's jelly is umbilical cord",
                                  "remission": "LLDAS counts as remission by convention"}),
    ),
    Record(
        pmid="90000059",
        journal="Journal of Translational Medicine",
        title="Placenta-derived mesenchymal stem cells in systemic lupus erythematosus with cytopenia: a pilot "
              "study",
        abstract=[
            ("OBJECTIVE", "To explore placenta-derived mesenchymal stem cells (PD-MSCs) for lupus-associated "
             "thrombocytopenia and leukopenia."),
            ("METHODS", "Patients with SLE and persistent cytopenia despite glucocorticoids received a single "
             "infusion of PD-MSCs at 1.5 x 10^6 cells/kg; they were followed for 6 months."),
            ("RESULTS", "Nine patients were included. Platelet counts rose from a median of 28 x 10^9/L to 96 x "
             "10^9/L. A complete response was seen in 5 of 9 patients. No adverse events attributed to PD-MSCs "
             "were observed."),
            ("CONCLUSIONS", "PD-MSCs may improve lupus cytopenias."),
        ],
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="other", n_patients=9,
                follow_up_months=6, dose_cells_per_kg=1.5e6, outcomes={"complete_remission": kn(5, 9)},
                evidence_numbers={"dose_cells_per_kg": "10^9/L platelet counts are a distractor"}),
    ),
    Record(
        pmid="90000060",
        journal="Lancet",
        title="Allogeneic CRISPR-edited CD19 CAR T cells from a healthy donor in three patients with refractory "
              "autoimmune disease including lupus nephritis",
        abstract="Off-the-shelf CAR T cells could avoid manufacturing delays. We treated three patients with "
                 "allogeneic CD19 CAR T cells derived from a healthy donor and edited to delete the T-cell "
                 "receptor and HLA class I: two women with refractory lupus nephritis and one man with systemic "
                 "sclerosis. Cells were given at 1 x 10^6 cells/kg without graft-versus-host disease. Both "
                 "patients with lupus had complete renal response within 3 months, and skin thickening improved "
                 "in the patient with systemic sclerosis. After a follow-up of 6 months, no relapse has occurred.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=2, follow_up_months=6, dose_cells_per_kg=1e6,
                outcomes={"complete_remission": kn(2, 2), "relapse": none_of(3)},
                evidence_numbers={"therapies": "allogeneic CAR T is car_t, not hsct_allogeneic",
                                  "n_patients": "the two patients with lupus, not all three"}),
    ),
    Record(
        pmid="90000061",
        journal="Annals of the Rheumatic Diseases",
        title="Deucravacitinib in active systemic lupus erythematosus: a phase 2 randomised trial",
        abstract=[
            ("OBJECTIVES", "To assess the efficacy of the oral TYK2 inhibitor deucravacitinib in SLE."),
            ("METHODS", "Adults with active SLE were randomised to placebo or deucravacitinib 3 mg twice daily, "
             "6 mg twice daily or 12 mg once daily for 48 weeks."),
            ("RESULTS", "Of 363 patients randomised, SRI-4 response at week 32 was 34.4% with placebo and 58.2% "
             "with 3 mg twice daily (OR 2.8, p<0.001). Herpes zoster and acne were more common with active "
             "treatment."),
            ("CONCLUSIONS", "Deucravacitinib improved disease activity in SLE."),
        ],
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Randomized Controlled Trial"),
        mesh=(SLE, "Protein Kinase Inhibitors", HUMANS),
        label=L(relevant=False, design="rct", phase="II", n_patients=363, follow_up_months=weeks(48),
                evidence_numbers={"note": "noise: small molecule; SRI-4 appears in noise too"}),
    ),
    Record(
        pmid="90000062",
        journal="Pediatric Nephrology",
        title="CD19 CAR T cells in a 15-year-old girl with refractory childhood-onset lupus nephritis",
        abstract=[
            ("BACKGROUND", "CAR T-cell therapy for lupus has so far been reported mainly in adults."),
            ("CASE PRESENTATION", "A 15-year-old girl with childhood-onset SLE and class IV lupus nephritis had "
             "nephrotic-range proteinuria despite cyclophosphamide, mycophenolate, rituximab and "
             "obinutuzumab. She received autologous CD19 CAR T cells (2 x 10^6/kg) after fludarabine and "
             "cyclophosphamide. Grade 1 cytokine release syndrome resolved within 48 hours. Proteinuria fell "
             "from 6.2 g/day to 0.3 g/day by month 4, complement normalised and anti-dsDNA became negative. "
             "At 12 months of follow-up she is off all immunosuppression."),
            ("CONCLUSIONS", "CAR T cells can be given safely to adolescents with refractory lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["car_t"], lupus_nephritis=True, pediatric=True,
                refractory=True, n_patients=1, follow_up_months=12, dose_cells_per_kg=2e6),
    ),
    Record(
        pmid="90000063",
        journal="Arthritis Research & Therapy",
        title="Long-term outcomes of autologous haematopoietic stem cell transplantation for refractory "
              "systemic lupus erythematosus: a 20-year single-centre cohort",
        abstract="Twenty-eight patients with refractory systemic lupus erythematosus underwent autologous "
                 "haematopoietic stem cell transplantation at our centre between 2001 and 2021; 18 had lupus "
                 "nephritis and 6 had neuropsychiatric lupus. The median age was 27 years (range 18-45), and the "
                 "median disease duration before transplantation was 6 years. Over a median follow-up of 89 "
                 "months (range 14–240), the 7-year overall survival was 92.3% and the 7-year disease-free "
                 "survival 57.7%. There was no treatment-related mortality. Two patients died beyond 5 years, "
                 "from cardiovascular disease and lymphoma. Remission was achieved by 26 of the 28 patients "
                 "(92.9%); 9 of them (34.6%) later relapsed, and most relapses responded to conventional drugs.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "Hematopoietic Stem Cell Transplantation", "Transplantation, Autologous", HUMANS),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], lupus_nephritis=True, refractory=True,
                n_patients=28, follow_up_months=89,
                outcomes={"overall_survival": pct(92.3), "disease_free_survival": pct(57.7),
                          "treatment_related_mortality": none_of(28), "mortality": kn(2, 28), "remission": kn(26, 28),
                          "relapse": kn(9, 26)}),
    ),
    Record(
        pmid="90000064",
        journal="Journal of Crohn's and Colitis",
        title="Autologous haematopoietic stem cell transplantation versus standard care in refractory Crohn's "
              "disease: a randomised trial",
        abstract="Forty-two patients with refractory Crohn's disease were randomised to autologous "
                 "haematopoietic stem cell transplantation with low-intensity conditioning or to standard care. "
                 "At 48 weeks, endoscopic remission without active treatment occurred in 38% vs 9%. One "
                 "transplanted patient died of sepsis. Serious adverse events were more frequent after "
                 "transplantation (76% vs 38%).",
        pubtypes=("Journal Article", "Randomized Controlled Trial"),
        mesh=("Crohn Disease", "Hematopoietic Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="rct", therapies=["hsct_autologous"], refractory=True, n_patients=42,
                evidence_numbers={"note": "noise: HSCT in Crohn's disease"}),
    ),
    Record(
        pmid="90000065",
        journal="Frontiers in Immunology",
        title="Umbilical cord mesenchymal stem cells for diffuse alveolar haemorrhage in systemic lupus "
              "erythematosus: report of four cases",
        abstract="Diffuse alveolar haemorrhage is a rare, often fatal manifestation of lupus. Four patients with "
                 "SLE-associated diffuse alveolar haemorrhage refractory to pulse methylprednisolone, "
                 "cyclophosphamide and plasma exchange received umbilical cord mesenchymal stem cells "
                 "(1 x 10^6 cells/kg). Three of the four patients survived, with rapid improvement in "
                 "oxygenation and haemoglobin; one died of multi-organ failure on day 9. The survivors remained "
                 "free of bleeding over 12 months of follow-up.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["msc"], msc_source="umbilical_cord", refractory=True,
                n_patients=4, follow_up_months=12, dose_cells_per_kg=1e6, outcomes={"mortality": kn(1, 4), "overall_survival": kn(3, 4)},
                evidence_numbers={"mortality": "one died", "overall_survival": "three of the four survived"}),
    ),
    Record(
        pmid="90000066",
        journal="Seminars in Arthritis and Rheumatism",
        title="Mesenchymal stem cells for lupus nephritis: a meta-analysis of randomised controlled trials",
        abstract=[
            ("OBJECTIVE", "To assess whether mesenchymal stem cells (MSCs) improve outcomes in lupus nephritis "
             "when tested against a control group."),
            ("METHODS", "We searched five databases to January 2025 for randomised controlled trials comparing "
             "MSCs plus standard therapy with standard therapy alone or placebo in lupus nephritis, and pooled "
             "risk ratios with random-effects models."),
            ("RESULTS", "Five trials with 286 patients were included. MSCs did not increase complete renal "
             "response (RR 1.21, 95% CI 0.88-1.67) or overall renal response (RR 1.09, 95% CI 0.91-1.31), and "
             "did not reduce proteinuria significantly. Adverse events were similar. Certainty of evidence "
             "was low."),
            ("CONCLUSIONS", "Randomised evidence does not show a benefit of MSCs in lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Meta-Analysis", "Systematic Review"),
        mesh=(LN, "Mesenchymal Stem Cell Transplantation", HUMANS),
        label=L(relevant=True, design="meta_analysis", therapies=["msc"], lupus_nephritis=True, n_patients=286,
                n_studies=5, evidence_numbers={"outcomes": "only risk ratios: no outcome rates"}),
    ),
    Record(
        pmid="90000067",
        journal="Journal of Autoimmunity",
        title="CAR T-cell therapy across autoimmune diseases: a systematic review and meta-analysis",
        abstract="We pooled clinical data on CAR T cells in autoimmune disease published to March 2025. Twenty-"
                 "three studies with 356 patients were included, of whom 189 had SLE, 61 systemic sclerosis, 48 "
                 "inflammatory myopathy and 58 other diseases. In SLE, the pooled rate of DORIS remission was 88% "
                 "(95% CI 81-93%) and the pooled relapse rate 9% (95% CI 4-16%). Grade 3 or higher cytokine "
                 "release syndrome was rare (1.7%). Two deaths were reported overall. CAR T cells show "
                 "consistent efficacy in SLE; randomised data are needed.",
        pubtypes=("Journal Article", "Meta-Analysis", "Systematic Review"),
        label=L(relevant=True, design="meta_analysis", therapies=["car_t"], n_patients=189, n_studies=23,
                outcomes={"remission": pct(88), "relapse": pct(9), "mortality": kn(2, 356)},
                evidence_numbers={"n_patients": "mixed diseases: the 189 with SLE",
                                  "mortality": "two deaths overall, among all 356 pooled patients"}),
    ),
    Record(
        pmid="90000068",
        journal="Pediatric Rheumatology",
        title="Haematopoietic stem cell transplantation in childhood-onset systemic lupus erythematosus: a "
              "systematic review",
        abstract="We systematically reviewed reports of haematopoietic stem cell transplantation in children with "
                 "SLE. Eleven publications describing 47 children and adolescents met inclusion criteria, most "
                 "of them case reports or small series; no meta-analysis was possible because of heterogeneity. "
                 "Autologous transplantation was used in 43 and allogeneic in 4. Sustained remission was reported "
                 "in 28 of 47 patients (60%). Seven deaths were related to the transplant (15%). Evidence for "
                 "transplantation in childhood lupus remains limited and of low quality.",
        pubtypes=("Journal Article", "Systematic Review"),
        label=L(relevant=True, design="systematic_review", therapies=["hsct_allogeneic", "hsct_autologous"],
                pediatric=True, n_patients=47, n_studies=11,
                outcomes={"remission": kn(28, 47), "treatment_related_mortality": kn(7, 47), "mortality": kn(7, 47)}),
    ),
    Record(
        pmid="90000069",
        journal="Neurology",
        title="Autologous haematopoietic stem cell transplantation in aquaporin-4 antibody-positive neuromyelitis "
              "optica spectrum disorder",
        abstract="We report 12 patients with aquaporin-4 antibody-positive neuromyelitis optica who underwent "
                 "autologous haematopoietic stem cell transplantation. After a median follow-up of 57 months, 10 "
                 "were relapse-free; antibodies became negative in 7. Two patients had coexisting systemic lupus "
                 "erythematosus, which remained quiescent. There was no transplant-related mortality.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="case_series", therapies=["hsct_autologous"], n_patients=12,
                follow_up_months=57, evidence_numbers={"note": "noise: HSCT for NMOSD; SLE only as comorbidity"}),
    ),
    Record(
        pmid="90000070",
        journal="Nature Reviews Rheumatology",
        title="CAR T cells in lupus: from case reports to clinical trials",
        abstract="Since 2021, CD19 CAR T cells have induced drug-free remission in patients with refractory "
                 "systemic lupus erythematosus, and dozens of trials are now recruiting worldwide. In this review, "
                 "we discuss the biological rationale for deep B-cell depletion, the design of CAR constructs "
                 "(CD19, BCMA and dual targets), lymphodepletion, and emerging allogeneic and CAR-NK products. We "
                 "consider toxicities such as cytokine release syndrome and immune effector cell-associated "
                 "neurotoxicity, the risk of secondary malignancy, and the cost and logistics of delivering cell "
                 "therapy in rheumatology. Finally, we outline the questions future trials must answer, including "
                 "patient selection, durability and comparison with bispecific T-cell engagers.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t", "other_cell_therapy"], refractory=True,
                evidence_numbers={"therapies": "CAR-NK discussed -> other_cell_therapy"}),
    ),
    Record(
        pmid="90000071",
        journal="Cells",
        title="Mesenchymal stem cells in systemic lupus erythematosus: mechanisms and clinical translation",
        abstract="Mesenchymal stem cells (MSCs) modulate T cells, B cells, dendritic cells and macrophages "
                 "through soluble mediators and cell contact. In lupus models, MSCs from bone marrow, umbilical "
                 "cord and adipose tissue reduce autoantibodies and nephritis. This review summarises these "
                 "mechanisms, the defects of autologous MSCs in patients with lupus, and the clinical studies "
                 "of allogeneic MSCs, which have given conflicting results. We discuss cell source, dose, "
                 "timing and potency assays as reasons for heterogeneity and propose priorities for future "
                 "trials.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["msc"], lupus_nephritis=False,
                evidence_numbers={"msc_source": "several sources reviewed -> null"}),
    ),
    Record(
        pmid="90000072",
        journal="Arthritis & Rheumatology",
        title="2024 American College of Rheumatology guideline for the screening, treatment and management of "
              "lupus nephritis",
        abstract=[
            ("OBJECTIVE", "To provide evidence-based recommendations for the screening, treatment and "
             "management of lupus nephritis."),
            ("METHODS", "A panel of rheumatologists, nephrologists, pathologists and patients used the GRADE "
             "methodology to rate evidence and voted on recommendations."),
            ("RESULTS", "The panel made 28 recommendations. Triple therapy (glucocorticoids with mycophenolate "
             "plus belimumab or a calcineurin inhibitor) is conditionally recommended for active class III or "
             "IV nephritis. Refractory disease should prompt review of adherence, repeat biopsy and a switch "
             "of regimen, including anti-CD20 therapy. Autologous haematopoietic stem cell transplantation and "
             "CAR T-cell therapy are not recommended outside clinical trials."),
            ("CONCLUSION", "This guideline supports shared decision-making in lupus nephritis."),
        ],
        pubtypes=("Journal Article", "Practice Guideline"),
        mesh=(LN, "Practice Guidelines as Topic", HUMANS),
        label=L(relevant=True, design="guideline", therapies=["car_t", "hsct_autologous"], lupus_nephritis=True,
                new_guideline=True),
    ),
    Record(
        pmid="90000073",
        journal="Bone Marrow Transplantation",
        title="Haematopoietic stem cell transplantation and cellular therapies for autoimmune diseases: 2025 "
              "recommendations of the EBMT Autoimmune Diseases Working Party",
        abstract="These recommendations update the indications and practice of haematopoietic stem cell "
                 "transplantation (HSCT) and other cellular therapies for autoimmune diseases. For systemic "
                 "lupus erythematosus, autologous HSCT remains a clinical option in selected patients with "
                 "severe disease refractory to conventional and biologic therapy, treated in experienced "
                 "centres; allogeneic HSCT should be used only within studies. CAR T cells should be given in "
                 "clinical trials or registered protocols, and mesenchymal stromal cells are considered "
                 "investigational. The working party also addresses patient selection, mobilisation, "
                 "conditioning, infection prophylaxis and long-term follow-up, and asks centres to report all "
                 "procedures to the registry.",
        pubtypes=("Journal Article", "Practice Guideline", "Consensus Development Conference"),
        label=L(relevant=True, design="guideline",
                therapies=["car_t", "hsct_allogeneic", "hsct_autologous", "msc"], new_guideline=True,
                evidence_numbers={"refractory": "guideline -> null by convention"}),
    ),
    Record(
        pmid="90000074",
        journal="Multiple Sclerosis and Related Disorders",
        title="Recommendations on autologous haematopoietic stem cell transplantation for multiple sclerosis: an "
              "update",
        abstract="An expert panel updated recommendations on autologous haematopoietic stem cell transplantation "
                 "for multiple sclerosis. Transplantation is recommended for highly active relapsing multiple "
                 "sclerosis failing high-efficacy therapy, preferably early, in experienced centres. Progressive "
                 "disease without inflammatory activity is not an indication. The panel recommends BEAM-ATG or "
                 "cyclophosphamide-ATG conditioning and registry reporting.",
        pubtypes=("Journal Article", "Practice Guideline"),
        mesh=("Multiple Sclerosis", "Hematopoietic Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="guideline", therapies=["hsct_autologous"],
                evidence_numbers={"note": "noise: guideline for another disease; new_guideline false"}),
    ),
    Record(
        pmid="90000075",
        journal="Arthritis Research & Therapy",
        title="Human adipose-derived mesenchymal stem cells attenuate pristane-induced lupus in BALB/c mice",
        abstract="Pristane-induced lupus in BALB/c mice reproduces the interferon signature of human SLE. We "
                 "injected human adipose-derived mesenchymal stem cells (hAD-MSCs) intraperitoneally into 30 "
                 "pristane-treated mice and compared them with 30 vehicle-treated mice. hAD-MSCs lowered "
                 "anti-dsDNA and anti-Sm antibodies, reduced lipogranulomas and diminished proteinuria. "
                 "Interferon-stimulated gene expression fell in the peritoneal cells. Adipose MSCs deserve "
                 "further study in lupus.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", "Adipose Tissue", "Animals", "Mice"),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="adipose"),
    ),
    Record(
        pmid="90000076",
        journal="Stem Cell Research & Therapy",
        title="Umbilical cord mesenchymal stem cells suppress T follicular helper cells from patients with "
              "systemic lupus erythematosus in vitro",
        abstract="T follicular helper (Tfh) cells drive autoantibody production in lupus. We co-cultured CD4+ T "
                 "cells from 25 patients with SLE and 15 healthy controls with umbilical cord mesenchymal stem "
                 "cells (UC-MSCs). UC-MSCs reduced the differentiation of Tfh cells and IL-21 secretion through "
                 "indoleamine 2,3-dioxygenase, an effect reversed by 1-methyl-tryptophan. These in vitro "
                 "findings suggest a mechanism for the clinical benefit of UC-MSC transplantation in lupus.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="umbilical_cord",
                evidence_numbers={"n_patients": "blood donors for in vitro work are not treated patients -> null"}),
    ),
    Record(
        pmid="90000077",
        journal="Journal of Immunology",
        title="Chimeric antigen receptor regulatory T cells targeting CD19 control lupus in humanized mice",
        abstract="Regulatory T cells redirected with a chimeric antigen receptor (CAR-Treg) may restore tolerance "
                 "without broad immunosuppression. We generated human CD19-directed CAR-Tregs and transferred "
                 "them into immunodeficient mice engrafted with peripheral blood cells from patients with lupus. "
                 "CAR-Tregs suppressed B-cell differentiation into plasmablasts, reduced human anti-dsDNA IgG and "
                 "prevented glomerular immune deposits, without the B-cell aplasia caused by conventional CAR T "
                 "cells.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "T-Lymphocytes, Regulatory", "Animals", "Mice"),
        label=L(relevant=True, design="preclinical", therapies=["other_cell_therapy"],
                evidence_numbers={"therapies": "CAR-Treg is other_cell_therapy; conventional CAR T only "
                                               "mentioned as comparison"}),
    ),
    Record(
        pmid="90000078",
        journal="Blood",
        title="Allogeneic bone marrow transplantation prevents nephritis and prolongs survival in MRL/lpr mice",
        abstract="Lupus-prone MRL/lpr mice were given lethal irradiation followed by allogeneic bone marrow "
                 "transplantation from C57BL/6 donors at 8 weeks of age. Transplanted mice (n = 15) developed "
                 "full donor chimerism, did not develop autoantibodies or lupus nephritis, and all survived to 40 "
                 "weeks, whereas 9 of 15 untreated mice died. Mixed chimerism was sufficient to prevent disease.",
        pubtypes=("Journal Article",),
        mesh=(LN, "Bone Marrow Transplantation", "Animals", "Mice, Inbred MRL lpr"),
        label=L(relevant=True, design="preclinical", therapies=["hsct_allogeneic"], lupus_nephritis=True,
                evidence_numbers={"mortality": "animal deaths are not labelled"}),
    ),
    Record(
        pmid="90000079",
        journal="Annals of the Rheumatic Diseases",
        title="CAR T cells for lupus: hope, hype and the need for randomised trials",
        abstract="The spectacular results of CD19 CAR T cells in a few dozen patients with lupus have generated "
                 "great enthusiasm. In this editorial we argue that the field must now move to randomised "
                 "comparisons with optimised standard care, report long-term safety, including secondary "
                 "malignancy, and address equity of access before CAR T cells can be considered for patients "
                 "beyond those with refractory disease.",
        pubtypes=("Editorial",),
        label=L(relevant=True, design="other", therapies=["car_t"]),
    ),
    Record(
        pmid="90000080",
        journal="Lupus",
        title="Rheumatologists' attitudes to stem cell transplantation and CAR T-cell therapy for lupus: an "
              "international survey",
        abstract="We surveyed rheumatologists in 41 countries about referral of patients with lupus for "
                 "autologous haematopoietic stem cell transplantation and CAR T-cell therapy. Of 1,150 invited, "
                 "312 responded (27%). Only 18% had ever referred a patient for transplantation, mainly because "
                 "of concerns about treatment-related mortality, whereas 64% would refer a patient with "
                 "refractory lupus nephritis for CAR T cells within a trial. Access to cellular therapy varied "
                 "widely between regions.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="other", therapies=["car_t", "hsct_autologous"],
                evidence_numbers={"n_patients": "312 responding rheumatologists are not patients -> null"}),
    ),
    Record(
        pmid="90000081",
        journal="Value in Health",
        title="Cost-effectiveness of CD19 CAR T-cell therapy versus standard care in refractory systemic lupus "
              "erythematosus: a modelling study",
        abstract="We built a Markov model comparing CD19 CAR T cells with standard care for adults with "
                 "refractory SLE from a health-care payer perspective over a lifetime horizon. Inputs came from "
                 "published case series and registry data. CAR T-cell therapy yielded 2.1 additional "
                 "quality-adjusted life years at an incremental cost of 298,000 dollars, an incremental "
                 "cost-effectiveness ratio of 142,000 dollars per QALY. A price reduction of 40% would make it "
                 "cost-effective at a threshold of 100,000 dollars per QALY.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="other", therapies=["car_t"], refractory=True),
    ),
    Record(
        pmid="90000082",
        journal="Stem Cell Research & Therapy",
        title="Umbilical cord mesenchymal stem cell therapy for systemic lupus erythematosus: a meta-analysis of "
              "12 clinical studies",
        abstract=[
            ("BACKGROUND", "We aimed to quantify the efficacy of umbilical cord mesenchymal stem cells "
             "(UC-MSCs) in SLE."),
            ("METHODS", "Clinical studies of UC-MSCs in SLE published to 2023 were pooled with random-effects "
             "models."),
            ("RESULTS", "Twelve studies with 537 patients were included. The pooled clinical remission rate was "
             "64% (95% CI 55%-72%), and the pooled mortality 2% (95% CI 1%-4%). SLEDAI and proteinuria "
             "decreased significantly."),
            ("CONCLUSIONS", "UC-MSC therapy is effective and safe for SLE."),
        ],
        pubtypes=("Journal Article", "Meta-Analysis", "Retracted Publication"),
        retraction_in=("90000083",),
        label=L(relevant=True, design="meta_analysis", therapies=["msc"], msc_source="umbilical_cord",
                n_patients=537, n_studies=12, outcomes={"remission": pct(64), "mortality": pct(2)}, retracted=True),
    ),
    Record(
        pmid="90000083",
        journal="Stem Cell Research & Therapy",
        title="Retraction Note: Umbilical cord mesenchymal stem cell therapy for systemic lupus erythematosus: a "
              "meta-analysis of 12 clinical studies",
        abstract="The authors have retracted this article. After publication, readers identified that several "
                 "included studies reported overlapping patient cohorts, which were counted more than once in "
                 "the pooled analyses. The corrected analysis no longer supports the conclusions. All authors "
                 "agree with this retraction.",
        pubtypes=("Retraction of Publication",),
        retraction_of=("90000082",),
        entrez="2026-02-10",
        label=L(relevant=True, design="other", therapies=["msc"], msc_source="umbilical_cord", retracted=True),
    ),
    Record(
        pmid="90000084",
        journal="Haematologica",
        title="Haploidentical versus matched unrelated donor transplantation for sickle cell disease",
        abstract="We compared 167 patients with sickle cell disease: 96 received haploidentical bone marrow "
                 "transplantation with post-transplant cyclophosphamide and 71 received matched unrelated "
                 "donor grafts. Two-year overall survival was 94% and 88%, and graft failure occurred in 9% and "
                 "4%. Chronic graft-versus-host disease was less frequent after haploidentical transplantation.",
        pubtypes=("Journal Article",),
        mesh=("Anemia, Sickle Cell", "Hematopoietic Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="cohort", therapies=["hsct_allogeneic"], n_patients=167,
                evidence_numbers={"note": "noise: allogeneic HSCT in sickle cell disease; 96+71"}),
    ),
    Record(
        pmid="90000085",
        journal="Neurology",
        title="CD19 CAR T cells in refractory generalised myasthenia gravis: an open-label phase 1b/2a study",
        abstract="Fourteen patients with refractory generalised myasthenia gravis received autologous CD19 CAR T "
                 "cells (1 x 10^6 cells/kg). At 6 months, the MG-ADL score improved by a mean of 7.4 points and "
                 "acetylcholine receptor antibodies fell by 70%. Cytokine release syndrome was grade 1 or 2. One "
                 "patient had a myasthenic crisis at month 5.",
        pubtypes=("Journal Article", "Clinical Trial, Phase I", "Clinical Trial, Phase II"),
        mesh=("Myasthenia Gravis", "Receptors, Chimeric Antigen", HUMANS),
        label=L(relevant=False, design="single_arm_trial", phase="I/II", therapies=["car_t"], refractory=True,
                n_patients=14, dose_cells_per_kg=1e6, evidence_numbers={"note": "noise: CAR-T in myasthenia"}),
    ),
    Record(
        pmid="90000086",
        journal="Arthritis & Rheumatology",
        title="Long-term safety of allogeneic mesenchymal stem cell transplantation in systemic lupus "
              "erythematosus: a 10-year cohort of 404 patients",
        abstract=[
            ("OBJECTIVE", "To assess the long-term safety of allogeneic mesenchymal stem cell (MSC) "
             "transplantation in lupus, including malignancy risk."),
            ("METHODS", "All patients with SLE who received allogeneic bone marrow or umbilical cord MSCs at two "
             "centres between 2007 and 2016 were followed prospectively."),
            ("RESULTS", "In total, 404 patients were followed for a mean of 5.8 years. Twenty-two patients "
             "(5.4%) died, mainly of infection and cardiovascular disease; none of the deaths occurred within "
             "3 months of infusion. The incidence of malignancy was not higher than in a matched lupus cohort "
             "(standardised incidence ratio 0.92, 95% CI 0.48-1.61). Thirty-one patients (7.7%) had serious "
             "infections."),
            ("CONCLUSIONS", "Allogeneic MSC transplantation showed no long-term safety signal in SLE."),
        ],
        pubtypes=("Journal Article", "Multicenter Study", "Observational Study"),
        mesh=(SLE, "Mesenchymal Stem Cell Transplantation", HUMANS, "Neoplasms"),
        label=L(relevant=True, design="cohort", therapies=["msc"], n_patients=404, follow_up_months=years(5.8),
                outcomes={"mortality": kn(22, 404)},
                evidence_numbers={"serious_adverse_events": "serious infections are not all SAEs -> not labelled"}),
    ),
    Record(
        pmid="90000087",
        journal="Clinical and Experimental Immunology",
        title="Autologous tolerogenic dendritic cells in systemic lupus erythematosus: a phase I trial",
        abstract="Tolerogenic dendritic cells (tolDCs) generated with dexamethasone and vitamin D3 can induce "
                 "antigen-specific tolerance. In this phase I trial, nine patients with mild to moderate SLE "
                 "received three intradermal injections of autologous tolDCs loaded with nucleosomal peptides, "
                 "at 1, 5 or 10 x 10^6 cells per injection (three patients per level). No dose-limiting "
                 "toxicity or disease flare occurred during 6 months of follow-up, and regulatory T cells "
                 "increased at the highest dose.",
        pubtypes=("Journal Article", "Clinical Trial, Phase I"),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["other_cell_therapy"], refractory=False,
                n_patients=9, follow_up_months=6,
                evidence_numbers={"dose_cells_per_kg": "per injection, not per kg -> null",
                                  "refractory": "mild to moderate SLE is explicitly not refractory",
                                  "relapse": "'no disease flare' in active disease is not a relapse rate"}),
    ),
    Record(
        pmid="90000088",
        journal="Obstetrics & Gynecology",
        title="Pregnancy outcomes in women with systemic lupus erythematosus: a prospective multicentre cohort",
        abstract="We followed 652 pregnancies in 508 women with systemic lupus erythematosus. Adverse pregnancy "
                 "outcomes occurred in 19%, most often preterm delivery and pre-eclampsia; active lupus "
                 "nephritis at conception, antiphospholipid antibodies and low complement predicted risk. "
                 "Hydroxychloroquine use was associated with fewer adverse outcomes.",
        pubtypes=("Journal Article", "Multicenter Study"),
        mesh=(SLE, "Pregnancy Outcome", HUMANS),
        label=L(relevant=False, design="cohort", n_patients=508, evidence_numbers={"note": "noise: pregnancy"}),
    ),
    Record(
        pmid="90000089",
        journal="Ophthalmology",
        title="Hydroxychloroquine retinopathy in systemic lupus erythematosus: incidence with modern screening",
        abstract="Among 2,361 patients with SLE taking hydroxychloroquine for at least 5 years, retinopathy was "
                 "detected by optical coherence tomography in 4.6%. Risk rose with daily doses above 5 mg/kg and "
                 "with chronic kidney disease. Dose adjustment and annual screening after 5 years are advised.",
        pubtypes=("Journal Article",),
        mesh=(SLE, "Hydroxychloroquine", "Retinal Diseases", HUMANS),
        label=L(relevant=False, design="cohort", n_patients=2361, evidence_numbers={"note": "noise: drug toxicity"}),
    ),
    Record(
        pmid="90000090",
        journal="Journal of Clinical Rheumatology",
        title="Hydralazine-induced lupus with pulmonary-renal syndrome",
        abstract="A 71-year-old woman taking hydralazine for hypertension presented with haemoptysis and rapidly "
                 "progressive glomerulonephritis. Antinuclear, anti-histone and anti-MPO antibodies were "
                 "positive, and kidney biopsy showed pauci-immune crescentic glomerulonephritis. She recovered "
                 "after stopping hydralazine and receiving glucocorticoids, cyclophosphamide and plasma "
                 "exchange. Drug-induced lupus can overlap with ANCA vasculitis.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_report", n_patients=1,
                evidence_numbers={"note": "noise: drug-induced lupus"}),
    ),
    Record(
        pmid="90000091",
        journal="Kidney International",
        title="Urinary soluble CD163 as a biomarker of active lupus nephritis: a prospective cohort",
        abstract="We measured urinary soluble CD163 in 220 patients with SLE, 128 of them with biopsy-proven "
                 "lupus nephritis, and followed them for a median of 3 years. Urinary CD163 distinguished active "
                 "from inactive nephritis (AUC 0.91) and fell with treatment response. It may help to monitor "
                 "lupus nephritis without repeat biopsy.",
        pubtypes=("Journal Article",),
        mesh=(LN, "Biomarkers", HUMANS),
        label=L(relevant=False, design="cohort", lupus_nephritis=True, n_patients=220, follow_up_months=years(3),
                evidence_numbers={"note": "noise: biomarker"}),
    ),
    Record(
        pmid="90000092",
        journal="Lupus",
        title="Telitacicept for active systemic lupus erythematosus: a randomised, placebo-controlled phase 3 "
              "trial",
        abstract="Telitacicept, a TACI-Fc fusion protein that blocks BLyS and APRIL, was compared with placebo in "
                 "335 patients with active SLE receiving standard therapy. At week 52, the SRI-4 response rate was "
                 "67.1% with telitacicept and 32.7% with placebo (p<0.001). Infections were similar between "
                 "groups.",
        pubtypes=("Journal Article", "Clinical Trial, Phase III", "Randomized Controlled Trial"),
        mesh=(SLE, "Recombinant Fusion Proteins", HUMANS),
        label=L(relevant=False, design="rct", phase="III", n_patients=335,
                evidence_numbers={"note": "noise: fusion protein"}),
    ),
    Record(
        pmid="90000093",
        journal="Osteoarthritis and Cartilage",
        title="Autologous adipose-derived mesenchymal stem cells for knee osteoarthritis: a randomised, "
              "placebo-controlled phase 2b trial",
        abstract="Two hundred and fifty-two patients with symptomatic knee osteoarthritis were randomised to a "
                 "single intra-articular injection of autologous adipose-derived mesenchymal stem cells (10 "
                 "million cells) or saline. WOMAC pain improved more with cells at 6 months (mean difference "
                 "-8.1, 95% CI -13.0 to -3.2), but cartilage volume did not change.",
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Randomized Controlled Trial"),
        mesh=("Osteoarthritis, Knee", "Mesenchymal Stem Cell Transplantation", HUMANS),
        label=L(relevant=False, design="rct", phase="II", therapies=["msc"], msc_source="adipose", n_patients=252,
                evidence_numbers={"note": "noise: MSC in osteoarthritis; 'Two hundred and fifty-two'"}),
    ),
    Record(
        pmid="90000094",
        journal="Lupus",
        title="Autologous haematopoietic stem cell transplantation followed by autoimmune thyroiditis in a woman "
              "with refractory neuropsychiatric lupus",
        abstract="A 29-year-old woman with neuropsychiatric lupus, refractory to cyclophosphamide and rituximab, "
                 "underwent autologous haematopoietic stem cell transplantation after cyclophosphamide and "
                 "antithymocyte globulin conditioning. Seizures and cognitive dysfunction resolved and she "
                 "stopped all immunosuppression. Eighteen months later she developed Graves' disease, a "
                 "recognised secondary autoimmune complication of lymphodepletion, which was treated with "
                 "radioiodine. Her lupus has remained inactive during 4 years of follow-up.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["hsct_autologous"], refractory=True, n_patients=1,
                follow_up_months=years(4)),
    ),
    Record(
        pmid="90000095",
        journal="British Journal of Dermatology",
        title="Litifilimab in cutaneous lupus erythematosus: a phase 2 randomised trial",
        abstract="Litifilimab, a monoclonal antibody against BDCA2 on plasmacytoid dendritic cells, was tested in "
                 "132 adults with active cutaneous lupus. At week 16 the CLASI-A score fell by 41.8% with the "
                 "450 mg dose versus 14.5% with placebo. Plasmacytoid dendritic cells were not depleted.",
        pubtypes=("Journal Article", "Clinical Trial, Phase II", "Randomized Controlled Trial"),
        mesh=("Lupus Erythematosus, Cutaneous", "Antibodies, Monoclonal", HUMANS),
        label=L(relevant=False, design="rct", phase="II", n_patients=132,
                evidence_numbers={"note": "noise: 'dendritic cells' are a target, not a cell therapy"}),
    ),
    Record(
        pmid="90000096",
        journal="Clinical Immunology",
        title="Bone marrow mesenchymal stem cells in refractory systemic lupus erythematosus: an open-label "
              "single-arm study with 95% confidence intervals for remission",
        abstract="Twenty patients with systemic lupus erythematosus that was resistant to at least two "
                 "immunosuppressive drugs received allogeneic bone marrow mesenchymal stem cells (1 x 10^6 "
                 "cells/kg) intravenously. At 12 months, complete remission was achieved in 40.0% (95% CI "
                 "21.9-61.3) and any remission in 65.0% (95% CI 43.3-81.9) of patients. The median SLEDAI-2K fell "
                 "from 14 to 4 (p<0.001). Two patients (10%) had serious adverse events, both infections. The "
                 "median follow-up was 18 months (range 12–30).",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="bone_marrow", refractory=True,
                n_patients=20, follow_up_months=18, dose_cells_per_kg=1e6,
                outcomes={"complete_remission": pct(40.0), "remission": pct(65.0), "serious_adverse_events": kn(2, 20)}),
    ),
]
