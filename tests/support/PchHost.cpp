// Compiles the precompiled header that a group of tests shares (tests/CMakeLists.txt); it has
// nothing of its own.
