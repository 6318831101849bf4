"""a commission's name search from one index range: jurisdiction_members, kept by triggers

Revision ID: 0016_name_search
Revises: 0015_roster_membership
Create Date: 2026-12-05 02:30:00

A commission's name search as typed (王, 王小) walked the physicians' name index and checked the
commission's jurisdiction on each name (a registration, a case or the resident ID in its area): at
1,000,000 and 5,000,000 physicians p95 74 and 133 ms, most of it cold pages of names outside the area.
``jurisdiction_members`` (app.jurisdiction_membership) holds one row per (area code, physician) of that rule
with the physician's name; the search is a range of ``ix_jurisdiction_members_area_name`` (area, name,
physician_id).

Triggers keep it on both databases, so no writer (approvals, imports, merges, renames, an institution's new
area) can forget it: registrations (province, place, main institution, physician), cases (province, city,
county, physician) and physicians (resident ID) on insert, delete and change; institutions' area on change
(their registrations' rows move); physicians' name on change. Counters, not a recount (as roster_members):
two transactions changing one physician's sources at once each add or take 1 under the row's lock.
Existing rows are filled by one INSERT … SELECT.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from app.jurisdiction_membership import case_areas, institution_areas, physician_areas, registration_areas

revision = "0016_name_search"
down_revision = "0015_roster_membership"
branch_labels = None
depends_on = None

_INSTITUTION_AREA = "(SELECT jurisdiction FROM institutions WHERE id = {r}.main_institution_id)"


def _registration(r: str, institution: str | None = None) -> list[str]:
    inst = institution if institution is not None else _INSTITUTION_AREA.format(r=r)
    return registration_areas(f"{r}.province", f"{r}.place") + institution_areas(inst)


def _case(r: str) -> list[str]:
    return case_areas(f"{r}.province", f"{r}.city", f"{r}.jurisdiction")


#: (table, the columns the areas come from, the area expressions of a row aliased r, the physician column)
_SOURCES: tuple[tuple[str, tuple[str, ...], Callable[[str], list[str]], str], ...] = (
    ("registrations", ("province", "place", "main_institution_id", "physician_id"), _registration, "physician_id"),
    ("cases", ("province", "city", "jurisdiction", "physician_id"), _case, "physician_id"),
    ("physicians", ("id_number",), lambda r: physician_areas(f"{r}.id_number"), "id"),
)


# ---- SQLite ------------------------------------------------------------------------------------------


def _sqlite_add(area: str, phys: str) -> str:
    return (
        "INSERT INTO jurisdiction_members (area, physician_id, name, n) "
        f"SELECT {area}, p.id, p.name, 1 FROM physicians p WHERE p.id = {phys} AND ({area}) IS NOT NULL "
        "ON CONFLICT (physician_id, area) DO UPDATE SET n = n + 1;"
    )


def _sqlite_take(areas: list[str], phys: str) -> str:
    takes = " ".join(
        f"UPDATE jurisdiction_members SET n = n - 1 WHERE physician_id = {phys} AND area = ({area});"
        for area in areas
    )
    return f"{takes} DELETE FROM jurisdiction_members WHERE physician_id = {phys} AND n <= 0;"


def _sqlite_triggers() -> list[str]:
    out = []
    for table, columns, areas, phys in _SOURCES:
        def add(r: str, areas: Callable[[str], list[str]] = areas, phys: str = phys) -> str:
            return " ".join(_sqlite_add(a, f"{r}.{phys}") for a in areas(r))

        def take(r: str, areas: Callable[[str], list[str]] = areas, phys: str = phys) -> str:
            return _sqlite_take(areas(r), f"{r}.{phys}")

        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        name = f"jurisdiction_members_{table}"
        out += [
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN {add('NEW')} END",
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN {take('OLD')} END",
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"WHEN {changed} BEGIN {take('OLD')} {add('NEW')} END",
        ]
    # an institution's new area: its registrations' institution areas move (one count per registration)
    registered = "SELECT physician_id FROM registrations WHERE main_institution_id = OLD.id"
    per_physician = ("(SELECT COUNT(*) FROM registrations r WHERE r.main_institution_id = OLD.id"
                     " AND r.physician_id = jurisdiction_members.physician_id)")
    takes = " ".join(
        f"UPDATE jurisdiction_members SET n = n - {per_physician} "
        f"WHERE area = ({area}) AND physician_id IN ({registered});"
        for area in institution_areas("OLD.jurisdiction")
    )
    adds = " ".join(
        "INSERT INTO jurisdiction_members (area, physician_id, name, n) "
        f"SELECT {area}, r.physician_id, p.name, COUNT(*) FROM registrations r "
        f"JOIN physicians p ON p.id = r.physician_id WHERE r.main_institution_id = NEW.id AND ({area}) IS NOT NULL "
        "GROUP BY r.physician_id, p.name ON CONFLICT (physician_id, area) DO UPDATE SET n = n + excluded.n;"
        for area in institution_areas("NEW.jurisdiction")
    )
    out.append(
        "CREATE TRIGGER jurisdiction_members_institutions_area AFTER UPDATE OF jurisdiction ON institutions "
        f"WHEN OLD.jurisdiction IS NOT NEW.jurisdiction BEGIN {takes} "
        f"DELETE FROM jurisdiction_members WHERE n <= 0 AND physician_id IN ({registered}); {adds} END"
    )
    out.append(
        "CREATE TRIGGER jurisdiction_members_physicians_name AFTER UPDATE OF name ON physicians "
        "WHEN NEW.name IS NOT OLD.name "
        "BEGIN UPDATE jurisdiction_members SET name = NEW.name WHERE physician_id = NEW.id; END"
    )
    return out


def _sqlite_drops() -> list[str]:
    names = [f"jurisdiction_members_{t}_{s}" for t, *_ in _SOURCES for s in ("insert", "delete", "update")]
    names += ["jurisdiction_members_institutions_area", "jurisdiction_members_physicians_name"]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names]


# ---- PostgreSQL --------------------------------------------------------------------------------------

_PG_CHANGE = """
CREATE OR REPLACE FUNCTION regdesk_jurisdiction_member(code text, phys integer, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF code IS NULL OR phys IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO jurisdiction_members AS j (area, physician_id, name, n)
    SELECT code, phys, p.name, delta FROM physicians p WHERE p.id = phys
    ON CONFLICT (physician_id, area) DO UPDATE SET n = j.n + EXCLUDED.n;
    IF delta < 0 THEN
        DELETE FROM jurisdiction_members WHERE physician_id = phys AND area = code AND n <= 0;
    END IF;
END
$$
"""


def _pg_calls(areas: list[str], phys: str, delta: str) -> str:
    return "\n".join(f"        PERFORM regdesk_jurisdiction_member({a}, {phys}, {delta});" for a in areas)


def _pg_function(table: str, areas: Callable[[str], list[str]], phys: str) -> str:
    registrations = table == "registrations"

    def calls(r: str, delta: str) -> str:
        row_areas = _registration(r, "inst_area") if registrations else areas(r)
        lookup = (f"        SELECT jurisdiction INTO inst_area FROM institutions WHERE id = {r}.main_institution_id;\n"
                  if registrations else "")
        return lookup + _pg_calls(row_areas, f"{r}.{phys}", delta)

    return f"""
CREATE OR REPLACE FUNCTION regdesk_jurisdiction_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    inst_area text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
{calls('OLD', '-1')}
    END IF;
    IF TG_OP <> 'DELETE' THEN
{calls('NEW', '1')}
    END IF;
    RETURN NULL;
END
$$
"""


_PG_INSTITUTION = f"""
CREATE OR REPLACE FUNCTION regdesk_jurisdiction_institutions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    reg record;
BEGIN
    FOR reg IN SELECT physician_id FROM registrations WHERE main_institution_id = NEW.id LOOP
{_pg_calls(institution_areas('OLD.jurisdiction'), 'reg.physician_id', '-1')}
{_pg_calls(institution_areas('NEW.jurisdiction'), 'reg.physician_id', '1')}
    END LOOP;
    RETURN NULL;
END
$$
"""

_PG_RENAME = """
CREATE OR REPLACE FUNCTION regdesk_jurisdiction_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE jurisdiction_members SET name = NEW.name WHERE physician_id = NEW.id;
    RETURN NULL;
END
$$
"""


def _pg_statements() -> list[str]:
    out = [_PG_CHANGE]
    for table, columns, areas, phys in _SOURCES:
        out.append(_pg_function(table, areas, phys))
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
        name = f"jurisdiction_members_{table}"
        out += [
            f"CREATE TRIGGER {name}_insert_delete AFTER INSERT OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION regdesk_jurisdiction_{table}()",
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION regdesk_jurisdiction_{table}()",
        ]
    out += [
        _PG_INSTITUTION,
        "CREATE TRIGGER jurisdiction_members_institutions_area AFTER UPDATE OF jurisdiction ON institutions "
        "FOR EACH ROW WHEN (OLD.jurisdiction IS DISTINCT FROM NEW.jurisdiction) "
        "EXECUTE FUNCTION regdesk_jurisdiction_institutions()",
        _PG_RENAME,
        "CREATE TRIGGER jurisdiction_members_physicians_name AFTER UPDATE OF name ON physicians "
        "FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION regdesk_jurisdiction_rename()",
    ]
    return out


def _pg_drops() -> list[str]:
    out = []
    for table, *_ in _SOURCES:
        out += [
            f"DROP TRIGGER IF EXISTS jurisdiction_members_{table}_insert_delete ON {table}",
            f"DROP TRIGGER IF EXISTS jurisdiction_members_{table}_update ON {table}",
            f"DROP FUNCTION IF EXISTS regdesk_jurisdiction_{table}()",
        ]
    out += [
        "DROP TRIGGER IF EXISTS jurisdiction_members_institutions_area ON institutions",
        "DROP FUNCTION IF EXISTS regdesk_jurisdiction_institutions()",
        "DROP TRIGGER IF EXISTS jurisdiction_members_physicians_name ON physicians",
        "DROP FUNCTION IF EXISTS regdesk_jurisdiction_rename()",
        "DROP FUNCTION IF EXISTS regdesk_jurisdiction_member(text, integer, integer)",
    ]
    return out


def upgrade() -> None:
    from app.jurisdiction_membership import FILL, rebuild
    from app.models.base import CodePointString

    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "jurisdiction_members",
        sa.Column("area", sa.String(6), nullable=False),
        sa.Column("physician_id", sa.Integer(), nullable=False),
        sa.Column("name", CodePointString(60), nullable=False),
        sa.Column("n", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("physician_id", "area", name="pk_jurisdiction_members"),
    )
    op.create_index("ix_jurisdiction_members_area_name", "jurisdiction_members", ["area", "name", "physician_id"])
    if postgres:
        # ~3 rows per physician: the keys are built once after the fill rather than row by row
        op.execute("SET LOCAL maintenance_work_mem = '512MB'")
        rebuild(op.execute, postgresql=True)
        op.execute("ANALYZE jurisdiction_members")  # the search's plan needs the table's statistics at once
        for statement in _pg_statements():
            op.execute(statement)
    else:
        op.execute(FILL)
        for statement in _sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in _pg_drops() if postgres else _sqlite_drops():
        op.execute(statement)
    op.drop_index("ix_jurisdiction_members_area_name", table_name="jurisdiction_members")
    op.drop_table("jurisdiction_members")
