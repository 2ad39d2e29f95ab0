#!/usr/bin/env python3
# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
# The files this tool writes are derived from CountryInfo (CC BY-SA 3.0) and
# are released under CC BY-SA 4.0; see data/MANIFEST.
"""Generates actor dictionary files from CountryInfo.txt.

Reads Schrodt's CountryInfo (Penn State Event Data Project, CC BY-SA 3.0)
and writes, in the format of docs/dictionaries.md:

  data/actors/countries.gen.txt  country names and adjectives (-> CODE),
                                 capitals used for the government (-> CODEGOV)
  data/actors/people.gen.txt     heads of state and government (<Leaders>)
                                 and officials (<Government>) with dated codes

Usage:
  python3 tools/actors/gen_countryinfo.py \
      --countryinfo ../shared/knowledge/countryinfo/CountryInfo.120116.txt \
      --out data/actors

Choices (also in docs/dictionaries.md):
  - CAMEO 1.1b3 country codes where they differ from ISO: Romania ROM, East
    Timor TMP, Montenegro MTN, Isle of Man IMY, Kosovo KSV.
  - Sub-national units coded like "USAGUM" keep their own ISO code (GUM).
  - Russia before 1991-12-26 is the Soviet Union (SUN).
  - <Government> role codes are reduced to the level the gold annotation
    uses: country + GOV, except LEG, SPY and JUD roles; defence ministers
    (coded ...MIL in CountryInfo) are GOV, as defence ministries are.
  - Ranges open at the last update ("[>date]") are closed at 2011-12-31;
    later office holders come from hand-written files.
  - One-word names are left out: they are first names as often as not.
  - Cabinet members (no <Leaders> role) match by full name only.
  - A surname that is also a common English word, or shorter than three
    letters, is marked nosurname: it matches only as a full name.
"""

import argparse
import calendar
import os
import re
import sys

# CountryInfo's last update ("in office at the last update" ends here).
LAST_UPDATE = "2011-12-31"
CAMEO_OVERRIDES = {"ROU": "ROM", "TLS": "TMP", "MNE": "MTN", "IMN": "IMY"}
# Surname first in English news.
SURNAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "MNG", "KHM"}
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la",
             "le", "du", "dos", "das", "del", "y", "ould", "ag", "ben"}
# Surnames that are also everyday capitalised words or very common names:
# matched only as full names.
COMMON_SURNAMES = set("""
may june august march april king queen prince bishop pope young brown
white black green gray grey rice power hope love long short little small
rich price cash bank banks hall wall street church temple park lee kim
wang li liu chen zhang yang huang zhao wu zhou xu sun ma zhu hu guo lin
he luo gao zheng liang song tang han feng deng cao peng zeng xiao tian
dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin
wei khan ali ahmed ahmad mohammed muhammad hassan hussein hussain singh
kumar shah rahman islam smith jones johnson williams davis miller wilson
moore taylor anderson thomas jackson martin thompson garcia martinez
robinson clark rodriguez lewis walker allen scott hill adams baker
nelson carter mitchell roberts turner phillips campbell parker evans
edwards collins stewart morris rogers reed cook morgan bell murphy
bailey cooper richardson cox howard ward torres peterson gray ramirez
james watson brooks kelly sanders bennett wood barnes ross henderson
coleman jenkins perry powell long patterson hughes flores washington
butler simmons foster gonzales bryant alexander russell griffin diaz
hayes lopez gonzalez perez sanchez hernandez santos silva sousa
costa pereira oliveira ferreira nguyen tran le pham hoang phan vu
kaya demir sahin yilmaz celik
""".split())


def fix_date(d):
  """YYYYMMDD with impossible days clamped (CountryInfo writes 20090431)."""
  y, m, day = int(d[:4]), int(d[4:6]), int(d[6:8])
  if m < 1 or m > 12:
    return None
  last = calendar.monthrange(y, m)[1]
  day = max(1, min(day, last))
  return "%04d-%02d-%02d" % (y, m, day)


def title_word(w):
  if not w:
    return w
  parts = w.split("-")
  out = []
  for p in parts:
    lp = p.lower()
    if lp in PARTICLES or lp in ("of", "the", "and", "for", "on", "in"):
      out.append(lp)
    elif lp.startswith("mc") and len(lp) > 2:
      out.append("Mc" + lp[2:].capitalize())
    elif "'" in lp:
      out.append("'".join(s.capitalize() for s in lp.split("'")))
    else:
      out.append(lp.capitalize())
  return "-".join(out)


def nice_name(raw):
  """'VLADIMIR_PUTIN_' -> 'Vladimir Putin'; None if unusable."""
  raw = raw.strip().strip("_").replace(",", "")
  raw = re.sub(r"_+", " ", raw)
  raw = re.sub(r"\(.*?\)", "", raw).strip()
  if not raw or re.search(r"[^A-Za-z .'\-]", raw):
    return None
  words = [title_word(w) for w in raw.split()]
  # Keep "Jr." as written; drop trailing roman numerals from the surname.
  return " ".join(words)


