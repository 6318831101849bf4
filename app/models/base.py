"""Declarative base with a naming convention, and column types shared by every model."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.processors import str_to_datetime
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp that is always timezone-aware UTC in Python, on SQLite as on PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def __init__(self, timezone: bool = True) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """``process_result_value`` after the driver type's own processor, as one function per value
        instead of two (a queue page reads 300 timestamps): the same results."""
        inner = self.impl_instance.result_processor(dialect, coltype)
        utc = dt.UTC

        def aware(value: Any) -> dt.datetime | None:
            if value is None:
                return None
            if value.tzinfo is None:
                return value.replace(tzinfo=utc)  # type: ignore[no-any-return]
            return value.astimezone(utc)  # type: ignore[no-any-return]

        if inner is None:
            return aware
        if inner is str_to_datetime:
            # SQLite's text, read as SQLAlchemy reads it (datetime.fromisoformat) but as UTC in the same
            # step: one parse, no replace() (several µs a value); text with an offset of its own takes
            # the general path.
            parse = dt.datetime.fromisoformat

            def utc_text(value: Any) -> dt.datetime | None:
                if value is None:
                    return None
                try:
                    parsed = parse(value + "+00:00")
                except (TypeError, ValueError):
                    return aware(inner(value))
                return parsed if parsed.tzinfo is utc else aware(inner(value))

            return utc_text
        return lambda value: aware(inner(value))


#: JSON on SQLite, JSONB on PostgreSQL.
JSONType = JSON().with_variant(JSONB(), "postgresql")
#: 64-bit keys for the append-only tables; SQLite needs INTEGER PRIMARY KEY to autoincrement.
BigID = BigInteger().with_variant(Integer(), "sqlite")


def CodePointString(length: int) -> String:  # noqa: N802 - reads as a column type
    """A string ordered and compared by code point on both databases (SQLite BINARY, PostgreSQL "C").

    For names searched as a clerk types: ``prefix <= name < next(prefix)`` is then exactly a prefix
    match that a plain B-tree index serves, and lists sort the same way on SQLite and PostgreSQL.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
        list[str]: JSONType,
    }
