"""The roster membership table (``roster_members``, migration 0015): who is on an institution's roster.

An institution's roster lists the physicians registered with it (main institution, registration active or
filed), filed with it (active filing) or with a case at it — the set ``permissions.institution_physician_ids``
reads from three tables. ``roster_members`` holds one row per (institution, physician) of that set with the
physician's ``name_pinyin`` and a count per source, so the roster's page is a range of the index
(institution_id, name_pinyin, physician_id) instead of a sort of the hospital's thousands of physicians.

Database triggers (SQLite and PostgreSQL, migration 0015) keep it: every insert, delete and change of
registrations, filings and cases (institution, status, physician: a merge moves rows to the kept record)
and every change of a physician's ``name_pinyin``. No writer can forget it. A bulk load that turns
triggers off (the benchmark generator: ``session_replication_role = replica``) calls ``rebuild`` after.
"""

from __future__ import annotations

from collections.abc import Callable

#: The source rows, one per registration / filing / case that puts a physician on an institution's roster,
#: with its count columns. Keep in step with ``permissions.institution_physician_ids``.
SOURCES = """
SELECT main_institution_id AS institution_id, physician_id, 1 AS n_main, 0 AS n_filing, 0 AS n_case
  FROM registrations WHERE main_institution_id IS NOT NULL AND status IN ('active', 'filed')
UNION ALL
SELECT institution_id, physician_id, 0, 1, 0 FROM filings WHERE status = 'active'
UNION ALL
SELECT institution_id, physician_id, 0, 0, 1 FROM cases
  WHERE institution_id IS NOT NULL AND physician_id IS NOT NULL
"""

#: Fills an empty ``roster_members`` from the three sources in one statement.
FILL = f"""
INSERT INTO roster_members (institution_id, physician_id, name_pinyin, n_main, n_filing, n_case)
SELECT s.institution_id, s.physician_id, p.name_pinyin, SUM(s.n_main), SUM(s.n_filing), SUM(s.n_case)
  FROM ({SOURCES}) s JOIN physicians p ON p.id = s.physician_id
 GROUP BY s.institution_id, s.physician_id, p.name_pinyin
"""


def rebuild(execute: Callable[[str], object]) -> None:
    """Empty and refill ``roster_members`` (after a bulk load with triggers off), inside the caller's
    transaction: ``execute`` runs one SQL statement (a sink's ``execute``, a connection's
    ``exec_driver_sql``)."""
    execute("DELETE FROM roster_members")
    execute(FILL)
