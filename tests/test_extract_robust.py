"""Any text in, no crash out, every span indexing its document; fast enough."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from orgtracker.domain.dates import FuzzyDate
from orgtracker.extract.bench import throughput
from orgtracker.extract.pipeline import analyse_text, extract_text

PUB = FuzzyDate.parse("2025-06")
WORDS = st.sampled_from(
    ["Acme", "Corp", "Jane", "Doe", "joined", "left", "as", "CEO", "chief", "financial", "officer", "of", "from",
     "hired", "named", "will", "report", "to", "the", "company", ",", ".", "'s", "(FAIR)", "in", "2013", "June",
     "\u200f", "\u202e", "\x00", "\x0b", "\r\n", "\n", "É", "Ł", "李", "—", "“", "”", "after", "twelve", "years", "at"]
)


def _check(text):
    a = analyse_text(text, "h", PUB)
    for c in a.claims:
        assert 0 <= c.confidence <= 1
        for ev in c.evidence:
            assert text[ev.start:ev.end] == ev.quote
    for _, _, ev in a.parents:
        assert text[ev.start:ev.end] == ev.quote


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=120).map(" ".join))
def test_newsy_word_salad(text):
    _check(text)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_header_lines_keep_spans(a, b):
    _check(f"source: {a[:20]}\npublished: 2024-02\n---\n{b} Acme Corp hired Jane Doe from Globex.")


@pytest.mark.slow
def test_five_megabytes_on_one_line():
    news = "Acme Corp hired Jane Doe from Globex as chief executive officer in June 2013 — "
    filler = "the market \u200f rose \x07 while Ziggy Stardust played in the רחוב and prices fell sharply, "
    chunk = news + filler * 12
    text = (chunk * (5 * 1024 * 1024 // len(chunk) + 1))[: 5 * 1024 * 1024]
    claims = extract_text(text, "big", PUB)
    assert claims
    for c in claims[:50]:
        assert text[c.span[0]:c.span[1]] == c.quote


def test_throughput_benchmark_runs():
    """The 500 KB/s budget is judged by `make bench`; here only a tiny run, so the benchmark never rots."""
    assert throughput(20) > 0
