// Snapshot assertions for XCTest and Swift Testing. See README.md.
