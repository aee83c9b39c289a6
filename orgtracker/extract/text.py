"""Documents as text: reading files, the optional header, and sentences with their spans (boilerplate left out)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from orgtracker.domain.dates import DateError, FuzzyDate

from .charclass import UPPER
from .lexicon import lexicon

MAX_SENTENCE = 1200  # longer runs without a full stop are cut into pieces of about this size


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Header:
    source: str | None
    published: FuzzyDate | None
    body_start: int  # offset of the first character after the header


def read_document(path: str | Path) -> str:
    """The file's text as ingest stores it (orgtracker.documents: decoded, HTML reduced), so spans index it."""
    from orgtracker.documents import read_document as read

    return read(path).text


_HEADER_LINE = re.compile(r"[ \t]*(source|published|title|url|author)[ \t]*:[ \t]*([^\r\n]*)\r?\n", re.I)
_HEADER_END = re.compile(r"[ \t]*---[ \t]*(?:\r?\n|$)")
_DATELINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b")


def parse_header(text: str) -> Header:
    """Read leading `source:` / `published:` lines closed by `---`; no header gives body_start 0."""
    pos, fields = 0, {}
    while True:
        m = _HEADER_LINE.match(text, pos)
        if not m:
            break
        fields[m.group(1).lower()] = m.group(2).strip()
        pos = m.end()
    end = _HEADER_END.match(text, pos) if fields else None
    if not end:
        published = None
        dl = _DATELINE.match(text)
        if dl:
            try:
                published = FuzzyDate.parse(dl.group(1))
            except DateError:
                published = None
        return Header(None, published, dl.end() if dl and published else 0)
    published = None
    if fields.get("published"):
        try:
            published = FuzzyDate.parse(fields["published"])
        except DateError:
            published = None
    return Header(fields.get("source"), published, end.end())


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st inc corp co ltd no vs etc e.g i.e u.s u.k u.n jan feb mar apr jun jul aug sep "
    "sept oct nov dec gov sen rep gen lt col capt sgt mt ft ave blvd dept univ assn bros est approx fig p.m a.m".split()
)
_CONTINUATION_END = re.compile(
    r"(?:,|;|\(|—|–|-|\b(?:of|and|or|on|in|to|the|a|an|as|like|for|with|by|at|from|such|including|than|its|his|her"
    r"|their|our|that|which|who|is|are|was|were|be))\s*$",
    re.I,
)
_EMOJI_END = re.compile("[\\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")  # "... at Acme! 🎉"
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]»]*\s*$")
_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]»]*\s+(?=[\"'“‘(\[«]?[" + UPPER + r"0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”’)\]»]*\s*$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,3}[.)]|[-•*·▪])\s+\S")
_LETTER = re.compile(r"[^\W\d_]")
# a line of a people list: "- Jane Doe, CFO", "Jane Doe — Chief Operating Officer", "Jane Doe • CFO at X" (name, separator, role)
_LIST_BULLET = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-•*·▪])[ \t]+")
_ROSTER_LINE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){1,4}[ \t]*(?:,|[ \t][—–•·-])[ \t]+\S.{2,150}")


def _lines(text: str, start: int):
    """(line_start, line_end) for each line of text[start:] (end excludes the newline)."""
    pos, n = start, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        yield pos, nl
        pos = nl + 1