def code_of(block_code):
  code = block_code[3:] if len(block_code) == 6 and block_code[:3] in (
      "USA", "GBR", "FRA", "DNK", "NZL", "AUS", "NLD") and \
      block_code[3:] not in ("GOV", "MIL", "REB", "OPP") else block_code
  return CAMEO_OVERRIDES.get(code, code)


def reduce_role(code):
  """RUSGOVMED -> RUSGOV; USAGOVLEG -> USALEG; USAMIL -> USAGOV."""
  cc, rest = code[:3], code[3:]
  roles = [rest[i:i + 3] for i in range(0, len(rest), 3)]
  for special in ("LEG", "SPY", "JUD"):
    if special in roles and (roles[0] != "GOV" or special == "LEG"):
      return cc + special
  if not roles or roles[0] in ("GOV", "MIL"):
    return cc + "GOV"
  return cc + roles[0]


def parse_blocks(text):
  for m in re.finditer(r"<Country>(.*?)</Country>", text, re.S):
    yield m.group(1)


def tag(block, name):
  m = re.search(r"<%s>(.*?)</%s>" % (re.escape(name), re.escape(name)), block,
                re.S)
  return m.group(1) if m else ""


def lines_of(section):
  for line in section.split("\n"):
    line = line.split("#", 1)[0].strip()
    if line:
      yield line


def demonym_like(name):
  low = name.lower()
  return bool(re.search(r"(an|ian|ese|ish|i|ic|ch|ss)$", low)) and " " not in name


ROLE_WORDS = ["president", "vice president", "prime minister", "minister",
              "secretary", "chancellor", "king", "queen", "emir", "sultan",
              "premier", "governor", "ambassador", "representative",
              "speaker", "leader", "chairman", "director", "general",
              "commander", "chief", "head", "administrator", "commissioner"]


