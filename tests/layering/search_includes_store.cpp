// Compiles: the layers above the store see its interface.
#include "store/archive.hpp"
#include "store/text_query.hpp"
