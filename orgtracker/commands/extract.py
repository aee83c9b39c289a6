"""`orgtracker extract FILE...`: the claims the extractor reads from articles, as JSON or a table; no database."""

from __future__ import annotations

import json
import sys


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "extract",
        help="print the claims read from article files (touches no database)",
        description="Read each FILE and print the claims found in it. A file may start with "
        "'source: ...' / 'published: ...' / '---' lines; files beside a manifest.json (like the seeds) "
        "take their published date from it unless --published is given.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article text file(s)")
    p.add_argument("--published", metavar="DATE", help="publication date YYYY, YYYY-MM or YYYY-MM-DD for every FILE")
    p.add_argument("--json", action="store_true", help="print a JSON list of claims")
    p.set_defaults(run=run)


def _table(rows: list[dict]) -> str:
    cols = ["kind", "person", "org", "role", "manager", "date", "confidence"]
    cells = [[str(r.get(c) if r.get(c) is not None else "-") for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths))]
    for row, r in zip(cells, rows):
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths)))
        quote = " ".join(r["quote"].split())
        lines.append(f"    “{quote[:150]}{'…' if len(quote) > 150 else ''}” [{r['span'][0]}:{r['span'][1]}]")
    return "\n".join(lines)


def run(args) -> int:
    from orgtracker.cli import UserError
    from orgtracker.domain.dates import DateError, FuzzyDate
    from orgtracker.extract.manifest import published_for
    from orgtracker.extract.pipeline import extract_text
    from orgtracker.documents import DocumentError, read_document

    published = None
    if args.published:
        try:
            published = FuzzyDate.parse(args.published)
        except DateError as exc:
            raise UserError(f"--published: {exc}") from None
    rows: list[dict] = []
    failed = 0
    for name in args.files:
        try:
            text = read_document(name).text  # the text ingest stores: HTML reduced, any encoding decoded
        except DocumentError as exc:
            print(f"orgtracker extract: {exc}", file=sys.stderr)
            failed += 1
            continue
        pub = published if published is not None else published_for(name)
        claims = extract_text(text, name, pub)
        file_rows = [c.to_json() for c in claims]
        rows.extend(file_rows)
        if not args.json:
            print(f"== {name}: {len(file_rows)} claim(s)" + (f", published {pub.describe()}" if pub else ""))
            if file_rows:
                print(_table(file_rows))
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 1 if failed else 0
