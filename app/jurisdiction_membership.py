"""The jurisdiction membership table (``jurisdiction_members``, migration 0016): whom a commission sees.

A commission of a province, city or county sees the physicians ``permissions.commission_physician_clause``
admits: a registration in its area (any status: the registration's province; below province level its
place or its main institution's area), a case in its area (the case's province, city or county), and for
a province also the physicians whose resident ID starts with its two digits. ``jurisdiction_members`` is
an index of that rule: one row per (area code, physician) with the physician's ``name`` and ``n``, how
many (source row, level) pairs put the physician there, so a commission's name search as typed (王, 王小)
is one range of the index (area, name, physician_id) instead of a walk of the name index that checks the
jurisdiction name by name.

Each source row gives the area codes below, one per level a commission can have; a code is kept only at
its own level (``contract.level_of``: xx0000 province, xxxx00 city, else county; 000000 the nation, which
sees everyone and needs no table), so the rows of code J are exactly the physicians commission J sees:

- a registration: its province; the city (first four digits) and the county of its place; the city and
  the county of its main institution's area;
- a case: its province, its city, its county (``cases.jurisdiction``);
- a physician: the province of the first two digits of the resident ID.

Database triggers (SQLite and PostgreSQL, migration 0016) keep it: every insert, delete and change of those
columns of registrations, cases and physicians (a merge moves registrations and cases: the triggers move
the rows), an institution's change of area (its registrations' rows move), and a physician's new name. A
bulk load that turns triggers off calls ``rebuild`` after; the benchmark generator instead writes each
physician's rows as it writes the physician (``physician_rows``, the rule on Python values) and adds the
cases' counts after the load (``ADD_CASES``). Keep in step with
``permissions.commission_physician_clause``: tests/unit/test_jurisdiction_membership.py compares the two.
"""

from __future__ import annotations

from collections.abc import Callable

# ---- the rule, as SQL expressions on both databases ----------------------------------------------------


def province_code(code: str) -> str:
    """``code`` where it is a province's code (xx0000, not 000000), else NULL."""
    return f"CASE WHEN {code} LIKE '%0000' AND {code} <> '000000' THEN {code} END"


def city_code(code: str) -> str:
    """``code`` where it is a city's code (xxxx00, not xx0000), else NULL."""
    return f"CASE WHEN {code} LIKE '%00' AND {code} NOT LIKE '%0000' THEN {code} END"


def county_code(code: str) -> str:
    """``code`` where it is a county's code (not ending in 00), else NULL."""
    return f"CASE WHEN {code} NOT LIKE '%00' THEN {code} END"


def city_of(code: str) -> str:
    """The city whose commission sees an area starting with its four digits (``place LIKE '4401%'``):
    the first four digits and 00, where that is a city's code."""
    return (
        f"CASE WHEN length({code}) >= 4 AND substr({code}, 3, 2) <> '00' "
        f"THEN substr({code}, 1, 4) || '00' END"
    )


def province_of_id(id_number: str) -> str:
    """The province whose commission sees a resident ID starting with its two digits."""
    return (
        f"CASE WHEN length({id_number}) >= 2 AND substr({id_number}, 1, 2) <> '00' "
        f"THEN substr({id_number}, 1, 2) || '0000' END"
    )


def registration_areas(province: str, place: str) -> list[str]:
    """The area codes a registration's own columns give (its main institution's are ``institution_areas``)."""
    return [province_code(province), city_of(place), county_code(place)]


def institution_areas(jurisdiction: str) -> list[str]:
    """The area codes a registration's main institution gives (its area ``jurisdiction``)."""
    return [city_of(jurisdiction), county_code(jurisdiction)]


def case_areas(province: str, city: str, county: str) -> list[str]:
    return [province_code(province), city_code(city), county_code(county)]


def physician_areas(id_number: str) -> list[str]:
    return [province_of_id(id_number)]


def _arms(source: str, areas: list[str]) -> str:
    """(physician_id, area) pairs of ``source`` (a FROM clause aliased ``x``), one per area expression,
    from one scan of the source (a cross join with the arms' numbers, portable to SQLite)."""
    numbers = " UNION ALL ".join(f"SELECT {k} AS k" for k in range(len(areas)))
    cases = " ".join(f"WHEN {k} THEN {area}" for k, area in enumerate(areas))
    return f"SELECT x.physician_id, CASE a.k {cases} END AS area FROM {source} CROSS JOIN ({numbers}) a"


#: (physician_id, area) of every case and level, NULL areas included.
CASE_SOURCES = _arms(
    "(SELECT physician_id, province, city, jurisdiction FROM cases WHERE physician_id IS NOT NULL) x",
    case_areas("x.province", "x.city", "x.jurisdiction"),
)

#: (physician_id, area) of every source row and level, NULL areas included (the caller drops them).
SOURCES = " UNION ALL ".join(
    (
        _arms(
            "(SELECT r.physician_id, r.province, r.place, i.jurisdiction FROM registrations r"
            " LEFT JOIN institutions i ON i.id = r.main_institution_id) x",
            registration_areas("x.province", "x.place") + institution_areas("x.jurisdiction"),
        ),
        CASE_SOURCES,
        _arms("(SELECT id AS physician_id, id_number FROM physicians) x", physician_areas("x.id_number")),
    )
)

