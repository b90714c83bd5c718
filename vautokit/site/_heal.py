"""Fingerprints of what a profile key matched, and candidate locators when it stops matching.

A fingerprint keeps what a person would recognise an element by (tag, role, accessible name,
text, nearby label, stable attributes), taken from the last page where the key matched, as
Healenium does. Without one (first contact) it is read off the selector itself. Candidates
are proposed in the order Playwright recommends locators: role and accessible name, label,
text, stable attributes (data-*, name, aria-*, placeholder, a handler's function name, an id
that is not generated), then classes; generated ids such as ``ext-gen201`` never.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Page

from ._profile import overrides_path

Target = Page | Frame

CSS_ONLY = frozenset({"grid_row", "grid_link", "grid_stock", "grid_vin", "grid_age",
                      "grid_dealer", "mask", "option_checkbox"})
"""Keys the code hands to querySelector (inside the page): only CSS candidates fit them."""

TIERS = {1: "role and name", 2: "label", 3: "text", 4: "stable attribute", 5: "class"}
MANY = frozenset({"grid_row", "grid_link", "grid_stock", "grid_vin", "grid_age", "grid_dealer",
                  "tab", "tab_label", "option_checkbox", "saved_filter_item"})
"""Keys that match several elements on a healthy page."""
WRITE_KEYS = frozenset({"option_checkbox", "save_button"})
"""Keys a save goes through: a healed one is never trusted without a person."""
NEVER_HEALED = frozenset({"save_done", "save_failed", "login_error", "session_expired",
                          "sticker_missing", "mask"})
"""Keys whose absence is itself the answer (a save that did not confirm, no error shown):
something else that looks like them must never stand in for them."""

FINGERPRINT_JS = """el => {
  const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
  const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
  const wrap = el.closest('label');
  const label = norm((labelled || wrap || {}).textContent || '');
  const attrs = {};
  for (const a of el.attributes)
    if (/^(data-|aria-|name$|placeholder$|title$|type$|onclick$)/.test(a.name))
      attrs[a.name] = a.value;
  const implicit = {BUTTON: 'button', NAV: 'navigation', SELECT: 'combobox', TEXTAREA: 'textbox'};
  let role = el.getAttribute('role') || implicit[el.tagName] || '';
  if (!role && el.tagName === 'A' && el.hasAttribute('href')) role = 'link';
  if (!role && el.tagName === 'INPUT') role = ({checkbox: 'checkbox', number: 'spinbutton',
    submit: 'button', button: 'button', radio: 'radio'})[el.type] || 'textbox';
  // a field's value is what was typed (a password, a code): only a button's is its label
  const isButton = el.tagName === 'INPUT' && /^(submit|button|reset)$/.test(el.type);
  const text = norm(el.innerText || (isButton ? el.value : '') || '').slice(0, 80);
  const name = norm(el.getAttribute('aria-label')) || label || text;
  return {tag: el.tagName.toLowerCase(), role, name, text, label, id: el.id || '',
          classes: [...el.classList], attrs};
}"""

CANDIDATES_JS = """([fp, scope, cssOnly]) => {
  const fingerprint = %s;
  const root = (scope && document.querySelector(scope)) || document;
  const generated = s => /^ext-(gen|comp)-?\\d+$|^ext-\\w+-\\d+$|\\d{3,}/.test(s);
  const words = s => new Set((s || '').toLowerCase().split(/\\W+/).filter(Boolean));
  const near = (a, b) => { if (!a || !b) return 0; if (a === b) return 4;
    const x = words(a), y = words(b); let n = 0; for (const w of x) if (y.has(w)) n++;
    return n ? Math.min(3, 1 + n) : 0; };
  const fn = s => ((s || '').match(/([A-Za-z_$][\\w$]*)\\s*\\(/) || [])[1] || '';
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const scored = [];
  for (const el of root.querySelectorAll('body *')) {
    if (!visible(el) || ['SCRIPT', 'STYLE', 'HTML', 'BODY'].includes(el.tagName)) continue;
    const f = fingerprint(el);
    let score = 0;
    if (fp.tag && f.tag === fp.tag) score += 2;
    if (fp.role && f.role === fp.role) score += 3;
    if (fp.id && f.id === fp.id) score += 5;
    score += near(fp.name, f.name) + near(fp.label, f.label);
    for (const [k, v] of Object.entries(fp.attrs || {}))
      if (k === 'onclick' ? fn(v) && fn(v) === fn(f.attrs[k]) : f.attrs[k] === v)
        score += k === 'type' ? 1 : 3;
    for (const c of fp.classes || []) if (f.classes.includes(c)) score += 1;
    if (score >= 5) scored.push([score, el, f]);
  }
  scored.sort((a, b) => b[0] - a[0]);
  const q = JSON.stringify;
  return scored.slice(0, 4).map(([score, el, f]) => {
    const sels = [];
    if (!cssOnly && f.role && f.name && f.name.length <= 60)
      sels.push([1, `role=${f.role}[name=${q(f.name)}]`]);
    if (!cssOnly && f.label) sels.push([2, `internal:label=${q(f.label)}i`]);
    if (!cssOnly && f.text && f.text.length <= 40 && !f.role) sels.push([3, `text=${q(f.text)}`]);
    for (const [k, v] of Object.entries(f.attrs)) {
      if (k === 'onclick') { if (fn(v)) sels.push([4, `${f.tag}[onclick*=${q(fn(v))}]`]); }
      else if (k !== 'type' && v && !generated(v) && v.length <= 60)
        sels.push([4, `${f.tag}[${k}=${q(v)}]`]);
    }
    if (f.id && !generated(f.id)) sels.push([4, `#${CSS.escape(f.id)}`]);
    for (const c of f.classes) if (!generated(c)) sels.push([5, `${f.tag}.${CSS.escape(c)}`]);
    return {score, described: `<${f.tag}> ${f.text.slice(0, 50)}`, selectors: sels};
  });
}"""


@dataclass(frozen=True)
class Fingerprint:
    """What a key's element looked like where it last matched."""

    tag: str = ""
    role: str = ""
    name: str = ""
    text: str = ""
    label: str = ""
    id: str = ""
    classes: tuple[str, ...] = ()
    attrs: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, data: dict) -> Fingerprint:
        known = {k: data.get(k) for k in cls.__dataclass_fields__ if k in data}
        known["classes"] = tuple(known.get("classes") or ())
        known["attrs"] = dict(known.get("attrs") or {})
        return cls(**known)

    @classmethod
    def from_selector(cls, selector: str) -> Fingerprint:
        """First contact: what the selector itself says about the element it wants."""
        head = selector.split(",")[0].strip()
        tag = re.match(r"^([a-z]+[0-9]?)\b", head)
        role = re.match(r"^role=(\w+)", head)
        name = re.search(r"name=['\"]([^'\"]+)", head)
        text = re.search(r"(?:has-text|text-is)\(['\"]([^'\"]+)|^text=['\"]?([^'\"]+)", head)
        attrs = {m.group(1): m.group(2) for m in
                 re.finditer(r"\[([\w-]+)[*^$]?=['\"]?([^'\"\]]+)", head)
                 if m.group(1) not in ("name",) or not role}
        return cls(tag="" if role or not tag else tag.group(1),
                   role=role.group(1) if role else "",
                   name=(name.group(1) if name else "") or next(
                       (g for g in (text.groups() if text else ()) if g), ""),
                   id=(re.search(r"#([\w-]+)", head) or [None, ""])[1],
                   classes=tuple(re.findall(r"\.([\w-]+)", head)), attrs=attrs)

    def to_js(self) -> dict:
        return asdict(self) | {"classes": list(self.classes)}


