#!/usr/bin/env python3
"""Seed corpus for one fuzz target, from sample files and generated events (used by Scripts/fuzz).

Usage: seeds.py TARGET OUT_DIR GENERATED_DIR SAMPLE_FILE...

Every sample file and every generated event (one JSON value per line of GENERATED_DIR/*.jsonl) is
a seed. Per target, the seeds are shaped to what the target reads:
  json      the JSON values themselves (plus the non-JSON samples: near misses are useful);
  capture   the samples as they are, plus generated events wrapped in every container the capture
            reader opens: CloudWatch text lines, Lambda JSON logs, `aws logs filter-log-events`
            output, multi-line pretty JSON, JSON Lines, and subscription payloads (gzip, base64);
  validate  as capture, and copies whose first byte forces a kind (see fuzz-validate/main.swift);
  codecs    values picked out of the events (base64 `data`, `N` numbers, KPL aggregates, sequence
            numbers, hash keys, timestamps), each behind its codec's selector byte;
  item      DynamoDB images and keys (`NewImage`, `OldImage`, `Keys`) and whole DynamoDB events.
"""
import base64
import gzip
import hashlib
import json
import os
import sys

KPL_MAGIC = bytes([0xF3, 0x89, 0x9A, 0xC2])


def load_samples(paths):
    for path in paths:
        with open(path, "rb") as handle:
            yield os.path.basename(path), handle.read()


def load_generated(directory):
    events = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(directory, name), "rb") as handle:
            for line in handle:
                line = line.strip()
                if line:
                    events.append(line)
    return events


def parse(raw):
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None


def walk(value, visit, key=None):
    visit(key, value)
    if isinstance(value, dict):
        for name, child in value.items():
            walk(child, visit, name)
    elif isinstance(value, list):
        for child in value:
            walk(child, visit, key)


def containers(raw, index):
    """One generated event in each capture container."""
    text = raw.decode("utf-8")
    value = json.loads(text)
    stamp = "2024-03-05T10:15:%02d.311Z" % (index % 60)
    request = "7e2f1c1a-51a2-4f0e-9a43-%012d" % index
    yield "cloudwatch", ("START RequestId: %s Version: $LATEST\n%s\t%s\tINFO\tReceived event: %s\nEND RequestId: %s\n"
                         % (request, stamp, request, text, request)).encode()
    pretty = json.dumps(value, indent=2, ensure_ascii=False)
    yield "pretty", pretty.encode()
    yield "cloudwatch-pretty", ("%s\t%s\tINFO\t%s\n" % (stamp, request, pretty)).encode()
    yield "lambda-json", (json.dumps({"timestamp": stamp, "level": "INFO", "requestId": request,
                                      "message": text}) + "\n"
                          + json.dumps({"timestamp": stamp, "level": "INFO", "requestId": request,
                                        "message": value}) + "\n").encode()
    events = [{"logStreamName": "2024/03/05/[$LATEST]0123", "timestamp": 1709633702311 + i,
               "message": message, "ingestionTime": 1709633702811, "eventId": "%056d" % i}
              for i, message in enumerate(["START RequestId: %s\n" % request,
                                           "%s\t%s\tINFO\t%s\n" % (stamp, request, text)])]
    yield "filter-log-events", json.dumps({"events": events, "searchedLogStreams": []}, indent=4).encode()
    yield "jsonl", (text + "\n" + text + "\n").encode()
    payload = {"messageType": "DATA_MESSAGE", "owner": "111122223333", "logGroup": "/aws/lambda/f",
               "logStream": "2024/03/05/[$LATEST]0123", "subscriptionFilters": ["all"],
               "logEvents": [{"id": "%056d" % index, "timestamp": 1709633702311, "message": text}]}
    data = base64.b64encode(gzip.compress(json.dumps(payload).encode(), mtime=0)).decode()
    yield "subscription", json.dumps({"awslogs": {"data": data}}).encode()


def codec_values(value):
    """(selector, bytes) pairs for fuzz-codecs, from one parsed event."""
    found = []

    def visit(key, item):
        if isinstance(item, str):
            if key in ("data", "Data", "B"):
                found.append((0, item.encode()))
                try:
                    decoded = base64.b64decode(item, validate=True)
                except ValueError:
                    decoded = b""
                if decoded.startswith(KPL_MAGIC):
                    found.append((2, decoded))
                    found.append((3, decoded[4:-16]))
                    found.append((7, item.encode()))
            elif key in ("N", "NS"):
                found.append((1, item.encode()))
            elif key and ("equenceNumber" in key or "HashKey" in key):
                found.append((4, item.encode()))
            elif key and ("Timestamp" in key or "DateTime" in key or key.endswith("Time")):
                found.append((5, json.dumps(item).encode()))
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            if key and ("Timestamp" in key or "DateTime" in key):
                found.append((5, json.dumps(item).encode()))
            found.append((6, json.dumps(item).encode()))

    walk(value, visit)
    return found


def item_values(value):
    found = []

    def visit(key, item):
        if key in ("NewImage", "OldImage", "Keys") and isinstance(item, dict):
            found.append(json.dumps(item, ensure_ascii=False).encode())

    walk(value, visit)
    if isinstance(value, dict) and "Records" in value:
        found.append(json.dumps(value, ensure_ascii=False).encode())
    return found


def main():
    target, out, generated_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    samples = list(load_samples(sys.argv[4:]))
    generated = load_generated(generated_dir)
    os.makedirs(out, exist_ok=True)
    seeds = []
    if target in ("json", "capture", "validate"):
        seeds += [raw for _, raw in samples]
        seeds += generated
    if target in ("capture", "validate"):
        for index, raw in enumerate(generated):
            if index % 3 == 0:
                seeds += [wrapped for _, wrapped in containers(raw, index)]
    if target == "validate":
        # First byte 0x00-0x08 or 0x0E-0x1F forces a kind (index = byte mod kind count).
        forcing = [b for b in range(0x20) if not 0x09 <= b <= 0x0D]
        seeds += [bytes([forcing[i % len(forcing)]]) + raw for i, raw in enumerate(generated)]
    if target == "codecs":
        for raw in generated + [raw for _, raw in samples]:
            value = parse(raw)
            if value is not None:
                seeds += [bytes([selector]) + data for selector, data in codec_values(value)]
        seeds += [bytes([1]) + text for text in (b"0", b"-1.5E+10", b"1" * 38, b"0.0000001e-129", b"9.9e125")]
    if target == "item":
        for raw in generated + [raw for _, raw in samples]:
            value = parse(raw)
            if value is not None:
                seeds += item_values(value)
    unique = {hashlib.sha1(seed).hexdigest(): seed for seed in seeds}
    for name, seed in unique.items():
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(seed)
    print(len(unique))


if __name__ == "__main__":
    main()
