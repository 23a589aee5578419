"""Independent .dta writer and reader for the Stata reader's tests: pandas (Debian's python3-pandas).

  pandas_dta.py write DIR   writes p{117,118,119}{le,be}.dta, then plants extended missing values in them, and
                            p118ch.dta: p118le.dta with a characteristic added
  pandas_dta.py dump FILE…  prints pandas' reading of each FILE as JSON, keyed by the file's name

Extended missing values (.a-.z) cannot be written through pandas, so `write` plants them into the data section
byte by byte at the offsets pandas' own reader reports for the file, using the missing codes of Stata's dta
documentation; `dump` then shows how pandas (not our reader) reads them back. pandas writes no characteristics
either, so p118ch.dta gets one (<ch>, a 4-byte length, variable and characteristic names of 129 bytes, the text)
with the map's later offsets moved by its length.
"""
import datetime
import json
import os
import struct
import sys
import warnings

import numpy as np
import pandas as pd
from pandas.io.stata import StataMissingValue, StataReader

warnings.simplefilter("ignore")

STAMP = datetime.datetime(2024, 5, 6, 7, 8)

# Per type: the bytes of .a and .z in struct notation (dta_117/dta help: "missing values").
PLANTS = {
    "b": ("b", 102, 127),
    "h": ("h", 32742, 32767),
    "l": ("i", 2147483622, 2147483647),
    "f": ("I", 0x7F000800, 0x7F00D000),
    "d": ("Q", 0x7FE0010000000000, 0x7FE01A0000000000),
}


# pandas' type letters for releases 117+, with 'Q' for a strL reference.
SIZES = {"b": 1, "h": 2, "l": 4, "f": 4, "d": 8, "Q": 8}


def frame(version, big):
    korean = version >= 118
    df = pd.DataFrame({
        "id": pd.Series([1, 2, 3, 4, 5], dtype="int16"),
        "tiny": pd.Series([1, -127, 100, 3, pd.NA], dtype="Int8"),
        "small": pd.Series([1, -32767, 32740, 3, pd.NA], dtype="Int16"),
        "whole": pd.Series([1, -2147483647, 2147483620, 3, pd.NA], dtype="Int32"),
        "single": pd.Series([1.5, -2.25, np.nan, 3e10, 0.1], dtype="float32"),
        "real": pd.Series([0.1, -1e300, np.nan, 8.98e307, 5.0], dtype="float64"),
        "name": ["김민수", "abc", "", "Ünï x", "끝"] if korean else ["Ünï", "abc", "", "café", "z"],
    })
    if not big:
        # pandas 1.5 writes a big-endian file's strL references in the machine's order (pandas issue 58969):
        # strL columns only where that order is the file's.
        df["essay"] = ["x" * 3000, "한글 문장" * 20 if korean else "plain text", "", "x" * 3000, "y"]
    return df


def write(folder):
    for version in (117, 118, 119):
        for big in (False, True):
            df = frame(version, big)
            korean = version >= 118
            path = f"{folder}/p{version}{'be' if big else 'le'}.dta"
            df.to_stata(
                path, version=version, byteorder=">" if big else "<", write_index=False,
                convert_strl=None if big else ["essay"],
                data_label="설문 자료" if korean else "Données",
                variable_labels={"tiny": "작은 정수" if korean else "petit entier", "name": "이름" if korean else "nom"},
                value_labels={"tiny": {1: "하나" if korean else "un", 3: "셋" if korean else "trois"}},
                time_stamp=STAMP)
            plant(path, big)
    characteristic(f"{folder}/p118le.dta", f"{folder}/p118ch.dta")


def plant(path, big):
    """Rows 2 and 3 (0-based 1 and 2) of each numeric column except id get .a and .z."""
    with StataReader(path) as reader:
        types = list(reader.typlist)
        names = list(reader.varlist)
        nobs = reader.nobs
    with open(path, "rb") as f:
        data = bytearray(f.read())
    start = data.index(b"<data>") + len(b"<data>")
    widths = [t if isinstance(t, int) else SIZES[t] for t in types]
    record = sum(widths)
    order = ">" if big else "<"
    offset = 0
    for name, kind, width in zip(names, types, widths):
        if name != "id" and isinstance(kind, str) and kind in PLANTS:
            code, a, z = PLANTS[kind]
            for row, value in ((1, a), (2, z)):
                at = start + row * record + offset
                data[at:at + width] = struct.pack(order + code, value)
        offset += width
    assert start + nobs * record + len(b"</data>") <= len(data)
    with open(path, "wb") as f:
        f.write(data)


def characteristic(source, target):
    with open(source, "rb") as f:
        data = bytearray(f.read())
    body = b"_dta".ljust(129, b"\0") + b"note1".ljust(129, b"\0") + "조사 설명 (노트)".encode() + b"\0"
    element = b"<ch>" + struct.pack("<I", len(body)) + body + b"</ch>"
    at = data.index(b"<characteristics>") + len(b"<characteristics>")
    table = data.index(b"<map>") + len(b"<map>")
    offsets = list(struct.unpack("<14Q", data[table:table + 112]))
    offsets = [o + len(element) if o >= at else o for o in offsets]
    data[table:table + 112] = struct.pack("<14Q", *offsets)
    data[at:at] = element
    with open(target, "wb") as f:
        f.write(data)


def cell(value):
    if isinstance(value, StataMissingValue):
        return {"missing": value.string}
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (bytes, str)):
        return value if isinstance(value, str) else value.decode("latin-1")
    return float(value)


def dump(paths):
    json.dump({os.path.basename(p): read(p) for p in paths}, sys.stdout, ensure_ascii=False)


def read(path):
    with StataReader(path, convert_missing=True, convert_categoricals=False, convert_dates=False) as reader:
        frame_ = reader.read()
        labels = reader.variable_labels()
        values = reader.value_labels()
        out = {
            "format_version": reader.format_version,
            "byteorder": reader.byteorder,
            "data_label": reader.data_label,
            "time_stamp": reader.time_stamp,
            "variables": [
                {"name": n, "label": labels.get(n, ""), "format": f, "value_label_name": l, "type": str(t)}
                for n, f, l, t in zip(reader.varlist, reader.fmtlist, reader.lbllist, reader.typlist)
            ],
            "value_labels": {k: [[float(c), t] for c, t in v.items()] for k, v in values.items()},
            "rows": [[cell(v) for v in row] for row in frame_.itertuples(index=False)],
        }
    return out


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        dump(sys.argv[2:])
