"""Read a file's bytes and decode them, turning every failure into an ``IngestProblem``.

Input is UTF-8 (with or without a byte-order mark). Anything else is rejected with a hint
that says how to convert it, rather than guessed: a wrong guess (cp1252 for latin-1,
say) silently changes "æøå" and shifts every character offset downstream.
"""

from __future__ import annotations

from pathlib import Path

from pressespejl.types import IngestProblem

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_bytes(path: Path, label: str) -> bytes | IngestProblem:
    """The file's bytes, or a problem if it cannot be opened or is empty."""
    try:
        data = path.read_bytes()
    except PermissionError:
        return IngestProblem(label, "cannot open file: permission denied",
                             hint=f"check the file's permissions (e.g. chmod u+r {label})")
    except IsADirectoryError:
        return IngestProblem(label, "is a directory, not a file")
    except OSError as exc:
        return IngestProblem(label, f"cannot open file: {exc.strerror or exc}")
    if not data.strip():
        return IngestProblem(label, "empty file", hint="remove it or fill it with an article")
    return data


def decode(data: bytes, label: str, *, charset: str | None = None) -> str | IngestProblem:
    """Decode UTF-8 (BOM allowed), or ``charset`` when the document declares one.

    Binary data (NUL bytes) and UTF-16 are recognised and named in the problem.
    """
    if data.startswith(_UTF16_BOMS):
        return IngestProblem(label, "file is UTF-16, not UTF-8", line=1,
                             hint=f"convert with iconv -f utf-16 -t utf-8 {label}")
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        return IngestProblem(label, "binary file (contains NUL bytes), not text", line=line,
                             hint="only UTF-8 text, JSON Lines, HTML and RSS/Atom can be read")
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall through to UTF-8 and its error message
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = "convert the file to UTF-8"
        try:
            data.decode("cp1252")
            hint = f"looks like Windows-1252; convert with iconv -f cp1252 -t utf-8 {label}"
        except UnicodeDecodeError:
            pass
        return IngestProblem(label, f"file is not UTF-8 (byte 0x{data[exc.start]:02x} "
                                    f"at offset {exc.start})", line=line, hint=hint)


def read_text(path: Path, label: str) -> str | IngestProblem:
    """The file's text as UTF-8, or the ``IngestProblem`` of reading or decoding it."""
    data = read_bytes(path, label)
    return data if isinstance(data, IngestProblem) else decode(data, label)
