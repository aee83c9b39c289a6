"""The publication an article comes from, named in its own text ("HSJ understands", "told KVTR"): never a claim's organisation."""

from __future__ import annotations

import re
from functools import lru_cache

# Words only a newsroom writes about itself, after its name: "HSJ understands", "By KVTR Staff", "Sign up for X's".
_OWN_VOICE_CUE = re.compile(r" (?:understands|has learned|has learnt|has seen|can reveal|revealed)\b")
_BYLINE = re.compile(r"(?m)^By (.*?)[ \t]*$")
_BYLINE_SUFFIXES = ("Staff", "Reporter", "Reporters", "Newsroom", "News Staff")
_SIGN_UP = re.compile(r"\bSign up for ")
_POSSESSIVE_END = re.compile(r"['’]s\b")
# Weaker cues, enough when the source's address carries the name too.
_CITED = (
    r"\b(?:told|contacted by) {x}(?! (?:was|is|had|has)\b)(?= (?:that|he|she|they|it|on|in|last|this)\b|[.,])",
    r"\({x}\)",
)


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _squeezed(s: str) -> str:
    return _NOT_ALNUM.sub("", s.lower())


@lru_cache(maxsize=64)
def _address_parts(source: str) -> tuple[str, ...]:
    address = re.sub(r"^[a-z]+://", "", source.strip().lower())
    return tuple(_squeezed(p) for p in re.split(r"[./]", address) if p)[:3]


def _in_address(value: str, source: str | None) -> bool:
    """Whether the source's host or path spells the name: "hsj.co.uk" for HSJ, "kvtr7.com" for KVTR."""
    if not source:
        return False
    name = _squeezed(value)
    if len(name) < 3:
        return False
    return any(p == name or (p.startswith(name) and p[len(name):].isdigit()) for p in _address_parts(source))


def own_outlets(text: str, source: str | None, values: list[str]) -> set[str]:
    """Of the organisations `values`, those the text marks as the publication it is printed in."""
    voiced = _voiced(text)
    out = set()
    for v in values:
        if v not in text:
            continue
        if voiced(v):
            out.add(v)
        elif _in_address(v, source) and any(re.search(p.format(x=re.escape(v)), text) for p in _CITED):
            out.add(v)
    return out


def _voiced(text: str):
    """A test of a name against the newsroom's own voice, with the text scanned once (no pattern per name)."""
    cues = [m.start() for m in _OWN_VOICE_CUE.finditer(text)]
    bylines = {m.group(1) for m in _BYLINE.finditer(text)}
    sign_ups = [m.end() for m in _SIGN_UP.finditer(text)]

    def voiced(v: str) -> bool:
        return (any(text.endswith(v, 0, at) for at in cues)
                or v in bylines or any(f"{v} {s}" in bylines for s in _BYLINE_SUFFIXES)
                or any(text.startswith(v, at) and _POSSESSIVE_END.match(text, at + len(v)) for at in sign_ups))
    return voiced


def is_own(value: str, own: set[str]) -> bool:
    """Whether `value` is one of the publications `own`, its byline form ("KVTR Staff") included."""
    return value in own or re.sub(r" (?:Staff|Reporters?|Newsroom|News Staff)$", "", value) in own
