"""year name decree: the decree that names each year and its date; and the legal basis of the
resolución de concejo and de gerencia municipal templates, where still the old defaults

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 07:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The name of 2026 was given on 22 January 2026: documents dated before carry 2025's.
NAME_2026 = "Año de la Esperanza y el Fortalecimiento de la Democracia"


# Templates still holding the old default get the new one (an edited template is left alone).
LEGAL_BASIS = {
    "COUNCIL_RESOLUTION": (
        "Estando a lo expuesto y en uso de las atribuciones conferidas por el numeral 6 del "
        "artículo 20 de la Ley N° 27972, Ley Orgánica de Municipalidades;",
        "Estando a lo acordado por el Concejo Municipal en sesión, con la votación que consta en "
        "el acta, y en uso de las atribuciones conferidas por el artículo 9 y los artículos 39 "
        "al 41 de la Ley N° 27972, Ley Orgánica de Municipalidades;"),
    "MANAGEMENT_RESOLUTION": (
        "Estando a lo expuesto y en uso de las facultades delegadas a la Gerencia Municipal por "
        "el Reglamento de Organización y Funciones y la Ley N° 27972, Ley Orgánica de "
        "Municipalidades;",
        "Estando a lo expuesto y en uso de las facultades delegadas por el Alcalde mediante "
        "resolución de alcaldía, conforme al numeral 20 del artículo 20 de la Ley N° 27972, Ley "
        "Orgánica de Municipalidades, y al artículo 78 del Texto Único Ordenado de la Ley "
        "N° 27444, Ley del Procedimiento Administrativo General;"),
}


def upgrade() -> None:
    with op.batch_alter_table('year_name') as batch:
        batch.add_column(sa.Column('decree', sa.String(length=120), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('decree_date', sa.Date(), nullable=True))
    op.execute(sa.text("UPDATE year_name SET decree_date = '2026-01-22' "
                       "WHERE year = 2026 AND name = :name").bindparams(name=NAME_2026))
    for code, (old, new) in LEGAL_BASIS.items():
        op.execute(sa.text("UPDATE instrument_kind SET template_legal_basis = :new "
                           "WHERE code = :code AND template_legal_basis = :old")
                   .bindparams(code=code, old=old, new=new))


def downgrade() -> None:
    with op.batch_alter_table('year_name') as batch:
        batch.drop_column('decree_date')
        batch.drop_column('decree')
