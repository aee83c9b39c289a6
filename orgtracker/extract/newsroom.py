"""The publication an article comes from, named in its own text ("HSJ understands", "told KVTR"): never a claim's organisation."""

from __future__ import annotations

import re

# Words only a newsroom writes about itself; any one of them marks the name as the publication.
_OWN_VOICE = (
    r"{x} (?:understands|has learned|has learnt|has seen|can reveal|revealed)\b",
    r"(?m)^By {x}(?: (?:Staff|Reporters?|Newsroom|News Staff))?[ \t]*$",
    r"\bSign up for {x}['’]s\b",
)
_VOICE_CUES = (re.compile(r" (?:understands|has learned|has learnt|has seen|can reveal|revealed)\b"),
               re.compile(r"(?m)^By "), re.compile(r"\bSign up for "))
# Weaker cues, enough when the source's address carries the name too.
_CITED = (
    r"\b(?:told|contacted by) {x}(?! (?:was|is|had|has)\b)(?= (?:that|he|she|they|it|on|in|last|this)\b|[.,])",
    r"\({x}\)",
)


def _squeezed(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _in_address(value: str, source: str | None) -> bool:
    """Whether the source's host or path spells the name: "hsj.co.uk" for HSJ, "kvtr7.com" for KVTR."""
    if not source:
        return False
    name = _squeezed(value)
    if len(name) < 3:
        return False
    address = re.sub(r"^[a-z]+://", "", source.strip().lower())
    parts = [_squeezed(p) for p in re.split(r"[./]", address) if p]
    return any(p == name or (p.startswith(name) and p[len(name):].isdigit()) for p in parts[:3])


def own_outlets(text: str, source: str | None, values: list[str]) -> set[str]:
    """Of the organisations `values`, those the text marks as the publication it is printed in."""
    out = set()
    voice = [p for p, cue in zip(_OWN_VOICE, _VOICE_CUES) if cue.search(text)]  # most texts have none
    for v in values:
        if v not in text:
            continue
        x = re.escape(v)
        if any(re.search(p.format(x=x), text) for p in voice):
            out.add(v)
        elif _in_address(v, source) and any(re.search(p.format(x=x), text) for p in _CITED):
            out.add(v)
    return out


def is_own(value: str, own: set[str]) -> bool:
    """Whether `value` is one of the publications `own`, its byline form ("KVTR Staff") included."""
    return value in own or re.sub(r" (?:Staff|Reporters?|Newsroom|News Staff)$", "", value) in own
