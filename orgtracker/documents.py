"""Reading one document file robustly: its text, encoding and kind, or a one-line DocumentError naming it."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

MAX_FILE_BYTES = 20_000_000  # a saved news page with its scripts inlined stays well below this
MAX_TEXT_CHARS = 1_000_000  # about 150,000 words; the extractor reads some 20-50 kB of prose a second
MAX_CONTROL_SHARE = 0.05  # more control characters than this and the "text" is a binary file
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
]
_MAGIC = [
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF file"),
]
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "windows-1252"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


class DocumentError(Exception):
    """A file that cannot be read as a document; str() is one line: '<file>: <reason>'."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{shown_path(path)}: {reason}")


@dataclass(frozen=True)
class DocumentText:
    """A document's text as decoded (HTML reduced to its text); spans of claims index `text`."""

    text: str
    encoding: str  # utf-8, utf-16, utf-32, cp1252, ... as read from the bytes
    kind: str  # "text" or "html"
    checksum: str  # sha256 of the file's bytes, so a re-saved copy is recognised


def shown_path(path: str | Path) -> str:
    """The path for a one-line message: control characters (a newline in a file name) escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(path))


def read_document(path: str | Path) -> DocumentText:
    """Read a text or HTML file into its text; raise DocumentError (one line naming the file) if it is not one.

    A folder is refused here: ingest expands folders into their documents before reading them.
    """
    path = Path(path)
    _check_file(path)
    data = _read_bytes(path)
    if not data.strip():
        raise DocumentError(path, "empty file" if not data else "empty file (only blank space)")
    text, encoding = _decode(path, data)
    kind = "html" if _is_html(path, data) else "text"
    if kind == "html":
        text = html_to_text(text)
        if not text.strip():
            raise DocumentError(path, "HTML page holds no text")
    elif not text.strip():
        raise DocumentError(path, "empty file (only blank space)")
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(path, f"text too long: {len(text):,} characters (the limit is {MAX_TEXT_CHARS:,}); "
                                  f"split it into articles")
    return DocumentText(text, encoding, kind, hashlib.sha256(data).hexdigest())


def _check_file(path: Path) -> None:
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(path, "symbolic link loop") from None
        if exc.errno == errno.ENOENT:
            broken = os.path.islink(path)
            raise DocumentError(path, "broken symbolic link" if broken else "no such file") from None
        raise DocumentError(path, f"cannot read: {_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(path, "is a folder, not a document (ingest reads the documents inside a folder)")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(path, "not a regular file (a pipe, socket or device)")
    if info.st_size > MAX_FILE_BYTES:
        raise DocumentError(path, f"too large: {info.st_size / 1e6:.1f} MB (the limit is {MAX_FILE_BYTES / 1e6:.0f} MB); "
                                  f"orgtracker reads articles, not archives")


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {_reason(exc)}") from None
    if len(data) > MAX_FILE_BYTES:  # it grew after the size check
        raise DocumentError(path, f"too large: over {MAX_FILE_BYTES / 1e6:.0f} MB")
    return data


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise DocumentError(path, f"starts as {name} text but is not valid {name}") from None
            _refuse_control_characters(path, text)
            return text, name
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DocumentError(path, f"binary file ({what}), not a text document")
    if b"\x00" in data:
        return _decode_guessed(path, data, nul=True)
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_guessed(path, data, nul=False)
    _refuse_control_characters(path, text)
    return text, encoding


def _decode_guessed(path: Path, data: bytes, nul: bool) -> tuple[str, str]:
    """Non-UTF-8 bytes: a charset declared by an HTML page, else charset-normalizer's guess (Western first)."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not nul:
        try:
            return data.decode(declared.group(1).decode("ascii")), declared.group(1).decode("ascii").lower()
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise DocumentError(path, "binary file, not a text document")
    best = matches[0]
    encoding = best.encoding
    if nul and not encoding.startswith(("utf_16", "utf_32")):
        raise DocumentError(path, "binary file, not a text document")
    if not nul and encoding not in _WESTERN:
        # Single-byte Latin codepages often tie; prefer Windows-1252 (what browsers assume) when it ties too.
        if any(m.encoding in _WESTERN and m.chaos <= best.chaos + 0.02 for m in matches):
            encoding = "cp1252"
    text = data.decode(encoding, errors="replace")
    _refuse_control_characters(path, text)
    return text, encoding.replace("_", "-")


def _refuse_control_characters(path: Path, text: str) -> None:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise DocumentError(path, "binary file, not a text document")


def _is_html(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = data[:2048]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return bool(_HTML_START.match(head))


_SKIPPED = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select",
            "button", "nav", "form"}
_BLOCK = {"p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "ul", "ol",
          "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
          "address", "hr", "title", "caption"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr"}
_PUBLISHED_META = {"article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
                   "dc.date.issued", "og:published_time", "parsely-pub-date", "sailthru.date"}


class _TextCollector(HTMLParser):
    """Text of an HTML page: paragraphs on their own lines, scripts, styles and controls dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.pre = 0
        self.published: str | None = None
        self.source: str | None = None

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link":
            a = dict(attrs)
            if (a.get("rel") or "").lower() == "canonical" and a.get("href"):
                self.source = self.source or a["href"]
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._flush()
            return
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.append(tag)
            return
        if tag in _SKIPPED:
            self.skip_stack.append(tag)
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "pre" and self.pre:
            self.pre -= 1

    def handle_data(self, data):
        if not self.skip_stack:
            self.current.append(data)

    def _meta(self, attrs: dict) -> None:
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content") or ""
        if name in _PUBLISHED_META and not self.published:
            m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", content)
            if m:
                self.published = m.group(1)
        elif name in ("og:url",) and content:
            self.source = self.source or content

    def _flush(self) -> None:
        raw = "".join(self.current)
        self.current = []
        text = raw.strip("\n") if self.pre else " ".join(raw.split())
        if text.strip():
            self.blocks.append(text)

    def text(self) -> str:
        self._flush()
        body = "\n\n".join(self.blocks)
        header = []
        if self.source:
            header.append(f"source: {' '.join(self.source.split())}")
        if self.published:
            header.append(f"published: {self.published}")
        if header and body:
            return "\n".join(header) + "\n---\n" + body + "\n"
        return body + "\n" if body else ""


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, with a source:/published: header when its metadata gives them."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except AssertionError:
        pass  # Python 3.11's parser asserts on a malformed declaration ("<![0"): keep the text read so far
    return collector.text()
