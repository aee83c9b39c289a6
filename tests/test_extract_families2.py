"""More phrasing families: firms named before a titled person, career histories, references by head noun."""

import pytest
from extract_helpers import article_triples as triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # a two-word firm right before a title and a person's name is an organisation, not a person
        ("Orvell Tamsin analyst Ruth Pellinger said the plan was sound. Pellinger has covered the sector for years.",
         {("role", "Ruth Pellinger", "Orvell Tamsin")}),
        # words that open organisation names ("Maison", "Grupo") never start a person's name
        ("\"We are delighted,\" said Maison Quillard chief executive Solene Ardant.",
         {("role", "Solene Ardant", "Maison Quillard")}),
        # a past job told as a career step: join + leave
        ("Brenna Castellow began her career at Hollin Freight before moving into consulting.",
         {("join", "Brenna Castellow", "Hollin Freight"), ("leave", "Brenna Castellow", "Hollin Freight")}),
        ("Before that, Omar Quillet worked at Sandrine Logistics for a decade.",
         {("join", "Omar Quillet", "Sandrine Logistics"), ("leave", "Omar Quillet", "Sandrine Logistics")}),
        ("Ines Marwood, 44, trained as a chemist and spent six years at Corvax Labs before joining Peltry Foods.",
         {("join", "Ines Marwood", "Corvax Labs"), ("leave", "Ines Marwood", "Corvax Labs")}),
        # "the department" is the latest organisation named with that noun, not the article's subject
        ("Orrin Water Board named Tessa Pirell as chief of the Calder Fire Department. "
         "Pirell, who oversaw the department's training academy, starts in May. "
         "Chief Abram Lusk of the department will retire in April.",
         {("leave", "Abram Lusk", "Calder Fire Department")}),
        # a legislature confirms someone to an office; "of the U.S. Department" belongs to the organisation's name
        ("The Senate confirmed Harriet Vollmer as secretary of the U.S. Department of Energy on Tuesday.",
         {("role", "Harriet Vollmer", "U.S. Department of Energy")}),
        # a bare office before the name takes the organisation the apposition after the name gives
        ("The Wexley Transit Agency said Interim Director Colm Brastow, the Wexley Transit Agency's deputy director, will stay.",
         {("role", "Colm Brastow", "Wexley Transit Agency")}),
        # an age between the name and the apposition; a place after the firm
        ("Nadia Crowell, 52, a partner at Wexcombe Legal LLP, said the deal closed.",
         {("role", "Nadia Crowell", "Wexcombe Legal")}),
        ("\"It is cheap,\" said Nadia Crowell, an analyst at Burlow Securities Inc. in London.",
         {("role", "Nadia Crowell", "Burlow Securities")}),
        # "an analyst at X, Jane Doe": the title and firm before the name
        ("\"It is cheap,\" said an analyst at Burlow Securities Inc., Nadia Crowell.",
         {("role", "Nadia Crowell", "Burlow Securities")}),
        # arriving from somewhere is leaving it
        ("Tarrow Bank named a new treasurer. Nadia Crowell comes from Pelham Capital, where she ran sales.",
         {("leave", "Nadia Crowell", "Pelham Capital")}),
        # the organisation parts ways with the person
        ("Pelham Capital parted ways with Nadia Crowell on Friday.", {("leave", "Nadia Crowell", "Pelham Capital")}),
        # "lands at"
        ("Nadia Crowell lands at Tarrow Bank as chief risk officer.",
         {("join", "Nadia Crowell", "Tarrow Bank"), ("role", "Nadia Crowell", "Tarrow Bank")}),
        # "the appointment of X as T"
        ("Tarrow Bank announced the appointment of Nadia Crowell as chief risk officer.",
         {("role", "Nadia Crowell", "Tarrow Bank")}),
        # a title in parentheses after the name is not the name's acronym
        ("Pelham Capital said Nadia Crowell (CFO) would speak first.", {("role", "Nadia Crowell", "Pelham Capital")}),
        # brands whose name is a possessive keep their "'s"
        ("\"Ratings will hold,\" said Nadia Crowell, an analyst at Moody's.", {("role", "Nadia Crowell", "Moody's")}),
    ],
)
def test_family(text, expected):
    got = triples(text)
    assert expected <= got, got


def test_current_tenure_is_not_a_past_job():
    got = triples("Linus Parrow has worked at Tessaly Mutual since 2012 and now runs its claims unit.")
    assert ("leave", "Linus Parrow", "Tessaly Mutual") not in got


def test_tenure_in_a_title_is_a_role_not_a_join():
    got = triples("Nadia Crowell has been chief operating officer at Pelham Capital since 2019.")
    assert ("role", "Nadia Crowell", "Pelham Capital") in got
    assert ("join", "Nadia Crowell", "Pelham Capital") not in got
