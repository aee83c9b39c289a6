"""No SQL in orgtracker/ is built by formatting values into it: every value goes in as a bound parameter."""

import ast
import re
from pathlib import Path

import orgtracker

ROOT = Path(orgtracker.__file__).parent
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|ATTACH|VACUUM)\b")


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def _safe_value(node: ast.AST) -> bool:
    """A value that cannot carry text from a user: int(...), a CONSTANT, or a literal number."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "int":
        return True
    if isinstance(node, ast.Name) and node.id.isupper():
        return True
    if isinstance(node, ast.BinOp):
        return _safe_value(node.left) and _safe_value(node.right)
    return isinstance(node, ast.Constant) and isinstance(node.value, (int, float))


def formatted_sql(source: str) -> list[tuple[int, str]]:
    """(line, what) for each SQL string built from values other than ints and constants."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr) and SQL.search(_literal(node) or ""):
            for part in node.values:
                if isinstance(part, ast.FormattedValue) and not _safe_value(part.value):
                    found.append((node.lineno, "f-string"))
                    break
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
            text = _literal(node.left) or _literal(node.right) or ""
            if SQL.search(text) and not _safe_value(node.right if _literal(node.left) else node.left):
                found.append((node.lineno, "% or +"))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
              and SQL.search(_literal(node.func.value) or "")):
            found.append((node.lineno, ".format"))
    return sorted(found)


def test_the_checker_catches_formatting():
    bad = '''
conn.execute(f"SELECT * FROM person WHERE name = '{name}'")
conn.execute("DELETE FROM person WHERE id = %s" % pid)
conn.execute("SELECT * FROM t WHERE a = " + value)
conn.execute("UPDATE t SET a = {}".format(value))
sql = f"INSERT INTO t VALUES ({value})"
conn.execute(sql)
conn.execute("SELECT * FROM t WHERE a = '" + value + "'")
'''
    assert [what for _, what in formatted_sql(bad)] == ["f-string", "% or +", "% or +", ".format", "f-string", "% or +"]
    good = '''
conn.execute("SELECT * FROM person WHERE name = ?", (name,))
conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
conn.execute(f"PRAGMA user_version = {int(version) + 1}")
conn.execute(select(T.c.id).where(T.c.name == name))
message = f"Ann set a reporting line from {start}"
'''
    assert formatted_sql(good) == []


def test_no_sql_in_orgtracker_is_built_from_values():
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        for line, what in formatted_sql(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT.parent)}:{line}: {what}")
    assert offenders == []
