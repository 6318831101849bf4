"""hot-query indexes found by the benchmark: open-case check by applicant, institution roster id sets

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 04:30:00

- ix_cases_applicant_id_number: the "one open case of a kind per person" check that submit and approve
  run (cases.kind = … AND applicant_id_number = … AND status IN open) scanned every open case (58,000 at
  200,000 cases: ~120 ms per approval); now an index lookup. Also serves the queue's search by ID number.
- ix_registrations_main_status_physician, ix_cases_institution_physician: the id set of an institution's
  roster (main registrations ∪ filings ∪ cases) comes from the indexes alone instead of ~2,000 heap visits
  for a large hospital.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_applicant_id_number", ["applicant_id_number", "kind"], unique=False)
        batch_op.create_index(
            "ix_cases_institution_physician", ["institution_id", "physician_id"], unique=False
        )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_registrations_main_status_physician", ["main_institution_id", "status", "physician_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index("ix_registrations_main_status_physician")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_institution_physician")
        batch_op.drop_index("ix_cases_applicant_id_number")
