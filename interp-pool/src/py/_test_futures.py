"""Differential tests for weft's frozen concurrent.futures, run under CPython.

    python3 interp-pool/src/py/_test_futures.py [-v] [-k SUBSTRING]

Every snippet in SNIPPETS is run twice, each time in a fresh subprocess:
once against CPython's real concurrent.futures ("real") and once against
the weft package in this directory ("weft": a meta-path finder maps the
top-level name `concurrent`, and only it, to this directory).  stdout, stderr and the exit status are
compared after normalising addresses (0x...) and dropping the indented
lines of tracebacks (file paths / line numbers differ).

In "weft" mode an import guard makes any import of a module outside weft's
stdlib (threading, queue, _thread, sys, time, math) from the concurrent.*
modules fail, and the modules are checked to come from this directory.

WEFT_ONLY snippets check weft-specific behaviour against expected output.
"""

import ast
import os
import re
import subprocess
import sys

PYDIR = os.path.dirname(os.path.abspath(__file__))
PKG_FILES = ['concurrent/__init__.py', 'concurrent/futures/__init__.py',
             'concurrent/futures/_base.py', 'concurrent/futures/thread.py']
ALLOWED_MODULES = {'threading', 'queue', '_thread', 'sys', 'time', 'math'}

SETUP_WEFT = r'''
import sys, builtins, importlib.machinery
# Only the `concurrent` package is taken from %(pydir)r (other weft stdlib
# modules living there, e.g. threading.py, must not shadow CPython's).
class _WeftConcurrentFinder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == 'concurrent':
            return importlib.machinery.PathFinder.find_spec(name, [%(pydir)r])
        return None
sys.meta_path.insert(0, _WeftConcurrentFinder)
assert 'concurrent' not in sys.modules
_ALLOWED = %(allowed)r | {'concurrent'}
_orig_import = builtins.__import__
def _guard(name, globals=None, locals=None, fromlist=(), level=0):
    mod = (globals or {}).get('__name__') or ''
    if mod == 'concurrent' or mod.startswith('concurrent.'):
        if level != 0 or name.split('.')[0] not in _ALLOWED:
            raise ImportError('weft guard: %%s imports %%r (level %%d)'
                              %% (mod, name, level))
    return _orig_import(name, globals, locals, fromlist, level)
builtins.__import__ = _guard
import concurrent.futures
import threading, queue
assert not threading.__file__.startswith(%(pydir)r)
for _m in list(sys.modules):
    if _m == 'concurrent' or _m.startswith('concurrent.'):
        assert sys.modules[_m].__file__.startswith(%(pydir)r), _m
'''

SETUP_REAL = r'''
import concurrent.futures
assert 'site-packages' not in concurrent.futures.__file__
assert not concurrent.futures.__file__.startswith(%(pydir)r)
'''

PRELUDE = r'''
import sys, time, threading, gc
import concurrent.futures as cf
from concurrent.futures import _base
from concurrent.futures import thread as cft
from concurrent.futures import (Future, ThreadPoolExecutor, wait,
    as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, InvalidStateError, BrokenExecutor)

def ename(e):
    t = type(e)
    return t.__name__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__

def show(label, fn, *a, **k):
    try:
        r = fn(*a, **k)
    except BaseException as e:
        print(label, 'RAISED', ename(e), repr(str(e)), e.args)
    else:
        print(label, '->', repr(r))

def mkfut(state, exception=None, result=None):
    f = Future()
    f._state = state
    f._exception = exception
    f._result = result
    return f

def names(fs, table):
    return sorted(table[id(f)] for f in fs)
'''

SNIPPETS = {}


def snippet(name, code):
    SNIPPETS[name] = code


snippet('basic_submit', r'''
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(pow, 2, 10)
    print(f.result())
    print(f.done(), f.running(), f.cancelled(), f.exception())
    def kw(fn, *, x): return (fn, x)
    print(ex.submit(kw, fn=1, x=2).result())           # 'fn' as a kwarg
    print(ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, a=3).result())
    print(type(f).__name__, type(f).__module__, isinstance(f, cf.Future))
''')

snippet('repr_states', r'''
for st in ['PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED']:
    print(repr(mkfut(st)))
print(repr(mkfut('FINISHED', exception=OSError())))
print(repr(mkfut('FINISHED', result=42)))
print(repr(mkfut('FINISHED', result=None)))
print(repr(mkfut('FINISHED', result='x')))
f = Future(); print(f.set_running_or_notify_cancel(), repr(f))
f.set_result([1]); print(repr(f))
class MyFut(Future): pass
print(repr(MyFut()))
with ThreadPoolExecutor(1) as ex:
    ev = threading.Event()
    f = ex.submit(ev.wait)
    time.sleep(0.2)
    print(repr(f), f.running())
    ev.set(); f.result()
    print(repr(f))
''')

