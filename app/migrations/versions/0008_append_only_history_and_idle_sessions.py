"""Tamper-evident history (hash-chained, append-only case and audit events) and idle session expiry

Adds chain_seq / row_hash to audit_events and case_events, the audit_chain_heads table, links every
existing row (in id order) and installs triggers that refuse UPDATE and DELETE on both tables (only
the one-time setting of a new row's link is let through). Adds auth_sessions.last_seen_at.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TABLES = ("audit_events", "case_events")


def _columns(table: str) -> tuple[str, ...]:
    from app.services.audit import CHAINS

    return CHAINS[table]


def _backfill(table: str) -> None:
    from app.services.audit import link_hash

    bind = op.get_bind()
    t = sa.Table(table, sa.MetaData(), autoload_with=bind)
    seq, previous = 0, ""
    links = []
    for row in bind.execute(sa.select(*[t.c[c] for c in _columns(table)]).order_by(t.c.id)).mappings():
        seq += 1
        previous = link_hash(table, seq, _typed(table, dict(row)), previous)
        links.append({"k": row["id"], "s": seq, "h": previous})
    stmt = sa.update(t).where(t.c.id == sa.bindparam("k")).values(
        chain_seq=sa.bindparam("s"), row_hash=sa.bindparam("h"))
    for i in range(0, len(links), 1000):
        bind.execute(stmt, links[i : i + 1000])
    if seq:  # an empty table's chain starts with its first row (app.services.audit)
        heads = sa.table("audit_chain_heads",
                         sa.column("name"), sa.column("last_seq"), sa.column("last_hash"))
        bind.execute(sa.insert(heads).values(name=table, last_seq=seq, last_hash=previous))


def _typed(table: str, row: dict[str, object]) -> dict[str, object]:
    """Values as the models hand them back (JSON parsed, timestamps aware), so the links match."""
    import datetime as dt
    import json

    for key, value in row.items():
        if key in ("detail", "data") and isinstance(value, str):
            row[key] = json.loads(value)
        elif key == "at" and isinstance(value, str):
            row[key] = dt.datetime.fromisoformat(value)
    return row


def _sqlite_triggers(table: str) -> list[str]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _columns(table))
    return [
        f"CREATE TRIGGER {table}_append_only_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be deleted'); END",
        f"CREATE TRIGGER {table}_append_only_update BEFORE UPDATE ON {table} "
        f"WHEN OLD.row_hash IS NOT NULL OR {changed} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be changed'); END",
    ]


_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION regdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.row_hash IS NULL
       AND (to_jsonb(NEW) - 'chain_seq' - 'row_hash') = (to_jsonb(OLD) - 'chain_seq' - 'row_hash') THEN
        RETURN NEW;  -- the one-time link of a row appended in this transaction
    END IF;
    RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("auth_sessions") as batch:
        batch.add_column(sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "audit_chain_heads",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("last_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_audit_chain_heads"),
    )
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("chain_seq", sa.BigInteger(), nullable=True))
            batch.add_column(sa.Column("row_hash", sa.String(64), nullable=True))
            batch.create_unique_constraint(f"uq_{table}_chain_seq", ["chain_seq"])
        _backfill(table)
    if dialect == "postgresql":
        op.execute(_PG_FUNCTION)
        for table in _TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION regdesk_append_only()"
            )
    else:
        for table in _TABLES:
            for statement in _sqlite_triggers(table):
                op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in _TABLES:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only_delete")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only_update")
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_chain_seq", type_="unique")
            batch.drop_column("row_hash")
            batch.drop_column("chain_seq")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS regdesk_append_only()")
    op.drop_table("audit_chain_heads")
    with op.batch_alter_table("auth_sessions") as batch:
        batch.drop_column("last_seen_at")
