"""Site drift: the sandbox changing under a working profile, as real sites do.

Each kind is data: text replacements applied to every HTML page the sandbox serves (markup
and the page's own script together, so a drifted site stays one a person can use), plus the
keys of the built-in ``sandbox`` profile it breaks (what the doctor must name, no more).
Kinds combine; they are applied in the order of :data:`DRIFTS`, whatever order they are
asked in, so each kind's replacements see the page the kinds before it left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ._pages import grid_cells, grid_headers

_WHATS_NEW = """<div id="whatsNew" class="whats-new-overlay"
 style="position:fixed;inset:0;background:#0006;z-index:300">
 <div role="dialog" aria-modal="true" aria-labelledby="whatsNewTitle"
  style="background:#fff;max-width:420px;margin:120px auto;padding:20px;border-radius:6px">
  <h2 id="whatsNewTitle">What's new in Provision</h2>
  <p>Inventory loads faster, and Saved Filters have a new look.</p>
  <button type="button" class="whats-new-dismiss">Got it</button></div></div>
<script>(() => { const w = document.getElementById('whatsNew');
  if (localStorage.getItem('whatsNewSeen')) { w.remove(); return; }
  w.querySelector('button').onclick = () => {
    localStorage.setItem('whatsNewSeen', '1'); w.remove(); };
})();</script>
<div id="mainMenu\""""

_SCRIPT_STICKER = """<script>addEventListener('DOMContentLoaded', () => {
  const source = document.getElementById('stickerSource');
  const sticker = document.createElement('div');
  sticker.className = 'window-sticker-details';
  sticker.append(...source.childNodes);
  source.replaceWith(sticker);
});</script><div id="stickerSource" hidden>"""

_REORDERED = (2, 4, 0, 3, 1)  # Year Make Model, Dealer, Stock #, Age, VIN


@dataclass(frozen=True)
class Drift:
    """One way the site changed: what the pages get instead, and which keys that breaks."""

    name: str
    description: str
    replacements: tuple[tuple[str, str], ...]
    breaks: frozenset[str]

    def apply(self, html: str) -> str:
        for old, new in self.replacements:
            html = html.replace(old, new)
        return html


DRIFTS: dict[str, Drift] = {d.name: d for d in (
    Drift("rename", "ids and classes renamed: the grid's vehicle link, the age fields, the "
          "next-page button",
          (('class="YearMakeModel"', 'class="vehicle-title"'),
           ('id="ageMin"', 'id="minAge"'), ("querySelector('#ageMin')", "querySelector('#minAge')"),
           ('id="ageMax"', 'id="maxAge"'), ("querySelector('#ageMax')", "querySelector('#maxAge')"),
           ('class="x-tbar-page-next"', 'class="x-toolbar-next-btn"')),
          frozenset({"grid_link", "age_min", "age_max", "next_page"})),
    Drift("columns", "the grid's columns in another order",
          ((grid_headers(), grid_headers(_REORDERED)), (grid_cells(), grid_cells(_REORDERED))),
          frozenset()),
    Drift("other_tab", "the vehicle window always opens on Pricing, not Vehicle Info",
          (('INITIAL_TAB = "Vehicle Info"', 'INITIAL_TAB = "Pricing"'),),
          frozenset()),
    Drift("interstitial", "a \"What's new\" dialog covers the pages after sign-in until "
          "dismissed",
          (('<div id="mainMenu"', _WHATS_NEW),),
          frozenset({"dismiss_dialog"})),
    Drift("move_save", "the save button moved to a toolbar above the options, drawn as a link",
          (('<button id="saveOptions" class="x-btn-text" type="button">Save</button>', ""),
           ('<div class="options">', '<div class="x-toolbar x-options-toolbar"><a id="saveOptions" '
            'class="x-btn" role="button" tabindex="0">Save</a></div><div class="options">')),
          frozenset({"save_button"})),
    Drift("reword", "button labels reworded: Factory Equipment and Save",
          (('type="button">Factory Equipment</button>', 'type="button">Equipment Details</button>'),
           ('type="button">Save</button>', 'type="button">Save changes</button>'),
           ('tabindex="0">Save</a>', 'tabindex="0">Save changes</a>')),
          frozenset({"factory_equipment", "save_button"})),
    Drift("script_sticker", "the sticker page builds its equipment list with script: the "
          "HTML as served shows no sticker, the window does",
          (('<div class="window-sticker-details">', _SCRIPT_STICKER),),
          frozenset()),
)}


def drifts(kinds: Iterable[str | Drift]) -> tuple[Drift, ...]:
    """The drift kinds asked for, by name or as :class:`Drift`, in their canonical order."""
    asked: dict[str, Drift] = {}
    for kind in kinds:
        if isinstance(kind, Drift):
            asked[kind.name] = kind
        elif kind in DRIFTS:
            asked[kind] = DRIFTS[kind]
        else:
            raise ValueError(f"unknown drift {kind!r}: use any of {sorted(DRIFTS)}")
    order = list(DRIFTS)
    return tuple(sorted(asked.values(),
                        key=lambda d: order.index(d.name) if d.name in order else len(order)))


def apply_drifts(kinds: tuple[Drift, ...], html: str) -> str:
    for kind in kinds:
        html = kind.apply(html)
    return html


def broken_keys(kinds: Iterable[str | Drift]) -> frozenset[str]:
    """Every profile key the combined drift breaks."""
    return frozenset().union(*(d.breaks for d in drifts(kinds)))

