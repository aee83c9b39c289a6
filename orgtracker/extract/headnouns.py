"""Which named organisation "the department", "the district", "the university" refers to, by its head noun."""

from __future__ import annotations

from .lexicon import lexicon

_NOT_REFERRING = frozenset(("firm", "business", "company"))  # said of any organisation: no head noun to go by


def _cut_at_head(name: str, head: str) -> str | None:
    """`name` when `head` is its head noun ("Riverton Police Department", "University of Oslo"); the part of the name
    that ends in `head` otherwise ("the county" of "Miller County Sheriff's Office" is Miller County, "the university"
    of "Western Plains University Board" is Western Plains University); None when `head` is not one of its words."""
    words = name.split()
    lower = [w.lower() for w in words]
    if head not in lower:
        return None
    k = len(lower) - 1 - lower[::-1].index(head)
    if k == len(lower) - 1 or lower[k + 1] in ("of", "for"):
        return name
    part = " ".join(words[:k + 1])
    return part if k >= 1 else name


def _is_head(name: str, head: str) -> bool:
    lower = name.lower().split()
    return bool(lower) and (lower[-1] == head or any(a == head and b in ("of", "for") for a, b in zip(lower, lower[1:])))


def named_by_head(phrase: str, here: list[str], recent: list[str], subject: str | None = None,
                  named: tuple[str, ...] = ()) -> str | None:
    """"the department" after "the Riverton Police Department": the latest organisation whose name has that noun.

    `recent` holds the organisations of the sentences just before: further back, "the group" is the article's subject.
    When the subject's name has the noun too, "the bank" is the subject unless the sentence itself named another bank.
    `named` lists every organisation the document names: "the district" before "the Fairhaven School District" is
    named refers forward to it when it is the only one so headed, the subject is not, and both open with the same
    word (one place's bodies: the subject "Fairhaven School Board").
    """
    head = phrase.rsplit(None, 1)[-1].lower()
    if head in _NOT_REFERRING:
        return None
    outlets = lexicon().outlets
    for i, v in enumerate(reversed(recent + here)):
        if v in outlets:
            continue
        target = _cut_at_head(v, head)
        if target is None:
            continue
        if i >= len(here) and subject and v != subject and head in subject.lower().split():
            return _cut_at_head(subject, head)
        return target
    if not subject:
        return None
    if head in subject.lower().split():
        own = _cut_at_head(subject, head)
        return own if own != subject else None  # the subject, as before ("the university" of "X University Board": X University)
    ahead = [v for v in dict.fromkeys(named) if v not in outlets and _is_head(v, head)]
    return ahead[0] if len(ahead) == 1 and _kin(ahead[0], subject) else None


def _kin(name: str, subject: str) -> bool:
    """"Fairhaven Township School District" and the subject "Fairhaven School Board": one place's bodies."""
    a, b = name.split(), subject.split()
    return a[0].lower() == b[0].lower() and a[0][:1].isupper()
