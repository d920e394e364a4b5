"""Autogenerate a new Alembic migration from the ORM models.

    python tools/new_migration.py "add council sessions"

Builds a throw-away SQLite database at the current head, compares it with the models and writes
pisac_desktop/db/migrations/versions/<next number>_<slug>.py. Review the file, then update
HEAD_REVISION in pisac_desktop/db/schema.py and add a fixture (tools/make_schema_fixture.py).
"""

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pisac_desktop.db.schema import MIGRATIONS_DIR  # noqa: E402


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    existing = sorted(p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    rev_id = f"{int(existing[-1]) + 1:04d}" if existing else "0001"
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{tmp}/head.sqlite3")
        if existing:
            command.upgrade(cfg, "head")
        slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        print(f"Revisión {rev_id} creada ({slug}); actualice HEAD_REVISION en db/schema.py.")


if __name__ == "__main__":
    main()
