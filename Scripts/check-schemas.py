#!/usr/bin/env python3
"""Check Schemas/ with an independent JSON Schema implementation (python `jsonschema`).

Requirements (a fresh virtualenv is enough):

    python3 -m venv .venv && .venv/bin/pip install jsonschema
    .venv/bin/python Scripts/check-schemas.py            # from the repository root

What it checks:
1. Every `Schemas/*.schema.json` is valid against the draft 2020-12 metaschema, declares that draft in `$schema`,
   has an `$id` equal to `https://streamfixtures.dev/schemas/v1/<file name>`, a `title` and a `description`, and
   every `$ref` in it resolves (all schemas are registered by `$id` in one `referencing.Registry`; no network).
2. Every example `Schemas/examples/<kind>/valid/*.json` is valid against `<kind>.schema.json` and every
   `Schemas/examples/<kind>/invalid/*.json` is invalid. Each `<kind>` folder must match a schema file and hold at
   least one valid example.

Prints one line per schema and per example and a final `N passed, N failed` line; exits 1 on any failure,
2 when `jsonschema` is missing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urldefrag, urljoin

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
    from referencing import Registry, Resource
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012
except ImportError:  # pragma: no cover - depends on the environment
    print("check-schemas: the `jsonschema` package is required: pip install jsonschema", file=sys.stderr)
    sys.exit(2)

ID_BASE = "https://streamfixtures.dev/schemas/v1/"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "Schemas"
EXAMPLES = SCHEMAS / "examples"


class Tally:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def ok(self, what: str) -> None:
        self.passed += 1
        print(f"ok    {what}")

    def fail(self, what: str, why: str) -> None:
        self.failed += 1
        print(f"FAIL  {what}: {why}")


def load_json(path: Path):
    with path.open("rb") as handle:
        return json.loads(handle.read().decode("utf-8"))


def refs_in(node, base: str):
    """Yield (absolute reference, JSON pointer of the `$ref`) for every `$ref` below `node`."""

    def walk(value, base_uri: str, pointer: str):
        if isinstance(value, dict):
            if isinstance(value.get("$id"), str):
                base_uri = urljoin(base_uri, value["$id"])
            for key, child in value.items():
                if key == "$ref" and isinstance(child, str):
                    yield urljoin(base_uri, child), pointer + "/$ref"
                elif key not in ("const", "enum", "examples", "default"):
                    yield from walk(child, base_uri, f"{pointer}/{key}")
        elif isinstance(value, list):
            for index, child in enumerate(value):
                yield from walk(child, base_uri, f"{pointer}/{index}")

    yield from walk(node, base, "")


def check_schemas(tally: Tally):
    files = sorted(SCHEMAS.glob("*.schema.json"))
    if not files:
        tally.fail(str(SCHEMAS), "no *.schema.json files")
        return {}, Registry()
    documents = {}
    for path in files:
        try:
            documents[path] = load_json(path)
        except (ValueError, UnicodeDecodeError) as error:
            tally.fail(path.name, f"not JSON: {error}")
    registry = Registry().with_resources(
        (doc["$id"], Resource.from_contents(doc, default_specification=DRAFT202012))
        for doc in documents.values()
        if isinstance(doc, dict) and isinstance(doc.get("$id"), str)
    )
    by_kind = {}
    for path, doc in documents.items():
        kind = path.name[: -len(".schema.json")]
        problems = []
        if not isinstance(doc, dict):
            tally.fail(path.name, "top level is not an object")
            continue
        if doc.get("$schema") != DRAFT:
            problems.append(f"$schema is {doc.get('$schema')!r}, expected {DRAFT!r}")
        if doc.get("$id") != ID_BASE + path.name:
            problems.append(f"$id is {doc.get('$id')!r}, expected {ID_BASE + path.name!r}")
        for member in ("title", "description"):
            if not isinstance(doc.get(member), str) or not doc[member].strip():
                problems.append(f"missing {member}")
        try:
            Draft202012Validator.check_schema(doc)
        except SchemaError as error:
            problems.append(f"not a valid 2020-12 schema: {error.message} at {list(error.absolute_path)}")
        resolver = registry.resolver(base_uri=doc.get("$id", ""))
        for target, pointer in refs_in(doc, doc.get("$id", "")):
            try:
                resolver.lookup(target)
            except Unresolvable as error:
                problems.append(f"unresolvable $ref {target} at {pointer} ({type(error).__name__})")
            else:
                uri, _ = urldefrag(target)
                if uri and not uri.startswith(ID_BASE):
                    problems.append(f"$ref {target} at {pointer} leaves {ID_BASE}")
        if problems:
            tally.fail(path.name, "; ".join(problems))
        else:
            tally.ok(path.name)
            by_kind[kind] = Draft202012Validator(doc, registry=registry)
    return by_kind, registry


def first_error(validator, instance) -> str:
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if not errors:
        return ""
    error = errors[0]
    pointer = "/" + "/".join(str(p) for p in error.absolute_path)
    return f"{error.message} at {pointer} ({'/'.join(str(p) for p in error.absolute_schema_path)})"


def check_examples(tally: Tally, validators) -> None:
    if not EXAMPLES.is_dir():
        tally.fail(str(EXAMPLES), "missing examples folder")
        return
    for kind_dir in sorted(p for p in EXAMPLES.iterdir() if p.is_dir()):
        kind = kind_dir.name
        validator = validators.get(kind)
        if validator is None:
            tally.fail(f"examples/{kind}", f"no valid schema {kind}.schema.json for this folder")
            continue
        valid = sorted((kind_dir / "valid").glob("*.json"))
        invalid = sorted((kind_dir / "invalid").glob("*.json"))
        if not valid:
            tally.fail(f"examples/{kind}", "no valid examples")
        for expect_valid, paths in ((True, valid), (False, invalid)):
            for path in paths:
                label = f"examples/{kind}/{path.parent.name}/{path.name}"
                try:
                    instance = load_json(path)
                except (ValueError, UnicodeDecodeError) as error:
                    tally.fail(label, f"not JSON: {error}")
                    continue
                problem = first_error(validator, instance)
                if expect_valid and problem:
                    tally.fail(label, "expected valid, got: " + problem)
                elif not expect_valid and not problem:
                    tally.fail(label, "expected invalid, but it validates")
                elif expect_valid:
                    tally.ok(label)
                else:
                    tally.ok(f"{label} (rejected: {problem})")
    for kind in sorted(validators):
        if kind != "defs" and not (EXAMPLES / kind).is_dir():
            tally.fail(f"examples/{kind}", "schema has no examples folder")


def main() -> int:
    tally = Tally()
    validators, _ = check_schemas(tally)
    check_examples(tally, validators)
    print(f"{tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
