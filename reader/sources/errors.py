"""The one error a source raises: its message is shown to the user as is."""

from reader.sources.urls import shown_url


class SourceError(Exception):
    """A source that cannot be read; str(error) is a one-line message.

    The message names outside things (file names, URLs, a server's reason phrase
    or Content-Type), so it is cleaned here, once for every source, a password in a
    URL it names hidden, and cut (a name of megabytes) as a URL is shown.
    """

    def __init__(self, message: str) -> None:
        super().__init__(shown_url(message))


class Stopped(SourceError):
    """A fetch cut short because reader is closing: not the source's fault, so nothing
    about it is recorded (a feed keeps its last state, an entry is not kept as a teaser)."""


class Unreachable(SourceError):
    """A server that could not be connected to (no such name, refused, no answer): every
    other page on it would fail alike, so a feed's other links there are not tried."""

    def __init__(self, message: str, origin: str) -> None:
        super().__init__(message)
        self.origin = origin  # scheme, host and port (see urls.url_origin)
