"""Drop article_claims: the digest asks claims_for of the studies it reads instead

The table held `claims_for(extraction)` for every stored extraction and was rewritten at the
start of every digest, which cost more than computing the links for the studies a digest
reads. Nothing else read it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:10:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_table('article_claims')


def downgrade() -> None:
    # Recreated empty; the 0.1 digest relinks every stored extraction before it reads them.
    op.create_table('article_claims',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'claim_id')
    )
