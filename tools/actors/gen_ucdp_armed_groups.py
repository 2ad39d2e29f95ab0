#!/usr/bin/env python3
# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
"""Generates non-state armed groups from the UCDP Actor Dataset.

Reads the UCDP Actor Dataset v22.1 (CC BY 4.0, Uppsala Conflict Data
Program) for the names and countries of formally organised armed groups
(Org = 1: rebel groups and military factions), the UCDP/PRIO Armed Conflict
Dataset v23.1 (CC BY 4.0) for the years each group fought a state, and
CountryInfo's COW -> CAMEO code table (Gleditsch-Ward numbers are COW
numbers for all but a few states), and writes
data/actors/ucdp_armed_groups.gen.txt:

  armed_group: ADF | Allied Democratic Forces = UGAREB 1996-01-01..  # UCDP 443

Rules (facts only; the UCDP files are never copied):
  - names: the short name (NameData), the name at registration, the
    English full name and the new names of renamed groups; a trailing
    parenthesis is dropped ("Self-Defense Mujahidin (CAR)"). Left out: names
    of factions and "forces of <person>" (they name a person, not a group),
    acronyms of three letters or fewer ("MIR", "CPI": too many other
    meanings), names that are a country (in any of the translations of
    mledoze/countries: "Estados Unidos") or capital, one-word names that are
    common words ("Tibet", "Outlaws"), and names made only of generic words
    and numbers ("National Democratic Alliance", "The Family", "16th
    Division");
  - code: the country of the first location + REB; groups located in Israel
    are Palestinian (PSE), as CAMEO codes them;
  - dates: a group in the conflict data is REB from its first year of
    fighting. If it stopped fighting before 2020 and a later Factbook
    edition lists it (by a name or acronym of four letters or more) among
    the political parties of its country, it is OPP from the second year
    after its last year of fighting (former rebels turned parties: FMLN,
    RENAMO). Groups whose last year of fighting is before 1989 are left
    out; groups with no state-based conflict (non-state and one-sided
    violence only) are REB with no dates.
Hand-written entries (armed_groups.txt) load first and win for the names
they share.

Usage:
  python3 tools/actors/gen_ucdp_armed_groups.py \\
      --actors ../shared/knowledge/ucdp/ucdp-actor-221.csv \\
      --acd ../shared/knowledge/ucdp/UcdpPrioConflict_v23_1.csv \\
      --countryinfo ../shared/knowledge/countryinfo/CountryInfo.120116.txt \\
      --countries ../shared/knowledge/countries_mledoze/countries.json \\
      --parties ../shared/knowledge/cia_factbook/factbook_parties.tsv \\
      --out data/actors/ucdp_armed_groups.gen.txt
"""

import argparse
import csv
import json
import re
import sys

from name_rules import countryinfo_codes

# Gleditsch-Ward numbers that differ from COW, or states CountryInfo lacks.
GW_EXTRA = {2: "USA", 260: "DEU", 265: "DDR", 340: "SRB", 345: "SRB",
            347: "KSV", 404: "GNB", 438: "GIN", 484: "COG", 678: "YEM",
            679: "YEM", 680: "YEM", 626: "SSD", 751: "IND", 816: "VNM",
            817: "VNM", 529: "ETH", 531: "ERI", 835: "BRN", 860: "TMP",
            341: "MTN", 365: "RUS"}
ISRAEL = 666
# One-word names that are common words or places, not groups.
COMMON = set("""resistance liberation army front movement forces militia
rebels mujahideen mujahidin fighters tibet kashmir punjab assam tripura
manipur nagaland mizoram aceh papua ogaden cabinda casamance darfur kurds
kurdistan balochistan baluchistan chechnya dagestan abkhazia ossetia
transnistria kosovo katanga biafra patani elements union greenlanders
maidan outlaws spiders rastas ninjas cobras jama'at hay""".split())
# Names made of these words only are generic ("National Democratic Alliance",
# "Unity Party"): another actor in another country may bear them.
GENERIC = set("""national democratic democracy alliance front union party
people's peoples people popular liberation movement islamic revolutionary
unity united unified salvation council forces force army bloc southern
northern eastern western central directorate patriotic resistance
republican socialist communist the of for and in defense defence freedom
independence new armed group organization organisation committee
solidarity state government military brigade brigades battalion coalition
struggle workers progressive federal supreme justice equality reform change
rally congress league union citizens youth militia militias community
society security presidential guard guards regiment first second third
elite division parliamentary left right be strong well legion jihad
mujahideen mujahidin irregulars insurgents rebels command corps red reds
base family nation sentinel sweeper truth retribution criterion army
armies""".split())
SKIP_RE = re.compile(r"faction|^forces of |^military faction|^government of|"
                     r"^supporters of|^opposition|coup plotters|authority|junta",
                     re.I)


