"""What a user typed into a field (a password, a 2FA code) is never read into a fingerprint
or a healed candidate: those reach the fingerprint store, LOCATOR_HEALED events, the journal
and reports. Browser test: run under the lock from the team rules."""

from vautokit.site._heal import Fingerprint, candidates, fingerprint_of

SECRET, CODE = "hunter2-Secret!", "123456"


async def test_typed_secrets_never_reach_a_fingerprint_or_a_candidate(page):
    await page.set_content('<label for="pw">Password</label><input id="pw" type="password">'
                           '<input id="code" inputmode="numeric">'
                           '<input id="go" type="submit" value="Sign in">')
    await page.fill("#pw", SECRET)
    await page.fill("#code", CODE)
    prints = [await fingerprint_of(page, selector) for selector in ("#pw", "#code")]
    found = await candidates(page, "two_factor_input", Fingerprint(tag="input", role="textbox"),
                             many=False)
    assert found, "no candidate: the check below is vacuous"
    shown = repr(prints) + repr(found)
    assert SECRET not in shown and CODE not in shown
    assert (await fingerprint_of(page, "#go")).text == "Sign in"  # a button's value: its label
