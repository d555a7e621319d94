"""The inference service's core: the engine, the bot pool, and blocking / streaming /
asyncio ways to run one request. The gRPC servicer (``service.py``) and the TGI HTTP
API (``http.py``) are thin layers over this; neither grpc nor protobuf is imported here.

    app = InferenceApp(source=Registry(store), engine_config=EngineConfig(), pool_config=PoolConfig())
    app.start()
    event = app.generate("mcintweet:production", "My dream is", SamplingParams(max_new_tokens=20))
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import AsyncGenerator, Generator

from botfarm.core.errors import BotfarmError, DeadlineExceeded, Unavailable
from botfarm.inference.engine import Engine, EngineConfig, Event, Request
from botfarm.inference.loader import BotPool, PoolConfig, Source
from botfarm.inference.sampling import SamplingParams

log = logging.getLogger(__name__)

#: Errors worth retrying while preloading: the store or registry not reachable yet.
_TRANSIENT = (Unavailable, DeadlineExceeded, OSError)


class InferenceApp:
    def __init__(self, source: Source, engine_config: EngineConfig | None = None,
                 pool_config: PoolConfig | None = None, preload: tuple[str, ...] = ()):
        self.engine = Engine(engine_config or EngineConfig())
        self.pool = BotPool(source, self.engine, pool_config or PoolConfig())
        self.preload_refs = preload
        #: Set once the --preload bots are loaded: health turns SERVING then.
        self.ready = threading.Event()
        self.preload_error = ""
        self._stopping = threading.Event()

    def start(self) -> None:
        self.engine.start()
        if not self.preload_refs:
            self.ready.set()
        else:
            threading.Thread(target=self._preload, name="inference-preload", daemon=True).start()
        self.pool.start_version_checks(self._stopping)

    def stop(self) -> None:
        self._stopping.set()
        self.engine.stop()

    def not_ready(self) -> str:
        """Why the service cannot take traffic yet ("" when it can)."""
        if self.engine._thread is None or not self.engine._thread.is_alive():
            return "the inference engine is not running"
        if self.preload_error:
            return self.preload_error
        if not self.ready.is_set():
            return f"loading the --preload bots ({', '.join(self.preload_refs)})"
        return ""

    def _preload(self, first_delay: float = 0.5, max_delay: float = 30.0) -> None:
        """Loads each --preload bot, retrying while the store is unreachable; a bot that
        cannot be served (unknown, too big) keeps the service unready, saying why."""
        for i, ref in enumerate(self.preload_refs, 1):
            delay = first_delay
            while not self._stopping.is_set():
                try:
                    self.pool.acquire(ref).release()
                    log.info("preloaded %s (%d/%d)", ref, i, len(self.preload_refs),
                             extra={"bot": ref, "done": i, "total": len(self.preload_refs)})
                    break
                except _TRANSIENT as e:
                    log.warning("preloading %s: %s; retrying in %.1f s", ref, e, delay)
                    self._stopping.wait(delay)
                    delay = min(delay * 2, max_delay)
                except BotfarmError as e:
                    self.preload_error = f"cannot preload {ref!r}: {e.code}: {e.message}"
                    log.error(self.preload_error, extra={"bot": ref, "reason": e.reason})
                    return
        if not self._stopping.is_set():
            self.ready.set()

    def submit(self, bot: str, prompt: str, params: SamplingParams, emit, timeout: float | None = None) -> Request:
        """Loads the bot if needed and queues the request; raises domain errors at once
        (unknown bot, bad parameters, overloaded)."""
        target = self.pool.acquire(bot)
        try:
            deadline = time.monotonic() + timeout if timeout else None
            if target.defaults is not None:
                params = target.defaults.apply(params)  # the request's own values win
            return self.engine.submit(target, prompt, params, emit, deadline)
        except BaseException:
            target.release()
            raise

    def stream(self, bot: str, prompt: str, params: SamplingParams, timeout: float | None = None,
               on_submit=None) -> Generator[Event, None, None]:
        """Events of one request, blocking; closing the generator early cancels it."""
        q: queue.SimpleQueue[Event] = queue.SimpleQueue()
        req = self.submit(bot, prompt, params, q.put, timeout)
        if on_submit:
            on_submit(req)
        try:
            while True:
                event = q.get()
                if event.error is not None:
                    raise event.error
                yield event
                if event.done:
                    return
        finally:
            req.cancel()

    def generate(self, bot: str, prompt: str, params: SamplingParams, timeout: float | None = None,
                 on_submit=None) -> Event:
        """The final event of one request (with every token in ``tokens``)."""
        for event in self.stream(bot, prompt, params, timeout, on_submit):
            if event.done:
                return event
        raise DeadlineExceeded("the request ended without a result")  # not reached: stream ends on done

    async def astream(self, bot: str, prompt: str, params: SamplingParams,
                      timeout: float | None = None) -> AsyncGenerator[Event, None]:
        """Asyncio version of ``stream`` (the HTTP API). Loading a bot may read the
        object store, so it runs in a worker thread, not on the event loop."""
        loop = asyncio.get_running_loop()
        q: asyncio.Queue[Event] = asyncio.Queue()

        def emit(event: Event) -> None:
            loop.call_soon_threadsafe(q.put_nowait, event)

        submitted = loop.run_in_executor(None, self.submit, bot, prompt, params, emit, timeout)
        try:
            req = await asyncio.shield(submitted)
        except asyncio.CancelledError:
            # The caller went away while the bot loaded or the request queued: the
            # submission still completes in its thread, so cancel what it queues.
            def cancel_queued(f: asyncio.Future[Request]) -> None:
                if not f.cancelled() and f.exception() is None:
                    f.result().cancel()

            submitted.add_done_callback(cancel_queued)
            raise
        try:
            while True:
                event = await q.get()
                if event.error is not None:
                    raise event.error
                yield event
                if event.done:
                    return
        finally:
            req.cancel()
