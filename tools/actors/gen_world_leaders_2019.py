#!/usr/bin/env python3
# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
"""Generates cabinet members of 2018-2019 from the CIA World Leaders directory.

Reads the CIA "Chiefs of State and Cabinet Members of Foreign Governments"
snapshot of 2019-06-04 (US Government work, public domain) and CountryInfo's
FIPS/GEC -> CAMEO code table, and writes data/actors/cabinets_2019.gen.txt.

The directory is known to lag, so each holder is taken as "in office at some
point in 2018-2019" and gets the range 2018-07-01..2019-12-31. Ministers,
ambassadors and UN representatives are GOV (the gold convention codes
ministers, defence included, as GOV); attorneys general and chief justices
JUD; central bank governors GOV; military chiefs MIL. Cabinet members match by
full name only (nosurname); coreference links a later surname to them.

Usage:
  python3 tools/actors/gen_world_leaders_2019.py \
      --leaders ../shared/knowledge/cia_factbook/cia_world_leaders_2019-06.tsv \
      --countryinfo ../shared/knowledge/countryinfo/CountryInfo.120116.txt \
      --out data/actors/cabinets_2019.gen.txt
"""

import argparse
import csv
import re
import sys

CAMEO_OVERRIDES = {"ROU": "ROM", "TLS": "TMP", "MNE": "MTN", "IMN": "IMY"}
EXTRA_GEC = {"MJ": "MTN", "RI": "SRB", "KV": "KSV", "OD": "SSD", "TT": "TMP"}
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la",
             "le", "du", "dos", "das", "del", "y", "ould", "ag", "ben", "bint"}
COMMON = set("""may king queen prince young brown white black green rice power
hope long little rich park lee kim wang li liu chen zhang yang huang zhao wu
zhou xu sun ma zhu hu guo lin he gao khan ali ahmed ahmad mohammed muhammad
hassan hussein singh kumar shah smith jones johnson williams martin""".split())
RANGE = "2018-07-01..2019-12-31"


def gec_to_cameo(countryinfo):
  text = open(countryinfo, encoding="utf-8", errors="replace").read()
  out = {}
  for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
    code = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
    fips = re.search(r"<FIPS-10>(\w+)</FIPS-10>", block)
    if not code or not fips:
      continue
    c = code.group(1)
    c = c[3:] if len(c) == 6 else c
    out.setdefault(fips.group(1), CAMEO_OVERRIDES.get(c, c))
  out.update(EXTRA_GEC)
  return out


def nice(word):
  out = []
  for p in re.split(r"([-\s'])", word):
    lp = p.lower()
    if p in "- '":
      out.append(p)
    elif lp in PARTICLES:
      out.append(lp)
    else:
      out.append(p[:1].upper() + p[1:].lower())
  return "".join(out)


def role_of(title):
  t = title.lower()
  if "attorney general" in t or "chief justice" in t or "prosecutor" in t:
    return "JUD", "judge"
  if "chief of staff" in t and ("army" in t or "armed" in t or
                                 "defense" in t or "defence" in t):
    return "MIL", "military"
  if "commander" in t and ("armed" in t or "army" in t):
    return "MIL", "military"
  for word in ("president", "prime minister", "minister", "secretary",
               "ambassador", "representative", "governor", "king", "emir",
               "chancellor", "premier"):
    if word in t:
      return "GOV", word.split()[-1]
  return "GOV", None


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--leaders", required=True)
  ap.add_argument("--countryinfo", required=True)
  ap.add_argument("--out", required=True)
  args = ap.parse_args()
  codes = gec_to_cameo(args.countryinfo)
  people = {}
  with open(args.leaders, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
      cc = codes.get(row["gec"])
      person = row["person"].strip()
      if not cc or not person:
        continue
      words = person.split()
      caps = [w for w in words if re.fullmatch(r"[A-Z][A-Z'\-]+", w)]
      given = [w for w in words if w not in caps and
               not w.endswith(".") and w[:1].isupper()]
      if not caps or not given:
        continue
      surname = nice(" ".join(caps))
      full = " ".join([w if w not in caps else nice(w) for w in words
                       if not w.endswith(".")])
      role, role_word = role_of(row["title"])
      key = (cc, full)
      p = people.setdefault(key, {"roles": set(), "codes": set(),
                                  "given": given, "surname": surname})
      p["codes"].add(cc + role)
      if role_word:
        p["roles"].add(role_word)
  lines = []
  for (cc, full), p in sorted(people.items()):
    names = [full]
    short = p["given"][0] + " " + p["surname"]
    # Only Western order has a "Given Surname" short form ("WANG Yi" has none).
    if short != full and full.startswith(p["given"][0]):
      names.append(short)
    code = (cc + "GOV") if cc + "GOV" in p["codes"] else sorted(p["codes"])[0]
    # Cabinet members are matched by full name only: their surnames alone
    # ("Fisher", "Gordeyev") collide with common words and other people.
    # Coreference still links "Mr X" to an earlier full mention.
    attrs = ["nosurname"]
    if p["surname"] != full.split()[-1]:
      attrs.append("surname=" + p["surname"].replace(" ", "_"))
    if p["roles"]:
      attrs.append("role=" + ",".join(sorted(p["roles"])))
    lines.append("person: %s = %s %s %s" % (" | ".join(names), code, RANGE,
                                            " ".join(attrs)))
  with open(args.out, "w", encoding="utf-8") as f:
    f.write("# GENERATED by tools/actors/gen_world_leaders_2019.py from the "
            "CIA World Leaders\n# directory, snapshot 2019-06-04 (public "
            "domain); codes via CountryInfo\n# (CC BY-SA 3.0). Do not edit; "
            "change the generator.\n\n")
    f.write("\n".join(lines) + "\n")
  print("cabinet members: %d" % len(lines), file=sys.stderr)


if __name__ == "__main__":
  main()
