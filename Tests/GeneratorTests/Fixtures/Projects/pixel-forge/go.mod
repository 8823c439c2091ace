module example.org/pixelforge

go 1.23

require (
	github.com/veandco/go-sdl2 v0.4.40
	github.com/yuin/gopher-lua v1.1.1
)
