"""Streaming JSON for archive files of hundreds of megabytes: the values of a JSON
array (or of a sequence of JSON values, as JSON lines are) one at a time, so memory
holds one value and a chunk of text, never the whole file nor all of its objects.

    with open("tweets.js", "rb") as f:
        for item in assigned_array(f, "tweets.js", "window.YTD."):   # window.YTD.tweets.part0 = [...]
            ...
    for obj in json_values(f, "tweets.jsonl"): ...                   # [..], {..}, or JSON lines
    for item in member_items(f, "outbox.json", "orderedItems"): ...  # {"orderedItems": [...], ...}

Each value is decoded by the standard library's C decoder (``raw_decode`` on a
buffer of text), so values are exactly what ``json.loads`` gives. Malformed input is
``InvalidArgument`` (reason MALFORMED_INPUT) naming the file and line; JSON nested
deeper than the decoder's recursion limit (about a thousand levels: a tweet has
six) is refused as JSON_TOO_DEEP, and one value larger than ``MAX_VALUE_CHARS`` as
VALUE_TOO_LARGE, so neither can exhaust the stack or memory.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

from botfarm.core.errors import InvalidArgument

#: Bytes read from the file at a time.
CHUNK_BYTES = 1 << 20
#: Largest single value (one tweet object is a few kilobytes).
MAX_VALUE_CHARS = 64 << 20
#: How far the "=" of ``window.YTD.tweets.part0 = [`` may be from the start.
MAX_PREFIX_CHARS = 4096

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")


def too_deep(name: str) -> InvalidArgument:
    return InvalidArgument(f"{name}: JSON nested too deeply (the limit is about a thousand levels)",
                           reason="JSON_TOO_DEEP", metadata={"file": name})


class JsonText:
    """The UTF-8 text of a binary stream, decoded a chunk at a time, with a read
    position; values are decoded from the buffered text."""

    def __init__(self, stream: IO[bytes], name: str):
        self.name = name
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._bytes = 0   # bytes read so far (for error positions)
        self._line = 1    # line number of buf[0]

    # --- buffer -------------------------------------------------------------------

    def _fill(self, want: int = CHUNK_BYTES) -> bool:
        """Reads at least ``want`` more bytes (or up to the end); False at the end."""
        if self.eof:
            return False
        data = self._stream.read(want)
        self._bytes += len(data)
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as e:
            at = self._bytes - len(data) + e.start
            raise InvalidArgument(f"{self.name} is not UTF-8 text (byte {at}: {e.reason})",
                                  reason="MALFORMED_INPUT", metadata={"file": self.name}) from None
        if not data:
            self.eof = True
        self._line += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next non-whitespace character ("" at the end), not consumed."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self._fill():
                return self.buf[self.pos:self.pos + 1]

    def error(self, what: str, pos: int | None = None) -> InvalidArgument:
        line = self._line + self.buf.count("\n", 0, self.pos if pos is None else pos)
        return InvalidArgument(f"malformed JSON in {self.name}, line {line}: {what}", reason="MALFORMED_INPUT",
                               metadata={"file": self.name, "line": str(line)})

    # --- values -------------------------------------------------------------------

    def value(self) -> Any:
        """Decodes the value at the read position and moves past it."""
        self.peek()
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as e:
                # Cut off by the end of the buffer (not of the file)? Then read more
                # (doubling, so a large value costs a few re-decodes, not one per chunk).
                cut = e.msg.startswith("Unterminated string") or e.pos >= len(self.buf) - 8
                if cut and not self.eof:
                    self._more()
                    continue
                raise self.error(f"{e.msg} (column {e.colno})", e.pos) from None
            except RecursionError:
                raise too_deep(self.name) from None
            if end == len(self.buf) and not self.eof:  # a number may go on in the next chunk
                self._more()
                continue
            self.pos = end
            return obj

    def _more(self) -> None:
        held = len(self.buf) - self.pos
        if held > MAX_VALUE_CHARS:
            raise InvalidArgument(f"{self.name}: one JSON value is larger than {MAX_VALUE_CHARS} characters",
                                  reason="VALUE_TOO_LARGE", metadata={"file": self.name})
        self._fill(max(CHUNK_BYTES, held))

    def skip_prefix(self, prefix: str) -> None:
        """Skips ``<prefix>... =`` (the JavaScript assignment archives wrap their JSON
        in) when the text starts with ``prefix``."""
        self.peek()
        while len(self.buf) - self.pos < len(prefix) and self._fill():
            pass
        if not self.buf.startswith(prefix, self.pos):
            return
        while (eq := self.buf.find("=", self.pos, self.pos + MAX_PREFIX_CHARS)) < 0:
            if len(self.buf) - self.pos >= MAX_PREFIX_CHARS or not self._fill():
                raise InvalidArgument(f"{self.name}: no '=' after {prefix}", reason="MALFORMED_INPUT",
                                      metadata={"file": self.name})
        self.pos = eq + 1

    def expect_end(self) -> None:
        if self.peek():
            raise self.error("extra data after the JSON value")

    def array_items(self) -> Iterator[Any]:
        """The values of the JSON array at the read position, then the end of the text."""
        yield from self.items()
        self.expect_end()

    def items(self) -> Iterator[Any]:
        """The values of the JSON array at the read position, leaving the position after its "]"."""
        if self.peek() != "[":
            raise InvalidArgument(f"{self.name}: expected a JSON array", reason="MALFORMED_INPUT",
                                  metadata={"file": self.name})
        self.pos += 1
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self._after_item("]", "an array item", "the array is not closed"):
                return

    def _after_item(self, close: str, what: str, unclosed: str) -> bool:
        """Consumes the "," or ``close`` after an item; True at ``close``."""
        c = self.peek()
        self.pos += 1
        if c == close:
            return True
        if c != ",":
            raise self.error(f"expecting ',' or '{close}' after {what}" if c else unclosed, self.pos - 1)
        return False

    def member_items(self, key: str, on_member: Callable[[str, Any], None] | None = None) -> Iterator[Any]:
        """The items of the array that member ``key`` of the top-level JSON object holds,
        streamed; the object's other members are decoded whole (each bounded by
        ``MAX_VALUE_CHARS``) and handed to ``on_member``. Nothing is yielded when the object
        has no such member."""
        if self.peek() != "{":
            raise InvalidArgument(f"{self.name}: expected a JSON object", reason="MALFORMED_INPUT",
                                  metadata={"file": self.name})
        self.pos += 1
        if self.peek() == "}":
            self.pos += 1
            self.expect_end()
            return
        while True:
            if self.peek() != '"':
                raise self.error("expecting a member name in double quotes")
            name = self.value()
            if self.peek() != ":":
                raise self.error("expecting ':' after a member name")
            self.pos += 1
            if name == key and self.peek() == "[":
                yield from self.items()
            else:
                value = self.value()
                if on_member is not None:
                    on_member(name, value)
            if self._after_item("}", "an object member", "the object is not closed"):
                self.expect_end()
                return


def assigned_array(stream: IO[bytes], name: str, prefix: str) -> Iterator[Any]:
    """The items of the JSON array a JavaScript file assigns (``<prefix>... = [...]``):
    the archive formats wrap their JSON this way (``window.YTD.tweets.part0``, legacy
    ``Grailbird``); a file without the prefix is read as a plain JSON array."""
    text = JsonText(stream, name)
    text.skip_prefix(prefix)
    yield from text.array_items()


def json_values(stream: IO[bytes], name: str) -> Iterator[Any]:
    """A JSON array's items, or the values of a sequence of JSON objects (one object,
    or JSON lines): what API v1.1 dumps and exports hold."""
    text = JsonText(stream, name)
    first = text.peek()
    if not first:
        return
    if first == "[":
        yield from text.array_items()
        return
    yield text.value()
    while text.peek():
        if first != "{":  # one scalar is a whole document, as json.loads reads it
            raise text.error("extra data after the JSON value")
        yield text.value()


def member_items(stream: IO[bytes], name: str, key: str,
                 on_member: Callable[[str, Any], None] | None = None) -> Iterator[Any]:
    """The items of the array under ``key`` in the JSON object the file holds (an
    ActivityStreams collection's ``orderedItems``), one at a time; the other members go
    to ``on_member``."""
    yield from JsonText(stream, name).member_items(key, on_member)
