// Module Policy.
