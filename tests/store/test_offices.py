"""Offices over time: evidence collected at add, CSV tables that win, on both backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pressespejl.errors import InputError
from pressespejl.store.offices import STILL_IN_OFFICE, prefer_user_rows, read_offices_csv
from pressespejl.types import Analysis, Article, OfficeHolding, Person


def _article(num: int, day: date, name: str, role: str) -> tuple[Article, Analysis]:
    """An article whose analysis says ``name`` held ``role`` (in Denmark) on ``day``."""
    article = Article(id=f"o{num}", text=f"{role.capitalize()} {name} talte.", published=day)
    evidence = OfficeHolding(office=role, holder=name, first_seen=day, last_seen=day,
                             scope="Danmark")
    return article, Analysis(article_id=article.id, pipeline="t",
                             people=(Person(name, (role,)),), offices=(evidence,))


@pytest.fixture
def offices_store(empty_store):
    empty_store.add(*_article(1, date(2022, 1, 12), "Jeppe Kofod", "udenrigsminister"))
    empty_store.add(*_article(2, date(2022, 3, 2), "Jeppe Kofod", "udenrigsminister"))
    empty_store.add(*_article(3, date(2022, 2, 1), "Jeppe Kofod", "udenrigsminister"))
    empty_store.add(*_article(4, date(2023, 1, 5), "Lars Løkke Rasmussen", "udenrigsminister"))
    return empty_store


def _csv(tmp_path: Path, text: str, name: str = "ministre.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_evidence_at_add_extends_first_and_last_seen(offices_store):
    assert offices_store.office_holdings(office="Udenrigsminister") == [
        OfficeHolding("udenrigsminister", "Jeppe Kofod", date(2022, 1, 12), date(2022, 3, 2),
                      "Danmark"),
        OfficeHolding("udenrigsminister", "Lars Løkke Rasmussen", date(2023, 1, 5),
                      date(2023, 1, 5), "Danmark"),
    ]
    assert offices_store.stats()["office_holdings"] == 2
    assert [h.holder for h in offices_store.office_holdings(at=date(2022, 2, 14))] == [
        "Jeppe Kofod"]
    assert offices_store.office_holdings(at=date(2022, 6, 1)) == []
    assert offices_store.office_holdings(office="statsminister") == []


def test_evidence_is_stored_with_its_article(offices_store):
    records = {a.id: n for a, n in offices_store.iter_records()}
    assert [(h.office, h.holder, h.first_seen) for h in records["o3"].offices] == [
        ("udenrigsminister", "Jeppe Kofod", date(2022, 2, 1))]


def test_entity_shows_offices(offices_store):
    kofod = offices_store.entity("Kofod")
    assert [(o["office"], o["first_seen"], o["last_seen"]) for o in kofod["offices"]] == [
        ("udenrigsminister", "2022-01-12", "2022-03-02")]


def test_csv_rows_win_over_archive_evidence(offices_store, tmp_path):
    path = _csv(tmp_path, "office,holder,from,to,scope\n"
                          "udenrigsminister,Jeppe Kofod,2019-06-27,2022-12-15,Danmark\n"
                          "Udenrigsminister,Lars Løkke Rasmussen,2022-12-15,,Danmark\n"
                          "udenrigsminister,Lars Løkke Rasmussen,2015-06,2016-11\n")
    assert offices_store.load_offices_csv(path) == 3
    rows = offices_store.office_holdings(office="udenrigsminister")
    # The archive's evidence overlaps the user's periods: only the user's rows remain.
    assert {r.source for r in rows} == {"csv:ministre.csv"}
    assert len(rows) == 3
    at = offices_store.office_holdings(office="udenrigsminister", at=date(2023, 6, 1))
    assert [(r.holder, r.last_seen) for r in at] == [("Lars Løkke Rasmussen", STILL_IN_OFFICE)]
    # Loading the same file again replaces its rows instead of doubling them.
    assert offices_store.load_offices_csv(path) == 3
    assert len(offices_store.office_holdings(office="udenrigsminister")) == 3


def test_bad_csv_lists_every_bad_line_and_loads_nothing(offices_store, tmp_path):
    path = _csv(tmp_path, "office,holder,from,to\n"
                          "statsminister,Mette Frederiksen,2019-06-27,\n"
                          ",Nogen,2020-01-01,\n"
                          "minister,Nogen,2020-13-01,\n"
                          "minister,Nogen,2021-01-01,2020-01-01\n"
                          "minister,,2021-01-01,\n")
    with pytest.raises(InputError) as info:
        offices_store.load_offices_csv(path)
    message = str(info.value)
    assert "4 bad rows, nothing loaded" in message
    for line, what in [(3, "office is empty"), (4, "no month 13"), (5, "is before from"),
                       (6, "holder is empty")]:
        assert f"line {line}: " in message and what in message
    assert offices_store.office_holdings(office="statsminister") == []


def test_csv_without_required_columns_says_which(tmp_path):
    with pytest.raises(InputError, match="lacks from, to"):
        read_offices_csv(_csv(tmp_path, "office,holder\nminister,X\n"))
    with pytest.raises(InputError, match="No such file"):
        read_offices_csv(tmp_path / "missing.csv")


def test_user_row_without_scope_covers_every_scope():
    archive = OfficeHolding("minister", "A", date(2022, 1, 1), date(2022, 2, 1), "Danmark")
    other_time = OfficeHolding("minister", "B", date(2010, 1, 1), date(2010, 2, 1), "Danmark")
    user = OfficeHolding("Minister", "C", date(2021, 1, 1), date(2022, 12, 31), None, "csv:x")
    assert prefer_user_rows([archive, other_time, user]) == [other_time, user]


def test_user_row_with_scope_covers_unscoped_evidence_only_in_its_scope():
    unscoped = OfficeHolding("generalsekretær", "A", date(2022, 1, 1), date(2022, 1, 9))
    nato = OfficeHolding("generalsekretær", "B", date(2022, 1, 1), date(2022, 1, 9), "Nato")
    un = OfficeHolding("generalsekretær", "C", date(2022, 1, 1), date(2022, 1, 9), "FN")
    user = OfficeHolding("generalsekretær", "B", date(2014, 10, 1), date(2024, 9, 30), "Nato",
                         "csv:x")
    assert prefer_user_rows([unscoped, nato, un, user]) == [un, user]
