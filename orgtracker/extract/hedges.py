"""Moves a sentence does not assert: negated, conditional, only attempted or wished for, hedged, denied."""

from __future__ import annotations

import re

_ADVERBS = r"(?:(?:also|now|still|yet|ever|even|really|actually|formally|reportedly|eventually|ultimately|immediately|then|soon|later)\s+)*"
_NAMED = r"(?:(?:named|appointed|hired|promoted|elected|chosen|picked|tapped|made|given)\s+(?:as\s+|to\s+(?:the\s+)?)?)?"
_NOT_MADE = re.compile(
    r"(?:\b(?:not|never|n['’]t|no\s+plans?\s+to|no\s+intention\s+of|unlikely\s+to|"
    r"wants?\s+to|wanted\s+to|hopes?\s+to|hoped\s+to|tried\s+to|tries\s+to|trying\s+to|failed\s+to|fails\s+to|"
    r"sought\s+to|seeks?\s+to|seeking\s+to|attempted\s+to|attempts?\s+to|refused\s+to|refuses\s+to|declined\s+to|"
    r"could|(?-i:may)|might)\s+" + _ADVERBS + r"(?:(?:have|be|been|being|to)\s+)*" + _ADVERBS + _NAMED + r"$)"
    r"|\b(?:if|unless|whether)\s+[^,;:.]*$"
    r"|\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t)"
    r"\s+(?:to\s+)?comment\s+on)\s+(?:(?:the\s+)?(?:reports?|speculation|rumou?rs?|suggestions?|talk|claims?)\s+)?that\b[^;]*$",
    re.I,
)


def unasserted(before: str) -> bool:
    """The words before a move's verb leave it unmade: "will not leave", "if she leaves", "wants to hire",
    "could be named", "denied reports that she would join"."""
    return bool(_NOT_MADE.search(before))
