"""an institution's 统一社会信用代码; the commission's SMS gateway settings (without its secret)

Revision ID: 0013_sms_states_uscc
Revises: 0010
Create Date: 2026-12-04 20:40:00

institutions.credit_code: 18 characters, unique where recorded; existing institutions get NULL (not yet
recorded). sms_gateway: one row with the HTTP gateway's URL, account and template; the secret is kept in
the keyring of the sending PC or in the desk server's settings, never in the database. The outbox's
states (pending / sent / failed) are unchanged columns: what changes is that nothing is marked sent
without a gateway.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision = "0013_sms_states_uscc"
down_revision = "0011_departure_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("institutions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("credit_code", sa.String(length=18), nullable=True))
        batch_op.create_index("ix_institutions_credit_code", ["credit_code"], unique=True)
    op.create_table(
        "sms_gateway",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("account", sa.String(length=100), nullable=False),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_gateway")),
    )


def downgrade() -> None:
    op.drop_table("sms_gateway")
    with op.batch_alter_table("institutions", schema=None) as batch_op:
        batch_op.drop_index("ix_institutions_credit_code")
        batch_op.drop_column("credit_code")
