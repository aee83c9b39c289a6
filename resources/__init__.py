"""Lexicons, stylesheet and icon shipped with the package."""
