# Config schema validation using isinstance with union types (PEP 604) and nested structures.
SCHEMA = {
    "name": str,
    "port": int,
    "ratio": int | float,
    "tags": list,
    "owner": str | None,
    "limits": {"cpu": int | float, "mem": int},
}


def check(value, spec, path="config"):
    errors = []
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return [f"{path}: expected mapping, got {type(value).__name__}"]
        for key, sub in spec.items():
            if key not in value:
                errors.append(f"{path}.{key}: missing")
            else:
                errors.extend(check(value[key], sub, f"{path}.{key}"))
        for extra in sorted(set(value) - set(spec)):
            errors.append(f"{path}.{extra}: unexpected key")
        return errors
    if spec is not None and not isinstance(value, spec if spec is not None else type(None)):
        if not (spec is str | None and value is None):
            errors.append(f"{path}: expected {spec}, got {type(value).__name__}")
    return errors


configs = [
    {"name": "svc", "port": 80, "ratio": 0.5, "tags": [], "owner": None, "limits": {"cpu": 2, "mem": 512}},
    {"name": "svc2", "port": "80", "ratio": 1, "tags": (), "owner": "ann", "limits": {"cpu": 1.5}},
    {"name": 3, "port": 1, "ratio": "x", "tags": [], "limits": [], "debug": True},
]
for i, cfg in enumerate(configs):
    errs = check(cfg, SCHEMA)
    print(f"config #{i}: {'OK' if not errs else f'{len(errs)} error(s)'}")
    for e in errs:
        print("   ", e)
print(int | str, isinstance(True, int | str), issubclass(bool, int | None), (int | str).__args__)
