#ifndef MTLS_HARNESS_COPENSSL_SHIMS_H
#define MTLS_HARNESS_COPENSSL_SHIMS_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

/* Functions for the OpenSSL macros that Swift cannot import. Each is named after the macro it wraps. */

int mtls_SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version);
int mtls_SSL_CTX_set_max_proto_version(SSL_CTX *ctx, int version);
int mtls_SSL_CTX_set1_groups_list(SSL_CTX *ctx, const char *list);
int mtls_SSL_CTX_set1_sigalgs_list(SSL_CTX *ctx, const char *list);
int mtls_SSL_CTX_set1_client_sigalgs_list(SSL_CTX *ctx, const char *list);
int mtls_SSL_CTX_add1_chain_cert(SSL_CTX *ctx, X509 *cert);
long mtls_SSL_CTX_set_session_cache_mode(SSL_CTX *ctx, long mode);
int mtls_SSL_set_tlsext_host_name(SSL *ssl, const char *name);
long mtls_BIO_get_mem_data(BIO *bio, const char **data);
void mtls_OPENSSL_free(void *pointer);

/* Typed stack helpers; the stack macros of OpenSSL 3 do not import cleanly. */
int mtls_sk_X509_num(const STACK_OF(X509) *stack);
X509 *mtls_sk_X509_value(const STACK_OF(X509) *stack, int index);
STACK_OF(X509) *mtls_sk_X509_new_null(void);
int mtls_sk_X509_push(STACK_OF(X509) *stack, X509 *cert);
/* Frees the stack and drops one reference on each certificate in it. */
void mtls_sk_X509_pop_free(STACK_OF(X509) *stack);
int mtls_sk_GENERAL_NAME_num(const GENERAL_NAMES *names);
GENERAL_NAME *mtls_sk_GENERAL_NAME_value(const GENERAL_NAMES *names, int index);
void mtls_GENERAL_NAMES_free(GENERAL_NAMES *names);

/* Key generation, one call per key type; NULL on failure with the error queue set. */
EVP_PKEY *mtls_generate_ec_key(int curve_nid);
EVP_PKEY *mtls_generate_rsa_key(int bits);
EVP_PKEY *mtls_generate_ed25519_key(void);

/*
 * Adds an extension in OpenSSL's configuration syntax ("critical,CA:TRUE") to a certificate, with the issuer
 * certificate for authority key identifiers (the certificate itself when self-signed).
 */
int mtls_X509_add_conf_extension(X509 *cert, X509 *issuer, int nid, const char *value);
/* Adds an extension with a dotted OID and raw DER contents. */
int mtls_X509_add_raw_extension(X509 *cert, const char *dotted_oid, int critical, const unsigned char *der,
                                size_t length);
/* Adds an extension to a CRL in OpenSSL's configuration syntax, with the issuing CA's certificate. */
int mtls_X509_CRL_add_conf_extension(X509_CRL *crl, X509 *issuer, int nid, const char *value);

#endif
