"""The package list in pyproject.toml names every package, so a built wheel misses none."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "orgtracker").rglob("__init__.py")}
    assert found - listed == set()
    assert {"orgtracker.resources", "orgtracker.seeds"} <= listed


def test_the_shipped_resources_and_seeds_are_found():
    from orgtracker.paths import resource_dir, seeds_dir

    assert (resource_dir() / "titles.json").is_file()
    assert len(list(seeds_dir().glob("*.txt"))) == 5
    assert (seeds_dir() / "manifest.json").is_file()
