"""Markup read as the words a person sees: equipment lines scraped from web pages and
listing APIs arrive with HTML tags and entities, escaped characters, JSON or XML fragments,
Markdown and unfilled template placeholders left in. :func:`read_markup` turns such a line
into its plain text, keeping what the markup says: a list item, a table cell or a line
break is a part of its own; a cross mark, ``false``, a class or attribute that says
unavailable and a strike-through rule their item out ("Sunroof: not included"); a check
mark or ``true`` states it. A plain line laid out in columns (two gaps of two spaces or
more, as on a windshield or a whiteboard) has its cells read as parts; any other line with
no markup comes back unchanged, byte for byte."""

from __future__ import annotations

import html
import itertools
import json
import re
import urllib.parse
from html.parser import HTMLParser

__all__ = ["read_markup"]

# the boundary between parts (list items, cells, lines) and the cue a ruled-out item gets:
# both are words the mapper already reads ("Sunroof: not included" is negated)
PART = "; "
RULED_OUT = "not included"

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a JSON string's escapes written out literally: "\u00ae", "\n", "A\/C", "10\" screen"
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[nrt\"/])")
_SURROGATES = re.compile(r"([\ud800-\udbff])([\udc00-\udfff])")
# an entity a page wrote without its semicolon ("Fog lamps &amp roof rails")
_BARE_ENTITY = re.compile(r"&(?:amp|nbsp|quot|reg|copy|trade)(?![A-Za-z0-9;])")
# a URL's encoding, read only where it encodes a space ("Fog%20lamps%2C%20roof%20rails")
_URL_SPACE = re.compile(r"%20")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]+\)")
_TAG = re.compile(r"<(?:/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?|!--.*?--|!\[CDATA\[.*?\]\]|\?.*?\?)>",
                  re.DOTALL)
# a JSON object or array, or an object's member written without its braces ('"k": {...}')
_JSON = re.compile(r"^\s*(?:[\[{]|\"[^\"]+\"\s*:\s*[\[{\"\dtfn-])")
_STRUCK_MD = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
# words struck through with a combining overlay on each letter, as a phone's "strikethrough
# text" generator writes them: "N\u0336A\u0336V\u0336" (NAV struck), a space between struck
# words struck or not ("T\u0336O\u0336W\u0336 \u0336P\u0336K\u0336G\u0336": TOW PKG struck)
_STRUCK_LETTERS = re.compile(
    r"(?:[^\s\u0335\u0336\u0338][\u0335\u0336\u0338]+)+"
    r"(?:\s[\u0335\u0336\u0338]*(?:[^\s\u0335\u0336\u0338][\u0335\u0336\u0338]+)+)*")
_EMPHASIS = re.compile(r"(?<!\*)\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?!\*)"
                       r"|(?<!\w)__(?=[^\s_])(.+?)(?<=[^\s_])__(?!\w)"
                       r"|(?<![\w`])`([^`]+)`(?!`)")
_MD_LEAD = re.compile(r"^\s*(?:#{1,6}|>)\s+")
# a template's unfilled slot: "{{trim}}", "${feature_list}", "%FEATURE_1%", "[[OPTION_DESC]]"
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}|\$\{[^{}]*\}|%[A-Z][A-Z0-9_]*%|\[\[[A-Za-z0-9_.]+\]\]")
# a string cut off for a teaser: "Remote Engine St...", "Sport trim\u2026 (more)"
_TRUNCATED = re.compile(r"(?<=[^\s.])\s*(?:\.{3}|\u2026)(?:\s*\((?:read )?more\))?\s*$",
                        re.IGNORECASE)
_MARKUP = re.compile("|".join(p.pattern for p in (
    _ENTITY, _BARE_ENTITY, _ESCAPE, _URL_SPACE, _TAG, _JSON, _STRUCK_MD, _STRUCK_LETTERS,
    _EMPHASIS, _MD_LINK, _PLACEHOLDER, _TRUNCATED))
    + r"|^\s*#{1,6}\s", re.DOTALL)

