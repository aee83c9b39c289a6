"""Made-up people, companies and titles for synthetic histories and articles (no real names)."""

from __future__ import annotations

import random

FIRST = [
    "Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Indra", "Jordan", "Kai", "Lena", "Milo",
    "Noor", "Oren", "Priya", "Quinn", "Rhea", "Soren", "Tamsin", "Uma", "Viggo", "Wren", "Xavi", "Yara", "Zane",
    "Adaeze", "Bastian", "Celine", "Dario", "Elif", "Farah", "Gideon", "Hana", "Ilse", "Jonas", "Kenji", "Lior",
    "Maren", "Nikolai", "Odile", "Pavel", "Rosalind", "Selin", "Tobias", "Ulla", "Vera", "Wendell", "Ximena",
    "Yusuf", "Zofia", "Anouk", "Bram", "Chiara", "Dmitri", "Esme", "Fenna", "Griet", "Hugo", "Inez", "Jasper",
]
LAST = [
    "Abara", "Brandt", "Castell", "Dunmore", "Ekwe", "Falk", "Garrow", "Halden", "Ivers", "Jansen", "Kovac",
    "Lindqvist", "Moreau", "Nakata", "Okonjo", "Pryce", "Quintero", "Rasku", "Sorensen", "Tamm", "Ueda", "Varga",
    "Whitlock", "Yardley", "Zeller", "Achterberg", "Bellamy", "Corvo", "Delacroix", "Eskildsen", "Fairweather",
    "Gallo", "Hartigan", "Ibarra", "Jovanovic", "Kaur", "Lachance", "Mbeki", "Novak", "Oyelaran", "Petrakis",
    "Rahimi", "Santoro", "Thorsen", "Uribe", "Vasquez", "Wojcik", "Yilmaz", "Zamora", "Arkwright", "Bjornstad",
    "Cavanagh", "Drummond", "Ellery", "Fontaine", "Grummet", "Holloway", "Iskander", "Kettering", "Lowther",
    "Marchetti", "Nilsen", "Oakhurst", "Pemberton", "Ravensworth", "Stroud", "Trevelyan", "Vandermeer",
]
COMPANY_STEMS = [
    "Northwind", "Bluefin", "Halcyon", "Kestrel", "Larkspur", "Meridian", "Orison", "Quillon", "Sable", "Tessera",
    "Corvane", "Driftwell", "Emberline", "Fathom", "Glasswing", "Harrowgate", "Ironbark", "Juniper", "Kelvary",
    "Lumenfield", "Marrowby", "Nettlestone", "Oakvale", "Pallister",
]
COMPANY_SUFFIXES = ["Dynamics", "Systems", "Labs", "Holdings", "Industries", "Networks", "Analytics", "Robotics"]
UNIVERSITY = "Northfield University"
AREAS = ["Research", "Engineering", "Product", "Infrastructure", "Safety", "Operations", "Sales", "Finance",
         "Marketing", "Legal", "Data", "Design"]
LADDER = [
    "Chief Executive Officer", "Executive Vice President", "Senior Vice President", "Vice President",
    "Senior Director", "Director", "Senior Manager", "Manager", "Team Lead", "Staff Engineer",
    "Senior Engineer", "Engineer",
]
INDIVIDUAL = ["Engineer", "Senior Engineer", "Staff Engineer", "Analyst", "Senior Analyst", "Scientist",
              "Research Scientist", "Designer", "Product Manager", "Account Executive"]


def person_name(rng: random.Random) -> str:
    """A made-up full name; a middle initial keeps most of 100,000 names distinct."""
    return f"{rng.choice(FIRST)} {chr(65 + rng.randrange(26))}. {rng.choice(LAST)}"


def company_names(count: int) -> list[str]:
    """`count` distinct made-up company names, the same list every time."""
    out = []
    for i in range(count):
        stem = COMPANY_STEMS[i % len(COMPANY_STEMS)]
        suffix = COMPANY_SUFFIXES[(i * 3 + i // len(COMPANY_STEMS)) % len(COMPANY_SUFFIXES)]
        out.append(f"{stem} {suffix}" if i < len(COMPANY_STEMS) * len(COMPANY_SUFFIXES) else f"Company {i + 1}")
    return out


def title_for(level: int, manager: bool, rng: random.Random) -> str:
    """A title that fits a level of the tree (0 is the top); senior titles name an area."""
    if level == 0:
        return LADDER[0]
    if not manager and level >= 4:
        return rng.choice(INDIVIDUAL)
    base = LADDER[min(level, 8)]
    return f"{base}, {rng.choice(AREAS)}" if level <= 5 else base
