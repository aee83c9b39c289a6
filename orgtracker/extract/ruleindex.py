"""Rules indexed by a fixed string each needs, so a sentence visits only the rules it could match, in their order."""

from __future__ import annotations

from .prefilter import Factor


def gate(titled: bool, words: Factor | None, factors: tuple[Factor, ...]) -> Factor:
    """One of the strings a rule cannot match without (its rarest-looking need), or () when it needs none."""
    if factors:
        return factors[0]
    if words:
        return tuple(words)
    return (" T",) if titled else ()  # a title's tag in the sentence's view


class RuleIndex:
    """`entries[k]` is rule k's plan; `live(text)` the entries whose gate `text` passes, in the original order."""

    def __init__(self, entries: list[tuple], gates: list[Factor]):
        self.entries = entries
        self.always = [k for k, g in enumerate(gates) if not g]
        by_string: dict[str, list[int]] = {}
        for k, g in enumerate(gates):
            for s in g:
                by_string.setdefault(s, []).append(k)
        self.by_string = sorted(by_string.items())

    def live(self, text: str) -> list[tuple]:
        ks = set(self.always)
        for s, rules in self.by_string:
            if s in text:
                ks.update(rules)
        entries = self.entries
        return [entries[k] for k in sorted(ks)]
