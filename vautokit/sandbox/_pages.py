"""HTML of the imitation vAuto: Bridge ID sign-in, dashboard, ExtJS-like grid and gauge page."""

from __future__ import annotations

import json
from html import escape

from ._catalog import FIELDSETS, SECTIONS

# every label the gauge page offers a checkbox for: the only labels a save may send
OPTION_LABELS = frozenset(label for labels in FIELDSETS.values() for label in labels)

TABS = ["Vehicle Info", "Pricing", "Transfer Adv", "Book Values", "Media", "Window Stickers",
        "Lifecycle", "Vehicle Log"]

CSS = """
body{font:13px Tahoma,Arial,sans-serif;margin:0;background:#f3f5f8;color:#222}
.bridge{max-width:360px;margin:80px auto;background:#fff;padding:28px;border-radius:6px;
 box-shadow:0 2px 8px #0002}
.bridge h1{font-size:20px}.bridge input{width:100%;padding:8px;margin:6px 0 14px;box-sizing:border-box}
.bridge button{padding:8px 18px;background:#0a5ad4;color:#fff;border:0;border-radius:4px}
.error-message{color:#b00020;margin-bottom:10px}
#mainMenu{background:#1d3c6e;color:#fff;padding:8px}#mainMenu a{color:#fff;margin-right:16px}
.x-grid3{position:relative;margin:12px;background:#fff;border:1px solid #99bbe8}
.x-grid3-row td{padding:4px 8px;border-bottom:1px solid #eee}
th.x-grid3-hd{background:#dfe8f6;text-align:left;padding:4px 8px}
.ext-el-mask{position:absolute;inset:0;background:#fff9;z-index:50}
.x-window{position:fixed;top:40px;left:5%;width:90%;height:85%;background:#fff;
 border:1px solid #99bbe8;z-index:100;display:flex;flex-direction:column}
.x-window iframe{flex:1;border:0}
.x-window-header{background:#dfe8f6;padding:6px}
.x-message-box{position:fixed;top:30%;left:30%;width:40%;padding:20px;background:#fff;
 border:2px solid #b00020;z-index:200}
ul.x-tab-strip{list-style:none;display:flex;gap:4px;padding:0;margin:0 0 8px}
ul.x-tab-strip li{padding:4px 10px;background:#dfe8f6;cursor:pointer}
ul.x-tab-strip li.x-tab-strip-active{background:#fff;border:1px solid #99bbe8;font-weight:bold}
.x-tab-panel{display:none}.x-tab-panel.active{display:block}
fieldset{margin:8px 0}.x-form-check-group{display:grid;grid-template-columns:repeat(3,1fr)}
#filtersPanel{display:none;padding:8px;background:#eef}.x-combo-list{background:#fff;
 border:1px solid #99bbe8;position:absolute;z-index:60}
.x-combo-list-item{padding:3px 8px;cursor:pointer}
"""


def page(title: str, body: str, script: str = "") -> str:
    js = f"<script>{script}</script>" if script else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'>"
            f"<title>{escape(title)}</title>"
            f"<style>{CSS}</style></head><body>{body}{js}</body></html>")


def _bridge(title: str, inner: str, error: str | None) -> str:
    err = f"<div class='error-message' role='alert'>{escape(error)}</div>" if error else ""
    return page(title, f"<div class='bridge'><h1>{escape(title)}</h1>{err}{inner}</div>")


def signin_username(error: str | None = None) -> str:
    return _bridge("Sign in", """
<form method="post" action="/login/username">
 <label for="username">Username</label>
 <input id="username" name="username" autocomplete="username">
 <button type="submit">Next</button>
</form>""", error)


def signin_password(username: str, error: str | None = None) -> str:
    return _bridge("Sign in", f"""
<p class="user-chip">{escape(username)}</p>
<form method="post" action="/login/password">
 <label for="password">Password</label>
 <input id="password" name="password" type="password" autocomplete="current-password">
 <button type="submit">Sign in</button>
</form>""", error)


def verify_select(error: str | None = None) -> str:
    return _bridge("Verify your identity", """
<p>Choose how to receive your one-time code.</p>
<form method="post" action="/login/send-code">
 <div class="method">Text message to (***) ***-0142 <button type="submit">Select</button></div>
</form>""", error)


