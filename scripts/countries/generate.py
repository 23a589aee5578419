#!/usr/bin/env python3
"""Builds datasets/countries.yaml, the country registry, from Unicode CLDR data and hand-written aliases.

Two steps, Python 3 standard library only:

  python3 scripts/countries/generate.py extract CLDR_JSON_DIR
      Reads a checkout of github.com/unicode-org/cldr-json (the folder holding cldr-core/ and
      cldr-localenames-full/) and rewrites scripts/countries/cldr/extract.json with only what the
      registry uses, plus that data's licence. Run it when moving to a newer CLDR release.

  python3 scripts/countries/generate.py [--check]
      Rebuilds datasets/countries.yaml from the committed extract and scripts/countries/aliases.yaml,
      without the network. --check writes nothing and fails when the file is not up to date.

What goes into each entry:
  * the 249 ISO 3166-1 codes: CLDR's codeMappings entries with an alpha-3 and a numeric code, less the
    user-assigned ranges (AA, QM-QZ, XA-XZ, ZZ, numeric 900-999) and the codes CLDR marks deprecated;
  * two entries outside ISO 3166-1 that survey data use as countries (NON_ISO below);
  * names in ko, en, zh, de, ja from CLDR (cldr-localenames-full territories), and in the default
    language when that is another one;
  * default_language: the official (or de facto official) language with the largest population share
    in CLDR's territoryInfo that CLDR has territory names in; English where CLDR lists none;
  * aliases: CLDR's alternative English forms (Ivory Coast, Czech Republic, Turkey, UK, ...), the
    alternative forms in the other name languages, then aliases.yaml (spellings of survey files).
"""

import argparse
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EXTRACT = HERE / "cldr" / "extract.json"
LICENCE = HERE / "cldr" / "LICENSE"
ALIASES = HERE / "aliases.yaml"
OUTPUT = REPO / "datasets" / "countries.yaml"

# Every entry carries these names, in this order (the order the registry has always used).
NAME_LANGUAGES = ["ko", "en", "zh", "de", "ja"]
OFFICIAL = ("official", "de_facto_official")

# Codes surveys use as countries although ISO 3166-1 has no entry for them. Their alpha-2 codes come
# from ISO's user-assigned range, as the institutions below use them; their numeric codes are the ones
# WVS and EVS give them (also in ISO's user-assigned range 900-999), so a WVS/EVS country variable
# resolves through the registry like any other country.
NON_ISO = {
    # Kosovo: XK/XKX as the EU, IMF and World Bank (and CLDR) use them; WVS/EVS country code 915.
    "XK": {"alpha3": "XKX", "numeric": 915},
    # Northern Ireland: a separate WVS/EVS sample (code 909, B_COUNTRY_ALPHA NIR) next to Great Britain
    # (826), so it needs a key of its own rather than merging into GB. XI is the code the EU and the UK
    # use for Northern Ireland since 2021; NIR is its ISO 3166-2 subdivision code (GB-NIR) and WVS's
    # alpha-3. CLDR names it (subdivision gbnir) in English only, so the other names are written here.
    "XI": {
        "alpha3": "NIR",
        "numeric": 909,
        "names": {"ko": "북아일랜드", "zh": "北爱尔兰", "de": "Nordirland", "ja": "北アイルランド"},
        "subdivision": "gbnir",
        "default_language": "en",
    },
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command")
    extract = sub.add_parser("extract", help="refresh scripts/countries/cldr/ from a cldr-json checkout")
    extract.add_argument("cldr_json", type=Path, help="folder holding cldr-core/ and cldr-localenames-full/")
    parser.add_argument("--check", action="store_true", help="fail if datasets/countries.yaml is stale")
    args = parser.parse_args()

    if args.command == "extract":
        write_extract(args.cldr_json)
        return 0

    text = render(build(json.loads(EXTRACT.read_text(encoding="utf-8")), read_aliases(ALIASES)))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(REPO)} is not up to date: run python3 scripts/countries/generate.py", file=sys.stderr)
            return 1
        return 0

    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    return 0


# ---------------------------------------------------------------- extract (needs the CLDR checkout)

