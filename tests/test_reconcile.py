"""Reconcile on hand-made claims: memberships, chained titles, merged and conflicting dates, lines."""

from datetime import date

from orgtracker.domain.dates import FuzzyDate, Precision
from orgtracker.domain.facts import Claim, ClaimKind, Evidence, LineKind
from orgtracker.domain.intervals import Activity, activity
from orgtracker.extract.reconcile import exclusive_end, intersect, load_org_aliases, overlaps, reconcile

NOV = FuzzyDate.month(2025, 11)
_pos = iter(range(0, 10**6, 100))


def ev(source="a.txt", span=None, quote="q"):
    start = next(_pos) if span is None else span
    return Evidence(source, start, start + len(quote), quote)


def claim(kind, person, org=None, role=None, manager=None, when=None, as_of=NOV, evidence=None, dotted=False):
    return Claim(ClaimKind(kind), person, org, role, manager, when, as_of,
                 (evidence or ev(),), 0.9, dotted)


def tenures_of(drafts, person, org=None):
    return [t for t in drafts.tenures if t.person == person and (org is None or t.org == org)]


def test_fuzzy_helpers():
    y = FuzzyDate.year(2025)
    d = FuzzyDate.day(date(2025, 12, 31))
    assert overlaps(y, d) and not overlaps(FuzzyDate.year(2024), d)
    assert intersect(y, d) == d
    assert intersect(y, FuzzyDate.unknown(None, date(2025, 6, 30))).latest == date(2025, 6, 30)
    assert exclusive_end(d) == FuzzyDate.day(date(2026, 1, 1))
    assert exclusive_end(y) == y


def test_join_role_leave_make_one_membership_with_chained_titles():
    claims = [
        claim("join", "Ann Lee", "Acme", role="Director of Research", when=FuzzyDate.year(2013)),
        claim("role", "Ann Lee", "Acme", role="Chief Scientist", as_of=NOV),
        claim("leave", "Ann Lee", "Acme", when=FuzzyDate.day(date(2025, 12, 31))),
    ]
    d = reconcile(claims, {})
    ts = sorted(tenures_of(d, "Ann Lee", "Acme"), key=lambda t: t.start.sort_key())
    assert [t.title for t in ts] == ["Director of Research", "Chief Scientist"]
    first, second = ts
    assert first.start == FuzzyDate.year(2013)
    assert first.end is second.start or first.end == second.start  # chained
    assert second.start.precision is Precision.UNKNOWN
    assert second.start.latest == NOV.latest and second.start.earliest == date(2013, 1, 1)
    assert second.anchor == NOV
    assert second.end == FuzzyDate.day(date(2026, 1, 1))  # the last day was 31 December
    assert activity(first.start, first.end, date(2014, 6, 1)) is Activity.POSSIBLE
    assert activity(second.start, second.end, date(2026, 1, 1)) is Activity.INACTIVE
    assert activity(second.start, second.end, date(2025, 12, 31)) is Activity.ACTIVE
    assert all(t.conflict is None for t in ts)


def test_role_without_start_is_anchored_and_bounded_by_its_report():
    d = reconcile([claim("role", "Bo Chan", "Acme", role="CEO", as_of=FuzzyDate.day(date(2025, 11, 20)))], {})
    (t,) = d.tenures
    assert t.anchor == FuzzyDate.day(date(2025, 11, 20))
    assert t.start == FuzzyDate.unknown(None, date(2025, 11, 20))
    assert t.end is None
    assert activity(t.start, t.end, date(2025, 11, 20)) is Activity.ACTIVE


def test_a_join_gives_the_role_its_start():
    claims = [claim("join", "Bo Chan", "Acme", when=FuzzyDate.year(2020)),
              claim("role", "Bo Chan", "Acme", role="CTO")]
    (t,) = reconcile(claims, {}).tenures
    assert (t.title, t.start, t.anchor) == ("CTO", FuzzyDate.year(2020), None)
    assert len(t.evidence) == 2


