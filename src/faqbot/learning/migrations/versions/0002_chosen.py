"""The entry an asker picked from a "did you mean" reply.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("questions", sa.Column("chosen", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("questions", "chosen")
