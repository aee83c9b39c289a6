"""User edits written to the store: each validated, in one transaction, with an audit row (before → after)."""

from .deletion import delete_fact
from .entities import add_org, add_person, rename, set_org_parent
from .lines import end_line, set_line_kind, set_manager
from .merging import merge
from .review import resolve_conflict, set_claims_status
from .tenures import add_tenure, edit_tenure, end_tenure
from .transaction import AuditEntry, EditRefused, EditResult, NeedsConfirmation, load_facts_in
from .undo import edit_of, history, reapply, revert

__all__ = [
    "AuditEntry", "EditRefused", "EditResult", "NeedsConfirmation", "add_org", "add_person", "add_tenure",
    "delete_fact", "edit_of", "edit_tenure", "end_line", "end_tenure", "history", "load_facts_in", "merge",
    "reapply", "rename", "resolve_conflict", "revert", "set_claims_status", "set_line_kind", "set_manager",
    "set_org_parent",
]
