# Unicode identifiers and strings.
café = "coffee"
π = 3.14159
naïve = True
print(café, π, naïve)
def grüße(name):
    return f"Grüße, {name}!"
print(grüße("Welt"))
s = "日本語テキスト"
print(s, len(s), s[1], s[::-1], s.encode("utf-8"))
print("ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()))
print(sorted(["b", "á", "a", "z", "é"]))
print("ñ" > "n", ord("€"), chr(8364))
