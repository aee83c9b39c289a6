"""SQLite store through SQLModel: tables, engine, migrations, repository."""