def write_extract(cldr: Path) -> None:
    core = cldr / "cldr-core" / "supplemental"
    mappings = load(core / "codeMappings.json")["supplemental"]["codeMappings"]
    deprecated = load(core / "aliases.json")["supplemental"]["metadata"]["alias"]["territoryAlias"]
    info = load(core / "territoryInfo.json")["supplemental"]["territoryInfo"]
    version = load(core / "codeMappings.json")["supplemental"]["version"]["_cldrVersion"]

    codes = sorted(code for code, m in mappings.items() if is_iso(code, m) and code not in deprecated)
    territories = {}
    for code in codes + sorted(NON_ISO):
        entry = {"languages": official_languages(info.get(code, {}))}
        if code in codes:
            entry["alpha3"] = mappings[code]["_alpha3"]
            entry["numeric"] = int(mappings[code]["_numeric"])
        territories[code] = entry

    # Names: every territory (and CLDR's -alt- forms) in the name languages; in any other language only
    # the territories it could be the default language of.
    wanted = {lang: set(territories) for lang in NAME_LANGUAGES}
    for code, entry in territories.items():
        for lang, _, _ in entry["languages"]:
            wanted.setdefault(lang, set()).add(code)
    names = {}
    for lang in sorted(wanted):
        path = cldr / "cldr-localenames-full" / "main" / lang / "territories.json"
        if not path.exists():
            continue
        table = load(path)["main"][lang]["localeDisplayNames"]["territories"]
        keep = {k: v for k, v in table.items() if k.split("-alt-")[0] in wanted[lang]}
        if lang not in NAME_LANGUAGES:
            keep = {k: v for k, v in keep.items() if "-alt-" not in k}
        if keep:
            names[lang] = dict(sorted(keep.items()))

    subdivisions = {}
    for lang in NAME_LANGUAGES:
        path = cldr / "cldr-subdivisions-full" / "subdivisions" / lang / f"{lang}.json"
        table = load(path)["subdivisions"]["localeDisplayNames"]["subdivisions"] if path.exists() else {}
        found = {s: table[s] for s in (e.get("subdivision") for e in NON_ISO.values()) if s and s in table}
        if found:
            subdivisions[lang] = found

    extract = {
        "about": "Extract of Unicode CLDR " + version + " (github.com/unicode-org/cldr-json): cldr-core/supplemental/"
                 "codeMappings.json (alpha3, numeric), aliases.json (deprecated codes left out), territoryInfo.json "
                 "(official languages: code, status, population percent), cldr-localenames-full/main/*/territories.json "
                 "and cldr-subdivisions-full (names). Unicode License v3, see LICENSE.",
        "cldr_version": version,
        "territories": territories,
        "names": names,
        "subdivision_names": subdivisions,
    }
    EXTRACT.parent.mkdir(parents=True, exist_ok=True)
    EXTRACT.write_text(json.dumps(extract, ensure_ascii=False, indent=1) + "\n", encoding="utf-8", newline="\n")
    LICENCE.write_bytes((cldr / "cldr-localenames-full" / "LICENSE").read_bytes())


def is_iso(code: str, mapping: dict) -> bool:
    if len(code) != 2 or not code.isalpha() or "_alpha3" not in mapping or "_numeric" not in mapping:
        return False
    user_assigned = code == "AA" or code == "ZZ" or "QM" <= code <= "QZ" or code.startswith("X")
    return not user_assigned and int(mapping["_numeric"]) < 900


def official_languages(info: dict) -> list:
    """[(language tag, status, population percent)], largest share first; ties by tag."""
    found = [
        (lang.replace("_", "-"), v["_officialStatus"], float(v.get("_populationPercent", "0")))
        for lang, v in info.get("languagePopulation", {}).items()
        if v.get("_officialStatus") in OFFICIAL
    ]
    return [list(x) for x in sorted(found, key=lambda x: (-x[2], x[0]))]


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- generate (offline)

def build(extract: dict, hand_aliases: dict) -> list:
    names = extract["names"]
    entries = []
    for code, territory in sorted(extract["territories"].items()):
        extra = NON_ISO.get(code, {})
        entry_names = {}
        for lang in NAME_LANGUAGES:
            name = (
                names.get(lang, {}).get(code)
                or extract["subdivision_names"].get(lang, {}).get(extra.get("subdivision", ""))
                or extra.get("names", {}).get(lang)
            )
            if not name:
                raise SystemExit(f"{code}: no {lang} name in the extract or in NON_ISO")
            entry_names[lang] = name

        language = extra.get("default_language") or default_language(code, territory, names)
        if language not in entry_names:
            entry_names[language] = names[language][code]

        aliases = []
        for lang in NAME_LANGUAGES:
            for key, alt in names.get(lang, {}).items():
                if key.startswith(code + "-alt-"):
                    aliases.append(alt)
        aliases += english_variants([entry_names["en"]] + [a for a in aliases if a.isascii()])
        aliases += hand_aliases.pop(code, [])
        entries.append({
            "alpha2": code,
            "alpha3": extra.get("alpha3") or territory["alpha3"],
            "numeric": extra.get("numeric") or territory["numeric"],
            "default_language": language,
            "names": entry_names,
            "aliases": dedupe(aliases, entry_names.values()),
        })

    if hand_aliases:
        raise SystemExit(f"{ALIASES.name}: codes not in the registry: {', '.join(sorted(hand_aliases))}")
    check_unique(entries)
    return entries


def english_variants(names: list) -> list:
    """Spellings of CLDR's English names that survey files use: "and" for "&", "Saint" for "St.",
    a straight apostrophe, and no accents (Côte d'Ivoire, Cote d'Ivoire; São Tomé and Príncipe,
    Sao Tome and Principe; Türkiye, Turkiye)."""
    variants = []
    for name in names:
        spelled = name.replace(" & ", " and ").replace("St. ", "Saint ").replace("’", "'")
        folded = "".join(c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c))
        variants += [spelled, folded]
    return variants


