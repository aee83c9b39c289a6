"""SQLite store through SQLModel: tables, engine, migrations, repository."""

from .engine import StoreError
from .records import AddedDocument, StoredClaim, SyncReport
from .repository import EvidenceMismatch, Store, open_store

__all__ = ["AddedDocument", "EvidenceMismatch", "Store", "StoreError", "StoredClaim", "SyncReport", "open_store"]