def test_compatible_dates_merge_to_their_intersection_keeping_all_evidence():
    claims = [claim("join", "Cy Dee", "Acme", when=FuzzyDate.year(2013)),
              claim("join", "Cy Dee", "Acme", when=FuzzyDate.month(2013, 12), evidence=ev("b.txt"))]
    (t,) = reconcile(claims, {}).tenures
    assert t.start == FuzzyDate.month(2013, 12)
    assert {e.source for e in t.evidence} == {"a.txt", "b.txt"}
    assert t.conflict is None


def test_incompatible_dates_are_kept_side_by_side_and_flagged():
    claims = [claim("join", "Cy Dee", "Acme", when=FuzzyDate.year(2013)),
              claim("join", "Cy Dee", "Acme", when=FuzzyDate.year(2015), evidence=ev("b.txt"))]
    ts = reconcile(claims, {}).tenures
    assert sorted(t.start.iso for t in ts) == ["2013", "2015"]
    assert all(t.conflict and "disagree" in t.conflict for t in ts)
    assert sorted(t.seq for t in ts) == [0, 1]
    assert {ts[0].evidence[0].source, ts[1].evidence[0].source} == {"a.txt", "b.txt"}


def test_leave_then_join_again_is_two_stints():
    claims = [claim("join", "Di Eve", "Acme", when=FuzzyDate.year(2010)),
              claim("leave", "Di Eve", "Acme", when=FuzzyDate.year(2012)),
              claim("join", "Di Eve", "Acme", when=FuzzyDate.year(2018))]
    ts = sorted(reconcile(claims, {}).tenures, key=lambda t: t.start.sort_key())
    assert [(t.start.iso, t.end.iso if t.end else None) for t in ts] == [("2010", "2012"), ("2018", None)]
    assert all(t.conflict is None for t in ts)


def test_join_sharing_a_sentence_with_a_leave_takes_the_merged_leave_date():
    sentence = ev("a.txt", span=5000, quote="She is leaving Acme to found Newco.")
    claims = [
        claim("leave", "Ann Lee", "Acme", evidence=sentence),
        claim("join", "Ann Lee", "Newco", role="Founder", evidence=sentence),
        claim("leave", "Ann Lee", "Acme", when=FuzzyDate.day(date(2025, 12, 31)), evidence=ev("b.txt")),
    ]
    d = reconcile(claims, {})
    (acme,) = tenures_of(d, "Ann Lee", "Acme")
    (newco,) = tenures_of(d, "Ann Lee", "Newco")
    assert acme.end == FuzzyDate.day(date(2026, 1, 1))
    assert newco.start == acme.end
    assert newco.title == "Founder"
    assert activity(newco.start, newco.end, date(2026, 2, 1)) is Activity.ACTIVE
    assert activity(acme.start, acme.end, date(2026, 2, 1)) is Activity.INACTIVE


def test_hired_from_moves_between_orgs_on_one_date():
    pub = FuzzyDate.day(date(2025, 11, 20))
    when = FuzzyDate.year(2025).bounded(not_after=date(2025, 11, 20))
    s = ev("a.txt", span=7000, quote="Acme hired Ed Fox from Rival.")
    claims = [claim("leave", "Ed Fox", "Rival", when=when, as_of=pub, evidence=s),
              claim("join", "Ed Fox", "Acme", as_of=pub, evidence=s)]
    d = reconcile(claims, {})
    (rival,) = tenures_of(d, "Ed Fox", "Rival")
    (acme,) = tenures_of(d, "Ed Fox", "Acme")
    assert acme.start == when and rival.end == when
    at = date(2025, 11, 20)
    assert activity(acme.start, acme.end, at) is Activity.ACTIVE
    assert activity(rival.start, rival.end, at) is Activity.INACTIVE


def test_org_aliases_and_surnames_unify_names():
    claims = [claim("join", "Ann Lee", "Facebook", when=FuzzyDate.year(2013)),
              claim("role", "Lee", "Meta", role="Chief Scientist", evidence=ev("b.txt"))]
    d = reconcile(claims, {"Facebook": "Meta"})
    assert {t.org for t in d.tenures} == {"Meta"}
    assert {t.person for t in d.tenures} == {"Ann Lee"}
    assert d.orgs["Meta"] == {"Facebook"}
    assert d.people["Ann Lee"] == {"Lee"}
    assert len(d.tenures) == 1  # the join gives the role its start: one membership, one title


