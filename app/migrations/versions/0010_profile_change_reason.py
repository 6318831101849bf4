"""profile changes carry the institution's reason for a refusal

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 17:40:00

A physician's change of personal details (学历, 毕业院校, 任职资格, 科室, photo) waits for the main
institution; a refusal needs a reason the physician then reads. Existing rows get "".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profile_changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index("ix_profile_changes_institution_status", ["institution_id", "status", "id"])


def downgrade() -> None:
    with op.batch_alter_table("profile_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_profile_changes_institution_status")
        batch_op.drop_column("reason")
