#!/usr/bin/env python3
# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
"""Mines officials that the news corpora name with their country.

News sentences often name an official by title and name alone ("Finance
Minister Kiichi Miyazawa said ..."); elsewhere the same corpus names the same
person with the country ("Japanese Finance Minister Kiichi Miyazawa",
"Japan's Finance Minister ...", "Finance Minister Kiichi Miyazawa of Japan").
This tool reads the corpora (gzip JSON Lines, one article a line, as in
shared/corpora) and writes dated `person:` entries for data/actors/.

A mention is
  [not "former"/"then"] COUNTRY['s] TITLE-WORD* HEAD NAME
  HEAD NAME of [the] COUNTRY
  SEAT-OR-AGENCY TITLE-WORD* HEAD NAME     ("Kremlin spokesman", "CIA Director")
where COUNTRY is a `country:` or `demonym:` name of data/actors/countries*.txt
(the project's own lists; "West German" and "East German" are derived from
"West Germany" and "East Germany"; regions and names that are also US states
are left out), SEAT-OR-AGENCY a `government:` or `organization:` entry with a
country code of an official role (a seat lends its country, an agency its
whole code), every word between the country and the name is a title word (so
"American Express President X" is no mention), and the head title gives the
CAMEO role:
  ministers, presidents, premiers, chancellors, monarchs, secretaries,
  central bank governors, ambassadors, spokesmen, mayors   -> GOV
  senators, lawmakers, MPs, speakers                      -> LEG
  generals, admirals, commanders, army chiefs             -> MIL
  judges, prosecutors, chief justices                     -> JUD
  police chiefs                                           -> COP
  opposition leaders, dissidents, activists               -> OPP
  rebel, militant and insurgent leaders                   -> REB
  intelligence and spy chiefs                             -> SPY
The name has 2 to 5 capitalised tokens (initials and particles inside) and is
no country, place, organisation or title word.

A mention does not count when it speaks of the past: "former", "late",
"ex-", "then", "ousted" ... before it; a country that no longer exists after
1992 ("Soviet leader Nikita Khrushchev" in 2016); a sentence that names a year
three or more years before the article or a world war; an article that calls
the same person "former" (or "late", ...) anywhere. A country noun (not an
adjective) after "in" ("commander in Afghanistan Gen. X") or before an envoy
or military title ("Iraq envoy X") is where the official serves, not whose.

A person is kept per corpus when it is seen in >= 2 articles with one country,
that country has >= 80% of its mentions, and the mentions are dated. The term
runs from the earliest to the latest article date with the country, widened by
a year each side and clipped to the years of that corpus; when the role
changes within a corpus (a senator who becomes secretary of state) and the
roles' date spans do not overlap, each role gets its own term. Spellings that
differ only in case, hyphens or initials are one person. A person is dropped
when the corpus calls them "former" at least as often as it names them in
office over the same dates, or when another file has the same name in the
same office that ended more than two years before and the corpus calls them
"former" somewhere ("President Ronald Reagan" in 2016). Names that any other
data/actors/*.txt file has with a term overlapping the evidence are skipped;
a term is cut short where it would run into another file's term for the same
name. The surname alone may match (as for hand-written entries) unless it is
a lower-case word or a place in these corpora, follows other first names in
the same corpus ("Pete Wilson" beside "Michael Wilson"), or another person
with that surname holds a different code within two years of the term (then
`nosurname`); Chinese, Korean and other East Asian names take the first word
as the surname (`surname=`).

Usage:
  python3 tools/actors/mine_news_officials.py \\
      --corpus ../shared/corpora/reuters21578 \\
      --corpus ../shared/corpora/allsides_abp \\
      --corpus ../shared/corpora/wcep_2025_2026 \\
      --actors data/actors --gazetteer data/gazetteer/places.tsv \\
      --out data/actors/news_officials.gen.txt
"""

import argparse
import collections
import datetime
import glob
import gzip
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from name_rules import COMMON, PARTICLES  # noqa: E402

OUT_NAME = "news_officials.gen.txt"
MIN_ARTICLES = 2
MIN_SHARE = 0.8

# ---------------------------------------------------------------------------
# Titles. Heads end the title; modifiers may precede a head ("Foreign Trade
# Minister", "Deputy Prime Minister", "Lt. Gen."). Words are lower case; a
# trailing period is part of abbreviations.
HEADS = {
    "minister": "minister", "premier": "minister", "president": "president",
    "chancellor": "chancellor", "secretary": "secretary",
    "king": "king", "queen": "king", "emir": "king", "sultan": "king",
    "prince": "king", "monarch": "king",
    "governor": "governor", "gov.": "governor", "chairman": "chairman",
    "ambassador": "ambassador", "envoy": "ambassador",
    "spokesman": "spokesman", "spokeswoman": "spokesman",
    "spokesperson": "spokesman", "representative": "representative",
    "senator": "lawmaker", "sen.": "lawmaker", "lawmaker": "lawmaker",
    "legislator": "lawmaker", "mp": "lawmaker", "congressman": "lawmaker",
    "congresswoman": "lawmaker", "rep.": "lawmaker",
    "parliamentarian": "lawmaker", "speaker": "lawmaker",
    "leader": "leader", "chief": "chief",
    "general": "general", "gen.": "general", "admiral": "military",
    "adm.": "military", "colonel": "military", "col.": "military",
    "marshal": "military", "commander": "commander",
    "judge": "judge", "justice": "judge", "prosecutor": "judge",
    "dissident": "opposition", "activist": "opposition",
    "mayor": "governor", "director": "director",
}
MODIFIERS = set("""
foreign finance trade international economic economy economics energy oil
petroleum interior home defence defense health justice agriculture
agricultural industry industrial commerce commercial labour labor education
transport transportation communications information treasury state deputy
vice prime first acting chief senior junior assistant under mines mining
planning budget fisheries environment culture tourism housing development
affairs external public works water power electricity telecommunications
security national intelligence military army armed forces navy naval air
force police opposition rebel militant insurgent supreme crown central bank
cabinet government ministry presidential senate house parliament
parliamentary majority minority top special permanent attorney inspector
surgeon solicitor auditor lieutenant lt. major maj. brigadier brig. rear
vice-president deputy-prime co-chairman monetary fiscal social welfare
employment immigration justice-minister reserve commerce-minister
spy staff lt-gen. field chief-of-staff department
""".split())
# Words that may stand between title words but not end a title.
GLUE = {"of", "and", "for", "the"}
# Honorifics left off the front of a name (grammar.txt's honorific entries,
# read at run time, plus these).
HONORIFIC_EXTRA = {"sheikh", "sheik", "mr", "mr.", "mrs", "mrs.", "ms",
                   "ms.", "dr", "dr.", "sir", "dame"}
