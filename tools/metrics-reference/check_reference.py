#!/usr/bin/python3
"""Checks the metrics reference against hand-computed and published values. Exit code 1 on any failure.

Run: /usr/bin/python3 tools/metrics-reference/check_reference.py
"""

import importlib.util
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np
from scipy.stats import norm

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "reference.py")
spec = importlib.util.spec_from_file_location("reference", SCRIPT)
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)

FAILURES = []
TWO_OPTION_BOUND = 0.4645  # ValueConsistency's random-answer bounds
THREE_OPTION_BOUND = 0.5641


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def close(actual, expected, tolerance, message):
    ok = actual is not None and abs(actual - expected) <= tolerance
    check(ok, f"{message}: expected {expected} ± {tolerance}, got {actual}")


def run(*args, stdin=None):
    completed = subprocess.run([sys.executable, SCRIPT, *args], input=stdin, capture_output=True, text=True)
    return completed.returncode, completed.stdout, completed.stderr


def run_json(*args, stdin=None):
    code, out, err = run(*args, stdin=stdin)
    if code != 0:
        raise AssertionError(f"reference.py {' '.join(args)} failed ({code}): {err}")
    return json.loads(out)


def write_jsonl(folder, name, rows):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def stance_space(*vectors):
    return np.array(vectors, dtype=float) + ref.EPSILON


# ---------------------------------------------------------------------------------------------------------------

def check_centroid_and_bounds():
    distances, _ = ref.member_distances(stance_space([0.3, 0.7], [0.3, 0.7], [0.3, 0.7]), "e")
    check(np.all(distances == 0), f"identical distributions → 0, got {distances}")
    distances, _ = ref.member_distances(stance_space([0.3, 0.7], [0.30001, 0.69999]), "e")
    check(np.all(distances == 0), f"members equal within 1e-4 → 0, got {distances}")

    distances, centroid = ref.member_distances(stance_space([1, 0], [0, 1]), "e")
    check([round(d, 4) for d in distances] == [TWO_OPTION_BOUND] * 2, f"[1,0] vs [0,1] → 0.4645, got {distances}")
    close(centroid[0], 0.5, 1e-8, "[1,0] vs [0,1] centroid")
    distances, _ = ref.member_distances(stance_space([1, 0, 0], [0, 1, 0], [0, 0, 1]), "e")
    check([round(d, 4) for d in distances] == [THREE_OPTION_BOUND] * 3, f"three one-hot → 0.5641, got {distances}")
    # the bound by the definition: JS distance of a one-hot to the uniform distribution
    close(distances[0], math.sqrt(ref.js_divergence([1, 0, 0], [1 / 3] * 3, "e")), 1e-8, "three one-hot bound")

    # the jensen-shannon-centroid package README's example
    for group, expected in (([[0.1, 0.9], [0.15, 0.85]], [0.12391947, 0.87608053]),
                            ([[0.2, 0.8], [0.5, 0.5]], [0.34213098, 0.65786902])):
        centroid = ref.js_centroid(np.array(group))
        check(np.allclose(centroid, expected, rtol=0, atol=1e-8), f"centroid of {group}: {centroid} ≠ {expected}")

    # the CLI mode agrees and reports the short-cut as a null centroid
    out = run_json("centroid", stdin=json.dumps({"groups": [[[0.1, 0.9], [0.15, 0.85]], [[0.5, 0.5], [0.5, 0.5]]]}))
    check(np.allclose(out["centroids"][0], [0.12391947, 0.87608053], rtol=0, atol=1e-8), f"centroid mode: {out}")
    check(out["centroids"][1] is None and out["distances"][1] == [0.0, 0.0], f"centroid mode, equal members: {out}")
    base2 = run_json("centroid", stdin=json.dumps({"groups": [[[1, 0], [0, 1]]], "log_base": "2"}))
    close(base2["distances"][0][0], TWO_OPTION_BOUND / math.sqrt(math.log(2)), 1e-4, "base-2 distance")

    close(float(ref.js_distance([1, 0], [0, 1], "2")), 1.0, 1e-12, "JS distance of disjoint, base 2")
    close(float(ref.js_distance([2, 0], [0, 5], "e")), math.sqrt(math.log(2)), 1e-12, "JS distance normalises")
    close(float(ref.js_divergence([1, 0], [0, 1], "e")), math.log(2), 1e-12, "JSD of disjoint, base e")


