# time.gmtime / strftime / mktime with fixed timestamps (UTC).
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %p %I %y %%", time.gmtime(1700000000)))
print(time.gmtime(951782400))
print(time.asctime(time.gmtime(0)))
print(time.strftime("%c | %x | %X | %D", time.gmtime(10 ** 9)))
print(isinstance(time.time(), float), time.monotonic() <= time.monotonic())