# "former Japanese Prime Minister X" or "then-Senator X" is no evidence of
# office at the article date.
NOT_NOW = {"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "late",
           "slain", "murdered", "assassinated", "deceased", "dead", "ousted",
           "deposed", "toppled", "exiled", "overthrown",
           "then", "then-", "retired", "outgoing", "incoming", "future",
           "would-be", "candidate", "presumptive", "elect"}


# Ends of terms that are only where a generated source stops (the
# CountryInfo cabinets of people.gen.txt, the CIA directory of
# cabinets_2019.gen.txt), not where the office ended.
TRUNCATED = {datetime.date(2011, 12, 31), datetime.date(2019, 12, 31)}
# Codes of agencies whose heads and spokesmen are officials.
ORG_ROLES = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG"}
# A country after these is where the official is, not whose.
PLACE_PREPOSITIONS = {"in", "at", "inside", "into", "across", "throughout"}
# Countries that no longer exist: named after 1992, they are history.
DEFUNCT = {"SUN", "DDR", "CSK", "YUG"}


def historical(toks, k, date):
  """True when the sentence around toks[k] is about the past: it names a
  year three or more years before the article date, or a world war."""
  if date is None:
    return False
  a = k
  while a > 0 and toks[a - 1] not in (".", "?", "!"):
    a -= 1
  b = k
  while b < len(toks) and toks[b] not in (".", "?", "!"):
    b += 1
  for i in range(a, b):
    t = toks[i]
    m = re.fullmatch(r"(1[6-9]\d\d|20\d\d)s?", t)
    if m and int(m.group(1)) <= date.year - 3:
      return True
    if t == "World" and i + 1 < b and toks[i + 1] == "War":
      return True
  return False


def not_now(word):
  """True for "former", "ex-", "then-" ... and words made with them."""
  w = word.lower()
  return w in NOT_NOW or w.rstrip("-") in NOT_NOW or \
      w.startswith(("ex-", "then-", "former-"))


LEADER_MODIFIERS = {"supreme", "opposition", "rebel", "militant", "insurgent",
                    "senate", "house", "majority", "minority",
                    "parliamentary", "military", "army", "top", "deputy",
                    "of", "the", "state"}


def role_of(words, h):
  """The CAMEO role (and role= word) of a title (lower-case words) whose
  head is words[h]; None when the title is no government office."""
  head = words[h]
  ws = set(words)
  if head in ("general", "gen."):
    if ws & {"attorney", "inspector", "secretary", "surgeon", "solicitor",
             "auditor", "director"}:
      return "GOV", "secretary"
    if "prosecutor" in ws:
      return "JUD", "judge"
    return "MIL", "military"
  if head == "leader" and ws - LEADER_MODIFIERS - {"leader"}:
    return None  # "Labour leader", "party leader": not an office
  if head == "leader" and ws & {"military", "army"}:
    return "MIL", "military"
  if "opposition" in ws:
    return "OPP", "opposition"
  if ws & {"rebel", "militant", "insurgent"}:
    return "REB", "rebels"
  if "police" in ws:
    return "COP", "police"
  if ws & {"intelligence", "spy"} and head in ("chief", "leader", "director"):
    return "SPY", None
  if head in ("spokesman", "spokeswoman", "spokesperson") and \
      ws & {"military", "army", "forces", "navy", "naval"}:
    return "MIL", "military"  # "Israeli military spokeswoman"
  if head == "director":
    return None  # only an agency's director is an official (see above)
  if head in ("judge", "justice", "prosecutor"):
    return "JUD", "judge"
  if head in ("dissident", "activist"):
    return "OPP", "opposition"
  if head in ("admiral", "adm.", "colonel", "col.", "marshal"):
    return "MIL", "military"
  if head in ("commander", "chief"):
    if ws & {"military", "army", "armed", "forces", "navy", "naval", "air",
             "force"}:
      return "MIL", "military"
    if "staff" in ws:
      return "GOV", "secretary"  # "White House chief of staff"
    if head == "commander":
      return "MIL", "military"
    return None
  if head == "representative":
    if ws & {"trade", "special", "permanent"}:
      return "GOV", "ambassador"
    return "LEG", "lawmaker"
  if ws & {"senate", "house", "parliament", "parliamentary"} and \
      head in ("leader", "speaker", "president", "chairman"):
    return "LEG", "lawmaker"
  if HEADS[head] == "lawmaker":
    return "LEG", "lawmaker"
  if head == "prince" and "crown" not in ws:
    return None  # a prince is not always in government
  if head == "chairman" and not ws & {"central", "bank", "reserve"}:
    return None  # company and party chairmen
  if head in ("governor", "gov.") and ws & {"central", "bank"}:
    return "GOV", "governor"
  return "GOV", HEADS[head]