def _insert_grouped(sources: str) -> str:
    """INSERT the (area, physician) pairs of ``sources`` into ``jurisdiction_members``: counted, with the
    name."""
    return f"""
INSERT INTO jurisdiction_members (area, physician_id, name, n)
SELECT s.area, s.physician_id, p.name, COUNT(*)
  FROM ({sources}) s JOIN physicians p ON p.id = s.physician_id
 WHERE s.area IS NOT NULL
 GROUP BY s.area, s.physician_id, p.name
"""


#: Fills an empty ``jurisdiction_members`` from the sources in one statement.
FILL = _insert_grouped(SOURCES)


#: Adds the cases' (physician, area) counts to a table that holds the other sources' rows (the benchmark
#: generator streams those with the physicians and registrations it writes; see ``physician_rows``).
ADD_CASES = (
    _insert_grouped(CASE_SOURCES)
    + "ON CONFLICT (physician_id, area) DO UPDATE SET n = jurisdiction_members.n + excluded.n\n"
)

#: ``ADD_CASES`` for a table without its keys yet (PostgreSQL bulk load: no upsert, no index maintenance): the
#: cases' counts grouped once, added to the rows there are, the others inserted; the keys are built after.
ADD_CASES_UNKEYED = (
    f"""CREATE TEMPORARY TABLE jurisdiction_case_counts ON COMMIT DROP AS
SELECT s.area, s.physician_id, COUNT(*) AS n FROM ({CASE_SOURCES}) s
 WHERE s.area IS NOT NULL GROUP BY s.area, s.physician_id""",
    """UPDATE jurisdiction_members j SET n = j.n + c.n FROM jurisdiction_case_counts c
 WHERE j.physician_id = c.physician_id AND j.area = c.area""",
    """INSERT INTO jurisdiction_members (area, physician_id, name, n)
SELECT c.area, c.physician_id, p.name, c.n
  FROM jurisdiction_case_counts c JOIN physicians p ON p.id = c.physician_id
 WHERE NOT EXISTS (SELECT 1 FROM jurisdiction_members j
                    WHERE j.physician_id = c.physician_id AND j.area = c.area)""",
    "DROP TABLE jurisdiction_case_counts",
)

# ---- the same rule on Python values (a bulk loader that knows the rows it writes) ----------------------
# Each function mirrors the SQL expression of the same name above; tests/unit/test_bench_smoke.py compares a
# generated table with ``rebuild``'s on both databases.


def _province_code(code: str | None) -> str | None:
    return code if code is not None and code.endswith("0000") and code != "000000" else None


def _county_code(code: str | None) -> str | None:
    return code if code is not None and not code.endswith("00") else None


def _city_of(code: str | None) -> str | None:
    return code[:4] + "00" if code is not None and len(code) >= 4 and code[2:4] != "00" else None


def _province_of_id(id_number: str | None) -> str | None:
    if id_number is None or len(id_number) < 2 or id_number[:2] == "00":
        return None
    return id_number[:2] + "0000"


def physician_rows(
    physician_id: int,
    name: str,
    id_number: str | None,
    registrations: list[tuple[str | None, str | None, str | None]],
) -> list[tuple[str, int, str, int]]:
    """The (area, physician_id, name, n) rows of one physician from its resident ID and its registrations,
    each given as (province, place, main institution's area): ``FILL`` restricted to those sources."""
    counts: dict[str, int] = {}
    areas = [_province_of_id(id_number)]
    for province, place, jurisdiction in registrations:
        areas += [_province_code(province), _city_of(place), _county_code(place)]
        areas += [_city_of(jurisdiction), _county_code(jurisdiction)]
    for area in areas:
        if area is not None:
            counts[area] = counts.get(area, 0) + 1
    return [(area, physician_id, name, n) for area, n in counts.items()]


#: The table's keys, built after a fill on PostgreSQL (a bulk build, not millions of insertions one by one).
PRIMARY_KEY = (
    "ALTER TABLE jurisdiction_members ADD CONSTRAINT pk_jurisdiction_members PRIMARY KEY (physician_id, area)"
)
NAME_INDEX = (
    "CREATE INDEX ix_jurisdiction_members_area_name ON jurisdiction_members (area, name, physician_id)"
)


def drop_keys(execute: Callable[[str], object]) -> None:
    """Drop the primary key and the name index (PostgreSQL) before a bulk fill; ``add_keys`` builds them."""
    execute("ALTER TABLE jurisdiction_members DROP CONSTRAINT IF EXISTS pk_jurisdiction_members")
    execute("DROP INDEX IF EXISTS ix_jurisdiction_members_area_name")


def add_keys(execute: Callable[[str], object]) -> None:
    execute(PRIMARY_KEY)
    execute(NAME_INDEX)


def rebuild(execute: Callable[[str], object], *, postgresql: bool = False) -> None:
    """Empty and refill ``jurisdiction_members`` (after a bulk load with triggers off; the migration's fill),
    inside the caller's transaction: ``execute`` runs one SQL statement (a sink's ``execute``, Alembic's
    ``op.execute``, a session's ``execute`` of ``text()``; not psycopg's ``exec_driver_sql``, which reads the
    LIKE patterns' ``%`` as placeholders).

    On PostgreSQL the primary key and the name index are dropped and built again after the fill, and the
    fill's grouping gets memory to sort in (at 1,000,000 physicians: 161 s into the indexed table, ~40 s so).
    """
    if not postgresql:
        execute("DELETE FROM jurisdiction_members")
        execute(FILL)
        return
    execute("SET LOCAL work_mem = '256MB'")
    drop_keys(execute)
    execute("TRUNCATE jurisdiction_members")
    execute(FILL)
    add_keys(execute)