snippet('exceptions_reraised', r'''
class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = a + b
def boom(*a): raise MyError(*a)
def sysexit(): raise SystemExit(3)
def kbi(): raise KeyboardInterrupt('k')
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(boom, 1, 2)
    show('result', f.result)
    e = f.exception()
    print(ename(e), e.args, e.extra, f.exception() is e)
    try:
        f.result()
    except MyError as e2:
        print('caught', e2 is e, e2.__traceback__ is not None)
    show('sysexit', ex.submit(sysexit).result)
    show('kbi', ex.submit(kbi).result)
    show('zerodiv', ex.submit(lambda: 1 / 0).result)
    show('keyerr', ex.submit({}.__getitem__, 'k').result)
    print(repr(ex.submit(boom, 1, 2).exception(timeout=5)))
    f = ex.submit(boom, 1, 2); wait([f]); print(repr(f))
''')

snippet('future_cancel', r'''
f = Future()
print(f.cancel(), f.cancel(), f._state, f.cancelled(), f.done(), f.running())
show('result', f.result)
show('exception', f.exception, timeout=0)
print(f.set_running_or_notify_cancel(), f._state)
print(f.cancel(), f._state)
show('set_result', f.set_result, 1)
show('set_exception', f.set_exception, ValueError())
for st, kw in [('PENDING', {}), ('RUNNING', {}), ('CANCELLED', {}),
               ('CANCELLED_AND_NOTIFIED', {}),
               ('FINISHED', {'exception': OSError()}),
               ('FINISHED', {'result': 5})]:
    g = mkfut(st, **kw)
    print(st, g.cancel(), g._state, g.cancelled(), g.done(), g.running())
''')

snippet('future_invalid_state', r'''
f = Future()
f.set_result(1)
show('set_result twice', f.set_result, 2)
show('set_exception after', f.set_exception, ValueError('x'))
print(f.result())
g = Future(); g.set_exception(KeyError('k'))
show('set_result after exc', g.set_result, 1)
h = Future(); print(h.set_running_or_notify_cancel())
show('srnc twice', h.set_running_or_notify_cancel)
show('srnc finished', f.set_running_or_notify_cancel)
print(issubclass(InvalidStateError, cf._base.Error), InvalidStateError.__mro__[1:])
''')

snippet('future_timeouts', r'''
print(cf.TimeoutError is TimeoutError, _base.TimeoutError is TimeoutError)
for st in ['PENDING', 'RUNNING']:
    show('result ' + st, mkfut(st).result, timeout=0)
    show('exc ' + st, mkfut(st).exception, timeout=0.01)
show('result neg', Future().result, timeout=-1)
show('cancelled', mkfut('CANCELLED').result, timeout=0)
show('exc fut', mkfut('FINISHED', exception=OSError(2, 'x')).result, timeout=0)
print(mkfut('FINISHED', result=42).result(timeout=0))
print(mkfut('FINISHED', result=42).exception(timeout=0))
f = Future()
threading.Timer(0.2, f.set_result, (7,)).start()
print(f.result(timeout=10))
g = Future()
threading.Timer(0.2, g.cancel).start()
show('cancel while waiting', g.result, timeout=10)
h = Future()
threading.Timer(0.2, h.set_exception, (OSError('late'),)).start()
print(repr(h.exception(timeout=10)))
''')

snippet('callbacks', r'''
log = []
def cb(tag):
    def fn(fut):
        log.append((tag, fut.done(), fut.cancelled(),
                    None if fut.cancelled() else repr(fut.exception())))
    return fn
f = Future()
f.add_done_callback(cb('a')); f.add_done_callback(cb('b'))
print(log)
f.set_result(5)
print(log); log.clear()
f.add_done_callback(cb('after'))
print(log); log.clear()
g = Future(); g.add_done_callback(cb('c')); g.cancel(); print(log); log.clear()
g.add_done_callback(cb('c2')); print(log); log.clear()
h = Future(); h.add_done_callback(cb('e')); h.set_exception(Exception('test'))
print(log); log.clear()
def raising(fut): raise Exception('doh!')
k = Future(); k.add_done_callback(raising); k.add_done_callback(cb('k'))
k.set_result(1)
print(log); log.clear()
sys.stderr.flush()
k.add_done_callback(raising)  # already done: called now, error logged
print('still alive')
def raising_base(fut): raise KeyboardInterrupt
m = Future(); m.add_done_callback(raising_base)
show('base exc from callback', m.set_result, 1)
''')

