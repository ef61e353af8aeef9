"""Second development set: PubMed-style records in styles the first dev set does not use.

Written to find where the extractor fails to generalise, by an annotator who did not read the
extractor's rules: designs stated only in the text (most records carry just "Journal Article"),
Lancet-style middle-dot decimals, BMJ Open protocols, registry analyses with a lupus subset, counts
as "N = 28", "12 women and 3 men" or "enrolled 30 ... of whom 28 completed", doses as "10(6)
cells/kg", "1 x 10E6 cells/kg" or "two million cells per kg", and noise that shares the query's
words (hair follicle stem cells, stem cell-like memory T cells, lupus after CAR T for lymphoma).
Labels follow tests/data/devset/LABELING.md; notes on judgement calls are in `evidence_numbers`.
Facts follow the shape of published studies; every sentence is ours. Rebuild the XML and JSONL with
`python tests/data/labelled_sets.py devset2` after editing.
"""

from datetime import date

from labelled_sets import L, Record, kn, none_of, pct, weeks, years

FIRST_ENTREZ = date(2025, 1, 13)
ENTREZ_STEP_DAYS = 8

SLE = "Lupus Erythematosus, Systemic"
LN = "Lupus Nephritis"
HUMANS = "Humans"
ANIMALS = "Animals"
MICE = "Mice"
MSCT = "Mesenchymal Stem Cell Transplantation"
HSCT = "Hematopoietic Stem Cell Transplantation"
CAR = "Receptors, Chimeric Antigen"

