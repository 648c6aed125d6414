#!/usr/bin/env python3
"""Turns Benchmarks/run's figure lines into the results table (ours, peer, ratio) as Markdown.

Every expected row is printed: a figure that is missing or failed shows why in its cell.
"""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys

figures = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
mode = sys.argv[2] if len(sys.argv) > 2 else "full"


def merged_rounds(name, rounds):
    """One figure for the rounds of a name: the median time (MB/s and records/s from it), or the first error."""
    failed = [f for f in rounds if "error" in f]
    if failed:
        return {**failed[0], "name": name}
    seconds = statistics.median(f["seconds"] for f in rounds)
    merged = {**rounds[0], "seconds": seconds, "rounds": len(rounds)}
    merged["megabytesPerSecond"] = merged["bytes"] / 1e6 / seconds
    merged["recordsPerSecond"] = merged["records"] / seconds
    return merged


# Figures measured in interleaved rounds (`"round": N`) are kept per round, for per-round ratios, and merged.
by_round = {}
for f in figures:
    if "round" in f:
        by_round.setdefault(f["name"], {})[f["round"]] = f
by_name = {f["name"]: f for f in figures if "round" not in f}
for name, rounds in by_round.items():
    by_name[name] = merged_rounds(name, [rounds[r] for r in sorted(rounds)])


def round_ratios(ours_name, peer_name):
    """Ours ÷ peer in MB/s, round by round (only rounds where both ran)."""
    ours, peer = by_round.get(ours_name, {}), by_round.get(peer_name, {})
    return [ours[r]["megabytesPerSecond"] / peer[r]["megabytesPerSecond"] for r in sorted(ours)
            if r in peer and "error" not in ours[r] and "error" not in peer[r]]

# Which pip package each peer needs, so a failed install explains an empty cell.
packages = {
    "orjson.loads": ["orjson"],
    "jsonschema_rs+orjson": ["orjson", "jsonschema-rs"],
    "fastjsonschema+orjson": ["orjson", "fastjsonschema"],
    "powertools model_validate_json": ["aws-lambda-powertools[parser]"],
}


def figure(name, peer=None):
    """(figure, None) or (None, why it is missing)."""
    f = by_name.get(name)
    if f is not None and "error" not in f:
        return f, None
    if f is not None:
        return None, "FAILED: " + f["error"]
    for package in packages.get(peer, []):
        install = by_name.get(f"install {package}")
        if install:
            return None, "FAILED: " + install["error"]
    if "install peers" in by_name and peer:
        return None, "FAILED: " + by_name["install peers"]["error"]
    return None, "FAILED: no figure (see the run's output)"


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def rate(f, key, digits):
    return f"{f[key]:,.{digits}f}" if f else "—"


rounds_run = max((len(rounds) for rounds in by_round.values()), default=0)
swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
files = {f.split(" ", 1)[1] for f in by_name if f.startswith("validate ") and not f.startswith("validate peak")}
out = [
    "# Benchmark results",
    "",
    f"Run `{'Benchmarks/run --quick' if mode == 'quick' else 'Benchmarks/run'}` on {datetime.date.today().isoformat()}; "
    f"{os.cpu_count()} cores, {cpu_model()}; {swift}. Ours and the peers ran on each file in {rounds_run} interleaved "
    "rounds (one repetition of ours, one of the peers, in turns, who goes first alternating): MB/s are the medians of "
    "the rounds, and ours ÷ peer is the median of the per-round ratios (their range in brackets), since both sides "
    "of a round ran seconds apart under the same load of this shared machine. Other figures: medians of 3 "
    "repetitions. Records are `Records[]` elements.",
    "",
    "Files: `kinesis.jsonl` and `dynamodb.jsonl` (events of 1, 5, 10, 25, 50 and 100 records, one per line), "
    "`mixed.jsonl` (both, interleaved) and `mixed-cloudwatch.log` (the mixed events as a CloudWatch Logs text export "
    "of a Node.js function: `timestamp\\trequestId\\tINFO\\t{json}` lines between START, END and REPORT lines; "
    "the peers split each line at its tabs to find the JSON, and that is timed too).",
    "",
]
sizes = []
for name in ("kinesis.jsonl", "dynamodb.jsonl", "mixed.jsonl", "mixed-cloudwatch.log"):
    f = by_name.get(f"validate {name}")
    if f and "bytes" in f:
        sizes.append(f"`{name}` {f['bytes'] / 1e6:.1f} MB, {f['records']:,} records")
if sizes:
    out += ["Sizes: " + "; ".join(sizes) + ".", ""]
