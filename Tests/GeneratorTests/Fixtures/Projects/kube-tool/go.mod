module example.org/kubetool

go 1.23

require (
	github.com/spf13/cobra v1.8.1
	k8s.io/api v0.31.0
	k8s.io/apimachinery v0.31.0
	k8s.io/client-go v0.31.0
	sigs.k8s.io/kind v0.24.0
)
