"""A response body's Content-Encoding undone piece by piece, so its size is known as it grows.

httpx inflates each received chunk whole, and inflates layer after layer: a
1.8 KB body sent as `gzip, gzip` became 2.1 GB before anything could count it.
Here each layer gives at most PIECE bytes at a time and inflates more only when
asked, so the reader stops at its size limit having made little more than that.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

from reader.sources.errors import SourceError

ACCEPTED = "gzip, deflate"  # the Accept-Encoding we send: the codings undone here
# Layers of coding undone at most: a server applies one, a proxy perhaps another, while
# each is a generator within the one before, so a thousand would exhaust the stack.
MOST_CODINGS = 4
PIECE = 64 * 1024
_GZIP = 16 + zlib.MAX_WBITS
_ZLIB = zlib.MAX_WBITS
_RAW = -zlib.MAX_WBITS  # deflate without the zlib header, as some servers send it


def decoded(chunks: Iterable[bytes], content_encoding: str) -> Iterator[bytes]:
    """The body's bytes with every coding of `content_encoding` undone (last applied first)."""
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    if len(codings) > MOST_CODINGS:
        raise SourceError(
            f"too many Content-Encodings ({len(codings)}; at most {MOST_CODINGS} are undone)"
        )
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            chunks = _inflate(chunks, coding, _GZIP)
        elif coding == "deflate":
            chunks = _inflate(chunks, coding, _ZLIB)
        elif coding != "identity":
            raise SourceError(f"unsupported Content-Encoding {coding!r}")
    yield from chunks


def _inflate(chunks: Iterable[bytes], coding: str, wbits: int) -> Iterator[bytes]:
    inflater = zlib.decompressobj(wbits)
    started = False
    for chunk in chunks:
        data = chunk
        while data:
            try:
                piece = inflater.decompress(data, PIECE)
            except zlib.error as error:
                if started or wbits != _ZLIB:
                    raise SourceError(f"broken {coding} data ({error})") from None
                inflater, wbits = zlib.decompressobj(_RAW), _RAW  # headerless deflate
                continue
            started = True
            data = inflater.unconsumed_tail
            if piece:
                yield piece
    rest = inflater.flush()
    if rest:
        yield rest
