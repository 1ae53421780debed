# Exceptions inside loops with continue/break in handlers and finally.
results = []
for value in ["1", "x", "3", "", "5", "stop", "7"]:
    try:
        if value == "stop":
            break
        n = int(value)
    except ValueError as e:
        results.append(f"skip({e})")
        continue
    finally:
        results.append(f"f:{value!r}")
    results.append(n)
print(results)
i = 0
errors = 0
while i < 10:
    i += 1
    try:
        if i % 3 == 0:
            raise ZeroDivisionError(i)
    except ZeroDivisionError:
        errors += 1
        if errors == 3:
            break
print(i, errors)
def first_int(items):
    for x in items:
        try:
            return int(x)
        except (TypeError, ValueError):
            continue
        finally:
            print("tried", repr(x))
    return None
print(first_int([None, "a", "12", "13"]))
