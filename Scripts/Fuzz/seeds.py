#!/usr/bin/env python3
"""Seed corpus for one fuzz target, from sample files and generated events (used by Scripts/fuzz).

Usage: seeds.py TARGET OUT_DIR GENERATED_DIR SAMPLE_FILE...

Every sample file and every generated event (one JSON value per line of GENERATED_DIR/*.jsonl) is
a seed. Per target, the seeds are shaped to what the target reads:
  json      the JSON values themselves (plus the non-JSON samples: near misses are useful);
  capture   the samples as they are, plus generated events wrapped in every container the capture
            reader opens: CloudWatch text lines, Lambda JSON logs, `aws logs filter-log-events`
            output, multi-line pretty JSON, JSON Lines, and subscription payloads (gzip, base64);
            and (smaller events, so the seed fits max_len) the log tools' and loggers' formats of
            captures: S3 export lines, `aws logs tail` (detailed, short, json),
            `sam logs` (text, --output json), Logs Insights (CSV with a multi-line quoted @message,
            Markdown, get-query-results JSON), a JSON array of messages, JSON strings holding the
            event (also a string in a string), structured log lines (Powertools TS and Java, pino,
            Rust tracing, Go slog text), the second half of a split event, YAML; and the same bytes
            encoded: gzip, a Firehose object (gzip members back to back, also double-gzipped), zlib,
            UTF-16LE/BE and UTF-8 with a byte order mark (with characters outside the BMP, so a
            chunk boundary can fall inside a surrogate pair);
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
import zlib

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


# The new containers are built from events up to this size, so that the seed stays under the capture
# target's max_len (8192): libFuzzer cuts longer inputs, and a cut gzip member is only a corrupt stream.
SMALL_EVENT = 1500
STREAM = "2024/03/05/[$LATEST]0123456789abcdef0123456789abcdef"


def go_quote(text):
    """Go's strconv.Quote for printable text (slog's TextHandler quotes values this way)."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append("\\x%02x" % ord(char))
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def csv_cell(text):
    """An RFC 4180 cell, quoted when it holds a comma, a quote or a line break."""
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def firehose_record(messages, index, control=False):
    """One CloudWatch Logs subscription record as Firehose delivers it (before its gzip)."""
    if control:
        return {"messageType": "CONTROL_MESSAGE", "owner": "CloudwatchLogs", "logGroup": "", "logStream": "",
                "subscriptionFilters": [], "logEvents": [{"id": "", "timestamp": 1709633700000,
                "message": "CWL CONTROL MESSAGE: Checking health of destination Firehose."}]}
    return {"messageType": "DATA_MESSAGE", "owner": "111122223333", "logGroup": "/aws/lambda/orders",
            "logStream": STREAM, "subscriptionFilters": ["to-firehose"],
            "logEvents": [{"id": "%056d" % (index * 10 + i), "timestamp": 1709633702311 + i, "message": message}
                          for i, message in enumerate(messages)]}


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def log_tool_containers(raw, index):
    """One (small) generated event in the log tools' and structured loggers' formats (notes/formats.md)."""
    text = raw.decode("utf-8")
    value = json.loads(text)
    ms = 311 + index % 600
    iso = "2024-03-05T10:15:%02d.%03dZ" % (index % 60, ms)
    micro = "2024-03-05T10:15:%02d.%03d000+00:00" % (index % 60, ms)
    request = "7e2f1c1a-51a2-4f0e-9a43-%012d" % index
    start = "START RequestId: %s Version: $LATEST" % request
    end = "END RequestId: %s" % request
    report = ("REPORT RequestId: %s\tDuration: 12.41 ms\tBilled Duration: 13 ms\tMemory Size: 256 MB\t"
              "Max Memory Used: 71 MB\t" % request)
    node = "%s\t%s\tINFO\t%s" % (iso, request, text)
    pretty_node = "%s\t%s\tINFO\t%s" % (iso, request, json.dumps(value, indent=2, ensure_ascii=False))
    powertools = compact({"level": "INFO", "message": "Lambda invocation event \U0001F4E6", "timestamp": iso,
                          "service": "orders", "cold_start": True, "function_name": "orders",
                          "function_request_id": request, "event": value})
    messages = [start, node, end, report]

    # CloudWatch Logs export to S3: `<ISO ms Z> <message>`, continuation lines unstamped.
    yield "s3-export", "".join("%s %s\n" % (iso, m) for m in [start, node, pretty_node, end, report]).encode()
    # aws logs tail: detailed, short, json (a pure-JSON message starts on the next line, indent 4).
    yield "tail-detailed", "".join("%s %s %s\n" % (micro, STREAM, m.rstrip()) for m in messages).encode()
    yield "tail-short", "".join("%s %s\n" % (micro[:19], m.rstrip()) for m in messages).encode()
    yield "tail-json", ("%s %s %s\n" % (micro, STREAM, start)
                        + "%s %s \n%s\n" % (micro, STREAM, json.dumps(json.loads(powertools), indent=4))
                        + "%s %s \n%s\n" % (micro, STREAM, json.dumps(value, indent=4))
                        + "%s %s %s\n" % (micro, STREAM, node)).encode()
    # sam logs: stream first, then time; a message starting with `{` is pretty-printed (indent 2).
    yield "sam-text", ("%s %s %s\n" % (STREAM, micro, start)
                       + "%s %s %s\n" % (STREAM, micro, json.dumps(json.loads(powertools), indent=2))
                       + "%s %s %s\n" % (STREAM, micro, node)
                       + "%s %s %s\n" % (STREAM, micro, end)).encode()
    filtered = [{"logStreamName": STREAM, "timestamp": 1709633702311 + i, "message": m + "\n",
                 "ingestionTime": 1709633702811 + i, "eventId": "%056d" % (index * 10 + i)}
                for i, m in enumerate([start, node, powertools, end])]
    yield "sam-json", "".join(json.dumps(event) + "\n" for event in filtered).encode()
    # Logs Insights: console CSV (a multi-line quoted @message), Markdown, get-query-results JSON.
    stamp = "2024-03-05 10:15:%02d.%03d" % (index % 60, ms)
    rows = [(stamp, start), (stamp, pretty_node + "\n"), (stamp, powertools), (stamp, end)]
    yield "insights-csv", ("@timestamp,@message\r\n"
                           + "".join("%s,%s\r\n" % (csv_cell(t), csv_cell(m)) for t, m in rows)).encode()
    yield "insights-markdown", ("| @timestamp | @message |\n| --- | --- |\n"
                                + "".join("| %s | %s |\n" % (t, m.replace("|", "\\|"))
                                          for t, m in [(stamp, start), (stamp, node), (stamp, powertools)])).encode()
    results = [[{"field": "@timestamp", "value": stamp}, {"field": "@message", "value": m + "\n"},
                {"field": "@ptr", "value": "CmAKJwojMTIzNDU2Nzg5MDEyOi9hd3MvbGFtYmRhL2Zu%04d" % i}]
               for i, m in enumerate([start, node, powertools])]
    yield "insights-api", json.dumps({"queryLanguage": "CWLI", "results": results,
                                      "statistics": {"recordsMatched": 3.0, "recordsScanned": 1234.0,
                                                     "bytesScanned": 56789.0},
                                      "status": "Complete"}, indent=4, ensure_ascii=False).encode()
    # `aws logs filter-log-events --query 'events[].message'`: an array of message strings.
    yield "message-array", (json.dumps([m + "\n" for m in messages + [powertools]], indent=4, ensure_ascii=False)
                            + "\n").encode()
    # JSON strings whose content is the event; a string in a string.
    yield "json-string", (json.dumps(text) + "\n").encode()
    yield "json-string-string", (json.dumps(json.dumps(text)) + "\n").encode()
    # Structured loggers: Powertools TS (event object), Java stream handler (event string), pino, Rust tracing
    # (record_str and Debug `?event`), Go slog text.
    yield "powertools-ts", (powertools + "\n").encode()
    yield "powertools-java", (compact({"level": "INFO", "message": "Handler Event", "cold_start": True,
                                       "timestamp": iso, "service": "orders", "event": text}) + "\n").encode()
    yield "pino", (compact({"level": 30, "time": 1709633702311, "pid": 8, "hostname": "169.254.12.1",
                            "awsRequestId": request, "event": value, "msg": "received"}) + "\n").encode()
    yield "rust-tracing", "".join(compact({"timestamp": "2024-03-05T10:15:02.311956Z", "level": "INFO",
                                           "fields": {"message": "lambda event", "event": event},
                                           "target": "bootstrap"}) + "\n"
                                  for event in (text, json.dumps(text))).encode()
    yield "go-slog", ("time=%s level=INFO msg=\"lambda event\" request_id=%s event=%s\n"
                      % (iso, request, go_quote(text))).encode()
    # The second half of an event split by Lambda's pipeline, then a whole one.
    yield "split-second-half", ("%s\n%s\n" % (node[len(node) // 2:], node)).encode()
    # `aws logs filter-log-events --output yaml`.
    yield "yaml", ("events:\n" + "".join(
        "- eventId: '%s'\n  ingestionTime: %d\n  logStreamName: %s\n  message: %s\n  timestamp: %d\n"
        % (e["eventId"], e["ingestionTime"], e["logStreamName"], json.dumps(e["message"]), e["timestamp"])
        for e in filtered) + "searchedLogStreams: []\n").encode()
    # A Firehose object: each subscription record one gzip member, back to back (`}{` once inflated).
    records = [firehose_record([], index, control=True)] + [
        firehose_record([m + "\n" for m in part], index * 3 + k)
        for k, part in enumerate([[start, node], [powertools], [end, report]])]
    members = [gzip.compress(compact(r).encode(), mtime=0) for r in records]
    yield "firehose", b"".join(members)
    yield "firehose-double-gzip", gzip.compress(b"".join(members), mtime=0)
    yield "firehose-inflated", "".join(compact(r) for r in records).encode()
    yield "firehose-newlines", "".join(compact(r) + "\n" for r in records).encode()


def encoded(name, data):
    """The same capture bytes as a file may hold them: compressed, or in another Unicode encoding."""
    yield name + "+gzip", gzip.compress(data, mtime=0)
    yield name + "+zlib", zlib.compress(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    # Characters outside the BMP, so the UTF-16 forms hold surrogate pairs for the chunk boundaries to split:
    # a line-based capture without one gains a last line with one.
    marked = text
    if text.endswith("\n") and all(ord(char) <= 0xFFFF for char in text):
        marked = text + '{"level":"INFO","msg":"\U0001F680 done \U0001F4E6"}\n'
    yield name + "+utf8-bom", b"\xef\xbb\xbf" + data
    yield name + "+utf16le", b"\xff\xfe" + marked.encode("utf-16-le")
    yield name + "+utf16be", b"\xfe\xff" + marked.encode("utf-16-be")


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
        small = [raw for raw in generated if len(raw) <= SMALL_EVENT]
        for index, raw in enumerate(small):
            if index % 2 == 0:
                formats = list(log_tool_containers(raw, index))
                seeds += [wrapped for _, wrapped in formats]
                # Each encoding once per format, spread over the events (all of them for the plain JSON Lines).
                name, data = formats[index // 2 % len(formats)]
                seeds += [wrapped for _, wrapped in encoded(name, data)]
                seeds += [wrapped for _, wrapped in encoded("jsonl", raw + b"\n" + raw + b"\n")]
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
