#ifndef MTLS_HARNESS_CPCAP_H
#define MTLS_HARNESS_CPCAP_H
#include <pcap/pcap.h>
#endif
