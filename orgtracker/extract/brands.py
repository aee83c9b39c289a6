"""Names with a possessive inside ("Pennington's", "DeLuca's Bakery"): stores and restaurants named for their founders."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .names import Mention

# "X's" that owns nothing: a verb, a year or the end of a clause follows ("Pennington's has hired", "joined X's in 2018")
_BRAND_AFTER = re.compile(r"(['’])s(?:[ \u00a0]+(?:has|had|is|was|said|says|announced|took|also)\b|[ \u00a0]+in[ \u00a0]+\d{4}\b|[.,;:)](?!\w))")


def possessive_brands(text: str, mentions: list[list[Mention]], people: set[str]) -> dict[str, str]:
    """Give every mention of an organisation that some sentence writes as a name ending in "'s" that name; the
    names so lengthened."""
    found: dict[str, str] = {}
    known = lexicon().known_orgs
    for ms in mentions:
        for m in ms:
            if m.kind == "O" and not m.value.endswith(("'s", "’s")) and m.value not in people and m.value not in known:
                after = _BRAND_AFTER.match(text, m.end)
                if after and m.text == m.value:
                    found.setdefault(m.value, m.value + after.group(1) + "s")
    if not found:
        return found
    for ms in mentions:
        for i, m in enumerate(ms):
            if m.kind == "O" and m.value in found:
                ms[i] = Mention(m.start, m.end, m.text, "O", found[m.value], m.weak, m.former)
    return found


_SHOP_WORDS = "Markets|Market|Bakery|Foods|Stores|Restaurants|Pharmacy|Farms|Dairy|Hardware|Furniture|Jewelers|Jewellers"
# "Pellman's Markets", "DeLuca's Bakery": a shop's word right after the possessive, no unit noun after it
_SHOP_AFTER = re.compile(rf"['’]s[ \u00a0]+(?:{_SHOP_WORDS})\b(?![ \u00a0]+(?:unit|division|team|arm|business|segment|chain|brand)\b)")


def shop_names(text: str, mentions: list[list[Mention]]) -> None:
    """"Pellman's Markets", "DeLuca's Bakery": a name, its possessive and a shop's word are one organisation's name."""
    known = lexicon().known_orgs
    for ms in mentions:
        shops = [
            Mention(m.start, shop.end(), text[m.start:shop.end()], "O", text[m.start:shop.end()])
            for m in ms if m.kind in ("O", "P") and m.value not in known and (shop := _SHOP_AFTER.match(text, m.end))
        ]
        for shop in shops:
            ms[:] = sorted([x for x in ms if x.end <= shop.start or x.start >= shop.end] + [shop], key=lambda x: x.start)
