"""Ingest on a real Dask LocalCluster: the same archive as one process, a worker killed
in the middle of a batch, the coordinator interrupted and run again."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")

from pressespejl.jobs import ingest  # noqa: E402
from pressespejl.parallel import ClusterError, extract_batch  # noqa: E402
from pressespejl.store import open_store  # noqa: E402
from pressespejl.types import Article, SearchQuery  # noqa: E402

ARTICLES = Path(__file__).parent / "articles"
BATCH = 4  # small batches, so office evidence and near-duplicates cross batch borders

# An apposition in one batch resolves a bare title in a later one (jobs.ingest docs).
FIRST = ("date 2022-01 Den danske udenrigsminister, Jeppe Kofod, besøgte mandag Berlin.\n\n"
         "- Vi står side om side med Tyskland, siger Jeppe Kofod.\n")
LATER = ("date 2022-01-20 Udenrigsministeren var torsdag i Bruxelles for at tale om "
         "Ukraine.\n\n- Vi skal holde døren åben for dialog med Rusland, siger "
         "udenrigsministeren.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 41 test articles, the two minister articles, a wire copy of one article and
    a file that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "000a_first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "zzz_later.txt").write_text(LATER, encoding="utf-8")
    seed = (ARTICLES / "000_68a4d7f295b6d847.txt").read_text(encoding="utf-8")
    (folder / "999_copy.txt").write_text(seed.replace("onsdag", "onsdag aften", 1),
                                         encoding="utf-8")
    (folder / "999_utf16.txt").write_bytes("date 2022-01 Hej".encode("utf-16"))
    return folder


def _snapshot(store) -> dict:
    """Everything a user can read back: records, counts, entities, offices, a search."""
    return {
        "checksum": store.checksum(),
        "recomputed": store.checksum(recompute=True),
        "stats": store.stats(),
        "entities": store.entities(limit=10_000),
        "offices": store.office_holdings(),
        "rusland": [(h.article_id, found.copies[h.article_id]) for h in found.hits]
        if (found := store.search(SearchQuery(text="Rusland", limit=100), collapse=True))
        else None,
    }


@pytest.fixture(scope="module")
def single(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The archive one process makes of the corpus."""
    with open_store(tmp_path_factory.mktemp("single") / "a.sqlite") as store:
        report = ingest([corpus], store, batch_size=BATCH)
        assert report.stored == 44 and report.rejected == 1, report.problems
        return _snapshot(store)


