#!/usr/bin/env python3
"""Generate datasets/surveys/wvs7.yaml, the WVS-7 crosswalk, from the codebook and KoValPlus.

Run from the repository root (Python 3 standard library only):

    python3 scripts/surveys/wvs7_crosswalk.py            # rewrites datasets/surveys/wvs7.yaml
    python3 scripts/surveys/wvs7_crosswalk.py --check    # exit 1 if the file differs from what it would write
    python3 scripts/surveys/wvs7_crosswalk.py --report   # print each question's ordinal decision and why

Inputs (both copied byte-identically into the repository):
- datasets/surveys/sources/wvs7/codebook.csv: one row per (variable, code) of the WVS-7 Cross-National
  codebook v5.0 (doi:10.14281/18241.20). Every Q-variable becomes one question; its options are its
  non-negative codes in code order with the codebook's code labels. Negative codes are the missing codes
  shared by every question (-1 .. -5) and are declared once at the top of the file.
- datasets/external/kovalplus/KoValPlus.json (MIT): the English and machine-translated Korean wording of
  95 WVS-7 questions and their options. Where it has a question, the question's en/ko text comes from it
  and the options' ko text from its Korean options (ko_origin: machine_translation).

Ordinal or not is decided by the rules in `rule_ordinal` (label vocabulary) and then by `OVERRIDES`, a
hand-checked list: each entry says what it changes and why. Positions are the code values unless an
override gives others. An override may also move an off-scale code out of the options into the
question's own missing codes (e.g. Q254's "I am not [nationality]"), so no position is invented for it.
"""

import csv
import json
import re
import sys
from collections import OrderedDict
from pathlib import Path

CODEBOOK = Path("datasets/surveys/sources/wvs7/codebook.csv")
KOVALPLUS = Path("datasets/external/kovalplus/KoValPlus.json")
OUTPUT = Path("datasets/surveys/wvs7.yaml")

QUESTION_VARIABLE = re.compile(r"^Q\d+")

# Shared missing codes: the codebook gives -1..-5 on (nearly) every question with these meanings.
MISSING = [
    (-1, "dont_know", "Don't know"),
    (-2, "refused", "No answer"),
    (-3, "not_applicable", "Not applicable"),
    (-4, "not_asked", "Not asked in this country"),
    (-5, "missing", "Missing; Not available"),
]

# KoValPlus questions whose wording does not fit the codebook's: left without KoValPlus text (English from the
# codebook label, no Korean) rather than shipped wrong.
KOVALPLUS_SKIPPED = {
    v: "KoValPlus's English and Korean ask how strongly one agrees, but the options are a closeness scale"
       + (" (its Korean options are an agreement scale, its object is the country)" if v == "Q256" else "")
    for v in ("Q256", "Q257", "Q259")
}

# Codebook labels that carry the number of an older questionnaire item ("89.- 7 persons or more").
LABEL_PREFIX = re.compile(r"^\d+\.-\s*")

# Negative codes whose label says they are not a missing answer of the shared kind: the question gets its own entry.
NOT_APPLICABLE_LABEL = re.compile(r"^(INAP\b|Not applicable|No second answer)", re.IGNORECASE)

# Binary or choice answers: never a scale, whatever words they use.
NOMINAL_LABELS = re.compile(r"^(mentioned|not mentioned|yes|no)(\b(?! respect)|$)", re.IGNORECASE)

# Words of ordered answer scales (agreement, importance, frequency, trust, confidence, ...).
SCALE_WORDS = re.compile(
    r"\b(agree|disagree|important|trust|great deal|quite a lot|not very much|none at all|very|quite|"
    r"rather|somewhat|fairly|often|sometimes|rarely|never|always|usually|frequently|occasionally|daily|"
    r"weekly|monthly|good|bad|happy|satisfied|close|proud|secure|justifiable|worse off|better off|"
    r"member|have done|might do|would never do|definitely|probably|none of them|few of them|"
    r"most of them|all of them|interested|much|a lot|some|very little|not at all|respect|step|"
    r"hard to say|don't mind|fair|poor|belong)\b",
    re.IGNORECASE,
)

