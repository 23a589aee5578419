#!/usr/bin/python3
"""Independent reference implementation of ValueAtlas's metrics (issue 11).

Written from the definitions in the design notes (consistency, similarity, steerability, the JS centroid and the BCa
bootstrap), not from the C# code, so the tests can compare two independent implementations. It uses only numpy, scipy
and the standard library (Debian's python3-numpy, python3-scipy); run it with Debian's python (/usr/bin/python3).

Modes (see README.md): consistency, similarity, steerability, centroid, bootstrap. Output is JSON on stdout; a user
error (missing file, missing column, bad value) is one line on stderr and exit code 2.
"""

import argparse
import hashlib
import inspect
import json
import sys
import warnings
from collections import defaultdict

import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon
from scipy.special import rel_entr

EPSILON = 1e-10  # added to every stance entry, not renormalised (the study does so)
CENTROID_MAX_STEPS = 1000
CENTROID_TOLERANCE = 1e-10
MEASURES = ("paraphrase", "topic", "use_case", "multilingual")
DIMENSIONS = ("model", "prompt_kind", "language", "country", "controversial", "topic", "persona", "prompt_country")
STANCE_ORDER_FOR_TIES = ("supports", "opposes", "neutral")
PVQ_VALUES = ("self-direction", "stimulation", "hedonism", "achievement", "power", "security",
              "conformity", "tradition", "benevolence", "universalism", "spirituality")
PVQ_STEERINGS = ("value",) + PVQ_VALUES
# The rows of the distributions table that make one answer (one distribution); run is not part of it.
ANSWER_KEY = ("model", "prompt_kind", "language", "item_id", "persona", "prompt_country", "steer_value")
CONDITION_COLUMNS = ("model", "prompt_kind", "language", "prompt_country", "persona")


class InputError(Exception):
    """A problem with the user's input: reported as one line, exit code 2."""


# ---------------------------------------------------------------------------------------------------------------
# Small shared pieces
# ---------------------------------------------------------------------------------------------------------------

def ordinal(text):
    """Sort key equal to .NET's ordinal string comparison (UTF-16 code units)."""
    return text.encode("utf-16-be")


def nullable_key(value):
    """Sort key for an optional string: null first, then ordinal."""
    return (value is not None, ordinal("" if value is None else str(value)))


def log_base_value(name):
    """scipy's `base` argument: None for natural log, 2.0 for bits."""
    return None if name == "e" else 2.0


def js_distance(p, q, log_base):
    """JS distance of rows of p and q (scipy normalises each to sum 1); works on 1-D or 2-D (rows) input."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    axis = p.ndim - 1 if p.ndim >= q.ndim else q.ndim - 1
    p, q = np.broadcast_arrays(p, q)
    return jensenshannon(p, q, base=log_base_value(log_base), axis=axis)


def js_divergence(p, q, log_base):
    """JSD of two 1-D vectors: normalised, (sum rel_entr(p, m) + sum rel_entr(q, m)) / 2, in the given base."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    p = p / p.sum()
    q = q / q.sum()
    m = (p + q) / 2
    jsd = (rel_entr(p, m).sum() + rel_entr(q, m).sum()) / 2
    return jsd / np.log(2.0) if log_base == "2" else jsd


def cell_rng(seed, *parts):
    """A generator seeded from the seed and a cell's names with a stable hash, so a cell's CI does not depend on
    which other cells exist (Python's own hash() is salted per process, so it cannot be used)."""
    text = "\x1f".join([str(seed)] + ["" if p is None else str(p) for p in parts])
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return np.random.default_rng(int.from_bytes(digest[:16], "little"))


def _bootstrap_random_argument():
    # scipy renamed random_state to rng (1.15); Debian bookworm has 1.10.
    return "rng" if "rng" in inspect.signature(stats.bootstrap).parameters else "random_state"


