#pragma once

#include <string>

namespace tepat::bench {

// The yardstick for the import: the same snapshot files into the same schema through the
// sqlite3 C API with no validation at all, in one transaction. Returns 0 on success.
int rawLoad(const std::string &database, const std::string &households, const std::string &persons);

// The physical limit: the same files into the plainest schema that still answers the product's
// questions, on the bare C API with no validation: one transaction, prepared statements, text
// keys (household id primary key, person id unique), a unique NIK index kept while loading (the
// product must refuse a duplicate row by row), the programmes, and an FTS5 index on the names
// built once at the end ('rebuild' over an external-content table). No triggers, no other
// indexes, no normalised-name column. Returns 0 on success.
int rawLoadPlain(const std::string &database, const std::string &households,
                 const std::string &persons);

} // namespace tepat::bench