@pytest.fixture(scope="module")
def cluster():
    """A real LocalCluster: 2 single-threaded worker processes with nannies."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=40)
    yield cluster
    cluster.close()


def test_parallel_ingest_stores_exactly_what_one_process_stores(corpus, single, cluster,
                                                                  tmp_path):
    with open_store(tmp_path / "a.sqlite") as store:
        report = ingest([corpus], store, batch_size=BATCH, cluster=cluster.scheduler_address)
        assert (report.stored, report.duplicates, report.rejected) == (44, 0, 1)
        got = _snapshot(store)
    assert got == single
    assert [h.holder for h in got["offices"] if h.office == "udenrigsminister"] == [
        "Jeppe Kofod"]


class KillOnce(distributed.WorkerPlugin):
    """Kills its worker process with SIGKILL shortly after a task starts executing; only
    the first time any worker of the cluster starts one (a marker file says so)."""

    def __init__(self, marker: str, delay: float = 0.15) -> None:
        self.marker, self.delay = marker, delay

    def transition(self, key, start, finish, **kwargs) -> None:
        if finish != "executing":
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        threading.Timer(self.delay, os.kill, (os.getpid(), signal.SIGKILL)).start()


def test_a_worker_killed_in_the_middle_of_a_batch_loses_and_duplicates_nothing(
        corpus, single, cluster, tmp_path):
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    marker = tmp_path / "killed"
    with distributed.Client(cluster) as client:
        before = set(client.run(os.getpid).values())
        client.register_plugin(KillOnce(str(marker)), name="kill-once")
        try:
            with open_store(tmp_path / "a.sqlite") as store:
                report = ingest([corpus], store, batch_size=BATCH,
                                cluster=cluster.scheduler_address)
                got = _snapshot(store)
        finally:
            client.unregister_worker_plugin("kill-once")
        client.wait_for_workers(2, timeout=60)
        after = set(client.run(os.getpid).values())
    assert marker.exists()
    assert before - after, "no worker process was killed"
    assert (report.stored, report.duplicates, report.rejected) == (44, 0, 1)
    assert got == single


def test_coordinator_interrupted_then_rerun_gives_the_same_archive(corpus, single, cluster,
                                                                  tmp_path):
    stored: list[str] = []

    def progress(item) -> None:
        if isinstance(item, Article):
            stored.append(item.id)
            if len(stored) == 6:
                raise KeyboardInterrupt

    with open_store(tmp_path / "a.sqlite") as store:
        first = ingest([corpus], store, batch_size=BATCH, progress=progress,
                       cluster=cluster.scheduler_address)
        # progress hears of a batch once it is stored: the second batch is whole
        assert first.interrupted and first.stored == 2 * BATCH
        assert store.stats()["articles"] == 2 * BATCH
        assert all(store.has(i) for i in stored)
        rerun = ingest([corpus], store, batch_size=BATCH, cluster=cluster.scheduler_address)
        assert (rerun.stored, rerun.duplicates, rerun.interrupted) == (
            44 - 2 * BATCH, 2 * BATCH, False)
        got = _snapshot(store)
    assert got["stats"] == single["stats"]
    assert got["checksum"] == single["checksum"]


def test_the_local_cluster_runs_its_workers_without_dasks_profiler():
    import dask

    from pressespejl.parallel import LOCAL_CLUSTER_CONFIG, WORKER_PROFILER, _dask_client

    assert dask.config.get(WORKER_PROFILER)  # Dask's default: a stack sample every 10 ms
    assert dask.config.get("distributed.admin.tick.interval") == "20ms"  # Dask's default
    with _dask_client(1, None) as client:
        found = client.run(lambda: {key: __import__("dask").config.get(key)
                                    for key in LOCAL_CLUSTER_CONFIG})
    assert list(found.values()) == [LOCAL_CLUSTER_CONFIG]


def test_a_local_worker_keeps_mallocs_defaults_and_freezes_its_tables_after_a_batch(
        monkeypatch):
    import gc

    from pressespejl.parallel import _dask_client

    # A nanny writes its workers' variables into its own process's environment: a cluster
    # started earlier in this test run with Dask's defaults has left "65536" there.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)

    article = Article(id="w1", text="Statsministeren besøgte mandag Aarhus.",
                      published=date(2022, 1, 3), precision="day")
    extract_batch([article])  # in this process: nothing is frozen here
    assert gc.get_freeze_count() == 0
    with _dask_client(1, None) as client:
        env = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
        assert list(env.values()) == [None]  # Dask's default would be "65536"
        assert list(client.run(gc.get_freeze_count).values()) == [0]
        done = client.submit(extract_batch, [article], pure=False).result()
        assert done[0].error is None
        [frozen] = client.run(gc.get_freeze_count).values()
        assert frozen > 0


def test_extract_batch_reports_an_article_that_breaks_the_pipeline(monkeypatch):
    import importlib

    analyze_module = importlib.import_module("pressespejl.nlp.analyze")
    real = analyze_module.doc_to_analysis

    def failing(doc, article_id, version):
        if article_id == "bad":
            raise RuntimeError("tripped")
        return real(doc, article_id, version)

    monkeypatch.setattr(analyze_module, "doc_to_analysis", failing)
    good = Article(id="good", text="Jens Hansen siger, at det går godt.",
                   published=date(2022, 1, 3))
    bad = Article(id="bad", text="Noget andet.", published=good.published)
    out = extract_batch([good, bad, good])
    assert [e.error is None for e in out] == [True, False, True]
    assert "RuntimeError: tripped" in (out[1].error or "")
    assert out[0].prepared is not None and out[0].prepared.analysis.article_id == "good"


def test_a_worker_keeps_its_first_words_then_analyses_in_memory_zones(monkeypatch):
    import secrets

    from pressespejl import parallel
    from pressespejl.nlp import load_pipeline

    nlp = load_pipeline()
    word = "Kvæl" + "".join(secrets.choice("bdfgkmnprstv") for _ in range(12))  # unseen
    article = Article(id="zone", text=f"Direktør Ulla {word} siger, at {word}fabrikken "
                                      "lukker.", published=date(2022, 1, 3))
    monkeypatch.setattr(parallel, "WARM_LEXEMES", 0)  # warm already: in a zone
    zoned = extract_batch([article], nlp=nlp)
    assert word not in nlp.vocab  # made for the batch and dropped after it
    monkeypatch.setattr(parallel, "WARM_LEXEMES", len(nlp.vocab) + 1_000)
    kept = extract_batch([article], nlp=nlp)
    assert word in nlp.vocab  # kept for the next batches
    assert zoned[0].prepared is not None
    assert kept[0].prepared == zoned[0].prepared  # the same results either way


def test_unreachable_cluster_is_a_clear_error(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("pressespejl.parallel.CONNECT_TIMEOUT", "2s")
    with open_store(tmp_path / "a.sqlite") as store, pytest.raises(ClusterError,
                                                                 match="Cannot reach"):
        ingest([corpus], store, cluster="tcp://127.0.0.1:9")


def test_two_write_batches_go_out_as_one_task_and_come_back_as_they_were_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from pressespejl import parallel

    class Done:
        def __init__(self, value: object) -> None:
            self.value = value

        def result(self) -> object:
            return self.value

    sent: list[int] = []

    class Client:
        def scheduler_info(self) -> dict:
            return {"workers": {"tcp://a": {}}}

        def submit(self, fn, articles, model, nlp, backend, pure):
            sent.append(len(articles))
            return Done(fn(articles, model, nlp, backend))

    monkeypatch.setattr(parallel, "extract_batch", lambda articles, *_: [
        parallel.Extracted(a, error=a.id) for a in articles])
    batches = [[Article(id=f"{b}-{i}", text="Tekst.", published=None) for i in range(3)]
               for b in range(5)]
    out = list(parallel._dask_map(Client(), iter(batches), None, lambda: "sqlite"))
    assert sent == [6, 6, 3]
    assert [batch for batch, _ in out] == batches
    assert [[x.error for x in extracted] for _, extracted in out] == [
        [a.id for a in batch] for batch in batches]
