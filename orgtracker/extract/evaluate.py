"""`make eval`: recall, precision and F1 of the extractor against gold (seeds, test texts, blind sets)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from orgtracker.documents import read_document

from .lexicon import org_aliases
from .manifest import load_manifest
from .names import org_value
from .pipeline import analyse_text

Triple = tuple[str, str, str]


def _norm_org(name: str, aliases: dict[str, str]) -> str:
    name = aliases.get(name, name)
    name = org_value(name).replace(",", " ")  # "Ministry of Housing, Communities ..." scored without its commas
    if name.lower().startswith("the "):
        name = name[4:]
    return " ".join(name.casefold().split())


def normalise(kind: str, person: str, target: str, aliases: dict[str, str]) -> Triple:
    person = " ".join(person.casefold().split())
    if kind == "reports_to":
        return kind, person, " ".join(target.casefold().split())
    return kind, person, _norm_org(target, aliases)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_file(path: Path, gold: list[list[str]], published=None) -> Score:
    analysis = analyse_text(read_document(path).text, str(path), published)
    # an acronym the text defines ("Centre for X (CX)") names the same organisation as its long form
    aliases = {**org_aliases(), **{short: long for long, short in analysis.acronyms.items()}}
    want = {normalise(k, p, t, aliases) for k, p, t in gold}
    got = set()
    for c in analysis.claims:
        target = c.manager if c.kind.value == "reports_to" else c.org
        if target:
            got.add(normalise(c.kind.value, c.person, target, aliases))
    s = Score(len(want & got), len(got - want), len(want - got))
    s.missed = sorted(want - got)
    s.extra = sorted(got - want)
    return s


def evaluate(gold_file: Path, text_dir: Path, verbose: bool = False, out=sys.stdout) -> Score:
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    manifest = load_manifest(text_dir)
    total = Score()
    for name, gold in sorted(data["documents"].items()):
        s = score_file(text_dir / name, gold, manifest.get(name))
        total.add(s)
        print(f"  {name:34} P {s.precision:5.2f}  R {s.recall:5.2f}  F1 {s.f1:5.2f}", file=out)
        if verbose:
            for t in s.missed:
                print(f"      missed {t}", file=out)
            for t in s.extra:
                print(f"      extra  {t}", file=out)
    print(
        f"  {'TOTAL':34} P {total.precision:5.2f}  R {total.recall:5.2f}  F1 {total.f1:5.2f}"
        f"  (tp {total.tp}, fp {total.fp}, fn {total.fn})",
        file=out,
    )
    return total


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


HELD_OUT_ROLES = {"heldout": "never opened by a tuner, but its total was feedback in one round"}
SEEN_TOTALS = "never opened or tuned on; its total was read after each tuning round"
HELD_OUT_NOTES = {"heldout2": SEEN_TOTALS, "heldout3": SEEN_TOTALS, "heldout4": "never opened or tuned on; its total was read after several tuning rounds",
                  "heldout5": "never opened or tuned on; its total was read after each round of the fourth session",
                  "heldout6": "never opened or tuned on; its total was read twice"}


def main(argv: list[str] | None = None) -> int:
    from orgtracker.paths import seeds_dir

    ap = argparse.ArgumentParser(prog="python -m orgtracker.extract.evaluate", description=__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and extra triples")
    ap.add_argument("--tuning", action="store_true", help="leave out the held-out sets (what someone tuning the rules runs)")
    ap.add_argument("--data", type=Path, default=_repo_root() / "tests" / "data" / "extract", help="test texts and gold")
    args = ap.parse_args(argv)
    print("Seeds (kind, person, org or manager):")
    evaluate(args.data / "seeds.gold.json", seeds_dir(), args.verbose)
    print("Test texts:")
    evaluate(args.data / "gold.json", args.data, args.verbose)
    blind = args.data.parent / "blind"
    tuned, honest = Score(), Score()
    for folder in sorted(p for p in blind.glob("*") if (p / "gold.json").is_file()):
        held_out = folder.name.startswith("heldout")
        if held_out and args.tuning:
            continue
        role = (HELD_OUT_ROLES.get(folder.name) or HELD_OUT_NOTES.get(folder.name, "never tuned on: the honest estimate")
                if held_out else "tuned on")
        print(f"Blind set {folder.name} (written by someone who never saw the extractor; {role}):")
        score = evaluate(folder / "gold.json", folder, args.verbose and not held_out)
        if not held_out:
            tuned.add(score)
        elif folder.name not in HELD_OUT_ROLES:
            honest.add(score)
    for label, s in (("Blind sets tuned on, together", tuned), ("Held-out sets never tuned on, together", honest)):
        if s.tp + s.fp + s.fn:
            print(f"{label}: P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
