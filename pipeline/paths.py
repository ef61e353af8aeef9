"""Where the project's bundled resources live (migrations, default baseline, samples).

In a source checkout they sit in the repository's `db/` folder; an installed wheel carries
a copy under `pipeline/_resources/` (see `[tool.hatch.build]` in pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """The folder holding `migrations/` and `baseline/`."""
    checkout = PACKAGE_DIR.parent / "db"
    if (checkout / "migrations").is_dir():
        return checkout
    return PACKAGE_DIR / "_resources"


def migrations_dir() -> Path:
    return resource_dir() / "migrations"


def default_baseline_dir() -> Path:
    return resource_dir() / "baseline"


def config_template() -> Path:
    """The commented default `config.toml` that `evidence init` copies."""
    checkout = PACKAGE_DIR.parent / "config.toml"
    if checkout.is_file() and (PACKAGE_DIR.parent / "db" / "migrations").is_dir():
        return checkout
    return PACKAGE_DIR / "_resources" / "config.toml"
