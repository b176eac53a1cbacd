"""The ingest job on real files: read -> analyse -> store, reruns, interrupts, problems."""

from __future__ import annotations

import importlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from pressespejl.jobs import OfficeBook, analyse, ingest
from pressespejl.nlp import pieces
from pressespejl.store import open_store
from pressespejl.types import Analysis, Article, IngestProblem, OfficeHolding, Person

ARTICLES = Path(__file__).parent / "articles"
NAMES = ["001_politik_forsvar.txt", "003_krimi_politi.txt", "008_politik_indirekte.txt",
         "014_politik_regeringen.txt", "028_politik_eu.txt"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Five real test articles and one file that is not UTF-8."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "999_utf16.txt").write_bytes("date 2022-01 Hej".encode("utf-16"))
    return folder


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "archive.sqlite") as archive:
        yield archive


def test_ingest_rerun_stores_nothing_new(corpus, store):
    first = ingest([corpus], store)
    assert (first.stored, first.duplicates) == (5, 0)
    assert [Path(p.path).name for p in first.problems] == ["999_utf16.txt"]
    assert "UTF-16" in first.problems[0].what
    checksum = store.checksum()
    second = ingest([corpus], store)
    assert (second.stored, second.duplicates, second.rejected) == (0, 5, 1)
    assert store.checksum() == checksum
    assert second.summary() == "0 stored, 5 duplicates, 1 rejected"


def test_interrupt_inside_a_transaction_leaves_whole_articles(corpus, store, monkeypatch):
    calls = {"n": 0}
    link = type(store)._link_batch

    def interrupting(self, *args):
        calls["n"] += 1
        if calls["n"] == 2:  # in the middle of the second batch's transaction
            raise KeyboardInterrupt
        return link(self, *args)

    monkeypatch.setattr(type(store), "_link_batch", interrupting)
    report = ingest([corpus], store, batch_size=2)
    assert report.interrupted and report.stored == 2
    assert "interrupted" in report.summary()
    stored = list(store.iter_records())
    assert len(stored) == 2
    stats = store.stats()
    assert stats["articles"] == 2
    assert stats["quotes"] == sum(len(a.quotes) for _, a in stored)  # none of the third

    monkeypatch.undo()
    rerun = ingest([corpus], store)
    assert (rerun.stored, rerun.duplicates, rerun.interrupted) == (3, 2, False)
    assert store.stats()["articles"] == 5
    assert store.checksum() == store.checksum(recompute=True)


def test_interrupt_from_progress_stops_after_n_articles(corpus, store):
    seen: list[str] = []

    def progress(item):
        if isinstance(item, Article):
            seen.append(item.id)
            if len(seen) == 2:
                raise KeyboardInterrupt

    # progress hears of a batch's articles once it is stored
    report = ingest([corpus], store, progress=progress, batch_size=2)
    assert report.interrupted and report.stored == 2
    assert all(store.has(i) for i in seen)
    assert ingest([corpus], store).stored == 3


def test_progress_hears_each_article_after_the_report_counts_it(corpus, store):
    # The API's upload tells stored from duplicate by the report's count at each call.
    ingest([corpus / NAMES[1]], store)
    counts: list[tuple[str, int, int]] = []

    def progress(item):
        if isinstance(item, Article):
            counts.append((Path(item.path or "").name, report.stored, report.duplicates))
            if len(counts) == 2:  # mid-batch: the batch is committed, all five counted
                raise KeyboardInterrupt

    from pressespejl.ingest import read_paths
    from pressespejl.jobs import IngestReport, ingest_items

    report = IngestReport()
    ingest_items(read_paths([corpus]), store, progress=progress, report=report)
    # each call sees its own article counted: stored, or (the one stored before) a duplicate
    before = (0, 0)
    for name, stored, duplicates in counts:
        new = (before[0] + 1, before[1]) if name != NAMES[1] else (before[0], before[1] + 1)
        assert (stored, duplicates) == new, counts
        before = new
    assert len(counts) == 2
    assert report.interrupted and (report.stored, report.duplicates) == (4, 1)
    assert store.stats()["articles"] == 5