def bca_interval(values, resamples, rng):
    """95% BCa CI of the mean through scipy.stats.bootstrap; n <= 1 or all values equal -> [mean, mean]."""
    x = np.asarray(values, dtype=float)
    mean = float(np.mean(x))
    if x.size <= 1 or np.all(x == x[0]):
        return [mean, mean]
    # batch only bounds memory (scipy otherwise holds all resamples × n at once, and n × n for the jackknife).
    batch = max(1, min(resamples, 2_000_000 // x.size))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scipy's degenerate-distribution warning: such CIs come back as nan
        result = stats.bootstrap((x,), np.mean, n_resamples=resamples, batch=batch, vectorized=True, axis=-1,
                                 confidence_level=0.95, method="BCa",
                                 **{_bootstrap_random_argument(): rng})
    low, high = float(result.confidence_interval.low), float(result.confidence_interval.high)
    if not (np.isfinite(low) and np.isfinite(high)):
        return None  # every resample on one side of the mean: BCa is undefined; printed as null
    return [low, high]


def mean_or_none(values):
    return float(np.mean(values)) if len(values) > 0 else None


# ---------------------------------------------------------------------------------------------------------------
# Reading JSONL
# ---------------------------------------------------------------------------------------------------------------

def read_jsonl(path, required, one_of=()):
    """Rows as (line number, dict). required: columns that must appear; one_of: tuples of which one must appear."""
    try:
        handle = open(path, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror}); expected a JSONL table, one JSON object a line")
    rows = []
    columns = set()
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{number}: not JSON ({e.msg}); expected one JSON object a line")
            if not isinstance(row, dict):
                raise InputError(f"{path}:{number}: expected a JSON object, found {type(row).__name__}")
            columns.update(row)
            rows.append((number, row))
    missing = [c for c in required if c not in columns]
    missing += ["|".join(group) for group in one_of if not any(c in columns for c in group)]
    if missing:
        expected = list(required) + ["one of " + "|".join(g) for g in one_of]
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}; expected at least {', '.join(expected)}")
    return rows, columns


def number_at(path, number, row, column, allow_null=False):
    value = row.get(column)
    if value is None and allow_null:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(f"{path}:{number}: column {column} is {json.dumps(value)}; expected a number")
    return float(value)


def text_at(path, number, row, column):
    value = row.get(column)
    if value is None or value == "":
        raise InputError(f"{path}:{number}: column {column} is empty; expected a value")
    return value


class Answer:
    """One distribution: the option rows sharing ANSWER_KEY. Item fields come from its first row."""

    def __init__(self, row):
        self.row = row
        self.options = []  # (stance, probability)

    def __getattr__(self, name):
        return self.row.get(name)

    def stance_sums(self):
        sums = defaultdict(float)
        for stance, probability in self.options:
            if stance is not None:
                sums[stance] += probability
        return dict(sums)


def read_answers(path, required):
    rows, _ = read_jsonl(path, required)
    answers = {}
    for number, row in rows:
        for column in ("model", "prompt_kind", "item_id"):
            text_at(path, number, row, column)
        probability = number_at(path, number, row, "probability")
        key = tuple(row.get(c) for c in ANSWER_KEY)
        answer = answers.get(key)
        if answer is None:
            answer = answers[key] = Answer(row)
        answer.options.append((row.get("stance"), probability))
    return list(answers.values())


# ---------------------------------------------------------------------------------------------------------------
# The JS centroid and a group's member distances (D-D)
# ---------------------------------------------------------------------------------------------------------------

def grad_f(theta):
    """Gradient of the negentropy in natural parameters (rows of theta)."""
    rest = np.maximum(1 - theta.sum(axis=-1, keepdims=True), 1e-8)
    return np.log(theta / rest)


def grad_f_inverse(eta):
    exp = np.exp(eta)
    return exp / (1 + exp.sum(axis=-1, keepdims=True))


