"""Reads articles into claims: sentences, mentions, patterns, dates."""