# ---------------------------------------------------------------------------
# Tokens.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"                      # U.S., U.K., U.S.S.R.
    r"|[^\W\d_](?:[\w'’\-]*[^\W_])?\.?"         # words, "Sen.", "Miyazawa."
    r"|\d+(?:[.,]\d+)*|[^\w\s]")
ABBREVIATIONS = {"jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.",
                 "dec.", "sen.", "gen.", "rep.", "lt.", "col.", "maj.", "brig.",
                 "adm.", "gov.", "dr.", "mr.", "mrs.", "ms.", "st.", "jr.",
                 "sr.", "capt.", "sgt.", "cmdr.", "gens.", "lt-gen."}


def tokens(text):
  out = []
  for m in TOKEN_RE.finditer(text):
    t = m.group(0)
    if t.endswith(".") and len(t) > 2 and t.count(".") == 1 and \
        t.lower() not in ABBREVIATIONS:
      out.append(t[:-1])
      out.append(".")
    else:
      out.append(t)
  return out


def strip_possessive(t):
  for s in ("'s", "’s"):
    if t.endswith(s) and len(t) > len(s):
      return t[:-len(s)], True
  if t.endswith("s'") or t.endswith("s’"):
    return t[:-1], True
  return t, False


def person_key(name):
  """Folded name without initials: "J. Christopher Stevens" and
  "Christopher Stevens", "Robert E. Lighthizer" and "Robert Lighthizer"
  name one person."""
  return " ".join(w for w in fold(name).split() if len(w) > 1)


def fold(text):
  """Case, period, hyphen and diacritic folding for comparing names."""
  t = unicodedata.normalize("NFKD", text)
  t = "".join(c for c in t if not unicodedata.combining(c))
  t = t.replace(".", " ").replace("-", " ").replace("’", "'").lower()
  return " ".join(t.split())


# ---------------------------------------------------------------------------
# Project dictionaries.
LINE_RE = re.compile(r"^(\w+):(.*?)=(.*)$")
DATED_RE = re.compile(r"^([A-Z~]+)(?:\s+(\d{4}(?:-\d\d){0,2})?\.\.(\d{4}(?:-\d\d){0,2})?)?")


def strip_note(line):
  for i, c in enumerate(line):
    if c == "#" and (i == 0 or line[i - 1] in " \t"):
      return line[:i]
  return line


def parse_date(text, end):
  if not text:
    return None
  parts = [int(p) for p in text.split("-")]
  if len(parts) == 1:
    return datetime.date(parts[0], 12, 31) if end else \
        datetime.date(parts[0], 1, 1)
  if len(parts) == 2:
    if not end:
      return datetime.date(parts[0], parts[1], 1)
    nxt = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)
  return datetime.date(*parts)


def parse_entry(line):
  """(kind, names, [(code, from, to)], attrs) or None."""
  line = strip_note(line).strip()
  m = LINE_RE.match(line)
  if not m:
    return None
  kind = m.group(1)
  names = [n.strip() for n in m.group(2).split("|") if n.strip()]
  rest = m.group(3).strip()
  attrs = {}
  words = rest.split()
  # Attributes are the trailing words with '=' or the bare flags.
  while words and ("=" in words[-1] or words[-1] in
                   ("title", "weak", "nosurname")):
    w = words.pop()
    k, _, v = w.partition("=")
    attrs[k] = v
  codes = []
  for part in " ".join(words).split(";"):
    part = part.strip()
    if not part:
      continue
    d = DATED_RE.match(part)
    if not d:
      continue
    codes.append((d.group(1), parse_date(d.group(2), False),
                  parse_date(d.group(3), True)))
  return kind, names, codes, attrs


def code_at(codes, date):
  """The code of a dated code list at `date` (None: the latest start)."""
  if not codes:
    return None
  if date is not None:
    for c, a, b in codes:
      if (a is None or a <= date) and (b is None or date <= b):
        return c
  return max(codes, key=lambda x: x[1] or datetime.date(1, 1, 1))[0]


def load_actor_files(actors_dir):
  """Returns (entries in load order, file names). Generated files last."""
  paths = sorted(glob.glob(os.path.join(actors_dir, "*.txt")),
                 key=lambda p: (".gen." in os.path.basename(p),
                                os.path.basename(p)))
  entries = []
  for p in paths:
    if os.path.basename(p) == OUT_NAME:
      continue  # our own output never counts as another file's entry
    region = False
    with open(p, encoding="utf-8") as f:
      for line in f:
        # countries.txt lists regions (AFR, EUR, ...) under this heading;
        # a region is no official's country ("European Central Bank").
        if line.startswith("# Regions"):
          region = True
        elif line.startswith("#") and line[1:3].strip() and \
            not line.startswith("# Regions"):
          pass
        elif not line.strip():
          region = False
        e = parse_entry(line)
        if e:
          if region:
            e[3]["region"] = "1"
          entries.append(e + (os.path.basename(p),))
  return entries


