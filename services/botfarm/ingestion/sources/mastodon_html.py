"""Mastodon status HTML as the plain text a reader sees: what the live API's ``content``
and an archive's ``outbox.json`` hold.

    html_to_text('<p>Hi <span class="h-card"><a href="https://m.example/@bo" class="u-url mention">'
                 '@<span>bo</span></a></span></p><p>see <a href="https://x.example/a/b">'
                 '<span class="invisible">https://</span><span class="ellipsis">x.example/a</span>'
                 '<span class="invisible">/b</span></a></p>')
    # -> "Hi @bo\\nsee https://x.example/a/b"

Paragraphs and ``<br>`` become newlines; a mention or hashtag link is its text
(``@user``, ``#tag``, as Mastodon shows it); any other link is its ``href`` (the full
address Mastodon hides behind an ellipsis, so the cleaning rules see and drop it as they
drop an X post's links); entities are unescaped; other tags are dropped, their text kept.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {"p", "blockquote", "pre", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.link: list[str | None] = []  # per open <a>: its href, or None for a mention/hashtag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "br":
            self.out.append("\n")
        elif tag in _BLOCKS:
            self._block()
        elif tag == "a":
            classes = (a.get("class") or "").split()
            href = a.get("href") or ""
            keep_text = "mention" in classes or "hashtag" in classes or not href.startswith(("http://", "https://"))
            self.link.append(None if keep_text else href)
            if not keep_text:
                self.out.append(href)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.out.append("\n")
        elif tag != "a":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.link:
            self.link.pop()
        elif tag in _BLOCKS:
            self._block()

    def handle_data(self, data: str) -> None:
        if not any(self.link):  # text inside a plain link is replaced by its href
            self.out.append(data)

    def _block(self) -> None:
        if self.out and not "".join(self.out[-1:]).endswith("\n"):
            self.out.append("\n")


def html_to_text(content: str) -> str:
    """A status's HTML ``content`` as plain text (see the module docstring)."""
    parser = _Text()
    parser.feed(content or "")
    parser.close()
    lines = "".join(parser.out).split("\n")
    # Mastodon's HTML has no meaningful whitespace around blocks; keep inner line breaks.
    return "\n".join(line.strip() for line in lines).strip("\n")
