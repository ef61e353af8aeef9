"""Alembic revisions on a real SQLite file: 0002 (articles.raw_hash) over a store filled at 0001,
0003 (article_claims dropped)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text
from sqlmodel import SQLModel

from pipeline.importer import import_files
from pipeline.paths import migrations_dir
from pipeline.store.articles import ARTICLES, iter_export_records
from pipeline.store.engine import create_store_engine, open_store, session_scope

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset" / "records.xml"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def downgrade(engine, revision: str) -> None:
    config = AlembicConfig()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def head() -> str:
    return ScriptDirectory(str(migrations_dir())).get_current_head()


def revision_of(engine) -> str:
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def article_columns(engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("articles")}


def exported(engine) -> list[dict]:
    with session_scope(engine) as session:
        return list(iter_export_records(session=session))


def test_migrations_build_exactly_the_models_schema(tmp_path):
    engine = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []
    assert revision_of(engine) == head() == "0004"


def test_a_store_filled_at_0001_upgrades_with_its_rows_and_no_raw_hashes(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    engine = open_store(url)
    import_files(engine=engine, paths=[DEVSET], now=NOW)
    before = exported(engine)
    old = create_store_engine(url)
    downgrade(old, "0001")
    assert revision_of(old) == "0001" and "raw_hash" not in article_columns(old)
    with old.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM extractions")).scalar_one() == 96

    upgraded = open_store(url)

    assert revision_of(upgraded) == head() and "raw_hash" in article_columns(upgraded)
    assert exported(upgraded) == before
    with upgraded.connect() as connection:
        assert set(connection.execute(select(ARTICLES.c.raw_hash)).scalars()) == {None}


def test_reimport_into_an_upgraded_0001_store_compares_content_then_records_raw_hashes(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    import_files(engine=open_store(url), paths=[DEVSET], now=NOW)
    downgrade(create_store_engine(url), "0001")
    engine = open_store(url)
    before = exported(engine)
    assert len(before) == 96 and all(record["extractor_version"] for record in before)

    first = import_files(engine=engine, paths=[DEVSET], now=NOW)
    second = import_files(engine=engine, paths=[DEVSET], now=NOW)

    assert (first.counts.unchanged, first.counts.updated, first.files[0].unparsed) == (96, 0, 0)
    assert (second.counts.unchanged, second.counts.updated, second.files[0].unparsed) == (96, 0, 96)
    assert exported(engine) == before


def test_0003_drops_article_claims_and_its_downgrade_brings_it_back_empty(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    engine = open_store(url)
    import_files(engine=engine, paths=[DEVSET], now=NOW)
    before = exported(engine)
    assert "article_claims" not in inspect(engine).get_table_names()

    downgrade(create_store_engine(url), "0002")
    old = create_store_engine(url)
    assert revision_of(old) == "0002" and "article_claims" in inspect(old).get_table_names()

    upgraded = open_store(url)
    assert revision_of(upgraded) == head() and "article_claims" not in inspect(upgraded).get_table_names()
    assert exported(upgraded) == before
