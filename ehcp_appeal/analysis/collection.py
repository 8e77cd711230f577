"""Pausing Python's cycle collector while a plan check runs.

A check of long reports builds tens of thousands of small containers that live until
it ends (each sentence's record, match and role, the tables' kept answers). CPython
starts a collection every few hundred new containers and, every so often, walks every
object of the process; during a 200-page check that came to over two hundred passes
and about 7% of its time, with nothing to free: the check makes no reference cycles
(reference counting frees all it drops). So the collector waits until the check ends,
then runs as usual. Only a pause that found the collector on turns it back on: a
check running in another thread meanwhile, or a program that keeps it off, is left
as it was.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off, restoring it afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