# Hand-checked decisions. Keys: ordinal (bool), positions ({code: position}), missing ([(code, meaning)]),
# why (required). Every entry was checked against the codebook's labels.
OVERRIDES = {
    "Q42": dict(ordinal=False, why="three stances on how society should change (revolution, reform, defence), not degrees of one attitude"),
    "Q56": dict(ordinal=True, positions={1: 1, 2: 3, 3: 2},
                why="codes run better off, worse off, about the same: the scale order is better, same, worse"),
    "Q33_3": dict(ordinal=True, positions={1: 1, 2: 3, 3: 2}, why="codes run agree, disagree, neither: neither sits between"),
    "Q34_3": dict(ordinal=True, positions={1: 1, 2: 3, 3: 2}, why="codes run agree, disagree, neither: neither sits between"),
    "Q35_3": dict(ordinal=True, positions={1: 1, 2: 3, 3: 2}, why="codes run agree, disagree, neither: neither sits between"),
    "Q57": dict(ordinal=False, why="a choice between two statements (trust most people / be very careful)"),
    "Q119": dict(ordinal=True, missing=[(0, "dont_know")],
                 why="code 0 'Hard to say' is a don't-know answer outside the 1-4 agreement scale"),
    "Q121": dict(ordinal=True, why="five-point bad-to-good scale on the impact of immigrants"),
    "Q122": dict(ordinal=True, why="disagree (0) / hard to say (1) / agree (2): hard to say sits between"),
    "Q130": dict(ordinal=True, why="immigration policies ordered from most open (1) to most restrictive (4)"),
    "Q171": dict(ordinal=True, why="frequency of attending religious services, ordered by code from more than once a week to never"),
    "Q172": dict(ordinal=True, why="frequency of praying, ordered by code from several times a day to never"),
    "Q172R": dict(ordinal=True, why="frequency of praying (grouped), ordered by code"),
    "Q173": dict(ordinal=False, why="religious person / not religious / atheist are identities, not degrees"),
    "Q221": dict(ordinal=True, missing=[(4, "not_applicable")], why="code 4 'Not allowed to vote' is off the always/usually/never scale"),
    "Q222": dict(ordinal=True, missing=[(4, "not_applicable")], why="code 4 'Not allowed to vote' is off the always/usually/never scale"),
    "Q241": dict(ordinal=True, why="code 0 'against democracy' lies beyond 1 'not an essential characteristic': position 0"),
    "Q254": dict(ordinal=True, missing=[(5, "not_applicable")], why="code 5 'I am not [nationality]' is off the pride scale"),
    "Q270": dict(ordinal=True, why="number of people in the household (7 = seven or more)"),
    "Q271": dict(ordinal=False, why="with whom one lives, not a degree"),
    "Q274": dict(ordinal=True, why="number of children (7 = seven or more)"),
    "Q275": dict(ordinal=True, why="ISCED 2011 levels 0-8 are ordered"),
    "Q275R": dict(ordinal=True, why="lower / middle / higher education"),
    "Q281": dict(ordinal=False, why="occupational groups"),
    "Q286": dict(ordinal=True, why="household savings from saving money to spending savings and borrowing"),
    "Q287": dict(ordinal=True, why="subjective social class from upper to lower"),
    "Q288R": dict(ordinal=True, why="low / medium / high income"),
}
# Same decision, same reason, for the sister items of a battery.
for _v in ("Q123", "Q124", "Q125", "Q126", "Q127", "Q128", "Q129"):
    OVERRIDES[_v] = OVERRIDES["Q122"]
for _v in ("Q242", "Q243", "Q244", "Q245", "Q246", "Q247", "Q248", "Q249"):
    OVERRIDES[_v] = OVERRIDES["Q241"]
for _v in ("Q276", "Q277", "Q278"):
    OVERRIDES[_v] = OVERRIDES["Q275"]
