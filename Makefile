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
