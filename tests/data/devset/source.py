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
                 "41-64%). Five patients (5.9%) died of transplant-related causes within 100 days, mostly "
                 "infections. Sixty of the 85 patients (71%) reached remission, defined as SLEDAI-2K of 2 or "
                 "less without more than 10 mg prednisone daily; among these responders, 19 relapsed (32%). "
                 "Secondary autoimmune disease developed in 8 patients. Transplant-related deaths clustered in "
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
             "immunosuppressive drugs were stopped. After a median follow-up of 8 months (range 5-17), "
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
             "at 1 x 10^6 cells/kg each. Patients were followed for 12 months. Major clinical response (MCR) "
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
        abstract="Children with lupus have more severe disease and accrue damage faster than adults. We treated "
                 "twenty-one children (median age 12 years, range 7-16) with refractory childhood-onset SLE, 12 "
                 "of whom had lupus nephritis, with two infusions of allogeneic umbilical cord MSCs at "
                 "1 x 10^6 cells/kg. After a median follow-up of 2 years, complete remission was achieved in 7 "
                 "(33%) and partial remission in 8 (38%), an overall remission rate of 71% (15/21). The median "
                 "prednisone dose fell from 30 mg to 7.5 mg daily. Two children had transient fever after "
                 "infusion. UC-MSC infusion seems safe and may help children with refractory lupus.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, pediatric=True, refractory=True, n_patients=21, follow_up_months=years(2),
                dose_cells_per_kg=1e6, outcomes={"remission": kn(15, 21), "complete_remission": kn(7, 21)},
                evidence_numbers={"design": "prospective treatment series with protocol -> single_arm_trial"}),
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
             "months (range 12-150). Remission was achieved in 8 of 14 patients (57%). Treatment-related "
             "mortality was 14% (2/14), both deaths caused by infection within 100 days. The 3-year overall "
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
            ("METHODS", "Patients with SLE treated with autologous CD19 CAR T cells (1 x 10^6 CAR T cells per kg) "
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
