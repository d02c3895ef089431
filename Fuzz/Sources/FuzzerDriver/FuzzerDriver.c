// The driver itself is in the toolchain's libclang_rt.fuzzer, linked by `-sanitize=fuzzer`.
#include "FuzzerDriver.h"
