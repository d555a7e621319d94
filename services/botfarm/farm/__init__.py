"""``botfarm apply``: the whole farm declared in one file, applied idempotently."""
