"""one person, one record: an index to find duplicate physician records (same name and birth date)

Revision ID: 0012_physician_merge
Revises: 0010
Create Date: 2026-12-04 21:00:00

desk.merges lists pairs of physician records with the same name and birth date (or the same resident ID
written differently) and merges them into one; ``physicians.merged_into_id`` has existed since 0001. The
indexes let the self-joins on (name, birth_date) and on birth_date (a resident ID written two ways) probe
instead of comparing every record with every other.
"""

from __future__ import annotations

from alembic import op

revision = "0012_physician_merge"
down_revision = "0013_sms_states_uscc"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("physicians", schema=None) as batch_op:
        batch_op.create_index("ix_physicians_name_birth", ["name", "birth_date"])
        batch_op.create_index("ix_physicians_birth_date", ["birth_date"])


def downgrade() -> None:
    with op.batch_alter_table("physicians", schema=None) as batch_op:
        batch_op.drop_index("ix_physicians_birth_date")
        batch_op.drop_index("ix_physicians_name_birth")
