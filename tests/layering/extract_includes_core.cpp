// Must compile: the extract layer sees the core layer below it.
#include "core/document.hpp"
