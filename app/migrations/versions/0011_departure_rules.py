"""departure reports carry their 30-day clock; a short-term permit may renew an earlier one

Revision ID: 0011_departure_rules
Revises: 0010
Create Date: 2026-12-04 20:40:00

An institution reports a physician's departure (注册备案) or a deregistration ground (注销注册) within 30
days; the case stores the day the report was due and by how many days it came late (0: on time), set by
the service when it is filed. A short-term practice permit (短期行医) made by a renewal (延期) names the
permit it continues. Existing rows get NULL (not measured; not a renewal).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_departure_rules"
down_revision = "0014_overview_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("report_late_days", sa.Integer(), nullable=True))
        batch_op.create_index("ix_cases_kind_report_due", ["kind", "report_due", "id"])
    with op.batch_alter_table("short_term_permits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("renews_permit_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_short_term_permits_renews_permit_id", ["renews_permit_id"])


def downgrade() -> None:
    with op.batch_alter_table("short_term_permits", schema=None) as batch_op:
        batch_op.drop_index("ix_short_term_permits_renews_permit_id")
        batch_op.drop_column("renews_permit_id")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_kind_report_due")
        batch_op.drop_column("report_late_days")
        batch_op.drop_column("report_due")
