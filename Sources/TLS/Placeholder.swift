// Module TLS.