out += [
    "| measurement | file | ours MB/s | ours records/s | peer | peer MB/s | peer records/s | ours ÷ peer |",
    "|---|---|---:|---:|---|---:|---:|---:|",
]
pairs = [
    ("parse", "orjson.loads"),
    ("parse+schema", "jsonschema_rs+orjson"),
    ("validate", "jsonschema_rs+orjson"),
    ("parse+schema", "fastjsonschema+orjson"),
    ("validate", "powertools model_validate_json"),
]
export_pairs = [
    ("validate", "jsonschema_rs+orjson"),
    ("validate", "fastjsonschema+orjson"),
    ("validate", "powertools model_validate_json"),
]
for file in ("kinesis.jsonl", "dynamodb.jsonl", "mixed.jsonl", "mixed-cloudwatch.log"):
    for ours_name, peer_name in (pairs if file.endswith(".jsonl") else export_pairs):
        ours, ours_error = figure(f"{ours_name} {file}")
        peer, peer_error = figure(f"{peer_name} {file}", peer=peer_name)
        ratios = round_ratios(f"{ours_name} {file}", f"{peer_name} {file}")
        if ours and peer and ratios:
            ratio = f"{statistics.median(ratios):.2f}×" + (
                f" ({min(ratios):.2f}–{max(ratios):.2f})" if len(ratios) > 1 else "")
        elif ours and peer:
            ratio = f"{ours['megabytesPerSecond'] / peer['megabytesPerSecond']:.2f}×"
        else:
            ratio = "—"
        out.append(
            f"| {ours_name} | {file} | {rate(ours, 'megabytesPerSecond', 1) if ours else ours_error} | "
            f"{rate(ours, 'recordsPerSecond', 0)} | {peer_name} | "
            f"{rate(peer, 'megabytesPerSecond', 1) if peer else peer_error} | {rate(peer, 'recordsPerSecond', 0)} | "
            f"{ratio} |")

out += ["", "| generation | events | MB/s | records/s | events/s |", "|---|---:|---:|---:|---:|"]
for name in ("generate kinesis-event", "generate dynamodb-event", "generate kinesis-event 1 record"):
    f, error = figure(name)
    if f:
        events = f.get("events") or 0
        out.append(f"| {name} | {events:,} | {f['megabytesPerSecond']:.1f} | {f['recordsPerSecond']:,.0f} | "
                   f"{events / f['seconds']:,.0f} |")
    else:
        out.append(f"| {name} | {error} | | | |")

sam_name = "sam local generate-event kinesis get-records"
sam, sam_error = figure(sam_name)
one, _ = figure("generate kinesis-event 1 record")
cli, _ = figure("cli generate kinesis-event 1 record")
out += ["", "| against `sam local generate-event kinesis get-records` (1 record per event) | events/s | ours ÷ SAM |",
        "|---|---:|---:|"]
if sam:
    sam_rate = 1 / sam["secondsPerEvent"]
    out.append(f"| SAM CLI, one process per event ({sam['secondsPerEvent'] * 1000:.0f} ms, {sam.get('records', 1)} "
               f"record) | {sam_rate:,.2f} | 1× |")
    if one:
        ours_rate = one["events"] / one["seconds"]
        out.append(f"| ours, 1-record events in one process (the library, or `generate --count N`) | "
                   f"{ours_rate:,.0f} | {ours_rate / sam_rate:,.0f}× |")
    if cli:
        cli_rate = 1000 / cli["milliseconds"]
        out.append(f"| ours, one `stream-fixtures generate kinesis-event --records 1 --count 1` process per event | "
                   f"{cli_rate:,.0f} | {cli_rate / sam_rate:,.0f}× |")
else:
    out.append(f"| SAM CLI | {sam_error} | — |")

# Large inputs through the release CLI (Benchmarks/run measures them with /usr/bin/time).
large = [
    ("large array.json", "`array.json`: one top-level JSON array of {n} `{{\"id\":N,\"name\":\"x\"}}` objects",
     "elements", "text"),
    ("large app-logs.jsonl text", "`app-logs.jsonl`: {n} non-event JSON objects, one per line (app log lines, EMF, "
     "pino)", "objects", "text"),
    ("large app-logs.jsonl json", "the same", "objects", "json"),
    ("large app-logs.jsonl junit", "the same", "objects", "junit"),
    ("large app-logs.jsonl jsonl", "the same", "objects", "jsonl"),
    ("large s3-export.gz", "`s3-export.gz`: the mixed events as a CloudWatch Logs export to S3 ({n} invocations with "
     "START/END/REPORT, one gzip member; MB/s of the decompressed text)", "invocations", "text"),
]
out += ["", "Large inputs through the release CLI, `stream-fixtures validate --format FORMAT FILE` (wall time: median "
        "of the repetitions; peak RSS: `/usr/bin/time -f %M`, the largest of them):", "",
        "| input | format | MB | seconds | MB/s | items/s | peak RSS MiB | exit | report |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|"]