snippet('callbacks_in_worker', r'''
names_ = []
done = threading.Event()
def cb(fut):
    names_.append((threading.current_thread().name, fut.result()))
    done.set()
with ThreadPoolExecutor(1, thread_name_prefix='cbpool') as ex:
    ev = threading.Event()
    f = ex.submit(lambda: (ev.wait(), 'r')[1])
    f.add_done_callback(cb)
    ev.set()
    done.wait(5)
print(names_)
''')

snippet('map', r'''
with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(pow, range(10), range(10))))
    print(list(ex.map(pow, range(10), range(10), chunksize=3)))
    print(list(ex.map(abs, range(-5, 5))))
    print(list(ex.map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
    print(list(ex.map(str, [])))
    it = ex.map(divmod, [1, 1, 1, 1], [2, 3, 0, 5])
    print(next(it), next(it))
    show('next', next, it)
    show('next again', next, it)
    def slow(x):
        time.sleep(x); return x
    out = []
    try:
        for r in ex.map(slow, [0, 0, 3], timeout=0.5):
            out.append(r)
    except cf.TimeoutError as e:
        print('timeout', ename(e), repr(str(e)), out)
    show('map bad', ex.map, pow, 5)
    print(type(ex.map(abs, [1])).__name__)
''')

snippet('map_cancels_remaining', r'''
ev = threading.Event()
started = []
def task(i):
    started.append(i)
    if i == 0:
        ev.wait(5)
    return i
ex = ThreadPoolExecutor(1)
it = ex.map(task, range(5))
time.sleep(0.1)
it.close()           # unconsumed results: pending futures get cancelled
ev.set()
ex.shutdown(wait=True)
print(started)
ex2 = ThreadPoolExecutor(1)
fins = []
ex2.map(lambda n: fins.append(n), range(10))   # submits without iteration
ex2.shutdown(wait=True)
print(sorted(fins))
''')

snippet('map_exception_cancels', r'''
ev = threading.Event()
ran = []
def task(i):
    if i == 1:
        raise ValueError('bad %d' % i)
    if i == 0:
        time.sleep(0.1)
    ran.append(i)
    return i
ex = ThreadPoolExecutor(1)
try:
    for r in ex.map(task, range(6)):
        print('got', r)
        time.sleep(0.3)
except ValueError as e:
    print('error', e)
ex.shutdown()
print(ran)
''')

snippet('as_completed_basic', r'''
table = {}
def reg(name, f): table[id(f)] = name; return f
C = reg('C', mkfut('CANCELLED_AND_NOTIFIED'))
E = reg('E', mkfut('FINISHED', exception=OSError()))
S = reg('S', mkfut('FINISHED', result=42))
with ThreadPoolExecutor(2) as ex:
    f1 = reg('f1', ex.submit(pow, 2, 3)); f2 = reg('f2', ex.submit(pow, 7, 6))
    print(names(as_completed([C, E, S, f1, f2]), table))
    f3 = reg('f3', ex.submit(time.sleep, 1))
    got = []
    try:
        for f in as_completed([C, E, S, f3], timeout=0):
            got.append(f)
    except cf.TimeoutError as e:
        print('timeout', repr(str(e)), names(got, table))
    f4 = reg('f4', ex.submit(time.sleep, 0.3))
    print(names(as_completed([f4, f4, f4]), table))
    print(names(as_completed(iter([f4, S])), table))
P = mkfut('PENDING'); R = mkfut('RUNNING')
try:
    list(as_completed([C, P, R, S], timeout=0))
except cf.TimeoutError as e:
    print(ename(e), repr(str(e)))
try:
    list(as_completed([P, R], timeout=0.1))
except cf.TimeoutError as e:
    print(ename(e), repr(str(e)))
print(list(as_completed([])))
print(P._waiters, R._waiters, C._waiters)
''')

snippet('as_completed_order', r'''
fs = [Future() for _ in range(4)]
table = {id(f): 'f%d' % i for i, f in enumerate(fs)}
def finisher():
    for i in [2, 0, 3]:
        time.sleep(0.15)
        fs[i].set_result(i)
    time.sleep(0.15)
    fs[1].cancel()
t = threading.Thread(target=finisher); t.start()
order = []
for f in as_completed(fs, timeout=10):
    order.append(table[id(f)])
print(order)
t.join()
for f in fs: print(f._waiters)
# set_running_or_notify_cancel on a cancelled future notifies waiters
g = Future(); g.cancel()
h = Future()
def srnc():
    time.sleep(0.2); h.cancel(); h.set_running_or_notify_cancel()
threading.Thread(target=srnc).start()
print([x is h for x in as_completed([h], timeout=10)])
''')

