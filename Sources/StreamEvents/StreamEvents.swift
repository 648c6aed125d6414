// The StreamEvents module. See README.md and ../shared/DESIGN.md.
