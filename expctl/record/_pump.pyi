# Types of the compiled pump built from _pump.c (setup.py).
def pump(fds: list[int], echo_fds: list[int], others: list[int], buffer: bytearray, size: int,
         timeout_ms: int, gather_ms: int = 0,
         nap_us: int = 0, /) -> tuple[list[tuple[int, bytes, int]], list[int]] | None: ...