snippet('as_completed_free_refs', r'''
import weakref
futures_list = [Future() for _ in range(8)]
futures_list.append(mkfut('CANCELLED_AND_NOTIFIED'))
futures_list.append(mkfut('FINISHED', result=42))
ok = True
try:
    for future in as_completed(futures_list, timeout=0):
        futures_list.remove(future)
        wr = weakref.ref(future)
        del future
        ok = ok and wr() is None
except cf.TimeoutError as e:
    print('timeout', e)
futures_list[0].set_result("test")
for future in as_completed(futures_list):
    futures_list.remove(future)
    wr = weakref.ref(future)
    del future
    ok = ok and wr() is None
    if futures_list:
        futures_list[0].set_result("test")
print(ok, futures_list)
''')

snippet('wait_variants', r'''
table = {}
def reg(name, f): table[id(f)] = name; return f
CF = reg('CF', mkfut('CANCELLED'))
C = reg('C', mkfut('CANCELLED_AND_NOTIFIED'))
E = reg('E', mkfut('FINISHED', exception=OSError()))
S = reg('S', mkfut('FINISHED', result=42))
def mul(a, b): return a * b
def sleep_and_raise(t):
    time.sleep(t); raise Exception('this is an exception')
def pr(label, res):
    d, nd = res
    print(label, names(d, table), names(nd, table))
with ThreadPoolExecutor(5) as ex:
    f1 = reg('f1', ex.submit(mul, 21, 2)); f2 = reg('f2', ex.submit(time.sleep, 1.0))
    pr('first_completed', wait([CF, f1, f2], return_when=FIRST_COMPLETED))
    f3 = reg('f3', ex.submit(time.sleep, 1.0))
    pr('first_completed_some_done', wait([C, S, f3], return_when=FIRST_COMPLETED))
    f4 = reg('f4', ex.submit(mul, 2, 21)); f5 = reg('f5', ex.submit(sleep_and_raise, 0.5))
    f6 = reg('f6', ex.submit(time.sleep, 2))
    pr('first_exception', wait([f4, f5, f6], return_when=FIRST_EXCEPTION))
    f7 = reg('f7', ex.submit(divmod, 21, 0)); f8 = reg('f8', ex.submit(time.sleep, 1.0))
    pr('first_exception_some', wait([S, CF, C, f7, f8], return_when=FIRST_EXCEPTION))
    f9 = reg('f9', ex.submit(time.sleep, 1))
    pr('first_exception_one_failed', wait([E, f9], return_when=FIRST_EXCEPTION))
    g1 = reg('g1', ex.submit(divmod, 2, 0)); g2 = reg('g2', ex.submit(mul, 2, 21))
    pr('all_completed', wait([S, C, E, g1, g2], return_when=ALL_COMPLETED))
    g3 = reg('g3', ex.submit(mul, 6, 7)); g4 = reg('g4', ex.submit(time.sleep, 2))
    pr('timeout', wait([C, E, S, g3, g4], timeout=1, return_when=ALL_COMPLETED))
    pr('all_done_early', wait([C, S, E], return_when='BOGUS'))
    show('bad return_when', wait, [mkfut('PENDING')], return_when='BOGUS')
    pr('empty', wait([]))
    pr('dups', wait([S, S, C]))
    r = wait([S])
    print(type(r).__name__, isinstance(r, tuple), len(r), r._fields,
          sorted(r._asdict()), r.done is r[0], r.not_done is r[1])
    print(repr(r).replace(repr(S), 'S'))
    print(repr(r._replace(not_done={1})).replace(repr(S), 'S'))
    print(type(r)._make([1, 2]), type(r)(done=1, not_done=2) == (1, 2))
    show('make bad', type(r)._make, [1])
    print(S._waiters, g4._waiters)
''')

snippet('wait_pending_calls_race', r'''
event = threading.Event()
def future_func(): event.wait()
old = sys.getswitchinterval(); sys.setswitchinterval(1e-6)
try:
    with ThreadPoolExecutor(5) as ex:
        fs = {ex.submit(future_func) for i in range(100)}
        event.set()
        d, nd = wait(fs, return_when=ALL_COMPLETED)
        print(len(d), len(nd))
finally:
    sys.setswitchinterval(old)
''')

