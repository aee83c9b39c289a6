"""Claims from all documents → drafts of facts: tenures, reporting lines, org parents, names."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from orgtracker.domain.dates import ONE_DAY, FuzzyDate, Precision
from orgtracker.domain.facts import Claim, ClaimKind, Evidence, LineKind

# -- drafts -------------------------------------------------------------------------


@dataclass(frozen=True)
class TenureDraft:
    """Person at org with a title over [start, end); `seq` tells apart drafts with one key."""

    person: str
    org: str
    title: str | None
    start: FuzzyDate | None
    end: FuzzyDate | None
    anchor: FuzzyDate | None
    evidence: tuple[Evidence, ...]
    conflict: str | None = None
    seq: int = 0

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.person, self.org, fold(self.title))


@dataclass(frozen=True)
class LineDraft:
    person: str
    manager: str
    kind: LineKind
    start: FuzzyDate | None
    end: FuzzyDate | None
    evidence: tuple[Evidence, ...]
    conflict: str | None = None
    seq: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.person, self.manager)


@dataclass(frozen=True)
class ParentDraft:
    org: str
    parent: str
    start: FuzzyDate | None
    end: FuzzyDate | None
    evidence: tuple[Evidence, ...]
    conflict: str | None = None
    seq: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.org, self.parent)


@dataclass
class Drafts:
    tenures: list[TenureDraft] = field(default_factory=list)
    lines: list[LineDraft] = field(default_factory=list)
    parents: list[ParentDraft] = field(default_factory=list)
    people: dict[str, set[str]] = field(default_factory=dict)  # name → other spellings seen
    orgs: dict[str, set[str]] = field(default_factory=dict)  # canonical name → aliases seen


# -- names ----------------------------------------------------------------------------
_SPACES = re.compile(r"\s+")


def fold(name: str | None) -> str:
    """The form two spellings of one name share."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", text).strip().casefold()


def load_org_aliases(path: Path | None = None) -> dict[str, str]:
    """The alias map shipped in resources/org_aliases.json ({"aliases": {alias: canonical}}); {} if absent."""
    if path is None:
        try:
            from orgtracker.paths import resource_dir

            path = resource_dir() / "org_aliases.json"
        except (ModuleNotFoundError, TypeError):
            return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    table = data.get("aliases", data) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in table.items() if isinstance(v, str)}