def test_reporting_line_ends_with_the_membership_at_the_managers_org():
    claims = [
        claim("role", "Ann Lee", "Acme", role="Chief Scientist"),
        claim("leave", "Ann Lee", "Acme", when=FuzzyDate.day(date(2025, 12, 31))),
        claim("join", "Bo Chan", "Acme", role="Chief AI Officer", when=FuzzyDate.year(2025)),
        claim("reports_to", "Ann Lee", manager="Bo Chan"),
    ]
    d = reconcile(claims, {})
    (line,) = d.lines
    assert (line.person, line.manager, line.kind) == ("Ann Lee", "Bo Chan", LineKind.SOLID)
    assert line.end == FuzzyDate.day(date(2026, 1, 1))
    assert line.start.earliest == date(2025, 1, 1)  # not before the manager arrived
    assert line.start.latest == NOV.latest
    assert activity(line.start, line.end, date(2025, 12, 1)) is Activity.ACTIVE


def test_two_managers_reported_at_once_are_both_kept_and_flagged():
    claims = [claim("reports_to", "Ann Lee", manager="Bo Chan"),
              claim("reports_to", "Ann Lee", manager="Cy Dee", evidence=ev("b.txt"))]
    lines = reconcile(claims, {}).lines
    assert len(lines) == 2
    assert all(x.conflict and "two managers" in x.conflict for x in lines)


def test_successive_managers_are_chained_not_flagged():
    claims = [claim("reports_to", "Ann Lee", manager="Bo Chan", as_of=FuzzyDate.year(2020)),
              claim("reports_to", "Ann Lee", manager="Cy Dee", as_of=NOV, evidence=ev("b.txt"))]
    old, new = sorted(reconcile(claims, {}).lines, key=lambda x: x.start.sort_key())
    assert old.manager == "Bo Chan" and new.manager == "Cy Dee"
    assert old.end == new.start and old.conflict is None and new.conflict is None
    assert activity(old.start, old.end, date(2025, 12, 1)) is Activity.INACTIVE


def test_dotted_lines_are_their_own_kind():
    (line,) = reconcile([claim("reports_to", "Ann Lee", manager="Bo Chan", dotted=True)], {}).lines
    assert line.kind is LineKind.DOTTED


def test_org_parents_from_statements_and_units_end_with_their_organisation():
    s = ev("a.txt", span=9000, quote="He joined Facebook in 2013 to lead Acme Labs.")
    claims = [claim("join", "Ann Lee", "Acme Labs", when=FuzzyDate.year(2013), evidence=s),
              claim("join", "Ann Lee", "Acme", when=FuzzyDate.year(2013), evidence=s),
              claim("leave", "Ann Lee", "Acme", when=FuzzyDate.day(date(2025, 12, 31)))]
    d = reconcile(claims, {"Facebook": "Acme"}, [("Acme Labs", "Facebook", s), ("Facebook", "Acme Labs", ev("b.txt"))])
    (p,) = d.parents  # the second statement would make a cycle
    assert (p.org, p.parent, p.evidence) == ("Acme Labs", "Acme", (s,))
    (labs,) = tenures_of(d, "Ann Lee", "Acme Labs")
    assert labs.end == FuzzyDate.day(date(2026, 1, 1))


def test_a_title_that_began_after_the_join_leaves_the_first_years_untitled():
    claims = [claim("join", "Ann Lee", "Acme", when=FuzzyDate.year(2010)),
              claim("role", "Ann Lee", "Acme", role="CEO", when=FuzzyDate.year(2015))]
    ts = sorted(reconcile(claims, {}).tenures, key=lambda t: t.start.sort_key())
    assert [(t.title, t.start.iso, t.end.iso if t.end else None) for t in ts] == [(None, "2010", "2015"), ("CEO", "2015", None)]