class Countries:
  """Country and demonym names -> dated codes, matched on tokens."""

  def __init__(self, entries):
    by_name = {}
    self.words = set()  # folded single words of every country name
    # "Georgia Gov. Brian Kemp" is a US governor: names that are also US
    # states (usstate=) are never an official's country, in any file.
    us_states = {fold(n) for kind, names, _, attrs, _ in entries
                 if "usstate" in attrs for n in names}
    for kind, names, codes, attrs, _ in entries:
      if kind not in ("country", "demonym") or not codes:
        continue
      if "region" in attrs:
        continue
      for n in names:
        if fold(n) in us_states:
          continue
        toks = tuple(t.replace(".", "") for t in n.split())
        if not toks or not toks[0][:1].isupper():
          continue
        key = tuple(t.lower() for t in toks)
        prev = by_name.get(key)
        if prev is None:
          by_name[key] = (toks, codes, kind)
          if kind == "country" and len(toks) == 1 and toks[0].isupper():
            by_name[key] = (toks, codes, "demonym")  # "US", "UK": adjectives
        elif prev[1] != codes and prev[2] == kind and \
            code_at(prev[1], None) != code_at(codes, None):
          by_name[key] = (toks, None, kind)  # ambiguous ("Korea")
    # "West German", "East German": compass + the demonym of the base country.
    demonym_of = {}
    for key, (toks, codes, kind) in by_name.items():
      if kind == "demonym" and codes:
        demonym_of.setdefault(code_at(codes, None), toks)
    for key, (toks, codes, kind) in list(by_name.items()):
      if kind != "country" or not codes or len(toks) != 2:
        continue
      if toks[0] not in ("West", "East", "North", "South"):
        continue
      base = by_name.get((toks[1].lower(),))
      if not base or not base[1]:
        continue
      dem = demonym_of.get(code_at(base[1], None))
      if not dem or len(dem) != 1:
        continue
      dkey = (toks[0].lower(), dem[0].lower())
      if dkey not in by_name:
        by_name[dkey] = ((toks[0], dem[0]), codes, "demonym")
    # Seats of government and agencies with a country code ("Kremlin
    # spokesman Dmitry Peskov", "CIA Director John Brennan"): a seat lends
    # its country, an agency its whole code. Outlets, companies and
    # parties are left out.
    for kind, names, codes, attrs, _ in entries:
      if kind not in ("government", "organization") or not codes:
        continue
      code = code_at(codes, None)
      if len(code) != 6 or code[3:] not in ORG_ROLES or \
          code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        continue
      for n in names:
        toks = tuple(t.replace(".", "") for t in n.split())
        if not toks or not toks[0][:1].isupper():
          continue
        key = tuple(t.lower() for t in toks)
        if key not in by_name:
          by_name[key] = (toks, codes,
                          "seat" if kind == "government" else "agency")
    self.by_name = {k: v for k, v in by_name.items() if v[1]}
    self.max_len = max(len(k) for k in self.by_name)
    for k in self.by_name:
      self.words.update(k)

  def match(self, toks, i):
    """Longest country at toks[i]: (end, codes, possessive) or None."""
    for n in range(min(self.max_len, len(toks) - i), 0, -1):
      words = []
      poss = False
      for j in range(n):
        t = toks[i + j]
        if j == n - 1:
          t, poss = strip_possessive(t)
        words.append(t.replace(".", ""))
      hit = self.by_name.get(tuple(w.lower() for w in words))
      if not hit:
        continue
      ok = True
      for w, d in zip(words, hit[0]):
        if d[:1].isupper() and not w[:1].isupper():
          ok = False
        if len(d) >= 2 and d.isupper() and not w.isupper():
          ok = False
      if ok:
        return (i + n, hit[1], poss, hit[2] != "country" or poss,
                hit[2])
    return None


# ---------------------------------------------------------------------------
# Names.
# Capitalised words that may begin a sentence before a country name
# ("When Japanese Finance Minister ..."): function words, reporting verbs.
FUNCTION = set("""
the a an and or but of in on at to for with by from as after before over
under about against says said say tells told will would could should may
might can has have had is are was were be been being it its this that these
those he she they we his her their who whom which what when where while if
then than so also not no meanwhile however earlier later yesterday today
""".split())
STOP_CAPS = set("""
the a an and or but of in on at to for with by from as after before over
under about against says said say tells told will would could should may
might can has have had is are was were be been being it its this that these
those he she they we his her their who whom which what when where while if
then than so also not no new monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec
today yesterday tomorrow jr sr ii iii iv de la le du minister president
secretary premier chancellor king queen prince emir sultan general senator
governor ambassador envoy spokesman leader chief commander judge justice
prosecutor government ministry party bank corp co inc ltd plc group council
committee commission association union agency airlines airways express
reserve fund board exchange university institute foundation department
office authority corporation company industries international national
federal court assembly congress senate house parliament army navy force
forces police republic kingdom state states administration treasury cabinet
league front movement alliance organization organisation center centre
news post times journal press radio television tv agency airport street
avenue square palace church mosque hospital school college bridge river
city province county district region island islands gulf sea ocean mountain
border camp base hotel museum stadium north south east west central
northern southern eastern western upper lower great greater saint st
ayatollah sheikh mr mrs ms dr sir lord lady dame mullah imam pope
cardinal archbishop bishop rabbi reverend rev father brother sister
baroness baron princess replay video videos photo photos image caption
read more watch click share
""".split())


def name_at(toks, i, honorifics):
  """A person's name starting at toks[i]: (name tokens, end) or None."""
  while i < len(toks) and toks[i].lower().rstrip(".") in honorifics:
    i += 1
  name = []
  j = i
  while j < len(toks) and len(name) < 6:
    t = toks[j]
    base, poss = strip_possessive(t)
    low = base.lower()
    if re.fullmatch(r"[A-Z]\.", base):  # initial
      name.append(base)
    elif low in PARTICLES and j + 1 < len(toks) and \
        toks[j + 1][:1].isupper() and name:
      name.append(base)
    elif re.fullmatch(r"(?:al|el|bin|ibn|abu|ben|ould)-[A-Z][\w'’\-]*",
                      base):
      name.append(base)
    elif base[:1].isupper() and len(base) > 1 and \
        re.fullmatch(r"[^\W\d_][\w'’\-]*", base):
      if base.isupper():
        break  # acronyms and datelines are no names
      if low.rstrip(".") in STOP_CAPS:
        break
      if re.search(r"[A-Z]{2}", base[1:]):
        break  # "MacronNATO": words glued by the extraction
      if base in name:
        break  # "Robert Lighthizer Robert"
      name.append(base)
    else:
      break
    j += 1
    if poss:
      break
  # A name ends on a full word, not an initial or particle.
  while name and (re.fullmatch(r"[A-Z]\.", name[-1]) or
                  name[-1].lower() in PARTICLES):
    name.pop()
    j -= 1
  caps = [t for t in name if t[:1].isupper() and not t.endswith(".")]
  if len(caps) < 2 or len(name) > 5:
    return None
  return name, j


