#!/usr/bin/env python3
# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
"""Builds data/gazetteer/places.tsv, the place list of dyad's resolve stage.

Sources (all read at dev time only; the engine reads just places.tsv):
  * GeoNames cities with population >= 15,000 (plus capitals), as shipped in
    Debian 12's package libgeonames0 (0.3.0-1): a GVariant array compiled into
    the shared library as the GResource /com/lomiri/geonames/cities.compiled.
    Data (c) geonames.org, CC BY 4.0. Extract it with
        apt-get download libgeonames0 && dpkg -x libgeonames0_*.deb geon
        gresource extract geon/usr/lib/x86_64-linux-gnu/libgeonames.so.0.3.0 \
            /com/lomiri/geonames/cities.compiled > cities.compiled
  * ISO 3166-1 codes and names from Debian's iso-codes package
    (/usr/share/iso-codes/json/iso_3166-1.json): alpha-2 -> alpha-3.
  * Capital names and coordinates from the CIA World Factbook extract
    (public domain), shared/knowledge/cia_factbook/factbook_capital.tsv.
  * data/gazetteer/curated.tsv: aliases, landmarks and a few missing places,
    written by the dyad team.

Regions (admin1) and countries get the position of the GeoNames place
nearest to the mean position of all their places (a "settlement centroid":
on land, inside the area, close to where news happens; not the geometric
centre) and the sum of their populations. Longitudes are averaged on the
circle so that countries across the antimeridian stay sane.

Usage:
  python3 tools/gazetteer/make_gazetteer.py --cities cities.compiled \
      --factbook ../shared/knowledge/cia_factbook/factbook_capital.tsv \
      --curated data/gazetteer/curated.tsv --out data/gazetteer/places.tsv
Python 3 standard library only.
"""

import argparse
import collections
import json
import math
import re
import struct
import sys
import unicodedata

FORMAT_VERSION = 1
DATA_VERSION = "2026.11.2"


def read_gvariant_cities(path):
    """Parses the array of (sssssss u dd) tuples in cities.compiled.

    Fields: geonames id, name, admin1 code, admin1 name, country code (ISO
    alpha-2), country name, time zone, population, latitude, longitude.
    GVariant layout: the array ends with one framing offset per element
    (little-endian, width by container size); each tuple ends with the end
    offsets of its variable-size members, stored in reverse order.
    """
    data = open(path, "rb").read()
    size = len(data)

    def width(n):
        return 1 if n < 0x100 else 2 if n < 0x10000 else 4

    def read_uint(buf, pos, w):
        return int.from_bytes(buf[pos:pos + w], "little")

    w = width(size)
    table = read_uint(data, size - w, w)
    count = (size - table) // w
    records = []
    start = 0
    for k in range(count):
        end = read_uint(data, table + k * w, w)
        start = (start + 7) & ~7  # tuples with doubles are 8-aligned
        item = data[start:end]
        iw = width(len(item))
        strings = []
        pos = 0
        for j in range(7):
            stop = read_uint(item, len(item) - iw * (j + 1), iw)
            strings.append(item[pos:stop - 1].decode("utf-8"))
            pos = stop
        pos = (pos + 3) & ~3
        (population,) = struct.unpack_from("<I", item, pos)
        pos = (pos + 4 + 7) & ~7
        lat, lon = struct.unpack_from("<dd", item, pos)
        records.append(strings + [population, lat, lon])
        start = end
    return records


def ascii_fold(text):
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded.replace("\u2019", "'").replace("\u02bc", "'")


REGION_SUFFIXES = (" Region", " Governorate", " Province", " Oblast",
                   " Prefecture", " District", " Municipality", " State",
                   " Department", " Governorate", " Krai", " Oblast'",
                   " Voivodeship", " County", " Division")


def region_aliases(name):
    out = []
    for suffix in REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            out.append(name[: -len(suffix)])
    if name.startswith("Province of "):
        out.append(name[len("Province of "):])
    return out


def mean_position(points):
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    lon = math.degrees(math.atan2(y, x))
    return lat, lon


