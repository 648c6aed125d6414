// The StreamFixtures module. See README.md and ../shared/DESIGN.md.
