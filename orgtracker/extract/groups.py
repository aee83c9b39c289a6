"""People named as a group: "Both will join X" (the list named just before) and "she will be joined by A and B" (her move)."""

from __future__ import annotations

import dataclasses
import re

from .names import Mention
from .view import SentenceView

GROUP = "\x00group"  # the person a group subject stands for until its claims are copied to each member
_NOUNS = (
    "executives|officers|partners|bankers|hires|appointees|directors|men|women|researchers|scientists|lawyers|brokers"
    "|advisers|advisors|traders|leaders|newcomers|managers|analysts|founders|co-founders|engineers|editors|members"
)
_COUNT = {"two": 2, "pair": 2, "duo": 2, "both": 2, "three": 3, "trio": 3, "four": 4, "five": 5, "six": 6}
_NEXT = (
    r"(?:will|would|shall|are|were|have|had|also|both|all|each|now|then|previously|formerly|most|first|join\w*|report\w*"
    r"|move\w*|left|leave\w*|come|came|arriv\w*|start\w*|becom\w*|became|serv\w*|be|been|is|was|take|took|head\w*|lead\w*)\b"
)
# a clause that opens on the group: "Both will join", "The three new partners will report", "- All four join"
_SUBJECT = re.compile(
    rf"^ (?:[-—] )?(?P<g>(?:all (?P<a>two|three|four|five|six) |both |the (?P<t>two|three|four|five|six|pair|trio|duo) )"
    rf"(?:new )?(?:(?:{_NOUNS}|of them) )?|they )(?={_NEXT})"
)
_INNER_BOTH = re.compile(rf"(?:\b(?:after|before|when|where|since|until|as|and|but)|,) (?P<g>both |they both )(?={_NEXT})")
_PLIST = re.compile(r"P\d+(?: (?:, (?:and )?|and |& )P\d+)+")
# "She will be joined by A and B", "Okoye is joined by C": the listed people make the head's move
_JOINED_BY = re.compile(
    r"(?P<head>P\d+) (?:(?!P\d|O\d)[a-z']+ ){0,4}?(?:be|been|is|was|are|were) joined (?:at O\d+ |there )?by "
    r"(?P<list>P\d+(?: (?:, (?:and )?|and |& )P\d+)*)"
)


def last_list(view: SentenceView) -> list[str]:
    """The people of the last list of two or more the sentence names ("A, B and C")."""
    found = None
    for found in _PLIST.finditer(view.ph):
        pass
    if found is None:
        return []
    people = [view.value(t) for t in re.findall(r"P\d+", found.group())]
    return list(dict.fromkeys(p for p in people if p and p != GROUP))


def members(word: str | None, prev_list: list[str], prev_people: list[str], recent_group: list[str]) -> list[str]:
    """Who "both" / "the three" / "they" are: the list just named, else that many people named or moved just before."""
    n = _COUNT.get(word or "")
    if prev_list and (n is None or len(prev_list) == n):
        return prev_list
    if n is None:
        return []
    if len(prev_people) == n:
        return list(prev_people)
    return list(recent_group[-n:]) if len(recent_group) >= n else []


def group_subject(view: SentenceView, prev_list: list[str], prev_people: list[str], recent_group: list[str]) -> list[str] | int:
    """Put a stand-in person for a clause-opening group in the view; return its members, or how many the text has
    yet to name ("All three executives will report to X" before the three are introduced); none: view unchanged."""
    m = _SUBJECT.match(view.ph)
    if m:
        word = m.group("a") or m.group("t") or ("both" if m.group("g").startswith("both") else None)
        people = members(word, prev_list, prev_people, recent_group)
        if not people and _COUNT.get(word or "", 0) > 2 and m.group("a"):
            _stand_in(view, m)
            return _COUNT[word]
    elif (m := _INNER_BOTH.search(view.ph)) is not None:
        # "X, who co-founded Acme with Y after both left Bolt": the two people the sentence named before
        named = [view.value(t) for t in re.findall(r"P\d+", view.ph[: m.start("g")])
                 if view.mentions[t].text.lower() not in ("his", "her", "their")]
        people = list(dict.fromkeys(p for p in named if p))
        people = people if len(people) == 2 else []
    else:
        return []
    if len(people) < 2:
        return []
    _stand_in(view, m)
    return people


def _stand_in(view: SentenceView, m: re.Match) -> None:
    tag = f"P{len(view.mentions) + 900}"
    start = view.at(m.start("g"))
    view.mentions[tag] = Mention(start, start + len(m.group("g")), m.group("g").strip(), "P", GROUP, weak=True)
    s, e = m.start("g"), m.end("g")
    view.ph = view.ph[:s] + tag + " " + view.ph[e:]
    view.offsets = view.offsets[:s] + [view.offsets[s]] * (len(tag) + 1) + view.offsets[e:]


