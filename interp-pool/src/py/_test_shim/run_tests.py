#!/usr/bin/env python3
"""Tests for weft's frozen `threading` module (../threading.py), run under CPython 3.11.

    python3 run_tests.py [-v] [-k SUBSTRING] [--no-corpus]

Every program is run three ways, each in a fresh `python3 -S` process, and the
results (exit status, stdout, stderr) are compared:

  cpython   : the real CPython threading module (the reference);
  plain     : ../threading.py on top of the shim _thread (./_thread.py);
  isolated  : the same, but every thread gets its *own copy* of the threading
              module (as every weft interpreter imports it itself), so any
              state that is per-module instead of process-wide shows up.
              Functions keep the globals of the copy they came from, like
              weft's module mirrors.

Programs: the snippets below plus every program of tests/py/threading (the
differential suite).  stderr is compared after dropping traceback frames that
are inside a threading.py (CPython's internals and ours differ); numbers of 5+
digits (thread idents) and hex addresses are masked.  A few weft-only
behaviours (settrace refused, dummy threads unregistered, no proxied traffic
on the fast path) are checked with explicit expected output.

    python3 run_tests.py --exec MODE SCRIPT   runs SCRIPT as __main__ in MODE
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
THREADING_PY = os.path.join(os.path.dirname(HERE), 'threading.py')
SHIM_PY = os.path.join(HERE, '_thread.py')
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
CORPUS = os.path.join(REPO, 'tests', 'py', 'threading')


# ---------------------------------------------------------------------------
# --exec mode: install the shim and weft's threading, then run a script.

def _compile_file(path):
    with open(path, encoding='utf-8') as f:
        return compile(f.read(), path, 'exec')


class _PerThreadThreading:
    """sys.modules['threading'] in isolated mode: each thread its own copy."""

    def __init__(self, code, shim):
        object.__setattr__(self, '_code', code)
        object.__setattr__(self, '_shim', shim)
        object.__setattr__(self, '_tls', shim._local())
        object.__setattr__(self, '_lock', shim.RLock())

    def _module(self):
        tls = object.__getattribute__(self, '_tls')
        module = getattr(tls, 'module', None)
        if module is None:
            with object.__getattribute__(self, '_lock'):
                module = type(sys)('threading')
                module.__file__ = THREADING_PY
                sys.modules['threading'] = module   # as the import system does
                try:
                    exec(object.__getattribute__(self, '_code'), module.__dict__)
                finally:
                    sys.modules['threading'] = self
            tls.module = module
            shim = object.__getattribute__(self, '_shim')
            if shim.get_ident() == shim._MAIN_IDENT:
                shim._main_modules['threading'] = module
        return module

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_module')(), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_module')(), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_module')(), name)

    def __dir__(self):
        return dir(object.__getattribute__(self, '_module')())


def install(mode):
    shim = type(sys)('_thread')
    shim.__file__ = SHIM_PY
    exec(_compile_file(SHIM_PY), shim.__dict__)
    sys.modules['_thread'] = shim
    code = _compile_file(THREADING_PY)
    if mode == 'plain':
        module = type(sys)('threading')
        module.__file__ = THREADING_PY
        sys.modules['threading'] = module
        exec(code, module.__dict__)
    elif mode == 'isolated':
        sys.modules['threading'] = _PerThreadThreading(code, shim)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


def exec_script(mode, script):
    install(mode)
    script = os.path.abspath(script)
    sys.argv = [script]
    sys.path[0] = os.path.dirname(script)
    main = type(sys)('__main__')
    main.__file__ = script
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    code = _compile_file(script)
    try:
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as e:
        e.__traceback__ = e.__traceback__.tb_next   # hide this frame
        sys.excepthook(type(e), e, e.__traceback__)
        sys.exit(1)


if __name__ == '__main__' and len(sys.argv) >= 4 and sys.argv[1] == '--exec':
    exec_script(sys.argv[2], sys.argv[3])
    raise SystemExit  # finalization calls sys.modules['threading']._shutdown()


# ---------------------------------------------------------------------------
# Snippets compared with real CPython.  (name, source, sort_stdout)

SNIPPETS = []

def snippet(name, source, sort=False):
    SNIPPETS.append((name, source, sort))

snippet('seed', '''
import threading
def worker(num):
    print('Worker: %s' % num)
threads = []
for i in range(5):
    t = threading.Thread(target=worker, args=(i,))
    threads.append(t)
    t.start()
''', sort=True)

snippet('names_reprs', '''
import threading
def worker():
    pass
class C:
    def __call__(self):
        pass
class Sub(threading.Thread):
    pass
def mask(t):
    return repr(t).replace(str(t.ident), 'ID') if t.ident else repr(t)
ts = [threading.Thread(target=worker), threading.Thread(), threading.Thread(target=lambda: None),
      threading.Thread(target=C()), threading.Thread(name=5), threading.Thread(name=''),
      threading.Thread(target=worker, daemon=True), threading.Timer(0.01, worker),
      Sub(target=worker), Sub(name='sub', daemon=True)]
for t in ts:
    print(mask(t), repr(t.name), t.daemon, t.ident, t.native_id, t.is_alive())
for t in ts:
    t.start()
for t in ts:
    t.join()
for t in ts:
    print(mask(t), t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
t = ts[0]
t.name = 'renamed'
print(mask(t))
t.setName('again')
print(t.getName(), t.isDaemon())
x = threading.Thread(target=worker)
x.setDaemon(True)
print(x.daemon, threading.currentThread().name, threading.activeCount())
print(mask(threading.main_thread()), mask(threading.current_thread()))
print(str(ts[0]) == repr(ts[0]))
print(hasattr(ts[0], '_target'), hasattr(ts[8], '_target'))
''')

snippet('join_timeouts', '''
import threading, time
ev = threading.Event()
t = threading.Thread(target=ev.wait, name='w')
t.start()
t0 = time.monotonic()
t.join(0.05)
print('timed out', t.is_alive(), time.monotonic() - t0 >= 0.04)
t.join(timeout=-1)
print('negative', t.is_alive())
t.join(0)
print('zero', t.is_alive())
ev.set()
t.join()
print('joined', t.is_alive())
t.join()
t.join(0)
print('rejoin ok', t.is_alive())
slow = threading.Thread(target=time.sleep, args=(0.05,))
slow.start()
slow.join(10)
print('slow', slow.is_alive())
''')

snippet('excepthook_default', '''
import threading, sys, _thread
def bad():
    raise ValueError('boom')
t = threading.Thread(target=bad)
t.start(); t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start(); t.join()
print('sys.exit silent', t.is_alive())
t = threading.Thread(target=_thread.exit)
t.start(); t.join()
print('_thread.exit silent')
class Sub(threading.Thread):
    def run(self):
        raise KeyError('k')
s = Sub(name='sub'); s.start(); s.join()
def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError('chained') from e
t = threading.Thread(target=chained, name='chain'); t.start(); t.join()
def hook(args):
    raise RuntimeError('hook failed')
threading.excepthook = hook
t = threading.Thread(target=bad, name='hooked'); t.start(); t.join()
threading.excepthook = None
t = threading.Thread(target=bad, name='nonehook'); t.start(); t.join()
threading.excepthook = threading.__excepthook__
try:
    raise TypeError('direct')
except TypeError as e:
    threading.excepthook(threading.ExceptHookArgs((type(e), e, e.__traceback__, None)))
t = threading.Timer(0.001, bad); t.start(); t.join()
print('done', threading.excepthook is threading.__excepthook__)
''')

snippet('excepthook_shared', '''
import threading
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.thread is threading.current_thread()))
threading.excepthook = hook
def gc():
    raise ValueError('x')
def child():
    print('child sees hook', threading.excepthook is hook)
    t = threading.Thread(target=gc, name='gc')
    t.start(); t.join()
t = threading.Thread(target=child, name='child')
t.start(); t.join()
print(seen)
threading.excepthook = threading.__excepthook__
def child2():
    print('child sees default', threading.excepthook is threading.__excepthook__)
t = threading.Thread(target=child2); t.start(); t.join()
''')

snippet('excepthook_set_in_child', '''
import threading
seen = []
def gc():
    raise KeyError('gc')
def child():
    threading.excepthook = lambda args: seen.append(('hooked', args.thread.name, args.exc_type.__name__))
    t = threading.Thread(target=gc, name='grandchild')
    t.start(); t.join()
    threading.excepthook = threading.__excepthook__
t = threading.Thread(target=child); t.start(); t.join()
print(seen, threading.excepthook is threading.__excepthook__)
''')

snippet('exceptargs', '''
import threading
a = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(a.exc_type, repr(a.exc_value), a.exc_traceback, a.thread, len(a), tuple(a)[0], isinstance(a, tuple))
et, ev, tb, th = a
print(et is ValueError, a[1] is ev)
for bad in ((1, 2), ()):
    try:
        threading.ExceptHookArgs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
''')

snippet('timer', '''
import threading
out = []
t = threading.Timer(0.01, out.append, args=('fired',))
t.start(); t.join(); print(out)
t = threading.Timer(5, out.append, args=('never',))
t.start(); t.cancel(); t.join(); print(out, t.is_alive())
t = threading.Timer(0.01, lambda **kw: out.append(kw), kwargs={'a': 1})
t.start(); t.join(); print(out)
t = threading.Timer(0.5, out.append, ['cancelled before start'])
t.cancel(); t.start(); t.join(); print(out)
print(threading.Timer(1, print).name.startswith('Thread-'), threading.Timer(1, print).daemon)
''')

snippet('registry_dummy', '''
import threading, _thread
print(threading.active_count(), [t.name for t in threading.enumerate()])
ev = threading.Event()
started = threading.Barrier(3)
def w():
    started.wait(); ev.wait()
ts = [threading.Thread(target=w, name=f'w{i}') for i in range(2)]
for t in ts:
    t.start()
started.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts), threading.main_thread() in threading.enumerate())
ev.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
res = []
lock = _thread.allocate_lock(); lock.acquire()
def raw():
    ct = threading.current_thread()
    res.append((type(ct).__name__, ct.name, ct.daemon, ct.is_alive(), ct is threading.current_thread(),
                ct.ident == threading.get_ident(), ct.native_id == threading.get_native_id(),
                threading.main_thread().name, repr(ct).replace(str(ct.ident), 'ID')))
    t = threading.Thread(target=lambda: res.append('inner ' + threading.current_thread().name))
    res.append((t.name, t.daemon))
    t.start(); t.join()
    try:
        ct.join()
    except AssertionError as e:
        res.append(str(e))
    lock.release()
_thread.start_new_thread(raw, ())
lock.acquire()
for r in res:
    print(r)
''')

snippet('shutdown_waits', '''
import threading, time
def grandchild():
    time.sleep(0.2); print('grandchild done', threading.current_thread().name)
def child():
    threading.Thread(target=grandchild, name='gc').start()
    time.sleep(0.1); print('child done')
threading.Thread(target=child).start()
def d():
    time.sleep(30); print('daemon never')
threading.Thread(target=d, daemon=True).start()
def main_waiter():
    threading.main_thread().join()
    print('main joined; main alive:', threading.main_thread().is_alive())
threading.Thread(target=main_waiter, daemon=True).start()
def cb(x):
    print('atexit', x, threading.current_thread().name, threading.main_thread().is_alive())
    if x == 1:
        try:
            threading._register_atexit(print, 'late')
        except RuntimeError as e:
            print('late:', e)
threading._register_atexit(cb, 1)
threading._register_atexit(cb, 2)
print('main done', threading.main_thread().is_alive())
''')

snippet('local_barrier', '''
import threading
data = threading.local()
data.v = 'main'
class L(threading.local):
    def __init__(self, x):
        self.x = x
        self.calls = 1
l = L(7)
l.x = 8
b = threading.Barrier(3, action=lambda: print('action'))
out = []
lk = threading.Lock()
def w(i):
    data.v = i
    r = b.wait()
    with lk:
        out.append((data.v, l.x, l.calls, r in (0, 1, 2)))
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), data.v, l.x, b.broken, b.n_waiting, b.parties)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('broken', type(e).__name__, b2.broken, isinstance(e, RuntimeError))
b2.reset()
print(b2.broken)
''')

snippet('errors', '''
import threading
def show(label, f):
    try:
        f()
        print(label, 'no error')
    except (RuntimeError, AssertionError, TypeError) as e:
        print(label, type(e).__name__, e)
t = threading.Thread(target=lambda: None)
show('join before start', t.join)
t.start()
show('start twice', t.start)
show('daemon active', lambda: setattr(t, 'daemon', True))
t.join()
show('daemon finished', lambda: setattr(t, 'daemon', True))
class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
show('no init start', n.start)
show('no init join', n.join)
show('no init daemon', lambda: setattr(n, 'daemon', True))
show('no init repr', lambda: repr(n))
show('no init name', lambda: n.name)
show('join main', threading.main_thread().join)
out = []
def selfjoin():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))
s = threading.Thread(target=selfjoin); s.start(); s.join(); print(out)
show('group', lambda: threading.Thread(group=1))
k = threading.Thread(None, print, 'n', (1, 2), {'sep': '-'})
k.start(); k.join(); print(k.name)
''')

snippet('subclass_results', '''
import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'worker-{n}')
        self.n = n
        self.result = None
    def run(self):
        self.result = (self.n * self.n, threading.current_thread() is self,
                       threading.current_thread().name, self.ident == threading.get_ident())
ws = [Worker(i) for i in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print([w.result for w in ws])
class Both(threading.Thread):
    def run(self):
        super().run()
        print('after super().run:', hasattr(self, '_target'))
b = Both(target=print, args=('target ran',)); b.start(); b.join()
''')

snippet('nested_names', '''
import threading
names = []
lk = threading.Lock()
def leaf():
    with lk:
        names.append(threading.current_thread().name)
def mid():
    ts = [threading.Thread(target=leaf) for _ in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    with lk:
        names.append('mid ' + threading.current_thread().name)
ms = [threading.Thread(target=mid) for _ in range(2)]
for m in ms: m.start()
for m in ms: m.join()
print(sorted(names))
print(len(set(n.split(' ')[0] for n in names if n.startswith('Thread'))))
t = threading.Thread(target=leaf)
print(t.name)
''')

snippet('primitives', '''
import threading
print(threading.Lock, threading.RLock is not None, threading.ThreadError is RuntimeError)
c = threading.Condition()
items = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        print('got', items.pop())
t = threading.Thread(target=consumer); t.start()
with c:
    items.append(42); c.notify_all()
t.join()
s = threading.BoundedSemaphore(2)
s.acquire(); s.acquire()
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(); s.release()
try:
    s.release()
except ValueError as e:
    print(type(e).__name__, e)
e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Timer(0.01, e.set).start()
print(e.wait(5), e.is_set())
print(threading.stack_size(), threading.TIMEOUT_MAX > 1000, threading.get_ident() == threading.main_thread().ident)
''')

snippet('args_kinds', """
import threading
out = []
lk = threading.Lock()
def f(*a, **k):
    with lk:
        out.append((a, sorted(k.items())))
