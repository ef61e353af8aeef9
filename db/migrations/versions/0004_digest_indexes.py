"""Indexes for the digest: articles by first_seen / updated_at, and the MSC dose query

The digest finds the studies of its period by Entrez date, first-stored and last-changed
times; without these two indexes each digest read every article row (abstract included).
ix_extractions_dose covers the MSC dose table's query.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 12:20:00.000000
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index('ix_articles_first_seen', 'articles', ['first_seen'], unique=False)
    op.create_index('ix_articles_updated_at', 'articles', ['updated_at'], unique=False)
    op.create_index('ix_extractions_dose', 'extractions',
                    ['relevant', 'dose_cells_per_kg', 'design', 'therapies', 'article_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_extractions_dose', table_name='extractions')
    op.drop_index('ix_articles_updated_at', table_name='articles')
    op.drop_index('ix_articles_first_seen', table_name='articles')