def _is_boilerplate(s: str) -> bool:
    low = s.lower()
    for marker in lexicon().boilerplate:
        if marker in low:
            return True
    return False


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of text[start:], each with its document span; headings, link lists and site furniture dropped."""
    headings = lexicon().source_headings
    blocks: list[tuple[int, int]] = []
    cur: list[int] | None = None
    in_link_list = False
    for ls, le in _lines(text, start):
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            cur = None
            continue
        key = stripped.rstrip(":").strip().lower()
        if key in headings:
            in_link_list, cur = True, None
            continue
        if in_link_list:
            if len(stripped) < 200 or _LIST_ITEM.match(line):
                continue
            in_link_list = False
        if stripped.startswith("#"):
            cur = None
            continue
        if cur is not None:
            prev = text[cur[0]:cur[1]].rstrip()
            if stripped[:1].islower() or (not _TERMINAL.search(prev[-6:]) and _CONTINUATION_END.search(prev[-40:])):
                cur[1] = le
                continue
        cur = [ls, le]
        blocks.append(cur)  # type: ignore[arg-type]
    out: list[Sentence] = []
    for bs, be in blocks:
        _split_block(text, bs, be, out)
    contacts = _contact_entries(text, start)
    out = [o for o in out if not any(c.start == o.start for c in contacts)]  # the contact line, cut before its phone
    contacts = [c for c in contacts if not any(o.start < c.end and c.start < o.end for o in out)]
    return sorted(out + contacts, key=lambda x: x.start) if contacts else out


# a press release's contact block: "Media Contact:" then "Jane Doe" over "Director of Communications, Acme"
_CONTACT_HEADING = re.compile(
    r"[^:\n]{0,60}\b(?:contacts?|enquiries|inquiries)[ \t]*:[ \t]*"
    r"|[ \t]*(?:(?:media|press|investor|investors|news)[ \t]+)?(?:contacts|enquiries|inquiries)[ \t]*"  # a heading line "Contacts"
    r"|[ \t]*(?:media|press|investors|investor relations|analysts)[ \t]*:[ \t]*"
    r"|[ \t]*(?:(?:yours[ \t]+)?(?:sincerely|faithfully|truly)|(?:(?:best|kind|warm|warmest)[ \t]+)?regards|best wishes)[ \t]*,[ \t]*",
    re.I,
)  # and a letter's sign-off, under which its signers give name and title
_CONTACT_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?[" + UPPER + r"][\w'’.-]+(?:[ \t]+[" + UPPER + r"][\w'’.-]*){1,3}")
_CONTACT_TAIL = re.compile(r"[ \t]{2,}|\t|[ \t,;|]+(?:tel\.?:?[ \t]*|phone:?[ \t]*|t:[ \t]*)?[+(]?\d{2}|[ \t,;|]+\S+@", re.I)
_CONTACT_LINES = 8  # a contact block is short: phone, e-mail and one or two people


def _contact_entries(text: str, start: int) -> list[Sentence]:
    """Each person of a contact block or a letter's signature whose title is written with the name: one sentence
    "Name\nTitle, Org"."""
    from .titles import find_titles

    out: list[Sentence] = []
    lines = [(ls, le) for ls, le in _lines(text, start) if text[ls:le].strip()]
    for i, (ls, le) in enumerate(lines):
        if not _CONTACT_HEADING.fullmatch(text, ls, le):
            continue
        for j in range(i + 1, min(i + 1 + _CONTACT_LINES, len(lines))):
            ns, ne = lines[j]
            line = text[ns:ne].strip()
            if _CONTACT_HEADING.fullmatch(text, ns, ne) or len(line) > 120:
                break
            ns += len(text[ns:ne]) - len(text[ns:ne].lstrip())
            name = _CONTACT_NAME.match(text, ns, ne)
            if not name:
                continue
            if name.end() == ne or not text[name.end():ne].strip():
                if j + 1 >= len(lines):
                    continue
                ts, te = lines[j + 1]  # the title on the next line
                ts += len(text[ts:te]) - len(text[ts:te].lstrip())
                if "\n" in text[ne + 1:ts] or any(c in text[ts:te] for c in "@0123456789"):
                    continue
            elif text[name.end():name.end() + 2] == ", ":
                ts, te = name.end() + 2, ne  # "Jane Doe, Director of Communications"
                tail = _CONTACT_TAIL.search(text, ts, te)
                te = tail.start() if tail else te  # "..., Head of Investor Relations   +44 20 ...": the phone is no title
            else:
                continue
            found = find_titles(text, ts, te)
            if found and found[0].start == ts:
                out.append(Sentence(ns, te, text[ns:te]))
    return out


def _split_block(text: str, bs: int, be: int, out: list[Sentence]) -> None:
    block = text[bs:be]
    if not _TERMINAL.search(_EMOJI_END.sub("", block)[-6:]) and len(block) < 300:
        roster = _roster_line(text, bs, be) or _bulleted_clause(text, bs, be)
        if roster:
            out.append(roster)
        return  # a heading, a caption, a widget label
    pieces: list[tuple[int, int]] = []
    last = 0
    for m in _SENT_END.finditer(block):
        wb = _WORD_BEFORE.search(block, _last_token(block, max(0, m.start() - 30), m.end()), m.end())
        word = wb.group(1).lower().rstrip(".") if wb else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word):
            continue  # "A.P. Moller", "R.K. Dasgupta": initials do not end a sentence
        pieces.append((last, m.end()))
        last = m.end()
    pieces.append((last, len(block)))
    for ps, pe in pieces:
        for cs, ce in _cut_long(block, ps, pe):
            seg = block[cs:ce]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if len(seg) < 12 or not _LETTER.search(seg) or _is_boilerplate(seg):
                continue
            s = bs + cs + lead
            out.append(Sentence(s, s + len(seg), seg))


def _last_token(s: str, lo: int, hi: int) -> int:
    """Where the last whitespace-separated token of s[lo:hi] starts (lo when there is none)."""
    seg = s[lo:hi].rstrip()
    return lo + len(seg) - len(seg.rsplit(None, 1)[-1]) if seg else lo


def _roster_line(text: str, bs: int, be: int) -> Sentence | None:
    """A one-line list entry that names someone and their role: a sentence of its own, bullet dropped."""
    block = text[bs:be]
    if "\n" in block.strip():
        return None
    bullet = _LIST_BULLET.match(block)
    s = bs + (bullet.end() if bullet else len(block) - len(block.lstrip()))
    seg = text[s:be].rstrip()
    if _title_first_line(text, s, s + len(seg)):
        return Sentence(s, s + len(seg), seg)  # "- Outside Director: Jane Doe, former CFO, Acme"
    if not _ROSTER_LINE.fullmatch(seg):
        return None
    if not bullet and not re.search(r"[ \t][—–•·][ \t]", seg) and not _captioned_title(text, s, s + len(seg)):
        return None
    return Sentence(s, s + len(seg), seg)


_TITLE_COLON_NAME = re.compile(r"[^:\n]{2,160}?:[ \t]+[" + UPPER + r"][\w'’.-]+[ \t]+[" + UPPER + r"][\w'’.-]+")


def _title_first_line(text: str, s: int, e: int) -> bool:
    """A personnel list's line "Title: Full Name (...)": the new post first, then who takes it."""
    from .titles import find_titles

    if not _TITLE_COLON_NAME.match(text, s, e):
        return False
    found = find_titles(text, s, text.index(":", s))
    return bool(found) and re.fullmatch(r"(?:[" + UPPER + r"][\w-]*[ \t]+)?", text[s:found[0].start]) is not None  # "Outside Director"


