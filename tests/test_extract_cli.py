"""`orgtracker extract` through a subprocess: JSON fields, manifest dates, headers, bad files, no Qt."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "003_0e68cc073dad27a8.txt"
FIELDS = {"kind", "person", "org", "role", "manager", "date", "date_precision", "source", "quote", "span", "confidence"}


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "orgtracker", "extract", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_json_on_a_seed_uses_the_manifest_date():
    r = run("--json", "seeds/003_0e68cc073dad27a8.txt")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert rows
    for row in rows:
        assert FIELDS <= set(row)
        assert row["source"] == "seeds/003_0e68cc073dad27a8.txt"
        s, e = row["span"]
        assert text[s:e] == row["quote"]
        assert 0 <= row["confidence"] <= 1
        assert row["date"] is None or row["date"][:4].isdigit()
    leave = [r for r in rows if r["kind"] == "leave" and r["person"] == "Yann LeCun"]
    assert leave[0]["date"] == "2025-12-31" and leave[0]["date_precision"] == "day"


def test_published_flag_and_header(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("source: x\npublished: 2021-03\n---\nGlobex Inc. said Jane Doe left the company.\n", encoding="utf-8")
    rows = json.loads(run("--json", str(art)).stdout)
    assert rows[0]["date"] == "2021" and rows[0]["org"] == "Globex"
    rows = json.loads(run("--json", "--published", "2019-06-30", str(art)).stdout)
    assert rows[0]["date"] == "2019"
    bad = run("--json", "--published", "June", str(art))
    assert bad.returncode != 0 and "published" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_missing_file_named_and_others_still_processed(tmp_path):
    art = tmp_path / "b.txt"
    art.write_text("Acme Corp hired Jane Doe from Globex as its chief financial officer.\n", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    r = run("--json", str(missing), str(art))
    assert r.returncode != 0
    assert str(missing) in r.stderr and len(r.stderr.strip().splitlines()) == 1
    rows = json.loads(r.stdout)
    assert {(x["kind"], x["person"], x["org"]) for x in rows} >= {("join", "Jane Doe", "Acme"), ("leave", "Jane Doe", "Globex")}


def test_table_output_and_help():
    r = run(str(SEED))
    assert r.returncode == 0 and "Yann LeCun" in r.stdout and "kind" in r.stdout
    h = run("--help")
    assert h.returncode == 0 and "--published" in h.stdout


def test_extract_does_not_import_qt():
    code = (
        "import sys\n"
        "from orgtracker.cli import main\n"
        f"rc = main(['extract', '--json', {str(SEED)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print('QT', qt, file=sys.stderr)\n"
        "sys.exit(rc or (3 if qt else 0))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr[-500:]
    code2 = "import sys, orgtracker.extract.pipeline, orgtracker.extract.evaluate; print(any(m.startswith('PySide6') for m in sys.modules))"
    r2 = subprocess.run([sys.executable, "-c", code2], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r2.stdout.strip() == "False"