def verify_code(error: str | None = None) -> str:
    return _bridge("Verify your identity", """
<p>Enter the 6-digit code we sent you. It expires in 5 minutes.</p>
<form method="post" action="/login/verify">
 <input id="verificationCode" name="code" inputmode="numeric" placeholder="Enter code"
  autocomplete="one-time-code">
 <button type="submit">Verify</button>
</form>""", error)


MENU = """<div id="mainMenu" role="navigation"><span class="menu-item">Pricing
 <a href="/Va/Inventory/Vehicles.aspx">View Inventory</a></span>
 <a href="/Va/Dashboard/ProvisionEnterprise/Default.aspx">Dashboard</a>
 <a href="/logout">Sign out</a></div>"""


def dashboard(username: str, dealer: str) -> str:
    return page("vAuto Provision", f"""{MENU}
<div style="padding:16px"><h2>Welcome, {escape(username)}</h2><p>{escape(dealer)}</p></div>""")


def session_expired() -> str:
    return page("vAuto Provision", """
<div class="x-window x-message-box" role="alertdialog" style="height:auto">
 <div class="x-window-header">Session Expired</div>
 <p>Your session has expired. Please log in again.</p>
 <a href="/login">Log in</a></div>""")


# the grid's columns in their usual order: (header, cell template in the row script)
GRID_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Stock #", '<td class="x-grid3-col-stock"><a href="#" class="stock-link">${v.stock}</a></td>'),
    ("VIN", '<td class="x-grid3-col-vin">${v.vin}</td>'),
    ("Year Make Model", '<td class="x-grid3-col-ymm"><a href="#" class="YearMakeModel" '
                        'onclick="return doInventoryViewDetails(event, this, \'${v.id}\')">'
                        '${v.title}</a></td>'),
    ("Age", '<td class="x-grid3-col-age">${v.age}</td>'),
    ("Dealer", '<td class="x-grid3-col-dealer">${v.dealer}</td>'),
)


def grid_headers(order: tuple[int, ...] | None = None) -> str:
    """The header cells, in ``order`` (indexes into GRID_COLUMNS) or the usual one."""
    order = order or tuple(range(len(GRID_COLUMNS)))
    return "".join(f'<th class="x-grid3-hd">{GRID_COLUMNS[i][0]}</th>' for i in order)


def grid_cells(order: tuple[int, ...] | None = None) -> str:
    """The row script's cell templates, in the same order as the headers."""
    order = order or tuple(range(len(GRID_COLUMNS)))
    return "".join(GRID_COLUMNS[i][1] for i in order)


INVENTORY_JS = r"""
let page = 1, ageMin = null, ageMax = null;
const mask = document.querySelector('#gridMask');
async function load() {
  mask.style.display = 'block';
  const q = new URLSearchParams({page});
  if (ageMin !== null) q.set('ageMin', ageMin);
  if (ageMax !== null) q.set('ageMax', ageMax);
  const r = await fetch('/Va/Inventory/Data.ashx?' + q);
  if (r.status === 401) { location.href = '/Va/Inventory/Vehicles.aspx'; return; }
  const data = await r.json();
  const body = document.querySelector('#gridBody');
  body.innerHTML = '';
  for (const v of data.rows) {
    const tr = document.createElement('tr');
    tr.className = 'x-grid3-row';
    tr.dataset.vehicleId = v.id;
    tr.innerHTML = `GRID_CELLS`;
    body.appendChild(tr);
  }
  document.querySelector('#pageInfo').textContent = `Page ${data.page} of ${data.pages}`;
  const next = document.querySelector('#nextPage');
  if (data.page >= data.pages) next.setAttribute('disabled', 'disabled');
  else next.removeAttribute('disabled');
  setTimeout(() => { mask.style.display = 'none'; }, MASK_LINGER);
}
document.querySelector('#nextPage').onclick = () => { page += 1; load(); };
document.querySelector('#filtersButton').onclick = () => {
  const p = document.querySelector('#filtersPanel');
  p.style.display = p.style.display === 'block' ? 'none' : 'block';
};
document.querySelector('#applyFilters').onclick = () => {
  const a = document.querySelector('#ageMin').value, b = document.querySelector('#ageMax').value;
  ageMin = a === '' ? null : Number(a); ageMax = b === '' ? null : Number(b); page = 1; load();
};
document.querySelector('#savedFiltersTrigger').onclick = () => {
  const list = document.querySelector('#savedFiltersList');
  list.style.display = 'block'; list.innerHTML = '';
  setTimeout(() => {
    for (const [name, lo, hi] of [['Recent Inventory', 0, 1], ['Over 30 Days', 31, null],
                                  ['Manage...', null, null]]) {
      const item = document.createElement('div');
      item.className = 'x-combo-list-item'; item.textContent = name;
      item.onclick = () => {
        list.style.display = 'none';
        if (name === 'Manage...') return;
        document.querySelector('#savedFilters').value = name;
        ageMin = lo; ageMax = hi; page = 1; load();
      };
      list.appendChild(item);
    }
  }, COMBO_DELAY);
};
function doInventoryViewDetails(event, el, id) {
  event.preventDefault();
  const win = document.querySelector('#vehicleWindow');
  win.querySelector('.x-window-header span').textContent = el.textContent;
  win.querySelector('#GaugePageIFrame').src = '/Va/Inventory/GaugePage.aspx?vehicleId=' + id;
  win.style.display = 'flex';
  return false;
}
document.querySelector('#vehicleWindow .x-tool-close').onclick = () => {
  const win = document.querySelector('#vehicleWindow');
  win.style.display = 'none'; win.querySelector('#GaugePageIFrame').src = 'about:blank';
};
load();
"""


