"""Find a person or organisation by name, alias, or an unambiguous part of a name."""

from __future__ import annotations

import re

from orgtracker.domain.facts import FactSet
from orgtracker.store.convert import name_key
from orgtracker.store.editing import EditRefused


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", name_key(text))


def _matches(query: str, names: dict[int, list[str]]) -> list[int]:
    """Exact name or alias first; then names holding the query's words as whole words; then as a substring."""
    key = name_key(query)
    exact = [i for i, ns in names.items() if any(name_key(n) == key for n in ns)]
    if exact:
        return exact
    words = _words(query)
    if words:
        whole = [i for i, ns in names.items()
                 if any(_contains_run(_words(n), words) for n in ns)]
        if whole:
            return whole
    return [i for i, ns in names.items() if key and any(key in name_key(n) for n in ns)]


def _contains_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def find_person(facts: FactSet, query: str) -> int:
    names = {pid: [p.name, *p.aliases] for pid, p in facts.people.items()}
    return _one(query, _matches(query, names), {pid: p.name for pid, p in facts.people.items()}, "person")


def find_org(facts: FactSet, query: str) -> int:
    names = {oid: [o.name, *o.aliases] for oid, o in facts.orgs.items()}
    return _one(query, _matches(query, names), {oid: o.name for oid, o in facts.orgs.items()}, "organisation")


def find_any(facts: FactSet, query: str) -> tuple[str, int]:
    """("person" | "org", id) for a name that names exactly one person or organisation."""
    people = _matches(query, {pid: [p.name, *p.aliases] for pid, p in facts.people.items()})
    orgs = _matches(query, {oid: [o.name, *o.aliases] for oid, o in facts.orgs.items()})
    if people and orgs:
        raise EditRefused(f"“{query}” names both a person ({facts.people[people[0]].name}) and an organisation "
                          f"({facts.orgs[orgs[0]].name}); use a fuller name.")
    if orgs:
        return "org", _one(query, orgs, {oid: o.name for oid, o in facts.orgs.items()}, "organisation")
    return "person", _one(query, people, {pid: p.name for pid, p in facts.people.items()}, "person")


def _one(query: str, found: list[int], names: dict[int, str], what: str) -> int:
    if not found:
        raise EditRefused(f"No {what} on record matches “{query}”.")
    if len(found) > 1:
        listed = ", ".join(sorted(names[i] for i in found)[:5])
        raise EditRefused(f"“{query}” matches {len(found)} {what}s ({listed}); use a fuller name.")
    return found[0]
