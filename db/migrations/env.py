"""Alembic environment: migrates the connection handed over by `pipeline.store.engine`."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import pipeline.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)

target_metadata = SQLModel.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        # `alembic` run by hand (e.g. `alembic revision --autogenerate`): use the URL given.
        url = context.config.get_main_option("sqlalchemy.url")
        with create_engine(url).connect() as fresh:
            _run(fresh)
            fresh.commit()
        return
    _run(connection)


def _include_object(obj, name, type_, reflected, compare_to) -> bool:
    # APScheduler owns its job table in the same database; autogenerate must not drop it.
    return not (type_ == "table" and name == "apscheduler_jobs")


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include_object,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
