"""A tiny throughput benchmark of the extractor, in KB of article text per second."""

from __future__ import annotations

import time
from pathlib import Path

from orgtracker.domain.dates import FuzzyDate

from .pipeline import extract_text


def _corpus() -> str:
    from orgtracker.paths import seeds_dir

    parts = [p.read_text(encoding="utf-8") for p in sorted(Path(seeds_dir()).glob("*.txt"))]
    return "\n\n".join(parts)


def throughput(n_kb: int = 500) -> float:
    """Extract about n_kb KB of article text (the seeds, repeated in documents of ~20 KB) and return KB/s."""
    base = _corpus()
    doc = (base * (1 + 20000 // max(1, len(base))))[:20000]
    doc = doc[: doc.rfind("\n") + 1] or doc
    n_docs = max(1, (n_kb * 1024) // len(doc))
    published = FuzzyDate.parse("2025-11")
    start = time.process_time()
    for i in range(n_docs):
        extract_text(doc, f"bench-{i}", published)
    elapsed = time.process_time() - start
    return (n_docs * len(doc) / 1024) / elapsed if elapsed > 0 else float("inf")


if __name__ == "__main__":
    print(f"{throughput():.0f} KB/s")
