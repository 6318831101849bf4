"""Tamper-evident history: case events and audit events form hash chains; ``verify`` finds the first break.

Both tables are append-only (migration 0008 adds triggers refusing UPDATE and DELETE on SQLite and
PostgreSQL). Each row carries ``chain_seq`` (its place in its table's chain) and ``row_hash`` = sha256
over the row's canonical content and the previous row's hash. The links are made when the transaction
that appended the rows commits (``before_commit``, for every session of the desk): the chain's head row
in ``audit_chain_heads`` is locked (PostgreSQL: SELECT … FOR UPDATE; SQLite writers are serial anyway),
the new rows get the next numbers and their hashes, and the head moves on, in the same transaction. The
head is the last lock a writing transaction takes, just before COMMIT, so it can close no deadlock and is
held for about a millisecond.

An edited row no longer matches its hash; a deleted row leaves a gap in the numbers and breaks the next
link; a deleted tail leaves the head pointing past the end. ``regdesk verify-audit --db URL`` reports
the first break of each chain and exits non-zero.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Table, TextClause, bindparam, event, insert, select, text, true, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app import models as m
from app.db import Database

#: The chained tables and the columns their hash covers (fixed: a column added later is not covered,
#: so old links stay valid).
CHAINS: dict[str, tuple[str, ...]] = {
    "audit_events": (
        "id", "at", "user_id", "username", "role", "action", "object_type", "object_id", "outcome",
        "workstation", "detail",
    ),
    "case_events": (
        "id", "case_id", "at", "user_id", "actor_name", "actor_role", "institution_id", "action",
        "from_status", "to_status", "reason_code", "reason_text", "data",
    ),
}
_MODELS: dict[str, type[m.AuditEvent] | type[m.CaseEvent]] = {
    "audit_events": m.AuditEvent,
    "case_events": m.CaseEvent,
}
_PENDING = "regdesk_chain_pending"
#: Set (to anything) to read every linked row back and compare it with what the session wrote.
CHECK_ENV = "REGDESK_CHAIN_CHECK"


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # SQLite hands back naive UTC
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def link_hash(table: str, seq: int, row: dict[str, Any], previous: str) -> str:
    """sha256 (hex) of one link: the table, its number, the covered columns and the previous hash."""
    content = {"table": table, "seq": seq, "prev": previous,
               "row": {c: _canonical(row.get(c)) for c in CHAINS[table]}}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- writing the rows and making the links when a transaction commits -------------------------------

#: ``session.info`` key of the history rows given to ``add_row`` and not yet INSERTed: (table, row).
_UNWRITTEN = "regdesk_history_unwritten"
_INSERT_RETURNING_ID = {
    name: insert(model.__table__).returning(model.__table__.c.id)  # type: ignore[arg-type]
    for name, model in _MODELS.items()
}


def add_row(session: Session, table: str, row: dict[str, Any]) -> None:
    """Append a history row (``row`` gives every column its hash covers but ``id``) to ``table``.

    Written as a plain Core INSERT (no ORM object, no unit of work): with the session's next statement
    (as an autoflush would) or at COMMIT at the latest, and linked into its chain at COMMIT from the
    values given here."""
    session.info.setdefault(_UNWRITTEN, []).append((table, row))


def write_rows(
    session: Session, lock_heads: tuple[str, ...] = ()
) -> dict[str, tuple[int, str]] | None:
    """INSERT the rows ``add_row`` holds, one statement per table (the ids come back with RETURNING),
    and queue them for linking at COMMIT in the order they were added.

    PostgreSQL, one row per table (an approval: its case event and its audit event): one statement for
    all of them; with ``lock_heads`` (at COMMIT, every other write done) the same statement locks those
    chains' heads and returns them — {name: (last_seq, last_hash)} of the heads found — else None."""
    rows: list[tuple[str, dict[str, Any]]] = session.info.pop(_UNWRITTEN, [])
    if not rows:
        return None
    conn = session.connection()
    by_table: dict[str, list[dict[str, Any]]] = {}
    for name, row in rows:
        by_table.setdefault(name, []).append(row)
    written: dict[int, int] = {}  # id(row) -> its new id
    heads: dict[str, tuple[int, str]] | None = None
    if (
        len(rows) == len(by_table)
        and (len(by_table) > 1 or lock_heads)
        and conn.dialect.name == "postgresql"
    ):
        names = tuple(by_table)
        params = {f"{k}_{c}": v for k, name in enumerate(names) for c, v in by_table[name][0].items()}
        if lock_heads:
            params["head_names"] = list(lock_heads)
        result = conn.execute(_insert_each(names, bool(lock_heads)), params).all()
        for name, new_id in zip(names, result[0][: len(names)], strict=True):
            written[id(by_table[name][0])] = new_id
        if lock_heads:
            heads = {r[-3]: (r[-2], r[-1]) for r in result if r[-3] is not None}
        by_table = {}
    for name, items in by_table.items():
        ids: list[int]
        if len(items) == 1:
            ids = [conn.execute(_INSERT_RETURNING_ID[name], items[0]).scalar_one()]
        else:  # several: one executemany, the ids in the order of the rows
            table: Table = _MODELS[name].__table__  # type: ignore[assignment]
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = list(conn.execute(stmt, items).scalars())
        for row, new_id in zip(items, ids, strict=True):
            written[id(row)] = new_id
    pending = session.info.setdefault(_PENDING, [])
    for name, row in rows:
        pending.append((name, {**row, "id": written[id(row)]}))
    return heads


