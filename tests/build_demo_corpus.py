"""Rebuild `pipeline/demo_data/corpus.xml`, the corpus `evidence demo` serves, from the dev set.

The demo corpus is a verbatim subset of our own labelled dev set (tests/data/devset/records.xml):
records chosen so that one demo run shows every kind of outcome — HSCT and MSC studies that
feed the pooled estimates, randomized trials, CAR-T / CAR-NK results, guidelines older and newer
than the baseline's, a retracted study with its retraction notice, and noise the relevance
filter must drop (biologic trials, stem cells in other diseases, lupus after transplant).

    python tests/build_demo_corpus.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEVSET = REPO_ROOT / "tests" / "data" / "devset" / "records.xml"
TARGET = REPO_ROOT / "pipeline" / "demo_data" / "corpus.xml"

# Entrez dates 2024-01 .. 2025-10 (the dev set's own dates, kept as they are).
DEMO_PMIDS = (
    # 2024: what the store already knew before the demo digest's period
    "90000001", "90000002", "90000003", "90000004", "90000005", "90000006", "90000008",
    "90000010", "90000011", "90000012", "90000013", "90000014", "90000015", "90000016",
    "90000017", "90000020", "90000021", "90000023", "90000026", "90000028", "90000031",
    "90000035", "90000039",
    # 2025-07 .. 2025-10: the period the demo digest covers, plus the first half of 2025
    "90000027", "90000041", "90000043", "90000045", "90000047", "90000049", "90000050",
    "90000051", "90000054", "90000055", "90000056", "90000060", "90000061", "90000063",
    "90000064", "90000066", "90000067", "90000070", "90000072",
)

HEADER = ('<?xml version="1.0" ?>\n'
          '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
          '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n')


def build(devset: Path = DEVSET) -> str:
    text = devset.read_text(encoding="utf-8")
    records = {re.search(r"<PMID[^>]*>(\d+)</PMID>", record).group(1): record
               for record in re.findall(r"<PubmedArticle>.*?</PubmedArticle>", text, re.S)}
    missing = [pmid for pmid in DEMO_PMIDS if pmid not in records]
    if missing:
        raise SystemExit(f"{devset}: PMIDs {', '.join(missing)} not in the dev set; update DEMO_PMIDS")
    body = "\n".join(records[pmid] for pmid in DEMO_PMIDS)
    return f"{HEADER}<PubmedArticleSet>\n{body}\n</PubmedArticleSet>\n"


def main() -> int:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(build(), encoding="utf-8")
    print(f"Wrote {len(DEMO_PMIDS)} records to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
