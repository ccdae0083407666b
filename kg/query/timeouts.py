"""Running a query under a deadline: in a forked child that is killed, else in a thread that is abandoned."""
from __future__ import annotations

import multiprocessing
import threading

from ..errors import QueryError


def _fork_context():
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def _run_in_child(function, args, timeout: float, what: str):
    """function(*args) in a forked child process killed after ``timeout`` seconds."""
    context = _fork_context()
    if context is None:
        return _run_in_thread(function, args, timeout, what)
    receiver, sender = context.Pipe(duplex=False)

    def child():
        try:
            sender.send(("ok", function(*args)))
        except BaseException as exc:  # send the error to the parent, whatever it is
            sender.send(("error", exc if isinstance(exc, QueryError) else QueryError(f"{type(exc).__name__}: {exc}")))
        finally:
            sender.close()

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(f"{what} timed out after {timeout:g} s (stopped)")
        status, value = receiver.recv()
    except EOFError:
        raise QueryError(f"{what} failed: the worker process ended without an answer") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(1)
        receiver.close()
    if status == "error":
        raise value
    return value


def _run_in_thread(function, args, timeout: float, what: str):
    """function(*args) in a daemon thread; after ``timeout`` seconds it is abandoned (it cannot be stopped)."""
    result: dict = {}

    def work():
        try:
            result["value"] = function(*args)
        except BaseException as exc:
            result["error"] = exc

    worker = threading.Thread(target=work, daemon=True, name="kg-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"{what} timed out after {timeout:g} s (abandoned; it ends in the background)")
    if "error" in result:
        raise result["error"]
    return result["value"]
