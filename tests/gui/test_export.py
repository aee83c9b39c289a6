"""Export: PNG of the requested width, not blank, different per date; SVG is XML; a baseline image; the CLI."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity
from orgtracker.graph.synthetic import synthetic_snapshot
from orgtracker.render.export import export_chart
from orgtracker.timeline.model import Edge, OrgNode, Placement, Snapshot

BASELINES = Path(__file__).resolve().parent.parent / "data" / "baselines"
REGENERATE = os.environ.get("ORGTRACKER_REGEN_BASELINES") == "1"
A, P = Activity.ACTIVE, Activity.POSSIBLE


def small_chart(at=date(2025, 11, 20)) -> Snapshot:
    orgs = {1: OrgNode(1, "Acme Robotics", None), 2: OrgNode(2, "Acme Research Lab", 1), 3: OrgNode(3, "Uni", None)}
    people = [
        (1, "Ada Boss", 1, "Chief Executive Officer", A, True),
        (2, "Bo Lead", 1, "VP Engineering", A, True),
        (3, "Cy Researcher", 2, "Head of the Research Lab", P, True),
        (4, "Di Scientist", 2, "Research Scientist with a very long title indeed", A, False),
        (5, "Ed Loner", 1, "Advisor", A, True),
        (3, "Cy Researcher", 3, "Professor", A, True),
    ]
    placements = [Placement(pid, n, o, orgs[o].name, t, act, i + 1, cert)
                  for i, (pid, n, o, t, act, cert) in enumerate(people)]
    edges = [Edge(2, 1, LineKind.SOLID, A, 1), Edge(3, 1, LineKind.SOLID, P, 2), Edge(4, 3, LineKind.SOLID, A, 3),
             Edge(4, 2, LineKind.DOTTED, A, 4)]
    return Snapshot(at, placements, edges, orgs)


def pixels(path: Path) -> np.ndarray:
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return arr.reshape(img.height(), img.bytesPerLine())[:, : img.width() * 3].reshape(img.height(), img.width(), 3).copy()


def test_png_has_the_requested_width_and_is_not_blank(qapp, tmp_path):
    out = export_chart(small_chart(), tmp_path / "chart.png", width=4000, sources=["https://example.com/a"])
    img = QImage(str(out))
    assert img.width() == 4000 and img.height() > 300
    px = pixels(out)
    ink = (px < 200).any(axis=2).mean()
    assert 0.01 < ink < 0.6


def test_two_dates_give_different_pngs(qapp, tmp_path):
    a = export_chart(small_chart(), tmp_path / "a.png", width=1600)
    later = small_chart(date(2026, 2, 1))
    later.placements = [p for p in later.placements if p.person_id != 2]
    b = export_chart(later, tmp_path / "b.png", width=1600)
    assert a.read_bytes() != b.read_bytes()


def test_svg_parses_and_holds_the_title_and_names(qapp, tmp_path):
    out = export_chart(small_chart(), tmp_path / "chart.svg", sources=["doc <one> & two"])
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    text = out.read_text(encoding="utf-8")
    assert "Org chart as of 20 November 2025" in text and "Ada Boss" in text
    assert "doc &lt;one&gt; &amp; two" in text  # the footnote is escaped text, not markup


def test_org_filter_and_bad_requests(qapp, tmp_path):
    out = export_chart(small_chart(), tmp_path / "acme.png", width=800, org="acme robotics")
    assert QImage(str(out)).width() == 800
    with pytest.raises(ValueError, match="no organisation named"):
        export_chart(small_chart(), tmp_path / "x.png", org="Nope")
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        export_chart(small_chart(), tmp_path / "x.jpg")


def test_enlarged_export_is_drawn_not_upscaled(qapp, tmp_path):
    small = pixels(export_chart(small_chart(), tmp_path / "s.png", width=1000))
    big = pixels(export_chart(small_chart(), tmp_path / "b.png", width=4000))
    # an upscaled image would have 4x4 blocks of equal pixels; drawn text has sharp single-pixel edges
    dark = (big.min(axis=2) < 128)
    edges = np.abs(np.diff(dark.astype(int), axis=1)).sum()
    assert edges > 4 * np.abs(np.diff((small.min(axis=2) < 128).astype(int), axis=1)).sum() * 0.8
    h, w = big.shape[:2]
    blocks = big[: h // 4 * 4, : w // 4 * 4].reshape(h // 4, 4, w // 4, 4, 3)
    assert (blocks.max(axis=(1, 3)) != blocks.min(axis=(1, 3))).any(axis=-1).mean() > 0.002


def test_chart_matches_the_baseline(qapp, tmp_path):
    out = export_chart(small_chart(), tmp_path / "chart.png", width=1200, sources=["Example article"])
    baseline = BASELINES / "small_chart.png"
    if REGENERATE or not baseline.exists():
        if not REGENERATE:
            pytest.fail(f"no baseline at {baseline}: run with ORGTRACKER_REGEN_BASELINES=1")
        BASELINES.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, baseline)
    got, want = pixels(out).astype(int), pixels(baseline).astype(int)
    assert got.shape == want.shape, f"size {got.shape} != baseline {want.shape}"
    diff = np.abs(got - want).max(axis=2)
    # fonts differ a little between machines: allow a few stray pixels, not a different chart
    assert (diff > 64).mean() < 0.02, f"{(diff > 64).mean():.3%} of pixels differ from the baseline"


@pytest.mark.slow
def test_2000_people_at_4000px_is_quick(qapp, tmp_path):
    import time

    snap = synthetic_snapshot(2000, 4, 3)
    t0 = time.perf_counter()
    out = export_chart(snap, tmp_path / "big.png", width=4000)
    assert time.perf_counter() - t0 < 10  # budget 2 s (benchmarks); this only catches a blow-up
    assert QImage(str(out)).width() == 4000


def test_export_command_on_the_seeds(tmp_path, capsys):
    from orgtracker import cli

    db = tmp_path / "t.sqlite"
    seeds = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    assert cli.main(["ingest", "--db", str(db), *seeds]) == 0
    out = tmp_path / "chart.png"
    assert cli.main(["export", "--db", str(db), "--at", "2025-11-20", "-o", str(out), "--width", "2000"]) == 0
    assert QImage(str(out)).width() == 2000
    assert cli.main(["export", "--db", str(db), "--at", "2025-11-20", "-o", str(tmp_path / "c.svg")]) == 0
    ET.parse(tmp_path / "c.svg")
    capsys.readouterr()
    assert cli.main(["export", "--db", str(db), "--at", "2025-11-20", "-o", str(tmp_path / "c.gif")]) == 2
    assert cli.main(["export", "--db", str(db), "--at", "2025-11-20", "-o", str(out), "--org", "Nope"]) == 2
    assert "no organisation named" in capsys.readouterr().err


def test_export_of_one_organisation_cites_only_the_documents_behind_it(tmp_path, capsys):
    from orgtracker import cli
    from orgtracker.store import Store

    db = tmp_path / "t.sqlite"
    article = tmp_path / "quay.txt"
    article.write_text("source: example\npublished: 2025-10-02\n---\nQuayside Freight names a finance chief\n\n"
                       "Quayside Freight has appointed Mirela Dobrev as chief financial officer.\n", encoding="utf-8")
    seeds = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    assert cli.main(["ingest", "--db", str(db), *seeds, str(article)]) == 0
    store = Store(db)
    titles = [d.title for d in store.documents()]
    store.close()

    def cited(*extra):
        out = tmp_path / "c.svg"
        assert cli.main(["export", "--db", str(db), "--at", "2025-11-20", "-o", str(out), *extra]) == 0
        text = " ".join(" ".join(out.read_text(encoding="utf-8").split()).split("&#39;"))
        return {t for t in titles if " ".join(t.split()) in text}

    everything, quayside = cited(), cited("--org", "Quayside Freight")
    assert quayside == {"Quayside Freight names a finance chief"}
    assert len(everything) > 1 and quayside < everything
