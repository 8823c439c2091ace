# plansync: build a release binary that runs without the Swift toolchain, and install it.
#
#   make                                  the release build (.build/release/plansync)
#   make install                          into /usr/local (as root), or:
#   make install PREFIX=$HOME/.local      for yourself alone
#   make uninstall                        with the same PREFIX
#   make deb                              dist/plansync_VERSION_ARCH.deb (packaging/build-deb)
#   make smoke-test                       the installed files work with the toolchain out of reach
#
# DESTDIR stages an install elsewhere (packages); each folder below can be set on its own.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
DOCDIR ?= $(DATADIR)/doc/plansync
# In systemd's user unit path for /usr, /usr/local and ~/.local alike (via XDG_DATA_DIRS and
# XDG_DATA_HOME); the .deb uses /usr/lib/systemd/user.
USERUNITDIR ?= $(DATADIR)/systemd/user
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d

SWIFT ?= swift
# The Swift runtime and Foundation linked in: the binary needs only the C libraries.
SWIFTFLAGS ?= -c release --static-swift-stdlib
BINARY ?= .build/release/plansync

.PHONY: all build install uninstall deb smoke-test

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --product plansync

# Built when missing; run 'make' first to rebuild after a change ('make install' may run as root,
# without the toolchain on its PATH).
$(BINARY):
	$(SWIFT) build $(SWIFTFLAGS) --product plansync

install: $(BINARY)
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(USERUNITDIR)" "$(DESTDIR)$(MANDIR)/man1" "$(DESTDIR)$(DOCDIR)" \
		"$(DESTDIR)$(BASHCOMPDIR)" "$(DESTDIR)$(ZSHCOMPDIR)" "$(DESTDIR)$(FISHCOMPDIR)"
	install -m 755 "$(BINARY)" "$(DESTDIR)$(BINDIR)/plansync"
	sed 's|^ExecStart=%h/.local/bin/plansync |ExecStart=$(BINDIR)/plansync |' systemd/plansync.service \
		> "$(DESTDIR)$(USERUNITDIR)/plansync.service"
	chmod 644 "$(DESTDIR)$(USERUNITDIR)/plansync.service"
	install -m 644 docs/plansync.1 "$(DESTDIR)$(MANDIR)/man1/plansync.1"
	"$(BINARY)" completions bash > "$(DESTDIR)$(BASHCOMPDIR)/plansync"
	"$(BINARY)" completions zsh > "$(DESTDIR)$(ZSHCOMPDIR)/_plansync"
	"$(BINARY)" completions fish > "$(DESTDIR)$(FISHCOMPDIR)/plansync.fish"
	chmod 644 "$(DESTDIR)$(BASHCOMPDIR)/plansync" "$(DESTDIR)$(ZSHCOMPDIR)/_plansync" \
		"$(DESTDIR)$(FISHCOMPDIR)/plansync.fish"
	install -m 644 README.md CHANGELOG.md LICENSE docs/plan-format.md "$(DESTDIR)$(DOCDIR)/"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/plansync" "$(DESTDIR)$(USERUNITDIR)/plansync.service" \
		"$(DESTDIR)$(MANDIR)/man1/plansync.1" "$(DESTDIR)$(BASHCOMPDIR)/plansync" \
		"$(DESTDIR)$(ZSHCOMPDIR)/_plansync" "$(DESTDIR)$(FISHCOMPDIR)/plansync.fish"
	rm -f "$(DESTDIR)$(DOCDIR)/README.md" "$(DESTDIR)$(DOCDIR)/CHANGELOG.md" "$(DESTDIR)$(DOCDIR)/LICENSE" \
		"$(DESTDIR)$(DOCDIR)/plan-format.md"
	-rmdir "$(DESTDIR)$(DOCDIR)" 2>/dev/null

deb: $(BINARY)
	packaging/build-deb

smoke-test:
	packaging/smoke-test "$(DESTDIR)$(BINDIR)/plansync"
