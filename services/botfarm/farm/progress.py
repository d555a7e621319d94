"""Bars on stderr shared by many bots at once: each bot's upload or training job gets a
child that adds its total and its progress to one bar, so a hundred concurrent jobs show
as three lines (bytes uploaded, training steps, bots done), not a hundred."""

from __future__ import annotations

import sys
import threading
from typing import Any


class SharedBar:
    """A tqdm bar on stderr that children add to from any thread."""

    def __init__(self, desc: str, unit: str, position: int, disable: bool = False, **kw: Any):
        from tqdm import tqdm

        self._lock = threading.Lock()
        self.bar = tqdm(total=0, desc=desc, unit=unit, position=position, file=sys.stderr, dynamic_ncols=True,
                        disable=disable, leave=True, **kw)

    def child(self, total: float | None = None, **_: Any) -> _Child:
        """What ``bot_cli.upload`` and ``training.cli.watch`` take as a bar factory."""
        return _Child(self, total or 0)

    def grow(self, delta: float) -> None:
        with self._lock:
            self.bar.total = (self.bar.total or 0) + delta
            self.bar.refresh()

    def update(self, n: float) -> None:
        with self._lock:
            self.bar.update(n)

    def status(self, text: str) -> None:
        with self._lock:
            self.bar.set_postfix_str(text)

    def close(self) -> None:
        self.bar.close()


class _Child:
    """One bot's part of a SharedBar, with the tqdm attributes the pieces use."""

    def __init__(self, parent: SharedBar, total: float):
        self.parent = parent
        self._total: float = 0  # ints stay ints: tqdm prints 4/6, not 4.0/6.0
        self.n: float = 0
        self.total = total

    @property
    def total(self) -> float:
        return self._total

    @total.setter
    def total(self, value: float | None) -> None:
        self.parent.grow((value or 0) - self._total)
        self._total = value or 0

    def update(self, n: float = 1) -> None:
        self.n += n
        self.parent.update(n)

    def set_description(self, *_: Any, **__: Any) -> None:
        pass  # one bar for all: a bot's phase shows in its log lines instead

    def set_postfix(self, *_: Any, **__: Any) -> None:
        pass

    def write(self, text: str, file: Any = None) -> None:
        from tqdm import tqdm

        tqdm.write(text, file=file or sys.stderr)

    def close(self) -> None:
        pass