def default_language(code: str, territory: dict, names: dict) -> str:
    for lang, _, _ in territory["languages"]:
        if code in names.get(lang, {}):
            return lang
    return "en"


def name_key(name: str) -> str:
    """As CountryRegistry compares names: NFKC, spaces collapsed, upper case one character at a time."""
    folded = " ".join(unicodedata.normalize("NFKC", name).split())
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in folded)


def dedupe(aliases: list, names) -> list:
    seen = {name_key(n) for n in names}
    kept = []
    for alias in aliases:
        key = name_key(alias)
        if key not in seen:
            seen.add(key)
            kept.append(alias)
    return kept


def check_unique(entries: list) -> None:
    """The registry refuses a name that points at two countries; fail here first, with both codes."""
    owner = {}
    for e in entries:
        owner[e["alpha2"]] = owner[e["alpha3"]] = e["alpha2"]
    for e in entries:
        for name in list(e["names"].values()) + e["aliases"]:
            key = name_key(name)
            other = owner.setdefault(key, e["alpha2"])
            if other != e["alpha2"]:
                raise SystemExit(f"'{name}' names both {other} and {e['alpha2']}: fix {ALIASES.name} or NON_ISO")


def read_aliases(path: Path) -> dict:
    """aliases.yaml is a small subset of YAML: 'CODE:' lines, each followed by '  - alias' lines; # comments."""
    aliases, code = {}, None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" ") and line.endswith(":") and len(line) == 3 and line[:2].isupper():
            code = line[:2]
            aliases.setdefault(code, [])
        elif line.startswith("  - ") and code:
            value = line[4:].strip()
            if value.startswith('"'):
                value = json.loads(value)
            aliases[code].append(value)
        else:
            raise SystemExit(f"{path.name}:{number}: expected 'XX:' or '  - alias', got {raw!r}")
    return aliases


HEADER = """\
# Country registry: ISO 3166-1 codes, the country's name per language, and the language
# its items are written in first. This file is also embedded in ValueAtlas.Core
# (CountryRegistry.BuiltIn).
#
# GENERATED by scripts/countries/generate.py from Unicode CLDR {version} (extract and licence in
# scripts/countries/cldr/) and the hand-written scripts/countries/aliases.yaml. Do not edit it by
# hand: add an alias to aliases.yaml (or a country to NON_ISO in generate.py) and run
#   python3 scripts/countries/generate.py
# To move to a newer CLDR, run `generate.py extract <cldr-json checkout>` first.
#
# Keys of an entry:
#   alpha2, alpha3      ISO 3166-1 codes (upper case).
#   numeric             ISO 3166-1 numeric code, written without leading zeros (410 = "410",
#                       20 = "020"); optional, unique. Surveys' country variables use it (WVS B_COUNTRY).
#   default_language    BCP-47 tag of the official language with the largest population share
#                       (CLDR territoryInfo) that CLDR names territories in; en where it lists none.
#   names               name per language: ko, en, zh, de, ja for every entry, and the default
#                       language's. en is the fallback when a name is missing.
#   aliases             other names the country goes by in survey files and datasets ("S. Korea",
#                       "Korea, Republic of", "Britain"); optional. CountryRegistry.TryFind looks up
#                       codes, names in any language and aliases, ignoring case and repeated spaces;
#                       a name or alias may belong to one country only.
#
# Two entries are not ISO 3166-1 countries, because survey data treat them as countries:
#   XK / XKX  Kosovo (the user-assigned code the EU, IMF, World Bank and CLDR use);
#             numeric 915 is the WVS/EVS country code.
#   XI / NIR  Northern Ireland, a WVS/EVS sample of its own (909) next to Great Britain (826, GB);
#             XI is the EU/UK code for Northern Ireland, NIR its ISO 3166-2 code (GB-NIR).
#   Both numeric codes lie in ISO's user-assigned range 900-999.
countries:
"""

YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def scalar(value) -> str:
    if isinstance(value, int):
        return str(value)
    plain = (
        value
        and value == value.strip()
        and value[0] not in "-?:,[]{}#&*!|>'\"%@`"
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
        and value.lower() not in YAML_WORDS
        and not value.replace(".", "", 1).isdigit()
    )
    return value if plain else json.dumps(value, ensure_ascii=False)


def render(entries: list) -> str:
    version = json.loads(EXTRACT.read_text(encoding="utf-8"))["cldr_version"]
    out = [HEADER.format(version=version)]
    for e in entries:
        out.append(f"  - alpha2: {scalar(e['alpha2'])}\n")
        out.append(f"    alpha3: {scalar(e['alpha3'])}\n")
        out.append(f"    numeric: {e['numeric']}\n")
        out.append(f"    default_language: {scalar(e['default_language'])}\n")
        out.append("    names:\n")
        for lang, name in e["names"].items():
            out.append(f"      {lang}: {scalar(name)}\n")
        if e["aliases"]:
            out.append("    aliases:\n")
            for alias in e["aliases"]:
                out.append(f"      - {scalar(alias)}\n")
    return "".join(out)


if __name__ == "__main__":
    sys.exit(main())
