#include "ViewerQueries.h"

// Implemented next (issue 5, roles): see the header.