@functools.cache
def _insert_each(names: tuple[str, ...], lock_heads: bool = False) -> Select[Any]:
    """PostgreSQL: one row into each of the named tables, the new ids returned in that order
    (data-modifying CTEs; parameters ``{k}_{column}`` for the k-th table); ``lock_heads``: beside them,
    one row per chain head named in ``head_names``, locked FOR UPDATE (name, last_seq, last_hash; NULLs
    when none exists: the ids come back anyway)."""
    parts = []
    for k, name in enumerate(names):
        table: Table = _MODELS[name].__table__  # type: ignore[assignment]
        values: dict[str, Any] = {c: bindparam(f"{k}_{c}") for c in CHAINS[name] if c != "id"}
        parts.append(insert(table).values(values).returning(table.c.id).cte(f"new_{k}"))
    joined: Any = parts[0]
    for part in parts[1:]:  # one row each: the rows side by side
        joined = joined.join(part, true())
    columns: list[Any] = [p.c.id.label(f"id_{k}") for k, p in enumerate(parts)]
    if lock_heads:
        locked = (
            select(_HEADS.c.name, _HEADS.c.last_seq, _HEADS.c.last_hash)
            .where(_HEADS.c.name.in_(bindparam("head_names", expanding=True)))
            .order_by(_HEADS.c.name)
            .with_for_update()
            .subquery("heads")
        )
        joined = joined.outerjoin(locked, true())
        columns += [locked.c.name, locked.c.last_seq, locked.c.last_hash]
    return select(*columns).select_from(joined)


@event.listens_for(Session, "do_orm_execute")
def _write_before_statement(state: Any) -> None:
    """Rows added with ``add_row`` are in the database before the session's next statement runs, so a
    read in the same transaction sees them (what the ORM's autoflush did for the objects)."""
    if state.session.info.get(_UNWRITTEN):
        write_rows(state.session)


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _flush_context: Any, _instances: Any) -> None:
    for obj in session.new:
        if isinstance(obj, m.AuditEvent | m.CaseEvent):
            session.info.setdefault(_PENDING, []).append(obj)


@event.listens_for(Session, "before_commit")
def _seal(session: Session) -> None:
    if (
        not session.info.get(_PENDING)
        and not session.info.get(_UNWRITTEN)
        and not any(isinstance(obj, m.AuditEvent | m.CaseEvent) for obj in session.new)
    ):
        return
    session.flush()  # every other write first (and ORM history objects get their ids): the heads come last
    unwritten = {name for name, _row in session.info.get(_UNWRITTEN, [])}
    flushed = {obj.__tablename__ for obj in session.info.get(_PENDING, []) if not isinstance(obj, tuple)}
    flushed |= {obj[0] for obj in session.info.get(_PENDING, []) if isinstance(obj, tuple)}
    heads = write_rows(session, lock_heads=tuple(sorted(unwritten | flushed)))
    pending: list[m.AuditEvent | m.CaseEvent | tuple[str, dict[str, Any]]] = session.info.pop(_PENDING, [])
    link_objects(session, pending, heads)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_UNWRITTEN, None)


_HEADS = m.ChainHead.__table__
#: The heads of the named chains, locked (one statement built once: its cache key is computed once).
_LOCK_HEADS = (
    select(_HEADS.c.name, _HEADS.c.last_seq, _HEADS.c.last_hash)
    .where(_HEADS.c.name.in_(bindparam("names", expanding=True)))
    .order_by(_HEADS.c.name)
    .with_for_update()
)


def _lock_heads(session: Session, names: list[str]) -> dict[str, tuple[int, str]]:
    """(last_seq, last_hash) of each named chain's head, locked until the transaction ends."""
    conn = session.connection()
    heads = {name: (seq, digest) for name, seq, digest in conn.execute(_LOCK_HEADS, {"names": names})}
    missing = [n for n in names if n not in heads]
    if missing:  # an emptied database: start the chain (race-free), then lock
        dialect = session.get_bind().dialect.name
        for name in missing:
            values = {"name": name, "last_seq": 0, "last_hash": ""}
            if dialect == "postgresql":
                session.execute(postgresql.insert(m.ChainHead).values(**values).on_conflict_do_nothing())
            else:
                session.execute(sqlite.insert(m.ChainHead).values(**values).prefix_with("OR IGNORE"))
        heads = {name: (seq, digest) for name, seq, digest in conn.execute(_LOCK_HEADS, {"names": names})}
    return heads


