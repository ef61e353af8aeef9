"""Shared fixtures: a minimal valid configuration in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.fetch.fake_eutils import FakeEutils
from tests.eutils_support import make_settings

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"
NCBI_SAMPLES = SHARED_DIR / "ncbi-samples"


def write_config(folder: Path, body: str = "") -> Path:
    """A config.toml in `folder`: the given TOML, or the minimum that validates."""
    path = folder / "config.toml"
    path.write_text(body or '[pubmed]\nemail = "t@example.org"\n\n[database]\nurl = "sqlite:///evidence.sqlite"\n',
                    encoding="utf-8")
    return path


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return write_config(tmp_path)


@pytest.fixture
def server(corpus):
    """A loopback E-utilities server over the test module's `corpus` fixture (modules may override)."""
    with FakeEutils(corpus) as running:
        yield running


@pytest.fixture
def settings(tmp_path: Path, server):
    """Fast-retrying settings pointing at `server`, store in tmp_path (modules and folders may override)."""
    return make_settings(tmp_path, server.url)
