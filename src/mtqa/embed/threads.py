"""How many BLAS threads an encoder should use: the cores this process may run on that are not busy.

OpenBLAS threads wait for each other at the end of every matrix product. On a machine where another
process keeps a core busy, the thread that lands on that core arrives late every time, so two threads
end up slower than one: on 2 cores with one competing process, use-m3 took twice as long with two
threads as with one (bench/encoder_speed.py --competitors 1). The one-minute load average says how
many cores other processes keep busy when the model loads; that is read once, not per batch, because
the encoder's own threads would count in it afterwards.
"""

from __future__ import annotations

import os

# Set by a parent for its worker processes (``mtqa check --jobs``): the cores each worker's share is,
# so that N workers do not each start a BLAS thread per core of the machine.
CORES_VARIABLE = "MTQA_CORES"


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count), at most
    ``MTQA_CORES`` when that is set to a whole number."""
    cores = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    share = os.environ.get(CORES_VARIABLE, "").strip()
    return min(cores, int(share)) if share.isascii() and share.isdigit() and int(share) >= 1 else cores


def free_cores() -> int:
    """Usable cores minus the load other processes put on them, at least 1."""
    cores = usable_cores()
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average on Windows
        return cores
    return max(1, min(cores, int(cores - load + 0.5)))