for _v in ("Q276R", "Q277R", "Q278R"):
    OVERRIDES[_v] = OVERRIDES["Q275R"]
for _v in ("Q282", "Q283"):
    OVERRIDES[_v] = OVERRIDES["Q281"]


def read_codebook():
    variables = OrderedDict()
    with CODEBOOK.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            entry = variables.setdefault(row["variable"], {"label": row["label"], "type": row["type"], "codes": []})
            if re.fullmatch(r"-?\d+", row["code"]):
                entry["codes"].append((int(row["code"]), LABEL_PREFIX.sub("", row["code_label"])))
    return variables


def read_kovalplus():
    with KOVALPLUS.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {q["Q_index"]: q for questions in data["WVS"].values() for q in questions}


def is_numeric_scale(options):
    """A 10- or 11-point scale: labelled ends, middle codes labelled with their own number."""
    middle = options[1:-1]
    return len(options) >= 5 and all(label.strip() == str(code) for code, label in middle)


def rule_ordinal(options):
    """The rule-based decision and its reason, before overrides."""
    labels = [label for _, label in options]
    if len(options) > 12:
        return False, "a long list of categories (countries, parties, languages, denominations)"
    if is_numeric_scale(options):
        return True, "numbered scale with labelled ends"
    if any(NOMINAL_LABELS.match(label) for label in labels):
        return False, "mentioned / not mentioned or yes / no"
    if all(SCALE_WORDS.search(label) for label in labels):
        return True, "every option is a point of a verbal scale"
    return False, "options are distinct categories"


def decide(variable, options):
    ordinal, why = rule_ordinal(options)
    override = OVERRIDES.get(variable)
    if override:
        return override["ordinal"], "override: " + override["why"], override.get("positions", {}), override.get("missing", [])
    return ordinal, "rule: " + why, {}, []


def q(text):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def question_lines(variable, entry, koval):
    options = [(code, label) for code, label in entry["codes"] if code >= 0]
    ordinal, why, positions, own_missing = decide(variable, options)
    off_scale = {code for code, _ in own_missing}
    kept = [(code, label) for code, label in options if code not in off_scale]
    if ordinal:
        # option_index follows the scale: a reordered scale (Q56's better, same, worse) is written in scale order.
        kept.sort(key=lambda option: positions.get(option[0], option[0]))
    shared = {code: meaning for code, meaning, _ in MISSING}
    own_missing = own_missing + [
        (code, "not_applicable") for code, label in entry["codes"]
        if code < 0 and NOT_APPLICABLE_LABEL.match(label) and shared.get(code) != "not_applicable"]
    k = None if variable in KOVALPLUS_SKIPPED else koval.get(variable)
    lines = [f"  # {variable}: {'ordinal' if ordinal else 'nominal'} ({why})"]
    if variable in KOVALPLUS_SKIPPED:
        lines.append(f"  # {variable}: KoValPlus text not used: {KOVALPLUS_SKIPPED[variable]}")
    lines.append(f"  - id: {variable}")
    lines.append("    text:")
    lines.append(f"      en: {q(k['Questions'].strip() if k else entry['label'].strip())}")
    if k:
        lines.append(f"      ko: {q(k['Questions_KR'].strip())}")
        lines.append("      ko_origin: machine_translation")
    lines.append(f"    ordinal: {'true' if ordinal else 'false'}")
    lines.append("    options:")
    for code, label in kept:
        fields = [f"codes: [{code}]", f"en: {q(label)}"]
        ko = (k or {}).get("Options_KR", {}).get(str(code))
        if ko is not None:
            fields.append(f"ko: {q(ko)}")
        if ordinal:
            fields.append(f"position: {positions.get(code, code)}")
        lines.append("      - { " + ", ".join(fields) + " }")
    if own_missing:
        lines.append("    missing:")
        labels = dict(entry["codes"])
        for code, meaning in own_missing:
            lines.append(f"      - {{ code: {code}, meaning: {meaning}, label: {q(labels[code])} }}")
    return lines