snippet('shutdown_basic', r'''
ex = ThreadPoolExecutor(3)
show('submit', lambda: ex.submit(pow, 2, 5).result())
ex.shutdown()
show('after shutdown', ex.submit, pow, 2, 5)
ex.shutdown(); ex.shutdown(wait=False); print('idempotent')
print([t.is_alive() for t in ex._threads])
with ThreadPoolExecutor(max_workers=5) as e:
    executor = e
    print(list(e.map(abs, range(-5, 5))))
print(all(not t.is_alive() for t in executor._threads), executor._shutdown)
show('ctx after', executor.submit, abs, 1)
ex = ThreadPoolExecutor(2)
fs = [ex.submit(time.sleep, 0.05) for _ in range(20)]
ex.shutdown(wait=False)
print('returned', sum(f.done() for f in fs) < 20)
for f in fs: f.result()
for t in ex._threads: t.join()
print('all done', all(f.done() for f in fs))
print(ex.__enter__() is ex, ex.__exit__(None, None, None))
''')

snippet('shutdown_cancel_futures', r'''
ev = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(ev.wait, 5)
time.sleep(0.1)
others = [ex.submit(pow, 2, i) for i in range(5)]
ex.shutdown(wait=False, cancel_futures=True)
print([f._state for f in others])
ev.set()
print(first.result())
ex.shutdown(wait=True)
print([f.cancelled() for f in others], [f.done() for f in others])
show('res', others[0].result)
ex2 = ThreadPoolExecutor(2)
fs = [ex2.submit(time.sleep, 0.3) for _ in range(6)]
time.sleep(0.1)
ex2.shutdown(cancel_futures=True)
print(sorted(f.cancelled() for f in fs), sum(f.done() for f in fs))
''')

snippet('hang_issue12364', r'''
ex = ThreadPoolExecutor(5)
fs = [ex.submit(time.sleep, 0.01) for _ in range(50)]
ex.shutdown()
print(sum(f.result() is None for f in fs))
''')

snippet('threads_and_names', r'''
def mul(a, b): return a * b
ex = ThreadPoolExecutor(5)
ex.submit(mul, 21, 2); ex.submit(mul, 6, 7); ex.submit(mul, 3, 14)
print(len(ex._threads))
ex.shutdown()
print(sorted(t.name for t in ex._threads))
ex = ThreadPoolExecutor(max_workers=5, thread_name_prefix='SpecialPool')
ev = threading.Event()
for _ in range(7): ex.submit(ev.wait, 5)
print(sorted(t.name for t in ex._threads), ex._thread_name_prefix)
ev.set(); ex.shutdown()
ex3 = ThreadPoolExecutor(2)
ex3.submit(abs, 1).result()
print(sorted(t.name for t in ex3._threads), ex3._thread_name_prefix)
ex3.shutdown()
print(ThreadPoolExecutor()._thread_name_prefix)
print([t.daemon for t in ex3._threads])
''')

snippet('idle_reuse', r'''
ex = ThreadPoolExecutor(4)
for i in range(10):
    ex.submit(pow, 2, i).result()
    time.sleep(0.02)
print('threads after sequential', len(ex._threads))
ev = threading.Event()
fs = [ex.submit(ev.wait, 5) for _ in range(10)]
time.sleep(0.1)
print('threads when saturated', len(ex._threads))
ev.set(); wait(fs)
ex.shutdown()
''')

snippet('del_shutdown', r'''
executor = ThreadPoolExecutor(max_workers=5)
fs = list(executor.map(abs, range(-5, 5)))
threads = executor._threads
del executor
gc.collect()
for t in threads:
    t.join(10)
print(fs, [t.is_alive() for t in threads])
ex = ThreadPoolExecutor(2)
fs = [ex.submit(time.sleep, 0.1) for _ in range(4)]
threads = list(ex._threads)
del ex; gc.collect()
for t in threads: t.join(10)
print([f.done() for f in fs], [t.is_alive() for t in threads])
''')

snippet('no_stale_references', r'''
import weakref
class MyObject:
    def my_method(self): pass
with ThreadPoolExecutor(2) as ex:
    ex.submit(time.sleep, 0.1).result()
    my_object = MyObject()
    collected = threading.Event()
    cb = weakref.ref(my_object, lambda obj: collected.set())
    ex.submit(my_object.my_method)
    del my_object
    print(collected.wait(timeout=5.0))
    class D: pass
    out = []
    for obj in ex.map(lambda _: D(), range(10)):
        wr = weakref.ref(obj); del obj
        out.append(wr() is None)
    print(all(out))
''')

snippet('initializer', r'''
STATUS = ['uninitialized']
def init(x):
    STATUS[0] = x
with ThreadPoolExecutor(2, initializer=init, initargs=('initialized',)) as ex:
    print([ex.submit(lambda: STATUS[0]).result() for _ in range(3)])
local = threading.local()
def init2(a, b): local.v = (a, b, threading.current_thread().name)
with ThreadPoolExecutor(1, initializer=init2, initargs=(1, 2), thread_name_prefix='ini') as ex:
    print(ex.submit(lambda: local.v).result())
show('not callable', ThreadPoolExecutor, initializer=5)
show('zero', ThreadPoolExecutor, max_workers=0)
show('neg', ThreadPoolExecutor, max_workers=-1)
show('str', ThreadPoolExecutor, max_workers='3')
''')

