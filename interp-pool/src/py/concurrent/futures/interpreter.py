"""InterpreterPoolExecutor (CPython 3.14): a ThreadPoolExecutor whose workers each run
tasks in their own interpreter, crossing values by the explicit door's rules (copies,
shareable values shared, NotShareableError otherwise)."""

import threading

import _interpreters
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.interpreters import ExecutionFailed, create as _create_interpreter

__all__ = ['InterpreterPoolExecutor', 'BrokenInterpreterPool', 'ExecutionFailed']


class BrokenInterpreterPool(BrokenThreadPool):
    """Raised when a worker thread's interpreter failed to initialize."""


class _WorkerState:
    """One interpreter per worker thread, made on first use."""

    def __init__(self, initializer, initargs, interps, lock):
        self.local = threading.local()
        self.initializer = initializer
        self.initargs = initargs
        self.interps = interps
        self.lock = lock

    def interp(self):
        interp = getattr(self.local, 'interp', None)
        if interp is None:
            interp = _create_interpreter()
            with self.lock:
                self.interps.append(interp)
            self.local.interp = interp
            if self.initializer is not None:
                try:
                    interp.call(self.initializer, *self.initargs)
                except ExecutionFailed as exc:
                    raise BrokenInterpreterPool(
                        'A thread initializer failed, the thread pool is not usable anymore'
                    ) from exc
        return interp


def _pack(obj):
    # Copies obj now, in the submitting interpreter (NotShareableError here, like
    # Interpreter.call()), into a one-item queue that crosses as a shared handle.
    box = _interpreters.queue_create(1)
    _interpreters.queue_put(box, obj, False, None)
    return box


def _call_packed(box):
    # Runs in the worker's interpreter.
    fn, args, kwargs = _interpreters.queue_get(box, False, None)
    return fn(*args, **kwargs)


def _run(state, box):
    return state.interp().call(_call_packed, box)


class InterpreterPoolExecutor(ThreadPoolExecutor):

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new InterpreterPoolExecutor instance.

        Args:
            max_workers: The maximum number of interpreters (and threads) that can be
                used to execute the given calls.
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize each worker interpreter.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        super().__init__(max_workers, thread_name_prefix or 'InterpreterPoolExecutor')
        self._interps = []
        self._interps_lock = threading.Lock()
        self._state = _WorkerState(initializer, tuple(initargs), self._interps,
                                   self._interps_lock)

    def submit(self, fn, /, *args, **kwargs):
        return super().submit(_run, self._state, _pack((fn, args, kwargs)))

    def shutdown(self, wait=True, *, cancel_futures=False):
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        if wait:
            with self._interps_lock:
                interps = list(self._interps)
                del self._interps[:]
            for interp in interps:
                try:
                    interp.close()
                except Exception:
                    pass