# a plain-text line laid out in columns: a gap of two spaces or more (or a tab) between two
# written things, as on a windshield, a whiteboard or a key tag ("LTHR  ROOF  NAV", "22431
# FORESTER  WHT  KEYLESS", "Leather: Y  Nav: N"); not after a mark that parts already or
# asks ("Equipped?  Sunroof: no" keeps its heading's question over the answers)
_COLUMN_GAP = re.compile(r"(?<=[^\s?:,;])(?: {2,}|\t+)(?=\S)")

# characters decoding leaves that a reader sees as a space or a hyphen
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a]")
_HYPHENS = re.compile(r"[\u2010\u2011\u2212]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")

_CHECKS = frozenset("\u2713\u2714\u2611\u2705")
_CROSSES = frozenset("\u2717\u2718\u274c\u274e\u2612\u2715\u2716")
TICK, CROSS = "\u2713", "\u2717"
UNCHOSEN = "unchosen"  # the mark of a drop-down's option that was not selected
_BARE = "\x00"  # around a bare unknown tag's place in the text read, with its own text
_BARE_MARK = re.compile(r"\x00(\d+):([^\x00]*)\x00")
_LEADING_MARK = re.compile(f"[{''.join(_CHECKS | _CROSSES)}]\ufe0f?\\s+")
_YES = frozenset({"true", "yes", "y", "1", *_CHECKS})
_NO = frozenset({"false", "no", "n", "0", *_CROSSES})

# HTML's inline elements: they mark up words inside a part rather than make parts
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em",
                     "font", "i", "kbd", "mark", "q", "samp", "small", "span", "strong", "sub",
                     "sup", "time", "tt", "u", "var", "del", "ins", "s", "strike", "wbr"})
_STRUCK_TAGS = frozenset({"del", "s", "strike"})
# HTML's other elements: a tag of none of these, bare and never closed, is a word written in
# angle brackets ("Options <Nav> <Sunroof>"), not markup
_BLOCK = frozenset({"html", "head", "body", "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "table",
                    "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article",
                    "header", "footer", "nav", "aside", "main", "h1", "h2", "h3", "h4", "h5",
                    "h6", "blockquote", "pre", "form", "label", "select", "option", "optgroup",
                    "button", "fieldset", "legend", "figure", "figcaption", "center"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "source"})
# a class or attribute word that says the item is not on the car
_UNAVAILABLE = frozenset({"unavailable", "excluded", "deleted", "removed", "disabled", "missing",
                          "absent", "inactive", "struck", "strikethrough", "crossed", "na"})
_NEGATORS = frozenset({"not", "no", "non", "un"})
_OFFERED = frozenset({"available", "avail", "included", "equipped", "offered", "standard", "std",
                      "installed", "present", "supported"})
# attribute and JSON key words: the item's name, its answer, an identifier nobody reads
_NAME_WORDS = frozenset({"name", "feature", "item", "label", "title", "desc", "description",
                         "text"})
_ANSWER_WORDS = frozenset({"value", "installed", "std", "standard", "included", "available",
                           "availability", "equipped", "enabled", "present", "selected",
                           "checked", "status", "state"})
# an empty icon's class that marks a cell ticked or crossed ("fa fa-check", "icon-times")
_TICK_ICON = frozenset({"check", "checkmark", "tick", "yes"})
_CROSS_ICON = frozenset({"times", "cross", "xmark", "x", "close", "ban", "no", "minus"})
_ID_WORDS = frozenset({"id", "code", "key", "sku", "slug", "uuid", "url", "href", "src"})