snippet('initializer_fails', r'''
def init_fail():
    time.sleep(0.1)
    raise ValueError('error in initializer')
ex = ThreadPoolExecutor(1, initializer=init_fail)
print(ex._broken)
fs = [ex.submit(pow, 2, i) for i in range(3)]
for f in fs:
    show('result', f.result, timeout=5)
t1 = time.time()
while not ex._broken:
    time.sleep(0.01)
print(repr(ex._broken))
show('submit', ex.submit, pow, 2, 2)
e = fs[0].exception()
print(isinstance(e, BrokenExecutor), isinstance(e, RuntimeError), ename(e),
      cft.BrokenThreadPool.__mro__[1:3])
ex.shutdown()
print('shutdown ok')
''')

snippet('initializer_fails_many_workers', r'''
def init_fail():
    raise ValueError('error in initializer')
ex = ThreadPoolExecutor(2, initializer=init_fail)
try:
    f = ex.submit(abs, 1)
except BrokenExecutor:
    print('already broken')
else:
    show('result', f.result, timeout=5)
while not ex._broken:
    time.sleep(0.01)
show('submit', ex.submit, abs, 1)
ex.shutdown()
''')

snippet('interpreter_exit_runs_pending', r'''
def sleep_and_print(t, msg):
    time.sleep(t); print(msg); sys.stdout.flush()
t = ThreadPoolExecutor(5)
t.submit(sleep_and_print, 0.5, "apple")
t.submit(sleep_and_print, 0.7, "banana")
print('main done')
''')

snippet('submit_after_interpreter_shutdown', r'''
import atexit
ex = ThreadPoolExecutor(2)
ex.submit(abs, 1).result()
def at_exit():
    try:
        ex.submit(print, 'never')
    except RuntimeError as e:
        print('atexit:', e)
atexit.register(at_exit)
ex2 = ThreadPoolExecutor(1)   # never used: no threads
atexit.register(lambda: show('unused executor', ex2.submit, abs, 1))
print(cft._shutdown)
''')

snippet('register_atexit_order', r'''
out = []
ex = ThreadPoolExecutor(2)
ev = threading.Event()
f = ex.submit(lambda: (ev.wait(0.5), out.append('task'), print('task finished'))[0])
threading._register_atexit(lambda: print('registered later, runs after pool exit; task done =', f.done()))
''')

snippet('executor_base', r'''
e = cf.Executor()
show('submit', e.submit, abs, 1)
print(e.shutdown(), e.__enter__() is e, e.__exit__(None, None, None))
class Sync(cf.Executor):
    def submit(self, fn, /, *args, **kwargs):
        f = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            f.set_exception(exc)
        return f
with Sync() as s:
    print(list(s.map(pow, [1, 2, 3], [2, 2, 2])))
    it = s.map(divmod, [1, 1], [1, 0]); print(next(it)); show('next', next, it)
    print(list(s.map(abs, [-1], timeout=5)))
''')

snippet('module_surface', r'''
for n in ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED']:
    print(n, repr(getattr(cf, n)))
for n in ['PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED', '_AS_COMPLETED']:
    print(n, repr(getattr(_base, n)))
print(_base._FUTURE_STATES, _base._STATE_TO_DESCRIPTION_MAP)
for c in [cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor,
          cft.BrokenThreadPool, _base.Error]:
    print(c.__module__, c.__qualname__, [b.__name__ for b in c.__mro__])
print(cf.TimeoutError is TimeoutError)
print(cf.ThreadPoolExecutor.__mro__, cf.ThreadPoolExecutor.__module__)
print(cf.Future.__module__, cf.wait.__module__, cf.as_completed.__module__)
print(cf.Future[int], cf.Future[int].__origin__ is cf.Future)
print(cft._WorkItem[int].__origin__ is cft._WorkItem)
print(cf.ThreadPoolExecutor.submit.__doc__ == cf.Executor.submit.__doc__)
print(cf.ThreadPoolExecutor.shutdown.__doc__ == cf.Executor.shutdown.__doc__)
print(cf.__doc__)
print(cft.__doc__)
print(cf.Future.result.__doc__ is not None, cf.wait.__doc__ is not None)
import inspect
for fn in [cf.Future.result, cf.Future.exception, cf.Executor.map,
           cf.Executor.shutdown, cf.ThreadPoolExecutor.__init__,
           cf.ThreadPoolExecutor.submit, cf.ThreadPoolExecutor.shutdown,
           cf.wait, cf.as_completed, cf.Future.add_done_callback]:
    print(fn.__qualname__, inspect.signature(fn))
print(callable(cf.ThreadPoolExecutor._counter))
''')