def role_word(title):
  low = title.lower()
  best = None
  for w in ROLE_WORDS:
    i = low.find(w)
    if i >= 0 and (best is None or i < best[0]):
      best = (i, w)
  if best is None:
    return None
  w = best[1]
  return w.split()[-1]


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--countryinfo", required=True)
  ap.add_argument("--out", required=True)
  args = ap.parse_args()
  with open(args.countryinfo, encoding="utf-8", errors="replace") as f:
    text = f.read()
  # Drop the <!-- --> documentation header.
  text = re.sub(r"<!--.*?-->", "", text, flags=re.S)

  country_lines = []
  people = {}  # (code, name) -> dict
  order = []
  for block in parse_blocks(text):
    raw_code = tag(block, "CountryCode").strip()
    if not raw_code:
      continue
    cc = code_of(raw_code)
    if len(cc) != 3:
      continue
    name = nice_name(tag(block, "CountryName").replace("_", " "))
    names, demonyms = [], []
    if name:
      names.append(name)
    for line in lines_of(tag(block, "Nationality")):
      n = nice_name(line)
      # Acronyms and dotted forms ("U.S.", "USA") are written by hand in
      # countries.txt, with the capitals they demand.
      if n and n.lower().startswith("the "):
        n = n[4:]
      if not n or len(n.replace(" ", "")) < 4 or "." in n:
        continue
      (demonyms if demonym_like(n) else names).append(n)
    dated = ""
    if cc == "RUS":
      dated = " = SUN ..1991-12-25; RUS 1991-12-26.."
    code_spec = dated if dated else " = %s" % cc
    seen = set()

    def uniq(xs):
      out = []
      for x in xs:
        if x.lower() not in seen:
          seen.add(x.lower())
          out.append(x)
      return out

    names, demonyms = uniq(names), uniq(demonyms)
    if names:
      country_lines.append("country: %s%s" % (" | ".join(names), code_spec))
    if demonyms:
      country_lines.append("demonym: %s%s" % (" | ".join(demonyms), code_spec))
    capitals = uniq([n for n in (nice_name(l) for l in lines_of(
        tag(block, "Capital"))) if n and len(n) >= 3])
    if capitals:
      gov = (" = SUNGOV ..1991-12-25; RUSGOV 1991-12-26.." if cc == "RUS"
             else " = %sGOV" % cc)
      country_lines.append("government: %s%s  # capital" %
                           (" | ".join(capitals), gov))

    def person(raw_names, c):
      names = []
      for alt in re.findall(r"\{([^}]*)\}", raw_names) or [raw_names]:
        n = nice_name(alt)
        if n and n not in names:
          names.append(n)
      if not names:
        return None
      key = (c, names[0].lower())
      if key not in people:
        people[key] = {"names": names, "codes": [], "roles": set(),
                       "cc": c, "leader": False}
        order.append(key)
      else:
        for n in names:
          if n not in people[key]["names"]:
            people[key]["names"].append(n)
      return people[key]

    def add_range(p, code, start, end):
      # Russia before 1991-12-26 is the Soviet Union; split a range across.
      if cc == "RUS" and code.startswith("RUS") and (
          not start or start <= "1991-12-25"):
        if end and end <= "1991-12-25":
          code = "SUN" + code[3:]
        else:
          p["codes"].append(("SUN" + code[3:], start or "", "1991-12-25"))
          start = "1991-12-26"
      p["codes"].append((code, start or "", end or ""))

    leaders = tag(block, "Leaders")
    for pos in re.finditer(r"<([^/][^>]*)>(.*?)</\1>", leaders, re.S):
      position = pos.group(1)
      role = role_word(position)
      for line in lines_of(pos.group(2)):
        m = re.match(r"((?:\{[^}]*\})+|[A-Z][^\[]*?)\s*(\[.*)$", line)
        if not m:
          continue
        p = person(m.group(1).strip(), cc)
        if p is None:
          continue
        p["leader"] = True
        if role:
          p["roles"].add(role)
        for r in re.finditer(r"\[(>)?(\d{8})(?:\s*-\s*(\d{8}))?\]",
                             m.group(2)):
          start = fix_date(r.group(2))
          # "[>date]": in office when the file was last updated; the range
          # is closed there rather than left open for ever.
          end = fix_date(r.group(3)) if r.group(3) else LAST_UPDATE
          add_range(p, cc + "GOV", start, end)
    gov = tag(block, "Government")
    for line in lines_of(gov.replace("#<", "\n#<")):
      m = re.match(r"((?:\{[^}]*\})+|[A-Z][^\[]*?)\s*(\[.*)$", line)
      if not m:
        continue
      title = ""
      full = [l for l in gov.split("\n") if line.split("]")[0] in l]
      if full and "#" in full[0]:
        title = full[0].split("#", 1)[1].strip()
      p = person(m.group(1).strip(), cc)
      if p is None:
        continue
      rw = role_word(title) if title else None
      if rw:
        p["roles"].add(rw)
      for r in re.finditer(
          r"\[([A-Z]{3,15})\s*(<|>)?\s*(\d{8})?(?:\s*-\s*(\d{8}))?\]",
          m.group(2)):
        code = reduce_role(code_of(r.group(1)[:3]) + r.group(1)[3:])
        mark, d1, d2 = r.group(2), r.group(3), r.group(4)
        if not d1:
          continue
        if mark == "<":
          add_range(p, code, None, fix_date(d1))
        elif mark == ">":
          add_range(p, code, fix_date(d1), LAST_UPDATE)
        else:
          add_range(p, code, fix_date(d1), fix_date(d2) if d2 else
                    LAST_UPDATE)

  os.makedirs(args.out, exist_ok=True)
  header = ("# GENERATED by tools/actors/gen_countryinfo.py from CountryInfo "
            "(Schrodt 2011,\n# Penn State Event Data Project; CC BY-SA 3.0). "
            "This file: CC BY-SA 4.0.\n# Do not edit; change the generator "
            "or add entries to a hand-written file.\n")
  with open(os.path.join(args.out, "countries.gen.txt"), "w") as f:
    f.write(header + "\n")
    f.write("\n".join(country_lines) + "\n")
  n_people = 0
  with open(os.path.join(args.out, "people.gen.txt"), "w") as f:
    f.write(header + "\n")
    for key in order:
      p = people[key]
      if not p["codes"]:
        continue
      codes = sorted(set(p["codes"]), key=lambda c: (c[1] or "0", c[2]))
      spec = "; ".join("%s %s..%s" % c for c in codes)
      attrs = []
      canonical = p["names"][0]
      words = canonical.split()
      if len(words) < 2:
        # One-word names ("Abdullah") are first names as often as not.
        continue
      else:
        surname = words[0] if p["cc"] in SURNAME_FIRST else words[-1]
        if surname.rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
          surname = words[-2]
        # Cabinet members (no <Leaders> role) match by full name only.
        if (surname.lower() in COMMON_SURNAMES or len(surname) < 3 or
            surname.lower() in PARTICLES or not p["leader"]):
          attrs.append("nosurname")
        elif surname != words[-1]:
          attrs.append("surname=" + surname.replace(" ", "_"))
      roles = sorted(p["roles"])
      if roles:
        attrs.append("role=" + ",".join(roles))
      f.write("person: %s = %s%s\n" % (" | ".join(p["names"]), spec,
                                      (" " + " ".join(attrs)) if attrs else ""))
      n_people += 1
  print("countries: %d lines, people: %d" % (len(country_lines), n_people),
        file=sys.stderr)


if __name__ == "__main__":
  main()