# ---------------------------------------------------------------------------
# Mining.
Mention = collections.namedtuple(
    "Mention", "name country role roleword title date article corpus")


def read_title(toks, j):
  """Title words from toks[j]: (words, head index, end) or None.

  A title is modifiers and heads ("Deputy Prime Minister", "Lt. Gen."),
  optionally followed by "of"/"for" and modifiers ("Secretary of State",
  "Minister for Foreign Affairs", "Minister of the Interior"); the last head
  before that tail is the head.
  """
  n = len(toks)
  words = []
  while j < n:
    w = toks[j].lower()
    if w in GLUE:
      if not words or (w == "the" and words[-1] not in ("of", "for")):
        break
      if w in ("of", "for") and words[-1] not in HEADS:
        break
      words.append(w)
      j += 1
      continue
    if w in MODIFIERS or w in HEADS:
      words.append(w)
      j += 1
      continue
    if "-" in w and all(p in MODIFIERS or p in HEADS for p in w.split("-")):
      words.extend(w.split("-"))
      j += 1
      continue
    break
  while words and words[-1] in GLUE:
    words.pop()
    j -= 1
  heads = [i for i, w in enumerate(words) if w in HEADS]
  if not heads:
    return None
  h = heads[-1]
  if h != len(words) - 1:
    # A tail after the head: "of"/"for" and modifiers only.
    if words[h + 1] not in ("of", "for"):
      return None
  # Every head word of the text must be capitalised or all lower case:
  # a title written "Finance Minister" or "finance minister".
  return words, h, j


def find_mentions(toks, countries, honorifics):
  """Yields (name tokens, codes, role, roleword, title words)."""
  n = len(toks)
  covered = 0  # tokens up to here belong to an earlier country name
  for i in range(n):
    if i < covered or not toks[i][:1].isupper():
      continue
    c = countries.match(toks, i)
    if not c:
      continue
    end, codes, poss, adjective, kind = c
    covered = end
    # The word before: no "former", and no capitalised word the country
    # would be part of ("New Mexico"). "Bank of Japan governor X" is the
    # central bank's head; "former" may then stand before "Bank".
    b = i
    bank = False
    if b >= 2 and toks[b - 1] == "of" and toks[b - 2] == "Bank":
      b -= 2
      bank = True
    if b > 0:
      prev = toks[b - 1]
      pl = prev.lower()
      if not_now(pl):
        continue
      if pl in PLACE_PREPOSITIONS and not adjective:
        continue  # "U.S. commander in Iraq Gen. Mark Hill"
      if not bank and prev[:1].isupper() and pl.rstrip(".") not in FUNCTION:
        continue
      if not bank and b >= 2 and (
          (pl == "of" and toks[b - 2][:1].isupper()) or
          (pl == "the" and toks[b - 2] == "of" and b >= 3 and
           toks[b - 3][:1].isupper())):
        continue  # "University of the Philippines President X"
    t = read_title(toks, end)
    if not t:
      continue
    title, h, j = t
    if any(w in NOT_NOW for w in title):
      continue
    if bank:
      if title[h] not in ("governor", "president", "chairman"):
        continue
      title = ["central", "bank"] + title
      h += 2
    r = role_of(title, h)
    if kind == "agency":
      # The agency's code: "CIA Director" is SPY, "IDF spokesman" MIL.
      r = (code_at(codes, None)[3:], r[1] if r else None)
    if not r:
      continue
    if not adjective and not bank and (
        r[0] in ("MIL", "SPY") or r[1] == "ambassador"):
      continue  # "Iraq envoy X", "Afghanistan commander X": posted there
    nm = name_at(toks, j, honorifics)
    if not nm:
      continue
    yield nm[0], codes, r[0], r[1], title, j
  # "<Title> <Name> of [the] <Country>".
  for k in range(n):
    w = toks[k].lower()
    if not toks[k][:1].isupper() or not (w in MODIFIERS or w in HEADS):
      continue
    if k > 0:
      pl = toks[k - 1].lower()
      if pl in MODIFIERS or pl in HEADS or not_now(pl):
        continue  # not the start of the title, or not in office
      if toks[k - 1][:1].isupper() and pl.rstrip(".") not in FUNCTION:
        continue  # a country before (handled above) or an organisation's
      if strip_possessive(toks[k - 1])[1]:
        continue  # "Japan's Finance Minister" (above), "Exxon's ..."
    t = read_title(toks, k)
    if not t:
      continue
    title, h, j = t
    r = role_of(title, h)
    if not r:
      continue
    nm = name_at(toks, j, honorifics)
    if not nm:
      continue
    e = nm[1]
    if e + 1 < n and toks[e] == "of":
      q = e + 1
      if toks[q] == "the" and q + 1 < n:
        q += 1
      c = countries.match(toks, q)
      if c and not c[2] and c[4] in ("country", "demonym") and \
          (c[0] >= n or not toks[c[0]][:1].isupper()):
        yield nm[0], c[1], r[0], r[1], title, k


