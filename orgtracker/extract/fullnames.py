"""Full organisation names that short forms stand for: a section heading's name, a name written in capitals."""

from __future__ import annotations

import re

from .names import NameModel, is_acronym, raw_sequences, type_sequence

_CAPS_WORD = re.compile(r"[A-Z][A-Z'’&-]{2,}")
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(\S+?)[\s,'’]")


def heading_orgs(text: str, spans: list[tuple[int, int]], model: NameModel) -> dict[str, int]:
    """Organisation names that fill a heading line on their own over a paragraph that opens with the name's first
    word ("Corvanta Therapeutics" above "Corvanta has named ..."), with where each stands."""
    out: dict[str, int] = {}
    for s, e in spans:
        line = text[s:e].strip(" \t-–—•*#:")
        if not line or " " not in line or len(line.split()) > 4:
            continue
        nxt = _NEXT_LINE.match(text, e)
        if not nxt or nxt.group(1) != line.split()[0]:
            continue
        ls = text.index(line, s)
        seqs = raw_sequences(text, ls, ls + len(line), [])
        if len(seqs) != 1 or seqs[0] != (ls, ls + len(line)):
            continue
        m = type_sequence(model, text, ls, ls + len(line), ls)
        if m is not None and m.kind == "O" and " " in m.value:
            out.setdefault(m.value, ls)
    return out


def title_case(value: str, others: set[str]) -> str:
    """"ALTAMIRA LAND" -> "Altamira Land" when the text also calls the organisation "Altamira": a name set in
    capitals (a lede's style) is the same name as in running text; a string of acronyms stays as written."""
    words = value.split()
    if len(words) < 2 or not all(_CAPS_WORD.fullmatch(w) for w in words):
        return value
    cased = " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in words)
    first = cased.split()[0]
    if first in others and not is_acronym(first):
        return cased
    return value
