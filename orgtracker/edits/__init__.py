"""User edits as command objects with do/undo over the store (no Qt): the UI and the CLI share them."""
