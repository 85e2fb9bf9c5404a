"""Write broken or unusual input files that the ingestion pipeline must survive."""

from __future__ import annotations

import io
import pathlib

import pikepdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from .un_layout import CREATION_DATE, _font_path

USER_PASSWORD = "user-secret"
OWNER_PASSWORD = "owner-secret"
SCAN_LINES = [
    "Nations Unies                                CTOC/COP/WG.4/2010/6",
    "",
    "Rapport sur la réunion du Groupe de travail",
    "sur la traite des personnes",
    "",
    "1.  Les États parties ont examiné la décision 4/4",
    "     adoptée lors de la réunion tenue à Vienne.",
]


def write_zero_byte(directory: pathlib.Path) -> pathlib.Path:
    """Write an empty file named like a PDF."""
    path = pathlib.Path(directory) / "zero-byte.pdf"
    path.write_bytes(b"")
    return path


def write_truncated_pdf(directory: pathlib.Path, source_pdf: pathlib.Path) -> pathlib.Path:
    """Write the first 40% of the bytes of a real PDF."""
    data = pathlib.Path(source_pdf).read_bytes()
    path = pathlib.Path(directory) / "truncated.pdf"
    path.write_bytes(data[: int(len(data) * 0.4)])
    return path


def write_encrypted_pdf(directory: pathlib.Path, source_pdf: pathlib.Path) -> pathlib.Path:
    """Write a copy of a PDF that needs USER_PASSWORD to be opened."""
    path = pathlib.Path(directory) / "encrypted.pdf"
    encryption = pikepdf.Encryption(user=USER_PASSWORD, owner=OWNER_PASSWORD, R=6)
    with pikepdf.open(source_pdf) as pdf:
        pdf.save(path, encryption=encryption)
    return path


def write_not_a_pdf(directory: pathlib.Path) -> pathlib.Path:
    """Write an HTML error page saved under a .pdf name."""
    path = pathlib.Path(directory) / "html-named.pdf"
    path.write_text(
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        "<title>Document introuvable</title></head>\n<body><h1>404</h1>"
        "<p>Le document demandé n'est pas disponible.</p></body></html>\n",
        encoding="utf-8",
    )
    return path


def _scan_image() -> bytes:
    """Render a few lines of French text into a greyscale A4 PNG at 100 dpi."""
    image = Image.new("L", (827, 1169), color=250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(_font_path("")), 18)
    for index, text in enumerate(SCAN_LINES):
        draw.text((110, 120 + index * 30), text, fill=20, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def write_scanned_pdf(directory: pathlib.Path) -> pathlib.Path:
    """Write an image-only PDF (a 'scan') with pages but no text layer."""
    path = pathlib.Path(directory) / "scanned.pdf"
    pdf = FPDF(orientation="P", unit="pt", format="A4")
    pdf.set_creation_date(CREATION_DATE)
    pdf.add_page()
    pdf.image(io.BytesIO(_scan_image()), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(path))
    return path


def write_partly_scanned_pdf(
    directory: pathlib.Path, source_pdf: pathlib.Path, after_page: int = 2
) -> pathlib.Path:
    """Write a real PDF with a scanned page (an image, no text) inserted after ``after_page``,
    as when a signed letter is scanned into a document."""
    scan = write_scanned_pdf(directory)
    path = pathlib.Path(directory) / "partly-scanned.pdf"
    with pikepdf.open(source_pdf) as pdf, pikepdf.open(scan) as scanned:
        pdf.pages.insert(after_page, scanned.pages[0])
        pdf.save(path)
    scan.unlink()
    return path


def write_non_utf8_text(directory: pathlib.Path) -> pathlib.Path:
    """Write a Latin-1 text document whose bytes are not valid UTF-8."""
    path = pathlib.Path(directory) / "latin1.txt"
    text = (
        "Réunion des États parties\n\n"
        "Les États parties ont adopté la décision 4/4 à l'issue de la réunion "
        "tenue à Vienne. Le secrétariat a été prié de présenter un rapport.\n"
    )
    path.write_bytes(text.encode("latin-1"))
    return path


def write_empty_text(directory: pathlib.Path) -> pathlib.Path:
    """Write a .txt document holding only whitespace."""
    path = pathlib.Path(directory) / "blank.txt"
    path.write_bytes(b"   \n\t\n  \r\n \n")
    return path
