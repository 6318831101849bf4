"""roster at scale: per-row visibility probes by province, trigram index on pinyin initials (PostgreSQL)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 05:30:00

A province commission's roster walks physicians in name order and, for each, asks "a registration or a
case in this province?": (physician_id, province) makes that an index-only probe. On PostgreSQL the
pinyin initials of a name's other readings (``name_initials LIKE '% zw%'``) get a pg_trgm GIN index
when the extension can be installed (it is a trusted extension from PostgreSQL 13); without it the
search still works, only slower.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _trigram_available() -> bool:
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
        return True
    if not bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first():
        return False
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:  # not allowed to install it: keep going without the index
        return False
    return True


def upgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_registrations_physician_province", ["physician_id", "province"], unique=False
        )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_physician_province", ["physician_id", "province"], unique=False)
    if op.get_bind().dialect.name == "postgresql" and _trigram_available():
        op.create_index(
            "ix_physicians_initials_trgm", "physicians", ["name_initials"], unique=False,
            postgresql_using="gin", postgresql_ops={"name_initials": "gin_trgm_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_physicians_initials_trgm")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_physician_province")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index("ix_registrations_physician_province")
