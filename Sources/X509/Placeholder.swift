// Module X509.