class Pending:
    """Claims about "all three" told before the three are named: given to the next list of three, or the next three movers."""

    def __init__(self, n: int, claims: list, sent) -> None:
        self.n, self.claims, self.sent, self.age, self.movers = n, claims, sent, 0, []

    def resolve(self, view: SentenceView, claims: list) -> list[str] | None:
        """The members once this sentence names them (None while still waiting; [] when given up)."""
        named = last_list(view)
        if len(named) == self.n:
            return named
        self.movers = list(dict.fromkeys(self.movers + [c.person for c in claims if c.kind in ("join", "role")]))
        self.age += 1
        if len(self.movers) >= self.n:
            return self.movers[: self.n]
        return [] if self.age > 6 else None


def spread(out: list, people: list[str]) -> list:
    """Each claim made about the group stand-in, once for each member."""
    if not any(c.person == GROUP or c.manager == GROUP for c in out):
        return out
    done = []
    for c in out:
        if c.person == GROUP:
            done.extend(dataclasses.replace(c, person=p) for p in people if p != c.manager)
        elif c.manager != GROUP:
            done.append(c)
    return done


def joined_by(view: SentenceView, out: list, history: list) -> list:
    """"She will be joined by A and B": A and B make her latest join, and the leave told with it unless they left elsewhere."""
    added = []
    for m in _JOINED_BY.finditer(view.ph):
        head = view.value(m.group("head"))
        if not head:
            continue
        told = [c for c in out if c.person == head and c.kind == "join"]
        past = [c for c, _ in history if c.person == head and c.kind == "join"]
        join = (told or past or [None])[-1]
        if join is None or not join.org:
            continue
        leaves = [c for c in out if c.person == head and c.kind == "leave"] or (_told_with(past[-1], history) if past else [])
        at = view.at(m.start("list"))
        for tag in re.findall(r"P\d+", m.group("list")):
            person = view.value(tag)
            if not person or person == head:
                continue
            own_origin = any(x.person == person and x.kind == "leave" for x in out)
            for c in [join, *leaves]:
                if c.kind == "leave" and own_origin or any(
                        x.person == person and x.kind == c.kind and x.org == c.org for x in out + added):
                    continue  # "joined by A, previously at B": A left B, not where she came from
                added.append(dataclasses.replace(c, person=person, role=None, at=at, confidence=c.confidence * 0.9))
    return added


def _told_with(join, history: list) -> list:
    """The person's leaves told in the join's sentence or the one before it ("hired X from Y. X will start in May")."""
    order: list = []
    for _, s in history:
        if not order or order[-1] is not s:
            order.append(s)
    where = next((s for c, s in history if c is join), None)
    i = next((k for k, s in enumerate(order) if s is where), None)
    if i is None:
        return []
    near = order[max(0, i - 1): i + 1]
    return [c for c, s in history if c.person == join.person and c.kind == "leave" and any(s is x for x in near)]


# a clause whose subject is a list: "A and B have left X to join Y", "the bank said A and B would step down"
_LIST_SUBJECT = re.compile(
    r"(?:^ (?:[-—] )?|(?<=, )|\b(?:said|says|that|announced) )(?P<list>P\d+(?: (?:, (?:and )?|and |& )P\d+)+) "
    r"(?!(?:'s|,|and|or|of|to|as|from|at|in|for|with|who|whose|which)\b)(?=[a-z])"
)
_CLAUSE_END = re.compile(r" (?:;|: |, (?:and|but|while|whereas|and then) |and P\d+ |, P\d+ |— )")
_SHARED = ("join", "leave", "role", "reports_to")


def list_subject(view: SentenceView, out: list) -> list:
    """What the clause says of a list's last person, said of everyone in the list when the others have no such claim."""
    added: list = []
    for m in _LIST_SUBJECT.finditer(view.ph):
        tags = re.findall(r"P\d+", m.group("list"))
        people = [view.value(t) for t in tags]
        if not all(people) or len(set(people)) < len(people) or GROUP in people:
            continue
        start = view.at(m.end("list") + 1)
        stop = _CLAUSE_END.search(view.ph, m.end("list"))
        end = view.at(stop.start()) if stop else view.end
        last = tags[-1]
        own = {view.former.get(last), view.affiliation.get(last), view.titled_at.get(last)} - {None}
        # "A and B, a former Oracle executive, will join": B's own employer is not A's
        said = [c for c in out if c.person == people[-1] and c.kind in _SHARED and start <= c.at < end and c.org not in own]
        for person in people[:-1]:
            for c in said:
                if any(x.person == person and x.kind == c.kind and x.org == c.org and x.manager == c.manager
                       for x in out + added):
                    continue
                added.append(dataclasses.replace(c, person=person))
    return added


# "A and B, both managing directors at X, ...", "A, B and C, all former Y engineers, ...": one apposition for the list
_SHARED_APPOSITION = re.compile(
    r"(?P<list>P\d+(?: (?:, (?:and )?|and |& )P\d+)+) , (?:both|all(?: (?:two|three|four|five|six))?)(?: of them)? "
    r"(?P<former>(?:former|ex-|onetime|one-time|retired) )?(?:(?P<o1>O\d+) (?:'s )?(?P<w1>(?:[a-z][a-z\-]* ){1,3}?)"
    r"|(?P<w2>(?:[a-z][a-z\-]* ){1,4}?)(?:at|of|with|from|in) (?:the )?(?P<o2>O\d+) )(?=, |\. |; |\s*$)(?:, )?"
)


