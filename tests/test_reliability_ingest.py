"""`orgtracker ingest` on a folder of bad documents: one line per bad file, the good ones stored, exit 1."""

import builtins
import errno
import json
import os
import shutil
import sqlite3

import pytest

from orgtracker import cli, documents
from orgtracker.paths import seeds_dir
from orgtracker.store import open_store

GOOD = sorted(seeds_dir().glob("*.txt"))[:2]


@pytest.fixture
def mess(tmp_path):
    """A folder as a browser's downloads look: two real articles and every kind of bad file."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    for seed in GOOD:
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \x00" * 50)
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (folder / "one-line.txt").write_text("Acme hired Ann Lee as its chief executive. " * 120_000)
    (folder / "latin1.txt").write_bytes("Le directeur général a quitté la société.\n".encode("latin-1"))
    (folder / "page.html").write_text("<html><body><script>alert(1)</script><p>No people here, only markup.</p>"
                                      "</body></html>")
    (folder / "secret.txt").write_text("Ann Lee joined Acme.")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    return folder


def deny_secret(monkeypatch):
    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if str(file).endswith("secret.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(documents, "open", fake_open, raising=False)  # root reads chmod 000 files anyway


def test_bad_documents_each_get_one_line_and_the_rest_ingest(mess, tmp_path, monkeypatch, capsys):
    deny_secret(monkeypatch)
    db = tmp_path / "db.sqlite"
    status = cli.main(["ingest", "--db", str(db), str(mess), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert status == 1
    lines = err.strip().splitlines()
    expected = {
        "empty.txt": "empty file", "photo.txt": "PNG image", "binary.txt": "binary file", "huge.txt": "too large",
        "one-line.txt": "too long", "secret.txt": "permission denied", "loop.txt": "symbolic link",
        "pipe.txt": "not a regular file", "missing.txt": "no such file",
    }
    assert len(lines) == len(expected), err
    for name, reason in expected.items():
        (line,) = [x for x in lines if f"{name}:" in x]
        assert line.startswith("orgtracker ingest: ") and reason in line, line
    assert "Traceback" not in err
    with open_store(db) as store:
        paths = {os.path.basename(d.path) for d in store.documents()}
        assert {g.name for g in GOOD} <= paths
        assert {"latin1.txt", "page.html"} <= paths  # odd but readable documents still go in
        assert not paths & set(expected)
        page = next(d for d in store.documents() if d.path.endswith("page.html"))
        assert store.document_text(page.id) == "No people here, only markup.\n"
    assert "added" in out


def test_a_folder_with_nothing_readable_says_so(tmp_path, capsys):
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG")
    assert cli.main(["ingest", "--db", str(tmp_path / "db.sqlite"), str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pictures: folder holds no documents" in err


def test_ingest_continues_after_the_bad_files_on_a_second_run(mess, tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    cli.main(["ingest", "--db", str(db), str(mess)])
    capsys.readouterr()
    for bad in ("empty.txt", "binary.txt", "huge.txt", "one-line.txt", "photo.txt", "pipe.txt", "loop.txt"):
        (mess / bad).unlink()
    assert cli.main(["ingest", "--db", str(db), str(mess)]) == 0
    assert "nothing new" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_extract_command_reads_documents_as_ingest_does(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<html><head><style>p{}</style></head><body><p>Acme Corp hired Jane Doe as chief "
                    "financial officer in March 2025.</p></body></html>")
    (tmp_path / "empty.txt").write_bytes(b"")
    status = cli.main(["extract", "--json", str(page), str(tmp_path / "empty.txt"), str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.splitlines() == [f"orgtracker extract: {tmp_path / 'empty.txt'}: empty file",
                                f"orgtracker extract: {tmp_path}: is a folder, not a document (ingest reads the "
                                f"documents inside a folder)"]
    text = documents.read_document(page).text
    claims = json.loads(out)
    assert claims
    for claim in claims:
        start, end = claim["span"]
        assert text[start:end] == claim["quote"] and "<p>" not in claim["quote"]
