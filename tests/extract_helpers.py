"""What the extractor's phrasing tests share: a text made into an article with a published date, its claims as triples."""

from orgtracker.extract.pipeline import Analysis, analyse_text

DEFAULT_PUBLISHED = "2025-03-10"


def analysed(text: str, published: str = DEFAULT_PUBLISHED) -> Analysis:
    """The extractor's analysis of `text` under a `source:` / `published:` header."""
    return analyse_text(f"source: https://news.example.com/x\npublished: {published}\n---\n" + text, "t")


def article_triples(text: str, published: str = DEFAULT_PUBLISHED) -> set[tuple[str, str, str]]:
    """(kind, person, organisation or manager) of every claim, as `make eval` scores them."""
    return {(c.kind.value, c.person, c.org or c.manager) for c in analysed(text, published).claims}