def _a_shared_apposition(view: SentenceView, m: re.Match, ctx) -> list:
    from .rules import RawClaim
    from .titles import plural_title

    org = view.value(m.group("o1") or m.group("o2"))
    words = (m.group("w1") or m.group("w2") or "").strip()
    if not org:
        return []
    former = bool(m.group("former")) or bool(re.search(r"\b(?:veterans|alumni|alumnae|alums)$", words))
    title = None if former else plural_title(words)
    if not former and not title:
        return []
    at = view.at(m.start("former") if m.group("former") else m.start("o1") if m.group("o1") else m.start("w2"))
    out = []
    for tag in re.findall(r"P\d+", m.group("list")):
        person = view.value(tag)
        if not person:
            continue
        if former:
            view.former.setdefault(tag, org)
            out.append(RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past"))
        else:
            view.affiliation.setdefault(tag, org)
            view.titled_at.setdefault(tag, org)
            out.append(RawClaim("role", person, org, title, confidence=0.7, at=at, dated=False))
    return out


_APPOINT = r"(?:named|appointed|elected|promoted|made|names|appoints|elects|promotes|makes)"
_LISTED = r"P\d+(?: , P\d+)* (?:, )?(?:and|&) P\d+"
_PLURAL = r"(?P<noun>(?:[a-z][a-z\-]* ){0,3}?[a-z][a-z\-]*s)(?: (?:of|at) (?:the )?(?P<o2>O\d+))?(?= (?:in|of|at|for|on|from|effective|,|\.|;|—)|\s*$)"
# "Acme elected A and B partners", "A and B were named co-chief executives of Acme": a plural title for each
_PLURAL_AFTER_LIST = re.compile(
    rf"(?:(?P<o>O\d+) (?:(?:has|have|had|also|on \w+day|recently) )*(?P<v>{_APPOINT}) (?P<list>{_LISTED}) (?:to |as )?"
    rf"|(?P<plist>{_LISTED}) (?:(?:have|has|had|were|are|will|also) )*(?:been |be )?(?P<pv>{_APPOINT}) (?:to |as )?){_PLURAL}"
)


def _b_plural_after_list(view: SentenceView, m: re.Match, ctx) -> list:
    from .rulebase import RawClaim, context_org
    from .titles import plural_title

    title = plural_title(m.group("noun"))
    if not title:
        return []
    org = view.value(m.group("o2") or m.group("o")) or context_org(view, m.start(), ctx)
    if not org:
        return []
    at = view.at(m.start("v") if m.group("v") else m.start("pv"))
    people = dict.fromkeys(v for v in (view.value(t) for t in re.findall(r"P\d+", m.group("list") or m.group("plist"))) if v)
    return [RawClaim("role", p, org, title, confidence=0.7, at=at, hired=True) for p in people]


# "hired a team of five bankers from X led by A", "a team led by A and B has left X": the leaders stand for the team
_TEAM_LED_BY = re.compile(
    r"\b(?:a|an|the|his|her|its|their) (?:[a-z][a-z\-]* ){0,3}?team(?: of (?:\d+|[a-z][a-z\-]*)(?: [a-z][a-z\-]*){0,3}?)?"
    r"(?P<from> from O\d+)? (?:, )?led by (?P<list>P\d+(?: (?:, (?:and )?|and |& )P\d+)*)(?: ,)?"
)


def _register() -> None:
    from .appositions import STAGE_A
    from .rules import STAGE_B

    STAGE_A.insert(0, (_SHARED_APPOSITION, _a_shared_apposition, r"\g<list> "))
    STAGE_A.insert(0, (_TEAM_LED_BY, lambda view, m, ctx: [], r"\g<list>\g<from>"))
    STAGE_B.append((_PLURAL_AFTER_LIST, _b_plural_after_list))


_register()


# "A joins X as CRO and B as general counsel": the second person makes the first one's move, with their own title
_GAPPED = re.compile(r"(?:, )?and (?P<q>P\d+) as (?:(?:a|an|the|its|their|our) )?(?P<t>T\d+)(?= \.| ,| ;|\s*$)")


def gapped(view: SentenceView, out: list) -> list:
    """The moves a verbless "and B as T" repeats for B: the nearest person before it with a join or a role."""
    added: list = []
    for m in _GAPPED.finditer(view.ph):
        person = view.value(m.group("q"))
        if not person or any(c.person == person for c in out):
            continue
        at = view.at(m.start())
        for tag in reversed(re.findall(r"P\d+", view.ph[: m.start()])):
            head = view.value(tag)
            moves = [c for c in out if c.person == head and c.kind in ("join", "role") and c.org and c.at < at]
            if head and head != person and moves:
                title = view.value(m.group("t"))
                added.extend(dataclasses.replace(c, person=person, role=title) for c in moves)
                break
    return added