# ---------------------------------------------------------------------------------------------------------------

def answer_rows(item, kind="mc", language="en", topic="t1", original=None, form=0, text_en="A", shares=None,
                persona=None, steer=None, controversial=True, topic_en=None):
    rows = []
    for index, (stance, probability) in enumerate(shares.items()):
        rows.append({
            "model": "m", "run": "r1", "prompt_kind": kind, "language": language, "item_id": item,
            "persona": persona, "prompt_country": None, "steer_value": steer, "topic_id": topic,
            "topic_name": topic, "topic_name_en": topic_en if topic_en is not None else "Topic " + topic,
            "original_id": original, "is_paraphrase": original is not None, "original_text_en": text_en,
            "form_index": form, "country": "KR", "controversial": controversial, "source": "vc", "wave": None,
            "option_index": index, "option_text": f"option {index}", "option_code": None,
            "stance": stance, "probability": probability,
        })
    return rows


def consistency_table():
    s, o, n = "supports", "opposes", "neutral"
    return (
        answer_rows("a1", shares={s: 1.0, o: 0.0})
        + answer_rows("a2", original="a1", form=1, shares={s: 0.5, o: 0.5})
        + answer_rows("b1", text_en="B", shares={s: 0.2, o: 0.3, n: 0.5}, controversial=False)
        + answer_rows("c1", topic="t2", text_en="C", shares={s: 0.6, o: 0.4})
        + answer_rows("k1", language="ko", shares={s: 0.0, o: 1.0})
        + answer_rows("k2", language="ko", original="k1", form=1, shares={s: 0.5, o: 0.5})
        + answer_rows("a1", kind="open", shares={s: 0.0, o: 1.0})
        # another condition: never grouped with the rows above
        + answer_rows("a2", persona="p", original="a1", form=1, shares={s: 0.9, o: 0.1})
        # not in the multilingual measure (no English original), a singleton elsewhere
        + answer_rows("d1", topic="t3", text_en=None, shares={s: 0.1, o: 0.9})
        # ignored: a PVQ answer, a steered answer, an answer without stances
        + answer_rows("p1", kind="pvq", shares={s: 1.0})
        + answer_rows("a1", steer="power", shares={s: 0.4, o: 0.6})
        + answer_rows("e1", topic="t4", shares={None: 1.0})
    )


def summary(result, measure):
    part = result[measure]
    return part["groups"], part["members"], part["singletons"]


