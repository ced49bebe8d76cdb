// Module PKI.