def js_centroid(members, name="group"):
    """Nielsen's CCCP over one group's members (m × K), as the jensen-shannon-centroid package iterates it."""
    naturals = members[:, :-1]
    theta = naturals.mean(axis=0)
    for _ in range(CENTROID_MAX_STEPS):
        updated = grad_f_inverse(grad_f((theta + naturals) / 2).mean(axis=0))
        if np.abs(theta - updated).sum() < CENTROID_TOLERANCE:
            return np.append(theta, 1 - theta.sum())
        theta = updated
    raise RuntimeError(f"the Jensen-Shannon centroid of {name} did not converge in {CENTROID_MAX_STEPS} steps")


def all_pairs_close(members):
    count = len(members)
    return all(np.allclose(members[i], members[j], rtol=1e-5, atol=1e-4)
               for i in range(count) for j in range(count) if i != j)


def member_distances(members, log_base, name="group"):
    """(distances, centroid or None): zeros when all members are equal within 1e-4, else JS distance to the
    centroid (0 for a member allclose to it)."""
    members = np.asarray(members, dtype=float)
    if all_pairs_close(members):
        return np.zeros(len(members)), None
    centroid = js_centroid(members, name)
    distances = np.asarray(js_distance(members, centroid, log_base), dtype=float)
    close = np.array([np.allclose(member, centroid, rtol=1e-5, atol=1e-8) for member in members])
    distances[close] = 0.0
    return distances, centroid


# ---------------------------------------------------------------------------------------------------------------
# consistency
# ---------------------------------------------------------------------------------------------------------------

def group_key(measure, answer):
    condition = (answer.model, answer.persona, answer.prompt_country)
    if measure == "paraphrase":
        original = answer.original_id if answer.original_id is not None else answer.item_id
        return condition + (answer.prompt_kind, answer.language, answer.topic_id, original)
    if measure == "topic":
        return condition + (answer.prompt_kind, answer.language, answer.topic_id)
    if measure == "use_case":
        return condition + (answer.language, answer.item_id)
    if measure == "multilingual":
        if answer.topic_name_en is None or answer.original_text_en is None or answer.form_index is None:
            return None
        return condition + (answer.prompt_kind, answer.topic_name_en, answer.original_text_en, answer.form_index)
    raise ValueError(measure)


def dimension_text(answer, dimension):
    if dimension == "topic":
        value = answer.topic_name_en if answer.topic_name_en is not None else answer.topic_id
    else:
        value = answer.row.get(dimension)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def group_dimensions(members, by):
    keys = {}
    for dimension in by:
        values = sorted({dimension_text(a, dimension) for a in members}, key=ordinal)
        keys[dimension] = "+".join(values)
    return keys


def stance_matrix(members):
    """Members in their group's stance space (stances present, alphabetical), each entry + 1e-10."""
    sums = [a.stance_sums() for a in members]
    space = sorted({s for vector in sums for s in vector}, key=ordinal)
    return np.array([[vector.get(s, 0.0) + EPSILON for s in space] for vector in sums])


def measure_summary(groups, resamples, rng):
    """groups: list of (member distances array, dimension keys). Singletons have one member."""
    scored = [d for d, _ in groups if len(d) >= 2]
    pooled = np.concatenate(scored) if scored else np.array([])
    return {
        "mean": mean_or_none(pooled),
        "ci95": bca_interval(pooled, resamples, rng) if pooled.size else None,
        "groups": len(scored),
        "members": int(pooled.size),
        "singletons": sum(1 for d, _ in groups if len(d) < 2),
    }


