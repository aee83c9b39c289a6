"""Regex character classes for upper-case letters in any script (the re module has no \\p{Lu})."""

from __future__ import annotations


def _ranges(pred) -> str:
    out, start, prev = [], None, None
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if pred(chr(cp)):
            if start is None:
                start = cp
            prev = cp
        elif start is not None:
            out.append((start, prev))
            start = None
    if start is not None:
        out.append((start, prev))

    def esc(c: int) -> str:
        return "\\u%04x" % c

    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in out)


UPPER = _ranges(lambda c: c.isupper() or c.istitle())
"""Upper-case and title-case letters (Basic Multilingual Plane), for use inside [...]."""
