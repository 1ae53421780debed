# Caesar and Vigenère ciphers, frequency analysis to break Caesar, run-length encoding.
import sys
ALPHA = "abcdefghijklmnopqrstuvwxyz"
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.lower() in ALPHA:
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            k = ALPHA.index(key[i % len(key)])
            out.append(caesar(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"
def crack(cipher):
    def score(t):
        return sum(26 - ENGLISH.index(c) for c in t.lower() if c in ALPHA)
    return max(range(26), key=lambda s: score(caesar(cipher, -s)))
msg = "The Quick Brown Fox Jumps Over The Lazy Dog, and then sleeps in the sun all afternoon."
for s in (1, 3, 13, 25):
    enc = caesar(msg, s)
    print(s, enc)
    assert caesar(enc, -s) == msg
secret = caesar(msg, 17)
print("cracked shift:", crack(secret), caesar(secret, -crack(secret))[:19])
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True) == msg)
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
print("rot13 twice is identity:", caesar(caesar(msg, 13), 13) == msg, file=sys.stdout)
