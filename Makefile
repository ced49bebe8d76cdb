# mtls-harness: make run | make test | make fuzz | make lint
# The targets install the Debian packages the project needs when they are missing (as root), or print the
# exact command to run and stop.

SWIFT ?= swift
POLICY ?= nhi-strict
DEB_PACKAGES := libssl-dev libpcap-dev tshark
SWIFT_FORMAT ?= swift-format

.PHONY: all deps build run test lint clean

all: build

deps:
	@missing=""; \
	for package in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		if ! command -v apt-get >/dev/null 2>&1; then \
			echo "missing packages:$$missing (install them with your system's package manager)" >&2; exit 1; \
		elif [ "$$(id -u)" -eq 0 ]; then \
			echo "installing:$$missing" >&2; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "missing Debian packages:$$missing" >&2; \
			echo "run: sudo apt-get install -y$$missing" >&2; exit 1; \
		fi; \
	fi

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run mtls-harness run --policy $(POLICY)

test: deps
	$(SWIFT) test

lint:
	$(SWIFT_FORMAT) lint --strict --configuration .swift-format --recursive Sources Tests Package.swift

clean:
	$(SWIFT) package clean
	rm -rf captures/*.pcapng

## Fuzzing
# make fuzz TARGET=x509 SECONDS=600   fuzz one target on corpora/TARGET with its dictionary; new inputs are
#                                     written back to the corpus, crashes to Fuzz/artifacts/TARGET/
# make fuzz-all SECONDS=60            fuzz every target in turn
# make fuzz-build                     build the libFuzzer executables (release, fuzzer and address sanitizers)
# make fuzz-minimize TARGET=x509      shrink corpora/TARGET to the seeds, kept crashers and the inputs that add
#                                     coverage beyond them
# make corpora                        regenerate the generated seeds (corpora/*/seed-*)
# Reproduce a crash: Fuzz/.build/release/fuzz-TARGET Fuzz/artifacts/TARGET/crash-...

FUZZ_TARGETS := der x509 pem pins policy records handshake
TARGET ?= der
SECONDS ?= 60
FUZZ_OPTIONS ?=
# The swift driver keeps only the last -sanitize= it is given, and SwiftPM passes one per --sanitize, so Swift
# code would get coverage or ASan but not both; the combined -Xswiftc flag, which comes last, restores both.
FUZZ_BUILD_FLAGS := -c release --sanitize fuzzer --sanitize address -Xswiftc -parse-as-library \
	-Xswiftc -sanitize=address,fuzzer -Xcc -fsanitize=fuzzer-no-link,address
FUZZ_BIN := Fuzz/.build/release
FUZZ_ARTIFACTS := Fuzz/artifacts
# The dictionary of a target: ASN.1 for der and x509, TLS constants for records and handshake, else its own.
fuzz_dictionary = Fuzz/dictionaries/$(or $(if $(filter der x509,$(1)),asn1),$(if $(filter records handshake,$(1)),tls),\
	$(1)).dict

.PHONY: fuzz fuzz-all fuzz-build fuzz-run fuzz-minimize corpora

fuzz-build: deps
	@for target in $(FUZZ_TARGETS); do \
		echo "building fuzz-$$target"; \
		$(SWIFT) build --package-path Fuzz $(FUZZ_BUILD_FLAGS) --product fuzz-$$target || exit 1; \
	done

fuzz: fuzz-build
	@$(MAKE) --no-print-directory fuzz-run TARGET=$(TARGET) SECONDS=$(SECONDS)

fuzz-all: fuzz-build
	@for target in $(FUZZ_TARGETS); do \
		$(MAKE) --no-print-directory fuzz-run TARGET=$$target SECONDS=$(SECONDS) || exit 1; \
	done

fuzz-run:
	@test -x $(FUZZ_BIN)/fuzz-$(TARGET) || \
		{ echo "unknown fuzz target '$(TARGET)'; one of: $(FUZZ_TARGETS)" >&2; exit 64; }
	@mkdir -p corpora/$(TARGET) $(FUZZ_ARTIFACTS)/$(TARGET)
	$(FUZZ_BIN)/fuzz-$(TARGET) corpora/$(TARGET) -dict=$(call fuzz_dictionary,$(TARGET)) \
		-max_total_time=$(SECONDS) -timeout=60 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_ARTIFACTS)/$(TARGET)/ $(FUZZ_OPTIONS)

fuzz-minimize: fuzz-build
	@rm -rf $(FUZZ_ARTIFACTS)/minimized/$(TARGET) && mkdir -p $(FUZZ_ARTIFACTS)/minimized/$(TARGET)
	@find corpora/$(TARGET) -maxdepth 1 -type f \( -name 'seed-*' -o -name 'crash-*' -o -name 'leak-*' \
		-o -name 'oom-*' -o -name 'timeout-*' \) -exec cp {} $(FUZZ_ARTIFACTS)/minimized/$(TARGET)/ \;
	$(FUZZ_BIN)/fuzz-$(TARGET) -merge=1 -timeout=60 $(FUZZ_ARTIFACTS)/minimized/$(TARGET) corpora/$(TARGET)
	@find corpora/$(TARGET) -maxdepth 1 -type f -delete
	@cp $(FUZZ_ARTIFACTS)/minimized/$(TARGET)/* corpora/$(TARGET)/
	@echo "corpora/$(TARGET): $$(ls corpora/$(TARGET) | wc -l) files"

corpora: deps
	$(SWIFT) build --package-path Fuzz --product generate-corpora
	$$($(SWIFT) build --package-path Fuzz --show-bin-path)/generate-corpora corpora
