#!/usr/bin/env python3
"""The oracles behind Scripts/peer-check: python jsonschema, Powertools parser models, aws-kinesis-agg, and
botocore's service models for the AWS API kinds.

Usage: peer_oracles.py SCHEMAS_DIR SAMPLES_DIR FIXTURES_DIR
Prints a line per check and a final 'N passed, N failed' line; exits 1 on any failure.
"""
import base64
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

schemas_dir, samples_dir, fixtures_dir = (pathlib.Path(p) for p in sys.argv[1:4])
schemas = {p.name: json.loads(p.read_text()) for p in schemas_dir.glob("*.schema.json")}
registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
validators = {name[: -len(".schema.json")]: Draft202012Validator(s, registry=registry) for name, s in schemas.items()}

passed = failed = 0


def report(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(("ok    " if ok else "FAIL  ") + what, flush=True)


# 2. Generated samples: each file is named after its kind.
for path in sorted(samples_dir.glob("*.jsonl")):
    kind = path.stem
    validator = validators.get(kind)
    documents = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    if validator is None:
        report(False, f"jsonschema {kind}: no schema named {kind}")
        continue
    errors = [(i, e.message) for i, d in enumerate(documents) for e in validator.iter_errors(d)]
    report(not errors, f"jsonschema {kind}: {len(documents)} generated documents, {len(errors)} errors"
           + (f" (first: #{errors[0][0]} {errors[0][1][:160]})" if errors else ""))

# 2b. Committed fixtures: a manifest names each file's kind; otherwise a folder named after the kind.
manifest_path = fixtures_dir / "fixtures.json"
fixture_files = []
if manifest_path.exists():
    manifest = json.loads(manifest_path.read_text())
    for recipe in manifest.get("fixtures", []):
        fixture_files.append((recipe["kind"], fixtures_dir / recipe["path"]))
for kind, path in fixture_files:
    text = path.read_text()
    documents = [json.loads(line) for line in text.splitlines() if line.strip()] if path.suffix == ".jsonl" else [json.loads(text)]
    if len(documents) == 1 and isinstance(documents[0], list) and kind not in ("",):
        documents = documents[0]
    errors = [e.message for d in documents for e in validators[kind].iter_errors(d)]
    report(not errors, f"jsonschema fixture {path.relative_to(fixtures_dir)} ({kind}): {len(documents)} documents, {len(errors)} errors"
           + (f" (first: {errors[0][:160]})" if errors else ""))
if not fixture_files:
    print("note  no committed fixtures listed in Fixtures/fixtures.json yet", flush=True)

# 3. Powertools parser models accept our Kinesis and DynamoDB events.
try:
    from aws_lambda_powertools.utilities.parser.models import DynamoDBStreamModel, KinesisDataStreamModel
    for kind, model in (("kinesis-event", KinesisDataStreamModel), ("dynamodb-event", DynamoDBStreamModel)):
        path = samples_dir / f"{kind}.jsonl"
        if not path.exists():
            report(False, f"powertools {kind}: no generated samples")
            continue
        problems = []
        lines = [l for l in path.read_text().splitlines() if l.strip()]
        for i, line in enumerate(lines):
            try:
                model.model_validate_json(line)
            except Exception as error:  # noqa: BLE001 - any rejection is a finding
                problems.append(f"#{i}: {str(error)[:200]}")
        report(not problems, f"powertools {model.__name__}: {len(lines)} events, {len(problems)} rejected"
               + (f" (first: {problems[0]})" if problems else ""))
except ImportError as error:
    report(False, f"powertools: cannot import the parser models ({error})")

# 4. aws-kinesis-agg de-aggregates every KPL record we generated.
from aws_kinesis_agg.deaggregator import deaggregate_records  # noqa: E402

path = samples_dir / "kinesis-event.jsonl"
aggregated = user_records = 0
problems = []
if path.exists():
    magic = bytes([0xF3, 0x89, 0x9A, 0xC2])
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        for record in json.loads(line)["Records"]:
            data = base64.b64decode(record["kinesis"]["data"])
            if not data.startswith(magic):
                continue
            aggregated += 1
            out = deaggregate_records([record])
            if len(out) < 1 or not all("subSequenceNumber" in r["kinesis"] or r.get("kinesis", {}).get("aggregated") for r in out):
                problems.append(record["eventID"])
            user_records += len(out)
report(aggregated > 0 and not problems,
       f"aws-kinesis-agg: {aggregated} aggregated records de-aggregated into {user_records} user records, "
       f"{len(problems)} failed" + ("" if aggregated else " (no aggregated records were generated)"))

# 5. botocore's service models accept the AWS API outputs we generate: every member is one the shape declares,
#    required members are present, and strings, numbers and lists keep the model's enums, patterns and bounds.
#    Timestamps may be epoch seconds (the wire, AWS CLI v1) or ISO-8601 text (AWS CLI v2); blobs are base64.
#    The lower bounds of numbers and lists are input constraints that real outputs do not keep (PutRecords answers
#    `FailedRecordCount: 0`, DescribeStreamSummary `ShardLevelMetrics: []`), so only upper bounds are checked there.
import datetime  # noqa: E402
import re  # noqa: E402

BOTOCORE_SHAPES = {
    "dynamodbstreams-get-records-response": ("dynamodbstreams", "GetRecordsOutput"),
    "dynamodbstreams-describe-stream-response": ("dynamodbstreams", "DescribeStreamOutput"),
    "get-records-response": ("kinesis", "GetRecordsOutput"),
    "put-records-request": ("kinesis", "PutRecordsInput"),
    "put-records-response": ("kinesis", "PutRecordsOutput"),
    "put-record-response": ("kinesis", "PutRecordOutput"),
    "list-shards-response": ("kinesis", "ListShardsOutput"),
    "describe-stream-response": ("kinesis", "DescribeStreamOutput"),
    "describe-stream-summary-response": ("kinesis", "DescribeStreamSummaryOutput"),
    "list-stream-consumers-response": ("kinesis", "ListStreamConsumersOutput"),
    "register-stream-consumer-response": ("kinesis", "RegisterStreamConsumerOutput"),
    "describe-stream-consumer-response": ("kinesis", "DescribeStreamConsumerOutput"),
    "kinesis-consumer": ("kinesis", "Consumer"),
    "kinesis-consumer-description": ("kinesis", "ConsumerDescription"),
    "subscribe-to-shard-event": ("kinesis", "SubscribeToShardEvent"),
}


def shape_problems(value, shape, where="$"):
    """The ways `value` (parsed JSON) breaks botocore `shape`, as 'path: problem' strings."""
    kind = shape.type_name
    meta = shape.metadata
    if kind == "structure":
        if not isinstance(value, dict):
            return [f"{where}: expected an object for {shape.name}"]
        found = []
        for name in getattr(shape, "required_members", []):
            if name not in value:
                found.append(f"{where}: missing required {name}")
        for name, member in value.items():
            if name not in shape.members:
                found.append(f"{where}: {name} is not a member of {shape.name}")
            elif member is not None:
                found += shape_problems(member, shape.members[name], f"{where}.{name}")
        return found
    if kind == "list":
        if not isinstance(value, list):
            return [f"{where}: expected a list"]
        found = []
        if "max" in meta and len(value) > meta["max"]:
            found.append(f"{where}: {len(value)} items, more than {meta['max']}")
        for index, item in enumerate(value):
            found += shape_problems(item, shape.member, f"{where}[{index}]")
        return found
    if kind == "map":
        if not isinstance(value, dict):
            return [f"{where}: expected a map"]
        found = []
        for key, item in value.items():
            found += shape_problems(key, shape.key, f"{where}<key>") + shape_problems(item, shape.value, f"{where}.{key}")
        return found
    if kind == "string":
        if not isinstance(value, str):
            return [f"{where}: expected a string"]
        if "enum" in meta and value not in meta["enum"]:
            return [f"{where}: {value!r} not in {meta['enum']}"]
        if "min" in meta and len(value) < meta["min"] or "max" in meta and len(value) > meta["max"]:
            return [f"{where}: length {len(value)} outside {meta.get('min')}..{meta.get('max')}"]
        if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
            return [f"{where}: {value[:60]!r} does not match {meta['pattern']}"]
        return []
    if kind in ("integer", "long"):
        if isinstance(value, bool) or not isinstance(value, int):
            return [f"{where}: expected an integer"]
        if "max" in meta and value > meta["max"]:
            return [f"{where}: {value} is more than {meta['max']}"]
        return []
    if kind == "boolean":
        return [] if isinstance(value, bool) else [f"{where}: expected a boolean"]
    if kind == "timestamp":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return []
        try:
            datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            return []
        except ValueError:
            return [f"{where}: {value!r} is neither epoch seconds nor ISO-8601"]
    if kind == "blob":
        try:
            base64.b64decode(value, validate=True)
            return []
        except (ValueError, TypeError):
            return [f"{where}: not base64"]
    return []


try:
    import botocore.session

    session = botocore.session.get_session()
    models = {}
    for kind, (service, shape_name) in sorted(BOTOCORE_SHAPES.items()):
        path = samples_dir / f"{kind}.jsonl"
        if not path.exists():
            continue  # a kind we do not generate (yet)
        model = models.setdefault(service, session.get_service_model(service))
        shape = model.shape_for(shape_name)
        lines = [l for l in path.read_text().splitlines() if l.strip()]
        problems = [f"#{i}: {p}" for i, line in enumerate(lines) for p in shape_problems(json.loads(line), shape)]
        report(not problems, f"botocore {service} {shape_name} ({kind}): {len(lines)} documents, "
               f"{len(problems)} problems" + (f" (first: {problems[0][:200]})" if problems else ""))
except ImportError as error:
    report(False, f"botocore: cannot import ({error})")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
