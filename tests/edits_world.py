"""A small world for edit tests: articles read by a toy extractor into a real store."""

from __future__ import annotations

import re
from datetime import date

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence
from orgtracker.extract.text import read_document
from orgtracker.ingest import ingest

PUB = FuzzyDate.day(date(2025, 11, 20))
_SENTENCE = re.compile(
    r"(?P<p>[A-Z][\w']+ [A-Z][\w']+) (?P<verb>joined|left|reports to) (?P<o>[A-Z][\w']+(?: [A-Z][\w']+)?)"
    r"(?: in (?P<y>\d{4})(?:-(?P<m>\d\d))?)?\.")

ARTICLES = {
    "a.txt": "Mark Zuckerberg joined Meta in 2004. Alexandr Wang joined Meta in 2025-06. "
             "Yann LeCun joined Meta in 2013-12. Shengjia Zhao joined Meta in 2025-06.\n",
    "b.txt": "Yann LeCun reports to Alexandr Wang. Shengjia Zhao reports to Alexandr Wang. "
             "Joelle Pineau joined Meta in 2017. Joelle Pineau left Meta in 2025-05. Joelle Pineau joined Cohere in 2025-08.\n",
    "c.txt": "Yan LeCun joined Meta in 2013-12. Yan LeCun reports to Alexandr Wang. Alexandr Wang reports to Mark Zuckerberg.\n",
    "d.txt": "Nat Friedman joined Zeta Labs in 2020. Daniel Gross joined Omega Labs in 2021.\n",
}


def toy_extractor(path, published):
    """One claim per 'First Last joined|left Org [in YYYY[-MM]].' or 'First Last reports to First Last.'."""
    text = read_document(path)
    out = []
    for m in _SENTENCE.finditer(text):
        ev = (Evidence(str(path), m.start(), m.end(), m.group(0)),)
        when = None
        if m["y"]:
            when = FuzzyDate.month(int(m["y"]), int(m["m"])) if m["m"] else FuzzyDate.year(int(m["y"]))
        if m["verb"] == "reports to":
            out.append(Claim(ClaimKind.REPORTS_TO, m["p"], None, None, m["o"], None, published, ev, 0.5))
        else:
            kind = ClaimKind.JOIN if m["verb"] == "joined" else ClaimKind.LEAVE
            out.append(Claim(kind, m["p"], m["o"], None, None, when, published, ev, 0.9))
    return out


def write_articles(folder, names=None):
    folder.mkdir(exist_ok=True)
    for name, text in ARTICLES.items():
        if names is None or name in names:
            (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingest_toy(store, folder):
    return ingest(store, [folder], published=PUB, extractor=toy_extractor)


def pid(facts, name):
    (found,) = [p.id for p in facts.people.values() if p.name == name]
    return found


def oid(facts, name):
    (found,) = [o.id for o in facts.orgs.values() if o.name == name]
    return found


def manager_at(facts, person, at):
    from orgtracker.timeline.snapshot import snapshot

    edge = snapshot(facts, at).manager_of(person)
    return edge.manager_id if edge else None
