// tepat-bench-photos: normalising camera photos (12 MP JPEGs, with EXIF orientations) against
// ImageMagick's `convert -auto-orient -resize 1600x1600 -quality 85` on the same files, in the
// same run. Prints one figure per line; never fails on a number. Wall time suffers when other
// work shares the cores, so CPU time (user + system, from getrusage) is printed as well.
//
//   cmake --workflow --preset bench && build/bench/bin/tepat-bench-photos [--files N]
//       [--convert PATH]   (default: Debian's /usr/bin/convert, else the first on PATH)

#include "core/photos/PhotoNormalizer.h"
#include "tests/support/FieldImages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace tepat;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool tepatNormalise(const QString &in, const QString &out)
{
    const Result<NormalizedPhoto> photo = PhotoNormalizer::normalizeFile(in);
    return photo && writeBytes(out, photo->jpeg);
}

bool imageMagick(const QString &convert, const QString &in, const QString &out)
{
    QProcess p;
    p.start(convert,
            {in, QStringLiteral("-auto-orient"), QStringLiteral("-resize"),
             QStringLiteral("1600x1600"), QStringLiteral("-quality"), QStringLiteral("85"), out});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// CPU seconds (user + system) used so far by this process or by its waited-for children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString option(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString fileCount = option(args, QStringLiteral("--files"));
    const int count = fileCount.isEmpty() ? 12 : qMax(1, fileCount.toInt());
    // A wrapper script earlier on PATH would add its own start-up to every call: prefer the
    // binary the Debian package installs.
    QString convert = option(args, QStringLiteral("--convert"));
    if (convert.isEmpty()) {
        convert =
            QStandardPaths::findExecutable(QStringLiteral("convert"), {QStringLiteral("/usr/bin")});
    }
    if (convert.isEmpty()) {
        convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
    }
    if (convert.isEmpty()) {
        std::fprintf(stderr, "ImageMagick's convert is not installed (.ci/install-deps)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QDir in(dir.filePath(QStringLiteral("in")));
    const QDir ours(dir.filePath(QStringLiteral("tepat")));
    const QDir theirs(dir.filePath(QStringLiteral("imagemagick")));
    for (const QDir &d : {in, ours, theirs}) {
        QDir().mkpath(d.path());
    }

    // 12 MP synthetic house photos; cameras held sideways store them rotated and say so.
    const int orientations[] = {1, 6, 3, 8};
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const int o = orientations[i % 4];
        const QSize size = o >= 5 ? QSize(3000, 4000) : QSize(4000, 3000);
        const QByteArray jpeg =
            test::withExif(test::jpegOf(test::houseScene(size, i), 92), test::orientationTag(o));
        files << in.filePath(QStringLiteral("IMG_%1.JPG").arg(i, 4, 10, QChar(u'0')));
        if (!writeBytes(files.last(), jpeg)) {
            return 2;
        }
        bytes += jpeg.size();
    }
    line(QStringLiteral("imagemagick=%1").arg(QFileInfo(convert).canonicalFilePath()));
    line(QStringLiteral("files=%1").arg(count));
    line(QStringLiteral("input_megapixels_each=12"));
    line(QStringLiteral("input_mb_total=%1").arg(double(bytes) / (1024 * 1024), 0, 'f', 1));

    // One untimed round each, so both start with warm caches and loaded libraries.
    if (!tepatNormalise(files[0], ours.filePath(QStringLiteral("warm.jpg"))) ||
        !imageMagick(convert, files[0], theirs.filePath(QStringLiteral("warm.jpg")))) {
        std::fprintf(stderr, "warm-up failed\n");
        return 2;
    }

    QElapsedTimer timer;
    const double tepatCpuStart = cpuSeconds(RUSAGE_SELF);
    timer.start();
    for (const QString &f : files) {
        if (!tepatNormalise(f, ours.filePath(QFileInfo(f).fileName()))) {
            std::fprintf(stderr, "tepat failed on %s\n", qPrintable(f));
            return 2;
        }
    }
    const double tepatSeconds = timer.nsecsElapsed() / 1e9;
    const double tepatCpu = cpuSeconds(RUSAGE_SELF) - tepatCpuStart;

    const double magickCpuStart = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    for (const QString &f : files) {
        if (!imageMagick(convert, f, theirs.filePath(QFileInfo(f).fileName()))) {
            std::fprintf(stderr, "convert failed on %s\n", qPrintable(f));
            return 2;
        }
    }
    const double magickSeconds = timer.nsecsElapsed() / 1e9;
    const double magickCpu = cpuSeconds(RUSAGE_CHILDREN) - magickCpuStart;

    // Same job done: same upright size for every file.
    int sizeMismatches = 0;
    for (const QString &f : files) {
        const QString name = QFileInfo(f).fileName();
        const QSize a = QImageReader(ours.filePath(name)).size();
        const QSize b = QImageReader(theirs.filePath(name)).size();
        if (a != b) {
            ++sizeMismatches;
            std::fprintf(stderr, "size differs for %s: tepat %dx%d, convert %dx%d\n",
                         qPrintable(name), a.width(), a.height(), b.width(), b.height());
        }
    }

    line(QStringLiteral("output_size_mismatches=%1").arg(sizeMismatches));
    line(QStringLiteral("tepat_normalise_seconds=%1").arg(tepatSeconds, 0, 'f', 3));
    line(QStringLiteral("imagemagick_convert_seconds=%1").arg(magickSeconds, 0, 'f', 3));
    line(QStringLiteral("ratio_tepat_to_imagemagick=%1")
             .arg(tepatSeconds / magickSeconds, 0, 'f', 3));
    line(QStringLiteral("tepat_cpu_seconds=%1").arg(tepatCpu, 0, 'f', 3));
    line(QStringLiteral("imagemagick_cpu_seconds=%1").arg(magickCpu, 0, 'f', 3));
    line(QStringLiteral("ratio_cpu_tepat_to_imagemagick=%1").arg(tepatCpu / magickCpu, 0, 'f', 3));
    return 0;
}