def consistency(args):
    by = [d for d in args.by.split(",") if d] if args.by else []
    unknown = [d for d in by if d not in DIMENSIONS]
    if unknown:
        raise InputError(f"--by: unknown dimension(s) {', '.join(unknown)}; expected some of {', '.join(DIMENSIONS)}")
    answers = read_answers(args.distributions,
                           ["model", "prompt_kind", "language", "item_id", "stance", "probability"])
    used, ignored = [], 0
    for answer in answers:
        if answer.prompt_kind not in ("mc", "open") or answer.steer_value is not None or not answer.stance_sums():
            ignored += 1
        else:
            used.append(answer)

    result = {"log_base": args.log_base, "resamples": args.resamples, "seed": args.seed, "by": by,
              "ignored_answers": ignored}
    for measure in MEASURES:
        grouped = defaultdict(list)
        for answer in used:
            key = group_key(measure, answer)
            if key is not None:
                grouped[key].append(answer)
        groups = []
        for key, members in grouped.items():
            if len(members) < 2:
                distances = np.zeros(1)  # a singleton: counted, never scored
            else:
                distances, _ = member_distances(stance_matrix(members), args.log_base, f"{measure} group {key}")
            groups.append((distances, group_dimensions(members, by)))

        summary = measure_summary(groups, args.resamples, cell_rng(args.seed, measure))
        cells = defaultdict(list)
        for group in groups:
            cells[tuple(group[1][d] for d in by)].append(group)
        breakdown = []
        if by:
            for cell in sorted(cells, key=lambda values: tuple(ordinal(v) for v in values)):
                keys = dict(zip(by, cell))
                rng = cell_rng(args.seed, measure, *[f"{d}={v}" for d, v in keys.items()])
                breakdown.append({"keys": keys, **measure_summary(cells[cell], args.resamples, rng)})
        summary["breakdown"] = breakdown
        result[measure] = summary
    return result


# ---------------------------------------------------------------------------------------------------------------
# similarity
# ---------------------------------------------------------------------------------------------------------------

class SideOption:
    def __init__(self, index, code, weight, position):
        self.index, self.code, self.weight, self.position = index, code, weight, position


def optional_index(path, number, row):
    value = row.get("option_index")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or float(value) != int(value):
        raise InputError(f"{path}:{number}: column option_index is {json.dumps(value)}; expected an integer")
    return int(value)


def read_model_side(path):
    rows, columns = read_jsonl(path, ["probability"], one_of=[("question_id", "item_id"),
                                                             ("option_index", "option_code")])
    question_column = "question_id" if "question_id" in columns else "item_id"
    sides = defaultdict(lambda: defaultdict(list))  # condition -> question -> options
    for number, row in rows:
        condition = tuple(row.get(c) for c in CONDITION_COLUMNS)
        question = text_at(path, number, row, question_column)
        weight = number_at(path, number, row, "probability")
        position = number_at(path, number, row, "position", allow_null=True)
        sides[condition][question].append(SideOption(optional_index(path, number, row), row.get("option_code"),
                                                     weight, position))
    return sides


def read_human_side(path):
    rows, _ = read_jsonl(path, ["question_id"], one_of=[("weighted_share", "share", "n"),
                                                        ("option_index", "option_code")])
    sides = defaultdict(lambda: defaultdict(list))  # country -> question -> options
    for number, row in rows:
        if row.get("is_missing") is True:
            continue
        column = next((c for c in ("weighted_share", "share", "n") if row.get(c) is not None), None)
        if column is None:
            raise InputError(f"{path}:{number}: weighted_share, share and n are all empty; expected one of them")
        weight = number_at(path, number, row, column)
        position = number_at(path, number, row, "position", allow_null=True)
        question = text_at(path, number, row, "question_id")
        sides[row.get("country")][question].append(SideOption(optional_index(path, number, row),
                                                              row.get("option_code"), weight, position))
    return sides


def question_value(model_options, human_options, measure, log_base):
    """The per-question similarity, or None when the question is skipped."""
    by_index = all(o.index is not None for o in model_options + human_options)
    key_of = (lambda o: o.index) if by_index else (lambda o: o.code)
    model, human, positions = defaultdict(float), defaultdict(float), {}
    for options, shares in ((model_options, model), (human_options, human)):
        for option in options:
            key = key_of(option)
            if key is None:
                continue  # cannot be matched
            shares[key] += option.weight
    for option in model_options + human_options:  # the human side's position wins
        key = key_of(option)
        if key is not None and option.position is not None and (key not in positions or option in human_options):
            positions[key] = option.position
    if not set(model) & set(human):
        return None
    union = sorted(set(model) | set(human), key=lambda k: k if by_index else ordinal(str(k)))
    p = np.array([model.get(k, 0.0) for k in union])
    q = np.array([human.get(k, 0.0) for k in union])
    if p.sum() <= 0 or q.sum() <= 0:
        return None
    p, q = p / p.sum(), q / q.sum()
    if measure == "js-distance":
        return 1.0 - float(js_distance(p, q, log_base))
    if measure == "js-divergence":
        return 1.0 - float(js_divergence(p, q, log_base))
    if any(k not in positions for k in union):
        return None
    place = np.array([positions[k] for k in union])
    spread = place.max() - place.min()
    if spread == 0:
        return None
    return 1.0 - float(stats.wasserstein_distance(place, place, p, q)) / spread


