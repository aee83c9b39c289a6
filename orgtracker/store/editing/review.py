"""Review of claims: accept or reject claims, and resolve a conflict between facts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from orgtracker.domain.facts import Status

from .transaction import (
    EVIDENCE_COLUMN,
    FACT_TABLES,
    T_CLAIM,
    T_CLAIM_EV,
    T_EVIDENCE,
    EditRefused,
    EditResult,
    edit_transaction,
    mark_facts_dirty,
)
from .words import describe_row, fact_word


def set_claims_status(store, claim_ids: Sequence[int], status: Status) -> EditResult:
    """Accept or reject claims; accepting also accepts the proposed facts they support.

    A rejection marks the facts for a rebuild (the caller runs it): reconcile then ignores the claim.
    """
    status = Status(status)
    with edit_transaction(store, f"{status.value}_claims") as e:
        claims = _claim_rows(e.conn, claim_ids)
        for c in claims:
            e.rows.update(T_CLAIM, c["id"], status=status.value)
        if status is Status.ACCEPTED:
            for kind, fact_id in _facts_citing(e.conn, [c["id"] for c in claims]):
                row = e.conn.execute(select(FACT_TABLES[kind].c.status).where(FACT_TABLES[kind].c.id == fact_id)).first()
                if row and row[0] == Status.PROPOSED.value:
                    e.rows.update(FACT_TABLES[kind], fact_id, status=Status.ACCEPTED.value)
        mark_facts_dirty(e.conn)
        verb = {"accepted": "Accepted", "rejected": "Rejected", "proposed": "Reopened"}[status.value]
        e.summary = f"{verb} " + "; ".join(_claim_words(c) for c in claims[:3]) + (
            f" and {len(claims) - 3} more" if len(claims) > 3 else "")
    return e.result


def resolve_conflict(store, keep: tuple[str, int], drop: Sequence[tuple[str, int]]) -> EditResult:
    """Keep one of several conflicting facts: it is accepted, the others and the claims only they rest on rejected."""
    with edit_transaction(store, "resolve_conflict") as e:
        rows = {}
        for kind, fact_id in [keep, *drop]:
            row = e.conn.execute(select(FACT_TABLES[kind]).where(FACT_TABLES[kind].c.id == fact_id)).mappings().first()
            if row is None:
                raise EditRefused(f"There is no {fact_word(kind)} with id {fact_id}.")
            rows[(kind, fact_id)] = row
        if not drop:
            raise EditRefused("Pick the facts to set aside.")
        kept_claims = _claims_of_fact(e.conn, *keep)
        for kind, fact_id in drop:
            e.rows.update(FACT_TABLES[kind], fact_id, status=Status.REJECTED.value, edit_id=e.id)
            for claim_id in _claims_of_fact(e.conn, kind, fact_id) - kept_claims:
                e.rows.update(T_CLAIM, claim_id, status=Status.REJECTED.value)
        e.rows.update(FACT_TABLES[keep[0]], keep[1], status=Status.ACCEPTED.value, conflict=None)
        for claim_id in kept_claims:
            e.rows.update(T_CLAIM, claim_id, status=Status.ACCEPTED.value)
        mark_facts_dirty(e.conn)
        e.summary = f"Kept {describe_row(e.facts, keep[0], rows[keep])}; set aside " + "; ".join(
            describe_row(e.facts, k, rows[(k, i)]) for k, i in drop)
    return e.result


def _claim_rows(conn, claim_ids: Sequence[int]) -> list:
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        raise EditRefused("Pick at least one claim.")
    rows = {r["id"]: r for r in conn.execute(select(T_CLAIM).where(T_CLAIM.c.id.in_(ids))).mappings().all()}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise EditRefused(f"There is no claim with id {missing[0]}.")
    return [rows[i] for i in ids]


def _claim_words(c) -> str:
    if c["kind"] == "reports_to":
        return f"“{c['person']} reports to {c['manager']}”"
    return f"“{c['person']} {c['kind']} {c['org'] or ''}”".replace(" ”", "”")


def _spans_of_claims(conn, claim_ids: Sequence[int]) -> set[tuple[int, int, int]]:
    query = (select(T_CLAIM.c.document_id, T_CLAIM_EV.c.span_start, T_CLAIM_EV.c.span_end)
             .join(T_CLAIM_EV, T_CLAIM_EV.c.claim_id == T_CLAIM.c.id)
             .where(T_CLAIM.c.id.in_(list(claim_ids))))
    return {(r[0], r[1], r[2]) for r in conn.execute(query)}


def _facts_citing(conn, claim_ids: Sequence[int]) -> set[tuple[str, int]]:
    spans = _spans_of_claims(conn, claim_ids)
    out: set[tuple[str, int]] = set()
    if not spans:
        return out
    docs = {d for d, _, _ in spans}
    for r in conn.execute(select(T_EVIDENCE).where(T_EVIDENCE.c.document_id.in_(docs))).mappings():
        if (r["document_id"], r["span_start"], r["span_end"]) in spans:
            for kind, column in EVIDENCE_COLUMN.items():
                if r[column] is not None:
                    out.add((kind, r[column]))
    return out


def _claims_of_fact(conn, kind: str, fact_id: int) -> set[int]:
    """Claims whose evidence is among the fact's quotes."""
    column = EVIDENCE_COLUMN[kind]
    spans = {(r[0], r[1], r[2]) for r in conn.execute(
        select(T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start, T_EVIDENCE.c.span_end)
        .where(T_EVIDENCE.c[column] == fact_id))}
    if not spans:
        return set()
    ce = T_CLAIM_EV
    out = set()
    for claim_id, doc_id, a, b in conn.execute(
            select(T_CLAIM.c.id, T_CLAIM.c.document_id, ce.c.span_start, ce.c.span_end)
            .join(ce, ce.c.claim_id == T_CLAIM.c.id)
            .where(T_CLAIM.c.document_id.in_({d for d, _, _ in spans}))):
        if (doc_id, a, b) in spans:
            out.add(claim_id)
    return out