class _Names:
    """Canonical spellings of people and organisations across all claims."""

    def __init__(self, claims: Sequence[Claim], org_aliases: Mapping[str, str]):
        self.alias_to_org = {fold(k): v.strip() for k, v in org_aliases.items()}
        org_spellings: dict[str, Counter] = defaultdict(Counter)
        self.org_seen: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            if c.org:
                canon = self._org_canon_spelling(c.org)
                org_spellings[fold(canon)][canon] += 1
                if fold(c.org) != fold(canon):
                    self.org_seen[fold(canon)].add(c.org.strip())
        self.org_name = {k: _most_common(v) for k, v in org_spellings.items()}

        spellings: dict[str, Counter] = defaultdict(Counter)
        for c in claims:
            for name in (c.person, c.manager):
                if name and name.strip():
                    spellings[fold(name)][_SPACES.sub(" ", name.strip())] += 1
        full = {k: _most_common(v) for k, v in spellings.items()}
        # a one-word name that is the surname of exactly one fuller name is that person
        by_surname: dict[str, list[str]] = defaultdict(list)
        for k in full:
            parts = k.split(" ")
            if len(parts) > 1:
                by_surname[parts[-1]].append(k)
        self.person_of: dict[str, str] = {}
        self.person_seen: dict[str, set[str]] = defaultdict(set)
        for k, name in full.items():
            target = k
            if " " not in k and len(by_surname.get(k, ())) == 1:
                target = by_surname[k][0]
            self.person_of[k] = full[target]
            for spelling in spellings[k]:
                if spelling != full[target]:
                    self.person_seen[full[target]].add(spelling)

    def _org_canon_spelling(self, name: str) -> str:
        clean = _SPACES.sub(" ", name.strip())
        return self.alias_to_org.get(fold(clean), clean)

    def org(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        spelled = self._org_canon_spelling(name)
        return self.org_name.get(fold(spelled), spelled)

    def person(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        return self.person_of.get(fold(name), name.strip())


def _most_common(counter: Counter) -> str:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


# -- fuzzy date arithmetic ---------------------------------------------------------------
_PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2, Precision.UNKNOWN: 3}


def _bounded(fd: FuzzyDate | None) -> bool:
    return fd is not None and (fd.earliest is not None or fd.latest is not None)


def overlaps(a: FuzzyDate, b: FuzzyDate) -> bool:
    """The two dates may be the same day."""
    return (a.earliest or date.min) <= (b.latest or date.max) and (b.earliest or date.min) <= (a.latest or date.max)


def intersect(a: FuzzyDate, b: FuzzyDate) -> FuzzyDate:
    """The date both may be: the finer one, narrowed by the other's bounds."""
    base, other = sorted((a, b), key=lambda d: (_PRECISION_RANK[d.precision], _width(d)))
    if base.precision is Precision.UNKNOWN:
        lo = max((d for d in (a.earliest, b.earliest) if d), default=None)
        hi = min((d for d in (a.latest, b.latest) if d), default=None)
        return FuzzyDate.unknown(lo, hi)
    return base.bounded(other.earliest, other.latest)


def _width(fd: FuzzyDate) -> int:
    if fd.earliest is None or fd.latest is None:
        return 10**9
    return (fd.latest - fd.earliest).days


def exclusive_end(last_day: FuzzyDate | None) -> FuzzyDate | None:
    """A leave's date is the last day there; the tenure ends (exclusively) the day after."""
    if last_day is None or last_day.precision is not Precision.DAY or last_day.value is None:
        return last_day
    shift = lambda d: d + ONE_DAY if d is not None else None  # noqa: E731
    return FuzzyDate(shift(last_day.value), Precision.DAY, shift(last_day.earliest), shift(last_day.latest))


def _lo(fd: FuzzyDate | None, default: date = date.min) -> date:
    return fd.earliest if fd is not None and fd.earliest is not None else default


def _hi(fd: FuzzyDate | None, default: date = date.max) -> date:
    return fd.latest if fd is not None and fd.latest is not None else default


def _label(fd: FuzzyDate | None) -> str:
    return fd.describe() if fd is not None else "no date"


def _narrowest(dates: Iterable[FuzzyDate | None]) -> FuzzyDate | None:
    known = [d for d in dates if _bounded(d)]
    if not known:
        return None
    return min(known, key=lambda d: (_width(d), _lo(d)))


def _min_latest(dates: Iterable[FuzzyDate | None]) -> date | None:
    return min((d.latest for d in dates if d is not None and d.latest is not None), default=None)


# -- events: claims of one move, merged when their dates agree ---------------------------
@dataclass
class _Event:
    date: FuzzyDate | None
    claims: list[Claim]

    @property
    def evidence(self) -> list[Evidence]:
        return [e for c in self.claims for e in c.evidence]

    @property
    def roles(self) -> list[str]:
        return [c.role for c in self.claims if c.role]


def _cluster(claims: Sequence[Claim], date_of=lambda c: c.date) -> list[_Event]:
    """Claims whose dates overlap become one event dated at the intersection; undated ones join the first."""
    dated = sorted((c for c in claims if _bounded(date_of(c))),
                   key=lambda c: (_width(date_of(c)), date_of(c).sort_key()))
    events: list[_Event] = []
    for c in dated:
        d = date_of(c)
        for ev in events:
            if overlaps(ev.date, d):
                ev.date = intersect(ev.date, d)
                ev.claims.append(c)
                break
        else:
            events.append(_Event(d, [c]))
    events.sort(key=lambda ev: ev.date.sort_key())
    undated = [c for c in claims if not _bounded(date_of(c))]
    if undated:
        if events:
            events[0].claims.extend(undated)
        else:
            events.append(_Event(None, list(undated)))
    return events


def _spans(claim: Claim) -> set[tuple[str, int, int]]:
    return {(e.source, e.start, e.end) for e in claim.evidence}


# -- memberships ---------------------------------------------------------------------------
@dataclass
class _Stint:
    """One continuous membership of a person at an organisation."""

    starts: list[_Event] = field(default_factory=list)  # more than one: the sources disagree
    ends: list[_Event] = field(default_factory=list)
    roles: list[Claim] = field(default_factory=list)

    def start_dates(self) -> list[FuzzyDate | None]:
        return [ev.date for ev in self.starts]

    def end_dates(self) -> list[FuzzyDate | None]:
        return [exclusive_end(ev.date) for ev in self.ends]

    def span(self) -> tuple[date, date]:
        lo = min((_lo(d) for d in self.start_dates()), default=date.min)
        hi = max((_hi(d) for d in self.end_dates()), default=date.max)
        return lo, hi

    def first_end(self) -> FuzzyDate | None:
        ends = self.end_dates()
        return min(ends, key=lambda d: (_hi(d), _lo(d))) if ends else None

    def likely_end(self) -> FuzzyDate | None:
        """Among disagreeing ends, the one the most claims support (then the surest, then the latest)."""
        if not self.ends:
            return None
        best = max(self.ends, key=lambda ev: (len(ev.claims), sum(c.confidence for c in ev.claims), _hi(ev.date)))
        return exclusive_end(best.date)

    def first_start(self) -> FuzzyDate | None:
        starts = [d for d in self.start_dates() if d is not None]
        return min(starts, key=lambda d: d.sort_key()) if starts else None


def _stints(joins: list[_Event], leaves: list[_Event]) -> list[_Stint]:
    timeline = [(_lo(ev.date, date.min), 0, ev) for ev in joins] + [(_lo(ev.date, date.max), 1, ev) for ev in leaves]
    timeline.sort(key=lambda t: (t[0], t[1], _hi(t[2].date)))
    stints: list[_Stint] = []
    for _, is_leave, ev in timeline:
        cur = stints[-1] if stints else None
        if not is_leave:
            if cur is None or cur.ends:
                stints.append(_Stint(starts=[ev]))
            else:
                cur.starts.append(ev)
        else:
            if cur is None:
                stints.append(_Stint(ends=[ev]))
            else:
                cur.ends.append(ev)
    return stints


def _when(claim: Claim) -> date | None:
    for d in (claim.date, claim.as_of):
        if d is not None and (d.earliest or d.latest):
            return d.earliest or d.latest
    return None


def _stint_for(stints: list[_Stint], at: date | None) -> _Stint:
    if at is None:
        return stints[-1]
    for s in stints:
        lo, hi = s.span()
        if lo <= at <= hi:
            return s
    return min(stints, key=lambda s: min(abs((s.span()[0] - at).days) if s.span()[0] != date.min else 10**7,
                                         abs((s.span()[1] - at).days) if s.span()[1] != date.max else 10**7))


@dataclass
class _Segment:
    """One title within a stint."""

    title: str | None
    claims: list[Claim] = field(default_factory=list)  # role claims naming this title
    from_join: bool = False  # the title the person joined with

    def stated_starts(self) -> list[_Event]:
        return [ev for ev in _cluster(self.claims) if ev.date is not None]

    def anchor(self) -> FuzzyDate | None:
        return _narrowest(c.as_of for c in self.claims)

    def known_before(self) -> date | None:
        """The latest day this title may have begun, from when it was reported true."""
        return _min_latest(c.as_of for c in self.claims)

    def order(self, stint: _Stint) -> tuple:
        starts = self.stated_starts()
        if starts:
            return (_lo(starts[0].date), 1)
        if self.from_join:
            return (_lo(stint.first_start()), 0)
        anchor = self.anchor()
        return (_lo(anchor, date.max) if anchor else date.max, 2)


def _title_spelling(claims: Iterable[Claim], extra: Iterable[str] = ()) -> str | None:
    """The most used spelling of a title; None when the claims name none (a role claim with a blank title)."""
    counts = Counter(r for r in [c.role.strip() for c in claims if c.role] + [r.strip() for r in extra] if r)
    return _most_common(counts) if counts else None


def _membership_drafts(person: str, org: str, stint: _Stint) -> list[TenureDraft]:
    """The title segments of one stint, chained: the end of one is the start of the next."""
    by_title: dict[str, _Segment] = {}
    join_roles = [r for ev in stint.starts for r in ev.roles]
    for c in stint.roles:
        by_title.setdefault(fold(c.role), _Segment(None)).claims.append(c)
    for key, seg in by_title.items():
        seg.title = _title_spelling(seg.claims, [r for r in join_roles if fold(r) == key])
    if join_roles:
        key = fold(Counter(join_roles).most_common(1)[0][0])
        seg = by_title.setdefault(key, _Segment(_title_spelling((), [r for r in join_roles if fold(r) == key])))
        seg.from_join = True
    left_as = [r for ev in stint.ends for r in ev.roles]  # "CFO Jane Doe has left": the title is known only from the leave
    segments = sorted(by_title.values(), key=lambda s: s.order(stint)) or [_Segment(_title_spelling((), left_as) if left_as else None)]
    joined = [ev.date for ev in stint.starts if ev.date is not None]
    later = segments[0].stated_starts()
    if joined and later and all(_lo(s.date) > _hi(j) for s in later for j in joined):
        segments.insert(0, _Segment(None, from_join=True))  # joined before the first title we know began
    elif stint.starts and not any(s.from_join for s in segments):
        segments[0].from_join = True  # "a role with no start" takes the join's start
    leave_roles = {fold(r) for ev in stint.ends for r in ev.roles}

    # the start candidates of each segment, and the boundary between segments
    starts: list[list[tuple[FuzzyDate | None, list[Evidence], str | None]]] = []
    for i, seg in enumerate(segments):
        stated = seg.stated_starts()
        if i == 0 and stint.starts:
            cands = [(ev.date, ev.evidence, None) for ev in stint.starts]
        elif stated:
            cands = [(ev.date, [], None) for ev in stated]
        elif i == 0:
            cands = [(FuzzyDate.unknown(None, seg.known_before() or _hi(stint.first_end(), None)), [], None)]
        else:
            prev = segments[i - 1]
            prev_anchor = prev.anchor()
            not_before = prev_anchor.earliest if prev_anchor is not None else _lo(starts[i - 1][0][0], None)
            not_after = seg.known_before()
            if not_before is not None and not_after is not None and not_before > not_after:
                not_before = None
            cands = [(FuzzyDate.unknown(not_before, not_after), [], None)]
        if len(cands) > 1:
            reason = "sources disagree on when this began: " + " / ".join(_label(d) for d, _, _ in cands)
            cands = [(d, ev, reason) for d, ev, _ in cands]
        starts.append(cands)

    drafts: list[TenureDraft] = []
    end_events = [(exclusive_end(ev.date), ev.evidence) for ev in stint.ends] or [(None, [])]
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if last:
            ends = end_events
        else:
            ends = [(starts[i + 1][0][0], [])]
        end_reason = None
        if last and len(ends) > 1:
            end_reason = "sources disagree on when this ended: " + " / ".join(_label(d) for d, _ in ends)
        own_evidence = [e for c in seg.claims for e in c.evidence]
        anchor = seg.anchor() if not (seg.stated_starts() or (i == 0 and stint.starts)) else None
        for start, start_evidence, start_reason in starts[i]:
            for end, end_evidence in ends:
                evidence = list(start_evidence) + own_evidence
                if last or fold(seg.title) in leave_roles:
                    evidence += end_evidence
                reasons = [r for r in (start_reason, end_reason) if r]
                drafts.append(TenureDraft(
                    person=person, org=org, title=seg.title, start=start, end=end, anchor=anchor,
                    evidence=_unique(evidence), conflict="; ".join(reasons) or None))
    return drafts


def _unique(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[tuple, Evidence] = {}
    for e in evidence:
        seen.setdefault((e.source, e.start, e.end), e)
    return tuple(sorted(seen.values(), key=lambda e: (e.source, e.start, e.end)))


# -- reconcile ------------------------------------------------------------------------------
def reconcile(
    claims: Sequence[Claim],
    org_aliases: Mapping[str, str] | None = None,
    org_parents: Sequence[tuple[str, str, Evidence]] = (),
    stated_aliases: Mapping[str, Iterable[str]] | None = None,
) -> Drafts:
    """Build drafts of facts from the claims of every document (rejected claims left out by the caller).

    `org_aliases` maps other names to the canonical one (Facebook → Meta); `org_parents` holds
    statements (organisation, the organisation it sits inside, evidence) read from the documents;
    `stated_aliases` maps an organisation to the short names documents define for it
    ("Fundamental AI Research Lab (FAIR)"): they become its aliases when it has facts.
    """
    names = _Names(claims, org_aliases or {})
    canon: list[Claim] = []
    for c in claims:
        person = names.person(c.person)
        if person is None or not c.evidence:
            continue
        canon.append(Claim(c.kind, person, names.org(c.org), c.role.strip() if c.role else None,
                           names.person(c.manager), c.date, c.as_of, c.evidence, c.confidence, c.dotted))
    canon.sort(key=lambda c: (c.source, c.span, c.kind.value, c.person, c.org or ""))

    drafts = Drafts()
    for c in canon:
        drafts.people.setdefault(c.person, set())
        if c.manager:
            drafts.people.setdefault(c.manager, set())
        if c.org:
            drafts.orgs.setdefault(c.org, set())
    for name in drafts.people:
        drafts.people[name] |= names.person_seen.get(name, set())
    for name in drafts.orgs:
        drafts.orgs[name] |= names.org_seen.get(fold(name), set())
    for org, shorts in sorted((stated_aliases or {}).items()):
        name = names.org(org)
        if name in drafts.orgs:
            drafts.orgs[name].update(s for s in shorts if fold(s) != fold(name))

    memberships = _memberships(canon)
    drafts.parents = _parents(org_parents or (), names)
    for p in drafts.parents:
        for name in (p.org, p.parent):
            drafts.orgs.setdefault(name, set()).update(names.org_seen.get(fold(name), set()))
    _end_with_parent(memberships, drafts.parents)
    for (person, org), stints in sorted(memberships.items()):
        for stint in stints:
            drafts.tenures.extend(_membership_drafts(person, org, stint))
    drafts.lines = _lines(canon, memberships)
    drafts.tenures = _managers_present(drafts.tenures, drafts.lines)
    drafts.tenures = _numbered(drafts.tenures)
    drafts.lines = _numbered(drafts.lines)
    drafts.parents = _numbered(drafts.parents)
    return drafts


def _memberships(claims: list[Claim]) -> dict[tuple[str, str], list[_Stint]]:
    by_member: dict[tuple[str, str], dict[ClaimKind, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.org and c.kind in (ClaimKind.JOIN, ClaimKind.LEAVE, ClaimKind.ROLE):
            by_member[(c.person, c.org)][c.kind].append(c)

    # leaves first: a join said in the same breath as a leave ("left A to found B") takes its date
    leaves = {key: _cluster(kinds[ClaimKind.LEAVE]) for key, kinds in by_member.items()}
    leave_at_span: dict[tuple[str, tuple[str, int, int]], list[tuple[str, _Event]]] = defaultdict(list)
    for (person, org), events in leaves.items():
        for ev in events:
            for c in ev.claims:
                for span in _spans(c):
                    leave_at_span[(person, span)].append((org, ev))

    out: dict[tuple[str, str], list[_Stint]] = {}
    for key, kinds in by_member.items():
        person, org = key
        joins = [_linked_join(c, leave_at_span) for c in kinds[ClaimKind.JOIN]]
        stints = _stints(_cluster(joins), leaves[key])
        roles = kinds[ClaimKind.ROLE]
        if not stints:
            stints = [_Stint()]
        for r in roles:
            _stint_for(stints, _when(r)).roles.append(r)
        out[key] = stints
    return out


def _linked_join(join: Claim, leave_at_span) -> Claim:
    for span in sorted(_spans(join)):
        for org, ev in leave_at_span.get((join.person, span), ()):
            if org == join.org or ev.date is None:
                continue
            moved = exclusive_end(ev.date)
            when = intersect(join.date, moved) if _bounded(join.date) and overlaps(join.date, moved) else moved
            return Claim(join.kind, join.person, join.org, join.role, join.manager, when, join.as_of,
                         join.evidence, join.confidence, join.dotted)
    return join


# -- reporting lines -----------------------------------------------------------------------
@dataclass
class _LineGroup:
    person: str
    manager: str
    kind: LineKind
    claims: list[Claim]
    start: FuzzyDate | None = None
    start_evidence: list[Evidence] = field(default_factory=list)
    stated: bool = False
    end: FuzzyDate | None = None
    conflict: list[str] = field(default_factory=list)

    def anchor(self) -> FuzzyDate | None:
        return _narrowest(c.as_of for c in self.claims)

    def order(self) -> date:
        if self.stated and self.start is not None:
            return _lo(self.start)
        anchor = self.anchor()
        return _lo(anchor, date.max) if anchor else date.max


def _lines(claims: list[Claim], memberships: dict[tuple[str, str], list[_Stint]]) -> list[LineDraft]:
    grouped: dict[tuple[str, str, LineKind], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind is ClaimKind.REPORTS_TO and c.manager and c.manager != c.person:
            grouped[(c.person, c.manager, LineKind.DOTTED if c.dotted else LineKind.SOLID)].append(c)
    orgs_of: dict[str, list[str]] = defaultdict(list)
    for person, org in memberships:
        orgs_of[person].append(org)

    groups: list[_LineGroup] = []
    for (person, manager, kind), cs in sorted(grouped.items()):
        events = [ev for ev in _cluster(cs) if ev.date is not None]
        if len(events) > 1:
            reason = "sources disagree on when this began: " + " / ".join(_label(ev.date) for ev in events)
            for ev in events:
                groups.append(_LineGroup(person, manager, kind, ev.claims, ev.date, [], True, conflict=[reason]))
        elif events:
            groups.append(_LineGroup(person, manager, kind, cs, events[0].date, [], True))
        else:
            groups.append(_LineGroup(person, manager, kind, cs))

    for g in groups:
        stint, manager_stint = _shared_stints(g, memberships, orgs_of)
        if not g.stated:
            bound_lo = max((d for d in (_lo(stint.first_start(), None) if stint else None,
                                        _lo(manager_stint.first_start(), None) if manager_stint else None) if d),
                           default=None)
            bound_hi = _min_latest(c.as_of for c in g.claims)
            if bound_lo and bound_hi and bound_lo > bound_hi:
                bound_lo = None
            g.start = FuzzyDate.unknown(bound_lo, bound_hi)
        ends = [s.likely_end() for s in (stint, manager_stint) if s is not None and s.likely_end() is not None]
        g.end = min(ends, key=lambda d: (_hi(d), _lo(d))) if ends else None

    # one solid manager at a time: chain successive managers, flag two reported at once
    solid: dict[str, list[_LineGroup]] = defaultdict(list)
    for g in groups:
        if g.kind is LineKind.SOLID:
            solid[g.person].append(g)
    for person_groups in solid.values():
        person_groups.sort(key=lambda g: (g.order(), g.manager))
        for a, b in zip(person_groups, person_groups[1:]):
            if a.manager == b.manager:
                continue
            a_anchor, b_anchor = a.anchor(), b.anchor()
            same_time = (not b.stated and a_anchor is not None and b_anchor is not None and overlaps(a_anchor, b_anchor))
            if same_time or (a.stated and b.stated and a.start == b.start):
                reason = f"two managers at once: {a.manager} and {b.manager}"
                a.conflict.append(reason)
                b.conflict.append(reason)
                continue
            if not b.stated:
                not_before = a_anchor.earliest if a_anchor is not None else _lo(a.start, None)
                not_after = _min_latest(c.as_of for c in b.claims)
                if not_before and not_after and not_before > not_after:
                    not_before = None
                b.start = FuzzyDate.unknown(not_before, not_after)
            if a.end is None or _hi(b.start) <= _hi(a.end):
                a.end = b.start

    return [
        LineDraft(g.person, g.manager, g.kind, g.start, g.end,
                  _unique(e for c in g.claims for e in c.evidence),
                  "; ".join(dict.fromkeys(g.conflict)) or None)
        for g in groups
    ]


def _shared_stints(g: _LineGroup, memberships, orgs_of) -> tuple[_Stint | None, _Stint | None]:
    """The person's and the manager's stints at the organisation they share when the line held."""
    stated_orgs = [c.org for c in g.claims if c.org]
    shared = [o for o in orgs_of.get(g.manager, []) if o in orgs_of.get(g.person, [])]
    candidates = [o for o in stated_orgs if o in shared] or shared
    if not candidates:
        return None, None
    at = _lo(g.start, None) if g.stated else _hi(g.anchor(), None)
    org = candidates[0]
    return _stint_for(memberships[(g.person, org)], at), _stint_for(memberships[(g.manager, org)], at)


# -- org parents ---------------------------------------------------------------------------
def _parents(statements: Sequence[tuple[str, str, Evidence]], names: _Names) -> list[ParentDraft]:
    """One draft per (organisation, parent) with every statement's evidence; a statement closing a cycle is dropped."""
    grouped: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for child_raw, parent_raw, evidence in statements:
        child, parent = names.org(child_raw), names.org(parent_raw)
        if child and parent and child != parent:
            grouped[(child, parent)].append(evidence)
    parent_of: dict[str, str] = {}
    out = []
    first_said = {key: min((e.source, e.start) for e in evs) for key, evs in grouped.items()}
    for (child, parent), evidence in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), first_said[kv[0]], kv[0])):
        up, seen = parent, {child}
        while up is not None and up not in seen:
            seen.add(up)
            up = parent_of.get(up)
        if up is not None:
            continue
        parent_of.setdefault(child, parent)
        out.append(ParentDraft(child, parent, None, None, _unique(evidence)))
    return sorted(out, key=lambda d: (d.org, d.parent))


def _end_with_parent(memberships: dict[tuple[str, str], list[_Stint]], parents: list[ParentDraft]) -> None:
    """A membership of a unit with no end of its own ends when the person leaves the enclosing organisation."""
    for draft in parents:
        for (person, org), stints in memberships.items():
            if org != draft.org or (person, draft.parent) not in memberships:
                continue
            for stint in stints:
                if stint.ends:
                    continue
                begun = _lo(stint.first_start())
                for outer in memberships[(person, draft.parent)]:
                    end = outer.likely_end()
                    if end is not None and _hi(end) > begun and _lo(outer.first_start()) <= _hi(end):
                        stint.ends = list(outer.ends)
                        break


def _managers_present(tenures: list[TenureDraft], lines: list[LineDraft]) -> list[TenureDraft]:
    """A manager was at the organisation no later than someone there began to report to them.

    "X was made to report to Y" in an article of 19 November says Y was at X's organisation
    by then, even when Y's own hire is only reported in a later article.
    """
    orgs_of: dict[str, set[str]] = defaultdict(set)
    for t in tenures:
        orgs_of[t.person].add(t.org)
    latest_line: dict[tuple[str, str], date] = {}
    for line in lines:
        if line.start is None or line.start.latest is None or line.kind is not LineKind.SOLID:
            continue
        for org in orgs_of[line.person] & orgs_of[line.manager]:
            key = (line.manager, org)
            latest_line[key] = min(latest_line.get(key, date.max), line.start.latest)
    first: dict[tuple[str, str], int] = {}
    open_start: set[tuple[str, str]] = set()
    for i, t in enumerate(tenures):
        key = (t.person, t.org)
        if key not in latest_line:
            continue
        if t.start is None:
            open_start.add(key)
        elif key not in first or _lo(t.start) < _lo(tenures[first[key]].start):
            first[key] = i
    out = list(tenures)
    for key, i in first.items():
        if key in open_start:
            continue
        out[i] = replace(out[i], start=out[i].start.bounded(not_after=latest_line[key]))
    return out


def _numbered(drafts: list) -> list:
    """Give drafts that share a key a sequence number by start, so each keeps its row on re-ingest."""
    by_key: dict[tuple, list] = defaultdict(list)
    for d in drafts:
        by_key[d.key].append(d)
    out = []
    for key in by_key:
        group = sorted(by_key[key], key=lambda d: (_lo(d.start), _hi(d.start), _lo(d.end), _hi(d.end)))
        out.extend(replace(d, seq=i) for i, d in enumerate(group))
    return out
