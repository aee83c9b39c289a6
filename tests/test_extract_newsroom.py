"""The publication's own voice: which names a text marks as the outlet printing it."""

from orgtracker.extract.newsroom import own_outlets

TEXT = ("Harbour Ledger understands that the board met on Friday.\n"
        "By Coastline Radio Staff\n"
        "Sign up for Quayside Weekly’s newsletter.\n"
        "By  Two Spaces\n"
        "Marlow Bank said its chief executive would stay.\n")


def test_the_outlets_own_voice_marks_it_and_nobody_else():
    names = ["Harbour Ledger", "Coastline Radio", "Quayside Weekly", "Two Spaces", "Marlow Bank", "Absent Times"]
    assert own_outlets(TEXT, None, names) == {"Harbour Ledger", "Coastline Radio", "Quayside Weekly"}


def test_a_weaker_cue_counts_only_when_the_source_address_spells_the_name():
    text = "The mayor told KVTR that she would not run again."
    assert own_outlets(text, None, ["KVTR"]) == set()
    assert own_outlets(text, "https://kvtr7.com/news/1", ["KVTR"]) == {"KVTR"}
