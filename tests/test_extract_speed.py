"""The extractor's shortcuts skip work only where the answer cannot change."""

import re

from orgtracker.extract import careers, rules
from orgtracker.extract.prefilter import may_match, needed


def test_needed_reads_literal_runs_and_alternations():
    pat = re.compile(r"(?P<p>P\d+) (?:has )?(?:joined|joins|rejoined) (?:the )?(?P<o>O\d+)")
    assert needed(pat) == (("joined", "joins"),)  # "rejoined" contains "joined": no need to look for it too
    assert needed(re.compile(r"\b(?:reports|reported) to (?:the )?O\d+")) == (("report",), (" to ",))


def test_needed_gives_up_where_text_is_not_fixed():
    assert needed(re.compile(r"(?:joined)?\w+ T\d+")) == ()  # optional: not needed
    assert needed(re.compile(r"joined O\d+", re.I)) == ()  # any case: the literal test would be wrong
    assert needed(re.compile(r"(?i:joined) O\d+")) == ()
    assert needed(re.compile(r"(?:joined|\w+) O\d+")) == ()  # one branch needs no fixed text


def test_may_match_never_refuses_a_sentence_a_rule_matches():
    phrases = [
        "P0 , the T0 of O1 , joined O2 in May .",
        "O0 has hired P0 as its new T0 , succeeding P1 .",
        "P0 , who was previously T1 at O1 , will report to P2 .",
        "after nine years at O0 , P1 left the firm to co-found O2 with P3 .",
        "P0 and P1 both former O0 engineers , left for O1 's lab .",
        "O0 , which P0 founded in 2011 , was acquired by O1 .",
        "P0 's departure from O0 follows the exit of P1 .",
    ]
    pats = [p for p, _ in rules.STAGE_B + careers.STAGE] + [p for p, _, _ in rules.STAGE_A]
    pats += [rules.WHO_CLAUSE, rules.APPOSITION] + rules.PARENT_PATTERNS
    matched = 0
    for pat in pats:
        for s in phrases:
            if pat.search(s):
                matched += 1
                assert may_match(pat, s), (pat.pattern[:80], s)
    assert matched > 10


def test_alternation_by_first_letter_matches_what_the_flat_one_did():
    from orgtracker.extract.lexicon import alternation

    phrases = ["chief", "chief of staff", "coach", "Chair", "head", "head coach", "vice-president", "president",
               "partner", "provost", "dean", "warden"]
    grouped = re.compile(rf"(?<![\w-]){alternation(phrases)}(?![\w-])", re.I)
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(
        r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(set(phrases), key=lambda p: (-len(p), p))
    ) + r")(?![\w-])", re.I)
    assert grouped.pattern != flat.pattern
    text = ("The Head  Coach met the chief of staff, the vice-President and the provost; "
            "a CHAIR, a dean and the head of the Warden's office, not the chieftain.")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_raw_sequences_are_the_same_when_asked_again():
    from orgtracker.extract.names import raw_sequences

    text = "Halvorsen Shipping named Ingrid Solberg head of the Bergen terminal after Tor Aune left for Nordlys Energi."
    first = raw_sequences(text, 0, len(text), [(38, 42)])
    assert raw_sequences(text, 0, len(text), [(38, 42)]) == first
    copy = "".join(list(text))  # an equal text, another object
    assert raw_sequences(copy, 0, len(copy), [(38, 42)]) == first
    assert raw_sequences(text, 0, len(text), []) != first or not first


def test_is_acronym_quick_path_agrees_with_the_letter_by_letter_test():
    from orgtracker.extract.names import is_acronym

    def slow(tok):
        letters = [c for c in tok if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    for tok in ["KPMG", "A.G.", "Ab", "A", "A1", "3M", "ÉDF", "É", "", "..", "U.K.", "P&G", "eBay", "NVs", "R2D2", "Ŝ.K."]:
        assert is_acronym(tok) == slow(tok), tok