def _content_of(obj: m.AuditEvent | m.CaseEvent) -> dict[str, Any] | None:
    """The covered columns as the flush just wrote them (the instance's loaded state: the values given
    and the Python-side defaults the INSERT used), or None when one is not loaded."""
    state: dict[str, Any] = sa_inspect(obj).dict  # type: ignore[attr-defined]
    columns = CHAINS[obj.__tablename__]
    if any(c not in state for c in columns):
        return None
    return {c: state[c] for c in columns}


def link_objects(
    session: Session,
    objs: Iterable[m.AuditEvent | m.CaseEvent | tuple[str, dict[str, Any]]],
    heads: dict[str, tuple[int, str]] | None = None,
) -> None:
    """Link rows this session has just written (ORM objects flushed, or (table, row) as ``write_rows``
    inserted them), hashing what it wrote instead of reading the rows back (two round trips fewer per
    transaction; ``REGDESK_CHAIN_CHECK=1`` reads them back anyway and fails if they differ). A row whose
    state is incomplete is read back as before."""
    known: dict[str, list[dict[str, Any]]] = {}
    unread: dict[str, list[int]] = {}
    order: dict[str, list[int]] = {}
    for obj in objs:
        if isinstance(obj, tuple):
            name, row = obj
            order.setdefault(name, []).append(row["id"])
            known.setdefault(name, []).append({c: row.get(c) for c in CHAINS[name]})
            continue
        name = obj.__tablename__
        order.setdefault(name, []).append(obj.id)
        content = _content_of(obj)
        if content is None:
            unread.setdefault(name, []).append(obj.id)
        else:
            known.setdefault(name, []).append(content)
    contents: dict[str, list[dict[str, Any]]] = {}
    for name, ids in order.items():
        rows = {r["id"]: r for r in known.get(name, [])}
        if unread.get(name):
            rows.update(_read(session, name, unread[name]))
        if os.environ.get(CHECK_ENV) and known.get(name):
            stored = _read(session, name, [r["id"] for r in known[name]])
            for row in known[name]:
                if link_hash(name, 1, row, "") != link_hash(name, 1, stored[row["id"]], ""):
                    raise AssertionError(f"{name} {row['id']}: written {row!r}, stored {stored[row['id']]!r}")
        contents[name] = [rows[i] for i in ids if i in rows]
    _link(session, contents, heads)


def _read(session: Session, name: str, ids: list[int]) -> dict[int, dict[str, Any]]:
    table: Table = _MODELS[name].__table__  # type: ignore[assignment]
    return {
        r["id"]: dict(r)
        for r in session.execute(
            select(*[table.c[c] for c in CHAINS[name]]).where(table.c.id.in_(ids))
        ).mappings()
    }


def append(session: Session, ids_by_table: dict[str, list[int]]) -> None:
    """Link the given new rows (ids in the order appended) to the end of their chains, in ``session``,
    reading their content from the database."""
    contents = {}
    for name, wanted in ids_by_table.items():
        if wanted:
            rows = _read(session, name, wanted)
            contents[name] = [rows[i] for i in wanted if i in rows]
    _link(session, contents)


def _link(
    session: Session,
    contents: dict[str, list[dict[str, Any]]],
    locked: dict[str, tuple[int, str]] | None = None,
) -> None:
    """The heads are locked only now, so the lock is held for three statements: the heads' SELECT …
    FOR UPDATE, the links (one UPDATE per table) and the heads' UPDATE, then COMMIT. ``locked``: the
    heads the history's INSERT already locked (PostgreSQL: that statement and the links, then COMMIT)."""
    names = sorted(t for t, rows in contents.items() if rows)
    if not names:
        return
    if locked is not None and all(n in locked for n in names):
        heads = locked
    else:
        heads = _lock_heads(session, names)
    links: dict[str, list[dict[str, Any]]] = {}
    moved = []
    for name in names:
        seq, previous = heads[name]
        for row in contents[name]:
            seq += 1
            previous = link_hash(name, seq, row, previous)
            links.setdefault(name, []).append({"id": row["id"], "chain_seq": seq, "row_hash": previous})
        if links.get(name):
            moved.append({"name": name, "last_seq": seq, "last_hash": previous})
    if not moved:
        return
    if session.get_bind().dialect.name == "postgresql":
        _link_in_one_statement(session, links, moved)
        return
    for name, rows in links.items():
        session.execute(update(_MODELS[name]), rows)
    session.execute(update(m.ChainHead), moved)


