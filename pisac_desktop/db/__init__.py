"""Database layer: engine, ORM models, migrations. Never imports Qt."""