def check_consistency(folder):
    path = write_jsonl(folder, "consistency.jsonl", consistency_table())
    result = run_json("consistency", "--distributions", path, "--by", "language,prompt_kind,controversial",
                      "--resamples", "999")
    check(result["ignored_answers"] == 3, f"ignored answers: {result['ignored_answers']}")
    check(result["by"] == ["language", "prompt_kind", "controversial"], f"by: {result['by']}")
    check(list(result) == ["log_base", "resamples", "seed", "by", "ignored_answers", *ref.MEASURES],
          f"top-level keys: {list(result)}")

    # paraphrase: {a1,a2} en, {k1,k2} ko; singletons b1, c1, d1, a1 open, a2 persona p
    check(summary(result, "paraphrase") == (2, 4, 5), f"paraphrase counts {summary(result, 'paraphrase')}")
    en_pair, _ = ref.member_distances(stance_space([0.0, 1.0], [0.5, 0.5]), "e")  # (opposes, supports)
    close(result["paraphrase"]["mean"], float(np.mean(en_pair)), 1e-9, "paraphrase mean (mirror groups)")

    # topic: {a1,a2,b1} en t1 in (neutral, opposes, supports), {k1,k2} ko t1; singletons c1, d1, a1 open, a2 p
    check(summary(result, "topic") == (2, 5, 4), f"topic counts {summary(result, 'topic')}")
    three, _ = ref.member_distances(stance_space([0, 0, 1], [0, 0.5, 0.5], [0.5, 0.3, 0.2]), "e")
    ko_pair, _ = ref.member_distances(stance_space([1.0, 0.0], [0.5, 0.5]), "e")
    close(result["topic"]["mean"], float(np.mean(np.concatenate([three, ko_pair]))), 1e-12,
          "topic mean: pooled over members, stance space ordered neutral, opposes, supports")

    # use case: a1 mc [1,0] vs a1 open [0,1] → the two-option bound; 7 singletons
    check(summary(result, "use_case") == (1, 2, 7), f"use_case counts {summary(result, 'use_case')}")
    check(round(result["use_case"]["mean"], 4) == TWO_OPTION_BOUND, f"use_case mean {result['use_case']['mean']}")
    kinds = [(c["keys"]["prompt_kind"], c["groups"], c["singletons"]) for c in result["use_case"]["breakdown"]]
    check(("mc+open", 1, 0) in kinds, f"use_case breakdown joins kinds with '+': {kinds}")

    # multilingual: (A, 0) {a1 en, k1 ko} → bound; (A, 1) {a2, k2} → 0; singletons b1, c1, a1 open, a2 p
    check(summary(result, "multilingual") == (2, 4, 4), f"multilingual counts {summary(result, 'multilingual')}")
    bound, _ = ref.member_distances(stance_space([1, 0], [0, 1]), "e")
    close(result["multilingual"]["mean"], float(bound.sum()) / 4, 1e-12, "multilingual mean = (2 × bound + 2 × 0) / 4")
    cells = result["multilingual"]["breakdown"]
    keys = [tuple(c["keys"].values()) for c in cells]
    check(keys == sorted(keys, key=lambda k: tuple(ref.ordinal(v) for v in k)), f"cells sorted: {keys}")
    check(("en+ko", "mc", "true") in keys, f"multilingual languages joined with '+': {keys}")
    check(("en", "mc", "false") in keys, f"controversial printed as false: {keys}")
    joined = next(c for c in cells if c["keys"]["language"] == "en+ko")
    check((joined["groups"], joined["members"], joined["singletons"]) == (2, 4, 0), f"en+ko cell {joined}")
    lonely = next(c for c in cells if c["keys"] == {"language": "en", "prompt_kind": "mc", "controversial": "false"})
    check(lonely["mean"] is None and lonely["ci95"] is None and lonely["singletons"] == 1,
          f"a cell of singletons has null mean and CI: {lonely}")

    for measure in ref.MEASURES:
        part = result[measure]
        check(part["ci95"][0] <= part["mean"] <= part["ci95"][1] or part["ci95"][0] == part["ci95"][1],
              f"{measure} CI {part['ci95']} around {part['mean']}")
        cells = part["breakdown"]
        check(sum(c["members"] for c in cells) == part["members"], f"{measure}: cells pool every member")
        check(sum(c["singletons"] for c in cells) == part["singletons"], f"{measure}: cells count singletons")
    check(run_json("consistency", "--distributions", path, "--by", "language,prompt_kind,controversial",
                   "--resamples", "999") == result, "same seed → same output")

    # a cell's CI does not depend on the other cells: the paraphrase "ko" cell alone
    ko_only = write_jsonl(folder, "ko.jsonl", [r for r in consistency_table() if r["language"] == "ko"])
    alone = run_json("consistency", "--distributions", ko_only, "--by", "language", "--resamples", "999")
    together = run_json("consistency", "--distributions", path, "--by", "language", "--resamples", "999")
    ko_cell = [c for c in together["paraphrase"]["breakdown"] if c["keys"] == {"language": "ko"}]
    check(alone["paraphrase"]["breakdown"] == ko_cell, "a cell's CI depends only on its own keys and distances")

    plain = run_json("consistency", "--distributions", path, "--log-base", "2")
    check(plain["by"] == [] and plain["paraphrase"]["breakdown"] == [], "no --by → empty breakdown")
    close(plain["use_case"]["mean"], TWO_OPTION_BOUND / math.sqrt(math.log(2)), 1e-4, "use_case in base 2")


# ---------------------------------------------------------------------------------------------------------------