for name, what, unit, fmt in large:
    f, error = figure(name)
    if not f:
        out.append(f"| {name.removeprefix('large ')} | {fmt} | {error} | | | | | | |")
        continue
    count = f.get(unit, 0)
    what = what.format(n=f"{count:,}")
    report = f.get("summary") or f"{f.get('outputBytes', 0) / 1e6:,.1f} MB of {fmt}"
    out.append(f"| {what} | {fmt} | {f['bytes'] / 1e6:,.1f} | {f['seconds']:.2f} | "
               f"{f['bytes'] / 1e6 / f['seconds']:,.1f} | {count / f['seconds']:,.0f} {unit} | "
               f"{f['kib'] / 1024:.1f} | {f['exit']} | {report} |")
logs, _ = figure("large app-logs.jsonl text")
if logs:
    verdict = "met" if logs["kib"] < 64 * 1024 else "NOT met"
    out.append("")
    out.append(f"Peak RSS target for `app-logs.jsonl` with text output (< 64 MiB): {verdict} "
               f"({logs['kib'] / 1024:.1f} MiB for {logs['objects']:,} objects).")

# Peak RSS on a gigabyte, every output format.
big_rows = [f for f in figures if f["name"].startswith("gigabyte ")]
if big_rows:
    out += ["", "Peak RSS on the largest input: the mixed events repeated to "
            f"{big_rows[0].get('bytes', 0) / 1e6:,.0f} MB (`gigabyte.jsonl`), `stream-fixtures validate --format FORMAT` "
            "with the default `--jobs`, once per format:", "",
            "| format | MB | seconds | MB/s | documents/s | peak RSS MiB | < 64 MiB | exit | report |",
            "|---|---:|---:|---:|---:|---:|---|---:|---|"]
    for f in big_rows:
        fmt = f["name"].split(" ", 1)[1]
        if "error" in f and "seconds" not in f:
            out.append(f"| {fmt} | FAILED: {f['error']} | | | | | | | |")
            continue
        report = f.get("error") or f.get("summary") or f"{f.get('outputBytes', 0) / 1e6:,.1f} MB of {fmt}"
        verdict = "met" if f["kib"] < 64 * 1024 else "NOT met"
        out.append(f"| {fmt} | {f['bytes'] / 1e6:,.1f} | {f['seconds']:.2f} | {f['bytes'] / 1e6 / f['seconds']:,.1f} | "
                   f"{f.get('documents', 0) / f['seconds']:,.0f} | {f['kib'] / 1024:.1f} | {verdict} | {f['exit']} | "
                   f"{report} |")

# All cores: --jobs 1 against --jobs <cores> on the same inputs.
jobs_rows = sorted({(f["name"].split(" ")[1], f["jobs"]) for f in figures
                    if f["name"].startswith("jobs ") and "jobs" in f and "error" not in f})
if jobs_rows:
    out += ["", f"All cores: `stream-fixtures validate --jobs N FILE` (text; wall time, median of the repetitions; "
            f"`load` is the 1-minute load average when the row was taken — other builds on this shared machine "
            f"make the --jobs {os.cpu_count()} rows pessimistic):", "",
            "| input | jobs | MB | seconds | MB/s | speed-up | peak RSS MiB | load | output identical to --jobs 1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for label, jobs in jobs_rows:
        f = by_name[f"jobs {label} {jobs}"]
        one = by_name.get(f"jobs {label} 1")
        speed = f"{one['seconds'] / f['seconds']:.2f}×" if one and "error" not in one else "—"
        same = ("yes" if one.get("outputSha256") == f.get("outputSha256") else "NO") if one else "—"
        out.append(f"| `{label}` | {jobs} | {f['bytes'] / 1e6:,.1f} | {f['seconds']:.2f} | "
                   f"{f['bytes'] / 1e6 / f['seconds']:,.1f} | {speed} | {f['kib'] / 1024:.1f} | {f.get('loadavg', '?')} | "
                   f"{same} |")
out.append("")
for name in ("mixed.jsonl", "mixed-cloudwatch.log"):
    rss = by_name.get(f"validate peak RSS {name}")
    if rss and rss.get("kib"):
        out.append(f"Peak RSS of `stream-fixtures validate --format json {name}`: {rss['kib'] / 1024:.1f} MiB  ")
    else:
        out.append(f"Peak RSS of `stream-fixtures validate --format json {name}`: FAILED: not measured  ")
cold = by_name.get("cold start --version")
out.append(f"Cold start `stream-fixtures --version` (static stdlib): {cold['milliseconds']:.1f} ms (median of 30)  "
           if cold else "Cold start: FAILED: not measured  ")
build = by_name.get("release build")
total = by_name.get("total run")
if build and total:
    out.append(f"Release build {build['seconds']:.0f} s; whole run {total['seconds']:.0f} s including the build "
               "(time spent waiting for other builders' lock not counted).")
out += ["", "Where the time goes, what was optimised and what is left: `Benchmarks/PROFILE.md` (callgrind)."]
failures = [f for f in figures if "error" in f]
if failures:
    out += ["", "Failures:"]
    out += [f"- {f['name']}: {f['error']}" for f in failures]
print("\n".join(out))
