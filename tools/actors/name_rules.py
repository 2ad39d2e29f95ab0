# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
"""Name and code rules shared by the CIA Factbook and World Leaders generators.

Both read CountryInfo's <Country> blocks to map another country code (ISO
alpha-2 or FIPS/GEC) to the CAMEO code, and both turn upper-case surnames
("AL-ASSAD") into the written form ("al-Assad").
"""

import re

# CountryInfo spells a few countries with ISO codes where CAMEO differs.
CAMEO_OVERRIDES = {"ROU": "ROM", "TLS": "TMP", "MNE": "MTN", "IMN": "IMY"}
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la",
             "le", "du", "dos", "das", "del", "y", "ould", "ag", "ben", "bint"}
# Surnames too common (or too word-like) to match alone.
COMMON = set("""may king queen prince young brown white black green rice power
hope long little rich park lee kim wang li liu chen zhang yang huang zhao wu
zhou xu sun ma zhu hu guo lin he gao khan ali ahmed ahmad mohammed muhammad
hassan hussein singh kumar shah smith jones johnson williams martin""".split())


def countryinfo_codes(countryinfo, key_tag, extra):
  """Maps the code in <key_tag> of each CountryInfo country to its CAMEO code."""
  text = open(countryinfo, encoding="utf-8", errors="replace").read()
  out = {}
  for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
    code = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
    key = re.search(r"<%s>(\w+)</%s>" % (key_tag, key_tag), block)
    if not code or not key:
      continue
    c = code.group(1)
    c = c[3:] if len(c) == 6 else c
    out.setdefault(key.group(1), CAMEO_OVERRIDES.get(c, c))
  out.update(extra)
  return out


def nice(word):
  """'AL-ASSAD' -> 'al-Assad': particles lower case, other parts capitalised."""
  parts = []
  for p in re.split(r"([-\s'])", word):
    lp = p.lower()
    if p in "- '":
      parts.append(p)
    elif lp in PARTICLES:
      parts.append(lp)
    else:
      parts.append(p[:1].upper() + p[1:].lower())
  return "".join(parts)
