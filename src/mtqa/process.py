"""Settings of the Python process that a command-line run owns (never applied by the library itself).

A run allocates millions of short-lived objects (tokens, spans, findings) and holds large long-lived
ones (lexicons, language data, models). With CPython's default collector thresholds (700, 10, 10) the
older generations, which hold the long-lived objects, are traversed often for little: collecting less
often took 5 % off the CPU of a warm folder run of 1,000 articles (27.9 -> 26.6 s, 29.6 -> 28.1 s, paired
runs) and about 3 % off the rule checks on WMT23 paragraphs. Objects are still freed by reference
counting as soon as they are unused; only cycles wait longer.
"""

from __future__ import annotations

import gc

# New objects allocated before a young collection, and young (then middle) collections before an older
# one: 20,000 / 50 / 100 against CPython's 700 / 10 / 10.
THRESHOLDS = (20_000, 50, 100)


def collect_less_often() -> None:
    """Set the cyclic garbage collector's thresholds for a run (the CLI and its worker processes)."""
    gc.set_threshold(*THRESHOLDS)


def end_on_termination_signals() -> None:
    """SIGTERM (``kill``, ``timeout``, a CI cancel, ``docker stop``) and SIGHUP (a closed terminal) end
    the run as Ctrl-C does: the stack unwinds, so worker processes are stopped and a report being written
    removes its temporary file; the exit code is the shell's 128 + the signal's number. A signal the
    caller ignores (``nohup``) stays ignored."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return  # only the main thread may set handlers (a run started from a thread, in tests)
    for name in ("SIGTERM", "SIGHUP"):  # no SIGHUP on Windows
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
            signal.signal(number, _exit_on_signal)


def _exit_on_signal(signum: int, frame: object) -> None:
    import signal

    signal.signal(signum, signal.SIG_DFL)  # a second one ends the process at once
    raise SystemExit(128 + signum)
