// The StreamFixtures module. See README.md.