def past_names(toks):
  """Names written after "former", "late", "ex-", "then" ... within a few
  title or capitalised words: (surnames, person keys of full names)."""
  surnames, keys = set(), set()
  n = len(toks)
  for i in range(n):
    if not not_now(toks[i]):
      continue
    j = i + 1
    while j < n and j <= i + 8:
      t = toks[j]
      low = t.lower()
      if low in MODIFIERS or low in HEADS or low in GLUE or \
          (t[:1].isupper() and low.rstrip(".") in STOP_CAPS):
        j += 1
        continue
      if t[:1].isupper():
        # The name: capitalised words up to the first other word.
        e = j
        while e < n and (toks[e][:1].isupper() or
                         toks[e].lower() in PARTICLES) and e < j + 5:
          e += 1
        name = [strip_possessive(x)[0] for x in toks[j:e]]
        if name:
          surnames.add(fold(name[-1]))
          if len(name) >= 2:
            keys.add(person_key(" ".join(name)))
        # A country word may come first: "former Japanese Prime Minister".
        j += 1
        continue
      break
  return surnames, keys


def read_corpus(path):
  files = sorted(glob.glob(os.path.join(path, "*.jsonl.gz")))
  for f in files:
    with gzip.open(f, "rt", encoding="utf-8") as fh:
      for line in fh:
        yield json.loads(line)


HEAD_RE = re.compile(r"(?i)\b(?:" + "|".join(
    re.escape(h.rstrip(".")) for h in sorted(HEADS, key=len, reverse=True))
    + r")\b")


# Lower-case words of the paragraphs read (those with a title word): a
# surname written in lower case there ("price", "deal") is a common word
# and never matched alone.
lower_words = collections.Counter()
# For each capitalised word, the capitalised words written before it: a
# surname that follows many first names ("Pete Wilson", "Ross Wilson" beside
# "Michael Wilson") is never matched alone.
before_words = collections.defaultdict(collections.Counter)
# Countries whose people English news names family name first ("Rha
# Woong-bae", "Hua Chunying"); Burmese names have no family name.
FAMILY_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM", "SGP"}
NO_FAMILY_NAME = {"MMR"}


def surname_of(name, code):
  """The word a person is called by alone, or None."""
  words = name.split()
  if code[:3] in NO_FAMILY_NAME:
    return None
  if code[:3] in FAMILY_FIRST and len(words) <= 3 and \
      len(words[0]) <= 5 and not re.fullmatch(r"[A-Z]\.", words[0]):
    return words[0]
  return words[-1]


def mine(corpora, countries, honorifics):
  """Returns ({corpus: (first date, last date)}, [Mention],
  {(corpus, person key): [dates of mentions as "former" ...]})."""
  mentions = []
  periods = {}
  past = collections.defaultdict(list)
  global lower_words
  for corpus in corpora:
    cname = os.path.basename(os.path.normpath(corpus))
    lo = hi = None
    for art in read_corpus(corpus):
      date = None
      if art.get("date"):
        try:
          date = datetime.date.fromisoformat(art["date"][:10])
        except ValueError:
          date = None
      if date:
        lo = date if lo is None or date < lo else lo
        hi = date if hi is None or date > hi else hi
      seen = set()
      found = []
      past_s, past_k = set(), set()
      for para in (art.get("text") or "").split("\n"):
        if not HEAD_RE.search(para):
          continue
        toks = tokens(para)
        for i, t in enumerate(toks):
          if t.islower():
            lower_words[t] += 1
          elif i and t[:1].isupper() and toks[i - 1][:1].isupper():
            before_words[(cname, fold(strip_possessive(t)[0]))][
                toks[i - 1]] += 1
        ps, pk = past_names(toks)
        past_s |= ps
        past_k |= pk
        found.append((toks, list(find_mentions(toks, countries, honorifics))))
      for key in past_k:
        past[(cname, key)].append(date)
      for toks, ms in found:
        for name, codes, role, roleword, title, k in ms:
          # An article that calls the person "former" (or "late", "then")
          # anywhere is about someone out of that office.
          if fold(name[-1]) in past_s:
            continue
          country = code_at(codes, date)[:3]
          if date and date.year > 1992 and country in DEFUNCT:
            continue  # "Soviet leader Nikita Khrushchev" in 2016
          if historical(toks, k, date):
            continue
          key = (" ".join(name), country, role)
          if key in seen:
            continue
          seen.add(key)
          mentions.append(Mention(" ".join(name), country, role, roleword,
                                  " ".join(title), date, art["id"], cname))
    periods[cname] = (datetime.date(lo.year, 1, 1),
                      datetime.date(hi.year, 12, 31))
  return periods, mentions, past


# ---------------------------------------------------------------------------
# Selection.
def widen(d, years):
  try:
    return d.replace(year=d.year + years)
  except ValueError:  # 29 February
    return d.replace(year=d.year + years, day=28)


def overlaps(a1, b1, a2, b2):
  a2 = a2 or datetime.date(1, 1, 1)
  b2 = b2 or datetime.date(9999, 12, 31)
  return a1 <= b2 and a2 <= b1