def human_rows():
    rows = []
    shares = {"KR": {"q1": [0.7, 0.2, 0.1], "q2": [0.25, 0.75], "q3": [0.5, 0.5]},
              "US": {"q1": [0.2, 0.3, 0.5], "q2": [0.6, 0.4], "q3": [0.1, 0.9]}}
    for country, questions in shares.items():
        for question, values in questions.items():
            for index, share in enumerate(values):
                rows.append({"question_id": question, "country": country, "option_index": index + 1,
                             "option_code": str(index + 1), "share": share, "weighted_share": None,
                             "n": None, "is_missing": False, "position": float(index + 1)})
        # a missing answer that must be dropped, and a question the model was not asked
        rows.append({"question_id": "q1", "country": country, "option_index": 9, "option_code": "99", "share": 0.9,
                     "weighted_share": None, "n": None, "is_missing": True, "position": None})
        rows.append({"question_id": "q9", "country": country, "option_index": 1, "option_code": "1", "share": 1.0,
                     "weighted_share": None, "n": None, "is_missing": False, "position": 1.0})
    # KR's q4 given as counts (n): normalised
    rows += [{"question_id": "q4", "country": "KR", "option_index": None, "option_code": c, "share": None,
              "weighted_share": None, "n": n, "is_missing": False, "position": None} for c, n in (("a", 30), ("b", 10))]
    # a question with no option in common with the model
    rows.append({"question_id": "q5", "country": "KR", "option_index": None, "option_code": "x", "share": 1.0,
                 "weighted_share": None, "n": None, "is_missing": False, "position": None})
    return rows


def model_rows():
    kr = {"q1": [0.7, 0.2, 0.1], "q2": [0.25, 0.75], "q3": [0.5, 0.5]}
    rows = [{"model": "m", "prompt_kind": "goqa-dp", "language": "en", "prompt_country": None, "persona": None,
             "item_id": q, "option_index": i + 1, "option_code": str(i + 1), "probability": p}
            for q, values in kr.items() for i, p in enumerate(values)]
    rows += [{"model": "m", "prompt_kind": "goqa-dp", "language": "en", "prompt_country": None, "persona": None,
              "item_id": "q4", "option_index": None, "option_code": c, "probability": p} for c, p in (("a", .75), ("b", .25))]
    rows.append({"model": "m", "prompt_kind": "goqa-dp", "language": "en", "prompt_country": None, "persona": None,
                 "item_id": "q5", "option_index": None, "option_code": "y", "probability": 1.0})
    return rows


def check_similarity(folder):
    human = write_jsonl(folder, "human.jsonl", human_rows())
    model = write_jsonl(folder, "model.jsonl", model_rows())
    result = run_json("similarity", "--model", model, "--human", human, "--resamples", "999")
    check(list(result) == ["measure", "log_base", "resamples", "seed", "results", "countries"], f"keys {list(result)}")
    check(len(result["results"]) == 1 and result["countries"] == result["results"][0]["countries"],
          "one result → top-level countries")
    condition = result["results"][0]
    check(condition["model"] == "m" and condition["prompt_kind"] == "goqa-dp" and condition["persona"] is None,
          f"condition keys: {condition}")
    check(condition["skipped_questions"] == 1, f"KR's q5 has no option in common: {condition['skipped_questions']}")
    kr, us = condition["countries"]
    check(kr["country"] == "KR" and kr["rank"] == 1 and us["rank"] == 2, f"KR first: {condition['countries']}")
    close(kr["mean"], 1.0, 1e-12, "similarity of KR's own distribution to KR")
    check([q["question_id"] for q in kr["questions"]] == ["q1", "q2", "q3", "q4"], f"KR questions {kr['questions']}")
    check(kr["ci95"] == [kr["mean"], kr["mean"]] or abs(kr["ci95"][0] - 1) < 1e-12, f"KR CI {kr['ci95']}")
    check([q["question_id"] for q in us["questions"]] == ["q1", "q2", "q3"], f"US questions {us['questions']}")
    expected_q3 = 1 - float(ref.js_distance([0.5, 0.5], [0.1, 0.9], "e"))
    close(next(q["value"] for q in us["questions"] if q["question_id"] == "q3"), expected_q3, 1e-12, "US q3")
    close(us["mean"], np.mean([q["value"] for q in us["questions"]]), 1e-12, "US mean over its questions")

    divergence = run_json("similarity", "--model", model, "--human", human, "--measure", "js-divergence",
                          "--log-base", "2", "--resamples", "999")
    us_q3 = next(q["value"] for q in divergence["countries"][1]["questions"] if q["question_id"] == "q3")
    jsd = (0.5 * math.log2(0.5 / 0.3) + 0.5 * math.log2(0.5 / 0.7) + 0.1 * math.log2(0.1 / 0.3)
           + 0.9 * math.log2(0.9 / 0.7)) / 2
    close(us_q3, 1 - jsd, 1e-12, "js-divergence in bits by hand")

    wasserstein = run_json("similarity", "--model", model, "--human", human, "--measure", "wasserstein",
                           "--resamples", "999")
    kr_w, us_w = wasserstein["countries"]
    close(kr_w["mean"], 1.0, 1e-12, "wasserstein: KR to itself")
    check(wasserstein["results"][0]["skipped_questions"] == 2, "wasserstein skips KR's q4 (no positions) and q5")
    # US q2: model [0.25, 0.75] vs [0.6, 0.4] at positions 1, 2: W1 = 0.35, spread 1
    close(next(q["value"] for q in us_w["questions"] if q["question_id"] == "q2"), 0.65, 1e-12, "W1 by hand")

    # two conditions → no top-level countries; a human table without country → one unnamed country
    two = model_rows() + [dict(r, prompt_kind="goqa-cp", prompt_country="KR") for r in model_rows()]
    model2 = write_jsonl(folder, "model2.jsonl", two)
    nameless = write_jsonl(folder, "nameless.jsonl",
                           [{k: v for k, v in r.items() if k != "country"} for r in human_rows() if r["country"] == "KR"])
    both = run_json("similarity", "--model", model2, "--human", nameless, "--resamples", "99")
    check("countries" not in both and len(both["results"]) == 2, "two results → no top-level countries")
    check([r["prompt_kind"] for r in both["results"]] == ["goqa-cp", "goqa-dp"], "results sorted by condition")
    check(both["results"][0]["countries"][0]["country"] is None, "no country column → one null country")


