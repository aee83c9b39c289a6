"""Succession: what a new fact from a date does to the facts of the same kind it follows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet
from orgtracker.domain.intervals import Activity, activity


@dataclass
class Succession:
    cut: list  # facts that began before the date: they now end on it
    replaced: list  # facts that begin within the new start's span: the new fact replaces them
    end: FuzzyDate | None  # when the new fact ends: where the next one begins, or where the one it follows ended


def plan_succession(facts: Sequence, start: FuzzyDate) -> Succession:
    day, last = start.earliest, start.latest or start.earliest
    out = Succession([], [], None)
    ends: list[FuzzyDate] = []
    for f in facts:
        begins = f.start.earliest if f.start is not None else None
        if begins is None or begins < day:
            if activity(f.start, f.end, day) is Activity.INACTIVE:
                continue  # over before the date
            out.cut.append(f)
            if f.end is not None:
                ends.append(f.end)
        elif begins <= last:
            out.replaced.append(f)
            if f.end is not None:
                ends.append(f.end)
        else:
            ends.append(f.start)
    if ends:
        out.end = min(ends, key=lambda fd: fd.sort_key())
    return out


def facts_with(facts: FactSet, tenures=None, lines=None, parents=None) -> FactSet:
    return FactSet(facts.people, facts.orgs, list(facts.tenures if tenures is None else tenures),
                   list(facts.lines if lines is None else lines), list(facts.parents if parents is None else parents))


def apply_changes(items: list, changes: dict[int, Any]) -> list:
    return [changes.get(f.id, f) for f in items]
