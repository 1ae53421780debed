print("_raises starts")
value = 1
raise ValueError("error during import of _raises")
