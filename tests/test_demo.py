"""`evidence demo`: the whole pipeline offline, from nothing configured to a digest with flags."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.demo import DEMO_CORPUS
from pipeline.fetch.pubmed_xml import iter_articles
from tests.build_demo_corpus import DEMO_PMIDS


def _evidence_command() -> list[str]:
    """The installed console script (what the README runs), else `python -m pipeline`."""
    script = Path(sys.executable).with_name("evidence")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pipeline"]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    workdir = tmp_path_factory.mktemp("nothing-configured")
    folder = workdir / "demo"
    env = {key: value for key, value in os.environ.items()
           if key not in ("EVIDENCE_CONFIG", "NCBI_API_KEY", "EVIDENCE_SMTP_PASSWORD")}
    # Any request leaving the machine would go to a dead proxy and fail; loopback is exempt.
    env.update(http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9",
               HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9",
               no_proxy="127.0.0.1,localhost", NO_PROXY="127.0.0.1,localhost")
    result = subprocess.run([*_evidence_command(), "demo", "--dir", str(folder)], cwd=workdir, env=env,
                            capture_output=True, text=True, timeout=60)
    return result, folder


def test_demo_succeeds_and_prints_where_to_look(demo_run):
    result, folder = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"digest (Markdown)  {folder / 'digests' / 'digest-2025-10-31.md'}" in result.stdout
    assert f"digest (HTML)      {folder / 'digests' / 'digest-2025-10-31.html'}" in result.stdout
    assert f"evidence store     {folder / 'db' / 'evidence.sqlite'}" in result.stdout
    assert f"fetched {len(DEMO_PMIDS)} of the {len(DEMO_PMIDS)} bundled PubMed records" in result.stdout


def test_demo_digest_files_exist_and_carry_the_flags(demo_run):
    _, folder = demo_run
    digests = folder / "digests"
    data = json.loads((digests / "digest-2025-10-31.json").read_text(encoding="utf-8"))
    claims = {flag["claim"] for flag in data["flags"]}
    assert {"scope.other_cell_therapies", "evidence.experimental", "guideline.eular_2023"} <= claims
    assert any(flag["basis"] == "retraction" and set(flag["pmids"]) == {"90000026", "90000027"}
               for flag in data["flags"])
    markdown = (digests / "digest-2025-10-31.md").read_text(encoding="utf-8")
    html = (digests / "digest-2025-10-31.html").read_text(encoding="utf-8")
    for claim in ("scope.other_cell_therapies", "evidence.experimental", "guideline.eular_2023"):
        assert claim in markdown
        assert claim in html
    assert list(digests.glob("*.png"))


def test_demo_config_is_usable_afterwards(demo_run):
    _, folder = demo_run
    result = CliRunner().invoke(cli, ["--config", str(folder / "config.toml"), "status"])
    assert result.exit_code == 0, result.output
    assert f"Articles: {len(DEMO_PMIDS)} " in result.output


def test_demo_refuses_a_folder_that_is_not_empty(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(cli, ["demo", "--dir", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: --dir {tmp_path}: exists and is not an empty folder; choose a new folder"


def test_bundled_corpus_holds_the_chosen_dev_set_records():
    assert tuple(article.pmid for article in iter_articles(DEMO_CORPUS.read_bytes())) == DEMO_PMIDS