def snap_to_settlement(lat, lon, cities):
    """The position of the city nearest to (lat, lon): a mean of positions
    may fall in a lake or the sea (Canada's lies in Lake Superior); its
    nearest settlement is on land and inside the area."""
    def dist2(c):
        dlon = (c.lon - lon + 180.0) % 360.0 - 180.0
        return (c.lat - lat) ** 2 + (dlon * math.cos(math.radians(lat))) ** 2
    nearest = min(cities, key=dist2)
    return nearest.lat, nearest.lon


def parse_dms(text):
    """'55 45 N, 37 35 E' -> (55.75, 37.58)."""
    m = re.match(r"\s*(\d+)\s+(\d+)\s+([NS]),\s*(\d+)\s+(\d+)\s+([EW])", text)
    if not m:
        return None
    lat = int(m.group(1)) + int(m.group(2)) / 60.0
    lon = int(m.group(4)) + int(m.group(5)) / 60.0
    if m.group(3) == "S":
        lat = -lat
    if m.group(6) == "W":
        lon = -lon
    return lat, lon


def read_factbook_capitals(path):
    """Latest capital name and coordinates per ISO alpha-2 (2006-2019)."""
    capitals = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7 or not cols[2]:
                continue
            year = int(cols[0])
            content = cols[6].strip('"')
            m = re.search(r"name: ([^|]+?)\s*\|\s*geographic coordinates: ([^|]+)",
                          content)
            if not m or not m.group(1).strip():
                continue
            position = parse_dms(m.group(2))
            if position is None:
                continue
            name = m.group(1).strip()
            name = re.split(r"[;(]", name)[0].strip()
            if cols[2] not in capitals or capitals[cols[2]][0] < year:
                capitals[cols[2]] = (year, name, position)
    return {k: (v[1], v[2]) for k, v in capitals.items()}


