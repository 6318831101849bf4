"""cases carry the practice certificate number issued with the registration code

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 06:30:00

An approval that registers issues the electronic registration code and the practice certificate number
(医师执业证书编码) together; the approved case shows both, as the registration does. Existing cases keep
NULL (their registrations may carry a number of the old system's shape).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("practice_certificate_number", sa.String(length=15), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("practice_certificate_number")
