"""Core records and rules of the data model (stdlib only)."""
