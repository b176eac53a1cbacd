"""pressespejl serve: --get answers one request; binding beyond localhost needs a flag."""

from __future__ import annotations

import json

from click.testing import CliRunner

from pressespejl.cli import main
from pressespejl.cli.serve import is_local
from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records


def _archive(tmp_path):
    path = tmp_path / "archive.sqlite"
    with open_store(path) as store:
        for record in demo_records():
            store.add(*record)
    return str(path)


def test_serve_get_answers_one_request_without_a_server(tmp_path):
    db = _archive(tmp_path)
    result = CliRunner().invoke(main, ["serve", "--db", db, "--get",
                                       "/api/search?q=soldat&limit=2"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["total"] == 3 and len(body["hits"]) == 2
    missing = CliRunner().invoke(main, ["serve", "--db", db, "--get", "/api/articles/nope"])
    assert missing.exit_code == 1 and json.loads(missing.stdout)["status"] == 404


def test_serve_refuses_to_listen_beyond_localhost_without_auth_or_public(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", _archive(tmp_path), "--host",
                                       "0.0.0.0"])
    assert result.exit_code == 2
    assert "Refusing to listen on 0.0.0.0 without --auth" in result.output


def test_serve_auth_is_applied_to_get(tmp_path):
    db = _archive(tmp_path)
    result = CliRunner().invoke(main, ["serve", "--db", db, "--auth", "longenough",
                                       "--get", "/api/search?q=nato"])
    assert result.exit_code == 0
    short = CliRunner().invoke(main, ["serve", "--db", db, "--auth", "short", "--get", "/"])
    assert short.exit_code == 2


def test_is_local():
    assert all(is_local(h) for h in ("127.0.0.1", "localhost", "::1", "127.1.2.3", "[::1]"))
    assert not any(is_local(h) for h in ("0.0.0.0", "192.168.1.2", "example.org", "::"))


def test_corrections_list_and_export_as_gold(tmp_path):
    from pressespejl import corrections

    db = _archive(tmp_path)
    with open_store(db) as store:
        article, analysis = demo_records()[1]
        quote = analysis.quotes[0]
        store.add_correction(corrections.make(article, analysis, "speaker", quote.start,
                                              quote.end, {"speaker": "Anne Holm"},
                                              author="ane"))
    listed = CliRunner().invoke(main, ["corrections", "list", "--db", db])
    assert listed.exit_code == 0 and "ane" in listed.output and "speaker=Anne Holm" in listed.output
    out = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(main, ["corrections", "export", str(out), "--db", db])
    assert result.exit_code == 0
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == article.id
    assert line["quotes"] == [{"kind": "direct", "speaker": "Anne Holm",
                               "start": "Samarbejdet med Tyskland er tættere",
                               "end": "tættere end nogensinde"}]


def test_serve_listens_answers_and_stops_cleanly_on_sigterm(tmp_path):
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    db = _archive(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("pressespejl")
    process = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=nato",
                                            timeout=5) as response:
                    body = json.loads(response.read())
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert body["ok"] is True
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert f"at http://127.0.0.1:{port}/" in err and err.rstrip().endswith("Stopped.")


def _workers_of(pid: int) -> list[int]:
    """The worker processes uvicorn's supervisor ``pid`` started (multiprocessing spawn)."""
    from pathlib import Path

    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children
            if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


def _open_files(pid: int) -> set[str]:
    import contextlib
    import os

    found = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        with contextlib.suppress(OSError):  # a descriptor closed meanwhile
            found.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
    return found


def test_serve_workers_answers_from_several_processes_each_with_the_archive(tmp_path):
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    if not Path("/proc/self/task").is_dir():
        import pytest

        pytest.skip("counts worker processes through Linux's /proc")
    db = _archive(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("pressespejl")
    process = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port),
                                "--workers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while len(_workers_of(process.pid)) < 2 or not all(
                db in _open_files(w) for w in _workers_of(process.pid)):
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        workers = _workers_of(process.pid)
        answers = []
        while len(answers) < 10:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=nato",
                                            timeout=5) as response:
                    answers.append(json.loads(response.read()))
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert all(a["ok"] and a["total"] == answers[0]["total"] > 0 for a in answers)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "2 workers" in err and err.rstrip().endswith("Stopped.")
    assert len(workers) == 2
    assert not any(Path(f"/proc/{w}").exists() for w in workers)  # none left behind
