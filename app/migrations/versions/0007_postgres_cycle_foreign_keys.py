"""The four foreign keys of the case ↔ registration cycle on PostgreSQL

Revision 0001 declared them with use_alter, which SQLite builds inline but which Alembic's create_table left
out on PostgreSQL; this adds them there so both databases enforce the same references.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 05:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_KEYS = (
    ("fk_cases_registration_id_registrations", "cases", "registrations", "registration_id"),
    ("fk_registrations_case_id_cases", "registrations", "cases", "case_id"),
    ("fk_filings_case_id_cases", "filings", "cases", "case_id"),
    ("fk_short_term_permits_case_id_cases", "short_term_permits", "cases", "case_id"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, target, column in _KEYS:
        op.create_foreign_key(name, table, target, [column], ["id"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, _target, _column in _KEYS:
        op.drop_constraint(name, table, type_="foreignkey")
