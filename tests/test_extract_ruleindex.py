"""The rule index hands a sentence only the rules whose needed strings it holds, in their original order."""

import re

from orgtracker.extract.pipeline import extract_text
from orgtracker.extract.prefilter import needed
from orgtracker.extract.ruleindex import RuleIndex, gate


def _index(patterns, titled=(), words=None):
    words = words or {}
    entries = [(p, k) for k, p in enumerate(patterns)]
    return RuleIndex(entries, [gate(k in titled, words.get(k), needed(p)) for k, p in enumerate(patterns)])


def test_live_rules_keep_their_order_and_skip_what_cannot_match():
    pats = [re.compile(r"P\d+ (?:resigned|quit) "), re.compile(r"P\d+ "), re.compile(r"P\d+ was promoted to T\d+"),
            re.compile(r"P\d+ (?:heads|runs) ")]
    index = _index(pats, titled={1}, words={3: (" heads ", " runs ")})
    assert [k for _, k in index.live(" P0 resigned from O1 ")] == [0]
    assert [k for _, k in index.live(" P0 was promoted to T1 at O2 ")] == [1, 2]
    assert [k for _, k in index.live(" P0 runs O1 and quit T2 ")] == [0, 1, 3]


def test_a_rule_without_a_needed_string_is_always_live():
    index = _index([re.compile(r"P\d+ \w+ O\d+"), re.compile(r"P\d+ retired")])
    assert [k for _, k in index.live(" P0 joined O1 ")] == [0]


def test_extraction_still_finds_a_departure():
    text = "Halvard Quist resigned as chief financial officer of Brindlecove Shipping on March 3, 2021."
    assert ("leave", "Halvard Quist", "Brindlecove Shipping") in {(c.kind, c.person, c.org) for c in extract_text(text, "t")}
