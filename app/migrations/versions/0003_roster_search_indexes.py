"""roster search: names in code-point order on PostgreSQL, (name, id) and pool indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 04:00:00

Names (physicians, nurses, institutions) and their pinyin initials are compared with COLLATE "C" on
PostgreSQL, as SQLite's BINARY does: a typed prefix is then a range an ordinary B-tree index serves,
and lists sort the same way on both databases.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NAME_COLUMNS = (
    ("physicians", "name", 60),
    ("physicians", "name_initials", 60),
    ("nurses", "name", 60),
    ("institutions", "name", 200),
    ("institutions", "name_initials", 200),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in _NAME_COLUMNS:
            op.alter_column(
                table, column, type_=sa.String(length, collation="C"), existing_type=sa.String(length),
                existing_nullable=False,
            )
    with op.batch_alter_table("physicians", schema=None) as batch_op:
        batch_op.create_index("ix_physicians_name_id", ["name", "id"], unique=False)
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_registrations_status_province_filed", ["status", "province", "filed_on", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index("ix_registrations_status_province_filed")
    with op.batch_alter_table("physicians", schema=None) as batch_op:
        batch_op.drop_index("ix_physicians_name_id")
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in _NAME_COLUMNS:
            op.alter_column(
                table, column, type_=sa.String(length), existing_type=sa.String(length, collation="C"),
                existing_nullable=False,
            )
