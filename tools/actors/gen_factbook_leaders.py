#!/usr/bin/env python3
# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
"""Generates heads of state and government 1990-2025 from the CIA Factbook.

Reads the "Executive branch" / "Leaders" field extracts of the World Factbook
(US Government work, public domain) and CountryInfo's ISO alpha-2 ->
CAMEO code table, and writes data/actors/leaders_factbook.gen.txt:

  person: Vladimir Vladimirovich Putin | Vladimir Putin = RUSGOV 2012-05-07.. role=president

Each office holder "Title Given Names SURNAME (since D Month YYYY)" of the
chief-of-state and head-of-government sub-fields becomes a dated GOV role.
A role ends where the next holder of the same title in the same country
starts; a holder still listed in the newest edition stays open; otherwise it
ends at the close of the last edition year that lists them.

Usage:
  python3 tools/actors/gen_factbook_leaders.py \
      --factbook ../shared/knowledge/cia_factbook/factbook_executive.tsv \
      --countryinfo ../shared/knowledge/countryinfo/CountryInfo.120116.txt \
      --out data/actors/leaders_factbook.gen.txt
"""

import argparse
import csv
import datetime
import re
import sys

from name_rules import COMMON, PARTICLES, countryinfo_codes, nice

csv.field_size_limit(1 << 30)

EXTRA_ISO2 = {"ME": "MTN", "RS": "SRB", "XK": "KSV", "SS": "SSD",
              "TL": "TMP", "CW": "CUW", "SX": "SXM"}
TITLES = [
    "First Vice President", "Second Vice President", "Vice President",
    "President", "First Deputy Prime Minister", "Deputy Prime Minister",
    "Prime Minister", "Premier", "Chancellor", "Supreme Leader", "King",
    "Queen", "Emir", "Amir", "Sultan", "Crown Prince", "Grand Duke",
    "Prince", "General Secretary", "Chairman", "Chief Executive",
    "Head of State", "Supreme Commander", "Chief Adviser", "Taoiseach",
    "State Counsellor", "Federal Chancellor", "Captain Regent",
]
ROLE = {"Prime Minister": "minister", "Deputy Prime Minister": "minister",
        "First Deputy Prime Minister": "minister", "Premier": "premier",
        "Chancellor": "chancellor", "Federal Chancellor": "chancellor",
        "King": "king", "Queen": "king", "Emir": "emir", "Amir": "emir",
        "Sultan": "sultan", "Supreme Leader": "leader"}
RANKS = {"Lt", "Gen", "Dr", "Field", "Marshal", "Marshall", "General",
         "Col", "Colonel", "Maj", "Brig", "Adm", "Sheikh", "Shaykh", "Sir",
         "Dame", "Mr", "Mrs", "Ms", "Rev", "Prof", "Air", "Chief", "Vice"}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"], 1)}
SURNAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "MNG", "KHM", "VNM"}

NAME_RE = re.compile(
    r"((?:(?:[A-Z][a-z\u00C0-\u017F'\.]+|al-|el-|bin|bint|ibn|de|da|van|von|"
    r"y|Lt\.|Gen\.|Dr\.)\s+)*)"
    r"((?:(?:al|el|bin|de|da|van|von|der|la|le|du|dos|ould)[-\s])?"
    r"[A-Z][A-Z'\u00C0-\u00DE\-]+(?:\s+(?:(?:al|el|bin|de|da|van|von|der|la|"
    r"le|du|dos|ould)[-\s])?[A-Z][A-Z'\u00C0-\u00DE\-]+)*)"
    r"\s*(?:,[^()]{0,40})?\(since (\d{1,2}) ([A-Za-z]+) (\d{4})\)")