HEADER = """\
# World Values Survey wave 7 (2017-2022): crosswalk for `valueatlas harmonize`.
#
# GENERATED by `python3 scripts/surveys/wvs7_crosswalk.py` from
#   datasets/surveys/sources/wvs7/codebook.csv (WVS-7 Cross-National Data-Set codebook v5.0) and
#   datasets/external/kovalplus/KoValPlus.json (Korean wording, MIT). Edit the script, not this file.
# Codebook followed: Haerpfer, C. et al. (2022), World Values Survey Wave 7 (2017-2022) Cross-National
#   Data-Set, codebook v5.0, doi:10.14281/18241.20.
#
# - One question per Q-variable of the codebook that has answer codes; options are its non-negative codes
#   in code order with the codebook's code labels. Ten-point scales label only their end codes: the middle
#   codes are still options and their English text is the code itself ("2"), as the codebook gives it.
# - Country: B_COUNTRY holds ISO 3166-1 numeric codes (all 90 codes of the codebook checked against the ISO list). The one
#   code outside ISO, 909 Northern Ireland (the EVS sample), is ISO's user-assigned range: datasets/countries.yaml
#   lists it as XI (numeric 909), so it stays a country of its own. It is deliberately not mapped to GB: that
#   would pool it with 826 Great Britain under weights never calibrated for the pooled United Kingdom.
# - Question text: KoValPlus's English and Korean wording where KoValPlus has the question (92 of its 95;
#   ko_origin: machine_translation, the KoValPlus authors' translation), else the codebook's variable label.
#   Q256, Q257 and Q259 keep the codebook label: KoValPlus words them as agreement while the options are closeness.
# - Options of an ordinal question are in scale order (positions), which is code order except where noted.
# - Codes -5 "INAP", -3 "Not applicable (no first answer)", -2 "No second answer" are not_applicable on the
#   questions whose codebook says so (Q153, Q217-Q220), on top of the shared meanings below.
# - Ordinal: decided by the script's label rules plus its hand-checked override list; each question's
#   comment line says which and why. Positions are the code values unless noted.
# - Left out (no answer codes in the codebook, so no distribution to build): {excluded}.
"""


def render():
    variables = read_codebook()
    koval = read_kovalplus()
    excluded = []
    body = []
    for variable, entry in variables.items():
        if not QUESTION_VARIABLE.match(variable):
            continue
        if sum(1 for code, _ in entry["codes"] if code >= 0) < 2:
            excluded.append(f"{variable} ({entry['label']})")
            continue
        body.extend(question_lines(variable, entry, koval))
    missing = [HEADER.format(excluded=", ".join(excluded)).rstrip("\n"), ""]
    missing += [
        "source: wvs7",
        "name: World Values Survey, wave 7",
        'wave: "7"',
        'year: "2017-2022"',
        "codebook: >-",
        "  WVS-7 Cross-National Data-Set codebook v5.0 (Haerpfer et al. 2022); doi:10.14281/18241.20",
        "formats: [sav, dta, csv]",
        "licence: registration with the WVS Association; free for non-commercial use",
        "country:",
        "  variable: B_COUNTRY",
        "  codes: iso_numeric",
        "weight: W_WEIGHT",
        "respondent_id: D_INTERVIEW",
        "missing:",
    ]
    missing += [f"  - {{ code: {code}, meaning: {meaning}, label: {q(label)} }}" for code, meaning, label in MISSING]
    missing.append("questions:")
    return "\n".join(missing + body) + "\n"


def main(argv):
    text = render()
    if "--report" in argv:
        for variable, entry in read_codebook().items():
            options = [(c, l) for c, l in entry["codes"] if c >= 0]
            if QUESTION_VARIABLE.match(variable) and len(options) >= 2:
                ordinal, why, _, _ = decide(variable, options)
                print(f"{variable}\t{'ordinal' if ordinal else 'nominal'}\t{why}\t{' | '.join(l for _, l in options[:5])}")
        return 0
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python3 scripts/surveys/wvs7_crosswalk.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
