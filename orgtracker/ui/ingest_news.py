"""What an Add articles… brought, in plain words, and the date of the newest change it brought."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from orgtracker.domain.facts import FactSet
from orgtracker.wording import count

from .plain import shorten

NAMES_SHOWN = 2  # new people or organisations named in the message; the rest are counted


def _signatures(facts: FactSet) -> set[tuple]:
    """Each live fact with its bounds: a fact that is new or whose dates moved has a signature not seen before."""
    sig = {("t", t.id, t.person_id, t.org_id, t.title, t.start, t.end) for t in facts.live_tenures()}
    sig |= {("l", r.id, r.person_id, r.manager_id, r.kind, r.start, r.end) for r in facts.live_lines()}
    return sig


@dataclass(frozen=True)
class IngestNews:
    """The facts before an ingest; `after(...)` says what the ingest added to them."""

    people: frozenset[int]
    orgs: frozenset[int]
    signatures: frozenset[tuple]

    @classmethod
    def before(cls, facts: FactSet) -> "IngestNews":
        return cls(frozenset(facts.people), frozenset(facts.orgs), frozenset(_signatures(facts)))

    def newest_change(self, facts: FactSet, dates: list[date]) -> date | None:
        """The latest change date (of `dates`, the timeline's) where a new or re-dated fact first shows: the
        first day its start or end may fall on (a move dated "in 2025" shows, dashed, from 1 January)."""
        wanted = set(dates)
        found: list[date] = []
        fresh = _signatures(facts) - self.signatures
        for sig in fresh:
            for fd in sig[-2:]:
                if fd is not None:
                    found += [d for d in (fd.earliest, fd.latest) if d in wanted][:1]
        if not found and fresh:  # an undated fact: it holds from the first change on
            return dates[0] if dates else None
        return max(found, default=None)

    def message(self, facts: FactSet, articles: int, claims: int, shown: str = "") -> str:
        """ "Added 1 article: 5 claims, 2 new people, 1 new organisation{shown}. New: A, B; C": the counts and the
        date first, the names last, where a status bar too narrow for the whole message cuts it."""
        counts, names = [count(claims, "claim")], []
        for ids, table, one, many, more in (
                (facts.people.keys() - self.people, facts.people, "new person", "new people", "people"),
                (facts.orgs.keys() - self.orgs, facts.orgs, "new organisation", None, "organisations")):
            if not ids:
                continue
            counts.append(count(len(ids), one, many))
            sorted_names = sorted((table[i].name for i in ids), key=str.casefold)
            first = ", ".join(shorten(n, 40) for n in sorted_names[:NAMES_SHOWN])
            rest = len(sorted_names) - NAMES_SHOWN
            names.append(first + (f" and {rest} more {more}" if rest > 0 else ""))
        text = f"Added {count(articles, 'article')}: " + ", ".join(counts) + shown
        return text + (". New: " + "; ".join(names) if names else "")