def iso2_to_cameo(countryinfo):
  return countryinfo_codes(countryinfo, "ISO3166-alpha2", EXTRA_ISO2)


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--factbook", required=True)
  ap.add_argument("--countryinfo", required=True)
  ap.add_argument("--out", required=True)
  args = ap.parse_args()
  codes = iso2_to_cameo(args.countryinfo)
  holders = {}  # (cc, title, name) -> {since, last_year, given}
  newest = 0
  with open(args.factbook, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
      year = int(row["year"])
      newest = max(newest, year)
      cc = codes.get(row["iso2"])
      if not cc or row["entity_type"] not in ("sovereign", "disputed"):
        continue
      content = row["content"]
      m = re.search(r"chief of state:(.*?)(?:\|?\s*cabinet:|\|?\s*elections"
                    r"|$)", content, re.I | re.S)
      if not m:
        continue
      section = m.group(1)
      # Text after "note:" talks about others; drop it.
      section = re.split(r"\bnote\b", section)[0]
      for piece in re.split(r";|\||head of government:", section):
        piece = piece.strip()
        title = None
        for t in sorted(TITLES, key=len, reverse=True):
          if piece.startswith(t + " "):
            title = t
            break
        if title is None:
          continue
        nm = NAME_RE.search(piece[len(title):])
        if not nm:
          continue
        given = [w for w in nm.group(1).split()
                 if w.rstrip(".") not in RANKS]
        surname = nice(nm.group(2).strip())
        month = MONTHS.get(nm.group(4).lower())
        if not month:
          continue
        try:
          since = datetime.date(int(nm.group(5)), month, int(nm.group(3)))
        except ValueError:
          continue
        if since.year < 1950 or not given:
          continue
        full = " ".join(given + [surname])
        # One term per start date: a second term has a new "since".
        key = (cc, title, full, since)
        h = holders.setdefault(key, {"since": since, "last": year,
                                     "given": given, "surname": surname})
        h["last"] = max(h["last"], year)
  # End of each term: the next holder's start in the same office.
  by_office = {}
  for (cc, title, full, _), h in holders.items():
    by_office.setdefault((cc, title), []).append((h["since"], full, h))
  people = {}
  for (cc, title), terms in by_office.items():
    terms.sort(key=lambda t: t[0])
    for i, (since, full, h) in enumerate(terms):
      end = None
      for later in terms[i + 1:]:
        if later[0] > since and later[1] != full:
          end = later[0] - datetime.timedelta(days=1)
          break
      if end is None and h["last"] < newest:
        end = datetime.date(h["last"], 12, 31)
      p = people.setdefault((cc, full), {"ranges": [], "roles": set(), **h})
      p["ranges"].append((since, end))
      p["roles"].add(ROLE.get(title, "president"))
  lines = []
  for (cc, full), p in sorted(people.items()):
    given, surname = p["given"], p["surname"]
    names = [full]
    if len(given) > 1:
      short = given[0] + " " + surname
      names.append(short)
    spec = "; ".join(
        "%sGOV %s..%s" % (cc, s.isoformat(), e.isoformat() if e else "")
        for s, e in sorted(set(p["ranges"])))
    attrs = []
    sn = surname
    if cc in SURNAME_FIRST and given:
      sn = given[0] if cc not in ("KOR", "PRK", "CHN", "TWN") else surname
    if not given or sn.lower() in COMMON or len(sn) < 3:
      attrs.append("nosurname")
    elif sn != full.split()[-1]:
      attrs.append("surname=" + sn.replace(" ", "_"))
    attrs.append("role=" + ",".join(sorted(p["roles"])))
    lines.append("person: %s = %s %s" % (" | ".join(names), spec,
                                         " ".join(attrs)))
  with open(args.out, "w", encoding="utf-8") as f:
    f.write("# GENERATED by tools/actors/gen_factbook_leaders.py from the CIA "
            "World Factbook\n# \"Executive branch\" / \"Leaders\" fields, "
            "editions 1990-2025 (public domain);\n# codes via CountryInfo "
            "(CC BY-SA 3.0). Do not edit; change the generator.\n\n")
    f.write("\n".join(lines) + "\n")
  print("leaders: %d" % len(lines), file=sys.stderr)


if __name__ == "__main__":
  main()
