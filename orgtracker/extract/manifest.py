"""The seeds' manifest: each document's published date with its bounds."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from orgtracker.domain.dates import DateError, FuzzyDate

MANIFEST = "manifest.json"


class ManifestError(ValueError):
    """A manifest that cannot be read."""


def load_manifest(directory: str | Path) -> dict[str, FuzzyDate]:
    """filename -> published FuzzyDate (narrowed by not_before/not_after) from DIR/manifest.json; {} when absent."""
    path = Path(directory) / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        docs = data.get("documents", {}) if isinstance(data, dict) else {}
        out: dict[str, FuzzyDate] = {}
        for name, entry in docs.items():
            if not isinstance(entry, dict) or not entry.get("published"):
                continue
            fd = FuzzyDate.parse(str(entry["published"]))
            lo = date.fromisoformat(entry["not_before"]) if entry.get("not_before") else None
            hi = date.fromisoformat(entry["not_after"]) if entry.get("not_after") else None
            out[name] = fd.bounded(lo, hi)
        return out
    except (OSError, ValueError, DateError, TypeError, AttributeError) as exc:
        raise ManifestError(f"{path}: {exc}") from None


def published_for(path: str | Path) -> FuzzyDate | None:
    """The published date a manifest beside the file gives it, if any."""
    p = Path(path)
    try:
        return load_manifest(p.parent).get(p.name)
    except ManifestError:
        return None
