#!/usr/bin/python3
"""Independent reference for `valueatlas agreement`: the same statistics from statsmodels and NLTK.

Usage: /usr/bin/python3 oracle.py RATINGS.csv
RATINGS.csv is long format, UTF-8 (BOM or not), header item,rater,label, one rating per line.
Prints one JSON object. A statistic the library cannot compute for the data is null, with the reason in *_error.
Debian's python3-statsmodels and python3-nltk provide the libraries (scripts/setup.sh installs them).
Run it with /usr/bin/python3: a pyenv or venv python first on PATH would not see Debian's packages.
Where the libraries differ from ValueAtlas on degenerate data, the tests do not compare: NLTK calls alpha 1 when only
one label occurs (ValueAtlas: undefined, expected disagreement 0), and statsmodels returns NaN (here null) for kappa then.
"""
import csv
import json
import math
import sys
from collections import defaultdict

from nltk.metrics.agreement import AnnotationTask
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [(row["item"], row["rater"], row["label"]) for row in csv.DictReader(f)]


def finite(value):
    value = float(value)
    return value if math.isfinite(value) else None


def fleiss(ratings):
    by_item = defaultdict(list)
    for item, _, label in ratings:
        by_item[item].append(label)
    sizes = {len(labels) for labels in by_item.values()}
    if len(sizes) != 1:
        return None, "items have different numbers of ratings"
    # aggregate_raters wants a subjects x raters table; which rater gave which label does not matter to kappa.
    table, _ = aggregate_raters([labels for labels in by_item.values()])
    return finite(fleiss_kappa(table, method="fleiss")), None


def alpha(task):
    return finite(task.alpha()), None


def observed(task, ratings):
    # NLTK's pairwise observed agreement needs every coder on every item.
    if len(ratings) != len(task.C) * len(task.I):
        return None, "not every rater rated every item"
    return finite(task.avg_Ao()), None


def guarded(name, compute, result):
    try:
        value, error = compute()
    except Exception as e:  # a library refusing the data is a result, not a crash
        value, error = None, f"{type(e).__name__}: {e}"
    result[name] = value
    result[name + "_error"] = error


def main():
    ratings = read(sys.argv[1])
    # NLTK's triples are (coder, item, label); binary_distance (the default) is the nominal metric.
    task = AnnotationTask(data=[(rater, item, label) for item, rater, label in ratings])
    result = {
        "items": len(task.I),
        "raters": len(task.C),
        "ratings": len(ratings),
        "categories": len(task.K),
    }
    guarded("fleiss_kappa", lambda: fleiss(ratings), result)
    guarded("krippendorff_alpha", lambda: alpha(task), result)
    guarded("observed_agreement", lambda: observed(task, ratings), result)
    json.dump(result, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
