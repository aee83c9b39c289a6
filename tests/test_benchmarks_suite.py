"""A tiny run of every benchmark case, each in its own process: they must not rot. Never a speed assertion."""

from __future__ import annotations

import pytest

from benchmarks.cases import CASES
from benchmarks.run import main, run_in_process

QT_CASES = {"render_step", "export", "memory", "startup"}


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("bench-work")


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.gui) if n in QT_CASES else n for n in CASES])
def test_tiny_case_runs_and_reports_figures(name, work):
    results = run_in_process(name, tiny=True, work=work, timeout=300)
    errors = [f"{r.figure}: {r.note}" for r in results if r.unit == "error"]
    assert not errors
    assert results
    for r in results:
        assert r.figure and r.size
        if isinstance(r.value, str):
            assert r.ok is not None  # a yes/no check
        else:
            assert r.value >= 0 and r.budget is None  # tiny sizes are never judged against budgets


def test_cli_checks_find_no_qt(work):
    results = run_in_process("cli", tiny=True, work=work, timeout=300)
    checks = [r for r in results if r.figure.endswith("without Qt")]
    assert len(checks) == 2 and all(r.ok for r in checks), [r.note for r in checks]


def test_runner_prints_one_table_and_writes_markdown(tmp_path, capsys):
    md = tmp_path / "bench.md"
    assert main(["--tiny", "--only", "generate,layout", "--work", str(tmp_path / "w"), "--markdown", str(md)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["figure", "size", "median"]
    assert "layout vs Graphviz" in out
    assert md.read_text(encoding="utf-8").startswith("| figure | size | median |")


def test_runner_refuses_an_unknown_case(capsys):
    with pytest.raises(SystemExit):
        main(["--only", "nonsense"])
    assert "unknown case" in capsys.readouterr().err
