#!/usr/bin/env python3
"""Writes N mutated crime records (JSON Lines) to standard output, for the soak run.

Each line is a record of the bundled sample under a new id, mutated one way in four: a null in a
list, a value of another JSON type, an extreme number or instant, a lone UTF-16 escape, a cut-off
line, a property given twice, nesting far deeper than the model, or left valid. Deterministic for a
seed. Usage (see docs/what-happens-when.md):

    python3 tools/soak/mutate.py 1000000 7 > soak.jsonl
    compliance audit soak.jsonl --as-of 2010-01-01T00:00:00Z --format json --output soak.json
"""
import json
import random
import sys

LISTS = ["statements", "victimContacts", "outcomes", "classificationHistory", "victims", "officers",
         "additionalVerifiableInformation", "notifications"]
VALUES = [None, True, 0, -1, 2**63, 1e308, "", "x" * 300, [], {}, "0001-01-01T00:00:00Z",
          "9999-12-31T23:59:59Z", "2008-13-45T25:61:00Z", "\ud800"]


def mutate(record, rng):
    kind = rng.randrange(12)
    line = json.dumps(record, separators=(",", ":"))
    if kind == 0:
        record[rng.choice(LISTS)] = [None]
    elif kind == 1:
        path = rng.choice([("incident", "reportReceivedAt"), ("recordingDecision", "decidedAt"), ("incident", "channel"),
                           ("owningUnit", "unitId"), ("recordingDecision", "outcome")])
        if isinstance(record.get(path[0]), dict):
            record[path[0]][path[1]] = rng.choice(VALUES)
    elif kind == 2:
        for item in record.get("classificationHistory", []):
            item["seq"] = rng.choice([2**31, -2**31 - 1, 10**30])
    elif kind == 3:
        record["incident"]["reportReceivedAt"] = rng.choice(["0001-01-01T00:00:00Z", "9999-12-31T23:00:00-05:00",
                                                             "1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z"])
    elif kind == 4:
        return line.replace('"crimeRecordId":"', '"crimeRecordId":"\\ud800', 1)
    elif kind == 5:
        return line[: rng.randrange(1, len(line))]
    elif kind == 6:
        return line[:-1] + ',"crimeRecordId":"DUP"}'
    elif kind == 7:
        depth = rng.choice([9, 64, 2000])
        record["incident"]["channel"] = None
        return line[:-1] + ',"deep":' + "[" * depth + "]" * depth + "}"
    elif kind == 8:
        return line.replace('"statements":[', '"statements":[1e400,', 1)
    return json.dumps(record, separators=(",", ":"))


def main():
    count, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    sample = [json.loads(l) for l in open(sys.argv[3] if len(sys.argv) > 3 else "samples/sapphire-2009.jsonl", encoding="utf-8")]
    out = sys.stdout
    for n in range(count):
        record = json.loads(json.dumps(sample[n % len(sample)]))
        record["crimeRecordId"] = f"SOAK-{n}"
        text = mutate(record, rng) if rng.random() < 0.25 else json.dumps(record, separators=(",", ":"))
        out.write(text.replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
