#!/usr/bin/env python3
"""Check Schemas/ with an independent JSON Schema implementation (python `jsonschema`).

Requirements (a fresh virtualenv is enough):

    python3 -m venv .venv && .venv/bin/pip install jsonschema
    .venv/bin/python Scripts/check-schemas.py            # from the repository root

What it checks:
1. Every `Schemas/*.schema.json` is valid against the draft 2020-12 metaschema, declares that draft in `$schema`,
   has an `$id` equal to `https://streamfixtures.dev/schemas/v1/<file name>`, a `title` and a `description`, and
   every `$ref` in it resolves (all schemas are registered by `$id` in one `referencing.Registry`; no network).
2. Every `pattern` keeps to the subset on which ECMA-262 (what JSON Schema specifies, and our engine) and
   Python `re` agree: no `\\d \\w \\s \\b \\p` classes (Unicode-aware in Python) and no `.` outside a character
   class (ECMA excludes more line terminators). The one remaining difference, Python's `$` also matching before
   a final newline, is handled by validating examples twice: with plain `jsonschema` and with an ECMA-faithful
   `pattern` keyword (`$` as end of input); both verdicts must agree.
3. Every example `Schemas/examples/<kind>/valid/*.json` is valid against `<kind>.schema.json` and every
   `Schemas/examples/<kind>/invalid/*.json` is invalid with exactly one violation (each invalid example breaks one
   rule, named by its file name). Each `<kind>` folder must match a schema file and hold at least one valid
   example; each schema except defs must have an examples folder.
4. `Schemas/examples/defs/cases.json` lists values per shared definition (loose and `…Strict`) that must be valid
   or invalid against it: the strict patterns the semantic rules use are pinned here.

Prints one line per schema and per example and a final `N passed, N failed` line; exits 1 on any failure,
2 when `jsonschema` is missing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import urldefrag, urljoin

try:
    from jsonschema import Draft202012Validator, validators
    from jsonschema.exceptions import SchemaError, ValidationError
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


UNPORTABLE_ESCAPES = set("dDwWsSbBpP")


def pattern_problems(pattern: str):
    """Constructs whose meaning differs between ECMA-262 and Python `re`."""
    problems, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if i + 1 < len(pattern) and pattern[i + 1] in UNPORTABLE_ESCAPES:
                problems.append(f"\\{pattern[i + 1]} (Unicode-aware in Python)")
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == ".":
            problems.append("`.` outside a class (line terminators differ)")
        i += 1
    return problems


def ecma_to_python(pattern: str) -> str:
    """Translate `$` (outside classes) to `\\Z`: in ECMA-262 `$` only matches at the end of the input."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        out.append(char)
        i += 1
    return "".join(out)


def ecma_pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not re.search(ecma_to_python(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


EcmaValidator = validators.extend(Draft202012Validator, {"pattern": ecma_pattern})


def patterns_in(node, pointer=""):
    if isinstance(node, dict):
        for key, child in node.items():
            if key == "pattern" and isinstance(child, str):
                yield child, f"{pointer}/pattern"
            elif key not in ("const", "enum", "examples", "default"):
                yield from patterns_in(child, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from patterns_in(child, f"{pointer}/{index}")


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
        for pattern, pointer in patterns_in(doc):
            for problem in pattern_problems(pattern):
                problems.append(f"pattern at {pointer} uses {problem}")
        if problems:
            tally.fail(path.name, "; ".join(problems))
        else:
            tally.ok(path.name)
            by_kind[kind] = (EcmaValidator(doc, registry=registry), Draft202012Validator(doc, registry=registry))
    return by_kind, registry


def describe(error) -> str:
    message = error.message if len(error.message) <= 120 else error.message[:117] + "..."
    pointer = "/" + "/".join(str(p) for p in error.absolute_path)
    keyword = "/".join(str(p) for p in error.absolute_schema_path)
    return f"{message} at {pointer} [{keyword}]"


def errors_of(validator, instance):
    return sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.message))


def check_examples(tally: Tally, by_kind) -> None:
    if not EXAMPLES.is_dir():
        tally.fail(str(EXAMPLES), "missing examples folder")
        return
    for kind_dir in sorted(p for p in EXAMPLES.iterdir() if p.is_dir()):
        kind = kind_dir.name
        if kind == "defs":
            continue
        pair = by_kind.get(kind)
        if pair is None:
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
                errors = errors_of(pair[0], instance)
                plain = errors_of(pair[1], instance)
                if bool(errors) != bool(plain):
                    tally.fail(label, "python `re` and ECMA-262 pattern semantics disagree: "
                               + "; ".join(describe(e) for e in (errors or plain)[:3]))
                elif expect_valid and errors:
                    tally.fail(label, "expected valid, got: " + "; ".join(describe(e) for e in errors[:3]))
                elif not expect_valid and not errors:
                    tally.fail(label, "expected invalid, but it validates")
                elif not expect_valid and len(errors) > 1:
                    tally.fail(label, f"expected exactly one violation, got {len(errors)}: "
                               + "; ".join(describe(e) for e in errors[:3]))
                elif expect_valid:
                    tally.ok(label)
                else:
                    tally.ok(f"{label} -- rejected: {describe(errors[0])}")
    for kind in sorted(by_kind):
        if kind != "defs" and not (EXAMPLES / kind).is_dir():
            tally.fail(f"examples/{kind}", "schema has no examples folder")


def check_def_cases(tally: Tally, registry) -> None:
    """`examples/defs/cases.json`: {"<def name>": {"valid": [values], "invalid": [values]}}."""
    path = EXAMPLES / "defs" / "cases.json"
    if not path.is_file():
        tally.fail("examples/defs/cases.json", "missing")
        return
    defs = load_json(SCHEMAS / "defs.schema.json").get("$defs", {})
    for name, cases in load_json(path).items():
        label = f"examples/defs/cases.json#{name}"
        if name not in defs:
            tally.fail(label, "no such definition in defs.schema.json")
            continue
        schema = {"$schema": DRAFT, "$ref": f"{ID_BASE}defs.schema.json#/$defs/{name}"}
        ecma = EcmaValidator(schema, registry=registry)
        plain = Draft202012Validator(schema, registry=registry)
        problems = []
        for expect_valid in (True, False):
            for value in cases.get("valid" if expect_valid else "invalid", []):
                verdict = ecma.is_valid(value)
                if verdict != plain.is_valid(value):
                    problems.append(f"{value!r}: python `re` and ECMA-262 verdicts differ")
                elif verdict != expect_valid:
                    problems.append(f"{value!r} should be {'valid' if expect_valid else 'invalid'}")
        counts = f"{len(cases.get('valid', []))} valid, {len(cases.get('invalid', []))} invalid"
        if problems:
            tally.fail(label, "; ".join(problems))
        else:
            tally.ok(f"{label} ({counts})")


def main() -> int:
    tally = Tally()
    by_kind, registry = check_schemas(tally)
    check_examples(tally, by_kind)
    check_def_cases(tally, registry)
    print(f"{tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
