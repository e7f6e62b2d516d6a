// Must not compile: the extract layer cannot see the store (the build's layering, src/CMakeLists.txt).
#include "store/archive.hpp"
