"""Alembic environment. The app passes an open connection in config.attributes['connection']."""

from alembic import context
from sqlalchemy import create_engine

from pisac_desktop.db.models import Base
from pisac_desktop.db.text_index import not_a_text_index

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs table rebuilds for ALTER
        compare_type=True,
        include_name=not_a_text_index,  # db/text_index.py makes those
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # developer use: tools/new_migration.py passes sqlalchemy.url
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
