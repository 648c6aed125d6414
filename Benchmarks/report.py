#!/usr/bin/env python3
"""Turns Benchmarks/run's figure lines into the results table (ours, peer, ratio) as Markdown."""
import datetime
import json
import os
import platform
import subprocess
import sys

figures = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
mode = sys.argv[2] if len(sys.argv) > 2 else "full"
by_name = {f["name"]: f for f in figures}


def mbps(name):
    f = by_name.get(name)
    if f is None:
        return None, "missing"
    if "error" in f:
        return None, f["error"]
    return f.get("megabytesPerSecond"), None


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
out = [
    "# Benchmark results",
    "",
    f"Run `{'Benchmarks/run --quick' if mode == 'quick' else 'Benchmarks/run'}` on {datetime.date.today().isoformat()}; "
    f"{os.cpu_count()} cores, {cpu_model()}; {swift}. Medians of 3 repetitions; ours and the peers ran in the same run "
    "on the same files, so only the ratios are meaningful on this shared machine.",
    "",
    "| measurement | file | ours MB/s | peer | peer MB/s | ours ÷ peer |",
    "|---|---|---:|---|---:|---:|",
]
pairs = [
    ("parse", "orjson.loads"),
    ("parse+schema", "jsonschema_rs+orjson"),
    ("validate", "jsonschema_rs+orjson"),
    ("parse+schema", "fastjsonschema+orjson"),
    ("validate", "powertools model_validate_json"),
]
for file in ("kinesis.jsonl", "dynamodb.jsonl", "mixed.jsonl"):
    for ours_name, peer_name in pairs:
        ours, ours_error = mbps(f"{ours_name} {file}")
        peer, peer_error = mbps(f"{peer_name} {file}")
        ratio = f"{ours / peer:.2f}×" if ours and peer else "—"
        out.append(f"| {ours_name} | {file} | {f'{ours:.1f}' if ours else ours_error} | {peer_name} | "
                   f"{f'{peer:.1f}' if peer else peer_error} | {ratio} |")
out += ["", "| generation | MB/s | records/s |", "|---|---:|---:|"]
for f in figures:
    if f["name"].startswith("generate ") and "error" not in f:
        out.append(f"| {f['name']} | {f['megabytesPerSecond']:.1f} | {f['recordsPerSecond']:,.0f} |")
sam = by_name.get("sam local generate-event kinesis get-records")
gen = by_name.get("generate kinesis-event")
if sam and "secondsPerEvent" in sam and gen:
    events_per_second = gen.get("events", 0) / gen["seconds"] if gen.get("events") else None
    line = f"| sam local generate-event kinesis get-records | {sam['secondsPerEvent'] * 1000:.0f} ms per event |"
    if events_per_second:
        line += f" ours {events_per_second:,.0f} events/s = {events_per_second * sam['secondsPerEvent']:,.0f}× SAM |"
    out += ["", "| peer | figure |", "|---|---|", line]
elif sam:
    out += ["", f"SAM CLI: {sam.get('error', 'no figure')}"]
rss = by_name.get("validate peak RSS mixed.jsonl")
cold = by_name.get("cold start --version")
out += ["", f"Peak RSS of `stream-fixtures validate --format json mixed.jsonl`: {rss['kib'] / 1024:.1f} MiB" if rss else "",
        f"Cold start `stream-fixtures --version` (static stdlib): {cold['milliseconds']:.1f} ms (median of 30)" if cold else ""]
for f in figures:
    if "error" in f:
        out.append(f"- FAILED: {f['name']}: {f['error']}")
print("\n".join(out))
