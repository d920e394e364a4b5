"""Write tests/fixtures/schema_<HEAD>.sqlite3: the demo dataset in the current schema.

Run once per released schema version (after adding a migration) and commit the file; the tests
upgrade every fixture with the current code.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pisac_desktop.db.backup import sqlite_copy  # noqa: E402
from pisac_desktop.db.schema import HEAD_REVISION  # noqa: E402
from pisac_desktop.demo import create_demo  # noqa: E402
from pisac_desktop.demo.tramite import INTAKE_DAYS_SHORT  # noqa: E402
from pisac_desktop.paths import DataPaths  # noqa: E402


def main() -> None:
    target = ROOT / "tests" / "fixtures" / f"schema_{HEAD_REVISION}.sqlite3"
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp))
        create_demo(paths, intake_days=INTAKE_DAYS_SHORT).db.dispose()  # small: the short intake
        sqlite_copy(paths.database, target)
    print(f"Fixture escrita: {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
