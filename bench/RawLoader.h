#pragma once

#include <string>

namespace tepat::bench {

// The yardstick for the import: the same snapshot files into the same schema through the
// sqlite3 C API with no validation at all, in one transaction. Returns 0 on success.
int rawLoad(const std::string &database, const std::string &households, const std::string &persons);

} // namespace tepat::bench