def inventory(mask_linger_ms: int, combo_delay_ms: int) -> str:
    body = f"""{MENU}
<div class="x-toolbar" style="padding:8px">
 <button id="filtersButton" class="x-btn-text" type="button">Filters</button>
 <span class="x-form-field-wrap" style="position:relative">
  <input id="savedFilters" placeholder="Saved Filters" readonly>
  <button id="savedFiltersTrigger" class="x-form-trigger" type="button" aria-label="Saved Filters">▾</button>
  <div id="savedFiltersList" class="x-combo-list" style="display:none"></div></span>
 <span id="pageInfo"></span>
 <button id="nextPage" class="x-tbar-page-next" type="button">Next Page</button>
</div>
<div id="filtersPanel"><label>Age min <input id="ageMin" type="number"></label>
 <label>Age max <input id="ageMax" type="number"></label>
 <button id="applyFilters" type="button">Apply</button></div>
<div class="x-grid3"><div id="gridMask" class="ext-el-mask"></div>
 <div class="x-grid3-scroller"><table><thead><tr>
{grid_headers()}</tr></thead><tbody id="gridBody"></tbody></table></div></div>
<div id="vehicleWindow" class="x-window" style="display:none">
 <div class="x-window-header"><span></span>
  <button class="x-tool-close" type="button" style="float:right">×</button></div>
 <iframe id="GaugePageIFrame" name="GaugePageIFrame" src="about:blank"></iframe></div>"""
    script = (f"const MASK_LINGER = {mask_linger_ms}, COMBO_DELAY = {combo_delay_ms};"
              + INVENTORY_JS.replace("GRID_CELLS", grid_cells()))
    return page("vAuto Provision - Inventory", body, script)


GAUGE_JS = r"""
function showTab(name) {
  for (const li of document.querySelectorAll('ul.x-tab-strip li'))
    li.classList.toggle('x-tab-strip-active', li.dataset.tab === name);
  for (const p of document.querySelectorAll('.x-tab-panel'))
    p.classList.toggle('active', p.dataset.tab === name);
}
for (const li of document.querySelectorAll('ul.x-tab-strip li')) li.onclick = () => showTab(li.dataset.tab);
showTab(INITIAL_TAB);
document.querySelector('#factoryEquipment').onclick = () => {
  window.open('/Va/Inventory/FactoryEquipment.aspx?vehicleId=' + VEHICLE_ID,
              'factory-equipment-details', 'width=700,height=800');
};
document.querySelector('#saveOptions').onclick = async () => {
  const mask = document.querySelector('#saveMask'), status = document.querySelector('#saveStatus');
  mask.style.display = 'block'; status.textContent = ''; status.removeAttribute('data-state');
  const checked = [...document.querySelectorAll('input[id^="ext-va-feature-checkbox-"]')]
    .filter(c => c.checked).map(c => c.dataset.label);
  let r;
  try {
    r = await fetch('/Va/Inventory/SaveOptions.ashx', {method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({vehicleId: VEHICLE_ID, checked})});
  } catch (e) { status.dataset.state = 'error'; status.textContent = 'Network error'; mask.style.display = 'none'; return; }
  if (r.status === 401) {
    document.body.insertAdjacentHTML('beforeend', '<div class="x-window x-message-box" role="alertdialog" style="height:auto"><div class="x-window-header">Session Expired</div><p>Please log in again.</p></div>');
  }
  setTimeout(() => {
    mask.style.display = 'none';
    status.dataset.state = r.ok ? 'saved' : 'error';
    status.dataset.status = r.status;
    status.textContent = r.ok ? 'Saved' : ('Save failed (' + r.status + ')');
  }, MASK_LINGER);
};
"""


