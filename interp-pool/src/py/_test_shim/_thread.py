"""Test shim: CPython's builtin _thread plus weft's native extras, in pure Python.

Load this file as module "_thread" *while sys.modules['_thread'] is still the
builtin one* (run_tests.py does that); it re-exports the builtin's API and adds
what weft's native _thread provides on top:

    _Condition, _Semaphore, _BoundedSemaphore, _Event, _Barrier,
    BrokenBarrierError, _shared_dict, _next_thread_number,
    _is_main_interpreter, _main_thread_ident, _main_module_attr,
    _print_exception, daemon_threads_allowed

The primitives come from a private copy of CPython's own Lib/threading.py
(loaded as "_cpython_threading", never put in sys.modules['threading']).
Under CPython all threads share one heap, so "shared" objects are plain
objects; a dict is atomic enough under the GIL.
"""

import sys
import os

_real = sys.modules['_thread']
if hasattr(_real, '_shared_dict'):
    raise ImportError("the shim must be loaded while the builtin _thread is installed")

for _name in dir(_real):
    if not (_name.startswith('__') and _name.endswith('__')):
        globals()[_name] = getattr(_real, _name)
del _name


def _load_private_cpython_threading():
    # Not through importlib.util (which imports threading); a plain exec.
    path = os.path.join(os.path.dirname(os.__file__), 'threading.py')
    module = type(sys)('_cpython_threading')
    module.__file__ = path
    with open(path, encoding='utf-8') as f:
        code = compile(f.read(), path, 'exec')
    exec(code, module.__dict__)
    return module


_cpy = _load_private_cpython_threading()

_Condition = _cpy.Condition
_Semaphore = _cpy.Semaphore
_BoundedSemaphore = _cpy.BoundedSemaphore
_Event = _cpy.Event
_Barrier = _cpy.Barrier
BrokenBarrierError = _cpy.BrokenBarrierError


class _SharedDict(dict):
    """dict whose keys()/values()/items() return lists, like weft's SharedDict."""

    def keys(self):
        return list(dict.keys(self))

    def values(self):
        return list(dict.values(self))

    def items(self):
        return list(dict.items(self))

    def __repr__(self):
        return '_SharedDict(%s)' % dict.__repr__(self)


_shared_dicts = {}
_shared_lock = _real.allocate_lock()


def _shared_dict(name):
    with _shared_lock:
        d = _shared_dicts.get(name)
        if d is None:
            d = _shared_dicts[name] = _SharedDict()
        return d


_counter_lock = _real.allocate_lock()
_counter = [0]


def _next_thread_number():
    with _counter_lock:
        _counter[0] += 1
        return _counter[0]


_MAIN_IDENT = _real.get_ident()
_as_main = _real._local()    # set while simulating a request served by main


def _is_main_interpreter():
    return _real.get_ident() == _MAIN_IDENT or getattr(_as_main, 'on', False)


# The main interpreter's modules, where they differ from sys.modules (the test
# harness registers the main thread's copy of threading in isolated mode).
_main_modules = {}


def _main_module_attr(module, name):
    """getattr(<module of the main interpreter>, name), as served by main."""
    m = _main_modules.get(module)
    if m is None:
        m = sys.modules.get(module)
    if m is None:
        raise ModuleNotFoundError(f"No module named '{module}'")
    was = getattr(_as_main, 'on', False)
    _as_main.on = True
    try:
        value = getattr(m, name)
    finally:
        _as_main.on = was
    return _cross_by_name(value)


def _cross_by_name(value):
    # weft hands a function of the threading module to another interpreter by
    # name: the receiver gets its own module's function of that qualname.
    qualname = getattr(value, '__qualname__', None)
    if (type(value) is type(_cross_by_name) and qualname and '<' not in qualname
            and getattr(value, '__module__', None) == 'threading'):
        obj = sys.modules['threading']
        for part in qualname.split('.'):
            obj = getattr(obj, part)
        return obj
    return value


def _main_thread_ident():
    return _MAIN_IDENT


def _print_exception(exc):
    # CPython's default display (the same C code its thread excepthook uses),
    # written to sys.stderr.
    sys.__excepthook__(type(exc), exc, exc.__traceback__)


def daemon_threads_allowed():
    return True
