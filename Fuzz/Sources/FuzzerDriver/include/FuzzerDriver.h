// libFuzzer's driver, for a program that has a `main` of its own: SwiftPM links an executable's
// top-level code as `main`, so the fuzz target calls the driver from there.
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the program's arguments, calling `callback` with every input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
