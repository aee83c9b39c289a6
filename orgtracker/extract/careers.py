"""Past jobs told with both ends ("From 2015 to 2019 she was finance chief of X"): joined and left."""

from __future__ import annotations

import re

from .rules import _O, _P, RawClaim

_YEAR = r"(?:(?:[a-z]+ )?(?:19|20)\d\d)"
# "from 2015 to 2019", "between 2015 and 2019", "from march 2015 until 2019", "in 2015-2019" (dash as its own word or not)
_SPAN = rf"(?:from {_YEAR} (?:to|until|till|through) {_YEAR}|between {_YEAR} and {_YEAR}|in (?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d)"
BOUNDED = re.compile(
    rf"(?:^ ?{_SPAN} (?:, )?(?P<p>{_P}) |(?P<p2>{_P}) )(?:was|served as|worked as|worked) (?:(?!{_P}|{_O}|(?:is|has|now)\b)\S+ ){{0,6}}?"
    rf"(?:of|at|with|for|in) (?:the )?(?P<o>{_O})(?! 's)(?(p2) {_SPAN}(?= [,.;]| and\b|\s*$)|)"
)


def bounded_job(view, m, ctx) -> list[RawClaim]:
    """A job held over a stated closed span of years: a join and a leave, both in the past."""
    person, org = view.value(m.group("p") or m.group("p2")), view.value(m.group("o"))
    if not person or not org:
        return []
    at = view.at(m.start("o"))
    return [RawClaim("join", person, org, confidence=0.6, at=at, date_override="past"),
            RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past")]


STAGE = [(BOUNDED, bounded_job)]
