# printf-style % formatting.
print("%s %s" % ("a", 1), "%d items" % 5, "%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %8.3f %-8.1f| %e %E %g %G" % (3.14159, 2.5, 1.25, 12345.678, 0.00012, 0.0000123, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r %s %a" % ("q", "q", "é"), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), "x"), "%i %u" % (3, 4))
print("%+d %+d % d %+.1f" % (5, -5, 5, 2.25), "%s" % None, "%d" % True, "%d" % 3.9)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s=%d" % (b"k", 5), b"%x" % 255, b"%c" % 65)