RECORDS = [
    # 1. RCT stated only in the text; SRI-4 in both arms; screened vs randomised; 2:1 with arm sizes.
    Record(
        pmid="93000001",
        journal="Rheumatology (Oxford)",
        title="Umbilical cord-derived mesenchymal stromal cells as add-on therapy for active systemic lupus "
              "erythematosus: a multicentre double-blind study",
        abstract=[
            ("PURPOSE", "Open-label series have reported benefit from umbilical cord-derived mesenchymal stromal "
             "cells (UC-MSCs) in lupus, but placebo-controlled data remain scarce."),
            ("METHODS", "In this double-blind, placebo-controlled study at seven hospitals, adults with active SLE "
             "(SLEDAI-2K of 6 or more) despite at least 3 months of standard therapy were randomly assigned in a "
             "2:1 ratio to two intravenous infusions of UC-MSCs at 1×10^6/kg, given 7 days apart, or to saline "
             "placebo, and followed for 52 weeks. Background therapy was kept stable. The primary end point was "
             "the SLE Responder Index (SRI-4) at week 52. Patients with active proliferative nephritis were "
             "excluded."),
            ("RESULTS", "Of 52 patients screened, 37 were randomly assigned (25 to UC-MSCs and 12 to placebo); 34 "
             "completed the week-52 visit. Response rates were 60% and 42% in the MSC and placebo groups "
             "(difference 18 percentage points, 95% CI -15 to 47; p=0.31). Serious adverse events occurred in 3 "
             "of 25 MSC recipients and 2 of 12 placebo recipients; none was judged related to the infusion. The "
             "mean prednisone dose fell from 12.5 to 7.5 mg/day in the MSC group."),
            ("CONCLUSION", "UC-MSCs were well tolerated but did not significantly improve the SRI-4 response over "
             "placebo in this small trial."),
        ],
        label=L(relevant=True, design="rct", therapies=["msc"], msc_source="umbilical_cord", n_patients=37,
                follow_up_months=weeks(52), dose_cells_per_kg=1e6,
                outcomes={"remission": pct(60), "serious_adverse_events": kn(3, 25)},
                evidence_numbers={"design": "'randomly assigned ... placebo' in text; publication type only Journal Article",
                                  "n_patients": "37 randomised, not 52 screened nor 25 in one arm",
                                  "remission": "SRI-4 response 60% in the MSC arm (42% is placebo)",
                                  "refractory": "'despite standard therapy' alone -> null",
                                  "lupus_nephritis": "active nephritis excluded -> false"}),
    ),
    # 2. Noise: biologic trial in SLE, design only in text.
    Record(
        pmid="93000002",
        journal="Arthritis & Rheumatology",
        title="Belimumab plus standard therapy in adults with active systemic lupus erythematosus from North-East "
              "Asia: a 52-week study",
        abstract="Patients from China, Japan and South Korea have been under-represented in trials of B-cell "
                 "targeted drugs for lupus. In this double-blind study, 705 patients with active, autoantibody-"
                 "positive SLE (SELENA-SLEDAI score of 8 or more) were randomly assigned 2:1 to intravenous "
                 "belimumab 10 mg/kg or placebo on top of standard therapy and followed for 52 weeks. At week 52, "
                 "an SRI-4 response was achieved by 53.8% of the belimumab group and 40.1% of the placebo group "
                 "(odds ratio 1.99; p<0.0001). Severe flares were less frequent with belimumab, and prednisone could "
                 "be tapered more often. Adverse events were similar in the two groups. Belimumab is effective in "
                 "North-East Asian patients with SLE.",
        label=L(relevant=False, design="rct", n_patients=705, follow_up_months=weeks(52),
                evidence_numbers={"note": "noise: biologic drug trial in SLE"}),
    ),
    # 3. RCT in text only, first-line (refractory false), "7/15", "1 x 10E6 cells/kg".
    Record(
        pmid="93000003",
        journal="Kidney International Reports",
        title="Wharton's jelly mesenchymal stem cells with low-dose cyclophosphamide as initial therapy for class "
              "IV lupus nephritis",
        abstract=[
            ("INTRODUCTION", "Cell therapy for lupus nephritis has so far been tested after conventional treatment "
             "has failed. Whether it adds to induction in previously untreated patients is unknown."),
            ("METHODS", "In this phase 2, open-label trial, patients with newly diagnosed, biopsy-proven class IV "
             "(± V) lupus nephritis were randomly allocated (1:1) to Wharton's jelly-derived mesenchymal stem "
             "cells, 1 x 10E6 cells/kg on days 0 and 14, plus Euro-Lupus cyclophosphamide, or to Euro-Lupus "
             "cyclophosphamide alone. All patients received the same glucocorticoid taper and switched to "
             "azathioprine at month 3. Follow-up lasted 12 months."),
            ("RESULTS", "Thirty patients were allocated, 15 to each group. Complete renal response at 12 months: "
             "7/15 with stem cells and 4/15 with cyclophosphamide alone (p=0.45). An overall renal response "
             "(complete or partial) occurred in 11/15 and 9/15, respectively. Proteinuria decreased faster in the "
             "cell-therapy arm. One patient in each group had a serious adverse event (an infection requiring "
             "admission)."),
            ("CONCLUSION", "Adding Wharton's jelly MSCs to first-line induction was feasible and safe; the "
             "numerical gain in complete renal response needs confirmation in a larger trial."),
        ],
        label=L(relevant=True, design="rct", phase="II", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, refractory=False, n_patients=30, follow_up_months=12, dose_cells_per_kg=1e6,
                outcomes={"complete_remission": kn(7, 15), "remission": kn(11, 15),
                          "serious_adverse_events": kn(1, 15)},
                evidence_numbers={"refractory": "newly diagnosed, first-line -> false",
                                  "msc_source": "Wharton's jelly counts as umbilical cord",
                                  "n_patients": "30 allocated across both arms"}),
    ),
    # 4. Phase I dose escalation with the range "5 × 10^5 to 5 × 10^6 cells/kg".
    Record(
        pmid="93000004",
        journal="Cytotherapy",
        title="Safety of escalating doses of allogeneic bone marrow stromal cells in treatment-resistant lupus",
        abstract="Treatment-resistant systemic lupus erythematosus, defined here as persistent activity despite at "
                 "least two immunosuppressive agents, remains a major unmet need. We conducted an open-label phase I "
                 "study in which 18 adults received a single infusion of allogeneic bone marrow-derived mesenchymal "
                 "stromal cells at doses ranging from 5 × 10^5 to 5 × 10^6 cells/kg, in four sequential cohorts. "
                 "Patients were followed for 6 months. No dose-limiting toxicity was observed and the maximum "
                 "tolerated dose was not reached. Two patients had serious adverse events (one pneumonia, one lupus "
                 "flare requiring admission), neither attributed to the cells. At month 6, 11 of 18 patients (61%) "
                 "met the SRI-4 response criteria, without an evident dose-response relationship. Anti-dsDNA titres "
                 "and complement levels did not change significantly. The highest dose tested was safe, supporting "
                 "its use in a phase II trial.",
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["msc"], msc_source="bone_marrow",
                refractory=True, n_patients=18, follow_up_months=6, dose_cells_per_kg=5e6,
                outcomes={"serious_adverse_events": kn(2, 18), "remission": kn(11, 18)},
                evidence_numbers={"dose_cells_per_kg": "highest level of the range 5 × 10^5 to 5 × 10^6 cells/kg",
                                  "phase": "'phase I' in text ('phase II trial' is the next step)",
                                  "remission": "SRI-4 response"}),
    ),
    # 5. Noise: MSC in knee osteoarthritis.
    Record(
        pmid="93000005",
        journal="American Journal of Sports Medicine",
        title="Intra-articular adipose-derived mesenchymal stem cells for knee osteoarthritis: a 2-year comparison "
              "with hyaluronic acid",
        abstract="Patients with Kellgren-Lawrence grade 2-3 knee osteoarthritis (n = 252) were randomly assigned to "
                 "a single intra-articular injection of autologous adipose-derived mesenchymal stem cells (5 × 10^7 "
                 "cells) or hyaluronic acid and were followed for 24 months. WOMAC pain improved more in the "
                 "stem-cell group at 12 months (mean difference -8.4 points) but not at 24 months, and MRI cartilage "
                 "volume did not differ. Adverse events were limited to transient joint swelling. Stem cell "
                 "injection offered a short-lived advantage over hyaluronic acid.",
        mesh=("Osteoarthritis, Knee", MSCT, "Adipose Tissue", HUMANS),
        label=L(relevant=False, design="rct", therapies=["msc"], msc_source="adipose", n_patients=252,
                follow_up_months=24, evidence_numbers={"note": "noise: MSC in knee osteoarthritis"}),
    ),
    # 6. Registry with a lupus subset; "transplant-related mortality of 11%"; "at a median of 29 months".
    Record(
        pmid="93000006",
        journal="Transplantation and Cellular Therapy",
        title="Autologous hematopoietic cell transplantation for autoimmune diseases in North America: an analysis "
              "of CIBMTR data",
        abstract=[
            ("BACKGROUND", "Autologous hematopoietic cell transplantation (HCT) is increasingly used for severe "
             "autoimmune diseases, but outcomes outside clinical trials are poorly described."),
            ("OBJECTIVES", "To describe survival and transplant-related mortality after autologous HCT for "
             "autoimmune diseases, by disease."),
            ("STUDY DESIGN", "We analysed first autologous transplants for autoimmune diseases reported to the "
             "Center for International Blood and Marrow Transplant Research (CIBMTR) by 64 centers between 2008 "
             "and 2022."),
            ("RESULTS", "A total of 1,118 patients were included: 623 with multiple sclerosis, 371 with systemic "
             "sclerosis, 71 with systemic lupus erythematosus (SLE) and 53 with other diseases. Median age was 42 "
             "years. Nearly all SLE recipients (96%) had received cyclophosphamide before transplant. In the SLE "
             "group, the 3-year overall survival was 83% (95% CI, 71%-91%), with a transplant-related mortality "
             "of 11% at 3 years, compared with 3% in multiple sclerosis. Surviving patients were last seen at a "
             "median of 29 months after transplant."),
            ("CONCLUSIONS", "Outcomes of autologous HCT differ by disease; lupus carries the highest "
             "transplant-related mortality and requires careful selection."),
        ],
        pubtypes=("Journal Article", "Research Support, N.I.H., Extramural"),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], n_patients=71, follow_up_months=29,
                outcomes={"overall_survival": pct(83), "treatment_related_mortality": pct(11)},
                evidence_numbers={"n_patients": "registry with a lupus subset: the 71 with SLE, not 1,118",
                                  "treatment_related_mortality": "11% in the SLE group (3% is multiple sclerosis)",
                                  "follow_up_months": "survivors last seen at a median of 29 months"}),
    ),
    # 7. Case report "A 24-year-old woman"; single time point -> no follow-up.
    Record(
        pmid="93000007",
        journal="CEN Case Reports",
        title="Durable drug-free remission after autologous stem cell transplantation for refractory membranous "
              "and proliferative lupus nephritis",
        abstract="A 24-year-old woman with systemic lupus erythematosus presented with nephrotic syndrome; a kidney "
                 "biopsy showed class IV+V lupus nephritis. Proteinuria persisted above 3 g/day despite sequential "
                 "mycophenolate mofetil, intravenous cyclophosphamide, tacrolimus and rituximab over 3 years, and "
                 "her estimated glomerular filtration rate declined to 48 mL/min/1.73 m2. After mobilisation with "
                 "cyclophosphamide and granulocyte colony-stimulating factor, she underwent stem cell "
                 "transplantation with cyclophosphamide and antithymocyte globulin conditioning; 4.1 × 10^6 CD34+ "
                 "cells/kg were reinfused. Engraftment occurred on day 10, and febrile neutropenia was the only "
                 "complication. Proteinuria fell below 0.5 g/day within 6 months, complement normalised, and all "
                 "immunosuppressants were withdrawn by month 12. Thirty months after transplantation she remains in "
                 "complete renal remission without treatment. Autologous transplantation may rescue selected "
                 "patients with multidrug-resistant lupus nephritis.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["hsct_autologous"], lupus_nephritis=True,
                refractory=True, n_patients=1, dose_cells_per_kg=4.1e6,
                evidence_numbers={"follow_up_months": "single time point of one case (thirty months) -> null",
                                  "outcomes": "case report: no rates", "n_patients": "age 24 is not a count"}),
    ),
    # 8. Meta-analysis worded as a "pooled analysis of 14 trials involving 512 patients"; typed only Review.
    Record(
        pmid="93000008",
        journal="Frontiers in Immunology",
        title="Mesenchymal stem cell therapy in systemic lupus erythematosus: an updated pooled analysis of "
              "clinical trials",
        abstract="Clinical experience with mesenchymal stem cells (MSCs) in lupus has grown, but individual trials "
                 "are small. We searched PubMed, Embase, Web of Science, CNKI and trial registries up to January "
                 "2025 for prospective trials of MSCs in SLE. This pooled analysis of 14 trials involving 512 "
                 "patients (5 randomised and 9 single-arm studies) used random-effects models. The pooled remission "
                 "rate was 54% (95% CI 45-63%; I2 = 61%), and the pooled rate of serious adverse events was 4% (95% "
                 "CI 2-7%). MSCs lowered the SLEDAI by a mean of 4.9 points (95% CI 3.2-6.6) and 24-hour proteinuria "
                 "by 0.9 g. In the randomised trials, remission did not differ significantly from control (risk "
                 "ratio 1.21, 95% CI 0.93-1.58). The certainty of evidence is low, and adequately powered "
                 "randomised trials are needed.",
        pubtypes=("Journal Article", "Review"),
        mesh=(SLE, MSCT, HUMANS),
        label=L(relevant=True, design="meta_analysis", therapies=["msc"], n_patients=512, n_studies=14,
                outcomes={"remission": pct(54), "serious_adverse_events": pct(4)},
                evidence_numbers={"design": "'pooled analysis ... random-effects models' without the word "
                                            "meta-analysis; publication type Review",
                                  "outcomes": "risk ratio and I2 are not labelled"}),
    ),
    # 9. Noise: HSCT in systemic sclerosis.
    Record(
        pmid="93000009",
        journal="Annals of the Rheumatic Diseases",
        title="Upfront autologous haematopoietic stem cell transplantation versus monthly cyclophosphamide in early "
              "diffuse cutaneous systemic sclerosis: long-term results",
        abstract="We report extended follow-up of a trial in which 120 patients with early diffuse cutaneous "
                 "systemic sclerosis were randomly assigned to autologous haematopoietic stem cell transplantation "
                 "or 12 monthly pulses of intravenous cyclophosphamide. After a median follow-up of 7.4 years, "
                 "event-free survival at 10 years was 63% with transplantation and 40% with cyclophosphamide. "
                 "Treatment-related mortality in the transplant arm was 10%, all within the first year. Skin score "
                 "and lung function improved more after transplantation. The long-term benefit of transplantation "
                 "outweighs its early risk in selected patients with systemic sclerosis.",
        mesh=("Scleroderma, Diffuse", HSCT, HUMANS),
        label=L(relevant=False, design="rct", therapies=["hsct_autologous"], n_patients=120,
                follow_up_months=years(7.4), evidence_numbers={"note": "noise: HSCT in systemic sclerosis"}),
    ),
    # 10. Preclinical MRL/lpr with an "other" MSC source.
    Record(
        pmid="93000010",
        journal="Journal of Autoimmunity",
        title="Gingiva-derived mesenchymal stem cells attenuate lupus nephritis in MRL/lpr mice through "
              "CD39-mediated adenosine signalling",
        abstract=[
            ("BACKGROUND", "Gingival tissue is an accessible source of mesenchymal stem cells with strong "
             "immunosuppressive activity."),
            ("METHODS", "Female MRL/lpr mice (n = 12 per group) received 2 × 10^6 human gingiva-derived "
             "mesenchymal stem cells (GMSCs) or control fibroblasts intravenously at 10 and 14 weeks of age. "
             "Proteinuria, anti-dsDNA antibodies, renal pathology and T follicular helper cells were followed to "
             "24 weeks. CD39 was silenced in some GMSCs."),
            ("RESULTS", "GMSC-treated mice had lower proteinuria and autoantibody titres and milder "
             "glomerulonephritis; 11 of 12 survived to 24 weeks compared with 6 of 12 controls. GMSCs lacking "
             "CD39 lost most of their protective effect."),
            ("CONCLUSIONS", "GMSCs protect MRL/lpr mice from nephritis through CD39 and adenosine."),
        ],
        mesh=(LN, MSCT, "Gingiva", ANIMALS, MICE, "Mice, Inbred MRL lpr"),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="other", lupus_nephritis=True,
                evidence_numbers={"note": "preclinical: mouse counts, doses and survival are not labelled",
                                  "msc_source": "gingiva -> other"}),
    ),
    # 11. Case series "we describe three patients"; complete renal response in all three.
    Record(
        pmid="93000011",
        journal="Kidney Medicine",
        title="Anti-CD19 CAR T cells for multidrug-resistant lupus nephritis: report of three cases",
        abstract="We describe three patients with class III or IV lupus nephritis that persisted despite "
                 "mycophenolate, cyclophosphamide and rituximab. Aged 19, 27 and 33 years, they received "
                 "lymphodepletion followed by a single dose of autologous anti-CD19 chimeric antigen receptor (CAR) T "
                 "cells (0.5 × 10^6 cells/kg). Cytokine release syndrome was grade 1 in two patients and absent in "
                 "one; none developed neurotoxicity. B cells were undetectable by day 7 and returned after 3 to 5 "
                 "months as naive cells. All three attained a complete renal response, with proteinuria below 0.5 "
                 "g/g by month 6, and immunosuppressants and glucocorticoids were stopped. Follow-up was 6, 9 and 14 "
                 "months. Anti-CD19 CAR T cells may offer drug-free renal remission in refractory lupus nephritis.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=3, dose_cells_per_kg=5e5, outcomes={"complete_remission": kn(3, 3)},
                evidence_numbers={"follow_up_months": "three individual follow-up times, no median or mean -> null",
                                  "n_patients": "three patients (ages 19, 27, 33 are not counts)",
                                  "dose_cells_per_kg": "0.5 × 10^6 cells/kg"}),
    ),
    # 12. Prospective protocol "N = 28"; CD34+ dose with superscript; mean observation period in years;
    #     OS with CI, PFS at a horizon, three deaths with one attributed to transplant.
    Record(
        pmid="93000012",
        journal="Blood Advances",
        title="CD34-selected autologous hematopoietic stem cell transplantation for life-threatening lupus: "
              "outcomes of a prospective single-center protocol",
        abstract="Patients with life-threatening systemic lupus erythematosus refractory to intravenous "
                 "cyclophosphamide were enrolled in a prospective single-center protocol (N = 28) between 2004 "
                 "and 2019; 17 had lupus nephritis and 9 neuropsychiatric disease. Grafts were mobilized with "
                 "cyclophosphamide and filgrastim and CD34-selected, and a median of 2.5 × 10⁶ CD34+ cells/kg was "
                 "reinfused after conditioning with cyclophosphamide, rabbit antithymocyte globulin and rituximab. "
                 "After a mean observation period of 4.2 years, overall survival was 86% (95% CI 70-94), and "
                 "progression-free survival was 50% at 5 years. Three deaths occurred, one attributed to transplant "
                 "(invasive aspergillosis on day 41) and two to lupus activity after relapse. Secondary autoimmune "
                 "thyroiditis developed in four patients. Intensive immunoablation with a CD34-selected graft can "
                 "control otherwise fatal lupus, but relapse remains common.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", therapies=["hsct_autologous"], lupus_nephritis=True,
                refractory=True, n_patients=28, follow_up_months=years(4.2), dose_cells_per_kg=2.5e6,
                outcomes={"overall_survival": pct(86), "disease_free_survival": pct(50), "mortality": kn(3, 28),
                          "treatment_related_mortality": kn(1, 28)},
                evidence_numbers={"design": "prospective protocol without a control arm",
                                  "follow_up_months": "mean observation period of 4.2 years",
                                  "disease_free_survival": "progression-free survival 50% at 5 years"}),
    ),
    # 13. Noise: MSC for a lupus-like complication of chronic GvHD.
    Record(
        pmid="93000013",
        journal="Bone Marrow Transplantation",
        title="Mesenchymal stromal cells for sclerotic and lupus-like chronic graft-versus-host disease after "
              "allogeneic transplantation",
        abstract="Chronic graft-versus-host disease (cGvHD) can mimic autoimmune diseases, including a lupus-like "
                 "syndrome with serositis, cytopenias and antinuclear antibodies. We treated 11 patients with "
                 "steroid-refractory cGvHD, 7 with sclerotic and 4 with lupus-like features, with third-party bone "
                 "marrow mesenchymal stromal cells (1 × 10^6 cells/kg monthly, up to six doses). The overall "
                 "response was 6 of 11, and 3 of the 4 patients with lupus-like disease responded. Two patients "
                 "died of infection. Mesenchymal stromal cells may help selected patients with refractory cGvHD.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="case_series", therapies=["msc"], msc_source="bone_marrow", refractory=True,
                n_patients=11, dose_cells_per_kg=1e6,
                evidence_numbers={"note": "noise: cell therapy for a lupus-like complication of GvHD"}),
    ),
    # 14. Retrospective multicentre cohort, "data from 339 patients", mixed MSC sources.
    Record(
        pmid="93000014",
        journal="Stem Cell Research & Therapy",
        title="Long-term outcomes of allogeneic mesenchymal stem cell transplantation in drug-resistant lupus: a "
              "15-year retrospective analysis",
        abstract=[
            ("BACKGROUND", "Short-term benefits of mesenchymal stem cells (MSCs) in lupus are documented, but "
             "long-term outcomes are not."),
            ("METHODS", "We retrospectively reviewed data from 339 patients with drug-resistant SLE who received "
             "allogeneic bone marrow- or umbilical cord-derived MSCs (1 × 10^6 cells/kg) at four hospitals between "
             "2007 and 2021; 181 had lupus nephritis. Remission was defined as a SLEDAI-2K of 3 or less with "
             "prednisone at 10 mg/day or less."),
            ("RESULTS", "The median follow-up was 5.8 years (interquartile range 3.1-9.0). Remission was achieved "
             "by 186 patients (54.9%), of whom 58 (31.2%) relapsed after a median of 27 months. Thirty-one "
             "patients died, mostly of infection or cardiovascular disease; no death was attributed to MSC "
             "infusion. The estimated 10-year survival was 88.4%."),
            ("CONCLUSIONS", "Allogeneic MSC transplantation gave durable remission in about half of patients with "
             "drug-resistant lupus, without late safety signals."),
        ],
        label=L(relevant=True, design="cohort", therapies=["msc"], lupus_nephritis=True, refractory=True,
                n_patients=339, follow_up_months=years(5.8), dose_cells_per_kg=1e6,
                outcomes={"remission": kn(186, 339), "relapse": kn(58, 186), "mortality": kn(31, 339),
                          "treatment_related_mortality": none_of(339), "overall_survival": pct(88.4)},
                evidence_numbers={"msc_source": "bone marrow- or umbilical cord-derived: mixed -> null",
                                  "refractory": "drug-resistant SLE",
                                  "treatment_related_mortality": "no death attributed to MSC infusion -> 0",
                                  "follow_up_months": "median 5.8 years (relapse after a median of 27 months is "
                                                      "not follow-up)"}),
    ),
    # 15. Narrative review scoped to refractory disease.
    Record(
        pmid="93000015",
        journal="Lupus",
        title="Haematopoietic stem cell transplantation for refractory systemic lupus erythematosus: thirty years "
              "of lessons",
        abstract="Since the first autologous transplants for lupus in the mid-1990s, haematopoietic stem cell "
                 "transplantation has moved from a salvage procedure to a carefully selected option for refractory "
                 "disease. This review traces the evolution of autologous and allogeneic transplantation in lupus: "
                 "the choice of conditioning intensity, graft manipulation, the fall in transplant-related mortality "
                 "from above 10% in early series to around 5% in recent registry data, and the durability of "
                 "remission. We discuss patient selection, the role of experienced centres, and how CD19 CAR T-cell "
                 "therapy, which achieves B-cell depletion with milder toxicity, is changing the place of "
                 "transplantation.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t", "hsct_allogeneic", "hsct_autologous"],
                refractory=True,
                evidence_numbers={"outcomes": "narrative review: restated mortality figures are not labelled",
                                  "refractory": "scope in the title is refractory SLE"}),
    ),
    # 16. Consensus statement without guideline publication type.
    Record(
        pmid="93000016",
        journal="International Journal of Rheumatic Diseases",
        title="Asia-Pacific League of Associations for Rheumatology consensus statements on the management of "
              "systemic lupus erythematosus: 2025 update",
        abstract="A working group of 22 rheumatologists from 14 countries updated the APLAR consensus statements on "
                 "the management of SLE using a modified Delphi process with two voting rounds and an agreement "
                 "threshold of 80%. Thirty statements were endorsed. Hydroxychloroquine is recommended for every "
                 "patient unless contraindicated, glucocorticoids should be minimised, and belimumab, anifrolumab "
                 "or calcineurin inhibitors are positioned according to organ involvement and access. For lupus "
                 "nephritis, mycophenolate or low-dose cyclophosphamide remains the preferred induction. "
                 "Mesenchymal stem cell and CAR T-cell therapies should be restricted to clinical trials in "
                 "refractory disease, and autologous haematopoietic stem cell transplantation is not recommended "
                 "outside experienced centres.",
        label=L(relevant=True, design="guideline", therapies=["car_t", "hsct_autologous", "msc"],
                lupus_nephritis=True, new_guideline=True,
                evidence_numbers={"design": "consensus statements; publication type only Journal Article",
                                  "n_patients": "22 rheumatologists are not patients",
                                  "refractory": "guideline -> null"}),
    ),
    # 17. Noise: low-dose IL-2 trial in SLE ("1 million IU" is not a cell dose).
    Record(
        pmid="93000017",
        journal="Annals of the Rheumatic Diseases",
        title="Low-dose interleukin-2 in systemic lupus erythematosus: a multicentre, double-blind trial",
        abstract="Patients with active SLE (n = 100) were randomly assigned to subcutaneous interleukin-2 (1 "
                 "million IU every other day for 2 weeks, in three cycles) or placebo and were followed for 24 "
                 "weeks. The SRI-4 response at week 24 was 65.5% with interleukin-2 and 36.5% with placebo "
                 "(p=0.003). Regulatory T cells expanded and natural killer cells increased in the treated group. "
                 "There were no serious infections. Low-dose interleukin-2 was effective and well tolerated.",
        label=L(relevant=False, design="rct", n_patients=100, follow_up_months=weeks(24),
                evidence_numbers={"note": "noise: cytokine drug trial in SLE; regulatory T cells are a biomarker "
                                          "here, not a cell therapy"}),
    ),
    # 18. Non-randomised prospective controlled study; "10(6) cells/kg"; relapse among responders.
    Record(
        pmid="93000018",
        journal="Clinical Rheumatology",
        title="Bone marrow mesenchymal stem cells versus continued conventional therapy in refractory lupus: a "
              "prospective controlled study",
        abstract=[
            ("OBJECTIVE", "To compare allogeneic mesenchymal stem cells with continued conventional therapy in "
             "refractory SLE."),
            ("METHODS", "Patients with SLE refractory to at least two immunosuppressive drugs chose between "
             "allogeneic bone marrow mesenchymal stem cells (a single infusion of 10(6) cells/kg) and continuation "
             "of conventional therapy; allocation was not randomised. Both groups were followed prospectively on "
             "the same visit schedule."),
            ("RESULTS", "Forty-six patients were enrolled, 24 in the MSC group and 22 in the control group; "
             "baseline SLEDAI-2K scores were 13.1 and 12.4. At a median of 18 months of follow-up, remission had "
             "been reached by 15 of 24 MSC recipients (62.5%) and 7 of 22 controls (31.8%) (p=0.04). Four of the "
             "15 responders to MSCs flared later. Serious adverse events: one MSC recipient (pneumonia) and two "
             "controls."),
            ("CONCLUSION", "In this non-randomised comparison, MSCs were associated with more remissions than "
             "continued conventional therapy."),
        ],
        label=L(relevant=True, design="non_randomized_trial", therapies=["msc"], msc_source="bone_marrow",
                refractory=True, n_patients=46, follow_up_months=18, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(15, 24), "relapse": kn(4, 15), "serious_adverse_events": kn(1, 24)},
                evidence_numbers={"n_patients": "46 enrolled in both concurrent arms",
                                  "dose_cells_per_kg": "10(6) cells/kg"}),
    ),
    # 19. Case series "12 women and 3 men"; MCR next to PCR; overall response as a total.
    Record(
        pmid="93000019",
        journal="Lupus",
        title="Autologous adipose-derived mesenchymal stem cells for refractory systemic lupus erythematosus: a "
              "compassionate-use experience",
        abstract="Between 2016 and 2023, 12 women and 3 men with SLE refractory to at least three "
                 "immunosuppressants received autologous adipose-derived mesenchymal stem cells (1 × 10^6 cells per "
                 "kilogram, three infusions at monthly intervals) on a compassionate-use basis. The mean age was 36 "
                 "years (range 21-55) and the mean disease duration 9.4 years. Response was assessed with "
                 "BILAG-based criteria. Over a mean follow-up of 16 months, a major clinical response was recorded "
                 "in 5 patients and a partial clinical response in 4, an overall response of 9/15 (60%). Two "
                 "patients had transient fever after infusion, and there were no serious adverse events. "
                 "Adipose-derived cells are an accessible option for refractory SLE and merit controlled evaluation.",
        label=L(relevant=True, design="case_series", therapies=["msc"], msc_source="adipose", refractory=True,
                n_patients=15, follow_up_months=16, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(9, 15), "complete_remission": kn(5, 15),
                          "serious_adverse_events": none_of(15)},
                evidence_numbers={"n_patients": "12 women and 3 men = 15",
                                  "complete_remission": "major clinical response next to partial response",
                                  "follow_up_months": "mean follow-up 16 months (disease duration 9.4 years is not)"}),
    ),
    # 20. Systematic review without pooling, lupus nephritis only.
    Record(
        pmid="93000020",
        journal="Nephrology Dialysis Transplantation",
        title="Chimeric antigen receptor T-cell therapy in lupus nephritis: a systematic literature review",
        abstract=[
            ("BACKGROUND", "Reports of CAR T cells in lupus nephritis are accumulating quickly but are scattered "
             "across case reports, series and early trials."),
            ("METHODS", "Following PRISMA, we searched MEDLINE, Embase and the Cochrane Library to 31 March 2025. "
             "Because designs and outcome definitions varied, data were synthesised narratively without "
             "meta-analysis."),
            ("RESULTS", "Nineteen reports describing 61 patients with lupus nephritis were included: 11 case "
             "reports, 6 case series and 2 phase 1 trials. The target was CD19 in 44 patients, BCMA and CD19 in 14, "
             "and CD19 with CD20 in 3. Complete renal response was reported in 38 of 61 patients (62%) and partial "
             "response in 12 (20%). The median follow-up across reports was 11 months. Two deaths were reported, "
             "neither due to lupus."),
            ("CONCLUSIONS", "Early results are promising, but the evidence consists of small uncontrolled reports "
             "with short follow-up."),
        ],
        pubtypes=("Journal Article", "Systematic Review"),
        label=L(relevant=True, design="systematic_review", therapies=["car_t"], lupus_nephritis=True,
                n_patients=61, n_studies=19, follow_up_months=11,
                outcomes={"complete_remission": kn(38, 61), "mortality": kn(2, 61)},
                evidence_numbers={"remission": "complete and partial not given as a total -> not labelled",
                                  "phase": "phase 1 trials among included reports: the review has no phase"}),
    ),
    # 21. Noise: CAR-T in multiple myeloma.
    Record(
        pmid="93000021",
        journal="Journal of Clinical Oncology",
        title="Ciltacabtagene autoleucel in relapsed or refractory multiple myeloma: real-world outcomes from 16 US "
              "centers",
        abstract="We retrospectively analysed 236 patients with relapsed or refractory multiple myeloma who "
                 "received standard-of-care ciltacabtagene autoleucel at a median dose of 0.7 × 10^6 CAR T cells/kg. "
                 "The overall response rate was 89% and the complete response rate 54%. With a median follow-up of "
                 "13 months, the 12-month progression-free survival was 68%. Non-relapse mortality was 8%, driven by "
                 "infections and delayed neurotoxicity. Real-world outcomes matched those of the registration trial.",
        pubtypes=("Journal Article", "Multicenter Study"),
        label=L(relevant=False, design="cohort", therapies=["car_t"], refractory=True, n_patients=236,
                follow_up_months=13, dose_cells_per_kg=7e5,
                evidence_numbers={"note": "noise: CAR-T in myeloma"}),
    ),
    # 22. Preclinical NZB/W F1 allogeneic bone marrow transplantation.
    Record(
        pmid="93000022",
        journal="Blood",
        title="Non-myeloablative allogeneic bone marrow transplantation reverses established nephritis in NZB/W F1 "
              "mice",
        abstract="New Zealand Black × New Zealand White F1 (NZB/W F1) mice develop immune-complex glomerulonephritis "
                 "resembling human lupus nephritis. Mice with established proteinuria (n = 15) received "
                 "non-myeloablative conditioning with fludarabine and 2 Gy total body irradiation followed by bone "
                 "marrow from BALB/c donors; control mice (n = 15) received conditioning alone. Mixed chimerism was "
                 "established in 13 of 15 recipients. Proteinuria regressed within 8 weeks, glomerular immune "
                 "deposits cleared, and survival at 40 weeks was 80% compared with 20% in controls. Donor-derived "
                 "regulatory T cells were enriched in the spleen. Mixed chimerism after mild conditioning may offer "
                 "a curative approach to lupus nephritis.",
        mesh=(LN, "Bone Marrow Transplantation", "Transplantation Chimera", ANIMALS, MICE, "Mice, Inbred NZB"),
        label=L(relevant=True, design="preclinical", therapies=["hsct_allogeneic"], lupus_nephritis=True,
                evidence_numbers={"note": "preclinical: animal counts and survival are not labelled"}),
    ),
    # 23. Editorial on MSC (other).
    Record(
        pmid="93000023",
        journal="Lupus Science & Medicine",
        title="Mesenchymal stem cells for lupus: time to stop, or time to do it properly?",
        abstract="Randomised trials of mesenchymal stem cells in lupus have produced conflicting results, and "
                 "enthusiasm has waned as CAR T cells have taken the spotlight. In this editorial we argue that the "
                 "negative trials tested heterogeneous, poorly characterised products at arbitrary doses, and that "
                 "the question of efficacy remains open. Potency assays, standardised manufacturing, dose-finding "
                 "and biomarker-selected populations should precede the next trial, rather than abandoning the "
                 "approach.",
        pubtypes=("Editorial",),
        label=L(relevant=True, design="other", therapies=["msc"],
                evidence_numbers={"therapies": "CAR T cells mentioned only as context, not discussed as therapy"}),
    ),
    # 24. Lancet-style randomised trial: middle-dot decimals, FINDINGS/INTERPRETATION, no RCT publication type.
    Record(
        pmid="93000024",
        journal="Lancet Rheumatology",
        title="Autologous haematopoietic stem-cell transplantation versus best available therapy in refractory "
              "systemic lupus erythematosus (ASTRAL-L): a multicentre, open-label trial",
        abstract=[
            ("BACKGROUND", "Autologous haematopoietic stem-cell transplantation (HSCT) induces long remissions in "
             "uncontrolled series of refractory lupus, but it has never been compared with modern therapy."),
            ("METHODS", "In this open-label trial at 11 centres in Europe, adults aged 18-55 years with SLE that "
             "remained severe despite at least two immunosuppressants, including cyclophosphamide or "
             "mycophenolate, were randomly assigned (1:1), stratified by nephritis, to autologous HSCT after "
             "cyclophosphamide and rabbit antithymocyte globulin conditioning or to best available therapy chosen "
             "by the investigator. The primary outcome was remission (SLEDAI-2K of 2 or less with prednisolone 5 "
             "mg/day or less) at 24 months, analysed by intention to treat."),
            ("FINDINGS", "Between March 2014 and June 2021, 64 patients were assessed for eligibility and 40 were "
             "randomly assigned (20 per group); 23 had lupus nephritis. Median follow-up was 36·5 months (IQR "
             "28·1-44·0). At 24 months, 14 (70·0%) of 20 patients in the HSCT group and 5 (25·0%) of 20 in the "
             "control group were in remission (risk difference 45·0 percentage points, 95% CI 17·3-72·7; "
             "p=0·0044). One patient in the HSCT group died of cytomegalovirus pneumonitis on day 57, a death "
             "attributed to transplantation; two patients in the control group died of lupus-related "
             "complications. Serious adverse events occurred in 13 (65·0%) of 20 transplanted patients and 6 "
             "(30·0%) of 20 controls."),
            ("INTERPRETATION", "HSCT achieved remission more often than best available therapy, at the cost of more "
             "serious adverse events and one treatment-related death."),
            ("FUNDING", "European Commission Horizon programme."),
        ],
        pubtypes=("Journal Article", "Multicenter Study"),
        mesh=(SLE, HSCT, "Transplantation, Autologous", HUMANS),
        label=L(relevant=True, design="rct", therapies=["hsct_autologous"], lupus_nephritis=True, refractory=True,
                n_patients=40, follow_up_months=36.5,
                outcomes={"remission": kn(14, 20), "mortality": kn(1, 20), "treatment_related_mortality": kn(1, 20),
                          "serious_adverse_events": kn(13, 20)},
                evidence_numbers={"design": "'randomly assigned (1:1)' in text; no RCT publication type",
                                  "n_patients": "40 randomised, not 64 assessed",
                                  "mortality": "one HSCT-arm death (two control deaths are the control arm)",
                                  "follow_up_months": "36·5 months with a middle-dot decimal"}),
    ),
    # 25-26. Retraction pair.
    Record(
        pmid="93000025",
        journal="Stem Cells International",
        title="Human amniotic mesenchymal stem cells in refractory lupus nephritis: an open-label pilot study",
        abstract="Twenty-two patients with lupus nephritis refractory to cyclophosphamide received three infusions "
                 "of human amniotic mesenchymal stem cells (hAMSCs; 1.5 × 10^6 cells/kg) at weekly intervals. Over 12 "
                 "months of follow-up, renal remission was achieved in 16 patients (72.7%), including complete "
                 "remission in 9 (40.9%). Proteinuria decreased from 3.6 to 0.8 g/24 h. There were no serious adverse "
                 "events and no deaths. hAMSCs may be a promising treatment for refractory lupus nephritis.",
        pubtypes=("Journal Article", "Retracted Publication"),
        retraction_in=("93000026",),
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="other", lupus_nephritis=True,
                refractory=True, n_patients=22, follow_up_months=12, dose_cells_per_kg=1.5e6,
                outcomes={"remission": kn(16, 22), "complete_remission": kn(9, 22),
                          "serious_adverse_events": none_of(22), "mortality": none_of(22)},
                retracted=True, evidence_numbers={"msc_source": "amnion (placental membrane) -> other"}),
    ),
    Record(
        pmid="93000026",
        journal="Stem Cells International",
        title="Retraction notice to: Human amniotic mesenchymal stem cells in refractory lupus nephritis: an "
              "open-label pilot study",
        abstract="This article has been retracted by the journal after an investigation found that figures and "
                 "patient-level data overlapped with a study previously published by a different group, and the "
                 "authors were unable to provide the raw data. The authors disagree with the retraction.",
        pubtypes=("Retraction of Publication",),
        retraction_of=("93000025",),
        entrez="2025-11-18",
        label=L(relevant=True, design="other", therapies=["msc"], msc_source="other", lupus_nephritis=True,
                refractory=True, retracted=True,
                evidence_numbers={"note": "retraction notice of a relevant article: relevant, design other"}),
    ),
    # 27. Noise: kidney transplantation for lupus nephritis ESKD.
    Record(
        pmid="93000027",
        journal="American Journal of Transplantation",
        title="Graft and patient survival after kidney transplantation for end-stage lupus nephritis: a registry "
              "cohort",
        abstract="Using the national transplant registry, we studied 2,870 first kidney transplant recipients whose "
                 "end-stage kidney disease was caused by lupus nephritis, transplanted between 2000 and 2020, and "
                 "compared them with recipients with other glomerular diseases. The 10-year graft survival was 71% "
                 "and patient survival 84%, similar to the comparison group after adjustment. Recurrent lupus "
                 "nephritis was diagnosed in 2.4%. Positivity for lupus anticoagulant before transplantation was "
                 "associated with early graft thrombosis. Kidney transplantation remains the treatment of choice for "
                 "end-stage lupus nephritis.",
        mesh=("Kidney Transplantation", LN, "Registries", HUMANS),
        label=L(relevant=False, design="cohort", lupus_nephritis=True, n_patients=2870,
                evidence_numbers={"note": "noise: kidney transplantation in lupus nephritis"}),
    ),
    # 28. Paediatric phase I/II; "enrolled 30 ... of whom 28 completed"; "two million cells per kg";
    #     "flares occurred in 4 patients".
    Record(
        pmid="93000028",
        journal="Pediatric Rheumatology",
        title="Umbilical cord mesenchymal stem cells for refractory childhood-onset lupus: an open-label phase I/II "
              "study",
        abstract=[
            ("BACKGROUND", "Children with lupus accumulate damage from prolonged glucocorticoid exposure, and "
             "options after failure of standard immunosuppression are limited."),
            ("METHODS", "We enrolled 30 children and adolescents aged 8 to 17 years with childhood-onset SLE that "
             "remained active despite glucocorticoids and at least two immunosuppressants. Each received two "
             "million cells per kg of allogeneic umbilical cord mesenchymal stem cells intravenously, repeated "
             "after one week, and was followed for 12 months."),
            ("RESULTS", "Twenty-eight of the 30 enrolled patients completed the study; two withdrew before the "
             "second infusion. At 12 months, 19 of 30 patients (63.3%) were in clinical remission by intention to "
             "treat. Flares occurred in 4 patients during follow-up. The median SLEDAI-2K fell from 14 to 4, and "
             "the glucocorticoid dose was halved. No serious adverse events attributable to the cells were "
             "observed; one child was admitted with varicella."),
            ("CONCLUSIONS", "Umbilical cord MSCs were well tolerated and active in refractory childhood-onset "
             "lupus."),
        ],
        label=L(relevant=True, design="single_arm_trial", phase="I/II", therapies=["msc"],
                msc_source="umbilical_cord", pediatric=True, refractory=True, n_patients=30, follow_up_months=12,
                dose_cells_per_kg=2e6, outcomes={"remission": kn(19, 30), "relapse": kn(4, 30)},
                evidence_numbers={"n_patients": "30 enrolled, of whom 28 completed",
                                  "dose_cells_per_kg": "two million cells per kg",
                                  "relapse": "flares in 4 patients, no denominator stated -> study's 30",
                                  "serious_adverse_events": "restricted to events attributable to the cells -> "
                                                            "not labelled"}),
    ),
    # 29. Case report, CAR-T for neuropsychiatric lupus.
    Record(
        pmid="93000029",
        journal="Neurology: Neuroimmunology & Neuroinflammation",
        title="BCMA-CD19 compound CAR T cells for refractory neuropsychiatric lupus in a 41-year-old man",
        abstract="Neuropsychiatric involvement is among the most difficult manifestations of lupus to treat. A "
                 "41-year-old man with SLE developed seizures, psychosis and longitudinally extensive myelitis that "
                 "progressed despite pulse methylprednisolone, cyclophosphamide, plasma exchange and rituximab. He "
                 "received a compound BCMA-CD19 CAR T-cell product at 3 × 10^6 cells/kg after "
                 "fludarabine-cyclophosphamide lymphodepletion. Grade 2 cytokine release syndrome resolved with "
                 "tocilizumab. Cerebrospinal fluid autoantibodies disappeared, the spinal cord lesion regressed on "
                 "MRI, and he regained independent walking. After 12 months of follow-up he has had no further "
                 "neurological events on hydroxychloroquine alone.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["car_t"], refractory=True, n_patients=1,
                follow_up_months=12, dose_cells_per_kg=3e6,
                evidence_numbers={"n_patients": "one patient; 41 is his age"}),
    ),
    # 30. Noise: "stem cells" in an unrelated sense (hair follicle bulge stem cells in discoid lupus).
    Record(
        pmid="93000030",
        journal="Journal of Investigative Dermatology",
        title="Loss of hair follicle stem cells in the scarring alopecia of discoid lupus erythematosus",
        abstract="Discoid lupus erythematosus (DLE) of the scalp causes permanent scarring alopecia. We examined "
                 "scalp biopsies from 24 patients with active DLE, 10 with alopecia areata and 12 healthy controls "
                 "for the bulge stem cell markers keratin 15 and CD200. Keratin 15-positive stem cells were reduced "
                 "by 78% in DLE lesions but preserved in alopecia areata. Interferon-gamma induced apoptosis of "
                 "cultured bulge stem cells, which was prevented by JAK inhibition. Protecting follicular stem cells "
                 "from interferon injury could prevent permanent hair loss in cutaneous lupus.",
        mesh=("Lupus Erythematosus, Discoid", "Hair Follicle", "Stem Cells", "Alopecia", HUMANS),
        label=L(relevant=False, design="cohort", n_patients=24,
                evidence_numbers={"note": "noise: stem cells as tissue biology, not a cell therapy"}),
    ),
    # 31. Prospective observational cohort: "(median 13 months)" after "up to 24 months"; "17 (53.1%)";
    #     "no severe adverse events were recorded".
    Record(
        pmid="93000031",
        journal="Frontiers in Medicine",
        title="Clinical outcomes of umbilical cord mesenchymal stem cell infusion in refractory lupus: a "
              "prospective observational cohort",
        abstract="Thirty-two consecutive patients with refractory SLE treated with allogeneic umbilical cord "
                 "mesenchymal stem cells (1 × 10^6 cells/kg) at our centre were observed prospectively, with "
                 "standardised assessments every 3 months. Patients were followed for up to 24 months (median 13 "
                 "months). Clinical remission was achieved in 17 (53.1%) patients, and the median time to remission "
                 "was 4.5 months. The SLEDAI-2K decreased from 11.3 ± 3.2 to 5.1 ± 2.8 (p < 0.001), and "
                 "complement C3 rose. No severe adverse events were recorded; four patients had transient dizziness "
                 "or flushing during infusion. Umbilical cord MSCs appear safe and beneficial in routine care of "
                 "refractory lupus.",
        label=L(relevant=True, design="cohort", therapies=["msc"], msc_source="umbilical_cord", refractory=True,
                n_patients=32, follow_up_months=13, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(17, 32), "serious_adverse_events": none_of(32)},
                evidence_numbers={"follow_up_months": "median 13 months; 'up to 24 months' is the maximum",
                                  "serious_adverse_events": "no severe adverse events recorded -> 0"}),
    ),
    # 32. Noise: HSCT in multiple sclerosis.
    Record(
        pmid="93000032",
        journal="JAMA Neurology",
        title="Autologous haematopoietic stem cell transplantation compared with alemtuzumab and ocrelizumab in "
              "relapsing multiple sclerosis: an observational cohort study",
        abstract="In this observational study from national multiple sclerosis registries, 1,138 patients with "
                 "relapsing-remitting multiple sclerosis treated with autologous haematopoietic stem cell "
                 "transplantation (159), alemtuzumab (624) or ocrelizumab (355) were compared using propensity "
                 "score matching. Over a median of 5 years, transplantation was associated with fewer relapses than "
                 "alemtuzumab or ocrelizumab and with more frequent disability improvement. One transplant-related "
                 "death occurred. Transplantation should be considered for highly active disease.",
        mesh=("Multiple Sclerosis, Relapsing-Remitting", HSCT, HUMANS),
        label=L(relevant=False, design="cohort", therapies=["hsct_autologous"], n_patients=1138,
                evidence_numbers={"note": "noise: HSCT in multiple sclerosis"}),
    ),
    # 33. BMJ Open-style protocol of a planned trial: no patients yet.
    Record(
        pmid="93000033",
        journal="BMJ Open",
        title="Umbilical cord mesenchymal stromal cells for active lupus nephritis (MSC-LN): protocol for a "
              "multicentre, randomised, double-blind, placebo-controlled phase 2/3 trial",
        abstract=[
            ("INTRODUCTION", "Uncontrolled studies suggest that mesenchymal stromal cells improve lupus "
             "nephritis, but adequately powered placebo-controlled evidence is lacking."),
            ("METHODS AND ANALYSIS", "We will recruit 168 adults with biopsy-proven active class III or IV lupus "
             "nephritis and randomise them 1:1 to two infusions of umbilical cord mesenchymal stromal cells (1 × "
             "10^6 cells/kg) or placebo, in addition to mycophenolate and glucocorticoids. Participants will be "
             "followed for 52 weeks. The primary outcome is complete renal response at week 52; secondary "
             "outcomes include overall renal response, SLEDAI-2K, serious adverse events and quality of life."),
            ("ETHICS AND DISSEMINATION", "The trial was approved by the ethics committees of all 12 sites. "
             "Results will be published in peer-reviewed journals."),
            ("TRIAL REGISTRATION", "ClinicalTrials.gov NCT09300033."),
        ],
        label=L(relevant=True, design="other", phase="II/III", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, follow_up_months=weeks(52), dose_cells_per_kg=1e6,
                evidence_numbers={"design": "protocol of a planned trial, no patients enrolled or randomised yet "
                                            "-> other",
                                  "n_patients": "168 is a planned sample size, not enrolled -> null",
                                  "follow_up_months": "planned observation period stated as follow-up (52 weeks)",
                                  "dose_cells_per_kg": "planned dose of the evaluated product"}),
    ),
    # 34. Phase 1/2 with matched historical registry controls: controls are not counted.
    Record(
        pmid="93000034",
        journal="Annals of the Rheumatic Diseases",
        title="CD19 CAR T cells in refractory systemic lupus erythematosus compared with matched historical "
              "controls: a phase 1/2 study",
        abstract=[
            ("OBJECTIVES", "To assess the safety and efficacy of CD19 CAR T cells against a matched historical "
             "control group in refractory SLE."),
            ("METHODS", "In this phase 1/2 study, patients with SLE refractory to at least two immunosuppressants "
             "and one biologic received autologous CD19 CAR T cells (1 × 10^6 cells/kg) after fludarabine and "
             "cyclophosphamide. Outcomes were compared with those of 36 historical controls with similarly "
             "refractory disease, matched on age, sex and SLEDAI-2K, drawn from the hospital lupus registry and "
             "treated with standard therapy."),
            ("RESULTS", "Twelve patients were treated and followed for a median of 14 months. DORIS remission was "
             "reached by 10 of 12 CAR T-cell recipients and by 4 of 36 historical controls (83% vs 11%). No "
             "patient relapsed during follow-up. Grade 1 cytokine release syndrome occurred in 9 patients, and "
             "there was no neurotoxicity."),
            ("CONCLUSIONS", "CD19 CAR T cells achieved far more remissions than matched standard therapy."),
        ],
        label=L(relevant=True, design="non_randomized_trial", phase="I/II", therapies=["car_t"], refractory=True,
                n_patients=12, follow_up_months=14, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(10, 12), "relapse": none_of(12)},
                evidence_numbers={"n_patients": "12 treated; 36 historical registry controls were not enrolled",
                                  "design": "interventional with a historical control arm"}),
    ),
    # 35. Noise: lupus anticoagulant in kidney transplant recipients.
    Record(
        pmid="93000035",
        journal="Transplantation",
        title="Lupus anticoagulant and antiphospholipid antibodies in kidney transplant recipients: impact on early "
              "graft thrombosis",
        abstract="We tested 1,046 consecutive kidney transplant recipients for lupus anticoagulant, anticardiolipin "
                 "and anti-beta2-glycoprotein I antibodies before transplantation. Sixty-three (6.0%) were positive "
                 "for lupus anticoagulant, only 9 of whom had systemic lupus erythematosus. Early graft thrombosis "
                 "occurred in 7.9% of lupus anticoagulant-positive and 1.2% of negative recipients. Perioperative "
                 "anticoagulation reduced the risk. Screening for lupus anticoagulant should be routine before "
                 "kidney transplantation.",
        mesh=("Lupus Coagulation Inhibitor", "Kidney Transplantation", "Thrombosis", HUMANS),
        label=L(relevant=False, design="cohort", n_patients=1046,
                evidence_numbers={"note": "noise: lupus anticoagulant in transplant recipients"}),
    ),
    # 36. EBMT registry, "a total of 81"; non-relapse mortality only (not all-cause).
    Record(
        pmid="93000036",
        journal="Bone Marrow Transplantation",
        title="Autologous haematopoietic stem cell transplantation for systemic lupus erythematosus: an updated "
              "analysis from the EBMT Autoimmune Diseases Working Party",
        abstract="Data on autologous haematopoietic stem cell transplantation (AHSCT) for systemic lupus "
                 "erythematosus reported to the European Society for Blood and Marrow Transplantation (EBMT) "
                 "registry between 2001 and 2022 were analysed retrospectively. A total of 81 patients from 27 "
                 "centres were included (median age 31 years; 86% female; lupus nephritis in 44). Median follow-up "
                 "was 71 months. At 5 years, overall survival was 85% (95% CI 74-92) and progression-free survival "
                 "46%. Non-relapse mortality at 2 years was 7.4% (6 of 81 patients), mainly from infection. Of the 59 "
                 "patients who reached a complete or partial response, 24 subsequently relapsed. Younger age and "
                 "transplantation after 2010 were associated with better progression-free survival.",
        pubtypes=("Journal Article",),
        mesh=(SLE, HSCT, "Transplantation, Autologous", "Registries", HUMANS),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], lupus_nephritis=True, n_patients=81,
                follow_up_months=71,
                outcomes={"overall_survival": pct(85), "disease_free_survival": pct(46),
                          "treatment_related_mortality": kn(6, 81), "remission": kn(59, 81), "relapse": kn(24, 59)},
                evidence_numbers={"mortality": "only non-relapse mortality is given -> not all-cause",
                                  "remission": "59 reached complete or partial response (a total)",
                                  "refractory": "not stated -> null"}),
    ),
    # 37. Paediatric case series of allogeneic HSCT; "three of the four survived".
    Record(
        pmid="93000037",
        journal="Pediatric Transplantation",
        title="Allogeneic haematopoietic stem cell transplantation for refractory childhood-onset lupus: four cases "
              "from a single centre",
        abstract="Allogeneic transplantation may offer lasting control of lupus by replacing the immune system, at a "
                 "higher procedural risk than autologous transplantation. We report four children (three girls and "
                 "one boy, aged 9 to 15 years) with childhood-onset SLE refractory to cyclophosphamide, rituximab and "
                 "mycophenolate who received reduced-intensity conditioning and bone marrow from HLA-matched "
                 "siblings (two) or unrelated donors (two). All engrafted with full donor chimerism. Three of the "
                 "four patients survived and remain in remission off immunosuppression; one died of transplant-"
                 "related graft-versus-host disease at 7 months. The median follow-up of the survivors was 38 months.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_series", therapies=["hsct_allogeneic"], pediatric=True, refractory=True,
                n_patients=4, follow_up_months=38,
                outcomes={"overall_survival": kn(3, 4), "remission": kn(3, 4), "mortality": kn(1, 4),
                          "treatment_related_mortality": kn(1, 4)},
                evidence_numbers={"n_patients": "four children (three girls and one boy)",
                                  "treatment_related_mortality": "death of transplant-related GvHD counts under "
                                                                 "both mortality measures"}),
    ),
    # 38. Long-term follow-up report of a single-arm phase II trial; "at a median of 8.5 years".
    Record(
        pmid="93000038",
        journal="Stem Cells Translational Medicine",
        title="Eight-year follow-up of a phase II trial of umbilical cord mesenchymal stem cells in active lupus "
              "nephritis",
        abstract=[
            ("BACKGROUND", "Whether the renal benefit of mesenchymal stem cells (MSCs) in lupus nephritis lasts is "
             "unknown."),
            ("METHODS", "Forty patients with active lupus nephritis who had not responded to at least 6 months of "
             "cyclophosphamide or mycophenolate received umbilical cord MSCs (1 × 10^6 cells/kg) in a single-arm "
             "phase II trial between 2012 and 2015. We report their long-term status."),
            ("RESULTS", "Patients were assessed at a median of 8.5 years after infusion; 3 were lost to follow-up. "
             "Renal remission (complete or partial) was present in 22 of 40 patients (55%) at the last visit, and "
             "9 patients (22.5%) had progressed to end-stage kidney disease. Five patients died, none of "
             "complications related to the cells. No malignancy attributable to MSCs was detected."),
            ("CONCLUSIONS", "About half of the patients kept a renal remission 8 years after a single MSC "
             "infusion."),
        ],
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", phase="II", therapies=["msc"], msc_source="umbilical_cord",
                lupus_nephritis=True, refractory=True, n_patients=40, follow_up_months=years(8.5),
                dose_cells_per_kg=1e6,
                outcomes={"remission": kn(22, 40), "mortality": kn(5, 40), "treatment_related_mortality": none_of(40)},
                evidence_numbers={"design": "long-term follow-up report of a single-arm trial",
                                  "refractory": "not responded to named immunosuppressants",
                                  "treatment_related_mortality": "five deaths, none related to the cells -> 0"}),
    ),
    # 39. "N = 48"; screened vs enrolled; fixed total dose (not per kg -> null).
    Record(
        pmid="93000039",
        journal="New England Journal of Medicine",
        title="Fixed-dose CD19 CAR T cells in refractory systemic lupus erythematosus",
        abstract="We conducted an open-label, single-group phase 2 study at nine centres in which adults with SLE "
                 "refractory to glucocorticoids plus at least two immunosuppressants or biologics received one "
                 "infusion of autologous CD19 CAR T cells at a fixed dose of 1 × 10^8 CAR-positive cells after "
                 "lymphodepletion. Of 71 patients screened, 48 were enrolled and infused (N = 48); 22 had active "
                 "lupus nephritis. At month 12, DORIS remission had been reached by 31 of 48 patients (64.6%), and 14 "
                 "of the 22 patients with nephritis had a complete renal response. Serious adverse events occurred "
                 "in 9 patients (18.8%), mostly infections; cytokine release syndrome was of grade 1 or 2 in 40 "
                 "patients, and immune effector cell-associated neurotoxicity syndrome occurred in 2. The median "
                 "follow-up was 15.2 months.",
        pubtypes=("Journal Article", "Multicenter Study"),
        mesh=(SLE, CAR, "Immunotherapy, Adoptive", HUMANS),
        label=L(relevant=True, design="single_arm_trial", phase="II", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=48, follow_up_months=15.2,
                outcomes={"remission": kn(31, 48), "complete_remission": kn(14, 22),
                          "serious_adverse_events": kn(9, 48)},
                evidence_numbers={"dose_cells_per_kg": "1 × 10^8 cells is a fixed total dose -> null",
                                  "n_patients": "48 enrolled, not 71 screened",
                                  "complete_remission": "complete renal response in the nephritis subgroup"}),
    ),
    # 40. Phase 1 dose escalation "(n=12)" with levels listed as "0.5, 1.0 or 2.0 × 10^6 cells/kg".
    Record(
        pmid="93000040",
        journal="Journal of Hematology & Oncology",
        title="BCMA-CD19 compound CAR T cells in refractory lupus nephritis: a phase 1 dose-escalation study",
        abstract="Patients with biopsy-proven lupus nephritis refractory to at least two induction regimens (n=12) "
                 "received compound BCMA-CD19 CAR T cells at 0.5, 1.0 or 2.0 × 10^6 cells/kg in a 3+3 design after "
                 "fludarabine and cyclophosphamide. No dose-limiting toxicity occurred and the maximum tolerated dose "
                 "was not reached. After a median follow-up of 9 months (range 4-18), 10 patients had a renal "
                 "response, 7 of them complete. One patient had a serious adverse event (grade 3 neutropenic fever). "
                 "There were no deaths. Long-lived plasma cells and anti-Sm antibodies disappeared in most patients.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["car_t"], lupus_nephritis=True,
                refractory=True, n_patients=12, follow_up_months=9, dose_cells_per_kg=2e6,
                outcomes={"remission": kn(10, 12), "complete_remission": kn(7, 12),
                          "serious_adverse_events": kn(1, 12), "mortality": none_of(12)},
                evidence_numbers={"dose_cells_per_kg": "highest level 2.0 × 10^6 cells/kg",
                                  "n_patients": "(n=12)"}),
    ),
    # 41. Systematic review and meta-analysis of HSCT with pooled rates; subgroup rates are distractors.
    Record(
        pmid="93000041",
        journal="Autoimmunity Reviews",
        title="Efficacy and safety of autologous haematopoietic stem cell transplantation in systemic lupus "
              "erythematosus: a systematic review and meta-analysis",
        abstract="We searched MEDLINE, Embase and the EBMT and CIBMTR publications to December 2024 for studies of "
                 "autologous haematopoietic stem cell transplantation in SLE reporting at least five patients. "
                 "Fifteen observational studies and trials (n = 473 patients) were included. The pooled remission "
                 "rate was 68% (95% CI 59-76%), the pooled relapse rate among responders 29% (95% CI 21-38%), the "
                 "pooled treatment-related mortality 5.6% (95% CI 3.2-8.4%) and the pooled 5-year overall survival "
                 "85% (95% CI 79-90%). Treatment-related mortality was lower in studies published after 2010 (3.1% "
                 "vs 9.8%). Heterogeneity was moderate (I2 = 48%). Autologous transplantation induces remission in "
                 "two-thirds of patients with severe lupus, at a mortality that has declined over time.",
        pubtypes=("Journal Article", "Systematic Review", "Meta-Analysis"),
        label=L(relevant=True, design="meta_analysis", therapies=["hsct_autologous"], n_patients=473, n_studies=15,
                outcomes={"remission": pct(68), "relapse": pct(29), "treatment_related_mortality": pct(5.6),
                          "overall_survival": pct(85)},
                evidence_numbers={"treatment_related_mortality": "pooled 5.6%; 3.1% vs 9.8% are subgroups"}),
    ),
    # 42. Meta-analysis of RCTs reporting only ratios: no outcome rates.
    Record(
        pmid="93000042",
        journal="Medicine (Baltimore)",
        title="Mesenchymal stem cells versus conventional therapy for lupus nephritis: a meta-analysis of "
              "randomized controlled trials",
        abstract=[
            ("BACKGROUND", "The efficacy of mesenchymal stem cell (MSC) transplantation for lupus nephritis is "
             "controversial."),
            ("METHODS", "PubMed, Embase, the Cochrane Library, CNKI and Wanfang were searched from inception to "
             "October 2024 for randomized controlled trials comparing MSCs plus conventional therapy with "
             "conventional therapy alone. Risk ratios (RR) and mean differences (MD) were pooled with "
             "random-effects models."),
            ("RESULTS", "Six trials with 372 participants met the inclusion criteria. Compared with conventional "
             "therapy, MSC transplantation improved the total remission rate (RR 1.35, 95% CI 1.12-1.63) and "
             "lowered 24-h urine protein (MD -0.62 g, 95% CI -0.91 to -0.33) and serum creatinine, with no "
             "difference in adverse events (RR 0.88, 95% CI 0.61-1.27)."),
            ("CONCLUSION", "MSCs may improve remission of lupus nephritis, but most trials were small and at high "
             "risk of bias, and the quality of evidence was low."),
        ],
        pubtypes=("Journal Article", "Meta-Analysis"),
        label=L(relevant=True, design="meta_analysis", therapies=["msc"], lupus_nephritis=True, n_patients=372,
                n_studies=6,
                evidence_numbers={"outcomes": "only risk ratios and mean differences -> no outcome rates"}),
    ),
    # 43. Scoping review with systematic search (systematic_review), mixed diseases with a lupus count.
    Record(
        pmid="93000043",
        journal="Rheumatology (Oxford)",
        title="Haematopoietic stem cell transplantation in autoimmune rheumatic diseases: a scoping review of 25 "
              "years of publications",
        abstract="We systematically searched four databases for reports of autologous or allogeneic haematopoietic "
                 "stem cell transplantation in autoimmune rheumatic diseases published between 1997 and 2022. We "
                 "included 37 studies covering 1,033 patients, of whom 179 had SLE, 612 systemic sclerosis, 131 "
                 "juvenile idiopathic arthritis and 111 other diseases. Studies were mapped descriptively by disease, "
                 "design, conditioning regimen and outcome; no data were pooled. Only 3 randomised trials were "
                 "identified, none in lupus. Definitions of response and the reporting of late effects varied widely, "
                 "and we propose a minimum data set for future reports.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="systematic_review", therapies=["hsct_allogeneic", "hsct_autologous"],
                n_patients=179, n_studies=37,
                evidence_numbers={"n_patients": "mixed diseases: the 179 with SLE",
                                  "design": "scoping review with systematic search, no pooling"}),
    ),
    # 44. Narrative review of next-generation cell therapies in lupus nephritis.
    Record(
        pmid="93000044",
        journal="Nature Reviews Nephrology",
        title="Beyond CD19: next-generation cellular therapies for lupus nephritis",
        abstract="CD19-directed CAR T cells have induced drug-free remission of lupus nephritis in early studies, but "
                 "they require lymphodepletion, bespoke manufacturing and specialised centres. This Review discusses "
                 "the next wave of cellular therapies: dual BCMA and CD19 targeting to reach long-lived plasma cells, "
                 "allogeneic and gene-edited CAR T products, CAR-NK cells, chimeric autoantibody receptor T cells and "
                 "engineered regulatory T cells. We consider kidney-specific questions, including the depletion of "
                 "intrarenal B cells, the interpretation of repeat biopsies and the handling of chronic damage, and "
                 "outline the design of trials that could establish these therapies in lupus nephritis.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t", "other_cell_therapy"],
                lupus_nephritis=True),
    ),
    # 45. Narrative review on toxicities, with restated percentages.
    Record(
        pmid="93000045",
        journal="Arthritis & Rheumatology",
        title="Toxicities of CAR T-cell therapy in patients with lupus and other autoimmune diseases: what "
              "rheumatologists need to know",
        abstract="As CAR T-cell therapy moves into rheumatology, rheumatologists must recognise and manage its "
                 "toxicities. We review cytokine release syndrome, immune effector cell-associated neurotoxicity "
                 "syndrome, local immune effector cell-associated toxicity, infections, prolonged cytopenias and "
                 "hypogammaglobulinaemia, and the theoretical risk of T-cell malignancy. In published lupus series, "
                 "cytokine release syndrome occurs in about 60% of patients but rarely exceeds grade 2, and "
                 "neurotoxicity in under 5%. We summarise practical monitoring, tocilizumab and steroid algorithms, "
                 "antimicrobial prophylaxis and vaccination schedules after infusion.",
        pubtypes=("Journal Article", "Review"),
        label=L(relevant=True, design="narrative_review", therapies=["car_t"],
                evidence_numbers={"outcomes": "narrative review: restated percentages are not labelled"}),
    ),
    # 46. Joint recommendations for CAR T cells in autoimmune disease (covering SLE).
    Record(
        pmid="93000046",
        journal="Lancet Rheumatology",
        title="Use of CAR T-cell therapy in autoimmune diseases: joint recommendations of EBMT, EHA and EULAR",
        abstract="A task force of haematologists, rheumatologists, neurologists and patient representatives from "
                 "EBMT, EHA and EULAR developed recommendations for the use of CAR T-cell therapy in autoimmune "
                 "diseases. Eleven recommendations were agreed. CAR T cells should currently be used within clinical "
                 "trials or structured programmes for patients with SLE, systemic sclerosis, idiopathic inflammatory "
                 "myopathy or myasthenia gravis refractory to standard therapies, at centres accredited for cellular "
                 "therapy with a multidisciplinary team. The task force recommends standardised lymphodepletion, "
                 "infection prophylaxis and vaccination planning, and reporting to the EBMT registry with follow-up "
                 "for at least 15 years.",
        pubtypes=("Journal Article", "Practice Guideline"),
        label=L(relevant=True, design="guideline", therapies=["car_t"], new_guideline=True,
                evidence_numbers={"refractory": "guideline -> null",
                                  "follow_up_months": "recommended registry follow-up, not a study's -> null"}),
    ),
    # 47. National society recommendations on SLE, no guideline publication type.
    Record(
        pmid="93000047",
        journal="Reumatología Clínica",
        title="Recommendations of the Spanish Society of Rheumatology for the management of systemic lupus "
              "erythematosus, 2025",
        abstract="A panel of 14 rheumatologists and 2 nephrologists formulated 42 recommendations based on systematic "
                 "literature reviews and a Delphi consensus. They cover the use of hydroxychloroquine, glucocorticoid "
                 "tapering, belimumab and anifrolumab, triple induction therapy for lupus nephritis, the "
                 "antiphospholipid syndrome and pregnancy. For patients with severe disease refractory to "
                 "conventional and biological treatment, CAR T-cell therapy or autologous haematopoietic stem cell "
                 "transplantation may be considered only within clinical trials at specialised centres.",
        pubtypes=("Journal Article",),
        language="spa",
        label=L(relevant=True, design="guideline", therapies=["car_t", "hsct_autologous"], lupus_nephritis=True,
                new_guideline=True,
                evidence_numbers={"design": "recommendations; publication type only Journal Article",
                                  "n_patients": "14 rheumatologists and 2 nephrologists are not patients"}),
    ),
    # 48. In vitro work with patients' cells (preclinical; patient counts are not treated patients).
    Record(
        pmid="93000048",
        journal="Stem Cell Research & Therapy",
        title="Umbilical cord mesenchymal stem cells inhibit plasmablast differentiation of B cells from patients "
              "with systemic lupus erythematosus via indoleamine 2,3-dioxygenase",
        abstract="Peripheral blood B cells from 20 patients with active SLE and 10 healthy donors were cultured with "
                 "or without human umbilical cord mesenchymal stem cells (UC-MSCs) in contact and transwell "
                 "systems. UC-MSCs reduced the differentiation of CD27-high CD38-high plasmablasts by 62% and the "
                 "production of IgG anti-dsDNA antibodies by 55%. The effect persisted in transwell cultures and was "
                 "reversed by the indoleamine 2,3-dioxygenase inhibitor 1-methyl-tryptophan. Interferon-gamma "
                 "priming enhanced it. UC-MSCs restrain lupus B cells through a soluble, IDO-dependent mechanism.",
        pubtypes=("Journal Article", "Research Support, Non-U.S. Gov't"),
        label=L(relevant=True, design="preclinical", therapies=["msc"], msc_source="umbilical_cord",
                evidence_numbers={"n_patients": "in vitro: 20 blood donors with SLE were not treated -> null"}),
    ),
    # 49. iPSC-derived CAR-NK cells in vitro and in humanised mice.
    Record(
        pmid="93000049",
        journal="Cell Stem Cell",
        title="Induced pluripotent stem cell-derived CD19 CAR-NK cells eliminate autoreactive B cells from lupus "
              "patients in vitro and in humanised mice",
        abstract="Off-the-shelf natural killer (NK) cells could make B-cell depletion by cellular therapy widely "
                 "available. We differentiated CD19 CAR-expressing NK cells from a clonal induced pluripotent stem "
                 "cell (iPSC) line engineered to resist fratricide and to secrete IL-15. The iPSC-CAR-NK cells "
                 "killed CD19+ B cells from 12 patients with SLE in vitro, including memory and autoreactive 9G4+ "
                 "cells. In immunodeficient mice engrafted with blood cells from lupus patients, two doses of 1 × "
                 "10^7 iPSC-CAR-NK cells eliminated human B cells and reduced human IgG anti-dsDNA antibodies without "
                 "toxicity. These data support clinical testing of iPSC-derived CAR-NK cells in lupus.",
        mesh=(SLE, "Killer Cells, Natural", "Induced Pluripotent Stem Cells", ANIMALS, MICE, HUMANS),
        label=L(relevant=True, design="preclinical", therapies=["other_cell_therapy"],
                evidence_numbers={"therapies": "CAR-NK -> other_cell_therapy; iPSC is the source, not MSC",
                                  "dose_cells_per_kg": "preclinical and not per kg -> null"}),
    ),
    # 50. Tolerogenic dendritic cells in NZB/W F1 mice.
    Record(
        pmid="93000050",
        journal="Frontiers in Immunology",
        title="Tolerogenic dendritic cells loaded with nucleosomal peptides delay nephritis in NZB/W F1 mice",
        abstract=[
            ("INTRODUCTION", "Antigen-specific tolerance could control lupus without broad immunosuppression."),
            ("METHODS", "Bone marrow-derived dendritic cells were rendered tolerogenic with dexamethasone and "
             "vitamin D3 and pulsed with histone peptides. Twelve-week-old female NZB/W F1 mice received three "
             "weekly injections of 1 × 10^6 tolerogenic dendritic cells, unpulsed cells or saline (n = 14 per "
             "group)."),
            ("RESULTS", "Peptide-pulsed tolerogenic dendritic cells delayed the onset of proteinuria by 8 weeks, "
             "reduced glomerular immune complex deposition and expanded Foxp3+ regulatory T cells. Median survival "
             "increased from 36 to 47 weeks."),
            ("DISCUSSION", "Tolerogenic dendritic cells can induce antigen-specific protection from lupus "
             "nephritis in mice."),
        ],
        mesh=(LN, "Dendritic Cells", "Immune Tolerance", ANIMALS, MICE, "Mice, Inbred NZB"),
        label=L(relevant=True, design="preclinical", therapies=["other_cell_therapy"], lupus_nephritis=True,
                evidence_numbers={"note": "preclinical: mouse counts, doses and survival are not labelled"}),
    ),
    # 51. Letter/comment about another study: its numbers are not this record's data.
    Record(
        pmid="93000051",
        journal="Annals of the Rheumatic Diseases",
        title="Comment on: 'CD19 CAR T-cell therapy in systemic lupus erythematosus: a retrospective multicentre "
              "cohort'",
        abstract="We read with interest the report of CD19 CAR T cells in 24 patients with SLE. We have two concerns. "
                 "First, the definition of remission allowed hydroxychloroquine and up to 5 mg of prednisone, which "
                 "makes comparison with drug-free remission in earlier series difficult. Second, a median follow-up "
                 "of 14 months is too short to judge durability, given that B cells returned in every patient. We "
                 "ask the authors to report outcomes by autoantibody profile and to share individual-level data.",
        pubtypes=("Letter", "Comment"),
        label=L(relevant=True, design="other", therapies=["car_t"],
                evidence_numbers={"n_patients": "24 patients belong to the commented study -> null",
                                  "follow_up_months": "14 months is the commented study's -> null"}),
    ),
    # 52. Comment on a negative MSC trial in lupus nephritis, no patient data.
    Record(
        pmid="93000052",
        journal="Kidney International",
        title="Mesenchymal stromal cells in lupus nephritis: a negative trial is not a negative answer",
        abstract="The latest placebo-controlled trial of mesenchymal stromal cells in lupus nephritis found no "
                 "added benefit over standard induction. In this commentary we discuss why: a high response in the "
                 "control arm under modern triple therapy, a single low dose of cells from a pooled donor bank, and "
                 "an end point that does not capture long-term preservation of kidney function. We suggest how "
                 "future trials could select patients and measure the effect of cell therapy on chronic damage.",
        pubtypes=("Journal Article", "Comment"),
        label=L(relevant=True, design="other", therapies=["msc"], lupus_nephritis=True),
    ),
    # 53-54. Retraction pair: a randomised trial in Chinese-journal English ("total effective rate").
    Record(
        pmid="93000053",
        journal="Journal of Healthcare Engineering",
        title="Clinical efficacy of umbilical cord mesenchymal stem cells combined with cyclophosphamide in "
              "patients with lupus nephritis",
        abstract="Objective. To explore the clinical efficacy of umbilical cord mesenchymal stem cells combined with "
                 "cyclophosphamide in lupus nephritis. Methods. 80 patients with lupus nephritis admitted to our "
                 "hospital from January 2019 to December 2021 were randomly divided into an observation group and a "
                 "control group, with 40 cases in each group. The control group was treated with cyclophosphamide, "
                 "and the observation group with umbilical cord mesenchymal stem cells (1 × 10^6/kg) combined with "
                 "cyclophosphamide. Both groups were observed for 6 months. Results. The total effective rate of the "
                 "observation group (92.50%) was higher than that of the control group (72.50%) (P < 0.05). After "
                 "treatment, 24-hour urine protein, serum creatinine and SLEDAI scores of the observation group were "
                 "lower than those of the control group (P < 0.05). The incidence of adverse reactions was 7.50% in "
                 "the observation group. Conclusion. The combination is effective and safe and is worthy of clinical "
                 "application.",
        pubtypes=("Journal Article", "Retracted Publication"),
        retraction_in=("93000054",),
        label=L(relevant=True, design="rct", therapies=["msc"], msc_source="umbilical_cord", lupus_nephritis=True,
                n_patients=80, follow_up_months=6, dose_cells_per_kg=1e6, outcomes={"remission": pct(92.5)},
                retracted=True,
                evidence_numbers={"design": "'randomly divided into an observation group and a control group'",
                                  "remission": "total effective rate = overall response, MSC arm",
                                  "serious_adverse_events": "adverse reactions are not SAEs -> not labelled"}),
    ),
    Record(
        pmid="93000054",
        journal="Journal of Healthcare Engineering",
        title="Retracted: Clinical efficacy of umbilical cord mesenchymal stem cells combined with cyclophosphamide "
              "in patients with lupus nephritis",
        abstract="The journal has retracted this article. Following an investigation, the publisher found evidence "
                 "of systematic manipulation of the peer-review process, and the ethical approval and the "
                 "randomisation procedure described could not be verified with the authors' institution.",
        pubtypes=("Retraction of Publication",),
        retraction_of=("93000053",),
        entrez="2026-10-06",
        label=L(relevant=True, design="other", therapies=["msc"], msc_source="umbilical_cord", lupus_nephritis=True,
                retracted=True,
                evidence_numbers={"note": "retraction notice of a relevant article: relevant, design other"}),
    ),
    # 55. Real-world retrospective CAR-T cohort, "Forty patients"; nephritis subgroup; one death.
    Record(
        pmid="93000055",
        journal="Chinese Medical Journal",
        title="Real-world experience with CD19 CAR T cells in refractory lupus across six Chinese centres",
        abstract="Forty patients with refractory SLE, 26 of whom had active lupus nephritis, received autologous CD19 "
                 "CAR T cells (1.0 × 10⁶/kg) after fludarabine-cyclophosphamide lymphodepletion at six centres "
                 "between 2023 and 2025, and their records were analysed retrospectively. With a median follow-up of "
                 "11.5 months, DORIS remission at 6 months was achieved in 31 patients (77.5%), and 18 of the 26 "
                 "patients with nephritis had a complete renal response. Grade 3 or higher infections occurred in 5 "
                 "patients; one patient died of sepsis at month 4. Cytokine release syndrome was mostly of grade 1. "
                 "CAR T-cell therapy was effective outside trials, but infections need vigilance.",
        pubtypes=("Journal Article", "Multicenter Study"),
        label=L(relevant=True, design="cohort", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=40, follow_up_months=11.5, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(31, 40), "complete_remission": kn(18, 26), "mortality": kn(1, 40)},
                evidence_numbers={"mortality": "one patient died of sepsis -> 1 of 40 (all-cause)",
                                  "complete_remission": "complete renal response in the 26 with nephritis"}),
    ),
    # 56. Compassionate-use series; drug-free remission at the last visit, "6 of 8"; flares.
    Record(
        pmid="93000056",
        journal="Arthritis & Rheumatology",
        title="Long-term follow-up of compassionate-use CD19 CAR T-cell therapy in eight patients with systemic "
              "lupus erythematosus",
        abstract="Eight patients with severe SLE, five of them with lupus nephritis, who had failed a median of five "
                 "treatments received CD19 CAR T cells (1 × 10^6 CAR T cells per kg) on a compassionate-use basis "
                 "between 2021 and 2023. We report follow-up at a median of 24 months (range 15-35). All eight reached "
                 "DORIS remission within 6 months. At the last visit, remission was sustained without "
                 "immunosuppression in 6 of 8; two patients had a mild articular flare with a return of anti-dsDNA "
                 "antibodies, controlled by hydroxychloroquine. B cells reappeared in every patient after a median of "
                 "110 days, with a naive phenotype. No late malignancy or serious infection has been observed.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="case_series", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=8, follow_up_months=24, dose_cells_per_kg=1e6,
                outcomes={"remission": kn(6, 8), "relapse": kn(2, 8)},
                evidence_numbers={"remission": "last time point: drug-free remission sustained in 6 of 8",
                                  "serious_adverse_events": "'no late malignancy or serious infection' is "
                                                            "restricted -> not labelled",
                                  "design": "compassionate use without a trial protocol"}),
    ),
    # 57. Paediatric case report.
    Record(
        pmid="93000057",
        journal="Frontiers in Pediatrics",
        title="Umbilical cord mesenchymal stem cells for life-threatening autoimmune haemolytic anaemia in a "
              "13-year-old boy with lupus",
        abstract="A 13-year-old boy with childhood-onset systemic lupus erythematosus presented with Coombs-positive "
                 "haemolytic anaemia (haemoglobin 4.8 g/dL) that relapsed despite high-dose methylprednisolone, "
                 "intravenous immunoglobulin, rituximab and sirolimus. He received two infusions of umbilical cord "
                 "mesenchymal stem cells (1 × 10^6 cells/kg) one week apart. Haemoglobin rose to 11.2 g/dL within 5 "
                 "weeks and transfusions were stopped; prednisolone was tapered to 5 mg daily. He was followed for 18 "
                 "months without recurrence.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["msc"], msc_source="umbilical_cord", pediatric=True,
                refractory=True, n_patients=1, follow_up_months=18, dose_cells_per_kg=1e6),
    ),
    # 58. Case report with a bare "10^6 cells/kg" and platelet counts in scientific notation.
    Record(
        pmid="93000058",
        journal="Lupus",
        title="Haploidentical bone marrow mesenchymal stem cells for refractory thrombocytopenia in systemic lupus "
              "erythematosus",
        abstract="A 32-year-old woman with systemic lupus erythematosus had platelet counts below 10 × 10^9/L for 8 "
                 "months despite glucocorticoids, intravenous immunoglobulin, rituximab, eltrombopag and splenectomy. "
                 "Bone marrow-derived mesenchymal stem cells from her HLA-haploidentical brother were infused at a "
                 "dose of 10^6 cells/kg. The platelet count exceeded 50 × 10^9/L from day 21 and stayed in the normal "
                 "range during 14 months of follow-up, with prednisone reduced to 7.5 mg daily.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=True, design="case_report", therapies=["msc"], msc_source="bone_marrow", refractory=True,
                n_patients=1, follow_up_months=14, dose_cells_per_kg=1e6,
                evidence_numbers={"dose_cells_per_kg": "10^6 cells/kg; platelet counts x 10^9/L are not doses"}),
    ),
    # 59. First-line, newly diagnosed (refractory false), 48 weeks; prednisone per kg is not a cell dose.
    Record(
        pmid="93000059",
        journal="Lupus Science & Medicine",
        title="Umbilical cord mesenchymal stem cells as first-line add-on therapy in newly diagnosed systemic lupus "
              "erythematosus: an open-label pilot study",
        abstract=[
            ("AIM", "To test whether mesenchymal stem cells given at diagnosis can spare immunosuppressants."),
            ("METHODS", "Twenty newly diagnosed, treatment-naive patients with moderately active SLE (SLEDAI-2K 6 to "
             "12) received a single infusion of umbilical cord mesenchymal stem cells (1 × 10^6 cells/kg) together "
             "with hydroxychloroquine and prednisone 0.5 mg/kg, tapered over 12 weeks. Immunosuppressants were "
             "added only if disease worsened."),
            ("RESULTS", "After 48 weeks of follow-up, DORIS remission had been reached by 12 of 20 patients (60%), "
             "and only 3 patients needed an immunosuppressant. There were no serious adverse events."),
            ("CONCLUSION", "Early MSC therapy was safe and may reduce the need for immunosuppression in new-onset "
             "lupus; a controlled trial is warranted."),
        ],
        label=L(relevant=True, design="single_arm_trial", therapies=["msc"], msc_source="umbilical_cord",
                refractory=False, n_patients=20, follow_up_months=weeks(48), dose_cells_per_kg=1e6,
                outcomes={"remission": kn(12, 20), "serious_adverse_events": none_of(20)},
                evidence_numbers={"refractory": "newly diagnosed, treatment-naive -> false",
                                  "dose_cells_per_kg": "prednisone 0.5 mg/kg is a drug dose"}),
    ),
    # 60. Randomised pilot trial stated in text only; refractory to a named drug.
    Record(
        pmid="93000060",
        journal="Nephrology Dialysis Transplantation",
        title="Adipose-derived mesenchymal stromal cells added to mycophenolate in lupus nephritis resistant to "
              "induction: the MESILUP pilot trial",
        abstract="Twenty-four patients with lupus nephritis that had not responded to 6 months of mycophenolate were "
                 "randomized in a 1:1 ratio to three weekly infusions of allogeneic adipose-derived mesenchymal "
                 "stromal cells (1.5 × 10^6 cells/kg) added to mycophenolate, or to mycophenolate with an increased "
                 "glucocorticoid dose. The primary end point was overall renal response at 6 months. A renal response "
                 "was observed in 7 of 12 patients (58%) in the cell group and 4 of 12 (33%) in the control group "
                 "(p=0.41); complete responses numbered 3 of 12 and 2 of 12. One patient in the cell group withdrew "
                 "after a transient infusion reaction. Follow-up continued to 12 months without late adverse events.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="rct", therapies=["msc"], msc_source="adipose", lupus_nephritis=True,
                refractory=True, n_patients=24, follow_up_months=12, dose_cells_per_kg=1.5e6,
                outcomes={"remission": kn(7, 12), "complete_remission": kn(3, 12)},
                evidence_numbers={"refractory": "not responded to a named immunosuppressant; 'resistant' in title",
                                  "follow_up_months": "follow-up continued to 12 months (6 months is the end point)"}),
    ),
    # 61. Mixed autoimmune single-centre cohort with SLE subset outcomes and whole-cohort distractors.
    Record(
        pmid="93000061",
        journal="Revista Brasileira de Hematologia e Hemoterapia",
        title="Autologous haematopoietic stem cell transplantation for autoimmune diseases: 20 years at a Brazilian "
              "referral centre",
        abstract="We reviewed all autologous haematopoietic stem cell transplants for autoimmune diseases performed "
                 "at our centre between 2001 and 2021. Of 104 patients, 61 had systemic sclerosis, 28 multiple "
                 "sclerosis and 15 systemic lupus erythematosus. Non-myeloablative conditioning with cyclophosphamide "
                 "and rabbit antithymocyte globulin was used in all. Among the 15 patients with lupus, 9 (60%) were in "
                 "remission at the last visit and two died, one of transplant-related sepsis and one of refractory "
                 "disease activity. Transplant-related mortality for the whole cohort was 4.8%. The median follow-up "
                 "for the whole cohort was 6.5 years.",
        pubtypes=("Journal Article",),
        label=L(relevant=True, design="cohort", therapies=["hsct_autologous"], n_patients=15,
                follow_up_months=years(6.5),
                outcomes={"remission": kn(9, 15), "mortality": kn(2, 15), "treatment_related_mortality": kn(1, 15)},
                evidence_numbers={"n_patients": "mixed diseases: the 15 with SLE, not 104",
                                  "treatment_related_mortality": "one lupus death transplant-related (4.8% is the "
                                                                 "whole cohort)",
                                  "follow_up_months": "only the whole-cohort median is given"}),
    ),
    # 62. Treg dose escalation with total doses (not per kg -> null).
    Record(
        pmid="93000062",
        journal="Science Translational Medicine",
        title="Autologous polyclonal regulatory T cells in active systemic lupus erythematosus: a dose-escalation "
              "trial",
        abstract="Nine adults with active SLE despite standard therapy received a single infusion of ex vivo "
                 "expanded autologous polyclonal regulatory T cells in a phase I dose-escalation trial, at 1 × 10^8, "
                 "4 × 10^8 or 1 × 10^9 cells (three patients per level), and were followed for 24 weeks. No "
                 "dose-limiting toxicity occurred. One serious adverse event, a lupus flare requiring "
                 "hospitalisation, was recorded in the middle dose group. At week 24, 4 of 9 patients met the SRI-4 "
                 "response criteria. Deuterium labelling showed that infused cells survived for about 3 months.",
        pubtypes=("Journal Article", "Research Support, N.I.H., Extramural"),
        label=L(relevant=True, design="single_arm_trial", phase="I", therapies=["other_cell_therapy"], n_patients=9,
                follow_up_months=weeks(24), outcomes={"serious_adverse_events": kn(1, 9), "remission": kn(4, 9)},
                evidence_numbers={"dose_cells_per_kg": "total cell numbers, not per kg -> null",
                                  "refractory": "'despite standard therapy' alone -> null"}),
    ),
    # 63. Noise: rituximab then belimumab.
    Record(
        pmid="93000063",
        journal="Annals of Internal Medicine",
        title="Rituximab followed by belimumab in severe or refractory systemic lupus erythematosus: a 104-week "
              "study",
        abstract="In this double-blind study, 292 patients with active SLE were randomly assigned to belimumab plus a "
                 "single cycle of rituximab, belimumab plus placebo, or standard therapy with belimumab given "
                 "open-label after week 52, and followed for 104 weeks. Disease control at week 52 was achieved by "
                 "19.4% and 16.7% of patients in the two belimumab groups, a non-significant difference. Serious "
                 "adverse events occurred in 22% of patients receiving combination therapy. Adding rituximab to "
                 "belimumab did not improve disease control.",
        label=L(relevant=False, design="rct", refractory=True, n_patients=292, follow_up_months=weeks(104),
                evidence_numbers={"note": "noise: biologic drug trial in SLE"}),
    ),
    # 64. Noise: voclosporin in adolescents with lupus nephritis.
    Record(
        pmid="93000064",
        journal="Pediatric Nephrology",
        title="Voclosporin in adolescents with active lupus nephritis: a 52-week open-label study",
        abstract="Adolescents aged 12 to 17 years with biopsy-proven active lupus nephritis (n = 25) received oral "
                 "voclosporin with mycophenolate mofetil and low-dose glucocorticoids for 52 weeks. Complete renal "
                 "response was achieved by 11 of 25 patients (44%) at week 52. Estimated glomerular filtration rate "
                 "fell transiently in 4 patients. No patient died. The safety profile was consistent with that in "
                 "adults.",
        mesh=(LN, "Cyclosporine", "Adolescent", HUMANS),
        label=L(relevant=False, design="single_arm_trial", lupus_nephritis=True, pediatric=True, n_patients=25,
                follow_up_months=weeks(52), evidence_numbers={"note": "noise: calcineurin inhibitor in LN"}),
    ),
    # 65. Noise: MSC in COVID-19 pneumonia.
    Record(
        pmid="93000065",
        journal="Signal Transduction and Targeted Therapy",
        title="Umbilical cord mesenchymal stem cells in severe COVID-19 pneumonia: a double-blind, "
              "placebo-controlled trial",
        abstract="Patients hospitalised with severe COVID-19 pneumonia and lung lesions on CT (n = 101) were randomly "
                 "assigned 2:1 to three intravenous infusions of umbilical cord mesenchymal stem cells (4 × 10^7 "
                 "cells each) or placebo, and were followed for 28 days. The proportion with improved whole-lung "
                 "lesion volume at day 28 was larger with stem cells, and 6-minute walk distance improved more. "
                 "Adverse events were similar between groups. Stem cells may aid lung recovery after COVID-19.",
        mesh=("COVID-19", MSCT, "Umbilical Cord", HUMANS),
        label=L(relevant=False, design="rct", therapies=["msc"], msc_source="umbilical_cord", n_patients=101,
                evidence_numbers={"note": "noise: MSC in COVID-19"}),
    ),
    # 66. Noise: CAR-T in lymphoma.
    Record(
        pmid="93000066",
        journal="Nature Medicine",
        title="Axicabtagene ciloleucel as second-line therapy for large B-cell lymphoma in patients ineligible for "
              "transplantation",
        abstract="In this phase 2 study, 62 patients aged 65 years or older with relapsed or refractory large B-cell "
                 "lymphoma who were ineligible for autologous transplantation received axicabtagene ciloleucel at "
                 "2 × 10^6 CAR T cells/kg. The complete response rate was 71%, and the 12-month progression-free "
                 "survival was 48%. Grade 3 or higher cytokine release syndrome occurred in 8% and neurologic events "
                 "in 26%. Two patients died of infections.",
        pubtypes=("Journal Article", "Clinical Trial, Phase II"),
        label=L(relevant=False, design="single_arm_trial", phase="II", therapies=["car_t"], refractory=True,
                n_patients=62, dose_cells_per_kg=2e6, evidence_numbers={"note": "noise: CAR-T in lymphoma"}),
    ),
    # 67. Noise: allogeneic HSCT for leukaemia with CD34+ doses.
    Record(
        pmid="93000067",
        journal="Haematologica",
        title="CD34+ cell dose and outcomes of peripheral blood haploidentical transplantation for acute myeloid "
              "leukaemia",
        abstract="We analysed 412 adults with acute myeloid leukaemia who underwent haploidentical peripheral blood "
                 "stem cell transplantation with post-transplant cyclophosphamide. A CD34+ dose above 5 × 10⁶ "
                 "cells/kg was associated with faster neutrophil engraftment but more chronic graft-versus-host "
                 "disease, without a difference in relapse. The 2-year overall survival was 58% and non-relapse "
                 "mortality 17%. A target dose of 4 to 5 × 10⁶ CD34+ cells/kg appears optimal.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="cohort", therapies=["hsct_allogeneic"], n_patients=412,
                evidence_numbers={"note": "noise: HSCT in leukaemia"}),
    ),
    # 68. Noise: SLE epidemiology.
    Record(
        pmid="93000068",
        journal="Arthritis Care & Research",
        title="Incidence and prevalence of systemic lupus erythematosus in the Nordic countries, 2000-2021: a "
              "population-based study",
        abstract="Using national patient registers of four Nordic countries, we identified 11,563 incident cases of "
                 "systemic lupus erythematosus between 2000 and 2021. The age-standardised incidence fell from 3.6 "
                 "to 2.7 per 100,000 person-years, while prevalence rose to 71 per 100,000 in 2021. Lupus nephritis "
                 "was present at diagnosis in 9%. Women accounted for 85% of cases. Declining incidence may reflect "
                 "changes in environmental exposures or classification.",
        pubtypes=("Journal Article",),
        label=L(relevant=False, design="cohort", n_patients=11563,
                evidence_numbers={"note": "noise: epidemiology"}),
    ),
    # 69. Noise: topical therapy for cutaneous lupus.
    Record(
        pmid="93000069",
        journal="JAMA Dermatology",
        title="Topical tacrolimus 0.1% versus clobetasol propionate 0.05% for facial discoid lupus erythematosus: a "
              "randomized split-face trial",
        abstract="Thirty patients with symmetrical facial discoid lupus lesions applied tacrolimus 0.1% ointment to one "
                 "side and clobetasol propionate 0.05% cream to the other, in random allocation, for 12 weeks. CLASI "
                 "activity fell similarly on both sides (by 62% and 68%). Telangiectasia and skin atrophy developed "
                 "only on the clobetasol side. Tacrolimus is a steroid-sparing alternative for facial lesions.",
        mesh=("Lupus Erythematosus, Discoid", "Tacrolimus", "Administration, Topical", HUMANS),
        label=L(relevant=False, design="rct", n_patients=30, follow_up_months=weeks(12),
                evidence_numbers={"note": "noise: topical therapy in cutaneous lupus"}),
    ),
    # 70. Noise: rituximab maintenance in lupus nephritis.
    Record(
        pmid="93000070",
        journal="Clinical Journal of the American Society of Nephrology",
        title="Rituximab as maintenance therapy in lupus nephritis: a multicentre retrospective cohort",
        abstract="We studied 147 patients with lupus nephritis who received scheduled rituximab every 6 months as "
                 "maintenance after induction, at 12 centres. Over a median of 4.1 years, renal flares occurred in 18 "
                 "patients (12%), and complete renal response was maintained in 79%. Hypogammaglobulinaemia developed "
                 "in 14% and serious infections in 11%. Rituximab maintenance appears effective in lupus nephritis.",
        mesh=(LN, "Rituximab", HUMANS),
        label=L(relevant=False, design="cohort", lupus_nephritis=True, n_patients=147, follow_up_months=years(4.1),
                evidence_numbers={"note": "noise: anti-CD20 antibody in LN"}),
    ),
    # 71. Noise: "stem cell-like memory T cells" (immunology, not therapy) with an HSCT mention in passing.
    Record(
        pmid="93000071",
        journal="Arthritis Research & Therapy",
        title="Expansion of stem cell-like memory T cells in systemic lupus erythematosus correlates with disease "
              "activity",
        abstract="T memory stem cells (TSCM) are long-lived, self-renewing precursors of effector T cells. We measured "
                 "circulating CD4+ and CD8+ TSCM by flow cytometry in 64 patients with SLE and 40 healthy controls. "
                 "CD4+ TSCM were more frequent in SLE (2.9% vs 1.6%) and correlated with the SLEDAI-2K (r = 0.48) "
                 "and anti-dsDNA titres. TSCM from patients produced more interleukin-17 after stimulation. These "
                 "long-lived cells may sustain autoimmunity and could explain relapses after B-cell depletion or "
                 "haematopoietic stem cell transplantation.",
        mesh=(SLE, "Memory T Cells", "T-Lymphocyte Subsets", HUMANS),
        label=L(relevant=False, design="cohort", n_patients=64,
                evidence_numbers={"note": "noise: stem cell-like T cells are a biomarker; HSCT only mentioned"}),
    ),
    # 72. Noise: anifrolumab real-world cohort.
    Record(
        pmid="93000072",
        journal="Rheumatology (Oxford)",
        title="Anifrolumab in routine care of systemic lupus erythematosus: experience from 14 centres",
        abstract="We collected data on 212 patients with SLE who started anifrolumab in routine care at 14 centres. "
                 "After 12 months, 58% had reached a lupus low disease activity state and 22% DORIS remission, and "
                 "the median prednisone dose fell from 7.5 to 2.5 mg/day. Herpes zoster occurred in 6%. Anifrolumab "
                 "was effective in routine practice, particularly for skin and joint disease.",
        pubtypes=("Journal Article", "Multicenter Study"),
        label=L(relevant=False, design="cohort", n_patients=212,
                evidence_numbers={"note": "noise: interferon-receptor antibody in SLE"}),
    ),
    # 73. Noise: MSC in luminal Crohn's disease.
    Record(
        pmid="93000073",
        journal="Journal of Crohn's and Colitis",
        title="Intravenous bone marrow mesenchymal stromal cells for refractory luminal Crohn's disease: a phase II "
              "study",
        abstract="Thirty-two patients with luminal Crohn's disease refractory to at least two biologics received four "
                 "weekly intravenous infusions of allogeneic bone marrow mesenchymal stromal cells at 2 × 10^6 "
                 "cells/kg. At week 12, 13 patients (41%) had a clinical response and 7 (22%) endoscopic improvement. "
                 "Infusions were well tolerated. Larger controlled studies are needed.",
        mesh=("Crohn Disease", MSCT, HUMANS),
        label=L(relevant=False, design="single_arm_trial", phase="II", therapies=["msc"], msc_source="bone_marrow",
                refractory=True, n_patients=32, dose_cells_per_kg=2e6,
                evidence_numbers={"note": "noise: MSC in Crohn's disease"}),
    ),
    # 74. Noise: obinutuzumab trial in extrarenal SLE, design in text only.
    Record(
        pmid="93000074",
        journal="Lancet",
        title="Obinutuzumab in active extrarenal systemic lupus erythematosus (ALLEGORY): a 52-week, double-blind "
              "study",
        abstract=[
            ("BACKGROUND", "Obinutuzumab improved renal outcomes in lupus nephritis; its effect in extrarenal lupus "
             "was unknown."),
            ("METHODS", "Adults with active extrarenal SLE despite standard therapy were randomly assigned (1:1) to "
             "intravenous obinutuzumab 1000 mg or placebo and followed for 52 weeks."),
            ("FINDINGS", "Of 302 patients randomly assigned, 151 received obinutuzumab. An SRI-4 response at week 52 "
             "was achieved by 57·6% of the obinutuzumab group and 43·0% of the placebo group. Serious infections "
             "occurred in 6·0% and 4·6%, respectively."),
            ("INTERPRETATION", "Obinutuzumab improved disease activity in extrarenal SLE."),
        ],
        label=L(relevant=False, design="rct", n_patients=302, follow_up_months=weeks(52),
                evidence_numbers={"note": "noise: anti-CD20 antibody trial in SLE"}),
    ),
    # 75. Noise: lupus nephritis after CAR T cells for lymphoma.
    Record(
        pmid="93000075",
        journal="American Journal of Kidney Diseases",
        title="New-onset lupus nephritis after CD19 CAR T-cell therapy for diffuse large B-cell lymphoma",
        abstract="A 58-year-old woman received axicabtagene ciloleucel for refractory diffuse large B-cell lymphoma "
                 "and achieved a complete metabolic response. Nine months later she developed nephrotic syndrome, "
                 "haematuria and low complement; anti-dsDNA antibodies were strongly positive, and a kidney biopsy "
                 "showed class V lupus nephritis with full-house immunofluorescence. Persistent CAR T cells and "
                 "recovering plasma cells were detected. She responded to mycophenolate and hydroxychloroquine. "
                 "Autoimmunity can emerge after CD19 CAR T-cell therapy despite B-cell aplasia.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_report", therapies=["car_t"], lupus_nephritis=True, refractory=True,
                n_patients=1, evidence_numbers={"note": "noise: lupus after cell therapy for another disease"}),
    ),
    # 76. Noise: lupus transferred by an allogeneic transplant for leukaemia.
    Record(
        pmid="93000076",
        journal="Bone Marrow Transplantation",
        title="Systemic lupus erythematosus transferred by allogeneic stem cell transplantation from a sibling donor "
              "with undiagnosed lupus",
        abstract="A 37-year-old man received a peripheral blood stem cell transplant from his HLA-identical sister "
                 "for chronic myeloid leukaemia in blast crisis. Two years later he developed arthritis, "
                 "photosensitive rash, leukopenia and anti-Sm antibodies. Retrospective testing of the donor showed "
                 "high-titre antinuclear antibodies, and she was diagnosed with SLE shortly afterwards. Donor "
                 "chimerism in the recipient was complete. Donor screening for autoimmune disease should be "
                 "considered before allogeneic transplantation.",
        pubtypes=("Journal Article", "Case Reports"),
        label=L(relevant=False, design="case_report", therapies=["hsct_allogeneic"], n_patients=1,
                evidence_numbers={"note": "noise: lupus after a transplant done for leukaemia"}),
    ),
]
