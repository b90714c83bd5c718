"""Issue 19, round 19: markup read as the words a person sees (vehicles/_markup.py).
Equipment lines scraped from web pages and listing APIs keep their HTML tags and entities,
escaped characters, JSON and XML, Markdown and template slots; each is read as plain text
that keeps what the markup says (a cross, false, an "unavailable" class or a strike-through
rules its item out). Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._markup import read_markup


@pytest.mark.parametrize("line", [
    "Heated seats, sunroof, nav", "[x] Rain sensing wipers  [ ] Sunroof", "A/C <3 owners",
    "Sunroof....No", "Nav \\ sunroof", "Leather: Y  Nav: N", "2 sets of keys ***",
    "Customer signature ______  Date ____", '"Sunroof","Yes"', "Moonroof & nav w/ 8\" screen",
])
def test_a_line_without_markup_comes_back_byte_for_byte(line):
    assert read_markup(line) == line


@pytest.mark.parametrize(("line", "plain"), [
    ("Fog lamps &amp; roof rails", "Fog lamps & roof rails"),
    ("Fog lamps &amp;amp; roof rails", "Fog lamps & roof rails"),
    ("Rain&nbsp;sensing&nbsp;wipers", "Rain sensing wipers"),
    ("8&#8209;speaker audio &#8212; Bose&#174;", "8-speaker audio \u2014 Bose\u00ae"),
    ("Moonroof delete (&minus;$800)", "Moonroof delete (-$800)"),
])
def test_html_entities_are_read_as_their_characters(line, plain):
    assert read_markup(line) == plain


def test_literal_escapes_are_read_and_a_line_break_parts_the_line():
    assert read_markup("Bose\\u00ae audio\\nRain sensing wipers") == (
        "Bose\u00ae audio; Rain sensing wipers")


@pytest.mark.parametrize(("line", "plain"), [
    ("<ul><li>Fog lamps</li><li>Roof rails</li></ul>", "Fog lamps; Roof rails"),
    ("Fog lamps<br>Roof rails<br/>Tow hooks", "Fog lamps; Roof rails; Tow hooks"),
    ("<tr><td>Roof rails</td><td>$350</td></tr>", "Roof rails; $350"),
    ("<p><b>Bose</b> audio w/ 9 speakers</p>", "Bose audio w/ 9 speakers"),
    ("<span class=k>Roof</span><span class=v>Power sunroof</span>", "Roof; Power sunroof"),
    ("Burmester<sup>&reg;</sup> audio", "Burmester\u00ae audio"),
    ("<![CDATA[Rain sensing wipers]]>", "Rain sensing wipers"),
    ("<!-- sunroof: yes --><item>Fog lamps</item>", "Fog lamps"),
    ('<spec name="roof">Power tilt/slide</spec>', "roof: Power tilt/slide"),
])
def test_tags_part_list_items_cells_and_lines_but_not_words(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "plain"), [
    ('<li class="feature not-included">Rain sensing wipers</li>',
     "Rain sensing wipers: not included"),
    ('<span class="opt_unavailable">Fog lamps</span>', "Fog lamps: not included"),
    ('<span style="text-decoration: line-through">Fog lamps</span>',
     "Fog lamps: not included"),
    ('<item name="Fog lamps" available="no"/>', "Fog lamps: not included"),
    ('<item name="Fog lamps" available="yes"/>', "Fog lamps"),
    ("<s>Fog lamps</s> <b>Roof rails</b>", "Fog lamps: not included; Roof rails"),
    ("<tr><td>Fog lamps</td><td>&#10008;</td></tr>", "Fog lamps: not included"),
    ("<row><k>Fog lamps</k><v>false</v></row>", "Fog lamps: not included"),
    ("<row><k>Fog lamps</k><v>Y</v></row>", "Fog lamps"),
    ('<span class="price">$1,200</span>', "$1,200"),
])
def test_markup_that_rules_an_item_out_says_so_in_words(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "plain"), [
    ('{"item": "Fog lamps", "value": false}', "Fog lamps: not included"),
    ('{"title": "Fog lamps", "fitted": "Y", "source": "dealer"}', "Fog lamps; source: dealer"),
    ('{"title": "Fog lamps", "fitted": "N"}', "Fog lamps: not included"),
    ('{"title": "Fog lamps", "status": "Optional"}', "Fog lamps: Optional"),
    ('{"hasFogLamps": true, "rain_sensing_wipers": false}',
     "fog lamps; rain sensing wipers: not included"),
    ('"extras": ["Fog lamps", "Roof rails"]', "extras: Fog lamps; Roof rails"),
    ('{"AeroVision": true, "roofRails": true}', "AeroVision; roof rails"),
    ('{"sku": "X-77", "label": "Roof rails"}', "Roof rails"),
    ('{"roof": {"type": "Power tilt/slide", "shade": "Yes"}}',
     "roof: type: Power tilt/slide; shade"),
    ('[{"name": "Fog lamps\\u00ae"}, {"name": "Roof rails"}]', "Fog lamps\u00ae; Roof rails"),
])
def test_json_is_read_as_its_items_and_their_answers(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "plain"), [
    ("~~Fog lamps~~ per buyer", "Fog lamps: not included; per buyer"),
    ("**Price:** ~~$41,000~~ $39,500", "Price: $39,500"),
    ("## Comfort: **rain sensing wipers**", "Comfort: rain sensing wipers"),
    ("`ROOF-PKG` __Fog lamps__", "ROOF-PKG Fog lamps"),
])
def test_markdown_marks_are_read_and_a_strike_through_rules_out(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "plain"), [
    ("{{trim}} adds fog lamps", "adds fog lamps"),
    ("Fog lamps, %ITEM_2%, roof rails", "Fog lamps, roof rails"),
    ("Roof rails ${extra} [[DESC_7]]", "Roof rails"),
])
def test_unfilled_template_slots_are_dropped(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "plain"), [
    ("Fog lamps, roof rails, rain sensing wip...", "Fog lamps, roof rails, rain sensing wip"),
    ("Roof rails\u2026 (more)", "Roof rails"),
])
def test_a_cut_off_string_loses_its_ellipsis(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "labels"), [
    ('<li class="not-available">Rain sensing wipers</li>', set()),
    ('{"item": "Fog lamps", "installed": false}', set()),
    ('<item name="Rain sensing wipers" standard="false"/>', set()),
    ("<tr><td>Rain sensing wipers</td><td>&#10007;</td></tr>", set()),
    ("~~Rain sensing wipers~~", set()),
    ('{"item": "Rain sensing wipers", "installed": true}', {"Rain Sensing Wipers"}),
    ("Rain&nbsp;sensing&nbsp;wipers", {"Rain Sensing Wipers"}),
    ("<li>Rain sensing wipers</li><li>Fog lamps</li>", {"Rain Sensing Wipers", "Fog Lights"}),
])
def test_the_mapper_decides_the_line_the_markup_says(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_the_reason_says_how_the_markup_was_read(mapper):
    result = mapper.map_line("<b>Rain&nbsp;sensing wipers</b>")
    assert "markup read as 'Rain sensing wipers'" in result.reason
    assert result.line == "<b>Rain&nbsp;sensing wipers</b>"


@pytest.mark.parametrize(("line", "plain"), [
    ('A\\/C, 10.1\\" screen', 'A/C, 10.1" screen'),
    ('{\\"item\\": \\"Fog lamps\\", \\"value\\": false}', "Fog lamps: not included"),
    ("Wagon \\ud83d\\ude97 with fog lamps", "Wagon \U0001f697 with fog lamps"),
    ("Fog lamps &amp roof rails", "Fog lamps & roof rails"),
    ("Fog%20lamps%2C%20roof%20rails", "Fog lamps, roof rails"),
    ("Has [fog lamps](https://example.com/f) and [roof rails](/r)", "Has fog lamps and roof rails"),
])
def test_escaped_quotes_surrogates_bare_entities_urls_and_links_are_read(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "plain"), [
    ('<tr><td>Fog lamps</td><td><i class="fa fa-check"></i></td></tr>', "Fog lamps"),
    ('<tr><td>Fog lamps</td><td><i class="fa fa-times"></i></td></tr>',
     "Fog lamps: not included"),
    ('<td>Fog lamps</td><td><span class="icon-unavailable"/></td>', "Fog lamps: not included"),
    ('<li><i class="ico-x"></i> Roof rails</li><li><i class="ico-check"></i> Fog lamps</li>',
     "Roof rails: not included; Fog lamps"),
    ('<label><input type="checkbox" checked> Fog lamps</label>'
     '<label><input type="checkbox"> Roof rails</label>', "Fog lamps; Roof rails: not included"),
    ('<td>Fog lamps</td><td><img src="n.png" alt="Not available"></td>',
     "Fog lamps; Not available"),
    ('<span data-status="not-available">Fog lamps</span>', "Fog lamps: not included"),
    ('{"item": "Fog lamps", "value": "\u2714\ufe0f"}', "Fog lamps"),
])
def test_icons_checkboxes_images_and_status_attributes_answer_their_item(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "plain"), [
    ('<ul class="unavailable"><li>Fog lamps</li><li>Roof rails</li></ul>',
     "Fog lamps: not included; Roof rails: not included"),
    ('{"excludedOptions": ["Fog lamps", "Roof rails"], "extras": ["Tow hooks"]}',
     "Fog lamps: not included; Roof rails: not included; extras: Tow hooks"),
    ('{"title": "Fog lamps", "unavailable": true}', "Fog lamps: not included"),
    ('{"title": "Fog lamps", "not_available": false}', "Fog lamps"),
    ('<item name="Fog lamps" data-removed="true"/>', "Fog lamps: not included"),
])
def test_a_container_or_key_that_rules_out_rules_out_each_item(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize(("line", "labels"), [
    ('<ul class="not-available"><li>Rain sensing wipers</li><li>Fog lamps</li></ul>', set()),
    ('{"unavailable": ["Rain sensing wipers", "Fog lamps"]}', set()),
])
def test_no_item_of_a_ruled_out_list_is_ticked(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_declaration_the_html_parser_gives_up_on_is_read_without_its_tags():
    read = read_markup("<![<b>Fog lamps</b>")
    assert read.endswith("Fog lamps") and "<b>" not in read


def test_only_a_drop_downs_chosen_option_is_read():
    line = "<select><option>Fog lamps</option><option selected>Roof rails</option></select>"
    assert read_markup(line) == "Roof rails"
    assert read_markup("<option>Fog lamps</option><option>Roof rails</option>") == (
        "Fog lamps; Roof rails")


def test_a_bare_unknown_tag_never_closed_is_a_word_in_angle_brackets():
    assert read_markup("Options <Sunroof> <Fog lamps>") == "Options; Sunroof; Fog lamps"
    assert read_markup("<Sunroof>Power tilt</Sunroof>") == "Power tilt"
