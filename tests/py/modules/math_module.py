# The math module.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-9.9), type(math.floor(1.5)).__name__)
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(48, 180), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6, 10))
print(math.comb(10, 3), math.perm(5, 2), math.comb(50, 25), math.perm(5))
print(math.pow(2, 10), math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(round(math.asin(1), 12), round(math.acos(0), 12), math.atan(1) * 4 == math.pi, math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(2, -0.0), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1.0), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.erf(0), math.gamma(5), math.lgamma(1), math.expm1(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.ceil(1e300) > 0, math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0))