def test_article_that_breaks_the_pipeline_is_a_problem(corpus, store, monkeypatch):
    # the module, not the function pressespejl.nlp re-exports under the same name
    analyze_module = importlib.import_module("pressespejl.nlp.analyze")
    real = analyze_module.doc_to_analysis
    broken = {}

    def failing(doc, article_id, version):
        if "Dahlgaard" in doc.text:  # 001_politik_forsvar.txt
            broken["id"] = article_id
            raise RuntimeError("the pipeline tripped")
        return real(doc, article_id, version)

    monkeypatch.setattr(analyze_module, "doc_to_analysis", failing)
    report = ingest([corpus], store)
    assert report.stored == 4
    problems = {Path(p.path).name: p for p in report.problems}
    assert set(problems) == {"001_politik_forsvar.txt", "999_utf16.txt"}
    assert "RuntimeError: the pipeline tripped" in problems["001_politik_forsvar.txt"].what
    assert not store.has(broken["id"])


def test_office_book_rereads_holdings_after_new_evidence(store):
    book = OfficeBook(store)
    assert book.holdings() == ()
    day = date(2022, 1, 3)
    article = Article(id="k1", text="Udenrigsminister Jeppe Kofod.", published=day)
    analysis = Analysis(article_id="k1", pipeline="t",
                        people=(Person("Jeppe Kofod", ("udenrigsminister",)),),
                        offices=(OfficeHolding("udenrigsminister", "Jeppe Kofod", day, day),))
    store.add(article, analysis)
    book.stored(analysis)
    assert book.version == 1
    assert [h.holder for h in book.holdings()] == ["Jeppe Kofod"]
    plain = Article(id="k2", text="Intet om ministre.", published=date(2022, 1, 4))
    store.add(plain, Analysis(article_id="k2", pipeline="t"))
    book.stored(Analysis(article_id="k2", pipeline="t"))
    assert book.version == 1  # no evidence, no re-read


def test_workers_results_re_resolve_a_described_speaker_after_new_evidence(store):
    # As in one process (_analyse_chunk): a quote whose speaker is only a description
    # ("udenrigsministeren", evidence "descriptor") is unnamed, and evidence stored by
    # an earlier article of the run names it.
    from pressespejl.jobs import IngestReport, _resolve_batch
    from pressespejl.parallel import Extracted
    from pressespejl.store.prepared import prepare
    from pressespejl.types import Quote

    day = date(2022, 1, 3)
    first = Article(id="d1", text="Udenrigsminister Jeppe Kofod.", published=day)
    evidence = Analysis(article_id="d1", pipeline="t",
                        people=(Person("Jeppe Kofod", ("udenrigsminister",)),),
                        offices=(OfficeHolding("udenrigsminister", "Jeppe Kofod", day, day),))
    later = Article(id="d2", text="- Vi taler med alle, siger udenrigsministeren.",
                    published=day)
    quote = Quote(kind="direct", text="Vi taler med alle", speaker="udenrigsministeren",
                  speaker_mention="udenrigsministeren", cue="siger", start=2, end=19,
                  evidence="descriptor")
    described = Analysis(article_id="d2", pipeline="t", quotes=(quote,))
    assert quote.unnamed
    book = OfficeBook(store)
    resolved = _resolve_batch([Extracted(first, prepare(first, evidence)),
                               Extracted(later, prepare(later, described))],
                              IngestReport(), book, None)
    stored = next(resolved)
    store.add(stored.article, stored.analysis)
    book.stored(stored.analysis)
    assert next(resolved).analysis.quotes[0].speaker == "Jeppe Kofod"


