"""`reader serve`: the app in headless Chromium, driven through the DevTools protocol.

Chromium comes from the system packages (.ci/run installs it); the protocol is spoken
over aiohttp's websocket client, which textual-serve brings. Chromium resolves no host
but this machine, so the page's web font is never fetched.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TITLE = "Azerbaijan and Armenia foreign ministers meet in Arlington"

# The page keeps its xterm.js terminal in a local variable; this keeps a hand on it, so
# the test reads the characters the browser shows (the renderer draws on a canvas).
CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal", {value, writable: true, configurable: true, enumerable: true});
    if (value && typeof value.write === "function" && "buffer" in value) window.readerTerminal = value;
  },
});
"""
SCREEN_TEXT = """(() => {
  const t = window.readerTerminal;
  if (!t) return "";
  const b = t.buffer.active, rows = [];
  for (let y = 0; y < t.rows; y++) {
    const line = b.getLine(b.viewportY + y);
    rows.push(line ? line.translateToString(true) : "");
  }
  return rows.join("\\n");
})()"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    """End a process and every child it started (its own session)."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
            process.wait(5)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


class DevTools:
    """The few Chrome DevTools protocol calls the test needs, over one page's websocket."""

    def __init__(self, websocket) -> None:
        self.websocket, self.last_id = websocket, 0

    async def call(self, method: str, **params) -> dict:
        self.last_id += 1
        await self.websocket.send_json({"id": self.last_id, "method": method, "params": params})
        async for message in self.websocket:
            data = json.loads(message.data)
            if data.get("id") == self.last_id:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return data["result"]
        raise RuntimeError("the browser closed the connection")

    async def screen(self) -> str:
        result = await self.call("Runtime.evaluate", expression=SCREEN_TEXT, returnByValue=True)
        return result["result"].get("value", "")

    async def wait_for(self, text: str, seconds: float) -> str:
        deadline = time.monotonic() + seconds
        shown = ""
        while time.monotonic() < deadline:
            shown = await self.screen()
            if text in shown:
                return shown
            await asyncio.sleep(0.25)
        raise AssertionError(f"{text!r} never showed; the terminal shows:\n{shown}")

    async def press(self, key: str) -> None:
        code = f"Digit{key}" if key.isdigit() else f"Key{key.upper()}"
        common = {"key": key, "code": code, "windowsVirtualKeyCode": ord(key.upper())}
        await self.call("Input.dispatchKeyEvent", type="keyDown", text=key, **common)
        await self.call("Input.dispatchKeyEvent", type="keyUp", **common)


def start_chromium(profile: Path) -> tuple[subprocess.Popen, int]:
    browser = subprocess.Popen(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "--window-size=1400,900",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    active = profile / "DevToolsActivePort"  # Chromium writes its port here
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if active.is_file() and active.read_text().strip():
            return browser, int(active.read_text().split()[0])
        if browser.poll() is not None:
            break
        time.sleep(0.1)
    stop(browser)
    raise AssertionError("Chromium did not start")


def wait_for_server(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read() if server.stderr else ""
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("reader serve did not start listening")


async def drive(devtools_port: int, url: str, screenshot: Path) -> tuple[str, str]:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{devtools_port}/json/list") as response:
            pages = [t for t in await response.json() if t["type"] == "page"]
        async with session.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            tools = DevTools(ws)
            await tools.call("Page.enable")
            await tools.call("Page.addScriptToEvaluateOnNewDocument", source=CATCH_TERMINAL)
            await tools.call("Page.navigate", url=url)
            await tools.wait_for(TITLE, 90)
            # the first screen whole: its frames may reach the terminal in parts
            before = await tools.wait_for(" events ", 20)
            await tools.call("Runtime.evaluate", expression="window.readerTerminal.focus()")
            await tools.press("2")
            after = await tools.wait_for("Other articles", 20)
            shot = await tools.call("Page.captureScreenshot", format="png")
            screenshot.write_bytes(base64.b64decode(shot["data"]))
            return before, after


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no chromium (.ci/run installs it)")
def test_the_app_in_a_browser_shows_the_seed_and_takes_keys(tmp_path):
    pytest.importorskip("textual_serve", reason="the serve extra (.ci/run installs it)")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "reader", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its reader processes end with it
    )
    browser = None
    try:
        wait_for_server(port, server)
        browser, devtools_port = start_chromium(tmp_path / "profile")
        screenshot = tmp_path / "reader-in-chromium.png"
        before, after = asyncio.run(
            asyncio.wait_for(drive(devtools_port, f"http://127.0.0.1:{port}/", screenshot), 150)
        )
    finally:
        if browser is not None:
            stop(browser)
        stop(server)
    assert "Actors" in before and "Chronology" in before
    assert "Other articles" not in before  # the footer names `a` only with the Actors pane
    assert "a Other articles" in after  # focused: the key `2` went through the browser
    assert screenshot.stat().st_size > 10_000 and screenshot.read_bytes()[:4] == b"\x89PNG"


def test_a_missing_extra_is_one_line(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['textual_serve'] = None\n"
            "from reader.cli import main; sys.exit(main(['serve']))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "pip install" in result.stderr


def test_serving_beyond_this_machine_warns(tmp_path):
    pytest.importorskip("textual_serve", reason="the serve extra (.ci/run installs it)")
    port = free_port()
    server = subprocess.Popen(  # 127.0.0.2: still loopback, but not the default address
        [sys.executable, "-m", "reader", "serve", "--host", "127.0.0.2", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        line = server.stderr.readline()
    finally:
        stop(server)
    assert line.startswith("reader: warning: serving on 127.0.0.2") and "no password" in line