def condition_label(condition):
    return " · ".join(str(p) for p in condition if p not in (None, ""))


def similarity(args):
    model_sides = read_model_side(args.model)
    human_sides = read_human_side(args.human)
    results = []
    for condition in sorted(model_sides, key=lambda c: tuple(nullable_key(v) for v in c)):
        questions = model_sides[condition]
        skipped = 0
        countries = []
        for country, human_questions in human_sides.items():
            values = []
            for question in sorted(set(questions) & set(human_questions), key=lambda q: ordinal(str(q))):
                value = question_value(questions[question], human_questions[question], args.measure, args.log_base)
                if value is None:
                    skipped += 1
                else:
                    values.append((question, value))
            if not values:
                continue
            numbers = [v for _, v in values]
            rng = cell_rng(args.seed, condition_label(condition), country)
            countries.append({"country": country, "mean": float(np.mean(numbers)),
                              "ci95": bca_interval(numbers, args.resamples, rng),
                              "questions": [{"question_id": q, "value": v} for q, v in values]})
        for entry in countries:
            entry["rank"] = 1 + sum(1 for other in countries if other["mean"] > entry["mean"])
        countries.sort(key=lambda e: (-e["mean"], nullable_key(e["country"])))
        countries = [{"country": e["country"], "mean": e["mean"], "ci95": e["ci95"], "rank": e["rank"],
                      "questions": e["questions"]} for e in countries]
        results.append({**dict(zip(CONDITION_COLUMNS, condition)), "skipped_questions": skipped,
                        "countries": countries})
    output = {"measure": args.measure, "log_base": args.log_base, "resamples": args.resamples, "seed": args.seed,
              "results": results}
    if len(results) == 1:
        output["countries"] = results[0]["countries"]
    return output


# ---------------------------------------------------------------------------------------------------------------
# steerability
# ---------------------------------------------------------------------------------------------------------------

def steerability(args):
    answers = read_answers(args.distributions, ["model", "prompt_kind", "item_id", "steer_value", "topic_name_en",
                                                "stance", "probability"])
    portraits = defaultdict(dict)  # (condition, item_id) -> steer_value -> Answer
    for answer in answers:
        if answer.prompt_kind == "pvq":
            condition = tuple(answer.row.get(c) for c in CONDITION_COLUMNS)
            portraits[(condition, answer.item_id)][answer.steer_value] = answer

    skipped = 0
    distances = defaultdict(list)  # (condition, value) -> list of {steering: distance}
    for (condition, _), steered in portraits.items():
        none = steered.get(None)
        value = None
        if none is not None and none.topic_name_en is not None:
            value = str(none.topic_name_en).lower()
        if none is None or value not in PVQ_VALUES or any(s not in steered for s in PVQ_STEERINGS):
            skipped += 1
            continue
        unsteered = none.stance_sums()
        best = max(STANCE_ORDER_FOR_TIES, key=lambda s: (unsteered.get(s, 0.0), -STANCE_ORDER_FOR_TIES.index(s)))
        distances[(condition, value)].append(
            {s: unsteered.get(best, 0.0) - steered[s].stance_sums().get(best, 0.0) for s in PVQ_STEERINGS})

    scores = []
    ranks = defaultdict(list)
    order = sorted(distances, key=lambda cv: (tuple(nullable_key(v) for v in cv[0]), PVQ_VALUES.index(cv[1])))
    for condition, value in order:
        per_portrait = distances[(condition, value)]
        means = {s: float(np.mean([d[s] for d in per_portrait])) for s in PVQ_STEERINGS}
        rank = sum(1 for s in PVQ_STEERINGS if means[s] < means[value])
        ranks[condition].append(rank)
        scores.append({**dict(zip(CONDITION_COLUMNS, condition)), "value": value, "portraits": len(per_portrait),
                       "rank": rank, "mean_distances": means})
    mean_rank = [{**dict(zip(CONDITION_COLUMNS, c)), "mean_rank": float(np.mean(r))} for c, r in ranks.items()]
    return {"skipped_portraits": skipped, "scores": scores, "mean_rank": mean_rank}


