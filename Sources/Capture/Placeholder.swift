// Module Capture.
