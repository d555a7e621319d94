"""Twitter API v1.1 tweet objects (a JSON array or JSON lines), and the converter the
archive readers share: ``text`` or ``full_text``; native retweets carry
``retweeted_status``; replies ``in_reply_to_status_id(_str)``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import API_V1_JSON, Batch, Post, Profile, iso_time, truthy


def post_from_v1(obj: object, source_format: str, author: str) -> Post:
    """One v1.1-shaped tweet (or an export row shaped like one) as a Post."""
    if not isinstance(obj, dict):
        raise InvalidArgument(f"expected a tweet object, got {type(obj).__name__}", reason="MALFORMED_INPUT")
    text = obj.get("full_text", obj.get("text"))
    if not isinstance(text, str):
        raise InvalidArgument("a post has neither 'full_text' nor 'text'", reason="MALFORMED_INPUT",
                              metadata={"id": str(obj.get("id_str", obj.get("id", "")))})
    user = obj.get("user")
    if not isinstance(user, dict):
        user = {}
    handle = str(user.get("screen_name") or obj.get("author") or obj.get("screen_name")
                 or obj.get("username") or author or "").lstrip("@")
    is_rt = "retweeted_status" in obj or truthy(obj.get("is_retweet", False))
    reply = obj.get("in_reply_to_status_id_str") or obj.get("in_reply_to_status_id")
    is_reply = bool(reply) or truthy(obj.get("is_reply", False))
    return Post(id=str(obj.get("id_str") or obj.get("id") or ""), created_at=iso_time(obj.get("created_at")),
                text=text, is_retweet=is_rt, is_reply=is_reply, lang=str(obj.get("lang") or ""),
                author=handle, source_format=source_format)


def profile_from_v1(obj: object) -> Profile | None:
    """The author profile a v1.1 tweet embeds in ``user``, if any."""
    u = obj.get("user") if isinstance(obj, dict) else None
    if isinstance(u, dict) and u.get("screen_name"):
        return Profile(u["screen_name"], str(u.get("name") or ""),
                       str(u.get("profile_image_url_https") or u.get("profile_image_url") or ""))
    return None


def profiles_from_v1(objs: Iterable[object]) -> dict[str, Profile]:
    out: dict[str, Profile] = {}
    for o in objs:
        p = profile_from_v1(o)
        if p is not None and p.handle not in out:
            out[p.handle] = p
    return out


def read_v1(objs: Iterable[object], author: str = "", source_format: str = API_V1_JSON) -> Batch:
    """Posts of v1.1 tweet objects, streamed; profiles are filled as tweets are read."""
    batch = Batch(source_format=source_format)

    def posts() -> Iterator[Post]:
        for o in objs:
            p = profile_from_v1(o)
            if p is not None and p.handle not in batch.profiles:
                batch.profiles[p.handle] = p
            yield post_from_v1(o, source_format, author)

    batch.posts = posts()
    return batch
