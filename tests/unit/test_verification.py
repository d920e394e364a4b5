"""Verification codes (issue 11, point 9): format, check symbol, uniqueness, printed footer
and QR, the CLI and the Verificar documento screen."""

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from pisac_desktop.core import verification as vf
from pisac_desktop.db.models import Certification, Instrument, Minutes, Summons, VerificationCode
from pisac_desktop.instruments.printing import render_certified_copy, render_for_preview
from tests.conftest import needs_tool

CODE = re.compile(r"^MDP-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_alphabet_has_no_ambiguous_symbols():
    assert not set("0O1IL") & set(vf.ALPHABET)
    assert len(vf.ALPHABET) == 31 == len(set(vf.ALPHABET))


def test_check_symbol_catches_every_single_typo_and_neighbour_swap():
    code = vf.new_code()
    assert vf.normalize(code) == code
    for n in range(vf.CODE_SYMBOLS):
        for c in vf.ALPHABET:
            if c != code[n]:
                typo = code[:n] + c + code[n + 1:]
                with pytest.raises(vf.MistypedCode, match="mal escrito"):
                    vf.normalize(typo)
    for n in range(vf.CODE_SYMBOLS - 1):
        swapped = code[:n] + code[n + 1] + code[n] + code[n + 2:]
        if swapped != code:
            with pytest.raises(vf.MistypedCode):
                vf.normalize(swapped)


@pytest.mark.parametrize("typed", ["mdp-{a}-{b}", "MDP {a} {b}", "{a}{b}", "MDP'{a}'{b}",
                                   " MDP-{a}-{b}\n"])
def test_what_a_person_or_a_scanner_types_is_understood(typed):
    code = vf.new_code()
    assert vf.normalize(typed.format(a=code[:4], b=code[4:]).lower()
                        if typed.islower() else typed.format(a=code[:4], b=code[4:]),
                        "MDP") == code


@pytest.mark.parametrize("typed, message", [
    ("", "Escriba o escanee"), ("MDP-7K3Q", "debe tener 8"), ("MDP-0K3Q-9XW2", "«0»"),
    ("MDP-7K3Q-9XW2-XXXX", "debe tener 8")])
def test_bad_input_gets_a_spanish_message(typed, message):
    with pytest.raises(vf.MistypedCode, match=message):
        vf.normalize(typed, "MDP")


def test_codes_come_from_secrets_not_from_the_number(monkeypatch):
    calls = []
    monkeypatch.setattr(vf.secrets, "choice", lambda seq: calls.append(1) or seq[5])
    assert vf.new_code()[:7] == vf.ALPHABET[5] * 7 and len(calls) == 7


def test_every_printed_thing_has_one_unique_code(demo):
    with demo.db.session() as s:
        rows = s.scalars(select(VerificationCode)).all()
        assert len({r.code for r in rows}) == len(rows)
        for model, target, where in (
                (Instrument, "instrument", Instrument.state != "draft"),
                (Certification, "certification", True), (Summons, "summons", True),
                (Minutes, "minutes", Minutes.state != "draft")):
            ids = set(s.scalars(select(model.id).where(where)))
            assert ids and ids == {r.target_id for r in rows if r.target == target}
        # Consecutive numbers, unrelated codes.
        first, second = s.scalars(select(Instrument).where(Instrument.state != "draft")
                                  .order_by(Instrument.kind_code, Instrument.year,
                                            Instrument.number)).all()[:2]
        assert first.kind_code == second.kind_code and second.number == first.number + 1
        a = vf.code_for(s, "instrument", first.id)
        b = vf.code_for(s, "instrument", second.id)
        assert CODE.match(a) and CODE.match(b)
        assert sum(x == y for x, y in zip(a[4:], b[4:], strict=True)) < 6


def test_issued_document_prints_its_code_and_verifies(demo):
    with demo.db.session() as s:
        doc = s.scalars(select(Instrument).where(Instrument.state == "issued")).first()
        code = vf.code_for(s, "instrument", doc.id)
        data, _name = render_for_preview(s, doc.id)
        assert f"Verificación: {code}" in _pdf_text(data)
        found = vf.verify(s, code.lower())
        assert found.number == doc.number_text and found.matches and not found.annulled
        assert found.sealed_hash == found.current_hash and len(found.sealed_hash) == 64


def test_certified_copy_has_its_own_code(demo):
    with demo.db.session() as s:
        cert = s.scalars(select(Certification)).first()
        code = vf.code_for(s, "certification", cert.id)
        assert code != vf.code_for(s, "instrument", cert.instrument_id)
        pdf = _pdf_text(render_certified_copy(s, cert.id)[0])
        assert pdf.count(f"Verificación: {code}") == len(PdfReader(io.BytesIO(
            render_certified_copy(s, cert.id)[0])).pages)
        assert vf.verify(s, code).kind == "Copia certificada"


def test_each_summons_prints_its_own_code(demo):
    from pisac_desktop.council.printing import summons_pdf

    with demo.db.session() as s:
        first = s.scalars(select(Summons).order_by(Summons.id)).first()
        rows = s.scalars(select(Summons).where(Summons.session_id == first.session_id)).all()
        pdf = _pdf_text(summons_pdf(s, first.session_id)[0])
        for row in rows:
            assert f"Verificación: {vf.code_for(s, 'summons', row.id)}" in pdf


def test_annulled_and_changed_content_are_told(demo):
    with demo.db.session() as s:
        annulled = s.scalars(select(Instrument).where(Instrument.state == "annulled")).first()
        assert vf.verify(s, vf.code_for(s, "instrument", annulled.id)).annulled
        doc = s.scalars(select(Instrument).where(Instrument.state == "issued")).first()
        code = vf.code_for(s, "instrument", doc.id)
    with demo.db.engine.begin() as conn:
        conn.execute(text("UPDATE instrument SET summary = 'otra cosa' WHERE id = :i"),
                     {"i": doc.id})
    with demo.db.session() as s:
        found = vf.verify(s, code)
        assert not found.matches and "CAMBIÓ" in found.verdict


def test_unknown_code_is_told_apart_from_a_mistyped_one(demo):
    with demo.db.session() as s:
        with pytest.raises(vf.UnknownCode, match="No hay ningún documento"):
            vf.verify(s, "MDP-2222-2222")  # well formed (check symbol 2), never given
        with pytest.raises(vf.MistypedCode, match="mal escrito"):
            vf.verify(s, "MDP-2222-2223")


@needs_tool("zbarimg")
@needs_tool("pdftoppm")
def test_the_printed_qr_decodes_to_the_code(demo, tmp_path):
    with demo.db.session() as s:
        doc = s.scalars(select(Instrument).where(Instrument.state == "issued")).first()
        code = vf.code_for(s, "instrument", doc.id)
        (tmp_path / "d.pdf").write_bytes(render_for_preview(s, doc.id)[0])
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1",
                    str(tmp_path / "d.pdf"), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    out = subprocess.run([shutil.which("zbarimg"), "-q", "--raw", str(png)],
                         capture_output=True, text=True)
    assert out.stdout.strip() == code


def test_cli_verify(demo, capsys):
    from pisac_desktop import admin_cli

    with demo.db.session() as s:
        doc = s.scalars(select(Instrument).where(Instrument.state == "issued")).first()
        code = vf.code_for(s, "instrument", doc.id)
    demo.db.dispose()
    assert admin_cli.verify_code(demo.paths, code) == admin_cli.OK
    assert doc.number_text in capsys.readouterr().out
    assert admin_cli.verify_code(demo.paths, "MDP-2222-2222") == admin_cli.FAILED
    assert admin_cli.verify_code(demo.paths, "xx") == admin_cli.REFUSED
    assert "8" in capsys.readouterr().err


def test_verify_screen_with_keyboard(demo_ctx, demo, qtbot):
    from PySide6.QtCore import Qt

    from pisac_desktop.gui.operations import wait_idle
    from pisac_desktop.gui.registry import SECRETARIA, module
    from pisac_desktop.gui.secretaria.verify import VerifySection

    with demo.db.session() as s:
        annulled = s.scalars(select(Instrument).where(Instrument.state == "annulled")).first()
        code = vf.code_for(s, "instrument", annulled.id)
    section = VerifySection(demo_ctx, module(SECRETARIA))
    qtbot.addWidget(section)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.codeEdit.hasFocus())
    qtbot.keyClicks(section.ui.codeEdit, code.lower())
    qtbot.keyClick(section.ui.codeEdit, Qt.Key_Return)
    assert wait_idle()
    assert section.ui.verifyButton.isEnabled() and section.ui.codeEdit.hasFocus()
    assert section.result is not None and section.result.number == annulled.number_text
    assert "ANULADO" in section.ui.verdictLabel.text()
    assert annulled.number_text in section.ui.detailsLabel.text()
    section.ui.codeEdit.setText("MDP-2222-2223")
    qtbot.keyClick(section.ui.codeEdit, Qt.Key_Return)
    assert wait_idle()
    assert "mal escrito" in section.ui.verdictLabel.text() and section.result is None
