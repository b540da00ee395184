#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace tepat::test {

// A throw-away PostgreSQL cluster from Debian's packages, in a temporary folder, reachable only
// through a Unix socket in that folder. When the tests run as root (CI), the server runs as the
// `postgres` system user, because PostgreSQL refuses to run as root.
class PostgresCluster
{
public:
    PostgresCluster()
    {
        const QStringList versions =
            QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                  QDir::Name | QDir::Reversed);
        for (const QString &v : versions) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
            if (QFile::exists(bin + QStringLiteral("/postgres"))) {
                m_bin = bin;
                break;
            }
        }
        if (m_bin.isEmpty() || !m_dir.isValid()) {
            return;
        }
        m_asRoot = geteuid() == 0;
        if (m_asRoot) {
            const passwd *pg = getpwnam("postgres");
            if (!pg || ::chown(qPrintable(m_dir.path()), pg->pw_uid, pg->pw_gid) != 0) {
                m_problem = QStringLiteral("cannot hand the folder to the postgres user");
                return;
            }
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"),
                                            QStringLiteral("tepat"), QStringLiteral("--auth=trust"),
                                            QStringLiteral("-E"), QStringLiteral("UTF8"),
                                            QStringLiteral("--locale=C.UTF-8")})) {
            return;
        }
        m_started = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-l"),
                         m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                         QStringLiteral("-k %1 -p 5432 -c listen_addresses='' -c fsync=off")
                             .arg(m_dir.path()),
                         QStringLiteral("start")});
    }

    ~PostgresCluster()
    {
        if (m_started) {
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("stop")});
        }
    }

    bool installed() const { return !m_bin.isEmpty(); }
    bool running() const { return m_started; }
    const QString &problem() const { return m_problem; }

    // A new, empty database; returns its URL for tepat-central.
    QString createDatabase(const QString &name)
    {
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                           QStringLiteral("pg-admin"));
            admin.setHostName(m_dir.path());
            admin.setUserName(QStringLiteral("tepat"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open() ||
                !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
                m_problem = admin.lastError().text();
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
        return QStringLiteral("postgresql://tepat@localhost/%1?host=%2").arg(name, m_dir.path());
    }

private:
    bool run(const QString &tool, const QStringList &args)
    {
        QProcess p;
        const QString program = m_bin + u'/' + tool;
        if (m_asRoot) {
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                program} + args);
        } else {
            p.start(program, args);
        }
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            m_problem = tool + QStringLiteral(": ") +
                        QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tepat-pg-XXXXXX")};
    QString m_bin;
    QString m_problem;
    bool m_asRoot = false;
    bool m_started = false;
};

} // namespace tepat::test
