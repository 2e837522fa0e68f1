"""Quitting the app does not wait: not for the network, not for an analysis under way."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

from reader.store import Store


def drain(fd: int, seconds: float) -> bytes:
    """What the app writes to its terminal for `seconds` (read so that it never blocks)."""
    out, end = b"", time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return out


def drain_until(fd: int, wanted: bytes, seconds: float) -> bytes:
    """What the app writes until `wanted` shows (at most `seconds`), and half a second more."""
    out, end = b"", time.monotonic() + seconds
    while wanted not in out and time.monotonic() < end:
        out += drain(fd, 0.1)
    return out + drain(fd, 0.5)


def quit_app(command: list[str], env: dict[str, str], before_q) -> tuple[float, int | None, bytes]:
    """Run the app on a pseudo-terminal, call `before_q(fd)`, press q: how long the
    process took to end after it, its wait status (None: killed after 40 s), its output."""
    status = None
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, on the pseudo-terminal
        os.execvpe(command[0], command, env)
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        output = before_q(fd)
        os.write(fd, b"q")
        start = time.monotonic()
        while time.monotonic() - start < 40:
            output += drain(fd, 0.1)
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status = code
                break
        took = time.monotonic() - start
    finally:
        if status is None:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    return took, status, output


def test_q_during_a_refresh_from_a_server_that_drips_its_status_line(site, tmp_path):
    url = site.add("/slow.xml", drip_head=0.2)  # its status line and headers take 30 s
    with Store.open(tmp_path / "cache") as store:
        store.add_feed(url)
    env = {**os.environ, "READER_FETCH_TIMEOUT": "10", "TERM": "xterm-256color"}
    command = [sys.executable, "-m", "reader", "--cache-dir", str(tmp_path / "cache")]

    def refreshing(fd: int) -> bytes:
        output = drain(fd, 4)  # started, the library shown
        os.write(fd, b"r")
        for _ in range(100):
            output += drain(fd, 0.1)
            if site.hits("/slow.xml"):
                break
        assert site.hits("/slow.xml"), "the refresh never reached the server"
        return output + drain(fd, 0.5)

    took, status, output = quit_app(command, env, refreshing)
    assert took < 3.0, f"quitting took {took:.1f} s"
    assert status is not None and os.waitstatus_to_exitcode(status) == 0
    assert b"Traceback" not in output
    with Store.open(tmp_path / "cache") as store:
        (feed,) = store.feeds()
    assert feed.last_error is None  # a refresh cut by quitting is no failure of the feed


def test_q_while_a_long_article_is_analysed(tmp_path):
    sentence = "On Monday, Mayor Ama Owusu of Riverton told the council that the bridge would open in May. "
    article = tmp_path / "long.txt"
    article.write_text("Bridge to open\n\n" + (sentence + "\n\n") * 40_000, encoding="utf-8")
    env = {**os.environ, "TERM": "xterm-256color"}
    cache = str(tmp_path / "cache")
    command = [sys.executable, "-m", "reader", "--cache-dir", cache, str(article)]
    took, status, output = quit_app(command, env, lambda fd: drain_until(fd, b"Bridge", 20))
    assert b"Bridge to open" in output  # the text was on screen, the analysis under way
    assert took < 3.0, f"quitting took {took:.1f} s"
    assert status is not None and os.waitstatus_to_exitcode(status) == 0
    assert b"Traceback" not in output
