// Must not compile: above the store, archives are reached through its interface, never an engine's headers.
#include "store/sqlite/sqlite.hpp"