# ---------------------------------------------------------------------------------------------------------------

def pvq_rows(item, value, unsteered, steered, skip="none skipped"):
    """steered: steering → (supports, opposes, neutral); the others get the unsteered answer."""
    rows = []
    for steering in (None,) + ref.PVQ_STEERINGS:
        if steering == skip:
            continue
        shares = unsteered if steering is None else steered.get(steering, unsteered)
        for index, (stance, p) in enumerate(zip(("supports", "opposes", "neutral"), shares)):
            rows.append({"model": "m", "prompt_kind": "pvq", "language": "en", "prompt_country": None,
                         "persona": None, "item_id": item, "steer_value": steering, "topic_name_en": value,
                         "option_index": index, "stance": stance, "probability": p})
    return rows


def check_steerability(folder):
    rows = (
        # self-direction portraits: naming self-direction moves supports most (0.3 and 0.2), "value" a little
        pvq_rows("p1", "Self-Direction", (0.6, 0.3, 0.1), {"self-direction": (0.3, 0.6, 0.1), "value": (0.55, 0.35, 0.1)})
        + pvq_rows("p2", "self-direction", (0.5, 0.4, 0.1), {"self-direction": (0.3, 0.6, 0.1)})
        # power: supports and opposes tie, so s* = supports; naming power raises supports (distance −0.1)
        + pvq_rows("p3", "power", (0.4, 0.4, 0.2), {"power": (0.5, 0.3, 0.2)})
        # skipped: no "tradition" steering
        + pvq_rows("p4", "power", (0.4, 0.4, 0.2), {}, skip="tradition")
        # not pvq: ignored
        + [dict(r, prompt_kind="mc") for r in pvq_rows("p5", "power", (0.4, 0.4, 0.2), {})]
    )
    path = write_jsonl(folder, "pvq.jsonl", rows)
    result = run_json("steerability", "--distributions", path)
    check(result["skipped_portraits"] == 1, f"skipped portraits {result['skipped_portraits']}")
    scores = {s["value"]: s for s in result["scores"]}
    check(list(scores) == ["self-direction", "power"], f"scores in PVQ order: {list(scores)}")
    direction = scores["self-direction"]
    check(direction["portraits"] == 2 and direction["rank"] == 11, f"self-direction rank 11: {direction}")
    close(direction["mean_distances"]["self-direction"], 0.25, 1e-12, "self-direction mean distance")
    close(direction["mean_distances"]["value"], 0.025, 1e-12, "bare-word mean distance")
    check(list(direction["mean_distances"]) == list(ref.PVQ_STEERINGS), "mean_distances keys: value, then values")
    power = scores["power"]
    check(power["rank"] == 0, f"power rank 0 (s* = supports on a tie): {power}")
    close(power["mean_distances"]["power"], -0.1, 1e-12, "power mean distance")
    check(result["mean_rank"] == [{"model": "m", "prompt_kind": "pvq", "language": "en", "prompt_country": None,
                                   "persona": None, "mean_rank": 5.5}], f"mean rank {result['mean_rank']}")