def gauge(vehicle: dict, options: set[str], initial_tab: str, mask_linger_ms: int) -> str:
    tabs = "".join(f"<li data-tab='{escape(t)}'><span class='x-tab-strip-text'>{escape(t)}</span></li>"
                   for t in TABS)
    boxes, n = [], 0
    for legend, labels in FIELDSETS.items():
        items = []
        for label in labels:
            n += 1
            checked = " checked" if label in options else ""
            items.append(f"<div class='x-form-check-wrap'><input type='checkbox' "
                         f"id='ext-va-feature-checkbox-{n}' data-label='{escape(label)}'{checked}>"
                         f"<label for='ext-va-feature-checkbox-{n}'>{escape(label)}</label></div>")
        boxes.append(f"<fieldset><legend>{escape(legend)}</legend><div class='x-fieldset'>"
                     f"<div class='x-form-check-group'>{''.join(items)}</div></div></fieldset>")
    other = "".join(f"<div class='x-tab-panel' data-tab='{escape(t)}'><p>{escape(t)}</p></div>"
                    for t in TABS[1:])
    body = f"""
<ul class="x-tab-strip" role="tablist">{tabs}</ul>
<div class="x-tab-panel" data-tab="Vehicle Info" id="vehicleInfo" style="position:relative">
 <div id="saveMask" class="ext-el-mask" style="display:none"></div>
 <table class="vehicle-summary"><tr><td class="label">VIN:</td>
  <td class="vin-value" data-field="vin">{escape(vehicle['page_vin'])}</td></tr>
  <tr><td class="label">Stock #:</td><td data-field="stock">{escape(vehicle['stock'])}</td></tr></table>
 <div class="Vehicle_Attributes">{escape(vehicle['title'])}</div>
 <button id="factoryEquipment" class="x-btn-text" type="button">Factory Equipment</button>
 <div class="options">{''.join(boxes)}</div>
 <button id="saveOptions" class="x-btn-text" type="button">Save</button>
 <span id="saveStatus" role="status"></span>
</div>{other}"""
    script = (f"const VEHICLE_ID = {int(vehicle['id'])}, INITIAL_TAB = {json.dumps(initial_tab)},"
              f" MASK_LINGER = {mask_linger_ms};" + GAUGE_JS)
    return page(f"Gauge - {vehicle['title']}", body, script)


def sticker_html(title: str, vin: str, lines: list[tuple[str, str]]) -> str:
    sections = []
    for section in SECTIONS:
        items = [text for sec, text in lines if sec == section]
        if items:
            lis = "".join(f"<li>{escape(text)}</li>" for text in items)
            sections.append(f"<h3>{escape(section)}</h3><ul>{lis}</ul>")
    return page("factory-equipment-details", f"""
<div class="window-sticker-details"><h2>{escape(title)}</h2><p>VIN {escape(vin)}</p>
{''.join(sections)}</div>""")


def sticker_pdf_link(vehicle_id: int) -> str:
    return page("factory-equipment-details", f"""
<div class="window-sticker-pdf"><p>This manufacturer provides the window sticker as a PDF.</p>
<a class="sticker-pdf" href="/Va/Inventory/WindowSticker.pdf?vehicleId={vehicle_id}">
Monroney label (PDF)</a></div>""")


def sticker_missing() -> str:
    return page("factory-equipment-details",
                "<div class='no-sticker'>Window sticker not available for this vehicle.</div>")