def select(periods, mentions, past, entries, gazetteer):
  """Returns a list of (name, [(code, from, to, role, evidence)], attrs)."""
  # Names that may not be people: every non-person entry and every place.
  not_person = set(gazetteer)
  person_terms = collections.defaultdict(list)   # person_key -> terms
  surname_terms = collections.defaultdict(list)  # folded surname -> terms
  surname_names = collections.defaultdict(list)  # -> [(names, codes)]
  for kind, names, codes, attrs, fname in entries:
    if kind != "person":
      for n in names:
        not_person.add(fold(n))
      continue
    for n in names:
      person_terms[person_key(n)].extend(codes)
    if "nosurname" in attrs:
      continue
    sur = attrs.get("surname") or names[0].split()[-1]
    surname_terms[fold(sur)].extend(codes)
    surname_names[fold(names[0].split()[-1])].append(
        (names, [c for c, _, _ in codes]))

  # Spellings that differ in case or hyphens ("Herman De Croo", "Herman de
  # Croo"; "Rha Woong-bae", "Rha Woong Bae") are one person: the most
  # frequent spelling names it, the others are aliases.
  spellings = collections.defaultdict(collections.Counter)
  for m in mentions:
    spellings[person_key(m.name)][m.name] += 1
  by_name = collections.defaultdict(list)
  for m in mentions:
    by_name[(person_key(m.name), m.corpus)].append(m)

  out = collections.defaultdict(list)  # name -> [(code, from, to, ...)]
  dropped = collections.Counter()
  log = []

  def drop(reason, key):
    dropped[reason] += 1
    log.append((key, reason))

  for (f, corpus), ms in sorted(by_name.items()):
    if f in not_person:
      drop("place or organisation", f)
      continue
    cc = collections.Counter(m.country for m in ms)
    country, k = cc.most_common(1)[0]
    if k < MIN_SHARE * len(ms):
      drop("no country has 80%", f)
      continue
    ms = [m for m in ms if m.country == country]
    if len({m.article for m in ms}) < MIN_ARTICLES:
      drop("seen once", f)
      continue
    dated = [m for m in ms if m.date]
    if not dated:
      drop("undated", f)
      continue
    # Named "former" (or "late", "then", "ousted") in the corpus as often
    # as in office over the same dates: a person of the past ("President
    # Ronald Reagan" in 2016 beside many "former President Ronald Reagan").
    a_ev = min(m.date for m in dated)
    b_ev = max(m.date for m in dated)
    n_past = sum(1 for d in past.get((corpus, f), []) if d and a_ev <= d <= b_ev)
    if n_past >= len({m.article for m in dated}):
      drop("named former as often", f)
      continue
    lo_c, hi_c = periods[corpus]
    # One term per role; roles whose date spans overlap take the majority.
    roles = collections.defaultdict(list)
    for m in dated:
      roles[m.role].append(m)
    # A role seen in one article only is no term of its own.
    if any(len({m.article for m in v}) < MIN_ARTICLES
           for v in roles.values()):
      roles = {"": dated}
    spans = sorted(((min(x.date for x in v), max(x.date for x in v), r, v)
                    for r, v in roles.items()), key=lambda s: s[0])
    merged = []
    for s in spans:
      if merged and s[0] <= merged[-1][1]:
        prev = merged[-1]
        win = prev if len(prev[3]) >= len(s[3]) else s
        merged[-1] = (min(prev[0], s[0]), max(prev[1], s[1]), win[2],
                      prev[3] + s[3])
      else:
        merged.append(s)
    # Keep, for each merged span, the role most of its mentions have.
    terms = []
    for a, b, _, v in merged:
      rc = collections.Counter(m.role for m in v)
      role = rc.most_common(1)[0][0]
      words = collections.Counter(m.roleword for m in v if m.role == role)
      titles = collections.Counter(m.title for m in v if m.role == role)
      terms.append([a, b, role, words.most_common(1)[0][0],
                    titles.most_common(1)[0][0],
                    len({m.article for m in v})])
    # Widen each term by a year, within the corpus years and not into the
    # neighbouring term.
    for idx, t in enumerate(terms):
      a = max(widen(t[0], -1), lo_c)
      b = min(widen(t[1], 1), hi_c)
      # Between two roles the change is put half-way between the last
      # evidence of one and the first of the next.
      if idx > 0:
        p = terms[idx - 1][1]
        a = max(a, p + (t[0] - p) // 2 + datetime.timedelta(days=1))
      if idx + 1 < len(terms):
        q = terms[idx + 1][0]
        b = min(b, t[1] + (q - t[1]) // 2)
      t.extend([a, b])
    # Other files: skip a term whose evidence overlaps a term of the same
    # name; cut the widening where it would run into one.
    kept = []
    for a_ev, b_ev, role, roleword, title, narts, a, b in terms:
      other = person_terms.get(f, [])
      if any(overlaps(a_ev, b_ev, x, y) for _, x, y in other):
        drop("already in data/actors", f)
        continue
      # The same office, left more than two years before (not where a
      # generated source stops), and the corpus calls the person "former"
      # somewhere: a mention of the past ("Cuban President Fidel Castro" in
      # 2015). Someone back in an office held before, never called former
      # in that corpus, stays (James Baker, Treasury Secretary in 1987).
      if any(oc == country + role and y and y not in TRUNCATED and
             widen(y, 2) < a_ev for oc, _, y in other) and \
          past.get((corpus, f)):
        drop("held the same office before", f)
        continue
      for _, x, y in other:
        if x and b >= x and x > b_ev:
          b = min(b, x - datetime.timedelta(days=1))
        if y and a <= y and y < a_ev:
          a = max(a, y + datetime.timedelta(days=1))
      kept.append((country + role, a, b, roleword,
                   "%s: %d articles, %s" % (corpus, narts, title)))
    out[f].extend(kept)
  # A name that is a kept or known name plus one word ("Mick Mulvaney
  # John", "Mike Pompeo Michael") ran into the next name of a list.
  for f in list(out):
    head = " ".join(f.split()[:-1])
    if out[f] and len(head.split()) >= 2 and (
        (head in out and out[head]) or head in person_terms):
      drop("a kept name plus a word", f)
      out[f] = []
  # Several corpora may give terms to one name; order them by date.
  result = []
  for f, terms in sorted(out.items()):
    if not terms:
      continue
    terms.sort(key=lambda t: t[1])
    names = [n for n, _ in spellings[f].most_common()]
    result.append((names, terms))
  for names, terms in result:
    surname_names[fold(names[0].split()[-1])].append(
        (names, [t[0] for t in terms]))
  return result, dropped, surname_terms, log, not_person, surname_names


def surname_ok(names, sur, terms, surname_terms, own_surnames, common_words,
               surname_names):
  f = fold(sur)
  if f in COMMON or f in common_words or len(f) <= 2:
    return False
  if sur == names[0].split()[-1]:
    # First names of this person and of anyone with this surname and one
    # of its codes ("Steve"/"Steven Mnuchin") are no rivals.
    own = {w for n in names for w in n.split()}
    codes = {c for c, _, _, _, _ in terms}
    for other_names, other_codes in surname_names.get(f, []):
      if codes & set(other_codes):
        own.update(w for n in other_names for w in n.split())
    before = collections.Counter()
    for corpus in {t[4].split(":")[0] for t in terms}:
      before.update(before_words.get((corpus, f), {}))
    mine = sum(k for w, k in before.items() if w in own)
    other = sum(k for w, k in before.items()
                if w not in own and not w.isupper() and
                w.lower().rstrip(".") not in STOP_CAPS and
                w.lower() not in MODIFIERS and w.lower() not in HEADS and
                w.lower() not in FUNCTION and
                not w.lower().startswith(("mr", "mrs", "ms", "dr")))
    if other >= 3 and other >= 0.25 * mine:
      return False
  margin = datetime.timedelta(days=731)
  for code, a, b, _, _ in terms:
    for oc, x, y in surname_terms.get(f, []) + own_surnames.get(f, []):
      if oc == code:
        continue
      if overlaps(a - margin, b + margin, x, y):
        return False
  return True


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--corpus", action="append", required=True)
  ap.add_argument("--actors", required=True)
  ap.add_argument("--gazetteer", required=True)
  ap.add_argument("--out", required=True)
  ap.add_argument("--mentions", help="also write every mention (TSV)")
  args = ap.parse_args()

  entries = load_actor_files(args.actors)
  countries = Countries(entries)
  honorifics = set(HONORIFIC_EXTRA)
  for kind, names, _, _, _ in entries:
    if kind == "honorific":
      honorifics.update(n.lower().rstrip(".") for n in names)
  gazetteer = set()
  with open(args.gazetteer, encoding="utf-8") as f:
    for line in f:
      if line.startswith("#"):
        continue
      cols = line.rstrip("\n").split("\t")
      if len(cols) > 1:
        gazetteer.add(fold(cols[1]))

  periods, mentions, past = mine(args.corpus, countries, honorifics)
  if args.mentions:
    with open(args.mentions, "w", encoding="utf-8") as f:
      for m in mentions:
        f.write("\t".join([m.corpus, m.article, str(m.date), m.country,
                           m.role, m.title, m.name]) + "\n")
  people, dropped, surname_terms, log, not_person, surname_names = select(
      periods, mentions, past, entries, gazetteer)
  if args.mentions:
    with open(args.mentions + ".dropped", "w", encoding="utf-8") as f:
      for key, reason in log:
        f.write("%s\t%s\n" % (key, reason))
  # Surnames that are lower-case words in these corpora, or names of
  # places, countries or organisations, are never matched alone.
  common_words = {w for w, k in lower_words.items() if k >= 3} | not_person
  own = collections.defaultdict(list)
  for names, terms in people:
    sur = surname_of(names[0], terms[-1][0])
    for code, a, b, _, _ in terms:
      if sur:
        own[fold(sur)].append((code, a, b))

  per_corpus = collections.Counter()
  lines = []
  for names, terms in people:
    name = names[0]
    # Own-file collisions: other mined people with the same surname.
    sur = surname_of(name, terms[-1][0])
    ok = False
    if sur:
      f = fold(sur)
      others = {f: [t for t in own[f]
                    if t not in [(c, a, b) for c, a, b, _, _ in terms]]}
      ok = surname_ok(names, sur, terms, surname_terms, others, common_words,
                      surname_names)
    codes = "; ".join("%s %s..%s" % (c, a.isoformat(), b.isoformat())
                      for c, a, b, _, _ in terms)
    roles = [r for _, _, _, r, _ in terms if r]
    attrs = []
    if roles:
      attrs.append("role=" + roles[-1])
    if not ok:
      attrs.append("nosurname")
    elif sur != name.split()[-1]:
      attrs.append("surname=" + sur)
    note = "; ".join(t[4] for t in terms)
    lines.append("person: %s = %s%s  # %s" % (
        " | ".join(names), codes, (" " + " ".join(attrs)) if attrs else "", note))
    for t in terms:
      per_corpus[t[4].split(":")[0]] += 1

  with open(args.out, "w", encoding="utf-8") as f:
    f.write(HEADER)
    for line in lines:
      f.write(line + "\n")
  sys.stderr.write("%d mentions, %d people (%s); dropped: %s\n" % (
      len(mentions), len(lines),
      ", ".join("%s %d" % kv for kv in sorted(per_corpus.items())),
      ", ".join("%s %d" % kv for kv in dropped.most_common())))


HEADER = """\
# GENERATED by tools/actors/mine_news_officials.py from the news corpora of
# shared/corpora: Reuters-21578 Distribution 1.0 (1987; Reuters Ltd., free
# distribution for research), AllSides Article-Bias-Prediction (2012-2020;
# publisher copyright, research release) and the Wikipedia Current Events
# Portal (2025-2026; CC BY-SA 4.0). Only facts are kept: a name, a country,
# a CAMEO role and the years the corpora name the person in that role; no
# text of the sources. Because of the Wikipedia part this file is
# CC BY-SA 4.0. Do not edit: change the generator, or override the entry in
# a hand-written file (hand-written files load first).
# The note after each entry gives the corpus, the number of articles that
# name the person with the country, and the title most seen.

"""

if __name__ == "__main__":
  main()