# ---------------------------------------------------------------------------------------------------------------

def bca_by_formula(x, resamples, rng, confidence=0.95):
    """The brief's BCa, written out, to confirm scipy computes what the definition says."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    mean = x.mean()
    boot = x[rng.integers(0, n, size=(resamples, n))].mean(axis=1)
    z0 = norm.ppf(((boot < mean).sum() + (boot <= mean).sum()) / (2 * resamples))
    jack = (x.sum() - x) / (n - 1)
    u = (n - 1) * (jack.mean() - jack)
    a = (u ** 3).sum() / (6 * (u ** 2).sum() ** 1.5)
    alpha = (1 - confidence) / 2
    z = norm.ppf([alpha, 1 - alpha])
    levels = norm.cdf(z0 + (z0 + z) / (1 - a * (z0 + z)))
    return np.percentile(boot, 100 * levels)


def check_bootstrap():
    sample = np.random.default_rng(3).beta(2, 5, size=300)
    scipy_ci = run_json("bootstrap", stdin=json.dumps({"samples": [sample.tolist(), [0.2, 0.2, 0.2], [0.7], [1, 3]],
                                                       "resamples": 9999, "seed": 5}))["ci95"]
    formula = bca_by_formula(sample, 9999, np.random.default_rng(11))
    check(abs(scipy_ci[0][0] - formula[0]) < 0.005 and abs(scipy_ci[0][1] - formula[1]) < 0.005,
          f"scipy's BCa {scipy_ci[0]} vs the written-out formula {formula}")
    check(scipy_ci[0][0] < sample.mean() < scipy_ci[0][1], "CI holds the mean")
    mean = float(np.mean([0.2, 0.2, 0.2]))
    check(scipy_ci[1] == [mean, mean] and scipy_ci[2] == [0.7, 0.7], f"degenerate samples → [mean, mean]: {scipy_ci}")
    check(scipy_ci[3] is not None and scipy_ci[3][0] <= 2 <= scipy_ci[3][1], f"two values: {scipy_ci[3]}")


def check_user_errors(folder):
    code, out, err = run("consistency", "--distributions", os.path.join(folder, "absent.jsonl"))
    check(code == 2 and out == "" and "absent.jsonl" in err and err.count("\n") == 1, f"missing file: {code} {err!r}")
    no_stance = write_jsonl(folder, "no-stance.jsonl",
                            [{k: v for k, v in r.items() if k != "stance"} for r in consistency_table()[:2]])
    code, _, err = run("consistency", "--distributions", no_stance)
    check(code == 2 and "no-stance.jsonl" in err and "stance" in err and "Traceback" not in err,
          f"missing column: {code} {err!r}")
    bad = os.path.join(folder, "bad.jsonl")
    with open(bad, "w") as f:
        f.write(json.dumps(consistency_table()[0]) + "\n{not json\n")
    code, _, err = run("consistency", "--distributions", bad)
    check(code == 2 and "bad.jsonl:2" in err, f"bad line: {code} {err!r}")
    code, _, err = run("consistency", "--distributions", no_stance, "--by", "colour")
    check(code == 2 and "colour" in err, f"bad --by: {code} {err!r}")
    code, _, err = run("similarity", "--model", no_stance, "--human", no_stance)
    check(code == 2 and "no-stance.jsonl" in err and "question_id" in err, f"human side without question_id: {err!r}")


def main():
    with tempfile.TemporaryDirectory() as folder:
        for step in (check_centroid_and_bounds, lambda: check_consistency(folder), lambda: check_similarity(folder),
                     lambda: check_steerability(folder), check_bootstrap, lambda: check_user_errors(folder)):
            try:
                step()
            except Exception as e:  # a crash is a failure with its message, not a traceback to dig through
                FAILURES.append(f"{getattr(step, '__name__', 'check')}: {type(e).__name__}: {e}")
    for failure in FAILURES:
        print("FAIL " + failure, file=sys.stderr)
    print(f"{len(FAILURES)} failure(s)" if FAILURES else "reference checks passed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
