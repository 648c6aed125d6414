// The StreamContracts module. See README.md and ../shared/DESIGN.md.
