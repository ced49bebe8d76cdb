// Module FuzzTargets.