def gen():
    yield 3
    yield 4
cases = [dict(args=[1, 2]), dict(args=gen()), dict(args='ab'),
         dict(kwargs={'ctl': 1, 'target': 2, 'self': 3, 'args': 4}),
         dict(args=(5,), kwargs={'a': 6}), dict(kwargs={1: 2}), dict(args=7),
         dict(kwargs=None), dict(args=(), kwargs={}), dict(args=([8],), kwargs={'d': {'k': 9}}),
         dict(kwargs=()), dict(args=None), dict(args=range(2))]
for c in cases:
    t = threading.Thread(target=f, **c)
    t.start(); t.join()
for o in out:
    print(o)
t = threading.Thread(); t.start(); t.join(); print('no target ok')
""")


# weft-only behaviour: explicit expected output, run in plain and isolated modes.
WEFT_CHECKS = []

def weft_check(name, source, expected):
    WEFT_CHECKS.append((name, source, expected))

weft_check('settrace_refused', '''
import threading
for f in (threading.settrace, threading.setprofile):
    try:
        f(lambda *a: None)
    except NotImplementedError as e:
        print(type(e).__name__, 'weft' in str(e))
threading.settrace(None); threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
''', '''NotImplementedError True
NotImplementedError True
None None
''')

weft_check('dummy_unregistered', '''
import threading, _thread, time
done = _thread.allocate_lock(); done.acquire()
box = []
def raw():
    box.append(threading.current_thread())
    done.release()
_thread.start_new_thread(raw, ())
done.acquire()
for _ in range(200):
    if threading.active_count() == 1:
        break
    time.sleep(0.005)
print(threading.active_count(), [t.name for t in threading.enumerate()], box[0].is_alive())
''', '''1 ['MainThread'] False
''')

weft_check('no_proxy_traffic_fast_path', '''
import threading
owner = threading.get_ident()
foreign = []
class Watched(threading.Thread):
    # run() is not overridden: the fast path must not touch the object from the new thread
    def __getattribute__(self, name):
        if threading.get_ident() != owner:
            foreign.append(name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        if threading.get_ident() != owner:
            foreign.append('set ' + name)
        super().__setattr__(name, value)
out = []
ts = [Watched(target=out.append, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), foreign)
def uses_name():
    out.append(threading.current_thread().name)
t = Watched(target=uses_name, name='n'); t.start(); t.join()
print(foreign)
''', '''[0, 1, 2, 3, 4] []
['name', '_initialized', '_name']
''')

weft_check('registry_clean', '''
import threading
box = []
ev = threading.Event()
def child():
    t = threading.Thread(target=ev.wait, name='made-in-child')
    t.start()
    box.append(t)
c = threading.Thread(target=child); c.start(); c.join()
t = box[0]
print(t.name, t.is_alive(), t in threading.enumerate())
ev.set()
t.join()
print(t.is_alive(), repr(t).replace(str(t.ident), 'ID'))
ts = [threading.Thread(target=lambda: None, daemon=(i % 2 == 0)) for i in range(50)]
for x in ts: x.start()
for x in ts: x.join()
print(len(threading._active), len(threading._nondaemon), len(threading._handoff),
      threading.active_count(), [x.name for x in threading.enumerate()])
''', '''made-in-child True True
False <Thread(made-in-child, stopped ID)>
1 0 0 1 ['MainThread']
''')

weft_check('shutdown_twice_and_state', '''
import threading
t = threading.Thread(target=lambda: None); t.start(); t.join()
threading._shutdown()
print(threading.main_thread().is_alive())
threading._shutdown()
try:
    threading._register_atexit(print)
except RuntimeError as e:
    print(e)
print(sorted(threading._nondaemon.keys()), len(threading._handoff))
''', '''False
can't register atexit after shutdown
[] 0
''')


# ---------------------------------------------------------------------------
# Driver

import re
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor

MODES = ('plain', 'isolated')

# Deliberate differences from CPython (reported as XFAIL while they differ).
KNOWN_DIFFERENT = {
    # 'label': 'reason',
}
_FRAME_RE = re.compile(r'^  File "[^"]*threading\.py", line \d+, in .*$')


def run(mode, script, timeout=120):
    if mode == 'cpython':
        cmd = [sys.executable, '-S', script]
    else:
        cmd = [sys.executable, '-S', os.path.abspath(__file__), '--exec', mode, script]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout,
                           cwd=os.path.dirname(script))
    except subprocess.TimeoutExpired as e:
        return ('TIMEOUT', (e.stdout or b'').decode('utf-8', 'replace'),
                (e.stderr or b'').decode('utf-8', 'replace'))
    return (p.returncode, p.stdout.decode('utf-8', 'replace'),
            p.stderr.decode('utf-8', 'replace'))


def mask(text):
    text = re.sub(r'0x[0-9a-fA-F]+', '0xADDR', text)
    return re.sub(r'\b\d{5,}\b', 'ID', text)


def filter_stderr(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if _FRAME_RE.match(line):
            skipping = True
            continue
        if skipping and line.startswith('    '):
            continue
        skipping = False
        out.append(line)
    return mask('\n'.join(out))


def normalize(result, sort):
    rc, out, err = result
    out = mask(out)
    if sort:   # print() may interleave its pieces: compare the words only
        out = ' '.join(sorted(re.findall(r'[A-Za-z]+|\d+|[^\w\s]', out)))
    return rc, out, filter_stderr(err)


def diff_text(a, b):
    import difflib
    return '\n'.join(difflib.unified_diff(a.splitlines(), b.splitlines(),
                                          'cpython', 'weft', lineterm='', n=2))


def main(argv):
    verbose = '-v' in argv
    pattern = None
    if '-k' in argv:
        pattern = argv[argv.index('-k') + 1]
    tmp = tempfile.mkdtemp(prefix='weft_threading_')
    jobs = []   # (label, kind, script, sort/expected)
    for name, src, sort in SNIPPETS:
        path = os.path.join(tmp, name + '.py')
        with open(path, 'w') as f:
            f.write(src.lstrip('\n'))
        jobs.append(('snippet/' + name, 'compare', path, sort))
    if '--no-corpus' not in argv and os.path.isdir(CORPUS):
        for fn in sorted(os.listdir(CORPUS)):
            if fn.endswith('.py'):
                jobs.append(('corpus/' + fn[:-3], 'compare', os.path.join(CORPUS, fn), False))
    for name, src, expected in WEFT_CHECKS:
        path = os.path.join(tmp, name + '.py')
        with open(path, 'w') as f:
            f.write(src.lstrip('\n'))
        jobs.append(('weft/' + name, 'expect', path, expected))
    if pattern:
        jobs = [j for j in jobs if pattern in j[0]]

    def do(job):
        label, kind, path, extra = job
        failures = []
        if kind == 'compare':
            want = normalize(run('cpython', path), extra)
            for mode in MODES:
                got = normalize(run(mode, path), extra)
                if got != want:
                    msg = [f'{label} [{mode}]']
                    if got[0] != want[0]:
                        msg.append(f'  exit status: cpython {want[0]} weft {got[0]}')
                    if got[1] != want[1]:
                        msg.append('  stdout:\n' + diff_text(want[1], got[1]))
                    if got[2] != want[2]:
                        msg.append('  stderr:\n' + diff_text(want[2], got[2]))
                    failures.append('\n'.join(msg))
        else:
            for mode in MODES:
                rc, out, err = run(mode, path)
                if rc != 0 or out != extra or err:
                    failures.append(f'{label} [{mode}] rc={rc}\n  stdout:\n'
                                    + diff_text(extra, out) + f'\n  stderr:\n{err}')
        return label, failures

    total_fail = 0
    xfail = 0
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) * 2)) as ex:
        for label, failures in ex.map(do, jobs):
            if failures and label in KNOWN_DIFFERENT:
                xfail += 1
                print('XFAIL', label, '--', KNOWN_DIFFERENT[label])
                if verbose:
                    for f in failures:
                        print(f)
            elif failures:
                total_fail += 1
                print('FAIL', label)
                for f in failures:
                    print(f)
            elif verbose:
                print('ok  ', label)
    print(f'{len(jobs) - total_fail - xfail}/{len(jobs)} programs passed, '
          f'{xfail} expected differences, {total_fail} failed '
          f'(each checked in modes: {", ".join(MODES)})')
    return 1 if total_fail else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