_CAPTION_NAME = re.compile(r"(?!By |From |Posted |Written )(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’.-]*, ")


def _captioned_title(text: str, s: int, e: int) -> bool:
    """"Rhys Doe, Chief Revenue Officer" on a line of its own: a caption naming someone by their title."""
    name = _CAPTION_NAME.match(text, s, e)
    if not name:
        return False
    from .titles import find_titles

    found = find_titles(text, name.end(), e)
    if _NEWSROOM_TITLE_END.search(text, name.end(), e) and text.count("\n", 0, s) <= BYLINE_LINES:
        return False  # "Caleb Doe, Senior Editor" above the story: the byline, its writer works for the publication
    return bool(found) and found[0].start == name.end()


_NEWSROOM_TITLE_END = re.compile(r"\b(?:Editor|Reporter|Correspondent|Writer|Columnist|Contributor)s?[ \t]*$")
BYLINE_LINES = 14  # a byline sits among the first lines: header, headline, dek, date


def _bulleted_clause(text: str, bs: int, be: int) -> Sentence | None:
    """A bulleted line written as a clause without a full stop ("- Sports editor Jo Doe has been named head of audio")."""
    block = text[bs:be]
    bullet = _LIST_BULLET.match(block)
    if not bullet or "\n" in block.strip():
        return None
    seg = block[bullet.end():].rstrip()
    words = seg.split()
    if len(words) < 7 or sum(w[:1].islower() for w in words) * 2 < len(words):
        return None  # a headline in title case, a link, a label
    s = bs + bullet.end()
    return Sentence(s, s + len(seg), seg)


def _cut_long(block: str, ps: int, pe: int):
    while pe - ps > MAX_SENTENCE:
        cut = block.rfind(" ", ps + MAX_SENTENCE // 2, ps + MAX_SENTENCE)
        if cut <= ps:
            cut = ps + MAX_SENTENCE
        yield ps, cut
        ps = cut
    yield ps, pe