# The nlp stage uses a holding only for dates it covers (nlp/offices.py, rule 2): the first
# article is dated by month, so its evidence covers the later one's day.
FIRST = ("date 2022-01 Den danske udenrigsminister, Jeppe Kofod, besøgte mandag Berlin.\n\n"
         "- Vi står side om side med Tyskland, siger Jeppe Kofod.\n")
LATER = ("date 2022-01-20 Udenrigsministeren var torsdag i Bruxelles for at tale om "
         "Ukraine.\n\n- Vi skal holde døren åben for dialog med Rusland, siger "
         "udenrigsministeren.\n")


@pytest.mark.parametrize("batch_size", [1, 32])
def test_office_evidence_resolves_a_title_later_in_the_same_run(tmp_path, store, batch_size):
    folder = tmp_path / "minister"
    folder.mkdir()
    (folder / "a_first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b_later.txt").write_text(LATER, encoding="utf-8")
    report = ingest([folder], store, batch_size=batch_size)
    assert report.stored == 2, report.problems
    holdings = store.office_holdings(office="udenrigsminister", at=date(2022, 1, 10))
    assert [(h.holder, h.scope) for h in holdings] == [("Jeppe Kofod", "Danmark")]
    later = next(n for a, n in store.iter_records() if "Bruxelles" in a.text)
    assert [q.speaker for q in later.quotes] == ["Jeppe Kofod"]


def test_issue10_every_rejection_reaches_progress_with_its_reason(corpus, store, monkeypatch):
    analyze_module = importlib.import_module("pressespejl.nlp.analyze")
    real = analyze_module.doc_to_analysis

    def failing(doc, article_id, version):
        if "Dahlgaard" in doc.text:
            raise RuntimeError("the pipeline tripped")
        return real(doc, article_id, version)

    monkeypatch.setattr(analyze_module, "doc_to_analysis", failing)
    told = []
    report = ingest([corpus], store, progress=told.append)
    shown = [item for item in told if isinstance(item, IngestProblem)]
    assert shown == report.problems and len(shown) == 2
    assert any("the pipeline tripped" in problem.what for problem in shown)


def test_issue10_ingest_of_missing_files_opens_no_archive(tmp_path):
    def never() -> None:
        raise AssertionError("the archive was opened")

    report = ingest([tmp_path / "missing.txt", tmp_path / "nor-this"], never)
    assert report.rejected == 2 and report.stored == 0


def test_issue10_a_run_of_stored_articles_never_loads_the_model(corpus, store, monkeypatch):
    assert ingest([corpus], store).stored == 5

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr("pressespejl.nlp.load_pipeline", no_model)
    again = ingest([corpus], store)
    assert (again.stored, again.duplicates) == (0, 5)


def test_issue10_an_absurdly_long_article_is_rejected_before_analysis(tmp_path, store,
                                                                     monkeypatch):
    monkeypatch.setattr(pieces, "MAX_CHARS", 500)
    (tmp_path / "bog.txt").write_text("date 2022-01-05 " + "Et langt afsnit. " * 100,
                                      encoding="utf-8")
    monkeypatch.setattr("pressespejl.nlp.load_pipeline", lambda *a, **k: 1 / 0)
    report = ingest([tmp_path / "bog.txt"], store)
    [problem] = report.problems
    assert "characters long" in problem.what and "up to 500" in problem.what


def test_analyse_yields_analyses_and_problems_without_storing(corpus):
    items = list(analyse([corpus]))
    pairs = [item for item in items if isinstance(item, tuple)]
    problems = [item for item in items if isinstance(item, IngestProblem)]
    assert len(pairs) == 5 and len(problems) == 1
    assert all(article.id == analysis.article_id for article, analysis in pairs)


def test_after_first_batch_is_called_once_when_the_first_batch_is_stored(corpus, store):
    stored: list[int] = []
    report = ingest([corpus], store, batch_size=2,
                    after_first_batch=lambda: stored.append(store.stats()["articles"]))
    assert report.stored == 5
    assert stored == [2]
