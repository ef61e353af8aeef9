"""articles.raw_hash: a digest of the record's XML bytes, so an unchanged file re-imports unparsed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Nullable, no default: rows stored before this revision have no raw hash, and the
    # importer compares their content hash instead (pipeline/extraction_pool.py).
    # A plain ALTER TABLE, not batch mode: on SQLite batch mode copies the table and drops the
    # old one, and with foreign keys on that drop cascades to every extraction.
    op.add_column('articles', sa.Column('raw_hash', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column('articles', 'raw_hash')  # SQLite 3.35+ drops a column in place
