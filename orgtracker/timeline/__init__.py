"""Snapshot at a date, change dates, diff of two dates (pure Python)."""
