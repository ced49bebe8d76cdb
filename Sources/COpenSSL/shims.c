#include "COpenSSL.h"

int mtls_SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version) {
    return (int)SSL_CTX_set_min_proto_version(ctx, version);
}

int mtls_SSL_CTX_set_max_proto_version(SSL_CTX *ctx, int version) {
    return (int)SSL_CTX_set_max_proto_version(ctx, version);
}

int mtls_SSL_CTX_set1_groups_list(SSL_CTX *ctx, const char *list) {
    return (int)SSL_CTX_set1_groups_list(ctx, list);
}

int mtls_SSL_CTX_set1_sigalgs_list(SSL_CTX *ctx, const char *list) {
    return (int)SSL_CTX_set1_sigalgs_list(ctx, list);
}

int mtls_SSL_CTX_set1_client_sigalgs_list(SSL_CTX *ctx, const char *list) {
    return (int)SSL_CTX_set1_client_sigalgs_list(ctx, list);
}

int mtls_SSL_CTX_add1_chain_cert(SSL_CTX *ctx, X509 *cert) {
    return (int)SSL_CTX_add1_chain_cert(ctx, cert);
}

long mtls_SSL_CTX_set_session_cache_mode(SSL_CTX *ctx, long mode) {
    return SSL_CTX_set_session_cache_mode(ctx, mode);
}

int mtls_SSL_set_tlsext_host_name(SSL *ssl, const char *name) {
    return (int)SSL_set_tlsext_host_name(ssl, name);
}

long mtls_BIO_get_mem_data(BIO *bio, const char **data) {
    char *pointer = NULL;
    long length = BIO_get_mem_data(bio, &pointer);
    *data = pointer;
    return length;
}

void mtls_OPENSSL_free(void *pointer) {
    OPENSSL_free(pointer);
}

int mtls_sk_X509_num(const STACK_OF(X509) *stack) {
    return sk_X509_num(stack);
}

X509 *mtls_sk_X509_value(const STACK_OF(X509) *stack, int index) {
    return sk_X509_value(stack, index);
}

STACK_OF(X509) *mtls_sk_X509_new_null(void) {
    return sk_X509_new_null();
}

int mtls_sk_X509_push(STACK_OF(X509) *stack, X509 *cert) {
    return sk_X509_push(stack, cert);
}

void mtls_sk_X509_pop_free(STACK_OF(X509) *stack) {
    sk_X509_pop_free(stack, X509_free);
}

int mtls_sk_GENERAL_NAME_num(const GENERAL_NAMES *names) {
    return sk_GENERAL_NAME_num(names);
}

GENERAL_NAME *mtls_sk_GENERAL_NAME_value(const GENERAL_NAMES *names, int index) {
    return sk_GENERAL_NAME_value(names, index);
}

void mtls_GENERAL_NAMES_free(GENERAL_NAMES *names) {
    GENERAL_NAMES_free(names);
}

static EVP_PKEY *mtls_generate(EVP_PKEY_CTX *ctx, int (*configure)(EVP_PKEY_CTX *, int), int argument) {
    EVP_PKEY *key = NULL;
    if (ctx == NULL) {
        return NULL;
    }
    if (EVP_PKEY_keygen_init(ctx) <= 0 || (configure != NULL && configure(ctx, argument) <= 0)
        || EVP_PKEY_keygen(ctx, &key) <= 0) {
        key = NULL;
    }
    EVP_PKEY_CTX_free(ctx);
    return key;
}

EVP_PKEY *mtls_generate_ec_key(int curve_nid) {
    return mtls_generate(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL), EVP_PKEY_CTX_set_ec_paramgen_curve_nid, curve_nid);
}

EVP_PKEY *mtls_generate_rsa_key(int bits) {
    return mtls_generate(EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL), EVP_PKEY_CTX_set_rsa_keygen_bits, bits);
}

EVP_PKEY *mtls_generate_ed25519_key(void) {
    return mtls_generate(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL), NULL, 0);
}

int mtls_X509_add_conf_extension(X509 *cert, X509 *issuer, int nid, const char *value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, NULL, NULL, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(NULL, &ctx, nid, value);
    if (extension == NULL) {
        return 0;
    }
    int added = X509_add_ext(cert, extension, -1);
    X509_EXTENSION_free(extension);
    return added;
}

int mtls_X509_add_raw_extension(X509 *cert, const char *dotted_oid, int critical, const unsigned char *der,
                                size_t length) {
    ASN1_OBJECT *object = OBJ_txt2obj(dotted_oid, 1);
    ASN1_OCTET_STRING *contents = ASN1_OCTET_STRING_new();
    X509_EXTENSION *extension = NULL;
    int added = 0;
    if (object != NULL && contents != NULL && ASN1_OCTET_STRING_set(contents, der, (int)length)) {
        extension = X509_EXTENSION_create_by_OBJ(NULL, object, critical, contents);
        if (extension != NULL) {
            added = X509_add_ext(cert, extension, -1);
        }
    }
    X509_EXTENSION_free(extension);
    ASN1_OCTET_STRING_free(contents);
    ASN1_OBJECT_free(object);
    return added;
}

int mtls_X509_CRL_add_conf_extension(X509_CRL *crl, X509 *issuer, int nid, const char *value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, NULL, NULL, crl, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(NULL, &ctx, nid, value);
    if (extension == NULL) {
        return 0;
    }
    int added = X509_CRL_add_ext(crl, extension, -1);
    X509_EXTENSION_free(extension);
    return added;
}
