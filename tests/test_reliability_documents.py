"""Bad documents: each is refused with one line naming the file, or read into its plain text."""

import builtins
import errno
import os

import pytest

from orgtracker import documents
from orgtracker.documents import DocumentError, html_to_text, read_document

ARTICLE = "Jane Roe joined Acme Corp as chief financial officer in March 2025. She reports to John Doe.\n"


def refusal(path) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path)), message
    return info.value


def test_plain_utf8_is_kept_exactly(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Line one\r\nLine two — café\n".encode())
    doc = read_document(path)
    assert (doc.text, doc.encoding, doc.kind) == ("Line one\r\nLine two — café\n", "utf-8", "text")
    assert len(doc.checksum) == 64


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    assert refusal(tmp_path / "empty.txt").reason == "empty file"
    assert "empty" in refusal(tmp_path / "blank.txt").reason


@pytest.mark.parametrize("data, what", [
    (b"\x00\x01\x02binary\x00" * 10, "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "ZIP"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    (bytes(range(1, 32)) * 40, "binary"),
])
def test_binary_files_are_refused(tmp_path, data, what):
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    assert what in refusal(path).reason


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(20000)))
    assert "binary" in refusal(path).reason


@pytest.mark.parametrize("encoding, expected", [
    ("latin-1", "cp1252"), ("cp1252", "cp1252"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8"), ("utf-32", "utf-32"),
])
def test_non_utf8_text_is_decoded(tmp_path, encoding, expected):
    text = ("Le directeur général a quitté l'entreprise à la fin de l'année. "
            "Françoise Dupont, nommée présidente, dirigera la société.\n") * 5
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.text == text and doc.encoding == expected


def test_other_single_byte_scripts_are_guessed(tmp_path):
    text = "Генеральный директор компании покинул свой пост в конце года. Новым директором назначен Иван Петров.\n" * 4
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert read_document(path).text == text


def test_html_keeps_the_text_and_drops_markup_scripts_and_styles(tmp_path):
    page = """<!doctype html><html><head><title>Acme names a CFO</title>
    <meta property="article:published_time" content="2025-06-12T09:00:00Z">
    <style>p { color: red }</style><script>document.write("<p>injected</p>")</script></head>
    <body><nav><a href="/">Home</a> <a href="/x">Markets</a></nav>
    <p>Jane Roe joined <b>Acme&nbsp;Corp</b> as chief
       financial officer.</p><p>She reports to John&nbsp;Doe &amp; the board &lt;img src=x&gt;.</p>
    <noscript>Enable JavaScript</noscript></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "html"
    assert "Jane Roe joined Acme Corp as chief financial officer." in doc.text  # no-break space made plain
    assert "&amp;" not in doc.text and "& the board <img src=x>." in doc.text  # entities decoded, kept literal
    for gone in ("injected", "color: red", "Markets", "Enable JavaScript", "<p>", "<b>"):
        assert gone not in doc.text
    assert doc.text.startswith("published: 2025-06-12\n---\nAcme names a CFO\n\n")


def test_html_is_recognised_by_content_and_charset(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_bytes(b'<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93quoted\x94</p></body></html>')
    doc = read_document(path)
    assert doc.kind == "html" and doc.text == "Caf\xe9 \u201cquoted\u201d\n"


def test_html_with_no_text_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body><img src=a.png></body></html>")
    assert "no text" in refusal(path).reason


def test_a_50_mb_text_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    monkeypatch.setattr(builtins, "open", lambda *a, **k: pytest.fail("opened a file it should refuse"))
    assert "too large: 52.4 MB" in refusal(path).reason


def test_a_5_mb_line_is_refused_as_too_long(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(ARTICLE.strip() * (5_000_000 // len(ARTICLE)))
    assert "too long" in refusal(path).reason


def test_a_long_line_within_the_limit_is_read(tmp_path):
    path = tmp_path / "line.txt"
    text = ARTICLE.strip() * (documents.MAX_TEXT_CHARS // len(ARTICLE))
    path.write_text(text)
    assert read_document(path).text == text


def test_a_folder_a_missing_path_and_links(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    assert "folder" in refusal(tmp_path).reason
    assert refusal(tmp_path / "missing.txt").reason == "no such file"
    assert refusal(loop).reason == "symbolic link loop"
    assert refusal(dangling).reason == "broken symbolic link"


def test_a_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in refusal(fifo).reason


def test_an_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)

    def denied(file, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(file))

    monkeypatch.setattr(builtins, "open", denied)  # tests run as root, who may read a chmod 000 file
    assert refusal(path).reason == "cannot read: permission denied"


def test_a_name_with_a_newline_still_gives_one_line(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert "\n" not in str(info.value) and "two\\nlines.txt" in str(info.value)


def test_html_to_text_survives_broken_markup():
    assert html_to_text("<p>unclosed <b>bold <i>and <script>never closed") == "unclosed bold and\n"
    assert html_to_text("<div><p>a</div></p><p>b") == "a\n\nb\n"


def test_a_bom_followed_by_binary_is_refused(tmp_path):
    path = tmp_path / "fake.txt"
    path.write_bytes(b"\xff\xfe" + ("\x01\x02\x03\x04" * 200).encode("utf-16-le"))
    assert "binary" in refusal(path).reason