# ---------------------------------------------------------------------------------------------------------------
# centroid and bootstrap (stdin → stdout)
# ---------------------------------------------------------------------------------------------------------------

def read_stdin_json(expected):
    try:
        document = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        raise InputError(f"stdin: not JSON ({e.msg}); expected {expected}")
    if not isinstance(document, dict):
        raise InputError(f"stdin: expected {expected}")
    return document


def centroid(args):
    expected = '{"groups": [[[p..], [p..]], ...]} (optional "log_base": "e"|"2")'
    document = read_stdin_json(expected)
    groups = document.get("groups")
    if not isinstance(groups, list):
        raise InputError(f"stdin: no list 'groups'; expected {expected}")
    log_base = str(document.get("log_base", "e"))
    all_distances, centroids = [], []
    for number, group in enumerate(groups):
        members = np.asarray(group, dtype=float)
        if members.ndim != 2 or len(members) == 0:
            raise InputError(f"stdin: group {number} is not a list of equal-length vectors; expected {expected}")
        distances, center = member_distances(members, log_base, f"group {number}")
        all_distances.append([float(d) for d in distances])
        centroids.append(None if center is None else [float(c) for c in center])
    return {"distances": all_distances, "centroids": centroids}


def bootstrap(args):
    expected = '{"samples": [[x..], ...], "resamples": 9999, "seed": 0}'
    document = read_stdin_json(expected)
    samples = document.get("samples")
    if not isinstance(samples, list):
        raise InputError(f"stdin: no list 'samples'; expected {expected}")
    resamples = int(document.get("resamples", 9999))
    seed = int(document.get("seed", 0))
    # Each sample gets a fresh generator from the seed, so its CI does not depend on the samples before it.
    return {"ci95": [bca_interval(sample, resamples, np.random.default_rng(seed)) if len(sample) else None
                     for sample in samples]}


# ---------------------------------------------------------------------------------------------------------------

class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise InputError(f"{self.prog}: {message}")


def parse(argv):
    parser = Parser(prog="reference.py", description=__doc__.splitlines()[0])
    modes = parser.add_subparsers(dest="mode", required=True, parser_class=Parser)

    def add_common(mode):
        mode.add_argument("--log-base", choices=["e", "2"], default="e")
        mode.add_argument("--resamples", type=int, default=9999)
        mode.add_argument("--seed", type=int, default=0)

    mode = modes.add_parser("consistency")
    mode.add_argument("--distributions", required=True)
    mode.add_argument("--by", default="")
    add_common(mode)
    mode = modes.add_parser("similarity")
    mode.add_argument("--model", required=True)
    mode.add_argument("--human", required=True)
    mode.add_argument("--measure", choices=["js-distance", "js-divergence", "wasserstein"], default="js-distance")
    add_common(mode)
    mode = modes.add_parser("steerability")
    mode.add_argument("--distributions", required=True)
    modes.add_parser("centroid")
    modes.add_parser("bootstrap")
    return parser.parse_args(argv)


def main(argv):
    try:
        args = parse(argv)
        output = {"consistency": consistency, "similarity": similarity, "steerability": steerability,
                  "centroid": centroid, "bootstrap": bootstrap}[args.mode](args)
    except InputError as e:
        print(str(e).replace("\n", " "), file=sys.stderr)
        return 2
    json.dump(output, sys.stdout, ensure_ascii=False, allow_nan=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
