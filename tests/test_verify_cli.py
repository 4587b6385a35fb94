"""`caseworker-desktop verify`: the answer a landlord's or a court's clerk gets for a PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from caseworker_desktop import verify_cli
from caseworker_desktop.documents.seal import OrganisationKey, create_organisation_key, seal_pdf

ROOT = Path(__file__).resolve().parents[1]
TAG = (
    "cwd-agreement/1 id=5e0c8f3a-9b2d-4c71-8e6f-1a2b3c4d5e6f version=2 party=landlord "
    f"hash={'3f' * 32} code=ABCD-EFGH-JK23 case=2026-LAP1-0007"
)


def make_pdf(keywords: str) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    canvas.setKeywords(keywords)
    for page in range(1, 4):
        canvas.drawString(72, 760, f"Overeenkomst - pagina {page}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_organisation_key(
        "CAW Oost-Vlaanderen", "0b7f9a52-3c1d-4e8f-9a6b-2d4c8e1f5a37", datetime.now(UTC)
    )


@pytest.fixture(scope="module")
def sealed(key: OrganisationKey) -> bytes:
    return seal_pdf(make_pdf(TAG), key, reason="Overeenkomst", location="Gent")


@pytest.fixture
def data_dir(tmp_path: Path, key: OrganisationKey) -> Path:
    base = tmp_path / "data"
    (base / "profile").mkdir(parents=True)
    (base / "profile" / "organisation-seal.pem").write_bytes(key.certificate_pem)
    return base


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = verify_cli.main(list(args))
    return code, capsys.readouterr().out


def test_an_unaltered_agreement_in_dutch(
    tmp_path: Path, data_dir: Path, sealed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, write(tmp_path, "a.pdf", sealed), "--data-dir", str(data_dir))
    assert code == 0
    assert out.startswith("Ongewijzigde overeenkomst: dossier 2026-LAP1-0007, versie 2 van de overeenkomst,")
    assert "exemplaar voor de verhuurder" in out
    assert "verificatiecode ABCD-EFGH-JK23" in out
    today = datetime.now().astimezone().strftime("%d/%m/%Y")
    assert f"verzegeld op {today} " in out


def test_an_unaltered_agreement_in_english(
    tmp_path: Path, data_dir: Path, sealed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, write(tmp_path, "a.pdf", sealed), "--data-dir", str(data_dir), "--lang", "en")
    assert code == 0
    assert out.startswith(
        "Unaltered agreement: case 2026-LAP1-0007, agreement version 2, copy for the landlord,"
    )


def test_the_archive_copy_reads_het_archief(
    tmp_path: Path, data_dir: Path, key: OrganisationKey, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = seal_pdf(make_pdf(TAG.replace("party=landlord", "party=archive")), key, reason="r", location="l")
    code, out = run(capsys, write(tmp_path, "a.pdf", pdf), "--data-dir", str(data_dir))
    assert code == 0 and "exemplaar voor het archief" in out


def test_the_demo_profile_is_looked_up_with_demo(
    tmp_path: Path, data_dir: Path, sealed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "demo").mkdir()
    (data_dir / "profile" / "organisation-seal.pem").rename(data_dir / "demo" / "organisation-seal.pem")
    path = write(tmp_path, "a.pdf", sealed)
    assert run(capsys, path, "--data-dir", str(data_dir), "--demo")[0] == 0
    code, out = run(capsys, path, "--data-dir", str(data_dir))
    assert code == 2 and str(data_dir / "profile" / "organisation-seal.pem") in out


def test_one_changed_byte_is_reported_as_altered(
    tmp_path: Path, data_dir: Path, sealed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(sealed)
    position = sealed.index(b"Overeenkomst - pagina 2") + 22
    data[position] = ord("3")
    code, out = run(capsys, write(tmp_path, "a.pdf", bytes(data)), "--data-dir", str(data_dir))
    assert code == 1
    assert out.startswith("Gewijzigd:")
    assert "2026-LAP1-0007" not in out


def test_another_organisations_seal(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = create_organisation_key("CAW Elders", "9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", datetime.now(UTC))
    pdf = seal_pdf(make_pdf(TAG), other, reason="r", location="l")
    code, out = run(capsys, write(tmp_path, "a.pdf", pdf), "--data-dir", str(data_dir), "--lang", "en")
    assert code == 1
    assert "another organisation" in out


def test_something_added_after_sealing(
    tmp_path: Path, data_dir: Path, sealed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(sealed))
    info_ref = writer.trailer.raw_get("/Info")
    info_ref.get_object()["/Title"] = generic.TextStringObject("Nieuwe titel")
    writer.mark_update(info_ref)
    out_buffer = BytesIO()
    writer.write(out_buffer)
    code, out = run(capsys, write(tmp_path, "a.pdf", out_buffer.getvalue()), "--data-dir", str(data_dir))
    assert code == 1
    assert out.startswith("Aangevuld na het verzegelen:")


def test_no_certificate_says_where_it_looked(
    tmp_path: Path, sealed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    code, out = run(capsys, write(tmp_path, "a.pdf", sealed), "--data-dir", str(empty))
    assert code == 2
    assert out.startswith("Geen organisatiecertificaat gevonden")
    assert str(empty / "profile" / "organisation-seal.pem") in out


def test_an_unreadable_certificate(
    tmp_path: Path, data_dir: Path, sealed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "profile" / "organisation-seal.pem").write_text("nonsense")
    code, out = run(capsys, write(tmp_path, "a.pdf", sealed), "--data-dir", str(data_dir))
    assert code == 2 and "onleesbaar" in out


def test_not_a_pdf(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, write(tmp_path, "a.pdf", b"PK\x03\x04 a zip file"), "--data-dir", str(data_dir))
    assert code == 2 and out.startswith("Geen PDF:")


def test_a_missing_file(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, str(tmp_path / "nowhere.pdf"), "--data-dir", str(data_dir), "--lang", "en")
    assert code == 2 and out.startswith("File not found:")


def test_an_unsealed_pdf(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, write(tmp_path, "a.pdf", make_pdf(TAG)), "--data-dir", str(data_dir))
    assert code == 2 and out.startswith("Geen zegel:")


def test_a_sealed_pdf_that_is_not_an_agreement(
    tmp_path: Path, data_dir: Path, key: OrganisationKey, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = seal_pdf(make_pdf("recovery sheet"), key, reason="r", location="l")
    code, out = run(capsys, write(tmp_path, "a.pdf", pdf), "--data-dir", str(data_dir))
    assert code == 2 and out.startswith("Geen overeenkomst:")


def test_the_console_entry_dispatches_verify_before_the_gui(
    tmp_path: Path, data_dir: Path, sealed: bytes
) -> None:
    assert (ROOT / "src" / "caseworker_desktop" / "__main__.py").is_file()
    path = write(tmp_path, "a.pdf", sealed)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "caseworker_desktop", "verify", path, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dossier 2026-LAP1-0007, versie 2" in result.stdout
    assert result.stderr == ""
    # the GUI's start-up (logs folder, Qt) never ran
    assert not (data_dir / "logs").exists()
    altered = bytearray(sealed)
    altered[-3] ^= 0x01
    (tmp_path / "a.pdf").write_bytes(bytes(altered))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "caseworker_desktop",
            "verify",
            path,
            "--data-dir",
            str(data_dir),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1 and result.stdout.startswith("Altered:")
