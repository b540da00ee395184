#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace tepat {

// The form names are indexed and searched in: lower case, letters and digits only, single
// spaces, and the old (pre-1972) Indonesian spellings folded into the current ones:
// oe→u, dj→j, tj→c, sj→sy, nj→ny, ch→kh, plus doubled letters written once
// (Muhammad/Muhamad). Rules apply until nothing changes, so normalize() is idempotent and
// "Pandjaitan", "Panjaitan" and "Panyaitan" meet in one form.
class NameNormalizer
{
public:
    static QString normalize(QStringView name);
    static std::string normalizeUtf8(std::string_view utf8);
    static QStringList tokens(QStringView name);

private:
    static void foldToken(std::string &token);
};

} // namespace tepat