def _link_in_one_statement(
    session: Session, links: dict[str, list[dict[str, Any]]], moved: list[dict[str, Any]]
) -> None:
    """PostgreSQL: the links of every table and the heads in one statement (data-modifying CTEs), so the
    heads stay locked for two round trips (SELECT … FOR UPDATE, this) before COMMIT."""
    params: dict[str, Any] = {}
    names = tuple(sorted(links))
    for k, name in enumerate(names):
        rows = links[name]
        params[f"i{k}"] = [r["id"] for r in rows]
        params[f"s{k}"] = [r["chain_seq"] for r in rows]
        params[f"h{k}"] = [r["row_hash"] for r in rows]
    params["hn"] = [r["name"] for r in moved]
    params["hs"] = [r["last_seq"] for r in moved]
    params["hh"] = [r["last_hash"] for r in moved]
    session.connection().execute(_link_statement(names), params)


@functools.cache
def _link_statement(names: tuple[str, ...]) -> TextClause:
    """The statement of ``_link_in_one_statement`` for the chains named, made once."""
    parts = []
    for k, name in enumerate(names):
        assert name in CHAINS  # the table name is one of ours, never input
        parts.append(
            f"l{k} AS (UPDATE {name} t SET chain_seq = v.s, row_hash = v.h "
            f"FROM unnest(CAST(:i{k} AS bigint[]), CAST(:s{k} AS bigint[]), CAST(:h{k} AS text[])) "
            f"AS v(i, s, h) WHERE t.id = v.i)"
        )
    return text(
        f"WITH {', '.join(parts)} UPDATE audit_chain_heads c SET last_seq = v.s, last_hash = v.h "
        "FROM unnest(CAST(:hn AS text[]), CAST(:hs AS bigint[]), CAST(:hh AS text[])) AS v(n, s, h) "
        "WHERE c.name = v.n"
    )


# --- checking --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    """The first broken link of one chain."""

    table: str
    seq: int
    row_id: int | None
    problem: str

    def __str__(self) -> str:
        where = f"第 {self.seq} 条" + (f"（id {self.row_id}）" if self.row_id is not None else "")
        return f"{LABELS[self.table]} {where}：{self.problem}"


LABELS = {"audit_events": "审计日志", "case_events": "案件记录"}


def _rows(session: Session, name: str) -> Iterator[dict[str, Any]]:
    table: Table = _MODELS[name].__table__  # type: ignore[assignment]
    columns = [table.c[c] for c in CHAINS[name]] + [table.c.chain_seq, table.c.row_hash]
    query = select(*columns).order_by(table.c.chain_seq.is_(None), table.c.chain_seq, table.c.id)
    for row in session.execute(query.execution_options(yield_per=2000)).mappings():
        yield dict(row)


def verify_chain(session: Session, name: str) -> tuple[int, Break | None]:
    """(links checked, the first break or None) of one chain."""
    head = session.get(m.ChainHead, name)
    expected_seq, previous, checked = 1, "", 0
    for row in _rows(session, name):
        seq = row["chain_seq"]
        if seq is None:
            return checked, Break(name, expected_seq, row["id"], "这一条没有链接（绕过程序写入）")
        if seq != expected_seq:
            return checked, Break(
                name, expected_seq, None,
                f"这一条缺失（第 {expected_seq - 1} 条之后是第 {seq} 条）：记录被删除",
            )
        digest = link_hash(name, seq, row, previous)
        if digest != row["row_hash"]:
            return checked, Break(name, seq, row["id"], "内容与哈希不符：记录被改动")
        previous, expected_seq, checked = digest, expected_seq + 1, checked + 1
    last = expected_seq - 1
    if head is not None and (head.last_seq, head.last_hash) != (last, previous):
        if head.last_seq > last:
            return checked, Break(name, last + 1, None,
                                  f"链尾缺失：应有 {head.last_seq} 条，只剩 {last} 条（末尾记录被删除）")
        return checked, Break(name, last, None, "链头记录与最后一条不符")
    if head is None and last > 0:
        return checked, Break(name, last, None, "链头记录缺失")
    return checked, None


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify`` found: links checked per chain and the first break of each broken chain."""

    checked: dict[str, int]
    breaks: list[Break]

    @property
    def ok(self) -> bool:
        return not self.breaks


def verify(db: Database, names: Iterable[str] = CHAINS) -> VerifyReport:
    """Walk every chain of the database and report the first break of each."""
    checked: dict[str, int] = {}
    breaks: list[Break] = []
    with db.read() as session:
        for name in names:
            count, broken = verify_chain(session, name)
            checked[name] = count
            if broken is not None:
                breaks.append(broken)
    return VerifyReport(checked, breaks)
