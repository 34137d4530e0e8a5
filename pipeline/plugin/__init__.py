"""Rules and rule sets: how a rule is declared, the one registry that resolves a year's rule set, typed settings, sheet definitions, the generated catalogue and the scaffold of next year's set."""