# a machine's name for a feature in running text: a snake_case tag ("fog_light") or, with the
# value it is set to ("remoteStart=true", "rearSeatHeat: N"), a lowerCamel key; a brand's
# one-letter prefix ("iDrive", "xDrive") is no key, nor is a capital I inside a word (a scan's
# l, "dispIay"), nor words a scraped page glued together with no value after them
_SNAKE = r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
_CAMEL = r"[a-z]{2,}(?:[A-HJ-Z][a-z0-9]+)+"
_MACHINE_KEY = re.compile(rf"(?<![\w@/.\\-])(?:{_SNAKE}(?![\w@/\\-])|{_CAMEL}(?=\s*[=:]))")
# a classifier's confidence after its tag ("fog_light 0.94", "logo (0.76)"): it rates the
# reading and says nothing of the feature, no negation; below even odds the tag is a guess
# (a flag's value, "=1", "=false", is kept: the mapper reads it as the answer it is)
_SCORE = re.compile(r"(?:(?<=[A-Za-z0-9'\"])\s+|(?<=[A-Za-z'\"]):\s*)"
                    r"(\()?(0?\.\d{1,3}|1\.0{1,3})(?(1)\))(?![\w.%])")
_GUESS_BELOW = 0.5
_GUESS = " (unsure)"  # a cue the mapper reads as doubt about the item it follows


def read_markup(text: str) -> str:
    """The plain text a person reads in ``text``; ``text`` itself when it has no markup and
    is not laid out in columns."""
    if not _MARKUP.search(text):
        return _read_columns(_read_machine_keys(text))
    flat = urllib.parse.unquote(text) if _URL_SPACE.search(text) else text
    read = _read_json(flat)
    if read is None:
        flat = _SURROGATES.sub(_paired, _ESCAPE.sub(_unescaped, flat))
        # a JSON fragment whose own quotes were escaped ('{\"item\": \"Fog lamps\"}')
        read = _read_json(flat)
    flat = _decode_entities(flat if read is None else read)
    flat = re.sub(r"[\ud800-\udfff]", "", flat).replace("\r\n", PART).replace("\n", PART)
    if _TAG.search(flat):
        flat = _read_tags(flat)
    flat = _read_markdown(flat)
    flat = _PLACEHOLDER.sub("", flat)
    flat = _read_machine_keys(flat)
    flat = _TRUNCATED.sub("", flat)
    flat = _INVISIBLE.sub("", _HYPHENS.sub("-", _SPACES.sub(" ", flat)))
    # a bracket or a backslash that only looked like markup leaves the line as written
    return text if flat == text else _tidy(flat)


def _unescaped(match: re.Match[str]) -> str:
    """One literal escape as its character (a line break parts the line later)."""
    code = match.group()[1:]
    if code[0] == "u":
        return chr(int(code[1:], 16))
    return {"n": "\n", "r": "\n", "t": " "}.get(code, code)


def _paired(match: re.Match[str]) -> str:
    """Two escaped halves of a character beyond the first plane ("\ud83d\ude97") as one."""
    high, low = (ord(c) for c in match.groups())
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def _decode_entities(text: str) -> str:
    """HTML entities as their characters, twice-escaped ones ("&amp;amp;") included."""
    for _ in range(3):
        decoded = _BARE_ENTITY.sub(lambda m: html.unescape(m.group() + ";"),
                                   _ENTITY.sub(lambda m: html.unescape(m.group()), text))
        if decoded == text:
            break
        text = decoded
    return text


