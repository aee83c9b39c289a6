"""A cheap test before a regex: the literal words a pattern cannot match without, read from the pattern itself."""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c, _parser as _sre
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _sre

MIN_LEN = 3  # a shorter literal ("P", " , ") is in nearly every sentence: not worth the test
MAX_FACTORS = 2
MAX_ALTERNATIVES = 8  # testing for one of fifty verbs costs more than the regex it would spare

Factor = tuple[str, ...]  # the pattern needs one of these strings


def _factors(items) -> list[Factor]:
    """The factors a parsed sequence needs: runs of literal characters, and alternations whose every branch needs one."""
    out: list[Factor] = []
    run: list[str] = []

    def flush():
        if run:
            out.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                out.extend(_factors(sub))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            out.extend(_factors(av[2]))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out.extend(_factors(av))
        elif op is _c.BRANCH:
            alts: list[str] = []
            for branch in av[1]:
                best = _best(_factors(branch))
                if best is None:
                    alts = []
                    break
                alts.extend(best)
            if alts:
                out.append(_minimal(alts))
        # anything else (classes, assertions, anchors, back-references) needs no fixed text
    flush()
    return out


def _minimal(alts: list[str]) -> Factor:
    """The alternatives without those that contain a shorter one ("depart" already finds "departed")."""
    kept: list[str] = []
    for a in sorted(set(alts), key=lambda a: (len(a), a)):
        if not any(k in a for k in kept):
            kept.append(a)
    return tuple(sorted(kept))


def _best(factors: list[Factor]) -> Factor | None:
    return max(factors, key=lambda f: (min(map(len, f)), -len(f)), default=None)


def needed(pattern: re.Pattern) -> tuple[Factor, ...]:
    """Factors every match of `pattern` contains (one string of each), fewest and longest first; () when unknown."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return ()
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001  (an unknown construct: no test, the regex decides)
        return ()
    factors = {f for f in _factors(list(parsed)) if min(map(len, f)) >= MIN_LEN}
    ranked = sorted((f for f in factors if len(f) <= MAX_ALTERNATIVES), key=lambda f: (len(f), -min(map(len, f)), f))
    return tuple(ranked[:MAX_FACTORS])


_CACHE: dict[int, tuple[re.Pattern, tuple[Factor, ...]]] = {}  # by id: hashing a pattern hashes its whole code


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text`."""
    entry = _CACHE.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _CACHE[id(pattern)] = (pattern, needed(pattern))
    return present(entry[1], text)


def present(factors: tuple[Factor, ...], text: str) -> bool:
    """Whether `text` holds one string of each factor."""
    for alts in factors:
        for a in alts:
            if a in text:
                break
        else:
            return False
    return True
