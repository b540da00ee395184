#include "app/cli/Commands.h"

#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/RegionDirectory.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace tepat::cli {

namespace {

class NikCheck
{
    Q_DECLARE_TR_FUNCTIONS(NikCheck)

public:
    static QString regionName(const IdentityCheck &check)
    {
        const RegionDirectory &regions = RegionDirectory::instance();
        QStringList parts;
        if (regions.hasDistrict(check.district)) {
            parts << tr("Kec. %1").arg(regions.districtName(check.district));
        }
        if (regions.hasRegency(check.regency)) {
            parts << regions.regencyName(check.regency);
        }
        parts << regions.provinceName(check.province);
        return parts.join(QStringLiteral(", "));
    }
};

void appendUtf8(std::string &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    out.append(bytes.constData(), size_t(bytes.size()));
}

} // namespace

// Output per input line: input, status, sex, birth date, region, message (tab-separated).
int nikCheck(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Membaca NIK dari standard input (satu per baris) dan menulis satu baris per NIK:\n"
               "input, status (ok|warning|error), jenis kelamin (L|P|-), tanggal lahir "
               "(YYYY-MM-DD|-), wilayah (PP.RR.DD|-), pesan — dipisah tab."));
    if (const auto stop = parseArguments(parser, QStringLiteral("nik check"), arguments, console)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        console.err(QCoreApplication::translate("cli", "NIK dibaca dari standard input, bukan dari "
                                                       "argumen (agar tidak tercatat di riwayat "
                                                       "perintah)."));
        return CannotRun;
    }

    const IdentityNumberValidator validator(IdentityNumberValidator::Kind::Nik, Clock::system());
    std::string out;
    out.reserve(1 << 20);
    std::string pending;
    std::vector<char> chunk(1 << 16);
    const auto handleLine = [&](std::string_view line) {
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        const IdentityCheck check = validator.check(line);
        for (char c : line) {
            out += (c == '\t') ? ' ' : c; // a tab in the input must not break the columns
        }
        out += '\t';
        appendUtf8(out, severityCode(check.status()));
        out += '\t';
        out += check.sex == Sex::Male ? "L" : check.sex == Sex::Female ? "P" : "-";
        out += '\t';
        if (check.date.isValid()) {
            appendUtf8(out, check.date.toString(Qt::ISODate));
        } else {
            out += '-';
        }
        out += '\t';
        const QString region = check.regionCode();
        if (region.isEmpty()) {
            out += '-';
        } else {
            appendUtf8(out, region);
        }
        out += '\t';
        if (check.findings.isEmpty()) {
            appendUtf8(out, NikCheck::regionName(check));
        } else {
            QStringList messages;
            for (const Finding &f : check.findings) {
                messages << f.message;
            }
            appendUtf8(out, messages.join(QStringLiteral(" ")));
        }
        out += '\n';
        if (out.size() > (1 << 20) - 1024) {
            console.outRaw(out.data(), out.size());
            out.clear();
        }
    };
    for (;;) {
        const size_t got = std::fread(chunk.data(), 1, chunk.size(), stdin);
        if (got == 0) {
            if (std::ferror(stdin)) {
                console.outRaw(out.data(), out.size());
                console.err(
                    QCoreApplication::translate("cli", "Standard input tidak bisa dibaca."));
                return CannotRun;
            }
            break;
        }
        pending.append(chunk.data(), got);
        size_t start = 0;
        for (size_t nl = pending.find('\n'); nl != std::string::npos;
             nl = pending.find('\n', start)) {
            handleLine(std::string_view(pending).substr(start, nl - start));
            start = nl + 1;
        }
        pending.erase(0, start);
    }
    if (!pending.empty()) {
        handleLine(pending);
    }
    console.outRaw(out.data(), out.size());
    return Success;
}

} // namespace tepat::cli
