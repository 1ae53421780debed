"""Multiple interpreters in one process (PEP 734, CPython 3.14's concurrent.interpreters).

weft's explicit door (DESIGN.md section 4): every interpreter runs on its own thread, values
cross by copy -- shareable values (None, bool, int, float, complex, str, bytes, tuples of
them, queues, locks) are shared, plain data (list, dict, set, bytearray, instances of
classes) is deep-copied, functions are rebuilt (closures and lambdas from __main__ work,
and __main__ is never re-run) -- and anything else raises NotShareableError.
"""

import threading as _threading
import queue as _queue
import _interpreters
from _interpreters import NotShareableError
from _interpreters import is_shareable as _is_shareable


def is_shareable(obj):
    """Return True if the object's data can be shared between interpreters."""
    return isinstance(obj, Queue) or _is_shareable(obj)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found."""


class _ExcType:
    """The type of an exception raised in another interpreter (by name)."""

    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        if self.__module__ in (None, 'builtins'):
            return "<class '%s'>" % self.__qualname__
        return "<class '%s.%s'>" % (self.__module__, self.__qualname__)


class _ExcInfo:
    """A snapshot of an exception raised in another interpreter."""

    def __init__(self, name, qualname, module, msg, formatted):
        self.type = _ExcType(name, qualname, module)
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = formatted

    def __repr__(self):
        return '%s(type=%s, msg=%r)' % (type(self).__name__, self.type.__name__, self.msg)


_EXEC_FAILURE_STR = """
{superstr}

Uncaught in the interpreter:

{formatted}""".strip()


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution.

    This is raised from Interpreter.exec() and Interpreter.call().
    """

    def __init__(self, excinfo):
        msg = excinfo.formatted
        if not msg:
            if excinfo.type and excinfo.msg:
                msg = f'{excinfo.type.__name__}: {excinfo.msg}'
            else:
                msg = excinfo.type.__name__ or excinfo.msg
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        try:
            formatted = self.excinfo.errdisplay
        except Exception:
            return super().__str__()
        else:
            superstr = '%s: %s' % (self.excinfo.type.__name__, self.excinfo.msg)
            return _EXEC_FAILURE_STR.format(superstr=superstr, formatted=formatted)


def _failed(info):
    return ExecutionFailed(_ExcInfo(*info))


def create():
    """Return a new (idle) Python interpreter."""
    return Interpreter(_interpreters.create())


def list_all():
    """Return all existing interpreters."""
    return [Interpreter(id) for id in _interpreters.list_all()]


def get_current():
    """Return the currently running interpreter."""
    return Interpreter(_interpreters.get_current())


def get_main():
    """Return the main interpreter."""
    return Interpreter(_interpreters.get_main())


_known = {}


class Interpreter:
    """A single Python interpreter."""

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        self = _known.get(id)
        if self is None:
            self = super().__new__(cls)
            self._id = id
            _known[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return self._id == other._id

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        if self._id == _interpreters.get_main():
            return 'runtime init'
        return 'stdlib'

    def is_running(self):
        """Return whether or not the identified interpreter is running."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter.

        Attempting to destroy the current interpreter results
        in an InterpreterError.
        """
        _interpreters.destroy(self._id)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__."""
        if ns is None:
            ns = kwargs
        elif kwargs:
            ns = dict(ns, **kwargs)
        else:
            ns = dict(ns)
        _interpreters.set___main___attrs(self._id, ns)

    def exec(self, code, /):
        """Run the given source code (or no-argument function) in the interpreter.

        This is essentially the same as calling the builtin "exec"
        with this interpreter, using the __dict__ of its __main__
        module as both globals and locals.  An unhandled exception
        raises ExecutionFailed.
        """
        info = _interpreters.exec(self._id, code)
        if info is not None:
            raise _failed(info)

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with given args/kwargs.

        The callable, its arguments and the return value cross by copy.
        An unhandled exception raises ExecutionFailed.
        """
        status, res = _interpreters.call(self._id, callable, args, kwargs)
        if status:
            raise _failed(res)
        return res

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new thread that calls the object in the interpreter."""
        t = _threading.Thread(target=self.call, args=(callable,) + args, kwargs=kwargs)
        t.start()
        return t


# Queues

class QueueError(InterpreterError):
    """Indicates that a queue operation failed."""


class QueueEmpty(QueueError, _queue.Empty):
    """Raised from get_nowait() when the queue is empty."""


class QueueFull(QueueError, _queue.Full):
    """Raised from put_nowait() when the queue is full."""


_queues = {}


def create_queue(maxsize=0, *, unbounditems=None):
    """Return a new cross-interpreter queue.

    The queue may be used to pass data safely between interpreters.
    Objects put on it are copied (shareable ones are shared).
    """
    if unbounditems is not None:
        raise NotImplementedError('unbounditems is not supported by weft')
    return Queue(_interpreters.queue_create(maxsize))


class Queue:
    """A cross-interpreter queue."""

    def __init__(self, handle):
        self._q = handle

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __hash__(self):
        return hash(self._q)

    def __eq__(self, other):
        if not isinstance(other, Queue):
            return NotImplemented
        return self._q is other._q

    @property
    def id(self):
        return id(self._q)

    @property
    def maxsize(self):
        return self._q.maxsize

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def qsize(self):
        return self._q.qsize()

    def put(self, obj, block=True, timeout=None, *, unbounditems=None):
        """Add the object to the queue (copied, or shared if shareable).

        If "block" is true, this blocks while the queue is full.
        """
        if timeout is not None:
            timeout = float(timeout)
            if timeout < 0:
                raise ValueError('timeout value must be non-negative')
        try:
            _interpreters.queue_put(self._q, obj, block, timeout)
        except _queue.Full:
            raise QueueFull('queue full') from None

    def put_nowait(self, obj, *, unbounditems=None):
        return self.put(obj, block=False)

    def get(self, block=True, timeout=None):
        """Return the next object from the queue.

        If "block" is true, this blocks while the queue is empty.
        """
        if timeout is not None:
            timeout = float(timeout)
            if timeout < 0:
                raise ValueError('timeout value must be non-negative')
        try:
            return _interpreters.queue_get(self._q, block, timeout)
        except _queue.Empty:
            raise QueueEmpty('queue is empty') from None

    def get_nowait(self):
        """Return the next object from the queue; QueueEmpty if there is none."""
        return self.get(block=False)
