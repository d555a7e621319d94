"""The inference service's core: the engine, the bot pool, and blocking / streaming /
asyncio ways to run one request. The gRPC servicer (``service.py``) and the TGI HTTP
API (``http.py``) are thin layers over this; neither grpc nor protobuf is imported here.

    app = InferenceApp(source=Registry(store), engine_config=EngineConfig(), pool_config=PoolConfig())
    app.start()
    event = app.generate("mcintweet:production", "My dream is", SamplingParams(max_new_tokens=20))
"""

from __future__ import annotations

import asyncio
import queue
import time
from collections.abc import AsyncIterator, Generator

from botfarm.core.errors import DeadlineExceeded
from botfarm.inference.engine import Engine, EngineConfig, Event, Request
from botfarm.inference.loader import BotPool, PoolConfig, Source
from botfarm.inference.sampling import SamplingParams


class InferenceApp:
    def __init__(self, source: Source, engine_config: EngineConfig | None = None,
                 pool_config: PoolConfig | None = None):
        self.engine = Engine(engine_config or EngineConfig())
        self.pool = BotPool(source, self.engine, pool_config or PoolConfig())

    def start(self) -> None:
        self.engine.start()

    def stop(self) -> None:
        self.engine.stop()

    def submit(self, bot: str, prompt: str, params: SamplingParams, emit, timeout: float | None = None) -> Request:
        """Loads the bot if needed and queues the request; raises domain errors at once
        (unknown bot, bad parameters, overloaded)."""
        target = self.pool.acquire(bot)
        try:
            deadline = time.monotonic() + timeout if timeout else None
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
                      timeout: float | None = None) -> AsyncIterator[Event]:
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