@dataclass(frozen=True)
class Candidate:
    """A locator that matches on the page now, and what it matched."""

    selector: str
    tier: int
    count: int
    matched: str

    @property
    def how(self) -> str:
        return TIERS[self.tier]


class FingerprintStore:
    """Fingerprints of one site's keys, beside the user's profile overrides."""

    def __init__(self, site: str, path: Path | None = None) -> None:
        self.path = path or overrides_path(site).with_suffix(".fingerprints.json")
        self._data: dict[str, dict] = {}
        if self.path.is_file():
            try:
                self._data = json.loads(self.path.read_text())
            except ValueError:
                self._data = {}  # a damaged file only costs the history; it is rewritten

    def get(self, key: str) -> Fingerprint | None:
        data = self._data.get(key)
        return Fingerprint.of(data) if data else None

    def put(self, key: str, fingerprint: Fingerprint) -> None:
        self._data[key] = fingerprint.to_js()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self._data, indent=1, sort_keys=True))


async def fingerprint_of(target: Target, selector: str) -> Fingerprint | None:
    """The fingerprint of the first element ``selector`` matches, if any."""
    try:
        locator = target.locator(selector).first
        if not await locator.count():
            return None
        return Fingerprint.of(await locator.evaluate(FINGERPRINT_JS))
    except PlaywrightError:
        return None


async def candidates(target: Target, key: str, fingerprint: Fingerprint, *, many: bool,
                     scope: str | None = None, limit: int = 5) -> list[Candidate]:
    """Locators that match now, best first: the element most like the fingerprint, then
    Playwright's order of preference, then the number of matches the key expects."""
    found = await target.evaluate(CANDIDATES_JS % FINGERPRINT_JS,
                                  [fingerprint.to_js(), scope, key in CSS_ONLY])
    ranked: list[tuple[tuple, Candidate]] = []
    seen: set[str] = set()
    for rank, element in enumerate(found):
        for tier, selector in element["selectors"]:
            if selector in seen:
                continue
            seen.add(selector)
            try:
                count = await target.locator(selector).count()
            except PlaywrightError:
                continue  # a selector this Playwright cannot parse is no candidate
            if count == 0:
                continue
            fits = (count > 1) if many else (count == 1)
            ranked.append(((not fits, rank, tier),
                           Candidate(selector, tier, count, element["described"])))
    ranked.sort(key=lambda pair: pair[0])
    return [c for _, c in ranked[:limit]]


HealListener = Callable[[str, str, "Candidate"], None]


class Healer:
    """Locators that worked last, tried when a key's selector fails during a run.

    A read key that heals goes on with what matched (once per key and run it is reported
    to ``on_heal``: key, page, candidate); later vehicles use the healed locator at once.
    A write key (``WRITE_KEYS``) that heals is remembered too, but the caller must not save
    through it. Fingerprints are read from the doctor's store, never written here.
    """

    def __init__(self, site: str) -> None:
        self.site = site
        self.healed: dict[str, Candidate] = {}
        self.on_heal: HealListener | None = None
        self._store: FingerprintStore | None = None

    def begin_run(self) -> None:
        """A new run tries each primary selector again first."""
        self.healed.clear()

    async def heal(self, target: Target, key: str, selector: str,
                   page_name: str) -> Candidate | None:
        if key in NEVER_HEALED:
            return None
        if self._store is None:
            self._store = FingerprintStore(self.site)
        fingerprint = self._store.get(key) or Fingerprint.from_selector(selector)
        found = await candidates(target, key, fingerprint, many=key in MANY, limit=1)
        if not found:
            return None
        if key not in self.healed and self.on_heal is not None:
            self.on_heal(key, page_name, found[0])
        self.healed[key] = found[0]
        return found[0]
