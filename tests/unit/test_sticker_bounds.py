"""A PDF sticker is read off the event loop, within bounds of size and time; whatever the
file provokes in pypdf makes the sticker unreadable, never a crash."""

import asyncio
import threading

import pytest
from pypdf.errors import LimitReachedError

from vautokit.errors import StickerParseError
from vautokit.sandbox._pdf import sticker_pdf
from vautokit.vehicles import _sticker
from vautokit.vehicles._sticker import MAX_PDF_BYTES, pdf_text, read_pdf_text

VIN = "1M8GDM9AXKP042788"
LINES = [("Optional Equipment", "Power Sunroof $995")]


class _Reader:
    """A stand-in for PdfReader whose pages do what the test asks."""

    def __init__(self, extract):
        self._extract = extract

    def __call__(self, stream):
        extract = self._extract
        page = type("Page", (), {"extract_text": lambda _: extract()})()
        return type("Reader", (), {"pages": [page]})()


@pytest.mark.parametrize("error", [LimitReachedError("Limit reached while decompressing."),
                                   RecursionError("maximum recursion depth exceeded"),
                                   MemoryError()])
def test_what_pypdf_raises_makes_the_sticker_unreadable(monkeypatch, error):
    def extract():
        raise error

    monkeypatch.setattr(_sticker, "PdfReader", _Reader(extract))
    with pytest.raises(StickerParseError, match="PDF unreadable"):
        pdf_text(b"%PDF-1.7 hostile", VIN)


async def test_the_parse_runs_in_another_thread_than_the_event_loop(monkeypatch):
    parsed_in = []

    def extract():
        parsed_in.append(threading.get_ident())
        return "Optional Equipment\nPower Sunroof $995"

    monkeypatch.setattr(_sticker, "PdfReader", _Reader(extract))
    text = await read_pdf_text(b"%PDF-1.7", VIN, seconds=30)
    assert "Power Sunroof" in text
    assert parsed_in and parsed_in[0] != threading.get_ident()


async def test_a_parse_past_its_time_makes_the_sticker_unreadable(monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(_sticker, "PdfReader", _Reader(lambda: release.wait(30) and ""))
    try:
        with pytest.raises(StickerParseError, match=r"longer than 0\.2 s"):
            await read_pdf_text(b"%PDF-1.7", VIN, seconds=0.2)
    finally:
        release.set()


async def test_parses_that_outlive_their_bound_leave_the_shared_thread_pool_free(monkeypatch):
    """Eight hostile stickers whose parse never ends (more than the default pool's threads on
    2 cores) are each unreadable, and the pool that journal writes use still answers."""
    release = threading.Event()
    monkeypatch.setattr(_sticker, "PdfReader", _Reader(lambda: release.wait(60) and ""))
    try:
        for _ in range(8):
            with pytest.raises(StickerParseError, match="longer than"):
                await read_pdf_text(b"%PDF-1.7", VIN, seconds=0.05)
        assert await asyncio.wait_for(asyncio.to_thread(lambda: "free"), 30) == "free"
    finally:
        release.set()


def test_a_pdf_larger_than_a_sticker_is_refused_unread(monkeypatch):
    monkeypatch.setattr(_sticker, "PdfReader", _Reader(lambda: pytest.fail("parsed")))
    with pytest.raises(StickerParseError, match="more than a window sticker"):
        pdf_text(b"%PDF" + b" " * MAX_PDF_BYTES, VIN)


async def test_a_real_sticker_reads_through_the_bounded_path():
    text = await asyncio.wait_for(
        read_pdf_text(sticker_pdf("2020 Ford F-150 XL", VIN, LINES), VIN, seconds=60), 120)
    assert "Power Sunroof $995" in text
