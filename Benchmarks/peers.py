#!/usr/bin/env python3
"""Peer measurements for Benchmarks/run, on the same files and schemas as ours.

Prints one JSON line per figure: {"name", "seconds", "bytes", "records", "megabytesPerSecond", "recordsPerSecond"}
or {"name", "error"} when a peer cannot run (never a silent gap).
Usage: peers.py SCHEMAS_DIR FILE.jsonl|EXPORT.log [--repetitions N]
Needs (installed by Benchmarks/run into a virtualenv): orjson jsonschema-rs fastjsonschema aws-lambda-powertools
"""
import json
import pathlib
import statistics
import sys
import time


# Documents of the untimed warm-up run before the timed ones (ours warms up on its file's first MiB too), so that a
# round of one repetition times no one-time set-up.
WARM_UP = 500


def median_seconds(repetitions, body):
    """Median wall time of `body(None)` (every document) after one untimed `body(WARM_UP)`."""
    body(WARM_UP)
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        body(None)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figure(name, seconds, size, records):
    print(json.dumps({"name": name, "seconds": seconds, "bytes": size, "records": records,
                      "megabytesPerSecond": size / 1e6 / seconds, "recordsPerSecond": records / seconds},
                     sort_keys=True), flush=True)


def failure(name, error):
    print(json.dumps({"name": name, "error": f"{type(error).__name__}: {error}"}, sort_keys=True), flush=True)


def kind_of(event):
    records = event.get("Records") if isinstance(event, dict) else None
    if isinstance(records, list) and records and isinstance(records[0], dict):
        source = records[0].get("eventSource")
        if source == "aws:kinesis":
            return "kinesis-event"
        if source == "aws:dynamodb":
            return "dynamodb-event"
    return None


def main():
    schemas_dir = pathlib.Path(sys.argv[1])
    path = pathlib.Path(sys.argv[2])
    repetitions = int(sys.argv[sys.argv.index("--repetitions") + 1]) if "--repetitions" in sys.argv else 3
    data = path.read_bytes()
    name = path.name
    # A CloudWatch Logs text export (Node runtime): `timestamp\trequestId\tLEVEL\tmessage` lines among
    # START/END/REPORT lines. The peers get the same file and must find the JSON themselves: every run
    # below includes splitting the line at its tabs, as a user's script would.
    export = not name.endswith(".jsonl")

    def payloads():
        if not export:
            return [line for line in data.split(b"\n") if line.strip()]
        found = []
        for line in data.split(b"\n"):
            parts = line.split(b"\t", 3)
            if len(parts) == 4 and parts[3][:1] in (b"{", b"["):
                found.append(parts[3])
        return found

    try:
        import orjson
    except Exception as error:
        for peer in ("orjson.loads", "jsonschema_rs+orjson", "fastjsonschema+orjson"):
            failure(f"{peer} {name}", error)
        orjson = None
    lines = payloads()
    # Records and kinds one document at a time: a list of every parsed document, alive while the peers run, made
    # each of Python's full garbage collections walk the whole corpus (jsonschema_rs on DynamoDB ran at half speed).
    records = 0
    kinds = []
    for line in lines:
        event = (orjson.loads if orjson is not None else json.loads)(line)
        if isinstance(event, dict):
            records += len(event.get("Records", []))
        kinds.append(kind_of(event))
    if export:
        # Time the extraction with each peer, since ours includes reading the log format.
        def lines_now():
            return payloads()
    else:
        def lines_now():
            return lines

    if orjson is not None and not export:
        # Each document is dropped once parsed, as in the validators' runs below: a list holding every parsed
        # document would time the garbage collector's passes over a growing heap, not the parser.
        def parse_all(limit):
            for line in lines[:limit]:
                orjson.loads(line)

        figure(f"orjson.loads {name}", median_seconds(repetitions, parse_all), len(data), records)
    if orjson is None:
        run_powertools_only(name, lines_now, kinds, repetitions, len(data), records)
        return

    schemas = {p.name: json.loads(p.read_text()) for p in schemas_dir.glob("*.schema.json")}
    try:
        import jsonschema_rs
        registry = jsonschema_rs.Registry([(s["$id"], s) for s in schemas.values()])
        validators = {k: jsonschema_rs.Draft202012Validator(schemas[f"{k}.schema.json"], registry=registry)
                      for k in ("kinesis-event", "dynamodb-event")}

        def run(limit=None):
            invalid = 0
            for line, kind in zip(lines_now()[:limit], kinds):
                event = orjson.loads(line)
                if kind and not validators[kind].is_valid(event):
                    invalid += 1
            return invalid

        figure(f"jsonschema_rs+orjson {name}", median_seconds(repetitions, run), len(data), records)
        print(json.dumps({"name": f"jsonschema_rs invalid documents {name}", "count": run()}), file=sys.stderr)
    except Exception as error:  # a peer that cannot run is a printed failure
        failure(f"jsonschema_rs+orjson {name}", error)

    try:
        import fastjsonschema
        handlers = {"https": lambda uri: schemas[uri.rsplit("/", 1)[-1]]}
        compiled = {k: fastjsonschema.compile(schemas[f"{k}.schema.json"], handlers=handlers)
                    for k in ("kinesis-event", "dynamodb-event")}

        def run_fast(limit):
            for line, kind in zip(lines_now()[:limit], kinds):
                event = orjson.loads(line)
                if kind:
                    try:
                        compiled[kind](event)
                    except fastjsonschema.JsonSchemaException:
                        pass

        figure(f"fastjsonschema+orjson {name}", median_seconds(repetitions, run_fast), len(data), records)
    except Exception as error:
        failure(f"fastjsonschema+orjson {name}", error)

    run_powertools_only(name, lines_now, kinds, repetitions, len(data), records)


def run_powertools_only(name, lines_now, kinds, repetitions, size, records):
    try:
        from aws_lambda_powertools.utilities.parser.models import DynamoDBStreamModel, KinesisDataStreamModel
        models = {"kinesis-event": KinesisDataStreamModel, "dynamodb-event": DynamoDBStreamModel}

        def run_powertools(limit):
            for line, kind in zip(lines_now()[:limit], kinds):
                if kind:
                    try:
                        models[kind].model_validate_json(line)
                    except Exception:
                        pass

        figure(f"powertools model_validate_json {name}", median_seconds(repetitions, run_powertools), size, records)
    except Exception as error:
        failure(f"powertools model_validate_json {name}", error)


if __name__ == "__main__":
    main()
