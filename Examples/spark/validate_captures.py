"""Validate a folder of capture objects with PySpark, through the stream-fixtures CLI, and merge the reports.

Each Spark task runs `stream-fixtures validate --format jsonl` on its share of the capture objects (one report part
per object, written next to the others in REPORTS); the driver then runs `stream-fixtures report merge` on the parts
in the order a single `validate FOLDER` reads them (sorted paths), so the merged report -- documents, summary and exit
status -- is what one single-machine run over the folder prints. Local mode here; on EMR or Glue the same code runs
with the folder on storage every executor sees (an S3 mount, EFS) and the CLI shipped with `--files`.

    python validate_captures.py --cli .build/release/stream-fixtures --captures FOLDER --reports DIR \
        [--format text|json|junit|github|jsonl] [--partitions N] [--check]

Exits with the merged report's status (0 valid, 1 findings, 65 nothing readable). --check also runs
`stream-fixtures validate --format FORMAT FOLDER` on this machine and exits 2 unless the merged report and exit status
are the same.
"""
import argparse
import os
import subprocess
import sys

from pyspark.sql import SparkSession


def capture_objects(folder):
    """Every file under `folder`, as `validate FOLDER` names and orders them (the folder joined with the path)."""
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            found.append(os.path.join(root, name))
    return sorted(found)


def validate_partition(cli, reports, entries):
    """Runs `validate --format jsonl` on each (index, path) and writes its report as part-<index>.jsonl."""
    for index, path in entries:
        part = os.path.join(reports, "part-%08d.jsonl" % index)
        with open(part, "wb") as out:
            status = subprocess.run([cli, "validate", "--jobs", "1", "--format", "jsonl", path], stdout=out,
                                    stderr=subprocess.PIPE).returncode
        # 0 valid, 1 findings, 65 nothing readable in this object: all are reports. Anything else is a failure.
        if status not in (0, 1, 65):
            raise RuntimeError("stream-fixtures validate %s exited %d" % (path, status))
        yield index, part


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the stream-fixtures executable")
    parser.add_argument("--captures", required=True, help="the folder of capture objects")
    parser.add_argument("--reports", required=True, help="where the report parts go")
    parser.add_argument("--format", default="text", choices=["text", "json", "junit", "github", "jsonl"])
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--check", action="store_true", help="compare with one single-machine run")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    folder = args.captures.rstrip("/") or "/"
    reports = os.path.abspath(args.reports)
    os.makedirs(reports, exist_ok=True)

    spark = SparkSession.builder.master("local[%d]" % args.partitions).appName("stream-fixtures validate") \
        .config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    objects = list(enumerate(capture_objects(folder)))
    parts = spark.sparkContext.parallelize(objects, max(1, min(args.partitions, len(objects)))) \
        .mapPartitions(lambda entries: validate_partition(cli, reports, entries)).collect()
    spark.stop()
    parts = [path for _, path in sorted(parts)]
    if len(parts) != len(objects):
        sys.exit("error: %d capture objects but %d reports" % (len(objects), len(parts)))

    merged = subprocess.run([cli, "report", "merge", "--format", args.format, "--inputs", folder] + parts,
                            stdout=subprocess.PIPE)
    sys.stdout.buffer.write(merged.stdout)
    if args.check:
        single = subprocess.run([cli, "validate", "--format", args.format, folder], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        same = single.stdout == merged.stdout and single.returncode == merged.returncode
        print("spark: %d objects, %d partitions; merged exit %d, single run exit %d; reports %s"
              % (len(objects), args.partitions, merged.returncode, single.returncode,
                 "identical" if same else "DIFFER"), file=sys.stderr)
        if not same:
            sys.exit(2)
    sys.exit(merged.returncode)


if __name__ == "__main__":
    main()
