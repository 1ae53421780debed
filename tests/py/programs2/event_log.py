# Parse a server event log with epoch timestamps; format times with time.gmtime/strftime.
import time

LOG = """\
1700000000 INFO  web-1 request path=/ status=200 ms=12
1700000005 WARN  web-2 request path=/api status=503 ms=950
1700000063 INFO  web-1 request path=/api status=200 ms=40
1700003600 ERROR db-1  replication lag=31s
1700003601 INFO  web-2 request path=/login status=302 ms=7
1700007322 ERROR web-1 crash code=137
1700090000 INFO  web-1 request path=/ status=200 ms=9
"""


def parse_line(line):
    ts, level, host, kind, *fields = line.split()
    attrs = dict(f.split("=", 1) for f in fields)
    return {"ts": int(ts), "level": level, "host": host, "kind": kind, **attrs}


def fmt_duration(seconds):
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, seconds = divmod(seconds, size)
        if n or (unit == "s" and not parts):
            parts.append(f"{n}{unit}")
    return " ".join(parts)


events = [parse_line(l) for l in LOG.splitlines()]
start = events[0]["ts"]
for ev in events:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ev["ts"]))
    match ev:
        case {"kind": "request", "status": s, "ms": ms} if int(s) >= 500:
            note = f"server error {s} after {ms}ms"
        case {"kind": "request", "path": path, "status": s}:
            note = f"{path} -> {s}"
        case {"kind": "crash", "code": code}:
            note = f"crashed with code {code}"
        case {"level": "ERROR"}:
            note = "error: " + ", ".join(f"{k}={v}" for k, v in ev.items() if k not in ("ts", "level", "host", "kind"))
        case _:
            note = "?"
    print(f"{stamp} +{fmt_duration(ev['ts'] - start):<12} {ev['level']:<5} {ev['host']:<6} {note}")
by_host = {}
for ev in events:
    by_host.setdefault(ev["host"], []).append(ev)
for host, evs in sorted(by_host.items()):
    lat = [int(e["ms"]) for e in evs if "ms" in e]
    print(f"{host}: {len(evs)} events, avg latency {sum(lat) / len(lat) if lat else 0:.1f}ms")
day = time.gmtime(events[-1]["ts"])
print(day.tm_year, day.tm_mon, day.tm_mday, day.tm_wday, day.tm_yday, time.strftime("%A %d %B %Y", day))