snippet('stress', r'''
def work(i):
    if i % 97 == 0:
        raise ValueError(i)
    return i * i
with ThreadPoolExecutor(8) as ex:
    fs = [ex.submit(work, i) for i in range(2000)]
    total = 0; errs = 0
    for f in as_completed(fs):
        if f.exception() is not None: errs += 1
        else: total += f.result()
    print(total, errs)
    d, nd = wait(fs)
    print(len(d), len(nd))
    print(sum(ex.map(abs, range(-1000, 1000))))
    print(len(ex._threads) <= 8)
''')

snippet('result_with_success_thread', r'''
f1 = mkfut('PENDING')
def notification():
    time.sleep(0.3)
    with f1._condition:
        f1._state = 'FINISHED'
        f1._exception = OSError()
        f1._condition.notify_all()
t = threading.Thread(target=notification); t.start()
print(isinstance(f1.exception(timeout=5), OSError)); t.join()
show('result', f1.result, timeout=0)
''')

WEFT_ONLY = {}


def weft_only(name, code, expected):
    WEFT_ONLY[name] = (code, expected.lstrip('\n'))


weft_only('default_max_workers', r'''
print(ThreadPoolExecutor()._max_workers)
for v in [3, 64, 28, 0, None]:
    sys._weft_cpu_count = (lambda v=v: v)
    print(v, ThreadPoolExecutor()._max_workers)
def bad(): raise OSError('no')
sys._weft_cpu_count = bad
print('raises', ThreadPoolExecutor()._max_workers)
print(ThreadPoolExecutor(3)._max_workers)
''', '''
5
3 7
64 32
28 32
0 5
None 5
raises 5
3
''')

weft_only('no_process_pool', r'''
print(hasattr(cf, 'ProcessPoolExecutor'), 'ProcessPoolExecutor' in cf.__all__)
try:
    cf.ProcessPoolExecutor
except AttributeError as e:
    print('AttributeError', e)
try:
    from concurrent.futures import ProcessPoolExecutor
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import concurrent.futures.process
except ImportError as e:
    print(type(e).__name__, e)
ns = {}
exec('from concurrent.futures import *', ns)
print(sorted(k for k in ns if not k.startswith('__')))
''', '''
False False
AttributeError module 'concurrent.futures' has no attribute 'ProcessPoolExecutor'
ImportError cannot import name 'ProcessPoolExecutor' from 'concurrent.futures'
ModuleNotFoundError No module named 'concurrent.futures.process'
['ALL_COMPLETED', 'BrokenExecutor', 'CancelledError', 'Executor', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'Future', 'ThreadPoolExecutor', 'TimeoutError', 'as_completed', 'wait']
''')

weft_only('registry_pruned', r'''
for i in range(100):
    with ThreadPoolExecutor(2) as ex:
        ex.submit(abs, i).result()
print('after shutdown(wait=True):', len(cft._threads_queues))
exs = []
for i in range(300):
    ex = ThreadPoolExecutor(1)
    ex.submit(abs, i).result()
    ex.shutdown(wait=False)
    exs.append(ex)
    time.sleep(0.001)
print('bounded:', len(cft._threads_queues) < 150, cft._prune_threshold <= 300)
''', '''
after shutdown(wait=True): 0
bounded: True True
''')

weft_only('no_executor_refs_in_workers', r'''
ex = ThreadPoolExecutor(2, initializer=lambda: None)
ex.submit(abs, 1).result()
print(sorted({repr([type(a).__name__ for a in t._args]) for t in ex._threads}))
print(ex._broken, end=' ')
ex._broken = 'custom'
print(repr(ex._broken), end=' ')
show('submit', ex.submit, abs, 1)
ex._broken = False
print(ex.submit(abs, -2).result())
ex.shutdown()
''', '''
["['SimpleQueue', 'Semaphore', 'function', 'tuple', 'lock', 'Event', 'Event']"]
False 'custom' submit RAISED concurrent.futures.thread.BrokenThreadPool 'custom' ('custom',)
2
''')