class Place:
    __slots__ = ("name", "kind", "country", "admin1", "lat", "lon",
                 "population", "capital", "aliases")

    def __init__(self, name, kind, country, admin1, lat, lon, population):
        self.name, self.kind, self.country = name, kind, country
        self.admin1, self.lat, self.lon = admin1, lat, lon
        self.population = population
        self.capital = False
        self.aliases = []

    def names(self):
        return [self.name] + self.aliases

    def add_alias(self, alias):
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", required=True)
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--factbook", required=True)
    ap.add_argument("--curated", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    iso = json.load(open(args.iso, encoding="utf-8"))["3166-1"]
    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in iso}
    iso_by_a2 = {c["alpha_2"]: c for c in iso}
    records = read_gvariant_cities(args.cities)

    places = []
    by_region = collections.defaultdict(list)
    by_country = collections.defaultdict(list)
    country_names = {}
    for (_gid, name, a1code, a1name, cc, cname, _tz, pop, lat, lon) in records:
        if cc not in alpha3:
            continue
        a3 = alpha3[cc]
        city = Place(name, "city", a3, a1name, lat, lon, pop)
        city.add_alias(ascii_fold(name))
        places.append(city)
        by_region[(a3, a1code, a1name)].append(city)
        by_country[a3].append(city)
        country_names[a3] = cname

    # Capitals: mark the matching city, or add it from the Factbook.
    for a2, (cap_name, (lat, lon)) in read_factbook_capitals(args.factbook).items():
        if a2 not in alpha3:
            continue
        a3 = alpha3[a2]
        wanted = {cap_name, cap_name.split(",")[0].strip(),
                  cap_name.replace(",", ""), cap_name.replace(", DC", " D.C.")}
        named = [c for c in by_country.get(a3, [])
                 if c.name in wanted or ascii_fold(c.name) in wanted]
        # Same name near the Factbook position ("Washington, DC" is not
        # Washington, Utah); else the only city of that name.
        near = [c for c in named
                if abs(c.lat - lat) < 1.0 and abs(c.lon - lon) < 1.0]
        best = max(near, key=lambda c: c.population) if near else (
            named[0] if len(named) == 1 else None)
        if best is None:
            # Nearest city within ~25 km carries the capital under its own name.
            for city in by_country.get(a3, []):
                if abs(city.lat - lat) < 0.25 and abs(city.lon - lon) < 0.25 and (
                        best is None or city.population > best.population):
                    best = city
            if best is not None:
                best.add_alias(cap_name.split(",")[0].strip())
        if best is None:
            best = Place(cap_name.split(",")[0].strip(), "city", a3, "",
                         round(lat, 4), round(lon, 4), 0)
            places.append(best)
            by_country[a3].append(best)
        best.capital = True

    regions = []
    for (a3, _code, a1name), cities in sorted(by_region.items()):
        if not a1name:
            continue
        lat, lon = snap_to_settlement(
            *mean_position([(c.lat, c.lon) for c in cities]), cities)
        region = Place(a1name, "region", a3, a1name, lat, lon,
                       sum(c.population for c in cities))
        region.add_alias(ascii_fold(a1name))
        for alias in region_aliases(a1name) + region_aliases(ascii_fold(a1name)):
            region.add_alias(alias)
        regions.append(region)

    countries = []
    for a3, cities in sorted(by_country.items()):
        a2 = next(k for k, v in alpha3.items() if v == a3)
        entry = iso_by_a2[a2]
        lat, lon = snap_to_settlement(
            *mean_position([(c.lat, c.lon) for c in cities]), cities)
        candidates = [n for n in (entry.get("common_name"), country_names.get(a3),
                                  entry.get("name")) if n and "," not in n]
        if not candidates:
            candidates = [entry["name"]]
        display = entry.get("common_name") or min(candidates, key=len)
        country = Place(display, "country", a3, "", lat, lon,
                        sum(c.population for c in cities))
        for n in candidates + [entry.get("official_name")]:
            if n:
                country.add_alias(n)
                country.add_alias(ascii_fold(n))
        countries.append(country)

    all_places = countries + regions + places
    # Curated additions.
    with open(args.curated, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{args.curated}:{line_no}"
            if cols[0] == "alias" and len(cols) == 5:
                _, alias, target, a3, kind = cols
                hits = [p for p in all_places if p.country == a3 and p.kind == kind
                        and target in p.names()]
                if not hits:
                    sys.exit(f"{where}: no {kind} '{target}' in {a3}")
                max(hits, key=lambda p: p.population).add_alias(alias)
            elif cols[0] == "place" and len(cols) == 8:
                _, name, kind, a3, admin1, lat, lon, pop = cols
                if any(p.country == a3 and p.kind == kind and name in p.names()
                       for p in all_places):
                    sys.exit(f"{where}: {kind} '{name}' in {a3} exists already")
                all_places.append(Place(name, kind, a3, "" if admin1 == "-" else admin1,
                                        float(lat), float(lon), int(pop)))
            else:
                sys.exit(f"{where}: bad record")

    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# dyad gazetteer format {FORMAT_VERSION} data {DATA_VERSION}\n")
        out.write("# Generated by tools/gazetteer/make_gazetteer.py; do not edit.\n")
        out.write("# Place data (c) geonames.org, CC BY 4.0 (via Debian libgeonames0"
                  " 0.3.0-1); capitals: CIA World Factbook (public domain);"
                  " aliases: data/gazetteer/curated.tsv.\n")
        out.write("# name\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital"
                  "\taliases\n")
        for p in all_places:
            for field in [p.name, p.admin1] + p.aliases:
                if "\t" in field or "|" in field:
                    sys.exit(f"separator in name: {field!r}")
            out.write(f"{p.name}\t{p.kind}\t{p.country}\t{p.admin1}\t"
                      f"{p.lat:.4f}\t{p.lon:.4f}\t{p.population}\t"
                      f"{1 if p.capital else 0}\t{'|'.join(p.aliases)}\n")
    counts = collections.Counter(p.kind for p in all_places)
    print(f"wrote {args.out}: {len(all_places)} places {dict(counts)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
