module example.org/relaykit

go 1.22

require (
	github.com/stretchr/testify v1.9.0
	golang.org/x/sync v0.7.0
)