weft_only('logger_stub', r'''
import io
buf = sys.stderr = io.StringIO()
_base.LOGGER.info('hidden %d', 1)
_base.LOGGER.debug('hidden')
_base.LOGGER.warning('warn %s %s', 'a', 1)
_base.LOGGER.critical('crit')
try:
    raise KeyError('kk')
except KeyError as e:
    _base.LOGGER.exception('in except %r', 'x')
    _base.LOGGER.critical('explicit', exc_info=e)
_base.LOGGER.error('bad format %d', 'x')
sys.stderr = sys.__stderr__
print('\n'.join(l for l in buf.getvalue().splitlines() if not l.startswith(' ')))
''', '''
warn a 1
crit
in except 'x'
Traceback (most recent call last):
KeyError: 'kk'
explicit
Traceback (most recent call last):
KeyError: 'kk'
bad format %d ('x',)
''')


# --------------------------------------------------------------------------

def program(impl, code):
    setup = SETUP_WEFT if impl == 'weft' else SETUP_REAL
    return (setup % {'pydir': PYDIR, 'allowed': ALLOWED_MODULES}
            + PRELUDE + code)


def run_child(impl, code, timeout=60):
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    p = subprocess.run([sys.executable, '-X', 'faulthandler', '-c',
                        program(impl, code)],
                       capture_output=True, text=True, timeout=timeout,
                       env=env, cwd='/')
    return p.returncode, p.stdout, p.stderr


_ADDR = re.compile(r'0x[0-9a-fA-F]+')
_FUTID = re.compile(r'Future \d+ in unexpected state')


def normalize(text, stderr=False):
    text = _ADDR.sub('0xADDR', text)
    text = _FUTID.sub('Future N in unexpected state', text)
    if stderr:
        text = '\n'.join(l for l in text.splitlines()
                         if l.strip() and not l[:1].isspace())
    return text


def static_imports():
    """Modules imported and module attributes used by the package files."""
    mods, attrs = set(), set()
    for rel in PKG_FILES:
        tree = ast.parse(open(os.path.join(PYDIR, rel)).read(), rel)
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    mods.add(a.name)
                    aliases[a.asname or a.name] = a.name
            elif isinstance(node, ast.ImportFrom):
                mods.add('.' * node.level + (node.module or ''))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.value.id in aliases):
                attrs.add('%s.%s' % (aliases[node.value.id], node.attr))
            elif (isinstance(node, ast.Call)
                  and isinstance(node.func, ast.Name)
                  and node.func.id == 'getattr' and len(node.args) >= 2
                  and isinstance(node.args[0], ast.Name)
                  and node.args[0].id in aliases
                  and isinstance(node.args[1], ast.Constant)):
                attrs.add('%s.%s (optional)' % (aliases[node.args[0].id],
                                                node.args[1].value))
    return sorted(mods), sorted(attrs)


def main(argv):
    verbose = '-v' in argv
    only = None
    if '-k' in argv:
        only = argv[argv.index('-k') + 1]
    mods, attrs = static_imports()
    print('imports:', ', '.join(mods))
    print('attributes used:', ', '.join(attrs))
    bad = [m for m in mods
           if m.split('.')[0] not in ALLOWED_MODULES | {'concurrent'}]
    failures = []
    if bad:
        failures.append('static: forbidden imports %r' % bad)

    from concurrent.futures import ThreadPoolExecutor  # the real one, here
    jobs = []
    for name, code in SNIPPETS.items():
        if only is None or only in name:
            jobs.append(('diff', name, code, None))
    for name, (code, expected) in WEFT_ONLY.items():
        if only is None or only in name:
            jobs.append(('weft', name, code, expected))

    def run_job(job):
        kind, name, code, expected = job
        if kind == 'diff':
            real = run_child('real', code)
            mine = run_child('weft', code)
            return job, real, mine
        return job, None, run_child('weft', code)

    passed = 0
    with ThreadPoolExecutor(8) as pool:
        for job, real, mine in pool.map(run_job, jobs):
            kind, name, code, expected = job
            ok = True
            if kind == 'diff':
                cmp = [('rc', str(real[0]), str(mine[0])),
                       ('stdout', normalize(real[1]), normalize(mine[1])),
                       ('stderr', normalize(real[2], True),
                        normalize(mine[2], True))]
            else:
                cmp = [('rc', '0', str(mine[0])),
                       ('stdout', expected, normalize(mine[1])),
                       ('stderr', '', normalize(mine[2], True))]
            for what, want, got in cmp:
                if want != got:
                    ok = False
                    failures.append('%s [%s] %s differs:\n--- expected\n%s\n'
                                    '--- weft\n%s' % (name, kind, what,
                                                      want, got))
            if ok:
                passed += 1
            if verbose or not ok:
                print('%-40s %s' % (name + ' [' + kind + ']',
                                    'ok' if ok else 'FAIL'))
                if verbose and ok:
                    print('   ' + normalize(mine[1]).replace('\n', '\n   '))
    for f in failures:
        print('=' * 70)
        print(f)
    print('%d/%d passed' % (passed, len(jobs)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
