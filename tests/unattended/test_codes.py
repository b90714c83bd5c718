"""2FA codes without a person: a command's output, and an SMS gateway's webhook (real HTTP)."""

from __future__ import annotations

import asyncio
import logging
import sys

import aiohttp
import pytest

from vautokit.auth import CommandCode, WebhookCodeReceiver
from vautokit.errors import AuthError, ConfigError, TwoFactorCodeError

SECRET = "s3cret-shared-with-the-gateway"
TEXT = "One-time Bridge ID code: {}. Code expires in 5 minutes."


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


# CommandCode ---------------------------------------------------------------------------------
async def test_command_code_reads_the_code_and_knows_the_account():
    command = CommandCode(python(
        "import os; print('code for', os.environ['VAUTOKIT_CODE_USERNAME'], 'is 482913')"))
    assert await command("demo@dealer.test") == "482913"


async def test_command_given_as_a_string_is_split_not_run_by_a_shell(tmp_path):
    marker = tmp_path / "ran"
    command = CommandCode(f"{sys.executable} -c 'print(\"code: 111222\")' ; touch {marker}")
    # Without a shell, ";" and "touch" are mere arguments of python -c.
    assert await command("u") == "111222"
    assert not marker.exists()


async def test_failing_command_names_program_and_status_never_its_output():
    command = CommandCode(python("import sys; print('654321'); sys.exit(3)"))
    with pytest.raises(TwoFactorCodeError) as caught:
        await command("u")
    message = str(caught.value)
    assert "python" in message and "exited with status 3" in message
    assert "654321" not in message and "import" not in message
    assert isinstance(caught.value, AuthError)


@pytest.mark.parametrize("output", ["no code today", "123456 or 654321", "12345", "1234567"])
async def test_output_without_exactly_one_code_is_refused(output):
    with pytest.raises(TwoFactorCodeError, match="no single 6-digit code"):
        await CommandCode(python(f"print({output!r})"))("u")


async def test_slow_command_is_stopped_after_its_timeout():
    command = CommandCode(python("import time; time.sleep(60)"), timeout=0.5)
    with pytest.raises(TwoFactorCodeError, match=r"did not finish within 0\.5 s"):
        await command("u")


async def test_a_cancelled_run_does_not_leave_the_command_running():
    spawned: list[asyncio.subprocess.Process] = []
    started = asyncio.Event()

    class Watched(CommandCode):
        async def _spawn(self, username, source):
            spawned.append(await super()._spawn(username, source))
            started.set()
            return spawned[-1]

    waiting = asyncio.create_task(Watched(python("import time; time.sleep(600)"))("u"))
    await started.wait()
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert spawned[0].returncode is not None  # killed and reaped, not left behind


async def test_missing_program_is_named():
    with pytest.raises(TwoFactorCodeError, match=r"'no-such-sms-reader'.*not found"):
        await CommandCode(["/opt/none/no-such-sms-reader", "--latest"])("u")


def test_empty_command_is_a_config_error():
    with pytest.raises(ConfigError, match="code command"):
        CommandCode("  ")


def test_command_repr_shows_the_program_only():
    assert repr(CommandCode(["/usr/bin/reader", "--token", "abcdef"])) == \
        "CommandCode(program='reader')"


# WebhookCodeReceiver -------------------------------------------------------------------------
@pytest.fixture
async def receiver():
    async with WebhookCodeReceiver(secret=SECRET, timeout=0.5) as running:
        yield running


async def post_form(url: str, body: str, secret: str | None = SECRET,
                    query: dict[str, str] | None = None) -> int:
    headers = {"X-Vautokit-Secret": secret} if secret is not None else {}
    async with aiohttp.ClientSession() as http, http.post(
            url, data={"From": "+15550100", "To": "+15550199", "Body": body}, headers=headers,
            params=query) as response:
        return response.status


async def test_twilio_form_post_delivers_a_code_used_once(receiver):
    assert await post_form(receiver.url, TEXT.format("305112")) == 200
    assert await receiver("demo@dealer.test") == "305112"
    with pytest.raises(TwoFactorCodeError, match=r"no code arrived within 0\.5 s"):
        await receiver("demo@dealer.test")


async def test_a_caller_waits_for_the_code_to_arrive(receiver):
    receiver.timeout = 30
    waiting = asyncio.create_task(receiver("u"))
    assert await post_form(receiver.url, TEXT.format("777001")) == 200
    assert await waiting == "777001"


async def test_json_body_with_secret_in_the_query(receiver):
    async with aiohttp.ClientSession() as http, http.post(
            receiver.url, json={"body": TEXT.format("246810")},
            params={"secret": SECRET}) as response:
        assert response.status == 200
    assert await receiver("u") == "246810"


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x"])
async def test_wrong_or_missing_secret_is_forbidden_and_nothing_kept(receiver, secret):
    assert await post_form(receiver.url, TEXT.format("135790"), secret) == 403
    with pytest.raises(TwoFactorCodeError, match="no code arrived"):
        await receiver("u")


async def test_body_without_a_code_is_refused(receiver):
    assert await post_form(receiver.url, "Reply STOP to unsubscribe") == 400
    async with aiohttp.ClientSession() as http, http.post(
            receiver.url, json=["not", "an", "object"], headers={"X-Vautokit-Secret": SECRET}
    ) as response:
        assert response.status == 400


async def test_a_repeated_delivery_is_not_handed_out_twice(receiver):
    for _ in range(2):  # gateways retry a delivery they think failed
        assert await post_form(receiver.url, TEXT.format("909090")) == 200
    assert await receiver("u") == "909090"
    assert await post_form(receiver.url, TEXT.format("909090")) == 200
    with pytest.raises(TwoFactorCodeError, match="no code arrived"):
        await receiver("u")


async def test_a_stale_code_is_not_handed_out():
    now = [1000.0]
    async with WebhookCodeReceiver(secret=SECRET, timeout=0.5, lookback=30) as receiver:
        receiver._clock = lambda: now[0]
        assert await post_form(receiver.url, TEXT.format("112233")) == 200
        now[0] += 31  # it came half a minute before anyone asked: an earlier attempt's
        with pytest.raises(TwoFactorCodeError, match="no code arrived"):
            await receiver("u")


async def test_codes_expire_after_their_ttl():
    now = [1000.0]
    async with WebhookCodeReceiver(secret=SECRET, timeout=0.5, ttl=300, lookback=1e6) as receiver:
        receiver._clock = lambda: now[0]
        assert await post_form(receiver.url, TEXT.format("445566")) == 200
        now[0] += 301
        with pytest.raises(TwoFactorCodeError, match="no code arrived"):
            await receiver("u")


async def test_nothing_secret_in_repr_or_logs(receiver, caplog):
    caplog.set_level(logging.DEBUG)
    await post_form(receiver.url, TEXT.format("564738"), "wrong")
    await post_form(receiver.url, TEXT.format("564738"), secret=None, query={"secret": SECRET})
    assert await receiver("u") == "564738"
    shown = repr(receiver) + caplog.text
    assert "564738" not in shown and SECRET not in shown and "+1555" not in shown
    assert "refused a request without the right secret" in caplog.text


async def test_receiver_not_started_is_one_clear_reason():
    with pytest.raises(TwoFactorCodeError, match="not running"):
        await WebhookCodeReceiver(secret=SECRET)("u")


def test_empty_secret_is_a_config_error():
    with pytest.raises(ConfigError, match="webhook secret"):
        WebhookCodeReceiver(secret="")