def clean_name(name):
  name = (name or "").strip()
  if not name or name.lower() == "n/a":
    return None
  name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "X (CAR)" -> "X"
  name = re.sub(r"\s+", " ", name).strip(" -,")
  if not name or SKIP_RE.search(name):
    return None
  if "(" in name or ")" in name or "|" in name or "=" in name or "#" in name:
    return None
  letters = re.sub(r"[^A-Za-z]", "", name)
  if len(letters) < 2:
    return None
  if " " not in name and name.upper() == name and len(letters) <= 3:
    return None  # short acronym
  return name


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--actors", required=True)
  ap.add_argument("--acd", required=True)
  ap.add_argument("--countryinfo", required=True)
  ap.add_argument("--countries", required=True)
  ap.add_argument("--parties", required=True)
  ap.add_argument("--out", required=True)
  args = ap.parse_args()
  gw = {}
  for k, v in countryinfo_codes(args.countryinfo, "COW-Numeric", {}).items():
    if k.isdigit() and int(k) > 0:
      gw.setdefault(int(k), v)
  gw.update(GW_EXTRA)
  iso2 = countryinfo_codes(args.countryinfo, "ISO3166-alpha2", {})
  parties = {}  # CAMEO country -> [(year, text)]
  csv.field_size_limit(1 << 30)
  with open(args.parties, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
      cc = iso2.get(row["iso2"])
      if cc:
        parties.setdefault(cc, []).append((int(row["year"]), row["content"]))
  # Palestinian groups are listed under Israel, the West Bank and Gaza.
  for extra in ("ISR",):
    parties.setdefault("PSE", []).extend(parties.get(extra, []))

  def later_party(cc, names, after):
    for year, text in parties.get(cc, []):
      if year <= after:
        continue
      for n in names:
        if len(re.sub(r"[^A-Za-z]", "", n)) >= 4 and re.search(
            r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text):
          return True
    return False
  places = set()
  for c in json.load(open(args.countries, encoding="utf-8")):
    places.add(c["name"]["common"].lower())
    places.update(x.lower() for x in c.get("capital", []))
    # "Estados Unidos": a country's name in another language is no group.
    places.update(t["common"].lower()
                  for t in c.get("translations", {}).values())
  years = {}
  with open(args.acd, encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
      for side in ("side_a_id", "side_b_id"):
        for i in row[side].split(","):
          i = i.strip()
          if i:
            years.setdefault(i, set()).add(int(row["year"]))
  lines = []
  seen_names = {}
  with open(args.actors, encoding="utf-8-sig") as f:
    rows = sorted(csv.DictReader(f), key=lambda r: int(r["ActorId"]))
  for row in rows:
    if row["Org"] != "1":
      continue
    gwno = int(row["GWNOLoc"].split(",")[0].strip() or 0)
    cc = "PSE" if gwno == ISRAEL else gw.get(gwno)
    if not cc:
      print("no CAMEO code for GW %s (%s)" % (gwno, row["NameData"]),
            file=sys.stderr)
      continue
    fought = years.get(row["ActorId"])
    if fought and max(fought) < 1989:
      continue
    names = []
    for field in ("NameData", "NewName", "NameOrig", "NewNameFullEng",
                  "NameOrigFullEng"):
      n = clean_name(row.get(field))
      if not n or n in names:
        continue
      if n.lower() in places or (" " not in n and n.lower() in COMMON):
        continue
      words = re.findall(r"[\w']+", n.lower().replace("\u2019", "'"))
      if " " in n and all(w in GENERIC or re.fullmatch(r"\d+(st|nd|rd|th)?", w)
                          for w in words):
        continue
      if n in seen_names:  # two actors share a name: the first keeps it
        continue
      names.append(n)
    if not names:
      continue
    for n in names:
      seen_names[n] = row["ActorId"]
    if not fought:
      spec = cc + "REB"
    elif max(fought) >= 2020 or not later_party(cc, names, max(fought)):
      spec = "%sREB %d-01-01.." % (cc, min(fought))
    else:
      spec = "%sREB %d-01-01..%d-12-31; %sOPP %d-01-01.." % (
          cc, min(fought), max(fought) + 1, cc, max(fought) + 2)
    lines.append("armed_group: %s = %s  # UCDP actor %s" %
                 (" | ".join(names), spec, row["ActorId"]))
  with open(args.out, "w", encoding="utf-8") as f:
    f.write("# GENERATED by tools/actors/gen_ucdp_armed_groups.py from the "
            "UCDP Actor Dataset\n# v22.1 and the UCDP/PRIO Armed Conflict "
            "Dataset v23.1 (CC BY 4.0, Uppsala\n# Conflict Data Program, "
            "ucdp.uu.se; Davies, Pettersson & Oberg 2022, 2023);\n# codes "
            "via CountryInfo (CC BY-SA 3.0). Do not edit; change the "
            "generator.\n\n")
    f.write("\n".join(lines) + "\n")
  print("armed groups: %d" % len(lines), file=sys.stderr)


if __name__ == "__main__":
  main()
