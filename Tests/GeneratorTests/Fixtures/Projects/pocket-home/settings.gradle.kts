rootProject.name = "PocketHome"
include(":app")
