#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tepat::test {

// A certificate authority, an intermediate it signed and a leaf for localhost/127.0.0.1 signed
// by the intermediate, made with the openssl CLI in `dir` (synthetic, for one test only).
// chain.pem holds the leaf and the intermediate, as a server's certificate file does.
struct TlsChain
{
    QString dir;
    QString caCert() const { return dir + QStringLiteral("/ca.crt"); }
    QString intermediateCert() const { return dir + QStringLiteral("/int.crt"); }
    QString leafCert() const { return dir + QStringLiteral("/leaf.crt"); }
    QString leafKey() const { return dir + QStringLiteral("/leaf.key"); }
    QString chain() const { return dir + QStringLiteral("/chain.pem"); }

    static bool openssl(const QString &dir, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), p.readAll().constData());
            return false;
        }
        return true;
    }
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // Makes the files; false (with openssl's words in the log) when something failed.
    bool make(const QString &folder, const QString &caName = QStringLiteral("Uji CA"))
    {
        dir = folder;
        QDir().mkpath(dir);
        const QString days = QStringLiteral("3650");
        return write(dir + QStringLiteral("/ca.ext"),
                     "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                     "subjectKeyIdentifier=hash\n") &&
               write(dir + QStringLiteral("/leaf.ext"),
                     "basicConstraints=CA:FALSE\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n"
                     "extendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n"
                     "authorityKeyIdentifier=keyid\n") &&
               openssl(dir, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
                             "-out", "ca.crt", "-days", days, "-subj",
                             "/CN=" + caName + "/O=Tepat test (synthetic)", "-addext",
                             "basicConstraints=critical,CA:TRUE", "-addext",
                             "keyUsage=critical,keyCertSign,cRLSign"}) &&
               openssl(dir,
                       {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "int.key", "-out",
                        "int.csr", "-subj", "/CN=Uji Intermediate/O=Tepat test (synthetic)"}) &&
               openssl(dir, {"x509", "-req", "-in", "int.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                             "-CAcreateserial", "-out", "int.crt", "-days", days, "-extfile",
                             "ca.ext"}) &&
               openssl(dir, {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out",
                             "leaf.csr", "-subj", "/CN=localhost/O=Tepat test (synthetic)"}) &&
               openssl(dir, {"x509", "-req", "-in", "leaf.csr", "-CA", "int.crt", "-CAkey",
                             "int.key", "-CAcreateserial", "-out", "leaf.crt", "-days", "825",
                             "-extfile", "leaf.ext"}) &&
               write(chain(), readAll(leafCert()) + readAll(intermediateCert()));
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace tepat::test
