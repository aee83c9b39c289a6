"""Synthetic news articles about hires, departures and reporting lines, with made-up people and companies."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from . import names

ROLES = [
    "chief executive officer", "chief financial officer", "chief technology officer", "chief operating officer",
    "chief scientist", "head of research", "general counsel", "vice president of engineering",
    "senior vice president of sales", "head of product", "director of data science", "chief marketing officer",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = [
    "Shares of {co} rose {pct} percent in afternoon trading after the announcement.",
    "Analysts said the appointment signals a renewed focus on {area}.",
    "{co} did not respond to a request for further comment.",
    "{co} employs about {n} people in {k} countries.",
    "The company reported revenue of {n} million dollars in its most recent quarter.",
    "The reshuffle is the latest in a series of leadership changes across the industry.",
    "Investors have pressed the board for a clearer strategy in {area} over the past year.",
    "The search for a permanent replacement was led by an outside firm, according to people familiar with the matter.",
    "Competition for experienced executives in {area} has intensified as budgets grow.",
    "The board said the transition would not affect the company's guidance for the year.",
]


def _role(rng: random.Random) -> str:
    return rng.choice(ROLES)


def _company(rng: random.Random, pool: list[str]) -> str:
    name = rng.choice(pool)
    return name + (" Inc." if rng.random() < 0.15 else "")


def _when(rng: random.Random, published: date) -> str:
    d = published - timedelta(days=rng.randrange(0, 200))
    roll = rng.random()
    if roll < 0.4:
        return f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if roll < 0.75:
        return f"in {MONTHS[d.month - 1]} {d.year}"
    return f"in {d.year}"


def _hire_paragraph(rng: random.Random, pool: list[str], published: date) -> list[str]:
    person, boss = names.person_name(rng), names.person_name(rng)
    co, previous = _company(rng, pool), _company(rng, pool)
    role, old_role = _role(rng), _role(rng)
    last = person.split()[-1]
    out = [
        rng.choice([
            f"{co} has hired {person} as its new {role}, the company said on {rng.choice(WEEKDAYS)}.",
            f"{co} appointed {person} {role}, effective {_when(rng, published)[3:]}.",
            f"{person} will join {co} as {role} {_when(rng, published)}, the company said.",
        ]),
        f"{last} previously served as {old_role} at {previous}, where {last} spent {rng.randint(2, 14)} years.",
    ]
    if rng.random() < 0.7:
        out.append(f"{last} will report to {boss}, {co}'s chief executive officer.")
    if rng.random() < 0.5:
        out.append(f"\u201cWe are delighted to welcome {person.split()[0]} to the team,\u201d said {boss}.")
    return out


def _departure_paragraph(rng: random.Random, pool: list[str], published: date) -> list[str]:
    person, successor = names.person_name(rng), names.person_name(rng)
    co, next_co = _company(rng, pool), _company(rng, pool)
    role = _role(rng)
    last = person.split()[-1]
    out = [
        rng.choice([
            f"{person} is leaving {co} after {rng.randint(2, 20)} years, {last} said in a post on {rng.choice(WEEKDAYS)}.",
            f"{person} stepped down as {role} of {co} {_when(rng, published)}.",
            f"{person}, the {role} of {co}, left the company {_when(rng, published)} to join {next_co}.",
        ]),
    ]
    if rng.random() < 0.6:
        out.append(f"{successor}, who was {_role(rng)} at {co}, will take over the role on an interim basis.")
    if rng.random() < 0.3:
        out.append(f"{person} joined {co} from {next_co} {_when(rng, published - timedelta(days=3000))}.")
    return out


def _filler(rng: random.Random, pool: list[str], count: int) -> list[str]:
    return [rng.choice(FILLER).format(co=_company(rng, pool), pct=f"{rng.uniform(0.5, 6):.1f}",
                                      area=rng.choice(names.AREAS).lower(), n=rng.randint(200, 90000),
                                      k=rng.randint(2, 40))
            for _ in range(count)]


def article_text(index: int, seed: int = 0) -> str:
    """Article `index` of the synthetic corpus of `seed`: a header, a headline and a few paragraphs."""
    rng = random.Random(seed * 1_000_003 + index)
    pool = names.company_names(len(names.COMPANY_STEMS) * 2)
    published = date(2016, 1, 1) + timedelta(days=rng.randrange(3650))
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        body = (_hire_paragraph if rng.random() < 0.55 else _departure_paragraph)(rng, pool, published)
        body += _filler(rng, pool, rng.randint(1, 4))
        paragraphs.append(" ".join(body))
    headline = paragraphs[0].split(",")[0].split(" the company")[0].rstrip(".")
    return (f"source: https://news.example.com/{published.year}/{index:05d}\n"
            f"published: {published.isoformat()}\n---\n{headline}\n\n" + "\n\n".join(paragraphs) + "\n")


def corpus(count: int, seed: int = 0) -> list[str]:
    return [article_text(i, seed) for i in range(count)]


def write_articles(folder: str | Path, count: int, seed: int = 0) -> list[Path]:
    """Write `count` articles as article_NNNNN.txt into `folder` (created if needed); returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(article_text(i, seed), encoding="utf-8")
        out.append(path)
    return out
