// Module Conformance.
