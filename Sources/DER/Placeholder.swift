// Module DER.
