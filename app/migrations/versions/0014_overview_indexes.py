"""the commission's overview (desk.cases.overview) read from indexes alone

Revision ID: 0014_overview_indexes
Revises: 0010
Create Date: 2026-12-04 20:45:00

- ix_cases_overview_area (province, city, jurisdiction, kind, status, deadline, institution_id): cases by
  kind and status, overdue cases by kind and open/overdue cases per institution, for a province, city or
  county commission, by an index-only scan of its prefix (the overview names the province and city of a
  city or county commission beside its own code). At 200,000 cases a province's kind × status count went
  from a parallel scan of the whole table (~160 ms at load 11) to ~5 ms; the other two from heap visits of
  every open case to ~1–4 ms.
- ix_cases_status_decided (status, decided_at, province, city, jurisdiction): approvals per day of the last
  30 days: the window's approvals only (about 6,400 nationally), filtered in the index (83 ms → 0.8 ms
  for a province).
"""

from __future__ import annotations

from alembic import op

revision = "0014_overview_indexes"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_overview_area",
            ["province", "city", "jurisdiction", "kind", "status", "deadline", "institution_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_cases_status_decided", ["status", "decided_at", "province", "city", "jurisdiction"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status_decided")
        batch_op.drop_index("ix_cases_overview_area")
