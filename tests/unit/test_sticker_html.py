"""The sticker page as served, read without a browser: innerText-like text, the profile's
selectors (CSS and Playwright's ``text=`` forms), and the three sticker keys in the window
path's order."""

from __future__ import annotations

import pytest

from vautokit.sandbox import _pages
from vautokit.vehicles import parse_sticker_text
from vautokit.vehicles._sticker_html import StaticSticker, inner_text, parse, static_selector

SANDBOX = ("div.window-sticker-details", "a[href*='.pdf']", ".no-sticker")
VAUTO = ("div.window-sticker-details", "a[href*='.pdf'], embed[src*='.pdf']",
         "text=/not available/i")


def text_of(html: str, selector: str = "#s") -> str:
    return inner_text(parse(html.encode()).select_one(selector))


def test_blocks_start_and_end_lines_and_inline_elements_run_on_within_theirs():
    html = ("<div id=s><h3>Interior</h3><ul><li>Heated <b>front</b> <span>seats</span></li>"
            "<li><a href='#'>Power</a><em>fold</em> mirrors</li></ul>"
            "<div>Sunroof<div>Panoramic</div></div>Tail text</div>")
    assert text_of(html) == ("Interior\nHeated front seats\nPowerfold mirrors\nSunroof\n"
                             "Panoramic\nTail text")


def test_a_paragraph_stands_apart_a_br_breaks_the_line_and_cells_are_parted_by_tabs():
    html = ("<div id=s><p>VIN 1FT</p><p>Line one<br>Line two</p>"
            "<table><tr><td>Moonroof</td><td>$995</td></tr><tr><th>Total</th></tr></table></div>")
    assert text_of(html) == "VIN 1FT\n\nLine one\nLine two\n\nMoonroof\t$995\nTotal"


def test_white_space_collapses_to_one_space_except_in_pre():
    html = ("<div id=s>\n  <p>  Bose\n\t Premium   <b> Audio </b> </p>"
            "<pre> 9  speakers\n x</pre></div>")
    assert text_of(html) == "Bose Premium Audio\n\n 9  speakers\n x"


def test_what_a_browser_does_not_render_is_left_out():
    html = ("<div id=s><style>li{color:red}</style><script>var x = '<li>no</li>';</script>"
            "<template><li>template</li></template><noscript>enable scripts</noscript>"
            "<!-- a comment --><li>Shown</li><li hidden>Hidden</li>"
            "<li style='color: red; display : none'>Not displayed</li>"
            "<span style='display:block'>Own line</span>Last</div>")
    assert text_of(html) == "Shown\nOwn line\nLast"


def test_a_div_shown_inline_runs_on_within_the_line():
    assert text_of("<div id=s>Leather <div style='display:inline'>trimmed</div> seats</div>") \
        == "Leather trimmed seats"


def test_the_sandbox_sticker_reads_as_its_lines():
    lines = [("Interior", "Heated Front Seats"), ("Exterior", "Power Moonroof $995.00"),
             ("Packages", "Cold Weather Package")]
    html = _pages.sticker_html("2021 Ford F-150 XLT", "1FTFW1E50MFA00001", lines)
    shown = StaticSticker.of(*SANDBOX).shown(html.encode(), "http://site.test/x")
    assert shown is not None and shown[0] == "html"
    assert [(ln.section, ln.text) for ln in parse_sticker_text(shown[1])] == lines


@pytest.mark.parametrize("selectors", [SANDBOX, VAUTO], ids=["css", "vauto"])
def test_the_three_keys_are_checked_in_the_window_paths_order(selectors):
    reader = StaticSticker.of(*selectors)
    url = "http://site.test/Va/Inventory/FactoryEquipment.aspx?vehicleId=3"
    missing = (b"<div class='no-sticker'>Window sticker not available for this vehicle.</div>"
               b"<div class='window-sticker-details'>Standard Equipment</div>")
    assert reader.shown(missing, url) == ("missing", "")
    pdf = b"<a href='WindowSticker.pdf?vehicleId=3'>PDF</a><div class='window-sticker-details'>"
    assert reader.shown(pdf, url) == ("pdf", "http://site.test/Va/Inventory/"
                                             "WindowSticker.pdf?vehicleId=3")
    based = b"<head><base href='/docs/'></head><a href='s.pdf'>PDF</a>"
    assert reader.shown(based, url) == ("pdf", "http://site.test/docs/s.pdf")
    assert reader.shown(b"<div class='window-sticker-details'>A<p>B</p></div>", url) \
        == ("html", "A\n\nB")
    signin = b"<form><input id='username'><button type=submit>Next</button></form>"
    assert reader.shown(signin, url) is None


def test_elements_a_script_cannot_reach_are_not_found():
    reader = StaticSticker.of(*SANDBOX)
    hidden_away = (b"<template><div class='window-sticker-details'>Interior</div></template>"
                   b"<noscript><div class='no-sticker'>not available</div></noscript>")
    assert reader.shown(hidden_away, "http://site.test/") is None


def test_text_selectors_match_as_playwright_does():
    soup = parse(b"<div><p>Window sticker <b>NOT</b> available</p>"
                 b"<span>  Exact   words </span><head-like>x</head-like></div>")
    found = static_selector("text=/not available/i")(soup)
    assert found is not None and found.name == "p"  # the innermost element whose text matches
    assert static_selector("text=/not available/")(soup) is None  # flags honoured
    assert static_selector("text=sticker not")(soup).name == "p"  # substring, any case
    assert static_selector('text="Exact words"')(soup).name == "span"  # whole, normalised
    assert static_selector('text="Exact"')(soup) is None
    assert static_selector("text=/^$/y") is None  # a flag Python cannot honour
    assert static_selector("text=/(?<n>x)/") is None  # JavaScript-only syntax


@pytest.mark.parametrize("selector", ["button:has-text('Factory Equipment')", "div >> nth=0",
                                      "role=button[name='Next']", "xpath=//div", ":visible"])
def test_a_selector_only_a_browser_can_read_leaves_the_sticker_to_the_window(selector):
    assert static_selector(selector) is None
    assert StaticSticker.of(SANDBOX[0], SANDBOX[1], selector) is None


@pytest.mark.parametrize("body", [
    b"<div class='window-sticker-details'>" + b"<span>" * 5000 + b"deep",
    b"<div class='window-sticker-details'>Interior<![ x",
], ids=["nested-past-recursion", "rejected-by-the-parser"])
def test_a_page_python_cannot_read_is_left_to_the_browser(body):
    assert StaticSticker.of(*SANDBOX).shown(body, "http://site.test/") is None


def test_the_charset_a_response_names_decodes_the_page():
    text = "Θερμαινόμενα καθίσματα"  # heated seats, in a Greek single-byte encoding
    body = f"<div class='window-sticker-details'>{text}</div>".encode("iso-8859-7")
    assert StaticSticker.of(*SANDBOX).shown(body, "http://site.test/", "iso-8859-7") \
        == ("html", text)