def _tidy(text: str) -> str:
    """Runs of spaces as one, no space before a boundary and no empty parts (a dropped slot
    leaves none: "fog lamps, {{x}}, roof rails")."""
    text = re.sub(r"[ \t\r\n]+", " ", text)
    text = re.sub(r"\s+(?=[,;:])", "", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    parts = [part.strip(" ,") for part in text.split(";")]
    return PART.join(part for part in parts if part).strip()


def _key_words(key: str) -> str:
    """A JSON key or attribute name in words: "wifiHotspot", "heated_seats" -> "wifi hotspot",
    "heated seats"; a yes/no field's "is" or "has" is dropped ("hasSunroof" -> "sunroof")."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_\-.]+", " ", key).lower().split()
    if len(spaced) > 1 and spaced[0] in ("is", "has"):
        spaced = spaced[1:]
    return " ".join(spaced)


def _key_shown(key: str) -> str:
    """A JSON key as the words a reader sees: lowerCamel and snake_case keys in words
    (:func:`_key_words`); a key that starts with a capital keeps its capitals whole, since a
    brand writes them so ("EyeSight", "CarPlay") and the mapper reads "HeatedSeats" itself."""
    if " " in key.strip():
        return key.strip()
    if key[:1].isupper():
        return re.sub(r"[_\-.]+", " ", key).strip()
    return _key_words(key)


def _last_word(key: str) -> str:
    words = _key_words(key).split()
    return words[-1] if words else ""


def _answer(value: object) -> str | None:
    """"yes" or "no" for a value that answers whether an item is there, else None."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) and value in (0, 1):
        return "yes" if value else "no"
    said = value.replace("\ufe0f", "").strip().lower() if isinstance(value, str) else None
    if said in _YES | _NO:
        return "yes" if said in _YES else "no"
    return None


def _answered(item: str, answer: str | None) -> str:
    """An item with its answer: stated as itself, or ruled out in words the mapper reads."""
    return f"{item}: {RULED_OUT}" if answer == "no" else item


# -- JSON ---------------------------------------------------------------------------------

def _read_json(text: str) -> str | None:
    """A JSON fragment's parts as plain text, or None when ``text`` is not one."""
    if not _JSON.match(text):
        return None
    for candidate in (text.strip(), "{" + text.strip().rstrip(",") + "}"):
        try:
            value = json.loads(candidate, strict=False)
        except ValueError:
            continue
        if isinstance(value, dict | list):
            return PART.join(_json_parts(value))
    return None


def _json_parts(value: object) -> list[str]:
    """The parts a JSON value says: a list's items each; an object's named item with its
    answer ({"feature": "Nav", "value": false} -> "Nav: not included"); its other members as
    "key: value", "key" for true and "key: not included" for false; identifiers dropped."""
    if isinstance(value, list):
        return [part for item in value for part in _json_parts(item)]
    if not isinstance(value, dict):
        return [] if value is None else [str(value)]
    names = [k for k, v in value.items() if _last_word(k) in _NAME_WORDS and isinstance(v, str)]
    # the item's answer: a member named as one, else its only yes/no member ("fitted": "N")
    answers = [k for k in value if _last_word(k) in _ANSWER_WORDS]
    yes_no = [k for k, v in value.items() if isinstance(v, bool | str) and _answer(v)]
    answers = answers or (yes_no if len(yes_no) == 1 else [])
    parts = []
    if names:
        item = value[names[0]]
        answer = _answer(value[answers[0]]) if answers else None
        if answer and _class_rules_out(_key_words(answers[0])):  # "unavailable": true
            answer = "no" if answer == "yes" else "yes"
        if answers and answer is None and isinstance(value[answers[0]], str):
            item = f"{item}: {value[answers[0]]}"
        parts.append(_answered(item, answer))
    skipped = {*names[:1], *(answers[:1] if names else [])}
    for key, member in value.items():
        if key in skipped or _last_word(key) in _ID_WORDS:
            continue
        parts += _member_parts(key, member)
    return parts


def _member_parts(raw_key: str, member: object) -> list[str]:
    """One object member's parts, its key heading the first ("towing: hitch: ..."); a key
    that rules out ("notIncluded", "deleted_options") rules out each of its items."""
    key = _key_shown(raw_key)
    if isinstance(member, bool) or (isinstance(member, str) and _answer(member)):
        return [_answered(key, _answer(member))]
    if isinstance(member, dict | list):
        inner = _json_parts(member)
        if _class_rules_out(_key_words(raw_key)):
            return [_answered(part, "no") for part in inner]
        return [f"{key}: {inner[0]}", *inner[1:]] if inner else []
    return [] if member is None else [f"{key}: {member}"]


# -- HTML and XML -------------------------------------------------------------------------

def _ruled_out_by(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's class, style or a yes/no attribute says its item is not there
    (class="not-available", style="text-decoration: line-through", standard="false",
    data-status="unavailable", data-deleted="true")."""
    return any(_class_rules_out(value or "") if name == "class"
               else "line-through" in (value or "").lower() if name == "style"
               else (_last_word(name) in _ANSWER_WORDS | _OFFERED
                     and (_answer(value or "") == "no" or _class_rules_out(value or "")))
               or (_class_rules_out(name) and _answer(value or "") == "yes")
               for name, value in attrs)


def _class_rules_out(value: str) -> bool:
    """A class word that says unavailable, or a negator before an offered word ("not-std")."""
    words = re.split(r"[\s_\-]+", value.lower())
    return bool(_UNAVAILABLE & set(words)) or any(
        a in _NEGATORS and b in _OFFERED for a, b in itertools.pairwise(words))


def _named_by(attrs: list[tuple[str, str | None]]) -> str:
    """The name an element's attribute gives its content ("<spec key=drive>AWD" -> "drive")."""
    for name, value in attrs:
        if value and _last_word(name) in _NAME_WORDS | {"key", "field"}:
            return value.strip()
    return ""


def _icon(attrs: list[tuple[str, str | None]]) -> str:
    """The mark an empty element's icon class draws: a tick, a cross, or none."""
    classes = dict(attrs).get("class") or ""
    words = set(re.split(r"[\s_\-]+", classes.lower()))
    if _CROSS_ICON & words or _class_rules_out(classes):
        return CROSS
    return TICK if _TICK_ICON & words else ""


def _void_text(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    """What an element without content shows: a checkbox's tick or cross, an image's alt
    text, an icon's mark."""
    named = dict(attrs)
    if tag == "input" and (named.get("type") or "").lower() in ("checkbox", "radio"):
        return f"{TICK if 'checked' in named else CROSS} "
    if tag == "img":
        return (named.get("alt") or "").strip()
    return _icon(attrs)


class _PartReader(HTMLParser):
    """Collects a tagged line's text as parts: a block element, a line break or two inline
    elements side by side ("<span>Seating</span><span>Heated</span>") part the text; a
    struck or unavailable element's text is ruled out, a struck price is dropped; an empty
    element shows its checkbox, image's alt text or icon's mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        # each open element: its tag, whether it rules its text out, where its text starts,
        # and the mark its icon class draws if it turns out empty (UNCHOSEN: not read)
        self.open: list[tuple[str, bool, int, str]] = []
        self.last_was_end = False
        self.bare: list[str] = []  # bare unknown tags, "" once closed (see _BLOCK)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INLINE or (self.last_was_end and tag not in ("sup", "sub")):
            self.out.append(PART)
        self.last_was_end = False
        name = _named_by(attrs)
        ruled_out = tag in _STRUCK_TAGS or _ruled_out_by(attrs)
        if tag in _VOID or self.get_starttag_text().rstrip().endswith("/>"):
            if name:
                self.out.append(_answered(name, "no" if ruled_out else None) + PART)
            else:
                self.out.append(_void_text(tag, attrs))
            return
        if all(value is None for _, value in attrs) and tag not in _INLINE | _BLOCK:
            self.bare.append(tag)
            self.out.append(f"{_BARE}{len(self.bare) - 1}:{self.get_starttag_text()[1:-1]}{_BARE}")
        if name:
            self.out.append(f"{name}: ")
        # a drop-down's choices: only the chosen one is said of the car
        unchosen = (tag == "option" and "selected" not in dict(attrs)
                    and any(t == "select" for t, _, _, _ in self.open))
        self.open.append((tag, ruled_out, len(self.out), UNCHOSEN if unchosen else _icon(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.bare:
            self.bare[len(self.bare) - 1 - self.bare[::-1].index(tag)] = ""
        while self.open and tag in (t for t, _, _, _ in self.open):
            opened, ruled_out, start, icon = self.open.pop()
            inside = "".join(self.out[start:])
            if icon == UNCHOSEN:
                del self.out[start:]
            elif ruled_out:  # each of its parts: "<ul class=unavailable><li>..</li><li>.."
                self.out[start:] = [_answered(part.strip(), "no") + PART
                                    for part in inside.split(PART.strip())
                                    if re.search(r"[A-Za-z]", part)]
            elif not inside.strip() and icon:
                self.out.append(f" {icon} ")
            if opened == tag:
                break
        if tag not in _INLINE:
            self.out.append(PART)
        self.last_was_end = True

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.last_was_end = False
        self.out.append(data)

    def unknown_decl(self, data: str) -> None:
        if data.startswith("CDATA["):
            self.handle_data(data[len("CDATA["):])


def _read_tags(text: str) -> str:
    """A tagged line's parts; a part that is only an answer (a cell "&#10007;", "N", "true")
    answers the part before it, a mark before a part's item answers that item ("[icon] Fog
    lamps"); comments and processing instructions are not read."""
    reader = _PartReader()
    try:
        reader.feed(text.replace(_BARE, ""))  # a NUL is no reader's text
        reader.close()
        read = _BARE_MARK.sub(lambda m: m.group(2) if reader.bare[int(m.group(1))] else "",
                              "".join(reader.out))
    except AssertionError:  # html.parser gives up on a broken declaration ("<![<b>")
        read = _TAG.sub(PART, text)
    parts = [part.strip() for part in read.split(PART.strip())]
    kept: list[str] = []
    for part in filter(None, parts):
        answer = _answer(part)
        lead = _LEADING_MARK.match(part)
        if answer is not None and kept:
            kept[-1] = _answered(kept[-1], answer)
        elif lead is not None and answer is None:
            kept.append(_answered(part[lead.end():], _answer(lead.group().strip())))
        else:
            kept.append(part)
    return PART.join(kept)


# -- machine keys -------------------------------------------------------------------------

def _read_machine_keys(text: str) -> str:
    """A line of machine tags and flags read as the words they join: a key in words
    ("isRemoteEngineStartSupported=true" -> "remote engine start supported=true", "fog_light"
    -> "fog light"), with the confidence scores beside a line's tags dropped: a score is
    neither the feature's answer nor a number of it; a score below even odds leaves its tag
    unsure, for a person to check."""
    if not _MACHINE_KEY.search(text):
        return text
    scored = _SCORE.sub(lambda m: _GUESS if float(m.group(2)) < _GUESS_BELOW else "", text)
    return _MACHINE_KEY.sub(lambda m: _key_words(m.group()), scored)


def _read_columns(text: str) -> str:
    """A line laid out in columns with its cells as parts: a gap a writer leaves between
    items parts them as a comma would, so an item alone in its cell ("ROOF", "KEYLESS")
    is read as a list's item and a mark after a cell ("ROOF \u2717") answers that cell only;
    a line with one gap or none is left as written."""
    if len(_COLUMN_GAP.findall(text)) < 2:
        return text
    return _COLUMN_GAP.sub(PART, text)


# -- Markdown -----------------------------------------------------------------------------

def _read_markdown(text: str) -> str:
    """Markdown's emphasis, code, link and heading marks gone; a strike-through rules its item out
    (a struck price, with no words, is only replaced and is dropped), whether Markdown's "~~"
    or a combining stroke over each letter (a struck word on a phone's note or a listing)."""
    text = _STRUCK_MD.sub(lambda m: _struck(m.group(1)), text)
    text = _STRUCK_LETTERS.sub(lambda m: _struck(re.sub("[\u0335\u0336\u0338]", "", m.group())),
                               text)
    text = _EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_LEAD.sub("", text)


def _struck(words: str) -> str:
    """Struck-through words as their item ruled out, a part of its own (what is written
    before it is not ruled out with it); nothing for a struck figure (an old price: the new
    one stands beside it)."""
    return PART + _answered(words, "no") + PART if re.search(r"[A-Za-z]", words) else ""
