# Numerical routines (Newton, bisection, Simpson) that consult sys.float_info and sys.version_info.
import sys
import math

if sys.version_info.major < 3 or sys.version_info < (3, 8):
    sys.exit("python too old")
EPS = sys.float_info.epsilon
print("epsilon:", EPS, "max:", sys.float_info.max, "dig:", sys.float_info.dig)


def newton(f, df, x0, tol=1e-12, max_iter=50):
    x = x0
    for i in range(max_iter):
        fx = f(x)
        if abs(fx) < tol:
            return x, i
        x -= fx / df(x)
    raise ArithmeticError(f"no convergence from {x0}")


def bisect(f, lo, hi, tol=1e-10):
    flo = f(lo)
    if flo * f(hi) > 0:
        raise ValueError("root not bracketed")
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if flo * f(mid) <= 0:
            hi = mid
        else:
            lo, flo = mid, f(mid)
        steps += 1
    return (lo + hi) / 2, steps


def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


root, its = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print(f"sqrt2 ~ {root:.15f} after {its} iterations; error {abs(root - math.sqrt(2)):.2e}")
r2, steps = bisect(lambda x: math.cos(x) - x, 0, 1)
print(f"cos fixed point ~ {r2:.9f} in {steps} steps")
print(f"integral sin 0..pi = {simpson(math.sin, 0, math.pi):.10f}")
print(f"integral x^3 0..2 = {simpson(lambda x: x ** 3, 0, 2, 10):.12f}")
print(1.0 + EPS > 1.0, 1.0 + EPS / 2 == 1.0, math.ulp(1.0) == EPS, math.nextafter(1.0, 2.0) - 1.0 == EPS)
print(sys.float_info.min, sys.float_info.min / 2 > 0, sys.float_info.max * 2)
print(math.isclose(sum([0.1] * 10), 1.0), math.isclose(1e-12, 0, abs_tol=1e-9), math.fsum([1e100, 1, -1e100]))
try:
    bisect(lambda x: x * x + 1, -1, 1)
except ValueError as e:
    print("ValueError:", e)
newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5)
