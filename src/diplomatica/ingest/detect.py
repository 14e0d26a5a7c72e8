"""Reading file bytes safely: existence, size limits, binary detection and text decoding."""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
from pathlib import Path

from charset_normalizer import from_bytes

from diplomatica.errors import IngestError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def human_size(n: int) -> str:
    """Return ``n`` bytes as a short human-readable size such as ``"20.0 MiB"``."""
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{int(size)} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover - loop always returns


def read_limited(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Return the bytes of regular file ``path``; raise IngestError if missing, unreadable,
    not a regular file, empty or larger than ``max_bytes``. Never reads more than the limit + 1."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise IngestError(path, "file not found (or a broken link)") from None
    except OSError as err:
        raise IngestError(path, f"cannot read file ({err.strerror or err})") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(path, "cannot read file (it is a directory)")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(path, "cannot read file (not a regular file)")
    if info.st_size > max_bytes:
        raise IngestError(path, _oversize(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise IngestError(path, f"cannot read file ({err.strerror or err})") from None
    if len(data) > max_bytes:
        raise IngestError(path, _oversize(len(data), max_bytes))
    if not data.strip():
        raise IngestError(path, "file is empty")
    return data


def _oversize(size: int, limit: int) -> str:
    return f"file is too large ({human_size(size)}; the limit is {human_size(limit)})"


def sha256_hex(data: bytes) -> str:
    """Return the sha256 hex digest of ``data``."""
    return hashlib.sha256(data).hexdigest()


def decode_text(path: Path, data: bytes, declared: str | None = None) -> str:
    """Return ``data`` decoded as text (BOM, then ``declared``, then UTF-8, then a detected
    charset); raise IngestError if the content is binary or cannot be decoded."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(path, _decode_or_fail(path, data[len(bom) :], encoding))
    if b"\x00" in data:
        raise IngestError(path, "binary content (NUL bytes), not text")
    for encoding in [e for e in (declared, "utf-8") if e]:
        try:
            return _checked(path, data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError(path, "binary or undecodable content (no text encoding fits)")
    return _checked(path, _decode_or_fail(path, data, best.encoding))


def _decode_or_fail(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise IngestError(path, f"content is not valid {encoding} text") from None


def _checked(path: Path, text: str) -> str:
    """Refuse decoded text that is mostly control characters (binary in disguise)."""
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise IngestError(path, "binary content (control characters), not text")
    return text
