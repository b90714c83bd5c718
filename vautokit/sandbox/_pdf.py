"""PDF window stickers (Monroney labels), so the client's PDF path meets real PDFs."""

from __future__ import annotations

from fpdf import FPDF

from ._catalog import SECTIONS

_REPLACEMENTS = {"\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _latin1(text: str) -> str:
    for old, new in _REPLACEMENTS.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


def sticker_pdf(title: str, vin: str, lines: list[tuple[str, str]]) -> bytes:
    """One page: title, VIN, then each section heading with its lines."""
    pdf = FPDF(format="letter")
    pdf.set_creator("vautokit sandbox")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, f"VIN {vin}", new_x="LMARGIN", new_y="NEXT")
    for section in SECTIONS:
        items = [text for sec, text in lines if sec == section]
        if not items:
            continue
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, section.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        for text in items:
            pdf.cell(0, 5, _latin1(text), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
