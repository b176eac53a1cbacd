"""``/api/upload``: new articles in any ingest format, each stored or rejected with its
reason.

An upload is ingested exactly as ``pressespejl ingest`` ingests files
(``jobs.ingest_items`` after the format's reader): each article in its own transaction,
so a rejected item stores nothing and the others are kept; ids are content hashes, so
sending the same file twice stores nothing the second time. The body is capped
(``ServeOptions.max_body``, 413 beyond).
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Request, UploadFile

from pressespejl.api.deps import get_store, writable
from pressespejl.api.errors import ApiError
from pressespejl.api.models import Error, UploadResult
from pressespejl.api.security import require_csrf
from pressespejl.store import Store
from pressespejl.types import Article, IngestProblem

router = APIRouter(prefix="/api", tags=["upload"],
                   responses={400: {"model": Error}, 413: {"model": Error}})

MAX_FILES = 20
_ingest_lock = threading.Lock()  # one upload analysed at a time: the pipeline is big


def _safe_name(name: str) -> str:
    """The file's own name (no directories), as the readers pick a format by suffix."""
    base = Path(name.replace("\\", "/")).name.strip() or "upload.txt"
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in base)[:100]


def ingest_files(store: Store, files: list[tuple[str, bytes]],
                 nlp: Any = None) -> dict[str, Any]:
    """Read, analyse and store uploaded files; one result per article or problem.

    Args:
        store: the archive.
        files: (file name, content); the name's suffix picks the reader, as for
            ``pressespejl ingest`` (.txt, .jsonl, .html, .xml/.rss/.atom, ...).
        nlp: a loaded pipeline (the default Danish one when None).
    """
    from pressespejl.ingest import read_path
    from pressespejl.jobs import IngestReport, ingest_items

    items: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="pressespejl-upload-") as folder:
        read: list[Article | IngestProblem] = []
        for i, (name, data) in enumerate(files):
            safe = _safe_name(name)
            path = Path(folder) / f"{i:02d}" / safe
            path.parent.mkdir()
            path.write_bytes(data)
            for item in read_path(path):
                # The archive remembers where an article came from: the uploaded name.
                read.append(replace(item, path=f"upload:{name}") if isinstance(item, Article)
                            else replace(item, path=name))
        report = IngestReport()
        seen = {"stored": 0, "duplicates": 0}
        told: list[IngestProblem] = []

        def rejected(problem: IngestProblem) -> dict[str, Any]:
            return {"file": problem.path.removeprefix("upload:"), "line": problem.line,
                    "status": "rejected", "article_id": None,
                    "reason": problem.what + (f" ({problem.hint})" if problem.hint else "")}

        def progress(item: Article | IngestProblem) -> None:
            if isinstance(item, IngestProblem):
                told.append(item)
                items.append(rejected(item))
                return
            status = "stored" if report.stored > seen["stored"] else "duplicate"
            seen.update(stored=report.stored, duplicates=report.duplicates)
            items.append({"file": (item.path or "").removeprefix("upload:"), "line": None,
                          "status": status, "article_id": item.id, "reason": None})

        with _ingest_lock:
            ingest_items(read, store, nlp=nlp, progress=progress, report=report)
        for problem in report.problems:  # an analysis that failed has no progress call
            if not any(problem is t for t in told):
                items.append(rejected(problem))
    return {"ok": True, "stored": sum(i["status"] == "stored" for i in items),
            "duplicates": sum(i["status"] == "duplicate" for i in items),
            "rejected": sum(i["status"] == "rejected" for i in items), "items": items}


def pipeline(request: Request) -> Any:
    """The Danish pipeline, loaded at the first upload and kept."""
    state = request.app.state
    with _ingest_lock:
        if getattr(state, "nlp", None) is None:
            loader: Callable[[], Any] = state.nlp_loader
            state.nlp = loader()
    return state.nlp


@router.post("/upload", response_model=UploadResult, summary="Upload articles",
             dependencies=[Depends(writable), Depends(require_csrf)])
async def upload(request: Request, files: list[UploadFile] = File(
        description="Files in any ingest format: seed text (.txt), JSON Lines (.jsonl), "
                    "HTML, RSS/Atom."), store: Store = Depends(get_store)) -> dict[str, Any]:
    """Ingest the files as `pressespejl ingest` would: every article is stored or
    rejected with its reason; nothing of a rejected item is stored; an article already
    in the archive is a `duplicate` (uploading twice is harmless)."""
    if len(files) > MAX_FILES:
        raise ApiError(400, f"At most {MAX_FILES} files per upload.")
    contents = [(f.filename or "upload.txt", await f.read()) for f in files]
    from starlette.concurrency import run_in_threadpool

    nlp = await run_in_threadpool(pipeline, request)
    return await run_in_threadpool(ingest_files, store, contents, nlp)
