# Copyright 2009 Brian Quinlan. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.
#
# weft version of CPython 3.11's Lib/concurrent/futures/thread.py.
#
# Differences from CPython, forced by weft's restricted stdlib
# (only threading, queue, _thread, sys, time, math exist):
#   * no weakref: the global registry of worker threads (_threads_queues) is
#     a plain dict, pruned of dead threads on shutdown(wait=True) and
#     (amortised) when new workers start.  Workers are not given a reference
#     to their executor at all; instead ThreadPoolExecutor.__del__ plays the
#     part of CPython's weakref callback and wakes the workers so they exit
#     once an executor that was never shut down is garbage collected.
#   * no itertools.count: the executor-name counter is a locked integer;
#   * no os.cpu_count: the default max_workers uses sys._weft_cpu_count()
#     when weft provides it, else 1;
#   * no os.register_at_fork: weft has no fork.
#
# weft notes: everything a worker thread touches is either a natively shared
# object (the SimpleQueue, the idle Semaphore, the shutdown Lock, and the
# "broken" and "shutdown" Events, all passed as thread arguments) or, once
# per task, the _WorkItem and its Future (reached through proxies).  For
# that reason the executor's _broken and _shutdown flags are properties
# backed by Events.
# Workers read no module global in their loop (only on error paths).

"""Implements ThreadPoolExecutor."""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures import _base
import queue
import sys
import threading


# Maps worker Thread -> its executor's work queue.  CPython uses a
# weakref.WeakKeyDictionary; weft has no weakref, so this is a plain dict.
_threads_queues = {}
_shutdown = False
# Lock that ensures that new workers are not created while the interpreter is
# shutting down. Must be held while mutating _threads_queues and _shutdown.
_global_shutdown_lock = threading.Lock()
# _threads_queues is pruned of finished threads when it grows past this size.
_prune_threshold = 64


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()

# Register for `_python_exit()` to be called just before joining all
# non-daemon threads (like CPython 3.9+; no atexit / daemon threads).
threading._register_atexit(_python_exit)


def _prune_dead_threads():
    # Must be called with _global_shutdown_lock held.
    global _prune_threshold
    for t in list(_threads_queues):
        if not t.is_alive():
            del _threads_queues[t]
    _prune_threshold = max(64, 2 * len(_threads_queues))


def _cpu_count():
    fn = getattr(sys, '_weft_cpu_count', None)
    if fn is None:
        return 1
    try:
        return fn()
    except Exception:
        return None


_counter_lock = threading.Lock()
_counter_value = [0]


def _next_counter():
    # Stand-in for itertools.count().__next__ (weft has no itertools).
    with _counter_lock:
        n = _counter_value[0]
        _counter_value[0] = n + 1
    return n


_BROKEN_MESSAGE = ('A thread initializer failed, the thread pool '
                   'is not usable anymore')


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        # Runs in a worker thread; in weft self is a proxy, so each attribute
        # is read exactly once.
        future = self.future
        if not future.set_running_or_notify_cancel():
            return

        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            future.set_exception(exc)
            # Break a reference cycle with the exception 'exc'
            self = None
            future = None
        else:
            future.set_result(result)

    if _base._GenericAlias is not None:
        __class_getitem__ = classmethod(_base._GenericAlias)


def _fail_pending(shutdown_lock, broken, work_queue):
    """Mark the pool broken and fail every queued work item.

    Shared by ThreadPoolExecutor._initializer_failed() and by worker threads
    (which have no reference to their executor).
    """
    with shutdown_lock:
        broken.set()
        # Drain work queue and mark pending futures failed
        while True:
            try:
                work_item = work_queue.get_nowait()
            except queue.Empty:
                break
            if work_item is not None:
                work_item.future.set_exception(
                    BrokenThreadPool(_BROKEN_MESSAGE))


def _worker(work_queue, idle_semaphore, initializer, initargs,
            shutdown_lock, broken, shutdown_flag):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            _base.LOGGER.critical('Exception in initializer:', exc_info=exc)
            exc = None
            _fail_pending(shutdown_lock, broken, work_queue)
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                # Delete references to object. See issue16284
                del work_item

                # attempt to increment idle count
                idle_semaphore.release()
                continue

            # None is only ever queued when the interpreter is shutting down,
            # the executor was shut down, or the executor was garbage
            # collected (see ThreadPoolExecutor.__del__): exit in all cases.
            # Flag the executor as shutting down as early as possible (this
            # is what CPython does at interpreter shutdown; in the other two
            # cases the flag is already set or nobody can see it).
            shutdown_flag.set()
            # Notice other workers
            work_queue.put(None)
            return
    except BaseException as exc:
        _base.LOGGER.critical('Exception in worker', exc_info=exc)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):

    # Used to assign unique thread names when thread_name_prefix is not supplied.
    _counter = staticmethod(_next_counter)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        Args:
            max_workers: The maximum number of threads that can be used to
                execute the given calls.
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize worker threads.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if max_workers is None:
            # Same policy as CPython: cpu_count + 4, capped at 32.
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        # Set by a worker whose initializer failed; see the _broken property.
        self._broken_event = threading.Event()
        self._broken_message = _BROKEN_MESSAGE
        # Backs the _shutdown property; workers set it at interpreter exit.
        self._shutdown_flag = threading.Event()
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    # CPython stores False or the error message in self._broken; here the
    # flag lives in a natively shared Event so workers can set it without
    # holding a reference to the executor.
    @property
    def _broken(self):
        if self._broken_event.is_set():
            return self._broken_message
        return False

    @_broken.setter
    def _broken(self, value):
        if value:
            self._broken_message = value
            self._broken_event.set()
        else:
            self._broken_event.clear()

    # CPython's plain boolean attribute, kept in a natively shared Event so
    # that workers can set it without a reference to the executor.
    @property
    def _shutdown(self):
        return self._shutdown_flag.is_set()

    @_shutdown.setter
    def _shutdown(self, value):
        if value:
            self._shutdown_flag.set()
        else:
            self._shutdown_flag.clear()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # Called with self._shutdown_lock and _global_shutdown_lock held.
        # if idle threads are available, don't spin new threads
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self._work_queue,
                                       self._idle_semaphore,
                                       self._initializer,
                                       self._initargs,
                                       self._shutdown_lock,
                                       self._broken_event,
                                       self._shutdown_flag))
            t.start()
            self._threads.add(t)
            if len(_threads_queues) >= _prune_threshold:
                _prune_dead_threads()
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        _fail_pending(self._shutdown_lock, self._broken_event,
                      self._work_queue)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Drain all work items from the queue, and then cancel their
                # associated futures.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Send a wake-up to prevent threads calling
            # _work_queue.get(block=True) from permanently blocking.
            self._work_queue.put(None)
        if wait:
            threads = list(self._threads)
            for t in threads:
                t.join()
            # No weakref: drop the joined threads from the global registry.
            with _global_shutdown_lock:
                for t in threads:
                    _threads_queues.pop(t, None)
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    def __del__(self):
        # Stand-in for CPython's weakref callback: an executor that is
        # collected without shutdown() wakes its workers so that they exit
        # (after finishing the work already queued).
        q = getattr(self, '_work_queue', None)
        if q is not None:
            q.put(None)