def test_a_role_dated_like_its_join_takes_the_join_date():
    s = ev("a.txt", span=9500, quote="Ann Lee is leaving Acme to found Newco.")
    claims = [claim("leave", "Ann Lee", "Acme", when=FuzzyDate.day(date(2025, 12, 31)), evidence=s),
              claim("join", "Ann Lee", "Newco", role="Founder", when=FuzzyDate.unknown(date(2025, 11, 19)), evidence=s),
              claim("role", "Ann Lee", "Newco", role="Founder", when=FuzzyDate.unknown(date(2025, 11, 19)), evidence=s)]
    (newco,) = tenures_of(reconcile(claims, {}), "Ann Lee", "Newco")
    assert newco.start == FuzzyDate.day(date(2026, 1, 1))


def test_reconcile_is_deterministic_and_order_free():
    claims = [
        claim("join", "Ann Lee", "Acme", role="Director", when=FuzzyDate.year(2013)),
        claim("role", "Ann Lee", "Acme", role="Chief Scientist"),
        claim("reports_to", "Ann Lee", manager="Bo Chan"),
        claim("role", "Bo Chan", "Acme", role="CEO"),
    ]
    a = reconcile(claims, {})
    b = reconcile(list(reversed(claims)), {})
    assert sorted(map(repr, a.tenures)) == sorted(map(repr, b.tenures))
    assert sorted(map(repr, a.lines)) == sorted(map(repr, b.lines))


def test_the_shipped_alias_map_loads():
    aliases = load_org_aliases()
    assert isinstance(aliases, dict)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in aliases.items())


def test_a_reporting_line_ends_with_the_best_supported_of_disagreeing_leaves():
    claims = [
        claim("role", "Ann Lee", "Acme", role="Scientist"),
        claim("leave", "Ann Lee", "Acme", when=FuzzyDate.day(date(2025, 12, 31))),
        claim("leave", "Ann Lee", "Acme", when=FuzzyDate.unknown(date(2025, 11, 1)), evidence=ev("b.txt")),
        claim("leave", "Ann Lee", "Acme", when=FuzzyDate.year(2025).bounded(not_after=date(2025, 11, 20)),
              evidence=ev("c.txt")),
        claim("role", "Bo Chan", "Acme", role="CEO"),
        claim("reports_to", "Ann Lee", manager="Bo Chan"),
    ]
    d = reconcile(claims, {})
    assert len(tenures_of(d, "Ann Lee")) == 2 and all(t.conflict for t in tenures_of(d, "Ann Lee"))
    (line,) = d.lines
    assert line.end == FuzzyDate.day(date(2026, 1, 1))


def test_a_manager_was_there_by_the_time_someone_reported_to_them():
    early = FuzzyDate.month(2025, 11).bounded(not_after=date(2025, 11, 19))
    late = FuzzyDate.month(2025, 11).bounded(not_before=date(2025, 11, 19))
    claims = [
        claim("role", "Ann Lee", "Acme", role="Chief Scientist", as_of=early),
        claim("reports_to", "Ann Lee", manager="Bo Chan", when=FuzzyDate.year(2025).bounded(not_after=early.latest),
              as_of=early),
        claim("join", "Bo Chan", "Acme", role="Chief AI Officer",
              when=FuzzyDate.year(2025).bounded(not_after=late.latest), as_of=late),
        claim("role", "Cy Dow", "Acme", role="CEO", as_of=late),
        claim("reports_to", "Ann Lee", manager="Cy Dow", when=FuzzyDate.year(2024), as_of=early),
    ]
    d = reconcile(claims, {})
    (bo,) = tenures_of(d, "Bo Chan", "Acme")
    assert bo.start.latest == date(2025, 11, 19)
    assert bo.start.earliest == date(2025, 1, 1)
    assert activity(bo.start, bo.end, date(2025, 11, 20)) is Activity.ACTIVE
    (cy,) = tenures_of(d, "Cy Dow", "Acme")
    assert cy.start.latest == date(2024, 12, 31)  # a role with no start, narrowed by the line to Cy


def test_a_role_claim_without_a_title_gives_a_tenure_without_one():
    claims = [claim("role", "Ann Lee", "Acme"), claim("role", "Ann Lee", "Acme", role="  "),
              claim("role", "Bob Ray", "Acme", role="CFO")]
    drafts = reconcile(claims)
    assert [t.title for t in tenures_of(drafts, "Ann Lee")] == [None]
    assert [t.title for t in tenures_of(drafts, "Bob Ray")] == ["CFO"]
