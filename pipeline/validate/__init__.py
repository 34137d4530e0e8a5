"""Running a rule set on a loaded plan: the pandera schemas, the rule engine and the one place that turns a hit into a located finding."""
